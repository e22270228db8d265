"""lc-01-harrowdale-written-scheme

Provider (invented): Harrowdale County Archaeological Service (Field Unit and Finds Store, Corvedale Road,
Minstow), whose Education Team has run CPD for teachers since 1996, with Brampton Hill University validating.

Document kind and layout: the Service writes every project as an archaeological Written Scheme of
Investigation (WSI), and it writes its SENCO course the same way: the course is "the Minstow SENCo Excavation"
(site code MSE08). A title block table with merged cells and a placeholder HER number; a glossary table
(Supervisor = participant, Project Officer = tutor, Site Mentor = school mentor, Site Day = study day, Trench =
module, Test Pit = school-based enquiry, Context Sheet = marked assignment, Field Notebook "sketch" = unmarked,
"watching brief" = seen on a Site Day but not recorded, Monitoring Officer = external examiner, Finds Register =
the record of marks, Backfilling = last day). WSI paragraph numbers (1.1, 4.3, 5.3 ...) collide with requirement
ids. The outcomes are "research objectives" in four per-Trench tables ("RO | The Supervisor will ... (in our
words) | Site Day | Recorded on"), whose values ("CS1"-"CS4", "Sketch only", "Watching brief") are defined in
Section 6, after the tables. A text box ("THE SITE HUT") holds the e-learning. A timetable with vertically merged
Trench cells. Header and footer. Tracked changes (an inserted moderation sentence, a deleted placement
paragraph, a changed table cell). One Word comment.

Traps (requirement ids):
- Aim is attainment and progress only; well-being / ECM outcomes appear only as one taught objective (1.1 partial).
- "Consulting pupils directly about their provision lies outside this season's research design" (1.5, 6.S7 not met).
- Parents only in a talk by the Parent Partnership officer, "Watching brief" (1.7, 6.S8 partial).
- Desk-based assessment used only to form Site Teams, "no individual plan is drawn up" (2.2 partial).
- "The Service does not offer an assessment-only route" (2.3 not met).
- After-course: a talk and a leaflet only (2.5 partial).
- Single September start and fixed order; only a choice of weekday (3.2 partial). The Site Hut text box gives
  tutor and peer support, support between Site Days and ICT use (3.3 met).
- Stakeholders shaped the course (4.1, 4.2 met) and help deliver it, but their part in evaluation is only
  "We would like" (4.3 partial).
- CRB checks described are on the Service's own Education Team, not candidates; the candidate check is only in
  the page footer and in a Word comment asking about it (5.3 not met).
- Placements were in the 2007 pilot (past) and this season's placement paragraph is a tracked deletion; "There
  are no placements in 2008-09" (5.5 partial: specialist expertise yes).
- Site Mentor briefing only "if enough of them can be released" (5.7 partial).
- Moderation exists only in a tracked insertion, which is part of the submission (5.8 met).
- Confidence self-ratings only; pupil-achievement measure only hoped for (5.9 partial).
- Award rule is non-compensatory across objectives (6.0 met).
- RO table: time management cell changed by tracked change from "CS3" (deleted) to "Sketch only" (6.A3 partial);
  own CPD "Sketch only" (6.A7 partial); test access arrangements "Watching brief" (6.S2d partial); school
  self-evaluation recorded on CS3 but "not taught on any Site Day" (6.K7 partial: assessed, not developed).
- Child development never mentioned (6.K4 not met).
- Some outcomes not assessed, so 1.9 partial.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _lc_helpers import *  # noqa

OUT = Path(__file__).with_name("lc-01-harrowdale-written-scheme.docx")
AUTH = "J. Pryor"
d = new_doc("Arial", 10)
header_footer(d, "HCAS  |  WSI MSE08  |  Issue 2  |  October 2008",
              "Harrowdale County Archaeological Service. Supervisors are accepted only with a current enhanced CRB "
              "disclosure.")

# ---------------- title block
tb = d.add_table(rows=6, cols=3)
tb.style = "Table Grid"
a = tb.cell(0, 0).merge(tb.cell(0, 2))
set_cell(a, "HARROWDALE COUNTY ARCHAEOLOGICAL SERVICE", bold=True, size=14, fill="1F3864")
a.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
b = tb.cell(1, 0).merge(tb.cell(1, 2))
set_cell(b, "Field Unit and Finds Store, Corvedale Road, Minstow HR7 4DL", size=9)
c = tb.cell(2, 0).merge(tb.cell(2, 2))
set_cell(c, "WRITTEN SCHEME OF INVESTIGATION: THE MINSTOW SENCo EXCAVATION 2008-09", bold=True, size=12,
         fill="D9E2F3")
set_cell(tb.cell(3, 0), "Site code: MSE08", size=9)
set_cell(tb.cell(3, 1), "HER event no.: [to be assigned]", size=9)
set_cell(tb.cell(3, 2), "Grid ref.: n/a (county-wide)", size=9)
set_cell(tb.cell(4, 0), "Issue: 2 (October 2008)", size=9)
set_cell(tb.cell(4, 1), "Prepared by: J. Pryor, H. Ashcroft", size=9)
set_cell(tb.cell(4, 2), "Approved: R. Whitlock, Principal Archaeologist", size=9)
e = tb.cell(5, 0).merge(tb.cell(5, 2))
set_cell(e, "Submitted to the Training and Development Agency for Schools for approval to deliver the National "
            "Award for SEN Coordination, with Brampton Hill University", size=9, italic=True)
p(d)

p(d, "How to read this scheme", bold=True, size=11)
p(d, "Every project this Service runs, from a pipeline watching brief to a five-week research excavation, is set "
     "out first as a Written Scheme of Investigation. Our Education Team has written its courses for teachers the "
     "same way since 1996, and the teachers who have taken them tell us the habit helps: a scheme says what will "
     "be done, by whom, how it will be recorded and where the record will end up. This scheme treats the work of "
     "a new special educational needs coordinator as the site. The table below gives the terms we use.")
gl = [["Our term", "What it means in this scheme"],
      ["The Excavation", "The course: the Minstow SENCo Excavation, 60 credits at Level 7."],
      ["Supervisor", "A teacher taking the course (in the field, a Supervisor runs a trench; a SENCO leads "
                     "provision)."],
      ["Project Officer", "A tutor employed by the Service or by Brampton Hill University."],
      ["Site Mentor", "An experienced SENCO in a nearby school who visits the Supervisor in school three times."],
      ["Site Day", "A taught day at the Finds Store education suite (ten in all)."],
      ["Trench", "A block of Site Days with its own research objectives (four Trenches)."],
      ["Test Pit", "The enquiry each Supervisor carries out in his or her own school."],
      ["Context Sheet", "A marked assignment (CS1 to CS4); see Section 6."],
      ["Field Notebook", "The Supervisor's own notebook of sketches; see Section 6."],
      ["Monitoring Officer", "The external examiner appointed by Brampton Hill University."],
      ["Finds Register", "The Service's record of every Context Sheet and its marks."],
      ["Backfilling", "The final Site Day."]]
table(d, gl, widths=[3.5, 13])
p(d)

# ---------------- 1 Introduction
p(d, "1. INTRODUCTION", bold=True, size=11)
p(d, "1.1 This Written Scheme of Investigation (WSI) sets out how Harrowdale County Archaeological Service (the "
     "Service) and Brampton Hill University (the University) will deliver the National Award for SEN "
     "Coordination to teachers new to the role of SENCO in Harrowdale and the neighbouring authorities from "
     "September 2008. It is the second issue; the first was discussed with the Local Authority's SEN team and "
     "the Project Board in June 2008.")
p(d, "1.2 The Service is part of the County Council's Environment Directorate. Its Field Unit employs fourteen "
     "archaeologists and its Finds Store at Corvedale Road holds some 2,300 boxes of excavated material. The "
     "Education Team of five has run professional development for teachers since 1996: history and "
     "geography INSET, the handling-collection loans, and since 2004 a course on inclusive fieldwork for "
     "pupils with SEN and disabilities, which two of our staff wrote while serving as SENCOs. The Excavation "
     "grows out of that course and out of the pilot described in 3.4.")
p(d, "1.3 The University's School of Education validates the Excavation as a 60-credit module at Level 7 "
     "(masters level), EDM7042 The SENCO Role, which counts towards its MA Education. The University's "
     "validation panel approved the module on 9 July 2008. Supervisors are registered students of the "
     "University, and the University's Examination Board confers the credit.")
p(d, "1.4 The Excavation is commissioned by Harrowdale Children's Services, which meets the Service's costs "
     "for Harrowdale schools; schools in neighbouring authorities pay the fee in 12.3.")

# ---------------- 2 Site location
p(d, "2. SITE LOCATION AND DESCRIPTION", bold=True, size=11)
p(d, "2.1 Harrowdale has 318 maintained schools: 262 primary, 41 secondary, 9 special schools and 6 pupil "
     "referral units. Each September between thirty and forty-five teachers take up a SENCO post for the first "
     "time, most of them in small rural primary schools where the SENCO also teaches a class for most of the "
     "week.")
p(d, "2.2 Before drawing up this scheme the Service and the Local Authority's SEN team surveyed the county. In "
     "February and March 2008 a questionnaire went to all 318 schools; 151 replied (47 per cent). We then held "
     "two focus groups, one with nineteen SENCOs and one with six headteachers. New SENCOs told us that they "
     "felt least sure about speech, language and communication needs and autism, about provision mapping and "
     "about leading teaching assistants. Headteachers asked for a course that would change something in their "
     "own school rather than take the SENCO away for weeks, and that would not put all Site Days in the same "
     "term.")
p(d, "2.3 Those findings changed the design. Trench 2 now gives a whole Site Day to speech, language and "
     "communication needs and half a day to autism; provision mapping and the deployment of teaching "
     "assistants became the core of Trench 3; the Test Pit was added so that each Supervisor's assessed work "
     "is rooted in his or her own school; and the Site Days were spread over three terms. The Project Board, "
     "on which the Local Authority's Principal Educational Psychologist and two headteachers sit, asked at its "
     "June 2008 meeting that a planned unit on using archives for pupils' research be dropped in favour of "
     "the Test Pit, and it was.")

# ---------------- 3 Background
p(d, "3. ARCHAEOLOGICAL AND HISTORICAL BACKGROUND", bold=True, size=11)
p(d, "3.1 Every WSI begins from what is already known about a site. For the Excavation that means the law, "
     "national policy and the evidence about what works for pupils with SEN and disabilities. The Site Days "
     "draw on the Special Educational Needs Code of Practice (2001), the Special Educational Needs and "
     "Disability Act 2001, the Disability Discrimination Act 2005 and the Disability Equality Duty, Removing "
     "Barriers to Achievement (2004), Every Child Matters: Change for Children (2004) and the Education "
     "(Special Educational Needs Co-ordinators) (England) Regulations 2008, which came into force on 1 "
     "September 2008.")
p(d, "3.2 The inspection evidence we use most is Ofsted's Special educational needs and disability: towards "
     "inclusive schools (2004) and Inclusion: does it matter where pupils are taught? (2006), whose finding "
     "that the quality of provision matters more than its location frames Trench 3. The Bercow Review of "
     "services for children and young people with speech, language and communication needs (2008) is the "
     "set reading for the Site Day on communication, and the Education and Skills Committee's report on SEN "
     "(2006) is read before Site Day 1. Project Officers update the reading list each July.")
p(d, "3.3 Previous investigations. In the field this heading records earlier work on a site. Here it records "
     "the Service's own earlier courses, which Supervisors may also bring as prior learning (see 5.3).")
p(d, "3.4 In spring 2007 the Service ran an unaccredited pilot, the Finds Store Fortnight, for eleven teachers. "
     "In the pilot each teacher spent two days on placement at Brookfield Special School, watching its "
     "outreach teachers at work.")
del_para = p(d, "3.5 In 2008-09 Supervisors will again spend two days on placement at Brookfield School or at "
                "the Lowmead resource base, arranged by the Project Officer.")
mark_para_deleted(del_para, AUTH, "2008-10-02T09:12:00Z")
pl = p(d, "3.6 ")
tracked(pl, [("i", "The pilot's placement days were not continued: Brookfield could not host them again. ")],
        AUTH, "2008-10-02T09:14:00Z")
pl.add_run("The pilot's evaluation is summarised in 7.6.")

# ---------------- 4 Aims and objectives
p(d, "4. AIMS AND OBJECTIVES", bold=True, size=11)
p(d, "4.1 The aim of the Excavation is to raise the attainment and the rate of progress of pupils with SEN and "
     "disabilities in the schools where Supervisors work, by giving each Supervisor the knowledge, "
     "understanding and skills to lead the school's provision for them.")
p(d, "4.2 The objectives of the Excavation are its research objectives (ROs). They are set out Trench by Trench "
     "in Section 5, in our own words, with the Site Day on which each is investigated and the record in which "
     "it is recorded. Section 6 explains the record.")
p(d, "4.3 Consulting pupils directly about their provision lies outside this season's research design. The "
     "Project Board judged that it needs a season of its own, and it is not investigated or recorded in "
     "2008-09.")

# ---------------- 5 Methodology
p(d, "5. METHODOLOGY", bold=True, size=11)
p(d, "5.1 General. The Excavation runs from September 2008 to July 2009: ten Site Days at the Finds Store "
     "education suite, 9.30 to 3.30, grouped in four Trenches, with the Test Pit carried on in school between "
     "them and three visits from a Site Mentor. Supervisors are expected to give about 600 hours in all, "
     "including reading, the Test Pit and the Context Sheets.")
p(d, "5.2 Desk-based assessment. Before Site Day 1 each Supervisor completes a desk-based assessment: a "
     "self-rating from 1 (new to me) to 4 (I could teach it) against every research objective, with a short "
     "note on the school. Project Officers use the returns to put Supervisors into Site Teams of six, so that "
     "each Team has a spread of experience and phase. No individual plan is drawn up from it.")
p(d, "5.3 Prior investigations. A Supervisor who already holds masters-level credit in SEN from a UK "
     "university, gained in the last five years, may apply to the University for accreditation of prior "
     "learning of up to 20 credits, set against CS1. A Supervisor with substantial experience, for example as "
     "an advisory teacher, may instead submit a portfolio of prior experience mapped to the Trench 1 research "
     "objectives; a Project Officer assesses it, the Monitoring Officer sees a sample, and credit of up to 20 "
     "is awarded under the University's APEL regulations.")
p(d, "5.4 The Service does not offer an assessment-only route. Every Supervisor digs all four Trenches and "
     "completes all four Context Sheets, less any credit awarded under 5.3.")
p(d, "5.5 Tailoring. Within the common Site Days each Supervisor chooses, with the Site Mentor and the "
     "headteacher, the focus of his or her Test Pit and the pupils, class or group whose provision the Context "
     "Sheets examine, so that the assessed work is the Supervisor's own school's work. Supervisors whose "
     "desk-based ratings are low on a Trench may book up to two extra one-hour tutorials. The full fee is "
     "£1,150, kept low because Site Days are held in the Service's own suite and Project Officers travel to "
     "schools only for Test Pit visits.")

p(d, "5.6 Trench 1: The Statutory Layer (Site Days 1 and 2)", bold=True)
p(d, "Trench 1 clears the ground: the law, the Code of Practice and national policy as they bear on a "
     "SENCO's day, and the SENCO's place in the school's governance. Supervisors bring their school's SEN and "
     "disability policies, its accessibility plan and the last governors' report on SEN.")
t1 = table(d, [["RO", "The Supervisor will ... (in our words)", "Site Day", "Recorded on"],
               ["1a", "Know the SEN law and the Code of Practice, what they ask of the school and the SENCO, and "
                      "put them into practice in the school's procedures", "1", "CS1"],
               ["1b", "Know the disability equality laws and the Disability Equality Duty, and the actions "
                      "they require of a school for disabled pupils", "1", "CS1"],
               ["1c", "Understand the principles and the five outcomes of Every Child Matters and how a SENCO "
                      "helps children with SEN to reach them", "2", "CS1"],
               ["1d", "Work with the headteacher and governors to shape an inclusive ethos, policy, priorities "
                      "and the use of resources", "2", "CS1"],
               ["1e", "Keep up to date and take charge of his or her own professional development in SEN and "
                      "disability", "2", "Sketch only"]],
           widths=[1.2, 10.5, 1.6, 2.7])
p(d)

p(d, "5.7 Trench 2: Knowing the Learners (Site Days 3, 4 and 5)", bold=True)
p(d, "Trench 2 is the Excavation's longest. Site Day 3 covers behavioural, emotional and social difficulties, "
     "specific learning difficulties and moderate learning difficulties; Site Day 4 is given wholly to speech, "
     "language and communication needs, with the Local Authority's speech and language therapy lead; Site Day "
     "5 covers autism in the morning and assessment in the afternoon. Each Supervisor brings the records of "
     "two pupils, anonymised, and builds them into CS2.")
t2 = table(d, [["RO", "The Supervisor will ... (in our words)", "Site Day", "Recorded on"],
               ["2a", "Know the commonest kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, "
                      "autism, MLD) and how each can affect a child's learning", "3, 4, 5", "CS2"],
               ["2b", "Weigh up approaches, strategies and resources, including ICT, for assessing, planning "
                      "and teaching, and use them to remove barriers", "3, 5", "CS2"],
               ["2c", "Identify pupils who may have SEN, set challenging targets, plan interventions and review "
                      "progress", "5", "CS2"],
               ["2d", "Use reports from educational psychologists, therapists and other professionals to shape "
                      "teaching", "4", "CS2"],
               ["2e", "Use summative data, including national test results, to track progress and change a "
                      "pupil's programme", "5", "CS2"],
               ["2f", "Build fair, respectful, supportive relationships with pupils with SEN and disabilities "
                      "and their families", "3", "CS2"],
               ["2g", "Know the best practice and research findings on meeting SEN", "3, 4", "CS2"],
               ["2h", "Use research and outside advice to improve his or her own practice and colleagues'",
                "4", "CS2"]],
           widths=[1.2, 10.5, 1.6, 2.7])
p(d)

p(d, "5.8 Trench 3: Leading the Site (Site Days 6, 7 and 8)", bold=True)
p(d, "Trench 3 is about leading other adults. Its centre is the provision map, built on Site Day 6 from the "
     "Supervisor's own school data and tested in the Test Pit. Site Day 7 covers the deployment of teaching "
     "assistants and the coaching of colleagues, with a session led by a headteacher on winning the support of "
     "senior leaders; Site Day 8 covers reviewing provision with colleagues.")
t3 = table(d, [["RO", "The Supervisor will ... (in our words)", "Site Day", "Recorded on"],
               ["3a", "Use provision mapping to plan and cost provision and find what is missing or not working",
                "6", "CS3"],
               ["3b", "Deploy and manage teaching assistants and other staff well", "7", "CS3"],
               ["3c", "Support colleagues' development by observation and feedback, modelling, coaching and "
                      "running training", "7", "CS3"],
               ["3d", "Review and evaluate provision with other staff and feed the results into the school's "
                      "improvement planning", "8", "CS3"],
               ["3e", "Gain the commitment of colleagues, the headteacher and senior leaders", "7", "CS3"],
               ["3f", "Prioritise, manage time and delegate well", "6", ""],
               ["3g", "Anticipate and resolve problems and judge provision soundly", "8", "CS3"],
               ["3h", "Help other teachers develop formative assessment, with approaches for pupils with SEN",
                "8", "CS3"],
               ["3i", "Understand school self-evaluation and improvement and how it bears on SEN outcomes", "-",
                "CS3"]],
           widths=[1.2, 10.5, 1.6, 2.7])
cell_tracked(t3.cell(6, 3), [("d", "CS3"), ("i", "Sketch only")], AUTH, "2008-10-02T10:01:00Z")
p(d, "Objective 3i is not taught on any Site Day: Supervisors meet it only in the brief for CS3, which asks "
     "them to set their provision map against the school's own self-evaluation.", italic=True)
p(d)

p(d, "5.9 Trench 4: Beyond the Trench Edge (Site Days 9 and 10)", bold=True)
p(d, "Trench 4 looks outward: to the services and voluntary bodies a SENCO works with, to other schools, and "
     "to families. Site Day 9 brings in the Local Authority's educational psychology, sensory support and "
     "behaviour support teams and two voluntary organisations; Site Day 10 is the Site Tour (see CS4) and "
     "Backfilling.")
t4 = table(d, [["RO", "The Supervisor will ... (in our words)", "Site Day", "Recorded on"],
               ["4a", "Know what external agencies do and how to get specialist support and resources for a "
                      "pupil", "9", "CS4"],
               ["4b", "Work with other services and agencies, including voluntary bodies, so that support for a "
                      "pupil hangs together", "9", "CS4"],
               ["4c", "Put a case clearly in speech and writing and listen to other people's views", "10", "CS4"],
               ["4d", "Liaise with parents and carers to support their child's learning", "9",
                "Watching brief"]],
           widths=[1.2, 10.5, 1.6, 2.7])
p(d, "On Site Day 9 the Local Authority's Parent Partnership officer talks for an hour about working with "
     "parents; this is the only session on parents in the Excavation.")
p(d)

p(d, "5.10 The Test Pit. Between Site Days 6 and 10 each Supervisor leads one change in the school's provision, "
     "agreed with the headteacher: for example a new intervention, a revised provision map or a new way of "
     "deploying teaching assistants. The Site Mentor visits three times, and the Supervisor records the change, "
     "its effect and what he or she would do differently in CS3. The Test Pit is how the Excavation ties what "
     "is learned on Site Days to practice in school.")
p(d, "5.11 Watching briefs. Some matters are seen on a Site Day but not recorded. Site Day 7 includes an hour "
     "on identifying in good time the access arrangements pupils need for Key Stage tests and GCSE "
     "examinations, and on putting them in place with colleagues; it is a watching brief.")

# text box: Site Hut
p(d, "5.12 The Site Hut", bold=True)
textbox(d, [("THE SITE HUT", True),
            ("The Site Hut is the Excavation's area on the University's Blackboard site. Each Site Team has its "
             "own discussion board, where Supervisors post their Test Pit notes and comment on each other's; "
             "a Project Officer reads every board twice a week and answers questions within two working "
             "days.", False),
            ("Between Site Days each Supervisor has a booked 30-minute telephone or video tutorial with a "
             "Project Officer each half term, and drafts of Context Sheets are sent and returned with comments "
             "through the Site Hut.", False),
            ("Site Day slides, readings and recordings of the speakers' sessions are placed in the Site Hut the "
             "same evening. Site Mentors have guest access so that Supervisor, Mentor and Project Officer can "
             "exchange messages about visits.", False),
            ("The Site Hut supports the Site Days; it does not replace them.", False)], height_pt=190)
p(d)
p(d, "5.13 Flexibility. The Excavation has a single September start and the Trenches are taken in order; we "
     "have not found a way to offer a January start with the numbers we expect. The one choice is the day: "
     "Site Days 3 to 10 are each run twice, on a Thursday at the Finds Store and on the following Tuesday at "
     "the Corvedale Teachers' Centre, and a Supervisor may attend either.")

# ---------------- 6 Recording system
p(d, "6. RECORDING SYSTEM", bold=True, size=11)
p(d, "6.1 In the field, a context is recorded on a context sheet, checked by a supervisor and entered in the "
     "site archive; a sketch in a notebook is not a record. The Excavation follows the same rule. The column "
     "'Recorded on' in the Trench tables in Section 5 uses the following values.")
p(d, "6.2 'CS1' to 'CS4' mean that the research objective is assessed, and marked against criteria, in that "
     "Context Sheet:")
p(d, "CS1 (Trench 1): a 2,500-word paper to the Supervisor's governing body on the school's SEN and "
     "disability duties and its inclusion policy, with a covering note to the headteacher.", style="List Bullet")
p(d, "CS2 (Trench 2): a 3,500-word case study of two pupils, from identification to review, drawing on "
     "professionals' reports and the school's data.", style="List Bullet")
p(d, "CS3 (Trench 3): the Test Pit report: the school's provision map, the change led, its effect on the "
     "pupils and staff involved and a 3,000-word commentary.", style="List Bullet")
p(d, "CS4 (Trench 4): the Site Tour, a twenty-minute presentation to two Project Officers and a Site Mentor on "
     "the Supervisor's work with other services, followed by a professional discussion, and a 1,500-word "
     "reflective report.", style="List Bullet")
p(d, "6.3 'Sketch only' means that the objective is worked on in the Field Notebook, which a Project Officer "
     "reads and comments on at each tutorial, but it is not marked and is not a Context Sheet.")
p(d, "6.4 'Watching brief' means that the objective is introduced on a Site Day but is not recorded anywhere: "
     "there is no notebook task and no mark.")
p(d, "6.5 Every Context Sheet is marked by a Project Officer against the research objectives recorded on it, "
     "each judged met or not yet met, and given a percentage mark. The Finds Register records, for every "
     "Supervisor, each research objective recorded on a Context Sheet and whether it was judged met.")

# ---------------- 7 Monitoring
p(d, "7. MONITORING AND QUALITY", bold=True, size=11)
p(d, "7.1 Internal. Every Site Day ends with a one-page evaluation slip. Project Officers meet after each "
     "Trench to go through the slips and the Finds Register, and in September hold the Post-Season Review with "
     "the University's programme leader. The Review sets the changes for the next season, which go into an "
     "action log that the Principal Archaeologist signs off and that the next season's Project Officers work "
     "from.")
p(d, "7.2 External. The Excavation is a module of the University and goes through its annual monitoring: a "
     "module report with pass rates and student feedback to the School of Education's quality committee. The "
     "Monitoring Officer reports each year on standards and marking, and the Monitoring Officer's "
     "recommendations go into the action log.")
mod = p(d, "7.3 Marking. Each Context Sheet is marked by the Project Officer who tutored the Site Team, using "
        "the University's Level 7 criteria. ")
tracked(mod, [("i", "A sample of one in four Context Sheets, and every Context Sheet that fails, is second-"
                    "marked blind by another Project Officer; the University's moderation panel then moderates "
                    "the sample, and the Monitoring Officer sees it before the Examination Board.")],
        AUTH, "2008-10-03T15:40:00Z")
p(d, "7.4 Impact. Supervisors rate their confidence against every research objective at the desk-based "
     "assessment and again at Backfilling, and the two are compared in the Post-Season Review. We hope in "
     "time to ask Supervisors to report on the progress of the pupils in their Test Pits, but no measure of "
     "pupils' achievement has yet been set.")
p(d, "7.5 Stakeholders in the Excavation. Two headteachers and the Principal Educational Psychologist sit on "
     "the Project Board. SENCOs from Site Mentors' schools and the Local Authority's specialist teams speak on "
     "Site Days 4, 7 and 9, and Site Mentors host the Test Pit visits. We would like headteachers to tell us, a "
     "year after Backfilling, what difference the Excavation has made to their schools.")
p(d, "7.6 The 2007 pilot. The eleven teachers in the Finds Store Fortnight rated it highly and asked for more "
     "on communication needs and on leading adults; both requests are reflected in Trenches 2 and 3.")

# ---------------- 8 Staffing
p(d, "8. STAFFING AND SPECIALISTS", bold=True, size=11)
st = table(d, [["Name and role", "Qualifications and experience"],
               ["Dr Helen Ashcroft, Education Manager (lead Project Officer)",
                "Former SENCO in two Harrowdale primary schools (nine years); MA Inclusive Education; PhD on "
                "access to heritage for pupils with learning difficulties; tutor on the Service's inclusive "
                "fieldwork course since 2004."],
               ["Mark Tennant, Project Officer (seconded from the Learning Support Service)",
                "Advisory teacher for specific learning difficulties; Diploma in SpLD, AMBDA; twelve years "
                "supporting SENCOs across the county."],
               ["Priya Sandhu, Project Officer",
                "Secondary SENCO for six years; National Professional Qualification for Headship; current "
                "member of the county SENCO network steering group."],
               ["Dr Colin Ferris, University programme leader",
                "Senior Lecturer in Special and Inclusive Education, Brampton Hill University; leads the MA "
                "Education SEN pathway."]],
           widths=[5.5, 11])
p(d)
p(d, "8.1 Each Project Officer attends the county SENCO network and at least two days of specialist "
     "training a year, recorded in the Service's staff development log.")
p(d, "8.2 Specialists. The Local Authority's educational psychology service, speech and language therapy lead, "
     "sensory support team and behaviour support team each lead a session, and Supervisors may consult them "
     "through the Site Hut. There are no placements in 2008-09.")
p(d, "8.3 Safeguarding. Every member of the Service's Education Team who works in schools holds an enhanced "
     "CRB disclosure, renewed every three years, and the Service keeps a single central record of them.")
p(d, "8.4 Induction. Each new Project Officer shadows a full Trench and marks alongside Dr Ashcroft before "
     "marking alone, and all Project Officers meet for a standardisation morning before each Context Sheet "
     "deadline. Site Mentors receive the Site Mentor Notes by post; they will be offered a half-day briefing "
     "if enough of them can be released.")

# ---------------- 9 Finds and resources
p(d, "9. FINDS STORE AND RESOURCES", bold=True, size=11)
p(d, "9.1 The education suite has a teaching room for thirty, a library of some 400 books and journals on "
     "SEN and disability, and twelve laptops. Supervisors have full access to the University library and its "
     "electronic journals. The Local Authority lends its assistive technology boxes (Clicker 5, Dragon "
     "NaturallySpeaking, Widgit symbol software, talking tins and reading pens) for Site Days 3 to 5 and for "
     "Test Pit use, and the Service's handling boxes are adapted with tactile and large-print labels for use "
     "with pupils with visual impairment.")

# ---------------- 10 Archive
p(d, "10. ARCHIVE, REPORTING AND THE AWARD", bold=True, size=11)
p(d, "10.1 The Finds Register is deposited with the University's Examination Board in July. The Board awards "
     "the 60 credits only when every Context Sheet has been passed and every research objective recorded on a "
     "Context Sheet has been judged met; a high mark on one objective does not make up for an objective not "
     "met. A Supervisor with an objective not yet met may resubmit once.")
p(d, "10.2 Backfilling. At the last Site Day the University talks about its MA Education pathways, and each "
     "Supervisor may take away the leaflet After the Excavation, which lists further courses.")

# ---------------- 11 Health safety access
p(d, "11. HEALTH, SAFETY AND ACCESS", bold=True, size=11)
p(d, "11.1 The booking form asks every applicant, in confidence, whether he or she has a disability or a need "
     "we should plan for, and the Education Manager contacts each who says yes before Site Day 1. The suite is "
     "step-free with an accessible toilet and a hearing loop; papers are sent in large print or electronically "
     "on request; a BSL interpreter is booked where needed; and Supervisors may be assessed with extra time or "
     "in another format through the University's disability office. Our publicity says all this, and no "
     "applicant is turned down because of a disability.")

# ---------------- 12 Recruitment
p(d, "12. RECRUITMENT", bold=True, size=11)
p(d, "12.1 Applicants must hold Qualified Teacher Status, be in post as SENCO or named to become SENCO within "
     "the year, and send a supporting letter from the headteacher with a 500-word statement of their work with "
     "pupils with SEN. A Project Officer speaks to each applicant by telephone. An applicant who does not yet "
     "have the experience to benefit is told what to do first, and the Project Officer talks to the headteacher "
     "about it.")
p(d, "12.2 The fee is £1,150 for schools outside Harrowdale. Places are limited to thirty-six.")

# ---------------- 13 Timetable
p(d, "13. TIMETABLE", bold=True, size=11)
tt = d.add_table(rows=11, cols=3)
tt.style = "Table Grid"
for j, h in enumerate(["Trench", "Site Day", "Date (Thursday / Tuesday)"]):
    set_cell(tt.cell(0, j), h, bold=True, fill="D9D9D9")
rows = [("1. The Statutory Layer", "1", "18 September 2008"), ("", "2", "9 October 2008"),
        ("2. Knowing the Learners", "3", "6 / 11 November 2008"), ("", "4", "4 / 9 December 2008"),
        ("", "5", "22 / 27 January 2009"), ("3. Leading the Site", "6", "26 February / 3 March 2009"),
        ("", "7", "26 / 31 March 2009"), ("", "8", "30 April / 5 May 2009"),
        ("4. Beyond the Trench Edge", "9", "4 / 9 June 2009"), ("", "10", "2 / 7 July 2009")]
for i, (a_, b_, c_) in enumerate(rows, start=1):
    set_cell(tt.cell(i, 0), a_)
    set_cell(tt.cell(i, 1), b_)
    set_cell(tt.cell(i, 2), c_)
tt.cell(1, 0).merge(tt.cell(2, 0))
tt.cell(3, 0).merge(tt.cell(5, 0))
tt.cell(6, 0).merge(tt.cell(8, 0))
tt.cell(9, 0).merge(tt.cell(10, 0))
p(d)
p(d, "Site Days 1 and 2 are held once only, on Thursdays, at the Finds Store.", italic=True)

# comment on 8.3
c = p(d, "14. SIGN-OFF", bold=True, size=11)
so = p(d, "This scheme is issued for approval. Any departure from it will be agreed in writing with the "
          "University before the Site Day concerned.")
d.add_comment(d.paragraphs[[i for i, x in enumerate(d.paragraphs) if x.text.startswith("8.3 Safeguarding")][0]].runs,
              text="Do we check the Supervisors' own CRB disclosures? Ask the University's admissions team "
                   "before this goes.", author="R. Whitlock", initials="RW")

d.save(OUT)
print("wrote", OUT)
