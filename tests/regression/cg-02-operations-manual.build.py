"""Build cg-02-operations-manual.docx: Kilnsey Bridge PDC's Quality and Operations Manual, sent as the application.

Provider (invented): Kilnsey Bridge Professional Development Centre, the training centre of the
invented Ostwick County Council (Children's Services). The award is validated and conferred by
the invented University of Amberford under a collaborative provision agreement; the Centre
delivers it. Programme: the National Award for SEN Coordination, as the Postgraduate Certificate
in SEN Coordination, 60 credits at Level 7 in three 20-credit modules NA1-NA3, with a taught route
and a blended route that uses eight online units on "Kilnsey Online" (Moodle). Edition 5 of the
manual, January 2009; 2008-09 vocabulary (CRB, List 99, LSC, DDA, SEN Code of Practice 2001, ECM,
CAF, P scales, the 2008 SENCO Regulations).

Layout: the Centre's whole Quality and Operations Manual, sent instead of a written application
with a short covering note. Real Word heading styles (Heading 1 for the Parts, Heading 2 for
sections, roles and procedures). A procedure index table at the front (Ref, Title, Applies to,
Status, Owner). Part 1 is a short programme overview: a two-column fact table, module paragraphs,
a module and outcome map table (merged group rows, shaded header; some cells say "see Procedure
AS-2", "see Procedure QA-4" or "see Procedure AS-5"), a resources paragraph. Part 2 gives role
descriptions (List Bullet responsibilities). Part 3 gives twenty procedures, each with a control
table (Reference, Title, Applies to, Owner, Status, Last reviewed) and the labels Purpose / Scope /
Responsibilities / Steps (typed "1." ... "n.") / Records. Part 4 gives staff CVs in a table.
Page header and footer (no evidence in them). Typed section numbers collide with requirement ids
("1.3 Module and outcome map", "1.4 Resources", "2.1 ...").

Traps and the requirements they affect:
- Procedures for the Centre's OTHER courses, not this programme: AD-3 (CRB checks, applies to the
  TA certificate, Cover Supervision and pre-employment courses, "not the National Award") and
  AD-4, which leaves CRB and background checks to the participant's employing school and says the
  Centre does not see, record or verify them (5.3 not_met: responsibility assigned to schools).
  LS-2 (disability disclosure and adjustments) applies only to LSC-funded courses; for other
  courses adjustments are "at the course leader's discretion" (3.1 partially_met, with the
  disclosure question in AD-2 and assessment arrangements in AS-5). TD-3 (work placements)
  applies only to the TA certificate and Part 1 says the award has no placement element (5.5
  partially_met: visiting specialists only). LS-4 (all courses) only hands out the course
  directory (2.5 partially_met). TD-1 (all courses) consults stakeholders "as appropriate" and
  Part 1 says only that a draft "was circulated" to the SENCO Forum (4.2 partially_met).
- General procedures that DO cover the programme and count: AD-5 APL (Level 7 awards "including
  the National Award", 2.1 met), QA-4 second marking and moderation (5.8 met), QA-5 learner
  evaluation (part of 5.1), AS-1 assessment regulations (award rule, 6.0).
- A procedure marked "DRAFT – not yet approved": AD-6 Assessment-only route, with a note that it
  does not operate and no candidate is registered by this route meanwhile (2.3 not_met).
- Responsibilities assigned to participants' schools: CRB checks (AD-4, 5.3 not_met); preparing
  mentors ("the responsibility of the participant's school", 5.7 partially_met: tutors are
  inducted and standardised); keeping up to date and CPD through the school's performance
  management (map row A7, 6.A7 not_met); see also the Headteacher role.
- Staff CVs describe tutors' past jobs only (Part 4): qualifications and experience, but no
  current practice or updating (5.4 partially_met). Wrong-context words in the CVs: an Ofsted
  Additional Inspector in 1995-2000 (1.3 stays partially_met on the NA3 research topic alone), an
  assessor for the GTP "assessment-only route to QTS" (2.3), an e-learning module designed for
  teaching assistants (3.3, met on LS-3 anyway), APEL for the Open College Network (2.1, met on
  AD-5 anyway), a 2002 LA consultation with parents (4.2, 1.7).
- The outcome map's cross-references: "see Procedure AS-2" resolves for A1, A2, A6, K6, S2b, S4,
  S7, S9 (listed in AS-2, met) but not for K2, K8, K9 (not listed, partially_met); A4's "see
  Procedure QA-4" points at the moderation procedure (6.A4 partially_met); S2d's "see Procedure
  AS-5" points at the participants' own access arrangements in assessment (6.S2d not_met: right
  words, wrong thing). Rows assessed only by a "Mentor's observation record (not graded)" (6.A3,
  6.S5) or an "Online unit 2 quiz (formative)" (6.K4) or with "—" (6.S8) are partially_met; the
  S2c row is "—" in both columns (6.S2c not_met).
- Blanket claim under the map: "every national minimum outcome is addressed by the programme"
  (1.9 partially_met, 6.0 partially_met: AS-1 awards on passing every component).
- Aims about compliance with the Code and better progress, no well-being or ECM outcomes
  (1.1 partially_met); parents only as "Parents' rights under the Code of Practice" (1.7
  partially_met, 6.S8 partially_met); local need stated only in general terms from the LA's SEN
  Review (4.1 partially_met).
- Met: E.1, E.2, 1.2 and 1.8 (TD-2), 1.4, 1.5 (consulting pupils in NA2 and Assignment 2), 1.6,
  2.1, 2.2 (LS-1), 2.4, 3.2 (two routes, two intakes, either order), 3.3 (LS-3, real e-learning
  support), 4.3 (QA-6 review board with headteachers, the Principal EP, the Parent Partnership
  coordinator and participants; specialists teach), 5.1, 5.2 (AD-2), 5.6, 5.8, 5.9 (QA-7), and
  eighteen outcomes.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("cg-02-operations-manual.docx")

doc = Document()
doc.core_properties.author = "Quality Manager, Kilnsey Bridge PDC"
doc.core_properties.title = "Quality and Operations Manual - Edition 5"
normal = doc.styles["Normal"]
normal.font.name = "Cambria"
normal.font.size = Pt(10.5)
normal.paragraph_format.space_after = Pt(4)
for sec in doc.sections:
    sec.left_margin = Cm(2.2)
    sec.right_margin = Cm(2.2)


def p(text="", bold=False, italic=False, size=None, center=False, indent=None):
    para = doc.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent is not None:
        para.paragraph_format.left_indent = Cm(indent)
    return para


def h(text, level):
    return doc.add_heading(text, level=level)


def shade(cell, fill="D9E2F3"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" '
                                                f'w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, size=9.5, italic=False):
    cell.text = ""
    para = cell.paragraphs[0]
    r = para.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    return para


def table(header, rows, widths=None, size=9.5):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, txt in enumerate(header):
        set_cell(t.rows[0].cells[i], txt, bold=True, size=size)
        shade(t.rows[0].cells[i])
    for row in rows:
        cells = t.add_row().cells
        for i, txt in enumerate(row):
            set_cell(cells[i], txt, size=size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def label(text):
    para = doc.add_paragraph()
    para.paragraph_format.space_before = Pt(6)
    para.paragraph_format.space_after = Pt(2)
    r = para.add_run(text)
    r.bold = True
    return para


def steps(items):
    for i, txt in enumerate(items, 1):
        para = doc.add_paragraph()
        para.paragraph_format.left_indent = Cm(0.8)
        para.paragraph_format.first_line_indent = Cm(-0.8)
        para.add_run(f"{i}.\t{txt}")


def resp(items):
    for role, duty in items:
        para = doc.add_paragraph()
        para.paragraph_format.left_indent = Cm(0.5)
        r = para.add_run(role + " – ")
        r.italic = True
        para.add_run(duty)


def bullets(items):
    for txt in items:
        doc.add_paragraph(txt, style="List Bullet")


def procedure(ref, title, applies, owner, status, reviewed, purpose, scope, responsibilities,
              step_list, records, note=None):
    h(f"Procedure {ref}: {title}", 2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Reference", ref), ("Title", title), ("Applies to", applies),
                 ("Owner", owner), ("Status", status), ("Last reviewed", reviewed)]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True, size=9)
        shade(cells[0], "EDEDED")
        set_cell(cells[1], v, size=9, bold=(k == "Status" and "DRAFT" in v))
        cells[0].width = Cm(3.2)
        cells[1].width = Cm(13.2)
    if note:
        p(note, italic=True)
    label("Purpose")
    p(purpose)
    label("Scope")
    p(scope)
    label("Responsibilities")
    resp(responsibilities)
    label("Steps")
    steps(step_list)
    label("Records")
    p(records)


# ------------------------------------------------------------------------- header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hr = hp.add_run("Kilnsey Bridge Professional Development Centre · Quality and Operations Manual · "
                "Edition 5 (January 2009) · Uncontrolled when printed")
hr.font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("QOM/ED5 · Ostwick County Council Children’s Services · page ")
fr.font.size = Pt(8)
fp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr>'
                       '<w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------------- cover
p("KILNSEY BRIDGE PROFESSIONAL DEVELOPMENT CENTRE", bold=True, size=16, center=True)
p("Ostwick County Council – Children’s Services", center=True)
p("")
p("QUALITY AND OPERATIONS MANUAL", bold=True, size=20, center=True)
p("Edition 5 · January 2009", center=True, size=12)
p("")
p("Submitted to the Training and Development Agency for Schools as the Centre’s application "
  "for approval to deliver the National Award for SEN Coordination", italic=True, center=True)
p("")
p("Covering note", bold=True)
p("The TDA’s invitation asks providers to show how their provision will meet the specification. "
  "Rather than write a separate account, we enclose the manual under which the National Award "
  "will run, because that is where our arrangements are actually written down and where our "
  "staff look for them. Part 1 is a short overview of the programme and its outcome map; Part 2 "
  "sets out who does what; Part 3 holds the procedures; Part 4 is the staff list. Procedures that "
  "have no bearing on the National Award (AS-3, AS-4, QA-1 to QA-3 and the HR series) have been "
  "taken out of this copy, and the index below shows which of the remaining procedures apply to "
  "the National Award and which apply to the Centre’s courses generally.")
p("Maureen Falshaw, Head of Centre, 26 January 2009")

h("Procedure index", 1)
INDEX = [
    ("AD-1", "Enquiries and applications", "All Centre courses", "Approved", "Admissions Officer"),
    ("AD-2", "Selection and entry: National Award", "National Award", "Approved",
     "Programme Leader (NA)"),
    ("AD-3", "Criminal records checks for learners", "TA Certificate; Cover Supervision; "
     "pre-employment courses", "Approved", "Safeguarding Officer"),
    ("AD-4", "Safeguarding: National Award participants", "National Award", "Approved",
     "Safeguarding Officer"),
    ("AD-5", "Accreditation of prior learning", "Level 7 awards", "Approved", "Quality Manager"),
    ("AD-6", "Assessment-only route to the National Award", "National Award",
     "DRAFT – not yet approved", "Programme Leader (NA)"),
    ("LS-1", "Initial needs assessment and Individual Learning Plan", "National Award",
     "Approved", "Programme Leader (NA)"),
    ("LS-2", "Disability disclosure and reasonable adjustments", "LSC-funded courses", "Approved",
     "Learner Support Manager"),
    ("LS-3", "Online study: Kilnsey Online", "National Award (blended route)", "Approved",
     "E-learning Coordinator"),
    ("LS-4", "End-of-course guidance", "All Centre courses", "Approved", "Course leaders"),
    ("TD-1", "Course design and review", "All Centre courses", "Approved", "Quality Manager"),
    ("TD-2", "School-based tasks and mentoring", "National Award", "Approved",
     "Programme Leader (NA)"),
    ("TD-3", "Work placements", "TA Certificate", "Approved", "Placements Officer"),
    ("AS-1", "Assessment regulations for accredited courses", "All accredited courses",
     "Approved", "Quality Manager"),
    ("AS-2", "Assessment of the National Award", "National Award", "Approved",
     "Programme Leader (NA)"),
    ("AS-5", "Access arrangements and special consideration", "All accredited courses",
     "Approved", "Quality Manager"),
    ("QA-4", "Second marking and moderation", "Level 7 awards", "Approved", "Quality Manager"),
    ("QA-5", "Learner evaluation of courses", "All Centre courses", "Approved",
     "Quality Manager"),
    ("QA-6", "National Award review board", "National Award", "Approved", "Head of Centre"),
    ("QA-7", "Measuring impact: National Award", "National Award", "Approved",
     "Programme Leader (NA)"),
]
table(["Ref", "Title", "Applies to", "Status", "Owner"], INDEX, widths=[1.4, 5.6, 4.2, 2.6, 3.0],
      size=9)

# ------------------------------------------------------------------------- PART 1
h("Part 1 – The National Award programme", 1)
h("1.1 About the Centre", 2)
p("The Centre is Ostwick County Council’s training centre for staff in schools and settings. "
  "It runs about 140 courses a year, from one-day safeguarding updates to the Certificate in "
  "Teaching Assistant Practice (Level 3) and the Middle Leaders Programme, and since 2004 it has "
  "delivered Level 7 modules in education under a collaborative provision agreement with the "
  "University of Amberford. The Centre is committed to equality of opportunity and to the "
  "inclusion of every learner, and it values the contribution of all its partners.")

h("1.2 The programme at a glance", 2)
FACTS = [
    ("Award", "Postgraduate Certificate in SEN Coordination (National Award for SEN "
     "Coordination)"),
    ("Awarding body", "University of Amberford. The programme was validated on 3 December 2008 "
     "under Collaborative Provision Agreement CP/0412; the Centre delivers it and the University "
     "confers the award."),
    ("Credit and level", "60 credits at Level 7 (Master’s level): modules NA1, NA2 and NA3, "
     "20 credits each."),
    ("Aims", "To develop newly appointed SENCOs’ knowledge of the statutory framework and their "
     "skill in managing provision, so that their schools meet their duties under the SEN Code of "
     "Practice and pupils with SEN make better progress."),
    ("Routes", "Taught route: ten study days at the Centre. Blended route: five study days and "
     "eight online units on Kilnsey Online (see Procedure LS-3). The blended route halves the "
     "number of days for which a school must release its SENCO."),
    ("Intakes and order", "Intakes in September and February. NA1 and NA2 may be taken in either "
     "order; NA3 is taken last. Participants may take up to three years to complete."),
    ("Individual planning", "Every participant has an Individual Learning Plan (Procedure LS-1). "
     "Tutorial time and the optional workshops (assistive technology; autism; dyslexia-friendly "
     "teaching) are allocated from it, and each assignment is set in the participant’s own "
     "school."),
    ("Fee", "£1,480 for the full award, payable by module. Ostwick pays the fee for newly "
     "appointed SENCOs in its maintained schools; other schools pay by invoice."),
    ("Placements", "There is no placement element in the National Award; school-based work "
     "takes place in the participant’s own school (Procedure TD-2)."),
    ("Local need", "Ostwick’s SEN Review (2007) found that many SENCOs appointed since 2004 had "
     "no specialist training. The National Award responds to this need."),
    ("Consultation", "A draft of the programme was circulated to the Ostwick SENCO Forum in "
     "November 2008."),
]
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in FACTS:
    cells = t.add_row().cells
    set_cell(cells[0], k, bold=True)
    shade(cells[0], "EDEDED")
    set_cell(cells[1], v)
    cells[0].width = Cm(3.6)
    cells[1].width = Cm(12.8)

p("")
p("NA1 Law, policy and the SENCO role (20 credits).", bold=True)
p("The SEN Code of Practice (2001) and Part IV of the Education Act 1996; SENDA 2001; the "
  "Disability Discrimination Act as amended in 2005 and the Disability Equality Duty; the "
  "Education (Special Educational Needs Co-ordinators) (England) Regulations 2008; Every Child "
  "Matters and the Common Assessment Framework; the SENCO’s strategic role with the headteacher, "
  "senior leaders and governors; writing and reviewing the SEN policy; using research and "
  "external advice to improve practice. Assessed by Assignment 1 (Procedure AS-2).")
p("NA2 Identifying and meeting needs (20 credits).", bold=True)
p("How children develop and how SEN, disability and the environment for learning affect "
  "development; the common types of need (behavioural, emotional and social difficulties; "
  "specific learning difficulties including dyslexia; speech, language and communication needs; "
  "autistic spectrum disorders; moderate learning difficulties); identifying needs from "
  "observation, data and assessment, setting targets, planning and reviewing interventions; "
  "using the assessments of educational psychologists, therapists and specialist teachers; "
  "tracking progress with national test, teacher assessment and P scale data; approaches, "
  "resources and ICT, including assistive technology; consulting pupils (person-centred "
  "reviews, pupil-views tools) and involving them in setting and reviewing their targets; "
  "parents’ rights under the Code of Practice and the Parent Partnership Service; the roles "
  "of external agencies. Visiting specialists from Ostwick’s services teach part of the module: "
  "an educational psychologist, a speech and language therapist, a teacher from the sensory "
  "support service and a CAMHS primary mental health worker. Assessed by Assignment 2.")
p("NA3 Leading and developing provision (20 credits).", bold=True)
p("Provision mapping and management; winning the support of the headteacher and senior "
  "colleagues for changes in provision; deploying and managing teaching assistants; coaching and "
  "mentoring colleagues, observation and feedback; evaluating provision with colleagues and "
  "the school’s self-evaluation; working with statutory and voluntary services; anticipating "
  "problems and making decisions about provision; research on effective SEN provision; a "
  "development project in the participant’s own school. Assessed by Assignment 3 and a "
  "professional discussion.")

h("1.3 Module and outcome map", 2)
p("The map below sets each national minimum outcome (Annex 3 of the specification, in its "
  "order, shortened) against the module where it is developed and the assessment in which it "
  "is assessed.")
MAP = [
    ("Professional attributes", None, None),
    ("A1 Fair, respectful relationships with pupils and their parents or carers", "NA2",
     "see Procedure AS-2"),
    ("A2 Gaining the commitment of colleagues, headteacher and senior leaders", "NA3",
     "see Procedure AS-2"),
    ("A3 Prioritising, managing time, delegating", "School-based mentor",
     "Mentor’s observation record (not graded)"),
    ("A4 Anticipating and resolving problems; sound decisions on provision", "NA3",
     "see Procedure QA-4"),
    ("A5 Clear speech and writing; listening to others", "All modules",
     "All assignments; professional discussion (AS-2)"),
    ("A6 Drawing on research and external advice", "NA1, NA3", "see Procedure AS-2"),
    ("A7 Keeping up to date; own CPD", "Participant’s school (performance management)", "—"),
    ("Professional knowledge and understanding", None, None),
    ("K1 SEN law, guidance and the Code of Practice", "NA1", "Assignment 1"),
    ("K2 Every Child Matters", "NA1", "see Procedure AS-2"),
    ("K3 Disability equality law", "NA1", "Assignment 1"),
    ("K4 Child development", "NA2", "Online unit 2 quiz (formative)"),
    ("K5 Common types of SEN and disability", "NA2", "Assignment 2"),
    ("K6 Approaches, strategies and resources, including ICT", "NA2", "see Procedure AS-2"),
    ("K7 School self-evaluation and improvement", "NA3", "Assignment 3"),
    ("K8 Best practice and research", "NA3", "see Procedure AS-2"),
    ("K9 External agencies and specialist support", "NA2", "see Procedure AS-2"),
    ("Professional skills", None, None),
    ("S1 Strategic development with senior colleagues and governors", "NA1", "Assignment 1"),
    ("S2 Identifying needs, setting targets, planning and reviewing interventions", "NA2",
     "Assignment 2"),
    ("S2a Using other professionals’ assessments", "NA2", "Assignment 2"),
    ("S2b Using summative assessment to track progress", "NA2", "see Procedure AS-2"),
    ("S2c Encouraging colleagues’ formative assessment", "—", "—"),
    ("S2d Access arrangements for tests and examinations", "see Procedure AS-5",
     "see Procedure AS-5"),
    ("S3 Provision mapping and management", "NA3", "Assignment 3"),
    ("S4 Deploying and managing staff", "NA3", "see Procedure AS-2"),
    ("S5 Supporting colleagues’ professional development", "NA3",
     "Mentor’s observation record (not graded)"),
    ("S6 Evaluating provision with colleagues", "NA3", "Assignment 3"),
    ("S7 Involving pupils in planning and reviewing provision", "NA2", "see Procedure AS-2"),
    ("S8 Liaising with parents and carers", "NA2", "—"),
    ("S9 Partnership with other services and agencies", "NA3", "see Procedure AS-2"),
]
mt = doc.add_table(rows=1, cols=3)
mt.style = "Table Grid"
for i, txt in enumerate(["National minimum outcome", "Developed in", "Assessed in"]):
    set_cell(mt.rows[0].cells[i], txt, bold=True, size=9)
    shade(mt.rows[0].cells[i])
for outcome, dev, ass in MAP:
    cells = mt.add_row().cells
    if dev is None:
        merged = cells[0].merge(cells[1]).merge(cells[2])
        set_cell(merged, outcome, bold=True, size=9, italic=True)
        shade(merged, "F2F2F2")
        continue
    set_cell(cells[0], outcome, size=9)
    set_cell(cells[1], dev, size=9)
    set_cell(cells[2], ass, size=9)
for row in mt.rows:
    for i, w in enumerate([8.6, 3.6, 4.2]):
        row.cells[i].width = Cm(w)
p("")
p("The map shows that every national minimum outcome is addressed by the programme.")

h("1.4 Resources", 2)
p("The Centre’s SEN Library holds about 1,200 titles, standardised assessment materials for "
  "loan, intervention programmes and reading schemes. The Assistive Technology Room has "
  "Clicker 5, Kurzweil 3000, Dragon NaturallySpeaking and Widgit symbol software, and NA2 holds "
  "one study day there. Participants on both routes use Kilnsey Online for unit materials and "
  "readings, and are registered as associate students of the University of Amberford, which "
  "gives them its library and e-journals through an Athens login.")

# ------------------------------------------------------------------------- PART 2
h("Part 2 – Roles and responsibilities", 1)
p("These role descriptions apply to the National Award. Post-holders’ job descriptions are held "
  "by Ostwick County Council Human Resources.")

h("2.1 Head of Centre", 2)
bullets(["Chairs the National Award review board (QA-6) and the Centre Quality Board.",
         "Approves procedures and their revision; signs the annual quality report to the "
         "Director of Children’s Services."])
h("2.2 Quality Manager", 2)
bullets(["Keeps this manual and the procedure index up to date.",
         "Arranges moderation meetings (QA-4) and summarises learner evaluations (QA-5).",
         "Is the Centre’s contact with the University of Amberford’s Collaborative Provision "
         "Office."])
h("2.3 Programme Leader (National Award)", 2)
bullets(["Leads selection and entry (AD-2) and the Individual Learning Plan process (LS-1).",
         "Plans the programme calendar and allocates tutors.",
         "Collates impact evidence (QA-7) and reports to the review board (QA-6).",
         "Reports changes made after review to each new cohort at induction."])
h("2.4 Module Tutor", 2)
bullets(["Teaches the module’s study days and holds individual tutorials.",
         "Marks assignments against the AS-2 marking grids and takes part in second marking "
         "and moderation (QA-4).",
         "Attends the termly tutor standardisation meeting. New tutors shadow an experienced "
         "tutor for one module and receive the National Award Tutor Handbook before they teach."])
h("2.5 Online Tutor", 2)
bullets(["Moderates the forums of the online units and replies within three working days "
         "(LS-3).",
         "Runs the weekly online surgery and follows up participants who have not logged in for "
         "two weeks."])
h("2.6 School-based Mentor", 2)
p("The mentor is provided by the participant’s school: a senior member of staff chosen by the "
  "headteacher.")
bullets(["Meets the participant at least half-termly and signs the school-based task record "
         "(TD-2).",
         "Completes the Mentor’s Observation Record twice a year, on the participant’s time "
         "management and coaching of colleagues (not graded).",
         "Takes part in the professional discussion at the end of NA3.",
         "Preparation for the role is the responsibility of the participant’s school; the Centre "
         "sends the Mentor Guide to the headteacher at the start of the programme."])
h("2.7 Participant’s Headteacher", 2)
bullets(["Nominates the participant on the Nomination Form and agrees release for study days.",
         "Is responsible, as the employer, for the participant’s enhanced CRB disclosure and "
         "other pre-employment checks (AD-4).",
         "Provides a mentor and access to the data the school-based tasks need.",
         "Receives a copy of the Individual Learning Plan.",
         "Manages the participant’s continuing professional development through the school’s "
         "performance management arrangements, during and after the programme."])
h("2.8 University Link Tutor and External Examiner", 2)
bullets(["The Link Tutor (University of Amberford) attends the review board and the Examination "
         "Board and advises on academic standards.",
         "The External Examiner is appointed by the University, samples assessed work from every "
         "module, attends the Examination Board and writes an annual report."])

# ------------------------------------------------------------------------- PART 3
h("Part 3 – Procedures", 1)

procedure(
    "AD-1", "Enquiries and applications", "All Centre courses", "Admissions Officer", "Approved",
    "September 2008",
    "To deal with every enquiry and application promptly, courteously and consistently.",
    "All Centre courses, accredited and unaccredited.",
    [("Admissions Officer", "logs enquiries, sends information, acknowledges applications."),
     ("Course leader", "decides on applications under the course’s own entry procedure.")],
    ["Log each enquiry on CentreBase within one working day.",
     "Send the course leaflet and application form by post or email, in large print or another "
     "format if asked.",
     "Acknowledge each application within five working days.",
     "Pass complete applications to the course leader; return incomplete ones with a note of "
     "what is missing."],
    "CentreBase enquiry log; application forms, kept for three years.")

procedure(
    "AD-2", "Selection and entry: National Award", "National Award for SEN Coordination",
    "Programme Leader (NA)", "Approved", "January 2009",
    "To make sure that every candidate accepted onto the National Award has enough knowledge, "
    "understanding and experience to benefit from it and to meet all the national minimum "
    "outcomes by the end of the programme.",
    "Every applicant for the National Award, on either route.",
    [("Admissions Officer", "checks the application and the Nomination Form."),
     ("Programme Leader", "interviews and decides."),
     ("Headteacher", "nominates the candidate and agrees release.")],
    ["The candidate sends the application form with the headteacher’s Nomination Form. The form "
     "asks whether the candidate has a disability or other need the Centre should know about.",
     "The Admissions Officer checks: Qualified Teacher Status; that the candidate is in post as "
     "SENCO or designated by the governing body to take up the post within twelve months; that "
     "the Nomination Form is signed.",
     "The candidate completes the National Award Self-Assessment (LS-1, step 1) before "
     "interview.",
     "The Programme Leader interviews the candidate for thirty minutes, using the "
     "Self-Assessment, and records a judgement on whether the candidate is likely to meet every "
     "national minimum outcome within the registration period.",
     "Decision: accept; accept with a condition (for example, to take NA1 before NA2); or defer.",
     "A deferred candidate receives written guidance on what to do first, such as the Ostwick "
     "New SENCO induction days or a term shadowing an experienced SENCO, and, with the "
     "candidate’s consent, the Programme Leader discusses this guidance with the headteacher.",
     "The offer letter is sent; the place is confirmed when the fee arrangement is in place."],
    "Interview record; decision letter; Self-Assessment (kept with the ILP).")

procedure(
    "AD-3", "Criminal records checks for learners",
    "Certificate in Teaching Assistant Practice; Cover Supervision course; pre-employment "
    "courses", "Safeguarding Officer", "Approved", "September 2008",
    "To make sure that learners who will work with children on placement hold a current "
    "enhanced CRB disclosure and are not barred from working with children.",
    "Learners on the courses named above, many of whom are not yet employed in schools. Teachers "
    "on the National Award are not covered by this procedure (see AD-4).",
    [("Safeguarding Officer", "processes applications and sees disclosures."),
     ("Head of Centre", "decides on any disclosure that raises a concern.")],
    ["At enrolment the learner completes an enhanced CRB application through Ostwick’s "
     "registered body and brings three identity documents.",
     "The Safeguarding Officer checks the learner against List 99.",
     "The Safeguarding Officer sees the disclosure before any placement begins and records its "
     "number and date.",
     "Any disclosure with content is referred to the Head of Centre, who completes a risk "
     "assessment and decides whether the placement may go ahead.",
     "A reference is taken from the learner’s most recent employer or place of study."],
    "Single central record of learners; risk assessments, kept securely.")

procedure(
    "AD-4", "Safeguarding: National Award participants", "National Award for SEN Coordination",
    "Safeguarding Officer", "Approved", "January 2009",
    "To set out where responsibility lies for checking that National Award participants are "
    "suitable to work with children.",
    "All participants on the National Award. Participants are employed teachers.",
    [("Participant’s school", "as employer, carries out the enhanced CRB disclosure, List 99 and "
      "reference checks required by Safeguarding Children and Safer Recruitment in Education "
      "(2006), and keeps them current."),
     ("Centre", "relies on the employer’s checks.")],
    ["Because participants are already employed in schools, the Centre relies on the recruitment "
     "checks made by the employing school.",
     "The Centre does not see, record or verify disclosures for National Award participants, and "
     "the Nomination Form does not ask for them.",
     "If a participant leaves employment during the programme, the school informs the Centre; "
     "the participant may continue with written work but does not undertake school-based tasks "
     "until in post again."],
    "Nomination Form.")

procedure(
    "AD-5", "Accreditation of prior learning", "Level 7 awards delivered by the Centre, including "
    "the National Award", "Quality Manager", "Approved", "November 2008",
    "To give credit for relevant learning that a candidate has already achieved, whether "
    "certificated or gained through experience.",
    "All Level 7 awards delivered by the Centre, including the National Award. For the National "
    "Award, up to 20 of the 60 credits may be awarded through APL or APEL.",
    [("APL Adviser (Programme Leader)", "advises the candidate before a claim is made."),
     ("Two tutors", "assess each claim."),
     ("University APL Panel", "ratifies the credit.")],
    ["The candidate discusses a possible claim with the APL Adviser at interview or at the ILP "
     "meeting.",
     "Certificated learning (APL): Level 7 credit in SEN gained within the last five years is "
     "mapped against the outcomes of the module concerned; a transcript is required.",
     "Experiential learning (APEL): the candidate submits a portfolio mapping evidence from "
     "practice against the national minimum outcomes covered by one module, with a reflective "
     "commentary of 2,000 words.",
     "Two tutors assess the claim; they may hold a 20-minute professional discussion with the "
     "candidate.",
     "The University APL Panel ratifies the decision; the credit appears on the transcript.",
     "The fee for an APEL claim is £150."],
    "APL claim form; assessors’ report; Panel decision.")

procedure(
    "AD-6", "Assessment-only route to the National Award", "National Award for SEN Coordination",
    "Programme Leader (NA)", "DRAFT – not yet approved", "Draft 2, January 2009",
    "To allow a suitably experienced SENCO to be assessed against all the national minimum "
    "outcomes without following the taught programme.",
    "Candidates who have been SENCO for at least three years and who, at interview, appear "
    "already to meet the outcomes.",
    [("Programme Leader", "decides whether the route is suitable."),
     ("Two assessors", "assess the portfolio and hold the professional discussion."),
     ("External Examiner", "samples every assessment-only decision.")],
    ["The candidate applies under AD-2 and the interview considers the route.",
     "The candidate submits a portfolio of evidence mapped to every national minimum outcome, "
     "with the headteacher’s endorsement.",
     "Two assessors review the portfolio and hold a one-hour professional discussion.",
     "The decision goes to the University Examination Board."],
    "Portfolio; assessors’ report.",
    note="This procedure has been drafted for the Centre Quality Board meeting on 12 March 2009. "
         "It does not operate until it is approved, and no candidate will be registered by "
         "this route in the meantime.")

procedure(
    "LS-1", "Initial needs assessment and Individual Learning Plan",
    "National Award for SEN Coordination", "Programme Leader (NA)", "Approved", "January 2009",
    "To find out, before the course begins, what each participant already knows and can do in "
    "relation to the national minimum outcomes, and to plan his or her programme accordingly.",
    "Every participant on the National Award, on either route.",
    [("Participant", "completes the Self-Assessment honestly, with evidence notes."),
     ("Headteacher", "adds a comment to the Self-Assessment."),
     ("Personal tutor", "checks the Self-Assessment and agrees the ILP.")],
    ["Before interview the participant rates himself or herself from 1 to 4 on each of the "
     "national minimum outcomes in the National Award Self-Assessment, with a note of the "
     "evidence for each rating; the headteacher adds a comment.",
     "Before the first study day the personal tutor reviews the ratings against the evidence, "
     "looking especially for knowledge that may be out of date (for example, of disability "
     "legislation).",
     "Within the first two weeks the tutor and participant meet for 45 minutes and agree an "
     "Individual Learning Plan: the outcomes already secure (to be evidenced in assignments, "
     "not taught again in depth), the priority outcomes, the participant’s personal targets, "
     "the assignment foci, and the optional workshops and online units to be taken.",
     "The ILP is signed by both and a copy goes to the headteacher.",
     "The ILP is reviewed and updated at the end of each module.",
     "The Self-Assessment is repeated at the end of the programme (QA-7)."],
    "Self-Assessment; ILP and reviews, on the participant’s file.")

procedure(
    "LS-2", "Disability disclosure and reasonable adjustments", "LSC-funded courses",
    "Learner Support Manager", "Approved", "August 2008",
    "To identify learners who need additional learning support and to put it in place.",
    "Learners on courses funded by the Learning and Skills Council (the Certificate in Teaching "
    "Assistant Practice and Skills for Life courses). Learners on other Centre courses may ask "
    "the course leader for adjustments, which are made at the course leader’s discretion.",
    [("Learner Support Manager", "assesses need and agrees the support plan."),
     ("Course tutor", "puts the plan into effect.")],
    ["At enrolment learners are asked to disclose any disability or learning difficulty.",
     "The Learner Support Manager carries out an Additional Learning Support assessment within "
     "four weeks.",
     "A support plan is agreed with the learner and funded from the Additional Learning Support "
     "allocation.",
     "The plan is reviewed each term."],
    "ALS assessment; support plan.")

procedure(
    "LS-3", "Online study: Kilnsey Online", "National Award for SEN Coordination (blended route)",
    "E-learning Coordinator", "Approved", "January 2009",
    "To make sure that participants on the blended route are supported as well online as they "
    "would be in the room.",
    "The eight online units of the National Award blended route.",
    [("Online Tutor", "moderates the unit forums and supports participants between study "
      "days."),
     ("Module Tutor", "sets the unit tasks and reviews unit work."),
     ("E-learning Coordinator", "runs Kilnsey Online and the helpdesk.")],
    ["At the first study day every participant has a one-hour induction to Kilnsey Online in the "
     "Centre’s ICT suite, and receives the helpdesk number.",
     "Each online unit has a named online tutor and a discussion forum; the tutor replies to "
     "every post within three working days.",
     "Participants are placed in online learning sets of four or five; each unit has one task "
     "completed jointly by the set in its forum.",
     "Between study days the online tutor runs a weekly surgery in the Kilnsey Online chat room "
     "(Thursdays, 4–5 pm) and offers telephone tutorials on request.",
     "The online tutor checks activity reports each week and contacts any participant who has "
     "not logged in for two weeks.",
     "With the participant’s consent the Centre emails a short termly progress note to the "
     "headteacher; the Mentor Guide and school-based task briefs are posted in a mentors’ area "
     "of Kilnsey Online.",
     "Tutors share unit materials, marking grids and messages in a tutors’ area of Kilnsey "
     "Online."],
    "Kilnsey Online activity logs and forum archives, kept for two years.")

procedure(
    "LS-4", "End-of-course guidance", "All Centre courses", "Course leaders", "Approved",
    "September 2008",
    "To make sure learners know what they can go on to next.",
    "All Centre courses.",
    [("Course leader", "gives guidance in the final session.")],
    ["In the final session the course leader gives each learner the Centre’s Course Directory "
     "and explains the progression routes from the course.",
     "Learners may book a 20-minute guidance appointment with the Centre’s Learning Adviser."],
    "None.")

procedure(
    "TD-1", "Course design and review", "All Centre courses", "Quality Manager", "Approved",
    "September 2008",
    "To make sure new courses meet a need and are properly planned before they are offered.",
    "All new Centre courses and major changes to existing courses.",
    [("Course leader", "proposes and designs the course."),
     ("Centre Quality Board", "approves it.")],
    ["The course leader writes a course proposal giving the need, the audience and the outcomes.",
     "A design team drafts the course; stakeholders are consulted as appropriate.",
     "The Centre Quality Board approves the course, with conditions if needed.",
     "Each course is reviewed every year using the learner evaluations (QA-5)."],
    "Course proposal; Quality Board minutes.")

procedure(
    "TD-2", "School-based tasks and mentoring", "National Award for SEN Coordination",
    "Programme Leader (NA)", "Approved", "January 2009",
    "To tie the programme to the participant’s own school, so that what is learned is tried "
    "out, evaluated and used to change practice.",
    "All National Award participants.",
    [("Participant", "carries out the tasks in school."),
     ("School-based Mentor", "supports the tasks and signs the task record."),
     ("Module Tutor", "sets the tasks and uses them in tutorials.")],
    ["Each module has two school-based tasks in the participant’s own school, set to the "
     "module’s outcomes: in NA1 an audit of the SEN policy against the Code of Practice and a "
     "review of the accessibility plan; in NA2 gathering the views of three pupils on their "
     "provision and a review of one pupil’s targets with the pupil; in NA3 a provision map and "
     "an observation of a teaching assistant’s session with feedback.",
     "Task findings are discussed at the next study day and feed into the assignment.",
     "The mentor meets the participant at least half-termly and signs the school-based task "
     "record.",
     "The mentor completes the Mentor’s Observation Record twice a year (not graded).",
     "In NA3 the participant leads a development project in his or her school over at least one "
     "term: a change in SEN provision, planned with colleagues, with baseline and follow-up "
     "measures for the pupils affected (QA-7). The project report must show what changed in "
     "practice."],
    "School-based task record; Mentor’s Observation Record.")

procedure(
    "TD-3", "Work placements", "Certificate in Teaching Assistant Practice", "Placements Officer",
    "Approved", "September 2008",
    "To give learners who are not employed in a school a supervised placement of good quality.",
    "Learners on the Certificate in Teaching Assistant Practice who are not employed in a "
    "school.",
    [("Placements Officer", "finds and agrees placements."),
     ("Host school", "provides a supervisor.")],
    ["The Placements Officer agrees a placement of 90 hours with a host school, after the CRB "
     "check under AD-3.",
     "The host school names a supervisor and signs the placement agreement.",
     "The course tutor visits once during the placement."],
    "Placement agreement; visit record.")

procedure(
    "AS-1", "Assessment regulations for accredited courses", "All accredited courses",
    "Quality Manager", "Approved", "September 2008",
    "To set the common rules for assessment, progression and award.",
    "All accredited courses run by the Centre, at Levels 2 to 7. Where an awarding body’s own "
    "regulations differ, the awarding body’s rules apply.",
    [("Quality Manager", "keeps the regulations."),
     ("Examination Board", "confirms marks and awards.")],
    ["The pass mark at Level 7 is 50%.",
     "To receive an award a learner must pass every assessed component of every module.",
     "A learner who fails a component may resubmit once; the resubmitted mark is capped at the "
     "pass mark.",
     "Work submitted late without an agreed extension is capped at the pass mark.",
     "Awards are conferred by the awarding body’s Examination Board."],
    "Mark sheets; Examination Board minutes.")

procedure(
    "AS-2", "Assessment of the National Award", "National Award for SEN Coordination",
    "Programme Leader (NA)", "Approved", "January 2009",
    "To set out the assessed work of the National Award and the national minimum outcomes each "
    "piece is marked against.",
    "All National Award participants.",
    [("Module Tutor", "marks against the grids."),
     ("Programme Leader", "keeps the grids and the outcome references up to date.")],
    ["Assignment 1 (NA1): a policy and provision audit of 4,000 words on the participant’s school "
     "against the Code of Practice and the disability equality duties, with an action plan "
     "presented to the governor responsible for SEN. Marked against K1, K3 and S1.",
     "Assignment 2 (NA2): a case study of 4,000 words on one pupil, including the pupil’s own "
     "views of his or her provision and how the pupil was involved in reviewing targets. Marked "
     "against A1, K5, K6, S2, S2a, S2b and S7.",
     "Assignment 3 (NA3): a report of 5,000 words on the development project (TD-2, step 5). "
     "Marked against A2, A6, K7, S3, S4, S6 and S9.",
     "Professional discussion (NA3): thirty minutes with the module tutor and the mentor about "
     "the project. Marked against A5 (clear spoken explanation, listening and responding); "
     "every written assignment also carries a criterion on clear written expression.",
     "Each outcome named above is a criterion on the marking grid and must be met at pass "
     "standard for the assignment to pass.",
     "Work is submitted to the Centre office and returned, marked, within four weeks. "
     "Procedure QA-4 applies."],
    "Marking grids; feedback sheets.")

procedure(
    "AS-5", "Access arrangements and special consideration", "All accredited courses",
    "Quality Manager", "Approved", "September 2008",
    "To make sure that learners with a disability, an injury or other difficult circumstances "
    "are not disadvantaged when they are assessed.",
    "All assessed work and examinations on accredited Centre courses.",
    [("Learner", "applies at least four weeks before the deadline, or as soon as the "
      "circumstance arises."),
     ("Quality Manager", "decides, with the course leader.")],
    ["Learners may apply for access arrangements: extra time, an alternative format for a task, "
     "a reader or scribe, or assistive software.",
     "Learners affected by illness or bereavement may apply for special consideration or an "
     "extension.",
     "The decision is recorded and the marker is told only what he or she needs to know."],
    "Access arrangements log.")

procedure(
    "QA-4", "Second marking and moderation", "Level 7 awards delivered by the Centre, including "
    "the National Award", "Quality Manager", "Approved", "November 2008",
    "To make sure that marks are consistent, reliable and accurate across markers, modules and "
    "cohorts.",
    "All assessed work on Level 7 awards delivered by the Centre.",
    [("First marker", "marks against the grid and writes feedback."),
     ("Second marker", "second-marks the sample."),
     ("Quality Manager", "arranges moderation and sends the sample to the External Examiner."),
     ("External Examiner", "appointed by the University; reviews the sample and reports.")],
    ["The first marker marks every piece against the marking grid.",
     "A second marker marks every fail, every distinction and a sample of 20% of the rest "
     "(at least five pieces) for each assignment.",
     "Where the two marks differ by more than ten, a third marker decides.",
     "For each module the markers meet to moderate, comparing pieces across the range of marks.",
     "The Quality Manager sends the moderated sample to the External Examiner.",
     "Agreed marks go to the University Examination Board.",
     "All tutors attend a termly standardisation meeting using exemplar pieces."],
    "Moderation record; External Examiner’s report.")

procedure(
    "QA-5", "Learner evaluation of courses", "All Centre courses", "Quality Manager", "Approved",
    "September 2008",
    "To collect learners’ views of every course and use them to improve it.",
    "All Centre courses.",
    [("Course leader", "collects evaluations and writes the summary."),
     ("Quality Manager", "reviews summaries and raises issues with the course leader.")],
    ["Learners complete an evaluation sheet at the end of every study day.",
     "At the end of the course (for the National Award, the end of each module) learners "
     "complete a questionnaire.",
     "The course leader writes a summary with proposed changes within four weeks.",
     "The Quality Manager reviews each summary and agrees the changes."],
    "Evaluation sheets; summaries.")

procedure(
    "QA-6", "National Award review board", "National Award for SEN Coordination",
    "Head of Centre", "Approved", "January 2009",
    "To review the quality, standards and impact of the National Award each year and agree "
    "improvements.",
    "The National Award on both routes.",
    [("Head of Centre", "chairs."),
     ("Members", "the Programme Leader; the Quality Manager; the University Link Tutor; two "
      "headteachers of participating schools; Ostwick’s Principal Educational Psychologist; the "
      "coordinator of the Ostwick Parent Partnership Service; one participant from each "
      "cohort.")],
    ["The board meets each July, and in January for the February intake.",
     "It considers the module evaluations (QA-5), the module tutors’ reports, the External "
     "Examiner’s report, the marks profile, the impact evidence (QA-7) and the headteacher "
     "questionnaire.",
     "It agrees an action plan; the actions are carried into the University’s Annual Monitoring "
     "Report for the programme.",
     "The Programme Leader reports the changes made to the next cohort at induction.",
     "The minutes go to the Centre Quality Board and to Ostwick’s SEN Strategy Group."],
    "Minutes; action plan.")

procedure(
    "QA-7", "Measuring impact: National Award", "National Award for SEN Coordination",
    "Programme Leader (NA)", "Approved", "January 2009",
    "To measure what difference the programme makes to participants’ competence and confidence "
    "and to the progress of the pupils they work with.",
    "All National Award participants.",
    [("Participant", "collects baseline and follow-up data in the development project."),
     ("Programme Leader", "collates the evidence for the review board.")],
    ["The Self-Assessment (LS-1) is repeated at the end of the programme and the change on each "
     "outcome is recorded.",
     "Participants complete a ten-item confidence scale at the first and last study days.",
     "In the NA3 development project each participant records baseline and follow-up measures "
     "of attainment or progress for the pupils affected, and reports them in Assignment 3.",
     "The Programme Leader collates the Self-Assessment changes, the confidence scores and the "
     "pupil data across the cohort and reports them to the review board (QA-6).",
     "Six months after completion the headteacher of each participant receives a short "
     "questionnaire on changes in SEN provision and in pupils’ progress."],
    "Impact summary for each cohort.")

# ------------------------------------------------------------------------- PART 4
h("Part 4 – Staff", 1)
p("Staff who teach on the National Award are listed below. Specialists from Ostwick’s services "
  "who teach sessions of NA2 are named in the programme calendar each year.")
CVS = [
    ("Gillian Trenholme", "Programme Leader; NA1 tutor",
     "BEd (Hons); Diploma in Special Education (1985)",
     "Teacher, Ashby Grange School, 1979–86. Head of Learning Support, Ashby Grange School, "
     "1986–98, where she introduced the school’s first IEP system. SEN Adviser, Ostwick LA, "
     "1998–2004, where she led the authority’s consultation with parents on its 2002 SEN "
     "Strategy. Course Manager at the Centre since 2004."),
    ("Desmond Oyelaran", "NA2 tutor",
     "BA; PGCE; Certificate in Specific Learning Difficulties (1992)",
     "Specialist teacher, Ostwick Learning Support Service, 1989–2001. Lecturer in Education, "
     "Kilnsey Bridge College, 2001–07. Assessor for the Graduate Teacher Programme, including "
     "its assessment-only route to QTS, 2003–06. Centre tutor since 2007."),
    ("Dr Hazel Fairweather", "NA3 tutor",
     "MA Education Management; PhD (2005)",
     "Deputy Headteacher, Meadowcroft Primary School, 1992–2000. Additional Inspector for "
     "Ofsted (section 10 inspections), 1995–2000. Lecturer, University of Amberford, "
     "2000–06. Associate tutor at the Centre since 2006."),
    ("Priya Castellane", "Online tutor (blended route)",
     "BSc; PGCE; Certificate in Online Tutoring",
     "ICT Consultant, Ostwick LA, 1999–2006, where she designed an e-learning module for "
     "teaching assistants. APEL assessor for the Open College Network, 1996–99. Centre "
     "E-learning Coordinator since 2006."),
]
table(["Name", "Role on the National Award", "Qualifications", "Career"], CVS,
      widths=[3.0, 3.0, 3.6, 6.8], size=9)

doc.save(OUT)
print("wrote", OUT)
