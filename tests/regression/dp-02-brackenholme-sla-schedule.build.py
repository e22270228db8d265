"""Build dp-02-brackenholme-sla-schedule.docx (blind test application).

KIND OF DOCUMENT
  A schedule of a diocesan board's traded Services to Schools Agreement (a
  service level agreement sold to subscribing schools): "Schedule 7: SENCO
  National Award Service", submitted to the TDA as the application with a short
  covering note. It is a contract schedule between the Board and each buying
  school, with subscription tiers, service levels, KPIs, charges and an order
  form. It is none of the kinds in regression-README.md: not a partnership
  agreement or memorandum between the delivering partners, not a sharing
  agreement, not a tender, not a catalogue or price list alone, not a business
  plan.

PROVIDER (invented)
  Brackenholme Diocesan Board of Education (Church of England; Diocese of
  Brackenholme, covering Ousedale County Council and Brackenholme City
  Council), delivering with St Osyth's University College, Ludmere (a Church of
  England university college), which validates the award. Postgraduate Award in
  SEN Coordination, 40 credits at Level 7 (ODE711, ODE712), with an optional
  20-credit module ODE713 leading to a 60-credit Postgraduate Certificate.
  People: the Revd Canon Dr Michael Fairlie (Director of Education), Jonathan
  Aske (Head of School Improvement, service owner), Bernadette Hollis (Diocesan
  SEN Adviser, service lead), Dr Owen Prothero (College programme leader), Dr
  Lucy Varnham (College tutor), Gwen Tillotson (Resource Centre manager).

LAYOUT
  - Page header (agreement, schedule, issue) and footer (company details,
    "Page"): never evidence.
  - A title block table; a covering note to the TDA; an italic grey "OFFICER
    GUIDANCE - delete before issue" box left in.
  - Clauses with typed decimal numbers 1.1 to 12.x (colliding with requirement
    ids: "3.3 Admission", "5.5", "2.3 Structure", "4.3" etc.), in contract
    language ("The Board will", "The School shall").
  - Clause 4: a service-level table with a merged header cell spanning the
    Core and Plus columns, ticks, dashes and prices.
  - Clause 9: a KPI table.
  - Clause 12: a "Variations from the 2008-09 Schedule 7" table (the old
    unaccredited SENCO Induction Programme), columns 2008-09 / 2009-10 /
    Reason.
  - Annex A study days table; Annex B "Outcomes Statement" with "Developed
    through" and "Evidenced for the Award by" columns; Annex C order form with
    bracketed prompts and tick boxes; Annex D service staff; unsigned
    signature block.
  - Two Word comments (never evidence).

TRAPS (requirement ids affected)
  - E.2: the Award itself is 40 credits at Level 7; 60 credits only with the
    optional ODE713. partially_met.
  - Tiered (conditional) provision: the Individual Learning Plan, the in-school
    tutor visit (the only place colleagues' formative assessment and coaching
    are assessed) and mentor training are "Plus" only. 2.2, 2.4, 5.7 and
    6.S2c, 6.S5 partially_met.
  - Officer guidance left in promises an in-school visit for every participant
    and special-school visits on request: a prompt, never evidence (2.2, 5.5,
    6.S5).
  - Word comments discuss making the ILP Core and confirm the Direct
    Assessment fee: not evidence.
  - Cross-reference to a document not enclosed: equality is only "General
    Terms clause 14 (Equality and diversity) applies to this Service" (clause
    5.2); the General Terms are not in the submission. 3.1 not_met.
  - Transfers to other services and past arrangements in the Variations
    table: disability equality moved to Schedule 5 (another service) (6.K3
    not_met; 1.4 partially_met); exam access arrangements now the Ousedale
    Assessment Team's briefing (6.S2d not_met); special school visits
    "Withdrawn" with the Visit Brokerage service, and no specialist
    contributors beyond the core tutors (5.5 not_met).
  - Optional assessment: research outcomes evidenced only by the optional
    ODE713 Task C (6.A6, 6.K8 partially_met).
  - Taught, not assessed: parents (Day 6, "-"): 6.S8, and 6.A1 (pupils
    assessed, parents not) partially_met; 1.7 partially_met (a single session
    and a value statement).
  - KPIs measure delivery and satisfaction only; pupils' progress is measured
    inside Task A but impact on pupils is "not measured under this Schedule"
    beyond that and an impact study is only to be "considered". 5.9
    partially_met.
  - Admission by eligibility and head's nomination in order of receipt, "The
    Board does not interview applicants": 5.2 partially_met. CRB: the Board
    checks a date and disclosure number are given; other checks left to the
    employer: 5.3 partially_met.
  - Needs evidence is a satisfaction survey about logistics; changes are
    concrete: 4.1 partially_met, 4.2 met. Heads, LA advisers and participants
    sit on the Programme Board that reviews the evaluation: 4.3 met.
  - No e-learning, stated plainly in clause 2.4: 3.3 not_applicable.
  - Research and inspection evidence only in general terms: 1.3
    partially_met.
  - Blanket statement in clause 2.5 that the tasks "between them assess every
    national minimum outcome": 1.9 and 6.0 partially_met against Annex B.
  - Met in contract form: E.1 (2.1), 1.1 (2.2 purpose and Task A's ECM
    evaluation), APL/APEL (3.4: 2.1), Direct Assessment Route (3.5: 2.3), the
    professional development plan marked in Task B (2.5, 6.A7), two venues,
    two intakes, any order (3.2), Programme Board and evaluation cycle (5.1),
    Resource Centre loans (5.6), moderation (5.8), staff (Annex D: 5.4).
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "dp-02-brackenholme-sla-schedule"
OUT = os.path.join(HERE, NAME + ".docx")

NAVY = "1F3864"
PALE = "DCE6F2"
GREY = "EDEDED"

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10)
normal.paragraph_format.space_after = Pt(4)
for s in doc.sections:
    s.left_margin = Cm(2.2)
    s.right_margin = Cm(2.2)
    hp = s.header.paragraphs[0]
    hr = hp.add_run("Services to Schools Agreement 2009-10  |  Schedule 7: SENCO National Award "
                    "Service  |  Issue 2, 2 March 2009")
    hr.font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fr = fp.add_run("Brackenholme Diocesan Board of Education is a company limited by guarantee "
                    "(no. 04417731) and a registered charity (no. 1093362). Diocesan Education "
                    "Centre, 14 Cathedral Close, Brackenholme BK1 3DS.  Page")
    fr.font.size = Pt(7.5)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(
        f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def para(text="", bold=False, italic=False, size=None, colour=None, align=None, after=None,
         indent=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def heading(num, title):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run(f"{num}.  {title.upper()}")
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = RGBColor.from_string(NAVY)
    return p


def clause(num, text, lead=None):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.2)
    p.paragraph_format.first_line_indent = Cm(-1.2)
    p.add_run(f"{num}\t")
    if lead:
        p.add_run(lead + " ").bold = True
    p.add_run(text)
    return p


def sub(letter, text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(2.0)
    p.paragraph_format.first_line_indent = Cm(-0.8)
    p.add_run(f"({letter})\t{text}")
    p.paragraph_format.space_after = Pt(2)
    return p


def fmt_table(t, size=9):
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                p.paragraph_format.space_after = Pt(1)
                for r in p.runs:
                    r.font.size = Pt(size)


def table(headers, rows, widths=None, size=9, head_fill=PALE):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.paragraphs[0].add_run(h).bold = True
        shade(c, head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            parts = v.split("\n")
            cells[i].paragraphs[0].add_run(parts[0])
            for extra in parts[1:]:
                cells[i].add_paragraph(extra)
    fmt_table(t, size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ title block
tb = doc.add_table(rows=6, cols=2)
tb.style = "Table Grid"
top = tb.rows[0].cells[0].merge(tb.rows[0].cells[1])
shade(top, NAVY)
r = top.paragraphs[0].add_run("BRACKENHOLME DIOCESAN BOARD OF EDUCATION\n")
r.bold = True
r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
r.font.size = Pt(12)
r = top.paragraphs[0].add_run("Services to Schools Agreement 2009-10\nSCHEDULE 7: SENCO NATIONAL AWARD SERVICE")
r.bold = True
r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
r.font.size = Pt(14)
for i, (k, v) in enumerate([
    ("Issue", "Issue 2, 2 March 2009 (replaces Schedule 7 2008-09, SENCO Induction Programme)"),
    ("Service owner", "Jonathan Aske, Head of School Improvement"),
    ("Service lead", "Bernadette Hollis, Diocesan SEN Adviser"),
    ("Academic partner", "St Osyth's University College, Ludmere (validating institution)"),
    ("Service Year", "1 September 2009 to 31 August 2010"),
], start=1):
    tb.rows[i].cells[0].paragraphs[0].add_run(k).bold = True
    shade(tb.rows[i].cells[0], PALE)
    tb.rows[i].cells[1].paragraphs[0].add_run(v)
fmt_table(tb, 9.5)
for row in tb.rows[1:]:
    row.cells[0].width = Cm(4.0)
    row.cells[1].width = Cm(12.6)
doc.add_paragraph()

para("Covering note to the Training and Development Agency for Schools", bold=True, size=11)
for t in [
    "The Board provides its services to the 203 church schools of the Diocese, and to the "
    "community schools of Ousedale and Brackenholme City that choose to buy them, under an "
    "annual Services to Schools Agreement. Each service is defined by a Schedule, which is "
    "what a school buys and what the Board and St Osyth's are held to. Schedule 7 below is "
    "the complete and definitive statement of the SENCO National Award Service for "
    "2009-10, including the parts that St Osyth's provides, and we submit it as our "
    "application for approval. References to the General Terms are to the Board's "
    "Services to Schools General Terms 2009-10.",
    "The Revd Canon Dr Michael Fairlie, Director of Education, 9 March 2009",
]:
    para(t, italic=True)

g = doc.add_table(rows=1, cols=1)
g.style = "Table Grid"
gc = g.rows[0].cells[0]
shade(gc, GREY)
gr = gc.paragraphs[0].add_run(
    "[OFFICER GUIDANCE - delete this box before issue to schools. When you talk to heads "
    "about Schedule 7, stress that every participant gets an in-school visit from a tutor "
    "and an individual learning plan, and that the Board will organise a visit to a special "
    "school for anyone who asks. Use the Plus figures when quoting prices to church schools.]")
gr.italic = True
gr.font.size = Pt(9)
gr.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
doc.add_paragraph()

# ------------------------------------------------------------------ 1 definitions
heading("1", "Definitions")
clause("1.1", "In this Schedule the words defined in the General Terms have the same meaning, "
       "and:")
sub("a", "\"Award\" means the Postgraduate Award in Special Educational Needs Coordination "
    "(National Award for SEN Coordination) of St Osyth's University College;")
sub("b", "\"College\" means St Osyth's University College, Ludmere;")
sub("c", "\"Core\" and \"Plus\" mean the two levels of subscription to the Service set out in "
    "clause 4; \"Non-subscriber\" means a school that buys places without a subscription;")
sub("d", "\"Participant\" means a teacher nominated by a School and accepted onto the "
    "programme;")
sub("e", "\"Programme Board\" means the body described in clause 9.1;")
sub("f", "\"School\" means the school that signs the Order Form in Annex C.")

# ------------------------------------------------------------------ 2 the service
heading("2", "The Service")
clause("2.1", "The Board, with the College, provides a part-time programme leading to the "
       "Award. The Award is validated by the College: the validation event was held on 12 "
       "February 2009 and the College's Academic Board approved the Award on 5 March 2009 "
       "for five years from September 2009. The Award carries 40 credits at Level 7 (two "
       "compulsory modules of 20 credits). A Participant who also completes the optional "
       "module ODE713 (20 credits) is awarded the College's Postgraduate Certificate in "
       "Special Educational Needs Coordination (60 credits).", lead="Description.")
clause("2.2", "The purpose of the Service is to raise the achievement and improve the "
       "well-being of pupils with special educational needs and/or disabilities in the "
       "School, in all five Every Child Matters outcomes (being healthy, staying safe, "
       "enjoying and achieving, making a positive contribution and achieving economic "
       "well-being), by developing the knowledge, understanding and skills of the School's "
       "SENCO. Its objectives are that each Participant will (a) identify and meet the needs "
       "of pupils with SEN and/or disabilities so that they make better progress in learning "
       "and in their personal and social development; (b) lead colleagues, governors, "
       "parents and other services in planning, reviewing and improving provision; and (c) "
       "show, by assessed work carried out in the School, that they meet the national "
       "minimum outcomes for SENCOs. Both assessed tasks ask the Participant to judge the "
       "effect of their work on pupils' progress and well-being, not only on test results.",
       lead="Purpose.")
clause("2.3", "The programme consists of two compulsory modules, ODE711 The SENCO, the Child "
       "and the Law (20 credits) and ODE712 Leading SEN Provision (20 credits), and the "
       "optional module ODE713 Researching Special Educational Needs (20 credits). The "
       "study days are listed in Annex A. The content of each study day is revised every "
       "year to keep it in line with current research, inspection findings and national "
       "guidance.", lead="Structure.")
clause("2.4", "The Service has two intakes, in September and in February. Each study day "
       "runs twice in the same week, once at the Diocesan Education Centre in Brackenholme "
       "and once at the College's Ludmere campus, and a Participant may attend either on any "
       "day. ODE711 and ODE712 may be taken in either order, and a Participant may complete "
       "the Award in one year or over two. The Service does not include any online or "
       "distance learning element. Materials are issued in print at each study day and on "
       "CD-ROM; no part of the programme is delivered online.", lead="Delivery.")
clause("2.5", "Each module is assessed by a task carried out in the Participant's own "
       "School, about pupils and colleagues the Participant works with, so that what is "
       "learned on the study days is put into practice and its effect is evaluated. The "
       "tasks between them assess every national minimum outcome (see Annex B).",
       lead="Assessment.")
clause("2.6", "ODE711 Task A, \"Child in Context\" (5,000 words). The Participant follows one "
       "pupil for at least a term. The task requires: identification of the pupil's needs "
       "using classroom observation, the School's data and the assessments of other "
       "professionals; an account of how the pupil's development has been affected by their "
       "SEN and/or disability and by the physical and social environment of the School; a "
       "critical account of the pupil's area of need set against the main types of SEN; "
       "challenging targets, agreed and reviewed with the pupil, using one of the "
       "pupil-views tools from Day 4; an intervention of at least eight weeks, with "
       "baseline and end measures of the pupil's progress; a critical evaluation of the "
       "approaches and resources used, including ICT; an account of the Participant's work "
       "with at least one outside service or voluntary organisation; how the SEN Code of "
       "Practice and the law applied to this pupil; and an evaluation of the outcome for the "
       "pupil against each of the five Every Child Matters outcomes. The Participant "
       "reflects on the working relationship they built with the pupil.")
clause("2.7", "ODE712 Task B, \"Leading Provision\" (5,000-word project report and a "
       "30-minute professional discussion with two tutors). The Participant leads a "
       "provision improvement project in the School. The report includes: an analysis of "
       "the progress of pupils with SEN using national test results, teacher assessments or "
       "P scales, and the changes to programmes that follow; a provision map, costed, that "
       "identifies missing or ineffective provision; a plan for deploying and managing "
       "teaching assistants; a review of the effectiveness of SEN provision carried out with "
       "colleagues and written as the SEN section of the School's self-evaluation; a "
       "strategic plan for inclusion agreed with the head and presented to the governing "
       "body, with the head's written response; the project plan, showing priorities, "
       "timescales and the tasks delegated to others; and, as an appendix, the "
       "Participant's own professional development plan for the next twelve months. In the "
       "professional discussion the tutors put two unseen scenarios about problems in "
       "provision and ask the Participant to explain their decisions; they also question the "
       "Participant on the report.")
clause("2.8", "ODE713 Task C (optional), a critical review of research (6,000 words) on a "
       "question the Participant chooses, with recommendations for the School's practice.")
clause("2.9", "A Participant is awarded the Award on passing Task A and Task B, each at 50%. "
       "The professional development plan appended to Task B must be passed (pass or "
       "refer) for Task B to be passed.", lead="Award rule.")

# ------------------------------------------------------------------ 3 eligibility
heading("3", "Eligibility and admission")
clause("3.1", "A Participant must be a qualified teacher employed by the School who is the "
       "School's SENCO or has been designated by the governing body to become its SENCO.")
clause("3.2", "The head nominates the Participant on the Order Form (Annex C), confirming "
       "release for the study days, naming a mentor from the School's leadership team and "
       "giving the details required by clause 8.3.")
clause("3.3", "Places are allocated in the order in which completed Order Forms are received. "
       "The Board does not interview applicants. Where a cohort is full, the Participant is "
       "offered a place in the next intake.", lead="Admission.")
clause("3.4", "A Participant who holds Level 7 credit in special educational needs from any "
       "university, gained in the last five years, may claim up to 20 credits (either "
       "compulsory module) by accreditation of prior certificated learning, mapped against "
       "the module's learning outcomes. A Participant with substantial experience of SEN "
       "work but no such credit may claim credit for ODE711 by accreditation of prior "
       "experiential learning, by submitting a portfolio mapped against the outcomes of "
       "ODE711, which two tutors assess and the College's Assessment Board confirms. The fee "
       "for an experiential claim is \u00a3150.", lead="Prior learning.")
clause("3.5", "In exceptional cases a teacher who already has substantial experience of "
       "leading SEN provision (for example an experienced SENCO joining from the independent "
       "sector, or an advisory teacher from a local authority support service) may apply to "
       "be assessed for the Award without attending the taught programme. The candidate "
       "submits Task A and Task B and a portfolio of evidence against every national minimum "
       "outcome, and takes part in a professional discussion with two tutors. The Programme "
       "Board decides whether a candidate is eligible. The fee is \u00a3650.",
       lead="Direct Assessment Route.")
clause("3.6", "Before Day 1 every Participant completes the Board's Self-Review, rating their "
       "confidence and experience against each national minimum outcome, and sends it to the "
       "Service lead. Participants at Plus level agree an Individual Learning Plan with their "
       "tutor at the in-school visit (clause 4), based on the Self-Review, naming the outcomes "
       "they will give most attention to and how the tasks will be focused. At Core level the "
       "Self-Review is returned to the Participant with the tutor's written comments.",
       lead="Self-Review.")

# ------------------------------------------------------------------ 4 service levels
heading("4", "Service levels")
clause("4.1", "The Service is available at two levels of subscription, Core and Plus, and to "
       "Non-subscribers, as follows:")
sl = doc.add_table(rows=2, cols=4)
sl.style = "Table Grid"
h0 = sl.rows[0].cells
h0[0].merge(sl.rows[1].cells[0])
h0[0].paragraphs[0].add_run("Element of the Service").bold = True
sub_head = h0[1].merge(h0[2])
sub_head.paragraphs[0].add_run("Included for subscribing Schools").bold = True
h0[3].merge(sl.rows[1].cells[3])
h0[3].paragraphs[0].add_run("Non-subscribers").bold = True
sl.rows[1].cells[1].paragraphs[0].add_run("Core").bold = True
sl.rows[1].cells[2].paragraphs[0].add_run("Plus").bold = True
for row in sl.rows[:2]:
    for c in row.cells:
        shade(c, PALE)
for vals in [
    ("Place on the programme: nine study days, two group tutorials, assessment and Award",
     "\u2713", "\u2713", "\u00a31,150"),
    ("Self-Review before Day 1, with tutor's written comments", "\u2713", "\u2713", "\u2713"),
    ("Individual Learning Plan agreed with a tutor", "\u2013", "\u2713 (at the in-school visit)",
     "\u00a395"),
    ("In-school tutor visit (half day): tutor observes the Participant giving feedback to a "
     "colleague after a lesson observation, meets the mentor, and agrees the Individual "
     "Learning Plan", "\u2013", "\u2713", "\u00a3180"),
    ("Mentor training (half day, June or September)", "\u2013", "\u2713", "\u00a360 per mentor"),
    ("Loans from the Diocesan Resource Centre (clause 6.3)", "\u2713", "\u2713", "\u2713"),
    ("Diocesan SENCO network (three meetings a year)", "\u2713", "\u2713", "\u00a340 a meeting"),
    ("Contribution to supply cover (\u00a380 a study day)", "\u2013", "\u2713", "\u2013"),
    ("Direct Assessment Route (clause 3.5)", "\u00a3650", "\u00a3650", "\u00a3650"),
]:
    cells = sl.add_row().cells
    for i, v in enumerate(vals):
        cells[i].paragraphs[0].add_run(v)
fmt_table(sl, 9)
for row in sl.rows:
    for i, w in enumerate([8.6, 2.2, 3.4, 2.4]):
        row.cells[i].width = Cm(w)
plus_cell_run = sl.rows[4].cells[2].paragraphs[0].runs[0]
doc.add_paragraph()
clause("4.2", "Core subscription costs the School \u00a3850 for each Participant. The Board "
       "meets the remainder of the cost of a place (\u00a3300) from the Diocesan Education "
       "Fund for church schools, and Ousedale County Council and Brackenholme City Council "
       "meet it for their community schools under the 2009-10 funding agreement.")
clause("4.3", "Plus subscription costs the School \u00a31,090 for each Participant, which "
       "includes the supply contribution of \u00a3720 for nine study days at a net cost to "
       "the School of \u00a3240.")
clause("4.4", "Study days are taught in two strands in the afternoon of Days 3 and 4, one for "
       "primary and one for secondary SENCOs, and group tutorials are arranged by phase. The "
       "Board keeps the cost of a place down by using its own Education Centre and the "
       "College's campus, and by teaching each day to two groups in one week.")

# ------------------------------------------------------------------ 5 board
heading("5", "What the Board will do")
clause("5.1", "The Board will:")
for l, t in zip("abcdefg", [
    "appoint the Service lead, who is responsible for the day-to-day running of the Service "
    "and is the School's first point of contact;",
    "provide the study days in Annex A at the two venues, with the tutors named in Annex D;",
    "provide two group tutorials for each Participant, one in each module, at which "
    "Participants bring drafts of their task and their Self-Review;",
    "send the School a report of the Participant's attendance at the end of each term;",
    "convene the Programme Board and publish the KPI report (clause 9);",
    "answer any query from a Participant or School within three working days;",
    "at the last group tutorial of ODE712, discuss with each Participant the professional "
    "development plan they are writing for the appendix to Task B, and suggest further "
    "study, including ODE713 and the College's MA in Inclusive Education, and roles in the "
    "diocesan SENCO network.",
]):
    sub(l, t)
clause("5.2", "General Terms clause 14 (Equality and diversity) applies to this Service.",
       lead="Equality.")

# ------------------------------------------------------------------ 6 college
heading("6", "What the College will do")
clause("6.1", "The College will register each Participant as a student of the College, "
       "maintain the validation of the Award, appoint the external examiner, hold the "
       "Assessment Board and confer the Award.")
clause("6.2", "The College will give every Participant full borrowing rights at the Ludmere "
       "library and off-campus access to its electronic journals and databases, including "
       "the British Journal of Special Education and Support for Learning, for the duration "
       "of their registration.")
clause("6.3", "The Board will lend Participants, through the Diocesan Resource Centre at "
       "Cathedral Close, items from its SEN loan collection for use in their tasks: "
       "assistive technology (Clicker 5, Write:OutLoud, Inspiration, two Dynavox "
       "communication aids, Alphasmart keyboards, Dictaphones with foot pedals), "
       "standardised assessment kits (BPVS, the Dyslexia Screening Test, the Boxall "
       "Profile), and the full set of Inclusion Development Programme and National "
       "Strategies materials. Gwen Tillotson, the Resource Centre manager, demonstrates the "
       "assistive technology on Day 5 and by appointment.")

# ------------------------------------------------------------------ 7 school
heading("7", "What the School will do")
clause("7.1", "The School shall:")
for l, t in zip("abcdef", [
    "release the Participant for all nine study days and both group tutorials;",
    "name a mentor from the School's leadership team, who will meet the Participant at least "
    "twice a term;",
    "give the Participant access to the School's data on pupils with SEN and the time to "
    "carry out Task A and Task B in the School;",
    "arrange for the head to receive the Participant's strategic plan for Task B and for the "
    "Participant to present it to the governing body;",
    "obtain the consent of parents or carers for the Participant's work with a pupil for Task "
    "A, using the letter supplied by the Board;",
    "pay the charges in clause 10 within 30 days of invoice.",
]):
    sub(l, t)

# ------------------------------------------------------------------ 8 safeguarding
heading("8", "Safeguarding and data")
clause("8.1", "All pupil information used in the tasks is anonymised. Participants follow the "
       "College's research ethics code for practitioner enquiry.")
clause("8.2", "Tutors who visit Schools hold enhanced CRB disclosures checked by the Board or "
       "the College as their employer.")
clause("8.3", "The School shall give on the Order Form the date and number of the "
       "Participant's current enhanced CRB disclosure. On receipt of the Order Form the "
       "Service lead checks that a disclosure number and a date within the last three years "
       "have been given, and no place is confirmed until they have. Checks on previous "
       "employment and on List 99 are the employer's responsibility and are not repeated "
       "by the Board.")

# ------------------------------------------------------------------ 9 quality
heading("9", "Quality, monitoring and review")
clause("9.1", "The Programme Board meets each term. Its members are the Service owner (chair), "
       "the Service lead, the College's programme leader, two headteachers nominated by the "
       "Board's Schools Services Board (one primary, one secondary), the SEN advisers of "
       "Ousedale County Council and Brackenholme City Council, one Participant elected by "
       "each intake, and the College's quality officer. The Programme Board considers all the "
       "evaluation evidence in clause 9.2, decides changes to the Service, and agrees an "
       "annual action plan each July.", lead="Programme Board.")
clause("9.2", "The following evidence is gathered each year: a written evaluation from each "
       "Participant at the end of every study day; an end-of-module questionnaire; a "
       "satisfaction survey of the heads of all Schools with Participants, each June; the "
       "external examiner's annual report; the College's Annual Monitoring Report on the "
       "Award; and the KPI report. The annual action plan is sent to the Schools Services "
       "Board and to the College's Quality Committee, and each new intake is told on Day 1 "
       "what has changed as a result.", lead="Evaluation.")
clause("9.3", "The Board reports each term against the following Key Performance Indicators:",
       lead="KPIs.")
table(
    ["KPI", "Target", "Reported to"],
    [
        ["Participants rating study days good or excellent", "90%", "Programme Board"],
        ["Attendance at study days", "92%", "Programme Board; Schools (termly)"],
        ["Marked work returned within 20 working days", "100%", "Programme Board"],
        ["Participants completing the Award within two years", "85%", "Schools Services Board"],
        ["Heads satisfied or very satisfied with the Service", "85%", "Schools Services Board"],
        ["Queries answered within three working days", "95%", "Service owner"],
        ["Schools renewing their subscription", "80%", "Schools Services Board"],
    ],
    widths=[8.6, 2.0, 6.0],
)
clause("9.4", "Pupils' progress is measured by each Participant within Task A. Beyond this, "
       "the effect of the Service on pupils' achievement is not measured under this "
       "Schedule. The Board will consider with the College whether an impact study can be "
       "offered as a separate service in 2010-11.", lead="Impact.")
clause("9.5", "Every task is first marked by the Participant's tutor against the College's "
       "Level 7 criteria and the module marking grid. A second tutor marks a sample of 25% "
       "of each task, blind, together with every fail and every mark of 70% or more. Before "
       "each marking round all tutors mark two common scripts and meet to agree standards. "
       "Professional discussions are conducted and marked by two tutors and recorded. The "
       "external examiner, Professor Janet Ormerod of the University of Hexham Vale, reviews "
       "a sample of every task and every fail, and attends the Assessment Board each July.",
       lead="Moderation.")
clause("9.6", "Tutors new to the Service shadow an experienced tutor for one module before "
       "marking alone. Mentors are sent the Mentor's Handbook with the confirmation of "
       "place; mentors of Plus Participants are also offered mentor training (clause 4).",
       lead="Tutors and mentors.")

# ------------------------------------------------------------------ 10 charges
heading("10", "Charges and cancellation")
clause("10.1", "Charges are as set out in clauses 3.4, 3.5, 4.2 and 4.3 and the table in "
       "clause 4.1. The Board invoices half of the charge in October (September intake) or "
       "March (February intake) and the rest after the Assessment Board.")
clause("10.2", "A School may withdraw a Participant without charge up to 20 working days "
       "before Day 1. After that the first invoice is payable in full. A Participant who "
       "interrupts their study may resume with the next intake without a further charge.")

# ------------------------------------------------------------------ 11 complaints
heading("11", "Complaints and appeals")
clause("11.1", "A complaint about the Service is made first to the Service lead, who will "
       "reply within ten working days, and then to the Director of Education (General Terms "
       "clause 19). Appeals against assessment decisions are made under the College's "
       "academic appeals regulations.")

# ------------------------------------------------------------------ 12 variations
heading("12", "Variations from the 2008-09 Schedule 7")
clause("12.1", "The 2008-09 Schedule 7 was the Board's SENCO Induction Programme, which was not "
       "accredited. The main changes for 2009-10, and the reasons for them, are:")
table(
    ["Item", "2008-09", "2009-10", "Reason"],
    [
        ["Programme", "Six twilight sessions, certificate of attendance",
         "Accredited Award, nine study days", "National Award required from September 2009; "
         "SENCOs asked in the June 2008 survey for a qualification"],
        ["Timing", "Twilights, autumn term only",
         "Day-time study days; September and February intakes",
         "Heads' June 2008 survey: twilights too tiring for SENCOs who teach; Programme Board "
         "asked for a second intake"],
        ["Venue", "Diocesan Education Centre only", "Education Centre and Ludmere campus",
         "Schools in the east of Ousedale asked for a nearer venue (Schools Services Board, "
         "October 2008)"],
        ["Visits to special schools", "One day at Fernhill Special School for every "
         "Participant, through the Board's Visit Brokerage service",
         "Withdrawn", "The Visit Brokerage service closed on 31 March 2009"],
        ["Disability equality", "Session 3", "Moved to Schedule 5 (Accessibility Planning "
         "Service)", "Now a separate service that Schools can buy"],
        ["Access arrangements for tests and examinations", "Session 5",
         "Not part of this Service: covered by the Ousedale Assessment Team's annual briefing "
         "for SENCOs", "Duplicated the local authority's briefing"],
        ["Working with parents", "Session 4, with the Parent Partnership Service",
         "Continues as Day 6", "-"],
        ["Mentor training", "All mentors", "Plus only", "Cost"],
    ],
    widths=[3.0, 4.2, 4.4, 5.0],
    size=8.5,
)

# ------------------------------------------------------------------ Annex A
para("ANNEX A   STUDY DAYS 2009-10", bold=True, size=11, colour=NAVY)
para("September intake dates are shown; the February intake follows the same order from "
     "February 2010. Each day runs 9.30 am to 3.30 pm.", italic=True, size=9)
table(
    ["Day", "Module", "Content"],
    [
        ["1 (Sept)", "ODE711", "The SENCO in a church or community school: the role in the SEN "
         "Code of Practice (2001) and the SENCO Regulations 2008; Every Child Matters and the "
         "five outcomes for pupils with SEN; reading and using research; introduction to Task A "
         "and Task C."],
        ["2 (Oct)", "ODE711", "The law and the Code: Education Act 1996, SENDA 2001, the "
         "graduated response, statutory assessment, statements and annual reviews; the "
         "governing body's duties. Identification and assessment: classroom observation, "
         "the School's data and the reports of other professionals; setting challenging "
         "targets and planning intervention."],
        ["3 (Nov)", "ODE711", "How children develop: language, cognitive, social and "
         "emotional development; how SEN and disability, and the physical and social "
         "environment, affect development. Afternoon strands: the early years and primary; "
         "adolescence."],
        ["4 (Dec)", "ODE711", "Areas of need (1): speech, language and communication; autistic "
         "spectrum disorders; specific learning difficulties including dyslexia; listening to "
         "pupils: pupil-views tools (talking mats, scaling, drawing, person-centred review) "
         "and involving pupils in setting and reviewing their targets. Afternoon strands."],
        ["5 (Jan)", "ODE711", "Areas of need (2): behavioural, emotional and social "
         "difficulties; moderate learning difficulties; approaches, strategies and resources "
         "for teaching and learning, including ICT, with the Resource Centre's assistive "
         "technology; outside services and voluntary organisations, the Common Assessment "
         "Framework."],
        ["6 (Feb)", "ODE712", "Working with parents and carers, with the Parent Partnership "
         "Service: sharing information with families, difficult conversations, parents at "
         "review meetings. Reviewing the progress of pupils on School Action Plus."],
        ["7 (Mar)", "ODE712", "Leading colleagues: deploying and managing teaching assistants; "
         "observation and feedback; coaching; encouraging colleagues to use assessment for "
         "learning with pupils with SEN; planning staff training."],
        ["8 (May)", "ODE712", "Data and self-evaluation: tracking progress with national "
         "tests, teacher assessment and P scales; provision mapping and costing; the school "
         "self-evaluation form; reviewing provision with colleagues."],
        ["9 (June)", "ODE712", "Strategy and the SENCO: working with the head and governors on "
         "an inclusive ethos, policy and budget; managing time and delegating; preparing for "
         "the professional discussion; keeping up to date and planning your own professional "
         "development."],
    ],
    widths=[1.8, 1.8, 13.0],
    size=8.5,
)

# ------------------------------------------------------------------ Annex B
para("ANNEX B   OUTCOMES STATEMENT", bold=True, size=11, colour=NAVY)
para("The national minimum outcomes are summarised in the left-hand column. \"Developed "
     "through\" gives the study days; \"Evidenced for the Award by\" gives the assessed task "
     "that provides evidence of the outcome.", italic=True, size=9)
ob = table(
    ["Outcome (summary)", "Developed through", "Evidenced for the Award by"],
    [
        ["A1 Relationships with pupils with SEN and their parents or carers", "Days 4, 6",
         "Task A (relationship with the pupil)"],
        ["A2 Gaining the commitment of colleagues, the head and senior leaders", "Days 7, 9",
         "Task B (strategic plan; head's response)"],
        ["A3 Prioritising, managing time and delegating", "Day 9",
         "Task B (project plan)"],
        ["A4 Resolving problems and making sound decisions on provision", "Days 8, 9",
         "Task B (professional discussion scenarios)"],
        ["A5 Clear speech and writing; listening to others", "all days",
         "Tasks A and B (writing); professional discussion"],
        ["A6 Using research and external advice to improve practice", "Day 1",
         "Task C (optional module ODE713)"],
        ["A7 Keeping up to date; own CPD", "Day 9",
         "Task B (professional development plan appendix)"],
        ["K1 SEN law, the Code of Practice and putting them into practice", "Days 1, 2",
         "Task A"],
        ["K2 Every Child Matters and the SENCO's part", "Day 1",
         "Task A (evaluation against the five outcomes)"],
        ["K3 Disability equality law", "Not part of this Service (Schedule 5)",
         "Not part of this Service"],
        ["K4 Child development and what affects it", "Day 3", "Task A"],
        ["K5 The main types of SEN and disability", "Days 4, 5", "Task A"],
        ["K6 Approaches, strategies and resources, including ICT", "Day 5", "Task A"],
        ["K7 School self-evaluation and improvement", "Day 8", "Task B"],
        ["K8 Best practice and research on SEN", "Day 1",
         "Task C (optional module ODE713)"],
        ["K9 External agencies and specialist support", "Day 5", "Task A"],
        ["S1 Strategic development with senior colleagues and governors", "Day 9", "Task B"],
        ["S2 Identification, targets, intervention and review", "Days 2, 4, 6", "Task A"],
        ["S2a Using other professionals' assessments", "Day 2", "Task A"],
        ["S2b Using summative assessment and national tests", "Day 8", "Task B"],
        ["S2c Encouraging colleagues' formative assessment", "Day 7",
         "Plus only: tutor's observation record (in-school visit)"],
        ["S2d Special arrangements for tests and examinations",
         "Not part of this Service (Ousedale Assessment Team)", "Not part of this Service"],
        ["S3 Provision mapping and management", "Day 8", "Task B"],
        ["S4 Deploying and managing staff", "Day 7", "Task B"],
        ["S5 Supporting colleagues' professional development", "Day 7",
         "Plus only: tutor's observation record (in-school visit)"],
        ["S6 Reviewing provision with staff for self-evaluation", "Day 8", "Task B"],
        ["S7 Involving pupils in planning and reviewing provision", "Day 4", "Task A"],
        ["S8 Liaising with parents and carers", "Day 6", "\u2013"],
        ["S9 Partnership with other services and voluntary organisations", "Day 5", "Task A"],
    ],
    widths=[7.6, 4.2, 4.8],
    size=8.5,
)

# ------------------------------------------------------------------ Annex C
para("ANNEX C   ORDER FORM: SCHEDULE 7", bold=True, size=11, colour=NAVY)
para("Please complete every field in BLOCK CAPITALS and return to the Service lead at the "
     "Diocesan Education Centre. Incomplete forms will be returned.", italic=True, size=9)
table(
    ["Field", "Entry"],
    [
        ["School", "[School name]"],
        ["DCSF number", "[DCSF number]"],
        ["Church school / community school", "\u2610 Church (VA)   \u2610 Church (VC)   \u2610 Community"],
        ["Level of service", "\u2610 Core   \u2610 Plus   \u2610 Non-subscriber"],
        ["Intake", "\u2610 September 2009   \u2610 February 2010"],
        ["Participant's name and post", "[Name]  [SENCO / designated SENCO]"],
        ["Participant holds QTS", "\u2610 Yes   \u2610 No"],
        ["Enhanced CRB disclosure: number and date of issue", "[Number]  [dd/mm/yyyy]"],
        ["Mentor (name and post)", "[Mentor]"],
        ["Prior learning claim", "\u2610 APCL   \u2610 APEL   \u2610 None"],
        ["Head's confirmation", "I confirm release for all study days and tutorials and the "
         "School's duties in clause 7.\nSigned: ____________________   Date: __________"],
    ],
    widths=[6.0, 10.6],
    size=9,
)

# ------------------------------------------------------------------ Annex D
para("ANNEX D   SERVICE STAFF", bold=True, size=11, colour=NAVY)
table(
    ["Name", "Role in the Service", "Qualifications and experience"],
    [
        ["Bernadette Hollis", "Service lead; tutor (ODE711 and ODE712)",
         "SENCO for twelve years in two Ousedale primary schools; Diocesan SEN Adviser since "
         "2005; MA in Special Educational Needs (Level 7); leads the diocesan SENCO network; "
         "member of Ousedale's SEN moderation panel for statutory assessments."],
        ["Dr Owen Prothero", "College programme leader; tutor (ODE712 and ODE713)",
         "Senior Lecturer in Inclusive Education, St Osyth's; former secondary SENCO and head "
         "of a local authority learning support service; EdD on provision mapping; current "
         "research with six schools on teaching assistant deployment."],
        ["Dr Lucy Varnham", "Tutor (ODE711)",
         "Lecturer in Education, St Osyth's; former specialist teacher for speech, language "
         "and communication needs with Brackenholme City; PhD on language development in "
         "young children with autism; AMBDA."],
        ["Gwen Tillotson", "Resource Centre manager",
         "Manages the Diocesan Resource Centre; trained assessor for the Dyslexia Screening "
         "Test; demonstrates assistive technology."],
    ],
    widths=[3.2, 4.4, 9.0],
    size=8.5,
)
para("All tutors take part in at least five days of SEN work in schools each year and "
     "attend the College's annual research and practice conference.", size=9)

# ------------------------------------------------------------------ signatures
para("SIGNED for and on behalf of the parties", bold=True)
table(
    ["For the Board", "For the College", "For the School"],
    [["Signed: ______________\nName:\nDate:", "Signed: ______________\nName:\nDate:",
      "Signed: ______________\nName:\nDate:"]],
    widths=[5.5, 5.5, 5.5],
)

# ------------------------------------------------------------------ comments (never evidence)
doc.add_comment(plus_cell_run,
                text="Could we make the ILP Core for everyone from February? Bernadette thinks "
                     "it's the most useful part. Cost about \u00a34k.",
                author="Jonathan Aske", initials="JA")
for p in doc.paragraphs:
    if p.text.startswith("3.5\t"):
        doc.add_comment(p.runs[-1],
                        text="College Registry confirmed the \u00a3650 fee and the regulations "
                             "on 4 March.",
                        author="Bernadette Hollis", initials="BH")
        break

doc.save(OUT)
print("wrote", OUT)
