"""Build bx-01-westmarch-slides.docx: University of Westmarch with Hollinshire County Council (invented).

Provider: University of Westmarch, School of Education (invented), in
partnership with Hollinshire County Council Children's Services, SEN and
Inclusion Team (invented). Programme: Postgraduate Certificate in SEN
Coordination (National Award for SEN Coordination), 60 credits at Level 7,
three 20-credit units, validated by the University on 4 December 2008.
Dated January 2009, 2008-era vocabulary (Code of Practice 2001, DDA 2005,
ECM, SEF, RAISEonline, APP, CRB).

Layout: a briefing paper converted from a slide presentation given to the
TDA panel. Title, a short covering paragraph, then 24 slides, each a
Heading 2 "Slide N: Title", two to six terse List Bullet fragments without
subjects, and "Speaker notes:" paragraphs of fuller prose beneath. One slide
(programme shape) carries a small table. A presenter's aside "[click]" and
"[pause for questions]" left in the notes. Header and footer (never
evidence). The outcome coverage is spread across the three unit slides
(Slides 6, 7 and 8), each naming its unit's assessment in its last bullet and
the notes; Slide 9 gives the award rule and a blanket mapping claim.

A middling-to-strong application written tersely: 42 met, 15 partially met,
4 not met, 0 not applicable.

Traps and the requirement each affects:
- 2.3 not_met (aspiration): the assessment-only route is "Under discussion
  with University Registry" with a decision expected; only hoped for.
- 5.3 not_met (deferral + negation): CRB disclosures are "held by employing
  school"; "the University does not itself ask to see or verify them".
- 3.3 partially_met (e-learning, negation of one part): VLE tasks and peer
  discussion boards between taught days, but "tutors do not monitor or post
  on them" and questions wait for the next taught day: no direct tutor support.
- 2.2 partially_met: self-audit at induction steers tutor groups and project
  focus, but "We do not at present produce a separate individual training
  plan" (negation of the plan / personalised outcomes part).
- 1.7, 6.S8 partially_met (values): the parents half-day is a values statement
  plus an introduction to the Parent Partnership Service; nothing is assessed.
- 6.A1 partially_met: the case study assesses the relationship with the pupil,
  not with parents or carers.
- 4.3 partially_met (aspiration for one part): stakeholders teach, host and
  sit on a steering group that advises on content, but evaluation by them is
  only "We would like the steering group to take a part in evaluating".
- 5.5 partially_met: specialist inputs are real; visits "on request" and "we
  do not build a placement into the programme".
- 5.9 partially_met: participants' competence and confidence measured
  (repeated self-audit, grades); pupil impact across the programme only hoped.
- Formative only: 6.A3 (reflective log "not marked"), 6.K9 and 6.S9 (the
  multi-agency reflection sheet "formative and is not graded"), 6.S2c (AfL
  plan "does not form part of the assessed case study"): partially_met.
- 6.A7 partially_met: keeping up to date is discussed in the final session,
  "the plan is not assessed" (2.5 itself is met: plan agreed with line manager).
- 6.S2d not_met (negation + another body's arrangement): "Access
  arrangements for national tests and examinations are not part of the
  programme"; the County examinations officer's briefing is someone else's.
- 6.K4 not_met: child development appears nowhere.
- 6.0, 1.9 partially_met (blanket claim): a real award rule (pass all three
  assessments, no compensation) but "every one of the national minimum
  outcomes is assessed at least once" is contradicted by the unit slides.
- Met despite terseness: E.1, E.2, 1.1 (common "Difference for pupils"
  section weighted 20 per cent), 1.5 (structured pupil interviews assessed in
  the case study), 1.6, 1.8, 2.1, 2.4, 2.5, 3.1, 3.2, 4.1, 4.2, 5.1, 5.2, 5.4,
  5.6, 5.7, 5.8, and most outcomes via the three unit assessments.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("bx-01-westmarch-slides.docx")

doc = Document()
doc.core_properties.author = "Ruth Abernethy"
doc.core_properties.title = "Westmarch-Hollinshire NASC briefing paper"
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "University of Westmarch | Hollinshire County Council"
sec.footer.paragraphs[0].text = "Briefing paper v2, January 2009. Slides and speaker notes."
sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_paragraph("Briefing paper: the Westmarch\u2013Hollinshire National Award for SEN Coordination",
                  style="Title")
doc.add_paragraph(
    "Application to the Training and Development Agency for Schools for approval to provide nationally "
    "accredited training for SENCOs. This paper reproduces the slides, and the notes we spoke to, from "
    "the presentation given to the TDA panel on 13 January 2009. At the panel's request we have expanded "
    "the notes in a few places; the slide text is unchanged. Contact: Dr Ruth Abernethy, School of "
    "Education, University of Westmarch.")


def slide(n, title, bullets, notes, table=None):
    doc.add_heading(f"Slide {n}: {title}", level=2)
    for b in bullets:
        doc.add_paragraph(b, style="List Bullet")
    if table:
        t = doc.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for i, row in enumerate(table):
            cells = t.add_row().cells
            for c, txt in zip(cells, row):
                c.text = txt
                if i == 0:
                    for r in c.paragraphs[0].runs:
                        r.bold = True
    for i, para in enumerate(notes):
        p = doc.add_paragraph()
        if i == 0:
            r = p.add_run("Speaker notes: ")
            r.bold = True
        p.add_run(para)


slide(1, "The Westmarch\u2013Hollinshire National Award for SEN Coordination", [
    "PG Certificate in SEN Coordination, University of Westmarch",
    "60 credits at Level 7 (masters); three 20-credit units",
    "Designed and taught with Hollinshire County Council SEN and Inclusion Team",
    "First cohorts September 2009 and February 2010",
], [
    "Good morning. I am Ruth Abernethy, programme leader for inclusive education in the School of "
    "Education, and with me is Graham Ollerenshaw, Principal Officer for SEN and Inclusion at Hollinshire "
    "County Council. The award is a Postgraduate Certificate, approved by the University's Academic "
    "Standards Committee at its validation event on 4 December 2008. It carries 60 credits at Level 7, "
    "made up of three 20-credit units, and those credits can later be counted towards our MA in Inclusive "
    "Education.",
    "The programme grows out of the Hollinshire SENCO Certificate which the University and the County "
    "have run together since 2003, but it has been rebuilt from the ground up around the national "
    "outcomes and around what Hollinshire schools told us last autumn. [click]",
])

slide(2, "Why this programme: pupils first", [
    "Aim: better progress and well-being for pupils with SEN and/or disabilities",
    "All five ECM outcomes, not attainment alone",
    "Same question in every assignment: what difference for pupils?",
    "Impact evidence required in the Unit 3 project",
], [
    "The programme has a single overriding aim, written into the validated programme specification: "
    "that pupils with special educational needs and disabilities in participants' schools make better "
    "progress and are safer, healthier and more fully included as a result of what their SENCO does. "
    "We have deliberately not narrowed achievement to test scores; the unit objectives are written in "
    "terms of the five Every Child Matters outcomes as well as progress in learning.",
    "This runs through the assessment as well as the content. Each of the three assignment briefs ends "
    "with a common section headed 'Difference for pupils', in which the participant sets out the "
    "intended and actual effect of their work on pupils' learning and well-being under the Every Child "
    "Matters headings. The marking criteria for all three assignments give that section a weighting of "
    "20 per cent, so a participant cannot pass without addressing it.",
])

slide(3, "What Hollinshire schools told us", [
    "Questionnaire to all 214 Hollinshire schools, October 2008: 131 returns",
    "Four focus groups, November 2008: SENCOs, headteachers, parents",
    "Top needs: provision mapping, managing TAs, time for the role",
    "Heads: SENCO as strategic leader, not paperwork manager",
    "Parents: clear explanations, prompt replies",
], [
    "Before rewriting the programme we wanted evidence rather than assumptions. The County's SEN and "
    "Inclusion Team sent a short questionnaire to every school in Hollinshire in October 2008 and "
    "received 131 returns, a response rate of 61 per cent. In November we ran four focus groups: two "
    "with SENCOs (18 in all, from primary, secondary and special schools), one with nine headteachers, "
    "and one with the Parent Partnership Service and parents from the Hollinshire Parents' Forum.",
    "The strongest messages were consistent. New SENCOs find provision mapping and the management of "
    "teaching assistants the hardest parts of the job, and they struggle for time. Headteachers want a "
    "SENCO who contributes to strategic planning and not one who simply administers Code of Practice "
    "paperwork. Parents want decisions explained to them and their emails answered. A summary of the "
    "questionnaire results is available to the panel.",
])

slide(4, "What we changed as a result", [
    "Provision mapping: a full day in Unit 3, not an hour",
    "New session on deploying and managing TAs",
    "Twilight route for Units 2 and 3",
    "Presentation to a senior leader or governor built into Unit 3",
    "More school-based tasks, fewer lectures (2007\u201308 evaluations)",
], [
    "The survey and focus groups changed the design in concrete ways. Provision mapping, which had an "
    "hour in the old certificate, now has a full day in Unit 3, taught with the County's school "
    "improvement team. We have added a session on deploying and managing teaching assistants, led by "
    "the County's adviser for support staff. Because SENCOs in small primary schools said they could "
    "not be released for whole days, Units 2 and 3 can now be followed as twilight sessions.",
    "The headteachers' wish for strategic SENCOs is the reason the Unit 3 assessment requires every "
    "participant to present their development proposal to a member of the senior leadership team or a "
    "governor. And the 2007\u201308 evaluations from the last cohort of the old certificate asked for "
    "more work done in school and less time listening to lectures, which shaped the directed tasks you "
    "will see on the next slide. [click]",
])

slide(5, "Programme shape", [
    "Induction day, then three units of about fourteen weeks",
    "Taught days at Westmarch and at the Hollinshire Professional Centre, Brantham",
    "Directed school-based task after every taught day",
    "Unit 1 first; Units 2 and 3 in either order",
    "Two starts a year: September and February",
], [
    "Each unit has four taught days, or eight twilight sessions, and between each taught day the "
    "participant carries out a directed task in their own school, linked to the outcomes for that unit: "
    "for example, mapping the school's current use of teaching assistants, or interviewing pupils about "
    "their support. The tasks feed directly into the unit assessments, so the programme is anchored in "
    "the participant's own school throughout.",
    "In Unit 2 every participant also spends a day at one of two Hollinshire schools judged outstanding "
    "by Ofsted for their provision for pupils with SEN, Larchfield Primary and the Deansgate Centre "
    "resourced provision at Brantham High School, where the SENCO and staff talk through their "
    "practice and participants observe lessons.",
    "Because there are two start dates and Units 2 and 3 can be taken in either order, a SENCO who "
    "misses the September start, or who has to interrupt, can rejoin without waiting a year. Most "
    "participants will complete in three terms; the University allows up to two years.",
], table=[
    ["Part", "Taught time", "Assessment"],
    ["Induction", "1 day", "Self-audit (not assessed)"],
    ["Unit 1: The SENCO, the law and the school", "4 days or 8 twilights", "Assignment 1"],
    ["Unit 2: Teaching, learning and assessment", "4 days + school visit day", "Assignment 2 and presentation"],
    ["Unit 3: Leading and developing provision", "4 days or 8 twilights", "Project report and professional discussion"],
])

slide(6, "Unit 1: The SENCO, the law and the school", [
    "Education Act 1996, SEN Code of Practice 2001, SENDA 2001",
    "DDA 1995 and 2005: disability equality duty, accessibility planning",
    "Every Child Matters, Children Act 2004, Removing Barriers to Achievement",
    "Multi-agency day: EPS, CAMHS, SALT, social care, voluntary sector",
    "Parents as partners: half-day with the Parent Partnership Service",
    "Assessed by Assignment 1: critical audit of school SEN policy and practice (4,000 words)",
], [
    "Unit 1 lays the legal and policy foundations. Participants work through the duties in the Education "
    "Act 1996 and the SEN and Disability Act 2001, the graduated response in the Code of Practice, the "
    "Disability Discrimination Act as amended in 2005, including the disability equality duty and "
    "schools' accessibility plans, and the Every Child Matters framework, the Children Act 2004 and "
    "Removing Barriers to Achievement. The emphasis is on what these mean for the school and for the "
    "SENCO in practice.",
    "Assignment 1 is a critical audit of the participant's own school. They analyse the school's SEN "
    "policy and its practice against the Education Act, the Code of Practice and SENDA; they examine "
    "the school's accessibility plan and disability equality scheme against the DDA duties; and they "
    "assess how well the school contributes to each of the five Every Child Matters outcomes for its "
    "pupils with SEN. The audit ends with a costed action plan. The marking criteria reward accurate "
    "knowledge of the law and guidance and, above all, a sound grasp of how to put it into practice.",
    "The multi-agency day brings in the educational psychology service, CAMHS, speech and language "
    "therapy, children's social care and two voluntary organisations, Hollinshire Mencap and the "
    "County's dyslexia association, to explain what they do and how schools can get their help. "
    "Afterwards each participant completes a multi-agency reflection sheet on the services available "
    "to their school, which is discussed at the next tutorial; it is formative and is not graded.",
    "The half-day on parents as partners is led by the Parent Partnership Service. We believe strongly "
    "that parents know their children best and that the relationship between SENCO and family is at "
    "the heart of good provision. The session introduces the Code's chapter on working in partnership "
    "with parents and the support the Parent Partnership Service offers families. [click]",
])

slide(7, "Unit 2: Teaching, learning and assessment for pupils with SEN", [
    "Areas of need: BESD, SpLD including dyslexia, SLCN, ASD, MLD; sensory and physical",
    "Identification, targets, interventions, review; tracking with P scales, APP, RAISEonline",
    "Using reports from EPs, SALTs and advisory teachers",
    "Pupil consultation: structured interviews, three pupils",
    "ICT and assistive technology day at the County ICT Centre",
    "Assessed by Assignment 2: pupil case study (4,000 words) and a 15-minute presentation",
], [
    "Unit 2 is about the pupils themselves. The taught days cover the main areas of need: behavioural, "
    "emotional and social difficulties; specific learning difficulties including dyslexia; speech, "
    "language and communication needs; autistic spectrum disorders; moderate learning difficulties; and "
    "sensory and physical needs, in each case looking at how the need affects learning in the "
    "classroom. Participants examine a range of approaches to assessment, planning and teaching, "
    "including the assistive technology and software demonstrated at the County ICT Centre, and read "
    "the research evidence behind them.",
    "Assignment 2 is a case study of one pupil with SEN in the participant's school. The participant "
    "shows how the pupil's needs were identified, using observation, data and assessment; sets "
    "challenging targets; plans and runs an intervention; and reviews progress. The case study must "
    "draw on the reports of at least one other professional, such as an educational psychologist or "
    "speech and language therapist, and show how that advice changed the teaching. It must track the "
    "pupil's progress using summative data, including national test results or P scale levels, and "
    "explain how the programme was adjusted in the light of it. It must evaluate critically the "
    "strategies and resources used, including ICT, with reference to published research and best "
    "practice. A final commentary compares the pupil's needs with two further areas of need studied in "
    "the unit.",
    "Pupil voice is a thread through the unit, not an add-on. Each participant conducts structured "
    "interviews with three pupils with SEN about their learning and support, using a schedule we "
    "practise in the second taught day, and the case study pupil is involved in setting and reviewing "
    "their own targets. The marking criteria for Assignment 2 include the quality of the relationship "
    "established with the pupil and the extent to which the pupil was involved in planning and reviewing "
    "the provision made for them.",
    "The presentation is given to the tutor group at the last taught day, followed by questions. It is "
    "assessed on clarity of explanation and on how well the participant listens and responds to "
    "questions; in the fourth taught day we run a workshop on presenting to colleagues and handling "
    "questions to prepare for it. Marks for the written case study also reflect clarity and accuracy "
    "of writing.",
    "In the third taught day participants look at assessment for learning and plan how they would "
    "encourage colleagues to use it with pupils with SEN. This plan is discussed in tutor groups but "
    "does not form part of the assessed case study.",
    "One point the panel raised: access arrangements for national tests and examinations are not part "
    "of the programme. The County's examinations officer runs an annual briefing for SENCOs and exams "
    "officers each spring, which participants are encouraged to attend.",
])

slide(8, "Unit 3: Leading and developing provision", [
    "SENCO as leader: strategy with senior team and governors",
    "Provision mapping day; deploying and managing TAs",
    "School self-evaluation: the SEF, RAISEonline, SEN in the school improvement plan",
    "Coaching colleagues; leading staff development",
    "Managing the role: priorities, time, delegation",
    "Assessed by development project report (5,000 words) and 40-minute professional discussion",
], [
    "Unit 3 turns to leadership. The development project begins with a priority for SEN provision "
    "agreed with the headteacher. The participant builds a provision map for a year group or key stage, "
    "uses it to identify provision that is missing or not working, and plans and carries through a "
    "change, including how teaching assistants are deployed and managed. They lead at least one staff "
    "development session and complete one coaching cycle with a colleague, observing a lesson, giving "
    "feedback and modelling an approach. With colleagues they evaluate the effectiveness of the "
    "provision concerned and write a section for the school's self-evaluation form. They present their "
    "proposal to a member of the senior leadership team or a governor and share the outcome at a "
    "cluster SENCO network meeting.",
    "The project report is marked against criteria that include the use of the provision map to "
    "identify gaps; the deployment and management of support staff; the evaluation of provision with "
    "colleagues and its link to school self-evaluation and improvement planning; the participant's "
    "influence on school policy, priorities and use of resources; and the evidence of impact on "
    "pupils.",
    "The professional discussion is held in the participant's school with their Unit 3 tutor and the "
    "headteacher or a nominated senior leader. It probes how the participant won the commitment of "
    "colleagues and the headteacher to the change, what problems arose and how they were resolved, "
    "the decisions taken about provision and the evidence behind them, and the staff development and "
    "coaching they led. It is graded against published criteria and the grade counts towards the unit "
    "mark.",
    "The session on managing the role looks at prioritising, time management and delegating tasks to "
    "others. Participants record their reflections on these in the reflective log, which is reviewed "
    "at tutorials; it is not marked and does not count towards the award. [pause for questions]",
])

slide(9, "Assessing the outcomes", [
    "Three summative assessments, one per unit",
    "Pass in all three for the award; no compensation between units",
    "Marking criteria mapped to the national outcomes",
    "Reflective log and self-audit: for tutorials, not marked",
], [
    "The University will award the Postgraduate Certificate only to participants who pass all three "
    "unit assessments. There is no compensation between units, and no credit or award for attendance "
    "alone. A participant who fails an assessment may resubmit once.",
    "The marking criteria for each assessment have been mapped to the national minimum outcomes. Our "
    "mapping shows that every one of the national minimum outcomes is assessed at least once across "
    "the three units, so a participant who passes all three has demonstrated them all.",
])

slide(10, "Keeping it current: research and inspection evidence", [
    "Ofsted 2004 and 2006 reports on SEN and inclusion",
    "Bercow Review 2008; Inclusion Development Programme 2008",
    "Reading lists revised every June by unit leaders",
    "Tutors' own research on TA deployment in Hollinshire",
], [
    "The content draws on the inspection evidence in Ofsted's Special educational needs and disability: "
    "towards inclusive schools (2004) and Inclusion: does it matter where pupils are taught? (2006), on "
    "the Bercow Review of services for children and young people with speech, language and "
    "communication needs (2008) and on the Inclusion Development Programme materials on dyslexia and "
    "speech, language and communication. Each unit leader revises the reading list and session content "
    "every June, and the programme team review new Ofsted and DCSF publications at their termly "
    "meeting.",
    "Dr Haddow's current study of the deployment of teaching assistants in twelve Hollinshire schools "
    "is used directly in Unit 3, and the unit will take account of the Lamb Inquiry on parental "
    "confidence when it reports.",
])

slide(11, "Recognising prior learning", [
    "APCL: up to 20 credits for SEN study at Level 7 in the last five years",
    "APEL: Unit 1 by portfolio for experienced SENCOs",
    "Claims by the end of induction; decided by University APL panel",
], [
    "Participants who have already gained Level 7 credit in SEN, for example a specialist dyslexia "
    "module, within the last five years may claim up to 20 credits through accreditation of prior "
    "certificated learning. Experienced SENCOs may claim exemption from Unit 1 through accreditation of "
    "prior experiential learning, by submitting a portfolio mapped against the Unit 1 learning outcomes "
    "and the related national outcomes. The programme leader advises on claims at the induction day, "
    "and the University's APL panel decides them.",
])

slide(12, "Starting points: the self-audit", [
    "Self-audit against the national outcomes at induction",
    "Discussed with tutor at first tutorial",
    "Steers tutor groups and Unit 3 project focus",
], [
    "At the induction day each participant completes a self-audit against the national outcomes on a "
    "three-point scale, with examples of evidence, and discusses it with their personal tutor at the "
    "first tutorial. We use it to form tutor groups and to steer the focus of the Unit 3 project "
    "towards the areas where the participant is least experienced.",
    "We do not at present produce a separate individual training plan for each participant; the taught "
    "programme is the same for everyone, with choice in the assignment focus.",
])

slide(13, "Assessment-only route", [
    "Experienced SENCOs and advisory teachers: assessment without training?",
    "Under discussion with University Registry",
    "Decision expected summer 2009",
], [
    "We recognise that some colleagues, for example advisory teachers in the County's learning support "
    "service, may already meet the outcomes. We are discussing with Registry whether such candidates "
    "could be assessed without taking the taught units, and we would hope to be in a position to offer "
    "this from 2010.",
])

slide(14, "Tailoring, quality and value for money", [
    "Tutor groups of about twelve, by phase and setting",
    "Assignments set in the participant's own school",
    "Three individual tutorials per unit",
    "Fee \u00a31,250 for 60 credits; twilight teaching in County centres",
], [
    "Tutor groups are formed by phase and type of school, so that secondary SENCOs, primary SENCOs and "
    "those in special settings can work on problems they share. Every assessment is set in the "
    "participant's own school and on a focus the participant chooses with their tutor, and each "
    "participant has three individual tutorials per unit, in person or by telephone.",
    "The fee of \u00a31,250 covers all 60 credits. Costs are kept down because the County provides its "
    "Brantham and Eastby centres free of charge for twilight sessions, County officers teach their "
    "specialist sessions as part of their role, and the Unit 1 law sessions are shared with the first "
    "module of the MA in Inclusive Education.",
])

slide(15, "After the award: next steps", [
    "Final session: next steps",
    "CPD plan template, agreed with line manager within half a term",
    "Routes on: MA Inclusive Education; County SENCO network",
], [
    "The last Unit 3 session is given over to what comes next. Participants complete a CPD plan "
    "template, setting two or three professional targets for the following year, and agree it with "
    "their line manager within half a term. Tutors email each participant the term after to ask how "
    "the discussion went. We set out the routes on to the MA and the County's SENCO network and "
    "specialist courses.",
    "The session also discusses how SENCOs keep their knowledge current, through journals, the "
    "network and the County's termly SEN briefings, and participants note their intentions in the plan; "
    "the plan is not assessed.",
])

slide(16, "Access and equality", [
    "Disclosure invited at application and at induction, in confidence",
    "Reasonable adjustments agreed with the University Disability Advisory Service",
    "Step-free venues, hearing loops, materials in alternative formats",
    "Assessment adjustments: extra time, alternative presentation formats",
    "Leaflet and application form in large print and on audio CD",
], [
    "The application form and the induction day both invite participants to tell us, in confidence, "
    "about any disability, and explain why we ask. Anyone who does is offered a meeting with the "
    "University's Disability Advisory Service, which agrees a learning support plan setting out the "
    "reasonable adjustments to teaching and assessment; the programme leader makes sure tutors and "
    "the host schools on the visit day know what is needed. All teaching venues are step-free and have "
    "hearing loops, handouts are available in advance and in large print or electronic form, and "
    "assessment adjustments include extra time and alternatives to the spoken presentation.",
    "Promotional leaflets and the application form are available in large print and on audio CD. "
    "Applications are monitored by ethnicity, gender and disability under the University's equality "
    "schemes, and the results are reported to the steering group each year.",
])

slide(17, "Study routes and Westmarch Online", [
    "Day route or twilight route",
    "Blended: readings and two online tasks per unit on Westmarch Online",
    "Peer discussion board for each tutor group",
    "Tutors not on the board; questions taken at the next taught day",
], [
    "Participants choose the day route or the twilight route at application and can switch between "
    "units. Each unit includes two online tasks, completed on Westmarch Online between taught days: "
    "for example, commenting on a short video of a review meeting, or posting an analysis of a "
    "provision map. Readings and session materials are on the same site.",
    "Participants post their tasks to a discussion board for their tutor group and comment on one "
    "another's work. The boards are for participants: tutors do not monitor or post on them, and "
    "participants' questions to tutors are dealt with at the next taught day.",
])

slide(18, "Entry and admission", [
    "QTS; SENCO in post or designated",
    "Headteacher's supporting statement: time and school commitment",
    "Pre-entry conversation with programme leader",
    "Not yet ready: advice, preparatory module, contact with head",
    "CRB: held by employing school",
], [
    "Applicants must hold QTS and be in post as SENCO or designated to take up the role. The "
    "headteacher's statement confirms the school will release the participant and support the "
    "school-based work. Every applicant has a pre-entry conversation with the programme leader, using "
    "the self-audit, to check they have the knowledge and experience to benefit from the programme and "
    "complete it. Where an applicant is not yet ready, for example a teacher with no experience of "
    "SEN, the programme leader advises them on what to do first, usually our 20-credit preparatory "
    "module or the County's introductory SEN course, and discusses this with their headteacher.",
    "Enhanced CRB disclosures are the responsibility of the employing school, which holds them under "
    "its safer recruitment procedures. As all participants are serving teachers, the University does "
    "not itself ask to see or verify them.",
])

slide(19, "The team", [
    "Dr Ruth Abernethy: programme leader; former SENCO and County adviser",
    "Graham Ollerenshaw: County Principal Officer, SEN and Inclusion",
    "Unit leaders: Sunita Varma (Unit 2), Dr Peter Haddow (Unit 3)",
    "Associate tutors: serving SENCOs, an EP, advisory teachers",
], [
    "Ruth Abernethy was a secondary SENCO for nine years and a County SEN adviser for four before "
    "joining the University, and holds a doctorate on inclusion in secondary schools. Sunita Varma "
    "holds an MA in SpLD and the AMBDA qualification and leads the County's specialist teaching "
    "service. Peter Haddow, a former primary headteacher, teaches leadership on our NPQH and MA "
    "programmes. The associate tutors are current SENCOs in Hollinshire schools, a senior educational "
    "psychologist and two advisory teachers for autism and for sensory impairment. All tutors take part "
    "in the County's annual SEN conference and in at least one external CPD event each year.",
])

slide(20, "Specialist expertise and resources", [
    "Specialist inputs: EPS, SALT, CAMHS, sensory support, Autism Outreach",
    "Visits to special schools and resourced provision: on request",
    "Library SEN collection, e-journals, Athens access off campus",
    "County ICT Centre: assistive technology demonstration and loan",
], [
    "Participants meet specialists from the County's services throughout the programme, in the Unit 1 "
    "multi-agency day and as guest tutors in Unit 2. Visits to the County's special schools and "
    "resourced provisions can be arranged for participants who ask; we do not build a placement into "
    "the programme.",
    "The University library has a specialist SEN and inclusion collection, full-text access to the "
    "main SEN journals and Athens access from home. The County ICT Centre at Brantham demonstrates and "
    "lends assistive technology, including text-to-speech and symbol software, and participants may "
    "borrow equipment to trial in school.",
])

slide(21, "Roles and responsibilities", [
    "Tutor handbook; school mentor guide",
    "Annual tutor development day each July",
    "Mentor briefing twilight each September and February",
    "New tutors co-mark with an experienced tutor in their first year",
], [
    "Each participant's school names a mentor, normally a member of the senior team, who supports the "
    "school-based tasks and attends the professional discussion. The mentor guide sets out what "
    "mentors do and when, and every new mentor attends a briefing twilight at the start of the cohort. "
    "The tutor handbook covers teaching, tutorials, marking and the assessment regulations; all tutors, "
    "including County officers, attend the annual development day, and new tutors co-mark with an "
    "experienced colleague for their first year.",
])

slide(22, "Marking and moderation", [
    "Common marking criteria for each assessment",
    "Second marking: 20 per cent sample, all fails and all distinctions",
    "Moderation meeting across units each term",
    "External examiner: Dr Hannah Lockyer, another university",
], [
    "Every assessment is first-marked against common criteria. A 20 per cent sample, together with all "
    "fails and all distinctions, is second-marked by a tutor from another unit, and the tutors meet "
    "each term to moderate a set of scripts across units. Professional discussions are recorded, and a "
    "sample is second-marked from the recording. The external examiner, Dr Hannah Lockyer of the "
    "University of Felsham, sees a sample of every assessment and reports to the examination board.",
])

slide(23, "Evaluation and impact", [
    "Session and unit evaluations; tutor review after each unit",
    "External examiner's report; University annual programme review",
    "Partnership steering group: County officers, two heads, Parents' Forum",
    "Participant confidence: self-audit repeated at the end",
    "Pupil outcomes: Unit 3 project data",
], [
    "We use a range of evaluation evidence: participants' evaluations of every session and every unit, "
    "the tutors' review meeting after each unit, the external examiner's report, pass rates and grades, "
    "and the University's annual programme review, which produces an action plan for the following "
    "year that is reported to the steering group.",
    "The steering group of County officers, two headteachers and a representative of the Parents' Forum "
    "advises on content and helps find host schools and speakers. We would like the steering group to "
    "take a part in evaluating the programme in future years.",
    "To measure the effect on participants we repeat the self-audit at the end of Unit 3 and compare "
    "it with the induction self-audit, alongside grades and the external examiner's view. Each Unit 3 "
    "project includes data on the pupils concerned, but we do not at present collect or analyse this "
    "across the programme; we hope in time to work with the County to track the progress of pupils in "
    "participants' schools.",
])

slide(24, "Questions", [
    "Ruth Abernethy, School of Education, University of Westmarch",
    "Graham Ollerenshaw, SEN and Inclusion Team, Hollinshire County Council",
], [
    "Thank you. We are happy to take questions on any part of the programme, and the programme "
    "specification, unit handbooks and marking criteria are available to the panel.",
])

doc.save(OUT)
print("wrote", OUT)
