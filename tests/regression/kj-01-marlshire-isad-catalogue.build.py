"""kj-01-marlshire-isad-catalogue

Provider (invented): Marlshire Record Office and Archive Service, Learning Team
("Learning at the Record Office"), with the University of Kingsmere School of
Education, which validates the course. January 2009.

Document kind and layout: the course written up as the Record Office's own
archival catalogue entry for a collection, in the General International
Standard Archival Description, ISAD(G), as printed from the office's catalogue
system. A short covering note to the panel, then the collection-level
description as seven two-column field tables, one per ISAD(G) area, whose
element numbers ("3.1.5 Extent and medium", "3.3.1 Scope and content",
"3.3.2 Appraisal, destruction and scheduling", "3.4.1 Conditions governing
access", "3.5.3 Related units of description") clash with requirement ids. No
heading styles: area titles are bold capitals in Normal paragraphs. Then the
"Series list" (the catalogue proper): one long table with shaded series rows
merged across all columns, item rows ED/SNC/1/1 ... ED/SNC/6/29. House
vocabulary: participants are "Readers", tutors "Archivists", school mentors
"Keyholders", study days "Search Room Days", the three assessed assignments
"Productions" ("produced" = marked), the online area "the Digital Search
Room". The outcomes are the items of series ED/SNC/6, each with an "Access"
status defined in element 3.4.1: "Open" (read at a Search Room Day and
produced), "Open (reading only)" (read, never produced), "Production only"
(produced, never read at any day), "Weeded" (removed from the course). Page
header and footer. Two Word comments. One tracked deletion.

Traps (requirement ids):
- 2.3 not_met: 3.3.2 says the assessment-only route was "appraised and not
  retained" (negation); 3.5.3 describes another university's assessment-only
  route ("Related units of description" held elsewhere: other provider).
- 5.3 not_met: CRB checks are on Archivists and Keyholders (wrong people);
  Readers' disclosures are left to their employers and "the Record Office
  does not ask to see them" (someone else's responsibility).
- 4.3 not_met: stakeholder part in evaluation only hoped for in 3.3.3
  Accruals ("We hope ..."); a comment suggesting a heads' evaluation group is
  not part of the submission. 4.1 and 4.2 met (2007 survey and what changed).
- 3.1 partially_met: only step-free access to the Search Room; the sentence on
  agreeing adjustments with the Access Officer is a tracked deletion.
- 3.3 partially_met: the Digital Search Room is e-learning with peer threads,
  but Archivists answer only "in the week of each Search Room Day".
- 2.2 partially_met: Readers self-rate against the outcomes before the course,
  but no individual plan or personalised outcomes follow ("kept on the
  Reader's file").
- 2.5 partially_met: only a leaflet about the University's MA.
- 5.5 partially_met: placements at Hillbrook special school belong to the
  2005-07 pilot (3.2.3 Archival history: past arrangement); now Readers "may
  arrange" visits themselves; some specialist speakers remain.
- 5.7 partially_met: Keyholders get a copy of the catalogue and a letter; a
  comment asking whether a briefing evening happens is not evidence.
- 5.9 partially_met: confidence and competence self-ratings before and after,
  nothing on pupils' achievement.
- 1.9 partially_met: outcomes marked "Open (reading only)" are never assessed.
- 6.0 partially_met: the award rule is passing the three Productions at 50
  per cent (credit-based), not showing every outcome.
- 6.K4 not_met: child development "Weeded" in 2008 and moved to another
  course (past arrangement / removed).
- 6.S2d not_met: no item for access arrangements for tests at all.
- 6.A3, 6.A7, 6.K7, 6.S2b, 6.S7 partially_met: "Open (reading only)"
  (developed, not assessed). 6.K7 also: the Record Office's own
  self-assessment against the national archives standard is the right words
  about the wrong thing.
- 6.S4 partially_met: "Production only" (assessed, never developed at a day).
- Numbering collision: ISAD(G) elements 3.1.x-3.7.x, e.g. "3.3.1 Scope and
  content" is not about e-learning, "3.4.1" not about equality.
- Header/footer carry nothing used as evidence.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _kj_helpers import new_doc, para, runs, table, merged_row, shade, cell_text, tracked, header_footer  # noqa: E402

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Garamond", 11)
header_footer(d, "MARLSHIRE RECORD OFFICE  \u2022  Catalogue print  \u2022  ED/SNC  \u2022  Printed 14/01/2009 11:02",
              "Marlshire Record Office, Shire Hall Annexe, Castle Street, Wendover Regis MR1 4QT. "
              "Catalogue entries are provisional until signed off by the County Archivist.")

# ---------------------------------------------------------------- covering note
para(d, "Learning at the Record Office", bold=True, size=14)
para(d, "Marlshire Record Office and Archive Service with the University of Kingsmere School of Education",
     italic=True)
para(d, "To the approval panel, National Award for SEN Coordination", bold=True)
para(d, "We have written our application in the form we know best: the catalogue entry our archivists write "
        "for every collection that comes into the Record Office. The Learning Team has run courses for teachers "
        "from our search room since 1998, and when the County asked us to host the new award with the "
        "University of Kingsmere we decided to describe it as we would describe any collection, area by area, "
        "under the international standard. The element numbers in the left-hand column are those of ISAD(G) and "
        "have nothing to do with the numbering of the national criteria. A short key to our terms is given in "
        "element 3.4.1, and the outcomes of the award are listed item by item in series ED/SNC/6 at the end.")
para(d, "Rosalind Treharne, Learning Officer (SEN), for the Learning Team", italic=True)

# ---------------------------------------------------------------- areas


def area(title, rows):
    para(d, "")
    para(d, title, bold=True, caps=False)
    t = table(d, [["Element", "Description"]] + rows, widths=[4.2, 12.6], size=10)
    return t


para(d, "")
para(d, "COLLECTION-LEVEL DESCRIPTION: ED/SNC  SOURCES AND SEARCHES, THE MARLSHIRE SENCO AWARD", bold=True)

area("3.1  IDENTITY STATEMENT AREA", [
    ["3.1.1 Reference code", "GB 0417 ED/SNC"],
    ["3.1.2 Title", "Sources and Searches: the Marlshire programme for the National Award for SEN Coordination"],
    ["3.1.3 Dates", "First intake January 2009; second intake September 2009; the description covers both."],
    ["3.1.4 Level of description", "Collection (fonds). Six series; items listed to file level."],
    ["3.1.5 Extent and medium",
     "60 credits at Master's level (Level 7), made up of three units of 20 credits each. The University of "
     "Kingsmere validated the programme on 3 December 2008 as a named Postgraduate Certificate within its "
     "Master's framework in Education, and the credits count towards the University's MA in Inclusive "
     "Education. Eight Search Room Days, three Productions, and directed study in school between the days."],
])

area("3.2  CONTEXT AREA", [
    ["3.2.1 Name of creator",
     "Marlshire Record Office and Archive Service, Learning Team, in partnership with the University of "
     "Kingsmere School of Education. The University is the awarding body: it approves the Productions, "
     "appoints the external examiner and confers the award. The Record Office hosts the Search Room Days, "
     "employs the two Archivists who teach the course and keeps the Readers' records."],
    ["3.2.2 Administrative history",
     "The programme exists because Marlshire's SENCOs asked for it. In the summer of 2007 the County's SEN "
     "Support Service and the Learning Team sent a questionnaire to every SENCO in Marlshire's 214 schools; "
     "132 replied. They told us three things: that they wanted a course that started from the records they "
     "already kept on pupils rather than from theory; that Thursdays in term were the only days heads would "
     "release them; and that the part of the job they felt least ready for was leading other staff. We "
     "then held two focus groups with SENCOs and one with the Marlshire Primary Heads' Association, and "
     "the Parent Partnership Service met us to tell us what parents in the county most often raise.\n\n"
     "Those findings changed the design. The Search Room Days were moved from Saturdays to Thursdays; Unit 1 "
     "was rebuilt round a case study of one pupil from the Reader's own school records; and a whole unit "
     "(series ED/SNC/4) was given to leading and developing staff, which the 2006 draft had covered in a "
     "single session. At the heads' request each Reader has a Keyholder in school, and the Parent "
     "Partnership Service now teaches part of the third Search Room Day."],
    ["3.2.3 Archival history",
     "The programme grew out of the Record Office's unaccredited course \"Reading the Child\" (2005 to "
     "2007). In that pilot every participant spent two days on placement at Hillbrook Special School, and "
     "Hillbrook's staff led a session on complex needs. The pilot closed in July 2007 and its placement "
     "arrangement with Hillbrook ended with it."],
    ["3.2.4 Immediate source of acquisition",
     "Readers come to the programme by nomination. A Reader must hold Qualified Teacher Status, be in post "
     "as a SENCO or be named by the head to take up the role within a year, and have completed induction. "
     "The head completes a nomination form confirming the Reader's role, and the Learning Officer (SEN) "
     "holds a half-hour entry conversation with each nominee, using a short task on one pupil's record, to "
     "make sure they have the knowledge of the school's SEN procedures and the study skills to work at "
     "Master's level. Nominees who are not yet ready are offered the Record Office's twilight course "
     "\"First Searches\" and a place on a later intake."],
])

area("3.3  CONTENT AND STRUCTURE AREA", [
    ["3.3.1 Scope and content",
     "The collection is about raising the achievement of children and young people with special educational "
     "needs and disabilities and improving their well-being: being healthy, staying safe, enjoying and "
     "achieving, making a positive contribution and achieving economic well-being. Every Production asks "
     "the Reader to show what changed for pupils, both in attainment and progress and in their well-being "
     "as the pupils and their families describe it. The course links closely to practice: between Search "
     "Room Days each Reader carries out a directed task in school tied to the outcomes of that day, and "
     "each Production is built on work done in the Reader's own school, so that by the end the Reader has "
     "changed something in the school's practice and can show its effect.\n\n"
     "Readers study the law, guidance and national policy on SEN and disability as they now stand: the SEN "
     "Code of Practice (2001), the Special Educational Needs and Disability Act 2001, the Disability "
     "Discrimination Act 2005 and the disability equality duty, Every Child Matters and the Children Act "
     "2004, Removing Barriers to Achievement, and the 2008 Bercow Review of services for children with "
     "speech, language and communication needs. The reading list is revised each summer and draws on "
     "recent inspection and research evidence, including Ofsted's Inclusion: does it matter where pupils "
     "are taught? (2006), the Lamb Inquiry's terms of reference and the national evaluation of Every Child "
     "a Reader (2008)."],
    ["3.3.2 Appraisal, destruction and scheduling",
     "Two strands of the 2006 draft were appraised and not retained. An assessment-only route, under which "
     "experienced SENCOs would have submitted a portfolio without attending, was considered and not "
     "retained: there is no assessment-only route in this programme, and every Reader attends the Search "
     "Room Days. Material on child development, which the draft had placed in Unit 1, was weeded from the "
     "programme in 2008 and transferred to the University's Early Years Foundation course; it is not taught "
     "or assessed here."],
    ["3.3.3 Accruals",
     "The collection is open and will grow with each intake. We hope in future to invite the Primary Heads' "
     "Association and the Parent Partnership Service to help us evaluate the programme once the first "
     "Readers have completed."],
    ["3.3.4 System of arrangement",
     "Six series. ED/SNC/1 Admissions and entry; ED/SNC/2 Unit 1 \"The Search\" (the pupil, the law and "
     "the SENCO); ED/SNC/3 Unit 2 \"The Inventory\" (provision, data and strategy); ED/SNC/4 Unit 3 "
     "\"The Deposit\" (leading and developing colleagues); ED/SNC/5 Quality records; ED/SNC/6 Outcomes.\n\n"
     "Readers may take the three units in any order. There are two intakes a year, in January and "
     "September, and each unit's Search Room Days run once in each half of the year, so a Reader who joins "
     "in September can begin with Unit 2 or Unit 3 and pick up Unit 1 later. A Reader may take the course "
     "over one year or spread it over two. A Reader who already holds 20 credits at Master's level in SEN "
     "from the University of Kingsmere or another university, or who can show equivalent learning from "
     "experience through the University's APEL procedure, may have one unit accredited and take the other "
     "two; the Archivists advise on the claim and the University's APEL panel decides it.\n\n"
     "Each directed task is chosen by the Reader from a menu of three, written for primary, secondary and "
     "special school settings, so that the work between days fits the Reader's own school and stage. The "
     "County's SEN budget pays the University fee of \u00a31,150 for every Marlshire Reader, so a school meets "
     "only the cost of releasing the Reader for eight Thursdays; the fee is well under the cost of the "
     "nearest comparable courses, because the Record Office provides the Search Room without charge."],
])

t = area("3.4  CONDITIONS OF ACCESS AND USE AREA", [
    ["3.4.1 Conditions governing access", ""],
    ["3.4.2 Conditions governing reproduction",
     "Readers' Productions remain their own. With the Reader's consent anonymised extracts may be used in "
     "the training of Archivists and Keyholders."],
    ["3.4.3 Language of material", "English. Readers may present Production 3 in British Sign Language."],
    ["3.4.4 Physical characteristics and technical requirements",
     "The Search Room seats twenty and has a networked computer for each Reader, a projector and a "
     "document camera for sharing pupils' work. The Learning Team's SEN collection holds some 600 books and "
     "a loan set of assessment materials, and the County's ICT Support Service lends Readers assistive "
     "software (text-to-speech, mind-mapping, symbol software) to try in school.\n\n"
     "The Digital Search Room is the programme's online area on the University's Blackboard site. It holds "
     "each day's readings and slides, a discussion thread for each unit in which Readers post their "
     "directed tasks and comment on one another's, and a drop box for drafts. Archivists answer questions "
     "in the Digital Search Room in the week of each Search Room Day."],
    ["3.4.5 Finding aids", "This catalogue; the Readers' Handbook; the unit guides."],
])
# 3.4.1 content: key to access statuses, building access, tracked deletion
c = t.cell(1, 1)
cp = c.paragraphs[0]
cp.add_run("The Search Room is on the ground floor of the Shire Hall Annexe with step-free access from the car "
           "park, and a hearing loop is fitted. ")
tracked(cp, "Readers who tell us of a disability are offered a meeting with the Access Officer to agree "
            "adjustments before the first Search Room Day.", "del")
p2 = c.add_paragraph()
p2.add_run("The Access column of series ED/SNC/6 uses the Record Office's own terms. \"Open\" means that the "
           "outcome is read at the Search Room Day named and produced, that is marked, in the Production "
           "named. \"Open (reading only)\" means that the outcome is read at a Search Room Day but is not "
           "produced in any Production. \"Production only\" means that the outcome is produced in the "
           "Production named but no Search Room Day reads it. \"Weeded\" means that the outcome was removed "
           "from the programme; see 3.3.2.")

area("3.5  ALLIED MATERIALS AREA", [
    ["3.5.1 Existence and location of originals", "Readers' marked Productions are held by the University's "
     "Registry for five years."],
    ["3.5.2 Existence and location of copies", "Copies of the Productions are kept on the Reader's file at the "
     "Record Office."],
    ["3.5.3 Related units of description",
     "Held elsewhere: the University of Hatherleigh's programme for the same award, catalogued by that "
     "university, offers an assessment-only route in which experienced SENCOs present a portfolio mapped "
     "to the national outcomes and are examined on it by viva. Its description is noted here for "
     "reference only."],
    ["3.5.4 Publication note",
     "The Unit reading lists are published each August in the Digital Search Room."],
])

area("3.6  NOTES AREA", [
    ["3.6.1 Note",
     "Support after the course: at the final Search Room Day each Reader is given a leaflet about the "
     "University's MA in Inclusive Education, into which the award's credits can be carried."],
])

area("3.7  DESCRIPTION CONTROL AREA", [
    ["3.7.1 Archivist's note", "Described by R. Treharne and J. Pengelly from the validation documents, the unit "
     "guides and the Learning Team's files. [Archivist's initials]"],
    ["3.7.2 Rules or conventions", "ISAD(G) second edition; the Record Office's cataloguing manual (2006)."],
    ["3.7.3 Date(s) of descriptions", "Drafted November 2008; revised January 2009."],
])

# ---------------------------------------------------------------- series list
para(d, "")
para(d, "SERIES LIST", bold=True, size=13)
para(d, "Item-level entries. Shaded rows are series descriptions.", italic=True, size=9)

rows = [["RefNo", "Title", "Dates", "Description", "Access"]]
S = []  # indices of series rows


def series(text):
    rows.append([text, None, None, None, None])
    S.append(len(rows) - 1)


def item(ref, title, dates, desc, acc):
    rows.append([ref, title, dates, desc, acc])


series("ED/SNC/1  ADMISSIONS AND ENTRY. Records of how Readers come onto the programme and what is checked.")
item("ED/SNC/1/1", "Nomination form", "Each intake",
     "Completed by the head. Confirms the Reader's post, release for eight Thursdays, and the name of the "
     "Keyholder.", "Open")
item("ED/SNC/1/2", "Reader's enquiry form",
     "Before the first day",
     "Each Reader rates their own knowledge and skills against the 29 national outcomes on a four-point scale "
     "before the first Search Room Day. The completed form is kept on the Reader's file.", "Open")
item("ED/SNC/1/3", "Entry conversation notes", "Each intake",
     "Notes of the entry conversation described at 3.2.4.", "Closed (staff only)")
item("ED/SNC/1/4", "Background checks",
     "Each intake",
     "Both Archivists and every Keyholder hold an enhanced CRB disclosure, checked by the County's "
     "personnel service. Readers' CRB disclosures are a matter for their employing schools and the local "
     "authority; the Record Office does not ask to see them.", "Closed (staff only)")

series("ED/SNC/2  UNIT 1 \"THE SEARCH\": THE PUPIL, THE LAW AND THE SENCO (20 credits). Search Room Days 1 "
       "to 3. Production 1.")
item("ED/SNC/2/1", "Search Room Day 1: Opening the Boxes", "Thursday, week 1",
     "The SENCO's role and its place in the school; the SEN Code of Practice and how a school puts it into "
     "practice through School Action, School Action Plus and statements; the Disability Discrimination Act "
     "and the school's disability equality scheme and accessibility plan; the five Every Child Matters "
     "outcomes and the SENCO's part in them.", "Open")
item("ED/SNC/2/2", "Search Room Day 2: Reading the Hand", "Thursday, week 4",
     "The commonest kinds of need and what they mean for learning: behavioural, emotional and social "
     "difficulties; specific learning difficulties including dyslexia; speech, language and communication "
     "needs; autistic spectrum disorders; moderate learning difficulties. Led with an educational "
     "psychologist and a speech and language therapist from the County's teams.", "Open")
item("ED/SNC/2/3", "Search Room Day 3: Voices in the Record", "Thursday, week 7",
     "Consulting children and young people: Readers practise ways of gathering pupils' views (talking mats, "
     "pupil passports, structured interviews) and plan how pupils will take part in setting and reviewing "
     "their own targets. Working with parents and carers, taught with the Parent Partnership Service: "
     "listening to parents, difficult conversations, and writing to families clearly. Readers rehearse an "
     "annual review meeting in role.", "Open")
item("ED/SNC/2/4", "Production 1: The Search", "Due week 10",
     "A 5,000-word case study of one pupil with SEN or a disability in the Reader's school: how the need "
     "was identified, the targets set, the interventions planned, how progress was reviewed, and what the "
     "evidence from other professionals added. The Reader must draw on published research, show the "
     "family's part, and set the case in the law and the Every Child Matters outcomes.", "Open")

series("ED/SNC/3  UNIT 2 \"THE INVENTORY\": PROVISION, DATA AND STRATEGY (20 credits). Search Room Days 4 "
       "and 5. Production 2.")
item("ED/SNC/3/1", "Search Room Day 4: Cross-references", "Thursday, week 12",
     "Other services and agencies: health, social care, the educational psychology and behaviour support "
     "services, voluntary organisations and the Common Assessment Framework; how to get specialist support "
     "and resources for a pupil, and how to use other professionals' assessments in planning teaching.",
     "Open")
item("ED/SNC/3/2", "Search Room Day 5: The Ledger", "Thursday, week 15",
     "Assessment for learning and how the SENCO helps colleagues use it with pupils with SEN; identifying "
     "pupils who may have SEN; setting challenging targets; choosing approaches, strategies and resources, "
     "including ICT; using P scales, national test results and RAISEonline to track progress (read, with "
     "worked examples from Marlshire schools); making decisions on provision when evidence conflicts.",
     "Open")
item("ED/SNC/3/3", "Production 2: The Inventory", "Due week 20",
     "A provision map of the Reader's school with an evaluation, carried out with colleagues, of which "
     "provision works, which does not and what is missing; a plan for the deployment of teaching "
     "assistants; a review of the school's accessibility plan; and a 15-minute presentation of the "
     "findings to the head and a governor, observed by the Keyholder.", "Open")

series("ED/SNC/4  UNIT 3 \"THE DEPOSIT\": LEADING AND DEVELOPING COLLEAGUES (20 credits). Search Room Days 6 "
       "to 8. Production 3.")
item("ED/SNC/4/1", "Search Room Day 6: Custody", "Thursday, week 23",
     "Working with the head, senior leaders and governors on an inclusive ethos, SEN policy, priorities and "
     "the use of resources; gaining colleagues' commitment; coaching, mentoring, modelling and observation "
     "with feedback; planning training for staff; provision management.", "Open")
item("ED/SNC/4/2", "Search Room Day 7: Provenance", "Thursday, week 26",
     "Research and evidence: reading research critically, small-scale enquiry in school, and using the "
     "advice of external specialists to improve one's own practice and colleagues'.", "Open")
item("ED/SNC/4/3", "Search Room Day 8: Appraisal", "Thursday, week 29",
     "Reviewing provision with colleagues; the principles of school self-evaluation and improvement for "
     "pupils with SEN; the SENCO's own time, priorities and delegation; keeping up to date and planning "
     "one's own professional development. Closing session.", "Open")
item("ED/SNC/4/4", "Production 3: The Deposit", "Due week 32",
     "A portfolio showing the Reader leading a change in colleagues' practice: a staff development session "
     "led by the Reader and observed by the Keyholder, with the Keyholder's written feedback; a record of "
     "coaching a colleague in formative assessment for pupils with SEN; a review, with parents, of how the "
     "school communicates with families; and a 3,000-word reflective commentary relating the change to "
     "published research.", "Open")

series("ED/SNC/5  QUALITY RECORDS. How the programme is marked, checked and evaluated.")
item("ED/SNC/5/1", "Marking and moderation", "Each Production",
     "Each Production is marked by the Archivist who taught the unit against the University's Level 7 "
     "criteria; a second marker from the University blind-marks every fail and a 20 per cent sample, and "
     "the two Archivists meet the University's module leader each term to agree marks. The University's "
     "external examiner sees a sample from every unit and attends the exam board.", "Closed (staff only)")
item("ED/SNC/5/2", "Evaluation", "Each day; each unit; each year",
     "Readers complete an evaluation at the end of every Search Room Day and every unit; the Archivists "
     "observe one another teaching once a term; the external examiner reports each year; and the "
     "University's annual monitoring report, which draws on all of these, sets the actions for the next "
     "intake, which the Learning Team reports back to Readers in the Digital Search Room.", "Open")
item("ED/SNC/5/3", "Readers' confidence record", "Start and end",
     "Readers rate their confidence and competence against each outcome at the start (ED/SNC/1/2) and at "
     "the end of the course; the change is reported to the steering group.", "Open")
item("ED/SNC/5/4", "Staff", "Current",
     "The course is taught by two Archivists of the Learning Team: Rosalind Treharne, a SENCO for eleven "
     "years in two Marlshire schools, who holds an MA in Special and Inclusive Education and the "
     "Certificate in Specific Learning Difficulties; and Dr Joseph Pengelly, formerly head of the County's "
     "learning support service, an Associate Lecturer of the University. Both attend the County SENCO "
     "network termly and the University's SEN research seminar. Specialist sessions are given by the "
     "County's educational psychologists, speech and language therapists and Parent Partnership officers.",
     "Open")
item("ED/SNC/5/5", "Keyholders", "Each intake",
     "Each Reader's Keyholder, usually the head or a deputy, receives a copy of this catalogue and a letter "
     "explaining that they will observe the staff development session in Production 3 and the "
     "presentation in Production 2.", "Open")
item("ED/SNC/5/6", "Award", "End of course",
     "The award is conferred by the University on Readers who pass all three Productions at 50 per cent or "
     "above.", "Open")

series("ED/SNC/6  OUTCOMES. The national outcomes, one item each, with where each is read and produced. "
       "Access status as defined at 3.4.1.")
O = [
    ("1", "Respectful relationships", "Building fair, respectful and constructive relationships with pupils "
     "with SEN and their families. Read at Day 3; produced in Production 1.", "Open"),
    ("2", "Winning colleagues", "Gaining the commitment of colleagues, the head and senior leaders. Read at "
     "Day 6; produced in Production 2 (the presentation).", "Open"),
    ("3", "Time and delegation", "Prioritising, managing one's time and delegating. Read at Day 8.",
     "Open (reading only)"),
    ("4", "Judgement", "Anticipating problems and making sound, well-founded decisions on provision. Read at "
     "Day 5; produced in Production 2.", "Open"),
    ("5", "Speaking, writing, listening", "Expressing oneself clearly to colleagues and families and "
     "listening to their views. Read at Day 3; produced in Production 3 (the led session).", "Open"),
    ("6", "Using evidence", "Drawing on research and external advice to improve one's own and colleagues' "
     "practice. Read at Day 7; produced in Production 1.", "Open"),
    ("7", "Own development", "Keeping up to date and taking responsibility for one's own professional "
     "development in SEN and disability. Read at Day 8.", "Open (reading only)"),
    ("8", "The Code and the law", "SEN law and guidance, including the Code of Practice, and putting it into "
     "practice. Read at Day 1; produced in Production 1.", "Open"),
    ("9", "Every Child Matters", "The five outcomes and the SENCO's part in them. Read at Day 1; produced in "
     "Production 1.", "Open"),
    ("10", "Disability equality", "Disability equality law and what it requires of a school. Read at Day 1; "
     "produced in Production 2 (the accessibility plan review).", "Open"),
    ("11", "Child development", "How children develop. See 3.3.2.", "Weeded"),
    ("12", "Kinds of need", "BESD, SpLD including dyslexia, SLCN, ASD and MLD and their effect on learning. "
     "Read at Day 2; produced in Production 1.", "Open"),
    ("13", "Teaching approaches", "A critical view of approaches, strategies and resources, including ICT, "
     "for assessing, planning and teaching. Read at Day 5; produced in Production 1.", "Open"),
    ("14", "School self-evaluation", "Principles of school self-evaluation and improvement for pupils with "
     "SEN. Read at Day 8. (The Record Office also assesses its own learning service each year against the "
     "national archives' self-assessment standard, and Readers are shown the result.)", "Open (reading only)"),
    ("15", "Research and best practice", "What research shows works for pupils with SEN. Read at Day 7; "
     "produced in Production 3 (the commentary).", "Open"),
    ("16", "Other services", "The scope and role of other agencies and how to get specialist support and "
     "resources. Read at Day 4; produced in Production 1.", "Open"),
    ("17", "Strategy and ethos", "With the head and governors, shaping an inclusive ethos, policy, priorities "
     "and resources. Read at Day 6; produced in Production 2.", "Open"),
    ("18", "Identify, target, plan, review", "Identifying pupils who may have SEN, setting challenging targets, "
     "planning interventions and reviewing progress. Read at Day 5; produced in Production 1.", "Open"),
    ("19", "Other professionals' assessments", "Using assessments by other professionals to shape teaching. "
     "Read at Day 4; produced in Production 1.", "Open"),
    ("20", "Tracking with data", "Using summative assessment, including national tests, to track progress and "
     "adjust programmes. Read at Day 5.", "Open (reading only)"),
    ("21", "Formative assessment", "Helping colleagues develop assessment for learning for pupils with SEN. "
     "Read at Day 5; produced in Production 3 (the coaching record).", "Open"),
    ("22", "Provision mapping", "Mapping and managing provision and finding what is ineffective or missing. "
     "Read at Day 6; produced in Production 2.", "Open"),
    ("23", "Deploying staff", "Deploying and managing teaching assistants and other staff. Produced in "
     "Production 2 (the deployment plan).", "Production only"),
    ("24", "Developing colleagues", "Observation and feedback, modelling, coaching, mentoring and training. "
     "Read at Day 6; produced in Production 3.", "Open"),
    ("25", "Reviewing provision", "Reviewing the effectiveness of provision with colleagues to inform the "
     "school's self-evaluation. Read at Day 8; produced in Production 2.", "Open"),
    ("26", "Pupils in planning", "Pupils taking part in planning, agreeing and reviewing their own "
     "provision. Read at Day 3.", "Open (reading only)"),
    ("27", "Parents and carers", "Working with parents and carers. Read at Day 3; produced in Production 3 "
     "(the review with parents).", "Open"),
    ("28", "Partnership", "Working with other services, agencies and voluntary organisations. Read at Day 4; "
     "produced in Production 1.", "Open"),
]
for n, ti, de, ac in O:
    item("ED/SNC/6/" + n, ti, "", de, ac)

t = table(d, rows, widths=[2.4, 3.2, 2.0, 7.4, 2.2], size=9)
for i in S:
    merged_row(t, i, rows[i][0], fill="DDE4EE", size=9)

# ---------------------------------------------------------------- comments
# comment on 3.3.3 and on ED/SNC/5/5
for p in d.paragraphs:
    pass
for tb in d.tables:
    for row in tb.rows:
        for cell in row.cells:
            txt = cell.text
            if txt.startswith("The collection is open and will grow"):
                d.add_comment(cell.paragraphs[0].runs, text="Could we say the heads' group will sit on an "
                              "evaluation panel each July? I think Maureen agreed. JP", author="J. Pengelly",
                              initials="JP")
            if txt.startswith("Each Reader's Keyholder, usually"):
                d.add_comment(cell.paragraphs[0].runs, text="Are we running the Keyholders' briefing evening "
                              "in December or not? RT", author="R. Treharne", initials="RT")

para(d, "")
para(d, "End of catalogue print. 6 series, 49 items.", italic=True, size=9)
d.save(OUT)
print("wrote", OUT)
