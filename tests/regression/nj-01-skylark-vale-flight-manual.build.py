"""nj-01-skylark-vale-flight-manual

Provider (invented): Skylark Vale Balloon Club Training School, Hatherden Field, Wenmouthshire: a hot-air balloon
club's training school (pilots, crews, launch fields) that also runs the National Award for SEN Coordination for
teachers, validated by the (invented) University of Wenmouth, with Wenmouthshire County Council and Kelsey Borough
Council. January 2009.

Document kind and layout: the course written as a balloon FLIGHT MANUAL (the Type's operating manual every club
pilot carries), sent as the application. A cover with a text box addressed to the panel; a Record of Amendments
table; a List of Effective Pages; "How to use this manual" defining WARNING / CAUTION / NOTE panels (shaded
one-cell tables); then the nine sections of a flight manual with Heading styles: 1 General (definitions table,
"The Award at a glance" data table), 2 Limitations, 3 Emergency Procedures, 4 Normal Procedures (Pre-flight,
Inflation, the Flights F1-F8 in a table, Cross-country tasks, Retrieve, Check Flights, Landing and pack-up),
5 Performance (the Performance Chart: 28 rows of the outcomes in the club's own words, with merged, shaded group
rows and "Flown on | Checked at" columns keyed only in 1.4 Definitions, four pages above), 6 Weight and Balance
(study hours and credits), 7 Description of Systems (Envelope = instructor team table, Burner = resources,
Basket = Crew Chiefs and Landowners, Instruments = specialists and placements), 8 Handling, Servicing and
Maintenance (quality assurance), 9 Supplements (the Tether e-learning; a twilight variant under consideration; an
assessment-only "Solo Check" marked WITHDRAWN). Revised paragraphs carry a revision bar (a left border).
"THIS PAGE INTENTIONALLY LEFT BLANK" pages. Header and footer. Real tracked changes (w:ins / w:del), three Word
comments, two footnotes.

The manual's own vocabulary: pilots (participants), Instructors (tutors), Chief Ground Instructor (programme
leader), Crew Chief (school-based colleague), Landowner (the pilot's headteacher), Flights F1-F8 (taught days),
Inflation (induction day), Landing Day, Cross-country tasks XC1-XC6 (school-based tasks), Retrieve (the
Instructor's call or visit after each Flight), Check Flights CF1-CF3 (marked assessments), Pilot's Log (unmarked
reflective log), Tether (the club's Moodle), Hangar (its forum), Examiner (external examiner), Annual Inspection
(annual review).

Section numbers collide with requirement ids: "2.3 Crew limitations" (staff ratios, not an assessment-only
route), "2.5 Credit limitations" (prior learning, not further targets), "3.2 Disability and reasonable
adjustments" (3.1's matter), "3.3 Missed Flight" (not e-learning), "5.1 Performance Chart" (outcomes, not
evaluation). The engine must not read a heading's number as the requirement.

Traps (requirement ids):
- 1.1 met: the aims, the Flights and CF3 all name achievement and well-being across the five ECM outcomes.
- 1.5 / 6.S7 partially_met: consulting and involving pupils is only the optional Tether module "Passengers"
  (chart: "Tether" / "Log only"); F6 says pupils' own views are not flown.
- 1.9 partially_met: several chart items are checked "Log only" or not at all.
- 2.1 partially_met: prior study (a Level M module) is accredited; experience "is not accredited".
- 2.3 not_met: Supplement 3 "Solo Check" is WITHDRAWN: a past arrangement of the 2007-08 pilot course, "not
  offered"; the Record of Amendments also says so.
- 3.2 met although the January launch window is a tracked deletion: each Flight runs twice (Tuesday and
  Thursday groups), Flights 4-7 in any order, interruption with credit kept, the Tether. A twilight variant in
  Supplement 2 is only under consideration (no effect).
- 3.3 partially_met: there is e-learning (the Tether); peers support each other in the Hangar and the Retrieve
  supports pilots between Flights, but "There is no online contact with an Instructor" and the Tether is not
  used to communicate with schools.
- 4.3 partially_met: stakeholders take part in delivery (hosting, speaking, co-leading F6), but their part in
  evaluation is only wished for ("We would like Landowners and the two councils to join").
- 5.3 not_met: the Safety Officer checks Instructors' and club members' CRB disclosures (wrong people); for
  pilots "the Training School does not ask to see pilots' disclosures" (someone else's responsibility). A Word
  comment saying the Pre-flight form does ask is not part of the submission.
- 5.5 partially_met: specialists visit the Flights, but the paragraph arranging special-school placement days is
  a tracked deletion; placements now only on request ("will try to find one").
- 5.7 partially_met: Instructors are standardised, but Crew Chiefs only receive a card: "We do not train Crew
  Chiefs".
- 5.8 met only through a tracked INSERTION (second marking, Examiner sampling) added to the standardisation
  paragraph.
- 5.9 partially_met: confidence and competence are measured (Pre-flight and Landing Day ratings), pupils'
  achievement is not: "we do not ask pilots for pupil data" and only a hope follows.
- 6.0 partially_met: the award goes to a pilot "who has passed all three Check Flights" at 50 per cent; the
  Performance Chart "is not separately signed off".
- 6.A2 not_met: chart row "—" in both columns with "Crew Chief's part" (someone else's job, 7.3 repeats it).
- 6.S1 not_met: chart row "to be flown from Issue 3" (a plan); a comment about governors does not count.
- 6.S2d not_met: no row for access arrangements in national tests; nothing else covers it.
- 6.K6 met only through a tracked change in the chart cell ("Log only" deleted, "CF2" inserted), supported by
  CF2's description.
- 6.K7 partially_met: checked at CF3 but "—" under Flown on (assessed, not taught).
- 6.A3, 6.A7, 6.K4, 6.S2c partially_met: Tether (and F1 for A3) only, checked "Log only".
- Cover text box: "Every one of the national minimum outcomes is flown and checked" (blanket claim; no effect).
- Footer: "Uncontrolled when printed" (no evidence). Footnotes give the validation dates and reading (they agree
  with the body).

Verdicts: 41 met / 15 partially_met / 5 not_met / 0 not_applicable.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _nj_helpers import *  # noqa

OUT = Path(__file__).with_name("nj-01-skylark-vale-flight-manual.docx")
AH = "Alison Harcourt"
D1 = "2009-01-12T10:14:00Z"
D2 = "2009-01-15T16:40:00Z"

doc = new_document("Arial", 10)
fn = Footnotes(doc)
header_footer(doc.sections[0], "SKYLARK VALE BC  ·  FLIGHT MANUAL NASC-08  ·  ISSUE 2 REV 1  ·  JANUARY 2009",
              "Uncontrolled when printed. Approved for issue: D. Pyle, Chief Flying Instructor.")

# ------------------------------------------------------------------ cover
para(doc, "SKYLARK VALE BALLOON CLUB", bold=True, size=18, align="center")
para(doc, "TRAINING SCHOOL  ·  HATHERDEN FIELD  ·  WENMOUTHSHIRE", size=10, align="center")
para(doc, "")
para(doc, "FLIGHT MANUAL", bold=True, size=28, align="center")
para(doc, "National Award for SEN Coordination", bold=True, size=16, align="center")
para(doc, "Type: NASC-08 “Skylark” (Ground School Course for teachers new to the SENCO role)", size=11,
     align="center")
para(doc, "Issue 2  ·  Revision 1  ·  19 January 2009", size=11, align="center")
para(doc, "Approval copy for the Training and Development Agency for Schools", italic=True, align="center")
para(doc, "")
text_box(doc, [
    ("TO THE APPROVAL PANEL", True),
    ("We have written our course the way a balloon flight manual is written, because that is how everyone at "
     "the club thinks about anything that has to be done safely and the same way every time. The sections "
     "follow the order of the flight manual our pilots carry in the basket. Every one of the national minimum "
     "outcomes is flown and checked on this course: see Section 5.", False),
    ("Alison Harcourt, Chief Ground Instructor", False),
], height_pt=110, fill="F2F2F2")
page_break(doc)

# ------------------------------------------------------------------ record of amendments
doc.add_heading("RECORD OF AMENDMENTS", level=1)
para(doc, "Revised text is marked with a bar in the left margin. Superseded pages must be removed and destroyed.")
table(doc, [
    ["Issue / Rev", "Date", "Sections affected", "Incorporated by"],
    ["Issue 1", "14 Jan 2008", "All. Pilot course “Ground School 07” for 14 teachers.", "D. Pyle"],
    ["Issue 2", "1 Sep 2008", "All. Rewritten for the national award; 60 credits; Check Flights CF1–CF3.",
     "A. Harcourt"],
    ["Issue 2 Rev 1", "19 Jan 2009", "2.2, 4.3, 7.4, 8.3. Supplement 3 (Solo Check) withdrawn.", "A. Harcourt"],
], widths=[2.5, 2.5, 8.5, 3])
para(doc, "")
doc.add_heading("LIST OF EFFECTIVE PAGES", level=2)
table(doc, [
    ["Section", "Title", "Revision"],
    ["1", "General", "Issue 2"],
    ["2", "Limitations", "Rev 1"],
    ["3", "Emergency Procedures", "Issue 2"],
    ["4", "Normal Procedures", "Rev 1"],
    ["5", "Performance", "Rev 1"],
    ["6", "Weight and Balance", "Issue 2"],
    ["7", "Description of Systems", "Rev 1"],
    ["8", "Handling, Servicing and Maintenance", "Rev 1"],
    ["9", "Supplements", "Rev 1"],
], widths=[2, 10, 4])
para(doc, "")
doc.add_heading("HOW TO USE THIS MANUAL", level=2)
para(doc, "Three kinds of panel are used, as in the flight manuals of our aircraft:")
note_box(doc, "WARNING", "A procedure which, if it is not followed exactly, means a pilot cannot be awarded.",
         fill="FCE4E4", label_color="C00000")
note_box(doc, "CAUTION", "A procedure which, if it is not followed, weakens the course for that pilot.",
         fill="FFF2CC", label_color="7F6000")
note_box(doc, "NOTE", "Information that helps pilots, Crew Chiefs and Landowners to use the course well.")
page_break(doc)

# ------------------------------------------------------------------ section 1
doc.add_heading("SECTION 1  GENERAL", level=1)
doc.add_heading("1.1 Introduction", level=2)
para(doc, "Skylark Vale Balloon Club has trained balloon pilots and ground crews at Hatherden Field since 1979. "
          "Its Training School, a registered training facility of the British Balloon and Airship Club, also "
          "runs “Lift-Off” science days for schools across Wenmouthshire, and since 2005 it has run a ground-school "
          "course for teachers who lead provision for pupils with special educational needs in their schools. "
          "This manual describes Issue 2 of that course, rebuilt as the National Award for SEN Coordination.")
para(doc, "The purpose of the course is written into every part of it. It exists to raise the achievement and "
          "improve the well-being of children and young people with SEN and/or disabilities in our pilots’ own "
          "schools, and by achievement we mean all five Every Child Matters outcomes (being healthy, staying "
          "safe, enjoying and achieving, making a positive contribution and achieving economic well-being), "
          "not test results alone. The aims below say so; the Flights teach to it; and Check Flight 3 cannot be "
          "passed without an account of what changed for a named group of pupils across those five outcomes.")
para(doc, "The aims of the course are:")
for a in ["to give teachers new to the SENCO role the knowledge, understanding and skills set out in the "
          "Performance Chart (Section 5), and the confidence to lead;",
          "to root the whole course in the pilot’s own school, so that practice changes while the course is "
          "running and not only afterwards;",
          "to raise the achievement and improve the well-being of pupils with SEN and/or disabilities across "
          "the five Every Child Matters outcomes;",
          "to prepare pilots to work with pupils, parents and carers, colleagues and other services to protect "
          "pupils and help them achieve."]:
    para(doc, a, style="List Number")

doc.add_heading("1.2 Certification basis", level=2)
p = para(doc, "The course is validated by the University of Wenmouth, School of Education, as the 60-credit module "
              "EDM7140 “Coordinating Provision for Special Educational Needs” at Level M (masters level), under a "
              "collaborative provision agreement signed on 4 November 2008.")
fn.add(p, "The University’s validation panel met at Hatherden Field on 22 October 2008 and approved the module "
          "without conditions. The agreement runs for five years and is reviewed each year by the University’s "
          "Collaborative Provision Committee.")
para(doc, "Pilots are registered students of the University for the year. A pilot who passes receives the "
          "University’s 60 credits at Level M, which count towards its MA in Inclusive Education, together with "
          "the National Award for SEN Coordination certificate.")

doc.add_heading("1.3 The Award at a glance", level=2)
t = doc.add_table(rows=10, cols=2)
t.style = doc.styles["Table Grid"]
rows = [
    ("Designation", "NASC-08 “Skylark”, Issue 2"),
    ("Credits", "60 at Level M, University of Wenmouth"),
    ("Duration", "About twelve months, part time (three school terms)"),
    ("Flights", "Eight taught days (F1–F8) at Hatherden Field, 09:30–16:00, plus the Inflation day and "
                "Landing Day"),
    ("Cross-country tasks", "Six tasks (XC1–XC6) carried out in the pilot’s own school between Flights"),
    ("Check Flights", "CF1 Ground Paper; CF2 Case Study; CF3 Portfolio and Landing Talk"),
    ("Tether", "The club’s online learning space; see Supplement 1"),
    ("Fee", "£1,380 per pilot, including University registration"),
    ("Launch windows", None),
    ("Programme leader", "Mrs Alison Harcourt, Chief Ground Instructor"),
]
for i, (k, v) in enumerate(rows):
    cell_text(t.cell(i, 0), k, bold=True, fill="E7E6E6")
    if v is not None:
        cell_text(t.cell(i, 1), v)
c = t.cell(8, 1)
c.text = ""
pp = c.paragraphs[0]
pp.add_run("September")
del_run(pp, " and January", AH, D1)
set_col_widths(t, [4, 12.5])
para(doc, "")

doc.add_heading("1.4 Definitions and abbreviations", level=2)
table(doc, [
    ["Term", "Meaning in this manual"],
    ["Pilot", "A teacher on the course (a pilot under training)."],
    ["Instructor", "A tutor of the Training School (see 7.1)."],
    ["Chief Ground Instructor", "The programme leader."],
    ["Crew Chief", "The colleague in the pilot’s own school, usually a deputy or assistant head, who supports "
                   "the pilot between Flights (see 7.3)."],
    ["Landowner", "The headteacher of the pilot’s school."],
    ["Flight (F1–F8)", "A taught day at Hatherden Field."],
    ["Inflation", "The induction day."],
    ["Cross-country task (XC)", "A task carried out in the pilot’s own school between Flights."],
    ["Retrieve", "The Instructor’s telephone call or visit to the pilot after each Flight (see 4.5)."],
    ["Tether", "The club’s online learning space: readings, recorded talks, optional modules and the Hangar "
               "forum (see Supplement 1)."],
    ["Check Flight (CF1–CF3)", "A marked assessment (see 4.6 and 8.3)."],
    ["Pilot’s Log", "The pilot’s reflective log, kept throughout and read by the Instructor at each Retrieve."],
    ["Examiner", "The University’s external examiner."],
], widths=[4.5, 12])
para(doc, "")
p = para(doc, "Reading the Performance Chart. ", bold=True)
p.add_run("In the Performance Chart in Section 5, the column “Flown on” names the Flights on which an item is "
          "taught; “Tether” in that column means the item is taught only through the Tether’s readings, optional "
          "modules and forum, and not on a Flight. The column “Checked at” names the Check Flight whose marking "
          "criteria include the item. “Log only” means the pilot records the item in the Pilot’s Log, which the "
          "Instructor reads but does not mark. A dash means that the item is not flown, or not checked.")
page_break(doc)
para(doc, "THIS PAGE INTENTIONALLY LEFT BLANK", bold=True, align="center")
page_break(doc)

# ------------------------------------------------------------------ section 2
doc.add_heading("SECTION 2  LIMITATIONS", level=1)
doc.add_heading("2.1 Entry limitations", level=2)
para(doc, "A pilot must hold qualified teacher status; be in post in a school in England as its SENCO, or be "
          "designated to take up the role within the year (newly appointed SENCOs are required to do so under "
          "the Education (Special Educational Needs Coordinators) (England) Regulations 2008); and bring the "
          "written endorsement of the Landowner, who agrees to release the pilot for the eight Flights, the "
          "Inflation day and Landing Day, and names a Crew Chief.")
para(doc, "Every applicant completes the Pre-flight form (see 4.1) and has a twenty-minute Pre-flight "
          "conversation with the Chief Ground Instructor before a place is offered. The conversation checks that "
          "the applicant has the classroom experience, the role in school and the access to pupils’ data that "
          "are needed to reach every item in the Performance Chart by the end of the course. Where an applicant "
          "is not ready, the Chief Ground Instructor says plainly what is missing (usually a year’s experience of "
          "leading an intervention, or access to the school’s tracking data), writes to the Landowner with the "
          "steps agreed, and invites the applicant to apply again for the next launch window.")

doc.add_heading("2.2 Suitability checks", level=2)
p = para(doc, "The Training School’s Safety Officer checks the enhanced CRB disclosure of every Instructor, every "
              "visiting speaker and every club member who flies on Lift-Off days, and keeps the register. ")
left_bar(p)
p2 = para(doc, "")
left_bar(p2)
r = p2.add_run("Pilots are serving teachers: their Landowners have carried out the safer recruitment checks on "
               "them, and the Training School does not ask to see pilots’ disclosures.")
doc.add_comment([r], text="We do ask on the Pre-flight form whether they have an enhanced CRB disclosure and its "
                          "date. Should we say so here? AH", author=AH, initials="AH")

doc.add_heading("2.3 Crew limitations", level=2)
para(doc, "No Flight runs with fewer than two Instructors, and the ratio is never worse than one Instructor to "
          "twelve pilots. Every Instructor holds qualified teacher status, has led SEN provision in a school in "
          "the last five years or works now in an SEN support service, holds a masters-level qualification in "
          "SEN, and spends at least five days a year on their own updating. The Instructors are listed in 7.1.")

doc.add_heading("2.4 Weather limitations", level=2)
para(doc, "The Training School is a ground school: no Flight is cancelled for weather. If Hatherden Field is "
          "closed by snow, the Flight runs the following week for both groups, and the Instructor’s recorded talk "
          "is placed on the Tether the same day.")

doc.add_heading("2.5 Credit limitations", level=2)
para(doc, "A pilot who has passed a masters-level module in special educational needs at a university in the "
          "last five years may ask for it to be counted. The University’s Accreditation of Prior Learning panel "
          "decides; up to 20 of the 60 credits may be exempted, which excuses the pilot from CF1. Experience alone, "
          "however long, is not accredited: it is taken into account in the Individual Flight Plan (4.1) but "
          "does not reduce the Check Flights.")

doc.add_heading("2.6 Award limitations", level=2)
note_box(doc, "WARNING", "The Award and the University’s 60 credits are made only to a pilot who has passed all "
                         "three Check Flights. A Check Flight is passed at 50 per cent; marks are not carried "
                         "from one Check Flight to another.", fill="FCE4E4", label_color="C00000")
note_box(doc, "NOTE", "The Performance Chart in Section 5 is the Instructors’ guide to what each Check Flight "
                      "looks for. It is not separately signed off.")

# ------------------------------------------------------------------ section 3
doc.add_heading("SECTION 3  EMERGENCY PROCEDURES", level=1)
doc.add_heading("3.1 Pilot falling behind", level=2)
para(doc, "If a pilot misses a Cross-country task, or a Retrieve finds a pilot struggling, the Instructor agrees "
          "a recovery plan with the pilot within a week: an extra tutorial at Hatherden or in school, a revised "
          "date, and a note to the Crew Chief. A pilot may have one extension of up to four weeks on any Check "
          "Flight.")
doc.add_heading("3.2 Disability and reasonable adjustments", level=2)
para(doc, "The Pre-flight form asks every applicant, in plain words, whether they have a disability, a long-term "
          "health condition or a specific learning difficulty that we should plan for, and says why we ask and "
          "who will see the answer. Anyone who tells us is offered a conversation with the Training School’s "
          "disability contact (Mrs Harcourt) before the course begins, and the adjustments are agreed in writing: "
          "handouts in large print or electronic form, the hearing loop in the Ground School (fitted in 2007), a "
          "reserved parking bay beside the hangar door, rest breaks, and extra time or a different format for a "
          "Check Flight (the University’s assessment regulations allow a recorded Landing Talk or a spoken CF1). "
          "The Ground School, the Clubhouse and the accessible toilet are all on one level. The publicity leaflet "
          "and the Pre-flight pack say all of this, so that disabled teachers know before they apply.")
para(doc, "The Training School follows the club’s equality policy, which its committee reviews each year against "
          "the Disability Discrimination Act 1995 as amended in 2005, the Race Relations (Amendment) Act 2000 and "
          "the Equality Act 2006. Selection decisions are made on the Pre-flight form and conversation alone, by "
          "two people, and any visit arranged for a pilot is checked for access before it is offered.")
doc.add_heading("3.3 Missed Flight", level=2)
para(doc, "Each Flight runs twice in the same week, for the Tuesday group and the Thursday group. A pilot who "
          "misses a Flight joins the other group. If both are missed, the Instructor’s slides and recorded talk "
          "are on the Tether, and the next Retrieve covers the missed Flight’s task.")
doc.add_heading("3.4 Interruption and withdrawal", level=2)
para(doc, "A pilot may interrupt the course at any point and rejoin in a later year. Check Flights already passed "
          "keep their marks for three years.")
note_box(doc, "CAUTION", "A pilot who changes school during the course must bring a new Landowner’s endorsement "
                         "before the next Cross-country task.", fill="FFF2CC", label_color="7F6000")

# ------------------------------------------------------------------ section 4
doc.add_heading("SECTION 4  NORMAL PROCEDURES", level=1)
doc.add_heading("4.1 Pre-flight", level=2)
para(doc, "Before the course starts, each pilot completes the Pre-flight self-assessment against every item of the "
          "Performance Chart, rating each one “Not yet”, “Partly” or “Confident” with an example from their own "
          "practice, and the Crew Chief adds a comment. At the Inflation day the pilot’s Instructor goes through "
          "it with the pilot, checks it against the pilot’s CV and school role, and together they write the "
          "Individual Flight Plan: the items the pilot will work on hardest, which optional Tether modules they "
          "will take, which Cross-country tasks they will lead rather than join, and a personal set of outcome "
          "targets for the year over and above the national minimum. The Flight Plan is reviewed at every "
          "Retrieve and at the midway tutorial in February.")
para(doc, "Pilots may take Flights 4 to 7 in any order that suits their school calendar, by joining the other "
          "group for a given week; the Individual Flight Plan records the order chosen.")
doc.add_heading("4.2 Inflation", level=2)
para(doc, "The Inflation day welcomes the pilots with their Crew Chiefs for the afternoon. It covers the shape "
          "of the year, study and writing at Level M, logging in to the Tether, keeping the Pilot’s Log, and the "
          "parts played by Landowners and Crew Chiefs. Each pilot leaves with an agreed Individual Flight Plan.")
doc.add_heading("4.3 The Flights", level=2)
para(doc, "Each Flight is a taught day at Hatherden Field, led by two Instructors, with a visiting specialist on "
          "most days. The Flights are:")
flights = [
    ["Flight", "Title", "What is flown"],
    ["F1", "The pilot’s role",
     "What a SENCO does and does not do; Every Child Matters and its five outcomes in a school, and the SENCO’s "
     "part in helping children to achieve them; managing time, prioritising and delegating; speaking and "
     "listening in meetings."],
    ["F2", "The law and the evidence",
     "The SEN Code of Practice (2001) and the Education Act 1996; the Special Educational Needs and Disability "
     "Act 2001; the Disability Discrimination Act 1995 and 2005, the Disability Equality Duty and accessibility "
     "plans, and the actions they require of a school; the SENCO Regulations 2008; Removing Barriers to "
     "Achievement (2004); how to read research and inspection evidence and put it to use."],
    ["F3", "Who are our pupils?",
     "The most common types of SEN and disability (behavioural, emotional and social difficulties, specific "
     "learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum "
     "disorders, moderate learning difficulties) and how each can affect learning; identifying pupils through "
     "observation, data and assessment; setting challenging targets."],
    ["F4", "Teaching, planning and tracking",
     "A critical look at approaches, strategies and resources for assessment, planning, teaching and learning, "
     "including ICT and assistive technology in the Ground School’s laptop suite; planning interventions and "
     "reviewing progress; using summative assessments, national tests, P scales and RAISEonline to track "
     "progress and change programmes; what the research says works."],
    ["F5", "Provision", "Provision mapping and management, and finding ineffective or missing provision; "
     "deploying and managing teaching assistants; reviewing with colleagues how well provision works and "
     "feeding the findings into the school’s improvement planning; problem-solving and decision-making through "
     "case studies."],
    ["F6", "Pupils and families", "Building fair, respectful and constructive relationships with pupils and "
     "their families; working in partnership with parents and carers, co-led with the Wenmouthshire Parent "
     "Partnership Service. Pupils’ own views are not flown on F6: see the Tether module “Passengers”."],
    ["F7", "Other services", "The scope and role of the educational psychology service, speech and language "
     "therapy, CAMHS, the councils’ SEN support services and voluntary organisations; getting specialist "
     "support; using other professionals’ assessments to plan teaching; working in partnership across "
     "services, including through the Common Assessment Framework."],
    ["F8", "Leading colleagues", "Supporting colleagues’ professional development: observing teaching and giving "
     "feedback, modelling, coaching and mentoring, and planning and leading a staff training session; advising "
     "and collaborating with colleagues within and beyond the school; speaking clearly to a staff meeting."],
]
t = table(doc, flights, widths=[1.5, 3.5, 11.5])
para(doc, "")
p = para(doc, "The reading for F2 and F4 is set by the Instructors each year from recent research and inspection "
              "evidence, and updated at the termly “Met brief” (see 7.1).")
fn.add(p, "For 2008-09: Ofsted, Inclusion: does it matter where pupils are taught? (2006); Ofsted, Special "
          "educational needs and disability: towards inclusive schools (2004); the Bercow Review of services for "
          "children and young people with speech, language and communication needs (2008); the Inclusion "
          "Development Programme materials on dyslexia and SLCN (2008).")
doc.add_heading("4.4 Cross-country tasks", level=2)
para(doc, "Between Flights each pilot carries out a Cross-country task in school, agreed with the Crew Chief and "
          "written up in the Pilot’s Log. Each task puts a Flight to work in the pilot’s own school and is the raw "
          "material of the Check Flights:")
for x in ["XC1 Map the pupils: an audit of the school’s SEN register against its data (after F3).",
          "XC2 Map the provision: a provision map for one year group, with its costs (after F5).",
          "XC3 Plan and run an intervention for a small group of pupils (after F4; the basis of CF2).",
          "XC4 Observe a colleague’s lesson and give feedback (after F8).",
          "XC5 Review a meeting with parents or carers with the Crew Chief (after F6).",
          "XC6 Follow one pupil’s case with another service (after F7)."]:
    para(doc, x, style="List Bullet")
para(doc, "The tasks are where the course changes practice: by Landing Day each pilot has changed at least two "
          "things in their school and can show the difference they made.")
doc.add_heading("4.5 Retrieve", level=2)
para(doc, "After each Flight the pilot’s Instructor telephones or visits within ten working days: twenty to thirty "
          "minutes on the Cross-country task, the Individual Flight Plan and anything that is going wrong. The "
          "Crew Chief receives a copy of the short Retrieve note.")
doc.add_heading("4.6 Check Flights", level=2)
para(doc, "There are three Check Flights. Their marking criteria are printed in the pilots’ handbook; the items of "
          "the Performance Chart that each one checks are shown in Section 5.")
p = para(doc, "CF1 Ground Paper ", bold=True)
p.add_run("(4,000 words, after F3; 15 credits). A written paper applying the law and guidance on SEN and "
          "disability, Every Child Matters, the common types of SEN and the research evidence to the pilot’s own "
          "school.")
p = para(doc, "CF2 Case Study ", bold=True)
p.add_run("(6,000 words, after F7; 20 credits). The story of the XC3 intervention: how the pupils were identified, "
          "the targets set, the use made of other professionals’ assessments, of summative data and of the "
          "provision map, the decisions taken and why, the work with another service, and a critical account of "
          "the approaches and resources (including ICT) chosen.")
p = para(doc, "CF3 Portfolio and Landing Talk ", bold=True)
p.add_run("(5,000-word commentary on the Pilot’s Log and Cross-country tasks, and a twenty-minute Landing Talk to "
          "two Instructors on Landing Day; 25 credits). It checks how the pilot works with pupils, parents and "
          "carers, deploys staff, supports and observes colleagues, reviews provision with other staff and uses "
          "school self-evaluation, and it must give an account of what changed for a named group of pupils "
          "across the five Every Child Matters outcomes.")
doc.add_heading("4.7 Landing and pack-up", level=2)
para(doc, "On Landing Day, after the Landing Talks, each pilot writes a “Next Flight Plan”: three professional "
          "targets for the following year, one of them about their own learning (for example a further University "
          "module or the councils’ SENCO network), and takes it to a meeting with the Landowner before the end of "
          "term. The Instructor reads every Next Flight Plan and adds a written comment.")
page_break(doc)

# ------------------------------------------------------------------ section 5
doc.add_heading("SECTION 5  PERFORMANCE", level=1)
doc.add_heading("5.1 Performance Chart", level=2)
para(doc, "What every pilot must be able to do by the end of the course, in our own words. Item numbers are ours.")
chart = [
    ("ATTRIBUTES: how the pilot works", None),
    ("1", "Builds fair, respectful, supportive and constructive relationships with pupils with SEN and/or "
          "disabilities and with their parents or carers", "F6", "CF3"),
    ("2", "Wins the backing of colleagues, the headteacher and senior leaders for better outcomes for pupils "
          "with SEN", "— (Crew Chief’s part: see 7.3)", "—"),
    ("3", "Prioritises, manages time and delegates tasks, making sure they are done", "F1, Tether", "Log only"),
    ("4", "Sees problems coming, solves them and makes sound decisions about provision", "F5", "CF2"),
    ("5", "Speaks and writes clearly; listens to and understands other people’s views", "F1, F8", "CF3"),
    ("6", "Uses research and outside advice to improve their own and colleagues’ practice", "F2, Tether", "CF1"),
    ("7", "Keeps up to date and takes charge of their own professional development in SEN and disability",
     "Tether", "Log only"),
    ("KNOWLEDGE: what the pilot knows and understands", None),
    ("8", "The law and guidance on SEN, including the Code of Practice, what they mean for the school and how to "
          "put them into practice", "F2", "CF1"),
    ("9", "Every Child Matters: its principles and five outcomes, and how a SENCO helps children to achieve them",
     "F1", "CF1"),
    ("10", "The law on disability equality and the actions it requires of a school", "F2", "CF1"),
    ("11", "How children develop, and how SEN, disability and the environment for learning affect development",
     "Tether", "Log only"),
    ("12", "The common types of SEN and disability and how they affect learning", "F3", "CF1"),
    ("13", "Approaches, strategies and resources for assessment, planning and teaching, including ICT, and how to "
           "use them to remove barriers", "F4", "K6CELL"),
    ("14", "How school self-evaluation works and how it bears on outcomes for pupils with SEN", "—", "CF3"),
    ("15", "Best practice and the findings of research on meeting special educational needs", "F2, F4", "CF1"),
    ("16", "What other services and agencies do and how to get specialist support", "F7", "CF2"),
    ("SKILLS: what the pilot does in school", None),
    ("17", "Works with senior colleagues and governors on the school’s inclusive ethos, policies, priorities and "
           "use of resources", "— (to be flown from Issue 3)", "—"),
    ("18", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews "
           "progress", "F3, F4", "CF2"),
    ("19", "Uses other professionals’ assessments to shape teaching", "F7", "CF2"),
    ("20", "Uses summative assessments, including national tests, to track progress and change programmes",
     "F4", "CF2"),
    ("21", "Encourages other teachers to use formative assessment, with particular thought for pupils with SEN",
     "Tether", "Log only"),
    ("22", "Uses provision mapping and management and finds ineffective or missing provision", "F5", "CF2"),
    ("23", "Deploys and manages staff to support pupils with SEN", "F5", "CF3"),
    ("24", "Supports colleagues’ professional development: observation and feedback, modelling, coaching, "
           "mentoring, training", "F8", "CF3"),
    ("25", "Reviews with other staff how well provision works, to inform the school’s self-evaluation", "F5",
     "CF3"),
    ("26", "Involves pupils in planning, agreeing, reviewing and evaluating their own provision", "Tether",
     "Log only"),
    ("27", "Works with parents and carers to promote their child’s learning and development", "F6", "CF3"),
    ("28", "Works in partnership with other services and agencies, including voluntary organisations", "F7",
     "CF2"),
]
t = doc.add_table(rows=len(chart) + 1, cols=4)
t.style = doc.styles["Table Grid"]
for j, h in enumerate(["Item", "The pilot…", "Flown on", "Checked at"]):
    cell_text(t.cell(0, j), h, bold=True, fill="1F2A44", size=9)
    t.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
s1_cell = None
for i, row in enumerate(chart, start=1):
    if row[1] is None:
        merge_row(t, i, row[0], fill="D9D9D9")
        continue
    for j, v in enumerate(row):
        if v == "K6CELL":
            cell_change(t.cell(i, j), "Log only", "CF2", AH, D1)
        else:
            cell_text(t.cell(i, j), v, size=9)
    if row[0] == "17":
        s1_cell = t.cell(i, 2)
set_col_widths(t, [1.2, 10.3, 2.8, 2.2])
r = s1_cell.paragraphs[0].runs[0]
doc.add_comment([r], text="Governors: can we get this into F5 before the panel sees it? AH. / Not this year: "
                          "Instructors are full. DP", author=AH, initials="AH")
para(doc, "")
doc.add_heading("5.2 Performance notes", level=2)
para(doc, "Where an item is checked at a Check Flight, it appears in that Check Flight’s marking criteria in the "
          "words of the chart. Items marked “Log only” are discussed at the Retrieve and recorded in the Pilot’s "
          "Log.")

# ------------------------------------------------------------------ section 6
doc.add_heading("SECTION 6  WEIGHT AND BALANCE", level=1)
para(doc, "The notional load of the course is 600 hours of study, ten hours for each credit:")
table(doc, [
    ["Item", "Hours"],
    ["Flights F1–F8, Inflation and Landing Day", "65"],
    ["Tether readings, recorded talks and optional modules", "60"],
    ["Cross-country tasks XC1–XC6 in school", "150"],
    ["Retrieves and tutorials", "10"],
    ["Reading, preparing and writing the Check Flights", "315"],
    ["Total", "600"],
], widths=[12, 3])
para(doc, "")
para(doc, "The Check Flights carry 15, 20 and 25 credits. The course is priced at cost: the club lends the Ground "
          "School and hangar without charge, Instructors are paid at the councils’ sessional rate, and "
          "Wenmouthshire County Council and Kelsey Borough Council each fund ten places in 2009-10. Because the "
          "Individual Flight Plan steers each pilot’s time to the items they most need, a pilot who is already "
          "confident on an item spends less time on it and more on the items marked “Not yet”.")

# ------------------------------------------------------------------ section 7
doc.add_heading("SECTION 7  DESCRIPTION OF SYSTEMS", level=1)
doc.add_heading("7.1 Envelope: the Instructors", level=2)
table(doc, [
    ["Name", "Role", "Qualifications and current work"],
    ["Alison Harcourt", "Chief Ground Instructor", "MEd (Special Educational Needs); NPQH. Headteacher of "
     "Brookfield Special School 1996-2007; now SEN adviser to Kelsey Borough Council two days a week."],
    ["Dr Tom Ashworth", "Instructor", "DEdPsy. Senior educational psychologist, Wenmouthshire Educational "
     "Psychology Service."],
    ["Priya Nair", "Instructor", "MA Inclusive Education; AMBDA. SENCO at Hatherden Primary School; specialist "
     "teacher for dyslexia."],
    ["Gareth Rhys", "Instructor", "MA Special Educational Needs. Assistant headteacher and SENCO, Castle Mead "
     "School (11-16)."],
], widths=[3.5, 3.5, 9.5])
para(doc, "")
para(doc, "The Instructors meet for a half-day “Met brief” each term on new research, inspection findings and "
          "policy, and each attends at least one national or regional SEN conference a year. The club’s Chief "
          "Flying Instructor, Derek Pyle, signs this manual as the club’s accountable manager; he does not teach "
          "on the course.")
doc.add_heading("7.2 Burner: resources", level=2)
para(doc, "The Ground School seats 28 and has an interactive whiteboard and twelve laptops carrying Clicker 5, "
          "Write:OutLoud, Inspiration and text-to-speech software, which pilots use on F4 and may borrow between "
          "Flights. The Training School keeps a loan library of some 400 books and assessment materials. As "
          "registered students, pilots use the University of Wenmouth library and its electronic journals from "
          "home through their Athens login.")
doc.add_heading("7.3 Basket: Crew Chiefs and Landowners", level=2)
para(doc, "The Crew Chief meets the pilot at least twice each half term, confirms that each Cross-country task "
          "was carried out, and is the pilot’s link to the senior team. Winning the commitment of the headteacher "
          "and senior leaders to the pilot’s work is the Crew Chief’s job, not the course’s. Crew Chiefs receive "
          "the Crew Card, two sides of A4 setting out what they do, with the pilot’s offer letter. We do not "
          "train Crew Chiefs; they are senior staff who know their schools.")
doc.add_heading("7.4 Instruments: specialists and placements", level=2)
para(doc, "Specialists join the Flights: a speech and language therapist and the councils’ sensory support team on "
          "F3, the Parent Partnership Service on F6, and a CAMHS primary mental health worker, the Wenmouthshire "
          "branch of the National Autistic Society and the local Dyslexia Action centre on F7.")
deleted_paragraph(doc, "Every pilot spends two days in a special school, Brookfield or Ridgeway, shadowing its "
                       "SENCO. The Training School arranges the days and briefs the host school.", AH, D2)
p = para(doc, "Pilots who wish to visit a special school or a resourced provision may ask their Instructor, who "
              "will try to find one.")
left_bar(p)

# ------------------------------------------------------------------ section 8
doc.add_heading("SECTION 8  HANDLING, SERVICING AND MAINTENANCE", level=1)
doc.add_heading("8.1 Daily inspection", level=2)
para(doc, "After every Flight each pilot completes a one-page evaluation. The Instructors meet the same afternoon "
          "for the debrief, record what needs attention in the course Tech Log, and put it right before that "
          "Flight runs again.")
doc.add_heading("8.2 Annual Inspection", level=2)
para(doc, "Each July the Training School holds its Annual Inspection. The Instructors, the University’s link "
          "tutor and the club’s Training Committee review the Flight evaluations, Check Flight results, Retrieve "
          "notes, the pilots’ end-of-course questionnaire and the Examiner’s report. The University’s annual "
          "monitoring report follows in October. Every change agreed is made as the next Revision of this manual "
          "and listed in the Record of Amendments, so that each year’s pilots fly the improved course.")
doc.add_heading("8.3 Standardisation and moderation", level=2)
p = para(doc, "Before each Check Flight is marked, the Instructors mark two anonymised scripts from the previous "
              "year together and agree how the criteria apply.")
left_bar(p)
ins = inserted_paragraph(doc, "Every Check Flight is first-marked by the pilot’s own Instructor. A second "
                              "Instructor blind-marks one script in five and every script at the pass mark or "
                              "at distinction, and the two agree the mark. The Examiner samples scripts from each "
                              "Check Flight, attends Landing Day to hear Landing Talks, and reports to the "
                              "University’s examination board, which confirms every mark.", AH, D2)
left_bar(ins)
doc.add_heading("8.4 Impact", level=2)
para(doc, "Pilots rate themselves against every item of the Performance Chart again on Landing Day, and we compare "
          "the ratings with their Pre-flight ratings item by item to see how far competence and confidence have "
          "grown; the Instructors’ Retrieve notes record the changes each pilot has made in school. We have not "
          "yet found a fair way to measure the effect on pupils’ achievement, and we do not ask pilots for pupil "
          "data. We hope that in time Landowners will tell us whether pupils with SEN in their schools are doing "
          "better.")
doc.add_heading("8.5 Landowner relations", level=2)
para(doc, "In spring 2008 we asked the headteachers of the 41 schools that had sent teachers to the club’s "
          "earlier course, and the SEN teams of Wenmouthshire County Council and Kelsey Borough Council, what new "
          "SENCOs in their schools most needed. Thirty-two replied. Three needs came up most often: provision "
          "mapping and what provision costs; talking with parents when things are difficult; and getting the most "
          "from teaching assistants. Flight 5 and Flight 6 were written in answer, and at the Kelsey SEN team’s "
          "request the law and guidance were brought forward to Flight 2.")
p = para(doc, "Stakeholders take part in the course itself: Landowners host the Cross-country tasks and meet the "
              "Instructor at the midway tutorial, council officers speak on F2 and F7, and the Parent Partnership "
              "Service co-leads F6. We would like Landowners and the two councils to join the Annual Inspection in "
              "future years, and we intend to invite a parent representative once a suitable person is found.")
r = p.runs[0]
doc.add_comment([r], text="Ask Kelsey whether Jan would sit on the July inspection. DP", author="Derek Pyle",
                initials="DP")
page_break(doc)

# ------------------------------------------------------------------ section 9
doc.add_heading("SECTION 9  SUPPLEMENTS", level=1)
doc.add_heading("Supplement 1  The Tether", level=2)
para(doc, "The Tether is the club’s Moodle site. Every Flight has a Tether page with its readings, the "
          "Instructors’ slides and a recorded talk. There are four optional modules, each of about fifteen hours, "
          "chosen in the Individual Flight Plan:")
for m in ["“Passengers”: finding out what pupils with SEN think, and involving them in planning and reviewing "
          "their own provision;",
          "“Growing up”: how children develop, and how SEN, disability and the environment for learning affect "
          "development;",
          "“Keeping current”: the pilot’s own professional development in SEN and disability;",
          "“Marking the course”: helping colleagues to use formative assessment across the school, with "
          "approaches for pupils with SEN."]:
    para(doc, m, style="List Bullet")
para(doc, "The Hangar is the Tether’s forum, where pilots post drafts of their Cross-country write-ups and comment "
          "on each other’s. Pilots support one another there between Flights, and the Retrieve (4.5) is each "
          "pilot’s contact with an Instructor between Flights. There is no online contact with an Instructor: "
          "Instructors do not take part in the Hangar, and the Tether is not used to communicate with schools.")
doc.add_heading("Supplement 2  Twilight Flights", level=2)
para(doc, "Under consideration for 2010-11: each Flight run as two twilight sessions, 16:30 to 19:30, for pilots "
          "whose schools cannot release them for whole days. Not approved; not part of the course described in "
          "this manual.", italic=True)
doc.add_heading("Supplement 3  Solo Check", level=2)
note_box(doc, "WITHDRAWN AT ISSUE 2 REVISION 1",
         "In the 2007-08 pilot course two experienced SENCOs were assessed on a portfolio and a Landing Talk without "
         "attending the Flights. The University has not validated this route for the Award and it is not offered. "
         "Experienced SENCOs are welcome on the full course, where their experience shapes the Individual Flight "
         "Plan.", fill="E7E6E6")
para(doc, "END OF MANUAL", bold=True, align="center")

fn.save_part()
doc.save(OUT)
print("wrote", OUT)
