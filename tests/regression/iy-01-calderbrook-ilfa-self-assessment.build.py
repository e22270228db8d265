"""iy-01-calderbrook-ilfa-self-assessment

Provider (invented): Calderbrook Museums and Heritage Learning, the learning service of the five
museums of the Calder Vale hub, which runs "Open Doors" programmes for pupils with SEN, applying
with the University of Ashmoor School of Education. Course: "Objects of Learning", 60 credits at
Level 7, eight "Gallery Days", "Site Work" in school, three marked "Commissions", an online
"Store Room", school mentors called "Keepers".

Document kind and layout: the service's completed "Inspiring Learning for All" (MLA) improvement
framework self-assessment workbook, sent as the application. Heading styles for the four
principles (People, Places, Partnerships, Learning); under each, the framework's grey italic
prompts (never an answer), then a three-column table "Where are we now? (what we do)" /
"Rating" (typed 1-4 with a key) / "Where do we want to be? (our actions)" - the actions column
holds intentions only. A details table with a merged shaded title row, a "Gallery Days" table,
a text box with a Young Curator's words, a "Generic Learning Outcomes map" of the national
outcomes in the service's own words, grouped by the five GLOs (merged shaded group rows), with
no national codes and a "How we know" column where "GLO card only (not marked)" means formative
evaluation only. Header and footer (page field), tracked changes, two Word comments.

Traps (requirement ids):
- Assessment-only route appears only in the actions column as something to "talk to the
  University about" for 2010 (2.3 not_met).
- Prior study accredited (20 credits) but experience "does not carry credit" (2.1 partial).
- Further targets: only an admissions talk about the MA; the "next acquisitions" page is an
  action (2.5 partial).
- Research: general "introduces participants to the research literature"; recent Ofsted reports
  only an action (1.3 partial).
- Pupil voice: participants "watch" the museum's own Young Curators panel; the right words
  about the wrong consultation (1.5 partial, 6.S7 partial).
- Stakeholders in delivery are concrete, in evaluation only "We would like" (4.3 partial).
- CRB checks are on the service's own staff, freelancers and volunteers; participants' vetting
  left to their schools (5.3 not_met).
- Placements: special school days belonged to the 2007 pilot; a paragraph describing them is a
  tracked deletion; specialist contributors are real (5.5 partial).
- January start is a tracked insertion (counts: 3.2 met).
- Keepers' guide and briefing "will be written" (5.7 partial).
- Impact on pupils only hoped for; competence measured by re-rating (5.9 partial).
- Award rule: pass all three Commissions at 50% overall, so compensation within a Commission
  (6.0 partial); a comment asking about "all outcomes" is not evidence.
- Outcomes with "GLO card only (not marked)": time management (6.A3), school self-evaluation
  (6.K7), special arrangements for tests (6.S2d), pupils in planning (6.S7) - partial; child
  development marked in Commission 1 with no Gallery Day (6.K4 partial) - and so 1.9 partial.
- Summative data "Not covered" and left to "the University's other modules" (6.S2b not_met);
  deploying staff is "for the Keeper and the head teacher" (6.S4 not_met).
- The 3.3 e-learning arrangements are complete (met): tutor forum, Object Groups, Store Room Hour
  between days, Keepers' logins.
"""
import json
from pathlib import Path
from docx.shared import Pt, RGBColor
from _iy_helpers import (new_doc, table, merged_row, shade_cell, cell_text, grey_prompt, page_field_par,
                         text_box, add_ins, deleted_paragraph, comment, word_count)

HERE = Path(__file__).resolve().parent
NAME = "iy-01-calderbrook-ilfa-self-assessment"
A1, D1 = "Ruth Penhale (Learning Board)", "2008-11-21T09:30:00Z"
A2, D2 = "Alan Mercer (University of Ashmoor)", "2008-11-24T14:10:00Z"

doc = new_doc("Arial", 10)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Calderbrook Museums and Heritage Learning  |  Inspiring Learning for All: self-assessment workbook  |  Objects of Learning"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.add_run("Completed by the Learning Board, November 2008. Rated against the MLA framework.   ").font.size = Pt(8)
page_field_par(fp)

doc.add_heading("Inspiring Learning for All", 0)
p = doc.add_paragraph()
p.add_run("Improvement Framework: self-assessment workbook").bold = True
doc.add_paragraph("Objects of Learning: the National Award for SEN Coordination, 2009-10")

t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
merged_row(t, "About this self-assessment", fill="1F4E79")
t.rows[0].cells[0].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for k, v in [
    ("Organisation", "Calderbrook Museums and Heritage Learning (the learning service of the Calder Vale museums hub: Calderbrook Hall, the Mill Museum, Hebden Moor Archives, the Roman Fort at Castleton and Ashmoor Art Gallery)"),
    ("Partner", "University of Ashmoor, School of Education"),
    ("Programme assessed", "Objects of Learning: the National Award for SEN Coordination"),
    ("Completed by", "The Learning Board, with the course team and the University's programme leader"),
    ("Contact", "Dr Miriam Okafor, Head of Learning, Calderbrook Hall, Calder Street, Calderbrook"),
    ("Date", "24 November 2008"),
]:
    cells = t.add_row().cells
    cell_text(cells[0], k, bold=True)
    shade_cell(cells[0], "DEEAF6")
    cell_text(cells[1], v)

doc.add_heading("How we used the framework", 1)
doc.add_paragraph(
    "Every programme the Service runs is reviewed each year against Inspiring Learning for All, the framework "
    "published by the Museums, Libraries and Archives Council. We have used the same workbook for our SENCO course "
    "because it is how our Learning Board thinks about quality, and because it makes us say plainly what we do now "
    "and what we have not yet done. The framework has four principles: People, Places, Partnerships and Learning. "
    "Under each, the grey questions are the framework's own prompts. Our answers are in the tables.")
doc.add_paragraph(
    "Please read the first column of each table, \"Where are we now?\", as our account of the course as it will run. "
    "The third column, \"Where do we want to be?\", lists improvements the Board has discussed but not yet made; "
    "they are not part of the course for 2009-10. Ratings use the framework's four steps: 1 Starting out, "
    "2 Developing, 3 Established, 4 Leading.")

doc.add_heading("Who we are", 1)
doc.add_paragraph(
    "Calderbrook Museums and Heritage Learning employs eleven learning officers and a team of freelance "
    "facilitators and volunteers. Through Open Doors we work each year with about 4,000 pupils with special "
    "educational needs and disabilities: school groups in the galleries, sessions in special schools and the "
    "hospital school, and our Sensory Gallery at Calderbrook Hall, which was designed with pupils with profound "
    "and multiple learning difficulties and their teachers. Our learning officers include four qualified "
    "teachers, two of them former SENCOs. Since 2005 SENCOs in the hub's three local authorities have asked us "
    "for professional development on using objects, places and stories with pupils with SEN, and in 2007-08 we "
    "piloted a twelve-day unaccredited course with fourteen of them. Objects of Learning grows out of that pilot "
    "and is validated by the University of Ashmoor.")

doc.add_heading("The course at a glance", 1)
doc.add_paragraph(
    "Objects of Learning is a part-time course worth 60 credits at Level 7 (Master's level) in the University of "
    "Ashmoor's postgraduate framework. It runs over three terms. Participants attend eight Gallery Days, each a "
    "full day in one of our venues or at the University; between Gallery Days they carry out Site Work, a "
    "directed task in their own school agreed with their Keeper (a senior leader in the school who supports "
    "them); and they complete three Commissions, the pieces of work that are marked. The Store Room, the "
    "course's online space, holds the readings, the Site Work briefs and the forums.")
table(doc, [
    ["1", "First Impressions", "Calderbrook Hall", "The SENCO's role; Every Child Matters and the five outcomes; the SEN Code of Practice, the SEN and Disability Act 2001, the Disability Discrimination Act 2005 and the Children Act 2004; the Starting Point review"],
    ["2", "Reading the Evidence", "University of Ashmoor", "Finding, reading and weighing research; using evidence and outside advice to improve practice; keeping up to date"],
    ["3", "Many Kinds of Learner", "Sensory Gallery, Calderbrook Hall", "Autistic spectrum disorders, speech, language and communication needs, dyslexia and other specific learning difficulties, behavioural, emotional and social difficulties, moderate learning difficulties; approaches, resources and ICT for teaching and assessing"],
    ["4", "Mapping the Collection", "Mill Museum", "Identifying pupils, setting targets, planning interventions and reviewing progress; provision mapping; using other professionals' assessments; helping colleagues with formative assessment; access arrangements for tests"],
    ["5", "Family Learning", "Ashmoor Art Gallery", "Working with parents and carers, with parents from Calder Vale Parent Partnership"],
    ["6", "Beyond the Walls", "Roman Fort, Castleton", "Working with other services and agencies, including the voluntary sector; the Young Curators"],
    ["7", "Curating Change", "Hebden Moor Archives", "Leading change; the head teacher, senior leaders and governors; an inclusive ethos; supporting colleagues' development; reviewing provision with staff"],
    ["8", "The Private View", "Calderbrook Hall", "Presentations of Commission 2; the Curator's Talk; the end of the course"],
], header=["Day", "Gallery Day", "Venue", "What the day is about"], widths=[1.0, 3.2, 3.6, 9.0], size=9)

doc.add_paragraph()
p = doc.add_paragraph()
p.add_run("The three Commissions").bold = True
doc.add_paragraph(
    "Commission 1, An Object Biography (4,000 words), is a case study of one pupil with SEN in the participant's "
    "school: how the pupil's needs were identified, what other professionals' assessments show, how the pupil "
    "has developed and what has shaped that development, the targets set with the pupil and family, the "
    "interventions and the review of progress, and what the participant learned from a conversation with the "
    "pupil's parents or carers. It must draw on published research.", style="List Bullet")
doc.add_paragraph(
    "Commission 2, Curated Change (6,000 words, with a ten-minute presentation at the Private View), is a "
    "development project the participant leads in school: an audit of provision with a provision map, a change "
    "agreed with the head teacher and senior colleagues and reported to governors, support for colleagues through "
    "coaching, observation or training, and a review of the change with the staff involved, including what it "
    "has meant for the pupils' learning and well-being.", style="List Bullet")
doc.add_paragraph(
    "Commission 3, The Catalogue, is a portfolio of evidence from Site Work with a professional development log, "
    "followed by the Curator's Talk, a twenty-minute professional conversation with two tutors about the "
    "portfolio, the law and guidance that governs the participant's work, and their work with other services.",
    style="List Bullet")

# ---------------- PEOPLE ----------------
doc.add_heading("Principle 1: People", 1)
grey_prompt(doc, "Framework prompts: Do you know who your learners are and what they need? How do you find out what they "
                 "already know? Can everyone take part? Do learners have choices about how and when they learn? How do you "
                 "help learners to take the next step?")

def sa_table(rows):
    t = table(doc, [], header=["Where are we now? (what we do)", "Rating", "Where do we want to be? (our actions)"],
              widths=[10.0, 1.6, 5.4], size=9)
    for r in rows:
        if isinstance(r, str):
            merged_row(t, r, fill="DEEAF6")
            continue
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            cell_text(c, v, size=9)
    return t

t = sa_table([
    "1.1 Who comes",
    ["Objects of Learning is for qualified teachers who are in post as SENCO, or will take up the post during the "
     "year. The head teacher signs a nomination form that commits the school to release the participant for the "
     "eight Gallery Days and to name a Keeper. Before a place is offered, a tutor holds a Starting Point interview "
     "with each applicant, using the national outcomes, to check that they have the knowledge, understanding and "
     "experience to benefit from the course and to meet the outcomes by the end; applicants who are not yet ready "
     "are advised to take our one-day Open Doors courses first and apply the following year.", "3",
     "Publish the entry checks on the Service's website."],
    "1.2 Finding out what each learner needs",
    ["At the Starting Point each participant rates themselves against every national outcome on a four-point "
     "scale, and the tutor discusses the ratings with them. From this the tutor and participant write an "
     "Individual Learning Plan: the participant's personal outcomes, the Gallery Days and readings to give most "
     "time to, and the Site Work that will suit their school. The Keeper receives a copy, and the plan is "
     "reviewed with the tutor after Gallery Day 4.", "3", "None this year."],
    "1.3 Recognising what learners already know",
    ["Participants who hold credit at Level 7 from earlier study may bring up to 20 credits into the Award under "
     "the University's credit transfer regulations, in place of Commission 1. Experience of SEN work without "
     "academic credit is noted in the Individual Learning Plan but does not carry credit.", "2",
     "Talk to the University about an assessment-only route for experienced SENCOs from the county support services, for the 2010 intake."],
    "1.4 Access for all",
    ["As a public body the Service has a Disability Equality Scheme and a Single Equality Scheme, and the "
     "University has its own. Together we make reasonable adjustments for disabled participants: all Gallery "
     "Day venues are step-free and have hearing loops; BSL interpreters are booked through the University; "
     "papers come in large print, on coloured paper or electronically; adjustments to the Commissions, such as "
     "extra time or a recorded Curator's Talk, are agreed through the University's Disability Service. Needs "
     "are asked about at the Starting Point interview and reviewed at Gallery Day 4. Gallery Day dates avoid the "
     "main religious festivals.", "3", "Add a quiet room at the Mill Museum."],
])
# tracked insertion of the January start inside the next table
doc.add_paragraph()
t2 = sa_table(["1.5 Times and ways of learning"])
cells = t2.add_row().cells
pp = cell_text(cells[0], "Participants start in September", size=9)
add_ins(pp, " or in January", A1, D1)
pp.add_run(". Gallery Days 3 to 6 run twice a year at two venues, so participants may take them in any order "
           "and move a day to the other run if school pressures demand it. Participants may complete in three terms "
           "or extend to five. The course is blended: Gallery Days and Site Work are supported by the Store Room.").font.size = Pt(9)
cell_text(cells[1], "3", size=9)
cell_text(cells[2], "A Saturday run of Gallery Days 1 and 2.", size=9)
merged_row(t2, "1.6 Support between Gallery Days", fill="DEEAF6")
cells = t2.add_row().cells
cell_text(cells[0], "The Store Room is a Moodle site hosted by the University. Each participant belongs to an Object "
          "Group of five, with its own forum, and tutors answer questions in the tutor forum within two working days. "
          "Between Gallery Days a tutor runs a fortnightly Store Room Hour, a live online chat, and each participant "
          "has a telephone or email tutorial of thirty minutes each half term. Keepers have guest logins so that they "
          "can see their participant's Individual Learning Plan and Site Work briefs, and the course team sends all "
          "messages to schools through the Store Room and by email.", size=9)
cell_text(cells[1], "3", size=9)
cell_text(cells[2], "Podcasts of the Gallery Day talks.", size=9)
merged_row(t2, "1.7 A course that fits the learner", fill="DEEAF6")
cells = t2.add_row().cells
cell_text(cells[0], "The course is tailored through the Individual Learning Plan, the choice of Site Work and the "
          "choice of pupil and project in the Commissions, so each participant works on what matters in their own "
          "school. Each Gallery Day builds towards the Commissions and each Commission builds on the last. The fee "
          "is 1,250 pounds a participant, covered by the TDA's funding, and the Gallery Days use our own venues and "
          "collections, so most of the cost goes on tutor time.", size=9)
cell_text(cells[1], "3", size=9)
cell_text(cells[2], "None this year.", size=9)
merged_row(t2, "1.8 Helping learners take the next step", fill="DEEAF6")
cells = t2.add_row().cells
cell_text(cells[0], "At the Private View the University's admissions tutor explains how the Award's 60 credits count towards the MA in Inclusive Education.", size=9)
cell_text(cells[1], "2", size=9)
cell_text(cells[2], "Add a \"next acquisitions\" page to the Catalogue so that each participant sets targets for the year after the course.", size=9)

# ---------------- PLACES ----------------
doc.add_heading("Principle 2: Places", 1)
grey_prompt(doc, "Framework prompts: Are your spaces welcoming, safe and inspiring? Do learners have the resources they need? "
                 "Do you use places beyond your own buildings? Do learners have access to specialist help?")
sa_table([
    "2.1 Resources",
    ["Participants use the Sensory Gallery and the hub's handling collections of about 2,000 objects, and borrow "
     "Open Doors loan boxes for Site Work. They have full access to the University library and its electronic "
     "journals, and Gallery Day 3 includes a session in the University's assistive technology suite (screen "
     "readers, switch access, voice output communication aids and symbol software). Laptops are provided at "
     "every Gallery Day.", "4", "Replace the switch access kit in 2010."],
    "2.2 Specialist help",
    ["Specialists contribute to the Gallery Days: educational psychologists and the sensory support team from "
     "Calder Vale, a speech and language therapist from the primary care trust, the head teacher of Brackley "
     "Fields Special School and a teacher from Ashmoor Hospital School. In the 2007 pilot each participant spent "
     "two days in Brackley Fields Special School.", "2", "Find a placement partner for 2010."],
    "2.3 Schools as places of learning",
    ["Site Work happens in the participant's own school between Gallery Days. Each Site Work brief is tied to "
     "named national outcomes and to the next Commission, is agreed with the Keeper, and asks the participant "
     "to try something with pupils or colleagues and bring what happened to the next Gallery Day.", "3",
     "Collect Site Work into a shared bank."],
])
deleted_paragraph(doc, "Placements. Every participant spends two days at Brackley Fields Special School, observing "
                       "the SENCO and the school's multi-agency meetings, before Gallery Day 6.", A1, D1)
c1 = doc.add_paragraph()
r = c1.add_run("Note: the Site Work tasks are the school-based element of the course.")
r.italic = True
comment(doc, [r], "We took the Brackley placement out because the school cannot host in 2009-10. Do we need to say so?",
        author=A1, initials="RP")

# ---------------- PARTNERSHIPS ----------------
doc.add_heading("Principle 3: Partnerships", 1)
grey_prompt(doc, "Framework prompts: Who are your partners and what do they bring? Do you know what your users and "
                 "stakeholders need? Have they shaped what you do? Are they part of delivering and evaluating it?")
sa_table([
    "3.1 Our university partner",
    ["The University of Ashmoor School of Education validated Objects of Learning on 14 October 2008 as 60 "
     "credits at Level 7 in its postgraduate framework. The University awards the credit, appoints the external "
     "examiner, runs the assessment board and registers participants as its students.", "4", "None."],
    "3.2 What our stakeholders need",
    ["In spring 2008 we surveyed the 212 schools in the Open Doors network (118 replied), held two focus groups "
     "with 26 SENCOs, and met the SEN officers of Calder Vale, Ashmoor City and Hebden Moor. Schools asked for "
     "a course that could be taken without losing a teacher for whole weeks, that gave time to provision mapping "
     "and to leading colleagues, and that was practical; the local authorities asked for stronger work with "
     "parents and with their own services; SENCOs asked for help with pupils with autism and with communication "
     "needs. The course is built on those findings.", "3", "Repeat the survey in 2010."],
    "3.3 How they shaped the course",
    ["The fourteen SENCOs of the 2007-08 pilot and their head teachers reviewed every session. Because of what "
     "they told us, provision mapping moved from the last day to Gallery Day 4, Commission 1 was shortened from "
     "6,000 to 4,000 words, and the Family Learning day was added at the request of Calder Vale Parent "
     "Partnership. Calder Vale's SEN officer sat on the group that wrote the Commissions.", "3", "None."],
    "3.4 Stakeholders in the course",
    ["Local authority officers lead the afternoon of Gallery Day 6; parents from Calder Vale Parent "
     "Partnership co-present Gallery Day 5; head teachers of special schools host parts of Gallery Days 3 and 6; "
     "Keepers support Site Work. We would like the Parent Partnership and our Young Curators to help us evaluate "
     "the course from 2009-10.", "2", "Invite head teachers to the Learning Board."],
])

doc.add_heading("Our team", 2)
table(doc, [
    ["Dr Miriam Okafor", "Head of Learning; course leader", "SENCO in two Ashmoor schools for eleven years; MA in Special and Inclusive Education; PhD on museum learning and autistic pupils (2006). Member of nasen; leads Open Doors."],
    ["Tom Haddow", "Learning Officer; tutor", "Former deputy head of a special school for pupils with MLD; PGDip in Specific Learning Difficulties, AMBDA. Teaches Gallery Days 3 and 4."],
    ["Dr Sian Pritchard", "Senior Lecturer, University of Ashmoor; programme leader", "Teaches the University's MA in Inclusive Education; current research on provision mapping in primary schools; external examiner for SEN programmes at two universities."],
    ["Gwen Ashby", "Associate tutor", "Serving SENCO at Castleton High School and part-time SEN adviser to Hebden Moor; leads Gallery Day 7."],
], header=["Name", "Role on the course", "Qualifications and current specialist work"], widths=[3.2, 4.0, 9.8], size=9)
doc.add_paragraph(
    "All four tutors attend the University's annual inclusion conference and one external SEN conference a "
    "year, and the course team meets each half term to share new research and guidance.")

sa_table([
    "3.5 Everyone knows their part",
    ["Tutors' roles are set out in the University's programme handbook and in our learning officers' job "
     "descriptions, and a new tutor shadows a full Gallery Day and second-marks with the course leader before "
     "marking alone. Each school names a Keeper, a senior leader who supports Site Work. A Keeper's guide and a "
     "briefing session will be written for the first cohort.", "2", "Write the Keeper's guide."],
    "3.6 Keeping people safe",
    ["All Service staff, freelance facilitators and volunteers who work with pupils hold an enhanced CRB "
     "disclosure, renewed every three years and recorded on our Single Central Record. Participants are "
     "teachers employed by their schools, which are responsible for their vetting.", "3", "None."],
])

text_box(doc, [
    ("A Young Curator writes", True),
    ("\"We choose which objects go in the cases and we write the big-print labels. The museum people ask us "
     "what we think and then they actually change it. I told them the Roman gallery was too dark and they put "
     "new lights in.\"  Jordan, 14, Young Curators panel", False),
], height_pt=90)

# ---------------- LEARNING ----------------
doc.add_heading("Principle 4: Learning", 1)
grey_prompt(doc, "Framework prompts: What do you want learners to gain? How do you know they have gained it? "
                 "How do you use what learners tell you? How do you know your work makes a difference?")
sa_table([
    "4.1 What the course is for",
    ["The aim of Objects of Learning is to raise the achievement and improve the well-being of pupils with SEN "
     "and disabilities - that they are healthy, stay safe, enjoy and achieve, make a positive contribution and "
     "achieve economic well-being - by developing the knowledge, understanding and skills of the SENCOs who lead "
     "provision for them. Every Gallery Day ends with what it means for pupils, and each Commission's marking "
     "criteria include evidence of the difference the participant's work has made to pupils' learning and "
     "well-being.", "3", "None."],
    "4.2 Law and policy",
    ["Gallery Day 1 introduces the SEN Code of Practice, the SEN and Disability Act 2001, the Disability "
     "Discrimination Act 2005 and the disability equality duty, the Children Act 2004, Every Child Matters and "
     "Removing Barriers to Achievement; each later day returns to the guidance that governs its theme; the "
     "Curator's Talk tests the participant's understanding of them.", "3", "None."],
    "4.3 Research and evidence",
    ["Gallery Day 2 introduces participants to the research literature and to reading it critically; the "
     "reading list is kept by the University library.", "2", "Add a session on recent Ofsted reports on SEN."],
    "4.4 Listening to pupils",
    ["On Gallery Day 6 participants watch a session of the Young Curators, our panel of young people with SEN "
     "who advise the Service on its exhibitions and write our large-print labels.", "2",
     "Ask the Young Curators to run a workshop for participants."],
    "4.5 Colleagues and families",
    ["Gallery Day 7 and Commission 2 develop the participant's skill in advising, supporting and leading "
     "colleagues in school, and Gallery Day 6 their work with colleagues in other schools and services; in "
     "Site Work 5 each participant advises a colleague on a pupil and records the advice. Gallery Day 5, led "
     "with Parent Partnership, develops partnership with parents and carers: listening, sharing information and "
     "planning with them; in Site Work 4 each participant holds a planning meeting with a pupil's parents, and "
     "Commission 1 is marked on it.", "3", "None."],
    "4.6 Making a difference in school",
    ["Commission 2 requires each participant to lead a change in their school, using what the course has "
     "developed, and to show its effect on practice and on pupils.", "3", "None."],
    "4.7 Judging learners' work",
    ["Commissions are marked against criteria written from the national outcomes on the University's Level 7 "
     "scale. Every fail and a quarter of all other scripts are second-marked; the University's SEN moderator "
     "samples every Commission; the external examiner, Professor Helen Carrick of the University of Stanmouth, "
     "sees a sample and attends the assessment board. Tutors meet before each marking round to mark two "
     "scripts together.", "3", "None."],
    "4.8 Evaluating the course",
    ["Participants complete a GLO card at the end of each Gallery Day (what they learned, how they felt, what "
     "they will do next) and an end-of-course questionnaire; Keepers complete a questionnaire at the Private "
     "View; the University's annual monitoring and the external examiner's report give an outside view. Each "
     "summer the Learning Board reads all of it and writes an action plan for the next run, which goes to the "
     "University's programme committee.", "3", "None."],
    "4.9 Knowing we make a difference",
    ["Participants' competence and confidence are measured by repeating the Starting Point self-rating at the "
     "Private View and comparing it with the first; tutors check the ratings against the Commission marks. We "
     "hope in time to learn whether pupils in participants' schools do better, perhaps through the local "
     "authorities' data.", "1", "Agree measures of pupil progress with the local authorities."],
    "4.10 The Award",
    ["The Award is made to participants who pass all three Commissions; each Commission passes at 50 per cent "
     "overall on the University's Level 7 marking scale. GLO cards are read by tutors but are not marked and do "
     "not count towards the Award.", "3", "None."],
])
c2 = doc.add_paragraph()
r2 = c2.add_run("The ratings above were agreed by the Learning Board on 21 November 2008.")
r2.italic = True
comment(doc, [r2], "4.10: the TDA will want to see that every outcome has to be achieved, not just 50% overall. "
        "Can we say the Catalogue is checked against all of them?", author=A2, initials="AM")

# ---------------- GLO map ----------------
doc.add_heading("Generic Learning Outcomes map", 1)
doc.add_paragraph(
    "The framework asks us to say what learners gain under its five Generic Learning Outcomes. We have sorted "
    "the national outcomes for SENCOs into them, in our own words. \"Where\" is the Gallery Day where the outcome "
    "is developed. \"How we know\" names the Commission in which it is marked; \"GLO card only (not marked)\" "
    "means we evaluate it through the day's GLO card but it is not assessed.")
gt = table(doc, [], header=["What the participant gains", "Where", "How we know"], widths=[10.0, 2.6, 4.4], size=9)
groups = [
    ("Knowledge and understanding", [
        ("The SEN Code of Practice and the law and guidance on SEN, and how to put them into practice in school", "Day 1", "Commission 3 (Curator's Talk)"),
        ("Every Child Matters, its five outcomes and the SENCO's part in them", "Day 1", "Commission 3 (Curator's Talk)"),
        ("The law on disability equality and what it requires the school to do", "Day 1", "Commission 3 (Curator's Talk)"),
        ("How children develop, and how SEN, disability and surroundings affect development", "-", "Commission 1 (marked)"),
        ("The common kinds of SEN and disability (autism, communication needs, dyslexia, behavioural, emotional and social difficulties, moderate learning difficulties) and how they affect learning", "Day 3", "Commission 1 (marked)"),
        ("A critical grasp of ways to assess, plan, teach and support learning, including ICT", "Day 3", "Commission 1 (marked)"),
        ("How school self-evaluation and improvement work for pupils with SEN", "Day 7", "GLO card only (not marked)"),
        ("What research and best practice show about meeting SEN", "Days 2 and 3", "Commission 1 (marked: literature review)"),
        ("What other services and agencies do and how to get specialist help and resources", "Day 6", "Commission 3 (Catalogue and Curator's Talk)"),
    ]),
    ("Skills", [
        ("Identifying pupils who may have SEN, setting challenging targets, planning interventions and reviewing progress", "Day 4", "Commission 1 (marked)"),
        ("Using assessments by other professionals to shape teaching", "Day 4", "Commission 1 (marked)"),
        ("Using test results and other summative data to track progress", "Not covered: the Service holds no pupil attainment data, and this is left to the University's other modules", "-"),
        ("Helping other teachers use formative assessment with pupils with SEN", "Day 4", "Commission 2 (marked)"),
        ("Arranging access arrangements for tests and examinations in good time", "Day 4", "GLO card only (not marked)"),
        ("Provision mapping and finding gaps or weak provision", "Day 4", "Commission 2 (marked: provision map)"),
        ("Deploying and managing teaching assistants and other staff", "This is for the Keeper and the head teacher in each school; it is not part of Objects of Learning", "-"),
        ("Liaising with parents and carers", "Day 5", "Commission 1 (marked: parent conversation)"),
        ("Working in partnership with other services, agencies and voluntary organisations", "Day 6", "Commission 3 (Catalogue)"),
        ("Prioritising, managing time and delegating", "Day 7", "GLO card only (not marked)"),
        ("Speaking and writing clearly; listening to and understanding others", "All days", "Commissions 1 and 3 (written work and Curator's Talk)"),
    ]),
    ("Attitudes and values", [
        ("Fair, respectful and constructive relationships with pupils with SEN and their families", "Days 5 and 6", "Commission 1 (marked)"),
        ("Winning the commitment of colleagues, the head teacher and senior leaders", "Day 7", "Commission 2 (marked)"),
        ("Drawing on research and outside advice to improve one's own and colleagues' practice", "Day 2", "Commission 2 (marked)"),
    ]),
    ("Enjoyment, inspiration, creativity", [
        ("Working with senior colleagues and governors to shape an inclusive ethos, policies, priorities and resources", "Day 7", "Commission 2 (marked: report to governors)"),
        ("Supporting colleagues' professional development by observation and feedback, modelling, coaching and training", "Day 7", "Commission 2 (marked)"),
        ("Making sure pupils help plan, agree, review and evaluate their own provision", "Day 6 (Young Curators)", "GLO card only (not marked)"),
    ]),
    ("Activity, behaviour and progression", [
        ("Anticipating and solving problems and making sound decisions about provision", "Days 4 and 7", "Commissions 1 and 2 (marked)"),
        ("Reviewing with colleagues how well provision works, to feed the school's self-evaluation", "Day 7", "Commission 2 (marked: review with staff)"),
        ("Keeping up to date and taking charge of one's own professional development in SEN", "Day 2", "Commission 3 (professional development log)"),
    ]),
]
for g, rows in groups:
    merged_row(gt, g, fill="C5E0B3")
    for row in rows:
        cells = gt.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v, size=9)

doc.add_heading("Summary of ratings", 2)
table(doc, [["People", "3", "3"], ["Places", "3", "2"], ["Partnerships", "3", "3"], ["Learning", "2", "3"]],
      header=["Principle", "Rating 2008", "Target 2010"], widths=[6, 3, 3], size=9)
doc.add_paragraph(
    "The Board's overall judgement is that Objects of Learning is established in most respects and that its "
    "main gaps are in stakeholders' part in evaluation and in evidence of impact on pupils. We submit the "
    "workbook with the University's validation report and the Commission briefs.")

out = HERE / f"{NAME}.docx"
doc.save(out)
print(out.name, word_count(out), "words")
