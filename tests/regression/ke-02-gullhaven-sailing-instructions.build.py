"""ke-02-gullhaven-sailing-instructions: build script.

Provider (invented): the Water Safety Education team of Gullhaven Independent Lifeboat
(a sea rescue charity with its own inshore lifeboat station) with the University of
Marrick Faculty of Education, applying in March 2009 to run the National Award for SEN
Coordination.

Document kind and layout: the course written as a regatta's Sailing Instructions, the
station's own form for its annual Lifeboat Week dinghy series: "THE GULLHAVEN SENCO
AWARD SERIES 2009-10 - SAILING INSTRUCTIONS". No heading styles: each instruction is a
bold capital typed title with a typed number ("11 THE START"), and sub-instructions are
hand-numbered Normal paragraphs ("3.3", "5.3", "2.3", "16.4") whose numbers collide
with requirement ids but are about other things. The course's own vocabulary:
Competitors (participants), the Race Committee (programme team), Race Officers
(tutors), Safety Boat Mentors (school mentors), the Jury (the external examiner),
Race Days (taught days), Practice Races (unassessed sessions), Scored Races A-D (the
marked assignments), Measurement and the Handicap Certificate (pre-course audit and
individual plan), the Committee Boat (the University VLE), Marks (outcomes). A
Schedule of Races table with merged term rows and merged "Venue" cells; a "Marks of
the Course" table of outcomes ("Laid on | Scored in") whose values "Practice only",
"Feedback only" and "Mark not laid" are defined only in SI 10's sentences above it.
Footnotes, a page header and footer, a tracked deletion and insertion in SI 16 and a
Word comment.

Traps (requirement ids):
- SI 16 Scoring: the strict rule "No Competitor may complete the series having lost a
  Race" is a tracked deletion; the inserted text lets the series be completed on points
  "even if one Scored Race is lost" (6.0 not_met).
- SI 3.5: "The Race Committee does not run a pursuit race" (an assessment-only route),
  far from any heading about it; a comment asking whether to offer one is not evidence
  (2.3 not_met).
- SI 18.2: equipment and resources "as listed in Appendix D", and Appendix D reads
  "[Appendix D to follow]"; only the University library and the VLE remain (5.6
  partially_met).
- SI 20: the Committee Boat (VLE) has tutor replies by email but "There is no
  discussion forum" (3.3 partially_met: no peer support).
- SI 3.6: prior study "may be considered by the University on a case-by-case basis"
  (2.1 partially_met: no arrangement, nothing for experience).
- SI 21 Prizes: next steps only "encouraged" (2.5 partially_met).
- SI 23.1: needs "we know from our work in schools", no evidence gathered (4.1
  partially_met); 4.2 and 4.3 are met by the Sailing Committee's described changes
  and its seats for heads, parents and the local authority.
- SI 19.4 / footnote: Race Officers named by role only, "CVs are available on
  request" in a footnote (5.4 partially_met).
- SI 1.3 and the reading list: "current thinking", references only to the 2001 Code;
  Race Day 6 teaches "what research says" with no recent research or inspection
  evidence named (1.3 partially_met).
- SI 23.4: only Competitors' satisfaction forms; no measure of competence or of pupils'
  progress (5.9 partially_met).
- Marks table: "Practice only" (taught, not scored): 6.A3, 6.S2c, 6.S8;
  "Feedback only" (marked formatively, not counted): 6.S5, 6.K7; scored in Race C but
  "Laid on" empty: 6.K9 -> partially_met; "Mark not laid": 6.S2d and 6.A7 -> not_met.
  Race A's case study does not cover the family, so parents (6.S8) are never scored.
  Child development (6.K4) is taught and scored here (met).
  "Practice only" marks mean not all outcomes are assessed (1.9 partially_met).
- SI 17.2: candidates' enhanced CRB disclosures checked at registration (5.3 met);
  the footer "Racing is at your own risk" is not evidence of anything.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _ke_helpers import *

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ke-02-gullhaven-sailing-instructions"
d = new_doc("Times New Roman", 11)
fn = Footnotes(d)
cm = Comments(d)
header_footer(d, "Gullhaven Independent Lifeboat  -  SENCO Award Series 2009-10  -  Sailing Instructions (issue 2)",
              "Racing is at your own risk. Gullhaven Independent Lifeboat, The Slipway, Gullhaven. Page")

RED = "C00000"


def si(num, text):
    return para(d, (f"{num}  {text}", "b"))


def sub(num, *runs):
    return para(d, (num + "  ", ""), *runs)


para(d, ("GULLHAVEN INDEPENDENT LIFEBOAT", "b,sz:14"), align="center")
para(d, ("Water Safety Education, with the University of Marrick Faculty of Education", "i"), align="center")
para(d, ("THE GULLHAVEN SENCO AWARD SERIES 2009-10", "b,sz:16,c:1F3864"), align="center")
para(d, ("SAILING INSTRUCTIONS", "b,sz:14"), align="center")
para(d, "Issued by the Race Committee, March 2009, as the station's application to the Training and Development "
        "Agency for Schools for approval to provide the National Award for SEN Coordination.", align="center")

p = para(d, ("Every summer for forty years the station has run the Lifeboat Week dinghy series, and every Competitor "
             "in Gullhaven has read our Sailing Instructions. Since 2001 our Water Safety Education team has also "
             "taught in schools along the coast, including the special schools and resourced bases whose pupils "
             "come to the station for our Sea Legs days. The SENCO Award Series is the course for newly appointed "
             "SENCOs that we have built with the University of Marrick and the schools. It is written in the "
             "form our schools know, and it is read like any set of Sailing Instructions: the numbered "
             "instructions govern, and the tables are part of them.", "i"))

# 1 RULES
si("1", "RULES")
sub("1.1", "The series is governed by the regulations of the University of Marrick for postgraduate certificates, "
    "by these Sailing Instructions and by the Marks of the Course in SI 10. The University validates the series "
    "as its Postgraduate Certificate in Special Educational Needs Coordination and awards the 60 credits, all at "
    "Master's level (Level 7).")
p = sub("1.2", "The aims of the series are to raise the achievement of pupils with SEN and disabilities and to "
        "improve their well-being in all five Every Child Matters outcomes (being healthy, staying safe, enjoying "
        "and achieving, making a positive contribution and achieving economic well-being), by making each "
        "Competitor a confident leader of SEN in their school. Every Scored Race asks the Competitor to show the "
        "difference their work has made to pupils' achievement and well-being.")
sub("1.3", "The Race Officers keep the content of the series in line with current thinking. The reading list "
    "issued on Race Day 1 is built round the SEN Code of Practice (2001) and its Toolkit.")
sub("1.4", "Where these instructions and the University's regulations conflict, the regulations prevail.")

# 2 NOTICES
si("2", "NOTICES TO COMPETITORS")
sub("2.1", "Notices to Competitors are posted on the official notice board in the boathouse Education Room and on "
    "the Committee Boat (SI 20).")
sub("2.2", "A change to the Schedule of Races will be posted by 1800 on the evening before it takes effect.")
sub("2.3", "Signals made ashore are displayed on the flagstaff outside the boathouse. When flag AP is flown the Race "
    "Day is postponed and the Race Officer will telephone each Competitor.")

# 3 ELIGIBILITY AND ENTRY
si("3", "ELIGIBILITY AND ENTRY")
sub("3.1", "The series is open to qualified teachers who are, or who will within the year become, the SENCO of a "
    "school in Gullhaven, Westcombe or the Tarrant valley, who have taught for at least two years, and who have "
    "taught pupils with SEN in that time.")
sub("3.2", "Entries are made on the entry form, signed by the headteacher, who undertakes to release the Competitor "
    "for all Race Days and to meet the Safety Boat Mentor each term. The Race Committee interviews every entrant; "
    "the interview covers the entrant's knowledge of SEN in their own school and a short piece of writing done on "
    "the day, and an entrant not yet ready for masters study is offered a place on the University's Return to "
    "Study short course and an entry the following year.")
sub("3.3", "Measurement. Before Race Day 1 every Competitor is measured: the Competitor completes the Measurement "
    "Form, rating themselves with evidence against every Mark of the Course, and the Safety Boat Mentor and "
    "headteacher add their view.")
sub("3.4", "Handicap. From the Measurement Form the Race Officer issues each Competitor with a Handicap Certificate: "
    "the Competitor's individual training plan, naming the Marks on which they start strong and those that need "
    "most work, the Competitor's own targets (personal outcomes) for the series, and which Practice Races and "
    "school tasks to take. The Handicap Certificate is reviewed at every Safety Boat visit and may be re-issued.")
p = sub("3.5", "Every Competitor sails the series. Entrants who already do the work of a SENCO well sometimes ask to "
        "sail only the Scored Races; the Race Committee does not run a pursuit race and no Competitor is scored "
        "who has not sailed the Race Days.")
cm.add(p, "Should we offer a pursuit race for the two experienced SENCOs in Westcombe who asked? Commodore to decide.",
       "Race Secretary", "RS")
sub("3.6", "Credit for previous study may be considered by the University on a case-by-case basis.")
sub("3.7", "The entry fee is GBP 1,200 for the series, of which the county pays half for its maintained "
    "schools. Race Days fall on Saturdays, so schools need supply cover only for the two placement days, and "
    "Practice Races are held after school close to home.")
sub("3.8", "Late entries. Competitors may also enter at the February start (SI 6).")

# 4 CHANGES
si("4", "CHANGES TO SAILING INSTRUCTIONS")
sub("4.1", "Any change to these instructions will be posted at least a week before it takes effect, except that a "
    "change to the Schedule of Races may be made under SI 2.2.")

# 5 VENUES
si("5", "THE RACING AREA")
sub("5.1", "Race Days are held in the Education Room at the lifeboat station (step-free from the car park, with a "
    "hearing loop) and at the University's Westcombe campus.")
sub("5.2", "Practice Races are held after school in a host school in each of the three areas.")
sub("5.3", "Each Competitor spends two placement days in the spring term at Saltings School (a special school for "
    "pupils with severe and complex needs) or in the county's resourced base for pupils with autism, arranged "
    "by the Race Secretary and set up with the host SENCO beforehand.")

# 6 SCHEDULE
si("6", "SCHEDULE OF RACES")
sub("6.1", "The series comprises seven Race Days (taught days), six Practice Races (twilight sessions, which are "
    "sailed but never scored) and four Scored Races (the assessed pieces, Races A to D).")
sched = [["Date", "Event", "Venue", "Warning signal"],
         ["AUTUMN TERM 2009", "", "", ""],
         ["Sat 26 Sep", "Race Day 1: The SENCO's role and the law", "Lifeboat station", "0930"],
         ["Tue 13 Oct", "Practice Race 1: Time, tide and the SENCO's week", "Host schools", "1615"],
         ["Sat 7 Nov", "Race Day 2: Every Child Matters; disability equality", "University", "0930"],
         ["Tue 24 Nov", "Practice Race 2: Talking with parents and carers", "Host schools", "1615"],
         ["Fri 11 Dec", "Scored Race A due", "Committee Boat", "1200"],
         ["SPRING TERM 2010", "", "", ""],
         ["Sat 16 Jan", "Race Day 3: Common types of SEN; teaching and ICT", "Lifeboat station", "0930"],
         ["Tue 2 Feb", "Practice Race 3: Assessment for learning with colleagues", "Host schools", "1615"],
         ["Sat 27 Feb", "Race Day 4: Identifying, targets, interventions, review. February start", "University",
          "0930"],
         ["Tue 16 Mar", "Practice Race 4: Reading a statement", "Host schools", "1615"],
         ["Fri 26 Mar", "Scored Race B due", "Committee Boat", "1200"],
         ["SUMMER TERM 2010", "", "", ""],
         ["Sat 24 Apr", "Race Day 5: Provision, staff and self-evaluation", "Lifeboat station", "0930"],
         ["Tue 11 May", "Practice Race 5: Pupils as partners", "Host schools", "1615"],
         ["Sat 12 Jun", "Race Day 6: Research, leadership and change", "University", "0930"],
         ["Tue 22 Jun", "Practice Race 6: Open water (Competitors' choice)", "Host schools", "1615"],
         ["Fri 2 Jul", "Scored Races C and D due", "Committee Boat", "1200"],
         ["Sat 10 Jul", "Race Day 7: Prize-giving; Scored Race D presentations", "Lifeboat station", "1000"]]
t = table(d, sched, widths=[2.5, 9, 3, 2.5], header_fill="1F3864")
for i, row in enumerate(sched):
    if row[0].endswith("2009") or row[0].endswith("2010"):
        merge_row(t, i, row[0], fill="D9E2F3")
sub("6.2", "Competitors entering at the February start sail Race Days 4 to 7 first, then Race Days 1 to 3 with the "
    "next September's fleet, and finish in December 2010. Part-time Competitors may sail the series over two "
    "years, taking Scored Races A and B in the first year. Every Practice Race is sailed twice, on the Tuesday "
    "shown and the following Thursday, so Competitors may choose their evening.")

# 7 CLASSES
si("7", "CLASSES")
sub("7.1", "There are two fleets. The Primary fleet's school tasks are set in primary and special schools; the "
    "Secondary fleet's in secondary schools and colleges. Both sail the same Race Days and Scored Races.")

# 8 COURSES
si("8", "THE COURSES")
sub("8.1", "Course 1 (Inshore) is Module SEN701 Leading SEN in the School, 30 credits, Race Days 1 to 4, assessed "
    "by Scored Races A and B.")
sub("8.2", "Course 2 (Offshore) is Module SEN702 Leading Change for Pupils with SEN, 30 credits, Race Days 5 to 7, "
    "assessed by Scored Races C and D.")
sub("8.3", "Between Race Days every Competitor carries out the school tasks set for that leg on the Handicap "
    "Certificate (a case study of a pupil, an audit of the SEN policy against the Code, a provision map, leading "
    "a training session for colleagues, a review of provision with the senior team, and a change project), "
    "each tied to the Marks it helps the Competitor round, so that every leg of the course is sailed in the "
    "Competitor's own school.")

# 9 RACE DAYS
si("9", "WHAT EACH RACE DAY COVERS")
for num, text in [
    ("9.1", "Race Day 1. The SEN Code of Practice, the SEN and Disability Act 2001 and the Education Act 1996: the "
            "SENCO's duties, statements and annual reviews, and how to put the Code into practice in the school; "
            "building fair, respectful relationships with pupils with SEN and with their parents; gaining the "
            "commitment of the headteacher and senior leaders."),
    ("9.2", "Race Day 2. Every Child Matters and the SENCO's part in the five outcomes; the Disability "
            "Discrimination Act 1995 and 2005 and the school's disability equality duty and accessibility plan; "
            "how children develop and how SEN, disability and the environment of the classroom and home affect "
            "development."),
    ("9.3", "Race Day 3. Behavioural, emotional and social difficulties, specific learning difficulties including "
            "dyslexia, speech, language and communication needs, autism and moderate learning difficulties, and "
            "their effect on learning; critical study of approaches to assessment, planning and teaching, with "
            "ICT and access technology demonstrated by the county's ICT and SEN adviser."),
    ("9.4", "Race Day 4. Identifying pupils who may have SEN, setting challenging targets, planning interventions "
            "and reviewing progress; using assessments from educational psychologists, therapists and other "
            "professionals to shape teaching; using national test results and the school's tracking data to "
            "track progress and adjust programmes; anticipating problems and making sound decisions about "
            "provision; speaking and writing clearly for colleagues and parents, and listening to their views."),
    ("9.5", "Race Day 5. Provision mapping and provision management, and finding provision that is missing or "
            "not working; deploying and managing teaching assistants and other staff; the principles of school "
            "self-evaluation and improvement for pupils with SEN, and reviewing provision with colleagues to "
            "inform the school's self-evaluation; supporting colleagues' development through observation, "
            "feedback, coaching and training."),
    ("9.6", "Race Day 6. What research says works for pupils with SEN and how to use research and outside advice to improve practice; working "
            "with governors and senior colleagues to shape an inclusive ethos, policy, priorities and the "
            "budget; working in partnership with other services and agencies, including "
            "voluntary organisations; consulting pupils about issues that affect them and advising and supporting "
            "colleagues within the school and beyond it."),
]:
    sub(num, (text, ""))

# 10 MARKS
si("10", "MARKS OF THE COURSE")
sub("10.1", "Each Mark below is an outcome a Competitor must round. \"Laid on\" names the Race Day or Practice Race "
    "where the Mark is taught. \"Scored in\" names the Scored Race in which it is assessed.")
sub("10.2", "Where \"Scored in\" reads Practice only, the Mark is sailed at a Practice Race but is not scored in any "
    "Scored Race. Where it reads Feedback only, the Race Officer comments on it in the draft of a Scored Race, "
    "but it carries no marks and a Competitor cannot fail on it. Where a row reads Mark not laid, the Mark is "
    "not on this year's course.")
marks = [["Mark", "To round it the Competitor must", "Laid on", "Scored in"]]
M = [
    ("Gull Rock", "Build fair, respectful, supportive relationships with pupils with SEN and their families",
     "Race Day 1", "Race A"),
    ("Black Ledge", "Win the commitment of colleagues, the headteacher and senior leaders", "Race Day 1", "Race C"),
    ("Tide Pole", "Prioritise, manage time and delegate", "Practice Race 1", "Practice only"),
    ("The Mew Stone", "Anticipate and resolve problems and make sound decisions about provision", "Race Day 4",
     "Race B"),
    ("Coastguard Steps", "Speak and write clearly; listen to others' views", "Race Day 4", "Race D presentation"),
    ("Long Reach", "Use research and outside advice to improve practice", "Race Day 6", "Race C"),
    ("Harbour Light", "Keep up to date and take charge of own development in SEN", "Mark not laid",
     "Mark not laid"),
    ("Code Buoy", "Know the law and guidance on SEN and the Code of Practice and how to apply them", "Race Day 1",
     "Race A"),
    ("Five Fathoms", "Know the principles and outcomes of Every Child Matters and the SENCO's part", "Race Day 2",
     "Race A"),
    ("Equality Mark", "Know disability equality law and the actions it requires", "Race Day 2", "Race A"),
    ("Growing Bank", "Know how children develop and how SEN and environment affect development", "Race Day 2",
     "Race B"),
    ("Fleet Channel", "Know the common types of SEN and their effect on learning", "Race Day 3", "Race B"),
    ("Toolbox Rock", "Understand critically approaches, strategies and resources, including ICT", "Race Day 3",
     "Race B"),
    ("Quay Head", "Know the principles of school self-evaluation and improvement for SEN", "Race Day 5",
     "Feedback only"),
    ("Deep Water", "Know best practice and research in meeting SEN", "Race Day 6", "Race C"),
    ("Pilot Station", "Know the work of external agencies and how to get specialist help and resources", "",
     "Race C"),
    ("Lookout", "Influence strategy, ethos, policy and resources with senior staff and governors", "Race Day 6",
     "Race C"),
    ("Sounding Line", "Identify pupils, set targets, plan interventions, review progress", "Race Day 4", "Race B"),
    ("Many Hands", "Use other professionals' assessments to shape teaching", "Race Day 4", "Race B"),
    ("Tally Buoy", "Use national tests and tracking to adjust programmes", "Race Day 4", "Race B"),
    ("Crew Talk", "Encourage colleagues to use formative assessment with pupils with SEN", "Practice Race 3",
     "Practice only"),
    ("Exam Gate", "Arrange access arrangements for tests and examinations in good time", "Mark not laid",
     "Mark not laid"),
    ("Chart Room", "Map and manage provision; find provision missing or not working", "Race Day 5", "Race C"),
    ("Boat Crew", "Deploy and manage staff", "Race Day 5", "Race C"),
    ("Training Ground", "Support colleagues through observation, feedback, coaching and training", "Race Day 5",
     "Feedback only"),
    ("Review Point", "Review provision with colleagues to inform self-evaluation", "Race Day 5", "Race C"),
    ("Young Crew", "Involve pupils in planning, agreeing, reviewing and evaluating their provision",
     "Practice Race 5; Race Day 6", "Race D"),
    ("Home Shore", "Liaise with parents and carers", "Practice Race 2", "Practice only"),
    ("Rescue Partners", "Work with other services, agencies and voluntary organisations", "Race Day 6", "Race D"),
]
for m in M:
    marks.append(list(m))
table(d, marks, widths=[3, 8.5, 3, 2.5], header_fill="1F3864")

# 11 SCORED RACES
si("11", "THE SCORED RACES")
sub("11.1", "Scored Race A (SEN701, 15 credits): a 4,000-word audit of the school's SEN policy and practice against "
    "the Code of Practice, disability equality law and Every Child Matters, with a case study of one pupil.")
sub("11.2", "Scored Race B (SEN701, 15 credits): a 4,000-word analysis of how the school identifies, assesses and "
    "tracks pupils with SEN, using the Competitor's case study pupil and the school's data, with a critical "
    "review of the teaching approaches used.")
sub("11.3", "Scored Race C (SEN702, 20 credits): a 5,000-word report of a change project the Competitor has led, "
    "including the provision map, the deployment of staff, the review of provision with colleagues, the work "
    "with governors and the external agencies drawn on. The project must change practice in the school, and "
    "the report must show the evidence of that change.")
sub("11.4", "Scored Race D (SEN702, 10 credits): a twenty-minute presentation at Race Day 7 to a panel of a Race "
    "Officer and a headteacher on how the Competitor involved pupils and other services in the change project, "
    "with questions.")
sub("11.5", "Each Scored Race is marked by the Competitor's Race Officer against the University's Level 7 "
    "criteria and the Marks it names, and second-marked by another Race Officer. Before marking, the Race "
    "Officers meet to standardise on three sample scripts. The Jury (SI 15) moderates.")

# 12 FINISH / 16 SCORING
si("12", "THE FINISH")
sub("12.1", "A Competitor finishes the series when their Scored Races have been scored and the University's Board of "
    "Examiners has confirmed the series total under SI 16.")

si("13", "TIME LIMITS")
sub("13.1", "Scored Races are due by 1200 on the dates in SI 6. The Race Committee may grant an extension of up to "
    "four weeks for illness or other good cause, and a Competitor may defer a Scored Race to the next series.")

si("14", "RACE OFFICERS' BRIEFINGS")
sub("14.1", "Race Officers meet before each Race Day to agree the day's plan and after it to read the Competitors' "
    "evaluations.")

si("15", "PROTESTS, REDRESS AND THE JURY")
sub("15.1", "A Competitor who believes a Scored Race has been wrongly scored may ask for redress under the "
    "University's academic appeals procedure.")
sub("15.2", "The Jury is the external examiner appointed by the University, Dr Alun Prothero of Caerwent University, "
    "who sees a sample of every Scored Race, all fails and all distinctions, attends Race Day 7, and reports to "
    "the Board of Examiners and the Race Committee each year.")

si("16", "SCORING")
sub("16.1", "Each Scored Race is scored out of 100 and weighted by its credits to give a series total out of 100.")
sub("16.2", "Practice Races are not scored.")
p = sub("16.3", "A Competitor completes the series with a series total of 50 or more. ")
del_run(p, "No Competitor may complete the series having lost a Race.", "Race Secretary", "2009-03-02T09:00:00Z")
ins_run(p, "A Competitor may complete the series even if one Scored Race is lost, provided no Scored Race is "
           "scored below 30.", "Race Secretary", "2009-03-02T09:00:00Z")
sub("16.4", "The University awards the Postgraduate Certificate and the National Award for SEN Coordination to every "
    "Competitor who completes the series.")

# 17 SAFETY
si("17", "SAFETY")
sub("17.1", "The station's safeguarding policy applies to all Race Days, Practice Races and placements.")
sub("17.2", "At registration the Race Secretary checks that each Competitor holds a current enhanced CRB disclosure, "
    "sees the disclosure certificate, records its number and date on the Competitor's file, and asks the "
    "headteacher to confirm the school's own checks. No Competitor sails a placement day until this is done.")
sub("17.3", "Competitors who are disabled, or who have a learning difficulty or a health condition, are asked at "
    "entry what adjustments they need. The Race Secretary then agrees them with the Competitor and the "
    "University's disability service: for example extra time for Scored Races, papers in large print or on "
    "coloured paper, a reader or scribe, a note-taker, rest breaks, or a Race Day venue on the ground floor.")

# 18 EQUIPMENT
si("18", "EQUIPMENT")
sub("18.1", "Competitors are registered students of the University and may use its libraries.")
sub("18.2", "Equipment and teaching resources for the series are as listed in Appendix D.")

# 19 SUPPORT BOATS
si("19", "SUPPORT BOATS")
sub("19.1", "Each Competitor has a Safety Boat Mentor: an experienced SENCO or advisory teacher from outside the "
    "Competitor's school, who visits three times in the series, agrees the school tasks, and signs the "
    "Handicap Certificate.")
sub("19.2", "Safety Boat Mentors attend a full-day Mentor Training Day at the station in September, and a "
    "half-day refresher in February; each receives the Safety Boat Handbook, which sets out what a Mentor "
    "does and does not do, and what to do if a Competitor is in difficulty.")
sub("19.3", "Race Officers are inducted by the programme leader, who observes each new Race Officer teach and "
    "double-marks their first Scored Race.")
p = sub("19.4", "Race Officers are drawn from the University's School of Education and the station's Water Safety "
        "Education team.")
fn.add(p, "Race Officers' CVs are available on request from the Race Secretary.")
sub("19.5", "Speakers at Race Days and Practice Races include the county's educational psychologists, the speech and "
    "language therapy service, the Parent Partnership Service and the autism outreach team.")

# 20 RADIO
si("20", "RADIO COMMUNICATION: THE COMMITTEE BOAT")
sub("20.1", "The Committee Boat is the series' site on the University's virtual learning environment. Between Race "
    "Days Competitors work through one online unit for each leg (readings, short films, a quiz), and a Race "
    "Officer answers questions sent through the Committee Boat by email within five working days. There is no "
    "discussion forum.")
sub("20.2", "Scored Races are handed in through the Committee Boat.")

# 21 PRIZES
si("21", "PRIZES")
sub("21.1", "At Race Day 7 the Commodore presents certificates, and the Race Committee awards the Seamanship Cup "
    "for the change project that made the greatest difference to pupils. Competitors are encouraged to think "
    "about their next steps after the series.")

# 22 DISCLAIMER
si("22", "DISCLAIMER OF LIABILITY")
sub("22.1", "Competitors take part in the series entirely at their own risk. The Race Committee will not accept any "
    "liability for material damage or personal injury sustained in conjunction with the series.")

# 23 COMMITTEE AND EVALUATION
si("23", "THE SAILING COMMITTEE: REVIEW AND EVALUATION")
sub("23.1", "The series was built round what schools need: we know from our work in schools that new SENCOs "
    "want practical help, close to home, with people who understand their pupils.")
sub("23.2", "The Sailing Committee oversees the series. It includes two headteachers, a parent from the Parent "
    "Partnership forum, the county's SEN manager, the University's CPD lead and the station's Education "
    "Officer. In drafting the series the Committee moved Race Days from Fridays to Saturdays at the heads' "
    "request, added Practice Race 2 on parents when the parent member asked for it, and added placement days at "
    "the suggestion of the county's SEN manager.")
sub("23.3", "Each July the Sailing Committee reads the Competitors' evaluations, the Jury's report, the results "
    "and a short questionnaire completed by each Competitor's headteacher and Safety Boat Mentor, and agrees "
    "the changes for the next series; the parent member also gathers the views of parents of pupils in "
    "Competitors' schools through the Parent Partnership forum. The Committee's decisions are posted as a Notice "
    "to Competitors.")
sub("23.4", "Competitors complete a feedback form after each Race Day and at the end of the series, rating how "
    "useful and enjoyable they found it. The University's annual monitoring of the series reviews results, "
    "completion and the Jury's report.")

# APPENDICES
si("APPENDIX D", "EQUIPMENT AND RESOURCES")
para(d, ("[Appendix D to follow]", "i,c:808080"))

si("AMENDMENT No. 1", "")
sub("A1.1", "SI 5.3 is amended: placement days may also be held at Gullhaven Primary School's hearing-impaired "
    "resource base.")

fn.finish()
cm.finish()
d.save(os.path.join(HERE, NAME + ".docx"))
print("wrote", NAME + ".docx")
