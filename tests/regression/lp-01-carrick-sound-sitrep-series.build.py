"""lp-01-carrick-sound-sitrep-series

Provider (invented): Carrick Sound Maritime Safety Training Centre, a coastguard and maritime
safety training centre (sea survival, GMDSS radio, search and rescue co-ordination courses),
with Trevessa University (validating HEI) and Westmoor County Council's Learning Support
Service. Application for approval to run the National Award for SEN Coordination, July 2008.

Document kind and layout: the Centre writes the whole application as a series of four
situation reports on the IAMSAR SITREP pattern, the way its Training Co-ordination Desk
reports every course and exercise: SITREP 1 (INITIAL), 2 (TASKINGS), 3 (SORTIES) and
4 (FINAL). Each SITREP is a Heading 2 followed by lettered lines typed as bold labels at the
start of Normal paragraphs ("A IDENTITY", "B POSITION", "C SITUATION", "D PERSONS", ...,
"N ADDITIONAL INFORMATION"), not numbered by criterion; later SITREPs carry only the lines
that changed. Vocabulary: Crew (participants), Coxswains (tutors), Shore Watch Officers
(school mentors), Taskings (study days), Sorties (marked assignments), Launches (start
points), Logbook (unmarked journal), Debriefs (formative tutorials), Chartroom (Moodle),
Shore Leave (placements), Station Committee, Passage Plan (individual plan), Pre-launch
Check (needs assessment), Next Passage (further targets). A glossary table of "Our words";
a text box near the top holding the KEY to the Search Plan (far above the table it defines);
a Taskings table with vertically merged Launch cells and shading; the Search Plan (the
outcome map, columns "Swept on | Searched in") at the very end, with merged shaded group
rows. Header and footer. One tracked deletion (whole paragraph), one tracked insertion
(inside a sentence), one Word comment.

Traps (requirement ids):
- The footer says "all crew members are CRB checked through the Centre" (footer, never
  evidence). In the body, line D describes enhanced CRB checks on Coxswains and Shore Watch
  Officers only (the wrong people) and leaves candidates' checks to their schools
  (someone else's responsibility): 5.3 not_met.
- The only route straight to assessment is another provider's ("Straight to Sea" at the
  Fowey Reach Sea School); the Centre's own "Direct Sortie" route survives only in a
  tracked deletion: 2.3 not_met.
- Prior certificated credit is accredited; experience is "taken into account" in the
  Passage Plan but "is not credited": 2.1 partially_met.
- Pupil consultation is only touched on and otherwise hoped for ("hope to invite the
  county's Young Voices panel"): 1.5 partially_met; 6.S7 is "Sweep only": partially_met.
- E-learning (Chartroom) with forums, but tutor replies between Taskings only "when the
  watch rota allows", and in winter they "may wait until the next Tasking"; the forum is
  in a tracked insertion (counts); a comment about the winter rota is not evidence:
  3.3 partially_met.
- Resources: the right words about the wrong thing (bridge simulator, sea survival pool,
  GMDSS radio suite); SEN materials only borrowed "when it has them free": 5.6 partially_met.
- Impact on pupils: competence and confidence measured, pupils' achievement only hoped
  for: 5.9 partially_met.
- Award rule allows compensation between Sorties ("can be carried by a stronger mark"),
  and Sweep only / Debrief only lines are never marked: 6.0 partially_met, 1.9 partially_met.
- Child development is explicitly "not part of the Award course" and has no Search Plan
  row: 6.K4 not_met. Exam access arrangements have no row and are not mentioned: 6.S2d
  not_met. Time management is "Not in search area": 6.A3 not_met.
- "Not swept" but searched in Sortie 4 (assessed, not taught): 6.A2 partially_met.
- "Sweep only": 6.A7 (Logbook, unmarked), 6.K2, 6.S2b, 6.S7: partially_met.
- "Debrief only" (formative, unmarked): 6.K7, 6.S6: partially_met.
- The key's terms are defined in a text box far above the Search Plan.
- Met despite looking like traps: E.2 (60 credits, Level 7), 4.1/4.2 (survey and changes
  made), 4.3 (Station Committee), 5.5 (Shore Leave placements in a special school), 5.8
  (second marking, moderation, external examiner).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _lp_helpers import (Document, para, runs, ins_run, deleted_para, shade, shade_para, table,
                         text_box, header_footer, word_count)
from docx.shared import Pt

HERE = Path(__file__).parent
NAME = "lp-01-carrick-sound-sitrep-series"
AUTH = "E. Treloar"
DATE = "2008-07-09T10:12:00Z"

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
header_footer(doc, "CARRICK SOUND MARITIME SAFETY TRAINING CENTRE  |  TRAINING CO-ORDINATION DESK  |  UNCLASSIFIED",
              "SITREP series SC/SENCO/08. All crew members are CRB checked through the Centre. Issue 2, July 2008.")


def line(letter, label, *text):
    p = doc.add_paragraph()
    runs(p, (f"{letter}  {label}", "b"), "  " + text[0])
    for t in text[1:]:
        para(doc, t)
    return p


para(doc, "SITREP SERIES SC/SENCO/08", style="Title")
para(doc, "National Award for SEN Coordination: application to the Training and Development Agency for Schools "
          "for approval to run the Award from September 2008", bold=True, size=12)
para(doc, "FROM: Training Co-ordination Desk, Carrick Sound Maritime Safety Training Centre, Quay Road, Porthcarrick")
para(doc, "TO: Training and Development Agency for Schools (SENCO Award approvals panel)")
para(doc, "DTG: 141000Z JUL 08")

doc.add_heading("How to read this series", level=1)
para(doc, "Carrick Sound trains coxswains, lifeboat crews, harbour staff and coastguard watch officers, and every "
          "course, exercise and incident we run is reported on the same pattern: the situation report, or SITREP, "
          "laid down in the IAMSAR Manual. Each SITREP is a set of lettered lines, always in the same order, so that "
          "a reader on another desk can find the position, the persons, the plan and the weather without hunting. "
          "A first SITREP carries every line; later SITREPs carry only the lines that have something new to say. "
          "When Westmoor County Council asked us to bring our training experience to a course for special "
          "educational needs coordinators, our staff wrote it up as they write everything else, and we have kept "
          "that form for this application. The four SITREPs below describe the Award course as it will run.")
para(doc, "We use our own words for the parts of the course. They are set out once here.")
table(doc, [
    ["Our word", "What it means on the Award course"],
    ["Crew", "The teachers taking the Award course (in the specification, participants)."],
    ["Coxswain", "A tutor on the Award course. Each crew member has a named Coxswain for the whole course."],
    ["Shore Watch Officer", "A senior colleague in the crew member's own school who acts as school-based mentor."],
    ["Launch", "A start point. There are two Launches a year, in September and in January."],
    ["Tasking", "A taught day at the Centre or at a host school. There are eight Taskings."],
    ["Sortie", "A marked assignment carried out in the crew member's own school. There are four Sorties."],
    ["Logbook", "The crew member's own reflective journal. It is read by the Coxswain but not marked."],
    ["Debrief", "A one-to-one tutorial after Taskings 2, 4 and 7, where a Coxswain gives spoken feedback."],
    ["Chartroom", "The Centre's Moodle site."],
    ["Shore Leave", "Two days' placement in a special school or resource base."],
    ["Passage Plan", "The crew member's individual training plan, set after the Pre-launch Check."],
    ["Search Plan", "Our map of the national minimum outcomes against the Taskings and Sorties (end of SITREP 4)."],
])
para(doc, "")
text_box(doc, [
    ("KEY TO THE SEARCH PLAN (SITREP 4)", True),
    ("Swept on: the Tasking (or Taskings) at which the line is taught and worked on.", False),
    ("Searched in: the Sortie in which the line is marked against its written criteria. A Sortie must be passed.", False),
    ("Sweep only: worked on at Taskings and in the Logbook, but not marked in any Sortie.", False),
    ("Debrief only: talked through with a Coxswain at a Debrief and given spoken feedback; not marked.", False),
    ("Not swept: not taught at any Tasking; crew meet it on their own in school.", False),
    ("Not in search area: not part of the Award course.", False),
], height="150pt")

# ------------------------------------------------------------------ SITREP 1
doc.add_heading("SITREP ONE (INITIAL): the Award course and its crew", level=2)
line("A", "IDENTITY",
     "Carrick Sound SENCO Award course, for teachers new to the role of special educational needs coordinator "
     "in Westmoor and neighbouring authorities. First Launch September 2008; second Launch January 2009.")
line("B", "POSITION",
     "The Award course is a single 60-credit module at Master's level (Level 7) in Trevessa University's "
     "Postgraduate Certificate in Professional Practice. The University validated it at its Faculty of Education "
     "validation event on 19 June 2008, and the credits and the Award are conferred by the University. The Centre "
     "delivers the course under a partnership agreement with Trevessa University and with Westmoor County "
     "Council's Learning Support Service, signed in May 2008.")
line("C", "SITUATION",
     "The Award course exists to raise the achievement and improve the well-being of children and young people "
     "with special educational needs and/or disabilities in the crew members' schools. We mean achievement in all "
     "five Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive "
     "contribution and achieving economic well-being, not test results alone.",
     "That aim runs through the course: each Tasking opens with the question of what it will change for pupils, "
     "the course objectives are written as things the SENCO will do for pupils, and the marking criteria for every "
     "Sortie carry a line on the progress and well-being of named pupils in the crew member's school.",
     "Every Sortie is carried out in the crew member's own school and judged on what it changed there, so crew "
     "make an impact on practice as they meet the outcomes rather than after the course has ended.")
line("D", "PERSONS",
     "Crew of twelve to sixteen per Launch. To be accepted a teacher must hold QTS, be in post as SENCO or be "
     "designated to become SENCO within a year, and bring the headteacher's signed support and release for the "
     "Taskings. Every applicant has a Pre-launch Check (line J) before a place is confirmed. Where the Check shows "
     "that an applicant is not yet ready to meet the outcomes by the end of the course, for example a teacher with "
     "no experience of planning for pupils with SEN, the Award Leader gives written guidance on what to do first, "
     "speaks to the headteacher about it, and holds a place on the next Launch.",
     "All Coxswains and Shore Watch Officers hold a current enhanced CRB disclosure, checked by the Centre's "
     "personnel office every three years, as for all our sea-survival instructors who work with cadet groups.",
     "Crew members are employed teachers, and their checks are a matter for their own schools and the county.")
line("E", "ASSISTANCE REQUIRED",
     "Approval by the TDA. No other assistance: the fee of £1,650 per crew member is met from the TDA grant "
     "through Westmoor County Council, and because Taskings are shared with no other course and held at the "
     "Centre or in host schools, the cost per crew member is below the county's current spend on its SENCO "
     "induction days. The Passage Plan (line J) means crew spend their time on what they need, not on what they "
     "already know, which is where the course saves most.")
line("F", "CO-ORDINATING CENTRE",
     "Training Co-ordination Desk, Carrick Sound. The Award course is led and taught by four Coxswains.",
     "Mrs Elowen Treloar, Award Leader: SENCO for fourteen years at Trenance Community School, MA in Special "
     "and Inclusive Education, Westmoor's Area SEN Adviser from 2003 to 2007.",
     "Dr Piran Hocking: senior lecturer in inclusive education at Trevessa University, whose research is on "
     "provision mapping in small rural schools; he is the University's link tutor.",
     "Ms Jenna Curnow: specialist teacher for specific learning difficulties with Westmoor Learning Support "
     "Service, AMBDA, who still works in schools three days a week.",
     "Mr Tom Pascoe: senior educational psychologist, Westmoor, who teaches two Taskings and second-marks "
     "Sortie 2.",
     "Each Coxswain spends at least three days a year on SEN and disability CPD, recorded by the Award Leader, "
     "and two of the four still work in Westmoor schools every week.")

p = para(doc, "")
runs(p, ("H  WEATHER ON SCENE", "b"),
     "  Before writing the course we surveyed all 212 Westmoor schools in March 2008. 131 replied. The three "
     "needs they named most often were making sense of provision mapping, leading teaching assistants, and "
     "working with parents when relationships had broken down. The Learning Support Service added its own "
     "evidence: tribunal appeals, the rise in pupils with autistic spectrum disorders, and the gap in attainment "
     "at Key Stage 2 between pupils at School Action Plus and their peers. Those needs set the order of the "
     "Taskings.")
para(doc, "Schools and the county also changed the course as it was written. Because headteachers said that new "
          "SENCOs could not map provision, we moved provision mapping from Tasking 6 to Tasking 2 and built "
          "Sortie 1 around it. The Parent Partnership Service asked for a day on parents that was not led by "
          "teachers alone, so Tasking 5 is now led jointly with its officers. Two former SENCO induction "
          "participants who read the first draft said it lacked anything on governors, and Sortie 4 is the "
          "result.")
para(doc, "The course draws on current research and inspection evidence: Ofsted's reports Special educational needs "
          "and disability: towards inclusive schools (2004) and Inclusion: does it matter where pupils are taught? "
          "(2006), Removing Barriers to Achievement (2004), the Bercow Review of services for children with speech, "
          "language and communication needs (2008), the National Strategies' Inclusion Development Programme, and "
          "the research on teaching assistants from the DISS project. Reading lists for each Tasking are "
          "refreshed before each Launch by the Coxswain who leads it.")

line("J", "INITIAL ACTIONS TAKEN",
     "Pre-launch Check. Before the course each accepted crew member rates themselves against the lines of the "
     "Search Plan, with a short piece of evidence for each, and the headteacher adds a view. The crew member's "
     "Coxswain then meets them for an hour and together they write a Passage Plan: the Taskings and readings "
     "they most need, the lines they will aim at first, and personal targets for each Sortie. The Passage Plan is "
     "reviewed at each Debrief.",
     "Crew who already hold Master's credits in special educational needs may bring up to 20 of them under "
     "Trevessa University's rules for the accreditation of prior certificated learning. Experience is taken "
     "into account in the Passage Plan but is not credited.")
deleted_para(doc, "Experienced SEN support teachers may go straight to Sorties 1 to 4 without attending Taskings "
                  "(a \"Direct Sortie\"), with a Coxswain's agreement.", AUTH, DATE)
para(doc, "We do not run a route straight to assessment. The Fowey Reach Sea School offers what it calls a "
          "Straight to Sea route for experienced teachers, and we have passed two enquiries to it.")

line("L", "CO-ORDINATING INSTRUCTIONS",
     "Shore Watch Officers are deputy or assistant headteachers named on the application form. Each attends a "
     "half-day briefing at the Centre before the Launch, receives the Shore Watch Handbook (roles, the Sortie "
     "briefs and criteria, what to observe, how to report), and countersigns the Sortie 3 record. Coxswains "
     "meet before each Launch to agree roles and to standardise marking on sample Sorties, and a Coxswain new "
     "to the course shadows an experienced one for a full Launch before marking alone.",
     "Every Sortie is marked by the crew member's Coxswain against the published criteria and second-marked by "
     "another Coxswain. A sample of one in three, and every fail and every distinction, goes to Trevessa "
     "University's moderator, and the University's external examiner for the Postgraduate Certificate sees the "
     "sample and attends the Assessment Board.",
     "The application form invites applicants to tell us about a disability or any other need, and the Award "
     "Leader follows every disclosure with a conversation before the Launch. Adjustments we already make include "
     "papers in large print or on coloured paper, a hearing loop in the Briefing Room, step-free rooms for every "
     "Tasking, extra time for Sorties, and Taskings moved to a host school nearer home. The Centre's Disability "
     "Equality Scheme and Race Equality Policy apply to the Award course, and we monitor applications and "
     "completion by gender, ethnicity and disability.")

# ------------------------------------------------------------------ SITREP 2
doc.add_heading("SITREP TWO: Taskings", level=2)
line("C", "SITUATION",
     "Eight Taskings over three terms, each a full Saturday or a weekday with supply cover paid from the fee. "
     "The Taskings are taught face to face, and between them crew work in school, on Chartroom and in the "
     "Logbook. The programme for both Launches is below.")
t = table(doc, [
    ["Launch", "Tasking", "Where", "Led by"],
    ["September 2008", "1  The SENCO's bearings: law, policy and Every Child Matters", "Centre", "E. Treloar"],
    ["", "2  Finding and tracking: identification, targets, provision mapping", "Centre", "P. Hocking"],
    ["", "3  Barriers to learning: approaches, strategies, ICT", "Trenance CS", "J. Curnow"],
    ["", "4  The other services", "Centre", "T. Pascoe"],
    ["January 2009", "5  Parents and pupils", "Centre", "E. Treloar with Parent Partnership"],
    ["", "6  Leading the team: teaching assistants, colleagues, training", "Penhallow School", "J. Curnow"],
    ["", "7  Evidence, evaluation and strategy", "Centre", "P. Hocking"],
    ["", "8  The Next Passage", "Centre", "E. Treloar"],
])
t.cell(1, 0).merge(t.cell(4, 0))
t.cell(5, 0).merge(t.cell(8, 0))
shade(t.cell(1, 0), "DEEAF6")
shade(t.cell(5, 0), "FCE4D6")
para(doc, "The January Launch takes Taskings 5 to 8 first and Taskings 1 to 4 in its second and third terms, so "
          "that both Launches share every Tasking.")

line("K", "SEARCH AREA",
     "Tasking 1 covers the SEN Code of Practice (2001) and the SEN and Disability Act 2001, the Disability "
     "Discrimination Act 2005 and the disability equality duty on schools, the Education (SEN Coordinators) "
     "(England) Regulations 2008, Every Child Matters and the Children's Plan, and what each of them asks of "
     "the school and of the SENCO.")
para(doc, "Tasking 2 is about finding pupils who may have SEN from observation, data and assessment, setting "
          "targets that stretch them, planning interventions, reviewing progress, and provision mapping. Crew "
          "also look at how national test results and teacher assessment can be used to track progress.")
para(doc, "Tasking 3 looks critically at approaches to assessment, planning and teaching for pupils with "
          "behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, "
          "speech, language and communication needs, autistic spectrum disorders and moderate learning "
          "difficulties, and at ICT that removes barriers, from text-to-speech to visual timetables.")
para(doc, "Tasking 4 brings the other services into the room: the educational psychology service, speech and "
          "language therapy, CAMHS, the sensory support team, social care and two voluntary organisations, the "
          "Westmoor Autism Group and Dyslexia Action. Crew practise using other professionals' assessments to plan "
          "teaching.")
para(doc, "Tasking 5 is led with Parent Partnership officers and covers building fair and constructive "
          "relationships with pupils and parents, difficult meetings, and advising and supporting parents and "
          "carers. The afternoon touches on involving pupils in their own reviews.")
para(doc, "We would like crew to hear more from pupils themselves, and hope to invite the county's Young Voices "
          "panel to a Tasking when a date can be found.")
para(doc, "Tasking 6 covers deploying and managing teaching assistants, advising and coaching colleagues in the "
          "school and in other schools of the cluster, encouraging colleagues to use formative assessment with "
          "pupils with SEN, and planning and leading training for staff.")
para(doc, "Tasking 7 covers research and best practice in meeting SEN, school self-evaluation, reviewing the "
          "effectiveness of provision with other staff, and working with senior leaders and governors on policy "
          "and resources. Tasking 8 turns to the crew member's own development (line M of SITREP 4).")
para(doc, "Child development is not part of the Award course: crew bring it from initial teacher training and "
          "we do not return to it.")

line("M", "FUTURE PLANS",
     "Crew join at either Launch and may take Taskings 1 to 4 and 5 to 8 in either order. A crew member who "
     "misses a Tasking takes it with the other Launch, and a crew member who has to stop can rejoin at the next "
     "Launch with credit for Sorties already passed. The course is part time, and it can be completed in three "
     "or four terms.")
p = para(doc, "Chartroom, the Centre's Moodle site, holds every Tasking's slides, readings and the Sortie briefs")
ins_run(p, ", and each Launch has its own crew forum", AUTH, "2008-07-10T08:40:00Z")
p.add_run(". Coxswains answer questions in the forum between Taskings when the watch rota allows; in the winter "
          "months replies may wait until the next Tasking.")
doc.add_comment(p.runs[-1], text="We can't promise replies Nov to Feb with the winter survival courses on. Keep as is?",
                author="Piran Hocking", initials="PH")

line("N", "ADDITIONAL INFORMATION",
     "Each crew member spends two days of Shore Leave in a special school or resource base (Penhallow School, "
     "Trewint Resource Base for pupils with autism, or the Kenwyn hearing-impaired unit), arranged by the "
     "Award Leader, with a task set by the host. Crew also meet specialists at Taskings 3 and 4 and may "
     "book a half-hour consultation with Mr Pascoe during the course.",
     "The Centre's resources are considerable: a full-mission bridge simulator, the sea survival pool, the GMDSS "
     "radio suite and a sixty-seat lecture theatre with a hearing loop. Crew use the Briefing Room and Chartroom. "
     "Specialist SEN assessment materials are not held at the Centre; crew may borrow them from the Learning "
     "Support Service's loan collection when it has them free.")

# ------------------------------------------------------------------ SITREP 3
doc.add_heading("SITREP THREE: Sorties", level=2)
line("C", "SITUATION",
     "Four Sorties, each carried out in the crew member's own school, each with a written brief and marking "
     "criteria on Chartroom. Around them sit two things that are not marked: the Logbook and the Debriefs.")
para(doc, "Sortie 1: Chart of Provision (3,000 words).", bold=True)
para(doc, "The crew member maps the school's provision for pupils with SEN, costs it, and identifies provision "
          "that is missing or not working, including the way teaching assistants are deployed and managed. They "
          "then choose and justify changes, weighing approaches, strategies and ICT against what is known to "
          "work, and anticipate what could go wrong. Marked against criteria for the map, the analysis and the "
          "soundness of the decisions.")
para(doc, "Sortie 2: Casualty Case (4,000 words).", bold=True)
para(doc, "A study of one pupil over at least a term: how the pupil's needs were identified, the assessments "
          "gathered from other professionals and how they shaped teaching, the targets set, the intervention "
          "planned with the family, and the review. It must show the crew member's work with the parents or "
          "carers and with at least one outside service or voluntary organisation, and the relationship built "
          "with the pupil and family. Second-marked by Mr Pascoe.")
para(doc, "Sortie 3: Training Drill (a session led in school, with a 2,000-word review).", bold=True)
para(doc, "The crew member plans and leads a training session for colleagues, which includes helping them to use "
          "formative assessment with pupils with SEN, then observes two colleagues and gives them feedback. The "
          "Shore Watch Officer observes the session and countersigns the record. Marked for the clarity of the "
          "session and the written review, for the use of research and outside advice, and for how well the crew "
          "member listened to and acted on colleagues' views.")
para(doc, "Sortie 4: Station Report (a paper of 3,000 words and a 15-minute presentation).", bold=True)
para(doc, "A paper to the headteacher and governors proposing a change to the school's SEN policy, priorities or "
          "use of resources, grounded in the law on SEN and on disability equality and in the research on best "
          "practice. The crew member presents it to the senior leadership team, and the marking criteria include "
          "how far they won the commitment of the headteacher and senior colleagues to the change.")
para(doc, "The Logbook is kept throughout and read by the Coxswain at each Debrief, but it is not marked. The "
          "Debriefs give spoken feedback only.")

# ------------------------------------------------------------------ SITREP 4
doc.add_heading("SITREP FOUR (FINAL): completion, evaluation and the Search Plan", level=2)
line("C", "SITUATION",
     "Crew pass the Award course when the average of the four Sortie marks is 50 or more and no Sortie is below "
     "40. A mark of 40 in one Sortie can be carried by a stronger mark in another. Results are confirmed by "
     "Trevessa University's Assessment Board, with the external examiner present, and the University confers "
     "the Award.")
line("M", "FUTURE PLANS",
     "At Tasking 8 each crew member drafts a Next Passage: their professional targets for the following two "
     "years, with the training and support they will need. They take it to a meeting with their headteacher "
     "and Shore Watch Officer, and their Coxswain reviews the agreed version with them at a final Debrief. Crew "
     "are told about the University's MA routes and the credit the Award course carries into them.")
line("N", "ADDITIONAL INFORMATION",
     "Evaluation. Crew complete an evaluation after every Tasking and at the end of the course; Coxswains meet "
     "after each Tasking to review them; the Shore Watch Officers are asked for a written view at the end of "
     "each Launch; the University's annual monitoring report and the external examiner's report are read at "
     "the Station Committee, which sets the changes for the next Launch and records what was done about them.",
     "The Station Committee meets each term. Three Westmoor headteachers, the Parent Partnership officer, a "
     "former crew member and the Learning Support Service's principal officer sit on it with the Coxswains, and "
     "it reviews the evaluations, results and complaints each year and agrees the course's improvement plan. "
     "Shore Watch Officers also help to evaluate the course through their end-of-Launch reports.",
     "Impact. Crew rate their confidence against the Search Plan lines at the Pre-launch Check and again at "
     "Tasking 8, and Coxswains compare the two with the Sortie results. We have not yet found a fair way to "
     "measure the course's effect on pupils' achievement, and we hope to work one out with the University "
     "during the first Launch.")

doc.add_heading("The Search Plan", level=3)
para(doc, "The lines below are the national minimum outcomes as we search for them, in our words and in the "
          "order of the specification. The key is at the start of this series.")
rows = [["Line", "What the crew member must be able to do (our words)", "Swept on", "Searched in"],
        ["Attributes", "", "", ""],
        ["SP1", "Build fair, respectful and constructive relationships with pupils with SEN and their families", "Tasking 5", "Sortie 2"],
        ["SP2", "Win the commitment of colleagues, the headteacher and senior leaders", "Not swept", "Sortie 4"],
        ["SP3", "Prioritise, manage time and delegate", "Not in search area", "Not in search area"],
        ["SP4", "See problems coming, decide well and judge provision soundly", "Tasking 3", "Sortie 1"],
        ["SP5", "Speak and write clearly; listen to and understand others", "Tasking 6", "Sortie 3"],
        ["SP6", "Use research and outside advice to improve own and colleagues' practice", "Tasking 7", "Sortie 3"],
        ["SP7", "Keep up to date and own their CPD in SEN and disability", "Tasking 8", "Sweep only (Logbook)"],
        ["Knowledge", "", "", ""],
        ["SP8", "The law and guidance on SEN, the Code of Practice, and how to put them into practice", "Tasking 1", "Sortie 4"],
        ["SP9", "Every Child Matters and the SENCO's part in it", "Tasking 1", "Sweep only"],
        ["SP10", "The law on disability equality and what it requires of the school", "Tasking 1", "Sortie 4"],
        ["SP11", "The common types of SEN and disability and how they affect learning", "Taskings 3 and 4", "Sortie 2"],
        ["SP12", "Approaches, strategies and resources for assessment and teaching, including ICT", "Tasking 3", "Sortie 1"],
        ["SP13", "School self-evaluation and improvement and how they bear on SEN", "Tasking 7", "Debrief only"],
        ["SP14", "Best practice and research in meeting SEN", "Tasking 7", "Sortie 4"],
        ["SP15", "What the outside agencies do and how to get specialist support", "Tasking 4", "Sortie 2"],
        ["Skills", "", "", ""],
        ["SP16", "With senior colleagues and governors, shape an inclusive ethos, policies and use of resources", "Tasking 7", "Sortie 4"],
        ["SP17", "Identify pupils, set challenging targets, plan interventions and review progress", "Tasking 2", "Sortie 2"],
        ["SP18", "Use other professionals' assessments to shape teaching", "Tasking 4", "Sortie 2"],
        ["SP19", "Use national tests and other summative results to track progress and change programmes", "Tasking 2", "Sweep only"],
        ["SP20", "Encourage colleagues to use formative assessment, with approaches for pupils with SEN", "Tasking 6", "Sortie 3"],
        ["SP21", "Map and manage provision and find what is missing or not working", "Tasking 2", "Sortie 1"],
        ["SP22", "Deploy and manage staff, especially teaching assistants", "Tasking 6", "Sortie 1"],
        ["SP23", "Support colleagues' development by observation, feedback, coaching and training", "Tasking 6", "Sortie 3"],
        ["SP24", "Review the effectiveness of provision with other staff to feed school self-evaluation", "Tasking 7", "Debrief only"],
        ["SP25", "Involve pupils in planning, agreeing and reviewing their provision", "Tasking 5", "Sweep only"],
        ["SP26", "Work with parents and carers", "Tasking 5", "Sortie 2"],
        ["SP27", "Work with other services and voluntary organisations", "Tasking 4", "Sortie 2"],
        ]
t = table(doc, rows)
for i, r in enumerate(rows):
    if r[0] in ("Attributes", "Knowledge", "Skills"):
        c = t.cell(i, 0).merge(t.cell(i, 3))
        c.text = r[0]
        c.paragraphs[0].runs[0].bold = True
        shade(c, "BDD7EE")
para(doc, "")
para(doc, "ENDS", bold=True)

out = HERE / f"{NAME}.docx"
doc.save(out)
print(out, word_count(doc), "words (body and tables)")
