"""it-02-danesford-retention-schedule

Provider (invented): Danesford County Council Schools Library and Resources Service (SLRS), applying
with Holmbury University's Department of Information Studies and Education, February 2009.

Document kind and layout: the Award's RECORDS MANAGEMENT FILE PLAN AND RETENTION SCHEDULE, sent
whole as the application under a covering memo, because (the memo says) every arrangement of the
course leaves a record and the schedule says how each record is made. No heading styles: part
titles are bold capitalised Normal paragraphs ("PART 3 - THE SCHEDULE"). A key of disposal codes
(D, T, A, R) and a status key ("Live", "Closed", "Not yet created"). The schedule is one long table
("Ref | Record series and how it is made | Owner | Status | Keep for / then") with merged, shaded band
rows for six functions (F1 Governance ... F6 Evaluation); the arrangements are in the second column.
The course's own names: "Resource Days" (eight, each run on a Tuesday and repeated on a Saturday),
the "Starting Point" interview and "Individual Learning Plan", the "School Supervisor", three
assignments (the "Case File", the "Provision Review", the "Practice Enquiry") and a "Viva", the
"Outcome Evidence Record". Part 4 is the "Outcome Evidence Index" ("Outcome | Evidence created at |
Assessed record"). A VML text box "How to read this schedule", a header and footer, tracked changes,
one Word comment and bracketed placeholders.

Traps (requirement ids):
- Credits: "60" is a tracked deletion and "40" a tracked insertion; the Award is 40 credits at
  Level 7 (E.2 partially_met).
- Research: only "the Certificate's 2004 list" with tutors adding items, and "current research" in
  general terms; no inspection evidence or recent developments named (1.3 partially_met).
- Prior learning: F2.4 is a "Closed" series of APL claims under the old Certificate, and "No
  credit for prior learning is given on the Award" (past arrangement + negation); a comment that
  Registry "could allow" APL from 2010 is not part of the submission (2.1 not_met).
- Assessment-only route exists as a live series under the course's own words (2.3 met).
- Progression: the MA records are "kept by Holmbury Registry", the SLRS keeps none; participants
  only "may apply" (2.5 partially_met).
- Equality: "follows the Council's Single Equality Scheme"; the adjustment record series is "Not yet
  created" (3.1 partially_met).
- Flexibility: one September start, fixed order, each Day repeated on a Saturday (3.2
  partially_met). "There is no e-learning element" (3.3 not_applicable).
- Stakeholders' influence stated only in general terms, "shaped the design" (4.2 partially_met),
  while the needs evidence is concrete (4.1 met) and the Steering Group evaluates (4.3 met).
- CRB verification by the SLRS is a live series (5.3 met); the footer is not evidence either way.
- Tutor CVs "Not yet created"; "experienced practitioners" only (5.4 partially_met).
- School Supervisors' briefing "[date and trainer to be confirmed]" (5.7 partially_met).
- Outcomes: created at a Resource Day but "No assessed record" (6.A5, 6.S2b, 6.S5 partially_met);
  assessed but with no teaching, "-" in "Evidence created at" (6.A2, 6.K7, 6.S6 partially_met);
  child development "Not covered" (6.K4 not_met); time management "[to be added]" (6.A3 not_met);
  special arrangements for tests absent (6.S2d not_met). With outcomes left unassessed, 1.9 is
  partially_met; the award rule itself requires every outcome (6.0 met).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _it_helpers import *  # noqa

NAME = Path(__file__).name.replace(".build.py", "")
d = new_doc("Arial", 10)
header_footer(d, "DANESFORD COUNTY COUNCIL  -  Schools Library and Resources Service  -  RESTRICTED when completed",
              "File plan ref SLRS/EDU/14  |  Prepared under the Council's Records Management Policy  |  Version 2.0")

para(d, "DANESFORD COUNTY COUNCIL", bold=True, size=13)
para(d, "Schools Library and Resources Service, The Old Grammar School, Kingsmead, Danesford", size=9)
para(d, "MEMORANDUM", bold=True)
runs(d, [("To: ", "b"), ("TDA approval panel, National Award for SEN Coordination", "")])
runs(d, [("From: ", "b"), ("Alan Treddle, Records Officer, and Jo Kemble, Head of Schools Library and Resources", "")])
runs(d, [("Date: ", "b"), ("16 February 2009", "")])
para(d, "We have sent our application as the Award's file plan and retention schedule. Every arrangement we make for "
        "the Award leaves a record, and when Holmbury University's Department of Information Studies and Education "
        "helped us design the course we wrote its file plan first, so that each record series describes how the "
        "record is made and so what we actually do. Reading the schedule therefore tells you how the Award runs. The "
        "Outcome Evidence Index in Part 4 shows where the evidence for each national outcome is created and assessed.")

textbox(d, [
    "How to read this schedule",
    "Each row is a record series: a set of records made the same way for the same purpose. The second column says what "
    "the record is and how it is made. \"Status\" says whether we make such records now (Live), made them once but no "
    "longer (Closed), or have agreed to make them but have not begun (Not yet created). The last column gives how long "
    "the record is kept and what happens to it then. Closed series describe the old Danesford Certificate in SEN "
    "Coordination (2003-2008), not the Award."], height=120)

para(d, "PART 1 - ABOUT THIS SCHEDULE", bold=True)
para(d, "1.1 The Award is run jointly by the Schools Library and Resources Service (SLRS) and Holmbury University. "
        "The SLRS keeps the records of recruitment, teaching, school-based work and evaluation; the University's "
        "Registry keeps registration, marks and award records. This schedule follows the Data Protection Act 1998, the "
        "Freedom of Information Act 2000, the Council's Records Management Policy and Holmbury University's Records "
        "Retention Schedule, and it was checked by the University's lecturer in records management.")
para(d, "1.2 Personal data about participants and about the pupils they write about are kept to the minimum. Pupils "
        "are never named in assessed work: participants use initials and remove identifying details, and the School "
        "Supervisor confirms this on the assignment cover sheet.")

para(d, "1.3 The Award's year, as the records show it. A participant is nominated in the spring (F2.1), checked "
        "(F2.2) and seen at a Starting Point interview in the summer term (F3.1). From September to June they attend "
        "eight Resource Days (F3.2, F3.3), carry out the school-based tasks agreed with their School Supervisor (F3.5), "
        "spend a day in a special school or with the outreach service (F3.6), meet their cluster study group between "
        "Days (F5.2) and submit the Case File in January, the Provision Review in April and the Practice Enquiry in "
        "June (F4.1 to F4.3). The Viva follows in early July (F4.4) and the Examination Board meets later that month "
        "(F4.5, F4.6). Evaluation runs through the whole year (F6).")
para(d, "1.4 Where a series is owned by Holmbury Registry, the SLRS keeps a working copy only until the Registry "
        "confirms receipt. The Council's Records Officer audits the SLRS's records once a year and reports to the "
        "Steering Group on any series kept longer than this schedule allows.")

para(d, "PART 2 - KEYS", bold=True)
table(d, ["Code", "Disposal action"], [
    ["D", "Destroy securely (confidential shredding or secure deletion)."],
    ["T", "Transfer to Holmbury University Registry."],
    ["A", "Offer to the Danesford Record Office as an archive."],
    ["R", "Review at the end of the period and decide again."],
])

para(d, "PART 3 - THE SCHEDULE", bold=True)
S = [
    ("BAND", "F1  GOVERNANCE AND PARTNERSHIP", "C6D9F1"),
    ["F1.1", "Validation documents. Holmbury University's validation report and the approved programme document. The "
             "University validated the Award on 21 January 2009 as a Postgraduate Award in SEN Coordination of PLACEHOLDER "
             "credits at Level 7; the credit and the award are the University's. The approved aims are to improve the "
             "achievement and well-being of children and young people with SEN and/or disabilities in all five Every "
             "Child Matters outcomes, by developing the knowledge, understanding and skills of their SENCOs, and every "
             "assignment asks the participant to show the effect of their work on pupils' learning and well-being.",
     "Programme Leader", "Live", "Life of the Award + 6 years; A"],
    ["F1.2", "Steering Group papers and minutes. The Steering Group meets each term: the Head of SLRS, the University's "
             "Programme Leader, three headteachers (primary, secondary, special), two serving SENCOs, a manager from the "
             "Parent Partnership Service and a parent member of Danesford Parent Carer Forum. It receives every "
             "evaluation report (F6), agrees changes to the Award and approves the annual programme report. Heads on "
             "the Group also visit a Resource Day each year and report what they saw.",
     "Head of SLRS", "Live", "Permanent; A"],
    ["F1.3", "Consultation responses, 2008. In April and May 2008 the SLRS sent a questionnaire to all 187 Danesford "
             "schools and held three SENCO cluster meetings; 118 schools replied. Schools said new SENCOs were least "
             "confident with statutory assessment and annual reviews, with using data to track pupils with SEN, and with "
             "leading teaching assistants; parents at the Parent Carer Forum said they wanted SENCOs who listen and "
             "explain; the Educational Psychology Service asked for better use of its reports. The responses shaped "
             "the design of the Award.",
     "Head of SLRS", "Closed", "10 years; A"],
    ["F1.4", "Partnership agreement between the Council and Holmbury University, signed 30 January 2009, setting out "
             "each partner's responsibilities, the fee (£780 a participant, met by schools from their standards funds "
             "or by the Council for schools in difficulty) and the cost model agreed by the Steering Group.",
     "Head of SLRS", "Live", "Life of agreement + 6 years; A"],
    ("BAND", "F2  RECRUITMENT AND ADMISSION", "C6D9F1"),
    ["F2.1", "Nomination and selection file. A participant is nominated by their headteacher on the SLRS form, which "
             "confirms that the nominee holds QTS, is in post as SENCO or will be by September, and will be released for "
             "the Resource Days. The nominee adds a statement of their experience with pupils with SEN. A selection "
             "meeting of the Programme Leader and a Senior Adviser reads every file against the entry requirements; a "
             "nominee who is not yet ready is given written guidance on what to do first, offered the SLRS's "
             "introductory SEN briefings, and the Programme Leader speaks to the head.",
     "Programme Leader", "Live", "Unsuccessful: 1 year; D. Successful: to F4"],
    ["F2.2", "Registration Check Record. Before a place is confirmed the SLRS Registration Officer sees, for every "
             "accepted participant, the date and reference number of their enhanced CRB disclosure from their employer, "
             "and the employer's written confirmation that the List 99 check and references were satisfactory and that "
             "there are no concerns about the participant's suitability to work with children. No place is confirmed "
             "until the record is complete. Only the dates and references are kept, never the disclosure itself.",
     "Registration Officer", "Live", "End of Award + 1 year; D"],
    ["F2.3", "Equality monitoring forms. The Award follows the Council's Single Equality Scheme, and participants "
             "complete the Council's standard equality monitoring form at nomination.",
     "Registration Officer", "Live", "3 years; D"],
    ["F2.3a", "Reasonable adjustment agreements for disabled participants.",
     "Programme Leader", "Not yet created", "-"],
    ["F2.4", "Prior learning claims under the Certificate. Claims for credit from prior study and experience made under "
             "the old Certificate, with the assessors' decisions. No credit for prior learning is given on the Award; "
             "these files are kept only for former Certificate students.",
     "Registry", "Closed", "6 years from last claim; T then D"],
    ["F2.5", "Assessment-only files. A candidate whose experience suggests they already meet the outcomes, such as a "
             "teacher from the SEN Support Service, may with the Programme Leader's agreement enter for assessment "
             "without attending the Resource Days: they complete the Starting Point audit, submit the three assignments "
             "and take the Viva on the same terms as other participants. The file holds the application, the Programme "
             "Leader's decision and the assessed work.",
     "Programme Leader", "Live", "To F4 rules"],
    ("BAND", "F3  PLANNING AND TEACHING", "C6D9F1"),
    ["F3.1", "Starting Point records. Each participant has a one-hour Starting Point interview with their tutor before "
             "Resource Day 1, with an audit of their knowledge, skills and experience against each national outcome "
             "(Part 4). From it the tutor and participant write an Individual Learning Plan naming the participant's "
             "own outcome targets, the Resource Days and workshops that matter most to them, extra reading and a school "
             "visit where needed. The plan is reviewed at two tutorials, in January and April.",
     "Tutor", "Live", "End of Award + 1 year; D"],
    ["F3.2", "Resource Day registers and programmes. The Award has one September start and eight Resource Days taken in "
             "order between September and June, at the Kingsmead Resource Centre. Each Day is run twice, on a Tuesday "
             "and again on the following Saturday morning, so that a participant who cannot be released may attend at "
             "the weekend, and may move between the two. There is no e-learning element; materials are issued on paper "
             "and on CD-ROM.",
     "Resource Centre Manager", "Live", "3 years; D"],
    ["F3.3", "Session plans. Resource Day 1, the SENCO and the law: the SEN Code of Practice, the Education Act 1996 "
             "and the SEN and Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005 and the "
             "disability equality duty, the 2008 SENCO regulations and Every Child Matters. Day 2, knowing the pupils: "
             "the common types of SEN (behavioural, emotional and social difficulties, dyslexia and other specific "
             "learning difficulties, speech, language and communication needs, autism, moderate learning difficulties) "
             "and how each affects learning; identifying pupils, setting targets and reviewing progress; using reports "
             "from educational psychologists and therapists. Day 3, data: tracking progress with P scales, teacher "
             "assessment and national tests. Day 4, leading colleagues: observation and feedback, coaching, running "
             "training, deploying and managing teaching assistants, advising colleagues in other schools through the "
             "cluster. Day 5, listening to pupils: consulting pupils and involving them in planning and reviewing their "
             "own provision. Day 6, families and agencies: partnership with parents and carers (with the Parent "
             "Partnership Service), the Common Assessment Framework, health, social care and voluntary organisations. "
             "Day 7, strategy: provision mapping, working with governors and senior leaders on policy and resources, "
             "decision-making and problem-solving cases. Day 8, approaches and resources, including ICT and assistive "
             "technology, and best practice from research. Session plans draw on current research.",
     "Tutors", "Live", "Superseded + 3 years; D"],
    ["F3.4", "Reading list issued at the Starting Point interview: the Certificate's 2004 list, to which tutors add "
             "items each term.", "Programme Leader", "Live", "Superseded + 1 year; D"],
    ["F3.5", "School Supervisor records. Each participant has a School Supervisor, normally the head or a deputy, who "
             "agrees the school-based tasks, meets the participant twice a term and signs each assignment cover sheet. "
             "School Supervisors receive the Supervisor's Guide. Supervisor briefing: [date and trainer to be "
             "confirmed]. Tutors follow the Tutor Handbook.",
     "Programme Leader", "Live", "End of Award + 1 year; D"],
    ["F3.6", "Placement and specialist visit records. Every participant spends one day in a Danesford special school "
             "(Brookfield, Lane End or Harper's Mill) or with the Specialist Teaching and Outreach Service, following a "
             "programme the host agrees with the tutor, and writes a reflective log. Educational psychologists, speech "
             "and language therapists and the Sensory Service teach parts of Days 2 and 6.",
     "Tutor", "Live", "End of Award + 1 year; D"],
    ["F3.7", "Tutor curricula vitae. All tutors are experienced practitioners in SEN.",
     "Programme Leader", "Not yet created", "-"],
    ["F3.8", "Loans records. Participants borrow from the SLRS's SEN professional collection (about 1,900 books, "
             "assessment kits and videos) and its assistive technology loan kits (text-to-speech software, talking word "
             "processors, symbol software, portable keyboards), delivered to school by the SLRS van; Holmbury's library "
             "and e-journals are open to participants.",
     "SLRS Librarian", "Live", "Loan + 1 year; D"],
    ["F3.9", "Tutor Handbook and tutor induction. The Tutor Handbook sets out each tutor's part in teaching, "
             "Starting Point interviews, tutorials and marking, and the assessment criteria for each assignment. A new "
             "tutor observes two Resource Days, co-leads a third and co-marks a set of Case Files with the Programme "
             "Leader before marking alone; the tutor team meets after each Resource Day.",
     "Programme Leader", "Live", "Superseded + 3 years; D"],
    ["F3.10", "Guest contributor records. The Parent Partnership Service, the Educational Psychology Service, the "
              "Speech and Language Therapy Service, the Sensory Service, Danesford Parent Carer Forum and the local "
              "branch of the National Autistic Society each lead part of a Resource Day; a serving SENCO from the "
              "Steering Group co-leads Day 7. The record holds the brief agreed with each contributor and their "
              "feedback on the Day.",
     "Resource Centre Manager", "Live", "3 years; D"],
    ("BAND", "F4  ASSESSMENT AND AWARD", "C6D9F1"),
    ["F4.1", "The Case File (first assignment, 3,000 words). A study of one pupil with SEN in the participant's school: "
             "identification, the assessments of other professionals and how they were used, targets agreed with the "
             "pupil and parents, the agencies involved and a review of progress.",
     "Registry", "Live", "T; 6 years then D"],
    ["F4.2", "The Provision Review (second assignment, 3,000 words). A review of SEN provision in the participant's "
             "school using a provision map: what is missing or ineffective, how teaching assistants are deployed, and "
             "recommendations to the head and governors linked to the school's self-evaluation form.",
     "Registry", "Live", "T; 6 years then D"],
    ["F4.3", "The Practice Enquiry (third assignment, 4,000 words). The participant plans and leads a change in their "
             "school's practice with colleagues, takes baseline measures of the pupils involved (attainment and a "
             "well-being measure), gathers the pupils' own views, measures again after at least a term, and reviews "
             "the effect with the staff involved. It must use published research.",
     "Registry", "Live", "T; 6 years then D"],
    ["F4.4", "Viva records. A 30-minute viva with two examiners at the end of the year, in which the participant "
             "answers questions on all three assignments and on their leadership of SEN in their school; the examiners "
             "record their judgement against each outcome in the Outcome Evidence Record.",
     "Registry", "Live", "T; 6 years then D"],
    ["F4.5", "Marking and moderation records. Each assignment is marked by the tutor against published criteria; a "
             "sample of a third, with every fail, is second-marked by a University lecturer; the University's external "
             "examiner moderates a sample and attends the Examination Board.",
     "Registry", "Live", "T; 6 years then D"],
    ["F4.6", "Outcome Evidence Record. One record for each participant listing every national minimum outcome and the "
             "assessed evidence for it. The Examination Board confirms the Award only when the record shows every one "
             "of the national minimum outcomes assessed as met; otherwise the participant is referred in the missing "
             "outcomes.",
     "Registry", "Live", "T; permanent"],
    ["F4.7", "Progression records. Participants who complete the Award may apply to Holmbury's MA in Education; those "
             "records are kept by Holmbury Registry and the SLRS keeps none.",
     "Registry", "Live", "Held by Registry"],
    ("BAND", "F5  SUPPORT FOR PARTICIPANTS", "C6D9F1"),
    ["F5.1", "Tutorial notes. Two individual tutorials a year (F3.1) and telephone support from the tutor on request; "
             "notes agreed with the participant.", "Tutor", "Live", "End of Award + 1 year; D"],
    ["F5.2", "Cluster group records. Participants from the same cluster meet as a study group between Resource Days to "
             "share the school-based tasks; each group keeps a short note of its meetings.",
     "Participants", "Live", "End of Award; D"],
    ("BAND", "F6  EVALUATION AND QUALITY", "C6D9F1"),
    ["F6.1", "Resource Day evaluations. A form at the end of each Day; the tutors summarise them for the Steering Group "
             "and record the change made in response.", "Tutors", "Live", "3 years; D"],
    ["F6.2", "Confidence and competence questionnaire. Completed at the Starting Point interview and at the Viva against "
             "each outcome; the changes are reported to the Steering Group each year.",
     "Programme Leader", "Live", "5 years; D"],
    ["F6.3", "Pupil impact returns. From each Practice Enquiry the tutor records the pupils' baseline and follow-up "
             "measures (anonymised) on a return; the returns are summarised each year to show the change in the "
             "attainment and well-being of the pupils participants worked with, and a sample of schools sends the "
             "same measures a year later.", "Programme Leader", "Live", "10 years; A"],
    ["F6.4", "Headteacher questionnaires. Each participant's head completes a questionnaire at the end of the year on "
             "the difference the Award has made to the school's SEN provision.", "Head of SLRS", "Live", "5 years; D"],
    ["F6.5", "Annual programme report and external examiner's report. The University's annual monitoring report, "
             "drawing on F6.1 to F6.4, the examiner's report and the marks, with an action plan approved by the "
             "Steering Group.", "Programme Leader", "Live", "Permanent; A"],
    ["F6.6", "Evaluation reports of the Certificate in SEN Coordination, 2003-2008.", "Head of SLRS", "Closed", "A"],
]
t = table(d, ["Ref", "Record series and how it is made", "Owner", "Status", "Keep for / then"], S, head_fill="BFBFBF", size=8.5)

# tracked change on the credits in F1.1: 60 deleted, 40 inserted
for row in t.rows:
    c = row.cells[1]
    for p in c.paragraphs:
        if "PLACEHOLDER" in p.text:
            full = p.text
            before, after = full.split("PLACEHOLDER")
            for r in list(p.runs):
                r._r.getparent().remove(r._r)
            plain(p, before)
            dele(p, "60", author="Holmbury Registry", date="2009-01-21T11:02:00Z")
            ins(p, "40", author="Holmbury Registry", date="2009-01-21T11:02:00Z")
            plain(p, after)
        if p.text.startswith("Prior learning claims under the Certificate"):
            comment(d, p.runs, "Registry could allow APL against the Award from 2010 if the Steering Group agrees.",
                    "Alan Treddle", "AT")

para(d, "PART 4 - OUTCOME EVIDENCE INDEX", bold=True)
para(d, "Where the evidence for each national outcome is created (the Resource Day or task) and which assessed record "
        "holds it. This index is the template for each participant's Outcome Evidence Record (F4.6).")
O = [
    ("BAND", "Professional attributes", "E2EFDA"),
    ["Fair and constructive relationships with pupils and their parents", "Days 5 and 6", "Case File"],
    ["Gaining the commitment of the head, senior leaders and colleagues", "-", "Viva"],
    ["Prioritising, managing time, delegating", "[to be added]", "[to be added]"],
    ["Resolving problems and making sound decisions on provision", "Day 7 cases", "Provision Review"],
    ["Speaking and writing clearly; listening to others", "Day 8 presentations", "No assessed record"],
    ["Using research and external advice", "Day 8", "Practice Enquiry"],
    ["Keeping up to date; taking charge of own CPD", "Individual Learning Plan", "Viva"],
    ("BAND", "Knowledge and understanding", "E2EFDA"),
    ["SEN law, the Code of Practice and its implications", "Day 1", "Case File; Viva"],
    ["Every Child Matters and the SENCO's part", "Day 1", "Practice Enquiry"],
    ["Disability equality law and the actions it requires", "Day 1", "Provision Review"],
    ["How children develop", "Not covered: participants bring this from initial teacher training", "-"],
    ["Common types of SEN and their effect on learning", "Day 2", "Case File"],
    ["Approaches, strategies and resources, including ICT", "Day 8", "Practice Enquiry"],
    ["School self-evaluation and improvement for SEN", "-", "Provision Review"],
    ["Best practice and research", "Day 8", "Practice Enquiry"],
    ["External agencies and specialist support", "Day 6", "Case File"],
    ("BAND", "Professional skills", "E2EFDA"),
    ["Strategic influence with senior colleagues and governors", "Day 7", "Provision Review"],
    ["Identifying pupils, targets, interventions, reviewing progress", "Day 2", "Case File"],
    ["Using assessments from other professionals", "Day 2", "Case File"],
    ["Tracking with summative assessment and national tests", "Day 3", "No assessed record"],
    ["Encouraging colleagues' formative assessment", "Day 4", "Practice Enquiry"],
    ["Provision mapping; spotting ineffective or missing provision", "Day 7", "Provision Review"],
    ["Deploying and managing staff", "Day 4", "Provision Review"],
    ["Supporting colleagues' professional development", "Day 4", "No assessed record"],
    ["Reviewing provision with staff for self-evaluation", "-", "Practice Enquiry"],
    ["Involving pupils in planning and reviewing their provision", "Day 5", "Practice Enquiry"],
    ["Liaising with parents and carers", "Day 6", "Case File"],
    ["Working with other services and voluntary organisations", "Day 6", "Case File"],
]
table(d, ["Outcome", "Evidence created at", "Assessed record"], O, head_fill="BFBFBF")

para(d, "PART 5 - REVIEW OF THIS SCHEDULE", bold=True)
para(d, "The Records Officer reviews the schedule with the Programme Leader each July, after the Examination Board, and "
        "the Steering Group approves any change. Series marked \"Not yet created\" are reviewed at the same meeting.")
para(d, "Signed: Jo Kemble, Head of Schools Library and Resources        Dr Martin Oyelaran, Programme Leader, Holmbury University")

d.save(str(Path(__file__).with_name(NAME + ".docx")))
