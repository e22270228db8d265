"""Build di-02.docx: Pennine Open University, ES852 advisers' course briefing (knowledge-base article), June 2009 (invented provider).

Provider
--------
Pennine Open University (POU), an invented distance-learning university with
its own degree-awarding powers, a central Enquiry and Advice Centre that takes
prospective students' calls, and eight Regional Centres with staff tutors. Its
model is supported open learning: printed study units posted home, an online
conference system (POU Online) with course forums, a regional tutor for each
group of about sixteen students, two regional day schools and a one-day
visit. The course is ES852 Coordinating SEN Provision, 60 credits at masters
level, leading to the POU Postgraduate Certificate in SEN Coordination (the
National Award for SEN Coordination). 2008-era vocabulary (CRB, List 99,
DDA 1995/2005, SENDA 2001, SEN Code of Practice 2001, School Action Plus,
statements, P scales, SENCO Regulations 2008, SEF).

Layout (a kind of document not in the earlier sets: an enquiry service's
internal knowledge-base article, a course briefing for call advisers)
------------------------------------------------------------------------
The University sends the briefing its Enquiry and Advice Centre advisers use
to answer calls about the course, with a short note from the Course Manager.
- An article control table (KB number, version, status, owner, audience,
  review date), then the note to the panel.
- "In brief" box, a two-column "Key facts" table.
- Lettered sections A-J under Heading 1 ("A Is ES852 right for the
  caller?"), each with adviser instructions in the imperative, "Suggested
  wording:" paragraphs in italics (the adviser's script, in the first person
  plural of the University), "DO NOT" boxes (one-cell red-bordered tables),
  and CRM outcome codes.
- A "Caller says / What you do / CRM code" routing table in section A.
- Section H for employers: "What will our SENCO be able to do?", a
  three-column table of the national outcomes in the University's words with
  "Where it's taught" and "How it's checked", and a key (F = forum task, not
  marked; M = mentor's sign-off, not marked by the University).
- A "Quick answers" table, an escalation table, and a version history table whose earlier entries
  describe withdrawn arrangements.
- Two real Word comments by the Course Manager and the KB editor, holding
  arrangements that are not in the text.
- Page header ("INTERNAL") and footer with the article number.

Traps and the requirement ids they affect
-----------------------------------------
- 1.1 partially_met: the purpose given to employers is attainment only
  ("progress in National Curriculum levels and P scales"); well-being and
  ECM are not in the aims or assessment (ECM is left to another course).
- 1.3 partially_met: one unit on research into what works, otherwise only
  "kept up to date and draw on the latest thinking"; no inspection evidence
  or recent developments.
- 1.9 and 6.0 partially_met: every TMA and the ECA must be passed, but the
  employer table has outcomes checked only by an unmarked forum task, a
  mentor's sign-off, a day-school workshop, a conditional ECA part, or not
  at all; the scripted blanket claim that the course covers all the national
  outcomes is not evidence.
- 2.1 partially_met: credit for previous postgraduate study; "DO NOT tell
  callers that their experience will count as credit".
- 2.2 partially_met: a Starting Point Questionnaire before the course, used
  only to place the student in a tutor group and to brief the tutor; no
  individual plan or personalised outcomes.
- 2.4 partially_met: general claims ("fits around your job", "high
  quality"); no tailoring mechanism beyond the tutor group, nothing on cost
  effectiveness (a fee is not cost effectiveness).
- 3.3 partially_met: tutors by phone and email between day schools, a peer
  forum "run by students" which tutors do not post in, no online tutorials;
  all correspondence with schools by post.
- 4.1 and 4.2 partially_met: "developed in response to requests from local
  authorities" and "consulted during development", with no evidence or
  detail of influence.
- 5.1 partially_met: survey, tutor reports, a review group that "looks at"
  the results; no account of how evidence changes the course, and the
  external examiner's remit is the marks only.
- 5.4 partially_met: "experienced teachers with an interest in SEN"; a Word
  comment proposing real tutor criteria is not part of the submission.
- 5.9 not_met: the Faculty "will decide how to measure the course's impact";
  a Word comment about a 12-month follow-up is not part of the submission.
- Past arrangements in the version history: a June start and online
  tutorials (3.2, 3.3), both withdrawn.
- Outcomes (section H table):
  met: A1, A2, A3, A5, K1, K3, K4, K5, K6, K8, S1, S2, S2a, S2b, S3, S4,
  S5, S7, S8;
  forum task "not marked" (A6) partially_met;
  taught, "\u2014" for checking (A7) partially_met;
  assessed but not taught, "students bring their school's SEF" (K7)
  partially_met;
  day-school workshop only (S2c) partially_met;
  mentor's sign-off only (S6) partially_met;
  conditional ECA Part C "if your case involves another service" (S9)
  partially_met;
  no row, nothing elsewhere (A4) not_met;
  ECM "covered in ED820 ... not repeated in ES852" (K2) not_met;
  local services left to the local authority's induction (K9) not_met;
  access arrangements "not part of ES852" (S2d) not_met.
- Met in plain arrangements: E.1, E.2, 1.2, 1.4-1.8, 2.3 (Direct
  Assessment route), 2.5 (Next Steps Plan), 3.1, 3.2, 4.3, 5.2 (application
  review with guidance and letter to the head), 5.3 (head's CRB declaration
  with number and date, List 99, new disclosure if out of school three
  months), 5.5 (specialists and an approved one-day visit), 5.6, 5.7 (Tutor
  Handbook, Mentor Guide and briefing call, Host School Guide), 5.8.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("di-02-pennine-advisers-briefing.docx")

doc = Document()
doc.core_properties.author = "Enquiry and Advice Centre"
doc.core_properties.title = "KB-2291 ES852 Coordinating SEN Provision: course briefing for advisers"
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(10.5)
for name, size in (("Heading 1", 13), ("Heading 2", 11)):
    st = doc.styles[name]
    st.font.name = "Calibri"
    st.font.size = Pt(size)
    st.font.color.rgb = RGBColor(0x00, 0x5A, 0x3C)

GREEN = "005A3C"
MINT = "E3F1EA"
GREY = "EDEDED"
PINK = "FBE4E4"


def para(text="", bold=False, italic=False, size=None, align=None, after=None, colour=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def say(text):
    """A scripted answer: bold lead, italic wording."""
    p = doc.add_paragraph()
    r = p.add_run("Suggested wording: ")
    r.bold = True
    r = p.add_run(text)
    r.italic = True
    return p


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def table(rows, header=True, size=9.5, fill=MINT, first_col_bold=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0) or (first_col_bold and j == 0), size=size)
            if header and i == 0:
                shade(c, fill)
    doc.add_paragraph()
    return t


def donot(lines):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, PINK)
    cell_text(c, "DO NOT", bold=True)
    for x in lines:
        c.add_paragraph(x, style="List Bullet")
    doc.add_paragraph()


def box(title, lines, fill=GREY):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    cell_text(c, title, bold=True)
    for x in lines:
        c.add_paragraph(x)
    doc.add_paragraph()


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
sec.left_margin = Cm(2.2)
sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
hr = hp.add_run("INTERNAL \u2013 Enquiry and Advice Centre \u2013 Advisers' Knowledge Base")
hr.font.size = Pt(8)
hr.bold = True
fp = sec.footer.paragraphs[0]
fr = fp.add_run("KB-2291 v1.3 \u00b7 Printed copies are uncontrolled: always check POU Knowledge for the live "
                "version \u00b7 Page ")
fr.font.size = Pt(7.5)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="15"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ title and control
para("Pennine Open University", bold=True, size=15, colour=GREEN, after=0)
para("Course briefing for advisers: ES852 Coordinating SEN Provision", bold=True, size=13, after=6)
table([
    ("Article", "KB-2291"),
    ("Version and status", "1.3 \u2013 Live"),
    ("Article owner", "Enquiry and Advice Centre (Gareth Pryce, Knowledge Base Editor)"),
    ("Content owner", "Faculty of Education, Health and Social Care (Dr Miriam Oduya, ES852 Course Manager)"),
    ("Audience", "Enquiry advisers; Regional Centre learner support teams; Disability Support Team"),
    ("Review date", "31 December 2009"),
    ("Related articles", "KB-0410 Credit transfer; KB-1187 Disabled students; KB-1920 Paying your fee"),
], header=False, first_col_bold=True)

box("Note for the TDA panel", [
    "We have been asked for a description of ES852 as students and schools will actually experience it. "
    "The most complete one we have is this briefing, which our advisers use to answer calls from "
    "teachers, headteachers and local authorities, so we are sending it as it stands. Advisers' notes "
    "and suggested wording are part of the article. Dr Miriam Oduya, Course Manager, 4 June 2009.",
], fill=MINT)

box("In brief", [
    "ES852 is a 60-credit postgraduate course for teachers who are, or are about to become, their school's "
    "SENCO. It leads to the POU Postgraduate Certificate in SEN Coordination, which is the National Award "
    "for SEN Coordination. Study is mostly at home, with printed units, POU Online, a regional tutor, two "
    "day schools and a one-day visit to another setting.",
])

# ------------------------------------------------------------------ key facts
doc.add_heading("Key facts", level=1)
table([
    ("Course code and title", "ES852 Coordinating SEN Provision"),
    ("Award", "Postgraduate Certificate in SEN Coordination (National Award for SEN Coordination), "
              "awarded by Pennine Open University under its own degree-awarding powers"),
    ("Credit and level", "60 credits at masters level (M level)"),
    ("Starts", "September and February each year"),
    ("Length", "12 months, or 18 months on the extended route"),
    ("Study time", "About 600 hours: 12 to 14 hours a week on the standard route"),
    ("Fee", "\u00a31,150. Most students' fees are paid by their local authority from the TDA grant"),
    ("Tutor group", "About 16 students, with a regional tutor"),
    ("Face to face", "Two day schools (Saturday or weekday) and one visit day"),
    ("Assessment", "Three tutor-marked assignments (TMAs) and an end-of-course assessment (ECA)"),
    ("Registration closes", "15 August (September start); 15 December (February start)"),
])

# ------------------------------------------------------------------ A
doc.add_heading("A Is ES852 right for the caller?", level=1)
para("Check the caller's role first. ES852 is for qualified teachers in England who hold, or have been "
     "designated for, the SENCO role. Use the table and record the CRM outcome code.")
table([
    ("Caller says", "What you do", "CRM code"),
    ("I'm a teacher and my head wants me to be SENCO", "Send the ES852 application pack; explain the "
     "Headteacher's Declaration (section D)", "ES-APP"),
    ("I'm a teaching assistant / HLTA", "ES852 is not open to them. Suggest the Foundation Degree in "
     "Learning Support (KB-0833)", "ES-REF"),
    ("I've been a SENCO for years; do I need to do the whole course?", "Explain credit transfer and Direct "
     "Assessment (section E). Do not promise either", "ES-EXP"),
    ("I'm a headteacher / LA officer asking for a member of staff", "Use section H. Offer the employer "
     "leaflet", "ES-EMP"),
    ("I have a disability or dyslexia", "Use section C.3 and transfer to the Disability Support Team if "
     "the caller wishes", "ES-DIS"),
])
say("ES852 is for teachers who are, or are about to be, their school's SENCO. It gives you the National "
    "Award for SEN Coordination, and it covers all the national outcomes for the Award.")

# ------------------------------------------------------------------ B
doc.add_heading("B How the course works", level=1)
para("ES852 has twelve printed units in four parts, posted to the student's home, and a course website on "
     "POU Online with the online library, the course forum and the assignment submission system.")
bullets([
    "Part 1 (Units 1\u20133): the law and the SENCO: the Education Act 1996, the SEN Code of Practice 2001 "
    "and the graduated response, SENDA 2001, the Disability Discrimination Act 1995 as amended in 2005 "
    "and the Disability Equality Duty, the SENCO Regulations 2008; how children develop and how SEN, "
    "disability and the school environment can affect development (Unit 3).",
    "Part 2 (Units 4\u20136): Unit 4 identifying and assessing needs (BESD, specific learning "
    "difficulties including dyslexia, speech, language and communication needs, autism, moderate "
    "learning difficulties), using other professionals' reports and setting targets; Unit 5 Hearing the "
    "child; Unit 6 tracking progress with P scales, teacher assessment and national test data, and "
    "teaching approaches and ICT.",
    "Part 3 (Units 7\u20139): working with people: Unit 7 Communicating with colleagues and families, "
    "Unit 8 Leading and influencing, Unit 9 Managing provision and managing the role (provision mapping, "
    "deploying teaching assistants, time, priorities and delegation).",
    "Part 4 (Units 10\u201312): improving provision: Unit 10 What works: research into interventions, "
    "Unit 11 Reviewing provision with colleagues and other services, Unit 12 Your own development.",
])
para("Unit 5, Hearing the child, teaches ways of consulting pupils with SEN about their learning and "
     "support, including pupils with little or no speech, and TMA 02 asks students to consult two pupils "
     "and use what they say in planning their provision. Units 7 and 8 develop the student's skills in "
     "advising and coaching colleagues in their own school and working with SENCOs in other schools "
     "through their cluster; Unit 7 also covers advising parents and carers and working in partnership "
     "with them, and Day school 1 includes a role play of a difficult meeting with a parent.")
para("Every unit has school-based tasks that the student carries out in their own school, and the "
     "assignments are built on those tasks. TMA 03 is a school improvement project: the student leads a "
     "change in provision, measures pupils' progress before and after, and reports the effect.")
say("The course materials are kept up to date and draw on the latest thinking about SEN. Unit 10 looks at "
    "what the research says about interventions that work.")
say("ES852 is about helping SENCOs to raise the attainment of pupils with SEN. Students show progress in "
    "National Curriculum levels and P scales for the pupils they work with.")
doc.add_heading("B.1 Pace and start dates", level=2)
para("Students choose a September or a February start and the standard (12-month) or extended (18-month) "
     "route when they register. They can switch from standard to extended at any point before TMA 02 "
     "without charge. Each day school runs twice in each region, once on a Saturday and once on a "
     "weekday, and the student chooses which to attend. If there are enough students in a region, a third "
     "day school may run in the spring.")
say("ES852 is a high-quality course that fits around your job and your school.")
donot([
    "tell callers that ES852 can be done entirely online: the day schools and the visit day are part of "
    "the course.",
    "tell callers that ES852 is a course a student can start in June (see version history).",
])

# ------------------------------------------------------------------ C
doc.add_heading("C Support and access", level=1)
doc.add_heading("C.1 The tutor", level=2)
para("Each student has a regional tutor who marks their assignments, runs the day schools and can be "
     "contacted by phone or email between day schools. Tutors agree a contact time with their group at "
     "the start of the course and reply to emails within three working days.")
say("All our tutors are experienced teachers with an interest in SEN.")
doc.add_heading("C.2 POU Online", level=2)
para("The ES852 forum on POU Online is run by students for students. Tutors do not post in it. There are "
     "no online tutorials on ES852. All letters to headteachers and mentors are sent by post from the "
     "Regional Centre.")
doc.add_heading("C.3 Disabled students", level=2)
para("POU has duties under the Disability Discrimination Act 1995 as amended in 2005, including the "
     "Disability Equality Duty. The ES852 application form, the prospectus entry and this call ask whether "
     "the caller has a disability, health condition or specific learning difficulty. Ask the question in "
     "every ES852 call, and explain that telling us will not affect the application. If the caller says "
     "yes, offer a transfer to the Disability Support Team, who agree reasonable adjustments with the "
     "student and record them on a Support Plan that the tutor, the day-school organisers and the "
     "examinations team can see.")
para("Adjustments available on ES852 include units in large print, Braille, audio or electronic form; "
     "the prospectus and application pack in alternative formats; a note-taker or BSL interpreter at day "
     "schools; day-school venues with step-free access and hearing loops, which the Regional Centre "
     "checks; a visit setting chosen with the student's access needs in mind; and extra time or other "
     "arrangements for the ECA. Students can tell us at any point in the course.")
donot([
    "suggest that a disabled caller might find the course too demanding, or advise them not to apply.",
])

# ------------------------------------------------------------------ D
doc.add_heading("D Applying: entry checks", level=1)
para("ES852 applicants complete the application form, a 500-word personal statement on their SEN role "
     "and experience, and the Headteacher's Declaration. The Regional Centre's staff tutor reviews every "
     "application against the entry criteria: Qualified Teacher Status, at least two years' teaching, "
     "holding or being designated for the SENCO role, and the headteacher's agreement to the school-based "
     "tasks. If the statement suggests that the applicant is not yet ready to meet the course outcomes, "
     "for example a newly qualified teacher with no experience of pupils with SEN, the staff tutor phones "
     "them, advises them to take E310 Understanding SEN (30 credits) first, and writes to their "
     "headteacher to explain what they need to do before reapplying.")
para("On the Headteacher's Declaration the head gives the number and date of the applicant's enhanced CRB "
     "disclosure, confirms that the applicant has been checked against List 99, and confirms that there are "
     "no concerns about their conduct and no outstanding disciplinary matters. An applicant who has not "
     "worked in a school or college with regular contact with children in the last three months must "
     "obtain a new enhanced disclosure through POU, as a registered body, before registration. The "
     "Registration Office records the disclosure details and does not confirm a place without them.")
say("Your headteacher will need to confirm your CRB details on the Declaration. If you haven't worked "
    "in a school for three months or more, we will arrange a new check for you before you start.")
doc.add_heading("D.1 The Starting Point Questionnaire", level=2)
para("After they register, students complete the Starting Point Questionnaire about their experience "
     "and the needs of pupils in their school. The Regional Centre uses it to place students in tutor "
     "groups with others of similar experience and phase, and it is passed to the tutor so they can get "
     "to know the group before the course starts.")

# ------------------------------------------------------------------ E
doc.add_heading("E Credit, exemptions and Direct Assessment", level=1)
para("Students who have passed postgraduate study in SEN at another university in the last five years can "
     "ask the Credit Transfer Centre (KB-0410) to count up to 30 credits towards ES852, which exempts them "
     "from Parts 1 and 2 and from TMAs 01 and 02.")
para("Direct Assessment is for the exceptional applicant who can already show all the national outcomes, "
     "for example an experienced SENCO or a member of an LA SEN support service. The applicant sends a "
     "short case to the Faculty's Direct Assessment Panel; if the Panel accepts it, the candidate submits "
     "a portfolio of evidence mapped to every national outcome and takes a one-hour professional "
     "discussion with two assessors, without studying the course. The result goes to the same "
     "Examination and Assessment Board as ES852. The fee is \u00a3450.")
donot([
    "tell callers that their experience will count as credit: only previous study can be transferred.",
    "promise a place on Direct Assessment. Only the Panel decides. Record ES-EXP and send KB leaflet DA1.",
])

# ------------------------------------------------------------------ F
doc.add_heading("F Assessment and the award", level=1)
para("ES852 has three TMAs and an ECA. TMA 01 (Part 1) is a review of the school's SEN policy against the "
     "law; TMA 02 (Part 2) is a case study of two pupils, including consulting them and their parents; TMA "
     "03 (Part 3) is the school improvement project, in three parts: A a provision map and the change the "
     "student led with senior colleagues, B leading adults (deploying teaching assistants and coaching a "
     "colleague), C a time audit and delegation plan. The ECA has three parts: A a report to the governing "
     "body with a recorded ten-minute presentation; B a critical review of research on one intervention; "
     "C a case study of work with another service, where the student's case involves one.")
para("Tutors mark TMAs against the ES852 marking guide. Staff tutors check a sample of every tutor's "
     "marking each presentation, and all TMA 03s and ECAs are second-marked by another tutor. The external "
     "examiner, Professor Lionel Askew of the University of Dunmore, reviews a sample of marked TMAs and "
     "ECAs to confirm the marks and attends the Examination and Assessment Board.")
para("To pass ES852 a student must pass each of the three TMAs and the ECA at 50 per cent or more. Marks "
     "cannot be carried from one assignment to another. A student who fails one assignment may resubmit "
     "it once.")

# ------------------------------------------------------------------ G
doc.add_heading("G The one-day visit and the specialists", level=1)
para("Every student spends one day in another setting, usually a special school or a resourced "
     "provision, chosen from the Regional Centre's list of approved host schools. The Regional Centre "
     "arranges the visit, sends the host school the Host School Guide, which sets out the programme for "
     "the day and what the host is asked to do, and collects feedback from the host and the student "
     "afterwards. Day schools include sessions led by an educational psychologist (reading and using "
     "assessment reports), a speech and language therapist (communication-friendly classrooms) and an LA "
     "specialist teacher (dyslexia-friendly teaching).")
para("Each student also has an in-school mentor, named by the headteacher. Mentors are sent the ES852 "
     "Mentor Guide, which explains what the mentor does and how to complete the sign-offs in the Practice "
     "Record, and the tutor phones each mentor before the course starts to go through it. Tutors receive "
     "the ES852 Tutor Handbook and attend a briefing day each August.")
para("Students receive all twelve units, a Reader of set articles, and the ES852 DVD. POU Online gives "
     "them the online library, with e-journals in SEN and education, and the assistive technology loan "
     "scheme lends text-to-speech software and a digital recorder for the course.")

# ------------------------------------------------------------------ H
doc.add_heading("H Employers and local authorities", level=1)
para("Headteachers and LA officers often ask what the course will do for their school. Use the wording "
     "below and, if they want detail, read from or send the table.")
say("ES852 was developed in response to requests from local authorities in our region, and LA SEN "
    "advisers were consulted during its development.")
say("Your LA's SEN advisers teach on our day schools and some of them are ES852 tutors. Special schools "
    "in your area host our visit days. At the end of the course we survey the students and their "
    "headteachers, and two LA SEN advisers and a headteacher sit on our Course Review Group.")
doc.add_heading("H.1 What will our SENCO be able to do?", level=2)
para("Key: F = a forum task, not marked. M = the mentor's sign-off in the Practice Record; not marked by "
     "the University. A dash means the outcome is not checked.")
rows = [
    ("G", "How they work"),
    ("Build fair and respectful relationships with pupils with SEN and their parents", "Units 5 and 7",
     "TMA 02"),
    ("Win the support of colleagues, including the headteacher and senior leaders", "Unit 8",
     "TMA 03 Part A"),
    ("Prioritise, manage their time and delegate", "Unit 9", "TMA 03 Part C"),
    ("Communicate clearly in speech and writing, and listen to others", "Unit 7; Day school 1",
     "TMA 02; ECA Part A presentation"),
    ("Use research and outside advice to improve practice", "Unit 10", "F"),
    ("Keep up to date and manage their own CPD", "Unit 12", "\u2014"),
    ("G", "What they know"),
    ("SEN law and the Code of Practice, and how to apply them", "Units 1 and 2", "TMA 01"),
    ("Every Child Matters", "Covered in POU's separate course ED820 Working Together for Children; not "
     "repeated in ES852", "\u2014"),
    ("Disability equality law and what schools must do", "Unit 2", "TMA 01"),
    ("Child development and how SEN and surroundings affect it", "Unit 3", "TMA 02"),
    ("The main kinds of SEN and how they affect learning", "Unit 4", "TMA 02"),
    ("Approaches to assessment, planning and teaching, including ICT", "Unit 6", "TMA 02"),
    ("School self-evaluation and SEN", "\u2014 (students bring their school's SEF)", "TMA 03 Part A"),
    ("Research and best practice in SEN", "Unit 10", "ECA Part B"),
    ("Local services and how to get their help", "Covered by the local authority's own induction for new "
     "SENCOs, not by ES852", "\u2014"),
    ("G", "What they can do"),
    ("Shape an inclusive ethos, policy and priorities with senior leaders and governors", "Unit 8",
     "ECA Part A"),
    ("Identify pupils with SEN, set targets, plan interventions and review progress", "Unit 4", "TMA 02"),
    ("Use assessments from other professionals", "Unit 4", "TMA 02"),
    ("Track progress with national tests and other summative data", "Unit 6", "TMA 02"),
    ("Help colleagues use formative assessment with pupils with SEN", "Unit 6",
     "Day school 2 workshop (not assessed)"),
    ("Access arrangements for national tests and examinations", "Not part of ES852: a matter for the "
     "school's examinations officer", "\u2014"),
    ("Provision mapping and finding gaps in provision", "Unit 9", "TMA 03 Part A"),
    ("Deploy and manage support staff", "Unit 9", "TMA 03 Part B"),
    ("Support colleagues' development by observing, coaching and training", "Units 7 and 8",
     "TMA 03 Part B"),
    ("Review provision with colleagues to feed into school self-evaluation", "Unit 11", "M"),
    ("Involve pupils in planning and reviewing their provision", "Unit 5", "TMA 02"),
    ("Work with parents and carers", "Unit 7", "TMA 02"),
    ("Work with other services and voluntary organisations", "Unit 11",
     "ECA Part C (where the case involves another service)"),
]
t = doc.add_table(rows=1 + len(rows), cols=3)
t.style = "Table Grid"
for j, h in enumerate(("By the end of ES852 your SENCO will be able to\u2026", "Where it's taught",
                       "How it's checked")):
    cell_text(t.cell(0, j), h, bold=True, size=9)
    shade(t.cell(0, j), MINT)
for i, row in enumerate(rows, start=1):
    cells = t.rows[i].cells
    if row[0] == "G":
        m = cells[0].merge(cells[2])
        cell_text(m, row[1], bold=True, size=9)
        shade(m, GREY)
    else:
        for j, v in enumerate(row):
            cell_text(cells[j], v, size=9)
doc.add_paragraph()

# ------------------------------------------------------------------ I
doc.add_heading("I Quality, feedback and complaints", level=1)
para("Students complete the POU end-of-course survey (satisfaction with the units, the tutor and the day "
     "schools), tutors send an end-of-presentation report to the "
     "Course Manager, and the Course Review Group meets each autumn to look at the survey results and the "
     "tutors' reports.")
p = para("The Faculty will decide how to measure the course's impact on schools once the first students "
         "have finished.")
doc.add_comment(p.runs, text="We now plan to ask every student for their case-study pupils' progress data "
                "12 months after the course. Can advisers start saying this? MO", author="Miriam Oduya",
                initials="MO")
para("Complaints follow the POU Student Complaints Procedure (KB-0102). Appeals against results go to the "
     "Faculty Appeals Officer.")

# ------------------------------------------------------------------ J
doc.add_heading("J After ES852", level=1)
para("The last unit, Your own development, ends with the Next Steps Plan: the student sets three "
     "professional targets for the year after the course, discusses them with their headteacher, who "
     "signs the Plan, and talks them through with their tutor in a final telephone tutorial. The 60 credits "
     "count towards the POU MA in Education.")
say("When you finish, you'll leave with a plan for your next steps agreed with your head, and you can go "
    "on to our MA if you want to.")

# ------------------------------------------------------------------ quick answers
doc.add_heading("Quick answers", level=1)
table([
    ("Question", "Answer"),
    ("Who pays the fee?", "Usually the local authority, from the TDA grant. Otherwise the school is "
     "invoiced (KB-1920). Students are never invoiced directly for ES852."),
    ("Can I defer?", "Yes, to the next start, before TMA 01, without charge."),
    ("What if I change school during the course?", "The new headteacher must complete a new Headteacher's "
     "Declaration, including the CRB details, before the student's next school-based task."),
    ("What if I'm ill?", "The tutor can agree an extension of up to two weeks for a TMA; longer ones go to "
     "the staff tutor."),
    ("Is there an exam?", "No. The ECA is a portfolio submitted online."),
])

# ------------------------------------------------------------------ escalation
doc.add_heading("Escalation", level=1)
table([
    ("Query", "Send to", "Response time"),
    ("Entry criteria, readiness, deferral", "Regional Centre staff tutor (education)", "5 working days"),
    ("Credit transfer", "Credit Transfer Centre", "10 working days"),
    ("Direct Assessment", "Faculty Direct Assessment Panel secretary", "15 working days"),
    ("CRB and the Headteacher's Declaration", "Registration Office, ES852 desk", "3 working days"),
    ("Disability and adjustments", "Disability Support Team", "Warm transfer"),
    ("Course content, tutors and anything else", "ES852 Course Manager", "5 working days"),
])

# ------------------------------------------------------------------ version history
doc.add_heading("Version history", level=1)
vh = table([
    ("Version", "Date", "Change"),
    ("1.0", "12 January 2009", "First issue. Three starts (September, February, June); monthly online "
     "tutorials by the tutor."),
    ("1.1", "3 March 2009", "June start withdrawn. Online tutorials withdrawn: tutors now support by phone "
     "and email."),
    ("1.2", "20 April 2009", "Direct Assessment added (section E). Headteacher's Declaration updated for "
     "List 99."),
    ("1.3", "2 June 2009", "Section H table added for employer calls. Tutor wording under review."),
])
# a comment on the tutor wording, holding criteria not in the text
for prg in doc.paragraphs:
    if prg.text.startswith("Suggested wording: All our tutors"):
        doc.add_comment(prg.runs, text="Faculty's tutor person specification: SENCO or LA SEN adviser in the "
                        "last 5 years plus a masters degree. Shall we add this? GP", author="Gareth Pryce",
                        initials="GP")
        break

doc.save(OUT)
print("wrote", OUT)
