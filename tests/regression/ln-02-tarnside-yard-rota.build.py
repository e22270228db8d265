"""ln-02-tarnside-yard-rota: build script.

Provider (invented): Tarnside School of Farriery and Equine Skills, with Ludworth
University (validating) and Eskvale County Council's SEN Support Service. 2008-09
application to run the National Award for SEN Coordination.

Document kind and layout: the course sent as the yard's Duty Rota and Yard Rules, the
sheet pinned up in the tack room: the course is the "SENCO Yard", participants are
"Grooms", tutors "Yard Managers", school-based mentors "Head Grooms", study days "Yard
Days", work in school "Evening Stables", reading "Morning Stables", the marked
assignments "Tasks" 1-3, the outcome map the "Duties Board", the award "being passed
out of the yard". No heading styles: bold capitalised titles typed as Normal
paragraphs, some shaded; Yard Rules hand-numbered in parts ("1.1" ... "5.6") whose
numbers collide with requirement ids ("2.3 Straight to the Ring", "3.3 No online
stables", "5.3 Keys, gates and checks"). The Duties Board's values ("Shadowed only",
"Not on this yard") are defined in Rule 4.2, far above the Board. A Rota grid with
term rows merged across and shaded; a Yard Managers table; a Duties Board with
shaded merged group rows; footnotes (one turns a Board row formative); a tracked
deletion inside a Board cell; a whole inserted paragraph; a deleted sentence; a Word
comment; placeholders "[TBC]"; header and footer.

Traps (requirement ids):
- E.2: the Award is "40 credits at Level 7"; a further 20 credits only "may be taken
  later" through the University's own module (partially_met).
- 1.3: research only in general terms ("the latest thinking"), nothing named
  (partially_met).
- 1.9: "Shadowed only" rows are not assessed (partially_met).
- 2.1: "We do not accredit prior learning or experience" (negation) (not_met).
- 2.3: "Straight to the Ring" is a current assessment-only route (met); the old
  certificate's "Yard Test" that "closed in July 2007" is a past arrangement, not
  the evidence.
- 2.4: tailored (the Groom's Plan, deeper Evening Stables) but the fee "has not yet been set" and
  nothing is said about cost-effectiveness (partially_met).
- 3.1: "reasonable adjustments on request" in general terms, no disclosure or
  anticipation arrangements (partially_met).
- 3.3: "There is no online element" (Rule 3.3): Ludworth's own online PGCert modules
  are another course (not_applicable).
- 4.1 and 4.2: the survey cited is of equine employers for the farriery
  apprenticeships (wrong context); schools' needs and their influence only in general
  terms (partially_met both).
- 5.3: Rule "5.3 Keys, gates and checks" is yard security and CRB checks for Riding
  for the Disabled volunteers; participants "are not checked again" (not_met).
- 5.5: specialist expertise yes; placements only "where the Groom's local authority
  can arrange one" (partially_met).
- 5.8: internal double marking, but external moderation "to be agreed with Ludworth
  [TBC]" (partially_met).
- 6.0: passed out on three Tasks passed and 80% attendance, while some Duties are not
  marked (partially_met).
- Duties Board: "Shadowed only" rows 6.A7, 6.K7, 6.S2c (partially_met); 6.S5 says
  "Task 3" but a footnote makes Task 3 formative only in 2009-10 (partially_met);
  6.S9's "Task 2" is a tracked deletion, leaving the cell empty (partially_met);
  6.K4 "Not on this yard" (not_met); 6.S1 has no row at all, and a comment
  suggesting it is not evidence (not_met).
- Inserted paragraph (Rule 1.6, the Head Grooms' training) counts (5.7 met); the
  deleted sentence (an offer of one-to-one Saturday catch-up) does not count (3.2
  met on other grounds).
- Footer "Every duty passed out" is not evidence (6.0).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _ln_helpers import *  # noqa

HERE = Path(__file__).parent
NAME = "ln-02-tarnside-yard-rota"
AUTH = "G. Marwood"
DATE = "2008-12-01T14:00:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
header_footer(doc, "TARNSIDE SCHOOL OF FARRIERY AND EQUINE SKILLS - YARD OFFICE - SENCO YARD",
              "Yard Rota 2009-10 v3 - posted in the tack room - Every duty passed out")
fn = Footnotes(doc)

bold_title(doc, "YARD DUTY ROTA AND YARD RULES 2009-10", 16)
bold_title(doc, "THE SENCO YARD", 13)
p = doc.add_paragraph(
    "To the TDA panel: this is the sheet that goes up in the tack room at the start of each yard year, written "
    "out for our SENCO Yard. Every apprentice who has come through Tarnside knows a duty rota and a set of yard "
    "rules, and our school-based staff and the Eskvale SENCOs who were in the trial group asked us to keep the "
    "same shape. It is sent as it will be pinned up, with notes for the panel in boxes like this one. Our words "
    "are explained in Rule 1.1.")
shade_par(p, "FFF2CC")

bold_title(doc, "ABOUT THE YARD", 12, "E2EFD9")
doc.add_paragraph(
    "The SENCO Yard is run by Tarnside School of Farriery and Equine Skills, a specialist land-based college of "
    "some 600 students, with Eskvale County Council's SEN Support Service. Ludworth University validates the "
    "course and awards the credit: the University's Faculty of Education approved it on 14 November 2008 as the "
    "University Certificate in Special Educational Needs Coordination, 40 credits at Level 7. A further 20 credits "
    "may be taken later through the University's own module 'Inclusive Leadership', which is not part of the "
    "SENCO Yard.")
doc.add_paragraph(
    "Why a farriery college? Tarnside has trained teachers for the land-based sector since 1994, and since 2003 "
    "has run Eskvale's Riding for the Disabled centre, where pupils from eleven special and mainstream schools "
    "ride each week. Our teacher-education staff work in those schools every week.")
doc.add_paragraph(
    "What the Yard is for. The SENCO Yard exists to raise the achievement and well-being of pupils with SEN "
    "and/or disabilities in the Grooms' schools, in the full sense of the five Every Child Matters outcomes: "
    "being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic "
    "well-being. Every Yard Day's aims name the outcomes for pupils it works towards, and each Task asks the Groom "
    "to show what changed for pupils, in learning and in well-being, as a result of his or her work. Our tutors "
    "keep up with the latest thinking and the newest research, and the Yard Days reflect it.")

bold_title(doc, "YARD RULES", 12, "E2EFD9")
bold_title(doc, "Part 1 - Joining the Yard", 11)
rules1 = [
    "1.1 Our words. Grooms are the participants. Yard Managers are the course tutors. Each Groom's Head Groom is "
    "his or her school-based mentor, a member of the school's leadership team. A Yard Day is a study day. "
    "Morning Stables is the reading set before a Yard Day; Evening Stables is the work done in the Groom's own "
    "school after it. Tasks are the three marked assignments. The Duties Board lists the national outcomes. To "
    "be passed out of the yard is to be awarded the Certificate.",
    "1.2 Who may join. A Groom must hold QTS, be the school's SENCO or be named by the headteacher to take on the "
    "role, and bring a letter from the headteacher agreeing release for the Yard Days and naming a Head Groom. "
    "Every applicant is interviewed by a Yard Manager, who checks against a short set of entry questions that "
    "the applicant knows the school's SEN register and the Code of Practice well enough to start. An applicant "
    "who is not yet ready is given written advice on what to do first, and the Yard Manager telephones the "
    "headteacher to agree a route back the following year.",
    "1.3 The Vetting. Before the first Yard Day every Groom completes the Pre-Purchase Vetting: a self-assessment "
    "against every line of the Duties Board, with evidence, checked with the Head Groom. At a one-hour meeting "
    "the Groom's Yard Manager uses the Vetting to write the Groom's Plan, which sets out which Duties the Groom "
    "will work hardest on, which Evening Stables tasks suit the Groom's school and "
    "which will be done at greater depth, and the Groom's own targets for each Task. The Plan is reviewed at Yard "
    "Days 4 and 8.",
    "1.4 Earlier study. We do not accredit prior learning or experience: every Groom works every Yard Day, whatever "
    "they have done before, because the Yard learns from the whole group's experience.",
    "1.5 The fee. The fee for 2009-10 has not yet been set.",
]
for r in rules1:
    doc.add_paragraph(r)
tracked_par(doc,
    "1.6 Head Grooms. Every Head Groom comes to a half-day Head Grooms' meeting at Tarnside before the first Yard "
    "Day, where a Yard Manager goes through the Head Groom's Handbook: what the Head Groom does at each Evening "
    "Stables, how to observe and give feedback to the Groom, and what the Head Groom writes for each Task. New Yard "
    "Managers shadow a full Yard Day and second-mark a Task with the Yard Manager in charge before they mark alone, "
    "and the Yard Managers meet each half term to go over their roles.", "ins", AUTH, DATE)

bold_title(doc, "Part 2 - Yard Days", 11)
rules2 = [
    "2.1 Two routes. The Yard runs twice a year, starting in September and in February. Grooms choose the "
    "Twilight Route (Tuesdays 4.30 to 7.30) or the Saturday Route (Saturdays 9.30 to 3.30); a Groom may move "
    "between routes, and Yard Days 5, 6 and 7 may be taken in any order. The course is part time over "
    "three terms.",
    "2.2 Attendance. A Groom who misses a Yard Day catches up from the Morning Stables pack and a meeting with the "
    "Yard Manager.",
    "2.3 Straight to the Ring. An experienced SENCO who already meets the outcomes, for example a teacher from "
    "the county's SEN Support Service, may go straight to assessment without attending the Yard Days: the "
    "candidate submits all three Tasks and a portfolio mapped to every line of the Duties Board, and is examined "
    "by two Yard Managers and a Ludworth assessor in a viva. The route is offered only in exceptional cases "
    "agreed by the Yard Committee. It replaces the old certificate's Yard Test, which closed in July 2007.",
    "2.4 In school. Every Yard Day ends with the Evening Stables task for the Groom's own school, tied to the "
    "Duties worked on that day, and the Head Groom sees the work done. The Groom keeps the Stable Book, a log of "
    "what was done, what changed and what the Groom would do differently. The Groom's Plan decides which "
    "Evening Stables tasks are done at greater depth.",
    "2.5 Next Season. The last Yard Day ends with Next Season: each Groom reviews the Stable Book with the Yard "
    "Manager, drafts professional targets for the following two years on the Next Season sheet, and takes the "
    "sheet to a meeting with the headteacher for the school's performance management cycle.",
]
for r in rules2[:3]:
    doc.add_paragraph(r)
mixed(doc, [("t", rules2[3] + " "),
            ("del", "Grooms who fall behind may book a one-to-one Saturday catch-up with any Yard Manager.")],
      AUTH, DATE)
doc.add_paragraph(rules2[4])

bold_title(doc, "Part 3 - Safety and Access", 11)
doc.add_paragraph(
    "3.1 Access. Tarnside welcomes everyone, and reasonable adjustments are made on request.")
doc.add_paragraph(
    "3.2 Visits to the forge. Grooms are welcome to watch the farriery apprentices at work in the forge. Hard "
    "hats and boots are provided.")
doc.add_paragraph(
    "3.3 No online stables. There is no online element: everything is taught in the yard, on paper and face to "
    "face. Ludworth University's own PGCert in SEN is taught through online modules; that is a different course "
    "and is not part of the SENCO Yard.")
doc.add_paragraph(
    "3.4 Riding out. Grooms learn from other schools and settings through the specialist staff who come in to "
    "lead Yard Days. A Groom may also spend a day in a special school or resourced base where the Groom's local "
    "authority can arrange one.")

bold_title(doc, "Part 4 - The Duties Board", 11)
doc.add_paragraph(
    "4.1 The Board. The Duties Board at the end of this sheet lists every national outcome in the Yard's words, "
    "the Yard Days where it is done, and the Task in which it is passed out.")
doc.add_paragraph(
    "4.2 Values on the Board. A Task number in the last column means the Duty is marked in that Task. "
    "'Shadowed only' means the Duty is done on the Yard Days and in Evening Stables but is not marked in any "
    "Task. 'Not on this yard' means the Duty is not part of the SENCO Yard.")
p = doc.add_paragraph(
    "4.3 Passing out. A Groom is passed out of the yard when all three Tasks are passed and the Groom has "
    "attended at least 80% of the Yard Days.")
fn.add(p, "Attendance on the Saturday Route counts in the same way as on the Twilight Route.")

bold_title(doc, "Part 5 - Keeping the Yard Right", 11)
doc.add_paragraph(
    "5.1 Checking the Yard. Every Yard Day is evaluated by the Grooms on the Yard's card before they leave. The "
    "Yard Managers read the cards the same week and change the next Yard Day where needed. Each term the Yard "
    "Committee (the Head of Teacher Education, the Yard Managers, Eskvale's Senior SEN Adviser, a special school "
    "headteacher and two former Grooms) reads the cards, the marks and the Head Grooms' comments and decides "
    "changes. Ludworth's external examiner reports each year, and the University's annual review of the course "
    "goes to the Yard Committee, which writes an action plan and reports what it changed to the next Grooms.")
doc.add_paragraph(
    "5.2 Stakeholders. Eskvale's Senior SEN Adviser and the special school head sit on the Yard Committee and "
    "help judge each term's evaluation; every headteacher completes an end-of-year questionnaire on what has "
    "changed in the school; Head Grooms mentor in schools and write for each Task; Eskvale's educational "
    "psychologists and the Eskvale Parent Partnership Service lead parts of Yard Days; and Hollins Bank Special "
    "School hosts Yard Day 6.")
p = doc.add_paragraph(
    "5.3 Keys, gates and checks. The yard gate is locked at 8 pm and keys are signed out at the office. Everyone "
    "who helps with the Riding for the Disabled sessions holds an enhanced CRB disclosure, checked by the Yard "
    "Office. Participants are serving teachers and are not checked again by the School.")
doc.add_paragraph(
    "5.4 Marking. Every Task is marked by the Groom's Yard Manager and second-marked by another Yard Manager. "
    "External moderation is to be agreed with Ludworth [TBC].")
doc.add_paragraph(
    "5.5 Impact. At the start of Evening Stables for Yard Day 2 each Groom takes a baseline for a group of pupils "
    "(reading age, attendance, a well-being scale or the school's tracking data, as the Groom's Plan says), and "
    "measures again after the intervention and at the end of the year; Task 3 reports the change. Grooms complete "
    "a confidence scale against every Duty in the Vetting and again at Next Season. The Yard Committee reads the "
    "pupil and confidence figures for the whole group each summer alongside the Task marks.")
doc.add_paragraph(
    "5.6 Where the course came from. In 2007 Tarnside surveyed 230 equine employers about the skills they needed "
    "from our farriery apprentices, and we used the same careful approach for the SENCO Yard. Headteachers in "
    "Eskvale told us they wanted SENCOs who could lead, and the course has been shaped by what schools told us.")

bold_title(doc, "YARD MANAGERS AND SPECIALISTS", 12, "E2EFD9")
t = table(doc, [
    ["Name", "Role on the Yard", "Background"],
    ["Gillian Marwood", "Head Yard Manager", "SENCO in two Eskvale secondary schools for nine years; MA Inclusive "
     "Education (Ludworth, 2005); Eskvale SEN Support Service specialist teacher 2005-08"],
    ["Dr Peter Oduya", "Yard Manager", "Educational psychologist (HCPC registered); Tarnside lecturer in "
     "teacher education since 2006"],
    ["Anne Strickland", "Yard Manager", "Specialist teacher (SpLD), AMBDA; teaches the Riding for the "
     "Disabled school groups"],
    ["Eskvale SEN Support Service", "Guest specialists", "Speech and language therapists, autism outreach, "
     "behaviour support, sensory support"],
], widths=[4, 3.5, 9])
p = doc.add_paragraph("All three Yard Managers take part in Eskvale's SENCO network meetings each term and "
                      "attend the county's annual SEN conference.")
fn.add(p, "Anne Strickland also holds the BHS Stage 3 in horse care.")

bold_title(doc, "YARD RESOURCES", 12, "E2EFD9")
doc.add_paragraph(
    "Grooms use the Tarnside teacher-education library and Ludworth University's library and e-journals, the "
    "Eskvale SEN Support Service's loan collection of assessment tests and intervention programmes, and the "
    "college's assistive technology room (text-to-speech, voice recognition, mind-mapping and switch access), "
    "which is open on Twilight and Saturday Route days.")

bold_title(doc, "THE ROTA", 12, "E2EFD9")
doc.add_paragraph("Yard Days for the September 2009 start. The February start runs the same days in the same "
                  "order.")
rota = [
    ["Yard Day", "Tues / Sat", "Morning Stables (read before)", "On the Yard Day", "Evening Stables (in school)"],
    ["AUTUMN TERM", None, None, None, None],
    ["1", "22 / 26 Sep", "SEN Code of Practice (2001), ch. 1-6", "The law on SEN and disability: the Code, SENDA "
     "2001, the DDA 1995 and 2005 and the disability equality duty, the SENCO Regulations 2008, Every Child "
     "Matters and the Children Act 2004; what each asks of the school and the SENCO", "Audit the school's SEN "
     "policy and disability equality scheme"],
    ["2", "20 / 24 Oct", "Pack 2: the common types of SEN", "BESD, SpLD and dyslexia, SLCN, ASD and MLD and what "
     "they do to learning; identifying pupils; targets, interventions and review; using the reports of other "
     "professionals", "Baseline a group of pupils; plan an intervention"],
    ["3", "24 / 28 Nov", "Pack 3: listening to pupils", "Consulting pupils about what affects them; pupils in "
     "their own reviews; relationships with pupils and families; working with parents as partners, with the "
     "Parent Partnership Service", "Run a review with a pupil and parent taking the lead"],
    ["SPRING TERM", None, None, None, None],
    ["4", "19 / 23 Jan", "Pack 4: provision mapping", "Provision mapping and management; finding what is "
     "missing or not working; approaches, strategies and resources including ICT; tracking with national "
     "tests and the school's data", "Draw the school's provision map"],
    ["5", "23 / 27 Feb", "Pack 5: arrangements and adults", "Access arrangements for tests and examinations, "
     "with Eskvale's exams officer; teaching assistants: deploying and managing support staff", "Check "
     "arrangements for next summer; redraw the TA timetable"],
    ["6", "23 / 27 Mar", "Pack 6: agencies", "At Hollins Bank Special School: the agencies, voluntary bodies "
     "and how to get specialist help; working with colleagues in and beyond the school", "Lead a "
     "multi-agency meeting"],
    ["SUMMER TERM", None, None, None, None],
    ["7", "27 Apr / 1 May", "Pack 7: colleagues", "Coaching, observing and training colleagues; formative "
     "assessment for pupils with SEN; time, priorities and delegation for the SENCO", "Coach a colleague; keep "
     "a two-week time log"],
    ["8", "8 / 12 Jun", "Pack 8: evidence", "Research and outside advice; reviewing provision with staff; "
     "school self-evaluation and SEN; winning the head's and colleagues' commitment; keeping up to date", "Review "
     "the intervention with staff"],
    ["9", "6 / 10 Jul", "Stable Book", "Next Season; Task 3 presentations", "-"],
]
t = table(doc, rota, widths=[1.6, 2.2, 3.2, 6.5, 3.5])
for i, row in enumerate(rota):
    if row[1] is None:
        c = t.cell(i, 0).merge(t.cell(i, 4))
        shade(c, "C5E0B3")

bold_title(doc, "A YARD DAY", 12, "E2EFD9")
doc.add_paragraph(
    "Every Yard Day runs to the same pattern, so that Grooms know where they are whichever route they take. "
    "The times below are for the Saturday Route; the Twilight Route runs the same parts in three hours, with "
    "Muck-out and Tack-up shortened and Morning Stables discussed in pairs on the Tuesday before.")
for line in [
    "- Muck-out (9.30): Grooms meet in threes to go through what they did in Evening Stables since the last Yard "
    "Day and what happened; each three brings one question to the whole yard.",
    "- Morning Stables (10.15): the reading, talked through with the Yard Manager, with the questions Grooms "
    "sent in during the week.",
    "- Tack-up (11.00): the main session of the day, led by the Yard Manager or a guest specialist, with "
    "material from Grooms' own schools wherever we can.",
    "- Lunch in the Tarnside refectory (12.30). Grooms who want to may watch the farriery apprentices in the "
    "forge or the Riding for the Disabled session in the indoor school.",
    "- Ride-out (1.15): Grooms work in small groups on a case, a provision map or a problem brought from a "
    "school, and report back.",
    "- Evening Stables set (2.45): the Yard Manager sets the school task, and each Groom writes down, in the "
    "Stable Book, what he or she will do, with whom, and by when.",
    "- Yard card (3.20): every Groom fills in the Yard's evaluation card before leaving.",
]:
    doc.add_paragraph(line)
doc.add_paragraph(
    "Grooms bring their Stable Book and the Groom's Plan to every Yard Day. Head Grooms are welcome at any "
    "Yard Day and several came to the trial group's Yard Days with their SENCOs; they sign the visitors' book "
    "in the Yard Office like any other visitor.")

bold_title(doc, "YARD NOTICES", 12, "E2EFD9")
for line in [
    "- Parking is in the top yard by the hay barn. Do not park in front of the forge doors: the farriers need them "
    "clear for horses coming in.",
    "- The teacher-education rooms are in the Old Coach House, on the ground floor, across the yard from the "
    "office. Follow the green signs.",
    "- Horses are led through the yard between 9 and 10 and between 3 and 4. Walk, do not run, and keep to the "
    "footpath on the left.",
    "- Dogs are not allowed on the yard.",
    "- Tea and coffee are in the Coach House kitchen. Please wash up your own cup; the apprentices will not.",
    "- If a Yard Day is cancelled because of snow, the Yard Office will ring every Groom by 7.30 am (Saturday) "
    "or by noon (Tuesday), and the day will be run on the next free date.",
]:
    doc.add_paragraph(line)

bold_title(doc, "THE TASKS", 12, "E2EFD9")
doc.add_paragraph(
    "Task 1 (autumn, 3,000 words): the SEN law and my school. The Groom sets out what the law and the Code ask of "
    "the school, audits the school's policy and disability equality scheme against them, and explains the "
    "school's part in the five Every Child Matters outcomes for pupils with SEN, with the record of the pupil "
    "and parent review from Evening Stables 3. Marked against the Duties the Board gives to Task 1.")
doc.add_paragraph(
    "Task 2 (spring, 3,500 words): the group intervention. Using the Yard Day 2 baseline, the Groom shows how "
    "pupils were identified, how other professionals' assessments and the school's tracking data shaped the "
    "plan, the provision map and what it showed was missing, the decisions taken and problems solved, and the "
    "results. Marked against the Duties the Board gives to Task 2.")
doc.add_paragraph(
    "Task 3 (summer, a 20-minute presentation to the Groom's headteacher and a Yard Manager, with a 2,000-word "
    "paper): what changed for pupils and colleagues over the year, how the Groom worked with staff and "
    "agencies and used research, and the evidence. Marked against the Duties the Board gives to Task 3.")

bold_title(doc, "DUTIES BOARD", 12, "E2EFD9")
doc.add_paragraph("Values in the last column are as Rule 4.2 says.")
board = [
    ["Duty (in the Yard's words)", "Done on Yard Day", "Passed out at"],
    ["HOW A GROOM CONDUCTS HIMSELF OR HERSELF", None, None],
    ["Fair and respectful with pupils with SEN and their families", "3", "Task 1"],
    ["Wins over colleagues, the head and the senior team", "8", "Task 3"],
    ["Sets priorities, manages time and delegates", "7", "Task 2"],
    ["Solves problems and makes sound decisions about provision", "4; 8", "Task 2"],
    ["Clear in speech and writing; listens to others", "All", "Task 3"],
    ["Uses research and outside advice to improve practice", "8", "Task 3"],
    ["Keeps up to date and owns his or her CPD", "8; 9", "Shadowed only"],
    ["WHAT A GROOM KNOWS", None, None],
    ["The SEN law, the Code and how to put them into practice", "1", "Task 1"],
    ["Every Child Matters and the SENCO's part", "1", "Task 1"],
    ["Disability equality law and what it asks of the school", "1", "Task 1"],
    ["How children develop", "-", "Not on this yard"],
    ["The common types of SEN and their effect on learning", "2", "Task 2"],
    ["Approaches, strategies and resources, including ICT", "4", "Task 2"],
    ["School self-evaluation and SEN", "8", "Shadowed only"],
    ["Best practice and research in SEN", "8", "Task 3"],
    ["What outside agencies do and how to get specialist help", "6", "Task 3"],
    ["WHAT A GROOM DOES", None, None],
    ["Identifies pupils, sets targets, plans interventions, reviews progress", "2", "Task 2"],
    ["Uses other professionals' assessments to plan teaching", "2", "Task 2"],
    ["Uses national tests and summative data to track progress", "4", "Task 2"],
    ["Helps colleagues build formative assessment", "7", "Shadowed only"],
    ["Puts access arrangements for tests in place in good time", "5", "Task 2"],
    ["Uses provision mapping; finds ineffective or missing provision", "4", "Task 2"],
    ["Deploys and manages support staff", "5", "Task 2"],
    ["Develops colleagues: observes, models, coaches, trains", "7", "Task 3"],
    ["Reviews provision with staff for the school's self-evaluation", "8", "Task 3"],
    ["Involves pupils in planning and reviewing their provision", "3", "Task 1"],
    ["Works with parents and carers", "3", "Task 1"],
    ["Works with other services and voluntary bodies", "6", ""],
]
t = table(doc, board, widths=[9, 3, 4])
for i, row in enumerate(board):
    if row[1] is None:
        c = t.cell(i, 0).merge(t.cell(i, 2))
        shade(c, "D9D9D9")
# 6.S5 row (Develops colleagues): footnote makes Task 3 formative in 2009-10
s5 = t.cell(27, 2).paragraphs[0]
fn.add(s5, "In 2009-10 the coaching part of Task 3 is formative only: the Groom gets written feedback but no mark.")
# 6.S9 row: "Task 2" deleted by tracked change
s9 = t.cell(31, 2).paragraphs[0]
s9._p.append(parse_xml(
    f'<w:del xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:id="990" w:author="{AUTH}" '
    f'w:date="{DATE}"><w:r><w:delText>Task 2</w:delText></w:r></w:del>'))
# comment on the Board title row about governors
gov = t.cell(19, 0).paragraphs[0].runs[0]
doc.add_comment(gov, text="Strategy with governors isn't on the Board - add it under Task 3 before this goes? GM",
                author="G. Marwood", initials="GM")
doc.add_paragraph("A Groom cannot be passed out of the yard until the Head Groom has signed the Stable Book.")

bold_title(doc, "SIGNED FOR THE YARD", 12, "E2EFD9")
table(doc, [
    ["Signed", "Name and role", "Date"],
    ["", "Gillian Marwood, Head Yard Manager", "1 December 2008"],
    ["", "Dr Sarah Pennock, Principal, Tarnside", "1 December 2008"],
    ["", "[Name], Faculty of Education, Ludworth University", "[date TBC]"],
], widths=[4, 8, 4])

fn.finish()
out = HERE / f"{NAME}.docx"
doc.save(out)
print(out, count_words(doc), "words")
