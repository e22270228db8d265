"""he-01-wessendon-in-tray-pack

Provider (invented): Wessendon County Council, Behaviour and Attendance Service
(BAS), which runs the county's four pupil referral units (the "Learning
Centres": Arkle Street, Mereside, Tollgate KS4 and Hill View Primary), with the
University of Castlemere validating the award ("the Wessendon SENCO Award").

Document kind: the service's assessed In-Tray Day pack, sent whole to the panel
(January 2009). An in-tray exercise is the award's final assessment: candidates
get an in-tray of twelve items from an invented school, prioritise them, write
responses, then sit a Debrief Interview. Layout: a shaded covering note to the
panel; Part A instructions to candidates (to "you"); Part B the scenario school;
Part C twelve in-tray items, each under a small header table (Item / From / To /
Date, merged title cells); Part D assessor notes with a table of what each item
looks for and the Outcome Record lines it feeds; Part E "About the Award" written
for the panel (the only place the programme's arrangements are described), with
an outcome map (merged shaded group rows, one tracked-deleted row). No Heading
styles: titles are bold Normal paragraphs typed "PART C". Header and footer.
Tracked changes (a deleted outcome row, a deleted CRB sentence, an inserted
sentence on Next Steps). Three Word comments.

Traps (requirement ids):
- Part B and Part C describe the invented Hollins Brook High School, not the
  programme: its single central record of CRB checks, its pupil questionnaire,
  its self-evaluation, its parent forum. None of it is the provider's (5.3, 1.5,
  4.1, 6.S7 are not helped by it).
- CRB: the provider says schools are responsible and "We do not check
  candidates' CRB disclosures ourselves"; a sentence saying the Course
  Administrator sees the disclosure is a tracked deletion; "All candidates CRB
  checked" is only in the footer; a comment discusses it (5.3 not_met).
- Assessment-only route: a past arrangement under the old Behaviour Certificate,
  closed, and the University's regulations do not allow one (2.3 not_met).
- Pre-course Starting Point self-audit used only to form tutor groups and plan
  Centre Days, no individual plan (2.2 partially_met).
- Pupil consultation only watched at a Centre's review meetings, "no task" and
  not assessed (1.5 partially_met, 6.S7 partially_met).
- WessNet online units: tutors look at the boards between Centre Days only "when
  their Centre duties allow" (3.3 partially_met).
- Stakeholders in evaluation only wished for ("We should like"), though they
  take part in delivery (4.3 partially_met).
- Resources only in general terms (5.6 partially_met).
- Pupil impact only hoped for; participants' confidence is measured (5.9
  partially_met).
- Award made on passing the components, while the map shows outcomes not
  assessed (6.0 partially_met, 1.9 partially_met).
- Outcomes: K3 and S7 developed but "Not assessed for the Award"; A7's reading
  log "not submitted"; S2c only in Item 11, a practice item "not scored"; S6
  assessed in CT1 with no Centre Day (all partially_met). K4 (child development)
  appears only in a tracked-deleted row of the map (not_met). A3 is met through
  the prioritisation grid, S2d through Item 5 and Centre Day 4.
- Next Steps (2.5) is a tracked insertion, so it counts (met).
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).resolve().parent))
import _he_helpers as h

OUT = Path(__file__).resolve().with_name("he-01-wessendon-in-tray-pack.docx")
AUTH1, AUTH2 = "Janet Morrell (BAS)", "Dr Owen Pryce (Castlemere)"
D1, D2 = "2009-01-12T10:15:00Z", "2009-01-19T14:40:00Z"

d = h.new_doc("Arial", 10)
P = lambda t="", **k: h.para(d, t, **k)
T = lambda t: h.para(d, t, bold=True, size=12, space_after=4)

P("WESSENDON COUNTY COUNCIL", bold=True, size=14, align="center", space_after=0)
P("Children's Services · Behaviour and Attendance Service", align="center", space_after=0)
P("THE WESSENDON SENCO AWARD", bold=True, size=16, align="center", space_after=0)
P("In-Tray Day: Candidate Pack and Assessor Notes", bold=True, size=13, align="center", space_after=0)
P("Cohort 1 (assessment day Saturday 13 June 2009) · Version 2, January 2009", italic=True, align="center")

h.boxed(d, [
    "**Note for the TDA approval panel**",
    "We are sending the In-Tray Day pack whole, as our assessors and candidates will use it, because the "
    "In-Tray Day is where the Award comes together. Parts A to D are the pack itself. Part E, \"About the "
    "Award\", was written for you and sets out how the programme is run, who runs it and how the outcomes "
    "are covered. Everything in Parts B and C is about an invented school, Hollins Brook High School, and "
    "should be read as the exercise, not as a description of our programme.",
    "Janet Morrell, Principal Officer (Professional Learning), Behaviour and Attendance Service",
], fill="E2EFDA")

T("PART A   INSTRUCTIONS TO CANDIDATES")
P("Read these instructions before you open the in-tray. You will not be able to ask the invigilator "
  "about the items themselves.")
P("**A1 The day.** You arrive at the Arkle Street Learning Centre at 9.00. You have two and a half hours "
  "with the in-tray (9.30 to 12.00). After lunch you have a Debrief Interview of 25 minutes with two "
  "assessors, one from the Service and one from the University of Castlemere.")
P("**A2 The situation.** It is Monday 2 March. You have just taken up post as SENCO at Hollins Brook High "
  "School (Part B). Your predecessor left at half term. Twelve items are waiting for you. You are teaching "
  "periods 3 to 5 today and you have a meeting with the headteacher at 4.00.")
P("**A3 What you must hand in.**")
for t in ["• The Prioritisation Grid (page 14), showing the order in which you will deal with every item, "
          "whether you will deal with it yourself, delegate it (and to whom) or pass it on, and by when.",
          "• A written response to each of Items 1 to 10 and Item 12: a letter, email, note or plan, as the "
          "item needs. Write as you would actually send it.",
          "• A short note for the headteacher (no more than one side) saying what you will raise with her at 4.00 "
          "and why.",
          "• Item 11 is a practice item. You may answer it if you have time, and your assessors will talk to you "
          "about it, but it is not scored."]:
    P(t, space_after=2)
P("**A4 The Debrief Interview.** Your assessors will have read your responses over lunch. They will ask you "
  "to explain your priorities, to say what you would do differently with more time, and to talk through two "
  "items of their choice. They will also ask you how you would explain one decision to the parent, pupil or "
  "colleague it affects. You may bring your Prioritisation Grid and your notes into the interview.")
P("**A5 Reasonable adjustments.** If you told us on your enrolment form, or at any time since, about a "
  "disability or other need, your adjustments for the day (extra time, a reader, a scribe, a word processor, "
  "rest breaks, a ground-floor room) have been agreed with you in writing. Tell the invigilator at once if "
  "anything agreed is not in place.")

T("PART B   HOLLINS BROOK HIGH SCHOOL")
P("Hollins Brook is an 11–16 community school of 940 pupils on the eastern edge of Marlow Vale. Just over a "
  "fifth of pupils are eligible for free school meals. There are 31 pupils with statements, 88 at School "
  "Action Plus and 97 at School Action. The school has a designated unit for eight pupils with speech, "
  "language and communication needs, staffed by a specialist teacher and two teaching assistants.")
P("The school was last inspected in November 2007 and judged satisfactory. Inspectors said that the "
  "progress of pupils with learning difficulties and disabilities was \"inconsistent across subjects\" and "
  "that \"the school does not yet use its data well to check the impact of additional support\".")
P("Hollins Brook keeps a single central record showing that every member of staff holds an enhanced CRB "
  "disclosure. The school ran a pupil questionnaire in the autumn, and the School Council has asked that "
  "pupils with statements be invited to speak at their own annual reviews. A parent forum meets termly with "
  "the deputy head. The school's self-evaluation form was last updated in July 2008.")
P("Key staff: Mrs Pamela Greaves (headteacher); Mr Dev Sandhu (deputy head, curriculum and self-evaluation); "
  "Ms Carol Whitlock (exams officer); Mrs Jan Pike and Mr Amir Latif (senior teaching assistants); "
  "Mr Tom Beckett (NQT, mathematics); Mrs Sue Okafor (head of mathematics).")

T("PART C   THE IN-TRAY")


def item(no, frm, to, date, body):
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(0, 2))
    h.cell_text(a, f"ITEM {no}", bold=True, fill="BDD7EE")
    h.cell_text(t.cell(1, 0), f"From: {frm}", size=9)
    h.cell_text(t.cell(1, 1), f"To: {to}", size=9)
    h.cell_text(t.cell(1, 2), f"Date: {date}", size=9)
    for b in body:
        P(b, space_after=4)


item(1, "Pamela Greaves, Headteacher", "SENCO", "27 February",
     ["I know you have only just arrived, but governors meet on 19 March and the Chair has asked for a short "
      "paper on how we spend the SEN budget and what we mean by inclusion at Hollins Brook. I would like you "
      "to draft it with me. I want something that will get the heads of department on board too – some of "
      "them still think SEN is somebody else's job. Can you let me have an outline by Thursday? PG"])
item(2, "Mrs Linda Carr (parent)", "The SENCO", "26 February",
     ["Dear Sir or Madam, my son Kyle (Year 8) has now been sent home four times this year. Every time I am "
      "phoned at work and told to collect him. Nobody has asked me what I think is going on. He says he is "
      "picked on at lunchtimes and that nobody listens to him. He has stopped eating breakfast and says he "
      "feels sick on Sunday nights. I was told last year he would have a Pastoral Support Programme and I "
      "have heard nothing since. I want a meeting with someone who will actually do something. Linda Carr"])
item(3, "Educational Psychology Service / CAMHS", "SENCO", "20 and 24 February",
     ["Two reports on Abigail Rees (Year 7). The educational psychologist's report describes weak working "
      "memory and slow processing, with verbal reasoning in the average range, and recommends pre-teaching of "
      "vocabulary and reduced copying. The CAMHS letter says Abigail is being seen for anxiety, that she finds "
      "crowded corridors distressing, and that her mother would like the school to agree a \"safe base\". "
      "Neither report has been shared with her teachers."])
item(4, "Dev Sandhu, Deputy Head", "SENCO", "25 February",
     ["Attached: Year 9 tracking sheet for the 46 pupils on the SEN register, with Key Stage 2 test levels, "
      "autumn teacher assessment and the target for the end of Key Stage 3 in English, maths and science. "
      "Eleven pupils have made no measurable progress since Year 7 in English. Three of them receive the "
      "Catch Up reading programme twice a week. Can you tell me what you make of it before the curriculum "
      "meeting on the 10th? DS"])
item(5, "Carol Whitlock, Exams Officer", "SENCO", "27 February",
     ["Reminder: the deadline for applications to the awarding bodies for access arrangements for the summer "
      "GCSEs is 21 March. Your predecessor had started a list (six pupils for extra time, two readers, one "
      "word processor) but I have no evidence on file for four of them. I also need to know about any "
      "Year 9 pupils who will need arrangements for the Key Stage 3 tests. CW"])
item(6, "Jan Pike, Senior TA", "SENCO", "2 March (7.55 am)",
     ["Amir is off with flu and Bev is at hospital with her daughter all week. That leaves nobody for the two "
      "statemented pupils in 7K period 1, the Year 10 reading group and lunch club. I have put myself in 7K "
      "but I can't be in two places. Also the new rota for after half term still hasn't been agreed – three "
      "TAs are timetabled with the same class on Wednesdays. Jan"])
item(7, "Tom Beckett, NQT (mathematics)", "SENCO", "1 March",
     ["Sorry to bother you. My Year 9 set 4 is getting out of hand. There are two boys with autism, a girl "
      "with a statement for dyslexia and a couple who just refuse to work. I have tried moving them around. "
      "My mentor says to ask you. Could you come and watch a lesson, or tell me what I should be doing? "
      "Tom"])
item(8, "Provision map (extract) left by your predecessor", "—", "July 2008",
     ["A grid of the additional provision for Years 7 and 8: reading intervention, social skills group, "
      "speech and language sessions in the unit, in-class TA support and the lunch club, with the pupils who "
      "receive each, the staff and the weekly hours. There is no column for cost or for outcomes. Two pupils "
      "with statements for speech, language and communication needs appear in no row."])
item(9, "Dev Sandhu, Deputy Head", "SENCO", "2 March",
     ["The SEF needs updating before the LA's review visit in April. Could you redraft the section on "
      "learners with learning difficulties and disabilities? Last time we said provision was good, but I "
      "don't think we can say that without evidence. Half a side, please. DS"])
item(10, "Wessendon County Council, SEN Assessment Team", "SENCO", "23 February",
      ["The annual review of the statement for Callum Dyer (Year 9) was due on 10 January and the Authority "
       "has not received the review report. This is the Year 9 review, at which the transition plan must be "
       "drawn up, and a Connexions personal adviser must be invited. Please let us know the date of the "
       "review by return."])
item(11, "Sue Okafor, Head of Mathematics", "SENCO", "26 February",
      ["We are supposed to be doing Assessment for Learning this year and my department is doing it badly. "
       "Can you suggest something that would work for the lower sets, where a lot of your pupils are? "
       "(PRACTICE ITEM – NOT SCORED)"])
item(12, "Marlow Vale Autism Support Group / Connexions", "SENCO", "19 and 25 February",
      ["The Autism Support Group (a parent-run charity) invites the school to send someone to its open "
       "evening on 12 March and offers a free session for staff. The Connexions personal adviser asks to meet "
       "you to plan transition for Year 11 pupils with statements and says four of them have no post-16 "
       "place yet."])

T("PART D   ASSESSOR NOTES (NOT FOR CANDIDATES)")
P("Each assessor marks every scored item against the Outcome Record lines shown below, as Shown, Partly "
  "shown or Not shown, using the In-Tray Marking Guide. A line is Shown for the Award only if it is Shown on "
  "the In-Tray Day or in a Casework Task. The Debrief Interview is used to confirm or change a judgement, "
  "never to introduce a new item.")
h.table(d, [
    ["Item", "What a strong response shows", "Outcome Record lines"],
    ["Grid and note to head", "Urgent safeguarding and statutory matters first (Items 2, 5, 10, 6); clear "
     "decisions about what is delegated, to whom and how it will be checked; a realistic plan for the week.",
     "Prioritising and delegating; Judgement"],
    ["1", "A paper that links the budget to pupils' outcomes, proposes a whole-school view of inclusion and "
     "a way of bringing heads of department with it; a plan to work with the head and governors.",
     "Winning colleagues' commitment; Influencing school strategy"],
    ["2", "A prompt, respectful reply; a meeting offered; Kyle's safety, health and well-being treated as "
     "seriously as his behaviour; the five Every Child Matters outcomes used to frame the response.",
     "Relationships with pupils and parents; Every Child Matters; Working with parents"],
    ["3", "The two reports turned into practical advice for teachers, shared with consent; a plan for the "
     "safe base; links kept with the EP and CAMHS.",
     "Using other professionals' assessments; External agencies"],
    ["4", "Accurate reading of the data; pupils not progressing identified; questions about the Catch Up "
     "programme; new targets and a review date.",
     "Identifying needs and setting targets; Tracking with test data"],
    ["5", "The evidence needed for each arrangement gathered in time; Year 9 test arrangements included; "
     "arrangements that reflect normal classroom practice.", "Access arrangements"],
    ["6", "Cover for today without leaving statemented pupils unsupported; the rota conflict resolved; TAs "
     "deployed where they make most difference.", "Deploying staff"],
    ["7", "An offer to observe and give feedback; practical strategies for autism and dyslexia; an "
     "understanding of why some pupils refuse work.",
     "Supporting colleagues' development; Common types of SEN; Approaches and resources"],
    ["8", "Gaps in provision spotted (the two pupils missing); a proposal to add cost and outcome columns.",
     "Provision mapping"],
    ["9", "A self-evaluation judgement that rests on evidence, with what the school does not yet know.",
     "Self-evaluation"],
    ["10", "The legal requirements of the Year 9 review understood and acted on; the Authority answered.",
     "SEN law and the Code of Practice; Judgement"],
    ["11", "Practice item, not scored. Assessors may discuss it in the Debrief Interview.", "—"],
    ["12", "A considered reply to both; use of a voluntary organisation; transition planning with Connexions.",
     "Working with other services and agencies"],
    ["All written responses and Debrief", "Clear, well-judged writing for each audience; listening to and "
     "answering the assessors' questions.", "Communicating"],
], widths=[2.6, 9.0, 4.4])

T("PART E   ABOUT THE AWARD (WRITTEN FOR THE APPROVAL PANEL)")
P("**E1 What the Award is.** The Wessendon SENCO Award is a 60-credit postgraduate certificate at Master's "
  "level (Level 7), validated by the University of Castlemere's Faculty of Education, which confers the "
  "award. It was approved by the University's validation panel on 4 December 2008. It is run by the "
  "Behaviour and Attendance Service, which manages the county's four Learning Centres (our pupil referral "
  "units), and it is taught largely in those Centres.")
P("**E2 What it is for.** The Award has one purpose: that pupils with special educational needs and "
  "disabilities in Wessendon schools achieve more, stay safe, stay healthy, enjoy school and leave ready for "
  "what comes next. Every Casework Task asks the participant to show what changed for particular pupils, "
  "including their attendance and well-being as well as their attainment, and the In-Tray Day is built "
  "round the same question. The course is taught by people who work every day with pupils whom mainstream "
  "schools have found hardest to include, and it keeps participants in their own schools: all three "
  "Casework Tasks are carried out in the participant's school, and each one asks for a change in practice "
  "that the participant has led and can show the effect of.")
P("**E3 How it runs.** There are nine Centre Days across the year and four online units on WessNet, the "
  "county learning platform, between them. The Centre Days are:")
h.table(d, [
    ["Day", "Title", "Where"],
    ["CD1", "The SENCO, the law and Every Child Matters: the Code of Practice, statements and reviews, the "
     "Disability Discrimination Act, Removing Barriers to Achievement and the Lamb and Bercow reviews",
     "Arkle Street"],
    ["CD2", "Using research and inspection evidence: what Ofsted's 2006 and 2008 reports and recent "
     "studies say works", "Mereside"],
    ["CD3", "Disability equality in practice: accessibility plans and reasonable adjustments", "Tollgate"],
    ["CD4", "Data, targets, tracking and access arrangements", "Arkle Street"],
    ["CD5", "Behaviour, attendance and working with families", "Mereside"],
    ["CD6", "Pupil voice: a morning at a Learning Centre's pupil review meetings", "Hill View"],
    ["CD7", "The team around the child: educational psychology, CAMHS, the sensory and speech and language "
     "services, Connexions and the voluntary sector", "Tollgate"],
    ["CD8", "Leading provision: provision mapping, deploying teaching assistants, self-evaluation", "Arkle Street"],
    ["CD9", "Leading colleagues: coaching, observation and feedback, running training", "Mereside"],
], widths=[1.4, 12.0, 2.6])
P("Centre Day 6 is an observation morning: participants watch how one of our Centres holds its pupil review "
  "meetings, at which pupils set and review their own targets. There is no task on this day.")
P("The four WessNet units (Identifying needs; Specific learning difficulties and dyslexia; Autism and "
  "speech, language and communication needs; Moderate learning difficulties and ICT for access) each have "
  "readings, short video clips from our Centres and a discussion board for the tutor group. Tutors open each "
  "unit with a post and will try to look at the boards between Centre Days when their Centre duties allow. "
  "Participants can email their tutor at any time.")
P("There are two starting points each year, September and January. Each Centre Day is run twice, once on a "
  "weekday and once on a Saturday, so participants can choose, and the online units can be taken in any "
  "order. A participant who misses a Centre Day can join the next group's day.")
P("**E4 Assessment.** The Award is assessed by three Casework Tasks and the In-Tray Day:")
for t in ["• CT1 Provision Review (3,000 words): the participant reviews the provision for one group of pupils "
          "with colleagues, maps it, identifies what is missing or not working, costs it, and writes a "
          "report for the school's self-evaluation.",
          "• CT2 Intervention Study (4,000 words): the participant plans, teaches or leads and evaluates an "
          "intervention for up to six pupils, using the assessments of other professionals and the published "
          "evidence about what works, sets targets, takes baseline and follow-up measures and reports what "
          "changed for the pupils and how their parents were involved.",
          "• CT3 Leading Colleagues (3,000 words and a presentation to the participant's senior team): the "
          "participant coaches or trains colleagues, observes and gives feedback, and reports on how senior "
          "leaders' and colleagues' commitment was won.",
          "• The In-Tray Day (Parts A to D)."]:
    P(t, space_after=2)
P("All Casework Tasks are double marked by a BAS tutor and a University tutor. The University moderates a "
  "sample of every task across all tutor groups, and the University's external examiner sees a sample and "
  "attends the In-Tray Day. Before each marking round the tutors and In-Tray assessors meet for a "
  "standardisation session, marking the same two scripts and agreeing the grades.")
P("The Award is made to candidates who pass all three Casework Tasks and the In-Tray Day. A candidate who "
  "fails a task may resubmit once.")
P("**E5 Getting in.** Applicants must hold QTS, be in post as SENCO or about to take up the role, and be "
  "nominated by their headteacher. Each applicant has a 30-minute interview with a tutor, who reviews their "
  "experience against the entry profile. Where an applicant is not yet ready, the tutor writes to the "
  "applicant and the head setting out what to do first (often a term on the Service's SEN Foundations "
  "course) and offers a place on a later cohort.")
P("Before Centre Day 1 each participant completes the Starting Point self-audit against the outcomes. "
  "Tutors use the results to place participants in tutor groups and to plan the emphasis of Centre Days.")
P("Prior learning: participants who hold Master's-level credit for relevant study may apply through the "
  "University's Accreditation of Prior Learning procedure for up to 20 credits, which exempts them from "
  "CT1 or CT3. Experience can be claimed through a portfolio (APEL), assessed by the course leader and a "
  "University tutor.")
P("Under the Service's former Behaviour Certificate, experienced staff could be assessed without attending "
  "any sessions. That route closed in July 2008. The University's regulations for the Award do not allow a "
  "candidate to be assessed without following the programme.")
P("The fee is £1,150, which the Authority's SEN training budget meets in full for Wessendon maintained "
  "schools. Participants choose the pupils, the intervention and the colleagues for their Casework Tasks to "
  "suit their school and their role, and tutorials (three a year, one in school) help each participant "
  "decide which outcomes to work on hardest.")
p = d.add_paragraph()
h.ins_run(p, "Centre Day 9 ends with Next Steps: each participant drafts three professional targets for the "
             "year after the Award and a plan to discuss them with their line manager at their next "
             "performance management review, using the Next Steps planner.", AUTH1, D1)
h.mark_para_inserted(p, AUTH1, D1)
P("**E6 Equality and access.** The enrolment form invites applicants to tell us about any disability or "
  "other need, and the course leader then agrees reasonable adjustments with them for Centre Days, visits "
  "and assessment (see A5). All four Learning Centres have level access and a hearing loop. Course materials "
  "are available in large print and electronically, and WessNet meets the county's accessibility standard.")
P("**E7 Staff and specialists.** The course leader, Janet Morrell, was SENCO in two Wessendon secondary "
  "schools and holds an MA in Special and Inclusive Education. The four tutors are the heads of the "
  "Learning Centres and two senior officers of the Service; all hold postgraduate qualifications in SEN or "
  "behaviour and all teach or lead in a Centre each week. The University tutors are members of the "
  "Faculty's Inclusion team. Participants hear from, and on Centre Day 7 work with, the educational "
  "psychology, CAMHS, sensory support and speech and language services, and each participant spends two "
  "half-days in a Learning Centre or a special school chosen with their tutor.")
P("Each participant has a Link Practitioner, a teacher from one of the Learning Centres, who visits once a "
  "term. Link Practitioners and In-Tray assessors attend a half-day briefing each September on their role, "
  "the outcomes and the marking guides, and receive the Link Practitioner Handbook.")
P("Participants can borrow from the BAS resource base at the Arkle Street Centre.")
p = d.add_paragraph()
h.add_runs(p, "**E8 Checks.** Participants are employed by their schools, which are responsible for their CRB "
              "checks. We do not check candidates' CRB disclosures ourselves. ")
h.del_run(p, "The Course Administrator sees each candidate's enhanced CRB disclosure at enrolment and records "
             "its number and date.", AUTH2, D2)
crb_run = p.runs[-1] if p.runs else None
P("**E9 What schools and others told us.** Before designing the Award we surveyed all 212 Wessendon "
  "schools (131 replied) and held focus groups with SENCOs at the three Area Behaviour and Attendance "
  "Partnerships. Heads asked above all for SENCOs who can use data and lead staff; SENCOs asked for help with "
  "behaviour and with working with other agencies. As a result we added Centre Day 4 on data and tracking "
  "and built Centre Day 7 round the agencies, and the Partnerships asked for the In-Tray Day so that the "
  "final assessment would look like the job. Headteachers from the Partnerships and speakers from the "
  "Parent Partnership Service teach on Centre Days 5 and 9. We should like headteachers and former "
  "participants to take part in evaluating the Award in future years.")
P("**E10 Quality.** Participants evaluate each Centre Day and each WessNet unit. The course team reviews "
  "the evaluations, marking and moderation outcomes each term, and the Award Steering Group (the Head of Service, the "
  "course leader, the Principal Educational Psychologist and a University representative) receives an annual "
  "report and the external examiner's report and agrees the changes for the next cohort. The University's "
  "annual monitoring also applies. Participants rate their confidence against each outcome at the start "
  "and end of the year on the Starting Point scale, and we compare the two. We hope in time to collect "
  "evidence of the difference the Award makes to pupils' attendance and attainment.")

P("**E11 The outcomes.** The table shows each outcome as we put it to candidates, where it is taught and "
  "where it counts for the Award.", space_after=4)
rows = [
    ["Outcome (as we put it to candidates)", "Centre Day / unit", "Where it counts for the Award"],
    ["PROFESSIONAL ATTRIBUTES", None, None],
    ["Fair, respectful relationships with pupils and their families", "CD5", "CT2; In-Tray Item 2"],
    ["Winning colleagues' commitment, including the head's", "CD9", "CT3; In-Tray Item 1"],
    ["Prioritising, managing time, delegating and checking", "CD8", "In-Tray Prioritisation Grid"],
    ["Judgement: anticipating problems and making sound decisions on provision", "CD8", "In-Tray Day; Debrief"],
    ["Communicating clearly in speech and writing and listening to others", "all days", "In-Tray written responses; Debrief"],
    ["Using research and outside advice to improve practice", "CD2", "CT2"],
    ["Keeping up to date and owning your CPD", "CD2, CD9", "Professional Reading Log (kept for your own use, not submitted)"],
    ["KNOWLEDGE AND UNDERSTANDING", None, None],
    ["SEN law, the Code of Practice and what they mean in school", "CD1", "CT1; In-Tray Item 10"],
    ["Every Child Matters and the SENCO's part", "CD1", "In-Tray Item 2"],
    ["Disability equality law and what it requires", "CD3", "Not assessed for the Award"],
    ["How children grow and learn, and what gets in the way", "CD5", "CT2"],
    ["Common types of SEN (BESD, dyslexia, SLCN, autism, MLD)", "CD5; WessNet units 2–4", "In-Tray Item 7; CT2"],
    ["Approaches, strategies and resources, including ICT", "WessNet units 1–4", "CT2; In-Tray Item 7"],
    ["Self-evaluation and improvement", "CD8", "In-Tray Item 9"],
    ["What works: best practice and research", "CD2", "CT2"],
    ["External agencies and getting specialist support", "CD7", "In-Tray Items 3 and 12"],
    ["PROFESSIONAL SKILLS", None, None],
    ["Influencing school strategy, ethos and resources with senior staff and governors", "CD8", "CT3; In-Tray Item 1"],
    ["Identifying needs, setting targets, planning and reviewing", "WessNet unit 1; CD4", "CT2; In-Tray Item 4"],
    ["Using other professionals' assessments", "CD7", "In-Tray Item 3"],
    ["Tracking with summative and national test data", "CD4", "In-Tray Item 4"],
    ["Helping teachers with formative assessment", "CD4", "In-Tray Item 11 (practice item)"],
    ["Access arrangements for tests and exams", "CD4", "In-Tray Item 5"],
    ["Provision mapping", "CD8", "CT1; In-Tray Item 8"],
    ["Deploying teaching assistants and other staff", "CD8", "In-Tray Item 6"],
    ["Developing colleagues: observation, feedback, coaching, training", "CD9", "CT3; In-Tray Item 7"],
    ["Reviewing provision with colleagues for self-evaluation", "—", "CT1"],
    ["Involving pupils in their own provision", "CD6", "Not assessed for the Award"],
    ["Working with parents and carers", "CD5", "CT2; In-Tray Item 2"],
    ["Working with other services and voluntary organisations", "CD7", "In-Tray Item 12"],
]
t = d.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for i, r in enumerate(rows):
    if r[1] is None:
        c = t.cell(i, 0).merge(t.cell(i, 2))
        h.cell_text(c, r[0], bold=True, size=9, fill="F2DCDB")
        continue
    for j, v in enumerate(r):
        h.cell_text(t.cell(i, j), v, bold=(i == 0), size=9, fill=("D9D9D9" if i == 0 else None))
k4_row = t.rows[[r[0] for r in rows].index("How children grow and learn, and what gets in the way")]
h.delete_row(k4_row, AUTH2, D2)
d.add_paragraph()
P("Janet Morrell, Principal Officer (Professional Learning), Behaviour and Attendance Service, Wessendon "
  "County Council, County Hall, Marlow Vale. 21 January 2009.", italic=True)

# comments
for para_ in d.paragraphs:
    if para_.text.startswith("E8 Checks"):
        h.comment(d, para_.runs[0], "Legal say we cannot ask schools for disclosure numbers. Leave this as the "
                  "schools' responsibility for now and revisit with HR in the summer? JM", "Janet Morrell", "JM")
    if para_.text.startswith("A3 What you must"):
        h.comment(d, para_.runs[0], "Item 11 stays a practice item until we have standardised it on cohort 1. OP",
                  "Owen Pryce", "OP")
    if para_.text.startswith("E3 How it runs"):
        h.comment(d, para_.runs[0], "Should CD3 lead to something assessed? The examiner may ask. OP",
                  "Owen Pryce", "OP")

h.header_footer(d, "WESSENDON COUNTY COUNCIL · BAS · In-Tray Day Pack 2009 · RESTRICTED – not for candidates before the day",
                "BAS/SA/IT/03 v2 · All candidates CRB checked · Behaviour and Attendance Service, County Hall, Marlow Vale")
d.save(OUT)
print(OUT.name, h.word_count(OUT), "words")
