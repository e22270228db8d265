"""Build eg-01-lydmoor-credit-rating-application.docx (blind test application).

KIND OF DOCUMENT
  A university's application form for the CREDIT RATING of an external
  course (Hartsbridge University, Centre for Professional Learning, "Form
  CR1"), completed by a county council's early years inclusion team, sent to
  the TDA as the application together with Part 2 of the same form: the
  University's Credit Rating Panel report (decision, conditions,
  recommendations, commendations, and a table of condition status).
  Nothing like it is in the regression README (no credit-rating form, no
  university panel report bound to the applicant's own form).

PROVIDER (invented)
  Lydmoor County Council (a large rural shire county), Children and Young
  People's Services, Early Years and Childcare Service: the Early Years
  Inclusion Team of eleven Area SENCOs who support nursery schools, children's
  centres, private/voluntary/independent (PVI) settings and infant and first
  schools. Lead Area SENCO and course leader Jill Harrop; Area SENCO tutors
  Rachel Dunnett, Hamid Qureshi, Sue Pellow; University link tutor Dr Owen
  Petrie (Hartsbridge University, invented). Head of service Alison
  Trevethan. Course: "Lydmoor Certificate in SEN Coordination in the Early
  Years and Key Stage 1 (National Award for SEN Coordination)", credit-rated
  at 60 credits, Level 7. Ten study days at Fallowfield House, Lydbridge.

LAYOUT
  - Covering letter typed as plain paragraphs (letterhead lines, no styles).
  - Part 1: Sections A-M of the University's form. Every section opens with
    the form's own grey italic "Guidance:" text, left in (the covering letter
    says so). Answers are plain paragraphs, label/value tables (A, B), typed
    tick boxes (the glyphs for ticked and unticked boxes), a "You told us /
    So the course now" table, a study-day table, a notional-hours table with
    merged header cells, an assessment table, a staff table.
  - Part 2: the Credit Rating Panel report: decision, level, conditions C1-C3,
    recommendations R1-R4, commendations, and a "Condition status" table with
    "Met" and "Open" cells.
  - Appendix 1: outcome map in the team's own summaries (no national codes),
    with merged group rows (Professional attributes / Knowledge and
    understanding / Skills) and columns Course LO / Taught / Assessed for the
    credit.
  - Page header (the University's form reference) and footer (the team's
    strapline). Neither is part of the submission.

TRAPS (requirement ids affected)
  Panel conditions override the applicant's Part 1:
  - 2.3  H5 describes a full assessment-only route (portfolio, professional
         discussion, fee), but Panel Condition C1 does not approve it and the
         status table shows "Met" (H5 withdrawn). The covering letter says the
         conditions stand. -> not_met.
  - 5.8  G5 answers the moderation prompt only "will be agreed with the
         University (see Panel conditions)"; C2 requires a procedure before
         January 2010 and the status table shows it "Open". Tasks are marked
         against published Level 7 criteria by the tutor, with one
         resubmission. -> partially_met.
  - 1.3  C3 says the reading list mostly predates 2001 and must be revised
         ("Open"), which looks like a gap; but the study days themselves are
         built on recent research and inspection evidence and developments
         (EPPE 2004, Ofsted 2004 and 2006, Bercow 2008, IDP, Every Child a
         Talker, Leuven scales, Mosaic approach). -> met (notes_on_met).
  Recommendations, not arrangements:
  - 3.2  Section B: one September intake, all participants "follow the same
         sequence", fixed dates, "There is no alternative mode" (the online
         tasks are part of the one route); R1 only encourages a January
         intake; the page
         FOOTER claims "January and September starts" (not evidence).
         -> not_met.
  - 4.3  L3 is a placeholder "[JH to complete ...]"; R2 only recommends
         involving parents, heads and managers in review. Stakeholders do take
         part in delivery (parents co-lead Day 5, PCT therapists Day 4, CDC
         team Day 6). -> partially_met.
  - 2.5  Only progression of the credits to an MA and the CPL's advisers
         (F5); R3 only suggests a next-steps session. -> partially_met.
  Other part-answers:
  - 2.1  H3: University Regulation 9 allows no credit transfer into a
         credit-rated course; prior study only shapes the learning plan
         (holders of the Setting SENCO certificate swap a directed task).
         Takes account of, does not accredit. -> partially_met.
  - 5.5  Specialist expertise is concrete (guest SLTs, EP, CDC, Sensory
         Support), but the contrasting-setting visit is "where a place can be
         offered" and the nurseries took eight visitors last year for sixteen
         places. -> partially_met.
  - 5.7  Only "the University's standard induction for associate tutors" and
         guests "sent the day's outline"; nothing on tutors' role as Level 7
         markers or on heads/managers. -> partially_met.
  - 1.9, 6.0  G3's blanket claim "Between them the three tasks assess all of
         the national minimum outcomes" is contradicted by Appendix 1 and by
         R4; the credit is awarded on passing the three tasks. -> partially_met.
  Wrong context:
  - 6.K7 The only "self-evaluation" is the team's own Service Self-Evaluation
         (L2); the Appendix 1 row points to it, with "-" for assessment.
         -> not_met.
  - 5.3  met: the nomination form gives the disclosure date and number, the
         administrator checks the County workforce record, and a new
         disclosure is required after three months out of post. (Tutors'
         own disclosures are also mentioned, in J, which is not the point.)
  Criterion 6 through Appendix 1 plus the task descriptions (G2):
  - Formative only ("Learning Journal (formative, not graded)"): 6.A3,
    6.A7, 6.S9 -> partially_met.
  - Taught, not assessed ("-"): 6.S2b (EYFS Profile and KS1 tracking on
    Day 7) -> partially_met.
  - Optional section of Task 3 only: 6.S4 -> partially_met.
  - "Not applicable: children in the Foundation Stage do not sit national
    tests" (infant schools' Key Stage 1 arrangements ignored): 6.S2d
    -> not_met.
  - No row and no mention: 6.A4 -> not_met.
  - All other outcomes: taught on a named day and assessed in a named task,
    with the task description in G2 confirming it -> met.
  Met in unusual places: E.1/E.2 only in the Panel's decision (Part 2);
  4.1/4.2 in Section C's survey and "You told us" table; 5.9 in L2 (Leuven
  scales and Development Matters baselines aggregated each July); 3.3 in F2
  (moderated forums, three-day replies, monthly live case clinic).
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "eg-01-lydmoor-credit-rating-application"
OUT = os.path.join(HERE, NAME + ".docx")

GREY = RGBColor(0x80, 0x80, 0x80)

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(4)
for s in doc.sections:
    s.left_margin = Cm(2.0)
    s.right_margin = Cm(2.0)
    s.header.paragraphs[0].text = (
        "Hartsbridge University | Centre for Professional Learning | Form CR1 "
        "(v3, September 2008) | Application for Credit Rating of an External Course")
    s.footer.paragraphs[0].text = (
        "Lydmoor County Council Early Years Inclusion Team | Now taking bookings "
        "for January and September starts | Every child, every setting")


def para(text="", bold=False, italic=False, size=None, colour=None, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour is not None:
            r.font.color.rgb = colour
    if align is not None:
        p.alignment = align
    return p


def guidance(text):
    """The form's grey guidance, left in by the applicant."""
    return para("Guidance: " + text, italic=True, colour=GREY, size=9)


def section(title):
    p = para(title, bold=True, size=12)
    p.paragraph_format.space_before = Pt(10)
    return p


def sub(title):
    p = para(title, bold=True)
    p.paragraph_format.space_before = Pt(6)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)


def table(rows, widths=None, header=True, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            set_cell(t.cell(i, j), val, bold=(header and i == 0))
            if header and i == 0:
                shade(t.cell(i, j), "D9D9D9")
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def fields(pairs, widths=(5.0, 12.0)):
    t = doc.add_table(rows=len(pairs), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(pairs):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "F2F2F2")
        set_cell(t.cell(i, 1), v)
        t.cell(i, 0).width = Cm(widths[0])
        t.cell(i, 1).width = Cm(widths[1])
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ covering letter
para("LYDMOOR COUNTY COUNCIL", bold=True, size=13)
para("Children and Young People's Services | Early Years and Childcare Service")
para("Early Years Inclusion Team, Fallowfield House, Station Road, Lydbridge LY4 2QT")
para("Tel 01963 440 218 | eyinclusion@lydmoor.gov.uk")
para()
para("SENCO Training Approvals Team\nTraining and Development Agency for Schools")
para("3 April 2009")
para()
para("Application for approval: Lydmoor Certificate in SEN Coordination in the Early "
     "Years and Key Stage 1 (National Award for SEN Coordination)", bold=True)
for t in [
    "Dear colleagues,",
    "Lydmoor County Council's Early Years Inclusion Team, with Hartsbridge University, "
    "applies for approval to offer the National Award for SEN Coordination from "
    "September 2009 to teachers who lead provision for children with special "
    "educational needs and disabilities in our nursery schools, children's centres, "
    "early years settings and infant and first schools.",
    "Rather than write the course out again, we enclose as our application the "
    "University's credit rating form for the course (Form CR1), as it went to the "
    "University's Credit Rating Panel on 12 March 2009, followed by the Panel's report. "
    "Part 1 is ours. The grey text in Part 1 is the University's guidance to applicants; "
    "the form asks for it to be deleted, but we have left it in so that the Panel's "
    "references to the sections make sense. Part 2 is the University's. Where a "
    "condition set by the Panel changes what we proposed in Part 1, the condition "
    "stands and the course will run as conditioned. Appendix 1 shows where each of the "
    "national minimum outcomes is taught and where it is assessed.",
    "Yours faithfully,",
    "Jill Harrop, Lead Area SENCO and Course Leader",
    "Dr Owen Petrie, Senior Lecturer in Early Childhood Studies, Hartsbridge University "
    "(University link tutor)",
]:
    para(t)
doc.add_page_break()

# ------------------------------------------------------------------ PART 1
para("HARTSBRIDGE UNIVERSITY  -  CENTRE FOR PROFESSIONAL LEARNING", bold=True, size=12)
para("FORM CR1: APPLICATION FOR CREDIT RATING OF AN EXTERNAL COURSE", bold=True, size=12)
para("PART 1  -  TO BE COMPLETED BY THE APPLICANT ORGANISATION", bold=True)
guidance("Complete every section. Answers should be concise: the Panel reads this form "
         "as the definitive description of the course, and any course that differs from "
         "it in delivery is not covered by the credit rating. Delete this grey guidance "
         "before submission. Where a section does not apply, write 'Not applicable' and "
         "say why.")

section("Section A  Applicant and course team")
guidance("Tick one box in A2 and one in A5.")
fields([
    ("A1 Applicant organisation", "Lydmoor County Council, Children and Young People's "
     "Services: Early Years Inclusion Team (Early Years and Childcare Service)"),
    ("A2 Type of organisation", "\u2610 School   \u2610 FE college   \u2612 Local authority   "
     "\u2610 Voluntary or independent   \u2610 Other"),
    ("A3 Course leader", "Jill Harrop, Lead Area SENCO"),
    ("A4 University link tutor", "Dr Owen Petrie, Senior Lecturer in Early Childhood "
     "Studies, Faculty of Education"),
    ("A5 Type of request", "\u2612 New credit rating   \u2610 Renewal   \u2610 Modification "
     "of a rated course"),
    ("A6 Previous courses rated", "None. The team's Setting SENCO Course (Level 3, not "
     "credit-bearing) has run since 2005; this is the first course we have put forward "
     "for credit."),
])

section("Section B  The course")
guidance("Give the details of the course as it will run. Credit ratings are given "
         "for a stated number of credits at a stated level.")
fields([
    ("B1 Title", "Lydmoor Certificate in SEN Coordination in the Early Years and Key "
     "Stage 1 (National Award for SEN Coordination)"),
    ("B2 Credit requested", "60 credits"),
    ("B3 Level requested", "Level 7 (Master's level)"),
    ("B4 Notional learning hours", "600 (see E4)"),
    ("B5 Intake", "One intake a year, in September. First intake September 2009, "
     "16 places."),
    ("B6 Duration and mode", "Three terms, September to July, part time"),
    ("B7 Attendance", "Ten study days (9.15 to 3.30), four individual tutorials, two "
     "visits by the tutor to the participant's school or setting, one day in a "
     "contrasting setting (see E3)"),
    ("B8 Venue", "Fallowfield House, Lydbridge, for all ten study days; Day 6 at the "
     "Child Development Centre, Lydbridge"),
    ("B9 Fee", "\u00a31,100 a place. The County's early years workforce budget pays \u00a3500 of "
     "every fee, for maintained schools and PVI settings alike; the school or setting "
     "pays the remaining \u00a3600."),
    ("B10 Intended participants", "Qualified teachers who are, or are about to become, "
     "the SENCO of a maintained nursery school, a nursery or reception class, a "
     "children's centre, or an infant or first school in Lydmoor; and qualified teachers "
     "who act as SENCO in a private, voluntary or independent setting."),
])
guidance("If you wish to offer more than one intake, or alternative modes of study "
         "(for example online, intensive or extended), describe them here. The Panel will "
         "look for flexibility appropriate to the learners.")
para("All participants follow the same sequence of study days. Ten days is the most "
     "that heads and managers told us they could release a teacher for (see C2), and in "
     "a small setting release is only possible when cover has been booked well ahead, so "
     "the dates are fixed for the year and published in the June before the course. "
     "There is no alternative mode: the online tasks (F2) are part of the one route, and "
     "every participant attends all ten study days.")

section("Section C  Rationale and evidence of need")
guidance("Explain why the course is needed and by whom. Summarise any consultation "
         "with employers, learners or others, and say what difference it made to the "
         "design of the course.")
sub("C1 Context")
for t in [
    "Lydmoor is a rural county with 9 maintained nursery schools, 126 infant, "
    "first and primary schools with nursery or reception classes, 31 children's centres "
    "and 412 private, voluntary and independent early years settings. The Early Years "
    "Inclusion Team was set up in 2004 in response to Removing Barriers to Achievement, "
    "which asked for one Area SENCO for every twenty non-maintained settings. Its eleven "
    "Area SENCOs, all qualified teachers, visit settings and infant schools, support "
    "their SENCOs with children at Early Years Action and Early Years Action Plus, and "
    "run the Setting SENCO Course.",
    "The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 "
    "require the SENCO of a maintained school, including a maintained nursery school, to "
    "be a qualified teacher, and the Government has announced that SENCOs new to the "
    "role from September 2009 will have to gain the National Award. Some 40 to 50 "
    "teachers a year take up the SENCO role in Lydmoor schools and settings with "
    "children under seven. The nearest accredited courses are two hours' drive from the "
    "south of the county, and the Setting SENCO Course is neither accredited nor written "
    "for qualified teachers.",
]:
    para(t)
sub("C2 What we did to find out what is needed")
for t in [
    "Survey. In October and November 2008 we sent a short questionnaire to every school "
    "and setting with children under seven (578). 243 replied (42%). Asked which topics "
    "a new SENCO most needed, they chose:",
]:
    para(t)
table([
    ["Topic", "Chosen by"],
    ["Working with parents when a child's needs are first raised", "71%"],
    ["Speech, language and communication", "66%"],
    ["Getting help from health and other services", "58%"],
    ["Planning and reviewing targets at Early Years Action Plus", "54%"],
    ["Leading colleagues, especially more experienced staff", "47%"],
    ["Transition into Reception and Year 1", "45%"],
], widths=[12, 3])
for t in [
    "Heads. A workshop at the Infant and First School Heads' Conference (20 November "
    "2008, 38 heads) asked for no more than ten days out of school, assessed work that is "
    "useful to the school, and SENCOs who can make the case for inclusion to governors.",
    "Parents. The Lydmoor Parent Carer Forum (13 January 2009, 14 parents of young "
    "disabled children) asked that SENCOs talk to parents before anything is written "
    "down, find ways to hear children \"who can't tell you in words\", and know who does "
    "what in health.",
    "Health. We met the managers of the Child Development Centre and of the primary "
    "care trust's speech and language therapy service in December 2008.",
]:
    para(t)
sub("C3 What difference it made")
table([
    ["You told us", "So the course now"],
    ["Parents first", "Day 5 is co-led by two parents from the Parent Carer Forum and "
     "the Parent Partnership Service; Task 1 requires a meeting with the parents before "
     "any targets are set."],
    ["Speech, language and communication", "Day 4 is led with the PCT speech and "
     "language therapists."],
    ["Health and other services", "Day 6 is held at the Child Development Centre, with "
     "its team."],
    ["No more than ten days", "Ten days (our first outline had twelve)."],
    ["Assessed work useful to the school", "All three tasks are carried out in the "
     "participant's own school or setting."],
    ["Make the case to governors", "Task 3 ends with a presentation to the head or "
     "manager and a governor or management committee member."],
    ["Transition", "Day 7 includes transition into Reception and Year 1."],
], widths=[5, 12])

section("Section D  Aims and learning outcomes")
guidance("State the aims in no more than five bullet points. Then list the learning "
         "outcomes that will be assessed, written at the level for which credit is "
         "sought. If the course maps to external standards, attach the mapping as an "
         "appendix.")
sub("D1 Aims")
for t in [
    "\u2022 To improve the progress, well-being and life chances of young children with "
    "SEN and/or disabilities in participants' schools and settings, judged against all "
    "five Every Child Matters outcomes (being healthy, staying safe, enjoying and "
    "achieving, making a positive contribution, achieving economic well-being) and not "
    "only against the early learning goals.",
    "\u2022 To give teachers new to the SENCO role in the early years and Key Stage 1 the "
    "knowledge, understanding and skills to lead provision for those children, working "
    "with colleagues and leaders, with parents and carers, with the children themselves "
    "and with other services.",
    "\u2022 To root the course in practice: every assessed task is carried out in the "
    "participant's own school or setting and asks what difference it made for children.",
]:
    para(t)
sub("D2 Learning outcomes")
para("On successful completion of the course participants will be able to:")
for t in [
    "LO1 critically apply the law and guidance on SEN and disability (the Education Act "
    "1996, SENDA 2001, the SEN Code of Practice 2001, the Childcare Act 2006 and the "
    "Early Years Foundation Stage framework, the Disability Discrimination Acts 1995 and "
    "2005) to their own school or setting;",
    "LO2 critically explain how young children develop, and how development is affected "
    "by SEN and disabilities, by family circumstances and by the physical and social "
    "environment, in the light of the five Every Child Matters outcomes;",
    "LO3 critically discuss the main types of SEN and disability seen in children under "
    "seven and how they affect learning;",
    "LO4 identify children who may have SEN, using observation, EYFS records and the "
    "assessments of other professionals; set challenging targets; plan, carry out and "
    "review interventions; and draw on other services;",
    "LO5 build respectful relationships with children and families, and gather and use "
    "the views of young children, including children who do not use speech, and of their "
    "parents and carers;",
    "LO6 evaluate approaches, strategies and resources, including ICT, for removing "
    "barriers to learning;",
    "LO7 map and cost provision, identify provision that is missing or not working, and "
    "review its effectiveness with colleagues;",
    "LO8 support colleagues' practice through coaching, modelling and advice;",
    "LO9 influence the strategic development of inclusion with the head or manager and "
    "governors or management committee;",
    "LO10 communicate clearly in writing and in speech at Master's level, drawing "
    "critically on research evidence and outside advice.",
]:
    para(t)
para("The mapping of these outcomes to the national minimum outcomes for the National "
     "Award is at Appendix 1.")

section("Section E  Content and structure")
guidance("Give an outline of the content, session by session or unit by unit, and a "
         "breakdown of notional learning hours. Include any work-based element.")
sub("E1 Study days")
table([
    ["Day", "Date", "Title and content", "Led by"],
    ["1", "17 Sep 2009", "The young child. How children develop from birth to seven "
     "(EYFS principles, Development Matters); how SEN, disability, poverty, family stress "
     "and the physical and social environment affect development; the five Every Child "
     "Matters outcomes for the under-fives; the SENCO's role in the early years. Writing "
     "at Master's level.", "J. Harrop, O. Petrie"],
    ["2", "8 Oct 2009", "The law, the Code and the evidence. Education Act 1996, SENDA "
     "2001, the SEN Code of Practice 2001 (Early Years Action and Action Plus, School "
     "Action, statutory assessment), the Childcare Act 2006, the EYFS statutory framework "
     "(2008), the SENCO Regulations 2008. Using research and inspection evidence: EPPE "
     "(Sylva et al., 2004); Ofsted (2004) Special educational needs and disability: "
     "towards inclusive schools; Ofsted (2006) Inclusion: does it matter where pupils are "
     "taught?; the Bercow Report (2008). Literature searching with the University "
     "library.", "R. Dunnett, O. Petrie"],
    ["3", "5 Nov 2009", "Disability equality and common needs (1). The Disability "
     "Discrimination Acts 1995 and 2005, the disability equality duty, accessibility "
     "plans, reasonable adjustments in schools and settings; autistic spectrum disorders "
     "(Inclusion Development Programme materials); behavioural, emotional and social "
     "difficulties in the early years.", "H. Qureshi"],
    ["4", "3 Dec 2009", "Common needs (2): communication. Speech, language and "
     "communication needs with the PCT's speech and language therapists (the Bercow "
     "Report; IDP speech, language and communication materials; Every Child a Talker); "
     "moderate learning difficulties and global developmental delay; early indicators of "
     "specific learning difficulties including dyslexia; hearing and vision with the "
     "Sensory Support Service.", "S. Pellow, PCT therapists"],
    ["5", "14 Jan 2010", "Children and families first. Relationships with parents and "
     "carers, co-led by two parents from the Lydmoor Parent Carer Forum and the Parent "
     "Partnership Service; gathering young children's views with the Mosaic approach "
     "(Clark and Moss, 2001): children's photographs, tours, maps and observation; the "
     "child's voice in planning and reviews.", "J. Harrop, O. Petrie, parents"],
    ["6", "4 Feb 2010", "Working with other services (at the Child Development Centre). "
     "The roles of the paediatrician, health visitor, therapists, educational "
     "psychologist, Portage, social care and voluntary organisations (Home-Start, the "
     "National Autistic Society's EarlyBird programme, the Lydmoor Family Support "
     "Network); the Common Assessment Framework and the lead professional; Early Support "
     "and the Team Around the Child; using other professionals' reports to plan.",
     "CDC team, an educational psychologist"],
    ["7", "11 Mar 2010", "Assessment in the early years. The observation, assessment "
     "and planning cycle; helping key persons and teachers to observe and assess children "
     "with SEN; transition into Reception and Year 1; tracking progress with the EYFS "
     "Profile and Key Stage 1 teacher assessment and changing programmes.", "R. Dunnett"],
    ["8", "22 Apr 2010", "Reviewing provision. Reviewing with colleagues whether "
     "provision is working; approaches and resources including ICT (switch-adapted toys, "
     "cause-and-effect software, Clicker, symbol software, visual timetables); judging "
     "the evidence for an intervention.", "H. Qureshi, S. Pellow"],
    ["9", "20 May 2010", "Leading provision. Provision mapping and costing; deploying "
     "and managing practitioners, key persons and teaching assistants; coaching and "
     "modelling; working with the head or manager and with governors or the management "
     "committee; presenting a case.", "J. Harrop"],
    ["10", "24 Jun 2010", "Task 3 presentations (morning). Managing the SENCO role: "
     "priorities, time and delegation; keeping up to date (afternoon).", "All tutors"],
], widths=[1, 2.2, 11, 3])
sub("E2 Setting-based work")
para("Between study days participants carry out directed tasks in their own school or "
     "setting (for example an observation of a child in two contexts, a review of the "
     "setting's SEN policy, a provision map). Their tutor visits twice, in the autumn and "
     "spring terms, to see the work in its setting and meet the head or manager.")
sub("E3 Contrasting setting")
para("Participants spend one day in a contrasting setting, one of the County's three "
     "Enhanced Resource Nurseries or the Child Development Centre nursery, where a place "
     "can be offered. In 2008-09 the three nurseries were able to take eight visitors "
     "between them.")
sub("E4 Notional learning hours")
nh = doc.add_table(rows=3, cols=8)
nh.style = "Table Grid"
top = nh.cell(0, 0).merge(nh.cell(0, 3))
set_cell(top, "Contact and supervised", bold=True)
shade(top, "D9D9D9")
top2 = nh.cell(0, 4).merge(nh.cell(0, 7))
set_cell(top2, "Directed and independent", bold=True)
shade(top2, "D9D9D9")
heads = ["Study days", "Tutorials", "Tutor visits", "Contrasting setting",
         "Online tasks (Learning Zone)", "Setting-based tasks", "Reading and private study",
         "Assessment preparation and writing"]
vals = ["60", "4", "3", "6", "30", "180", "167", "150"]
for j in range(8):
    set_cell(nh.cell(1, j), heads[j], bold=True, size=8)
    set_cell(nh.cell(2, j), vals[j], size=9)
para()
para("Total: 600 notional hours.")

section("Section F  Teaching, learning and support")
guidance("Describe the teaching methods. If any part of the course is delivered "
         "online, explain how learners will be supported, including between face-to-face "
         "sessions, and how tutors and learners will communicate.")
sub("F1 Methods")
para("Workshops, case discussion using video of children (with parents' consent), "
     "guest practitioners and parents, visits, directed tasks and tutorials.")
sub("F2 Online learning")
for t in [
    "The course uses the Lydmoor Learning Zone, the County's Moodle site, which the team "
    "has used with the Setting SENCO Course since 2007. All session materials and "
    "readings are posted there before each study day. After each study day there is an "
    "online task (for example: post an anonymised observation of a child and comment on "
    "two others') in a tutor group forum of eight participants. Each forum is moderated "
    "by the group's Area SENCO tutor, who replies to posts and messages within three "
    "working days.",
    "On the first Thursday evening of each month (7 to 8 pm) a tutor runs a live 'case "
    "clinic' chat on the Learning Zone, where participants bring a child or a situation "
    "they are working on. Tutors and participants also use the Learning Zone's messaging "
    "and e-mail between tutorials. Participants without broadband at home can use the "
    "Learning Zone at any of the 31 children's centres. Participants have the University "
    "library's e-journals through Athens.",
]:
    para(t)
sub("F3 Starting Points and the Individual Learning Plan")
para("Before the course each participant completes the Starting Points audit: they rate "
     "themselves from 1 to 4 against each of the national minimum outcomes, with an "
     "example from their practice. Their tutor goes through the audit with them at the "
     "first tutorial in September and they agree an Individual Learning Plan, which names "
     "four to six priority outcomes for that participant, the directed tasks that address "
     "them, and the focus of Task 1. The plan is reviewed at tutorials 2 and 3 and the "
     "audit is repeated at tutorial 4. A participant who is already strong in an area can "
     "replace some directed tasks with extended reading agreed in the plan.")
sub("F4 Tutorials")
para("Four individual tutorials of one hour, in the participant's setting or at "
     "Fallowfield House, in September, December, March and June.")
sub("F5 After the course")
guidance("Describe how learners will be helped to plan their next steps in professional "
         "development after the course.")
para("Participants who complete the course may count the 60 credits towards the "
     "University's MA in Early Childhood Studies, subject to the University's "
     "regulations. The Centre for Professional Learning's advisers can talk through the "
     "options with them.")

section("Section G  Assessment")
guidance("For each assessment give its type, size, weighting and the learning outcomes "
         "assessed. State the pass mark, whether compensation is allowed, and the "
         "marking and moderation arrangements.")
sub("G1 Summary")
table([
    ["Task", "Form", "Size", "Weighting", "Due", "LOs assessed"],
    ["Task 1 The child in context", "Child study", "4,500 words", "45%", "March 2010",
     "LO2, LO3, LO4, LO5, LO6, LO10"],
    ["Task 2 Law, policy and practice", "Critical review", "3,000 words", "25%",
     "January 2010", "LO1, LO10"],
    ["Task 3 Leading change", "Practice development project and presentation",
     "3,000 words and 15 minutes", "30%", "June 2010", "LO7, LO8, LO9, LO10"],
    ["Learning Journal", "Reflective journal", "-", "Formative, not graded", "Throughout",
     "-"],
], widths=[3.5, 3.5, 2.5, 2, 2, 3.5])
sub("G2 The tasks")
for t in [
    "Task 1 The child in context. Over at least eight weeks the participant identifies "
    "and works with one child who has, or may have, SEN and/or a disability. The study "
    "must include: observations in at least two contexts and the setting's EYFS records; "
    "the assessments or reports of at least one other professional (for example a speech "
    "and language therapist, educational psychologist, Portage home visitor or health "
    "visitor) and how the participant used them to plan teaching; an account of the "
    "roles of the services involved with the child and how their help was obtained; a "
    "meeting with the parents or carers before any targets are set, with notes; the "
    "child's own views, gathered with at least two Mosaic approach methods, and how they "
    "shaped the plan and its review; challenging targets, and an intervention planned, "
    "carried out and reviewed; baseline and follow-up measures using the Leuven scales of "
    "well-being and involvement and the Development Matters age bands; a critical account "
    "of the child's development and needs set against the main types of SEN (behavioural, "
    "emotional and social difficulties; speech, language and communication needs; autistic "
    "spectrum disorders; moderate learning difficulties; specific learning difficulties "
    "including early indicators of dyslexia) and against research; a critical evaluation "
    "of the approaches and resources used, including ICT; and an evaluation of the "
    "outcome for the child against the five Every Child Matters outcomes. One of the "
    "marking criteria is the quality of the relationship with the child and family, shown "
    "in the notes and the participant's reflection.",
    "Task 2 Law, policy and practice. A critical review of the SEN and disability policy "
    "and practice of the participant's school or setting against the law, the SEN Code of "
    "Practice (2001) and the EYFS framework, and against the duties of the Disability "
    "Discrimination Acts (for schools, the accessibility plan and disability equality "
    "scheme; for PVI settings, the duty to make reasonable adjustments), drawing on "
    "research and inspection evidence and on advice from outside the setting, with "
    "recommendations for the participant's own and colleagues' practice.",
    "Task 3 Leading change. A practice development project in the participant's school "
    "or setting, with: a costed provision map for children with SEN that shows provision "
    "that is missing or not working; a review of the effectiveness of provision carried "
    "out with colleagues; a coaching cycle with one colleague (a key person, teacher or "
    "teaching assistant) on observing and assessing children with SEN, with the "
    "colleague's written comments; and priorities for inclusion, presented in a "
    "15-minute presentation to the head or manager and a governor or management committee "
    "member, whose written comments are submitted with the task. One marking criterion is "
    "the commitment the participant has won from the head or manager and colleagues. "
    "Participants who line-manage staff may add an optional section on the deployment of "
    "support staff.",
    "Learning Journal. Formative, not graded. Participants write an entry after each study "
    "day and bring the journal to tutorials: for example how they are managing their time "
    "and priorities and what they delegate, a Team Around the Child meeting they took part "
    "in, and how they will keep up to date.",
]:
    para(t)
sub("G3 Coverage of the national outcomes")
para("Between them the three tasks assess all of the national minimum outcomes (see "
     "Appendix 1).")
sub("G4 Marking and pass rule")
para("Each task is marked by the participant's tutor against the University's Level 7 "
     "generic criteria and the task criteria, which are published to participants with "
     "the task. The pass mark is 50% in each task and there is no compensation between "
     "tasks. A participant who fails a task may resubmit it once. The credit is awarded "
     "when all three tasks have been passed.")
sub("G5 Moderation")
guidance("Describe internal moderation and the role of the University's moderator or "
         "external examiner.")
para("Moderation arrangements will be agreed with the University (see Panel conditions).")

section("Section H  Admission")
guidance("State the entry requirements and selection procedures, including how you will "
         "make sure applicants can benefit from and complete the course. Include "
         "arrangements for accreditation of prior learning (University Regulation 9), any "
         "assessment-only arrangements, and checks on applicants' suitability to work "
         "with children.")
sub("H1 Entry requirements")
para("Qualified teacher status; in post as SENCO, or designated to take up the role by "
     "January 2010, in a Lydmoor school or setting with children under seven; and a "
     "nomination from the head or manager confirming release for the ten study days, "
     "access to a child, colleagues and the leadership of the setting for the tasks, and "
     "that the head or manager will meet the tutor at the first visit.")
sub("H2 Selection")
para("Applicants send the application and nomination forms with their Starting Points "
     "audit and have a 30-minute conversation with the Area SENCO for their district, who "
     "checks that the applicant's role will allow them to carry out all three tasks. "
     "Where an applicant does not meet the entry requirements (most often the SENCO of a "
     "PVI setting who is not a qualified teacher), the Lead Area SENCO writes to explain "
     "why and to set out the routes open to them: the Setting SENCO Course, Early Years "
     "Professional Status, and routes to qualified teacher status; and telephones the "
     "manager or head to talk it through.")
sub("H3 Prior learning")
para("University Regulation 9 does not provide for credit to be transferred into a "
     "credit-rated course. We take account of prior study and experience through the "
     "Starting Points audit and the Individual Learning Plan (F3): for example, holders "
     "of the Setting SENCO Course certificate may replace the Day 1 directed tasks with "
     "an extended reading task. All participants complete all three assessed tasks.")
sub("H4 Suitability to work with children")
para("On the nomination form the head or manager must give the date and number of the "
     "applicant's current enhanced CRB disclosure and confirm that the employer's "
     "pre-employment checks (identity, references, List 99) were completed. The team's "
     "administrator checks these against the County's early years workforce record "
     "before a place is offered. An applicant who has not worked in a post with regular "
     "contact with children in the last three months must obtain a new enhanced "
     "disclosure through the County's HR service before the course begins. No place is "
     "confirmed until the check is complete.")
sub("H5 Assessment only")
para("Experienced practitioners, for example Area SENCOs from neighbouring authorities "
     "or specialist teachers from the Sensory Support Service, may present for "
     "assessment only: a portfolio mapped to every national minimum outcome, and a "
     "one-hour professional discussion with two tutors. Fee \u00a3450.")

section("Section I  Equality and support for learners")
guidance("Explain how the course meets the University's Equality and Diversity Policy "
         "and the requirements of equality legislation, including the arrangements for "
         "disabled learners.")
for t in [
    "The course leaflet and application pack, in large print and plain English, say that "
    "we welcome disabled applicants and that any applicant can tell us in confidence "
    "about a disability or health condition and what would help. The nomination form "
    "asks about adjustments. The Lead Area SENCO follows up every disclosure before the "
    "course begins and again at the first tutorial, and agrees adjustments with the "
    "participant, with advice from the University's Disability Advisory Service: for "
    "example materials in advance, in large print or electronically; a hearing loop "
    "(Fallowfield House has a fixed loop in the training room and a portable loop); "
    "accessible parking; rest breaks; extended deadlines; and alternatives to the live "
    "presentation in Task 3, such as a recorded presentation. Fallowfield House and the "
    "Child Development Centre have level access and accessible toilets, and the "
    "contrasting setting is checked for access before a participant is placed there. "
    "Adjustments to assessment follow the University's regulations.",
    "We monitor applications, completion and results by gender, ethnicity and disability "
    "and report them in the Annual Course Report (L1).",
]:
    para(t)

section("Section J  Staffing")
guidance("List all staff who will teach or assess on the course, with their "
         "qualifications and relevant experience.")
table([
    ["Name", "Role on course", "Qualifications", "Relevant experience"],
    ["Jill Harrop", "Course leader, tutor, marker", "BEd (Hons), QTS; MA Special and "
     "Inclusive Education", "Head of a maintained nursery school for eight years and its "
     "SENCO for twelve; Lead Area SENCO since 2005; National Portage Association trainer"],
    ["Rachel Dunnett", "Tutor, marker", "BA, PGCE (Early Years), QTS; Advanced Diploma in "
     "SEN", "Infant teacher and SENCO for ten years; Area SENCO since 2006"],
    ["Hamid Qureshi", "Tutor, marker", "BEd, QTS; MEd Autism", "Reception teacher; "
     "autism outreach teacher; Area SENCO since 2007"],
    ["Sue Pellow", "Tutor, marker", "Cert Ed, QTS; MA Early Childhood Education",
     "Children's centre teacher and SENCO; Every Child a Talker consultant 2008-09"],
    ["Dr Owen Petrie", "University link tutor; teaches Days 1, 2 and 5", "PhD, PGCE",
     "Senior Lecturer in Early Childhood Studies; research on consulting young children; "
     "former nursery teacher"],
], widths=[3, 3.5, 4.5, 6.5])
for t in [
    "Guest contributors: the PCT's speech and language therapists (Day 4); the Sensory "
    "Support Service (Day 4); the Parent Partnership Service and two parents from the "
    "Parent Carer Forum (Day 5); the Child Development Centre team and an educational "
    "psychologist (Day 6).",
    "Every Area SENCO takes at least three days of specialist training a year in the "
    "team's CPD programme; in 2008-09 these included Inclusion Development Programme "
    "trainer training, a briefing on the Bercow Report and training in the Leuven scales. "
    "All tutors hold current enhanced CRB disclosures.",
    "The University will provide its standard induction for associate tutors. Guest "
    "contributors are sent the day's outline.",
]:
    para(t)

section("Section K  Learning resources")
guidance("Describe the learning resources, including library and IT, available to "
         "learners, and any specialist resources.")
for t in [
    "The team's resource base at Fallowfield House lends participants books and journals "
    "on early years SEN (some 1,200 items) and specialist equipment: switch-adapted toys, "
    "communication aids (single-message and sequencing switches), four laptops with "
    "Clicker 5 and symbol software, and visual timetable kits. Participants register as "
    "Associate Students of the Centre for Professional Learning, which gives them "
    "University library borrowing and e-journals through Athens, and they use the Lydmoor "
    "Learning Zone (F2).",
    "Specialist expertise comes from the guest contributors listed in J and from the "
    "contrasting-setting day (E3).",
]:
    para(t)

section("Section L  Quality assurance and evaluation")
guidance("Describe how the course will be monitored and evaluated, including learner "
         "feedback, and how the findings will lead to improvements. Describe how "
         "employers and other stakeholders will be involved in review.")
sub("L1 Monitoring and evaluation")
for t in [
    "Participants complete a written evaluation at the end of every study day, and the "
    "tutors hold a group review with them in February. The Starting Points audit is "
    "repeated at tutorial 4, so that participants and tutors can see the change in "
    "participants' confidence and self-rated competence against each outcome. Each July "
    "the tutors meet for a review day and write an action plan for the next year.",
    "Externally, the course is subject to the University's annual monitoring of "
    "credit-rated courses: we send an Annual Course Report, with the action plan, to the "
    "Centre's Credit Rating Committee, which responds in writing; the link tutor visits "
    "once a year and observes a study day; and the Centre surveys learners a year after "
    "they complete. Changes made in response are reported to the next cohort on Day 1.",
]:
    para(t)
sub("L2 Impact on children")
for t in [
    "Task 1 requires baseline and follow-up measures for the focus child (the Leuven "
    "scales of well-being and involvement; Development Matters age bands). Each July the "
    "tutors compile these from every Task 1 into a summary for the Annual Course Report, "
    "showing the change for each child over the intervention, alongside the change in "
    "participants' Starting Points ratings.",
    "The course also feeds into the Early Years Inclusion Team's Service Self-Evaluation, "
    "which we complete each autumn for the Head of Early Years and Childcare.",
]:
    para(t)
sub("L3 Involvement of employers and other stakeholders in review")
para("[JH to complete after meeting with the Forum chair on 30 March]")

section("Section M  Declaration")
para("I confirm that the information in Part 1 is accurate and that the organisation "
     "will comply with the University's conditions for credit-rated courses.")
fields([
    ("Signed", "Alison Trevethan"),
    ("Position", "Head of Early Years and Childcare, Lydmoor County Council"),
    ("Date", "2 March 2009"),
])
doc.add_page_break()

# ------------------------------------------------------------------ PART 2
para("PART 2  -  FOR UNIVERSITY USE: REPORT OF THE CREDIT RATING PANEL", bold=True, size=12)
fields([
    ("Course", "Lydmoor Certificate in SEN Coordination in the Early Years and Key Stage 1 "
     "(National Award for SEN Coordination)"),
    ("Meeting", "12 March 2009, Centre for Professional Learning"),
    ("Panel", "Professor Margaret Ellwood, Dean of Education (Chair); Dr Sunil Varma, "
     "Quality Manager, Centre for Professional Learning; Carol Hext, head of a maintained "
     "nursery school in another authority (external adviser); Ruth Gadd, Registry "
     "(Secretary)"),
    ("In attendance", "Jill Harrop, Rachel Dunnett (Lydmoor County Council); Dr Owen "
     "Petrie"),
])
sub("1 Decision")
para("The Panel approves the credit rating of the course at 60 credits at Level 7 of the "
     "University's Credit Framework (level 7 of the Framework for Higher Education "
     "Qualifications), for five years from September 2009, subject to the conditions "
     "below. Participants who pass the course will receive the University's Certificate "
     "of Credit recording 60 credits at Level 7.")
sub("2 Conditions")
for t in [
    "C1 The assessment-only route proposed in H5 is not approved. The University's "
    "Credit Framework allows credit to be awarded only for the assessed work of learners "
    "registered on, and taught through, a credit-rated course. H5 is to be deleted from "
    "the definitive form.",
    "C2 Before the first assessment point (January 2010) the team must submit to the "
    "Centre a written marking and moderation procedure. It must provide for second "
    "marking by the University link tutor of a sample of each task, and for the "
    "University's moderator for credit-rated CPD to see a sample each year.",
    "C3 The reading list must be revised. Most items on the list submitted predate the "
    "SEN Code of Practice 2001; the Panel expects recent research and inspection evidence "
    "on the early years to be on it.",
]:
    para(t)
sub("3 Recommendations (advisory)")
for t in [
    "R1 The team is encouraged to consider a second intake in January, or a route over "
    "two years, given the number of small settings in the county.",
    "R2 The team should consider how parents, heads and managers might take part in "
    "reviewing the course each year.",
    "R3 The team may wish to end the course with a session in which participants plan "
    "their next professional development objectives with their heads or managers.",
    "R4 Several outcomes in Appendix 1 are met only through the Learning Journal, which "
    "is not graded. The team is asked to review the mapping before any application to "
    "the TDA.",
]:
    para(t)
sub("4 Commendations")
para("The Panel commended the survey of settings and the way its findings have shaped "
     "the course; the weight given to young children's own views; and the day co-led by "
     "parents.")
sub("5 Condition status")
table([
    ["Condition", "Due", "Status"],
    ["C1 Delete H5 (assessment only)", "Before definitive form", "Met (H5 withdrawn, 18 "
     "March 2009)"],
    ["C2 Marking and moderation procedure", "January 2010", "Open"],
    ["C3 Revised reading list", "31 July 2009", "Open"],
], widths=[7, 4, 6])
para("Signed: M. Ellwood, Chair          Date: 16 March 2009")
doc.add_page_break()

# ------------------------------------------------------------------ Appendix 1
para("APPENDIX 1  National minimum outcomes for the National Award: where taught and "
     "where assessed", bold=True, size=12)
para("The left column summarises each national outcome in our own words.")
groups = [
    ("Professional attributes", [
        ("Fair, respectful relationships with children and their families", "LO5", "Day 5",
         "Task 1 (relationship with child and family is a marking criterion)"),
        ("Winning the commitment of colleagues, heads and managers", "LO9", "Day 9",
         "Task 3 (written comments of head or manager and governor)"),
        ("Managing time and priorities; delegating", "-", "Day 10",
         "Learning Journal (formative, not graded)"),
        ("Communicating clearly in writing and speech; listening to others", "LO10",
         "Days 1 and 9", "All tasks; Task 3 presentation"),
        ("Using research and outside advice to improve practice", "LO10", "Day 2", "Task 2"),
        ("Keeping up to date and owning one's CPD", "-", "Day 10",
         "Learning Journal (formative, not graded)"),
    ]),
    ("Knowledge and understanding", [
        ("SEN law, the Code of Practice and the EYFS framework", "LO1", "Day 2", "Task 2"),
        ("Every Child Matters", "LO2", "Day 1", "Task 1 (evaluation against the five "
         "outcomes)"),
        ("Disability equality law", "LO1", "Day 3", "Task 2"),
        ("How children develop", "LO2", "Day 1", "Task 1"),
        ("The common types of SEN and disability", "LO3", "Days 3 and 4", "Task 1"),
        ("Approaches, strategies and resources, including ICT", "LO6", "Day 8", "Task 1"),
        ("Setting self-evaluation and improvement", "-", "See L2 (Service "
         "Self-Evaluation)", "-"),
        ("Research and best practice", "LO10", "Day 2", "Task 2"),
        ("Other services and how to get their help", "LO4", "Day 6", "Task 1"),
    ]),
    ("Skills", [
        ("Strategic development of inclusion with heads, managers and governors", "LO9",
         "Day 9", "Task 3"),
        ("Identifying needs, setting targets, planning and reviewing interventions", "LO4",
         "Days 3, 4 and 7", "Task 1"),
        ("... using other professionals' assessments", "LO4", "Day 6", "Task 1"),
        ("... tracking progress with summative assessment (EYFS Profile, Key Stage 1)",
         "-", "Day 7", "-"),
        ("... helping colleagues develop formative assessment", "LO8", "Day 7",
         "Task 3 (coaching cycle)"),
        ("... arrangements for national tests and examinations", "-",
         "Not applicable: children in the Foundation Stage do not sit national tests", "-"),
        ("Provision mapping", "LO7", "Day 9", "Task 3"),
        ("Deploying and managing staff", "LO7", "Day 9", "Task 3 (optional section)"),
        ("Supporting colleagues' professional development", "LO8", "Day 9",
         "Task 3 (coaching cycle)"),
        ("Reviewing provision with colleagues", "LO7", "Day 8", "Task 3"),
        ("Involving children in planning and reviewing their provision", "LO5", "Day 5",
         "Task 1 (Mosaic methods; child's views in the review)"),
        ("Working with parents and carers", "LO5", "Day 5", "Task 1"),
        ("Working with other services, including voluntary organisations", "LO4", "Day 6",
         "Learning Journal (formative, not graded)"),
    ]),
]
nrows = 1 + sum(1 + len(rows) for _, rows in groups)
om = doc.add_table(rows=nrows, cols=4)
om.style = "Table Grid"
for j, h in enumerate(["National outcome (our summary)", "Course LO", "Taught",
                       "Assessed for the credit"]):
    set_cell(om.cell(0, j), h, bold=True)
    shade(om.cell(0, j), "D9D9D9")
r = 1
for gname, rows in groups:
    g = om.cell(r, 0).merge(om.cell(r, 3))
    set_cell(g, gname, bold=True)
    shade(g, "EDEDED")
    r += 1
    for row in rows:
        for j, v in enumerate(row):
            set_cell(om.cell(r, j), v)
        r += 1
for row in om.rows:
    for j, w in enumerate([6.5, 1.8, 3.5, 5.5]):
        row.cells[j].width = Cm(w)

doc.save(OUT)
print("wrote", OUT)
