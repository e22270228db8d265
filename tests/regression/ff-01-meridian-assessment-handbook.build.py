"""Build ff-01-meridian-assessment-handbook.docx

Provider (invented): Meridian CETT, a Centre for Excellence in Teacher Training
joining the teacher education centres of four colleges (Aldbrook Sixth Form
College (lead), Wyvernham College, St Oswin's Catholic Sixth Form College and
Tansley Bridge College), offering the PG Certificate in Special Educational
Needs Coordination (the National Award) validated by the University of
Corvedale, with Ashmere County Council and Pelcombe Borough Council as
partners. January 2009.

Kind of document: the consortium's ASSESSMENT AND INTERNAL VERIFICATION
HANDBOOK for 2009-10, in FE house style (BTEC-like assignment front sheets,
assessment plan, CAMERA internal-verification sampling plan, IV record form,
A1/V1 assessor awards, ILP and progress reviews, Learning Support Access
Plans), sent as the application with a shaded note to the panel and a
"Section 0" written for the panel. Sections 1-9 speak to participants as
"you"; Section 0 speaks as "we".

Layout:
- cover lines, an issue-record table, a shaded one-cell "Note to the TDA
  approval panel" box, a typed contents list;
- Heading 1 / Heading 2 with hand-typed section numbers (0.1 ... 9.4), which
  collide with requirement ids (e.g. "5.3 Standardisation", "2.1 Your ILP",
  "8.3" is the assessment-only paragraph);
- a study-day table (10 days), an assessment plan table, three assignment
  briefs each with a two-column front-sheet table, lettered task parts and an
  assessment-criteria table (AC1.1 ... AC3.6 with the provider's own outcome
  codes PA1-PA7, PK1-PK9, PS1-PS9, PS2a, PS2b, PS2d);
- CAMERA sampling table, staff table, blank forms (front sheet, witness
  statement, IV record with Yes/No columns);
- Appendix D outcome table with merged group rows (Taught on / Assessed in);
- real tracked changes (w:del / w:ins with author and date), five Word
  comments, header and footer with a PAGE field.

Traps (requirement ids):
- 1.3: only "keep abreast of the latest thinking" plus IDP materials on Day 3;
  no research or inspection evidence named for the programme -> partial.
- 1.5 / 6.S7: pupil voice is a Day 7 topic and "Where possible, include the
  pupil's own view" in Assignment 2; it is in no assessment criterion;
  Appendix D says "Encouraged in Assignment 2, Task 1" -> partial / partial.
- 1.9 / 6.0: blanket claim in 1.3 ("Between them, the three assignments
  assess every one of the national minimum outcomes") and in Appendix D
  ("Every national outcome is assessed at least once"), contradicted by the
  table: award rule is passing the graded tasks plus completing an ungraded
  Practice File -> partial / partial.
- 2.1: certificated prior learning (APCL) is accredited; experiential
  learning is explicitly not (8.2), with a comment -> partial.
- 2.3: the assessment-only paragraph 8.3 is a tracked DELETION; the tracked
  INSERTION that replaces it says registration for assessment only "is not
  available" -> not met (only in deleted text, and negated).
- 3.2: one September intake, units in fixed order; only an extension of
  registration -> partial.
- 3.3: e-learning on Moodle with moderated forums, online tutorials between
  study days, mentor access and email to schools -> met (applies).
- 4.1: only "designed with the advice of the SEN teams" of the two LAs; the
  SENCO survey was hoped for but not done -> partial. 4.2 met (specific
  changes asked for by LAs), 4.3 met (Programme Committee seats, second
  marking, heads' impact questionnaire).
- 5.3: the CRB checks described are on tutors, assessors and IVs (6.5, wrong
  context); for participants only "their schools will have carried out the
  checks that their employer requires" (assumed), with a comment asking
  whether to check -> not met.
- 5.5: specialist expertise is concrete (EPs, SLTs, Parent Partnership, AT
  specialist), but visits are only "You may find it useful", the sentence
  promising two days in a special school is a tracked DELETION, and the
  placements described are the colleges' own Childcare and Health and Social
  Care students' (wrong context) -> partial.
- 5.7: assessor induction and standardisation are concrete; Mentor Notes are
  "being prepared" and the mentor briefing is "[TBC - date and venue]"
  (placeholder, comment) -> partial.
- 5.8: an inserted tracked change adds that the external examiner sees a
  sample from every centre (part of the submission) -> met.
- 6.A3: time, priorities and delegation only in the ungraded Practice File
  -> partial.
- 6.K2: Every Child Matters taught on Day 1, only "you may wish to link" in
  Assignment 1 guidance; Appendix D "Assessed in" is a dash -> partial.
- 6.K4: child development appears nowhere (no row in Appendix D) -> not met.
- 6.S2c: encouraging colleagues' formative assessment appears nowhere (no
  row; the only "formative" is the participants' own ungraded Task 1,
  wrong context) -> not met.
- 6.S2d: access arrangements taught on Day 5; Appendix D says "Assignment 2,
  Task 3" but Assignment 2 has only Tasks 1 and 2 (a comment asks to check
  the row) -> partial.
- 6.S9: assessed only "where your project involves another service or
  agency" (AC3.5 marked "where relevant") -> partial.
- Header and footer carry only the title and version.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = Path(__file__).parent
OUT = HERE / "ff-01-meridian-assessment-handbook.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in ("Heading 1", "Heading 2", "Heading 3"):
    doc.styles[s].font.name = "Arial"
    doc.styles[s].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

_rev = [900]


def next_id():
    _rev[0] += 1
    return str(_rev[0])


def add_runs(p, text, bold=False, italic=False, size=None):
    """Add text with **bold** segments."""
    parts = text.split("**")
    runs = []
    for i, part in enumerate(parts):
        if not part:
            continue
        r = p.add_run(part)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        runs.append(r)
    return runs


def para(text="", style=None, bold=False, italic=False, align=None, size=None, space_after=None):
    p = doc.add_paragraph(style=style)
    add_runs(p, text, bold, italic, size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def h1(t):
    return doc.add_heading(t, level=1)


def h2(t):
    return doc.add_heading(t, level=2)


def bullet(t):
    return para(t, style="List Bullet")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9.5, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for j, line in enumerate(lines):
        if j:
            p = cell.add_paragraph()
        add_runs(p, line, bold=bold, italic=italic, size=size)
        p.paragraph_format.space_after = Pt(2)


def table(rows, widths=None, header=True, head_fill="D9E2F3", size=9.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(c, head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def field_table(rows, widths=(4.5, 12), fill="EDEDED"):
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(rows):
        cell_text(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), fill)
        cell_text(t.cell(i, 1), v)
    for row in t.rows:
        row.cells[0].width = Cm(widths[0])
        row.cells[1].width = Cm(widths[1])
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def box(paras, fill="E8EEF7"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    c.text = ""
    for j, (txt, kw) in enumerate(paras):
        p = c.paragraphs[0] if j == 0 else c.add_paragraph()
        add_runs(p, txt, **kw)
        p.paragraph_format.space_after = Pt(4)
    doc.add_paragraph()
    return t


def _rev_el(tag, author, date):
    el = OxmlElement(tag)
    el.set(qn("w:id"), next_id())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    return el


def _run(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        b = OxmlElement("w:b")
        rpr.append(b)
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked_para(parts, author, date, style=None, whole_deleted=False):
    """parts: list of (text, kind) with kind None / 'ins' / 'del'."""
    p = doc.add_paragraph(style=style)
    if whole_deleted:
        pPr = p._p.get_or_add_pPr()
        rPr = OxmlElement("w:rPr")
        rPr.append(_rev_el("w:del", author, date))
        pPr.append(rPr)
    for text, kind in parts:
        if kind is None:
            p._p.append(_run(text))
        elif kind == "ins":
            w = _rev_el("w:ins", author, date)
            w.append(_run(text))
            p._p.append(w)
        else:
            w = _rev_el("w:del", author, date)
            w.append(_run(text, deleted=True))
            p._p.append(w)
    return p


def add_field(paragraph, instr):
    r = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._r.append(it)
    r3 = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "separate")
    r3._r.append(e)
    paragraph.add_run("1")
    r4 = paragraph.add_run()
    e2 = OxmlElement("w:fldChar")
    e2.set(qn("w:fldCharType"), "end")
    r4._r.append(e2)


def comment(runs, text, author, initials, date="2009-01-13T09:00:00Z"):
    c = doc.add_comment(runs, text=text, author=author, initials=initials)
    c._comment_elm.set(qn("w:date"), date)
    return c


# ---------------------------------------------------------------- header/footer
hp = sec.header.paragraphs[0]
hp.text = "Meridian CETT \u00b7 PG Certificate in SEN Coordination \u00b7 Assessment and IV Handbook 2009\u201310"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Version 1.2 (draft for issue), January 2009 \u00b7 Uncontrolled when printed \u00b7 Page ")
fr.font.size = Pt(8)
add_field(fp, "PAGE")

# ---------------------------------------------------------------- cover
para("MERIDIAN CETT", bold=True, size=20, align="c", space_after=2)
para("Centre for Excellence in Teacher Training", size=12, align="c", space_after=2)
para("Aldbrook Sixth Form College \u00b7 Wyvernham College \u00b7 St Oswin\u2019s Catholic Sixth Form College \u00b7 Tansley Bridge College",
     size=9.5, align="c")
para("")
para("Postgraduate Certificate in Special Educational Needs Coordination", bold=True, size=14, align="c", space_after=2)
para("(the National Award for SEN Coordination)", size=11, align="c", space_after=2)
para("validated by the University of Corvedale", italic=True, size=11, align="c")
para("")
para("ASSESSMENT AND INTERNAL VERIFICATION HANDBOOK 2009\u201310", bold=True, size=15, align="c", space_after=2)
para("Version 1.2 (draft for issue) \u00b7 January 2009", align="c", space_after=2)
para("For participants, assessors, internal verifiers and workplace mentors", italic=True, align="c")
para("")
para("Issue record", bold=True)
table([
    ["Version", "Date", "What changed", "Approved by"],
    ["1.0", "September 2008", "First draft for the University\u2019s validation event", "Programme Team"],
    ["1.1", "December 2008", "Changes required at validation on 20 November 2008: word counts reduced, Assignment 2 revised, appeals section brought into line with University regulations", "Programme Committee, 10 December 2008"],
    ["1.2", "January 2009", "Section 0 and Appendix D added for the TDA application; internal verification sampling plan revised", "J. Hollis, Programme Manager"],
], widths=[1.6, 2.8, 8.4, 3.8])

box([
    ("Note to the TDA approval panel", dict(bold=True, size=11)),
    ("We have chosen to send you our Assessment and Internal Verification Handbook rather than write a separate account of the programme. "
     "In our colleges the assessment handbook is the document that everyone actually uses: participants plan their year from it, assessors mark to it "
     "and internal verifiers check against it, so it is the most honest statement we can give you of what a teacher must do to gain the award.", {}),
    ("Section 0 has been written for you. It gives the wider picture: why four colleges\u2019 teacher education centres are offering the award, how it was "
     "designed with our partners, how participants learn between study days, and how we check its quality and impact. Appendix D shows where each of the "
     "national minimum outcomes is taught and assessed. Sections 1 to 9 and Appendices A to C are printed as they will be issued to the first cohort in "
     "September 2009, and so they speak to participants as \u2018you\u2019.", {}),
    ("Janet Hollis, Programme Manager, Meridian CETT (Aldbrook Sixth Form College), January 2009", dict(italic=True)),
])

para("Contents", bold=True, size=12)
for line in [
    "0\tThe award in outline (for the approval panel)",
    "1\tHow the award is assessed",
    "2\tYour Individual Learning Plan and progress reviews",
    "3\tAssignment briefs",
    "4\tThe Practice File",
    "5\tInternal verification and moderation",
    "6\tAssessors, internal verifiers and mentors",
    "7\tFair assessment: adjustments, extensions and mitigating circumstances",
    "8\tCredit for prior learning",
    "9\tAppeals and academic conduct",
    "Appendix A\tAssignment front sheet, declaration and witness statement",
    "Appendix B\tInternal verification record",
    "Appendix C\tResources for study and assessment",
    "Appendix D\tWhere the national outcomes are taught and assessed",
]:
    para(line, space_after=0)
doc.add_page_break()

# ---------------------------------------------------------------- Section 0
h1("0  The award in outline (for the approval panel)")
h2("0.1  Who we are")
para("Meridian CETT is one of the Centres for Excellence in Teacher Training set up in 2007 to improve the training of teachers in the learning and "
     "skills sector. It joins the teacher education centres of four colleges: Aldbrook Sixth Form College (the lead college), Wyvernham College, "
     "St Oswin\u2019s Catholic Sixth Form College and Tansley Bridge College. Between us we train about 340 further education and adult education "
     "teachers a year on in-service Certificate in Education and PGCE programmes validated by the University of Corvedale, and we run specialist "
     "diplomas for teachers of learners with dyslexia and for teachers of literacy and numeracy.")
para("Our link with schools\u2019 SEN work is older than the CETT. Since 2004 the Aldbrook and Wyvernham centres have hosted the termly SENCO Network "
     "Days for schools in Ashmere County and Pelcombe Borough, and several of our tutors came into college teacher education after years as school "
     "SENCOs or as specialist teachers in the two authorities\u2019 support services. Each college also runs a large Additional Learning Support "
     "service for 16\u201319 year olds with learning difficulties and disabilities, many of whom come to us from the same schools whose SENCOs we now "
     "plan to train. We see the award as a way of improving what happens to those young people well before they reach us.")

h2("0.2  What the award is for")
para("The award exists to improve the progress and well-being of children and young people with SEN and/or disabilities in the schools where our "
     "participants work. We judge our success by what changes for those pupils, and we have written this into the programme in three ways.")
bullet("**Its aims.** The award sets out to equip each participant to lead their school\u2019s provision so that pupils with SEN and/or disabilities "
       "make better progress, are safe and healthy, enjoy school, take part in its wider life and leave ready for the next stage \u2013 the five "
       "Every Child Matters outcomes.")
bullet("**Its content.** Each study day ends with a \u2018so what for pupils?\u2019 task in which participants plan one change they will make in "
       "school before the next day, and report back on it at the start of that day.")
bullet("**Its assessment.** Assignments 2 and 3 both require participants to take baseline measures before they change anything and to measure "
       "again afterwards. The measures must include at least one of attainment or progress and at least one of attendance, participation or "
       "well-being (for example a pupil self-esteem scale or the school\u2019s own well-being survey).")

h2("0.3  Structure, credit and validation")
para("The University of Corvedale validated the Postgraduate Certificate in Special Educational Needs Coordination at an event on 20 November 2008, "
     "with Meridian CETT as the delivering partner under the University\u2019s arrangements for collaborative provision. The award carries 60 credits "
     "at Level 7 (master\u2019s level) and is made up of three 20-credit units:")
bullet("SNC701 The SENCO, policy and the law")
bullet("SNC702 Identifying needs and planning provision")
bullet("SNC703 Leading colleagues and working with families and services")
para("Participants are registered students of the University, have full use of its library and may carry their 60 credits into the University\u2019s "
     "MA in Education (Inclusion).")
para("Teaching takes place on ten study days, held on Thursdays through the year and rotated between the four centres, with online work on Meridian "
     "Moodle between the days (see 0.6).")
table([
    ["Day", "Month", "Centre", "Main content"],
    ["1", "September", "Aldbrook", "The SENCO\u2019s role and the 2008 SENCO Regulations; the SEN Code of Practice (2001) and the graduated response; Every Child Matters and what the SENCO contributes to the five outcomes; presenting to senior leaders and governors"],
    ["2", "October", "St Oswin\u2019s", "Disability equality: the Disability Discrimination Act 1995 as amended in 2005, the disability equality duty, accessibility plans; school self-evaluation and the SEF; what RAISEonline shows about pupils with SEN"],
    ["3", "November", "Tansley Bridge", "Areas of need (1): specific learning difficulties including dyslexia, moderate learning difficulties, speech, language and communication needs (with speech and language therapists from Ashmere PCT), using the Inclusion Development Programme materials"],
    ["4", "December", "Wyvernham", "Areas of need (2): autistic spectrum disorders; behavioural, emotional and social difficulties. Approaches, strategies and resources, including ICT and assistive technology, in the Wyvernham assistive technology suite"],
    ["5", "January", "Wyvernham", "Assessment, target setting and tracking: P scales, national test and teacher assessment data; planning and reviewing interventions; access arrangements for national tests and examinations"],
    ["6", "February", "Aldbrook", "Working with other professionals: educational psychology (with Pelcombe educational psychologists), CAMHS, social care and the Common Assessment Framework; how to get specialist advice and resources"],
    ["7", "March", "St Oswin\u2019s", "Provision mapping; deploying and managing teaching assistants; pupil voice and participation"],
    ["8", "April", "Wyvernham", "Working with parents and carers, co-led by Pelcombe Parent Partnership Service; what voluntary organisations offer"],
    ["9", "May", "Tansley Bridge", "Leading colleagues: observation and feedback, coaching, whole-staff training; managing change; using research and best practice"],
    ["10", "June", "Aldbrook", "Project presentations; the SENCO\u2019s own professional development; next steps"],
], widths=[1.0, 2.0, 2.6, 11.0])

h2("0.4  Who the award is for: entry, starting points and checks")
para("The award is for qualified teachers in maintained schools who are, or within the year will be, their school\u2019s SENCO. Applicants apply on "
     "the Meridian application form, which their headteacher countersigns. By signing, the head agrees to release the participant for the ten study "
     "days, to name a workplace mentor (usually a deputy or assistant head) and to make time for the school-based tasks.")
para("Every applicant has a 45-minute pre-course interview with a unit leader, in person or by telephone. Beforehand they complete the Starting Points "
     "profile, rating themselves against each national outcome on a four-point scale and giving an example from their practice for every rating of 3 "
     "or 4. At the interview the tutor tests these ratings with questions (people often overrate their knowledge of legislation that has changed since "
     "they trained) and agrees with the applicant whether they are ready to start. An applicant who is not yet ready \u2013 most often a teacher with "
     "very little experience of SEN work \u2013 is offered a place on our five-session Foundations in SEN course, and the tutor writes to the "
     "headteacher setting out what the teacher needs to do and suggesting a date for a second interview.")
para("The agreed Starting Points profile becomes the first page of the participant\u2019s Individual Learning Plan (Section 2).")
p = doc.add_paragraph()
r = p.add_run("Participants are serving teachers, and their schools will have carried out the checks that their employer requires.")
comment([r], "Do we need to see participants\u2019 CRB certificates ourselves? Corvedale partnership office thinks we might. Not decided \u2013 leave as is for now.",
        "Marcus Bellweather", "MB")

h2("0.5  Designing the award with our partners")
para("The award was designed with the advice of the SEN teams of Ashmere County Council and Pelcombe Borough Council, who know the needs of their "
     "schools well. We had hoped to survey SENCOs in both authorities in the summer of 2008, but the timetable for validation did not allow it.")
para("The authorities\u2019 advice changed the design in several specific ways. Ashmere\u2019s SEN team asked that the provision map in Assignment 2 be "
     "drawn up on the county\u2019s own provision map template, which its schools already use for their annual SEN return, so that the work a "
     "participant does for the award is work the school needs anyway; the brief was rewritten accordingly. Pelcombe\u2019s Senior Educational "
     "Psychologist asked that case studies draw on other professionals\u2019 reports rather than on the participant\u2019s own testing alone, and "
     "this is now a requirement of Assignment 2, Task 1. Both authorities asked for the day on working with parents to be led with the Parent "
     "Partnership Service rather than by college tutors alone, which is how Day 8 is now run.")
para("Our partners will go on being involved once the award runs:")
bullet("the two authorities each have a seat on the Programme Committee, which meets each term, receives the study-day evaluations and internal "
       "verification reports, and approves the Annual Course Review;")
bullet("Pelcombe educational psychologists teach on Day 6 and, with teachers from Ashmere\u2019s Specialist Teaching Service, second-mark a sample "
       "of Assignment 2 case studies (Section 5);")
bullet("each participant\u2019s headteacher completes a short questionnaire on the award\u2019s impact on the school at the end of the year, and the "
       "results go into the Annual Course Review.")

h2("0.6  How participants learn between study days")
para("Each unit has an area on Meridian Moodle with the study-day materials, readings and an assignment drop box linked to Turnitin. The unit leader "
     "moderates a discussion forum for the unit, posts a question or short task each week between study days and answers participants\u2019 posts "
     "within two working days. Each participant also has three 30-minute online tutorials a year with their personal tutor, held in Elluminate Live "
     "between study days, at which their ILP targets are reviewed. Mentors have guest access to their participant\u2019s ILP page, and the Programme "
     "Manager uses the Moodle news forum and email to keep schools informed of dates and deadlines. Participants who are new to Moodle have an "
     "hour\u2019s induction on Day 1 in the Aldbrook ICT suite.")

h2("0.7  Quality and impact")
para("The award follows the University of Corvedale\u2019s quality framework for collaborative provision alongside our colleges\u2019 own quality "
     "cycle. The evidence we use is:")
for b in [
    "participants\u2019 evaluations of every study day and an end-of-unit questionnaire on Moodle;",
    "participant representatives, one per centre, who meet the Programme Manager each term (our colleges\u2019 usual learner voice arrangement);",
    "internal verification reports on every assignment (Section 5);",
    "the external examiner\u2019s annual report and the University link tutor\u2019s visit report;",
    "the headteachers\u2019 impact questionnaire (0.5);",
    "the pupil outcome data from Assignments 2 and 3 (below).",
]:
    bullet(b)
para("The Programme Manager brings this evidence together in the Annual Course Review each July. Its action plan is agreed by the Programme Committee, "
     "sent to the University\u2019s Partnership Board and checked at the Committee\u2019s autumn meeting, and the changes it leads to are reported to "
     "the next cohort at induction under \u2018What we have changed\u2019.")
para("To gauge the award\u2019s effect on participants, every participant completes the Starting Points profile again at the final progress review, "
     "and the tutor records beside each rating the assessed evidence for it, so that we can compare self-rated confidence with tutor-judged "
     "competence at the start and the end of the year. To gauge its effect on pupils, each participant submits the baseline and follow-up measures "
     "from Assignments 2 and 3 on a one-page Pupil Impact Summary. The Programme Manager collates these across the cohort (for example, changes in "
     "reading age, attendance and well-being scores for the pupils concerned) and reports them in the Annual Course Review.")

h2("0.8  Keeping the content current")
para("Our tutors keep abreast of the latest thinking in the field, and reading lists are refreshed each year. Day 3 uses the Inclusion Development "
     "Programme materials on dyslexia and on speech, language and communication needs.")

# ---------------------------------------------------------------- Section 1
h1("1  How the award is assessed")
h2("1.1  The shape of the year")
para("The award runs as a single cohort starting each September. You take the units in order \u2013 SNC701, then SNC702, then SNC703 \u2013 because "
     "each assignment builds on the one before: the priorities you identify in Assignment 1 usually become the focus of your case study and provision "
     "map, and your development project in Assignment 3 grows out of what your provision map shows is missing. Most participants complete in one year. "
     "If your circumstances change (illness, a new post, maternity leave), you may extend your registration by up to two years and rejoin the next "
     "cohort at the start of the unit you had reached. Talk to your personal tutor first.")
h2("1.2  Assessment plan 2009\u201310")
table([
    ["Assessment", "Unit", "What you submit", "Issued", "Hand in", "First marker", "Internal verifier"],
    ["Assignment 1, Task 1", "SNC701", "Policy audit report (3,000 words)", "Day 1", "Fri 27 Nov 2009", "Ruth Anand", "Marcus Bellweather"],
    ["Assignment 1, Task 2", "SNC701", "Briefing to senior leaders or governors: presentation, 1,000-word paper, witness statement", "Day 1", "Fri 27 Nov 2009", "Ruth Anand", "Marcus Bellweather"],
    ["Assignment 2, Task 1", "SNC702", "Pupil case study (3,500 words)", "Day 3", "Fri 19 Mar 2010", "Colin Mayhew", "Sunita Kaur-Bennett"],
    ["Assignment 2, Task 2", "SNC702", "Provision map and commentary (1,500 words)", "Day 3", "Fri 19 Mar 2010", "Colin Mayhew", "Sunita Kaur-Bennett"],
    ["Assignment 3, Task 1", "SNC703", "Project proposal (1,000 words) \u2013 formative", "Day 6", "Fri 26 Mar 2010", "Sunita Kaur-Bennett", "\u2013"],
    ["Assignment 3, Task 2", "SNC703", "Project report (4,000 words)", "Day 6", "Fri 2 Jul 2010", "Sunita Kaur-Bennett", "Ruth Anand"],
    ["Assignment 3, Task 3", "SNC703", "Reflective commentary and professional development plan (1,000 words)", "Day 6", "Fri 2 Jul 2010", "Sunita Kaur-Bennett", "Ruth Anand"],
    ["Practice File", "all", "Mentor meeting records, time and priorities log, visit records", "Day 1", "Reviewed at each progress review", "Personal tutor", "\u2013"],
], widths=[2.6, 1.5, 4.6, 1.2, 2.2, 2.3, 2.3], size=8.5)

h2("1.3  What you must achieve")
para("To be awarded the Postgraduate Certificate you must:")
bullet("pass every graded task in Assignments 1, 2 and 3 at 50% or above (the University\u2019s pass mark at Level 7); and")
bullet("complete the Practice File to your personal tutor\u2019s satisfaction.")
para("Between them, the three assignments assess every one of the national minimum outcomes for SENCOs, so a participant who passes them has shown "
     "that they meet the national standard. The outcomes each task assesses are listed on its front sheet in Section 3, using the codes in Appendix D "
     "(PA = professional attributes, PK = professional knowledge and understanding, PS = professional skills).")
para("The Assessment Board of the University of Corvedale confirms all marks and recommends the award. Meridian CETT cannot award credit itself.")
h2("1.4  Marking and feedback")
para("Each graded task is marked against the assessment criteria in its brief and the University\u2019s Level 7 grade descriptors. You will receive "
     "written feedback on the Meridian feedback sheet within 20 working days of the hand-in date, with a provisional mark that becomes final only when "
     "the Assessment Board confirms it. A task marked below 50% may be resubmitted once, within six weeks; the mark for a resubmitted task is capped "
     "at 50%.")
h2("1.5  Submitting your work")
para("Submit every task through the drop box in the unit\u2019s Moodle area by 4 pm on the hand-in date. Turnitin will produce an originality report, "
     "which your assessor will see. Put your ILP number, not your name, on every page. Do not name pupils, staff or your school: "
     "use initials or pseudonyms instead.")

# ---------------------------------------------------------------- Section 2
h1("2  Your Individual Learning Plan and progress reviews")
h2("2.1  Your ILP")
para("Your Individual Learning Plan (ILP) starts from the Starting Points profile you agreed at interview. In the first fortnight of the course your "
     "personal tutor meets you, on Day 1 or online, to turn it into a plan. For each unit you agree two or three personal targets drawn from the "
     "outcomes you rated lowest, the study days and readings that will help you most, and any parts of a study day you may skip because your profile "
     "shows you are already secure. For example, an experienced specialist teacher of dyslexic pupils may spend the morning of Day 3 in the speech and "
     "language workshop instead. Your ILP is kept on Moodle, where you, your personal tutor and your mentor can all see it.")
h2("2.2  Progress reviews")
para("You have three progress reviews during the year, in December, March and June, each with your personal tutor, online or face to face. At each "
     "review you look together at your targets, the feedback on your assessed work and your Practice File, and agree new targets. Where assessed work "
     "shows that an outcome you rated as secure is not in fact secure, your tutor will add it to your plan: the Starting Points profile is a starting "
     "point, not a verdict.")
h2("2.3  Choosing your focus")
para("The assignments are written so that you can shape them to your own school and your own development needs. You choose the pupil for your case "
     "study, the year group or key stage for your provision map and the development for your project, and your tutor will help you choose so that the "
     "work addresses your ILP targets as well as your school\u2019s priorities.")
h2("2.4  The final review and your next steps")
para("Your June review is also your exit review. You bring the professional development plan you wrote for Assignment 3, Task 3, which you should "
     "already have discussed with your headteacher or line manager. Your tutor helps you check that it is realistic and talks through routes you might "
     "consider: the University\u2019s MA in Education (Inclusion), the specialist dyslexia and autism qualifications offered in our colleges, or a "
     "leading role in the local SENCO networks.")
h2("2.5  Fees")
para("The fee for 2009\u201310 is \u00a31,250, which includes University registration. Ashmere County Council and Pelcombe Borough Council each pay "
     "half the fee for SENCOs in their maintained schools. Because teaching is shared between four centres and uses rooms, ICT and library services "
     "we already have, we can keep the fee well below that of comparable university-only programmes in the region.")

# ---------------------------------------------------------------- Section 3
h1("3  Assignment briefs")
para("Each brief has a front sheet, then the scenario, the tasks and the assessment criteria. Read the criteria first: they are what your assessor "
     "will be looking for. The outcome codes are explained in Appendix D.")

h2("Assignment 1: Policy into practice \u2013 an audit and a briefing")
field_table([
    ("Unit", "SNC701 The SENCO, policy and the law (20 credits, Level 7)"),
    ("Assessor", "Ruth Anand (St Oswin\u2019s)"),
    ("Internal verifier", "Marcus Bellweather (Wyvernham)"),
    ("Issue date", "Study Day 1, Thursday 17 September 2009"),
    ("Hand-in date", "Friday 27 November 2009, 4 pm"),
    ("Weighting", "Task 1 70%; Task 2 30%"),
    ("National outcomes assessed", "PA2, PA5, PK1, PK3, PK7, PS1"),
])
para("**Scenario.** Your governing body must publish its SEN policy and report on it to parents, and must have an accessibility plan and, in most "
     "schools, a disability equality scheme. Your headteacher has asked you, as the new SENCO, to find out how far what happens in school matches what "
     "the policies say and what the law requires, and to recommend what the school should do first.")
para("**Task 1: the audit report (3,000 words).** Audit your school\u2019s arrangements for pupils with SEN and/or disabilities against:")
bullet("the SEN Code of Practice (2001), in particular the graduated response through School Action and School Action Plus and the arrangements for "
       "pupils with statements;")
bullet("the school\u2019s duties under the Disability Discrimination Act 1995 as amended in 2005, including the disability equality duty and the "
       "accessibility plan;")
bullet("the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008.")
para("Use the school\u2019s self-evaluation evidence (the SEF, RAISEonline and your own tracking) to judge how well pupils with SEN and/or "
     "disabilities are doing compared with their peers. Finish with no more than three priorities for improvement, each with the evidence for it.")
para("Tutor guidance: you may wish to link your priorities to the Every Child Matters outcomes where this helps your argument.", italic=True)
para("**Task 2: the briefing (a presentation of about ten minutes and a 1,000-word briefing paper).** Present your priorities to your headteacher and "
     "at least one other senior leader or the governor responsible for SEN. Your aim is to win their agreement to act on at least one priority. "
     "Submit your briefing paper, your slides or notes, a short note of the questions you were asked and how you responded, and a witness statement "
     "(form W1, Appendix A) signed by the headteacher or governor saying what was agreed.")
para("**Assessment criteria**")
table([
    ["Criterion", "Outcomes", "To pass, you will\u2026"],
    ["AC1.1", "PK1", "show accurate, current knowledge of the Code of Practice and the 2008 Regulations and what they require of the school, the SENCO and others, with examples of how the school does or should put them into practice"],
    ["AC1.2", "PK3", "show accurate knowledge of the school\u2019s disability equality duties and judge how well the school is carrying them out"],
    ["AC1.3", "PK7", "use self-evaluation evidence critically to judge outcomes for pupils with SEN and/or disabilities and to justify priorities for improvement"],
    ["AC1.4", "PS1", "show how you worked with senior colleagues and governors to shape the school\u2019s policies, priorities and use of resources towards an inclusive school"],
    ["AC1.5", "PA2", "show that you gained the commitment of the headteacher and senior leaders to at least one priority (witness statement)"],
    ["AC1.6", "PA5", "communicate clearly and persuasively in writing and in speech, and show that you listened to and took account of others\u2019 views in your response"],
], widths=[1.8, 1.8, 13.0])
para("Evidence checklist: \u2610 front sheet and declaration  \u2610 Task 1 report  \u2610 Task 2 briefing paper  \u2610 slides or notes  "
     "\u2610 note of questions and responses  \u2610 witness statement W1")

h2("Assignment 2: One pupil, many pupils \u2013 a case study and a provision map")
field_table([
    ("Unit", "SNC702 Identifying needs and planning provision (20 credits, Level 7)"),
    ("Assessor", "Dr Colin Mayhew (Tansley Bridge)"),
    ("Internal verifier", "Sunita Kaur-Bennett (Wyvernham). A sample is second-marked by Pelcombe educational psychologists and Ashmere specialist teachers (see 5.5)"),
    ("Issue date", "Study Day 3, Thursday 12 November 2009"),
    ("Hand-in date", "Friday 19 March 2010, 4 pm"),
    ("Weighting", "Task 1 60%; Task 2 40%"),
    ("National outcomes assessed", "PA1, PK5, PK6, PK9, PS2, PS2a, PS2b, PS3, PS4, PS6, PS8"),
])
para("**Task 1: case study of one pupil (3,500 words).** Choose a pupil with SEN and/or disabilities whose progress is giving cause for concern, and "
     "obtain written consent from the parent or carer on form C1.")
for b in [
    "(a) Describe the pupil\u2019s needs and how they affect the pupil\u2019s learning, drawing on what is known about that type of need (for example "
    "dyslexia, a speech and language difficulty, autism, or behavioural, emotional and social difficulties).",
    "(b) Draw together the assessments already made of the pupil by at least two other professionals (for example an educational psychologist, a "
    "speech and language therapist or a specialist teacher). Explain how you obtained their involvement and what their advice means for teaching.",
    "(c) Set out the pupil\u2019s attainment and progress using summative data, including national test or teacher assessment results where "
    "available, and take baseline measures before the intervention begins.",
    "(d) Set challenging targets and plan an intervention, justifying your choice of approach and resources against others you considered, including "
    "at least one use of ICT.",
    "(e) Run the intervention for at least eight weeks, review the pupil\u2019s progress against the baseline, and say what you would change.",
    "(f) Show how you worked with the pupil\u2019s parents or carers: at least one meeting, how the plan was agreed with them and how they were kept "
    "informed.",
]:
    para(b, space_after=3)
para("Where possible, include the pupil\u2019s own view of the intervention.")
para("**Task 2: provision map (the map and a 1,500-word commentary).** Using your local authority\u2019s provision map template (the Ashmere and "
     "Pelcombe templates are on Moodle; participants from other areas may use the Meridian template), map the additional and different provision "
     "for one year group or key stage: who provides it, for which pupils, for how long and at what cost. In the commentary:")
for b in [
    "(a) identify provision that is not working or is missing, using your progress data;",
    "(b) explain how teaching assistants and other staff are deployed, trained and managed to deliver the provision, and what you would change;",
    "(c) describe how you reviewed the provision with colleagues (for example at a department or phase meeting) and how your findings feed into the "
    "school\u2019s self-evaluation and improvement plan.",
]:
    para(b, space_after=3)
para("**Assessment criteria**")
table([
    ["Criterion", "Outcomes", "To pass, you will\u2026"],
    ["AC2.1", "PK5", "explain the pupil\u2019s type of need and its effect on learning accurately, with reference to research"],
    ["AC2.2", "PS2a, PK9", "make effective use of other professionals\u2019 assessments and show how specialist support was secured"],
    ["AC2.3", "PS2b", "use summative data, including national test or teacher assessment results, to track progress and justify changes to the pupil\u2019s programme"],
    ["AC2.4", "PK6", "evaluate approaches, strategies and resources critically, including ICT, and justify the intervention chosen"],
    ["AC2.5", "PS2", "set challenging targets, plan an intervention that removes or reduces barriers to learning, and review progress against baseline measures"],
    ["AC2.6", "PA1, PS8", "show a fair, respectful and constructive working relationship with the pupil and with the parents or carers, and effective liaison with the family"],
    ["AC2.7", "PS3", "use the provision map to plan provision and identify what is ineffective or missing"],
    ["AC2.8", "PS4", "evaluate and plan the deployment and management of support staff"],
    ["AC2.9", "PS6", "review provision with colleagues and link the findings to school self-evaluation and improvement planning"],
], widths=[1.8, 2.2, 12.6])

h2("Assignment 3: Leading a development")
field_table([
    ("Unit", "SNC703 Leading colleagues and working with families and services (20 credits, Level 7)"),
    ("Assessor", "Sunita Kaur-Bennett (Wyvernham)"),
    ("Internal verifier", "Ruth Anand (St Oswin\u2019s)"),
    ("Issue date", "Study Day 6, Thursday 11 February 2010"),
    ("Hand-in date", "Task 1: Friday 26 March 2010. Tasks 2 and 3: Friday 2 July 2010, 4 pm"),
    ("Weighting", "Task 1 formative (not graded); Task 2 80%; Task 3 20%"),
    ("National outcomes assessed", "PA4, PA6, PA7, PK8, PS5, PS9*\n* where your project involves another service or agency"),
])
para("**Task 1: project proposal (1,000 words, formative).** Propose a development you will lead in your school between March and June: what it is, "
     "why it matters for pupils with SEN and/or disabilities, who will be involved and how you will know whether it has worked. Your tutor gives "
     "written feedback within ten working days. This task is not graded and does not count towards your mark.")
para("**Task 2: project report (4,000 words).** Report on the development you led. You should:")
for b in [
    "(a) explain why you chose it, drawing on research evidence and on advice from outside the school (for example from the local authority, a "
    "specialist service or published guidance such as Ofsted\u2019s reports);",
    "(b) show how you supported colleagues to develop their practice, using at least two of: observing teaching and giving feedback; coaching or "
    "mentoring; modelling; planning or leading training;",
    "(c) describe the problems you met and the decisions you made, and justify them;",
    "(d) present baseline and follow-up measures for the pupils affected and evaluate the impact;",
    "(e) if your project involved working with another service or agency, including a voluntary organisation, explain how you worked together.",
]:
    para(b, space_after=3)
para("**Task 3: reflective commentary and professional development plan (1,000 words and form P1).** Reflect on what you have learned over the year, "
     "how your practice has changed and how you keep your knowledge of SEN and disability up to date. Then set out your professional development plan "
     "for the next two years on form P1, agreed with your headteacher or line manager.")
para("**Assessment criteria**")
table([
    ["Criterion", "Outcomes", "To pass, you will\u2026"],
    ["AC3.1", "PA6, PK8", "use research evidence and best practice critically to inform the development and to improve colleagues\u2019 practice"],
    ["AC3.2", "PS5", "support colleagues\u2019 professional development effectively through at least two of the methods listed"],
    ["AC3.3", "PA4", "anticipate and resolve problems and make well-founded decisions, giving your reasons"],
    ["AC3.4", "\u2013", "evaluate the impact of the development on pupils, using baseline and follow-up measures"],
    ["AC3.5", "PS9", "(where relevant) work in partnership with other services and agencies"],
    ["AC3.6", "PA7", "reflect critically on your own learning, show how you keep up to date, and set realistic objectives for your development"],
], widths=[1.8, 2.2, 12.6])

# ---------------------------------------------------------------- Section 4
h1("4  The Practice File")
h2("4.1  What it is")
para("The Practice File is a ring binder or electronic folder in which you keep a record of your work as a SENCO during the year. It is not graded and "
     "does not count towards your mark, but you must complete it to gain the award, and your personal tutor looks at it at each progress review.")
h2("4.2  What goes in it")
bullet("Records of at least three meetings with your workplace mentor (form M1), at which you review your workload, your priorities and what you have "
       "delegated to others.")
bullet("A time and priorities log for two sample weeks, one in the autumn term and one in the summer term, with your mentor\u2019s comments.")
bullet("The record of the observed practice visit. Your personal tutor visits you in school once during the year to watch you lead a meeting (a "
       "review, a briefing for teaching assistants or a staff training session) and gives you oral and written feedback.")
bullet("Notes of any visits you make to other schools or services.")
h2("4.3  Visits to other settings")
para("You may find it useful to visit a special school, a resource base or a specialist service to see how others organise their provision. Arrange "
     "this through your mentor; your personal tutor can suggest contacts.")
tracked_para([("Every participant spends two days in a special school or resource base, arranged by the consortium with the two authorities.", "del")],
             "Janet Hollis", "2009-01-14T10:20:00Z", whole_deleted=True)
para("Our colleges already arrange several hundred work placements a year in special schools and day centres for our own Childcare and Health and "
     "Social Care students, so our links with these settings are strong.")
h2("4.4  How your tutor uses it")
para("At each progress review your tutor reads your mentor records and time log with you and comments on how you are managing your time, which tasks "
     "you are keeping and which you could hand on, and whether what you delegate is being done well. These comments are for your development only.")

# ---------------------------------------------------------------- Section 5
h1("5  Internal verification and moderation")
h2("5.1  Why we verify")
para("The award is taught in four centres and marked by several assessors. Internal verification (IV) is how we make sure that every participant is "
     "judged against the same standard, whichever centre they attend and whoever marks their work. The IV Coordinator, Marcus Bellweather, is "
     "responsible for the IV plan and reports on it to each Programme Committee.")
h2("5.2  Before a brief is issued")
para("Every assignment brief is verified before issue on form IV1: the internal verifier checks that the tasks let participants meet every criterion, "
     "that the criteria match the outcomes on the front sheet, and that the dates and word counts are right. Briefs are re-verified each year.")
h2("5.3  Standardisation")
para("Before marking starts for each assignment, everyone who will mark it meets with the internal verifier for a half-day standardisation meeting, "
     "held at a different centre each time. Everyone marks the same two anonymised scripts blind, compares marks and feedback, and agrees how the "
     "criteria will be applied. Notes of the meeting, with the agreed marks, are kept in the IV file and sent to the University link tutor.")
h2("5.4  Sampling")
para("Internal verifiers sample marked work using the CAMERA plan below, which our colleges use across their teacher education programmes.")
table([
    ["", "What the sample must include"],
    ["Candidates", "At least 25% of the scripts for every task; every fail; every script marked 48\u201352%; every script marked 70% or more"],
    ["Assessors", "Work from every assessor; 100% of a new assessor\u2019s first assignment"],
    ["Methods", "Every graded task, including the Assignment 1 presentation evidence and witness statements"],
    ["Evidence", "Authenticity: the internal verifier telephones one headteacher or governor in five to confirm the witness statement"],
    ["Records", "Feedback sheets, marks entered on the tracking sheet and on the University system"],
    ["Assessment sites", "Scripts from participants attached to every one of the four centres"],
], widths=[3.2, 13.4])
h2("5.5  Second marking by partners")
para("For Assignment 2, Task 1, a sample of at least 10% of case studies is second-marked by an educational psychologist from Pelcombe or a specialist "
     "teacher from Ashmere\u2019s Specialist Teaching Service. First and second markers meet to agree a mark; if they cannot agree, the internal "
     "verifier decides and the script goes to the external examiner.")
h2("5.6  University moderation and the external examiner")
tracked_para([
    ("The University link tutor moderates a sample of 20% of all graded work each year. The external examiner, Dr Ewan Calloway of the University of "
     "Hensby, ", None),
    ("sees a sample from every centre, ", "ins"),
    ("attends the Assessment Board in July and reports to the University each year.", None),
], "Marcus Bellweather", "2009-01-12T15:02:00Z")
# ---------------------------------------------------------------- Section 6
h1("6  Assessors, internal verifiers and mentors")
h2("6.1  The team")
table([
    ["Name", "Centre", "Role on the award", "Background"],
    ["Janet Hollis", "Aldbrook", "Programme Manager; personal tutor", "SENCO in two Ashmere primary schools for eleven years; MA Special and Inclusive Education; Cert Ed (FE); teaches on the in-service PGCE"],
    ["Ruth Anand", "St Oswin\u2019s", "Unit leader SNC701; assessor; internal verifier for SNC703", "Secondary SENCO, then Ashmere inclusion consultant (2001\u201306); MEd; A1 assessor and V1 verifier awards"],
    ["Dr Colin Mayhew", "Tansley Bridge", "Unit leader SNC702; assessor", "Educational psychologist with Pelcombe 1994\u20132003; PhD on reading interventions; leads the college\u2019s dyslexia diploma"],
    ["Sunita Kaur-Bennett", "Wyvernham", "Unit leader SNC703; assessor; internal verifier for SNC702", "Deputy head and SENCO of a Pelcombe special school; NPQH; MA Educational Leadership"],
    ["Marcus Bellweather", "Wyvernham", "IV Coordinator; internal verifier for SNC701", "Head of Teacher Education, Wyvernham; V1 award; lead internal verifier for the college\u2019s teacher education programmes"],
    ["Gillian Okafor", "Aldbrook", "Personal tutor; assistive technology", "Specialist teacher (AMBDA); manages Aldbrook\u2019s Additional Learning Support team"],
    ["Dr Alison Threlfall", "University of Corvedale", "University link tutor; moderator", "Senior Lecturer in Inclusive Education"],
], widths=[3.0, 2.4, 4.4, 6.8], size=9)
h2("6.2  Keeping up to date")
para("Every tutor on the award completes at least 30 hours of continuing professional development a year, as the Institute for Learning requires of "
     "all further education teachers, and at least ten of those hours must be in SEN and disability: for example, the two authorities\u2019 annual "
     "SENCO conferences, which all tutors attend, or shadowing the Pelcombe educational psychology service. The Programme Manager checks CPD records at "
     "each tutor\u2019s annual review.")
h2("6.3  Preparing assessors and internal verifiers")
para("A new assessor has a half-day induction with the IV Coordinator, receives the Meridian Assessor Guide, co-marks their first three scripts with an "
     "experienced assessor and has all of their first assignment verified. Assessors who do not yet hold an assessor award work towards one in their "
     "first year. Internal verifiers hold, or are working towards, the V1 award, and meet as a group twice a year.")
h2("6.4  Workplace mentors")
p = doc.add_paragraph()
add_runs(p, "Each participant\u2019s headteacher nominates a workplace mentor, usually a deputy or assistant head. The mentor meets the participant at "
            "least three times a year, signs the mentor meeting records and is the first person the personal tutor contacts about the participant\u2019s "
            "progress in school. We are preparing Mentor Notes, which will explain the role, and will invite mentors to a briefing. ")
r = p.add_run("Mentor briefing: [TBC \u2013 date and venue]")
comment([r], "Depends on room bookings at Aldbrook for September. JH to confirm.", "Marcus Bellweather", "MB")
h2("6.5  Checks on staff")
para("All tutors, assessors and internal verifiers hold a current enhanced CRB disclosure, renewed every three years and checked by the lead "
     "college\u2019s Human Resources team before they visit any school.")

# ---------------------------------------------------------------- Section 7
h1("7  Fair assessment: adjustments, extensions and mitigating circumstances")
h2("7.1  Telling us what you need")
para("The application form and the enrolment form both invite you to tell us about any disability, medical condition or specific learning difficulty, "
     "and our publicity says plainly that we welcome applications from disabled teachers. If you tell us, your personal tutor contacts you within a "
     "week to talk about the support that would help. With your agreement, the Learning Support coordinator at your centre then draws up an Access "
     "Plan for study days and assessment, which is shared only with the staff who need to see it. You can tell us at any point in the year, not only "
     "when you apply.")
h2("7.2  Adjustments we can make")
para("Adjustments are agreed individually. Examples from our teacher education programmes include:")
for b in [
    "materials in large print, on coloured paper or electronically, sent before each study day;",
    "a sign language interpreter or note-taker on study days;",
    "extra time for hand-in dates, agreed in advance;",
    "giving the Assignment 1 presentation to a smaller audience, or recording it, instead of presenting live;",
    "a recorded viva in place of part of a written task, where the same criteria can still be assessed;",
    "assistive software (Read&Write Gold, Dragon NaturallySpeaking) on college computers and on a loaned laptop.",
]:
    bullet(b)
para("All four centres have step-free access, accessible toilets and hearing loops in teaching rooms. If a centre is hard for you to reach, we can "
     "arrange for you to join a study day there by video link from your nearest centre.")
h2("7.3  Extensions and mitigating circumstances")
para("Your personal tutor can grant an extension of up to ten working days if you ask before the hand-in date. If illness or other serious circumstances affect your assessment for longer, submit a claim on the University\u2019s form with evidence, no later than five "
     "working days after the hand-in date. The Assessment Board decides whether to allow a further attempt without penalty.")
h2("7.4  Equality monitoring")
para("Each year we analyse applications, completions and results by gender, ethnicity and disability, report the figures in the Annual Course Review "
     "and act on any gap. The single equality schemes of our four colleges apply to all participants.")

# ---------------------------------------------------------------- Section 8
h1("8  Credit for prior learning")
h2("8.1  Certificated learning")
para("If you have passed a master\u2019s-level unit or module in SEN in the last five years, you may claim credit for one unit (20 credits) of the award, "
     "subject to the University\u2019s approval. Claims are made before enrolment on the APL claim form, with your transcript and the learning outcomes "
     "of the module. The Programme Manager maps them against the national outcomes of the unit you are claiming; any outcome that your earlier study "
     "did not cover must be shown in your other assignments, and your ILP will say where.")
h2("8.2  Experience")
p = doc.add_paragraph()
r = p.add_run("We do not accredit experiential learning (APEL) for this award: however long you have worked in SEN, you will need to complete the "
              "assignments. Your experience will be taken into account in your ILP (Section 2).")
comment([r], "University regulations would allow APEL up to a third of the award. Team decided not to offer it in 2009\u201310.", "Janet Hollis", "JH")
h83 = h2("8.3  Assessment only")
p_del = tracked_para([
    ("In exceptional cases an experienced SENCO who already meets the national outcomes may register for assessment only. They have an interview "
     "with the Programme Manager, submit all the graded tasks and the Practice File without attending the study days, and are assessed in exactly the "
     "same way as other participants. The fee is \u00a3650.", "del")],
    "Marcus Bellweather", "2009-01-12T14:40:00Z", whole_deleted=True)
p_ins = tracked_para([("Registration for assessment only is not available on this award.", "ins")],
                     "Marcus Bellweather", "2009-01-12T14:41:00Z")
comment([h83.runs[-1]], "Corvedale registry: assessment-only registration needs separate approval by Academic Board. Taken out until we have it.",
        "Marcus Bellweather", "MB")

# ---------------------------------------------------------------- Section 9
h1("9  Appeals and academic conduct")
h2("9.1  Academic appeals")
para("You may appeal against a decision of the Assessment Board under the University of Corvedale\u2019s academic appeals procedure, within ten "
     "working days of receiving your result.")
h2("9.2  Plagiarism and collusion")
para("All written work is checked through Turnitin. Using another person\u2019s words or ideas without acknowledgement, or submitting work written with "
     "another participant as your own, is unfair means under the University\u2019s regulations, and suspected cases are referred to the University. By "
     "signing the declaration on the front sheet you confirm that the work is your own.")
# ---------------------------------------------------------------- Appendices
h1("Appendix A  Assignment front sheet, declaration and witness statement")
para("Attach this front sheet to every task you submit.", italic=True)
field_table([
    ("ILP number", ""),
    ("Centre", ""),
    ("Assignment and task", ""),
    ("Word count", ""),
    ("Outcome codes this task assesses", ""),
    ("Declaration", "I confirm that this work is my own, that all sources are acknowledged, and that pupils, families, staff and the school cannot be identified.\nSigned ____________________   Date ____________"),
])
para("**Form W1: witness statement (Assignment 1, Task 2)**")
field_table([
    ("Name and role of witness", ""),
    ("Date of presentation", ""),
    ("What was presented", ""),
    ("What was agreed, and by whom", ""),
    ("Signature of witness", ""),
])
h1("Appendix B  Internal verification record (form IV2)")
table([
    ["Check", "Yes", "No", "Comment"],
    ["The assessor used the current brief and criteria", "", "", ""],
    ["Every criterion is addressed in the feedback", "", "", ""],
    ["The mark is supported by the evidence in the script", "", "", ""],
    ["Feedback is clear, developmental and refers to the outcomes", "", "", ""],
    ["Witness statement present and authentic (if sampled)", "", "", ""],
    ["Mark and feedback recorded on the tracking sheet", "", "", ""],
    ["Action required by the assessor, and date", "", "", ""],
], widths=[8.6, 1.2, 1.2, 5.6])
para("Internal verifier ____________________   Date ____________")

h1("Appendix C  Resources for study and assessment")
for b in [
    "The Learning Resource Centres of all four colleges, with a shared SEN collection of about 1,100 titles built up for our dyslexia and teacher "
    "education programmes. Books from any centre can be requested and delivered to your own centre within two working days.",
    "The University of Corvedale library, including Athens access to electronic journals such as the British Journal of Special Education, Support "
    "for Learning and the Journal of Research in Special Educational Needs.",
    "The Wyvernham Assistive Technology Suite: twelve workstations with Read&Write Gold, Dragon NaturallySpeaking, Clicker 5, Inspiration and switch "
    "access hardware, used on Day 4 and bookable for your own assignment work.",
    "A lending library of standardised assessment materials (reading, spelling, language and number tests) at Tansley Bridge, which you may borrow "
    "for Assignment 2 after guidance from Dr Mayhew.",
    "Meridian Moodle, with Turnitin, and Elluminate Live for online tutorials.",
    "Laptops for loan at each centre.",
]:
    bullet(b)

h1("Appendix D  Where the national outcomes are taught and assessed")
para("The codes below are the ones used on the assignment front sheets. Every national outcome is assessed at least once. \u2018Day\u2019 refers "
     "to the study days in 0.3.")

rows = [
    ("G", "Professional attributes"),
    ("PA1", "Fair, respectful and constructive relationships with pupils and their parents or carers", "Day 8", "Assignment 2, Task 1"),
    ("PA2", "Gaining the commitment of colleagues, including the head and senior leaders", "Days 1, 9", "Assignment 1, Task 2"),
    ("PA3", "Prioritising, managing time and delegating", "Practice File mentor meetings", "Practice File (formative)"),
    ("PA4", "Anticipating and resolving problems; sound decisions about provision", "Days 5, 9", "Assignment 3, Task 2"),
    ("PA5", "Clear speech and writing; listening to others\u2019 views", "Day 1", "Assignment 1, Task 2"),
    ("PA6", "Using research and outside advice to improve practice", "Day 9", "Assignment 3, Task 2"),
    ("PA7", "Keeping up to date; own professional development", "Day 10", "Assignment 3, Task 3"),
    ("G", "Professional knowledge and understanding"),
    ("PK1", "SEN law, the Code of Practice and how to put them into practice", "Day 1", "Assignment 1, Task 1"),
    ("PK2", "Every Child Matters and the SENCO\u2019s part in the five outcomes", "Day 1", "\u2013"),
    ("PK3", "Disability equality law and the actions it requires", "Day 2", "Assignment 1, Task 1"),
    ("PK5", "The common types of SEN and how they affect learning", "Days 3, 4", "Assignment 2, Task 1"),
    ("PK6", "Approaches, strategies and resources, including ICT", "Days 4, 5", "Assignment 2, Task 1"),
    ("PK7", "School self-evaluation and improvement", "Day 2", "Assignment 1, Task 1"),
    ("PK8", "Best practice and research in meeting SEN", "Day 9", "Assignment 3, Task 2"),
    ("PK9", "External agencies and how to obtain specialist support", "Day 6", "Assignment 2, Task 1"),
    ("G", "Professional skills"),
    ("PS1", "Influencing strategy, policy and resources with senior colleagues and governors", "Days 1, 2", "Assignment 1, Task 2"),
    ("PS2", "Identifying pupils, setting targets, planning interventions, reviewing progress", "Day 5", "Assignment 2, Task 1"),
    ("PS2a", "Using other professionals\u2019 assessments", "Day 6", "Assignment 2, Task 1"),
    ("PS2b", "Using summative data, including national tests, to track progress", "Day 5", "Assignment 2, Task 1"),
    ("PS2d", "Access arrangements for national tests and examinations", "Day 5", "Assignment 2, Task 3"),
    ("PS3", "Provision mapping; finding ineffective or missing provision", "Day 7", "Assignment 2, Task 2"),
    ("PS4", "Deploying and managing staff", "Day 7", "Assignment 2, Task 2"),
    ("PS5", "Supporting colleagues\u2019 professional development", "Day 9", "Assignment 3, Task 2"),
    ("PS6", "Reviewing provision with colleagues for school self-evaluation", "Days 2, 7", "Assignment 2, Task 2"),
    ("PS7", "Involving pupils in planning and reviewing their provision", "Day 7", "Encouraged in Assignment 2, Task 1"),
    ("PS8", "Liaising with parents and carers", "Day 8", "Assignment 2, Task 1"),
    ("PS9", "Working with other services and agencies, including voluntary organisations", "Days 6, 8", "Assignment 3, Task 2*"),
]
t = doc.add_table(rows=1 + len(rows), cols=4)
t.style = "Table Grid"
for j, h in enumerate(["Code", "National outcome (our summary)", "Taught on", "Assessed in"]):
    cell_text(t.cell(0, j), h, bold=True)
    shade(t.cell(0, j), "D9E2F3")
s2d_cell = None
for i, row in enumerate(rows, start=1):
    if row[0] == "G":
        m = t.cell(i, 0).merge(t.cell(i, 3))
        cell_text(m, row[1], bold=True)
        shade(m, "EDEDED")
    else:
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v)
        if row[0] == "PS2d":
            s2d_cell = t.cell(i, 3)
for row in t.rows:
    for j, w in enumerate([1.5, 8.2, 3.4, 3.5]):
        row.cells[j].width = Cm(w)
comment([s2d_cell.paragraphs[0].runs[-1]], "Check this row against the final briefs.", "Colin Mayhew", "CM")
para("")
para("* where the participant\u2019s project involves another service or agency.", italic=True, size=9)

import datetime
cp = doc.core_properties
cp.author = "Janet Hollis"
cp.last_modified_by = "Marcus Bellweather"
cp.title = "Meridian CETT Assessment and IV Handbook 2009-10 v1.2"
cp.created = datetime.datetime(2008, 9, 2, 9, 0, 0)
cp.modified = datetime.datetime(2009, 1, 14, 16, 30, 0)
cp.revision = 12
doc.save(OUT)
print("wrote", OUT)
