"""Build ed-01-kestwell-service-delivery-model.docx (blind test application).

KIND OF DOCUMENT
  An educational psychology service's published "model of service delivery"
  for 2009-2012: the document a London borough EPS agrees with its schools to
  say what its psychologists do, at what level, and how EP time is shared out.
  Its training function now includes the National Award for SEN Coordination,
  run with a university, and the whole model (not a separate bid) was sent to
  the TDA as the joint application, with a short cover note.

PROVIDER (invented)
  Kestwell Educational Psychology Service, London Borough of Kestwell
  Children's Services, with the Department of Education, Thameshill
  University. Principal Educational Psychologist Dr Joanna Pryor; Senior EP
  (training) Dev Chauhan; university programme leader Dr Alison Marchetti;
  Parent Partnership officer Bernadette Kyle; speech and language therapy
  lead Femi Adeyemi; Cranmer Lodge School (special), Hatherley Primary
  (resourced provision). Award: Postgraduate Certificate, "60 credits at
  [Level 7 - Registry to confirm]", ten taught sessions, three EP consultation
  half-days in the participant's school, three tutorials, three assignments
  (A1 Policy in practice, A2 Consultation casework study, A3 Leading
  provision) and a formative, unmarked Consultation Log.

LAYOUT
  Title block and a cover note to the panel; a foreword by the Principal EP;
  Heading 1/2/3 with typed section numbers that collide with requirement ids
  (4.1 Consultation, 4.2 Assessment, 4.3 Intervention, 4.4 Training,
  4.4.1-4.4.9, 4.5 Research and evaluation, 5, 6, 7). Section 3 "The model at
  a glance" is a five-by-three grid (functions by levels) with a merged
  header row and cell codes C1-R3; a time-allocation table; a session table;
  an assessment table; Section 5 consultation findings with figures; Section 6
  a three-column "2006-09 / 2009-12" change table (withdrawn services);
  Appendix A an outcome table with merged group rows (Being / Knowing /
  Doing), columns "Outcome (our wording)", "Where it is developed",
  "Assessed for the Award"; Appendix B glossary. Page header (version) and
  footer (equal-opportunities line and page number): never evidence.

TRAPS (requirement ids affected)
  - E.2  "60 credits at [Level 7 - Registry to confirm]": placeholder for the
         level -> partially_met. E.1 is met (validated 12 February 2009).
  - 1.5  The EPS's own casework ("At every consultation we seek the child's own
         view", 4.1) is the psychologists' practice, not participants' skills
         (wrong context); the Award only says pupil voice "runs through" the
         sessions and points to a separate traded twilight course -> partially_met.
  - 1.9, 6.0  Foreword and 4.4.6 claim the three assignments "between them
         assess every one of the national minimum outcomes"; Appendix A shows
         outcomes only in the unmarked Consultation Log, one only "from
         2010-11", two absent -> partially_met.
  - 2.1  APCL up to 20 credits; experience is "taken into account in the
         starting audit" but not accredited -> partially_met.
  - 2.3  Assessment-only route existed only in the withdrawn Kestwell SENCO
         Certificate (Section 6 table, 4.4.3) and "the University's regulations
         do not currently provide for it" -> not_met (past arrangement,
         negation).
  - 2.5  "We would like, in time" / "we hope" for a follow-on year and the MA
         (aspiration); the only arrangement is Session 10's "next steps" and "a
         last Log entry about what they want to do next": no target-setting with
         line managers, no planning tool (4.4.9) -> partially_met.
  - 3.3  KestLearn: materials and discussion boards; tutors answer only at
         sessions and tutorials, boards "not moderated" -> partially_met.
  - 4.3  Stakeholders deliver (Parent Partnership, SENCO Forum members, special
         schools host), but their part in evaluation is "We intend to invite"
         -> partially_met.
  - 5.3  CRB checks are described for EPS staff (Section 7) and participants'
         checks are "a matter for the employing school" (4.4.8) -> not_met
         (wrong context, deferral to employer).
  - 5.5  Specialist expertise is in the teaching; visits to specialist
         provision only for schools on the traded Enhanced package
         (conditional on buy-back) -> partially_met.
  - 5.7  Tutors inducted and standardised; school mentors: "we hope to offer
         mentors a short briefing" -> partially_met.
  - 5.9  Participants' confidence re-audited; pupil-level measure (Target
         Monitoring and Evaluation) only "if the bid for a research assistant
         ... is successful" (conditional) -> partially_met.
  - Header/footer: the footer's equal-opportunities line is not evidence; 3.1
         is met by 4.4.5 in the body.
  - Code collision: the grid's Assessment cells are coded A1-A3, the same
         codes as the assignments A1-A3 and as outcome ids 6.A1-6.A3; only the
         assignments assess anything.
  - Numbering collision: sections 4.1-4.5 and 5 are the EPS's functions, not
         requirement answers (4.1 "Consultation" is not stakeholder needs;
         section 5 is consultation with schools, which is where 4.1/4.2 ARE
         answered).
  Criterion 6 (Appendix A with the session and assessment tables):
  - Met (developed in a session and assessed in A1, A2 or A3): 6.A1, A2, A4,
    A5, A6, K1, K2, K5, K6, K7, K8, S1, S2, S2a, S2b, S3, S4, S5, S6, S8.
  - Consultation Log only ("formative - not marked"): 6.A7, K9, S2d, S7, S9
    -> partially_met (K9 and S9 although A2 uses other professionals' reports:
    that is S2a; the appendix puts agencies in the Log).
  - 6.A3 (prioritising, time, delegation): silently missing from Appendix A,
    which says it follows the specification's grouping, and from every
    session -> not_met.
  - 6.K3 taught in Session 2, assessed only "from 2010-11" -> partially_met.
  - 6.K4 (child development) and 6.S2c (formative assessment by colleagues):
    no row, no session -> not_met. Section 2's "look at the child in context"
    is the Service's principle, not programme content.
  - 2.4 met: Individual Learning Plan, routes, make-up sessions, two years,
    and the fee and what it buys (4.4.4).
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ed-01-kestwell-service-delivery-model"
OUT = os.path.join(HERE, NAME + ".docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(10.5)
normal.paragraph_format.space_after = Pt(5)
for s in doc.sections:
    s.left_margin = Cm(2.3)
    s.right_margin = Cm(2.3)
    s.top_margin = Cm(2.2)
    s.bottom_margin = Cm(2.0)

TEAL = RGBColor(0x00, 0x5F, 0x6B)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def page_field(paragraph):
    run = paragraph.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    run._r.addnext(fld)


def h(text, level=1):
    return doc.add_heading(text, level=level)


def p(text="", bold=False, italic=False, size=None, align=None, colour=None):
    para = doc.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = colour
    if align:
        para.alignment = align
    return para


def runs(parts):
    """parts: list of (text, bold) pairs in one paragraph."""
    para = doc.add_paragraph()
    for text, bold in parts:
        r = para.add_run(text)
        r.bold = bold
    return para


def bullets(items, style="List Bullet"):
    for it in items:
        doc.add_paragraph(it, style=style)


def table(rows, widths=None, header=True, fill="D9ECEE", size=9.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            para = c.paragraphs[0]
            r = para.add_run(val)
            r.font.size = Pt(size)
            if header and i == 0:
                r.bold = True
                shade(c, fill)
            if widths:
                c.width = Cm(widths[j])
    return t


# ------------------------------------------------------------ header/footer
sec = doc.sections[0]
sec.header.paragraphs[0].text = (
    "Kestwell EPS  |  Service Delivery Model 2009-2012  |  Version 3.1 (TDA submission copy)")
sec.header.paragraphs[0].runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fr = fp.add_run(
    "London Borough of Kestwell Children's Services. Kestwell is an equal "
    "opportunities employer and service provider and welcomes applications "
    "and enquiries from disabled people.   Page ")
fr.font.size = Pt(8)
page_field(fp)

# ------------------------------------------------------------ title block
p("London Borough of Kestwell  |  Children's Services", size=10, colour=TEAL, bold=True)
p("Kestwell Educational Psychology Service", size=20, bold=True, colour=TEAL)
p("Working Together: Our Model of Service Delivery 2009-2012", size=15, bold=True)
p("including the Kestwell and Thameshill National Award for SEN Coordination",
  size=12, italic=True)
p("Agreed with the Schools' Consultative Group, 22 January 2009. Version 3.1, February 2009.",
  size=9)

cover = doc.add_table(rows=1, cols=1)
cover.style = "Table Grid"
cc = cover.cell(0, 0)
shade(cc, "F2F2F2")
cc.text = ""
cp = cc.paragraphs[0]
cr = cp.add_run("Note for the TDA approval panel")
cr.bold = True
for txt in [
    "This is the model of service delivery that the Kestwell Educational Psychology "
    "Service (EPS) agreed with schools in January 2009. The Department of Education at "
    "Thameshill University and the London Borough of Kestwell submit it, unaltered "
    "except for this note, as their joint application for approval to offer the "
    "National Award for SEN Coordination from September 2009. The Award is the largest "
    "part of our training function: section 4.4 describes it in full, section 4.5 "
    "describes how we will evaluate it, section 5 reports what schools told us, and "
    "Appendix A shows where each of the national minimum outcomes is developed and "
    "assessed. The other sections describe the service within which the Award runs; "
    "we have left them in because the Award depends on them, in particular on the "
    "consultation time described in section 3.",
    "Signed for the partnership: Dr Joanna Pryor, Principal Educational Psychologist; "
    "Dr Alison Marchetti, Programme Leader, Department of Education, Thameshill University.",
]:
    q = cc.add_paragraph()
    rr = q.add_run(txt)
    rr.font.size = Pt(9.5)
p()

# ------------------------------------------------------------ foreword
h("Foreword", 1)
p("Three years ago we promised schools that the Kestwell EPS would spend less of its "
  "time writing reports about children and more of it working with the adults who "
  "teach them. This model is the next step. It keeps what schools value most (a named "
  "link psychologist, termly planning meetings, a quick response when something goes "
  "wrong) and it puts far more of our psychology into the hands of the people who "
  "coordinate provision every day: the SENCOs.")
p("The most important change is in our training function. From September 2009, with "
  "colleagues in the Department of Education at Thameshill University, we will offer "
  "the National Award for SEN Coordination to every new SENCO in the borough and to "
  "SENCOs from neighbouring authorities. It replaces the unaccredited Kestwell SENCO "
  "Certificate, which served us well from 2004 but which was never recognised beyond "
  "our borders. The Award is built around the way we already work: consultation, "
  "problem-solving and evidence. Its three assignments between them assess every one "
  "of the national minimum outcomes, so no-one will leave with the Award without "
  "having shown them all.")
p("Psychology is about how people learn, change and get along with one another. "
  "That is what SENCOs need, and that is what we have tried to give them here.")
p("Dr Joanna Pryor, Principal Educational Psychologist, February 2009", italic=True)

# ------------------------------------------------------------ 1
h("1  Who we are", 1)
p("Kestwell is an outer London borough of about 230,000 people. Our schools serve "
  "communities that have changed quickly: 41 per cent of primary pupils speak English "
  "as an additional language and the proportion of pupils with statements has fallen "
  "as more children are supported at School Action Plus. There are 71 primary schools, "
  "14 secondary schools, four special schools, two pupil referral units and eleven "
  "resourced provisions attached to mainstream schools.")
p("The Educational Psychology Service has 14.6 full-time-equivalent educational "
  "psychologists, two trainee educational psychologists on placement from doctoral "
  "programmes, one assistant psychologist and four administrative staff. All our "
  "qualified psychologists are Chartered Educational Psychologists with the British "
  "Psychological Society. Each school has a named link EP. We are part of the "
  "Inclusion and Learning Support division, alongside the Autism Outreach Team, the "
  "Sensory Support Service, the Behaviour Support Team and the Parent Partnership "
  "Service, and we share a building with the borough's speech and language therapists "
  "at the Kestwell Professional Development Centre in Lyle Road.")

# ------------------------------------------------------------ 2
h("2  What we believe and how we work", 1)
p("We apply psychology to improve the learning, development and well-being of "
  "children and young people from birth to nineteen. Four principles run through "
  "everything in this model:")
bullets([
    "Start with the question the adults are asking, and help them to answer it "
    "themselves wherever possible (consultation before assessment).",
    "Look at the child in context: home, classroom, school and community all shape "
    "what a child can do (the interactive factors view of need).",
    "Use the best available evidence, and check whether what we did made a difference.",
    "Work so that everyone can take part: families, children and the staff we train, "
    "whatever their background, language or disability.",
])
p("We think about children's progress in terms of all five Every Child Matters "
  "outcomes, not only test results, and we try to help schools do the same.")

# ------------------------------------------------------------ 3
h("3  The model at a glance", 1)
p("Our work falls under five functions, carried out at three levels. The grid below "
  "is the one schools will see at every planning meeting; the codes in it are used in "
  "the rest of this document and in Appendix A.")

grid = doc.add_table(rows=7, cols=4)
grid.style = "Table Grid"
hdr = grid.cell(0, 1).merge(grid.cell(0, 3))
grid.cell(0, 0).text = ""
hdr.text = ""
hr = hdr.paragraphs[0].add_run("Level at which we work")
hr.bold = True
shade(hdr, "D9ECEE")
shade(grid.cell(0, 0), "D9ECEE")
sub = ["Function", "Child and family", "School and group", "Borough"]
for j, s_ in enumerate(sub):
    c = grid.cell(1, j)
    c.text = ""
    rr = c.paragraphs[0].add_run(s_)
    rr.bold = True
    shade(c, "EAF4F5")
cells = [
    ("Consultation",
     "C1  Consultation with staff and parents about an individual child, using the "
     "Kestwell consultation model.",
     "C2  Consultation with groups of staff (problem-solving groups, staff "
     "consultation sessions in school).",
     "C3  Advice to the borough on SEN policy, placement and resource panels."),
    ("Assessment",
     "A1  Assessment of an individual child where consultation shows it is needed; "
     "statutory psychological advice.",
     "A2  Supporting schools' own assessment; loan of assessment materials.",
     "A3  Contribution to borough moderation of statutory assessment."),
    ("Intervention",
     "I1  Direct work with children and families (e.g. Video Interaction Guidance, "
     "solution-focused work).",
     "I2  Setting up evidence-based group interventions run by school staff.",
     "I3  Critical incident response."),
    ("Training",
     "T1  Coaching individual staff linked to casework.",
     "T2  Whole-staff and cluster training (core and traded).",
     "T3  National Award for SEN Coordination with Thameshill University; the SENCO "
     "Forum; NQT inclusion days."),
    ("Research",
     "R1  Single-case evaluation of our own casework.",
     "R2  Award participants' workplace enquiries, supported by the link EP.",
     "R3  Evaluation of the Award and of this model (section 4.5)."),
]
for i, row in enumerate(cells, start=2):
    for j, val in enumerate(row):
        c = grid.cell(i, j)
        c.text = ""
        rr = c.paragraphs[0].add_run(val)
        rr.font.size = Pt(9)
        if j == 0:
            rr.bold = True
p()

h("How EP time is shared", 2)
p("Every school receives a core allocation of link EP time, calculated from a formula "
  "(pupil numbers, free school meals and the number of pupils at School Action Plus and "
  "with statements). Schools may buy more time through the traded Enhanced package. "
  "The Award brings its own EP time with it, paid for from the Award fee, so that "
  "taking part never uses up a school's core allocation.")
table([
    ["Type of time", "What it covers", "Who decides how it is used", "2009-10"],
    ["Statutory", "Psychological advice for statutory assessment (A1, A3)",
     "The borough (SEN Panel)", "About 30% of EP time"],
    ["Core allocation", "Consultation, assessment and intervention agreed at the "
     "termly planning meeting (C1, C2, A1, I1, I2, T1)", "School and link EP together",
     "3 to 18 half-days per school per year"],
    ["Enhanced package (traded)", "Extra consultation; traded training (T2); "
     "visits to specialist provision for staff", "The school", "£340 per half-day"],
    ["Award consultation", "Three half-days of link EP consultation in each "
     "participant's school, tied to the Award's assignments (T3, R2)",
     "Participant and link EP", "3 half-days per participant"],
    ["Borough projects", "Forum, policy advice, research (C3, R3)", "Principal EP",
     "About 8% of EP time"],
], widths=[3.2, 6.2, 3.6, 3.2])
p()

# ------------------------------------------------------------ 4
h("4  What we do, function by function", 1)

h("4.1  Consultation", 2)
p("Consultation is the way into everything we do. At the termly planning meeting the "
  "SENCO and link EP agree which children and which questions to work on. A "
  "consultation is a structured conversation, usually an hour, between the EP, the "
  "adults who know the child best and, wherever possible, the parents. We use a "
  "four-part model: clarifying the concern, exploring what is already working, "
  "forming a shared hypothesis, and agreeing actions with a date for review. At every "
  "consultation we seek the child's own view, using whatever method suits the child, "
  "and we record it on the consultation record. Parents receive a copy of every "
  "consultation record.")

h("4.2  Assessment", 2)
p("When consultation shows that more information is needed, the link EP may assess a "
  "child directly, using observation, dynamic assessment, curriculum-based measures and, "
  "where it helps, standardised tests. We write statutory psychological advice within "
  "the six-week timescale. The Service keeps an assessment library of more than forty "
  "tests and structured observation schedules, and schools can borrow materials they "
  "are trained to use.")

h("4.3  Intervention", 2)
p("Our psychologists work directly with children and families where that is the best "
  "use of their time: Video Interaction Guidance with parents and staff, solution-focused "
  "sessions with young people, and support after critical incidents. More often we help "
  "schools set up and evaluate interventions their own staff deliver, such as precision "
  "teaching, Circle of Friends, social skills groups and the FRIENDS anxiety programme.")

h("4.4  Training", 2)

h("4.4.1  Our training offer", 3)
p("Training is where psychology reaches the most children. Core training includes "
  "two NQT inclusion days each year and the termly Kestwell SENCO Forum. Traded training "
  "(T2) is listed in our annual catalogue and ranges from twilight sessions to "
  "whole-staff days. From 2009 our main investment is the National Award for SEN "
  "Coordination, described in the rest of this section.")

h("4.4.2  The National Award for SEN Coordination", 3)
p("The Award is offered jointly by the Kestwell EPS and the Department of Education "
  "at Thameshill University. It was validated at the University's validation event on "
  "12 February 2009 as a Postgraduate Certificate in Special Educational Needs "
  "Coordination, and carries 60 credits at [Level 7 - Registry to confirm]. The "
  "University is the awarding body; the EPS provides most of the teaching, all of the "
  "workplace consultation and half of the marking.")
p("It is for teachers who have taken on the SENCO role in a Kestwell school, or in a "
  "neighbouring authority, since September 2008 and who are required by the Education "
  "(Special Educational Needs Co-ordinators) (England) Regulations 2008 to gain the "
  "Award, and for other teachers who expect to take on the role.")
runs([("Aims. ", True),
      ("The Award aims to raise the achievement and well-being of children and young "
       "people with SEN and disabilities in participants' schools, across the five Every "
       "Child Matters outcomes, by developing SENCOs who can lead provision, consult "
       "effectively with colleagues and families, and use evidence to judge what works. "
       "Every assignment asks participants to show what changed for pupils, in learning "
       "and in well-being, as a result of what they did.", False)])
runs([("Structure. ", True),
      ("Ten taught sessions (six full days and four twilights, or ten twilights on the "
       "twilight route), three half-day consultation visits by the participant's link EP "
       "in the participant's own school, three individual tutorials, and three "
       "assignments. The sessions are:", False)])
table([
    ["Session", "Title and content", "Led by"],
    ["1", "The SENCO, the law and the Code. Part IV of the Education Act 1996; the SEN "
     "Code of Practice 2001 and its graduated response; SENDA 2001; the 2008 SENCO "
     "Regulations; Removing Barriers to Achievement (2004) and the government's "
     "current priorities.", "Thameshill, EPS"],
    ["2", "Inclusion, equality and Every Child Matters. The five ECM outcomes and the "
     "SENCO's part in the Children's Trust; the Disability Discrimination Act 1995 as "
     "amended in 2005 and the Disability Equality Duty; accessibility plans and "
     "disability equality schemes; CAF.", "Thameshill, EPS"],
    ["3", "Understanding need (1): learning. Moderate learning difficulties; specific "
     "learning difficulties and dyslexia; precision "
     "teaching and other evidence-based literacy and numeracy approaches; assistive "
     "ICT.", "EPS"],
    ["4", "Understanding need (2): communication, autism and behaviour. Speech, "
     "language and communication needs and the Bercow Review (2008); autistic spectrum "
     "disorders; behavioural, emotional and social difficulties; the Inclusion "
     "Development Programme materials.", "EPS, SALT lead, Autism Outreach"],
    ["5", "Consultation skills for SENCOs. The Kestwell consultation model applied to "
     "the SENCO's work with class teachers, TAs and parents; solution-focused questions; "
     "running a problem-solving group with colleagues; holding difficult conversations "
     "with families (with Bernadette Kyle, Parent Partnership, and a parent).",
     "EPS, Parent Partnership"],
    ["6", "Assessment for planning. Making sense of reports from psychologists, "
     "therapists and advisory teachers; observation and dynamic assessment; setting "
     "challenging targets and reviewing them; choosing approaches and resources, "
     "including ICT, critically.", "EPS"],
    ["7", "Data, tracking and access arrangements. P scales, RAISEonline and "
     "contextual value added; tracking pupils with SEN against national expectations; "
     "access arrangements for Key Stage 2 tests and GCSE under JCQ rules.",
     "Thameshill, borough data team"],
    ["8", "Working with other agencies. Health, social care, CAMHS and voluntary "
     "organisations (Kestwell Mencap, the Kestwell Autism Parents' Group); getting "
     "specialist advice and resources; Team Around the Child.", "EPS, guest speakers"],
    ["9", "Leading provision. Provision mapping and costing; deploying and managing "
     "teaching assistants (the DISS project, 2008); observing, coaching and giving "
     "feedback to colleagues; school self-evaluation, the SEF and SEN; working with "
     "the head and governors.", "Thameshill, EPS"],
    ["10", "Presenting and planning ahead. Assignment 3 presentations; looking back "
     "over the Consultation Log; next steps.", "Thameshill, EPS"],
], widths=[1.5, 11.5, 3.4])
p()
p("Pupil voice runs through every session, and participants who want to develop "
  "their skills further are encouraged to book the Service's traded twilight course "
  "Hearing the Child (see the training catalogue).")
p("The content draws on current inspection and research evidence, including Ofsted's "
  "Inclusion: does it matter where pupils are taught? (2006), the Bercow Review of "
  "services for children with speech, language and communication needs (2008), the "
  "first reports of the Deployment and Impact of Support Staff project (2008) and the "
  "Inclusion Development Programme. Reading lists are revised each summer by the "
  "teaching team.")

h("4.4.3  Starting points", 3)
p("Applicants must hold qualified teacher status, be in a teaching post, and be "
  "nominated by their headteacher, who agrees to release them for the sessions and to "
  "meet the link EP at the first consultation visit. Before a place is offered, each "
  "applicant completes the Starting Audit, a self-rating against each of the national "
  "minimum outcomes with examples, and has a forty-minute conversation with a tutor. "
  "Where the audit and the conversation suggest that an applicant is unlikely to meet "
  "all the outcomes within the year (for example a teacher with no experience of "
  "planning for pupils with SEN), the tutor writes to the applicant with advice on what "
  "to do first, usually a term working alongside an experienced SENCO, and telephones "
  "the headteacher to agree a later start.")
p("The Starting Audit is not only a gate. At the first tutorial the tutor and the "
  "participant turn it into an Individual Learning Plan that names the outcomes the "
  "participant most needs to work on, sets a personal target for each, and says which "
  "sessions, consultation visits and readings will address them. The plan is reviewed "
  "at the second and third tutorials and at each consultation visit.")
p("The University will accredit certificated prior learning at Level 7 of up to 20 "
  "credits through its standard APCL procedure. Experience gained in the SENCO role is "
  "taken into account in the Starting Audit and the Individual Learning Plan but is "
  "not accredited for credit. The old Kestwell SENCO Certificate had a portfolio route "
  "for experienced SENCOs; it closed with the Certificate in July 2008, and the "
  "University's regulations do not currently provide for it.")

h("4.4.4  Ways of studying", 3)
p("There are two intakes each year, in September and February, and two routes: a "
  "day route (six days and four twilights over three terms) and a twilight route "
  "(ten twilights plus a Saturday morning for presentations). Participants may move "
  "between routes for single sessions, and any session missed can be made up with the "
  "other cohort. Participants who need longer may take up to two years to complete.")
p("The fee for 2009-10 is £1,350. It covers University registration, all sessions and "
  "materials, the three tutorials and the three consultation half-days. Kestwell "
  "schools pay half; the borough meets the other half from its Standards Fund "
  "allocation for SENCO training, because an Award that is tied to each school's own "
  "casework and provision map replaces consultation time the borough would otherwise "
  "have to fund separately.")
p("Between sessions, participants use KestLearn, the borough's learning platform, where "
  "each session has its own page with slides, readings and a discussion board. Tutors "
  "post materials there after each session. The boards are for participants to share "
  "ideas and resources with one another; they are not moderated, and questions for "
  "tutors are taken at the next session or tutorial.")

h("4.4.5  Access and reasonable adjustments", 3)
p("The nomination form invites every applicant to tell us, in confidence, about any "
  "disability or health condition and about anything we could do to make the Award "
  "easier to take part in. The programme leader follows up every disclosure before the "
  "first session. Adjustments made so far in the old Certificate and in planning for "
  "the Award include materials in large print or electronic form a week before each "
  "session, a sign-language interpreter, a reserved parking bay, extra time and "
  "alternative formats for assignments (for example a recorded presentation in place "
  "of part of a written assignment), and rest breaks. The Professional Development "
  "Centre is fully accessible and has a hearing loop. Our publicity and application "
  "pack are available in large print and on request in other formats, and state "
  "plainly that disabled teachers are welcome and how to ask for an adjustment. "
  "Selection decisions are made on the Starting Audit and the nomination, and tutors "
  "are briefed not to take account of disability except to plan adjustments. "
  "Participants with a disability are also entitled to the University's Disability "
  "Service assessment of study needs.")

h("4.4.6  Assessment and the award", 3)
table([
    ["Assignment", "What the participant does", "Weight"],
    ["A1  Policy in practice (3,000 words)",
     "A critical review of the school's SEN policy and practice against the Code of "
     "Practice, SEN law and Every Child Matters, using research and inspection evidence, "
     "with costed recommendations to the head. Marked for accurate knowledge of the "
     "law and guidance, critical use of research and best practice, and clear written "
     "argument.", "30%"],
    ["A2  Consultation casework study (4,000 words)",
     "For one pupil: identifying the pupil's needs from observation, data and the "
     "school's assessments; using the reports of at least two other professionals; "
     "setting challenging targets; planning, running and reviewing an intervention of "
     "six to ten weeks; a consultation meeting with the parents or carers, with the "
     "record; an account of the pupil's needs in the light of the main types of SEN; a "
     "critical account of the approaches and resources used, including ICT; and an "
     "account of the decisions taken, with reasons, including any problems and how "
     "they were resolved. Marked for the quality of judgement and of the relationship "
     "built with the pupil and family, as well as for knowledge.", "40%"],
    ["A3  Leading provision (2,500 words and a 20-minute presentation)",
     "An analysis of the school's tracking data for pupils with SEN, including national "
     "test results and P scales, showing where programmes need to change; a costed "
     "provision map showing gaps and ineffective provision; a plan for deploying and "
     "managing TAs; an account of reviewing the effectiveness of provision with "
     "colleagues and how it fed the school's self-evaluation; an account of developing "
     "one colleague's practice through observation, feedback and coaching; and "
     "strategic priorities for inclusion, presented to the head and a governor, whose "
     "written responses are submitted with the assignment.", "30%"],
], widths=[4.2, 10.4, 1.6])
p()
p("The Consultation Log is kept throughout the year: a short entry after each session "
  "and each consultation visit. Tutors read it at tutorials and comment on it. It is "
  "formative - not marked - and does not count towards the award.")
p("Each assignment is marked by the participant's tutor and a sample of at least "
  "one in four, including every fail and borderline script, is second-marked by a "
  "tutor from the other partner. The teaching team holds a standardisation meeting "
  "before each marking period using exemplar scripts from the old Certificate, and a "
  "moderation meeting after it. An external examiner appointed by the University "
  "reviews a sample from each assignment and attends the Examination Board.")
p("The Examination Board recommends the award of the Postgraduate Certificate only "
  "to participants who have passed all three assignments at 50 per cent or more. "
  "Because the three assignments between them assess every national minimum outcome, "
  "no participant can receive the Award without meeting them all.")

h("4.4.7  Who teaches and what participants can draw on", 3)
p("The teaching team is led by Dr Alison Marchetti (Senior Lecturer in Inclusive "
  "Education, Thameshill; a former SENCO and local authority SEN adviser) and Dev "
  "Chauhan (Senior EP, training; eleven years as an EP, previously a secondary SENCO). "
  "Five Kestwell EPs teach sessions and act as tutors; each keeps up to date through "
  "the Service's fortnightly CPD programme and monthly supervision. Femi Adeyemi (lead "
  "speech and language therapist), the Autism Outreach Team and the Sensory Support "
  "Service teach in Sessions 4 and 8, and Bernadette Kyle of the Parent Partnership "
  "Service co-leads Session 5.")
p("Visits to specialist provision, such as Cranmer Lodge School or the resourced "
  "provision at Hatherley Primary, are part of the Enhanced package and are available "
  "to participants whose schools subscribe to it; other participants may make their "
  "own arrangements.")
p("Participants may borrow from the Service's assessment library and use the ICT "
  "suite and the assistive technology collection (text-to-speech, symbol software, "
  "switch access) at the Professional Development Centre. As registered students of "
  "the University they have full use of the Thameshill library and its electronic "
  "journals from home.")
p("All tutors attend a half-day induction to the Award in July and the standardisation "
  "meetings. Each participant's headteacher is asked to name a school mentor, usually "
  "a senior leader, and we hope to offer mentors a short briefing during the first "
  "term.")

h("4.4.8  Safeguarding", 3)
p("Participants are serving teachers and will be working with pupils in their own "
  "schools throughout the Award. Checks on their suitability to work with children are "
  "a matter for the employing school, which carries them out under the usual "
  "safer recruitment procedures.")

h("4.4.9  After the Award", 3)
p("Graduates are welcome at the SENCO Forum, which meets termly. We would like, in "
  "time, to offer a follow-on year for graduates of the Award, and we hope that many "
  "will go on to the University's MA in Inclusive Education, into which the 60 credits "
  "can be carried. In Session 10 participants write a last Log entry about what they "
  "want to do next.")

h("4.5  Research and evaluation", 2)
p("We evaluate the Award in four ways.")
bullets([
    "Every session is evaluated by participants on the day; the teaching team reviews "
    "the forms within a fortnight and changes the next cohort's session where needed.",
    "At Session 10 participants complete the Starting Audit again. The change in their "
    "self-ratings, outcome by outcome, is our measure of growth in their confidence and "
    "competence, and it is reported to the Award Review Meeting.",
    "The University's annual monitoring process, including the external examiner's "
    "report, produces an action plan for the following year.",
    "The Award Review Meeting, held each July by the teaching team, the Principal EP "
    "and the University's Head of Department, considers all of this evidence and "
    "agrees the changes for the next intake; the action plan is published on KestLearn.",
])
p("We also want to know whether pupils do better. If the bid for a research assistant, "
  "made to the Children's Trust in January 2009, is successful, we will pilot Target "
  "Monitoring and Evaluation with volunteer participants, rating progress towards "
  "the targets set for their A2 case-study pupils at the start and end of the "
  "intervention and again a term later.")
p("Stakeholders already help deliver the Award: Parent Partnership co-leads a session, "
  "SENCO Forum members speak in Sessions 7 and 9, and Cranmer Lodge and Hatherley host "
  "visits. We intend to invite the SENCO Forum to comment on the annual evaluation "
  "report once the first cohort has finished.")

# ------------------------------------------------------------ 5
h("5  What schools told us", 1)
p("This model was drafted after the widest consultation the Service has carried out. "
  "In October and November 2008 we sent a questionnaire to every headteacher and SENCO "
  "(returned by 68 of 91 schools), held three focus groups with SENCOs at the SENCO "
  "Forum, met the primary and secondary headteachers' groups and the Parent Carer "
  "Forum, and asked the Kestwell Youth Council's disability sub-group what they would "
  "want their teachers to know. The draft was then discussed by the Schools' "
  "Consultative Group, which agreed it on 22 January 2009.")
table([
    ["Finding", "Figure", "What we changed"],
    ["New SENCOs want help with leading colleagues more than with knowledge of need",
     "81% of SENCOs in post under three years", "A whole Award session on consultation "
     "skills (5), and A3 built around leading change"],
    ["Release for full days is hard for small primary schools",
     "29 of 52 primary heads", "A twilight route and a February intake"],
    ["Heads want the Award to show impact on pupils", "74% of heads",
     "Every assignment asks what changed for pupils"],
    ["Parents want SENCOs who explain things plainly and listen",
     "Parent Carer Forum", "Parent Partnership and a parent co-lead Session 5"],
    ["Schools value the link EP above any other part of the service",
     "92% rated 'very useful'", "Award consultation visits are given by the school's "
     "own link EP"],
], widths=[6.4, 3.6, 6.2])
p()

# ------------------------------------------------------------ 6
h("6  What has changed since 2006-2009", 1)
table([
    ["", "2006-2009", "2009-2012"],
    ["SENCO training", "Kestwell SENCO Certificate (unaccredited, 8 days), with a "
     "portfolio-only route for experienced SENCOs", "National Award for SEN "
     "Coordination with Thameshill (section 4.4). The Certificate and its portfolio "
     "route are withdrawn."],
    ["Planning meetings", "Annual", "Termly"],
    ["Statutory advice", "Separate statutory team", "Link EP writes advice for own "
     "schools"],
    ["Traded work", "Training only", "Training, extra consultation, visits to "
     "specialist provision"],
    ["Critical incidents", "Ad hoc", "Written protocol; named duty EP each week"],
], widths=[3.4, 6.2, 6.6])
p()

# ------------------------------------------------------------ 7
h("7  Quality standards for the Service", 1)
p("The Service is committed to the quality standards agreed with schools in 2006, "
  "which are reviewed annually:")
bullets([
    "Every request for consultation is acknowledged within five working days.",
    "Every consultation and assessment is recorded, and the record is shared with "
    "parents.",
    "Every EP receives monthly supervision and an annual appraisal.",
    "All EPS staff hold an enhanced CRB disclosure, renewed every three years, and "
    "the Service keeps a single central record of checks.",
    "Complaints are handled under the Children's Services complaints procedure.",
])

# ------------------------------------------------------------ App A
h("Appendix A  The national minimum outcomes: where each is developed and assessed", 1)
p("Outcomes are given in our own wording, grouped as in the specification. Session "
  "numbers refer to the table in 4.4.2 and assignments to 4.4.6. 'Log' means the "
  "Consultation Log, which is formative and not marked.")

rowsA = [
    ("BEING: professional attributes", None, None),
    ("Builds fair, respectful and supportive relationships with pupils and their "
     "families", "Sessions 5, 6; consultation visits", "A2 (relationship with pupil "
     "and family is a marking criterion)"),
    ("Wins the commitment of colleagues, the head and senior leaders", "Sessions 5, 9",
     "A3 (presentation and the head's written response)"),
    ("Anticipates and solves problems; makes sound decisions about provision",
     "Sessions 5, 6", "A2 (account of decisions and problems resolved)"),
    ("Communicates clearly in speech and writing; listens to others", "Sessions 5, 10",
     "A1 (written argument); A3 (presentation)"),
    ("Uses research and outside advice to improve own and others' practice",
     "Sessions 1, 3, 4", "A1"),
    ("Keeps up to date and takes charge of own CPD", "Session 10", "Log - formative, "
     "not marked"),
    ("KNOWING: knowledge and understanding", None, None),
    ("SEN law, the Code of Practice and what they mean in school", "Session 1", "A1"),
    ("Every Child Matters and the SENCO's contribution", "Sessions 1, 2", "A1"),
    ("Disability equality law and what it requires", "Session 2", "A1 from 2010-11"),
    ("The main types of SEN and how they affect learning", "Sessions 3, 4", "A2"),
    ("Approaches, strategies and resources, including ICT, and how to choose them",
     "Sessions 3, 6", "A2"),
    ("School self-evaluation and improvement for pupils with SEN", "Session 9", "A3"),
    ("Best practice and research in meeting SEN", "Sessions 3, 4, 6", "A1, A2"),
    ("What other agencies do and how to get specialist help", "Session 8",
     "Log - formative, not marked"),
    ("DOING: professional skills", None, None),
    ("Advises the head and governors on an inclusive ethos, policy and resources",
     "Session 9", "A3"),
    ("Identifies needs, sets challenging targets, plans and reviews interventions",
     "Session 6", "A2"),
    ("Uses other professionals' assessments in planning", "Sessions 6, 8", "A2"),
    ("Uses test and tracking data to follow progress and change programmes",
     "Session 7", "A3"),
    ("Arranges access arrangements for tests and examinations in good time",
     "Session 7", "Log - formative, not marked"),
    ("Maps and manages provision; finds what is missing or not working", "Session 9",
     "A3"),
    ("Deploys and manages staff", "Session 9", "A3"),
    ("Develops colleagues through observation, feedback, coaching and training",
     "Sessions 5, 9", "A3"),
    ("Reviews provision with colleagues to feed school self-evaluation", "Session 9",
     "A3"),
    ("Involves pupils in planning and reviewing their provision", "All sessions",
     "Log - formative, not marked"),
    ("Works in partnership with parents and carers", "Session 5", "A2 (consultation "
     "meeting and record)"),
    ("Works with other services and voluntary organisations", "Session 8",
     "Log - formative, not marked"),
]
ta = doc.add_table(rows=len(rowsA) + 1, cols=3)
ta.style = "Table Grid"
for j, hd in enumerate(["Outcome (our wording)", "Where it is developed",
                        "Assessed for the Award"]):
    c = ta.cell(0, j)
    c.text = ""
    rr = c.paragraphs[0].add_run(hd)
    rr.bold = True
    shade(c, "D9ECEE")
for i, (a, b, c_) in enumerate(rowsA, start=1):
    if b is None:
        m = ta.cell(i, 0).merge(ta.cell(i, 2))
        m.text = ""
        rr = m.paragraphs[0].add_run(a)
        rr.bold = True
        rr.font.size = Pt(9)
        shade(m, "EAF4F5")
        continue
    for j, val in enumerate((a, b, c_)):
        cell = ta.cell(i, j)
        cell.text = ""
        rr = cell.paragraphs[0].add_run(val)
        rr.font.size = Pt(9)
for row in ta.rows:
    for j, w in enumerate([8.2, 4.0, 4.0]):
        row.cells[j].width = Cm(w)
p()

# ------------------------------------------------------------ App B
h("Appendix B  Glossary", 1)
for term, gloss in [
    ("Consultation", "A structured, collaborative conversation in which the EP helps "
     "the adults around a child to understand a concern and agree what to do."),
    ("Link EP", "The psychologist named for a school, who attends its planning "
     "meetings and carries out most of its work."),
    ("Planning meeting", "The termly meeting at which the school and link EP agree how "
     "the school's EP time will be used."),
    ("Enhanced package", "Traded EP time bought by a school in addition to its core "
     "allocation."),
    ("Dynamic assessment", "Assessment that looks at how a child learns when given help, "
     "not only at what the child can do unaided."),
    ("Target Monitoring and Evaluation (TME)", "A way of rating progress towards agreed "
     "targets at the start and end of a piece of work."),
    ("Video Interaction Guidance", "An intervention in which adults review short films of "
     "their own successful interactions with a child."),
]:
    runs([(term + ". ", True), (gloss, False)])

doc.save(OUT)
print("wrote", OUT)
