"""Build dk-02.docx: the Peverell Centre's Applicant Pack for the National Award for SEN
Coordination 2009-10, sent whole as the application (invented provider).

Provider
--------
Peverell Bank School, Eskworth: a county special school for 96 pupils aged 4-16
with speech, language and communication needs and autism. Its Outreach and
Training Centre (since 2005) supports 140 mainstream schools in the south of the
county. The Award is validated by the (invented) University of Dunstowe as a
60-credit Level 7 Postgraduate Certificate; Eskworth County Council subsidises
places. Dated March 2009, for a first intake in September 2009 and a second in
January 2010. 2008-era vocabulary (CRB, List 99, DDA and the Disability
Equality Duty, SEN Code of Practice 2001, ECM, SENCO Regulations 2008, IEPs,
CAF, Bercow Review, IDP).

Layout (a kind of document not in the earlier sets: a participant applicant pack)
--------------------------------------------------------------------------------
The Centre sends the pack that schools and applicants receive, with a
compliments slip, instead of writing to the specification:
- A compliments slip (small bordered table), a cover with a VML text box
  ("Key dates"), a typed contents list.
- Part 1, Guidance notes: eighteen numbered notes in a custom paragraph style
  ("Note Heading", no Heading styles), in the second person, with typed "-"
  lists, a sessions table with merged unit rows (Sessions 1-11) and an
  assessment table (Tasks 1-3 with "What we assess" in the Centre's own words).
- Part 2, the application form: Sections A-G in label/blank tables with legacy
  Word form fields (FORMTEXT, FORMCHECKBOX) and the form's prompts in italics.
- Part 3, the headteacher's nomination and agreement: statements to tick.
- Part 4, a self-review table listing every national outcome (shortened) under
  merged group rows, with rating columns 1-4 left blank.
- Part 5, a disability form and an equal-opportunities monitoring slip.
- A "Before you send" checklist of form checkboxes. Page header and footer.
There is no online or distance element (3.3 not_applicable); note 6 says so.

Traps and the requirement ids they affect
-----------------------------------------
- Part 4 lists every national outcome: a needs-assessment instrument, not
  teaching or assessment. Outcomes found only there are not_met: 6.K7 and
  6.S2c (absent from sessions and tasks).
- Note 8's blanket claim "The self-review in Part 4 lists every national
  outcome, so you can see that the course covers them all" is not evidence:
  1.9 and 6.0 partially_met (award on three tasks and attendance; several
  outcomes unassessed or absent).
- 6.K4 not_met: "assumes a working knowledge of child development from your
  initial teacher training and does not teach it" (assumed at entry).
- 6.S1 not_met: strategic work with governors and senior leaders is deferred to
  an optional follow-on module "which is not part of the Award".
- 6.S3 not_met: "Provision mapping is not taught on the course" (negation;
  another body's training).
- 4.2 not_met: the course "has been written by the Centre's own teaching team
  and the University"; the Schools' Reference Group is only planned.
- 4.1 partially_met: informal, general knowledge of new SENCOs' difficulties
  from outreach work; no evidence gathered from schools, the LA or parents.
- 4.3 met: headteachers mentor and complete the end-of-course questionnaire,
  the County examinations officer teaches Session 8, specialist provisions host
  placement days.
- 1.1 partially_met: the aim is duties under the Code "confidently and
  efficiently"; pupils appear as a value ("Children come first") and as
  attainment before and after in Task 3; ECM and well-being are one session
  topic only.
- 2.5 partially_met: only a talk about the University's MA at Session 11.
- 5.1 partially_met: methods listed (session forms, unit questionnaires, heads'
  questionnaire, external examiner's report) but nothing on how the evidence is
  used ("The forms go to the Course Leader, who reads every one").
- 5.6 partially_met: resource room on session days, communication aids seen on
  the visit; University library access only "We are arranging"; no ICT for
  participants.
- 5.7 partially_met: the tutor's and mentor's roles are stated (note 15, Part
  3), but nothing prepares either for them.
- 5.8 partially_met: tutor marking and a sample to the external examiner; no
  second marking or standardisation across tutors.
- Outcomes partially_met, of different kinds: 6.A2 assessed in Task 3 but
  developed in no session; 6.A3 and 6.K2 taught in Session 3, in no task;
  6.A7 only in a journal that "is not graded"; 6.K9 "you may also describe
  their role" (optional); 6.S2d a briefing only; 6.S5 only under Option B;
  6.S9 taught in Session 10 with presentations that "are not assessed".
- Met where a pack might look thin: 2.1 (certificated and experiential APL),
  2.2 (self-review, Individual Learning Plan with personal targets, reviewed),
  2.3 (assessment-only route with portfolio and professional discussion),
  2.4 (ILP, pay per unit, reasons for the low fee), 3.1, 3.2 (two start points,
  any order after Unit 1, Saturday repeats, up to two years), 5.2, 5.3 (CRB
  date and number, headteacher's confirmation including List 99, conduct and
  disciplinary matters, a new disclosure after three months out of school),
  5.5 (specialist staff, half-day visit, placement day from twelve provisions),
  5.9 (pupil attainment before and after collected each year, self-review
  repeated, heads' questionnaire).
- Form prompts (Section E "Tell us what difference you hope the course will
  make to pupils in your school") and the headteacher's tick boxes are not
  answers.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("dk-02-peverell-applicant-pack.docx")

doc = Document()
doc.core_properties.author = "Jo Pendry"
doc.core_properties.title = "Peverell Centre Applicant Pack 2009-10"
normal = doc.styles["Normal"]
normal.font.name = "Trebuchet MS"
normal.font.size = Pt(10)

nh = doc.styles.add_style("Note Heading", WD_STYLE_TYPE.PARAGRAPH)
nh.base_style = normal
nh.font.bold = True
nh.font.size = Pt(11)
nh.font.color.rgb = RGBColor(0x00, 0x66, 0x66)
nh.paragraph_format.space_before = Pt(10)
nh.paragraph_format.space_after = Pt(3)
nh.paragraph_format.keep_with_next = True

ph = doc.styles.add_style("Part Title", WD_STYLE_TYPE.PARAGRAPH)
ph.base_style = normal
ph.font.bold = True
ph.font.size = Pt(16)
ph.font.color.rgb = RGBColor(0x00, 0x66, 0x66)
ph.paragraph_format.space_after = Pt(6)

TEAL = "D5ECEC"
PALE = "F2F2F2"
_ff = [0]


def para(text="", bold=False, italic=False, size=None, align=None, after=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def note(num, title):
    return para(f"{num}  {title}", style="Note Heading")


def dash(text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.4)
    p.paragraph_format.space_after = Pt(2)
    p.add_run("-  " + text)
    return p


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def put(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
    return cell.paragraphs[0]


def table(rows, widths, header=True, size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            put(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(t.cell(i, j), TEAL)
    for j, w in enumerate(widths):
        for r in t.rows:
            r.cells[j].width = Cm(w)
    return t


def merged_row(t, text, fill=PALE):
    row = t.add_row()
    m = row.cells[0].merge(row.cells[-1])
    put(m, text, bold=True, size=9)
    shade(m, fill)


def add_rows(t, rows, size=9):
    for vals in rows:
        cells = t.add_row().cells
        for j, v in enumerate(vals):
            put(cells[j], v, size=size)


def formtext(p, width=12):
    _ff[0] += 1
    n = _ff[0]
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text{n}"/>'
        '<w:enabled/><w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{chr(0x2002) * width}</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def checkbox(p):
    _ff[0] += 1
    n = _ff[0]
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check{n}"/>'
        '<w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/></w:checkBox>'
        '</w:ffData></w:fldChar></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def field_table(rows, widths=(6.0, 10.5)):
    """Label cells on the left, empty form fields on the right."""
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, label in enumerate(rows):
        put(t.cell(i, 0), label, size=9)
        shade(t.cell(i, 0), PALE)
        formtext(t.cell(i, 1).paragraphs[0])
    for j, w in enumerate(widths):
        for r in t.rows:
            r.cells[j].width = Cm(w)
    return t


def tick_line(text, indent=0.0):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(3)
    if indent:
        p.paragraph_format.left_indent = Cm(indent)
    checkbox(p)
    p.add_run("  " + text)
    return p


def section_bar(text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    put(t.cell(0, 0), text, bold=True, size=10)
    shade(t.cell(0, 0), TEAL)


# ------------------------------------------------------------ header / footer
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
r = hp.add_run("The Peverell Centre \u00b7 National Award for SEN Coordination \u00b7 Applicant Pack 2009\u201310")
r.font.size = Pt(7)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Peverell Bank School, Moor Lane, Eskworth EW4 2PB \u00b7 Tel 01632 960412 \u00b7 Issue 1, March 2009 "
               "\u00b7 Page ")
r.font.size = Pt(7)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="14"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------ compliments slip
slip = doc.add_table(rows=1, cols=1)
slip.style = "Table Grid"
c = slip.cell(0, 0)
put(c, "THE PEVERELL CENTRE \u2013 with compliments", bold=True, size=10)
for txt in (
    "To: the SENCO Training Approval Panel, Training and Development Agency for Schools",
    "Enclosed is our Applicant Pack for the National Award for SEN Coordination, 2009\u201310. It is the pack "
    "that will go to every school in the south of Eskworth once the course is approved, and it sets out the "
    "course exactly as our applicants and their headteachers will see it, so we have sent it to you as it "
    "stands rather than rewrite it under the TDA\u2019s headings. Please ring me if anything is unclear.",
    "Alison Carver, Head of Centre \u2013 2 March 2009",
):
    pp = c.add_paragraph()
    rr = pp.add_run(txt)
    rr.font.size = Pt(9)
para("")

# ------------------------------------------------------------ cover
para("", after=30)
para("THE PEVERELL CENTRE", bold=True, size=22, align="c", after=0)
para("Outreach and Training at Peverell Bank School", italic=True, size=11, align="c")
para("", after=20)
para("National Award for SEN Coordination", bold=True, size=20, align="c", after=0)
para("Postgraduate Certificate, University of Dunstowe", size=12, align="c")
para("APPLICANT PACK 2009\u201310", bold=True, size=16, align="c")
para("", after=10)

box = doc.add_paragraph()
box.alignment = WD_ALIGN_PARAGRAPH.CENTER
box._p.append(parse_xml(
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
    '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
    'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
    '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
    '<v:shape id="KeyDates" o:spid="_x0000_s1026" type="#_x0000_t202" '
    'style="position:absolute;margin-left:90pt;margin-top:0;width:270pt;height:110pt;z-index:1" '
    'fillcolor="#d5ecec" strokecolor="#006666" strokeweight="1.5pt">'
    '<v:textbox><w:txbxContent>'
    '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Key dates</w:t></w:r></w:p>'
    '<w:p><w:r><w:t>September start: closing date Friday 5 June 2009; first session Thursday 24 September 2009.</w:t></w:r></w:p>'
    '<w:p><w:r><w:t>January start: closing date Friday 6 November 2009; first session Thursday 14 January 2010.</w:t></w:r></w:p>'
    '<w:p><w:r><w:t>Sixteen places at each start.</w:t></w:r></w:p>'
    '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
para("", after=90)

para("What is in this pack", bold=True)
for line in (
    "Part 1  Guidance notes for applicants (please read these first)",
    "Part 2  Application form",
    "Part 3  Headteacher\u2019s nomination and agreement",
    "Part 4  Self-review against the national outcomes",
    "Part 5  Disability: how can we help?  and  Equal opportunities monitoring",
    "Before you send: checklist",
):
    para(line, after=0)
para("")
para("This pack is available in large print, on audio CD and in Braille. Ring Sandra Boyce at the Centre on "
     "01632 960412.", italic=True)
page_break()

# ------------------------------------------------------------ Part 1
para("Part 1  Guidance notes for applicants", style="Part Title")

note(1, "About the Peverell Centre")
para("Peverell Bank School is a county special school in Eskworth for 96 pupils aged 4 to 16 with speech, "
     "language and communication needs and autistic spectrum disorders. Since 2005 our Outreach and Training "
     "Centre has supported SENCOs, teachers and teaching assistants in 140 mainstream schools across the south "
     "of the county, and last year it ran 38 training days for 1,100 school staff. Everything we teach comes "
     "from the classrooms next door.")
para("At Peverell children come first: every one of our pupils is listened to, and every one makes progress. "
     "We know from our outreach work what new SENCOs find hardest \u2013 the paperwork, the law, getting the best "
     "from teaching assistants and knowing where to turn for help. The course has been written by the "
     "Centre\u2019s own teaching team and the University.")

note(2, "The Award")
para("From September 2009 the Centre, in partnership with the University of Dunstowe, offers the National "
     "Award for SEN Coordination for teachers new to the SENCO role. The Award is validated by the University "
     "of Dunstowe as a Postgraduate Certificate: 60 credits at Masters level (Level 7). The University\u2019s "
     "Academic Board approved it on 11 February 2009 and the University awards it. The course is offered "
     "subject to approval by the Training and Development Agency for Schools.")

note(3, "What the course is for")
para("The course is designed to help you carry out the SENCO\u2019s duties under the SEN Code of Practice and "
     "the 2008 SENCO Regulations confidently and efficiently, and to lead SEN provision in your school. It is "
     "practical from start to finish: all three assessed tasks are carried out in your own school, with your "
     "own pupils and colleagues, and Task 3 asks you to lead a real change in your school\u2019s provision and "
     "show what difference it made.")

note(4, "Who can apply")
dash("You must be a qualified teacher (QTS) working in a school in England.")
dash("You must be your school\u2019s SENCO, or be about to take up the post, and be nominated by your "
     "headteacher (Part 3).")
dash("The course assumes a working knowledge of child development from your initial teacher training and "
     "does not teach it.")
para("Before we offer a place, the Course Leader reads your application and self-review (Part 4) and talks "
     "with you, by telephone or in person, for about half an hour. If we think you are not yet ready to meet "
     "all the outcomes within the course, we will tell you why and suggest what to do first \u2013 often our "
     "six-week SEN Essentials twilight course \u2013 and, with your agreement, talk to your headteacher about "
     "it. Places are offered on these criteria only; we never use information about a disability to decide "
     "whether to offer a place.")

note(5, "Safeguarding checks")
para("Because the course includes time in Peverell classrooms with our pupils, we must be sure that every "
     "participant is safe to work with children. Section F of the application form asks for the number and "
     "date of your enhanced CRB disclosure. Your headteacher confirms in Part 3 that the disclosure is current, "
     "that you are not barred from working with children (List 99), that there have been no concerns about "
     "your conduct and that there are no outstanding disciplinary matters. If you have not worked in a school "
     "in a post involving regular contact with children in the last three months, we will ask you to obtain a "
     "new enhanced disclosure through the Centre before the course starts. Our School Business Manager records "
     "every check before your first session.")

note(6, "How the course is organised")
para("The course has four units and eleven sessions. Unit 1 runs twice a year, so you can start in September "
     "or in January. Units 2, 3 and 4 each run every term in turn, so once you have finished Unit 1 you can "
     "take them in any order. Sessions are on Thursdays from 9.30 to 3.30 at the Centre, and every session is "
     "repeated on the following Saturday from 9.00 to 3.00 for teachers whose schools cannot release them. "
     "Most people finish in twelve months; you may take up to two years.")
para("There is no online or distance-learning element: all teaching is face to face at the Centre.")
para("Between sessions you will meet for an hour each half-term with three SENCOs from other schools in your "
     "\u2018SENCO set\u2019, taking it in turn to host, to talk through problems and advise one another. "
     "During Unit 2 you spend a half-day in Peverell classes, and during Unit 4 a placement day in a specialist "
     "setting of your choice, which the Centre arranges from a list of twelve provisions across the county "
     "(resourced bases, a pupil referral unit, a hearing-impaired unit and special schools).")

note(7, "The sessions")
ses = table([("Session", "What we cover")], widths=(2.4, 14.2))
merged_row(ses, "Unit 1  The SENCO, the law and the school")
add_rows(ses, [
    ("1", "The SENCO\u2019s role and the SEN Code of Practice 2001: the graduated response, statutory "
     "assessment, statements and annual reviews, and how to put the Code into practice in your school; the "
     "Education (SENCO) Regulations 2008."),
    ("2", "Disability and equality: the DDA 1995 and 2005, the Disability Equality Duty, accessibility plans, "
     "and the reasonable adjustments schools must make for disabled pupils."),
    ("3", "Every Child Matters, the Children Act 2004 and the SENCO\u2019s part in the five outcomes. Organising "
     "the SENCO\u2019s week: prioritising, managing your time and delegating."),
])
merged_row(ses, "Unit 2  Knowing the child")
add_rows(ses, [
    ("4", "The main types of need and how they affect learning: speech, language and communication needs (the "
     "Bercow Review, 2008); autism (the Inclusion Development Programme); dyslexia and other specific learning "
     "difficulties; moderate learning difficulties; behavioural, emotional and social difficulties."),
    ("5", "Identifying, assessing and tracking: observation, data and screening; setting challenging targets, "
     "IEPs, planning and reviewing interventions; reading and using reports from therapists, psychologists and "
     "other professionals; using end of key stage tests and other summative data to track progress and change "
     "a pupil\u2019s programme."),
    ("6", "Listening to children and working with families: consulting pupils with communication difficulties "
     "(Talking Mats, symbol questionnaires, pupil-led reviews), practised with Peverell pupils during your "
     "half-day visit; involving pupils in planning and reviewing their provision; building fair and respectful "
     "relationships with pupils and parents; liaising with parents and carers, including difficult "
     "conversations (role-play); making yourself clear in speech and writing, and listening."),
])
merged_row(ses, "Unit 3  Teaching and resources")
add_rows(ses, [
    ("7", "Approaches and resources, looked at critically: visual supports, structured teaching, precision "
     "teaching, social stories, ICT and communication aids; what research and Ofsted say works; using research "
     "and outside advice to improve your own and your colleagues\u2019 practice."),
    ("8", "Access arrangements for tests and examinations: a briefing from the County\u2019s examinations "
     "officer."),
])
merged_row(ses, "Unit 4  Leading provision")
add_rows(ses, [
    ("9", "Leading other adults: deploying and managing teaching assistants; advising and supporting "
     "colleagues; observing, coaching and running INSET; working through problems and making decisions "
     "(case scenarios)."),
    ("10", "Working with other services: the roles of educational psychology, health, social care and "
     "voluntary organisations; the CAF; how to get specialist support and resources; working in partnership. "
     "Each participant gives a short presentation on their school\u2019s work with other services; the "
     "presentations are not assessed."),
    ("11", "Reviewing provision with colleagues: judging, with other staff, how well interventions are working, "
     "and reporting to senior leaders. Task 3 presentations. A talk from the University about its MA in Special "
     "and Inclusive Education."),
])
para("")

note(8, "How you will be assessed")
para("You complete three assessed tasks, one for each of Units 1, 2 and 4.")
table([
    ("Task", "What you do", "What we assess"),
    ("Task 1  Law and Policy Essay (Unit 1, 3,000 words)",
     "A critical essay on how the SEN Code of Practice 2001 and the disability equality duties apply in your "
     "school, ending with proposals to improve practice.",
     "Your understanding of SEN law and the Code of Practice and how to put them into practice; of disability "
     "equality law and the actions it requires; and how you draw on research and outside advice to improve "
     "your own and your colleagues\u2019 practice."),
    ("Task 2  Pupil Profile (Unit 2, 3,000 words)",
     "A study of one pupil with SEN and/or disabilities in your school.",
     "Your understanding of the pupil\u2019s needs and how they affect learning; how the needs were identified, "
     "targets set, interventions planned and progress reviewed; your use of other professionals\u2019 "
     "assessments; your use of summative data, including national tests, to track progress and change the "
     "programme; how you gathered the pupil\u2019s views and involved the pupil in planning and reviewing; "
     "your relationship with the pupil and family; your work with the parents or carers. If other services "
     "are involved with the pupil, you may also describe their role."),
    ("Task 3  Leading a Change (Unit 4, 4,000 words and a 15-minute presentation at Session 11)",
     "You lead a change in SEN provision in your school and record your pupils\u2019 attainment before and "
     "after the change. Option A: a new intervention. Option B: a staff development programme.",
     "How you deployed and managed staff; how you reviewed with colleagues how well the change worked; the "
     "problems you anticipated and the decisions you made; your critical choice of approaches and resources, "
     "including ICT; your use of best practice and research; the clarity of your writing and presentation, "
     "and how you listened to colleagues\u2019 views; how you gained the commitment of colleagues, including "
     "your headteacher, to the change. If you choose Option B you are also assessed on how you supported "
     "colleagues\u2019 professional development."),
], widths=(3.6, 5.0, 8.0), size=8.5)
para("")
para("Throughout the course you keep a Reflective Journal: what you read, what you try in school and what you "
     "will do next for your own development. Your tutor reads it at your unit reviews. It is not graded.")
para("The self-review in Part 4 lists every national outcome, so you can see that the course covers them all.")
para("Marking. Your tutor marks each task against the University\u2019s Level 7 criteria and gives you written "
     "feedback within four weeks. A sample of each task goes to the University\u2019s external examiner.")
para("Getting the Award. You receive the Postgraduate Certificate when you have passed all three tasks and "
     "attended at least ten of the eleven sessions. You may resubmit a failed task once.")

note(9, "What is not in the course")
para("Provision mapping is not taught on the course: Eskworth\u2019s SEN Support Service trains every SENCO in "
     "the County provision map and its software. Working with governors and senior leaders on the school\u2019s "
     "strategic direction for SEN is the subject of the University\u2019s optional follow-on module, Leading "
     "Inclusion (20 credits), which is not part of the Award.")

note(10, "Your Individual Learning Plan")
para("Before your first session you and your tutor meet for an hour to go through your self-review (Part 4). "
     "Together you agree an Individual Learning Plan that names the national outcomes you most need to work "
     "on, sets your own targets for each, and notes which sessions, reading and visits matter most for you. "
     "Where your self-review shows you are already strong, the plan says so and your tasks can concentrate "
     "elsewhere. Your tutor reviews the plan with you at the end of each unit.")

note(11, "Credit for what you have already done")
para("If you have passed Masters-level study in special educational needs in the last five years, you may "
     "claim up to 20 credits, which exempts you from Unit 1 and Task 1. If you have substantial experience "
     "of coordinating SEN provision \u2013 for example as an acting SENCO \u2013 you may instead claim credit for "
     "Unit 1 or Unit 2 with a portfolio of evidence mapped to that unit\u2019s outcomes, which two tutors "
     "assess. The University\u2019s regulations for the accreditation of prior learning apply, and you pay only "
     "for the units you take (note 14). Tick Section D of the form if you want to make a claim.")

note(12, "If you already do the job: assessment only")
para("In exceptional cases an experienced teacher \u2013 for example an SEN support teacher who has coordinated "
     "provision in several schools \u2013 may be able to show all the national outcomes without taking the "
     "course. Candidates submit a portfolio mapped to every national outcome and take a one-hour professional "
     "discussion with two assessors, one of them from the University. The Course Leader and the University "
     "link tutor decide together whether the route is suitable. The fee is \u00a3450. Candidates who do not "
     "show every outcome are offered the units they need.")

note(13, "Telling us about a disability")
para("We want every teacher who can do the job to be able to take the course. If you have a disability or a "
     "long-term health condition, please tell us on the form in Part 5. It is kept separately from your "
     "application and is not seen by the people who decide on places. We will then talk with you about what "
     "would help: for example materials in large print, on coloured paper or on disk; a BSL interpreter or a "
     "hearing loop (both teaching rooms have one); seating, rest breaks or parking; and arrangements for your "
     "half-day visit and placement day. Adjustments to assessment, such as extra time or a different way of "
     "presenting a task, are agreed with the University\u2019s Disability Service.")

note(14, "Fees")
para("The fee for the whole Award is \u00a31,100, of which Eskworth County Council pays \u00a3400 for teachers "
     "in Eskworth schools. Where credit is given for prior learning you pay only for the units you take "
     "(\u00a3300 a unit). We keep the fee low by teaching at the Centre with our own staff, by sharing "
     "materials with the Centre\u2019s other courses, and by repeating each session on a Saturday so that "
     "schools can save on supply cover.")

note(15, "Who will teach you")
table([
    ("Tutor", "Background"),
    ("Jo Pendry, Course Leader", "MA Special Educational Needs; SENCO in two Eskworth primary schools for nine "
     "years; Peverell outreach teacher since 2005"),
    ("Kate Fenn", "Speech and language therapist (RCSLT), Peverell Bank School; leads the Centre\u2019s "
     "communication training for mainstream schools"),
    ("Marcus Lyle", "Advisory teacher for autism; Postgraduate Diploma in Autism; former Head of Learning "
     "Support in an Eskworth secondary school"),
    ("Dr Ruth Okafor", "Educational psychologist, seconded to the Centre one day a week by Eskworth Educational "
     "Psychology Service"),
    ("Dr Martin Cole", "University link tutor; Principal Lecturer in Inclusive Education, University of Dunstowe"),
], widths=(4.5, 12.1))
para("")
para("All our tutors have led SEN provision in schools, and they keep up to date through the Centre\u2019s "
     "monthly research meeting and their own casework in Peverell and in mainstream schools. Your tutor "
     "agrees your Individual Learning Plan, marks your tasks, reviews your progress at the end of each unit "
     "and is your first point of contact. Your headteacher, or a senior colleague he or she names, is your "
     "mentor in school (see Part 3).")

note(16, "Resources")
para("The Centre\u2019s resource room \u2013 books, journals, assessment materials and specialist teaching "
     "materials \u2013 is open to you on session days. On your half-day visit you will see the communication "
     "aids and other technology our pupils use. We are arranging for participants to have access to the "
     "University library.")

note(17, "Telling us what you think")
para("At the end of each session you complete a short evaluation form, and at the end of each unit a "
     "questionnaire. Your headteacher will be asked to complete a short questionnaire at the end of the course "
     "about the difference it has made in your school, and the University\u2019s external examiner writes a "
     "report each year. The forms go to the Course Leader, who reads every one.")
para("We also want to know whether the course makes a difference to pupils. Task 3 asks you to record your "
     "pupils\u2019 attainment before and after your change; with your permission we collect these figures, "
     "without names, from every participant each year. You also repeat the Part 4 self-review at the end of the "
     "course, so that we can compare it with your first one and see how your confidence and competence have "
     "changed.")
para("We plan to set up a Schools\u2019 Reference Group during 2009\u201310 to advise us on future changes to the "
     "course.")

note(18, "How to apply")
para("Complete Parts 2, 4 and 5, ask your headteacher to complete Part 3, and send them together to Sandra "
     "Boyce, The Peverell Centre, Peverell Bank School, Moor Lane, Eskworth EW4 2PB, by the closing date. We "
     "will acknowledge your application within a week and contact you to arrange your conversation with the "
     "Course Leader.")
page_break()

# ------------------------------------------------------------ Part 2
para("Part 2  Application form", style="Part Title")
para("Please type or write clearly in black ink. The notes referred to are in Part 1.", italic=True)
section_bar("Section A  About you")
field_table(["Title and full name", "Home address and postcode", "Telephone (day)", "Email",
             "DCSF teacher reference number"])
para("")
section_bar("Section B  Your school")
field_table(["School name and address", "Local authority", "Phase (primary, secondary, all-through, special)",
             "Number on roll", "Pupils on the SEN register (School Action, School Action Plus, statements)",
             "Your present post and date you became (or will become) SENCO"])
para("")
section_bar("Section C  Your qualifications")
field_table(["Date QTS awarded", "Degree(s), with institution and year",
             "Any qualifications in SEN, with level and credits"])
para("")
section_bar("Section D  Credit for prior learning (note 11)")
tick_line("I wish to claim credit for Masters-level study in SEN passed in the last five years.")
tick_line("I wish to claim credit for experience by portfolio (Unit 1 or Unit 2).")
tick_line("I wish to be considered for the assessment-only route (note 12).")
pp = para("Give brief details: ", italic=True)
formtext(pp, 30)
section_bar("Section E  Why do you want to take the Award?")
para("In no more than 300 words, tell us about your role and your school, what you hope to gain from the "
     "course, and what difference you hope the course will make to pupils in your school.", italic=True)
formtext(para(""), 40)
section_bar("Section F  Safeguarding (note 5)")
field_table(["Enhanced CRB disclosure number", "Date of issue"])
tick_line("I have worked in a school, in a post involving regular contact with children, within the last three "
          "months.")
tick_line("I have not; I will obtain a new enhanced disclosure through the Centre before the course starts.")
section_bar("Section G  Your start and pattern of study (note 6)")
tick_line("Start in September 2009")
tick_line("Start in January 2010")
tick_line("Thursday sessions")
tick_line("Saturday repeats")
para("Declaration. The information I have given is true and complete. I understand that a place depends on the "
     "checks described in note 5.", italic=True)
field_table(["Signature", "Date"])
page_break()

# ------------------------------------------------------------ Part 3
para("Part 3  Headteacher\u2019s nomination and agreement", style="Part Title")
para("To be completed by the headteacher of the applicant\u2019s school.", italic=True)
field_table(["Headteacher\u2019s name", "School", "Name of applicant"])
para("")
para("Please tick each statement to confirm it.", italic=True)
tick_line("The applicant holds QTS and is, or will be from the date given in Section B, our school\u2019s SENCO.")
tick_line("The applicant holds a current enhanced CRB disclosure, is not barred from working with children "
          "(List 99), and there have been no concerns about his or her conduct; there are no outstanding "
          "disciplinary matters.")
tick_line("I will release the applicant for the Thursday sessions, or agree that the Saturday repeats will be "
          "attended instead.")
tick_line("I, or the senior colleague named below, will act as the applicant\u2019s mentor: meeting the "
          "applicant at least once each half-term, agreeing the focus of Task 3, and giving access to the "
          "school data and colleagues that the tasks need.")
tick_line("I will complete the end-of-course questionnaire about the difference the course has made in our "
          "school.")
field_table(["Mentor (if not the headteacher): name and post", "Headteacher\u2019s signature", "Date"])
page_break()

# ------------------------------------------------------------ Part 4
para("Part 4  Self-review against the national outcomes", style="Part Title")
para("Rate yourself against each national outcome: 1 = new to me; 2 = some knowledge or experience; "
     "3 = confident; 4 = could support others. There are no right answers. Your tutor uses your self-review "
     "to agree your Individual Learning Plan with you (note 10), and you complete it again at the end of the "
     "course.", italic=True)
sr = table([("National outcome", "1", "2", "3", "4")], widths=(12.6, 1.0, 1.0, 1.0, 1.0), size=8.5)
GROUPS = [
    ("Professional attributes", [
        "Fair, respectful and supportive relationships with pupils and their parents or carers",
        "Gaining the commitment of colleagues, the headteacher and senior leaders",
        "Prioritising, managing time and delegating",
        "Anticipating and resolving problems; sound decisions about provision",
        "Expressing myself clearly in speech and writing; listening to others",
        "Drawing on research and outside advice to improve practice",
        "Keeping up to date and taking responsibility for my own CPD",
    ]),
    ("Knowledge and understanding", [
        "SEN law and the Code of Practice, and putting them into practice",
        "Every Child Matters and the SENCO\u2019s part in the five outcomes",
        "Disability equality law and the actions it requires",
        "How children develop, and how SEN, disability and environment affect development",
        "The most common types of SEN and disability and how they affect learning",
        "Approaches, strategies and resources, including ICT, for removing barriers",
        "The principles of school self-evaluation and improvement",
        "Best practice and research on meeting SEN",
        "The role of external agencies and getting specialist support",
    ]),
    ("Skills", [
        "Influencing, with senior colleagues and governors, the school\u2019s inclusive ethos, policies and "
        "resources",
        "Identifying pupils with SEN, setting targets, planning interventions and reviewing progress",
        "Using assessments from other professionals",
        "Using summative assessments, including national tests, to track progress",
        "Encouraging colleagues to develop formative assessment",
        "Arranging access arrangements for tests and examinations in good time",
        "Using provision mapping to plan provision and find gaps",
        "Deploying and managing staff",
        "Supporting colleagues\u2019 professional development",
        "Reviewing the effectiveness of provision with colleagues",
        "Involving pupils in planning and reviewing their provision",
        "Liaising with parents and carers",
        "Working in partnership with other services and voluntary organisations",
    ]),
]
for g, items in GROUPS:
    merged_row(sr, g, fill=TEAL)
    add_rows(sr, [(it, "", "", "", "") for it in items], size=8.5)
page_break()

# ------------------------------------------------------------ Part 5
para("Part 5  Disability: how can we help?", style="Part Title")
para("This page is kept separately from your application and is not seen by the people who decide on places "
     "(note 13).", italic=True)
para("Do you consider yourself to have a disability or long-term health condition?")
tick_line("Yes", indent=0.5)
tick_line("No", indent=0.5)
tick_line("I would prefer not to say", indent=0.5)
para("What would help you to take part fully in sessions, visits, the placement day and assessment?")
formtext(para(""), 40)
para("")
section_bar("Equal opportunities monitoring")
para("This slip is detached on receipt and used only to monitor who applies and who is offered a place.",
     italic=True)
field_table(["Gender", "Age band (under 30, 30\u201339, 40\u201349, 50 and over)",
             "Ethnic group (please describe in your own words)"])
para("")

para("Before you send", bold=True)
for line in (
    "Parts 2, 4 and 5 completed",
    "Part 3 completed and signed by your headteacher",
    "CRB details given in Section F",
    "Start date and pattern chosen in Section G",
):
    tick_line(line)

doc.save(OUT)
print("wrote", OUT)
