"""Build dg-01.docx: Brightwater Academies Trust, Professional Learning Calendar 2009-10,
Section 4 (the SENCO Award), sent with a covering memorandum (invented provider).

Provider
--------
Brightwater Academies Trust: an academy sponsor trust (a charitable company) running five
secondary academies in the invented city of Dunmere and county of Easterdale (Calderbridge,
Hessel Vale, Kingsmoor, Morrowfield and Ravenside Academies). It applies with the invented
University of Ambleford, which validates and awards a 60-credit Level 7 Postgraduate
Certificate in SEN Coordination (two 30-credit modules, EDU7140 and EDU7141). Dated 15 May
2009; 2008-era vocabulary (CRB, Single Central Record, DDA and the Disability Equality Duty,
SEN Code of Practice 2001, SENCO Regulations 2008, ECM, CAF, KS2/KS3, FFT, JCQ, SEF).

Layout (a kind of document an academy trust keeps: its staff CPD year planner)
------------------------------------------------------------------------------
The trust does not write a narrative. It sends the SENCO Award section of its Professional
Learning Calendar, the year planner that participants, mentors and Principals work from.
- Portrait: a typed memorandum (a To/From/Copy/Date/Re table, then unnumbered prose paragraphs,
  including the values and the stakeholder consultation), a "Key to the calendar" table of
  symbols (square study day, diamond deadline, dot quality assurance, triangle Trust event,
  circle academy event; italics provisional; strike-through cancelled), and "The Award in
  brief" field table.
- Landscape section: one table per month from June 2009 to July 2010, each with a merged,
  shaded month row and four columns (w/c | SENCO Award | Assessment and quality | Across the
  Trust). Study-day cells carry the content of each day. Most of the Trust column is noise
  (INSET, mocks, open evenings, Trust Board), some of it wrong-context (a Single Central
  Record audit, a JCQ access-arrangements deadline for Year 11). Under each month, a bold
  typed "Notes - Month" line and typed "-" paragraphs with bold run-in lead-ins carry who
  does what. July 2009 has a struck-through row (a withdrawn route); July 2010 has italic
  provisional rows.
- Portrait again: "The four Tasks" (award rule, blanket claim, a Task table with "Marked for"
  column in the trust's own words), and "Who's who" (staff table, keeping up to date).
- Page header and footer (the footer claims every participant holds CRB clearance: not
  evidence, and not quoted). No Heading styles for months; Heading 1 only for the three
  portrait parts.

Traps and the requirement ids they affect
-----------------------------------------
- 1.1 partially_met: the Award's aim is attainment only ("To close the gap in attainment
  ... five A*-C grades"); well-being is a value in the memo ("Every child in a Brightwater
  academy matters") and ECM is only Study Day 2 content; no Task looks at well-being.
- 1.9 and 6.0 partially_met: award on passing four Tasks; blanket claim "Between them the
  four Tasks assess every one of the national minimum outcomes" against Task briefs that
  leave several outcomes out (below).
- 2.1 partially_met: prior learning cannot be credited ("do not at present allow credit";
  a conditional "if the University changes them, we would expect to consider claims"), but
  prior knowledge is reflected in the Individual Learning Plan.
- 2.2 met: Starting Point self-review against the outcomes, tested by the tutor, Individual
  Learning Plan with personal targets, reviewed at tutorials.
- 2.3 not_met: struck-through July row and the note: the pilot's assessment-only route "has
  been withdrawn" (a past arrangement plus a negation).
- 2.4 partially_met: ILP targets, but every participant attends the same ten days; cost is
  only "paid centrally"; nothing on cost-effectiveness.
- 2.5 not_met: only a hope and a provisional (italic) "Celebration and next steps evening".
- 3.1 not_met: only the memo's value statement "Brightwater is an equal opportunities
  employer"; DDA appears only as course content (Study Day 2, Task 1), which is K3 not 3.1.
- 3.2 met: Standard and Extended routes, switching, twilight repeats of every day (a
  conditional January intake adds nothing but does not spoil it).
- 3.3 partially_met: Brightwater Connect (Moodle) holds materials and a peer forum, but
  "tutors do not monitor it": no direct tutor support online.
- 4.1 and 4.2 met (memo: questionnaire, parents' meeting, LAs, special school; three
  changes). 4.3 partially_met: stakeholders teach, host and sit on the selection panel, but
  their part in evaluation is a provisional meeting "We are considering inviting ...".
- 5.1 met: study-day evaluations, mid-year review, end-of-course questionnaire, external
  examiner, University annual monitoring, July Programme Committee action plan.
- 5.2 met: entry criteria, written application, scored interview against the outcomes,
  guidance letter and discussion with the Principal.
- 5.3 partially_met: Trust candidates are checked on the Single Central Record, but the
  four cluster-school candidates' checks "remain a matter for those schools" (and the SCR
  audit in the Trust column is wrong-context; the footer claim is not evidence).
- 5.4 met (Who's who with backgrounds and a keeping-up-to-date arrangement). 5.5 met
  (specialists on named days; arranged study visits with host teachers). 5.7 met (mentor
  briefing and Mentor Guide; tutors' induction, standardisation, Tutor Handbook). 5.8 met.
- 5.6 partially_met: University library and the Moodle site only; a loan collection is
  only hoped for ("We hope to build up a loan collection").
- 5.9 partially_met: confidence measured (Starting Point repeated and collated), pupil
  impact only expected ("We also expect the Award to show, over time, ...").
- Outcomes: developed (study-day cell) and assessed ("Marked for"): met for A1, A2, A4, A5,
  A6, K1, K3, K5, K6, K7, K8, S1, S2, S2a, S2b, S3, S4, S6, S7, S8.
  A3 not_met and S2c not_met: absent everywhere.
  K2 partially_met (Study Day 2, not in any Task); S2d partially_met (Study Day 4 content,
  not in any Task; the JCQ deadline in the Trust column is the academies' business);
  A7 partially_met (network and a CPD log that "is not marked");
  K4 partially_met (assessed in Task 2, "an account of the student's development", but no
  study day covers development);
  S5 partially_met (Study Day 8; Task 3 only "may include" coaching, a conditional);
  K9 and S9 partially_met (Study Day 9; Task 4 "Participants may also choose to talk
  about" outside agencies: optional).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("dg-01-brightwater-learning-calendar.docx")

TEAL = "1F5F6B"
PALE = "DCEEF0"
GREY = "EDEDED"

doc = Document()
doc.core_properties.author = "Karen Liddle"
doc.core_properties.title = "Professional Learning Calendar 2009-10 Section 4 SENCO Award"
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10)
normal.paragraph_format.space_after = Pt(4)
h1 = doc.styles["Heading 1"]
h1.font.name = "Arial"
h1.font.size = Pt(14)
h1.font.color.rgb = RGBColor.from_string(TEAL)


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


def runin(lead, text):
    p = doc.add_paragraph()
    r = p.add_run(lead + " ")
    r.bold = True
    p.add_run(text)
    return p


def note(lead, text):
    """A typed dash note with a bold run-in lead (no list style)."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.6)
    p.add_run("\u2013\t")
    r = p.add_run(lead + " ")
    r.bold = True
    p.add_run(text)
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def put(cell, text, bold=False, italic=False, strike=False, size=9, lead=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if lead:
        r = p.add_run(lead + " ")
        r.bold = True
        r.italic = italic
        r.font.strike = strike
        r.font.size = Pt(size)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.strike = strike
        r.font.size = Pt(size)
    return p


def set_widths(table, widths):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def simple_table(rows, widths, header=True, size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            put(c, val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(c, PALE)
    set_widths(t, widths)
    return t


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)
hp = sec.header.paragraphs[0]
hr = hp.add_run("Brightwater Academies Trust \u00b7 Professional Learning Calendar 2009\u201310 \u00b7 "
                "Section 4: National Award for SEN Coordination")
hr.font.size = Pt(7.5)
hr.font.color.rgb = RGBColor.from_string(TEAL)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Version 4 \u00b7 printed 15 May 2009 \u00b7 Entries in italics are provisional \u00b7 "
                "All SENCO Award participants hold enhanced CRB clearance \u00b7 Page ")
fr.font.size = Pt(7)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="14"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ memorandum
para("BRIGHTWATER ACADEMIES TRUST", bold=True, size=16, colour=TEAL, after=0)
para("Trust Office \u00b7 3 Chandlers Yard \u00b7 Dunmere \u00b7 DM4 2QL \u00b7 01632 960 418", size=8, after=14)
para("MEMORANDUM", bold=True, size=12, after=6)
memo = doc.add_table(rows=5, cols=2)
for i, (k, v) in enumerate([
    ("To:", "The SENCO Training Approval Panel, Training and Development Agency for Schools"),
    ("From:", "Ruth Calloway, Director of Inclusion"),
    ("Copy:", "Dr Simon Okafor, Programme Leader, University of Ambleford; the Principals of our five academies"),
    ("Date:", "15 May 2009"),
    ("Re:", "Application for approval to provide the National Award for SEN Coordination"),
]):
    put(memo.cell(i, 0), k, bold=True, size=10)
    put(memo.cell(i, 1), v, size=10)
set_widths(memo, [2.2, 14.5])
para("", after=2)

para("Brightwater Academies Trust is the sponsor of five secondary academies in Dunmere and Easterdale: "
     "Calderbridge Academy, Hessel Vale Academy, Kingsmoor Academy, Morrowfield Academy and Ravenside "
     "Academy. "
     "Every child in a Brightwater academy matters, and the children who find school hardest matter most: "
     "that belief is written into each of our funding agreements, and it is the reason for this application. "
     "Brightwater is an equal opportunities employer, and all our professional learning is open to every "
     "member of staff.")
para("Four of our five academies have appointed a new SENCO since September 2007. With the University of Ambleford we have "
     "designed an Award that our SENCOs can take without leaving the Trust, taught partly by the people who "
     "will go on working alongside them.")
para("We have not written a separate narrative. Instead we enclose Section 4 of the Trust\u2019s Professional "
     "Learning Calendar for 2009\u201310: the pages that participants, their academy mentors and their "
     "Principals will work from. The entries show what happens and when; the notes under each month say who "
     "does what. The four assessed Tasks, and the people who teach the Award, are set out after the calendar.")
runin("How the Award was shaped.",
      "Between November 2008 and February 2009 we asked the people who will live with the Award what it should "
      "do. A questionnaire went to all five Principals and to the 31 staff in our academies who hold SEN "
      "responsibilities (27 replied). We met the Dunmere Parent Partnership Service with eight parents of "
      "students who have statements, and we met the SEN teams of Dunmere City Council and Easterdale County "
      "Council and the head of Fernhill School. Principals told us that new "
      "SENCOs were not confident with data and could not yet show governors what provision was achieving: "
      "Study Day 4 and the data sections of Task 2 are our answer. SENCOs told us that leading teaching "
      "assistants was the part of the job they had been least prepared for: Study Day 7 is given over to it, "
      "and Task 3 asks each participant to redeploy support staff in their own academy. Parents told us that "
      "they wanted to be listened to at reviews, not talked at: for that reason the afternoon of Study Day 6 "
      "is planned and taught with the Parent Partnership Service. SENCOs also asked that no study day should "
      "fall in the examination season, and none does between 14 May and 16 June.")
para("Please ring me at the Trust Office if anything is unclear.")
para("Ruth Calloway", bold=True, after=0)
para("Director of Inclusion")

doc.add_heading("Key to the calendar", level=1)
simple_table([
    ("Mark", "Meaning"),
    ("\u25a0", "SENCO Award study day or session (all participants)"),
    ("\u25c6", "Task deadline: hand in to the Trust Office by 4.00 pm"),
    ("\u25cf", "Quality assurance, marking or moderation"),
    ("\u25b2", "Trust-wide event"),
    ("\u25cb", "Academy event, for information only"),
    ("Italics", "Provisional: pencilled in, not yet confirmed"),
    ("Struck through", "Cancelled or withdrawn since the last version of the calendar"),
], [2.8, 13.9])

doc.add_heading("The Award in brief", level=1)
BRIEF = [
    ("Title", "Postgraduate Certificate in Special Educational Needs Coordination (the National Award for SEN "
              "Coordination)"),
    ("Awarded by", "The University of Ambleford. The Award was approved at the University\u2019s validation event "
                   "on 23 April 2009, with the Trust as the University\u2019s partner for delivery."),
    ("Credit", "60 credits at Level 7 (Master\u2019s level) in two modules of 30 credits: EDU7140 The SENCO, the "
               "law and the learner (Study Days 1\u20135, Tasks 1 and 2) and EDU7141 Leading provision for SEN "
               "(Study Days 6\u201310, Tasks 3 and 4)."),
    ("Aim", "To close the gap in attainment between students with SEN and their classmates in our academies, in "
            "five A*\u2013C grades and in progress in English and mathematics."),
    ("Who it is for", "Teachers in Brightwater academies who have become SENCOs since September 2008, or whom "
                      "their Principal has designated to take up the post by January 2010. Four of the sixteen "
                      "places are offered to schools in the Dunmere West cluster."),
    ("Routes", "Standard (one year: ten study days, September to July) or Extended (two years: EDU7140 in the "
               "first year, EDU7141 in the second). A participant may move from the Standard to the Extended "
               "route at any point up to the end of EDU7140. Every participant attends all ten study days, "
               "and every study day is also run as a pair of twilight sessions (4.00\u20137.00 pm) at Ravenside "
               "Academy in the following week: participants may attend either. A second intake, starting "
               "EDU7140 in January 2010, will run if six or more applications are received by 30 October 2009."),
    ("Fees", "\u00a31,450 per participant, paid centrally by the Trust. Academies meet the cost of cover."),
]
bt = doc.add_table(rows=len(BRIEF), cols=2)
bt.style = "Table Grid"
for i, (k, v) in enumerate(BRIEF):
    put(bt.cell(i, 0), k, bold=True)
    shade(bt.cell(i, 0), PALE)
    put(bt.cell(i, 1), v)
set_widths(bt, [3.2, 13.5])

# ------------------------------------------------------------------ landscape calendar
cal = doc.add_section(WD_SECTION.NEW_PAGE)
cal.orientation = WD_ORIENT.LANDSCAPE
cal.page_width, cal.page_height = sec.page_height, sec.page_width
cal.left_margin = cal.right_margin = Cm(1.8)
cal.top_margin = cal.bottom_margin = Cm(1.6)
WIDTHS = [1.9, 11.2, 6.2, 6.7]


def month(title, rows):
    """rows: (wc, award, quality, trust, fmt) where fmt is '', 'i' (provisional) or 's' (struck)."""
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    t = doc.add_table(rows=len(rows) + 2, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = t.cell(0, 0).merge(t.cell(0, 3))
    put(top, title.upper(), bold=True, size=11)
    shade(top, TEAL)
    for r in top.paragraphs[0].runs:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for j, h in enumerate(("w/c", "SENCO Award", "Assessment and quality", "Across the Trust")):
        put(t.cell(1, j), h, bold=True, size=8.5)
        shade(t.cell(1, j), PALE)
    for i, row in enumerate(rows, start=2):
        wc, award, qual, trust = row[:4]
        fmt = row[4] if len(row) > 4 else ""
        it = fmt == "i"
        st = fmt == "s"
        put(t.cell(i, 0), wc, italic=it, strike=st, size=8.5)
        if isinstance(award, tuple):
            put(t.cell(i, 1), award[1], lead=award[0], italic=it, strike=st, size=8.5)
            shade(t.cell(i, 1), GREY)
        else:
            put(t.cell(i, 1), award, italic=it, strike=st, size=8.5)
        put(t.cell(i, 2), qual, italic=it, strike=st, size=8.5)
        put(t.cell(i, 3), trust, italic=it, strike=st, size=8.5)
    set_widths(t, WIDTHS)
    p.add_run("").bold = True
    return t


def notes_head(m):
    p = para("Notes \u2013 " + m, bold=True, after=2)
    p.paragraph_format.space_before = Pt(6)
    p.runs[0].font.color.rgb = RGBColor.from_string(TEAL)


# June 2009
month("June 2009", [
    ("1 Jun", "Nominations close Fri 5 June: Principal\u2019s nomination form and candidate\u2019s written "
              "application to the Trust Office", "", "\u25b2 Principals\u2019 Executive, Tue 2 June"),
    ("8 Jun", ("\u25a0 Selection interviews,", "Wed 10 and Thu 11 June, Trust Office"),
     "\u25cf Selection panel: Director of Inclusion, Programme Leader and a Principal from another academy",
     "\u25cb Year 11 study leave"),
    ("15 Jun", "Offers and guidance letters posted, Fri 19 June", "",
     "\u25b2 Trust Board Education Committee, Thu 18 June"),
    ("22 Jun", "CRB details checked for Trust candidates (see notes)", "",
     "\u25cb Single Central Record audit in every academy (Trust HR)"),
    ("29 Jun", "Starting Point self-review sent to everyone offered a place", "", "\u25cb Year 6 induction days"),
])
notes_head("June")
note("Who can apply.",
     "Candidates must hold QTS, have completed their induction year and be in post as SENCO, or be designated "
     "by their Principal to take up the post by January 2010. Each candidate writes a 1,000-word application "
     "describing a piece of SEN work they have led and what came of it; the Principal adds a nomination "
     "statement.")
note("Selection.",
     "The panel interviews every candidate for 30 minutes and scores the application and the interview on the "
     "Trust\u2019s selection sheet, which is built from the national outcomes, to judge whether the candidate "
     "has enough knowledge, understanding and experience to complete the Award within the year. A candidate "
     "who is not offered a place receives a guidance letter from the Director of Inclusion setting out what to "
     "do before applying again (for example, shadowing an experienced SENCO for a term or completing the "
     "Trust\u2019s Inclusion Foundations course), and the Director discusses the letter with the candidate\u2019s "
     "Principal.")
note("CRB.",
     "For each Trust candidate, Trust HR checks the academy\u2019s Single Central Record for a current enhanced "
     "CRB disclosure before the offer is confirmed, and records the disclosure number and date on the "
     "participant\u2019s file. Candidates from Dunmere West cluster schools are employed by their own governing "
     "bodies, and their checks remain a matter for those schools.")

# July 2009
month("July 2009", [
    ("6 Jul", "Starting Point self-review to be returned by Fri 10 July", "", "\u25cb Sports days"),
    ("13 Jul", "Starting Point meetings with personal tutors (45 minutes each), Mon 13 \u2013 Thu 16 July",
     "\u25cf Programme Leader reads every Individual Learning Plan", "\u25b2 Trust Summer Conference, Wed 15 July"),
    ("20 Jul", ("\u25a0 Induction afternoon,", "Mon 20 July, 1.30\u20134.00: meet the cohort and your tutor; "
                                               "Brightwater Connect log-ins issued"), "",
     "\u25cb Academies close Wed 22 July"),
    ("20 Jul", "Assessment-only candidates: portfolios due", "Assessment-only panel", "", "s"),
])
notes_head("July")
note("Starting Point.",
     "The Starting Point self-review has 33 statements, one for each national minimum outcome, in our own "
     "words. For each statement the participant rates themselves from 1 (new to me) to 4 (I could teach "
     "colleagues this) and gives an example from their own work. At the Starting Point meeting the personal "
     "tutor tests the ratings against the examples and the application, and agrees with the participant an "
     "Individual Learning Plan: the outcomes the participant most needs to develop and a personal target for "
     "each. The Plan is reviewed and updated at each of the three tutorials (October, November and January).")
note("Previous study.",
     "The University\u2019s "
     "regulations do not at present allow credit for prior learning on partner-delivered awards; if the "
     "University changes them, we would expect to consider claims from the 2010\u201311 cohort. In the meantime, "
     "what a participant already knows is reflected in their Individual Learning Plan.")
note("Assessment-only route.",
     "The assessment-only route offered to two experienced SENCOs in the 2008\u201309 pilot has been withdrawn. "
     "The University\u2019s regulations for the validated Award require attendance at the taught modules, so "
     "there will be no assessment-only candidates in 2009\u201310, and the July entries have been struck out.")

# August
month("August 2009", [
    ("", "No Award entries in August", "", "\u25cb GCSE results day, Thu 27 August"),
])

# September
month("September 2009", [
    ("31 Aug", "", "", "\u25cb INSET days in all academies, Tue 1 and Wed 2 Sept"),
    ("14 Sep", ("\u25a0 Study Day 1, Thu 17 Sept: The SENCO and the law.",
                "The Education Act 1996 (Part IV), the SEN Code of Practice (2001), the Special Educational Needs "
                "and Disability Act 2001, Removing Barriers to Achievement (2004) and the SENCO Regulations 2008; "
                "what the Code means in a secondary academy: School Action, School Action Plus, statements and "
                "annual reviews. Afternoon workshop: writing at Master\u2019s level."), "", ""),
    ("21 Sep", "Twilight repeat of Study Day 1: Tue 22 and Wed 23 Sept, Ravenside Academy",
     "\u25cf Mentor briefing, Thu 24 Sept, 4.00\u20136.00 pm, Calderbridge Academy", "\u25b2 Heads of Year network"),
    ("28 Sep", "First tutorial (by Fri 9 Oct)", "", "\u25cb Open evenings for Year 6 parents"),
])
notes_head("September")
note("Gap tasks.",
     "After every study day each participant carries out a gap task in their own academy, set on the day and "
     "linked to the Task it prepares for. After Study Day 1 the gap task is to compare the academy\u2019s SEN "
     "policy with the Code of Practice and with what actually happens in the academy; this becomes the core of "
     "Task 1. Mentors see every gap task, and the personal tutor discusses it at the next tutorial.")
note("Mentors.",
     "Each Principal names a mentor for each participant, normally a member of the academy\u2019s leadership "
     "team. All mentors attend the briefing on 24 September, led by Dr Okafor, and receive the Mentor Guide. "
     "The briefing covers what mentors do (meet the participant at least twice each half-term, see every gap "
     "task, observe the participant leading a meeting or a training session once during EDU7141 and give "
     "written feedback) and what they do not do (mentors do not mark Tasks). A mentor who cannot attend is "
     "briefed by the Director of Inclusion before the first tutorial.")
note("Tutors.",
     "The programme leader and the two associate tutors attend the University\u2019s programme team induction "
     "in September and the standardisation meeting in November, and work from the University\u2019s Tutor "
     "Handbook for the Award.")
note("Evaluation.",
     "Every study day ends with a one-page evaluation, summarised for the programme team within a week.")

# October
month("October 2009", [
    ("5 Oct", ("\u25a0 Study Day 2, Thu 8 Oct: Every Child Matters and disability equality.",
               "The five outcomes, the Children Act 2004, the Common Assessment Framework and the lead "
               "professional; the Disability Discrimination Act 1995 and 2005, the Disability Equality Duty, "
               "reasonable adjustments for students and academies\u2019 accessibility plans."), "", ""),
    ("12 Oct", "Twilight repeat of Study Day 2: Tue 13 and Wed 14 Oct", "",
     "\u25b2 Principals\u2019 Executive, Tue 13 Oct"),
    ("19 Oct", "Gap task: your academy\u2019s accessibility plan and what it has changed for students", "",
     "\u25cb Half term begins Fri 23 Oct"),
])
notes_head("October")
note("Brightwater Connect.",
     "Brightwater Connect, the Trust\u2019s Moodle site, holds the slides and handouts from every study day, the "
     "reading list and a discussion forum for the cohort. The forum is there for participants to help one "
     "another between study days; tutors do not monitor it, and questions for tutors are kept for tutorials.")

# November
month("November 2009", [
    ("2 Nov", ("\u25a0 Study Day 3, Thu 5 Nov: Learners and difference.",
               "The most common kinds of SEN and disability in secondary academies and how each affects learning: "
               "behavioural, emotional and social difficulties; specific learning difficulties, including "
               "dyslexia; speech, language and communication needs; autistic spectrum disorders; moderate "
               "learning difficulties. With the Dunmere Autism Outreach Team and Dr Alison Reay, Senior "
               "Educational Psychologist, Easterdale County Council."), "", ""),
    ("9 Nov", "Twilight repeat of Study Day 3", "\u25cf Tutor standardisation meeting, Wed 11 Nov", ""),
    ("16 Nov", "Second tutorial", "", "\u25cb Year 11 mock examinations (Calderbridge, Hessel Vale)"),
    ("23 Nov", ("\u25c6 Task 1 due,", "Fri 27 Nov"), "", "\u25b2 Trust Board, Thu 26 Nov"),
])
notes_head("November")
note("Specialists.",
     "Every study day in EDU7140 includes at least one session taught by a practising specialist from outside "
     "the Trust: the Dunmere Autism Outreach Team and Dr Reay on Study Day 3; a speech and language therapist "
     "from Dunmere Community Health and Dr Reay again on Study Day 4; the Easterdale Sensory Support Service on "
     "Study Day 5. The programme leader briefs each guest on the outcomes their session serves.")

# December
month("December 2009", [
    ("30 Nov", ("\u25a0 Study Day 4, Thu 3 Dec: Finding out and planning.",
                "Identifying students who may have SEN from observation, KS2 results, CATs, reading ages and "
                "other data; using reports from educational psychologists, speech and language therapists and "
                "other professionals to plan teaching; setting targets, planning interventions and reviewing IEPs; "
                "tracking progress with Key Stage 3 teacher assessment, GCSE predictions and FFT estimates, and "
                "changing programmes that are not working; access arrangements for national tests and GCSE under "
                "the JCQ regulations."), "", ""),
    ("7 Dec", "Twilight repeat of Study Day 4", "\u25cf Task 1 marked; second marking, Wed 9 Dec", ""),
    ("14 Dec", "Task 1 marks and feedback returned, Fri 18 Dec", "\u25cf Moderation meeting, Tue 15 Dec",
     "\u25cb Term ends Fri 18 Dec"),
])
notes_head("December")
note("Marking and moderation.",
     "Each Task is marked by the participant\u2019s personal tutor against the University\u2019s Level 7 "
     "assessment criteria and the Task\u2019s own criteria. A second tutor marks one script in four blind, "
     "together with every script marked as a fail or within three marks of a grade boundary. University and "
     "Trust tutors agree the marks at the moderation meeting. The external examiner, Dr Eleanor Vance of "
     "Halsey University, receives a sample of every Task and all fails, and attends the Board of Examiners in "
     "July.")

# January
month("January 2010", [
    ("4 Jan", "", "", "\u25cb Term begins Tue 5 Jan"),
    ("11 Jan", ("\u25a0 Study Day 5, Thu 14 Jan: Teaching, learning and technology.",
                "Judging approaches, strategies and resources for assessment, planning and teaching against the "
                "evidence for them; assistive technology (text-to-speech, Clicker 5, voice recognition) with the "
                "Easterdale Sensory Support Service and the Trust\u2019s ICT for Learning team; what research says "
                "about catch-up and intervention programmes for secondary students."), "", ""),
    ("18 Jan", "Twilight repeat of Study Day 5", "", "\u25b2 Trust Inclusion Conference, Sat 23 Jan"),
    ("25 Jan", "Third tutorial; EDU7140 ends for the Extended route", "\u25cf Mid-year review: questionnaire and "
                                                                     "focus group", ""),
])
notes_head("January")
note("Research briefings.",
     "Every study day opens with a 30-minute research briefing, in which the programme leader or a guest "
     "presents one recent study, inspection report or national development and what it means for our "
     "academies. The University revises the Award\u2019s reading list each June. For 2009\u201310 it includes the "
     "Bercow Report (2008), the "
     "Inclusion Development Programme materials on dyslexia and on speech, language and communication needs "
     "(2008), and Ofsted\u2019s reports Special educational needs and disability: towards inclusive schools (2004) "
     "and Inclusion: does it matter where pupils are taught? (2006).")
note("Resources.",
     "Every participant has full borrowing rights at the University of Ambleford library and uses Brightwater "
     "Connect. We hope to build up a loan collection of assessment materials and assistive software for "
     "participants during the year.")
note("Mid-year review.",
     "In late January every participant completes a short questionnaire on the first half of the "
     "Award, and a group of six meets the Director of Inclusion without tutors present. The findings go to the "
     "programme team, who say at the February tutorials what they will change in EDU7141.")

# February
month("February 2010", [
    ("1 Feb", ("\u25a0 Study Day 6, Thu 4 Feb: Listening to students and families.",
               "Morning: consulting young people about the things that affect them: running a student focus "
               "group, person-centred reviews, involving students in setting and reviewing their own targets; "
               "building fair, respectful and constructive relationships with students with SEN and their "
               "families. Afternoon, planned and taught with the Dunmere Parent Partnership Service: listening "
               "to parents and carers, explaining provision and assessment in plain language, advising families "
               "and working through disagreement."), "", ""),
    ("8 Feb", "Twilight repeat of Study Day 6", "", "\u25cb Half term begins Fri 12 Feb"),
    ("22 Feb", ("\u25c6 Task 2 due,", "Fri 26 Feb"), "",
     "\u25cb JCQ access arrangements: applications for summer GCSE candidates to Examinations Officers by "
     "Fri 26 Feb"),
])
notes_head("February")
note("Gap task after Study Day 6.",
     "Each participant consults a group of students with SEN in their academy about one aspect of provision, "
     "using one of the methods practised on the day, and reports what they heard to their mentor. Each "
     "participant also holds a review meeting with the parents or carers of the student in their Task 2 case "
     "study.")

# March
month("March 2010", [
    ("1 Mar", ("\u25a0 Study Day 7, Thu 4 Mar: Mapping and managing provision.",
               "Provision mapping and costing; finding provision that is ineffective or missing; deploying and "
               "managing teaching assistants and learning mentors, including their performance management."),
     "", ""),
    ("8 Mar", "Twilight repeat of Study Day 7", "\u25cf Task 2 second marking", ""),
    ("15 Mar", ("\u25a0 Study visits,", "Mon 15 \u2013 Fri 19 March (three days each: see notes)"), "",
     "\u25b2 Principals\u2019 Executive, Tue 16 Mar"),
    ("22 Mar", "Task 2 marks returned, Fri 26 Mar", "\u25cf Moderation meeting, Tue 23 Mar", ""),
    ("29 Mar", "", "", "\u25cb Easter holidays begin Fri 2 Apr"),
])
notes_head("March")
note("Study visits.",
     "The Trust\u2019s programme administrator, Karen Liddle, arranges every visit. Each participant spends two "
     "days at Fernhill School, Dunmere\u2019s maintained special school for students with severe and profound "
     "learning difficulties and autism, or at the Linden Lea Language Base at Kingsmoor Academy, with a host "
     "teacher who has agreed the visit programme with the programme leader beforehand; and one day in the SEN "
     "department of another Brightwater academy. Participants write a visit report for their portfolio.")

# April
month("April 2010", [
    ("19 Apr", ("\u25a0 Study Day 8, Thu 22 Apr: Leading and developing colleagues.",
                "Gaining the commitment of the Principal and senior team; advising, supporting and working with "
                "colleagues within the academy and beyond it; observing teaching and giving feedback; coaching "
                "(practised in threes); planning and leading staff training; presenting to colleagues."), "", ""),
    ("26 Apr", "Twilight repeat of Study Day 8", "", "\u25b2 Brightwater SENCO network, Wed 28 Apr (see notes)"),
])
notes_head("April")
note("The SENCO network.",
     "All Brightwater SENCOs meet once each half-term, chaired by the Director of Inclusion, and participants "
     "attend as full members. Each participant is paired with a SENCO from another academy, brings a current "
     "problem to each meeting, and plans a shared piece of work with their partner, which they report at the "
     "summer meeting.")
note("Keeping up to date.",
     "The network is where our SENCOs are expected to keep up with developments in SEN and disability. "
     "Participants keep a CPD log of what they have read and attended during the year; the log is part of the "
     "portfolio, but it is not marked.")

# May
month("May 2010", [
    ("3 May", "", "", "\u25cb GCSE and A level examinations (to Wed 23 June)"),
    ("10 May", ("\u25a0 Study Day 9, Thu 13 May: Working with other services.",
                "The roles of the educational psychology, speech and language therapy, CAMHS, social care, "
                "Connexions and sensory support services; how to obtain specialist support and resources; working "
                "with voluntary organisations (the Dunmere Dyslexia Association, Easterdale Autism Support, Young "
                "Carers Dunmere)."), "", ""),
    ("17 May", ("\u25c6 Task 3 due,", "Fri 21 May"), "", ""),
    ("24 May", "", "\u25cf Task 3 second marking", "\u25cb Half term begins Fri 28 May"),
])

# June 2010
month("June 2010", [
    ("7 Jun", "Task 3 marks returned, Fri 11 June", "\u25cf Moderation meeting, Tue 8 June", ""),
    ("14 Jun", ("\u25a0 Study Day 10, Thu 17 June: Strategy and self-evaluation.",
                "Working with the Principal, senior team and governors on the academy\u2019s SEN policy, inclusive "
                "ethos, priorities and use of resources; school self-evaluation, the academy SEF and the Ofsted "
                "framework; reviewing the effectiveness of provision with colleagues; case problems: anticipating "
                "difficulties and making well-founded decisions about provision."), "", ""),
    ("21 Jun", ("\u25c6 Task 4 professional discussions,", "Mon 21 \u2013 Fri 25 June"),
     "\u25cf External examiner\u2019s visit, Thu 24 June", ""),
])

# July 2010
month("July 2010", [
    ("5 Jul", "", "\u25cf Board of Examiners, Tue 6 July. End-of-course questionnaire; Starting Point repeated",
     ""),
    ("12 Jul", "Celebration and next steps evening, Thu 15 July", "Stakeholder review meeting",
     "", "i"),
    ("12 Jul", "", "", "\u25b2 Trust Summer Conference, Wed 14 July"),
    ("19 Jul", "", "\u25cf Programme Committee: annual review and action plan, Mon 19 July",
     "\u25cb Academies close Wed 21 July"),
])
notes_head("July")
note("Annual review.",
     "The Programme Committee (the Director of Inclusion, the programme leader, the associate tutors and the "
     "University\u2019s quality officer for partner programmes) meets each July. It considers the study-day "
     "evaluations, the mid-year review, the end-of-course questionnaire, the Task results, the external "
     "examiner\u2019s report and the University\u2019s annual monitoring report, and agrees an action plan for the "
     "next cohort, which is reported to the Trust Board\u2019s Education Committee and to the University\u2019s "
     "Faculty Board.")
note("Impact.",
     "In July every participant repeats the Starting Point self-review, so that they and we can see how their "
     "confidence against each outcome has changed; the programme team collates the results for the Programme "
     "Committee. We also expect the Award to show, over time, in the examination results of students with SEN "
     "in our academies.")
note("Next steps.",
     "We would like every participant to leave the Award with a clear idea of what to work on next, and hope "
     "to use the celebration evening to begin that conversation.")
note("Stakeholder review.",
     "We are considering inviting Principals, the Parent Partnership Service and Fernhill School to review the "
     "year with the programme team; the date is pencilled in.")

# ------------------------------------------------------------------ portrait: Tasks and people
tail = doc.add_section(WD_SECTION.NEW_PAGE)
tail.orientation = WD_ORIENT.PORTRAIT
tail.page_width, tail.page_height = sec.page_width, sec.page_height
tail.left_margin = tail.right_margin = Cm(2.0)

doc.add_heading("The four Tasks", level=1)
para("Between them the four Tasks assess every one of the national minimum outcomes. The University\u2019s Board "
     "of Examiners awards the Postgraduate Certificate to participants who have passed all four Tasks (the pass "
     "mark is 50 per cent, and each Task must be passed) and have completed the study visits. A participant who "
     "fails a Task may resubmit it once.")
TASKS = [
    ("Task", "Module, form, weighting", "What the participant does", "Marked for"),
    ("1  Policy into practice", "EDU7140; 3,000 words; 40%",
     "An audit of the SEN policy and practice of the participant\u2019s own academy against the SEN Code of "
     "Practice and the Disability Discrimination Act, ending in recommendations to the Principal.",
     "Knowledge of SEN law and the Code of Practice, what they mean for the academy and how to put them into "
     "practice; knowledge of disability equality law and the actions it requires of an academy; clear, "
     "well-organised writing."),
    ("2  A student\u2019s story", "EDU7140; 4,000 words; 60%",
     "A case study of one student with SEN in the participant\u2019s academy.",
     "How the student\u2019s needs were identified from observation, data and assessment, the targets set, the "
     "interventions planned and how progress was reviewed; how reports from other professionals were used to "
     "plan teaching; how summative data were used to track progress and change the programme; an account of "
     "the student\u2019s development and what has affected it; the nature of the student\u2019s SEN and how it "
     "affects learning; how the student was involved in planning, agreeing and reviewing the provision; the "
     "work with the student\u2019s parents or carers, and the relationship built with the student and family."),
    ("3  Leading a change", "EDU7141; 5,000 words; 60%",
     "The participant maps the provision for one year group, identifies provision that is ineffective or "
     "missing, leads a change in their academy (which must include redeploying support staff) and reviews "
     "its effect with colleagues.",
     "The provision map and the analysis of what was ineffective or missing; the deployment and management "
     "of support staff; the critical choice of approaches, strategies and resources, including ICT; the use "
     "of research and outside advice to improve the participant\u2019s own and colleagues\u2019 practice; gaining "
     "the commitment of the Principal and senior team; the proposal to the senior team and governors on "
     "policy, priorities and resources; the review of the change with colleagues and how it feeds the "
     "academy\u2019s self-evaluation. Where the change involves coaching or training colleagues, the report may "
     "include an account of this."),
    ("4  Professional discussion", "EDU7141; 40 minutes with two tutors; 40%",
     "A discussion based on the participant\u2019s portfolio (gap tasks, visit report, CPD log).",
     "A decision about provision the participant has made, the problems they anticipated and how they judged "
     "what to do; what they know of best practice and research in meeting special educational needs; "
     "speaking clearly, and listening and responding to the tutors\u2019 questions. Participants may also choose "
     "to talk about their work with outside agencies and voluntary organisations."),
]
simple_table(TASKS, [2.6, 2.9, 4.6, 6.6], size=8.5)

doc.add_heading("Who\u2019s who", level=1)
simple_table([
    ("Name", "On the Award", "Background"),
    ("Dr Simon Okafor", "Programme Leader (University of Ambleford); personal tutor",
     "Senior Lecturer in Inclusive Education since 2006; SENCO in two comprehensive schools, 1994\u20132003; "
     "advisory teacher for SEN, Easterdale County Council, 2003\u201306; PhD (2008) on the deployment of "
     "teaching assistants."),
    ("Ruth Calloway", "Director of Inclusion (Trust); leads Study Days 1 and 10; chairs the Programme Committee",
     "SENCO, 1991\u20132001; Principal Officer (SEN), Dunmere City Council, 2002\u201307; MA Special and "
     "Inclusive Education."),
    ("Jo Pemberton", "Associate tutor; personal tutor", "SENCO, Morrowfield Academy, since 2004; MA SEN; AMBDA."),
    ("Imran Siddiqui", "Associate tutor; personal tutor",
     "Assistant Principal (Inclusion), Kingsmoor Academy; behaviour support teacher, Dunmere City Council, "
     "1999\u20132005; NPQH."),
    ("Karen Liddle", "Programme administrator", "Arranges study visits and keeps participants\u2019 files."),
], [3.2, 5.0, 8.5], size=8.5)
para("")
runin("Keeping up to date.",
      "Each tutor\u2019s annual review (the University\u2019s staff development review, or for the associate tutors "
      "the Trust\u2019s performance management) includes a target for keeping up to date in SEN and disability. "
      "All four tutors attend the University\u2019s inclusive education research seminars and at least one "
      "national SEN conference each year.")

doc.save(OUT)
print("wrote", OUT)
