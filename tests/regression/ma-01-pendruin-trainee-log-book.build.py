"""ma-01-pendruin-trainee-log-book

Provider (invented): Pendruin Diving School Ltd, Carrack Wharf, Polwenna, a commercial diving school
(HSE-approved inshore Surface Supplied and offshore Closed Bell courses) whose Education Division has run
"Open Water for All", adapted diving for children with SEN and disabilities, since 1996. It applies to run the
National Award for SEN Coordination, validated by the (invented) University of Trevallon.

Document kind and layout: the course sent in the form the school uses for every trainee, a TRAINEE'S LOG
BOOK. No heading styles: titles are bold, capitalised, shaded Normal paragraphs ("PART A - ENTRY AND
CHECKS"). The course is written in the log book's own vocabulary: ten study days are "Dives", the weeks
between them "Surface Intervals", contact hours "Bottom time", tutors "Supervisors", the school-based mentor
the "Standby Diver", the needs assessment the "Pre-Dive Check", the individual plan the "Dive Plan", the
school change project the "Working Dive", assessed assignments "Task Sheets" TS1-TS4, the outcome map the
"Competence Record" (Part D). A cover form with placeholders; fourteen numbered "Notes for the holder" whose
Note 8 is the key to Part D's "Signed off" column, far above the table ("TS1" to "TS4" = marked; "Sup. note" =
a Supervisor's comment, not marked, not counted; a dash = not logged); Part A a form table; each Dive a
two-column table with a merged, shaded title row; Part D a table with merged, shaded group rows; header and
footer; a VML text box; three Word comments; tracked changes (a whole deleted paragraph, a change inside a
Part D cell, a whole inserted paragraph).

Traps (requirement ids):
- Footer: "All holders are CRB checked by the School before Dive 1" (never evidence). Part A row A4 says the
  headteacher confirms a disclosure is held and "The School does not see or record the disclosure", with no
  other background check (5.3 partially_met). A comment asking whether to see certificates is not evidence.
- The "Bounce Dive" assessment-only route exists only as a whole deleted paragraph; a comment explains (2.3
  not_met).
- Dive 10: setting next objectives "is a matter for you and your headteacher ... the School takes no part in
  it" (2.5 not_met: someone else's responsibility, explicitly not done).
- Stakeholders in evaluation only hoped for ("We would like headteachers and local authority officers to join
  ...", "hope") (4.3 not_met). The survey and the changes it caused are real (4.1, 4.2 met).
- Dive 6 teaches why pupils' views matter and has holders hand out a questionnaire: collecting views, not
  developing consulting skills (1.5 partially_met); a comment proposing interview practice is not evidence;
  Part D line for pupils' involvement is "Sup. note" (6.S7 partially_met).
- Research only in general terms ("the latest research", reading list refreshed) (1.3 partially_met), while
  holders' own critique of two studies in TS2 is assessed (6.K8, 6.A6 met).
- Topside (Moodle) is used, so 3.3 applies; peer forum exists but "Supervisors do not answer questions on
  Topside between Dives" (3.3 partially_met). Flexible intakes and order are real (3.2 met).
- Reasonable adjustments are only in the text box "NEED SOMETHING DIFFERENT?" (3.1 met: text boxes are part
  of the document).
- Placements: "There are no placements"; the weekly pool placements are for partner schools' pupils, not for
  holders (wrong context). Guest specialists are real (5.5 partially_met).
- Standby Divers get the log book and a leaflet; "We trust their experience" (5.7 partially_met; Supervisors'
  induction is real).
- Impact: confidence/competence re-scored at Dive 10, pupils' achievement only hoped for (5.9 partially_met).
- Award rule: Task Sheets passed "and the Log is complete" - completion, not all outcomes shown (6.0
  partially_met); Note 3's blanket claim that every national outcome is a line of Part D is false: child
  development has no line and no dive (6.K4 not_met); the "2d" line is dashes ("Not logged in this issue")
  (6.S2d not_met). Some outcomes assessed only by "Sup. note" (6.A3, 6.A7, 6.S2b via a tracked change in a
  cell replacing "TS2", 6.S7 partially_met); school self-evaluation is assessed in TS4 but taught at no dive
  (6.K7 partially_met); not every outcome rigorously assessed (1.9 partially_met).
- Commercial diving staff and HSE approval are the right words about the wrong thing: "Our HSE diving
  instructors take no part in the Award" (5.4 judged on the Supervisors' table: met).
- A whole inserted paragraph adds the external examiner (5.8 met with it).
"""
import json
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _ma_helpers import *  # noqa

OUT = Path(__file__).with_name("ma-01-pendruin-trainee-log-book.docx")
d = new_doc("Arial", 10)
header_footer(d, "Pendruin Diving School Ltd  |  Trainee's Log Book, Series S, Issue 3  |  Education Division",
              "All holders are CRB checked by the School before Dive 1.   Keep this log book dry and bring it to every Dive.")

AUTH1, AUTH2 = "Jenna Trebilcock", "Morwenna Treloar"
DATE1, DATE2 = "2008-12-03T10:12:00Z", "2008-12-09T16:40:00Z"


def title(text, fill="1F3864"):
    p = d.add_paragraph()
    r = p.add_run(text.upper())
    r.bold = True
    r.font.color.rgb = RGBColor.from_string("FFFFFF")
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
    return p


def sub(text):
    return para(d, text, bold=True)


# ---------------------------------------------------------------- cover
para(d, "PENDRUIN DIVING SCHOOL LTD", bold=True, size=16, align="center")
para(d, "Education Division  ·  Carrack Wharf  ·  Polwenna", align="center")
para(d, "TRAINEE'S LOG BOOK", bold=True, size=22, align="center")
para(d, "National Award for Special Educational Needs Coordination", bold=True, size=13, align="center")
para(d, "Log Book Series S  ·  Issue 3  ·  for the 2009-10 intakes", italic=True, align="center")
para(d, "")
cov = table(d, [
    ["Holder's name", "[to be completed by holder]"],
    ["School and local authority", "[to be completed by holder]"],
    ["Log book number", "S/09/___"],
    ["Supervisor", "[allocated at the Pre-Dive Check]"],
    ["Standby Diver (in school)", "[name and post]"],
    ["Intake", "September 2009 / January 2010 (delete one)"],
], header=False, widths=[5, 11])
for row in cov.rows:
    shade(row.cells[0], "DEEAF6")
para(d, "")
para(d, "This is the log book every holder of our SEN Coordination Award carries from the Pre-Dive Check to the "
        "last Dive. We send an unused copy of Issue 3, with the Competence Record and our notes on the Dive Team, "
        "to the Training and Development Agency for Schools as our application for approval to run the National "
        "Award. Nothing has been written for the panel that a holder would not also read.", italic=True)

# ---------------------------------------------------------------- about
title("About Pendruin and this log book")
para(d, "Pendruin has trained commercial divers at Carrack Wharf since 1978. We are approved by the Health and "
        "Safety Executive to run inshore Surface Supplied and offshore Closed Bell courses, and our divers work "
        "on harbour walls, fish farms and North Sea platforms. Since 1996 the Education Division has run Open "
        "Water for All, adapted diving and water confidence for children and young people with special "
        "educational needs and disabilities, with sixty-four schools in Cornwall and Plymouth. The teachers who "
        "lead Open Water for All are former SENCOs and specialist teachers, and it is they, not our diving "
        "instructors, who run this Award.")
para(d, "In diving, nothing counts unless it is in the log and signed. We have kept that habit. Every Dive of "
        "this Award is logged, every Surface Interval task is recorded, and the Competence Record at Part D shows "
        "which line of the Award each Dive works on and how it is signed off.")
sub("The Award and its accreditation")
para(d, "The Award is validated by the University of Trevallon, School of Education, as the Postgraduate "
        "Certificate in Special Educational Needs Coordination: 60 credits at Master's level (level 7), approved "
        "at the University's validation event on 14 November 2008. Holders who complete it receive the "
        "University's Postgraduate Certificate together with the National Award for SEN Coordination. Holders "
        "are registered students of the University from Dive 1 and have its library and student services.")
sub("What the Award is for")
para(d, "Every Dive in this book has one purpose: better achievement and well-being for the children and young "
        "people with SEN and/or disabilities in the holder's own school. By achievement we mean all five Every "
        "Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive "
        "contribution and achieving economic well-being), not only attainment. The Award's aims are that each "
        "holder:")
for t in ["leads provision that raises the achievement and improves the well-being of pupils with SEN and/or "
          "disabilities in all five outcomes;",
          "knows the law, guidance and research that bear on that provision and uses them;",
          "works with pupils, parents and carers, colleagues and other services so that provision is planned "
          "together; and",
          "shows, through the Working Dive, a measured difference for named pupils in the holder's school."]:
    para(d, "-  " + t)
para(d, "Each Task Sheet asks the holder to show what changed for pupils, and the marking criteria give the "
        "largest weighting to that evidence. Our reading list is refreshed every summer so that the Dives keep up "
        "with new thinking.")

# ---------------------------------------------------------------- notes
title("Notes for the holder")
notes = [
    "Keep this log book with you at every Dive and in your school between Dives. It is your record, and the "
    "Assessors read it with your Task Sheets.",
    "A Dive is a study day at Carrack Wharf or at one of our two partner venues (the Trevallon campus and Tamar "
    "House, Plymouth). There are ten Dives over two or three terms. Bottom time is the contact time at a Dive: "
    "six hours.",
    "Part D, the Competence Record, gives each national outcome a line, in our words. Every national outcome is "
    "a line in Part D.",
    "A Surface Interval is the time between two Dives. Each has a Surface Interval task, done in your school, "
    "which you bring to the next Dive.",
    "Your Standby Diver is the colleague in your school, normally a senior leader, who agrees to support you "
    "between Dives, to read your Surface Interval tasks and to sign your Working Dive plan.",
    "The Working Dive is the change you lead in your school from Dive 1 to Dive 10: you choose it with your "
    "headteacher, take a baseline for the pupils it is meant to help, lead the change with colleagues, and "
    "measure what happened. It is written up as Task Sheet 4.",
    "Task Sheets are the four assessed pieces: TS1 Law and the SENCO (3,000 words); TS2 Critical review of "
    "approaches for a group of pupils, drawing on two research studies (3,500 words); TS3 Case study of work "
    "with a family (3,000 words); TS4 The Working Dive (5,000 words and a 15-minute presentation at Dive 10). "
    "Each is marked against the University's level 7 criteria.",
    "In Part D the column \"Signed off\" shows how each line is assessed. \"TS1\" to \"TS4\" means the line is "
    "assessed in that Task Sheet and marked by an Assessor. \"Sup. note\" means your Supervisor writes a comment "
    "in your log at the Dive; it carries no mark and does not count towards the Award. A dash means the line "
    "is not logged in this issue.",
    "The Award is made when Task Sheets 1 to 4 have each been passed and the Log is complete, with every Dive "
    "signed by the Supervisor.",
    "If you miss a Dive you make it up with the other intake. Dives 2 to 9 may be taken in any order and with "
    "either intake; only Dive 1 and Dive 10 are fixed. Holders may take the Award over two terms or over three.",
    "If you have a disability or any other need, see the box below and tell us on Part A.",
    "Topside is our Moodle site. Surface Interval tasks, Dive slides and readings are posted there, and each "
    "intake has its own forum where holders share tasks and help each other. Supervisors do not answer "
    "questions on Topside between Dives; holders bring questions to the next Dive.",
    "Fees: see Part B4.",
    "Lost log books are replaced once, free. Entries are copied from Topside and re-signed at the next Dive.",
]
for i, t in enumerate(notes, 1):
    para(d, f"{i}.  {t}")

text_box(d, [
    ("NEED SOMETHING DIFFERENT?", True),
    ("Tell us on Part A, line A5, or in confidence to the Admissions Officer, about a disability or any other need. "
     "Everything you tell us is kept confidential. We will make reasonable adjustments: this log book and all "
     "Dive materials in large print or electronic form; rest breaks; the ground-floor room at Carrack Wharf, "
     "which has a hearing loop and level access; a BSL interpreter booked for every Dive; extra time or another "
     "format for a Task Sheet, agreed with the University's Disability Service. Our leaflets and Topside pages "
     "are written to the RNIB clear print guidance, and no applicant is refused a place because of a disability.", False),
], height_pt=150, fill="FFF2CC")

# ---------------------------------------------------------------- part A
title("Part A - Entry and checks")
para(d, "Part A is completed before the Pre-Dive Check. The Admissions Officer keeps a copy.")
pa = table(d, [
    ["Line", "Check", "How it is done", "Done (date / initials)"],
    ["A1", "Qualified teacher status", "Holder gives DfES teacher number; the Admissions Officer checks it "
     "against the GTC register.", ""],
    ["A2", "Post", "Holder is the SENCO, or is to become the SENCO within twelve months; the headteacher's "
     "supporting statement says so and releases the holder for ten Dives.", ""],
    ["A3", "Entry conversation", "A 30-minute telephone conversation with a Supervisor against the entry "
     "profile (two years' teaching, some experience of pupils with SEN, access to the school's SEN data). "
     "Applicants who do not yet meet it are told what to do first, and the Supervisor agrees it with their "
     "headteacher; most join the next intake after a term as assistant SENCO.", ""],
    ["A4", "Enhanced CRB disclosure", "Headteacher confirms that the school holds a current enhanced CRB "
     "disclosure for the holder. The School does not see or record the disclosure.", ""],
    ["A5", "Disability and access needs", "Optional and confidential. See the box above.", ""],
    ["A6", "Previous Dives claimed", "See Part B3.", ""],
], widths=[1.2, 3.5, 9, 3])
c = pa.cell(4, 2).paragraphs[0].runs
comment(d, c, "Should we ask to see the certificates? Trevallon's PGCE office does. - JT", "Jenna Trebilcock", "JT")

# ---------------------------------------------------------------- part B
title("Part B - Pre-Dive Check, Dive Plan and fees")
sub("B1  The Pre-Dive Check")
para(d, "Before Dive 1 each holder rates himself or herself against every line of Part D on our four-point "
        "scale (1 new to me; 2 some experience; 3 confident; 4 could lead others), with a short example for any "
        "line rated 3 or 4. The Standby Diver adds a view on the same lines. The holder then meets the "
        "Supervisor for 45 minutes: together they test the ratings against the examples, and the Supervisor "
        "checks that knowledge rated 3 or 4 is current.")
sub("B2  The Dive Plan")
para(d, "From the Pre-Dive Check the Supervisor and holder agree the Dive Plan: the lines of Part D that need "
        "most work, the personal targets for the Award, which of the two elective afternoons to take at Dives 3 "
        "and 8, the reading to start with, and the first idea for the Working Dive. The Dive Plan is reviewed "
        "at Dive 5 and revised if it needs to be. A line rated 3 or 4 on entry still has to be shown in the Task "
        "Sheets, but the holder spends less Bottom time on it and more on the lines rated 1 and 2.")
dp = table(d, [
    ["Part D lines to work on most", "Personal targets", "Electives (Dive 3 / Dive 8)", "Reviewed at Dive 5"],
    ["", "", "", ""],
    ["", "", "", ""],
], widths=[4.5, 5, 4, 3])
sub("B3  Previous Dives (prior learning)")
para(d, "Holders with level 7 credit in SEN from the last five years may claim up to 20 credits, which "
        "exempts them from Task Sheet 1. Holders with substantial experience but no credit may claim the same "
        "by an experience portfolio, mapped to the lines of Part D, which the University's APEL panel assesses "
        "before Dive 2. A successful claim is logged here and in Part D.")
del_para(d, "Experienced SENCOs, and teachers from a local authority support service who already seem to meet "
            "every line of Part D, may go straight to assessment without the Dives: a portfolio, Task Sheets 2 and "
            "4, and a professional discussion with two Assessors covering all the lines. The fee is £650.",
         AUTH1, DATE1, bold_lead="B4  The Bounce Dive (assessment only).  ")
bounce = d.paragraphs[-1]
comment(d, [bounce.add_run(" ")], "Taken out: Trevallon will not validate an assessment-only route until 2010. - JT",
        "Jenna Trebilcock", "JT")
sub("B4  Fees and funding")
para(d, "The fee for the Award is £1,450, which includes University registration, ten Dives with lunch, "
        "Topside and all Dive materials; it works out at under £25 an hour of Bottom time. Cornwall and Plymouth "
        "each fund twelve places a year for their schools' SENCOs. Because the Dive Plan directs Bottom time to "
        "the lines each holder needs, and the electives let holders choose the afternoons that matter to their "
        "school, no holder spends a Dive on what he or she can already show. The Award carries 60 of the 180 "
        "credits of the University's MA in Inclusive Education, so it leads on to further study.")

# ---------------------------------------------------------------- part C
title("Part C - Log of Dives")
para(d, "Each Dive has a page. The Supervisor completes the top of the page before the Dive and signs the foot "
        "at the end of it. \"Lines\" refers to Part D.")

dives = [
    ("DIVE 1  Kitting up: the SENCO's job", "Carrack Wharf", "Morwenna Treloar",
     "The SENCO's role in a school and in the leadership team. Holders map how they spend a fortnight, sort "
     "their tasks by what only the SENCO can do and what can be delegated, and plan their time for the term. "
     "The Working Dive is introduced: holders choose a change that their headteacher agrees the school needs.",
     "Keep a two-week time log and draft the Working Dive plan; your Standby Diver signs it.",
     "3, 4"),
    ("DIVE 2  Charts and tide tables: law, guidance and policy", "Trevallon campus", "Alan Jory",
     "The SEN Code of Practice (2001) and the SEN and Disability Act 2001; the Disability Discrimination Act 1995 "
     "as amended in 2005, the Disability Equality Duty and schools' accessibility plans; Every Child Matters and "
     "the Children Act 2004; Removing Barriers to Achievement (2004); the 2008 regulations on the SENCO's role. "
     "Holders work through what each requires of the school and the SENCO, using cases from their own schools.",
     "Check your school's SEN policy and accessibility plan against the law. Start TS1.",
     "8, 9, 10"),
    ("DIVE 3  Visibility: the common needs", "Carrack Wharf", "Dr Kit Pascoe",
     "Behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; "
     "speech, language and communication needs; autistic spectrum disorders; moderate learning difficulties. "
     "For each, how it can affect a child's learning and what it looks like in a classroom. Elective afternoon: "
     "sensory impairment, or physical disability and medical needs.",
     "Pick three pupils with different needs and note the barriers each meets in one school day.",
     "11"),
    ("DIVE 4  Reading the water: identifying needs and setting targets", "Tamar House", "Dr Kit Pascoe",
     "Identifying pupils who may have SEN from observation, data and assessment; setting challenging targets; "
     "planning interventions that remove barriers; reviewing progress. Using reports from educational "
     "psychologists, speech and language therapists and specialist teachers to shape teaching. Tracking pupils' "
     "progress with summative results including national tests. Helping teachers build formative assessment "
     "for pupils with SEN. Approaches, strategies and resources for assessment and teaching, including ICT "
     "(the assistive technology room).",
     "Run a target-setting review for one pupil with the class teacher and bring the notes.",
     "12, 17, 18, 19, 20"),
    ("DIVE 5  Working the team: colleagues, leaders and staff", "Carrack Wharf", "Morwenna Treloar",
     "Winning the headteacher's and senior leaders' commitment; advising governors and senior colleagues on an "
     "inclusive ethos, policy and the use of resources; deploying and managing teaching assistants; observing "
     "lessons and giving feedback, coaching, modelling and running training; working with colleagues in other "
     "schools through cluster SENCO networks. The Dive Plan is reviewed.",
     "Observe a colleague teaching a pupil with SEN, give feedback, and log what you did.",
     "2, 16, 23, 24"),
    ("DIVE 6  Voices from the water: pupils", "Carrack Wharf", "Morwenna Treloar",
     "Why the views of pupils with SEN matter; chapter 3 of the Code of Practice on pupil participation; "
     "examples from the young divers' council of Open Water for All.",
     "Give the Pendruin pupil questionnaire to five pupils and bring the returns to Dive 7.",
     "26"),
    ("DIVE 7  Topside: parents and carers", "Tamar House", "Alan Jory",
     "Building fair and respectful relationships with pupils and their families; advising and supporting "
     "parents and carers; running review meetings that parents take part in as partners; the Parent "
     "Partnership Service. Holders role-play a difficult meeting and are given feedback by a parent from "
     "Cornwall Parent Partnership.",
     "Plan and hold one meeting with a family; this becomes TS3.",
     "1, 5, 27"),
    ("DIVE 8  Provision mapping and judging what works", "Carrack Wharf", "Dr Kit Pascoe",
     "Provision maps and provision management; costing provision; spotting provision that is missing or not "
     "working; reviewing with colleagues how well provision is working; making decisions on provision and "
     "defending them. The Supervisor brings the latest research to each topic. Elective "
     "afternoon: nurture groups, or literacy interventions.",
     "Map the provision for one year group with your colleagues and mark what is not working.",
     "4, 6, 14, 22, 25"),
    ("DIVE 9  Other divers: services and agencies", "Trevallon campus", "Alan Jory",
     "What the educational psychology service, speech and language therapy, CAMHS, the sensory support service, "
     "social care and the voluntary sector (the Dyslexia Association, the National Autistic Society, Cornwall "
     "Parent Partnership) do, and how to get their help and resources. Guest speakers from four of them.",
     "Draw the map of services around one pupil and find the gaps.",
     "15, 28"),
    ("DIVE 10  Surfacing: the Working Dive", "Carrack Wharf", "All Supervisors",
     "Each holder presents the Working Dive to the intake, the Supervisors and the holder's Standby Diver, and "
     "answers questions. Holders re-score the Pre-Dive Check. The Log closes at Dive 10. Setting your next "
     "objectives is a matter for you and your headteacher at your performance management review; the School "
     "takes no part in it.",
     "Start a log of your own CPD on SEN for the next year.",
     "5, 7"),
]
for (ttl, site, sup, bottom, task, lines) in dives:
    t = d.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    merge(t, 0, 0, 0, 1, text=ttl, bold=True, fill="BDD7EE")
    rows = [("Site", site), ("Supervisor", sup), ("Bottom time", "6 hours"), ("On the bottom", bottom),
            ("Surface Interval task", task), ("Lines (Part D)", lines)]
    for i, (a, b) in enumerate(rows, 1):
        set_cell(t.cell(i, 0), a, bold=True, size=9)
        shade(t.cell(i, 0), "F2F2F2")
        set_cell(t.cell(i, 1), b, size=9)
    for row in t.rows:
        row.cells[0].width = Cm(4)
        row.cells[1].width = Cm(12.5)
    para(d, "Supervisor's signature: ____________________    Date: ________", italic=True, size=8)

p6 = [t for t in d.tables][-10 + 5]  # Dive 6 table
comment(d, p6.cell(4, 1).paragraphs[0].runs,
        "Could we add an afternoon practising interviews with pupils, using the young divers' council? - MT",
        "Morwenna Treloar", "MT")

sub("The Working Dive")
para(d, "The Working Dive is where the Award reaches practice. In the first Surface Interval each holder "
        "agrees with the headteacher a change the school needs (recent examples: a new provision map for Key "
        "Stage 2; a reading intervention run by teaching assistants; annual reviews led by pupils). The holder "
        "takes a baseline for the pupils the change is meant to help (reading ages, attendance, a well-being "
        "scale, whatever fits), leads the change with colleagues over two terms, and measures the same things "
        "again at the end. Task Sheet 4 reports the change, the evidence for it and what the holder would do "
        "differently, and the Dive 10 presentation is marked with it.")

# ---------------------------------------------------------------- part D
title("Part D - Competence Record")
para(d, "The lines are in our words. Read Note 8 for the \"Signed off\" column. Line 13 is not covered at any "
        "Dive; holders read the Ofsted guidance on the self-evaluation form for themselves and use it in TS4.")
D = [
    ("ATTRIBUTES", None),
    ("1", "Builds fair, respectful and supportive relationships with pupils with SEN and with their families", "7", "TS3"),
    ("2", "Wins the commitment of colleagues, the headteacher and senior leaders to better outcomes for pupils with SEN", "5", "TS4"),
    ("3", "Plans and prioritises the SENCO's work, manages time and delegates, checking that delegated work is done", "1", "Sup. note"),
    ("4", "Foresees and solves problems and makes sound decisions on provision", "1, 8", "TS2"),
    ("5", "Speaks and writes clearly; listens to and understands others' views", "7, 10", "TS4"),
    ("6", "Uses research and outside advice to improve own and colleagues' practice", "8", "TS2"),
    ("7", "Keeps up to date and takes charge of own CPD on SEN and disability", "10", "Sup. note"),
    ("KNOWLEDGE", None),
    ("8", "Knows the law and guidance on SEN, including the Code of Practice, what they mean for the school and how to carry them out", "2", "TS1"),
    ("9", "Knows the principles and outcomes of Every Child Matters and the SENCO's part in them", "2", "TS1"),
    ("10", "Knows the law on disability equality and what it requires the school to do", "2", "TS1"),
    ("11", "Knows the common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they affect learning", "3", "TS2"),
    ("12", "Judges critically the approaches, strategies and resources for assessment, planning and teaching, including ICT", "4", "TS2"),
    ("13", "Knows the principles of school self-evaluation and improvement as they bear on outcomes for pupils with SEN", "-", "TS4"),
    ("14", "Knows best practice and research in meeting SEN", "8", "TS2"),
    ("15", "Knows what outside agencies do and how to get specialist help and resources", "9", "TS3"),
    ("SKILLS", None),
    ("16", "With senior colleagues and governors, shapes an inclusive ethos, policies, priorities and the use of resources", "5", "TS4"),
    ("17", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress", "4", "TS2"),
    ("18", "Uses other professionals' assessments to shape teaching", "4", "TS3"),
    ("19", "Uses summative results, including national tests, to track progress and change programmes", "4", None),
    ("20", "Helps other teachers develop formative assessment with pupils with SEN in mind", "4", "TS4"),
    ("21", "Arranges in good time special arrangements for national tests and examinations", "-", "-"),
    ("22", "Uses provision mapping and management; finds provision that is missing or not working", "8", "TS4"),
    ("23", "Deploys and manages staff to support pupils with SEN", "5", "TS4"),
    ("24", "Supports colleagues' development: observation and feedback, modelling, coaching and mentoring, training", "5", "TS4"),
    ("25", "Reviews with other staff how well provision is working and feeds it into school improvement planning", "8", "TS4"),
    ("26", "Makes sure pupils with SEN take part in planning, agreeing and reviewing their own provision", "6", "Sup. note"),
    ("27", "Works with parents and carers to promote pupils' learning and development", "7", "TS3"),
    ("28", "Works in partnership with other services and agencies, including voluntary organisations", "9", "TS3"),
]
rows = [["Line", "What the holder can do", "Dive(s)", "Signed off", "Assessor"]]
for x in D:
    if x[1] is None:
        rows.append([x[0], "", "", "", ""])
    else:
        rows.append([x[0], x[1], x[2], x[3] or "", ""])
td = table(d, rows, widths=[1.2, 9.5, 1.8, 2.2, 1.8])
for i, x in enumerate(D, 1):
    if x[1] is None:
        merge(td, i, 0, i, 4, text=x[0], bold=True, fill="D9E2F3")
    if x[0] == "19":
        cp = td.cell(i, 3).paragraphs[0]
        del_run(cp, "TS2", AUTH2, DATE2)
        ins_run(cp, "Sup. note", AUTH2, DATE2)
    if x[0] == "21":
        set_cell(td.cell(i, 4), "Not logged in this issue", italic=True, size=8)

# ---------------------------------------------------------------- part E
title("Part E - The Dive Team and how we check ourselves")
para(d, "Part E is for holders, Standby Divers and headteachers. It says who runs the Award and how we know it "
        "is working.")
sub("E1  Supervisors and Assessors")
table(d, [
    ["Name", "Role on the Award", "Background and keeping up to date"],
    ["Morwenna Treloar", "Award Leader; Supervisor; Assessor",
     "SENCO in two Cornwall secondary schools for eleven years; MA Special Educational Needs (Exeter, 2001); "
     "Head of the Education Division since 2005; chairs the West Cornwall SENCO Forum."],
    ["Dr Kit Pascoe", "Supervisor; Assessor (0.4)",
     "Educational psychologist, Plymouth EP service 1994-2007; doctorate on reading interventions; still "
     "practises two days a week, so casework is current."],
    ["Alan Jory", "Supervisor; Assessor (0.4)",
     "Specialist teacher, sensory support service, for fourteen years; SENCO before that; Pendruin's lead on "
     "Open Water for All schools."],
    ["Sian Rowe", "Guest (Dives 3, 4, 9)", "Speech and language therapist, Royal Cornwall Hospitals NHS Trust."],
], widths=[3.2, 4, 9.3])
para(d, "Each Supervisor has at least five days of CPD on SEN a year, logged the way our divers log theirs, and "
        "the Award Leader checks the logs every July. Our HSE diving instructors take no part in the Award.")
sub("E2  Standby Divers and Supervisors' preparation")
para(d, "New Supervisors and Assessors spend a day with the Award Leader going through this log book, the Task "
        "Sheets and the marking criteria, and attend the University's briefing for assessors on its level 7 "
        "criteria before they mark. Standby Divers are sent this log book and a one-page leaflet before Dive 1. "
        "We trust their experience to know what is wanted.")
sub("E3  Marking and moderation")
para(d, "Each Task Sheet is marked by the holder's Supervisor against the University's level 7 criteria and "
        "second-marked in full by another Supervisor. Before each marking round the Assessors mark two scripts "
        "together to agree the standard. The University's link tutor moderates a sample of a fifth of the "
        "scripts and every fail, and the University's board of examiners confirms the results.")
ins_para(d, "The external examiner, Dr Helen Brooke of the University of Mid-Devon, reads a sample of every "
            "Task Sheet and the Dive 10 marks each year and reports to the board of examiners.", AUTH2, DATE2)
sub("E4  Evaluating the Award")
para(d, "Holders fill in a Dive Debrief sheet at the end of every Dive. The Supervisors meet after each Dive to "
        "read the sheets and change the next Dive if they need to. The University's annual monitoring report, "
        "the external examiner's report and the Dive Debrief summaries go to the Division's Review Board each "
        "summer, which agrees the changes for the next issue of the log book. After Issue 2 (the course we ran "
        "for SENCOs without accreditation in 2007-08) the Board moved the law Dive from sixth to second and "
        "added the electives, both because the Debrief sheets asked for it.")
sub("E5  Has it made a difference?")
para(d, "At Dive 10 holders re-score the Pre-Dive Check, and the Standby Diver re-scores too. We compare the "
        "two sets of ratings line by line to see how each holder's competence and confidence have changed, and "
        "report the results to the Review Board. We would like holders to collect measures of their pupils' "
        "progress as well, and hope to ask for this in a later issue.")
sub("E6  Schools and authorities")
para(d, "Before writing Issue 3 we surveyed the sixty-four Open Water for All schools and the SEN teams of "
        "Cornwall and Plymouth; 41 schools and both authorities replied. SENCOs said the hardest part of the job "
        "was managing teaching assistants and getting the head's backing, and the authorities asked for more on "
        "provision mapping. As a result Dive 5 was added and Dive 8 was doubled from a half day to a full day. "
        "Headteachers sign the Working Dive plan. We would like headteachers and local authority officers to "
        "join the Review Board from 2010, and hope that the Cornwall parents' forum might one day read the "
        "Dive Debrief summaries too.")
sub("E7  Specialists and placements")
para(d, "Holders hear from and question guest specialists at Dives 3, 4 and 9 (speech and language therapy, "
        "CAMHS, the sensory support service, the National Autistic Society and the Dyslexia Association), and "
        "Dr Pascoe offers each holder a half-hour consultation on a pupil. There are no placements: every Dive "
        "task is carried out in the holder's own school. Pupils with SEN from partner schools come on placement "
        "to our training pool every week for Open Water for All.")
sub("E8  Resources")
para(d, "Holders have the University of Trevallon library, including its online journals; Topside; the "
        "Division's assistive technology room at Carrack Wharf (switch access, Clicker 5, text-to-speech, "
        "communication aids), which holders may book between Dives; and the Division's lending collection of "
        "assessment materials and SEN texts, posted free to holders' schools.")

para(d, "")
para(d, "Log book Series S, Issue 3, approved by the Review Board, 9 December 2008.", italic=True, size=8)

d.save(OUT)
print("wrote", OUT)
