"""hg-01-fallowmere-lesson-study-handbook

Provider (invented): Fallowmere Academies Trust, a charitable trust that sponsors
eleven academies (seven secondary, three primary, one special: Fallowmere Park
Academy). Its central School Improvement Team runs the award; the University of
Saltcombe validates it and awards a Postgraduate Certificate (60 credits, M level).

Document kind and layout: the Trust's "Inclusion Lesson Study Handbook", the
handbook every participant is given, written to "you" in the School Improvement
Team's house vocabulary (Trust Days, Cycles, case pupils, research lesson,
Knowledgeable Other, Lesson Study Facilitator, Academy Mentor, Cycle Report,
Case Pupil File, Symposium), sent as the application with a short foreword by the
Director of School Improvement. No heading styles: part titles are bold
capitalised Normal paragraphs typed "PART 3 -", stages typed "Stage 1.", lists
typed with bullets. An "award at a glance" table with a merged title row; a
Trust Days table; a research lesson plan proforma with merged header cells, case
pupil columns and bracketed prompts left in; a roles table; an outcome table in
the Trust's words ("Where you work on it" / "Where it is assessed") with merged,
shaded group rows; a shaded "Note for the panel" box at the back holding several
arrangements; header and footer; Word comments; one tracked insertion and one
tracked deletion.

Traps (requirement ids):
- Aim of every cycle is attainment only ("reading, writing and mathematics"): 1.1
  partially met; ECM appears only as Trust Day 2 content, row with no assessment:
  6.K2 partially met.
- Parents: the academy's Family Liaison Officer makes contact, not participants;
  a short input only: 1.7 and 6.S8 partially met; the relationships row names
  "families" but only pupils are worked with and assessed: 6.A1 partially met.
- Several outcomes not assessed (see table): 1.9 partially met.
- Prior study only (University's credit transfer), experience "not credited":
  2.1 partially met.
- "There is no assessment-only route": 2.3 not met (negation).
- Next steps only hoped for ("We hope that many of you..."): 2.5 not met.
- One start date, fixed cycle order; only the hub and weekday vary: 3.2 partially met.
- No e-learning ("There are no online units"): 3.3 not applicable. The Trust's
  "Learning Platform" only stores forms.
- Stakeholders involved in delivery (mentors, Knowledgeable Others) but
  evaluation is by participants only: 4.3 partially met.
- CRB: "held by your academy" in its single central record; the Team does not
  check: someone else's responsibility: 5.3 partially met. A comment suggesting
  HR checks is not part of the submission.
- Placement at the special academy only "if your Principal can release you":
  conditional: 5.5 partially met (specialist expertise is there).
- Impact on pupils only expected, no measure ("We expect the case pupils..."):
  5.9 partially met (participants' confidence is measured).
- Award rule covers only outcomes marked "Assessed" in Part 6: 6.0 partially met.
- Outcomes: time management formative only (6.A3 partial); CPD log not
  submitted (6.A7 partial); strategic work with governors "does not count
  towards the award" (6.S1 partial); child development "Not covered in the
  award" (6.K4 not met, negation); no row for self-evaluation, and the Trust's own
  "self-evaluation" of the course is the wrong thing (6.K7 not met); no row for
  access arrangements (6.S2d not met).
- Tracked deletion removes "and an annual survey of parents of case pupils" from
  the evaluation list (4.3 stays partial); tracked insertion adds the
  standardisation meeting (5.8 met either way).
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _hg_helpers import *

NAME = Path(__file__).name.replace(".build.py", "")
d = new_doc()
header_footer(d, "Fallowmere Academies Trust  |  School Improvement Team  |  Inclusion Lesson Study Handbook",
              "Handbook v2.1, September 2008. Not for circulation outside the Trust's academies without permission.")

para(d, "FALLOWMERE ACADEMIES TRUST", bold=True, size=16, align="center")
para(d, "Inclusion Lesson Study", bold=True, size=22, align="center")
para(d, "The Handbook for the National Award for SEN Coordination", bold=True, size=14, align="center")
para(d, "Postgraduate Certificate in Leading SEN Coordination, validated and awarded by the University of Saltcombe", italic=True, align="center")
para(d, "School Improvement Team, Fallowmere House, Canal Street, Brackley Vale", align="center")
d.add_paragraph()

para(d, "FOREWORD FOR THE APPROVAL PANEL", bold=True)
para(d, "This is the handbook every participant receives at the first Trust Day. We have sent it as it stands, rather than rewriting it to the headings of the specification, because it is the document our SENCOs actually use and we would rather the panel saw the course as they see it. Where the handbook does not cover something the panel needs, we have added it in the shaded note at the back (Part 9). Everything in Parts 1 to 8 is written to the participant.")
para(d, "Fallowmere Academies Trust is a charitable trust and the sponsor of eleven academies: seven secondary academies, three primary academies and Fallowmere Park Academy, a special academy for pupils aged 4 to 19 with severe and complex learning difficulties. The School Improvement Team is the Trust's central team of eleven advisers and lead practitioners. It has run an unaccredited SENCO development group since 2006. From September 2009 that group becomes the Trust's route to the National Award, open to SENCOs in our academies and, where places allow, to SENCOs in the maintained schools of the two local authorities in which our academies stand.")
para(d, "Dr Helen Aske, Director of School Improvement", italic=True)
d.add_paragraph()

para(d, "PART 1 - THE AWARD AT A GLANCE", bold=True)
t = table(d, [["", ""],
              ["Title of award", "Postgraduate Certificate in Leading SEN Coordination (National Award for SEN Coordination)"],
              ["Awarding body", "The University of Saltcombe validates the programme and awards the certificate. The Trust delivers it under a collaborative provision agreement signed in June 2008."],
              ["Level and credit", "60 credits at Masters (M) level: three Cycle Reports of 20 credits each"],
              ["Length", "One academic year, part time: eight Trust Days and three lesson study cycles in your own academy"],
              ["Who it is for", "Teachers with QTS who are SENCOs, or who have been named as the next SENCO, in a Trust academy or a partner school"],
              ["Cost", "GBP 1,450 a place, including University registration; the Trust pays for its own academies' SENCOs from the school improvement budget"]],
          header=False)
merge_row(t, 0, "Inclusion Lesson Study 2009-10 at a glance", fill="BDD7EE")
d.add_paragraph()

para(d, "PART 2 - WHY LESSON STUDY?", bold=True)
para(d, "Most SENCO courses begin with the law and the paperwork. Ours begins in a classroom. Lesson study is a simple, disciplined way for a small group of teachers to plan a lesson together, watch closely what particular pupils do in it, and talk honestly afterwards about what they saw. It comes from Japan, where it has been used for a century, and it was brought into English schools through the work of Pete Dudley and the National Strategies. Its strength for SENCOs is that it keeps attention on what pupils actually do and learn, not on what teachers intended.")
para(d, "The course draws on recent inspection evidence as well as research. Ofsted's reports Special educational needs and disability: towards inclusive schools (2004) and Inclusion: does it matter where pupils are taught? (2006) found that the quality of teaching, not the type of setting, made the difference for pupils with SEN and disabilities, and that too few schools checked the impact of their provision. Every Trust Day uses a reading from current research or inspection evidence; in 2008-09 these included the Bercow Review of services for children and young people with speech, language and communication needs (2008), the Rose Review's interim work on dyslexia, and the Lamb Inquiry's first call for evidence on parental confidence. The reading list is rewritten each summer by the Lesson Study Facilitators, and the University's librarian for education checks it.")
para(d, "The single aim of every cycle is that the case pupils make more progress in reading, writing and mathematics than they would otherwise have made.")
para(d, "Everything else in this handbook serves that aim. You will leave the year with three research lessons, three sets of case pupils you know far better than you do now, and a way of working you can teach to colleagues.")

para(d, "PART 3 - THE LESSON STUDY CYCLE", bold=True)
para(d, "Each cycle takes about eight weeks and has six stages. You work in a triad: you, a colleague from your own academy (usually a class or subject teacher who teaches your case pupils) and a colleague from another Trust academy. Your triad is agreed with your Academy Mentor before the first cycle.")
para(d, "Stage 1. Choose your case pupils.", bold=True)
para(d, "Choose three pupils who are not making the progress they should. Use your academy's tracking data, the teachers' own assessments, classroom observation and any reports from other professionals (educational psychologists, speech and language therapists, the sensory support teachers) to decide who they are and what seems to stand in their way. Record your starting judgements and the pupils' current attainment on the Case Pupil Sheet. At least one of your three case pupils in each cycle must be on School Action Plus or have a statement.")
para(d, "Stage 2. Plan the research lesson.", bold=True)
para(d, "Plan the lesson together as a triad, using the proforma in Part 4. For each case pupil, predict what they will do at each point in the lesson and why. The research question is always about teaching: what approach, resource, grouping or use of ICT will remove a barrier for these pupils? You must set each case pupil a challenging target for the cycle, and plan the intervention that surrounds the research lesson (what happens in the weeks before and after).")
para(d, "Stage 3. Teach and observe.", bold=True)
para(d, "One member of the triad teaches; the other two observe only the case pupils. Observers record what the pupils do and say, minute by minute, on the observation sheet. Teaching assistants who work with the case pupils are briefed by you beforehand on what to do and what not to do during the lesson; you decide how they are deployed and you review it with them afterwards.")
para(d, "Stage 4. The post-lesson discussion.", bold=True)
para(d, "Within 24 hours the triad meets for one hour, following the protocol on the back of the observation sheet: observers speak first, about the case pupils only; the teacher speaks last. You chair the discussion. The aim is to agree what was learned about the pupils and about the teaching, and what should change.")
para(d, "Stage 5. Ask the pupils.", bold=True)
para(d, "Interview each case pupil after the lesson, using one of the interview approaches practised on Trust Day 4 (talking mats, a diamond ranking of lesson activities, or a short structured conversation). Ask what helped, what got in the way, and what they would like to try next time. Agree with each pupil one thing they will do differently and one thing the teacher will do differently, and review it with them at the end of the cycle.")
para(d, "Stage 6. Share it.", bold=True)
para(d, "Share what you learned with colleagues: at a department or phase meeting in your academy, and at the Trust SENCO network meeting each half term, where SENCOs from all eleven academies and from partner schools meet. In Cycle 3 you lead a short training session for staff in your academy based on your lesson study, and you observe and give feedback to a colleague who tries the approach, or coach them through it.")
comment(d, d.paragraphs[-1], "Should we say what counts as 'training' here? Some academies only have twilight slots. - JB", author="James Bellamy", initials="JB")

para(d, "PART 4 - THE RESEARCH LESSON PLAN", bold=True)
para(d, "Copy this proforma for each research lesson. Complete it as a triad. Keep it in your Case Pupil File.")
t = d.add_table(rows=6, cols=4)
t.style = "Table Grid"
c = t.cell(0, 0).merge(t.cell(0, 3)); c.text = "Research lesson plan: Cycle [1 / 2 / 3]"; shade(c, "BDD7EE")
c = t.cell(1, 0).merge(t.cell(1, 3)); c.text = "Research question: [What do we want to find out about how these pupils learn?]"
for j, h in enumerate(["Lesson episode", "Case pupil A", "Case pupil B", "Case pupil C"]):
    t.cell(2, j).text = h; shade(t.cell(2, j))
rows = [["Starter (minutes 0-10)", "[Predicted response]", "[Predicted response]", "[Predicted response]"],
        ["Main task", "[Predicted response and why]", "[Predicted response and why]", "[Predicted response and why]"],
        ["Plenary", "[What will success look like?]", "[What will success look like?]", "[What will success look like?]"]]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        t.cell(3 + i, j).text = v
d.add_paragraph()

para(d, "PART 5 - TRUST DAYS", bold=True)
para(d, "The eight Trust Days are held at Fallowmere House and are repeated in the north of the Trust at Coldharbour Academy. You attend one of each pair: the Fallowmere House day is always a Tuesday and the Coldharbour day a Thursday, so you can choose the day that suits your timetable. All participants start in September and the three cycles run in the same order for everyone.")
t = table(d, [["Trust Day", "When", "What we do"],
              ["1", "September", "Starting points. The SEN Code of Practice (2001) and the SEN and Disability Act 2001; the Disability Discrimination Act 1995 and 2005 and the disability equality duty; what they require of an academy and of its SENCO. Introducing lesson study."],
              ["2", "October", "Every Child Matters and the five outcomes. Common types of SEN and disability and how they affect learning: behavioural, emotional and social difficulties, dyslexia and other specific learning difficulties, speech, language and communication needs, autism, moderate learning difficulties."],
              ["3", "November", "Assessment for learning and the SENCO. Using P scales, optional tests and national test data to track pupils; helping colleagues build formative assessment for pupils with SEN. Cycle 1 review."],
              ["4", "January", "Pupil voice: talking mats, diamond ranking, structured conversations. Provision mapping and finding what is missing or not working."],
              ["5", "February", "Working with other services: educational psychology, CAMHS, speech and language therapy, the sensory service, and voluntary organisations. Knowledgeable Others join us. Cycle 2 review."],
              ["6", "March", "Deploying and managing teaching assistants. A short input on communicating with families."],
              ["7", "May", "Leading inclusion with your Principal and governors: policy, priorities and budgets. Reviewing provision with colleagues."],
              ["8", "June", "The Symposium: every participant presents Cycle 3."]])
d.add_paragraph()
para(d, "Between Trust Days you work in your academy on your cycle. Your Lesson Study Facilitator visits you once in each cycle, usually for the research lesson itself, and holds a mid-cycle check-in by telephone. The Trust Learning Platform holds copies of this handbook, the forms and the reading list so that you can download them. There are no online units: lesson study is done in classrooms and the Trust Days are face to face.")

para(d, "PART 6 - THE NATIONAL OUTCOMES IN LESSON STUDY TERMS", bold=True)
para(d, "The table below shows, for each national outcome in our words, where you work on it during the year and where it is assessed. \"Cycle Report\" means the written report you submit at the end of each cycle; \"Case Pupil File\" means the file of plans, observation sheets, pupil interviews and data you submit with each report.")
out = [
    ("G", "Being a SENCO"),
    ("Building fair, respectful relationships with case pupils and their families", "Stages 1 and 5 of every cycle", "Case Pupil File (pupil interviews), all cycles"),
    ("Winning the commitment of colleagues and your Principal to your case pupils' progress", "Triad work; Academy Mentor meetings", "Cycle Report 2"),
    ("Planning your cycle timeline; delegating observation roles in your triad", "Every cycle", "Facilitator feedback at the mid-cycle check-in only (not marked)"),
    ("Solving problems and making sound decisions about provision", "Post-lesson discussions", "Cycle Reports 1 to 3"),
    ("Communicating clearly in writing and in discussion; listening to other views", "Post-lesson discussions; Symposium", "Cycle Reports 1 to 3; Symposium presentation"),
    ("Using research and outside advice to improve your own and colleagues' teaching", "Trust Day readings; Knowledgeable Others", "Cycle Report 3 (research review section)"),
    ("Keeping up to date; your Lesson Study Log of reading and CPD", "All year", "Kept for your own use; not submitted"),
    ("G", "Knowing"),
    ("SEN law and the Code of Practice and how to put them into practice", "Trust Day 1", "Cycle Report 1 (policy section)"),
    ("Every Child Matters and the five outcomes", "Trust Day 2", "\u2014"),
    ("Disability equality law and what it requires of an academy", "Trust Day 1", "Cycle Report 1 (policy section)"),
    ("How children develop", "Not covered in the award: assumed from initial teacher training", "Not assessed"),
    ("Common types of SEN and disability and their effect on learning", "Trust Day 2", "Cycle Report 2"),
    ("Approaches, strategies and resources for teaching case pupils, including ICT", "Stage 2 of every cycle", "Cycle Reports 1 to 3"),
    ("What research says works for pupils with SEN", "Trust Day readings", "Cycle Report 3 (research review section)"),
    ("What other services and agencies do and how to get their help", "Trust Day 5; Knowledgeable Others", "Case Pupil File, Cycle 2"),
    ("G", "Doing"),
    ("Leading inclusion with your Principal and governors", "Trust Day 7", "Optional presentation to your local governing body (does not count towards the award)"),
    ("Identifying case pupils, setting challenging targets, planning interventions, reviewing progress", "Stages 1, 2 and 5", "Case Pupil File, all cycles"),
    ("Using other professionals' assessments to plan teaching", "Stage 1", "Cycle Report 1"),
    ("Using national test and other summative data to track case pupils", "Trust Day 3", "Case Pupil File, all cycles"),
    ("Helping colleagues build formative assessment for pupils with SEN", "Trust Day 3; triad work", "Cycle Report 2"),
    ("Provision mapping; finding provision that is missing or not working", "Trust Day 4", "Cycle Report 2"),
    ("Deploying and managing teaching assistants", "Stage 3; Trust Day 6", "Cycle Report 2"),
    ("Developing colleagues: observation, feedback, coaching, training", "Stage 6, Cycle 3", "Cycle Report 3; Symposium presentation"),
    ("Reviewing provision with colleagues", "Trust Day 7; post-lesson discussions", "Cycle Report 3"),
    ("Involving pupils in planning and reviewing their provision", "Stage 5", "Case Pupil File, all cycles"),
    ("Working with families", "Trust Day 6 input", "Not assessed (contact with families is led by the academy's Family Liaison Officer)"),
    ("Working with other services and voluntary organisations", "Trust Day 5", "Case Pupil File, Cycle 2"),
]
t = d.add_table(rows=1 + len(out), cols=3)
t.style = "Table Grid"
for j, h in enumerate(["National outcome (our words)", "Where you work on it", "Where it is assessed"]):
    t.cell(0, j).text = h; shade(t.cell(0, j), "BDD7EE")
for i, r in enumerate(out, start=1):
    if r[0] == "G":
        merge_row(t, i, r[1])
    else:
        for j, v in enumerate(r):
            t.cell(i, j).text = v
d.add_paragraph()
para(d, "Your families: the academy's Family Liaison Officer is the person who contacts the parents or carers of your case pupils about the lesson study, and who passes on their views to you. Please do not contact families about the research lesson yourself.")

para(d, "PART 7 - HOW YOU ARE ASSESSED", bold=True)
para(d, "You submit a Cycle Report of about 4,000 words at the end of each cycle, with your Case Pupil File. Each report is worth 20 credits and is marked against the University's M-level criteria and against the outcomes the table in Part 6 shows for it. Cycle 3 also includes a fifteen-minute presentation at the Symposium, marked by two Lesson Study Facilitators.")
para(d, "Each Cycle Report has four sections: the case pupils and what you found out about them; the research lesson and the post-lesson discussion; what changed for the pupils and in your academy's practice as a result; and what you will do next for the case pupils. Cycle Report 1 has an extra policy section in which you review your academy's SEN policy and accessibility plan against the law covered on Trust Day 1. Cycle Report 3 has an extra research review section.")
para(d, "To be awarded the Certificate a participant must pass all three Cycle Reports and show, in the Case Pupil File, evidence against every outcome marked 'Assessed' in Part 6.")
para(d, "Every report is marked by your Lesson Study Facilitator and second-marked by another Facilitator. A sample of one in three, and every fail and distinction, goes to the University's moderator.")
p = d.paragraphs[-1]
ins_run(p, " Before each marking period all markers attend a standardisation meeting, led by the University, at which they mark the same two reports and agree the standard.", author="Helen Aske")
para(d, "The University's external examiner sees a sample of reports and the Symposium recordings and attends the exam board in July.")

para(d, "PART 8 - WHO'S WHO", bold=True)
table(d, [["Role", "Who", "What they do"],
          ["Lesson Study Facilitator", "One of five SEN lead practitioners in the School Improvement Team", "Leads Trust Days, visits you once a cycle, holds the mid-cycle check-in, marks your reports"],
          ["Academy Mentor", "Your Principal or a Vice Principal", "Meets you twice a cycle, agrees your triad and release time, helps you act on what you find"],
          ["Knowledgeable Other", "A specialist from outside the Trust: an educational psychologist, a speech and language therapist, an advisory teacher for autism or sensory impairment", "Joins one post-lesson discussion in Cycle 2 and Trust Day 5; advises on your case pupils"],
          ["Course Leader", "Mrs Anita Rowe, Head of Inclusion, School Improvement Team", "Runs the programme, chairs the Course Review Group"],
          ["University link tutor", "Dr Paul Grieve, University of Saltcombe", "Moderates, advises on M-level writing, chairs the exam board"]])
d.add_paragraph()
para(d, "The five Lesson Study Facilitators are all former SENCOs. Anita Rowe was SENCO in two secondary schools for nine years, holds an MA in Special and Inclusive Education and is a National Strategies consultant for inclusion. The other four hold between them an MEd in SEN, the OCR Diploma in SpLD with AMBDA, an advanced certificate in autism, and NPQH; two are currently part-time SENCOs in Trust academies, so their knowledge is that of practising SENCOs. Each Facilitator has ten days a year for their own specialist updating and attends the University's annual SEN research conference.")
para(d, "New Facilitators shadow a full cycle and complete two days of lesson study facilitation training with the University before they lead a triad. Academy Mentors attend a half-day briefing each September and receive the Mentor's Guide, which sets out what they must do at each stage and how to release and support their SENCO; Knowledgeable Others receive a written brief and a telephone briefing before their visit.")
if True:
    p = para(d, "Fallowmere Park Academy, our special academy, has an assessment and assistive technology suite (communication aids, switch-access software, eye-gaze equipment, symbol software) and a loan library of standardised assessments that SENCOs in all our academies may borrow. Participants have full access to the University of Saltcombe library and its electronic journals. Each Trust academy has a SEN resource base with the Trust's core set of reading, assessment and intervention materials.")
para(d, "A day at Fallowmere Park Academy can be arranged in Cycle 2 if your Principal can release you.")

para(d, "PART 9 - NOTE FOR THE APPROVAL PANEL", bold=True)
box(d, [
    "Entry. Places are offered to teachers with QTS who hold or have been named for the SENCO role, on the nomination of their Principal or headteacher. Before a place is confirmed the Course Leader holds a Starting Point conversation with each nominee, using the Trust's Starting Point Profile, which asks the nominee to rate and give evidence against each national outcome. Where a nominee does not yet have the knowledge or experience to be likely to reach the outcomes within the year, the Course Leader tells them what they need to do first (usually a term shadowing an experienced SENCO in a Trust academy) and agrees this with their Principal.",
    "Individual plans. The Starting Point Profile is used to write each participant's Personal Lesson Study Plan, which sets out the outcomes on which they most need to focus, the case pupils and themes of their cycles, and their personal targets for the year. Facilitators revisit the plan at each visit; the choice of cycle focus, case pupils and Knowledgeable Other is tailored to it.",
    "Prior learning. Credit from earlier Masters-level study may be transferred under the University's regulations, up to 20 credits; experience on its own is not credited.",
    "There is no assessment-only route: lesson study cannot be done on paper, and every participant completes all three cycles.",
    "After the award. We hope that many of you will go on to become Lead Practitioners for inclusion in the Trust, or to take the University's MA.",
    "Equality. The Trust and the University meet their duties under the Disability Discrimination Act 1995 and 2005 and the Race Relations (Amendment) Act 2000. At the Starting Point conversation every nominee is asked in private whether they have a disability or other need we should plan for; we record the adjustments agreed (for example, materials in large print or on coloured paper, extra time for Cycle Reports, a venue with level access, a hearing loop at Fallowmere House) and the Course Leader checks them at each Trust Day. The University's disability service assesses any participant who asks.",
    "Needs of stakeholders. In 2007 the School Improvement Team surveyed all eleven Principals and all SENCOs in the Trust. Fourteen of the nineteen SENCOs had been in post less than two years; the Principals' top concern was that SEN provision was not being checked for impact. Both findings shaped the course: it is built round case pupils' progress and round SENCOs leading colleagues.",
    "Influence of stakeholders. The Principals' Group reviewed the draft in March 2008 and asked for Trust Days to be repeated in the north of the Trust, which they now are. The Trust's pupil councils told us that pupils with SEN were rarely asked what helped them; Stage 5 (Ask the pupils) was added as a result.",
    "Involvement of stakeholders. Principals act as Academy Mentors; specialists from the local authorities' services act as Knowledgeable Others; partner schools host triad observations.",
    "Checks. All participants are employees of the Trust's academies or partner schools, and the academies' single central records hold their CRB enhanced disclosures.",
    "Evaluation and quality. Participants evaluate each Trust Day on the day and complete an end-of-cycle evaluation; Facilitators meet after each Trust Day to review the evaluations. The Course Review Group (Course Leader, two Facilitators, the University link tutor, two participant representatives) meets each term and decides what to change; its decisions and the reasons are reported to the Trust's Education Committee. Externally, the University's annual monitoring, its periodic review and the external examiner's report are all considered by the Course Review Group, and the Trust's own annual self-evaluation of the School Improvement Team includes the course.",
    "Impact. Each participant rates their confidence against each national outcome at the Starting Point and again at the Symposium, and the Course Review Group compares the two. We expect the case pupils of participants to make better progress as a result of the course.",
], title="For the panel: arrangements not described elsewhere in this handbook")
p = d.paragraphs[-1]
p2 = para(d, "Evaluation sources this year: Trust Day evaluations, end-of-cycle evaluations, Facilitator reviews")
del_run(p2, " and an annual survey of parents of case pupils", author="Anita Rowe")
ins_run(p2, ".", author="Anita Rowe")
comment(d, p2, "HR could check CRB on each nominee before we confirm the place? Raise with Principals' Group. - AR", author="Anita Rowe", initials="AR")

d.save(str(Path(__file__).with_name(NAME + ".docx")))
print(NAME, word_count(d))
