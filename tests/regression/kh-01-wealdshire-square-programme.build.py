"""kh-01-wealdshire-square-programme

Provider (invented): Wealdshire County Cricket Club Community Trust, working with the
University of Ardingley School of Education, January 2009, for delivery from September 2009.

Document kind and layout: the course written up as the Head Groundsman's annual "Square
Programme" (the ground staff's preparation and renovation programme for the square), in the
grounds department's house style. The course is "the Square", its six units are "Strips", study
days are "Preparation days", tutors are "Groundstaff", school mentors are "Outfield Captains",
marked assignments are "Matches", the pre-course needs audit is "Renovation", the entry
interview is the "Soil sample", the external examiner is the "Pitch Liaison Officer" and the
online area is "the Pavilion". Heading 1 styles carry the programme's own part letters (Part A
to Part J). A "Key to the Programme" table defines the terms. A strip calendar table has merged
month cells and shaded rows. The outcomes sit in "THE SQUARE CHART" ("Rolled on | Played on")
whose cell values ("Practice strip only", "Uncut") are defined in sentences above it; the chart
has merged group rows. The online area is described only in a text box. Header and footer.
Word comments, tracked insertions and deletions (author R. Fairweather).

Traps (requirement ids):
- Aim is attainment in reading, writing and mathematics only; ECM appears only as Strip 1
  content (1.1 partially_met).
- Pupil voice only "encouraged" in general terms (1.5 partially_met); the chart gives 6.S7
  "Practice strip only" (6.S7 partially_met).
- Several lines not Played on, one line missing, so assessment is not against all outcomes
  (1.9 partially_met).
- Prior certificated credit counted, experience explicitly not accredited (2.1 partially_met).
- Assessment-only route: a whole paragraph offering one is a tracked DELETION; the live text says
  "There is no route to the Award by assessment alone" (2.3 not_met).
- Further targets: only the University's MA prospectus handed out (2.5 partially_met).
- The January start and twilight strand are a tracked INSERTION, so they count (3.2 met).
- The Pavilion (text box): readings and a peer forum, Groundstaff do not answer on it
  (3.3 partially_met).
- Stakeholder evaluation only hoped for (4.3 not_met); the schools' survey and the changes it
  made are concrete (4.1, 4.2 met).
- CRB checks: body covers the Trust's coaching staff only (wrong people); "every course member"
  appears only in the page footer; a comment asks whether to add it (5.3 not_met).
- Placements: none for course members; special-school placements belong to the neighbouring
  Downshire CCC Trust's course (5.5 partially_met: LA specialists do visit).
- Resources in general terms only (5.6 partially_met).
- Outfield Captains only get a letter; Groundstaff are briefed properly (5.7 partially_met).
- Pupils' progress explicitly not collected; participants' confidence rated (5.9 partially_met).
- Award rule is passing all six Matches at 50 per cent, not the outcomes (6.0 partially_met).
- Chart: 6.A3, 6.K7, 6.S2c, 6.S7 "Practice strip only" (partially_met); 6.K3's Played-on cell
  "Match 1" is a tracked deletion with "Practice strip only" inserted (6.K3 partially_met); no
  line for child development (6.K4 not_met); access arrangements for tests appear only in a
  Word comment (6.S2d not_met); 6.A7 is "Uncut" on the chart but Strip 6 prose teaches it and
  Match 6 marks it (6.A7 met).
"""
from pathlib import Path
from docx.enum.section import WD_ORIENT
from _kh_helpers import *

OUT = Path(__file__).with_name("kh-01-wealdshire-square-programme.docx")
d = base("Calibri", 10.5)
header_footer(d, "Wealdshire CCC Community Trust  |  Grounds Department  |  Square Programme 2009-10",
              "Ground staff copy. Enhanced CRB disclosures are checked for every course member.  Page ref GD/SQ/09")

para(d, "WEALDSHIRE COUNTY CRICKET CLUB COMMUNITY TRUST", bold=True, size=14, align="c")
para(d, "THE SQUARE PROGRAMME 2009-10", bold=True, size=18, align="c")
para(d, "Preparing the Square: the Wealdshire Award for SEN Coordination", italic=True, size=12, align="c")
para(d, "Issued by the Head Groundsman's office for the Trust's Education Committee, January 2009. "
        "Submitted to the TDA with our application for approval to run the National Award for SEN Coordination.",
     italic=True, align="c")

d.add_heading("Part A. The Square and this programme", level=1)
para(d, "Every spring the Head Groundsman issues a Square Programme: what will be done to each strip, in what order, "
        "with what equipment, and how we will know the pitch is fit to play on. Since the Trust began its schools work "
        "in 2003 we have borrowed the same discipline for our courses for teachers, and this year's programme is the "
        "Square for newly appointed SENCOs. We have kept the grounds department's layout because the staff who run it, "
        "the schools who send teachers to it and the University who validate it all know how to read it.")
para(d, "The Square is validated by the University of Ardingley School of Education as a Postgraduate Certificate "
        "in Special Educational Needs Coordination. It carries 60 credits at Level 7 (masters level) and the "
        "University awards the certificate. The Trust runs the Preparation days, employs the Groundstaff with the "
        "University and handles enquiries, bookings and the course members' records; the University's Faculty "
        "Quality Committee approves the programme and its Board of Examiners confirms every result.")
para(d, "The aim of the Square is to raise the attainment in reading, writing and mathematics of pupils with special "
        "educational needs in Wealdshire schools, by giving the teachers who coordinate their provision the knowledge "
        "and the standing in their schools to lead it. Everything on the six Strips is chosen for what it will do to "
        "those pupils' results.")

d.add_heading("Part B. Key to the Programme", level=1)
para(d, "The programme uses the ground staff's own words. This table gives what each one means on the Square.")
key = [
    ["Term", "What it means on the Square"],
    ["The Square", "The whole course: six Strips, twelve Preparation days, six Matches."],
    ["Strip", "A unit of 10 credits. There are six Strips, prepared in order, Strip 1 to Strip 6."],
    ["Preparation day", "A taught study day at the County Ground, Ardingley Road, Wealdbridge, 9.15 to 3.30."],
    ["Groundstaff", "The course tutors (Part G names them)."],
    ["Outfield Captain", "The experienced SENCO or senior leader in the course member's own school or cluster who mentors them."],
    ["Course member", "A teacher on the Square."],
    ["Renovation", "The needs audit made before the first Preparation day."],
    ["Soil sample", "The entry interview."],
    ["Outfield task", "A task carried out in the course member's own school between Preparation days."],
    ["Match", "A marked assignment. Matches are marked against the University's Level 7 criteria."],
    ["Pitch Liaison Officer", "The University's external examiner for the Square."],
    ["The Pavilion", "The Square's online area on the University's learning platform."],
]
table(d, key, header_fill="C6E0B4")

d.add_heading("Part C. Renovation and the Soil sample (before the season)", level=1)
para(d, "C1. Who may join. Course members must hold qualified teacher status and be in post as SENCO, or be named by "
        "their governors to take up the post within the year, in a maintained school or academy in Wealdshire or a "
        "neighbouring authority. The head teacher signs the application and agrees to release the course member for "
        "the twelve Preparation days and to name an Outfield Captain.")
para(d, "C2. The Soil sample. Every applicant has a forty-minute Soil sample with two Groundstaff, one of them from the "
        "University. It checks that the applicant's knowledge of the Code of Practice, of assessment and of their own "
        "school's provision is enough for them to be likely to reach every line of the Square Chart in a year. The "
        "interview uses a set of six questions and a short written task on a pupil's record. Where an applicant is not "
        "yet ready we write to them and to their head teacher saying what they need to do first (usually a term "
        "shadowing the present SENCO and the county's free Introduction to SEN course) and we offer a place in the next "
        "intake.")
para(d, "C3. Renovation. Once accepted, each course member completes the Renovation audit. It lists every line of the "
        "Square Chart and asks them to rate themselves from 1 (new to me) to 4 (I do this confidently and could show "
        "you), with a note of evidence for every 3 or 4. On the first Preparation day each course member meets their "
        "Groundstaff tutor for thirty minutes. Together they agree the ratings, and the tutor writes the course member's "
        "Individual Preparation Plan: the lines they will concentrate on, the Net sessions they will join, the Outfield "
        "tasks that suit their school, and two or three personal lines of their own (for example, a course member "
        "from a special school may add a line on reintegration to mainstream). The Plan is reviewed at the end of "
        "Strips 2 and 4, and the Groundstaff look for evidence against the ratings in every Match. Where a whole intake "
        "already rates itself 4 on a line, the Strip gives that line less time and spends it on lines the intake finds "
        "hardest.")
para(d, "C3a. Fees. The Square costs £1,150 a course member, the same as a University postgraduate certificate, "
        "because the Trust provides the Long Room and the catering free and the county meets half the cost of its "
        "Senior Adviser's time. The 60 credits count in full towards the University's MA in Inclusive Education.")
para(d, "C4. Prior credit. Course members who already hold credit at Level 7 in special educational needs from a UK "
        "university within the last five years may have up to 20 credits counted towards the Square, against Strips 1 "
        "and 2, on the University's usual accreditation of prior certificated learning procedure. We do not at present "
        "accredit experience that has not been certificated.")
p = para(d, "C5. There is no route to the Award by assessment alone. Every course member prepares all six Strips "
            "and plays all six Matches, however experienced.")
del_para(d, "C5a. Experienced SENCOs and members of the county's SEN support services may ask to be Played on without "
            "Preparation: they submit all six Matches in one term and are examined by the Pitch Liaison Officer.")

d.add_heading("Part D. The strip calendar", level=1)
para(d, "The Square runs part time over one year. Preparation days fall on Saturdays, roughly every four weeks, with a "
        "twilight Net session (4.30 to 6.30) in the week between. Each Strip has two Preparation days, one Net session "
        "and one or two Outfield tasks, and ends with its Match.")
cal = [
    ["Months", "Strip", "Preparation days", "Match due"],
    ["September - October", "Strip 1: The Laws of the Game", "PD1, PD2", "Match 1, 6 November"],
    ["September - October", "", "", ""],
    ["November - December", "Strip 2: Knowing the Surface", "PD3, PD4", "Match 2, 15 January"],
    ["January - February", "Strip 3: Reading the Pitch", "PD5, PD6", "Match 3, 5 March"],
    ["March - April", "Strip 4: The Outfield", "PD7, PD8", "Match 4, 30 April"],
    ["May - June", "Strip 5: Captaincy", "PD9, PD10", "Match 5, presented 20 June"],
    ["May - June", "Strip 6: The End-of-Season Report", "PD11, PD12", "Match 6, 17 July"],
]
t = table(d, cal, header_fill="C6E0B4")
merge(t, 1, 0, 2, 0, "September - October")
merge(t, 1, 1, 2, 1, "Strip 1: The Laws of the Game")
merge(t, 1, 2, 2, 2, "PD1, PD2")
merge(t, 1, 3, 2, 3, "Match 1, 6 November")
merge(t, 6, 0, 7, 0, "May - June")
for r in (3, 5, 7):
    for c in range(4):
        shade(t.cell(r, c), "EDF5E6")
para(d, "")
ip = d.add_paragraph()
mixed_para(ip, [("t", "D1. Other ways through the Square. "),
                ("i", "A second intake starts in January, taking the Strips in the order 3, 4, 1, 2, 5, 6, and a "
                      "twilight strand runs the Preparation days as paired weekday evenings for course members who "
                      "cannot attend on Saturdays. Course members may also take the Square over two years instead "
                      "of one, preparing three Strips a year, and may move between intakes if a term is lost to "
                      "illness or a school inspection."),
                ("d", "All course members start in September.")])

d.add_heading("Part E. Match-pitch preparation: the six Strips", level=1)
para(d, "Each Strip below is written as the ground staff write up a match pitch: what is done on it, what the course "
        "member takes back to their own school as an Outfield task, and how it is played.")
strips = [
    ("Strip 1: The Laws of the Game",
     "Strip 1 prepares the ground that everything else is played on. Groundstaff take course members through the law "
     "and guidance on special educational needs: the Education Act 1996, the SEN Code of Practice 2001 and its "
     "graduated response, the SEN and Disability Act 2001, Removing Barriers to Achievement (2004), and the Education "
     "(Special Educational Needs Coordinators) Regulations 2008, with what each means a SENCO has to do on Monday "
     "morning. The second Preparation day covers Every Child Matters, its five outcomes and the SENCO's place in the "
     "children's trust arrangements, and the Disability Discrimination Act 2005 and the disability equality duty, "
     "including the school's accessibility plan. Course members practise explaining a piece of the law to a sceptical "
     "colleague in two minutes, and write clearly for a governors' audience. The Outfield task is to audit the "
     "school's SEN policy against the Code. Match 1 is a 3,000-word paper on how their school meets its duties under "
     "the Code and Every Child Matters."),
    ("Strip 2: Knowing the Surface",
     "Strip 2 is about the pupils. Course members study the most common kinds of special educational need and "
     "disability met in mainstream schools: behavioural, emotional and social difficulties; specific learning "
     "difficulties, including dyslexia; speech, language and communication needs; autistic spectrum disorders; and "
     "moderate learning difficulties, and how each affects learning. The Strip uses the Bercow Review (2008), the "
     "Ofsted report Inclusion: does it matter where pupils are taught? (2006) and current research summaries; "
     "Groundstaff update the Strip's reading list every summer from the year's Ofsted and DCSF publications. Course "
     "members learn to draw on research and on advice from specialist services to improve their own and colleagues' "
     "teaching. Match 2 is a critical review of the research on one kind of need and what it means for their school."),
    ("Strip 3: Reading the Pitch",
     "Strip 3 is assessment and intervention. Course members learn to identify pupils who may have special "
     "educational needs, to set targets that stretch them, to plan interventions and to review progress, using the "
     "reports of educational psychologists, speech and language therapists and advisory teachers to shape teaching. "
     "They learn to use summative assessment, including the national tests and P scales, to track progress and change "
     "a programme that is not working, and they weigh up approaches, strategies and resources for assessment, "
     "planning and teaching, including ICT and specialist software. A Net session looks at how SENCOs can help "
     "colleagues use formative assessment with pupils with SEN; course members try a short coaching conversation on "
     "it and receive feedback, but this is practice only. Decision-making is a thread throughout: each course member "
     "brings one hard case and the group works it through. Match 3 is a case study of one pupil: baseline measures, the "
     "intervention, the outcome, and the work with the pupil's parents and the other adults around them."),
    ("Strip 4: The Outfield",
     "Strip 4 turns outward. Groundstaff and visiting speakers from the county's SEN team, the parent partnership "
     "service, the educational psychology service, health, social care and two voluntary organisations (the local "
     "dyslexia association and a parents' group for children with autism) cover the scope of each service, how to get "
     "specialist support and resources, and how to work alongside them. A Preparation day is given to building fair, "
     "respectful and constructive relationships with pupils and with their parents and carers, and to liaising with "
     "parents well. Course members are encouraged to talk with pupils about their provision when they can. The "
     "Outfield task is to map the agencies working with their school. Match 4 is a multi-agency audit: how well the "
     "school works with the services round it, including one problem the course member resolved."),
    ("Strip 5: Captaincy",
     "Strip 5 is leadership. Course members learn to work with the head teacher, senior leaders and governors to shape "
     "the school's inclusive ethos, policies and spending, how to win colleagues' commitment, how to deploy and manage "
     "teaching assistants, and how to support colleagues' development through observation and feedback, modelling, "
     "coaching and short training sessions. A Net session covers prioritising a SENCO's week and delegating; course "
     "members bring their diaries and plan a half-term, which the tutor reviews with them, but it is not marked. Match 5 "
     "has two parts: a presentation to their head teacher and a governor on a change to SEN provision, and a staff "
     "training session they design and lead, observed by their Outfield Captain with the Groundstaff tutor's report."),
    ("Strip 6: The End-of-Season Report",
     "Strip 6 looks back at the season. Course members learn to use provision mapping and provision management to see "
     "what the school's provision costs, what works and what is missing or ineffective, and to review its "
     "effectiveness with other staff. A Preparation day introduces the principles of school self-evaluation and "
     "improvement as they bear on SEN outcomes. Course members also take stock of their own learning: how they will "
     "keep up to date and take charge of their professional development. Match 6 is the school's provision map with a "
     "review written with colleagues, and a reflective log of the year's development against their Individual "
     "Preparation Plan."),
]
for title, body in strips:
    para(d, title, bold=True)
    para(d, body)

d.add_heading("Part F. The Square Chart", level=1)
para(d, "The Square Chart is the list of lines every course member must reach: the national minimum outcomes for SENCOs "
        "in the grounds department's words. For each line, \"Rolled on\" gives the Strip and Preparation day where it is "
        "taught and \"Played on\" gives the Match in which it is marked. Where \"Played on\" says Practice strip only, "
        "the line is practised in a Net session with feedback from the tutor and is never marked. Where \"Rolled on\" "
        "says Uncut, the line is not taught on a Preparation day this season.")
chart = [
    ["Line", "Rolled on", "Played on"],
    ["THE CAPTAIN'S QUALITIES", "", ""],
    ["Keeps fair, respectful and constructive relationships with pupils with SEN and their parents", "Strip 4, PD7", "Match 3"],
    ["Wins the commitment of colleagues, the head teacher and senior leaders", "Strip 5, PD9", "Match 5"],
    ["Plans a SENCO's time, sets priorities and delegates", "Strip 5, Net", "Practice strip only"],
    ["Sees problems coming, resolves them and makes sound decisions about provision", "Strip 3, PD6", "Match 4"],
    ["Speaks and writes clearly; listens to other people's views", "Strip 1, PD1", "Match 1, Match 5"],
    ["Uses research and outside advice to improve practice", "Strip 2, PD4", "Match 2"],
    ["Keeps up to date and takes charge of own development", "Uncut", "Match 6"],
    ["KNOWING THE GROUND", "", ""],
    ["SEN law and guidance, the Code of Practice and putting them into practice", "Strip 1, PD1", "Match 1"],
    ["Every Child Matters and the SENCO's part in it", "Strip 1, PD2", "Match 1"],
    ["Disability equality law and what it requires", "Strip 1, PD2", ""],
    ["The common kinds of SEN and disability and how they affect learning", "Strip 2, PD3", "Match 2"],
    ["Approaches, strategies and resources for assessment and teaching, incl. ICT", "Strip 3, PD5", "Match 3"],
    ["School self-evaluation and improvement for SEN outcomes", "Strip 6, PD11", "Practice strip only"],
    ["Best practice and research in meeting SEN", "Strip 2, PD4", "Match 2"],
    ["What outside agencies do and how to get their help", "Strip 4, PD8", "Match 4"],
    ["PREPARING THE PITCH", "", ""],
    ["Works with senior staff and governors on inclusive ethos, policy and resources", "Strip 5, PD9", "Match 5"],
    ["Identifies pupils, sets targets, plans interventions, reviews progress", "Strip 3, PD5", "Match 3"],
    ["Uses other professionals' assessments to shape teaching", "Strip 3, PD5", "Match 3"],
    ["Uses summative assessment and national tests to track progress", "Strip 3, PD6", "Match 4"],
    ["Helps colleagues use formative assessment with pupils with SEN", "Strip 3, Net", "Practice strip only"],
    ["Maps and manages provision; finds what is missing or not working", "Strip 6, PD11", "Match 6"],
    ["Deploys and manages support staff", "Strip 5, PD10", "Match 5"],
    ["Supports colleagues' development: observation, coaching, training", "Strip 5, PD10", "Match 5"],
    ["Reviews provision with colleagues to feed school self-evaluation", "Strip 6, PD12", "Match 6"],
    ["Involves pupils in planning and reviewing their provision", "Strip 4, Net", "Practice strip only"],
    ["Liaises with parents and carers", "Strip 4, PD7", "Match 3"],
    ["Works with other services and voluntary organisations", "Strip 4, PD8", "Match 4"],
]
t = table(d, chart, header_fill="C6E0B4")
for r in (1, 9, 18):
    merge(t, r, 0, r, 2, chart[r][0])
    shade(t.cell(r, 0), "E2EFDA")
    for run in t.cell(r, 0).paragraphs[0].runs:
        run.bold = True
# 6.K3 row: "Match 1" deleted, "Practice strip only" inserted
k3 = t.cell(12, 2).paragraphs[0]
mixed_para(k3, [("d", "Match 1"), ("i", "Practice strip only")])
comment(d, t.cell(14, 0).paragraphs[0],
        "Should we add a line for access arrangements for the national tests and exams? It's in PD6 - Head of Ground",
        author="M. Tolley", initials="MT")
para(d, "")

d.add_heading("Part G. Groundstaff and Outfield Captains", level=1)
para(d, "G1. The Groundstaff. The Square is led by Dr Helen Marchbank, Senior Lecturer in Inclusive Education at the "
        "University of Ardingley, a SENCO for nine years in two Wealdshire comprehensives, with an MA in SEN and a "
        "doctorate on provision mapping. She is joined by Paul Oduya, the county's Senior Adviser for SEN and a former "
        "primary head teacher; Janet Crewe, a senior educational psychologist with the county's service; and Lorna "
        "Pike, an advanced skills teacher for SEN and the SENCO of Wealdbridge Primary. All four teach on the "
        "University's MA in Inclusive Education or work in the county's SEN services now, and each attends at least "
        "one national SEN conference and the University's research seminars every year.")
para(d, "G2. Getting the Groundstaff ready. Before each season the Groundstaff meet for a half-day briefing with the "
        "Pitch Liaison Officer's last report, the Groundstaff handbook (roles, the Square Chart, the marking criteria "
        "and the moderation timetable) and a marking exercise on last year's Matches. New Groundstaff shadow a full "
        "Strip before they teach one.")
para(d, "G3. Outfield Captains. Each course member's head teacher names an Outfield Captain. The Trust sends every "
        "Outfield Captain a letter explaining the Square and the Outfield tasks.")
para(d, "G4. Safeguarding. All Trust coaching staff who work in schools hold enhanced CRB disclosures, renewed every "
        "three years and recorded on the Trust's single central record.")
cp = para(d, "G5. Specialists and placements. Specialists from the county's SEN team, the educational psychology "
             "service, health and the voluntary sector teach on Strips 2 and 4 (Part E). Course members are not "
             "placed in other schools; each works in their own. Our neighbours at the Downshire CCC Trust arrange a "
             "week in a special school for every member of their course.")
comment(d, cp, "Can we say we do the CRB checks for course members too, like Downshire? - Trust Office",
        author="Trust Office", initials="TO")

d.add_heading("Part H. Equipment and covers", level=1)
para(d, "H1. Equipment. The Trust's Long Room and the University's Wealdbridge campus will provide what the Square needs, "
        "and resources will be sufficient for the course.")
para(d, "H2. Covers: access and equality. The Square's application form asks every applicant whether they have a "
        "disability or a need we should plan for, and says why we ask; the leaflet and the form are available in large "
        "print and on audio CD. The Long Room has step-free access from the car park, a hearing loop and an accessible "
        "toilet; Preparation days are planned so that no session needs stairs. Course members who disclose a "
        "disability are offered a meeting with the University's disability adviser, and agreed reasonable adjustments "
        "(extra time, alternative formats for Matches, a reader or a scribe, rest breaks) follow them into every "
        "Preparation day, Outfield task and Match. Selection decisions at the Soil sample are made on the published "
        "criteria only, and the Trust's equality scheme covers race, disability and gender in recruitment, teaching and "
        "assessment. Our promotional leaflet carries photographs and words from disabled teachers who have taken our "
        "courses.")
text_box(d, [
    "THE PAVILION",
    "The Pavilion is the Square's online area on the University's learning platform. Each Strip has a page with the "
    "session slides, the reading list, links to the DCSF and TDA sites and a discussion forum where course members "
    "post their Outfield tasks for each other.",
    "Groundstaff do not answer on the forum; questions are kept for the next Preparation day.",
], height_emu=1700000)

d.add_heading("Part I. Pitch Marks: assessment and the Award", level=1)
para(d, "I1. Marking. Every Match is marked by the course member's Groundstaff tutor against the University's Level 7 "
        "criteria and the lines it carries on the Square Chart. A second member of the Groundstaff blind-marks every "
        "fail, every distinction and a sample of one in five of the rest, and all four Groundstaff meet after each Match "
        "to agree marks and compare their comments (moderation). The Pitch Liaison Officer, Professor Alan Threlfall of "
        "the University of Westmarch, sees a sample of every Match and all fails, attends the Board of Examiners and "
        "writes an annual report.")
para(d, "I2. The Award. The Award is made to course members who pass all six Matches at 50 per cent or above. The "
        "University's Board of Examiners confirms the results each September.")
para(d, "I3. After the Square. On the last Preparation day every course member is given the University's MA in "
        "Inclusive Education prospectus.")

d.add_heading("Part J. The weather log: stakeholders, evaluation and impact", level=1)
para(d, "J1. What the schools told us. In the summer term of 2008 the Trust and the county's SEN team surveyed the head "
        "teachers and SENCOs of Wealdshire's 212 schools; 64 replied, and we held two focus groups with SENCOs in the "
        "north and south of the county. Heads asked above all for help with managing teaching assistants and with "
        "provision mapping; SENCOs wanted Saturday study days and less travel; both asked for more on working with "
        "parents. Because of the survey we moved provision mapping from an optional Net session to a whole Strip "
        "(Strip 6), added the teaching-assistant Preparation day to Strip 5, set the days on Saturdays, and gave a "
        "Preparation day of Strip 4 to parents. The county's SEN team reviewed the draft Strips and their comments "
        "changed the reading lists for Strips 2 and 3.")
para(d, "J2. Evaluating the Square. Every Preparation day ends with an evaluation slip; the Groundstaff review each Strip "
        "when its Match is marked; the University's annual monitoring report draws these together with the Pitch "
        "Liaison Officer's report, results and course members' end-of-year questionnaire. The Trust's Education Committee agrees an action plan from it "
        "each July, and the changes made are reported to the next intake on their first Preparation day.")
para(d, "J3. Stakeholders in evaluation. We would hope in future to ask head teachers and the county's SEN team to help us "
        "evaluate the Square.")
para(d, "J4. Impact. Course members rate their competence and confidence against the Square Chart at Renovation and "
        "again at the end of Strip 6, and the Groundstaff compare the two ratings with the Match results in the annual "
        "monitoring report. We do not collect information about pupils' progress.")
para(d, "J5. Impact on practice. Because every Outfield task is carried out in the course member's own school and every "
        "Match reports what changed there, each course member leaves the Square having changed something in their "
        "school's provision and having evaluated the effect of it with their Outfield Captain.")
para(d, "Signed for the Trust: R. Fairweather, Head Groundsman and Education Manager. For the University: Dr H. Marchbank.",
     italic=True)
fix_body_order(d)
d.save(OUT)
print("wrote", OUT)
