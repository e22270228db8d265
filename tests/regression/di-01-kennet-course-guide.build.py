"""Build di-01.docx: Kennet Open University, ED871 Leading SEN Coordination, Course Guide 2009-10 (invented provider).

Provider
--------
Kennet Open University (KOU), an invented distance-learning university with its
own degree-awarding powers, thirteen Regional Centres and a model of supported
open learning: printed study Blocks and a Reader posted to the student's home,
an online conference system (KOU Conference) with tutor-group areas, a
regional tutor (an Associate Lecturer) for each group of about fifteen
students, two regional day schools and one residential weekend. The course is
ED871 Leading SEN Coordination, 60 credits at masters level, leading to the
University's Postgraduate Certificate in Leading SEN Coordination. Dated May
2009; 2008-era vocabulary (CRB, DDA 2005, Disability Equality Duty, SENDA,
SEN Code of Practice 2001, ECM, SENCO Regulations 2008, School Action Plus,
IEPs, RAISEonline, SEF, Bercow Review 2008).

Layout (a kind of document not in the earlier sets: the printed Course Guide
of a supported-open-learning course, sent as the application)
------------------------------------------------------------------------
The University sends the first printed booklet every student receives, the
Course Guide, with a one-page letter from the Course Team Chair in front of
it. The Guide is written to the student in the second person, as printed
open-learning material is:
- cover, and a printed-book imprint page (publisher, copyright, ISBN-like
  line, the course team colophon: chair, authors, critical readers, external
  assessor, course manager, editor);
- a typed contents list; numbered sections 1-9 (Heading 1 "1 Welcome to
  ED871" and Heading 2 "3.2 ..."): the section numbers collide with
  requirement ids (2.3 is the study calendar, 3.2 the Self-Assessment
  Profile, 3.3 credit transfer, 4.3 the school supporter, 5.1 day schools,
  5.3 visiting other settings, 6.1 and 6.2 marking and passing);
- "Activity" boxes (one-cell shaded tables with a time allowance, then a
  "Comment" paragraph), a "Box" quoting the TDA, "Study note" boxes,
  bulleted aims and course components, a "Key points" box;
- a study calendar table (weeks, study, assessment cut-off dates), an
  assessment table (component, what you do, weighting, cut-off);
- Appendix A: a three-column table of the national outcomes in the course's
  own words with merged group rows, "Where you develop it" and "Where it is
  assessed", with a key saying iCMAs are practice quizzes that do not count;
- running page header and a footer (with a sentence about tutors' CRB checks).

Traps and the requirement ids they affect
-----------------------------------------
- Covering letter: a blanket claim that the course meets every requirement;
  section 1 claims that completing ED871 means meeting all the national
  outcomes (6.0, 1.9 not supported by the rules and the appendix).
- 1.5 partially_met: no unit on consulting pupils; only an optional Reader
  chapter and an unassessed Common Room thread ("if you have time").
- 1.9 partially_met: TMAs and the ECA assess most outcomes, but Appendix A
  has outcomes assessed only by practice iCMAs, a day-school presentation
  that is not marked, an optional ECA part, a conditional TMA question, or
  not at all.
- 2.3 not_met: "ED871 has no assessment-only route"; other universities'
  routes and a possible one "for 2011" are not an arrangement.
- 2.5 partially_met: progression information (MA Education) and a general
  suggestion to talk to the headteacher; the Forward Plan belonged to the
  old course E831 (a past arrangement).
- 5.2 partially_met: open entry on QTS, SENCO post and headteacher's
  agreement; the Self-Assessment Profile is explicitly "not used to decide
  whether you may join the course".
- 5.3 partially_met: the headteacher confirms only that the post is one that
  requires an enhanced CRB disclosure; the University does not see or record
  disclosures and no other background check is mentioned. The footer's
  sentence about tutors' CRB disclosures is about staff, not candidates.
- 5.5 partially_met: specialists at day schools and on the DVD, but "ED871
  has no placement"; a visit is only "if you can arrange" one.
- 5.7 partially_met: tutors have Tutor Notes, a briefing day and monitoring;
  the school supporter, who signs the witness statements, gets nothing but a
  block-by-block email of dates.
- 5.9 partially_met: repeat Self-Assessment Profile collated (competence and
  confidence), but impact on pupils' achievement only "we hope".
- 6.0 not_met: pass on overall continuous assessment score and ECA score,
  with score substitution for one missed TMA: a student can be awarded
  without showing every outcome.
- Wrong context: "Managing your study time" (section 4.4) is study skills,
  not 6.A3.
- Outcomes (Appendix A):
  met: A1, A2, A4, A6, K1, K2, K3, K5, K6, K8, S1, S2, S2a, S2b, S3, S5,
  S8, S9;
  assessed but not developed (A5: a marking criterion only) partially_met;
  developed but not assessed (A7, S2c) partially_met;
  practice iCMA only (K7, S4) partially_met;
  optional ECA part (K9) partially_met;
  conditional TMA question (S2d) partially_met;
  day-school presentation "not marked" (S6) partially_met;
  no row and nothing elsewhere (A3) not_met;
  "Assumed at entry" (K4) not_met;
  "to be added in the 2010 revision" (S7) not_met.
- Met in plain arrangements: E.1, E.2, 1.1-1.4, 1.6-1.8, 2.1, 2.2, 2.4,
  3.1, 3.2, 3.3 (tutor-moderated conference, Talkroom tutorials between day
  schools, eTMA, tutors' conference, email to schools), 4.1-4.3, 5.1, 5.4,
  5.6, 5.8.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("di-01-kennet-course-guide.docx")

doc = Document()
doc.core_properties.author = "ED871 Course Team"
doc.core_properties.title = "ED871 Leading SEN Coordination: Course Guide"
normal = doc.styles["Normal"]
normal.font.name = "Georgia"
normal.font.size = Pt(10.5)
for name, size in (("Heading 1", 16), ("Heading 2", 12)):
    st = doc.styles[name]
    st.font.name = "Arial"
    st.font.size = Pt(size)
    st.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

BLUE = "1F4E79"
PALE = "E8EEF6"
SAND = "F6F0E1"


def para(text="", bold=False, italic=False, size=None, align=None, after=None, colour=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
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


def box(title, paras, fill=PALE, time=None):
    """A one-cell shaded box: an Activity, a Box or a Study note."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    p = cell_text(c, title, bold=True)
    if time:
        r = p.add_run("   " + time)
        r.italic = True
    for x in paras:
        q = c.add_paragraph()
        if isinstance(x, tuple):
            r = q.add_run(x[0])
            r.italic = True
        else:
            q.add_run(x)
    doc.add_paragraph()
    return t


def table(rows, header=True, size=9, fill=PALE):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(c, fill)
    return t


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def comment_para(lead, text):
    p = doc.add_paragraph()
    r = p.add_run(lead + " ")
    r.bold = True
    p.add_run(text)
    return p


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
sec.left_margin = Cm(2.5)
sec.right_margin = Cm(2.5)
hp = sec.header.paragraphs[0]
hr = hp.add_run("ED871 Leading SEN Coordination \u00b7 Course Guide \u00b7 2009\u201310")
hr.font.size = Pt(8)
hr.italic = True
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Kennet Open University is incorporated by Royal Charter and is an exempt charity. "
                "All KOU tutors who visit schools hold enhanced CRB disclosures. Page ")
fr.font.size = Pt(7)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="14"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ covering letter
para("Kennet Open University", bold=True, size=14, colour=BLUE, after=0)
para("Faculty of Education and Childhood Studies", after=0)
para("Wharf House, Kennet Side, Newbury RG14 5AW")
para("22 May 2009")
para("SENCO Training Approval Panel, Training and Development Agency for Schools", after=0)
para("151 Buckingham Palace Road, London SW1W 9SZ")
para("Dear Panel members,")
para("I enclose the Course Guide for ED871 Leading SEN Coordination, which will be posted to every student "
     "registered for the October 2009 presentation. We have chosen to send it as it stands, because it "
     "describes the course as our students will actually meet it.")
para("We are confident that ED871 meets every requirement of the draft specification, and the course team "
     "would be pleased to answer any questions the panel may have.")
para("Yours sincerely,", after=14)
para("Dr Helen Marchbank", bold=True, after=0)
para("Chair, ED871 Course Team; Senior Lecturer in Inclusive Education")
page_break()

# ------------------------------------------------------------------ cover
para("", after=40)
para("Faculty of Education and Childhood Studies", size=11, align="c")
para("ED871", bold=True, size=28, align="c", colour=BLUE)
para("Leading SEN Coordination", bold=True, size=20, align="c")
para("Course Guide", size=16, align="c")
para("", after=20)
para("Postgraduate Certificate in Leading SEN Coordination", italic=True, size=11, align="c")
para("(the National Award for SEN Coordination)", italic=True, size=11, align="c")
para("", after=40)
para("KENNET OPEN UNIVERSITY", bold=True, size=12, align="c", colour=BLUE)
page_break()

# ------------------------------------------------------------------ imprint
para("This publication forms part of a Kennet Open University course, ED871 Leading SEN Coordination.",
     size=8.5)
para("First published 2009. Copyright \u00a9 2009 Kennet Open University. All rights reserved. "
     "Printed in the United Kingdom by Pellow Print, Reading.", size=8.5)
para("ED871 Course Guide 2.1", size=8.5, after=12)
para("The ED871 Course Team", bold=True, size=9)
for line in (
    "Dr Helen Marchbank, Course Team Chair and author (Blocks 1 and 4)",
    "Dr Samuel Adeyemi-Cole, author (Block 2)",
    "Ruth Penhaligon, author (Block 3)",
    "Dr Tom Whitlock, Reader editor",
    "Anita Kaur, Course Manager",
    "Joan Pettifer, Editor; Marcus Bell, Graphic Designer; Dean Furness, Video Producer",
    "Critical readers: Claire Osgood (SENCO, Ridgeway Primary School, Wiltshire); Paul Dyer (SENCO, "
    "Thatcham Park School); Margaret Fennell (Principal SEN Officer, West Berkshire); Lorraine Shaw "
    "(Coordinator, Swindon Parent Partnership Service)",
    "External assessor: Professor Angela Drury, University of Haverleigh",
):
    para(line, size=8.5, after=0)
page_break()

# ------------------------------------------------------------------ contents
para("Contents", bold=True, size=14, colour=BLUE)
for line in ("1 Welcome to ED871", "2 What ED871 is made of", "3 Before you start",
             "4 Studying with KOU", "5 Day schools and the residential weekend", "6 Assessment",
             "7 Students with disabilities", "8 How ED871 was made and how it will improve",
             "9 After ED871", "Appendix A  The national minimum outcomes in ED871"):
    para(line, after=0)
page_break()

# ------------------------------------------------------------------ 1 welcome
doc.add_heading("1 Welcome to ED871", level=1)
para("Whether you were appointed to the SENCO role last "
     "term or have been doing it for a year or two, this course is for you. We believe that every child can make progress, and that the SENCO is one of the people in "
     "a school who can make the greatest difference to whether they do.")
para("When you complete ED871 you will have met all the national minimum outcomes for the National "
     "Award for SEN Coordination, which since September 2008 every teacher newly appointed as a SENCO "
     "must hold.")
doc.add_heading("1.1 Aims", level=2)
para("ED871 aims to:")
bullets([
    "raise the achievement and well-being of pupils with special educational needs and/or disabilities "
    "in your school, across all five Every Child Matters outcomes: being healthy, staying safe, enjoying "
    "and achieving, making a positive contribution and achieving economic well-being;",
    "give you the knowledge of law, policy and research that a lead SENCO needs, and the confidence to "
    "use it;",
    "develop your skills in leading colleagues, working with parents and carers and working with other "
    "services, so that provision in your school improves.",
])
para("These aims run through the content of all four Blocks and through the assessment. In TMA 03 you "
     "will take baseline measures of the pupils your change is meant to help, covering their learning and "
     "at least one aspect of their well-being, and report what changed.")
box("Box 1  What the TDA says", [
    ("Nationally accredited programmes for SENCOs should 'make strong links to effective practice in "
     "schools' and 'enable participants to make an impact on practice by meeting the programme "
     "outcomes'. (TDA draft specification, 2008)",),
    "ED871 does this through its practice-based activities. Nearly every unit asks you to try something in "
    "your own school and to look at what happened.",
], fill=SAND)

# ------------------------------------------------------------------ 2 components
doc.add_heading("2 What ED871 is made of", level=1)
para("ED871 is a 60-credit course at masters level (M level). It leads to the Kennet Open University "
     "Postgraduate Certificate in Leading SEN Coordination, awarded by the University under its own "
     "degree-awarding powers, and the 60 credits can count towards the KOU MA in Education. You should "
     "expect to spend about 600 hours on it over nine months, roughly 15 hours a week.")
doc.add_heading("2.1 The course components", level=2)
bullets([
    "Four printed Blocks, each of two to four units. Block 1 The SENCO, the law and the school (Units 1 "
    "to 3); Block 2 Identifying and meeting needs (Units 4 to 7); Block 3 Leading people and provision "
    "(Units 8 to 10); Block 4 Evaluating and improving provision (Units 11 and 12).",
    "The course Reader, Leading SEN Coordination: Readings, edited by Tom Whitlock: twenty chapters, "
    "among them extracts from the Bercow Review of services for children with speech, language and "
    "communication needs (2008), Ofsted's Inclusion: does it matter where pupils are taught? (2006) and "
    "Special educational needs and disability: towards inclusive schools (2004), and recent research on "
    "teaching assistants, dyslexia and autism.",
    "The DVD, Four Schools, filmed in 2008 in two primary and two secondary schools: SENCOs at work, "
    "a multi-agency meeting and interviews with an educational psychologist and a speech and language "
    "therapist. The DVD-ROM has demonstrations of assistive software (text-to-speech, "
    "symbol-supported writing, mind-mapping) and a provision-mapping spreadsheet.",
    "The course website and KOU Conference, the KOU Library's e-journals and databases, and the eTMA "
    "system.",
    "Two regional day schools and one residential weekend (section 5).",
])
para("Block 1 covers the legal framework: the Education Act 1996, the SEN Code of Practice 2001 and its "
     "graduated response (School Action, School Action Plus, statements), the Special Educational Needs "
     "and Disability Act 2001, the Disability Discrimination Act 2005 and the Disability Equality Duty, "
     "the SENCO Regulations 2008, Every Child Matters and the Children Act 2004, and current national "
     "strategies such as the Inclusion Development Programme. Block 2 opens with a core unit on the main "
     "kinds of need (behavioural, emotional and social difficulties, specific learning difficulties "
     "including dyslexia, speech, language and communication needs, autistic spectrum disorders and "
     "moderate learning difficulties) and then lets you choose two of four option units to study in "
     "depth, depending on the needs in your school and on your Personal Learning Plan.")
doc.add_heading("2.2 Practice-based activities", level=2)
para("ED871 is rooted in your own school. Each unit contains practice-based activities: you audit your "
     "school's SEN policy against the Code of Practice (Unit 1), review two pupils' provision (Unit 5), "
     "advise a colleague on differentiation and coach a teaching assistant (Unit 8), build a provision map "
     "for one year group (Unit 9), and work with one family (Unit 7). Units 8 and 10 develop your skills in "
     "advising and supporting colleagues in your school and in other schools in your cluster, and in "
     "joint work with other professionals. Unit 7, written with the Swindon Parent Partnership Service, "
     "develops your skills in advising parents and carers and working in partnership with them. The "
     "assignments then ask you to use this work, so that what you learn changes what happens for pupils.")
box("Study note", [
    "Listening to pupils matters to all of us on the course team. There is no unit on consulting pupils "
    "in this presentation, but if you have time, read Chapter 14 of the Reader, Listening to children, and "
    "add your thoughts to the pupil voice thread in the Common Room.",
])
doc.add_heading("2.3 The study calendar", level=2)
table([
    ("Weeks", "Dates (October 2009 start)", "Study", "Assessment"),
    ("1\u20136", "3 Oct \u2013 13 Nov", "Block 1, Units 1\u20133", "TMA 01 cut-off 19 Nov"),
    ("7\u201316", "14 Nov \u2013 5 Feb", "Block 2, Units 4\u20137 (two options); Day school 1 (28 Nov)",
     "TMA 02 cut-off 11 Feb"),
    ("17\u201326", "6 Feb \u2013 23 Apr", "Block 3, Units 8\u201310; residential weekend (19\u201321 Mar)",
     "TMA 03 cut-off 29 Apr"),
    ("27\u201336", "24 Apr \u2013 2 Jul", "Block 4, Units 11\u201312; Day school 2 (22 May)",
     "ECA cut-off 8 Jul"),
])
para("")
para("The February 2010 presentation follows the same pattern.")

# ------------------------------------------------------------------ 3 before you start
doc.add_heading("3 Before you start", level=1)
doc.add_heading("3.1 Who can register", level=2)
para("ED871 is open to any qualified teacher who holds, or has been designated for, the SENCO role in a "
     "maintained school, academy or maintained nursery school in England. To register you need "
     "Qualified Teacher Status and your headteacher's signature on the Headteacher's Agreement. "
     "Registration is on a first-come, first-served basis until each presentation is full.")
para("On the Headteacher's Agreement your headteacher confirms that you are employed as a teacher in "
     "their school, that you hold or will take up the SENCO role, and that your post is one that requires "
     "an enhanced CRB disclosure. The University does not itself see or record disclosure certificates. "
     "The headteacher also agrees to release you for the two day schools and the Friday of the residential "
     "weekend, and names a school supporter (see 4.3).")
doc.add_heading("3.2 Your starting point", level=2)
box("Activity 1  Your starting point", [
    "Your welcome pack, posted in August, contains the ED871 Self-Assessment Profile. It lists the "
    "national minimum outcomes in Appendix A. For each one, rate yourself from 1 (new to me) to 4 (I do "
    "this confidently and could show you evidence), and note briefly what your rating is based on. Then "
    "upload the Profile to your tutor through the course website before the course starts on 3 October.",
    ("Comment",),
    "Be honest: a rating of 1 is not a black mark. The Profile is for planning your study. It is not used "
    "to decide whether you may join the course.",
], time="Allow about 3 hours")
para("In the first fortnight of the course your tutor will telephone you to go through your Profile and "
     "agree your Personal Learning Plan: the three to five outcomes you will give most attention to, "
     "which two of the Block 2 option units you will take, and which practice-based activities you will "
     "carry out in your school. Your tutor records the Plan on the course website, you both review it "
     "when TMA 02 is returned, and in the ECA you report your progress against it. If your Profile shows "
     "that you already work confidently at an outcome, your tutor may suggest you skim the units that "
     "cover it and spend the time elsewhere.")
doc.add_heading("3.3 Credit for previous study and experience", level=2)
para("If you have passed a postgraduate course in special educational needs at another university in the "
     "last five years, you can ask the KOU Credit Transfer Centre to consider it. Up to 30 credits of "
     "relevant M-level study can be counted towards ED871, exempting you from Blocks 1 and 2 and from "
     "TMAs 01 and 02.")
para("If your experience rather than a qualification already covers Block 1 (for example, you have worked "
     "for a local authority SEN team), you can make a Recognition of Experience claim: a 3,000-word "
     "reflective account with evidence, mapped to the Block 1 outcomes and assessed by two members of the "
     "course team. A successful claim exempts you from TMA 01, and the exemption is confirmed by the "
     "Examination and Assessment Board. Claims must reach the Credit Transfer Centre by 1 September.")
doc.add_heading("3.4 Is there a way to be assessed without studying the course?", level=2)
para("ED871 has no assessment-only route. A few universities allow very experienced SENCOs to submit a "
     "portfolio for assessment without taking a course, and the Faculty will consider whether to offer "
     "something similar for 2011 if there is enough demand. For now, experienced students should look at "
     "section 3.3.")
doc.add_heading("3.5 Fees and funding", level=2)
para("For teachers in maintained schools in England the fee for ED871 is paid by the TDA through your "
     "local authority, and covers the printed materials, the Reader and DVD, tuition, the day schools and "
     "the residential weekend with its accommodation and meals. Because you study mainly at home, in your "
     "own time and in your own school, your school needs to release you for only three days in the year, "
     "so the course costs your school far less in supply cover than a course taught in weekly sessions.")

# ------------------------------------------------------------------ 4 studying
doc.add_heading("4 Studying with KOU", level=1)
doc.add_heading("4.1 Your tutor", level=2)
para("You will be in a tutor group of about fifteen students from your region, with a tutor who will "
     "mark your assignments, give you written feedback on each one, run your day schools, and help you "
     "by telephone, email and in your tutor-group conference.")
para("All ED871 tutors have been SENCOs or local authority SEN advisers within the last five years, and "
     "hold a masters degree in education or in a related field; several hold the TTA SENCO standards "
     "accreditation or a specialist dyslexia qualification. Every tutor is appointed by the Regional "
     "Centre's staff tutor for education against these criteria, attends a briefing day before the first "
     "presentation and two staff development days each year, and receives the ED871 Tutor Notes, which "
     "set out the tutor's duties for day schools, conferences, marking and the Personal Learning Plan. "
     "New tutors are paired with an experienced ED871 tutor for their first presentation.")
doc.add_heading("4.2 KOU Conference and tutorials between day schools", level=2)
para("Your tutor-group conference on KOU Conference is moderated by your tutor, who will look at it at "
     "least twice a week and replies to questions addressed to them within three working days. Each "
     "block has set discussion activities in the conference, and there is a course-wide Common Room "
     "where students from every region can talk to each other. Between the day schools your tutor runs a "
     "one-hour Talkroom tutorial (an online audio tutorial you join from a computer with a headset) "
     "every month, and you can book an individual telephone tutorial of up to 30 minutes with your tutor "
     "before each TMA. Recordings of Talkroom tutorials are kept on the course website. You submit all "
     "your assignments through the eTMA system and they come back with your tutor's comments on screen.")
para("Tutors have their own ED871 tutors' conference, where they share materials and raise queries with "
     "the course team, who post answers there within a week. At the start of each block the Regional "
     "Centre emails your headteacher and your school supporter to say which block you are studying and to "
     "give the dates of the next day school; they can email your tutor at any time through the Regional "
     "Centre's ED871 address.")
doc.add_heading("4.3 Your school supporter", level=2)
para("Your headteacher names a colleague, usually a deputy head or an experienced teacher, as your school "
     "supporter. Your supporter signs the witness statements in your ECA portfolio to confirm that the "
     "practice-based work you describe took place. Supporters receive the Regional Centre's email at the "
     "start of each block (4.2).")
doc.add_heading("4.4 Managing your study time", level=2)
para("Fitting 15 hours a week around a full-time post is not easy. Plan your study week by week, and if "
     "you fall behind, talk to your tutor early.")
box("Study note", [
    "You can defer to the February presentation at any point before TMA 01, without charge.",
])

# ------------------------------------------------------------------ 5 day schools
doc.add_heading("5 Day schools and the residential weekend", level=1)
doc.add_heading("5.1 Day schools", level=2)
para("Each Regional Centre holds two ED871 day schools for its tutor groups. Day school 1 (Block 2) "
     "includes specialist workshops led by the local authority's specialist teachers and an educational "
     "psychologist. At Day school 2 (Block 4) each student gives a ten-minute presentation on a review of "
     "provision carried out with colleagues in their own school, and receives comments from the tutor "
     "and the group; the presentation is not marked.")
doc.add_heading("5.2 The residential weekend", level=2)
para("The residential weekend, at Croxall Hall near Lichfield, includes "
     "sessions led by the Parent Partnership Service and by a local voluntary organisation for disabled "
     "children, role play of difficult meetings, and a workshop on provision mapping.")
doc.add_heading("5.3 Visiting other settings", level=2)
para("ED871 has no placement. All your practice-based work takes place in your own school. If you can "
     "arrange a visit to another setting, such as a special school or a resourced provision, Unit 10 "
     "suggests how to make the most of it.")

# ------------------------------------------------------------------ 6 assessment
doc.add_heading("6 Assessment", level=1)
para("ED871 has three tutor-marked assignments (TMAs), four interactive computer-marked assignments "
     "(iCMAs) and an end-of-course assessment (ECA).")
table([
    ("Component", "What you do", "Counts?", "Cut-off"),
    ("TMA 01", "Audit of your school's SEN policy and practice against the Code of Practice, the DDA "
     "and Every Child Matters (3,000 words)", "Yes: 20%", "19 Nov"),
    ("TMA 02", "Case studies of two pupils: identification, use of other professionals' assessments, "
     "targets, intervention, tracking with national test and teacher assessment data; Question 3 on "
     "access arrangements (4,000 words)", "Yes: 20%", "11 Feb"),
    ("TMA 03", "Leading a change: Part A a provision map and the change you led with senior colleagues; "
     "Part B working with one family; Part C a coaching log; with baseline and follow-up measures of "
     "pupils' learning and well-being (4,000 words)", "Yes: 20%", "29 Apr"),
    ("iCMAs 41\u201344", "Online practice quizzes, one for each Block", "No", "Any time"),
    ("ECA", "Professional portfolio: Part A a report to your governing body; Part B a multi-agency case "
     "review; Part C one of three options; with a critical commentary and witness statements "
     "(6,000 words)", "Yes: 40% (the examinable component)", "8 Jul"),
])
para("")
para("TMA 02 Question 3 asks you to explain how you identified, in good time, the access arrangements "
     "your two pupils need for national tests or examinations and how you put them in place with "
     "colleagues. Answer it only if your school has pupils taking national tests or examinations this "
     "year; otherwise its marks are redistributed. ECA Part C offers three options: (i) a guide for "
     "colleagues to the external services and voluntary organisations available to your school and how "
     "to get their help; (ii) a critical review of a research study; (iii) an account of a problem in "
     "provision that you resolved.")
doc.add_heading("6.1 How your work is marked", level=2)
para("Your tutor marks each TMA against the ED871 marking guide, which includes, for every TMA and the "
     "ECA, a criterion on clarity of expression and structure. Each Regional Centre's staff tutor "
     "monitors a sample of every tutor's marked TMAs each presentation, and comments to the tutor on the "
     "accuracy of the marks and the quality of the feedback. The ECA is marked independently by two "
     "markers who are not your tutor, and a third marker decides where they differ by more than ten "
     "marks. The external examiner, Dr Ian Holbrook of the University of Carrow, sees a sample of ECAs "
     "from every region and attends the Examination and Assessment Board.")
doc.add_heading("6.2 Passing ED871", level=2)
para("Your overall continuous assessment score (OCAS) is the weighted average of your three TMA scores. "
     "To pass you need an OCAS of at least 50 and an ECA score of at least 50. If you miss one TMA, or "
     "if one TMA score is much lower than the others, the Examination and Assessment Board may substitute "
     "the average of your other TMA scores for it. The Board confirms all results and awards.")

# ------------------------------------------------------------------ 7 disability
doc.add_heading("7 Students with disabilities", level=1)
para("The University welcomes disabled students and has duties under the Disability Discrimination Act "
     "1995 as amended in 2005, including the Disability Equality Duty. Our publicity for ED871 and the "
     "registration form invite you to tell us about any disability, health condition or specific learning "
     "difficulty, and you can tell us at any time after that. If you do, a Disability Support Adviser at "
     "your Regional Centre will contact you to agree reasonable adjustments and record them in a "
     "Statement of Support, which is shared, with your agreement, with your tutor and the day-school "
     "organisers.")
para("Adjustments we regularly make include the printed Blocks and Reader in comb-bound, large-print, "
     "digital (Word and PDF) or audio form, and Braille on request; a transcript of the DVD; a note-taker "
     "or British Sign Language interpreter at day schools; accessible day-school venues, which are checked "
     "by the Regional Centre before booking; ground-floor or adapted rooms at Croxall Hall; extra time or "
     "alternative formats for the ECA; and extended TMA cut-off dates. The Faculty's Equality and "
     "Diversity Group reviews ED871's materials and venues each year.")

# ------------------------------------------------------------------ 8 how made
doc.add_heading("8 How ED871 was made and how it will improve", level=1)
doc.add_heading("8.1 Finding out what schools need", level=2)
para("In spring 2008 the course team surveyed SENCOs through the SENCO networks of fourteen local "
     "authorities in the South and the Midlands (212 replies) and interviewed nine local authority SEN "
     "advisers and six headteachers. SENCOs asked for practical help in leading other adults and in using "
     "data; advisers told us that new SENCOs struggle with the statutory assessment process and with "
     "multi-agency working; headteachers wanted their SENCO out of school as little as possible.")
doc.add_heading("8.2 What we changed", level=2)
para("In response, Block 3 now has a whole unit (Unit 9) on deploying and leading teaching assistants; "
     "Unit 6 was rewritten around the school's own tracking data; Unit 10 follows one pupil through a "
     "multi-agency review; and the course was designed around three days out of school. Drafts of every "
     "unit were commented on by the critical readers named on the imprint page, two of them practising "
     "SENCOs, one a local authority officer and one a Parent Partnership coordinator, and Block 2 was "
     "developmentally tested by ten SENCOs in 2008, after which its units were shortened and the case "
     "studies made more varied.")
doc.add_heading("8.3 Your part, and other people's, in improving ED871", level=2)
para("Local authority specialist teachers and educational psychologists teach at Day school 1, the Parent "
     "Partnership Service and a voluntary organisation teach at the residential weekend, and the four "
     "critical readers form the ED871 Reference Group, which meets once a year to comment on the Course "
     "Review. At the end of the course you will be asked to complete the KOU end-of-course survey, and "
     "a sample of headteachers is surveyed by the Regional Centres about the course's effect on their "
     "school.")
para("Each summer the course team prepares an Annual Course Review, drawing on the student survey, the "
     "headteacher survey, tutors' end-of-presentation reports, the staff tutors' monitoring reports, the "
     "iCMA statistics, the external examiner's report and the Reference Group's comments. The Review goes "
     "to the Faculty Board with an action plan, and the changes are made to the materials, the Tutor Notes "
     "or the assessment for the next presentation. We publish what we changed on the course website "
     "under You said, we did.")
para("At the end of the course you will complete the Self-Assessment Profile again. The course team "
     "compares the first and second Profiles for every student, outcome by outcome, and the results form "
     "part of the Annual Course Review as a measure of how far students' competence and confidence have "
     "grown. We would also like to know whether ED871 makes a difference to your pupils, and we hope in "
     "future to ask former students for information about their pupils' progress a year after the course.")

# ------------------------------------------------------------------ 9 after
doc.add_heading("9 After ED871", level=1)
para("The 60 credits from ED871 count towards the KOU MA in Education (Inclusive Education), which you "
     "can complete with a further 120 credits, including a dissertation. Details are on the KOU website.")
para("Many students find it helpful to talk to their headteacher about what comes next. Students on our "
     "previous course, E831 Special Needs in the Mainstream, wrote a Forward Plan in the last week of the "
     "course, but this has not been carried over into ED871 because the ECA already asks a great deal.")
box("Key points", [
    "Complete your Self-Assessment Profile before 3 October.",
    "Agree your Personal Learning Plan with your tutor in the first fortnight.",
], fill=SAND)
page_break()

# ------------------------------------------------------------------ appendix A
doc.add_heading("Appendix A  The national minimum outcomes in ED871", level=1)
para("The table lists the national minimum outcomes, in our words, with the units where you develop each "
     "one and the assessment where it is assessed. Key: TMA = tutor-marked assignment; ECA = "
     "end-of-course assessment. iCMAs are practice quizzes: they give you instant feedback but do not "
     "count towards your result. A dash means the outcome is not separately assessed.")

rows = [
    ("G", "Professional attributes"),
    ("Building fair, respectful and supportive relationships with pupils with SEN and their parents or carers",
     "Block 2 Units 5 and 7", "TMA 02; TMA 03 Part B"),
    ("Winning the commitment of colleagues, including the headteacher and senior leaders",
     "Block 3 Unit 8", "TMA 03 Part A"),
    ("Anticipating and resolving problems and making sound decisions about provision",
     "Block 3 Unit 10 (case scenarios)", "ECA Part A"),
    ("Expressing yourself clearly in speech and writing; listening to others", "\u2014",
     "All TMAs and the ECA (marking criterion on clarity of expression)"),
    ("Drawing on research and outside advice to improve your own and colleagues' practice",
     "Reader; Block 4 Unit 11", "TMA 03; ECA critical commentary"),
    ("Keeping up to date and taking charge of your own CPD in SEN and disability", "Block 4 Unit 12",
     "\u2014"),
    ("G", "Professional knowledge and understanding"),
    ("The law and guidance on SEN, including the Code of Practice, and putting them into practice",
     "Block 1 Unit 1", "TMA 01"),
    ("Every Child Matters and the SENCO's part in the five outcomes", "Block 1 Unit 2", "TMA 01"),
    ("Disability equality law and what it requires of schools", "Block 1 Unit 3", "TMA 01"),
    ("How children develop and how SEN, disability and the environment affect development",
     "Assumed at entry (initial teacher training)", "\u2014"),
    ("The main kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their "
     "effect on learning", "Block 2 Unit 4 and options", "TMA 02"),
    ("Approaches and resources for assessment, planning, teaching and learning, including ICT",
     "Block 2 Units 5 and 6; DVD-ROM", "TMA 02"),
    ("School self-evaluation and improvement and pupils with SEN", "Block 4 Unit 11", "iCMA 44"),
    ("Best practice and research on meeting SEN", "Reader; Blocks 2 to 4", "TMA 03; ECA critical commentary"),
    ("What external agencies do and how to obtain specialist support", "Block 3 Unit 10",
     "ECA Part C, option (i)"),
    ("G", "Professional skills"),
    ("Influencing, with senior colleagues and governors, an inclusive ethos, policies, priorities and "
     "resources", "Block 3 Unit 8", "ECA Part A"),
    ("Identifying pupils with SEN, setting targets, planning interventions, reviewing progress",
     "Block 2 Unit 5", "TMA 02"),
    ("Using other professionals' assessments", "Block 2 Unit 5", "TMA 02"),
    ("Using summative assessment, including national tests, to track progress", "Block 2 Unit 6", "TMA 02"),
    ("Encouraging colleagues to develop formative assessment for pupils with SEN", "Block 2 Unit 6",
     "\u2014"),
    ("Identifying and arranging access arrangements for national tests and examinations",
     "Block 2 Unit 6", "TMA 02 Question 3 (see section 6)"),
    ("Provision mapping; finding ineffective or missing provision", "Block 3 Unit 9", "TMA 03 Part A"),
    ("Deploying and managing staff, including teaching assistants", "Block 3 Unit 9", "iCMA 43"),
    ("Supporting colleagues' professional development: observation, modelling, coaching, training",
     "Block 3 Unit 8", "TMA 03 Part C"),
    ("Reviewing the effectiveness of provision with colleagues, for school self-evaluation",
     "Block 4 Unit 11", "Day school 2 presentation"),
    ("Involving pupils in planning and reviewing their provision",
     "To be added in the 2010 revision of Block 3", "\u2014"),
    ("Liaising with parents and carers", "Block 2 Unit 7", "TMA 03 Part B"),
    ("Working in partnership with other services and voluntary organisations", "Block 3 Unit 10",
     "ECA Part B"),
]
t = doc.add_table(rows=1 + len(rows), cols=3)
t.style = "Table Grid"
for j, h in enumerate(("National minimum outcome (in our words)", "Where you develop it", "Where it is assessed")):
    cell_text(t.cell(0, j), h, bold=True, size=9)
    shade(t.cell(0, j), PALE)
for i, row in enumerate(rows, start=1):
    cells = t.rows[i].cells
    if row[0] == "G":
        m = cells[0].merge(cells[2])
        cell_text(m, row[1], bold=True, italic=True, size=9)
        shade(m, SAND)
    else:
        for j, v in enumerate(row):
            cell_text(cells[j], v, size=9)
para("")
para("Kennet Open University, May 2009", italic=True, size=9)

doc.save(OUT)
print("wrote", OUT)
