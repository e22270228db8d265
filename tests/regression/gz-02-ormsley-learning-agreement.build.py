"""gz-02-ormsley-learning-agreement

Provider (invented): Brindle Street Teachers' Centre, the professional
development centre of Ormsley Metropolitan Borough Council's Children's
Services, with the University of Haverbrook validating a 60-credit
Masters-level Postgraduate Certificate in SEN Coordination (the National
Award for SENCOs).

Document kind: the specimen three-way Learning Agreement that each
participant, their headteacher and the Centre sign at the start of the year,
sent as the application under a covering letter that says the Agreement is
"the most honest account" of what the Centre will do, with a Schedule 5
written for the panel. Mostly written to the participant as "you" ("your
school", "your tutor"); Schedule 5 is in the Centre's "we".

Layout: a covering letter with a letterhead typed with manual line breaks;
title; a parties table whose fields hold placeholders ([Participant name],
[School]) as a real blank agreement would; a shaded "About this agreement"
box; eight Parts typed as bold Normal paragraphs (no heading styles) with
hand-typed clause numbers 1.1-8.4 that collide with requirement ids; a
tasks table; a signature table; Schedule 1 calendar with merged block rows;
Schedule 2 a blank Starting Point / Individual Learning Plan form with grey
prompts; Schedule 3 an outcome table "Where you work on it / Where it is
assessed" with merged group rows; Schedule 4 who does what; Schedule 5 for
the panel. Header "SPECIMEN"; footer with version and a PAGE field.
Tracked changes by the University's registry (an inserted APL clause, a
deleted January-intake clause). Three comments.

Traps (requirement ids):
- 2.3: clause 2.5 describes an assessment-only route; clause 7.4, two
  pages later under Fees, says the University has not approved it and
  "clause 2.5 does not apply in 2009-10" (negation far from its subject) ->
  not_met.
- 2.1: the APL/APEL clause 2.4 is a tracked INSERTION (part of the
  submission) -> met.
- 3.2: the January intake (6.2) is a deleted tracked change; an online
  Block 2 is only "hope"; deferral over two years remains -> partially_met.
- 3.3: the learning platform with moderated forums and weekly online
  surgeries between Centre days -> met.
- 3.1: a general equality statement and an invitation to disclose, no
  arrangements -> partially_met.
- 4.2: Schedule 5 says plainly schools and SENCOs were not consulted on
  the design; consultation is future -> not_met. 4.1 rests on a general
  reference to the Borough's SEN Review -> partially_met.
- 5.6: the SEN Resource Base is a past arrangement that closed in July 2008;
  only the University's online library now -> partially_met.
- 5.4: tutors only "experienced SEN practitioners", Schedule 4 lists roles
  without qualifications -> partially_met.
- 5.1: evaluation methods listed, nothing on how evidence is used ->
  partially_met.  5.8: clause 5.4 only says marking "follows the
  University's assessment regulations" and that an external examiner sees a
  sample; no second marking, standardisation or internal moderation ->
  partially_met.
- 1.1 / 6.K2: aims speak of progress and attainment only; Every Child
  Matters is a Day 1 topic, not assessed -> partially_met.
- 1.7 / 6.S8: parents only a session on Day 5, not practised or assessed
  -> partially_met.
- 6.0 / 1.9: the award rule is "passed all four tasks" plus attendance,
  with no link to outcomes, and Schedule 3 has gaps -> partially_met.
- Schedule 3 per outcome: 6.S2b assessed only in the T3 draft "feedback
  only" (formative) -> partially_met; 6.S2d and 6.S8 "not assessed" ->
  partially_met; 6.S4 points to another Centre course "not part of the
  Award" (wrong context) -> not_met; 6.K7 has no row and is nowhere in the
  text -> not_met.
- 5.3: the headteacher's signed confirmation plus the Centre's own
  disclosure for returners -> met.
- Header/footer and placeholders in the parties table are never evidence;
  the grey prompts in Schedule 2 are a form to complete, and clause 2.3
  describes the process concretely (2.2 met).
"""
from pathlib import Path
from docx.enum.text import WD_BREAK
from docx.shared import Pt, RGBColor
from _gz_helpers import *

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
REG = "Registry (University of Haverbrook)"
D1 = "2009-02-02T14:40:00Z"

d = new_doc("Calibri", 11)
header_footer(d, "SPECIMEN - for information. Not for signature.",
              "Ormsley MBC Children's Services  |  Brindle Street Teachers' Centre  |  LA/SENCO/2009 version 3")


def letterhead(lines):
    para = d.add_paragraph()
    for i, l in enumerate(lines):
        r = para.add_run(l)
        r.bold = i == 0
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    return para


def grey(cell, text):
    cell_text(cell, text, italic=True, size=9, color="808080")


letterhead(["Brindle Street Teachers' Centre", "Ormsley Metropolitan Borough Council, Children's Services",
            "Brindle Street, Ormsley OR4 2JT", "Tel 01632 960 772"])
p(d, "20 February 2009")
letterhead(["SENCO Training Approvals", "Training and Development Agency for Schools", "London"])
p(d, "Dear colleagues,")
p(d, "Application for approval: Ormsley SENCO Award", bold=True)
p(d, "We enclose our application to provide the National Award for SENCOs from September 2009, in partnership "
     "with the University of Haverbrook, which validated the programme on 28 January 2009.")
p(d, "Rather than write a separate account, we are sending the Learning Agreement that every participant, their "
     "headteacher and the Centre will sign. It is the document that commits us, schools and participants, so it "
     "is the most honest account we can give of what we will actually do. It is written to the participant. "
     "The University's registry has made its last changes to it, and we have left these visible so that you can "
     "see what was agreed at validation. Schedule 5 is written for the panel and covers matters that the "
     "Agreement itself does not need to.")
p(d, "Yours faithfully,")
p(d, "Lorraine Duckett")
p(d, "Centre Manager, Brindle Street Teachers' Centre")

p(d, "LEARNING AGREEMENT 2009-10", bold=True, size=16, align="c")
p(d, "Ormsley SENCO Award: Postgraduate Certificate in Special Educational Needs Coordination", bold=True, size=12, align="c")
t = table(d, [
    ["Participant", "[Participant name]"],
    ["School", "[School]"],
    ["Headteacher", "[Headteacher name]"],
    ["School mentor", "[Mentor name and role]"],
    ["Centre tutor", "[Tutor name]"],
    ["University student number", "[Issued at enrolment]"],
], header=False, size=10, widths=[5.0, 11.5])
for r in t.rows:
    shade(r.cells[0], "EDEDED")
p(d)
box(d, ["About this agreement",
        "This agreement sets out what the Centre, your school and you will each do so that you complete the Award "
        "and so that it makes a difference for pupils in your school. Please read it with your headteacher before "
        "you both sign it. Words like \"you\" and \"your\" mean the participant; \"the Centre\" means Brindle "
        "Street Teachers' Centre; \"the University\" means the University of Haverbrook."])

p(d, "PART 1   THE AWARD", bold=True)
p(d, "1.1  The Ormsley SENCO Award is a Postgraduate Certificate worth 60 credits at Masters level. It is validated "
     "by the University of Haverbrook, which registers you as one of its students, confirms your marks and "
     "awards the certificate. When you pass you will also hold the National Award for SENCOs.")
p(d, "1.2  The Award is about leading provision for pupils with special educational needs and disabilities so that "
     "they make better progress and reach higher standards of attainment. Everything you do on the course comes "
     "back to the pupils in your school.")
p(d, "1.3  The course runs from September 2009 to July 2010 and has three blocks: Block 1, The Role and the Law; "
     "Block 2, Learners and Learning; Block 3, Leading Provision. There are eleven Centre days and a visit day "
     "(Schedule 1). Between Centre days you will work on tasks in your own school.")
p(d, "1.4  The content is revised every summer by the tutor team. For 2009-10 it draws on the Bercow Review of "
     "services for children with speech, language and communication needs (2008), the Rose review of dyslexia "
     "(due June 2009), the Lamb Inquiry's work on parental confidence, the Inclusion Development Programme "
     "materials, and Ofsted's reports Special educational needs and disability: towards inclusive schools (2004) "
     "and Inclusion: does it matter where pupils are taught? (2006). Each block's reading list is checked "
     "against new research and inspection reports before the block starts.")

p(d, "PART 2   WHAT THE CENTRE WILL DO", bold=True)
p(d, "The Centre will:")
p(d, "2.1  give you a personal tutor for the year, who will visit you in school once in each block, meet you at "
     "each Centre day and mark your tasks;")
p(d, "2.2  before the course starts, send you the Starting Point review (Schedule 2), in which you rate yourself "
     "against each of the national outcomes and list your evidence;")
p(d, "2.3  meet you and your mentor in your school in June or July 2009 to go through the Starting Point review, "
     "agree which outcomes are your priorities and which you already meet, and write your Individual Learning "
     "Plan with you. The plan sets your own targets for the year, the Centre days and reading you should give "
     "most weight to, and the focus of your tasks. Your tutor reviews it with you at each school visit;")
para = p(d, "")
ins_run(para, "2.4  take account of your earlier study and experience: the University may accredit up to 20 credits "
              "for Masters-level study you have already passed, and up to 20 credits for learning from experience "
              "that you show in a portfolio assessed against the Block 1 outcomes, under its regulations for the "
              "recognition of prior learning. Your tutor will advise you at the Starting Point meeting;", REG, D1)
p(d, "2.5  where an experienced SENCO or specialist teacher already meets the outcomes, allow them to present a "
     "portfolio and take the Professional Conversation (Task 4) without attending the Centre days;")
p(d, "2.6  hold the Centre days in Schedule 1 and a visit day to specialist provision;")
p(d, "2.7  give you an account on the Ormsley Learning Platform (OLP), where all materials, readings and task "
     "briefs are posted. Each block has a forum that your tutor moderates and answers within two working days. "
     "Between Centre days your tutor holds an online surgery every Thursday from 4 to 5 pm in the OLP chat room, "
     "and you will be placed in an online learning trio with two other participants to read and comment on each "
     "other's drafts. Your mentor has an OLP account too, and the Centre uses it to send mentors the block "
     "briefings and dates;")
p(d, "2.8  return marked tasks with written feedback within 15 working days;")
p(d, "2.9  hold a Next Steps meeting with you, your headteacher and your tutor in July 2010, at which you agree "
     "your professional targets for the following year, write them on your CPD Plan and look at progression "
     "routes, including the University's MA in Inclusive Education, to which your 60 credits transfer;")
p(d, "2.10  treat everyone fairly. The Centre is committed to equal opportunities and follows the Council's "
     "Equality Scheme. If you have a disability or health condition that may affect your studies, please tell "
     "your tutor so that we can talk about how to support you.")

p(d, "PART 3   WHAT YOUR SCHOOL WILL DO", bold=True)
p(d, "Your school will:")
p(d, "3.1  release you for all the Centre days and the visit day, and pay for any supply cover;")
p(d, "3.2  name a school mentor, who should be a member of the senior leadership team, to meet you at least twice "
     "a term, attend the mentors' briefing in September and take part in your tutor's school visits;")
p(d, "3.3  give you access to the school's data on pupils' attainment and progress, and to its self-evaluation;")
p(d, "3.4  give you the chance to lead at least one staff meeting or training session and to carry out the change "
     "you plan in Task 3;")
para = p(d, "3.5  confirm, by the headteacher's signature, that you hold a current enhanced CRB disclosure recorded on "
     "the school's single central record; that the checks in Safeguarding Children and Safer Recruitment in "
     "Education (2006) were made when you were appointed, including that you are not barred from working with "
     "children; and that there are no outstanding disciplinary matters or concerns about your conduct. The "
     "Centre's admissions officer will not confirm your place until this is signed. If you have not worked in a "
     "school in a post with regular contact with children in the last three months, the Centre will obtain a new "
     "enhanced disclosure for you through the Council's CRB team before you start;")
p(d, "3.6  tell the Centre at once if you leave the school or your role changes;")
p(d, "3.7  complete the headteacher's questionnaire at the end of the course and again six months later.")

p(d, "PART 4   WHAT YOU WILL DO", bold=True)
p(d, "You will:")
p(d, "4.1  attend all the Centre days and the visit day, and tell your tutor in advance if you cannot;")
p(d, "4.2  complete the Starting Point review before the June or July meeting and keep your Individual Learning "
     "Plan up to date;")
p(d, "4.3  carry out the school tasks set at the end of each Centre day and bring what you find to the next day;")
p(d, "4.4  keep a learning journal, which you may share with your tutor and mentor;")
p(d, "4.5  take part in your learning trio on the OLP;")
p(d, "4.6  before Task 3 starts, collect baseline information on the pupils your project is meant to help, with "
     "your mentor's agreement, and collect the same information again at the end;")
p(d, "4.7  complete the confidence survey at the start and end of the course.")

p(d, "PART 5   HOW YOU WILL BE ASSESSED", bold=True)
p(d, "5.1  There are four tasks. Each is marked by your tutor against the University's Masters-level criteria.")
table(d, [
    ["Task", "What you do", "When", "Credits"],
    ["T1  Role and Policy Audit", "A 3,000-word report auditing your school's SEN policy and practice against the law and guidance on SEN and disability, with an action plan agreed with your headteacher. You must use research and published guidance to support your recommendations.", "Submit 8 Dec 2009", "Block 1, 15"],
    ["T2  Learner Profile", "A 4,000-word study of one pupil: how their needs were identified, what the assessments of other professionals show, how you and the pupil set and reviewed targets together, what the pupil told you in a structured conversation, and the effect of the plan.", "Submit 23 Mar 2010", "Block 2, 20"],
    ["T3  Provision Development Project", "A 5,000-word account of a change in provision you lead in school over at least a term: the case for it, how you gained the support of senior leaders and governors, the plan, the staff training you led, and the evaluation, using the baseline and end data in 4.6. A draft of the data section is submitted in April for feedback.", "Draft 27 Apr 2010; submit 15 Jun 2010", "Block 3, 15"],
    ["T4  Professional Conversation", "A 45-minute recorded conversation with two tutors based on your learning journal and your Individual Learning Plan: your priorities and use of time, the decisions you have made this year, and your plans for your own development.", "6-8 Jul 2010", "All blocks, 10"],
], size=9, widths=[3.6, 8.6, 2.6, 1.7])
p(d)
p(d, "5.2  The pass mark for each task is 50%. If you fail a task you may resubmit it once, within six weeks.")
p(d, "5.3  You may ask your tutor for an extension of up to three weeks. Longer extensions are decided by the "
     "University.")
p(d, "5.4  Marking follows the University's assessment regulations. A sample of work is seen by the University's "
     "external examiner.")
p(d, "5.5  You will be awarded the certificate when you have passed all four tasks and attended at least 80% of the "
     "Centre days.")
p(d, "5.6  Marks are confirmed by the University's Board of Examiners in July. You may appeal against the Board's "
     "decision under the University's appeals procedure.")

p(d, "PART 6   IF THINGS CHANGE", bold=True)
p(d, "6.1  If illness, maternity leave or a change of job means you cannot continue, you may defer and complete "
     "the remaining blocks with the next cohort within two years, without a further fee.")
del_para(d, "If you cannot start in September, you may join the January intake, which takes the blocks in the order "
            "2, 1, 3 and finishes in December 2010.", REG, D1, bold_lead="6.2  ")
del_anchor = d.paragraphs[-1]
p(d, "6.3  If you move to another school in Ormsley you may continue, provided your new headteacher signs a new "
     "agreement. If you move out of the borough, talk to your tutor.")
p(d, "6.4  We hope in future to offer Block 2 online for participants who cannot be released for Centre days.")
p(d, "6.5  You may withdraw at any time by writing to the Centre Manager. Credit for any block you have passed will "
     "be confirmed by the University.")

p(d, "PART 7   FEES", bold=True)
p(d, "7.1  The fee for 2009-10 is £1,300, which includes University registration. The Council pays £500 of this "
     "for participants from Ormsley maintained schools; the school is invoiced for the rest in October.")
p(d, "7.2  Academies and schools outside Ormsley pay the full fee.")
p(d, "7.3  If you withdraw before 1 October 2009, the school's part of the fee is refunded.")
para = p(d, "7.4  Earlier versions of this agreement showed a fee for the portfolio and Professional Conversation "
     "route in clause 2.5. The University has not approved that route for 2009-10, so clause 2.5 does not apply "
     "in 2009-10 and no fee is shown.")
comment(d, para, "Validation panel asked us to bring the assessment-only proposal back to the University's "
        "committee in 2010 with a draft portfolio specification.", "Registry (University of Haverbrook)", "UH")

p(d, "PART 8   CONCERNS, COMPLAINTS AND INFORMATION", bold=True)
p(d, "8.1  If you are unhappy with any part of the course, please talk first to your tutor, then to the Centre "
     "Manager. Formal complaints go through the University's complaints procedure.")
p(d, "8.2  The Centre and the University will hold information about you for the purposes of the course, and the "
     "Centre will share your results with your headteacher.")
p(d, "8.3  With your permission, anonymised extracts from your tasks may be used in training.")
p(d, "8.4  Information you give about pupils must be anonymised in all your work.")

p(d, "SIGNATURES", bold=True)
table(d, [
    ["", "Name", "Signature", "Date"],
    ["Participant", "", "", ""],
    ["Headteacher (including clause 3.5)", "", "", ""],
    ["For the Centre", "", "", ""],
], size=10, widths=[5.5, 4.0, 4.5, 2.5])
p(d)

# Schedule 1
p(d, "SCHEDULE 1   CALENDAR 2009-10", bold=True, size=12)
rows = [["Day", "Date", "Content", "School task afterwards"],
        ["BLOCK 1  THE ROLE AND THE LAW", None, None, None],
        ["1", "Thu 17 Sep", "The SENCO's role; the school as a whole; Every Child Matters and the Children's Trust", "Map who does what for SEN in your school"],
        ["2", "Thu 1 Oct", "The law and guidance: Education Act 1996, SEN Code of Practice 2001, SEN and Disability Act 2001, Disability Discrimination Act 2005 and the disability equality duty, accessibility plans, SENCO Regulations 2008", "Check your register and accessibility plan against the Code and the duty"],
        ["3", "Thu 5 Nov", "How children develop and learn; how SEN, disability and the environment affect development; cognition and learning, dyslexia and moderate learning difficulties (with the Rose review)", "Observe one pupil across a morning"],
        ["BLOCK 2  LEARNERS AND LEARNING", None, None, None],
        ["4", "Thu 3 Dec", "Speech, language and communication needs (Bercow), autism, and behavioural, emotional and social difficulties: with the Speech and Language Therapy service and the Autism Outreach team", "Use one IDP unit with a colleague"],
        ["5", "Thu 14 Jan", "Listening to pupils: involving pupils in setting and reviewing targets; what parents want from SENCOs (Ormsley Parent Partnership)", "Hold a structured conversation with your T2 pupil"],
        ["6", "Thu 28 Jan", "Identifying needs, setting targets, planning and reviewing; using assessments from educational psychologists and therapists; P scales, RAISEonline and tracking progress; assessment for learning; access arrangements for tests and examinations", "Analyse your SEN tracking data"],
        ["7", "Thu 25 Feb", "Approaches, resources and ICT for teaching pupils with SEN; judging what works; best practice and research", "Evaluate one intervention"],
        ["V", "Mar (by arrangement)", "Visit day: Oakbank Special School, the Autism Outreach Base at Fernlea Primary, or the Hawthorn Language Resource Base", "Visit report for your journal"],
        ["BLOCK 3  LEADING PROVISION", None, None, None],
        ["8", "Thu 22 Apr", "Provision mapping and spotting gaps; working with other services and voluntary organisations; the CAF", "Draft your school's provision map"],
        ["9", "Thu 6 May", "Leading change: working with the headteacher and governors; inclusive ethos and policy; resources", "Present your T3 plan to your mentor"],
        ["10", "Thu 10 Jun", "Supporting colleagues: observation and feedback, coaching, leading training; managing your time and priorities", "Lead your staff session"],
        ["11", "Thu 1 Jul", "Reviewing provision with colleagues; presenting your project", "Next Steps meeting"],
        ]
t = table(d, rows, size=8.5, widths=[1.0, 2.6, 8.2, 4.7])
for i, r in enumerate(rows):
    if r[1] is None:
        merge_row(t, i, r[0], size=8.5)
p(d)

# Schedule 2
p(d, "SCHEDULE 2   STARTING POINT REVIEW AND INDIVIDUAL LEARNING PLAN", bold=True, size=12)
p(d, "Complete Part A before your Starting Point meeting. Part B is completed at the meeting.", italic=True)
t = table(d, [
    ["Part A: national outcome (see Schedule 3)", "Your rating (1-4)", "Your evidence"],
    ["A1 ... S9 (one line for each outcome)", "", ""],
], size=9, widths=[7.5, 3.0, 6.0])
grey(t.cell(1, 1), "[1 = new to me, 4 = I can show this]")
grey(t.cell(1, 2), "[Name a document, meeting or outcome for pupils]")
p(d)
t = table(d, [
    ["Part B: Individual Learning Plan", ""],
    ["Priority outcomes for this year", ""],
    ["Outcomes already met (and evidence seen)", ""],
    ["Credit to be claimed (clause 2.4)", ""],
    ["Focus for T2 and T3", ""],
    ["Days and reading to give most weight to", ""],
    ["Reviewed (dates of school visits)", ""],
], size=9, widths=[6.5, 10.0])
grey(t.cell(1, 1), "[Tutor to complete at the meeting]")
grey(t.cell(2, 1), "[Tutor to complete]")
grey(t.cell(4, 1), "[Agree with mentor]")
p(d)

# Schedule 3
landscape_section(d)
p(d, "SCHEDULE 3   THE NATIONAL OUTCOMES: WHERE YOU WORK ON THEM AND WHERE THEY ARE ASSESSED", bold=True, size=12)
rows = [["Code", "Outcome (in our words)", "Where you work on it", "Where it is assessed"],
        ["ATTRIBUTES", None, None, None],
        ["A1", "Building fair, respectful and constructive relationships with pupils with SEN and their families", "Day 5", "T2"],
        ["A2", "Winning the commitment of colleagues, the headteacher and senior leaders", "Day 9", "T3"],
        ["A3", "Setting priorities, managing your time and delegating", "Day 10", "T4"],
        ["A4", "Solving problems and making sound decisions about provision", "Days 7, 8", "T3"],
        ["A5", "Explaining clearly in speech and writing; listening to others", "All days", "T1, T4"],
        ["A6", "Using research and outside advice to improve practice", "Days 3, 7", "T1"],
        ["A7", "Keeping up to date and planning your own development", "Next Steps meeting", "T4"],
        ["KNOWLEDGE", None, None, None],
        ["K1", "The law and guidance on SEN, including the Code of Practice, and how to apply them", "Day 2", "T1"],
        ["K2", "Every Child Matters and the SENCO's part in it", "Day 1", "not assessed"],
        ["K3", "Disability equality law and what it requires of schools", "Day 2", "T1"],
        ["K4", "Child development and how SEN, disability and environment affect it", "Day 3", "T2"],
        ["K5", "The main types of SEN and their effect on learning", "Days 3, 4", "T2"],
        ["K6", "Approaches, strategies and resources, including ICT, for assessment and teaching", "Days 6, 7", "T2"],
        ["K8", "What research and best practice say about meeting SEN", "Day 7", "T1, T3"],
        ["K9", "Outside agencies and how to get specialist help", "Days 4, 8", "T2"],
        ["SKILLS", None, None, None],
        ["S1", "Shaping the school's inclusive ethos, policy and resources with senior leaders and governors", "Day 9", "T3"],
        ["S2", "Identifying pupils, setting targets, planning and reviewing interventions", "Day 6", "T2"],
        ["S2a", "Using other professionals' assessments in teaching", "Day 6", "T2"],
        ["S2b", "Using summative and national test data to track progress", "Day 6", "T3 draft (feedback only)"],
        ["S2c", "Helping colleagues use formative assessment with pupils with SEN", "Day 6", "T3"],
        ["S2d", "Arranging access arrangements for tests and examinations in good time", "Day 6", "not assessed"],
        ["S3", "Provision mapping; finding provision that is missing or not working", "Day 8", "T3"],
        ["S4", "Deploying and managing staff", "See the Centre's separate Leading Support Staff course", "Not part of the Award"],
        ["S5", "Supporting colleagues' development: observation, feedback, coaching, training", "Day 10", "T3"],
        ["S6", "Reviewing provision with colleagues for school self-evaluation", "Day 11", "T3"],
        ["S7", "Involving pupils in planning and reviewing their provision", "Day 5", "T2"],
        ["S8", "Working with parents and carers", "Day 5", "not assessed"],
        ["S9", "Working with other services, agencies and voluntary organisations", "Day 8", "T2"],
        ]
t = table(d, rows, size=8.5, widths=[1.5, 12.0, 5.5, 5.0])
for i, r in enumerate(rows):
    if r[1] is None:
        merge_row(t, i, r[0], size=8.5)
p(d)
portrait_section(d)

# Schedule 4
p(d, "SCHEDULE 4   WHO DOES WHAT", bold=True, size=12)
table(d, [
    ["Who", "What they do"],
    ["Programme Leader (Centre)", "Leads the course and the tutor team; chairs the Programme Committee; runs the mentors' briefing."],
    ["Your tutor (Centre)", "Starting Point meeting; school visits; marking; online surgeries; Next Steps meeting."],
    ["University link tutor", "Teaches on Days 3 and 9; second tutor for the Professional Conversation; attends the Board of Examiners."],
    ["Your mentor (school)", "Meets you twice a term; agrees your T3 project and baseline; joins school visits. Follows the Mentor Notes given out at the September briefing, which explain the role, the tasks and what to do if concerns arise."],
    ["Your headteacher", "Signs this agreement and clause 3.5; releases you; attends the Next Steps meeting; completes the questionnaires."],
    ["Specialist contributors", "Speech and Language Therapy service, Autism Outreach team, Educational Psychology Service and Parent Partnership, on the days in Schedule 1."],
], size=9, widths=[4.5, 12.0])
p(d)
p(d, "New tutors take part in the University's induction for tutors on collaborative programmes, and the tutor team "
     "meets before each block to agree the task briefs.")

# Schedule 5
p(d, "SCHEDULE 5   FOR THE APPROVAL PANEL", bold=True, size=12)
p(d, "This schedule is not part of the agreement participants sign. It covers what the agreement does not.", italic=True)
p(d, "Why the course looks as it does", bold=True)
p(d, "The programme draws on the Borough's SEN Review of 2008, which looked at SEN provision in all Ormsley schools "
     "and found that the leadership of SEN was uneven. It reflects what we understand of schools' needs from our "
     "work with them.")
p(d, "The programme was designed by the Centre's tutor team and the University between October 2008 and January "
     "2009. Because of the timescale, schools, SENCOs and parents were not consulted on its design. We will consult "
     "them when the programme is first reviewed in summer 2010.")
p(d, "How others are involved", bold=True)
p(d, "Headteachers and senior leaders act as mentors (clause 3.2 and Schedule 4) and complete questionnaires at the "
     "end of the course and six months later (clause 3.7). A Programme Committee meets each term: the Programme "
     "Leader, the University link tutor, two headteachers, the chair of the Ormsley SENCO Forum and a parent from "
     "the Parent Partnership parents' group. It receives the evaluation evidence below and the external examiner's "
     "report. Oakbank Special School, the Autism Outreach Base and the Hawthorn Language Resource Base host visit "
     "days and their staff talk with participants.")
p(d, "Quality and evaluation", bold=True)
p(d, "Participants evaluate each Centre day. The tutor team reviews each block. The University carries out annual "
     "monitoring and appoints an external examiner.")
p(d, "To judge the difference the course makes, we use three measures each year. The confidence survey (clause 4.7) "
     "shows the change in participants' confidence against each outcome. The baseline and end data from every T3 "
     "project (clause 4.6) are collated into a cohort summary of pupils' progress, attendance and well-being "
     "measures. The headteachers' questionnaires, at the end of the course and six months later, ask what has "
     "changed in provision and for pupils.")
p(d, "Who will apply, and are they ready?", bold=True)
p(d, "Applicants must be qualified teachers who are, or will within a year become, SENCO, and must be nominated by "
     "their headteacher. The Starting Point review and meeting (clauses 2.2 and 2.3) also serve as our check on "
     "readiness: where a tutor judges that an applicant is unlikely to meet the outcomes within the year, the "
     "tutor discusses this with the headteacher and the applicant is advised to take the Centre's ten-week "
     "Foundations of SEN course first and to apply the following year.")
p(d, "Staff and resources", bold=True)
p(d, "All our tutors are experienced SEN practitioners, and many hold higher degrees.")
para = p(d, "Until July 2008 the Centre housed the Borough's SEN Resource Base, with test materials, specialist software "
     "and assistive technology that SENCOs could borrow. The Base closed when the Council reorganised its support "
     "services, and its stock was distributed to schools. Participants now use the University's online library, "
     "to which they have full access as registered students.")
comment(d, para, "Do we need to say what replaces the Base? Panel may ask about specialist technology. - LD",
        "Lorraine Duckett", "LD")
p(d, "Value for money", bold=True)
p(d, "The fee of £1,300, less the Council's contribution, means that an Ormsley maintained school pays £800 for the "
     "Award, against £1,950 at the nearest university, and participants lose no time travelling. Each participant's "
     "Individual Learning Plan means that tutorial time goes where it is needed: participants who already meet "
     "outcomes at the Starting Point meeting spend their time on their priority outcomes instead.")

comment(d, [x for x in d.paragraphs if x.text.startswith("6.3")][0],
        "6.2 removed: only one intake was validated for 2009-10. A January intake would need a modification. - Registry",
        "Registry (University of Haverbrook)", "UH")

d.save(str(OUT))
print("wrote", OUT)
