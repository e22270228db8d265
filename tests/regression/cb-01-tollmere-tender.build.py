"""Build cb-01-tollmere-tender.docx (blind test application).

PROVIDER
    University of Tollmere, Faculty of Education and Lifelong Learning (lead),
    with Tollmere City Council and Haverbridge County Council children's
    services. Invented provider, people and places. Programme: Postgraduate
    Certificate in SEN Coordination (National SENCO Award), three 20-credit
    Level 7 modules, first intake September 2009.

LAYOUT
    A response to a procurement tender (ITT/TDA/08/117). Cover, Section A
    "Tenderer details" table, Section B nine numbered Method Statements MS1-MS9
    in the BUYER's order (not the specification's): MS1 understanding/impact,
    MS2 team and resources, MS3 recruitment and safeguarding, MS4 curriculum
    and assessment (the minimum outcomes), MS5 flexible delivery, MS6
    individual needs and progression, MS7 partnership, MS8 QA and impact,
    MS9 equality. Each MS opens with the buyer's question and scoring guidance
    in italics and a word-limit note ("Maximum 400 words"), then the answer in
    numbered paragraphs (MS4.2 ...). Section C pricing schedule and Section D
    risk register (not about the criteria, but see traps). Section E
    "Compliance matrix" (Requirement | Compliant (Y/N) | Reference to our
    response), all Y bar one, several of whose Y ticks point at paragraphs
    that do not bear them out. Header ("Commercial in confidence") and footer
    with a PAGE field written as raw OOXML.

TRAPS (requirement ids affected)
    * Buyer's italic questions and scoring guidance (pro-forma prompts) name
      things the answer never gives: CRB verification, assessment of every
      outcome, CPD targets. Prompts are never answers.
      -> 5.3, 6.0, 2.5, 6.S2d
    * Compliance matrix ticks Y everywhere; several references do not bear
      the tick out:
        row 6 "Consulting children" -> MS1.3, which is only a value statement
          -> 1.5 not_met
        row 15 "Further professional targets" -> MS6.5, which says target
          setting is the school's business and not part of the programme
          (explicitly declined) -> 2.5 not_met
        row 25 "CRB verified" -> MS3.4, which puts the checks on the employing
          schools (wrong party, no verification by the provider); the risk
          register R3 repeats "Not applicable" -> 5.3 not_met
        row 32 "Award only to those meeting all minimum outcomes" -> MS4.6,
          which awards on a 40% average with compensation -> 6.0 not_met
        row 33 "Professional attributes" -> MS4.5, which never mentions
          relationships with pupils and parents (only the parents' session in
          MS4.3 touches it, unassessed) -> 6.A1 partially_met; reflective
          log discussed but not assessed -> 6.A7 partially_met
        row 35 "... incl. special arrangements for tests" -> MS4.3, which has
          nothing on access arrangements -> 6.S2d not_met
        row 37 "involving pupils; parents; other agencies" -> MS4.3/MS4.4:
          nothing on pupils' involvement in their provision -> 6.S7 not_met
        row 27 "Specialist expertise and placements" -> MS2.5, which says no
          placements are arranged -> 5.5 partially_met
        row 18 "E-learning support" -> MS5.3 (see wrong programme below)
        row 22 "Stakeholders in evaluation" -> MS7.3 (intention only)
        row 12 "individual training plan" -> MS6.2 (past pilot only)
    * Unsupported coverage: compliance rows 33-37 claim all Annex 3 outcomes.
      -> 1.9 partially_met (several outcomes not assessed)
    * Taught but not assessed (MS4.3 / MS4.4 content lists vs marking criteria):
      child development -> 6.K4 partially_met; a session where parents
      describe their experience of the SEN system (awareness, no skills
      work, unassessed) -> 6.S8 partially_met and 1.7 partially_met; voluntary-sector session ->
      6.S9 partially_met; deploying TAs taught in Module 3 but absent from the
      Module 3 marking criteria -> 6.S4 partially_met.
    * Assessed only formatively: staff session on assessment for learning with
      ungraded written feedback -> 6.S2c partially_met.
    * Wrong programme: MS5.3 describes named e-tutor, weekly online tutorials
      and moderated forums for the University's MA Inclusive Education; the
      SENCO blended route has only a peer-led forum and materials -> 3.3
      partially_met (3.3 applies: blended route uses e-learning).
    * Past arrangement: MS6.2 individual learning plans were used in the
      2007-08 pilot; the national programme uses a self-audit collated for the
      cohort only -> 2.2 partially_met.
    * Generic claims: MS6.3 "high-quality, cost-effective CPD tailored to
      every participant" with little behind it -> 2.4 partially_met.
    * Value statement without arrangement: MS1.3 -> 1.5 not_met.
    * Negation far from its subject: MS2.3 introduces mentors and the Mentor
      Handbook; only at the end of MS2.5 does it say mentors get no briefing
      or training -> 5.7 partially_met (tutors are standardised, MS2.2/MS8.3).
    * Intention: MS7.3 "we intend to invite ... to contribute to the
      evaluation ... possibly through a reference group" (LA staff do co-teach)
      -> 4.3 partially_met.
    * Aspiration: MS8.4 pupil-impact measures "hope to report ... from
      2010-11"; participant self-rating is concrete -> 5.9 partially_met.
    * Conditional: MS5.4 online-only route "if demand warrants" (3.2 still met
      on the concrete routes/intakes in MS5.1-5.2).
    * Placeholder left in pricing schedule P7 (no verdict depends on it).
    * Opposite trap, plain concrete statements in unusual shapes that ARE met:
        Section A tenderer-details table carries the HEI validation and
        60 credits at Level 7 -> E.1, E.2 met;
        Pricing schedule item P5 is the only full description of the
        assessment-only route (MS6.4 points to it) -> 2.3 met;
        staffing table MS2.1 -> 5.4 met.
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cb-01-tollmere-tender.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)


def para(text, bold=False, italic=False, size=None, align=None, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def numbered(num, text):
    """Answer paragraph with a hand-typed paragraph number such as MS4.2."""
    p = doc.add_paragraph()
    r = p.add_run(num + "\t")
    r.bold = True
    p.add_run(text)
    p.paragraph_format.left_indent = Cm(1.4)
    p.paragraph_format.first_line_indent = Cm(-1.4)
    return p


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def table(headers, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c)
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


def question(code, title, q, guidance, limit):
    doc.add_heading(f"{code}  {title}", level=2)
    p = para(f"Question {code}: {q}", italic=True)
    p = para(f"Scoring guidance: {guidance}", italic=True)
    para(limit, italic=True, bold=True)


# ---------------------------------------------------------------- header/footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "University of Tollmere  |  Tender response ITT/TDA/08/117  |  Commercial in confidence"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Page ")
r.font.size = Pt(8)
# raw OOXML PAGE field
run = OxmlElement("w:r")
fld = OxmlElement("w:fldSimple")
fld.set(qn("w:instr"), "PAGE")
t_ = OxmlElement("w:t")
t_.text = "1"
run.append(t_)
fld.append(run)
fp._p.append(fld)

# ---------------------------------------------------------------- cover
para("TRAINING AND DEVELOPMENT AGENCY FOR SCHOOLS", bold=True, size=12,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("Invitation to Tender ITT/TDA/08/117", size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Approval of providers of nationally accredited training for teachers new to the SENCO role",
     size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
para("TENDER RESPONSE", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Submitted by the University of Tollmere on behalf of the Tollmere and Haverbridge SENCO Partnership",
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("Closing date: 12 noon, 14 November 2008", align=WD_ALIGN_PARAGRAPH.CENTER)

# ---------------------------------------------------------------- section A
doc.add_heading("Section A  Tenderer details", level=1)
table(
    ["Item", "Tenderer's response"],
    [
        ["Lead tenderer", "University of Tollmere, Faculty of Education and Lifelong Learning"],
        ["Partners", "Tollmere City Council Children's Services; Haverbridge County Council "
                     "Children, Schools and Families Directorate"],
        ["Contact", "Dr Helen Marchant, Programme Leader, Faculty of Education and Lifelong "
                    "Learning, Haverbridge Road, Tollmere"],
        ["Award and accreditation", "Postgraduate Certificate in SEN Coordination (National SENCO "
                                    "Award): 60 credits at Level 7 (masters) of the national "
                                    "qualifications framework, awarded by the University of "
                                    "Tollmere. Validated by the University's Academic Standards "
                                    "Committee on 18 June 2008 for five years."],
        ["First intake", "September 2009 (day and blended routes); February 2010 (twilight route)"],
        ["Places", "Up to 40 per year across the two teaching sites"],
    ],
    widths=[4.5, 12],
)

# ---------------------------------------------------------------- section B
doc.add_heading("Section B  Method statements", level=1)
para("Tenderers must answer every method statement in the order given. Answers exceeding the "
     "word limit will be read only up to the limit.", italic=True)

# MS1
question(
    "MS1", "Understanding of the requirement and outcomes for children",
    "Describe your understanding of the purpose of nationally accredited SENCO training and "
    "explain how the aims, content and assessment of your programme will improve outcomes for "
    "children and young people with SEN and/or disabilities.",
    "High-scoring answers will show a clear line from programme aims to outcomes for pupils across "
    "all five Every Child Matters outcomes, and will refer to current research and inspection "
    "evidence. Weight 15%.",
    "Maximum 400 words",
)
numbered("MS1.1", "The programme exists so that pupils with SEN and/or disabilities in our "
         "participants' schools learn more, are safer and happier, and leave school better "
         "prepared for adult life. Its published aims (Programme Specification, section 3) are that "
         "each participant will: (a) lead the identification, planning and review of provision so "
         "that pupils with SEN make measurable progress; (b) promote pupils' well-being across "
         "being healthy, staying safe, enjoying and achieving, making a positive contribution and "
         "economic well-being, and not attainment alone; and (c) lead colleagues in doing the same.")
numbered("MS1.2", "Every assessed task is judged partly on what changes for pupils. The Module 2 "
         "case studies must report what changed for the pupils concerned (attainment, attendance, "
         "participation and well-being), and Module 3 projects are graded against an explicit "
         "criterion, \"difference made for children and young people\", worth 25% of the mark.")
numbered("MS1.3", "Listening to children is at the heart of everything we do. We believe that "
         "children and young people are experts in their own lives, and the best SENCOs never lose "
         "sight of this.")
numbered("MS1.4", "Content is current. Named sessions set as reading Ofsted's Inclusion: does it "
         "matter where pupils are taught? (2006), the Education and Skills Committee's report on "
         "Special Educational Needs (2006), the Bercow Review of services for children with speech, "
         "language and communication needs (2008) and the National Strategies' Inclusion "
         "Development Programme materials on dyslexia and speech, language and communication needs "
         "(2008). Tutors revise the reading list each July with the external examiner.")
numbered("MS1.5", "The programme is rooted in participants' own schools. About half of the "
         "learning hours in each module are school-based tasks set by tutors: a policy review, "
         "pupil case studies, and a development project that changes provision in the "
         "participant's school and is evaluated for its effect on practice and on pupils (MS4.4).")

# MS2
question(
    "MS2", "Delivery team, expertise and resources",
    "Provide details of the staff who will deliver and assess the programme, their qualifications "
    "and recent specialist experience, and explain how you will ensure that everyone involved, "
    "including any school-based staff, understands and can carry out their role. Describe the "
    "specialist resources and expertise available to participants.",
    "Evidence of named, qualified staff and of induction and training for all those involved. "
    "Weight 10%.",
    "Maximum 400 words",
)
numbered("MS2.1", "Core team:")
table(
    ["Name", "Role", "Qualifications and recent experience"],
    [
        ["Dr Helen Marchant", "Programme leader; Module 3 leader",
         "PhD (inclusive education); NPQH; SENCO in two Tollmere secondary schools 1994-2003; "
         "chairs the Tollmere SENCO Forum"],
        ["Rajesh Pillai", "Module 2 leader",
         "MA SEN; BDA Approved Teacher Status; specialist teacher, Tollmere SpLD service, to 2007"],
        ["Gwen Okafor", "Module 1 co-tutor (0.2 secondment from Haverbridge)",
         "Senior SEN adviser, Haverbridge; leads the county SENCO network and SENCO induction course"],
        ["Dr Simon Treadwell", "Visiting tutor, Module 2",
         "Senior educational psychologist, Tollmere Educational Psychology Service"],
        ["Claire Dunmore", "Visiting tutor, Module 2",
         "Advisory teacher, autism outreach team, Haverbridge"],
    ],
    widths=[3.5, 4.5, 8.5],
)
numbered("MS2.2", "All tutors attend a two-day programme induction each June and an assessment "
         "standardisation session before every marking period (MS8.3). Tutors hold, or are "
         "completing, the University's Postgraduate Certificate in Higher Education Practice.")
numbered("MS2.3", "Each participant nominates a school-based mentor, normally a deputy or "
         "assistant headteacher, who signs the learning agreement and receives the Mentor Handbook "
         "describing how they support the school-based tasks. Mentors are not assessors.")
numbered("MS2.4", "Participants have full library and e-journal access and use the Inclusion "
         "Resource Base at the Haverbridge Road campus. It holds a loan collection of standardised "
         "assessments (WRAT-4, BPVS-II, Dyslexia Screening Test), access and assistive technology "
         "(Clicker 5, Kurzweil 3000, Dragon NaturallySpeaking, switch-access equipment and "
         "communication aids) and a technician who demonstrates them on the Module 2 ICT day.")
numbered("MS2.5", "Visiting specialists from the educational psychology service, the PCT speech "
         "and language therapy team, CAMHS and the autism outreach team contribute sessions to "
         "Module 2. Participants complete all practical work in their own school: the programme "
         "does not arrange placements or visits to other settings. Unlike the University's initial "
         "teacher training partnership, mentors on this programme are not offered briefing or "
         "training; the handbook is designed to be self-explanatory.")

# MS3
question(
    "MS3", "Recruitment, selection and safeguarding",
    "Explain your selection procedures, including how you will ensure that participants have the "
    "knowledge, skills and experience to complete the programme, what you will do where an "
    "applicant is not yet ready, and how you will verify that every participant holds a current "
    "enhanced CRB disclosure and has had other appropriate background checks.",
    "Clear, fair and robust procedures. Weight 10%.",
    "Maximum 300 words",
)
numbered("MS3.1", "Entry requirements: Qualified Teacher Status; at least two years' teaching; "
         "in post as SENCO or designated to become SENCO within the year; and a headteacher's "
         "statement committing eight days' release and access to pupil data.")
numbered("MS3.2", "Two tutors score each application against published criteria. Every applicant "
         "has a 30-minute interview, by telephone or in person, working through three short "
         "scenarios drawn from the national outcomes to gauge current knowledge and experience.")
numbered("MS3.3", "Applicants who are not yet ready receive a written guidance note on what to do "
         "first (for example, the local authority SENCO induction course, or a term shadowing an "
         "experienced SENCO) and, with their consent, the programme leader telephones the "
         "headteacher to agree a route to re-application.")
numbered("MS3.4", "All participants are serving teachers employed in maintained schools and "
         "academies. Responsibility for enhanced CRB disclosures and pre-appointment checks rests "
         "with the employer under Safeguarding Children and Safer Recruitment in Education (2006), "
         "and schools will have completed these checks before the teacher applies to us.")

# MS4
question(
    "MS4", "Curriculum, assessment and the national minimum outcomes",
    "Describe the content and structure of your programme and explain how each participant will "
    "be developed towards, and assessed against, every one of the minimum outcomes in Annex 3 of "
    "the specification. Explain how you will ensure that only participants who meet all of the "
    "minimum outcomes receive the award.",
    "Answers should show where each minimum outcome is taught and where it is assessed. Answers "
    "that list outcomes without showing assessment will score no higher than 2. Weight 25%.",
    "Maximum 800 words",
)
numbered("MS4.1", "The programme has three 20-credit modules taught over one academic year "
         "(600 learning hours; ten taught days or twenty twilight sessions): Module 1, The SENCO, "
         "the law and the inclusive school (September to December); Module 2, Identifying and "
         "meeting needs (January to April); Module 3, Leading and improving provision (April to "
         "July).")
numbered("MS4.2", "Module 1. Taught content: the SEN Code of Practice (2001) and statutory "
         "assessment; SENDA 2001 and the Disability Discrimination Acts 1995 and 2005, including "
         "the disability equality duty and accessibility planning; Every Child Matters and the "
         "SENCO's contribution to the five outcomes; Removing Barriers to Achievement; "
         "self-evaluation, the SEF and the SENCO's place in school improvement; working with "
         "governors and the leadership team on an inclusive ethos, SEN policy and the use of "
         "resources. Assessment: a 4,000-word critical review of the participant's school SEN "
         "policy, accessibility plan and SEF entry against the law and Every Child Matters, with "
         "costed recommendations, presented to the leadership team or a governors' committee. The "
         "headteacher's written response is appended and marked under the criterion \"securing "
         "the commitment of senior colleagues\".")
numbered("MS4.3", "Module 2. Taught content: how children develop and how development is "
         "affected by SEN, disability and the learning environment; behavioural, emotional and "
         "social difficulties, specific learning difficulties including dyslexia, speech, language "
         "and communication needs, autism and moderate learning difficulties, and their effect on "
         "learning; a critical review of approaches, strategies and resources for assessment, "
         "planning and teaching, including ICT (the Module 2 ICT day); identifying pupils through "
         "observation, data and assessment; setting targets and planning and reviewing "
         "interventions; using the advice of educational psychologists, speech and language "
         "therapists and other professionals; tracking progress with P scales and national and "
         "optional tests; multi-agency working, the CAF and the role of external services. In a "
         "session arranged with the Tollmere Parent Partnership Service, parents describe their "
         "experience of the SEN system; Haverbridge Autism Support and the Tollmere Dyslexia Association lead a session on "
         "the voluntary sector. Participants also plan and lead a staff session in their school on "
         "assessment for learning for pupils with SEN; the tutor gives written formative feedback "
         "and it is not graded. Assessment: a 5,000-word case study of two pupils with different "
         "needs, tracing identification, use of other professionals' assessments, targets, the "
         "intervention and its review with progress data. Marking criteria: understanding of the "
         "pupils' needs and their effect on learning; critical use of strategies and resources; "
         "quality of targets and review; use of summative data; use of other professionals' "
         "assessments; understanding of the role of the external agencies involved; use of "
         "research.")
numbered("MS4.4", "Module 3. Participants use provision mapping to audit provision for a group "
         "of pupils, identify ineffective or missing provision and lead a change over one term. "
         "Taught days cover provision mapping and management, leading change, deploying and "
         "managing teaching assistants, coaching and mentoring colleagues, prioritising and "
         "delegating, and evaluating provision with colleagues to inform self-evaluation. "
         "Assessment: a 6,000-word project report containing the provision map, a record of at "
         "least one coaching or observation-and-feedback cycle with a colleague and the evaluation "
         "carried out with staff, followed by a 30-minute professional discussion with two tutors. "
         "Marking criteria: use of provision mapping; leadership of colleagues' development; "
         "quality of the evaluation with staff; use of research evidence and external advice; "
         "difference made for children and young people.")
numbered("MS4.5", "Professional attributes are developed across all three modules and in "
         "tutorials. In the professional discussion tutors probe the decisions taken in the project "
         "and judge how the participant prioritises and delegates, anticipates and resolves "
         "problems and reaches sound judgements, and expresses themselves and listens. "
         "Participants keep a reflective log of reading and professional development, discussed at "
         "tutorials but not assessed.")
numbered("MS4.6", "Each module is marked on the University's postgraduate scale, pass mark 40%. "
         "The award is made to participants whose average across the three modules is 40% or "
         "more; under University regulations a module mark of 35-39% may be compensated.")

# MS5
question(
    "MS5", "Flexible and accessible delivery",
    "Describe how your delivery model will maximise access for teachers across the region, "
    "including the routes, modes and start points available. Where e-learning is used, explain "
    "how participants will be supported.",
    "Range of genuine choices for participants; quality of online support. Weight 10%.",
    "Maximum 400 words",
)
numbered("MS5.1", "Three routes lead to the same award:")
table(
    ["Route", "Pattern", "Venue"],
    [
        ["Day", "10 Thursdays, 9.30-3.30", "Tollmere campus"],
        ["Twilight", "20 sessions, 4.30-7.00 pm", "Haverbridge Teachers' Centre"],
        ["Blended", "4 face-to-face days plus online units", "Tollmere campus and Tollmere Learn"],
    ],
    widths=[3, 6, 7.5],
)
numbered("MS5.2", "There are two intakes a year (September and February). Modules 1 and 2 may be "
         "taken in either order, and participants may pause between modules for up to two years "
         "and change route between modules.")
numbered("MS5.3", "On the blended route the University's virtual learning environment, Tollmere "
         "Learn, holds session materials, recorded lectures and a discussion forum for each cohort "
         "where participants share their school-based tasks with one another; the forum is "
         "peer-led. The University has long experience of online study: its MA Inclusive "
         "Education (distance learning) provides a named e-tutor, weekly online tutorials and "
         "tutor-moderated forums, which students rate highly.")
numbered("MS5.4", "An online-only route will be considered for 2010-11 if demand warrants.")

# MS6
question(
    "MS6", "Meeting individual needs and progression",
    "Explain how you will assess each participant's needs against the programme outcomes and "
    "tailor provision to them, including recognition of prior learning and any assessment-only "
    "arrangements, and how participants will be helped to plan their continuing professional "
    "development beyond the programme.",
    "Personalisation that is systematic and cost-effective. Weight 10%.",
    "Maximum 400 words",
)
numbered("MS6.1", "Participants may claim up to 20 credits (one module) under the University's "
         "Recognition of Prior Learning regulations: for certificated Level 7 study completed in "
         "the last five years, or for experiential learning shown in a portfolio mapped to the "
         "module's learning outcomes. Two tutors assess each claim and the Faculty RPL panel "
         "confirms it. The fee is item P4 of the Pricing Schedule.")
numbered("MS6.2", "In the 2007-08 pilot with Haverbridge, each participant completed a detailed "
         "needs analysis with a tutor before starting and agreed an individual learning plan with "
         "personal targets. On the national programme participants complete a self-audit against "
         "the national outcomes at the induction session, and tutors collate the results to adjust "
         "the emphasis of taught sessions for the cohort.")
numbered("MS6.3", "We offer high-quality, cost-effective CPD tailored to every participant. "
         "Participants choose the focus of their school-based tasks to suit their school's phase "
         "and context.")
numbered("MS6.4", "In exceptional cases experienced candidates, such as teachers from SEN support "
         "services, can be assessed without attending taught sessions; arrangements and fee are at "
         "item P5 of the Pricing Schedule.")
numbered("MS6.5", "The University's MA Inclusive Education accepts the certificate's 60 credits. "
         "Setting further professional targets is a matter for each participant's performance "
         "management review in school and is not part of this programme.")

# MS7
question(
    "MS7", "Partnership and stakeholder engagement",
    "Describe how you have identified the needs of schools, local authorities and other "
    "stakeholders, how these have shaped your proposal, and how stakeholders will be involved in "
    "delivering and evaluating the programme.",
    "Specific evidence of consultation and its effect. Weight 10%.",
    "Maximum 400 words",
)
numbered("MS7.1", "In spring 2008 we surveyed every headteacher and SENCO in the two partner "
         "authorities (212 returns from 341 schools, 62%), ran two SENCO focus groups, and met the "
         "Tollmere Parent Partnership Service's parent panel. 71% of SENCOs held no SEN "
         "qualification; 58% of headteachers named whole-day release as the main barrier; SENCOs "
         "rated provision mapping and managing teaching assistants as their greatest training "
         "needs.")
numbered("MS7.2", "These findings changed the programme. We added the twilight route at "
         "Haverbridge; we moved provision mapping from an optional session into Module 3 core "
         "content; and, at the parent panel's request, Module 2 now includes a session in which "
         "parents describe their experience of the SEN system.")
numbered("MS7.3", "Local authority staff co-teach Module 1 and contribute visiting sessions to "
         "Module 2 (MS2.1, MS2.5). We intend to invite headteachers, LA officers and parents to "
         "contribute to the evaluation of the programme once the first cohort has completed, "
         "possibly through a stakeholder reference group.")

# MS8
question(
    "MS8", "Quality assurance, monitoring and evaluation of impact",
    "Describe your quality assurance arrangements, the internal and external methods you will use "
    "to evaluate the programme, how evidence will lead to improvement, how assessment will be kept "
    "consistent and moderated, and how you will measure impact on participants and on pupils.",
    "Specific methods and measures, including impact on pupils' achievement. Weight 10%.",
    "Maximum 400 words",
)
numbered("MS8.1", "The programme sits within the University's quality framework: module "
         "evaluation questionnaires; a staff-student liaison committee each term; an external "
         "examiner (Dr Moira Keane, University of Northmoor) who reports annually; and an Annual "
         "Programme Monitoring Report reviewed by the Faculty Academic Standards Committee, whose "
         "action plan the team reports against the following year. Each year the Faculty admissions "
         "tutor reviews a sample of selection decisions and the RPL panel's claims.")
numbered("MS8.2", "All work is marked against published criteria. In each module 20% of "
         "scripts, all fails and all work within three marks of a boundary are second-marked; a "
         "moderation meeting precedes each Board of Examiners; the external examiner samples every "
         "module and attends the Board.")
numbered("MS8.3", "Before each marking period tutors mark and discuss sample scripts together to "
         "standardise their judgements.")
numbered("MS8.4", "Participants rate their confidence and competence against the national "
         "outcomes at induction and at the end of the programme, and the change is reported in the "
         "Annual Programme Monitoring Report. Measuring the effect on pupils' achievement is more "
         "difficult; we are discussing with the partner authorities how pupil-level data might be "
         "used and hope to report on this from 2010-11.")

# MS9
question(
    "MS9", "Equality and diversity",
    "Explain how the programme will meet your duties under equalities legislation, including "
    "anticipating and meeting the needs of disabled applicants and participants.",
    "Concrete arrangements across selection, training and assessment. Weight 0% (pass/fail).",
    "Maximum 300 words",
)
numbered("MS9.1", "The application form and the induction session both invite participants to "
         "tell us in confidence about a disability or other need. With consent, disclosures go to "
         "the University's Disability Advisory Service, which agrees a support plan with the "
         "participant within three weeks.")
numbered("MS9.2", "Adjustments routinely made include materials in alternative formats; rooms "
         "with hearing loops and step-free access (both venues are audited each year under the "
         "University's Disability Equality Scheme); extra time or alternative formats for assessed "
         "work; and deadlines agreed individually with the module leader.")
numbered("MS9.3", "Publicity and pre-course materials come in large print and accessible "
         "electronic formats and state the adjustments available. Selection criteria are applied "
         "without regard to disability, race, gender, religion or belief, age or sexual "
         "orientation, and selection data are monitored each year by the Faculty Equality Group "
         "under the University's Race Equality Policy and Gender Equality Scheme.")

# ---------------------------------------------------------------- section C
doc.add_heading("Section C  Pricing schedule", level=1)
para("All prices exclude VAT and are fixed for 2009-10 and 2010-11.", italic=True)
table(
    ["Item", "Description", "Unit", "Price"],
    [
        ["P1", "Tuition, full award (60 credits), any route", "per participant", "£1,650"],
        ["P2", "Single module (20 credits)", "per module", "£575"],
        ["P3", "Twilight or blended route supplement", "per participant", "nil"],
        ["P4", "Recognition of prior learning: assessment of a claim", "per 20 credits", "£190"],
        ["P5", "Assessment-only route. For exceptional candidates (e.g. experienced teachers from "
               "SEN support services) who already appear to meet the outcomes: review of a mapped "
               "portfolio; submission of the three module assessments without attending; a "
               "professional discussion covering every national minimum outcome; Board of "
               "Examiners decision", "per candidate", "£950"],
        ["P6", "Resubmission of a failed module assessment", "per attempt", "£120"],
        ["P7", "[Tenderer to insert any optional services]", "", ""],
    ],
    widths=[1.2, 10, 3, 2.3],
)

# ---------------------------------------------------------------- section D
doc.add_heading("Section D  Risk register", level=1)
table(
    ["Ref", "Risk", "Likelihood", "Impact", "Mitigation"],
    [
        ["R1", "Low recruitment to the twilight route in year 1", "Medium", "Medium",
         "Targeted publicity through both LAs' SENCO networks; merge with day route if fewer than 8"],
        ["R2", "Schools unable to release participants", "Medium", "High",
         "Twilight and blended routes; release commitment in headteacher statement"],
        ["R3", "A participant does not hold a current enhanced CRB disclosure", "Low", "High",
         "Not applicable: participants are employed teachers checked by their schools (MS3.4)"],
        ["R4", "Loss of key staff", "Low", "High",
         "Two tutors per module; LA secondment agreed to July 2011"],
        ["R5", "Changes to national SEN policy", "Medium", "Low",
         "Reading list and content reviewed each July"],
        ["R6", "Tollmere Learn unavailable", "Low", "Low",
         "Materials also issued on CD at induction"],
    ],
    widths=[1.1, 5, 2, 1.8, 6.6],
)

# ---------------------------------------------------------------- section E
doc.add_heading("Section E  Compliance matrix", level=1)
para("Tenderers must indicate compliance with each requirement and give the paragraph of their "
     "response where evidence can be found.", italic=True)
matrix = [
    ("1", "Accredited by an HEI at masters level (60 credits)", "Y", "Section A; MS4.1"),
    ("2", "Focus on achievement and well-being (all ECM outcomes)", "Y", "MS1.1, MS1.2"),
    ("3", "Links to effective practice in schools", "Y", "MS1.5, MS4.4"),
    ("4", "Recent research and inspection evidence", "Y", "MS1.4"),
    ("5", "Legislation and policy on SEN and disability", "Y", "MS4.2"),
    ("6", "Consulting children and young people", "Y", "MS1.3"),
    ("7", "Advising and collaborating with colleagues", "Y", "MS4.4"),
    ("8", "Partnership with parents and carers", "Y", "MS4.3, MS7.2"),
    ("9", "Impact on practice", "Y", "MS1.5, MS4.4"),
    ("10", "Rigorous assessment against all outcomes", "Y", "MS4.2-MS4.6"),
    ("11", "Accreditation of prior learning", "Y", "MS6.1"),
    ("12", "Needs assessment and individual training plan", "Y", "MS6.2"),
    ("13", "Assessment-only route", "Y", "MS6.4; P5"),
    ("14", "Tailored, high-quality, cost-effective provision", "Y", "MS6.3"),
    ("15", "Further professional targets", "Y", "MS6.5"),
    ("16", "Equalities duties and reasonable adjustments", "Y", "MS9.1-MS9.3"),
    ("17", "Flexible delivery", "Y", "MS5.1, MS5.2"),
    ("18", "E-learning: tutor and peer support", "Y", "MS5.3"),
    ("19", "Online-only route", "N", "MS5.4"),
    ("20", "Evidence of stakeholder needs", "Y", "MS7.1"),
    ("21", "Stakeholder influence on the programme", "Y", "MS7.2"),
    ("22", "Stakeholder involvement in delivery and evaluation", "Y", "MS7.3"),
    ("23", "Internal and external evaluation", "Y", "MS8.1"),
    ("24", "Entry requirements and selection", "Y", "MS3.1-MS3.3"),
    ("25", "Enhanced CRB disclosure verified for every participant", "Y", "MS3.4"),
    ("26", "Qualified and experienced staff", "Y", "MS2.1"),
    ("27", "Specialist expertise and placements", "Y", "MS2.5"),
    ("28", "Specialist resources including ICT", "Y", "MS2.4"),
    ("29", "Tutors and mentors understand their roles", "Y", "MS2.2, MS2.3"),
    ("30", "Consistent, moderated assessment", "Y", "MS8.2, MS8.3"),
    ("31", "Evaluation of impact on participants and pupils", "Y", "MS8.4"),
    ("32", "Award only to those meeting all minimum outcomes", "Y", "MS4.6"),
    ("33", "Annex 3: professional attributes", "Y", "MS4.5"),
    ("34", "Annex 3: knowledge and understanding", "Y", "MS4.2, MS4.3"),
    ("35", "Annex 3: identification, assessment, targets and intervention, including special "
           "arrangements for tests and examinations", "Y", "MS4.3"),
    ("36", "Annex 3: provision mapping, staff, colleagues' development, evaluation", "Y", "MS4.4"),
    ("37", "Annex 3: involving pupils; parents and carers; other agencies", "Y", "MS4.3, MS4.4"),
]
table(["No.", "Requirement", "Compliant (Y/N)", "Reference to our response"],
      [list(m) for m in matrix], widths=[1.1, 9.5, 2.5, 3.4])
para("Signed on behalf of the tenderer: Professor A. J. Collingwood, Dean of Education and "
     "Lifelong Learning, 12 November 2008")

doc.save(OUT)
print("wrote", OUT)
