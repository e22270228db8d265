"""mm-02-raventhwaite-crag-guide

Provider (invented): Raventhwaite Search and Rescue Team (a mountain rescue and outdoor
first-aid training team), with St Bega's University College and Westfell County Council,
applying to run the 2008-09 National Award for SEN Coordination.

Document kind and layout: the application is written as a rock-climbing guidebook,
"Raventhwaite: The Course Crags" (first edition). Heading 1/2 styles for the guide's
sections and crags. Each crag is a module (crag day); each outcome is a numbered
"route" whose bold title line gives number, name, hours, grade and stars, followed by a
pitch description ("P1" on the crag day, "P2" in school) and an "Assessed:" line. The
grades are keyed in "Grades and symbols" near the front, far above the routes: "Led"
(practised, then marked in the Route Log or the Summit Assignment), "Seconded"
(practised with a tutor, nothing marked), "Soloed" (not practised on any crag day; met
alone in the marked Summit Assignment), "Project" (not climbed this season). Stars are
the pilot group's enjoyment rating and say nothing about assessment. A "Crags at a
glance" table with merged cells and shading. A "First ascents and history" section.
"Access", "Approach", "Descent" and "Mountain rescue" sections in guidebook vocabulary.
A "Safety note" VML text box. Footnotes part. Tracked changes (w:ins/w:del). Two Word
comments. Page header and footer.

Traps (requirement ids):
- Credits: a tracked change deletes "30" and inserts "60" credits at M level (E.2 met).
- Research only "current thinking" in general terms (1.3 partially_met).
- Not every outcome is marked (Seconded, Project, absent) (1.9 partially_met).
- The Gear List self-audit is used for the group, not for individual plans: "everyone
  climbs the same routes in the same order" (2.2 partially_met; 2.4 partially_met with
  a value-for-money claim).
- The assessment-only "direct start" is a past arrangement from the 2007-08 pilot, now
  closed (2.3 not_met).
- Descent: onward targets are the school's business and "the team plays no part"
  (2.5 not_met: someone else's responsibility; also no route for own CPD, 6.A7 not_met).
- Access: landowner access is the right word about the wrong thing; the equality part is a
  belief and "tell us" (3.1 partially_met).
- "There is no online part of the course"; the PDF guide and hut wi-fi are not e-learning
  (3.3 not_applicable).
- External examiner sentence deleted; only internal evaluation remains (5.1 partially_met).
- CRB checks appear only in the Safety note text box, which is the provider's own
  statement (5.3 met).
- Tutors' qualifications in footnotes (5.4 met).
- Hut library only, "bring your own laptop" (5.6 partially_met).
- "We do not double-mark or moderate"; a comment suggesting university moderation is not
  evidence (5.8 not_met).
- Pupils' achievement not measured: confidence questionnaire and heads' questionnaire on
  practice only (5.9 partially_met).
- Award for attendance at five crag days and handing in the Summit Assignment
  (6.0 not_met).
- Grades keyed far above: Seconded (6.A2, 6.A6, 6.S2b partially_met); Soloed
  (6.K8, 6.S5 partially_met: assessed, not taught); Project (6.S1 not_met); a
  three-star Seconded route (stars are not a grade); no route for keeping up to date
  (6.A7 not_met).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _mm_helpers import (Document, para, runs, ins_runs, del_runs, ins_para, del_para, shade,
                         cell_text, table, text_box, header_footer, comment, count_words, Footnotes)
from docx.shared import Pt

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
doc.styles["Normal"].font.name = "Georgia"
doc.styles["Normal"].font.size = Pt(10)
fn = Footnotes(doc)
header_footer(doc, "RAVENTHWAITE: THE COURSE CRAGS - FIRST EDITION, OCTOBER 2008",
              "Raventhwaite Search and Rescue Team. Climbing is an activity with a danger of personal injury. Participants are CRB checked.")

doc.add_heading("Raventhwaite: The Course Crags", 0)
para(doc, "A guide to the National Award for SEN Coordination as climbed with Raventhwaite Search and Rescue Team, St Bega's University College and Westfell County Council", italic=True)
para(doc, "First edition, October 2008. Compiled by the team's training section for the TDA's approval round.", italic=True)

doc.add_heading("Introduction", 1)
para(doc, "Raventhwaite Search and Rescue Team has run first-aid, casualty-care and outdoor-safety courses for Westfell schools since 1989. Many of the teachers we trained on the hill are now SENCOs, and in 2007 Westfell County Council asked us to use what we know about training people under pressure to help build a course for new SENCOs. This guide describes that course. Like any guidebook it is written for the people who will climb it: the teachers who take the course, their headteachers and, this time, the panel.")
p = para(doc, "The course is validated by St Bega's University College as its Postgraduate Certificate in Leading SEN Provision. It is worth ")
del_runs(p, "30", author="K. Sowerby", date="2008-10-09T11:20:00Z")
ins_runs(p, "60", author="K. Sowerby", date="2008-10-09T11:20:00Z")
p.add_run(" credits at M level (masters), and the college's Academic Board approved it in July 2008. Everyone who completes it receives the college's certificate and the National Award.")
para(doc, "Why climb here? The whole course points one way: pupils with SEN and disabilities in your school should do better, in their learning and in their lives. We mean all five Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. Each crag day ends with the question \"what will be different for the pupils?\", and the Summit Assignment is marked on the difference your work has made to pupils' achievement and well-being.")
para(doc, "The routes are kept up to date with current thinking in SEN and disability.")

doc.add_heading("Grades and symbols", 1)
para(doc, "Read this before you read the routes. Each route is one thing a SENCO must be able to do by the end of the course. Its grade tells you how it is climbed and whether it is marked:")
for g, d in [
    ("Led", "You lead the route yourself. It is practised on a crag day or in school, and then it is marked: in your Route Log or in the Summit Assignment, as the route says."),
    ("Seconded", "You climb the route behind a tutor on the crag day. It is practised and talked through, but nothing is marked against it."),
    ("Soloed", "No crag day covers the route. You meet it on your own in the Summit Assignment, which is marked."),
    ("Project", "The route has not been climbed this season. It is not part of the course."),
]:
    pp = para(doc, "", style="List Bullet")
    runs(pp, [(g + ": ", True), d])
para(doc, "Stars (one to three) show how much the 2007-08 pilot group enjoyed a route. They say nothing about how it is graded or marked. Hours are the time on the crag day plus the time in school.")
p = para(doc, "The Route Log is your portfolio: one entry for each Led route marked \"Route Log\", up to 600 words with evidence from school, marked by the crag's tutor. The Summit Assignment is a 5,000-word study of a change you have led in your school and its effect on pupils, marked by two tutors.")
fn.ref(p, "Pass marks and criteria are in the Route Log and Summit Assignment briefs, issued on the first crag day.")

doc.add_heading("Crags at a glance", 1)
g = doc.add_table(rows=8, cols=4)
g.style = "Table Grid"
rows = [
    ("Crag", "Crag day", "What it covers", "Routes"),
    ("THE COURSE CRAGS, 2008-09 SEASON", None, None, None),
    ("1 Lowstone Buttress", "Day 1", "The law, policy and the school's own picture", "1-4"),
    ("2 Ravens' Wall", "Days 2 and 3", "Knowing the pupils; teaching and assessment", "5-11"),
    ("3 The Scoop", "Day 4", "Provision, staff and decisions", "12-18"),
    ("4 Gully Wall", "Day 5", "Parents, colleagues and other services", "19-27"),
    ("5 Summit Block", "Day 6", "Leading; the Summit Assignment", "28"),
    ("Descent", "-", "After the course", "-"),
]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        if v is not None:
            cell_text(g.cell(i, j), v, bold=(i == 0), size=9)
    if i == 0:
        for j in range(4):
            shade(g.cell(i, j), "BFBFBF")
g.cell(1, 0).merge(g.cell(1, 3))
cell_text(g.cell(1, 0), "THE COURSE CRAGS, 2008-09 SEASON", bold=True, size=9)
shade(g.cell(1, 0), "E2EFD9")
g.cell(7, 1).merge(g.cell(7, 3))
cell_text(g.cell(7, 1), "See Descent: after the course", size=9)

doc.add_heading("A crag day", 1)
para(doc, "Every crag day follows the same pattern, because it works on the hill and it works here. At 0915 the tutor gives the briefing: the routes for the day, what each one asks of you and which are Led. The morning is P1 on the first routes, in small ropes of four participants with a tutor moving between them. Ropes are mixed on purpose, primary with secondary and special school colleagues, so that you hear how the same problem looks elsewhere. Lunch is in the hut. The afternoon is P1 on the remaining routes, often with a guest tutor, and ends at 1530 with the day's debrief, where each rope says what it will take back to school. You leave with the P2 tasks for the weeks before the next crag day and a page of reading for each route.")
para(doc, "Twilight pairs follow the same plan over two evenings. The content, the tutors and the P2 tasks are the same whichever you choose.")
doc.add_heading("Local information", 1)
para(doc, "The hut is the team's base at Raventhwaite Bridge, two miles from the village on the Westfell road. There is parking for twenty cars, a drying room and a kitchen. The 142 bus from Westfell stops at the bridge on Saturdays. In bad weather the crag day goes ahead indoors; the routes are all in the hut's two training rooms, whatever this guide's names suggest, so nobody needs boots or a rope. The team's call-out pagers are on during crag days; if a rescue comes in, a tutor from St Bega's or Westfell takes over so that the day carries on.")
doc.add_heading("Approach", 1)
para(doc, "Who can climb. You need qualified teacher status and a post in a Westfell or neighbouring school as SENCO, or to be the teacher your headteacher has named to take on the role within a year. Your headteacher writes a letter of support. You send an application with a statement about your experience of SEN, and the team leader talks it through with you by phone. If you are not yet ready for the outcomes, we will say so and suggest the college's Foundation Walk, a ten-week SEN unit, before you start.")
para(doc, "Prior learning. St Bega's accredits prior learning and experience: up to 20 of the 60 credits can be awarded for earlier M-level study or for experience shown in a portfolio mapped against the routes, assessed by the college's APEL panel before Day 1.")
para(doc, "Gear List. Before Day 1 you fill in the Gear List, a self-audit against every route in this guide. We use the Gear Lists to see where the group as a whole is weakest and put extra time there; everyone climbs the same routes in the same order.")
para(doc, "Cost. £1,150, including college registration, the six crag days and lunch. We think this is the best value SENCO course in the north.")

doc.add_heading("Access", 1)
para(doc, "Access to the crags at Raventhwaite is by agreement with the landowner, Raventhwaite Estates, who permit the team to use the hut and the lower crags all year. Please keep to the marked path and close all gates.")
para(doc, "We believe the crags should be open to everyone. If you have a disability, please tell us.")
para(doc, "Seasons and starts. There are two starts a year, in September and February. Crag days run either on a Saturday or as a pair of twilight sessions (1600-1930) in the same week, whichever suits you. Crags 2 to 4 can be climbed in any order. A crag day you miss can be made up with the next cohort, and you have up to two years to finish.")
para(doc, "There is no online part of the course. The PDF of this guide on our website is for reading only, and the hut wi-fi is for your own use.")

doc.add_heading("First ascents and history", 1)
para(doc, "The course was first climbed in the 2007-08 pilot by twelve Westfell SENCOs with the team and the college. In that pilot two experienced SENCOs from the Westfell Learning Support Service were assessed without climbing the crags, by a portfolio and a viva: the \"direct start\". The direct start has been closed since the pilot.")
para(doc, "Westfell's evidence. Before the pilot, the county and the team surveyed all 64 Westfell schools (47 replied) and held meetings with the Westfell SENCO Forum and the Westfell Parents' Forum. Schools said new SENCOs most needed help with provision mapping, managing teaching assistants and using pupil data; parents said they wanted to be heard at reviews and told sooner about exam arrangements. Those answers decided the shape of The Scoop and Gully Wall.")
para(doc, "After the pilot the SENCO Forum and the Parents' Forum each asked for a new route, and both were added: \"Ask the Pupil\" (route 11) at the Parents' Forum's request, and \"Exam Access\" (route 14) at the SENCO Forum's. The Forum also asked us to move the crag days out of the last week of each half term, and we did.")
para(doc, "Who keeps the crags. The Crag Committee meets each term: the team leader, a St Bega's tutor, Westfell's senior SEN adviser, a headteacher from the SENCO Forum and a parent from the Parents' Forum. It reads every crag day's feedback and the annual review of the course and decides what changes. Six months after each cohort finishes, the Committee sends each participant's headteacher a short questionnaire on what has changed in the SENCO's practice. Westfell's educational psychologists and advisory teachers act as guest tutors on Ravens' Wall and Gully Wall.")

doc.add_heading("The routes", 1)


def route(num, name, hours, grade, stars, text, assessed, note=None):
    p = doc.add_paragraph()
    runs(p, [(f"{num}  {name}  ", True), f"{hours} hrs  ", (grade, True), f"  {stars}"])
    para(doc, text)
    pa = para(doc, "Assessed: " + assessed, italic=True)
    if note:
        fn.ref(pa, note)


doc.add_heading("Crag 1: Lowstone Buttress (Day 1)", 2)
para(doc, "A compact buttress above the hut; everyone starts here. Tutors: Kath Sowerby and Dr Owen Pattinson.")
route(1, "Code Crack", 12, "Led", "**", "P1: the SEN Code of Practice 2001 and the SEN and Disability Act 2001, the graduated response and statutory assessment, and what they mean for your school day to day. P2: you check your school's practice against the Code and put one gap right.", "Route Log entry 1.")
route(2, "Five Outcomes Arete", 8, "Led", "*", "P1: Every Child Matters, the five outcomes and the SENCO's part in each; the Children's Trust and the Common Assessment Framework. P2: you trace the five outcomes through one pupil's plan.", "Route Log entry 2.")
route(3, "Equality Slab", 8, "Led", "**", "P1: the Disability Discrimination Act 1995 and 2005, the disability equality duty, reasonable adjustments and accessibility plans; what the law requires a school to do. P2: you review your school's disability equality scheme.", "Route Log entry 3.")
route(4, "Self-Evaluation Wall", 8, "Led", "*", "P1: how schools evaluate themselves and improve, the SEF and what it says about pupils with SEN, and how inspection judges SEN provision. P2: you draft the SEN section of your school's SEF with your headteacher.", "Route Log entry 4.")

doc.add_heading("Crag 2: Ravens' Wall (Days 2 and 3)", 2)
para(doc, "The main crag, and the longest day. Guest tutors from Westfell's educational psychology service and speech and language therapy team.")
route(5, "Growing Pains", 8, "Led", "**", "P1: how children develop, and how SEN, disability and the environment at home and school affect that development. P2: a developmental profile of one pupil.", "Route Log entry 5.")
route(6, "Five Types Groove", 10, "Led", "***", "P1: the most common kinds of SEN and disability (BESD, specific learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders, moderate learning difficulties) and their effect on learning. P2: you observe two pupils with different needs.", "Route Log entry 6.")
route(7, "Toolkit Chimney", 10, "Led", "**", "P1: a critical look at approaches, strategies and resources for assessment, planning and teaching, including ICT and assistive technology. P2: you try one and judge whether it worked.", "Route Log entry 7.")
route(8, "Research Rib", 6, "Soloed", "*", "There is no crag-day session on this route. In the Summit Assignment you set your change against best practice and research on meeting SEN.", "Summit Assignment.")
route(9, "Spotter's Traverse", 10, "Led", "***", "P1: identifying pupils who may have SEN, setting challenging targets, planning interventions and reviewing progress, using case material. P2: you do this for a small group in your school.", "Route Log entry 8.")
route(10, "Data Direct", 6, "Seconded", "***", "P1: using summative assessment, including national tests and P scales, to track pupils' progress and change programmes; the tutor works through the school's data with you.", "Not marked (see Grades).")
route(11, "Ask the Pupil", 8, "Led", "**", "P1: ways of consulting children and young people, including those with little or no speech; making sure pupils plan, agree and review their own provision. P2: you interview three pupils about their provision and change one thing in response.", "Route Log entry 9.")

doc.add_heading("Crag 3: The Scoop (Day 4)", 2)
para(doc, "A wide bowl where routes cross; the crag for decisions. Tutor: Dr Owen Pattinson with Westfell's SEN advisers.")
route(12, "Map Reader", 8, "Led", "***", "P1: provision mapping and management; finding provision that does not work or is missing. P2: you map your school's provision and cost it.", "Route Log entry 10.")
route(13, "Team Player", 8, "Led", "**", "P1: deploying and managing teaching assistants and other staff. P2: you redeploy one teaching assistant and review the result.", "Route Log entry 11.")
route(14, "Exam Access", 6, "Led", "*", "P1: identifying in good time the pupils who need special arrangements for national tests and examinations, and putting them in place. P2: you plan arrangements for the next test season.", "Route Log entry 12.")
route(15, "Assessment for Learning Ridge", 6, "Led", "*", "P1: encouraging other teachers to develop formative assessment, with approaches that work for pupils with SEN. P2: you support one colleague to do so.", "Route Log entry 13.")
route(16, "Review Wall", 6, "Led", "**", "P1: reviewing with colleagues how well provision works, so that it informs the school's self-evaluation. P2: you lead one review meeting.", "Route Log entry 14.")
route(17, "Decision Point", 6, "Led", "**", "P1: anticipating and resolving problems and making sound decisions about provision, using scenarios from the team's own casualty-care training. P2: you log three decisions and your reasons.", "Route Log entry 15.")
route(18, "Time Out", 4, "Led", "*", "P1: prioritising, managing your time and delegating. P2: a two-week time log and a plan for delegation.", "Route Log entry 16.")

doc.add_heading("Crag 4: Gully Wall (Day 5)", 2)
para(doc, "A long wall of gullies; each one leads to someone else. Tutors: Kath Sowerby and guest tutors from the Parents' Forum and Westfell services.")
route(19, "Parents' Path", 8, "Led", "***", "P1: working in partnership with parents and carers, running reviews, handling disagreement; parents from the Parents' Forum take part. P2: you plan and hold a review with a family.", "Route Log entry 17.")
route(20, "Respect", 6, "Led", "**", "P1: fair, respectful, supportive and constructive relationships with pupils with SEN and their parents or carers. P2: evidence from your review.", "Route Log entry 17.")
route(21, "Agency Gully", 6, "Led", "*", "P1: what external agencies do and how to get specialist support and resources. P2: a map of the services around your school.", "Route Log entry 18.")
route(22, "Other Professionals", 6, "Led", "**", "P1: using assessments from educational psychologists, therapists and others to develop teaching. P2: you turn one report into classroom strategies.", "Route Log entry 18.")
route(23, "Partners' Chimney", 6, "Led", "*", "P1: working in partnership with other services and agencies, including voluntary organisations. P2: you arrange one joint piece of work.", "Summit Assignment.")
route(24, "Heads Up", 4, "Seconded", "***", "P1: gaining the commitment of colleagues, including the headteacher and senior leaders; the tutor leads a role-play.", "Not marked.")
route(25, "Second Opinion", 4, "Seconded", "*", "P1: drawing on research and outside advice to improve your own and colleagues' practice; the tutor models it.", "Not marked.")
route(26, "Coach Road", 4, "Soloed", "**", "No crag-day session. In the Summit Assignment you show how you supported colleagues' professional development by observation and feedback, modelling or coaching.", "Summit Assignment.")
route(27, "Clear Voices", 6, "Led", "**", "P1: expressing yourself clearly in speech and writing and listening to others' views; each participant presents and takes questions. P2: you write a short report for staff.", "Route Log entry 19.")

doc.add_heading("Crag 5: Summit Block (Day 6)", 2)
para(doc, "The top of the course. Participants present their Summit Assignment plans and review the whole climb.")
route(28, "Governors' Wall", 0, "Project", "", "Working with senior colleagues and governors on the school's inclusive ethos, policies, priorities and resources. Not climbed this season.", "Not assessed.")
para(doc, "The Summit Assignment asks each participant to lead a change in their own school, drawing on the crags, and to show its effect on practice and on the pupils concerned. It is handed in eight weeks after Day 6.")

doc.add_heading("Descent: after the course", 1)
para(doc, "The guide stops at the summit. Onward targets are agreed between you and your headteacher after the course; the team plays no part in that conversation.")

doc.add_heading("Mountain rescue: who is on the crags", 1)
p = para(doc, "Tutors. Kath Sowerby, team training officer, SENCO at Raventhwaite Primary for nine years and a Westfell SEN adviser since 2005. Dr Owen Pattinson, principal lecturer in inclusive education at St Bega's.")
fn.ref(p, "Kath Sowerby: MA Special and Inclusive Education (2004), NASEN regional committee. Owen Pattinson: PhD on provision mapping (2003), still teaches one day a week in a Westfell secondary school.")
para(doc, "Guest tutors from Westfell's educational psychology service, speech and language therapy team and autism outreach team bring specialist expertise to Ravens' Wall and Gully Wall. Each participant also spends two days at Fellside Special School and one day in the resourced base at Raventhwaite High School; both are arranged by the team.")
para(doc, "Belayers. Each participant has a Belayer: a senior colleague in their own school who supports the school-based P2 pitches. Every Belayer attends a half-day Belayers' Briefing before Day 1 on what the role involves and receives the Belayer's card. Tutors work from the Guidebook for Leaders and meet before each crag day to agree what each route involves.")
para(doc, "Kit. The hut library has about 300 books and the main SEN journals. Bring your own laptop.")

doc.add_heading("Checking the lines", 1)
p = para(doc, "We do not double-mark or moderate: each crag's tutor marks the Route Log entries for that crag, and that mark stands.")
comment(doc, p.runs, "Ed: should we say the college moderates? St Bega's can do it if we ask.", author="O. Pattinson", initials="OP")
para(doc, "Feedback. Every crag day ends with a feedback sheet, and the tutors read them together the same week. Each summer the team writes an annual review, which goes to the Crag Committee with a list of changes for the next season.")
del_para(doc, "St Bega's external examiner reads a sample of Route Logs and Summit Assignments each year and reports to the college's Academic Board.", author="K. Sowerby", date="2008-10-09T11:31:00Z")
para(doc, "Measuring the climb. Participants fill in a confidence questionnaire on Day 1 and again on Day 6, and the headteachers' questionnaire six months later tells us what has changed in the SENCO's practice.")

doc.add_heading("Reaching the top", 1)
p = para(doc, "The certificate is awarded to every participant who attends at least five of the six crag days and hands in the Summit Assignment.")
comment(doc, p.runs, "Check with Academic Board wording.", author="K. Sowerby", initials="KS")

para(doc)
text_box(doc, ["Before anyone climbs, the team checks that each participant holds a current enhanced CRB disclosure and has been checked against List 99, and we ask the headteacher to confirm the participant's fitness to work with children. Nobody starts Day 1 until this is done.",
               "Loose rock on Lowstone Buttress: wear a helmet below the crag."],
         title="SAFETY NOTE", height="100pt")

fn.finish()
doc.save(OUT)
print(OUT.name, count_words(OUT), "words")
