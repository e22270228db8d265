"""gg-02-tamsford-unit-specification: builds gg-02-tamsford-unit-specification.docx beside itself.

PROVIDER (invented). The Tamsford 14-19 Learning Partnership: Tamsford Sixth Form
College, Kingsmead School (11-18), Holy Trinity CE School (11-18) and Brook
Lane School (special, 2-19), with Northwold University, which validates the
award as a Postgraduate Certificate (60 credits, FHEQ level 7). The award is
for SENCOs in the schools and learning support coordinators in the College,
with a mandatory unit on transition at 16 for young people with learning
difficulties and disabilities.

KIND OF DOCUMENT. The award's specification, written by College staff in the
house format of the vocational qualification specifications they teach from
every day (a BTEC-style specification): "Qualification at a glance", structure,
"Access and recruitment", recognition of prior learning, "Quality assurance",
then units in unit format (unit abstract, learning outcomes "On completion of
this unit a learner should:", unit content, a grading grid of pass / merit /
distinction criteria P1..., M1..., D1..., "Essential guidance for tutors" with
Delivery / Assessment / Links / Essential resources / Employer engagement and
indicative reading), then annexes. Third person throughout; the teachers on
the award are "learners", the children "young people". Sent as it stands,
with a bordered covering paragraph for the panel.

LAYOUT. Heading styles with the specification's own section numbers (some,
such as "5 Access and recruitment" and "9 Assessment", collide in appearance
with requirement ids); typed contents list; "Label / value" table; unit
table; grading grids as three-column tables with a merged title row and
blank cells; a landscape Annex A mapping table (merged group rows) that must
be read together with the grading grids (outcome -> unit criterion code ->
criterion text); header and footer with a PAGE field; the template's
bracketed prompts left in ("[Delete if the unit has no external
assessment]", "[Centres to add local employer links here]"); placeholders
in the staffing annex.

TRAPS (requirement ids).
- Aims speak only of qualifications, success rates and progression; the
  Every Child Matters outcomes appear only as knowledge in Unit 1: 1.1
  partially_met.
- "Initial assessment" is the College's literacy and study-skills screening
  and a learning styles questionnaire, i.e. the right words for the wrong
  thing; no assessment against the outcomes, no individual plan or
  personalised outcomes: 2.2 not_met; tailoring only general: 2.4
  partially_met.
- Adjustments only for assessment ("access arrangements and special
  consideration"), plus a fair-access value statement: 3.1 partially_met.
- "The award has no online element": 3.3 not_applicable (the College VLE is
  said to be for 16-19 students; ICT appears only as content and resources).
- Stakeholders deliver sessions but their views on the award "will be sought
  in due course": 4.3 partially_met (4.1 and 4.2 met in section 12).
- Programme evaluation measures are FE success rates, retention and learner
  satisfaction; the Partnership says it does not measure impact on young
  people: 5.9 partially_met (5.1 met).
- Staffing annex names only the programme leader; other posts are
  "[Name to be confirmed]": 5.4 partially_met.
- "There is no placement element" although specialist contributors are
  listed: 5.5 partially_met.
- CRB checks done properly by the Partnership Administrator, with employer
  references: 5.3 met (notes_on_met). Direct assessment route: 2.3 met.
  APL including experience: 2.1 met.
- Award on all pass criteria in all units, with a blanket claim in Annex A
  that "every national outcome is covered by at least one pass criterion":
  6.0 and 1.9 partially_met.
- Outcomes only in merit or distinction criteria, so a learner can pass
  without them: 6.A4 (Unit 2 M1), 6.A6 (Unit 2 D1), 6.S5 (Unit 4 D1),
  6.S6 (Unit 4 M1): partially_met.
- CPD log "encouraged" but not assessed: 6.A7 partially_met (2.5 met by the
  progression review).
- Annex A maps child development to "Unit 2, content 1", which lists only
  types of need: 6.K4 not_met (unsupported mapping).
- No row and no content for time management and delegation: 6.A3 not_met.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
NAME = "gg-02-tamsford-unit-specification"
OUT = HERE / (NAME + ".docx")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def border_para(p):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "8")
        e.set(qn("w:space"), "4")
        e.set(qn("w:color"), "1F3864")
        bdr.append(e)
    pPr.append(bdr)


def add_field(par, instr):
    f = OxmlElement("w:fldSimple")
    f.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    f.append(r)
    par._p.append(f)


def fill(cell, content, bold=False, size=9.5, italic=False):
    items = content if isinstance(content, list) else [content]
    cell.paragraphs[0].text = ""
    for i, txt in enumerate(items):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(txt)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


def table(doc, headers, rows, widths, size=9.5, head_fill="DBE5F1"):
    t = doc.add_table(rows=1 if headers else 0, cols=len(widths))
    t.style = "Table Grid"
    if headers:
        for i, h in enumerate(headers):
            fill(t.rows[0].cells[i], h, bold=True, size=size)
            shade(t.rows[0].cells[i], head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, c in enumerate(row):
            fill(cells[i], c, size=size)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    return t


def para(doc, text, style=None, bold=False, italic=False, size=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def bullets(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def grading_grid(doc, p_list, m_list, d_list):
    n = max(len(p_list), len(m_list), len(d_list))
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    top = t.rows[0].cells[0].merge(t.rows[0].cells[1]).merge(t.rows[0].cells[2])
    fill(top, "Grading grid", bold=True)
    shade(top, "B8CCE4")
    heads = [
        "To achieve a pass grade the evidence must show that the learner is able to:",
        "To achieve a merit grade the evidence must show that, in addition to the pass criteria, the learner is able to:",
        "To achieve a distinction grade the evidence must show that, in addition to the pass and merit criteria, the learner is able to:",
    ]
    for i, h in enumerate(heads):
        fill(t.rows[1].cells[i], h, bold=True, size=9)
        shade(t.rows[1].cells[i], "DBE5F1")
    for k in range(n):
        cells = t.add_row().cells
        for i, lst in enumerate((p_list, m_list, d_list)):
            fill(cells[i], lst[k] if k < len(lst) else "", size=9)
    for row in t.rows:
        for i in range(3):
            row.cells[i].width = Cm(5.5)
    doc.add_paragraph()


def unit(doc, num, title, credit, glh, abstract, los, content, grid, guidance, reading):
    doc.add_heading(f"Unit {num}: {title}", level=2)
    table(doc, None, [["Level", "7 (Masters)"], ["Credit value", credit], ["Guided learning hours", glh]], [4.5, 12])
    para(doc, "Unit abstract", bold=True)
    para(doc, abstract)
    para(doc, "Learning outcomes", bold=True)
    para(doc, "On completion of this unit a learner should:")
    for i, lo in enumerate(los, 1):
        para(doc, f"{i}  {lo}")
    para(doc, "Unit content", bold=True)
    for i, (head, text) in enumerate(content, 1):
        para(doc, f"{i}  {head}", bold=True, size=10)
        para(doc, text)
    grading_grid(doc, *grid)
    para(doc, "Essential guidance for tutors", bold=True)
    for head, text in guidance:
        para(doc, head, italic=True, bold=True, size=10)
        para(doc, text)
    para(doc, "Indicative reading", italic=True, bold=True, size=10)
    for r in reading:
        para(doc, r, size=9.5)


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Verdana"
st.font.size = Pt(10)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
hp = sec.header.paragraphs[0]
hp.text = "Tamsford Partnership Award in SEN Coordination (Postgraduate Certificate)  \u2013  Specification  \u2013  Issue 1  \u2013  January 2009"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp.add_run("\u00a9 Tamsford 14-19 Learning Partnership 2009     ").font.size = Pt(8)
add_field(fp, "PAGE")

p = para(doc, "For the TDA approval panel: this is the specification of our award as it will be issued to centres, tutors and learners. We have sent it as it stands, rather than rewriting it under the criteria, because it is the document our tutors will actually work from. Annex A shows where each of the national minimum outcomes is assessed. Queries to Hannah Mistry, Programme Leader, Tamsford Sixth Form College.", size=9)
border_para(p)

doc.add_paragraph()
para(doc, "Tamsford 14-19 Learning Partnership", bold=True, size=14)
t = doc.add_paragraph(style="Title")
t.add_run("Tamsford Partnership Award in Special Educational Needs Coordination")
para(doc, "Postgraduate Certificate validated by Northwold University", style="Subtitle")
para(doc, "Specification  \u2013  Issue 1  \u2013  January 2009  \u2013  for first registration September 2009", italic=True)

para(doc, "Contents", bold=True)
for line in ["1  Introduction", "2  Qualification at a glance", "3  Rationale and aims", "4  Structure of the award",
             "5  Access and recruitment", "6  Recognition of prior learning and the direct assessment route",
             "7  Induction and initial assessment", "8  Delivery", "9  Assessment", "10  Quality assurance",
             "11  Programme evaluation and review", "12  How the award was developed", "13  Progression",
             "14  Units", "Annex A  Mapping to the national minimum outcomes", "Annex B  Staffing and resources"]:
    para(doc, line, size=9.5)

doc.add_heading("1 Introduction", level=1)
para(doc, "The Tamsford 14-19 Learning Partnership brings together Tamsford Sixth Form College, Kingsmead School and Holy Trinity CE School (both 11-18), and Brook Lane School, a special school for pupils and students aged 2 to 19. Since 2004 the Partnership has run a shared sixth-form timetable, a common Year 11 to 12 transition programme and joint staff development. This award is the Partnership's first accredited programme for its own staff and those of neighbouring schools.")
para(doc, "The award is for teachers who coordinate provision for young people with special educational needs and/or disabilities: SENCOs in schools and learning support coordinators in the College. It meets the national requirements for the mandatory training of new SENCOs, and it includes a mandatory unit on transition at 16, because that is where, in our experience and on our data, young people with learning difficulties and disabilities are most often let down.")
para(doc, "In this specification, \"learner\" means the teacher taking the award; \"young people\" means the pupils and students those learners work with; \"centre\" means the Partnership acting as the delivery centre; \"tutor-assessor\" means a member of staff who teaches and assesses a unit; and \"internal verifier\" means a member of staff who checks assessment decisions.")

doc.add_heading("2 Qualification at a glance", level=1)
table(doc, ["Item", "Detail"], [
    ["Title", "Tamsford Partnership Award in Special Educational Needs Coordination"],
    ["Academic award", "Postgraduate Certificate in Special Educational Needs Coordination, conferred by Northwold University"],
    ["Validation", "Approved by Northwold University's validation panel on 21 November 2008 for five years, with one condition (the addition of a professional discussion to Unit 4), now met"],
    ["Level and credit", "FHEQ level 7 (Masters); 60 credits (four units of 15 credits)"],
    ["Guided learning hours", "120 (30 per unit); total learning time 600 hours"],
    ["Mode", "Part time, taught; study days, twilight workshops and directed study in the learner's own school or college"],
    ["Entry points", "September and February"],
    ["Duration", "Normally 12 months; up to 24 months"],
    ["Grading", "Pass, Merit or Distinction"],
    ["Fee", "\u00a91,180 per learner including University registration (Partnership staff funded from the Partnership's collaborative budget)".replace("\u00a9", "\u00a3")],
], [4.5, 12])

doc.add_heading("3 Rationale and aims", level=1)
para(doc, "Young people with learning difficulties and disabilities in Tamsford achieve fewer qualifications at 16 than their peers, are less likely to complete a post-16 course, and are more than twice as likely to be not in education, employment or training at 18. The Partnership's 14-19 LDD review (2008) found that the quality of coordination in the schools and the College was the factor over which we had most control.")
para(doc, "The aims of the award are to:")
bullets(doc, [
    "raise the qualifications, success rates and progression at 16 and 19 of young people with SEN and/or disabilities in the learners' schools and college",
    "improve the quality and consistency of SEN coordination across the Partnership and neighbouring schools",
    "give learners the knowledge and skills to lead provision, to work with colleagues, families and other agencies, and to meet the national outcomes for SENCOs",
    "provide a recognised Masters-level qualification that learners can build on.",
])

doc.add_heading("4 Structure of the award", level=1)
para(doc, "Learners must complete all four mandatory units. There are no optional units.")
table(doc, ["Unit", "Title", "Credit", "GLH"], [
    ["1", "The SENCO, the law and the inclusive school", "15", "30"],
    ["2", "Understanding and meeting learners' needs", "15", "30"],
    ["3", "Transition at 16: young people with learning difficulties and disabilities", "15", "30"],
    ["4", "Leading provision: colleagues, support staff and improvement", "15", "30"],
], [1.5, 10, 2, 2])

doc.add_heading("5 Access and recruitment", level=1)
para(doc, "The Partnership's policy is that the award should be available to everyone who is able to achieve it, free from barriers that restrict access and progression, and that there should be equal opportunities for all wishing to take it.")
para(doc, "Entry requirements", bold=True)
para(doc, "Applicants must hold qualified teacher status (College staff: a recognised teaching qualification and a degree); be in post as a SENCO or learning support coordinator, or be designated to take up such a post within a year; and have the written support of their headteacher or principal, who agrees to release them for study days and to name a workplace mentor. Each applicant writes a short statement about their current role and is interviewed by the Programme Leader, who checks that their experience and current responsibilities will let them meet the outcomes within the award. Applicants who are not yet ready are given written advice, copied to their head, and are usually offered a place on the Partnership's SEN Foundation course first.")
para(doc, "Suitability to work with young people", bold=True)
para(doc, "Before a learner is registered, the Partnership Administrator sees the original of the learner's enhanced CRB disclosure and records its number and date. If the disclosure is more than three years old, or the learner has not worked in a school or college in a post involving regular contact with young people in the last three months, a new enhanced disclosure is obtained through the College's Personnel team before the learner starts. The head's supporting letter must confirm that there are no concerns about the learner's conduct and no outstanding disciplinary matters; for learners who have changed employer in the last two years, a reference is also taken up from the previous employer.")
para(doc, "Access arrangements and special consideration", bold=True)
para(doc, "Learners with a disability or a specific learning difficulty may request access arrangements for assessment, for example an extension to a submission date, a scribe or reader for the professional discussion, or submission of an assignment in an alternative format such as a recorded presentation. Requests are made to the Programme Leader and are decided by the internal verifier. Special consideration for illness or bereavement follows the University's regulations.")

doc.add_heading("6 Recognition of prior learning and the direct assessment route", level=1)
para(doc, "Learners may claim credit for prior certificated learning (Masters-level credit in special educational needs gained in the last five years) and for prior experiential learning, up to 30 credits in all. An experiential claim is made as a portfolio mapped against the learning outcomes and grading criteria of the unit claimed, and is assessed by a tutor-assessor and internal verifier and confirmed by the University's APL panel. Learners receive the Partnership's RPL guidance and a 30-minute advice meeting before they submit.")
para(doc, "In exceptional cases an experienced SENCO, for example one who has led SEN provision for several years or has worked in an SEN support service, may apply for direct assessment of all four units without attending. The applicant submits a portfolio against every pass criterion in the four grading grids and takes a one-hour professional discussion with two tutor-assessors. Direct assessment candidates meet the same entry, CRB and reference requirements as other learners and their work is internally verified and seen by the external examiner in the same way. The fee for direct assessment is \u00a3520.")

doc.add_heading("7 Induction and initial assessment", level=1)
para(doc, "Every learner attends a half-day induction in the month before their first study day. At induction learners complete the Partnership's initial assessment: the paper-based literacy and study-skills screening used for all the College's adult learners, and a learning styles questionnaire. The results are discussed with their tutor-assessor and used to plan tutorial support, for example help with academic writing or referencing. The high quality of our provision comes from experienced tutors, small groups and close links with learners' own schools.")

doc.add_heading("8 Delivery", level=1)
para(doc, "Each unit is delivered through three study days (held at Tamsford Sixth Form College or Brook Lane School), two twilight workshops, and directed study and practical tasks in the learner's own school or college. Each learner has two individual tutorials per unit, face to face or by telephone.")
para(doc, "There are two entry points a year, in September and February. Units may be taken in any order, except that Unit 4 is normally taken last. A learner may take a single unit as a stand-alone course and count its credit towards the award later, and may spread the award over up to 24 months. Twilight workshops for each unit run twice, at Kingsmead and at Holy Trinity, so that learners can choose the nearer or more convenient.")
para(doc, "The award has no online element. Materials are issued as printed unit packs at the first study day of each unit; the College's virtual learning environment is for its 16-19 students and learners on the award are not enrolled on it.")

doc.add_heading("9 Assessment", level=1)
para(doc, "All units are internally assessed. Each unit is assessed through one assignment, set by the tutor-assessor on an assignment brief that states which grading criteria it addresses, and which the learner completes in their own school or college. Unit 4 also includes a professional discussion.")
para(doc, "To achieve a pass in a unit a learner must meet all of the pass criteria in its grading grid. To be awarded the Postgraduate Certificate a learner must achieve at least a pass in all four units. A merit or distinction for the award is calculated from the unit grades. Assignments are submitted by set dates, with one resubmission allowed per unit.")

doc.add_heading("10 Quality assurance", level=1)
para(doc, "Internal verification", bold=True)
para(doc, "Every assignment brief is checked by an internal verifier before it is issued. The internal verifier samples assessment decisions in every unit, covering every tutor-assessor and every grade, and all referrals; the sampling plan is agreed at the start of each year. Before each assessment period the tutor-assessors and internal verifiers hold a standardisation meeting at which each marks the same two pieces of work and agrees the standard.")
para(doc, "External examination", bold=True)
para(doc, "Northwold University appoints an external examiner for the award, who samples work from every unit each year, meets learners, attends the Award Board and writes an annual report to the University and the Partnership.")
para(doc, "Staff roles and training", bold=True)
para(doc, "Every tutor-assessor receives the Tutor Handbook, which sets out the duties of tutor-assessors, internal verifiers and workplace mentors, and has an induction with the Programme Leader and the University link tutor before teaching. Internal verifiers complete Northwold's assessor and verifier training. Each learner's workplace mentor, usually a member of the senior team, receives the Mentor Handbook and attends a twilight mentor briefing in the first month; the mentor meets the learner at least twice a term and signs the learner's practical task record.")

doc.add_heading("11 Programme evaluation and review", level=1)
para(doc, "The award is reviewed each year through the College's course review and evaluation process, which all College courses follow, and through the University's annual monitoring. Evidence comes from learner questionnaires at the end of each unit; a learner representative at each course team meeting; internal verification reports; the external examiner's report; and the award's own performance data. The course review sets actions for the following year, which are checked by the Partnership's Curriculum Group each term and reported to the University.")
para(doc, "The performance measures used are those used for all College courses: retention, achievement and success rates against the College's benchmarks, the proportion of high grades, and learner satisfaction. The Partnership does not measure the award's impact on young people directly: the progress of young people with SEN remains a matter for each school's and the College's own tracking.")

doc.add_heading("12 How the award was developed", level=1)
para(doc, "The award was designed in response to the Partnership's 14-19 LDD review (2008), which collected data on the attainment, retention and destinations of young people with LDD across the four institutions and interviewed 26 young people and 14 parents about their move at 16. It also draws on a questionnaire completed by 22 SENCOs in the Tamsford SENCO forum in May 2008, which asked what training they needed; the most frequent answers were transition planning, examination access arrangements, and managing teaching assistants.")
para(doc, "A draft of the units was discussed at the SENCO forum in October 2008 and with the Connexions 14-19 LDD team. Following those discussions, the transition unit was made mandatory rather than optional, a criterion on access arrangements for examinations was added to Unit 2, and the twilight workshops were repeated at two sites.")
para(doc, "Staff of Connexions, the Educational Psychology Service and the Parent Partnership Service teach sessions in Units 2 and 3. The views of schools and other partners on the award itself will be sought in due course.")

doc.add_heading("13 Progression", level=1)
para(doc, "At the end of the award each learner has a progression review with their tutor-assessor and line manager. The learner brings their professional development log and leaves with a written plan of professional targets for the following year, agreed with the line manager, which the learner may use in performance management. Learners may also progress to the MA Inclusive Education at Northwold University, carrying their 60 credits.")

doc.add_heading("14 Units", level=1)

unit(doc, 1, "The SENCO, the law and the inclusive school", "15", "30",
     "This unit gives learners a working knowledge of the law, guidance and national policy that govern SEN and disability, and the skills to use that knowledge with senior leaders and governors to shape an inclusive school or college.",
     ["Understand the legal and policy framework for SEN",
      "Understand the duties of schools and colleges towards disabled young people",
      "Understand Every Child Matters and the SENCO's contribution to it",
      "Be able to influence the strategic development of inclusive policy and the use of resources"],
     [("Legal and policy framework", "SEN Code of Practice (2001): the graduated response, School Action and School Action Plus, statutory assessment, statements, annual reviews and transition plans from Year 9; Education Act 1996 Part IV; SEN and Disability Act 2001; Education (Special Educational Needs Coordinators) (England) Regulations 2008; Removing Barriers to Achievement (2004); Learning and Skills Act 2000, section 140; implications for the school, governors, the head and the SENCO."),
      ("Disability equality", "Disability Discrimination Act 1995 as amended by the 2005 Act; the disability equality duty and disability equality schemes; reasonable adjustments; accessibility plans; what the duties require of a school and a college in practice."),
      ("Every Child Matters", "The five outcomes; Children Act 2004; the Common Assessment Framework and lead professional; children's trust arrangements; how the SENCO helps young people with SEN achieve the five outcomes."),
      ("Strategic influence", "Working with the head, senior team and governors; the SEN policy; school and college development planning and the use of resources; an inclusive ethos; principles of school self-evaluation and the self-evaluation form; using RAISEonline and post-16 value-added data to judge outcomes for young people with SEN.")],
     (["P1 explain the requirements of the SEN Code of Practice and related legislation and what they mean for their school or college, its governors and the SENCO",
       "P2 explain the school's or college's duties under disability equality legislation and the actions it takes to meet them",
       "P3 describe how the provision in their school or college contributes to the five Every Child Matters outcomes for young people with SEN and/or disabilities, and the SENCO's part in this",
       "P4 review the SEN policy against the legal framework and the institution's self-evaluation, and present recommendations on policy, priorities and resources to the head and a governor"],
      ["M1 evaluate how far the institution's accessibility plan meets its duties"],
      ["D1 justify a strategic priority for SEN in the development plan, drawing on national data and inspection evidence"]),
     [("Delivery", "Study days 1 to 3 cover content areas 1 to 4. A governor and a headteacher from the Partnership contribute to study day 3."),
      ("Assessment", "One assignment: a policy review written as a report to the head and governors (3,000 words), covering P1 to P4, M1 and D1. External assessment: [Delete if the unit has no external assessment]"),
      ("Links", "This unit links with Unit 4."),
      ("Essential resources", "Unit pack; copies of the Code of Practice and SEN Toolkit; the learner's institutional policies and self-evaluation.")],
     ["DfES (2001) Special Educational Needs Code of Practice. London: DfES.",
      "DfES (2004) Removing Barriers to Achievement: the Government's Strategy for SEN. London: DfES.",
      "Ofsted (2006) Inclusion: does it matter where pupils are taught? London: Ofsted.",
      "Cowne, E. (2008) The SENCO Handbook: Working within a whole-school approach (5th edn). London: David Fulton."])

unit(doc, 2, "Understanding and meeting learners' needs", "15", "30",
     "This unit develops learners' knowledge of the common types of special educational need and disability and their skills in identifying needs, planning and reviewing interventions, using assessment information, and arranging access to tests and examinations.",
     ["Know the main types of SEN and disability and how they affect learning",
      "Understand approaches, strategies and resources for assessment, teaching and learning, including ICT",
      "Be able to identify needs, set targets, plan interventions and review progress using a range of assessments",
      "Be able to plan access arrangements for tests and examinations"],
     [("Types of need", "Behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; speech, language and communication needs; autistic spectrum disorders; moderate learning difficulties; severe and profound and multiple learning difficulties; sensory and physical impairments; how each can affect learning in school and post-16."),
      ("Approaches, strategies and resources", "Personalisation and differentiation; assessment for learning and how the SENCO helps subject teachers adapt formative assessment for young people with SEN; structured literacy and numeracy programmes; social skills and communication programmes; ICT and assistive technology; evidence of effectiveness (for example Brooks 2007 and the Inclusion Development Programme)."),
      ("Identification, assessment and review", "Observation and data; reports from educational psychologists, speech and language therapists and specialist teachers; summative data including national curriculum test results, GCSE and post-16 results and P scales; setting targets; planning interventions; reviewing progress; provision mapping and identifying ineffective or missing provision."),
      ("Access arrangements", "JCQ regulations; evidence of need and the normal way of working; timelines; working with examinations officers and specialist assessors; arrangements in the classroom and in the examination.")],
     (["P1 describe the main types of SEN and disability, including BESD, SpLD (including dyslexia), SLCN, ASD and MLD, and how each can affect learning",
       "P2 use observation, data and the assessments of at least two other professionals to identify the needs of two young people and set challenging targets",
       "P3 plan, carry out and review an intervention for one young person, using summative assessment data to track progress and adjust the programme",
       "P4 produce a provision map for a year group and identify provision that is ineffective or missing",
       "P5 produce guidance for subject teachers on formative assessment approaches for young people with SEN and/or disabilities",
       "P6 identify in good time the access arrangements needed by young people in a year group sitting national tests or examinations, and explain how they will be put in place with colleagues",
       "P7 critically compare two approaches to removing barriers to learning, one using ICT, with reference to research evidence on their effectiveness"],
      ["M1 analyse the decisions made in planning the intervention, showing how problems were anticipated and resolved"],
      ["D1 show how research evidence and external advice have been used to improve their own practice and that of colleagues"]),
     [("Delivery", "Study day 1 on types of need; study day 2 with an educational psychologist and a speech and language therapist; study day 3 in the College's assistive technology room and with the College's examinations officer."),
      ("Assessment", "One assignment in three parts: a case study of two young people (P2, P3, M1), a provision map with commentary (P4), and a short guidance paper for colleagues (P5, P6, P7, D1); P1 is evidenced in a written account. External assessment: [Delete if the unit has no external assessment]"),
      ("Links", "This unit links with Units 3 and 4."),
      ("Essential resources", "Brook Lane School's assessment library; the College's assistive technology room; JCQ Access Arrangements booklet (current edition).")],
     ["Brooks, G. (2007) What Works for Pupils with Literacy Difficulties? London: DCSF.",
      "Frederickson, N. and Cline, T. (2002) Special Educational Needs, Inclusion and Diversity. Buckingham: Open University Press.",
      "Bercow, J. (2008) The Bercow Report: a review of services for children and young people (0-19) with speech, language and communication needs. Nottingham: DCSF.",
      "DCSF (2008) Inclusion Development Programme: dyslexia and speech, language and communication needs. London: DCSF."])

unit(doc, 3, "Transition at 16: young people with learning difficulties and disabilities", "15", "30",
     "This unit is the Partnership's own addition to the national outcomes. It develops learners' skills in planning the move at 16 with young people, their families and other agencies, so that young people with learning difficulties and disabilities leave school with a plan that they own and that the adults around them carry out.",
     ["Understand the transition process from 14 to 19 and the services involved",
      "Be able to involve young people in planning and reviewing their provision and transition",
      "Be able to work in partnership with parents and carers at transition",
      "Be able to work with other services and agencies, including voluntary organisations"],
     [("The transition process", "Transition reviews from Year 9; Connexions personal advisers; section 140 assessments; routes at 16 and 19 (school sixth forms, the College, Foundation Learning, specialist colleges, supported employment); the roles of social care, health, CAMHS and transition teams; how to get specialist support and resources."),
      ("Involving young people", "Person-centred planning and reviews; consulting young people, including those who communicate without speech (for example Talking Mats); building respectful, supportive relationships; helping colleagues to work with young people as partners."),
      ("Parents and carers", "What parents tell us about transition; communicating with families; annual reviews; the Parent Partnership Service; resolving disagreement."),
      ("Working with other agencies", "The Common Assessment Framework and lead professional; multi-agency transition meetings; voluntary organisations such as Mencap and the National Autistic Society's local branch; agreeing and keeping to a coordinated plan.")],
     (["P1 explain the roles of the services and agencies involved in transition at 16 and how to obtain specialist support and resources for a young person",
       "P2 plan and lead a transition review with a young person, showing how the young person's views were gathered and used",
       "P3 work with the young person's parents or carers before and after the review, showing how their views shaped the plan",
       "P4 agree a coordinated plan with at least two other services or agencies"],
      ["M1 evaluate the relationships built with the young person and family and what the learner would change"],
      ["D1 evaluate the Partnership's transition arrangements for young people with LDD and recommend improvements"]),
     [("Delivery", "Study days at Brook Lane School. Sessions are taught with the Connexions LDD personal adviser and an officer of the Parent Partnership Service. There is no placement element: the learner's own school or college is the setting for the practical tasks. Learners from schools may also arrange a half-day visit to the College's learning support centre."),
      ("Assessment", "One assignment: a transition case record (P1 to P4, M1) and a short evaluative report (D1). External assessment: [Delete if the unit has no external assessment]"),
      ("Links", "This unit links with Unit 2."),
      ("Employer engagement and vocational contexts", "[Centres to add local employer links here]")],
     ["DCSF and DH (2007) A Transition Guide for All Services. Nottingham: DCSF.",
      "LSC (2006) Learning for Living and Work: improving education and training opportunities for people with learning difficulties and/or disabilities. Coventry: LSC.",
      "Sanderson, H. and others (2006) People, Plans and Practicalities. Edinburgh: SHS Trust."])

unit(doc, 4, "Leading provision: colleagues, support staff and improvement", "15", "30",
     "This unit develops learners as leaders: persuading and working with senior colleagues, deploying support staff, leading and evaluating a change in provision, and supporting colleagues' professional development.",
     ["Be able to gain the commitment of colleagues and senior leaders to improving outcomes for young people with SEN",
      "Be able to deploy and manage support staff",
      "Be able to lead and review a change in provision",
      "Be able to communicate clearly with different audiences"],
     [("Leading colleagues", "Leading change; gaining the support of senior leaders; working with subject teachers and heads of year; supporting colleagues' professional development through observation and feedback, modelling, coaching and mentoring, and delivering training."),
      ("Support staff", "Deploying and managing teaching assistants and learning support assistants; their training and performance management; what research says about their impact."),
      ("Reviewing provision", "Reviewing the effectiveness of provision with colleagues; using the findings in self-evaluation and improvement planning; making and reporting a change."),
      ("Communication", "Writing for senior leaders, governors and parents; presenting; the professional discussion; listening to and representing the views of others.")],
     (["P1 present a case for a change in provision to the senior leadership team and secure its agreement to act on it",
       "P2 plan and review the deployment of support staff for a group of young people",
       "P3 lead a change in provision for a target group of young people and report on what happened",
       "P4 write a clear report for senior leaders and discuss it in a professional discussion, showing they have listened to and represented the views of colleagues"],
      ["M1 review and evaluate, with other staff, the effectiveness of SEN provision and show how the findings inform the institution's self-evaluation and improvement plan"],
      ["D1 plan, deliver and evaluate a training session or coaching programme for colleagues"]),
     [("Delivery", "Study days at the College. Learners keep a professional development log throughout the award and are encouraged to bring it to tutorials; it is not assessed."),
      ("Assessment", "One assignment: a leadership project report (P1 to P3, M1, D1) and a 30-minute professional discussion with two tutor-assessors (P4). External assessment: [Delete if the unit has no external assessment]"),
      ("Links", "This unit draws on all of Units 1 to 3."),
      ("Employer engagement and vocational contexts", "[Centres to add local employer links here]")],
     ["Blatchford, P. and others (2009) Deployment and Impact of Support Staff in Schools. London: DCSF.",
      "Ofsted (2004) Special Educational Needs and Disability: towards inclusive schools. London: Ofsted."])

# landscape Annex A
ls = doc.add_section(WD_SECTION.NEW_PAGE)
ls.orientation = WD_ORIENT.LANDSCAPE
ls.page_width, ls.page_height = sec.page_height, sec.page_width
ls.left_margin = ls.right_margin = Cm(2)
doc.add_heading("Annex A Mapping to the national minimum outcomes", level=1)
para(doc, "The table shows, for each national minimum outcome for SENCOs, the unit content that develops it and the grading criteria that assess it. Every national outcome is covered by at least one pass criterion, so a learner who passes the award has met them all.")
ROWS = [
    ("Professional attributes", None, None),
    ("Fair, respectful, supportive relationships with young people with SEN/disabilities and their parents or carers", "Unit 3, content 2 and 3", "Unit 3: P2, P3, M1"),
    ("Gaining the commitment of colleagues, including the head and senior leaders", "Unit 4, content 1", "Unit 4: P1"),
    ("Anticipating and resolving problems; well-founded decisions and sound judgement on provision", "Unit 2, content 3", "Unit 2: M1"),
    ("Expressing themselves clearly in speech and writing; listening to others", "Unit 4, content 4", "Unit 4: P4"),
    ("Drawing on research evidence and external advice to improve own and colleagues' practice", "Unit 2, content 2", "Unit 2: D1"),
    ("Keeping up to date; responsibility for own CPD", "Professional development log (all units)", "Progression review (section 13)"),
    ("Professional knowledge and understanding", None, None),
    ("Laws and guidance on SEN, including the Code of Practice", "Unit 1, content 1", "Unit 1: P1"),
    ("Every Child Matters and the SENCO's part in it", "Unit 1, content 3", "Unit 1: P3"),
    ("Disability equality law and the actions it requires", "Unit 1, content 2", "Unit 1: P2, M1"),
    ("How children develop and how development is affected by SEN, disability and environment", "Unit 2, content 1", "Unit 2: P1"),
    ("The most common types of SEN and disability and their effect on learning", "Unit 2, content 1", "Unit 2: P1"),
    ("Approaches, strategies and resources, including ICT", "Unit 2, content 2", "Unit 2: P7"),
    ("School self-evaluation and improvement", "Unit 1, content 4", "Unit 1: P4"),
    ("Best practice and research in meeting SEN", "Unit 2, content 2", "Unit 2: P7"),
    ("External agencies and obtaining specialist support", "Unit 3, content 1", "Unit 3: P1"),
    ("Professional skills", None, None),
    ("With senior colleagues and governors, influencing strategy, ethos, policies, priorities and resources", "Unit 1, content 4", "Unit 1: P4, D1"),
    ("Identifying needs, setting targets, planning interventions and reviewing progress", "Unit 2, content 3", "Unit 2: P2, P3"),
    ("Using assessments from a range of professionals", "Unit 2, content 3", "Unit 2: P2"),
    ("Using summative assessments, including national tests, to track progress", "Unit 2, content 3", "Unit 2: P3"),
    ("Encouraging colleagues' formative assessment", "Unit 2, content 2", "Unit 2: P5"),
    ("Access arrangements for national tests and examinations", "Unit 2, content 4", "Unit 2: P6"),
    ("Provision mapping; identifying ineffective or missing provision", "Unit 2, content 3", "Unit 2: P4"),
    ("Deploying and managing staff", "Unit 4, content 2", "Unit 4: P2"),
    ("Supporting colleagues' professional development", "Unit 4, content 1", "Unit 4: D1"),
    ("Reviewing and evaluating provision with other staff to inform self-evaluation", "Unit 4, content 3", "Unit 4: M1"),
    ("Involving young people in planning, agreeing and reviewing their provision", "Unit 3, content 2", "Unit 3: P2"),
    ("Liaising with parents and carers", "Unit 3, content 3", "Unit 3: P3"),
    ("Working with other services and agencies, including voluntary organisations", "Unit 3, content 4", "Unit 3: P4"),
]
at = doc.add_table(rows=1, cols=3)
at.style = "Table Grid"
for i, h in enumerate(["National minimum outcome", "Developed in", "Assessed by (grading criteria)"]):
    fill(at.rows[0].cells[i], h, bold=True)
    shade(at.rows[0].cells[i], "DBE5F1")
for a, b, c in ROWS:
    cells = at.add_row().cells
    if b is None:
        m = cells[0].merge(cells[1]).merge(cells[2])
        fill(m, a, bold=True)
        shade(m, "F2F2F2")
        continue
    fill(cells[0], a, size=9)
    fill(cells[1], b, size=9)
    fill(cells[2], c, size=9)
for row in at.rows:
    for i, w in enumerate([12, 6.5, 6.5]):
        row.cells[i].width = Cm(w)

ps = doc.add_section(WD_SECTION.NEW_PAGE)
ps.orientation = WD_ORIENT.PORTRAIT
ps.page_width, ps.page_height = ls.page_height, ls.page_width
ps.left_margin = ps.right_margin = Cm(2.3)
doc.add_heading("Annex B Staffing and resources", level=1)
para(doc, "Staffing", bold=True)
table(doc, ["Role", "Name", "Qualifications and experience"], [
    ["Programme Leader; tutor-assessor Units 1 and 4", "Hannah Mistry", "MA Special and Inclusive Education; NPQH; Assistant Principal (Inclusion), Tamsford Sixth Form College; formerly SENCO at Kingsmead School for nine years"],
    ["Tutor-assessor, Units 2 and 3", "[Name to be confirmed]", "[To be completed when appointed]"],
    ["Internal verifier", "[Name to be confirmed]", "Will hold Northwold assessor and verifier training"],
    ["University link tutor", "[Name to be confirmed by Northwold University]", ""],
], [5, 4, 7.5])
doc.add_paragraph()
para(doc, "Specialist contributors", bold=True)
para(doc, "An educational psychologist and a speech and language therapist (Unit 2, study day 2); the Connexions LDD personal adviser and an officer of the Parent Partnership Service (Unit 3); the College's examinations officer (Unit 2, study day 3); a Partnership governor and headteacher (Unit 1, study day 3).")
para(doc, "Resources", bold=True)
para(doc, "Printed unit packs for every learner; Brook Lane School's assessment library of standardised tests, communication assessments and P-scale materials, which learners may borrow; the College's assistive technology room with text-to-speech, voice recognition, symbol and switch software; the College library's SEN collection; and Northwold University library membership, including off-campus access to e-journals, for all registered learners.")

doc.save(OUT)
print("wrote", OUT)
