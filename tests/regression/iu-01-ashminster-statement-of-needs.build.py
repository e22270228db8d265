"""iu-01-ashminster-statement-of-needs: build script.

Provider (invented): the Cathedral School of St Ealdgyth, Ashminster (the cathedral's
choir school) and the diocesan schools it works with (the Ashminster Diocesan SENCO
Fellowship, 52 church schools), applying with Bishop Wulfstan University College, a
church university college, for 2008-09.

Document kind: a Church of England faculty petition's "Statement of Significance and
Statement of Needs" for reordering the former church of St Michael-in-the-Close (now
the choir school's Song School) as the "Award Room", sent to the TDA as the
application because the need it argues is the course. Part A describes the building's
history and significance; Part B the needs, the course the room will serve, options
considered (one of them another provider's course), the proposal, access and
consultation; then a schedule of works and "Schedule 3", an outcome table with merged,
shaded band rows ("Outcome, as we word it | Taught on | Judged in").

Layout: Heading 1/2 styles; a cover block in bold centred Normal paragraphs; a
general-information table with horizontally merged cells; "The Award at a glance" in
a text box (wps with a VML fallback, the provider's own words, counts as evidence); a
page header and a footer with a PAGE field (never evidence); two tracked changes (one
deleted paragraph, one inserted sentence); four Word comments.

Traps (requirement ids):
- Well-being appears only in the history of the choristers' pastoral care; the Award's
  aim is attainment in reading, writing and mathematics (1.1 partially_met).
- An assessment-only route belongs to a past arrangement, the SEN Support Service's
  certificate that "ended in 2006"; a comment suggests offering one now (comments never
  count) (2.3 not_met).
- Prior certificated study is credited, "Experience on its own is not credited" (2.1
  partially_met).
- "a conversation about what comes next" at the last Day, no tool or targets (2.5
  partially_met).
- Step-free access only after the lift is installed, "subject to the grant of a
  faculty"; no arrangement for disclosure or adjustments in teaching or assessment (3.1
  partially_met).
- "There is no online element": 3.3 not_applicable. A tracked insertion adds the
  Saturday repeat of each Day (counts: 3.2 met with two starts).
- Stakeholders in evaluation only hoped for ("We hope that in time headteachers ..."),
  though heads host and mentor (4.3 partially_met).
- CRB: the cathedral's checks are on its own lay clerks, virgers and volunteers; for
  participants, left to their employing schools; the paragraph that would have checked
  candidates is a tracked deletion (5.3 not_met).
- Placements: only in Option 2, another provider's course (Ternbury), which was not
  chosen; specialist expertise is there (5.5 partially_met).
- Impact on pupils: "we do not yet have a way of measuring" it; participants'
  confidence is measured (5.9 partially_met).
- The footer says "CRB checks complete for all concerned" (never evidence); two comments
  claim adjustments for disabled participants (3.1) and suggest baseline pupil
  measures (5.9); comments never count.
- Award on passing three Chapter Tasks, not on the outcomes (6.0 partially_met); some
  outcomes "Not judged" (1.9 partially_met).
- Coaching a colleague is observed with written feedback only; the marked Task 3 account
  leaves it out (6.S5 partially_met, formative only).
- Outcomes: child development "is not taught on the Award" (6.K4 not_met); no mention
  of access arrangements for tests (6.S2d not_met); taught but not judged (6.A3,
  6.S7, 6.S9); "Reading Log (not marked)" (6.A7); assessed but taught on "(no Day)"
  (6.S2b); formative only, "feedback only, not graded" (6.S5). 6.S7 with 1.5 (children's
  views only in general terms, not judged).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _iu_helpers import (para, run, table, band, set_cell, shade, text_box, comment,
                         deleted_para, ins_run, header_footer)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
doc.styles["Normal"].font.name = "Garamond"
doc.styles["Normal"].font.size = Pt(11)
header_footer(doc, "Statement of Significance and Statement of Needs: St Michael-in-the-Close, Ashminster",
              "Ashminster DAC ref. 2008/114. All works subject to faculty. CRB checks complete for all concerned.")

H1 = lambda t: doc.add_heading(t, level=1)
H2 = lambda t: doc.add_heading(t, level=2)
P = lambda t: para(doc, t)

para(doc, "DIOCESE OF ASHMINSTER", bold=True, align="center", size=14)
para(doc, "IN THE CONSISTORY COURT", bold=True, align="center")
para(doc, "Petition for a Faculty: St Michael-in-the-Close (the Song School of the Cathedral School of St Ealdgyth)", bold=True, align="center")
para(doc, "STATEMENT OF SIGNIFICANCE AND STATEMENT OF NEEDS", bold=True, align="center", size=13)
para(doc, "Reordering of the nave and former vestry as the Award Room, with a platform lift, new lighting and a hearing loop", italic=True, align="center")
P("A note for the Training and Development Agency. We have sent this Statement, unaltered except for Schedule 3, as our application to provide the National Award for SEN Coordination from 2008-09 in partnership with Bishop Wulfstan University College. The works are wanted for one reason only, which is the course, and the Statement of Needs is the fullest account we have written of what the course is and why our schools asked for it. The Registrar of the Award will gladly answer any question the panel has.")

t = table(doc, [
    ["General information", None],
    ["Building", "St Michael-in-the-Close, Ashminster: a consecrated chapel of ease, listed Grade II*, within the Cathedral Close"],
    ["Petitioners", "The Head of the Cathedral School of St Ealdgyth; the Chairman of the School Governors; the Diocesan Director of Education"],
    ["Architect", "Mrs H. Corbishley RIBA, Corbishley Lowe, Ashminster"],
    ["Present use", "Song School of the Cathedral School (choristers' rehearsals daily); monthly meetings of the Diocesan SENCO Fellowship"],
    ["Proposed use", "As now, and in addition the Award Room: the home of the Ashminster Award in SEN Coordination, a Postgraduate Certificate of Bishop Wulfstan University College"],
    ["DAC advice", "Recommended, 14 May 2008, with provisos on the lift shaft and the lighting fixings"],
])
t.cell(0, 0).merge(t.cell(0, 1))
set_cell(t.cell(0, 0), "General information", bold=True, fill="D9D9D9")

text_box(doc, [
    "What: the Ashminster Award in SEN Coordination, a Postgraduate Certificate in SEN Coordination of Bishop Wulfstan University College: 60 credits at Level 7 (masters level), validated by the University College's Academic Board in June 2008 for five years.",
    "Who: teachers new to the SENCO role in the 52 schools of the Diocesan SENCO Fellowship and in any other school in Ashminster and Wrenshire.",
    "How: eight Song School Days over three terms, work in the participant's own school between the Days, a school mentor, and three Chapter Tasks that are marked.",
    "Starts: September 2008 and January 2009; twenty places at each start.",
], title="The Award at a glance")

H1("Part A: Statement of Significance")
H2("A1. The building and its story")
P("St Michael-in-the-Close was built in the 1340s as a chapel of ease for the lay servants of the Cathedral, and was refitted in 1868 by the diocesan architect, who added the west gallery and the present pitch-pine benches. Since 1927 it has been the Song School of the Cathedral School of St Ealdgyth, where the sixteen boy and sixteen girl choristers rehearse every morning before school. The school has kept choristers in the Close since its foundation charter of 1190, and its records show that the pastoral care of the choristers, their health and their happiness away from home, has been the first charge on the Master of the Choristers for most of that time.")
P("The building has served teachers as well as choristers. From 1998 the Diocese lent the Song School each Wednesday evening to the Ashminster and Wrenshire SEN Support Service, whose Certificate in Learning Support trained some two hundred teachers and teaching assistants. The Support Service's certificate offered an assessment-only route to its own advisory teachers, who were examined on a portfolio without attending. That certificate ended in 2006, when the Support Service was reorganised, and the room has been used by teachers since then only for the meetings of the Diocesan SENCO Fellowship.")
c = P("The Fellowship, which the Cathedral School and the Diocesan Board of Education formed in 2003, brings together the SENCOs of the 52 church schools of the diocese, and of several community schools that have asked to join, each month in term time.")
comment(doc, c, "Could we say we still offer the old assessment-only arrangement to the Support Service teachers? Several have asked. - AD", "Archdeacon of Wrenshire", "AW")
H2("A2. Significance of the interior")
P("The significance of the interior lies chiefly in the 14th-century arch-braced roof, the east window by Kempe (1891), the 1868 gallery and the memorial brasses of the choristers' masters. The benches of 1868 are of some local interest but are not of high significance; several were replaced in the 1950s. The floor of the nave is of 1950s woodblock over a suspended timber floor. The former vestry at the north-west corner is a 1868 addition of low significance. The proposal keeps every element of high significance and touches the benches, the floor and the vestry only.")
H2("A3. Significance of the present use")
P("Part of the significance of St Michael's is that it is used every day, by children. The choristers sing in it from 7.45 each morning; the Fellowship meets in it; the Cathedral School's Year 6 hold their leavers' service in it. The Statement of Needs that follows is about adding a use, not replacing one: the choristers keep the mornings, and the Award uses the building from 9.30 on its Days.")

H1("Part B: Statement of Needs")
H2("B1. The general need")
P("The Education Act 1996 and the Special Educational Needs Code of Practice (2001) require every maintained school to have a teacher who coordinates provision for pupils with special educational needs. From September 2008 every SENCO new to the role must be a qualified teacher and must gain the National Award for SEN Coordination within three years. Our 52 schools, most of them small village schools, expect to need some thirty new SENCOs in the next three years, and at present no course is offered within the diocese.")
P("The Award's aim, as validated, is to enable new SENCOs to raise the attainment of pupils with special educational needs in reading, writing and mathematics by leading provision in their schools. Its objectives are that each participant can lead the school's provision for these pupils, work with colleagues, families and other professionals, and show the effect of their leadership on practice in the school. Every Chapter Task asks the participant to show an effect of their own work on practice in their own school, and the Tasks are set so that the participant meets the programme outcomes through that work.")
H2("B2. Evidence of need, and how it has shaped the course")
P("In February and March 2008 the Diocesan Board of Education surveyed the headteachers and SENCOs of the 52 church schools and of the 31 community schools in the Fellowship's area. Seventy of the 83 schools replied. Their answers were discussed at a Fellowship meeting in April 2008 and at the Diocesan Heads' Conference in May 2008. What they told us was this:")
for b in [
    "Heads of small schools cannot release a teacher for more than one day at a time, and not in the first half of the autumn term (64 of 70).",
    "New SENCOs want to learn from experienced SENCOs in schools like their own, not only from lecturers (58 of 70).",
    "The greatest gaps they see are in provision mapping, in working with teaching assistants and in speaking to governors about SEN (49 of 70).",
    "Heads want to be involved in what their SENCO does on the course (44 of 70).",
    "Travel is hard for schools on the Wrenshire side of the diocese (22 of 70).",
]:
    para(doc, b, style="List Bullet")
P("Because of the first answer the course is taught on single Days, never on consecutive days, and the first Day of the September start is in the second half of the autumn term. Because of the second, every Day has an experienced Fellowship SENCO teaching beside the tutor, and each participant is placed with a Fellowship SENCO as a mentor. Because of the third, provision mapping has a Day of its own (Day 3), the deployment of teaching assistants has half of Day 6, and the first Chapter Task asks the participant to present their provision map to their governors. Because of the fourth, each participant's head signs the Starting Point plan and hosts the Task 3 observation. Because of the fifth, the Days of the January start are held at St Aidan's Church of England High School in Wrenshire instead of in the Close.")
H2("B3. The course the room will serve")
P("The course is the Ashminster Award in SEN Coordination. It is led by the Cathedral School and the Diocesan Board of Education and is validated and awarded by Bishop Wulfstan University College, which is the awarding body and whose regulations for postgraduate certificates apply. It is taught over three terms.")
H2("B3.1 Coming on to the course")
P("A teacher may be accepted who holds Qualified Teacher Status, is or is about to be the SENCO of a school (or the teacher designated to take on the role), has the written support of their headteacher, and has at least two years' teaching experience. Each applicant completes the application form and is interviewed by the Registrar of the Award and a Fellowship SENCO. The interview looks at the applicant's experience and their understanding of the role against the entry profile; an applicant who is not yet ready is given written advice on what to do first, usually a term of work alongside an experienced SENCO, and the Registrar speaks to the headteacher.")
P("Applicants who hold credit from a postgraduate course in special educational needs taken in the last five years may claim credit for prior certificated study, up to 20 credits, through the University College's accreditation of prior learning procedure; the claim is decided by the Award's Examination Board before the course starts. Experience on its own is not credited.")
P("Because a participant may leave a Day whose outcomes the Starting Point shows they already meet, and use the time for directed reading or work in school, neither the participant nor the school pays for teaching that is not needed. The fee of 1,450 pounds covers all Days, marking and registration; the Diocesan Board of Education meets 400 pounds of it for church schools.")
P("Before the first Day each participant completes the Starting Point, a self-review against each of the Award's outcomes in Schedule 3 with evidence from their school, and meets their tutor and mentor to agree a Starting Point plan. The plan names the outcomes on which the participant needs most work, sets the participant's own targets against them, chooses the focus of each Chapter Task, and says which Days or parts of Days the participant may leave for directed reading instead. The plan is signed by the participant, the tutor and the headteacher and reviewed at the end of each term.")
P("Participants are serving teachers and will have been checked by their employing schools. The Cathedral's own safeguarding policy requires an enhanced CRB disclosure for all lay clerks, virgers and volunteers who work with the choristers, and the Cathedral School keeps a single central record of its own staff.")
deleted_para(doc, "The Registrar will see each participant's enhanced CRB disclosure before the first Day, and any participant who has not worked in a post with regular contact with children in the past three months will be asked to obtain a new disclosure through the Diocesan Office.", "Chapter Clerk", "2008-05-20T10:12:00Z")
H2("B3.2 The Song School Days")
P("There are eight Song School Days, each from 9.30 to 3.30, with the choristers' Evensong at 5.30 open to anyone who wishes to stay. Each Day is taught by a tutor and a Fellowship SENCO together, and most have a visiting speaker.")
days = [
    ["Day", "Title", "What is taught"],
    ["1", "The Law and the Good News", "The Education Act 1996 and the SEN Code of Practice (2001): what the school, the SENCO, the governors and the local authority must do, and how to put the procedures into practice. The Disability Discrimination Act 1995 as amended in 2005, the Disability Equality Duty and accessibility planning. Every Child Matters: the five outcomes and what the SENCO does towards each. Removing Barriers to Achievement (2004) and current government initiatives."],
    ["2", "Knowing the Children", "The most common kinds of need: behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; speech, language and communication needs; autistic spectrum disorders; moderate learning difficulties; and how each can affect learning. Research on what works, including Ofsted's Inclusion: does it matter where pupils are taught? (2006) and the interim report of the Bercow Review (2008). Using research and outside advice to improve practice."],
    ["3", "Finding and Planning", "Identifying pupils who may have SEN from observation, data and assessment; setting challenging targets; planning and reviewing interventions; solving problems in provision and making sound decisions about it; provision mapping and finding ineffective or missing provision; approaches and resources for assessment, planning and teaching, including ICT."],
    ["4", "With Families", "Building fair, respectful relationships with pupils and their parents or carers; liaising with parents; advising and supporting parents; the Parent Partnership Service; leading a review meeting with parents."],
    ["5", "Other Voices", "The scope and role of external agencies (educational psychology, speech and language therapy, CAMHS, the Sensory Service, voluntary organisations) and how to obtain their support; using their assessments to shape teaching; working in partnership with other services. A session on how children's views can be heard."],
    ["6", "Leading Colleagues", "Gaining the commitment of the head and senior leaders; deploying and managing teaching assistants; coaching, modelling and observation with feedback; helping colleagues develop formative assessment for pupils with SEN; managing the SENCO's own time and delegating."],
    ["7", "The School Looks at Itself", "School self-evaluation and improvement and the SEF; reviewing the effectiveness of provision with colleagues; working with the head and governors on the school's inclusive ethos, SEN policy, priorities and the use of resources."],
    ["8", "Going On", "Task 3 presentations at the Chapter Table. The Day ends with a Eucharist in the Song School and a conversation about what comes next."],
]
table(doc, days)
P("")
ps = P("Between the Days each participant works in their own school on their Starting Point targets and their Chapter Tasks, and meets their mentor at least twice a term. Every Day ends with a school task, which is brought back to the next Day.")
ins_run(ps, " Each Day is repeated on the following Saturday for participants whose schools cannot release them, and the Saturday Days are held at St Aidan's High School.", "Registrar", "2008-06-02T09:01:00Z")
P("There is no online element to the course: all teaching is face to face, and handouts are posted to participants. Participants may start in September or in January, and those who start in January take Days 4 to 8 first and Days 1 to 3 in the following autumn. A participant may take a term's break between Days with the agreement of the Registrar.")
P("Child development is not taught on the Award: participants studied it in their initial training, and the Days begin from the school's provision.")
H2("B3.3 The Chapter Tasks")
P("The three Chapter Tasks are the assessment of the course. Each is marked by the participant's tutor and a second marker against criteria published in the Award Handbook.")
tasks = [
    ["Chapter Task", "What the participant does", "Credits"],
    ["Task 1: The Map", "A provision map of the participant's school, with a commentary (4,000 words) that judges what is ineffective or missing, identifies pupils who may have SEN, sets targets and plans interventions, tracks pupils' progress using the school's data, evaluates the approaches and resources, including ICT, used in the school's interventions, applies the law and the disability equality duty to the school's provision, and a presentation of the map to the governors' committee.", "20"],
    ["Task 2: The Enquiry", "A small enquiry (5,000 words) in the participant's school into one group of pupils with one kind of need, drawing on research and on the assessments of other professionals, with the parents' part in it and the work of the outside agencies involved.", "20"],
    ["Task 3: The Practice", "An account of leading colleagues (3,000 words) with evidence: the deployment of teaching assistants, helping colleagues develop formative assessment for pupils with SEN, work with senior leaders and governors on policy, a review of provision with colleagues for the school's self-evaluation; and a presentation at the Chapter Table on Day 8. The tutor also observes the participant coaching a colleague and gives written feedback on it.", "20"],
]
table(doc, tasks)
P("")
P("A participant is awarded the Ashminster Award in SEN Coordination when they have passed all three Chapter Tasks. A Task that does not pass may be resubmitted once.")
P("All marking is second-marked: every script for Tasks 1 and 3 is double-marked and a sample of one in three for Task 2. The Award's Examination Board moderates the marks of each Task before results are released, and the University College appoints an external examiner, at present Dr Miriam Tolhurst of the University of Wrenford, who sees a sample of every Task and attends the Examination Board.")
H2("B3.4 Who teaches, and with what")
P("The course is led by Mrs Catherine Abney, Registrar of the Award, formerly SENCO of Ashminster St Peter's Primary School for eleven years, who holds an MA in Special and Inclusive Education and the OCR Diploma in Specific Learning Difficulties. The tutors are Mr David Okoro, Senior Lecturer in Inclusive Education at Bishop Wulfstan University College, Mrs Ruth Penberthy, the Diocesan SEN Adviser and a former educational psychologist, and Dr Ann Lisle, Reader in Education at the University College, whose current research is on teaching assistants in small schools. All four are active members of NASEN and attend the Fellowship each term, and each keeps up their specialist knowledge through the University College's staff development scheme.")
P("Visiting speakers come from the Ashminster Educational Psychology Service, the Speech and Language Therapy Service of the Primary Care Trust, CAMHS, the Wrenshire Sensory Service, the Parent Partnership Service and Ashminster Mencap. Participants may consult any of the tutors between Days by telephone or letter.")
P("The Award Handbook sets out the roles of the tutors, the Fellowship SENCOs who teach on the Days, the mentors and the markers. Every new tutor, Fellowship SENCO and mentor attends a half-day briefing in July on the course, its outcomes and its marking criteria, and markers take part in a standardising meeting before each Task is marked.")
P("The University College's library, with its SEN collection and online journals, is open to all participants, who are registered students of the University College. The Diocesan Education Centre keeps a loan collection of assessment materials, intervention programmes and assistive software that participants may borrow, and the Award Room, once reordered, will have an interactive whiteboard, a hearing loop and a set of laptops with text-to-speech and mind-mapping software.")
H2("B3.5 Keeping the course good")
P("Each Day is evaluated by participants on a short form, and the tutors meet after each Day to review the forms and the school tasks. The Award Committee, which includes two headteachers, two Fellowship SENCOs and a representative of the University College, meets each term and considers the evaluations, the Task results and the external examiner's report, and writes an annual report that goes to the University College's annual monitoring. Changes made in the light of these are recorded in the annual report; for example the pilot Day on provision mapping in 2008 was lengthened after the pilot group said it was rushed.")
c5 = P("Participants rate their confidence against each outcome at the Starting Point and again at the end of the course, and the change is reported to the Award Committee. We would like to know whether the course makes a difference to the pupils in participants' schools, but we do not yet have a way of measuring this across schools of such different sizes.")
comment(doc, c5, "Could we ask participants to take baseline measures of their pupils for Task 2 and measure again at the end? - DO", "David Okoro", "DO")
P("Headteachers host their SENCO's Task 3 observation and sign the Starting Point plan, and Fellowship SENCOs teach on the Days and mentor participants. We hope that in time headteachers and parents will also take part in evaluating the course.")

H2("B4. Why the present building cannot meet the need")
P("The Song School is the only room in the Close large enough for twenty adults that is free on weekdays after 9.30. As it stands it cannot serve the Award. Its entrance is up four steps from the Close with no alternative, so that a teacher who uses a wheelchair cannot enter; the benches are fixed in rows, so that group work is impossible; there is no hearing loop; and the only lighting is the 1950s pendant lighting, too dim for reading. The former vestry, which would serve as a quiet room, is used as a store.")
P("Until the lift is installed the Days will be held in the Chapter House, which has level access but cannot be booked for more than three Days in a term.")

H2("B5. Options considered")
opts = [
    ["Option", "Description", "Why not chosen / chosen"],
    ["1. Do nothing", "Leave new SENCOs to find a course outside the diocese.", "Not chosen: the nearest courses are over an hour away for most schools."],
    ["2. Join Ternbury", "Send our SENCOs to Ternbury College's Postgraduate Certificate, which includes a week's placement in a special school and a Saturday summer school.", "Not chosen: the Fellowship asked for a course taught by SENCOs from schools like their own, and the cost of the placements would fall on the schools."],
    ["3. Chapter House", "Hold all Days in the Chapter House.", "Not chosen: it can be booked for only three Days a term and is needed by the Chapter."],
    ["4. Reorder St Michael's", "The proposal in B6.", "Chosen."],
]
table(doc, opts)
P("")
H2("B6. The proposal and its justification")
P("We propose to remove eight of the 1868 benches from the western half of the nave and store them in the Cathedral's south range, to lay a new oak floor over the woodblock at the same level, to form a platform lift within the former vestry giving step-free access from the Close at the north door, to install new lighting on the existing tie-beam fixings, and to fit an induction loop. The western half of the nave will be furnished with stacking tables and chairs that can be cleared for the choristers' morning rehearsal. The work is to be carried out subject to the grant of a faculty, in the summer holiday of 2009.")
c3 = P("The lift will give step-free access to the Song School for the first time, and once it is installed a disabled participant or speaker will be able to use the whole building. The loop will serve participants and visitors with hearing aids.")
comment(doc, c3, "We also make any adjustment a disabled participant asks for, in the Days and in the Tasks: say so? - RP", "Ruth Penberthy", "RP")
H2("B7. Consultation")
P("The proposal was discussed with the Diocesan Advisory Committee on site in April 2008, with the Victorian Society by letter, and with the Cathedral Chapter. The Victorian Society asked that the benches be stored, not disposed of, and this has been accepted. The Fellowship SENCOs and the headteachers of the survey, whose views shaped the course as set out in B2, were shown the plans at the Heads' Conference in May 2008, and the suggestion of the Wrenshire heads that the January start be held in Wrenshire was taken up. The parents of the choristers were consulted because of the effect on rehearsals.")

H1("Schedule 1: Works")
for b in ["Remove and store eight benches (nos. 9 to 16).", "New oak floor on battens over existing woodblock.",
          "Platform lift in former vestry; new door opening in vestry north wall (existing blocked doorway).",
          "New LED lighting on existing tie-beam fixings; induction loop.", "Redecoration of the vestry."]:
    para(doc, b, style="List Number")

H1("Schedule 3: The Award's outcomes")
P("This Schedule, added for the TDA, shows where each outcome of the Award is taught and where it is judged. The outcomes are in our own wording; the numbers are those of the Award Handbook.")
rows = [["Outcome, as we word it", "Taught on", "Judged in"]]
groups = [
    ("The SENCO as a person", [
        ("AT1 Builds fair, respectful and supportive relationships with pupils with SEN and with their parents", "Day 4", "Task 2"),
        ("AT2 Wins the commitment of the head, senior leaders and colleagues to better outcomes for these pupils", "Day 6", "Task 3"),
        ("AT3 Prioritises, manages time and delegates well", "Day 6", "Talked through with the mentor; not judged"),
        ("AT4 Foresees and solves problems and makes sound judgements about provision", "Day 3", "Task 1"),
        ("AT5 Speaks and writes clearly and listens to others' views", "All Days", "Tasks 1 to 3 and the Chapter Table presentation"),
        ("AT6 Uses research and outside advice to improve own and colleagues' practice", "Day 2", "Task 2"),
        ("AT7 Keeps up to date and takes charge of own professional development", "Reading Log (not marked)", "Not judged"),
    ]),
    ("What the SENCO knows", [
        ("KN1 The law and guidance on SEN, the Code of Practice and how to put them into practice", "Day 1", "Task 1"),
        ("KN2 Every Child Matters and the SENCO's part in its five outcomes", "Day 1", "Task 2"),
        ("KN3 Disability equality law and the duties it places on the school", "Day 1", "Task 1"),
        ("KN5 The common kinds of SEN and disability and how they affect learning", "Day 2", "Task 2"),
        ("KN6 Approaches, strategies and resources for assessment, planning and teaching, including ICT", "Day 3", "Task 1"),
        ("KN7 School self-evaluation and improvement for pupils with SEN", "Day 7", "Task 3"),
        ("KN8 Best practice and research in meeting SEN", "Day 2", "Task 2"),
        ("KN9 What outside agencies do and how to get their help", "Day 5", "Task 2"),
    ]),
    ("What the SENCO does", [
        ("SK1 With the head and governors, shapes an inclusive ethos, policy, priorities and the use of resources", "Day 7", "Task 3"),
        ("SK2 Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress", "Day 3", "Task 1"),
        ("SK2.1 Uses other professionals' assessments to shape teaching", "Day 5", "Task 2"),
        ("SK2.2 Uses summative assessments and national tests to track progress and change programmes", "(no Day)", "Task 1"),
        ("SK2.3 Helps other teachers develop formative assessment for pupils with SEN", "Day 6", "Task 3"),
        ("SK3 Uses provision mapping and finds ineffective or missing provision", "Day 3", "Task 1"),
        ("SK4 Deploys and manages teaching assistants and other staff", "Day 6", "Task 3"),
        ("SK5 Supports colleagues' development by observation, feedback, modelling, coaching and training", "Day 6", "Task 3 observation: feedback only, not graded"),
        ("SK6 Reviews provision with colleagues to inform self-evaluation", "Day 7", "Task 3"),
        ("SK7 Involves pupils in planning and reviewing their provision", "Day 5", "Not judged"),
        ("SK8 Liaises with parents and carers", "Day 4", "Task 2"),
        ("SK9 Works in partnership with other services and voluntary organisations", "Day 5", "Not judged"),
    ]),
]
bands = []
for g, items in groups:
    bands.append(len(rows)); rows.append([g, "", ""])
    for it in items:
        rows.append(list(it))
st = table(doc, rows)
for b in bands:
    band(st, b, rows[b][0])
P("")
P("Signed on behalf of the Petitioners: Canon Julian Marsh, Head of the Cathedral School of St Ealdgyth; Mrs Catherine Abney, Registrar of the Award; Mr Peter Hallam, Diocesan Director of Education. 30 June 2008.")
last = doc.paragraphs[-1]
comment(doc, last, "Please add the University College's signature before this goes to the TDA. - CA", "Catherine Abney", "CA")
doc.save(OUT)
print("wrote", OUT)
