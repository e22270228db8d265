"""gj-02-wentmere-learning-design: build script.

Provider (invented): Wentmere University, Open Learning Directorate, a
university that teaches mainly by supported distance learning (printed study
packs, regional tutors, two residential weekends, online conferencing in the
University's "WentLive" system). It awards its own degrees and applies on its
own account to run the award nationally as SEN801 "Coordinating Special
Educational Needs".

Document kind: the course team's LEARNING DESIGN document (version 1.3), the
record of the course's design in the University's learning-design method, with
four "views" (course map, activity profile, block designs, design decisions),
as approved at the Stage 2 design review, sent to the TDA with a shaded note.
Internal voice: "the course team", "we", terse design language.

Layout: a document-details table; a shaded note to the panel; heading styles;
a Course Map table with a merged title row and four quadrants holding bullet
lines; an Activity Profile table of study hours by activity type and Block;
four Block design tables (outcome codes W1-W24, activities, demonstration);
a Design Decisions register D1-D14 (Decision, Basis, Status: Adopted /
Rejected / Deferred); a section on quality and staffing; Appendix A mapping
the national outcomes to the course's W-codes, where developed and where
demonstrated; tracked changes (w:ins / w:del with author and date); Word
comments; a footer.

Traps (requirement ids):
- Level: 60 credits but validated at Level 6 (H) for 2009-10, M level only
  "scheduled" (E.2 partially_met).
- D4 assessment-only route Rejected, far from the entry section; a comment
  questions it (2.3 not_met).
- D6 individual plan from the induction audit Rejected: the audit is for the
  participant's own use and is not collected (2.2 partially_met).
- D9 exit development plan Rejected as a burden (2.5 not_met).
- D10 tutor replies between tutorials Rejected; only an unmoderated peer
  forum between sessions (3.3 partially_met).
- D8 requiring pupil outcome data Rejected; evaluation measures participants'
  confidence only (5.9 partially_met).
- D12 assessed pupil-voice task Deferred; pupil voice only a reading (1.5,
  6.S7 partially_met).
- Disability: "The University's Disability Policy applies" and an accessible
  venue; no disclosure or adjustment arrangements (3.1 partially_met).
- CRB: the registration check sentence is a deleted tracked change (5.3
  not_met). The April start is an inserted tracked change (3.2 met).
- School mentors receive only a leaflet; tutors are briefed (5.7
  partially_met).
- Pass rule tied to the course's own W-codes, which omit A2 (6.0
  partially_met).
- Appendix A: no row for 6.A2 (not_met); 6.K9 "Block 4 in production: TBC"
  (not_met, placeholder); 6.K3 demonstrated only by a formative quiz that is
  not counted (partially_met); 6.S4, 6.S5, 6.S9 "not demonstrated"
  (partially_met); 1.9 partially_met as a result.
- Met despite appearances: stakeholder evidence and influence are concrete
  (4.1, 4.2 met; 4.3 met through the Course Board and critical readers);
  study visits are real placements with named hosts (5.5 met).
"""
from pathlib import Path
import datetime
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path(__file__).with_name("gj-02-wentmere-learning-design.docx")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)
_rev = [100]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def P(text="", bold=False, italic=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
    return p


def H(text, level=1):
    return doc.add_heading(text, level=level)


def BUL(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def TABLE(rows, header=True, fill="D9E2F3"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            lines = val.split("\n")
            c.text = lines[0]
            for ln in lines[1:]:
                c.add_paragraph(ln)
            if header and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
                shade(c, fill)
    return t


def tracked(p, kind, text, author="R. Quilliam", date="2009-05-20T10:00:00Z"):
    """Append a w:ins or w:del run to paragraph p."""
    _rev[0] += 1
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), str(_rev[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    p._p.append(el)


sec = doc.sections[0]
sec.footer.paragraphs[0].text = "SEN801 Learning Design v1.3 | Open Learning Directorate | Wentmere University | Internal"

t = P("Wentmere University  |  Open Learning Directorate", bold=True)
tt = doc.add_paragraph()
r = tt.add_run("SEN801 Coordinating Special Educational Needs: Learning Design")
r.bold = True
r.font.size = Pt(17)
TABLE([
    ["Document", "Learning Design record: Course Map, Activity Profile, Block Designs, Design Decisions"],
    ["Course", "SEN801 Coordinating Special Educational Needs (the National Award for SEN Coordination)"],
    ["Credit and level", "60 credits. Validated at Level 6 (H) for the 2009-10 presentation; revalidation at Level 7 (M) is scheduled for the March 2010 meeting of the Taught Programmes Board."],
    ["Awarding institution", "Wentmere University"],
    ["Version", "1.3 (approved at Stage 2 design review, 12 May 2009; amended 20 May 2009)"],
    ["Course team chair", "Dr Rhiannon Quilliam"],
    ["Learning designer", "Tom Ashworth, Learning and Teaching Solutions"],
    ["First presentation", "October 2009 (09J)"],
], header=False)
doc.add_paragraph()
bx = doc.add_table(rows=1, cols=1)
bx.style = "Table Grid"
c = bx.cell(0, 0)
shade(c, "FFF2CC")
c.text = "Note to the TDA approval panel"
c.paragraphs[0].runs[0].bold = True
c.add_paragraph("This is the learning design record for SEN801 as it stands after our Stage 2 design review. "
                "We send it unaltered, with the course team's latest amendments still visible, because it "
                "records not only what the course will do but why, including the options we considered and "
                "did not adopt. Where the Design Decisions register (section 6) and the earlier sections "
                "differ, the register is the course team's settled position.")
c.add_paragraph("Rhiannon Quilliam, Course Team Chair")
doc.add_paragraph()

H("1  Purpose of this record")
P("The Open Learning Directorate designs every new course using the University's learning design method. "
  "The method records a course in four views: the Course Map (what the learner meets, in four quadrants), "
  "the Activity Profile (how the learner's 600 hours are spent), the Block Designs (outcomes, activities "
  "and demonstration for each Block) and the Design Decisions register. The record is kept up to date "
  "through production and presentation and is the reference for the course team, regional staff and the "
  "Directorate's quality office.")

H("2  Design brief")
H("2.1 Who the learners are", 2)
P("Qualified teachers in English maintained and independent schools who are newly appointed SENCOs or "
  "are about to take on the role, studying part time at home and in school while working full time. "
  "Most will be in primary schools; a significant minority in secondary and special schools. Many work in "
  "small rural schools with limited access to local training, which is why the Directorate has taken the "
  "course on as a national offer.")
H("2.2 What the evidence told us", 2)
P("In January and February 2009 the course team ran a needs survey of SENCOs and local authorities. "
  "Returns came from 143 SENCOs (through the regional centres' mailing lists and two LA SENCO networks), "
  "nine local authority SEN teams, six special schools and the Wentmere Parent Partnership Forum. We also "
  "held three focus groups with SENCOs in the North, Midlands and South West regions. Headline findings:")
BUL([
    "78% of SENCOs said their greatest difficulty was time: leading colleagues and managing support staff "
    "while still teaching;",
    "LAs asked for stronger work on provision mapping and on using data to track progress, and for the "
    "course to be tied to what SENCOs actually do in school, not to essays about it;",
    "special schools offered to host study visits and asked that mainstream SENCOs see specialist provision;",
    "the Parent Partnership Forum asked that the course treat parents as partners in planning, not as "
    "recipients of information, and offered to review material;",
    "SENCOs in small schools asked for start dates other than September and for residentials within two "
    "hours' travel.",
])
P("Each of these findings is traced to a design decision in section 6 (see the Basis column). Examples: "
  "the school-based Practice Log (D2), the three start points (D3), the study visits (D7), the Block 3 "
  "unit on families (D13) and the four residential venues (D3).")

H("2.3 Design principles", 2)
P("Four principles guided the team. First, the pupil comes first: every unit ends by asking what its "
  "activity changed for identified pupils, across the five Every Child Matters outcomes and not only in "
  "attainment, and the Leadership Enquiry is judged on what changed in school. Second, practice before "
  "theory: the school is the learner's main site of study, and reading is chosen to illuminate what the "
  "learner is doing that week. Third, current evidence: the Readers draw on recent research and on "
  "inspection evidence, including Ofsted's Inclusion: does it matter where pupils are taught? (2006) and "
  "the Bercow Review (2008), and each Block's Study Guide has a 'What has changed' page that the course "
  "team revises for every presentation, covering new legislation, guidance and national initiatives such "
  "as the Inclusion Development Programme. Fourth, the SENCO as leader: from Block 3 onwards the "
  "activities are done with and through colleagues in school and across the local network of schools, "
  "not alone.")
H("2.4 How a learner's year runs", 2)
P("A learner starting in October receives Block 1 and the Study Guide by post a fortnight before the "
  "start, with log-in details for WentLive. The first online tutorial, in week 2, introduces the tutor "
  "group and the Practice Log. Blocks arrive by post four weeks before they are due. Residential weekend "
  "1 falls in Block 2 and residential weekend 2 in Block 4; each runs from Friday evening to Sunday "
  "lunchtime at four venues, and learners choose the nearest. Assignment 1 is due at the end of Block 2, "
  "Assignment 2 at the end of Block 3 and the Leadership Enquiry eight weeks after the end of Block 4. "
  "Learners starting in January or April follow the same sequence, shifted; they join a residential "
  "weekend already running for the earlier start point. A learner who falls behind may transfer once, "
  "without charge, to the next start point and carry forward any component already passed.")

H("3  Course Map")
P("The Course Map shows what the learner experiences across the whole course.")
cm = TABLE([
    ["SEN801 Course Map", ""],
    ["GUIDANCE AND SUPPORT", "CONTENT AND EXPERIENCE"],
    ["Study Guide and study calendar for each Block\nRegional tutor for a group of 12-16, allocated by region\n"
     "Induction self-audit against the national outcomes (Block 1, week 1)\nSix scheduled online tutorials in WentLive (90 minutes, recorded)\n"
     "Two residential weekends (Harrogate, Warwick, Taunton, Wentmere)\nSchool mentor nominated by the headteacher\n"
     "Study skills and library support from the Directorate",
     "Four printed study packs (Blocks 1-4) with Readers\nDVD: 'SEN in practice' (ten school case films)\n"
     "School-based activities in every unit, recorded in the Practice Log\nOptional study visits: one day in a special school, one day with a specialist service\n"
     "Online library: e-journals and e-books\nResidential workshops led by specialist practitioners"],
    ["COMMUNICATION AND COLLABORATION", "REFLECTION AND DEMONSTRATION"],
    ["Tutor group forum in WentLive (peer-led)\nPractice triads: three learners who compare Practice Log entries each Block\n"
     "Residential group work and case conferences\nCourse-wide 'Ask the course team' forum (monthly responses)",
     "Practice Log (running record of school-based activity and reflection)\nAssignment 1 (Blocks 1-2), Assignment 2 (Block 3)\n"
     "Leadership Enquiry (Block 4, the final assessment)\nOutcome Log: tutor sign-off against the course outcomes W1-W24\nBlock 1 online quiz (formative)"],
])
m = cm.cell(0, 0).merge(cm.cell(0, 1))
shade(m, "1F3864")
for rr in m.paragraphs[0].runs:
    rr.bold = True
for i in (1, 3):
    for j in (0, 1):
        shade(cm.cell(i, j), "D9E2F3")
        cm.cell(i, j).paragraphs[0].runs[0].bold = True
doc.add_paragraph()

H("4  Activity Profile")
P("Planned learner hours by type of activity (600 hours in total; about 12 hours a week over 50 weeks "
  "including the residentials).")
TABLE([
    ["Activity type", "Block 1", "Block 2", "Block 3", "Block 4", "Total"],
    ["Assimilative (reading, viewing, listening)", "40", "45", "35", "25", "145"],
    ["Finding and handling information", "10", "20", "20", "25", "75"],
    ["Communication (tutorials, forum, triads)", "12", "12", "12", "12", "48"],
    ["Productive (writing, planning, mapping)", "15", "20", "25", "20", "80"],
    ["Experiential (school-based activity)", "25", "35", "45", "40", "145"],
    ["Residential weekends", "-", "20", "-", "20", "40"],
    ["Assessment", "10", "25", "12", "20", "67"],
    ["Total", "112", "177", "149", "162", "600"],
])
doc.add_paragraph()

H("5  Block Designs")
P("Each Block is designed around course outcomes W1-W24 (see Appendix A for how these relate to the "
  "national minimum outcomes). 'Demonstration' names the assessed component in which the outcome is "
  "shown; an outcome with no demonstration is developed but not assessed.")

H("Block 1  The SENCO's role, the law and the school (weeks 1-10)", 2)
TABLE([
    ["Course outcomes", "Key activities", "Demonstration"],
    ["W1 SEN legislation and the Code of Practice in school practice\nW2 Every Child Matters and the SENCO's contribution\n"
     "W3 Disability equality duties\nW4 Keeping up to date and planning one's own CPD",
     "1.2 Audit the school's SEN policy against the Code of Practice (Practice Log)\n1.4 ECM outcomes for three pupils: what the school does for each\n"
     "1.5 Reading: the Disability Equality Duty and the school's scheme\n1.7 Set up a personal current-awareness routine",
     "W1, W2: Assignment 1 Part A\nW3: Block 1 online quiz (formative; not counted)\nW4: Leadership Enquiry, reflective section"],
])
doc.add_paragraph()
H("Block 2  Understanding learners and their needs (weeks 11-22)", 2)
TABLE([
    ["Course outcomes", "Key activities", "Demonstration"],
    ["W5 How children develop and what affects development\nW6 Common types of SEN (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and their effects on learning\n"
     "W7 Identifying needs, setting targets, planning and reviewing interventions\nW8 Using assessments from other professionals\n"
     "W9 Using summative data, including national tests, to track progress\nW10 Access arrangements for tests and examinations\n"
     "W11 Approaches, strategies and resources including ICT\nW12 Relationships with pupils and parents",
     "2.1 Child development: case films on the DVD\n2.3 Pupil case study in school with the class teacher\n2.6 Reading: Why listen to children? (pupil voice)\n"
     "2.7 Using the school's tracking data for pupils on School Action Plus\n2.9 Plan access arrangements with the examinations officer\n"
     "Residential weekend 1: workshops on SLCN (with speech and language therapists) and ASD",
     "W5, W6, W7, W8, W11, W12: Assignment 1 Part B (pupil case study)\nW9, W10: Assignment 1 Part C (data and access arrangements)"],
])
doc.add_paragraph()
H("Block 3  Provision, staff and partners (weeks 23-36)", 2)
TABLE([
    ["Course outcomes", "Key activities", "Demonstration"],
    ["W13 Provision mapping and identifying ineffective or missing provision\nW14 Deploying and managing staff\n"
     "W15 Supporting colleagues' professional development\nW16 Encouraging formative assessment by colleagues\n"
     "W17 Working with parents and carers\nW18 Reviewing provision with staff to inform self-evaluation\nW19 Working with other agencies",
     "3.1 Map provision for one year group\n3.4 Teaching assistant deployment: reading and case film\n3.6 Coaching a colleague (optional activity)\n"
     "3.7 Assessment for learning with a colleague\n3.9 Unit on families: planning a review meeting with parents\n3.10 Review provision with two colleagues\n"
     "Residential weekend 2: panel of agency representatives (EP, CAMHS, social care, a voluntary organisation)",
     "W13, W16, W17, W18: Assignment 2 (provision review)\nW14, W15, W19: not demonstrated"],
])
doc.add_paragraph()
H("Block 4  Leading improvement (weeks 37-50)", 2)
TABLE([
    ["Course outcomes", "Key activities", "Demonstration"],
    ["W20 Influencing strategy, ethos and resources with senior leaders and governors\nW21 Self-evaluation and improvement for pupils with SEN\n"
     "W22 Research, best practice and external advice\nW23 Problem solving and judgement; prioritising and delegating\nW24 Clear communication and listening",
     "4.1 Present a proposal to the senior leadership team or governors\n4.3 Use the school's SEF and improvement plan\n4.5 Literature review for the enquiry\n"
     "4.6 Leadership Enquiry: a change led in school over at least a term\n[Unit 4.8 on external agencies and specialist support: in production, content TBC]",
     "W20, W21, W22, W23, W24: Leadership Enquiry"],
])
doc.add_paragraph()

H("5.5 Assessment and the award", 2)
P("Assignment 1 (4,000 words, 30%) and Assignment 2 (3,500 words, 25%) are marked by the regional tutor; "
  "the Leadership Enquiry (6,000 words, 45%) is marked by a tutor from another region. Each component must "
  "be passed at 40%. The Practice Log is submitted with the Enquiry and must be complete. The University "
  "confers SEN801 only when every component is passed and the Outcome Log shows each course outcome W1-W24 "
  "signed off by the tutor from evidence in the assessed components or the Practice Log.")

H("6  Design Decisions register")
P("Status: Adopted = in the course as presented; Rejected = considered and not adopted; Deferred = "
  "reconsider at the first course review.")
dd = TABLE([
    ["Ref", "Decision", "Basis", "Status"],
    ["D1", "Print as the core medium; all study packs also as accessible PDF", "Rural learners with poor broadband (survey); Directorate policy", "Adopted"],
    ["D2", "School-based Practice Log in every unit", "LA and SENCO survey: 'tied to what SENCOs actually do'", "Adopted"],
    ["D3", "Start points in October and January; four residential venues", "Small-school SENCOs (survey, focus groups)", "Adopted"],
    ["D4", "Assessment-only route for experienced SENCOs", "Cost of a separate assessment process for very small numbers; course team view that all learners benefit from the Enquiry", "Rejected"],
    ["D5", "Accreditation of prior certificated and experiential learning up to 30 credits, via the University's APL procedure (portfolio claim assessed by two tutors)", "University regulations; LA request", "Adopted"],
    ["D6", "Use the induction self-audit to set an individual learning plan agreed with the tutor", "Tutor workload; the audit is for the participant's own use and is not collected", "Rejected"],
    ["D7", "Study visits: a day in a special school and a day with a specialist service", "Special schools' offer (survey)", "Adopted"],
    ["D8", "Require pupil attainment data before and after the Enquiry", "Data protection concerns; variation between schools", "Rejected"],
    ["D9", "Exit plan: each learner writes a CPD development plan with their line manager", "Burden at the end of a demanding course", "Rejected"],
    ["D10", "Tutors respond to forum posts and emails between scheduled tutorials", "Associate tutor contract hours", "Rejected"],
    ["D11", "Course Board including LA link officers, a special school head and the Parent Partnership Forum", "Survey; Directorate quality policy", "Adopted"],
    ["D12", "Assessed task in which learners consult pupils about their provision", "Ethics approval needed for pupil interviews", "Deferred"],
    ["D13", "Block 3 unit on working with families, reviewed by the Parent Partnership Forum", "Parent Partnership Forum response", "Adopted"],
    ["D14", "Online-only route (no residential weekends)", "Demand uncertain", "Deferred"],
])
# tracked insertion into D3: April start
d3 = dd.cell(3, 1).paragraphs[0]
d3.runs[0].text = "Start points in October and January"
tracked(d3, "ins", " and April")
r2 = d3.add_run("; four residential venues")
d4cell = dd.cell(4, 1)
doc.add_comment(d4cell.paragraphs[0].runs, text="The TDA spec expects an assessment-only route 'in exceptional "
                "circumstances'. Should we revisit before submission? - TA", author="Tom Ashworth", initials="TA")
doc.add_paragraph()

H("7  Quality, staffing and resources")
H("7.1 Entry", 2)
P("Applicants must hold QTS, be employed in a school in England and hold or be designated for the SENCO "
  "role; the headteacher countersigns the application and nominates the school mentor. Regional centre "
  "advisers telephone every applicant before registration to go through a short entry checklist (role, "
  "current responsibilities for pupils with SEN, time available, the headteacher's support). Applicants "
  "without enough experience to meet the outcomes within the year are advised on what to do first, "
  "usually a year working alongside an experienced SENCO and the Directorate's 30-credit course SEN501, "
  "and the adviser writes to the headteacher to explain.")
crb = P("")
tracked(crb, "del", "Registration will also check that each applicant holds a current enhanced CRB disclosure "
        "and will take a reference from the applicant's current employer. ", date="2009-05-20T11:30:00Z")
crb.add_run("The regional centre confirms the applicant's post with the school in writing.")
H("7.2 Access for disabled learners", 2)
P("The University's Disability Policy applies to all courses, including SEN801. The residential "
  "weekends are held in venues with full wheelchair access.")
H("7.3 Staffing", 2)
P("The course team of five wrote the study packs: Dr Rhiannon Quilliam (chair; former SENCO and LA "
  "inclusion adviser, doctorate on SENCO leadership), Dr Samir Haddad (educational psychologist), "
  "Ms Gwen Pryce (MEd Special and Inclusive Education; SENCO in a secondary school until 2008), "
  "Mr Daniel Ferris (specialist teacher, hearing impairment) and Ms Lorna Wake (former primary "
  "SENCO, MA Autism). Associate tutors are appointed by regional staff against a specification that "
  "requires QTS, SENCO or advisory experience within the last five years and a postgraduate "
  "qualification in SEN; twenty-four are appointed for 09J. Tutors attend a one-day course briefing "
  "and a half-day marking standardisation each presentation and receive the Tutor Guide. School "
  "mentors receive the Mentor leaflet with the learner's first mailing; they are not otherwise briefed.")
H("7.4 Resources", 2)
P("Study packs, Readers and the DVD are posted; the University library gives online access to the "
  "main SEN journals and e-books; the WentLive system is used for tutorials, forums and assignment "
  "submission. Learners who need assistive technology are supplied with it by the University's "
  "Disability Resource Team. The residential workshops use assessment kits and communication aids lent "
  "by the specialist services that lead them.")
H("7.5 Study visits", 2)
P("The study visits (D7) are arranged by the regional centre with host schools and services that have "
  "agreed to take part: for 09J, eight special schools (including Brookfield School, Harrogate and "
  "Orchard Vale School, Taunton) and five specialist services (sensory support, autism outreach, "
  "behaviour support). Each host names a contact, agrees a programme with the regional centre and "
  "completes a short feedback form. Learners prepare with Practice Log activity 2.10 and write up the "
  "visit in the Log.")
H("7.6 Marking and moderation", 2)
P("Tutors mark to published criteria. A course team member second-marks a sample of every tutor's "
  "Assignment 1 and 2 scripts (at least four per tutor, all fails and all marks within three of a "
  "boundary). Leadership Enquiries are marked by a tutor from another region and 25% are second-marked "
  "by the course team. The external examiner, Dr Miriam Oduya (University of Castlebridge), reviews a "
  "sample from every tutor and attends the Award Board.")
H("7.7 Evaluation", 2)
P("SEN801 follows the Directorate's annual course review. Evidence: the end-of-course learner survey; "
  "a confidence questionnaire completed at the start and end of the course against the national "
  "outcomes; tutors' reports; second-marking and external examiner reports; completion and pass rates; "
  "study visit hosts' feedback; and the minutes of the Course Board (D11), which meets twice a year. "
  "The Course Board includes three LA link officers, a special school headteacher and a representative "
  "of the Parent Partnership Forum; it receives the survey and results data, comments on the annual "
  "review and agrees its action plan. The Parent Partnership Forum also reviews Block 3's families unit "
  "each year. Actions from the review are tracked in this record and in the Directorate's quality log.")

H("Appendix A  National minimum outcomes and SEN801")
P("The national minimum outcomes are listed in summary; the second column gives the SEN801 course "
  "outcome to which each corresponds.")
amap = [
    ["National outcome (summary)", "Course outcome", "Developed in", "Demonstrated in"],
    ["Attributes", "", "", ""],
    ["A1 Relationships with pupils, parents and carers", "W12", "Block 2", "Assignment 1 Part B"],
    ["A3 Prioritise, manage time, delegate", "W23", "Block 4", "Leadership Enquiry"],
    ["A4 Anticipate and resolve problems; sound judgement", "W23", "Block 4", "Leadership Enquiry"],
    ["A5 Communicate clearly; listen to others", "W24", "All Blocks", "Leadership Enquiry"],
    ["A6 Use research and external advice", "W22", "Block 4", "Leadership Enquiry"],
    ["A7 Keep up to date; own CPD", "W4", "Block 1", "Leadership Enquiry, reflective section"],
    ["Knowledge and understanding", "", "", ""],
    ["K1 SEN law and the Code of Practice", "W1", "Block 1", "Assignment 1 Part A"],
    ["K2 Every Child Matters", "W2", "Block 1", "Assignment 1 Part A"],
    ["K3 Disability equality law", "W3", "Block 1", "Block 1 online quiz (formative; not counted)"],
    ["K4 Child development", "W5", "Block 2", "Assignment 1 Part B"],
    ["K5 Common types of SEN", "W6", "Block 2", "Assignment 1 Part B"],
    ["K6 Approaches and resources including ICT", "W11", "Block 2", "Assignment 1 Part B"],
    ["K7 School self-evaluation and improvement", "W21", "Block 4", "Leadership Enquiry"],
    ["K8 Best practice and research", "W22", "Block 4", "Leadership Enquiry"],
    ["K9 External agencies and specialist support", "-", "Block 4 unit 4.8 (in production)", "TBC"],
    ["Skills", "", "", ""],
    ["S1 Strategic influence with senior leaders and governors", "W20", "Block 4", "Leadership Enquiry"],
    ["S2 Identify, set targets, plan, review", "W7", "Block 2", "Assignment 1 Part B"],
    ["S2a Other professionals' assessments", "W8", "Block 2", "Assignment 1 Part B"],
    ["S2b Summative assessment and national tests", "W9", "Block 2", "Assignment 1 Part C"],
    ["S2c Colleagues' formative assessment", "W16", "Block 3", "Assignment 2"],
    ["S2d Access arrangements", "W10", "Block 2", "Assignment 1 Part C"],
    ["S3 Provision mapping", "W13", "Block 3", "Assignment 2"],
    ["S4 Deploy and manage staff", "W14", "Block 3", "Not demonstrated"],
    ["S5 Support colleagues' professional development", "W15", "Block 3 (coaching activity optional)", "Not demonstrated"],
    ["S6 Review provision with staff for self-evaluation", "W18", "Block 3", "Assignment 2"],
    ["S7 Involve pupils in planning and review", "-", "Block 2 reading 2.6 (see D12)", "Not demonstrated"],
    ["S8 Liaise with parents and carers", "W17", "Block 3", "Assignment 2"],
    ["S9 Partnership with other services and voluntary organisations", "W19", "Residential weekend 2", "Not demonstrated"],
]
at = TABLE(amap)
for i, row in enumerate(amap):
    if row[1] == "" and i > 0:
        mm = at.cell(i, 0).merge(at.cell(i, 3))
        mm.text = row[0]
        mm.paragraphs[0].runs[0].bold = True
        shade(mm, "EDEDED")
doc.add_comment(at.cell(0, 0).paragraphs[0].runs, text="Check the appendix has all 28 - I count 27? RQ",
                author="Rhiannon Quilliam", initials="RQ")

doc.save(OUT)
print("wrote", OUT)
