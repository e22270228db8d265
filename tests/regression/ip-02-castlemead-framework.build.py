"""ip-02-castlemead-framework

Provider (invented): Castlemead City Technology College, which houses the
Lighthouse Base (specialist provision for deaf and hearing-impaired students and
students with physical disabilities), leading the Castlemead Schools
Partnership of eleven schools; its Work-Based Learning Unit runs the course;
the University of Hollinbury validates the knowledge element. January 2009.

Document kind and layout: the course written as an APPRENTICESHIP-STYLE
FRAMEWORK in the format the College's Work-Based Learning Unit uses for all its
apprenticeship frameworks (after the 2008 framework blueprint): a document-control
table, a "Framework summary" field table with merged and shaded cells, then
numbered sections (1 Framework information, 2 Pathways, 3 Entry conditions,
4 Knowledge element, 5 Competence element, 6 Transferable skills (Functional
Skills and PLTS), 7 Guided learning hours, 8 Participant rights and
responsibilities (after ERR), 9 Progression routes, 10 School (employer)
requirements, 11 Equality and diversity, 12 Quality assurance,
13 Certification), Annex A (competence units with performance criteria) and
Annex B (a mapping to the national outcomes by code: "Knowledge element |
Competence element"). Heading 1/Heading 2 styles carry the framework's own
numbers, which collide with requirement ids ("1.4 Consultation", "2.3 Pathway
3", "3.3 Initial assessment", "5.5", ...). A shaded one-cell table is the note to
the panel. Header and footer. Two footnotes, two comments, tracked changes.

Traps (requirement ids):
- Module 2 credit level changed by tracked changes: "Level 7" deleted, "Level 6"
  inserted, so 30 of the 60 credits are at Level 6 (E.2 partially_met).
- Pathway 2 accredits certificated study only: "Experience alone is not
  accredited" (2.1 partially_met).
- Pathway 3 "Direct Assessment" is a real assessment-only route (2.3 met).
- Initial assessment is a literacy scan and a skills scan used only to choose
  the pathway; no individual plan or personalised outcomes (2.2 partially_met).
- Progression from the framework is a placeholder "[to be completed by the
  University]" with a comment chasing it (2.5 not_met).
- Stakeholders were consulted (1.3/1.4 of the framework: 4.1, 4.2 met) but "have
  no role in delivering, assessing or evaluating it" (4.3 not_met).
  The agencies session is taught by an independent psychologist the College
  contracts, and there are no school-based mentors or witness statements, so
  nothing in the document contradicts that statement.
- No placements: "There are no placements"; specialist expertise is present
  (5.5 partially_met).
- Success measures are completion, achievement and satisfaction; "The framework
  does not measure the effect on pupils' progress" (5.9 partially_met).
- Certification needs "at least seven of the nine competence units"
  (compensation: 6.0 partially_met; 1.9 partially_met).
- Work with parents is taught in the Lighthouse Base's Family Learning
  programme, "which is not part of this framework"; C6 assesses it (1.7, 6.S8
  partially_met).
- PLTS "recorded in the Learning Log; not assessed" (6.A5, 6.A7 partially_met).
- Annex B: A2 "Not covered in this issue" (6.A2 not_met); no row and no content
  for formative assessment with colleagues (6.S2c not_met); S2b assessed in C4
  but not taught, S5 taught but no competence unit, K7 "taught; not assessed"
  (partially_met).
- CRB check done by the WBL Unit itself (5.3 met); reasonable adjustments
  concrete (3.1 met); CastleNet e-learning with tutor response times and
  between-day support (3.3 met).
- Functional Skills "not required" is not a gap in any requirement.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _ip_helpers import *

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ip-02-castlemead-framework.docx")
d = new_doc("Calibri", 10.5)
header_footer(d, "Castlemead City Technology College \u2013 Work-Based Learning Unit \u2013 Framework FW-SENCO-02 \u2013 Issue 2",
              "Uncontrolled when printed. Framework owner: Head of Work-Based Learning.")
fn = Footnotes(d)
H = lambda t: d.add_heading(t, level=1)
H2 = lambda t: d.add_heading(t, level=2)

para(d, "CASTLEMEAD CITY TECHNOLOGY COLLEGE", bold=True, size=15, align="c")
para(d, "Work-Based Learning Unit", size=12, align="c")
para(d, "FRAMEWORK FOR THE NATIONAL AWARD FOR SEN COORDINATION", bold=True, size=18, align="c")
para(d, "Framework FW-SENCO-02 \u2013 Issue 2 \u2013 January 2009", bold=True, align="c")
para(d, "Castlemead Schools Partnership with the University of Hollinbury", align="c")

t = d.add_table(rows=1, cols=1)
t.style = "Table Grid"
c = t.cell(0, 0)
c.text = ""
c.paragraphs[0].add_run("For the approval panel. ").bold = True
c.paragraphs[0].add_run("The College's Work-Based Learning Unit writes every programme it runs, from engineering apprenticeships to teaching assistant training, as a framework in this format, so that schools, assessors and verifiers always find the same information in the same place. We have kept the format for the SENCO Award. The section numbers are the framework's own; they do not follow the numbering of the TDA specification. Annex B shows where each national outcome is developed and assessed.")
shade(c, "E2EFDA")

para(d, "")
para(d, "Document control", bold=True)
table(d, [["Issue", "Date", "Status", "Changes"],
          ["1", "September 2008", "For consultation", "First draft sent to partner schools, the local authority and the University"],
          ["2", "January 2009", "For approval", "Changes after consultation (Section 1.4); Pathway 3 added; Module 2 credit level agreed with the University"]],
      widths=[1.5, 3, 3, 8.5])

para(d, "")
para(d, "Framework summary", bold=True)
rows = [["Framework title", "National Award for SEN Coordination (Castlemead framework)", "", ""],
        ["Framework code", "FW-SENCO-02", "Sector", "Education and training: school workforce"],
        ["Issuing body", "Castlemead CTC Work-Based Learning Unit", "Accrediting university", "University of Hollinbury"],
        ["Award", "Postgraduate Certificate in Special Educational Needs Coordination and the National Award for SEN Coordination", "", ""],
        ["Components", "Knowledge element (two University modules, 60 credits)", "Competence element (nine units, assessed in the workplace)", "Transferable skills (PLTS)"],
        ["Pathways", "1 Standard (12 months)", "2 Accelerated (8 months)", "3 Direct Assessment (3 to 6 months)"],
        ["Start dates", "September and February", "Delivery", "Eight taught days, CastleNet online units, workplace assessment"]]
t = table(d, rows, widths=[3.2, 5, 3.8, 4], header_fill=None, bold_header=False)
for i in (0, 3):
    m = t.cell(i, 1).merge(t.cell(i, 3))
    m.text = rows[i][1]
for i in range(len(rows)):
    shade(t.cell(i, 0), "D9D9D9")
    t.cell(i, 0).paragraphs[0].runs[0].bold = True
shade(t.cell(1, 2), "D9D9D9"); shade(t.cell(2, 2), "D9D9D9"); shade(t.cell(6, 2), "D9D9D9")

# ---------- Section 1
H("1 Framework information")
H2("1.1 Purpose of the framework")
para(d, "The framework trains teachers new to the role of special educational needs coordinator in the Partnership's schools to lead provision that raises the achievement and well-being of pupils with SEN and disabilities across all five Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. Each taught module sets its objectives against those outcomes, and each competence unit asks the SENCO to show the effect of their work on pupils' progress and well-being, not on test results alone.")
H2("1.2 Background")
para(d, "Castlemead City Technology College has 1,020 students aged 11 to 18. The Lighthouse Base, opened in 2001 with the local authority, provides for 34 deaf and hearing-impaired students and students with physical disabilities, with two teachers of the deaf, a physiotherapist, an occupational therapist's sessions and a team of communication support workers. The Castlemead Schools Partnership was formed in 2005: the College, seven primary schools, two secondary schools and Brookvale Special School. The College's Work-Based Learning Unit has run apprenticeship and teaching assistant frameworks for the Partnership since 2006 and holds a contract with the Learning and Skills Council.")
H2("1.3 Evidence of need")
para(d, "In May 2008 the Unit surveyed the eleven Partnership heads, their SENCOs and the authority's SEN and sensory support services, and held a consultation evening attended by 26 people. Nine of the eleven schools had appointed a SENCO in the previous three years; seven of those SENCOs had had no training for the role. Heads asked for training that is assessed in the school and does not take SENCOs out of class more than a day a half-term. SENCOs asked for practical help with provision maps, with reports from other professionals and with the law. The authority asked that every SENCO trained in the Partnership use its annual review paperwork and its sensory support referral route.")
H2("1.4 Consultation and how it changed the framework")
para(d, "Issue 1 of the framework went to all partner schools, the authority and the University in September 2008. Their responses changed Issue 2 in four ways:")
bullets(d, [
    "the number of taught days fell from twelve to eight, with the rest moved to CastleNet, because heads could not release SENCOs for twelve days;",
    "a February start was added for SENCOs appointed mid-year, at the request of two primary heads;",
    "the authority's annual review paperwork and sensory support referral forms are now used in Module 1 and assessed in competence unit C7;",
    "Pathway 3 (Direct Assessment) was added after the authority's Learning Support Service asked how its experienced specialist teachers who become SENCOs could gain the Award.",
])
para(d, "Partner schools and the local authority are consulted before each issue of the framework but have no role in delivering, assessing or evaluating it.")
H2("1.5 Review of the framework")
para(d, "The framework is reviewed every year by the Unit's quality team (Section 12) and reissued when it changes.")

# ---------- Section 2
H("2 Pathways")
H2("2.1 Pathway 1: Standard")
para(d, "Twelve months. Both Knowledge modules, all nine competence units, and the Learning Log. For SENCOs with little or no prior training in SEN.")
H2("2.2 Pathway 2: Accelerated")
para(d, "Eight months. A candidate who holds a certificated award in SEN at Level 7 gained within the last five years may be exempted from Module 1 by the University's accreditation of prior certificated learning, and goes straight to Module 2 and the competence units. Experience alone is not accredited.")
H2("2.3 Pathway 3: Direct Assessment")
p = para(d, "For an experienced candidate, for example a specialist teacher from the authority's Learning Support Service or sensory support service, who already appears to meet the outcomes. The candidate takes no taught days. A work-based assessor assesses all nine competence units in the candidate's school, and the candidate submits both Module assignments for marking by the University without attending the modules. The candidate must meet every requirement of Section 13. The fee is \u00a3650, against \u00a31,150 for Pathway 1 and \u00a3800 for Pathway 2. The Unit expects no more than two Direct Assessment candidates a year.")

# ---------- Section 3
H("3 Entry conditions")
H2("3.1 Who may enter")
para(d, "Candidates must hold qualified teacher status, be the SENCO of a school or be named by the head as the next SENCO, and have the head's signed Commitment Statement (Section 10). Every applicant is interviewed by the Framework Leader, who checks their knowledge of SEN procedures in their school against the entry profile. An applicant who is not yet ready is given a written plan of what to do first, usually a term shadowing the school's current SENCO, and the Framework Leader meets the head to agree it.")
H2("3.2 Criminal records checks")
para(d, "The Unit checks the enhanced CRB disclosure of every candidate at interview, records the disclosure number and date on the candidate's file, and applies for a new enhanced disclosure through the College if the existing one is more than three years old. No candidate begins workplace assessment until the check is recorded.")
H2("3.3 Initial assessment")
p = para(d, "All candidates take the Unit's initial assessment: a literacy skills scan at Level 4, and a skills scan in which the candidate rates themselves against the performance criteria of the nine competence units. The results are used to decide which pathway the candidate follows.")
fn.add(p, "The skills scan is the Unit's standard form SS-4, adapted from the one used on its teaching assistant frameworks.")

# ---------- Section 4
H("4 Knowledge element")
para(d, "The knowledge element is the University of Hollinbury's Postgraduate Certificate in Special Educational Needs Coordination: two modules, each of 30 credits, taught by College and University tutors on eight taught days at the College and through CastleNet, the College's online learning platform.")
p = d.add_paragraph()
p.add_run("Module 1 SEN Law, Policy and Provision: 30 credits at Level 7. Module 2 Leading Learning for Pupils with SEN: 30 credits at ")
tracked(p, "del", "Level 7", author="K. Mensah")
tracked(p, "ins", "Level 6", author="K. Mensah")
p.add_run(".")
comment(d, p, "University's modules committee agreed Module 2 at Level 6 because its assignment is shorter. KM", author="Kwame Mensah")
p = para(d, "The University validated the knowledge element at its partnership validation event in November 2008.")
fn.add(p, "University of Hollinbury partnership validation event, 20 November 2008; approved subject to TDA approval.")
H2("4.1 Module 1: SEN Law, Policy and Provision (taught days 1 to 4)")
bullets(d, [
    "The SEN Code of Practice (2001), the Education Act 1996 and the SEN and Disability Act 2001, and what they mean for the SENCO day to day; the SENCO regulations of 2008.",
    "The Disability Discrimination Act 1995 as amended in 2005, the disability equality duty and schools' accessibility plans.",
    "Every Child Matters: the five outcomes, the Children Act 2004 and the SENCO's part in the school's work with children's services.",
    "Child development from birth to adolescence, and how SEN, disability and the child's environment shape it.",
    "The common kinds of SEN and disability (behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autism, moderate learning difficulties) and sensory and physical impairment, taught in the Lighthouse Base.",
    "The work of outside agencies: educational psychology, speech and language therapy, sensory support, CAMHS, social care and voluntary organisations, and how to get their help, using the authority's referral forms.",
    "Research and inspection evidence: Ofsted's Inclusion: does it matter where pupils are taught? (2006), the Bercow Review (2008), the House of Commons Education and Skills Committee report on SEN (2006) and current studies of what works for pupils with SEN.",
])
para(d, "Assessment: a 5,000-word policy analysis in which the candidate examines how their school meets its duties under SEN and disability law and the ECM outcomes for one group of pupils, using research evidence and outside advice to recommend improvements.")
H2("4.2 Module 2: Leading Learning for Pupils with SEN (taught days 5 to 8)")
bullets(d, [
    "Building fair, respectful and constructive relationships with pupils with SEN and disabilities and with their parents and carers.",
    "Approaches, strategies and resources for assessing, planning, teaching and learning, including ICT and assistive technology from the Lighthouse Base.",
    "Identifying pupils, target setting, planning and reviewing interventions, and using assessments from other professionals.",
    "Provision mapping and management; finding gaps and ineffective provision.",
    "Access arrangements for national tests and examinations, with the College's exams officer.",
    "Deploying and managing teaching assistants and communication support workers.",
    "Coaching, mentoring, modelling and training colleagues.",
    "Reviewing provision with colleagues, and school self-evaluation and improvement for pupils with SEN (taught day 8).",
    "The SENCO's part with senior leaders and governors in inclusive policy, priorities and the budget.",
])
para(d, "Assessment: a 3,000-word reflective report on a change the candidate has led in their school's SEN provision, with its evaluation.")
H2("4.3 CastleNet")
para(d, "Between taught days candidates work through six CastleNet units, each about six hours, with readings, video from the Lighthouse Base and short tasks posted to a group forum. Each group of twelve has a named online tutor who replies to questions within two working days, comments on every posted task and runs a live online discussion once a half-term. Candidates are placed in study trios who meet online between taught days. CastleNet is also used to submit assignments and receive feedback.")

# ---------- Section 5
H("5 Competence element")
para(d, "The competence element is nine units (Annex A) assessed in the candidate's own school by a College work-based assessor through observation, professional discussion and products, collected in the candidate's portfolio. An assessor visits each candidate at least four times. Each unit has performance criteria that say what the SENCO must do.")
H2("5.5 Specialist expertise")
para(d, "The Lighthouse Base's teachers of the deaf and physiotherapist teach on taught days 3 and 6, and an independent educational psychologist contracted by the College teaches the session on outside agencies. There are no placements: candidates are assessed in their own schools throughout.")
H2("5.6 Resources")
para(d, "Candidates use the Lighthouse Base's assistive technology (radio aids, speech-to-text and text-to-speech software, eye-gaze and switch equipment) on taught day 6 and may borrow it for a half-term trial in their schools. The Base's resource room, the College library and the University's electronic library are open to all candidates, and every candidate has a CastleNet account from registration.")

# ---------- Section 6
H("6 Transferable skills")
H2("6.1 Functional Skills")
para(d, "Functional Skills qualifications are not required: all candidates are graduate teachers.")
H2("6.2 Personal, learning and thinking skills (PLTS)")
table(d, [["PLTS", "How the framework develops it", "Evidence"],
          ["Independent enquirer", "Module 1 policy analysis using research", "Module 1 assignment (marked)"],
          ["Creative thinker", "Module 2 change report", "Module 2 assignment (marked)"],
          ["Reflective learner", "Keeping up to date with SEN and planning own CPD in the Learning Log", "Recorded in the Learning Log; not assessed"],
          ["Team worker", "Study trios; work with outside agencies (C7)", "C7 (assessed)"],
          ["Self-manager", "Organising SEN time, priorities and delegation (C8)", "C8 (assessed)"],
          ["Effective participator", "Presenting to colleagues, writing to parents, listening in meetings", "Recorded in the Learning Log; not assessed"]], widths=[3.5, 7.5, 5])

# ---------- Section 7
H("7 Guided learning hours")
table(d, [["Element", "Off the job", "On the job", "Total"],
          ["Knowledge element (taught days and CastleNet)", "84", "\u2013", "84"],
          ["Competence element (assessment visits, portfolio)", "\u2013", "60", "60"],
          ["Independent study", "300", "\u2013", "300"],
          ["Total", "384", "60", "444"]], widths=[8, 2.6, 2.6, 2.8])

# ---------- Section 8
H("8 Participant rights and responsibilities")
para(d, "In the College's apprenticeship frameworks this section is Employee Rights and Responsibilities. For the SENCO framework it sets out what candidates can expect and what is expected of them.")
para(d, "Every applicant is asked on the application form, and again privately at interview, whether they have a disability or need that the Unit should plan for. The Unit then agrees adjustments in writing with the candidate before the first taught day. Adjustments made for the 2008 pilot group and available to all candidates include: taught days in the ground-floor Lighthouse Base training room, which has an induction loop and level access; BSL/English interpreters and speech-to-text reporters booked through the Base; all handouts on CastleNet a week ahead in Word so that they can be enlarged or read aloud; and extra time or an oral alternative for assignments, agreed with the University's disability service. Assessors' visits follow the same adjustments. Candidates' complaints go to the Head of Work-Based Learning and then to the University.")

# ---------- Section 9
H("9 Progression routes")
H2("9.1 Progression into the framework")
para(d, "Candidates usually come from the Partnership's Aspiring SENCO course or from the authority's induction for new SENCOs.")
H2("9.2 Progression from the framework")
p = para(d, "[to be completed by the University]")
comment(d, p, "Chased University for MA route wording 8 January. KM", author="Kwame Mensah")

# ---------- Section 10
H("10 School (employer) requirements")
para(d, "The head of each candidate's school signs a Commitment Statement. It commits the school to release the candidate for the eight taught days and for assessor visits, to give the candidate at least half a day a week for SEN coordination during the framework. Assessors, internal verifiers and tutors each have a role description in the Unit's staff handbook, are inducted by the Framework Leader before their first candidate, and attend the Unit's standardisation meetings.")

# ---------- Section 11
H("11 Equality and diversity")
para(d, "The Unit records the gender, ethnicity, age and disability of applicants and candidates and compares them with the Partnership's teaching workforce each year. The pilot group of ten included two candidates who declared a disability, both of whom completed. The Unit's promotional leaflet for the framework is available in large print, on audio and with a BSL video on CastleNet, and states that interviews and assessments will be adjusted for disabled candidates.")

# ---------- Section 12
H("12 Quality assurance")
H2("12.1 Staff")
table(d, [["Role", "Held by", "Requirements and experience"],
          ["Framework Leader", "Kwame Mensah", "Head of the Lighthouse Base; teacher of the deaf (mandatory qualification); MA Special Education; SENCO of the College 2003\u20132008; A1 assessor and V1 verifier awards"],
          ["University tutor", "Dr Helen Ashdown", "Senior Lecturer in Special Education, University of Hollinbury; former LA SEN adviser"],
          ["Work-based assessors (3)", "Lighthouse Base senior staff", "Each a qualified teacher with at least five years' SEN experience and the A1 assessor award; each spends two days a year updating in SEN"],
          ["Internal verifier", "Angela Roe", "Head of Work-Based Learning; V1 award; verifies all the Unit's frameworks"]], widths=[3.5, 3.5, 9])
H2("12.2 Assessment and verification")
para(d, "All Module assignments are marked by a College tutor and second-marked by a University tutor, and a sample goes to the University's external examiner. Competence units follow the Unit's internal verification sampling plan: the internal verifier samples every assessor's decisions each term, observes every assessor at least once a year, and signs off every portfolio before claim. Assessors meet for a standardisation meeting each term and mark a shared portfolio.")
H2("12.3 Evaluation")
para(d, "The Unit's quality team evaluates the framework each July using candidate questionnaires after every taught day and at the end, assessors' and the internal verifier's reports, the external examiner's report, and the University's annual monitoring. The findings go into the Unit's self-assessment report and quality improvement plan, and changes appear in the next issue of the framework.")
para(d, "Success measures: the framework completion rate, the achievement rate (candidates completing within planned time), and candidate satisfaction. The framework does not measure the effect on pupils' progress.")

# ---------- Section 13
H("13 Certification")
para(d, "The University awards the Postgraduate Certificate when both Modules are passed. The Unit claims the framework completion certificate, and with it the National Award for SEN Coordination, when the candidate has passed both Knowledge modules and achieved at least seven of the nine competence units, with the portfolio signed off by the internal verifier.")

# ---------- Annex A
H("Annex A Competence units")
units = [
    ["C1", "Relationships", "Builds fair and constructive relationships with pupils with SEN and their families; resolves disagreements respectfully"],
    ["C2", "Identification and targets", "Identifies pupils who may have SEN; sets challenging targets; plans and reviews interventions; uses reports from other professionals to plan teaching"],
    ["C3", "Provision mapping", "Maps provision, costs it and identifies provision that is missing or ineffective; makes sound decisions on provision and solves problems"],
    ["C4", "Tracking progress", "Uses summative assessment, including national test results and P scales, to track pupils' progress and adjust programmes; applies for access arrangements for national tests and examinations in good time"],
    ["C5", "Deploying staff", "Deploys and manages teaching assistants and other staff"],
    ["C6", "Families", "Keeps parents and carers informed, involves them in reviews, and records their views"],
    ["C7", "Agencies", "Works with outside services, agencies and voluntary organisations for individual pupils"],
    ["C8", "Managing the role", "Manages own time, sets priorities and delegates appropriately"],
    ["C9", "Pupil participation and review", "Involves pupils in planning and reviewing their provision; reviews the effectiveness of provision with colleagues and reports to senior leaders and governors, shaping inclusive policy and priorities"]]
table(d, [["Unit", "Title", "Performance criteria: the SENCO can show that they ..."]] + units, widths=[1.3, 3.7, 11])
para(d, "Assessment methods for every unit: observation, professional discussion and products in the portfolio. Consulting pupils is assessed in C9 through the candidate's record of a pupil's review in which the pupil's views were sought and acted on; Module 2 taught day 6 covers consulting pupils with communication difficulties, using the Lighthouse Base's pupil conferencing approach.")

# ---------- Annex B
H("Annex B Mapping to the national outcomes")
para(d, "References use the TDA's outcome codes. \u201c\u2014\u201d means the element does not cover the outcome.")
mp = [
    ["A1", "Module 2", "C1"], ["A2", "Not covered in this issue", "\u2014"], ["A3", "CastleNet unit 5: managing the role", "C8"],
    ["A4", "Module 2", "C3"], ["A5", "PLTS only", "Not assessed"], ["A6", "Module 1 (assignment)", "\u2014"],
    ["A7", "PLTS only", "Not assessed"],
    ["K1", "Module 1 (assignment)", "\u2014"], ["K2", "Module 1 (assignment)", "\u2014"], ["K3", "Module 1 (assignment)", "\u2014"],
    ["K4", "Module 1 (assignment)", "\u2014"], ["K5", "Module 1 (assignment)", "C2"], ["K6", "Module 2 (assignment)", "C2"],
    ["K7", "Module 2 (taught day 8): taught; not assessed", "\u2014"], ["K8", "Module 1 (assignment)", "\u2014"],
    ["K9", "Module 1", "C7"],
    ["S1", "Module 2", "C9"], ["S2", "Module 2", "C2"], ["S2a", "Module 2", "C2"], ["S2b", "\u2014", "C4"],
    ["S2d", "Module 2 (exams officer session)", "C4"], ["S3", "Module 2", "C3"], ["S4", "Module 2", "C5"],
    ["S5", "Module 2: coaching and mentoring", "\u2014"], ["S6", "Module 2 (assignment)", "C9"], ["S7", "Module 2", "C9"],
    ["S8", "Family Learning programme (not part of this framework)", "C6"], ["S9", "Module 1", "C7"]]
t = table(d, [["Outcome", "Knowledge element", "Competence element"], ["", "", ""]] + mp[:7] + [["", "", ""]] + mp[7:16] + [["", "", ""]] + mp[16:],
          widths=[2.5, 8.5, 5])
band(t, 1, "Professional attributes")
band(t, 9, "Professional knowledge and understanding")
band(t, 19, "Professional skills")
para(d, "Work with parents and carers beyond the reviews in C6 is taught in the Lighthouse Base's Family Learning programme, which is not part of this framework.")
para(d, "Signed: Angela Roe, Head of Work-Based Learning, for the Castlemead Schools Partnership, 16 January 2009")

fn.finish()
d.save(OUT)
print("wrote", OUT)
