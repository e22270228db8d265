"""oz-02-sedgecombe-practice-routines: builds oz-02-sedgecombe-practice-routines.docx next to this script.

Provider (invented): Sedgecombe Vale Darts League Academy ("the Academy"), whose Darts for All sessions run in
special schools and units across the Vale, with St Cuthwin's University College validating the Award as its
Postgraduate Certificate in Leading SEN. Season 2008-09.

Document kind and layout: the Academy's PRACTICE ROUTINES BOOK, "the Award edition": the booklet of practice
games (Round the Clock, Bob's 27, Shanghai, Halve-It, 121, Doubles Around the Board, Killer, Cricket, the
Nine-Darter, Checkout) that its players use, rewritten so that each study day is a routine.
- No heading styles: section titles are bold capitals typed on shaded Normal paragraphs ("WHO CAN THROW").
- Lists typed with "\u2022" in Normal paragraphs; some paragraphs broken with manual line breaks.
- "THE WORDS WE USE": a typed bullet glossary near the front defining Routine, Home Board, Card A/B/C, Final Board,
  Routine Coach, Board Buddy, Second Scorer, the Back Board, Warm-up Throw, and the values of the Halve-It sheet
  far below ("Scored": a Card letter or FB = marked; "H" = halved, thrown at but never scored; "WU" = warm-up leg,
  feedback but no mark; a dash in "Thrown at" = no routine throws at it).
- Ten routine cards, each a two-column table with a merged shaded title row (On the board / How it's thrown /
  Home board / Keeping score / Coach's note).
- Floating VML text boxes ("Coach's tip", Back Board log-in help).
- A coaches table with a vertically merged role cell.
- The outcomes only in "THE HALVE-IT SHEET", a numbered table (1-27, the Academy's own numbers) grouped THE
  THROWER / THE BOARD / THE GAME with merged bands.
- Tracked changes: a deleted sentence offering assessment without the routines (2.3); an inserted CRB sentence
  (5.3, part of the submission); a deleted Halve-It row (A3, delegation).
- A comment on the K2 row (not part of the submission); a footnote on Level 6; header and footer with a PAGE field.

Traps (requirement ids):
- E.2: "40 at Level 7 ... and 20 at Level 6" -> partially_met.
- 1.1: the aim is attainment only ("better attainment ... reading, writing and number"); ECM appears only as
  Routine 1 content that is never scored (6.K2 "H") -> partially_met.
- 2.2: a Warm-up Throw self-rating used to know the group, but "we do not write individual plans" -> partially_met;
  2.4 (not tailored to individuals, though cost is addressed) -> partially_met.
- 2.3: "There is no assessment-only route"; the sentence that offered one is a deleted tracked change -> not_met.
- 2.5: only a hope ("We would like, in time, to add a session on what comes next") -> not_met.
- 3.3: the Back Board gives peer support and online submission, but "Routine Coaches do not post in it or answer
  questions there", and questions wait for the next routine -> partially_met.
- 4.2: views "were noted and will be considered" (no details of influence) -> partially_met.
- 5.3: met only through the tracked insertion (an inserted sentence is part of the submission).
- 5.7: Routine Coaches and the Second Scorer are briefed, but the Board Buddy handbook "is being written" and
  Board Buddies get only a letter -> partially_met.
- 5.9: participants' confidence only; pupils' progress is said to belong to their schools -> partially_met.
- 6.0 / 1.9: the sign-off rule covers "every target marked with a Card letter or FB", so "H" and "WU" targets are
  never required, and three outcomes are missing from the sheet -> both partially_met.
- 6.A5, 6.S6: "WU" only (feedback, no mark) -> partially_met.  6.A7, 6.K2, 6.S5: "H" (thrown at, never scored)
  -> partially_met.  6.K6: a dash in "Thrown at", scored in Card B (assessed, not developed) -> partially_met.
- 6.A3: its row is a deleted tracked change -> not_met.  6.S1: no row and no routine -> not_met.
- 6.S4: no row; a note says deploying and managing support staff is left "to each school's own induction for new
  SENCOs" (someone else's responsibility) -> not_met.
- Darts practice-game names and scores (27, 121, Halve-It) look like numbers and codes but are decoration.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Mm, RGBColor
from _oz_helpers import (base_doc, run, ins, dele, delete_row, shade_cell, shade_par, cell_text, page_field,
                         textbox, Footnotes, merge_down, merge_across, set_col_widths, grid_table)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
ED = "Jan Dawlish"

doc = base_doc("Arial", 10)
fn = Footnotes(doc)


def T(text):
    """A section title typed as a bold capitalised Normal paragraph on a shaded band."""
    p = doc.add_paragraph()
    run(p, text, bold=True, size=11, color="FFFFFF")
    shade_par(p, "003B6F")
    p.paragraph_format.space_before = Pt(12)
    return p


def P(text="", bold=False, italic=False):
    p = doc.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic)
    return p


def PB(lines):
    """A paragraph whose lines are separated by manual line breaks (as if pasted from a PDF)."""
    p = doc.add_paragraph()
    for i, ln in enumerate(lines):
        r = run(p, ln)
        if i < len(lines) - 1:
            r.add_break()
    return p


def BUL(text, lead=None):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Mm(6)
    p.paragraph_format.first_line_indent = Mm(-4)
    run(p, "\u2022  ")
    if lead:
        run(p, lead + " ", bold=True)
    run(p, text)
    return p


# ---------------------------------------------------------------- header / footer
sec = doc.sections[0]
run(sec.header.paragraphs[0], "Sedgecombe Vale Darts League Academy  \u00b7  PRACTICE ROUTINES: the Award edition",
    size=8, color="555555")
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
run(fp, "Printed by the League office, Hexley  \u00b7  not for resale  \u00b7  page ", size=8, color="555555")
page_field(fp)

# ---------------------------------------------------------------- cover
p = P()
run(p, "SEDGECOMBE VALE DARTS LEAGUE ACADEMY", bold=True, size=14, color="003B6F")
p = P()
run(p, "PRACTICE ROUTINES", bold=True, size=26, color="B3001B")
p = P()
run(p, "The Award edition, 2008-09", bold=True, size=14)
PB(["Ten routines for the season, and how each one is scored",
    "National Award for SEN Coordination",
    "with St Cuthwin's University College, Hexley"])
P()

T("A WORD BEFORE YOU PICK UP THE ARROWS")
P("Every player in our Academy owns a copy of Practice Routines. It is the little book of games (Round the Clock, "
  "Bob's 27, Shanghai and the rest) that turn an hour at the board into real improvement. When the Academy agreed "
  "to run the National Award for SEN Coordination with St Cuthwin's, we wrote this edition for the SENCOs on it, "
  "and we are sending it to the TDA panel as our application because it is what our participants will actually "
  "hold. Each routine is now a day of the course.")
P("The Academy has taken Darts for All, our adapted darts sessions, into the special schools, units and pupil "
  "referral units of Sedgecombe Vale since 2003. The SENCOs we met there asked us for something more. Our aim is "
  "simple: better attainment for pupils with SEN in Sedgecombe Vale classrooms. Every Card asks what happened to "
  "pupils' reading, writing and number, and what the SENCO did to make it happen.")
P("Jan Dawlish, Academy Education Officer and Award Leader", italic=True)

T("THE WORDS WE USE")
P("The book uses the Academy's own words. The last four explain the Halve-It sheet near the end of the book.")
BUL("one day of the course: ten Saturdays or ten twilights, each built round a practice game.", "Routine:")
BUL("the piece of work you take back and do in your own school after a routine.", "Home Board:")
BUL("the three marked assignments, Card A, Card B and Card C.", "Cards:")
BUL("the presentation and professional discussion that end the season in July. It is marked.", "Final Board:")
BUL("the tutor who leads your routines and first-marks your Cards.", "Routine Coach:")
BUL("a colleague in your own school (usually on the senior team) who supports you through the Home Boards.",
    "Board Buddy:")
BUL("the St Cuthwin's lecturer who second-marks Cards and sits on every Final Board.", "Second Scorer:")
BUL("St Cuthwin's online learning area for the Award.", "The Back Board:")
BUL("the self-rating you complete before Routine 1.", "Warm-up Throw:")
BUL("on the Halve-It sheet, a Card letter (A, B or C) or FB in the Scored column means the target is marked in that "
    "Card or at the Final Board.", "Scored:")
BUL("halved: a routine throws at the target, but no Card and no Final Board scores it.", "H:")
BUL("warm-up leg: the target is thrown at only in a warm-up leg during a routine. You get spoken or written "
    "feedback but no mark.", "WU:")
BUL("a dash in the Thrown at column means no routine throws at that target.", "Dash:")

T("THE ACCREDITATION")
p = P("St Cuthwin's University College validated the Award in May 2008 as its Postgraduate Certificate in Leading "
      "SEN. The University College registers every participant, awards the credit and confers the certificate. The "
      "certificate carries 60 credits: 40 at Level 7 (masters level) for Cards B and C and the Final Board, and 20 at "
      "Level 6")
fn.add(p, "Level 6 of the Framework for Higher Education Qualifications is the level of the final year of an honours "
          "degree.")
run(p, " for Card A, which lets teachers who have not studied for some years build up to masters-level writing.")

T("WHO CAN THROW")
P("The Award is for qualified teachers who are the SENCO of a school in Sedgecombe Vale or the neighbouring "
  "authorities, or who have been designated to take the role on. Your headteacher nominates you on the nomination "
  "form, agreeing to release you for the routines and to name a Board Buddy.")
p = P("Each nominee has an interview with a Routine Coach, who uses a set list of questions on the nominee's SEN "
      "experience, current responsibilities and last study. If a nominee is not yet ready to benefit, the coach "
      "explains in writing what to do first, talks to the headteacher about it, and holds a place for the next "
      "intake. Participants are teachers in Sedgecombe Vale schools. ")
ins(p, "We do not confirm a place until the headteacher has confirmed on the nomination form that the candidate holds "
       "a current enhanced CRB disclosure, and the Academy office records the disclosure number and date before "
       "Routine 1.", author="Morwenna Treen", date="2008-10-02T09:30:00Z")

T("THE WARM-UP THROW")
P("Before Routine 1 you fill in the Warm-up Throw: a self-rating from 0 to 3 against every target on the Halve-It "
  "sheet, with a sentence of evidence for each. Your Routine Coach reads all the Warm-up Throws to get to know the "
  "group and to decide which routines need more time this season.")
P("Everyone throws the same ten routines in the same order; we do not write individual plans, because the Cards "
  "already let you choose your own pupils and your own project.")

T("ARROWS YOU ALREADY HAVE")
PB(["St Cuthwin's accredits prior learning in two ways.",
    "\u2022  Certificated: a masters-level module in SEN or inclusion passed in the last five years can count for up "
    "to 20 credits.",
    "\u2022  Experiential: experience of SEN coordination can count for up to 20 credits through a portfolio of "
    "evidence assessed by the University College's APEL adviser and a Routine Coach against the Card A outcomes.",
    "Credit accredited either way excuses you Card A, and the total can never exceed 20 credits."])

T("NO SHORTCUTS")
p = P("There is no assessment-only route: every participant throws every routine. ")
dele(p, "Experienced SENCOs may ask to be assessed on the Cards and the Final Board without the routines.",
     author=ED, date="2008-09-29T16:00:00Z")

T("WHEN AND WHERE")
P("There are two starts each year. The September intake throws on Saturday mornings at the Academy's Clubhouse in "
  "Hexley (9.30 am to 3 pm); the February intake throws on Thursday twilights at St Cuthwin's (4.30 to 8.30 pm). "
  "Routines 4 to 7 can be taken in any order, and you may take any routine with the other intake if you miss your "
  "own. Readings and a recorded talk for every routine are on the Back Board, so a missed routine can be caught up "
  "at home. You may take the three Cards over one year or spread them over two.")

T("THE BACK BOARD")
p = P("The Back Board is St Cuthwin's online learning area. It holds the readings and recorded talks for each "
      "routine, the Card briefs and criteria, and a forum for each intake. You submit your Cards there and your "
      "marks and written feedback come back there. Between routines your intake talks on the Back Board forum, "
      "sharing Home Board plans and reading. The forum belongs to the participants: Routine Coaches do not post in "
      "it or answer questions there, and questions about your work wait for the next routine.")
textbox(P(), [("LOG-IN HELP", True),
              ("Your Back Board user name is on your St Cuthwin's student card.", False),
              ("Forgotten your password? Ring the St Cuthwin's IT desk, 01632 960 417.", False)],
        width_pt=180, height_pt=80, fill="E8F0F8", stroke="003B6F")

# ---------------------------------------------------------------- routines
T("THE TEN ROUTINES")
P("Each routine card below shows when it is thrown, what happens on the day, the Home Board you take away and how "
  "the routine is scored. Coaches' notes are for guidance.")

ROUTINES = [
    ("ROUTINE 1 \u2013 ROUND THE CLOCK", "September (February intake: February)",
     "The whole framework, one number at a time. The SEN Code of Practice (2001) and the SEN framework, statutory "
     "assessment and statements; the Education (SENCO) Regulations 2008 and what they mean for your role; the "
     "Disability Discrimination Act 1995 and 2005, the Disability Equality Duty and accessibility plans, and what "
     "schools must do for disabled pupils; Every Child Matters and its five outcomes, and the SENCO's part in them.",
     "Find out how your school's SEN register, records and reviews measure up to the Code, and list the gaps "
     "for your Board Buddy.",
     "Card A (the Code and the disability duties).",
     "Round the Clock: hit every number from 1 to 20 in order. Nothing is skipped."),
    ("ROUTINE 2 \u2013 BOB'S 27", "October",
     "Knowing the pupils. How children develop, and how their development is affected by SEN, disability and the "
     "physical and social environment for learning; behavioural, emotional and social difficulties, specific "
     "learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum "
     "disorders and moderate learning difficulties, and how each can affect learning. Speakers from the Hexley "
     "Language Unit and the county autism outreach team.",
     "Observe one pupil across a day and write a short profile of how his or her needs and surroundings affect "
     "learning.",
     "Card A (the pupil case study).",
     "In Bob's 27 a miss costs you points. So does a wrong guess about a child."),
    ("ROUTINE 3 \u2013 SHANGHAI", "November",
     "Assessment that leads somewhere. Identifying pupils who may have SEN from classroom observation, data and "
     "assessment; setting challenging targets; planning interventions and reviewing progress; using reports from "
     "educational psychologists, speech and language therapists and advisory teachers to shape teaching; using "
     "Key Stage tests, GCSE results and tracking data to follow progress and change programmes; identifying in "
     "good time the access arrangements pupils need for national tests and examinations and putting them in place "
     "with colleagues; making sound decisions about provision when the evidence is mixed.",
     "Home Board 1: track a group of pupils, find the one who is not moving, and plan the next step with the class "
     "teacher.",
     "Card A, due four weeks after Routine 3.",
     "Shanghai rewards the single, double and treble of one number in one visit. So does a good assessment."),
    ("ROUTINE 4 \u2013 HALVE-IT", "December",
     "Mapping and costing provision. Provision mapping and management; finding provision that is missing or is "
     "not working; costing provision. Warm-up leg: in pairs, review with a colleague how well one piece of your "
     "school's provision works, and say what it means for the school's self-evaluation; the Routine Coach gives "
     "feedback.",
     "Draw your school's provision map for one key stage.",
     "Card B (the provision map).",
     "Miss the target in Halve-It and your score is cut in half. Provision that misses is just as expensive."),
    ("ROUTINE 5 \u2013 121", "January",
     "One to one with families and pupils. Fair, respectful and steady relationships with pupils and their "
     "families; liaising with parents and carers; consulting children and young people about what affects them and "
     "involving them in planning and reviewing their own provision; person-centred reviews. Co-led by the "
     "Sedgecombe Parent Partnership Service, with a session run by members of Young Voices, the Vale's youth forum "
     "of disabled young people. Warm-up leg: each participant presents a two-minute account of a review meeting "
     "and takes questions; spoken feedback from the group and the coach.",
     "Home Board 2: hold a person-centred review with a pupil and family.",
     "Card B (the review and the family partnership).",
     "121 is a checkout game. Finish in nine darts or go back to the start."),
    ("ROUTINE 6 \u2013 DOUBLES AROUND THE BOARD", "February",
     "Working with colleagues. Gaining the commitment of the head and senior team to better outcomes for pupils "
     "with SEN; supporting colleagues' development by observing and giving feedback, modelling, coaching and "
     "mentoring, and running training; encouraging other teachers to develop formative assessment, with particular "
     "approaches for pupils with SEN. Warm-up leg: a five-minute pitch to the group as if to your senior team, with "
     "feedback.",
     "Home Board 3: plan with a colleague how he or she will use formative assessment with two pupils with SEN.",
     "Card C (the improvement project).",
     "Doubles Around the Board is the hardest routine in the book. Most of your colleagues are not on doubles yet."),
    ("ROUTINE 7 \u2013 KILLER", "March",
     "Other services. The scope and role of the external agencies (educational psychology, speech and language "
     "therapy, CAMHS, social care, the sensory support service) and how to get specialist support and resources; "
     "working in partnership with other services and voluntary organisations, including the Common Assessment "
     "Framework and team around the child. Speakers from the local authority, Sedgecombe Mencap and the Vale Autism "
     "Society.",
     "Map the agencies your school used last year and what came of each referral.",
     "Final Board (partnership with other services).",
     "In Killer you need the others on the board. So does a SENCO."),
    ("ROUTINE 8 \u2013 CRICKET", "April",
     "Reading the evidence. Ofsted's Special educational needs and disability: towards inclusive schools (2004) "
     "and Inclusion: does it matter where pupils are taught? (2006); the Bercow Review (2008); research on "
     "interventions for literacy and numeracy; best practice in meeting SEN; using research and outside advice to "
     "improve your own and colleagues' practice.",
     "Choose the research your improvement project will test.",
     "Card C (the improvement project).",
     "Cricket is about closing numbers before the other side does. Close the gap between research and practice."),
    ("ROUTINE 9 \u2013 THE NINE-DARTER", "May",
     "Leading improvement. The principles of school self-evaluation and improvement and how they relate to "
     "outcomes for pupils with SEN; the SEF and the school improvement plan. Warm-up leg: review with colleagues "
     "the effectiveness of the provision in your Card B map, with the coach's feedback.",
     "Place your improvement project in your school's self-evaluation.",
     "Card C, due four weeks after Routine 9.",
     "A nine-darter is the perfect leg. Nobody expects one, but everybody practises for it."),
    ("ROUTINE 10 \u2013 CHECKOUT", "June",
     "Keeping sharp. Keeping up to date on SEN and disability; taking responsibility for your own professional "
     "development; preparing your Final Board presentation.",
     "Prepare your Final Board.",
     "Final Board in July.",
     "Practise your checkouts. The final leg is the one people remember."),
]
for title, when, how, home, score, note in ROUTINES:
    t = doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    merge_across(t, 0, 0, 1, title, fill="B3001B", size=10)
    t.cell(0, 0).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for i, (lab, val) in enumerate((("On the board", when), ("How it's thrown", how), ("Home board", home),
                                    ("Keeping score", score), ("Coach's note", note)), start=1):
        cell_text(t.cell(i, 0), lab, bold=True, size=9)
        shade_cell(t.cell(i, 0), "E8F0F8")
        cell_text(t.cell(i, 1), val, size=9, italic=(lab == "Coach's note"))
    set_col_widths(t, [35, 135])
    P()
    if title.startswith("ROUTINE 6"):
        textbox(P(), [("COACH'S TIP", True),
                      ("If your head will not give you ten minutes, ask for five at the start of the briefing, "
                       "and bring one pupil's graph.", False),
                      ("Jan Dawlish", False)], width_pt=170, height_pt=90, fill="FFF3D6", stroke="B3001B")

# ---------------------------------------------------------------- cards
T("THE CARDS AND THE FINAL BOARD")
BUL("a case study of one pupil (4,000 words, Level 6): how the Code of Practice and the disability duties shape the "
    "school's response; how the pupil's development and needs affect learning; how the pupil was identified, "
    "assessed with other professionals' reports and test data, set targets and reviewed; any access arrangements "
    "for tests; and the decisions you took.", "Card A:")
BUL("your provision map and the review (4,000 words, Level 7): the map, what it showed was missing or not working and "
    "what you changed; a critical account of the approaches and resources, including ICT, you chose for one group; "
    "the person-centred review from Home Board 2, and how the pupil and the family took part.", "Card B:")
BUL("an improvement project (5,000 words, Level 7): a change you led with colleagues, how you won the head's and "
    "senior team's support, the research and advice it tested, how you helped a colleague develop formative "
    "assessment, and how the project fits your school's self-evaluation.", "Card C:")
BUL("a twenty-minute presentation on your work with other services and agencies, then a twenty-minute professional "
    "discussion with your Routine Coach and the Second Scorer (Level 7).", "Final Board:")

T("KEEPING SCORE FAIRLY")
P("Before each Card is marked, the Routine Coaches and the Second Scorer hold a standardising meeting with three "
  "sample scripts. Each Card is first-marked by the Routine Coach; the Second Scorer double-marks a third of every "
  "batch, including every fail and every borderline script, and the two agree the mark. The University College's "
  "external examiner samples every Card and attends the Final Boards once a year. Marks are confirmed by the St "
  "Cuthwin's Board of Examiners.")
P("You are awarded the certificate only when every target marked with a Card letter or FB on your own Halve-It "
  "sheet has been signed off by your Routine Coach and the Second Scorer, from evidence in the Cards or at the "
  "Final Board. A good mark in one Card does not make up for a target missed in another.")

# ---------------------------------------------------------------- halve-it sheet
T("THE HALVE-IT SHEET")
P("Keep this sheet with your Cards. It is how your Routine Coach tracks you against the Award's outcomes through the "
  "season. Read the last two columns with THE WORDS WE USE at the front of the book.")
SHEET = [
    ("G", "THE THROWER"),
    ("1", "Build fair, respectful and constructive relationships with pupils with SEN or disabilities and their "
          "parents or carers", "Routine 5", "B"),
    ("2", "Win the commitment of colleagues, including the head and senior leaders, to better outcomes for these "
          "pupils", "Routine 6", "C"),
    ("DEL", "Prioritise, manage your time and delegate tasks appropriately, checking they are done", "Routine 4", "B"),
    ("3", "Anticipate and resolve problems and make sound decisions about provision", "Routine 3", "A"),
    ("4", "Speak and write clearly; listen to and understand other people's views", "Routines 5 and 6", "WU"),
    ("5", "Use research and outside advice to improve your own and colleagues' practice", "Routine 8", "C"),
    ("6", "Keep up to date and take responsibility for your own development on SEN and disability", "Routine 10",
     "H"),
    ("G", "THE BOARD"),
    ("7", "Know the laws and guidance on SEN, including the Code of Practice, what they mean for the school and the "
          "SENCO, and how to put them into practice", "Routine 1", "A"),
    ("8", "Know the principles and outcomes of Every Child Matters and how the SENCO helps children achieve them",
     "Routine 1", "H"),
    ("9", "Know the disability equality laws and the actions they require", "Routine 1", "A"),
    ("10", "Know how children develop and how SEN, disability and the learning environment affect development",
     "Routine 2", "A"),
    ("11", "Know the common types of SEN and disability and how they affect learning", "Routine 2", "A"),
    ("12", "Understand critically the approaches, strategies and resources for assessment, planning, teaching and "
           "learning, including ICT", "-", "B"),
    ("13", "Know the principles of school self-evaluation and improvement as they relate to pupils with SEN",
     "Routine 9", "C"),
    ("14", "Know best practice and research outcomes in meeting SEN", "Routine 8", "C"),
    ("15", "Know the scope and role of external agencies and how to get specialist support", "Routine 7", "FB"),
    ("G", "THE GAME"),
    ("16", "Identify pupils who may have SEN, set challenging targets, plan interventions and review progress",
     "Routine 3", "A"),
    ("17", "Use assessments from a range of professionals to develop teaching approaches", "Routine 3", "A"),
    ("18", "Use summative assessments, including national tests, to track progress and change programmes",
     "Routine 3", "A"),
    ("19", "Encourage other teachers to develop formative assessment, with approaches for pupils with SEN",
     "Routine 6", "C"),
    ("20", "Identify in good time special arrangements for national tests and examinations and put them in place",
     "Routine 3", "A"),
    ("21", "Use provision mapping to plan provision and find what is missing or ineffective", "Routine 4", "B"),
    ("22", "Support colleagues' professional development: observation and feedback, modelling, coaching, "
           "mentoring, training", "Routine 6", "H"),
    ("23", "Review and evaluate provision with other staff to inform the school's self-evaluation",
     "Routines 4 and 9", "WU"),
    ("24", "Involve pupils in planning, agreeing, reviewing and evaluating their provision", "Routine 5", "B"),
    ("25", "Liaise effectively with parents and carers", "Routine 5", "B"),
    ("26", "Work in partnership with other services and agencies, including voluntary organisations", "Routine 7",
     "FB"),
]
st = doc.add_table(rows=1 + len(SHEET), cols=4)
st.style = "Table Grid"
for j, h in enumerate(("No.", "Target", "Thrown at", "Scored")):
    cell_text(st.cell(0, j), h, bold=True, size=9, color="FFFFFF")
    shade_cell(st.cell(0, j), "003B6F")
del_row = None
k2_run = None
for i, row in enumerate(SHEET, start=1):
    if row[0] == "G":
        merge_across(st, i, 0, 3, row[1], fill="D9D9D9", size=9)
        continue
    num = "" if row[0] == "DEL" else row[0]
    vals = (num if row[0] != "DEL" else "3", row[1], row[2], row[3])
    for j, v in enumerate(vals):
        cell_text(st.cell(i, j), v, size=9, bold=(j == 0))
    if row[0] == "DEL":
        del_row = st.rows[i]
    if row[0] == "8":
        k2_run = st.cell(i, 3).paragraphs[0].runs[0]
delete_row(del_row, author=ED, date="2008-10-06T11:00:00Z")
doc.add_comment([k2_run], text="Shouldn't ECM be scored in Card A? We teach it on day one. - MT",
                author="Morwenna Treen", initials="MT")
set_col_widths(st, [12, 118, 25, 15])
P()
P("Deploying and managing support staff is not on the sheet: the Academy leaves that to each school's own induction "
  "for new SENCOs.")

# ---------------------------------------------------------------- coaches
T("THE COACHES")
ct = doc.add_table(rows=6, cols=3)
ct.style = "Table Grid"
for j, h in enumerate(("Role", "Name", "Background")):
    cell_text(ct.cell(0, j), h, bold=True, size=9)
    shade_cell(ct.cell(0, j), "E8F0F8")
coaches = [
    ("Jan Dawlish", "Award Leader. SENCO for nine years at Hexley Park Primary; MA in Inclusive Education (St "
                    "Cuthwin's); leads Darts for All in special schools; member of the county SENCO forum."),
    ("Rashid Khanom", "SENCO and assistant head at Vale Community College; postgraduate certificate in specific "
                      "learning difficulties with an assessment practising certificate; trained Key Stage 4 access "
                      "arrangements assessor."),
    ("Helen Pascoe", "Teacher in charge of the Hexley Language Unit; speech and language specialist teacher; "
                     "masters degree in language and communication impairment."),
    ("Morwenna Treen", "Second Scorer. Senior lecturer in special and inclusive education at St Cuthwin's; former "
                       "head of a local authority learning support service; external examiner for two other "
                       "universities."),
    ("Dr Colin Yarde", "External examiner appointed by St Cuthwin's; reader in inclusive education at another "
                       "university."),
]
for i, (n, b) in enumerate(coaches, start=1):
    cell_text(ct.cell(i, 1), n, size=9, bold=True)
    cell_text(ct.cell(i, 2), b, size=9)
merge_down(ct, 0, 1, 3, "Routine Coaches", fill="F2F2F2", size=9)
cell_text(ct.cell(4, 0), "Second Scorer", bold=True, size=9)
cell_text(ct.cell(5, 0), "External examiner", bold=True, size=9)
set_col_widths(ct, [30, 35, 105])
P()
P("Guest speakers come from the county educational psychology service, the speech and language therapy service, "
  "CAMHS, the Parent Partnership Service, Sedgecombe Mencap and the Vale Autism Society. Between Routines 2 and 4 "
  "every participant spends a day at Fernhill Special School or the Hexley Language Unit, arranged by the Academy, "
  "with a task set by Helen Pascoe.")
P("The Academy's Kit Room at the Clubhouse holds an assistive technology loan collection that participants borrow to "
  "try in their own schools: text-to-speech and word-prediction software, Clicker 5, voice recognition software, "
  "two visualisers, switch-access equipment and a set of reading pens. Participants also have the St Cuthwin's "
  "library and its electronic journals, and the Back Board.")

T("BOARD BUDDIES")
P("Routine Coaches and the Second Scorer meet before each intake starts to go through the routine cards, the Card "
  "briefs and criteria, and who does what at the Final Board. A handbook for Board Buddies is being written. This "
  "season Board Buddies receive a letter from the Academy explaining what the Award is and when the Home Boards "
  "fall.")

T("EVERYONE CAN THROW")
P("The nomination form asks, in plain words, whether you have a disability or a health condition we should know "
  "about, and explains that we ask so that we can make adjustments, not to judge the nomination. Jan Dawlish then "
  "rings everyone who says yes before Routine 1. Adjustments we have already made include:")
BUL("readings and routine materials in large print, on coloured paper or electronically, sent a week ahead;")
BUL("British Sign Language interpreters or a note-taker booked for the routines;")
BUL("extra time for Cards and a recorded presentation in place of a written Card where that suits the participant "
    "better, agreed with the St Cuthwin's disability adviser;")
BUL("rest breaks and a quiet room at the Clubhouse, and a check of access at the placement schools.")
P("Both venues have level access, a hearing loop and accessible toilets. Our leaflet for the Award shows disabled "
  "teachers among its photographs, because we want disabled teachers to apply.")

T("WHAT SCHOOLS AND FAMILIES TOLD US")
P("In spring 2008 we asked every school in Sedgecombe Vale what a new SENCO most needs. Forty-four of the 71 schools "
  "answered the questionnaire. The Parent Partnership Service ran a focus group of twelve parents for us, Young "
  "Voices told us what they want from a SENCO, and the local authority's SEN team gave us its figures on SENCO "
  "turnover and on the schools with the lowest attainment for pupils at School Action Plus. Schools put working "
  "with outside agencies and leading colleagues at the top; parents asked for SENCOs who listen and explain; young "
  "people asked to be asked.")
P("All of these views were noted and will be considered when the routines are next revised.")
P("Stakeholders also have a place in the running of the Award. The Award Steering Group (two headteachers, the local "
  "authority's principal officer for SEN, an officer of the Parent Partnership Service and a former Darts for All "
  "SENCO) meets each term, reads the routine evaluations, the Card results and the external examiner's report, and "
  "agrees changes with the Award Leader. Parents from the Parent Partnership Service co-lead Routine 5, Young Voices "
  "members run a session in it, and local authority officers speak at Routine 7.")

T("HOW WE KNOW IT'S WORKING")
PB(["Inside the Academy:",
    "\u2022  an evaluation on the Back Board after every routine;",
    "\u2022  an analysis of Card marks and feedback after each hand-in;",
    "\u2022  a focus group of participants at the end of the season.",
    "From outside:",
    "\u2022  the external examiner's report;",
    "\u2022  St Cuthwin's annual monitoring and its five-yearly review of the Award;",
    "\u2022  the Steering Group's termly reading of the evidence."])
P("The Award Leader writes an annual course report with an action plan, which the University College's Education "
  "Quality Committee approves; the actions are checked at the Steering Group's next meeting, and each intake's book "
  "lists what we changed and why.")
P("We measure what the Award does for the SENCOs themselves: every participant repeats the Warm-up Throw at the "
  "Final Board and we compare the two, and the end-of-season survey asks how confident each feels in the role. We "
  "do not ask participants to measure their pupils' progress for us: that belongs to their schools.")

T("AFTER THE LAST ROUTINE")
P("The Final Board in July ends the season, and the League presents the certificates at its summer finals night. "
  "We would like, in time, to add a session on what comes next for our SENCOs, perhaps with the University "
  "College's MA team.")

T("WHAT IT COSTS")
P("The fee is \u00a3980, covering the ten routines, the placement day, the Cards, the Final Board and registration "
  "with St Cuthwin's. Sedgecombe Vale local authority pays \u00a3400 of the fee for SENCOs in its own schools. "
  "Routines are held at the Clubhouse free of room charges, and the Back Board, the recorded talks and the Kit Room "
  "loans are included. Participants with accredited prior learning pay \u00a3200 less.")
P("Good arrows. See you at Round the Clock.", italic=True)

fn.finish()
doc.save(OUT)
print("wrote", OUT)
