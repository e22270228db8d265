"""qa-01-hadleigh-down-line-up-book: build qa-01-hadleigh-down-line-up-book.docx next to this script.

Provider (invented): the Hadleigh Down Schools Trust, the education charity of Hadleigh Down Polo Club,
Farringmere, West Sussex, which runs weekday "Pony Days" for pupils from local special schools. Its SENCO
course (called "the Farringmere Cup for SENCOs" and "the Season") is validated by the invented University
of Chalkbourne. Application of January 2009.

Document kind and layout: the course set out as a polo team manager's LINE-UP BOOK for a tournament
(who plays, when, on which pony, who checks the tack). Heading styles with the club's own titles; a title
block table with merged, shaded cells and a date placeholder; a chairman's note of values; a Key table at
the front giving the club's words (Season, Player, Patron, Team Manager, Groom, Chukka, Stick and ball,
Pony Line, Goal, Umpire, Referee, Handicap Interview/Sheet, the String, "Schooled at", "Played in",
"Stick and ball only", "Rested"); a fixture table with a merged Prize-Giving row; eight Chukkas, each a
small line-up table (Time / On the field / Led by) followed by Notes and a Pony Line (school task);
three Goals (marked pieces); an "Umpires' Box" text box (wps with VML fallback) holding the whole
moderation arrangement; a landscape section at the end with THE STRING (the outcome table, 28 rows in
the club's own wording and numbering, merged shaded group rows) keyed only by the Key at the front.
Header (club name) and footer (a blanket claim plus a PAGE field); two footnotes; three comments;
tracked changes.

Traps (requirement ids):
- E.2: credits and level are a tracked change: "40 credits at Level 6" deleted, "60 credits at Level 7
  (masters level)" inserted. The insertion is part of the submission, so E.2 is met.
- 1.1: the stated Object of the Season is attainment only ("reading, writing and mathematics above
  all"); Every Child Matters is taught in Chukka 1 but is not in the aims or the Goals -> partially_met.
- 1.3: research appears only as a reading pack chosen from the Tack Room library and Team Managers'
  "own reading"; no research, inspection evidence or developments are named -> partially_met.
- 1.5 / 6.S7: the Trust's own feedback from Pony Day children is the wrong context (the Trust
  consulting, not participants learning to consult), but Chukka 7 and Goal 1 do develop and assess
  consulting pupils -> met.
- 1.9: several String rows are "Stick and ball only" (feedback, not marked), one "Rested", and no row
  for child development -> partially_met.
- 2.1: prior certificated credit (up to 20 credits) accredited, but "Experience on its own is not
  credited" -> partially_met.
- 2.3: no assessment-only route in 2009; the "Walkover" is only hoped for from 2010 -> not_met.
- 2.5: the Next Season plan is a tracked INSERTION (counts) -> met.
- 3.2: one start only; the Saturday/Wednesday repeat is the only flexibility; a September second
  intake is a tracked DELETION (does not count) -> partially_met.
- 3.3: "No part of the Season is taught online"; the club's online booking page is not e-learning
  -> not_applicable.
- 4.3: stakeholders help deliver (Grooms, guest speakers, Patrons at the presentation) but their part
  in evaluation is only "We would like ..."; a comment saying heads agreed does not count
  -> partially_met.
- 5.3: enhanced CRB disclosures are held by the club's instructors, grooms and volunteers at Pony Days,
  not by Players; a comment proposing checks on Players does not count -> not_met.
- 5.5: specialist expertise from the Team Managers and guest speakers, but "The Trust does not arrange
  placements" -> partially_met.
- 5.6: a library but "The clubhouse has no computer suite" and specialist technology only borrowed when
  free -> partially_met.
- 5.8: the moderation arrangement sits only in the Umpires' Box text box (text boxes are part of the
  submission) -> met.
- 5.9: only Players' confidence scorecards; "The Trust does not collect figures on pupils' progress"
  -> partially_met.
- 6.0: the Cup goes to "every Player who passes all three Goals" (a mark rule, not the outcomes); the
  footer's "Every national outcome is schooled and umpired" is a footer -> partially_met.
- 6.A3, 6.A7, 6.K8: "Stick and ball only" in Played in -> partially_met (a comment asking to umpire
  A7 in Goal 3 does not count).
- 6.K4: no row and no teaching of child development anywhere -> not_met.
- 6.S2d: both cells of row 21 are tracked changes, "C5"/"Goal 2" deleted and "Rested" inserted; the
  Chukka 5 notes say the access-arrangements session is Rested -> not_met.
- 6.S4: Played in Goal 2, but "Schooled at" is a dash and no Chukka teaches deploying staff
  -> partially_met (assessed but not taught).
- Header and footer are never evidence.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _qa_helpers import (new_document, para, runs, table, merge, set_cell, shade_cell, shade_par, border_par,
                         header_footer, landscape_section, textbox, footnote, comment, ins_text, del_text,
                         mark_par_inserted, mark_par_deleted, cell_change, save)
from docx.shared import Pt, Cm, RGBColor

HERE = Path(__file__).parent
NAME = "qa-01-hadleigh-down-line-up-book"
GREEN = "1F4E3D"
PALE = "E2EFDA"

doc = new_document("Georgia", 10.5)
header_footer(doc.sections[0], "Hadleigh Down Polo Club  \u00b7  Line-Up Book  \u00b7  Season 2009",
              "Every national outcome is schooled and umpired in the Season.")

# ------------------------------------------------------------------ title block
t = table(doc, [["", "", ""]] * 8, widths=[4.2, 6.0, 6.4], header_fill=None)
c = merge(t, 0, 0, 0, 2, fill=GREEN)
set_cell(c, [("HADLEIGH DOWN POLO CLUB", {"bold": True, "size": 16, "color": "FFFFFF"})])
c = merge(t, 1, 0, 1, 2, fill=PALE)
set_cell(c, [("LINE-UP BOOK  \u00b7  THE 2009 SEASON", {"bold": True, "size": 12})])
rows = [
    ("Tournament", "The Farringmere Cup for SENCOs: the Club's name for its course for the National Award for SEN Coordination"),
    ("Run by", "The Hadleigh Down Schools Trust (registered charity), for Hadleigh Down Polo Club, Farringmere, West Sussex"),
    ("Validated by", "University of Chalkbourne, School of Education"),
    ("Issued to", "The TDA approval panel, with the Trust's application of January 2009"),
    ("Team Manager", "Mrs Philippa Tranter, course leader"),
    ("Issue", "Third issue, [date of issue]"),
]
for i, (k, v) in enumerate(rows, start=2):
    set_cell(t.cell(i, 0), k, bold=True, size=9.5)
    shade_cell(t.cell(i, 0), PALE)
    merge(t, i, 1, i, 2, text=v, size=9.5)

para(doc, "")
para(doc, [("A note from the Chairman", {"bold": True, "italic": True})])
para(doc, [("Hadleigh Down has played polo on Farringmere Common since 1921. For the last eleven seasons the Club "
            "has also opened its pony lines on weekday mornings to children from the special schools and resourced "
            "units of the district, through the Hadleigh Down Schools Trust, and the teachers who bring them have "
            "taught us a great deal. We believe that every child can shine, and that a good SENCO is worth a "
            "ten-goal player to a school. We hope the Season will one day be the best known SENCO course in the "
            "south of England.", {"italic": True})])
para(doc, [("This book is laid out the way our team managers lay out a tournament: who plays, when, on which pony, "
            "and who checks the tack afterwards. The Key that follows gives each of our words its everyday "
            "meaning.", {"italic": True})])
para(doc, [("Colonel (retd) Hugh Marchbanks, Chairman", {"italic": True})], align="right")

# ------------------------------------------------------------------ key
doc.add_heading("The Key", level=1)
para(doc, "Our words are the words of the pony lines. In this book they mean the following and nothing else.")
key = [
    ["Our word", "What it means in the Season"],
    ["Season", "The course, from the first Chukka in January 2009 to Prize-Giving in December 2009: one year, part time."],
    ["Player", "A teacher taking the course."],
    ["Patron", "The Player's headteacher."],
    ["Team Manager", "A tutor of the Trust. Each Player has one Team Manager for the whole Season."],
    ["Groom", "An experienced SENCO who mentors the Player in school, in the Player's own school or a neighbouring one."],
    ["Chukka", "A taught day at the clubhouse. There are eight."],
    ["Stick and ball", "A practice task with written feedback from the Team Manager. Stick and ball is never marked."],
    ["Pony Line", "A task the Player carries out in school between one Chukka and the next."],
    ["Goal", "A marked piece of work. There are three."],
    ["Umpire", "A marker. Two Umpires mark every Goal."],
    ["Referee", "The University's external examiner."],
    ["Handicap Interview; Handicap Sheet", "The needs assessment before the Season; the Player's own plan that comes out of it."],
    ["The String", "The table at the back of this book of the national outcomes, in our words."],
    ["Schooled at", "In the String: the Chukka (C1 to C8) and Pony Line (PL1 to PL8) where an outcome is taught and practised."],
    ["Played in", "In the String: the Goal in which the Umpires mark the outcome."],
    ["Stick and ball only", "In the Played in column: practised and given feedback, but not marked in any Goal."],
    ["Rested", "Not in this Season's string: neither taught nor marked in 2009."],
]
t = table(doc, key, widths=[4.2, 12.4])
for r in t.rows[1:]:
    for p in r.cells[0].paragraphs:
        for rr in p.runs:
            rr.bold = True
p = para(doc, "A note on the word handicap.", space_after=6)
footnote(doc, p, "In polo a player's handicap runs from minus two goals to ten goals and says how much a player is "
                 "worth to a team. In this book it has nothing to do with disability.")

# ------------------------------------------------------------------ object and season at a glance
doc.add_heading("1  The Season at a glance", level=1)
doc.add_heading("The object of the Season", level=2)
para(doc, "The object of the Season is to raise the attainment of pupils with special educational needs in the "
          "Players' schools, in reading, writing and mathematics above all, by making each Player a confident and "
          "well-informed leader of SEN provision. Every Goal asks the Player to show what difference their work has "
          "made to the attainment of the pupils concerned.")
doc.add_heading("The Cup", level=2)
p = para(doc, "The University of Chalkbourne validates the Season as its Postgraduate Certificate in Special "
              "Educational Needs Coordination, worth ")
del_text(p, "40 credits at Level 6", "Philippa Tranter")
ins_text(p, "60 credits at Level 7 (masters level)", "Philippa Tranter")
runs(p, [", and the University's Board of Examiners confers it. The Cup is the Club's own name for the certificate; "
         "the certificate carries the National Award for SEN Coordination."])
para(doc, "Fixtures for 2009 are below. Every Chukka runs from 9.15 am to 4.00 pm on the Saturday in the Long Room of "
          "the clubhouse, and is played again on the following Wednesday from 4.30 pm to 8.30 pm with a short "
          "Stick and ball to take home.")
fx = [
    ["Chukka", "Saturday", "Wednesday repeat", "On the field"],
    ["C1", "17 January", "21 January", "The throw-in: the SENCO's job and the school"],
    ["C2", "7 February", "11 February", "The Code, the law and the duties"],
    ["C3", "7 March", "11 March", "Who are our pupils?"],
    ["C4", "25 April", "29 April", "Teaching, assessing and planning"],
    ["C5", "16 May", "20 May", "Tracking progress and mapping provision"],
    ["C6", "20 June", "24 June", "Leading colleagues"],
    ["C7", "19 September", "23 September", "Pupils, families and other services"],
    ["C8", "14 November", "18 November", "Evaluation and the school's improvement"],
    ["Prize-Giving", "5 December", "", ""],
]
t = table(doc, fx, widths=[2.4, 3.2, 3.6, 7.4])
merge(t, 9, 2, 9, 3, text="Presentations (Goal 3), Next Season plans, the Cup", size=9.5, fill=PALE)
p = para(doc, "The Season has one start, in January, and the Chukkas are taken in order, because each builds on the "
              "one before. A Player may come to the Saturday or to the Wednesday of any Chukka and may change "
              "between them as the school calendar requires. ")
p2 = para(doc, "A second intake, starting in September 2009 and running to July 2010, will follow the same "
               "fixtures.")
mark_par_deleted(p2, "Hugh Marchbanks")
para(doc, "No part of the Season is taught online. Players book their Chukka places on the Club's online booking "
          "page, the same page members use for stick and ball slots, and receive papers by post or by email.")

# ------------------------------------------------------------------ the team
doc.add_heading("2  The Team", level=1)
para(doc, "Four Team Managers run the Season. Each keeps a foot in schools or services.")
team = [
    ["Team Manager", "Background", "Keeping current"],
    ["Mrs Philippa Tranter (course leader)", "SENCO for fourteen years at Farringmere Community College; three years "
     "a local authority SEN adviser; MA in Special and Inclusive Education; Associate Lecturer of the University.",
     "Two days a week as SENCO consultant to four primary schools."],
    ["Dr Samir Okafor", "Chartered educational psychologist; doctorate on reading interventions in the secondary years.",
     "Practises two days a week in the county educational psychology service."],
    ["Ms Gwen Ashdown", "Speech and language therapist for ten years in mainstream and special schools; trainer "
     "for the county's communication-friendly schools scheme.", "Three days a week with a primary cluster."],
    ["Mr Tom Rideout", "Headteacher of Saltings School, a special school for pupils with moderate learning "
     "difficulties and autism; NPQH.", "In post; hosts the Trust's Pony Days for Saltings pupils."],
]
table(doc, team, widths=[4.0, 8.2, 4.4])
para(doc, "Every Team Manager attends the University's annual development day for its partner tutors and one "
          "external SEN conference a year, paid for by the Trust, and reports back at the summer Team meeting.")
para(doc, "Everyone who has a part in the Season is told what it is. Each Team Manager, Groom and Umpire receives this "
          "book and the Umpires' Guide, which sets out what each of them does, week by week. Grooms come to a "
          "briefing evening at the clubhouse in December before the Season and to a second in June, where the "
          "Team Managers go through the Pony Lines and what a Groom looks for and signs. New Umpires mark one Goal "
          "alongside Mrs Tranter before marking alone. After each Chukka the Team Managers meet in the tack room "
          "for the de-brief and agree any changes to the next line-up.")

# ------------------------------------------------------------------ selection
doc.add_heading("3  Selection and the Handicap Interview", level=1)
doc.add_heading("Who may play", level=2)
para(doc, "A candidate must hold qualified teacher status, have taught for at least two years, and be the SENCO of "
          "a school or be named by the Patron to take up the role before the end of the Season. The Patron signs "
          "the application to confirm release for the eight Chukkas and to name a Groom. Mrs Tranter reads every "
          "application against these requirements and against the candidate's account of their SEN work so far. "
          "A candidate who does not yet meet them receives a letter setting out what they need to do first, "
          "usually a term in post with the SENCO's duties, and Mrs Tranter telephones the Patron to agree how the "
          "school will help; the candidate may then apply for the following Season.")
doc.add_heading("Safeguarding at the Club", level=2)
p = para(doc, "")
r = runs(p, ["The Trust's safeguarding policy covers everyone who works with children at Hadleigh Down. Every "
             "instructor, groom and volunteer who helps at Pony Days holds an enhanced CRB disclosure, renewed every "
             "three years, and the Club's Welfare Officer keeps the register in the office."])
comment(doc, r, "The panel will want to see that we check the Players too. Can we add a line saying we see each "
                "Player's enhanced disclosure at the Handicap Interview?", "Philippa Tranter", "PT")
doc.add_heading("Credit already won", level=2)
para(doc, "A Player who already holds masters-level credit in special educational needs, gained in the last five "
          "years, may ask the University to count up to 20 credits of it towards the certificate through the "
          "University's procedure for accreditation of prior certificated learning; the Team Manager then agrees "
          "which Goal the credit replaces. Experience on its own is not credited: however long a Player has worked "
          "with pupils with SEN, they play every Goal that the credit does not replace.")
doc.add_heading("Walkovers", level=2)
para(doc, "An experienced SENCO who already meets the outcomes must still play the full Season in 2009. The "
          "Committee has talked about an entry by assessment alone, which it would call a Walkover, and hopes to "
          "offer one from 2010 if the University agrees.")
doc.add_heading("The Handicap Interview", level=2)
para(doc, "Before the first Chukka every Player fills in the Handicap Form, rating themselves on each row of the "
          "String from minus two (new to me) to plus two (I could teach this), with a line of evidence for each "
          "rating. The Player then has a one-hour Handicap Interview with their Team Manager, with the Groom if the "
          "Groom can come. The Team Manager tests the ratings against the evidence, and together they agree "
          "the Handicap Sheet: the Player's own plan for the Season. It names the outcomes the Player most needs, the "
          "Chukka tasks they will take in extended form and those they may take lightly, the extra reading and "
          "visits they will make, and a personal set of outcome targets for each half of the Season, built on what "
          "they already know and have done. The Sheet is reviewed with the Team Manager after C4 and after C7.")
doc.add_heading("Players who are disabled", level=2)
para(doc, "The application form asks every candidate whether they have a disability or other need for which we "
          "should make adjustments, says why we ask and who will see the answer, and the question is asked again, "
          "privately, at the Handicap Interview. Adjustments we have made or can make include step-free access to "
          "the Long Room by the ramp from the car park, an accessible toilet on the same floor, a hearing loop, "
          "papers in large print or electronic form a week before each Chukka, a rest room, extra time for a Goal "
          "or a recorded presentation in place of a written Goal, agreed with the University's disability service, "
          "and Pony Line tasks arranged around a Player's access needs. The Trust's equality policy, written to meet "
          "the Race Relations (Amendment) Act 2000, the Disability Discrimination Act as amended in 2005 and the "
          "Equality Act 2006, applies to selection, teaching and marking; our leaflet is printed in large type, "
          "says plainly that we welcome disabled teachers, and is available on tape.")
doc.add_heading("Fees", level=2)
para(doc, "The fee for the Season is \u00a31,450, which covers the eight Chukkas, lunches, papers, marking and "
          "registration. The Polo Ball in July pays for four bursaries of half the fee for "
          "teachers from small schools. We keep costs down by teaching in the Club's own rooms, by keeping each "
          "Chukka to between sixteen and twenty Players, and by using the Handicap Sheet so that no Player spends a "
          "Chukka on what they already know: a Player whose Sheet shows an outcome already secure does the short "
          "Stick and ball for it and puts the time into the outcomes they need.")

# ------------------------------------------------------------------ line-ups
doc.add_heading("4  The Line-Ups", level=1)
para(doc, "Each Chukka is set out as we set out a match: the line-up, then the notes, then the Pony Line the "
          "Player takes back to school. Initials in the line-up are the Team Managers (PT, SO, GA, TR) and guests.")


def chukka(num, title, lineup, notes, pony_line):
    doc.add_heading(f"Chukka {num}: {title}", level=2)
    t = table(doc, [["Time", "On the field", "Led by"]] + lineup, widths=[2.0, 12.0, 2.6], size=9)
    para(doc, [("Notes. ", {"bold": True}), notes])
    para(doc, [("Pony Line. ", {"bold": True}), pony_line])
    return t


chukka(1, "the throw-in", [
    ["9.15", "Throw-in: the line-up for the Season, the Key, and the Handicap Sheets", "PT"],
    ["9.45", "The SENCO in the school: role, regulations and the Patron", "PT, TR"],
    ["11.20", "Every Child Matters: the five outcomes and where the SENCO fits", "SO"],
    ["1.30", "Ethos, policy and priorities: working with the Patron and governors", "TR"],
    ["3.15", "Stick and ball: the time log", "PT"],
], "The day sets out the SENCO's place in the school as the 2008 regulations describe it, and how the Patron and "
   "the governors can be brought to back improvements for pupils with SEN. Players study the five Every Child "
   "Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive contribution, achieving "
   "economic well-being) and trace, for one pupil, what the SENCO does towards each. Mr Rideout leads a session on "
   "shaping an inclusive ethos with senior colleagues and governors, and on how priorities and resources are "
   "decided. The Stick and ball is a fortnight's time log, with a note of what the Player could delegate and to "
   "whom, and how they would check it was done.",
   "PL1. The Player keeps the time log, reviews it with the Groom, and writes a one-page note for the Patron on "
   "the SENCO's priorities for the year.")

chukka(2, "the Code, the law and the duties", [
    ["9.15", "The Special Educational Needs Code of Practice (2001): the graduated response, statements and reviews", "PT"],
    ["11.20", "The Education Act 1996, SENDA 2001 and the SENCO regulations of 2008", "PT"],
    ["1.30", "Disability equality: the Disability Discrimination Act 1995 and 2005, the duty and accessibility plans", "TR"],
    ["3.15", "Government policy now: Removing Barriers to Achievement and the Children's Plan", "SO"],
], "Players work through the Code's procedures and what each means for the school, the SENCO, teachers and "
   "governors in practice, using the school's own SEN policy. The afternoon covers the disability equality duty, "
   "reasonable adjustments and the school's accessibility plan, and what actions the law requires for pupils with "
   "disabilities. The last session sets current policy and initiatives beside the law, including the national "
   "strategies' inclusion materials.",
   "PL2. The Player checks the school's SEN policy and accessibility plan against the Code and the duty, with the "
   "Groom, and lists what must change.")

chukka(3, "who are our pupils?", [
    ["9.15", "Behavioural, emotional and social difficulties; moderate learning difficulties", "TR"],
    ["11.20", "Speech, language and communication needs; autism", "GA"],
    ["1.30", "Dyslexia and other specific learning difficulties; reading assessments", "SO"],
    ["3.00", "Reading other professionals' reports: from assessment to teaching", "SO, GA"],
], "Each session takes one group of needs and what it means for learning in the classroom. Players learn the school's part in identifying pupils who may have SEN "
   "from observation, data and assessment, setting targets and planning an intervention, and practise turning an "
   "educational psychologist's or speech and language therapist's report into teaching approaches. Throughout the "
   "day the Team Managers model how to build fair and respectful working relationships with pupils and with their "
   "families.",
   "PL3. The Player chooses the pupil for Goal 1, gathers what the school and other professionals already know, and "
   "takes baseline measures before planning an intervention with the class teacher.")
para(doc, "The Trust also gathers the views of the children who come to Pony Days: at the end of each morning they "
          "choose a rosette card to say what they liked and what they would change.")
p = para(doc, "")
footnote(doc, p, "Pony Days are run by the Club's instructors for pupils of local special schools and units on "
                 "weekday mornings in term time. They are the Trust's work with children, not part of the Season.")

chukka(4, "teaching, assessing and planning", [
    ["9.15", "Approaches to teaching and learning for pupils with SEN: what the evidence for each is, and its limits", "SO"],
    ["11.20", "ICT to remove barriers: software, recording, communication aids (borrowed from the county team)", "GA"],
    ["1.30", "Assessment for learning with pupils with SEN: encouraging colleagues to use it", "PT"],
    ["3.00", "When it goes wrong: anticipating problems and deciding what to do", "TR"],
], "Players compare approaches, strategies and resources for assessment, planning and teaching, including ICT, "
   "and argue which suit which pupils. The assessment for learning session shows how a SENCO helps "
   "colleagues adapt formative assessment for pupils with SEN. The last session works through cases where a plan "
   "is failing: what should have been seen coming, what the options are, and how to decide.",
   "PL4. The Player tries one new approach with the Goal 1 pupil, records what happened, and notes a problem they "
   "foresaw and how they met it.")

chukka(5, "tracking progress and mapping provision", [
    ["9.15", "Summative data: national tests, P scales, teacher assessment; tracking and changing programmes", "SO"],
    ["11.20", "Provision mapping: what the school offers, what it costs, what works", "PT"],
    ["1.30", "Finding the gaps: ineffective and missing provision", "PT"],
], "Players learn to use summative assessment, national tests included, to track the progress of pupils with SEN "
   "and to change a programme that is not working. The provision mapping sessions use the Player's own school map, "
   "drafted beforehand, to find provision that is not working and provision that is missing. The session on "
   "access arrangements for tests and examinations has been taken out of this Season's line-up and is Rested.",
   "PL5. The Player brings the school's tracking data for pupils with SEN up to date and drafts the provision map "
   "for Goal 2.")

chukka(6, "leading colleagues", [
    ["9.15", "Observing a colleague and giving feedback; modelling; coaching and mentoring", "PT"],
    ["11.20", "Planning and giving staff training", "TR"],
    ["1.30", "Using research and outside advice to change practice", "SO"],
    ["3.00", "Speaking up and listening: presenting to staff and governors", "GA"],
], "The day is about the SENCO as a leader of adults. Players practise observing learning and teaching and "
   "giving feedback, coaching a colleague, modelling a lesson, and planning a short training session, and they "
   "practise presenting clearly to staff and governors and listening to objections. Dr Okafor shows how a SENCO "
   "finds and weighs research and outside advice and brings it to colleagues. Players also work on winning the "
   "support of colleagues and senior leaders, and on advising and collaborating with colleagues in their own "
   "school and in other schools and services.",
   "PL6. The Player observes a colleague and gives feedback, coaches them over three weeks, and plans the staff "
   "session for Goal 3.")

chukka(7, "pupils, families and other services", [
    ["9.15", "Pupils' views: ways of consulting pupils with SEN, and involving them in their own reviews", "GA"],
    ["11.20", "Working with parents and carers: advice, support and partnership (with the county Parent Partnership Service)", "PT, guest"],
    ["1.30", "Other services: health, social care, CAMHS and voluntary organisations; getting specialist help", "SO, guest"],
], "Players learn and practise ways of consulting pupils about issues that affect them, including pupils with "
   "little or no speech, and how to involve pupils in planning, agreeing and reviewing their provision. The "
   "Parent Partnership Service joins the late morning on advising, supporting and working in partnership with "
   "parents and carers. The afternoon covers what other services and agencies do, how to get specialist support "
   "and resources, and how to work with them and with voluntary organisations so that support is joined up. A "
   "speaker from the local autism support group comes in 2009.",
   "PL7. The Player consults a small group of pupils about one part of their provision, holds a review meeting "
   "with the Goal 1 pupil and the family, and makes one new link with an outside agency or voluntary group.")

chukka(8, "evaluation and the school's improvement", [
    ["9.15", "School self-evaluation and improvement: what it means for pupils with SEN", "TR"],
    ["11.20", "Reviewing provision with colleagues to feed the school's self-evaluation", "PT"],
    ["1.30", "What works: good practice and research", "SO"],
    ["3.00", "Stick and ball: keeping up to date", "PT"],
], "Players study how schools evaluate themselves and plan improvement, and how evidence about pupils with SEN "
   "should feed both. They plan a review of provision with colleagues. Dr Okafor's session looks at good practice "
   "and what research says works. The Stick and ball asks the Player how they will keep up to date on SEN and "
   "disability after the Season.",
   "PL8. The Player reviews one area of provision with colleagues and writes it up for the school's "
   "self-evaluation.")

# ------------------------------------------------------------------ goals
doc.add_heading("5  The Goals", level=1)
para(doc, "Three Goals are marked. Each is marked by two Umpires against the rows of the String it plays, and each "
          "must show what the Player did in school and what difference it made.")
goals = [
    ["Goal", "What the Player submits", "Due"],
    ["Goal 1: the Pupil Study", "A study of one pupil with SEN (4,000 words): how the pupil's needs were identified, "
     "the other professionals' assessments used, targets, the intervention, baseline and later measures, the "
     "pupil's own part in the review, the work with the family, and what the Player learned about their own "
     "decisions.", "3 April"],
    ["Goal 2: the Provision Map", "The school's provision map with a commentary (3,000 words): the law and the "
     "duties it meets, the tracking data behind it, the approaches and resources it uses, what is ineffective or "
     "missing, and how teaching assistants and other staff are deployed and managed to deliver it.", "10 July"],
    ["Goal 3: the Development Project", "A project to improve provision through colleagues (4,000 words) and a "
     "fifteen-minute presentation at Prize-Giving to the Umpires and the Player's Patron: the ethos and policy "
     "work with senior colleagues and governors, the staff training, coaching and feedback given, formative "
     "assessment work with teachers, the review of provision with colleagues and its place in the school's "
     "self-evaluation, work with outside services, and the research and advice drawn on.", "27 November"],
]
table(doc, goals, widths=[3.6, 10.8, 2.2])
textbox(doc, [
    [("UMPIRES' BOX", {"bold": True, "size": 10})],
    "Every Goal is marked by two Umpires, one of them the Player's own Team Manager, who mark separately and then "
    "agree a mark. Before each round of marking the Umpires meet to mark two anonymised Goals from last round "
    "together and agree the standard. A sample of one Goal in four, with every fail and every mark of 70 or more, "
    "goes to the Referee, the University's external examiner, who reports to the University's Board of Examiners. "
    "The Board moderates the marks of the Season alongside the University's other SEN modules.",
], width_cm=16.0, height_cm=4.2)
para(doc, "The Cup is awarded by the Board of Examiners to every Player who passes all three Goals, with a pass mark "
          "of 50 in each, and has attended at least seven of the eight Chukkas.")

# ------------------------------------------------------------------ after the final
doc.add_heading("6  After the final", level=1)
p = para(doc, "At Prize-Giving every Player drafts a Next Season plan: two or three targets for their own "
              "professional development in the following year, with the support they will need, which the Team "
              "Manager discusses with them and which they take to their performance review with the Patron. The "
              "Team Managers send each Player a list of further courses, networks and masters modules to consider.")
mark_par_inserted(p, "Philippa Tranter")
doc.add_heading("How we know how the Season went", level=2)
para(doc, "Players fill in a scorecard after every Chukka (what helped, what did not, what they will use) and at "
          "Prize-Giving rate their confidence again against every row of the String, so that the Team can compare "
          "it with the Handicap Form. The Team Managers' de-brief after each Chukka, the Grooms' notes on the Pony "
          "Lines and the Umpires' marks are brought together at the end-of-season review in December. From outside "
          "the Trust, the Referee's annual report, the University's annual monitoring of the certificate and a "
          "telephone survey of Patrons in January are added. The review writes an action list for the next Season; "
          "the Committee approves it and the Team Managers report at the summer meeting on what was done. "
          "The Trust does not collect figures on pupils' progress; that is for schools.")
doc.add_heading("Asking the schools", level=2)
para(doc, "In October 2008 the Trust asked the 46 schools that send pupils to Pony Days, and the county council's "
          "SEN team, what a new SENCO most needs. Thirty-one schools replied. Most asked for more on provision "
          "mapping and tracking, on leading colleagues and on working with other services; the SEN team asked for "
          "the law to come early. What they said changed the Season: the Wednesday repeats were added because "
          "schools could not release staff on Saturdays every time; Chukka 7 on pupils, families and other services "
          "was added; the law moved to Chukka 2; and Goal 2 became the Provision Map after the SEN team's advice.")
para(doc, "Schools and services also help deliver the Season. Grooms come from local schools, the Parent Partnership "
          "Service and the autism support group speak on Chukka 7, Saltings School hosts Players at Pony Days, "
          "and Patrons hear the Goal 3 presentations at Prize-Giving.")
p = para(doc, "")
r = runs(p, ["We would like two Patrons to sit on the end-of-season review, and will ask the heads' forum."])
comment(doc, r, "Two heads said yes at the forum in November.", "Tom Rideout", "TR")
doc.add_heading("Other expertise and places to see", level=2)
para(doc, "Besides the four Team Managers, Players meet the county's Parent Partnership officer, a CAMHS primary "
          "mental health worker and the autism support group on Chukka 7, and Saltings School's staff on Chukka 3. "
          "The Trust does not arrange placements; a Player who wants to spend time in a special school or a "
          "service arranges it through their Groom.")
para(doc, "The Tack Room library holds some four hundred books, reports and journals on SEN, and Players use the "
          "University's library and its electronic journals with their student login. The reading pack for every "
          "Chukka is chosen by the Team Managers from the Tack Room library and from their own reading. The "
          "clubhouse has no computer suite; the communication aids and software used on Chukka 4 are borrowed from "
          "the county's assistive technology team when they are free.")

# ------------------------------------------------------------------ the string (landscape)
sec = landscape_section(doc)
doc.add_heading("7  The String", level=1)
para(doc, "The national outcomes in our words and our numbering. Read the columns with the Key at the front of "
          "this book.")
S = [
    ("ATTRIBUTES", None),
    ("1", "Builds fair, respectful and constructive relationships with pupils with SEN and their families", "C3, C7; PL3", "Goal 1"),
    ("2", "Wins the backing of the Patron, senior leaders and colleagues for better outcomes for pupils with SEN", "C1, C6", "Goal 3"),
    ("3", "Sets priorities, manages time and delegates, and checks that delegated work is done", "C1; PL1", "Stick and ball only"),
    ("4", "Sees problems coming, solves them and makes sound decisions about provision", "C4; PL4", "Goal 1, Goal 3"),
    ("5", "Speaks and writes clearly; listens to and understands the views of others", "C6", "Goal 1, Goal 3"),
    ("6", "Uses research and outside advice to improve own and colleagues' practice", "C6; PL6", "Goal 3"),
    ("7", "Keeps up to date and takes charge of own professional development in SEN and disability", "C8", "Stick and ball only"),
    ("KNOWLEDGE AND UNDERSTANDING", None),
    ("8", "The law and guidance on SEN, the Code of Practice, and what they mean in practice for the school and the SENCO", "C2; PL2", "Goal 2"),
    ("9", "Every Child Matters: the five outcomes and the SENCO's part in them", "C1", "Goal 3"),
    ("10", "Disability equality law and the actions it requires of the school", "C2; PL2", "Goal 2"),
    ("11", "The commonest kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, autism, MLD) and how they affect learning", "C3", "Goal 1"),
    ("12", "Approaches, strategies and resources, ICT included, for assessing, planning and teaching, judged critically", "C4; PL4", "Goal 2"),
    ("13", "School self-evaluation and improvement, and how they bear on outcomes for pupils with SEN", "C8; PL8", "Goal 3"),
    ("14", "Good practice and what research says works", "C8", "Stick and ball only"),
    ("15", "What outside agencies do and how to get specialist support and resources", "C7; PL7", "Goal 3"),
    ("SKILLS", None),
    ("16", "With senior colleagues and governors, shapes an inclusive ethos, policy, priorities and the use of resources", "C1, C6", "Goal 3"),
    ("17", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress", "C3, C5; PL3", "Goal 1"),
    ("18", "Uses other professionals' assessments to shape teaching", "C3; PL3", "Goal 1"),
    ("19", "Uses summative data, national tests included, to track progress and change programmes", "C5; PL5", "Goal 2"),
    ("20", "Encourages colleagues to use formative assessment, with approaches for pupils with SEN", "C4", "Goal 3"),
    ("21", "Identifies in good time the access arrangements pupils need for tests and examinations and puts them in place", "CHANGE", "CHANGE"),
    ("22", "Uses provision mapping to plan provision and to find what is ineffective or missing", "C5; PL5", "Goal 2"),
    ("23", "Deploys and manages teaching assistants and other staff well", "\u2014", "Goal 2"),
    ("24", "Supports colleagues' development: observation and feedback, modelling, coaching, mentoring, training", "C6; PL6", "Goal 3"),
    ("25", "Reviews provision with colleagues to feed the school's self-evaluation", "C8; PL8", "Goal 3"),
    ("26", "Involves pupils in planning, agreeing and reviewing their own provision", "C7; PL7", "Goal 1"),
    ("27", "Works with parents and carers to promote pupils' learning", "C7; PL7", "Goal 1"),
    ("28", "Works in partnership with other services and with voluntary organisations", "C7; PL7", "Goal 3"),
]
t = table(doc, [["No.", "Outcome, in our words", "Schooled at", "Played in"]] + [["", "", "", ""]] * len(S),
          widths=[1.2, 15.8, 4.0, 4.2], header_fill=GREEN)
for c in t.rows[0].cells:
    for p in c.paragraphs:
        for r in p.runs:
            r.font.color.rgb = RGBColor.from_string("FFFFFF")
for i, row in enumerate(S, start=1):
    if row[1] is None:
        merge(t, i, 0, i, 3, text=row[0], bold=True, fill=PALE, size=9)
        continue
    num, text, sch, played = row
    set_cell(t.cell(i, 0), num, size=9)
    set_cell(t.cell(i, 1), text, size=9)
    if sch == "CHANGE":
        cell_change(t.cell(i, 2), "C5", "Rested", "Philippa Tranter", size=9)
        cell_change(t.cell(i, 3), "Goal 2", "Rested", "Philippa Tranter", size=9)
    else:
        set_cell(t.cell(i, 2), sch, size=9)
        set_cell(t.cell(i, 3), played, size=9)
    if num == "7":
        comment(doc, t.cell(i, 3).paragraphs[0].runs, "Could we umpire this in Goal 3, as part of the presentation?",
                "Samir Okafor", "SO")
para(doc, "")
para(doc, [("Signed for the Team: ", {"bold": True}), "P. Tranter, Team Manager.   ",
           ("Countersigned: ", {"bold": True}), "[signature of the University's partnership manager]"])

save(doc, str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
