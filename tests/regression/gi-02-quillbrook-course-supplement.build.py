"""gi-02-quillbrook-course-supplement: build script.

PROVIDER (invented): the Quillbrook Dyslexia Association, a national dyslexia
and specific learning difficulties charity whose training arm, Quillbrook
Teacher Training, already runs its own certificate and diploma courses for
specialist teachers, applying with the University of Axenford, which validates
the "National Award for SEN Coordination" as a Postgraduate Certificate.

DOCUMENT KIND AND LAYOUT: the participants' "Course Supplement 2009-10", a
supplement to the Association's general Student Handbook (which it keeps
referring to, and which is NOT enclosed), written to "you", draft v0.9 with the
University partnership office's tracked changes and comments left in, sent as
the application with a short shaded note for the panel. Heading 1 / Heading 2
styles carrying the supplement's own codes (S1-S12, S4.3 etc., which look like
requirement ids but are not). A "Where to find it" cross-reference table; an
"At a glance" field table with a bracketed placeholder; a study-day table with
a "[date TBC]"; a task table; a tutors table; Appendix 1 "Your Outcome Record",
29 numbered lines in the Association's own words with shaded merged group rows,
"Where you learn" and "Evidence" columns and blank signature cells. Header
("DRAFT v0.9") and footer with a PAGE field.

TRAPS (requirement ids):
- E.2 partially_met: Level 7 is stated but the credit value is a placeholder
  "[credit value to be confirmed by the University's Academic Board]".
- 2.1 not_met: S4.4 says plainly that no APL is offered; the University's
  comment suggesting its RPL regulations is not part of the submission.
- 2.2 partially_met: the Self-Review happens at Study Day 1 (not before the
  course) and only "helps you see where to focus"; no individual plan or
  personalised outcomes are set from it.
- 2.3 partially_met: the "Fast Track" for experienced SENCOs reduces
  attendance but is not an assessment-only route.
- 2.5 not_met: the "Next steps tutorial" paragraph in S12 is a tracked
  DELETION (with a comment); what remains is the certificate and a ceremony.
- 3.1 not_met: S10 is a statement of commitment plus a cross-reference to
  section 9 of the Student Handbook, which is not enclosed; no arrangement is
  described in the submission.
- 3.2 met: "and in January 2010" is a tracked INSERTION; Saturday/weekday
  patterns and the Fast Track also count.
- 3.3 partially_met: Quillbrook Online (Moodle) with a peer forum, but tutors
  "do not monitor" it, support between days is email only, and nothing on ICT
  for communication with schools or among tutors.
- 4.3 partially_met: stakeholders (the parents' forum, an LA officer, host
  settings) take part in delivery, but S11 says only participants evaluate the
  course and heads and the LA are not asked (negation).
- 5.7 partially_met: tutors are standardised and have a Tutor Guide, but "We
  do not provide training for school mentors".
- 5.9 partially_met: participants' confidence is compared (Self-Review at start
  and end), but Task 2's pupil measures are not used for evaluation ("We do
  not at present collect your pupils' results"); only an intention to discuss.
- 1.9 partially_met and 6.S6 partially_met: Line 26's evidence cell is a
  tracked replacement of "Task 3" by "[to be agreed with the University]".
- 6.0 met: the award needs all four tasks passed AND every line of the Outcome
  Record signed by tutor and second marker.
- 6.A3 partially_met: assessed (Task 4 commentary) but "Where you learn" is
  "No study day" (assessed but not developed).
- 6.K4 partially_met: "Recommended reading only" (Reading List B); assessed in
  Task 2 but not taught.
- 6.K5 partially_met: Line 12 and Study Day 2 cover only dyslexia and related
  specific learning difficulties, not BESD, SLCN, ASD or MLD (half of it).
- 6.S5 partially_met: Line 25 is only "plan and lead a training session";
  observation and feedback, modelling and coaching are absent.
- 5.3 met (wrong-looking but right): CRB disclosure checked at registration,
  new disclosure if out of school for three months, head's reference on
  conduct and discipline, GTC register check.
- 5.5 met: two visit days at host settings arranged by a Placements
  Coordinator, plus guest specialists.
"""
# ---- helpers (python-docx plus raw OOXML) ----
import re, zipfile, shutil, os
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
FOOTNOTES = []
_REV = [100]


def _rid():
    _REV[0] += 1
    return str(_REV[0])


def para(doc_or_cell, text="", bold=False, italic=False, size=None, style=None, align=None, space_after=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        add_text(p, text, bold=bold, italic=italic, size=size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_text(p, text, bold=False, italic=False, size=None, color=None):
    """Add text; **x** marks bold spans."""
    parts = re.split(r"(\*\*[^*]+\*\*)", text)
    runs = []
    for part in parts:
        if not part:
            continue
        b = bold
        if part.startswith("**") and part.endswith("**"):
            part, b = part[2:-2], True
        r = p.add_run(part)
        r.bold = b
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        runs.append(r)
    return runs


def footnote(p, text):
    fid = len(FOOTNOTES) + 1
    FOOTNOTES.append((fid, text))
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r.append(ref)
    p._p.append(r)


def ins_run(p, text, author, date="2009-01-12T10:00:00Z"):
    e = OxmlElement("w:ins")
    e.set(qn("w:id"), _rid()); e.set(qn("w:author"), author); e.set(qn("w:date"), date)
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = text
    r.append(t); e.append(r); p._p.append(e)


def del_run(p, text, author, date="2009-01-12T10:00:00Z"):
    e = OxmlElement("w:del")
    e.set(qn("w:id"), _rid()); e.set(qn("w:author"), author); e.set(qn("w:date"), date)
    r = OxmlElement("w:r"); t = OxmlElement("w:delText"); t.set(qn("xml:space"), "preserve"); t.text = text
    r.append(t); e.append(r); p._p.append(e)


def mark_para_deleted(p, author, date="2009-01-12T10:00:00Z"):
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _rid()); d.set(qn("w:author"), author); d.set(qn("w:date"), date)
    rpr.append(d); ppr.append(rpr)


def deleted_para(container, text, author, date="2009-01-12T10:00:00Z"):
    p = container.add_paragraph()
    del_run(p, text, author, date)
    mark_para_deleted(p, author, date)
    return p


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    add_text(p, lines[0], bold=bold, italic=italic, size=size)
    for ln in lines[1:]:
        add_text(cell.add_paragraph(), ln, bold=bold, italic=italic, size=size)
    return p


def table(doc, rows, header=True, widths=None, style="Table Grid", size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(t.cell(i, j))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def page_field(p):
    f = OxmlElement("w:fldSimple")
    f.set(qn("w:instr"), " PAGE ")
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r.append(t); f.append(r)
    p._p.append(f)


def finish(doc, name):
    out = HERE / name
    doc.save(out)
    if not FOOTNOTES:
        return
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    fx = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>',
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for fid, text in FOOTNOTES:
        fx.append(f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:pPr>'
                  f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
                  f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
    fx.append("</w:footnotes>")
    tmp = out.with_suffix(".tmp")
    with zipfile.ZipFile(out) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.decode().replace("</Types>",
                    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>').encode()
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.decode().replace("</Relationships>",
                    '<Relationship Id="rIdFootnotes1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>').encode()
            zout.writestr(item, data)
        zout.writestr("word/footnotes.xml", "".join(fx))
    shutil.move(tmp, out)
# ---- end helpers ----

UNI = "J. Okafor (Axenford Partnerships)"
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
for hs, sz in (("Heading 1", 14), ("Heading 2", 12)):
    doc.styles[hs].font.name = "Calibri"
    doc.styles[hs].font.size = Pt(sz)
    doc.styles[hs].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
add_text(hp, "Quillbrook Teacher Training  |  SENCO Award Course Supplement 2009-10  |  DRAFT v0.9", size=8, color="808080")
fp = sec.footer.paragraphs[0]
add_text(fp, "Quillbrook Dyslexia Association, Quillbrook House, Mill Lane, Axenford AX1 4PL  ·  Page ", size=8)
page_field(fp)


def H1(t):
    return doc.add_heading(t, level=1)


def H2(t):
    return doc.add_heading(t, level=2)


def P(t, **kw):
    return para(doc, t, **kw)


def B(t):
    p = doc.add_paragraph(style="List Bullet")
    add_text(p, t)
    return p


P("Quillbrook Teacher Training", bold=True, size=12)
P("in partnership with the University of Axenford", italic=True)
P("National Award for SEN Coordination", bold=True, size=20)
P("Course Supplement 2009-10", bold=True, size=16)
P("To be read with the Quillbrook Student Handbook 2009-10", italic=True)
P("Version 0.9, February 2009, with the University's comments")

nt = doc.add_table(rows=1, cols=1)
nt.style = "Table Grid"
c = nt.cell(0, 0)
shade(c, "FFF2CC")
cell_text(c, "For the TDA approval panel", bold=True)
add_text(c.add_paragraph(), "We are sending you this Supplement as our application because it is what our participants will receive, and it sets out everything that is particular to the Award. The Quillbrook Student Handbook 2009-10, which the Supplement refers to for policies common to all our courses, is being revised and is not enclosed. We have left the University's tracked changes and comments in the draft so that you can see where the two partners have got to. Contact: Dr Priya Nandra, Course Leader.")

H1("S1  How to use this Supplement")
P("Welcome to the National Award for SEN Coordination. This Supplement tells you what is different about the Award from our other courses: why it is shaped as it is, what you will do and when, how you are assessed, and who will help you. Everything that applies to all Quillbrook students (fees and refunds, complaints and appeals, extenuating circumstances, plagiarism, and support for disabled students) is in the Student Handbook, which you will receive at registration. Please keep both together.")
table(doc, [
    ["If you want to know about…", "Look in"],
    ["Who can apply, checks, prior learning, the Fast Track", "This Supplement, S4"],
    ["Your Self-Review", "This Supplement, S5"],
    ["Study days, school visits and reading", "This Supplement, S6"],
    ["Quillbrook Online", "This Supplement, S7"],
    ["The four Tasks, marking and the award", "This Supplement, S8 and Appendix 1"],
    ["Your tutor and your school mentor", "This Supplement, S9"],
    ["Disability, dyslexia and access", "Student Handbook, section 9"],
    ["Extenuating circumstances and extensions", "Student Handbook, section 7"],
    ["Complaints and appeals", "Student Handbook, section 12"],
], widths=[9, 6])

H1("S2  The Award at a glance")
g = table(doc, [
    ["Awarded by", "University of Axenford: Postgraduate Certificate in SEN Coordination, which carries the National Award for SEN Coordination"],
    ["Level and credit", "Level 7 (Master's level); [credit value to be confirmed by the University's Academic Board]"],
    ["Length", "Three terms, part-time, alongside your job"],
    ["Starts", ""],
    ["Study days", "Seven, each offered on a Thursday at Quillbrook House, Axenford, and repeated on the following Saturday at our Manchester centre"],
    ["School visits", "Two days at a host setting (see S6.4)"],
    ["Tasks", "Four, all carried out in your own school (see S8)"],
    ["Fee", "£1,250, including Quillbrook Online, the test loan service and library membership"],
    ["Course Leader", "Dr Priya Nandra, Quillbrook House (01632 960 771)"],
], header=False, widths=[4, 11])
for r in g.rows:
    shade(r.cells[0], "DEEAF6")
    r.cells[0].paragraphs[0].runs[0].bold = True
sp = g.cell(3, 1).paragraphs[0]
add_text(sp, "September 2009")
ins_run(sp, " and January 2010", UNI, "2009-02-10T11:02:00Z")

H1("S3  Why the course looks the way it does")
P("In the spring of 2008 we asked the 140 SENCOs on our mailing list, and the SEN teams of twelve local authorities, what a teacher new to the SENCO role most needs. Ninety-seven SENCOs and nine authorities replied. We also asked the Association's parents' forum what they most wanted from their children's SENCOs. This is what they told us:")
B("New SENCOs felt confident about individual pupils but not about leading colleagues, talking to senior leaders or governors, or using data to show whether provision was working.")
B("Release from school on weekdays is hard to get, especially in small primary schools.")
B("Authorities wanted SENCOs who know their local services and who do not try to do everything themselves.")
B("Parents wanted SENCOs who can explain an assessment report in plain words and who ask the child what helps.")
P("So we have made four changes to the way we usually teach. Every study day runs twice, once on a Saturday. Every task is carried out in your own school and is about leading provision, not only about teaching individual pupils. A local authority officer and members of our parents' forum teach with us. And Task 2 asks you to talk with pupils about their learning and to share what you find with their parents.")

H1("S4  Before you start")
H2("S4.1  Who can apply")
P("You must hold Qualified Teacher Status, have taught for at least two years, and be your school's SENCO or have been designated to become SENCO. Your headteacher must sign the application form to agree that you can attend the study days and the two visit days, and that you will have the time in school to carry out the Tasks.")
H2("S4.2  How we decide")
P("We read your application and your headteacher's reference, and the Course Leader or a tutor then talks with you for about half an hour (by telephone or at Quillbrook House) about your experience of teaching pupils with SEN, your role in school and what you hope to gain. If we think you are not yet ready to meet all the outcomes of the Award within the year, we will tell you why, suggest what to do first (most often our one-term Certificate in Teaching Learners with Dyslexia, or a term working alongside an experienced SENCO), and write to your headteacher to explain. You can apply again for the next intake.")
H2("S4.3  Checks")
P("At registration on Study Day 1 you must show the course administrator your enhanced disclosure from the Criminal Records Bureau. We record its number and date of issue; we do not keep a copy. If you have not worked in a school or college, in a post with regular contact with children or young people, during the three months before the course starts, you must apply for a new enhanced disclosure through the Association before Study Day 1, and we will not register you until it has arrived. Your headteacher's reference must also confirm that there are no concerns about your conduct and that you are not subject to any disciplinary proceedings, and we check the General Teaching Council register to confirm that you are not barred from teaching. The same checks are made on Fast Track participants.")
H2("S4.4  Prior learning")
P("We do not offer accreditation of prior learning (APL) on this Award: everyone completes all four Tasks. Your earlier study will not be wasted, though. If you already hold one of our specialist teaching qualifications you will find parts of Study Days 2 and 4 familiar, and you can use what you know in your Tasks.")
H2("S4.5  The Fast Track for experienced SENCOs")
P("If you have been a SENCO for three years or more, you may ask to join the Fast Track. Fast Track participants attend Study Days 1 and 7 and one visit day, have three tutorials instead of two, and submit the same four Tasks and the same Outcome Record as everyone else. The fee is £850.")

H1("S5  Your Self-Review")
P("At Study Day 1 you will complete the Self-Review: twenty-nine statements, one for each line of your Outcome Record (Appendix 1), which you rate from 1 (\"new to me\") to 4 (\"I do this well and could show others\"). It helps you see where to focus your reading and which choices to make in the Tasks. Keep it in your portfolio: you will complete it again at the end of the course.")
P("You have two individual tutorials with your tutor, in the autumn and spring terms. At each one you talk about your progress in the Tasks and your tutor suggests reading and contacts that fit your school and your choice of focus.")

H1("S6  The course")
H2("S6.1  What the Award is for")
P("The Award is there to improve the progress, well-being and participation of children and young people with special educational needs and disabilities in your school: in their learning, and in being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. It does this by developing you as the teacher who leads provision for them, so that every Task asks you to show what has changed for pupils in your school.")
H2("S6.2  Study days")
P("Each study day runs from 9.30 to 3.30. Each opens with \"What's new\", a fifteen-minute briefing from a tutor on recent research, Ofsted reports and changes in policy, and closes with a task to try in school before the next day.")
table(doc, [
    ["Day", "Thursday / Saturday", "What we cover", "Guest", "Before the next day"],
    ["1", "24 / 26 Sept", "The SENCO's role and the 2008 SENCO regulations; SEN law and the Code of Practice; Every Child Matters; registration and Self-Review.", "—", "Compare your school's SEN policy with the Code of Practice (Task 1)."],
    ["2", "22 / 24 Oct", "The Disability Discrimination Act and the disability equality duty; your school's accessibility plan. Dyslexia and related specific learning difficulties: what they are and how they affect learning.", "Association assessor", "Walk your school with the accessibility plan in hand."],
    ["3", "26 / 28 Nov", "Identifying needs: observation, data, screening; using reports from educational psychologists, therapists and specialist teachers; setting targets. Explaining an assessment to parents.", "Parents' forum", "Begin pupil conversations (Task 2)."],
    ["4", "21 / 23 Jan", "Teaching approaches and resources, including ICT and assistive technology; planning and reviewing interventions; tracking progress with summative data and national tests; access arrangements for tests and examinations.", "—", "Take baseline measures (Task 2)."],
    ["5", "4 / 6 Mar", "Working with colleagues: advising class teachers; assessment for learning in mixed classes; deploying and managing teaching assistants; planning and leading a training session.", "—", "Draft your provision map (Task 3)."],
    ["6", "[date TBC]", "Provision mapping; evaluating provision and the school's self-evaluation form; working with governors and senior leaders; external agencies and voluntary organisations.", "LA SEN officer", "Prepare your presentation (Task 4)."],
    ["7", "24 / 26 June", "Task 4 presentations; keeping up to date; the Board of Examiners and the award.", "—", "—"],
], widths=[1, 2.4, 7, 2.4, 4], size=9)
H2("S6.3  In your school")
P("Everything on the course is tried in your own school. Between study days you carry out the school tasks in the table above, and each of the four Tasks is a piece of work your school needs doing anyway: a policy review, a case study with an intervention, a provision map and a presentation to your senior team or governors. Your tutor visits you in school once, in the spring term, to see you lead a meeting or a training session and to meet your headteacher.")
H2("S6.4  Visit days")
P("You spend two days at a host setting chosen, with you, from our list of twenty-two host settings: special schools, resourced provisions in mainstream schools, two local authority sensory and communication services and a pupil referral unit. Our Placements Coordinator, Mrs Jan Whitlow, arranges the visits, visits every host setting each year and agrees with its head what you will see. You will spend time with the setting's SENCO or lead teacher, see how it identifies needs and works with other agencies, and complete a Visit Record that you use in Task 3.")
H2("S6.5  Reading")
P("The Reading List is on Quillbrook Online. Section A (essential) includes the SEN Code of Practice (2001), Removing Barriers to Achievement (2004), Ofsted's Inclusion: does it matter where pupils are taught? (2006), Brooks' What works for pupils with literacy difficulties? (2007) and the Inclusion Development Programme materials on dyslexia (2008). There is no study day on child development: Section B of the Reading List gives the chapters on how children develop, and how disability and the learning environment affect development, that you should read before Study Day 3.")
H2("S6.6  Pupils and parents")
P("Task 2 asks you to hold structured conversations with three pupils about their learning, using one of the approaches we practise on Study Day 3, and to review their targets with them. You then share what you have found with their parents or carers at a meeting, and write up what was agreed. On Study Day 3 members of our parents' forum talk about the meetings that helped them and those that did not, and you practise explaining an assessment report in plain words.")

H1("S7  Quillbrook Online")
P("Quillbrook Online is our Moodle site. You will find the Reading List, the slides and handouts from each study day, the Task briefs, and \"The Staffroom\", a discussion forum where participants share ideas and resources with each other. Tutors do not monitor The Staffroom, so please email your tutor with any question about your work; tutors aim to reply within five working days. You will receive your login at registration.")

H1("S8  Tasks and the award")
table(doc, [
    ["Task", "What you do", "Length", "Due"],
    ["1  Policy and practice review", "Review your school's SEN policy and practice against the Code of Practice, the disability equality duty and Every Child Matters, including a map of the outside services your school uses and how it reaches them.", "3,000 words", "December"],
    ["2  Pupil-centred case study", "Identify a small group of pupils using observation, data and others' assessments; set targets; plan and run an intervention for at least eight weeks with baseline and end measures; hold the pupil conversations and parent meeting (S6.6); arrange any access arrangements they need for tests; review progress. Includes a review of research and a developmental profile of one pupil.", "4,000 words", "April"],
    ["3  Provision map and evaluation", "Map your school's provision, identify what is ineffective or missing, evaluate it with colleagues, plan how teaching assistants are deployed and managed, and show how your findings feed the school's self-evaluation. Draws on your Visit Record.", "3,000 words", "May"],
    ["4  Leading change", "A presentation to your senior team or governors proposing a change to policy or provision, and a training session you plan and lead for colleagues (including assessment for learning for pupils with SEN), with a 2,000-word commentary on how you gained support, how you planned your time and what you delegated, and how you kept up to date during the year.", "Presentation and 2,000 words", "June"],
], widths=[3.5, 8.5, 2.3, 2], size=9)
H2("S8.1  Marking and moderation")
P("Your tutor marks each Task against the Level 7 criteria in the Task brief. A second tutor marks a sample of at least a quarter of each Task, and every fail and every borderline piece. The University's link tutor, Dr Owen Price, moderates a sample from each Task, and the University's external examiner sees all fails and a sample of passes and reports to the Board of Examiners. Tutors meet before each marking period to mark the same two scripts and agree standards. Task 4 presentations are seen by your tutor and a second tutor.")
H2("S8.2  Your Outcome Record and the award")
P("As you complete each Task, your tutor and the second marker sign the lines of your Outcome Record (Appendix 1) that your work shows you have met. You are awarded the Postgraduate Certificate and the National Award only when you have passed all four Tasks and every one of the twenty-nine lines of your Outcome Record has been signed. A Task can be passed while a line is still unsigned; if a line is unsigned when the Board of Examiners meets, we will ask you for further evidence and the Board will consider it at its next meeting.")
P("You may resubmit a failed Task once. See the Student Handbook, section 7, for extensions.")

H1("S9  Your tutor and your school mentor")
P("Your tutor teaches on the study days, holds your tutorials, visits you in school and marks your Tasks. Tutors are briefed by the Course Leader at a team day each July, work from the Award's Tutor Guide, and meet each term to agree marking. A tutor new to the Award co-teaches two study days before leading one.")
P("Please ask a senior colleague, ideally a deputy or assistant head, to act as your school mentor. Your mentor should meet you at least twice a term to talk about your Tasks and to help you get the time and information you need. We do not provide training for school mentors; please show your mentor this page.")

H1("S10  Support, access and equality")
P("Quillbrook is committed to equality of opportunity for all its students and believes that every participant can succeed. Everything you need to know about the support we offer to disabled participants, including dyslexic participants, and how to ask for it, is in section 9 of the Student Handbook.")

H1("S11  How we evaluate the course")
P("At the end of each study day you complete a short evaluation form, and at the end of the course an online questionnaire. You will also complete the Self-Review again, so that you and we can compare how confident you feel against each line of the Outcome Record at the start and the end. The Course Committee (the Course Leader, the tutors, Dr Price for the University and one participant representative) meets each term, reads the evaluations, the Self-Review comparison, the results and the external examiner's report, and decides what to change; it reports back to you on Quillbrook Online under \"You said, we did\". The University reviews the course each year through its annual monitoring.")
P("At present only participants take part in evaluating the course: we do not ask headteachers or the local authority to take part. We do not at present collect your pupils' results from Task 2 for course evaluation. We would like to know whether your pupils are doing better as a result of the course, and we are discussing with the University how this might be done in future years.")

H1("S12  After the course")
cert = P("The University sends your certificate in the autumn, and you will be invited to the Association's award ceremony in November.")
dp = deleted_para(doc, "Next steps tutorial. In June your tutor will meet you, and if possible your headteacher, to agree your next professional targets and the support you will need, using the Next Steps planner in Appendix 3.", UNI, "2009-02-10T11:20:00Z")
doc.add_comment(cert.runs, text="Next paragraph: Appendix 3 not supplied, and QDA say a June tutorial cannot be resourced this year. Deleted - please confirm.", author=UNI, initials="JO")

H1("S13  Your tutors and resources")
table(doc, [
    ["", "Role", "Background"],
    ["Dr Priya Nandra", "Course Leader", "PhD (Education), AMBDA, QTS. SENCO in two primary schools for eleven years; Quillbrook's Head of Teacher Training since 2005; still teaches pupils at Quillbrook House one afternoon a week."],
    ["Mark Ellery", "Tutor", "MA (SEN), QTS. SENCO (0.5) at a comprehensive school in Axenford; tutor (0.5)."],
    ["Susan Adair", "Tutor", "MEd, AMBDA, QTS. Advisory teacher for learning difficulties with a local authority two days a week."],
    ["Dr Owen Price", "University link tutor", "Senior Lecturer in Inclusive Education, University of Axenford; external examiner for two other universities' SEN programmes."],
], widths=[3.5, 3.2, 9.5], size=9)
P("You can borrow from the Association's library of about 5,500 books and test manuals, in person or by post, and from the test loan service, which posts standardised reading, spelling and phonological tests to you for Task 2. The assistive technology suite at Quillbrook House is open on study days. As a registered student of the University you also have access to its electronic library.")

H1("Appendix 1  Your Outcome Record")
P("Each line is one of the national minimum outcomes for SENCOs, in our words. Your tutor and the second marker sign each line when your work shows it. Keep this Record at the front of your portfolio.", italic=True)
groups = [
    ("Being a SENCO", [
        ("1", "Build fair, respectful and constructive relationships with pupils with SEN or disabilities and with their parents or carers", "Days 3, 7", "Task 2"),
        ("2", "Win the commitment of colleagues, including your headteacher and senior team, to better outcomes for these pupils", "Days 5, 6", "Task 4"),
        ("3", "Prioritise, manage your time and delegate well, checking delegated work is done", "No study day", "Task 4 commentary"),
        ("4", "Foresee and solve problems and make sound decisions about provision", "Days 4, 6", "Task 3"),
        ("5", "Speak and write clearly, and listen to and understand the views of others", "All days", "All Tasks; presentation"),
        ("6", "Use research and outside advice to improve your own and colleagues' practice", "Days 3, 4", "Task 2 (research review)"),
        ("7", "Keep up to date and take charge of your own professional development in SEN and disability", "Day 7; \"What's new\"", "Task 4 commentary"),
    ]),
    ("Knowing", [
        ("8", "Know SEN law and guidance, including the Code of Practice, what it means for your school and how to put it into practice", "Day 1", "Task 1"),
        ("9", "Know the principles and outcomes of Every Child Matters and how the SENCO helps children achieve them", "Day 1", "Task 1"),
        ("10", "Know disability equality law and what it requires schools to do for disabled pupils", "Day 2", "Task 1"),
        ("11", "Know how children develop and how SEN, disability and the learning environment affect development", "Recommended reading only (Reading List, Section B)", "Task 2 (developmental profile)"),
        ("12", "Explain how dyslexia and related specific learning difficulties (dyspraxia, dyscalculia, attention difficulties) affect pupils' learning", "Day 2", "Task 2"),
        ("13", "Know a range of approaches, strategies and resources, including ICT, and use them to remove barriers and personalise provision", "Day 4", "Task 2"),
        ("14", "Know how school self-evaluation and improvement work for pupils with SEN", "Day 6", "Task 3"),
        ("15", "Know best practice and research on meeting SEN", "Days 3, 4; \"What's new\"", "Task 2"),
        ("16", "Know what outside agencies do and how to get specialist support and resources", "Day 6; visit days", "Task 1 (services map)"),
    ]),
    ("Doing", [
        ("17", "With senior colleagues and governors, shape an inclusive ethos, policies, priorities and use of resources", "Day 6", "Task 4 (presentation)"),
        ("18", "Identify pupils who may have SEN, set challenging targets, plan interventions and review progress", "Days 3, 4", "Task 2"),
        ("19", "Use assessments from other professionals to plan teaching", "Day 3", "Task 2"),
        ("20", "Use summative assessments and national tests to track progress and change programmes", "Day 4", "Task 2"),
        ("21", "Help other teachers develop formative assessment for pupils with SEN", "Day 5", "Task 4 (training session)"),
        ("22", "Identify early the arrangements pupils need for tests and examinations and put them in place", "Day 4", "Task 2"),
        ("23", "Use provision mapping to plan provision and find what is ineffective or missing", "Day 6; visit days", "Task 3"),
        ("24", "Deploy and manage teaching assistants and other staff effectively", "Day 5", "Task 3"),
        ("25", "Plan and lead a training session for colleagues on an aspect of SEN", "Day 5", "Task 4 (training session)"),
        ("26", "Review and evaluate provision with colleagues to inform the school's self-evaluation", "Day 6", None),
        ("27", "Involve pupils in planning, agreeing and reviewing their provision", "Day 3", "Task 2 (pupil conversations)"),
        ("28", "Work with parents and carers to support their children's learning", "Day 3", "Task 2 (parent meeting)"),
        ("29", "Work with other services and agencies, including voluntary organisations", "Day 6; visit days", "Task 1; Task 3"),
    ]),
]
nrows = 1 + sum(1 + len(g[1]) for g in groups)
tb = doc.add_table(rows=nrows, cols=5)
tb.style = "Table Grid"
for j, h in enumerate(["Line", "You can…", "Where you learn", "Evidence", "Signed / date"]):
    cell_text(tb.cell(0, j), h, bold=True, size=9); shade(tb.cell(0, j), "BDD7EE")
i = 1
for gname, lines in groups:
    m = tb.cell(i, 0).merge(tb.cell(i, 4))
    cell_text(m, gname, bold=True, size=9); shade(m, "DEEAF6")
    i += 1
    for num, what, where, ev in lines:
        cell_text(tb.cell(i, 0), num, size=9)
        cell_text(tb.cell(i, 1), what, size=9)
        cell_text(tb.cell(i, 2), where, size=9)
        if ev is None:
            cp = tb.cell(i, 3).paragraphs[0]
            del_run(cp, "Task 3", UNI, "2009-02-10T11:35:00Z")
            ins_run(cp, "[to be agreed with the University]", UNI, "2009-02-10T11:35:00Z")
            for r in cp._p.iter(qn("w:r")):
                rpr = OxmlElement("w:rPr"); sz = OxmlElement("w:sz"); sz.set(qn("w:val"), "18"); rpr.append(sz); r.insert(0, rpr)
            line25 = cp
        else:
            cell_text(tb.cell(i, 3), ev, size=9)
        i += 1

# comments
def findp(txt):
    for p in doc.paragraphs:
        if txt in p.text:
            return p
    raise KeyError(txt)
doc.add_comment(findp("We do not offer accreditation of prior learning").runs[:1], text="Axenford's RPL regulations would allow up to 20 credits of prior certificated or experiential learning. Do QDA want to use this? JO", author=UNI, initials="JO")
lv = g.cell(1, 1).paragraphs[0]
doc.add_comment(lv.runs, text="Academic Board meets 14 May. Credit to be confirmed then.", author=UNI, initials="JO")
doc.add_comment(findp("Tutors do not monitor The Staffroom").runs, text="Could a tutor look in once a week? PN", author="Priya Nandra", initials="PN")

finish(doc, "gi-02-quillbrook-course-supplement.docx")
