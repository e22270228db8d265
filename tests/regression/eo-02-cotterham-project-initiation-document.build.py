"""eo-02-cotterham-project-initiation-document: build script.

Provider (invented): Cotterham City Council, Children's Services. The School
Improvement Service (Learning and Achievement Division) and the Cotterham
Virtual School for Looked After Children run the "SENCO National Award
Project" (SNAP), which sets up a Postgraduate Certificate in SEN Coordination
validated and awarded by the (invented) Northwold University, 60 credits at
Level 7 in three 20-credit modules, first cohort September 2009.

Kind of document: the project's PRINCE2 Project Initiation Document (PID),
Version 1.0, approved by the Project Board on 19 January 2009, sent as the
application under a one-page covering letter. The programme is described as
what the project delivers: in the Project Definition (objectives, method of
approach, scope, exclusions, constraints, assumptions, interfaces), the
outline Business Case, the Project Organisation Structure, the Communication
Plan, the Project Quality Plan, the stage plan, controls, the initial Risk
Log, the Benefits Review Plan, and Appendix A's Product Descriptions
(Purpose / Composition / Quality criteria / Status). Appendix B is product
PD04, the Outcome Coverage Map, at version 0.9, with a Status column.

Layout: covering letter; cover table; Document Control (revision history,
approvals, distribution); Heading 1/2 with PRINCE2 section numbers (1-11)
that collide with requirement ids ("3.3 Scope", "3.4 Exclusions", "5.1 Project Board",
"7.5 Equality", "7.6 Safeguarding"...); lettered exclusions list; tables for
objectives, organisation, communication, stages, risks, benefits; Product
Descriptions as two-column tables; the Project Board's changes as real tracked
changes (w:ins / w:del with authors and dates) and four Word comments.

Traps (requirement ids affected):
- Exclusions far from their subjects (2.3, 2.5, 3.3): section 3.4 lists what
  "will not be delivered by the project": (c) online or distance-learning
  modules (so 3.3 is not_applicable: the programme is taught face to face),
  (d) a route to be assessed without attending the programme (2.3 not_met),
  (f) planning participants' professional development after the award (2.5
  not_met). A comment wanting an assessment-only route for Virtual School
  teachers is not part of the submission (2.3).
- Deleted tracked change (3.2): "A second intake each January" is deleted from
  the scope list, and the revision history records the January start as
  "removed in 0.4". One September intake, modules in a fixed order; only the
  choice of weekday and Learning Set times is flexible. partially_met.
- Inserted tracked change (5.3): the sentence on candidates out of school for
  three months getting a new enhanced CRB disclosure is an insertion, so it
  counts; with the head's certificate checked by the Programme Administrator,
  5.3 met.
- Assumption instead of a system (5.2): entry is QTS, the SENCO role and the
  head's nomination; prior knowledge is an assumption (A2) and readiness is
  handled after acceptance by a study-skills session (Risk R6).
  partially_met.
- Wrong context (2.2): every looked after child's PEP has personalised targets
  (Background); the participants' Starting Point Audit (PD02, "In
  development") is used to allocate Learning Sets, plan taught days and guide
  the choice of option workshops; no individual training plan or personalised
  outcomes. partially_met.
- Attainment only (1.1): objectives, aims and benefits are about attainment
  and the NI 99-101 and NI 104-105 gaps; no well-being. partially_met. The
  outcome map has no row for Every Child Matters and the programme never
  mentions it (6.K2 not_met).
- General statement (1.3): "will reflect current research and inspection
  findings" and a reading list the University "will compile". partially_met.
- Product not started (5.7): the Mentor Guide (PD05) is "Not started"; tutors'
  induction and standardisation are real; a comment asks for a mentor
  briefing. partially_met.
- Resources (5.6): library and the SIS resource centre, but "no budget for
  specialist technology". partially_met.
- Impact (5.9): benefits measured on city-wide indicators and a confidence
  questionnaire; the sentence on collating pupils' progress in the case
  studies is deleted, and the Virtual School Head's wish to track pupils is only
  a comment. partially_met.
- Outcome Coverage Map (criterion 6): 6.A3 "Learning Set discussion (not
  assessed)" and 6.S5 "Learning Set peer feedback (formative)" partially_met;
  6.A7 developed only in the SIS SENCO Network outside the award and "Not
  assessed": partially_met; 6.K7 assessment deleted and replaced by an
  inserted "TBC" (Status "Open"): partially_met; 6.S2b assessed in the
  project but "-" where taught: partially_met; 6.S2d "-" deleted and the case
  study's Section C inserted: met; no rows for 6.K2 or 6.S4 (staff
  deployment), and nothing in the programme covers them: not_met. 6.0 and 1.9
  partially_met because the award rule (pass all three modules, each marked
  against the mapped outcomes) leaves those outcomes unassessed.
- Section numbers colliding with requirement ids ("3.3 Scope", "5.1 Project Board",
  "7.5 Equality", "7.6 Safeguarding") are the PID's own.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

HERE = Path(__file__).resolve().parent
OUT = HERE / "eo-02-cotterham-project-initiation-document.docx"

doc = Document()
doc.styles["Normal"].font.name = "Verdana"
doc.styles["Normal"].font.size = Pt(9.5)
for s in ("Heading 1", "Heading 2", "Heading 3"):
    doc.styles[s].font.name = "Verdana"
    doc.styles[s].font.color.rgb = RGBColor(0x00, 0x4B, 0x3C)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)

REV = [100]
LF = ("Lorna Fyfe", "2009-01-19T14:05:00Z")
ME = ("Marcus Eady", "2009-01-19T15:20:00Z")


def _rid():
    REV[0] += 1
    return REV[0]


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ins(p, text, who):
    a, d = who
    p._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{_rid()}" w:author="{a}" w:date="{d}"><w:r>'
        f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>'))


def dele(p, text, who):
    a, d = who
    p._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="{_rid()}" w:author="{a}" w:date="{d}"><w:r>'
        f'<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>'))


def mark_para(p, kind, who):
    """Mark the paragraph mark itself as inserted or deleted."""
    a, d = who
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:rPr {nsdecls("w")}><w:{kind} w:id="{_rid()}" w:author="{a}" w:date="{d}"/></w:rPr>'))


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def P(text="", bold=False, italic=False, style=None, size=None, align=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def H1(t):
    return doc.add_heading(t, level=1)


def H2(t):
    return doc.add_heading(t, level=2)


def bullets(items, style="List Bullet"):
    return [doc.add_paragraph(it, style=style) for it in items]


def table(rows, widths=None, header=True, fill="D5E8D4", size=8.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if header and i == 0:
                r.bold = True
                shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def product(code, title, fields):
    P(f"{code}  {title}", bold=True)
    rows = [[k, v] for k, v in fields]
    t = table(rows, widths=[3.5, 13.5], header=False)
    for i in range(len(rows)):
        shade(t.cell(i, 0), "EEF5EC")
        for r in t.cell(i, 0).paragraphs[0].runs:
            r.bold = True
    return t


# ---------------------------------------------------------------- header / footer
hp = sec.header.paragraphs[0]
hp.text = "SENCO National Award Project (SNAP)  -  Project Initiation Document  -  Version 1.0"
hp.runs[0].font.size = Pt(7.5)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Cotterham City Council  |  CS/LA/PRJ/0417  |  Page ")
fr.font.size = Pt(7.5)
fp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="15"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'))
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

# ---------------------------------------------------------------- covering letter
P("Cotterham City Council", bold=True, size=12)
P("Children's Services, Learning and Achievement Division\nCivic Offices, Portland Row, Cotterham CT1 4QA")
P("23 January 2009")
P("SENCO Training Approvals\nTraining and Development Agency for Schools\n151 Buckingham Palace Road, London SW1W 9SZ")
P("Dear Colleague")
P("Application for approval to provide nationally accredited training for SENCOs", bold=True)
P("Cotterham City Council, through its School Improvement Service and its Virtual School for Looked After Children, "
  "applies for approval to provide nationally accredited SENCO training with Northwold University.")
P("Like all the Council's development projects, the work has been run under PRINCE2, and the Project Initiation "
  "Document is the fullest and most current description of the programme we will offer. Rather than rewrite it, "
  "we enclose Version 1.0 as approved by the Project Board on 19 January 2009, with the Board's amendments left "
  "visible as tracked changes so that you can see what changed at that meeting. Appendix B sets out where each "
  "national outcome is taught and assessed.")
P("We would be glad to meet the panel or to answer any question.")
P("Yours faithfully")
P("Ann Whitlow\nHead of School Improvement and Project Executive")
doc.add_page_break()

# ---------------------------------------------------------------- cover
P("PROJECT INITIATION DOCUMENT", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
P("SENCO National Award Project (SNAP)", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
table([
    ["Release", "Version 1.0 (approved)"],
    ["Date", "19 January 2009"],
    ["Author", "Dev Raman, Project Manager"],
    ["Owner", "Ann Whitlow, Head of School Improvement (Project Executive)"],
    ["Document reference", "CS/LA/PRJ/0417"],
    ["Programme", "Children's Services Workforce Development Programme 2008-2011"],
], widths=[4.5, 12.5], header=False)

H1("Document Control")
H2("Revision history")
table([
    ["Version", "Date", "Author", "Summary of changes"],
    ["0.1", "3 Oct 2008", "D. Raman", "First draft from Project Brief"],
    ["0.2", "20 Oct 2008", "D. Raman", "Virtual School input; added January start option for a second intake"],
    ["0.3", "14 Nov 2008", "D. Raman / B. Carrow", "Programme Specification as submitted for validation"],
    ["0.4", "12 Dec 2008", "D. Raman", "Validation outcome added; January start option removed (tutor capacity)"],
    ["1.0", "19 Jan 2009", "D. Raman", "Approved by Project Board; Board amendments shown as tracked changes"],
], widths=[1.6, 2.4, 3.2, 9.8])
H2("Approvals")
table([
    ["Name", "Project role", "Signature", "Date"],
    ["Ann Whitlow", "Executive", "A. Whitlow", "19/01/09"],
    ["Dr Kathleen Brough", "Senior User (Virtual School)", "K. Brough", "19/01/09"],
    ["Chris Penhaligon", "Senior User (headteachers)", "C. Penhaligon", "19/01/09"],
    ["Marcus Eady", "Senior Supplier (Northwold University)", "M. Eady", "19/01/09"],
], widths=[4, 6, 4, 3])
H2("Distribution")
P("Project Board; Project Assurance; Team Manager (Programme Design); Children's Services Programme Office; "
  "Northwold University School of Education Quality Office.")

# ---------------------------------------------------------------- 1
H1("1  Purpose of this document")
P("This document defines the SENCO National Award Project. It sets out what the project will deliver, how, by when "
  "and at what cost, who is responsible for what, and how quality and risk will be managed. It is the basis on which "
  "the Project Board authorised Stage 3 (Approval and Recruitment) at its meeting on 19 January 2009, and the "
  "baseline against which progress will be reported.")

# ---------------------------------------------------------------- 2
H1("2  Background")
P("Cotterham has 112 schools: 86 primary, 19 secondary and 7 special. In the School Improvement Service's survey of "
  "October 2008, 31 SENCOs had been in post for less than two years and 22 had no qualification in special "
  "educational needs beyond their initial training. The survey also asked SENCOs and headteachers what training "
  "new SENCOs most needed: the commonest answers were the law and the Code of Practice, identifying need, provision "
  "mapping and working with other agencies, and the taught days in section 3.2 follow those priorities. The SENCO Regulations of 2008 require every SENCO in a maintained "
  "school to be a qualified teacher, and the Government has announced that teachers new to the role will be "
  "required to gain the new national award.")
P("The Virtual School for Looked After Children has 268 pupils on roll in Cotterham schools. Sixty-four per cent "
  "have special educational needs, against nineteen per cent of all pupils. Every looked after child has a Personal "
  "Education Plan with personalised targets, reviewed each term, and the Virtual School's audit of PEPs in "
  "summer 2008 found that 58 per cent of looked after pupils with SEN had no target relating to their special "
  "educational need. The Virtual School's view, shared by the Senior User, is that better SEN coordination in "
  "schools is the most direct route to better attainment for looked after children.")
P("The attainment gap between pupils with SEN and their peers at Key Stage 2 and Key Stage 4 (NI 104 and NI 105) "
  "is wider in Cotterham than in our statistical neighbours, and the Local Area Agreement commits the Council to "
  "narrowing it by 2011. Buying places for Cotterham SENCOs on courses elsewhere has been costly, and few have "
  "completed. The Council therefore decided, in the Workforce Development Programme approved in July 2008, to "
  "establish its own accredited programme with a university partner.")

# ---------------------------------------------------------------- 3
H1("3  Project Definition")
H2("3.1 Project objectives")
table([
    ["Ref", "Objective", "Measure", "Target date"],
    ["O1", "Secure validation of a Postgraduate Certificate in SEN Coordination by Northwold University", "Validation confirmed", "Dec 2008 (achieved)"],
    ["O2", "Secure approval from the Secretary of State (through the TDA) to provide nationally accredited SENCO training", "Approval letter", "Apr 2009"],
    ["O3", "Recruit and enrol a first cohort of 24 SENCOs", "24 enrolled", "Jul 2009"],
    ["O4", "Deliver the programme to Cohort 1 with at least 90 per cent completing", "Completion rate", "Jul 2010"],
    ["O5", "Raise the attainment of pupils with SEN and of looked after pupils in participants' schools", "NI 104, NI 105; NI 99-101", "2011"],
    ["O6", "Hand the programme over to the School Improvement Service as an annual service", "Handover accepted", "Sep 2010"],
], widths=[1.2, 8.5, 4, 3.3])

H2("3.2 Defined method of approach")
P("The project will design and deliver the Cotterham Postgraduate Certificate in SEN Coordination, validated and "
  "awarded by Northwold University. The Certificate carries 60 credits at Level 7 (masters level) and has three "
  "modules of 20 credits each, taken in order: SEN701 The SENCO, the Law and the School; SEN702 Learners, Needs and "
  "Teaching; and SEN703 Leading and Evaluating Provision. Northwold's validation panel approved the programme on "
  "10 December 2008 with one condition, which was met on 9 January 2009. The University awards the Certificate and "
  "retains responsibility for academic standards under the Memorandum of Agreement signed on 3 November 2008.")
P("The aim of the programme is to equip SENCOs to raise the attainment and accelerate the progress of pupils with "
  "SEN and/or disabilities in their schools, and so to narrow the gap measured by NI 104 and NI 105. Each module "
  "assignment requires the participant to show how their work will raise the attainment of identified pupils.")
P("Taught days.", bold=True)
P("Twelve taught days at the Cotterham Teachers' Centre between September 2009 and June 2010, spread across "
  "Tuesdays, Wednesdays and Thursdays so that no school loses the same day each time:")
table([
    ["Day", "Module", "Content", "Contributors"],
    ["1", "SEN701", "The SENCO's role; the SEN Code of Practice (2001) and the 2008 SENCO Regulations", "Beth Carrow; Dr Rowan Petty"],
    ["2", "SEN701", "Disability equality: the Disability Discrimination Act 1995 and 2005, SENDA 2001 and the school's duties", "Beth Carrow; Council equalities adviser"],
    ["3", "SEN701", "Whole-school SEN policy: working with the headteacher, senior leaders and governors; access arrangements for national tests and examinations", "Beth Carrow; SIS assessment officer"],
    ["4", "SEN702", "Identifying need: specific learning difficulties including dyslexia; moderate learning difficulties", "Sarah Ndlovu; Learning Support Service"],
    ["5", "SEN702", "Attachment, development and learning: looked after children and children who have experienced trauma", "Dr Kathleen Brough; Tom Birtles (EP)"],
    ["6", "SEN702", "Speech, language and communication needs, autistic spectrum disorders and behavioural, emotional and social difficulties; effective interventions and the research behind them; assessment for learning for pupils with SEN", "Dr Rowan Petty; Speech and Language Therapy; SIS consultants"],
    ["7", "SEN702", "The pupil's voice: gathering and using pupils' views", "Sarah Ndlovu; Cotterham Speak Out"],
    ["8", "SEN702", "Parents and carers as partners", "Cotterham Parent Partnership Service; foster carer"],
    ["9", "SEN702", "Working with other agencies: educational psychology, health, social care and voluntary organisations", "Tom Birtles; CAMHS; Cotterham Autism Support (charity)"],
    ["10", "SEN703", "Provision mapping and provision management", "Beth Carrow"],
    ["11", "SEN703", "Evaluating provision; SEN and school improvement", "SIS Senior Adviser (Primary)"],
    ["12", "SEN703", "Leading colleagues: coaching, modelling and delivering training; managing the SENCO's time", "Beth Carrow; Sarah Ndlovu"],
], widths=[1, 1.7, 9.3, 5])
P("Option workshops.", bold=True)
P("In addition each participant attends two of five twilight option workshops (sensory impairment; physical "
  "disability and medical needs; dyscalculia; pupils with English as an additional language and SEN; autism: "
  "beyond the basics), chosen with their Learning Set facilitator in the light of their Starting Point Audit and "
  "their school's needs.")
P("Learning Sets.", bold=True)
P("Participants are placed in Learning Sets of five or six, each facilitated by an adviser from the School "
  "Improvement Service. A Set meets six times during the year, after school, in each member's school in turn; the "
  "host SENCO shows the Set the school's provision and the Set discusses problems members bring. Sets agree their "
  "own meeting dates and times.")
P("School-based development tasks.", bold=True)
P("Each taught day ends with a development task to be carried out in the participant's own school before the next "
  "day, using the school's own pupils, data and policies. The tasks build towards the module assignments.")
P("Exchange visits.", bold=True)
P("Each participant makes two half-day exchange visits, one to a special school and one to a resource base or "
  "another mainstream school's SEN department, chosen from a list of host settings agreed with their headteacher. "
  "The Programme Administrator arranges the visits; hosts receive a briefing sheet and a visit agenda, and the "
  "participant completes a visit record that is used in the SEN703 assignment.")
P("Accreditation of prior learning.", bold=True)
P("Candidates may claim credit for SEN701 (20 credits) under Northwold's procedures for the accreditation of prior "
  "learning: either prior certificated study in SEN at Level 7, or a portfolio that maps their experience as a SENCO "
  "to the SEN701 learning outcomes, assessed by the module leader and confirmed by the Assessment Board. The "
  "Programme Leader advises candidates on claims at the point of nomination; the University charges \u00a3150 per "
  "claim. A successful claimant joins the programme at Day 4 and completes SEN702 and SEN703.")
P("Assessment.", bold=True)
P("Each module has one assignment, marked against Northwold's Level 7 criteria and against the national outcomes "
  "mapped to it in the Outcome Coverage Map (Appendix B):")
bullets([
    "SEN701: School SEN Audit Report (4,000 words). An audit of the participant's school's SEN policy and practice "
    "against the Code of Practice and disability equality duties, with recommendations for the headteacher and the "
    "governing body.",
    "SEN702: Pupil Case Study (4,000 words). A study of one pupil with SEN, where possible a looked after child: the "
    "assessments made by the school and other professionals, the pupil's own views gathered by the participant using "
    "a structured method practised on Day 7, the views of parents or carers, a plan of intervention with targets, "
    "and a review. Section C sets out the access arrangements the pupil needs for national tests or examinations and "
    "how the participant put them in place with colleagues. A short literature section relates the plan to research.",
    "SEN703: Provision Evaluation Project (3,500 words plus a 15-minute presentation to the Learning Set, marked by "
    "the facilitator). An evaluation, carried out with colleagues, of one area of the school's provision for pupils "
    "with SEN, using the provision map and the school's tracking data, including how the participant has helped "
    "colleagues develop formative assessment for pupils with SEN, and ending with recommendations for the "
    "school's improvement plan.",
])
P("The Certificate is awarded to participants who pass all three modules.")

H2("3.3 Scope")
P("The project includes:")
sc = bullets([
    "design and validation of the Certificate (Stage 2, complete);",
    "application for approval to the TDA;",
    "recruitment, selection and enrolment of Cohort 1;",
])
p = doc.add_paragraph(style="List Bullet")
dele(p, "a second intake each January, from January 2010;", LF)
mark_para(p, "del", LF)
bullets([
    "delivery of the programme to Cohort 1, including assessment, moderation and the University Assessment Board;",
    "the products listed in Appendix A;",
    "evaluation of Cohort 1 and handover of the programme to the School Improvement Service.",
])

H2("3.4 Exclusions")
P("The following are outside the scope of the project and will not be delivered by it:")
for it in [
    "(a) training for SENCOs in independent schools, who may apply to Northwold University's open programme;",
    "(b) training for designated teachers for looked after children, which continues to be provided by the Virtual "
    "School as a separate course;",
    "(c) online or distance-learning modules: the programme is taught face to face, with Learning Sets and "
    "school-based tasks between taught days;",
    "(d) a route by which candidates are assessed against the outcomes without attending the programme;",
    "(e) the MA in Inclusive Education, into which Certificate credit may be carried, which remains a Northwold "
    "University programme;",
    "(f) planning participants' professional development after the award.",
]:
    p = P(it)
    p.paragraph_format.left_indent = Cm(0.8)
    if it.startswith("(d)"):
        EXC_D = p

H2("3.5 Constraints")
bullets([
    "Budget: \u00a378,400 over the life of the project (section 4).",
    "Days out of school: the Headteachers' Forum agreed in September 2008 to release SENCOs for no more than twelve "
    "taught days a year.",
    "Tutor capacity: the School Improvement Service can staff one cohort a year; there will be a single intake each "
    "September.",
    "The programme must meet Northwold University's regulations for Level 7 awards and the TDA specification.",
])

H2("3.6 Assumptions")
bullets([
    "A1 Schools will release participants for the taught days and meet supply costs from the Standards Fund "
    "allocation for SEN.",
    "A2 Participants will have sufficient knowledge of SEN on entry to benefit from a Level 7 programme; entry is "
    "open to any qualified teacher who is, or is designated to become, the SENCO of a Cotterham school and is "
    "nominated by the headteacher.",
    "A3 TDA funding per participant will continue for at least the first two cohorts.",
    "A4 Northwold University will continue to provide library access to participants as associate students.",
])

H2("3.7 Interfaces")
bullets([
    "Virtual School: PEP process and designated teacher network (referral of looked after pupils as case-study pupils "
    "with the consent of the child, the carer and the social worker).",
    "School Improvement Service core offer: the termly Cotterham SENCO Network, which all Cotterham SENCOs may attend.",
    "Northwold University: validation, registration, assessment boards, external examiner and annual monitoring.",
    "Children's Services HR Vetting Team: CRB disclosures (section 7.6).",
])

# ---------------------------------------------------------------- 4
H1("4  Business Case (outline)")
P("Three options were appraised in September 2008: (1) continue to buy places for Cotterham SENCOs on other "
  "providers' courses; (2) commission a university to run a course in Cotterham; (3) deliver a Council programme "
  "validated by a university. Option 3 was chosen. Buying places has cost an average of \u00a32,100 per SENCO, with "
  "travel and supply on top, and only 9 of the 17 SENCOs funded since 2005 completed. Under option 3 the cost per "
  "participant is \u00a31,180 for Cohort 1, falling to \u00a3960 from Cohort 2 once design costs are met, and the "
  "programme can draw on the Council's own specialist services at no extra charge.")
table([
    ["Cost heading", "Stage 2-3", "Stage 4 (Cohort 1)", "Total"],
    ["Tutor time (SIS and Virtual School)", "\u00a38,200", "\u00a321,600", "\u00a329,800"],
    ["University validation and per-capita fee", "\u00a34,000", "\u00a313,200", "\u00a317,200"],
    ["External examiner, moderation", "-", "\u00a31,900", "\u00a31,900"],
    ["Venue, catering, materials", "\u00a3600", "\u00a38,300", "\u00a38,900"],
    ["Option workshops and exchange-visit hosts", "-", "\u00a35,400", "\u00a35,400"],
    ["Project management (0.2 FTE)", "\u00a34,700", "\u00a310,500", "\u00a315,200"],
    ["Total", "\u00a317,500", "\u00a360,900", "\u00a378,400"],
], widths=[7, 3, 3.5, 3.5])
P("The expected benefits are set out in the Benefits Review Plan (section 11).")

# ---------------------------------------------------------------- 5
H1("5  Project Organisation Structure")
H2("5.1 Project Board")
table([
    ["Role", "Name", "Post"],
    ["Executive", "Ann Whitlow", "Head of School Improvement"],
    ["Senior User", "Dr Kathleen Brough", "Headteacher, Cotterham Virtual School for Looked After Children"],
    ["Senior User", "Chris Penhaligon", "Headteacher, Marsh Lane Primary School; nominated by the Headteachers' Forum"],
    ["Senior Supplier", "Marcus Eady", "Head of Continuing Professional Development, School of Education, Northwold University"],
    ["Project Assurance", "Lorna Fyfe", "Quality and Performance Manager, Children's Services"],
], widths=[3.5, 4, 9.5])
H2("5.2 Project management team")
table([
    ["Role", "Name", "Qualifications and experience"],
    ["Project Manager", "Dev Raman", "PRINCE2 Practitioner; Programme Office, Children's Services"],
    ["Team Manager (Programme Design) and Programme Leader", "Beth Carrow", "Senior Adviser (SEN), School Improvement "
     "Service. SENCO in two Cotterham primary schools for nine years; MEd (Special Educational Needs); Northwold "
     "associate lecturer since 2006."],
    ["Module leader SEN702", "Dr Rowan Petty", "Senior Lecturer in Special Education, Northwold University. PhD on "
     "communication in autism; former teacher in a language unit."],
    ["Tutor and Learning Set facilitator", "Sarah Ndlovu", "SEN Consultant, School Improvement Service. Former SENCO of "
     "an 11-18 school; OCR Diploma in Specific Learning Difficulties."],
    ["Tutor (Day 5) and Senior User", "Dr Kathleen Brough", "Virtual School Headteacher; formerly deputy head of a "
     "secondary school with a resource base for pupils with BESD."],
    ["Contributor", "Tom Birtles", "Senior Educational Psychologist (looked after children)"],
    ["Learning Set facilitators (3)", "SIS school improvement advisers", "Each a former SENCO or head of inclusion"],
    ["Programme Administrator", "Joanne Quayle", "School Improvement Service"],
], widths=[4.5, 3.5, 9])
P("Tutors keep their specialist knowledge up to date through the National Strategies' regional SEN adviser "
  "network, which the School Improvement Service's SEN staff attend each term, and through Northwold's research "
  "seminars. Each Learning Set facilitator spends at least two days a term working in schools on SEN provision.")
P("Specialist expertise is drawn from the Council's educational psychologists, the Speech and Language Therapy "
  "Service, CAMHS, the Learning Support Service, the Sensory Support Team and Cotterham Autism Support, each of "
  "which contributes to a taught day or an option workshop.")

# ---------------------------------------------------------------- 6
H1("6  Communication Plan")
table([
    ["Audience", "Information", "Method", "Frequency", "Owner"],
    ["Headteachers", "Programme, nominations, progress", "Headteachers' Forum briefing", "Termly", "Executive"],
    ["SENCOs", "Programme, recruitment", "Cotterham SENCO Network; e-bulletin", "Termly", "Programme Leader"],
    ["Participants' schools", "Attendance, assignment dates, visit arrangements", "Letter to headteacher", "Each module", "Programme Administrator"],
    ["Parents and carers", "What the programme is for", "Parent Partnership newsletter", "Annually", "Programme Leader"],
    ["Looked after children", "Programme; invitation to contribute to Day 7", "Cotterham Speak Out meeting", "Annually", "Senior User (Virtual School)"],
    ["Schools Forum", "Costs and outcomes", "Report", "Annually", "Executive"],
    ["Northwold University", "Registrations, marks, evaluation", "Programme Committee", "Termly", "Senior Supplier"],
], widths=[3, 4.5, 4, 2, 3.5])

# ---------------------------------------------------------------- 7
H1("7  Project Quality Plan")
H2("7.1 Customer's quality expectations")
P("The Senior Users expect a programme that meets the TDA specification and Northwold's standards for a Level 7 "
  "award, that is practical and rooted in Cotterham schools, and that will reflect current research and inspection "
  "findings on SEN. The reading list for each module will be compiled by the University before the module starts.")
H2("7.2 Acceptance criteria")
bullets([
    "Certificate validated by Northwold University (met).",
    "Approval from the TDA.",
    "At least 90 per cent of Cohort 1 complete; at least 85 per cent rate the programme good or better.",
    "External examiner's first report confirms standards comparable with similar awards.",
])
H2("7.3 Assessment, marking and moderation")
P("Before each marking period all markers attend a standardisation meeting at which they mark two sample scripts "
  "and agree the application of the criteria. Every assignment is first-marked by a tutor; a second tutor marks "
  "a sample of 20 per cent and all fails and borderline scripts. Learning Set presentations are marked by the "
  "facilitator with a second facilitator present. Northwold's module leader moderates a further sample, and the "
  "external examiner appointed by the University (Professor Gillian Sarr, University of Easterby) reviews a sample "
  "of each assignment and attends the Assessment Board, which confirms all marks and awards.")
H2("7.4 Evaluation and improvement of the programme")
P("Participants evaluate each taught day and each module; the Programme Leader summarises the evaluations for the "
  "tutor team, which agrees changes before the next module. Northwold's annual monitoring report, with the external "
  "examiner's report and the participants' evaluations, goes to the University's Programme Committee and to the "
  "Project Board. After handover a Programme Evaluation Group will do the same job: it will include the "
  "Programme Leader, the Virtual School Headteacher, two headteachers nominated by the Headteachers' Forum, a "
  "representative of the Cotterham SENCO Network, the Parent Partnership Service and a former participant. Each "
  "year Cotterham Speak Out will review the Day 7 materials and tell the Group what looked after young people "
  "think of how SENCOs involve them. The Group will agree an improvement plan each summer.")
H2("7.5 Equality")
P("An Equality Impact Assessment of the programme was completed in November 2008. The application form invites "
  "candidates to tell us about any disability or other need, and the Programme Leader contacts each candidate who "
  "does so before the programme starts to agree reasonable adjustments, such as materials in large print or "
  "electronic form, a hearing loop, or seating and breaks. Adjustments to assessment, such as extra time or "
  "alternative formats, are arranged through Northwold University's Disability Service. The Cotterham Teachers' "
  "Centre has level access, an accessible toilet and an induction loop, and host settings for exchange visits are "
  "asked about access before a visit is arranged.")
H2("7.6 Safeguarding")
p = P("The headteacher's nomination form certifies that the candidate holds a current enhanced CRB disclosure, "
      "giving its date and reference number, and that a List 99 check has been made. The Programme Administrator "
      "checks every form before a place is confirmed, and no place is confirmed without it. ")
ins(p, "Where a candidate has not worked in a school or FE college in a post involving regular contact with "
       "children in the three months before the programme starts, the Council's HR Vetting Team will obtain a new "
       "enhanced CRB disclosure before a place is confirmed.", LF)

# ---------------------------------------------------------------- 8
H1("8  Project Plan")
table([
    ["Stage", "Dates", "Main products", "Status"],
    ["1 Initiation", "Oct 2008 - Jan 2009", "Project Brief; PID", "Complete"],
    ["2 Design and validation", "Oct - Dec 2008", "PD01 Programme Specification; PD03 Assessment Handbook", "Complete"],
    ["3 Approval and recruitment", "Jan - Jul 2009", "TDA application; PD02 Starting Point Audit; PD05 Mentor Guide; PD07 Participant Handbook", "Authorised 19 Jan 2009"],
    ["4 Delivery of Cohort 1", "Sep 2009 - Jul 2010", "Taught programme; assessment; PD06 Evaluation Framework in use", "Not started"],
    ["Closure", "Sep 2010", "End Project Report; handover; Post-Project Review plan", "Not started"],
], widths=[3.5, 3.5, 7, 3])
P("Recruitment for Cohort 1: nominations from headteachers by 8 May 2009; places confirmed by 12 June 2009; "
  "Starting Point Audit completed by participants in July 2009; first taught day 17 September 2009.")

# ---------------------------------------------------------------- 9
H1("9  Project Controls")
bullets([
    "Tolerances: time plus or minus one month at stage level; cost plus or minus 5 per cent. Any forecast beyond "
    "tolerance is escalated to the Project Board by Exception Report.",
    "Highlight Reports from the Project Manager to the Project Board monthly.",
    "End Stage Assessment by the Project Board at the end of Stages 3 and 4.",
    "Issue Log and Risk Log maintained by the Project Manager and reviewed at each Board meeting.",
])

# ---------------------------------------------------------------- 10
H1("10  Initial Risk Log")
table([
    ["ID", "Risk", "P", "I", "Countermeasure", "Owner"],
    ["R1", "Schools cannot release SENCOs on taught days", "M", "H", "Dates published a year ahead; days spread across weekdays; supply costs met from Standards Fund allocation", "Executive"],
    ["R2", "Too few nominations for Cohort 1", "L", "H", "Headteachers' Forum briefing in February; SENCO Network presentation", "Programme Leader"],
    ["R3", "Marking inconsistent between tutors", "M", "M", "Standardisation before each marking period; second marking; external examiner (section 7.3)", "Senior Supplier"],
    ["R4", "A disabled participant cannot take full part", "L", "H", "Equality Impact Assessment; early contact and agreed adjustments (section 7.5)", "Programme Leader"],
    ["R5", "Validation conditions not met", "-", "-", "Closed 9 Jan 2009", "Senior Supplier"],
    ["R6", "Some participants not ready for study at Level 7", "M", "M", "Study-skills session on Day 1; Northwold's academic writing support for associate students", "Module leaders"],
    ["R7", "Loss of a tutor during delivery", "L", "M", "University associate lecturers as cover", "Senior Supplier"],
    ["R8", "TDA funding ends", "L", "H", "Fee model for Cohort 3 onwards prepared by Closure", "Executive"],
], widths=[1, 4.2, 0.7, 0.7, 7.4, 3])

# ---------------------------------------------------------------- 11
H1("11  Benefits Review Plan")
P("Benefits will be measured as follows and reported to the Project Board at Closure and to the Children's Trust "
  "Board at the Post-Project Review in autumn 2011.")
table([
    ["Benefit", "Measure", "Baseline", "When"],
    ["Narrower attainment gap for pupils with SEN", "NI 104 (KS2) and NI 105 (KS4), whole city", "2008 results", "Annually"],
    ["Better attainment of looked after pupils", "NI 99, NI 100, NI 101", "2008 results", "Annually"],
    ["More confident SENCOs", "Participants' confidence questionnaire at start and end of programme", "September 2009", "July 2010"],
    ["Qualified SENCOs retained in Cotterham", "Number of completers still SENCO in a Cotterham school", "-", "2011"],
], widths=[4.5, 6, 3, 3])
p = P("The Programme Leader will also report the pass rate and grade profile for each module")
dele(p, " and collate the progress of pupils in participants' Pupil Case Studies", LF)
p.add_run(".")
BEN = p

# ---------------------------------------------------------------- appendix A
H1("Appendix A  Product Descriptions")
P("Each product of the project has a Product Description. Summaries follow; the full descriptions are held by the "
  "Programme Office.")
product("PD01", "Programme Specification", [
    ("Purpose", "Defines the Certificate for validation and for participants."),
    ("Composition", "Aims; learning outcomes; modules; teaching methods; assessment; regulations; entry requirements."),
    ("Quality criteria", "Meets Northwold's Level 7 framework and the TDA specification; outcomes mapped (PD04)."),
    ("Quality method", "University validation panel."),
    ("Status", "Approved, 10 December 2008"),
])
product("PD02", "Starting Point Audit", [
    ("Purpose", "To find out what each participant already knows and can do before the programme starts."),
    ("Composition", "A self-rating against each national outcome on a four-point scale, with a short statement of "
                    "the participant's experience and a comment from the headteacher."),
    ("Derivation", "Annex 3 of the TDA specification; SIS SENCO survey 2008."),
    ("Use", "Completed by each participant in July before the programme. Results are used to allocate participants "
            "to Learning Sets, to help tutors plan the taught days, and to guide each participant's choice of option "
            "workshops."),
    ("Status", "In development (draft to be piloted with three SENCOs in March 2009)"),
])
product("PD03", "Assessment Handbook", [
    ("Purpose", "Sets out the assignments, criteria, marking, moderation and award rules."),
    ("Composition", "Assignment briefs; Level 7 criteria; the outcomes each assignment assesses; moderation and "
                    "appeals procedures."),
    ("Quality criteria", "Each assignment brief names the national outcomes it assesses and each is marked against "
                         "them; consistent with PD04."),
    ("Status", "Approved, 10 December 2008"),
])
product("PD04", "Outcome Coverage Map", [
    ("Purpose", "Shows where each national outcome is taught and how it is assessed."),
    ("Composition", "One row per outcome: where taught, where assessed, status."),
    ("Quality criteria", "Every outcome taught and assessed at least once."),
    ("Status", "Version 0.9; see Appendix B"),
])
t = product("PD05", "Mentor Guide", [
    ("Purpose", "To explain to each participant's school-based mentor (normally the headteacher or a deputy) what "
                "the mentor does and how to support the participant."),
    ("Composition", "Role of the mentor; meetings with the participant; supporting school-based tasks and exchange "
                    "visits; contact details."),
    ("Status", "Not started; due July 2009"),
])
MENTOR_CELL = t.cell(2, 1)
product("PD06", "Evaluation Framework", [
    ("Purpose", "Sets out how the programme will be evaluated and improved."),
    ("Composition", "Taught-day and module evaluations; confidence questionnaire; annual monitoring; external "
                    "examiner; Programme Evaluation Group (section 7.4)."),
    ("Status", "Approved by Project Board, 19 January 2009"),
])
product("PD07", "Participant Handbook", [
    ("Purpose", "Everything a participant needs to know."),
    ("Composition", "Dates; venues; Learning Sets; assignments; support; library access as Northwold associate "
                    "students; the SIS resource centre at the Teachers' Centre, which lends assessment materials and "
                    "intervention programmes; complaints."),
    ("Quality criteria", "Clear, accessible, available in large print and electronic form."),
    ("Status", "In development"),
])
P("Tutors attend a two-day induction run by Northwold University for associate tutors before the programme starts, "
  "and the standardisation meetings described in section 7.3. Learning Set facilitators meet the Programme Leader "
  "before the first Set meeting to agree how Sets will run. The project has no budget for specialist technology; "
  "participants will use the ICT and any assistive technology available in their own schools.")

# ---------------------------------------------------------------- appendix B
H1("Appendix B  Outcome Coverage Map (PD04, version 0.9)")
P("Taught: taught day (D1 to D12) or other activity. Assessed: the assignment that assesses the outcome. "
  "Status: Agreed, or Open (an issue is logged).")
rows = [["National outcome (summary)", "Taught", "Assessed", "Status"]]
MAP = [
    ("Professional attributes", None, None, None),
    ("Fair, respectful relationships with pupils with SEN and their parents or carers", "D7, D8", "Pupil Case Study", "Agreed"),
    ("Commitment of colleagues, including the headteacher and senior leaders", "D3, D12", "School SEN Audit Report", "Agreed"),
    ("Prioritising, managing time, delegating", "D12", "Learning Set discussion (not assessed)", "Agreed"),
    ("Anticipating and resolving problems; sound judgement on provision", "D10, D11; Learning Sets", "Provision Evaluation Project; presentation", "Agreed"),
    ("Expressing themselves clearly; listening to others", "All days", "All assignments; presentation", "Agreed"),
    ("Drawing on research and external advice", "D6", "Pupil Case Study (literature section)", "Agreed"),
    ("Keeping up to date; own CPD", "Cotterham SENCO Network (SIS core offer; attendance recorded)", "Not assessed", "Agreed"),
    ("Knowledge and understanding", None, None, None),
    ("SEN law and guidance, including the SEN Code of Practice", "D1", "School SEN Audit Report", "Agreed"),
    ("Disability equality law and the actions it requires", "D2", "School SEN Audit Report", "Agreed"),
    ("How children develop; what affects development", "D5", "Pupil Case Study", "Agreed"),
    ("Common types of SEN and disability and their effect on learning", "D4, D6; options", "Pupil Case Study", "Agreed"),
    ("Approaches, strategies and resources, including ICT", "D4, D6", "Pupil Case Study", "Agreed"),
    ("School self-evaluation and improvement", "D11", "K7", "Open (Issue 7)"),
    ("Best practice and research in meeting SEN", "D6", "Pupil Case Study (literature section)", "Agreed"),
    ("Role of external agencies; getting specialist support", "D9", "Pupil Case Study", "Agreed"),
    ("Professional skills", None, None, None),
    ("Strategic development of inclusive ethos, policy and resources with senior colleagues and governors", "D3, D11", "School SEN Audit Report (recommendations to head and governors)", "Agreed"),
    ("Identifying pupils, setting targets, planning interventions, reviewing progress", "D4 to D7", "Pupil Case Study", "Agreed"),
    ("Using assessments from a range of professionals", "D9", "Pupil Case Study", "Agreed"),
    ("Using summative assessment and national tests to track progress", "-", "Provision Evaluation Project (tracking data)", "Agreed"),
    ("Encouraging colleagues' formative assessment", "D6", "Provision Evaluation Project", "Agreed"),
    ("Access arrangements for national tests and examinations", "D3", "S2D", "Agreed"),
    ("Provision mapping and management", "D10", "Provision Evaluation Project", "Agreed"),
    ("Supporting colleagues' professional development", "D12", "Learning Set peer feedback (formative)", "Agreed"),
    ("Reviewing and evaluating provision with colleagues", "D10, D11", "Provision Evaluation Project", "Agreed"),
    ("Involving pupils in planning and reviewing their provision", "D7", "Pupil Case Study (pupil's views)", "Agreed"),
    ("Liaising with parents and carers", "D8", "Pupil Case Study", "Agreed"),
    ("Partnership with other services and agencies, including voluntary organisations", "D9", "Pupil Case Study", "Agreed"),
]
for a, b, c, d in MAP:
    rows.append([a, b or "", c or "", d or ""])
t = table(rows, widths=[7, 3.5, 4.5, 2])
K7_CELL = S2D_CELL = None
for i, (a, b, c, d) in enumerate(MAP, start=1):
    if b is None:
        t.cell(i, 0).merge(t.cell(i, 3))
        shade(t.cell(i, 0), "EEF5EC")
        for r in t.cell(i, 0).paragraphs[0].runs:
            r.bold = True
    if c == "K7":
        K7_CELL = t.cell(i, 2)
    if c == "S2D":
        S2D_CELL = t.cell(i, 2)

# tracked changes in the map: K7 assessment deleted, "TBC" inserted; S2d "-" deleted, Section C inserted
for cell, old, new, who in ((K7_CELL, "Provision Evaluation Project", "TBC", ME),
                            (S2D_CELL, "-", "Pupil Case Study, Section C (access arrangements)", ME)):
    par = cell.paragraphs[0]
    for r in list(par.runs):
        r._r.getparent().remove(r._r)
    dele(par, old, who)
    ins(par, new, who)
P("Note: outcome rows follow the order of Annex 3 of the TDA specification. Where a row is marked Agreed, the "
  "Programme Leader and the Senior Supplier have confirmed the entry against the validated assignment briefs.",
  italic=True)

# ---------------------------------------------------------------- comments
doc.add_comment(EXC_D.runs, text="Two of our Virtual School teachers would be ideal for an assessment-only route. "
                "Can we revisit this at Stage 3?", author="Kathleen Brough", initials="KB")
doc.add_comment(BEN.runs, text="Could participants baseline the pupils they work with and measure them again at the "
                "end? The Virtual School would help collate this for looked after pupils.", author="Kathleen Brough",
                initials="KB")
doc.add_comment(MENTOR_CELL.paragraphs[0].runs, text="Mentors will need a briefing session before September, not "
                "just a guide. Add to the Stage 3 plan?", author="Lorna Fyfe", initials="LF")
k7_runs = [r for r in t.rows[1].cells[0].paragraphs[0].runs]
for i, (a, b, c, d) in enumerate(MAP, start=1):
    if c == "K7":
        k7_runs = t.cell(i, 0).paragraphs[0].runs
doc.add_comment(k7_runs, text="Self-evaluation is not in the SEN703 brief as validated. Issue 7 raised; to be "
                "resolved with the module leader.", author="Marcus Eady", initials="ME")

doc.save(OUT)
print("wrote", OUT)
