"""Build ds-01-mallowdene-competence-standards.docx (blind test application).

PROVIDER
  Mallowdene Children's Community Health NHS Trust (invented): Children's
  Therapies and Community Paediatrics Directorate (speech and language therapy,
  occupational therapy, community paediatrics) and its Learning and
  Development Unit, running the award jointly with the University of Stanbridge
  (invented), Faculty of Education, which validates and awards it.
  Award: Postgraduate Certificate in Special Educational Needs Coordination
  (National Award), 60 credits at Level 7, modules SEN7101 and SEN7102.
  People: Helen Mayhew (Professional Lead for SLT, Programme Lead), Dr Sian
  Lovell (University Academic Lead), Dr Priya Ramaswamy (consultant community
  paediatrician, Clinical Lead), Tom Cardle (Head of Children's OT), Gareth
  Pollitt (Mallowdene Borough Council), Rachel Obi (University), Marcus
  Eddington (Learning and Development Manager).

KIND OF DOCUMENT
  A competence standards suite in the National Occupational Standards /
  Skills for Health format that the Trust uses for all its clinical
  competence frameworks ("Suite CW-S"), submitted as the application. It is
  not a programme specification, handbook, charter or qualification
  specification: the body of the document is a set of competence UNITS, each
  with Overview, Performance criteria ("You must be able to: P1 ..."),
  Knowledge and understanding ("You need to know and understand: K1 ..."),
  Evidence requirements, Learning opportunities and Links (KSF / Common Core).

LAYOUT
  - Title block; a suite summary field table with a merged title row; a
    document history table (version, date, change), one row of which records
    the withdrawal of a unit.
  - Part A "Using these standards and delivering the Award": Heading 2
    sections typed "A1 Purpose of the suite" ... "A13 Fees and funding".
    These section codes COLLIDE with outcome ids 6.A1-6.A7 (A3 is prior
    learning, A4 experienced applicants, A5 the Competence Profile, A6 study
    routes, A7 online learning): never outcome evidence.
  - Part B: seven approved units CW1-CW7 and one unit CW8 "IN DEVELOPMENT".
    Each unit opens with a two-column box whose title row is merged; then
    P and K criteria in numbered paragraphs. The unit codes K1-K6 COLLIDE
    with outcome ids 6.K1-6.K9 (CW1 K4 is ECM, CW2 K5 is disability law ...).
  - Part C: a components table (C1, C2, DOP 1, C3, DOP 2, MSF, reflective
    log) with merged "Formative only" cells; award rule; moderation; roles.
  - Part D: governance, needs evidence, consultation, stakeholder
    involvement, and an NHS "monitoring compliance" table.
  - Appendix 1: cross-reference from the national minimum outcomes (in the
    Trust's shorthand) to unit criteria, with merged group rows. Resolving an
    outcome needs three hops: appendix row -> unit criterion -> that unit's
    evidence requirements / Part C component.
  - Page header, and a footer carrying "Equality Impact Assessment:
    completed" (never evidence).

TRAPS (requirement ids affected)
  - 2.1 partially_met: A3 accredits prior certificated Level 7 learning (up
    to 30 credits) but says experience "is not accredited".
  - 2.3 not_met: A4 describes the Trust's own "evidence-only sign-off" for
    its clinicians (another framework, wrong context) and then says the Joint
    Award does not work that way.
  - 2.5 partially_met: only general encouragement and an open MA in Part C
    ("Completion and next steps"); no planning of targets.
  - 3.1 partially_met: general Single Equality Scheme statement, equality
    impact assessment, accessible venues; nothing on disclosure or
    adjustments in teaching and assessment (footer line not evidence).
  - 3.3 partially_met: e-Learning Hub with e-mailed tutor support and
    supervisor support between study days, but "The Hub has no discussion
    forum" (no peer support).
  - 4.3 partially_met: stakeholders deliver (LA officer, parents, special
    school) but their part in evaluation is only intended ("We intend to
    involve ... once the first cohort has completed").
  - 5.3 not_met: CRB checks are on Trust staff and honorary-contract
    holders; learners "are not issued with honorary contracts" and nothing
    checks them (wrong context).
  - 5.7 partially_met: supervisors briefed, but the assessor role
    description "is being adapted" and assessor training "will be arranged".
  - 5.8 partially_met: written components second-marked and externally
    examined, but DOP judgements "are not moderated or sampled".
  - 1.9, 6.0 partially_met: blanket claim in Part C ("Taken together, the
    seven units cover every one of the national minimum outcomes") against
    unassessed and missing outcomes.
  - Criterion 6, status flags and formative-only evidence:
      6.A3, 6.S2d not_met: only in CW8, "IN DEVELOPMENT ... Not part of the
        Award in 2009-10"; Appendix row points to "CW8 (from 2010)".
      6.S2c not_met: Appendix 1 maps it to CW6 P2, which says nothing about
        formative assessment (unsupported mapping).
      6.S4 partially_met: CW5 P6 (supervising TAs delivering programmes)
        "is developed in supervision and is not covered by a summative
        component"; withdrawn CW9 in the document history.
      6.A5 partially_met: CW6 P6 evidenced only by multi-source feedback,
        "Formative only".
      6.A7 partially_met: CW3 P5 evidenced only by the reflective log.
      6.K3 partially_met: CW2 P3, K5, K6 evidenced only by an e-learning
        completion record, "not separately assessed".
      6.K5 partially_met: the CW5 range is health-defined (SLCN, autism,
        DCD, sensory, physical) and omits BESD, dyslexia / SpLD and MLD.
      6.K7 partially_met: CW7 teaches the clinical audit cycle and the
        Trust's clinical governance framework, not school self-evaluation
        (wrong context); project assessed.
      6.S2b partially_met: CW5 P4 tracks progress with standardised scores
        and GAS; national tests and school summative data never appear.
  - Met despite looking like traps: 5.5 (joint practice sessions with Trust
    services and a special-school visit), 5.6 (Communication Aids loan
    collection, Assessment Resource Library), 5.9 (Goal Attainment Scaling
    for three focus children, Part D table), 2.2 (Competence Profile ->
    Individual Learning Agreement), 3.2 (two intakes, two venues, extended
    route, flexible order), 6.S5 (DOP 2 summative), 6.K4, 6.K2 (CbD).
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ds-01-mallowdene-competence-standards"
OUT = os.path.join(HERE, NAME + ".docx")

NHS_BLUE = RGBColor(0x00, 0x5E, 0xB8)

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10)
normal.paragraph_format.space_after = Pt(4)
for hs, size in (("Heading 1", 15), ("Heading 2", 12), ("Heading 3", 10.5)):
    s = doc.styles[hs]
    s.font.name = "Arial"
    s.font.size = Pt(size)
    s.font.color.rgb = NHS_BLUE

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)
sec.header.paragraphs[0].text = (
    "Mallowdene Children's Community Health NHS Trust  |  Competence Standards "
    "Suite CW-S  |  Version 1.0")
sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
sec.footer.paragraphs[0].text = (
    "CW-S v1.0. Approved by the Education and Workforce Committee, 10 February "
    "2009. Review date: February 2011. This document is uncontrolled when "
    "printed. Equality Impact Assessment: completed (EqIA/2009/017).")


# ------------------------------------------------------------------ helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = colour


def para(text="", bold=False, italic=False, style=None, size=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def runin(lead, text):
    p = doc.add_paragraph()
    r = p.add_run(lead + " ")
    r.bold = True
    p.add_run(text)
    return p


def h1(t):
    doc.add_heading(t, level=1)


def h2(t):
    doc.add_heading(t, level=2)


def h3(t):
    doc.add_heading(t, level=3)


def criteria(prefix, lead, items):
    p = para(lead, bold=True)
    p.paragraph_format.space_before = Pt(4)
    for i, t in enumerate(items, 1):
        q = doc.add_paragraph()
        q.paragraph_format.left_indent = Cm(1.0)
        q.paragraph_format.first_line_indent = Cm(-1.0)
        r = q.add_run(f"{prefix}{i}\t")
        r.bold = True
        q.add_run(t)


def unit_box(code, title, rows):
    t = doc.add_table(rows=1 + len(rows), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
    cell_text(top, f"Unit {code}   {title}", bold=True, size=11,
              colour=RGBColor(0xFF, 0xFF, 0xFF))
    shade(top, "005EB8")
    for i, (k, v) in enumerate(rows, 1):
        cell_text(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], "E8EDEE")
        cell_text(t.rows[i].cells[1], v)
        t.rows[i].cells[0].width = Cm(4.0)
        t.rows[i].cells[1].width = Cm(13.0)
    doc.add_paragraph()


# ------------------------------------------------------------------ cover
p = para("Mallowdene Children's Community Health NHS Trust", bold=True, size=14)
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p = para("Children's Therapies and Community Paediatrics Directorate  ·  "
         "Learning and Development Unit", size=9)
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
para()
para("COMPETENCE STANDARDS SUITE CW-S", bold=True, size=20)
para("Coordinating Support for Children with Additional Needs in Schools",
     bold=True, size=14)
para("The competence standards for the Joint SENCO Award (Mallowdene and "
     "Stanbridge), submitted to the Training and Development Agency for Schools "
     "as the Trust's application, with the University of Stanbridge, for "
     "approval to deliver nationally accredited training for special "
     "educational needs coordinators.", italic=True)

summary = [
    ("Suite code", "CW-S (Children's Workforce: Schools)"),
    ("Suite owner", "Helen Mayhew, Professional Lead for Speech and Language "
     "Therapy, Programme Lead for the Joint Award"),
    ("Clinical lead", "Dr Priya Ramaswamy, Consultant Community Paediatrician"),
    ("Academic partner", "University of Stanbridge, Faculty of Education, School "
     "of Inclusion and Childhood. Academic Lead: Dr Siân Lovell"),
    ("Linked qualification", "Postgraduate Certificate in Special Educational "
     "Needs Coordination (National Award): 60 credits at Level 7 (Master's "
     "level) of the Framework for Higher Education Qualifications, awarded by "
     "the University of Stanbridge. Validated by the University's Academic "
     "Standards Committee on 27 January 2009 for five years from September 2009."),
    ("Modules", "SEN7101 Children, Need and the Law (30 credits): units CW1 to "
     "CW4.\nSEN7102 Leading Provision (30 credits): units CW5 to CW7 (CW8 from "
     "September 2010)."),
    ("Intended learners", "Qualified teachers who are, or are about to become, "
     "the SENCO of a school in Mallowdene, Harnby or a neighbouring authority."),
    ("Approved", "Trust Education and Workforce Committee, 10 February 2009"),
    ("Status", "Approved for use from September 2009 (see each unit's status line)"),
]
t = doc.add_table(rows=len(summary) + 1, cols=2)
t.style = "Table Grid"
top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
cell_text(top, "Suite summary", bold=True, colour=RGBColor(0xFF, 0xFF, 0xFF))
shade(top, "005EB8")
for i, (k, v) in enumerate(summary, 1):
    cell_text(t.rows[i].cells[0], k, bold=True)
    cell_text(t.rows[i].cells[1], v)
    t.rows[i].cells[0].width = Cm(4.0)
    t.rows[i].cells[1].width = Cm(13.0)
para()

para("Document history", bold=True)
hist = [
    ("Version", "Date", "Summary of changes"),
    ("0.1", "October 2008", "First draft for the CW-S Working Group."),
    ("0.3", "November 2008", "Consultation draft sent to SENCOs, the two local "
     "authority SEN teams, Harnby Special School and Mallowdene Parents Together."),
    ("0.4", "January 2009", "Changes after consultation (see D3). Unit CW9 "
     "Supervising Support Staff withdrawn; its content will be folded into CW8 "
     "when CW8 is written."),
    ("1.0", "February 2009", "Approved version, aligned with the University's "
     "validated module specifications."),
]
t = doc.add_table(rows=len(hist), cols=3)
t.style = "Table Grid"
for i, row in enumerate(hist):
    for j, v in enumerate(row):
        cell_text(t.rows[i].cells[j], v, bold=(i == 0))
        if i == 0:
            shade(t.rows[i].cells[j], "E8EDEE")
para()

# ------------------------------------------------------------------ Part A
h1("Part A  Using these standards and delivering the Award")
para("These standards describe what a teacher who leads the coordination of "
     "support for children with additional needs in a school must be able to do "
     "and must know. They are written in the format the Trust uses for all of its "
     "competence frameworks, based on the National Occupational Standards format "
     "used by Skills for Health. Each unit has an overview, performance criteria "
     "(what you must be able to do), knowledge and understanding (what you need "
     "to know), evidence requirements (how each criterion is shown) and learning "
     "opportunities (where it is learned). Trust staff will recognise the layout "
     "from our dysphagia, augmentative and alternative communication (AAC) and "
     "safeguarding frameworks. For a teacher, each unit is a chapter of the course.")
para("Part A says how learners reach and show the standards. Part B sets out the "
     "units. Part C explains assessment and the award. Part D covers governance, "
     "monitoring and evaluation. Appendix 1 cross-references the units to the "
     "national minimum outcomes for SENCOs.")
para("Why a community health trust? Our 410 therapists, nurses and doctors work "
     "every week in 96 of the area's schools, and the SENCO is the person we work "
     "with most. The Bercow Review (2008) showed how much depends on school staff "
     "understanding children's speech, language and communication needs and "
     "knowing how to use the specialists around them. From 2005 to 2008 the Trust "
     "ran a short, unaccredited 'Communication Friendly Schools' course for "
     "teachers; the Joint Award replaces it. The Award puts the University's "
     "academic standards and the Trust's clinical expertise into one programme, "
     "and the University is the awarding body.")

h2("A1 Purpose of the suite")
para("The purpose of CW-S is better outcomes for children and young people with "
     "special educational needs and disabilities in the schools where our learners "
     "work: progress in their learning, and progress towards all five Every Child "
     "Matters outcomes (being healthy, staying safe, enjoying and achieving, making "
     "a positive contribution and achieving economic well-being). We do not treat "
     "attainment as the only outcome, and, as a health trust, we are careful not to "
     "treat health as the only outcome either. The aims of both modules are written "
     "in these terms, the units are organised around them, and every summative "
     "component in Part C asks the learner to show, with baseline and follow-up "
     "measures, what changed for children as a result of their practice.")

h2("A2 Who the Award is for, and entry")
para("Applicants must hold Qualified Teacher Status and be the SENCO of their "
     "school, or be designated by the head teacher to take up the role by the start "
     "of the course. The head teacher completes a nomination form agreeing release "
     "for the ten study days and two joint practice sessions, and naming a practice "
     "supervisor from the school's leadership team. The applicant returns the "
     "Competence Profile (A5) with the application.")
para("The Programme Lead and the Academic Lead screen every application against the "
     "entry criteria and the Profile. Where the Profile suggests the applicant is not "
     "yet ready to meet the standards within a year (for example a teacher who has "
     "never contributed to an individual education plan review), we write to the "
     "applicant with a short readiness plan, usually a term of the local authority's "
     "SENCO network and shadowing an experienced SENCO, and the Programme Lead "
     "telephones the head teacher to agree it. The applicant can apply again for the "
     "next intake.")

h2("A3 Prior learning")
para("Learners who already hold Level 7 credit in special educational needs, "
     "gained within the last five years, may apply for accreditation of prior "
     "certificated learning under the University's regulations, up to a maximum of "
     "30 credits (module SEN7101 only). The Academic Lead maps the earlier learning "
     "against the units before credit is given. Experience gained in post is not "
     "accredited.")

h2("A4 Experienced applicants")
para("Within the Trust's own competence frameworks an experienced practitioner may "
     "present a portfolio and be signed off against a unit without attending "
     "training: the 'evidence-only sign-off' familiar to our therapists. That route "
     "belongs to the Trust's clinical frameworks. The Joint Award does not work that "
     "way. The University's regulations require every learner to be enrolled on both "
     "modules and to complete every summative component, and the Trust has agreed to "
     "this. Teachers from the local authorities' specialist support services who "
     "have asked about sign-off on evidence alone have been advised to apply in the "
     "ordinary way.")

h2("A5 The Competence Profile and the Individual Learning Agreement")
para("Before the first study day each learner completes the Competence Profile. It "
     "lists every performance criterion and knowledge item in Part B, and the learner "
     "rates each on the Trust's four-point scale: 1 new to me; 2 I know about this; 3 "
     "I do this with support; 4 I do this independently and could show someone else. "
     "Any rating of 3 or 4 needs a note of the evidence.")
para("At the Initial Supervision Meeting (about 90 minutes, in school, with the "
     "practice supervisor and the learner's University tutor) the ratings are tested "
     "against that evidence. Knowledge that turns out to be out of date is re-rated. "
     "The meeting agrees an Individual Learning Agreement: the learner's priority "
     "criteria (normally between eight and fifteen), which joint practice sessions "
     "they will choose, the focus child for the Case-based Discussion and the topic "
     "of the Service Improvement Project. The Learning Agreement is the learner's "
     "personalised set of outcomes. It is reviewed at the mid-point supervision "
     "meeting and at the end. Because assessors look for evidence against every "
     "criterion throughout, a learner whose Profile was over-confident is picked up "
     "at the mid-point and the Agreement is changed.")

h2("A6 Study routes and timing")
para("There are ten study days (09:15 to 15:45) in each intake. Every study day is "
     "delivered twice, once at Harnby Child Development Centre and once at the "
     "University's Stanbridge campus, and learners can attend either. There are two "
     "intakes a year, in September and January.")
para("On the standard route a learner takes both modules in one academic year. On "
     "the extended route a learner takes SEN7101 in the first year and SEN7102 in the "
     "second. Everyone starts with CW1 and CW2. After that, units CW3 to CW7 can be "
     "taken in the order that suits the learner's school calendar, because each "
     "study day is repeated in the following term.")

h2("A7 Online learning")
para("Three units have an e-learning package on the Trust's e-Learning Hub, which "
     "learners reach from school with a personal log-in: 'Every Child Matters for "
     "practitioners' (CW1), 'The law in practice' (CW2) and 'Disability equality' "
     "(CW2). Each package takes 60 to 90 minutes. The Hub also holds the slides and "
     "reading for every study day, posted a week in advance. Learners can e-mail "
     "their University tutor about any package or reading, and the tutor replies "
     "within three working days. Between study days the learner's main support is "
     "the practice supervisor in school, who meets the learner at least twice a "
     "term. The Hub has no discussion forum: the Trust's information governance "
     "policy does not allow open forums on it.")

h2("A8 Equality and access")
para("All Trust learning and development is covered by the Trust's Single Equality "
     "Scheme 2008-2011, and the suite has been through the Trust's equality impact "
     "assessment. Both study venues have level access, accessible toilets, a hearing "
     "loop and parking bays for disabled drivers. Study-day materials are on the Hub "
     "in advance, so that learners can use their own text-to-speech or magnification "
     "software.")

h2("A9 Safeguarding")
para("Every Trust employee and every holder of a Trust honorary contract has an "
     "enhanced Criminal Records Bureau disclosure, renewed every three years, and the "
     "University checks its own teaching staff. The Trust practitioners who teach on "
     "the Award and host joint practice sessions are therefore all checked. Learners "
     "are employed by their schools and governing bodies, not by the Trust; they are "
     "not issued with honorary contracts, because joint practice sessions are "
     "observational and supervised throughout.")

h2("A10 Practice supervision and joint practice sessions")
para("Each learner has a practice supervisor in school: a member of the senior "
     "leadership team, nominated by the head teacher. The supervisor meets the "
     "learner at least twice a term, reads the reflective practice log and co-signs "
     "the Unit Completion Records. Each learner also has a practice assessor from the "
     "Trust or the University (see A11), who conducts the Case-based Discussion and "
     "the Direct Observations of Practice.")
para("Every learner takes two half-day joint practice sessions with Trust services, "
     "chosen in the Learning Agreement from: a speech and language therapy clinic or "
     "school-based therapy session; an occupational therapy sensory-motor group; a "
     "multi-disciplinary assessment at Harnby Child Development Centre; the "
     "Communication Aids Assessment Service; and the Children's Hearing Service. "
     "Sessions are arranged by the Learning and Development Unit and hosted by a named "
     "senior clinician, and the learner writes a one-page practice note afterwards. "
     "In addition, Harnby Special School (judged outstanding by Ofsted in 2008) hosts "
     "a half-day visit for each study group, led by its deputy head.")

h2("A11 Faculty")
fac = [
    ("Name", "Role on the Award", "Background"),
    ("Helen Mayhew", "Programme Lead; teaches CW4 and CW6; practice assessor",
     "Speech and language therapist (HPC registered), 18 years in children's "
     "services; MSc Human Communication; leads the Trust's school-age therapy "
     "team; accredited Talking Mats trainer."),
    ("Dr Siân Lovell", "Academic Lead (University); teaches CW2, CW3 and CW7; "
     "marks C1 and C3", "Senior Lecturer in Inclusive Education; SENCO in two "
     "Stanbridge primary schools for eleven years; EdD on SENCOs' leadership; "
     "consultant to the Mallowdene SENCO network."),
    ("Dr Priya Ramaswamy", "Clinical Lead; teaches CW1 and CW5",
     "Consultant community paediatrician; medical adviser to Mallowdene Borough "
     "Council on statutory assessment; leads the Child Development Centre."),
    ("Tom Cardle", "Teaches CW5; practice assessor", "Head of Children's "
     "Occupational Therapy (HPC registered); postgraduate training in sensory "
     "integration; MSc Occupational Therapy."),
    ("Gareth Pollitt", "Co-tutor for CW2", "Senior SEN Officer, Mallowdene Borough "
     "Council; previously SENCO of a secondary school for eight years."),
    ("Rachel Obi", "Teaches CW5 and CW7; marks C3", "Senior Lecturer, University of "
     "Stanbridge; formerly advisory teacher for the Harnby learning support service "
     "and a National Strategies inclusion consultant."),
]
t = doc.add_table(rows=len(fac), cols=3)
t.style = "Table Grid"
for i, row in enumerate(fac):
    for j, v in enumerate(row):
        cell_text(t.rows[i].cells[j], v, bold=(i == 0))
        if i == 0:
            shade(t.rows[i].cells[j], "E8EDEE")
para()
para("All Trust faculty keep a current clinical caseload and meet the Health "
     "Professions Council's standards for continuing professional development. All "
     "University faculty have been SENCOs or advisory teachers within the last eight "
     "years and hold current consultancy roles with schools.")

h2("A12 Learning resources")
para("Learners have full use of the Trust's Library and Knowledge Service, "
     "including NHS Athens journal access and its collection on children's "
     "disability and development, and of the University Library and e-journals. The "
     "Communication Aids Assessment Service lends learners switch access equipment, "
     "communication devices, symbol software and text-to-speech programs to try in "
     "school for up to four weeks. The Trust's Assessment Resource Library lends "
     "non-restricted assessment and intervention materials, such as Talking Mats "
     "kits and the Trust's own classroom observation schedules. Both venues have an "
     "IT suite.")

h2("A13 Fees and funding")
para("The fee for the full Award is £1,450. Mallowdene Borough Council and Harnby "
     "Metropolitan Borough Council each pay £500 for every learner from a maintained "
     "school. The Trust gives clinical faculty time and both Child Development Centre "
     "rooms at no charge to the Award, which keeps the fee below the University's "
     "standard rate for 60 Level 7 credits. The provision is tailored through the "
     "Learning Agreement: learners choose their joint practice sessions, focus child "
     "and project, and the afternoons of study days 6 to 8 split into primary and "
     "secondary groups.")

# ------------------------------------------------------------------ Part B
h1("Part B  The units")
para("Each unit below starts with a box giving its status, module, where it is "
     "learned and its links. The criteria are numbered within the unit. A unit "
     "is complete when every criterion has been evidenced as the unit's evidence "
     "requirements say, and the practice supervisor and practice assessor sign the "
     "Unit Completion Record.")

# CW1
unit_box("CW1", "Children's development, health and well-being", [
    ("Status", "Approved"),
    ("Module", "SEN7101"),
    ("Learning opportunities", "Study day 1; e-learning package 'Every Child Matters "
     "for practitioners'; joint practice session"),
    ("Links", "KSF core dimension 1 (Communication), level 2. Common Core: child and "
     "young person development."),
])
runin("Overview.", "This unit is about how children develop, how development can "
      "be affected by impairment, health, family circumstances and the environment "
      "of the classroom, and how the five Every Child Matters outcomes frame what the "
      "school wants for each child.")
criteria("P", "Performance criteria. You must be able to:", [
    "gather and interpret a developmental history for a child, with the "
    "parents' or carers' agreement, using information from health visitors, school "
    "nurses and therapists",
    "identify features of the physical and social environment of the classroom "
    "that help or hinder a child's participation and learning",
    "describe a child's progress in terms of all five Every Child Matters "
    "outcomes, not attainment alone, and say what the SENCO can do towards each",
])
criteria("K", "Knowledge and understanding. You need to know and understand:", [
    "the typical development of communication, motor, cognitive and "
    "social-emotional skills from birth to 19",
    "how prematurity, chronic illness, sensory impairment, neurodevelopmental "
    "conditions and adverse experiences can affect development",
    "how noise, light, seating, routines and relationships in the classroom affect "
    "learning",
    "the principles and the five outcomes of Every Child Matters and the Children "
    "Act 2004",
    "the Common Assessment Framework and the role of the lead professional",
])
runin("Evidence requirements.", "All performance criteria and knowledge items are "
      "assessed in the Case-based Discussion (C2).")

# CW2
unit_box("CW2", "Law, policy and the coordinating role", [
    ("Status", "Approved"),
    ("Module", "SEN7101"),
    ("Learning opportunities", "Study days 2 and 3; e-learning packages 'The law in "
     "practice' and 'Disability equality'"),
    ("Links", "KSF core dimension 6 (Equality and diversity). Common Core: "
     "multi-agency working."),
])
runin("Overview.", "This unit is about the legal and policy framework for special "
      "educational needs and disability, and the SENCO's role within it.")
criteria("P", "Performance criteria. You must be able to:", [
    "review your school's SEN policy and practice against the SEN Code of Practice "
    "(2001) and recommend changes",
    "explain to colleagues and to parents what the graduated response (School "
    "Action, School Action Plus and statutory assessment) means for a particular "
    "child",
    "contribute to your school's accessibility plan and disability equality scheme",
])
criteria("K", "Knowledge and understanding. You need to know and understand:", [
    "Part IV of the Education Act 1996, the Special Educational Needs and "
    "Disability Act 2001 and the SEN Code of Practice (2001), and what they require "
    "of the school, the SENCO and others",
    "Removing Barriers to Achievement (2004) and current national initiatives, "
    "including the Inclusion Development Programme (2008) and the Bercow Review "
    "(2008) with the government's response",
    "the SENCO's role as the Code of Practice describes it (paragraphs 5.30 to 5.33 "
    "and 6.32 to 6.35)",
    "how special educational needs services are organised by the two local "
    "authorities",
    "the Disability Discrimination Act 1995 as amended in 2005: the definition of "
    "disability, the reasonable adjustments duty and the planning duties",
    "the Disability Equality Duty and what it requires of schools",
])
runin("Evidence requirements.", "P1 and K1 to K4: Critical Appraisal Assignment "
      "(C1). P2: Case-based Discussion (C2). P3, K5 and K6: completion record of the "
      "'Disability equality' e-learning package; these items are not separately "
      "assessed.")

# CW3
unit_box("CW3", "Evidence-based practice", [
    ("Status", "Approved"),
    ("Module", "SEN7101"),
    ("Learning opportunities", "Study day 4; Trust Library and Knowledge Service "
     "search session; supervision"),
    ("Links", "KSF core dimension 2 (Personal and people development), level 3."),
])
runin("Overview.", "Evidence-based practice is how the Trust's clinicians are "
      "trained to work. This unit is about finding, appraising and using research "
      "and inspection evidence and expert advice to improve your own practice and "
      "your colleagues'.")
criteria("P", "Performance criteria. You must be able to:", [
    "turn a practice problem in your school into an answerable question",
    "search for and critically appraise research and inspection evidence on that "
    "question",
    "use the appraisal to change your own practice and to advise colleagues",
    "seek advice from external specialists and weigh it alongside the research",
    "keep up to date with developments in SEN and disability and take "
    "responsibility for your own continuing professional development",
])
criteria("K", "Knowledge and understanding. You need to know and understand:", [
    "kinds of evidence and their strengths and limits in education",
    "sources: research journals, Ofsted reports (including Special educational "
    "needs and disability: towards inclusive schools, 2004, and Inclusion: does it "
    "matter where pupils are taught?, 2006), NICE guidance and professional bodies",
    "what current research says about effective practice for the needs in the CW5 "
    "range",
])
runin("Evidence requirements.", "P1 to P4 and K1 to K3: Critical Appraisal "
      "Assignment (C1). P5: reflective practice log.")

# CW4
unit_box("CW4", "Children, young people and their families", [
    ("Status", "Approved"),
    ("Module", "SEN7101"),
    ("Learning opportunities", "Study day 5 (co-delivered with Mallowdene Parents "
     "Together); Talking Mats workshop; supervision"),
    ("Links", "Common Core: effective communication and engagement with children, "
     "young people and families."),
])
runin("Overview.", "This unit is about fair, respectful relationships with children "
      "and their families; hearing the child's voice, including children with little "
      "or no speech; and involving children and parents in planning and reviewing "
      "the support they receive.")
criteria("P", "Performance criteria. You must be able to:", [
    "establish fair, respectful, supportive and constructive relationships with "
    "children with SEN and disabilities and with their parents or carers",
    "find out a child's views using methods suited to the child's communication, "
    "such as Talking Mats, visual rating scales, drawing and person-centred review "
    "formats",
    "involve the child in setting, agreeing and reviewing targets and provision",
    "plan and lead a review meeting in which parents or carers are partners, and "
    "follow it up",
    "help colleagues build constructive working relationships with children and "
    "families",
])
criteria("K", "Knowledge and understanding. You need to know and understand:", [
    "Article 12 of the UN Convention on the Rights of the Child and chapter 3 of "
    "the Code of Practice on pupil participation",
    "family-centred practice, and what parents locally and nationally say helps, "
    "including the evidence being gathered by the Lamb Inquiry",
    "the Parent Partnership Service and local parent support groups",
    "how to make written and spoken communication accessible to parents, including "
    "the use of interpreters",
])
runin("Evidence requirements.", "All criteria: Direct Observation of Practice 1 "
      "(a review meeting with the child and parent present), and the child's and "
      "parents' part in the case is examined again in the Case-based Discussion (C2).")

# CW5
unit_box("CW5", "Understanding need and planning provision", [
    ("Status", "Approved"),
    ("Module", "SEN7102"),
    ("Learning opportunities", "Study days 6, 7 and 8 (afternoons in primary and "
     "secondary groups); joint practice sessions; Communication Aids loan"),
    ("Range", "Speech, language and communication needs; autistic spectrum "
     "conditions; developmental coordination disorder; sensory processing "
     "difficulties; hearing and visual impairment; physical disability and complex "
     "health needs."),
    ("Links", "KSF specific dimension HWB6 (Assessment and treatment planning), "
     "level 2."),
])
runin("Overview.", "This unit is about the needs the learner will meet most often in "
      "the range above, and how to assess, plan, teach and review for them.")
criteria("P", "Performance criteria. You must be able to:", [
    "identify children who may have SEN or disabilities, using classroom "
    "observation, the school's data and screening",
    "use the assessments and reports of therapists, psychologists, advisory "
    "teachers and doctors to plan teaching",
    "set challenging, measurable targets and plan interventions that remove or "
    "reduce barriers to learning",
    "review progress using standardised and criterion-referenced measures and Goal "
    "Attainment Scaling, and change the programme when it is not working",
    "select and use approaches, resources and ICT, including AAC, symbol software, "
    "switch access and text-to-speech, to personalise provision",
    "brief and supervise teaching assistants who deliver therapy or intervention "
    "programmes",
    "anticipate and resolve problems, and make well-founded decisions about "
    "provision that you can explain and defend",
])
criteria("K", "Knowledge and understanding. You need to know and understand:", [
    "each need in the range: how it presents and how it can affect learning",
    "assessment methods: observation, standardised tests (standard scores, "
    "percentiles and their limits), criterion-referenced checklists and Goal "
    "Attainment Scaling",
    "teaching and therapy approaches for the needs in the range, and the evidence "
    "for them",
    "ICT and AAC for access to the curriculum",
])
runin("Evidence requirements.", "P1 to P3, P7 and K1: Case-based Discussion (C2). P4, "
      "P5 and K2 to K4: Service Improvement Project (C3). P6 is developed in "
      "supervision and is not covered by a summative component in 2009-10.")

# CW6
unit_box("CW6", "Working with colleagues and other agencies", [
    ("Status", "Approved"),
    ("Module", "SEN7102"),
    ("Learning opportunities", "Study days 8 and 9; joint practice sessions; "
     "supervision"),
    ("Links", "KSF core dimension 1 (Communication), level 3. Common Core: "
     "multi-agency working."),
])
runin("Overview.", "Much of a SENCO's work, like much of a therapist's, is done "
      "through other people. This unit is about influencing, advising and "
      "supporting colleagues in school, and working with the services around the "
      "child.")
criteria("P", "Performance criteria. You must be able to:", [
    "gain the commitment of the head teacher, senior leaders and colleagues to "
    "improving outcomes for children with SEN and disabilities",
    "advise colleagues: observe teaching and learning, give feedback, model "
    "strategies in the classroom and coach, using the consultation model the Trust's "
    "therapists use in schools",
    "plan and deliver a training session for school staff",
    "work in partnership with health services, social care, educational psychology, "
    "CAMHS and voluntary organisations, including through a Team Around the Child",
    "obtain specialist advice, support and resources, knowing the referral routes "
    "and criteria",
    "express yourself clearly in speech and in writing, and listen to and reflect "
    "back the views of others",
])
criteria("K", "Knowledge and understanding. You need to know and understand:", [
    "the scope and role of Trust services, the educational psychology service, "
    "CAMHS, social care, Connexions and voluntary organisations, and how to reach "
    "them",
    "consultation, coaching and mentoring models",
    "how adults learn at work",
    "the Team Around the Child and the Common Assessment Framework in practice",
])
runin("Evidence requirements.", "P1: Service Improvement Project (C3). P2, P3, K2 "
      "and K3: Direct Observation of Practice 2. P4, P5, K1 and K4: Case-based "
      "Discussion (C2). P6: multi-source feedback.")

# CW7
unit_box("CW7", "Reviewing and improving provision", [
    ("Status", "Approved"),
    ("Module", "SEN7102"),
    ("Learning opportunities", "Study day 10; project supervision with the "
     "University tutor"),
    ("Links", "KSF core dimension 4 (Service improvement), level 3."),
])
runin("Overview.", "This unit uses the improvement methods the Trust uses in its "
      "own clinical governance to review and improve provision in the learner's "
      "school.")
criteria("P", "Performance criteria. You must be able to:", [
    "review and evaluate, with colleagues, the effectiveness of provision for a "
    "group of children, using a provision map",
    "identify ineffective or missing provision and cost the alternatives",
    "present findings and proposals for the school's inclusive ethos, SEN policy "
    "and use of resources to the head teacher and a governor, and feed them into "
    "school improvement planning",
    "measure the impact of the changes on the children",
])
criteria("K", "Knowledge and understanding. You need to know and understand:", [
    "the clinical audit cycle and Plan-Do-Study-Act cycles",
    "provision mapping and management",
    "outcome measurement, including Goal Attainment Scaling and Therapy Outcome "
    "Measures",
    "the Trust's clinical governance framework as an example of a system for "
    "assuring quality",
])
runin("Evidence requirements.", "All criteria: Service Improvement Project (C3), "
      "including the poster presentation.")

# CW8
unit_box("CW8", "Managing the coordination role", [
    ("Status", "IN DEVELOPMENT. Available from September 2010. Not part of the "
     "Award in 2009-10."),
    ("Module", "SEN7102 (from 2010)"),
    ("Learning opportunities", "To be confirmed"),
    ("Links", "To be confirmed"),
])
runin("Overview.", "This unit will cover managing the SENCO's workload "
      "(prioritising, managing time and delegating); deploying and managing support "
      "staff, taking in the content of the withdrawn unit CW9; and arranging access "
      "arrangements for national tests and examinations.")
runin("Performance criteria and knowledge.", "To be written by the CW-S Working "
      "Group during 2009-10.")
runin("Evidence requirements.", "To be agreed with the University.")

# ------------------------------------------------------------------ Part C
h1("Part C  Assessment and the Award")
para("The Award uses two kinds of assessment side by side: the University's written "
     "assessment, and the workplace-based assessment methods the Trust uses to sign "
     "off its own clinicians' competence (Case-based Discussion and Direct "
     "Observation of Practice). The table shows which criteria each component "
     "evidences.")
comp = [
    ("Code", "Component", "Module and weighting", "Criteria evidenced", "Assessed by"),
    ("C1", "Critical Appraisal Assignment (3,000 words): an appraisal of the "
     "research and inspection evidence on a question from the learner's school, "
     "in the light of the law and the school's SEN policy", "SEN7101, 100%",
     "CW2 P1, K1-K4; CW3 P1-P4, K1-K3", "University tutor; second-marked"),
    ("C2", "Case-based Discussion (45 minutes) of one focus child, using the case "
     "file", "SEN7102, 40%", "CW1 all; CW2 P2; CW4 (with DOP 1); CW5 P1-P3, P7, K1; "
     "CW6 P4, P5, K1, K4", "Practice assessor and University tutor together"),
    ("DOP 1", "Direct Observation of Practice: a review meeting with the child and "
     "parent or carer present", "SEN7101, pass/fail", "CW4 all",
     "Practice assessor"),
    ("C3", "Service Improvement Project (4,000 words) and a poster presentation to "
     "the head teacher and a governor", "SEN7102, 60%", "CW5 P4, P5, K2-K4; CW6 "
     "P1; CW7 all", "University tutor; second-marked"),
    ("DOP 2", "Direct Observation of Practice: a staff training session, or a "
     "coaching conversation with a colleague after a lesson observation",
     "SEN7102, pass/fail", "CW6 P2, P3, K2, K3", "Practice assessor"),
    ("MSF", "Multi-source feedback from six colleagues", "Formative only; not "
     "counted towards the Award", "", "Collated by the practice supervisor"),
    ("Log", "Reflective practice log", "Formative only; not counted towards the "
     "Award", "", "Read by the practice supervisor"),
]
t = doc.add_table(rows=len(comp), cols=5)
t.style = "Table Grid"
for i, row in enumerate(comp):
    for j, v in enumerate(row):
        cell_text(t.rows[i].cells[j], v, bold=(i == 0), size=9)
        if i == 0:
            shade(t.rows[i].cells[j], "E8EDEE")
for i in (6, 7):  # merge the formative rows' middle cells
    m = t.rows[i].cells[2].merge(t.rows[i].cells[3])
    cell_text(m, "Formative only; not counted towards the Award", size=9)
    shade(m, "F2F2F2")
para()

h2("How the Case-based Discussion works")
para("The Case-based Discussion follows the format our doctors and therapists use. "
     "The learner brings the case file for one focus child, agreed in the Learning "
     "Agreement. The practice assessor and the University tutor ask structured "
     "questions about how the child's needs were identified, how the reports of "
     "other professionals were used, the targets and the intervention, the review of "
     "progress, the child's development and progress across the five outcomes, the "
     "agencies involved and how they were reached, and the reasoning behind each "
     "decision: what problems the learner foresaw, what alternatives were weighed "
     "and why the chosen course was sound. It is graded against a published rubric "
     "of seven domains. It is taken in SEN7102 and draws on units from both modules.")

h2("The award rule")
para("The University awards the Postgraduate Certificate to a learner who has "
     "passed C1, C2 and C3 at 50% or above, passed DOP 1 and DOP 2, and holds a Unit "
     "Completion Record for each of units CW1 to CW7 signed by the practice "
     "supervisor and the practice assessor. There is no compensation between "
     "components. Taken together, the seven units cover every one of the national "
     "minimum outcomes for SENCOs, so a learner who completes the Award has met them "
     "all.")

h2("Marking and moderation")
para("C1 and C3 are marked by the University tutor and second-marked blind: a 25% "
     "sample of each, plus every fail and every mark of 70 or above. The University's "
     "external examiner for the Award, Professor Anne Halloran of the University of "
     "Westhaven, reviews a sample of C1 and C3 scripts each year and attends the "
     "Board of Examiners. C2 is graded jointly by the practice assessor and the "
     "tutor. DOP 1 and DOP 2 are judged by the practice assessor alone; the DOP "
     "forms are not moderated or sampled.")

h2("Roles of supervisors and assessors")
para("Practice supervisors attend a half-day briefing at the start of each intake "
     "and receive the Supervisor's Guide, which sets out how to run supervision "
     "meetings, what the log is for and how to co-sign a Unit Completion Record. "
     "Practice assessors are senior Trust clinicians and University tutors. The "
     "Trust's standard role description for clinical practice assessors is being "
     "adapted for the Award, and assessor training will be arranged once it is ready.")

h2("Completion and next steps")
para("The final supervision meeting reviews the Learning Agreement and records which "
     "criteria the learner has met. We encourage learners to continue their "
     "professional development after the Award, and the University's MA in "
     "Inclusive Education is open to them.")

# ------------------------------------------------------------------ Part D
h1("Part D  Governance, monitoring and evaluation")

h2("D1 Governance")
para("An Award Management Group meets each term: the Programme Lead (chair), the "
     "Academic Lead, the Clinical Lead, the Learning and Development Manager, a "
     "senior SEN officer from each local authority, a head teacher nominated by the "
     "Mallowdene heads' association and a representative of Mallowdene Parents "
     "Together. It oversees recruitment, timetabling and delivery. The Group reports "
     "to the Trust's Education and Workforce Committee and, for academic matters, to "
     "the University's Faculty Board.")

h2("D2 What our stakeholders told us they need")
para("In June 2008 the Learning and Development Unit surveyed the 112 SENCOs in "
     "schools served by the Trust's school-age therapy teams; 64 replied (57%). "
     "Twenty-nine had been SENCO for less than two years. Asked what they most "
     "needed, they named: understanding reports from therapists and doctors (71%); "
     "working with parents at difficult times (58%); provision mapping and showing "
     "what works (52%); getting help from health services quickly (49%); and "
     "leading other staff (41%). The two local authorities' SEN strategies for "
     "2008-11 both name the development of SENCOs as a priority. A focus group of 14 "
     "parents from Mallowdene Parents Together (September 2008) told us that parents "
     "want SENCOs who listen, who explain what therapists' reports mean, and who ask "
     "children themselves. These findings shaped the units: CW4 and CW6 answer the "
     "parents and the first and fourth survey priorities directly, and CW7 answers "
     "the third.")

h2("D3 How consultation changed the standards")
para("The consultation draft (version 0.3) drew 31 written responses from SENCOs, "
     "head teachers, both local authorities, Harnby Special School and the parents' "
     "group. As a result we: repeated every study day at the Stanbridge campus for "
     "schools in the south of the area; added the January intake; made CW4 "
     "co-delivered with parents; added the presentation to a governor in C3, which "
     "head teachers asked for; and withdrew CW9, which head teachers felt belonged "
     "with workload management in CW8.")

h2("D4 Stakeholders in delivery and evaluation")
para("Gareth Pollitt of Mallowdene Borough Council co-teaches CW2. Two parents from "
     "Mallowdene Parents Together co-deliver study day 5 and are paid as associate "
     "trainers. Harnby Special School hosts the group visit. Head teachers nominate "
     "the practice supervisors. We intend to involve schools, the local authorities "
     "and parents in evaluating the Award as it develops, once the first cohort has "
     "completed.")

h2("D5 Monitoring compliance and effectiveness")
mon = [
    ("Element monitored", "Method", "Lead", "Frequency", "Reported to"),
    ("Learners' experience", "Study-day evaluation forms; end-of-module "
     "questionnaires; a learner focus group at the mid-point", "Programme Lead",
     "Every study day; each module", "Award Management Group"),
    ("Academic standards", "External examiner's report; University annual "
     "monitoring", "Academic Lead", "Annually", "University Faculty Board"),
    ("Practice supervision", "Audit of a 20% sample of supervision records against "
     "the Supervisor's Guide by the Trust's Clinical Audit Department",
     "Clinical Audit Manager", "Annually", "Education and Workforce Committee"),
    ("Recruitment and selection", "Applications, offers and readiness letters; "
     "equality monitoring of applicants", "Learning and Development Manager",
     "Each intake", "Award Management Group"),
    ("Learners' competence and confidence", "Competence Profile repeated at the "
     "final supervision meeting and compared with the baseline; C2 and DOP results",
     "Programme Lead", "Each intake", "Award Management Group"),
    ("Impact on children", "Goal Attainment Scaling: each learner sets goals for "
     "three focus children at the start of the Service Improvement Project and "
     "re-scores them at 12 weeks; the Trust's outcomes lead aggregates the T-scores "
     "by intake", "Programme Lead with the Trust Outcomes Lead", "Each intake",
     "Education and Workforce Committee"),
]
t = doc.add_table(rows=len(mon), cols=5)
t.style = "Table Grid"
for i, row in enumerate(mon):
    for j, v in enumerate(row):
        cell_text(t.rows[i].cells[j], v, bold=(i == 0), size=9)
        if i == 0:
            shade(t.rows[i].cells[j], "E8EDEE")
para()
para("The Programme Lead brings these together in an Annual Award Report. Its action "
     "plan is agreed by the Education and Workforce Committee and the University "
     "Faculty Board, changes to units are made through the document history, and "
     "learners in the next intake are told what has changed and why.")

# ------------------------------------------------------------------ Appendix 1
h1("Appendix 1  Cross-reference to the national minimum outcomes")
para("For each national minimum outcome, in our shorthand, the unit criteria where "
     "it is addressed. How each criterion is evidenced is set out in the unit's "
     "evidence requirements and in Part C.")
xref = [
    ("Professional attributes", None),
    ("Relationships with children and families", "CW4 P1, P5"),
    ("Winning the commitment of the head and colleagues", "CW6 P1"),
    ("Priorities, time and delegation", "CW8 (from 2010)"),
    ("Problem-solving and professional judgement", "CW5 P7"),
    ("Clear communication and listening", "CW6 P6"),
    ("Using research and expert advice", "CW3 P2-P4"),
    ("Keeping up to date; own CPD", "CW3 P5"),
    ("Knowledge and understanding", None),
    ("SEN law, the Code of Practice and putting it into practice", "CW2 P1, K1, K3"),
    ("Every Child Matters", "CW1 P3, K4"),
    ("Disability equality law", "CW2 P3, K5, K6"),
    ("Child development", "CW1 P1, P2, K1-K3"),
    ("Types of need", "CW5 K1 (range)"),
    ("Approaches, strategies, resources and ICT", "CW5 P5, K3, K4"),
    ("Improvement and quality", "CW7 K1, K4"),
    ("Research and best practice", "CW3 K2, K3"),
    ("External agencies and specialist support", "CW6 P5, K1"),
    ("Skills", None),
    ("Strategic development with the head and governors", "CW7 P3"),
    ("Identification, targets, intervention and review", "CW5 P1, P3"),
    ("Using other professionals' assessments", "CW5 P2"),
    ("Tracking progress with summative measures", "CW5 P4"),
    ("Encouraging colleagues to use assessment for learning", "CW6 P2"),
    ("Arrangements for tests and examinations", "CW8 (from 2010)"),
    ("Provision mapping", "CW7 P1, P2"),
    ("Deploying and managing staff", "CW5 P6; CW8 (from 2010)"),
    ("Developing colleagues", "CW6 P2, P3"),
    ("Reviewing provision with colleagues", "CW7 P1, P3"),
    ("Involving children in their provision", "CW4 P2, P3"),
    ("Working with parents and carers", "CW4 P4"),
    ("Partnership with other services", "CW6 P4"),
]
t = doc.add_table(rows=len(xref) + 1, cols=2)
t.style = "Table Grid"
cell_text(t.rows[0].cells[0], "National minimum outcome (our shorthand)", bold=True)
cell_text(t.rows[0].cells[1], "Unit criteria", bold=True)
shade(t.rows[0].cells[0], "E8EDEE")
shade(t.rows[0].cells[1], "E8EDEE")
for i, (k, v) in enumerate(xref, 1):
    if v is None:
        m = t.rows[i].cells[0].merge(t.rows[i].cells[1])
        cell_text(m, k, bold=True, colour=RGBColor(0xFF, 0xFF, 0xFF))
        shade(m, "005EB8")
    else:
        cell_text(t.rows[i].cells[0], k)
        cell_text(t.rows[i].cells[1], v)

doc.save(OUT)
print("wrote", OUT)
