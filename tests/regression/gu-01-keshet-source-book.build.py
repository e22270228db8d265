"""gu-01-keshet-source-book: build the .docx next to this script.

Provider (invented): the Keshet Board of Jewish Day Schools (fourteen
voluntary-aided and independent Jewish primary and secondary schools in
north-west London, Hertfordshire and south Manchester), with the University
of Wrexley School of Education, which validates and awards the
"Postgraduate Certificate in SEN Coordination (Keshet pathway)", 60 credits
at masters level. Submitted February 2009.

Document kind: the course's chavruta source book ("Sefer Limmud"), the study
booklet participants bring to each Sunday study day (shiur) and study in
pairs, sent as the application with a shaded note to the panel at the front
and a Part Three of the Board's arrangements at the back. Written to "you"
(the participant) in Parts One and Two and as "the Board" in Part Three.

Layout: no Heading styles. Part titles are bold capitalised Normal
paragraphs; each shiur title is a bold paragraph "Shiur n:". Each shiur has
"Sources" (Source n.1, n.2 ... indented and italic, some adapted from real
published documents, two from Jewish texts), "For your chavruta"
(numbered discussion questions), "Between shiurim" (a task in school), and a
one-cell shaded table "How this shiur is assessed" naming the Avodah
(assignment) and the national outcomes by code. A year-at-a-glance table
with merged cells. A page header and a footer. One Word comment.

Traps (requirement ids):
- Footer "The Board's office verifies every participant's CRB disclosure"
  is in the footer only; in the body the Board checks its tutors' and
  visiting speakers' CRB disclosures and leaves participants' suitability to
  the employing school (5.3 not_met, wrong-context + header-footer).
- Assessment-only route: a chavruta question in Shiur 8 asks whether the
  Board "could" one day assess experienced SENCOs without the shiurim;
  far away, in Part Three, "the award is not offered by assessment alone"
  (2.3 not_met: aspiration + negation far from subject).
- APL: certificated prior study (the Board's old Madrich certificate,
  university credit) accredited up to 20 credits; "experience on its own is
  not credited" (2.1 partially_met).
- Equality: dates avoid Shabbat and Yamim Tovim, kashrut, a welcome
  statement; nothing on disclosure or adjustments for disabled participants.
  The author's comment "Should we say something about adjustments for
  disabled participants?" is a comment, not the submission (3.1
  partially_met, comments).
- Flexibility: one October start, a fixed order, a choice of London or
  Manchester days only (3.2 partially_met).
- E-learning: the Keshet platform holds sources and takes journal uploads;
  "tutors do not answer questions on the platform" and peer discussion is in
  person only; between shiurim support is by telephone from the tutor
  (3.3 partially_met: ICT use thin, no online tutor/peer support).
- Stakeholders: heads and Kesher parents' group surveyed and changes listed
  (4.1, 4.2 met); in evaluation only participants' questionnaires, parents
  "we hope" will join a review (4.3 partially_met: delivery yes, evaluation no).
- Past arrangement: the Madrich certificate's placement week at Beit Ezra
  special school "ended in 2007"; now only pupils' placements are
  mentioned and visits to a special school are "to be arranged"
  (5.5 partially_met: speakers from EPS and SALT are concrete).
- School mentors "will be briefed" with no role description; tutors have a
  handbook (5.7 partially_met).
- Impact: confidence questionnaire before and after; pupils' progress only
  hoped for (5.9 partially_met). Baseline and follow-up for pupils in
  Avodah 2 are a task requirement, counted for 1.1/1.8, not as the Board's
  evaluation method.
- Pupil voice: Shiur 4 discussion questions only, journal only for S7
  (1.5 partially_met, 6.S7 partially_met).
- Outcomes in the chavruta journal, "read but not graded": 6.K3, 6.S2c,
  6.A3, 6.S7 (partially_met); 6.S2d covered in Shiur 3 but in no assessment
  box (partially_met); child development (6.K4) appears nowhere (not_met).
- Blanket claim in Part Three: "Together the three Avodot cover every one of
  the national minimum outcomes"; award rule is passing the three Avodot
  (6.0 partially_met, 1.9 partially_met).
- The chavruta sources adapted from the Code of Practice and Ofsted are
  content, not arrangements; they count for 1.3/1.4 as study material.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_suffix("").with_suffix(".docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(10.5)


def shade(cell, fill="E8E3D3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def p(text="", bold=False, italic=False, indent=None, size=None, align=None):
    para = doc.add_paragraph()
    r = para.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if indent:
        para.paragraph_format.left_indent = Cm(indent)
    if align:
        para.alignment = align
    return para


def part(title):
    para = p(title.upper(), bold=True, size=13)
    para.paragraph_format.space_before = Pt(18)
    return para


def shiur(title):
    para = p(title, bold=True, size=12)
    para.paragraph_format.space_before = Pt(14)
    para.runs[0].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    return para


def label(text):
    para = p(text, bold=True, italic=True)
    para.paragraph_format.space_before = Pt(6)
    return para


def source(ref, text, attribution):
    para = doc.add_paragraph()
    para.paragraph_format.left_indent = Cm(1.2)
    r = para.add_run(ref + "  ")
    r.bold = True
    r2 = para.add_run(text)
    r2.italic = True
    r3 = para.add_run("  (" + attribution + ")")
    r3.font.size = Pt(9)
    return para


def questions(qs):
    for i, q in enumerate(qs, 1):
        para = p(f"{i}.  {q}", indent=0.6)


def box(title, lines):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    shade(c)
    c.paragraphs[0].add_run(title).bold = True
    for ln in lines:
        c.add_paragraph(ln)
    doc.add_paragraph()
    return t


# header and footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Keshet Board of Jewish Day Schools  |  Sefer Limmud 5769  |  SENCO Award source book"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = ("The Board's office verifies every participant's CRB disclosure before the first shiur.  "
           "Keshet Board, Registered Charity (invented) 1099999.  Page copy for the TDA panel.")
fp.runs[0].font.size = Pt(7)

# title
p("KESHET BOARD OF JEWISH DAY SCHOOLS", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
p("with the University of Wrexley School of Education", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
p("SEFER LIMMUD", bold=True, size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
p("The chavruta source book for the Postgraduate Certificate in SEN Coordination (Keshet pathway)",
  size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
p("\u201cChanoch la-na\u2019ar al pi darko \u2014 teach each child according to his way\u201d (Mishlei 22:6)",
  italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
p("First cohort: October 2009 to July 2010", align=WD_ALIGN_PARAGRAPH.CENTER)

box("A note to the approval panel", [
    "We have chosen to send you the book our participants will actually use, rather than to write a "
    "separate account of the course. Parts One and Two are addressed to the participant, as the book "
    "is. Part Three, at the back, sets out the Board's arrangements for admission, quality and the "
    "award, and has been written for you. The Postgraduate Certificate is validated by the University "
    "of Wrexley (validation event held on 21 January 2009, approved without conditions) and carries 60 "
    "credits at masters level (FHEQ level 7). The University awards the credit and the Certificate; "
    "the Board recruits, teaches and supports the participants in its own schools and in other schools "
    "that wish to join them.",
    "Rabbi Dr Naomi Leibler, Director of Education, Keshet Board, and Dr Alan Pryce, Head of Continuing "
    "Professional Development, University of Wrexley.",
])

part("Part One: How this book and this year work")
p("Welcome. You have been nominated by your headteacher to lead the coordination of provision for "
  "children with special educational needs in a Jewish school, or you already do so and have not yet "
  "been trained for it. This book will be with you all year. The Keshet course is built on the oldest "
  "method of learning we have: two people, one text, and an argument conducted with respect. At the "
  "first shiur you will be paired with a chavruta, a study partner from another Keshet school, normally "
  "from the same phase. You will study the sources in this book together on each study day and you "
  "will meet or speak with your chavruta at least once between study days.")
p("Each of the eight shiurim in Part Two follows the same pattern. The Sources are short texts: "
  "extracts adapted from the law and guidance, from inspection reports and research, and sometimes "
  "from our own tradition. For your chavruta are the questions you will argue over in the morning "
  "session. Between shiurim is the task you carry out in your own school before the next study day; "
  "you write it up in your chavruta journal. The shaded box at the end of each shiur tells you which "
  "of the three assessed pieces of work (the Avodot) will ask you to show what you have learned, and "
  "which of the national outcomes for SENCOs it covers.")
p("The aim of the whole year is simple to state and hard to do: that the children in our schools who "
  "find learning hardest, or who have a disability, make better progress, are safer, happier and more "
  "fully part of the life of the school and the community, and leave us ready for what comes next. "
  "Every assignment asks you to show what difference your work as SENCO has made to particular "
  "children, and Avodah 2 asks you to measure it.")

label("The three Avodot (assessed work)")
p("Avodah 1, The child and the provision (4,000 words, 20 credits, due 1 February 2010). A case study of "
  "one pupil on your school's SEN register: how the pupil's needs were identified, what the "
  "professionals' assessments say, how the provision is planned and reviewed with the pupil's parents, "
  "and whether it meets the Code of Practice.", indent=0.6)
p("Avodah 2, Changing provision (6,000 words, 30 credits, due 10 May 2010). A school-based enquiry in "
  "which you lead one change to your school's provision. You take baseline measures for the pupils "
  "concerned before the change and measure again at least eight weeks after it, and you review the "
  "change with the staff involved.", indent=0.6)
p("Avodah 3, Portfolio and professional conversation (10 credits, July 2010). A portfolio of evidence "
  "from your leadership of colleagues during the year, and a 40-minute professional conversation (a "
  "viva) with a University tutor and a Keshet tutor.", indent=0.6)
p("Your chavruta journal is read by your tutor at every shiur and returned with comments. It is part of "
  "your learning, not of your assessment: it is read but not graded, and it does not count towards "
  "the 60 credits.")

label("The year at a glance")
rows = [
    ("Shiur", "Sunday (London, Edgware)", "Sunday (Manchester, Whitefield)", "Theme"),
    ("1", "18 October 2009", "25 October 2009", "The law and our duty"),
    ("2", "15 November 2009", "22 November 2009", "Knowing the child's needs"),
    ("3", "6 December 2009", "13 December 2009", "Seeing the child: assessment"),
    ("4", "17 January 2010", "24 January 2010", "The pupil's voice and the family"),
    ("5", "7 February 2010", "14 February 2010", "Mapping what we provide"),
    ("6", "14 March 2010", "21 March 2010", "Leading colleagues"),
    ("7", "9 May 2010", "16 May 2010", "Beyond the school gate"),
    ("8", "13 June 2010", "20 June 2010", "Siyum: what we learned and what next"),
    ("Avodah 3 conversations", "5 to 8 July 2010, at the Board's office or by arrangement in Manchester", "", ""),
]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        t.cell(i, j).text = v
        if i == 0:
            t.cell(i, j).paragraphs[0].runs[0].bold = True
            shade(t.cell(i, j), "D9D2BC")
m = t.cell(len(rows) - 1, 1).merge(t.cell(len(rows) - 1, 3))
m.text = "5 to 8 July 2010, at the Board's office or by arrangement in Manchester"
doc.add_paragraph()
p("Study days run from 9.30 to 4.00. No study day falls on Shabbat or a Yom Tov, and the calendar "
  "avoids Chanukah week and the weeks of Pesach. Lunch is provided under the supervision of the "
  "London Beth Din. There is one intake a year, in October, and the shiurim are taken in the order "
  "printed here, because each builds on the last. You may attend the London or the Manchester days "
  "and may change between them for a single shiur if you tell the office a week ahead.")
para = p("We want every teacher in our schools to feel at home on this course, whatever their "
         "background and whatever their level of observance; our community is richer for its differences "
         "and so is this course.")
doc.add_comment(para.runs, text="Should we say something about adjustments for disabled participants? "
                "Access at Edgware is fine but the Whitefield hall has steps. Ask Miriam. RL",
                author="Rachel Lewin", initials="RL")

label("The Keshet platform")
p("All the sources in this book, with the full texts from which they are adapted, are on the Keshet "
  "learning platform, and you upload your chavruta journal there after each study day. The platform is "
  "a library and a post box: tutors do not answer questions on the platform, and the chavruta "
  "discussions take place face to face or by telephone, not online. Between study days your tutor will "
  "telephone you once, in the fortnight after each shiur, to talk through your Between shiurim task, "
  "and you may ring your tutor on the number in the front of your journal on Monday and Wednesday "
  "afternoons.")

part("Part Two: The shiurim")

# Shiur 1
shiur("Shiur 1: Lo ta'amod \u2014 the law and our duty")
label("Sources")
source("1.1", "Do not stand idly by the blood of your neighbour.", "Vayikra 19:16")
source("1.2", "Children with special educational needs should have their needs met, normally in "
       "mainstream schools; the views of the child should be sought and taken into account; parents "
       "have a vital role in supporting their child's education.",
       "adapted from the fundamental principles of the SEN Code of Practice, DfES 2001")
source("1.3", "The governing body must do its best to secure that the necessary provision is made for "
       "any pupil who has special educational needs.", "adapted from the Education Act 1996, s.317")
source("1.4", "Schools must not treat a disabled pupil less favourably for a reason related to the "
       "disability, must make reasonable adjustments, and must plan to increase access over time.",
       "adapted from the Disability Discrimination Act 1995 as amended by SENDA 2001")
source("1.5", "Every child, whatever their background or their circumstances, to have the support they "
       "need to be healthy, stay safe, enjoy and achieve, make a positive contribution and achieve "
       "economic well-being.", "Every Child Matters: Change for Children, 2004")
label("For your chavruta")
questions([
    "Source 1.1 is often quoted about danger. Does it say anything about a child who is quietly failing?",
    "Take your school's SEN policy. Where does it follow the Code's graduated response (School Action, "
    "School Action Plus, statement) and where has it drifted from it?",
    "Which of the five outcomes in Source 1.5 does your school measure for its pupils with SEN, and "
    "which does it simply hope for?",
    "What does your school's disability equality scheme commit you to doing this year?",
])
label("Between shiurim")
p("Compare your school's SEN policy with the Code of Practice, section by section, and bring a "
  "one-page list of the gaps to Shiur 2. Read the Board's briefing on the Inclusion Development "
  "Programme and the Lamb Inquiry's terms of reference (March 2009) on the platform.")
box("How this shiur is assessed", [
    "Avodah 1: the pupil's provision is judged against the Code of Practice and the Education Act "
    "(K1) and against the five Every Child Matters outcomes, with your part as SENCO in them (K2).",
    "Chavruta journal (read, not graded): your school's disability equality scheme and what it "
    "requires (K3).",
])

# Shiur 2
shiur("Shiur 2: Knowing the child's needs")
label("Sources")
source("2.1", "Pupils with the same label can need very different teaching; what matters is the "
       "particular barriers this pupil meets in this lesson.",
       "adapted from Ofsted, Special educational needs and disability: towards inclusive schools, 2004")
source("2.2", "Speech, language and communication needs are the most common primary need among "
       "pupils with statements in primary schools; identification is often late.",
       "adapted from the Bercow Report, 2008")
source("2.3", "Around one child in a hundred has an autistic spectrum disorder.",
       "adapted from the National Autistic Society")
source("2.4", "Chanoch la-na'ar al pi darko.", "Mishlei 22:6")
label("For your chavruta")
questions([
    "For each of the five areas we study today (behavioural, emotional and social difficulties; "
    "specific learning difficulties including dyslexia; speech, language and communication needs; "
    "autistic spectrum disorders; moderate learning difficulties) name one pupil you know and one "
    "barrier to learning that pupil meets.",
    "Which approaches, resources and technologies (symbols, text-to-speech, visual timetables, "
    "reading interventions) does your school use, and what is the evidence that they work?",
    "A Kodesh teacher tells you that a Year 4 boy who cannot yet decode Hebrew is 'not trying'. "
    "How do you reply?",
])
label("Between shiurim")
p("Observe one pupil in three lessons, including one Kodesh (Jewish studies) lesson, and note what "
  "the pupil can and cannot do and what helps. Try one approach or piece of software from today "
  "with that pupil and record what happens.")
box("How this shiur is assessed", [
    "Avodah 1: the pupil's needs are described in terms of the main types of SEN and disability and "
    "their effect on learning (K5), and you critically evaluate the approaches, resources and ICT used "
    "to assess and teach the pupil (K6).",
])

# Shiur 3
shiur("Shiur 3: Seeing the child \u2014 identification and assessment")
label("Sources")
source("3.1", "Schools should not assume that pupils' learning difficulties always or only result from "
       "problems within the young person.", "adapted from the SEN Code of Practice, 2001")
source("3.2", "Pupils' progress is tracked most effectively where schools use data from national tests, "
       "teacher assessment and P scales together.", "adapted from Ofsted, Inclusion: does it matter where pupils are taught?, 2006")
source("3.3", "Access arrangements must be applied for in good time and must reflect the candidate's "
       "normal way of working.", "adapted from the JCQ regulations, 2008-09")
label("For your chavruta")
questions([
    "How does your school decide a pupil may have SEN? Who notices first, and what happens next?",
    "Bring the last educational psychologist's and speech and language therapist's reports on a pupil. "
    "What do they tell a class teacher to do on Monday morning?",
    "How do your Key Stage 2 results or GCSE results for pupils on the SEN register compare with the "
    "school's other pupils, and what did the school change as a result?",
    "Which of your colleagues uses assessment for learning well with pupils with SEN? How could you "
    "help others learn from them?",
    "Who in your school applies for access arrangements for Key Stage 2 tests and GCSE, and when? "
    "Draw the timeline back from the test date.",
])
label("Between shiurim")
p("Work with one class teacher to set targets for two pupils, plan the interventions and agree a "
  "review date. Record in your journal how the teacher used formative assessment with those pupils "
  "and what you suggested.")
box("How this shiur is assessed", [
    "Avodah 1: how the pupil was identified, the targets and interventions and how progress is reviewed "
    "(S2); how the reports of the educational psychologist, therapist or other professionals were used "
    "to shape teaching (S2a); how summative results, including national tests, were used to track the "
    "pupil's progress and change the programme (S2b).",
    "Chavruta journal (read, not graded): your work with a colleague on formative assessment (S2c).",
])

# Shiur 4
shiur("Shiur 4: Kol ha-talmid \u2014 the pupil's voice and the family")
label("Sources")
source("4.1", "Children and young people with SEN have a unique knowledge of their own needs and "
       "circumstances and their own views about what sort of help they would like.",
       "adapted from the SEN Code of Practice, 2001, chapter 3")
source("4.2", "Parents of children with SEN told us they wanted to be listened to, kept informed and "
       "treated as partners.", "adapted from the Kesher parents' group survey for the Keshet Board, 2008")
source("4.3", "Who can find wisdom? One who learns from every person.", "Pirkei Avot 4:1")
label("For your chavruta")
questions([
    "How far do the children's own words reach their IEPs in your school? Find one IEP where they do.",
    "A mother tells you she does not want the word 'dyslexia' anywhere near her son's file because of "
    "what the shidduch (marriage) world might make of it later. What do you say, and what do you do?",
    "Plan, in your pair, the first ten minutes of a review meeting with parents who are angry.",
])
label("Between shiurim")
p("Lead or co-lead one review meeting with a pupil's parents. Write up the meeting, the pupil's part in it and what you would do "
  "differently, in your journal.")
p("In the afternoon of Shiur 4, two members of the Kesher parents' group speak about their families' "
  "experience of the schools and take questions, and you rehearse a difficult parents' meeting in "
  "threes, with your tutor observing.")
box("How this shiur is assessed", [
    "Avodah 1: your working relationship with the pupil and the pupil's parents, shown through the "
    "record of at least one review meeting you led (A1), and how you liaised with the parents throughout "
    "(S8).",
    "Chavruta journal (read, not graded): how the pupil took part in planning and reviewing the "
    "provision (S7).",
])

# Shiur 5
shiur("Shiur 5: Mapping what we provide")
label("Sources")
source("5.1", "A provision map is a way of showing at a glance the range of provision a school makes "
       "for pupils with additional needs, and what it costs.",
       "adapted from Gross and White, Special Educational Needs and School Improvement, 2003")
source("5.2", "The best schools evaluate their SEN provision as rigorously as the rest of their work.",
       "adapted from Ofsted, 2006")
label("For your chavruta")
questions([
    "Draw your school's provision map for one year group. What is missing, and what is there but not "
    "working?",
    "Who deploys your teaching assistants, and on what evidence? Who manages them day to day?",
    "What does your school's self-evaluation form say about pupils with SEN? Is it true?",
])
label("Between shiurim")
p("Build or revise your school's provision map with the staff concerned and identify one piece of "
  "provision to change for Avodah 2. Take the baseline measures for the pupils it affects.")
box("How this shiur is assessed", [
    "Avodah 2: the provision map and your judgement of which provision is ineffective or missing (S3); "
    "the review of the change you lead with the staff involved and how it feeds into the school's "
    "self-evaluation (S6); the principles of school self-evaluation and improvement as they apply to "
    "outcomes for pupils with SEN (K7).",
    "Avodah 3 (portfolio): evidence of how you deploy and manage teaching assistants or other staff (S4).",
])

# Shiur 6
shiur("Shiur 6: Leading colleagues")
label("Sources")
source("6.1", "Effective SENCOs are members of, or have direct access to, the senior leadership team.",
       "adapted from Ofsted, 2004")
source("6.2", "Coaching works when it is voluntary, regular and focused on what pupils do.",
       "adapted from the National Framework for Mentoring and Coaching, CUREE 2005")
label("For your chavruta")
questions([
    "What does your headteacher want from you, and what do you want from your headteacher? Write both "
    "lists and compare them.",
    "How will you take a new SEN priority to your governors, and how will you get it into the school "
    "development plan and the budget?",
    "What do you stop doing in order to do this? Show your chavruta your diary for last week.",
    "Plan a fifteen-minute staff meeting slot on one strategy you have learned this year.",
])
label("Between shiurim")
p("Observe a colleague teaching a pupil with SEN and give feedback; or coach a teaching assistant "
  "through a new intervention; or lead a short training session. Collect the evidence for your "
  "portfolio.")
box("How this shiur is assessed", [
    "Avodah 3 (portfolio and professional conversation): how you have influenced, with the headteacher "
    "and governors, your school's inclusive ethos, policy, priorities and budget (S1); how you gained "
    "the commitment of colleagues and senior leaders (A2); the support you gave colleagues' professional "
    "development through observation, feedback, coaching or training (S5); and, in the conversation "
    "and the written portfolio, how clearly you express yourself and listen to others (A5).",
    "Chavruta journal (read, not graded): your priorities, your use of time and what you delegated (A3).",
])

# Shiur 7
shiur("Shiur 7: Beyond the school gate")
label("Sources")
source("7.1", "Children's trusts bring together the services for children in an area.",
       "adapted from Every Child Matters: Change for Children, 2004")
source("7.2", "Schools told us they did not know how to reach the voluntary organisations that support "
       "families.", "adapted from the Keshet survey of headteachers, 2008")
label("For your chavruta")
questions([
    "List every agency and voluntary organisation that has worked with a pupil in your school this "
    "year, from the educational psychology service to Norwood and the Kesher group. Which ones do you "
    "not yet know how to reach?",
    "A pupil's needs have gone beyond what the school can do. Walk your chavruta through the decision "
    "you would make, and why.",
])
p("In Shiur 7 you hear from Ms Dalia Frankel, senior educational psychologist for Barnet, and from "
  "Mr Ian Hart, a speech and language therapist who works with four of our primary schools, about "
  "what their services can and cannot offer and how to ask for them.")
label("Between shiurim")
p("Work with one outside service or voluntary organisation on the change you are leading for "
  "Avodah 2, and record what each side did.")
box("How this shiur is assessed", [
    "Avodah 1: the role of the external agencies involved with the pupil and how you obtained "
    "specialist support and resources (K9).",
    "Avodah 2: your work in partnership with at least one other service or voluntary organisation (S9).",
    "Avodah 3 (professional conversation): you talk the assessors through a problem you anticipated or "
    "resolved and the decision you took about a pupil's provision (A4).",
])

# Shiur 8
shiur("Shiur 8: Siyum \u2014 what we learned and what next")
label("Sources")
source("8.1", "It is not your duty to finish the work, but neither are you free to desist from it.",
       "Pirkei Avot 2:16")
source("8.2", "Research evidence is most useful to teachers when it is discussed with colleagues and "
       "tried in the classroom.", "adapted from the TDA, 2007")
label("For your chavruta")
questions([
    "Which piece of research or advice changed what you do this year, and how would you know if it "
    "had changed what your colleagues do?",
    "What will you read, join or attend next year to keep up to date?",
    "Could the Board one day offer experienced SENCOs a way to be assessed without attending the "
    "shiurim? What would it need to be fair?",
])
label("Between shiurim (the last one)")
p("Bring to the siyum a draft of your professional targets for 2010-11, written on the Keshet "
  "\"Next Steps\" sheet, which you will then take to your performance management meeting with your "
  "headteacher. In the afternoon each participant discusses the draft with a tutor, and the Board "
  "sends the agreed sheet to the headteacher with the participant's permission.")
box("How this shiur is assessed", [
    "Avodah 2: your use of research evidence and external advice to improve your own and your "
    "colleagues' practice (A6), and your knowledge of best practice and research on meeting special "
    "educational needs (K8), shown in the enquiry's review of literature and its discussion.",
    "Avodah 3 (portfolio): your record of professional development during the year and your Next Steps "
    "sheet (A7).",
])

part("Part Three: The Board's arrangements (for the panel)")
label("Who the course is for, and how we choose")
p("The course is for qualified teachers who are, or are about to become, the SENCO in a Keshet school "
  "or another Jewish school in England; teachers from other schools in Barnet, Hertsmere and Bury are "
  "also welcome. Applicants must hold QTS and be nominated by their headteacher, who undertakes to "
  "release them for the eight Sundays' preparation time and to meet the tutor twice in the year. "
  "Every applicant completes a starting audit (the Cheshbon) against the 28 national outcomes and "
  "meets a Keshet tutor for forty minutes. Where the audit and the meeting show that the applicant is "
  "not yet ready, for example a teacher in her first year of teaching, the tutor writes to the "
  "applicant and the headteacher setting out what she should do first (usually a year as deputy to "
  "an experienced SENCO and the Board's Inclusion Development Programme sessions) and offers a place "
  "the following year.")
p("At the same meeting the tutor and the participant use the Cheshbon to agree the participant's "
  "Derech, a one-page individual plan that records the outcomes on which the participant already "
  "has strong evidence, the outcomes that are the participant's priorities, which Between shiurim "
  "tasks will be adapted to them and which optional afternoon workshops the participant should attend "
  "(there are three workshop strands at each shiur, chosen according to the Derech plans of the group). "
  "The Derech is reviewed at Shiur 4 and at the siyum.")
p("Places cost \u00a31,350, of which the Board meets \u00a3600 for Keshet schools from the grant it "
  "holds for the course; the University's fee is included. Groups are of no more than sixteen on "
  "each site, so that each tutor has eight participants.")

label("Prior learning")
p("Teachers who hold the Board's former Madrich certificate in inclusion, or who have university credit "
  "at level 7 in special educational needs from the last five years, may apply to the University for "
  "up to 20 credits towards the Certificate, normally against Avodah 1, under the University's "
  "regulations for the accreditation of prior certificated learning. Experience on its own is not "
  "credited.")
p("Every participant attends the shiurim; the Board and the University have agreed that the award is "
  "not offered by assessment alone.")

label("Checks")
p("The Board's office holds an enhanced CRB disclosure for every Keshet tutor and every visiting "
  "speaker, renewed every three years, and checks it before the tutor or speaker works with "
  "participants. Participants are teachers in post, and their suitability to work with children is a "
  "matter for the employing school and its governors.")

label("Who teaches")
p("The course is led by Mrs Shira Goldhill, MA (SEN), NPQH, for eleven years SENCO at Yavneh "
  "Primary and now the Board's Inclusion Adviser, with Mr David Amsel, MEd, a specialist teacher for "
  "dyslexia (AMBDA) who leads the Board's literacy support service, and Dr Helen Marsh, Senior Lecturer "
  "in Inclusive Education at Wrexley, who teaches the research elements and is the University's link "
  "tutor. Each tutor has led SEN in schools within the last five years and attends the University's "
  "annual SEN research conference. Specialist sessions are given by the Barnet educational psychology "
  "service and speech and language therapists who work in our schools, as described in Shiur 7.")
p("Each participant also has a school mentor, normally the headteacher or a deputy. Mentors will be "
  "briefed about the course during the autumn term. Tutors work to the Keshet tutor handbook, which "
  "sets out how to conduct the Cheshbon meeting, how to read and answer the journal, how to mark each "
  "Avodah against the University's level 7 criteria, and what to do when a participant falls behind.")

label("Visits and resources")
p("Until 2007 the Madrich certificate included a placement week at Beit Ezra special school, which ended "
  "when the certificate was withdrawn. Participants on the new course will visit a special school or "
  "resource base during the year; the details are to be arranged. Many of our pupils with complex "
  "needs spend part of each week on placement at Beit Ezra, and participants may find it helpful to "
  "see their own pupils there.")
p("Participants have full access to the University library, including its electronic journals, from "
  "their registration. The Board's resource centre at Edgware lends assessment materials, intervention "
  "programmes and an assistive technology kit (text-to-speech and mind-mapping software, a Dictaphone, "
  "a Clicker 5 licence) for participants to try with their pupils.")

label("What schools and parents told us, and what we changed")
p("In the summer term of 2008 we asked all fourteen Keshet headteachers and the Kesher parents' group "
  "what they needed from a SENCO course. Eleven heads replied; 34 parents answered the Kesher "
  "questionnaire. Heads said that they could not release teachers on weekdays, that their SENCOs "
  "struggled to bring pupils' needs to senior leaders and governors, and that the Kodesh (Jewish "
  "studies) curriculum was rarely differentiated. Parents said that they were not listened to at "
  "reviews and did not know which outside services existed. As a result we moved all study days to "
  "Sundays, gave Shiur 6 to leading colleagues and governors, added the Kodesh lesson to the "
  "observation in Shiur 2, gave the afternoon of Shiur 4 to the Kesher parents and built the list of "
  "services in Shiur 7.")
p("Headteachers host the Between shiurim tasks and two heads sit on the Course Committee, which meets "
  "termly. Kesher parents teach in Shiur 4. We hope that in time the parents' group will join our "
  "annual review of the course.")

label("Quality and the award")
p("Every participant completes a short evaluation at the end of each shiur, and the tutors meet the "
  "following week to read them and adjust the next shiur. The University's external examiner, "
  "Professor Janet Kirwan of the University of Hollinsford, sees a sample of every Avodah and the "
  "report of the Avodah 3 conversations, and visits one shiur a year. The course is included in the "
  "University's annual monitoring: the Course Committee writes an annual report with an action plan, "
  "which the University's Faculty Quality Committee approves, and the actions are reported on at the "
  "next Course Committee.")
p("Each Avodah is marked by the participant's tutor and a second Keshet or University tutor marks 25 "
  "per cent of the scripts, including every fail and every borderline script. The external examiner "
  "moderates the marks before the University's Board of Examiners meets in July.")
p("At the first and the last shiur participants rate their confidence against the 28 outcomes on the "
  "Cheshbon form, and we report the change to the Course Committee. We hope to see the effect of the "
  "course in the progress of pupils with SEN in Keshet schools in the years to come.")
p("Together the three Avodot cover every one of the national minimum outcomes. The University's Board "
  "of Examiners awards the Postgraduate Certificate in SEN Coordination (Keshet pathway) to participants "
  "who have passed Avodah 1, Avodah 2 and Avodah 3.")
p("Rabbi Dr Naomi Leibler, Director of Education, Keshet Board of Jewish Day Schools, February 2009",
  italic=True)

doc.save(OUT)
print("wrote", OUT)
