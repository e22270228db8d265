"""li-02-kendlebury-course-regulation-order

Provider (invented): Kendlebury County Council, Highways Department, Road Safety Team
and its Schools Training Unit, with the University of Dunholme as validating HEI.
The course is "the Route".

Document kind and layout: the unit writes the course as a draft Traffic Regulation
Order ("The Kendlebury County Council (National Award for SEN Coordination) (Course
Regulation) Order 2008"): a recital, Parts as Heading 1, numbered Articles typed by
hand in bold run-in titles, an Interpretation article defining the terms ("Candidate",
"Length", "Sitting", "Route Officer", "Marshal", "Enforcement", "Permit Check",
"Advisory only", "Unrestricted"), Schedule 1 a timetable of Sittings with vertically
merged Length cells, Schedule 2 the outcomes ("Item | Restriction (in the Council's
words) | Length | Enforced by"), Schedule 3 the provisions of the revoked 2007 Order,
a Statement of Reasons, and a Report on Consultation with a table of representations.
Sealing clause in a VML text box. Placeholders "[date]". Tracked changes inside
Schedule 2. A Word comment. Header and footer.

Traps (requirement ids):
- 40 credits at Level 7, not 60 (E.2 partial).
- Statement of Reasons claims the Route "reflects the latest research" without naming
  any (1.3 partial).
- Assessment of outcomes leaves "Advisory only" and "Permit Check" items (1.9 partial).
- Prior study "shall be taken into account ... but shall not be credited" (2.1 partial).
- Direct Enforcement Route for experienced SENCOs in exceptional cases (2.3 met).
- Statement of Reasons on needs is general (4.1 partial); Report on Consultation: Order
  made "without modification" (4.2 not met); the Route Review Board (4.3 met).
- Eligibility is QTS and post only, no check of knowledge (5.2 partial).
- Enhanced CRB verified by the Council's vetting team (5.3 met) - a real check.
- Route Officers described only as "experienced practitioners" (5.4 partial).
- Resources general "available" (5.6 partial).
- Marshals: guidance "will be issued in due course"; the 2007 Order's Marshal training
  day is revoked (Schedule 3, past arrangement); a comment offers it again (5.7 partial).
- Schedule 2: no item for strategic development with governors (6.S1 not met); 6.A7
  "Unrestricted" (not met); 6.S2c's whole row deleted by tracked change (not met);
  6.K8 "E2" deleted, "Permit Check" inserted (partial); 6.A2, 6.S3 "Advisory only"
  (partial); 6.S6 "Permit Check" (partial); 6.K2 Length "-" but Enforced by E1
  (assessed not taught: partial).
- Article 17 requires only the Items "marked under this Order", and several are not
  marked (6.0 partial).
- An Explanatory Note "not part of the Order" only summarises; it adds no evidence.
"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _li_helpers import *

HERE = os.path.dirname(os.path.abspath(__file__))
d = new_doc("KENDLEBURY COUNTY COUNCIL - HIGHWAYS DEPARTMENT - ROAD SAFETY TEAM (SCHOOLS TRAINING UNIT)",
            "DRAFT ORDER KCC/SENCo/2008 - for submission to the TDA - page numbering to follow", font="Times New Roman", size=11)

def A(num, title, text):
    return runs(d, [(f"{num}. {title}. ", "b"), (text, "")])

def P(text):
    return para(d, text)

para(d, "STATUTORY-STYLE INSTRUMENT", bold=True)
para(d, "THE KENDLEBURY COUNTY COUNCIL (NATIONAL AWARD FOR SEN COORDINATION) (COURSE REGULATION) ORDER 2008", bold=True, size=13)
P("Made: [date]    Coming into force: 1st September 2008 (pilot Sittings) and [date] (full cohort)")
P("The Kendlebury County Council, acting through its Road Safety Team's Schools Training Unit and jointly with the "
  "University of Dunholme, makes the following Order for the conduct of its course for special educational needs "
  "coordinators. The Council has used the form of a traffic regulation order because it is the form in which its "
  "highway officers are used to setting down rules that bind everyone using a route, and because every Candidate, "
  "Route Officer and Marshal is to be able to read in one place what the Route requires of them.")

para(d, "PART I  GENERAL", style="Heading 1")
A("1", "Citation and commencement", "This Order may be cited as the Kendlebury County Council (National Award for SEN "
  "Coordination) (Course Regulation) Order 2008 and applies to every cohort of the Route beginning on or after 1st "
  "September 2008.")
A("2", "Interpretation", "In this Order:")
for k, v in [
    ("\"the Route\"", "means the Council's course leading to the National Award for SEN Coordination;"),
    ("\"Candidate\"", "means a teacher admitted to the Route under Article 8;"),
    ("\"Length\"", "means one of the four taught units of the Route, Lengths A to D, set out in Article 5;"),
    ("\"Sitting\"", "means a day or two twilight sessions of face-to-face teaching, listed in Schedule 1;"),
    ("\"Route Officer\"", "means a tutor appointed under Article 19;"),
    ("\"Marshal\"", "means the colleague in the Candidate's own school who supports the Candidate under Article 20;"),
    ("\"Enforcement\"", "means one of the marked assessments E1, E2 and E3 described in Article 14, marked against published criteria;"),
    ("\"Permit Check\"", "means a Route Officer's review of a Candidate's draft or plan under Article 15, which is not marked and does not count towards the award;"),
    ("\"Advisory only\"", "in Schedule 2 means that the Length named teaches the Item but no Enforcement marks it;"),
    ("\"Unrestricted\"", "in Schedule 2 means that the Route neither teaches nor assesses the Item; and"),
    ("a dash", "in the Length column of Schedule 2 means that no Length teaches the Item."),
]:
    runs(d, [(k + " ", "b"), (v, "")])

para(d, "PART II  THE ROUTE", style="Heading 1")
A("3", "Validation", "The Route is validated by the University of Dunholme as a module of 40 credits at Level 7 (masters "
  "level) within its Postgraduate Certificate in Education Studies. The University awards the credit, appoints the "
  "external examiner and holds the Route to its regulations for taught postgraduate modules.")
A("4", "Purpose", "The Route exists to raise the achievement of children and young people with special educational "
  "needs and disabilities and to improve their well-being in all five Every Child Matters outcomes: being healthy, "
  "staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. The aims of "
  "each Length, its content and the criteria for each Enforcement are written to that purpose, and each Enforcement "
  "asks the Candidate to show the effect of their work on pupils' achievement and well-being.")
A("5", "The Lengths", "The Route consists of the following Lengths, taught in the Sittings set out in Schedule 1.")
runs(d, [("(a) Length A: The Rules of the Road. ", "b"), (
    "The law and guidance on SEN: the Education Act 1996, the SEN Code of Practice 2001, the Special Educational Needs "
    "and Disability Act 2001 and current government policy and initiatives, including Removing Barriers to Achievement "
    "and the National Strategies' Inclusion Development Programme, and how the SENCO puts them into practice in school. "
    "Candidates learn to use research evidence and the advice of outside specialists to improve their own and "
    "colleagues' practice, and to write and speak clearly to different audiences and listen to other views.", "")])
runs(d, [("(b) Length B: Reading the Road. ", "b"), (
    "How children develop and how special educational needs, disabilities and the environment affect development; the "
    "common types of SEN and disability (BESD, specific learning difficulties including dyslexia, SLCN, ASD and MLD) "
    "and their effect on learning; approaches, strategies and resources for assessment, planning, teaching and "
    "learning, including ICT. Length B teaches Candidates how to consult children and young people about matters that "
    "affect them, using the Council's Pupil Panel method from its school travel planning work, and how to involve "
    "pupils in planning, agreeing, reviewing and evaluating their own provision. Candidates also learn to build fair "
    "and constructive relationships with pupils and their parents, to liaise with parents and carers, and to advise "
    "and support parents as partners in their child's provision.", "")])
runs(d, [("(c) Length C: Managing the Network. ", "b"), (
    "Identifying pupils who may have SEN, setting targets, planning interventions and reviewing progress; using the "
    "assessments of other professionals; using summative assessment and national tests to track progress; access "
    "arrangements for national tests and examinations; provision mapping; deploying and managing teaching assistants "
    "and other staff; prioritising and managing time and delegating; anticipating and solving problems and making "
    "sound judgements about provision; the principles of school self-evaluation; reviewing provision with staff. "
    "Candidates practise advising, supporting and collaborating with colleagues in their own school and in the "
    "schools of their cluster, and supporting colleagues' professional development through observation and feedback, "
    "coaching and leading training.", "")])
runs(d, [("(d) Length D: Other Road Users. ", "b"), (
    "The scope and role of the external agencies (educational psychology, speech and language therapy, CAMHS, the "
    "sensory and physical impairment services, social care and the voluntary sector); how to obtain specialist support "
    "and resources; working in partnership with other services and agencies, including voluntary organisations such "
    "as the county's Parent Partnership Service and the local autism and dyslexia associations.", "")])
A("6", "Sittings and modes", "The Route has two points of entry, in September and in January. Each Length may be "
  "attended as whole-day Sittings or as paired twilight sessions, and Candidates may take Lengths B and C in either "
  "order. Candidates study part time over three terms, or over five terms if their headteacher agrees. Each Length is "
  "taught partly face to face and partly online through Route Online under Article 7.")
A("7", "Route Online", "Route Online is the Route's e-learning space on the University's Blackboard system. Each Length "
  "has online units with readings, short films and tasks completed between Sittings. Each Candidate belongs to an "
  "online peer group of five, which posts and comments on tasks between Sittings, and a Route Officer answers every "
  "question posted on Route Online within two working days and gives written feedback on each online task. Route "
  "Officers hold an online surgery each fortnight by chat. Candidates are shown how to use Route Online, e-mail and "
  "the University's e-journals at the first Sitting, and a Candidate without a computer at home may borrow a laptop "
  "from the Council.")

para(d, "PART III  ENTRY TO THE ROUTE", style="Heading 1")
A("8", "Eligibility", "A teacher is eligible for admission to the Route who holds Qualified Teacher Status and is "
  "employed as, or designated to become, the SENCO of a school in Kendlebury.")
A("9", "Vetting", "No Candidate shall attend a Sitting until the Council's vetting team has seen and recorded the "
  "Candidate's current enhanced CRB disclosure, with a List 99 check, or has obtained a new disclosure for the "
  "Candidate. The vetting team records the disclosure number and date and informs the Route Leader before the first "
  "Sitting.")
A("10", "Prior learning", "A Candidate's prior study and experience shall be taken into account by the Route Officer "
  "when agreeing the Individual Route Plan under Article 11, but shall not be credited towards the Route.")
A("11", "Pre-Sitting Survey and Individual Route Plan", "(1) Before the first Sitting each Candidate shall complete the "
  "Pre-Sitting Survey, assessing their knowledge and skills against each Item of Schedule 2. (2) A Route Officer shall "
  "meet the Candidate to agree an Individual Route Plan which records the Items on which the Candidate most needs to "
  "develop, the Candidate's personal outcomes for the year, the order in which the Candidate will take Lengths B and C "
  "and the focus of E2. (3) The Plan is reviewed at the end of each Length.")
A("12", "Direct Enforcement Route", "(1) In exceptional circumstances a Candidate who has been a SENCO for at least "
  "five years and who can show through a portfolio that they already meet the Items of Schedule 2 may apply to be "
  "assessed without attending the Sittings. (2) Such a Candidate takes E1, E2 and E3 in the normal way, with one "
  "Permit Check meeting before each, and is subject to the same moderation. (3) Applications are decided by the Route "
  "Leader and the University's programme leader together.")
A("13", "Equality", "The Council complies with its disability, race and gender equality duties in the Route. Each "
  "applicant is asked about any disability or other need, and the Route Leader agrees reasonable adjustments with "
  "them before the first Sitting, including accessible venues, materials in alternative formats, assistive software "
  "on Route Online, extra time in E3 and a choice of Sitting times for Candidates with caring responsibilities.")

para(d, "PART IV  ENFORCEMENT AND AWARD", style="Heading 1")
A("14", "Enforcements", "There are three Enforcements. E1 is a 3,000-word critical review of the Candidate's school's "
  "SEN policy against the law and guidance. E2 is a school-based inquiry: the Candidate plans, carries out and "
  "evaluates a change to provision in their school, tied to the Items in Schedule 2 and agreed with the headteacher, "
  "and reports in 5,000 words on the change in practice and in the pupils' progress. E3 is a 30-minute professional "
  "discussion of a portfolio with a Route Officer and a headteacher assessor.")
A("15", "Permit Checks", "Before each Enforcement a Route Officer holds a Permit Check on the Candidate's plan or draft. "
  "Permit Checks are for feedback only.")
A("16", "Moderation", "Every Enforcement is marked by a Route Officer against the published criteria. All fails and "
  "a sample of at least one in four are second-marked by another Route Officer, and the marks are agreed at a "
  "moderation meeting with the University's module leader before a sample goes to the external examiner, Professor "
  "Alan Greaves of Tynemouth University. Route Officers take part in a standardisation exercise on marked scripts "
  "before each Enforcement.")
A("17", "Award", "No Candidate shall be awarded the National Award for SEN Coordination or the credit unless they have "
  "passed each of E1, E2 and E3 and the moderated record shows them to have met every Item of Schedule 2 that is "
  "marked under this Order. There is no compensation between Enforcements.")
A("18", "Onward Journey", "In the last term each Candidate meets a Route Officer for an Onward Journey review, which "
  "sets two or three professional targets for the following year and identifies the next step, which may be further "
  "modules towards the University's MA, the Council's SEN leadership network or NPQH. The targets are sent to the "
  "Candidate's headteacher for the performance management review.")

A("18A", "Fees and value", "The Agency's funding meets the University fee of £1,900 for each Candidate, and the Council "
  "meets the cost of venues, Route Online and the laptop loan scheme from its school improvement budget, so that the "
  "only cost to a school is supply cover. Sittings are held in the Council's Highways Training Centre and in cluster "
  "schools, which keeps the cost of each Sitting below that of the University's campus modules, and the Individual "
  "Route Plan lets a Candidate spend their online study time on the Items on which they most need to develop rather "
  "than on those they already meet. The 40 credits count towards the University's MA in Education Studies.")

para(d, "PART V  OFFICERS AND RESOURCES", style="Heading 1")
A("19", "Route Officers", "The Route is taught by Route Officers appointed by the Council and the University. Route "
  "Officers are experienced practitioners who keep their knowledge up to date.")
p20 = A("20", "Marshals", "Each Candidate's headteacher shall name a Marshal. Route Officers receive the Route Officers' "
        "handbook and attend a briefing before each Length. Guidance for Marshals will be issued in due course.")
comment(d, p20, "Could we just say Marshals get the full training day we ran under the 2007 Order?", author="J. Tallis", initials="JT")
A("21", "Specialists and placements", "Sessions in Length B and Length D are taught by the Council's educational "
  "psychologists, speech and language therapists, the ASD outreach team and the sensory impairment service. Every "
  "Candidate spends two days on placement at Hollins Bank Special School or the Brackley Resource Base, with a "
  "placement task agreed with the host SENCO.")
A("22", "Resources", "Resources for the Route are available at the Council's Teachers' Centre.")

para(d, "PART VI  REVIEW", style="Heading 1")
A("23", "Evaluation", "The Route is evaluated internally by Candidates' evaluations at the end of each Length, by Route "
  "Officers' peer observation of Sittings and by the annual module review, and externally by the external examiner's "
  "report, the University's periodic review and the Route Review Board. The Route Leader writes an annual report "
  "setting out what the evidence shows and the changes to be made for the next cohort; after the pilot, for example, "
  "the online surgeries were introduced because Candidates reported waiting too long for answers.")
A("24", "Impact", "The Council measures the Route's impact by: (a) each Candidate's rating of their confidence against "
  "each Item of Schedule 2 at the start and end of the Route; (b) the headteacher's assessment of the change in the "
  "Candidate's practice at the end of the Route and one year later; and (c) the progress, measured in P scales or "
  "National Curriculum sub-levels, of the pupils who are the focus of each E2, compared with their progress in the "
  "previous year.")
A("25", "Route Review Board", "The Route Review Board of two headteachers, two SENCOs, a parent representative from "
  "the Parent Partnership Service, a governor and a representative of the educational psychology service meets each "
  "term. It receives the Candidates' evaluations and the impact data under Article 24, observes one Sitting a year, "
  "contributes to the annual module review and sits on the E3 panel of assessors.")

para(d, "PART VII  REVOCATION", style="Heading 1")
A("26", "Revocation", "The Kendlebury County Council (SENCo Induction Course) Order 2007 is hereby revoked. Its "
  "provisions are listed for information in Schedule 3.")

para(d, "SCHEDULE 1  SITTINGS", style="Heading 2")
rows = [["Length", "Sitting", "Content", "Date (September entry)"],
        ["Length A", "A1", "The law and the Code of Practice", "25 September 2008"],
        [None, "A2", "Policy, initiatives and using research", "16 October 2008"],
        ["Length B", "B1", "Development and the common types of SEN", "13 November 2008"],
        [None, "B2", "Assessment, teaching and ICT; the Pupil Panel", "4 December 2008"],
        [None, "B3", "Working with parents", "15 January 2009"],
        ["Length C", "C1", "Identification, targets, tracking", "12 February 2009"],
        [None, "C2", "Provision mapping and staff", "12 March 2009"],
        ["Length D", "D1", "Other road users: agencies", "30 April 2009"],
        [None, "D2", "Partnership; Onward Journey", "[date]"]]
rows2 = [[r[0] if r[0] else "", r[1], r[2], r[3]] for r in rows]
t = table(d, rows2)
vmerge(t, 0, 1, 2); vmerge(t, 0, 3, 5); vmerge(t, 0, 6, 7); vmerge(t, 0, 8, 9)
P("")

para(d, "SCHEDULE 2  RESTRICTIONS (THE OUTCOMES)", style="Heading 2")
P("Each Item is one of the national minimum outcomes, in the Council's words. The terms used in the last two columns "
  "are defined in Article 2.")
S = [["Item", "Restriction (in the Council's words)", "Length", "Enforced by"],
     ["1", "Fair, respectful and constructive relationships with pupils with SEN and their parents", "B", "E3"],
     ["2", "Gaining the commitment of colleagues and the headteacher", "C", "Advisory only"],
     ["3", "Prioritising, managing time, delegating", "C", "E2"],
     ["4", "Anticipating and resolving problems; sound judgements on provision", "C", "E2"],
     ["5", "Clear speech and writing; listening to others", "A", "E3"],
     ["6", "Drawing on research and external advice", "A", "E1"],
     ["7", "Keeping up to date; responsibility for own CPD on SEN", "-", "Unrestricted"],
     ["8", "SEN law and guidance, the Code of Practice, putting them into practice", "A", "E1"],
     ["9", "Every Child Matters and the SENCO's part in it", "-", "E1"],
     ["10", "Disability equality law and the action it requires", "A", "E1"],
     ["11", "How children develop; effect of SEN, disability and environment", "B", "E1"],
     ["12", "Common types of SEN and disability and their effect on learning", "B", "E1"],
     ["13", "Approaches, strategies and resources for assessment and teaching, including ICT", "B", "E2"],
     ["14", "School self-evaluation and improvement for SEN", "C", "E2"],
     ["15", "Best practice and research on meeting SEN", "B", [("E2", "del"), ("Permit Check", "ins")]],
     ["16", "External agencies and how to obtain specialist support", "D", "E3"],
     ["17", "Identifying pupils with SEN, targets, interventions, reviewing progress", "C", "E2"],
     ["18", "Using other professionals' assessments in teaching", "C", "E2"],
     ["19", "Summative assessment and national tests to track progress", "C", "E2"],
     ["20", [("Helping colleagues develop formative assessment for pupils with SEN", "del")], [("C", "del")], [("E2", "del")]],
     ["21", "Access arrangements for tests and examinations in good time", "C", "E2"],
     ["22", "Provision mapping; identifying ineffective or missing provision", "C", "Advisory only"],
     ["23", "Deploying and managing staff", "C", "E2"],
     ["24", "Supporting colleagues' professional development", "C", "E3"],
     ["25", "Reviewing provision with staff to inform self-evaluation", "C", "Permit Check"],
     ["26", "Pupils involved in planning and reviewing their provision", "B", "E2"],
     ["27", "Liaising with parents and carers", "B", "E3"],
     ["28", "Partnership with other services and voluntary organisations", "D", "E3"]]
table(d, S)
P("")

para(d, "SCHEDULE 3  PROVISIONS OF THE REVOKED 2007 ORDER (FOR INFORMATION)", style="Heading 2")
P("The 2007 Order governed the Council's one-year SENCo Induction Course, which carried no credit. Its provisions no "
  "longer have effect and are listed so that schools familiar with the 2007 course can see what has changed.")
table(d, [["2007 Article", "Provision", "Position under this Order"],
          ["4", "Candidates with a previous SEN qualification were exempted from Length A.", "Revoked."],
          ["7", "Each Marshal attended a full training day before the course began.", "Revoked."],
          ["9", "The Council's Governor Services taught a Sitting on the SENCO's work with governors on policy and resources.", "Revoked."],
          ["11", "Candidates kept a CPD diary reviewed at each Sitting.", "Revoked."]])
P("")

para(d, "STATEMENT OF REASONS", style="Heading 2")
P("The Council proposes to make this Order because schools in Kendlebury need SENCOs who are trained to lead provision "
  "for pupils with SEN and disabilities, and because the new national award requires a course that is validated and "
  "assessed. The Route reflects the needs of schools as the Council understands them, and reflects the latest research "
  "and inspection findings on SEN and disability. The Council's road safety work with schools gives it long experience "
  "of training school staff and of working with headteachers across the county.")

para(d, "REPORT ON CONSULTATION", style="Heading 2")
P("Notice of the proposed Order was sent to all 71 schools in the county, the University, the Parent Partnership "
  "Service and the Kendlebury Association of Headteachers on 2nd June 2008, with 28 days for representations. The "
  "representations received are summarised below.")
table(d, [["From", "Representation", "Council's response"],
          ["Kendlebury Association of Headteachers", "Sittings should not fall in the last fortnight of the summer term.", "Noted."],
          ["Three primary SENCOs", "The Route should include more on working with teaching assistants.", "Noted."],
          ["Parent Partnership Service", "Parents should be represented in reviewing the Route.", "Noted."],
          ["Westfield High School", "The E2 word limit is too high.", "Not accepted."]])
P("")
P("The Council has considered the representations and has decided to make the Order without modification.")

para(d, "EXPLANATORY NOTE", style="Heading 2")
para(d, "(This note is not part of the Order)", italic=True)
P("This Order sets out how the Council runs its course for the National Award for SEN Coordination. Part I defines the "
  "terms used. Part II describes the four Lengths of the Route, its Sittings and its online element. Part III sets out "
  "who may join the Route, the checks made before a Candidate attends, the Individual Route Plan and the route for "
  "experienced SENCOs who are assessed without attending. Part IV describes the three Enforcements, the Permit Checks, "
  "moderation and the award. Part V names the people who teach and support the Route and Part VI how it is reviewed. "
  "Part VII revokes the 2007 Order, whose provisions are listed in Schedule 3 for information only. Schedule 2 sets out "
  "each of the national outcomes in the Council's words, the Length that teaches it and the Enforcement that marks it. "
  "Copies of the Order and of the Route Officers' handbook may be inspected at County Hall, Kendlebury, during normal "
  "office hours.")

textbox(d, ["THE COMMON SEAL of the KENDLEBURY COUNTY COUNCIL was hereunto affixed on [date] in the presence of:",
            "............................................ Head of Legal Services",
            "............................................ Head of Highways (Road Safety)"], height="80pt")
d.save(os.path.join(HERE, "li-02-kendlebury-course-regulation-order.docx"))
print("written")
