"""Build cv-02-abbotsmere-programme-book.docx: Abbotsmere University College, "Leading Inclusion" programme book (invented provider).

Provider
--------
Abbotsmere University College (a church-foundation higher education college
with its own taught degree awarding powers), School of Education, with the
Marrick Vale SEN Partnership of three councils (Hexley MBC, Lindal County
Council, Carrow City Council). Programme: Postgraduate Certificate in SEN
Coordination, one cohort, ten study days from October 2009 to July 2010.
"Proof 2", 20 April 2009. 2008-era vocabulary (CRB, DDA, Disability Equality
Duty, SEN Code of Practice 2001, ECM, CAF, RAISEonline, SENCO Regulations 2008).

Layout (a kind of document not in the earlier sets: a conference-style
programme book for a series of study days, sent as the application)
-----------------------------------------------------------------------
- No Word heading styles at all. Custom paragraph styles instead ("PB Title",
  "PB Section", "PB Session", "PB Speaker", "PB Abstract", "PB Index",
  "PB Small").
- Cover; a typed contents list with dot-leader tabs; a shaded one-cell box
  "A note for the approval panel" in the programme director's voice (first
  person plural: award and credit, recruitment, prior learning, how the days
  were planned); a generic welcome from the Principal; "About the
  programme"; a "year at a glance" table.
- Ten study days, each under a shaded two-cell "day banner" table (DAY n |
  date, venue, theme, chair), a two-column timetable table, then each
  session as a numbered title ("3.2", "5.3", "6.1" ... colliding with the
  requirement ids), a speaker line in small caps and an italic abstract in
  the third person, then a bold run-in "Gap task n." paragraph.
- "Assessment and the award" (three assignments A1, A2, A3: the codes collide
  with outcome ids 6.A1-6.A3), "Practical information" in short imperative
  paragraphs, speaker biographies in alphabetical order (one "to be
  confirmed"), "With thanks", a short reading list.
- A back-of-book index in a two-column section: alphabetical entries
  "keyword, sessions \u00b7 assignment", with "see" references (one pointing
  to an entry that does not exist), then a lined "Notes" page.
- Page header ("PROOF 2") and footer; the footer advertises an
  assessment-only route that the body denies.

Traps and the requirement ids they affect
-----------------------------------------
- E.2 partially_met: 60 credits, but Module 3 (20 credits) is at Level 6.
- 1.8 partially_met: Assignment 3 is only a proposal; "You are not expected
  to have carried the change out".
- 1.9 and 6.0 partially_met: award on passing the three modules with a
  blanket claim that "the three assignments assess every one of the national
  minimum outcomes", against index entries marked "not assessed"; a
  Certificate of Attendance for eight days is not the award.
- 2.2 partially_met: the Starting Points questionnaire only places people in
  workshop groups and sets the time on topics; no individual plan.
- 2.3 not_met (another provider; footer): "may wish to contact Fellbridge
  University, whose programme offers such a route"; the footer's offer is
  not evidence.
- 3.2 partially_met: one cohort, fixed order; only catch-up and up to two
  years to submit.
- 3.3 not_applicable: "There is no online part of the programme"; Lorna
  Feeney's biography mentions an e-learning course she wrote for the council
  (wrong context).
- 4.1 partially_met: evidence of need is national (Ofsted 2006, the TDA
  consultation); the partnership "has not yet surveyed" its schools and
  intends to. 4.2 met (working group's proposals adopted). 4.3 met (teaching,
  hosting, assessing presentations, Stakeholder Review Group on evaluation).
- 5.3 not_met (negation/deferral): "we do not ask to see your disclosure".
- 5.6 partially_met: library membership and a demonstration kit for one
  session only.
- 5.7 partially_met: markers calibrate, but visiting speakers get only the
  timetable and their abstract and mentors are informal ("You may find it
  helpful to ask ...").
- 5.9 partially_met: confidence measured on day forms; pupils' progress only
  hoped for ("We hope in time to find out ...").
- 5.5 met: visiting specialists and a visit day at four host settings with
  agreed programmes. 5.4 met: biographies plus the update arrangement.
- Outcomes (from the index, the session abstracts and the assignment
  descriptions):
  met: A1, A2, A5, A6, K1, K2, K3, K5, K6, K7, K8, K9, S1, S2, S2a, S3, S4,
  S7, S8;
  taught but "not assessed": A4 (9.3), K4 (2.1), S5 (8.1, 8.3), S6 (9.1),
  S9 (6.3 marketplace) - partially_met;
  only an optional workshop, not assessed: S2b (3.3B) - partially_met;
  only a handout, not assessed: S2d - partially_met;
  CPD plan "not part of the portfolio": A7 - partially_met;
  "Time, managing your own: see Workload" with no Workload entry and no
  session: A3 not_met;
  formative assessment for colleagues appears nowhere: S2c not_met.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("cv-02-abbotsmere-programme-book.docx")

TEAL = "1F5F5B"
PALE = "E3EFEE"

doc = Document()
doc.core_properties.author = "Rosalind Okafor"
doc.core_properties.title = "Leading Inclusion: Study Days 2009-10 - Programme Book (proof 2)"
base = doc.styles["Normal"]
base.font.name = "Georgia"
base.font.size = Pt(10)


def style(name, size=10, bold=False, italic=False, colour=None, small_caps=False, before=0, after=4,
          left=None, hanging=None):
    s = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    s.base_style = doc.styles["Normal"]
    s.font.size = Pt(size)
    s.font.bold = bold
    s.font.italic = italic
    s.font.small_caps = small_caps
    if colour:
        s.font.color.rgb = RGBColor.from_string(colour)
    pf = s.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if left is not None:
        pf.left_indent = Cm(left)
    if hanging is not None:
        pf.first_line_indent = Cm(-hanging)
    return s


style("PB Title", size=26, bold=True, colour=TEAL, after=6)
style("PB Section", size=15, bold=True, colour=TEAL, small_caps=True, before=14, after=6)
style("PB Session", size=10.5, bold=True, before=8, after=0)
style("PB Speaker", size=9, small_caps=True, colour=TEAL, after=2)
style("PB Abstract", size=9.5, italic=True, left=0.6, after=6)
style("PB Index", size=8.5, left=0.4, hanging=0.4, after=1)
style("PB Small", size=8, after=2)


def p(text="", st=None, bold=False, italic=False, align=None, size=None):
    para = doc.add_paragraph(style=st)
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


def runin(lead, text, st=None):
    para = doc.add_paragraph(style=st)
    r = para.add_run(lead + " ")
    r.bold = True
    para.add_run(text)
    return para


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def ctext(cell, text, bold=False, italic=False, size=9, colour=None):
    cell.text = ""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = para.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)


def grid(rows, header=True, size=8.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            ctext(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(t.cell(i, j), PALE)
    return t


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def banner(n, date, venue, theme, chair):
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = t.cell(0, 0), t.cell(0, 1)
    shade(left, TEAL)
    shade(right, PALE)
    ctext(left, f"DAY {n}", bold=True, size=20, colour="FFFFFF")
    ctext(right, f"{date} \u00b7 {venue}\n{theme}\nChair: {chair}", size=10)
    right.paragraphs[1].runs[0].bold = True
    right.paragraphs[1].runs[0].font.size = Pt(13)
    left.width = Cm(3)
    right.width = Cm(13)
    p("")


def session(num, title, speaker, abstract):
    p(f"{num}  {title}", "PB Session")
    p(speaker, "PB Speaker")
    p(abstract, "PB Abstract")


def day(n, date, venue, theme, chair, timetable, sessions, gap):
    page_break()
    banner(n, date, venue, theme, chair)
    grid([("Time", "Session")] + timetable)
    for s in sessions:
        session(*s)
    runin(f"Gap task {n}.", gap)


# ------------------------------------------------------------------ header and footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hr = hp.add_run("Leading Inclusion \u00b7 Study Days 2009\u201310 \u00b7 PROOF 2 \u2013 not for distribution")
hr.font.size = Pt(7)
hr.italic = True
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Abbotsmere University College \u00b7 School of Education \u00b7 Assessment without attending? Ask "
                "the Programme Office about our assessment-only route. \u00b7 ")
fr.font.size = Pt(7)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="14"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ cover
p("")
p("")
p("LEADING INCLUSION", "PB Title", align="c")
p("Study Days 2009\u201310", align="c", size=18)
p("PROGRAMME BOOK", align="c", bold=True, size=14)
p("")
p("Postgraduate Certificate in SEN Coordination", align="c", size=12)
p("the National Award for SEN Coordination", align="c", italic=True, size=11)
p("")
p("Abbotsmere University College \u00b7 School of Education", align="c", size=11)
p("with the Marrick Vale SEN Partnership: Hexley, Lindal and Carrow", align="c", size=11)
p("")
p("Proof 2, 20 April 2009, sent to the TDA approval panel", align="c", italic=True, size=9)

# ------------------------------------------------------------------ contents
page_break()
p("Contents", "PB Section")
CONTENTS = [
    ("A note for the approval panel", "2"), ("Welcome", "3"), ("About the programme", "4"),
    ("The year at a glance", "5"), ("Day 1  The SENCO\u2019s world", "6"),
    ("Day 2  How children develop and learn", "8"), ("Day 3  Identifying need and tracking progress", "10"),
    ("Day 4  Provision and people", "12"), ("Day 5  Visit day", "14"), ("Day 6  Many agencies, one child", "15"),
    ("Day 7  Children and families", "17"), ("Day 8  Leading colleagues", "19"),
    ("Day 9  Evaluating provision", "21"), ("Day 10  Presentations and next steps", "23"),
    ("Assessment and the award", "24"), ("Practical information", "26"), ("Our speakers", "28"),
    ("With thanks", "30"), ("Reading for the year", "30"), ("Index", "31"), ("Notes", "33"),
]
for title, page in CONTENTS:
    para = doc.add_paragraph()
    para.paragraph_format.tab_stops.add_tab_stop(Cm(15), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    para.paragraph_format.space_after = Pt(1)
    para.add_run(f"{title}\t{page}")

# ------------------------------------------------------------------ note for the panel
page_break()
box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
c = box.cell(0, 0)
shade(c, PALE)
NOTE = [
    ("A note for the approval panel", None),
    (None, "This is the book that every participant will be given at registration on Day 1. We have sent it to "
           "you as our application, almost exactly as participants will see it, because it shows what we "
           "actually do better than any form could. A few matters that participants do not need to read "
           "about are set out in this note instead. Dr Rosalind Okafor, Programme Director"),
    ("Award and credit.", "Abbotsmere University College has held taught degree awarding powers since 2005. "
     "The Postgraduate Certificate in SEN Coordination was approved by the College\u2019s Academic Board on "
     "the recommendation of a validation panel held on 11 March 2009, with an external adviser from the "
     "University of Carsewell. The award carries 60 credits: Module 1 (Policy and the law) and Module 2 "
     "(Learners and provision) carry 20 credits each at Level 7, and Module 3 (the Professional Practice "
     "Portfolio) carries 20 credits at Level 6, because its assessment is practice-based."),
    ("Recruitment.", "Applicants must hold Qualified Teacher Status, be in post as a SENCO or be designated "
     "to become one, and send a statement of support from their headteacher. Every applicant is interviewed "
     "by a tutor, who goes through the applicant\u2019s Starting Points questionnaire with them against "
     "the national outcomes. Where we judge that an applicant is not yet likely to reach all the outcomes "
     "within the year, we say so in writing, suggest what to do first (usually the partnership\u2019s "
     "Foundation SENCO course and a term shadowing an experienced SENCO) and, with the applicant\u2019s "
     "agreement, discuss the advice with the headteacher."),
    ("Prior learning.", "Applicants may claim up to 20 credits under the College\u2019s regulations for the "
     "Recognition of Prior Learning: certificated learning at Level 7 is matched against module outcomes, "
     "and experiential learning is claimed through a short portfolio mapped to the outcomes of Module 1 or "
     "Module 2, assessed by two tutors and seen by the external examiner. An RPL adviser meets every "
     "applicant who wishes to make a claim."),
    ("How the days were planned.", "The programme draws on what is known nationally about new SENCOs: "
     "Ofsted\u2019s report Inclusion: does it matter where pupils are taught? (2006) and the TDA\u2019s "
     "consultation on this specification both found that new SENCOs are least confident in leading other "
     "adults and in working with other agencies. The partnership has not yet surveyed its own SENCOs and "
     "headteachers; it intends to do so in the autumn of 2009, and the results will shape the second "
     "cohort. The study days themselves were planned between October 2008 and February 2009 by a working "
     "group of College tutors, the partnership\u2019s three principal SEN officers, two headteachers and "
     "the chair of the Marrick Vale Parents\u2019 Forum, which met five times. The visit day (Day 5) and "
     "the voluntary organisations\u2019 marketplace (session 6.3) were the working group\u2019s proposals, "
     "and it was the headteachers who insisted that every participant should present to a headteacher on "
     "Day 10."),
]
first = True
for lead, text in NOTE:
    para = c.paragraphs[0] if first else c.add_paragraph()
    first = False
    if text is None:
        r = para.add_run(lead)
        r.bold = True
        r.font.size = Pt(13)
        r.font.color.rgb = RGBColor.from_string(TEAL)
        continue
    if lead:
        r = para.add_run(lead + " ")
        r.bold = True
        r.font.size = Pt(9)
    r = para.add_run(text)
    r.font.size = Pt(9)
    if lead is None:
        r.italic = True

# ------------------------------------------------------------------ welcome
page_break()
p("Welcome", "PB Section")
p("At Abbotsmere we have always believed that inclusion is a way of life and not a project. Our College was "
  "founded in 1848 to train teachers for the poorest parishes of the county, and the conviction that "
  "every child has a right to be taught well has been with us ever since. It is a great pleasure to "
  "welcome you to Leading Inclusion, the first cohort of our new national award.")
p("You join a community of colleagues who care deeply about children and young people, and who know "
  "that the work of the SENCO is some of the most demanding and most rewarding work in any school. We "
  "hope that these ten days will refresh you, challenge you and send you back to your schools with new "
  "confidence. We are proud to work with the Marrick Vale SEN Partnership, and we thank the many "
  "colleagues from Hexley, Lindal and Carrow who will share their expertise with you.")
p("Professor Janet Marsden-Hale, Principal", italic=True)

# ------------------------------------------------------------------ about
p("About the programme", "PB Section")
runin("What it is for.",
      "The programme has one purpose: to raise the achievement of children and young people with special "
      "educational needs and/or disabilities, in the full sense that Every Child Matters gives the word: "
      "being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving "
      "economic well-being. It does this by developing the knowledge, understanding and skills of the "
      "teachers who coordinate their provision. Each study day is planned around that purpose, and each of "
      "the three assignments asks you to show what difference your work makes to pupils\u2019 well-being "
      "as well as to their attainment.")
runin("How the days work.",
      "There are ten study days between October and July. Nine are taught days at the College or at one "
      "of the partnership\u2019s two centres; Day 5 is spent in a host school or service. Each taught day "
      "mixes a keynote, workshops and practical work, and ends with a gap task that you carry out in your "
      "own school before the next day. Each gap task is tied to the outcomes listed against its sessions in "
      "the index, and most of them are steps towards one of the assignments. Gap tasks are not assessed "
      "in themselves; your tutor discusses them with you at tutorials.")
runin("Your tutor.",
      "Each participant has a personal tutor from the College, who sees you for three individual "
      "tutorials during the year (November, February and May) and agrees with you the focus of each "
      "assignment so that it fits your school, your phase and your role. On Day 3 you choose a "
      "workshop, and on Day 5 you are placed in a setting unlike your own.")

p("The year at a glance", "PB Section")
grid([
    ("Day", "Date", "Venue", "Theme"),
    ("1", "Thursday 8 October 2009", "Abbotsmere campus, Chapel Building", "The SENCO\u2019s world"),
    ("2", "Tuesday 3 November 2009", "Marrick Vale Teachers\u2019 Centre, Hexley", "How children develop and learn"),
    ("3", "Thursday 26 November 2009", "Lindal Professional Development Centre", "Identifying need and tracking progress"),
    ("4", "Wednesday 13 January 2010", "Marrick Vale Teachers\u2019 Centre, Hexley", "Provision and people"),
    ("5", "Tuesday 9 February 2010", "Host settings", "Visit day"),
    ("6", "Thursday 11 March 2010", "Lindal Professional Development Centre", "Many agencies, one child"),
    ("7", "Tuesday 27 April 2010", "Abbotsmere campus, Chapel Building", "Children and families"),
    ("8", "Wednesday 19 May 2010", "Marrick Vale Teachers\u2019 Centre, Hexley", "Leading colleagues"),
    ("9", "Thursday 17 June 2010", "Lindal Professional Development Centre", "Evaluating provision"),
    ("10", "Thursday 8 July 2010", "Abbotsmere campus, Great Hall", "Presentations and next steps"),
])

# ------------------------------------------------------------------ the days
day(1, "Thursday 8 October 2009", "Abbotsmere campus, Chapel Building", "The SENCO\u2019s world",
    "Dr Rosalind Okafor",
    [("09.15", "Registration and coffee; collect your pack"),
     ("09.45", "Welcome and introductions \u2013 Dr Rosalind Okafor"),
     ("10.00", "1.1 Keynote: From Warnock to the 2008 Regulations \u2013 Gareth Pryce-Jennings"),
     ("11.30", "1.2 Every Child Matters and the SENCO \u2013 Siobhan Kerr"),
     ("12.30", "Lunch"),
     ("13.15", "1.3 Disability equality: the duty to promote \u2013 Hannah Lowther"),
     ("14.30", "1.4 Writing at Master\u2019s level \u2013 Clare Ibbotson"),
     ("15.30", "Plenary, evaluation forms and close")],
    [("1.1", "From Warnock to the 2008 Regulations", "Gareth Pryce-Jennings",
      "The opening keynote traces the law on special educational needs from the Warnock Report (1978) "
      "through the Education Act 1996 (Part IV), the Special Educational Needs and Disability Act 2001 and "
      "the SEN Code of Practice (2001) to the Education (Special Educational Needs Co-ordinators) (England) "
      "Regulations 2008, which made this award necessary. It asks what the graduated response of the Code "
      "(School Action, School Action Plus and statutory assessment) means in practice for the governing "
      "body, the headteacher, class teachers and the SENCO, and looks at Removing Barriers to Achievement "
      "(2004), the Inclusion Development Programme and the early findings of the Lamb Inquiry into "
      "parental confidence (2009)."),
     ("1.2", "Every Child Matters and the SENCO", "Siobhan Kerr",
      "What do the five outcomes look like for a child with complex needs? This session works through the "
      "Children Act 2004 and Every Child Matters, the Common Assessment Framework and the lead professional, "
      "and asks where the SENCO fits in a school\u2019s work on being healthy, staying safe and achieving "
      "economic well-being, not only on enjoying and achieving."),
     ("1.3", "Disability equality: the duty to promote", "Hannah Lowther",
      "The Disability Discrimination Act 1995 as amended in 2005 places on schools both the duty not to "
      "discriminate and the duty to promote disability equality. The session covers reasonable "
      "adjustments, accessibility planning and the school\u2019s disability equality scheme, and what the "
      "law requires of a school in practice and of the SENCO in particular."),
     ("1.4", "Writing at Master\u2019s level", "Clare Ibbotson",
      "A practical workshop on critical reading, building an argument from evidence, and referencing, "
      "with examples from last year\u2019s College MA dissertations.")],
    "Read your school\u2019s SEN policy against the Code of Practice and the school\u2019s disability "
    "equality scheme, and note the three most important gaps. Bring your notes to your first tutorial: "
    "this is the first step towards Assignment 1.")

day(2, "Tuesday 3 November 2009", "Marrick Vale Teachers\u2019 Centre, Hexley", "How children develop and learn",
    "Hannah Lowther",
    [("09.30", "2.1 Keynote: Development, difference and the learning environment \u2013 Dr Imran Qureshi"),
     ("11.00", "Coffee"),
     ("11.20", "2.2 Workshop carousel (everyone attends all three, 40 minutes each)"),
     ("13.30", "Lunch"),
     ("14.15", "2.3 Dyslexia, dyscalculia and moderate learning difficulties \u2013 Hannah Lowther"),
     ("15.30", "Plenary and evaluation forms")],
    [("2.1", "Development, difference and the learning environment", "Dr Imran Qureshi",
      "How do children develop cognitively, linguistically, socially and emotionally, and what happens "
      "when that development is affected by a special educational need, a disability, poverty or a "
      "classroom that does not suit them? Dr Qureshi draws on cases from Hexley\u2019s educational "
      "psychology service to show how the physical and social environment for learning can widen or "
      "narrow the gap."),
     ("2.2", "Workshop carousel", "Bethan Cole \u00b7 Lorna Feeney \u00b7 David Ng",
      "Three rooms, three forty-minute workshops, and everyone visits all three: speech, language and "
      "communication needs (Bethan Cole, drawing on the Bercow Review of 2008); autistic spectrum "
      "disorders (Lorna Feeney); and behavioural, emotional and social difficulties (David Ng). Each "
      "workshop looks at how the need shows itself in the classroom and how it affects learning."),
     ("2.3", "Dyslexia, dyscalculia and moderate learning difficulties", "Hannah Lowther",
      "Specific learning difficulties and moderate learning difficulties are the needs SENCOs meet most "
      "often and understand least. The session looks at what they are, how they overlap, and how they "
      "affect reading, writing, number and memory across the curriculum.")],
    "Observe one pupil with special educational needs across a whole school day, noting when learning "
    "goes well and when it does not. This pupil may become the subject of Assignment 2.")

day(3, "Thursday 26 November 2009", "Lindal Professional Development Centre",
    "Identifying need and tracking progress", "Gareth Pryce-Jennings",
    [("09.30", "3.1 Assess, plan, do, review \u2013 Hannah Lowther"),
     ("10.30", "3.2 Reading reports from other professionals \u2013 Dr Imran Qureshi and Bethan Cole"),
     ("11.30", "Coffee"),
     ("11.45", "3.3 Workshops (choose one): 3.3A, 3.3B or 3.3C"),
     ("13.00", "Lunch"),
     ("13.45", "3.4 Teaching approaches, strategies and ICT \u2013 Gareth Pryce-Jennings and Tom Rudd"),
     ("14.45", "3.5 What works? Research on interventions \u2013 Dr Rosalind Okafor"),
     ("15.45", "Plenary and evaluation forms")],
    [("3.1", "Assess, plan, do, review", "Hannah Lowther",
      "How does a school notice that a pupil may have special educational needs? The session works through "
      "identification from classroom observation, data and assessment, setting targets that are challenging "
      "but reachable, planning interventions that remove or reduce barriers, and reviewing progress so that "
      "what is not working is stopped."),
     ("3.2", "Reading reports from other professionals", "Dr Imran Qureshi and Bethan Cole",
      "An educational psychologist and a speech and language therapist take a real (anonymised) report "
      "each and show how its findings can be turned into teaching approaches that a class teacher can "
      "use on Monday morning."),
     ("3.3", "Workshops (choose one)", "Siobhan Kerr \u00b7 Gareth Pryce-Jennings \u00b7 Hannah Lowther",
      "3.3A Small steps: P scales and assessing progress in special schools (Siobhan Kerr). 3.3B Tracking "
      "progress with national curriculum test data and RAISEonline, and changing programmes in the light "
      "of it (Gareth Pryce-Jennings). 3.3C Observation as assessment (Hannah Lowther)."),
     ("3.4", "Teaching approaches, strategies and ICT", "Gareth Pryce-Jennings and Tom Rudd",
      "A critical look at the approaches, strategies and resources on offer to schools, from structured "
      "literacy programmes to visual timetables, and at how to judge whether they remove barriers or "
      "simply fill time. Tom Rudd brings Carrow\u2019s demonstration kit of assistive technology, "
      "including text-to-speech software, Clicker 5 and symbol-writing software, for participants to try."),
     ("3.5", "What works? Research on interventions", "Dr Rosalind Okafor",
      "What does the research say about the interventions schools buy most often? The session introduces "
      "the evidence on reading and number interventions and on what makes support effective, and shows "
      "how to find, read and judge research and advice from outside the school, so that it can be used to "
      "improve your own practice and your colleagues\u2019.")],
    "Gather every assessment made of your Assignment 2 pupil, including reports from other professionals, "
    "and with the class teacher set or review the pupil\u2019s targets.")

day(4, "Wednesday 13 January 2010", "Marrick Vale Teachers\u2019 Centre, Hexley", "Provision and people",
    "Dr Rosalind Okafor",
    [("09.30", "4.1 Provision mapping and management \u2013 Gareth Pryce-Jennings"),
     ("11.00", "Coffee"),
     ("11.20", "4.2 Teaching assistants: what the research tells us \u2013 Hannah Lowther"),
     ("13.00", "Lunch"),
     ("13.45", "4.3 The SENCO, the senior team and the governors \u2013 Colin Ashby and Priya Mistry"),
     ("15.30", "Plenary and evaluation forms")],
    [("4.1", "Provision mapping and management", "Gareth Pryce-Jennings",
      "Participants build a provision map for an invented school, cost it, and use it to find provision "
      "that is missing, duplicated or not working, before doing the same for a year group in their own "
      "school."),
     ("4.2", "Teaching assistants: what the research tells us", "Hannah Lowther",
      "The first reports of the Deployment and Impact of Support Staff project (Blatchford and colleagues, "
      "2009) raise hard questions about how schools use teaching assistants. The session looks at best "
      "practice in deploying, managing, training and supervising support staff so that they add to "
      "pupils\u2019 learning rather than replace the teacher."),
     ("4.3", "The SENCO, the senior team and the governors", "Colin Ashby and Priya Mistry",
      "A headteacher and a chair of governors talk about what persuades them. How does a SENCO win the "
      "commitment of the headteacher and senior leaders, influence the school\u2019s priorities, policies "
      "and budget, and build an inclusive ethos with the governing body?")],
    "Draw up and cost a provision map for one year group in your school, and mark what is missing or not "
    "working. It will be the starting point for Assignment 3.")

day(5, "Tuesday 9 February 2010", "Host settings", "Visit day", "Hannah Lowther",
    [("09.00", "5.1 Arrival and briefing by the host SENCO"),
     ("09.30", "5.2 Shadowing, observation and, where possible, a review meeting"),
     ("15.30", "5.3 Debrief at the Marrick Vale Teachers\u2019 Centre \u2013 Hannah Lowther")],
    [("5.1", "Arrival and briefing", "Host SENCOs",
      "Each participant spends the day at one of four host settings: Linthwaite Special School (severe and "
      "complex learning difficulties), the Hexley Autism Base at Crossfell High School, the Carrow Pupil "
      "Referral Service and the Hearing Support Centre at Mill Lane Primary. We place you in a setting "
      "unlike your own. Each host has agreed a programme for the day with us, and the host SENCO briefs "
      "you on arrival."),
     ("5.2", "Shadowing and observation", "Host SENCOs",
      "You shadow the host SENCO or a specialist teacher, observe teaching, and join a review meeting "
      "where one is timetabled and the family agrees."),
     ("5.3", "Debrief", "Hannah Lowther",
      "Back at the Teachers\u2019 Centre, participants from the four settings compare what they saw and "
      "what they will take back to their own schools.")],
    "Write a two-page reflection on the visit for your Professional Practice Portfolio.")

day(6, "Thursday 11 March 2010", "Lindal Professional Development Centre", "Many agencies, one child",
    "Siobhan Kerr",
    [("09.30", "6.1 Who does what? \u2013 Dr Imran Qureshi with a panel from Lindal children\u2019s services"),
     ("11.00", "Coffee"),
     ("11.20", "6.2 Getting specialist support \u2013 speaker to be confirmed (CAMHS)"),
     ("12.30", "Lunch"),
     ("13.15", "6.3 Marketplace: voluntary organisations"),
     ("15.15", "Plenary and evaluation forms")],
    [("6.1", "Who does what?", "Dr Imran Qureshi and panel",
      "The educational psychology service, speech and language therapy, child and adolescent mental health "
      "services, social care and the sensory support service each explain what they do, how a school can "
      "reach them, and what the Common Assessment Framework and the team around the child mean for the "
      "SENCO."),
     ("6.2", "Getting specialist support", "To be confirmed",
      "Referrals, thresholds, waiting lists and how to obtain specialist advice, equipment and resources "
      "for pupils while you wait."),
     ("6.3", "Marketplace", "Voluntary organisations",
      "Stalls from the Marrick Vale Dyslexia Association, the Hexley Autism Parents\u2019 Network, Carrow "
      "Young Carers, the Lindal Deaf Children\u2019s Society and Home-Start Marrick Vale. Talk to at least "
      "three and find out what each could offer your pupils and their families.")],
    "Map the agencies and voluntary organisations that are involved with pupils in your school, and note "
    "one you should be working with and are not.")

day(7, "Tuesday 27 April 2010", "Abbotsmere campus, Chapel Building", "Children and families",
    "Hannah Lowther",
    [("09.30", "7.1 Listening to children \u2013 Aileen Marsh"),
     ("11.00", "Coffee"),
     ("11.20", "7.2 Parents as partners \u2013 Jackie Dunmore and Dr Rosalind Okafor"),
     ("13.00", "Lunch"),
     ("13.45", "7.3 The annual review meeting: a role play"),
     ("15.30", "Plenary and evaluation forms")],
    [("7.1", "Listening to children", "Aileen Marsh",
      "How do you find out what a child who has little speech thinks about the help he gets? Aileen Marsh "
      "introduces Talking Mats, person-centred reviews and other ways of consulting children and young "
      "people about the things that affect them, and participants practise them on one another before "
      "trying one in school. The session also asks how pupils can take part in setting, agreeing and "
      "reviewing their own targets."),
     ("7.2", "Parents as partners", "Jackie Dunmore and Dr Rosalind Okafor",
      "The chair of the Parents\u2019 Forum and the programme director look at what builds trust between "
      "families and schools: fair and respectful relationships, listening, explaining assessment and "
      "provision in plain language, advising parents on what is available, and working in partnership "
      "when things are difficult."),
     ("7.3", "The annual review meeting", "Tutors and the Parents\u2019 Forum",
      "In groups of five, participants role-play an annual review meeting with a pupil, parents, a class "
      "teacher and an outside professional, taking turns to chair, and then discuss what went well.")],
    "Use one of the approaches from session 7.1 to find out what your Assignment 2 pupil thinks of the "
    "support he or she receives, involve the pupil in reviewing the targets, and then meet the "
    "pupil\u2019s parents or carers to agree the next steps.")

day(8, "Wednesday 19 May 2010", "Marrick Vale Teachers\u2019 Centre, Hexley", "Leading colleagues",
    "Gareth Pryce-Jennings",
    [("09.30", "8.1 Coaching, mentoring, observation and feedback \u2013 Dr Rosalind Okafor"),
     ("11.00", "Coffee"),
     ("11.20", "8.2 Winning hearts and minds \u2013 Colin Ashby"),
     ("13.00", "Lunch"),
     ("13.45", "8.3 Designing and leading INSET \u2013 Hannah Lowther"),
     ("15.30", "Plenary and evaluation forms")],
    [("8.1", "Coaching, mentoring, observation and feedback", "Dr Rosalind Okafor",
      "How does a SENCO help a colleague teach a pupil with SEN better without taking the problem away? "
      "Participants practise coaching conversations, observe a filmed lesson and give feedback, and plan "
      "how to model an approach in a colleague\u2019s classroom."),
     ("8.2", "Winning hearts and minds", "Colin Ashby",
      "A headteacher\u2019s view of how SENCOs gain, and lose, the commitment of senior leaders and "
      "colleagues."),
     ("8.3", "Designing and leading INSET", "Hannah Lowther",
      "Planning a short training session for colleagues or teaching assistants that changes what they do, "
      "and finding out afterwards whether it did.")],
    "With another SENCO from your trio, who works in a different school, observe a lesson in each "
    "other\u2019s school, give each other feedback, and share and improve an INSET plan.")

day(9, "Thursday 17 June 2010", "Lindal Professional Development Centre", "Evaluating provision",
    "Dr Rosalind Okafor",
    [("09.30", "9.1 Reviewing provision with colleagues \u2013 Siobhan Kerr"),
     ("10.45", "9.2 The SEF, school improvement and SEN \u2013 Gareth Pryce-Jennings"),
     ("12.00", "Lunch"),
     ("12.45", "9.3 Problems without easy answers \u2013 Dr Imran Qureshi and Hannah Lowther"),
     ("14.15", "9.4 Presenting your proposal: rehearsal in trios"),
     ("15.30", "Plenary and evaluation forms")],
    [("9.1", "Reviewing provision with colleagues", "Siobhan Kerr",
      "How to run a provision review with teachers and teaching assistants, using progress data and "
      "pupils\u2019 views to decide what to keep, change or stop, and how to feed the findings into the "
      "school\u2019s self-evaluation and improvement plan."),
     ("9.2", "The SEF, school improvement and SEN", "Gareth Pryce-Jennings",
      "The principles of school self-evaluation and improvement planning, the Ofsted self-evaluation form, "
      "and how the outcomes for pupils with SEN and/or disabilities should show in both."),
     ("9.3", "Problems without easy answers", "Dr Imran Qureshi and Hannah Lowther",
      "Case-based problem solving: a parent threatening tribunal, a budget cut in March, a teaching "
      "assistant on long-term sick leave. Groups anticipate what could go wrong, weigh options and "
      "defend a decision."),
     ("9.4", "Presenting your proposal", "Tutors",
      "A chance to rehearse your Assignment 3 presentation with two other participants and a tutor, and "
      "to practise listening and responding to questions.")],
    "Finish your Assignment 3 proposal and prepare your presentation for Day 10.")

day(10, "Thursday 8 July 2010", "Abbotsmere campus, Great Hall", "Presentations and next steps",
    "Professor Janet Marsden-Hale",
    [("09.00", "Calibration meeting for assessors (tutors and partnership headteachers)"),
     ("09.45", "10.1 Presentations of Assignment 3"),
     ("12.45", "10.2 Lunch and celebration"),
     ("13.45", "10.3 Next steps \u2013 Dr Rosalind Okafor"),
     ("15.00", "10.4 Evaluation and close")],
    [("10.1", "Presentations", "Assessment panels",
      "Each participant presents the Assignment 3 proposal for fifteen minutes to a panel of a College "
      "tutor and a headteacher from the partnership, and answers their questions for ten."),
     ("10.3", "Next steps", "Dr Rosalind Okafor",
      "Each participant drafts a CPD plan for the coming year on the template in the pack, setting two or "
      "three professional targets to agree with the headteacher or line manager at the autumn performance "
      "management review. We also explain the routes from the Certificate to the College\u2019s MA in "
      "Inclusive Education.")],
    "Agree your CPD plan with your headteacher or line manager in the autumn term.")

# ------------------------------------------------------------------ assessment
page_break()
p("Assessment and the award", "PB Section")
p("There are three assignments, referred to in the index as A1, A2 and A3.")
runin("A1  Policy into practice (Module 1, 4,000 words, Level 7).",
      "A critical review of your school\u2019s SEN and disability arrangements against the SEN Code of "
      "Practice, the disability equality duties and Every Child Matters, ending with an action plan that "
      "you have agreed with your headteacher and presented to the governor responsible for SEN. You must "
      "draw on research and on advice from outside the school to justify the plan. Marked on knowledge of "
      "SEN law and the Code and how to put them into practice; Every Child Matters and the SENCO\u2019s "
      "part in it; disability equality law; research and best practice; the use of research and outside "
      "advice; working with senior colleagues and governors on the strategic development of an inclusive "
      "ethos, policy and resources; and clarity of writing.")
runin("A2  A child in context (Module 2, 4,000 words, Level 7).",
      "A case study of one pupil with SEN and/or disabilities in your school. Marked on knowledge of the "
      "pupil\u2019s type of need and how it affects learning; the critical choice of approaches, strategies "
      "and resources, including ICT; how the need was identified, targets set and interventions planned "
      "and reviewed; the use of assessments by other professionals; the roles of the agencies involved "
      "and how specialist support was obtained; how the pupil was involved in planning and reviewing the "
      "provision; your relationship with the pupil and family and your work with the parents or carers; "
      "and clarity of writing.")
runin("A3  Proposal for change (Module 3, 3,000 words and a presentation).",
      "You plan a change in provision in your school, starting from your provision map (gap task 4) and a "
      "review of how support staff are deployed, and present the proposal on Day 10. You are not expected "
      "to have carried the change out by July; the proposal should show how you would judge its success. "
      "Marked on provision mapping; deploying and managing staff; gaining the commitment of the "
      "headteacher and senior colleagues; the principles of school self-evaluation and improvement; and, "
      "in the presentation, clear speaking and how you listen and respond to questions. A3 and the "
      "visit reflection (gap task 5) make up the Professional Practice Portfolio.")
runin("Marking and moderation.",
      "Each assignment is marked by your tutor against the College\u2019s published criteria for its level. "
      "A second tutor marks blind a sample of at least one script in four, every fail and every mark of 70 "
      "or more. Presentations are marked by two people, the tutor and a partnership headteacher, on a "
      "common grid, after a calibration meeting on the morning of Day 10. The external examiner, Dr Maureen "
      "Pilling of the University of Carsewell, sees a sample from every module and attends the Board of "
      "Examiners in September. A failed assignment may be resubmitted once.")
runin("The award.",
      "To be awarded the Postgraduate Certificate you must pass all three modules: A1, A2 and the "
      "Professional Practice Portfolio. Between them the three assignments assess every one of the national "
      "minimum outcomes. Everyone who attends at least eight of the ten days also receives a Certificate of "
      "Attendance from the Marrick Vale SEN Partnership, whether or not they submit the assignments.")
runin("Markers and speakers.",
      "Tutors who mark attend the calibration meeting and the College\u2019s annual assessment day. "
      "Visiting speakers are sent the day\u2019s timetable and the abstract of their session. You may find "
      "it helpful to ask a senior colleague in your school to act as an informal mentor during the year.")

# ------------------------------------------------------------------ practical information
p("Practical information", "PB Section")
PRACT = [
    ("Venues.", "Abbotsmere campus: Chapel Building and Great Hall, College Road, Abbotsmere. Marrick Vale "
     "Teachers\u2019 Centre: Beck Lane, Hexley. Lindal Professional Development Centre: Market Street, "
     "Lindal. Maps are in your pack; parking is free at all three."),
    ("Access and adjustments.", "The booking form asks whether you have a disability or a health condition "
     "that we should know about, explains why we ask, and tells you that the answer is seen only by the "
     "programme director and the College\u2019s Disability Adviser. If you tell us, the Disability Adviser "
     "will meet you before Day 1 to agree adjustments to teaching and to assessment: for example extra "
     "time, a recorded rather than a live presentation, handouts in advance or in another format, or a "
     "note-taker. All three venues are step-free and have hearing loops; we choose your visit-day setting "
     "with your access needs in mind. This book is available in large print and in electronic form. The "
     "College monitors applications, progress and results by disability and ethnic group under its "
     "Disability Equality Scheme and Race Equality Policy and reports them to its Equality Committee."),
    ("If you miss a day.", "The days run in the order shown, for one cohort a year starting in October. If "
     "you miss a day, the handouts will be posted to you and your tutor will go through the day with you "
     "at your next tutorial, and you may attend the matching day next year free of charge. You may take up "
     "to two years from Day 1 to submit the three assignments."),
    ("Online.", "There is no online part of the programme: handouts are given out on the day or posted to "
     "you, and no part of the programme is taught through the College\u2019s virtual learning environment."),
    ("Your Starting Points questionnaire.", "Please complete the questionnaire you discussed at interview and "
     "bring it on Day 1. It asks you to rate your confidence against the national outcomes. We use the "
     "results to place you in workshop groups and to decide how much time to give each topic across the "
     "cohort."),
    ("Library.", "As a participant you are a member of the College library and may use its electronic "
     "journals from home."),
    ("Your CRB disclosure.", "As a serving teacher you will already have been checked by your employer, so "
     "we do not ask to see your disclosure. Host settings on Day 5 may ask you for photographic "
     "identification."),
    ("Being assessed without attending.", "The programme does not include an assessment-only route. "
     "Experienced colleagues who want to be assessed without attending the study days may wish to contact "
     "Fellbridge University, whose programme offers such a route."),
    ("Fees.", "The fee is \u00a31,050. For teachers in Hexley, Lindal and Carrow schools the partnership pays "
     "\u00a3400 of it. Holding the days at partnership centres rather than hired venues keeps the fee about "
     "a fifth lower than it would otherwise be."),
    ("Your feedback.", "At the end of every day you complete an evaluation form that asks what you will do "
     "differently and how confident you now feel about the day\u2019s topics; the programme team reads "
     "them that week and reports back at the start of the next day. In June the partnership\u2019s "
     "principal SEN officers run a focus group with participants, without College staff present. The "
     "external examiner reports each autumn, and the programme is reviewed in the College\u2019s annual "
     "programme monitoring. Each July the Stakeholder Review Group (the working group that planned the "
     "days: the three principal SEN officers, two headteachers and the chair of the Parents\u2019 Forum) "
     "meets the programme team to consider the evaluation summary, the focus-group report and the external "
     "examiner\u2019s report, and agrees the changes for the following year, which are listed in the next "
     "year\u2019s book. We hope in time to find out whether the programme makes a difference to the "
     "progress of pupils in participants\u2019 schools."),
]
for lead, text in PRACT:
    runin(lead, text)

# ------------------------------------------------------------------ speakers
p("Our speakers", "PB Section")
BIOS = [
    ("Colin Ashby", "has been headteacher of Saltings Primary School, Hexley, for nine years and was its SENCO "
     "before that. He chairs the Hexley headteachers\u2019 inclusion group and sits on the Stakeholder "
     "Review Group."),
    ("Bethan Cole", "is a specialist speech and language therapist with Lindal Primary Care Trust and leads "
     "the county\u2019s communication-friendly schools project."),
    ("Jackie Dunmore", "chairs the Marrick Vale Parents\u2019 Forum. She is the parent of two young people "
     "with special educational needs and a trained Parent Partnership volunteer."),
    ("Lorna Feeney", "is an autism outreach teacher in Carrow. She wrote Carrow\u2019s e-learning course on "
     "autism for teaching assistants."),
    ("Clare Ibbotson", "is the College\u2019s academic liaison librarian for education."),
    ("Siobhan Kerr", "is Inclusion Manager for Carrow City Council. She was SENCO at Hollins Bank High School "
     "for seven years."),
    ("Hannah Lowther", "is Lecturer in Inclusive Education at the College. She was SENCO at Priestgate School, "
     "Carrow, from 1999 to 2008, holds an MA in Special Educational Needs, a specialist teaching "
     "qualification in specific learning difficulties and the NPQH, and is the programme\u2019s assessment "
     "tutor."),
    ("Aileen Marsh", "is Participation Officer in Lindal\u2019s children\u2019s services and trains staff in "
     "Talking Mats and person-centred reviews."),
    ("Priya Mistry", "is chair of governors at Crossfell High School, Hexley."),
    ("David Ng", "is a behaviour support teacher in Hexley."),
    ("Dr Rosalind Okafor", "is Programme Director and Senior Lecturer in Inclusive Education. She was SENCO "
     "in two Hexley schools for eleven years, and her EdD (2007) studied how SENCOs lead change."),
    ("Gareth Pryce-Jennings", "is Principal Lecturer in Education. He was headteacher of Linthwaite Special "
     "School from 1996 to 2006, and has published on provision mapping in the British Journal of Special "
     "Education."),
    ("Dr Imran Qureshi", "is Senior Educational Psychologist in Hexley."),
    ("Tom Rudd", "is ICT and assistive technology adviser to Carrow schools."),
    ("Speaker for session 6.2", "to be confirmed."),
]
for name, bio in BIOS:
    para = doc.add_paragraph()
    para.paragraph_format.space_after = Pt(3)
    r = para.add_run(name + " ")
    r.bold = True
    para.add_run(bio)
p("Every College tutor on the programme spends at least five days a year working alongside SENCOs in "
  "partnership schools, and attends nasen Live or another national SEN conference each year.", italic=True)

p("With thanks", "PB Section")
p("To the headteachers, SENCOs and parents of Marrick Vale, whose encouragement made this programme "
  "possible; to our four host settings; and to Hexley, Lindal and Carrow councils for their generous "
  "support.")

p("Reading for the year", "PB Section")
p("The reading list is revised each summer by the programme team. A few starting points:", italic=True)
for ref in [
    "Bercow, J. (2008) The Bercow Report: a review of services for children and young people (0\u201319) "
    "with speech, language and communication needs. DCSF.",
    "Blatchford, P. et al. (2009) Deployment and Impact of Support Staff project, research brief. DCSF.",
    "DfES (2001) Special Educational Needs Code of Practice.",
    "DfES (2004) Removing Barriers to Achievement: the Government\u2019s strategy for SEN.",
    "Lamb, B. (2009) Lamb Inquiry: review of SEN and disability information. DCSF.",
    "Ofsted (2006) Inclusion: does it matter where pupils are taught?",
]:
    p("\u2013 " + ref, "PB Small")

# ------------------------------------------------------------------ index, two columns
idx = doc.add_section(WD_SECTION.NEW_PAGE)
cols = idx._sectPr.find(qn("w:cols"))
if cols is None:
    cols = parse_xml(f'<w:cols {nsdecls("w")}/>')
    idx._sectPr.append(cols)
cols.set(qn("w:num"), "2")
cols.set(qn("w:space"), "567")

p("Index", "PB Section")
p("Numbers are sessions (Day.session). A1, A2 and A3 are the three assignments.", "PB Small")
INDEX = [
    ("Access arrangements for national tests and examinations", "handout H7 in your pack"),
    ("Agencies, external: their roles, and getting specialist support", "6.1, 6.2 \u00b7 A2"),
    ("Annual review meetings", "7.3"),
    ("Assess, plan, do, review", "see Identifying needs"),
    ("Child development, and what affects it", "2.1 \u00b7 not assessed"),
    ("Coaching and mentoring colleagues", "see Colleagues, supporting"),
    ("Code of Practice (SEN) and SEN law", "1.1 \u00b7 A1"),
    ("Colleagues, gaining the commitment of", "4.3, 8.2 \u00b7 A3"),
    ("Colleagues, supporting the professional development of", "8.1, 8.3 \u00b7 not assessed"),
    ("Communication: speaking, writing, listening", "1.4, 9.4 \u00b7 A1, A2, A3 (presentation)"),
    ("Decision-making and problem-solving", "9.3 \u00b7 not assessed"),
    ("Disability equality law", "1.3 \u00b7 A1"),
    ("Every Child Matters", "1.2 \u00b7 A1"),
    ("Families", "see Parents and carers"),
    ("Governors", "see Strategic development"),
    ("ICT", "see Teaching approaches"),
    ("Identifying needs, setting targets, planning and reviewing interventions", "3.1 \u00b7 A2"),
    ("Parents and carers, working with", "7.2, 7.3 \u00b7 A2"),
    ("Professional development, your own", "10.3 \u00b7 CPD plan (not part of the portfolio)"),
    ("Professionals\u2019 assessments, using", "3.2 \u00b7 A2"),
    ("Provision mapping", "4.1 \u00b7 A3"),
    ("Pupils, involving them in planning and reviewing their provision", "7.1, 7.3 \u00b7 A2"),
    ("Relationships with pupils and families", "7.2, 7.3 \u00b7 A2"),
    ("Research and best practice in meeting SEN", "3.5, 4.2 \u00b7 A1"),
    ("Research and outside advice, using to improve practice", "3.5 \u00b7 A1"),
    ("Reviewing provision with colleagues", "9.1 \u00b7 not assessed"),
    ("Self-evaluation and improvement, school", "9.2 \u00b7 A3"),
    ("Services and voluntary organisations, working with", "6.3 \u00b7 not assessed"),
    ("Staff, deploying and managing", "4.2 \u00b7 A3"),
    ("Strategic development: ethos, policy, priorities and resources, with senior colleagues and governors",
     "4.3 \u00b7 A1"),
    ("Summative assessment and tracking progress", "3.3B (optional workshop) \u00b7 not assessed"),
    ("Teaching approaches, strategies and resources, including ICT", "3.4 \u00b7 A2"),
    ("Time, managing your own", "see Workload"),
    ("Types of special educational need", "2.2, 2.3 \u00b7 A2"),
    ("Visit day", "5.1\u20135.3"),
]
letter = None
for term, ref in INDEX:
    if term[0] != letter:
        letter = term[0]
        lp = p(letter, "PB Index", bold=True)
        lp.paragraph_format.space_before = Pt(5)
    para = doc.add_paragraph(style="PB Index")
    para.add_run(term + ", ")
    r = para.add_run(ref)
    if ref.startswith("see "):
        r.italic = True

# ------------------------------------------------------------------ notes page, back to one column
notes = doc.add_section(WD_SECTION.NEW_PAGE)
ncols = notes._sectPr.find(qn("w:cols"))
ncols.set(qn("w:num"), "1")
p("Notes", "PB Section")
for _ in range(18):
    line = doc.add_paragraph()
    line.paragraph_format.space_after = Pt(10)
    line._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="4" w:space="1" w:color="A0A0A0"/></w:pBdr>'))
p("")
p("Abbotsmere University College, College Road, Abbotsmere AB2 6HN \u00b7 Programme Office 01632 960 190",
  "PB Small", align="c")

doc.save(OUT)
print("wrote", OUT)
