"""ke-01-penharrow-tide-tables: build script.

Provider (invented): the Community Safety Education Team of the Penharrow Lifeboat
Fund (an independent sea rescue charity) with the University of Trevellas School of
Education, applying in February 2009 to run the National Award for SEN Coordination.

Document kind and layout: the course written into the Fund's free annual pocket
booklet of tide tables, "Penharrow Tide Tables 2009-10", which it prints every year
with its sea safety messages. A shaded cover table; no heading styles (section titles
are bold capitals typed in Normal paragraphs, some shaded); "How to use these tables"
defines the course's own vocabulary (Crew = participants, Helms = tutors, Coxswains =
school mentors, Spring Days = taught days, Neap Sessions = unassessed twilight
sessions, Low Water Tasks = school tasks, High Water pieces = the marked assignments,
Starting Soundings = the pre-course audit, the Crew Card = the individual training
plan, Chart Datum = the national minimum outcomes, the Onward Course = the final
tutorial, the Harbour Board = the steering group). The tide predictions themselves
are one long table with a merged, shaded row for each month; heights such as "3.3 m"
and "5.3 m" collide with requirement ids. "Heights of Tide: the Range Table" gives
the outcomes in the Fund's own words with the columns "Rises at" (where taught) and
"High Water at" (where marked); the values "Slack" and "Predicted" are defined only in
sentences above the table. A "Secondary Ports" section describes another provider's
version of the course. A "Respect the Water" text box, a page header and footer,
two tracked changes (one inserted, one deleted paragraph) and two Word comments.

Traps (requirement ids):
- Secondary Port: Porthkennack Borough Council and Carrow College's course has a
  "Direct Landing" assessment-only route and an online "Harbour Wall"; the Fund's own
  course says "There is no online part of the Award at Penharrow" (2.3 not_met,
  3.3 not_applicable).
- "Predictions for 2010-11": the Harbour Board "has asked the University to look at"
  an assessment-only route: an intention only (2.3 not_met).
- CRB: the enhanced disclosures described are the Fund's volunteers' and the Helms',
  not the candidates'; the footer's claim about Crew is a footer (5.3 not_met).
- Tracked changes: a deleted paragraph "Prior learning cannot be counted..." and an
  inserted paragraph giving the APL arrangement (2.1 met through the insertion); a
  deleted sentence putting parents on the Harbour Board (does not count; 4.3 stays
  met through the heads and local authority managers on the Board and the heads'
  July questionnaire).
- Comments: one claims joint moderation with Porthkennack (not evidence; 5.8 is met
  from the body's double marking and external examiner), one says Tregarrow special
  school "said yes in principle" to placements (not evidence; 5.5 partially_met, the
  body only says the Fund is "talking to" the school).
- The aim is about attainment only (1.1 partially_met).
- Equality in general terms: "committed to equality of opportunity", "we will do our
  best" (3.1 partially_met).
- Coxswains' Briefing only "if numbers allow" (5.7 partially_met).
- Pupils' achievement only "we would like to" measure (5.9 partially_met).
- The award is for passing the three High Water pieces with 80% attendance, not for
  reaching every outcome (6.0 partially_met); "Slack" outcomes are not marked (1.9
  partially_met).
- Range Table: "Slack" rows (taught, not marked): 6.A3, 6.S2d, 6.S7, 6.K7;
  "Predicted" rows (a session still being arranged, though marked): 6.A7; a row marked
  at High Water 2 with nothing in "Rises at": 6.S4 -> all partially_met. 6.S2b's row
  says "Not in our tables this year - Porthkennack" (not_met). Child development
  (6.K4) appears nowhere (not_met).
- Text box "Respect the Water": a blanket claim that every outcome is reached (no
  effect on any verdict).
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _ke_helpers import *

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ke-01-penharrow-tide-tables"
d = new_doc("Arial", 10)
cm = Comments(d)
header_footer(d, "Penharrow Lifeboat Fund  |  Tide Tables 2009-10  |  Standard Port: Penharrow Harbour",
              "Not for navigation. All Crew hold a current enhanced CRB disclosure. Registered charity no. 1098xxx")

NAVY = "1F3864"


def title(text, fill=None):
    p = para(d, (text, "b,c:1F3864,sz:12"))
    if fill:
        shade_para(p, fill)
    return p


def body(*runs):
    return para(d, *runs)


# ---------------- cover ----------------
t = table(d, [["PENHARROW TIDE TABLES 2009-10"], [""], [""]], header_fill=NAVY)
cell_text(t.cell(1, 0), ("Tide predictions for Penharrow Harbour (Standard Port) from September 2009 to July 2010, "
                         "with the year of the National Award for SEN Coordination", "b"), shade="DEEAF6")
cell_text(t.cell(2, 0), "Published free by the Community Safety Education Team of the Penharrow Lifeboat Fund, "
                        "working with the University of Trevellas School of Education. This edition is sent to the "
                        "Training and Development Agency for Schools as our application to be approved to provide the "
                        "National Award for SEN Coordination. Times are GMT: add one hour when British Summer Time is "
                        "in force.", shade="DEEAF6")
body("")

# ---------------- foreword ----------------
title("FROM THE COXSWAIN OF THE PENHARROW LIFEBOAT")
body("Every year since 1987 the Fund has printed these tables and put them free into chandleries, cafes, harbour "
     "offices and school reception areas along our stretch of coast. They are the most-read thing we publish. For "
     "twelve years our Community Safety Education Team has also worked in schools: water safety assemblies, the "
     "Beach Buddies scheme for pupils with special educational needs and disabilities, and training for teachers "
     "who take pupils on the water. When Trevellas and the three schools' clusters asked us to help build a course "
     "for new SENCOs, we decided to set it out in the form our community already knows how to read.")
body("The course is a Postgraduate Certificate in SEN Coordination of the University of Trevellas. The University "
     "validates the course, registers every participant as one of its students and awards the 60 credits at "
     "Level 7 (masters level) through its Board of Examiners. The Fund plans and runs the course days, recruits "
     "and supports the school mentors and keeps the records. Together we call it simply the Award.")
body("The aim of the Award is to raise the attainment of pupils with special educational needs in the schools of "
     "Penharrow, Porthgwidden and the Roseland clusters by making their new SENCOs confident, well-informed leaders. "
     "Everything in the tables that follow is there for that purpose.")

# ---------------- how to use ----------------
title("HOW TO USE THESE TABLES", fill="DEEAF6")
body("Sailors read a tide table for two things: when the water will be high and when it will be low. On the Award "
     "the tide stands for the rhythm of the year. We use our own words for the parts of the course, and we use "
     "them the same way throughout this booklet:")
for term, meaning in [
    ("Crew. ", "The teachers taking the Award: newly appointed SENCOs, or teachers about to take up the role, in "
               "maintained schools and academies in our three clusters. A cohort is up to 24 Crew."),
    ("Helms. ", "The tutors who teach the Spring Days and mark the High Water pieces: two University lecturers and "
                "two of the Fund's education officers, named under Who is on the Boat."),
    ("Coxswains. ", "Experienced SENCOs, Area SENCOs and advisory teachers, one for each member of Crew, who visit "
                    "the school, agree the Low Water Tasks and sign the Crew Card."),
    ("Spring Days. ", "Six full taught days, Saturdays or school days as shown in the tables, at the Fund's "
                      "Education Centre on Penharrow quay or at the University's Trevellas campus."),
    ("Neap Sessions. ", "Eight twilight sessions (4.15 to 6.30 pm) held in each cluster. Neap Sessions are for "
                        "discussion, practice and visiting speakers. Nothing done at a Neap Session is marked."),
    ("Low Water Tasks. ", "Six tasks carried out in the Crew member's own school between Spring Days, each "
                          "agreed with the Coxswain, reviewed with the Coxswain and written up in the portfolio."),
    ("High Water pieces. ", "The three pieces of assessed work marked by the Helms and counted by the University "
                            "for credit: HW1, HW2 and HW3."),
    ("Starting Soundings. ", "The audit each Crew member completes with the Coxswain and the headteacher before "
                             "the first Spring Day, against every line of the Range Table."),
    ("The Crew Card. ", "The individual training plan drawn from the Starting Soundings: the Crew member's own "
                        "bearings (personal outcomes), the Low Water Tasks chosen to reach them, and the dates."),
    ("Chart Datum. ", "The national minimum outcomes for the Award, from which every height in the Range Table "
                      "is measured."),
    ("The Onward Course. ", "The final tutorial in July, with the Helm and the headteacher, described below."),
    ("The Harbour Board. ", "The Award's steering group, described under Observations and Corrections."),
]:
    para(d, (term, "b"), meaning)

# ---------------- text box ----------------
text_box(d, [
    ("RESPECT THE WATER", True),
    ("Check the tide before you go. Tell someone where you are going and when you will be back. In an emergency "
     "dial 999 and ask for the Coastguard.", False),
    ("On the Award, every outcome in the national Chart Datum is reached by every Crew member. Nobody is left "
     "on the sandbank.", False),
], fill="FFF2CC", height_cm=4)

# ---------------- standard port ----------------
title("STANDARD PORT: PENHARROW. HOW THE AWARD RUNS")
body(("Who can join. ", "b"), "Crew must hold Qualified Teacher Status, be in post as SENCO or be named by the "
     "headteacher to take up the role within the year, and be nominated by the headteacher on the Fund's "
     "nomination form, which commits the school to release the teacher for the Spring Days and to meet the "
     "Coxswain each term. Every applicant has a half-hour conversation with a Helm before a place is offered. "
     "The Helm checks that the teacher has at least a year's teaching experience, some recent experience of "
     "teaching pupils with SEN, and the study skills needed for masters-level writing; where one of these is "
     "missing we offer a place in the following year's cohort and a place on the Fund's Thursday study skills "
     "evenings in the meantime.")
body(("What it costs. ", "b"), "The fee is GBP 1,150 for the year, which covers University registration, all "
     "Spring Days, Neap Sessions and the Coxswain's four visits. The three local authorities pay half the fee for "
     "their maintained schools. Because the Neap Sessions are held in cluster schools after school, Crew lose no "
     "more than six days of teaching time in the year, and supply cover is needed only for the Spring Days that "
     "fall on school days.")
p = body(("Prior learning. ", "b"), "Prior learning cannot be counted towards the Award.")
mark_para_deleted(p, "J. Tregear (Helm)")
p = body(("Prior learning. ", "b"), "Crew who have already passed masters-level modules in SEN may claim credit "
         "through the University's Accreditation of Prior Learning procedure for up to 30 of the 60 credits, and "
         "those whose experience already meets parts of the Range Table may claim it through a portfolio of "
         "evidence (APEL) assessed by a Helm and confirmed by the University's APL panel. A successful claim "
         "exempts the Crew member from HW1 and from the Spring Days that lead to it.")
mark_para_inserted(p, "J. Tregear (Helm)")
body(("Starting Soundings and the Crew Card. ", "b"), "Before the first Spring Day each Crew member completes the "
     "Starting Soundings: a self-rating against every line of the Range Table, with evidence, discussed and "
     "moderated with the Coxswain and signed by the headteacher. The Helm reads the Soundings and, at the first "
     "Spring Day tutorial, agrees the Crew Card with the Crew member. The Card sets out four to six personal "
     "bearings (outcomes written for that person and that school), the Low Water Tasks chosen to reach them, and "
     "which Neap Sessions the Crew member should attend and which may be left. The Card is revisited at every "
     "Coxswain visit and at the Spring Day tutorials, so the course bends to what each teacher already knows and "
     "needs next.")
body(("Starting times and order. ", "b"), "There are two ways aboard. Crew may join at the September springs or "
     "at the January springs; those joining in January take the Spring Days in a different order (Days 4, 5 and 6 "
     "first, then Days 1 to 3 with the following September's cohort) and finish at the end of the next autumn term. "
     "Every Neap Session runs twice, once in the Penharrow cluster and once in Roseland, so Crew can choose the "
     "date that suits their school. The Low Water Tasks may be done in any order the Crew Card sets. Part-time "
     "teachers may spread the Award over two years.")
body("There is no online part of the Award at Penharrow; everything happens on the Spring Days, at the Neap "
     "Sessions and in school. Between those dates Crew reach their Helm by telephone or email, and the "
     "Coxswain visits the school four times in the year.")
body(("Equality. ", "b"), "The Fund is committed to equality of opportunity, and the lifeboat has always gone out "
     "for everyone. We welcome Crew of every background and ability, and we will do our best to meet any "
     "particular needs that a Crew member tells us about.")

# ---------------- tide tables ----------------
title("THE TIDE TABLES: SEPTEMBER 2009 TO JULY 2010", fill="DEEAF6")
body("Each month shows the dates on which something happens on the Award, with the predicted times and heights "
     "of high and low water at Penharrow on that date. Heights are in metres above chart datum.")

months = [
    ("SEPTEMBER 2009", [
        ("Sat 19", "0612  5.3", "1228  0.8", "Spring Day 1 (Education Centre). The SENCO's Harbour: the role in law and "
         "in the school. The SEN Code of Practice and its graduated response, the SEN and Disability Act 2001, "
         "statements and annual reviews, and what the SENCO must put into practice tomorrow. First Crew Card "
         "tutorial."),
        ("Tue 29", "1142  3.3", "1803  2.1", "Neap Session 1: Finding your way round the school. Gaining the "
         "commitment of the head and senior team; how SENCOs in the cluster won time and a voice on the "
         "leadership team."),
    ]),
    ("OCTOBER 2009", [
        ("Sat 17", "0544  5.4", "1159  0.7", "Spring Day 2 (Trevellas). Every Child Matters and the SENCO: the five "
         "outcomes, the Children's Plan, multi-agency working and the Common Assessment Framework; disability "
         "equality duties under the Disability Discrimination Act 1995 and 2005 and the school's Disability "
         "Equality Scheme and accessibility plan."),
        ("Thu 29", "1020  3.5", "1650  1.9", "Low Water Task 1: Map the school's SEN register against the "
         "Code of Practice; identify what the school must change. First Coxswain visit."),
    ]),
    ("NOVEMBER 2009", [
        ("Tue 10", "1230  3.2", "1855  2.2", "Neap Session 2: Working with parents and carers. Parent Partnership "
         "Service officers and two parents of Beach Buddies pupils lead a session on building fair, respectful "
         "and honest relationships with families and with pupils themselves."),
        ("Sat 21", "0638  5.5", "1302  0.6", "Spring Day 3 (Education Centre). Common needs, common ground: "
         "behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, "
         "speech, language and communication needs, autistic spectrum disorders and moderate learning "
         "difficulties, and how each affects learning. Assessment, planning and teaching strategies and "
         "resources for each, including ICT and assistive technology, taught critically from research (Bercow "
         "2008, the Rose review of dyslexia, the Autism Education Trust)."),
    ]),
    ("DECEMBER 2009", [
        ("Wed 2", "1115  3.4", "1740  2.0", "HW1 handed in: Charting the Role (4,000 words)."),
        ("Tue 8", "1250  3.1", "1912  2.3", "Neap Session 3: Talking and listening. Running a meeting, writing "
         "for colleagues and parents, listening to views that differ from your own."),
    ]),
    ("JANUARY 2010", [
        ("Sat 16", "0602  5.2", "1219  0.9", "Spring Day 4 (Trevellas). Identifying needs, setting targets, "
         "planning interventions and reviewing progress; using the reports of educational psychologists, speech "
         "and language therapists and other professionals to shape teaching; helping colleagues to use "
         "formative assessment (assessment for learning) with pupils with SEN. January Crew join here."),
        ("Tue 26", "1135  3.3", "1758  2.1", "Low Water Task 2: A pupil's targets, interventions and review cycle, "
         "with the teachers who teach the pupil."),
    ]),
    ("FEBRUARY 2010", [
        ("Tue 9", "1208  3.2", "1834  2.2", "Neap Session 4: Pupils' voices. Hearing pupils at School Action Plus "
         "and with statements; involving pupils in planning, agreeing and reviewing their provision; pupil "
         "passports."),
        ("Thu 25", "1040  3.6", "1705  1.8", "Low Water Task 3: Provision map of the school, with the gaps and the "
         "provision that is not working. Second Coxswain visit."),
    ]),
    ("MARCH 2010", [
        ("Sat 13", "0525  5.6", "1144  0.5", "Spring Day 5 (Education Centre). Provision mapping and provision "
         "management; evaluating provision with colleagues so that it informs the school's self-evaluation "
         "form; the SENCO and the governors: shaping an inclusive ethos, policy, priorities and the budget; "
         "coaching, modelling, observation and feedback and training colleagues."),
        ("Tue 23", "1152  3.3", "1819  2.1", "Neap Session 5: Access arrangements for tests and examinations: "
         "what the rules allow and when to apply."),
        ("Wed 31", "1020  3.7", "1640  1.7", "HW2 handed in: Mapping the Provision (4,000 words)."),
    ]),
    ("APRIL 2010", [
        ("Tue 20", "1240  3.1", "1902  2.3", "Neap Session 6: Other services and agencies. Educational psychology, "
         "CAMHS, the sensory support service, social care and voluntary organisations (including our own Beach "
         "Buddies scheme): what each does and how to get help and resources from them."),
        ("Thu 29", "1105  3.4", "1726  2.0", "Low Water Task 4: Lead one piece of professional development for "
         "colleagues, observed by the Coxswain."),
    ]),
    ("MAY 2010", [
        ("Sat 15", "0610  5.4", "1231  0.7", "Spring Day 6 (Trevellas). Leading change: research on effective "
         "practice for SEN (Ofsted's Inclusion: does it matter where pupils are taught? 2006, the Lamb Inquiry), "
         "using research and outside advice to improve practice, decisions and judgement about provision. "
         "Planning HW3."),
        ("Tue 25", "1128  3.3", "1750  2.1", "Neap Session 7: Your time, your team. Prioritising, managing time "
         "and delegating in the SENCO's week."),
    ]),
    ("JUNE 2010", [
        ("Tue 15", "1215  3.2", "1840  2.2", "Neap Session 8: Keeping your charts up to date. (Speaker and date "
         "to be confirmed.)"),
        ("Thu 24", "1045  3.5", "1708  1.9", "Low Water Task 5 and 6 reviewed. Fourth Coxswain visit; Crew Card "
         "signed off."),
    ]),
    ("JULY 2010", [
        ("Fri 2", "0935  4.1", "1556  1.4", "HW3 handed in: Harbour Improvement Project report (5,000 words)."),
        ("Sat 10", "0548  5.6", "1206  0.5", "Harbour Day (Education Centre): HW3 presentations to a panel of "
         "Helms and headteachers; the Onward Course tutorials."),
    ]),
]
rows = [["Date", "High water (time, m)", "Low water (time, m)", "On the Award"]]
merge_at = []
for m, entries in months:
    merge_at.append((len(rows), m))
    rows.append([m, "", "", ""])
    for e in entries:
        rows.append(list(e))
t = table(d, rows, widths=[1.8, 2.6, 2.6, 10], header_fill=NAVY)
for i, m in merge_at:
    merge_row(t, i, m, fill="DEEAF6")

# ---------------- high water pieces ----------------
title("HIGH WATER: THE THREE MARKED PIECES")
body(("HW1 Charting the Role (Module SC1, 20 credits). ", "b"), "A 4,000-word analysis of how the Crew member's "
     "school meets its duties under the SEN Code of Practice and disability equality law, built on Low Water "
     "Task 1, with an action plan agreed with the headteacher.")
body(("HW2 Mapping the Provision (Module SC1, 10 credits). ", "b"), "A 4,000-word report on the school's "
     "provision map built in Low Water Task 3: how pupils are identified, how targets are set and progress "
     "reviewed, which provision is missing or ineffective, and how the support staff are deployed and managed "
     "to close the gaps.")
body(("HW3 Harbour Improvement Project (Module SC2, 30 credits). ", "b"), "A 5,000-word report and a "
     "twenty-minute presentation on a change the Crew member has led in the school during the year to improve "
     "outcomes for pupils with SEN: the evidence for it, the research and outside advice used, how colleagues "
     "and governors were brought on board, how parents and other agencies were involved, what changed in "
     "practice and what the Crew member would do next. The project must be agreed with the headteacher and "
     "show a change in practice, not only a plan.")
body("Each piece is marked by one Helm against the University's Level 7 criteria and the Range Table lines it "
     "names, and second-marked blind by another Helm; all fails and a sample of one in four are sent to the "
     "external examiner, Dr Morwenna Vosper of the University of Lanwithan, who sees every HW3. Marks are "
     "agreed at a moderation meeting of all four Helms before the University's Board of Examiners. Crew who "
     "fail a piece may resubmit it once.")

# ---------------- range table ----------------
title("HEIGHTS OF TIDE: THE RANGE TABLE", fill="DEEAF6")
body("The Range Table sets out every line of Chart Datum in our own words. \"Rises at\" says where on the Award "
     "the line is taught; \"High Water at\" says which marked piece assesses it. A line shown as Slack in the "
     "High Water column is taught and practised but is not marked in any piece. A line shown as Predicted is "
     "one where the session that teaches it is still being arranged.")
rg = [["Line", "What the Crew member can do", "Rises at", "High Water at"]]
R = [
    ("ATTRIBUTES", None, None),
    ("Build fair, respectful, supportive and constructive relationships with pupils with SEN and their families",
     "Neap 2; Spring Day 4", "HW3 (parents' part)"),
    ("Win the commitment of colleagues, the head and senior leaders", "Neap 1; Spring Day 5", "HW3"),
    ("Prioritise, manage time and delegate", "Neap 7", "Slack"),
    ("Anticipate and resolve problems; make sound decisions about provision", "Spring Day 6", "HW2; HW3"),
    ("Speak and write clearly; listen to and understand other views", "Neap 3", "HW3 presentation"),
    ("Use research and outside advice to improve own and colleagues' practice", "Spring Day 6", "HW3"),
    ("Keep up to date and own their professional development in SEN", "Predicted", "HW3 (next steps)"),
    ("KNOWLEDGE", None, None),
    ("The law and guidance on SEN, the Code of Practice and how to put them into practice", "Spring Day 1",
     "HW1"),
    ("Every Child Matters and the SENCO's part in it", "Spring Day 2", "HW1"),
    ("Disability equality law and what it requires of the school", "Spring Day 2", "HW1"),
    ("The common kinds of SEN and disability and how they affect learning", "Spring Day 3", "HW2"),
    ("Approaches, strategies and resources for assessment, planning and teaching, including ICT",
     "Spring Day 3", "HW2"),
    ("School self-evaluation and improvement for pupils with SEN", "Spring Day 5", "Slack"),
    ("Best practice and research in meeting SEN", "Spring Days 3 and 6", "HW3"),
    ("What other services and agencies do and how to get their help", "Neap 6", "HW3"),
    ("SKILLS", None, None),
    ("Influence the school's strategy, ethos, policies and resources with senior colleagues and governors",
     "Spring Day 5", "HW3"),
    ("Identify pupils, set challenging targets, plan interventions, review progress", "Spring Day 4",
     "HW2"),
    ("Use other professionals' assessments to shape teaching", "Spring Day 4", "HW2"),
    ("Use test results and tracking to adjust programmes",
     "Not in our tables this year - Porthkennack", "-"),
    ("Help colleagues develop formative assessment for pupils with SEN", "Spring Day 4", "HW2"),
    ("Arrange access arrangements for tests and examinations in good time", "Neap 5", "Slack"),
    ("Map and manage provision; find what is missing or not working", "Spring Day 5", "HW2"),
    ("Deploy and manage staff", "", "HW2"),
    ("Support colleagues' development: observation, feedback, coaching, training", "Spring Day 5",
     "HW3; Low Water Task 4 (observed)"),
    ("Review provision with colleagues to inform the school's self-evaluation", "Spring Day 5", "HW2"),
    ("Involve pupils in planning, agreeing and reviewing their provision", "Neap 4", "Slack"),
    ("Liaise with parents and carers", "Neap 2", "HW3 (parents' part)"),
    ("Work with other services and voluntary organisations", "Neap 6", "HW3"),
]
n = 0
group_rows = []
for line, rises, hw in R:
    if rises is None:
        group_rows.append((len(rg), line))
        rg.append([line, "", "", ""])
    else:
        n += 1
        rg.append([f"R{n}", line, rises, hw])
t2 = table(d, rg, widths=[1.2, 9, 3.4, 3.4], header_fill=NAVY)
for i, g in group_rows:
    merge_row(t2, i, g, fill="F2F2F2")

# ---------------- award ----------------
title("REACHING HARBOUR: THE AWARD")
body("The University awards the Postgraduate Certificate and the National Award for SEN Coordination to Crew "
     "who pass HW1, HW2 and HW3 and attend at least 80% of the Spring Days and Neap Sessions. Crew who pass the "
     "first two pieces but not the third may leave with 30 credits and the University's Certificate of "
     "Professional Studies.")
body(("The Onward Course. ", "b"), "At the Harbour Day each Crew member meets the Helm and the headteacher for "
     "the Onward Course tutorial. Together they read back over the Crew Card and the Starting Soundings, agree "
     "two or three professional targets for the following year and the route to them (the University's MA "
     "modules, the Area SENCO network, specialist qualifications), and record them on the back of the Card, a "
     "copy of which goes to the school's performance management reviewer.")

# ---------------- who is on the boat ----------------
title("WHO IS ON THE BOAT")
body(("Helms. ", "b"), "Jenna Tregear (programme leader), Senior Lecturer in Inclusive Education at Trevellas, "
     "former SENCO and Local Authority SEN adviser, MA in SEN, National SENCO Accreditation tutor since 2003. "
     "Dr Peter Angove, Senior Lecturer, educational psychologist, research in speech, language and communication "
     "needs. Sally Penrose, the Fund's Education Officer, former head of a special school for pupils with "
     "physical disabilities, NPQH. Mark Hocking, the Fund's Schools Officer, former SENCO of a secondary school, "
     "Postgraduate Diploma in Specific Learning Difficulties. All four teach on at least one SEN course a year "
     "elsewhere and keep up through the University's research seminars and the regional SENCO forums.")
p = body(("Coxswains. ", "b"), "Coxswains are serving SENCOs, Area SENCOs and advisory teachers of at least five "
         "years' experience, chosen by the Harbour Board. A Coxswains' Briefing will be offered before the first "
         "Spring Day if numbers allow; each Coxswain receives the booklet you are reading and a one-page note of "
         "what to do at each visit.")
body(("Specialist help. ", "b"), "Speakers at the Neap Sessions include the Parent Partnership Service, the "
     "county's educational psychologists, the sensory support service, CAMHS and the autism outreach team. The "
     "Fund is also talking to Tregarrow Special School about placements for Crew who want to spend time in a "
     "special school.")
cm.add(d.paragraphs[-1], "Tregarrow have said yes in principle to two days for each Crew member - can we say so?",
       "S. Penrose", "SP")
body(("Resources. ", "b"), "Crew are University students with full use of the Trevellas library, its online "
     "journals and its assistive technology suite. The Fund's Education Centre on the quay holds a lending "
     "library of SEN texts and assessment materials, and a set of laptops with text-to-speech, mind-mapping and "
     "symbol software used on the Spring Days.")
body(("Safety checks. ", "b"), "As a sea rescue charity we take checks seriously. Every Fund volunteer and every "
     "Helm who works in schools holds an enhanced CRB disclosure, renewed every three years, and the Fund's "
     "safeguarding officer keeps the register.")

# ---------------- observations ----------------
title("OBSERVATIONS AND CORRECTIONS", fill="DEEAF6")
body("Tide predictions are checked against the gauge in the harbour and corrected every year. So is the Award. "
     "Crew complete an evaluation after every Spring Day and Neap Session; the Helms meet after each Spring Day "
     "to read them and change the next one; the external examiner reports every year to the University; the "
     "University's annual monitoring and five-yearly review look at results, progression, evaluations and the "
     "examiner's report; and the Harbour Board reads all of this each July and decides what to change for the "
     "next cohort.")
p = body("The Harbour Board is chaired by the University's Head of Continuing Professional Development and includes "
         "the Fund's Education Manager, a headteacher from each cluster and the three local authorities' SEN "
         "managers. ")
del_run(p, "Two parents from the Penharrow Parent Partnership forum sit on the Board and comment on the "
           "evaluations each year.", "M. Hocking")
body("Headteachers complete a short questionnaire in July on what has changed in their school.")
body(("Confidence and competence. ", "b"), "At the Onward Course each Crew member completes the Starting Soundings "
     "again, so that we can compare each Crew member's confidence and competence against every line of the Range "
     "Table at the start and end of the year; the Harbour Board reports the cohort's change each year. We would "
     "like in future to measure what difference the Award makes to the progress of pupils with SEN in Crew "
     "members' schools.")
cm.add(body("Marking is consistent across the Helms and with the examiner, as described under High Water."),
       "We also moderate HW2 jointly with Porthkennack each June - add?", "J. Tregear", "JT")

# ---------------- where it came from ----------------
title("WHERE THE TABLES CAME FROM")
body("In the spring of 2008 the Fund and the University surveyed the SENCOs and headteachers of all 58 schools in "
     "the three clusters (41 replied) and held two open meetings with SENCOs and with the Parent Partnership "
     "Service. Schools said that new SENCOs in small rural primaries felt isolated, that most had no time for a "
     "weekly university evening, that they needed help most with provision mapping and with parents, and that "
     "the old SENCO certificate had too little to do with what happened in school. So the Award has few taught "
     "days, each in a Saturday or a school day the head agrees; a mentor in every school; twilight sessions in "
     "the clusters; and marked work that is built from the Crew member's own school. After the pilot Spring Day "
     "in June 2008, heads asked for Neap Sessions to move from 4.00 to 4.15 so that SENCOs could see pupils onto "
     "buses, and parents asked for a session led by parents, which is now Neap Session 2.")

# ---------------- secondary ports ----------------
title("SECONDARY PORTS", fill="DEEAF6")
body("Times at secondary ports are found by applying the differences below to Penharrow. For the Award, the only "
     "secondary port is the course run by Porthkennack Borough Council with Carrow College, with which we share "
     "speakers. Its differences from Penharrow are:")
table(d, [["Porthkennack difference", "What it means there"],
          ["+ Harbour Wall", "An online forum and tutor chat between sessions, run on the College's Moodle, with "
                             "weekly tutor replies."],
          ["+ Direct Landing", "Experienced SENCOs may be assessed against all the outcomes without taking the "
                               "course (an assessment-only route)."],
          ["+ Tracking Day", "A day on using national test results and tracking data to adjust programmes, "
                             "assessed in a data task."],
          ["- Coxswains", "No school mentors; tutors visit once."]],
      widths=[4, 13], header_fill=NAVY)

# ---------------- predictions ----------------
title("PREDICTIONS FOR 2010-11")
body("Like all predictions, these are not guaranteed. The Harbour Board has asked the University to look at "
     "whether, in exceptional cases, an experienced SENCO could come straight to the High Water pieces without "
     "the Spring Days, as Porthkennack's Direct Landing allows. No decision has been taken.")
body("Tidal predictions copyright. Course information: Penharrow Lifeboat Fund Community Safety Education Team, "
     "The Old Boathouse, Quay Street, Penharrow, with the University of Trevellas School of Education.")

cm.finish()
d.save(os.path.join(HERE, NAME + ".docx"))
print("wrote", NAME + ".docx")
