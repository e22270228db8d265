"""Build bs-06-narrative-with-negations.docx: Calderbrook University with Ashdown Borough Council (invented).

Provider: Calderbrook University, Faculty of Education, in partnership with
Ashdown Borough Council. Postgraduate Certificate in Special Educational
Needs Coordination, 60 credits at Level 7: Modules A (Frameworks for
Inclusion), B (Learners, Learning and Assessment) and C (Leading and
Developing Provision), each 20 credits, plus an Outcome Evidence Portfolio
with a section for every Annex 3 outcome. All teaching face to face.
Dated January 2009, 2008-era vocabulary (CRB, ECM, SEN Code of Practice
2001, DDA, disability equality duty, Parent Partnership).

Layout: a long report by a "Programme Working Group" with ten numbered
sections (Heading 1) and typed paragraph numbers ("4.6", "5.3") at the
start of Normal paragraphs, some of which collide with requirement ids of
the specification (report paragraph 3.3 is not about e-learning; report
paragraph 5.3 is about CRB checks but gives the wrong answer). Long
sentences, values statements, one author's question left in square
brackets, a footer.

Traps and the requirement ids they affect:
- 2.1 partially_met: prior certificated learning is accredited (up to 20
  credits), but "Accreditation of prior experiential learning - for which
  ... - is, after ..., something we have decided we will not provide": the
  negation comes about fifty words after the words it governs.
- 2.2 partially_met: a self-review against every outcome before the course,
  used only for the cohort's timetable; no individual training plan or
  personalised outcomes for participants. The "individual education plans,
  with personalised targets" in Module B are the pupils', not the
  participants' (wrong context).
- 2.3 not_met: "[Do we need an assessment-only route? ...]": an author's
  question, not an arrangement.
- 2.5 not_met: only hope ("We very much hope ..., and we trust that many
  will ...") and a deferral to headteachers at performance management.
- 3.1 met: "No participant is refused a reasonable adjustment ... where a
  need has been disclosed" is a double negative that IS an offer, next to
  real disclosure and Disability Service arrangements.
- 3.3 not_applicable: "An online version of the programme, which ..., is
  not something we are able to offer ...: all teaching is face to face."
  E-learning words, negated far from them.
- 1.5 not_met and 6.S7 partially_met (participants' vs pupils'): section 9
  describes consulting PARTICIPANTS at every stage and involving them in
  reviewing the programme; nothing teaches participants to consult pupils or
  involve pupils in their provision. S7 is assessed only through its own
  portfolio section (assessed but not developed).
- 5.3 not_met (deferral; tutors' checks vs candidates'): tutors' and
  advisers' CRB disclosures are checked, but "CRB checks on candidates are
  the responsibility of the employing school ... the University does not
  ask to see them".
- 5.5 partially_met: specialist expertise is there, but "A placement in a
  special school ..., which ..., is something ... that we have decided we
  will not provide."
- 6.K4 partially_met: "Child development - ... - is ... a subject the
  programme has decided it will not teach"; it is still assessed through
  its portfolio section.
- 6.S2d partially_met: special arrangements in section 5 are the
  PARTICIPANTS' assessment adjustments (3.1), not pupils' arrangements for
  national tests; pupils' test arrangements are assessed only through the
  portfolio section and never taught.
- Values next to real arrangements, met: 1.1 (aims and assignments), 1.7
  (the Parent Partnership day), 5.9 (baseline and follow-up measures,
  repeated self-review, headteacher survey).
- 6.0 met and 1.9 met: "No participant is awarded the certificate until the
  Examination Board has confirmed, outcome by outcome, ..." (a negation
  that is a rule), with a portfolio section for every outcome.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("bs-06-narrative-with-negations.docx")

doc = Document()
doc.core_properties.author = "Martin Jessop"
doc.core_properties.title = "Report to the TDA: SENCO programme"
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(11.5)
doc.sections[0].footer.paragraphs[0].text = (
    "Calderbrook University Faculty of Education \u2013 Report of the SENCO Programme Working Group \u2013 "
    "January 2009")


def para(num, text):
    p = doc.add_paragraph()
    p.add_run(f"{num}\u2003")
    p.add_run(text)
    p.paragraph_format.space_after = Pt(8)
    return p


def h(text):
    doc.add_heading(text, level=1)


# ------------------------------------------------------------------ title
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("CALDERBROOK UNIVERSITY\nFaculty of Education")
r.bold = True
r.font.size = Pt(15)
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
t.add_run("Nationally accredited training for teachers new to the role of special educational needs "
          "coordinator\nA report to the Training and Development Agency for Schools in support of our "
          "application for approval\nprepared by the SENCO Programme Working Group with Ashdown Borough "
          "Council").italic = True
doc.add_paragraph("Chair of the Working Group: Professor Martin Jessop. Programme leader: Dr Anwen "
                  "Sollis. January 2009.").alignment = WD_ALIGN_PARAGRAPH.CENTER

# ------------------------------------------------------------------ 1
h("1. Introduction")
para("1.1", "At Calderbrook we believe that every child has the right to an education in which he or she "
     "can flourish, and that the teachers who coordinate provision for children with special educational "
     "needs hold, more than most, the key to whether that right is realised. This report sets out how "
     "the University, working with Ashdown Borough Council, proposes to train those teachers.")
para("1.2", "The programme will lead to the Postgraduate Certificate in Special Educational Needs "
     "Coordination of Calderbrook University. It was validated by the University\u2019s Academic "
     "Standards Committee on 8 December 2008, will be governed by the University\u2019s regulations for "
     "taught postgraduate awards and is examined by a University-appointed external examiner. It carries "
     "60 credits at Level 7 (masters level), in three modules of 20 credits each.")
para("1.3", "The Working Group that prepared this report met eleven times between June and December "
     "2008. Its members were drawn from the Faculty, from Ashdown\u2019s Children\u2019s Services, from "
     "three Ashdown schools and from the Ashdown Parent Partnership Service.")

# ------------------------------------------------------------------ 2
h("2. Why Ashdown needs this programme")
para("2.1", "In the autumn of 2008 the Working Group surveyed the headteachers and SENCOs of all 96 Ashdown "
     "schools (71 replied) and held three consultation meetings, one each for primary, secondary and "
     "special school staff, with 64 people attending in all. Ashdown\u2019s Children\u2019s Services "
     "shared the borough\u2019s SEN data and the findings of its 2008 review of SEN support services.")
para("2.2", "Three messages stood out. New SENCOs told us they felt least prepared for provision mapping "
     "and for leading teaching assistants; headteachers told us they wanted SENCOs able to contribute to "
     "school self-evaluation and to work as members of the leadership team; and the borough\u2019s data "
     "showed that pupils with speech, language and communication needs and with autistic spectrum "
     "disorders were the fastest-growing groups in mainstream schools.")
para("2.3", "Accreditation of prior study was one of the subjects raised most often. Participants who have "
     "already gained credit at Level 7 in a relevant field within the last five years may transfer up to "
     "20 credits of it into the programme, in line with the University\u2019s regulations for the "
     "accreditation of prior certificated learning. Accreditation of prior experiential learning \u2013 "
     "for which several headteachers asked during our consultation, which the University\u2019s "
     "regulations would in principle permit, and which would undoubtedly shorten the route for some of "
     "the experienced teachers now taking up SENCO posts in Ashdown \u2013 is, after lengthy discussion in "
     "the Working Group, something we have decided we will not provide.")
para("2.4", "The consultation changed the programme. Provision mapping and the leadership of teaching "
     "assistants were given two full days in Module C instead of a single session; the Module B unit on "
     "the common types of SEN was extended to give more time to speech, language and communication needs "
     "and to autistic spectrum disorders; and Ashdown\u2019s Principal Educational Psychologist joined the "
     "Working Group and rewrote the unit on working with other services. The Module C project must now "
     "be agreed with the headteacher so that it feeds the school\u2019s self-evaluation.")

# ------------------------------------------------------------------ 3
h("3. Principles and aims")
para("3.1", "We hold that the measure of a SENCO programme is not what its participants know at the end of "
     "it but what changes for children. That conviction is written into the programme. Its first aim, in "
     "the validated programme document, is \u201cto raise the achievement and improve the well-being of "
     "children and young people with SEN and/or disabilities, in relation to all five Every Child Matters "
     "outcomes\u201d; every module has at least one learning outcome concerned with pupils\u2019 progress "
     "and well-being; and every assignment requires the participant to show, with evidence, what changed "
     "for the pupils concerned.")
para("3.2", "We also hold that a programme for SENCOs must live in schools. Between taught days every "
     "participant carries out gap tasks in his or her own school \u2013 an audit of the SEN register, a "
     "review of an individual pupil\u2019s provision, a lesson observation with feedback to a colleague \u2013 "
     "each linked to particular national minimum outcomes, and each taught day begins with participants "
     "reporting on their gap tasks.")
para("3.3", "Finally, we hold that what participants are taught should be what is currently known. Module "
     "content draws on recent inspection evidence, including Ofsted\u2019s Special educational needs and "
     "disability: towards inclusive schools (2004) and Inclusion: does it matter where pupils are taught? "
     "(2006); on the Bercow Report on services for children and young people with speech, language and "
     "communication needs (DCSF, 2008); on the National Strategies\u2019 Inclusion Development Programme "
     "(2008); and on the research of the Faculty\u2019s Centre for Inclusion Studies, in particular its "
     "current study of teaching assistant deployment in Ashdown primary schools. Reading lists are "
     "revised every year.")

# ------------------------------------------------------------------ 4
h("4. The programme")
para("4.1", "Module A, Frameworks for Inclusion, introduces the law and guidance on SEN \u2013 Part IV of the "
     "Education Act 1996, the Special Educational Needs and Disability Act 2001 and the SEN Code of "
     "Practice (2001) \u2013 and asks what each requires of the participant\u2019s own school and how it "
     "is to be put into practice. It examines the principles of Every Child Matters, its five outcomes "
     "and the part the SENCO can play in helping children achieve them, alongside the Children Act 2004 "
     "and Removing Barriers to Achievement (2004). It covers the Disability Discrimination Acts 1995 and "
     "2005 and the disability equality duty, and the actions schools must take under them, including "
     "accessibility planning. It introduces participants to best practice and research on meeting "
     "special educational needs, and to ways of using research evidence and external advice to improve "
     "their own practice and that of colleagues. And it shows participants how to keep up to date \u2013 "
     "the journals, the National Strategies and Teachernet materials, the Ashdown SENCO network \u2013 and "
     "asks each of them to keep a record of their professional reading and learning through the year. "
     "Module A is assessed by Assignment 1, a 4,000-word critical review of the participant\u2019s school "
     "SEN policy and practice against the law, Every Child Matters and the research, in which the "
     "participant must propose and justify improvements.")
para("4.2", "Module B, Learners, Learning and Assessment, studies the most common types of special "
     "educational need and disability \u2013 behavioural, emotional and social difficulties, specific "
     "learning difficulties including dyslexia, speech, language and communication needs, autistic "
     "spectrum disorders and moderate learning difficulties \u2013 and how each can affect learning. It "
     "develops a critical understanding of approaches, strategies and resources, including ICT, for "
     "assessment, planning, teaching and learning. Participants learn to identify pupils who may have "
     "SEN through observation, data and assessment; to set challenging targets, plan interventions and "
     "review progress; to use the assessments of educational psychologists, therapists and other "
     "professionals in planning teaching; and to use summative assessments, including national "
     "curriculum tests, to track progress and change programmes. Module B also teaches participants to "
     "draw up individual education plans, with personalised targets, for the pupils they are responsible "
     "for, and to review them each term with the pupils\u2019 teachers and families.")
para("4.3", "We believe passionately that parents and carers are the first educators of their children and "
     "partners in everything the SENCO does. In Module B that belief takes a concrete form: a full day "
     "led by the Ashdown Parent Partnership Service on building fair, respectful and constructive "
     "relationships with pupils and their families and on liaising with parents and carers, in which "
     "participants rehearse review meetings and difficult conversations with trained parent volunteers. "
     "The same module examines the scope and role of external agencies and how to secure specialist "
     "support, and participants plan a piece of joint work with another service or a voluntary "
     "organisation for one of their case-study pupils. Module B is assessed by Assignment 2, a case study "
     "of two pupils with different needs, which must show how the needs were identified, the targets and "
     "interventions, the use of other professionals\u2019 assessments and of test data, the work with "
     "the family and with other agencies, and the progress made.")
para("4.4", "Module C, Leading and Developing Provision, is about the SENCO as a leader. Participants learn "
     "to work with the headteacher, senior colleagues and governors to shape the school\u2019s inclusive "
     "ethos, policies, priorities and use of resources, and to gain the commitment of colleagues to "
     "improving outcomes for pupils with SEN. They learn to use provision mapping to plan provision and "
     "find where it is ineffective or missing; to deploy and manage teaching assistants and other staff; "
     "to support colleagues\u2019 professional development through observation and feedback, modelling, "
     "coaching and training, including helping teachers to develop formative assessment for pupils with "
     "SEN; and to review the effectiveness of provision with other staff and feed the findings into the "
     "school\u2019s self-evaluation, whose principles the module examines. Sessions on managing the "
     "SENCO\u2019s time, setting priorities and delegating, on anticipating problems and making sound "
     "decisions, and on presenting clearly to colleagues and governors and running meetings in which "
     "every voice is heard, run through the module. Module C is assessed by Assignment 3, a project in "
     "which the participant leads an improvement in provision in his or her school and reports its "
     "effect, and by the professional discussion described in section 6.")
para("4.5", "Child development \u2013 the ways in which children develop and in which their development is "
     "affected by special educational needs and disabilities and by the physical and social environment "
     "for learning, a subject on which the Working Group spent a good deal of time and on which much has "
     "been published in recent years \u2013 is, since every participant will have studied it in initial "
     "teacher training, a subject the programme has decided it will not teach.")
para("4.6", "There are two start points each year, in September and in February. Modules A and B may be "
     "taken in either order, with Module C last, and participants may complete in twelve months or spread "
     "the modules over twenty-four. Each module is offered both as five Saturday days and as ten twilight "
     "sessions in an Ashdown school, and participants may move between the two patterns from one module "
     "to the next.")
para("4.7", "An online version of the programme, which colleagues in our more rural schools have asked for, "
     "which the University\u2019s virtual learning environment could in principle support, and which we "
     "may well revisit at the five-year review, is not something we are able to offer during the period "
     "of this approval: all teaching is face to face.")

# ------------------------------------------------------------------ 5
h("5. Admission and the individual participant")
para("5.1", "Applicants must hold qualified teacher status, have at least two years\u2019 teaching "
     "experience and be in, or about to take up, a SENCO post, which the headteacher confirms in writing. "
     "Every applicant is interviewed by a tutor. Where the interview shows that an applicant is not yet "
     "likely to reach the outcomes within the programme, the tutor advises on what to do first, speaks "
     "with the headteacher, and offers a place on a later intake.")
para("5.2", "Before the first taught day every participant completes the programme\u2019s self-review, "
     "rating himself or herself against each of the national minimum outcomes. The tutors put the "
     "self-reviews together to build a picture of the cohort and use it to decide which topics need more "
     "time on the taught days.")
para("5.3", "All University tutors, Ashdown advisers and visiting speakers who teach on the programme hold "
     "enhanced CRB disclosures, renewed every three years and recorded by the Faculty\u2019s Human "
     "Resources office. CRB checks on candidates are the responsibility of the employing school, as the "
     "candidate\u2019s employer, and the University does not ask to see them.")
doc.add_paragraph().add_run("[Do we need an assessment-only route? Check with TDA at the February "
                            "briefing. \u2013 MJ]").italic = True
para("5.4", "Within each module every participant has three individual tutorials, given over to whatever "
     "he or she most needs, and chooses the school, the pupils and the focus for each assignment, so that "
     "the work fits his or her own circumstances. The modules build from the framework (A) through "
     "individual pupils (B) to the whole school (C). The fee is \u00a31,200 for the certificate; Ashdown "
     "Borough Council meets half of it for teachers in its schools, and twilight sessions are held in "
     "schools, which keeps the cost low.")
para("5.5", "We ask about disability at every stage. The publicity leaflet and the application form invite "
     "applicants to tell us of any disability or learning difficulty and explain why we ask; the "
     "University\u2019s Disability Service contacts each person who does and agrees a support plan "
     "before the course begins; and taught days are held only in accessible buildings. No participant is "
     "refused a reasonable adjustment to the way he or she is taught or assessed \u2013 extra time, "
     "materials in alternative formats, a reader or scribe, or an oral assessment in place of a written "
     "one \u2013 where a need has been disclosed. With the participant\u2019s agreement the support plan "
     "is passed to every tutor and to schools hosting visits. The programme\u2019s Equality Impact "
     "Assessment (November 2008) led us to add the twilight pattern for teachers with caring "
     "responsibilities.")

# ------------------------------------------------------------------ 6
h("6. Assessment and the award")
para("6.1", "The Outcome Evidence Portfolio is the spine of the assessment. It has a section for each of "
     "the national minimum outcomes in Annex 3 of the specification \u2013 every attribute, every area of "
     "knowledge and understanding and every skill, including each of the four parts of the outcome on "
     "identifying pupils and reviewing their progress \u2013 and in each section the participant shows, "
     "with evidence from the assignments, the gap tasks and his or her work in school, how he or she "
     "meets that outcome. This includes the outcome on child development, which participants evidence "
     "from their own training and experience. The tutor assesses each section against the outcome and "
     "signs it off only when the evidence is sufficient; a section not signed off is returned with "
     "written guidance. At the end of the programme the portfolio is examined in a recorded professional "
     "discussion with the tutor and a second assessor.")
para("6.2", "No participant is awarded the certificate until the Examination Board has confirmed, outcome "
     "by outcome, that every section of the portfolio has been signed off and that all three assignments "
     "have been passed.")
para("6.3", "Assignments are marked against the University\u2019s Level 7 criteria and the outcomes named "
     "in each brief. All Assignment 3 projects, all portfolios that are borderline and a quarter of the "
     "remaining work are second-marked; markers meet to agree marks and compare standards at a moderation "
     "meeting each term; and the external examiner samples every module and every borderline portfolio "
     "and attends the Examination Board.")

# ------------------------------------------------------------------ 7
h("7. Partnership")
para("7.1", "Ashdown\u2019s SEN advisers teach in Modules A and C; its educational psychologists, speech "
     "and language therapists, sensory support teachers and behaviour support team lead sessions in "
     "Module B and are available to participants for a consultation about their case-study pupils; a "
     "local autism charity and the Parent Partnership Service contribute to Module B. Headteachers act "
     "as school mentors and take part in the professional discussion. A Programme Committee \u2013 two "
     "headteachers, Ashdown\u2019s Principal SEN Officer, a Parent Partnership representative and a "
     "former participant of our earlier SEN diploma \u2013 meets the tutors each term and in July "
     "receives all the evaluation evidence described in section 9 and agrees changes for the following "
     "year.")
para("7.2", "A placement in a special school or another specialist setting \u2013 which many of the SENCOs "
     "we consulted said they would value, which three Ashdown special schools have generously offered to "
     "host, and which we recognise is a feature of some other programmes \u2013 is something, for reasons "
     "of cost and of time away from participants\u2019 own schools, that we have decided we will not "
     "provide.")
para("7.3", "Every tutor, adviser and visiting specialist attends a briefing before the first module they "
     "teach and receives the Programme Handbook, which sets out the outcomes, the assessment criteria and "
     "each person\u2019s responsibilities. School mentors receive the Mentor Guide, which explains what the "
     "mentor does at each stage and how to contribute to the professional discussion, and are invited to "
     "a twilight briefing each autumn; a tutor telephones each mentor at the start of the programme. New "
     "assessors second-mark with an experienced colleague before they assess alone.")

# ------------------------------------------------------------------ 8
h("8. Staff and resources")
para("8.1", "The programme leader, Dr Anwen Sollis, was a SENCO in two Ashdown schools for eight years and "
     "completed her doctorate on provision mapping in 2006. The programme team includes a former head of "
     "an Ashdown special school, a practising educational psychologist and an advisory teacher for "
     "speech, language and communication needs; all hold higher degrees in SEN or inclusion, and all "
     "have worked in schools or SEN services within the last three years. Each tutor spends at least "
     "five days a year in Ashdown schools.")
para("8.2", "The University library holds multiple copies of all core texts and provides online access to "
     "the main SEN journals, and its SEN Resource Base holds assessment materials, assistive technology "
     "(text-to-speech and word prediction software, switch access, communication aids) and a collection "
     "of teaching materials that participants may borrow. Taught days in schools use the host school\u2019s "
     "ICT suite.")

# ------------------------------------------------------------------ 9
h("9. Quality and evaluation")
para("9.1", "We attach great importance to listening to the people the programme serves. Participants are "
     "consulted at every stage: their views on every taught day are collected on a short form, each "
     "cohort elects a representative who attends the Programme Committee, and an end-of-programme focus "
     "group asks participants to review and evaluate the programme as a whole. Tutors review each module "
     "at its end. The external examiner reports each year. All of this evidence goes to the Programme "
     "Committee in July and to the University\u2019s Annual Programme Review, which produces an action "
     "plan whose progress the Committee checks the following year.")
para("9.2", "We believe that every SENCO who completes this programme can transform the lives of the "
     "children in his or her school. We do not ask the TDA to take that on trust. Participants repeat the "
     "self-review at the end of the programme and complete a confidence questionnaire at the start and "
     "end, so that we can measure the change in their competence and confidence against each outcome. "
     "Assignment 2 and the Module C project both require baseline measures for the pupils concerned \u2013 "
     "attainment, attendance and the pupils\u2019 own well-being ratings \u2013 before the intervention "
     "and the same measures a term later; the programme team collates these each year into an impact "
     "summary for the Programme Committee. Six months after completion we ask each participant\u2019s "
     "headteacher to report on changes in SEN provision and in the progress of pupils with SEN.")

# ------------------------------------------------------------------ 10
h("10. Looking ahead")
para("10.1", "We believe that professional learning is lifelong. We very much hope that those who complete "
     "the certificate will see it as a beginning rather than an end, and we trust that many will go on to "
     "the University\u2019s MA in Inclusive Education. Setting objectives for continuing professional "
     "development after the programme is, properly, a matter for each participant and his or her "
     "headteacher at performance management.")
para("10.2", "We commend this programme to the TDA.")

doc.save(OUT)
print("wrote", OUT)
