"""fj-02-ingley-operational-policy: build the .docx next to this script.

Provider (invented)
-------------------
NHS Ingley (Ingley Primary Care Trust), through its provider arm's Children's
Development and Therapy Services (CDTS) at the Linden Centre child
development centre and its Education and Outreach Team (speech and language
therapists, occupational therapists, a community paediatrician, Ingley
Community CAMHS), bidding with Ingley Metropolitan Borough Council's
Children's Services (which seconds an educational psychologist as Programme
Lead) and Holmebrook University, which is to validate the award. A health-led
partnership; February 2009.

Kind of document and layout
---------------------------
A Trust operational policy, "Operational Policy: National Award for SEN
Coordination Programme" (CDTS/OP/014, version 1.0), in the NHS policy
template every clinical team uses, ratified by the Children's Services
Clinical Governance Group and sent as the application:

* a shaded one-cell "Note for the TDA approval panel" at the top;
* the policy front-sheet table (reference, version, ratified by, review date,
  lead director, target audience, related documents, equality impact
  assessment); a typed contents list;
* twenty numbered sections (Heading 1 with typed numbers) whose numbered
  paragraphs (typed "5.3", "7.6", "12.2", ...) collide with requirement ids;
* the clinical vocabulary kept on purpose: nominations are "referrals",
  acceptance and exclusion criteria, initial assessment, "Intervention",
  a DNA (did not attend) procedure, "discharged with the award";
* a definitions table, a "Monitoring compliance with this policy" table
  (NHSLA style), a references list;
* appendices: A a blank nomination (referral) form with tick boxes and
  "[date]" placeholders; B the session plan; C programme staff; D the
  outcome map in the Service's own numbering with merged group rows and a
  lettered sub-list under row 17; E the equality impact screening; F document
  history;
* page header and footer (PAGE field), nothing decisive in them;
* four Word comments by members of the Clinical Governance Group and the
  author; tracked changes by the author: a deleted sentence, an inserted
  passage and a deleted table row.

Traps (requirement ids)
-----------------------
* 3.3  not_applicable: "All teaching is face to face at the Linden Centre."
  The only online option (the University's online units with email support)
  is a deleted tracked change in 9.5.
* 2.1  Negation: "The programme does not accredit prior learning or
  experience" (7.6). A comment suggesting APL regulations be used is not part
  of the submission -> not_met.
* 2.3  met: 7.7 "Assessment without attendance" (portfolio mapped to
  Appendix D, Tasks 2 and 3, professional discussion, Examination Board).
* 6.0  The award ("discharged with the award") rests on attendance of ten of
  twelve sessions and passing three Tasks; "They are not signed off one by
  one" and uncovered outcomes "are met through attendance" (11.1). A comment
  asking whether the TDA expects sign-off is not part of the submission
  -> not_met.
* 1.9  Assessment against many outcomes through three Tasks, but outcomes no
  Task covers are "met through attendance" -> partially_met.
* 5.8  The sentence that makes it met (second marking of a one-in-four sample,
  standardisation meeting, external examiner sample) is an inserted tracked
  change; the original text had first marking by the tutor only -> met.
* 6.S2d  The outcome-map row "d" (arrangements for tests and examinations) is
  a deleted table row (tracked); a comment says the Borough will advise
  -> not_met.
* 6.A3  Absent: no row in the outcome map and nothing in the text -> not_met.
* Outcome map rows evidenced only by "Att" (attendance at a session): 6.A7,
  6.K2, 6.K7, 6.S2c -> partially_met. 6.S5 evidenced only by the Joint Visit
  Record, which "is not graded" (9.3) -> partially_met. 6.S1 is assessed in
  Task 3 but "Developed in" is "-" (no session) -> partially_met.
* 6.S6 met (Task 3 commentary evaluates the change with colleagues; the map
  row mentions school self-evaluation) although 6.K7 is attendance only.
* 5.3  met: headteacher gives disclosure number and date, confirms safer
  recruitment checks, Administrator checks every form, Trust obtains a new
  disclosure where needed (14.2, 14.3); a comment on it is not evidence.
* E.2  Level 7 is stated but the credit value is a placeholder
  "[to be confirmed at validation: 40 or 60 credits]" -> partially_met.
  E.1 met: approval to proceed and a fixed validation date, University awards.
* 1.1  Aims are "health, well-being and participation"; raising achievement
  is not an aim -> partially_met.
* 1.3  Only "reflects the best available evidence and national guidance" and
  the Service's clinical guidelines; no research or inspection evidence named
  -> partially_met.
* 2.2  Initial Learning Questionnaire used to plan sessions for the group;
  no individual plan or personalised outcomes -> partially_met.
* 2.5  "Participants are encouraged to think about what they want to do
  next" -> partially_met.
* 3.2  One September intake, fixed sequence; only twilight repeats and
  interruption -> partially_met.
* 4.1 / 4.2  Needs evidence is the Service's own referral data and what
  clinicians "have long heard"; the SENCO Forum was told of the plans and
  "comments ... were taken into account" -> partially_met for both. 4.3 met
  (Steering Group with heads, a SENCO, the Parent Carer Forum and the CAMHS
  young people's group receives the evaluation; heads' follow-up; parents
  co-deliver Session 9).
* 5.2  Acceptance on QTS, role and head's agreement "in date order"; "The
  initial assessment ... is not used for selection" -> partially_met.
* 5.5  Specialists teach, but "The programme does not include placements"
  -> partially_met.
* 5.7  Roles listed, tutors supervised; mentors get a letter and guidance
  "will be included in the Programme Handbook (Appendix G, in preparation)"
  -> partially_met.
* Blanket claim: the note to the panel says Appendix D shows where "each of
  the national minimum outcomes" is developed and evidenced, but 6.A3 has no
  row and the 6.S2d row is deleted.
* Header/footer carry only the policy reference and page number.
"""
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
OUT = HERE / "fj-02-ingley-operational-policy.docx"

# ---------------------------------------------------------------- helpers
_rev = [300]


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


def num(doc, number, text):
    """A policy paragraph with a hand-typed number."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(number + "\t" + text)
    return p


def bullets(doc, items):
    out = []
    for it in items:
        p = doc.add_paragraph(style="List Bullet")
        p.paragraph_format.left_indent = Cm(1.6)
        p.add_run(it)
        out.append(p)
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
    for i, line in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def table(doc, rows, header=True, widths=None, size=None, fill="DCE6F1", first_col_fill=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            set_cell(t.cell(i, j), val, bold=(header and i == 0) or (first_col_fill and j == 0), size=size)
            if header and i == 0:
                shade(t.cell(i, j), fill)
            elif first_col_fill and j == 0:
                shade(t.cell(i, j), first_col_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def _run_el(text, deleted=False, size=None):
    r = OxmlElement("w:r")
    if size:
        rPr = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rPr.append(sz)
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


def delete_row(row, author, date, size=None):
    """Mark a whole table row as a deleted tracked change."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _rid())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    trPr.append(d)
    for cell in row.cells:
        for p in cell.paragraphs:
            texts = "".join(r.text for r in p.runs)
            for r in list(p.runs):
                p._p.remove(r._r)
            # paragraph mark deleted too
            pPr = p._p.get_or_add_pPr()
            rPr = OxmlElement("w:rPr")
            dm = OxmlElement("w:del")
            dm.set(qn("w:id"), _rid())
            dm.set(qn("w:author"), author)
            dm.set(qn("w:date"), date)
            rPr.append(dm)
            pPr.append(rPr)
            if texts:
                el = OxmlElement("w:del")
                el.set(qn("w:id"), _rid())
                el.set(qn("w:author"), author)
                el.set(qn("w:date"), date)
                el.append(_run_el(texts, deleted=True, size=size))
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


def comment(doc, run, text, author, initials, date):
    """A Word comment dated as the reviewer made it."""
    cm = doc.add_comment(run, text=text, author=author, initials=initials)
    cm._comment_elm.set(qn("w:date"), date)
    return cm


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


AUTH = "Fiona Marsh"
ADATE = "2009-02-09T16:05:00Z"

# ---------------------------------------------------------------- document
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for lvl, size in ((1, 13), (2, 11)):
    hs = doc.styles[f"Heading {lvl}"]
    hs.font.name = "Arial"
    hs.font.size = Pt(size)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

hp = sec.header.paragraphs[0]
hp.text = "NHS Ingley  \u2013  Ingley Community Health Services"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("CDTS/OP/014  Operational Policy: SENCO Award Programme  |  Version 1.0  |  Page ")
fr.font.size = Pt(8)
add_field(fp, "PAGE")

# ----- note to the panel (shaded one-cell table)
nt = doc.add_table(rows=1, cols=1)
nt.style = "Table Grid"
c = nt.cell(0, 0)
shade(c, "EAF1DD")
set_cell(c, "Note for the TDA approval panel", bold=True)
for txt in [
    "NHS Ingley's Children's Development and Therapy Services, Ingley Metropolitan Borough Council's Children's Services "
    "and Holmebrook University submit this operational policy as their application for approval to deliver the national "
    "award for SEN coordination.",
    "Every service in the Trust works to an operational policy ratified through clinical governance, and the SENCO Award "
    "Programme is no exception. We have left the policy in the Trust's standard format, with the Clinical Governance "
    "Group's comments and the final edits still visible, so that the panel sees the document our staff will actually "
    "use. Appendix D shows where each of the national minimum outcomes is developed and evidenced.",
    "Contact: Fiona Marsh, Team Leader, Education and Outreach Team, the Linden Centre, Station Road, Ingley IG2 3LW "
    "(telephone 0113 496 0550).",
]:
    cp = c.add_paragraph()
    r = cp.add_run(txt)
    r.font.size = Pt(9.5)
doc.add_paragraph()

para(doc, "NHS Ingley", bold=True, size=16, align="right", space_after=0)
para(doc, "Ingley Community Health Services", align="right", space_after=0)
para(doc, "Children's Development and Therapy Services", align="right")
para(doc, "OPERATIONAL POLICY", bold=True, size=18, align="center", space_after=2)
para(doc, "National Award for SEN Coordination Programme", bold=True, size=14, align="center", space_after=2)
para(doc, "(the Ingley SENCO Award Programme)", align="center")

table(doc, [
    ["Policy title", "Operational Policy: National Award for SEN Coordination Programme"],
    ["Reference", "CDTS/OP/014"],
    ["Version", "1.0"],
    ["Status", "Ratified"],
    ["Ratified by", "Children's Services Clinical Governance Group"],
    ["Date ratified", "10 February 2009"],
    ["Date issued", "16 February 2009"],
    ["Review date", "February 2011, or sooner if national requirements change"],
    ["Lead director", "Director of Provider Services"],
    ["Author", "Fiona Marsh, Team Leader, Education and Outreach Team"],
    ["Target audience", "Education and Outreach Team; CDTS and CAMHS staff who teach on the programme; Holmebrook "
     "University link staff; Ingley Children's Services staff seconded to the programme; workplace mentors"],
    ["Related documents", "Safeguarding Children Policy (CP/003); Equality and Diversity Policy (HR/021); Record "
     "Keeping Policy (IG/002); Incident Reporting Policy (RM/004); CAMHS Operational Policy (CAMHS/OP/001); Holmebrook "
     "University Academic Regulations"],
    ["Equality impact assessment", "Initial screening completed (Appendix E)"],
], header=False, widths=[4.2, 12.2], size=9.5, first_col_fill="F2F2F2")

para(doc, "Contents", bold=True)
for line in [
    "1 Introduction", "2 Purpose", "3 Scope", "4 Definitions", "5 Duties and responsibilities", "6 Service model",
    "7 Referral and acceptance", "8 Initial assessment", "9 Intervention: the programme",
    "10 Non-attendance and withdrawal", "11 Completion and discharge", "12 Clinical governance and quality",
    "13 Staff supervision, training and support", "14 Safeguarding and suitability",
    "15 Equality, diversity and human rights", "16 Information governance", "17 Involving stakeholders",
    "18 Training needs arising from this policy", "19 Monitoring compliance with this policy", "20 References",
    "Appendices A to F",
]:
    para(doc, line, space_after=0, size=9.5)
page_break(doc)

# ----- 1
heading(doc, "1  Introduction", 1)
num(doc, "1.1", "NHS Ingley's Children's Development and Therapy Services (CDTS) provide community paediatrics, speech "
    "and language therapy, occupational therapy, physiotherapy and, with Ingley Community CAMHS, mental health services "
    "for children and young people aged 0 to 19 who live in the Borough of Ingley. The Linden Centre is the Service's "
    "child development centre.")
num(doc, "1.2", "The Service's Education and Outreach Team was set up in 2005 to help schools meet the needs of the "
    "children the Service sees. Until now its work with schools has been short courses, consultations and the annual "
    "Linden Lectures for school staff.")
num(doc, "1.3", "The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 require the SENCO "
    "in a maintained school to be a qualified teacher, and the Government has announced that teachers new to the role "
    "will need to gain a nationally accredited qualification. The Team, Ingley Children's Services and Holmebrook "
    "University have agreed to offer that qualification together.")
num(doc, "1.4", "This policy describes how the programme is run. It follows the layout of the Service's clinical "
    "operational policies, and keeps their words where they fit: a nomination is a referral; the cohort is the "
    "Team's caseload for the programme; and a participant who finishes is discharged, with or without the award.")

# ----- 2
heading(doc, "2  Purpose", 1)
num(doc, "2.1", "This policy sets out who the programme is for and how they are referred and accepted; what the "
    "programme consists of; how participants are assessed, supported and discharged; the responsibilities of staff; "
    "and how the quality of the programme is governed and monitored.")
num(doc, "2.2", "It is the reference document for programme staff, for the Programme Steering Group and for the "
    "University.")

# ----- 3
heading(doc, "3  Scope", 1)
num(doc, "3.1", "This policy applies to all Trust staff, Ingley Children's Services staff and Holmebrook University "
    "staff who teach, tutor, mentor, assess or administer the programme.")
num(doc, "3.2", "It does not cover the Team's other training for schools, which is governed by the Education and "
    "Outreach Team Operational Policy (CDTS/OP/009).")

# ----- 4
heading(doc, "4  Definitions", 1)
table(doc, [
    ["Term", "Meaning in this policy"],
    ["Participant", "A qualified teacher accepted onto the programme"],
    ["Referrer", "The headteacher who nominates a participant"],
    ["Tutor", "A member of the programme staff (Appendix C) responsible for a tutor group of participants"],
    ["Workplace mentor", "A senior colleague in the participant's school, named by the headteacher"],
    ["Joint visit", "A half-day visit by the participant's tutor to the participant's school (9.3)"],
    ["Task", "One of the three assessed pieces of work (9.2)"],
    ["DNA", "Did not attend"],
    ["Discharge", "The end of a participant's time on the programme"],
], widths=[4.0, 12.4], size=9.5)

# ----- 5
heading(doc, "5  Duties and responsibilities", 1)
num(doc, "5.1", "Director of Provider Services: accountable to the Trust Board for the programme; signs the partnership "
    "agreement with Ingley Metropolitan Borough Council and Holmebrook University.")
num(doc, "5.2", "Head of CDTS: makes sure the programme is staffed and resourced; chairs the Programme Steering Group.")
num(doc, "5.3", "Team Leader, Education and Outreach: manages the programme day to day; line manages the tutors; keeps "
    "the programme record; reports to the Clinical Governance Group.")
num(doc, "5.4", "Programme Lead: Dr Paul Ncube, an educational psychologist seconded for two days a week from Ingley "
    "Children's Services, is the academic lead. He designs the sessions and Tasks with the tutors, leads the initial "
    "assessment and coordinates marking.")
num(doc, "5.5", "Tutors: teach sessions; each has a tutor group of up to seven participants; hold three individual "
    "tutorials with each participant; carry out the joint visit; observe Task 3; first-mark Tasks.")
num(doc, "5.6", "Workplace mentors: support the participant in school, meet them at least once each half-term, and sign "
    "the verification sheet for Task 3.")
num(doc, "5.7", "Programme Administrator: processes referrals; checks suitability information (Section 14); keeps the "
    "attendance register; books rooms, interpreters and equipment.")
num(doc, "5.8", "Holmebrook University: validates and awards the qualification; registers participants as students; "
    "provides the Link Tutor, Dr Elaine Rutter; appoints the external examiner; holds the Examination Board.")
num(doc, "5.9", "Ingley Children's Services: seconds the Programme Lead; provides sessions from the Inclusion and "
    "Learning Support Service, the Sensory Support Service and the school improvement team; promotes the programme "
    "to schools through the Borough's SENCO Forum.")
num(doc, "5.10", "Roles are set out in job descriptions and in the Programme Handbook [Appendix G, in preparation]. "
    "All tutors are experienced clinicians or teachers who already teach adults in their present posts.")

# ----- 6
heading(doc, "6  Service model", 1)
num(doc, "6.1", "Aims. The programme aims to improve the health, well-being and participation of children and young "
    "people with special educational needs and disabilities in Ingley by equipping SENCOs to:")
bullets(doc, [
    "understand children's development and needs;",
    "make good use of the advice of health and other professionals;",
    "plan, coordinate and review support in school;",
    "work in partnership with children, families and agencies;",
    "lead colleagues in their schools.",
])
num(doc, "6.2", "Principles. The programme rests on the same principles as the Service's clinical work: the child at "
    "the centre; families as partners; practice based on evidence; working together across agencies; and respect for "
    "every child's right to be heard.")
num(doc, "6.3", "Evidence base. The content of the programme reflects the best available evidence and national "
    "guidance. Sessions are prepared by clinicians and teachers who work to the Service's clinical guidelines, which are "
    "reviewed every two years, and the content is reviewed each year by the Programme Steering Group.")
num(doc, "6.4", "Accreditation. The programme leads to the Postgraduate Certificate in Special Educational Needs "
    "Co-ordination of Holmebrook University, which carries the national award. The University's Academic Development "
    "Committee gave approval to proceed on 10 December 2008, and the validation event is fixed for 18 March 2009. The "
    "award is at Masters level (Level 7 of the Framework for Higher Education Qualifications). Its credit value is "
    "[to be confirmed at validation: 40 or 60 credits].")

# ----- 7
heading(doc, "7  Referral and acceptance", 1)
num(doc, "7.1", "Who may refer. Referrals are accepted from headteachers of maintained schools, academies and "
    "non-maintained special schools in Ingley, and from schools in neighbouring authorities by agreement.")
num(doc, "7.2", "How to refer. The headteacher completes the Nomination (Referral) Form at Appendix A and sends it to "
    "the Programme Administrator by 31 May for the September cohort. Late referrals are held for the following year.")
num(doc, "7.3", "Acceptance criteria. A referral is accepted when the nominee holds Qualified Teacher Status, is the "
    "school's SENCO or will take up the role within the school year, and has the headteacher's agreement to release "
    "them for the sessions and to name a workplace mentor. Referrals meeting these criteria are accepted in date order "
    "until the cohort of twenty is full. The initial assessment (Section 8) is not used for selection.")
num(doc, "7.4", "Exclusion criteria. The programme is not suitable for teaching assistants, higher level teaching "
    "assistants or learning mentors, who are directed to the Team's other courses, or for SENCOs who already hold a "
    "nationally accredited SENCO qualification.")
num(doc, "7.5", "Acknowledgement. The Programme Administrator acknowledges each referral within five working days and "
    "confirms the place in writing once the suitability checks in Section 14 are complete.")
p76 = num(doc, "7.6", "Prior learning. ")
r76 = p76.add_run("The programme does not accredit prior learning or experience.")
p76.add_run(" Every participant attends the sessions and completes all three Tasks, whatever their previous study.")
comment(doc, r76, "Holmebrook's APL regulations would let us give credit for earlier Masters modules. Worth "
        "adding for v1.1?", "A. Whitworth (Clinical Governance Group)", "AW", "2009-02-04T11:12:00Z")
num(doc, "7.7", "Assessment without attendance. In exceptional circumstances an experienced practitioner who already "
    "appears to meet the national outcomes, for example a teacher from the Borough's Inclusion and Learning Support "
    "Service or the SENCO of a special school, may be referred for assessment without attending the programme. The "
    "referrer writes to the Programme Lead describing the candidate's experience. If the Programme Lead agrees that "
    "the route is suitable, the candidate:")
bullets(doc, [
    "submits a portfolio of evidence mapped against the outcomes in Appendix D, with a reflective commentary;",
    "completes Tasks 2 and 3 in their own setting, including the observed parts of Task 3;",
    "attends a professional discussion of about an hour with the Programme Lead and the University Link Tutor, who "
    "test any outcome for which the written evidence is thin.",
])
num(doc, "", "The Examination Board decides the award for these candidates in the same way as for other participants. "
    "The fee for this route is set each year by the Steering Group.")

# ----- 8
heading(doc, "8  Initial assessment", 1)
num(doc, "8.1", "Before Session 1 each participant completes the Initial Learning Questionnaire, rating their "
    "confidence from 1 to 10 on each of the twelve session themes and describing their experience of the role so far.")
num(doc, "8.2", "The Programme Lead collates the questionnaires so that tutors know the group's strengths and gaps, and "
    "adjusts the emphasis of sessions accordingly. For example, if most of the cohort is confident about the law, "
    "Session 2 spends less time on it.")
num(doc, "8.3", "Tutors read their own tutees' questionnaires before the first individual tutorial.")
num(doc, "8.4", "The questionnaire is repeated at the end of the programme and six months after discharge (12.3).")

# ----- 9
heading(doc, "9  Intervention: the programme", 1)
num(doc, "9.1", "Structure. The programme runs from September to July. It consists of twelve sessions (eight full days "
    "and four twilight sessions; see Appendix B), three individual tutorials, one joint visit, and three assessed Tasks "
    "carried out in the participant's own school. Participants should expect to spend about six hours a week on "
    "reading and Tasks in addition to the sessions.")
num(doc, "9.2", "Tasks.")
bullets(doc, [
    "Task 1: Case review (3,000 words). A critical review of the provision for one pupil with complex needs, drawing on "
    "research, on the law and guidance (including the school's duties under SEN and disability equality law), and on "
    "the involvement of other agencies, including voluntary organisations. It ends with the participant's judgement on "
    "what should change and why. Submitted in January.",
    "Task 2: Pupil progress study (4,000 words). The participant plans, carries out and reviews a twelve-week "
    "intervention for three to six pupils. For each pupil they write a short developmental profile using the Session 3 "
    "framework and the assessments and advice of other professionals, and choose and justify the approach and resources, "
    "including ICT where appropriate. Before the intervention they record each pupil's baseline, using the school's "
    "attainment data (National Curriculum or P levels, national test results or a standardised test) and the Service's "
    "Participation and Well-being Scale; they review progress at six weeks, adjusting the intervention if needed, and "
    "repeat the measures at twelve weeks. They consult the pupils about the intervention and its effect, using a "
    "method suited to each pupil's communication (Session 9), and report what the pupils said and how it changed the "
    "plan. Submitted in April.",
    "Task 3: Leading change (two observed parts and a 2,000-word commentary). The participant uses the school's "
    "provision map to review how support is organised, agrees with the headteacher a change in how support is "
    "organised, including how teaching assistants and other support staff are deployed and managed, and presents the proposal to the senior team or to the governors' "
    "committee responsible for SEN. The tutor observes the presentation and a review meeting the participant holds "
    "with a pupil and the pupil's parents or carers. The commentary evaluates, with colleagues, how effective the change "
    "has been. Submitted in July.",
])
num(doc, "9.3", "Joint visits. Each participant has one joint visit in the spring term. Their tutor, usually a "
    "therapist or psychologist, spends half a day in the school: they consult together about a pupil of the "
    "participant's choice, and the tutor watches the participant give feedback to a colleague on a lesson or an "
    "intervention. The tutor records the visit on the Joint Visit Record and gives verbal feedback. The Joint Visit "
    "Record is not graded.")
num(doc, "9.4", "Specialist input. Sessions are led by the Service's specialists (paediatricians, therapists and CAMHS "
    "clinicians) and by specialist staff of Ingley Children's Services and voluntary organisations (Appendix B). "
    "Participants may also ask any of the Service's clinical leads for advice during the programme. The programme does "
    "not include placements; participants are not released to visit other settings.")
p95 = num(doc, "9.5", "Timing and flexibility. There is one intake a year, in September. Sessions follow a fixed "
          "sequence, because each builds on the one before. Each twilight session is run twice, on a Tuesday and a "
          "Thursday, and participants may attend either.")
tracked_del(p95, " Participants who cannot attend Sessions 4 and 7 may instead complete the University's online units "
            "on the same topics, with tutor support by email.", AUTH, ADATE)
p95.add_run(" All teaching is face to face at the Linden Centre, apart from Session 8, which is held at the Borough's "
            "Teachers' Centre.")
num(doc, "9.6", "Resources. Participants use:")
bullets(doc, [
    "the Linden Centre's Communication Aids and Assistive Technology Library, which lends communication aids, "
    "switch-access equipment and software (symbol writing, talking word processors, on-screen keyboards) to schools for "
    "trial, with advice from the Service's assistive technology therapist;",
    "the Team's loan collection of assessment and intervention resources, which participants may borrow for Task 2;",
    "Holmebrook University's library and online journals, as registered students of the University;",
    "the ICT suite at the Borough's Teachers' Centre, where Session 8 is held so that each participant can work on their "
    "own school's data.",
])
num(doc, "9.7", "Tailoring and value for money. The three individual tutorials are used to fit the programme to each "
    "participant: the tutor and participant agree the focus of each Task, the pupils and the change it will involve, "
    "and the pupil and colleague for the joint visit, around the participant's school and its priorities, and the "
    "tutor checks progress towards the Tasks at each tutorial. The programme is run at low cost: it uses the Trust's and "
    "the Borough's own buildings, so there are no room charges; tutors' time comes from the Team's existing education "
    "budget and the Borough's secondment; and four of the twelve sessions are twilights, so that schools lose only "
    "eight days of a teacher's time. The whole of the TDA funding for each place therefore goes on teaching, tutorials "
    "and assessment.")

# ----- 10
heading(doc, "10  Non-attendance and withdrawal", 1)
num(doc, "10.1", "Participants must attend at least ten of the twelve sessions.")
num(doc, "10.2", "A participant who misses a session completes the catch-up reading and a short written reflection set "
    "by their tutor within two weeks.")
num(doc, "10.3", "If a participant misses two sessions the tutor contacts them. A third missed session (DNA) leads to a "
    "review meeting with the participant, the headteacher and the Team Leader.")
num(doc, "10.4", "A participant who needs to interrupt, for example because of illness, maternity leave or a change "
    "of school, may rejoin the next cohort at the session after the last one they attended, keeping any Tasks already "
    "passed.")
num(doc, "10.5", "A participant who withdraws is discharged without the award, and the headteacher is informed.")

# ----- 11
heading(doc, "11  Completion and discharge", 1)
p111 = num(doc, "11.1", "A participant is discharged with the award when they have attended at least ten of the twelve "
           "sessions and passed Tasks 1, 2 and 3 at the University's pass mark, and the University's Examination Board "
           "has confirmed the result. ")
r111 = p111.add_run("The national outcomes are the programme's learning outcomes. They are not signed off one by one:")
p111.add_run(" Appendix D shows where each is developed and evidenced, and outcomes that no Task covers are met through "
             "attendance at the session concerned.")
comment(doc, r111, "Does the TDA expect each outcome to be signed off individually? Please check the "
        "specification before this goes in.", "R. Menon", "RM", "2009-02-05T09:40:00Z")
num(doc, "11.2", "End-of-programme review. At the last individual tutorial the tutor and participant look back at the "
    "Initial Learning Questionnaire. Participants are encouraged to think about what they want to do next and to "
    "discuss it with their headteacher.")
num(doc, "11.3", "Discharge letter. The Team Leader writes to each participant and headteacher on discharge confirming "
    "the outcome. A copy is kept on the programme record.")
num(doc, "11.4", "Follow-up. Six months after discharge participants and headteachers are sent the follow-up "
    "questionnaire described in 12.3.")

# ----- 12
heading(doc, "12  Clinical governance and quality", 1)
num(doc, "12.1", "Evaluation. The programme is evaluated in these ways:")
bullets(doc, [
    "participants evaluate every session on the Team's standard evaluation form; the Team Leader reviews the results "
    "each month and tutors respond to them;",
    "tutor groups give feedback at each tutorial;",
    "at the end of the programme participants complete an evaluation questionnaire, and a focus group is run by a member "
    "of the Trust's Patient and Public Involvement team who does not teach on the programme;",
    "Holmebrook University includes the programme in its annual monitoring and receives the external examiner's report;",
    "the programme is in the Trust's clinical audit programme for 2009-10, with an audit of the programme record against "
    "this policy (Section 19).",
])
num(doc, "", "The Team Leader brings this evidence together in an Annual Programme Report to the Clinical Governance "
    "Group and the Programme Steering Group each September, with an action plan. Actions are tracked at the Team's "
    "monthly meetings, and the changes made are recorded in the document history when this policy is reviewed.")
p122 = num(doc, "12.2", "Marking and moderation. Tasks are first-marked by the participant's tutor against the "
           "University's Level 7 criteria and the marking grids agreed with the Link Tutor.")
tracked_ins(p122, " At least one in four of each Task, and every fail and distinction, is second-marked by the "
            "University Link Tutor. The Programme Lead and tutors meet before each marking period to mark two "
            "anonymised pieces together and agree standards, and the University's external examiner reviews a sample "
            "of each Task.", AUTH, ADATE)
p122.add_run(" The Examination Board confirms all marks.")
num(doc, "12.3", "Measuring impact. The Annual Programme Report includes four measures:")
bullets(doc, [
    "participants' confidence: the Initial Learning Questionnaire is repeated at the end of the programme and six months "
    "after discharge, and the change in ratings on each theme is reported for the cohort;",
    "participants' competence: Task results, and the tutor's notes from the observed parts of Task 3;",
    "children's progress: every Task 2 study reports baseline and twelve-week measures for each pupil in attainment and "
    "on the Participation and Well-being Scale, and the Programme Lead collates these anonymised results across the "
    "cohort each year;",
    "headteachers' view: six months after discharge each headteacher is asked what has changed in provision, and for "
    "which pupils.",
])
num(doc, "12.4", "Incidents and complaints. Concerns about the programme are handled under the Trust's complaints "
    "procedure, and academic appeals under the University's regulations. Any incident involving a child during the "
    "programme, for example a concern raised during a joint visit, is reported through the Trust's incident reporting "
    "system and, where it is a safeguarding concern, under Section 14.")

# ----- 13
heading(doc, "13  Staff supervision, training and support", 1)
num(doc, "13.1", "Tutors receive monthly supervision from the Team Leader and continue to receive clinical or "
    "professional supervision within their own professions.")
num(doc, "13.2", "A new tutor co-delivers a session and co-marks a set of Tasks with the Programme Lead before taking a "
    "tutor group.")
num(doc, "13.3", "Workplace mentors are sent a letter explaining the programme when a participant is accepted. Fuller "
    "guidance will be included in the Programme Handbook (Appendix G, in preparation).")
num(doc, "13.4", "All programme staff are listed in Appendix C with their qualifications and current posts. Tutors keep "
    "their specialist knowledge up to date through the continuing professional development their registration requires "
    "(Health Professions Council or General Teaching Council for England) and through the Service's clinical "
    "governance programme.")

# ----- 14
heading(doc, "14  Safeguarding and suitability", 1)
num(doc, "14.1", "All Trust staff who work on the programme are checked under the Trust's recruitment policy.")
p142 = num(doc, "14.2", "")
r142 = p142.add_run("Every participant must hold a current enhanced CRB disclosure.")
p142.add_run(" The Nomination Form (Appendix A) asks the headteacher to give the disclosure number and date of issue, "
             "to confirm that the school's safer recruitment checks (including the List 99 check and references from "
             "previous employers) were completed when the participant was appointed, and to confirm that there are no "
             "current disciplinary concerns. The Programme Administrator checks every form, and no place is confirmed "
             "until this information is complete.")
comment(doc, r142, "Agreed with the Named Nurse for Safeguarding Children, 2 February.", "Fiona Marsh", "FM",
        "2009-02-06T14:30:00Z")
num(doc, "14.3", "If a participant has not worked in a post with regular contact with children in the last three "
    "months, the Trust obtains a new enhanced disclosure through its Human Resources department before the place is "
    "confirmed.")
num(doc, "14.4", "Any safeguarding concern arising during the programme is managed under the Trust's Safeguarding "
    "Children Policy (CP/003) and the procedures of the Ingley Local Safeguarding Children Board.")

# ----- 15
heading(doc, "15  Equality, diversity and human rights", 1)
num(doc, "15.1", "The programme is covered by the Trust's Equality and Diversity Policy and by the Disability Equality "
    "Schemes of the Trust and the University.")
num(doc, "15.2", "Disclosure. The Nomination Form and the Initial Learning Questionnaire both invite participants to "
    "tell us about any disability or health condition that may affect their learning, and explain that the information "
    "is confidential and used only to arrange support. Tutors raise the question again at the first tutorial.")
num(doc, "15.3", "Reasonable adjustments. Adjustments are agreed with the participant and recorded on the programme "
    "record. They are available in selection, teaching and assessment, and include: materials in large print, Braille "
    "or electronic formats; BSL/English interpreters and lipspeakers through the Trust's interpreting service; a hearing "
    "loop and accessible rooms at the Linden Centre and the Teachers' Centre; extended deadlines for Tasks; and "
    "alternative ways of carrying out the observed parts of Task 3, such as a video recording. The University's "
    "Disability Service assesses participants who may be eligible for further support.")
num(doc, "15.4", "Publicity for the programme states that disabled teachers are welcome and describes the support "
    "available. It is produced in alternative formats on request.")
num(doc, "15.5", "The initial equality impact screening is at Appendix E. Attendance, completion and results are "
    "monitored by gender, ethnicity and disability in the Annual Programme Report.")

# ----- 16
heading(doc, "16  Information governance", 1)
num(doc, "16.1", "Participants' records are kept in the programme record (paper files and the Team's secure drive) "
    "under the Trust's Record Keeping Policy.")
num(doc, "16.2", "Tasks involve information about pupils. Participants anonymise all pupil information: no pupil's "
    "name, date of birth or photograph may appear in submitted work. Parents' consent is obtained for the observed review "
    "meeting in Task 3.")
num(doc, "16.3", "Clinical information from the Service's own records is never shared with participants for the "
    "purposes of the programme.")

# ----- 17
heading(doc, "17  Involving stakeholders", 1)
num(doc, "17.1", "How the programme was shaped. The programme grew out of the Team's work with schools. The Service's "
    "referral data for 2007-08 show that half of school referrals to speech and language therapy, and a third of those "
    "to CAMHS, arrive with little information about what the school has already tried, and the Team's clinicians have "
    "long heard from SENCOs that health reports are hard to act on. Sessions 3, 5 and 6 respond to this. The proposals "
    "were presented to the Borough's SENCO Forum in November 2008, and comments from the Forum were taken into account "
    "in the final design.")
num(doc, "17.2", "Involvement in the programme. The Programme Steering Group oversees the programme. It meets each term "
    "and is chaired by the Head of CDTS. Its members are two headteachers nominated by the Ingley Headteachers' "
    "Association, a serving SENCO, a representative of the Ingley Parent Carer Forum, a member of the CAMHS Young "
    "People's Participation Group, the University Link Tutor and the Borough's Head of Inclusion. The Group receives the "
    "Annual Programme Report, discusses the evaluation findings with the Team and agrees the action plan.")
num(doc, "17.3", "Headteachers also take part as referrers, as hosts of joint visits and as respondents to the "
    "six-month follow-up (12.3). Parents from the Parent Carer Forum co-deliver Session 9 with the Parent Partnership "
    "Service, and participants' views are gathered at every session.")

# ----- 18-20
heading(doc, "18  Training needs arising from this policy", 1)
num(doc, "18.1", "Tutors and the Programme Administrator will be briefed on this policy at a team meeting in March 2009. "
    "No other training needs arise.")
heading(doc, "19  Monitoring compliance with this policy", 1)
table(doc, [
    ["Element to be monitored", "Lead", "Tool", "Frequency", "Reporting arrangements"],
    ["Referrals acknowledged within five working days; suitability checks complete before places are confirmed",
     "Programme Administrator", "Audit of the programme record", "Annual", "Clinical Governance Group"],
    ["Attendance and the DNA procedure", "Team Leader", "Attendance register", "Each session; annual summary",
     "Annual Programme Report"],
    ["Participant evaluation", "Team Leader", "Session forms; end-of-programme questionnaire; focus group",
     "Each session; annual", "Programme Steering Group"],
    ["Marking and second marking", "Programme Lead", "Marking records; external examiner's report",
     "Each marking period", "Examination Board; Programme Steering Group"],
    ["Impact on participants and pupils", "Programme Lead", "Measures in 12.3", "Annual", "Annual Programme Report"],
    ["Equality monitoring", "Team Leader", "Programme record", "Annual", "Clinical Governance Group"],
], widths=[5.0, 2.8, 3.4, 2.4, 2.8], size=8.5)
heading(doc, "20  References", 1)
for ref in [
    "Department for Education and Skills (2001) Special Educational Needs Code of Practice. London: DfES.",
    "Department for Education and Skills (2004) Every Child Matters: Change for Children. London: DfES.",
    "Department of Health and Department for Education and Skills (2004) National Service Framework for Children, "
    "Young People and Maternity Services. London: DH.",
    "Disability Discrimination Act 1995, as amended by the Disability Discrimination Act 2005.",
    "The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008.",
    "NHS Ingley (2008) Safeguarding Children Policy CP/003; Equality and Diversity Policy HR/021.",
]:
    para(doc, ref, size=9.5, space_after=2)
page_break(doc)

# ----- Appendix A: nomination form
heading(doc, "Appendix A  Nomination (Referral) Form", 1)
para(doc, "Ingley SENCO Award Programme: nomination for the September cohort. Return to the Programme Administrator, "
     "the Linden Centre, by 31 May.", italic=True, size=9.5)
table(doc, [
    ["Section 1  The nominee", ""],
    ["Name", ""],
    ["Post held", ""],
    ["School", ""],
    ["Teacher reference number", ""],
    ["Date QTS awarded", ""],
    ["Date took up (or will take up) the SENCO role", "[date]"],
    ["Section 2  Headteacher's agreement", ""],
    ["I agree to release the nominee for all twelve sessions and to name a workplace mentor.", "\u2610 Yes"],
    ["Workplace mentor (name and post)", ""],
    ["Section 3  Suitability", ""],
    ["Enhanced CRB disclosure number", ""],
    ["Date of issue", "[date]"],
    ["I confirm that the school's safer recruitment checks, including the List 99 check and references, were completed "
     "when the nominee was appointed, and that there are no current disciplinary concerns.", "\u2610 Confirmed"],
    ["Has the nominee worked in a post with regular contact with children in the last three months?",
     "\u2610 Yes   \u2610 No"],
    ["Section 4  Support (optional)", ""],
    ["Does the nominee have a disability or health condition for which support or adjustments may help? This "
     "information is confidential.", "\u2610 Yes   \u2610 No   \u2610 Prefer to discuss"],
    ["Headteacher's signature and date", "[date]"],
], header=False, widths=[10.0, 6.4], size=9)

# ----- Appendix B: sessions
heading(doc, "Appendix B  Session plan", 1)
table(doc, [
    ["No.", "Month", "Format", "Session", "Led by"],
    ["S1", "Sept", "Full day", "The SENCO, the child and Every Child Matters; the Initial Learning Questionnaire",
     "Programme Lead; Team Leader"],
    ["S2", "Sept", "Full day", "The law and the SENCO: Education Act 1996 Part IV, the SEN Code of Practice, the SEN "
     "and Disability Act 2001, the Disability Discrimination Act and the Disability Equality Duty, the SENCO "
     "Regulations; reading and writing at Masters level", "Programme Lead; University Link Tutor"],
    ["S3", "Oct", "Full day", "How children develop, and how disability, illness and the home and school environment "
     "affect development; reading a paediatric or therapy report", "Consultant Community Paediatrician; clinical "
     "psychologist"],
    ["S4", "Nov", "Twilight", "Moderate and specific learning difficulties, including dyslexia",
     "Inclusion and Learning Support Service"],
    ["S5", "Nov", "Full day", "Speech, language and communication needs; autistic spectrum disorders; communication aids "
     "and assistive technology", "Speech and language therapists; occupational therapist"],
    ["S6", "Dec", "Full day", "Behavioural, emotional and social difficulties and mental health; CAMHS tiers and "
     "thresholds; the Common Assessment Framework and the Team Around the Child; working with voluntary organisations",
     "Ingley Community CAMHS; Barnardo's Ingley Family Project"],
    ["S7", "Jan", "Twilight", "Sensory and physical needs", "Sensory Support Service; physiotherapist"],
    ["S8", "Feb", "Full day", "Assessment, tracking and intervention: identifying needs, target setting, P levels and "
     "national data, planning and reviewing interventions, and helping colleagues use formative assessment with pupils "
     "with SEN", "Inclusion and Learning Support Service; Programme Lead"],
    ["S9", "Mar", "Full day", "Children and families at the centre: working with parents and carers, Talking Mats and "
     "other ways of hearing children's views, person-centred reviews", "Parent Partnership Service with parents from "
     "the Parent Carer Forum; CAMHS participation worker"],
    ["S10", "Apr", "Full day", "Leading provision: provision mapping, deploying and managing teaching assistants, "
     "gaining colleagues' commitment, coaching and feedback", "Team Leader; Programme Lead"],
    ["S11", "May", "Twilight", "Evaluating provision and school self-evaluation", "School Improvement Adviser (Inclusion)"],
    ["S12", "June", "Twilight", "Evidence-based practice and keeping up to date: a journal club", "University Link Tutor"],
], widths=[1.1, 1.3, 1.8, 8.2, 4.0], size=8.5)
para(doc, "Twilight sessions (4.15 to 6.45 pm) are each run on a Tuesday and repeated on the Thursday.", italic=True,
     size=9)

# ----- Appendix C: staff
heading(doc, "Appendix C  Programme staff", 1)
table(doc, [
    ["Name", "Programme role", "Post", "Qualifications and experience"],
    ["Fiona Marsh", "Team Leader; tutor", "Clinical Lead Speech and Language Therapist, Education Outreach",
     "BSc (Hons) Speech Sciences; MSc Human Communication; HPC registered; 16 years with school-age children"],
    ["Dr Paul Ncube", "Programme Lead; tutor", "Senior Educational Psychologist, Ingley Children's Services "
     "(seconded 0.4)", "BA, PGCE, MSc Educational Psychology, DEdPsy; CPsychol; six years' teaching including two as a "
     "SENCO"],
    ["Dr Ravi Menon", "Sessions 3 and 6", "Consultant Community Paediatrician", "MBBS, MRCPCH, DCH"],
    ["Siobhan Kerr", "Session 6; tutor", "Team Leader, primary mental health workers, Ingley Community CAMHS",
     "RMN, BSc, MA Child and Adolescent Mental Health"],
    ["Daniel Okoro", "Session 9", "Participation Worker, Ingley Community CAMHS", "BA Youth and Community Work"],
    ["Lucy Barraclough", "Session 5; tutor", "Clinical Specialist Occupational Therapist",
     "BSc Occupational Therapy; PG Cert Sensory Integration; HPC registered"],
    ["Janet Hurst", "Sessions 4 and 8; tutor", "Senior Advisory Teacher, Inclusion and Learning Support Service",
     "BEd, MA (SEN), diploma in specific learning difficulties; SENCO 1996-2004"],
    ["Marion Tate", "Session 9", "Parent Partnership Officer, Ingley", "Fifteen years in parent partnership work"],
    ["Karen Lindsay", "Session 11", "School Improvement Adviser (Inclusion), Ingley Children's Services",
     "BA, PGCE, NPQH; former deputy headteacher"],
    ["Dr Elaine Rutter", "University Link Tutor; Session 12", "Principal Lecturer in SEN, Holmebrook University",
     "BEd, MA, PhD; former SENCO; external examiner for two SEN Masters programmes"],
], widths=[3.0, 3.2, 4.8, 5.4], size=8.5)

# ----- Appendix D: outcome map
heading(doc, "Appendix D  Outcome map", 1)
para(doc, "Where each national minimum outcome (abridged, in our wording) is developed and evidenced. Key: S1 to S12 "
     "sessions (Appendix B); T1, T2, T3 Tasks (9.2); JV Joint Visit Record (9.3); Att attendance at the session "
     "concerned.", size=9.5)
OUT_ROWS = [
    ("G", "Professional attributes"),
    ("1", "Fair, respectful and supportive relationships with pupils with SEN or disabilities and their parents or "
     "carers", "S9", "T3 (observed review meeting)"),
    ("2", "Gains the commitment of colleagues, including the headteacher and senior leaders", "S10", "T3"),
    ("3", "Anticipates and resolves problems; makes sound decisions about provision", "S6, S8", "T1"),
    ("4", "Communicates clearly in speech and writing; listens to others' views", "All sessions", "T1, T3"),
    ("5", "Uses research evidence and external advice to improve own and colleagues' practice", "S2, S12", "T1"),
    ("6", "Keeps up to date and takes responsibility for own CPD in SEN and disability", "S12", "Att"),
    ("G", "Knowledge and understanding"),
    ("7", "SEN law and guidance, including the Code of Practice; implications for the school, the SENCO and others; "
     "putting them into practice", "S2", "T1"),
    ("8", "Every Child Matters: principles, outcomes and the SENCO's part", "S1", "Att"),
    ("9", "Disability equality law and the actions it requires", "S2", "T1"),
    ("10", "How children develop; effects of SEN, disability and environment", "S3", "T2"),
    ("11", "Common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their effect on "
     "learning", "S4 to S7", "T1, T2"),
    ("12", "Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT",
     "S5, S8", "T2"),
    ("13", "School self-evaluation and improvement in relation to SEN", "S11", "Att"),
    ("14", "Best practice and research in meeting SEN", "S12", "T1"),
    ("15", "Scope and role of external agencies; obtaining specialist support", "S6, S9", "T1"),
    ("G", "Skills"),
    ("16", "With senior colleagues and governors, influences inclusive ethos, policy, priorities and use of resources",
     "\u2013", "T3 (presentation to senior team or governors)"),
    ("17", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
     "S4 to S8", "T2"),
    ("a", "uses assessments by other professionals", "S3, S5", "T2"),
    ("b", "uses summative assessments, including national tests, to track progress and adjust programmes", "S8", "T2"),
    ("c", "encourages colleagues to develop formative assessment", "S8", "Att"),
    ("DEL", "d", "identifies in good time special arrangements for tests and examinations and puts them in place", "S8",
     "T2"),
    ("18", "Uses provision mapping; identifies ineffective or missing provision", "S10", "T3"),
    ("19", "Deploys and manages staff", "S10", "T3"),
    ("20", "Supports colleagues' professional development", "S10", "JV"),
    ("21", "Reviews effectiveness of provision with colleagues, to inform the school's self-evaluation", "S11", "T3"),
    ("22", "Involves pupils in planning, agreeing and reviewing their provision", "S9", "T2"),
    ("23", "Liaises with parents and carers", "S9", "T3 (observed review meeting)"),
    ("24", "Works in partnership with other services and agencies, including voluntary organisations", "S6, S9", "T1"),
]
ot = doc.add_table(rows=1, cols=4)
ot.style = "Table Grid"
for j, h in enumerate(["No.", "National outcome (abridged)", "Developed in", "Evidenced by"]):
    set_cell(ot.cell(0, j), h, bold=True, size=9)
    shade(ot.cell(0, j), "DCE6F1")
deleted_row = None
comment_anchor = None
for row in OUT_ROWS:
    cells = ot.add_row().cells
    if row[0] == "G":
        m = cells[0].merge(cells[3])
        set_cell(m, row[1], bold=True, size=9)
        shade(m, "F2F2F2")
        continue
    if row[0] == "DEL":
        _, n, txt, dev, ev = row
        for j, v in enumerate([n, txt, dev, ev]):
            set_cell(cells[j], v, size=9)
        deleted_row = ot.rows[-1]
        continue
    n, txt, dev, ev = row
    for j, v in enumerate([n, txt, dev, ev]):
        set_cell(cells[j], v, size=9)
    if n == "18":
        comment_anchor = cells[1].paragraphs[0].runs[0]
for r in ot.rows:
    for j, w in enumerate([1.2, 9.2, 2.4, 3.6]):
        r.cells[j].width = Cm(w)
delete_row(deleted_row, AUTH, ADATE, size=9)
comment(doc, comment_anchor, "Row d taken out: exam access arrangements are not covered in S8 at present. "
        "The Borough will advise on this for next year.", "Fiona Marsh", "FM", "2009-02-09T16:02:00Z")
doc.add_paragraph()

# ----- Appendix E: EqIA
heading(doc, "Appendix E  Equality impact assessment: initial screening", 1)
table(doc, [
    ["Question", "Yes / No", "Comment"],
    ["Could the policy affect one group less or more favourably than another on the basis of race, disability, gender, "
     "age, religion or belief, or sexual orientation?", "No", "Open to all qualified teachers in the SENCO role; "
     "adjustments under 15.3"],
    ["Is there evidence that some groups are affected differently?", "No", "To be monitored through the Annual "
     "Programme Report (15.5)"],
    ["Is any impact likely to be negative?", "No", ""],
    ["Is a full impact assessment required?", "No", "Screening reviewed by the Trust's Equality and Diversity Lead, "
     "3 February 2009"],
], widths=[8.2, 2.0, 6.2], size=9)

# ----- Appendix F: history
heading(doc, "Appendix F  Document history", 1)
table(doc, [
    ["Version", "Date", "Author", "Changes"],
    ["0.1", "November 2008", "F. Marsh", "First draft for the Programme Steering Group"],
    ["0.2", "January 2009", "F. Marsh; P. Ncube", "Revised after Holmebrook approval to proceed; Tasks added"],
    ["0.3", "February 2009", "F. Marsh", "Comments from the Clinical Governance Group"],
    ["1.0", "10 February 2009", "F. Marsh", "Ratified by the Children's Services Clinical Governance Group"],
], widths=[1.6, 3.0, 3.4, 8.4], size=9)
para(doc, "Consulted: Head of CDTS; Clinical Lead, Ingley Community CAMHS; Named Nurse for Safeguarding Children; "
     "Equality and Diversity Lead; Head of Inclusion, Ingley Children's Services; Holmebrook University School of "
     "Education.", size=9)

doc.core_properties.author = "Fiona Marsh"
doc.core_properties.last_modified_by = "Fiona Marsh"
doc.core_properties.created = datetime(2008, 11, 3, 9, 0)
doc.core_properties.modified = datetime(2009, 2, 16, 10, 15)
doc.core_properties.revision = 14
doc.core_properties.comments = ""
doc.core_properties.title = "CDTS/OP/014 Operational Policy: National Award for SEN Coordination Programme"
doc.save(OUT)
print("wrote", OUT)
