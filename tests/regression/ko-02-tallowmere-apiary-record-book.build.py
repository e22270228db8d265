"""ko-02-tallowmere-apiary-record-book: build the .docx next to this script.

Provider (invented): Tallowmere County Beekeepers' Association, whose teaching apiary
stands at Ashby Marsh College of Rural Crafts, in partnership with the College and
Severnside University (validating HEI), applying to run the National Award for SEN
Coordination from September 2008.

Document kind and layout: the course written as the association's printed Apiary
Record Book for the season, as its teaching apiary keeps one for every apiary: an
apiary details form with grey prompts and placeholders left in, "How to read this
book" defining the course's own words (Colonies = 15-credit modules, Inspections =
study days, Frames = topics, Supers = tasks in school, Harvests = marked
assignments, Beekeepers = participants, Hive tutors, Apiary mentors, the Apiary
Committee, the Seasonal Bee Inspector = external examiner), an Apiary Register
(merged header row), four Colony cards each with an inspection record table, and a
Brood Chart of the 29 outcomes in the book's own codes with a State column whose
values (BIAS, Eggs only, Capped only, QL) are defined only in sentences in "How to
read this book", far above the chart. Word Heading styles. Sections named after
beekeeping tasks (Swarm control, Feeding, Varroa monitoring, Harvest and
extraction, Neighbouring apiaries, Winter losses, Next season). A whole paragraph
deleted by a tracked change, a paragraph inserted by one, one Word comment, header
and footer.

Traps (requirement ids):
- No e-learning: "no part of the course is taught or supported online"; the
  association's Bee Forum is for members' chat; the pilot's forum was closed (3.3
  not_applicable).
- Flexibility: one face-to-face, part-time season in fixed order; missed Inspections
  only caught up with next season's group; a January start only "would like" (Next
  season) (3.2 partially_met).
- Equalities only in general terms ("The College's equal opportunities policy
  applies") with a comment asking what is actually done (3.1 partially_met).
- APL: credit transfer up to 30 credits, but "Experience alone, however long, is not
  accredited" (2.1 partially_met).
- Assessment-only route and special-school placements belong to the Hollowdene
  Federation's course at a "neighbouring apiary" (other provider) (2.3 not_met; 5.5
  partially_met: specialist speakers are the provider's own).
- Second marking and moderation exist only in a paragraph deleted by a tracked change
  and in the 2007-08 pilot (Winter losses, past arrangement); the Seasonal Bee
  Inspector is a placeholder "[to be appointed by the University]" (5.8
  partially_met).
- Research and inspection evidence only "kept fresh" in general terms, no sources
  named (1.3 partially_met).
- Parents only as written information (letters and leaflets) and S8 "Eggs only"
  (1.7 partially_met, 6.S8 partially_met).
- End-of-season target setting is in an inserted paragraph (tracked insertion is
  part of the submission) (2.5 met).
- CRB check on Beekeepers done by the College's admissions office (5.3 met).
- Brood Chart: Eggs only (introduced, not assessed): 6.A5, 6.S2b, 6.S5, 6.S8
  partially_met; Capped only (assessed, not taught): 6.A4 partially_met; QL (not in the
  programme): 6.A3, 6.A7, 6.S2d not_met. Hence 1.9 partially_met. The award rule
  itself requires every national minimum outcome (6.0 met).
- Apiary Committee with heads, LA, parents and former participants evaluates each
  term (4.3 met); survey and changes (4.1, 4.2 met).
- The header and footer are not evidence.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _ko_helpers import (Document, Pt, RGBColor, para, runs, table, shade, add_ins, add_del,
                         mark_para_deleted, header_footer, merge_row, words)

OUT = Path(__file__).with_name("ko-02-tallowmere-apiary-record-book.docx")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)
header_footer(doc, "Tallowmere County Beekeepers' Association  -  Apiary Record Book  -  Season 2008-09",
              "Keep this book in the apiary hut. Registered with the National Bee Unit's BeeBase.")

H = lambda t, lvl=1: doc.add_heading(t, level=lvl)

para(doc, "TALLOWMERE COUNTY BEEKEEPERS' ASSOCIATION", bold=True, size=15, align="center")
para(doc, "APIARY RECORD BOOK", bold=True, size=20, align="center")
para(doc, "The SENCO Apiary  -  Season 2008-09", size=13, align="center")
para(doc, "kept with Ashby Marsh College of Rural Crafts and Severnside University, and sent to the TDA as our "
          "application for approval to run the National Award for SEN Coordination", italic=True, align="center")

H("Apiary details")
det = [
    ["Apiary details", ""],
    ["Apiary name:", "The SENCO Apiary (National Award for SEN Coordination)"],
    ["BeeBase apiary reference:", "[Enter BeeBase reference]"],
    ["Keeper:", "Tallowmere County Beekeepers' Association with Ashby Marsh College of Rural Crafts"],
    ["Validating university:", "Severnside University validated the course as a Postgraduate Certificate of 60 credits at Level 7 (masters level) in May 2008 and will award it."],
    ["Apiary manager:", "Glenys Arkwright, programme leader"],
    ["Seasonal Bee Inspector:", "[to be appointed by the University]"],
    ["Number of colonies:", "Four"],
    ["Site:", "Teaching apiary and the Orchard Room, Ashby Marsh College; school sites of each Beekeeper"],
    ["Emergency contact:", "[Name and telephone number of the person to ring if the apiary is disturbed]"],
]
t = table(doc, det, header_fill=None)
merge_row(t, 0, 0, 1, "Apiary details", fill="FFD966")
for i in range(1, len(det)):
    for r in t.cell(i, 0).paragraphs[0].runs:
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

H("How to read this book")
para(doc, "Members will know the book: every apiary the association keeps has one, and inspectors expect to "
          "find it in the hut. This one records a different kind of apiary. Its colonies are the four 15-credit "
          "modules of the course, and each colony is inspected five times a season: an Inspection is a study day "
          "at the College. The Frames of a colony are the topics taught at its Inspections.")
para(doc, "The people who keep the apiary are Beekeepers: qualified teachers who are SENCOs or about to become "
          "SENCOs, and who join the course for one season. Each colony has a Hive tutor who teaches its "
          "Inspections. Each Beekeeper has an Apiary mentor: an experienced SENCO in a nearby school, chosen by "
          "the Apiary manager, who visits the Beekeeper's school each half-term.")
para(doc, "A Super is added to a colony when it is strong enough. In this book a Super is a piece of work the "
          "Beekeeper carries out in their own school between Inspections. The Harvest is taken at the end of "
          "each colony: it is the colony's marked assignment, marked against Severnside University's Level 7 "
          "criteria.")
para(doc, "The Brood Chart at the back of this book shows, for every national outcome, where it is laid (taught) "
          "and where it is capped (assessed). Its last column records the state of each outcome in the "
          "beekeeper's shorthand. BIAS (brood in all stages) means the outcome is taught at the Inspections "
          "named and assessed in the Harvest named. Eggs only means the outcome is introduced at an Inspection "
          "but no Harvest assesses it. Capped only means a Harvest assesses the outcome but no Inspection "
          "teaches it. QL (queenless) means the outcome is not in the programme this season.")

H("Why the association keeps this apiary")
para(doc, "A good beekeeper keeps bees for the sake of the colony, not the honey. This apiary is kept for the "
          "sake of children and young people with special educational needs and disabilities. Its aim is that "
          "every Beekeeper leaves able to raise the achievement of those pupils and improve their well-being "
          "across all five Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, "
          "making a positive contribution and achieving economic well-being. Every colony's Frames, Supers and "
          "Harvest are written with that aim in view, and each Harvest asks the Beekeeper to show what changed "
          "for named pupils, in attainment and in well-being.")
para(doc, "The apiary started as a favour. In 2006 four association members who are SENCOs asked whether the "
          "College's teaching rooms could host a course for teachers new to the role; the College agreed and "
          "the 2007-08 season ran as an unaccredited pilot (see Winter losses). This book is for the first "
          "accredited season.")

H("Apiary register")
reg = [
    ["Apiary register", None, None, None, None, None],
    ["Colony", "Name", "Inspections", "Super (in school)", "Harvest (marked)", "Credits"],
    ["1", "Foundation", "September - October", "Audit of the school's SEN policy and practice", "Policy audit report, 3,500 words", "15"],
    ["2", "Brood", "November - January", "Assessment of two pupils and a plan for each", "Case study, 4,000 words", "15"],
    ["3", "Forage", "February - March", "Pupil voice project and agency map", "Portfolio and 20-minute presentation", "15"],
    ["4", "Queen", "April - June", "Leading a change in provision", "Change project report, 5,000 words", "15"],
]
t = table(doc, reg, header_fill=None)
merge_row(t, 0, 0, 5, "Apiary register", fill="FFD966")
for j in range(6):
    shade(t.cell(1, j), "FFF2CC")
    for r in t.cell(1, j).paragraphs[0].runs:
        r.bold = True
para(doc, "")

H("Colony cards")
H("Colony 1: Foundation", 2)
para(doc, "Foundation is the wax sheet the bees build on. Colony 1 lays the legal and policy base of the role: "
          "the SEN Code of Practice (2001) and the SEN Toolkit; the Disability Discrimination Act 1995 as "
          "amended by the SEN and Disability Act 2001 and the DDA 2005, with the disability equality duty and "
          "the school's accessibility plan; Every Child Matters: Change for Children and its five outcomes; "
          "Removing Barriers to Achievement; and the 2008 changes to the SENCO regulations. Reading lists are "
          "kept fresh, and Hive tutors bring in new research and inspection findings as they appear.")
c1 = [
    ["Date", "Inspection", "Frames worked", "Notes for next Inspection"],
    ["13 Sept 2008", "1", "The SENCO role; the Code of Practice; the Beekeeper's hive plan", "Bring the school's SEN policy"],
    ["27 Sept 2008", "2", "Disability equality law; accessibility plans; reasonable adjustments for pupils", "Super 1 begins"],
    ["11 Oct 2008", "3", "Every Child Matters; the SENCO's part in the five outcomes", "Apiary mentor visit this half-term"],
    ["25 Oct 2008", "4", "Children's development and the physical and social environment for learning", ""],
    ["8 Nov 2008", "5", "Presenting the audit to the headteacher; writing at Level 7", "Harvest 1 due 1 December"],
]
table(doc, c1)
para(doc, "Super 1: the Beekeeper audits their school's SEN policy, provision and accessibility plan against the "
          "Code and the law, discusses the findings with the headteacher and agrees two changes. Harvest 1 is "
          "the audit report.")

H("Colony 2: Brood", 2)
para(doc, "Colony 2 is about finding and meeting need. It covers the most common types of SEN and disability "
          "(behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; "
          "speech, language and communication needs; autistic spectrum disorders; moderate learning "
          "difficulties) and how each affects learning; identifying pupils through observation, data and "
          "assessment; setting challenging targets; planning and reviewing interventions; reading and using the "
          "reports of educational psychologists, therapists and advisory teachers; and the critical use of "
          "approaches, strategies and resources for assessment and teaching, including ICT.")
c2 = [
    ["Date", "Inspection", "Frames worked", "Notes for next Inspection"],
    ["22 Nov 2008", "1", "Types of SEN and their effect on learning (with the EP service)", "Choose two case pupils"],
    ["6 Dec 2008", "2", "Identification; targets; intervention plans; IEPs", "Super 2 begins"],
    ["10 Jan 2009", "3", "Other professionals' reports: turning them into teaching (with a speech and language therapist)", ""],
    ["17 Jan 2009", "4", "ICT and other resources for access and teaching; evaluating strategies", "Bring test data for case pupils"],
    ["31 Jan 2009", "5", "Tracking with national and optional tests; introduction to formative assessment", "Harvest 2 due 23 February"],
]
table(doc, c2)
para(doc, "Super 2: the Beekeeper assesses two pupils in their own school using a range of evidence, sets "
          "targets, plans an intervention for each and reviews progress after six weeks with the class teacher. "
          "Harvest 2 is the case study.")

H("Colony 3: Forage", 2)
para(doc, "Bees forage far beyond the hive. Colony 3 takes the Beekeeper beyond the classroom: to pupils, to "
          "colleagues in other schools, to families and to the services and voluntary organisations that work "
          "with them. The Beekeeper learns to consult pupils about issues that affect them and practises it in "
          "Super 3, which asks them to interview six pupils with SEN about their support, agree one change with "
          "them and review it with them. Beekeepers work in cluster groups of three schools to advise and "
          "support each other, and each leads a session for colleagues in another cluster school. One "
          "Inspection covers information for parents: writing letters and leaflets parents can read.")
c3 = [
    ["Date", "Inspection", "Frames worked", "Notes for next Inspection"],
    ["7 Feb 2009", "1", "Pupil voice: consulting pupils; pupils in planning and reviewing their provision", "Super 3 begins"],
    ["21 Feb 2009", "2", "External agencies and the voluntary sector (panel of agency leads)", "Start the agency map"],
    ["28 Feb 2009", "3", "Information for parents: letters and leaflets", ""],
    ["7 Mar 2009", "4", "Working with colleagues across schools; cluster sessions", ""],
    ["21 Mar 2009", "5", "Presenting to colleagues; listening and responding", "Harvest 3 presentations 18 April"],
]
table(doc, c3)
para(doc, "Super 3 and Harvest 3: the pupil voice project and an agency map for the school, presented to a "
          "panel of two Hive tutors and the Beekeeper's cluster colleagues.")

H("Colony 4: Queen", 2)
para(doc, "Everything in a colony depends on the queen. Colony 4 is about the SENCO's leadership: working with "
          "senior colleagues and governors on an inclusive ethos, policy and resources; gaining the commitment "
          "of the headteacher and staff; provision mapping and finding provision that is missing or not working; "
          "deploying and managing teaching assistants; reviewing the effectiveness of provision with staff to "
          "feed the school's self-evaluation and improvement plan; research and best practice in meeting SEN; "
          "and supporting colleagues' professional development through observation, coaching and training.")
c4 = [
    ["Date", "Inspection", "Frames worked", "Notes for next Inspection"],
    ["25 Apr 2009", "1", "Leading change; the governors and the SEN policy; gaining commitment", "Super 4 begins"],
    ["9 May 2009", "2", "Provision mapping and management; missing and ineffective provision", "Bring the school's map"],
    ["23 May 2009", "3", "Deploying teaching assistants; school self-evaluation and SEN", ""],
    ["6 Jun 2009", "4", "Research and best practice; judging evidence", ""],
    ["20 Jun 2009", "5", "Coaching, observation and training colleagues", "Harvest 4 due 13 July"],
]
table(doc, c4)
para(doc, "Super 4: the Beekeeper leads a change in the school's provision, agreed with the headteacher, and "
          "evaluates it with the staff involved and with progress and well-being data for the pupils it "
          "affects. Harvest 4 is the change project report. Because the Super runs in the Beekeeper's own "
          "school, every Beekeeper ends the season having changed something in practice, not only written "
          "about it.")

H("Swarm control: who joins the apiary")
para(doc, "Entry. A Beekeeper must hold QTS and be a SENCO or designated as the next SENCO by their headteacher, "
          "who signs the application and agrees release for the ten Inspections and time for Supers. The "
          "Apiary manager interviews every applicant. An applicant who is not yet ready is given written advice "
          "on what to do first, such as the College's evening course on SEN in the classroom, and the Apiary "
          "manager talks to the headteacher about it before the applicant reapplies.")
para(doc, "Checks. Before the first Inspection the College's admissions office sees each Beekeeper's enhanced "
          "CRB disclosure certificate and records its number and date, and asks the headteacher to confirm in "
          "writing that the school's other pre-employment checks have been made.")
para(doc, "First inspection of the season. Before Colony 1 each Beekeeper rates themselves against every national "
          "outcome, with evidence, and meets their Hive tutor and Apiary mentor to test the ratings. Together "
          "they write a Hive plan: the Beekeeper's personal outcomes for the season, the Frames to concentrate "
          "on, the optional afternoon workshops to attend and the shape of each Super in that school. The Hive "
          "plan is revisited at each Harvest.")
para(doc, "Credit from another hive. A Beekeeper who has passed a masters-level module in SEN in the last five "
          "years may transfer up to 30 credits, mapped against the outcomes by the Apiary manager. Experience "
          "alone, however long, is not accredited.")

H("Feeding: support and resources")
para(doc, "Colonies are fed when forage is short. Beekeepers are fed by the Orchard Room library of SEN texts "
          "and assessment kits, Severnside University's library and e-journals, the College's ICT room with "
          "assistive software (text-to-speech, symbol software, screen magnification) and a loan collection of "
          "laptops and communication aids that Beekeepers take into school for Supers. Speakers from the "
          "county's educational psychology service, speech and language therapy, the sensory support service "
          "and the parent partnership service teach at Inspections.")
para(doc, "Tailoring. The Hive plan decides which of the optional afternoon workshops a Beekeeper attends and "
          "how each Super is shaped to their school, so that time goes on what each Beekeeper needs. Each "
          "Beekeeper's Apiary mentor visits the school each half-term to help with the Super. The fee is "
          "GBP 1,050; the association's rooms and volunteers keep it low, and the county council pays the fee "
          "for SENCOs in its schools who complete.")
p = para(doc, "Access. The College's equal opportunities policy applies to all Beekeepers.")
doc.add_comment(p.runs[0], text="Can we say what we actually do for disabled Beekeepers? Hearing loop? Large print?", author="Glenys Arkwright", initials="GA")
para(doc, "The season. The apiary has one season a year. Colonies are inspected in order from September to "
          "June, face to face and part time. A Beekeeper who misses an Inspection may attend it with the next "
          "season's Beekeepers.")
para(doc, "Online. The association's online Bee Forum is for members' chat about bees; no part of the course is "
          "taught or supported online.")

H("Hive tutors and Apiary mentors")
st = [
    ["Name", "Role", "Qualifications and current work"],
    ["Glenys Arkwright", "Apiary manager; Hive tutor, Colonies 1 and 4", "SENCO at Ashby Marsh Primary 1996-2006; county SEN adviser since 2006; MEd (Inclusive Education), Severnside 2003; association member for twenty years."],
    ["Dr Tom Hebden", "Hive tutor, Colony 4; University link", "Principal lecturer in special education, Severnside University; former head of a school for pupils with MLD; researches the work of teaching assistants."],
    ["Priya Malhotra", "Hive tutor, Colony 2", "Educational psychologist in the county service; tutor on the University's MSc in educational psychology."],
    ["Alan Whitcombe", "Hive tutor, Colony 3", "Head of the county's SEN support service; previously SENCO in two secondary schools; chairs the county's multi-agency panel."],
]
table(doc, st)
para(doc, "Hive tutors keep their specialist work going alongside the apiary: each still works in schools or "
          "services at least three days a week, and each attends the University's update conference every year.")
para(doc, "Apiary mentors are trained before they start: a half-day briefing at the College in September on the "
          "outcomes, the Supers and what a mentor visit is for, a mentor handbook, and a second briefing in "
          "January. Hive tutors have a tutors' handbook setting out their duties for teaching, Hive plans and "
          "Harvests, and new tutors shadow an experienced tutor for one colony first.")

H("Varroa monitoring: is the apiary healthy?")
para(doc, "A beekeeper counts the mites that drop onto the floor of the hive to know whether the colony is "
          "healthy. The apiary's mite counts are these. Inside the apiary: Beekeepers' evaluations after every "
          "Inspection and every Harvest; a Hive tutors' review after each colony; the University's annual "
          "monitoring report. Outside the apiary: the Seasonal Bee Inspector's report; a county SEN adviser who "
          "is not a tutor observes one Inspection in each colony; and the Apiary Committee's termly review "
          "(see below). The Apiary manager writes the results up each July, with the changes they lead to, and "
          "the changes are recorded in the next season's book.")
para(doc, "Beekeepers' competence and confidence are measured by their ratings at the first inspection of the "
          "season and again at the end, set against their Harvest marks. The effect on pupils is measured "
          "through Super 2 and Super 4: each Beekeeper records the progress of the case pupils and the pupils "
          "affected by the change project, in attainment (P scales, National Curriculum levels, reading ages) "
          "and in attendance and a well-being scale, at the start and the end of the intervention, and the "
          "Apiary manager collates these for the whole apiary each year.")

H("Harvest and extraction: marking")
para(doc, "Each Harvest is marked by the Hive tutor who taught the colony against the University's Level 7 "
          "criteria. The University will appoint the Seasonal Bee Inspector (the external examiner) before the "
          "first Harvest; until then marks are provisional.")
p = para(doc, "")
add_del(p, "Every Harvest is second-marked by another Hive tutor, and the tutors meet after each colony to "
           "moderate marks against annotated examples.", "Tom Hebden", "2008-09-30T11:05:00Z")
mark_para_deleted(p, "Tom Hebden", "2008-09-30T11:05:00Z")
para(doc, "The certificate is awarded only to Beekeepers who have passed all four Harvests and whose Harvests "
          "together show every national minimum outcome; the Hive tutors check each Beekeeper's Harvests "
          "against the Brood Chart before the University's assessment board.")

H("The Apiary Committee")
para(doc, "Before the first season we asked the people the apiary serves what they needed. In spring 2008 the "
          "association and the county council sent a questionnaire to every headteacher and SENCO in the county "
          "(58 of 112 replied), held two meetings with parents through the parent partnership service, and "
          "asked the county's pupil forum what makes a good SENCO. Headteachers asked for the course to be "
          "built round real work in their own schools; SENCOs asked for far more on agencies; parents asked for "
          "SENCOs who explain things plainly; pupils said they wanted to be asked.")
para(doc, "Those answers shaped the apiary. Every colony now has a Super in school; Colony 3 was written round "
          "agencies and pupil voice; and the pupils' answer became Super 3's interviews.")
para(doc, "The Apiary Committee keeps those voices in the apiary. It has two headteachers, the county's SEN "
          "officer, a parent nominated by the parent partnership service, two SENCOs from the pilot and the "
          "chair of the pupil forum. It meets each term, reads the Beekeepers' evaluations and the mite counts, "
          "visits one Inspection a year, and agrees the changes for next season with the Apiary manager.")

H("End of season")
p = para(doc, "")
add_ins(p, "At the last Inspection each Beekeeper meets their Apiary mentor and headteacher to set three "
           "professional targets for the following year, using the end-of-season ratings, and takes away a "
           "planning sheet and a list of further study and network opportunities.", "Glenys Arkwright", "2008-10-02T09:40:00Z")

H("Neighbouring apiaries")
para(doc, "The Hollowdene Federation's course at the next apiary offers an assessment-only route and places its "
          "beekeepers for two days in a special school. We keep friendly relations, and our Beekeepers may "
          "borrow their reading room.")

H("Winter losses: the 2007-08 pilot")
para(doc, "The pilot season lost two of its nine Beekeepers over the winter. It had an online forum, which "
          "few used and which has been closed, and its marks were moderated with a neighbouring university's "
          "tutors. It carried no credit. What we learned from it is written into this book.")

H("Next season")
para(doc, "We would like to add a January start and to let Beekeepers take Colonies 2 and 3 in either order, "
          "once the first season is through.")

H("Brood Chart")
para(doc, "Frame codes: A for attributes, K for knowledge, S for skills, numbered as the national list. Laid in "
          "gives the colony and Inspection; Capped in gives the Harvest.")
bc = [
    ["Frame", "The Beekeeper can...", "Laid in", "Capped in", "State"],
    ["A-1", "build fair, respectful, supportive relationships with pupils with SEN and their parents or carers", "C3 Insp 1; C1 Insp 1", "Harvest 3", "BIAS"],
    ["A-2", "gain the commitment of colleagues, the headteacher and senior leaders", "C4 Insp 1", "Harvest 4", "BIAS"],
    ["A-3", "prioritise, manage time and delegate", "", "", "QL"],
    ["A-4", "anticipate and resolve problems and judge provision soundly", "", "Harvest 4", "Capped only"],
    ["A-5", "speak and write clearly and listen to others' views", "C3 Insp 5", "", "Eggs only"],
    ["A-6", "use research and outside advice to improve practice", "C4 Insp 4", "Harvest 4", "BIAS"],
    ["A-7", "keep up to date and own their CPD", "", "", "QL"],
    ["K-1", "SEN law, the Code of Practice and putting them into practice", "C1 Insp 1", "Harvest 1", "BIAS"],
    ["K-2", "Every Child Matters and the SENCO's part", "C1 Insp 3", "Harvest 1", "BIAS"],
    ["K-3", "disability equality law and the actions it requires", "C1 Insp 2", "Harvest 1", "BIAS"],
    ["K-4", "how children develop and what affects development", "C1 Insp 4", "Harvest 2", "BIAS"],
    ["K-5", "the common types of SEN and their effect on learning", "C2 Insp 1", "Harvest 2", "BIAS"],
    ["K-6", "approaches, strategies and resources including ICT", "C2 Insp 4", "Harvest 2", "BIAS"],
    ["K-7", "school self-evaluation and improvement for SEN", "C4 Insp 3", "Harvest 4", "BIAS"],
    ["K-8", "best practice and research in meeting SEN", "C4 Insp 4", "Harvest 4", "BIAS"],
    ["K-9", "the scope of external agencies and getting specialist support", "C3 Insp 2", "Harvest 3", "BIAS"],
    ["S-1", "with senior colleagues and governors, shape an inclusive ethos, policy and resources", "C4 Insp 1", "Harvest 4", "BIAS"],
    ["S-2", "identify pupils, set targets, plan interventions and review progress", "C2 Insp 2", "Harvest 2", "BIAS"],
    ["S-2a", "use other professionals' assessments in teaching", "C2 Insp 3", "Harvest 2", "BIAS"],
    ["S-2b", "use summative and national test data to track and adjust", "C2 Insp 5", "", "Eggs only"],
    ["S-2c", "encourage colleagues' formative assessment", "C2 Insp 5", "Harvest 4", "BIAS"],
    ["S-2d", "identify and arrange access arrangements for tests and exams", "", "", "QL"],
    ["S-3", "map provision and find what is missing or ineffective", "C4 Insp 2", "Harvest 4", "BIAS"],
    ["S-4", "deploy and manage staff", "C4 Insp 3", "Harvest 4", "BIAS"],
    ["S-5", "develop colleagues by observation, coaching and training", "C4 Insp 5", "", "Eggs only"],
    ["S-6", "review provision with staff to inform self-evaluation", "C4 Insp 3", "Harvest 4", "BIAS"],
    ["S-7", "involve pupils in planning and reviewing their provision", "C3 Insp 1", "Harvest 3", "BIAS"],
    ["S-8", "liaise with parents and carers", "C3 Insp 3", "", "Eggs only"],
    ["S-9", "work in partnership with other services and voluntary organisations", "C3 Insp 2", "Harvest 3", "BIAS"],
]
t = table(doc, bc, header_fill="FFD966")
for i, row in enumerate(bc[1:], start=1):
    if row[4] != "BIAS":
        shade(t.cell(i, 4), "F2F2F2")
para(doc, "")
para(doc, "Signed: Glenys Arkwright, Apiary manager, for the association and the College; Dr Tom Hebden for "
          "Severnside University. 3 October 2008.")

doc.save(OUT)
print(OUT.name, words(OUT), "words")
