"""Build ei-01-brantwell-evaluation-schedule.docx (blind test application).

PROVIDER
  Brantwell Education Associates Ltd (invented), a small private education
  consultancy in the market town of Brantwell, run by two former inspectors
  (Alison Tremayne, former HMI; Keith Darroch, former Ofsted additional
  inspector and LA senior adviser) and a former SENCO (Sunita Lyle). It sells
  school reviews and training to schools. It delivers the award under a
  collaborative provision agreement with the University of Eskmouth (invented),
  which validates and awards a Postgraduate Certificate in SEN Coordination
  (National Award), 60 credits at Level 7, modules EDM7041 and EDM7042.
  University link tutor: Dr Rachel Aumonier. Local authority: Lowfield County
  Council (invented).

KIND OF DOCUMENT
  An inspection-style EVALUATION SCHEDULE: the company's own framework for
  judging the quality of its award, written the way its former-inspector
  directors write school evaluation schedules, and sent to the panel as the
  application with a one-page covering note. Nothing like it is in the
  regression README (no evaluation schedule, grade descriptors or reviewer's
  framework there).

LAYOUT
  - Page header ("Brantwell Education Associates Ltd | Evaluation Schedule
    ...") and a footer carrying a company line about CRB checks on its own
    consultants and the company registration (never evidence).
  - Title block, a version history table, a covering note to the panel.
  - Part A "The Award at a glance": a two-column fact table.
  - Part B "Using the schedule": the grading scale (1-4) and italic grey
    guidance to reviewers.
  - Part C: six Evaluation Areas (EA1-EA6), each with bold run-in labels typed
    as Normal paragraphs (no heading styles below Part level): "What is in
    place", "Reviewers should consider" (a bullet list of prompts), a grade
    descriptor table (Good / Inadequate, shaded header, an extra merged row
    for the Outstanding note), "Evidence trail", and an empty grade line
    "Grade awarded: [ ] 1 [ ] 2 [ ] 3 [ ] 4   Reviewer's note: ______".
    A study-day table sits inside EA2.
  - Part D "Outcome schedule": a table of the national outcomes in the
    company's own short words, with a merged group row for each group
    (Attributes / Knowledge / Skills), columns "Developed in" and "Assessed
    for the award in", and a key. One outcome has no row (S2c); one is
    omitted with a note under the table (K4).
  - Three Word comments by the University link tutor (never evidence).

TRAPS (requirement ids affected)
  Prompts and descriptors are not arrangements:
  - 2.3  "Reviewers should consider whether the assessment-only route is
         used only in exceptional cases" (EA2 prompts) implies a route; EA3
         says the route was removed at the University's request and the
         company has "asked the University to look again" for 2010-11; the
         version history says "removed". -> not_met.
  - 5.3  CRB checks on participants appear only in a prompt ("whether the
         single central record shows ..."), an Inadequate descriptor and the
         footer; the only real CRB statement is about Brantwell's own
         consultants and associates (wrong context). Recruitment in EA5 never
         mentions disclosure. A link-tutor comment asks about it. -> not_met.
  - 1.5, 6.S7  Pupil voice: one session on Study Day 4 and an Outstanding
         descriptor ("pupils' views ... shape provision"); Part D marks
         pupil involvement "Formative only (PRV 1)". -> partially_met both.
  - 5.9  Competence and confidence measured (repeat Starting Point Review);
         Task 3 pupil baseline/follow-up exists but "stays in the
         participant's portfolio: we do not at present collate it"; the
         Outstanding descriptor and the evidence trail's "cohort
         pupil-outcome summary (not yet produced)" are aspiration.
         -> partially_met.
  - 4.3  Stakeholders teach, host and sit on a panel (delivery); a
         Stakeholder Reference Group to comment on the annual review is only
         intended "from 2010", and the evidence trail lists its minutes
         "(from 2010)". -> partially_met.
  - 2.5  Participants "are encouraged to think about what comes next" on Day
         8; a "one year on" visit is only hoped for. -> partially_met.
  Partial multi-part answers:
  - 2.1  Prior learning taken into account by excusing study days, but the
         University's regulations allow no credit for prior learning. A link
         tutor's comment says Registry could allow 20 credits APCL (comment,
         not evidence). -> partially_met.
  - 3.3  Brantwell Online (University Blackboard): materials, recordings,
         peer forums; "tutors do not post in it or monitor it"; "We have
         chosen not to offer online tutorials"; tutor contact only at study
         days and visits. -> partially_met.
  - 5.5  Specialist speakers (EP, SALT, autism outreach) yes; visits to
         special settings only arranged by participants themselves with a
         letter of introduction. -> partially_met.
  - 5.7  Associate tutors have induction, a handbook and standardisation;
         in-school mentors get only the Participant Handbook and a letter.
         -> partially_met.
  Blanket claim against the outcome schedule:
  - 1.9, 6.0  The covering note says "every one of the national minimum
         outcomes is assessed for the award" and EA6 says the award is on
         passing the tasks and viva; Part D shows outcomes formative only,
         optional, "Not yet", omitted or missing. -> partially_met both.
  Criterion 6 (Part D, key: T1-T3 tasks, LV Leadership Viva, PRV Practice
  Review Visit "formative, not graded", PDR Professional Development Record
  "kept by the participant; not assessed"):
  - Formative only: 6.A3 (PRV 2), 6.S5 (PRV 3), 6.S7 (PRV 1). -> partially_met.
  - Not assessed: 6.A7 (PDR). -> partially_met.
  - Optional: 6.K7 (T3 "where the participant's project takes a
    self-evaluation focus"). -> partially_met.
  - Omitted with a note ("not a separate element ... it is not assessed"):
    6.K4. -> not_met.
  - "Not yet - to be added for 2010-11" in both columns: 6.S2d. -> not_met.
  - No row and no mention anywhere: 6.S2c. -> not_met.
  - All other outcomes developed on named study days and assessed in T1, T2,
    T3 or the LV, with the task descriptions in EA6 agreeing. -> met.
  Concrete answers in the "What is in place" paragraphs that ARE met:
  E.1, E.2 (fact table), 1.1, 1.2, 1.8 (EA1, Task 3), 1.3, 1.4, 1.6, 1.7,
  2.2, 2.4 (EA2), 3.1, 3.2 (EA3), 4.1, 4.2 (EA4, survey and the changes it
  made), 5.1, 5.2, 5.4, 5.6, 5.8 (EA5).
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ei-01-brantwell-evaluation-schedule"
OUT = os.path.join(HERE, NAME + ".docx")

GREY = RGBColor(0x70, 0x70, 0x70)
TEAL = RGBColor(0x1B, 0x5E, 0x66)

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(4)
for s in doc.sections:
    s.left_margin = Cm(2.3)
    s.right_margin = Cm(2.3)
    hp = s.header.paragraphs[0]
    hr = hp.add_run("Brantwell Education Associates Ltd  |  Evaluation Schedule: "
                    "National Award for SEN Coordination  |  v1.2")
    hr.font.size = Pt(8)
    hr.font.color.rgb = GREY
    fp = s.footer.paragraphs[0]
    fr = fp.add_run("All Brantwell consultants and associates are enhanced CRB checked. "
                    "Brantwell Education Associates Ltd, 14 Market Street, Brantwell. "
                    "Registered in England and Wales No. 6123457.")
    fr.font.size = Pt(7.5)
    fr.font.color.rgb = GREY

LINK = "Dr Rachel Aumonier"


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def para(text="", bold=False, italic=False, size=None, colour=None, align=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour is not None:
            r.font.color.rgb = colour
    if align:
        p.alignment = align
    return p


def runin(label, text):
    """Bold run-in label typed in a Normal paragraph."""
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    r.font.color.rgb = TEAL
    p.add_run(text)
    return p


def label(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.color.rgb = TEAL
    p.paragraph_format.space_before = Pt(6)
    return p


def bullets(items):
    for t in items:
        doc.add_paragraph(t, style="List Bullet")


def guidance(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.color.rgb = GREY
    r.font.size = Pt(9.5)
    return p


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return r


def descriptors(good, inadequate, outstanding_note):
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "Good (grade 2): typically...", bold=True)
    cell_text(t.cell(0, 1), "Inadequate (grade 4): one or more of...", bold=True)
    shade(t.cell(0, 0), "D9EAD3")
    shade(t.cell(0, 1), "F4CCCC")
    cell_text(t.cell(1, 0), good, size=9.5)
    cell_text(t.cell(1, 1), inadequate, size=9.5)
    m = t.cell(2, 0).merge(t.cell(2, 1))
    cell_text(m, "Outstanding (grade 1): " + outstanding_note, italic=True, size=9.5)
    shade(m, "EDEDED")
    para()


def grade_line():
    p = doc.add_paragraph()
    r = p.add_run("Grade awarded:  \u2610 1   \u2610 2   \u2610 3   \u2610 4        "
                  "Reviewer's note: ______________________________")
    r.font.color.rgb = GREY
    p.paragraph_format.space_after = Pt(10)


# ------------------------------------------------------------------ title
para("BRANTWELL EDUCATION ASSOCIATES LTD", bold=True, size=11, colour=TEAL)
para("Evaluation Schedule for the National Award for SEN Coordination", bold=True, size=18)
para("Postgraduate Certificate in Special Educational Needs Coordination, "
     "awarded by the University of Eskmouth", italic=True, size=11)
para("Version 1.2, 23 January 2009. For use from the September 2009 cohort.", size=10)
para()

vt = doc.add_table(rows=4, cols=3)
vt.style = "Table Grid"
for i, h in enumerate(["Version", "Date", "Change"]):
    cell_text(vt.cell(0, i), h, bold=True, size=9)
    shade(vt.cell(0, i), "DCE6F2")
rows = [
    ("1.0", "20 Oct 2008", "First draft for the University's Partnerships Office, six "
     "evaluation areas and an area for the assessment-only route."),
    ("1.1", "8 Dec 2008", "Assessment-only route removed at the University's request (its "
     "regulations do not allow an award without enrolment on the modules). EA6 rewritten."),
    ("1.2", "23 Jan 2009", "Revised after the validation event of 14 January 2009. Part D "
     "(outcome schedule) added. Sent to the TDA with our application."),
]
for r_i, row in enumerate(rows, start=1):
    for c_i, val in enumerate(row):
        cell_text(vt.cell(r_i, c_i), val, size=9)
para()

# ------------------------------------------------------------------ covering note
para("To the TDA approval panel", bold=True, size=12)
para("We are three people who have spent most of our working lives judging the quality "
     "of what schools provide. Two of us inspected schools for Ofsted for a combined "
     "twenty-two years; the third was a secondary SENCO for twelve. When we came to "
     "design a course for new SENCOs, we started where we always start: by writing down "
     "what good looks like, what we would accept as evidence of it, and how we would know "
     "if we were falling short. This Evaluation Schedule is the result. It is the "
     "document our directors, the University's link tutor and our independent reviewer "
     "use to grade the Award each year, and it is the best single account we have of how "
     "the Award is organised.")
para("Part A gives the facts. Part B explains the grading. Part C takes the six areas we "
     "evaluate, and under each sets out, first, what is in place, and then what "
     "reviewers look for. Part D shows, outcome by outcome, where the national minimum "
     "outcomes are developed and where they are assessed. Every one of the national "
     "minimum outcomes is assessed for the award.")
para("Alison Tremayne, Keith Darroch and Sunita Lyle, Directors", italic=True)
para()

# ------------------------------------------------------------------ Part A
doc.add_heading("Part A  The Award at a glance", level=1)
facts = [
    ("Award", "Postgraduate Certificate in Special Educational Needs Coordination "
     "(National Award for SEN Coordination), awarded by the University of Eskmouth."),
    ("Validation", "Validated by the University of Eskmouth's validation panel on "
     "14 January 2009 for five years from September 2009, subject to TDA approval. "
     "Delivered by Brantwell Education Associates Ltd under the University's "
     "collaborative provision agreement of 2 December 2008."),
    ("Credits and level", "60 credits at Level 7 (Master's level): two modules of 30 "
     "credits. The credits count towards the University's MA in Education."),
    ("Modules", "EDM7041 The SENCO as Leader of Learning (Tasks 1 and 2); "
     "EDM7042 Coordinating and Evaluating Provision (Task 3 and the Leadership Viva)."),
    ("Pattern", "Eight study days (9.15 to 3.45), four twilight seminars (4.15 to 6.00), "
     "three Practice Review visits by a Brantwell tutor to the participant's school, "
     "directed workplace tasks, and Brantwell Online."),
    ("Intakes", "September and February."),
    ("Venues", "The Brantwell Centre, 14 Market Street, Brantwell (our own training "
     "rooms); Lowfield Teachers' Centre, Station Road, Lowfield, by arrangement with "
     "Lowfield County Council."),
    ("Fee", "\u00a31,480 per participant for the full award. Lowfield County Council "
     "pays \u00a3500 of this for SENCOs in its maintained schools."),
    ("Who teaches it", "The three directors, two associate tutors, and guest "
     "contributors from Lowfield County Council and local schools (see EA4 and EA5). "
     "University link tutor: " + LINK + ", Faculty of Education."),
]
ft = doc.add_table(rows=len(facts), cols=2)
ft.style = "Table Grid"
for i, (k, v) in enumerate(facts):
    cell_text(ft.cell(i, 0), k, bold=True, size=9.5)
    shade(ft.cell(i, 0), "EAF1F1")
    cell_text(ft.cell(i, 1), v, size=9.5)
para()

# ------------------------------------------------------------------ Part B
doc.add_heading("Part B  Using the schedule", level=1)
para("The schedule is used three times a year. Each term the three directors meet for a "
     "half-day review and grade each evaluation area on the evidence to date. Each July "
     "the University's link tutor joins that review, which becomes the Annual Programme "
     "Review for the University. And each summer an independent reviewer, who has no "
     "other role in the Award, spends two days sampling evidence and grades the Award "
     "against this schedule; for 2009-10 this is Graham Pettifer, a former HMI and "
     "additional inspector who has not worked for Brantwell in any other capacity.")
para("Grades follow the four-point scale that schools know: 1 outstanding, 2 good, "
     "3 satisfactory, 4 inadequate. For each area we give descriptors for good and "
     "for inadequate; outstanding and satisfactory are judged from them. A grade is a "
     "professional judgement on the weight of evidence, not a count of ticks.")
guidance("[Guidance for reviewers: read 'What is in place' first, so that you know what "
         "the Award says it does. Then test it. The prompts under 'Reviewers should "
         "consider' are questions to ask, not a list of requirements the Award has "
         "already met. Record the grade and a short note on the evidence. Do not award "
         "grade 1 in any area where a grade 4 descriptor applies.]")
para()

# ------------------------------------------------------------------ Part C
doc.add_heading("Part C  The evaluation areas", level=1)

# ---------------- EA1
para("EA1  Impact on pupils with SEN and/or disabilities", bold=True, size=13, colour=TEAL)
label("What is in place")
para("The Award has one aim above the others, and it is printed at the top of both module "
     "descriptors: to improve the progress, well-being and life chances of pupils with SEN "
     "and/or disabilities in participants' schools, across all five Every Child Matters "
     "outcomes and not in attainment alone. The other aims (knowledge, leadership, "
     "partnership) are there because they serve that one.")
para("All three assessed tasks are carried out in the participant's own school and on "
     "real pupils, real colleagues and real provision. Task 3, the Leading Change "
     "Project, asks the participant to choose a group of pupils with SEN, take baseline "
     "measures before a change in provision (attainment or progress data, attendance, and "
     "a short well-being questionnaire completed with the pupils), lead the change for at "
     "least a term, and measure again. Its third marking criterion is 'evidence of "
     "difference for pupils': a project that cannot show what changed for pupils, or "
     "explain honestly why not, cannot pass. Study days are built around the same "
     "question, and each one ends with a 'back at school' task that the participant "
     "carries out before the next day and brings back.")
para("Each participant repeats the Starting Point Review (EA2) at the end of the course, "
     "rating themselves again against the national outcomes, and the tutor adds a "
     "judgement from the three Practice Review visits. We compare the two reviews for "
     "each participant and for the cohort. The pupil measures from Task 3 stay in the "
     "participant's portfolio: we do not at present collate them across the cohort.")
label("Reviewers should consider")
bullets([
    "How far the aims, content and assessment keep pupils' achievement and well-being "
    "at the centre.",
    "Whether Task 3 projects show a credible baseline and follow-up.",
    "Whether the evidence of impact on pupils is gathered and used beyond the individual "
    "participant.",
])
label("Grade descriptors")
descriptors(
    "Most Task 3 projects show measured improvement for the pupils concerned. "
    "Participants can say what is different for pupils in their school because of the "
    "Award. The end-of-course review shows clear gains in participants' confidence and "
    "competence.",
    "Projects rarely show any change for pupils. The Award's aims and assessment have "
    "drifted towards knowledge about SEN rather than what happens for pupils.",
    "evidence of improved outcomes for pupils is collected systematically across the "
    "cohort, followed up a year later, and used to reshape the Award.")
runin("Evidence trail:", "module descriptors; Task 3 briefs and marked projects; "
      "Starting Point Reviews at entry and exit; cohort pupil-outcome summary (not yet "
      "produced).")
grade_line()

# ---------------- EA2
para("EA2  Participants' progress and the quality of training", bold=True, size=13, colour=TEAL)
label("What is in place")
runin("Starting Point Review.", "Before the course starts, every applicant completes our "
      "Starting Point Review. They rate themselves from 1 (new to me) to 4 (secure, and I "
      "could show a colleague) against each national minimum outcome, and note the evidence "
      "behind each rating. A director then spends forty minutes with them, at their school "
      "where we can, testing the ratings: the Review often shows that what a teacher "
      "thinks they know about the Code of Practice is the 1994 version. From the Review "
      "the tutor and participant agree an Individual Development Plan: four to six "
      "personal priority outcomes, the study-day options and back-at-school tasks that "
      "will address them, and the focus for each Practice Review visit. The Plan is "
      "reviewed at every visit and rewritten if it needs to be.")
p = runin("Prior learning.", "")
r1 = p.add_run("Where the Review shows that a participant is already secure in an area "
               "(for example a teacher who holds a specialist dyslexia qualification, or "
               "has worked in a language unit), they may be excused the matching study "
               "day and spend the time on a directed task agreed with their tutor. ")
r2 = p.add_run("The University's regulations for this award do not allow credit to be "
               "transferred in or awarded for prior experiential learning, so every "
               "participant completes every assessed task.")
doc.add_comment([r1, r2], text="Sunita - Registry told me last week that they could allow "
                "up to 20 credits APCL from another Level 7 SEN module. Shall I ask them "
                "to add it to the regulations?", author=LINK, initials="RA")
runin("Content.", "The eight study days are below. Each includes a forty-minute research "
      "and inspection briefing in which a director takes one recent report and asks what "
      "it means for a SENCO on Monday morning: in 2009-10 these are Ofsted's Special "
      "educational needs and disability: towards inclusive schools (2004) and Inclusion: "
      "does it matter where pupils are taught? (2006), the Bercow Review of services for "
      "children with speech, language and communication needs (2008), the first report of "
      "the Deployment and Impact of Support Staff project (2008), the Inclusion "
      "Development Programme materials on dyslexia and speech, language and "
      "communication needs (2008) and the evidence submitted to the Lamb Inquiry. The "
      "reading list is revised each summer.")

sd = [
    ("1", "The SENCO, raising achievement and Every Child Matters", "The role in the Code "
     "(paras 5:30-5:33, 6:32-6:35); what the five outcomes mean for pupils with SEN; "
     "Removing Barriers to Achievement (2004); introduction to the tasks and to writing at "
     "Level 7."),
    ("2", "The law and disability equality", "Education Act 1996 Part IV; SENDA 2001; the "
     "SEN Code of Practice (2001); the Disability Discrimination Act 1995 and 2005, the "
     "disability equality duty and accessibility planning. Led with Lowfield's SEN "
     "Casework Manager."),
    ("3", "Areas of need I", "Speech, language and communication needs; autistic spectrum "
     "disorders; dyslexia and specific learning difficulties. Primary and secondary "
     "strands in the afternoon. Speech and language therapist."),
    ("4", "Areas of need II; listening to pupils", "Behavioural, emotional and social "
     "difficulties; moderate learning difficulties; a session on gathering pupils' "
     "views. Educational psychologist."),
    ("5", "Working with others", "Parents and carers: a panel of parents from the Lowfield "
     "Parent Carer Forum and the Parent Partnership officer; planning and chairing a "
     "review meeting. Other services: EP, CAMHS, social care, health, voluntary "
     "organisations; the Common Assessment Framework and the lead professional; reading "
     "other professionals' reports."),
    ("6", "Data, tracking and self-evaluation", "P scales, RAISEonline and progress "
     "measures; tracking pupils with SEN; the SEF and SEN; reviewing provision with "
     "class teachers and teaching assistants; identifying needs through observation and "
     "assessment; approaches and ICT to remove barriers (Clicker 5, text-to-speech, "
     "visual supports)."),
    ("7", "Leading colleagues and provision", "Provision mapping with Lowfield's template; "
     "deploying and managing teaching assistants; coaching and feedback; managing the "
     "SENCO's week; gaining the support of senior leaders; the SENCO and the governing "
     "body."),
    ("8", "Presentations and next steps", "Leading Change Project presentations; the exit "
     "Starting Point Review; next steps."),
]
t = doc.add_table(rows=len(sd) + 1, cols=3)
t.style = "Table Grid"
for i, h in enumerate(["Day", "Title", "Content and contributors"]):
    cell_text(t.cell(0, i), h, bold=True, size=9.5)
    shade(t.cell(0, i), "DCE6F2")
for i, (a, b, c) in enumerate(sd, start=1):
    cell_text(t.cell(i, 0), a, size=9.5)
    cell_text(t.cell(i, 1), b, bold=True, size=9.5)
    cell_text(t.cell(i, 2), c, size=9.5)
para()
para("The twilight seminars (October, December, March, May) are led by a director and "
     "are recorded for Brantwell Online: each takes one task and works through the "
     "marking criteria with examples.")
runin("Colleagues and parents.", "Two of the three tasks require the participant to work "
      "with and through others. In Task 2 the participant plans and holds a review meeting "
      "with the pupil's parents or carers, agrees the next steps with them and records "
      "what the parents said; the write-up is marked on how well the participant "
      "listened, advised and reached agreement. In Task 3 the participant leads "
      "colleagues through a change in provision, advising class teachers and teaching "
      "assistants on what to do differently, and works with at least one colleague from "
      "outside the school, such as an advisory teacher or therapist. Day 5 and Day 7 "
      "prepare for these.")
runin("Fitting the course to the person.", "The Individual Development Plan decides how "
      "each participant uses the options on Days 3 and 4, the back-at-school tasks and "
      "the three visits. Tutor groups of eight are formed by phase. Because the visits "
      "take place in the participant's school, the tutor sees the school the participant "
      "is working in, not a case study of someone else's. We keep the fee down by running "
      "in our own rooms and Lowfield's, by keeping overheads small (three directors, no "
      "marketing department) and by Lowfield's contribution; the fee is lower than the "
      "University's own postgraduate rate.")
runin("What comes next.", "On Study Day 8, after the exit Review, participants are "
      "encouraged to think about what comes next for them and to talk to their "
      "headteacher about it. We would like, in time, to offer every participant a "
      "'one year on' visit.")
label("Reviewers should consider")
bullets([
    "Whether the Starting Point Review leads to plans that are genuinely individual.",
    "Whether participants' prior learning and experience are recognised.",
    "Whether the assessment-only route is used only in exceptional cases, and with "
    "rigour.",
    "How well study days combine research, inspection evidence and practice.",
    "Whether participants leave with clear professional targets.",
])
label("Grade descriptors")
descriptors(
    "Plans are individual and are used. Participants can explain what they have "
    "learned, and tutors' records show progress against personal priorities. Content "
    "is current, accurate and practical. Participants work effectively with colleagues "
    "and with parents.",
    "All participants follow the same course whatever the Review showed. Content is out "
    "of date or inaccurate. Participants are taught about working with others but never "
    "have to do it.",
    "participants consistently exceed their personal targets, pupils' views routinely "
    "shape the provision participants lead, and every participant leaves with a "
    "professional development plan agreed with their headteacher.")
runin("Evidence trail:", "Starting Point Reviews and Individual Development Plans; study "
      "day plans and materials; session evaluations; Practice Review visit notes; Task 2 "
      "and 3 scripts.")
grade_line()

# ---------------- EA3
para("EA3  Access, inclusion and flexibility", bold=True, size=13, colour=TEAL)
label("What is in place")
runin("Equality.", "Brantwell Education Associates is not a public authority, but we "
      "follow the Disability Discrimination Act 1995 as amended in 2005, the Race "
      "Relations (Amendment) Act 2000 and the Equality Act 2006 as if we were, and the "
      "University's own equality scheme applies to every participant. The application "
      "form explains why we ask about disability, how the information is used and who "
      "sees it, and invites applicants to tell us about any impairment or condition. "
      "Sunita Lyle contacts every applicant who discloses within a week of the form "
      "arriving to agree adjustments, which are written into the Individual Development "
      "Plan. Both venues have step-free access, accessible toilets and parking; the "
      "Brantwell Centre has a hearing loop. Materials are sent a week ahead "
      "electronically and can be had in large print or another format. Adjustments to "
      "assessment (extra time, alternative formats for the viva, a reader or scribe) are "
      "agreed through the University's Disability Service on the same terms as for its own "
      "students. Our leaflet and website say that disabled teachers are welcome and how "
      "to ask for an adjustment, and Day 2 is taught by a disabled tutor.")
runin("Flexibility.", "There are two intakes, in September and February. Participants "
      "may take the two modules in either order and may complete the award in one year or "
      "over two. Every study day runs twice in the same fortnight, once at the Brantwell "
      "Centre and once at Lowfield Teachers' Centre, and participants may change venue "
      "from one day to the next. The twilight seminars are recorded.")
runin("Brantwell Online.", "The Award's online area sits on the University's Blackboard "
      "site. It holds every handout, presentation and reading, the recordings of the "
      "twilight seminars, the task briefs and marking criteria, and a discussion forum "
      "for each tutor group. The forum belongs to the participants: tutors do not post in "
      "it or monitor it. We have chosen not to offer online tutorials. Questions for "
      "tutors are taken at study days and at the Practice Review visits.")
runin("Assessment-only candidates.", "The version of this schedule approved in October "
      "2008 had an evaluation area for the assessment-only route. The University's "
      "regulations do not permit the award to be made without enrolment on the modules, "
      "so that area has been removed. We have asked the University to look again at this "
      "for 2010-11.")
label("Reviewers should consider")
bullets([
    "Whether disabled applicants are encouraged to disclose, and whether adjustments "
    "are made in time.",
    "Whether the pattern of the course lets participants from all kinds of school take "
    "part.",
    "How well participants are supported between face-to-face sessions.",
])
label("Grade descriptors")
descriptors(
    "Adjustments are agreed before the course begins and reviewed. Participants who "
    "miss a day can make it up at the other venue. Participants use the online area "
    "routinely.",
    "Disabled participants find out about adjustments only when they ask. Participants "
    "who cannot attend a particular day fall behind with no way to catch up.",
    "participants describe the Award as fitting around their school, not the other way "
    "round, and no participant withdraws for reasons of access.")
runin("Evidence trail:", "application forms and disclosure records; Individual "
      "Development Plans; venue access audits; attendance and venue-change records; "
      "Blackboard usage reports.")
grade_line()

# ---------------- EA4
para("EA4  Partnership with schools and others", bold=True, size=13, colour=TEAL)
label("What is in place")
runin("What schools and others told us.", "In June and July 2008 we surveyed the SENCOs "
      "and headteachers of our 64 client schools (41 replied: 29 primary, 9 secondary, "
      "3 special) and met Lowfield County Council's SEN and Inclusion Service twice. "
      "Headteachers said that they could not release a SENCO for more than eight days in "
      "a year and wanted a venue within half an hour of school. Primary SENCOs asked above "
      "all for help with provision mapping and with managing teaching assistants; "
      "secondary SENCOs for help with data and with examination access arrangements. The "
      "Council wanted the Award to use its provision-map template and its guidance on the "
      "graduated response, so that SENCOs did not meet one model on the course and "
      "another in their schools. Three members of the Lowfield Parent Carer Forum, whom "
      "we met in September 2008, told us that the SENCOs they found hardest to deal with "
      "were the ones who ran review meetings as if parents were visitors.")
runin("What changed because of it.", "We cut the first design from twelve study days to "
      "eight, with recorded twilights, because of what headteachers told us. The second "
      "venue at Lowfield Teachers' Centre was added for the same reason. Day 7 now uses "
      "Lowfield's provision-map template, and Lowfield's SEN Casework Manager co-teaches "
      "Day 2. Day 5 now opens with the Parent Carer Forum's panel, and the parents' "
      "review meeting became a required part of Task 2 at the Forum's suggestion.")
runin("Who takes part.", "Lowfield officers co-teach Days 2 and 7; an educational "
      "psychologist, a speech and language therapist and the autism outreach teacher from "
      "Lowfield's services contribute to Days 3 to 5; parents from the Forum form the Day "
      "5 panel; Fordham High School and Oakhurst Special School host the primary and "
      "secondary afternoons of Days 3 and 4. Headteachers sign the nomination form and "
      "receive a copy of each Practice Review visit note. We intend to set up a "
      "Stakeholder Reference Group from 2010, with two headteachers, a Council officer "
      "and a parent, to comment on the Annual Programme Review.")
runin("Specialist expertise and visits.", "The specialists above bring what our "
      "directors do not. Participants who wish to spend time in a special school or a "
      "resource base arrange the visit themselves; we provide a letter of introduction "
      "on request.")
label("Reviewers should consider")
bullets([
    "Whether the Award reflects what schools, the local authority and families need.",
    "How stakeholders have shaped the Award and how they help to evaluate it.",
    "Whether participants have access to specialist settings and expertise.",
])
label("Grade descriptors")
descriptors(
    "The survey and meetings are reflected in visible features of the Award. Partners "
    "contribute to teaching and say that they are listened to.",
    "Stakeholders were consulted once and never again. No partner can point to anything "
    "that changed because of what they said.",
    "stakeholders sit alongside the directors when the Award is evaluated, and every "
    "participant spends time in a specialist setting.")
runin("Evidence trail:", "survey returns and analysis (July 2008); notes of meetings with "
      "Lowfield and the Parent Carer Forum; Stakeholder Reference Group minutes (from "
      "2010).")
grade_line()

# ---------------- EA5
para("EA5  Leadership and management of the Award", bold=True, size=13, colour=TEAL)
label("What is in place")
runin("Entry and selection.", "Applicants must hold qualified teacher status and be in "
      "post as SENCO, or be designated by their headteacher to take up the post by the "
      "start of the course. The headteacher's nomination form confirms release for the "
      "study days and visits and names an in-school mentor from the leadership team. The "
      "Starting Point Review conversation is also the selection interview: the director "
      "judges whether the applicant is likely to meet all the national outcomes by the "
      "end of the course. Where the answer is not yet (most often a teacher in the first "
      "year of teaching, or one with no experience of pupils with SEN), we write to the "
      "applicant setting out what to do first, usually a year in post with Lowfield's "
      "SENCO network, and Alison Tremayne telephones the headteacher to discuss it.")
runin("Our own staff.", "All Brantwell directors and associates hold enhanced CRB "
      "disclosures, renewed every three years and recorded on our single central record, "
      "because our review work takes us into schools every week.")
runin("Who teaches and assesses.", "Alison Tremayne (HMI 2000-07, SEN and inclusion "
      "specialist; formerly headteacher of a primary school with a resourced provision "
      "for hearing impairment; MA Special and Inclusive Education) leads the Award. Keith "
      "Darroch (Ofsted additional inspector 1998-2008, 160 inspections; formerly senior "
      "adviser for secondary in a shire county; still a School Improvement Partner for "
      "four secondary schools) leads Module EDM7042. Sunita Lyle (SENCO at Fordham High "
      "School 1995-2007; AMBDA; MA SEN; Lowfield SENCO network chair 2004-07) leads "
      "Module EDM7041 and the Starting Point Reviews. The associate tutors are Dr Mark "
      "Ennis, educational psychologist, and Jo Pritchard, formerly advisory teacher for "
      "autism. Each director spends at least five days a year on their own professional "
      "development in SEN, and all three still review provision in schools every week. "
      + LINK + " (University of Eskmouth; former SENCO; doctorate on teaching assistants' "
      "work with pupils with SEN) is link tutor and second marker.")
runin("Resources.", "The Brantwell Centre holds our lending library of some 600 SEN "
      "titles, standardised assessment kits, and a loan box of assistive technology "
      "(Clicker 5, Penfriend, Dragon NaturallySpeaking, talking tins, Numicon) which "
      "participants can borrow for a fortnight. Participants are registered students of "
      "the University and have full library, e-journal and Athens access. All Inclusion "
      "Development Programme and National Strategies SEN materials are on Brantwell "
      "Online.")
runin("Roles.", "Associate tutors work to a written contract and a Tutor Handbook, "
      "attend a two-day induction before they teach, co-teach with a director for their "
      "first study day, and take part in every standardisation meeting. In-school mentors "
      "receive the Participant Handbook and a letter from us explaining the role.")
runin("Marking and moderation.", "Every task is marked against the University's Level 7 "
      "criteria and the Award's own task criteria. Before each marking round the markers "
      "meet to standardise on three scripts. A director first-marks each script; a "
      "second director blind second-marks a 25 per cent sample and every fail and "
      "distinction. The link tutor moderates a further sample of 20 per cent, and the "
      "University's external examiner for the award (Dr Helen Carrick, a principal "
      "lecturer in inclusive education at another university) sees a sample from every "
      "task, observes one viva day and attends the Board of Examiners.")
runin("Evaluation and improvement.", "Evidence comes from inside and outside. Inside: "
      "an evaluation form after every study day and twilight; an end-of-module "
      "questionnaire; a participant focus group each February run by the link tutor "
      "without the directors present; directors observing each other's teaching each "
      "term, using the observation form from our school reviews; the entry and exit "
      "Starting Point Reviews; marking and moderation records. Outside: the external "
      "examiner's report; the University's annual monitoring; and the independent "
      "reviewer's grading against this schedule. Each July the Annual Programme Review "
      "brings all of this together and grades every area. Its output is a Quality "
      "Improvement Plan with named actions and dates, which goes to the University's "
      "Programme Committee, is published to the next cohort on the first study day, and "
      "is reviewed at the next termly directors' review. The review covers recruitment "
      "and selection, the Starting Point Reviews, the content including the workplace "
      "tasks, the assessment, and the evaluation itself.")
label("Reviewers should consider")
bullets([
    "Whether selection admits only those likely to meet the outcomes, and what happens "
    "to those who are not yet ready.",
    "Whether the single central record shows current enhanced CRB disclosures for all "
    "participants.",
    "Whether tutors, assessors and mentors understand their roles.",
    "Whether assessment is consistent and moderated, and whether the evaluation leads to "
    "change.",
])
label("Grade descriptors")
descriptors(
    "Selection decisions are recorded and defensible. Staff are expert and current. "
    "Marking is consistent and moderation confirms it. The Quality Improvement Plan "
    "leads to visible change.",
    "Participants are accepted without checks of their suitability to work with "
    "children. Marking is inconsistent or unmoderated. Evaluation is collected but "
    "nothing changes.",
    "the Award's own evaluation is sharper than any external review of it.")
p = runin("Evidence trail:", "selection records; CVs and CPD records; standardisation "
          "and moderation records; external examiner's reports; Quality Improvement "
          "Plans.")
doc.add_comment(p.runs, text="Keith - the CRB prompt above: do we actually check this "
                "for participants? I can't see it anywhere in 'What is in place'.",
                author=LINK, initials="RA")
grade_line()

# ---------------- EA6
para("EA6  Outcomes and the award", bold=True, size=13, colour=TEAL)
label("What is in place")
runin("The tasks.", "Module EDM7041 is assessed by Task 1 and Task 2, Module EDM7042 by "
      "Task 3 and the Leadership Viva.")
bullets([
    "Task 1, Policy into Practice (4,000 words): a critical review of the participant's "
    "school's SEN policy and practice against the law, the Code of Practice and the "
    "disability equality duty, including the school's accessibility plan and how the "
    "school contributes to the five Every Child Matters outcomes for pupils with SEN, "
    "drawing on research and inspection evidence, and ending in recommendations that "
    "the participant presents to the headteacher and the SEN governor. Criteria: "
    "knowledge of the law, guidance and ECM and what they mean for the school; critical "
    "use of research and best practice; strategic recommendations; clear writing.",
    "Task 2, Learner Study (4,000 words): for one pupil, identification of needs from "
    "the school's own assessments and other professionals' reports; an account of the "
    "pupil's needs set within a critical overview of the main areas of need; "
    "challenging targets; an intervention planned and reviewed over eight to twelve "
    "weeks; a critical evaluation of the approaches and resources used, including ICT; "
    "the review meeting with the parents or carers. Criteria include the working "
    "relationship built with the pupil and the family.",
    "Task 3, Leading Change Project (3,000 words and an evidence file): a change in "
    "provision for a group of pupils, planned from a provision map that shows gaps and "
    "provision that is not working, using the school's summative data to track "
    "progress, redeploying teaching assistants or other staff, reviewed with "
    "colleagues, with baseline and follow-up pupil measures. The headteacher's written "
    "statement of support is part of the evidence file.",
    "Leadership Viva (30 minutes, with a director and the link tutor): three scenarios "
    "given in advance (for example a parent's complaint, a pupil at risk of exclusion, a "
    "cut in support-service time), in which the participant explains what they would do, "
    "whom they would involve from other services and voluntary organisations, and why.",
])
runin("The award.", "The University awards the Postgraduate Certificate when its Board "
      "of Examiners confirms that a participant has passed Tasks 1, 2 and 3 and the "
      "Leadership Viva, each at 50 per cent or above. There is no compensation between "
      "tasks. Part D shows where each national outcome is developed and assessed.")
label("Reviewers should consider")
bullets([
    "Whether every national outcome is assessed, and assessed rigorously.",
    "Whether the award is made only to participants who meet all the outcomes.",
])
label("Grade descriptors")
descriptors(
    "Every outcome is assessed somewhere, and the evidence for it is secure. Marked work "
    "shows participants working at Master's level.",
    "Some outcomes are taught but never assessed. Participants pass on the strength of "
    "writing about their school rather than changing it.",
    "the evidence for each outcome is so secure that a headteacher could rely on it.")
runin("Evidence trail:", "task briefs and criteria; marked work; viva records; Board of "
      "Examiners minutes.")
grade_line()

# ------------------------------------------------------------------ Part D
doc.add_heading("Part D  Outcome schedule", level=1)
para("The national minimum outcomes in our own short words, with where each is developed "
     "and where it is assessed for the award.")
p = para("Key: T1, T2, T3 = Tasks 1 to 3; LV = Leadership Viva; D1-D8 = study days; "
         "PRV = Practice Review visit (formative, not graded); PDR = Professional "
         "Development Record (kept by the participant; not assessed).", italic=True, size=9.5)

groups = [
    ("Professional attributes", [
        ("Fair, respectful relationships with pupils and their families", "D4, D5", "T2"),
        ("Winning the commitment of colleagues and senior leaders", "D7", "T3 (headteacher's statement; staff engagement)"),
        ("Priorities, time and delegation", "D7 (the SENCO's week)", "PRV 2"),
        ("Foreseeing problems; sound decisions on provision", "D6, D7", "LV"),
        ("Clear speech and writing; listening to others", "All days", "T1, T2, T3 (writing); LV (speech, listening)"),
        ("Using research and outside advice to improve practice", "Research briefings, all days", "T1"),
        ("Keeping up to date; own CPD", "D8", "PDR"),
    ]),
    ("Professional knowledge and understanding", [
        ("SEN law and the Code of Practice, and putting them into practice", "D2", "T1"),
        ("Every Child Matters and the SENCO's part in it", "D1", "T1"),
        ("Disability equality law and what it requires", "D2", "T1 (accessibility plan)"),
        ("The main areas of need and their effect on learning", "D3, D4", "T2"),
        ("Approaches, strategies and resources, including ICT", "D3, D4, D6", "T2"),
        ("School self-evaluation and SEN", "D6", "T3, where the participant's project takes a self-evaluation focus"),
        ("Best practice and research", "Research briefings", "T1"),
        ("External agencies and getting specialist support", "D5", "LV"),
    ]),
    ("Professional skills", [
        ("Shaping an inclusive ethos, policy and priorities with senior staff and governors", "D7", "T1 (recommendations to headteacher and SEN governor)"),
        ("Identifying needs, setting targets, planning and reviewing interventions", "D3, D4, D6", "T2"),
        ("Using other professionals' assessments", "D5", "T2"),
        ("Using summative data to track progress and change programmes", "D6", "T3"),
        ("Special arrangements for tests and examinations", "Not yet", "Not yet - to be added for 2010-11"),
        ("Provision mapping; finding ineffective or missing provision", "D7", "T3"),
        ("Deploying and managing staff", "D7", "T3"),
        ("Developing colleagues: observation, feedback, coaching, training", "D7", "PRV 3"),
        ("Reviewing provision with staff to feed school self-evaluation", "D6", "T3"),
        ("Involving pupils in planning and reviewing their provision", "D4", "Formative only (PRV 1)"),
        ("Working with parents and carers", "D5", "T2 (review meeting)"),
        ("Partnership with other services and voluntary organisations", "D5", "LV"),
    ]),
]
n_rows = 1 + sum(1 + len(items) for _, items in groups)
ot = doc.add_table(rows=n_rows, cols=3)
ot.style = "Table Grid"
for i, h in enumerate(["Outcome (our words)", "Developed in", "Assessed for the award in"]):
    cell_text(ot.cell(0, i), h, bold=True, size=9.5)
    shade(ot.cell(0, i), "1B5E66")
    ot.cell(0, i).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
ri = 1
for gname, items in groups:
    m = ot.cell(ri, 0).merge(ot.cell(ri, 2))
    cell_text(m, gname, bold=True, size=9.5)
    shade(m, "EAF1F1")
    ri += 1
    for a, b, c in items:
        cell_text(ot.cell(ri, 0), a, size=9)
        cell_text(ot.cell(ri, 1), b, size=9)
        cell_text(ot.cell(ri, 2), c, size=9)
        ri += 1
para()
p = para("Note: child development is not a separate element of the Award. Participants "
         "bring this from their initial training and their experience as teachers, and "
         "it is not assessed.", italic=True, size=9.5)
doc.add_comment(p.runs, text="Panel may query this one.", author=LINK, initials="RA")

para()
para("Brantwell Education Associates Ltd, 23 January 2009", italic=True, size=9.5, colour=GREY)

doc.save(OUT)
print("wrote", OUT)
