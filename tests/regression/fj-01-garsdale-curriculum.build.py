"""fj-01-garsdale-curriculum: build the .docx next to this script.

Provider (invented)
-------------------
The Garsdale SENCO Award Partnership: NHS Garsdale (Garsdale Primary Care
Trust), through its Children's Development and Therapy Service (community
paediatricians, speech and language, occupational and physiotherapists, the
CAMHS team) at the Birkwood Child Development Centre, bidding with Garsdale
Metropolitan Borough Council's Children's Services (Learning Support Service,
Educational Psychology Service, Parent Partnership Service) and the University
of Wentbridge, which validated the award as a 60-credit Level 7 Postgraduate
Certificate. A health-led partnership; January 2009.

Kind of document and layout
---------------------------
The programme's "Curriculum and Assessment System", written the way a
paediatric service writes a postgraduate medical training curriculum
(Foundation Programme / Royal College style) and sent whole as the
application with a covering letter from the Clinical Director:

* a covering letter on typed letterhead (first page);
* a document-information table; a typed contents list;
* Heading 1 / Heading 2 sections with typed decimal numbers (1.1 ... 12),
  which collide with requirement ids ("3.4 Pre-appointment checks",
  "4.7 Online learning", "6.5 Award", "9.3 Stakeholders");
* medical-education vocabulary: "trainees", "educational supervisors",
  "attachments", "less than full time", Case-based Discussion (CbD), Observed
  Practice (OP, modelled on the mini-CEX), multi-source feedback (MSF), an
  Educational Supervisor's Report (ESR) and a "Review of Progress" panel with
  numbered outcomes 1-5 (after the ARCP);
* a person specification table ("How assessed": AF / R / I), a year-at-a-glance
  table, an attachments table, an assessment tools table, a Review of Progress
  outcomes table, a faculty table, a "What we heard / What we did" table;
* a syllabus of nine "domains" with "By the end of training the trainee ..."
  lists and "Learning opportunities" lines (bold run-in labels);
* Section 7, the assessment blueprint, in a landscape section: a tick grid of
  the national outcomes (in the Service's own wording and its own codes PA1-7,
  KU1-9, PS1-PS9 with PS2.1-PS2.3) against the tools CbD / OP / MSF / CRA / PIP /
  RL / ESR, with merged group rows and a "Where developed" column;
* three footnotes (citations and the University's regulations);
* page header and footer (with a PAGE field); nothing decisive in them;
* three tracked changes by the University's module leader: two deletions
  and one insertion.

Traps (requirement ids)
-----------------------
* 5.3  Pre-appointment checks (3.4) are about Trust and Borough staff and
  visiting speakers; trainees' checks are left to their schools ("the Trust
  does not repeat them"). The one sentence about asking heads to confirm a
  trainee's disclosure is a deleted tracked change -> not_met.
* 3.3  e-learning units and an ePortfolio with supervisor comments and
  messaging (tutor support, support between teaching days, ICT), but the
  peer discussion board exists only in a deleted tracked change -> partially_met.
* 5.8  The external examiner's name is an inserted tracked change (part of the
  submission); double marking, sample moderation and calibration are in the
  body anyway -> met.
* 2.3  An "equivalence route" is only something the Board "has agreed to
  consider"; "No such route is available for the 2009-10 intake" (Section 12,
  far from entry and APL) -> not_met. APEL against Stage 1 (2.1) is met and is
  not an assessment-only route.
* 1.5 / 6.S7  Consulting children appears as understanding, an observed CAMHS
  "Choice" clinic in Attachment B (the CAMHS team's own practice with young
  people: the right words about someone else's practice) and Reflective Log
  entries, which are formative only -> partially_met for both.
* 1.9  Blanket claim in 6.1 ("Every national outcome is assessed summatively at
  least once") and in the letter, contradicted by the blueprint -> partially_met.
* 6.0  The award rests on passing both modules and a Review "Outcome 1"
  (assessments completed); one workplace assessment below expectations "may be
  compensated by the others"; APEL credit for Stage 1 -> partially_met.
* Blueprint: outcomes ticked only under RL (formative, "does not count towards
  the award"): 6.A3, 6.A7, 6.K2, 6.S2b, 6.S7 -> partially_met. Rows with no tick
  at all (taught, not assessed): 6.K3, 6.S4 -> partially_met. KU7 (6.K7) row
  holds only a placeholder "[School Improvement Service input to be confirmed]"
  and no ticks -> not_met. 6.S2d has no row: the PS2 sub-rows stop at PS2.3 and
  examination arrangements appear nowhere -> not_met.
* 6.S6 is met (PIP: reviews with colleagues how well the change has worked and
  decides what to keep, change or stop), although "self-evaluation" appears
  nowhere except the placeholder KU7 row.
* 2.5 met (Personal Development Plan with the head, TD8 "What next?"), but the
  plan "is not assessed", which is why 6.A7 stays partial.
* 3.1  Only the equality schemes, venue access and large print; nothing on
  disclosure or adjustments in selection or assessment -> partially_met.
* 4.3  Stakeholders are mentors, raters, hosts and co-presenters, but their
  part in evaluation is only "We would also welcome ..." / "will consider"
  -> partially_met. 4.1 and 4.2 are met (survey, focus groups, forum, referral
  data, and a "What we heard / What we did" table).
* 5.6  Only library and Blackboard access; no specialist teaching resources or
  technology -> partially_met.
* 5.9  Entry Needs Review repeated at exit (confidence) and workplace ratings
  (competence) are concrete, but pupil impact is only expected or "hopes ... to
  commission" -> partially_met.
* 2.4  Tailoring through the Personal Learning Plan; nothing on cost-effectiveness
  -> partially_met.
* Letter: "every one of the national minimum outcomes" (blanket claim, 1.9/6.0).
"""
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
OUT = HERE / "fj-01-garsdale-curriculum.docx"

# ---------------------------------------------------------------- helpers
_rev = [200]


def _rid():
    _rev[0] += 1
    return str(_rev[0])


def para(doc, text="", style=None, bold=False, italic=False, size=None, align=None, space_after=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runin(doc, lead, text, style=None):
    """Bold run-in label followed by ordinary text."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(lead)
    r.bold = True
    p.add_run(" " + text)
    return p


def bullets(doc, items):
    out = []
    for it in items:
        if isinstance(it, tuple):
            out.append(runin(doc, it[0], it[1], style="List Bullet"))
        else:
            out.append(doc.add_paragraph(it, style="List Bullet"))
    return out


def heading(doc, text, level=1):
    return doc.add_heading(text, level=level)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def table(doc, rows, header=True, widths=None, size=None, fill="D9E2F3"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            set_cell(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(t.cell(i, j), fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def _run_el(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rPr = OxmlElement("w:rPr")
        rPr.append(OxmlElement("w:b"))
        r.append(rPr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked_ins(p, text, author, date):
    el = OxmlElement("w:ins")
    el.set(qn("w:id"), _rid())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run_el(text))
    p._p.append(el)


def tracked_del(p, text, author, date):
    el = OxmlElement("w:del")
    el.set(qn("w:id"), _rid())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run_el(text, deleted=True))
    p._p.append(el)


def add_field(p, instr, placeholder="1"):
    def fld(kind):
        r = OxmlElement("w:r")
        f = OxmlElement("w:fldChar")
        f.set(qn("w:fldCharType"), kind)
        r.append(f)
        p._p.append(r)

    fld("begin")
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r.append(it)
    p._p.append(r)
    fld("separate")
    p._p.append(_run_el(placeholder))
    fld("end")


_footnotes = []


def footnote(p, text):
    fid = len(_footnotes) + 1
    _footnotes.append((fid, text))
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rPr.append(va)
    r.append(rPr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r.append(ref)
    p._p.append(r)


def write_footnotes(doc):
    from xml.sax.saxutils import escape

    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    parts = [
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W}">',
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for fid, text in _footnotes:
        parts.append(
            f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'
        )
    parts.append("</w:footnotes>")
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        "".join(parts).encode("utf-8"),
        doc.part.package,
    )
    doc.part.relate_to(part, RT.FOOTNOTES)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


UNI = "Rachel Eames"
UDATE = "2009-01-12T10:20:00Z"

# ---------------------------------------------------------------- document
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin = Cm(2.0)
sec.bottom_margin = Cm(2.0)

hp = sec.header.paragraphs[0]
hp.text = "NHS Garsdale  |  Children's Development and Therapy Service"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("SENCO Award Curriculum and Assessment System  |  Version 1.2  |  Approved 14 January 2009  |  Page ")
fr.font.size = Pt(8)
add_field(fp, "PAGE")

# ----- covering letter
para(doc, "NHS Garsdale", bold=True, size=14, align="right", space_after=0)
para(doc, "Children's Development and Therapy Service", align="right", space_after=0)
para(doc, "Birkwood Child Development Centre, Mill Lane, Garsdale GD4 7RT", align="right", space_after=0)
para(doc, "Telephone 01632 960412", align="right")
para(doc, "19 January 2009")
para(doc, "SENCO Training Team\nTraining and Development Agency for Schools\n151 Buckingham Palace Road\nLondon SW1W 9SZ")
para(doc, "Dear Colleagues")
para(doc, "Nationally accredited training for SENCOs: application for approval", bold=True)
para(doc, "I am pleased to enclose the application of the Garsdale SENCO Award Partnership: NHS Garsdale's "
     "Children's Development and Therapy Service, Garsdale Metropolitan Borough Council's Children's Services, "
     "and the University of Wentbridge, which validates the award. We have not written a separate application. "
     "We are sending the Curriculum and Assessment System that our Joint Education Board approved on 14 January "
     "2009, because it is the document our trainees, supervisors and assessors will work from, and we would rather "
     "the Panel judged us on that than on a document written for the occasion.")
para(doc, "The Panel may find the form unusual. Most of the Service's senior clinicians trained under the "
     "postgraduate medical and allied health curricula of recent years, which describe what a trainee must be able "
     "to do, how they learn it and how each competence is assessed in the workplace. We have borrowed that form "
     "deliberately. Readers used to education documents will meet some of our vocabulary: we call participants "
     "trainees, their tutors educational supervisors, and their days with our clinical teams attachments.")
para(doc, "Why a health-led bid? Around a third of the referrals the Service receives come from schools, and two in "
     "five of those concern children already known to at least one other agency. SENCOs tell us that our reports are "
     "hard to use, and we know that our advice too often stops at the classroom door. The Borough's Children's "
     "Services have run induction for new SENCOs for ten years, and the University has taught special educational "
     "needs at Masters level since 1996. Together we think we can train SENCOs who understand how children develop, "
     "know how the services around a school work, and can lead their colleagues.")
para(doc, "The assessment blueprint in Section 7 shows every one of the national minimum outcomes and how it is "
     "assessed, and Section 6 explains our assessment tools. I would be glad to arrange for members of the Panel to "
     "visit the Birkwood Centre.")
para(doc, "Yours sincerely")
para(doc, "")
para(doc, "Dr Helen Ashworth  MB ChB FRCPCH", bold=True, space_after=0)
para(doc, "Consultant Community Paediatrician and Clinical Director, Children's Development and Therapy Service", space_after=0)
para(doc, "Chair, Garsdale Joint Education Board")
para(doc, "cc  Mrs Carol Denby, Assistant Director (Inclusion), Garsdale Children's Services; Professor Alan Whitlow, "
     "Dean of Education and Community Studies, University of Wentbridge", size=9)
page_break(doc)

# ----- title block
para(doc, "Garsdale SENCO Award Partnership", bold=True, size=12, align="center", space_after=2)
para(doc, "Postgraduate Certificate in Special Educational Needs Coordination (National Award for SEN Coordination)",
     align="center", space_after=2)
para(doc, "Curriculum and Assessment System", bold=True, size=20, align="center")
table(doc, [
    ["Document", "SENCO Award Curriculum and Assessment System"],
    ["Version", "1.2 (approved)"],
    ["Approved by", "Garsdale Joint Education Board, 14 January 2009"],
    ["Validation", "University of Wentbridge validation event, 3 December 2008; conditions signed off 9 January 2009"],
    ["Owner", "Programme Director, Children's Development and Therapy Service"],
    ["First intake", "September 2009"],
    ["Next review", "July 2010"],
], header=False, widths=[4, 12])

para(doc, "Contents", bold=True)
for line in [
    "1  Introduction", "2  The partnership", "3  Entry to training", "4  The training pathway",
    "5  The syllabus", "6  The assessment system", "7  The assessment blueprint",
    "8  Supervision, faculty and resources", "9  Quality management", "10  Equality and diversity",
    "11  Completing training and next steps", "12  Future developments",
]:
    para(doc, line, space_after=0)
page_break(doc)

# ----- 1 Introduction
heading(doc, "1  Introduction", 1)
heading(doc, "1.1  Purpose of this document", 2)
para(doc, "This document sets out the curriculum for the Garsdale SENCO Award: what a trainee will learn, how and "
     "where they will learn it, how their progress is supervised and how each competence is assessed. It is written "
     "for trainees, their headteachers, educational supervisors, workplace mentors and the faculty, and it is the "
     "reference point for the Joint Education Board, the University's Board of Examiners and the external examiner. "
     "Where this document and the University's Assessment Regulations differ, the Regulations apply.")
heading(doc, "1.2  Why the Service leads this programme", 2)
para(doc, "The Children's Development and Therapy Service (CDTS) is NHS Garsdale's community service for children "
     "with developmental, physical, communication and mental health needs. It brings together community "
     "paediatricians, speech and language therapists, occupational therapists, physiotherapists and the Tier 2 and "
     "Tier 3 child and adolescent mental health team (CAMHS): about 140 staff working from the Birkwood Child "
     "Development Centre and five clinic bases. In 2007-08 the Service saw 3,120 children of school age, and schools "
     "referred 1,040 of them.")
para(doc, "The Service has taught school staff for many years, through its Communication Friendly Schools programme "
     "and the CAMHS school consultation service, but these were short courses for teaching assistants and class "
     "teachers. The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 and the national "
     "award give us the chance to work with the Borough's Children's Services and the University on something more "
     "ambitious: a year's training for the teachers who coordinate provision for the children we see.")
heading(doc, "1.3  Aims", 2)
para(doc, "The programme aims to raise the achievement and improve the well-being of children and young people with "
     "special educational needs and disabilities in Garsdale's schools, across all five Every Child Matters outcomes, "
     "by developing SENCOs who:")
bullets(doc, [
    "understand how children develop, what gets in the way and what helps;",
    "identify needs early, plan and review effective provision, and judge its effect on pupils' progress and well-being;",
    "lead and develop colleagues so that good practice reaches every classroom;",
    "work in partnership with children, families and the services around the school;",
    "base their practice on evidence and keep developing it.",
])
para(doc, "Every workplace assessment asks trainees to show the effect of their work on particular children. A "
     "case-based discussion starts from a pupil's progress and well-being, not from the trainee's knowledge, and the "
     "Practice Improvement Project is judged on the change it makes in the trainee's school.")
heading(doc, "1.4  How the curriculum is organised", 2)
p = para(doc, "The syllabus (Section 5) is arranged in nine domains of practice, as in our clinical curricula.")
footnote(p, "For example, the Foundation Programme Curriculum (2007) and the competence frameworks of the Royal "
         "College of Paediatrics and Child Health for specialty training in paediatrics.")
p.add_run(" The domains are taught across eight teaching days, three attachments, two e-learning units and the "
          "trainee's work in their own school, in two stages of about six months (Section 4). The assessment system "
          "(Section 6) combines workplace-based assessments with two written assignments. The blueprint (Section 7) "
          "links the two: for each of the national minimum outcomes it shows where the outcome is developed and which "
          "tools assess it.")

# ----- 2 Partnership
heading(doc, "2  The partnership", 1)
para(doc, "The programme is run by the Garsdale SENCO Award Partnership under a partnership agreement signed in "
     "November 2008 by NHS Garsdale, Garsdale Metropolitan Borough Council and the University of Wentbridge.")
bullets(doc, [
    ("NHS Garsdale,", "through CDTS, employs the Programme Director and Programme Administrator, provides the Birkwood "
     "Centre as the teaching base, organises the attachments and provides clinical faculty."),
    ("Garsdale Children's Services", "provides faculty from the Learning Support Service, the Educational Psychology "
     "Service and the Parent Partnership Service, recruits trainees through its SENCO Network, and releases advisory "
     "teachers to act as educational supervisors."),
    ("The University of Wentbridge", "validated the programme as a Postgraduate Certificate on 3 December 2008 and is "
     "the awarding body. It registers trainees as students of the University, provides the module leader, marks and "
     "moderates the written assignments, appoints the external examiner and holds the Board of Examiners. Its Faculty "
     "of Education and Community Studies includes the programme in its annual monitoring."),
])
para(doc, "The Joint Education Board oversees the programme. It is chaired by the Clinical Director of CDTS and has two "
     "members from each partner. It meets each term, approves this curriculum, receives evaluation reports and the "
     "external examiner's report, and agrees an action plan each July.")

# ----- 3 Entry
heading(doc, "3  Entry to training", 1)
heading(doc, "3.1  Who the programme is for", 2)
para(doc, "The programme is for qualified teachers in Garsdale schools who have taken on, or are about to take on, the "
     "role of SENCO and who need the national award. Places are also open to teachers in neighbouring authorities' "
     "schools where space allows. We expect 24 trainees in the first intake.")
heading(doc, "3.2  Person specification", 2)
table(doc, [
    ["Criterion", "Essential", "Desirable", "How assessed"],
    ["Qualifications", "Qualified Teacher Status", "Earlier study of SEN or child development, at any level", "AF"],
    ["Role", "Designated SENCO, or named to become SENCO within twelve months, in a maintained school, academy or "
     "non-maintained special school", "", "AF, R"],
    ["Experience", "At least two years' teaching since qualifying", "Experience of coordinating reviews or of working "
     "with other agencies", "AF, I"],
    ["Readiness for Masters study", "A 500-word personal statement that is clear, reflective and accurate",
     "A first degree or earlier Level 7 study", "AF, I"],
    ["Support", "Written nomination by the headteacher, who agrees to release the trainee for teaching days and "
     "attachments and to name a workplace mentor", "", "R"],
    ["Commitment", "Understands the demands of the programme and how it will fit with the SENCO role", "", "I"],
], widths=[3.2, 6.3, 4.5, 2.2], size=9)
para(doc, "AF = application form; R = headteacher's nomination and reference; I = selection interview.", italic=True, size=9)
heading(doc, "3.3  Selection", 2)
para(doc, "Applications close on 30 April for a September start and on 31 October for a January start. The Programme "
     "Director and the Head of the Learning Support Service shortlist against the person specification and interview "
     "each applicant for about twenty minutes, usually at the applicant's school. The interview explores the personal "
     "statement, the applicant's understanding of the role and the support the school can give.")
para(doc, "An applicant who does not yet meet the essential criteria is not simply turned away. The Programme Director "
     "writes to the applicant and the headteacher setting out what the applicant needs to do to be ready, usually a "
     "term at the Borough's SENCO Network with some guided reading, or more experience of leading reviews. The Head of "
     "the Learning Support Service follows this up with the headteacher, and the applicant may apply again for the "
     "next intake.")
heading(doc, "3.4  Pre-appointment checks", 2)
p = para(doc, "All Trust and Borough staff who teach or supervise on the programme hold a current enhanced CRB "
         "disclosure, checked by the Trust's Workforce Department or the Borough's HR service under their recruitment "
         "policies. Visiting speakers from voluntary organisations are checked by their own organisations. Trainees "
         "are teachers employed by their schools. They are not employed by the Trust, and responsibility for their "
         "employment checks rests with the employing school and its governing body; the Trust does not repeat them.")
tracked_del(p, " The Programme Administrator will ask each headteacher to confirm in the nomination that the trainee's "
            "enhanced disclosure is current.", UNI, UDATE)
p.add_run(" During attachments trainees are accompanied at all times by their attachment supervisor, and they sign the "
          "Trust's observer agreement on confidentiality before their first attachment.")
heading(doc, "3.5  Recognition of prior learning", 2)
para(doc, "We want trainees to spend their time on what they still need to learn. The University's regulations for the "
     "accreditation of prior learning apply.")
bullets(doc, [
    ("Certificated learning.", "A trainee who has passed relevant Level 7 study in the last five years may claim up to "
     "30 credits against Stage 1 (EDU7150). Typical examples are the University's module Communication in the "
     "Inclusive Classroom and other universities' SEN modules. The module leader checks the claim against the "
     "outcomes of EDU7150."),
    ("Experiential learning.", "A trainee with substantial experience, for instance as an acting SENCO or an advisory "
     "teacher, may claim credit against EDU7150 by submitting a portfolio of evidence mapped to the Stage 1 outcomes, "
     "with a 2,000-word reflective commentary. Claims are assessed by the module leader and a second assessor and "
     "confirmed by the University's APL Panel."),
])
para(doc, "Claims must be made by the end of the first teaching day. Credit is never given against Stage 2 (EDU7151), "
     "which contains the Practice Improvement Project and the multi-source feedback, and every trainee's Entry Needs "
     "Review (4.3) covers all the national outcomes whether or not credit has been given.")

# ----- 4 Pathway
heading(doc, "4  The training pathway", 1)
heading(doc, "4.1  Structure and credit", 2)
para(doc, "The award is a Postgraduate Certificate of the University of Wentbridge: 60 credits at Level 7 (Masters "
     "level) of the Framework for Higher Education Qualifications, in two modules of 30 credits:")
bullets(doc, [
    "Stage 1, EDU7150 The SENCO and the Developing Child (September to January);",
    "Stage 2, EDU7151 Leading Provision Across Agencies (February to July).",
])
para(doc, "A trainee starting in September normally completes in one school year. Each stage includes four teaching "
     "days, at least one attachment, supervised work in the trainee's own school and the assessments described in "
     "Section 6. We estimate 600 hours of learning in all, of which about 90 are taught or supervised contact time.")
heading(doc, "4.2  The year at a glance", 2)
table(doc, [
    ["Month", "Teaching day (Birkwood Centre, 9.15 to 4.00)", "Other learning", "Assessment due"],
    ["Sept", "TD1 The SENCO, the child and Every Child Matters", "Entry Needs Review; first supervision meeting",
     "Personal Learning Plan agreed (week 4)"],
    ["Oct", "TD2 Law, policy and rights", "e-learning unit 1: The law and the SENCO", "CbD 1"],
    ["Nov", "TD3 How children develop", "Attachment A (Birkwood assessment clinic)", ""],
    ["Dec", "TD4 Communication, autism and specific learning difficulties", "", "Observed Practice (a)"],
    ["Jan", "", "Stage 1 Review of Progress", "Critical Review Assignment; CbD 2; ESR 1"],
    ["Feb", "TD5 Behaviour, mental health and progress", "e-learning unit 2: Data and progress; Attachment B (CAMHS)",
     "CbD 3"],
    ["Mar", "TD6 Leading provision", "", "Observed Practice (b)"],
    ["Apr-May", "TD7 Families and agencies", "Attachment C (Learning Support Service or Greystones School)",
     "Observed Practice (c); MSF"],
    ["June", "TD8 Evidence, evaluation and next steps", "", "CbD 4"],
    ["July", "", "Final Review of Progress", "Practice Improvement Project; ESR 2"],
], widths=[1.8, 5.4, 5.0, 4.0], size=9)
para(doc, "Reflective Log entries are made throughout the year.", italic=True, size=9)

heading(doc, "4.3  Entry Needs Review and the Personal Learning Plan", 2)
para(doc, "Before the first teaching day each trainee completes the Entry Needs Review in the ePortfolio. For every "
     "national outcome the trainee rates their current practice on a four-point scale (1 new to this; 2 some "
     "experience; 3 secure; 4 could teach it to others) and gives a short example. Self-ratings are often wrong in "
     "both directions: trainees underrate what they already do well, and some overrate knowledge that is out of date, "
     "especially on the law. So within four weeks the educational supervisor meets the trainee in school, looks at "
     "the evidence behind each rating, talks to the headteacher or mentor and agrees the ratings with the trainee.")
para(doc, "From the agreed ratings the trainee and supervisor write a Personal Learning Plan. It names the outcomes the "
     "trainee will concentrate on, the attachment options they will choose, which e-learning units they must complete "
     "and which are optional, and two or three personal outcomes of the trainee's own tied to the school's "
     "priorities (for example, to set up a review process for pupils with statements in which the pupil contributes "
     "to every meeting). The plan is reviewed at every supervision meeting and at each Review of Progress, and the "
     "supervisor uses the workplace assessments to check whether the first ratings were right.")

heading(doc, "4.4  Attachments", 2)
para(doc, "Attachments give trainees time with specialists they would otherwise meet only in reports. Each trainee "
     "completes three attachment days, chosen with their supervisor from the options below, and writes an attachment "
     "record in the ePortfolio.")
table(doc, [
    ["Attachment", "Where", "What the trainee does", "Supervised by"],
    ["A", "Birkwood Centre multidisciplinary assessment clinic", "Observes a developmental assessment by a "
     "paediatrician and therapists, the team's formulation meeting and the feedback to parents; reads the resulting "
     "report with the clinician", "Consultant paediatrician or lead therapist"],
    ["B", "CAMHS, Garsdale Child and Family Centre", "Joins a primary mental health worker on a school consultation; "
     "observes a Choice appointment (with the family's consent); discusses thresholds for referral",
     "Primary mental health worker"],
    ["C, option 1", "Learning Support Service", "Joins an advisory teacher on school visits for pupils with specific "
     "and moderate learning difficulties; looks at assessment tools", "Advisory teacher"],
    ["C, option 2", "Greystones School (special school, 3-19)", "Spends a day with the school's SENCO and outreach team, "
     "including a pupil's annual review", "Greystones outreach coordinator"],
], widths=[2.0, 3.8, 7.2, 3.2], size=9)
para(doc, "Attachment supervisors are briefed by the Programme Director each year and receive the trainee's Personal "
     "Learning Plan beforehand, so that the day can be aimed at what the trainee needs.")

heading(doc, "4.5  Learning in the trainee's own school", 2)
para(doc, "Most of the learning happens in the trainee's own school. Between teaching days trainees apply what they "
     "have been taught, with pupils they know, and record what happened in the Reflective Log. Each trainee has a "
     "workplace mentor, normally a deputy or assistant headteacher, who meets them at least twice a term, and an "
     "educational supervisor who visits at least three times a year and meets them each half-term. The workplace "
     "assessments in Section 6 are all carried out in the trainee's school on real work: case discussions are about "
     "pupils on the trainee's own register, and the Practice Improvement Project changes provision in the trainee's "
     "own school.")

heading(doc, "4.6  Flexible training", 2)
para(doc, "The standard route takes one school year, but the programme has been designed for other patterns.")
bullets(doc, [
    ("Two start points.", "Trainees may start in September or January. January starters take Stage 2 first and Stage 1 "
     "the following autumn; the two stages were written so that either can be taken first, and the Entry Needs Review "
     "is the same."),
    ("Less than full time.", "A trainee may take one stage a year and complete in two years. This suits trainees in "
     "small primary schools where release is hard, or trainees with caring responsibilities."),
    ("Interruption.", "A trainee may interrupt for up to a year, for illness, maternity leave or a change of school, and "
     "rejoin at the point they left."),
    ("Choice within the programme.", "Attachments and e-learning units are chosen to fit the Personal Learning Plan, "
     "and trainees with credit for Stage 1 (3.5) join at Stage 2."),
])
para(doc, "Teaching days fall on different weekdays each term so that part-time staff do not always miss the same day.")

heading(doc, "4.7  Online learning and the ePortfolio", 2)
para(doc, "The programme uses the University's Blackboard site for two e-learning units and for the trainee's ePortfolio.")
bullets(doc, [
    "e-learning unit 1, The law and the SENCO, and unit 2, Data and progress, each take about six hours. They combine "
    "short recorded presentations, readings and self-check quizzes, and are completed between teaching days.",
    "The ePortfolio holds the Entry Needs Review, the Personal Learning Plan, the Reflective Log, attachment records "
    "and all workplace assessment forms. The educational supervisor can see and comment on every entry, and each "
    "comment is sent to the trainee by email.",
])
p = para(doc, "Trainees can message the Programme Director or their supervisor through Blackboard at any time, and we "
         "aim to reply within three working days. Supervisors read and comment on new log entries at least every "
         "fortnight, so the ePortfolio keeps supervisor and trainee in touch between visits.")
tracked_del(p, " Trainees will also use a discussion board on Blackboard, moderated by the Programme Director, to share "
            "questions and resources with each other between teaching days.", UNI, UDATE)
p.add_run(" School ICT arrangements vary, so the Programme Administrator checks at induction that each trainee can "
          "reach Blackboard from school and from home.")

# ----- 5 Syllabus
heading(doc, "5  The syllabus", 1)
para(doc, "The syllabus is arranged in nine domains. For each we say what it covers and what a trainee must be able to "
     "do by the end of training. The learning opportunities listed are those the programme provides; trainees will "
     "find many more in their own schools.")

DOMAINS = [
    ("Domain 1  The child, the family and Every Child Matters",
     "Children's achievement is more than test results. This domain sets the frame for the programme: the five Every "
     "Child Matters outcomes, the Children's Plan, and what they mean for a SENCO coordinating support for a child whose "
     "health, safety and learning are bound together.",
     ["explains the principles and outcomes of Every Child Matters and the part the SENCO plays in helping children "
      "achieve them;",
      "describes how Garsdale's Children's Trust arrangements work and where the school fits in them."],
     "TD1; pre-course reading."),
    ("Domain 2  Communication",
     "SENCOs spend much of their day explaining, persuading and listening. This domain runs through the whole programme.",
     ["writes clearly and accurately for colleagues, parents and other professionals;",
      "speaks with confidence in meetings, listens actively and checks understanding, including with people who "
      "disagree."],
     "All teaching days; written feedback on assignments; Observed Practice."),
    ("Domain 3  Law, policy and rights",
     "Covers Part IV of the Education Act 1996, the SEN Code of Practice (2001) and the SEN Toolkit, the Special "
     "Educational Needs and Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005 (including "
     "the Disability Equality Duty and accessibility planning), the SENCO Regulations, the Children Act 2004, "
     "safeguarding, and the United Nations Convention on the Rights of the Child.",
     ["knows SEN law and guidance and what they require of the school, the SENCO and others, and puts the Code's "
      "procedures into practice;",
      "knows the duties of disability equality law and the actions they require for disabled pupils."],
     "TD2; e-learning unit 1."),
    ("Domain 4  Development and difference",
     "Led by the Service's consultant paediatricians and clinical psychologists. Covers typical development from birth "
     "to adolescence (motor, language, cognitive, social and emotional) and attachment; how development is shaped by "
     "disability, illness, poverty, early experience and the physical and social environment of the classroom; the "
     "main types of SEN and disability (speech, language and communication needs, autistic spectrum disorders, "
     "specific learning difficulties including dyslexia, moderate learning difficulties, and behavioural, emotional "
     "and social difficulties) and their effect on learning; and how a developmental diagnosis is reached and what it "
     "does and does not tell a teacher. TD4 draws on the Bercow Review of services for children with speech, language "
     "and communication needs and on the Inclusion Development Programme materials; TD5 draws on Ofsted's report "
     "Inclusion: does it matter where pupils are taught? (2006) and the national CAMHS Review (2008).",
     ["explains how children develop and how their development can be affected by SEN, disability and environment;",
      "describes the common types of SEN and disability and how each can affect learning;",
      "reads a paediatric, therapy or psychological report critically and turns it into classroom practice."],
     "TD3, TD4, TD5; Attachment A."),
    ("Domain 5  Assessment, planning and intervention",
     "Covers identification through observation, data and screening; target setting; planning and reviewing "
     "interventions; approaches, strategies and resources for teaching and learning, including ICT and assistive "
     "technology; using the assessments of other professionals; summative data (P scales, National Curriculum levels, "
     "national tests, RAISEonline and the Borough's pupil tracking tools); and making sound decisions about provision "
     "when the picture is unclear.",
     ["identifies pupils who may have SEN or disabilities, sets challenging targets, plans interventions that remove "
      "barriers and reviews progress;",
      "uses other professionals' assessments to shape teaching;",
      "uses summative data to track progress and change programmes;",
      "evaluates approaches critically, anticipates problems and makes sound, well-founded decisions."],
     "TD4, TD5; e-learning unit 2; attachments."),
    ("Domain 6  Working with children, families and other agencies",
     "Covers relationships with pupils and parents; the Parent Partnership Service; person-centred reviews and one-page "
     "profiles; Article 12 of the UN Convention; and multi-agency working: the Common Assessment Framework, the Team "
     "Around the Child, the lead professional, the tiers of CAMHS and the voluntary organisations working in Garsdale.",
     ["builds fair, respectful and constructive relationships with pupils and families;",
      "liaises with parents and carers to promote their children's learning and development;",
      "understands why children's views matter and how pupils can be involved in decisions about their provision;",
      "knows the scope and roles of external agencies, how to obtain specialist support, and works in partnership with "
      "them."],
     "TD5, TD7; Attachments A to C. In Attachment B trainees see how the CAMHS team uses the Choice and Partnership "
     "Approach, in which young people and their families set the goals of treatment with the clinician."),
    ("Domain 7  Leading and managing provision",
     "Covers the SENCO as a leader; working with the headteacher, senior team and governors on inclusive policy and "
     "the use of resources; provision mapping and management; deploying and managing teaching assistants and other "
     "support staff; managing one's own time and delegating.",
     ["influences policy and priorities with senior colleagues and governors, and gains the commitment of colleagues;",
      "uses provision mapping to plan provision and to identify provision that is ineffective or missing;",
      "deploys and manages staff effectively, prioritises and delegates."],
     "TD6."),
    ("Domain 8  Developing colleagues and evaluating provision",
     "Covers adult learning; coaching and mentoring (using the coaching model the Service uses with its therapy "
     "assistants); observation and feedback; running staff training; formative assessment and how to adapt it for "
     "pupils with SEN; and reviewing with colleagues how well provision is working.",
     ["supports colleagues' development through observation and feedback, modelling, coaching and training;",
      "encourages colleagues to use formative assessment with pupils with SEN;",
      "reviews the effectiveness of provision with colleagues and decides what to keep, change or stop."],
     "TD6, TD7, TD8."),
    ("Domain 9  Evidence, research and professional development",
     "Covers finding and appraising research (the Service's critical appraisal teaching), best practice and research "
     "on meeting SEN, using outside advice, keeping up to date, and planning one's own development.",
     ["draws on research evidence and external advice to improve practice;",
      "knows best practice and the outcomes of research in meeting SEN;",
      "keeps up to date and takes responsibility for their own development."],
     "TD8; University library induction; attachments."),
]
for title, intro, comps, learning in DOMAINS:
    heading(doc, title, 2)
    p = para(doc, intro)
    if title.startswith("Domain 4"):
        footnote(p, "J. Bercow, The Bercow Report: A Review of Services for Children and Young People (0-19) with "
                 "Speech, Language and Communication Needs (DCSF, July 2008).")
    runin(doc, "By the end of training the trainee:", "")
    bullets(doc, comps)
    runin(doc, "Learning opportunities:", learning)

# ----- 6 Assessment
heading(doc, "6  The assessment system", 1)
heading(doc, "6.1  Principles", 2)
para(doc, "Our assessment system follows the principles of the workplace-based assessment used in postgraduate medical "
     "training. Trainees are assessed on real work, by people who see them working, on many occasions and by several "
     "assessors, and two written assignments test knowledge and critical thinking. Every national outcome is assessed "
     "summatively at least once, most of them more than once, and no outcome rests on a single assessor's judgement.")
heading(doc, "6.2  The assessment tools", 2)
table(doc, [
    ["Tool", "Code", "What it is", "Number", "Assessor", "Status"],
    ["Case-based Discussion", "CbD", "A 45-minute structured discussion of a pupil for whom the trainee coordinates "
     "provision, using the pupil's records. The assessor probes how the trainee identified the pupil's needs, used "
     "other professionals' assessments, set targets and reached decisions; their understanding of the pupil's "
     "development and needs; whether the school's actions meet the Code of Practice; which other agencies are involved "
     "and how the trainee obtained their help; and how the trainee has worked with the pupil and the family. Each area "
     "is rated on a six-point scale against anchored descriptors.", "4 (2 a stage)",
     "Educational supervisor; one of the four by a second assessor", "Summative"],
    ["Observed Practice", "OP", "The assessor observes the trainee at work and gives feedback the same day on a "
     "structured form: (a) a review meeting with the parents or carers of a pupil; (b) a training or coaching session "
     "the trainee leads for colleagues on assessment for learning with pupils with SEN; (c) a meeting with a "
     "professional from another agency, or a Team Around the Child meeting.", "3",
     "Educational supervisor or trained workplace mentor", "Summative"],
    ["Multi-source feedback", "MSF", "The trainee nominates 10 to 12 raters (the head or deputy, teachers, teaching "
     "assistants, at least one professional from another agency and at least one parent), who complete an anonymous "
     "questionnaire on communication, relationships, leadership and reliability. The supervisor reviews the collated "
     "results with the trainee.", "1 (Stage 2)", "Raters; reviewed by the educational supervisor", "Summative"],
    ["Critical Review Assignment", "CRA", "3,000 words. A critical review of research and guidance on one area of need, "
     "and of the approaches and resources for teaching it (including ICT where relevant), applied to provision in the "
     "trainee's school.", "1 (Stage 1)", "University tutors", "Summative (marked)"],
    ["Practice Improvement Project", "PIP", "5,000 words and a 15-minute presentation to the head and senior team. The "
     "trainee uses provision mapping to find a gap or weakness in provision, agrees a change with the senior team and "
     "the governors, draws on research and outside advice in choosing and critically evaluating the approach, leads "
     "colleagues in making the change, and reviews with them how well it has worked and what to keep, change or stop.",
     "1 (Stage 2)", "University tutors", "Summative (marked)"],
    ["Reflective Log", "RL", "Regular entries in the ePortfolio reflecting on practice, at least twelve over the year. "
     "Read by the supervisor and discussed in supervision.", "Ongoing", "Educational supervisor",
     "Formative only: not marked and does not count towards the award"],
    ["Educational Supervisor's Report", "ESR", "The supervisor's summary judgement at the end of each stage on the "
     "evidence in the ePortfolio and their own observation, including the trainee's judgement, decision-making and "
     "leadership.", "2", "Educational supervisor", "Summative"],
], widths=[2.6, 1.2, 7.0, 1.6, 2.6, 2.0], size=8.5)

heading(doc, "6.3  Assessment in each stage", 2)
para(doc, "Stage 1 (EDU7150) is assessed by the Critical Review Assignment and a portfolio component made up of CbD 1 "
     "and 2, Observed Practice (a) and ESR 1. Stage 2 (EDU7151) is assessed by the Practice Improvement Project and a "
     "portfolio component made up of CbD 3 and 4, Observed Practice (b) and (c), the MSF and ESR 2. The module mark is "
     "the mark for the written assignment; the portfolio component is marked pass or fail and must also be passed.")
para(doc, "A portfolio component is passed when the ESR is satisfactory and the workplace assessments meet "
     "expectations. One workplace assessment below expectations may be compensated by the others where the "
     "supervisor's report is satisfactory.")

heading(doc, "6.4  Review of Progress", 2)
para(doc, "At the end of each stage a Review of Progress panel (the Programme Director, the module leader, a Borough "
     "member of faculty and, at the final review, the external examiner when available) considers each trainee's "
     "ePortfolio, assessment results and ESR, and gives one of the following outcomes.")
table(doc, [
    ["Outcome", "Meaning", "What happens next"],
    ["1", "Satisfactory progress: all required assessments completed", "After Stage 1: proceed to Stage 2. At the "
     "final review: recommended to the Board of Examiners for the award"],
    ["2", "Development needs identified", "Proceed, with targeted objectives added to the Personal Learning Plan"],
    ["3", "Additional time required", "Extension of up to one term; further assessments set"],
    ["4", "Released from the programme", "Exit; credit already achieved may be transferred"],
    ["5", "Incomplete evidence", "Two weeks to supply the missing evidence; the panel reconvenes"],
], widths=[2.0, 6.2, 8.0], size=9)

heading(doc, "6.5  Award", 2)
p = para(doc, "The Postgraduate Certificate and the national award are conferred by the University's Board of Examiners "
         "on a trainee who has passed both modules (at least 50 per cent in each written assignment and a pass in each "
         "portfolio component) and received Outcome 1 at the final Review of Progress. A trainee who has passed Stage 1 "
         "only may be awarded 30 credits but not the national award.")
footnote(p, "University of Wentbridge, Assessment Regulations for Taught Postgraduate Programmes 2008-09: Section 9 "
         "(compensation within a module) and Section 14 (accreditation of prior learning).")

heading(doc, "6.6  Marking, moderation and the external examiner", 2)
p = para(doc, "Every Critical Review Assignment and Practice Improvement Project is marked by a University tutor and "
         "second-marked blind by a member of the Trust or Borough faculty who holds a Masters degree; the two markers "
         "agree a mark or refer to the module leader. The University's module team moderates a sample of at least 20 "
         "per cent of scripts across the range of marks, and all fails and distinctions.")
tracked_ins(p, " The external examiner for the programme is Dr Margaret Quayle, Reader in Special and Inclusive "
            "Education at the University of Hartsholme.", UNI, UDATE)
p.add_run(" The external examiner sees a sample of written work and ePortfolios each year and attends the Board of "
          "Examiners.")
para(doc, "Workplace assessments are kept consistent in four ways: assessor training (8.2); a calibration exercise each "
     "term, in which supervisors rate the same video-recorded case discussion and compare their ratings; one CbD for "
     "every trainee conducted by a second assessor; and a check of every trainee's ratings by the Review of Progress "
     "panel, which looks out for assessors who rate consistently high or low.")

# ----- 7 Blueprint (landscape)
land = doc.add_section(WD_SECTION.NEW_PAGE)
land.orientation = WD_ORIENT.LANDSCAPE
land.page_width, land.page_height = land.page_height, land.page_width
land.left_margin = land.right_margin = Cm(1.8)
heading(doc, "7  The assessment blueprint", 1)
para(doc, "The blueprint maps each national minimum outcome, in our own wording, to where it is developed and to the "
     "tools that assess it. A tick means the outcome is assessed by that tool. Codes are explained in 6.2; TD means "
     "teaching day.")

ROWS = [
    ("G", "Professional attributes"),
    ("PA1", "Builds fair, respectful and constructive relationships with pupils with SEN or disabilities and their "
     "families", "TD7; Attachment A", "CbD OP MSF"),
    ("PA2", "Wins the commitment of colleagues, including the head and senior team, to better outcomes for pupils with "
     "SEN", "TD6", "MSF PIP"),
    ("PA3", "Prioritises, manages own time, delegates and checks that delegated work is done", "TD6", "RL"),
    ("PA4", "Anticipates and resolves problems; makes sound, well-founded decisions about provision", "TD5, TD6",
     "CbD ESR"),
    ("PA5", "Communicates clearly in speech and writing; listens to and understands others' views", "TD1 and throughout",
     "OP MSF CRA"),
    ("PA6", "Uses research evidence and outside advice to improve own and colleagues' practice", "TD8; attachments",
     "CRA PIP"),
    ("PA7", "Keeps up to date and takes charge of own continuing professional development in SEN and disability",
     "TD1, TD8", "RL"),
    ("G", "Knowledge and understanding"),
    ("KU1", "SEN law and guidance, including the Code of Practice: what it means for the school, the SENCO and others, "
     "and putting it into practice", "TD2; e-learning unit 1", "CbD CRA"),
    ("KU2", "Every Child Matters: principles, the five outcomes and the SENCO's part in them", "TD1", "RL"),
    ("KU3", "Disability equality law and the actions it requires for disabled pupils", "TD2; e-learning unit 1", ""),
    ("KU4", "How children develop, and how development is affected by SEN, disability and the physical and social "
     "environment", "TD3; Attachment A", "CbD ESR"),
    ("KU5", "The main types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their effect on "
     "learning", "TD4, TD5", "CbD CRA"),
    ("KU6", "Critical understanding of approaches and resources for assessment, planning, teaching and learning, "
     "including ICT", "TD4, TD5", "CRA PIP"),
    ("KU7", "Principles of school self-evaluation and improvement for SEN outcomes",
     "[School Improvement Service input to be confirmed]", ""),
    ("KU8", "Best practice and research findings on meeting SEN", "TD8", "CRA"),
    ("KU9", "Scope and roles of external agencies; obtaining specialist support and resources", "TD7; Attachments A to C",
     "CbD OP"),
    ("G", "Professional skills"),
    ("PS1", "With senior colleagues and governors, influences inclusive ethos, policy, priorities and use of resources",
     "TD6", "PIP ESR"),
    ("PS2", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
     "TD4, TD5", "CbD PIP"),
    ("PS2.1", "Uses other professionals' assessments to shape teaching", "TD3, TD4; Attachment A", "CbD"),
    ("PS2.2", "Uses summative data, including national tests, to track progress and adjust programmes",
     "TD5; e-learning unit 2", "RL"),
    ("PS2.3", "Encourages colleagues to develop formative assessment, including for pupils with SEN", "TD6", "OP"),
    ("PS3", "Uses provision mapping to plan provision and find what is ineffective or missing", "TD6", "PIP"),
    ("PS4", "Deploys and manages staff to support pupils with SEN", "TD6", ""),
    ("PS5", "Supports colleagues' development: observation and feedback, modelling, coaching and mentoring, training",
     "TD7", "OP MSF"),
    ("PS6", "Reviews with colleagues how well provision is working and what to change", "TD8", "PIP"),
    ("PS7", "Makes sure pupils take part in planning, agreeing and reviewing their provision",
     "TD5; Attachment B", "RL"),
    ("PS8", "Liaises with parents and carers to promote pupils' learning and development", "TD7", "OP MSF"),
    ("PS9", "Works in partnership with other services and agencies, including voluntary organisations",
     "TD7; Attachments A to C", "CbD OP"),
]
TOOLS = ["CbD", "OP", "MSF", "CRA", "PIP", "RL", "ESR"]
hdr = ["Ref", "Outcome (our wording)", "Where developed"] + TOOLS
t = doc.add_table(rows=1, cols=len(hdr))
t.style = "Table Grid"
for j, h in enumerate(hdr):
    set_cell(t.cell(0, j), h + ("*" if h == "RL" else ""), bold=True, size=8.5, center=j >= 3)
    shade(t.cell(0, j), "D9E2F3")
for row in ROWS:
    cells = t.add_row().cells
    if row[0] == "G":
        m = cells[0].merge(cells[-1])
        set_cell(m, row[1], bold=True, size=9)
        shade(m, "F2F2F2")
        continue
    ref, text, where, tools = row
    set_cell(cells[0], ref, size=8.5)
    set_cell(cells[1], text, size=8.5)
    set_cell(cells[2], where, size=8.5)
    have = tools.split()
    for j, tool in enumerate(TOOLS):
        set_cell(cells[3 + j], "\u2713" if tool in have else "", size=9, center=True)
widths = [1.3, 10.5, 4.6] + [1.3] * 7
for r in t.rows:
    for j, w in enumerate(widths):
        r.cells[j].width = Cm(w)
para(doc, "* Reflective Log entries are formative (6.2).", italic=True, size=8.5)

# back to portrait
port = doc.add_section(WD_SECTION.NEW_PAGE)
port.orientation = WD_ORIENT.PORTRAIT
port.page_width, port.page_height = land.page_height, land.page_width
port.left_margin = port.right_margin = Cm(2.2)

# ----- 8 Supervision and faculty
heading(doc, "8  Supervision, faculty and resources", 1)
heading(doc, "8.1  Roles", 2)
bullets(doc, [
    ("Programme Director.", "Leads the programme, allocates supervisors, runs assessor training, chairs the Review of "
     "Progress panels and writes the annual programme report."),
    ("Educational supervisor.", "Each trainee has one, drawn from the Learning Support Service's advisory teachers, the "
     "Educational Psychology Service and senior CDTS clinicians with teaching experience. A supervisor has four or five "
     "trainees, meets each one every half-term, conducts the CbDs and most Observed Practice, reads the Reflective Log "
     "and writes the ESRs."),
    ("Workplace mentor.", "Named by the headteacher; supports the trainee in school, and may conduct Observed Practice "
     "after assessor training."),
    ("Attachment supervisor.", "Hosts the trainee on an attachment and signs the attachment record."),
    ("Module leader.", "Dr Rachel Eames of the University leads both modules, coordinates marking and moderation, and "
     "advises on APL claims."),
])
heading(doc, "8.2  Preparing supervisors and assessors", 2)
para(doc, "No one supervises or assesses until they have completed the programme's one-day assessor training. It covers "
     "the curriculum, the purpose and use of each assessment tool, rating against the anchored descriptors using "
     "recorded examples, giving feedback, and what to do when a trainee is struggling. Workplace mentors attend a "
     "half-day version, after which they may conduct Observed Practice. Everyone receives the Supervisor and Assessor "
     "Handbook. Supervisors attend a supervisors' meeting each term, which includes the calibration exercise, and an "
     "annual update day. The Programme Director observes each new supervisor conducting one CbD in their first term and "
     "gives feedback.")
heading(doc, "8.3  Faculty", 2)
table(doc, [
    ["Name", "Role on the programme", "Qualifications", "Current post and practice"],
    ["Judith Pelham", "Programme Director; educational supervisor", "BEd; BSc Speech and Language Therapy; MA (SEN); "
     "Cert MRCSLT", "Highly Specialist Speech and Language Therapist (education); SENCO in a Garsdale primary school "
     "1994-2001"],
    ["Dr Rachel Eames", "Module leader (University)", "BA, PGCE, MEd, PhD", "Senior Lecturer in Inclusive Education; "
     "formerly head of a learning support service"],
    ["Dr Helen Ashworth", "TD3 lead; attachment supervisor", "MB ChB, FRCPCH, DCH", "Consultant Community Paediatrician "
     "(neurodisability); Clinical Director"],
    ["Dr Kwame Mensah", "TD5 lead", "MB BS, MRCPsych", "Consultant Child and Adolescent Psychiatrist, CAMHS"],
    ["Martin Gillespie", "TD5; Attachment B", "RMN, BSc, PG Dip CBT", "Team leader, primary mental health workers"],
    ["Claire Dunmore", "TD4 (motor and sensory needs)", "BSc Occupational Therapy, MSc", "Head Occupational Therapist "
     "(children)"],
    ["Sandra Whitcombe", "TD6 lead; educational supervisor", "BEd, MA (Education)", "Head of the Learning Support "
     "Service; formerly SENCO in two secondary schools"],
    ["Peter Hollings", "TD7; educational supervisor", "BSc, PGCE, MSc Educational Psychology; CPsychol",
     "Principal Educational Psychologist"],
    ["Gill Farrar", "TD7, with parents", "Cert Ed", "Parent Partnership Officer"],
    ["Four advisory teachers", "Educational supervisors", "QTS; each holds a Masters degree in SEN or education",
     "Learning Support Service"],
], widths=[3.0, 3.6, 4.6, 5.0], size=8.5)
heading(doc, "8.4  Resources", 2)
para(doc, "Trainees are registered students of the University, with full use of its library, including electronic "
     "journals, and of Blackboard. The Birkwood Centre has a small staff library, which trainees may use on teaching "
     "days.")

# ----- 9 Quality
heading(doc, "9  Quality management", 1)
heading(doc, "9.1  Evaluation", 2)
bullets(doc, [
    "Trainees evaluate each teaching day and attachment on a short form; the Programme Director summarises the results "
    "for the faculty within two weeks.",
    "Trainees complete an end-of-stage questionnaire, and each intake takes part in a focus group in June run by an "
    "independent facilitator from the University's staff development unit.",
    "The supervisors' meetings review how the assessment tools are working.",
    "The University's annual monitoring report and the external examiner's report are external checks on standards.",
    "The Trust's clinical audit team audits the ePortfolios of a sample of trainees each year against the standards in "
    "this document (for example, the Personal Learning Plan agreed within four weeks, supervision meetings held each "
    "half-term).",
])
para(doc, "The Programme Director brings this evidence together in an annual programme report to the Joint Education "
     "Board in July. The Board agrees an action plan, which is reported to trainees and faculty in September as What "
     "you told us and what we changed, and the curriculum is revised for the next intake.")
heading(doc, "9.2  Impact", 2)
para(doc, "We measure change in trainees' competence and confidence in two ways. Every trainee repeats the Entry Needs "
     "Review at the end of the programme, so that self-rated confidence against each outcome can be compared at entry "
     "and exit, cohort by cohort; and the workplace assessment ratings show how each trainee's practice develops over "
     "the year. Both are reported in the annual programme report.")
para(doc, "The real test is whether children do better. We expect trainees' Practice Improvement Projects to benefit "
     "pupils in their schools, and the Board hopes, once two cohorts have completed, to commission a follow-up study "
     "of pupil outcomes in trainees' schools, possibly with the University's Centre for Inclusion Research.")
heading(doc, "9.3  Stakeholders", 2)
para(doc, "Before designing the programme we asked the people it is for:")
bullets(doc, [
    "a questionnaire to the SENCOs of all 96 Garsdale schools in May 2008, with 61 replies;",
    "two focus groups with headteachers, one primary and one secondary, in June 2008;",
    "a meeting of the Parent Partnership Service's parents' forum in July 2008;",
    "the Service's own analysis of the 1,040 school referrals it received in 2007-08.",
])
table(doc, [
    ["What we heard", "What we did"],
    ["SENCOs found therapy and CAMHS reports hard to turn into classroom practice (44 of 61 replies)",
     "Reading a report became a competence in Domain 4, and Attachment A includes reading a report with the clinician "
     "who wrote it"],
    ["Headteachers said that release of more than ten days would stop them nominating staff",
     "Eight teaching days and three attachment days; assessment based in the trainee's school"],
    ["Parents said review meetings felt like being told rather than asked",
     "Observed Practice (a) is a review meeting with parents, assessed on how the trainee listens and agrees actions"],
    ["A third of schools' referrals to CAMHS did not meet the service's threshold; many concerned behaviour that "
     "school-based support could manage", "TD5 covers behaviour, mental health and thresholds, and Attachment B is "
     "spent with a primary mental health worker"],
    ["SENCOs new to the role wanted help with managing teaching assistants and with data",
     "TD6 on leading provision; e-learning unit 2 on data and progress"],
], widths=[8.0, 8.2], size=9)
para(doc, "Headteachers and school colleagues are part of the programme as workplace mentors and MSF raters, Greystones "
     "School hosts attachments, and parents co-present TD7 with the Parent Partnership Officer. We would also welcome "
     "stakeholders' involvement in evaluating the programme, and the Board will consider how best to achieve this "
     "after the first intake.")

# ----- 10 Equality
heading(doc, "10  Equality and diversity", 1)
para(doc, "NHS Garsdale's Single Equality Scheme 2008-2011 and the University's equality policies apply to the "
     "programme. We want the programme to be open to every teacher who could be a good SENCO. The Birkwood Centre is "
     "fully accessible, with level access throughout, accessible toilets and parking, and an induction loop in the "
     "teaching room. Course materials are available in large print or electronically on request. The Service works "
     "every day with disabled children and their families, and the programme is designed to promote positive attitudes "
     "to disability.")

# ----- 11 Completing
heading(doc, "11  Completing training and next steps", 1)
para(doc, "Before the final Review of Progress each trainee meets their educational supervisor and headteacher to look "
     "back over the Personal Learning Plan and agree a Personal Development Plan for the following year, with two or "
     "three professional objectives and the support the school will give. Trainees receive a planning template, and "
     "the TD8 session What next? sets out the options: the University's MA in Inclusive Education, to which the "
     "Postgraduate Certificate contributes 60 of the 180 credits; the Borough's SENCO Network and its leadership "
     "programme for experienced SENCOs; the Service's specialist courses in communication and signing; and the "
     "Service's termly open clinical lectures, which former trainees may attend free. The Personal Development Plan "
     "belongs to the trainee and the school. It is not assessed.")

# ----- 12 Future
heading(doc, "12  Future developments", 1)
para(doc, "The Joint Education Board has agreed to consider three developments once the first intake has completed:")
bullets(doc, [
    "an equivalence route, in which experienced practitioners such as advisory teachers could be assessed against the "
    "outcomes without taking the training. No such route is available for the 2009-10 intake;",
    "a follow-up study of pupil outcomes (9.2);",
    "a second teaching base in the north of the borough.",
])

write_footnotes(doc)
doc.core_properties.author = "Judith Pelham"
doc.core_properties.last_modified_by = "Rachel Eames"
doc.core_properties.created = datetime(2008, 9, 22, 14, 0)
doc.core_properties.modified = datetime(2009, 1, 19, 11, 30)
doc.core_properties.revision = 23
doc.core_properties.comments = ""
doc.core_properties.title = "SENCO Award Curriculum and Assessment System v1.2"
doc.save(OUT)
print("wrote", OUT)
