"""jk-01-fellcraft-route-card

Provider (invented): the Leader Training Department of the Fellcraft Rangers Association (FRA), a national uniformed
youth organisation in the manner of the Scouts, with the University of Caldermere (School of Education and Lifelong
Learning) validating the course as a 60-credit Level 7 PGCert. Feb 2009.

Kind of document and layout: the FRA's own "Form EX1 Expedition Plan and Route Card", the form every leader files
before taking a party onto the hill, used by the Leader Training Department to plan its adult courses and sent whole.
No heading styles: PART titles are bold shaded Normal paragraphs typed in capitals ("PART 4  ROUTE CARD"); bold
run-in labels ("3b The Kit Check."). A field table (Part 1); a landscape route card table with merged module rows and
a vertically merged "Checkpoint" column; a "Summit Markers" outcome map in the FRA's own codes (R = Rope, M = Map,
C = Compass) with columns "Reached on" and "Checked at", some cells "Practised only (...)"; a staff table; a Kit List
table of resources; a VML text box "Note to the panel"; header and footer; Word comments; tracked changes (a
deleted sentence, an inserted sentence); a sign-off block with placeholders and typed tick boxes.

The course's own vocabulary: Legs (study days), Carry-outs (in-school tasks), Waypoint Tasks 1 and 2 (marked
assignments), the Summit Assessment (professional discussion), the Kit Check (needs assessment), the Individual
Route Plan, Route Tutors, Belayers (in-school mentors), rope teams, radio checks (phone tutorials), TrailNet (online
network), Night Navigation Legs (online Legs), Campfire Journal (unmarked log), Field Days, Next Expedition plan.

Traps (requirement ids):
- Text box blanket claim "Every national outcome is reached on the route and checked at a checkpoint": not
  evidence; the map shows otherwise (6.*, 1.9).
- Footer says all leaders and participants hold a CRB disclosure; the body says the FRA vets only its own adults and
  "we do not ask participants for their disclosure and do not record it" (5.3 not_met: wrong people, negation,
  footer never evidence).
- Assessment-only route: "Direct to Summit" exists only in a tracked deletion and as the 2007-08 pilot's past
  arrangement that "does not form part of the Summit Route" (2.3 not_met).
- Prior learning: taken into account (skip a Leg) but credit "under discussion"; a comment claims Caldermere has
  confirmed APEL (comments are not evidence) (2.1 partially_met).
- Field Day placements only "encouraged", the FRA will "suggest contacts"; specialist speakers are concrete
  (5.5 partially_met).
- Online "Night Navigation" Legs make 3.3 apply; tutors "do not answer questions there"; phone radio checks and
  rope teams give tutor/peer support between Legs (3.3 partially_met).
- Stakeholders: heads only sent a summary; parents and young people only "would like, in time" (4.3 partially_met);
  the survey and the changes it caused are concrete (4.1, 4.2 met).
- Impact on pupils only "We expect"; Kit Check redone for confidence (5.9 partially_met).
- Moderation by the external examiner is in a tracked insertion (5.8 met: insertions are part of the text).
- Award rule: each task passes at 50% and "a strong section can make up for a weaker one" (6.0 partially_met).
- Pupil voice is one short item in Leg 4 and C10 is "Practised only"; the FRA's Patrol Councils are its own youth
  practice, not course content (1.5 partially_met, 6.S7 partially_met).
- Outcome map: "Practised only" rows (R3 = 6.A3, R7 = 6.A7, C5 = 6.S2c, C10 = 6.S7, C12 = 6.S9) partially_met;
  M4 child development "Checked at" the Summit but "Reached on" a dash, no Leg teaches it (6.K4 partially_met);
  no row for school self-evaluation, only the FRA's own "Unit Health Check" for its own units (6.K7 not_met);
  no row or content for special arrangements in tests and exams (6.S2d not_met). 1.9 partially_met.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _jk_helpers import *

OUT = Path(__file__).with_name("jk-01-fellcraft-route-card.docx")
d = new_doc("Arial", 10)
header_footer(d, "Fellcraft Rangers Association  |  Leader Training Department  |  Form EX1 (Adult Training edition): Expedition Plan and Route Card",
              "Safety first: every FRA expedition party is vetted. All leaders and participants hold a current CRB enhanced disclosure.  Form EX1 rev. 2008")

GREEN = "E2EFD9"
def part(t):
    typed_title(d, t, size=11, color="385623", shade=GREEN)

para(d, "FELLCRAFT RANGERS ASSOCIATION", bold=True, size=16, color="385623", align="center")
para(d, "EXPEDITION PLAN AND ROUTE CARD", bold=True, size=14, align="center")
para(d, "The Summit Route: National Award for SEN Coordination, 2009-10", italic=True, size=12, align="center")
para(d, "This is the FRA's standard expedition plan, the form every Ranger leader files with the District before taking a party onto the hill. Our Leader Training Department plans all of its adult courses on the same form, and we send the Summit Route to the panel in that form, with the University of Caldermere's agreement, so that the panel sees the course exactly as our tutors, participants and their heads will see it. Where the form asks for a grid reference we have given the Leg Pack page instead.")
text_box(d, ["Every national outcome is reached on the route and checked at a checkpoint. Nothing is left to chance on the hill.",
             "We have kept the form's own words for its parts so that our leaders recognise it. Part 5 sets out the 28 things a SENCO must be able to do at the Summit, in our words; Part 4 shows where on the route each is reached.",
             "Hilary Dunstan, Expedition Leader"], title="Note to the panel from the Expedition Leader", height_pt=110)

part("PART 1  EXPEDITION DETAILS")
t = table(d, [
    ["Field", "Entry"],
    ["Expedition", "The Summit Route (National Award for SEN Coordination)"],
    ["Organising body", "Fellcraft Rangers Association, Leader Training Department, Stanegarth Lodge, Kendry"],
    ["Validating university", "University of Caldermere, School of Education and Lifelong Learning. The Summit Route was validated by the University on 14 January 2009 as the Postgraduate Certificate in SEN Coordination, and successful participants receive the University's award."],
    ["Level and credit", "60 credits at Level 7 (masters level): two 30-credit modules, EDM7101 Base Camp to High Camp and EDM7102 High Camp to Summit."],
    ["Expedition Leader", "Hilary Dunstan, Head of Adult Training (Education Programmes)"],
    ["External assessor", "The University's external examiner for the PGCert, Dr Rowan Ashby (University of Threlford)"],
    ["Party size", "Up to 24 newly appointed SENCOs for each start, walking in rope teams of four"],
    ["Start points", "Autumn start (first Leg late September) and Spring start (first Leg early February)"],
    ["Duration", "About twelve months part time: ten Legs (study days, two of them online), two Field Days, two Waypoint Tasks and the Summit Assessment"],
    ["Fee", "\u00a31,180 per participant, invoiced to the school"],
    ["Grid reference", "[not applicable: see Leg Pack pages in Part 4]"],
], widths=[4, 12], bold_first_col=True)

part("PART 2  AIM OF THE EXPEDITION")
para(d, "Every FRA expedition states an aim that the party can test itself against on the way down. The aim of the Summit Route is that children and young people with SEN and/or disabilities in participants' schools achieve more and are safer, healthier and happier at school: that they make better progress in learning and towards all five Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being) because their SENCO knows more, can do more and leads others well.")
para(d, "The aim is written into the learning outcomes of both modules and into the assessment. Each Waypoint Task asks the participant to show, for named pupils, what has changed in their progress and well-being and what the participant did to bring it about, and the Summit Assessment opens with the same question. A participant who cannot show a change in practice that has reached pupils does not pass the Waypoint Task.")
para(d, "We have planned the route around the schools our participants lead in. Every Leg ends with a Carry-out: a piece of practical work done in the participant's own school before the next Leg, tied to the Summit Markers of that Leg and brought back to the rope team for discussion. Both Waypoint Tasks are carried out in the participant's own school, with the head's agreement, and are about real pupils and real colleagues.")
para(d, "Leg Packs are rewritten for each party. This year's packs draw on the Bercow Review of services for children with speech, language and communication needs (2008), Ofsted's report Inclusion: does it matter where pupils are taught? (2006), the Inclusion Development Programme materials on dyslexia and on speech, language and communication needs (2008), and the University's own research on provision mapping in secondary schools.")

part("PART 3  PARTY, FITNESS AND PRE-EXPEDITION CHECKS")
runin(d, "3a Who can join the party.", "Participants must hold QTS, be in post as SENCO (or be named to take up the post within the year) and be nominated by the headteacher, who agrees to release them for the Legs and to meet them each term. Before a place is offered, the Expedition Leader reads the application and the head's nomination and talks to each applicant by phone about their role and experience. Where an applicant does not yet have the knowledge or experience to benefit, we tell them what to do first (usually the FRA's free two-evening Inclusion Basics course and a term shadowing an experienced SENCO), write to the head to agree it, and offer a place on a later start.")
runin(d, "3b The Kit Check.", "Every participant completes the Kit Check before Leg 1: a self-assessment against each of the 28 Summit Markers on a four-point scale (Not yet packed; Packed, not used; Used on the hill; Could teach it), with a short example for each rating of 3 or 4, countersigned by the head. The participant's Route Tutor goes through it with them in a 40-minute Kit Check conversation at Leg 1 and agrees an Individual Route Plan: which Markers need most work, which optional Carry-outs they will do, which Field Days suit them, and a personal set of Summit targets in their own words. The Route Plan is reviewed with the Route Tutor at Legs 4 and 8 and changed where the evidence shows the Kit Check was wrong.")
p = runin(d, "3c Previous expeditions.", "Many of our participants have done other courses. Where a Kit Check rating of 4 is backed by recent certificated study (for example a specialist certificate in specific learning difficulties, or a Level 6 module in inclusion), the Route Tutor can agree that the participant skips the matching Leg and uses the day for a different Carry-out. ")
r = p.add_run("Whether such study can also count as credit towards the 60 is under discussion with Caldermere's admissions office, and no decision has been made for 2009-10.")
comment(d, r, "Caldermere confirmed APEL of up to 30 credits at the November meeting - shall we put that in? HD", author="Hilary Dunstan", initials="HD")
p = runin(d, "3d Routes not taken.", "")
tracked(d, [("Experienced SENCOs may go Direct to Summit: they sit the Summit Assessment against all 28 Markers without walking the Legs. ", "del"),
            ("The 2007-08 pilot party included two members who went Direct to Summit. The University did not validate that route and it does not form part of the Summit Route.", None)],
        author="Priya Kaul", p=p)
runin(d, "3e Fitness and access.", "The FRA's equality policy applies to adult training in full. We ask on the booking form whether a participant needs any adjustment, and the Expedition Leader follows up every reply within a week. Adjustments made so far include hand-outs in large print and on coloured paper, a hearing loop at Stanegarth Lodge, extra time and a word processor with speech output for the Summit Assessment, and a BSL interpreter booked for the whole route for a Deaf member of the pilot party. Waypoint Task deadlines can be extended on medical or disability grounds through the University's extenuating circumstances procedure. Legs are held at venues with step-free access and accessible toilets, and the online Legs can be done with screen-reading software.")
runin(d, "3f Vetting.", "The FRA vets every adult volunteer and member of staff who works with young members: an enhanced CRB disclosure before appointment, renewed every three years, and two references. All Route Tutors, Belayers' trainers and guest speakers on the Summit Route are vetted in this way. Participants are employed by their schools, and checks on participants are their employer's business: we do not ask participants for their disclosure and do not record it.")

landscape_section(d)
part("PART 4  ROUTE CARD")
para(d, "Read across each Leg: where the party starts and finishes, what it covers on the way (the Waypoints), how long it takes, the Carry-out back at school and the checkpoint at which the Leg's Markers are checked. Leg Pack pages are given in brackets.", italic=True, size=9)
rows = [["Leg", "When", "From \u2192 To", "Waypoints (what we cover)", "Hours", "Carry-out (in school)", "Checkpoint"],
        [None]*7,
        ["1", "Sept / Feb", "Base Camp \u2192 The SENCO's ground (LP 1-14)", "The SEN Code of Practice (2001) and the graduated response; the SENCO's duties; the SEN and Disability Act 2001, the Disability Discrimination Act 1995 and the Disability Equality Duty (2006): what they require of the school, accessibility plans and reasonable adjustments; Every Child Matters and the five outcomes; Removing Barriers to Achievement (2004); the Kit Check conversation.", "6", "Audit your school's SEN policy against the Code of Practice and its accessibility plan against the Disability Equality Duty.", ""],
        ["2", "Oct / Mar", "Reading the ground (LP 15-32)", "The most common types of need and how each affects learning: behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; speech, language and communication needs (with the Bercow Review); autistic spectrum disorders; moderate learning difficulties. Guest speakers from the Kendry educational psychology service and the PCT's speech and language therapy team.", "6", "Observe two pupils with different needs across a morning and write up what helps and hinders their learning.", ""],
        ["3", "Nov / Apr", "Night Navigation 1: online (LP 33-48)", "Identifying pupils who may have SEN or disabilities from observation, data and assessment; setting challenging targets; planning interventions and reviewing progress; using reports from educational psychologists, therapists and advisory teachers to shape teaching; tracking progress with summative assessment, national tests and P scales and changing programmes that are not working; provision mapping and finding gaps.", "6 (over two weeks)", "Draft a provision map for one year group and mark where provision is missing or not working.", ""],
        ["4", "Dec / May", "Walking with families (LP 49-62)", "Building fair, respectful and constructive relationships with pupils and their parents and carers; advising and working in partnership with parents; role-play of an annual review meeting, co-led with the Kendry Parent Partnership Service; a short item on pupils' views at reviews.", "6", "Hold a review meeting with a family using the Leg 4 structure.", ""],
        ["5", "Jan / Jun", "Choosing the line (LP 63-80)", "Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT and assistive technology, and how to choose between them to remove barriers; formative assessment for pupils with SEN; what research says works (EPPI-Centre reviews, the Inclusion Development Programme) and how to use research and outside advice with colleagues.", "6", "Help a colleague try one formative assessment approach with a pupil with SEN.", ""],
        ["FD1", "any time", "Field Day 1 (optional)", "A day in a special school, resource base or outreach service of the participant's choice.", "6", "Note for the Campfire Journal.", "Not checked"],
        [None]*7,
        ["6", "Feb / Sept", "Leading the team (LP 81-96)", "Gaining the commitment of the head and senior leaders; working with senior colleagues and governors on an inclusive ethos, policy, priorities and the use of resources; deploying and managing teaching assistants; prioritising, managing time and delegating.", "6", "Review the teaching assistant timetable with your head.", ""],
        ["7", "Mar / Oct", "Rope work: coaching colleagues (LP 97-112)", "Advising and supporting colleagues within and beyond the school; supporting colleagues' professional development by observation and feedback, modelling, coaching and mentoring, and planning and delivering training; speaking and writing clearly and listening to others.", "6", "Observe a colleague and give feedback; deliver one twilight session to staff.", ""],
        ["8", "Apr / Nov", "Night Navigation 2: other teams on the hill, online (LP 113-126)", "The scope and role of external agencies and how to get specialist support and resources; working in partnership with services and voluntary organisations.", "6 (over two weeks)", "Map the agencies that work with your pupils and meet one you have not met before.", ""],
        ["9", "May / Dec", "Reviewing the route (LP 127-140)", "Reviewing with colleagues how well provision is working and reporting to the head and governors; anticipating and resolving problems and making sound decisions about provision; involving pupils in planning and reviewing their own provision.", "6", "Review one intervention with the staff who run it.", ""],
        ["10", "Jun / Jan", "Beyond the Summit (LP 141-150)", "Keeping up to date and taking charge of your own professional development; the Next Expedition plan; preparing for the Summit Assessment.", "6", "Draw up your Next Expedition plan and take it to your head.", ""],
        ["S", "Jul / Feb", "Summit", "The Summit Assessment", "1", "", "Summit Assessment (marked)"],
        ]
t = table(d, rows, header_fill="C5E0B3", widths=[1.2, 1.8, 3.5, 9.5, 1.5, 4.5, 3], size=8)
merge(t, 1, 0, 1, 6, "MODULE EDM7101  BASE CAMP TO HIGH CAMP  (30 credits)", bold=True, fill=GREEN, size=8)
merge(t, 8, 0, 8, 6, "MODULE EDM7102  HIGH CAMP TO SUMMIT  (30 credits)", bold=True, fill=GREEN, size=8)
merge(t, 2, 6, 6, 6, "Waypoint Task 1 (marked)", bold=True, size=8)
merge(t, 9, 6, 12, 6, "Waypoint Task 2 (marked)", bold=True, size=8)
set_cell(t.cell(7, 6), "Not checked", size=8, italic=True)
set_cell(t.cell(13, 6), "Not checked (the Next Expedition plan is not marked)", size=8, italic=True)
para(d, "")
runin(d, "The checkpoints.", "Waypoint Task 1 (Module EDM7101, 4,000 words) is a case study of the provision for three pupils with different needs in the participant's school: how they were identified, what assessment information from other professionals was used, the targets and interventions, the work with each family, the legal duties and reasonable adjustments involved, the review of progress and what changed for each pupil. Waypoint Task 2 (Module EDM7102, 5,000 words) is a change project the participant leads with colleagues: a provision map for a year group and the gaps it shows, the deployment of support staff, the coaching and training of colleagues, the case made to the head and governors, the review of the change with the staff involved, and the research used. The Summit Assessment is a 45-minute professional discussion with two assessors on the participant's portfolio of Carry-outs and both Waypoint Tasks.")
runin(d, "The Campfire Journal.", "Every participant keeps a reflective log through the route. The Route Tutor reads it at Legs 4 and 8 and writes comments; it is not marked and is not part of the award.")
runin(d, "Reaching the Summit.", "To reach the Summit a participant must pass each Waypoint Task and the Summit Assessment. Waypoint Tasks are marked on the University's Level 7 scale and pass at 50%; a strong section can make up for a weaker one within a task. The Summit Assessment is pass or refer, and a referred participant may return once at the next Summit.")

portrait_section(d)
part("PART 5  SUMMIT MARKERS")
para(d, "The 28 Markers are what a SENCO must be able to do at the Summit. R (Rope) Markers are about how the SENCO works with people, M (Map) Markers are what the SENCO knows, and C (Compass) Markers are what the SENCO does. \"Reached on\" gives the Leg where the Marker is taught; \"Checked at\" gives the checkpoint where it is marked.", size=9)
m = [["Marker", "At the Summit the SENCO can ...", "Reached on", "Checked at"],
     ["ROPE", None, None, None],
     ["R1", "build fair, respectful and constructive relationships with pupils with SEN and/or disabilities and with their parents and carers", "Leg 4", "Waypoint Task 1"],
     ["R2", "win the commitment of colleagues, the head and senior leaders to better outcomes for these pupils", "Leg 6", "Waypoint Task 2"],
     ["R3", "put first things first, manage their time and hand on tasks to others, checking they are done", "Leg 6", "Practised only (Campfire Journal)"],
     ["R4", "see problems coming and solve them, and make sound decisions about provision", "Leg 9", "Waypoint Task 2; Summit"],
     ["R5", "speak and write clearly and listen to others' views", "Leg 7", "Summit; both Waypoint Tasks"],
     ["R6", "use research and outside advice to improve their own and colleagues' practice", "Leg 5", "Waypoint Task 2"],
     ["R7", "keep up to date and take charge of their own development on SEN and disability", "Leg 10", "Practised only (Next Expedition plan, not marked)"],
     ["MAP", None, None, None],
     ["M1", "know the law and guidance on SEN, including the Code of Practice, what they mean for the school and how to put them into practice", "Leg 1", "Waypoint Task 1"],
     ["M2", "know the Every Child Matters outcomes and the SENCO's part in helping pupils reach them", "Leg 1", "Waypoint Task 1"],
     ["M3", "know the disability equality law and what it requires the school to do", "Leg 1", "Waypoint Task 1"],
     ["M4", "know how children develop and how SEN, disability and the environment for learning affect development", "\u2014", "Summit"],
     ["M5", "know the common types of SEN and disability and how they affect learning", "Leg 2", "Waypoint Task 1"],
     ["M6", "weigh up approaches, strategies and resources, including ICT, and use them to remove barriers", "Leg 5", "Waypoint Task 1"],
     ["M7", "know best practice and what research says about meeting special educational needs", "Leg 5", "Waypoint Task 2"],
     ["M8", "know what outside agencies do and how to get specialist support and resources", "Leg 8", "Waypoint Task 1"],
     ["COMPASS", None, None, None],
     ["C1", "work with senior colleagues and governors on an inclusive ethos, policy, priorities and resources", "Leg 6", "Waypoint Task 2"],
     ["C2", "identify pupils who may have SEN, set challenging targets, plan interventions and review progress", "Leg 3", "Waypoint Task 1"],
     ["C3", "use assessments by other professionals to shape teaching", "Leg 3", "Waypoint Task 1"],
     ["C4", "use summative assessments and national tests to track progress and change programmes", "Leg 3", "Waypoint Task 1"],
     ["C5", "encourage colleagues to use formative assessment, with approaches for pupils with SEN", "Leg 5", "Practised only (Leg 5 Carry-out)"],
     ["C6", "use provision mapping to plan provision and find what is missing or not working", "Leg 3", "Waypoint Task 2"],
     ["C7", "deploy and manage staff to support pupils with SEN", "Leg 6", "Waypoint Task 2"],
     ["C8", "support colleagues' development by observation and feedback, modelling, coaching and training", "Leg 7", "Waypoint Task 2"],
     ["C9", "review with other staff how well provision works and report it to the head and governors", "Leg 9", "Waypoint Task 2"],
     ["C10", "make sure pupils take part in planning, agreeing and reviewing their provision", "Leg 9", "Practised only (Campfire Journal)"],
     ["C11", "liaise with parents and carers to promote pupils' learning and development", "Leg 4", "Waypoint Task 1"],
     ["C12", "work in partnership with other services and agencies, including voluntary organisations", "Leg 8", "Practised only (Leg 8 Carry-out)"],
     ]
t = table(d, m, header_fill="C5E0B3", widths=[1.6, 9.5, 2, 3.6], size=8)
for r_, lab in ((1, "ROPE: how the SENCO works with people"), (9, "MAP: what the SENCO knows"), (18, "COMPASS: what the SENCO does")):
    merge(t, r_, 0, r_, 3, lab, bold=True, fill=GREEN, size=8)
para(d, "")
para(d, "Leg 9 also introduces participants to the FRA's own Unit Health Check, the self-review our Ranger units carry out each spring, as a model of an honest look at how a team is doing.", size=9)

part("PART 6  COMMUNICATIONS ON THE ROUTE")
para(d, "Between Legs the party keeps in touch through TrailNet, the FRA's online leader network, where each Summit Route party has its own closed area. Leg Packs, readings and the Carry-out sheets are posted there a week before each Leg, and Legs 3 and 8 (Night Navigation) are walked on TrailNet: a recorded talk, readings and a set of tasks over two weeks, with each rope team posting its answers in its own thread and commenting on the others'.")
para(d, "TrailNet is a noticeboard, not a classroom: Route Tutors post to it but do not answer questions there. Questions go to the monthly radio check, a 20-minute phone call between each participant and their Route Tutor, booked at Leg 1 for the whole route. Rope teams of four meet or phone between Legs, and many meet at each other's schools.")

part("PART 7  ROUTE TUTORS AND SUPPORT PARTY")
t = table(d, [["Name", "Role on the route", "Background"],
              ["Hilary Dunstan", "Expedition Leader; Route Tutor", "SENCO in two Kendry primary schools for eleven years; local authority SEN adviser 2003-08; MEd Inclusive Education (Caldermere); FRA District Commissioner and Leader Trainer"],
              ["Dr Priya Kaul", "Module leader EDM7102; Summit assessor", "Senior Lecturer in Inclusive Education, University of Caldermere; PhD on provision mapping in secondary schools (2006); former head of learning support in an 11-18 school"],
              ["Tom Ellery", "Route Tutor", "Specialist teacher for specific learning difficulties, AMBDA; Kendry Specialist Teaching Service; FRA Leader Trainer since 2001"],
              ["Grace Anyanwu", "Route Tutor; Summit assessor", "Deputy head and SENCO of Brackenside Special School; NPQH; MA Special and Inclusive Education"],
              ["Support Party", "Guest speakers at Legs 2, 4 and 8", "Kendry educational psychology service; Kendry PCT speech and language therapy team; Kendry Parent Partnership Service; the county's sensory support service; Kendry Young Carers"],
              ], widths=[3.2, 4, 9.5], size=8)
para(d, "")
para(d, "Every Route Tutor attends the University's annual SEN research seminar and the Kendry SENCO conference and spends at least two days a year working in schools. Route Tutors and Summit assessors attend a half-day Route Briefing before each start and work from the Route Leader's Handbook, which sets out each role, the marking criteria and the Kit Check procedure. Each participant's head names a Belayer, a senior colleague who acts as the participant's in-school mentor. Belayers receive a two-hour briefing at Stanegarth Lodge (or by phone) and a Belayer's Card that sets out what we ask of them: a half-termly meeting with the participant, signing the Carry-out sheets, and a short report to the Route Tutor at the end.")
para(d, "Participants are encouraged to spend their two Field Days in a special school, resource base or outreach service; many FRA units meet in special schools and we are glad to suggest contacts.")

part("PART 8  KIT LIST")
t = table(d, [["Item", "Provided by", "Notes"],
              ["Leg Packs (printed and on TrailNet)", "FRA", "Rewritten for each party"],
              ["Library and e-journal access", "University of Caldermere", "Every participant is a registered student with an Athens login for the University's electronic journals and the Education Library"],
              ["Assessment resources", "FRA resource room, Stanegarth Lodge", "Standardised tests, observation schedules and screening materials on loan between Legs"],
              ["Assistive technology loan kit", "FRA with Kendry Specialist Teaching Service", "Text-to-speech software, Clicker 5, Widgit symbol software, digital recorders and two laptops with dyslexia software, lent for Carry-outs"],
              ["Specialist loan library", "Kendry Specialist Teaching Service", "Books and resources on SpLD, SLCN and ASD, borrowed through Tom Ellery"],
              ["TrailNet", "FRA", "Closed party area; see Part 6"],
              ], widths=[4.5, 4.5, 7.7], size=8)

part("PART 9  WEATHER AND CONTINGENCY")
para(d, "Like any party on the hill, ours sometimes has to change plan. Legs 6 to 9 may be walked in any order, and a participant who misses a Leg joins the next party for that Leg. A participant who has to stop can leave after Module EDM7101 with 30 credits towards the University's award and rejoin a later party within two years. If snow closes Stanegarth Lodge, the Leg moves to the following Friday and the Leg Pack goes up on TrailNet.")

part("PART 10  LOGGING THE ROUTE")
para(d, "We learn from every route. Every participant fills in a Leg Report card at the end of each Leg; the Route Tutors debrief after each Leg and change the next Leg Pack where it is needed; at Leg 5 a Caldermere colleague who does not teach on the route runs a focus group with the party; the University's annual monitoring report and the external examiner's report go to the FRA's Adult Training Committee, which agrees the changes for the next party. After the pilot we moved the provision mapping work online and added the rope teams, because participants told us they learned most from each other.")
p = para(d, "Every Waypoint Task is marked by the Route Tutor and second-marked blind by a Caldermere tutor; where the two marks differ by more than eight, a third marker decides. Before each marking round the marking team meets for a standardisation hour using three anonymised scripts. ")
tracked(d, [("The University's external examiner moderates a sample of Waypoint Tasks from every party and attends the Summit Assessments.", "ins")], author="Priya Kaul", p=p)
p = para(d, "We ask participants to redo the Kit Check at Leg 10, so that we can compare each participant's ratings before and after the route, and every Leg Report card asks how confident the participant now feels about that Leg's Markers. ")
r = p.add_run("We expect that pupils in participants' schools will benefit, and heads tell us so informally.")
comment(d, r, "Could we ask for pupil data in WT1? PK", author="Priya Kaul", initials="PK")
para(d, "Before we planned the route we surveyed SENCOs through the three local authorities where the FRA's leader training is strongest, and 138 replied. We also held two meetings with the Kendry and Harsdale local authority SEN teams, and asked the 40 of our own leaders who are teachers what new SENCOs lacked. They told us: time, the law, and how to lead colleagues.")
para(d, "What they told us changed the route. The Legs moved from Saturdays to Fridays after SENCOs said that weekends were the FRA's habit, not theirs; Leg 6 on leading the team was added; and the local authority SEN teams asked for the Parent Partnership Service to co-lead Leg 4, which it now does.")
para(d, "At the end of the route we send each head a summary of what their SENCO has done. We would like, in time, to invite parents and young people from our own units to help us look at the route.")
para(d, "In the FRA, Patrol Councils let young members shape their own programme, and many of our leaders bring that habit with them into school.")

part("PART 11  BEYOND THE SUMMIT")
para(d, "No expedition ends at the top. At Leg 10 each participant draws up a Next Expedition plan: two or three professional targets for the following year, each with a route to it (further study, a network to join, a specialist qualification, a role in the local SENCO forum), and takes it to a meeting with the head before the end of term. Route Tutors discuss each plan one to one, and the admissions tutor for the University's MA in Inclusive Education joins the afternoon to talk about the next step.")
para(d, "The route is shaped to each participant through the Individual Route Plan: skipped Legs, optional Carry-outs and the choice of Field Days. It is also good value. The fee covers ten Legs, the University's registration and assessment, TrailNet and the loan kit; Legs are held in Kendry so there are no overnight costs, and schools lose their SENCO for eight days, not ten, because two Legs are online. Each Leg builds on the one before and on the participant's Carry-outs, so that the party climbs steadily towards the Summit Markers.")

part("PART 12  SIGN-OFF")
table(d, [["Check", "Done"],
          ["Route card filed with District Expedition Adviser", "\u2610"],
          ["Emergency contacts lodged with Stanegarth Lodge", "\u2612"],
          ["Party list and medical forms", "[to follow]"],
          ["Plan approved by", "[signature]  District Expedition Adviser   Date: [    ]"],
          ], widths=[10, 6.7], size=9)
d.save(OUT)
print("wrote", OUT)
