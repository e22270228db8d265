"""il-02-st-wennas-ospa-station-book

Provider (invented): the Education Outreach Team of St Wenna's Children's
Hospice, with Penrose University (which accredits the Award). Programme: the
St Wenna's National Award for SEN Coordination, first cohort 2009.

Document kind and layout: the examiners' and role-players' Station Book for the
Award's final assessment, an "Objective Structured Practice Assessment" (OSPA)
built on the medical OSCE: a circuit of timed stations, each with a door
notice for the candidate, a role-player's brief and an examiner's checklist.
It is sent whole under a covering letter (no heading style, a letterhead line)
and has a Part 3 added for the panel, "The course around the OSPA". Each
station is a table whose first row is a merged, shaded band; the rows are
"Outcomes sampled", "Candidate instructions (on the door)", "Role-player
brief", "Examiner checklist" and "Scoring". One station is a practice station
("feedback only, not scored") and one is a pilot station "withdrawn for 2009".
The outcomes are named in the team's own words inside the stations. A
"Station plan" table and a study-days table in Part 3. Header ("EXAMINER AND
ROLE-PLAYER COPY") and footer. One footnote (carries the role-player training
arrangement). Two Word comments (one holds the only CRB statement,
one a wish to score Station 7 from 2010). Tracked changes: the credit value changed from
40 to 60 (deletion and insertion).

Traps (requirement ids):
- Credit: "40" deleted and "60" inserted in a tracked change (E.2 met; the
  deleted figure does not count).
- Research: only "The course team keeps up with current research" (1.3
  partially_met); research is touched on in Day 6 but no station or portfolio
  part judges it (6.K8 partially_met: developed, not assessed).
- Impact on practice only "encouraged" (1.8 partially_met).
- Several outcomes not assessed (1.9 partially_met) and a compensating pass
  rule across stations (6.0 partially_met).
- Self-rating questionnaire at entry "returned to her tutor", not used to plan
  (2.2 partially_met).
- Direct Entry to Assessment is a real assessment-only route with conditions
  (2.3 met) next to RPL through the University's procedure (2.1 met).
- "Guidance on further study or career steps is not part of the Award" (2.5
  not_met: negation).
- One start date, Thursdays only, two venues (3.2 partially_met).
- "There is no online element to the course" (3.3 not_applicable).
- CRB checks on candidates appear only in a Word comment (5.3 not_met); the
  body speaks only of accompanying young role-players.
- Resources only "well equipped" (5.6 partially_met).
- Impact measures only intended "once the first cohort completes" (5.9
  not_met: future intention).
- Practice station "feedback only, not scored" is the only place for time and
  priorities and for deploying staff (6.A3, 6.S4 partially_met).
- Disability equality station "used in the pilot; withdrawn for 2009" (past
  arrangement), the law still taught on Day 1 (6.K3 partially_met).
- Using research and advice with colleagues taught, not judged (6.A6
  partially_met); formative assessment "discussed on Day 5" only (6.S2c
  partially_met).
- Access arrangements for tests left to the county's course for exams
  officers (6.S2d not_met: another provider's arrangement).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _il_helpers import Builder, band, shade  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "il-02-st-wennas-ospa-station-book"

b = Builder()
doc = b.doc

# ---- covering letter -----------------------------------------------------
b.p("St Wenna's Children's Hospice  |  Education Outreach Team  |  Chapel Lane, Polwithen", bold=True)
b.p("12 January 2009")
b.p("To the TDA approval panel, National Award for SEN Coordination")
b.p("Dear colleagues,")
b.p("Our application for approval is the Station Book we have written for the examiners and "
    "role-players of the Award's final assessment. The OSPA, our Objective Structured Practice Assessment, "
    "is the heart of the Award: we borrowed the idea from the OSCEs our nursing colleagues sit, because we "
    "wanted SENCOs to show what they can do with a parent, a head or a child in front of them, not only "
    "what they can write. The book shows better than any form what the Award asks of a SENCO.")
b.p("We have left the book as our examiners will receive it and added Part 3, which describes the course "
    "around the OSPA, for you. The St Wenna's Award is accredited by Penrose University, and the University's "
    "Faculty of Education has read this letter.")
b.p("Yours sincerely,")
b.p("Jan Tremain, Education Outreach Lead, St Wenna's Children's Hospice")
b.p("Dr Keir Hammond, Director of Professional Programmes, Penrose University")

# ---- Part 1 ------------------------------------------------------------
b.h("OSPA Station Book 2009", 0)
b.h("Part 1. About the OSPA", 1)
b.p("The OSPA is a circuit of ten stations. Each candidate spends eight minutes at each station, with a "
    "minute between stations to read the next door notice. Nine stations are scored by a trained examiner "
    "who stays at that station all day; Station 7 is a practice station. The circuit runs twice a day for "
    "up to ten candidates at a time, at the hospice's Tamar Education Centre, in the last week of June.")
b.p("At the scored stations the examiner completes the checklist as the candidate works and gives a "
    "global rating at the end (Clear pass, Pass, Borderline, Fail). Examiners do not speak to the candidate "
    "except as the brief allows.")
b.p("Role-players are parents from the hospice's Family Forum, members of the Young People's Group, "
    "St Wenna's nurses and social workers, and two retired headteachers. Young role-players are always "
    "accompanied by a hospice youth worker and never play a station alone.")
p = b.p("Every examiner and role-player attends a half-day briefing in the week before the OSPA, and all "
        "examiners attend a calibration session on the morning of the day.")
b.footnote(p, "Role-players are paid a sessional fee. At the briefing each rehearses the station twice with "
              "an examiner, and the station lead checks that they keep to the brief and how to step out of "
              "role if a candidate is distressed.")

b.p("Candidates who need adjustments tell us on the nomination form, and the chief examiner agrees "
    "them with each candidate before the day. In the pilot these included two minutes' extra reading time "
    "at every door, a seated circuit with the stations brought to the candidate, papers in large print and "
    "on coloured paper, and a BSL interpreter at the role-play stations. The Tamar Education Centre is on "
    "one level with accessible toilets and a quiet room.")

b.h("The pass rule", 2)
b.p("A candidate passes the OSPA with an overall score of 60% or more across the nine scored stations, "
    "provided no more than two stations are rated Fail. The Award is given to a candidate who passes the "
    "OSPA and the Practice Portfolio.")
b.p("Each examiner's checklist is scored out of 20. A second examiner watches one station in four by "
    "video, and any candidate with a Borderline overall score has all her stations reviewed by the chief "
    "examiner. Scores are then moderated by Penrose University's module board, with the external examiner "
    "present.")

b.h("On the day", 2)
b.p("Examiners arrive at 8.00 for calibration, in which each watches a recorded performance of their "
    "station and scores it; the chief examiner discusses any score more than two marks from the agreed "
    "one. Candidates arrive at 9.00 and are briefed together by the chief examiner, who explains the bell, "
    "the door notices and the rest station. Phones are collected. Candidates do not meet each other between "
    "circuits, and the papers at Stations 4, 5 and 10 are collected and replaced after each candidate.")
b.p("If a role-player is unwell, the station lead takes the part from the brief. If a candidate is "
    "distressed, the examiner stops the clock and the youth worker or a tutor stays with the candidate; "
    "the station is run again at the end of the circuit. Any irregularity is written on the back of the "
    "checklist and reported to the chief examiner before the next circuit.")
b.p("Results are confirmed by the module board in July and sent to candidates with each station's "
    "global rating and the examiner's written comments. A candidate who fails the OSPA may re-sit the whole "
    "circuit once, at the next year's OSPA.")

b.h("Station plan", 2)
plan = b.table([
    ["Station", "Title", "Role-player", "Scored"],
    ["1", "The worried parent", "Parent (Family Forum)", "Yes"],
    ["2", "The head's office", "Headteacher", "Yes"],
    ["3", "Ask me", "Young person (Young People's Group)", "Yes"],
    ["4", "The reports", "None (papers)", "Yes"],
    ["5", "The data desk", "None (papers)", "Yes"],
    ["6", "The provision map", "Class teacher", "Yes"],
    ["7", "Monday morning", "None (in-tray)", "Practice: feedback only, not scored"],
    ["8", "The coaching conversation", "Newly qualified teacher", "Yes"],
    ["9", "Team around the child", "Hospice nurse (by telephone)", "Yes"],
    ["10", "The law desk", "None (written)", "Yes"],
    ["Rest", "Rest station", "", ""],
])
plan.cell(11, 1).merge(plan.cell(11, 3))
shade(plan.cell(11, 0), "EDEDED")


def station(num, title, sampled, door, brief, checklist, scoring):
    t = b.table([
        ["", ""],
        ["Outcomes sampled", sampled],
        ["Candidate instructions (on the door)", door],
        ["Role-player brief", brief],
        ["Examiner checklist", checklist],
        ["Scoring", scoring],
    ], header=False)
    band(t, 0, f"STATION {num}: {title.upper()}", colour="C6D9F1")
    for i in range(1, 6):
        shade(t.cell(i, 0), "F2F2F2")
    b.p("")
    return t


b.h("Part 2. The stations", 1)
station(1, "The worried parent",
        "Building a fair, respectful and constructive relationship with a parent; working with parents and "
        "carers; listening to and understanding another's view and speaking clearly.",
        "You are the SENCO at Polwithen Primary. Mrs Kemp has asked to see you about her son Aaron (Year 4), "
        "who has Duchenne muscular dystrophy. She is upset. Find out what is worrying her and agree what "
        "happens next.",
        "You are Aaron's mother. Aaron came home saying he was kept in at playtime again because nobody could "
        "help him on the steps. You think the school sees him as a problem. Start angry; calm down only if "
        "the SENCO listens without defending the school. If she offers a meeting with you and the class "
        "teacher, accept.",
        "Introduces self and purpose. Lets the parent speak; summarises her concern accurately. Acknowledges "
        "feelings without blaming colleagues. Explains what the school can do, plainly and without jargon. "
        "Agrees a next step with the parent and a date. Checks the parent is content with the plan.",
        "Checklist /20 and global rating.")
station(2, "The head's office",
        "Gaining the commitment of the headteacher; working with senior colleagues and governors on an "
        "inclusive ethos, policy, priorities and resources.",
        "Your head, Mr Rowe, has ten minutes. The governors meet next week to set the budget. Persuade him "
        "that the school's SEN priorities for next year should go to governors, and agree how.",
        "You are a fair but busy head. You think SEN 'already gets plenty'. You can be persuaded by evidence "
        "about pupils' progress and by a plan that costs no more than it saves. Ask: what will governors "
        "want to see?",
        "States a clear priority with evidence. Links it to the school's inclusion policy and development "
        "plan. Anticipates the head's objections. Proposes how governors will be involved (a paper, the SEN "
        "governor). Agrees a next step.",
        "Checklist /20 and global rating.")
station(3, "Ask me",
        "Consulting a child or young person; making sure pupils are involved in planning, agreeing and "
        "reviewing their own provision.",
        "Morwenna (Year 8) has a review of her support plan next week. Talk with her about what she thinks is "
        "working and what she would change, so that her views go into the review.",
        "You are Morwenna. You have cystic fibrosis and miss a lot of school. You hate being taken out of "
        "French for physio. Say little at first. Open up if the SENCO asks real questions and waits for the "
        "answers.",
        "Uses language suited to the pupil. Asks open questions and waits. Checks understanding. Records the "
        "pupil's own words. Agrees with the pupil what will be said at the review and by whom. Explains what "
        "will happen to her views.",
        "Checklist /20 and global rating.")
station(4, "The reports",
        "Using assessments from other professionals to develop teaching; critical understanding of "
        "strategies and resources, including ICT; the common types of SEN and how they affect learning.",
        "Read the speech and language therapist's report and the educational psychologist's summary on the "
        "table. Write three changes the class teacher should make next week, and the resources she will need.",
        "No role-player. Papers: SALT report (language disorder), EP summary, class timetable.",
        "Identifies the main needs from both reports. Proposes changes that follow from the reports, not "
        "generic advice. Chooses suitable resources and ICT (for instance visual timetables or Clicker). "
        "Shows how the need affects learning in the subjects on the timetable.",
        "Checklist /20 and global rating.")
station(5, "The data desk",
        "Identifying pupils who may have SEN; setting challenging targets and reviewing progress; using "
        "summative assessment, including national tests, to track progress and adjust programmes.",
        "The table holds the Year 5 tracking sheet (teacher assessment and optional test results) for two "
        "terms. Name the pupils you are concerned about, say why, and set one target for each.",
        "No role-player. Papers: tracking sheet for 28 pupils, two with existing SEN.",
        "Identifies pupils whose progress has stalled, including one not yet on the SEN register. Sets "
        "challenging, measurable targets. Names an intervention and a review date. Says how the programme "
        "will change if the next assessment shows no progress.",
        "Checklist /20 and global rating.")
station(6, "The provision map",
        "Using provision mapping to find ineffective or missing provision; reviewing provision with other "
        "staff.",
        "Mrs Hicks, the Year 3 teacher, has brought the term's provision map for her class. Review it with "
        "her and agree what should stop, start or continue.",
        "You are a capable teacher, a little defensive about the reading group you run. You will agree to "
        "change it if the SENCO shows you the pupils' results.",
        "Reads the map for gaps and overlaps. Uses pupils' outcomes to judge each intervention. Involves the "
        "teacher in the judgement. Agrees changes and how they will be reviewed.",
        "Checklist /20 and global rating.")
t7 = station(7, "Monday morning",
        "Prioritising, managing time and delegating; deploying and managing teaching assistants.",
        "It is 8.15 on Monday. Your in-tray, the TA rota and three messages are on the table. Put the tasks in "
        "order, say who will do each, and rewrite the TA rota for today.",
        "No role-player.",
        "Ranks tasks sensibly. Delegates appropriately. Deploys TAs where the need is greatest.",
        "Practice station: feedback only, not scored. The examiner gives the candidate one minute of "
        "feedback at the end.")
b.comment(t7.cell(5, 1).paragraphs[0],
          "Keir: the University would prefer Station 7 to be scored from 2010. Not agreed yet.",
          author="Keir Hammond", initials="KH")
station(8, "The coaching conversation",
        "Supporting colleagues' professional development through observation, feedback and coaching.",
        "You have just watched the video clip of Mr Daly's Year 6 lesson (on the screen). Give him feedback "
        "and coach him towards one change for his pupil with autism.",
        "You are an NQT, keen, anxious about behaviour. You accept feedback that is specific; you become "
        "defensive if it is general.",
        "Opens with the teacher's own view. Gives specific feedback on what was seen. Uses questions to help "
        "the teacher find the change. Agrees one change and a follow-up.",
        "Checklist /20 and global rating.")
station(9, "Team around the child",
        "Working in partnership with other services and agencies, including voluntary organisations; knowing "
        "the scope of external agencies and how to get their support; solving problems and making sound "
        "decisions about provision.",
        "Leah (Year 2) returns to school on Monday after a stay at St Wenna's. Phone the hospice nurse, find "
        "out what the school needs to know, and decide who else should be involved.",
        "You are a St Wenna's community nurse. Leah now has a feeding tube. Give information only if asked. "
        "Mention that the family has a social worker and a Macmillan key worker.",
        "Asks focused questions. Identifies the other services to involve and how to reach them. Decides "
        "what must be in place on Monday and by whom. Checks consent for sharing information.",
        "Checklist /20 and global rating.")
station(10, "The law desk",
        "Knowing the laws and guidance on SEN, including the SEN Code of Practice, and how to put them into "
        "practice; the principles and outcomes of Every Child Matters and the SENCO's part in them.",
        "Answer the four short questions on the card in writing.",
        "No role-player.",
        "Explains the school's duties under the Code of Practice accurately for the case on the card. "
        "Relates the case to the five Every Child Matters outcomes. Names the SENCO's part.",
        "Checklist /20 and global rating.")

b.h("Station 11 (pilot only)", 2)
b.p("Station 11, The access audit, asked candidates to walk a classroom and list what the Disability "
    "Discrimination Act and the Disability Equality Duty required the school to change. It was used in the "
    "pilot; withdrawn for 2009 because the circuit ran too long.")

# ---- Part 3 ------------------------------------------------------------
b.h("Part 3. The course around the OSPA (added for the panel)", 1)
b.h("Aims and accreditation", 2)
b.p("The Award aims to raise the achievement and well-being of children and young people with SEN and "
    "disabilities in all five Every Child Matters outcomes, by developing SENCOs who lead provision in "
    "their schools. It is accredited by Penrose University.")
b.tracked([
    ("n", "Penrose University accredits the Award as a module of "),
    ("del", "40"),
    ("ins", "60"),
    ("n", " credits at Level 7 (masters level) in its Postgraduate Certificate in Education Practice."),
], author="Keir Hammond", date="2008-12-03T11:20:00Z")

b.h("Who can join, and how", 2)
b.p("Participants must hold QTS and be in post as SENCO, or named by their head to take up the role "
    "within a year. The head's nomination form confirms the release time. Each applicant has a short "
    "interview with a tutor, who checks her experience against the outcomes; applicants who are not ready "
    "are offered a place on the next cohort.")
b.p("Before Day 1 every participant completes a self-rating questionnaire on the outcomes and returns it "
    "to her tutor.")
b.p("Participants who have already gained credit at Level 7 in SEN may claim up to 20 credits through "
    "Penrose University's Recognition of Prior Learning procedure, which also allows experience to be "
    "credited through a claim matched to the outcomes. The University's RPL adviser assesses every claim.")
b.p("Direct Entry to Assessment. A SENCO with at least three years in the role, whose head supports her "
    "application, may go straight to the OSPA and the Practice Portfolio without the study days. The "
    "programme leader and the University decide each application; the route is for exceptional cases and "
    "we expect no more than two a year.")
b.p("Fees are £850. The hospice meets the whole fee for any school that has a St Wenna's child on roll, "
    "and tutors give each participant two individual tutorials, so the course is shaped to her school "
    "and her needs.")
b.p("Guidance on further study or career steps is not part of the Award.")

b.h("The study days", 2)
b.p("All teaching is face to face, on six Thursdays between October and May, each run at the Tamar "
    "Education Centre and repeated the following week at Penrose University's Truro campus, so that "
    "participants may choose the nearer venue. There is one start date a year, in October. There is no "
    "online element to the course.")
days = b.table([
    ["Day", "Content", "Led by"],
    ["1", "The law and guidance on SEN and disability: the SEN Code of Practice, the Disability "
     "Discrimination Act and the Disability Equality Duty; Every Child Matters and the Children's Plan.",
     "Jan Tremain"],
    ["2", "How children develop, and how SEN, disability, illness and environment affect development. The "
     "common types of SEN: BESD, SpLD including dyslexia, SLCN, ASD and MLD, and how each affects learning; the strategies, resources and ICT that help.",
     "Penrose University"],
    ["3", "Identification, assessment and target setting; tracking progress with summative data and national "
     "tests; working with other professionals' reports; consulting and involving children and young people.",
     "Jan Tremain"],
    ["4", "Working with parents and carers (co-led by the Family Forum): listening to parents and explaining clearly to them and to colleagues; working with the head, governors and "
     "colleagues across and beyond the school; external agencies and voluntary organisations.", "Family Forum and team"],
    ["5", "Provision mapping and reviewing provision with colleagues; solving problems and making decisions about provision; deploying and managing teaching assistants; managing time and priorities. "
     "Formative assessment for pupils with SEN is discussed on Day 5.", "Penrose University"],
    ["6", "Coaching and developing colleagues; using research and external advice with colleagues; school "
     "self-evaluation of SEN outcomes; keeping up to date and planning one's own development; rehearsal circuit for the OSPA.", "Jan Tremain"],
    ["Placement day", "A day at St Wenna's with the care team, and a morning at Trevelyan Special School "
     "with its outreach teacher, between Days 3 and 4.", ""],
])
days.cell(7, 1).merge(days.cell(7, 2))
shade(days.cell(7, 0), "EDEDED")
b.p("")
b.p("Between days participants carry out tasks in their own schools and keep notes for the Practice "
    "Portfolio. They are encouraged to try in school what they learn.")
b.p("Exam access arrangements for pupils with SEN are covered by the county's course for exams officers, "
    "which participants may attend separately.")

b.h("The Practice Portfolio", 2)
b.p("The Practice Portfolio (5,000 words) has three parts, each marked by a tutor and second-marked by "
    "Penrose University:")
b.bullets([
    "a child study, tracing one pupil's development and how his or her SEN, disability and surroundings "
    "have shaped it;",
    "a review of the school's self-evaluation of its SEN outcomes, written with the head;",
    "the participant's professional development plan for the next year, saying how she will keep up to "
    "date.",
])

b.h("Staff and resources", 2)
b.p("Jan Tremain was a SENCO for nine years and holds the MA in Special Educational Needs and the "
    "specialist qualification for teachers of children with multi-sensory impairment. The Penrose tutors, "
    "Dr Alys Penhallow and Mark Rule, teach on the University's MA in Inclusive Education and publish on "
    "inclusion and on speech and language. The course team keeps up with current research.")
b.p("The hospice is well equipped for teaching.")

b.h("Working with stakeholders", 2)
b.p("In 2007 we asked the 38 SENCOs and 12 headteachers of schools with St Wenna's children what a new "
    "SENCO most needed; their answers (working with health services, talking to parents of very ill "
    "children, and persuading heads) are why Stations 1, 2 and 9 exist. Parents in the Family Forum "
    "rewrote the role-player brief for Station 1 after the pilot because the first version made the "
    "parent unreasonable, and the Young People's Group asked for Station 3.")
b.p("After each OSPA the Family Forum and the Young People's Group meet the course team to review their "
    "stations and the candidates' feedback, and two headteachers sit on the course's steering group, "
    "which reviews the year's evaluation each July.")

b.h("Quality", 2)
b.p("Each study day is evaluated by participants. After each OSPA we analyse the scores by station and "
    "by examiner, and change any station that does not discriminate or any examiner whose scores stand "
    "apart. Examiners, role-players and candidates each complete a short questionnaire. Penrose "
    "University's external examiner attends the OSPA and reports each year, and the module goes through the "
    "University's annual monitoring, whose action plan the steering group follows up.")
b.p("Impact on participants and pupils will be looked at once the first cohort completes.")
p = b.p("Participants' schools nominate them on the head's nomination form.")
b.comment(p, "We do ask heads to confirm the SENCO's enhanced CRB on the nomination form - should we say so?",
          author="Jan Tremain", initials="JT")

b.save(os.path.join(HERE, NAME + ".docx"),
       header="OSPA Station Book 2009 - EXAMINER AND ROLE-PLAYER COPY - not to be shown to candidates",
       footer="St Wenna's Children's Hospice Education Outreach with Penrose University School of Education")
print("wrote", NAME + ".docx")
