"""ky-01-caddesdon-rarpa-group-record

Provider (invented): Caddesdon County Council Adult and Community Learning Service,
Family Learning Team, with the University of Mardenbridge (validation). Course:
"Leading SEN with Families", the team's route to the National Award for SEN
Coordination, first cohort January 2009.

Document kind and layout: the team's RARPA Group Record (form FL/R3), the
five-stage "Recognising and Recording Progress and Achievement" record that adult and
community learning services keep for every non-accredited and accredited group,
sent whole as the application. Page header and footer. A "Course details" box as a
table with merged label cells and shading. The five RARPA Stages as bold typed titles
(no Heading styles), each with the form's own grey italic prompt left in ("Tutor:
record ..."), then the team's answer. The group's learning objectives G1-G27 in a
Stage 3 table "Learning objective (in our words) | Worked on at | Recognised at",
with merged band rows (Attributes / Knowing / Doing), whose values are defined in
the prose above it: W1-W10 are Workshops, FLD1-FLD2 Family Learning Days, PP1-PP4
Portfolio Pieces (marked by the University), "Review only" a Progress Review (not
marked), a dash nothing. A "Note for the approval panel" in a VML text box. Tracked
changes: a whole deleted paragraph and a whole inserted paragraph (author
"J. Pellow"). House vocabulary: learners, Family Learning Tutors, Link Colleagues,
Workshops, Family Learning Days, Practice Tasks, Portfolio Pieces, Progress Reviews,
Starting Point Profile, Individual Learning Plan (ILP), Caddesdon Learning Online.

Traps (requirement ids):
- The course aims speak only of attainment in reading, writing and number (1.1
  partially met) although the objectives include ECM (6.K2 met).
- Young people come to talk to learners, but the course develops no skill in
  consulting children (1.5 partially met); 6.S7 is "Review only" (partially met).
- Several objectives are recognised only at a Progress Review, which is not marked:
  6.A3, 6.K3, 6.S2b, 6.S7 (partially met), and so 1.9 is partially met.
- 6.A7 is recognised at PP4 but "Worked on at" is a dash (assessed, not taught:
  partially met).
- 6.K4 (child development) has no row and is not mentioned (not met).
- 6.S4: "Deploying teaching assistants ... is not part of this course" (negation,
  not met).
- 6.K7: the only "self-evaluation" objective (G13) is about the service's own
  Self-Assessment Report, the right words about the wrong thing (not met); 6.S6 is
  the school's self-evaluation and is met.
- The assessment-only route is only in a deleted tracked paragraph (2.3 not met).
- APL/APEL is in an inserted tracked paragraph (2.1 met).
- CRB: the body says checks are a matter for the employing school and the team
  does not ask to see them; the footer claims tutors confirm them (footer is not
  evidence): 5.3 not met.
- The award rule is a 40 per cent aggregate over four Portfolio Pieces, not every
  objective (6.0 partially met).
- Progression guidance only "where a learner asks for it"; the prompt asking tutors
  to record next steps is the form's (2.5 partially met).
- Caddesdon Learning Online is a store of slides with tutor e-mail; "no discussion
  forum" and learners do not contact each other through it (3.3 partially met).
- Placements only "where the learner's headteacher agrees" (5.5 partially met).
- A Link Colleague handbook "is being drafted" (5.7 partially met).
- Impact on pupils only "we would like, in time" (5.9 partially met); confidence
  self-rating is real.
- Stakeholder survey and its effects are in the text box (4.1, 4.2 met).
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _ky_helpers import *

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
GREY = "808080"
d = new_doc("Arial", 10)
header_footer(d, "CADDESDON ADULT AND COMMUNITY LEARNING  |  FAMILY LEARNING  |  RARPA GROUP RECORD FL/R3",
              "FL/R3 rev. 09/08. Tutors must confirm that every learner holds a current enhanced CRB disclosure. "
              "Keep this record with the course register.")


def prompt(text):
    para(d, text, italic=True, color=GREY, size=9)


def title(text):
    para(d, text, bold=True, size=11)


para(d, "Caddesdon County Council", bold=True, size=14)
para(d, "Adult and Community Learning Service: Family Learning Team", bold=True, size=12)
para(d, "RARPA GROUP RECORD (FORM FL/R3)", bold=True, size=16)
para(d, "Recognising and Recording Progress and Achievement in non-accredited and accredited learning", italic=True)
para(d, "Submitted to the Training and Development Agency for Schools as our application for approval to run "
        "the National Award for SEN Coordination, 2008-09. We have sent the group record exactly as our tutors keep "
        "it, completed for the first cohort, because it is the document in which this team plans, runs and checks "
        "every course it offers.")

title("COURSE DETAILS")
t = table(d, [
    ["Course title", "Leading SEN with Families (National Award for SEN Coordination)", "", ""],
    ["Course code", "FLS-801", "Curriculum area", "Family Learning: Wider Family Learning"],
    ["Validating university", "University of Mardenbridge, School of Education", "", ""],
    ["Level and credit", "Masters level (Level 7), 60 credits: the University's Postgraduate Certificate module "
                         "EDU7SEN, validated on 9 July 2008", "", ""],
    ["Start dates", "Tuesday 13 January 2009 (Cohort A, daytime)\nSaturday 19 September 2009 (Cohort B, Saturdays)",
     "Length", "Three terms part time; 10 Workshops, 2 Family Learning Days, 4 Portfolio Pieces"],
    ["Venues", "Caddesdon Family Learning Centre, Mill Street, Harcombe (fully accessible, hearing loop, car park)\n"
               "Westbury Children's Centre, Station Road, Westbury", "", ""],
    ["Course leader", "Judith Pellow, Family Learning Curriculum Manager", "Tutors", "Anwen Roberts, Dr Kieran Shah"],
    ["Group size", "Up to 18 learners per cohort", "Crèche", "Free crèche at both venues for Saturday sessions"],
], widths=[3.5, 6, 3, 5], header=False)
for r in range(8):
    shade(t.cell(r, 0), "DCE6F1")
for r in (1, 4, 6, 7):
    shade(t.cell(r, 2), "DCE6F1")
merge(t, 0, 1, 0, 3, "Leading SEN with Families (National Award for SEN Coordination)", bold=True)
merge(t, 2, 1, 2, 3, "University of Mardenbridge, School of Education")
merge(t, 3, 1, 3, 3, "Masters level (Level 7), 60 credits: the University's Postgraduate Certificate module "
                     "EDU7SEN, validated on 9 July 2008")
merge(t, 5, 1, 5, 3, "Caddesdon Family Learning Centre, Mill Street, Harcombe (fully accessible, hearing loop, "
                     "car park)\nWestbury Children's Centre, Station Road, Westbury")
para(d, "")

text_box(d, [
    "Note for the approval panel",
    "Why a family learning team? For eleven years this team has run courses in Caddesdon schools that bring "
    "parents and children together to learn. Our tutors work every week with SENCOs, and with the parents of "
    "children with SEN, so we see at first hand what new SENCOs find hard.",
    "In the summer term of 2007 we surveyed the headteachers and SENCOs of all 212 Caddesdon schools about what "
    "a new SENCO most needs; 131 replied. We also held two evening meetings with the Caddesdon Parent Carer "
    "Forum. Three messages came back most strongly: new SENCOs struggle to work with parents when relationships "
    "have broken down; they are unsure how to use the provision map; and they find it hard to win the support of "
    "the senior team. Each of these now has its own Workshop (W2, W5 and W8), and the Forum asked us to add the "
    "second Family Learning Day, in which learners run a session with parents themselves.",
    "The Caddesdon SEN Strategy Group (heads, the Principal Educational Psychologist and the Parent Partnership "
    "Service) read our first outline in March 2008 and asked for more on outside agencies; Workshop 6 was added "
    "as a result. J. Pellow, Curriculum Manager",
], height_cm=9)

# ---------------- Stage 1
title("STAGE 1: AIMS APPROPRIATE TO THE GROUP")
prompt("Tutor: record the group's aims here. Aims should be realistic for the group and should say what "
       "difference the course will make to the learners and to the people they work with.")
para(d, "Learners on this course are teachers who have recently taken on, or are about to take on, the role of "
        "SENCO in a Caddesdon school. Our aim is that by the end of the course every learner will lead the "
        "coordination of SEN provision in their school so that children with SEN and disabilities make faster "
        "progress in reading, writing and number, measured in National Curriculum levels and the school's own "
        "tracking. We want learners to get there with parents and carers at their side, because that is what a "
        "family learning team knows how to do.")
para(d, "The course has four further aims:")
typed_bullets(d, [
    "to give learners the knowledge of the law, of national policy and of the commonest kinds of SEN that a "
    "SENCO needs from the first day in post;",
    "to build the practical skills of leading colleagues, working with parents and carers and working with "
    "outside agencies, practised in the learner's own school;",
    "to link every Workshop to what is happening in Caddesdon schools now, through Practice Tasks carried out "
    "between Workshops;",
    "to let each learner follow a route through the course that fits what they already know and can do.",
])
para(d, "Content is drawn from the SEN Code of Practice (2001), Removing Barriers to Achievement (2004), the "
        "Ofsted survey Inclusion: does it matter where pupils are taught? (2006), the House of Commons Education "
        "and Skills Committee report on SEN (2006), the Bercow review of services for children with speech, "
        "language and communication needs (interim report, 2008), and research on parental involvement, notably "
        "Desforges and Abouchaar (2003). Dr Shah updates the reading list each summer from the University's "
        "research seminar programme.")

# ---------------- Stage 2
title("STAGE 2: INITIAL ASSESSMENT TO ESTABLISH EACH LEARNER'S STARTING POINT")
prompt("Tutor: describe how you found out what each learner already knows and can do, and how this shaped "
       "their learning objectives. Attach the initial assessment tool.")
para(d, "Before anyone is offered a place, the Course Leader checks three things on the application form: that "
        "the applicant holds Qualified Teacher Status; that they are employed in a Caddesdon school (or an "
        "academy or independent school within the county) and are the SENCO or have been named as the next "
        "SENCO; and that their headteacher has signed the nomination section, agreeing to release them for the "
        "Workshops and to act as, or name, a Link Colleague. An applicant who does not meet these is not offered "
        "a place; the Course Leader rings them and their headteacher to explain what they would need to do "
        "first, usually a term shadowing the present SENCO and our free twelve-hour Introduction to SEN for "
        "Teachers course, and offers them a place in the next cohort.")
para(d, "Every learner then completes the Starting Point Profile. The Profile lists the 27 group learning "
        "objectives in Stage 3, in the same words, and asks the learner to rate themselves on each from 1 "
        "(\"new to me\") to 4 (\"I do this confidently and could show someone else\"), and to give an example "
        "for any rating of 3 or 4. The learner's headteacher or Link Colleague adds a comment on each of the "
        "seven Attributes objectives. At a one-hour Starting Point Interview in the learner's own school, the "
        "tutor goes through the Profile with the learner, tests a sample of the higher ratings by asking for "
        "examples, and agrees the learner's Individual Learning Plan (ILP).")
para(d, "The ILP is the learner's personal set of objectives. It records which objectives the learner will "
        "concentrate on, which Workshops they must attend and which they may skip with agreement, and the focus "
        "of their Practice Tasks. Where the Profile shows that most of the group already meet an objective, the "
        "tutors shorten that part of the Workshop and spend the time on something the group finds harder. "
        "Tutors revisit the ILP at each Progress Review and change it if the evidence shows the first rating "
        "was wrong.")
tracked_para(d, "Prior learning. Learners who already hold masters-level credit in SEN, for example from a "
             "University of Mardenbridge or Open University module, may claim up to 20 credits through the "
             "University's Accreditation of Prior Learning procedure; learners with substantial experience, such "
             "as those who have worked for a local authority SEN support service, may claim the same through "
             "Accreditation of Prior Experiential Learning by presenting a mapped portfolio. The Course Leader "
             "advises on each claim at the Starting Point Interview and the University's APL panel decides it. "
             "A successful claim exempts the learner from PP1.", "ins", "J. Pellow")
tracked_para(d, "Assessment only. In exceptional circumstances an experienced teacher may ask to be assessed "
             "against all the objectives without attending the Workshops. They would submit all four Portfolio "
             "Pieces and a Practice Task report, and be interviewed by two tutors.", "del", "J. Pellow",
             date="2008-10-14T10:05:00Z")

# ---------------- Stage 3
title("STAGE 3: APPROPRIATELY CHALLENGING LEARNING OBJECTIVES (INITIAL, RENEGOTIATED AND REVISED)")
prompt("Tutor: list the group's learning objectives. For each, say where it will be worked on and where the "
       "learner's progress and achievement will be recognised. Use the abbreviations in the FL/R3 guidance.")
para(d, "The course runs as ten Workshops (W1 to W10), each a full day, and two Family Learning Days (FLD1 and "
        "FLD2). On a Family Learning Day the learner plans and co-leads a family learning session in their own "
        "school, with a Family Learning Tutor alongside, for a group of parents and children that includes "
        "children with SEN. Between Workshops each learner completes a Practice Task in school, agreed on their "
        "ILP and written up in their learning journal.")
para(d, "Achievement is recognised in two ways. A Portfolio Piece (PP1 to PP4) is a piece of written or "
        "presented work that is marked against the University's masters-level criteria and counts towards the "
        "award. A Progress Review (PR1 to PR3) is a one-to-one conversation with the tutor about the learning "
        "journal; the tutor writes feedback on the ILP but the Review is not marked and does not count towards "
        "the award. In the table, \"Worked on at\" names the Workshop or Family Learning Day where the objective "
        "is taught; \"Recognised at\" names the Portfolio Piece where it is marked, or says \"Review only\" where "
        "progress is recognised at a Progress Review and nowhere else. A dash means there is none.")
para(d, "The four Portfolio Pieces are: PP1, a 3,000-word essay on the law, policy and research behind the "
        "school's SEN provision; PP2, a presentation to the learner's colleagues about the Family Learning Day "
        "and its outcomes for the children, observed by the tutor and the Link Colleague and followed by a "
        "1,500-word reflective commentary; PP3, a 4,000-word case study of a development in the school's SEN "
        "provision that the learner has led; PP4, a 2,000-word reflective review of what the learner has learned across the course, "
        "with the learner's evidence file.")

rows = [["Ref", "Learning objective (in our words)", "Worked on at", "Recognised at"],
        ["Attributes: who the SENCO is", None, None, None],
        ["G1", "Build fair, warm and respectful working relationships with children who have SEN or a disability "
               "and with the adults who care for them", "W2, FLD1", "PP2"],
        ["G2", "Win the backing of colleagues, the head and the senior team for better outcomes for children with "
               "SEN", "W8", "PP3"],
        ["G3", "Plan the SENCO's week: put first things first, manage time, hand tasks to others and check they "
               "are done", "W8", "Review only"],
        ["G4", "See problems coming, sort them out, and make sound, well-reasoned decisions about provision",
         "W5, W9", "PP3"],
        ["G5", "Speak and write clearly for different audiences, and listen to and understand what others think",
         "W1, FLD1, FLD2", "PP2"],
        ["G6", "Use research and advice from outside school to improve your own teaching and your colleagues'",
         "W3", "PP1"],
        ["G7", "Keep yourself up to date and take charge of your own professional development in SEN and "
               "disability", "\u2013", "PP4"],
        ["Knowing: what the SENCO knows", None, None, None],
        ["G8", "Know the law and guidance on SEN, including the SEN Code of Practice (2001), what it means for the "
               "school, the SENCO and others, and how to put it into practice", "W1, W2", "PP1"],
        ["G9", "Know the five Every Child Matters outcomes and how the SENCO helps children reach them", "W1", "PP1"],
        ["G10", "Know the Disability Discrimination Act duties on schools (accessibility planning, reasonable "
                "adjustments, the disability equality duty) and what they require", "W2", "Review only"],
        ["G11", "Know the commonest kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD and "
                "MLD) and how each can affect learning", "W3, W4", "PP1"],
        ["G12", "Weigh up approaches, strategies and resources, including ICT, for assessing, planning, teaching "
                "and learning, and use them to remove barriers", "W4, W5", "PP2"],
        ["G13", "Understand how this course is evaluated and improved, through the Family Learning team's annual "
                "Self-Assessment Report", "W10", "PP4"],
        ["G14", "Know what works: best practice and research findings on meeting special educational needs",
         "W3", "PP1"],
        ["G15", "Know what the county's outside agencies do (educational psychology, speech and language therapy, "
                "CAMHS, sensory support, Parent Partnership) and how to get their help", "W6", "PP3"],
        ["Doing: what the SENCO does", None, None, None],
        ["G16", "With the head and governors, shape an inclusive ethos, the SEN policy, priorities and the use of "
                "resources", "W9", "PP3"],
        ["G17", "Identify children who may have SEN (from observation, data and assessment), set challenging "
                "targets, plan interventions and review progress", "W4, FLD1", "PP2"],
        ["G18", "Use assessments from other professionals to shape teaching", "W6", "PP2"],
        ["G19", "Use end-of-key-stage tests and other summative data to track progress and change programmes",
         "W7", "Review only"],
        ["G20", "Help other teachers develop assessment for learning for all children, with approaches for "
                "children with SEN", "W7", "PP2"],
        ["G21", "Identify early the access arrangements children need for national tests and exams, and put "
                "them in place with colleagues", "W7", "PP2"],
        ["G22", "Use provision mapping to plan and cost provision and find what is missing or not working",
         "W5", "PP3"],
        ["G23", "Support colleagues' development by observing and giving feedback, modelling, coaching and "
                "mentoring, and running training", "W8, FLD2", "PP4"],
        ["G24", "Review with staff how well provision works, to feed the school's self-evaluation and "
                "improvement plan", "W9", "PP3"],
        ["G25", "Make sure children take part in planning, agreeing and reviewing their own provision", "W6",
         "Review only"],
        ["G26", "Work with parents and carers to support children's learning and development",
         "W2, FLD1, FLD2", "PP2"],
        ["G27", "Work with other services and voluntary organisations for a joined-up approach", "W6", "PP3"],
        ]
t = table(d, [[c if c is not None else "" for c in r] for r in rows], widths=[1.2, 10.3, 2.8, 2.7])
for i, r in enumerate(rows):
    if r[1] is None:
        merge(t, i, 0, i, 3, r[0], bold=True, fill="EADCF0")
para(d, "")
para(d, "Deploying teaching assistants and other support staff is covered in each school's own induction for "
        "new SENCOs and is not part of this course.")

# ---------------- Workshops
title("THE WORKSHOPS")
prompt("Tutor: give a short description of each session so that a cover tutor could run it.")
ws = [
    ("W1  The SENCO's job", "The Code of Practice, the SENCO's responsibilities in the school, Every Child Matters "
     "and what it means for a child with SEN to be healthy, safe, enjoying and achieving, making a positive "
     "contribution and achieving economic well-being. Learners practise explaining the graduated response to a "
     "parent in plain words, and receive their first Practice Task: a short audit of the school's SEN register."),
    ("W2  Families first", "Building relationships with parents and carers, including when trust has broken down; "
     "the Parent Partnership Service; the DDA duties on schools and the school's accessibility plan. Two members "
     "of the Parent Carer Forum co-lead the afternoon, and learners rehearse a difficult review meeting with "
     "them."),
    ("W3  What the research says", "The commonest kinds of SEN and their effect on learning; how to read "
     "research; Ofsted survey evidence; the Bercow interim report. Learners choose a piece of research to try "
     "out in their Practice Task and bring it to W4."),
    ("W4  Finding out and planning", "Identification through observation, data and assessment; setting "
     "challenging targets; IEPs and group plans; approaches and resources, including ICT such as "
     "text-to-speech, visual timetables and Clicker. Learners plan FLD1."),
    ("W5  Mapping provision", "Provision mapping and costing; spotting provision that is missing or not "
     "working; making decisions about provision when money is short. Practice Task: map one year group's "
     "provision."),
    ("W6  Around the child", "Outside agencies: an educational psychologist and a speech and language therapist "
     "from the county teams take part each year; using their assessments to plan teaching; the voluntary "
     "sector. In the afternoon a panel of four young people from the Caddesdon Youth Forum, two of whom have a "
     "statement, tell learners what their annual reviews were like."),
    ("W7  Tracking and testing", "Using end-of-key-stage results and other summative data; assessment for "
     "learning; access arrangements for national tests and GCSEs and the deadlines that apply to them."),
    ("W8  Leading colleagues", "Gaining the commitment of the head and senior team; the SENCO's week; coaching, "
     "observation and feedback; planning a twilight training session for colleagues, which the learner then "
     "runs in school as FLD2 preparation."),
    ("W9  Governors and strategy", "Working with governors on the SEN policy and the use of resources; "
     "reviewing provision with staff and feeding the school's self-evaluation form and improvement plan; "
     "judgement when provision is contested."),
    ("W10  Looking back, looking on", "Learners present their evidence files, and the tutors explain how the "
     "course itself is evaluated. The afternoon is given to preparing PP4."),
]
for h, txt in ws:
    runs(d, [(h + ". ", True), (txt, False)])

# ---------------- Stage 4
title("STAGE 4: RECOGNITION AND RECORDING OF PROGRESS DURING THE COURSE")
prompt("Tutor: describe how progress is recognised and recorded during the course (formative assessment), "
       "including feedback to learners and any changes to objectives.")
para(d, "Each learner keeps a learning journal in which they record each Practice Task, what they tried, "
        "and what happened for the children. At three Progress Reviews (after W3, W6 and W9) the tutor reads the "
        "journal with the learner, records progress against each ILP objective, writes feedback on the ILP, and "
        "agrees any change to the objectives. Written feedback on each Portfolio Piece follows the University's "
        "criteria and is returned within four weeks.")
para(d, "The Family Learning Days are the heart of the course. On FLD1 the learner plans and co-leads, with a "
        "Family Learning Tutor, a morning session in their own school for parents and children. On FLD2 the "
        "learner leads it, and the Link Colleague observes. Each learner then gathers what the parents, the "
        "children and the Link Colleague said about the session, reflects on what they would change, and "
        "reports it in PP2. So every learner puts the course into practice in their own school and looks "
        "critically at the effect on their own practice.")
para(d, "Caddesdon Learning Online, the service's Moodle site, holds every Workshop's slides, handouts and "
        "reading. Learners can e-mail their tutor between Workshops through the site and tutors reply within "
        "three working days. There is no discussion forum, and learners do not use the site to contact each "
        "other. The site is used for sharing the materials only.")
para(d, "Learners may join either cohort, and a learner who misses a Workshop through illness or school "
        "pressures may attend it with the other cohort. Because the Workshops build on the ILP rather than on "
        "each other, learners may take W5 to W9 in a different order by agreement with the tutor; Cohort B "
        "meets on Saturdays for teachers who cannot be released in the week.")

# ---------------- Stage 5
title("STAGE 5: END OF COURSE: LEARNER SELF-ASSESSMENT, TUTOR SUMMATIVE ASSESSMENT AND REVIEW")
prompt("Tutor: record how overall achievement was judged, how the award is decided, and each learner's next "
       "steps. Tutors must record each learner's next steps and progression route.")
para(d, "All four Portfolio Pieces are marked by the tutor against the University's masters-level criteria. A "
        "learner passes the course with an aggregate mark of 40 per cent or more across the four Pieces, with "
        "no Piece below 35 per cent; the University then confers the award of 60 credits and the National "
        "Award for SEN Coordination.")
para(d, "Every Portfolio Piece is second marked by the other tutor. A sample of a third of all Pieces, and "
        "every fail and distinction, is moderated by the University's module leader for EDU7SEN, Dr Helen "
        "Castle, and the University's external examiner for the Postgraduate Certificate sees a sample each "
        "year and reports to the Board of Examiners. Tutors hold a standardisation meeting before marking each "
        "Piece, using marked exemplars from the University's other SEN modules.")
para(d, "At the end of W10 learners complete the Starting Point Profile a second time, so that each learner "
        "and the tutor can see how far their confidence has moved on every objective. Progression guidance "
        "about the University's MA in Inclusive Education is given where a learner asks for it.")

# ---------------- Tutor's evaluation
title("TUTOR'S GROUP EVALUATION AND QUALITY ASSURANCE")
prompt("Tutor: evaluate the course. What went well? What will you change? How do you know?")
para(d, "The course sits inside the service's quality cycle, which Ofsted inspected in 2007 (Grade 2 for "
        "family learning). Every course is evaluated in the same ways:")
typed_bullets(d, [
    "learners complete an evaluation form at W5 and W10, and the group elects a learner representative who "
    "attends the team's termly Course Review;",
    "each tutor is observed teaching once a year under the service's Observation of Teaching and Learning "
    "scheme, graded and given an action plan;",
    "the University's annual monitoring report and the external examiner's report come to the Course Review;",
    "headteachers of learners' schools are sent a short questionnaire at the end of the course about the "
    "difference the course has made in their school, and two headteachers sit on the Course Review;",
    "the Parent Carer Forum nominates a parent to read the Family Learning Day evaluations and join the Course "
    "Review each summer;",
    "all of this evidence goes into the team's annual Self-Assessment Report, whose action plan says what will "
    "change in the next cohort; the Course Leader reports the changes to the SEN Strategy Group.",
], mark="-")
para(d, "We also collect each learner's confidence ratings at the start and end of the course, as above. We "
        "would like, in time, to ask learners to measure how the achievement of their pupils changes as a result "
        "of the course, and we hope to find a way of doing this without adding to their workload.")

title("STAFFING, RESOURCES AND SUPPORT")
prompt("Tutor: list the staff, specialists and resources the course draws on.")
para(d, "Judith Pellow (Course Leader) was a primary SENCO for nine years and holds an MA in Special and "
        "Inclusive Education (Mardenbridge, 2003); she leads the team's work with schools. Anwen Roberts was a "
        "SENCO and then an advisory teacher in the county's Learning Support Service, holds the OCR Diploma in "
        "Specific Learning Difficulties, and has taught family learning since 2001. Dr Kieran Shah is senior "
        "lecturer in inclusive education at the University of Mardenbridge, is research active, and teaches "
        "W3 and W9. All three attend the University's SEN research seminars and at least one national "
        "conference each year.")
para(d, "Learners also meet the specialists named in W2 and W6. Visits to a special school or a specialist "
        "resource base may be arranged where the learner's headteacher agrees to release them for the day.")
para(d, "The Family Learning Centre has a resource library of assessment materials, intervention programmes "
        "and family learning packs, a suite of twelve laptops with Clicker, text-to-speech and mind-mapping "
        "software, and the county's assistive technology loan collection. Learners have full access to the "
        "University library and its electronic journals.")
para(d, "Tutors meet as a team each half term to plan Workshops and agree marking. Each learner's Link Colleague "
        "receives the course outline and the ILP by post. A handbook for Link Colleagues, setting out what they "
        "do at each stage, is being drafted for the 2009-10 cohorts.")
para(d, "Whether a learner holds a current enhanced CRB disclosure is a matter for the learner's employing "
        "school; the Family Learning team does not ask to see it.")

title("EQUALITY AND ACCESS")
para(d, "The service's Single Equality Scheme applies to this course. The application form invites every "
        "applicant to tell us about a disability or health condition, and the Course Leader then agrees "
        "reasonable adjustments with them before the course starts: for example materials in large print or on "
        "coloured paper, a note-taker, extra time for Portfolio Pieces, or a different date for a presentation. "
        "Both venues are fully accessible, and the Saturday crèche lets parents of young children take part. "
        "The course leaflet is produced in large print and on audio CD, and the University's disability "
        "service advises on any assessment adjustment. Each Family Learning Day venue is checked for access "
        "before the learner's session.")
para(d, "The fee is \u00a3850, paid by the school from its standards fund; because Workshops the learner already "
        "meets can be skipped, most schools release teachers for fewer days than a fixed course would need.")

title("SIGN-OFF")
t = table(d, [["Course Leader", "J. Pellow", "Date", "20 October 2008"],
              ["Head of Service", "M. Okonjo", "Date", "21 October 2008"]], header=False)
d.save(OUT)
print("wrote", OUT)
