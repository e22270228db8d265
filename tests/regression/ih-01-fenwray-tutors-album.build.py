"""ih-01-fenwray-tutors-album: builds ih-01-fenwray-tutors-album.docx next to itself.

Provider (invented): Fenwray Montessori Training College, Fenwray House, Ousebridge, a
Montessori teacher-training college that also runs a Schools Programme for teachers in
maintained schools. The University of Hallamby awards the credit (a PG Certificate,
60 credits at Level 7). January 2009.

Document kind and layout: the college's Tutors' Album for the Award, sent as the
application. A Montessori "album" is the book in which a trainee writes up each
presentation of a material under fixed labels; the college writes its course the same
way. A covering "To the panel" part, a text box glossary of Montessori terms, "The
Album at a glance" (a table with merged, shaded Cycle rows), a part "The College and
the Award" in short run-in paragraphs (bold lead-ins, no heading styles below Heading
1), then sixteen presentations, each opened by a bold capitalised typed "PRESENTATION n"
line (Normal style, no heading), a small field table (merged shaded title row) and the
album's labels as bold run-ins: Direct aim, Indirect aim, Presentation (numbered
steps), Points of interest, Control of error (the assessment), Extension in the
Practicum. Header and footer, footnotes (citations only), two Word comments, tracked
changes (one deletion, one insertion).

Traps (requirement ids):
- "Control of error" is the album's word for assessment; where it says "none" or
  "not marked" the outcome is developed but not assessed: 6.K2 (P4), 6.S2b (P8),
  6.S7 (P9), 6.S6 (P13), 6.S4 (P14), 6.A7 (P1, P16); 6.A1 is checked only by peer
  feedback in a role play ("formative only") -> partially_met; so 1.9 partially_met.
- Nothing on time management or delegation (6.A3), school self-evaluation (6.K7) or
  special arrangements for national tests (6.S2d) -> not_met. Access arrangements
  exist only for the college's own Viva (wrong context for 6.S2d; they count for 3.1).
- Consulting children is raised in discussion but "not practised" (1.5 partially_met).
- Assessment-only: a deleted tracked paragraph offered a "Direct Route"; the body
  says the University allows assessment-only entry on some of its own awards but
  "the College does not offer" it (other body's arrangement + negation): 2.3 not_met.
- Prior learning only for holders of the college's own Diploma; "experience is not
  credited" (2.1 partially_met).
- CRB: the body says the college's own staff and Children's House adults are checked
  (wrong people); a comment and the footer claim candidates are checked (neither
  counts): 5.3 not_met.
- Stakeholder needs gathered only from the college's Montessori network schools;
  "We have not yet asked" the local authorities or maintained schools: 4.1
  partially_met. 4.2 met (network heads and former Schools Programme teachers changed
  the content); 4.3 met (heads on the Course Committee, LA advisers moderate).
- Online Shelf (Moodle) is e-learning; its forum is peers-only, tutors "do not read or
  answer it"; support between days is by telephone tutorial: 3.3 partially_met.
- No pupil-achievement measure: "we do not ask participants to measure children's
  attainment" (5.9 partially_met: confidence scale only).
- Specialist technology: "The College holds no assistive technology of its own"; a
  comment suggests claiming switches (5.6 partially_met).
- Award rule allows compensation between the Works (6.0 partially_met).
- Progression: graduates only told about the University's MA (2.5 partially_met).
- Tracked insertion of a second marker counts (5.8 met).
"""
from pathlib import Path
from _ih_helpers import Builder

HERE = Path(__file__).resolve().parent
NAME = "ih-01-fenwray-tutors-album"

b = Builder(header="Fenwray Montessori Training College  |  Tutors' Album: National Award for SEN Coordination  |  Volume 1",
            footer="Fenwray House, Mill Lane, Ousebridge OB4 7RT  ·  Registered charity 1023387  ·  All participants are CRB checked")

b.h("The Tutors' Album", 0)
b.p([("b", "National Award for SEN Coordination: the Fenwray Award, 2009-10")])
b.p("Volume 1: Presentations 1 to 16, with an introduction for the approval panel")
b.p([("i", "Fenwray Montessori Training College, in partnership with the University of Hallamby")])

b.h("To the panel", 1)
b.p("Every student who trains with us writes an album. For each material in a Montessori "
    "classroom she writes down its name, what it is for, how it is presented to the child, "
    "what the child notices, and how the material itself tells the child whether the work is right. "
    "The album is her book for the rest of her working life. Our tutors keep albums too, and when we "
    "designed the Award we wrote it the way we write everything else: as a Tutors' Album.")
b.p("We have sent you the album itself rather than a summary of it, because this is the document our "
    "tutors will teach from. The first part, The College and the Award, sets out the arrangements "
    "around the course. The presentations follow in the order in which they are given. Where an album "
    "says \"Control of error\" it means the way the adult, and her tutor, can tell that the work has "
    "been done well; on this course that is where the assessment sits.")
b.textbox([
    "A note on words",
    "Presentation: one planned piece of teaching, given by a tutor to the group or to one adult.",
    "Material: what the tutor brings (papers, case files, objects, films).",
    "Direct aim / Indirect aim: what the presentation is for now, and what it prepares for later.",
    "Control of error: how the work shows whether it is right.",
    "The prepared adult: the SENCO as the person who prepares the environment for others.",
    "Practicum: the work the adult does in her own school between College Days.",
], height_pt=170)

b.h("The Album at a glance", 1)
b.table([
    ["Cycle", "College Day (Saturday)", "Presentations", "Work due"],
    ["First Cycle: Following the Child (September to December)", "", "", ""],
    ["", "Day 1, 19 September", "1 The Prepared Adult; 2 Following the Child", "Starting Observation"],
    ["", "Day 2, 17 October", "3 The Law and the Code; 4 Every Child Matters", ""],
    ["", "Day 3, 14 November", "5 Observation; 6 The Common Needs", ""],
    ["", "Day 4, 12 December", "7 Materials and Means", "Work 1: the Observation Study"],
    ["Second Cycle: The Prepared Environment (January to March)", "", "", ""],
    ["", "Day 5, 16 January", "8 Numbers and the Child; 9 The Child's Voice", ""],
    ["", "Day 6, 13 February", "10 The Parent Conference; 11 The Community of Adults", ""],
    ["", "Day 7, 13 March", "12 Agencies and the Wider Community", "Work 2: the SENCO's Album"],
    ["Third Cycle: Leading the Community (April to July)", "", "", ""],
    ["", "Day 8, 24 April", "13 The Provision Map", ""],
    ["", "Day 9, 22 May", "14 The Adults in the Room; 15 Judgement", ""],
    ["", "Day 10, 3 July", "16 The Next Plane", "Work 3: the Environment Review; the Viva"],
], merges=[(1, 0, 1, 3), (6, 0, 6, 3), (10, 0, 10, 3)],
   fills={(1, 0): "EAF1DD", (6, 0): "EAF1DD", (10, 0): "EAF1DD"})

b.h("The College and the Award", 1)
b.p([("b", "Who we are. "),
     "Fenwray Montessori Training College has trained Montessori teachers at Fenwray House since 1971. "
     "Since 2001 it has also run a Schools Programme for teachers in maintained primary schools in "
     "Ousebridge and the two neighbouring counties, and about four hundred state-school teachers have "
     "taken one of its short courses. The Award is taught by the Schools Programme team."])
b.p([("b", "The University. "),
     "The Award is validated by the University of Hallamby as the Postgraduate Certificate in Special "
     "Educational Needs Coordination, 60 credits at Level 7 of the framework for higher education "
     "qualifications. The University approved the programme at its validation event on 2 December 2008; "
     "its School of Education appoints the external examiner and its Board of Examiners confirms every award."])
b.p([("b", "What the Album is for. "),
     "The direct aim of the whole Album is that the children with special educational needs and "
     "disabilities in each participant's school make better progress in their learning and are safer, "
     "healthier and happier: the five Every Child Matters outcomes of being healthy, staying safe, enjoying "
     "and achieving, making a positive contribution and achieving economic well-being are written at the "
     "head of the Course Committee's agenda, and each of the three Works asks the participant to show what "
     "changed for children. Its indirect aim is a SENCO who prepares the school for those children in the "
     "way a Montessori teacher prepares a classroom."])
b.p([("b", "Who can join. "),
     "The Award is for qualified teachers who are, or are about to become, the SENCO of a maintained school "
     "or academy. Each applicant sends an application form, a reference from her headteacher that confirms "
     "the SENCO role and the time the school will release, and a short account of her school's SEN provision. "
     "The Course Director interviews every applicant, by telephone if need be, and uses the interview to "
     "judge whether she has the knowledge and experience to reach the outcomes in a year. An applicant who "
     "is not ready is offered a place on the Schools Programme's ten-week course Observing the Child and "
     "advice on what to do first, and the Course Director writes to her headteacher to explain."])
b.p([("b", "Checks. "),
     "Every adult who works in our Children's House, and every member of College staff, holds a current "
     "enhanced CRB disclosure, which the Bursar renews every three years. Participants see children in the "
     "Children's House only from behind the observation screen, ",
     ("cm", "with a member of staff present.", "We also check each participant's CRB through her school. Say so here?", "D. Amadi")])
b.p([("b", "Prior learning. "),
     "Holders of the College's own Montessori Diploma (Early Years) may be excused Presentation 2, Following "
     "the Child, and the part of Work 1 that describes the child's development, on showing their Diploma "
     "certificate. No other prior study is taken into account, and experience is not credited."])
b.p([("b", "Assessment without the course. "),
     "The University of Hallamby allows candidates to be assessed without attending on some of its own "
     "professional awards. The College does not offer that route for the Award: every participant attends "
     "the College Days and completes the three Works."])
b.p([("del", "In exceptional cases an experienced SENCO may ask to take the three Works and the Viva "
              "without attending the College Days (the Direct Route). The Course Director decides on the "
              "evidence of the Starting Observation.", "R. Penhale")])
b.p([("b", "The Starting Observation. "),
     "Before Day 1 each participant observes her own practice for a fortnight against the national outcomes, "
     "which we give her as a checklist of twenty-nine statements with a four-point scale. She brings the "
     "checklist and her notes to a forty-minute conversation with her tutor on Day 1. Together they write "
     "her Individual Work Plan: which outcomes she already shows, which she will work on, which Presentations "
     "she should take most from and which she may take more lightly, and three personal outcomes of her own "
     "for the year, such as leading the school's first annual reviews of statements. The tutor and the "
     "participant revisit the Individual Work Plan at each tutorial and revise it at the end of each Cycle."])
b.p([("b", "Fitting the course to the person. "),
     "Groups are of no more than sixteen, and each participant has one named tutor for the year. The "
     "Individual Work Plan decides the tutorials, the reading set on the Online Shelf and the focus of the "
     "Practicum. The fee is £1,150, which includes all materials; three bursaries a year are kept for small "
     "rural schools. Because the College Days are on Saturdays, schools pay no supply cover for them."])
b.p([("b", "Ways through the course. "),
     "There are two starting points each year, September and January. A participant who starts in January "
     "takes the Second Cycle first and the First Cycle the following autumn, since each Cycle stands on its own. "
     "A participant who misses a College Day takes it with the next group, and the Works may be submitted "
     "at any of three points in the year."])
b.p([("b", "The Online Shelf. "),
     "Readings, recordings of each Presentation and the Work briefs are on the Online Shelf, the College's "
     "Moodle site, and participants post their Practicum notes to a discussion forum for their group. "
     "The forum is for participants to help one another; tutors do not read or answer it. Between College "
     "Days each participant has three telephone tutorials with her tutor, booked through the College office."])
b.p([("b", "Equal access. "),
     "The application form asks every applicant whether she has a disability or a health condition that "
     "we should plan for, and the Course Director follows up each answer in a conversation before Day 1. "
     "Fenwray House has step-free access to the ground floor, where all College Days are held, an induction "
     "loop in the Long Room and an accessible toilet. Papers are sent in large print or electronically on "
     "request, and participants who need access arrangements for the Viva (extra time, a reader or a scribe) "
     "ask the Registrar, who arranges them with the University."])
b.p([("b", "What schools told us. "),
     "Before we wrote the Album we asked the headteachers of the eleven Montessori schools in our network, "
     "and the SENCOs among them, what a new SENCO most needs. We have not yet asked the local authorities "
     "or the maintained schools that send teachers to the Schools Programme."])
b.p([("b", "How that changed the Album. "),
     "The network heads asked for more on working with parents who disagree with the school, and "
     "Presentation 10 was doubled in length. A group of twelve former Schools Programme teachers tried the "
     "draft Presentations 5 and 13 in June 2008; at their request the Provision Map is now taught with their "
     "own schools' maps rather than an invented one, and the Observation Study was shortened from 6,000 to "
     "4,000 words."])
b.p([("b", "Who else takes part. "),
     "Two network headteachers and the Principal SEN Adviser of Ousebridge City Council sit on the Course "
     "Committee, which meets each term, reads the participants' evaluations and agrees changes for the next "
     "Cycle. Two local authority SEN advisers act as second markers for Work 3 each year, and a headteacher "
     "and a parent from the network speak on Day 6."])
b.p([("b", "The tutors. "),
     "The Course Director, Ruth Penhale, was SENCO of a large primary school for nine years, holds an MA in "
     "Special and Inclusive Education and has led the Schools Programme since 2004. The three tutors are a "
     "former local authority SEN adviser, an advisory teacher for autism and a specialist teacher for "
     "specific learning difficulties with the OCR Diploma; all three teach on the Schools Programme and spend "
     "at least ten days a year in schools. An educational psychologist and a speech and language therapist "
     "from Ousebridge's services give parts of Presentations 6 and 12."])
b.p([("b", "Places and people beyond the College. "),
     "Each participant spends a day at Hazelbeck Special School, which teaches pupils with severe and complex "
     "learning difficulties, and a half-day at the Ousebridge Language Unit, both arranged by the College with "
     "a written programme for the visit; the Practicum itself is in her own school."])
b.p([("b", "Resources. "),
     "The College library holds about 9,000 books and journals on child development and special educational "
     "needs, and the Montessori materials in the Long Room are used in several Presentations. ",
     ("cm", "The College holds no assistive technology of its own;", "Could we say we have switches and Clicker? Ask Hazelbeck.", "D. Amadi"),
     " participants are shown the software their schools already have."])
b.p([("b", "Preparing the adults who teach. "),
     "Every tutor and guest presenter is given the Tutors' Album and attends a tutors' day in July at which the "
     "Presentations are rehearsed and the marking criteria for the three Works are marked against sample "
     "scripts. Each participant's headteacher names a Practicum mentor in the school, usually the head or "
     "deputy; mentors attend a two-hour briefing evening at the College in September and receive a Mentor's "
     "Page setting out what they observe, when, and what they sign."])
b.p([("b", "Marking. "),
     "Each Work is marked by the participant's tutor against the published criteria for its outcomes. "
     "A second tutor marks a sample of one in five of every Work, and all fails and distinctions. ",
     ("ins", "A second tutor also blind-marks every Work that the first marker fails. ", "R. Penhale"),
     "The sample goes to the University's external examiner, who visits for the moderation meeting in July."])
b.p([("b", "How we know the course works. "),
     "Participants evaluate every College Day on a one-page sheet and the whole course at the end of each "
     "Cycle; the external examiner reports each year to the University, whose annual monitoring reviews the "
     "programme; and the Course Committee turns both into an action plan for the next year. Participants rate "
     "their confidence against each outcome on the Starting Observation checklist in September and again in "
     "July, and the Course Committee compares the two. Montessori education does not grade children, and "
     "we do not ask participants to measure children's attainment."])
b.p([("b", "The award. "),
     "The University awards the Certificate to a participant whose three Works and Viva have an average "
     "mark of 50 or more, with no single piece below 40; a strong Work may make up for a weaker one."])

# ---- the presentations ------------------------------------------------------
b.h("The Presentations", 1)

def pres(n, title, cycle, material, given, parts):
    b.p([("b", f"PRESENTATION {n}: {title.upper()}")])
    b.table([
        [f"Presentation {n}", ""],
        ["Cycle and Day", cycle],
        ["Material", material],
        ["Given by", given],
    ], merges=[(0, 0, 0, 1)], header_fill="DDD9C3", bold_first_col=True)
    for label, body in parts:
        if isinstance(body, list) and body and isinstance(body[0], list):
            b.p([("b", label)])
            for i, step in enumerate(body, 1):
                b.p(step, style="List Number")
        else:
            segs = body if isinstance(body, list) else [body]
            b.p([("b", label + " ")] + segs)

pres(1, "The Prepared Adult", "First Cycle, Day 1", "The Code of Practice; three SENCOs' job descriptions; the adult's own Starting Observation", "Course Director", [
    ("Direct aim:", "To know what a SENCO is for, what the Code of Practice asks of her, and how the role differs from school to school."),
    ("Indirect aim:", "The habit of study: the adult who keeps learning about special educational needs after the course has ended."),
    ("Presentation:", [["The tutor lays out the three job descriptions and the group sorts their tasks into what the Code requires and what the school has chosen."],
                        ["Each adult compares them with her own role and writes one page on what she will ask her headteacher to change."],
                        ["The tutor shows how to keep a reading log and a record of courses and reading for the year."]]),
    ("Points of interest:", "Adults who come from Montessori schools often find that their role has never been written down."),
    ("Control of error:", "The adult's own reflection; the reading log is not marked."),
    ("Extension in the Practicum:", "Agree with the headteacher a written job description for the SENCO role."),
])
pres(2, "Following the Child", "First Cycle, Day 1", "Films of children aged three to eleven in the Children's House and two partner schools; developmental charts", "Tutor for the group", [
    ("Direct aim:", "To understand how children develop physically, socially, emotionally and in language and thought, and how a special need or disability, and the setting a child learns in, can help or hinder that development."),
    ("Indirect aim:", "To see a child's difficulties as a matter of the environment as well as of the child."),
    ("Presentation:", [["The tutor shows three films of the same child at three ages and the group notes what changes."],
                        ["The group reads Montessori's planes of development beside current accounts of development and disability."],
                        ["Each adult chooses the child she will follow for Work 1."]]),
    ("Control of error:", "Work 1, the Observation Study, where the adult explains the development of the child she has followed and is marked on it."),
])
pres(3, "The Law and the Code", "First Cycle, Day 2", "The SEN Code of Practice (2001); the Education Act 1996, Part IV; the Special Educational Needs and Disability Act 2001; the Disability Discrimination Act 1995 as amended in 2005; a school's accessibility plan", "Course Director", [
    ("Direct aim:", "To know the law and guidance on special educational needs, what they mean for the school, the SENCO and the governors, and how to put them into practice from School Action to statutory assessment and annual review; and to know the law on disability equality, the disability equality duty and the actions it requires of a school, including its accessibility plan."),
    ("Presentation:", [["The tutor walks the group through one pupil's path from first concern to statement, with the papers at each step."],
                        ["Groups of four test their own school's SEN policy and accessibility plan against the law."],
                        ["The tutor presents the disability equality duty and each adult drafts one action for her school's disability equality scheme."]]),
    ("Points of interest:", "The Lamb Inquiry into parental confidence is under way; the tutor brings its latest letters to each group."),
    ("Control of error:", "Work 3, the Environment Review, is marked on the accuracy of the adult's account of her school's duties under the Code; the disability equality action is a marked page of Work 2; and the Viva asks each adult to talk through one statutory process."),
])
pres(4, "Every Child Matters", "First Cycle, Day 2", "Every Child Matters: Change for Children (2004); the local Children and Young People's Plan", "Tutor for the group", [
    ("Direct aim:", "To know the five outcomes and the thinking behind them, and what a SENCO does towards each of them for children with special educational needs."),
    ("Presentation:", [["The group maps one child's week against the five outcomes."],
                        ["The tutor presents the local Children and Young People's Plan and the place of the school in it."]]),
    ("Control of error:", "None; we trust the adult to carry the outcomes into the three Works."),
])
pres(5, "Observation", "First Cycle, Day 3", "Observation schedules; a class's assessment data; two educational psychologists' reports; a speech and language therapy report", "Tutor for the group, with an educational psychologist", [
    ("Direct aim:", "To identify children who may have special educational needs or disabilities by watching them in class, reading the school's data and assessments, and listening to colleagues; to set targets that stretch them; to plan the interventions that will remove their barriers; and to review whether they worked."),
    ("Indirect aim:", "To read reports from psychologists, therapists and advisory teachers as guides to teaching and not as labels."),
    ("Presentation:", [["The tutor demonstrates a timed observation in the Children's House from behind the screen; each adult then observes and writes a record."],
                        ["The psychologist takes one of her own reports and the group turns it into teaching approaches for a class teacher."],
                        ["Each adult sets targets and plans an intervention for the child she is following, with a date for review."]]),
    ("Control of error:", "Work 1, the Observation Study: a baseline, targets, an intervention planned from the professionals' assessments, and a review after at least six weeks, all marked."),
])
pres(6, "The Common Needs", "First Cycle, Day 3", "Case files; the Bercow Review of services for children with speech, language and communication needs (2008); Ofsted, Inclusion: does it matter where pupils are taught? (2006)", "Tutors, with a speech and language therapist", [
    ("Direct aim:", "To know the most common special educational needs and disabilities (behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders and moderate learning difficulties) and how each can affect a child's learning; and to know what research and the best schools show works for each."),
    ("Presentation:", [["Five stations, one for each need, each with a case file, a short film and the materials a good school uses."],
                        ["The speech and language therapist presents the Bercow Review's findings and what they mean for schools."],
                        ["The tutor presents the Ofsted findings on where pupils with special educational needs do best and why."]]),
    ("Points of interest:", ["Sir Jim Rose's review of provision for dyslexia is added to the Online Shelf when it is published.", ("fn", "Bercow, J. (2008) The Bercow Report. DCSF; Ofsted (2006) Inclusion: does it matter where pupils are taught? HMI 2535.")]),
    ("Control of error:", "Work 2, the SENCO's Album: one marked page for each of the five needs, in which the adult explains how the need affects learning for a child in her school and which approaches the research supports."),
])
pres(7, "Materials and Means", "First Cycle, Day 4", "Montessori sensorial and language materials; a table of published interventions; the software in participants' schools", "Tutor for the group", [
    ("Direct aim:", "To weigh, critically, approaches, strategies and resources for assessing, planning, teaching and learning, including ICT, and to choose the ones that remove barriers and personalise learning for particular children; and to help class teachers develop formative assessment for every child, with particular thought for children with special educational needs."),
    ("Presentation:", [["The tutor presents three Montessori materials that began as aids for children with special needs and the group asks what made them work."],
                        ["Groups compare two published interventions for the same need on evidence, cost and fit."],
                        ["Each adult reviews one piece of software or equipment in use in her school."],
                        ["Each adult plans a short session for class teachers on formative assessment with children who have special educational needs, and leads it in the Practicum."]]),
    ("Control of error:", "Work 2: a marked page in which the adult compares two approaches for a child she teaches and justifies her choice, and a marked record of the formative assessment session she led and what teachers changed afterwards."),
])
pres(8, "Numbers and the Child", "Second Cycle, Day 5", "P scales; Key Stage test results; a school's tracking sheet", "Course Director", [
    ("Direct aim:", "To use summative assessments, including the national tests and P scales, to follow children's progress and to change their programmes when they are not moving."),
    ("Points of interest:", "Many of our Montessori colleagues do not use the national tests; adults from maintained schools lead this Presentation's discussion."),
    ("Control of error:", "None. The tracking exercise is done in the group and is not assessed."),
])
pres(9, "The Child's Voice", "Second Cycle, Day 5", "Extracts from the Code of Practice on pupil participation; children's drawings from the Children's House", "Tutor for the group", [
    ("Direct aim:", "To help children with special educational needs take part in planning and reviewing the help they get."),
    ("Presentation:", [["The tutor shows how the Children's House records what children choose and avoid."],
                        ["The group discusses what the Code of Practice says about pupil participation."]]),
    ("Points of interest:", "Consulting children about their provision is raised in the discussion that follows, but it is not practised: the Montessori habit is to watch the child rather than to question the child."),
    ("Control of error:", "There is no control of error for this Presentation; it is not assessed."),
])
pres(10, "The Parent Conference", "Second Cycle, Day 6", "Role cards; a recorded parent conference; a parent's letter of complaint", "Tutor, with a headteacher and a parent from the network", [
    ("Direct aim:", "To work with parents and carers as partners: to advise and support them, to share what the school knows and to hear what they know."),
    ("Indirect aim:", "Relationships with children and their families that are fair, respectful and steady when things are difficult."),
    ("Presentation:", [["The parent speaks for twenty minutes about her daughter's years in two schools."],
                        ["In threes, adults play a parent conference from role cards; the third adult observes and gives feedback."],
                        ["Each adult plans a meeting with the parents of a child she teaches."]]),
    ("Control of error:", "For the relationships, the peer feedback in the role play, which is formative only. For the work with parents, Work 2: the adult's record of a real meeting with parents, what was agreed and what followed, is marked."),
])
pres(11, "The Community of Adults", "Second Cycle, Day 6", "A staff meeting plan; coaching conversation cards; a governing body's minutes", "Course Director", [
    ("Direct aim:", "To advise, support and work with colleagues inside and outside the school so that children's needs are met; to win the commitment of the headteacher and senior colleagues; to support colleagues' professional development by observing and giving feedback, modelling, coaching and mentoring, and leading training; and, with senior colleagues and governors, to shape the school's inclusive ethos, policies, priorities and use of resources."),
    ("Presentation:", [["The tutor models a coaching conversation after a lesson observation and the adults practise in pairs."],
                        ["Each adult plans a staff training session for her school and a paper for her headteacher and governors."]]),
    ("Control of error:", "Work 3 is marked on the paper the adult presents to her headteacher and governors and on what they decided; Work 2 holds her marked record of an observation with feedback and of the training session she led."),
])
pres(12, "Agencies and the Wider Community", "Second Cycle, Day 7", "A directory of local services and voluntary organisations; a Common Assessment Framework form", "Tutor, with the educational psychologist", [
    ("Direct aim:", "To know what each outside agency does, how to get specialist help and resources for a child, and how to work with other services and voluntary organisations so that a child's support holds together."),
    ("Presentation:", [["The psychologist and tutor present the local services and how to refer to them."],
                        ["The group works through a Common Assessment Framework case with a visiting family support worker."]]),
    ("Control of error:", "Work 2: a marked account of one piece of joint work with another service or a voluntary organisation for a child in the adult's school."),
])
pres(13, "The Provision Map", "Third Cycle, Day 8", "Participants' own schools' provision maps; costings", "Course Director", [
    ("Direct aim:", "To use provision mapping to plan and manage provision, to cost it, and to find provision that is not working or is missing; and to review, with other staff, whether the school's provision is working."),
    ("Presentation:", [["Each adult brings her school's map and the group looks for gaps and overlaps."],
                        ["The tutor shows how to cost a map and compare the cost with children's progress."],
                        ["Each adult plans a review meeting with her team about one intervention."]]),
    ("Control of error:", "The provision map is the centre of Work 3 and is marked. The review meeting with the team is written up in the Practicum log, which is not marked."),
])
pres(14, "The Adults in the Room", "Third Cycle, Day 9", "Timetables for teaching assistants; job descriptions", "Tutor for the group", [
    ("Direct aim:", "To deploy and manage teaching assistants and other support staff so that children with special educational needs are helped to learn and to become independent."),
    ("Presentation:", [["The tutor shows a Montessori assistant's day and asks what the classroom would lose without her."],
                        ["Each adult redraws her school's support timetable."]]),
    ("Control of error:", "The redrawn timetable is discussed with the tutor; it is not assessed."),
])
pres(15, "Judgement", "Third Cycle, Day 9", "Six short case dilemmas; extracts from research studies", "Course Director", [
    ("Direct aim:", "To foresee problems and solve them, to reach well-founded decisions about provision and to judge soundly; to speak and write clearly and to listen to other views; and to draw on research and outside advice to improve one's own and colleagues' practice."),
    ("Presentation:", [["Groups take a dilemma each, decide, and defend the decision to the room."],
                        ["The tutor presents the research that bears on each dilemma."]]),
    ("Control of error:", "The Viva, a thirty-minute conversation with two tutors in which the adult presents one piece from her Album and answers questions on a dilemma she has not seen; it is marked for judgement and for clarity in speech and in listening. All three Works are marked for clear writing, and Work 1 for its use of research and outside advice."),
])
pres(16, "The Next Plane", "Third Cycle, Day 10", "Graduates' stories; the University's MA prospectus", "Course Director", [
    ("Direct aim:", "To look back on the year and to look ahead."),
    ("Presentation:", [["Two graduates of the Schools Programme talk about what they did next."],
                        ["The adults review their Individual Work Plans for the last time and the group celebrates."]]),
    ("Points of interest:", "Graduates are told about the University's MA in Education, into which the 60 credits may be carried."),
    ("Control of error:", "None; the day is not assessed."),
])

b.p([("i", "End of Volume 1. Volume 2 holds the Work briefs, the marking criteria and the Mentor's Page.")])
b.save(HERE / f"{NAME}.docx")
