"""me-02-kersey-street-trunk-show-itinerary

Provider (invented): Kersey Street Tailoring Academy, the teaching room of the
tailors' houses of Kersey Street, Harbrough (Dunmore & Quill, cutters; Ferrier &
Sons, coat-makers; Ollerenshaw's, trouser-makers), applying with the University
of Harbrough to run the 2008-09 National Award for SEN Coordination.

Document kind and layout: the houses' travelling cutters tour the county each
winter with trunks of cloth, and the Academy sends its application as its trunk
show Itinerary and Appointment Book for "The Winter Journey": a covering letter
from the Head Cutter, then Heading 1 / Heading 2 sections in the house's own
vocabulary (Stops, the Measure, the Journal, the Made-up Pieces, the Cloth Book,
the Forward Order, Travelling Parties). An itinerary table whose Stop cells are
merged vertically over the two towns where each Stop is held, with shaded
rows; a text box "What to bring to your first appointment"; the Cloth Book (the
outcome table, "Shown at | Made up in | Status") whose status values are defined
in numbered notes BELOW the table; an appointment grid with "[time to be
confirmed]" placeholders; a placeholder for the credit value; header and footer.
Tracked changes: a whole deleted paragraph (the "Sample Garment" assessment-only
route) and a whole inserted paragraph (the CRB check). Two Word comments.

Traps (requirement ids):
- Credits left as a placeholder "[40 or 60 credits: University to confirm]";
  the level (Master's) is stated (E.2 partially_met). Validation by the
  University is stated (E.1 met).
- Aim is attainment only: "faster progress in reading, writing and mathematics";
  well-being and the Every Child Matters outcomes are not named anywhere (1.1
  partially_met); the Cloth Book has no line for Every Child Matters (6.K2
  not_met).
- Keeping up to date only in general terms, "as a good cutter keeps abreast",
  no research or inspection evidence named (1.3 partially_met).
- Parents: the parents' evening at each Stop is a past arrangement, "That
  evening has been dropped"; what is left is a reminder (1.7 partially_met);
  Cloth Book line S8 "Shown only" (6.S8 partially_met).
- The Measure is a self-assessment against the outcomes, but "Everyone then
  follows the same Journey": no individual plan or personalised outcomes (2.2
  partially_met), and provision is not tailored to individuals (2.4
  partially_met).
- Prior learning accredited through the University's process, up to 20 credits
  (2.1 met).
- The "Sample Garment" assessment-only route exists only in a deleted
  paragraph (2.3 not_met); the comment explaining its removal is not evidence.
- The CRB check exists only in an inserted paragraph, which is part of the
  submission (5.3 met).
- Staff: the leader is "an experienced former SENCO", and the cutters' five-year
  tailoring apprenticeship is the right words about the wrong thing (5.4
  partially_met).
- Host schools only lend rooms: "customers do not work in them"; the only
  placements described are the University's PGCE trainees' under "Our
  travelling companions", another programme's arrangement (5.5 not_met).
- Host-school mentors only "will receive a letter" about the Journey; no
  arrangement for markers' or mentors' roles or training (5.7 partially_met).
- The Award is made on passing the four Pieces, which do not mark every outcome
  (6.0 partially_met; 1.9 partially_met).
- Cloth Book notes below the table: "Made up" = shown and marked; "Shown
  only" = not marked (6.A5, 6.S6, 6.S8 partially_met); "By post" = marked
  but taught at no Stop (6.K9 partially_met); "Sold out this season" = not
  offered (6.S2b not_met). No line for Every Child Matters (6.K2 not_met).
- e-learning (the Journal) with tutor replies, peer Travelling Parties, support
  between Stops and ICT links to schools (3.3 met).
- Header/footer carry no evidence.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _me_helpers import (new_doc, para, runs, table, merge, shade, set_cell, ins_para, del_para,
                         textbox, header_footer, comment)

HERE = Path(__file__).parent
NAME = "me-02-kersey-street-trunk-show-itinerary"
d = new_doc(font="Garamond", size=11)
header_footer(d, "KERSEY STREET TAILORING ACADEMY \u2014 THE WINTER JOURNEY 2009\u201310 \u2014 Itinerary and Appointment Book",
              "Dunmore & Quill \u00b7 Ferrier & Sons \u00b7 Ollerenshaw's \u2014 22 Kersey Street, Harbrough \u2014 Appointments by letter or telephone")

para(d, "The Winter Journey 2009\u201310", style="Title")
para(d, "Itinerary and Appointment Book of the Kersey Street Tailoring Academy, travelling with the University of Harbrough", italic=True)
para(d, "Submitted to the Training and Development Agency for Schools as our application for approval to provide the National Award for SEN Coordination", italic=True, size=10)

d.add_heading("A letter from the Head Cutter", level=1)
para(d, "Dear Colleagues at the TDA,")
para(d, "For ninety winters the cutters of Kersey Street have packed their trunks in October and gone out on the Journey: a fortnight here, a week there, in hired rooms and hotel parlours across the county, so that customers who cannot come to Harbrough can be measured and fitted near home. When the Academy began to teach teachers, ten years ago, we kept the habit. Our courses travel to the schools rather than asking the schools to travel to us, and the book you are holding is the book we send to every customer before a Journey begins. We have not rewritten it as a form. We think you will learn more about our course from the book our customers actually receive.")
para(d, "The Journey has one aim: that pupils with SEN in our customers' schools make faster progress in reading, writing and mathematics. Every Stop is planned with that in view, and every Made-up Piece asks the customer to show the progress their pupils have made.")
para(d, "With good wishes from the Street,")
para(d, "Imelda Ferrier, Head Cutter", bold=True)

d.add_heading("About the Journey", level=1)
para(d, "The Winter Journey is a postgraduate course for teachers who lead, or are about to lead, the coordination of provision for pupils with special educational needs in a school. It is validated by the University of Harbrough, whose Faculty of Education approved it at a validation event on 2 December 2008, and successful customers receive the University's Postgraduate Certificate in Special Educational Needs Coordination. The course is set at Master's level and carries [40 or 60 credits: University to confirm]. Customers are enrolled students of the University from their first Stop.")
para(d, "The Journey is made up of six Stops (taught days, each held in two towns), the Journal (our on-line workroom, used between Stops), and four Made-up Pieces (the assessed work). It runs over three school terms, part time.")

d.add_heading("Who may travel", level=1)
para(d, "A place on the Journey is offered only after the Counting House has received three things: the customer's application, showing Qualified Teacher Status and at least two years' teaching; a letter from the headteacher confirming that the customer is or will be the school's SENCO and that the school will release them for the Stops; and a completed Entry Measure, a short written account of how the customer's school currently identifies and supports pupils with SEN. A cutter reads the Entry Measure and telephones the customer. Where the account shows that the customer does not yet know enough of the school's provision to meet the outcomes in a year, the cutter writes to the customer and the headteacher with advice on what to do first, and offers a place on the following Journey.")
ins_para(d, "Before a place is confirmed the Counting House sees each customer's current enhanced disclosure from the Criminal Records Bureau, records its number and date, and checks with the headteacher that the customer is not barred from working with children and that there have been no concerns about their conduct. A customer whose disclosure is more than three years old is asked to apply for a new one before the first Stop.", author="Harriet Quill", date="2008-12-04T09:30:00Z")
textbox(d, [("What to bring to your first appointment", True),
            ("Your Measure sheet, completed in pencil.", False),
            ("Your school's SEN policy and its most recent provision map, if it has one.", False),
            ("Any certificates of earlier study you wish us to consider.", False),
            ("Comfortable shoes: host schools are large.", False)], height_pt=95)

d.add_heading("The Measure", level=1)
para(d, "At the first Stop each customer completes the Measure, a self-assessment against every one of the national outcomes for SENCOs, rating themselves on a four-point scale with a line of evidence for each. The cutter reads the Measure with the customer in a fifteen-minute appointment. Everyone then follows the same Journey; the Measure is kept on file and filled in again at the sixth Stop, so that customer and cutter can see how far they have come.")
p_rpl = para(d, "Customers who have studied before may ask the University to recognise it. A customer with earlier postgraduate credit in special educational needs, or with substantial experience they can evidence, submits a claim through the University's Recognition of Prior Learning procedure, with a portfolio mapped to the outcomes; the University's RPL panel may award up to 20 credits and excuse the matching Made-up Piece.")
p_del = del_para(d, "The Sample Garment. In exceptional cases an experienced SENCO or a teacher from a support service who already meets the outcomes may take the Sample Garment route: no Stops, but a portfolio and a professional conversation with the Final Panel against every outcome, at a fee of \u00a3450.", author="Harriet Quill", date="2008-12-04T09:34:00Z")
comment(d, p_rpl, "Sample Garment paragraph below taken out: the University will not convene a panel for a single candidate this year.", author="Harriet Quill", initials="HQ")

d.add_heading("The Itinerary", level=1)
para(d, "Each Stop is held twice, in two towns a week apart. A customer may attend either, and need not attend the same town each time.")
it_rows = [
    ["Stop", "Dates", "Town and host school", "What is shown"],
    ["1", "Tue 13 Oct 2009", "Harbrough: Kersey Street (the Academy)", "The Measure; the law and the Code"],
    [None, "Tue 20 Oct 2009", "Wellingfold: St Cuthbert's CE Primary", None],
    ["2", "Thu 26 Nov 2009", "Marlow Cross: Marlow Cross High School", "Kinds of need; the pupil's voice"],
    [None, "Thu 3 Dec 2009", "Harbrough: Kersey Street (the Academy)", None],
    ["3", "Wed 20 Jan 2010", "Wellingfold: Wellingfold Community College", "Identifying and planning; working with colleagues"],
    [None, "Wed 27 Jan 2010", "Thorne Bridge: Thorne Bridge Junior School", None],
    ["4", "Tue 9 Mar 2010", "Harbrough: Kersey Street (the Academy)", "Provision mapping; partnership"],
    [None, "Tue 16 Mar 2010", "Marlow Cross: Marlow Cross High School", None],
    ["5", "Thu 6 May 2010", "Thorne Bridge: Thorne Bridge Junior School", "Leading the workroom"],
    [None, "Thu 13 May 2010", "Wellingfold: St Cuthbert's CE Primary", None],
    ["6", "Tue 29 Jun 2010", "Harbrough: Kersey Street (the Academy)", "Final Fitting; the Forward Order"],
    [None, "Tue 6 Jul 2010", "Harbrough: Kersey Street (the Academy)", None],
]
it = table(d, it_rows, widths=[1.3, 3.2, 6.5, 6], size=9)
for r in range(1, 13, 2):
    merge(it, r, 0, r + 1, 0, it_rows[r][0], bold=True, fill="EDE4D0")
    merge(it, r, 3, r + 1, 3, it_rows[r][3])
para(d, "The February Journey follows the same Stops from 23 February 2010, ending in January 2011.", italic=True, size=9.5)

d.add_heading("At each Stop", level=1)
para(d, "Every Stop runs from nine until half past three. The morning is taught by a travelling cutter; the afternoon is a workshop in which customers apply the morning's content to their own school, and a Journey Task is set to be done at school before the next Stop. Host schools lend us a hall and a classroom for the day; customers do not work in them.")
stops = [
    ("Stop 1: The Measure, the Law and the Code", "The Education Act 1996 and the SEN and Disability Act 2001; the SEN Code of Practice (2001), its graduated response, and what it requires of the school, the governors, the SENCO and the class teacher; the government's strategy Removing Barriers to Achievement and the Inclusion Development Programme; the Disability Discrimination Act and the school's duties to disabled pupils, including the disability equality scheme and accessibility planning. Journey Task 1: audit the school's SEN policy and accessibility plan against the law and report to the headteacher."),
    ("Stop 2: Kinds of Need and the Pupil's Voice", "The common kinds of special educational need and disability (behavioural, emotional and social difficulties; specific learning difficulties and dyslexia; speech, language and communication needs; autistic spectrum disorders; moderate learning difficulties) and how they affect learning; how children develop and how need and environment affect development. The afternoon is given to consulting pupils: customers practise interviewing techniques, drawing and rating tools, and ways of involving pupils in setting and reviewing their own targets. Journey Task 2: hold structured conversations with three pupils about their provision and change one thing as a result."),
    ("Stop 3: Identifying, Planning and Working with Colleagues", "Identifying pupils who may have SEN from observation, data and assessment; setting challenging targets and planning interventions; reviewing progress; using assessments from other professionals; encouraging colleagues' formative assessment for pupils with SEN; arranging access arrangements for national tests and examinations in good time; liaising with parents and carers about their child's provision; and expressing oneself clearly in speech and writing and listening to others' views. Customers practise advising a class teacher, supporting a teaching assistant and collaborating with a colleague in another school, using cases brought from their own schools. Journey Task 3: carry out an intervention with a small group, with measures taken before and after."),
    ("Stop 4: Provision Mapping and Partnership", "Provision mapping and management and finding gaps; reviewing provision with colleagues; working in partnership with other services and voluntary organisations on a shared map of provision. Journey Task 4: map provision for one key stage."),
    ("Stop 5: Leading the Workroom", "Working with senior colleagues and governors on inclusive policy, priorities and resources; winning the headteacher's commitment; deploying and managing support staff; prioritising, managing time and delegating; self-evaluation and improvement; coaching, mentoring and training colleagues; using research and external advice; anticipating problems and making sound decisions on provision; approaches, strategies and resources, including ICT. Journey Task 5: lead a training session for colleagues."),
    ("Stop 6: Final Fitting and the Forward Order", "The Final Panel (see the Made-up Pieces), and the Forward Order (see below)."),
]
for h, body in stops:
    d.add_heading(h, level=2)
    para(d, body)
para(d, "The Journey Tasks are how the course works in the customer's own school. Each is done between Stops, written up in the customer's Journey Book, and discussed at the next Stop: what the customer did, what changed in the school's practice and what difference it made to the pupils. Four of them become Made-up Pieces.")
para(d, "Our cutters keep abreast of the latest thinking in SEN, as a good cutter keeps abreast of the cloth merchants' new lines, and the reading for each Stop is refreshed every Journey.")

d.add_heading("Parents", level=2)
para(d, "Until last winter each Stop ended with an evening for parents at the host school, at which customers practised explaining provision to families and heard parents' views. That evening has been dropped, as host schools found it hard to staff. Customers are reminded at each Stop to keep parents informed of what the school is doing for their child.")

d.add_heading("Between Stops: the Journal", level=1)
para(d, "The Journal is the Journey's on-line workroom, on the University's Moodle. It holds each Stop's slides, reading and Journey Task sheet, and a discussion room for each Travelling Party, a group of five customers from nearby schools who read and comment on one another's Journey Tasks. A cutter answers every question posted in the Journal within two working days, and holds a one-hour on-line tutorial for each Travelling Party in the fortnight between Stops. Customers submit their Made-up Pieces through the Journal, and cutters return feedback there. Headteachers are sent an e-mail after each Stop telling them what their customer has covered and what the next Journey Task asks of the school, and the cutters and markers use a closed room of the Journal to share marking and plan Stops.")

d.add_heading("The Made-up Pieces", level=1)
table(d, [
    ["Piece", "What is made", "Length", "Due"],
    ["Piece 1: The Pupil Portrait", "A study of one pupil: the assessments of other professionals, the support of outside agencies, the targets, the plan and the review", "3,000 words", "After Stop 3"],
    ["Piece 2: The Provision Map", "A map of provision for a key stage, with the customer's judgements on what is missing or not working and the changes agreed with the headteacher", "3,000 words", "After Stop 4"],
    ["Piece 3: The Pupil Gains", "The report of Journey Task 3: the intervention, the baseline and follow-up measures, and what they show", "3,000 words", "After Stop 5"],
    ["Piece 4: The Final Fitting", "A portfolio of the Journey Book and a professional conversation with the Final Panel (a cutter, a University tutor and a host headteacher) on leadership, colleagues and the customer's own development", "40 minutes", "Stop 6"],
], widths=[4, 8.5, 2, 2.5])
para(d, "Every Piece is marked against the cloths named for it in the Cloth Book, at Master's level, by the cutter and a second marker who has not taught the customer. All four Pieces are moderated at a meeting of the markers after each deadline, and the University's external examiner reviews a sample of every Piece, with all borderline and failed work, before the University's Board of Examiners confirms the marks.")

d.add_heading("The Cloth Book", level=1)
para(d, "The Cloth Book lists the season's cloths, the national outcomes in our words, and where each is shown and made up.")
cb = [
    ["No.", "Cloth", "Shown at", "Made up in", "Status"],
    ["A1", "Fair and constructive relationships with pupils with SEN and their families", "Stop 2", "Piece 1", "Made up"],
    ["A2", "The commitment of colleagues, the headteacher and senior leaders", "Stop 5", "Piece 4", "Made up"],
    ["A3", "Priorities, time and delegation", "Stop 5", "Piece 4", "Made up"],
    ["A4", "Anticipating problems; sound decisions on provision", "Stop 5", "Piece 2", "Made up"],
    ["A5", "Clear speech and writing; listening to others", "Stop 3", "-", "Shown only"],
    ["A6", "Research and external advice to improve practice", "Stop 5", "Piece 3", "Made up"],
    ["A7", "Keeping up to date; one's own CPD", "Stop 6", "Piece 4", "Made up"],
    ["K1", "SEN law, guidance and the Code of Practice", "Stop 1", "Piece 1", "Made up"],
    ["K3", "Disability equality law and what it requires", "Stop 1", "Piece 2", "Made up"],
    ["K4", "Child development and what affects it", "Stop 2", "Piece 1", "Made up"],
    ["K5", "The common kinds of SEN and disability", "Stop 2", "Piece 1", "Made up"],
    ["K6", "Approaches, strategies and resources, including ICT", "Stop 5", "Piece 3", "Made up"],
    ["K7", "Self-evaluation and improvement for SEN outcomes", "Stop 5", "Piece 2", "Made up"],
    ["K8", "Best practice and research in SEN", "Stop 5", "Piece 3", "Made up"],
    ["K9", "Outside agencies and specialist support", "By post", "Piece 1", "Made up"],
    ["S1", "Strategic influence with senior colleagues and governors", "Stop 5", "Piece 2", "Made up"],
    ["S2", "Identifying pupils, targets, interventions, review", "Stop 3", "Piece 3", "Made up"],
    ["S2a", "Other professionals' assessments", "Stop 3", "Piece 1", "Made up"],
    ["S2b", "Summative assessment and national tests to track progress", "-", "-", "Sold out this season"],
    ["S2c", "Colleagues' formative assessment", "Stop 3", "Piece 3", "Made up"],
    ["S2d", "Access arrangements for tests and examinations", "Stop 3", "Piece 1", "Made up"],
    ["S3", "Provision mapping and management", "Stop 4", "Piece 2", "Made up"],
    ["S4", "Deploying and managing staff", "Stop 5", "Piece 2", "Made up"],
    ["S5", "Colleagues' professional development", "Stop 5", "Piece 4", "Made up"],
    ["S6", "Reviewing provision with staff for self-evaluation", "Stop 4", "-", "Shown only"],
    ["S7", "Pupils involved in planning and reviewing provision", "Stop 2", "Piece 1", "Made up"],
    ["S8", "Liaising with parents and carers", "Stop 3", "-", "Shown only"],
    ["S9", "Partnership with other services and voluntary bodies", "Stop 4", "Piece 1", "Made up"],
]
cbt = table(d, cb, widths=[1.3, 8.2, 2.2, 2.4, 2.9], size=9, head_fill="EDE4D0")
for i in range(1, len(cb)):
    if cb[i][4] != "Made up":
        shade(cbt.cell(i, 4), "F2F2F2")
para(d, "Notes to the Cloth Book", bold=True, size=10)
for n in ["1. Made up: the cloth is shown at the Stop named and made up into the Piece named, and that Piece is marked against it.",
          "2. Shown only: the cloth is shown and handled at the Stop named, but it is not made up into any Piece and is not marked.",
          "3. By post: no Stop shows the cloth; the customer is sent the reading by post and it is marked in the Piece named.",
          "4. Sold out this season: the cloth is not offered on this Journey."]:
    para(d, n, size=10)

d.add_heading("Fair access", level=1)
para(d, "The Academy and the University meet their duties under the Disability Discrimination Act 1995 as amended, the Race Relations (Amendment) Act 2000 and the Equality Act 2006. The application form invites customers to tell us in confidence of any disability or need, and a cutter then agrees the adjustments with the customer and the University's disability adviser before the first Stop. All host schools have level access and accessible lavatories; we use a portable hearing loop at every Stop; reading is provided in large print or electronic form on request; extra time and rest breaks are allowed for the Final Fitting; and deadlines may be extended for customers whose disability or caring responsibilities require it. Our Equal Opportunities Policy is reviewed every year by the University.")

d.add_heading("Choosing your route", level=1)
para(d, "There are two Journeys each year, one starting in October and one in February, and each Stop is held in two towns. A customer may move from one Journey to the other at any Stop, may take the Journey over two years instead of one, and may do the Journey Tasks at their own pace between Stops through the Journal.")

d.add_heading("Who we asked, and what changed", level=1)
para(d, "In preparing the Journey we sent a questionnaire to every school in the county (212 schools, 118 replies), met the county's SEN team and its Parent Partnership Service, and held a focus group of eleven SENCOs who had taken our earlier course. Schools asked above all that the course come to them and that days fall early in the week; the SEN team asked that provision mapping have a Stop of its own; former customers asked for more time working with other SENCOs between days. As a result the Stops are held in four towns on Tuesdays to Thursdays, Stop 4 was given to provision mapping, and the Travelling Parties were set up.")
para(d, "Host headteachers sit on the Final Panel and the county's SEN adviser is a member of the Journey Board, which meets each term. The Board reads the customers' evaluations and the Final Panel's report at the end of each Journey, and a sample of headteachers are interviewed each summer about the difference the course has made in their school; their views are written into the Board's annual report.")

d.add_heading("The travelling cutters", level=1)
p_staff = para(d, "The Journey is led by Mrs Imelda Ferrier, an experienced former SENCO. Every cutter on the Journey has served the full five-year apprenticeship of the Street and holds the Street's own cutting certificate, and the University provides a tutor for each Final Panel.")
comment(d, p_staff, "CVs to follow?", author="Harriet Quill", initials="HQ")
para(d, "Host schools' SENCOs act as mentors to customers from their area. Host-school mentors will receive a letter explaining the Journey.")
para(d, "The Journey's trunk travels to every Stop: a library of around 200 books on special educational needs for loan, standardised reading and language assessments for use in Journey Tasks, six laptops with text-to-speech, symbol and mind-mapping software, and sample communication aids. Customers also have the University's library and electronic journals.")

d.add_heading("Our travelling companions", level=2)
para(d, "The University of Harbrough's School of Education travels part of the way with us. Its PGCE trainees spend a fortnight in one of the county's special schools and resource bases, arranged by the University's partnership office, and some of them visit the Stops held in their placement towns.")

d.add_heading("Keeping the cut true", level=1)
para(d, "We evaluate the Journey from inside and out. Inside: customers complete an evaluation after every Stop in the Journal; the cutters meet after each Stop to read the evaluations and change the next Stop where needed; the markers' moderation meetings report on how customers did against each cloth. Outside: the external examiner's report; the University's annual monitoring; the Journey Board; the headteacher interviews. Each summer the Head Cutter writes an annual report from all of these, listing the changes to be made to the next Journey, which the Board approves.")
para(d, "To see whether the Journey makes a difference we use three measures. Customers rate their confidence against every cloth at Stop 1 and Stop 6. Journey Task 3 and Piece 3 require each customer to take baseline measures of a group of pupils (a reading or spelling age, an attendance figure, or a pupil's own rating of how they feel about school) before an intervention and again at least eight weeks after it. And the headteacher interviews ask what has changed in the school's provision. The annual report sets out the pupils' gains from all customers' Piece 3 work.")

d.add_heading("The Award", level=1)
para(d, "The Postgraduate Certificate is awarded to a customer who has passed all four Made-up Pieces, each marked against the cloths named for it.")

d.add_heading("The Forward Order", level=1)
para(d, "The afternoon of Stop 6 is the Forward Order. Each customer, with their cutter, reads back through their Measure and Journey Book and writes out their next professional targets and how they will meet them, on the Forward Order sheet, which they take to their headteacher for their next performance review. We tell them of the University's MA in Inclusive Education, for which the Journey's credits count.")

d.add_heading("Your appointments", level=1)
ap = table(d, [
    ["Appointment", "Where", "When"],
    ["Measure reading (15 minutes)", "Stop 1", "[time to be confirmed]"],
    ["Journey Task 2 conversation", "Stop 2", "[time to be confirmed]"],
    ["Travelling Party tutorial", "The Journal", "[time to be confirmed]"],
    ["Final Fitting conversation (40 minutes)", "Stop 6", "[time to be confirmed]"],
], widths=[8, 4, 5])
para(d, "Please keep this book and bring it to every Stop.", italic=True, size=9.5)

d.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
