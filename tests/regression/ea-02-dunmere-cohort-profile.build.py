"""Build ea-02-dunmere-cohort-profile.docx (blind test application).

KIND OF DOCUMENT
  A paper to the partnership's SENCO Award Programme Board, "Cohort 1
  (2009-10): Cohort Profile and Individual Training Plans" (paper PB/09/07,
  version 3, 14 May 2009), sent whole to the TDA as the application. It is the
  programme team's account of who has been recruited, what their Starting
  Audits showed, the Individual Training Plan (ITP) agreed with each, and the
  changes made to the programme because of the audits. A "programme in brief"
  section was added for the TDA. The Board's amendments are tracked changes and
  its members' notes are Word comments; the note on the cover says comments are
  not part of the paper.

PROVIDER (invented)
  The Dunmere Excellence in Cities Partnership (nine inner-city secondary
  schools, thirty-one primary schools and Cedar Bank special school), with its
  learning mentor strand, its Learning Support Unit (the Bridge, at Holloway
  Park High) and its inclusion strand, working with the University of
  Brackleigh, School of Education. Award: Postgraduate Certificate in SEN
  Coordination (National Award), 60 credits at Level 7, Module A "Law,
  Learners and Learning" (Tasks 1 and 2) and Module B "Leading and Evaluating
  Provision" (Tasks 3 and 4). People: Marcia Lindqvist (Inclusion Strand
  Manager), Dr Frances Oyelaran (University programme leader), Gwen Tallis,
  Dr Alun Rees, Imran Saddique (Learning Mentor Strand Lead), Derek Maitland
  (Partnership Director). Participants are codes P01-P14.

LAYOUT
  Page header and footer (never evidence). A document-control table, a boxed
  note to the TDA. Numbered sections typed by hand ("5.2", "8.6") in bold
  Normal paragraphs, no heading styles: the numbers collide with requirement
  ids (section 2.3 is about the programme's shape and e-learning, 3.2 is safer
  recruitment, 3.6 is the assessment-only route, 5.3 is outcomes the group
  already meets, 8.5 is marking). A study-day table; a recruitment table; a
  cohort table (P01-P14); the Starting Audit table of the 28 outcomes in the
  partnership's words, grouped under merged rows ("Being a SENCO", "Knowing",
  "Doing"), with columns Mean / Rated 1-2 / Programme response / Where
  developed / Assessed in, and a key. Six ITPs as pen portraits plus field
  tables (one an unfilled placeholder). A list of changes; a tutors table;
  decisions for the Board; Appendix A, the blank ITP template with the form's
  italic guidance left in.
  Tracked changes (w:ins / w:del, authors Frances Oyelaran and Marcia
  Lindqvist), including a whole inserted paragraph and a whole deleted
  paragraph. Six Word comments.

TRAPS (requirement ids affected)
  Tracked changes:
  - 3.3  The Blackboard online module with an e-tutor is deleted; the inserted
         text says "There is no online element in Year 1"; materials are only
         e-mailed. -> not_applicable.
  - 6.K2 The Day 1 Every Child Matters session is deleted (briefing paper
         only) and the outcome is "Audit evidence accepted". -> partially_met.
  - 6.K3 "Task 1" deleted, "Portfolio" (formative) inserted. -> partially_met.
  - 6.S5 "Portfolio" deleted, "Task 3 (coaching record)" inserted, and the
         coaching record inserted into Task 3's description. -> met.
  - 5.3  The sentence about P08's new enhanced disclosure is a whole inserted
         paragraph; the head's single-central-record confirmation is untracked.
         -> met.
  - 5.5  A whole deleted paragraph offered every participant a placement in
         the other phase; the primary placement school is "[TBC]" and a
         comment's "Ashfield have said yes informally" is not part of the
         paper. -> partially_met.
  - 5.8  The external examiner sentence is replaced by "will be appointed ...
         [name and date to be confirmed]; until then, moderation is internal".
         -> partially_met.
  Comments (not part of the submission): a comment urging that the parents'
  session be restored (1.7, 6.S8 stay not_met); a comment that child
  development has no row (6.K4 stays not_met); a comment that Registry will
  not accept audit evidence (6.0 stays partially_met); a comment asking to
  say the assessment-only route is available (2.3 stays not_met).
  "The whole group already meets it" (the specification's para 14 misapplied):
  - 6.A1, 6.K2 developed only by pre-reading or a briefing paper, and
    "Audit evidence accepted" instead of assessment. -> partially_met.
  - 6.S8 and 1.7: the parents' session removed, nothing developed, "Audit
    evidence accepted". -> not_met.
  - 6.A5 "Throughout" / "Not assessed separately". -> partially_met.
  - 6.0, 1.9: "Every national minimum outcome is either assessed in a Task or
    evidenced in the participant's Starting Audit". -> partially_met.
  Formative only: 6.A3, 6.S6 ("Portfolio"), 6.S2c ("-"). -> partially_met.
  Missing row: 6.K4. -> not_met.
  Another body's provision: 6.S2d "Not part of the Award: the LA Exams
  Officers' Network briefs SENCOs each spring". -> not_met.
  Future / in principle: 2.3 assessment-only route "agreed in principle ...
  from 2010-11, once its regulations have been amended". -> not_met.
  Partial: 1.3 (Day 3 "what works", "reading list to follow"); 3.2 (one
  September start, fixed order, two-year route only by agreement); 4.1 and
  4.2 (participants' audits only; the Inclusion Strand Group "noted" the
  changes; no survey of schools or the LA; the heads' request "not taken
  up"); 4.3 (stakeholders help deliver; their part in evaluation "will be
  decided by the Board in September"); 5.1 (internal evaluation only until an
  external examiner is appointed).
  Placeholder: P12's ITP "[TO BE COMPLETED]" (no verdict depends on it).
  Pro-forma prompts: Appendix A's italic guidance is never an answer.
  Met despite the layout: E.1, E.2 (2.1), 2.1 (3.5: APCL for P07, an APEL claim
  pending for P02), 2.2 (sections 5 and 6), 2.5 and 6.A7 (Task 4), 3.1 (P03's
  and P10's adjustments, disclosure on the application form), 5.2 (3.4), 5.7
  (8.2), 5.9 (8.7 pupil impact targets with baselines), 6.A4 (Task 2's
  professional discussion scenarios).
"""
import os
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ea-02-dunmere-cohort-profile.docx")

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FO = "Frances Oyelaran"
ML = "Marcia Lindqvist"
D1 = "2009-05-12T16:20:00Z"
D2 = "2009-05-14T11:05:00Z"
_rev = [900]


def _rid():
    _rev[0] += 1
    return _rev[0]


def _rpr(bold=False, italic=False, size=None, colour=None):
    inner = ""
    if bold:
        inner += "<w:b/>"
    if italic:
        inner += "<w:i/>"
    if colour:
        inner += f'<w:color w:val="{colour}"/>'
    if size:
        inner += f'<w:sz w:val="{int(size * 2)}"/>'
    return f"<w:rPr>{inner}</w:rPr>" if inner else ""


def tracked(paragraph, parts, size=None):
    """parts: list of (kind, text) or (kind, text, author, date);
    kind is '' (plain), 'ins' or 'del'."""
    for part in parts:
        kind, text = part[0], part[1]
        author = part[2] if len(part) > 2 else FO
        date = part[3] if len(part) > 3 else D1
        rpr = _rpr(size=size)
        if kind == "":
            paragraph._p.append(parse_xml(
                f'<w:r {W_NS}>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'))
        elif kind == "ins":
            paragraph._p.append(parse_xml(
                f'<w:ins {W_NS} w:id="{_rid()}" w:author="{author}" w:date="{date}">'
                f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))
        elif kind == "del":
            paragraph._p.append(parse_xml(
                f'<w:del {W_NS} w:id="{_rid()}" w:author="{author}" w:date="{date}">'
                f'<w:r>{rpr}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))
    return paragraph


def mark_para(paragraph, kind, author=FO, date=D1):
    """Mark the paragraph mark as inserted or deleted (whole-paragraph change)."""
    pPr = paragraph._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:rPr {W_NS}><w:{kind} w:id="{_rid()}" w:author="{author}" w:date="{date}"/></w:rPr>'))


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10)
normal.paragraph_format.space_after = Pt(4)

for s in doc.sections:
    s.left_margin = Cm(2.2)
    s.right_margin = Cm(2.2)
    hp = s.header.paragraphs[0]
    hp.text = ("Dunmere EiC Partnership | SENCO Award Programme Board | 14 May 2009 | "
               "Paper PB/09/07 | CONFIDENTIAL")
    hp.runs[0].font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fp.text = ("Participants are identified by code only. Not to be copied outside the "
               "Programme Board and the TDA.")
    fp.runs[0].font.size = Pt(8)


def P(text="", bold=False, italic=False, size=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def H(text):
    """Section title: bold Normal paragraph with hand-typed numbering."""
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x00, 0x4B, 0x87)
    return p


def N(num, text):
    """Numbered paragraph typed by hand: '3.2  text'."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(num + "\t" + text)
    return p


def comment(run, text, author, initials):
    doc.add_comment(runs=run, text=text, author=author, initials=initials)


def grid(rows, widths, size=8.5, head_fill="004B87"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            c = t.cell(ri, ci)
            c.width = Cm(widths[ci])
            c.text = ""
            if val is None:
                continue
            run = c.paragraphs[0].add_run(val)
            run.font.size = Pt(size)
            if ri == 0:
                run.bold = True
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                shade(c, head_fill)
    return t


def fields(rows, widths=(4.0, 12.6), size=9):
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for ri, (k, v) in enumerate(rows):
        a, b = t.cell(ri, 0), t.cell(ri, 1)
        a.width, b.width = Cm(widths[0]), Cm(widths[1])
        a.text = ""
        ra = a.paragraphs[0].add_run(k)
        ra.bold = True
        ra.font.size = Pt(size)
        shade(a, "E3EDF6")
        b.text = ""
        rb = b.paragraphs[0].add_run(v)
        rb.font.size = Pt(size)
    doc.add_paragraph()
    return t


# ================================================================== COVER
t = fields([
    ("Paper", "PB/09/07"),
    ("Title", "SENCO Award, Cohort 1 (2009\u201310): Cohort Profile and Individual Training Plans"),
    ("For", "SENCO Award Programme Board, 14 May 2009 (for decision and information)"),
    ("From", "Marcia Lindqvist, Inclusion Strand Manager, Dunmere EiC Partnership; "
             "Dr Frances Oyelaran, Programme Leader, School of Education, University of Brackleigh"),
    ("Status", "Version 3: Board members' amendments shown as tracked changes"),
    ("Sent to the TDA", "22 May 2009, as the Partnership's application for approval to offer "
                        "the National Award for SEN Coordination (Board decision, 30 April 2009, minute 6)"),
])

box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
bc = box.cell(0, 0)
shade(bc, "FFF2CC")
bc.text = ""
r = bc.paragraphs[0].add_run("Note for the TDA")
r.bold = True
bc.add_paragraph(
    "The Programme Board agreed to send this paper as our application because it shows the "
    "programme as it will actually run for its first cohort, rather than as we hope it will. "
    "Section 2 was added for you and summarises the programme. Amendments agreed by the Board "
    "are shown as tracked changes. The comments in the margin are Board members' notes made "
    "while reading the draft; they are not part of the paper.")
doc.add_paragraph()

# ================================================================== 1
H("1.  Purpose of this paper")
N("1.1", "This paper tells the Board who is joining Cohort 1 of the SENCO Award in September "
  "2009, what their Starting Audits showed, the Individual Training Plan (ITP) agreed with "
  "each of them, and what we have changed in the programme as a result.")
N("1.2", "The Board is asked to approve the ITPs, to note the changes in Section 7 and to take "
  "the decisions listed in Section 9.")

# ================================================================== 2
H("2.  The programme in brief (added for the TDA)")
N("2.1", "The award is the Postgraduate Certificate in SEN Coordination (National Award for SEN "
  "Coordination): 60 credits at Level 7 of the University of Brackleigh's credit framework, "
  "validated by the University on 28 April 2009 for five years. It has two modules of 30 "
  "credits: Module A, Law, Learners and Learning (Tasks 1 and 2), and Module B, Leading and "
  "Evaluating Provision (Tasks 3 and 4).")
N("2.2", "The Award exists to improve the progress and well-being of pupils with special "
  "educational needs and/or disabilities in Dunmere's schools, across all five Every Child "
  "Matters outcomes, by developing the SENCOs who lead provision for them. That is why every "
  "ITP includes a pupil impact target (Section 6), and why every Task is carried out in the "
  "participant's own school, on that school's pupils, staff and provision, and asks what has "
  "changed for pupils as a result.")
N("2.3", "The programme has eight study days at the Dunmere City Learning Centre (Northside) and "
  "six half-day Learning Sets in three hub schools (Holloway Park High, St Cuthbert's RC "
  "Primary and Millbrook Primary) between September 2009 and June 2010, with three "
  "individual tutorials and a placement day for participants whose ITP calls for one. It "
  "starts once a year, in September, and the study days run in a fixed order. By agreement "
  "with the Programme Board a participant may take Module A in one year and Module B in the "
  "next; one participant (P09) will do so.")
p = doc.add_paragraph()
p.paragraph_format.left_indent = Cm(1.0)
tracked(p, [
    ("del", "Participants will also have access to an online module on the University's "
            "Blackboard site, with an e-tutor answering queries within 48 hours. "),
    ("ins", "There is no online element in Year 1; session materials are sent to participants "
            "by e-mail a week before each study day."),
])
cr = p.add_run(" ")
comment(cr, "Blackboard accounts for school-based staff won't be available until 2010, so this "
        "had to come out. ML", ML, "ML")

N("2.4", "Each Learning Set brings together five or six participants from primary and secondary "
  "schools with a facilitator, an experienced partnership SENCO, to work on real cases from "
  "their schools. LS1 Identifying needs; LS2 Listening to pupils (co-led with the learning "
  "mentor strand); LS3 Working with other services; LS4 Influencing senior leaders (added: see "
  "7.1); LS5 Assessment for learning for pupils with SEN; LS6 Presenting Task 3 drafts. "
  "Participants keep a Learning Set portfolio, which their tutor reviews at tutorials.")
N("2.5", "The study days are:")
sd = grid([
    ["Day", "Date", "Focus"],
    ["1", "24 Sept 2009", None],
    ["2", "15 Oct 2009", None],
    ["3", "12 Nov 2009", "Research and evidence: using research, inspection evidence and outside "
                         "advice to improve practice; what works for pupils with SEN. Reading list to follow."],
    ["4", "10 Dec 2009", "Identifying needs I: speech, language and communication needs; autistic "
                         "spectrum disorders; dyslexia and specific learning difficulties; moderate "
                         "learning difficulties; identification through observation, data and assessment."],
    ["5", "21 Jan 2010", "Identifying needs II: behavioural, emotional and social difficulties; "
                         "sensory and physical needs; using other professionals' assessments; "
                         "targets and interventions (primary and secondary groups)."],
    ["6", "11 Mar 2010", "Teaching and ICT: personalised learning; waves of intervention; assistive "
                         "technology in the CLC's access technology room (ground floor)."],
    ["7", "29 Apr 2010", "Leading provision: provision mapping; deploying and managing teaching "
                         "assistants and learning mentors; coaching colleagues; managing the SENCO's "
                         "time and delegating; working with senior leaders and governors on policy "
                         "and priorities."],
    ["8", "10 June 2010", "Data and evaluation: Key Stage tests, GCSE results, P scales, RAISEonline; "
                          "school self-evaluation and the SEF; reviewing provision; planning your CPD "
                          "(Task 4)."],
], [1.0, 2.6, 13.0])
c = sd.cell(1, 2)
tracked(c.paragraphs[0], [
    ("", "Introduction: the SENCO's role; agreeing ITPs; study at Level 7; "),
    ("del", "Every Child Matters and the SENCO; "),
    ("", "the Code of Practice in outline."),
], size=8.5)
c = sd.cell(2, 2)
tracked(c.paragraphs[0], [
    ("", "The law: Education Act 1996 Part IV; SENDA 2001; the SEN Code of Practice (2001) and "
         "statutory assessment; the Disability Discrimination Acts 1995 and 2005 and the "
         "disability equality duty. "),
    ("del", "Afternoon: working in partnership with parents and carers, with the Parent "
            "Partnership Service."),
], size=8.5)
doc.add_paragraph()

N("2.6", "Assessment. All four Tasks are set in the participant's own school and marked by "
  "University module tutors.")
for label, text_parts in [
    ("Task 1", [("", "Policy in practice (Module A, 4,000 words, 50% of the module). A critical "
                     "review of the school's SEN policy and its practice against the law and the "
                     "SEN Code of Practice, drawing on research, best practice and the advice of "
                     "outside specialists, with recommendations.")]),
    ("Task 2", [("", "Case study and professional discussion (Module A, 3,500 words and a "
                     "30-minute discussion, 50%). For one pupil: identifying needs, using the "
                     "assessments of other professionals; an account of the pupil's needs within "
                     "the main types of SEN; setting targets; planning and reviewing an "
                     "intervention, evaluating the approaches and resources used, including ICT; "
                     "an interview with the pupil and the pupil's part in reviewing the targets; "
                     "which services and voluntary organisations were involved and how. In the "
                     "professional discussion the participant is given two unseen scenarios and "
                     "asked what problems they foresee, what they would decide and why.")]),
    ("Task 3", [("", "Leading provision (Module B, report and 20-minute presentation, 80%). An "
                     "analysis of the school's data for pupils with SEN, including Key Stage test "
                     "or GCSE results, to track progress and show where programmes should change; a "
                     "costed provision map showing gaps and provision that is not working; a plan "
                     "for deploying teaching assistants and learning mentors; "),
                ("ins", "a record of one coaching cycle with a colleague; "),
                ("", "how the findings relate to the school's self-evaluation; and priorities for "
                     "inclusion, presented to the head and a governor, whose written responses are "
                     "submitted. The pupil impact target (8.7) is reported here.")]),
    ("Task 4", [("", "Professional development plan (Module B, 2,000 words, 20%, must be passed). "
                     "A reflective commentary on how the participant keeps up to date and what "
                     "they have learned, and a plan of professional targets for the year after the "
                     "Award, discussed with their head at the final ITP review.")]),
]:
    pp = doc.add_paragraph()
    pp.paragraph_format.left_indent = Cm(1.0)
    rr = pp.add_run(label + ".  ")
    rr.bold = True
    tracked(pp, text_parts)
N("2.7", "The pass mark for each Task is 50%. The Award is made by the University's Examination "
  "Board when all four Tasks have been passed.")
award = doc.add_paragraph()
award.paragraph_format.left_indent = Cm(1.0)
ar = award.add_run("Every national minimum outcome is either assessed in a Task or evidenced in the "
                   "participant's Starting Audit (see Table 3).")
comment(ar, "Registry won't accept 'audit evidence' as meeting an outcome. We need to talk about "
        "this before September. FO", FO, "FO")
N("2.8", "The fee is \u00a31,250. The Partnership's pooled inclusion budget pays \u00a3850 for each "
  "participant from a partnership school; the school pays \u00a3400 and releases the participant "
  "for the study days, Learning Sets and tutorials.")

# ================================================================== 3
H("3.  Recruitment and selection")
N("3.1", "Applicants had to hold qualified teacher status and be the SENCO, or named by their "
  "head as SENCO-designate, in a partnership school. The head's nomination form confirms "
  "release, names an in-school mentor from the leadership team and gives the safer recruitment "
  "confirmations in 3.2. The application form asks applicants whether they have a disability or "
  "other need for which we should make adjustments, and explains why we ask.")
N("3.2", "Safer recruitment. The nomination form asks the head to confirm, from the school's "
  "single central record, the date of the nominee's enhanced CRB disclosure, and that there are "
  "no concerns about their conduct and no outstanding disciplinary matters. Marcia checked every "
  "form before interview, and no applicant was interviewed until the form was complete.")
ins_p = doc.add_paragraph()
ins_p.paragraph_format.left_indent = Cm(1.0)
tracked(ins_p, [("ins", "P08 had been on a career break until April 2009, more than three months "
                        "out of school, so a new enhanced disclosure was obtained through the City "
                        "Council's HR service before her place was confirmed.", ML, D2)])
mark_para(ins_p, "ins", ML, D2)
N("3.3", "Each applicant completed the Starting Audit (Section 5) and had a 30-minute interview "
  "with a University tutor and Marcia, at which the ratings were discussed and, where "
  "necessary, challenged.")
grid([
    ["Enquiries", "Applications", "Accepted", "Deferred with guidance", "Withdrew",
     "Asked about assessment only"],
    ["29", "19", "14", "4", "1", "2"],
], [2.7, 2.7, 2.7, 3.2, 2.2, 3.2], size=9)
doc.add_paragraph()
N("3.4", "Four applicants were not offered a place this year. Two had been in post for less than "
  "a term and had little experience of teaching pupils with SEN; one did not hold QTS (a higher "
  "level teaching assistant acting as SEN coordinator in a primary school); one was moving to a "
  "school outside the partnership. Each received a letter explaining what would prepare them for "
  "the Award (the partnership's \u2018SEN in Practice\u2019 twilight course, or two terms working "
  "alongside a partnership SENCO), and Marcia met or telephoned each head. The three who remain "
  "eligible have been offered places in Cohort 2.")
N("3.5", "Prior learning. The University's regulations allow up to 30 credits of prior "
  "certificated or experiential learning to be recognised, once the claim has been mapped "
  "against the outcomes assessed by the Task it replaces. P07 holds a 30-credit Level 7 module, "
  "Dyslexia: Theory and Practice (2007), and the University's APL panel has exempted her from "
  "Task 1. P02, who managed the Bridge LSU for six years, has submitted an experiential claim "
  "against Task 3, which the panel will consider on 10 June.")
ao = N("3.6", "Assessment only. Two applicants, both teachers in the partnership's Behaviour and "
       "Education Support Team, asked to be assessed without taking the programme. The University "
       "has agreed in principle that an assessment-only route could be offered from 2010\u201311, "
       "once its regulations have been amended. For 2009\u201310 both were advised to join the "
       "taught programme, and one has (P11).")
comment(ao.runs[0], "Can we say the route is available? Both BEST teachers are keen and "
        "experienced. DM", "Derek Maitland", "DM")

# ================================================================== 4
H("4.  The cohort at a glance")
P("Table 1: Cohort 1 (8 primary, 5 secondary, 1 special)", bold=True, size=9)
grid([
    ["Code", "Phase and setting", "Time as SENCO", "Prior SEN study", "Route", "APL", "Adjustments / notes"],
    ["P01", "Primary, one-form entry", "1 year; learning mentor 2001\u201305", "None", "1 year", "\u2014", "\u2014"],
    ["P02", "Secondary, 11\u201316", "2 terms; LSU manager 2002\u201308", "LSU managers' training (2002)", "1 year", "Claim for Task 3 pending", "\u2014"],
    ["P03", "Secondary, 11\u201318", "1 year", "None", "1 year", "\u2014", "Dyslexia (disclosed): see ITP"],
    ["P04", "Primary, two-form entry", "3 years", "BEd with SEN option (1996)", "1 year", "\u2014", "\u2014"],
    ["P05", "Special (Cedar Bank)", "2 years", "None", "1 year", "\u2014", "Mainstream placement: see ITP"],
    ["P06", "Primary, one-form entry", "Designate from Sept 2009", "None", "1 year", "\u2014", "\u2014"],
    ["P07", "Primary, junior", "2 years", "Level 7 module, 2007", "1 year", "Exempt from Task 1", "ITP covers Tasks 2\u20134"],
    ["P08", "Primary, infant", "1 term", "None", "1 year", "\u2014", "Career break to April 2009"],
    ["P09", "Primary (0.6 post)", "1 year", "None", "2 years", "\u2014", "Module A 2009\u201310, Module B 2010\u201311"],
    ["P10", "Secondary, 11\u201316", "2 years", "None", "1 year", "\u2014", "Wheelchair user: ground-floor rooms; Day 6 moved"],
    ["P11", "Secondary (BEST teacher)", "Designate from Jan 2010", "Diploma in behaviour support (2004)", "1 year", "\u2014", "\u2014"],
    ["P12", "Secondary, 11\u201316", "1 year", "None", "1 year", "\u2014", "ITP to be agreed"],
    ["P13", "Primary, one-form entry", "2 years", "None", "1 year", "\u2014", "\u2014"],
    ["P14", "Primary, two-form entry", "1 year", "None", "1 year", "\u2014", "\u2014"],
], [1.1, 2.8, 2.6, 2.8, 1.4, 2.2, 3.7], size=8)
doc.add_paragraph()

# ================================================================== 5
H("5.  What the Starting Audits told us")
N("5.1", "Before interview each applicant rated themselves from 1 (new to this) to 4 (confident, "
  "with evidence) against each of the national minimum outcomes, grouped as the partnership has "
  "always grouped them: Being a SENCO, Knowing and Doing. A rating of 3 or 4 had to be backed by "
  "a piece of evidence from the last two years, because new SENCOs sometimes rate knowledge that "
  "is out of date as secure. At interview the tutors lowered 31 of the ratings, most of them on "
  "the law and the Code of Practice.")
N("5.2", "The picture is clear. The cohort is strong on relationships with pupils and families, "
  "on communication and on Every Child Matters, which most have worked with through the "
  "partnership's extended schools and learning mentor work. It is weakest on data, provision "
  "mapping, influencing senior leaders and the law.")
N("5.3", "Where every participant rated an outcome 3 or 4 and the tutors agreed, we have spent "
  "less programme time on it, as the TDA's guidance allows, and recorded it as met from the "
  "audit (\u2018Audit evidence accepted\u2019 in Table 3).")
P("Table 3: Starting Audit results and the programme's response (n = 14)", bold=True, size=9)

rows = [
    ("G", "Being a SENCO"),
    ("Fair, respectful and supportive relationships with pupils and their families", "3.6", "0",
     "Strong: pre-reading only", "Pre-course reading pack", "Audit evidence accepted"),
    ("Winning the commitment of colleagues, the head and senior leaders", "2.1", "9",
     "Priority: LS4 added", "Day 7, LS4", "Task 3"),
    ("Organising time and priorities; delegating", "2.6", "5", "\u2014", "Day 7", "Portfolio"),
    ("Anticipating problems; sound decisions and judgement about provision", "2.4", "6",
     "Scenario work", "LS1, LS3", "Task 2 (professional discussion)"),
    ("Clear speaking and writing; listening to others", "3.4", "1",
     "Strong: no separate session", "Throughout", "Not assessed separately"),
    ("Using research and outside advice to improve practice", "2.5", "6", "\u2014", "Day 3", "Task 1"),
    ("Keeping up to date; owning your CPD", "2.9", "3", "\u2014", "Day 8", "Task 4"),
    ("G", "Knowing"),
    ("SEN law and the Code of Practice, and what they mean in school", "2.0", "10", "Priority",
     "Day 2", "Task 1"),
    ("Every Child Matters and the SENCO's part in it", "3.7", "0",
     "Strong: briefing paper replaces the Day 1 session", "Briefing paper", "Audit evidence accepted"),
    ("Disability equality law and what it requires", "2.3", "8", "\u2014", "Day 2", "K3"),
    ("The main types of SEN and how they affect learning", "2.6", "5",
     "Primary and secondary groups on Day 5", "Days 4, 5", "Task 2"),
    ("Approaches, strategies and resources, including ICT", "2.5", "6", "\u2014", "Day 6", "Task 2"),
    ("School self-evaluation and improvement", "2.2", "8", "\u2014", "Day 8", "Task 3"),
    ("Best practice and research on meeting SEN", "2.4", "7", "\u2014", "Day 3", "Task 1"),
    ("Other agencies: who they are and how to get their help", "2.8", "4", "\u2014", "LS3", "Task 2"),
    ("G", "Doing"),
    ("Shaping an inclusive ethos, policy and priorities with senior leaders and governors", "1.9",
     "10", "Priority", "Day 7, LS4", "Task 3"),
    ("Identifying needs, setting targets, planning interventions, reviewing progress", "2.7", "4",
     "\u2014", "Days 4, 5, LS1", "Task 2"),
    ("\u2013 using other professionals' assessments", "2.6", "5", "\u2014", "Day 5", "Task 2"),
    ("\u2013 using test and exam results to track progress", "1.8", "11", "Priority", "Day 8", "Task 3"),
    ("\u2013 helping colleagues with formative assessment", "2.4", "6", "\u2014", "LS5", "\u2014"),
    ("\u2013 special arrangements for tests and exams", "\u2014", "\u2014",
     "Not part of the Award: the LA Exams Officers' Network briefs SENCOs each spring", "\u2014", "\u2014"),
    ("Provision mapping; finding missing or ineffective provision", "1.7", "12", "Priority",
     "Day 7", "Task 3"),
    ("Deploying and managing staff", "2.3", "7", "\u2014", "Day 7", "Task 3"),
    ("Developing colleagues: observing, modelling, coaching, training", "2.2", "8", "\u2014",
     "Day 7", "S5"),
    ("Reviewing provision with colleagues for self-evaluation", "2.3", "7", "\u2014", "Day 8",
     "Portfolio"),
    ("Involving pupils in planning and reviewing their provision", "2.9", "3",
     "Co-led with the learning mentor strand", "LS2", "Task 2"),
    ("Working with parents and carers", "3.5", "0", "Strong: parents' session removed (see 7.2)",
     "\u2014", "Audit evidence accepted"),
    ("Working with other services, including voluntary organisations", "2.7", "4", "\u2014",
     "LS3", "Task 2"),
]
head = ["Outcome (our words)", "Mean", "Rated 1\u20132", "Programme response", "Where developed",
        "Assessed in"]
tb = doc.add_table(rows=len(rows) + 1, cols=6)
tb.style = "Table Grid"
wid = [5.2, 1.1, 1.3, 3.8, 2.4, 2.8]
for ci, h in enumerate(head):
    cc = tb.cell(0, ci)
    cc.width = Cm(wid[ci])
    cc.text = ""
    rh = cc.paragraphs[0].add_run(h)
    rh.bold = True
    rh.font.size = Pt(8.5)
    rh.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade(cc, "004B87")
cells_by_outcome = {}
for ri, row in enumerate(rows, start=1):
    if row[0] == "G":
        m = tb.cell(ri, 0).merge(tb.cell(ri, 5))
        m.text = ""
        rg = m.paragraphs[0].add_run(row[1])
        rg.bold = True
        rg.font.size = Pt(9)
        shade(m, "D9E2F3")
        continue
    for ci, val in enumerate(row):
        cc = tb.cell(ri, ci)
        cc.width = Cm(wid[ci])
        cc.text = ""
        if ci == 5 and val == "K3":
            tracked(cc.paragraphs[0], [("del", "Task 1"), ("ins", "Portfolio")], size=8.5)
            continue
        if ci == 5 and val == "S5":
            tracked(cc.paragraphs[0], [("del", "Portfolio"),
                                       ("ins", "Task 3 (coaching record)")], size=8.5)
            continue
        rc = cc.paragraphs[0].add_run(val)
        rc.font.size = Pt(8.5)
    cells_by_outcome[row[0]] = tb.rows[ri].cells
parents = cells_by_outcome["Working with parents and carers"][3].paragraphs[0].runs[0]
comment(parents, "I'd argue strongly for putting the parents' session back. This is where new "
        "SENCOs get into difficulty, and a strong self-rating is not the same as being taught "
        "or assessed. FO", FO, "FO")
types = cells_by_outcome["The main types of SEN and how they affect learning"][0].paragraphs[0].runs[0]
comment(types, "Child development isn't in the table at all. Could it go into Day 4 and Task 2? FO",
        FO, "FO")
P("Key to \u2018Assessed in\u2019: Task 1\u20134, the marked Tasks in 2.6. Portfolio: the Learning "
  "Set portfolio, which is formative: tutors review it at tutorials and it is not marked. Audit "
  "evidence accepted: recorded as met from the participant's Starting Audit rating and evidence "
  "(see 5.3).", italic=True, size=8.5)

# ================================================================== 6
H("6.  Individual Training Plans")
N("6.1", "Each ITP was agreed at interview or at a follow-up tutorial and signed by the participant "
  "and their in-school mentor. It names three to five priority outcomes from the Starting Audit, "
  "says how each will be worked on, and records the support, any adjustments and a pupil impact "
  "target with its baseline. ITPs are reviewed at the January tutorial and at a final review in "
  "June, which the head attends. Six are shown here; the other eight are on file and can be sent "
  "to the panel on request.")

itps = [
    ("P01", "P01 was a learning mentor at a partnership primary school from 2001 to 2005, trained "
     "through the Graduate Teacher Programme and became SENCO of a one-form entry primary school "
     "in September 2008. A third of the pupils are on the SEN register. Parents trust her; she "
     "rated herself 1 on data and on provision mapping.",
     [("Priority outcomes", "Using test results to track progress; provision mapping; winning the "
                            "commitment of senior leaders; SEN law and the Code"),
      ("How", "Days 2, 7 and 8; LS4; an extra session on RAISEonline with the partnership's data "
              "officer; placement day at Cedar Bank School"),
      ("Support", "In-school mentor: deputy head. Award Mentor: the SENCO of St Cuthbert's RC Primary"),
      ("Adjustments", "None requested"),
      ("Pupil impact target", "Six Year 4 pupils at School Action Plus for reading: reading ages "
                              "(baseline October 2009, retest June 2010)"),
      ("Reviews", "21 January 2010; 24 June 2010 (with head)")]),
    ("P03", "P03 is a science teacher who became SENCO of an 11\u201318 school a year ago. She "
     "disclosed on her application form that she is dyslexic. She is confident with pupils and "
     "rated herself low on the law and on working with governors.",
     [("Priority outcomes", "SEN law and the Code; shaping policy with senior leaders and "
                            "governors; using research"),
      ("How", "Days 2, 3 and 7; LS4; reading chosen with her tutor"),
      ("Support", "In-school mentor: assistant head (inclusion). Award Mentor: the SENCO of "
                  "Holloway Park High"),
      ("Adjustments", "Agreed with P03 and the University's Disability Support Service: materials "
                      "a week ahead in electronic form with a cream background; 25% extra time in "
                      "the professional discussion; tutorials recorded; feedback on written Tasks "
                      "given orally as well as in writing; proof-reading support from the "
                      "University's study skills service"),
      ("Pupil impact target", "Attendance of eight Year 9 pupils with behavioural, emotional and "
                              "social difficulties (baseline autumn half term 1)"),
      ("Reviews", "20 January 2010; 23 June 2010 (with head)")]),
    ("P05", "P05 teaches at Cedar Bank School and has been its SENCO for two years. She knows "
     "severe and complex needs well but has never worked in a mainstream school and rated herself "
     "low on national tests and on deploying staff across a large school.",
     [("Priority outcomes", "Using test and exam results; deploying and managing staff; school "
                            "self-evaluation"),
      ("How", "Days 7 and 8; a placement of two days at Holloway Park High (the Bridge LSU and the "
              "SEN department)"),
      ("Support", "In-school mentor: head of Cedar Bank. Award Mentor: the SENCO of a partnership "
                  "secondary school"),
      ("Adjustments", "None requested"),
      ("Pupil impact target", "P-scale progress in communication for a Year 8 group of five "
                              "pupils (baseline October 2009)"),
      ("Reviews", "19 January 2010; 22 June 2010 (with head)")]),
    ("P07", "P07 has been SENCO of a junior school for two years and holds a Level 7 module in "
     "dyslexia. She is exempt from Task 1 (see 3.5), so her ITP covers Tasks 2 to 4.",
     [("Priority outcomes", "Provision mapping; deploying staff; involving pupils in reviews"),
      ("How", "Days 4\u20138; LS2 and LS4 (she does not attend Day 2 or Day 3)"),
      ("Support", "In-school mentor: head. Award Mentor: the SENCO of Millbrook Primary"),
      ("Adjustments", "None requested"),
      ("Pupil impact target", "Spelling ages of a Year 5 group of seven pupils (baseline October 2009)"),
      ("Reviews", "21 January 2010; 24 June 2010 (with head)")]),
    ("P09", "P09 works three days a week as class teacher and SENCO in a primary school and cares "
     "for a parent. She will take Module A in 2009\u201310 and Module B in 2010\u201311.",
     [("Priority outcomes", "SEN law and the Code; identifying needs and setting targets; "
                            "the main types of SEN"),
      ("How", "Days 1\u20135 and LS1\u2013LS3 in 2009\u201310; Days 6\u20138 and LS4\u2013LS6 in 2010\u201311"),
      ("Support", "In-school mentor: head. Award Mentor: the SENCO of a partnership primary school"),
      ("Adjustments", "Study days fall on her working days; tutorials by telephone where she prefers"),
      ("Pupil impact target", "To be set at the January 2010 tutorial"),
      ("Reviews", "January and June each year")]),
    ("P12", "[Pen portrait and ITP to be agreed at tutorial on 3 June 2009: TO BE COMPLETED]",
     [("Priority outcomes", "[ ]"), ("How", "[ ]"), ("Support", "[ ]"), ("Adjustments", "[ ]"),
      ("Pupil impact target", "[ ]"), ("Reviews", "[ ]")]),
]
for code, portrait, flds in itps:
    P(code, bold=True)
    P(portrait)
    fields(flds, widths=(3.6, 13.0), size=8.5)

dp = doc.add_paragraph()
tracked(dp, [("del", "In addition, every participant will spend one placement day in a school of "
                     "the other phase, arranged by the partnership.", FO, D2)])
mark_para(dp, "del", FO, D2)

# ================================================================== 7
H("7.  What we have changed as a result")
N("7.1", "A Learning Set on influencing senior leaders (LS4) has been added, because nine of the "
  "fourteen rated themselves 1 or 2 on winning the commitment of colleagues and senior leaders, "
  "and ten on shaping policy with senior leaders and governors.")
N("7.2", "The Day 2 afternoon on working in partnership with parents and carers has been removed. "
  "The cohort's mean rating was 3.5 and nobody rated below 3: most come from learning mentor or "
  "pastoral backgrounds and have worked with families for years. The time has gone to LS4.")
N("7.3", "The Day 1 session on Every Child Matters has been replaced by a briefing paper, for the "
  "same reason (mean 3.7).")
N("7.4", "Day 5 has been split into primary and secondary groups for the afternoon.")
N("7.5", "Day 6 has moved from the CLC's first-floor suite to its ground-floor training room, so "
  "that P10 can use the access technology room on the same floor.")
pl = N("7.6", "Placements. Secondary and special school participants whose ITP calls for a "
       "placement will go to Holloway Park High (the Bridge LSU and the SEN department). A primary "
       "placement school is [TBC].")
comment(pl.runs[0], "Ashfield Nursery and Infant have said yes informally. Confirm? ML", ML, "ML")
N("7.7", "These changes were made by the programme team from the audit results. The Inclusion "
  "Strand Group (six heads, the LA's Principal Educational Psychologist and the Parent Partnership "
  "Officer) noted them on 30 April. We have not yet surveyed partnership schools or the local "
  "authority about their wider needs; the Board has asked for a heads' survey in the autumn term. "
  "The heads' request at the Group for twilight rather than full-day sessions was discussed but "
  "not taken up for this year.")

# ================================================================== 8
H("8.  Support, quality and checking")
N("8.1", "Tutors.")
grid([
    ["Name", "Role on the Award", "Background"],
    ["Dr Frances Oyelaran", "Programme leader; Module A tutor",
     "Secondary SENCO for nine years; PhD (2004) on pupils' part in SEN reviews; leads the "
     "University's MA in Inclusive Education; works with three Dunmere schools on pupil voice"],
    ["Gwen Tallis", "Module B tutor",
     "LA advisory teacher for autism 1995\u20132003; senior lecturer since 2003; consultant to two "
     "special schools"],
    ["Dr Alun Rees", "Module A tutor; professional discussions",
     "Educational psychologist, still practising two days a week with the Dunmere EP service"],
    ["Marcia Lindqvist", "Partnership coordinator; lead Learning Set facilitator",
     "SENCO at Holloway Park High 1998\u20132006; Inclusion Strand Manager since 2006; MA (SEN)"],
    ["Imran Saddique", "Co-leads LS2",
     "Learning Mentor Strand Lead; trainer on the national learning mentor programme 2002\u201306"],
], [3.4, 4.2, 9.0], size=8.5)
doc.add_paragraph()
N("8.2", "Mentors and facilitators. Each participant has an in-school mentor from the leadership "
  "team and an Award Mentor, an experienced partnership SENCO from another school. A mentor "
  "briefing was held on 6 May 2009: eleven of the fourteen in-school mentors and all five Award "
  "Mentors attended, and Marcia is visiting the three who could not come before September. The "
  "Mentor Handbook sets out what mentors do at each stage of the year and what they do not do "
  "(they do not mark). Learning Set facilitators and all tutors attended a half-day role and "
  "standardisation briefing on 8 May, led by Dr Oyelaran.")
N("8.3", "Specialist expertise. The educational psychology service, the speech and language "
  "therapy service, a CAMHS primary mental health worker, the Sensory Support Service and the "
  "Cedar Bank outreach team teach on Days 4 to 6.")
N("8.4", "Resources. Participants use the CLC's access technology room (Clicker 5, Read&Write, "
  "Dragon NaturallySpeaking, Boardmaker, switch access), borrow assessment kits from the SEN "
  "resource library at the Junction (the partnership's inclusion centre), and have full use of "
  "the University library and its e-journals as registered students.")
mk = doc.add_paragraph()
mk.paragraph_format.left_indent = Cm(1.0)
mk.paragraph_format.first_line_indent = Cm(-1.0)
mk.add_run("8.5\t")
tracked(mk, [
    ("", "Marking and moderation. Each Task is marked by the module tutor against the "
         "published criteria. A second University tutor marks a 20% sample and all fails and "
         "borderline work. "),
    ("del", "The external examiner, Professor [name], will moderate a sample of each Task."),
    ("ins", "An external examiner will be appointed by the University [name and date to be "
            "confirmed]; until then, moderation is internal."),
])
N("8.6", "Evaluation. Participants complete an evaluation sheet after each study day and Learning "
  "Set and a questionnaire at the end of each module. Marcia and Frances summarise them for each "
  "meeting of the Programme Board, which decides what to change. The University's annual "
  "monitoring will apply once the external examiner is in post.")
N("8.7", "Impact. We will judge the Award by what it does for pupils. Each ITP has a pupil impact "
  "target with a baseline measure taken in October (reading or spelling age, P-scale level, "
  "attendance, fixed-term exclusions or a well-being scale), which the participant repeats in "
  "June and reports in Task 3. Participants repeat the Starting Audit and a confidence scale at "
  "the final review, and the change is reported to the Board. Each July the Board receives an "
  "anonymised summary of the pupil impact measures across the cohort.")
N("8.8", "Stakeholders. Heads attend the final ITP review; in-school mentors are senior leaders; "
  "the learning mentor strand co-leads LS2; Cedar Bank and Holloway Park host placements. How "
  "heads, parents and pupils might contribute to evaluating the Award will be decided by the "
  "Board in September.")

# ================================================================== 9
H("9.  Decisions for the Board")
for lt, t in [
    ("(a)", "To approve the thirteen completed ITPs and note that P12's will follow after 3 June."),
    ("(b)", "To note P07's exemption from Task 1 and P02's pending claim."),
    ("(c)", "To ask the University to confirm whether an assessment-only route can be offered from "
            "2010\u201311."),
    ("(d)", "To decide whether the parents' session should be restored for Cohort 2."),
    ("(e)", "To agree the heads' survey for the autumn term."),
]:
    N(lt, t)

# ================================================================== APPENDIX A
H("Appendix A: Individual Training Plan (blank form)")
P("Guidance: complete this form with the participant at interview or at the first tutorial. "
  "Use the Starting Audit to choose three to five priority outcomes. Keep a copy on the "
  "participant's file and give one to the in-school mentor.", italic=True, size=8.5)
tmpl = fields([
    ("Participant code", ""),
    ("Priority outcomes", "Guidance: list three to five outcomes rated 1 or 2, using the "
                          "partnership's wording from the Starting Audit."),
    ("How", "Guidance: name the study days, Learning Sets, placement and reading that will "
            "address each priority."),
    ("Support", "Guidance: name the in-school mentor and the Award Mentor."),
    ("Adjustments", "Guidance: record any reasonable adjustment agreed with the participant, and "
                    "who has agreed it."),
    ("Pupil impact target", "Guidance: describe the group of pupils, the measure and the date of the "
                            "baseline."),
    ("Beyond the Award", "Guidance: to be completed at the final review with the head. Record the "
                         "professional targets from Task 4."),
    ("Signatures", "Participant / In-school mentor / Tutor / Date"),
], widths=(3.6, 13.0), size=8.5)
for row in tmpl.rows[1:-1]:
    for rn in row.cells[1].paragraphs[0].runs:
        rn.italic = True
        rn.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

doc.save(OUT)
print("wrote", OUT)
