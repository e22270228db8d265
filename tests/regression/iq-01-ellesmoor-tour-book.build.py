"""iq-01-ellesmoor-tour-book: build script.

Provider (invented): Ellesmoor County Music Service, Inclusion and SEN Team, with the
Kelmscott Conservatoire of Music and Drama validating the Award ("Sounding Out"),
autumn 2008.

Document kind and layout: the Team's TOUR BOOK, "Issue 3 (panel copy)", written the way
a county music service writes the tour book its youth orchestra carries on tour. The
course is "the tour"; participants are "the touring party" or "players"; study days are
"Dates" at host "Venues" round the county; tutors are "Section Leaders"; school mentors
are "Buddies"; the needs assessment is the "Soundcheck" and the individual plan the
"Tour Plan"; gap tasks are "Homework"; the three assessed pieces are "Recordings" (the
Demo, the Set, the Live); the online space is "the Green Room"; evaluation is the "Tour
Review"; the outcome map is "The Set List" ("What we call it | Rehearsed on | Performed
in") with shaded band rows for the three groups. Heading 1 styles for the parts, but the
eight day sheets are bold Normal lines over two-column labelled tables ("Get-in",
"Access", "Running order", "Local crew", "Homework"). A "Tour at a glance" table with a
merged row, a "Touring party" table, an itinerary table with merged band rows for the two
"legs" and a merged "Interval" row. A note to the panel in a text box (wps with VML
fallback). Header and footer. Three Word comments. Tracked changes (one deletion inside
the Green Room paragraph, one insertion in the moderation paragraph, one insertion in
the placements paragraph).

Traps (requirement ids):
- Footer says "All members of the touring party hold current enhanced CRB disclosures";
  the body says schools hold the checks and "The Tour Office does not ask to see
  disclosures and keeps no record of them"; the only CRB check the Tour Office makes is
  on its own Section Leaders (wrong people) -> 5.3 not_met.
- Another service's assessment-only "direct entry" route is described, then "we are not
  running one" -> 2.3 not_met.
- The Green Room (Moodle) makes 3.3 apply; peers support one another and ICT is used,
  but tutor support between Dates exists only in a tracked DELETION, and the body says
  questions are "taken at the next Date" -> 3.3 partially_met.
- Stakeholders host Dates, co-lead Date 6 and sit on the Live panel (other aspects), but
  their part in evaluation is only hoped for ("We hope that ...") -> 4.3 partially_met.
- Buddies get only the Tour Book and a letter; a training evening is "something we would
  like to add" (hope), and a comment asks about budget -> 5.7 partially_met.
- After the tour only general advice, "Our advice: talk to your head about what comes
  next." plus what the pilot party did (past) -> 2.5 partially_met.
- The award rule is passing the three Recordings; the Set List shows several outcomes
  "Homework only (not marked)" or "-", so the rule does not require every outcome ->
  6.0 partially_met, 1.9 partially_met.
- Outcomes taught but not assessed (Homework / Green Room posts not marked, "-"):
  6.A3, 6.A7, 6.K3, 6.S2c, 6.S4, 6.S6, 6.S9 partially_met. Assessed but never taught
  (rehearsed "-"): 6.S2b partially_met.
- Exam access arrangements: "not on this tour; the County Exams Officers' Network runs
  this each spring" (another body's provision) -> 6.S2d not_met.
- School self-evaluation appears only in a Word comment ("Date 7 covers school
  self-evaluation too") -> 6.K7 not_met.
- Child development is nowhere in the Set List or the Dates -> 6.K4 not_met.
- Met despite looking like traps: E.1/E.2 in the glance table; APL/APEL (2.1) under the
  Conservatoire's regulations; pupil voice at a special school's school council (1.5,
  6.S7); the listening tour and what it changed (4.1, 4.2); the Tour Impact Report with
  pupils' baseline and follow-up measures (5.9); placements in two host venues, one
  added by a tracked INSERTION (5.5 met on the undeleted text anyway); moderation with an
  inserted sample size (5.8).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _iq_helpers import (new_document, set_header_footer, para, add_run, runs, table, band_row,
                         shade, cell_text, ins_run, del_run, comment, text_box, word_count)

HERE = Path(__file__).resolve().parent
NAME = "iq-01-ellesmoor-tour-book"

doc = new_document("Arial", 10.5)
set_header_footer(doc, "Ellesmoor County Music Service  |  Inclusion and SEN Team  |  SOUNDING OUT TOUR BOOK  |  Issue 3",
                  "All members of the touring party hold current enhanced CRB disclosures.  Tour Office 01632 960 418")

para(doc, "ELLESMOOR COUNTY MUSIC SERVICE", bold=True, size=12)
para(doc, "SOUNDING OUT", bold=True, size=26)
para(doc, "The Tour 2008-09", bold=True, size=16)
para(doc, "TOUR BOOK", bold=True, size=14)
para(doc, "Issue 3, 24 November 2008. Panel copy. Carry this book to every Date.", italic=True)

text_box(doc, [
    ("A note for the panel", True),
    ("The Inclusion and SEN Team of Ellesmoor County Music Service has run a youth orchestra tour every summer "
     "since 1987, and when we came to write down our course for new SENCOs we found we already had the right "
     "kind of book. This is the Tour Book every member of the touring party carries. We have sent it as it is, "
     "with the Tour Office's last edits and notes still showing, because it is the document our players and "
     "Section Leaders actually use.", False),
    ("Ruth Kendrew, Tour Manager and Head of Inclusion", False),
], height_emu=1700000)

doc.add_heading("1. The tour at a glance", level=1)
t = table(doc, [
    ["Item", "Detail"],
    ["Tour", "Sounding Out: the National Award for SEN Coordination"],
    ["Promoter", "Ellesmoor County Music Service, Inclusion and SEN Team (the Tour Office is at Ellesmoor Music Centre, Castle Street)"],
    ["Validation", "The Kelmscott Conservatoire of Music and Drama validates the tour as its Postgraduate Certificate in SEN Coordination: 60 credits at Level 7 (masters level). Validation was confirmed by the Conservatoire's Academic Board on 15 October 2008."],
    ["Legs", "Autumn leg: first Date 9 October 2008. Spring leg: first Date 5 February 2009."],
    ["Dates", "Eight Dates per leg, each a full school day, 9.15 to 3.30"],
    ["Recordings (assessed work)", "The Demo, the Set and the Live"],
    ["Party size and fee", "24 players per leg. £1,150 per player, invoiced to the school."],
    ["Please note", ""],
])
m = band_row(t, 8, "Please note: the tour is for teachers in Ellesmoor schools and academies only. The Tour Office cannot take bookings from other authorities in 2008-09.", fill="FFF2CC")

doc.add_heading("2. Why we are touring", level=1)
para(doc, "The point of the tour is the children. Sounding Out exists to raise the achievement of children and "
     "young people with SEN and disabilities in Ellesmoor schools and to improve their well-being across all "
     "five Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive "
     "contribution and achieving economic well-being, not only their test results. Every Date, every piece of "
     "Homework and all three Recordings ask the same question of the player: what is now different for the "
     "children in your school? The Set, the largest Recording, is marked first of all on the evidence it gives "
     "of a difference for a group of pupils.")
para(doc, "The tour is rooted in schools. Six of the eight Dates are held in schools, each Date ends with Homework "
     "to be done in the player's own school, and the Set is a change the player leads in school over at least "
     "ten weeks and then evaluates. A player who finishes the tour has already changed something for pupils; the "
     "Set is where we ask them to show it.")
para(doc, "What we play is up to date. The Dates draw on recent research and inspection evidence, including "
     "Ofsted's report Inclusion: does it matter where pupils are taught? (2006), the House of Commons Education "
     "and Skills Committee's report on special educational needs (2006), the Bercow Review of services for "
     "children and young people with speech, language and communication needs (2008), the Ofsted survey of "
     "the deployment of teaching assistants, and the Sounds of Intent research on musical development in "
     "children with complex needs. Section Leaders bring new evidence to each Tour Briefing and the running "
     "orders are changed to take it in.")

doc.add_heading("3. How the tour was planned: the listening tour", level=1)
para(doc, "Before we wrote a single running order, the Team went on a listening tour in the summer term of 2008. "
     "We visited 31 schools, sent a questionnaire to every head and SENCO in the county (112 sent, 76 returned), "
     "met the County's Parent Partnership Service and the Ellesmoor Parent Carer Forum, and sat in on the school "
     "councils of two special schools. What we heard changed the tour:")
for s in [
    "Heads asked for Dates in school hours rather than evenings, and for them to be held in schools that their SENCOs could learn from. All Dates are now day-time Dates, and six are held in host schools.",
    "SENCOs said the thing they felt least ready for was managing teaching assistants, so Date 4 now gives the whole afternoon to it.",
    "The Parent Carer Forum asked that parents should not only be talked about. Date 6 is now co-led by a parent from the Forum, and a parent sits on every Live panel.",
    "Pupils at Hollins Park School told us they were hardly ever asked about their own support. Date 5 is held at Hollins Park with its school council.",
    "The Local Authority's SEN team asked for the Code of Practice to come first, so the tour opens with it on Date 1.",
]:
    para(doc, s, style="List Bullet")

doc.add_heading("4. The touring party", level=1)
para(doc, "The players are the new SENCOs. Everyone else on the tour is listed here.")
t = table(doc, [
    ["Name", "Tour role", "Background"],
    ["Ruth Kendrew", "Tour Manager (programme leader)", "Head of Inclusion, Ellesmoor County Music Service. Nine years as SENCO of Castlegate High School. MA in Special and Inclusive Education (2004). Leads the County's SENCO network."],
    ["Dr Owen Pask", "Section Leader (Conservatoire)", "Senior Lecturer in Music Education and Disability, Kelmscott Conservatoire. PhD on music with pupils with profound and multiple learning difficulties. Research-active; works one day a week in Hollins Park School."],
    ["Priya Lal", "Section Leader", "Senior Educational Psychologist, Ellesmoor County Council, seconded to the tour for twelve days a year. Current caseload in mainstream and special schools."],
    ["Martin Gale", "Section Leader", "Advanced Skills Teacher for inclusion; until 2007 SENCO of Brookway Primary School. Postgraduate Diploma in Specific Learning Difficulties (dyslexia)."],
    ["Helen Ashcroft", "Tour Office (road crew)", "Bookings, venues, access arrangements, the Green Room and all records."],
    ["Buddies", "In-school mentor", "An experienced SENCO or senior leader in or near each player's school, named at the Soundcheck."],
])
para(doc, "All three Section Leaders hold a current school or casework role alongside the tour, and all attend the "
     "Conservatoire's research day each June, so that what they teach is up to date. The Tour Office checks the "
     "CRB status of its Section Leaders before each leg, because they work in host schools.")
p = para(doc, "Section Leaders meet at a Tour Briefing before each leg. At the Briefing the Tour Manager goes through "
         "the Soundcheck, the Tour Plan, the marking criteria for the three Recordings and the Set List, and the "
         "Section Leaders mark two sample Demos together and agree their marks. Buddies receive this Tour Book and a "
         "letter from the Tour Manager setting out what a Buddy does: meet the player twice a term, read the Set "
         "plan, and sign the Homework log. ")
r = add_run(p, "A training evening for Buddies is something we would like to add once the tour is running.")
comment(doc, r, "Buddy training evening: is there budget? Not in 2008-09 figures. HA", author="Helen Ashcroft", initials="HA")

doc.add_heading("5. Booking onto the tour", level=1)
para(doc, "Who can book", bold=True)
para(doc, "The tour is for qualified teachers who are the SENCO, or are about to become the SENCO, of an Ellesmoor "
     "school, and who have taught for at least two years. Every booking comes with a booking form signed by the "
     "head, who agrees to release the player for the eight Dates and to name a Buddy.")
para(doc, "The pre-call", bold=True)
para(doc, "Before a place is confirmed, the Tour Manager holds a twenty-minute telephone conversation with each "
     "applicant (the pre-call) and checks their starting point against the entry profile printed at the back of "
     "this book: a working knowledge of the Code of Practice, experience of writing and reviewing individual "
     "education plans, and some experience of leading other adults. Where an applicant is not yet ready, we say "
     "what they need to do to get there, usually the Music Service's one-day course SEN for Class Teachers and a "
     "term working alongside the school's current SENCO, we talk this through with the head, and the applicant "
     "books a later leg.")
para(doc, "Access and disability", bold=True)
para(doc, "The booking form asks every applicant, in plain words, whether they have a disability, a health condition "
     "or any other need we should plan for, and says why we ask: so that adjustments are in place before the first "
     "Date rather than after it. The Tour Office then agrees adjustments with the player. These have included large "
     "print and electronic copies of all papers, a BSL interpreter, a hearing loop, rest breaks, a parking bay at "
     "each Venue, extra time for the Live and a recorded rather than written Demo. Every Venue has level access and "
     "an accessible toilet, and the Tour Office checks each Venue against its access list before every Date, "
     "including the two placement schools. Places are offered on the entry profile alone. Our tour leaflet carries "
     "the same invitation to tell us about a disability, and Date 1 includes disabled adults' own accounts of "
     "school, given by members of the Ellesmoor Disabled People's Forum.")
para(doc, "Credit carried in", bold=True)
para(doc, "A player who has passed masters-level study in SEN within the last five years may carry in up to 20 "
     "credits under the Conservatoire's regulations for the Accreditation of Prior Learning. Experience can be "
     "credited too (APEL): the player puts together a short portfolio mapped against the Set List, which Dr Pask "
     "assesses and the Conservatoire's APL panel confirms. Credit carried in replaces the Demo.")
para(doc, "Direct entry", bold=True)
para(doc, "Some music services and universities run a direct entry route. The Fellbridge Music Service's SENCO "
     "Award, for example, lets very experienced SENCOs go straight to assessment without attending. We have "
     "looked at this carefully and we are not running one: every member of the party travels the whole tour.")
para(doc, "Safeguarding", bold=True)
para(doc, "Members of the touring party are employed teachers, and their schools, as employers, hold their CRB "
     "checks. The Tour Office does not ask to see disclosures and keeps no record of them.")

doc.add_heading("6. Soundcheck and Tour Plan", level=1)
para(doc, "No two players arrive at the same point, so no two tours are the same. Four weeks before Date 1 each "
     "player receives the Soundcheck: the Set List at the back of this book, with every outcome on it, to rate "
     "from 1 (new to me) to 5 (I could teach this), with an example from their own school for every rating of 4 "
     "or 5. The player then has a forty-minute Soundcheck meeting with a Section Leader, who asks about the "
     "examples, because knowledge that feels secure is sometimes out of date, and the ratings are agreed.")
para(doc, "From the Soundcheck the Section Leader and the player write the Tour Plan. It records which afternoon "
     "Sectionals the player will take on Dates 2 to 7 (there is a choice of two each afternoon), which Homework "
     "tasks are set at which level, and the player's personal set list: five to eight outcomes the player will "
     "put at the heart of their Set. The Tour Plan is reviewed at the Interval check on Date 4 and again before "
     "the Live.")
para(doc, "Because the Dates are held in schools and the Set is school work the school needs doing anyway, the "
     "tour costs a school one day's cover per Date and no more; a head told us on the listening tour that it is "
     "the best value training her SENCO had been offered.")

doc.add_heading("7. Itinerary", level=1)
t = table(doc, [
    ["Date", "Day", "Venue", "Theme"],
    ["", "", "", ""],
    ["1", "Thu 9 Oct", "Ellesmoor Music Centre", "Overture: the law, the Code and the role"],
    ["2", "Thu 23 Oct", "Brookway Primary School", "Know the score: finding out what pupils need"],
    ["3", "Thu 13 Nov", "Castlegate High School", "Arranging for everyone: teaching, ICT and assessment for learning"],
    ["4", "Thu 27 Nov", "Ellesmoor Music Centre", "Section by section: provision and people"],
    ["Interval", "", "", ""],
    ["5", "Thu 15 Jan", "Hollins Park School (special)", "The audience: pupils' voices"],
    ["6", "Thu 29 Jan", "Sandwell Lane Children's Centre", "Playing with others: parents, carers and agencies"],
    ["7", "Thu 12 Mar", "Kelmscott Conservatoire", "Leading the band: colleagues, heads and governors"],
    ["8", "Thu 7 May", "Kelmscott Conservatoire", "Last Night: the Live"],
    ["", "", "", ""],
])
band_row(t, 1, "AUTUMN LEG 2008-09 (the spring leg runs the same Dates from 5 February 2009 to 25 June 2009)", fill="C6E0B4")
band_row(t, 6, "Interval: the Interval check is held at the end of Date 4", fill="EDEDED")
band_row(t, 11, "Any Date may be taken with the other leg instead, by arrangement with the Tour Office.", fill="EDEDED")
para(doc, "The tour can be taken flexibly. A player may start in October or in February, may swap any Date for the "
     "same Date on the other leg, and may do the Set in either the spring or the summer term. A player whose "
     "circumstances change may pause after the Interval and finish with the next leg; the whole tour must be "
     "completed within two years.")

doc.add_heading("8. Day sheets", level=1)
para(doc, "Each Date has a day sheet. The running order may change on the day; the Tour Office texts any change.")

day_sheets = [
    ("DATE 1. OVERTURE. Ellesmoor Music Centre", [
        ("Get-in", "9.00 coffee in the Recital Room. Start 9.15 sharp."),
        ("Access", "Level access from Castle Street car park; lift to all floors; hearing loop in the Recital Room."),
        ("Running order", "The SENCO's role under the SEN Code of Practice (2001) and the SEN and Disability Act 2001: statutory assessment, statements, annual reviews and what the Code asks of the school. Every Child Matters: the five outcomes and the SENCO's part in them. The Disability Discrimination Act duties and the school's Disability Equality Scheme and accessibility plan. Disabled adults from the Ellesmoor Disabled People's Forum talk about school. Current policy: Removing Barriers to Achievement and the Inclusion Development Programme."),
        ("Local crew", "Sarah Okafor, County SEN Casework Manager; members of the Disabled People's Forum."),
        ("Homework", "Read your school's SEN policy and Disability Equality Scheme against the Code and write one page on what would need to change. Post it in the Green Room."),
    ]),
    ("DATE 2. KNOW THE SCORE. Brookway Primary School", [
        ("Get-in", "9.00. Park in the church car park opposite; the school car park is for staff."),
        ("Access", "Single storey; level access throughout."),
        ("Running order", "Identifying pupils who may have SEN: classroom observation, data and screening. The most common kinds of SEN and how they affect learning: behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders and moderate learning difficulties. Setting challenging targets and reviewing progress. Reading and using reports from educational psychologists, speech and language therapists and other professionals to plan teaching. Afternoon Sectionals: dyslexia in the secondary school, or early language."),
        ("Local crew", "Priya Lal (educational psychologist); Jo Marsh, Speech and Language Therapy Service."),
        ("Homework", "Choose the pupil for your Demo. Gather every assessment made of the pupil by anyone, and bring a summary to Date 3."),
    ]),
    ("DATE 3. ARRANGING FOR EVERYONE. Castlegate High School", [
        ("Get-in", "9.00 in the Music Block. Visitors sign in at main reception."),
        ("Access", "Lift to the first floor; accessible toilet in the Music Block."),
        ("Running order", "Approaches, strategies and resources for assessment, planning, teaching and learning, and how to judge them critically: multi-sensory teaching, structured programmes, visual timetables, music and movement. ICT and specialist technology: switch access, Clicker 5, Soundbeam, communication aids. Assessment for learning and how to help colleagues use it with pupils with SEN. Afternoon Sectionals: music technology for access, or assessment for learning in the secondary classroom."),
        ("Local crew", "Dr Owen Pask; the County's ICT and Access Adviser."),
        ("Homework", "Work with one colleague to try an assessment for learning approach with a pupil with SEN, and post what happened in the Green Room."),
    ]),
    ("DATE 4. SECTION BY SECTION. Ellesmoor Music Centre", [
        ("Get-in", "9.00 in the Recital Room."),
        ("Access", "As Date 1."),
        ("Running order", "Provision mapping: costing provision, finding what is missing and what is not working, and managing it across a year. Deploying and managing teaching assistants (the whole afternoon). Managing your own time: what to do, what to delegate and how to check it is done. The Interval check: Tour Plans are reviewed with your Section Leader."),
        ("Local crew", "Two SENCOs from Ellesmoor schools who provision-map well; a teaching assistant from Brookway."),
        ("Homework", "Draw your school's provision map. Write a plan for one week of your own time as SENCO."),
    ]),
    ("DATE 5. THE AUDIENCE. Hollins Park School", [
        ("Get-in", "9.15. Hollins Park is a school for pupils with severe and profound learning difficulties; please follow the host's guidance in classrooms."),
        ("Access", "Level access; hoists and changing places toilet available; quiet room for players."),
        ("Running order", "Consulting children and young people: the school council of Hollins Park runs the morning, showing how its members are asked about their own support and how they take part in their reviews. Methods for consulting pupils who do not use speech: symbols, Talking Mats, music and choice-making. How to involve pupils in planning, agreeing and reviewing their provision, and helping colleagues to build working relationships with them. Building fair, respectful relationships with pupils and families."),
        ("Local crew", "Hollins Park School Council and its staff; Dr Owen Pask."),
        ("Homework", "Ask three pupils with SEN in your school about their support, using a method chosen on the day, and use what they say in your Set plan."),
    ]),
    ("DATE 6. PLAYING WITH OTHERS. Sandwell Lane Children's Centre", [
        ("Get-in", "9.00. The Centre is busy; please use the side door."),
        ("Access", "Level access; crèche available for players' own children by arrangement."),
        ("Running order", "Working in partnership with parents and carers, co-led by a parent from the Ellesmoor Parent Carer Forum: difficult conversations, sharing information, annual reviews that parents want to come to. The scope and role of external agencies and voluntary organisations and how to get specialist support and resources: a market place of eight services including CAMHS, Sensory Support, the Parent Partnership Service and the National Autistic Society's local branch."),
        ("Local crew", "Parent Carer Forum; Parent Partnership Service; agencies as listed."),
        ("Homework", "Plan one meeting with parents in your school and, with your Buddy, review how it went."),
    ]),
    ("DATE 7. LEADING THE BAND. Kelmscott Conservatoire", [
        ("Get-in", "9.30 at the Conservatoire's Weston Building."),
        ("Access", "Lifts; hearing loops in all teaching rooms."),
        ("Running order", "Gaining the commitment of the head and senior leaders. Working with governors on an inclusive ethos, on policy and on the school's use of resources. Supporting colleagues' professional development: observation and feedback, modelling, coaching and mentoring, and running training. Reviewing the effectiveness of provision with other staff. Presenting clearly to colleagues: every player gives a five-minute talk and receives feedback."),
        ("Local crew", "Two headteachers; a chair of governors; Martin Gale."),
        ("Homework", "Observe a colleague teaching a pupil with SEN and give feedback, using the Date 7 protocol."),
    ]),
    ("DATE 8. LAST NIGHT. Kelmscott Conservatoire", [
        ("Get-in", "Your Live slot is in your confirmation letter. Please arrive thirty minutes early."),
        ("Access", "As Date 7. Extra time and other agreed adjustments are in place."),
        ("Running order", "The Lives. Afternoon: keeping up to date after the tour: the journals, networks and courses that SENCOs use; last year's pilot players on what they did next."),
        ("Local crew", "Live panels."),
        ("Homework", "None. The tour is over."),
    ]),
]
for title, rows in day_sheets:
    para(doc, title, bold=True)
    ds = table(doc, [[a, b] for a, b in rows], header=False)
    for row in ds.rows:
        shade(row.cells[0], "F2F2F2")
    para(doc, "")

doc.add_heading("9. Between Dates: the Green Room", level=1)
p = para(doc, "The Green Room is the tour's online space, on the Kelmscott Conservatoire's Moodle. Each leg has its "
         "own forum, the slides and readings for every Date, and a place to post Homework. Players post their "
         "Homework before the next Date and reply to at least two other players' posts, so that the party supports "
         "itself between Dates. ")
del_run(p, "Section Leaders look in on the Green Room twice a week and answer questions within two working days. ",
        author="Ruth Kendrew", date="2008-11-21T16:12:00Z")
r = add_run(p, "Questions for Section Leaders are taken at the next Date.")
comment(doc, r, "We can't promise twice a week with three Section Leaders on other days. Taking it out. RK",
        author="Ruth Kendrew", initials="RK")
para(doc, "The Tour Office emails heads and Buddies after every Date with the Date's running order and Homework, and "
     "players can reach the Tour Office by email or telephone at any time about bookings, access or Venues.")

doc.add_heading("10. The Recordings", level=1)
para(doc, "The tour is assessed by three Recordings.")
table(doc, [
    ["Recording", "What it is", "Size", "Due"],
    ["The Demo", "A case study of one pupil with SEN: what is known about the pupil from every assessment, what the school provides, what should change and why, written with reference to research.", "3,000 words", "After Date 4"],
    ["The Set", "A change the player leads in their own school over at least ten weeks, on their personal set list, with baseline and follow-up measures for a group of pupils, written up as a report to the head and governors.", "5,000 words", "Four weeks before Date 8"],
    ["The Live", "A twenty-minute presentation of the Set to a panel of a Section Leader, a headteacher and a parent from the Parent Carer Forum, followed by fifteen minutes of questions.", "35 minutes", "Date 8"],
])
p = para(doc, "Each Recording is marked against the Conservatoire's Level 7 criteria and the outcomes the Set List "
         "assigns to it. A Section Leader first-marks; a second Section Leader second-marks every fail, every "
         "distinction and a sample of ")
ins_run(p, "one in four ", author="Owen Pask", date="2008-11-19T09:40:00Z")
add_run(p, "of the rest, across both legs. The Conservatoire's moderator samples the marked work of every leg, and "
    "the external examiner, Professor Anne Rillington of the University of Harnley, sees the moderated sample and "
    "attends the Board of Examiners, which confirms all marks.")
para(doc, "The Award is made when all three Recordings have been passed. A player who fails a Recording may "
     "resubmit it once.")

doc.add_heading("11. Placements and specialist expertise", level=1)
p = para(doc, "Every player spends a morning in the classrooms of two host Venues, Hollins Park School ")
ins_run(p, "and the Brackley Pupil Referral Unit ", author="Helen Ashcroft", date="2008-11-20T11:05:00Z")
add_run(p, "shadowing their SENCOs. The host schools were chosen because their provision for pupils with SEN was "
    "judged outstanding at their last inspection, and each host SENCO has agreed a programme for the morning with "
    "the Tour Manager. Beyond the Section Leaders, players meet the specialists listed under Local crew on every "
    "day sheet: an educational psychologist, speech and language therapists, the Sensory Support and CAMHS teams "
    "and the Parent Partnership Service.")

doc.add_heading("12. Kit list", level=1)
para(doc, "Bring: this Tour Book; your Tour Plan; a memory stick; your school's SEN register and provision map "
     "(anonymised) on Dates 2 and 4.")
para(doc, "The tour provides: the Team's Inclusion Resource Store at Ellesmoor Music Centre, open to players on "
     "every Date and by appointment, with switch-access instruments, a Soundbeam, communication aids, assessment "
     "kits and a lending library of some 600 titles on SEN and disability; laptops with Clicker 5 and Boardmaker "
     "on every Date; full use of the Kelmscott Conservatoire library and its electronic journals for the length "
     "of the tour.")

doc.add_heading("13. Tour rules", level=1)
for s in [
    "Attend at least seven of the eight Dates. A missed Date is made up with the other leg.",
    "Be on time for the get-in. Venues are working schools.",
    "Never name a pupil outside the room; anonymise all Homework and Recordings.",
    "Mobile phones off in classrooms.",
    "Follow the host school's guidance at every Venue.",
]:
    para(doc, s, style="List Number")

doc.add_heading("14. The Tour Review", level=1)
para(doc, "How we find out whether the tour works, and what we do about it.", italic=True)
for s in [
    "After every Date, every player fills in a one-page Date sheet (what worked, what to change). The Tour Office collates the sheets within a week, and the Section Leaders meet to change the next Date's running order where they need to. Each change is logged in the change list at the front of the next issue of this book.",
    "At the Interval check and on Last Night, players re-rate themselves on every outcome of the Set List, using the same 1 to 5 scale as the Soundcheck, so that the growth in each player's confidence is measured outcome by outcome.",
    "Competence is measured by the Recordings' marks and the moderated sample.",
    "Pupils: every Set begins with baseline measures for its group of pupils (for example reading and spelling ages, P-levels or National Curriculum levels, attendance, or a well-being measure such as the Boxall Profile) and ends with the same measures at least ten weeks later. The Tour Office collates these measures across the whole party into a Tour Impact Report each summer.",
    "Externally, the Conservatoire's annual programme monitoring, the external examiner's report and the Music Service's own annual self-review all look at the tour; the Tour Impact Report and the examiner's report go to the Music Service Management Team, which agrees the changes for the next tour.",
]:
    para(doc, s, style="List Bullet")
para(doc, "Our stakeholders are already part of the tour: host heads open their schools, a parent co-leads Date 6, "
     "and heads and parents sit on the Live panels. We hope that heads and the Parent Carer Forum will, in time, "
     "join the Tour Review as well.")

doc.add_heading("15. Last Night and after", level=1)
para(doc, "After the Live, the tour is over. Last year's pilot party went on to many things: three to the "
     "Conservatoire's MA, one to a deputy headship, two to lead their cluster's SENCO network. Our advice: talk to "
     "your head about what comes next.")

doc.add_heading("16. The Set List", level=1)
para(doc, "The Set List is every outcome of the National Award in our words, where it is rehearsed and where it is "
     "performed (assessed). It is also the Soundcheck: rate yourself on every line.")
rows = [["What we call it", "Rehearsed on", "Performed in"]]
A = [
    ("Fair, warm and respectful relationships with pupils with SEN and their families", "Dates 5 and 6", "Demo; Live"),
    ("Winning the head and senior team over to the cause", "Date 7", "Set; Live"),
    ("Prioritising, managing your time, delegating and checking", "Date 4", "Homework only (not marked)"),
    ("Seeing problems coming; sound decisions about provision", "Dates 2 and 4", "Demo; Set"),
    ("Saying it clearly in speech and writing; listening to others", "Date 7", "Demo; Set; Live"),
    ("Using research and outside advice to improve your and colleagues' practice", "Dates 3 and 7", "Demo; Set"),
    ("Keeping up to date and owning your CPD", "Date 8", "Homework only (not marked)"),
]
K = [
    ("SEN law and the Code of Practice, and putting them into practice", "Date 1", "Demo; Live"),
    ("Every Child Matters and the SENCO's part in it", "Date 1", "Set"),
    ("Disability equality law and what it asks of schools", "Date 1", "-"),
    ("The common kinds of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their effect on learning", "Date 2", "Demo"),
    ("Approaches, strategies and resources, including ICT, judged critically", "Date 3", "Demo; Set"),
    ("Best practice and research on meeting SEN", "Dates 1 to 7", "Demo"),
    ("External agencies and how to get their help", "Date 6", "Demo; Live"),
]
S = [
    ("Influencing the school's ethos, policy, priorities and resources, with leaders and governors", "Date 7", "Set"),
    ("Identifying needs, setting targets, planning interventions and reviewing progress", "Date 2", "Demo; Set"),
    ("Using other professionals' assessments to plan teaching", "Date 2", "Demo"),
    ("Tracking progress with summative data and national tests and changing course", "-", "Set"),
    ("Helping colleagues use assessment for learning with pupils with SEN", "Date 3", "Green Room post (not marked)"),
    ("Exam access arrangements", "Not on this tour; the County Exams Officers' Network runs this each spring", "-"),
    ("Provision mapping; finding what is missing or not working", "Date 4", "Set"),
    ("Deploying and managing teaching assistants and other staff", "Date 4", "Homework only (not marked)"),
    ("Developing colleagues: observation, feedback, modelling, coaching, training", "Date 7", "Set; Live"),
    ("Reviewing provision with other staff", "Date 7", "-"),
    ("Pupils involved in planning and reviewing their own provision", "Date 5", "Set"),
    ("Working with parents and carers", "Date 6", "Set; Live"),
    ("Partnership with other services and voluntary organisations", "Date 6", "Not performed"),
]
bands = []
for label, group in (("ATTRIBUTES", A), ("KNOWLEDGE", K), ("SKILLS", S)):
    rows.append(["", "", ""])
    bands.append((len(rows) - 1, label))
    rows.extend([list(x) for x in group])
t = table(doc, rows)
for i, label in bands:
    band_row(t, i, label, fill="BDD7EE")
# comment on the 'Reviewing provision' row
target = None
for row in t.rows:
    if row.cells[0].text.startswith("Reviewing provision with other staff"):
        target = row.cells[1].paragraphs[0].runs[0]
comment(doc, target, "Ruth: Date 7 covers school self-evaluation too, doesn't it? Should we add a line for it? OP",
        author="Owen Pask", initials="OP")

para(doc, "")
para(doc, "Entry profile (for the pre-call)", bold=True)
para(doc, "A working knowledge of the SEN Code of Practice; experience of writing and reviewing individual education "
     "plans; some experience of leading or directing other adults; a head's agreement to release you and to name a "
     "Buddy.")

doc.save(str(HERE / f"{NAME}.docx"))
print(NAME, "words:", word_count(doc))
