"""ii-01-momentum-business-model-canvas

Provider (invented): Momentum, the national charity for children with ADHD and
their families (the Momentum Family Line, a parents' helpline, and the Momentum
Schools Team, which trains school staff), with the University of Hallamford,
which validates and awards the credit. February 2009.

Document kind and layout: the charity's Business Model Canvas for its SENCO
course, as drawn at its "Canvas Day" and written up for its trustees, sent as
the application with a short covering note. A landscape-free canvas table of the
nine blocks (Key Partners, Key Activities, Key Resources, Value Propositions,
Customer Relationships, Channels, Customer Segments, Cost Structure, Revenue
Streams) with vertically and horizontally merged cells and shaded block titles,
then "Behind the canvas": one Heading 2 per block with the charity's notes, then
"The Outcome Ledger", a table of the outcomes in the charity's own words with
merged, shaded group rows and the columns "Built on" (Focus Days FD1-FD8) and
"Proved by" (Tasks T1-T3, or "Log", the Practice Log, which is formative and
not marked). House vocabulary: Focus Days, Between Days, Starting Point,
Case Study of Change, Professional Conversation, Practice Log, Family Line
co-trainers. Header and footer; a text box of "parked" sticky notes; tracked
changes; Word comments.

Traps (requirement ids):
- Credit: "40 credits at Level 6" is a tracked deletion, "60 credits at Level 7
  (masters level)" a tracked insertion; the insertion counts (E.2 met).
- The Value Proposition and aims speak of progress "in learning and behaviour"
  only; well-being and the wider ECM outcomes are absent from the aims, though
  ECM is taught and assessed as content (1.1 partially met; 6.K2 met).
- Pupil voice only heard through a film of young people, not developed as a
  skill; pupils' involvement in their provision only in the formative Practice
  Log (1.5 partially met; 6.S7 partially met).
- Starting Point self-audit held on the first Focus Day, results to the tutor,
  no individual plan (2.2 partially met).
- Assessment-only route considered and "decided against" for the first two
  cohorts; the Revenue Streams cell lists an assessment-only fee marked "not
  offered 2009-10" (2.3 not met).
- Next steps: only a mention that graduates "may wish" to go on to an MA
  (2.5 partially met).
- E-learning "Between Days": the forums are peer-led and "tutors do not post";
  there is no direct tutor support online (3.3 partially met).
- Stakeholders in evaluation only "We would like" (4.3 partially met: parents
  co-train, which is involvement in other aspects).
- CRB: "the employing school's business; we do not ask to see" (someone else's
  responsibility); a comment and the footer claim checks (5.3 not met).
- Placements: the placement day in partner special schools is a tracked
  deletion; specialist expertise remains (5.5 partially met).
- Tutors' roles only in general terms ("know the course well") (5.7 partially met).
- Impact on pupils only hoped for; participants' confidence measured (5.9
  partially met).
- Text box of parked sticky notes (a pupil panel, a tutor handbook): not
  arrangements.
- Outcomes: Log-only outcomes are developed but assessed only formatively
  (6.A3, 6.A7, 6.S7 partially met); taught but not proved (6.K4, 6.S2d
  partially met); the charity's own self-evaluation against a helpline quality
  standard is the wrong self-evaluation (6.K7 not met); national tests left to
  the local authority's data teams (6.S2b not met); "deploy" is about the
  charity's trainers (6.S4 not met). Assessment covers not all outcomes
  (1.9 partially met).
"""
from pathlib import Path
from _ii_helpers import *

HERE = Path(__file__).resolve().parent
NAME = "ii-01-momentum-business-model-canvas"
d = new_doc("Calibri", 10)
header_footer(d, "Momentum | Business Model Canvas: the SENCO Award | For trustees and the TDA panel",
              "Momentum is a registered charity. All participants are CRB checked. Page numbers as printed.")

para(d, "Momentum", bold=True, size=20, color="1F4E79")
para(d, "The national charity for children with ADHD and their families", italic=True)
para(d, "The Momentum SENCO Award: our Business Model Canvas", style="Title")
para(d, "Drawn at Canvas Day, 12 December 2008; written up for the Board of Trustees, January 2009; sent to the TDA with the covering note below, February 2009.", italic=True)

para(d, "Covering note to the approval panel", style="Heading 1")
para(d, "Dear colleagues. Momentum plans its services on a single page, the Business Model Canvas, and our trustees approve nothing that has not been drawn this way. Rather than rewrite it, we send you the canvas for our SENCO course and the notes that sit behind each block, with the Outcome Ledger that our course team and the University of Hallamford agreed. The course is the Momentum SENCO Award, our route to the National Award for SEN Coordination. Where the canvas uses our own words (Focus Days, Between Days, the Practice Log), the notes explain them.")
p = para(d, "The Award is validated by the University of Hallamford, School of Education, which approved it at its validation event on 14 January 2009 and will award the credit. It carries ")
tracked(p, "40 credits at Level 6", "del", "J. Okafor")
tracked(p, "60 credits at Level 7 (masters level)", "ins", "J. Okafor")
p.add_run(", and successful participants receive the University's Postgraduate Certificate in SEN Coordination.")
para(d, "Ruth Delahaye, Director of Family and Schools Services, Momentum")

para(d, "The canvas", style="Heading 1")
para(d, "Read it from the right: who we serve, what we offer them, how we reach them, then what it takes to deliver. The bottom row is the money.", italic=True)

t = d.add_table(rows=3, cols=5)
t.style = "Table Grid"
blocks = {
    (0, 0): ("KEY PARTNERS", ["University of Hallamford (validation, award, library, VLE)",
                              "Six local authorities in three regions (venues, nominations)",
                              "Family Line parents who co-train",
                              "Hallamford CAMHS and two educational psychology services",
                              "Partner special schools"]),
    (0, 1): ("KEY ACTIVITIES", ["Eight Focus Days", "Between Days online units",
                                "Three assessed Tasks", "Second marking and moderation",
                                "Evaluation and the Course Committee"]),
    (1, 1): ("KEY RESOURCES", ["Schools Team tutors", "Family Line call data",
                               "ADHD resource library", "Hallamford library and e-journals",
                               "Assistive technology loan kit"]),
    (0, 2): ("VALUE PROPOSITIONS", ["For SENCOs: the National Award, 60 credits at masters level, from the charity teachers already ring",
                                    "For schools: a SENCO who can lead so that children with ADHD and other SEN make better progress in learning and behaviour",
                                    "For families: a SENCO who works with them, not around them"]),
    (0, 3): ("CUSTOMER RELATIONSHIPS", ["Access Conversation before the course",
                                        "Starting Point self-audit",
                                        "Personal tutor for each participant",
                                        "Choice Day"]),
    (1, 3): ("CHANNELS", ["Focus Days in three regions", "Hallamford Online", "Family Line and Schools Team mailings",
                          "LA SENCO networks"]),
    (0, 4): ("CUSTOMER SEGMENTS", ["Teachers new to the SENCO role (main segment)",
                                   "Headteachers who nominate and release them",
                                   "Local authorities",
                                   "Parents and carers (indirect beneficiaries)",
                                   "Children and young people with SEN (the point of it all)"]),
    (2, 0): ("COST STRUCTURE", ["Tutor time (62%)", "Venues and catering (14%)", "University validation and registration fee (11%)",
                                "Co-trainer fees and expenses (5%)", "Materials and VLE (8%)"]),
    (2, 3): ("REVENUE STREAMS", ["Course fee £1,450 per participant, paid by school or LA",
                                 "Assessment-only fee (not offered 2009-10)",
                                 "Momentum bursary fund (eight places a year)"]),
}
t.cell(0, 0).merge(t.cell(1, 0))
t.cell(0, 2).merge(t.cell(1, 2))
t.cell(0, 4).merge(t.cell(1, 4))
t.cell(2, 0).merge(t.cell(2, 2))
t.cell(2, 3).merge(t.cell(2, 4))
for (r, c), (title, items) in blocks.items():
    cell = t.cell(r, c)
    cell.text = ""
    pr = cell.paragraphs[0]
    rr = pr.add_run(title)
    rr.bold = True
    shade(cell, "DEEAF6")
    for it in items:
        cell.add_paragraph("\u25a1 " + it)

para(d, "")
text_box(d, ["Parked (sticky notes left on the wall at Canvas Day)",
             "Pupil panel to co-deliver a Focus Day? Ask the Young Voices group in spring.",
             "Tutor handbook - someone to draft one.",
             "Could heads sit the Professional Conversation with us? Talk to LAs.",
             "Assessment-only: revisit for 2010-11."], fill="FFF2CC", width_cm=15, height_cm=4.2)

para(d, "Behind the canvas", style="Heading 1")
para(d, "The notes below are the ones the course team wrote for each block after Canvas Day. They are in the order we read the canvas.", italic=True)

# ---- Customer segments
para(d, "Block 1. Customer Segments", style="Heading 2")
para(d, "Our main segment is the teacher who is new to the SENCO role, or about to take it on, in a maintained primary, secondary or special school. In 2007-08 the Family Line took 3,118 calls from parents about school, and in 41% of them the parent said the school's SENCO was new or the post was vacant. Our Schools Team's survey of 212 SENCOs in the six partner authorities (October 2008) found that 68% had been in post for less than two years and that most wanted help with working with parents, with the law and with leading colleagues. These two sources are why the course exists and why it looks the way it does.")
para(d, "Headteachers are a segment in their own right: they nominate, release and, in the end, decide whether the SENCO can lead. Local authorities commission places. Parents and carers, and above all children and young people, are the people the course is for even though they never pay for it.")

# ---- Value propositions
para(d, "Block 2. Value Propositions", style="Heading 2")
para(d, "The aim of the Momentum SENCO Award is that children with ADHD and other special educational needs make better progress in their learning and behaviour because their school has a SENCO who knows what to do and can lead others to do it. Its objectives are that each participant will:")
for b in ["know the law, the Code of Practice and the policies that shape SEN provision, and put them into practice in their school;",
          "identify needs early, plan provision and review its effect on pupils' progress;",
          "lead colleagues, and work with parents and other services, so that provision is consistent;",
          "show, through a Case Study of Change in their own school, that their practice has changed and pupils have gained."]:
    para(d, b, style="List Bullet")
para(d, "The value to schools is a SENCO with the National Award and a piece of improvement work already done in their own school. The value to families is harder to price but is the reason a parents' charity is doing this at all: parents ring the Family Line because the school did not listen, and we want SENCOs who do.")

# ---- Channels
para(d, "Block 3. Channels", style="Heading 2")
para(d, "The course is taught on eight Focus Days, each a full day from 9.30 to 3.30, held in three regions (North at Hallamford, Midlands at Ashby Vale, South at Kenbury). A participant may take any Focus Day in any region, so a day missed in one region can be made up in another in the same term. There are two starts a year, in September and in January, and the order of Focus Days 2 to 7 can be varied to suit a participant who joins at the January start. Most participants complete in one year part time; the University's regulations allow up to two years.")
para(d, "Between Days, participants work on the University's virtual learning environment, Hallamford Online, where each Focus Day has a short online unit of readings, a recorded talk and a task to try in school. Each unit has a discussion forum. The forums are peer-led: tutors do not post in the forums, and participants who need their tutor use the Focus Days. The unit materials and the Tasks are submitted through Hallamford Online, and the University's e-journals are available from it.")
para(d, "We reach participants through the Schools Team's mailings to schools, the Family Line newsletter and the SENCO networks of the six partner authorities.")

# ---- Customer relationships
para(d, "Block 4. Customer Relationships", style="Heading 2")
para(d, "Before the course. Every applicant sends an application form with a supporting letter from the headteacher, who confirms that the applicant is a qualified teacher who holds or will take up the SENCO role and that the school will release them for the eight Focus Days. The Head of Schools Training reads every application and holds a telephone interview with any applicant who has not worked in SEN before. Where an applicant is not yet ready, we tell them in writing what they need to do first (usually a term shadowing the current SENCO or our one-day Introduction to SEN) and we ring the headteacher to agree it; the place is held for the next start.")
para(d, "Every applicant is offered an Access Conversation with the course administrator before the first Focus Day. It asks about any disability, including ADHD and dyslexia, which many of our applicants tell us they have, and agrees the adjustments: handouts in advance and in large print or electronic form, a quiet room, breaks, a named contact on the day, and up to two weeks' extra time on any Task, which the University's disability service confirms. All three venues have level access, hearing loops and accessible toilets. Our promotional leaflet and application form say plainly that we welcome disabled applicants and how to ask for adjustments, and the Task briefs are checked by the University's disability service so that no Task disadvantages a disabled participant.")
p = para(d, "Enhanced CRB disclosures are the employing school's business, as the school employs the participant; we do not ask to see them.")
comment(d, p, "Not right - we do check CRB numbers at interview now. Ruth to confirm wording.", "Sam Pell (Schools Team)", "SP")
para(d, "Starting Point. On the first Focus Day each participant completes the Starting Point, a self-audit in which they rate themselves against the outcomes in the Outcome Ledger on a four-point scale. Their tutor keeps a copy, and the group's results help the tutors decide where to spend time on later Focus Days.")
para(d, "Credit for prior learning. Participants who hold the University of Hallamford's Certificate in ADHD and Learning, or a comparable Level 7 module from another university, may claim up to 20 credits under the University's Accreditation of Prior Learning regulations; those with substantial experience may claim credit for experiential learning by a portfolio mapped to the Outcome Ledger, assessed by two tutors. A participant with credit is exempted from Task 1 and the Focus Days it rests on, but still takes Tasks 2 and 3.")
para(d, "Assessment-only route. We have considered an assessment-only route for experienced SENCOs and decided against it for the first two cohorts, because the Professional Conversation rests on the Case Study of Change, which needs a year in school.")
para(d, "Choice Day. Focus Day 5 offers four workshops in the afternoon and participants choose two according to their Starting Point; personal tutors also agree with each participant which setting and which pupils their Case Study of Change will address, so the main Task fits their own school.")
para(d, "At the end. Graduates may wish to continue to the University's MA in Inclusive Education, to which the Award's 60 credits count.")

# ---- Key activities
para(d, "Block 5. Key Activities", style="Heading 2")
para(d, "The eight Focus Days are:")
fd = table(d, [["Focus Day", "What it is about"],
               ["FD1 Starting Point", "The SENCO's role; the SEN Code of Practice 2001, the Disability Discrimination Act as amended in 2005 and the disability equality duty; Every Child Matters and the five outcomes; Removing Barriers to Achievement; the Starting Point self-audit."],
               ["FD2 Understanding the Child", "How children develop and what gets in the way; the common types of SEN (behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders, moderate learning difficulties) and ADHD; the NICE guideline on ADHD (2008); a film of the Young Voices group talking about school."],
               ["FD3 Knowing the Pupil", "Identifying needs through observation and data; setting targets; using reports from educational psychologists, speech and language therapists and CAMHS; helping colleagues use formative assessment with pupils with SEN; access arrangements for tests and examinations."],
               ["FD4 Families First", "Led with two Family Line co-trainers, parents of children with ADHD: what parents tell the Family Line, building respectful relationships, difficult meetings, parents' evenings and annual reviews."],
               ["FD5 Provision That Works (Choice Day)", "Provision mapping and management; approaches and resources including ICT and assistive technology; what research and inspection say works, including Ofsted's Inclusion: does it matter where pupils are taught? (2006) and the evidence on interventions for reading and behaviour; afternoon workshops."],
               ["FD6 Leading Colleagues", "Working with the headteacher and governors on policy and priorities; winning commitment; coaching and mentoring teaching assistants and teachers; observing and giving feedback; running training; reviewing provision with colleagues."],
               ["FD7 Beyond the School Gate", "Educational psychology, CAMHS, speech and language therapy, social care and voluntary organisations; making referrals; the Common Assessment Framework and the lead professional; a CAMHS clinician and an educational psychologist co-teach."],
               ["FD8 Home Straight", "Presenting the Case Study of Change; preparing for the Professional Conversation; managing the role and its time."]],
           widths=[4, 12])
para(d, "")
para(d, "The three Tasks are the Award's assessment:")
para(d, "Task 1, the Policy Review (3,000 words, 15 credits): the participant reviews their school's SEN policy and practice against the Code of Practice, the disability equality duty and Every Child Matters, and writes recommendations for the headteacher and governors.", style="List Number")
para(d, "Task 2, the Case Study of Change (6,000 words, 30 credits): the participant identifies a group of pupils, sets targets, plans and leads an intervention with colleagues, involves the pupils' parents, draws on the advice of other professionals, and reviews the effect with colleagues, using baseline and follow-up measures of the pupils' progress. It is carried out in the participant's own school over two terms.", style="List Number")
para(d, "Task 3, the Professional Conversation (40 minutes, 15 credits): an oral assessment with two tutors in which the participant presents the Case Study of Change and answers questions on how they led colleagues, coached staff and worked with parents and agencies.", style="List Number")
para(d, "Alongside the Tasks, each participant keeps a Practice Log of what they tried Between Days, their reflections and their own plans for development. Tutors read the Log on Focus Days and comment on it. The Log is formative: it is not marked and carries no credit.")
para(d, "To pass the Award a participant must pass all three Tasks; a Task that is failed may be resubmitted once. There is no compensation between Tasks. At the Professional Conversation the two tutors complete the participant's Outcome Record, and the Award is made only when the Record shows every outcome in the Outcome Ledger that is marked for T1, T2 or T3 as achieved.")
para(d, "All Tasks are marked by the personal tutor and second-marked by another tutor for a 20% sample and for every fail and distinction. The University's moderator samples each Task, and the University's external examiner for the PGCert sees a sample from each cohort and attends the Examination Board. Tutors meet for a standardisation morning before each Task is marked, with marked examples.")
p = para(d, "Every participant also spends a placement day in one of our partner special schools during the spring term.")
p.runs[0].text = ""
tracked(p, "Every participant also spends a placement day in one of our partner special schools during the spring term.", "del", "R. Delahaye")

# ---- Key resources
para(d, "Block 6. Key Resources", style="Heading 2")
para(d, "Our tutors are the Schools Team's four senior trainers. Dr Helen Marsh (programme leader) was a SENCO for nine years and holds an EdD on the inclusion of pupils with ADHD; Anil Chowdhury was an LA advisory teacher for behaviour and holds the MA in SEN; Carys Lloyd is a former head of a special school; Tom Reddy is a specialist teacher for SpLD with the OCR Diploma. All four train school staff every week and keep their own practice current through our clinical advisory panel and the University's research seminars. University of Hallamford staff in the School of Education teach on FD5 and act as moderators. Family Line co-trainers are parents of children with ADHD who have taken our co-trainer course.")
para(d, "Participants have access to the Momentum resource library of books, assessment materials and DVDs on ADHD and other SEN, to the University library and its e-journals, and to the Schools Team's assistive technology loan kit (text-to-speech and mind-mapping software, recording pens, visual timers), which participants borrow for use in school. Specialists from Hallamford CAMHS and the two partner educational psychology services co-teach FD2 and FD7.")
para(d, "Tutors know the course well, and the programme leader makes sure each knows what is expected of them.")

# ---- Key partners
para(d, "Block 7. Key Partners", style="Heading 2")
para(d, "The University of Hallamford validates the Award, registers participants, provides Hallamford Online and the library, moderates and appoints the external examiner. The six partner authorities host the Focus Days and nominate participants. Family Line parents co-train on FD4. CAMHS and the educational psychology services co-teach.")
para(d, "Stakeholders have shaped the course already. Because Family Line callers said again and again that schools did not involve them, Families First became a whole Focus Day and the Case Study of Change must involve the pupils' parents. Because the SENCO survey put leading colleagues high, FD6 was added in place of a second day on identification. The six authorities asked for regional venues and a January start, and both are in the course. The Course Committee (the programme leader, the tutors and a University representative) meets each term to run the course.")
para(d, "We would like local authorities and headteachers to join an evaluation group in time, once the first cohort has finished.")

# ---- Cost and revenue
para(d, "Block 8. Cost Structure", style="Heading 2")
para(d, "The course costs us £1,390 a participant at 24 participants a region, against a fee of £1,450; tutor time is the largest cost. By teaching in the partner authorities' own centres we pay venue costs well below hotel rates, and the online units mean Focus Days are spent on what needs a room. The fee compares with £1,800 to £2,400 for university SENCO certificates in the region.")
para(d, "Block 9. Revenue Streams", style="Heading 2")
para(d, "Schools or authorities pay the fee. The Momentum bursary fund pays for eight places a year for SENCOs in small schools. There is no assessment-only fee in 2009-10.")

# ---- Quality
para(d, "How we will know it works (the canvas's missing block)", style="Heading 1")
para(d, "Canvas Day agreed that the canvas has no box for quality, so we added this note.")
para(d, "We collect a written evaluation at the end of every Focus Day and an online evaluation of each unit; tutors meet after each Focus Day to review them. The Course Committee reads the evaluations, the Task results and the external examiner's report each term and decides what changes; the University's annual monitoring report records the changes and the reasons for them. The external examiner and the University's moderator are our external view.")
para(d, "Participants repeat the Starting Point self-audit at FD8, and we compare the two to measure how much their confidence and competence against the outcomes have grown. We hope that the Case Studies of Change will show that pupils do better, and we expect to see fewer calls to the Family Line from parents in participants' schools over time.")
para(d, "Momentum itself completes an annual self-evaluation against the Helplines Association quality standard for the Family Line, and the Schools Team is part of that review.")
para(d, "The Schools Team deploys its trainers across the three regions according to demand, and each trainer is managed by the programme leader.")

# ---- Outcome ledger
para(d, "The Outcome Ledger", style="Heading 1")
para(d, "The ledger puts each outcome in our own words, says which Focus Day builds it and which Task proves it. \"Log\" means the Practice Log, which is read by tutors but not marked.", italic=True)
rows = [["Our ref", "The SENCO can ...", "Built on", "Proved by"]]
groups = [
    ("ATTRIBUTES", [
        ("L1", "build fair, respectful and constructive relationships with pupils with SEN and with their parents", "FD4", "T2"),
        ("L2", "win the commitment of colleagues, the headteacher and senior leaders", "FD6", "T3"),
        ("L3", "prioritise, manage their time and delegate sensibly", "FD8", "Log"),
        ("L4", "anticipate and solve problems and make sound decisions about provision", "FD5, FD6", "T2"),
        ("L5", "speak and write clearly and listen to other points of view", "all", "T1, T3"),
        ("L6", "use research and outside advice to improve their own and colleagues' practice", "FD5", "T2"),
        ("L7", "keep up to date and own their professional development", "FD8", "Log"),
    ]),
    ("KNOWLEDGE", [
        ("L8", "know the law and guidance on SEN, including the Code of Practice, and how to apply it", "FD1", "T1"),
        ("L9", "know Every Child Matters and the SENCO's part in the five outcomes", "FD1", "T1"),
        ("L10", "know disability equality law and the duties it places on the school", "FD1", "T1"),
        ("L11", "know how children develop and what affects development", "FD2", "-"),
        ("L12", "know the common types of SEN, including ADHD, and how they affect learning", "FD2", "T2"),
        ("L13", "judge approaches, strategies and resources, including ICT, for assessment, planning and teaching", "FD5", "T2"),
        ("L14", "know best practice and research on meeting SEN", "FD5", "T2"),
        ("L15", "know what other services do and how to get their help", "FD7", "T2"),
    ]),
    ("SKILLS", [
        ("L16", "advise the headteacher and governors on inclusive policy, priorities and resources", "FD6", "T1"),
        ("L17", "identify pupils with SEN, set targets, plan interventions and review progress", "FD3", "T2"),
        ("L18", "use other professionals' assessments to shape teaching", "FD3, FD7", "T2"),
        ("L19", "help other teachers to develop formative assessment for pupils with SEN", "FD3", "T3"),
        ("L20", "spot in good time the access arrangements pupils need for tests and examinations", "FD3", "-"),
        ("L21", "use provision mapping and spot provision that is missing or not working", "FD5", "T2"),
        ("L22", "support colleagues' development by observation, feedback, coaching and training", "FD6", "T3"),
        ("L23", "review provision with colleagues", "FD6", "T2"),
        ("L24", "involve pupils in planning and reviewing their provision", "FD2", "Log"),
        ("L25", "work with parents and carers to help their children learn", "FD4", "T2"),
        ("L26", "work with other services and voluntary organisations", "FD7", "T2"),
    ]),
]
layout = []
for g, items in groups:
    layout.append(("G", g))
    rows.append(["", "", "", ""])
    for it in items:
        layout.append(("R", it))
        rows.append(list(it))
lt = table(d, rows, widths=[1.5, 10, 2.5, 2.5])
for i, (k, v) in enumerate(layout, start=1):
    if k == "G":
        merge_row(lt, i, v, fill="BDD7EE")
para(d, "")
para(d, "National tests and summative data are outside this Award: the local authorities' data teams cover them in their own training for SENCOs.")
para(d, "Approved by the Board of Trustees, 27 January 2009.", italic=True)

d.save(HERE / f"{NAME}.docx")
