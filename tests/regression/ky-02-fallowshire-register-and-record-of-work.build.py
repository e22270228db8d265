"""ky-02-fallowshire-register-and-record-of-work

Provider (invented): Fallowshire County Council Adult Learning Service, Family Learning
team, with St Ninian's University College (validation). Course: "SENCO: Working with
Families", the team's route to the National Award for SEN Coordination, pilot cohort
begun 24 September 2008.

Document kind and layout: the team's Attendance Register and Record of Work (register
book FL-REG/08) for the pilot cohort, sent whole as the application, as every adult
learning tutor keeps one for funding and audit. A cover box (table, shaded labels)
with the form's prompts left in ("Tutor: ..."); Section A "Notes for tutors keeping
this register", numbered A1-A12, which define the attendance marks and, far above
the tracker, the values of Section E; Section B "Course information (copied from the
Course File)" with typed sub-titles; Section C the Register itself (a grid with a
merged "Sessions" header across ten columns and a CRB column, sessions 1-3 marked);
Section D the Record of Work (one row per session: work covered, outcome refs, how
progress was checked); Section E the Outcomes Tracker "Ref | The learner can (in our
words) | Introduced at session | Signed off at" with values Assignment 1-3, "Gap Task
report" (marked) and "Noted" (no mark); Section F tutor's review; Section G quality.
Three Word comments (Curriculum Manager). Placeholders in square brackets. Header and
footer. No heading styles. No e-learning ("There is no online element").

Traps (requirement ids):
- Credit value is a placeholder "[credit value to be confirmed by St Ninian's]" at
  Level 7 (E.2 partially met).
- Research only in general terms, no named research or inspection evidence (1.3
  partially met), although session 3 teaches "what works" (6.K8 met).
- APL negated: "We do not accredit prior learning" (2.1 not met); a comment asks
  whether to revisit it (comments are not evidence).
- Assessment-only is another provider's route, "we have no arrangement with" it
  (2.3 not met).
- Equality only as a general statement (3.1 partially met).
- One group, fixed order, two sittings of each session (3.2 partially met).
- "There is no online element to this course" (3.3 not applicable).
- Stakeholder needs only "told us informally" (4.1 partially met); the only influence
  claimed rests on those informal remarks and a steering group is only planned for
  2009 (4.2 partially met); stakeholders do sit on the end-of-course review panel and
  answer an impact questionnaire (4.3 met).
- Entry check is QTS and a Fallowshire post only (5.2 partially met).
- CRB: the register records disclosure number and date, checked by the Family
  Learning Coordinator, with a reference from the previous employer (5.3 met).
- Resources are a handout file and a library; no ICT or specialist technology (5.6
  partially met).
- Moderation is a placeholder "[Moderation: arrangements to be confirmed with St
  Ninian's]", the tutor marks alone (5.8 partially met).
- Outcomes "Noted" only (no mark): 6.A5, 6.K9, 6.S2c, 6.S5 (partially met); so 1.9
  partially met.
- 6.A2 appears only in a Word comment (not met).
- 6.S2d appears only as the 2006-07 course's past session, "since been replaced"
  (not met).
- The award rule covers the Tracker's rows, but the Tracker lacks two minimum
  outcomes and four rows can never be signed off at a marked piece (6.0 partially
  met).
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _ky_helpers import *

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
GREY = "808080"
d = new_doc("Calibri", 10.5)
header_footer(d, "Fallowshire County Council  \u2022  Adult Learning Service  \u2022  Register FL-REG/08",
              "Registers are audit documents. Complete in black ink or electronically. Do not remove pages. "
              "Return to the Family Learning office within five days of the last session.")
AUTH = "Rosalind Fenner (Curriculum Manager)"


def prompt(text):
    para(d, text, italic=True, color=GREY, size=9)


def title(text):
    para(d, text, bold=True, size=12, color="1F3864")


def sub(text):
    para(d, text, bold=True)


para(d, "FALLOWSHIRE ADULT LEARNING SERVICE", bold=True, size=15, align="c")
para(d, "ATTENDANCE REGISTER AND RECORD OF WORK", bold=True, size=18, align="c")
para(d, "Family Learning", bold=True, size=12, align="c")
prompt("Tutor: please complete every box on this page before the first session. Incomplete registers cannot be "
       "used for funding claims.")
t = table(d, [
    ["Course title", "SENCO: Working with Families (National Award for SEN Coordination)"],
    ["Course code", "FLW/SEN/0809/01 (pilot cohort)"],
    ["Accredited by", "St Ninian's University College, Department of Education and Childhood Studies"],
    ["Level and credit", "Level 7 (masters), [credit value to be confirmed by St Ninian's]"],
    ["Venue", "Fallowshire Family Learning Centre, 4 Wharf Road, Kelbury"],
    ["Day and time", "Wednesdays, each session run twice: 1.30-4.00 pm and 5.00-7.30 pm"],
    ["First and last session", "24 September 2008 to 10 June 2009 (ten sessions)"],
    ["Tutor(s)", "Mairead Quinn (lead tutor); Owen Pritchard"],
    ["Family Learning Coordinator", "Sunita Bhatt"],
    ["Number enrolled", "12"],
], widths=[4.5, 12.5], header=False)
for r in range(10):
    shade(t.cell(r, 0), "D6E3BC")
para(d, "This register is sent to the Training and Development Agency for Schools with our application for "
        "approval to run the National Award for SEN Coordination. It is the document our tutors keep for every "
        "family learning course: the course information, the register, the record of work and the outcomes "
        "tracker together show what the course is and how we run it.", italic=True)

# ---------------------------------------------------------------- Section A
title("SECTION A: NOTES FOR TUTORS KEEPING THIS REGISTER")
notes = [
    "A1. Mark the register at the start of every session, in ink, for the sitting the learner attends.",
    "A2. Attendance marks: / present; L late (more than 15 minutes); A absent with a reason given; O absent, no "
    "reason; W withdrawn (give the date and reason in the Record of Work).",
    "A3. At enrolment, enter in the CRB column the number and issue date of each learner's enhanced CRB "
    "disclosure from the certificate the learner brings. The Family Learning Coordinator checks each "
    "certificate against the learner's identity documents, initials the column, and writes to the previous "
    "employer of any learner who has changed school in the last two years for a reference. A learner without a "
    "current enhanced disclosure, or whose reference raises a concern, is not enrolled until the Coordinator "
    "has discussed it with the Head of Service.",
    "A4. Two absences without a reason: the tutor contacts the learner the same week. Three: the Coordinator "
    "contacts the learner and their headteacher.",
    "A5. A learner who misses a session may attend the other sitting of the same session, or catch up with the "
    "tutor in the following week's tutorial slot.",
    "A6. Complete the Record of Work (Section D) on the day of each session.",
    "A7. Outcomes Tracker (Section E). \"Introduced at session\" gives the session number where the outcome is "
    "first taught. \"Signed off at\" names the piece of work in which the tutor marks it: Assignment 1, "
    "Assignment 2 or Assignment 3, or the Gap Task report. All of these are marked. Where \"Signed off at\" "
    "reads \"Noted\", the tutor notes the learner's progress in the Record of Work; a Noted outcome carries no "
    "mark and does not count towards the award.",
    "A8. Assignments are handed in at the Family Learning office and logged in the assignment book.",
    "A9. Learning Plans (Section B) are kept in the learner's file, not in this register.",
    "A10. Keep the Pupil Progress Sheets with the learner's Gap Task report.",
    "A11. Any accident or safeguarding concern: follow the service's procedure and tell the Coordinator at once.",
    "A12. At the end of the course, complete Sections F and G and return the register to the office.",
]
for n in notes:
    para(d, n)

# ---------------------------------------------------------------- Section B
title("SECTION B: COURSE INFORMATION (COPIED FROM THE COURSE FILE)")
prompt("Tutor: copy the course information from the Course File. Do not change the wording without the "
       "Curriculum Manager's agreement.")
sub("What the course is for")
para(d, "SENCO: Working with Families is for teachers who are new to the SENCO role. It aims to raise the "
        "achievement and well-being of children with special educational needs and disabilities in Fallowshire "
        "schools: their progress in learning, and also their chances of being healthy, staying safe, enjoying "
        "and achieving, making a positive contribution and achieving economic well-being. Learners study the "
        "law, national policy and the main kinds of SEN, and build the skills of leading colleagues and working "
        "with children, parents and carers and other services. Because we are a family learning team, the "
        "relationship between the school and the family runs through every session. Assignments ask learners "
        "to show how their work has improved outcomes for children.")
sub("Accreditation")
para(d, "The course is validated by St Ninian's University College as a Level 7 (masters) module, \"Leading "
        "Provision for SEN\", in its Postgraduate Certificate in Professional Studies in Education. Learners "
        "who complete it successfully are awarded the module credit by St Ninian's and the National Award for "
        "SEN Coordination. The course is entirely ours; St Ninian's validates it, sets the masters-level "
        "marking criteria and confers the credit.")
sub("Who can join")
para(d, "The course is open to any qualified teacher working in a Fallowshire school. Learners enrol at the "
        "Family Learning Centre and bring their QTS certificate and their CRB disclosure (see note A3).")
sub("Getting started: the Starting Point chat and Learning Plan")
para(d, "Before the first session each learner has a Starting Point chat with the lead tutor, in school or by "
        "telephone. The learner brings a self-assessment in which they rate themselves against every row of the "
        "Outcomes Tracker (Section E) as \"new to me\", \"getting there\" or \"confident\", with an example for "
        "each \"confident\" rating. Together they agree a Learning Plan: the three to five outcomes the learner "
        "will work on hardest, the personal targets the learner sets for each, the focus of the Gap Task, and "
        "which optional tutorials they will attend. The tutor reviews the Learning Plan with the learner at the "
        "tutorials after sessions 4 and 8 and changes it when the evidence shows it should. Where most of the "
        "group rate themselves confident on an outcome and their examples bear it out, the tutors shorten that "
        "part of the session and use the time on outcomes the group finds harder.")
sub("Prior learning")
p = para(d, "We do not accredit prior learning: every learner completes all ten sessions and all three "
            "assignments, whatever their earlier study or experience.")
d.add_comment(p.runs[0], "Should we revisit APL for 2009-10? Two heads have asked.", author=AUTH, initials="RF")
para(d, "Teachers who ask to be assessed without taking the course are referred to the University of "
        "Eastbrook, which runs an assessment-only route; we have no arrangement with Eastbrook.")
sub("How the course runs")
para(d, "Ten sessions run on Wednesdays through the school year, and each session is offered twice on the "
        "same day, in the afternoon and the evening, so that learners can come to whichever sitting their "
        "school can release them for. The sessions follow in a fixed order and the course starts once a year, "
        "in September. There is no online element to this course.")
para(d, "After every session learners carry out a Monday Morning task in their own school: a short piece of "
        "practice drawn from the session (for example, rewriting a letter home, observing a child's lesson, or "
        "running a review meeting with parents), and report back on it at the start of the next session. The "
        "Gap Task, between sessions 6 and 9, is a half-term piece of work in the learner's school in which they "
        "lead a change in provision for a small group of children with SEN, working with the children's "
        "families, and measure what difference it made.")
sub("Measuring the difference")
para(d, "At session 2 each learner chooses three children with SEN in their school and records a baseline on a "
        "Pupil Progress Sheet: a reading or number measure the school already uses, attendance, and the child's "
        "own rating of how they feel about school. The learner repeats the measures at session 9 and discusses "
        "the change, and what caused it, in the Gap Task report. Learners rate their own confidence on every "
        "Tracker row at the Starting Point chat and again at session 10. Six months after the course ends, the "
        "Coordinator sends each learner's headteacher a short questionnaire about the difference the course has "
        "made to SEN provision in the school. The tutors summarise all of this each summer in the course "
        "review (Section G).")
sub("Who teaches it")
para(d, "Mairead Quinn (lead tutor) was SENCO of a large primary school in Kelbury for eight years, holds an "
        "MEd in Special Educational Needs and the Certificate in Further Education Teaching, and has been a "
        "family learning tutor since 2004. Owen Pritchard is a former secondary SENCO and specialist teacher "
        "for autism in the county's Communication and Autism Team, and an associate lecturer at St Ninian's. "
        "Both tutors keep their knowledge current through the county's SENCO network meetings, which they "
        "attend each term, and the St Ninian's SEN research group.")
sub("Specialists and placements")
para(d, "Guest sessions are led by a Fallowshire educational psychologist, a speech and language therapist "
        "from the NHS trust, and the Parent Partnership Service. Every learner spends one day at Foxley Special "
        "School and one day at a Sure Start children's centre, arranged by the Coordinator with the host and "
        "the learner's school; each host names a member of staff who plans the day with the learner and signs "
        "the learner's visit record.")
sub("Resources")
para(d, "Learners receive a course file of handouts for every session and may borrow books from the Family "
        "Learning library at the Centre.")
sub("Equality")
para(d, "We welcome learners of every background and the service complies with all equality legislation.")

# ---------------------------------------------------------------- Section C
title("SECTION C: REGISTER")
prompt("Tutor: one line per learner. Use the marks in note A2. CRB column: number and issue date (note A3).")
hdr = ["Learner", "CRB disclosure no. / date", "Checked"] + [str(i) for i in range(1, 11)]
reg = [["", "", ""] + ["Sessions"] + [""] * 9, hdr]
marks = ["/ / /", "/ A /", "/ / /", "/ / L", "/ / /", "/ / /", "/ O /", "/ / /", "/ / A", "/ / /", "/ / /",
         "/ W"]
for i in range(12):
    m = marks[i].split()
    reg.append([f"L{i+1:02d}", f"0011 {4820+i*37:04d} {1000+i*911 % 9000:04d} / {(i % 9)+1:02d}.0{(i % 8)+1}.08",
                "SB"] + m + [""] * (10 - len(m)))
t = table(d, reg, header=True, size=8)
merge(t, 0, 3, 0, 12, "Sessions", bold=True, fill="D9D9D9", size=8)
merge(t, 0, 0, 1, 0, "Learner", bold=True, size=8)
merge(t, 0, 1, 1, 1, "CRB disclosure no. / date", bold=True, size=8)
merge(t, 0, 2, 1, 2, "Checked", bold=True, size=8)
for j in range(13):
    shade(t.cell(1, j), "D9D9D9")
para(d, "L12 withdrew after session 2 on taking up a post outside the county (see the Record of Work).",
     italic=True, size=9)

# ---------------------------------------------------------------- Section D
title("SECTION D: RECORD OF WORK")
prompt("Tutor: complete on the day. Work covered; outcome references from Section E; how progress was checked.")
row = [["No.", "Date", "Work covered", "Outcome refs", "How progress was checked"],
       ["1", "24.09.08", "The SENCO's role. The SEN Code of Practice (2001) and what it asks of the school, the "
        "SENCO and others; the SEN and Disability Act 2001; Every Child Matters and the five outcomes for "
        "children with SEN. Writing and speaking to parents: learners rewrote one of their school's letters "
        "home in plain English and read it to a partner.", "R4, R7, R8", "Letters read in pairs; tutor noted "
        "progress. Assignment 1 set."],
       ["2", "08.10.08", "Families and schools. Building fair and respectful relationships with children with "
        "SEN and their families; the Parent Partnership Service (guest); the Disability Discrimination Act and "
        "the school's disability equality duty and accessibility plan. Pupil Progress Sheets started.",
        "R1, R9, R26", "Role play of a first meeting with parents, tutor feedback."],
       ["3", "05.11.08", "What works. Reading research about interventions critically; best practice in "
        "meeting SEN; using outside advice to improve practice. Learners chose an intervention to read about "
        "for Assignment 1.", "R5, R11, R14", "Reading reviews shared in threes."],
       ["4", "03.12.08", "Children's development and the main kinds of SEN (BESD, SpLD and dyslexia, SLCN, ASD, "
        "MLD) and how they and the classroom environment affect learning; identification from observation and "
        "data; targets and interventions; approaches and resources including ICT.", "R10, R11, R12, R17",
        "Tutorial: Learning Plans reviewed. Assignment 2 set."],
       ["5", "14.01.09", "Tracking progress with summative data, including key stage test results; provision "
        "mapping and spotting provision that is missing or not working; decisions about provision; helping "
        "colleagues build assessment for learning for children with SEN.", "R3, R19, R20, R21",
        "Provision map exercise, tutor noted progress."],
       ["6", "11.02.09", "Other services: educational psychology and speech and language therapy (guests); "
        "using their assessments to plan teaching; voluntary organisations in Fallowshire; working together "
        "around a family. Gap Task agreed.", "R15, R18, R27", "Tutor noted progress in discussion."],
       ["7", "11.03.09", "Working with families at review time: hearing the child, with practice in consulting "
        "children using talking mats, pupil questionnaires and pupil-led reviews; involving children in "
        "planning and reviewing their provision; parents at reviews.", "R25, R26",
        "Learners planned a pupil-led review for their Gap Task."],
       ["8", "22.04.09", "Leading colleagues: managing the SENCO's time and workload; deploying and managing "
        "teaching assistants; coaching, observing and giving feedback to colleagues; planning training.",
        "R2, R22, R23", "Coaching triads, tutor noted progress. Tutorial: Learning Plans reviewed. "
        "Assignment 3 set."],
       ["9", "20.05.09", "The SENCO, the head and the governors: inclusive ethos, SEN policy and resources; "
        "reviewing provision with staff; school self-evaluation and the SEF, and improvement planning for SEN.",
        "R13, R16, R24", "Pupil Progress Sheets repeated. Gap Task report due."],
       ["10", "10.06.09", "Moving On. Keeping up to date and owning your CPD; each learner completes a Next "
        "Steps Planner setting professional targets for the coming year, to take to their performance "
        "management meeting with their line manager; progression to the St Ninian's Postgraduate "
        "Certificate.", "R6", "Next Steps Planners read by the tutor. Confidence ratings repeated."],
       ]
table(d, row, widths=[1, 1.8, 8.7, 2.2, 3.3], size=8.5)
para(d, "In the 2006-07 course, SEN and Families for New SENCOs, session 7 covered identifying in good time the "
        "access arrangements children need for national tests and examinations; this session has since been "
        "replaced by session 7, Working with families at review time.")
para(d, "L12 withdrew on 15.10.08 (new post outside Fallowshire).", italic=True, size=9)

# ---------------------------------------------------------------- Section E
title("SECTION E: OUTCOMES TRACKER")
prompt("Tutor: see note A7. Tick each learner's file when an outcome is signed off.")
trk = [["Ref", "The learner can (in our words)", "Introduced at session", "Signed off at"],
       ["R1", "build fair, respectful and supportive relationships with children with SEN or disabilities and "
              "with their families", "2", "Assignment 1"],
       ["R2", "organise the SENCO's workload: set priorities, manage time, delegate and follow up", "8",
        "Assignment 3"],
       ["R3", "see problems coming and make sound, well-founded decisions about provision", "5", "Assignment 2"],
       ["R4", "speak and write clearly, and listen to and understand other people's views", "1", "Noted"],
       ["R5", "use research and outside advice to improve their own and colleagues' practice", "3",
        "Assignment 1"],
       ["R6", "keep up to date and take responsibility for their own CPD in SEN and disability", "10",
        "Assignment 3"],
       ["R7", "explain the law and guidance on SEN, including the Code of Practice, what they mean for the "
              "school, the SENCO and others, and put them into practice", "1", "Assignment 1"],
       ["R8", "explain Every Child Matters and how the SENCO helps children reach the five outcomes", "1",
        "Assignment 1"],
       ["R9", "explain the law on disability equality and what it requires the school to do", "2",
        "Assignment 1"],
       ["R10", "explain how children develop and how SEN, disability and the learning environment affect "
               "development", "4", "Assignment 2"],
       ["R11", "describe the main kinds of SEN and disability and how they affect learning", "3, 4",
        "Assignment 2"],
       ["R12", "weigh up approaches, strategies and resources, including ICT, for assessment, planning and "
               "teaching, and use them to remove barriers", "4", "Assignment 2"],
       ["R13", "explain the principles of school self-evaluation and improvement as they relate to outcomes "
               "for children with SEN", "9", "Assignment 3"],
       ["R14", "describe best practice and research findings on meeting SEN", "3", "Assignment 1"],
       ["R15", "explain what outside agencies do and how to get specialist support and resources", "6",
        "Noted"],
       ["R16", "work with the head and governors to shape an inclusive ethos, policy, priorities and use of "
               "resources", "9", "Assignment 3"],
       ["R17", "identify children who may have SEN, set challenging targets, plan interventions and review "
               "progress", "4", "Gap Task report"],
       ["R18", "use assessments from other professionals to plan teaching", "6", "Gap Task report"],
       ["R19", "use summative data, including national tests, to track progress and change programmes", "5",
        "Assignment 2"],
       ["R20", "encourage colleagues to develop formative assessment, with approaches for children with SEN",
        "5", "Noted"],
       ["R21", "use provision mapping to plan provision and find what is missing or not working", "5",
        "Assignment 2"],
       ["R22", "deploy and manage teaching assistants and other staff to support children with SEN", "8",
        "Assignment 3"],
       ["R23", "support colleagues' development by observation and feedback, modelling, coaching and "
               "training", "8", "Noted"],
       ["R24", "review with staff how well provision works, to inform the school's self-evaluation", "9",
        "Assignment 3"],
       ["R25", "involve children in planning, agreeing and reviewing their own provision", "7",
        "Gap Task report"],
       ["R26", "work with parents and carers to support their children's learning and development", "2, 7",
        "Gap Task report"],
       ["R27", "work in partnership with other services and voluntary organisations", "6", "Assignment 2"],
       ]
t = table(d, trk, widths=[1.2, 10.3, 2.5, 3], size=9)
d.add_comment(t.cell(2, 1).paragraphs[0].runs[0],
              "We have nothing on gaining the commitment of the head and senior leaders to better outcomes. "
              "Add a row and put it in session 8 and Assignment 3?", author=AUTH, initials="RF")
para(d, "")
para(d, "The assignments: Assignment 1, an essay of 3,000 words, \"The law, the family and the SENCO\"; "
        "Assignment 2, a case study of 4,000 words of one child with SEN, the assessments and provision made "
        "and what the learner would change; Assignment 3, \"Leading SEN in my school\", a 3,000-word "
        "development plan written with the learner's headteacher; and the Gap Task report of 2,000 words "
        "with the Pupil Progress Sheets. Each is marked against the St Ninian's Level 7 criteria.")
para(d, "A learner is recommended to St Ninian's for the award only when every row of this Tracker has been "
        "signed off for them and all four pieces of work have passed.")

# ---------------------------------------------------------------- Section F
title("SECTION F: TUTOR'S END-OF-COURSE REVIEW")
prompt("Tutor: to be completed after the last session. What went well? What would you change?")
para(d, "[To be completed after 10 June 2009]")
para(d, "At the end of session 10 each learner leaves with their Next Steps Planner, agreed with the tutor, and "
        "the tutor writes to the learner's headteacher with a summary of the learner's strengths and suggested "
        "next targets, so that the targets can be picked up in the learner's performance management.")

# ---------------------------------------------------------------- Section G
title("SECTION G: QUALITY AND REVIEW")
prompt("Curriculum Manager: summarise how this course is quality assured and evaluated.")
para(d, "All the service's courses are quality assured in the same way. Learners complete a mid-course and an "
        "end-of-course evaluation. Each tutor is observed teaching once a year under the service's teaching and "
        "learning observation scheme, with feedback and an action plan. St Ninian's reviews the module in its "
        "annual monitoring and sends its report to the Curriculum Manager. The Pupil Progress Sheets, the "
        "learners' confidence ratings and the headteachers' questionnaire replies are summarised by the tutors.")
para(d, "Each July an end-of-course review panel meets: the two tutors, the Curriculum Manager, two learners, "
        "two headteachers of learners' schools and a representative of the Fallowshire Parent Carer Forum. The "
        "panel looks at all of this evidence and agrees an action plan for the next cohort, which goes into the "
        "service's annual Self-Assessment Report. SENCOs who completed the earlier course come back as guest "
        "speakers at sessions 2 and 8.")
para(d, "Headteachers have told us informally that new SENCOs need more help with parents, and this is why the "
        "course is built around working with families.")
para(d, "We plan to set up a steering group of headteachers and parents in 2009 to advise on future changes "
        "to the course.")
sub("Tutors and supporters")
para(d, "Each learner's school names a Gap Task Supporter, usually a deputy head, who agrees the Gap Task and "
        "signs the Pupil Progress Sheets. Supporters receive the Gap Task Supporter's Guide, which sets out "
        "what they do and when, and are invited to a twilight briefing at the Centre before session 6; the "
        "Coordinator telephones any who cannot attend. New tutors have an induction with the lead tutor, "
        "shadow two sessions, and work from the Tutor's Course File, which sets out each session, the "
        "marking criteria and their role in the Learning Plan reviews.")
p = para(d, "Assignments are marked by the lead tutor against the St Ninian's criteria. [Moderation: "
            "arrangements to be confirmed with St Ninian's]")
d.add_comment(p.runs[0], "Owen could second mark a sample? Need to ask St Ninian's about their moderator.",
              author=AUTH, initials="RF")

t = table(d, [["Signed (Curriculum Manager)", "R. Fenner", "Date", "3 November 2008"]], header=False)
d.save(OUT)
print("wrote", OUT)
