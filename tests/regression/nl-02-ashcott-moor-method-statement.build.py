"""nl-02-ashcott-moor-method-statement

Provider (invented): Ashcott Moor Tree School, the training arm of an arboricultural consultancy and tree-surgery
firm (climbing, felling, tree inspection courses) in the invented county of Brantcombe, running the National Award
for SEN Coordination with the (invented) University of Dunsmere from September 2009.

Document kind: an ARBORICULTURAL METHOD STATEMENT (AMS), written in the consultancy's own template for jobs near
protected trees (BS 5837:2005): a document-control (revision) table, numbered sections (Instruction and scope;
Site and constraints; Pre-commencement; Sequence of operations; Access and working arrangements; Supervision, Hold
Points and Watching Briefs; Monitoring and review; Responsibilities and contacts), a Definitions table, a "Permit
to Work" box, a Construction Exclusion Zone, and Appendix A, a landscape "Hold Point Schedule" of 29 numbered
Operations (the outcomes in the firm's own words, no national codes), and Appendix B, a Tree Protection Plan
drawing "to follow". The course is "the Works", teachers "Operatives", schools "Sites", heads "Site Managers",
mentors "Site Supervisors", tutors "Project Arboriculturists (PAs)", the external examiner the "Arboricultural
Clerk of Works (ACoW)", study-day blocks "Phases", marked tasks "Hold Points" HP1-HP4, unmarked supervised work a
"Watching Brief", release time the "RPA", the online area "the Canopy".

Layout: Word heading styles (Heading 1 / Heading 2) with typed numbers that collide with requirement ids ("2.3 How
the survey changed the Works", "3.1 Who may join", "3.3 Pre-commencement site meeting", "5.3 Access for all",
"6.3 Completion"); header and footer (BS references, company number, PAGE field); a revision table; a Definitions
table; a programme table with a row merged across all columns; a VML text box (PERMIT TO WORK); three footnotes;
three comments; tracked changes (an inserted whole section 3.5, a deleted sentence in 5.2, a deleted Appendix row,
a changed Sign-off cell: "HP3" deleted and "WB" inserted); placeholders ("[credits TBC]", "[Award regulations ...]",
"[name TBC]", "[Drawing TPP-01 to follow]"); Appendix A in a landscape section with merged, shaded group rows. The
key to Appendix A's Phase and Sign-off columns is given only in section 6.1, far above the table.

Traps (requirement ids):
- Credits left as a placeholder ("[credits TBC]"); a footnote says the Academic Board will set them -> E.2
  partially_met (Master's level stated).
- Aim is attainment only ("to raise the attainment ... measured in National Curriculum levels, P scales and
  reading ages") -> 1.1 partially_met, although Every Child Matters is taught and assessed (6.K2 met).
- Out-of-date sources: "The Works rest on the principles of the Warnock Report (1978) and the first Code of
  Practice (1994)"; PAs bring in "current thinking as they see fit" -> 1.3 partially_met.
- Parents and carers are in the Construction Exclusion Zone: left to the Parent Partnership Service (someone
  else's responsibility); Operation 27 has "-" in both columns -> 1.7 and 6.S8 not_met; Operation 1 covers pupils
  only ("Parents and carers: see Operation 27") -> 6.A1 partially_met.
- Needs assessment used for grouping only ("to form working groups for Phase 2") -> 2.2 partially_met.
- Assessment-only route ("Direct Inspection") exists only in a tracked INSERTION, which counts -> 2.3 met.
- After completion: "a matter for them and their Site Manager. The Works end at Final Inspection." -> 2.5
  not_met.
- Equality only a general compliance statement and step-free venues; a comment proposes adjustments (not part of
  the submission) -> 3.1 partially_met.
- The Canopy (e-learning) makes 3.3 apply: peers support each other, but "Project Arboriculturists do not take
  part in the forums"; the sentence promising PA replies is a tracked DELETION -> 3.3 partially_met.
- Placements and specialist expertise: the placement arrangement is given in a footnote (counts) -> 5.5 met.
- Resources negated: "The Works supply no teaching resources of their own" -> 5.6 not_met.
- CRB check in the PERMIT TO WORK text box (counts) -> 5.3 met.
- Mentors get only a posted handbook: "We do not hold briefing or training sessions for Site Supervisors"; a
  comment wonders about a briefing evening -> 5.7 partially_met.
- Moderation only future: the ACoW "[name TBC]" will moderate "once appointed"; a footnote says the University's
  examiner "has not yet agreed" -> 5.8 partially_met.
- Award rule is a placeholder ("[Award regulations to be inserted when received from the University of
  Dunsmere]") -> 6.0 not_met; outcomes under a Watching Brief or outside the Works -> 1.9 partially_met.
- Wrong thing: the Tree School's own Self-Assessment Report for Lantra is not school self-evaluation; the
  Appendix row for school self-evaluation (Operation 14) is a tracked DELETION -> 6.K7 not_met.
- Watching Brief only (developed, not assessed): disability equality (6.K3), gaining colleagues' commitment
  (6.A2), access arrangements (6.S2d), reviewing provision with colleagues (6.S6), deploying staff (6.S4, by the
  tracked change HP3 -> WB in its Sign-off cell) -> partially_met.
- Assessed but not developed: encouraging colleagues' formative assessment (Operation 21, Phase "-", Sign-off HP1)
  -> 6.S2c partially_met.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _nl_helpers import *  # noqa: E402,F403
from docx.shared import Pt, Cm  # noqa: E402
from docx.enum.section import WD_SECTION  # noqa: E402

OUT = Path(__file__).with_name("nl-02-ashcott-moor-method-statement.docx")
HB = "Helen Bracewell"
MF = "Marcus Fell"
GREY = "D9D9D9"
PALE = "EAF1DD"

doc = Document()
base_font(doc, "Calibri", 10.5)
for name, size in (("Heading 1", 13), ("Heading 2", 11)):
    st = doc.styles[name]
    st.font.name = "Calibri"
    st.font.size = Pt(size)
sec = doc.sections[0]
header_footer(sec, "Ashcott Moor Tree School  |  Arboricultural Method Statement AM/TDA/01  |  Rev C",
              "Ashcott Moor Tree School Ltd. Arboricultural consultancy, tree surgery and training to BS 3998:1989 "
              "and BS 5837:2005.")
fn = Footnotes(doc)


def h1(text):
    return doc.add_heading(text, level=1)


def h2(text):
    return doc.add_heading(text, level=2)


def para(text, **kw):
    return add_par(doc, text, **kw)


def dash(text):
    return add_par(doc, "\u2013 " + text)


# ------------------------------------------------------------------ title block
para("ASHCOTT MOOR TREE SCHOOL", bold=True, size=16, align="center")
para("Arboricultural Consultancy  ·  Tree Surgery  ·  Climbing, Felling and Inspection Training", italic=True,
     align="center")
para("ARBORICULTURAL METHOD STATEMENT", bold=True, size=20, align="center")
para("The Works: National Award for SEN Coordination, 2009-10", bold=True, size=12, align="center")
t = doc.add_table(rows=5, cols=2)
t.style = "Table Grid"
for row, (a, b) in zip(t.rows, [
    ("Client", "Training and Development Agency for Schools (application for approval)"),
    ("Site(s)", "Schools of Brantcombe County Council and neighbouring authorities"),
    ("Prepared by", "Helen Bracewell, Programme Lead, for Ashcott Moor Tree School"),
    ("Our reference", "AM/TDA/01"),
    ("Validating university", "University of Dunsmere, Faculty of Education"),
]):
    cell_text(row.cells[0], a, bold=True, fill=PALE)
    cell_text(row.cells[1], b)
set_col_widths(t, [4.5, 11.5])
para("")
para("Document control", bold=True)
t = doc.add_table(rows=4, cols=5)
t.style = "Table Grid"
rev = [("Rev", "Date", "Details", "By", "Checked"),
       ("A", "14.10.08", "First issue, for the University of Dunsmere", "HB", "MF"),
       ("B", "18.11.08", "Revised after the SENCO Forum survey and heads' interviews", "HB", "MF"),
       ("C", "09.12.08", "Issued to the TDA with the application", "HB", "OT")]
for row, vals in zip(t.rows, rev):
    for c, v in zip(row.cells, vals):
        cell_text(c, v, bold=(row is t.rows[0]), fill=(GREY if row is t.rows[0] else None), size=9)
set_col_widths(t, [1.2, 2.2, 8.6, 1.5, 2])

# ------------------------------------------------------------------ 1.0
h1("1.0  INSTRUCTION AND SCOPE")
h2("1.1  Instruction")
para("Ashcott Moor Tree School is the training arm of Ashcott Moor Arboricultural Consultancy. For every job near "
     "protected trees the consultancy writes a method statement: what will be done, in what order, who is "
     "responsible, where work must stop until it has been checked, and how the trees are protected throughout. "
     "Since 2007 the Tree School has also trained teachers, and the SENCOs on our pilot told us that the method "
     "statement made sense of their year. We have therefore set out the Award in the same form. Where we use a "
     "tree-work word for something in the Award, the Definitions at 1.3 say what we mean.")
h2("1.2  Scope")
para("This statement covers the whole of the Works for the cohorts starting in September 2009 and January 2010: "
     "recruitment, pre-commencement checks, the five Phases of study days, the work Operatives do in their own "
     "schools, the Hold Points, supervision, and how the Works are monitored and reviewed.")
h2("1.3  Definitions")
t = doc.add_table(rows=12, cols=2)
t.style = "Table Grid"
defs = [("Term", "Meaning in this statement"),
        ("the Works", "The National Award for SEN Coordination as run by Ashcott Moor Tree School."),
        ("Operative", "A teacher taking the Works."),
        ("Site", "The Operative's own school."),
        ("Site Manager", "The Operative's headteacher."),
        ("Site Supervisor", "The Operative's school-based mentor: an experienced colleague in the Operative's "
                            "school or a nearby one, named by the Site Manager."),
        ("Project Arboriculturist (PA)", "A tutor on the Works."),
        ("Arboricultural Clerk of Works (ACoW)", "The external examiner appointed by the University."),
        ("Phase", "One of the five blocks of study days."),
        ("Hold Point", "A marked task. Work beyond a Hold Point may not go ahead until a PA has signed it off. "
                       "Watching Briefs: see 6.1."),
        ("RPA", "Root Protection Area: the protected time the Site Manager gives the Operative."),
        ("the Canopy", "The Works' online area on the University of Dunsmere's Moodle."),
        ]
for row, (a, b) in zip(t.rows, defs):
    cell_text(row.cells[0], a, bold=True, fill=(GREY if row is t.rows[0] else PALE))
    cell_text(row.cells[1], b, bold=(row is t.rows[0]), fill=(GREY if row is t.rows[0] else None))
set_col_widths(t, [5, 11])
h2("1.4  Accreditation")
p = para("The Works are validated by the University of Dunsmere, Faculty of Education, as the Postgraduate "
         "Certificate in SEN Coordination (National Award), at Master's level. The University awards the credit. "
         "Credit value: [credits TBC].")
fn.add(p, "The University's Academic Board meets on 18 February 2009 to confirm the credit value.")

# ------------------------------------------------------------------ 2.0
h1("2.0  THE SITE AND ITS CONSTRAINTS")
h2("2.1  The Sites")
para("Brantcombe has 212 schools, most of them small and rural. About a third of its SENCOs have been in post for "
     "less than three years, and many teach full time as well. Travel is slow and supply cover hard to find, which is "
     "the first constraint on the Works.")
h2("2.2  What the stakeholders told us")
para("In June 2008 we surveyed the Brantcombe SENCO Forum (41 of its 63 members replied), interviewed twelve heads by "
     "telephone, and met the County's SEN Adviser and Principal Educational Psychologist. They told us four things. "
     "Release is hard, so study days must also run on Saturdays. SENCOs new to the role struggle most with provision "
     "mapping and with using data. Pupils rarely take any real part in planning or reviewing their own support. And "
     "heads want the Award to leave behind a change the school can see.")
h2("2.3  How the survey changed the Works")
para("Every study day is now repeated on a Saturday (5.1). Phase 2, Survey, has three study days instead of the "
     "pilot's two, and starts with provision mapping. Phase 4, Listening to the Tree, was added for 2009 so that "
     "Operatives learn how to involve pupils in their own support. Hold Point 3 must be a change the Site Manager "
     "signs up to before it starts. Rev B of this statement records these changes.")
h2("2.4  Aim of the Works")
para("The Works have one aim: to raise the attainment of pupils with SEN and/or disabilities in Brantcombe's schools, "
     "measured in National Curriculum levels, P scales and reading ages, by making their SENCOs better at the job.")
h2("2.5  Reading")
para("The Works rest on the principles of the Warnock Report (1978) and the first Code of Practice (1994), which "
     "every PA knows well; PAs bring in current thinking as they see fit.")

# ------------------------------------------------------------------ 3.0
h1("3.0  PRE-COMMENCEMENT")
h2("3.1  Who may join")
para("Operatives must be qualified teachers with at least two years' teaching, in post as SENCO or named by their "
     "Site Manager to become SENCO within a year. The Site Manager nominates them on the Nomination Form. Before a "
     "place is offered, the Programme Lead speaks to each nominee by telephone to check that they have the knowledge "
     "and experience to start at Master's level and to meet the Operations by the end. A nominee who is not ready is "
     "pointed to the County's Introduction to SEN course, and we write to the Site Manager saying what they need to "
     "do first.")
h2("3.2  Permit to Work")
para("No Operative starts work until the Programme Lead has issued a Permit to Work. The conditions are set out in "
     "the box below, which is printed on the back of the Nomination Form.")
text_box(doc, [
    ("PERMIT TO WORK", True),
    ("A Permit is issued only when:", False),
    ("(a) the Site Manager has written on the Nomination Form the number and date of the Operative's enhanced CRB "
     "disclosure, and confirmed that the Operative is not barred from work with children (List 99) and has no "
     "outstanding disciplinary matter;", False),
    ("(b) an Operative who has not worked in a school in the last three months has applied for a new enhanced "
     "disclosure through the Tree School as registered body, and it has come back clear;", False),
    ("(c) the Site Manager has agreed the Operative's RPA: twelve half-days of protected time across the year.",
     False),
], height_pt=195)
h2("3.3  Pre-commencement site meeting")
para("Before Phase 1 each Operative completes the Site Condition Survey, rating themselves from 1 to 4 against the "
     "Operations in Appendix A, and brings it to a Pre-commencement Meeting with a PA and the other Operatives in "
     "their group. The PA uses the surveys to form working groups for Phase 2 and to decide which Operations need "
     "most time on study days.")
h2("3.4  Recognition of earlier work")
para("An Operative may claim credit for earlier certificated study at Master's level, up to 20 credits under the "
     "University of Dunsmere's Recognition of Prior Learning rules, or for experience, shown in a portfolio mapped "
     "against the Operations in Appendix A and assessed by two PAs. Credit is recorded against named Operations, and "
     "the Hold Point tasks for those Operations are reduced to match.")
inserted_paragraph(doc, "In exceptional circumstances an experienced SENCO, or a teacher from the County's SEN "
                   "support services, who already seems to meet the Operations may go straight to inspection without "
                   "attending the Phases. The Programme Lead decides from a portfolio and an interview whether the "
                   "route is right. The candidate then completes all four Hold Points, marked in the same way as "
                   "everyone else's. The fee is £450.", HB, "2008-12-08T11:20:00Z", bold_lead="3.5  Direct Inspection. ")

# ------------------------------------------------------------------ 4.0
h1("4.0  SEQUENCE OF OPERATIONS")
h2("4.1  Programme")
para("Thirteen study days in five Phases, each day 9.15 to 3.45. The numbers in the fourth column are the "
     "Operations of Appendix A worked on in that Phase.")
t = doc.add_table(rows=7, cols=5)
t.style = "Table Grid"
prog = [("Phase", "Name", "Days", "Operations", "Ends with"),
        ("1", "Establishment", "2", "8, 9, 10", "-"),
        ("2", "Survey", "3", "18, 19, 20, 23", "HP1 Site Appraisal"),
        ("3", "Crown Works", "3", "4, 11, 12, 13, 22", "Placement days"),
        ("4", "Listening to the Tree", "2", "1, 4, 16, 28, 29", "HP2 Tree Condition Report"),
        ("5", "Canopy Management", "3", "2, 3, 5, 6, 7, 15, 17, 24, 25, 26",
         "HP3 Canopy Management Proposal; HP4 Final Inspection")]
for row, vals in zip(t.rows, prog):
    for c, v in zip(row.cells, vals):
        cell_text(c, v, bold=(row is t.rows[0]), fill=(GREY if row is t.rows[0] else None))
m = t.rows[6].cells[0].merge(t.rows[6].cells[4])
cell_text(m, "September starters take the Phases from September to July. January starters take Phase 1 in January "
             "and February and then join the Phases in the order their PA agrees (5.1).", italic=True, fill=PALE)
set_col_widths(t, [1.3, 4, 1.3, 4.5, 5])
h2("4.2  Phase 1: Establishment")
para("The ground the Works stand on: the Education Act 1996, the Special Educational Needs and Disability Act 2001 "
     "and the SEN Code of Practice (2001), what they require of schools, local authorities and SENCOs, and how to "
     "put them into practice in a school; government policy in Removing Barriers to Achievement (2004); the "
     "principles and five outcomes of Every Child Matters and the Children Act 2004, and the SENCO's part in them; "
     "the Disability Discrimination Act 1995 as amended in 2005 and the Disability Equality Duty, and what schools "
     "must do.")
h2("4.3  Phase 2: Survey")
para("Surveying the Site before any cutting. Provision mapping: setting out what the school provides, for whom and "
     "at what cost, and finding what is not working or missing. Identifying pupils who may have SEN and/or "
     "disabilities from observation, data and assessment; setting challenging targets; planning interventions; "
     "reviewing progress. Using the assessments of educational psychologists, therapists and specialist teachers to "
     "shape teaching. Using summative results, including national tests, teacher assessment and P scales, to track "
     "pupils and change programmes that are not working. Ends with Hold Point 1.")
h2("4.4  Phase 3: Crown Works")
para("How children develop, and how their development is affected by SEN, disability and the physical and social "
     "environment. The common types of SEN and disability (behavioural, emotional and social difficulties, specific "
     "learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum "
     "disorders and moderate learning difficulties) and how each can affect learning. Approaches, strategies and "
     "resources for assessment, planning, teaching and learning, including ICT, weighed critically. Special "
     "arrangements for national tests and examinations: who needs them, the deadlines, and making them normal "
     "practice in class. Making sound decisions on provision when the evidence is mixed. The placement days fall in "
     "this Phase or the next (5.4).")
h2("4.5  Phase 4: Listening to the Tree")
para("Finding out what pupils think and involving them in planning, agreeing and reviewing their own support: "
     "talking mats, pupil interviews, person-centred reviews, and questionnaires for pupils who read. Building fair, "
     "respectful and supportive relationships with pupils. What the outside agencies do (educational psychology, "
     "speech and language therapy, CAMHS, sensory support, social care and voluntary organisations), how to get "
     "specialist support and resources, and how to work in partnership with them. Anticipating problems in a "
     "pupil's support and resolving them. Ends with Hold Point 2.")
h2("4.6  Phase 5: Canopy Management")
para("Leading the crew. Working with senior leaders and governors on the school's inclusive ethos, policies, "
     "priorities and use of resources. Winning over colleagues, the head and senior leaders. Deploying and managing "
     "teaching assistants and other staff. Supporting colleagues' development by observation and feedback, modelling, "
     "coaching, mentoring and training, and advising colleagues in other schools through the County's cluster SENCO "
     "groups. Reviewing with colleagues whether a piece of provision is working. Planning the SENCO's own workload, "
     "prioritising and delegating. Writing and speaking clearly and listening to others. Best practice and what "
     "research has found: each Operative reads and critiques two published studies of an intervention and uses "
     "outside advice in their own practice. Keeping up to date and taking charge of their own CPD. Ends with Hold "
     "Points 3 and 4.")
h2("4.7  Site Visits")
para("Each Operative's PA visits their school twice, in Phase 2 and in Phase 5. The visit is spent on whatever the "
     "Operative asks for: observing a session, meeting the Site Supervisor, or working through a Hold Point task. "
     "Hold Points 2 and 3 are built round pupils and a change that the Operative chooses with their Site Manager, so "
     "that the Works fit each school. The fee is £1,250 per Operative, of which Brantcombe County Council pays £600 "
     "from its Standards Fund; because every study day is repeated on a Saturday, schools need not pay for supply "
     "cover.")
h2("4.8  Construction Exclusion Zone")
para("Some work is kept out of the Works on purpose.")
dash("Working with parents and carers. In Brantcombe the Parent Partnership Service trains school staff in working "
     "with families, and we have agreed with the County not to duplicate it. Operation 27 is outside the Works.")
dash("Anything after Final Inspection (6.4).")

# ------------------------------------------------------------------ 5.0
h1("5.0  ACCESS AND WORKING ARRANGEMENTS")
h2("5.1  Start dates and routes")
para("There are two starts a year, in September and January. After Phase 1, Phases 2, 3 and 4 may be taken in any "
     "order. Every study day runs twice: on a Tuesday at Ashcott Moor and again on the following Saturday at the "
     "Brantcombe Teachers' Centre, and an Operative may mix the two. The Works may be completed in one year or spread "
     "over two. The second day of Phase 1 may be studied through the Canopy instead of attending.")
h2("5.2  The Canopy")
p = para("The Canopy is the Works' area on the University of Dunsmere's Moodle. Each Phase has a room holding the "
         "study-day slides and readings, and a forum where Operatives post their tasks and reply to each other between "
         "study days. Operatives hand in Hold Point work through it.")
del_run(p, " A Project Arboriculturist will answer any question posted in the Canopy within two working days.", HB,
        "2008-12-05T09:02:00Z")
para("Project Arboriculturists do not take part in the forums; questions for a PA are kept for the next study day "
     "or Site Visit.")
h2("5.3  Access for all")
p = doc.add_paragraph()
r = p.add_run("The Tree School is an equal opportunities training provider and complies with the Disability "
              "Discrimination Act 1995 as amended in 2005. Both venues are step-free and have accessible toilets.")
doc.add_comment([r], text="Add: extra time, large print, disclosure on the Nomination Form? HB", author=HB,
                initials="HB")
h2("5.4  Specialist visits and placements")
p = para("The County's Sensory Support Service, its ASD Outreach team and a speech and language therapist from "
         "Brantcombe PCT teach parts of Phases 3 and 4. Each Operative also spends two days on placement in a "
         "specialist setting.")
fn.add(p, "Placements in 2009-10: Fernhill School (special, 2-19), the Speech and Language Base at Castle Street "
          "Primary, and the County's ASD Outreach base at Millbrook. Each Operative spends two full days at one of "
          "them in Phase 3 or 4, arranged by the Programme Lead, with a task set by the PA.")
h2("5.5  Materials")
para("The Tree School's library and kit store serve its arboriculture courses. The Works supply no teaching "
     "resources of their own: Operatives use the SEN resources, assessment materials and software of their own "
     "schools.")

# ------------------------------------------------------------------ 6.0
h1("6.0  SUPERVISION, HOLD POINTS AND WATCHING BRIEFS")
h2("6.1  Hold Points and Watching Briefs")
para("As on site, a Hold Point is a point beyond which work may not go ahead until it has been checked and signed "
     "off. There are four, all carried out in the Operative's own school.")
dash("HP1 Site Appraisal (end of Phase 2). A written appraisal, 3,500 words, of how the school identifies and "
     "provides for pupils with SEN and/or disabilities, with a provision map, a review of how summative data are "
     "used, and an account of how the Operative has encouraged colleagues to use day-to-day formative assessment "
     "with pupils with SEN.")
dash("HP2 Tree Condition Report (end of Phase 4). A report, 4,000 words, on two pupils followed over a term, with "
     "the pupils' own part in planning and reviewing their support recorded.")
dash("HP3 Canopy Management Proposal (end of Phase 5). A change the Operative leads in school over a term, with "
     "baseline and after measures for a target group of pupils, written up in 3,500 words and presented to the Site "
     "Manager and the governor for SEN.")
dash("HP4 Final Inspection. A forty-minute professional discussion with two PAs on the Operative's Site File: the "
     "Hold Point tasks, Site Visit notes and a log of the CPD the Operative has done during the year and what it "
     "changed.")
para("A Watching Brief is lighter. The Operation is worked on study days and the PA comments on the Operative's work "
     "on it, but nothing is signed off. In the Sign-off column of Appendix A, HP1 to HP4 name the Hold Point at "
     "which an Operation is signed off; WB means a Watching Brief; a dash means the Operation is not part of the "
     "Works. In the Phase column, a dash means the Operation is not worked on any study day.")
h2("6.2  Marking")
p = para("Each Hold Point is marked by the Operative's own PA against the University of Dunsmere's Master's-level "
         "marking criteria, and the Programme Lead reads every fail. The ACoW [name TBC] will moderate a sample of "
         "each Hold Point once appointed.")
fn.add(p, "The University's external examiner for its MA in Education has been asked to act as ACoW until a separate "
          "appointment is made. She has not yet agreed.")
h2("6.3  Completion")
p = doc.add_paragraph()
r = p.add_run("[Award regulations to be inserted when received from the University of Dunsmere]")
doc.add_comment([r], text="Chase Registry for the regs before this goes. HB", author=HB, initials="HB")
h2("6.4  After completion")
para("What an Operative does next is a matter for them and their Site Manager. The Works end at Final Inspection.")

# ------------------------------------------------------------------ 7.0
h1("7.0  MONITORING AND REVIEW")
h2("7.1  How we check the Works")
para("Inside the Works: every Operative completes an evaluation at the end of each Phase; PAs observe one another's "
     "study days once a Phase; Hold Point results are analysed Operation by Operation; and Site Supervisors send a "
     "Site Supervisor's Return at the end of each Phase. Outside it: the University's annual programme monitoring "
     "and its five-yearly periodic review, and the County SEN Adviser's observation of one study day in each Phase. "
     "Each July the Programme Lead turns all of this into an Action Plan for the next year, which the Course Review "
     "Group approves (7.3), and the changes are recorded as a new revision of this statement.")
h2("7.2  Measuring the effect")
para("On Operatives: the Site Condition Survey is repeated at Final Inspection, and the Site Supervisor rates the "
     "Operative's confidence and competence at the start and the end. On pupils: Hold Point 3 requires baseline "
     "measures before the change and the same measures one term later for its target group (reading or spelling "
     "ages, National Curriculum or P scale levels, attendance, exclusions). The Programme Lead collates these across "
     "the cohort into an annual Effect Report for the Course Review Group and the University.")
h2("7.3  Stakeholders in review")
para("The Course Review Group (two heads, the County SEN Adviser, the Principal Educational Psychologist, a governor "
     "and two Operatives from the pilot) meets each July. It reads the evaluations, the Site Supervisors' Returns, "
     "the Hold Point results and the Effect Report, and agrees the Action Plan. Site Managers are invited to the HP3 "
     "presentations, and Site Supervisors host the PA's Site Visits.")
h2("7.4  The Tree School's own self-evaluation")
para("Each year the Tree School completes a Self-Assessment Report for Lantra and the Learning and Skills Council, "
     "grading its courses against the Common Inspection Framework. From 2009 the Works will be included in it.")

# ------------------------------------------------------------------ 8.0
h1("8.0  RESPONSIBILITIES AND CONTACTS")
h2("8.1  Project Arboriculturists")
t = doc.add_table(rows=5, cols=3)
t.style = "Table Grid"
staff = [("Name", "Role on the Works", "Qualifications and current work"),
         ("Helen Bracewell", "Programme Lead; PA",
          "SENCO for eleven years in a Brantcombe comprehensive; MA in Inclusive Education; County SEN Adviser (0.4) "
          "since 2006."),
         ("Dr Owen Treharne", "PA", "Senior educational psychologist, Brantcombe County Council; chartered "
                                    "psychologist."),
         ("Sue Kimber", "PA", "Deputy head and former SENCO, Fernhill School; Postgraduate Diploma in Specific "
                              "Learning Difficulties; leads the County's SENCO cluster network."),
         ("Marcus Fell", "Director; runs the Canopy and the venues. Does not teach or mark on the Works.",
          "Chartered arboriculturist; Lantra-approved instructor for climbing and chainsaw courses.")]
for row, vals in zip(t.rows, staff):
    for c, v in zip(row.cells, vals):
        cell_text(c, v, bold=(row is t.rows[0]), fill=(GREY if row is t.rows[0] else None), size=9.5)
set_col_widths(t, [3.4, 4.6, 8])
para("")
para("Each PA works in Brantcombe's schools or services for at least two days a week, so what they teach is current "
     "practice. PAs meet before each Phase to plan it, and work from the Project Arboriculturist's Notes, which set "
     "out their part at study days, Site Visits and Hold Points.")
h2("8.2  Site Supervisors")
p = doc.add_paragraph()
r = p.add_run("Each Site Supervisor receives the Site Supervisor's Handbook by post when the Operative's Permit to "
              "Work is issued. We do not hold briefing or training sessions for Site Supervisors.")
doc.add_comment([r], text="Briefing evening for Site Supervisors: can we afford it? MF", author=MF, initials="MF")
h2("8.3  Contacts")
para("Programme Lead: Helen Bracewell, Ashcott Moor Tree School, Ashcott Moor Lane, Brantcombe. Registry: University "
     "of Dunsmere, Faculty of Education.")

# ------------------------------------------------------------------ Appendix A (landscape)
new = doc.add_section(WD_SECTION.NEW_PAGE)
landscape(new)
new.left_margin = new.right_margin = Cm(2)
h1("APPENDIX A  HOLD POINT SCHEDULE")
para("Key: see 6.1.", italic=True)
A = [
    ("A", "THE OPERATIVE"),
    ("1", "Builds a fair, respectful and supportive working relationship with pupils who have SEN and/or "
          "disabilities", "4", "HP2", "Parents and carers: see Operation 27"),
    ("2", "Wins over colleagues, the head and senior leaders to doing better by pupils with SEN", "5", "WB", ""),
    ("3", "Plans their own workload, puts first things first and hands tasks to the right people, checking they are "
          "done", "5", "HP3", ""),
    ("4", "Sees problems coming, weighs the evidence and makes sound decisions on provision", "3, 4", "HP2", ""),
    ("5", "Writes and speaks clearly, and listens to and understands other people's views", "5", "HP3",
     "Written proposal and presentation"),
    ("6", "Uses research and outside advice to improve their own and colleagues' practice", "5", "HP3", ""),
    ("7", "Keeps up to date and takes charge of their own CPD on SEN and disability", "5", "HP4", "CPD log"),
    ("B", "KNOWING THE TREE"),
    ("8", "The law and guidance on SEN, including the SEN Code of Practice, and how to put them into practice in "
          "school", "1", "HP1", ""),
    ("9", "Every Child Matters: its principles, its five outcomes and the SENCO's part in them", "1", "HP4", ""),
    ("10", "The law on disability equality and what it requires schools to do", "1", "WB", ""),
    ("11", "How children develop, and how SEN, disability and environment affect development", "3", "HP2", ""),
    ("12", "The common types of SEN and disability and how they affect learning", "3", "HP2", ""),
    ("13", "Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT, "
           "judged critically", "3", "HP2", ""),
    ("14", "The principles of school self-evaluation and improvement, and where pupils with SEN fit in the SEF", "2",
     "HP1", ""),
    ("15", "Best practice and what research has found about meeting SEN", "5", "HP3", "Two published studies"),
    ("16", "What outside agencies do, and how to get specialist support and resources", "4", "HP2", ""),
    ("C", "WORKING THE CANOPY"),
    ("17", "With senior leaders and governors, shapes the school's inclusive ethos, policies, priorities and use of "
           "resources", "5", "HP3", ""),
    ("18", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
     "2", "HP1, HP2", ""),
    ("19", "Uses other professionals' assessments to shape teaching", "2", "HP2", ""),
    ("20", "Uses summative results, including national tests, to track progress and change programmes", "2", "HP1",
     ""),
    ("21", "Encourages colleagues to use formative assessment, with approaches for pupils with SEN", "-", "HP1",
     "Brought from the Operative's own school"),
    ("22", "Identifies special arrangements for tests and examinations in good time and puts them in place", "3",
     "WB", ""),
    ("23", "Maps provision and finds what is not working or missing", "2", "HP1", ""),
    ("24", "Deploys and manages teaching assistants and other staff", "5", "CHANGE", ""),
    ("25", "Supports colleagues' development: observation and feedback, modelling, coaching, mentoring, training",
     "5", "HP3", ""),
    ("26", "Reviews with colleagues how well a piece of provision works", "5", "WB", ""),
    ("27", "Works with parents and carers", "-", "-", "Parent Partnership Service (4.8)"),
    ("28", "Involves pupils in planning, agreeing and reviewing their own support", "4", "HP2", ""),
    ("29", "Works in partnership with other services and agencies, including voluntary organisations", "4", "HP2",
     ""),
]
t = doc.add_table(rows=1 + len(A), cols=5)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Op.", "Operation: the Operative will be able to", "Phase", "Sign-off", "Notes"]):
    cell_text(c, h, bold=True, fill=GREY)
del_rows = []
for i, item in enumerate(A, start=1):
    row = t.rows[i]
    if len(item) == 2:
        m = row.cells[0].merge(row.cells[4])
        cell_text(m, f"{item[0]}   {item[1]}", bold=True, fill=PALE)
        continue
    op, what, phase, sign, note = item
    for c, v in zip(row.cells, [op, what, phase, "" if sign == "CHANGE" else sign, note]):
        cell_text(c, v)
    if sign == "CHANGE":
        cp = row.cells[3].paragraphs[0]
        del_run(cp, "HP3", HB, "2008-12-08T11:31:00Z")
        ins_run(cp, "WB", HB, "2008-12-08T11:31:00Z")
    if op == "14":
        del_rows.append(row)
for row in del_rows:
    delete_row(row, HB, "2008-12-08T11:28:00Z")
set_col_widths(t, [1.3, 12.5, 1.8, 2.4, 5.6])

para("")
h1("APPENDIX B  TREE PROTECTION PLAN")
para("[Drawing TPP-01 to follow]")

fn.save_part()
doc.save(OUT)
print("wrote", OUT)
