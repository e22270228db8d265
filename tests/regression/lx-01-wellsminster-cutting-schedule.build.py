"""lx-01-wellsminster-cutting-schedule

Provider (invented): Wellsminster Cathedral Works Department, whose stonemasonry yard
(the "Banker Shop" and "Masons' Lodge") trains banker masons and carvers, applying to run
the National Award for SEN Coordination, validated by the (invented) University of
Kemble Cross at Level 7, 60 credits.

Document kind and layout: the course sent as the yard's own CUTTING SCHEDULE for a job
(Job SEN/09/1), in the form the Banker Shop uses for every job: a title block table with
merged cells and a shaded revision row; "Notes to the Banker" hand-numbered N1 to N24 (no
heading styles; bold capital titles typed as Normal paragraphs); a Banker Days table; a
Template Checks table; and a Schedule of Stones, one stone per minimum outcome, with group
rows merged across the table and shaded. The schedule's Finish column is keyed only in
Note N3, far above it ("Fair-worked", "Boasted", "Dry-laid", "Not cut"). The yard's
vocabulary: participants are "Improvers", study days "Banker Days", marked assessments
"Template Checks" (TC1-TC4), school tasks "Site Tasks", the pre-course audit the "Bed
Survey", the individual plan the "Cutting List", school mentors "Site Fixers", the award
"the Banker Mark". Page header and footer. One whole deleted paragraph, one whole
inserted paragraph, one change inside a paragraph, and two Word comments.

Traps (requirement ids):
- Aims name attainment and progress only; well-being appears as content, not in aims or
  assessment (1.1 partially_met).
- Research and inspection evidence only in general terms, no source or development named
  (1.3 partially_met).
- Consulting pupils is only hoped for "in a later job" (1.5 not_met) and the stone for it
  is "Not cut" (6.S7 not_met).
- Several outcomes are "Boasted" or "Dry-laid" (developed, never marked), so assessment is
  not against all outcomes (1.9 partially_met).
- Prior study is accredited (inserted paragraph N8A), but experience is said plainly not
  to be accredited (2.1 partially_met).
- The assessment-only route ("Direct fixing") exists only in a deleted paragraph; what
  remains refers candidates to the University's PGCert, another provider's arrangement
  (2.3 not_met).
- Further targets: Improvers are only told about the University's MA (2.5 partially_met).
- One intake, Banker Days in a fixed order; only a choice of Tuesday or Saturday sets
  (3.2 partially_met).
- No e-learning in the course; the yard's online CSCS health-and-safety module is for its
  apprentice masons, not the course (3.3 not_applicable).
- Stakeholders' future role: Improvers' day evaluations only; heads "may be asked"
  (4.3 partially_met).
- CRB appears only in the page footer and, in N21, as the yard's check on its own masons
  who work in the Choir School, and in a comment (5.3 not_met).
- Specialist expertise named (visiting EP and speech and language therapist), but "The
  course has no placements" (5.5 partially_met).
- School Site Fixers "will be briefed" at some point to be arranged (5.7 partially_met).
- Impact: Improvers' confidence is measured before and after; no measure of pupils'
  achievement (5.9 partially_met).
- Award rule compensates: 50 overall with no Check below 40, and several outcomes are never
  marked (6.0 partially_met).
- 6.A3 and 6.S2c "Boasted" (developed, not assessed); 6.K4 and 6.S6 "Dry-laid" (formative
  only); 6.S2d "Fair-worked" at TC2 but worked on no Banker Day ("-") (assessed, not
  taught): all partially_met.
- The tracked change in N19 replaces "Level 6" by "Level 7" (E.2 met as inserted).
"""
from pathlib import Path
from datetime import date
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _lx_helpers import (Document, para, runs, table, set_cell, shade_cell, ins_para, del_para,
                         mixed_para, header_footer, Pt)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
AUTH = "R. Tallis (Clerk of Works)"
DT = "2009-02-11T10:20:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
header_footer(doc,
              "WELLSMINSTER CATHEDRAL WORKS DEPARTMENT  |  BANKER SHOP  |  CUTTING SCHEDULE  |  JOB SEN/09/1",
              "Issued from the Masons' Lodge, Dean's Yard, Wellsminster. All persons working in the Yard hold "
              "an enhanced CRB disclosure. Do not scale.")

para(doc, "WELLSMINSTER CATHEDRAL WORKS DEPARTMENT", bold=True, size=14, align="center")
para(doc, "BANKER SHOP CUTTING SCHEDULE", bold=True, size=12, align="center")
para(doc, "Job SEN/09/1: the National Award for SEN Coordination, as worked in the Yard", italic=True,
     align="center")

# ---------------- title block -----------------
tb = doc.add_table(rows=7, cols=4)
tb.style = "Table Grid"
vals = [
    ("Job No.", "SEN/09/1", "Revision", "C (February 2009)"),
    ("Job", "National Award for SEN Coordination: the Yard's course for teachers who are, or are to be, "
            "SENCOs in the schools of Wellsminster diocese and the county of Harnshire", None, None),
    ("Client", "Training and Development Agency for Schools: panel for approval of providers", None, None),
    ("Validating body", "University of Kemble Cross, School of Education", "Set-out by",
     "M. Orrell, Master Mason"),
    ("Elevation", "Cohort 1: September 2009 to July 2010", "Checked by", "Dr H. Vyse, Course Leader"),
    ("Stone", "Teachers (called Improvers in this schedule)", "Beds", "10 Banker Days, 4 Template Checks"),
    ("Rev. C", "Revision C reissues the whole schedule for the panel. Revisions A and B were internal.", None,
     None),
]
for i, row in enumerate(vals):
    for j, v in enumerate(row):
        if v is not None:
            set_cell(tb.cell(i, j), v, bold=(j in (0, 2)), fill=("EDEDED" if j in (0, 2) else None))
for i in (1, 2, 6):
    m = tb.cell(i, 1).merge(tb.cell(i, 3))
    set_cell(m, vals[i][1])
for j in range(4):
    shade_cell(tb.cell(6, j), "FFF2CC")

para(doc)
para(doc, "NOTES TO THE BANKER", bold=True, size=11)
para(doc, "Read these notes before cutting. Every stone in the Schedule of Stones at the end of this sheet "
          "is worked to them. The notes are numbered as the Yard has always numbered them and are not in the "
          "order of the approval criteria.", italic=True)

notes = []


def note(num, title, text):
    return runs(doc, [(f"{num}  {title}.  ", {"bold": True}), text])


note("N1", "THE JOB", "The Works Department has kept Wellsminster Cathedral standing since 1391. Its Yard trains "
     "banker masons and carvers through a four-year apprenticeship, and since 2004 it has run short courses "
     "for teachers in the diocese's church schools on the building, its carving and its history. This job "
     "applies the Yard's way of training to a new kind of stone: the SENCO. The course is worked by the Yard "
     "with the University of Kemble Cross, which validates it, and with Harnshire County Council's Learning "
     "Support Service, which lends two of its staff as tutors.")
note("N2", "WORDS USED ON THIS SHEET", "An Improver is a teacher on the course (in the Yard an improver is a "
     "mason who has finished the apprenticeship and is working towards a trade card). A Banker Day is a "
     "taught day in the Masons' Lodge. A Site Task is work the Improver does in his or her own school between "
     "Banker Days. A Template Check is a marked assessment. The Bed Survey is the audit each Improver "
     "completes before the first Banker Day, and the Cutting List is the individual plan drawn from it. A "
     "Site Fixer is the senior colleague in the Improver's school who supports the Site Tasks. The Banker "
     "Mark is the award.")
note("N3", "FINISHES", "The Finish column of the Schedule of Stones uses the Yard's four finishes. "
     "\"Fair-worked\" means the stone is worked on the Banker Days shown and marked at the Template Check "
     "shown. \"Boasted\" means the stone is roughed out on a Banker Day and is never taken to a Template "
     "Check. \"Dry-laid\" means the stone is tried in position at the Template Check shown and the Master "
     "Mason gives spoken comments on it, but it carries no mark. \"Not cut\" means the stone is not in this "
     "job.")
note("N4", "AIM OF THE JOB", "The course aims to raise the attainment and the rate of progress of pupils with "
     "special educational needs in the Improvers' schools, by making each Improver a SENCO who can lead the "
     "school's work for those pupils. Its objectives are set out stone by stone in the Schedule.")
note("N5", "WHAT IS WORKED ON THE BANKER", "The ten Banker Days are listed in the table that follows these "
     "notes. They cover the law and the SEN Code of Practice, Every Child Matters and the five outcomes, "
     "including being healthy, staying safe and enjoying and achieving, the common kinds of special "
     "educational need, assessment, provision mapping, teaching approaches, working with parents and other "
     "services, leading colleagues and the school's self-evaluation.")
note("N6", "RESEARCH", "The Banker Days are kept up to date with research and inspection findings on special "
     "educational needs, and tutors bring current reading to each day.")
note("N7", "THE BED SURVEY AND THE CUTTING LIST", "Before the first Banker Day each Improver completes the Bed "
     "Survey: a self-assessment against every stone in the Schedule, on a four-point scale, backed by a "
     "short statement from the headteacher. The Master Mason and the Course Leader meet each Improver for "
     "forty minutes in July to go through it. From the Survey they draw up the Improver's Cutting List, "
     "which names the stones the Improver will concentrate on, any Banker Days he or she may be excused, the "
     "reading set for each, and a personal target for each Site Task. The Cutting List is reviewed at the "
     "third and seventh Banker Days.")
note("N8", "PRIOR LEARNING", "Experience as a SENCO, however long, is not accredited and does not shorten the "
     "course; it is taken into account in the Cutting List.")
ins_para(doc, "Prior study is accredited. An Improver who holds up to 20 credits at Level 7 from a completed "
         "module in special or inclusive education, taken in the last five years, may have them counted "
         "towards the 60 credits by the University's accreditation of prior learning board, and is excused "
         "the Template Check that those credits match.", AUTH, DT, bold_lead="N8A  PRIOR STUDY.  ")
del_para(doc, "An experienced SENCO who already meets the outcomes may go straight to the Template Checks "
         "without the Banker Days, paying the assessment fee only. This is the Yard's 'direct fixing', as "
         "when a finished stone from another yard is set without rework.", AUTH, DT,
         bold_lead="N9  DIRECT FIXING.  ")
note("N9", "ASSESSMENT WITHOUT THE BANKER DAYS", "The Yard does not set stone it has not worked. Teachers who "
     "want to be assessed without taking the course are referred to the University of Kemble Cross, whose "
     "PGCert in Inclusive Education has an assessment-only route for experienced SENCOs.")
note("N10", "SITE TASKS", "Between Banker Days each Improver carries out three Site Tasks in his or her own "
     "school with the support of the Site Fixer. Site Task 1 is a study of one pupil with SEN and the "
     "assessments made of that pupil; Site Task 2 is the school's provision map, revised by the Improver "
     "and put to the headteacher; Site Task 3 is a change the Improver leads in the school's practice for "
     "pupils with SEN over at least one term, with its effect on those pupils recorded. Site Tasks 1 to 3 "
     "are the bases of Template Checks 1 to 3, so that each Improver's marked work is about practice in his "
     "or her own school and ends with a change made in it.")
note("N11", "TIMES AND PLACES", "All ten Banker Days are taught in the Masons' Lodge in Dean's Yard. There is "
     "one intake a year, in September, and the Banker Days are taken in order, as a stone is worked in "
     "order from the bed. Improvers may take each Banker Day with the Tuesday set or the Saturday set, which "
     "repeat one another, and may change set from day to day. The course is part time over one school "
     "year.")
note("N12", "THE YARD'S ONLINE WORK", "The course has no online part. The Yard's apprentice masons complete "
     "the CSCS health and safety test through an online module on the Yard computers; that module is no "
     "part of this job.")
note("N13", "ACCESS", "The Masons' Lodge is on the ground floor, with level access from Dean's Yard and an "
     "accessible toilet. Each Improver is asked at the Bed Survey meeting whether a disability or other "
     "need calls for adjustments. Adjustments made so far on the Yard's teachers' courses include handouts "
     "in large print or on coloured paper, a hearing loop in the Lodge, extra time and a scribe for a "
     "Template Check, and the Lodge Talk (TC4) taken in two shorter parts. The Course Leader agrees each "
     "adjustment with the Improver in writing and records it on the Cutting List.")
note("N14", "WHY THE JOB IS CUT THIS WAY", "In the spring of 2008 the Yard and the Learning Support Service "
     "surveyed the 41 SENCOs and 28 headteachers of the diocese's church schools in Harnshire. Thirty-three "
     "SENCOs and 19 heads replied. They asked for a course taught near their schools on days that did not "
     "always take the SENCO out of class, for help with provision mapping and with the deployment of "
     "teaching assistants, and for the marked work to be about their own schools. Because of the survey the "
     "Saturday set was added, a whole Banker Day (BD5) was given to provision mapping and deploying staff, "
     "and each Template Check was tied to a Site Task. Two heads and a SENCO read Revision A of this "
     "schedule; at their request Template Check 4 was changed from a written examination to the Lodge Talk.")
note("N15", "EVALUATION AFTER EACH DAY", "Improvers complete an evaluation slip at the end of each Banker Day; "
     "the slips are read by the Course Leader the following week. Headteachers may be asked for their views "
     "when the first cohort finishes.")
note("N16", "WHO CUTS THE STONE", "The course is led by Dr Harriet Vyse, formerly SENCO at Kemble Cross High "
     "School for nine years, who holds the National SENCO Standards-based Certificate, an MA in Special and "
     "Inclusive Education and the OCR Certificate in Specific Learning Difficulties, and lectures on the "
     "University's PGCert. She is joined by two specialist teachers from the Learning Support Service, "
     "Mrs Anne Corlett (autism and communication; hearing impairment qualification) and Mr David Sarre "
     "(specific learning difficulties; AMBDA), who each teach four Banker Days a year and still work in "
     "schools every week. Martin Orrell, Master Mason, sets out the job and chairs the Yard's course board; "
     "he teaches no Banker Days. The tutors attend the Learning Support Service's termly updating days and "
     "the University's research seminars.")
note("N17", "SPECIALISTS AND PLACEMENTS", "A Harnshire educational psychologist teaches the afternoon of "
     "Banker Day 4, and a speech and language therapist from the Wellsminster community health trust the "
     "morning of Banker Day 3. The course has no placements: the Site Tasks are done in the Improvers' own "
     "schools.")
note("N18", "RESOURCES", "The Lodge holds a course library of some 300 books and the journals Support for "
     "Learning and the British Journal of Special Education, lent by the Learning Support Service, with "
     "assessment materials and software from its loan collection (including Clicker 5, Write Online and a "
     "set of Dyslexia Screening Tests). Improvers have a University library card and use of its electronic "
     "journals. The Lodge has a projector and eight laptops with the loan software installed; tutors "
     "demonstrate the specialist technology on Banker Day 6.")
p = runs(doc, [("N19  CREDIT.  ", {"bold": True})])
mixed_para(p, [("keep", "The Banker Mark is validated by the University of Kemble Cross as a single module of "
                        "60 credits at "),
               ("del", "Level 6"), ("ins", "Level 7 (masters level)"),
               ("keep", ". The University's validation panel met on 21 January 2009 and approved the module "
                        "with effect from September 2009.")], AUTH, DT)
note("N20", "ENTRY", "An Improver must hold QTS, be in post in a school in Harnshire or the diocese as SENCO or "
     "as a teacher named by the headteacher to become SENCO within the year, and be supported in writing by "
     "the headteacher, who agrees to release the Improver for the Site Tasks and to name a Site Fixer. The "
     "Course Leader reads each application and the headteacher's statement. Where the Bed Survey shows that "
     "an Improver does not yet have enough knowledge to start, the Course Leader offers a place in the "
     "following year and sets preliminary reading and a day in the Learning Support Service's SEN "
     "induction programme.")
p21 = note("N21", "CHECKS ON PERSONS", "The Yard's own masons and carvers who work in the Choir School's "
           "buildings during term are checked by the Chapter Office, which obtains an enhanced CRB disclosure "
           "for each of them and renews it every three years.")
note("N22", "ROLES", "The Course Leader writes and marks the Template Checks with the two specialist tutors. "
     "Each tutor has a written role description and attends a half-day briefing before the course. The "
     "Site Fixers in the Improvers' schools will be briefed on their part in the Site Tasks at a meeting to "
     "be arranged.")
note("N23", "CHECKING THE TEMPLATES", "Every Template Check is marked by one tutor against the published "
     "criteria and second-marked by another. All fails, all distinctions and a sample of a quarter of the "
     "rest go to the University's moderator, and the University's external examiner sees a sample of every "
     "Check and attends the assessment board in July. The tutors hold a standardising meeting before each "
     "Check is marked, using pieces from the Yard's pilot group of 2008.")
note("N24", "HOW THE JOB IS JUDGED", "The Course Leader reviews each Banker Day from the evaluation slips and "
     "a tutor observes one Banker Day taught by each colleague every term. The University's annual "
     "monitoring report, the external examiner's report and the Learning Support Service's adviser's visit "
     "in the spring term give outside views. Every Improver rates his or her confidence on each stone in the "
     "Schedule at the Bed Survey and again at the Lodge Talk, and the two ratings are compared. At the "
     "course board in September the Master Mason and the tutors agree changes for the next cohort from all "
     "of this and record them in the next revision of this schedule.")

# comments (not part of the submission)
doc.add_comment(doc.paragraphs[-4].runs[0], text="Should we add here that we check every Improver's CRB "
                "too? HV says the LA does it. -- RT", author="R. Tallis", initials="RT")

para(doc)
para(doc, "TOPPING OUT", bold=True, size=11)
para(doc, "At the end of the course each Improver who has earned the Banker Mark is given a leaflet about the "
          "University of Kemble Cross's MA in Special and Inclusive Education, into which the 60 credits may be "
          "carried.")
para(doc, "The Banker Mark is awarded by the University's assessment board on the Yard's recommendation to an "
          "Improver who gains an overall mark of 50 across the four Template Checks, with no Check below 40. "
          "A Check marked between 30 and 39 may be resubmitted once.")

# ---------------- banker days ---------------
para(doc)
para(doc, "BANKER DAYS", bold=True, size=11)
bd = [
    ("Day", "Month", "What is worked", "Site Task set"),
    ("BD1", "Sep", "The Education Act 1996 Part IV, the SEN Code of Practice 2001 and the SEN and Disability "
                   "Act 2001: what they require of the school and the SENCO, and how to put them into practice. "
                   "Every Child Matters, the five outcomes and the SENCO's part in them.", "ST1 begins"),
    ("BD2", "Oct", "The Disability Discrimination Act 1995 as amended, the disability equality duty and the "
                   "school's accessibility plan. How children develop, and how SEN, disability and the "
                   "environment affect development.", ""),
    ("BD3", "Nov", "The common kinds of need: behavioural, emotional and social difficulties; specific learning "
                   "difficulties including dyslexia; speech, language and communication needs; autistic "
                   "spectrum disorders; moderate learning difficulties. Their effect on learning.", ""),
    ("BD4", "Dec", "Identifying pupils with SEN; setting challenging targets; planning and reviewing "
                   "interventions. Using the assessments of psychologists, therapists and advisory teachers. "
                   "Using national tests, P scales and other summative data to track progress and adjust "
                   "programmes.", "ST1 handed in"),
    ("BD5", "Jan", "Provision mapping and management; finding provision that is missing or not working. "
                   "Deploying and managing teaching assistants. Prioritising and managing the SENCO's own "
                   "time; deciding well on provision when resources are short.", "ST2 begins"),
    ("BD6", "Feb", "Approaches, strategies and resources for assessment, planning, teaching and learning, "
                   "including ICT and specialist technology. Helping other teachers to use assessment for "
                   "learning with pupils with SEN.", ""),
    ("BD7", "Mar", "Working with parents and carers: fair and respectful relationships, liaison, annual "
                   "reviews. The scope of the local authority's and health services' support, the voluntary "
                   "sector, and how to get specialist help and resources.", "ST2 handed in"),
    ("BD8", "Apr", "Leading colleagues: gaining commitment, coaching, mentoring, observation and feedback, "
                   "running training. Speaking and writing clearly for colleagues, parents and governors.",
     "ST3 begins"),
    ("BD9", "May", "The SENCO and the senior team: shaping the school's inclusive ethos, policy and budget "
                   "with the head and governors. School self-evaluation and improvement for SEN outcomes; "
                   "reviewing provision with staff.", ""),
    ("BD10", "Jun", "Research and best practice in meeting SEN; using outside advice; the SENCO's own "
                    "continuing professional development.", "ST3 handed in"),
]
table(doc, bd, size=9)

para(doc)
para(doc, "TEMPLATE CHECKS", bold=True, size=11)
tc = [
    ("Check", "What the Improver hands in", "Weight", "When"),
    ("TC1", "Pupil study (3,000 words) from Site Task 1: one pupil with SEN, the law and guidance that apply, "
            "the assessments made by the school and by other professionals, the pupil's targets and "
            "interventions and how they were reviewed.", "25%", "January"),
    ("TC2", "The revised provision map from Site Task 2 with a 2,500-word commentary on its costs, its gaps, "
            "the deployment of staff and the access arrangements for the pupils' national tests.", "25%",
     "March"),
    ("TC3", "Report (4,000 words) on the change led in Site Task 3, its effect on pupils and colleagues, and "
            "its place in the school's self-evaluation.", "30%", "June"),
    ("TC4", "The Lodge Talk: a 20-minute presentation to two tutors on the Improver's year, with questions, "
            "drawing on a portfolio of evidence including the Improver's own CPD record.", "20%", "July"),
]
table(doc, tc, size=9)

# ---------------- schedule of stones ---------
para(doc)
para(doc, "SCHEDULE OF STONES", bold=True, size=11)
para(doc, "One stone for each minimum outcome. Stone numbers follow the Yard's course numbering: A for the "
          "attributes course, K for the knowledge course, S for the skills course.", italic=True)

groups = [
    ("A COURSE: ATTRIBUTES", [
        ("A/01", "Fair, respectful and supportive relationships with pupils with SEN and their parents and carers",
         "BD7", "Fair-worked", "TC1"),
        ("A/02", "Winning the commitment of colleagues, the head and the senior team", "BD8, BD9", "Fair-worked",
         "TC3"),
        ("A/03", "Prioritising and managing time; delegating", "BD5", "Boasted", "-"),
        ("A/04", "Anticipating and resolving problems; sound decisions on provision", "BD5", "Fair-worked", "TC2"),
        ("A/05", "Speaking and writing clearly; listening to others' views", "BD8", "Fair-worked", "TC4"),
        ("A/06", "Using research and outside advice to improve practice", "BD10", "Fair-worked", "TC3"),
        ("A/07", "Keeping up to date; own CPD in SEN and disability", "BD10", "Fair-worked", "TC4"),
    ]),
    ("K COURSE: KNOWLEDGE AND UNDERSTANDING", [
        ("K/01", "SEN law and guidance, the Code of Practice, and how to apply them", "BD1", "Fair-worked", "TC1"),
        ("K/02", "Every Child Matters and the SENCO's part in it", "BD1", "Fair-worked", "TC1"),
        ("K/03", "Disability equality law and what it requires", "BD2", "Fair-worked", "TC2"),
        ("K/04", "Child development and how SEN, disability and environment affect it", "BD2", "Dry-laid", "TC1"),
        ("K/05", "The common kinds of SEN and disability and their effect on learning", "BD3", "Fair-worked",
         "TC1"),
        ("K/06", "Approaches, strategies and resources for teaching and learning, with ICT", "BD6",
         "Fair-worked", "TC2"),
        ("K/07", "School self-evaluation and improvement for SEN outcomes", "BD9", "Fair-worked", "TC3"),
        ("K/08", "Best practice and research in meeting SEN", "BD10", "Fair-worked", "TC3"),
        ("K/09", "Outside agencies and how to get specialist help", "BD7", "Fair-worked", "TC2"),
    ]),
    ("S COURSE: SKILLS", [
        ("S/01", "Shaping an inclusive ethos, policy and resources with senior colleagues and governors", "BD9",
         "Fair-worked", "TC3"),
        ("S/02", "Identifying pupils, setting targets, planning and reviewing interventions", "BD4",
         "Fair-worked", "TC1"),
        ("S/02a", "Using other professionals' assessments in teaching", "BD4", "Fair-worked", "TC1"),
        ("S/02b", "Using national tests and summative data to track progress", "BD4", "Fair-worked", "TC2"),
        ("S/02c", "Encouraging colleagues' formative assessment for pupils with SEN", "BD6", "Boasted", "-"),
        ("S/02d", "Arranging access arrangements for tests and examinations in good time", "-", "Fair-worked",
         "TC2"),
        ("S/03", "Provision mapping; finding missing or ineffective provision", "BD5", "Fair-worked", "TC2"),
        ("S/04", "Deploying and managing staff", "BD5", "Fair-worked", "TC2"),
        ("S/05", "Coaching, mentoring, observing and training colleagues", "BD8", "Fair-worked", "TC3"),
        ("S/06", "Reviewing provision with staff to inform self-evaluation", "BD9", "Dry-laid", "TC3"),
        ("S/07", "Involving pupils in planning and reviewing their provision", "-", "Not cut", "-"),
        ("S/08", "Liaising with parents and carers", "BD7", "Fair-worked", "TC4"),
        ("S/09", "Partnership with other services and voluntary bodies", "BD7", "Fair-worked", "TC4"),
    ]),
]
nrows = 1 + sum(1 + len(g[1]) for g in groups)
sc = doc.add_table(rows=nrows, cols=5)
sc.style = "Table Grid"
for j, h in enumerate(("Stone", "Course and position", "Worked on", "Finish", "Checked at")):
    set_cell(sc.cell(0, j), h, bold=True, fill="BFBFBF")
r = 1
for gname, rows in groups:
    m = sc.cell(r, 0).merge(sc.cell(r, 4))
    set_cell(m, gname, bold=True, fill="E2EFDA")
    r += 1
    for row in rows:
        for j, v in enumerate(row):
            set_cell(sc.cell(r, j), v, size=9)
        r += 1

para(doc)
para(doc, "A later job may add a Banker Day on listening to pupils; we hope to add one when the Yard has "
          "gained experience of the first cohort.")
para(doc, "End of schedule. Sheet 1 of 1, revision C.", italic=True)

doc.save(OUT)
print("wrote", OUT)
