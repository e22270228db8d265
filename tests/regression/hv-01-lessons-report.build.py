"""hv-01-lessons-report: Wealdbrook Regional Learning Centre (WRLC).

Provider: a regional CPD centre run by a consortium of two universities (the
University of Wealdbrook, which validates, and Tennant Hill University) and four
local authorities (Ashmere, Croyde Vale, Northfold, Sallowmarsh). Modelled on the
regional Science Learning Centres: its business to date is subject-leadership
courses ("Leading Science", "Leading Mathematics", the "Middle Leaders
Programme"). It now applies to add the National Award for SEN Coordination.

Document kind: a PRINCE2-style LESSONS REPORT. The Centre's programme team
reviewed three years of its subject-leadership courses and wrote up what it
learned, lesson by lesson, and how each lesson shapes the new "SENCO Award". The
team sends the report as it stands as the application, with a covering note in a
floating text box. House vocabulary: Blocks A-C, Core Days CD1-CD9, the
Residential, Starting Point Profile, Individual Learning Plan, Leadership
Conversation, School Inquiry, Tasks 1-3, Impact Review, Outcome Record, Next
Steps Plan, Joint Board.

Layout: document-control table; no criterion headings anywhere; Part 1 method
(prose); Part 2 a lessons log table LL-01 to LL-18 (Ref / Theme / What we found
on the subject-leadership courses / What the SENCO Award does / Status) with
merged, shaded theme rows, statuses Adopted / Adopted (pilot) / Open / Not
carried forward; Part 3 the Award in outline with a Core Day table; Part 4
staffing, assessment and quality prose; Annex A block outcome lists ("By the end
of Block B participants can ...") with "How Block B is assessed"; Annex B the
curriculum group's coverage check table in the Centre's own short wording with
"Developed in" / "Assessed in" columns and a merged note row. Header and footer;
a tracked insertion (counts) and a tracked deletion (does not); three comments.

Traps (ids):
- Past arrangements on OTHER programmes everywhere: the "SLC Connect" online
  community of Leading Science (3.3 is not_applicable: the Award says it has no
  online or e-learning element); single start date of Leading Mathematics (3.2 is
  met from the Award's own two start points); subject-leadership special school
  visits (5.5).
- Tracked insertion: the January start point and twilight option are an
  inserted passage, so they count (3.2 met).
- Tracked deletion + comment + footer: the only Centre-side CRB check is a
  deleted sentence; a comment asks about it; the footer claims everyone is
  checked; the body says checks are "a matter for the employing school" (5.3
  not_met: someone else's responsibility).
- Status "Open" plans: assessment-only route to be decided by the Joint Board
  (2.3 not_met); exam access arrangements undecided (6.S2d not_met).
- "Not carried forward": the child development day was dropped and nothing
  replaces it (6.K4 not_met).
- Hopes: headteachers' part in evaluation "would like ... will explore" (4.3
  partial, delivery involvement only); a follow-up of pupils' outcomes "hope to"
  (5.9 partial, participants' confidence only).
- Conditional/unguaranteed: special-school visits "depend on host schools'
  availability" (5.5 partial); SEN stock "to be built up" (5.6 partial).
- General terms only: access needs question and accessible venues, nothing on
  adjustments in assessment (3.1 partial).
- Outcomes developed but with "-" in Assessed in, recorded from self-rating on
  the Outcome Record: time and delegation (6.A3), disability equality law (6.K3),
  formative assessment with colleagues (6.S2c), pupils planning their provision
  (6.S7); tracking data assessed only formatively at CD5 (6.S2b). Hence 1.9
  partial and 6.0 partial (the award rule lets self-rating stand for evidence).
- Right words, wrong thing: "development" in professional development, the
  Centre's own "Part 3" and "Block C"; the Centre's own "LL-" numbers.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _hv_helpers import *  # noqa

OUT = Path(__file__).with_name("hv-01-lessons-report.docx")
doc = new_doc("Arial", 10)
header_footer(doc, "WRLC Programme Team | Lessons Report LR-2008-03 | Version 0.9",
              "Wealdbrook Regional Learning Centre. Safeguarding: all Centre staff and participants are CRB checked.")

para(doc, "Wealdbrook Regional Learning Centre", bold=True, size=16)
para(doc, "Lessons Report LR-2008-03", bold=True, size=13)
para(doc, "Subject Leadership Programmes 2005-2008: what we learned, and how it shapes the SENCO Award", italic=True, size=12)

table(doc, [
    ["Document control", ""],
    ["Reference", "LR-2008-03"],
    ["Owner", "Dr Helen Marchbank, Programme Director, WRLC"],
    ["Prepared by", "WRLC Programme Team with the Joint Board curriculum group"],
    ["Version / date", "0.9, 14 October 2008"],
    ["Distribution", "Joint Board; LA partner leads; University of Wealdbrook Academic Development Office; TDA (as our application for approval)"],
    ["Status", "Approved by the Joint Board for submission, subject to the open lessons in Part 2"],
], widths=[4, 12])

textbox(doc, [
    ("Note for the TDA panel", True),
    ("We have chosen to send our Lessons Report rather than rewrite our plans into a new format. "
     "The report is how our Joint Board actually designed the SENCO Award: every decision about the Award is "
     "tied to something we learned running subject-leadership courses for 1,140 teachers since 2005. "
     "Part 3 and the two annexes describe the Award itself. Lessons marked Open are still open and we have not "
     "hidden them.", False),
    ("Helen Marchbank, Programme Director", False),
], height_pt=110)

doc.add_heading("Part 1. Why we wrote this report and how", level=1)
para(doc, "The Wealdbrook Regional Learning Centre (WRLC) was set up in 2005 by a consortium of two universities, "
     "the University of Wealdbrook and Tennant Hill University, and four local authorities: Ashmere, Croyde Vale, "
     "Northfold and Sallowmarsh. Its governing body is the Joint Board, with one member from each partner and two "
     "headteachers. Since 2005 the Centre has run three families of courses: Leading Science (primary and secondary), "
     "Leading Mathematics, and the Middle Leaders Programme for subject and phase leaders. The University of Wealdbrook "
     "has accredited the Middle Leaders Programme at masters level since 2006.")
para(doc, "In spring 2008 the Joint Board agreed to add the National Award for SEN Coordination (in this report, "
     "the SENCO Award) to the Centre's offer from January 2009. Before designing it, the programme team reviewed what "
     "three years of subject-leadership courses had taught us. This report records those lessons. It follows the "
     "Centre's usual lessons format: each lesson has a reference, what we found, what the SENCO Award does about it, "
     "and a status.")
para(doc, "Sources of the lessons", bold=True)
for t in [
    "End-of-course evaluations from 1,140 participants on 61 courses, 2005-2008, and the 12-month follow-up survey "
    "returned by 388 of them.",
    "Four LA partner reviews, one per authority, held in March and April 2008 with each authority's SEN lead, "
    "educational psychology service and advisory teachers.",
    "A regional survey of SENCOs and headteachers (212 returns from the four authorities, May 2008) about what a new "
    "SENCO needs from accredited training.",
    "Two focus groups of serving SENCOs (19 people) and one of parents from the Ashmere and Northfold parent partnership "
    "services (11 people), June 2008.",
    "The external examiner's reports on the Middle Leaders Programme, 2006-07 and 2007-08.",
]:
    para(doc, t, style="List Bullet")
para(doc, "What the survey and the LA reviews told us, in short: new SENCOs want most help with the Code of Practice "
     "and statutory assessment, with leading and deploying teaching assistants, with provision mapping, and with "
     "working alongside parents and outside agencies; headteachers want SENCOs who can talk to the senior team about "
     "data and value for money; the four LA SEN leads want a shared language for provision mapping across the region; "
     "parents asked that SENCOs learn to listen before they explain. Each of these shaped the Award, as Part 2 shows.")

doc.add_heading("Part 2. The lessons log", level=1)
para(doc, "Status key: Adopted = in the SENCO Award as approved by the Joint Board; Adopted (pilot) = in the Award for "
     "the first cohort and reviewed after it; Open = not yet decided; Not carried forward = a feature of the "
     "subject-leadership courses that the SENCO Award will not have.", italic=True, size=9)

log = [
    ["Ref", "What we found on the subject-leadership courses", "What the SENCO Award does", "Status"],
    ("Theme 1: Design and content",),
    ["LL-01", "Courses built around a school-based project had the highest impact scores at 12 months (4.3 out of 5 against 3.1 for taught-only courses).",
     "Every participant carries out a School Inquiry in their own school, running through Blocks B and C, on the learning and well-being of a group of pupils with SEN and/or disabilities in their school, and writes it up as Task 2. Each Block ends with a gap task done in school and reported back at the next Core Day.", "Adopted"],
    ["LL-02", "Participants valued courses that drew on current research and inspection findings, and marked down sessions that felt dated.",
     "Each Core Day opens with a Research Digest prepared by the university tutors: for 2008-09 it draws on the Ofsted report Inclusion: does it matter where pupils are taught? (2006), the Education and Skills Committee report on SEN (2006), the Bercow Review of services for children with speech, language and communication needs (2008) and current studies of teaching assistant deployment. Participants critique one study per Block in their tasks.", "Adopted"],
    ["LL-03", "Leading Science participants told us the biggest barrier to change was the headteacher's diary, not their own knowledge.",
     "A Leadership Conversation between the participant and their headteacher is built into each Block, with a prompt sheet from the Centre. In Block C the participant presents their provision review to the head or a governor and records the outcome.", "Adopted"],
    ["LL-04", "Course aims written around the teacher (\"develop your confidence\") were hard to evaluate.",
     "The Award's aims are written around pupils: to raise the achievement of pupils with SEN and/or disabilities across all five Every Child Matters outcomes, and to make the participant the person who leads that improvement in their school. Each Task asks what difference the work made to pupils.", "Adopted"],
    ["LL-05", "The Middle Leaders \"How children learn and develop\" day was the lowest-rated day on any Centre course (2.4 out of 5) for three years running.",
     "The day has not been carried forward and the SENCO Award has no day on child development.", "Not carried forward"],
    ("Theme 2: Entry, prior learning and personal routes",),
    ["LL-06", "Middle Leaders with a previous M-level module wanted it counted and often dropped out when it was not.",
     "The University of Wealdbrook's regulations for the accreditation of prior certificated and experiential learning apply to the Award. A participant may claim up to 20 of the 60 credits, normally against Block A, by submitting a mapped claim with evidence; the claim is assessed by the Award Leader and confirmed by the University's APL panel before the participant starts.", "Adopted"],
    ["LL-07", "Some experienced teachers asked whether they could be assessed without attending.",
     "The Joint Board will decide in spring 2009 whether to offer an assessment-only route for the SENCO Award. Until it does, every participant follows the taught programme.", "Open"],
    ["LL-08", "Participants who arrived with very different starting points were bored or lost on the same days.",
     "Before Core Day 1 each participant completes the Starting Point Profile, rating themselves against every national outcome with the evidence for each rating, and discusses it with their Personal Tutor and headteacher. The tutor and participant then agree an Individual Learning Plan: the outcomes the participant will give most time to, the optional Core Day workshops they will attend, and a personalised set of Award Targets. The Plan is reviewed at the end of each Block.", "Adopted"],
    ["LL-09", "Arrangements for pupils in national tests were left to each school's examinations officer on our courses and never came up.",
     "The curriculum group has not yet decided where, or whether, access arrangements for tests and examinations belong in the Award.", "Open"],
    ("Theme 3: Access and flexibility",),
    ["LL-10", "Leading Mathematics had one start date a year; 40 teachers on the waiting list never started.",
     None, "Adopted"],
    ["LL-11", "Leading Science used SLC Connect, an online community with discussion boards and an e-tutor. Log-ins fell to almost nothing after the second term.",
     "SLC Connect has not been carried forward. The SENCO Award has no online or e-learning element in 2008-09: contact is at Core Days, the Residential, tutorials in school and by telephone and email.", "Not carried forward"],
    ["LL-12", "Our venues were chosen for science laboratories, not for access.",
     "All Award venues have level access and a hearing loop, and the booking form asks whether a participant has any access requirements.", "Adopted"],
    ("Theme 4: Partners and stakeholders",),
    ["LL-13", "The four LA partners' officers were under-used on the subject-leadership courses.",
     "LA SEN advisory teachers, educational psychologists and the parent partnership officers lead named sessions (Core Days 3, 6 and 7), and each authority hosts one Core Day. We would like headteachers and LA officers to contribute to evaluating the Award too, and will explore how this might work during the first year.", "Adopted"],
    ["LL-14", "Course changes we made after partner reviews were not reported back, so partners stopped commenting.",
     "The SENCO Award was changed in design after the 2008 consultation: the LA SEN leads asked for a common approach to provision mapping, so Core Day 6 now teaches the region's shared provision-map format; headteachers asked for the SENCO to be ready to talk to senior leaders, which produced the Leadership Conversations (LL-03); parents asked that SENCOs learn to listen, which produced the parent-partnership session on Core Day 7. A \"you said, we did\" note goes to every partner each July.", "Adopted"],
    ("Theme 5: Safeguarding and entry checks",),
    ["LL-15", "On the subject-leadership courses we did not ask for CRB information, because participants are employed teachers whose schools hold their disclosures.",
     None, "Adopted"],
    ["LL-16", "A few Middle Leaders enrolled without the role or support they needed and could not complete the project.",
     "Entry to the Award requires qualified teacher status, appointment (or designation by the governing body) as the school's SENCO or as SENCO-designate, and the headteacher's signed support, including release for the Core Days. Each application is read by the Award Leader, who telephones any applicant whose form suggests they may not yet be ready; the applicant is told what they need to do to reach the entry level, and the Award Leader agrees this with their headteacher.", "Adopted"],
    ("Theme 6: Quality and evaluation",),
    ["LL-17", "Our evaluation told us about participants' satisfaction and confidence, but almost nothing about pupils.",
     "Participants rate their confidence against each national outcome at the start (Starting Point Profile) and again at the Impact Review, and the change is reported to the Joint Board. We hope to follow up a sample of schools a year after completion to see whether outcomes for pupils have improved.", "Adopted (pilot)"],
    ["LL-18", "The Centre's resource library holds science and mathematics stock only.",
     "SEN stock for the library is to be built up with the LA SEN support services' loan collections during the first year.", "Open"],
]
t = doc.add_table(rows=len(log), cols=4)
t.style = "Table Grid"
for i, row in enumerate(log):
    if isinstance(row, tuple):
        merge_row(t, i, row[0])
        continue
    for j, val in enumerate(row):
        if val is None:
            continue
        cell_text(t.cell(i, j), val, bold=(i == 0), size=9)
        if i == 0:
            shade(t.cell(i, j), "BFBFBF")
# LL-10: the Award's action is a tracked insertion (counts)
r10 = [k for k, row in enumerate(log) if isinstance(row, list) and row[0] == "LL-10"][0]
c = t.cell(r10, 2)
c.text = ""
p = c.paragraphs[0]
tracked(p, "del", "The Award has one fixed start in September 2009. ", author="H. Marchbank")
tracked(p, "ins", "It has two start points, January and September, and each Core Day runs twice, at the Ashmere Centre and at Northfold Teachers' Centre, so a participant who misses a day takes it with the other group. Blocks A and B may be taken in either order. Core Days 6 to 9 can also be taken as pairs of twilight sessions.", author="H. Marchbank")
# LL-15: CRB
r15 = [k for k, row in enumerate(log) if isinstance(row, list) and row[0] == "LL-15"][0]
c = t.cell(r15, 2)
c.text = ""
p = c.paragraphs[0]
run = p.add_run("We will keep this approach for the SENCO Award: checking enhanced CRB disclosures is a matter for the employing school. ")
run.font.size = Pt(9)
tracked(p, "del", "The Centre will ask each participant's headteacher to confirm in writing that a current enhanced disclosure is held.", author="R. Dacre")
comment(doc, run, "Is this enough? Para 26 of the spec seems to expect the provider to check. Can we put back Rob's sentence?", author="Siobhan Feeney (Croyde Vale)", initials="SF")
for row in t.rows:
    for j, w in enumerate([1.4, 5.2, 8.0, 2.2]):
        row.cells[j].width = Cm(w)

doc.add_heading("Part 3. The SENCO Award in outline", level=1)
para(doc, "The SENCO Award is a Postgraduate Certificate in Special Educational Needs Coordination of the University "
     "of Wealdbrook: 60 credits at masters level (level 7), in three 20-credit Blocks. The University validated it on "
     "2 October 2008 as a new award within its Postgraduate Professional Development framework, with Tennant Hill "
     "University as a teaching partner. The Centre delivers; the University awards. A participant starting from "
     "scratch takes about a year part time.")
para(doc, "Block A: The SENCO, the law and the school. Block B: Learners, barriers and teaching. Block C: Leading "
     "provision. Each Block has three Core Days at the Centre's venues, a gap task in school, a tutorial in school with "
     "the participant's Personal Tutor, and an assessed Task. A two-day Residential at Croyde Vale Lodge sits between "
     "Blocks B and C.")
table(doc, [
    ["Day", "Focus (Centre's own title)", "Led by"],
    ["CD1", "The SENCO's job: the Code of Practice, statutory assessment, the Disability Discrimination Act and the school's duties", "Award Leader; Ashmere SEN lead"],
    ["CD2", "Every Child Matters and the SENCO; working with the senior team and governors", "Award Leader"],
    ["CD3", "The wider team: who else is around the child, and how to get them", "Northfold EP service; advisory teachers"],
    ["Residential", "Managing the SENCO's week: priorities, time and delegation; difficult conversations; the first Leadership Conversation", "Programme Director; two serving SENCOs"],
    ["CD4", "Knowing the learners: behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders, moderate learning difficulties; hearing the pupil", "Tennant Hill tutors; Croyde Vale advisory teachers"],
    ["CD5", "Assessment for learning and assessment of learning: using reports from other professionals, tracking data and national test results, and helping colleagues with formative assessment", "Tennant Hill tutors"],
    ["CD6", "Provision mapping in the region's shared format; deploying and managing teaching assistants", "Sallowmarsh SEN lead; Award Leader"],
    ["CD7", "Parents and carers as partners; multi-agency work and the voluntary sector", "Parent partnership officers; Ashmere family support team"],
    ["CD8", "Coaching, observing and leading training for colleagues", "Programme Director"],
    ["CD9", "Evaluating provision and school self-evaluation; the Impact Review", "Award Leader; external examiner (as guest)"],
], widths=[2, 10, 4.5])
para(doc, "")
para(doc, "Why the Residential? (LL-03 and the 2008 survey)", bold=True)
para(doc, "New SENCOs in the survey said that their hardest problem is not knowing what to do but finding the time to do "
     "it. The Residential is where they plan their SENCO year, practise the conversations they dread, and start the "
     "Leadership Conversation with their head. It is the most practical part of the Award and we have kept it "
     "deliberately free of assessment.")
para(doc, "At the end: the Impact Review and the Next Steps Plan", bold=True)
para(doc, "The Award ends with the Impact Review on Core Day 9, when each participant presents what changed for pupils "
     "and staff in their school. The last session of the day is given to each participant's Next Steps Plan: "
     "participants take a planning sheet that sets out the Centre's and universities' progression routes (the MA in "
     "Education at Wealdbrook, the Centre's leadership courses, specialist qualifications offered by the LAs) and "
     "agree their next professional targets with their headteacher or line manager within half a term.")

doc.add_heading("Part 4. Staffing, assessment and quality", level=1)
para(doc, "Who teaches the Award", bold=True)
table(doc, [
    ["Role", "Person", "Background"],
    ["Programme Director", "Dr Helen Marchbank (WRLC)", "Former primary headteacher and LA inclusion adviser; leads the Middle Leaders Programme; EdD on school leadership of inclusion"],
    ["Award Leader", "Rob Dacre (University of Wealdbrook)", "SENCO for nine years in two secondary schools; senior lecturer in inclusive education; holds the university's PG Certificate in Higher Education"],
    ["Tutors", "Dr Amira Shah, Neil Corrigan (Tennant Hill University)", "Specialist teacher of pupils with specific learning difficulties (AMBDA); former head of an autism resource base"],
    ["LA contributors", "SEN leads, educational psychologists, advisory teachers and parent partnership officers of the four authorities", "Each named in the Tutor Handbook with the sessions they lead"],
], widths=[3.5, 5, 8])
para(doc, "")
para(doc, "All tutors, including LA contributors, attend a tutor induction day in December before the first cohort and "
     "a standardisation day each summer. The Tutor Handbook sets out the roles of Personal Tutor, session leader and "
     "marker, and what each must do and by when. Each participant's school names an Inquiry Mentor (usually a member "
     "of the senior team) who supports the School Inquiry; the Centre briefs Inquiry Mentors at a twilight meeting "
     "in each authority and sends them a one-page guide to their role.")
para(doc, "Specialist expertise", bold=True)
para(doc, "Participants have access through the LA partners to educational psychologists, speech and language "
     "therapists, sensory support teachers and the autism outreach teams, several of whom lead sessions. Visits to "
     "special schools were popular on the Middle Leaders Programme; for the SENCO Award such visits depend on host "
     "schools' availability and are not guaranteed.")
para(doc, "Assessment", bold=True)
para(doc, "There are three assessed Tasks, each marked by the participant's Personal Tutor against the Award's "
     "assessment criteria and the national outcomes each Task covers. Task 1, Policy Briefing (Block A): a 4,000-word "
     "briefing paper for the governing body on the school's SEN and disability duties and how well the school meets "
     "them. Task 2, Learner Inquiry (Block B): a 5,000-word report on the School Inquiry, including the pupils' and "
     "parents' views and the advice of other professionals. Task 3, Provision Review and Impact Review (Block C): the "
     "participant's provision map and review, a record of coaching or training they led for colleagues, and the "
     "Impact Review presentation.")
p = para(doc, "A second tutor marks every fail and a sample of a third of all other scripts; the tutor team moderates "
     "a sample of each Task at a moderation meeting before marks are released; and the external examiner, from "
     "another university, sees the moderated sample and every borderline script and reports to the University's "
     "Assessment Board. ")
para(doc, "Each participant keeps an Outcome Record listing the national outcomes. As each Task is passed, the tutor "
     "signs off the outcomes it assessed. Outcomes without an assessed Task are entered on the Outcome Record from the "
     "participant's own self-rating at the Impact Review. The University's Assessment Board confirms the award when "
     "all three Tasks are passed and the Outcome Record is complete.")
para(doc, "Evaluating the Award", bold=True)
para(doc, "Internally, every Core Day and the Residential are evaluated on the Centre's standard form; the tutor team "
     "reviews the evaluations at the end of each Block; the Award Leader writes an annual programme report for the "
     "University's annual monitoring; and the Joint Board reviews the lessons log each July. Externally, the external "
     "examiner reports each year, and the Centre takes part in the regional centres' peer review every two years. The "
     "evidence goes into the Centre's annual improvement plan, and each change is recorded as a new lesson in this log, "
     "with a \"you said, we did\" note to partners (LL-14).")
para(doc, "Cost", bold=True)
para(doc, "The fee is £1,650 per participant, with the four LAs meeting half the fee for their schools in the first "
     "year. Sharing venues, tutors and administration with the subject-leadership courses keeps the cost per "
     "participant below that of the Middle Leaders Programme. Optional workshops chosen through the Individual "
     "Learning Plan mean participants spend their release time on what they need, not on what they already know.")

doc.add_heading("Annex A. What participants learn in each Block", level=1)
blocks = [
    ("Block A: The SENCO, the law and the school", [
        "explain the SEN Code of Practice and the law on special educational needs, what they mean for their school, for themselves and for colleagues, and how the school puts them into practice;",
        "explain the Every Child Matters outcomes and what the SENCO can do to help pupils with SEN and/or disabilities achieve them;",
        "set out the school's duties under the Disability Discrimination Act and the disability equality duty;",
        "work with the headteacher, senior colleagues and governors to shape an inclusive ethos, the school's SEN policy and priorities, and the use of resources;",
        "win the commitment of the headteacher, senior leaders and colleagues to better outcomes for pupils with SEN and/or disabilities;",
        "write and speak clearly to governors, colleagues and parents, and listen to their views;",
        "explain how school self-evaluation and improvement planning work and where outcomes for pupils with SEN and/or disabilities fit in them.",
    ], "Task 1, Policy Briefing, assesses all of these except disability equality law, which is covered on Core Day 1 but not assessed in the Task."),
    ("Block B: Learners, barriers and teaching", [
        "describe the most common types of SEN and disability and how they affect learning;",
        "identify pupils who may have SEN and/or disabilities from observation, data and assessment, set challenging targets, plan interventions and review progress;",
        "use reports and assessments from educational psychologists, therapists and other professionals to shape teaching;",
        "use tracking data and national test results to follow pupils' progress and change programmes;",
        "help colleagues develop formative assessment, with approaches for pupils with SEN;",
        "weigh up approaches, strategies and resources, including ICT, for removing barriers to learning and personalising provision;",
        "draw on research evidence and best practice to improve their own and colleagues' teaching;",
        "build fair, respectful and constructive relationships with pupils and their parents or carers, and hear the pupil's own view;",
        "involve pupils in planning, agreeing and reviewing their provision.",
    ], "Task 2, Learner Inquiry, assesses the first three, the sixth, seventh and eighth. Tracking data is practised on Core Day 5 with tutor feedback on each participant's own school data. Formative assessment with colleagues and pupils' involvement in planning their provision are developed on Core Days 4 and 5."),
    ("Block C: Leading provision", [
        "use provision mapping to plan provision and find what is missing or not working;",
        "deploy and manage teaching assistants and other staff;",
        "support colleagues' professional development by observing and giving feedback, modelling, coaching and leading training;",
        "review provision with colleagues and feed the findings into the school's self-evaluation;",
        "work with parents and carers, and with other services and voluntary organisations, for a coordinated approach;",
        "know what external agencies do and how to get specialist support and resources;",
        "anticipate and solve problems and make sound, well-founded decisions about provision;",
        "plan their own continuing professional development on SEN and disability and keep up to date;",
        "prioritise, manage their time and delegate well.",
    ], "Task 3, Provision Review and Impact Review, assesses all of these except the last, which is the work of the Residential."),
]
for title, items, how in blocks:
    para(doc, title, bold=True)
    para(doc, "By the end of the Block participants can:")
    for it in items:
        para(doc, it, style="List Number")
    rich(doc, [("How the Block is assessed: ", "b"), (how, "")])

doc.add_heading("Annex B. Curriculum group coverage check (September 2008)", level=1)
para(doc, "The curriculum group checked each national outcome against the Award. Short titles are the group's own.", italic=True, size=9)
cov = [
    ["National outcome (short title)", "Developed in", "Assessed in"],
    ("Professional attributes",),
    ["Relationships with pupils and parents", "CD4, CD7", "Task 2"],
    ["Commitment of head and senior leaders", "CD2, Leadership Conversations", "Task 1"],
    ["Time, priorities, delegation", "Residential", "-"],
    ["Problems and decisions", "CD6, CD9", "Task 3"],
    ["Clear speech and writing; listening", "All Blocks", "Tasks 1 and 3"],
    ["Using research and outside advice", "Research Digest, CD4", "Task 2"],
    ["Own CPD and keeping up to date", "CD9, Next Steps Plan", "Task 3"],
    ("Knowledge and understanding",),
    ["SEN law and the Code of Practice", "CD1", "Task 1"],
    ["Every Child Matters", "CD2", "Task 1"],
    ["Disability equality law", "CD1", "-"],
    ["Common types of SEN and disability", "CD4", "Task 2"],
    ["Approaches, strategies, resources incl. ICT", "CD4, CD5", "Task 2"],
    ["Self-evaluation and improvement", "CD2, CD9", "Task 1"],
    ["Best practice and research", "Research Digest", "Task 2"],
    ["External agencies", "CD3, CD7", "Task 3"],
    ("Skills",),
    ["Strategic influence with senior staff and governors", "CD2", "Task 1"],
    ["Identify, target, intervene, review", "CD4, CD5", "Task 2"],
    ["Using other professionals' assessments", "CD3, CD5", "Task 2"],
    ["Tracking data and national tests", "CD5", "Formative feedback at CD5"],
    ["Formative assessment with colleagues", "CD5", "-"],
    ["Special arrangements for tests and examinations", "To be decided (LL-09)", "-"],
    ["Provision mapping", "CD6", "Task 3"],
    ["Deploying and managing staff", "CD6", "Task 3"],
    ["Colleagues' professional development", "CD8", "Task 3"],
    ["Reviewing provision for self-evaluation", "CD9", "Task 3"],
    ["Pupils involved in their provision", "CD4", "-"],
    ["Liaising with parents and carers", "CD7", "Task 3"],
    ["Partnership with services and voluntary sector", "CD3, CD7", "Task 3"],
    ("A dash means the outcome is entered on the Outcome Record from the participant's self-rating at the Impact Review.",),
]
t2 = doc.add_table(rows=len(cov), cols=3)
t2.style = "Table Grid"
for i, row in enumerate(cov):
    if isinstance(row, tuple):
        merge_row(t2, i, row[0], fill="F2F2F2", bold=(i != len(cov) - 1))
        continue
    for j, val in enumerate(row):
        cell_text(t2.cell(i, j), val, bold=(i == 0), size=9)
        if i == 0:
            shade(t2.cell(i, j), "BFBFBF")
lastp = para(doc, "")
r = lastp.add_run("Open lessons LL-07, LL-09 and LL-18 go to the Joint Board on 12 March 2009.")
comment(doc, r, "Can we say the assessment-only route WILL be offered? Two heads have asked already.", author="Tom Ellery (Northfold)", initials="TE")
p = para(doc, "")
r = p.add_run("Sign-off: Programme Director, for the Joint Board.")
comment(doc, r, "Remember to attach the validation letter from the University.", author="Registry", initials="RG")
doc.save(OUT)
print("wrote", OUT)
