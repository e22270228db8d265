"""fr-01-tarnfell-ethics-application

Provider (invented): the Tarnfell Educational Psychology Consortium, the joint
CPD arm of the educational psychology services of three small rural
authorities (Fellside Council, Marshwold County Council, Upper Tarrant
Council), which jointly employ a Training Officer (Ruth Calloway), applying
with St Elfleda's University College, Whitmoor, which validates the award as a
60-credit Postgraduate Certificate.

Document kind: the university college's Research Ethics Committee application
(form REC1, staff research) for the three-year evaluation of the award, as
approved with conditions in February 2009, sent whole to the TDA panel with a
shaded covering note. The programme appears as "the intervention being
evaluated" (Section C) and in appendices (programme outline, outcome map,
participant information sheet, a child-friendly information sheet for pupils).
Voice: "we" (the applicants), form questions numbered A1..J2 in bold, answers
under each. The committee's decision and conditions table closes the form.

Layout and Word features:
- Shaded one-cell covering note to the panel; header (form id) and footer
  (REC reference and page field).
- Form questions as bold Normal paragraphs with typed codes (no heading styles
  for questions; Heading 1 only for form sections).
- Tables: project details, programme study days, staffing, conditions and
  responses, outcome map (28 national outcomes in the consortium's own codes
  PA/KU/PS; one outcome has no row).
- Two tracked changes by the REC secretary: an APL sentence deleted and a full
  replacement inserted (2.1 met via insertion); a deleted paragraph promising
  two placement days in a special school (5.5).
- Three Word comments by the REC reviewer (not part of the submission).

Traps (requirement ids):
- 2.1 met only through the inserted tracked change; the deleted text says the
  opposite ("No credit is given for earlier study").
- 2.3 "there is no assessment-only route" stated in C6 as a matter of research
  design, far from any heading about routes; a comment asks about it. not_met.
- 2.5 progression only hoped for ("we hope", "in due course"). not_met.
- 5.3 the enhanced CRB checks described are the research assistants' (G3);
  for participants the consortium "does not ask for evidence". A comment asks
  about it. not_met (wrong context plus explicit negation).
- 5.5 specialist expertise is described, but the placement paragraph is a
  deleted tracked change. partially_met.
- 1.5 / 6.S7 pupils' views are gathered by the research team with Talking Mats
  (wrong context); the programme itself covers pupil participation in one
  afternoon that is "not separately assessed". 1.5 partially_met, 6.S7
  partially_met.
- 3.1 adjustments are described in detail for pupils and parents taking part
  in the research; for participants only a general statement of the
  University College's equality schemes. partially_met.
- 3.3 Elfleda Online holds materials and a forum, but "tutors do not moderate
  the forum" and there is no tutor support between study days. partially_met.
- 5.2 entry criteria are about role and QTS only; the starting profile comes
  after acceptance. partially_met.
- 5.7 link EPs briefed; workplace mentors "will receive guidance notes" only.
  partially_met.
- 2.4 tailoring through the learning plan, but nothing on cost-effectiveness.
  partially_met.
- 1.9 blanket "every outcome is assessed" (C8) contradicted by the outcome
  map. partially_met.
- Criterion 6 outcome map: PA3 formative only (6.A3), PA7 learning log
  "checked for completion only" (6.A7), PS2(b) "formative feedback, not
  marked" (6.S2b), PS2(d) taught with no assessment (6.S2d), PS7 "not
  separately assessed" (6.S7): partially_met. No row for child development
  (6.K4): not_met.
- 5.9 met: the evaluation itself (pre/post self-ratings on the 28 outcomes,
  case-focus pupils' baseline and follow-up measures, head questionnaire).
"""
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = Path(__file__).parent
OUT = HERE / (Path(__file__).name.replace(".build.py", ".docx"))

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def P(text="", bold=False, italic=False, size=None, align=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def Q(code, text):
    p = doc.add_paragraph()
    r = p.add_run(f"{code}  {text}")
    r.bold = True
    p.paragraph_format.space_before = Pt(8)
    return p


def H(text, level=1):
    return doc.add_heading(text, level=level)


def table(rows, widths=None, header=True, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(9.5)
            if header and i == 0:
                r.bold = True
                shade(c, "D9D9D9")
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


REV = 0


def _run(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(p, kind, text, author="Janet Hollis (REC Secretary)", date="2009-02-13T10:12:00Z"):
    global REV
    REV += 1
    el = OxmlElement("w:ins" if kind == "ins" else "w:del")
    el.set(qn("w:id"), str(900 + REV))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run(text, deleted=(kind == "del")))
    p._p.append(el)


def deleted_paragraph(text):
    p = doc.add_paragraph()
    tracked(p, "del", text)
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    d = OxmlElement("w:del")
    d.set(qn("w:id"), str(950 + REV))
    d.set(qn("w:author"), "Janet Hollis (REC Secretary)")
    d.set(qn("w:date"), "2009-02-13T10:14:00Z")
    rPr.append(d)
    pPr.append(rPr)
    return p


# ---------------------------------------------------------------- header/footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "St Elfleda's University College  |  Research Ethics Committee  |  Form REC1 (staff research) v4, 2008"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "REC ref 09/017  -  approved with conditions 11 February 2009  -  page "
fp.runs[0].font.size = Pt(8)
fld = OxmlElement("w:fldSimple")
fld.set(qn("w:instr"), "PAGE")
fld.append(_run("1"))
fp._p.append(fld)

# ---------------------------------------------------------------- covering note
note = doc.add_table(rows=1, cols=1)
note.style = "Table Grid"
c = note.cell(0, 0)
shade(c, "E2EFD9")
c.text = ""
c.paragraphs[0].add_run("Note for the TDA approval panel").bold = True
for line in [
    "We are sending our ethics application as it was approved, rather than re-writing it to the panel's headings. "
    "It was the document in which the Tarnfell consortium and St Elfleda's had to set out, in one place and for a "
    "sceptical audience, what the award is, who takes it, how it is assessed and how we will know whether it works. "
    "The programme itself is in Section C and Appendices A and B; Section D onwards describe the evaluation, which is "
    "also our main quality assurance of the award.",
    "Ruth Calloway, Training Officer, Tarnfell Educational Psychology Consortium, and Dr Simon Keel, Programme Leader, "
    "St Elfleda's University College. March 2009.",
]:
    c.add_paragraph(line).runs[0].font.size = Pt(9.5)
doc.add_paragraph()

P("ST ELFLEDA'S UNIVERSITY COLLEGE, WHITMOOR", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
P("Research Ethics Committee", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
P("APPLICATION FOR ETHICAL APPROVAL: STAFF AND COLLABORATIVE RESEARCH (REC1)", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
P("Complete every section. Where a question does not apply, say why. Applications involving children, or adults "
  "in settings where children are present, must also complete Section G in full.", italic=True, size=9)

# ---------------------------------------------------------------- Section A
H("Section A: Project details", 1)
table([
    ["A1 Title of project", "Does the award make a difference? An evaluation of the Tarnfell SENCO Award (Postgraduate Certificate in Special Educational Needs Coordination), 2009 to 2012"],
    ["A2 Principal applicant", "Ruth Calloway, Training Officer, Tarnfell Educational Psychology Consortium; Associate Lecturer, St Elfleda's University College"],
    ["A3 Co-applicants", "Dr Simon Keel, Senior Lecturer in Inclusive Education and Programme Leader; Dr Martin Oyelaran, Principal Educational Psychologist, Fellside Council"],
    ["A4 Collaborating bodies", "Fellside Council, Marshwold County Council and Upper Tarrant Council (educational psychology services, acting jointly as the Tarnfell Educational Psychology Consortium)"],
    ["A5 Funding", "Met from the consortium's joint CPD budget and the University College's research allocation for the School of Education; no external funder"],
    ["A6 Start and end dates", "1 September 2009 to 31 August 2012 (three cohorts)"],
    ["A7 Is this part of a student's degree?", "No"],
], header=False, widths=[5, 12])

# ---------------------------------------------------------------- Section B
H("Section B: Background and rationale", 1)
Q("B1", "Summarise the background to the project and why it is needed (no more than 500 words).")
P("Since September 2008 every maintained school in England has had to designate a qualified teacher as its SENCO, and "
  "the Government has said that teachers new to the role will have to gain a nationally accredited qualification. "
  "The Tarnfell area is served by three small authorities whose schools are, for the most part, very small: of the "
  "214 schools in the three areas, 131 have fewer than 100 pupils, and in 62 of them the SENCO is also the headteacher. "
  "Until now SENCO training here has been a patchwork. Each of the three educational psychology services ran its own "
  "termly SENCO network meetings, and a handful of SENCOs each year travelled more than 90 miles to university "
  "courses elsewhere. In 2007 the three Principal Educational Psychologists agreed to pool their training budgets and "
  "jointly employ a Training Officer, and the consortium has run a shared CPD programme for school staff since then.")
P("The consortium and St Elfleda's have designed a 60-credit Postgraduate Certificate, the Tarnfell SENCO Award, to "
  "meet the national specification for the award. The Ofsted report Inclusion: does it matter where pupils are "
  "taught? (2006) and the Education and Skills Committee's report on special educational needs (2006) both found that "
  "the quality of provision depended heavily on the SENCO's standing and skills; the Lamb Inquiry, announced in 2008, "
  "is looking at parents' confidence in the system. There is very little published evidence on whether SENCO "
  "training changes what happens for pupils, and almost none from rural schools. We want to find out, as carefully "
  "as the setting allows, whether our award does.")

# ---------------------------------------------------------------- Section C
H("Section C: The intervention being evaluated", 1)
Q("C1", "Describe the programme, service or intervention that the research concerns.")
P("The Tarnfell SENCO Award is a part-time Postgraduate Certificate of 60 credits at Master's level (Level 7 of the "
  "Framework for Higher Education Qualifications), validated by St Elfleda's University College under its taught "
  "degree awarding powers. It was approved by the University College's Academic Board on 21 January 2009 after a "
  "validation event on 9 December 2008. It has two 30-credit modules:")
P("EDM701 The SENCO, the Child and the Law (September to January), and", style="List Bullet")
P("EDM702 Leading Provision in a Small School (February to July).", style="List Bullet")
P("The aim of the award, as validated, is that SENCOs in the Tarnfell schools lead provision that raises the "
  "attainment and progress of pupils with special educational needs and disabilities and improves their well-being "
  "across all five Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a "
  "positive contribution and achieving economic well-being. Each assessment asks the participant to show what "
  "difference their work has made, or is beginning to make, for named pupils.")
P("Teaching is through eight study days, four in each module, held in rotation at the three authorities' "
  "professional development centres so that no participant travels more than 40 miles to more than half of them: "
  "Kirkby Tarn Teachers' Centre (Fellside), the Saltmead Professional Development Centre (Marshwold) and the University "
  "College's Whitmoor campus (Upper Tarrant). Between study days participants carry out five Practice Tasks in their "
  "own school, supported by the educational psychologist who already links with that school (the link EP).")
Q("C2", "Give the timetable or sequence of the intervention.")
table([
    ["Day", "Module", "Content", "Venue"],
    ["1", "EDM701", "The SENCO role; Every Child Matters and the SENCO; the reflective practitioner and the learning log; the Starting Point Profile", "Whitmoor"],
    ["2", "EDM701", "The law: the Education Act 1996 Part 4, the SEN Code of Practice (2001), the SEN and Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005, the Disability Equality Duty, accessibility planning, the 2008 SENCO regulations", "Kirkby Tarn"],
    ["3", "EDM701", "Identifying needs: observation, data and assessment; target setting; using national tests and teacher assessment to track progress; access arrangements for tests (short input)", "Saltmead"],
    ["4", "EDM701", "Common needs (BESD, SpLD, SLCN, ASD, MLD) and what the research says about what works; provision mapping; assessment for learning for pupils with SEN; ICT and access technology", "Whitmoor"],
    ["5", "EDM702", "Working with other agencies: the Common Assessment Framework, CAMHS, speech and language therapy, the sensory services, voluntary organisations; using other professionals' reports; afternoon: pupil participation in planning and review", "Kirkby Tarn"],
    ["6", "EDM702", "Working with parents and carers (with the three Parent Partnership Services); supporting colleagues: coaching, modelling and leading staff training", "Saltmead"],
    ["7", "EDM702", "Leading and managing: school self-evaluation and SEN, the governing body, deploying teaching assistants, managing change in a small school", "Whitmoor"],
    ["8", "EDM702", "Presentations of change projects; Professional Conversations; review of the year", "Kirkby Tarn"],
], widths=[1, 2, 11, 3])
P("The five Practice Tasks are: PT1 an audit of the school's SEN policy and accessibility plan against the law; PT2 a "
  "provision map for one year group, with a review of one intervention; PT3 a structured conversation with the "
  "parents or carers of a pupil, with a written reflection; PT4 a staff development session led by the participant "
  "and observed by the link EP; and PT5 a map of the agencies the school works with and a record of one "
  "multi-agency meeting. There are two assignments: Assignment 1 is a 4,000-word case study of a pupil, drawing on "
  "research and on the reports of other professionals; Assignment 2 is a 5,000-word report of a change project led "
  "by the participant in their school, with baseline and follow-up evidence. The award ends with a 30-minute "
  "Professional Conversation with two tutors, one from each partner.")
Q("C3", "Who delivers the intervention?")
table([
    ["Name", "Role", "Qualifications and current work"],
    ["Ruth Calloway", "Training Officer, Tarnfell consortium; module leader EDM702", "BEd, MSc Educational Psychology, Chartered Psychologist; twelve years as an EP in Marshwold; SENCO in a middle school before training"],
    ["Dr Simon Keel", "Programme Leader, module leader EDM701", "BA, PGCE, MA (SEN), PhD (inclusion in rural primary schools); former head of a learning support service; external examiner for two SEN programmes"],
    ["Link EPs (nine)", "Workplace support; observe PT4; second markers", "All Chartered Psychologists with current casework in Tarnfell schools; each completes the consortium's annual update programme"],
    ["Helen Marr", "Tutor, Days 5 and 6", "Advisory teacher for autism, Upper Tarrant; MEd (Autism)"],
    ["Guest contributors", "Single sessions", "Speech and language therapists from the primary care trust, the three Parent Partnership Services, the Tarnfell sensory support team, a headteacher of a special school, a parent governor"],
], widths=[3.2, 4.3, 9.5])
P("Everyone who teaches on the award is in current practice in Tarnfell schools or services, and the consortium's "
  "annual update programme for its EPs covers the same research and policy changes that the award teaches.")
Q("C4", "How are participants recruited and selected for the intervention (not the research)?")
P("The award is advertised to all 214 schools in the three areas through the authorities' headteacher briefings and "
  "the consortium's termly CPD brochure. To be accepted, an applicant must hold qualified teacher status, be the "
  "designated SENCO of a Tarnfell school (or be about to take up the post within the year), and have the written "
  "support of their headteacher, who agrees to release them for the study days and to meet them once a term. "
  "Applications are checked against these criteria by the Training Officer.")
P("Once accepted, and before the first study day, each participant completes the Starting Point Profile: a "
  "self-rating against each of the 28 national outcomes, with a short example for each rating, which the link EP "
  "then discusses with them and their headteacher in school. From that meeting the participant writes an Individual "
  "Learning Plan naming which outcomes need most work, which Practice Tasks will carry them and two or three personal "
  "targets of their own. The plan is reviewed at the January tutorial and again before the Professional "
  "Conversation. Because the Practice Tasks are set in the participant's own school, each one is shaped to that "
  "school's priorities; a teaching head of a 40-pupil school and a SENCO in a 600-pupil middle school will write "
  "very different provision maps.")
p = doc.add_paragraph()
tracked(p, "del", "No credit is given for earlier study.")
tracked(p, "ins", "Credit for earlier study and experience is considered under the University College's Accreditation "
        "of Prior Learning regulations: a participant may claim up to 30 credits (the whole of EDM701), either for "
        "certificated Master's-level study in special educational needs completed in the last five years or, "
        "through a reflective portfolio mapped against the module's learning outcomes, for substantial experience. "
        "Claims are assessed by the module leader and confirmed by the Examination Board.")
Q("C5", "Is the intervention offered in different ways to different people?")
P("Yes. There are two start points each year: the full cohort starts in September, and a smaller group may start "
  "in February with EDM702 and take EDM701 the following autumn, since the modules do not depend on each other. "
  "Participants may also spread the two modules over two years. The study days are blended with Elfleda Online, the "
  "University College's Blackboard site, which holds the handouts, readings, recorded inputs from Days 2 and 4, and "
  "a discussion forum for each cohort. Participants use the forum to share their Practice Tasks with one another; "
  "tutors do not moderate the forum, and contact with tutors between study days is through the termly tutorial in "
  "school.")
P("The consortium and the University College both have equality schemes covering race, disability and gender, "
  "and the award is run in line with them.")
Q("C6", "Are there any groups of people who receive the intervention differently?")
P("No. Because every participant attends the same programme, with the same study days, Practice Tasks and "
  "assignments, the evaluation can treat each cohort as one group. There is no assessment-only route, no fast "
  "track and no exemption from the Professional Conversation.")
Q("C7", "What happens when participants finish?")
P("Successful participants receive the Postgraduate Certificate and the national award at the University College's "
  "summer ceremony. We hope that many will go on, in due course, to the University College's MA in Inclusive "
  "Education, and the consortium would like to offer a network for former participants once numbers allow.")
Q("C8", "How is the intervention assessed?")
P("Every outcome is assessed. The Practice Tasks are collected in a portfolio, marked pass or refer by the link "
  "EP and second marked by a module tutor. The assignments are marked by the module leaders against the University "
  "College's Level 7 criteria. The Professional Conversation is conducted by two tutors using a set of questions "
  "drawn from the participant's portfolio. Appendix B shows where each national outcome is taught and how it is "
  "assessed.")
P("The award is made by the University College's Examination Board only to a participant who has passed both "
  "modules, the portfolio and the Professional Conversation, and whose portfolio record shows every one of the 28 "
  "national outcomes signed off by a tutor with the evidence that meets it. A participant who passes the modules "
  "but has outcomes not yet signed off may receive the Postgraduate Certificate but not the national award.")
P("A sample of one in four portfolios and all referred or distinction work is second marked. At the end of each "
  "module, tutors from both partners meet with three link EPs, one from each authority, to moderate a sample of "
  "marked work and agree grades, and the University College's external examiner (Dr Anne Pryce, University of "
  "Hallam Cross) sees a sample from every module and attends the Examination Board.")
p = P("Link EPs attend a half-day briefing each September on the Practice Tasks, the marking criteria and their "
      "part in the Professional Conversation. Headteachers, who act as workplace mentors, will receive guidance "
      "notes.")

# ---------------------------------------------------------------- Section D
H("Section D: Research questions and design", 1)
Q("D1", "State the research questions.")
for t in [
    "RQ1 Do participants' knowledge, skills and confidence against the 28 national outcomes change between entry and the end of the award, and are the changes sustained a year later?",
    "RQ2 Is there evidence of change in the attainment, progress and well-being of the pupils on whom participants focus their Practice Tasks and change projects?",
    "RQ3 How do headteachers, parents and pupils experience the work of SENCOs who have taken the award?",
    "RQ4 Which parts of the programme do participants and their schools judge most and least useful, and why?",
]:
    P(t, style="List Bullet")
Q("D2", "Describe the design and methods.")
P("A mixed-methods, three-cohort study. The methods are:")
for t in [
    "Participants' self-ratings on the 28 outcomes: the Starting Point Profile at entry, repeated at the Professional Conversation and by post a year later (RQ1). The link EP rates the same outcomes from the portfolio at the end, so self-rating can be compared with an assessor's judgement.",
    "Case-focus pupils: for Assignment 2 every participant chooses up to six pupils and records baseline measures before the change and the same measures at least ten weeks after it. The measures are chosen with the link EP from a short list: standardised reading or number scores, National Curriculum levels or P scales, attendance, and the consortium's pupil well-being scale. The anonymised measures are passed to the research team (RQ2).",
    "A questionnaire to each participant's headteacher at the end of the award and a year later, about changes in provision, staff practice and pupil outcomes (RQ3).",
    "Two focus groups of parents and carers a year, one in each module, recruited through the Parent Partnership Services (RQ3).",
    "Conversations with a small number of pupils about their review meetings, using Talking Mats, carried out by research assistants (RQ3).",
    "Module evaluations, study-day evaluations and the external examiner's report (RQ4).",
]:
    P(t, style="List Bullet")
Q("D3", "How will the findings be used?")
P("The research team reports to the Tarnfell SENCO Award Steering Group each July. The Steering Group has the three "
  "Principal EPs, the Programme Leader, two headteachers and two SENCOs elected by the SENCO networks, and a Parent "
  "Partnership officer; it already shaped the award, for example by moving study days out of the Spring Term "
  "assessment weeks and adding PT3 after headteachers asked for more on parents. The Steering Group's annual review "
  "records each change agreed in response to the findings, and the Programme Leader reports those changes to the "
  "University College's School Board in the annual programme monitoring report. Before the award was designed the "
  "consortium surveyed all SENCOs and headteachers in the three areas (112 replies in June 2008); travel time, "
  "release costs and wanting work to count in their own school were the three strongest messages, and they "
  "explain the rotating venues and the Practice Tasks.")

# ---------------------------------------------------------------- Section E
H("Section E: Participants in the research", 1)
Q("E1", "Who will take part in the research and how many?")
P("Up to 24 SENCOs a year (72 over three cohorts); their headteachers; about 40 parents and carers a year in focus "
  "groups; up to 20 pupils a year in Talking Mats conversations; and the anonymised measures of about 400 "
  "case-focus pupils in total.")
Q("E2", "How will research participants be recruited?")
P("SENCOs are invited to take part in the research at the first study day by a member of the research team who does "
  "not mark their work. Taking part in the research is separate from the award: a participant who declines still "
  "takes the award in full and their Practice Tasks and assignments are marked in the same way. Parents are invited "
  "through the Parent Partnership Services; pupils only with the agreement of a parent and of the pupil.")

# ---------------------------------------------------------------- Section F
H("Section F: Consent and information", 1)
Q("F1", "How will you obtain informed consent?")
P("Written consent from SENCOs, headteachers and parents using the information sheets in Appendices C and D. For "
  "pupils, the research assistant explains the conversation using the child-friendly sheet (Appendix D), a symbol "
  "version, or signing where the pupil uses it; the pupil may stop at any time by putting the 'stop' card on the "
  "mat. Information sheets for parents are available in large print, in audio, and in Polish and Portuguese, the "
  "two languages other than English most spoken in Tarnfell families, and parents may bring a supporter to focus "
  "groups. Focus group venues are accessible and we pay travel and childcare costs.")
Q("F2", "Can people withdraw, and what happens to their data?")
P("Any research participant may withdraw up to the end of the cohort's data collection without giving a reason; "
  "their data are then destroyed. Withdrawing from the research has no effect on a SENCO's award.")

# ---------------------------------------------------------------- Section G
H("Section G: Risk, safeguarding and children", 1)
Q("G1", "What risks are there to participants or researchers, and how will you manage them?")
P("The main risk is that participants feel the research is part of their assessment. We manage this by keeping the "
  "research team separate from marking for each participant and by reporting only anonymised data to tutors. "
  "Parents in focus groups may describe difficult experiences; a Parent Partnership officer attends each group and "
  "can offer follow-up support.")
Q("G2", "Will researchers have unsupervised contact with children?")
P("Research assistants meet pupils in school, in a room with a window, with a known adult nearby. Pupils are never "
  "seen alone off the school site.")
Q("G3", "Describe the Criminal Records Bureau checks and other background checks for everyone in contact with children.")
P("The research assistants are trainee educational psychologists on placement with the consortium from the "
  "University of Hallam Cross. Each holds an enhanced CRB disclosure obtained through the University College before "
  "placement, which the Training Officer sees and records, with references from the trainee's previous employer. "
  "The link EPs are council employees with enhanced disclosures renewed every three years under their councils' "
  "policy. The SENCOs on the award are serving teachers whose checks are their employing school's responsibility; "
  "the consortium does not ask for evidence of them.")
Q("G4", "Where will the research take place?")
P("In participants' schools, at the three professional development centres and, for parents, at children's centres "
  "chosen by the Parent Partnership Services.")

# ---------------------------------------------------------------- Section H
H("Section H: Data", 1)
Q("H1", "How will data be stored and protected?")
P("Paper records are kept in a locked cabinet at the consortium office in Kirkby Tarn; electronic data on the "
  "University College's secure server, not on laptops. Pupils' measures reach the research team with a code, never "
  "a name. Data are kept for five years after the final report and then destroyed. The consortium and the three "
  "councils are data controllers for data collected in schools, under an agreement signed in January 2009.")

# ---------------------------------------------------------------- Section I
H("Section I: Dissemination", 1)
Q("I1", "How will findings be shared?")
P("An annual summary for participants, schools, parents' groups and the three councils; the July report to the "
  "Steering Group; a final report in 2012; and, we hope, a paper in Educational Psychology in Practice. Pupils who "
  "took part receive a picture summary of what was found.")

# ---------------------------------------------------------------- Section J
H("Section J: Declaration", 1)
P("We confirm that the information given is accurate and that we will report any changes to the Committee.")
table([
    ["Principal applicant", "Ruth Calloway", "Signed R. Calloway", "2 February 2009"],
    ["Co-applicant", "Dr Simon Keel", "Signed S. Keel", "2 February 2009"],
    ["Head of School", "Professor Lorna Tait", "Signed L. Tait", "3 February 2009"],
], header=False)

H("Committee decision", 1)
P("Decision: approved with conditions (meeting of 11 February 2009). The conditions and the applicants' responses "
  "are recorded below; the Secretary confirmed on 20 February 2009 that all conditions were met.")
table([
    ["No.", "Condition", "Applicants' response"],
    ["1", "Make clear that declining the research does not affect the award.", "Added to E2 and F2 and to Appendix C."],
    ["2", "Provide a child-friendly information sheet and a symbol version.", "Appendix D; symbol version made by the Upper Tarrant communication team."],
    ["3", "State how credit for earlier study is handled, since exempted participants will have no EDM701 data.", "C4 amended (see the Secretary's tracked change). Exempted participants' EDM701 data will be missing and reported as such."],
    ["4", "Confirm the data-controller arrangements with the three councils.", "Agreement signed January 2009 (H1)."],
], widths=[1, 7.5, 8.5])

# ---------------------------------------------------------------- Appendices
doc.add_page_break()
H("Appendix A: Specialist input and resources", 1)
P("The award draws on the specialist services of the three authorities. Participants hear from, and can consult "
  "through their link EP, the speech and language therapy service, the sensory support team for hearing and vision, "
  "the behaviour support teams, the autism advisory teacher and CAMHS primary mental health workers; each of these "
  "services contributes a session on Day 5 and will answer a participant's query about a case-focus pupil.")
deleted_paragraph("Each participant will also spend two days in a special school or specialist resource base in "
                  "another authority, arranged by the Training Officer, to observe provision and to discuss it with "
                  "that school's SENCO.")
P("Participants have use of the University College library, including its electronic journals, and can borrow "
  "from each educational psychology service's test and resources library through their link EP. A loan kit of "
  "access technology (text-to-speech software, talking tins, a portable magnifier, communication aids and symbol "
  "software) moves between the three centres so that it is in the room on Day 4 and can then be borrowed by schools "
  "for half a term.")

H("Appendix B: Outcome map", 1)
P("Codes are the consortium's: PA professional attributes, KU knowledge and understanding, PS professional skills, "
  "in the order of the national outcomes. PT = Practice Task; A1, A2 = Assignments; PC = Professional Conversation.")
rows = [["Code", "National outcome (summary)", "Where developed", "How assessed"],
        ["PA1", "Fair, respectful relationships with pupils and their parents or carers", "Day 6", "PT3; A1"],
        ["PA2", "Gains the commitment of colleagues, including the head and senior leaders", "Day 7", "A2 (change project)"],
        ["PA3", "Prioritises, manages time and delegates", "Termly tutorials", "Discussed at mentor meetings (formative, not marked)"],
        ["PA4", "Anticipates and resolves problems; sound judgements about provision", "Days 3 and 7", "PC"],
        ["PA5", "Expresses self clearly; listens to others", "Throughout", "All written work; PC"],
        ["PA6", "Draws on research and external advice", "Days 2 to 8", "A1 (literature section)"],
        ["PA7", "Keeps up to date; takes responsibility for own CPD", "Day 1; learning log", "Learning log checked for completion only"],
        ["KU1", "SEN law and the Code of Practice, and how to put them into practice", "Day 2", "PT1; A1"],
        ["KU2", "Every Child Matters and the SENCO's part", "Day 1", "A1"],
        ["KU3", "Disability equality law and the actions it requires", "Day 2", "PT1 (accessibility plan)"],
        ["KU5", "The most common types of SEN and disability and their effect on learning", "Days 3 and 4", "A1"],
        ["KU6", "Approaches and resources for assessment, planning and teaching, including ICT", "Day 4", "PT2"],
        ["KU7", "School self-evaluation and improvement for SEN", "Day 7", "A2"],
        ["KU8", "Best practice and research in meeting SEN", "Day 4", "A1"],
        ["KU9", "External agencies and how to get specialist support", "Day 5", "PT5"],
        ["PS1", "With senior colleagues and governors, shapes inclusive policy and resources", "Day 7", "A2"],
        ["PS2", "Identifies pupils, sets targets, plans interventions, reviews progress", "Day 3", "A1"],
        ["PS2(a)", "Uses other professionals' assessments", "Day 5", "A1"],
        ["PS2(b)", "Uses summative data and national tests to track progress", "Day 3", "Formative feedback on data task, not marked"],
        ["PS2(c)", "Helps colleagues develop formative assessment", "Day 4", "PT2"],
        ["PS2(d)", "Special arrangements for tests and examinations", "Day 3 (short input)", "\u2014"],
        ["PS3", "Provision mapping; identifying ineffective or missing provision", "Day 4", "PT2"],
        ["PS4", "Deploys and manages staff", "Day 7", "A2"],
        ["PS5", "Supports colleagues' professional development", "Day 6", "PT4 (observed by link EP)"],
        ["PS6", "Reviews the effectiveness of provision with staff, for self-evaluation", "Day 7", "PT2"],
        ["PS7", "Involves pupils in planning and reviewing their provision", "Day 5 (afternoon)", "Not separately assessed"],
        ["PS8", "Liaises with parents and carers", "Day 6", "PT3"],
        ["PS9", "Works in partnership with other services and voluntary organisations", "Day 5", "PT5"],
        ]
table(rows, widths=[1.6, 7, 3.6, 4.8])

H("Appendix C: Information sheet for SENCOs", 1)
P("You are invited to take part in a study of the Tarnfell SENCO Award. Please read this sheet before you decide.")
for t in [
    "What is the study for? We want to know whether the award helps SENCOs and, through them, pupils. We will use what we find to improve the award for later cohorts.",
    "What would I do? Let us use your Starting Point Profile and your end-of-award ratings; complete the same ratings a year after you finish; pass on your case-focus pupils' measures in coded form; and agree that we may send a questionnaire to your headteacher.",
    "Do I have to? No. If you say no, nothing about your award changes: you still attend every study day and your work is marked in exactly the same way.",
    "Who will see my data? Only the research team. Tutors who mark your work will not see your research data.",
    "Who do I contact? Ruth Calloway at the consortium office, Kirkby Tarn, or the Chair of the Research Ethics Committee if you have a complaint.",
]:
    P(t, style="List Bullet")

H("Appendix D: Information sheet for pupils", 1)
P("Hello. My name is on the card. I am helping teachers find out how to make school better for children.")
for t in [
    "I would like to talk with you about your review meetings.",
    "We will use some picture cards and a mat. You put the cards where you think they go.",
    "You can stop any time. Just put the STOP card on the mat.",
    "I will not tell anyone your name.",
    "You and your mum, dad or carer can say yes or no. Both are fine.",
]:
    P(t, style="List Bullet")

doc.save(OUT)

# ---------------------------------------------------------------- comments
d2 = Document(OUT)


def find_par(d, needle):
    for p in d.paragraphs:
        if needle in p.text:
            return p
    raise KeyError(needle)


p = find_par(d2, "There is no assessment-only route")
d2.add_comment(p.runs, text="If the University College allows assessment-only candidates later, they would fall outside "
               "the design. Is that route ruled out altogether?", author="Dr Paul Renwick (REC reviewer)", initials="PR")
p = find_par(d2, "the consortium does not ask for evidence of them")
d2.add_comment(p.runs, text="The TDA specification expects the provider to verify participants' enhanced disclosures. "
               "Not an ethics condition, but you may want to look at this before the TDA bid.",
               author="Dr Paul Renwick (REC reviewer)", initials="PR")
p = find_par(d2, "tutors do not moderate the forum")
d2.add_comment(p.runs, text="Suggest a tutor checks the forum weekly - if only for safeguarding of pupil information "
               "posted there.", author="Dr Paul Renwick (REC reviewer)", initials="PR")
d2.save(OUT)
print("wrote", OUT)
