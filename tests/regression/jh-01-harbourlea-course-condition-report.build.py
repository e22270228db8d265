"""jh-01-harbourlea-course-condition-report

Provider (invented): Harbourlea Housing Group, a large housing association (about 38,000
homes), through its Community and Family Learning team ("Harbourlea Learning Together"),
with the University of Wrekinford's School of Education, which validates the award as a
Postgraduate Certificate. March 2009.

Document kind and layout: the team writes its application on the Home Condition Report
form that its own Homes for Sale team uses for Home Information Packs (2007-09), renamed a
"Course Condition Report". No heading styles: section titles are bold typed Normal
paragraphs ("SECTION E  OUTSIDE THE COURSE"). Element numbers follow the Home Condition
Report (E1 Chimney stacks ... I2 Risks to people), so "E1" and "E2" collide with the
requirement ids E.1 and E.2, and the element names (roof coverings, windows, drainage) are
the form's, with the course matter given after a colon. Each element has a condition
rating 1, 2, 3 or NI (not inspected); the ratings are the team's self-assessment, not
evidence. A general information table with merged and shaded cells, a summary-of-ratings
table, a text box ("How to read this report"), a tracked change (40 credits deleted, 60
inserted), a deleted paragraph, two Word comments, a header and a footer with a PAGE field.
The outcomes are a "Fittings and Contents" list in the style of the conveyancing TA10 form:
"Item | Fitted in | Included (marked in) | Excluded | None", its key defining "Included" as
assessed in a marked task, "Excluded" as worked on in a Learning Day but in no marked task.

Traps (requirement ids):
- E.2 met: a tracked change in A3 deletes "40" and inserts "60"; E2 confirms 60 credits at
  Level 7. A reader of the deleted text sees 40 credits.
- 2.1 partial: prior study accredited (up to 20 credits) but experience "is not accredited".
- Condition ratings and the summary table are headings and self-ratings, never evidence.
- 1.3 partial: research only in general terms ("keeps up with the latest research").
- 1.5 and 6.S7 not met: F8 says consulting pupils directly is not covered this year; the
  Fittings list has "None" for involving pupils. A comment suggests adding it (a comment).
- 1.9 partial: several outcomes "Excluded" (worked on, not marked).
- 2.3 not met: D2 says the University's regulations do not allow assessment without
  attendance; a comment claims Harbourlea's own inclusion officers could be assessed this
  way (comment: not evidence).
- 3.1 partial: a general statement of compliance with the Disability Discrimination Act;
  no arrangement for adjustments.
- 3.3 partial: the online Learning Space has forums and a tutor in sessions, but "Tutors do
  not answer forum posts between Learning Days".
- 4.3 partial: headteachers "receive" the course report; parents evaluating the course is
  only something "We would like"; a deleted paragraph put Parents' Panel members on the
  Task 1 marking panel (deleted: not evidence).
- 5.2 partial: entry only checks QTS and the SENCO post; no check of prior knowledge.
- 5.3 not met: I2 says schools are responsible for CRB checks on their staff and "we do not
  ask to see them"; the footer claims every candidate holds a CRB disclosure (footer: not
  evidence).
- 5.5 partial: visiting specialists, but placements only "if a participant asks"; a
  deleted sentence promised a special-school placement for everyone.
- 5.7 partial: tutors briefed by the University; school mentors chosen by heads with no
  briefing ("We do not train mentors").
- 5.9 partial: confidence measured before and after; pupils' achievement only "We hope".
- 6.0 met: the award only when the Portfolio Review finds every national outcome shown.
- 6.A3, 6.K7, 6.S2b, 6.S4 partial: "Excluded" (developed in a Learning Day, not marked).
- 6.K4 partial: "Included" in Task 1 but "Fitted in" blank (assessed, not taught); no
  Learning Day covers child development.
- 6.S2d not met: "NI" (not inspected): exam arrangements not in the course.
- 6.S7 not met: "None".
- Harbourlea's tenancy-support language ("household", "doorstep") used for the course's
  own tasks (Household Profile, Whole-House Survey, Open House).
"""
import os
from docx.enum.text import WD_ALIGN_PARAGRAPH
from _jh_helpers import (new_doc, para, run, runs, table, shade, cell_text, ins_run, del_run,
                         mark_para, header_footer, text_box)

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "jh-01-harbourlea-course-condition-report"

d = new_doc("Arial", 10)
header_footer(d, "HARBOURLEA LEARNING TOGETHER  |  Course Condition Report  |  Ref HLT/CCR/09/01",
              "Harbourlea Housing Group is a registered social landlord. All candidates hold a current enhanced "
              "CRB disclosure.")


def title(t):
    p = para(d, t, bold=True, size=12, color="1F4E79")
    return p


def el(code, name, course, rating):
    p = d.add_paragraph()
    run(p, code + "  " + name + ": ", bold=True)
    run(p, course, bold=True, color="1F4E79")
    run(p, "    Condition rating " + rating, italic=True)
    return p


para(d, "HOME CONDITION REPORT", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
para(d, "adapted as a Course Condition Report", italic=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
para(d, "The National Award for SEN Coordination: Harbourlea Learning Together with the University of Wrekinford",
     bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)

title("SECTION A  GENERAL INFORMATION")
rows = [
    ["A1", "Property (the course)", "Postgraduate Certificate: National Award for SEN Coordination"],
    ["A2", "Owner (provider)", "Harbourlea Housing Group, Community and Family Learning team (Harbourlea Learning Together), Foxwell Learning Centre, Canal Street, Wrekinford"],
    ["A3", "Tenure (accreditation)", None],
    ["A4", "Date of inspection", "2 March 2009, for the first intake in September 2009"],
    ["A5", "Inspected by", "Jude Okafor, Learning Development Manager, with Dale Pryor, Harbourlea Home Inspector (DipHI)"],
    ["A6", "Occupancy", "Two groups of 18 teachers a year, from primary, secondary and special schools in the nine local authorities where Harbourlea has homes"],
]
t = table(d, [["Ref", "Information", "Details"]] + rows, header_fill="D9E2F3", widths=[1.5, 4.5, 10])
p = t.cell(3, 2).paragraphs[0]
run(p, "The course is validated by the University of Wrekinford, School of Education, as a Postgraduate Certificate of ")
del_run(p, "40")
ins_run(p, "60")
run(p, " credits at Level 7 (masters level) of the University's framework. The University awards the certificate; Harbourlea teaches the course under a Memorandum of Co-operation signed in January 2009.")
r = t.add_row()
m = r.cells[0].merge(r.cells[2])
cell_text(m, "Weather at the time of inspection: dry. The course has not yet been occupied; this report describes it as it will run from September 2009.", italic=True)
shade(m, "F2F2F2")

p = d.add_paragraph()
text_box(p, [
    ("How to read this report", True),
    ("We have used the Home Condition Report form that our Homes for Sale team completes for every shared ownership home we sell. "
     "Each part of the course is described under the element of the form it most resembles. The rating after each element is our own view of its condition.", False),
    ("1  No repair is presently needed.   2  Needs attention, but not serious or urgent.   3  Serious or urgent; must be put right.   NI  Not inspected.", False),
], height_cm=4.5)

title("SECTION B  SUMMARY OF CONDITION RATINGS")
sumrows = [["Rating", "Elements"],
           ["1", "E1, E2, E4, E5, E6 (part), E8, F1, F3, F4, F5, F7, F9, G1, G3, G4, H1"],
           ["2", "E3, E7, E9, F2, F6, G2, G5, G6, H2, H3"],
           ["3", "F8, I2"],
           ["NI", "Examination access arrangements (see the Fittings and Contents list)"]]
table(d, sumrows, header_fill="D9E2F3", widths=[2, 14])
para(d, "Please read the whole report. The ratings are a summary only.", italic=True)

title("SECTION C  ACCOMMODATION AND FACILITIES")
para(d, "The course is one year part time. It has ten Learning Days at the Foxwell Learning Centre, three marked tasks "
     "carried out in the participant's own school, a Starting Survey before the course begins and a Portfolio Review "
     "at the end. Between Learning Days participants work in their school with a school mentor and use our online "
     "Learning Space.")
table(d, [["Room", "What it is", "How many"],
          ["Learning Days", "Full days at Foxwell, 9.15 to 3.30, or as two twilight sessions in the January group", "10"],
          ["Household Profile", "Task 1: a study of one pupil and their family", "1 (40% of the marks)"],
          ["Whole-House Survey", "Task 2: an audit and development project in the participant's school", "1 (40%)"],
          ["Open House", "Task 3: a presentation to colleagues with questions from a panel", "1 (20%)"],
          ["Portfolio Review", "A meeting at the end with the tutor and the University's link tutor", "1"]],
      header_fill="D9E2F3", widths=[3.5, 9.5, 3])

title("SECTION D  MATTERS FOR THE PANEL AND THE UNIVERSITY")
para(d, "In a Home Condition Report this section lists things the buyer's conveyancer should check. Here it lists "
     "what we want the panel to know before reading further.", italic=True)
p = para(d, "")
runs(p, [("D1  Who the course is for. ", "b"),
         ("The course is for teachers in their first two years as SENCO. Most of our schools serve Harbourlea estates, "
          "where the proportion of pupils with SEN is well above the national figure and many families already know "
          "our family learning tutors.", "")])
p = para(d, "")
runs(p, [("D2  Assessment without attending. ", "b"),
         ("We have been asked whether an experienced SENCO could be assessed without attending the course. "
          "The University's regulations do not allow this for the Award at present, and we do not offer it.", "")])
d.add_comment(p.runs, text="Our own inclusion officers could surely be put straight through to the Open House and "
              "Portfolio Review? Can we say we offer that for them?", author="Marcia Dunne", initials="MD")
p = para(d, "")
runs(p, [("D3  Other courses. ", "b"),
         ("Harbourlea also runs family learning courses for parents in 40 primary schools. These are not part of the "
          "Award, but participants meet parents from them on Learning Day 7.", "")])

title("SECTION E  OUTSIDE THE COURSE")
el("E1", "Chimney stacks and flues", "validation and who awards the certificate", "1")
para(d, "The University of Wrekinford validated the course at an event on 28 January 2009. The University's School of "
     "Education appoints a link tutor, Dr Helen Marchant, who sits on our course team, and the University's "
     "Academic Board confers the award. The course is part of the University's modular CPD framework.")
el("E2", "Roof coverings", "credit and level", "1")
para(d, "One 60-credit module at Level 7. The ten Learning Days give 60 hours of contact; the three tasks and "
     "reading in school make up the rest of the 600 notional hours.")
el("E3", "Rainwater pipes and gutters", "what we heard before we built it", "2")
para(d, "In autumn 2008 we surveyed the headteachers of the 41 primary schools and 9 secondary schools on our estates "
     "(37 replied) and held two evening meetings with SENCOs (26 came). Heads told us new SENCOs struggled most with "
     "working with families who do not come into school, and with leading teaching assistants. SENCOs asked for days "
     "that did not all fall on the same weekday. We also held three coffee mornings with parents from our family "
     "learning groups, who said review meetings felt like being \"talked at\". Because of this, Learning Day 7 is about "
     "meeting families on their own ground, and the January group meets in twilight sessions.")
el("E4", "Main walls", "aims of the course", "1")
para(d, "The course aims to raise the achievement of children and young people with SEN and disabilities, in the full "
     "sense of the five Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a "
     "positive contribution and achieving economic well-being. Each task asks the participant to show what changed for "
     "pupils, in their learning and in their well-being, and the marking criteria for all three tasks include the "
     "effect on pupils' achievement and well-being.")
el("E5", "Windows", "links to practice in schools", "1")
para(d, "Every task is carried out in the participant's own school, on real pupils and real provision. Between "
     "Learning Days participants try out what they have learned and bring back what happened to the next day. The "
     "Whole-House Survey leads to a change the participant puts into practice in their school during the spring and "
     "summer terms, and they report its effect on pupils at the Open House.")
el("E6", "Outside doors", "getting in", "1 (entry), 3 (checks: see I2)")
para(d, "Applicants must hold Qualified Teacher Status and be in post as SENCO, or about to take up the post, in a "
     "school in England. The headteacher signs the application form to confirm the post and to release the teacher "
     "for the Learning Days.")
el("E7", "Conservatories and porches", "credit for earlier study", "2")
para(d, "Participants who have masters-level credit from earlier study of SEN can apply through the University's "
     "Accreditation of Prior Learning procedure. The link tutor checks the earlier work against the course's learning "
     "outcomes, and up to 20 credits can be accredited, which excuses the participant from Task 3. Experience without "
     "a qualification is taken into account in the Starting Survey and Personal Plan, but it is not accredited.")
el("E8", "Other joinery and finishes", "flexibility", "1")
para(d, "There are two start points each year, September and January. The September group meets on Thursdays, one "
     "a month; the January group meets as twenty twilight sessions (4.00 to 7.00) instead of ten days. A participant "
     "who misses a Learning Day can join the same day with the other group. Tasks 1 and 2 can be done in either order.")
el("E9", "Other", "equality and access", "2")
para(d, "Harbourlea complies with the Disability Discrimination Act in all its services, and the Learning Centre is "
     "fully accessible.")

title("SECTION F  INSIDE THE COURSE")
el("F1", "Roof structure", "how the course fits together", "1")
para(d, "The Starting Survey comes first, then the ten Learning Days, with Task 1 due after Day 5, Task 2 after Day 9 "
     "and Task 3 at the end of the year. The Portfolio Review closes the course.")
el("F2", "Ceilings", "research and inspection evidence", "2")
para(d, "The course team keeps up with the latest research and inspection findings on SEN and disability, and "
     "tutors bring these into the Learning Days.")
el("F3", "Walls and partitions", "the Learning Days", "1")
days = [
    ("Learning Day 1, Moving in: ", "the SENCO's role and the law. The SEN Code of Practice (2001) and its graduated "
     "response, statutory assessment and statements, the Disability Discrimination Act and the disability equality "
     "duty, and current government policy including the Inclusion Development Programme and the Lamb Inquiry."),
    ("Learning Day 2, The whole neighbourhood: ", "Every Child Matters. The five outcomes, the Children's Trust, the "
     "Common Assessment Framework, and what the SENCO does to help pupils be healthy, stay safe and achieve economic "
     "well-being as well as to achieve at school."),
    ("Learning Day 3, Who lives here: ", "the most common kinds of SEN and disability: behavioural, emotional and "
     "social difficulties, specific learning difficulties including dyslexia, speech, language and communication "
     "needs, autistic spectrum disorders and moderate learning difficulties, and how each can affect learning."),
    ("Learning Day 4, Finding out: ", "identifying pupils who may have SEN from observation, data and assessment; "
     "setting targets, planning interventions and reviewing progress; using reports from educational psychologists, "
     "speech and language therapists and other professionals in planning teaching; and leading colleagues in "
     "formative assessment that works for pupils with SEN."),
    ("Learning Day 5, The floor plan: ", "provision mapping and management, finding provision that is missing or not "
     "working, and using summative data, including national test results, to track progress and change programmes."),
    ("Learning Day 6, Tools for the job: ", "approaches, strategies and resources for assessment, planning, teaching "
     "and learning, including ICT and assistive technology; research and best practice in meeting SEN; drawing on "
     "research and outside advice to improve practice."),
    ("Learning Day 7, On the doorstep: ", "relationships with pupils and families; meeting parents and carers at "
     "home and in the community, led with our family learning tutors and parents from our family learning groups; "
     "advising and supporting parents; making review meetings work for families."),
    ("Learning Day 8, Good neighbours: ", "external agencies and voluntary organisations, how to get specialist "
     "support and resources; working in partnership with health, social care, Connexions, the voluntary sector and "
     "Harbourlea's own tenancy support and family intervention workers."),
    ("Learning Day 9, Leading the household: ", "gaining the commitment of the headteacher and senior leaders; "
     "working with governors on an inclusive ethos, policy and the use of resources; supporting colleagues through "
     "observation and feedback, modelling, coaching and training; deploying and managing teaching assistants; "
     "prioritising, managing time and delegating."),
    ("Learning Day 10, The survey: ", "reviewing the effectiveness of provision with colleagues, the principles of "
     "school self-evaluation and how they apply to SEN, and planning next steps."),
]
for a, b in days:
    p = d.add_paragraph(style="List Bullet")
    run(p, a, bold=True)
    run(p, b)
el("F4", "Floors", "the marked tasks", "1")
p = para(d, "")
runs(p, [("Task 1, The Household Profile (4,000 words). ", "b"),
         ("A study of one pupil with SEN and their family, built up over the autumn: how the pupil's needs were "
          "identified, what the assessments of other professionals showed, the targets set and the interventions "
          "planned, how the family was involved, which agencies were brought in and what progress was made at "
          "review. The participant also explains the pupil's development and how their needs affect their learning.", "")])
p = para(d, "")
runs(p, [("Task 2, The Whole-House Survey (4,000 words and the provision map). ", "b"),
         ("An audit of SEN provision across the participant's school, using a provision map, a check of the school's "
          "SEN and accessibility policies against the law, and a review of the provision with colleagues. The "
          "participant plans and leads one change, including training or coaching for colleagues and support for "
          "formative assessment, and writes a paper for the senior leadership team and governors drawing on research.", "")])
p = para(d, "")
runs(p, [("Task 3, The Open House (20 minutes and questions). ", "b"),
         ("A presentation to colleagues and a panel of the tutor and a headteacher on what changed for pupils, "
          "including their well-being, and what the participant has learned, ending with their plan for their own "
          "development over the next two years. The panel asks questions and judges how clearly the participant "
          "explains and how well they listen and respond.", "")])
para(d, "Each task is marked against the national outcomes it covers (see the Fittings and Contents list) and against "
     "the University's Level 7 criteria.")
el("F5", "Fireplaces", "the Starting Survey and the Personal Plan", "1")
para(d, "Before the first Learning Day each participant completes the Starting Survey, rating themselves against every "
     "national outcome and giving an example from their work for each rating. Their tutor meets them in their school "
     "for an hour to go through it, and together they write a Personal Plan: which outcomes need most work, which "
     "Learning Days and reading matter most, a personal set of outcome targets, and which pupil and which school "
     "priority their tasks will be about. The Personal Plan is reviewed at each tutorial. A participant whose "
     "Starting Survey shows strength in an area is not asked to repeat it: the tutor agrees other reading or a school "
     "visit in its place. The fee is £1,450 a place, of which Harbourlea's community investment fund pays £450 for "
     "schools on our estates.")
el("F6", "Built-in fittings", "the Learning Space (online)", "2")
para(d, "The Learning Space is a Moodle site hosted by the University. It holds the readings, the Learning Day "
     "materials and a forum for each group, and tutors use it during Learning Days. Tutors do not answer forum posts "
     "between Learning Days; participants contact their tutor by phone if they need help.")
el("F7", "Woodwork", "working with parents and carers", "1")
para(d, "Learning Day 7 is taught with our family learning tutors, who have worked with families on our estates for "
     "twelve years. Participants practise advising and supporting parents, plan a home visit with a family learning "
     "tutor, and bring back an account of working in partnership with one family for Task 1.")
el("F8", "Bathroom fittings", "hearing from pupils", "3")
para(d, "The course does not at present cover consulting pupils directly or involving them in planning their own "
     "provision. We know this is a gap and it is the first thing we will look at after the first year.")
d.add_comment(d.paragraphs[-1].runs, text="Could we add a session on pupil voice to Day 7 before submission?",
              author="Helen Marchant", initials="HM")
el("F9", "Other", "at the end of the course", "1")
para(d, "At the Portfolio Review the participant, their tutor and the link tutor agree the participant's professional "
     "targets for the next two years, using the Next Steps sheet, which the participant then takes to their performance "
     "management meeting with their headteacher. The sheet lists further study, including the University's MA in "
     "Inclusive Education, into which the 60 credits transfer.")

title("SECTION G  SERVICES")
el("G1", "Electricity", "the people who teach it", "1")
table(d, [["Name", "Role", "Background"],
          ["Jude Okafor", "Programme leader", "MA Special and Inclusive Education; SENCO in two Wrekinford primary schools for nine years; leads Harbourlea's school partnerships"],
          ["Priya Sandhu", "Tutor", "Advanced Diploma in SpLD; former advisory teacher for dyslexia, Wrekinford LA; SENCO until 2007"],
          ["Martin Hale", "Tutor", "MEd; former deputy head of a BESD special school; current member of the local authority's inclusion panel"],
          ["Dr Helen Marchant", "University link tutor", "Senior lecturer in inclusive education; PhD on parent partnership; external examiner for two SEN programmes"],
          ["Rosa Kimathi", "Family learning tutor (Day 7)", "Harbourlea family learning lead; Certificate in Family Learning; 12 years on our estates"]],
      header_fill="D9E2F3", widths=[3.5, 3.5, 9])
para(d, "All tutors spend at least five days a year in schools, and the team attends the NASEN and University SEN "
     "conferences each year.")
el("G2", "Gas", "tutors' and mentors' roles", "2")
para(d, "Tutors attend the University's briefing for associate tutors, which covers marking, the regulations and the "
     "tutor's role, and receive the course handbook. Each participant also has a school mentor, usually a senior "
     "leader, chosen by the headteacher. We do not train mentors; the headteacher explains the role to them.")
el("G3", "Water", "teaching resources", "1")
para(d, "The Foxwell Learning Centre has a teaching room for 24, a small library of SEN texts and assessment "
     "materials, a suite of 16 computers with assistive software (text-to-speech, symbol software, mind-mapping) and a "
     "set of laptops and communication aids that participants can borrow for their school. Participants have full "
     "access to the University library and its electronic journals.")
el("G4", "Heating", "marking and moderation", "1")
para(d, "Each task is marked by the participant's tutor against the marking criteria. A second tutor blind marks "
     "every fail, every distinction and one in five of the rest. The University's link tutor moderates a sample of "
     "each task, and the University's external examiner sees a sample of all three tasks and attends the "
     "Assessment Board. Tutors meet before each marking round to mark two specimen scripts together.")
el("G5", "Drainage", "checking how well it works", "2")
para(d, "Participants evaluate every Learning Day on a short form and the course as a whole at the end. The "
     "external examiner reports each year, and the course goes through the University's annual monitoring. "
     "Harbourlea's own Learning Quality Review looks at the course each summer. The course team reads all of these at "
     "its July meeting and writes an action plan for the following year.")
para(d, "Participants complete a confidence scale against the national outcomes at the Starting Survey and again at "
     "the Portfolio Review, so that we can see the change. We hope the course will raise the achievement of pupils "
     "in participants' schools and would like to find a way to show this.")
el("G6", "Other services", "specialist expertise and placements", "2")
p = para(d, "Specialist visitors teach on four Learning Days: an educational psychologist, a speech and language "
         "therapist, a parent partnership officer and an autism outreach teacher. A visit to a special school or "
         "resource base can be arranged if a participant asks. ")
del_run(p, "Every participant spends two days on placement in one of the three special schools in our partnership.")

title("SECTION H  GROUNDS")
el("H1", "Garaging", "who has a say", "1")
para(d, "The Learning Steering Group (two headteachers, two SENCOs, a parent from our family learning groups, the "
     "local authority's principal educational psychologist and the link tutor) agreed the course outline in "
     "November 2008 and asked for the Household Profile to include the family's view, which it now does.")
el("H2", "Other", "stakeholders in evaluation", "2")
para(d, "Headteachers on the Learning Steering Group receive the course report each year. We would like parents "
     "from the Harbourlea Parents' Panel to help evaluate the course in future.")
p = para(d, "Two members of the Harbourlea Parents' Panel sit on the marking panel for the family section of Task 1.")
mark_para(p, "del")
el("H3", "General", "impact", "2")
para(d, "See G5.")

title("SECTION I  RISKS")
el("I1", "Risks to the course", "", "2")
para(d, "If fewer than twelve teachers apply for a group, the group merges with the next one.")
el("I2", "Risks to people", "background checks", "3")
para(d, "Schools are responsible for CRB checks on their own staff, and we do not ask to see them.")

title("SECTION J  FITTINGS AND CONTENTS")
para(d, "This list follows the Fittings and Contents form. Fitted in: the Learning Day where the course builds it. "
     "Included: marked in the task named. Excluded: worked on in a Learning Day but not part of any marked task. "
     "None: not in the course. NI: not inspected.", italic=True)

FIT = [
    ("ATTRIBUTES", None),
    ("Fair, respectful relationships with pupils and their families", "Day 7", "Task 1", "", ""),
    ("Winning the head and senior leaders to the cause", "Day 9", "Task 2", "", ""),
    ("Priorities, time and delegation", "Day 9", "", "✓", ""),
    ("Solving problems and making sound decisions on provision", "Days 4, 5", "Task 1", "", ""),
    ("Speaking and writing clearly; listening to others", "All days", "Task 3", "", ""),
    ("Using research and outside advice to improve practice", "Day 6", "Task 2", "", ""),
    ("Keeping up to date and owning your development", "Day 10", "Task 3 (Next Steps plan)", "", ""),
    ("KNOWLEDGE", None),
    ("SEN law and the Code of Practice, and putting them into practice", "Day 1", "Task 2", "", ""),
    ("Every Child Matters and the SENCO's part", "Day 2", "Task 3", "", ""),
    ("Disability equality law and what it requires", "Day 1", "Task 2", "", ""),
    ("How children develop and what affects it", "", "Task 1", "", ""),
    ("The common kinds of SEN and disability", "Day 3", "Task 1", "", ""),
    ("Approaches, strategies and resources, including ICT", "Day 6", "Task 1", "", ""),
    ("School self-evaluation and improvement for SEN", "Day 10", "", "✓", ""),
    ("Best practice and research in meeting SEN", "Day 6", "Task 2", "", ""),
    ("Outside agencies and getting specialist help", "Day 8", "Task 1", "", ""),
    ("SKILLS", None),
    ("Strategy with senior colleagues and governors", "Day 9", "Task 2", "", ""),
    ("Identifying, targets, interventions and review", "Day 4", "Task 1", "", ""),
    ("Using other professionals' assessments", "Day 4", "Task 1", "", ""),
    ("Tracking with summative data and national tests", "Day 5", "", "✓", ""),
    ("Helping colleagues with formative assessment", "Day 4", "Task 2", "", ""),
    ("Special arrangements for tests and examinations", "NI", "NI", "NI", "NI"),
    ("Provision mapping; finding missing provision", "Day 5", "Task 2", "", ""),
    ("Deploying and managing staff", "Day 9", "", "✓", ""),
    ("Coaching, observing and training colleagues", "Day 9", "Task 2", "", ""),
    ("Reviewing provision with staff for self-evaluation", "Day 10", "Task 2", "", ""),
    ("Involving pupils in planning and review", "", "", "", "✓"),
    ("Working with parents and carers", "Day 7", "Task 1", "", ""),
    ("Partnership with other services and the voluntary sector", "Day 8", "Task 1", "", ""),
]
t = d.add_table(rows=1, cols=5)
t.style = "Table Grid"
for j, h in enumerate(["Item", "Fitted in", "Included (marked in)", "Excluded", "None"]):
    cell_text(t.cell(0, j), h, bold=True)
    shade(t.cell(0, j), "D9E2F3")
for row in FIT:
    r = t.add_row()
    if row[1] is None:
        m = r.cells[0].merge(r.cells[4])
        cell_text(m, row[0], bold=True)
        shade(m, "EDEDED")
        continue
    for j, v in enumerate(row):
        cell_text(r.cells[j], v)

para(d, "")
para(d, "Completing the course", bold=True)
para(d, "The Award is made only when the Portfolio Review finds that every one of the national outcomes has been shown "
     "in the marked tasks, whatever the marks. A participant who has passed all three tasks but not yet shown an "
     "outcome is given a further piece of work on it, and the Assessment Board considers them again.")

title("INSPECTOR'S DECLARATION")
para(d, "We confirm that this report describes the course as it will run from September 2009.")
para(d, "Signed: Jude Okafor (for Harbourlea Learning Together)    Dale Pryor (Home Inspector)    Date: 2 March 2009")

d.save(os.path.join(HERE, NAME + ".docx"))
print("wrote", NAME + ".docx")
