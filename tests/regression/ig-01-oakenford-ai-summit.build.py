"""ig-01-oakenford-ai-summit: Oakenford Schools Together, an extended services
cluster of nine schools in the market town of Oakenford (a cluster coordinator,
the shared Oakenford SENCO Network, Little Acorns Children's Centre), with
Harcombe University awarding the credit. October 2008.

Document kind and layout
------------------------
The cluster sends, whole, the report of the Appreciative Inquiry summit at which
its course was designed, because "Part 4 and the appendices" are the course.
The report follows the 4-D cycle: Discover (appreciative interviews and stories),
Dream ("Wouldn't it be wonderful if ..."), Design (five "provocative propositions",
each in the present tense as AI requires, some followed by "What this means in
practice" and some by "Still to be worked out"), Destiny (a commitments table with
a Status column: Agreed / Parked / Further work, then the course as it will run).
Appendices: A, the Cluster Days (a table with merged, shaded term rows); B, the
Four Pieces of assessment; C, the "Appreciation Grid" of the national outcomes in
the cluster's own words with "Grown in" and "Shown in" columns and merged, shaded
group rows (no national codes). Heading styles. A shaded note to the panel in a
VML text box. Header and footer. Word comments. Tracked changes.

Traps (requirement ids)
-----------------------
- Provocative propositions are aspirations written as if already true; only the
  "in practice" arrangements count. P5 ("We know it made a difference") has only
  "Still to be worked out" for pupils' progress (5.9 partially_met: the
  participants' Starting Point / Looking Back ratings are real).
- Dream list: an assessment-only route and credit for earlier courses are only
  wished for; the Destiny table has the route "Parked" for the University to
  advise on for 2009-10 (2.3 not_met). Prior learning is otherwise only in a
  comment from the University's link tutor (2.1 not_met).
- Online space dreamed of and "Parked"; the 2008-09 course is said to have "no
  online or e-learning element" (3.3 not_applicable). Flexibility is limited to a
  choice of Circle slot and order of two Pieces, one September start (3.2 partially_met).
- Past arrangement: the 2006 placement exchange at Ridgeway School (Discover
  story); a sentence giving every participant two placement days at Ridgeway is a
  tracked deletion; what remains are half-day visits and visiting specialists
  (5.5 partially_met).
- Aim and objectives about attainment only ("to raise the attainment") (1.1 partially_met).
- Starting Point self-rating against the outcomes is used only to form Circles; no
  individual plan or personalised outcomes (2.2 partially_met).
- After the Award: an invitation to network meetings and an MA prospectus, no
  help to set targets (2.5 partially_met).
- Award rule by average mark with compensation, marked against Level 7 criteria
  (6.0 partially_met, 1.9 partially_met, with the unassessed outcomes below).
- Second marking, external examiner and moderation meeting exist only in a tracked
  insertion by the University tutor: an insertion counts (5.8 met).
- CRB: the head confirms on the nomination form that the nominee's enhanced
  disclosure is on the school's single central record, and the coordinator checks
  the form before a place is offered (5.3 met); a comment questioning it is not evidence.
- Appreciation Grid: time management talked through in Circles, "not marked"
  (6.A3 partially_met); self-evaluation "Shown in" Piece 3 but "Grown in" a dash
  (6.K7 partially_met); summative tracking taught, "not this year" (6.S2b
  partially_met); formative assessment "Circle feedback only" (6.S2c partially_met);
  deploying staff: "Piece 2" deleted in a tracked change, "not marked in 2008-09"
  inserted (6.S4 partially_met); pupils planning their provision taught, not marked
  (6.S7 partially_met). No row for child development (6.K4 not_met) or for
  arrangements for national tests and examinations (6.S2d not_met).
- Pupils' voice is developed on Cluster Day 4 (1.5 met) even though 6.S7 is not assessed.
- Footer's "Approved provider" line is a footer, never evidence (nothing depends on it).
"""
from pathlib import Path
from _ig_helpers import (new_doc, header_footer, para, runs, table, shade_row, ins, dele,
                         inserted_para, comment, text_box, bullets)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc()
header_footer(d, header="Oakenford Schools Together  |  AI Summit Report  |  Sent to the TDA, October 2008",
              footer="Oakenford Schools Together - approved provider of the National Award for SEN Coordination - page")

para(d, "OAKENFORD SCHOOLS TOGETHER", bold=True, size=16, align="center")
para(d, "Extended Services Cluster: nine schools, one town", italic=True, align="center")
d.add_heading("\"Making every child's day count\": report of the SENCO Award Appreciative Inquiry Summit", level=0)
para(d, "Corn Exchange, Oakenford, 4 and 5 July 2008. Written up by Jan Pelling, Cluster Coordinator, with Rachel Oduya (Chair, Oakenford SENCO Network) and Sue Hartley (Manager, Little Acorns Children's Centre).", italic=True)

text_box(d, [
    ("A note for the TDA panel", True),
    ("We have sent you the summit report whole, rather than rewrite it, because the course was made in that room and we would rather you saw how. "
     "Parts 1 to 3 are the record of the summit's conversations: the stories people told, what they dreamed of and the propositions we wrote together. "
     "Not everything dreamed there is something we now do. The course we ask you to approve is the one set out in Part 4 (Destiny) and in Appendices A to C. "
     "Where an item in Part 4 is marked Parked, it is not part of the 2008-09 course.", False),
    ("Jan Pelling, Cluster Coordinator, Oakenford Schools Together, The Old Grammar School, Sheep Street, Oakenford", False),
], height="120pt")

d.add_heading("About us and about the summit", level=1)
para(d, "Oakenford Schools Together (OST) is the extended services cluster for the market town of Oakenford and the villages around it. "
        "Its nine schools are Oakenford Community College (11-16), Market Street Primary, St Botolph's CE Primary, Brookside Infant, Brookside Junior, "
        "Hollins Lane Primary, Wetherfield Primary, Upton Magna CE Primary and Ridgeway School, a special school for pupils aged 3 to 19 with severe, "
        "profound and multiple learning difficulties and autism. Between them they teach about 2,900 pupils, of whom 540 are on School Action, "
        "School Action Plus or have a statement. The cluster employs a full-time Cluster Coordinator from its extended services grant, and the "
        "nine SENCOs have met as the Oakenford SENCO Network every half term since 2005. Little Acorns Children's Centre, on the Brookside site, "
        "is the cluster's tenth partner and its family support team works with every school.")
para(d, "In 2007-08 three of the nine SENCOs were new to the role, and two more schools expect a new SENCO by 2009. The heads asked the Network "
        "whether the cluster could offer the new National Award for SEN Coordination itself, close to home, with Harcombe University awarding the credit. "
        "We decided to design it by Appreciative Inquiry, the method the cluster already uses for its extended services planning: start from what "
        "already works well, imagine what could be, design it, then commit to it.")
para(d, "Sixty-three people came to the summit over the two days: all nine SENCOs and six of the nine heads; eleven teaching assistants; two governors; "
        "fourteen parents and carers from the Little Acorns parents' forum and from Ridgeway's family group; eight pupils from the school councils of "
        "the College, Ridgeway and Market Street; the county's educational psychologist for Oakenford; a speech and language therapist from the "
        "children's centre; the county SEN adviser; and Dr Martin Cole of Harcombe University's School of Education.")
para(d, "The affirmative topic we chose was \"SENCOs who make every child's day count\".")

d.add_heading("Part 1  Discover: what gives life to SEN work in Oakenford", level=1)
para(d, "In the six weeks before the summit, pairs of SENCOs and teaching assistants held appreciative interviews. Each began with the same question: "
        "\"Tell me about a time when a child with special educational needs had a really good day in one of our schools. What made it possible?\" "
        "We interviewed 14 SENCOs and former SENCOs, all nine heads, 22 parents and carers, 31 pupils (through their school councils and, at Ridgeway, "
        "with symbols and photographs) and nine staff from other services.")
t = table(d, [
    ["What gives life (theme)", "How often it came up", "What people said"],
    ["Being listened to", "Parents 19 of 22; pupils 24 of 31", "\"She asked me what helps and then she did it.\" (Year 5 pupil, Hollins Lane)"],
    ["A SENCO who has time to lead", "Heads 7 of 9", "Seven heads said their SENCO spends most of the week on paperwork and has little time to lead staff or plan provision."],
    ["Knowing who to ring", "SENCOs 12 of 14", "Speed of access to the EP, speech therapy and the children's centre made the difference in most of the best stories."],
    ["Teaching assistants used well", "Heads 6 of 9; SENCOs 9 of 14", "The best days happened where TAs were deployed to a plan, not to a child's chair."],
    ["Seeing other schools", "SENCOs 11 of 14", "Visits to Ridgeway and to each other's schools were remembered as the most useful training."],
], size=8.5)
para(d, "")
para(d, "Three stories told at the summit", bold=True)
para(d, "The placement exchange. In 2006, when the Network had a small grant from the county, four mainstream SENCOs each spent two days working "
        "alongside staff at Ridgeway School, and two Ridgeway teachers spent two days in their schools. Everyone who took part called it the best "
        "professional development they had had. The grant ended in 2007 and the exchange stopped.")
para(d, "Josh's review. A Year 8 pupil at the College led his own annual review with a slideshow he made with his TA. His mother said it was the first "
        "review where she understood what everyone was talking about.")
para(d, "The Tuesday phone call. A Wetherfield SENCO described how one call to the children's centre's family support worker got a family a home visit "
        "within a week, after months of letters.")
para(d, "What the interviews told us about needs", bold=True)
para(d, "The heads' interviews and a short questionnaire to all nine governing bodies showed that what schools most need from SENCO training is "
        "leadership of staff and of provision, not more knowledge of forms. The SENCOs asked for help with provision mapping, with managing teaching "
        "assistants and with their first conversations with the head about money. Parents asked that SENCOs learn to listen before they plan; pupils "
        "asked to be asked. These findings are the reason the course gives a whole Cluster Day each to leading staff, to listening to children and to "
        "working with families, and why provision mapping is assessed.")

d.add_heading("Part 2  Dream: wouldn't it be wonderful if ...", level=1)
para(d, "On the first afternoon every table wrote its dreams on the long paper down the middle of the hall. We record them as they were written. "
        "They are dreams, not promises; Part 4 says which of them we have taken forward.")
bullets(d, [
    "... every child in Oakenford had a SENCO who knew them by name and asked them what helps.",
    "... experienced SENCOs, like the two at Ridgeway who have done the job for years, could simply show us what they already do and get the Award without sitting through the days.",
    "... SENCOs got credit for the courses they have already done, like the county's SpLD certificate.",
    "... there was an online space where SENCOs could talk to each other and to the tutors between days.",
    "... we could show, child by child, how much further the children had come because their SENCO did the Award.",
    "... parents sat on the panel that decides whether a SENCO passes.",
    "... SENCOs had a half day a week protected for the role.",
])

d.add_heading("Part 3  Design: our provocative propositions", level=1)
para(d, "On the second morning we turned the dreams into five provocative propositions. In Appreciative Inquiry a proposition is written in the present "
        "tense, as if it were already true, so that it stretches us. Under each, the design group wrote what it means in practice, or what is still to "
        "be worked out.")

d.add_heading("P1  Every child's voice shapes their provision", level=2)
para(d, "What this means in practice. Cluster Day 4, \"Listening to Children\", is led by the children's centre's early years team and Ridgeway's "
        "communication lead. SENCOs learn and practise ways of consulting children and young people about what affects them: the Mosaic approach, "
        "talking mats, pupil-led reviews like Josh's, and questionnaires built with a school council. Between Days 4 and 5 each SENCO consults a group "
        "of pupils in their own school about one thing that affects them and brings what they heard to their Circle.")

d.add_heading("P2  Families and SENCOs are partners from the first conversation", level=2)
para(d, "What this means in practice. Cluster Day 5, \"Families and Services\", is taught with the county Parent Partnership Service and the children's "
        "centre's family support workers, and two parents from the parents' forum speak about their own meetings with schools. SENCOs practise "
        "advising and supporting parents, handling a difficult first meeting and agreeing a plan with a family. Piece 1, the Case Journey, must "
        "include at least one meeting with the child's parents or carers and say how their view changed the plan.")

d.add_heading("P3  Oakenford SENCOs lead; they don't just do the paperwork", level=2)
para(d, "What this means in practice. Cluster Day 6, \"Leading for Inclusion\", covers working with the head and governors on the school's inclusion "
        "policy and priorities, gaining the commitment of colleagues, and coaching other teachers. Piece 3, the Leading Change Report, asks each SENCO "
        "to lead one change in their own school with the agreement of their head, to coach at least one colleague through it, and to judge what "
        "difference it made to the practice of staff and to the pupils concerned.")

d.add_heading("P4  Nobody in Oakenford learns alone", level=2)
para(d, "What this means in practice. Every participant belongs to a Circle of four or five SENCOs, which meets for a two-hour twilight between "
        "each pair of Cluster Days with a cluster tutor. Each participant has an in-school mentor, normally the head or a deputy, who meets them "
        "at least once a half term. Each participant spends a half day visiting Ridgeway School and a half day at Little Acorns, with a task for "
        "each visit, and the educational psychologist, the speech and language therapist and the autism outreach teacher each teach part of a Cluster Day. ")
p = d.paragraphs[-1]
dele(p, "Every participant also spends two placement days at Ridgeway School, working alongside a class teacher.", author="Sue Hartley")

d.add_heading("P5  We know it made a difference", level=2)
para(d, "What this means in practice. Each participant rates themselves against the Award's outcomes at the start (the Starting Point) and again "
        "at the end (Looking Back), and their mentor adds a rating of their confidence and competence in the role at both points. Circle tutors "
        "compare the two ratings with the marks for the Four Pieces.")
para(d, "Still to be worked out. How we show the difference to the children. We would love every SENCO to be able to show the progress of the pupils "
        "their work touched, and we hope to agree a way of doing so with the heads during the first year.")

d.add_heading("Part 4  Destiny: what we have committed to", level=1)
para(d, "On the last afternoon the summit agreed the commitments below. The steering group confirmed them on 16 September 2008.")
t = table(d, [
    ["Ref", "Commitment", "Who", "Status"],
    ["D1", "Run the Oakenford SENCO Award from September 2008, with Harcombe University awarding 60 credits at Level 7 (masters level).", "Cluster Coordinator; Harcombe", "Agreed"],
    ["D2", "A route for experienced SENCOs to be assessed without attending the Cluster Days.", "Harcombe to advise", "Parked: for 2009-10"],
    ["D3", "An online space for the course.", "Network", "Parked: the 2008-09 course has no online or e-learning element; all teaching is face to face."],
    ["D4", "A steering group: three heads, the Network chair, the children's centre manager, a parent from the forum and the Harcombe tutor.", "Cluster Coordinator", "Agreed"],
    ["D5", "The parents' forum and the three school councils review the course each term.", "Sue Hartley; Rachel Oduya", "Agreed"],
    ["D6", "A measure of the difference to pupils' progress.", "Steering group", "Further work"],
    ["D7", "A half day a week protected for each SENCO.", "Heads", "Parked: for each governing body"],
], size=8.5)
para(d, "")

d.add_heading("The Oakenford SENCO Award as it will run in 2008-09", level=1)
d.add_heading("Aim", level=2)
para(d, "The Award's aim is simple: to raise the attainment of children with special educational needs in Oakenford's nine schools by making their "
        "SENCOs skilled leaders of provision. Its objectives are that each participant can show faster progress in reading, writing and mathematics "
        "for the pupils on their school's SEN register, and can lead their school's staff in getting it.")
d.add_heading("Accreditation", level=2)
para(d, "The Award is a 60-credit module at Level 7, \"Coordinating Provision for Special Educational Needs\", in Harcombe University's validated "
        "Postgraduate Certificate in Professional Practice (Education). Harcombe approved the module at its validation event on 19 June 2008. "
        "Harcombe registers the participants as its students, appoints the external examiner and awards the credit through its Board of Examiners; "
        "the credit can count towards Harcombe's MA in Education.")
d.add_heading("Who the Award is for and how we choose", level=2)
para(d, "The Award is for qualified teachers in the nine schools, and in the cluster's two nurseries, who are in post as SENCO, or will take up the post "
        "within the year. The head nominates the teacher on the cluster's nomination form. The Cluster Coordinator and a Harcombe tutor then hold "
        "a half-hour entry conversation with each nominee, using the Starting Point (below) and the nominee's record of experience, to check that "
        "they have the knowledge and experience to benefit from the course and to meet its outcomes by the end. A nominee who is not yet ready is "
        "given written guidance on what to do first, usually a term of the Network's \"New to SEN\" twilights and shadowing another SENCO, and the "
        "Coordinator agrees that plan with their head.")
p = para(d, "On the nomination form the head confirms the date of the nominee's enhanced CRB disclosure and that it is recorded on the school's single "
            "central record, and that there are no concerns about the nominee's suitability to work with children. The Cluster Coordinator checks "
            "every form and does not offer a place until this part is complete.")
comment(d, p.runs[0], "Is a head's confirmation enough, or should we see the certificate? JP", author="Jan Pelling", initials="JP")
d.add_heading("Access and equality", level=2)
para(d, "The nomination form and the entry conversation both invite nominees to tell us about any disability or other need, and we say in the course "
        "leaflet why we ask. The Cluster Days are held at Little Acorns, which is on one level with an accessible toilet, a hearing loop and parking "
        "at the door. Course papers are sent a week before each day, in large print or on coloured paper on request, and Harcombe's disability "
        "adviser agrees any adjustments to assessment, such as extra time or a spoken Piece 3. The Award's timetable keeps to school hours except "
        "for the Circles, to suit participants with caring responsibilities. We meet the duties of the Disability Discrimination Act and the race "
        "and gender equality duties through the cluster's single equality scheme, which the steering group reviews for this course each year.")
d.add_heading("Starting Point", level=2)
p = para(d, "Before Cluster Day 1 each participant completes the Starting Point, a self-rating on a four-point scale against each outcome in the "
            "Appreciation Grid (Appendix C), and discusses it with their mentor. The Circle tutors use the Starting Points to form the Circles, "
            "putting together SENCOs with similar needs, so that each Circle can spend more of its time on what its members need most.")
comment(d, p.runs[0], "Harcombe's APL regulations would let up to 20 credits come from earlier M-level study, e.g. the county SpLD certificate. "
                      "Do you want to say so here? MC", author="Martin Cole", initials="MC")
d.add_heading("Cluster Days, Circles and mentors", level=2)
para(d, "There are six Cluster Days across the year (Appendix A), each followed by a Circle twilight. A participant chooses at the start whether to "
        "join a Tuesday twilight Circle or a Saturday morning Circle. Everybody starts in September. The cluster pays the Harcombe fee and supply "
        "cover for the six days from its extended services and SEN budgets; the cost per participant is about £1,450, half the cost of the "
        "University's own module, because the teaching and the rooms are the cluster's. Because Circles are formed by need, and each participant "
        "chooses the pupil, the provision and the change at the heart of their Pieces, the Award fits each SENCO's own school.")
d.add_heading("Assessment: the Four Pieces", level=2)
para(d, "Participants are assessed through four Pieces (Appendix B). Pieces 1 and 2 may be handed in in either order. Each Piece is marked against "
        "Harcombe's Level 7 assessment criteria. A participant passes the Award when the average mark of the four Pieces is 50% or more and no "
        "Piece is below 40%; a Piece below 40% may be resubmitted once.")
d.add_heading("Quality", level=2)
para(d, "Every Cluster Day and Circle ends with a short written evaluation, and the tutors meet after each day to read them and adjust the next. "
        "Each participant completes the Looking Back review at the end, and the mentors complete an end-of-year questionnaire. Outside the cluster, "
        "the county SEN adviser observes one Cluster Day each year and reports to the steering group, and Harcombe's external examiner reports "
        "on the assessment. Each July the steering group holds a Review Day at which it reads all of this evidence, with the parents' forum's and "
        "school councils' comments, and agrees the changes for the next year's days and Pieces.")
inserted_para(d, "Every Piece is first marked by a cluster tutor and second-marked by a Harcombe tutor. All fails and a sample of at least one in "
                 "five of the other Pieces are sent to the University's external examiner, and the marking team holds a moderation meeting before "
                 "each Board of Examiners.", author="Martin Cole")
para(d, "Before the course starts every tutor and mentor receives the Award Handbook, which sets out each person's role, and attends a two-hour "
        "briefing; mentors have a second briefing before the Leading Change Report, and Circle tutors meet the Harcombe tutor each half term.")
d.add_heading("Who teaches", level=2)
para(d, "Rachel Oduya (Network chair and SENCO at St Botolph's for nine years; MA in Special and Inclusive Education; OCR Certificate in SpLD) and "
        "Helen Marsh (deputy head of Ridgeway School; NPQH; fifteen years in special education; autism outreach teacher for the cluster) lead the "
        "Cluster Days. Dr Martin Cole (Senior Lecturer in Inclusive Education, Harcombe University; former county SEN adviser; external examiner "
        "for two SENCO programmes) leads on assessment. Dr Anne Fry, the county educational psychologist for Oakenford, and Priya Shah, the "
        "children's centre's speech and language therapist, teach parts of Days 2, 3 and 5. All tutors keep their practice current through their "
        "own posts and attend the Network's half-termly meetings.")
d.add_heading("Resources", level=2)
para(d, "Participants use the Network's lending library of about 400 books and assessment materials, kept at Little Acorns; the children's centre's "
        "toy library; Ridgeway's sensory room and its collection of communication aids and switch-access equipment; a set of ten laptops with "
        "Clicker 5, Communicate: In Print and the cluster's provision-mapping software; and, as Harcombe students, the University library and its "
        "electronic journals.")
d.add_heading("After the Award", level=2)
para(d, "Everyone who completes the Award is welcome to keep coming to the Network's half-termly meetings, and on the last Cluster Day each participant "
        "is given Harcombe's MA prospectus.")

d.add_heading("Appendix A  The Cluster Days", level=1)
t = table(d, [
    ["Day", "Date", "Title and content", "Led by"],
    ["Autumn term", None, None, None],
    ["1", "25 Sept 2008", "\"The SENCO's world\": the SEN Code of Practice and the SENCO Regulations 2008 and how to put them into practice in an Oakenford school; the Disability Discrimination Act and the disability equality duty, accessibility plans; Every Child Matters and the five outcomes for children with SEN; Removing Barriers to Achievement.", "R. Oduya, M. Cole"],
    ["2", "6 Nov 2008", "\"What works\": the Bercow Review of services for children with speech, language and communication needs (2008); Ofsted's Inclusion: does it matter where pupils are taught? (2006); research on the main kinds of SEN - BESD, specific learning difficulties including dyslexia, SLCN, autism and MLD - and on what helps.", "A. Fry, P. Shah"],
    ["Spring term", None, None, None],
    ["3", "15 Jan 2009", "\"Planning provision\": identifying pupils, using assessments from other professionals, setting targets, planning interventions and reviewing progress; provision mapping and finding what is missing or not working; assessment for learning for pupils with SEN; using RAISEonline, P scales and national test data to track progress; ICT to remove barriers.", "R. Oduya, A. Fry"],
    ["4", "5 Mar 2009", "\"Listening to Children\": consulting children and young people; pupils planning and reviewing their own provision; deploying and managing teaching assistants.", "Little Acorns team, H. Marsh"],
    ["Summer term", None, None, None],
    ["5", "30 Apr 2009", "\"Families and Services\": working with parents and carers; the Common Assessment Framework; the role of the EP, health, social care, the children's centre and voluntary groups such as Home-Start and the Oakenford Autism Parents' Group.", "Parent Partnership Service, A. Fry, parents' forum"],
    ["6", "18 June 2009", "\"Leading for Inclusion\": working with the head and governors; gaining colleagues' commitment; coaching, observing and giving feedback; reviewing the effectiveness of provision with staff to inform the school's self-evaluation. Summit Presentations.", "H. Marsh, M. Cole"],
], size=8.5)
for i in (1, 4, 7):
    shade_row(t, i, "DDEBF7")
para(d, "")

d.add_heading("Appendix B  The Four Pieces", level=1)
table(d, [
    ["Piece", "What the SENCO does", "Length", "Marked by"],
    ["1  Case Journey", "Follows one pupil with SEN for two terms: identification, assessments from other professionals, targets, intervention and review, with at least one meeting with the parents and the work of at least one other service.", "3,000 words", "Cluster tutor, Harcombe tutor"],
    ["2  Provision Review", "Maps the school's provision for one group of pupils, judges with colleagues what is and is not working, and proposes changes.", "2,500 words plus the map", "Cluster tutor, Harcombe tutor"],
    ["3  Leading Change Report", "Leads one change with the head's agreement, coaches a colleague through it and judges its effect, drawing on research.", "4,000 words", "Cluster tutor, Harcombe tutor"],
    ["4  Summit Presentation", "A 15-minute presentation and questions at Cluster Day 6 on what the SENCO has learned and how their practice and their own learning have changed.", "15 minutes", "Two tutors"],
], size=8.5)
para(d, "")

d.add_heading("Appendix C  The Appreciation Grid", level=1)
para(d, "The national outcomes in our own words. \"Grown in\" says where the course develops each one; \"Shown in\" says which Piece assesses it.")
rows = [
    ["The Oakenford SENCO ...", "Grown in", "Shown in"],
    ["Who the SENCO is", None, None],
    ["builds fair, respectful and supportive relationships with children with SEN and with their families", "Days 4 and 5", "Piece 1"],
    ["wins the commitment of colleagues, the head and senior leaders", "Day 6", "Piece 3"],
    ["makes time for what matters most, and hands tasks on wisely", "Circles", "Talked through in Circles; not marked"],
    ["sees problems coming, solves them and makes sound decisions about provision", "Day 3", "Piece 2"],
    ["speaks and writes clearly, and listens to other people's views", "Throughout", "Pieces 1-4; Piece 4 spoken"],
    ["uses research and outside advice to improve their own and colleagues' practice", "Day 2", "Piece 3"],
    ["keeps up to date and takes charge of their own learning about SEN and disability", "Learning log, Circles", "Piece 4"],
    ["What the SENCO knows", None, None],
    ["the law and guidance on SEN, including the Code of Practice, and how to put it into practice", "Day 1", "Piece 1"],
    ["Every Child Matters and how the SENCO helps children reach its outcomes", "Day 1", "Piece 1"],
    ["disability equality law and what it requires a school to do", "Day 1", "Piece 2"],
    ["the most common kinds of SEN and disability and how they affect learning", "Days 2 and 3", "Piece 1"],
    ["approaches, strategies and resources for assessment, planning and teaching, including ICT", "Day 3", "Piece 2"],
    ["how school self-evaluation and improvement planning work for pupils with SEN", "-", "Piece 3"],
    ["best practice and research in meeting SEN", "Day 2", "Piece 3"],
    ["what other agencies do and how to get specialist help", "Day 5", "Piece 1"],
    ["What the SENCO does", None, None],
    ["shapes the school's inclusive ethos, policies and use of resources with the head and governors", "Day 6", "Piece 3"],
    ["identifies pupils, sets challenging targets, plans interventions and reviews progress", "Day 3", "Piece 1"],
    ["uses other professionals' assessments to shape teaching", "Days 3 and 5", "Piece 1"],
    ["uses test results and other summative data to track progress and change programmes", "Day 3", "Not this year"],
    ["helps other teachers use assessment for learning with pupils with SEN", "Day 3", "Circle feedback only"],
    ["maps provision and finds what is missing or not working", "Day 3", "Piece 2"],
    ["deploys and manages teaching assistants and other staff well", "Day 4", ""],
    ["supports colleagues' development by observing, modelling, coaching and training", "Day 6", "Piece 3"],
    ["reviews with staff how well provision works, to feed the school's self-evaluation", "Day 6", "Piece 2"],
    ["makes sure pupils help plan, agree and review their own provision", "Day 4", "Not marked"],
    ["works with parents and carers", "Day 5", "Piece 1"],
    ["works in partnership with other services, including voluntary groups", "Day 5", "Piece 1"],
]
t = table(d, rows, size=8.5)
for i, r in enumerate(rows):
    if r[1] is None:
        shade_row(t, i, "E2EFDA")
cell = t.cell(26, 2)
p = cell.paragraphs[0]
dele(p, "Piece 2", author="Rachel Oduya")
ins(p, "not marked in 2008-09", author="Rachel Oduya")
para(d, "")
para(d, "Written up for the steering group, 16 September 2008; sent to the TDA with the cluster's application, October 2008.", italic=True)

d.save(OUT)
print("wrote", OUT)
