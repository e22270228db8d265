"""fq-01-riley-file: a simulated case-file assessment pack, sent as the application.

Provider (invented): Wealdmoor County Council Youth Offending Service, Education,
Training and Employment (ETE) Team, with the education department of Hawthorn
Ridge Secure Training Centre and the University of Brantham (validating). The
award is the "Postgraduate Certificate: SEN Coordination - Inclusion Beyond the
Mainstream", for SENCOs of mainstream schools, pupil referral units and other
alternative provision in the county.

Document kind and layout: "The Riley File", the participant and assessor
edition (version 2, January 2009) of the pack round which the whole course is
built: the invented case file of a 14-year-old returning to school from
custody, the five assessed tasks set on it, the marking guidance and an
outcome key. The ETE team sent it whole, with a shaded "Note for the approval
panel" on the first page and a Part A describing how the course runs. Real
Heading 1/2 styles for Parts; bold run-in labels; the case file's documents
(B1-B8) are one-cell shaded tables typed as if copied from other agencies'
forms; task briefs are two-column field tables; the outcome key (Part E) is a
four-column table with the provider's own wording of the outcomes. Header and
footer (never evidence). Two Word comments.

Traps (requirement ids):
- 2.1: Part A says plainly that no credit is carried in from earlier study
  (negation).
- 2.3: Part A only says experienced colleagues "sometimes ask" and points to
  Part D, where the marking guidance says no one is assessed on the file
  without attending and non-attenders are withdrawn (negation far from its
  subject).
- 5.3: the only CRB checks described are on tutors, STC staff and guest
  speakers; the STC gate list (name and date of birth) is not a background
  check on candidates (wrong context) -> not_met.
- 2.2: the "Starting Points" audit against the outcomes only allocates tutor
  groups and points to days; no individual plan or personalised outcomes
  (partial).
- Wrong-context words in the case file: Riley's "Individual Learning Plan"
  (2.2), his work placement at a garage (5.5), the school's provision map and
  TA deployment (6.S3/6.S4), the STC's "Trainee Council" (1.5). They are the
  pupil's, not the participants'.
- 3.3: Blackboard holds the file and tutors comment on drafts; no peer
  support or communication with schools. A comment asks whether a peer
  discussion board can be switched on (comment, not evidence) -> partial.
- 4.3: guest speakers take part in delivery, but involving heads and young
  people in reviewing the course is only something "we would like" (partial).
- 5.9: confidence is re-rated at the end; the effect on pupils is only
  intended (partial).
- 6.0 / 1.9: Part D's blanket claim that the five tasks "between them cover
  all the national outcomes" is contradicted by the outcome key (partial).
- Outcome key: time management (6.A3) and keeping up to date (6.A7) are
  "talked through at tutorial - not marked"; child development (6.K4) and
  access arrangements (6.S2d) are taught with no task; school self-evaluation
  (6.K7) gets only formative comment; supporting colleagues' development
  (6.S5) is taught, and T5 "is not marked on it" -> partial. Deploying staff
  (6.S4) has a row "Not in this edition" (a comment says it was dropped) and
  the strategic inclusive-policy outcome (6.S1) has no row -> not_met.
- Header says "ALL NAMES FICTITIOUS"; footer carries a version line (never
  evidence).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def P(text="", bold_lead=None, style=None, italic=False, size=None):
    p = doc.add_paragraph(style=style)
    if bold_lead:
        r = p.add_run(bold_lead + " ")
        r.bold = True
    r = p.add_run(text)
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def H(text, level=1):
    return doc.add_heading(text, level=level)


def box(lines, fill="EDEDED", title=None):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    shade(c, fill)
    c.paragraphs[0].text = ""
    first = True
    if title:
        r = c.paragraphs[0].add_run(title)
        r.bold = True
        first = False
    for ln in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        if isinstance(ln, tuple):
            r = p.add_run(ln[0] + " ")
            r.bold = True
            p.add_run(ln[1])
        else:
            p.add_run(ln)
    doc.add_paragraph()
    return t


def table(rows, widths=None, header_fill="D9D9D9"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.rows[i].cells[j]
            c.text = val
            if i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
                shade(c, header_fill)
            if widths:
                c.width = Cm(widths[j])
    doc.add_paragraph()
    return t


# header / footer
sec = doc.sections[0]
sec.header.paragraphs[0].text = "WEALDMOOR YOS - ETE TEAM  |  THE RILEY FILE  |  TRAINING MATERIAL - ALL NAMES FICTITIOUS"
sec.footer.paragraphs[0].text = "Version 2, January 2009. Do not leave copies where young people can see them. Enhanced CRB disclosure required for all participants."

# ---------------------------------------------------------------- cover
p = P("THE RILEY FILE", size=26)
p.runs[-1].bold = True
P("A case file and five tasks", size=16)
P("Postgraduate Certificate: SEN Coordination - Inclusion Beyond the Mainstream", size=12)
P("Participant and assessor edition, version 2, January 2009")
P("Wealdmoor Youth Offending Service, Education, Training and Employment Team, with the Education Department of Hawthorn Ridge Secure Training Centre and the School of Education, University of Brantham")

box([
    "This pack is the spine of our course, so we are sending it to you whole rather than writing a separate account. "
    "Part A tells you how the course runs. Part B is the case file participants work on all year; it is invented, though "
    "everything in it has happened to somebody on our caseload. Parts C and D are the tasks and the marking guidance exactly as "
    "participants and assessors receive them. Part E is our key showing where each of the national outcomes is worked on and how it is judged.",
    "Contact: Gill Hardacre, ETE Manager, Wealdmoor Youth Offending Service, County Hall Annexe, Wealdmoor.",
], title="Note for the approval panel")

# ---------------------------------------------------------------- Part A
H("Part A: How the course runs")
P("We are the education, training and employment team of the county's Youth Offending Service: four ETE officers, "
  "a seconded teacher and a speech and language therapist. Most of the young people we work with have special educational needs, "
  "and well over half of those who come back to Wealdmoor from custody are on a school's SEN register or should be. For six years "
  "we have run short courses for SENCOs on getting young people back into school. This course grew out of them, and it is built "
  "with two partners: the education department at Hawthorn Ridge Secure Training Centre, which teaches up to eighty trainees "
  "aged 12 to 17, and the School of Education at the University of Brantham.")

H("Who it is for", 2)
P("The course is for teachers who coordinate SEN provision, or are about to, in mainstream primary and secondary schools, in the "
  "county's three pupil referral units and in other alternative provision: the Skills Centre at Foxley, the two independent "
  "day schools the county commissions places from, and the Education Department at Hawthorn Ridge itself. We aim for a mix in every "
  "group, because the SENCO of a comprehensive and the teacher in charge at a pupil referral unit have a great deal to learn from each other.")

H("What it is for", 2)
P("The course sets out to raise the achievement and improve the well-being of children and young people with SEN and disabilities, "
  "and in particular of those most likely to drop out of mainstream school: young people who are excluded, who offend or who are at risk "
  "of offending, who are looked after, or who are returning from custody. We use achievement in the full sense of Every Child Matters. "
  "For Riley, as for the young people we work with, staying safe and being healthy come before enjoying and achieving, and every task "
  "asks participants to show what difference their work would make across all five outcomes, not only to test results.")
P("The course aims to give SENCOs the knowledge, understanding and skills to lead provision for these pupils in their own schools; "
  "to bring them into working relationships with the services that surround a young person who offends; and to change practice, so that "
  "fewer pupils with SEN are excluded and more are successfully brought back into school.")

H("Accreditation", 2)
P("The course was validated by the University of Brantham at its event of 27 November 2008 as a Postgraduate Certificate of 60 credits "
  "at Masters level (level 7), made up of two 30-credit modules: EDU7141 Reading the Child (Tasks 1 to 3) and EDU7142 Leading Provision "
  "(Tasks 4 and 5). Participants are registered students of the University and have full use of its library and online services.")

H("Study days", 2)
P("There are ten study days across the year, with a tutorial and a mentor meeting between most of them. Days 3 and 4 are at Hawthorn "
  "Ridge; the others are at the Wealdmoor Teachers' Centre or, for the twilight group, at Castle Vale School.")
table([
    ["Day", "Title", "What happens"],
    ["1", "How children grow up", "Development, attachment and the effect of disrupted schooling and custody; Riley's early history (B1, B5)."],
    ["2", "The law and the Code", "The Education Act 1996, the SEN Code of Practice 2001, SENDA 2001, the Disability Discrimination Act 1995 as amended in 2005, accessibility plans and the disability equality duty; the law as it applies to young people in custody."],
    ["3", "Inside Hawthorn Ridge", "At the STC. How the education department assesses and teaches trainees; common types of SEN in the secure estate (speech, language and communication needs, behavioural, emotional and social difficulties, dyslexia, ADHD, autism); exam access arrangements for trainees sitting GCSEs."],
    ["4", "The return meeting", "At the STC. Multi-agency resettlement planning; the Task 3 role play with YOS, Connexions, CAMHS and a Parent Partnership volunteer."],
    ["5", "Teaching that works", "Approaches to assessment, planning and teaching for pupils with SLCN, literacy difficulties and BESD, including ICT; coaching and modelling for colleagues."],
    ["6", "Knowing your provision", "Provision mapping; using data, including national test results; school self-evaluation and the SEF."],
    ["7", "Hearing the young person", "Consulting pupils; the Three Houses and other tools; Riley's own sheet (B7)."],
    ["8", "Families", "Working with parents and carers when relationships with school have broken down; the Parent Partnership Service."],
    ["9", "Research and practice", "Reading research critically; Ofsted and YJB evidence; planning Task 5."],
    ["10", "What next", "Presentations of Task 5; next steps plans; evaluation."],
])

H("Where the content comes from", 2)
P("Each day draws on current evidence. Participants read Ofsted's Inclusion: does it matter where pupils are taught? (2006), the "
  "Youth Justice Board's research on barriers to engagement in education, training and employment (2006), the Bercow Review of services "
  "for children and young people with speech, language and communication needs (2008) and recent inspection reports on pupil referral "
  "units and on Hawthorn Ridge itself. Day 9 looks at the Lamb Inquiry, which is taking evidence as we write, and what it may mean for schools.")

H("Schools, colleagues and families", 2)
P("Every task except the first is carried out in the participant's own school. Participants interview a pupil (Task 2), audit their "
  "school's provision with colleagues (Task 4) and lead a change in it (Task 5). Task 3 is a rehearsed multi-agency meeting in which "
  "participants advise colleagues from other services and agree a plan with Riley's grandmother, played by a volunteer from the Parent "
  "Partnership Service, so that the skills of working with families and with other professionals are practised and then assessed.")
P("Task 5 requires participants to lead one change in provision in their own school, agreed with their headteacher, and to report what "
  "changed in their own practice and their colleagues'. The course is only complete when that change has been made.")

H("Joining the course", 2)
P("Applicants must be qualified teachers, in a SENCO post or designated by their headteacher to take one up within the year. The head "
  "signs the nomination form and agrees to release the participant for the ten days. Rachel Osei or Tom Brindley telephones every "
  "applicant before a place is offered to check that they have the experience and access to pupils the tasks need. Teachers who are not "
  "yet ready, for instance a newly qualified teacher, are offered a place on our one-day Returners to School course and advised to apply "
  "for the following year; we write to their head to explain why.")
P("At the first study day every participant completes Starting Points, a self-audit against the national outcomes rated from 1 "
  "(new to me) to 4 (could teach it). We use Starting Points to put participants into tutor groups and to point each of them to the study days they most need.")

H("Credit for earlier study", 2)
P("The award does not carry credit in from other courses. We looked at this with the University and decided against it for the first two cohorts: "
  "every participant works through the whole file. Experienced colleagues sometimes ask whether they can go straight to the tasks; Part D explains how we handle this.")

H("Flexibility", 2)
P("There are two starts a year, in September and in February. The September group meets on weekdays; the February group meets for "
  "twilight sessions and two Saturdays, and covers Days 1 to 10 in a different order, beginning with Days 7 and 8. Participants may "
  "move between groups if their circumstances change, and may take up to two years to complete. The case file, readings and task "
  "briefs are on the University's Blackboard site, and participants post drafts of Tasks 2 and 4 there for their tutor's comments "
  "between study days.")
P("The Youth Offending Service is committed to equality of opportunity and follows the County's Equal Opportunities Policy. The "
  "education block at Hawthorn Ridge has a lift, and we will discuss any needs participants have.")

H("What we heard from schools", 2)
P("In April and May 2008 we surveyed the county's SENCOs and teachers in charge of alternative provision about what a course should do. "
  "Thirty-eight replied (29 mainstream, 9 alternative provision), and we ran two focus groups at the Teachers' Centre with heads and "
  "the County's Inclusion Officer. What they told us shaped the course:")
for b in [
    "Twenty-six said they had no training in working with the YOS or other services; Day 4 and Task 3 are the response.",
    "Alternative provision staff said courses assume a large mainstream school; the tasks can be done in any setting, and Task 4 has a version for units of fewer than forty pupils.",
    "Heads asked for less time out of school; the February group runs in twilight sessions and on Saturdays.",
    "Several asked for help with pupils' speech and language; our therapist now teaches part of Days 3 and 5.",
]:
    doc.add_paragraph(b, style="List Bullet")
P("Guest speakers on the study days include a district judge from the youth court, a head of a pupil referral unit, two young people "
  "from the YOS participation group (on Day 7) and a parent from the Parent Partnership Service. We would like in future to involve heads and young people in reviewing the course as well.")

H("Staff", 2)
table([
    ["Name", "Role on the course", "Background"],
    ["Gill Hardacre", "Course leader", "ETE Manager, Wealdmoor YOS. Formerly head of a pupil referral unit and a SENCO for nine years. MA Inclusive Education."],
    ["Rachel Osei", "Tutor; Days 5, 6, 9", "Seconded advisory teacher for SEN. OCR Diploma in SpLD. Led the county's provision mapping project, 2007-08."],
    ["Tom Brindley", "Tutor; Days 1, 7, 8", "ETE officer, YOS. Qualified teacher and former head of Year 10. Trained in restorative practice."],
    ["Dr Hannah Lusk", "Module leader (University)", "Senior Lecturer in Inclusive Education, University of Brantham; researches school exclusion."],
    ["Mark Petrie", "Days 3 and 4", "Head of Education, Hawthorn Ridge STC; NPQH; formerly SENCO in two secondary schools."],
    ["Aisling Kerr", "Days 3 and 5", "Speech and language therapist, YOS; works with the STC's trainees weekly."],
], widths=[3.3, 4, 9])
P("Everyone who teaches on the course, including the STC's staff and our guest speakers, holds a current enhanced CRB disclosure checked by the County's HR service. "
  "For study days at Hawthorn Ridge, participants' names and dates of birth go to the Centre's gate staff ten days beforehand so that the visitor list can be prepared.")

H("Specialists and visits", 2)
P("Participants meet an educational psychologist, a clinical psychologist from the CAMHS youth justice team, the YOS speech and "
  "language therapist, Connexions personal advisers and the STC's own teachers. There is no placement as such: Days 3 and 4 at Hawthorn "
  "Ridge let participants see the education department at work.")

H("Resources", 2)
P("Participants have the case file, the University library and its electronic journals, Blackboard, and the resource base at "
  "Hawthorn Ridge, which holds the STC's assessment tools (including the speech and language screens it uses with every trainee) "
  "and a set of assistive software that participants can try on Day 5.")

H("Costs", 2)
P("The fee is £1,150, which includes University registration. The YOS pays half the fee for teachers from pupil referral units and "
  "alternative provision, from its prevention grant. We adapt the course to each group's needs as it goes.")

H("Keeping it good", 2)
P("Every study day is evaluated on a short form; the tutors meet after each day to read the forms and make changes for the next "
  "group. The University's external examiner, Professor Janet Ruddock of Hallam Cross University, samples marked work from every "
  "task and attends the assessment board in July. The University reviews the course each autumn through its annual monitoring "
  "report, and the YOS Management Board receives a yearly report which sets out what we are changing in response. Participants "
  "re-rate their Starting Points at Day 10, so that we can see how far their confidence and knowledge have grown. We intend to look at the effect on pupils once the first cohort has finished.")
P("Assessors are briefed for half a day before the first marking, using examples from the pilot. Each participant also has a school "
  "mentor, usually a deputy head; mentors are sent a copy of this pack.")

# ---------------------------------------------------------------- Part B
H("Part B: The case file")
P("Riley Marsh is 14. He was sentenced to an eight-month Detention and Training Order in June and will serve the second half in the "
  "community from February. The file holds what a SENCO at Castle Vale School, where he is due to return, would receive or could ask for. "
  "Read it all before Day 1.", italic=True)

box([
    ("Section:", "Education, training and employment (extract)"),
    "Riley has not attended school full time since Year 7. He was permanently excluded from Castle Vale in Year 8 after an assault on a "
    "member of staff and attended Foxley Skills Centre part time. Attendance there was 41%. He reads at about the level of a nine-year-old "
    "and is reluctant to write. He describes school as 'where people shout at you'. Score for this section: 3. Previous work placement at "
    "Dunn's garage (two days a week, Year 9) went well and Riley wants to go back.",
], title="B1  Asset core profile, Wealdmoor YOS")

box([
    "Riley arrived on 12 June. On entry assessment his reading age was 9y 2m and spelling 8y 7m. The speech and language screen shows "
    "significant difficulties with understanding spoken language, particularly longer instructions and abstract vocabulary. "
    "He has attended 25 hours of education a week and has completed Entry Level Certificates in English and Maths. His Individual "
    "Learning Plan targets are: to read a short text and answer questions about it; to use a word bank when writing; to ask for help "
    "instead of leaving the room. He is a member of the Trainee Council and spoke at its July meeting about food.",
], title="B2  Education exit summary, Hawthorn Ridge STC")

box([
    "School Action Plus. Concerns: behaviour, literacy. Targets (Year 8, spring term): 1. Riley will stay in lessons for the whole lesson "
    "four days out of five. 2. Riley will complete homework. 3. Riley will read for ten minutes a day with his TA. Review: not held (excluded).",
], title="B3  Individual education plan, Castle Vale School")

box([
    "Dear Miss, I am writing because nobody ever rings me back. Riley lives with me and has done since he was six. He is not a bad lad, "
    "he just does not understand what people want from him and then he loses it. Nobody told me he had a reading problem until he was "
    "twelve. I do not want him going back to that school where they have already made their mind up about him. - Mrs J. Marsh (grandmother)",
], title="B4  Letter to the YOS case manager")

box([
    "Riley's general ability is in the low average range, with a marked discrepancy between his non-verbal reasoning (average) and his "
    "verbal comprehension (well below average). Adverse early experiences, including neglect and several moves of carer before the age of six, "
    "are likely to have affected his capacity to regulate emotion. A statutory assessment was requested in Year 8 but did not proceed "
    "because of the exclusion.",
], title="B5  Educational psychologist's report (extract), 2007")

box([
    "Happy to have Riley back on a reduced timetable but I need to know what support is coming with him. We have no spare TA hours. "
    "Our provision map already has the Year 9 TAs deployed on the literacy catch-up groups. Can the YOS fund something? - Head of Year 9",
], title="B6  Email, Castle Vale School to YOS")

box([
    "I'm good at: fixing bikes, football, making people laugh. What I find hard: reading out, when teachers talk too fast, being told off "
    "in front of people. What helps: when someone explains it again quietly. What I want: to go to college and do motor vehicle.",
], title="B7  'What I want you to know' - Riley's own sheet, written with his STC key worker")

box([
    "Year 9 provision map (extract): Literacy catch-up (2 groups, TA-led, 3 x 30 min); Anger management group (Learning Mentor, 6 weeks); "
    "Reading buddies (Year 11 volunteers); Counselling (Connexions referral). Cost per pupil not shown.",
], title="B8  Castle Vale School provision map, 2008-09")

# ---------------------------------------------------------------- Part C
H("Part C: The tasks")
P("Tasks 1 to 3 make up module EDU7141 and Tasks 4 and 5 module EDU7142. Each task has a brief like the ones below. The outcome codes "
  "refer to Part E.", italic=True)

tasks = [
    ("Task 1: The first reading", [
        ["What you produce", "A 2,000-word analysis of Riley's needs, drawing on every document in the file, and a one-page plan for his first term back."],
        ["What it asks", "Identify Riley's special educational needs and how they affect his learning; say what the assessments by the EP, the STC and the therapist tell you about how he should be taught; consider his progress against all five Every Child Matters outcomes; name the services that should be involved and what each can offer; set three targets and the interventions to meet them, and say when and how they will be reviewed."],
        ["When", "Handed in after Day 3."],
        ["Outcomes", "K2, K5, K9, S2, S2a"],
    ]),
    ("Task 2: A young person's view", [
        ["What you produce", "A record of a conversation with a pupil in your own school who has SEN and is at risk of exclusion, using one of the tools from Day 7; a plan agreed with the pupil; a 1,500-word reflection."],
        ["What it asks", "Show how you prepared, how you made the conversation safe and respectful, what you heard, and how the pupil's views changed what the school provides. Include the pupil's own review of the plan six weeks later."],
        ["When", "Draft on Blackboard after Day 7; final version after Day 8."],
        ["Outcomes", "A1, A5, S7"],
    ]),
    ("Task 3: The return meeting", [
        ["What you produce", "You chair part of a rehearsed resettlement meeting for Riley on Day 4 (observed by two assessors), then write up the agreed plan and a 1,000-word account of the decisions you made."],
        ["What it asks", "Work with the YOS officer, the Connexions adviser, the CAMHS worker and Riley's grandmother to agree what happens in his first six weeks. Listen to Mrs Marsh's concerns and reach decisions she can support."],
        ["When", "Day 4; write-up two weeks later."],
        ["Outcomes", "A1, A4, A5, K9, S8, S9"],
    ]),
    ("Task 4: Provision in your school", [
        ["What you produce", "An audit of your school's provision for pupils with SEN who are at risk of exclusion, using a provision map and the school's data, and a 2,500-word report agreed with your headteacher."],
        ["What it asks", "Map provision and its cost; use national test results and the school's tracking to judge what it achieves; say what is ineffective or missing; check the provision against the Code of Practice and the school's duties under disability legislation, including its accessibility plan; review your findings with at least two colleagues; obtain the head's written response to your recommendations."],
        ["When", "Draft on Blackboard after Day 6; final version at the end of the spring term."],
        ["Outcomes", "A2, K1, K3, K6, S2b, S3, S6"],
    ]),
    ("Task 5: Leading one change", [
        ["What you produce", "A 3,000-word report on one change you have led in your school, and a ten-minute presentation on Day 10."],
        ["What it asks", "Explain why you chose the change, using research and advice from outside the school; show how you helped colleagues use formative assessment with the pupils concerned; describe what changed in your colleagues' practice and your own. If the change involved training you gave, say so, though this task is not marked on it."],
        ["When", "Day 10."],
        ["Outcomes", "A6, K8, S2c"],
    ]),
]
for title, rows in tasks:
    H(title, 2)
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        t.rows[i].cells[0].text = a
        t.rows[i].cells[0].paragraphs[0].runs[0].bold = True
        shade(t.rows[i].cells[0], "F2F2F2")
        t.rows[i].cells[0].width = Cm(3.5)
        t.rows[i].cells[1].text = b
        t.rows[i].cells[1].width = Cm(13)
    doc.add_paragraph()

# ---------------------------------------------------------------- Part D
H("Part D: Marking guidance for assessors")
P("Each task is marked Pass, Refer or Fail against the criteria in its brief and the University's level 7 descriptors. A referred task may be resubmitted once, within six weeks.")
P("Participants who pass all five tasks are awarded the Certificate. The tasks between them cover all the national outcomes.", bold_lead="The award.")
P("Task 3 is marked by the two observing assessors together, one from the YOS and one from the STC. Task 5 is double-marked, one marker "
  "from the University. All other tasks are marked by the participant's tutor, and a second tutor blind-marks one in five and every "
  "Fail or Refer. The tutors hold a moderation meeting before each assessment board and the external examiner sees a sample of every task.", bold_lead="Second marking and moderation.")
P("Assessors should note that no one is assessed on the file without having attended the study days: a participant who misses more than "
  "two days without agreement is withdrawn and may rejoin with the next group.", bold_lead="Attendance.")
P("At the end of Day 10 each participant draws up a next steps plan for the following year and takes it to their line manager's "
  "performance management meeting. Tutors talk it through at the final tutorial; it is not marked.", bold_lead="Next steps.")
P("Tutors discuss time and workload with each participant at every tutorial; this is recorded on the tutorial sheet but is not part of any mark.", bold_lead="Tutorials.")

# ---------------------------------------------------------------- Part E
H("Part E: Outcome key")
P("The national outcomes in our words, where each is worked on and how it is judged. Codes are those used in the task briefs.", italic=True)
rows = [
    ["Code and outcome", "Worked on", "Task", "How judged"],
    ["A1 Fair and respectful relationships with pupils and families", "Days 7, 8", "T2, T3", "Marked"],
    ["A2 Winning the head's and senior staff's commitment", "Day 6", "T4", "Marked (head's response)"],
    ["A3 Managing time, priorities and delegation", "Tutorials", "-", "Talked through at tutorial - not marked"],
    ["A4 Solving problems and judging provision soundly", "Day 4", "T3", "Marked (observed)"],
    ["A5 Speaking and writing clearly; listening", "Days 4, 7", "T2, T3", "Marked"],
    ["A6 Using research and outside advice", "Day 9", "T5", "Marked"],
    ["A7 Keeping up to date; own CPD", "Day 10", "Next steps plan", "Talked through at tutorial - not marked"],
    ["K1 SEN law and the Code of Practice", "Day 2", "T4", "Marked"],
    ["K2 Every Child Matters", "Day 1", "T1", "Marked"],
    ["K3 Disability equality law", "Day 2", "T4", "Marked"],
    ["K4 How children develop", "Day 1", "-", "-"],
    ["K5 Common types of SEN", "Days 3, 5", "T1", "Marked"],
    ["K6 Approaches to assessment, planning and teaching, including ICT", "Day 5", "T4", "Marked"],
    ["K7 School self-evaluation", "Day 6", "T4 draft", "Formative comment on draft only"],
    ["K8 Research and best practice", "Day 9", "T5", "Marked"],
    ["K9 External agencies", "Days 3, 4", "T1, T3", "Marked"],
    ["S2 Identifying needs, targets, interventions, review", "Days 1, 5", "T1", "Marked"],
    ["S2a Using other professionals' assessments", "Day 3", "T1", "Marked"],
    ["S2b Summative data and national tests", "Day 6", "T4", "Marked"],
    ["S2c Helping colleagues with formative assessment", "Day 5", "T5", "Marked"],
    ["S2d Access arrangements for tests and exams", "Day 3", "-", "-"],
    ["S3 Provision mapping", "Day 6", "T4", "Marked"],
    ["S4 Deploying and managing staff", "-", "-", "Not in this edition"],
    ["S5 Supporting colleagues' development", "Day 5", "T5", "Not marked (see brief)"],
    ["S6 Reviewing provision with colleagues", "Day 6", "T4", "Marked"],
    ["S7 Involving pupils in their provision", "Day 7", "T2", "Marked"],
    ["S8 Working with parents and carers", "Day 8", "T3", "Marked (observed)"],
    ["S9 Partnership with other services", "Day 4", "T3", "Marked (observed)"],
]
outcome_table = table(rows, widths=[7, 2.6, 2.6, 4.5])

# comments
bb = [p for p in doc.paragraphs if p.text.startswith("There are two starts a year")][0]
doc.add_comment(bb.runs, text="Peer discussion board - can we switch this on for cohort 2? Ask Nadia at the University.", author="Gill Hardacre", initials="GH")
s4 = outcome_table.rows[23].cells[3].paragraphs[0]
doc.add_comment(s4.runs, text="We dropped staff deployment for time. Put it back into T4 for the February group?", author="Rachel Osei", initials="RO")

doc.save(OUT)
print("wrote", OUT)
