"""mn-02-marsham-call-sheet: build script.

Provider (invented): the Marsham Hat Works Academy, Luton, a straw and felt hat-making school in a former
hat factory (straw plaiting, felt hoods, blocking, sizing), applying with Chilternvale University to run
the National Award for SEN Coordination in 2008-09.

Document kind and layout: the course written up as a film PRODUCTION CALL SHEET for a season's shoot (the
Academy makes its own training films, and its course team wrote the application in that form). A title
block table with merged cells and shading; a Producer's note; twelve numbered "Notes for all crew" that key
the terms used further down (Shoot Day, Location Day, Reel, Rushes Room, Screen Test, the Wrap, and the
Status values "IN THE CAN", "REHEARSAL", "WILD TRACK", "STRIKE"); a Crew table; a Cast section (admission);
Schedule tables, one per block of Shoot Days, with "Sc." scene numbers and merged location cells; a
"WEATHER COVER" text box; the Rushes Room (online); the Props & Millinery list (the outcome table, numbered
by prop, codes in brackets after the wording); the Reels table; the Wrap; Contacts. No heading styles:
titles are bold capitals in Normal paragraphs. Header and footer. Tracked changes (a deleted paragraph; a
change inside a table cell), a Word comment, a footnote, placeholders.

Traps (requirement ids):
- Credits stated, level left to the University ("The University will confirm the level of the credit")
  (E.2 partially_met).
- "draws on the latest research and inspection findings" with nothing named (1.3 partially_met).
- Disability equality law is "covered in the University's Inclusion module, which participants on this
  production do not take" (another provider's/another course's arrangement): 1.4 partially_met and the
  Props row is STRIKE (6.K3 not_met).
- Not all outcomes assessed (1.9 partially_met).
- Screen Test against the outcomes, but "everyone follows the same running order" (2.2 partially_met).
- Assessment-only route only planned for 2009-10 by the University (2.3 not_met).
- Access: first floor, no lift, "we will try to" move sessions (3.1 partially_met).
- Rushes Room gives ICT use and peer forum, but tutor support between Shoot Days exists only in a deleted
  paragraph (3.3 partially_met).
- CRB: the school's responsibility ("a matter for the employing school"); a tick box in the Cast checklist;
  a claim in the footer; a comment (5.3 not_met).
- School mentors ("Location Managers"): role "to be agreed with each school" (5.7 partially_met).
- Reels marked by one marker; moderation a placeholder "[moderation arrangements TBC with Registry]"
  (5.8 partially_met).
- Status key far above the Props list: "REHEARSAL" = taught, not assessed (6.A7, 6.K4, 6.S8 partially_met);
  "WILD TRACK" = assessed, not taught (6.S2b partially_met); "STRIKE" = cut (6.A3, 6.K3 not_met).
  No row for deploying staff (6.S4 not_met).
- A2's status is a tracked change, "REHEARSAL" deleted and "IN THE CAN" inserted (6.A2 met).
- A footnote on K9's "IN THE CAN" says the agencies part of Reel 4 is an unmarked Rushes Room quiz
  (6.K9 partially_met).
- Pupils consulted and involved are taught and assessed (1.5, 6.S7 met) - no trap, a contrast with mn-01.
- 1.8 is met by the Reels done in school; the "Crew are encouraged to try" sentence is a weaker distractor.
- 6.S6 is taught at Sc. 21 but its row is "REHEARSAL" (6.S6 partially_met).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _mn_helpers import Builder, merge, shade  # noqa: E402

HERE = Path(__file__).parent
NAME = "mn-02-marsham-call-sheet"
b = Builder(font="Arial", size=10)
b.header_footer("CALL SHEET  ·  \"THE SENCO AWARD\"  ·  PRODUCTION MHW/08/SEN  ·  SEASON 2008-09",
                "CONFIDENTIAL: CREW ONLY. All cast and crew are CRB cleared. Do not leave call sheets on set.")


def title(text):
    b.p(text, bold=True, caps=True, size=12)


# ---------------- title block
tb = b.table([
    ["MARSHAM HAT WORKS ACADEMY", "", "", ""],
    ["Production", "The SENCO Award (National Award for SEN Coordination)", "Season", "2008-09"],
    ["Producer", "Marsham Hat Works Academy, Luton", "Co-producer", "Chilternvale University, Faculty of Education"],
    ["Director", "Dr Rosalind Achebe", "Line producer", "Tom Wiltshire"],
    ["Unit base", "The Blocking Floor, Marsham Hat Works, 12 Guildford Street, Luton", "", ""],
    ["Call", "First Shoot Day Saturday 20 September 2008, 09.00 on the Blocking Floor", "", ""],
])
merge(tb, 0, 0, 0, 3, "MARSHAM HAT WORKS ACADEMY")
shade(tb.cell(0, 0), "1F1F1F")
for r in tb.cell(0, 0).paragraphs[0].runs:
    r.bold = True
merge(tb, 4, 1, 4, 3, "The Blocking Floor, Marsham Hat Works, 12 Guildford Street, Luton")
merge(tb, 5, 1, 5, 3, "First Shoot Day Saturday 20 September 2008, 09.00 on the Blocking Floor")
b.p("")

# ---------------- producer's note
title("Producer's note")
b.p("Marsham Hat Works made straw boaters from 1871 to 1979. Since 1994 the building has been the Marsham Hat Works "
    "Academy: we teach straw plaiting, felt hood blocking, sizing and trimming to about 300 students a year, from "
    "evening classes to a two-year diploma, and since 2001 we have made short training films for schools and "
    "colleges on our own studio floor. This call sheet is our application to the TDA to run the National Award for "
    "SEN Coordination. We have written it the way our crews read every production: who is on set, where, when, "
    "and with what.")
b.p("The production is co-produced with Chilternvale University. The University validated it in July 2008 as a "
    "module of its Postgraduate Certificate in Inclusive Practice and will award the credit: the module carries 60 "
    "credits. The University will confirm the level of the credit when the module is entered in its Registry "
    "catalogue.")
b.p("What we are making. The Award's purpose, for us, is that children and young people with SEN and disabilities "
    "do better: that they make more progress in their learning, and that they are healthy, safe, enjoy and achieve, "
    "make a positive contribution and reach economic well-being, the five Every Child Matters outcomes. Every "
    "Shoot Day is planned backwards from one of these, and every Reel asks the participant to show what changed "
    "for named pupils. The course draws on the latest research and inspection findings.")
b.p("Who asked for it. In January 2008 Luton Borough Council and Bedwyn County Council carried out a training needs "
    "analysis of SENCOs in their 212 schools; 131 replied. Most had been SENCO for under three years; most named "
    "leading colleagues, the Code of Practice and working with outside agencies as their greatest needs; and the "
    "largest group asked for Saturday days with online study between them. The Luton SENCO Forum ran two focus "
    "groups for us in March. Those findings are why the Academy's production runs on Saturdays with the Rushes "
    "Room between them, why Shoot Days 2 and 6 exist, and why we cut an early plan for a residential week. The "
    "Forum and the two councils' SEN advisers read the draft running order in April and asked us to move the day "
    "on parents earlier; we did.")

# ---------------- notes for all crew
title("Notes for all crew")
notes = [
    "1. Shoot Day: a Saturday on the Blocking Floor, 09.00 to 16.00. There are eight.",
    "2. Location Day: a day in a host school that is not the participant's own. There are two.",
    "3. Sc.: the scene number on the Schedule; each Shoot Day has four scenes.",
    "4. Reel: an assessed piece of work. There are four Reels; they are set out in the REELS table.",
    "5. Rushes Room: the production's online room (Moodle, hosted by the University).",
    "6. Screen Test: the self-audit every participant completes before the first Shoot Day.",
    "7. The Wrap: the end-of-production tutorial and panel.",
    "8. The PROPS & MILLINERY list gives each national minimum outcome in our own words. Its Status column means:",
    "9. IN THE CAN: shot on the Shoot Day(s) named and assessed in the Reel named, which is marked.",
    "10. REHEARSAL: rehearsed on the Shoot Day(s) named; not in any marked Reel.",
    "11. WILD TRACK: recorded in the Reel named and marked, but not shot on any Shoot Day.",
    "12. STRIKE: cut from this production.",
]
for n in notes:
    b.p(n)

# ---------------- crew
title("Crew")
b.table([
    ["Dept", "Name", "On this production", "Credits"],
    ["Direction", "Dr Rosalind Achebe", "Director: leads Shoot Days 1, 5 and 8; marks all Reels",
     "Principal Lecturer in Inclusive Practice, Chilternvale University; former SENCO (9 years) and LA SEN "
     "adviser; EdD (2004) on SENCOs' leadership; Ofsted additional inspector"],
    ["Direction", "Sunita Bhatt", "Assistant director: leads Shoot Days 2, 3 and 4",
     "SENCO, Wardown Park High School, Luton; MA SEN (Chilternvale, 2005); chair of the Luton SENCO Forum"],
    ["Direction", "Gareth Lloyd", "Assistant director: leads Shoot Days 6 and 7",
     "Educational psychologist, Bedwyn County Council; BPS chartered; trains SENCOs in the county"],
    ["Production", "Tom Wiltshire", "Line producer: timetable, rooms, Rushes Room, records",
     "Academy studio manager since 2001"],
    ["Locations", "Location Managers", "One senior colleague in each participant's school",
     "Role to be agreed with each school"],
])
b.p("The Academy's own milliners are not crew on this production; the Blocking Floor is cleared for it on Saturdays.")
b.p("Crew briefing. Directors and assistant directors meet on the Friday before each Shoot Day and receive the "
    "Director's Book, which sets out each scene, who leads it, the Reel criteria and the marking schedule. Location "
    "Managers in participants' schools will support participants; what they do is to be agreed with each school "
    "when the participant joins.")

# ---------------- cast
title("Cast")
b.p("Who can be cast. Participants must be qualified teachers who are, or are about to become, the SENCO of a "
    "school in England. The headteacher signs the casting form and commits to release for two Location Days. Each "
    "applicant sends a short statement of their SEN experience and training; Sunita Bhatt and the Director read "
    "every one and interview by telephone anyone whose statement does not show enough experience to benefit and to "
    "reach the outcomes. Those not cast are pointed to the councils' SEN induction days and invited to reapply.")
b.p("Screen Test. Before the first Shoot Day each participant completes the Screen Test: they rate themselves "
    "against each outcome on the PROPS & MILLINERY list and note what they most need. The Screen Test is filed in "
    "the Rushes Room. Everyone follows the same running order, so that the cast move through the Shoot Days "
    "together.")
b.p("Previous Credits. A participant who has already passed masters-level study in SEN may claim up to 20 of the 60 "
    "credits through the University's procedure for accreditation of prior certificated and experiential learning. "
    "The claim is made with a portfolio mapped to the outcomes and is assessed by the Director and a University "
    "APEL adviser; a successful claimant is excused the matching Reel.")
b.p("Straight to the Wrap. The University plans to introduce an assessment-only route for very experienced SENCOs "
    "from September 2009, once its regulations allow it.")
b.p("Access. The Blocking Floor is on the first floor of the Hat Works and there is no lift. If a participant "
    "cannot use stairs we will try to move their scenes to the ground-floor showroom. We welcome applicants with "
    "disabilities.")
b.p("Casting checklist (Tom Wiltshire)", bold=True)
ck = b.p("☑ Casting form signed by head   ☑ Statement received   ☑ CRB   ☑ Screen Test filed   ☐ Previous Credits claim")
b.comment(ck, "Are we checking CRBs ourselves? I don't think we see anything from the schools.",
          author="Tom Wiltshire", initials="TW")
b.p("Checks on participants' suitability to work with children, including criminal records disclosures, are a "
    "matter for the employing school.")

# ---------------- schedule
title("Schedule")
b.p("Each Shoot Day has four scenes. Location for every scene is the Blocking Floor unless shown.")

sched1 = [
    ["Day", "Time", "Sc.", "Set-up", "Led by"],
    ["SD1  20 Sep", "09.00", "1", "The SENCO's part: the SEN Code of Practice 2001 and the graduated response, "
     "statutory assessment and statements, the 2008 SENCO regulations; how to put each into practice in a school",
     "R. Achebe"],
    ["", "11.00", "2", "Every Child Matters and the Children Act 2004: the five outcomes, the SENCO's part in "
     "each, Removing Barriers to Achievement", ""],
    ["", "13.30", "3", "The SENCO and the senior team: winning the commitment of the head and governors; shaping "
     "an inclusive ethos, policy, priorities and the SEN budget", ""],
    ["", "15.00", "4", "Writing and speaking clearly: reports for governors, plain letters to parents, listening "
     "to colleagues' views; set-up for Reel 1", ""],
    ["SD2  4 Oct", "09.00", "5", "Noticing and identifying: screening, observation, teacher assessment; setting "
     "challenging targets; planning interventions and reviewing progress", "S. Bhatt"],
    ["", "11.00", "6", "Other professionals' assessments: reading EP, SALT and OT reports and turning them into "
     "teaching approaches", ""],
    ["", "13.30", "7", "Access arrangements for tests and examinations: what is allowed at each key stage and "
     "for GCSE, the evidence needed and the deadlines, and how to plan them in good time", ""],
    ["", "15.00", "8", "Child development: typical and atypical development from birth to 19 and how SEN, "
     "disability and the home and school environment affect it", ""],
]
t1 = b.table(sched1)
merge(t1, 1, 0, 4, 0, "SD1  20 Sep")
merge(t1, 1, 4, 4, 4, "R. Achebe")
merge(t1, 5, 0, 8, 0, "SD2  4 Oct")
merge(t1, 5, 4, 8, 4, "S. Bhatt")
b.p("")
sched2 = [
    ["Day", "Time", "Sc.", "Set-up", "Led by"],
    ["SD3  1 Nov", "09.00", "9", "The common kinds of need: BESD, SpLD and dyslexia, SLCN, ASD, MLD, and how each "
     "affects learning", "S. Bhatt"],
    ["", "11.00", "10", "Approaches, strategies and resources for assessment, planning and teaching, including "
     "ICT and communication aids: a critical look", ""],
    ["", "13.30", "11", "What the research says: best practice in meeting SEN, using evidence and outside advice "
     "to change one's own and colleagues' practice", ""],
    ["", "15.00", "12", "Keeping up to date: journals, networks, the SENCO's own professional development", ""],
    ["SD4  29 Nov", "09.00", "13", "Pupil voice: consulting children and young people about their provision and "
     "issues that affect them; involving pupils in planning, agreeing, reviewing and evaluating their support",
     "S. Bhatt"],
    ["", "11.00", "14", "Parents and carers: fair, respectful relationships; liaising well; review meetings; "
     "working in partnership", ""],
    ["", "13.30", "15", "Formative assessment for pupils with SEN: helping colleagues adapt assessment for "
     "learning", ""],
    ["", "15.00", "16", "Solving problems and making decisions about provision: case studies", ""],
    ["LD1  Dec-Jan", "all day", "17", "Location Day 1: a day in a special school (Ferndown School, Luton, or "
     "Elmhurst School, Bedwyn), arranged by the Academy", "Host school"],
]
t2 = b.table(sched2)
merge(t2, 1, 0, 4, 0, "SD3  1 Nov")
merge(t2, 1, 4, 4, 4, "S. Bhatt")
merge(t2, 5, 0, 8, 0, "SD4  29 Nov")
merge(t2, 5, 4, 8, 4, "S. Bhatt")
b.p("")
sched3 = [
    ["Day", "Time", "Sc.", "Set-up", "Led by"],
    ["SD5  10 Jan", "09.00", "18", "Working with colleagues: observation and feedback, modelling, coaching and "
     "mentoring, running training", "R. Achebe"],
    ["", "11.00", "19", "Advising and collaborating beyond the school: cluster SENCOs, outreach from special "
     "schools", ""],
    ["", "13.30", "20", "School self-evaluation and improvement: the SEF, SEN outcomes and the school "
     "improvement plan", ""],
    ["", "15.00", "21", "Reviewing provision with colleagues to feed self-evaluation", ""],
    ["SD6  7 Feb", "09.00", "22", "Outside agencies and voluntary organisations: who does what, how to get "
     "specialist support and resources, the CAF and team around the child", "G. Lloyd"],
    ["", "11.00", "23", "Partnership with other services in practice: a multi-agency meeting, run live", ""],
    ["", "13.30", "24", "Provision mapping: building and managing a map, finding what is missing or not working",
     ""],
    ["", "15.00", "25", "Reel 3 surgery", ""],
    ["LD2  Feb-Mar", "all day", "26", "Location Day 2: a day with a pupil referral unit or the councils' sensory "
     "support service, arranged by the Academy", "Host service"],
    ["SD7  7 Mar", "09.00-16.00", "27-30", "Relationships with pupils; anticipating problems; judgement on "
     "provision; Reel 4 set-up", "G. Lloyd"],
    ["SD8  9 May", "09.00-16.00", "31-34", "The Wrap (see THE WRAP)", "R. Achebe"],
]
t3 = b.table(sched3)
merge(t3, 1, 0, 4, 0, "SD5  10 Jan")
merge(t3, 1, 4, 4, 4, "R. Achebe")
merge(t3, 5, 0, 8, 0, "SD6  7 Feb")
merge(t3, 5, 4, 8, 4, "G. Lloyd")
b.p("Disability equality law and the duties it places on schools are covered in the University's Inclusion module, "
    "which participants on this production do not take.")

b.text_box([
    "WEATHER COVER",
    "Every Shoot Day is run twice: on the Saturday shown and again on the following Wednesday evening and Thursday "
    "(twilight plus a half day), so a participant can take either. A second production starts on 7 February 2009 "
    "with the same running order. Location Days can be taken in either term. Participants may also take the course "
    "over two years, with the University's agreement, carrying Reels forward.",
], name="Weather cover")

# ---------------- rushes room
title("Rushes Room")
b.p("The Rushes Room is the production's online room on the University's Moodle. Every scene's readings, slides "
    "and film clips are there before the Shoot Day; participants upload Reel drafts there, and each Shoot Day has "
    "a forum in which the cast discuss the Location tasks with each other. The Screen Test and the quizzes are "
    "completed there. Participants who have not used Moodle have a one-hour session at the first Shoot Day.")
b.deleted_para("Between Shoot Days a director answers every forum post within two working days, and each "
               "participant has a half-hour online tutorial with their director before each Reel is submitted.",
               author="Tom Wiltshire")
b.p("Change in practice. Crew are encouraged to try what they have seen on set in their own schools between Shoot "
    "Days and to bring back what happened.")

# ---------------- props list
title("Props & Millinery")
b.p("Status as in Notes 9 to 12.")
props = [
    ["No.", "Prop (the outcome, in our words)", "Shot (Sc.)", "Reel", "Status"],
    ["1", "Fair, respectful relationships with pupils with SEN and their parents (A1)", "14, 27", "R4", "IN THE CAN"],
    ["2", "Wins the commitment of colleagues, head and senior team (A2)", "3", "R2", ""],
    ["3", "Prioritises, manages time, delegates (A3)", "—", "—", "STRIKE"],
    ["4", "Anticipates and resolves problems; sound judgement on provision (A4)", "16, 28", "R3", "IN THE CAN"],
    ["5", "Clear speech and writing; listens to others (A5)", "4", "R1", "IN THE CAN"],
    ["6", "Uses research and outside advice to improve practice (A6)", "11", "R2", "IN THE CAN"],
    ["7", "Keeps up to date; owns own CPD (A7)", "12", "—", "REHEARSAL"],
    ["8", "SEN law, the Code of Practice and putting them into practice (K1)", "1", "R1", "IN THE CAN"],
    ["9", "Every Child Matters and the SENCO's part (K2)", "2", "R1", "IN THE CAN"],
    ["10", "Disability equality law and what it requires (K3)", "—", "—", "STRIKE"],
    ["11", "How children develop; effect of SEN and environment (K4)", "8", "—", "REHEARSAL"],
    ["12", "Common types of SEN and their effect on learning (K5)", "9", "R1", "IN THE CAN"],
    ["13", "Approaches, strategies, resources, ICT: a critical view (K6)", "10", "R2", "IN THE CAN"],
    ["14", "School self-evaluation and improvement for SEN (K7)", "20", "R3", "IN THE CAN"],
    ["15", "Best practice and research on SEN (K8)", "11", "R2", "IN THE CAN"],
    ["16", "What outside agencies do; getting their help (K9)", "22", "R4", "IN THE CAN"],
    ["17", "Strategic inclusion with senior staff and governors (S1)", "3", "R2", "IN THE CAN"],
    ["18", "Identifies, sets targets, plans and reviews interventions (S2)", "5", "R1", "IN THE CAN"],
    ["19", "Uses other professionals' assessments in teaching (S2a)", "6", "R1", "IN THE CAN"],
    ["20", "Uses summative data and national tests to track and adjust (S2b)", "—", "R3", "WILD TRACK"],
    ["21", "Helps teachers with formative assessment for SEN (S2c)", "15", "R2", "IN THE CAN"],
    ["22", "Access arrangements for tests and exams in good time (S2d)", "7", "R1", "IN THE CAN"],
    ["23", "Provision mapping; finds missing or failing provision (S3)", "24", "R3", "IN THE CAN"],
    ["24", "Coaching, modelling, observation, training for colleagues (S5)", "18", "R2", "IN THE CAN"],
    ["25", "Reviews provision with staff to inform self-evaluation (S6)", "21", "—", "REHEARSAL"],
    ["26", "Pupils involved in planning and reviewing their provision (S7)", "13", "R4", "IN THE CAN"],
    ["27", "Liaises with parents and carers (S8)", "14", "—", "REHEARSAL"],
    ["28", "Partnership with services, agencies and voluntary bodies (S9)", "22, 23", "R4", "IN THE CAN"],
]
pt = b.table(props)
a2 = pt.cell(2, 4).paragraphs[0]
b.tracked([("del", "REHEARSAL"), ("ins", "IN THE CAN")], author="Rosalind Achebe", para=a2)
b.footnote(pt.cell(16, 4).paragraphs[0],
           "Prop 16 is checked by a multiple-choice quiz in the Rushes Room as part of Reel 4's preparation; the "
           "quiz is not marked and the Reel 4 criteria do not include it.")

# ---------------- reels
title("Reels")
rt = b.table([
    ["Reel", "What is in it", "Due", "Marked by"],
    ["R1", "The SENCO's Brief: the law, ECM, the types of need, identification and access arrangements, applied to "
     "the participant's school (3,000 words)", "After SD3", "The Director"],
    ["R2", "Leading Colleagues: a strategy for inclusion agreed with the senior team, a coaching cycle and an "
     "evidence review (3,500 words)", "After SD5", ""],
    ["R3", "The Map: a provision map for one year group, showing missing or failing provision, set against the "
     "school improvement plan and tracking data (3,500 words)", "After SD6", ""],
    ["R4", "The Partnership Reel: a filmed or written account of work with a pupil and an outside "
     "agency, with the pupil's own review of their support (20 minutes or 3,000 words)", "The Wrap", ""],
])
merge(rt, 1, 3, 4, 3, "The Director")
b.p("Every Reel is marked by the Director against the University's masters-level criteria. Moderation: "
    "[moderation arrangements TBC with Registry].")

# ---------------- the wrap
title("The Wrap")
b.p("The Wrap is the last Shoot Day. Each participant shows Reel 4 to a panel of the Director, an assistant "
    "director and a member of the Wrap Panel, then has a half-hour tutorial with their director in which they set "
    "three professional targets for the next two years and agree the next step (the University's Postgraduate "
    "Certificate, a specialist qualification, or a leadership programme). The targets are recorded on a Next "
    "Production sheet that goes to the participant and to their head.")
b.p("The Award. The Award is given only to participants whose marked Reels show that they have reached every one "
    "of the national minimum outcomes. A participant whose Reels leave an outcome unreached is referred and may "
    "resubmit once.")
b.p("The Wrap Panel. Two serving SENCOs from the Luton SENCO Forum, the SEN advisers of Luton and Bedwyn and a parent "
    "nominated by the Luton Parent Partnership Service sit on the Wrap Panel. It meets after each production, reads "
    "the participants' evaluations and the external examiner's report, sees a sample of Reels and tells the "
    "Academy and the University what to change. Its minutes go to the University's Faculty Board.")
b.p("How we know it worked. Participants complete an evaluation after every Shoot Day and at the Wrap. The "
    "University appoints an external examiner, who reports annually, and the module goes through the University's "
    "annual monitoring. The Academy and the University hold a production review each June that considers all of "
    "this and the Wrap Panel's minutes, and agrees changes for the next season, which are reported back to the next "
    "cast. To measure impact, each participant repeats the Screen Test at the Wrap so that we can compare their "
    "competence and confidence outcome by outcome; each Reel 3 includes the attainment and progress data (P scales "
    "or National Curriculum levels) of the year group mapped, taken at the start of the course and again at the "
    "Wrap; and the councils' SEN advisers compare the progress of pupils with SEN in participants' schools with "
    "the local authority average a year after the Wrap.")
b.p("Value. The fee is £1,380. Luton and Bedwyn pay £600 of it for their own schools' SENCOs. The Academy's costs "
    "per participant, with 30 cast, are £1,240. The production is planned for experienced and new SENCOs alike: "
    "experienced participants choose which of the Location Days' tasks to take on and may take Previous Credits, "
    "and every participant leaves with 60 credits towards the University's Postgraduate Certificate.")
b.p("Schools and classrooms. Every Reel is built on the participant's work in their own school: the map, the "
    "coaching cycle and the partnership work are done there with real pupils, colleagues and parents, and the "
    "Location Days put participants into specialist settings chosen by the Academy.")

# ---------------- practical
title("Travel, catering and safety")
b.p("Travel. The Hat Works is six minutes' walk from Luton station; turn left out of the station and follow Guildford "
    "Street past the old plait halls. There is no parking on site on Saturdays except two blue-badge bays, which "
    "must be booked with Tom Wiltshire by the Thursday before. The Bute Street car park is open from 07.00.")
b.p("Catering. Coffee from 08.30 in the Trimming Room. Lunch is served at 12.30 on the ground floor; tell Tom of any "
    "dietary needs with the casting form. Please do not take food or drink onto the Blocking Floor: the hat blocks "
    "are lime wood and some are a hundred years old.")
b.p("Safety on set. The steam presses and the hood-stretching machine are switched off and fenced on production "
    "Saturdays. Fire exits are at both ends of the Blocking Floor; the assembly point is the yard behind the "
    "Trimming Room. The first aider on Saturdays is Tom Wiltshire. Please sign in and out at the porters' lodge "
    "each day so that we know who is in the building.")
b.p("Filming. Scenes 13, 23 and 27 to 30 are filmed for the Rushes Room. Nobody is filmed without agreeing to it "
    "on the day; pupils are never filmed on set, and Partnership Reels made in schools follow the school's own "
    "consent procedures.")

# ---------------- contacts
title("Contacts")
b.table([
    ["Role", "Name", "Telephone", "Email"],
    ["Producer", "Marsham Hat Works Academy", "01582 000 417", "senco@marshamhatworks.org.uk"],
    ["Director", "Dr Rosalind Achebe", "01582 000 402", "[to follow]"],
    ["Line producer", "Tom Wiltshire", "01582 000 419", "t.wiltshire@marshamhatworks.org.uk"],
    ["University registry", "Chilternvale University", "[TBC]", "registry@chilternvale.ac.uk"],
])
b.p("Resources on set. The Blocking Floor has a projector, a filming kit and twenty laptops with the councils' "
    "provision-mapping software, text-to-speech and mind-mapping programs, and a set of communication aids lent by "
    "the Luton Communication Aids Service. The University library, including its e-journals, is open to all cast. "
    "Educational psychologists, speech and language therapists and the councils' specialist teachers lead scenes "
    "on Shoot Days 2, 3 and 6.")

b.save(HERE / (NAME + ".docx"))
print("wrote", NAME + ".docx")
