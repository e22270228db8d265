"""kr-02-castle-brackley-results-book: build the .docx next to this script.

Provider (invented): Castle Brackley Raceway Community Trust, the community and
education charity of a motor-racing circuit, with Ouseford University
(validating) and Brackleyshire County Council, applying to run the National Award
for SEN Coordination from September 2009.

Document kind and layout: the course written as the circuit's OFFICIAL RESULTS
BOOK for a championship season: a shaded cover table with merged cells, a text box
to the panel, the Clerk of the Course's Foreword, "Notes to this Book" N1-N14
(definitions, including the status key of the Championship Table, far above the
table), an Officials table, Entry and Eligibility, the Grid Walk, a Championship
Calendar with merged term and venue cells, the Paddock (the online area), Round
Notes R1-R8 each with a "Pilot season" line about 2008-09, Heats and the Final,
Scoring and Classification, the Championship Table of the 29 national outcomes
("Pos | Line | Rounds run | Scored in | Status"), Stewards' Decisions D1-D6 of the
pilot season, Lap Records (measures), the Championship Committee with a shaded
"Sponsors' Comments" table, the Resource Room, Next Season and the entry fee.
Vocabulary: Competitors (participants), Timekeepers (tutors), Marshals
(school-based mentors), Clerk of the Course (programme leader), Championship
Stewards (Ouseford's assessment board), Eligibility Scrutineer (admissions),
Rounds (study days), Heats (assignments), the Final, the Home Circuit (the
Competitor's own school), the Time Trial class (assessment-only route). No
heading styles: titles are bold capitals typed as Normal paragraphs. Header and
footer.

Traps (requirement ids):
- "40 credits at Level 7": masters level but not the normal 60. (E.2 partially_met)
- The Championship's purpose is attainment and progress only; well-being and the
  ECM outcomes are not in the aims. (1.1 partially_met)
- The Final asks for the change the Competitor "would lead": a plan, not impact
  on practice. (1.8 partially_met)
- The Table has NC and DNS lines, so assessment does not reach every outcome. (1.9 partially_met)
- The Grid Walk self-audit is used to put Competitors into grids, not to set an
  individual plan. (2.2 partially_met)
- The Time Trial class IS an assessment-only route, assessed against every line. (2.3 met)
- One start a year and Rounds in calendar order; the Paddock units are the only
  other mode. (3.2 partially_met)
- The Paddock has online units, but "Timekeepers do not answer questions on the
  Paddock"; the staffed forum was the pilot's only. Negation plus past arrangement.
  (3.3 not_met)
- Sponsors' Comments are listed and only "noted"; no account of what changed
  from them. This is a decoy: 4.2 is met elsewhere, in the Round Notes' pilot
  lines (R1 merged at Competitors' request, Pit Talk introduced at their request)
  and the needs paragraph of the Committee section. (4.1 met, 4.2 met)
- The Grid Walk "lets each Timekeeper pitch the Round to the grid": tailoring to
  groups, not individuals; progression and cost are covered. (2.4 partially_met)
- Timekeepers "keep their knowledge current": the tutors' CPD, not the
  participants' (6.A7 is DNS in the Table).
- Special-school visits ran in the pilot season only ("This visit was not
  continued"); specialist speakers remain. (5.5 partially_met)
- The Resource Room is described only as "well stocked". (5.6 partially_met)
- The Eligibility Scrutineer checks each Competitor's enhanced CRB certificate and
  logs it. (5.3 met; the footer's "Safeguarding" line is not the evidence)
- The Stewards classify only on a pass against every line. (6.0 met)
- Table statuses, keyed only in Note N11: "NC" (run, recorded by the Marshal, not
  scored) for 6.A2, 6.S1, 6.K9, 6.S6 (partially_met); "Classified" with no Round
  for 6.S2c (assessed, not developed: partially_met); "DNS" for 6.A7, 6.K3
  ("covered by the County Council's own governors' briefing": someone else's) and
  6.S2d (not_met).
- Stewards' Decision D4 describes a pilot Competitor excluded: about the pilot,
  not an arrangement (no effect; 6.0 rests on Scoring and Classification).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from docx.shared import RGBColor
from _kr_helpers import (new_doc, header_footer, para, runin, table, shade, merge_row, text_box)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc(font="Calibri", size=10)
header_footer(d, "CASTLE BRACKLEY RACEWAY  ·  OFFICIAL RESULTS BOOK  ·  SENCO CHAMPIONSHIP",
              "Results are provisional until ratified by the Championship Stewards  ·  Safeguarding: all "
              "officials hold enhanced CRB disclosures")


def title(text):
    para(d, text, bold=True, size=12, color="C00000")


# ---------------- Cover -----------------
t = table(d, [
    ["CASTLE BRACKLEY RACEWAY", ""],
    ["OFFICIAL RESULTS BOOK", ""],
    ["The Castle Brackley SENCO Championship", ""],
    ["Part One", "Pilot Season 2008-09: results, Stewards' Decisions and Lap Records"],
    ["Part Two", "Championship 2009-10: Calendar, Round Notes and the Championship Table"],
    ["Promoted by", "Castle Brackley Raceway Community Trust, with Ouseford University and Brackleyshire County Council"],
], header_fill="000000")
for i in range(3):
    c = merge_row(t, i, t.cell(i, 0).text, fill="000000" if i == 0 else "C00000")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
para(d)
text_box(d, ["To the TDA approval panel",
             "This is the book every Competitor is given at the first Round. We send it whole. Part Two is the "
             "programme we are applying to run from September 2009; Part One records the unaccredited pilot "
             "season of 2008-09, with eighteen Competitors, from which it grew. Where Part One and Part Two "
             "differ, Part Two is what we will do.",
             "Contact: Helen Varley, Clerk of the Course, Castle Brackley Raceway, Brackley Cross."])

# ---------------- Foreword -----------------
title("CLERK OF THE COURSE'S FOREWORD")
para(d, "Castle Brackley has run race meetings since 1951 and its Community Trust has worked with the schools "
        "of Brackleyshire for twenty years, first through engineering days and then through our inclusion "
        "programme for pupils who find school hard. When the county asked us in 2007 whether the circuit "
        "could host training for new SENCOs, we said yes on one condition: that it kept the circuit's way of "
        "doing things. Everyone knows what a championship is. There are Rounds, there are officials, there "
        "are results, and nobody is classified who has not finished.")
para(d, "The purpose of the Championship is to raise the attainment and progress of pupils with special "
        "educational needs and disabilities in Brackleyshire's schools, by training the teachers who "
        "coordinate their provision. Every Round, every Heat and the Final is judged by that purpose.")
para(d, "The Championship is validated by Ouseford University as its Postgraduate Certificate in SEN "
        "Coordination and carries 40 credits at Level 7 of the University's framework. Competitors are "
        "registered students of Ouseford University from the first Round, and the University's Board of "
        "Examiners sits as the Championship Stewards.")

# ---------------- Notes -----------------
title("NOTES TO THIS BOOK")
notes = [
    ("N1", "Competitor: a teacher taking the Championship, normally a SENCO in the first two years in post."),
    ("N2", "Round: a study day at the circuit's Paddock Suite, 9.15 am to 3.45 pm."),
    ("N3", "Home Circuit: the Competitor's own school, where the tasks between Rounds are done."),
    ("N4", "Clerk of the Course: the programme leader, responsible for the conduct of the Championship."),
    ("N5", "Timekeepers: the tutors. Each Competitor has one Timekeeper, who teaches in the Rounds and marks "
           "the Heats."),
    ("N6", "Marshals: experienced SENCOs in other schools who mentor a Competitor on their Home Circuit. A "
           "Marshal records what they see in the Competitor's Timing Card but does not score."),
    ("N7", "Championship Stewards: Ouseford University's Board of Examiners for the Championship, with the "
           "external examiner."),
    ("N8", "Eligibility Scrutineer: the Trust's admissions officer."),
    ("N9", "Heat: a marked assignment. The Final: the last marked assessment."),
    ("N10", "Timing Card: each Competitor's record of the Championship Table lines, kept by the Timekeeper."),
    ("N11", "In the Championship Table: Classified means the line is run in the Rounds shown and scored in the "
            "Heat or Final shown. NC (not classified) means the line is run in the Rounds shown and recorded by "
            "the Marshal in the Timing Card, but no Timekeeper scores it. DNS (did not start) means the line is "
            "not in the 2009-10 Championship."),
    ("N12", "Time Trial: the class for experienced SENCOs who are assessed without taking the Rounds (see "
            "Entry and Eligibility)."),
    ("N13", "Pilot season: the unaccredited 2008-09 season. Pilot season lines in the Round Notes say what "
            "happened then; they are not part of the 2009-10 Championship unless the Round Notes say so."),
    ("N14", "All times in this book are Championship times: what happened on the day, not what was planned."),
]
t = table(d, [["Note", "Meaning"]] + [list(n) for n in notes])

# ---------------- Officials -----------------
title("OFFICIALS OF THE CHAMPIONSHIP 2009-10")
table(d, [
    ["Post", "Name", "Qualifications and current work"],
    ["Clerk of the Course", "Helen Varley",
     "SENCO for nine years in a Brackleyshire secondary school; MA Special and Inclusive Education (Ouseford); "
     "county SENCO network leader 2004-08; Associate Lecturer, Ouseford University."],
    ["Timekeeper", "Dr Ravi Patel",
     "Senior educational psychologist, Brackleyshire; doctorate in applied educational psychology; current "
     "caseload of eight schools."],
    ["Timekeeper", "Joanne Keble",
     "Headteacher, Brackley Vale Special School (MLD and ASD); MEd; Ofsted additional inspector."],
    ["Timekeeper", "Martin Oduya",
     "Specialist teacher, county Language and Communication Team; MSc Speech and Language Pathology; "
     "still teaches three days a week."],
    ["Timekeeper", "Claire Dunstan",
     "SENCO, St Wilfrid's Primary; MA SEN (2006); former SpLD specialist teacher, AMBDA."],
    ["Eligibility Scrutineer", "Paul Renshaw", "Admissions and registry officer, Castle Brackley Trust"],
    ["Marshals", "One for each Competitor", "Serving SENCOs with at least three years in post"],
])
para(d, "Timekeepers keep their knowledge current by continuing their own specialist work, which is why each "
        "of them still holds a post in schools or services, and each attends the Ouseford annual conference "
        "on inclusion.")
para(d, "Every official is briefed before the season. Timekeepers attend the Clerk of the Course's "
        "pre-season briefing and a marking standardisation day, and work from the Officials' Handbook, which "
        "sets out their duties as tutor and marker. Marshals attend a Marshals' training day at the circuit "
        "in September, where they are taken through the Home Circuit tasks and what to record in the Timing "
        "Card, and they receive the Marshals' Handbook. A Marshal who misses the training day is visited in "
        "school by the Clerk of the Course before the first Home Circuit task.")

# ---------------- Entry -----------------
title("ENTRY AND ELIGIBILITY")
para(d, "Entries open in May. To be accepted a Competitor must hold qualified teacher status, be the SENCO "
        "of a school or be named by the head to become the SENCO within a year, and have the head's written "
        "agreement to release them for the Rounds. The entry form asks for the Competitor's experience of SEN "
        "work and a 500-word statement about the provision in their school; the Eligibility Scrutineer and "
        "the Clerk of the Course read every form against the Championship's first-Round expectations, and "
        "where a Competitor seems not ready they are offered a place on the county's Introduction to SEN "
        "course and a reserved entry for the following season.")
para(d, "Before the first Round the Eligibility Scrutineer checks each Competitor's enhanced CRB disclosure "
        "certificate in person, records its number and date in the entry register, and asks the head to "
        "confirm List 99 checks. Nobody takes part in a Round or a Home Circuit task until this is done.")
para(d, "The entry form invites every Competitor to tell us about a disability or any other need, and says why "
        "we ask. We make reasonable adjustments in the Rounds (large-print and electronic copies of every "
        "paper, a note-taker, seating, rest breaks) and in the Heats and Final (extended deadlines, alternative "
        "formats such as a recorded Final, extra time in the viva). The Paddock Suite is fully accessible. "
        "Our promotional leaflet, produced with the county's disability access group, says plainly what "
        "adjustments are available.")
runin(d, "Carried-over points.", "Competitors who have passed relevant study at Level 7 may carry up to 20 "
      "credits into the Championship through Ouseford University's accreditation of prior learning "
      "regulations; experience without credit is assessed through a portfolio (APEL) against the Heat it "
      "replaces. The Clerk of the Course advises on every claim before the first Round.")
runin(d, "Time Trial class.", "An experienced SENCO or specialist teacher who already seems to meet every "
      "line of the Championship Table may enter the Time Trial class. They do not take the Rounds. They "
      "submit a portfolio mapped to all 29 lines, are observed on their Home Circuit by a Timekeeper, and "
      "take the Final viva, and they are classified only on a pass against every line, like every other "
      "Competitor. The Time Trial fee is £650. We expect two or three entries a year.")

# ---------------- Grid walk -----------------
title("THE GRID WALK")
para(d, "At the first Round every Competitor completes the Grid Walk, a self-audit of their experience "
        "against the lines of the Championship Table, and their Timekeeper reads it. We use the Grid Walk to "
        "draw up the grids: Competitors with similar experience sit and work together in the Rounds, so that "
        "newer SENCOs are not lost and experienced ones are not held back.")

# ---------------- Calendar -----------------
title("CHAMPIONSHIP CALENDAR 2009-10")
t = table(d, [
    ["Round", "Date", "Venue", "Theme"],
    ["Autumn term", "", "", ""],
    ["R1", "26 September 2009", "Paddock Suite", "The SENCO's role, the law and the Code"],
    ["R2", "17 October 2009", "Paddock Suite", "Every Child Matters and leading with senior staff"],
    ["R3", "28 November 2009", "Paddock Suite", "Identifying needs and setting targets"],
    ["Spring term", "", "", ""],
    ["R4", "23 January 2010", "Paddock Suite", "Pupils and their views; common needs"],
    ["R5", "6 March 2010", "Paddock Suite", "Families and agencies"],
    ["Summer term", "", "", ""],
    ["R6", "24 April 2010", "Paddock Suite", "Teaching approaches, ICT and research"],
    ["R7", "22 May 2010", "Paddock Suite", "Provision mapping and tracking"],
    ["R8", "26 June 2010", "Paddock Suite", "The Final: presentations and viva"],
])
for i in (1, 5, 8):
    merge_row(t, i, t.cell(i, 0).text, fill="FBE4D5")
a = t.cell(2, 2).merge(t.cell(4, 2))
a.text = "Paddock Suite"
para(d, "There is one start each year, in September, and the Rounds run in calendar order at the circuit. "
        "Between Rounds, Competitors work through the Paddock Laps online and the Home Circuit tasks.")

# ---------------- Paddock -----------------
title("THE PADDOCK")
para(d, "The Paddock is the Championship's website on Ouseford University's virtual learning environment. "
        "It holds the Round papers and three Paddock Laps: short online units on the Code of Practice, on "
        "reading specialist reports and on provision mapping, each with a self-check quiz, which Competitors "
        "work through between Rounds.")
para(d, "Pilot season: the Paddock had a discussion forum staffed by a Timekeeper each Tuesday evening, and "
        "Competitors posted their Home Circuit tasks for comment by each other.")
para(d, "For 2009-10, Timekeepers do not answer questions on the Paddock; questions wait for the next Round, "
        "where the first half hour is kept for them.")

# ---------------- Round notes -----------------
title("ROUND NOTES 2009-10")
rounds = [
    ("R1 The SENCO's role, the law and the Code.",
     "The SEN Code of Practice (2001) and SEN law, what the graduated response means in practice, the "
     "SENCO regulations of 2008 and the Government's Removing Barriers to Achievement. Competitors leave "
     "with a Home Circuit task: a review of one pupil's journey through School Action and School Action "
     "Plus against the Code. Speaking and writing for colleagues: a one-page briefing, tried out on a "
     "partner who listens and questions.",
     "Pilot season: the law was split across two Rounds; Competitors asked for it in one."),
    ("R2 Every Child Matters and leading with senior staff.",
     "The five outcomes and the SENCO's part in them; influencing the head, senior leaders and governors "
     "towards an inclusive ethos and policy; winning colleagues' commitment. Time management, priorities "
     "and delegation through a case of a SENCO's first term.",
     "Pilot season: a governor spoke about the governing body's role."),
    ("R3 Identifying needs and setting targets.",
     "Identifying pupils who may have SEN, setting challenging targets, planning interventions and reviewing "
     "progress; using assessments from educational psychologists, therapists and advisory teachers to shape "
     "teaching; anticipating problems and judging provision. Drawing on research and outside advice to "
     "improve practice.",
     "Pilot season: unchanged."),
    ("R4 Pupils and their views; common needs.",
     "How children develop and how SEN, disability and the environment affect development; the common "
     "needs (BESD, SpLD including dyslexia, SLCN, ASD and MLD) and their effect on learning. Consulting "
     "pupils: Competitors practise structured conversations with pupils, and the Home Circuit task, Pit "
     "Talk, asks them to involve three pupils in planning and reviewing their own targets.",
     "Pilot season: Pit Talk was introduced at the Competitors' request."),
    ("R5 Families and agencies.",
     "Working in partnership with parents and carers: fair, respectful and constructive relationships, "
     "sharing information, difficult meetings and annual reviews, led by Claire Dunstan with the Parent "
     "Partnership Service. The scope and role of external agencies and voluntary organisations, how to "
     "get specialist support and resources, and working in partnership with them. Supporting colleagues in "
     "other schools through the county SENCO network.",
     "Pilot season: a CAMHS worker and a social worker took part."),
    ("R6 Teaching approaches, ICT and research.",
     "A critical look at approaches, strategies and resources for assessing, planning and teaching pupils "
     "with SEN, including ICT; best practice and research outcomes, with Ofsted's report Inclusion: does it "
     "matter where pupils are taught? (2006) and the Bercow Review (2008); coaching, observation and "
     "feedback to support colleagues' development. Specialist speakers from the county's sensory and "
     "autism teams.",
     "Pilot season: Competitors spent this Round at Brackley Vale Special School. This visit was not "
     "continued for 2009-10."),
    ("R7 Provision mapping and tracking.",
     "Provision mapping and management and finding ineffective or missing provision; tracking progress with "
     "summative assessments including national tests; deploying and managing teaching assistants and other "
     "staff; reviewing the effectiveness of provision with colleagues; the principles of school "
     "self-evaluation and improvement as they apply to SEN.",
     "Pilot season: access arrangements for examinations were covered here by a visiting exams officer."),
    ("R8 The Final.", "See Heats and the Final.", "Pilot season: unchanged."),
]
for lead, body, pilot in rounds:
    runin(d, lead, body)
    para(d, pilot, italic=True)

# ---------------- Heats and the final -----------------
title("HEATS AND THE FINAL")
table(d, [
    ["Heat", "What the Competitor submits", "Length"],
    ["Heat 1", "A pupil case study: identification, assessments from other professionals, targets, "
               "intervention and review with the family", "3,000 words"],
    ["Heat 2", "An analysis of the school's provision map and tracking data, with a staff deployment review",
     "3,000 words"],
    ["Heat 3", "A critical review of one teaching approach and the research behind it, with a report of "
               "a coaching cycle with a colleague and how formative assessment changed in their lessons",
     "3,000 words"],
    ["The Final", "A presentation to the Stewards' panel setting out the change the Competitor would lead in "
                  "their school over the following year, with a viva", "20 minutes"],
])
para(d, "Heats are marked by the Competitor's Timekeeper against Ouseford's Level 7 criteria and the lines of "
        "the Championship Table each Heat covers.")

# ---------------- Scoring -----------------
title("SCORING AND CLASSIFICATION")
para(d, "Every Heat is second-marked by another Timekeeper. The Timekeepers meet after each Heat to compare "
        "marks on a common sample before any result is released. Ouseford's moderator samples a third of "
        "every Heat and the external examiner, Professor Anne Whitcombe of the University of Fellmouth, sees "
        "all fails, all distinctions and a sample across Timekeepers, and reports to the Stewards.")
para(d, "The Stewards classify a Competitor only when the Timing Card shows a pass against every one of the "
        "national minimum outcomes, the 29 lines of the Championship Table. A Competitor who passes every Heat "
        "but has a line without a pass is not classified until that line is passed, by a further task set by "
        "the Timekeeper.")

# ---------------- Championship table -----------------
title("CHAMPIONSHIP TABLE 2009-10")
chart = [
    ("6.A1", "fair, respectful relationships with pupils and their families", "R5", "Heat 1", "Classified"),
    ("6.A2", "wins colleagues' commitment, the head's included", "R2", "-", "NC"),
    ("6.A3", "prioritises, manages time, delegates", "R2", "Heat 2", "Classified"),
    ("6.A4", "anticipates and resolves problems, judges provision", "R3", "Heat 1", "Classified"),
    ("6.A5", "speaks and writes clearly, listens to others", "R1", "Final", "Classified"),
    ("6.A6", "draws on research and outside advice", "R3, R6", "Heat 3", "Classified"),
    ("6.A7", "keeps up to date, owns their professional development", "-", "-", "DNS"),
    ("6.K1", "SEN law and the Code and putting them into practice", "R1", "Heat 1", "Classified"),
    ("6.K2", "Every Child Matters and the SENCO's part", "R2", "Final", "Classified"),
    ("6.K3", "disability equality law (covered by the County Council's own governors' briefing)", "-", "-", "DNS"),
    ("6.K4", "how children develop and what affects development", "R4", "Heat 1", "Classified"),
    ("6.K5", "common SEN and their effect on learning", "R4", "Heat 1", "Classified"),
    ("6.K6", "approaches, strategies, resources and ICT, critically", "R6", "Heat 3", "Classified"),
    ("6.K7", "self-evaluation and improvement for SEN", "R7", "Heat 2", "Classified"),
    ("6.K8", "best practice and research in meeting SEN", "R6", "Heat 3", "Classified"),
    ("6.K9", "agencies and getting specialist support", "R5", "-", "NC"),
    ("6.S1", "inclusive ethos and policy with leaders and governors", "R2", "-", "NC"),
    ("6.S2", "identifies needs, sets targets, plans and reviews", "R3", "Heat 1", "Classified"),
    ("6.S2a", "uses other professionals' assessments in teaching", "R3", "Heat 1", "Classified"),
    ("6.S2b", "tracks progress with summative data and national tests", "R7", "Heat 2", "Classified"),
    ("6.S2c", "encourages colleagues' formative assessment", "-", "Heat 3", "Classified"),
    ("6.S2d", "exam and test access arrangements in good time", "-", "-", "DNS"),
    ("6.S3", "provision mapping, finding missing provision", "R7", "Heat 2", "Classified"),
    ("6.S4", "deploys and manages staff", "R7", "Heat 2", "Classified"),
    ("6.S5", "coaching, observing, training colleagues", "R6", "Heat 3", "Classified"),
    ("6.S6", "reviews provision with staff for self-evaluation", "R7", "-", "NC"),
    ("6.S7", "involves pupils in planning and reviewing (Pit Talk)", "R4", "Final", "Classified"),
    ("6.S8", "liaises with parents and carers", "R5", "Heat 1", "Classified"),
    ("6.S9", "partnership with services and voluntary organisations", "R5", "Heat 1", "Classified"),
]
t = table(d, [["Pos", "Line", "Rounds run", "Scored in", "Status"]] + [list(r) for r in chart])

# ---------------- Stewards' decisions -----------------
title("STEWARDS' DECISIONS, PILOT SEASON 2008-09")
for n, s in [
    ("D1", "The Stewards confirmed the marks of Heat 1 after the moderator's sample, with two marks raised."),
    ("D2", "The Stewards noted that two Competitors' CRB certificates had been seen only by their heads and "
           "directed that from 2009-10 the Eligibility Scrutineer see every certificate."),
    ("D3", "Heat 2 marks were adjusted for one Timekeeper after the standardisation meeting."),
    ("D4", "Competitor 14 was excluded from the pilot results for submitting another school's provision map."),
    ("D5", "The external examiner's report was received; her recommendation of a common marking sample was "
           "adopted (see Scoring and Classification)."),
    ("D6", "Sixteen of eighteen Competitors were classified in the pilot season."),
]:
    runin(d, n, s)

# ---------------- Lap records -----------------
title("LAP RECORDS")
para(d, "Every Competitor rates their confidence on each line of the Championship Table at the first Round "
        "and again at the Final; the Timekeeper rates their competence on the same lines from the Heats. In "
        "the pilot season mean confidence rose from 2.1 to 3.4 on a four-point scale.")
para(d, "Each Competitor names three target pupils at the first Round, and their reading, writing and maths "
        "levels (or P scale levels) and attendance are recorded then and again a year later through the "
        "school's tracking system. The Clerk of the Course reports these figures each year to the Stewards and "
        "the Championship Committee alongside Heat results, Competitors' round-by-round feedback forms, the "
        "moderator's and external examiner's reports and Ouseford's annual monitoring, and the Committee "
        "agrees the changes for the next season. The changes from the pilot are marked in the Round Notes.")

# ---------------- Committee -----------------
title("THE CHAMPIONSHIP COMMITTEE")
para(d, "Before the pilot the county's SEN team shared its audit of SENCO posts: 38 of Brackleyshire's 112 "
        "schools had a SENCO in the first two years, most in small primary schools, and the county's "
        "Ofsted summaries pointed to weak tracking of the progress of pupils at School Action. A survey of "
        "heads put provision mapping and leading staff first. The Championship's Saturday Rounds, the "
        "weight given to provision mapping and tracking in R7 and Heat 2, and the small grids all follow "
        "from these needs.")
para(d, "The Championship Committee meets each term: two heads, the county's Principal SEN Officer, a parent "
        "from the Parent Partnership Service's forum, a pilot-season Competitor and the Clerk of the Course. "
        "It reads the feedback forms and Lap Records, visits one Round a year, and agrees the season's "
        "evaluation. Heads of Competitors' schools complete an evaluation at the end of each season on what "
        "has changed in their school, which the Committee reviews.")
t = table(d, [
    ["SPONSORS' COMMENTS, PILOT SEASON", ""],
    ["Head, primary school", "\"The tracking work was exactly what we needed. More on working with governors, please.\""],
    ["Head, secondary school", "\"Saturday Rounds are the only way we could release her.\""],
    ["Principal SEN Officer", "\"We would like the Championship to draw in the early years settings.\""],
])
merge_row(t, 0, "SPONSORS' COMMENTS, PILOT SEASON", fill="D9D9D9")
para(d, "The Committee has noted these comments.")

# ---------------- Resource room -----------------
title("THE RESOURCE ROOM")
para(d, "Competitors have the use of a well-stocked resource room at the Paddock Suite on Round days, and of "
        "the Ouseford University library as registered students.")

# ---------------- Next season -----------------
title("NEXT SEASON")
para(d, "After the Final each Competitor has a Next Season interview with their Timekeeper, who reviews the "
        "Timing Card with them and agrees two professional targets for the following year, written into a "
        "Career Plan that the Competitor takes to their head for their performance management review. The "
        "plan names the Ouseford MA modules, county leadership programmes or specialist qualifications that "
        "would carry each target forward.")

# ---------------- Entry fee -----------------
title("ENTRY FEE")
para(d, "The entry fee for 2009-10 is £1,200, including registration with Ouseford University; the County "
        "Council meets half the fee for maintained schools. Grids of eight keep the Rounds small, Round "
        "days are on Saturdays so schools do not pay for cover, and the Grid Walk lets each Timekeeper "
        "pitch the Round to the grid in front of them.")

d.save(OUT)
print("wrote", OUT)
