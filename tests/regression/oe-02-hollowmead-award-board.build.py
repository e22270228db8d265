"""oe-02-hollowmead-award-board: builds oe-02-hollowmead-award-board.docx next to itself.

Provider (invented): Hollowmead Croquet Club, Brambury, whose "Award Section" runs the Award with the fourteen
schools of the Brambury Family of Schools (Fernleigh special school among them); the University of Marlchester's
Faculty of Education validates it as a Postgraduate Certificate.

Document kind and layout: the club's AWARD NOTICE BOARD, typed up notice by notice "as it hung on 2 March 2009"
by the Award Secretary and sent whole as the application. No heading styles anywhere: each notice starts with the
typist's grey italic position line ("Notice 6 - top row ... - white card"), then the notice's own bold capital
title; small notices are one-cell bordered tables shaded the colour of their card, big ones (Lawn Days, Cup Rounds,
the Clip Board) are paragraphs and tables. The typist's bracketed notes say what is crossed through, written on or
pinned over. Club business sits among the Award's notices (a lawn closure card in a text box, a tea rota table),
as does another organisation's notice. Its own vocabulary: study days are "Lawn Days", school tasks "Away
Fixtures", marked assessments "Cup Rounds" (Round One, Round Two, the Final), unmarked practice "knock-about",
mentors "Home Captains", tutors "Coaches", the pre-course needs assessment "the Roll-up", completion the
"Presentation Evening". The outcome table, "The Clip Board", is grouped by Lawn Day (merged shaded group rows),
not by attributes / knowledge / skills, with its key ("Clipped at", "Knock-about only", "Off the lawn this year")
printed on a different notice well above it. Tracked changes (a deleted paragraph, an inserted sentence), two
comments, a header, a footer with a PAGE field and an unsupported claim, a placeholder (a vacant coach's post).

Traps (requirement ids):
- 3.3: "There is no online part to the Award": no e-learning, so not applicable; the club's email list is for
  notices only.
- 1.5: the Lawn Day on consulting pupils ("Hearing Pupils") is cancelled for 2009-10 and only hoped to return;
  only its Away Fixture (one pupil conversation) stands: partially met.
- 1.9: Knock-about only rows, an "Off the lawn this year" row, a row marked only if an option is chosen, and no
  row at all for two outcomes; the footer's claim is not evidence: partially met.
- 2.1: the old credit notice is crossed through and marked WITHDRAWN (past arrangement); the update says the
  University "will not accept claims for credit" and everyone does everything (negation): not met.
- 2.2 / 2.4: the Roll-up rates every Clip Board row, but is used only for the squad's extra sessions and learning
  trios; "Everyone follows the same Lawn Days and Cup Rounds" (no individual plan, no personalised outcomes,
  not tailored): partially met.
- 2.3: "Straight to the Final" is a real assessment-only route against the whole Clip Board: met.
- 3.2: September and January starts, the January squad taking the Lawn Days in a different order, plus the
  assessment-only route: met (though Thursdays only; a pencilled member's query is noise).
- 4.2: the details of how heads changed the Award on the Committee notice are a tracked deletion, leaving only
  "Our heads have helped to shape the Award from the start"; but notice 18 still says what the heads asked for and
  what changed, so met (a deletion that does not decide the verdict). 4.1 met (borough audit and heads'
  questionnaire reflected in the Lawn Days); 4.3 met (heads, a parent governor and the borough's adviser on the Award Committee
  that reads the slips and the External Examiner's report, and a head on the Final panel).
- 5.3: CRB check at the Roll-up; the inserted sentence adds the new-disclosure rule: met either way.
- 5.5: specialist days at Fernleigh and with the agencies, but placements are left to the participant ("fix it
  up yourself"): partially met.
- 5.6: books, journals, laptop and library, but "We have no specialist software or equipment": partially met.
- 5.9: pupils' progress only wished for ("We would love to hear, one day"); slips measure satisfaction only:
  not met.
- 6.0: a per-round pass mark ("40 in each") is the whole rule, so a participant can pass without showing every
  outcome: partially met.
- 6.A3: no row, no Lawn Day: not met. 6.S1: only in the Marlchester Governors' Association's own evening course,
  "not part of the Award" (another provider's arrangement): not met. 6.S2b: "Off the lawn this year": not met.
- 6.A6, 6.S2c, 6.S4: "Knock-about only" (developed, not marked): partially met.
- 6.A7: marked at the Final (the CPD record) but "Not on a Lawn Day" (assessed, not developed): partially met.
- 6.K6: the row leaves out ICT, which is "taught by Brambury's ICT Advisory Team in its own courses, which are
  not part of the Award" (someone else's responsibility): partially met.
- 6.K7: marked only in Option B of the Final, which a participant may not choose (a condition): partially met.
- 6.S7: its Lawn Day is cancelled; it is marked in Round Two (assessed, not developed): partially met.
- A comment on the Clip Board ("surely we can't leave S2b off?") and a comment on Straight to the Final are not
  part of the submission.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _oe_helpers import (new_doc, p, runs, cell_text, shade, table_borders, col_widths, ins, dele, comment, set_core,
                         text_box, header_footer, word_count)
from docx.shared import Pt, Cm

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
PD = "Pauline Drury"
DS = "Derek Stannard"

doc = new_doc(font="Arial", size=10)
header_footer(doc, "Hollowmead Croquet Club  ·  The Award Board as it hung on 2 March 2009  ·  typed up for the TDA",
              "Every notice on this board has been approved by the University of Marlchester  ·  Typed by P. Drury")

CARD = {"white": None, "yellow": "FFF2CC", "blue": "DDEBF7", "green": "E2EFDA", "pink": "FCE4D6",
        "red": "F8CBAD", "grey": "EDEDED"}


def where(n, text):
    p(doc, [(f"Notice {n}  ·  {text}", "ig")], size=8, before=10, after=2, keep=True)


def notice(n, pos, colour, title, body, width=16.4):
    """A small notice: a one-cell bordered table shaded the colour of its card. body: list of paragraph parts."""
    where(n, f"{pos}  ·  {colour} card")
    t = doc.add_table(rows=1, cols=1)
    table_borders(t, sz=8, color="404040")
    c = t.rows[0].cells[0]
    c.width = Cm(width)
    if CARD[colour]:
        shade(c, CARD[colour])
    cell_text(c, [(title, "b")], size=11)
    pars = []
    for b in body:
        par = c.add_paragraph()
        runs(par, b)
        par.paragraph_format.space_after = Pt(3)
        pars.append(par)
    return pars


def big_title(n, pos, title):
    where(n, pos)
    tp = p(doc, [(title, "b")], size=13, after=4, keep=True)
    return tp


# ---------------------------------------------------------------- front
p(doc, [("HOLLOWMEAD CROQUET CLUB", "b")], align="c", size=18, before=20)
p(doc, "Hollowmead Park, Brambury", align="c", size=10)
p(doc, [("THE AWARD BOARD", "b")], align="c", size=24, before=14)
p(doc, "National Award for SEN Coordination  ·  application to the TDA for approval, 2009-10", align="c", size=11,
  after=12)
tb = p(doc, "")
text_box(tb, [
    [("A note to the panel", "b")],
    "The Award has its own board in the clubhouse corridor, opposite the honours boards. Everything our teachers, "
    "Coaches and Home Captains need to know goes up there, and we thought the panel should see what they see. "
    "This is the board as it hung on Monday 2 March 2009, typed up notice by notice in the order they hang, left to "
    "right and top to bottom. Where a notice is crossed through, written on or half hidden, the typist says so in "
    "square brackets. We have left the Club's own notices where they are.",
    [("Pauline Drury, Award Secretary", "i")],
], height_pt=110, fill="F2F2F2")

# ---------------------------------------------------------------- notice 1
big_title(1, "top row, left  ·  the large white poster", "THE HOLLOWMEAD SENCO AWARD 2009-10")
p(doc, "The Hollowmead SENCO Award is the National Award for SEN Coordination, run by the Club's Award Section with "
       "the fourteen schools of the Brambury Family of Schools. It is accredited by the University of Marlchester, "
       "whose Faculty of Education validated it in January 2009 as the Postgraduate Certificate in SEN Coordination: "
       "60 credits at masters level (Level 7). You register as a student of the University, which marks the Cup "
       "Rounds with our Coaches and awards the certificate.")
p(doc, "Why a croquet club? Since 2004 the Club has opened its lawns every Wednesday in term to pupils from Fernleigh "
       "School and the Family's resource bases, and a good many of our members spent their working lives in "
       "Brambury's schools. When the Family went looking for somewhere to train its new SENCOs, it found us already "
       "doing half the job.")
p(doc, "What the Award is for: pupils with special educational needs and disabilities in your school getting on "
       "better, in their learning and in the rest of their lives: healthy, safe, enjoying and achieving, making a "
       "positive contribution and on the way to economic well-being, as Every Child Matters puts it. Every Lawn Day "
       "is about what you will do differently for those pupils, every Away Fixture is done in your own school with "
       "your own pupils and colleagues, and every Cup Round is marked on what you did in school and what came of it.")

# ---------------------------------------------------------------- notice 2 lawn days
big_title(2, "top row, second from left  ·  fixture card, pinned in four places", "LAWN DAYS 2009-10")
p(doc, "All Lawn Days are Thursdays, 9.15 to 3.45, in the clubhouse's Long Room unless shown. After each one there "
       "is an Away Fixture: a piece of work to do in your own school before the next Lawn Day. Bring your notes from "
       "it to the next Lawn Day, where your Coach and your trio will talk it over with you.")
LD = [
    ("AUTUMN TERM 2009", None),
    ("1", "24 Sept", "The Rules of the Game. The law and guidance on SEN: the Education Act 1996, the SEN Code of "
     "Practice (2001), the 2008 SENCO regulations; the Disability Discrimination Act as amended in 2005, the "
     "disability equality duty and the school's accessibility plan; Every Child Matters and the SENCO's part in it",
     "Read your school's SEN policy and accessibility plan against the Code and the duty; list the gaps"),
    ("2", "15 Oct", "The Team. Winning the support of the head and senior leaders; observing, coaching and "
     "mentoring colleagues and leading training; deploying and managing teaching assistants; formative assessment "
     "for pupils with SEN; school self-evaluation and improvement planning and where SEN fits in them",
     "Observe a colleague teach and give feedback; sit in on a self-evaluation meeting"),
    ("3", "12 Nov", "Setting the Lawn. Finding pupils who may have SEN by observation, data and assessment; "
     "stretching targets; planning interventions and reviewing them; using other professionals' assessments; "
     "access arrangements for tests and examinations; provision mapping; solving the problems that come up",
     "Draw a provision map for one year group and mark what is missing"),
    ("4", "3 Dec\nat Fernleigh School", "Fernleigh Day. The common kinds of SEN: behavioural, emotional and social "
     "difficulties, dyslexia and other specific learning difficulties, speech, language and communication needs, "
     "autism and moderate learning difficulties, and how each affects learning; how children develop and what "
     "affects it; approaches and resources for assessing, planning and teaching; a morning in Fernleigh's classes",
     "Follow one pupil for a morning and note what helps them learn"),
    ("SPRING AND SUMMER TERMS 2010", None),
    ("5", "21 Jan", "Hearing Pupils. [CANCELLED - see notice 10]", "Hold a planning conversation with one pupil"),
    ("6", "11 Feb", "Visiting Teams. The educational psychology service, speech and language therapy, CAMHS, "
     "Brambury's sensory service, social care and the voluntary groups; what each does and how to get their help; "
     "working with them so the pupil gets one joined-up plan",
     "Meet one outside professional about a pupil and agree who does what"),
    ("7", "11 Mar", "Families. Working with parents and carers: advice, support, meetings that work; relationships "
     "with pupils and families that are fair and respectful; speaking and writing so people understand, and "
     "listening; the Brambury Parent Partnership Service and two parents from the Family's parent forum",
     "Plan and lead a meeting with a family"),
    ("8", "22 Apr", "Form and Research. What research and inspection tell us: Ofsted's Inclusion: does it matter "
     "where pupils are taught? (2006), the Bercow Review (2008), the Lamb Inquiry now under way, and studies of "
     "reading and language interventions; finding, reading and weighing research; using research and advice to "
     "change your own and colleagues' teaching",
     "Take one piece of research to a staff meeting"),
]
lt = doc.add_table(rows=1, cols=4)
table_borders(lt, sz=4, color="595959")
for i, h in enumerate(["Lawn Day", "Date", "What we cover", "Away Fixture"]):
    cell_text(lt.rows[0].cells[i], [(h, "b")], size=9)
    shade(lt.rows[0].cells[i], "C6E0B4")
for row in LD:
    r = lt.add_row()
    if row[1] is None:
        m = r.cells[0].merge(r.cells[3])
        cell_text(m, [(row[0], "b")], size=9)
        shade(m, "EDEDED")
        continue
    cell_text(r.cells[0], [(row[0], "b")], size=9, align="c")
    cell_text(r.cells[1], row[1], size=9)
    name, rest = row[2].split(". ", 1)
    cell_text(r.cells[2], [(name + ". ", "b"), rest], size=9)
    cell_text(r.cells[3], row[3], size=9)
col_widths(lt, [1.5, 2.3, 8.6, 4.0])
p(doc, "Lunch is provided. The Final is on Thursday 17 June and the Presentation Evening on Thursday 8 July (notice "
       "24).", size=9, before=4)

# ---------------------------------------------------------------- notice 3 cup rounds
big_title(3, "top row, third from left  ·  blue card, two sheets", "CUP ROUNDS: WHAT IS MARKED AND HOW")
p(doc, [("Round One: The Lawn Report", "b"), " (3,000 words, in by Thursday 14 January). A report on SEN provision "
        "in your own school. Set your school's policy and practice against the Code of Practice and the disability "
        "equality duty; map the provision and show what is missing or not working; review the findings with at least "
        "two colleagues and show how they feed the school's self-evaluation; share the report with your head and record "
        "what support the head will give you."])
p(doc, [("Round Two: The Match Diary", "b"), " (5,000 words, in by Thursday 6 May). A term's diary of leading the "
        "support for a small group of pupils: how you identified them and set their targets; the assessments from "
        "other professionals you used; the special arrangements any of them need in tests and examinations, how and "
        "when you identified them, and how you put them in place with colleagues; how their needs and development "
        "shaped the plan; how the pupils themselves helped to plan and review it; how you worked with their parents "
        "or carers; the problems that came up and how you decided what to do; how the work serves the Every Child "
        "Matters outcomes; what research and best practice say about meeting needs like theirs; and the approaches "
        "you chose and why."])
p(doc, [("The Final", "b"), " (Thursday 17 June). A twenty-minute presentation to a panel of your Coach, the "
        "University tutor and a Family headteacher, followed by questions. Everyone presents on working with outside "
        "agencies and on developing a colleague, and brings their CPD record. Then you choose one option: Option A, "
        "A Family's Story (your work with one family over the year), or Option B, Our School's Self-evaluation (how "
        "SEN fits in your school's self-evaluation and improvement plan). The panel marks your speaking and how you "
        "deal with its questions."])
p(doc, [("Marking. ", "b"), "Your Coach marks each Round first. The University tutor second-marks every Round Two "
        "and one in three of Round One; the Final is marked by the whole panel together. Before each Round the "
        "Coaches and the University tutor mark three sample pieces together to agree the standard. The University's "
        "moderation board looks at all fails and a sample of the rest, and the External Examiner, Dr Helen Marsh of "
        "the University of Corland, sees every fail and a sample of each Round and comes to the Final."])
key = p(doc, [("How to read the Clip Board (notice 9). ", "b"),
              "Each row is something you must show. The rows are grouped under the Lawn Day where they are taught. "
              "\"Clipped at\" names the Cup Round where it is marked. \"Knock-about only\" means you practise it on "
              "Lawn Days and Away Fixtures and your Coach talks it over with you, but it is not marked. \"Off the lawn "
              "this year\" means we do not cover it in 2009-10."])

# ---------------------------------------------------------------- notice 4 entry
pars = notice(4, "top row, fourth from left", "white", "WHO CAN ENTER, AND HOW", [
    ["You can enter if you hold Qualified Teacher Status, are the SENCO of a school or will become one by September, "
     "and your headteacher signs your form. The Award Secretary and the University tutor read every form. If we "
     "think you may find the Award hard going (most often because you have not yet taught pupils with SEN in your "
     "own class), we will ask to talk to you and your head first, and we may suggest a year working alongside your "
     "school's present SENCO before you start. Forms by 15 May, please."],
    ["Safeguarding: bring your CRB enhanced disclosure certificate to the Roll-up. We note its number and date, and "
     "we ask your head to confirm in writing that you have no outstanding disciplinary matters. "],
])
ins(pars[1], "If your disclosure was issued for a post you left more than three months ago, we will ask you to "
             "apply for a new one through the Club's registered umbrella body before the first Lawn Day.",
    author=PD, date="2009-02-26T11:05:00Z")

# ---------------------------------------------------------------- notice 5 roll-up
notice(5, "top row, right", "green", "THE ROLL-UP", [
    ["In June each teacher we accept comes to a Roll-up at the clubhouse with the Award Secretary and a Coach. You "
     "go through the Clip Board together and say, row by row, how sure you are that you can already do it. We use "
     "what you tell us to plan the squad's extra sessions (one Thursday twilight each half term, free) and to put "
     "you in a learning trio with two teachers who are strong where you are not."],
    ["Everyone follows the same Lawn Days and Cup Rounds."],
])

# ---------------------------------------------------------------- notice 6 old credit notice (withdrawn)
where(6, "second row, left  ·  white card, crossed through")
p(doc, [("[This notice is crossed through in red felt pen, and WITHDRAWN - SEE NOTICE 11 is written across it.]",
         "i")], size=9)
t6 = doc.add_table(rows=1, cols=1)
table_borders(t6, sz=8, color="404040")
c6 = t6.rows[0].cells[0]
cell_text(c6, [("CREDIT FOR PAST STUDY", "bs")], size=11)
cell_text(c6, "Have you already studied SEN at masters level? The University will consider giving you up to 20 "
              "credits towards the Award for it, so you would not need to take Round One. Ask the Award Secretary "
              "for a claim form.", size=10)

# ---------------------------------------------------------------- notice 7 straight to final
pars = notice(7, "second row, second from left", "yellow", "STRAIGHT TO THE FINAL", [
    ["Been a SENCO for three years or more? You may ask to go straight to the Cup Rounds without coming to the "
     "Lawn Days. You write Round One and Round Two and present at the Final like everyone else, and you are marked "
     "against every row of the Clip Board like everyone else. There is a Roll-up first, to see whether this route "
     "suits you, and you have one meeting with a Coach before each Round. The fee for this route is £450."],
])
comment(doc, pars[0].runs, "Fee agreed by committee? DS", author=DS, initials="DS")

# ---------------------------------------------------------------- notice 8 lawn closed (club)
where(8, "pinned over the corner of notice 7  ·  small pink card")
tb8 = p(doc, "")
text_box(tb8, [
    [("LAWN 2 CLOSED", "b")],
    "Lawn 2 is closed for hollow-tining and top-dressing from 2 to 16 March. Please use lawns 1 and 3. Greenkeeper.",
], width_pt=250, height_pt=60, fill="FCE4D6")

# ---------------------------------------------------------------- notice 9 the clip board
big_title(9, "second row, centre  ·  the large board with coloured clips on it", "THE CLIP BOARD")
p(doc, "What you must show by the end of the Award, in our words, under the Lawn Day where it is taught. Your "
       "coloured clip moves down the board as each row is marked.")
CLIP = [
    ("LAWN DAY 1  -  THE RULES OF THE GAME", None),
    ("1", "Know the law and guidance on SEN, the Code of Practice above all: what they mean for your school and how "
          "to carry them out", "Round One"),
    ("2", "Know the disability equality laws and what your school must do under them", "Round One"),
    ("3", "Know the five Every Child Matters outcomes and how a SENCO helps pupils reach them", "Round Two"),
    ("LAWN DAY 2  -  THE TEAM", None),
    ("4", "Win the support of your head, senior leaders and colleagues for what pupils with SEN need", "Round One"),
    ("5", "Help colleagues develop: observe and feed back, model, coach, mentor and train", "The Final"),
    ("6", "Deploy and manage teaching assistants and other staff", "Knock-about only"),
    ("7", "Encourage colleagues to use formative assessment, with approaches that work for pupils with SEN",
     "Knock-about only"),
    ("8", "Review with colleagues how well provision works, so it feeds the school's self-evaluation", "Round One"),
    ("9", "Know how school self-evaluation and improvement work and what they mean for pupils with SEN",
     "The Final (Option B only)"),
    ("LAWN DAY 3  -  SETTING THE LAWN", None),
    ("10", "Spot pupils who may have SEN, set them stretching targets, plan what you will do and review how they "
           "get on", "Round Two"),
    ("11", "Use assessments from other professionals to shape teaching", "Round Two"),
    ("12", "Use test results and other summative data to track progress and change programmes",
     "Off the lawn this year"),
    ("13", "Find out in good time what arrangements pupils need for tests and examinations and put them in place",
     "Round Two"),
    ("14", "Map provision and find what is missing or not working", "Round One"),
    ("15", "See problems coming, sort them out and make sound judgements about provision", "Round Two"),
    ("LAWN DAY 4  -  FERNLEIGH DAY", None),
    ("16", "Know the common kinds of SEN and disability and how each affects learning", "Round Two"),
    ("17", "Know how children develop and how SEN, disability and their surroundings affect it", "Round Two"),
    ("18", "Weigh up approaches, strategies and resources for assessing, planning and teaching, and use them to "
           "remove barriers (ICT is not covered: see note)", "Round Two"),
    ("LAWN DAY 5  -  HEARING PUPILS", None),
    ("19", "Make sure pupils help to plan, agree and review their own provision", "Round Two"),
    ("LAWN DAY 6  -  VISITING TEAMS", None),
    ("20", "Know what outside agencies do and how to get specialist help and resources", "The Final"),
    ("21", "Work with other services and voluntary groups so the pupil gets joined-up support", "The Final"),
    ("LAWN DAY 7  -  FAMILIES", None),
    ("22", "Work with parents and carers to help their children learn and develop", "Round Two"),
    ("23", "Build fair, respectful and supportive relationships with pupils with SEN and their families",
     "Round Two"),
    ("24", "Say and write things clearly, and listen to what others think", "The Final"),
    ("LAWN DAY 8  -  FORM AND RESEARCH", None),
    ("25", "Know what research and the best schools tell us about meeting SEN", "Round Two"),
    ("26", "Use research and outside advice to improve your own teaching and your colleagues'", "Knock-about only"),
    ("NOT ON A LAWN DAY", None),
    ("27", "Keep up to date and take charge of your own development in SEN and disability",
     "The Final (bring your CPD record)"),
]
cb = doc.add_table(rows=1, cols=3)
table_borders(cb, sz=4, color="595959")
for i, h in enumerate(["No.", "You show that you can ...", "Clipped at"]):
    cell_text(cb.rows[0].cells[i], [(h, "b")], size=9)
    shade(cb.rows[0].cells[i], "C6E0B4")
row12 = None
for row in CLIP:
    r = cb.add_row()
    if row[1] is None:
        m = r.cells[0].merge(r.cells[2])
        cell_text(m, [(row[0], "b")], size=9)
        shade(m, "DDEBF7")
        continue
    cell_text(r.cells[0], row[0], size=9, align="c")
    cell_text(r.cells[1], row[1], size=9)
    pc = cell_text(r.cells[2], row[2], size=9)
    if row[0] == "12":
        row12 = pc
col_widths(cb, [1.2, 11.6, 3.6])
comment(doc, row12.runs, "Surely we can't leave S2b off? SA", author="Simon Achterberg", initials="SA")
p(doc, [("Note. ", "b"), "ICT for pupils with SEN is taught by Brambury's ICT Advisory Team in its own courses, "
        "which are not part of the Award."], size=9, before=4)
p(doc, [("[Typist: about a third of the clips are still on the top row; the rest have moved down to the Lawn Day 3 "
         "rows.]", "i")], size=9)

# ---------------------------------------------------------------- notice 10 LD5 cancelled
notice(10, "second row, pinned over part of notice 9", "red", "LAWN DAY 5 CANCELLED", [
    ["Lawn Day 5, Hearing Pupils (21 January), will not run in 2009-10: the Long Room is being re-roofed in January "
     "and we cannot get the room at Fernleigh. We hope to bring it back in 2010-11. The Away Fixture that goes with "
     "it still stands: please hold your planning conversation with one pupil anyway and bring your notes to Lawn "
     "Day 6."],
])

# ---------------------------------------------------------------- notice 11 credit update
notice(11, "second row, right", "white", "CREDIT FOR PAST STUDY - UPDATE", [
    ["The University has told us that it will not accept claims for credit towards this Award, which must be "
     "studied whole. Everyone attends every Lawn Day and completes every Cup Round, whatever they have done before, "
     "unless they take the route on notice 7. We are sorry to those who had asked. Pauline Drury, 9 February."],
])

# ---------------------------------------------------------------- notice 12 coaches
notice(12, "third row, left", "white", "MEET THE COACHES", [
    [("Pauline Drury", "b"), ", Award Secretary: deputy head and SENCO at Brambury Park Primary for eleven years "
     "until 2007; MA in Inclusive Education; still a governor of Fernleigh School."],
    [("Graham Ellery", "b"), ": SENCO at St Anne's Primary, one of the Family's schools, and a Lawn Days Coach for "
     "two days a month; he took the Brambury SENCO course in 2005 and has led the Family's SENCO network since "
     "2007."],
    [("Anjali Rao", "b"), ": specialist teacher with Brambury's Learning Support Service; holds a postgraduate "
     "diploma in specific learning difficulties; assesses pupils in the Family's schools every week."],
    [("Fiona Kettle", "b"), ": deputy head of Fernleigh School; leads Fernleigh Day and its outreach to mainstream "
     "schools."],
    [("Dr Simon Achterberg", "b"), ": senior lecturer in inclusive education at the University of Marlchester and "
     "the Award's University tutor; his research is on speech and language interventions in primary schools."],
    [("Coach for secondary schools", "b"), ": [to be appointed for September 2009]."],
    ["All Coaches spend at least four days a year on their own SEN training and bring it back to the Section's "
     "termly Coaches' meeting."],
])

# ---------------------------------------------------------------- notice 13 home captains
notice(13, "third row, second from left", "green", "YOUR HOME CAPTAIN", [
    ["Your Home Captain is a senior colleague in your own school whom your head names on your form. Your Home "
     "Captain meets you once each half term, helps you set up your Away Fixtures, reads your Round One before it "
     "goes in, and sits with you and your Coach at the Presentation Evening. Home Captains do not mark."],
    ["Home Captains come to a briefing evening at the clubhouse in September and get the Home Captain's Guide, "
     "which sets out what they do and when. Coaches have a day with the University tutor in July on the Clip Board, "
     "the Cup Rounds and the marking criteria, and every new Coach marks alongside an experienced one in their first "
     "year."],
])

# ---------------------------------------------------------------- notice 14 other organisation
notice(14, "third row, centre  ·  a printed leaflet", "white", "MARLCHESTER GOVERNORS' ASSOCIATION", [
    ["GOVERNORS AND INCLUSION: three evenings for governors and SENCOs together, at Marlchester Town Hall, October "
     "to December 2009. Working with the head and governing body on the school's inclusive ethos, its SEN policy and "
     "priorities, and how the SEN budget is spent. £35 per school. Book with the Association."],
    [("[Handwritten across the bottom: 'Not part of the Award, but worth doing - P.D.']", "i")],
])

# ---------------------------------------------------------------- notice 15 access
notice(15, "third row, fourth from left", "blue", "ACCESS", [
    ["The clubhouse has step-free access from the car park, a hearing loop in the Long Room and an accessible "
     "toilet. Fernleigh School is all on one floor. If you have a disability or a health condition, tell the Award "
     "Secretary on your form or at any time: we will agree with you the adjustments you need for Lawn Days, Away "
     "Fixtures and the Cup Rounds (extra time, another format, a different room, papers in large print or sent "
     "early), and the University's Disability Service confirms adjustments to the marking. What you tell us is "
     "shared only with the people who need to know. This board is also kept as a large-print folder on the shelf "
     "below it."],
])

# ---------------------------------------------------------------- notice 16 when
pars = notice(16, "third row, right", "white", "THURSDAYS, SEPTEMBER AND JANUARY", [
    ["Every Lawn Day is on a Thursday. You can start in September with the main squad, or in January with the "
     "January squad, which starts at Lawn Day 6 this year and takes Lawn Days 1 to 4 the following autumn, its Cup "
     "Rounds moving back with it. You may also go straight to the Cup Rounds (notice 7). The Award is part time."],
    ["There is no online part to the Award: everything happens on the lawn or in your school. The Club's email list "
     "is for notices only."],
    [("[Pencilled underneath, unsigned: 'Saturday squad??']", "i")],
])

# ---------------------------------------------------------------- notice 17 committee
pars = notice(17, "fourth row, left", "white", "THE AWARD COMMITTEE", [
    ["Chair: Derek Stannard (Club Chairman). Members: the Award Secretary; the University tutor; three Family "
     "headteachers (Brambury Park, St Anne's and Fernleigh); a parent governor from the Family's parent forum; and "
     "Brambury's SEN adviser. The Committee meets each half term. It reads the Lawn Day slips and, each summer, the "
     "External Examiner's report and the University's annual review, and decides what changes. Family heads also "
     "sit on the Final panel and host the Away Fixtures, and the parent forum sends speakers to Lawn Day 7."],
    ["Our heads have helped to shape the Award from the start and will go on doing so. "],
])
dele(pars[1], "At their request the Award moved from Saturdays to Thursdays, Round One was made a report on the "
              "teacher's own school, and the Fernleigh morning was added to Lawn Day 4.", author=DS,
     date="2009-02-27T18:20:00Z")

# ---------------------------------------------------------------- notice 18 why
notice(18, "fourth row, second from left", "yellow", "WHY THE AWARD LOOKS AS IT DOES", [
    ["In 2008 Brambury's SEN audit found that nine of the Family's fourteen SENCOs had no qualification in SEN, that "
     "five had been in post for less than two years, and that the number of pupils at School Action Plus for speech, "
     "language and communication needs had risen by a third in three years. The Family's heads, asked what a new "
     "SENCO most needs, put working with teaching assistants and with other agencies first and time out of school "
     "last. So the Award is eight days, not twelve; Lawn Day 2 gives a good part of its time to teaching "
     "assistants; Lawn Day 6 is given over to the agencies; and speech, language and communication needs have the "
     "longest session on Fernleigh Day."],
])

# ---------------------------------------------------------------- notice 19 slips
notice(19, "fourth row, centre", "green", "HOW WAS TODAY?", [
    ["Please fill in a slip before you go home after every Lawn Day: what helped, what did not, and what you will "
     "try at school. The Award Secretary types them up for the Committee, and the Coaches change the next Lawn Day "
     "if the slips call for it. Last year's pilot slips are why Lawn Day 3 now starts with provision mapping, not "
     "finishes with it."],
    ["Once a year the University runs its own course review with a questionnaire and a meeting of the squad "
     "without the Coaches in the room, and the External Examiner reports on the Cup Rounds. The Committee answers "
     "both in writing and the answers go into the next year's plan."],
])

# ---------------------------------------------------------------- notice 20 shelf
notice(20, "fourth row, fourth from left", "white", "THE AWARD SHELF", [
    ["The Award shelf in the clubhouse library has seventy books, the last five years of the main SEN journals and "
     "copies of every reading set on a Lawn Day; sign them out in the book. There is a laptop and projector in the "
     "Long Room, and your University card gets you into the University library and its online journals. We have no "
     "specialist software or equipment for pupils with SEN to show you."],
])

# ---------------------------------------------------------------- notice 21 visits
notice(21, "fourth row, right", "white", "VISITS", [
    ["Fernleigh Day (Lawn Day 4) is a morning in Fernleigh's classes with its teachers, and Lawn Day 6 brings the "
     "educational psychologist, a speech and language therapist, the sensory service and the voluntary groups to "
     "the Long Room. If you would like to spend a day in another school, ask your head and fix it up yourself; we "
     "can suggest a school."],
])

# ---------------------------------------------------------------- notice 22 fees
notice(22, "bottom row, left", "white", "FEES", [
    ["The Award costs £980, or £680 for the Family's own schools, whose share the Family pays from its training "
     "budget. The extra sessions from the Roll-up are free. Straight to the Final costs £450. Invoices go to your "
     "school after the Roll-up."],
])

# ---------------------------------------------------------------- notice 23 pupils
notice(23, "bottom row, second from left  ·  with a post box underneath", "pink", "YOUR PUPILS", [
    ["We would love to hear, one day, how the pupils you work with have got on because of the Award. Drop us a note "
     "in the box below!"],
])

# ---------------------------------------------------------------- notice 24 presentation evening
notice(24, "bottom row, centre", "yellow", "PRESENTATION EVENING, THURSDAY 8 JULY", [
    ["The University's certificate and the Hollowmead Award Cup go to every teacher who passes all three Cup Rounds. "
     "The pass mark is 40 in each. A teacher who does not pass a Round may resubmit it once, by the end of October."],
    ["Before the presentations, each of you sits down with your Home Captain and your Coach for half an hour to "
     "write three targets for your next year as a SENCO, to take back to your head at your performance review; we "
     "give you the Family's CPD directory and the University's list of masters modules that follow on from the "
     "Award."],
])

# ---------------------------------------------------------------- notice 25 tea rota
where(25, "bottom row, right  ·  Club notice")
p(doc, [("TEA ROTA, MARCH", "b")], size=11, after=2)
tr = doc.add_table(rows=1, cols=3)
table_borders(tr, sz=4, color="595959")
for i, h in enumerate(["Saturday", "Teas", "Washing up"]):
    cell_text(tr.rows[0].cells[i], [(h, "b")], size=9)
for d, a, b in [("7 March", "Mrs Ambler", "Mr Coe"), ("14 March", "The Fletchers", "Mr Coe"),
                ("21 March", "[volunteer needed]", "Mrs Patel"), ("28 March", "Mrs Drury", "Mr Stannard")]:
    r = tr.add_row()
    for i, v in enumerate([d, a, b]):
        cell_text(r.cells[i], v, size=9)
col_widths(tr, [3.0, 5.0, 5.0])

p(doc, [("[End of the board. Typed up by Pauline Drury, 2 March 2009.]", "i")], size=9, before=10)

set_core(doc, 'Pauline Drury', 'The Award Board, 2 March 2009', (2009, 3, 2))
doc.save(OUT)
print(OUT.name, "words ~", word_count(OUT))
