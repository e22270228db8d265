"""jb-02-lanternway-homeward-rulebook

Provider (invented): Lanternway Young Carers, a national young carers' charity,
through its Schools Team ("Lanternway in Schools", which trains school staff to
support pupils who care for a disabled or ill family member), applying with
Wexmoor University, Department of Social Work and Education, to run the
National Award for SEN Coordination as a Postgraduate Certificate (60 credits
at Level 7) from September 2009.

Document kind and layout: the application is written as the RULEBOOK of a
board game. Lanternway's schools trainers use a board game ("Homeward") in
their young-carers training for school staff; the course is presented as its
"SENCO Award edition". No heading styles: rules are typed bold coloured
capital lines ("RULE 5 - TAKING A TURN") with hand-numbered sub-rules (5.1,
5.2 ... which collide with requirement numbers). Participants are "Players",
a cohort is a "Table", University tutors who mark are "Dealers", school
mentors are "Guides". Study days are "Lantern squares" (L1-L8), school tasks
"Home squares", placements "Away squares", unscored tasks "Practice Cards"
(P1-P5), the three marked assignments "Big Moves" (BM1-BM3), the award is
reaching "Home". A "What's in the box" components table, a Crossroads choice
table with merged cells, "Designer's note" sidebars and a "House rule" in VML
text boxes, a "Questions about the rules" section, "Optional rules (not used
in this edition)", and an appendix "Outcome Card" ("Token | Picked up on |
Won in") in the charity's own words with merged shaded group rows. Header and
footer; tracked changes (author J. Penrose); three Word comments.

Traps (requirement ids):
- Research only in general terms: "built on the latest research and on what
  inspectors are finding" (1.3 partially met).
- Starting Hand is a self-rating only; "every player then plays the same
  board" (2.2 partially met); tailoring only by three Crossroads choices
  (2.4 partially met).
- Next targets only wished for: "we are thinking about how to do this"
  (2.5 not met).
- A second (February) Table exists only in a tracked deletion; everyone moves
  round the board in the same order (3.2 partially met).
- "The online version of Homeward is not used in this edition"; Lantern
  Online is the charity's forum for young carers, not for players
  (3.3 not applicable).
- Stakeholders in evaluation: players' feedback cards only; others "we would
  like to invite" (4.3 partially met).
- Evaluation internal only; the external examiner is in a comment only
  (5.1 partially met).
- CRB check of every player is a "House rule" in a text box (5.3 met).
- Designers named without qualifications or specialist currency, "all of
  them experienced" (5.4 partially met).
- Specialist technology "borrowed where we can" (5.6 partially met).
- Common Score Sheet, but the moderation paragraph is a tracked deletion
  (5.8 partially met).
- Award rule: every token "in play" either won in a Big Move or "shown" on
  an unscored Practice Card; three tokens "Not in this edition" (6.0 and 1.9
  partially met).
- Disability equality law is the University's separate Inclusion module, not
  in this game, while the DDA duties to players are met (6.K3 not met; 3.1
  met); a comment asks to put it back.
- Strategic work with governors and test access arrangements "Not in this
  edition" (6.S1, 6.S2d not met).
- Practice only, not scored (6.A2, 6.K2, 6.S6); scored but never picked up
  on any square (6.A5, 6.S2c).
- The Optional "Speed Game" and "Team Play" rules are not used (no effect on
  met verdicts; they are traps for flexibility and collaboration words).
- Header and footer are never evidence.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _jb_helpers import (new_doc, para, table, merged_row, cell_text, shade_cell, tracked_para, comment,
                         header_footer, text_box)

HERE = Path(__file__).parent
NAME = "jb-02-lanternway-homeward-rulebook"
AUTH = "J. Penrose"
DATE = "2009-01-12T14:05:00Z"
RED = "9C2A00"

doc = new_doc("Verdana", 9.5)
header_footer(doc, "HOMEWARD  -  SENCO Award edition  -  Rulebook v2.1",
              "Homeward is a game by Lanternway Young Carers. Contains small parts. Page intentionally cheerful.")


def rule(title):
    para(doc, title, b=True, size=12, color=RED)


def sub(num, text):
    para(doc, [(num + "  ", dict(b=True)), text])


para(doc, "HOMEWARD", b=True, size=28, align="c", color=RED)
para(doc, "The SENCO Award edition", b=True, size=14, align="c")
para(doc, "A game for 12 to 20 new SENCOs. Playing time: three school terms. Made by Lanternway Young Carers "
          "with Wexmoor University, Department of Social Work and Education.", i=True, align="c")
para(doc, "Leads to the Postgraduate Certificate in Special Educational Needs Coordination (the National Award "
          "for SEN Coordination): 60 credits at Level 7 (Master's level), validated by Wexmoor University at its "
          "validation event on 10 September 2008 and awarded by the University.", align="c")

text_box(doc, [("Designer's note", True),
               ("Homeward started life as the board game we play with school staff on our young carers training "
                "days: each player moves a counter home from school, and every square is something that gets in "
                "the way of a child who cares for someone at home. SENCOs who played it asked us for a longer "
                "game. This rulebook is that game, and it is how we would like the panel to read our course. "
                "Everything in it really happens.", False)], height_pt=110)

rule("BEFORE YOU OPEN THE BOX")
para(doc, "About one pupil in twelve looks after someone at home: a parent with multiple sclerosis, a brother "
          "with autism, a mother who drinks or is depressed. Many of them are also on their school's SEN "
          "register, and many more are missed because the signs (lateness, tiredness, homework not done, "
          "worry) look like something else. We have trained school staff about young carers since 1999. SENCOs "
          "are the people in school who most often find these children, and they asked us to help them with the "
          "whole job, not only with young carers. Homeward is the result: a course for every new SENCO, built "
          "round the SENCO's whole role, with the hidden child kept in view at every square.")
para(doc, "How to read this rulebook. Rules 1 to 8 are how the course works. Rule 9 is how we built it with the "
          "people who will use it. Rule 10 lists rules we tried and dropped. The Appendix shows every national "
          "outcome as a token on the Outcome Card. Words in the game have the meanings in the glossary below.")
table(doc, [
    ["Game word", "Means"],
    ["Player", "A teacher on the course"],
    ["Table", "A group of 12 to 20 players who start together"],
    ["Dealer", "A Wexmoor University tutor who teaches on Lantern squares and scores Big Moves"],
    ["Guide", "A senior colleague in the player's own school who supports the Home squares"],
    ["Lantern square", "A study day"],
    ["Home square", "Work in the player's own school between study days"],
    ["Away square", "A placement day in another setting"],
    ["Token", "One of the national outcomes"],
    ["Home", "The Award"],
], widths=[4, 12.4])
para(doc, "")

rule("RULE 1  -  THE OBJECT OF THE GAME")
para(doc, "Every player is trying to get the pupils in their own school who have SEN, and the pupils who care for "
          "someone at home, further along: better progress in their learning, and better on all five Every "
          "Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive "
          "contribution and economic well-being). The Big Moves are scored on what changed for pupils, not only "
          "on what the player knows. The game is built on the latest research and on what inspectors are "
          "finding.")

rule("RULE 2  -  WHAT'S IN THE BOX")
table(doc, [
    ["Component", "How many", "What it is for"],
    ["The board", "1 per Table", "The course map: 8 Lantern squares, 6 Home squares, 2 Away squares, "
                                 "3 Crossroads and Home"],
    ["Player's Handbook", "1 per player", "Readings, session notes, Big Move briefs and the Score Sheet"],
    ["Outcome Card", "1 per player", "The 29 national outcomes as tokens (Appendix)"],
    ["Practice Cards P1-P5", "1 set per player", "School tasks that build a token but are not scored"],
    ["Big Move Cards BM1-BM3", "1 set per player", "The three scored assignments"],
    ["Reading box", "1 per Table", "Wexmoor library access and e-journals, and Lanternway's lending library "
                                   "of books, assessment kits and DVDs"],
    ["Specialist technology", "—", "Borrowed where we can"],
], widths=[4.2, 2.8, 9.4])
para(doc, "")

rule("RULE 3  -  SETTING UP")
sub("3.1", "Who can play. Players must be qualified teachers who are SENCOs or who will become SENCOs within the "
           "year, with a letter from their headteacher releasing them for every Lantern square and both Away "
           "squares. Before a counter goes on the board, the Lanternway course leader and a Dealer read the "
           "application and the head's letter and hold a short interview; a player who does not yet have enough "
           "background to reach the outcomes is offered a place on Lanternway's one-day 'SEN starter' and a seat "
           "at the next Table.")
text_box(doc, [("House rule: no CRB, no counter", True),
               ("Before the first Lantern square, Lanternway checks every player's enhanced CRB disclosure: the "
                "headteacher sends the disclosure number and date of issue, and the course administrator checks "
                "that it is current and was made for work with children, and records it. No player moves a "
                "counter until this is done.", False)], height_pt=80, fill="FCE4D6", stroke=RED)
sub("3.2", "The Starting Hand. At setting up, each player rates themselves on every token of the Outcome Card "
           "(green: I can show this; amber: partly; red: not yet) and hands it to their Dealer. The Dealer keeps "
           "it and gives it back at the end so the player can see how far they came. Every player then plays "
           "the same board.")
sub("3.3", "Bring your own cards. A player who has already passed Master's-level study in SEN in the last five "
           "years can bring up to 30 credits into the game through Wexmoor's accreditation of prior learning "
           "procedure. A player with long SEN experience but no credits can make an experience claim: a "
           "portfolio mapped to the tokens of BM1, which a Dealer assesses and the University's credit panel "
           "confirms. Either way the player skips BM1.")
sub("3.4", "Straight Home. In exceptional cases, a very experienced applicant (for example a teacher from an SEN "
           "support service) may ask to go Straight Home: no squares are played; the player submits a portfolio "
           "against every token and has a one-hour professional discussion with two Dealers, who assess each "
           "token. The course leader decides who may use this route.")
comment(doc, doc.paragraphs[-1], "Only one Straight Home place a year? Check with the University.",
        author="J. Penrose", initials="JP")
p = tracked_para(doc, [
    ("=", "3.5  When to start. "),
    ("-", "Two Tables start each year, in September and February."),
    ("+", "One Table starts each year, in September."),
    ("=", " Everyone moves round the board in the same direction and the same order. Each Lantern square is "
          "played twice, once in school hours and once from 4pm to 8pm, and players sit at whichever suits "
          "them."),
], author=AUTH, date=DATE)
sub("3.6", "Fair play for every player. Lanternway and Wexmoor meet their duties under the Disability "
           "Discrimination Act and the Race Relations (Amendment) Act to every player. Each player is asked at "
           "setting up about any disability or other need; the course leader agrees reasonable adjustments "
           "with them in writing before L1, such as the Handbook in large print or on disk, a BSL interpreter, "
           "a rest room at venues, extra time for Big Moves or a recorded presentation in place of BM3's live "
           "one. All venues are step-free with a hearing loop. Entry data on gender, ethnicity and disability "
           "are looked at each year to see who is missing.")
sub("3.7", "The price. A seat at the Table costs £1,500, paid from the TDA's funding. Lanternway pays for venues "
           "and Away square visits from its own funds.")

rule("RULE 4  -  THE BOARD")
para(doc, "Players move round the board from First Light (L1) to Home. The Lantern squares are the eight "
          "Lanternway study days, held at host schools in the Wexmoor area. Between Lantern squares, players "
          "play Home squares in their own school, using the Practice Cards and the Big Move Cards. The board has "
          "these Lantern squares:")
for line in [
    "L1 First Light: spotting pupils who may have SEN (observation, data, talking to staff and to the child), "
    "including pupils whose caring at home hides their needs; setting targets, planning an intervention and "
    "reviewing progress; making sound judgements about provision.",
    "L2 Rules of the Road: the Education Act 1996, SENDA 2001, the SEN Code of Practice and the SENCO "
    "Regulations 2008, and what they mean for the school and the SENCO; Every Child Matters and the SENCO's part "
    "in it; current national policy (the National Strategies' inclusion development programme).",
    "L3 Growing Up: how children develop and how disability, illness, poverty, caring and the classroom "
    "environment affect development; the common SEN (BESD, dyslexia and other specific learning difficulties, "
    "SLCN, ASD and MLD) and how they affect learning.",
    "L4 Voices: consulting children and young people about things that affect them; helping pupils take part in "
    "planning and reviewing their own provision; relationships with pupils. Run with Lanternway's young carers' "
    "panel.",
    "L5 Family Table: advising, supporting and working with parents and carers, including parents who are ill "
    "or disabled; fair and respectful relationships with families.",
    "L6 The Crew: deploying and managing teaching assistants; coaching, mentoring, observing and feeding back to "
    "colleagues; advising and collaborating with colleagues in school and in other schools; managing time and "
    "delegating; gaining the commitment of senior leaders.",
    "L7 What Works: weighing research and best practice on SEN interventions; approaches, strategies, resources "
    "and ICT for assessment, planning and teaching; provision mapping and finding gaps; reviewing provision to "
    "feed the school's self-evaluation and improvement plan; planning your own professional development.",
    "L8 Beyond the School Gate: external agencies and voluntary organisations and how to get their help; the "
    "Common Assessment Framework; using the assessments of psychologists, therapists and others; tracking "
    "progress with summative data and national tests and changing programmes.",
]:
    para(doc, line, style="List Bullet")

t = table(doc, [["Crossroads: choose one road at each", None, None],
                ["After L3", "After L5", "After L7"],
                ["Autism in the mainstream\nDyslexia-friendly classrooms\nSpeech and language needs",
                 "Young carers and hidden needs\nLooked-after children\nSEN and attendance",
                 "Leading an SEN review\nBehaviour and emotional well-being\nICT for access"]],
          widths=[5.5, 5.5, 5.5])
merged_row(t, 0, "Crossroads: choose one road at each", fill="FCE4D6")
para(doc, "")

sub("4.1", "Away squares. Every player plays two Away squares: two days in a setting unlike their own, chosen "
           "from Lanternway's list of approved placements (two special schools, a pupil referral unit, a "
           "hospital school, the Wexmoor sensory support service and the county's young carers' service). The "
           "course leader visits each placement host each year and briefs them on what the player is there to "
           "learn. Speakers on the Lantern squares include an educational psychologist, a speech and language "
           "therapist and a CAMHS worker.")

rule("RULE 5  -  TAKING A TURN")
sub("5.1", "On a Lantern square, players take part in the day and pick up the tokens the square builds "
           "(see the Outcome Card).")
sub("5.2", "On a Home square, players carry out a Practice Card or work on a Big Move in their own school, with "
           "their Guide (a senior colleague named by the head).")
sub("5.3", "Practice Cards are for practice. They are discussed with the Guide, not scored. P1 Check your "
           "school against the five ECM outcomes. P2 Ask five pupils. P3 Win over your head: present one change "
           "to your senior team. P4 Shadow a TA. P5 Review one intervention with a colleague.")
sub("5.4", "Big Moves are scored. BM1 The Map (20 credits): your school's provision map, with the tracking data "
           "for pupils with SEN, and how your time is planned. BM2 Make a Move (25 credits): plan, carry out "
           "and evaluate an intervention for a small group of pupils, with their views and their parents', "
           "measuring where they started and where they got to. BM3 Tell the Table (15 credits): a "
           "20-minute presentation to the Table and a portfolio showing coaching of a colleague, how you "
           "deploy your TAs, work with an outside agency, research you used, and your own development plan.")

rule("A SAMPLE TURN")
para(doc, "Sam is a Year 4 teacher who became SENCO of a primary school in September. At L4 Voices she spends "
          "the morning on ways of asking children what they think (talking mats, scaling, drawing and writing) "
          "and the afternoon with the young carers' panel, who show the Table how they want to be asked. She "
          "picks up the tokens for relationships with pupils and for involving pupils in their own provision. "
          "Back at school, on her Home square, she plays Practice Card P2: she asks five pupils on School Action "
          "Plus what helps them in class and talks about what they said with her Guide, the deputy head. Nothing "
          "is scored yet. Two weeks later she starts BM2: with three Year 5 pupils who are behind in reading (one "
          "of whom, it turns out, looks after his mother), she agrees targets with each pupil and their parent, "
          "runs a ten-week reading intervention with a TA, and records reading ages, attendance and a "
          "well-being scale before and after. Her BM2 write-up is scored by a Dealer against the Score Sheet, "
          "and the tokens it wins are stamped on her Outcome Card.")
sub("5.5", "How Big Moves are handed in. Each Big Move is handed in to the Wexmoor office by the date on its "
           "card, with the Guide's signed note that the school work really happened. Dealers return the Score "
           "Sheet within four weeks, showing for each token on the card whether it was won and why, with "
           "comments on what to do next.")

rule("RULE 6  -  DEALERS, GUIDES AND REFEREES")
sub("6.1", "Dealers are the Wexmoor tutors who score the Big Moves. Every Dealer comes to a Dealers' day before "
           "the first Lantern square to go through the Score Sheet and the tokens, and marks a practice Big Move "
           "with the others.")
sub("6.2", "Guides are given a Guide's role card and a two-hour briefing at L1 on what they do at each Home "
           "square; the course leader phones each Guide once a term.")
sub("6.3", "All Big Moves are scored on the same Score Sheet, which lists every token the Big Move can win and "
           "the Level 7 criteria.")
tracked_para(doc, [
    ("-", "6.4  A second Dealer blind-scores one Big Move in five and every fail; the Dealers meet after each Big "
          "Move to agree scores, and a sample goes to the external examiner."),
], author=AUTH, date=DATE, whole="del")
sub("6.5", "Our designers are Lanternway's Schools Team trainers and Wexmoor lecturers, all of them experienced "
           "in working with schools: Dana Whitlock (course leader), Ravi Sethi, Morag Ellis and Tom Quayle.")

rule("RULE 7  -  REACHING HOME")
p = tracked_para(doc, [
    ("=", "7.1  You reach Home when every Outcome Token in play in this edition is either won in a Big Move or "
          "shown on a Practice Card"),
    ("+", ", and the Wexmoor Board of Examiners confirms it"),
    ("=", ". Tokens marked 'Not in this edition' are not needed to reach Home."),
], author=AUTH, date=DATE)
sub("7.2", "A Big Move that does not score can be played again once.")
sub("7.3", "Game over? We would like every player to leave with next targets, and we are thinking about how to "
           "do this.")

rule("RULE 8  -  KEEPING THE GAME GOOD")
sub("8.1", "Players fill in a feedback card at the end of each Lantern square. The Dealers and trainers meet "
           "after each Big Move to talk about the feedback cards and the scores, and rules that did not work are "
           "changed for the next edition.")
comment(doc, doc.paragraphs[-1], "Add the external examiner's annual report and the University's monitoring? "
                                 "Dana to check wording.", author="J. Penrose", initials="JP")
sub("8.2", "Every player's Starting Hand is compared with a second rating at Home to measure the change in "
           "confidence on each token. BM2 records each pupil's reading or number age, attendance and a "
           "well-being scale before and after the intervention, and six months after Home we ask each player's "
           "head for the same measures again for those pupils; the results are reported each year to the "
           "University and the funders.")
sub("8.3", "We would like to invite schools, the local authorities and our young carers' panel to help evaluate "
           "the game.")

rule("RULE 9  -  HOW THE GAME WAS PLAYTESTED")
para(doc, "In spring 2008 thirty SENCOs and nine headteachers from five local authorities played a one-day "
          "version and filled in a survey on what new SENCOs need. They asked for more on leading TAs, on parents "
          "and on the new regulations, and less time on theory. Lanternway's young carers' panel played it too. "
          "What changed because of playtesting: L6 The Crew became a whole square; the Family Table square is "
          "now co-led by two parents; the young carers' panel now run the afternoon of L4; BM2 became a real "
          "intervention in school rather than an essay.")
text_box(doc, [("Designer's note", True),
               ("Lantern Online, our website forum, is where young carers chat to each other between groups. It "
                "is not part of the game. The online version of Homeward is not used in this edition: every "
                "square is played face to face.", False)], height_pt=70)

rule("RULE 10  -  OPTIONAL RULES (NOT USED IN THIS EDITION)")
para(doc, "Speed Game: players may play the Lantern squares in any order and start at any point in the year. "
          "Team Play: players in the same cluster may submit one shared Big Move. We tried these in playtesting; "
          "neither is used in this edition.")

rule("RULE 11  -  QUESTIONS ABOUT THE RULES")
para(doc, [("Q. What happens to disability equality law? ", dict(b=True)),
           "It is in Wexmoor's separate Inclusion module, not in this game, so the token is marked 'Not in this "
           "edition'."])
comment(doc, doc.paragraphs[-1], "The panel may want this back in L2.", author="J. Penrose", initials="JP")
para(doc, [("Q. Can I miss a Lantern square? ", dict(b=True)),
           "Yes, once: play it at the evening sitting, or read the Handbook notes and talk it through with your "
           "Dealer."])
para(doc, [("Q. Who wins? ", dict(b=True)),
           "Everyone who reaches Home. Nobody plays against anybody else."])

rule("APPENDIX  -  THE OUTCOME CARD")
para(doc, "Each token is a national outcome in our own words. 'Picked up on' is the square where it is built; "
          "'Won in' is the Big Move where it is scored.")
CARD = [
    ("Who you are", None),
    ("Fair, warm and respectful with pupils and their families", "L4, L5", "BM2"),
    ("Bring the head and senior team with you", "L6", "Practice Card P3 only (not scored)"),
    ("Plan your time, delegate and check it is done", "L6", "BM1"),
    ("See trouble coming and judge provision soundly", "L1", "BM2"),
    ("Say and write it clearly; hear what others say", "—", "BM3 presentation"),
    ("Use research and outside advice to improve practice", "L7", "BM3"),
    ("Keep up to date; own your own CPD", "L7", "BM3 development plan"),
    ("What you know", None),
    ("SEN law, the Code of Practice and putting them into practice", "L2", "BM1"),
    ("Every Child Matters and the SENCO's part", "L2", "Practice Card P1 only (not scored)"),
    ("Disability equality law", "Not in this edition", "Not in this edition"),
    ("How children develop and what gets in the way", "L3", "BM2"),
    ("The common SEN and how they affect learning", "L3", "BM2"),
    ("Approaches, strategies, resources and ICT", "L7", "BM1"),
    ("School self-evaluation and improvement for SEN", "L7", "BM3"),
    ("Best practice and research on meeting SEN", "L7", "BM3"),
    ("What outside agencies do and how to get help", "L8", "BM3"),
    ("What you do", None),
    ("With senior staff and governors, shape inclusive policy and resources", "Not in this edition",
     "Not in this edition"),
    ("Find pupils with SEN, set targets, plan and review", "L1", "BM2"),
    ("Use other professionals' assessments", "L8", "BM2"),
    ("Track progress with summative data and national tests", "L8", "BM1"),
    ("Help colleagues use formative assessment", "—", "BM3"),
    ("Access arrangements for tests and exams", "Not in this edition", "Not in this edition"),
    ("Provision mapping; find what's missing", "L7", "BM1"),
    ("Deploy and manage TAs and other staff", "L6", "BM3"),
    ("Coach, observe and train colleagues", "L6", "BM3"),
    ("Review provision with other staff", "L7", "Practice Card P5 only (not scored)"),
    ("Pupils plan and review their own provision", "L4", "BM2"),
    ("Work well with parents and carers", "L5", "BM2"),
    ("Work with other services and voluntary groups", "L8", "BM3"),
]
rows_ = [["Token", "Picked up on", "Won in"]]
for row in CARD:
    rows_.append([row[0], None, None] if row[1] is None else list(row))
t = table(doc, rows_, widths=[9.4, 3.2, 3.8], header_fill="FCE4D6")
for ri, row in enumerate(CARD, start=1):
    if row[1] is None:
        merged_row(t, ri, row[0], fill="F8CBAD")

doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
