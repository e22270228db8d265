"""oe-01-quillington-handicap-card: builds oe-01-quillington-handicap-card.docx next to itself.

Provider (invented): Quillington Croquet Club, whose "Lawns for All" scheme has brought pupils from special
schools to its lawns since 2003, offering the Award with the nine schools of the Wyvern Vale Schools
Partnership; the University of Stourhampton's School of Education validates it as a Postgraduate Certificate.

Document kind and layout: the club's HANDICAP CARD, the card every participant carries, in its "SENCO Award
edition", sent whole as the application. The course is told entirely in the language of croquet handicapping:
study days are "Games" (ten, each played twice), school-based work is "Home lawn" tasks, unmarked practice is a
"Friendly", the three marked assessments are "Trigger Games" T1-T3 (only they "move the Index"), the pre-course
needs assessment is the "Handicap Trial" producing a "starting handicap", "Bisques" (extra tutorial hours) and
"Own Targets", tutors are "Referees", school mentors "Doubles Partners", completion is "pegging out". A covering
note to the panel sits in a VML text box on the cover. Part titles use Heading 1 but are hand-numbered ("PART 3 -");
the Handicapper's Notes use bold run-in titles in Normal paragraphs. A key table defines the Card's terms
("Friendly only", "Index moved at", "Partner's report") far above the Card itself. The Games table has term
rows merged across all columns and shaded. The Card (Part 6) has merged, shaded group rows and row codes in
croquet ball letters U1-U7 (blue), R1-R9 (red), K1-K12 (black: SKILLS, so "K5" is a skill, clashing with the
outcome ids 6.K5 etc.), Y1-Y2 (yellow: the Club's own extra rows). A header, a footer with a PAGE field and a
false claim, two comments, a footnote, tracked changes (one insertion, one deletion in a cell, one deleted table
row) and placeholders in the specimen Index page.

Traps (requirement ids):
- E.2: the credit sentence has a tracked deletion ("40 credits at Level 6 (honours)") and a tracked insertion
  ("60 credits at masters level (Level 7)"): the insertion stands, so met.
- 1.4 / 6.K3: the disability-equality legislation was deleted from Game 1 by a tracked deletion and the Card's
  disability-law row R3 is a deleted table row: only SEN law remains, so 1.4 partially met and 6.K3 not met.
- 1.9: several rows are "Friendly only" or moved by a "Partner's report" that does not count; the footer claims
  "Every row on this Card is assessed by the University" (a footer is never evidence): partially met.
- 2.1: prior experience is taken into account at the Handicap Trial but the University "cannot at present give
  credit" (negation); a footnote only hopes for credit from 2010-11: partially met.
- 2.3: "Playing off scratch" is explicitly not offered (negation): not met.
- 2.5: a "next season card" of targets belonged to the 2008 pilot and "has not been kept" (past arrangement):
  not met.
- 3.1: only the pavilion's ramp and toilet; the adapted mallets belong to the pupils' Lawns for All scheme
  (right words, wrong people); the Trigger Games just "follow its rules": partially met.
- 3.2: a Thursday or Saturday choice for each Game, but one September start, fixed order, part-time only:
  partially met.
- 3.3: the Pavilion Board gives tutor replies, a weekly live hour, peer "fours", a Referees' page and emails to
  schools: met.
- 4.3: heads sit on the Handicap Committee (which plans Games and appoints Referees; the slips and the External
  Examiner's report go to the Manager, Referees and University, not to it) and act as Doubles Partners, but their
  part in evaluation is only hoped for ("We hope, in a later season"): partially met.
- 5.3: CRB disclosures are left to employing schools ("The Club does not ask to see them"), someone else's
  responsibility; a comment saying the Handicapper does look at them is not part of the submission: not met.
- 5.9: before-and-after self-ratings measure participants' competence, but pupils' gains are only something
  the Club "would like to know" and "hope to find a way of measuring": partially met.
- 6.0: an aggregate pegging-out rule (120 of 300 marks, none below 30) lets a participant complete without
  showing every outcome: partially met.
- 6.A3, 6.A7, 6.K7, 6.S2c: "Friendly only" on the Card (developed, never marked): partially met.
- 6.K4: child development "is not played as a Game" (note a) but is marked in T2 (assessed, not developed):
  partially met.
- 6.S7: moved only by a "Partner's report", which the key says is not marked and does not move the Index:
  partially met.
- 6.S2d: no row and no Game; "special arrangements" appears only for participants who miss a Game (right words,
  wrong thing): not met.
- Row codes K1-K12 are SKILLS rows (6.S*), not knowledge; R-rows are knowledge (code collision).
- The cover text box claims "everything the panel asks for is on this card" (unsupported coverage claim).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _oe_helpers import (new_doc, p, runs, cell_text, shade, table_borders, col_widths, ins, dele, delete_row,
                         comment, set_core, footnote, text_box, header_footer, par_border, word_count)
from docx.shared import Pt, Cm

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
ED = "Jean Marchbank"
RA = "Ruth Abernethy"

doc = new_doc(font="Georgia", size=10)
header_footer(doc, "HANDICAP CARD  ·  National Award for SEN Coordination  ·  Season 2009-10  ·  "
                   "Confidential to the participant and the Handicapper",
              "Quillington Croquet Club, Abbey Meadow, Quillington WV7 2LQ  ·  Every row on this Card is assessed "
              "by the University")

# ---------------------------------------------------------------- cover
p(doc, [("QUILLINGTON CROQUET CLUB", "b")], align="c", size=20, before=30)
p(doc, [("founded 1897  ·  the lawns at Abbey Meadow", "i")], align="c", size=10)
p(doc, [("HANDICAP CARD", "b")], align="c", size=28, before=24)
p(doc, [("National Award for SEN Coordination", "b")], align="c", size=14)
p(doc, "SENCO Award edition  ·  Season 2009-10", align="c", size=12)
p(doc, "issued by the Club Handicapper with the Wyvern Vale Schools Partnership and the University of Stourhampton",
  align="c", size=10, after=18)

tb = p(doc, "")
text_box(tb, [
    [("To the TDA approval panel", "b")],
    "We have not rewritten our course to fit your criteria. Every participant on the Award carries this card from "
    "the Handicap Trial to the day they peg out, and the Handicapper's Notes in Part 7 are what the Handicap "
    "Committee has agreed about how the course is run. We believe everything the panel asks for is on this card.",
    [("Hilary Fenwick, Hon. Secretary, 16 February 2009", "i")],
], height_pt=105, fill="F3F1E6")

p(doc, [("Contents: ", "b"), "Part 1 The Club, the Partnership and the University · Part 2 How to read this card · "
        "Part 3 Before the first Game · Part 4 The Games · Part 5 The Trigger Games and pegging out · "
        "Part 6 The Card · Part 7 The Handicapper's Notes · Part 8 Specimen Index page"], size=9, before=12)
doc.add_page_break()

# ---------------------------------------------------------------- part 1
doc.add_heading("PART 1 - THE CLUB, THE PARTNERSHIP AND THE UNIVERSITY", level=1)
p(doc, "Quillington Croquet Club has played on Abbey Meadow since 1897. Since 2003 its Lawns for All scheme has "
       "brought pupils from the special schools and resource bases of the Wyvern Vale Schools Partnership to the "
       "Club on Tuesday afternoons, where members coach them with adapted mallets on a lawn whose edge was ramped "
       "for wheelchairs. Several of those members are retired teachers, two were SENCOs, and one, Dr Ruth Abernethy, "
       "was for twenty years a senior educational psychologist in Wyvernshire. The Partnership's nine schools have "
       "held their own training in the pavilion's Long Room since 2006. The Award grew out of those two habits.")
p(doc, "The Award has one purpose: that pupils with special educational needs and disabilities in our participants' "
       "schools achieve more and are happier, safer and healthier. We use the five outcomes of Every Child Matters "
       "as the measure of that: being healthy, staying safe, enjoying and achieving, making a positive contribution "
       "and achieving economic well-being. Every Game ends with a Home lawn task done with or for pupils, and each "
       "Trigger Game is marked on what changed for pupils as well as on what the participant knows and can do.")
p(doc, "The Award is offered by the Club and the Wyvern Vale Schools Partnership together and is academically "
       "accredited by the University of Stourhampton, whose School of Education validated the course as its "
       "Postgraduate Certificate in Special Educational Needs Coordination at a validation event on 4 February 2009.")
cr = p(doc, "The Postgraduate Certificate carries ")
dele(cr, "40 credits at Level 6 (honours)", author=ED, date="2009-02-10T09:12:00Z")
ins(cr, "60 credits at masters level (Level 7)", author=ED, date="2009-02-10T09:13:00Z")
runs(cr, " of the University's framework, and every Trigger Game is set and marked at that level.")
p(doc, "The Club holds the contract, employs the Manager, keeps the Cards and runs the Games. The Partnership "
       "supplies the Doubles Partners and the host schools. The University registers every participant as one of "
       "its students, sets and marks the Trigger Games through its Examiners, appoints the External Examiner and "
       "confers the certificate.")

# ---------------------------------------------------------------- part 2
doc.add_heading("PART 2 - HOW TO READ THIS CARD", level=1)
p(doc, "Croquet players will know most of these words already. For everyone else, this is what they mean on the "
       "Award.")
KEY = [
    ("Game", "One of the ten study days of the course. Each Game is played twice (see Part 4)."),
    ("Home lawn", "The participant's own school, where the work between Games is done."),
    ("Home lawn task", "The practical task set at the end of each Game, carried out in the participant's school "
                       "before the next Game and written up on the Pavilion Board."),
    ("Friendly", "A practice piece, written or done in school. A Referee reads it and comments on it. A Friendly "
                 "is never marked and is never entered on the Index."),
    ("Trigger Game", "One of the three marked assessments, T1, T2 and T3, set and marked by the University's "
                     "Examiners. Only Trigger Games move the Index."),
    ("Index", "The record, kept by the Handicapper, of the marks a participant has scored in the Trigger Games."),
    ("Handicap Trial", "The afternoon before the course at which the starting handicap, the Bisque Plan and the "
                       "Own Targets are set (Part 3)."),
    ("Bisques", "Hours of one-to-one tutorial a participant is given at the Handicap Trial, to be spent on the "
                "rows where they start weakest."),
    ("Referee", "A tutor on the Award."),
    ("Doubles Partner", "A senior colleague in the participant's own school who mentors the participant through "
                        "the season."),
    ("Partner's report", "A short note from the Doubles Partner on what they have seen the participant do in school. "
                         "It is read by the Manager; it is not marked and it does not move the Index."),
    ("Handicapper", "Dr Ruth Abernethy, who runs the Handicap Trial and keeps the Index."),
    ("Manager", "The course leader, Mrs Jean Marchbank."),
    ("Pegging out", "Completing the Award (Part 5)."),
    ("On the Card", "\"Played in\" names the Games in which a row is taught and practised. \"Index moved at\" names "
                    "the Trigger Game in which it is marked. \"Friendly only\" means practised and commented on, "
                    "but not marked. A dash means the row is not played this season."),
]
t = doc.add_table(rows=1, cols=2)
table_borders(t, sz=4, color="7F7F7F")
cell_text(t.rows[0].cells[0], [("Word", "b")])
cell_text(t.rows[0].cells[1], [("What it means on the Award", "b")])
for c in t.rows[0].cells:
    shade(c, "D8E4BC")
for k, v in KEY:
    r = t.add_row()
    cell_text(r.cells[0], [(k, "b")], size=9)
    cell_text(r.cells[1], v, size=9)
col_widths(t, [3.6, 12.8])

# ---------------------------------------------------------------- part 3
doc.add_heading("PART 3 - BEFORE THE FIRST GAME", level=1)
p(doc, [("Entering. ", "b"),
        "A teacher may enter the Award if he or she holds Qualified Teacher Status, has taught for at least two "
        "years, and is the SENCO of a school or has been named by the headteacher to become its SENCO within the "
        "year. The headteacher signs the entry form, names a Doubles Partner and agrees to release the participant "
        "for the ten Games. The Manager reads every entry form with the Handicapper. Where a teacher is not yet "
        "ready, most often because they have not yet taught pupils with SEN in their own class for a full year, the "
        "Manager writes to the teacher and to the headteacher with advice on what to do first, usually a term "
        "working alongside the present SENCO, and offers a place the following September."])
saf = p(doc, "")
b1 = runs(saf, [("Safeguarding. ", "b")])
s_runs = runs(saf, ["Participants are serving teachers, and their disclosures are held by the schools that employ "
                    "them. The Club does not ask to see them and keeps no record of them."])
comment(doc, s_runs, "Ruth - we do actually look at the CRB certificate at the Trial if they bring it. Should we "
                     "say so? JM", author=ED, initials="JM")
p(doc, [("The Handicap Trial. ", "b"),
        "Between May and July before the season each entrant spends an afternoon at the pavilion with the "
        "Handicapper. Beforehand the entrant rates himself or herself on every row of the Card (Part 6) as strong, "
        "part-way or untried, and the Doubles Partner adds a view on the same sheet. At the Trial the Handicapper "
        "goes through the ratings row by row and asks for an example for each strong rating, since, as she tells "
        "entrants, knowledge of the Code of Practice learned before 2001 is knowledge of a different Code. The Trial "
        "ends with three things written on the participant's own Card:"])
for item in [
    "the starting handicap: each row marked S, P or U;",
    "the Bisque Plan: how many bisques the participant has (from none to six hours) and the rows they are to be "
    "spent on;",
    "the Own Targets: three to five rows on which the participant, the Handicapper and the Doubles Partner agree "
    "the participant will aim beyond the minimum, with the evidence from school that will show it.",
]:
    p(doc, item, style="List Bullet")
p(doc, "The Bisque Plan and the Own Targets are the participant's individual training plan. The Referee reviews "
       "them with the participant after Games 3 and 7 and may move bisques from one row to another. A participant "
       "who starts strong on a row still has to show it in the Trigger Game that moves the Index for that row; a "
       "strong start means they spend less of their Friendlies and bisques on it and more on the rows where they "
       "are weak.")
apl = p(doc, [("Earlier study. ", "b"),
              "The Handicap Trial takes full account of what an entrant has already done: a teacher with a dyslexia "
              "diploma, for instance, usually starts strong on rows R5 and R6 and gets no bisques for them. The "
              "University cannot at present give credit towards the certificate for earlier study: its regulations "
              "for the accreditation of prior learning are being rewritten and no claims are being taken for the "
              "2009-10 season."])
footnote(doc, apl, "The School of Education hopes the revised regulations will be in place for 2010-11, when credit "
                   "for up to 20 credits of earlier masters study may become possible.")
p(doc, [("Playing off scratch. ", "b"),
        "Some clubs let a strong player go straight to the trigger games without the games in between. The Award "
        "does not. In 2009-10 every participant plays all ten Games, however strong the Handicap Trial shows them "
        "to be. The Committee looked at an assessment-only route in January and decided against it for the first "
        "season."])

# ---------------------------------------------------------------- part 4
doc.add_heading("PART 4 - THE GAMES", level=1)
p(doc, "Every Game is played in the Long Room unless the table says otherwise, on the Thursday shown from 9.30 to "
       "3.30, and again on the Saturday morning after it from 9.00 to 1.00, when the afternoon's work is set as a "
       "Friendly. The Manager makes special arrangements for participants who miss a Game through illness: they play "
       "it on the Saturday, or catch up with their Referee in a bisque.")

GAMES = [
    ("AUTUMN TERM 2009", None),
    ("1", "17 Sept", "The Laws. The law and guidance on SEN: the Education Act 1996, Part IV; the SEN Code of "
                     "Practice (2001) and the SEN Toolkit; the Education (Special Educational Needs Co-ordinators) "
                     "(England) Regulations 2008; Removing Barriers to Achievement (2004); Every Child Matters and its "
                     "five outcomes; what each asks of the school, the governors and the SENCO",
     "Set the school's SEN policy beside the Code and mark where they part company", "Friendly"),
    ("2", "8 Oct", "Reading the Lawn. Research and inspection: Ofsted's Special educational needs and disability: "
                   "towards inclusive schools (2004) and Inclusion: does it matter where pupils are taught? (2006); "
                   "the Education and Skills Committee's report on SEN (2006); the Bercow Review (2008); the first "
                   "findings of the DISS study of support staff; finding and judging research",
     "Share one study with colleagues at a staff or department meeting", "Friendly"),
    ("3", "5 Nov\nat Thornleigh School", "Types of Play. The most common kinds of SEN and disability: behavioural, "
                   "emotional and social difficulties; specific learning difficulties, dyslexia above all; speech, "
                   "language and communication needs; autism; moderate learning difficulties; how each affects "
                   "learning; approaches and resources, ICT among them; an afternoon in Thornleigh's classes and its "
                   "Communication Cabinet",
     "Observe one pupil in two lessons and note what helps and what gets in the way", "Friendly"),
    ("4", "3 Dec", "Setting the Hoops. Finding pupils who may have SEN by observation, data and assessment; setting "
                   "targets; planning interventions and reviewing progress; using summative results, national tests "
                   "and RAISEonline included, to track progress and change programmes; provision mapping; the "
                   "SENCO's week: priorities, time and delegation",
     "Draft a provision map for one year group; keep a log of one working week", "T1 set"),
    ("SPRING TERM 2010", None),
    ("5", "21 Jan", "Hearing the Pupil. Consulting pupils on what affects them; talking mats, pupil interviews and "
                    "pupil-led reviews; involving pupils in planning, agreeing and reviewing their own provision; "
                    "fair and respectful relationships with pupils and families",
     "Hold a planning conversation with one pupil and agree one target together", "Friendly; Partner's report"),
    ("6", "11 Feb", "Doubles. Working with colleagues: advising, observing and giving feedback, modelling, coaching "
                    "and mentoring, leading training; deploying and managing teaching assistants; helping teachers "
                    "build formative assessment for pupils with SEN; winning the support of the head and senior "
                    "leaders",
     "Coach one colleague through a lesson with a pupil with SEN", "Friendly"),
    ("7", "11 Mar", "Spectators' Lawn. Parents and carers: advising and supporting them, working in partnership, "
                    "reviews and meetings that parents find useful; two parents from the Lawns for All parents' group "
                    "and the Wyvernshire Parent Partnership Service speak",
     "Plan and hold a review meeting with a family", "T2 set"),
    ("8", "25 Mar\nat Thornleigh School", "Visiting Teams. External agencies: educational psychology, speech and "
                    "language therapy, CAMHS, the sensory support service, social care, the Common Assessment "
                    "Framework, voluntary organisations; using other professionals' assessments to shape teaching; "
                    "getting specialist help and resources",
     "Map the agencies working with your school and meet one of them", "Friendly"),
    ("SUMMER TERM 2010", None),
    ("9", "13 May", "The Season's Review. School self-evaluation and improvement planning and what they mean for "
                    "pupils with SEN; reviewing with colleagues how well provision works; working with senior leaders "
                    "and governors on the school's inclusive ethos, policy, priorities and resources",
     "Review one strand of provision with colleagues and report to a senior leader", "Friendly"),
    ("10", "[date to be confirmed: late June 2010]", "Pegging Out. The post-match conversations (T3); keeping up to "
                    "date in SEN and disability, and taking charge of one's own professional development",
     "Keep a log of the season's reading and training", "T3"),
]
gt = doc.add_table(rows=1, cols=5)
table_borders(gt, sz=4, color="7F7F7F")
for i, h in enumerate(["Game", "Played", "What is played", "Home lawn task", "Friendly or Trigger"]):
    cell_text(gt.rows[0].cells[i], [(h, "b")], size=9)
    shade(gt.rows[0].cells[i], "D8E4BC")
game1_cell = None
for g in GAMES:
    r = gt.add_row()
    if g[1] is None:
        m = r.cells[0].merge(r.cells[4])
        cell_text(m, [(g[0], "b")], size=9)
        shade(m, "EFEFEF")
        continue
    cell_text(r.cells[0], [(g[0], "b")], size=9, align="c")
    cell_text(r.cells[1], g[1], size=9)
    name, rest = g[2].split(". ", 1)
    cp = cell_text(r.cells[2], [(name + ". ", "b"), rest], size=9)
    if g[0] == "1":
        game1_cell = cp
    cell_text(r.cells[3], g[3], size=9)
    cell_text(r.cells[4], g[4], size=9)
# deletion inside Game 1's cell: the disability-equality legislation
dele(game1_cell, "; the Disability Discrimination Acts 1995 and 2005, the disability equality duty and the "
                 "school's accessibility plan", author=ED, date="2009-02-11T16:40:00Z")
for r_ in game1_cell.runs:
    r_.font.size = Pt(9)
col_widths(gt, [1.2, 2.2, 7.2, 3.8, 2.2])

p(doc, "Games 3 and 8 are played at Thornleigh School, the Partnership's all-age special school, which is ten "
       "minutes' walk from the pavilion. Lunch is in the pavilion on every other Game.", before=6)

# ---------------------------------------------------------------- part 5
doc.add_heading("PART 5 - THE TRIGGER GAMES AND PEGGING OUT", level=1)
p(doc, [("T1 The Lawn Survey", "b"), " (3,000 words; in by 14 January 2010). The participant maps the provision for "
        "pupils with SEN in his or her own school, sets it against the Code of Practice, identifies provision that is "
        "not working or is missing, reviews the findings with at least two colleagues, sets out how teaching "
        "assistants are deployed and how that should change, and makes recommendations to the senior leadership team "
        "and governors. The participant presents the survey to the headteacher and the Doubles Partner in ten "
        "minutes; the headteacher signs that the presentation took place and records the school's response. T1 moves "
        "the Index for rows U2, R1, K1, K6, K7 and K9."])
p(doc, [("T2 The Break", "b"), " (4,000 words; in by 22 April 2010). A case study of an intervention the participant "
        "plans and leads for a group of three to six pupils over at least six weeks. It must show how the pupils were "
        "identified; baseline measures for each pupil; targets and the plan; the use of at least one other "
        "professional's assessment; the summative data, national test results or teacher assessment, used to track "
        "progress and to change the programme part-way; how each pupil's development has been affected by their needs "
        "and their setting; how the parents or carers were involved; a critical discussion of the approaches and "
        "resources chosen, ICT included, set against research; and the measured impact on the pupils at the end. "
        "T2 moves the Index for rows U1, U4, U6, R4, R5, R6, K2, K3, K4 and K11."])
p(doc, [("T3 The Scorebook and the post-match", "b"), " (a portfolio equal to 5,000 words, and a thirty-minute "
        "conversation in June). The Scorebook holds the participant's Home lawn records; an account of an episode of "
        "coaching or training a colleague, with the colleague's feedback; a record of work with at least two outside "
        "agencies or voluntary organisations on behalf of a pupil; an account of how the participant's work serves "
        "the five Every Child Matters outcomes; a review of best practice and research on one area of need; and an "
        "account of the twilight staff meeting led in the spring. At the post-match the participant talks through "
        "the Scorebook with a Referee and a University Examiner, who ask questions and listen for how clearly the "
        "participant explains and how well he or she takes in other points of view. T3 moves the Index for rows U5, "
        "R2, R8, R9, K8, K12 and Y2."])
p(doc, [("Marking. ", "b"),
        "Each Trigger Game is marked first by the Referee who has tutored the participant and then by a University "
        "Examiner. All fails, all distinctions and one in four of the rest go to the University's moderation panel. "
        "The External Examiner, Professor Alan Whitcombe of the University of Kennet, sees a sample of every Trigger "
        "Game and sits on the June Examiners' Board. Before each Trigger Game is marked the Referees and Examiners "
        "meet to mark two shared scripts together and agree the standard."])
p(doc, [("Pegging out. ", "b"),
        "A participant pegs out when the three Trigger Games together reach 120 marks out of 300, with no single "
        "Trigger Game below 30. The Examiners' Board confirms the Index, and the University confers the certificate "
        "at its July ceremony. A participant who does not peg out may resubmit one Trigger Game once, in the autumn."])

# ---------------------------------------------------------------- part 6 the card
doc.add_heading("PART 6 - THE CARD", level=1)
p(doc, "These are the rows on which every participant is rated at the Handicap Trial and again at Game 10. The "
       "words are ours. Blue rows are about how the player conducts the game, red rows about knowing the laws and "
       "the lawn, black rows about making breaks. Yellow rows are the Club's own, beyond the minimum.")
CARD = [
    ("BLUE - HOW THE PLAYER CONDUCTS THE GAME", None),
    ("U1", "Builds fair, respectful and steady working relationships with pupils with SEN or disabilities and with "
           "their families", "5, 7", "T2"),
    ("U2", "Wins the backing of the headteacher, senior leaders and colleagues for better outcomes for pupils with SEN",
     "6", "T1"),
    ("U3", "Puts first things first: plans the SENCO's week, manages time and hands tasks to others, checking they "
           "get done", "4", "Friendly only"),
    ("U4", "Sees problems coming, solves them and makes sound, well-grounded decisions about provision", "4", "T2"),
    ("U5", "Speaks and writes clearly; listens to and takes in other people's views", "all Games", "T3 (post-match)"),
    ("U6", "Uses research and outside advice to improve own and colleagues' teaching", "2", "T2"),
    ("U7", "Keeps up to date and takes charge of own professional development on SEN and disability", "10",
     "Friendly only"),
    ("RED - KNOWING THE LAWS AND THE LAWN", None),
    ("R1", "The law and guidance on SEN, the Code of Practice above all: what it asks of the school, the SENCO and "
           "others, and how to carry it out", "1", "T1"),
    ("R2", "Every Child Matters: its five outcomes and how a SENCO helps pupils reach them", "1, 5", "T3"),
    ("R3", "The disability equality laws and what they require the school to do for disabled pupils", "1", "T1"),
    ("R4", "How children develop, and how SEN, disability and the setting affect development", "see note a", "T2"),
    ("R5", "The common kinds of SEN (BESD, dyslexia and other specific difficulties, SLCN, autism, MLD) and how each "
           "affects learning", "3", "T2"),
    ("R6", "A critical grasp of ways of assessing, planning, teaching and supporting learning, ICT included, used to "
           "remove barriers and personalise provision", "3, 8", "T2"),
    ("R7", "How school self-evaluation and improvement work, and what they mean for pupils with SEN", "9",
     "Friendly only"),
    ("R8", "Best practice and research on meeting SEN", "2", "T3"),
    ("R9", "What outside agencies do and how to get specialist help and resources", "8", "T3"),
    ("BLACK - MAKING BREAKS", None),
    ("K1", "With senior leaders and governors, shapes the school's inclusive ethos, policies, priorities and use of "
           "resources", "9", "T1"),
    ("K2", "Finds pupils who may have SEN, sets them demanding targets, plans interventions and reviews progress",
     "4", "T2"),
    ("K3", "Uses other professionals' assessments to shape teaching", "8", "T2"),
    ("K4", "Uses summative results, national tests included, to track progress and change programmes", "4", "T2"),
    ("K5", "Encourages colleagues to build formative assessment, with approaches suited to pupils with SEN", "6",
     "Friendly only"),
    ("K6", "Maps and manages provision; finds what is not working or is missing", "4, 9", "T1"),
    ("K7", "Deploys and manages teaching assistants and other staff", "6", "T1"),
    ("K8", "Develops colleagues: observes and gives feedback, models, coaches, mentors, trains", "6", "T3"),
    ("K9", "Reviews with colleagues how well provision works, to feed the school's self-evaluation", "9", "T1"),
    ("K10", "Makes sure pupils take part in planning, agreeing and reviewing their own provision", "5",
     "Partner's report"),
    ("K11", "Works with parents and carers to help their children learn and develop", "7", "T2"),
    ("K12", "Works with other services and voluntary organisations on a joined-up approach", "8", "T3"),
    ("YELLOW - THE CLUB'S OWN ROWS", None),
    ("Y1", "Coaches a pupil-and-adult pair at a Lawns for All afternoon", "5", "Friendly only"),
    ("Y2", "Leads a twilight staff meeting on SEN", "6", "T3"),
]
ct = doc.add_table(rows=1, cols=4)
table_borders(ct, sz=4, color="7F7F7F")
for i, h in enumerate(["Row", "The player ...", "Played in (Game)", "Index moved at"]):
    cell_text(ct.rows[0].cells[i], [(h, "b")], size=9)
    shade(ct.rows[0].cells[i], "D8E4BC")
FILL = {"B": "DCE6F1", "R": "F2DCDB", "Y": "FFF2CC"}
r3_row = None
for row in CARD:
    r = ct.add_row()
    if row[1] is None:
        m = r.cells[0].merge(r.cells[3])
        cell_text(m, [(row[0], "b")], size=9)
        shade(m, {"BLUE": "DCE6F1", "RED ": "F2DCDB", "BLAC": "D9D9D9", "YELL": "FFF2CC"}[row[0][:4]])
        continue
    cell_text(r.cells[0], [(row[0], "b")], size=9)
    cell_text(r.cells[1], row[1], size=9)
    cell_text(r.cells[2], row[2], size=9)
    cell_text(r.cells[3], row[3], size=9)
    if row[0] == "R3":
        r3_row = r
delete_row(r3_row, author=ED, date="2009-02-11T16:42:00Z")
col_widths(ct, [1.2, 10.0, 2.6, 2.8])
p(doc, [("Note a. ", "b"), "Child development is not played as a Game: the Committee takes it that teachers bring it "
        "from their initial training. It is marked in T2, where the case study asks how each pupil's development has "
        "been affected by their needs and their setting."], size=9, before=4)
u7 = p(doc, [("Note b. ", "b"), "A row marked Friendly only is worked on in the Games and Friendlies shown, and the "
             "Referee comments on it, but it is not marked."], size=9)
comment(doc, u7.runs[1:], "Could U7 and R7 go into T3? Leave for next season. PO", author="Philip Okafor",
        initials="PO")

# ---------------------------------------------------------------- part 7 handicapper's notes
doc.add_heading("PART 7 - THE HANDICAPPER'S NOTES", level=1)
p(doc, "What the Handicap Committee has agreed about how the Award is run. The Committee is the Club's Chairman, "
       "the Manager, the Handicapper, the University's course leader and two headteachers from the Partnership. It "
       "meets each half term, plans the Games and appoints the Referees.")

p(doc, [("Who plays with you. ", "b"),
        "The Manager, Mrs Jean Marchbank, was SENCO at Quillington High School from 1996 to 2008 and holds an MA in "
        "Special and Inclusive Education (2004). The Referees are Dr Ruth Abernethy, the Handicapper, a chartered "
        "educational psychologist who still does assessment work for two of the Partnership's schools; Mr Daniel "
        "Osei, SENCO at Thornleigh School, seconded to the Award one day a week; and Mrs Carol Pettigrew, "
        "Wyvernshire's advanced skills teacher for inclusion. The University's course leader and lead Examiner is "
        "Dr Philip Okafor, senior lecturer in inclusive education, whose research is on the deployment of teaching "
        "assistants. Every Referee works in or with schools each week, and each spends at least five days a year "
        "on their own professional development in SEN, which they record with the Manager."])
p(doc, [("Briefing the Referees and Partners. ", "b"),
        "Before the season the Referees spend a day with the University's Examiners on the marking criteria for "
        "T1 to T3 and on the Card. Doubles Partners come to a two-hour evening briefing in September and are given "
        "the Partner's handbook, which sets out what they do (release time, a half-termly meeting with the "
        "participant, the Partner's report) and what they do not do (they do not mark). A Partner who misses the "
        "briefing is visited in school by the Manager before the first Game."])
p(doc, [("Outside expertise and visits. ", "b"),
        "Games 3 and 8 are played at Thornleigh School, where participants spend the afternoon in classes with "
        "Thornleigh's teachers. Each participant also spends one further day in a school unlike their own, a primary "
        "SENCO in a secondary school, for instance, which the Manager arranges with the head of one of the "
        "Partnership's nine schools. Guest speakers this season are a speech and language therapist from the primary "
        "care trust, the Wyvernshire Parent Partnership Service, the county's sensory support service and the "
        "Wyvernshire Dyslexia Association."])
p(doc, [("Equipment. ", "b"),
        "The Long Room seats twenty-four and has a projector, screen and wireless connection. The Club lends a "
        "laptop for the season to any participant who needs one. Participants use the University library and its "
        "electronic journals with their student login. Thornleigh School's Communication Cabinet, its loan "
        "collection of symbol software, talking word processors, switch-adapted equipment and portable writing aids, "
        "may be borrowed by participants for their Home lawn tasks."])
p(doc, [("The Pavilion Board. ", "b"),
        "The Pavilion Board is the Award's area on the University's online learning site. Each Game has a page with "
        "its readings, the Home lawn task and a discussion thread. Between Games the participant's Referee answers "
        "questions on the Board within two working days, and holds a clubhouse hour online each Wednesday from 7 "
        "to 8 pm, when participants can join a live chat with the Referee and each other. Each participant belongs "
        "to a four, a group of four participants who post their Friendlies to one another for comment. The "
        "Referees plan and agree their marking on a closed Referees' page, and after each Game the Manager emails "
        "the Doubles Partners and headteachers a summary of what was played and of the Home lawn task."])
p(doc, [("Access for all players. ", "b"),
        "The pavilion has a ramp to the Long Room and an accessible toilet, and ten years of Lawns for All have made "
        "the Club used to players with disabilities: the adapted mallets and the ramped lawn edge are there for any "
        "pupil who needs them. The Trigger Games are the University's and follow its rules."])
p(doc, [("Choosing your day. ", "b"),
        "A participant may play any Game on either its Thursday or its Saturday, and need not tell us in advance. "
        "There is one start each year, in September, and the Games are played in order, since each Game's Home lawn "
        "task builds on the last. The Award is studied part time."])
p(doc, [("What the schools told us. ", "b"),
        "In spring 2008 the Partnership asked the headteachers and SENCOs of its nine schools and their twenty-two "
        "feeder primaries what a new SENCO most needs; 27 of 31 schools replied. They asked for less time away from "
        "school, which is why every Game has a Saturday repeat; for more on working with teaching assistants, so "
        "Game 6 now gives half its day to deploying and managing them; for practical work in the SENCO's own school, "
        "hence a Home lawn task after every Game; and for help with the 2008 SENCO regulations, now in Game 1. "
        "Wyvernshire's SEN data showed that the Partnership's schools have more pupils at School Action Plus for "
        "behavioural, emotional and social difficulties and for speech, language and communication needs than the "
        "county as a whole, so Game 3 gives those two the most time. The Lawns for All parents' group told us that "
        "parents want a SENCO they can reach, who explains what the school is doing and why. Game 7 was planned "
        "around what they said, and two of the group's parents speak at it."])
p(doc, [("Who else takes part. ", "b"),
        "Two Partnership headteachers sit on the Handicap Committee. The Partnership's heads act as Doubles Partners "
        "or name one, and they host the visits in a school unlike the participant's own. We hope, in a later season, "
        "to ask headteachers, former participants and parents to judge for themselves how well the Award has "
        "worked."])
p(doc, [("How the season is judged. ", "b"),
        "At the end of every Game each participant fills in a scorecard slip: what worked, what did not, and what "
        "they will use at school. The Manager summarises the slips for the Referees, who change the "
        "next Game's plan where the slips show a need; after the 2008 pilot, for instance, the work now "
        "in Game 4 was split over two sessions because the slips said it was too crowded. From outside, the Award "
        "has the University's annual monitoring, the External Examiner's report, and a mid-season review meeting of "
        "the participants with the University's course leader, held without the Referees present. The Manager and "
        "the University's course leader answer every point in the External Examiner's report in writing, and the "
        "answers are carried into the next season's plan."])
p(doc, [("Telling whether it worked. ", "b"),
        "The Handicap Trial's self-rating is repeated at Game 10, so that each participant and the Handicapper can "
        "see how far each row has moved from S, P or U; the Committee reads the before-and-after ratings for the "
        "whole group in July. As for pupils, we would like to know whether the pupils of our participants do better "
        "because of the Award, and hope to find a way of measuring it in a later season."])
p(doc, [("What the season costs. ", "b"),
        "The fee is £1,150 for the season, of which the Partnership pays £400 for teachers in its own schools. The "
        "Club gives the Long Room without charge. Because bisques are given where the Handicap Trial shows a need, "
        "tutorial time goes to the rows and the participants that need it rather than equally to all, and a "
        "participant who starts strong spends the season's time on what they do not yet do well."])
p(doc, [("After the peg. ", "b"),
        "In the pilot season, an unaccredited six-session course in the summer of 2008, each participant left with "
        "a next season card of targets agreed with the Handicapper. That card belonged to the pilot and has not been "
        "kept for the Award."])

# ---------------------------------------------------------------- part 8 specimen index page
doc.add_heading("PART 8 - SPECIMEN INDEX PAGE", level=1)
p(doc, "The Handicapper keeps this page for each participant. The participant sees it after each Examiners' Board.")
st = doc.add_table(rows=3, cols=4)
table_borders(st, sz=4, color="7F7F7F")
for i, (k, v) in enumerate([("Participant", "[Name of participant]"), ("School", "[School]"),
                            ("Doubles Partner", "[Name of Doubles Partner]")]):
    cell_text(st.rows[i].cells[0], [(k, "b")], size=9)
    m = st.rows[i].cells[1].merge(st.rows[i].cells[3])
    cell_text(m, v, size=9)
it = doc.add_table(rows=1, cols=6)
table_borders(it, sz=4, color="7F7F7F")
for i, h in enumerate(["Trigger Game", "In by", "Mark (of 100)", "Referee", "Examiner", "Moderated"]):
    cell_text(it.rows[0].cells[i], [(h, "b")], size=9)
    shade(it.rows[0].cells[i], "D8E4BC")
for tg, due in [("T1 The Lawn Survey", "14 Jan 2010"), ("T2 The Break", "22 Apr 2010"),
                ("T3 Scorebook and post-match", "June 2010")]:
    r = it.add_row()
    for i, v in enumerate([tg, due, "[ ]", "[initials]", "[initials]", "yes / no"]):
        cell_text(r.cells[i], v, size=9)
r = it.add_row()
m = r.cells[0].merge(r.cells[1])
cell_text(m, [("Index (total of 300)", "b")], size=9)
m2 = r.cells[2].merge(r.cells[5])
cell_text(m2, "[ ]   Pegged out:  yes / no   Board date: [ ]", size=9)
p(doc, "Rated at the Trial: S [ ]  P [ ]  U [ ]      Rated at Game 10: S [ ]  P [ ]  U [ ]", size=9, before=6)
p(doc, [("Hilary Fenwick", "i"), ", Hon. Secretary  ·  ", ("Dr Ruth Abernethy", "i"), ", Club Handicapper  ·  ",
        ("Mrs Jean Marchbank", "i"), ", Manager"], size=9, before=12)

set_core(doc, 'Jean Marchbank', 'Handicap Card - SENCO Award edition 2009-10', (2009, 2, 16))
doc.save(OUT)
print(OUT.name, "words ~", word_count(OUT))
