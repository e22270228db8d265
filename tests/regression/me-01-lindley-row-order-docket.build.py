"""me-01-lindley-row-order-docket

Provider (invented): Lindley Row Cutting Academy, the teaching room attached to
the tailors' houses of Lindley Row, Castlebridge (Askew & Marle, cutters; Pennock
& Daughters, coat-makers; Hebblethwaite Brothers, trouser-makers), applying with
Wealdmoor University's School of Education to run the 2008-09 National Award for
SEN Coordination.

Document kind and layout: the Academy writes its application on the Row's own
Order Docket and Fitting Record (Form OD-4), the paper a cutter fills in when a
bespoke order is taken: a docket table at the head (merged and shaded cells: order
number, customer, garment, cutter in charge), then bold capital Normal titles (no
heading styles) in the cutter's order of work: Cutter's Marks (a glossary that
defines the values used in the Measure Form far below), the Customer's
Instructions, the Cloth, Taking the Measure, Old Cloth, Ready-to-wear, seven
Fittings (the study days, one paragraph each, with Bench Tasks done in school),
three Provings (the assessed pieces), the Measure Form (28 lines less one: the
outcome table, columns "Taken at" and "Proved in" and a Mark taken from the
glossary), Seasons and the Pattern Room, Access to the Fitting Rooms, the Row
Committee, the Cutters, Checking the Cut, Suitability, the Certificate of Fit and
the Next Commission. Header and footer. A VML text box with the Row's motto.
Tracked changes: a whole inserted paragraph (a January season, which counts), a
change inside a Measure Form cell (6.S2c moved from "Proving III" to "-" and its
Mark from "Cut and fitted" to "Basted only"). Three Word comments, none of them
evidence.

Traps (requirement ids):
- Cutter's Marks glossary far above the table: "Cut and fitted" = taught and
  assessed; "Basted only" = tried on in a Fitting, never marked; "Chalked" =
  marked in a Proving but not taught in any Fitting; "Not cut" = not in this
  order. Basted only: 6.A3, 6.K7, 6.S7 (partially_met). Chalked: 6.K4
  (partially_met). Not cut: 6.S2d (not_met). No line at all for disability
  equality law (6.K3 not_met); the DDA appears only as the Academy's own duty
  under Access to the Fitting Rooms (3.1), the right words about the wrong thing.
- Tracked change in the 6.S2c row: the deleted "Proving III" and "Cut and
  fitted" are not part of the submission; the inserted "Basted only" is
  (6.S2c partially_met).
- Old Cloth: earlier study is taken into account at the Measure but is
  "not accredited" by the Academy (2.1 partially_met).
- Ready-to-wear: "we do not" sell a ready-to-wear; every customer is fitted
  (2.3 not_met, negation). A comment suggesting the University would allow such
  a route is not evidence.
- Pupil voice only touched on in Fitting III, no practice in consulting pupils
  (1.5 partially_met; 6.S7 basted only).
- Three outcomes never marked, so assessment is not against all outcomes (1.9
  partially_met); Certificate of Fit given on passing the three Provings, which
  do not prove every line (6.0 partially_met).
- Pattern Room (e-learning) holds readings and a customers' board, but "The
  cutters do not answer questions on the board"; between Fittings support is
  a telephone booking (3.3 partially_met: peer support and ICT, no direct tutor
  support on line).
- Row Committee: stakeholders surveyed and the course changed (4.1, 4.2 met),
  but their part in evaluation is only that they "will be invited to comment"
  in general terms (4.3 partially_met).
- Placements: specialist speakers are arranged, but visits to other settings are
  "left to the customer and their own school to arrange" (5.5 partially_met).
- Suitability: the CRB disclosure is held by the employing school; the Academy
  "does not itself see or record" it (5.3 not_met: someone else's
  responsibility); the footer's claim that every customer is CRB checked is a
  footer, never evidence; a comment proposing a check is not evidence.
- Checking the Cut: customers' confidence is measured at the Measure and at the
  Final Fitting, but effect on pupils is only a wish, "we would like to find a
  way" (5.9 partially_met).
- Text box motto: a value, not an arrangement (no verdict rests on it).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _me_helpers import (new_doc, para, runs, title, table, merge, shade, set_cell, ins_run, del_run,
                         ins_para, textbox, header_footer, comment)

HERE = Path(__file__).parent
NAME = "me-01-lindley-row-order-docket"
d = new_doc()
header_footer(d, "LINDLEY ROW CUTTING ACADEMY  \u00b7  Order Docket and Fitting Record  \u00b7  Form OD-4 (rev. 3)  \u00b7  Customer's copy",
              "All orders are taken subject to the House Terms of the Row. Every customer is CRB checked before cutting begins.  Page")

para(d, "LINDLEY ROW CUTTING ACADEMY", bold=True, size=16, align="c")
para(d, "Askew & Marle, Cutters  \u00b7  Pennock & Daughters, Coat-makers  \u00b7  Hebblethwaite Brothers, Trouser-makers", italic=True, size=9, align="c")
para(d, "7-15 Lindley Row, Castlebridge", size=9, align="c")
para(d, "ORDER DOCKET AND FITTING RECORD (FORM OD-4)", bold=True, size=13, align="c")

t = table(d, [
    ["Order No.", "2008/117", "Date taken", "14 November 2008"],
    ["Customer", "Training and Development Agency for Schools, on behalf of the DCSF", None, None],
    ["Garment", "National Award for SEN Coordination: a Postgraduate Certificate in Special Educational Needs Coordination", None, None],
    ["Cloth", "Wealdmoor University, School of Education", "Cutter in charge", "Mr Jonah Marle"],
    ["Make", "Seven Fittings, three Provings, Bench Tasks in the customer's own school", "Season", "September 2009 (first)"],
], widths=[3, 7, 3, 4], head_fill=None)
for r in range(5):
    shade(t.cell(r, 0), "E7E1D3")
merge(t, 1, 1, 1, 3, "Training and Development Agency for Schools, on behalf of the DCSF")
merge(t, 2, 1, 2, 3, "National Award for SEN Coordination: a Postgraduate Certificate in Special Educational Needs Coordination")
shade(t.cell(3, 2), "E7E1D3")
shade(t.cell(4, 2), "E7E1D3")

para(d, "")
para(d, "This docket is made out the way every order on the Row is made out. The cutter takes the customer's instructions, chooses the cloth, takes the measure, and then records each fitting until the garment is proved and delivered. We have kept to that order because it is the order in which our course is actually made, and because the cutters, coat-makers and trouser-makers who teach on it know the docket better than any other form. Where the Row uses its own words we explain them as they first appear. In this docket a customer is a teacher on the course, a Fitting is a taught study day, a Bench Task is a piece of work done between Fittings in the customer's own school, and a Proving is a piece of work that is marked.")

title(d, "Cutter's marks used on this docket", fill="E7E1D3")
para(d, "The Measure Form near the end of the docket carries one mark against each line. The marks are the ones our cutters chalk on a pattern, and they mean the following.")
table(d, [
    ["Mark", "What it means on this docket"],
    ["Cut and fitted", "The line is taught in the Fitting named under \"Taken at\" and is marked in the Proving named under \"Proved in\". A customer cannot pass that Proving without showing it."],
    ["Basted only", "The line is tried on in the Fitting named, discussed and practised, but no Proving marks it. It is a basting stitch: it holds the shape but comes out before delivery."],
    ["Chalked", "The line is marked in the Proving named, but no Fitting teaches it: the customer is expected to bring it from their own reading."],
    ["Not cut", "The line is not part of this order."],
], widths=[3.5, 13.5])
para(d, "")
textbox(d, [("THE ROW'S MOTTO", True), ("\"A garment that fits is a garment that is worn.\" Every child deserves provision cut to them and not to an average, and every teacher who leads that provision deserves the same care from us.", False)], height_pt=70)

title(d, "1. The customer's instructions", fill="E7E1D3")
para(d, "The aim of the course is that children and young people with special educational needs and disabilities in our customers' schools achieve more and are better off, in all five of the Every Child Matters outcomes and not only in their test results: being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. Each Fitting opens by naming which of the five outcomes it serves, each Bench Task asks the customer to record the difference their work made for named pupils in at least two of the five, and each Proving carries a criterion on the achievement and well-being of pupils, so that the aim runs through the objectives, the content and the assessment alike.")
para(d, "The objectives follow from the aim. By the end of the course a customer will lead the coordination of provision in their school with confidence; will know the law, the guidance and the research well enough to advise the headteacher and governors; will have tried every part of the role in their own school during the year, with a Bench Task at each stage; and will have shown in three Provings that they meet the national outcomes recorded on the Measure Form.")

title(d, "2. The cloth", fill="E7E1D3")
para(d, "The course is validated by Wealdmoor University as a Postgraduate Certificate worth 60 credits at Master's level (Level 7). The validation panel met on 9 October 2008 and approved the course for five years, subject to the Secretary of State's approval of the Academy as a provider. Customers are registered as students of the University from their Measure Day, have the use of its library and its disability service, and receive the University's certificate at the end. The University appoints the external examiner and its Board of Examiners confirms every result.")

title(d, "3. Taking the measure", fill="E7E1D3")
para(d, "No customer is taken on without a measure. Before a place is offered we check three things: that the customer holds Qualified Teacher Status and is, or is about to be, the SENCO of a school; that the headteacher has signed the Row's Sponsor's Slip, agreeing to release the customer for the seven Fittings and to support the Bench Tasks; and, at a half-hour interview with a cutter, that the customer has enough knowledge of the school's provision and enough experience of teaching pupils with SEN to reach every line on the Measure Form by the end of the year. A customer who is not yet ready is given a written note of what to do first (usually a term's work alongside an experienced SENCO, or the Castlebridge induction course for new SENCOs), and the cutter telephones the headteacher to agree it; the customer may be measured again for the next Season.")
para(d, "Measure Day is held three weeks before the first Fitting. Each customer completes the Measure Sheet, on which they rate themselves against every line of the national outcomes and give evidence for the rating, and then goes through it with their cutter. The cutter checks the ratings (a customer who thinks they know the Code of Practice may know the 1994 Code and not the 2001 one) and writes a Cutting Ticket for the customer: an individual training plan that names the Fittings and Bench Tasks the customer most needs, the lines on which they should aim higher than the minimum, and any reading to do first. The Cutting Ticket is the customer's personal set of outcomes, and it is revised at the Forward Fitting in the spring.")
runs(d, [("Old cloth. ", "b"), ("Many customers come to us with earlier study: a diploma in specific learning difficulties, an Open University module, the local authority's course for teaching assistants' managers. The cutter takes account of it on Measure Day and may excuse a customer a Bench Task that repeats it. Such study is not accredited by the Academy or the University against this course, and every customer takes all three Provings for the full 60 credits.", "")])
p_rtw = runs(d, [("Ready-to-wear. ", "b"), ("Some houses on other rows sell a ready-to-wear, and we are sometimes asked whether an experienced SENCO can simply be assessed. We do not. Every customer is measured and fitted, however experienced.", "")])
comment(d, p_rtw, "Wealdmoor told me at validation they would allow an assessment-only route if we wanted one. Worth adding? JM", author="Jonah Marle", initials="JM")

title(d, "4. The fittings", fill="E7E1D3")
para(d, "There are seven Fittings, each a full day from half past nine until four in the Academy's cutting room at No. 11, with a Bench Task to be done in the customer's own school before the next. Each Fitting is led by a cutter from the Academy and at least one guest. The reading for each Fitting is given out a fortnight ahead.")
fittings = [
    ("Fitting I: The Balance.", " The law and guidance on special educational needs: the Education Act 1996 as amended, the SEN Code of Practice 2001 and its implications for the school, the SENCO, the governors and the class teacher, and how to put its graduated response into practice; the principles and outcomes of Every Child Matters and the SENCO's part in helping children reach them; the government's strategy Removing Barriers to Achievement (2004), the House of Commons Education and Skills Committee's report on SEN (2006) and the Inclusion Development Programme. Bench Task 1: compare the school's SEN policy with the Code and report the gaps to the headteacher."),
    ("Fitting II: The Cloth and its Weave.", " The most common kinds of special educational need and disability (behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; speech, language and communication needs; autistic spectrum disorders; moderate learning difficulties) and how each can affect a child's learning. The afternoon is given to speaking and writing as a SENCO: writing for parents, for colleagues and for governors, and listening to a view that is not one's own. Bench Task 2: write a one-page guide on one kind of need for the school's teachers."),
    ("Fitting III: The Pupil and the Family.", " Identifying pupils who may have SEN from classroom observation, data and assessment; setting challenging targets; planning interventions that remove barriers; and reviewing progress. Building fair, respectful and constructive relationships with pupils and their parents or carers, with a parent from the Castlebridge Parent Partnership Service who speaks about annual reviews from the family's side. Customers practise a review meeting with parents in pairs, and plan how they will work with families in their own school. The day touches on hearing the pupil's own view of their provision, though there is no time for customers to practise consulting pupils. Bench Task 3: lead the review of two pupils' individual education plans with their parents."),
    ("Fitting IV: Pattern and Method.", " A critical look at approaches, strategies and resources for assessment, planning, teaching and learning, including ICT, and how to use them to remove barriers and personalise provision; how the SENCO can use summative assessments, including the national tests and P scales, to track pupils' progress and change a programme that is not working; and how the SENCO encourages other teachers to use formative assessment for all pupils, with particular thought for pupils with SEN. The assistive technology room is open all afternoon. Bench Task 4: track a group of pupils over a term using the school's data."),
    ("Fitting V: Working with Other Houses.", " The scope and role of external agencies (educational psychology, speech and language therapy, the Sensory Service, child and adolescent mental health, social care) and of voluntary organisations, and how to obtain specialist support and resources; using reports from a range of professionals to shape teaching; provision mapping and provision management, and how to find provision that is missing or not working; and reviewing the effectiveness of provision with colleagues. Customers weigh up hard cases and make decisions on provision in a case conference exercise. Bench Task 5: map the provision for one year group and review it with the staff who deliver it."),
    ("Fitting VI: Running the Workroom.", " The SENCO as a leader: working with senior colleagues and governors on the school's inclusive ethos, its policies and priorities and its use of resources; gaining the commitment of the headteacher and colleagues; deploying and managing teaching assistants and other staff; prioritising the SENCO's own work, managing time and delegating tasks; and the principles of school self-evaluation and improvement as they bear on outcomes for pupils with SEN. Bench Task 6: draft, with the headteacher, the SEN section of the school improvement plan."),
    ("Fitting VII: The Finished Coat.", " Best practice and research in meeting special educational needs, and how to draw on research and outside advice to improve one's own and colleagues' practice; Ofsted's report Inclusion: does it matter where pupils are taught? (2006), the Bercow Review of services for children with speech, language and communication needs (2008) and the Dyslexia-SpLD Trust's work in progress; supporting colleagues' professional development through observation and feedback, coaching and mentoring, and training; and the customer's own continuing professional development. Bench Task 7: plan and lead a staff training session."),
]
for head, body in fittings:
    runs(d, [(head, "b"), (body, "")])
para(d, "Every Fitting also carries a short session, \"Colleagues and Households\", in which customers bring a question from their Bench Task about advising a colleague, a teacher in another school or a parent, and the others help them answer it. Across the year customers advise and support class teachers, teaching assistants and colleagues in other schools, and work in partnership with parents and carers, in the Bench Tasks named above. The Bench Tasks are the course's link to practice in schools: each is done in the customer's own school, tied to the lines of the Measure Form that the Fitting teaches, and written up in the customer's Bench Book, where the customer records what they changed and what difference it made for the pupils concerned.")

title(d, "5. The provings", fill="E7E1D3")
para(d, "Three pieces of work are marked. Each is marked against the lines of the Measure Form given for it, at Master's level, by the cutter in charge and a second marker.")
table(d, [
    ["Proving", "What the customer makes", "When", "Weight"],
    ["Proving I: The Pupil's Garment", "A case study of two pupils with different needs (4,000 words), drawing on professionals' reports, the pupils' targets and interventions, the review with parents and the school's work with outside agencies", "End of spring term", "40%"],
    ["Proving II: The Cutting Test", "A two-hour written paper on the law, Every Child Matters, the kinds of need, child development and the use of summative data", "After Fitting V", "20%"],
    ["Proving III: The Commission", "A whole-school development project led by the customer, presented to the headteacher and a governor and to a cutter and a guest (a 20-minute presentation and a 20-minute viva), with the Bench Book and a reflective log of the customer's own professional development", "End of summer term", "40%"],
], widths=[4, 8.5, 2.5, 2])

title(d, "6. The measure form", fill="E7E1D3")
para(d, "The Measure Form records, for each line of the national outcomes as the Row writes it, where it is taken and where it is proved. The marks are those given under Cutter's Marks above.")
rows = [
    ["Line", "The measure, in the Row's words", "Taken at", "Proved in", "Mark"],
    ["A1", "Fair, respectful and constructive dealings with pupils with SEN and with their families", "Fitting III", "Proving I", "Cut and fitted"],
    ["A2", "Winning the headteacher, senior leaders and colleagues to the cause", "Fitting VI", "Proving III", "Cut and fitted"],
    ["A3", "Putting first things first: time, priorities and delegation", "Fitting VI", "-", "Basted only"],
    ["A4", "Seeing trouble coming, and making sound judgements on provision", "Fitting V", "Proving III", "Cut and fitted"],
    ["A5", "Speaking and writing plainly; hearing others out", "Fitting II", "Proving III", "Cut and fitted"],
    ["A6", "Using research and outside advice to improve one's own and colleagues' practice", "Fitting VII", "Proving I", "Cut and fitted"],
    ["A7", "Keeping up to date; owning one's professional development", "Fitting VII", "Proving III", "Cut and fitted"],
    ["K1", "The SEN law and guidance, the Code of Practice, and how to put them into practice", "Fitting I", "Proving II", "Cut and fitted"],
    ["K2", "Every Child Matters and the SENCO's part in it", "Fitting I", "Proving II", "Cut and fitted"],
    ["K4", "How children develop, and what can affect development", "-", "Proving II", "Chalked"],
    ["K5", "The common kinds of SEN and disability and their effect on learning", "Fitting II", "Proving II", "Cut and fitted"],
    ["K6", "Approaches, strategies and resources, including ICT, used critically", "Fitting IV", "Proving I", "Cut and fitted"],
    ["K7", "School self-evaluation and improvement, and SEN outcomes", "Fitting VI", "-", "Basted only"],
    ["K8", "Best practice and research in meeting SEN", "Fitting VII", "Proving I", "Cut and fitted"],
    ["K9", "What outside agencies do and how to get their help", "Fitting V", "Proving I", "Cut and fitted"],
    ["S1", "With senior colleagues and governors, shaping an inclusive ethos, policy, priorities and resources", "Fitting VI", "Proving III", "Cut and fitted"],
    ["S2", "Identifying pupils, setting targets, planning interventions, reviewing progress", "Fitting III", "Proving I", "Cut and fitted"],
    ["S2a", "Using other professionals' assessments to shape teaching", "Fitting V", "Proving I", "Cut and fitted"],
    ["S2b", "Using summative data and national tests to track progress and change programmes", "Fitting IV", "Proving II", "Cut and fitted"],
    ["S2c", "Bringing colleagues on with formative assessment", "Fitting IV", "", ""],
    ["S2d", "Access arrangements for tests and examinations, in good time", "-", "-", "Not cut"],
    ["S3", "Provision mapping and management; finding missing provision", "Fitting V", "Proving III", "Cut and fitted"],
    ["S4", "Deploying and managing staff", "Fitting VI", "Proving III", "Cut and fitted"],
    ["S5", "Developing colleagues: observation, feedback, coaching, training", "Fitting VII", "Proving III", "Cut and fitted"],
    ["S6", "Reviewing provision with staff to feed the school's self-evaluation", "Fitting V", "Proving III", "Cut and fitted"],
    ["S7", "Pupils taking part in planning and reviewing their own provision", "Fitting III", "-", "Basted only"],
    ["S8", "Working with parents and carers", "Fitting III", "Proving I", "Cut and fitted"],
    ["S9", "Partnership with other services and voluntary bodies", "Fitting V", "Proving I", "Cut and fitted"],
]
mf = table(d, rows, widths=[1.3, 8.2, 2.3, 2.5, 2.7], size=8.5)
# tracked change in the S2c row
s2c = [i for i, r in enumerate(rows) if r[0] == "S2c"][0]
pc = mf.cell(s2c, 3).paragraphs[0]
del_run(pc, "Proving III")
ins_run(pc, "-")
pm = mf.cell(s2c, 4).paragraphs[0]
del_run(pm, "Cut and fitted")
ins_run(pm, "Basted only")
for i in range(1, len(rows)):
    if rows[i][4] != "Cut and fitted":
        shade(mf.cell(i, 4), "F2F2F2")
p_mf = para(d, "Lines are numbered as in the national outcomes. A line proved in more than one place is shown once, against the Proving that carries most of its marks.", italic=True, size=9)
comment(d, p_mf, "K3 has dropped out of the table in the re-cut. Fitting I covers it, I think? HS")

title(d, "7. Seasons, sittings and the pattern room", fill="E7E1D3")
para(d, "The course runs over a school year, but the order is not fixed. Fittings I to III must come first, as they carry the Measure; after that a customer may take Fittings IV to VII in any order, and may take any Fitting with the following Season's customers if a school matter keeps them away. Fittings IV and VI are each run twice, once on a weekday and once as a Saturday Sitting, for customers whose schools cannot release them often. A customer may spread the course over two years at no extra cost.")
ins_para(d, "From 2010 a second Season will begin in January, with its Measure Day in December, so that customers need not wait for September.")
para(d, "The Pattern Room is the Academy's web site for customers, run on the University's Blackboard. It holds the reading for every Fitting, the slides and handouts, the Bench Task sheets and a customers' board on which customers post their Bench Tasks and comment on one another's. The cutters do not answer questions on the board. Between Fittings a customer who needs help telephones the Counting House, which books a half-hour at the bench with their cutter on the next Fitting day.")

title(d, "8. Access to the fitting rooms", fill="E7E1D3")
para(d, "The Academy meets its duties under the Disability Discrimination Act 1995 as amended in 2005, the Race Relations (Amendment) Act 2000 and the Equality Act 2006. The Measure Sheet invites every customer, in confidence, to tell us of a disability or other need, and asks again at the Forward Fitting. The cutting room at No. 11 is on the ground floor, with level entry from the Row and an accessible lavatory; the Saturday Sittings are held there too. We provide reading in large print or electronic form, a hearing loop, a note-taker where a customer needs one, and extra time or a separate room for the Cutting Test on the advice of the University's disability service. A customer who is ill or has caring responsibilities may defer a Proving without penalty.")

title(d, "9. The row committee and our customers", fill="E7E1D3")
para(d, "Before we cut the pattern we asked those who will wear it. In the spring of 2008 we wrote to the SENCOs and headteachers of all 96 schools in Castlebridge and Ashby Vale and had 41 replies; we held two evening meetings with SENCOs at the Row; and we met the SEN advisers of both authorities and the Castlebridge Parent Partnership Service. The schools asked for practical days in term time with tasks they could do in their own school; the authorities asked that provision mapping be taught in depth because few of their SENCOs used it; the Parent Partnership asked that parents speak on the course, not only be spoken about. The course was changed as a result. Fitting V was given over to provision mapping at the authorities' request, the Bench Tasks were written so that every one is done in school, and a parent now speaks at Fitting III.")
para(d, "The Row Committee, which oversees the Academy, includes a headteacher from each authority, the Castlebridge SEN adviser and a parent governor. As the course runs, schools, authorities and parents will be invited to comment on it.")

title(d, "10. The cutters", fill="E7E1D3")
para(d, "The course is led by Mr Jonah Marle, head of the Academy, who was SENCO of Castlebridge's largest comprehensive for nine years and holds an MA in Special and Inclusive Education from Wealdmoor. Mrs Ada Pennock, the second cutter, was a specialist teacher with the Ashby Vale Learning Support Service until 2007 and is a member of the British Dyslexia Association's accreditation board. Dr Helen Hebblethwaite, senior lecturer in inclusive education at Wealdmoor, teaches Fittings IV and VII and leads the marking. All three attend the authorities' SENCO network meetings each term and take part in the University's research seminars, and each has at least five days' development of their own each year.")
para(d, "Guests at the Fittings are chosen for their specialism: an educational psychologist, a speech and language therapist, a teacher of the deaf from the Sensory Service, a parent from the Parent Partnership Service, and headteachers who have led inclusive schools. Visits to special schools or resource bases are left to the customer and their own school to arrange; the Academy does not arrange placements.")
para(d, "Everyone who teaches, marks or supports a customer is given the Cutter's Book, the Academy's handbook, which sets out each person's part: what a cutter, a guest, a second marker and a school mentor each do, the marking criteria, and the dates. New cutters and second markers attend a marking day in September at which the criteria are used on last year's work. Each customer's headteacher names a school mentor, who meets the customer twice a term and signs the Bench Book; mentors are invited to an evening briefing before the first Fitting and receive the mentors' pages of the Cutter's Book.")
para(d, "Customers have the use of the Academy's SEN library of some 600 books and the current journals, the assistive technology room (reading pens, text-to-speech and mind-mapping software, communication aids lent by the Sensory Service), a set of standardised assessment materials for use in Bench Tasks, and Wealdmoor's library and electronic journals through their student registration.")

title(d, "11. Checking the cut", fill="E7E1D3")
para(d, "Every Proving is marked by the cutter in charge and a second marker; where they differ by more than five marks a third marker reads it. A moderation meeting of all markers is held after each Proving, at which a sample from every marker is read again, and the University's external examiner sees a sample of every Proving and all fails and distinctions before the Board of Examiners.")
para(d, "Customers fill in a slip at the end of every Fitting, and their comments are read by the cutters the same week. The Row Committee meets each term and receives the slips, the marks and the external examiner's report; at the end of each Season the Academy writes an evaluation report for the University's annual monitoring, which the Committee uses to decide what to change in the next Season's pattern. The University reviews the course in full every five years.")
para(d, "On Measure Day and again at the Final Fitting every customer rates their confidence against each line of the Measure Form, and the change is reported to the Row Committee. We would like to find a way of knowing what difference the course makes to the achievement of the pupils in our customers' schools.")

title(d, "12. Suitability", fill="E7E1D3")
p_suit = para(d, "Customers are serving teachers. Their CRB disclosure is held by their employing school or authority, which remains responsible for it and for any other checks. The Academy does not itself see or record a customer's disclosure.")
comment(d, p_suit, "Should we ask to see the disclosure at Measure Day? The University does this for PGCE. HS")

title(d, "13. The certificate of fit", fill="E7E1D3")
para(d, "The Certificate of Fit, the University's Postgraduate Certificate, is awarded to a customer who has passed all three Provings. A customer who fails a Proving may re-make it once, within the Season.")

title(d, "14. The next commission", fill="E7E1D3")
para(d, "The last afternoon of Fitting VII is given to the Next Commission. Each customer, with their cutter, reads back through the Cutting Ticket and the Bench Book and writes the professional targets they will take forward after the course; they take the sheet to their headteacher for their next performance management meeting. Customers are told of the University's MA routes, for which the 60 credits count, and of the authorities' SENCO networks.")

para(d, "")
table(d, [
    ["Docket checked by", "Date", "Entered in the Order Book"],
    ["J. Marle, Cutter in charge", "14 November 2008", "No. 2008/117"],
], widths=[7, 4, 6])

d.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
