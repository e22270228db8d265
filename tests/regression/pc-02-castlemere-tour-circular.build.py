"""pc-02-castlemere-tour-circular: builds pc-02-castlemere-tour-circular.docx next to itself.

Provider: Castlemere Snooker & Billiards Academy (sixteen tables, the Castlemere Junior Tour of 140 players with a
disability section, a Schools Inclusion Programme with special and mainstream schools since 2003), with Fenmouth
University (Faculty of Education and Sport) validating.

Document kind and layout: the Award application written as the Academy's TOUR CIRCULAR (No. 3 of the season) -
the rankings circular it sends its junior tour players: a memo head table with a merged, shaded title row; no
heading styles (ITEM n titles are bold capitals on shaded paragraphs; sub-paragraphs hand-numbered 4.1-4.6 and
12.1-12.4, clashing with requirement ids); a glossary table of the Tour's words; a season calendar with merged,
shaded "Swing" rows; a points tariff table; a text box "SEEDINGS AND WILDCARDS"; paragraphs broken with manual
line breaks; typed "•" lists; footnotes; and a "Provisional Order of Merit" of the Annex 3 outcomes as entries
sorted by points, not in Annex order, with columns Played at / Banked at / Pts / Status keyed in the paragraph
above ("Banked", "Provisional" = played but not marked, "Seeded through" = marked but never played, "DNE" = did not
enter). House words: Tour (the Award), player, Tournament Director, Referee, Pro (school mentor), Invitation event
(taught day, unmarked), Pro-Am (task in own school with the Pro), Ranking event (marked assignment: RE1 the Case
Frame, RE2 the Impact Frame, RE3 the Finals), Seeding interview and Seeding Card, Wildcard (January entry), the
Break-off (research opening each Invitation), Tour Room (online site), Away Fixture (placement), Tour Board.

Traps (requirement ids):
- Credit level: "Forty of the 60 credits ... are at masters level (Level 7)"; RE3 "is assessed at Level 6"
  (E.2 partial).
- Negation with the right words + other provider: "There is no Q School on the Award Tour"; "The Marlcombe
  Partnership offers an assessment-only route ...; we do not"; a tracked DELETION once offered Q School (2.3
  not_met).
- Needs assessment without an individual plan: "We do not write personal targets" (2.2 partial).
- Compensation: "a player may win the Tour with some entries unbanked" (6.0 not_met, 1.9 partial).
- Only general CPD steer: "told about Fenmouth's MA" (2.5 partial).
- E-learning with peer board only; past arrangement: in the 2007 pilot Referees answered on the board, "with a
  full Tour they no longer do" (3.3 partial).
- General equality statement: "will do whatever is reasonable for any player who needs it" (3.1 partial).
- Someone else's responsibility: families left to "the school's own family liaison staff" (1.7 partial, 6.S8
  Provisional -> partial); multi-agency work "belongs to the county's Team Around the Child training" and the
  Academy's own partnerships (wrong context) (6.S9 not_met, absent from the Order of Merit); collaborating only
  with colleagues in the player's own school (1.6 partial).
- Hope: "we hope to open an assistive technology corner" (5.6 partial).
- Plan, comment and footer: moderation by the University only "from the 2009/10 season"; a comment from the
  University's quality office offering it now (not evidence); the footer "Moderated by Fenmouth University"
  (not evidence) (5.8 partial).
- Tracked insertion that counts: a young person from the disability section on the Tour Board (4.3).
- Outcome statuses: Provisional (6.A2, 6.K4, 6.S4, 6.S8 partial), Seeded through (6.K7 partial: assessed at RE3,
  never played), DNE (6.S2c not_met), missing entry (6.S9 not_met).
- Header "PROVISIONAL - subject to ratification by the Tour Board" and footnotes (footnotes carry no verdict).
- Placeholders: the next circular's date, a Pro Day venue.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _pc_helpers import *  # noqa

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
GREEN = "1F5C3A"
BAR = "C6DCCB"
PALE = "EAF2EC"

doc = new_document(font="Verdana", size=9.5)
fn = Footnotes(doc)
header_footer(doc, "PROVISIONAL – subject to ratification by the Tour Board at its July meeting",
              "Castlemere Snooker & Billiards Academy  ·  Tour Circular No. 3, 2008/09  ·  Moderated by Fenmouth "
              "University")


def item(n, title):
    p = para(doc, f"ITEM {n} — {title}", bold=True, size=10.5, space_after=4)
    shade_para(p, BAR)
    return p


def sub(num, title, text):
    p = doc.add_paragraph()
    add_run(p, f"{num}  {title}. ", bold=True)
    add_run(p, text)
    return p


def bullets(lines):
    for ln in lines:
        p = para(doc, "•  " + ln, space_after=1)
        p.paragraph_format.left_indent = Cm(0.6)


# ------------------------------------------------------------------ memo head
t = table(doc, 6, 2, widths=[3.2, 13.4])
m = t.cell(0, 0).merge(t.cell(0, 1))
cell_text(m, "CASTLEMERE SNOOKER & BILLIARDS ACADEMY  ·  TOUR CIRCULAR No. 3  ·  SEASON 2008/09", bold=True,
          size=11, color="FFFFFF", fill=GREEN)
head = [
    ("To", "The TDA approval panel; copied to every member of the Tour Board"),
    ("From", "Gillian Hatherley, Tournament Director, the Award Tour"),
    ("Date", "2 June 2008"),
    ("Subject", "Application for approval to run the National Award for SEN Coordination, run as the Award Tour"),
    ("Pages", "Items 1 to 15; the Provisional Order of Merit is Item 15"),
]
for r, (a, b) in zip(t.rows[1:], head):
    fill_row(r, [a, b])
    shade_cell(r.cells[0], PALE)
    r.cells[0].paragraphs[0].runs[0].bold = True
para(doc, "")

# ------------------------------------------------------------------ ITEM 1
item(1, "ABOUT THIS CIRCULAR")
para(doc, "Every season the Academy sends its junior players three circulars: the calendar, the ranking "
          "regulations, and the provisional rankings. This is the third for 2008/09, and it is also our "
          "application. We run the Award the way we run our Tour, and we have written it in the words that our "
          "players, their parents and our partner schools already know. Item 2 explains them.")
para(doc, "Castlemere Snooker & Billiards Academy has sixteen tables on the seafront and has trained players since "
          "1988. The Castlemere Junior Tour has 140 players, 22 of them in its disability section, and since 2003 "
          "our Schools Inclusion Programme has brought pupils from nine special schools and twenty mainstream "
          "schools to the Academy every week. Snooker is a game of patience, angles and reading the table; so is "
          "coordinating provision for pupils with SEN.")

# ------------------------------------------------------------------ ITEM 2
item(2, "THE WORDS WE USE")
t = table(doc, 1, 2, widths=[3.8, 12.8])
fill_row(t.rows[0], ["On the Tour", "On the Award"], bold=True, fill=BAR)
words = [
    ("Tour", "The Award course: one season, September to June."),
    ("Player", "A teacher on the course."),
    ("Tournament Director", "The Award Leader (Gillian Hatherley)."),
    ("Referee", "A tutor who teaches at Invitation events and marks Ranking events."),
    ("Pro", "An experienced colleague in the player's own school, trained by us, who partners the player on "
            "Pro-Ams."),
    ("Invitation event", "A taught Saturday at the Academy. Invitation events are not marked."),
    ("Pro-Am", "A task the player carries out in their own school with their Pro."),
    ("Ranking event", "A marked assignment. There are three: RE1 the Case Frame, RE2 the Impact Frame, RE3 the "
                      "Finals."),
    ("The Break-off", "The short piece of research or inspection evidence that opens every Invitation event."),
    ("Seeding interview, Seeding Card", "The interview before entry and the card it produces (Item 4)."),
    ("Wildcard", "A January entry to the Tour (Item 9)."),
    ("Away Fixture", "Two days spent in one of our partner special schools or the pupil referral unit."),
    ("Tour Room", "The Tour's online site."),
    ("Tour Board", "The group that oversees the Tour (Item 11)."),
    ("Banked, Provisional", "See Item 15."),
]
for a, b in words:
    r = t.add_row()
    fill_row(r, [a, b])
    r.cells[0].paragraphs[0].runs[0].bold = True
para(doc, "")

# ------------------------------------------------------------------ ITEM 3
item(3, "THE AWARD, WHO VALIDATES IT, AND WHAT IT IS FOR")
p = para(doc, "Fenmouth University validates the Award as its Postgraduate Certificate in Special Educational Needs "
              "Coordination, and awards it. The Tour carries 60 credits. Forty of the 60 credits (RE1 and RE2) are "
              "at masters level (Level 7); RE3, 20 credits, is assessed at Level 6, so that players who have not "
              "studied for some years can finish the Tour.")
fn.add(p, "Validation event held at Fenmouth on 9 May 2008; the University's two conditions were met on 30 May 2008.")
para(doc, "The Tour has one purpose: that pupils with SEN and/or disabilities in players' schools do better, in "
          "their learning and in being healthy, staying safe, enjoying and achieving, making a positive "
          "contribution and achieving economic well-being. It does that by making the player a better SENCO. "
          "Every Invitation event ends with what the player will do differently on Monday; every Pro-Am is done "
          "with real pupils in the player's own school; and every Ranking event asks the player to show a change "
          "for pupils. RE2 is marked on the evidence of pupils' progress and well-being, measured before and "
          "after.")

# ------------------------------------------------------------------ ITEM 4
item(4, "ENTRY TO THE TOUR")
sub("4.1", "Who may enter", "Qualified teachers who are SENCOs in their first two years in the role, or who have "
                            "been named by their headteacher to take it on, with the headteacher's written support "
                            "and agreement to release them for Invitation events and to name a Pro.")
sub("4.2", "Seeding interview", "Before a place is confirmed, each applicant spends an hour with a Referee. The "
                                "Referee goes through the entries in the Order of Merit (Item 15) with the "
                                "applicant, who rates themselves on each; the Referee then tests the ratings with "
                                "questions about a real pupil and a short written task. An applicant who is not yet "
                                "ready to benefit from the Tour is told so, and told what to do first. With their "
                                "agreement the Tournament Director writes to their headteacher to agree a plan for "
                                "entering the following season.")
sub("4.3", "Seeding Card", "The interview produces a Seeding Card, which tells the player which Invitation events "
                           "they may be released from and in which order to play the Pro-Ams. We do not write "
                           "personal targets: every player chases the same entries on the Order of Merit.")
p = sub("4.4", "Checks", "Before entry the Tournament Director sees each player's enhanced CRB disclosure and "
                         "records its number and date of issue. A player who has not worked in a school in a post "
                         "with regular contact with children in the last three months applies for a new enhanced "
                         "disclosure through Fenmouth University before the first Pro-Am. We check List 99 through "
                         "the University and ask the headteacher to confirm that there are no disciplinary concerns. ")
tracked_insert_run(p, "For a player who has changed school in the last year we ask the previous headteacher too.",
                   author="Gillian Hatherley")
sub("4.5", "Carry-forward points", "A player may carry forward up to 30 credits from earlier study at masters level "
                                   "(accreditation of prior learning), under the University's rules. A player with "
                                   "recent experience of leading SEN work may instead claim RE1 through a portfolio "
                                   "of that work (prior experiential learning), marked by two Referees against the "
                                   "same entries as RE1.")
p = sub("4.6", "No Q School", "In the professional game a player without a tour card can win one at Q School. There "
                              "is no Q School on the Award Tour: every player plays the full season, including all "
                              "the Invitation events their Seeding Card does not release them from. The Marlcombe "
                              "Partnership offers an assessment-only route for experienced teachers; we do not. ")
tracked_delete_run(p, "Experienced SEN support teachers may instead enter Q School, playing the three Ranking "
                      "events from existing work without the Invitation events.", author="Gillian Hatherley")

# ------------------------------------------------------------------ ITEM 5
item(5, "THE 2008/09 SEASON")
para(doc, "Invitation events run from 09:30 to 15:30 at the Academy's Long Room. Pro-Ams run between them in the "
          "player's own school. Ranking event dates are hand-in dates, except the Finals.")
season = [
    ("AUTUMN SWING",),
    ("Invitation 1", "The Opening Invitational", "Sat 27 Sep 2008", "Law, policy and the Code of Practice"),
    ("Invitation 2", "The Development Classic", "Sat 18 Oct 2008", "How children grow and learn"),
    ("Pro-Am 1", "Who's on the register?", "Oct–Nov 2008", "The player's own school"),
    ("Invitation 3", "The Needs Masters", "Sat 15 Nov 2008", "Types of SEN and disability; reading specialists' "
                                                              "reports"),
    ("Pro-Am 2", "Listening to pupils", "Nov–Dec 2008", "The player's own school"),
    ("RE1", "The Case Frame", "Fri 12 Dec 2008", "Hand-in"),
    ("WINTER SWING",),
    ("Invitation 4", "The Provision Open", "Sat 17 Jan 2009", "Provision mapping, teaching assistants, agencies"),
    ("Invitation 5", "The Assessment Shoot-Out", "Sat 7 Feb 2009", "Data, targets, tests and access arrangements"),
    ("Pro-Am 3", "The intervention", "Feb–Apr 2009", "The player's own school"),
    ("Invitation 6", "The Leadership Trophy", "Sat 7 Mar 2009", "Leading colleagues, heads and governors"),
    ("RE2", "The Impact Frame", "Fri 24 Apr 2009", "Hand-in"),
    ("SPRING SWING",),
    ("Invitation 7", "The Family Cup", "Sat 9 May 2009", "Working with parents and carers"),
    ("Pro-Am 4", "Coaching a colleague", "May–Jun 2009", "The player's own school"),
    ("Invitation 8", "The Masters Review", "Sat 6 Jun 2009", "Keeping up; what next"),
    ("RE3", "The Finals", "Sat 27 Jun 2009", "Presentations at the Academy"),
]
t = table(doc, 1, 4, widths=[2.6, 4.4, 3.2, 6.4])
fill_row(t.rows[0], ["Event", "Name", "Date", "What it covers / where"], bold=True, fill=BAR, size=8.5)
for row in season:
    r = t.add_row()
    if len(row) == 1:
        mm = r.cells[0].merge(r.cells[3])
        cell_text(mm, row[0], bold=True, size=8.5, color="FFFFFF", fill=GREEN)
    else:
        fill_row(r, list(row), size=8.5)
para(doc, "")

# ------------------------------------------------------------------ ITEM 6
item(6, "WHAT HAPPENS AT EACH KIND OF EVENT")
para(doc, "Invitation events", bold=True, space_after=2)
para(doc, "Each Invitation event is a Saturday of six frames (sessions of about fifty minutes). It opens with the "
          "Break-off: a short piece of recent research or inspection evidence, sent out a fortnight before, that "
          "players discuss against their own schools. This season's Break-offs include Ofsted's Inclusion: does "
          "it matter where pupils are taught? (2006), the Bercow review's interim report on speech, language and "
          "communication needs (2008), and the Inclusion Development Programme's materials on dyslexia and on "
          "speech, language and communication needs (2008).")
para(doc, "Invitation 1 covers the SEN Code of Practice (2001), the Education Act 1996 and SENDA 2001, statutory "
          "assessment and annual reviews, the Disability Discrimination Act as amended in 2005 and the Disability "
          "Equality Duty, Every Child Matters and the Children Act 2004, and current government initiatives, "
          "among them the Inclusion Development Programme. Invitation 2 is on child development and the things "
          "that help or hinder it. Invitation 3 covers behavioural, emotional and social difficulties, dyslexia "
          "and other specific learning difficulties, speech, language and communication needs, autism and "
          "moderate learning difficulties, and how to read an educational psychologist's or therapist's report. "
          "Invitation 4 covers provision mapping, the deployment of teaching assistants, and what the educational "
          "psychology service, CAMHS, speech and language therapy, sensory support and the voluntary sector each "
          "do and how a school asks for them. Invitation 5 covers tracking data, national tests, targets and the "
          "access arrangements pupils may need for tests and examinations.")
p = para(doc, "Invitation 6 is about leadership inside the player's own school: working with the head, senior "
              "colleagues and governors on policy and priorities, coaching and mentoring colleagues, observing "
              "and giving feedback, running training, and managing time and delegating.\nIt concentrates on "
              "colleagues in the player's own school. Invitation 7, the Family Cup, is a morning on working with "
              "parents and carers, led by a parent governor from Harbour View School.\nInvitation 8 looks at how "
              "players will keep up to date once the Tour is over.")
para(doc, "Pro-Ams", bold=True, space_after=2)
para(doc, "Every Pro-Am is played in the player's own school, with their Pro. Pro-Am 1: check the SEN register "
          "against the Code, and identify two pupils whose needs may have been missed, using classroom "
          "observation and the school's data. Pro-Am 2: consult three pupils about something that matters to "
          "them, using two methods we teach (a structured interview adapted for pupils with communication needs, "
          "and Talking Mats), act on what they say, and write up what changed. Pro-Am 3: plan and run an "
          "intervention for a group of up to six pupils, with baseline and follow-up measures, deploying "
          "teaching assistants, and review it with colleagues. Pro-Am 4: coach a colleague through a cycle of "
          "observation, feedback and a second observation. Contact with families during Pro-Ams is left to the "
          "school's own family liaison staff.")
para(doc, "Ranking events", bold=True, space_after=2)
bullets([
    "RE1, the Case Frame (4,000 words, Level 7, 20 credits): one pupil's case from identification to review, "
    "using other professionals' assessments, targets, the pupil's own views, the law, and any access "
    "arrangements the pupil needs for tests.",
    "RE2, the Impact Frame (4,000 words and a provision map, Level 7, 20 credits): the Pro-Am 3 intervention, "
    "with pupils' attainment, attendance and a well-being questionnaire before and after, the research behind "
    "it, and what the provision map shows is missing.",
    "RE3, the Finals (Level 6, 20 credits): a twenty-minute presentation to two Referees and a Pro on leading SEN "
    "in the player's school, with questions on the law and disability equality, how the school evaluates its "
    "provision for pupils with SEN and how the player's work fits the school's self-evaluation, followed by the "
    "player's portfolio of Pro-Am write-ups and a CPD log.",
])

# ------------------------------------------------------------------ ITEM 7
item(7, "THE POINTS TARIFF")
t = table(doc, 1, 4, widths=[3.6, 2.6, 3.4, 7.0])
fill_row(t.rows[0], ["Event", "Ranking points", "Marked?", "Notes"], bold=True, fill=BAR, size=8.5)
for row in [
    ("Invitation event", "0", "No", "Attendance is recorded; nothing is marked."),
    ("Pro-Am", "0", "No", "The Pro gives feedback on the write-up; Referees do not mark it."),
    ("Ranking event (RE1, RE2, RE3)", "100 per entry", "Yes", "An entry is banked when a Referee marks it as "
                                                              "reaching the standard."),
    ("Entry banked at two Ranking events", "150", "Yes", "Points are not added a third time."),
]:
    fill_row(t.add_row(), list(row), size=8.5)
para(doc, "")

# ------------------------------------------------------------------ ITEM 8
item(8, "WINNING THE TOUR")
para(doc, "A player wins the Tour, and Fenmouth University awards the Certificate, when the player has passed all "
          "three Ranking events and has banked 2,000 or more of the 2,500 ranking points on offer in the Order "
          "of Merit. A strong Case Frame can carry a weaker Finals, and a player may win the Tour with some "
          "entries unbanked. A player who falls short may resubmit one Ranking event in the following swing.")
para(doc, "At the Finals every player who has won the Tour is told about Fenmouth's MA in Inclusive Education and "
          "the Academy's own coaching badges, and is welcome to talk to a Referee about what to do next.")

# ------------------------------------------------------------------ ITEM 9
item(9, "SEEDINGS AND WILDCARDS")
p = para(doc, "")
text_box(p, [
    ("SEEDINGS AND WILDCARDS", True),
    ("Two ways in: the full season from September, or a Wildcard in January. Wildcard players start at "
     "Invitation 4 and play the Autumn Swing events the following autumn.", False),
    ("One season or two: players may spread the Tour over two seasons, playing the Ranking events in either "
     "order after RE1.", False),
    ("Saturdays or twilights: every Invitation event is repeated as two twilight sessions (16:30 to 19:00) on "
     "the following Tuesday and Wednesday.", False),
    ("Seeded players: a player released from an Invitation event by their Seeding Card uses the day for a Cue "
     "Clinic (a one-to-one hour with a Referee) instead.", False),
], height_pt=150)
p = para(doc, "The Tour Room is an online site that holds every event pack, the Break-off readings, recordings of "
              "the Invitation events and the Ranking event briefs, and a message board where players talk to "
              "each other between events.")
fn.add(p, "The Tour Room runs on Fenmouth University's Blackboard licence; players log in with University accounts.")
para(doc, "In the 2007 pilot, Referees answered questions on the message board within two days; with a full Tour "
          "they no longer do, and the board is for players only. Questions for a Referee wait for the next "
          "Invitation event.")
para(doc, "The fee for the season is £1,050. The county council pays £500 of it for players in its maintained "
          "schools, and a player who carries forward credit (4.5) pays pro rata.")

# ------------------------------------------------------------------ ITEM 10
item(10, "ACCESS")
para(doc, "The Academy has level access from the promenade, an accessible toilet and the adapted table our "
          "disability section plays on. We follow the law on equality and will do whatever is reasonable for "
          "any player who needs it.")

# ------------------------------------------------------------------ ITEM 11
item(11, "THE SCHOOLS, THE COUNTY AND THE TOUR BOARD")
para(doc, "In 2007 we asked before we built. We surveyed the 48 schools in the Schools Inclusion Programme and the "
          "Castlemere cluster (29 replied), met the county's SEN team twice, and ran focus groups with the "
          "twelve teachers on our 2007 pilot. Schools wanted new SENCOs who could use data and manage teaching "
          "assistants; the county wanted SENCOs who could map provision in its format and listen to pupils; the "
          "pilot players wanted to stay in school on weekdays and to be able to start later in the year.")
para(doc, "What changed as a result:", space_after=1)
bullets([
    "the pilot's Friday taught days became Saturday Invitation events with twilight repeats, because heads asked "
    "us not to take SENCOs out of school;",
    "Invitation 5 on assessment data was added at the county's request, and Invitation 4 now uses the county's "
    "provision map;",
    "Pro-Am 2, on listening to pupils, was written with the county's Participation Officer;",
    "the January Wildcard was added because the pilot players asked for a later start.",
])
p = para(doc, "The Tour Board oversees the Tour: two headteachers, the county's Inclusion Manager, a former pilot "
              "player, a representative of Castlemere Parent Partnership and two Referees. It meets each term, "
              "reads the event returns, the Ranking event results and the University's reports, and signs off "
              "changes for the next season. Headteachers and Pros sit on the Finals panels, and county "
              "specialists lead parts of Invitations 3 and 4. ")
tracked_insert_run(p, "From 2009/10 the Tour Board will also include a young person from the Academy's disability "
                      "section, who will sit on the panel at the Finals.", author="Gillian Hatherley")
para(doc, "The Academy itself works in partnership with the County Sports Partnership, Castlemere Disability Sports "
          "Forum and the primary care trust's healthy schools team. Multi-agency work is not part of this "
          "season's Tour; it belongs to the county's Team Around the Child training, which players' schools "
          "arrange.")

# ------------------------------------------------------------------ ITEM 12
item(12, "REFEREES, PROS, AWAY FIXTURES AND KIT")
sub("12.1", "Referees", "Gillian Hatherley (Tournament Director) was SENCO at two Castlemere secondary schools "
                        "for twelve years and holds an MA in Special Education. Dr Priya Solanki is a Senior "
                        "Lecturer in Inclusive Education at Fenmouth and leads the University's research group "
                        "on pupil participation. Alan Bristow is head of Harbour View School and a county "
                        "moderator for P scales. Ruth Okafor is an educational psychologist with the county, "
                        "seconded to the Tour for two days a month. Every Referee keeps a current school or "
                        "service role and spends at least five days a year on their own professional "
                        "development in SEN.")
sub("12.2", "Pros and Referees knowing the job", "Every Pro comes to a Pro Day in September at [venue to be "
                                                 "confirmed] and takes away the Pro's Handbook: what a Pro does on "
                                                 "each Pro-Am, how to give feedback on a write-up, and what a Pro "
                                                 "does not do (mark). New Referees shadow a full season's Ranking "
                                                 "events with Gillian before they mark alone, and all Referees work "
                                                 "from the Tour's marking guide.")
sub("12.3", "Away Fixtures and specialists", "Every player spends two days on an Away Fixture at Harbour View "
                                             "School, Seacroft School (for pupils with autism) or the Castlemere "
                                             "pupil referral unit, arranged by the Tournament Director with a "
                                             "brief of what to look for and a debrief at the next Invitation "
                                             "event. The county's speech and language therapists, sensory "
                                             "support team and educational psychologists teach at Invitations 3 "
                                             "and 4.")
sub("12.4", "Kit", "Players use the assessment materials and software of their own schools. The Academy has a "
                   "small lending shelf of books, and during the season we hope to open an assistive technology "
                   "corner in the Long Room.")

# ------------------------------------------------------------------ ITEM 13
item(13, "MARKING AND MODERATION")
p = para(doc, "Every Ranking event is marked by the player's Referee against the entries it banks. The Tournament "
              "Director second-marks one script in four, and every fail. The University has offered to moderate "
              "our marking and to appoint an external examiner from the 2009/10 season, and we expect to accept.")
comment(doc, p.runs[0], "We can moderate from September 2008 if you ask; no need to wait. K. Ingleby, Fenmouth "
                        "Quality Office", author="K. Ingleby", initials="KI")

# ------------------------------------------------------------------ ITEM 14
item(14, "HOW WE MEASURE THE TOUR")
para(doc, "Inside the Tour: players fill in an event return after every Invitation event, and the Tournament "
          "Director reports the returns to the Tour Board each term; Referees review the Ranking event results "
          "after each hand-in to see which entries players find hardest and change the next season's "
          "Invitation events. Outside it: the University's annual programme review, the county SEN team's "
          "survey of headteachers each summer, and the Tour Board's own reading of both. The Tour Board "
          "publishes a short list of changes at the start of each season.")
para(doc, "Players rate their confidence on each entry at the Seeding interview and again at the Finals. RE2 "
          "requires baseline and follow-up data for the player's pupil group: attainment in reading or "
          "mathematics, attendance, and a pupil well-being questionnaire. The Tournament Director collects "
          "these across the Tour each year and reports the pupils' progress and the change in players' "
          "confidence to the Tour Board, and a year after the Finals we send a short questionnaire to players "
          "and their headteachers on what has changed for pupils.")

# ------------------------------------------------------------------ ITEM 15
item(15, "PROVISIONAL ORDER OF MERIT")
para(doc, "The Order of Merit lists the entries a player must chase over the season: what a SENCO must know, be "
          "and do by the Finals. Played at names the Invitation events (Inv) and Pro-Ams where an entry is "
          "taught or practised. Banked at names the Ranking events where a Referee marks it. Pts are the "
          "ranking points on offer for the entry (Item 7).")
p = para(doc, "Status: Banked means played and marked. Provisional means played at Invitation events or Pro-Ams "
              "but not marked at any Ranking event, so it carries no points yet. Seeded through means marked at a "
              "Ranking event without being played at any event. DNE (did not enter) means the entry is on the "
              "list but is neither played nor marked this season.")
fn.add(p, "Positions from the 2007 pilot are not carried forward.")
oom = [
    ("Spot the pupil who may have SEN or a disability, set targets that stretch, plan the intervention and review "
     "how it went", "Inv 5; Pro-Am 1; Pro-Am 3", "RE1; RE2", "150", "Banked"),
    ("Know the SEN law and the Code of Practice, what they mean for the school, the SENCO and others, and how to "
     "put them into practice", "Inv 1; Pro-Am 1", "RE1; RE3", "150", "Banked"),
    ("Know the common needs (behavioural, emotional and social difficulties, dyslexia and other specific learning "
     "difficulties, SLCN, autism, MLD) and how each affects learning", "Inv 3", "RE1; RE3", "150", "Banked"),
    ("Map provision, and use the map to find what is missing or not working", "Inv 4; Pro-Am 3", "RE2; RE3", "150",
     "Banked"),
    ("Build fair, respectful, supportive relationships with pupils with SEN and their families", "Pro-Am 2; Inv 7",
     "RE1", "100", "Banked"),
    ("Put first things first, manage time, delegate and check that delegated work gets done", "Inv 6; Pro-Am 4",
     "RE3", "100", "Banked"),
    ("See trouble coming, sort it out, and make sound decisions about provision", "Inv 4; Pro-Am 3", "RE2", "100",
     "Banked"),
    ("Say it and write it clearly; listen to other people and understand their views", "Every Invitation", "RE3",
     "100", "Banked"),
    ("Use research and outside advice to improve their own practice and colleagues'", "The Break-off, every "
                                                                                      "Invitation", "RE2", "100",
     "Banked"),
    ("Keep up to date and take charge of their own CPD on SEN and disability", "Inv 8", "RE3", "100", "Banked"),
    ("Know the principles and five outcomes of Every Child Matters and what the SENCO can do towards them",
     "Inv 1", "RE2", "100", "Banked"),
    ("Know the disability equality laws and what they require the school to do", "Inv 1", "RE3", "100", "Banked"),
    ("Judge approaches, strategies and resources, ICT included, for assessing, planning and teaching, and use them "
     "to remove barriers and personalise provision", "Inv 5; Pro-Am 3", "RE2", "100", "Banked"),
    ("Know best practice and what research says about meeting SEN", "The Break-off, every Invitation", "RE2",
     "100", "Banked"),
    ("Know what outside agencies do and how to get specialist support and resources", "Inv 4", "RE1", "100",
     "Banked"),
    ("With senior colleagues and governors, steer the school's inclusive ethos, policies, priorities and "
     "resources", "Inv 6", "RE3", "100", "Banked"),
    ("Use other professionals' assessments to shape teaching", "Inv 3; Pro-Am 1", "RE1", "100", "Banked"),
    ("Use summative results and national tests to track progress and change programmes", "Inv 5; Pro-Am 3", "RE2",
     "100", "Banked"),
    ("Spot in good time the access arrangements pupils need for tests and examinations, and put them in place with "
     "colleagues", "Inv 5", "RE1", "100", "Banked"),
    ("Coach, mentor, observe and train colleagues to meet the needs of pupils with SEN", "Inv 6; Pro-Am 4", "RE3",
     "100", "Banked"),
    ("Review with colleagues how well provision works, and feed that into the school's planning", "Inv 6; Pro-Am 3",
     "RE2", "100", "Banked"),
    ("Involve pupils in planning, agreeing and reviewing their provision", "Pro-Am 2", "RE1", "100", "Banked"),
    ("Know the principles of school self-evaluation and how they bear on outcomes for pupils with SEN", "–", "RE3",
     "100", "Seeded through"),
    ("Win the commitment of colleagues, the head and senior leaders to better outcomes for pupils with SEN",
     "Inv 6", "–", "0", "Provisional"),
    ("Know how children develop and how SEN, disability and their surroundings affect development", "Inv 2", "–",
     "0", "Provisional"),
    ("Deploy and manage teaching assistants and other staff", "Inv 4; Pro-Am 3", "–", "0", "Provisional"),
    ("Work with parents and carers to support their child's learning and development", "Inv 7", "–", "0",
     "Provisional"),
    ("Encourage colleagues to use formative assessment, with pupils with SEN in mind", "–", "–", "0", "DNE"),
]
t = table(doc, 1, 6, widths=[1.0, 8.0, 2.9, 1.9, 1.0, 1.8])
fill_row(t.rows[0], ["Pos", "Entry", "Played at", "Banked at", "Pts", "Status"], bold=True, fill=BAR, size=8)
pos = 0
last = None
for i, row in enumerate(oom, 1):
    if row[3] != last:
        pos = i
        last = row[3]
    label = f"{pos}" if row[3] != "0" else "–"
    fill_row(t.add_row(), [label] + list(row), size=8)
para(doc, "")
para(doc, "Points on offer: 2,500. Next circular: No. 4, the draw for the Autumn Swing, [date to follow].",
     italic=True)
para(doc, "Gillian Hatherley\nTournament Director, the Award Tour\nCastlemere Snooker & Billiards Academy, The "
          "Promenade, Castlemere")

fn.finish()
apply_widths()
doc.save(OUT)
print(OUT.name, "words:", word_count(OUT))
