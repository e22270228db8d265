"""ho-01-brightwater-scheme-of-work

Provider (invented): Brightwater Learning Ltd, an independent work-based
training company in Ashcombe that runs NVQ Level 2 and 3 Supporting Teaching
and Learning in Schools and a Foundation Degree in Learning Support for
teaching assistants, in partnership with the (invented) University of
Castlemere, which validates the award and awards the credits.

Document kind and layout: the company's own "QF07 Scheme of Work" template,
the form its tutors fill in for every course, sent whole as the application
with a shaded covering note. Part A is a course details field table (merged
label cells, shaded labels); Parts B and C are the template's front-sheet
sections ("Group profile and differentiation", "Assessment, verification and
evaluation") written as bold typed titles with typed sub-numbers (B1, B2 ...)
in Normal style (no heading styles); Part D is a landscape session-by-session
scheme table with merged shaded block rows ("Block 1 - Autumn term"), columns
for objectives ("By the end of the session learners will be able to"),
methods, resources, assessment codes and embedding (ECM / E&D); Part E is the
"Outcome Tracker" in Brightwater's own words keyed to workshop and task codes
(WBT1-3, KC1-2, OBS, PD, RL). Header and footer, footnotes, Word comments,
tracked changes (a deleted paragraph and an inserted one, a deleted tracker
row), a placeholder "[date to be confirmed]".

Traps, with the ids they touch:
- Assessment-only route exists only in a deleted tracked paragraph; the
  inserted replacement says all learners follow the taught route; a comment
  asks about it (2.3 not_met).
- APCL up to 20 credits, but "Brightwater does not offer accreditation of
  prior experiential learning" (2.1 partially_met: negation of half).
- Progression only a leaflet handed out (2.5 partially_met).
- One September intake, fixed order; only a choice of twilight or Saturday
  repeat of each workshop (3.2 partially_met).
- Online follow-up units with tutor replies and email/phone support, but no
  forum: learners "do not contact one another" through it (3.3 partially_met).
- Stakeholders deliver (guest speakers, witness statements) but their role in
  evaluation is only hoped for (4.3 partially_met).
- CRB: date self-declared on the enrolment form, nothing verified (5.3
  partially_met).
- Specialist speakers but "There are no placements" (5.5 partially_met).
- Impact on pupils only an intention; Skills Scan re-run measures learners'
  competence and confidence (5.9 partially_met).
- Pupil voice only a "30-minute discussion" (1.5 partially_met); pupil
  involvement in reviews covered but "not separately assessed" (6.S7
  partially_met).
- Tracker rows "covered in W2; not separately assessed" (6.K3),
  "discussed in W6; not assessed" (6.S2c), Reflective Log "formative, not
  marked" (6.A3, 6.A7) -> partially_met; so assessment is not against all
  outcomes (1.9 partially_met). The award rule itself is stated (6.0 met).
- Child development: the only tracker row is a deleted tracked row; the word
  "development" elsewhere is about professional development (6.K4 not_met:
  wrong context + deletion).
- "special arrangements" appear only about Brightwater's own assessments for
  disabled learners (wrong context), nothing on access arrangements for
  national tests (6.S2d not_met; the passage is good evidence for 3.1).
- Governors/strategy explicitly outside the programme, and a comment asking
  to add it is not evidence (6.S1 not_met: negation + comment).
- Footer claim that all programmes "meet national requirements in full" is
  never evidence.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _ho_helpers import *

OUT = Path(__file__).with_name("ho-01-brightwater-scheme-of-work.docx")
d = new_doc("Arial", 10)
header_footer(d.sections[0], "Brightwater Learning Ltd  |  QF07 Scheme of Work (v4)  |  Uncontrolled when printed",
              "Brightwater Learning Ltd is an approved centre. All our programmes meet national requirements in full.")
AU = "Jan Thornley"
AU2 = "Mike Osei"

para(d, "BRIGHTWATER LEARNING LTD", bold=True, size=14)
para(d, "QF07 SCHEME OF WORK", bold=True, size=12)
para(d, "Programme: Leading SEN in Schools (National Award for SEN Coordination)  -  Cohort 1, 2008-09", bold=True)

p = para(d, "Note for the TDA panel. We have sent our scheme of work, on our normal QF07 template, as our application "
            "because it is the document our tutors, assessors and internal verifier actually work from. Parts A to C are the "
            "template's front sheet and say how the course is run; Part D is the scheme itself, workshop by workshop; Part E "
            "is the Outcome Tracker that every learner's assessor completes. Where our template uses the word \"learner\", "
            "read \"participant\". Brightwater has run work-based programmes for teaching assistants since 1997 and this is our "
            "first programme for teachers.")
shade_para(p)

para(d, "")
para(d, "PART A   COURSE DETAILS", bold=True, size=11)
rows = [
    ["Field", "Entry", ""],
    ["Programme title", "Leading SEN in Schools: Postgraduate Certificate in Special Educational Needs Coordination (National Award for SEN Coordination)", ""],
    ["Awarding institution", "University of Castlemere, School of Education. The programme was approved at the University's validation event on 14 May 2008, subject to TDA approval. Brightwater delivers it as a University Accredited Centre.", ""],
    ["Level and credit", "Level 7 (masters level)", "60 credits"],
    ["Guided learning hours", "10 workshops x 5 hours = 50 hours; 3 online units (about 12 hours); workplace tasks", "Total notional learning time: 600 hours"],
    ["Centre / venues", "Brightwater Training Centre, Mill Lane, Ashcombe (ground floor, step-free)", "Saturday repeats at Ashcombe Teachers' Centre"],
    ["Programme leader", "Jan Thornley", ""],
    ["Assessors", "Jan Thornley, Ruth Abiodun, Colin Marsh", ""],
    ["Internal verifier (IV)", "Mike Osei", ""],
    ["External examiner", "Appointed by the University: [name to be confirmed]", ""],
    ["Start date / end date", "September 2008 / July 2009", "Final Examination Board: [date to be confirmed]"],
    ["Group size", "Minimum 10, maximum 18", ""],
]
t = table(d, rows, size=9, widths=[4, 8.5, 4.5])
for i in range(1, len(rows)):
    shade(t.cell(i, 0), "E7E6E6")
    if not rows[i][2]:
        a = t.cell(i, 1).merge(t.cell(i, 2))
        set_cell(a, rows[i][1], size=9)
a = t.cell(0, 1).merge(t.cell(0, 2))
set_cell(a, "Entry", bold=True, size=9)
shade(a, "D9D9D9")

para(d, "")
runin(d, "Aims.", "The programme aims to raise the achievement and improve the well-being of children and young people with "
      "special educational needs and/or disabilities in learners' own schools, across all five Every Child Matters outcomes: "
      "being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. "
      "Every workshop objective in Part D and every assessed task is written to serve that aim, and each task asks the learner "
      "to show how the change they make is intended to improve outcomes for named pupils.")
p = runin(d, "How the course works.", "Each workshop is followed by a Workplace Week in which the learner carries out a "
      "short activity in their own school that applies the workshop to their own pupils and colleagues and feeds one of the three "
      "Workplace Based Tasks (WBT1 to WBT3). The course is therefore rooted in each learner's own school from the first week.")

para(d, "")
para(d, "PART B   GROUP PROFILE AND DIFFERENTIATION", bold=True, size=11)
para(d, "B1  Who the course is for and entry requirements", bold=True)
para(d, "The course is for qualified teachers who are new to the role of SENCO or who are about to take it on. To be accepted "
        "a learner must hold QTS, be employed in a school, and be the school's designated SENCO or named by the headteacher as "
        "the SENCO from the following September. Applicants complete the QF02 application form, which includes a supporting "
        "statement signed by the headteacher, and attend a 30-minute interview with the programme leader. At interview we check "
        "that the applicant has enough knowledge of SEN and enough experience of teaching pupils with SEN to be likely to reach "
        "all the outcomes by July. An applicant who is not yet ready is given written guidance on what to do first (for example "
        "a term shadowing the current SENCO, or our Level 4 short course on SEN support), and with their agreement we telephone "
        "their headteacher to agree the plan.")
para(d, "B2  Safer recruitment", bold=True)
p = para(d, "Learners are asked to give on the enrolment form the date of their most recent CRB enhanced disclosure")
ins_run(p, " and the name of the body that issued it", AU2, "2008-09-03T10:12:00Z")
p.add_run(".")
para(d, "B3  Initial assessment and the Individual Learning Plan", bold=True)
para(d, "Before Workshop 1 every learner completes the Brightwater Skills Scan, which sets out the 28 national outcomes in our "
        "own words (Part E) and asks the learner to rate each one from 1 (new to me) to 4 (I do this confidently and could show "
        "evidence). The assessor then holds a one-hour Initial Review with the learner, tests the ratings against examples from "
        "the learner's school, and agrees an Individual Learning Plan (ILP). The ILP records the learner's starting point, the "
        "outcomes they will give most time to, personal targets for each term, which pieces of reading and which optional "
        "tutorials they will use, and how WBT1 to WBT3 will be focused on their own school's priorities. The ILP is reviewed "
        "at three Progress Reviews (December, March and June).")
para(d, "B4  Prior learning", bold=True)
para(d, "Accreditation of prior certificated learning (APCL) is available for up to 20 credits at Level 7 under the University "
        "of Castlemere's APL regulations, where a learner already holds masters credits in SEN gained in the last five years. "
        "Brightwater does not offer accreditation of prior experiential learning (APEL) on this programme.")
para(d, "B5  Routes through the programme", bold=True)
del_para(d, "Exceptionally, an experienced SENCO or LA SEN support teacher may take an assessment-only route: they would "
            "complete the Skills Scan, submit WBT1 to WBT3 and take the Professional Discussion without attending workshops.",
         AU, "2008-09-02T16:40:00Z")
p = ins_para(d, "All learners follow the taught route.", AU, "2008-09-02T16:41:00Z")
comment(d, p, "University says no route without teaching in year one - can we revisit for 2009-10? JT", AU, "JT")
para(d, "B6  Tailoring, progression and cost", bold=True)
para(d, "Tailoring happens through the ILP: learners choose the pupils, colleagues and school priorities their tasks address, "
        "and those who rated an outcome at 1 or 2 are booked onto optional one-to-one tutorials (up to three per learner) "
        "before the related workshop. Progress towards the outcomes is checked at each Progress Review and the ILP targets are "
        "reset. The fee is \u00a31,250 per learner, including University registration and all materials")
footnote(d, d.paragraphs[-1], "The University's registration fee of \u00a3350 is included. Schools in the Ashcombe NVQ network pay in three termly instalments.")
para(d, "Because the course uses Brightwater's existing centre, assessor team and verification systems, its cost is well below "
        "that of a comparable taught certificate, and learners lose no more than ten half-days from school.")
para(d, "B7  Equality, diversity and access", bold=True)
para(d, "Brightwater's Equality and Diversity Policy (QP04) applies in full. The application pack and course handbook are "
        "available in large print, on coloured paper and electronically, and say on the front page that we welcome applications "
        "from disabled teachers and how to tell us about any support needed. Learners are invited to tell us about a disability "
        "or specific learning difficulty on the application form, again at interview and again at the Initial Review, and the "
        "programme leader agrees reasonable adjustments with them in writing before Workshop 1: for example a reader or "
        "amanuensis, handouts in advance, a BSL interpreter, rest breaks, or a different venue for a Workplace Week visit. "
        "Special arrangements for assessment: learners with a disability or a specific learning difficulty may ask for special "
        "arrangements in Brightwater assessments, such as extra time in the Knowledge Checks or a recorded rather than a written "
        "reflective log. Both venues are step-free with accessible toilets and a hearing loop. We monitor applications, "
        "completions and results by gender, ethnicity and disability each year and report them to the University.")
para(d, "B8  Flexibility", bold=True)
para(d, "There is one intake a year, in September, and the workshops run in a fixed order because each builds on the one "
        "before. Each workshop runs twice, on a Tuesday twilight (4.00 to 8.30pm with a meal) and again on the following "
        "Saturday morning, and learners may attend either.")
para(d, "B9  Online units", bold=True)
p = para(d, "Workshops 2, 3 and 8 are each followed by an online unit on Brightwater Online, our learning platform, with short "
        "readings, video clips and a quiz. Tutors reply to learners' messages on the platform within two working days, and "
        "between workshops learners can telephone or email their assessor. Brightwater Online has no discussion forums, and "
        "learners do not contact one another through it.")
comment(d, p, "Forum? Ruth thinks a group area would help - cost it for next year. MO", AU2, "MO")

para(d, "")
para(d, "PART C   ASSESSMENT, VERIFICATION AND EVALUATION", bold=True, size=11)
para(d, "C1  Assessment", bold=True)
para(d, "The assessed work is: WBT1 Provision Review (4,000 words); WBT2 Family Partnership Case Study (3,000 words); WBT3 "
        "Leading Improvement Project (5,000 words and a 15-minute presentation); two marked Knowledge Checks (KC1 and KC2, "
        "short written answers, 45 minutes each); a tutor observation (OBS) of the learner leading a staff training session in "
        "school; and a final recorded Professional Discussion (PD) of 45 minutes. The Reflective Log (RL) is kept throughout; it "
        "is read at Progress Reviews as a formative record and is not marked. Tasks are marked against the University's Level 7 "
        "criteria and against the outcome statements in Part E.")
para(d, "C2  The award rule", bold=True)
para(d, "A learner is put forward to the University's Examination Board only when every outcome on their Outcome Tracker "
        "(Part E) has been signed by the assessor as evidenced, and the Board confers the award only on learners so put "
        "forward. A learner with any outcome unsigned is referred and may resubmit once.")
para(d, "C3  Internal verification and moderation", bold=True)
para(d, "Mike Osei, our lead internal verifier, samples at least 25% of every assessor's marked tasks, every borderline and "
        "referred piece, and one complete Outcome Tracker per assessor each term, following the QF11 Sampling Plan. Assessors "
        "meet three times a year for standardisation, second-marking the same anonymised scripts and agreeing grades. The "
        "University's link tutor moderates a sample of every task, and the external examiner sees a sample of all work, "
        "attends the Examination Board and writes an annual report.")
para(d, "C4  Staff and their roles", bold=True)
para(d, "Jan Thornley (programme leader) was SENCO of a large Ashcombe primary school for nine years and holds an MA in Special "
        "and Inclusive Education (2006). Ruth Abiodun is a specialist teacher for SpLD and ASD and an accredited dyslexia "
        "assessor (AMBDA). Colin Marsh was a secondary SENCO and LA inclusion consultant until 2007. All three are members of "
        "NASEN and attend at least three days of SEN updating a year. Every tutor and assessor has a half-day induction to the "
        "programme and the QF07 scheme, holds or is working towards the A1 assessor award, and is observed teaching once a "
        "year. Each learner also names a senior colleague in school as Workplace Mentor; mentors receive the Mentor Guide, "
        "which sets out what they do and do not do, and attend a two-hour mentor briefing in September, with a telephone "
        "contact at Brightwater.")
para(d, "C5  Specialist expertise and placements", bold=True)
para(d, "Workshops 3 and 5 use guest specialists: an educational psychologist and a speech and language therapist from the "
        "Ashcombe services, and the coordinator of Ashcombe Parent Partnership Service. There are no placements: all workplace "
        "tasks are completed in the learner's own school.")
para(d, "C6  Resources", bold=True)
para(d, "The Brightwater Training Centre has an assistive technology suite (Clicker 5, Read&Write Gold, Communicate: In Print, "
        "Dragon NaturallySpeaking, an interactive whiteboard and switch-access equipment) used in Workshop 4 and open to learners "
        "on weekdays. Learners are registered students of the University and have full access to its library and e-journals. "
        "Our loan collection holds assessment materials, screening tools and about 400 SEN texts.")
para(d, "C7  Stakeholders", bold=True)
para(d, "In May 2008 we surveyed the headteachers of the 46 schools in our NVQ network (31 replied) and held a focus group "
        "with 12 SENCOs and two officers of Ashcombe LA's SEN team. Headteachers told us that release time was their main "
        "barrier, that they wanted tasks that improve their own school, and that new SENCOs struggle most with managing "
        "teaching assistants and with data. The LA asked for stronger work on provision mapping. As a result we moved the "
        "workshops to twilight and Saturday repeats, based all three WBTs in the learner's own school, and added provision "
        "mapping and deploying support staff to Workshops 6 and 7. Stakeholders also take part in delivery: LA and Parent "
        "Partnership staff speak in Workshops 3 and 5, and headteachers write a witness statement for WBT3. We would like "
        "headteachers and the LA to join our Programme Review meeting in future years.")
para(d, "C8  Evaluation and quality", bold=True)
para(d, "Each workshop ends with the QF09 session evaluation sheet; learners complete an end-of-course survey; and the IV "
        "report, the link tutor's moderation report and the external examiner's report all go to the Programme Review meeting "
        "each July, which revises this scheme of work and records the changes on its version page. The course also sits "
        "within the University's annual monitoring. At the final Progress Review each learner re-runs the Skills Scan and "
        "rates their confidence on each outcome again, so we can compare starting and finishing competence and confidence "
        "for the cohort. We intend to look at ways of measuring the effect on pupils' achievement in future cohorts.")
para(d, "C9  After the course", bold=True)
para(d, "At the final Progress Review learners are given a copy of the Brightwater Progression Routes leaflet, which lists the "
        "University's MA modules.")

# ---- Part D landscape scheme
landscape(d)
para(d, "PART D   SCHEME OF WORK", bold=True, size=11)
hdr = ["Wk / date", "Workshop", "By the end of the session learners will be able to", "Methods and activities",
       "Resources", "Assessment", "Embedding (ECM / E&D)"]
blocks = [
    ("Block 1 - Autumn term: Knowing the framework", [
        ["Wk 2\n16/20 Sep", "W1 The SENCO role and the law",
         "explain the duties in the Education Act 1996 and the SEN Code of Practice 2001, including School Action, School Action Plus and statutory assessment, and what they mean for the school, the SENCO and others;\nexplain the five Every Child Matters outcomes and the SENCO's part in helping pupils achieve them;\nsummarise Removing Barriers to Achievement (2004) and the Government's current SEN initiatives",
         "Input; card sort of duties; case scenarios; Workplace Week: audit the school's SEN policy against the Code",
         "Code of Practice; SEN Toolkit; Removing Barriers to Achievement", "WBT1; KC1", "ECM: all five outcomes introduced"],
        ["Wk 5\n7/11 Oct", "W2 Disability, equality and access",
         "explain the Disability Discrimination Act 1995 and 2005, the Disability Equality Duty and accessibility planning, and the actions they require of a school",
         "Input; school accessibility plans compared; online unit 1", "DDA Code of Practice for Schools; school plans", "Not separately assessed", "E&D: disability equality"],
        ["Wk 8\n4/8 Nov", "W3 Understanding needs",
         "describe BESD, specific learning difficulties including dyslexia, SLCN, ASD and MLD, and how each can affect learning;\nuse reports from educational psychologists, speech and language therapists and other professionals to plan teaching",
         "Guest EP and SALT; case files; online unit 2", "Anonymised case files; screening tools", "KC2; WBT3", "ECM: enjoying and achieving"],
        ["Wk 11\n2/6 Dec", "W4 Teaching approaches and ICT",
         "evaluate critically a range of approaches, strategies and resources for assessment, planning, teaching and learning, including ICT, for removing barriers to learning;\nsummarise research and inspection evidence on effective SEN practice",
         "Hands-on in the assistive technology suite; journal club on two research papers", "Lewis and Norwich (2005); Ofsted reports (2004, 2006)", "WBT3 (literature and approach)", "E&D: personalisation"],
    ]),
    ("Block 2 - Spring term: Leading provision", [
        ["Wk 14\n13/17 Jan", "W5 Families and other agencies",
         "build fair, respectful and constructive relationships with pupils with SEN and their parents and carers, and liaise with parents to support learning;\nexplain the roles of external agencies, including voluntary organisations, and the Common Assessment Framework, and work with them on a coordinated plan for a pupil",
         "Parent Partnership coordinator; role-play of a difficult meeting; agency mapping", "CAF guidance; local directory", "WBT2", "ECM: staying safe; being healthy"],
        ["Wk 18\n10/14 Feb", "W6 Data, targets and provision maps",
         "identify pupils who may have SEN using observation, data and assessment, set challenging targets, plan interventions and review progress;\nuse summative data, including Key Stage tests, P scales and RAISEonline, to track progress and change programmes;\nuse a provision map to plan provision and find ineffective or missing provision;\nsupport colleagues to use formative assessment with pupils with SEN",
         "Data workshop with own school's data; provision map exercise; discussion of assessment for learning", "Provision mapping templates; RAISEonline extracts", "WBT1; WBT3", "ECM: enjoying and achieving"],
        ["Wk 22\n10/14 Mar", "W7 Managing the role and deploying support staff",
         "deploy and manage teaching assistants and other staff effectively;\nprioritise, manage time and delegate;\ngain the commitment of the headteacher and senior leaders to an improvement;\nanticipate problems and make sound decisions about provision",
         "Time-management exercise; TA deployment case study; in-tray scenarios", "Brightwater TA deployment audit", "WBT1; WBT3; PD; RL", "E&D: staff roles"],
    ]),
    ("Block 3 - Summer term: Improving practice", [
        ["Wk 27\n21/25 Apr", "W8 Review and self-evaluation",
         "explain the principles of school self-evaluation and how they relate to outcomes for pupils with SEN;\nreview, with other staff, the effectiveness of provision to inform the SEF;\ninvolve pupils in planning and reviewing their own provision",
         "SEF extracts; review meeting simulation; a 30-minute discussion of pupil voice; online unit 3", "Ofsted SEF guidance", "WBT1", "ECM: making a positive contribution"],
        ["Wk 31\n19/23 May", "W9 Developing colleagues",
         "support colleagues' professional development by observing and giving feedback, modelling, coaching and mentoring, and planning and leading training",
         "Micro-teaching; coaching triads; planning the OBS session", "Coaching prompts", "OBS", "E&D: inclusive CPD"],
        ["Wk 35\n16/20 Jun", "W10 Presenting the project",
         "present an improvement project clearly in speech and writing and respond to questions;\nreview own learning and next steps",
         "WBT3 presentations; peer questions; final Progress Review", "-", "WBT3; PD", "ECM: economic well-being"],
    ]),
]
nrows = 1 + sum(1 + len(b[1]) for b in blocks)
t = d.add_table(rows=nrows, cols=len(hdr))
t.style = "Table Grid"
for j, h in enumerate(hdr):
    set_cell(t.cell(0, j), h, bold=True, size=8)
    shade(t.cell(0, j), "D9D9D9")
i = 1
for title, rs in blocks:
    merge_row(t, i, title, fill="BDD7EE", size=8)
    i += 1
    for r in rs:
        for j, v in enumerate(r):
            set_cell(t.cell(i, j), v, size=8)
        i += 1

para(d, "")
para(d, "Workplace Weeks: after every workshop the learner carries out the activity set in the workshop in their own school "
        "and records it in the Reflective Log. WBT1 is due in January, WBT2 in April and WBT3 in June.")
para(d, "WBT1 Provision Review. The learner reviews SEN provision in their own school against the Code of Practice: analyses "
        "summative attainment data (including Key Stage results and P scales) for a group of pupils on the SEN register, builds a "
        "provision map, identifies ineffective or missing provision, reviews the deployment of teaching assistants, and, "
        "with colleagues, judges how effective the provision is and what the school's self-evaluation should say about it. "
        "WBT1 is written for the learner's line manager. Learners are not asked to work with governors or senior leaders on "
        "school policy or strategy through this programme.")
comment(d, d.paragraphs[-1], "Should WBT1 go to governors too? Discuss at July review. MO", AU2, "MO")
para(d, "WBT2 Family Partnership Case Study. The learner works with one pupil, the pupil's parents or carers and at least one "
        "outside agency over a term, and writes up how the relationship was built, what was agreed, how the agencies' "
        "assessments shaped teaching, and what changed for the pupil.")
para(d, "WBT3 Leading Improvement Project. The learner leads one improvement in SEN provision in their school, drawing on "
        "research evidence and external advice; identifies the pupils concerned, sets targets, plans the intervention and reviews "
        "progress; and shows how they secured the support of the headteacher and senior leaders (evidenced by the head's "
        "witness statement) and how the change has improved practice.")

# ---- Part E tracker
portrait(d)
para(d, "PART E   OUTCOME TRACKER", bold=True, size=11)
para(d, "The tracker lists the 28 national outcomes in Brightwater's words. Assessors sign each line when the evidence named has "
        "been seen.")
rows = [
    ["Ref", "Outcome (Brightwater wording)", "Workshop", "Evidence / assessment"],
    ["P", "PERSONAL EFFECTIVENESS", "", ""],
    ["P1", "Builds fair, respectful relationships with pupils with SEN and their families", "W5", "WBT2"],
    ["P2", "Wins the commitment of the head and senior leaders", "W7", "WBT3 with head's witness statement"],
    ["P3", "Prioritises, manages time and delegates", "W7", "RL (formative, not marked)"],
    ["P4", "Anticipates problems and makes sound decisions on provision", "W7", "PD"],
    ["P5", "Communicates clearly in speech and writing; listens to others", "W10", "All written tasks; WBT3 presentation; PD"],
    ["P6", "Uses research and outside advice to improve own and colleagues' practice", "W4", "WBT3"],
    ["P7", "Keeps up to date and takes charge of own CPD in SEN", "W10", "RL (formative, not marked)"],
    ["K", "KNOWING", "", ""],
    ["K1", "SEN law and the Code of Practice, and putting them into practice", "W1", "KC1; WBT1"],
    ["K2", "Every Child Matters and the SENCO's part", "W1", "KC1"],
    ["K3", "Disability equality law and what it requires", "W2", "covered in W2; not separately assessed"],
    ["K4", "How children develop and what affects development", "W3", "KC2"],
    ["K5", "The common types of SEN and disability and their effect on learning", "W3", "KC2"],
    ["K6", "Approaches, strategies and resources, including ICT", "W4", "WBT3"],
    ["K7", "School self-evaluation and improvement for SEN", "W8", "WBT1"],
    ["K8", "Best practice and research in SEN", "W4", "WBT3"],
    ["K9", "External agencies and getting specialist support", "W5", "WBT2"],
    ["L", "LEADING PRACTICE", "", ""],
    ["L1", "Identifies pupils, sets targets, plans interventions, reviews progress", "W6", "WBT3"],
    ["L2", "Uses other professionals' assessments to shape teaching", "W3, W5", "WBT2"],
    ["L3", "Uses summative data, including national tests, to track and adjust", "W6", "WBT1"],
    ["L4", "Helps colleagues develop formative assessment for pupils with SEN", "W6", "discussed in W6; not assessed"],
    ["L5", "Uses provision mapping; spots ineffective or missing provision", "W6", "WBT1"],
    ["L6", "Deploys and manages support staff", "W7", "WBT1"],
    ["L7", "Supports colleagues' professional development", "W9", "OBS"],
    ["L8", "Reviews provision with staff to inform self-evaluation", "W8", "WBT1"],
    ["L9", "Involves pupils in planning and reviewing their provision", "W8", "covered in W8; not separately assessed"],
    ["L10", "Liaises with parents and carers", "W5", "WBT2"],
    ["L11", "Works in partnership with other services and voluntary bodies", "W5", "WBT2"],
]
t = table(d, rows, size=8, widths=[1.2, 9, 2.2, 4.6])
for i, r in enumerate(rows):
    if r[0] in ("P", "K", "L"):
        merge_row(t, i, r[1], fill="E2EFDA", size=8)
del_row(t, rows.index(["K4", "How children develop and what affects development", "W3", "KC2"]), AU, "2008-09-02T16:55:00Z")
para(d, "")
para(d, "Assessor signature: ______________________   IV signature: ______________________   Date: __________")

save(d, OUT)
print("wrote", OUT)
