"""ey-01-rawdah-study-guide: build the .docx next to this script.

Provider (invented)
-------------------
The Rawdah Centre for Professional Learning, the professional development arm
of the Rawdah Schools Association (41 Muslim schools in West Yorkshire,
Lancashire and the West Midlands: four voluntary-aided and thirty-seven
independent), with the University of Hallamore School of Education, which has
validated the programme as a 60-credit Postgraduate Certificate at Level 7.
March 2009, for the September 2009 and January 2010 cohorts.

Kind of document and layout
---------------------------
The participants' STUDY-SKILLS GUIDE ("Studying at Masters Level"), handed out
at induction and sent to the panel as it stands with a shaded note on the
first page. Second person ("you") for the participant and "we" for the Centre.
Its purpose is study: what masters level means, reading, writing and
referencing, how the year runs, the assignments, getting help, managing time.
Arrangements for quality and partnership are only in a late section written
"for participants' information" (Section 12, "Behind the scenes").
Heading 1/2 styles with numbered titles typed in the text; a label/value
"at a glance" table; a level comparison table; a Saturday calendar table;
shaded one-cell "Try this" boxes; model paragraphs ("A weaker paragraph" /
"A stronger paragraph") in indented italics; Harvard reference examples;
a monthly study planner table; Appendix A who's who table; Appendix B outcome
table in the Centre's own short wording with group rows (no national codes);
Appendix C jargon buster. Header and footer. One Word comment.

Traps (requirement ids)
-----------------------
- Model paragraphs in Section 8 are examples of writing, not the Centre's
  arrangements: the "stronger paragraph" describes a school gathering pupils'
  views before review meetings (wrong context for 1.5 and 6.S7; both stay
  partially met from their own evidence, the topic list and an optional task).
- Credit for prior learning: certificated study accredited (APCL), experience
  explicitly not ("We are not able to give credit for experience on its own")
  -> 2.1 partially met.
- Assessment-only route negated far away, in Section 12.6, not in the credit
  section: "We have decided not to do this" -> 2.3 not met. The footer says
  "Assessment-only enquiries: please speak to the Programme Leader" (footer,
  never evidence; and no arrangement in any case).
- Online weeks: peers on the discussion board, but tutors "do not join in or
  reply during the week"; questions wait for the next study day; ICT used for
  materials and hand-in, schools written to by post -> 3.3 partially met
  (e-learning is used, so 3.3 applies).
- CRB: only the host school for the study visit asks to see the participant's
  disclosure, held by the participant's own school; tutors' own CRB checks
  (Appendix A note). No system by which the Centre verifies candidates ->
  5.3 not met (wrong context twice).
- School mentors "receive a copy of this guide"; a Word comment (not part of
  the submission) floats a June mentor briefing -> 5.7 partially met (tutors'
  induction and marking workshop are real).
- Stakeholders help deliver (mentors, guest speakers, host schools) but their
  part in evaluation is only "We would like ..." -> 4.3 partially met. 4.1 and
  4.2 met: the 2008 survey, the Heads' Forum, the Parents' Forum and Kirkbridge
  LA's SEN team, each with "So we ..." changes.
- Past arrangement: the ended "Certificate in SEN Awareness" and its placement
  week (noise; 5.5 is met by the current study visit and specialist speakers).
- "After the Award": progression to the MA and "talk to your head" only; no
  targets set -> 2.5 partially met.
- Blanket claim in Section 10: "the three assignments assess every one of the
  national outcomes" while Appendix B shows outcomes only in the unmarked
  Practice Record or a study circle, one in no assignment, one optional, and
  two outcomes with no row at all -> 1.9 and 6.0 partially met.
- Section 11 "Managing your time" is about the participant's own study time
  (wrong context for 6.A3, which is only in the unmarked Practice Record ->
  partially met).
- Criterion 6, per outcome from Appendix B plus the assignment briefs:
  formative only / unmarked: 6.A3, 6.A7, 6.K9, 6.S6, 6.S9 (partially met);
  taught, "-" in the marked column: 6.S2d (partially met); optional Part 4B
  only: 6.S7 (partially met); no row and nowhere else: 6.K4 (how children
  develop) and 6.S2c (encouraging colleagues' formative assessment) (not met).
  Everything else is taught and marked in a named assignment part (met).
- Values statement ("each child is an amanah") sits beside real aims and
  assessment (1.1 met).
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
OUT = HERE / "ey-01-rawdah-study-guide.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
for s in ("Heading 1", "Heading 2", "Heading 3"):
    doc.styles[s].font.color.rgb = RGBColor(0x1F, 0x4E, 0x3D)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def P(text="", lead=None, style=None, italic=False, size=None, align=None, indent=None, container=None):
    c = container if container is not None else doc
    p = c.add_paragraph(style=style) if style else c.add_paragraph()
    if lead:
        r = p.add_run(lead)
        r.bold = True
        if size:
            r.font.size = Pt(size)
    if text:
        r = p.add_run(text)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    if indent:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def H(text, level=1):
    return doc.add_heading(text, level=level)


def bullets(items, style="List Bullet"):
    for it in items:
        if isinstance(it, tuple):
            P(it[1], lead=it[0], style=style)
        else:
            P(it, style=style)


def box(title, paras, fill="E8F1EC"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.rows[0].cells[0]
    shade(cell, fill)
    cell.paragraphs[0].add_run(title).bold = True
    for x in paras:
        if isinstance(x, tuple):
            P(x[1], lead=x[0], container=cell)
        else:
            P(x, container=cell)
    doc.add_paragraph()
    return t


def table(header, rows, widths=None, group_fill="DCE9E2"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "1F4E3D")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for row in rows:
        if isinstance(row, str):  # group row, merged across
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1])
            m.text = ""
            m.paragraphs[0].add_run(row).bold = True
            shade(m, group_fill)
            continue
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


# ---------------------------------------------------------------- header/footer
hp = sec.header.paragraphs[0]
hp.text = "Studying at Masters Level  |  National Award for SEN Coordination  |  Rawdah Centre for Professional Learning"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = ("Study Guide 2009-10, first edition. Assessment-only enquiries: please speak to the Programme Leader.  Page ")
fp.runs[0].font.size = Pt(8)
fld = OxmlElement("w:fldSimple")
fld.set(qn("w:instr"), "PAGE")
r = OxmlElement("w:r")
t_ = OxmlElement("w:t")
t_.text = "1"
r.append(t_)
fld.append(r)
fp._p.append(fld)

# ---------------------------------------------------------------- cover
P("Rawdah Centre for Professional Learning", lead=None, size=16, align=WD_ALIGN_PARAGRAPH.CENTER).runs[0].bold = True
P("The professional development arm of the Rawdah Schools Association", size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
P("in partnership with the University of Hallamore School of Education", size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
doc.add_paragraph()
P("Studying at Masters Level", size=26, align=WD_ALIGN_PARAGRAPH.CENTER).runs[0].bold = True
P("A study guide for participants on the National Award for SEN Coordination", size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
P("Postgraduate Certificate in Special Educational Needs Coordination (60 credits at Level 7)", size=11,
  align=WD_ALIGN_PARAGRAPH.CENTER)
P("For the September 2009 and January 2010 cohorts. First edition, March 2009.", size=11, italic=True,
  align=WD_ALIGN_PARAGRAPH.CENTER)
doc.add_paragraph()

box("For the TDA approval panel", [
    "This is the study guide that every participant on our Award receives at the induction evening. We have sent it "
    "as our application as it stands, because it says, in the words our participants read, how the Award is "
    "organised, taught, supported and assessed. Section 12, \"Behind the scenes\", was written for participants' "
    "information but answers most of the questions a panel will have about quality and partnership, and Appendix B "
    "shows where each national outcome is worked on and where it is marked.",
    "Our Programme Handbook and the University's validation documents are not enclosed; we can send them on request.",
    "Dr Sameena Hafeez, Programme Leader, 16 March 2009",
], fill="FFF4D6")

P("Contents", lead=None).runs[0].bold = True
for line in [
    "1  Welcome", "2  The Award at a glance", "3  What \"masters level\" means", "4  Before you start",
    "5  How the year works", "6  Studying online", "7  Reading and using research", "8  Writing at masters level",
    "9  Referencing and academic honesty", "10  Your assignments", "11  Managing your time",
    "12  Behind the scenes: how we look after the quality of the Award", "13  Getting help",
    "14  After the Award", "Appendix A  Who's who", "Appendix B  Where you meet each national outcome",
    "Appendix C  Jargon buster",
]:
    P(line, indent=0.5)

# ---------------------------------------------------------------- 1
H("1  Welcome")
P("As-salamu alaykum, and welcome to the Award.")
P("You are joining the first cohort of a programme that the Rawdah Schools Association has wanted to offer for a long "
  "time. Our 41 member schools, four voluntary-aided and thirty-seven independent, teach about 9,400 pupils across "
  "West Yorkshire, Lancashire and the West Midlands. When we counted in 2008, 1,130 of those pupils were on a school's "
  "SEN register at School Action, School Action Plus or with a statement, and fourteen of our schools had nobody whose "
  "job it was to coordinate provision for them.")
P("In our tradition each child is an amanah, a trust placed with the adults around them. The Award takes that trust "
  "seriously in a practical way. Its purpose is not that you should know more, but that the pupils with special "
  "educational needs and disabilities in your school should learn better, be safer and healthier, enjoy school, take a "
  "fuller part in the life of the school and the community, and leave well prepared for adult life and work: the five "
  "outcomes of Every Child Matters. That is why every assignment asks you to show what difference your work has made, "
  "or is beginning to make, for those pupils, and why two of the three assignments ask for evidence of pupils' "
  "progress before and after something you changed.")
P("This guide is about the studying: what masters level asks of you, how to read and write at that level, how the "
  "year is organised, how your work is marked and where to get help. Keep it with you on study days. The Programme "
  "Handbook has the University's regulations in full.")

# ---------------------------------------------------------------- 2
H("2  The Award at a glance")
table(["", ""], [
    ["Award", "National Award for SEN Coordination"],
    ["University qualification", "Postgraduate Certificate in Special Educational Needs Coordination, University of Hallamore"],
    ["Credit", "60 credits at Level 7 (masters level) of the national framework for higher education qualifications"],
    ["Validated", "By the University of Hallamore School of Education, 11 February 2009, for five years"],
    ["Units", "Unit 1 The SENCO, the Law and the School (20 credits); Unit 2 Understanding and Meeting Needs (20 credits); "
              "Unit 3 Leading Provision and People (20 credits)"],
    ["Taught through", "Ten Saturday study days, four online weeks on Hallamore Online, monthly study circles, tasks in "
                       "your own school and one study visit to a specialist setting"],
    ["Assessed through", "Three assignments, one for each unit, and a Practice Record"],
    ["Starts", "Saturday 3 October 2009 (September cohort) or Saturday 16 January 2010 (January cohort)"],
    ["Length", "About eleven months; up to two years if you need to pause"],
    ["Venues", "Rawdah House, Kirkbridge; Al-Noor Girls' High School, Holmeford; University of Hallamore (library day)"],
    ["Fee", "Voluntary-aided schools: met from national funding for new SENCOs. Independent member schools: GBP 1,450, "
            "less the Association's bursary of GBP 500 for schools with fewer than 150 pupils"],
], widths=[4.5, 11.5])
doc.tables[-1].rows[0]._tr.getparent().remove(doc.tables[-1].rows[0]._tr)

# ---------------------------------------------------------------- 3
H("3  What \"masters level\" means")
P("Many of you last wrote an essay a long time ago. Some of you trained overseas, or studied at a dar al-ulum before "
  "your teaching qualification, and have never written for an English university. None of that is a disadvantage: "
  "masters-level study rewards exactly what experienced teachers have, which is a great deal of practice to think "
  "about. What changes is what you do with it.")
P("Markers on the Award look for three things. The first is critical engagement: you weigh what you read and what you "
  "see in school, rather than reporting it. The second is synthesis: you bring together the law, research, school data "
  "and the views of pupils, parents and colleagues, and show where they agree and where they pull against each other. "
  "The third is reflection that leads somewhere: you say what you would do differently and why. Description is "
  "needed, but on its own it will not pass.")
table(["At degree level you might ...", "At masters level you will ..."], [
    ["summarise what the Code of Practice says about School Action Plus",
     "ask how well the Code's stages fit a small independent school with no local authority support service, and "
     "what follows for your own practice"],
    ["describe an intervention your school runs", "judge it against evidence, including your own pupils' data, and "
                                                    "decide whether to keep, change or stop it"],
    ["quote a report", "compare two sources that disagree and say which you find more convincing, and why"],
    ["say what you learned", "say what you will now do, who has to agree, and how you will know it worked"],
], widths=[8, 8])
box("Try this", ["Take one paragraph of the last report you wrote for governors or parents. Underline every sentence "
                 "that describes. Circle every sentence that judges. If there are no circles, you have found your "
                 "starting point for the year."])

# ---------------------------------------------------------------- 4
H("4  Before you start")
H("4.1  Who the Award is for", 2)
P("The Award is for qualified teachers who have recently become, or are about to become, the special educational "
  "needs coordinator in a member school of the Association; teachers from other schools may join by arrangement. To "
  "join you need qualified teacher status, a first degree or an equivalent qualification, and your headteacher's "
  "nomination. On the nomination form your headteacher agrees to release you for the study visit and for at least two "
  "meetings a term with a school mentor, and to give you access to the school's data and staff for your assignments.")
P("Everyone who applies also sends a piece of writing of about 600 words on a pupil they have taught, and completes "
  "the Starting Review (4.2). The Programme Leader reads both. If they suggest that you are not yet ready for masters "
  "study, or that you have not yet had enough experience of pupils with SEN to make use of the Award, we will tell "
  "you so, talk with your headteacher, and suggest what would help first, usually the Centre's ten-evening "
  "Foundations in SEN course or a term of work alongside an experienced SENCO in another member school. You can then "
  "join the January or the following September cohort.")
H("4.2  Your Starting Review and Individual Learning Plan", 2)
P("Before the first study day you complete the Starting Review: forty short statements, drawn from the national "
  "outcomes for SENCOs, against which you rate yourself from 1 (new to me) to 4 (I could show a colleague how), with "
  "an example from your practice for any statement you rate 3 or 4. Your tutor reads it before your induction "
  "tutorial, which takes place in the first three weeks, and tests a few of your ratings in conversation. People "
  "often rate themselves highly on the law, for instance, from knowledge that dates from before the 2001 Code of "
  "Practice.")
P("At the tutorial you and your tutor agree your Individual Learning Plan. It names the five or six outcomes you will "
  "give most attention to, which of the three optional Saturday-morning workshops you will attend (academic writing, "
  "using school data, and SEN law for independent schools), the likely focus of your Assignment 2 enquiry, and how "
  "your school mentor will help. The Plan is reviewed at your spring tutorial and again at the end of the year.")
H("4.3  Credit for earlier study", 2)
P("If you have passed a masters-level university module in special educational needs in the last five years, you may "
  "be able to count up to 20 credits of it towards the Award in place of one unit's assignment. You apply on the "
  "University's APCL form before the course starts, with your transcript and the module's learning outcomes; the "
  "University's Credit Panel decides, and tells you which assignment the credit replaces.")
P("We are not able to give credit for experience on its own, however long; the University does not accredit "
  "experiential learning on this programme. Credit, where given, replaces an assignment, not the study days.")

# ---------------------------------------------------------------- 5
H("5  How the year works")
H("5.1  Study days", 2)
P("Study days run on Saturdays from 9.30 to 3.45, with a break for Zuhr prayer; each venue has prayer rooms for men "
  "and women, and lunch is provided. Rawdah House has a creche for participants' own children on study days, which "
  "must be booked a week ahead. Each study day starts from something recent (a report, a piece of research, a change "
  "in the law) and ends with a short task to carry out in your school before the next one.")
H("5.2  Online weeks", 2)
P("Four times in the year, instead of a study day, there is an online week on Hallamore Online (see Section 6).")
H("5.3  Study circles", 2)
P("Between study days you meet each month, for about two hours after school, in a study circle (halaqah) of five to "
  "seven participants from nearby schools. Circles meet in members' schools in turn and are led by participants in "
  "turn, using a discussion sheet we provide for each month. They are where you try out ideas, compare your school "
  "tasks and read each other's drafts. If you would prefer a women-only circle, say so on the induction form.")
H("5.4  School tasks and the Practice Record", 2)
P("After each study day there is a short task in your own school: for example, checking your SEN register against the "
  "Code of Practice, or listening to a colleague's account of a pupil and writing down what you would ask next. You log "
  "each task, each study circle and the study visit in your Practice Record, with a few lines of reflection.")
H("5.5  The study visit", 2)
P("Between January and May you spend one weekday at a specialist setting, arranged by the Centre with one of our three "
  "partner settings: Brook Lane School, Kirkbridge (a special school for pupils with moderate and severe learning "
  "difficulties); the Speech and Language Resource Base at Thornleigh Primary School, Holmeford; and the Hearing "
  "Support Base at Ashworth High School. A named teacher at the setting hosts you and you use the Centre's observation "
  "schedule. On arrival the host school will ask to see evidence of your enhanced CRB disclosure, which your own school "
  "holds; please bring the letter your school office gives you.")
H("5.6  Study days for the September 2009 cohort", 2)
table(["Date", "Unit and session", "Venue"], [
    ["Sat 3 Oct 2009", "Unit 1, session 1: the SENCO's role; SEN law and the Code of Practice; Every Child Matters", "Rawdah House"],
    ["Sat 17 Oct 2009", "Unit 1, session 2: disability equality law; accessibility planning", "Al-Noor"],
    ["w/b 2 Nov 2009", "Online week 1: SEN law in voluntary-aided and independent schools", "Online"],
    ["Sat 14 Nov 2009", "Unit 1, session 3: school self-evaluation, strategy and winning support", "Rawdah House"],
    ["Sat 5 Dec 2009", "Unit 2, sessions 1 and 2: behavioural, emotional and social difficulties; specific learning "
                       "difficulties including dyslexia; speech, language and communication needs", "Al-Noor"],
    ["w/b 4 Jan 2010", "Online week 2: tracking progress with national test and teacher assessment data; ICT for access "
                       "and learning", "Online"],
    ["Sat 23 Jan 2010", "Unit 2, sessions 3 and 4: autistic spectrum disorders; moderate learning difficulties; using "
                        "other professionals' assessments", "Rawdah House"],
    ["Sat 6 Feb 2010", "Library day: reading and writing at masters level", "University of Hallamore"],
    ["Sat 6 Mar 2010", "Unit 2, sessions 5 and 6: planning interventions and provision mapping; arrangements for tests "
                       "and examinations (handout)", "Al-Noor"],
    ["w/b 22 Mar 2010", "Online week 3 (Unit 3, session 1): deploying support staff", "Online"],
    ["Sat 24 Apr 2010", "Unit 3, sessions 2 and 3: observation, feedback and coaching; leading training", "Rawdah House"],
    ["w/b 10 May 2010", "Online week 4: transition between schools and into further education and training", "Online"],
    ["Sat 5 Jun 2010", "Unit 3, sessions 4 to 6: working with families, including through interpreters; pupil voice; "
                       "external agencies and voluntary groups", "Al-Noor"],
    ["Sat 3 Jul 2010", "Professional discussions; looking ahead", "Rawdah House"],
], widths=[3, 10, 3])
P("Because Ramadan is expected to end around 20 September 2009, the September cohort's first study day is 3 October. "
  "No study day falls in the week of Eid al-Adha.")
H("5.7  Other ways through the year", 2)
P("If you start in January you take Unit 1 and Unit 3 first and Unit 2 in the autumn, finishing in December 2010; Units "
  "2 and 3 can be taken in either order, and Unit 1 always comes first. If you need to pause, for maternity leave, "
  "Hajj, illness or a change of school, you can stop at the end of a unit and pick up with the next cohort, as long "
  "as you finish within two years of starting.")

# ---------------------------------------------------------------- 6
H("6  Studying online")
P("Hallamore Online is the University's web-based study area. You receive a University username at enrolment, and with "
  "it you can reach the readings for each session, the slides from each study day, the assignment briefs and the online "
  "weeks. Assignments are handed in through it and checked by Turnitin (Section 9).")
P("Each online week has a set of readings, two short recorded presentations by a tutor and a task, with a discussion "
  "board on which you post a response and reply to at least two other participants. The board belongs to the "
  "participants: tutors do not join in or reply during the week. If the material raises a question for your tutor, "
  "bring it to the next study day, which always begins with half an hour of questions from the online week.")
P("If you do not have a reliable internet connection at home, Rawdah House has four computers you may use on weekday "
  "evenings until 8 pm. We write to your headteacher by post each term to say how the course is going and what is "
  "coming up.")

# ---------------------------------------------------------------- 7
H("7  Reading and using research")
H("7.1  Where to find it", 2)
P("As a registered student of the University you may borrow from the University library and use its electronic "
  "journals from home with your Athens login, including the British Journal of Special Education, Support for "
  "Learning and the Journal of Research in Special Educational Needs. The library day in February shows you how.")
P("The Centre's resource base at Rawdah House lends standardised reading, spelling and number tests, the Inclusion "
  "Development Programme materials on dyslexia and on speech, language and communication needs, and assistive "
  "software (text-to-speech, word prediction and symbol-writing programs) with two laptops on which it is installed, "
  "which you may borrow for half a term to try in your school. Mr Mahmood keeps the loan book.")
H("7.2  The evidence behind the Award", 2)
P("The Award was written around recent evidence, and each study day starts from some of it. You will meet, among "
  "others, Ofsted's reports Special educational needs and disability: towards inclusive schools (2004) and Inclusion: "
  "does it matter where pupils are taught? (2006); Removing Barriers to Achievement (DfES, 2004); the Bercow Review of "
  "services for children and young people with speech, language and communication needs (2008); the Inclusion "
  "Development Programme (DCSF, 2008); the first findings of the national study of the deployment and impact of "
  "support staff (Blatchford and colleagues, 2008); and the Education (Special Educational Needs Co-ordinators) "
  "(England) Regulations 2008, which for the first time require the SENCO in a maintained school to be a qualified "
  "teacher.")
H("7.3  Reading critically", 2)
bullets([
    "Who wrote this, for whom, and when? A 2001 guidance document and a 2008 research report are different kinds of evidence.",
    "What kind of evidence is it: a survey, a case study, inspection findings, a trial? What can that kind of evidence show?",
    "Were schools like yours in it? Very little research has been done in Muslim schools or in small independent schools.",
    "What would you need to see in your own school before you acted on it?",
])

# ---------------------------------------------------------------- 8
H("8  Writing at masters level")
P("The quickest way to see the difference between description and analysis is to compare two versions of the same "
  "paragraph. The examples below are invented; they are models of writing, not descriptions of any one school.")
P("A weaker paragraph", lead=None).runs[0].bold = True
P("Pupil voice is very important. The Code of Practice says pupils should be involved in decisions. In my school we "
  "ask pupils for their views and this works well.", italic=True, indent=1)
P("A stronger paragraph", lead=None).runs[0].bold = True
P("The Code of Practice (DfES, 2001) expects pupils to take part in decisions about their provision but says little "
  "about how. In my school pupils' views are gathered on a form before each review meeting. When I read a year's forms, "
  "most answers from pupils with speech and language difficulties were a single word or blank, which suggests the "
  "form was measuring their literacy rather than their views. I therefore trialled a picture-based conversation with "
  "four pupils, and the targets they helped to set changed in two of the four cases.", italic=True, indent=1)
P("The stronger paragraph uses a source for what it is worth, brings in evidence from school, admits what the evidence "
  "suggests, and says what was done about it. It is also no longer than it needs to be.")
box("Try this", ["Rewrite the weaker paragraph about a topic from your own school: how teaching assistants are "
                 "deployed, how parents hear about review meetings, or how your school decides who goes on the SEN "
                 "register. Bring it to your study circle."])
P("Reflective writing, which you will use in the Practice Record and in Assignment 3, follows the same rule: say what "
  "happened, what you made of it, what others might make of it, and what you will now do. Use \"I\"; it is expected.")

# ---------------------------------------------------------------- 9
H("9  Referencing and academic honesty")
P("The University uses the Harvard system. In your text you give the author and year, and the page for a quotation; at "
  "the end you list every source in alphabetical order. Examples:")
bullets([
    "Department for Education and Skills (2001) Special Educational Needs Code of Practice. London: DfES.",
    "Ofsted (2006) Inclusion: does it matter where pupils are taught? London: Ofsted.",
    "Bercow, J. (2008) The Bercow Report: a review of services for children and young people (0-19) with speech, "
    "language and communication needs. Nottingham: DCSF.",
    "Lewis, A. and Norwich, B. (eds) (2005) Special Teaching for Special Children? Pedagogies for inclusion. "
    "Maidenhead: Open University Press.",
], style="List Bullet")
P("Everything you hand in is checked by Turnitin, which compares it with published sources and with other students' "
  "work. Copying, or handing in work written with someone else as if it were your own, is treated under the "
  "University's academic misconduct procedure. Reading a friend's draft in your study circle and commenting on it is "
  "not misconduct; writing it for them is.")

# ---------------------------------------------------------------- 10
H("10  Your assignments")
P("The Award is assessed through three assignments, one for each unit, each marked at masters level, and a Practice "
  "Record that you keep through the year. Between them, the three assignments assess every one of the national "
  "outcomes for SENCOs, so passing them shows that you have reached the national standard. Appendix B shows where "
  "each outcome is marked.")
P("To be awarded the Postgraduate Certificate and the National Award you must pass all three assignments, with a mark "
  "of at least 50 in each, and hand in a complete Practice Record.")
H("10.1  Assignment 1: Policy into practice (Unit 1; 4,000 words)", 2)
P("Review your school's SEN policy and accessibility plan against the law (the Code of Practice, the Disability "
  "Discrimination Act and the disability equality duty, and for independent schools the independent school standards) "
  "and against the five Every Child Matters outcomes. Use your school's self-evaluation and development plan to "
  "identify two priorities for pupils with SEN. Present your findings and a costed action plan to your headteacher and "
  "at least one governor or a representative of the proprietor, and write up the presentation, the discussion and what "
  "was agreed. Include your headteacher's signed note of the meeting.")
P("Hand in: September cohort, Monday 18 January 2010.", italic=True)
H("10.2  Assignment 2: Enquiry into practice (Unit 2; 5,000 words)", 2)
P("Identify a group of four to eight pupils whose progress concerns you, using classroom observation, your school's "
  "tracking data (including national test and teacher assessment results) and reports from other professionals. "
  "Profile their needs, drawing on what is known about their type of special educational need. Take baseline measures, "
  "set challenging targets with colleagues, and plan and run an intervention for at least eight weeks, shown on a "
  "provision map for the group. Measure again. Discuss what the evidence shows, what you decided when things did not "
  "go to plan, what the research says, and what your school should do next. Include at least one use of ICT in the "
  "intervention or in its assessment, and weigh it critically.")
P("Hand in: September cohort, Monday 19 April 2010.", italic=True)
H("10.3  Assignment 3: Leading provision and people (Unit 3; portfolio and professional discussion)", 2)
P("The portfolio is equivalent to 4,000 words and has four parts.")
bullets([
    ("Part 1, Observation and feedback. ", "Observe a colleague teaching a class that includes pupils with SEN, give "
     "feedback and agree next steps. Include your notes and your colleague's written response."),
    ("Part 2, Deploying support staff. ", "Review how teaching assistants are deployed in one year group or "
     "department, propose a revised deployment, and record how you introduced it and what happened."),
    ("Part 3, Working with a family. ", "Plan, hold and record a review meeting with a pupil's parents or carers, using "
     "an interpreter where needed, and reflect on your relationship with the pupil and the family."),
    ("Part 4, one of two options. ", "Option A: plan, lead and evaluate a training session for colleagues. Option B: "
     "involve two pupils with SEN in planning and reviewing their own provision, and evaluate what changed."),
])
P("In the professional discussion (20 minutes, two tutors, on the last study day) you talk through your portfolio and "
  "answer questions on it. The tutors assess how clearly you explain your decisions and how you listen and respond.")
P("Hand in: September cohort, Monday 21 June 2010.", italic=True)
H("10.4  The Practice Record", 2)
P("The Practice Record holds your school tasks, study circle notes, study visit notes and reflections. It is not "
  "marked, but it must be complete for the Award. Your tutor reads it at each tutorial and writes comments in it.")
H("10.5  How your work is marked", 2)
P("Your tutor marks each assignment against the University's masters-level criteria and the outcomes the assignment "
  "assesses, and writes feedback within four weeks. A second tutor marks a sample of at least one in four scripts, "
  "every fail and every script within three marks of a grade boundary, and the two markers agree the mark. Before "
  "marks are confirmed, tutors from the Centre and the University meet to moderate a sample of every assignment from "
  "both cohorts, and the external examiner, Professor David Lowther of the University of Norbridge, reads a sample and "
  "all fails and reports to the University's Examination Board. Marks are provisional until the Board has met.")
P("If you fail an assignment you may resubmit it once, within six weeks of receiving feedback; the mark for a "
  "resubmission is capped at 50. Extensions of up to two weeks can be agreed by the Programme Leader; longer ones go to "
  "the University's mitigating circumstances panel, on the form in the Programme Handbook.")

# ---------------------------------------------------------------- 11
H("11  Managing your time")
P("Most of you will be studying while teaching nearly full time, leading SEN in your school and looking after a "
  "family. Participants in the University's own programme say the same three things help most: protect two study "
  "sessions a week and treat them like a lesson you cannot cancel; plan backwards from each hand-in date; and ask for "
  "help at home before the busy weeks, not during them.")
table(["Month", "What to be doing (September cohort)"], [
    ["October", "Starting Review and induction tutorial; begin the Practice Record; read for Assignment 1"],
    ["November", "Gather your school's policy, accessibility plan and self-evaluation; plan the presentation"],
    ["December", "Hold the presentation; draft Assignment 1; choose your Assignment 2 group"],
    ["January", "Hand in Assignment 1; take baseline measures"],
    ["February", "Library day; run the intervention; read for Assignment 2"],
    ["March", "Continue the intervention; draft the literature section"],
    ["April", "Measure again; hand in Assignment 2; arrange the observation for Assignment 3"],
    ["May", "Observation and feedback; deployment review; choose Part 4 option"],
    ["June", "Family review meeting; hand in the portfolio; complete the Practice Record"],
    ["July", "Professional discussion; final tutorial"],
], widths=[3, 13])
box("Try this", ["Block your two study sessions in your diary now, for the whole of October. If you cannot find them, "
                 "talk to your school mentor this week, not in December."])

# ---------------------------------------------------------------- 12
H("12  Behind the scenes: how we look after the quality of the Award")
P("This section is for your information. You do not need it to pass, but you have a right to know how the Award is run "
  "and how your views are used.")
H("12.1  Why the Award looks as it does", 2)
P("In spring 2008 we sent a questionnaire to all 41 member schools and 36 replied. We also held a consultation morning "
  "at the Association's Heads' Forum in May 2008, met the Rawdah Parents' Forum in June 2008, and asked the SEN team of "
  "Kirkbridge Council, which supports our voluntary-aided schools, what it wanted from SENCOs in those schools. Some of "
  "what we heard, and what we did about it:")
bullets([
    ("Heads of independent schools told us ", "that they have no budget for supply cover. So we teach on Saturdays, and "
     "the only weekday you miss is the study visit."),
    ("Fourteen schools had no SENCO at all, ", "and eleven heads said new SENCOs did not know where independent schools "
     "stand in SEN law. So there is an online week on that question and an optional workshop on SEN law for "
     "independent schools."),
    ("The Parents' Forum told us ", "that many families feel unheard in review meetings, especially where English is not "
     "the first language at home. So Unit 3 has a session on working with families through interpreters, and "
     "Assignment 3 asks you to hold and reflect on a review meeting with a family."),
    ("Kirkbridge Council's SEN team asked ", "for SENCOs who use data confidently at School Action Plus. So online week 2 "
     "and Assignment 2 are built around tracking data."),
])
H("12.2  Who else takes part", 2)
P("Your school mentor, usually the head or a deputy, meets you at least twice a term, helps you get access to data and "
  "colleagues for your assignments, and signs your Practice Record. Mentors receive a copy of this guide so that they "
  "know what the Award asks of you.")
P("Guest speakers on the June study day include an educational psychologist from Kirkbridge Council, a speech and "
  "language therapist from the local NHS trust, and parents from the Sabr Family Support Group, a voluntary group for "
  "Muslim families of disabled children. The three partner settings in 5.5 host the study visits.")
P("At present the Award is evaluated by participants and by the Centre's and the University's staff. We would like "
  "headteachers and the Parents' Forum to have a part in evaluating it once the first cohort has finished, and we will "
  "talk to them about how.")
H("12.3  How we check and improve the Award", 2)
bullets([
    "You complete a short evaluation slip at the end of every study day and an online questionnaire at the end of each unit.",
    "In March the University link tutor, who does not teach on the study days, runs a focus group with each cohort "
    "without Centre staff present.",
    "The external examiner reports each year on standards and on the assignments themselves.",
    "Each summer we write an annual monitoring report for the University's Programme Committee, drawing on all of the "
    "above, with an action plan for the next year. The Committee checks that the actions were taken.",
    "Every study day begins with a \"You said, we did\" slide answering points from the last round of evaluations.",
])
H("12.4  What difference does the Award make?", 2)
P("We want to know whether the Award changes what happens for pupils, not only whether you enjoyed it. You repeat the "
  "Starting Review at your final tutorial, with a rating of your confidence against each statement, so that we can "
  "compare the start and the end of the year across the cohort. The before and after measures for your Assignment 2 "
  "pupils are summarised, without names, in the annual monitoring report. Six months after the Award we send your "
  "headteacher a short questionnaire about changes in the school's provision and in the progress of pupils on the SEN "
  "register.")
H("12.5  Who teaches you", 2)
P("Appendix A lists the team. Tutors new to the Award attend the University's half-day induction for associate tutors "
  "and a marking workshop before the first assignment is marked. Two of the tutors teach in member schools one day a "
  "week, and all tutors attend the University's annual seminar on SEN research.")
H("12.6  Things we have decided not to do", 2)
P("Some providers let very experienced SENCOs present for assessment without attending the course. We have decided "
  "not to do this for the first two cohorts: every participant, however experienced, takes the taught programme.")
P("Until summer 2008 the Centre ran a twelve-evening Certificate in SEN Awareness for teachers and teaching assistants, "
  "which included a week's placement in a special school. That course has ended; the Award replaces it for teachers, "
  "and the placement week is not part of the Award.")

# ---------------------------------------------------------------- 13
H("13  Getting help")
P("Your tutor.", lead=None).runs[0].bold = True
P("You have a named tutor for the year and three tutorials: induction (face to face), spring (by telephone) and "
  "summer (face to face). Between tutorials your tutor answers email within five working days.")
P("Study skills.", lead=None).runs[0].bold = True
P("Ms Farzana Akhtar of the University's Learning Development Centre leads the library day and the academic writing "
  "workshop, and offers each participant two individual sessions on a draft.")
p_mentor = P("Your school mentor.", lead=None)
p_mentor.runs[0].bold = True
p_m2 = P("See 12.2. If your mentor changes during the year, tell the Centre Administrator so that we can send the new "
         "mentor a copy of this guide.")
P("Disability, dyslexia and other needs.", lead=None).runs[0].bold = True
P("If you have a disability, a specific learning difficulty such as dyslexia, a long-term health condition or a mental "
  "health difficulty, please tell us, on the application form, at induction or at any time. We ask because we can "
  "only make adjustments we know about, and telling us will never count against you in selection or in assessment. "
  "With your agreement we pass the information to the University's Disability Service, which can arrange a dyslexia "
  "assessment, assistive software and a Learning Support Plan that your tutors and markers follow, including extra "
  "time for assignments where it is recommended. On study days we can provide handouts in large print or by email in "
  "advance, a hearing loop at Rawdah House, and seating to suit you. The training rooms at Rawdah House are on the "
  "ground floor with level access, and the hall at Al-Noor is reached by a lift; if a venue does not suit you we will "
  "move the session. Our leaflet and application form say all this, and both are available in large print.")
P("Complaints.", lead=None).runs[0].bold = True
P("Talk to your tutor or the Programme Leader first. If that does not settle it, the University's complaints procedure "
  "applies, and the Programme Handbook explains it.")

# ---------------------------------------------------------------- 14
H("14  After the Award")
P("At your final tutorial we talk about what comes next. Many participants go on to the University's MA in Inclusive "
  "Education, in which the Award's 60 credits count in full; others go on to lead SEN work across several of the "
  "Association's schools. Your headteacher is the best person to talk to about your next steps, and we hope you will. "
  "The Association's SENCO network meets each term and is open to everyone who has taken the Award.")

# ---------------------------------------------------------------- App A
H("Appendix A  Who's who")
table(["Name", "Role on the Award", "Background"], [
    ["Dr Sameena Hafeez", "Programme Leader; tutor, Units 1 and 3",
     "SENCO for nine years at Kirkbridge Crescent Primary School (VA); the Association's Inclusion Adviser since 2005; "
     "EdD, University of Hallamore (2007), on Muslim parents' experience of SEN processes"],
    ["Mr Yusuf Patel", "Tutor, Unit 3", "SENCO and assistant headteacher at Holmeford Boys' High School (VA) until 2008; "
     "MA in Inclusive Education; National Professional Qualification for Headship; teaches one day a week at Holmeford"],
    ["Mrs Ruth Ellison", "Tutor, Unit 2", "Educational psychologist with Kirkbridge Council for 22 years, now "
     "independent; chartered psychologist"],
    ["Mrs Nusrat Begum", "Tutor, Unit 2", "Specialist teacher for specific learning difficulties; postgraduate diploma "
     "in SpLD; assesses for examination access arrangements; teaches one day a week in member schools"],
    ["Dr Helen Markham", "University link tutor; second marker", "Senior Lecturer in Inclusive Education, University of "
     "Hallamore; leads the University's own SEN programmes"],
    ["Ms Farzana Akhtar", "Study skills", "Learning Developer, University of Hallamore Learning Development Centre"],
    ["Professor David Lowther", "External examiner", "Professor of Special and Inclusive Education, University of Norbridge"],
    ["Mr Tariq Mahmood", "Centre Administrator", "First contact for study visits, loans, extensions and the creche"],
], widths=[3.5, 4, 8.5])
P("All Centre tutors hold enhanced CRB disclosures, checked by the Association and renewed every three years.",
  italic=True)

# ---------------------------------------------------------------- App B
H("Appendix B  Where you meet each national outcome")
P("The national outcomes are given here in our own short words. \"Where you work on it\" is where it is taught or "
  "practised; \"Where it is marked\" is the assessment in which markers look for it.")
table(["National outcome (in brief)", "Where you work on it", "Where it is marked"], [
    "Professional attributes",
    ["Build fair, respectful relationships with pupils with SEN and their families", "Unit 3, sessions 4 and 5",
     "Assignment 3, Part 3"],
    ["Win the commitment of colleagues, including the head and senior leaders", "Unit 1, session 3",
     "Assignment 1 (presentation and head's note)"],
    ["Prioritise, manage time and delegate well", "Study circles; school tasks", "Practice Record (not marked)"],
    ["Solve problems and make sound decisions about provision", "Unit 2", "Assignment 2"],
    ["Explain clearly in speech and writing; listen to others", "All units",
     "All assignments (writing); Assignment 3 professional discussion"],
    ["Use research and outside advice to improve practice", "Unit 2; library day", "Assignment 2"],
    ["Keep up to date and take charge of your own professional development", "Final tutorial; SENCO network",
     "Practice Record (not marked)"],
    "Knowledge and understanding",
    ["SEN law and guidance, including the Code of Practice", "Unit 1, sessions 1 and 2; online week 1", "Assignment 1"],
    ["Every Child Matters and the SENCO's part in it", "Unit 1, session 1", "Assignment 1"],
    ["Disability equality law and what it requires", "Unit 1, session 2", "Assignment 1"],
    ["The common types of SEN and how they affect learning", "Unit 2, sessions 1 to 4", "Assignment 2"],
    ["Approaches to assessment, planning and teaching, including ICT", "Unit 2, sessions 4 and 5; online week 2",
     "Assignment 2"],
    ["School self-evaluation and improvement", "Unit 1, session 3", "Assignment 1"],
    ["Research and best practice in meeting SEN", "All units; library day", "Assignment 2"],
    ["External agencies and how to get specialist help", "Unit 3, session 6", "Study circle discussion"],
    "Skills",
    ["Influence strategy, policy and resources with senior colleagues and governors", "Unit 1, session 3",
     "Assignment 1"],
    ["Identify pupils, set targets, plan interventions and review progress", "Unit 2, session 5", "Assignment 2"],
    ["Use other professionals' assessments", "Unit 2, session 4", "Assignment 2"],
    ["Use national test and other summative data to track progress", "Online week 2", "Assignment 2"],
    ["Arrangements for tests and examinations", "Unit 2, session 6 (handout)", "-"],
    ["Provision mapping; finding gaps in provision", "Unit 2, session 5", "Assignment 2"],
    ["Deploy and manage staff", "Online week 3 (Unit 3, session 1)", "Assignment 3, Part 2"],
    ["Support colleagues' professional development", "Unit 3, sessions 2 and 3", "Assignment 3, Parts 1 and 4A"],
    ["Review provision with colleagues for self-evaluation", "Unit 1 school task", "Practice Record (not marked)"],
    ["Involve pupils in planning and reviewing their provision", "Unit 3, session 4 (pupil voice)",
     "Assignment 3, Part 4B (if chosen)"],
    ["Liaise with parents and carers", "Unit 3, sessions 4 and 5", "Assignment 3, Part 3"],
    ["Work with other services, including voluntary groups", "Unit 3, session 6; study visit",
     "Study circle discussion"],
], widths=[7, 4.5, 4.5])

# ---------------------------------------------------------------- App C
H("Appendix C  Jargon buster")
table(["Term", "What it means on the Award"], [
    ["APCL", "Accreditation of prior certificated learning: credit for a university module you have already passed (4.3)"],
    ["APEL", "Accreditation of prior experiential learning: credit for experience. Not offered on the Award"],
    ["Athens", "The login that lets you read the University's electronic journals from home"],
    ["Halaqah", "Study circle: your monthly peer group"],
    ["Level 7", "Masters level in the national framework for higher education qualifications"],
    ["Practice Record", "Your log of school tasks, study circles and the study visit; required but not marked"],
    ["Provision map", "A table of the additional provision a school makes, for whom, by whom, how often and at what cost"],
    ["Turnitin", "Software that checks written work against published sources and other students' work"],
], widths=[3.5, 12.5])

# ---------------------------------------------------------------- comment
doc.add_comment(p_m2.runs, text="Sameena - shall we say here that mentors will be invited to the mentor briefing we "
                "are planning for June? Not yet agreed with the Dean, so perhaps leave it out for now. HM",
                author="Helen Markham", initials="HM")

doc.core_properties.author = 'Sameena Hafeez'
doc.core_properties.last_modified_by = 'Sameena Hafeez'
doc.core_properties.title = 'Studying at Masters Level: study guide 2009-10'
doc.save(OUT)
print("wrote", OUT)
