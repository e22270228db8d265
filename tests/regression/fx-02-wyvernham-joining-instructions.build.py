"""fx-02-wyvernham-joining-instructions

Provider (invented): Wyvernham Park Training Centre, the training centre of
Wyvernham Park School (11-18) in Calderford. The Centre is the designated
recommending body for the Calderford Schools' GTP (employment-based initial
teacher training for about thirty trainees a year). For 2009-10 it runs its
first accredited CPD course, the Wyvernham SENCO Award, validated and awarded by
Castlebridge University as a 60-credit Postgraduate Certificate.

Kind of document: the Joining Instructions and pre-course pack that the
Centre will send to its first cohort, modelled on the joining pack it sends GTP
trainees, and sent to the TDA as it stands with a covering letter. Written to
"you" (the new participant). Layout: a covering letter (address block with
manual line breaks); the pack's cover; "Before you start" (five numbered
things to do); a year-at-a-glance table; a who's-who table; plain bold
headings typed as Normal paragraphs with questions as titles; an outcome table
"Where you work on it / Where it is assessed" with merged group rows; four
blank forms (J1 declaration, J2 Starting Point grid with 1-4 boxes, J3
headteacher's agreement, J4 access needs). Real tracked changes (a deleted
paragraph and an inserted paragraph by the course leader) and two Word
comments. A page footer ("draft 4").

Verdicts: 42 met / 14 partially_met / 4 not_met / 1 not_applicable.

Traps (requirement ids):
- 2.3 not_met: the "fast track" assessment-only paragraph is a deleted tracked
  change; a comment explains why. Nothing else offers the route.
- 2.1 met: the credit-for-earlier-learning paragraph (APCL and APEL) is a
  tracked insertion, so it is part of the submission.
- 3.2 not_met: one intake, eight fixed Thursdays, "there is no other way to
  take the course this year"; a January start is only hoped for.
- 3.3 not_applicable: "There is no online part to the course".
- 4.3 partially_met: stakeholders teach (EP, SALT, Parent Partnership) and the
  authority's Head of Inclusion is met termly, but a stakeholder review group
  "will be set up if numbers allow" and schools' part in reviewing the course
  "has not yet been decided" (evaluation only intended).
- 1.1 partially_met: the course's aims and the enquiry's measures speak only
  of attainment (levels, P scales), not well-being.
- 1.5 partially_met: the only "pupil panel" is the Centre's own pupils
  interviewing GTP applicants (wrong context); participants only discuss pupil
  involvement on Study Day 4 (6.S7 partially_met, not assessed).
- 5.1 partially_met: participants' evaluation forms and the team's review
  only; no external evaluation.
- 5.5 partially_met: specialist speakers, but the placement at Fernleigh
  Special School has ended (past arrangement) and no visit replaces it.
- 5.7 partially_met: the coach's role is explained to "you" and in a one-page
  note, but "your coach does not need any training"; nothing on tutors
  understanding their roles beyond experience.
- 5.9 partially_met: confidence questionnaire before and after; impact on
  pupils raised only in a comment.
- 6.0 / 1.9 partially_met: the award rule requires evidence against each
  outcome in the table, but the table has outcomes "Not assessed", one "Not
  part of this course" and one with no row.
- Outcome table: 6.A3 (coach conversations, not assessed), 6.K7 ("—"),
  6.S2c (not assessed), 6.S2d (assessed in Task B with nowhere it is taught),
  6.S7 partially_met; 6.S6 "Not part of this course" and 6.S5 no row
  (not_met).
- Met despite appearances: 5.3 (the Centre checks each participant's
  enhanced CRB disclosure with the school's single central record and obtains
  a new one where needed); 2.2 (Starting Point form leads to a Personal
  Learning Plan with personalised outcomes); 2.5 (next-steps plan for the
  performance management review).
"""
from pathlib import Path
import datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path(__file__).with_name("fx-02-wyvernham-joining-instructions.docx")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.3)

_rid = [100]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(text="", bold=False, italic=False, size=None, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def head(text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(13)
    return p


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def table(headers, rows, widths=None, size=10):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        cell_text(t.rows[0].cells[i], h, bold=True, size=size)
        shade(t.rows[0].cells[i], "DDEBF7")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def tracked_paragraph(text, kind, author="Sarah Okafor", date="2009-02-11T10:20:00Z"):
    """Whole paragraph inserted (kind='ins') or deleted (kind='del') as a tracked change."""
    p = doc.add_paragraph()
    _rid[0] += 1
    wrap = OxmlElement("w:" + kind)
    wrap.set(qn("w:id"), str(_rid[0]))
    wrap.set(qn("w:author"), author)
    wrap.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    wrap.append(r)
    p._p.append(wrap)
    # mark the paragraph mark itself as inserted/deleted too
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    mark = OxmlElement("w:" + kind)
    _rid[0] += 1
    mark.set(qn("w:id"), str(_rid[0]))
    mark.set(qn("w:author"), author)
    mark.set(qn("w:date"), date)
    rPr.append(mark)
    pPr.append(rPr)
    return p


# ------------------------------------------------------------ covering letter
p = para()
r = p.add_run("Wyvernham Park Training Centre")
r.bold = True
r.font.size = Pt(14)
r.add_break()
r2 = p.add_run("Wyvernham Park School")
r2.add_break()
r3 = p.add_run("Ashgrove Road")
r3.add_break()
r4 = p.add_run("Calderford CF4 9TW")
r4.add_break()
p.add_run("Designated Recommending Body for the Calderford Schools' GTP")
para("19 February 2009")
p = para()
p.add_run("SENCO Training Approvals").add_break()
p.add_run("Training and Development Agency for Schools").add_break()
p.add_run("151 Buckingham Palace Road").add_break()
p.add_run("London SW1W 9SZ")
para("Dear Colleague")
para("Application for approval: the Wyvernham SENCO Award", bold=True)
para("We have trained teachers through the Graduate Teacher Programme for seven years and this is the first time we "
     "have asked to run a course for teachers who are already qualified. Rather than write a separate account of the "
     "course we enclose the Joining Instructions that our first group of SENCOs will receive in July, in the form "
     "in which they will be sent. We wrote them on the model of the joining pack we send to GTP trainees, which we "
     "have found is the document our trainees actually read, and we think it shows honestly how the course will work "
     "from the participant's side. Where a question from the specification is not answered in the pack itself we "
     "have added a short section headed 'About the course' for you.")
para("The pack is the current draft. Our course leader's last changes are shown as tracked changes, and two notes "
     "between us are shown as comments; we have left them so that you can see where the pack has got to.")
para("The course is validated by Castlebridge University (Faculty of Education and Lifelong Learning), which will "
     "award the Postgraduate Certificate in Special Educational Needs Coordination, 60 credits at Master's level. "
     "The University's validation panel met on 28 January 2009 and approved the course for five years from "
     "September 2009.")
para("Yours faithfully")
para("Graham Leddington")
para("Director, Wyvernham Park Training Centre, and Deputy Headteacher, Wyvernham Park School")
doc.add_page_break()

# ------------------------------------------------------------ pack cover
para("WYVERNHAM PARK TRAINING CENTRE", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
para("The Wyvernham SENCO Award 2009-10", bold=True, size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Castlebridge University Postgraduate Certificate in Special Educational Needs Coordination (60 credits, "
     "Master's level)", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("JOINING INSTRUCTIONS", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Please read this pack before the first Study Day on Thursday 17 September 2009 and return Forms J1 to J4 "
     "by Friday 24 July 2009.", align=WD_ALIGN_PARAGRAPH.CENTER)

sec = doc.sections[0]
sec.footer.paragraphs[0].text = "Wyvernham SENCO Award: Joining Instructions 2009-10 (draft 4)"
sec.footer.paragraphs[0].runs[0].font.size = Pt(8)

# ------------------------------------------------------------ welcome
head("Welcome")
para("Dear colleague,")
para("Congratulations on your place on the Wyvernham SENCO Award. You are one of the first eighteen teachers to "
     "join the course, and we are very much looking forward to working with you. This pack tells you what you need "
     "to do before we start, what the year will look like, who will be working with you and how you will be "
     "assessed. Please read it with your headteacher, and keep it: most of the questions people ask in the first "
     "term are answered here.")
para("Many of you will know the Centre already, as a GTP mentor or because you trained with us. The SENCO Award "
     "is run by the same team, in the same building, and we have tried to keep the things our trainees tell us they "
     "value: small groups, tutors who are practising teachers, and work that is done in your own school rather than "
     "on top of it.")
para("Sarah Okafor, Course Leader")

# ------------------------------------------------------------ before you start
head("Before you start: five things to do")
para("1.  Complete and return Form J1 (Declaration and safeguarding). We will check your CRB disclosure with your "
     "school; the section 'Safeguarding checks' below explains how.")
para("2.  Complete the Starting Point review (Form J2). It lists every outcome of the Award and asks you to rate "
     "yourself from 1 to 4 and to note your evidence. Please be honest: it is not assessed, and it is the basis of "
     "your first tutorial.")
para("3.  Ask your headteacher to complete Form J3 (Headteacher's agreement), which confirms your release for the "
     "Study Days and names the colleague who will be your school coach.")
para("4.  Tell us about anything we need to do so that you can take a full part in the course (Form J4, Access "
     "needs). You do not have to complete it, but it helps us to plan.")
para("5.  Collect your school's current data on pupils with SEN (the SEN register, the provision map if you have "
     "one, and last year's end of key stage or P scale results for pupils with SEN). You will need them on Study "
     "Day 1 and for Task C.")

# ------------------------------------------------------------ year at a glance
head("Your year at a glance")
table(["When", "Where", "What happens"], [
    ["Thu 17 Sep 2009", "Centre", "Study Day 1: The SENCO's role, the law and Every Child Matters"],
    ["by Fri 2 Oct", "Your school", "First tutorial (one hour, with your tutor and coach): your Personal Learning Plan"],
    ["Thu 15 Oct", "Centre", "Study Day 2: Leading SEN in the school: heads, governors, staff and time"],
    ["Thu 19 Nov", "Centre", "Study Day 3: Understanding needs: BESD, SpLD, SLCN, ASD, MLD, and how children develop"],
    ["Thu 10 Dec", "Centre", "Study Day 4: Assessment, targets and planning; using other professionals' advice"],
    ["Fri 15 Jan 2010", "Online hand-in", "Task A due"],
    ["Thu 21 Jan", "Centre", "Study Day 5: Working with families and other services"],
    ["Thu 4 Mar", "Centre", "Study Day 6: Provision mapping, data and the school's self-evaluation"],
    ["Fri 19 Mar", "Online hand-in", "Task B due"],
    ["Thu 22 Apr", "Centre", "Study Day 7: Research, evidence and your enquiry"],
    ["May", "Your school", "Second tutorial: Outcome Record check"],
    ["Thu 17 Jun", "Centre", "Study Day 8: Enquiry conference; next steps"],
    ["Fri 2 Jul", "Online hand-in", "Task C and Outcome Record due"],
    ["Tue 13 - Thu 15 Jul", "Centre", "Final Reviews (30 minutes each)"],
], widths=[3.3, 2.7, 10.5], size=9.5)
para("'Online hand-in' means the University's electronic submission system; you will receive a login in September.",
     italic=True, size=9)

# ------------------------------------------------------------ who's who
head("Who's who")
table(["Name", "Role", "Contact"], [
    ["Sarah Okafor", "Course Leader and your tutor if your surname begins A-K. SENCO at Wyvernham Park 2001-08; "
     "MA Inclusive Education (Castlebridge); holds the British Dyslexia Association's AMBDA; GTP professional tutor "
     "since 2006.", "sokafor@wyvernhampark.sch.uk  01632 960 411"],
    ["Dr Philip Marr", "University link tutor and your tutor if your surname begins L-Z. Principal Lecturer in "
     "Special Education, Castlebridge University; formerly an LA adviser for SEN.", "p.marr@castlebridge.ac.uk"],
    ["Helen Baptiste", "Speech and language therapist, Calderford Community Health; leads part of Study Day 3.", "via Sarah"],
    ["Dr Anil Rao", "Educational psychologist, Calderford Educational Psychology Service; leads part of Study Days 3 "
     "and 4.", "via Sarah"],
    ["Marion Fletcher", "Calderford Parent Partnership Service; leads part of Study Day 5.", "via Sarah"],
    ["Graham Leddington", "Director of the Centre; chairs the course team.", "01632 960 400"],
    ["Julie Cairns", "Centre Administrator: forms, dates, rooms, certificates.", "jcairns@wyvernhampark.sch.uk  01632 960 410"],
], widths=[3.2, 9.5, 3.8], size=9.5)

# ------------------------------------------------------------ what the course is for
head("What is the course for?")
para("The Award is for teachers who are new to being a SENCO, or who are about to become one. By the end of it you "
     "should be able to lead your school's provision for pupils with special educational needs so that they make "
     "better progress in their learning: higher National Curriculum levels and P scale levels, and better results "
     "in end of key stage tests and examinations. Everything on the course, and every task, comes back to that "
     "question: what difference has this made to how well pupils with SEN attain in your school?")

# ------------------------------------------------------------ how the course works
head("How does the course work?")
para("The course has three parts that run alongside each other through the year.")
para("Study Days. There are eight Study Days at the Centre, on Thursdays from 9.15 am to 3.30 pm. Each day mixes "
     "input from tutors and visiting specialists with workshops in which you work on your own school's cases and "
     "documents, so please bring them. Study Day 1 covers the Education Act 1996, the SEN Code of Practice 2001, the "
     "SEN and Disability Act 2001, the Disability Discrimination Act as amended in 2005 and the disability equality "
     "duty, and the Every Child Matters outcomes and what they mean for the SENCO. Study Day 3 includes the way "
     "children develop in language, thinking, movement and social understanding, and how a special need, a "
     "disability or a child's surroundings can affect that development. On Study Day 4 we look at the evidence for "
     "intervention programmes and software, at how to read an educational psychologist's or therapist's report and "
     "turn it into classroom strategies, at using P scales and end of key stage data to track progress, and at how "
     "you can encourage class and subject teachers to use assessment for learning with pupils with SEN. We also "
     "discuss how pupils can take part in setting and reviewing their own targets. The reading for each day comes "
     "from recent work, including the Bercow Review of services for children with speech, language and communication "
     "needs (2008), Ofsted's report Inclusion: does it matter where pupils are taught? (2006), the Inclusion "
     "Development Programme and the early findings of the Deployment and Impact of Support Staff project.")
para("Your enquiry. From October you will plan and carry out a small enquiry in your school into one piece of "
     "provision for a group of pupils with SEN: for example a literacy intervention, the way teaching assistants are "
     "deployed in Year 7, or a new approach to annual reviews. You will take baseline measures before you start and "
     "measure again at the end, and write it up as Task C. Most participants find that the enquiry changes practice "
     "in their school well beyond the group they studied.")
para("Your school coach. Your headteacher names a coach in your school, usually a member of the senior leadership "
     "team, who meets you twice a half term, helps you get access to the people and information you need, watches "
     "you lead one meeting with a parent and one with colleagues, and signs the observation pages of your Outcome "
     "Record. Your coach does not need any training for this: we send a one-page note explaining the role, and "
     "Sarah will telephone your coach in September.")
para("Tutorials. Your tutor meets you and your coach in school in the first two weeks of the course and again in "
     "May. At the first tutorial you will go through your Starting Point review (Form J2) together and agree your "
     "Personal Learning Plan: which outcomes you already meet and can show quickly in your Outcome Record, which "
     "ones need most work, which Study Day workshops you should choose, and the focus of your enquiry. The plan "
     "records the personal targets you will work towards on top of the Award's outcomes. You can ask for extra "
     "tutorials by telephone or e-mail at any time.")
para("There is no online part to the course. Handouts and readings are given out on paper at each Study Day, and "
     "anything you miss is posted to you.")
para("The course runs once a year, starting in September, on the eight Thursdays shown in the calendar. There is no "
     "other way to take the course this year. If you miss a Study Day, your tutor will go through the day's work with "
     "you at a tutorial. We hope in future years to offer a second group starting in January.")

credit_head = head("Can I get credit for what I have already done?")
tracked_paragraph(
    "Yes. If you have already passed a Master's-level module in special educational needs or inclusion within the "
    "last five years, Castlebridge University can credit it towards the Award (up to 30 credits) through its "
    "Accreditation of Prior Certificated Learning procedure. If you have substantial experience of SEN work but no "
    "certificate, you can make a claim for Accreditation of Prior Experiential Learning: you write a 2,000-word "
    "reflective account with evidence mapped to the Award's outcomes, which Sarah and Dr Marr assess and the "
    "University's APEL panel confirms. Either claim must be made by 30 September; Julie Cairns will send you the "
    "forms.", "ins")
fast = tracked_paragraph(
    "Fast track. If you have been a SENCO for three years or more you may be able to take the Award by assessment "
    "alone: you would submit your Outcome Record and Task C without attending the Study Days and attend a Final "
    "Review in the usual way.", "del")

# ------------------------------------------------------------ assessment
head("How will I be assessed?")
para("There are three written tasks, each marked by your tutor and second-marked by the other tutor, and an "
     "Outcome Record that you build up through the year. Marks and feedback come back within four weeks.")
table(["Task", "What you do", "Length"], [
    ["A  Leading SEN in my school", "Review your school's SEN policy, SEN information and accessibility plan against "
     "the law, the Code of Practice, disability equality duties and Every Child Matters; write a two-year plan for "
     "SEN in your school agreed with your headteacher, and present it to the governors or their committee. Your "
     "reflection on how you won the support of your head and colleagues is part of the task.", "4,000 words"],
    ["B  A pupil and their provision", "A case study of one pupil over at least a term: the pupil's needs and how they "
     "affect learning, the assessments and advice of other professionals, the targets set, the teaching approaches and "
     "resources (including ICT) chosen, the review of progress with data, the pupil's special arrangements for tests "
     "or examinations if relevant, and your work with the pupil's parents and with other services.", "4,000 words"],
    ["C  Enquiry", "Your enquiry (see above) with baseline and end measures, a provision map for the area, a review of "
     "research, what you decided and why, how you deployed and managed staff, and your recommendations.", "6,000 words"],
], widths=[3.5, 11, 2], size=9.5)
para("Your Outcome Record is a ring binder with one page for each outcome in the table below. For each outcome you "
     "note the evidence (a task, a signed observation by your coach, or a document from your school) and your tutor "
     "checks it at the May tutorial. At the Final Review in July, your tutor and a second assessor from the "
     "University go through the Record with you and ask you about any outcome where the evidence is thin. Task marks "
     "and the Final Review outcome go to the University's Examination Board, where the external examiner reviews a "
     "sample of work.")
para("You will be awarded the Certificate when you have passed Tasks A, B and C and your Outcome Record shows "
     "evidence against each outcome in the table.")

head("What counts towards the Award")
para("The outcomes are those of the national specification for SENCO training, in our words.", italic=True, size=9.5)
rows_groups = [
    ("What you are like as a SENCO", [
        ("A1", "You build fair, respectful and supportive relationships with pupils with SEN and their families", "Study Day 5", "Task B; coach's observation"),
        ("A2", "You win the commitment of colleagues, including the head and senior leaders", "Study Day 2", "Task A"),
        ("A3", "You set priorities, manage your time and delegate", "Conversations with your coach", "Not assessed"),
        ("A4", "You anticipate problems and make sound decisions about provision", "Study Days 4, 6", "Task C"),
        ("A5", "You speak and write clearly and listen to others", "All Study Days", "Tasks A-C; Final Review"),
        ("A6", "You use research and outside advice to improve your own and others' practice", "Study Day 7", "Task C"),
        ("A7", "You keep up to date and plan your own development", "Study Day 8", "Outcome Record: next-steps plan; Final Review"),
    ]),
    ("What you know and understand", [
        ("K1", "The law and guidance on SEN, including the Code of Practice", "Study Day 1", "Task A"),
        ("K2", "Every Child Matters and your part in it", "Study Day 1", "Task A"),
        ("K3", "Disability equality law and what it requires of schools", "Study Day 1", "Task A"),
        ("K4", "How children develop and what affects development", "Study Day 3", "Task B"),
        ("K5", "The main types of SEN and disability and their effect on learning", "Study Day 3", "Task B"),
        ("K6", "Approaches, strategies and resources for assessment and teaching, including ICT", "Study Day 4", "Task B"),
        ("K7", "How schools evaluate and improve what they do for pupils with SEN", "Study Day 6", "—"),
        ("K8", "Good practice and research", "Study Day 7", "Task C"),
        ("K9", "What other services do and how to get their help", "Study Day 5", "Task B"),
    ]),
    ("What you can do", [
        ("S1", "Work with senior colleagues and governors on policy, ethos and resources", "Study Day 2", "Task A"),
        ("S2", "Identify pupils with SEN, set targets, plan and review", "Study Day 4", "Task B"),
        ("S2a", "Use other professionals' assessments in planning teaching", "Study Day 4", "Task B"),
        ("S2b", "Use test and other summative data to track progress", "Study Days 4, 6", "Task B; Task C"),
        ("S2c", "Encourage colleagues' assessment for learning with pupils with SEN", "Study Day 4", "Not assessed"),
        ("S2d", "Arrange special arrangements for tests and examinations in good time", "—", "Task B"),
        ("S3", "Use provision mapping and find gaps or weak provision", "Study Day 6", "Task C"),
        ("S4", "Deploy and manage staff", "Study Day 2", "Task C"),
        ("S6", "Review provision with colleagues to feed into school self-evaluation", "Not part of this course", "—"),
        ("S7", "Involve pupils in planning and reviewing their provision", "Study Day 4 (discussion)", "—"),
        ("S8", "Work with parents and carers", "Study Day 5", "Task B; coach's observation"),
        ("S9", "Work with other services and voluntary organisations", "Study Day 5", "Task B"),
    ]),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for i, h in enumerate(["", "Outcome", "Where you work on it", "Where it is assessed"]):
    cell_text(t.rows[0].cells[i], h, bold=True, size=9.5)
    shade(t.rows[0].cells[i], "DDEBF7")
for g, rows in rows_groups:
    r = t.add_row()
    m = r.cells[0].merge(r.cells[3])
    cell_text(m, g, bold=True, size=9.5)
    shade(m, "F2F2F2")
    for code, o, w, a in rows:
        c = t.add_row().cells
        for i, v in enumerate((code, o, w, a)):
            cell_text(c[i], v, size=9)
for row in t.rows:
    for i, w in enumerate([1.2, 8.3, 3.5, 3.5]):
        row.cells[i].width = Cm(w)
para("Whole-school self-evaluation is led by senior leaders and is covered in the Centre's middle leaders' course; "
     "it is not part of the Award.", italic=True, size=9.5)

# ------------------------------------------------------------ looking after you
head("Looking after you")
para("If you have a disability, a specific learning difficulty or a health condition, please tell us on Form J4 or "
     "talk to Sarah in confidence. We will agree with you what we should do: for example handouts in a larger font "
     "or on coloured paper in advance, a parking space by the door, breaks when you need them, or extra time or a "
     "different format for a task. The University's Disability Service will confirm any changes to assessment. The "
     "Centre is on one level with an accessible toilet, and our training room has a hearing loop. You can tell us at "
     "any point in the year, not only now. Our equality policy applies to everyone on our courses, and we monitor "
     "applications, progress and results by disability, ethnicity and gender each year and report them to the "
     "governors.")
para("If you are ill or something happens at home or in school, tell your tutor as soon as you can. Extensions of "
     "up to four weeks can be agreed by your tutor; longer ones by the University. If you are unhappy about "
     "anything, talk to Sarah or Graham first; the University's complaints procedure is in your student handbook.")

head("Safeguarding checks")
para("Because the Award involves work with pupils, and the Centre is responsible for everyone on its courses, we "
     "check that every participant is suitable to work with children before they start. On Form J1 you declare "
     "any convictions, cautions or disciplinary proceedings and confirm that you have not been barred from "
     "working with children. We then ask your school's business manager to confirm from the school's single central "
     "record the date and number of your enhanced CRB disclosure, that List 99 was checked and that references were "
     "taken up when you were appointed. If you have not worked in a school or college in the last three months, or "
     "your school cannot confirm an enhanced disclosure, the Centre will process a new enhanced CRB application for "
     "you through its registered body (the same route we use for GTP trainees) before you start. Julie Cairns keeps "
     "the record, and no-one attends Study Day 1 until it is complete.")

head("Visits and specialist input")
para("Visiting specialists from the Calderford Educational Psychology Service, Calderford Community Health's "
     "speech and language therapy team and the Parent Partnership Service teach on Study Days 3, 4 and 5. You will "
     "not be placed in another school as part of the course. Until 2008 the Centre's twilight SEN course for GTP "
     "mentors included a placement week at Fernleigh Special School; that arrangement ended when Fernleigh was "
     "amalgamated with Calder Vale School.")
para("You may use the Centre's resource base, which has a set of the assessment tools and intervention programmes "
     "discussed on the course, an assistive technology corner (text-to-speech and word prediction software, "
     "Clicker 5, a Dictaphone and a portable magnifier) that you can borrow from, and the Inclusion Development "
     "Programme materials. Castlebridge University gives you a library card and off-campus access to its electronic "
     "journals.")

head("After the Award")
para("Study Day 8 ends with a workshop on next steps. You will draft a next-steps plan for your own development as "
     "a SENCO over the following two years, using a planning sheet we provide, and take it to your performance "
     "management review with your headteacher; the plan goes in your Outcome Record. Your 60 credits can count "
     "towards Castlebridge University's MA in Inclusive Education, and Dr Marr will talk to anyone who is interested.")

# ------------------------------------------------------------ about the course (for the TDA)
head("About the course (a section for the TDA panel)")
para("This section is not sent to participants.", italic=True)
para("Who the course is for. Applicants must hold QTS, have completed induction, be SENCO or designated to become "
     "SENCO in a Calderford or neighbouring school, and be nominated by their headteacher. Sarah Okafor interviews "
     "each applicant in school, looks at a piece of the applicant's written work about a pupil, and discusses their "
     "experience against the outcomes. Where an applicant is not yet ready, we explain what they need (usually a "
     "term as assistant SENCO and the authority's introductory course) and talk it through with the headteacher, "
     "and keep the place open for the following year.")
para("Why the course looks as it does. In spring 2008 we asked the heads and SENCOs of our 34 GTP partner schools "
     "and the authority what a SENCO course should contain. The authority's SEN team and the heads wanted much more "
     "on data, tracking and provision mapping than on types of need, and wanted SENCOs to do less writing for its own "
     "sake; SENCOs asked for help with parents and with colleagues who did not see SEN as their job. We put data and "
     "provision mapping into two Study Days, made Task C an enquiry that must change something in the school, and "
     "asked the Parent Partnership Service to lead part of Study Day 5. We also meet the authority's Head of Inclusion "
     "each term. Wyvernham Park's own pupil panel, which interviews every GTP applicant, told us what they want "
     "from teachers, and we use its comments in our GTP selection.")
para("How we will check the course is working. Participants complete an evaluation at the end of each Study Day and "
     "a longer one at the end of the year, and rate their confidence against each outcome in September and again in "
     "June. The course team meets after every Study Day to read the evaluations and decide what to change, and "
     "Graham Leddington writes an end-of-year review for the Centre's Management Group. A stakeholder review group "
     "of heads, SENCOs and the authority will be set up if numbers allow; how schools will take part in reviewing the "
     "course has not yet been decided.")
eval_p = doc.paragraphs[-1]
para("Cost. The fee is £1,250 per participant, including University registration, paid by the school in two "
     "instalments; the Centre has bid to the authority for a contribution for small schools. Keeping the course in "
     "one building with a tutor for every nine participants keeps the cost below that of the courses our schools "
     "have bought from elsewhere.")

# ------------------------------------------------------------ forms
doc.add_page_break()
head("Form J1  Declaration and safeguarding")
table(["", ""], [
    ["Full name", ""], ["School", ""], ["Date of birth", ""],
    ["Have you ever been convicted of a criminal offence, or received a caution, reprimand or final warning? (Yes / No)", ""],
    ["Have you ever been subject to disciplinary proceedings or barred from working with children? (Yes / No)", ""],
    ["Have you worked in a school or college in the last three months? (Yes / No)", ""],
    ["Signature and date", ""],
], widths=[10, 6.5], size=9.5)
head("Form J2  Starting Point review")
para("Rate yourself against each outcome: 1 = new to me; 2 = some knowledge or experience; 3 = confident; 4 = "
     "confident and could help others. Note your evidence.", size=9.5)
tj = doc.add_table(rows=1, cols=6)
tj.style = "Table Grid"
for i, h in enumerate(["Outcome", "1", "2", "3", "4", "Evidence"]):
    cell_text(tj.rows[0].cells[i], h, bold=True, size=9)
    shade(tj.rows[0].cells[i], "DDEBF7")
for code in ["A1", "A2", "A3", "A4", "A5", "A6", "A7", "K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8", "K9",
             "S1", "S2", "S2a", "S2b", "S2c", "S2d", "S3", "S4", "S6", "S7", "S8", "S9"]:
    c = tj.add_row().cells
    cell_text(c[0], code, size=9)
    for i in range(1, 5):
        cell_text(c[i], "☐", size=9)
head("Form J3  Headteacher's agreement")
table(["", ""], [
    ["I agree to release the participant for the eight Study Days and the two tutorials (Yes / No)", ""],
    ["Name of school coach", ""],
    ["School's contact for the single central record", ""],
    ["Headteacher's signature and date", ""],
], widths=[10, 6.5], size=9.5)
head("Form J4  Access needs")
para("Is there anything we should know or do so that you can take a full part in the Study Days, tutorials and "
     "assessments? (Optional; treated in confidence.)", size=9.5)
table(["", ""], [["Your answer", "\n\n\n"], ["Would you like to talk to Sarah about it? (Yes / No)", ""]],
      widths=[6, 10.5], size=9.5)

# ------------------------------------------------------------ comments
doc.add_comment(credit_head.runs, text="Fast track taken out: Philip says the University will not award the "
                "PG Cert without the taught modules. Do we want to argue this? SO", author="Sarah Okafor",
                initials="SO")
doc.add_comment(eval_p.runs, text="Philip asks how we will show the difference the course makes to pupils, not just "
                "to participants. Could we collect the Task C baseline and end data across the group? GL",
                author="Graham Leddington", initials="GL")

doc.save(OUT)
print("wrote", OUT)
