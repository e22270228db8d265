"""fw-01-westhaven-approval-event-report

Provider (invented): the Ardmere Peninsula SENCO Partnership -- three small local
authorities on a peninsula (Ardmere Council, Polvenna Borough Council, Tremorva
Council) working with the University of Westhaven's Centre for Lifelong and
Outreach Learning (CLOL). Participants live up to two hours from the Westhaven
campus, so the PGCert SENCo is taught partly by video-conference ("Link
Sessions") received at four outreach centres and partly through tutors' visits
to participants' schools ("Visit Tutorials"), with three campus Study Days.

Kind of document: the UNIVERSITY QUALITY OFFICE'S REPORT OF THE JOINT APPROVAL
(VALIDATION) EVENT, held 27 November 2008, in the third person ("The panel
noted / heard / was told"), with the programme team's later response to the
conditions and the Chair's sign-off, sent by the Partnership as its submission
under a short shaded covering note.  It is the panel's narrative report, not a
response table.

Layout: shaded covering note from the programme leader; a front-sheet table of
event details; real Heading styles for the report's sections; section 5
"Findings" in hand-numbered paragraphs 5.1-5.34 grouped under the panel's own
themes, so paragraph numbers collide with requirement ids (para 5.3 is about
the curriculum, 5.5 about delivery and so on); a shaded "Outcome" box; a
conditions table with a Status column; a numbered list of advisory
recommendations; commendations; an Addendum (the team's response to conditions,
9 January 2009, and the Chair's sign-off); Appendix A (the programme as
approved: aims, a study-pattern table with merged cells, assessment table,
regulations); Appendix B, a landscape outcome map ("Where developed" / "How
assessed") with merged group rows. Header and footer with the report reference
and a PAGE field. Tracked changes by the Quality Office secretary; Word comments
by the Chair and the secretary.

Traps (requirement ids):
- APEL: a sentence offering credit for experiential learning is a tracked
  DELETION, replaced by an inserted sentence saying the regulations do not
  provide for it; only certificated prior study is credited (2.1 partially_met).
- Assessment-only route: Condition 2 asks for one; the team's response only
  says it "will bring proposals" for 2009-10, and the status is "Outstanding";
  a comment from the Chair chases it (2.3 not_met).
- Next-step planning appears only as an advisory recommendation the team has
  "noted" (2.5 not_met).
- CRB: paragraph 5.27 is about the CRB checks of tutors and outreach-centre
  hosts (wrong context); the real system for candidates is the team's response
  to Condition 1, signed off as met (5.3 met, see notes_on_met).
- Placements: the university's placements office is for its PGCE trainees'
  school placements (wrong context); for participants a special-school visit is
  optional "where time and travel allow"; a sentence making it a required day
  is a tracked deletion (5.5 partially_met; specialist expertise is met).
- In-school "Link Mentors": role "not yet written down", recommendation only
  (5.7 partially_met).
- Impact on pupils only hoped for ("hopes in future"), recommendation 5;
  participants' confidence is measured (5.9 partially_met).
- Research and inspection: a general claim that sessions use "current
  research", reading lists predate the 2001 Code, recommendation 1 (1.3
  partially_met).
- Pupil voice: one Link Session; no task asks participants to consult pupils;
  recommendation 3 (1.5 partially_met; 6.S7 partially_met).
- Equality: a general statement that university policies apply plus the
  Disability Advice Service; an access audit of outreach centres and a
  disclosure question are only recommended (3.1 partially_met).
- The team's response contains a blanket claim that "every one of the 28
  national outcomes is assessed", contradicted by Appendix B (1.9
  partially_met).
- Award rule: passing both modules, with compensation between tasks; the
  Outcome Record only "informs" the award (6.0 partially_met).
- Appendix B: 6.K4 (child development) has no row at all and a comment only
  queries it (not_met); 6.S2d row says "Not covered" -- the councils'
  Assessment Teams brief schools (not_met, another body's work); 6.A3, 6.A7
  "not separately assessed" / log not assessed, 6.S7 "not assessed", 6.K7
  "formative only" (partially_met).
- Header/footer carry only the reference and page number (no evidence).
"""
# ---------------------------------------------------------------- helpers
import datetime
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.text.run import Run

HERE = Path(__file__).resolve().parent
OUT = HERE / Path(__file__).name.replace(".build.py", ".docx")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_ids = [500]


def _nid():
    _ids[0] += 1
    return str(_ids[0])


TRACK = {"author": "Author", "date": "2009-01-12T10:00:00Z"}


def _run(text, fmt=""):
    """fmt letters: b bold, i italic, g grey, s small, u superscript, x deleted text."""
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if "b" in fmt:
        rpr.append(OxmlElement("w:b"))
    if "i" in fmt:
        rpr.append(OxmlElement("w:i"))
    if "g" in fmt:
        c = OxmlElement("w:color")
        c.set(qn("w:val"), "808080")
        rpr.append(c)
    if "s" in fmt:
        s = OxmlElement("w:sz")
        s.set(qn("w:val"), "18")
        rpr.append(s)
    if "u" in fmt:
        v = OxmlElement("w:vertAlign")
        v.set(qn("w:val"), "superscript")
        rpr.append(v)
    if len(rpr):
        r.append(rpr)
    t = OxmlElement("w:delText" if "x" in fmt else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _wrap(kind, runs, author=None, date=None):
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), _nid())
    el.set(qn("w:author"), author or TRACK["author"])
    el.set(qn("w:date"), date or TRACK["date"])
    for r in runs:
        el.append(r)
    return el


def add_segments(p, segs):
    """segs: str, or (fmt, text) where fmt may contain '+' (insertion) or '-' (deletion)."""
    if isinstance(segs, str):
        segs = [segs]
    made = []
    for s in segs:
        fmt, text = ("", s) if isinstance(s, str) else s
        if "-" in fmt:
            r = _run(text, fmt.replace("-", "") + "x")
            p._p.append(_wrap("del", [r]))
        elif "+" in fmt:
            r = _run(text, fmt.replace("+", ""))
            p._p.append(_wrap("ins", [r]))
        else:
            r = _run(text, fmt)
            p._p.append(r)
        made.append(Run(r, p))
    return made


def para(container, segs="", style=None, align=None, space_after=None, keep=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    add_segments(p, segs)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def mark_para(p, kind):
    """Mark the paragraph mark itself as inserted or deleted (kind 'ins' / 'del')."""
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    m = OxmlElement("w:" + kind)
    m.set(qn("w:id"), _nid())
    m.set(qn("w:author"), TRACK["author"])
    m.set(qn("w:date"), TRACK["date"])
    rpr.append(m)
    ppr.append(rpr)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_write(cell, segs, fmt_all=""):
    """Write into a cell; segs may be a list of paragraphs separated by '\n\n' in a str."""
    cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p) if cell.paragraphs and not cell.paragraphs[0].text and len(cell.paragraphs) == 1 else None
    if isinstance(segs, str):
        parts = segs.split("\n\n")
        for part in parts:
            p = cell.add_paragraph()
            add_segments(p, [(fmt_all, part)] if fmt_all else [part])
    else:
        p = cell.add_paragraph()
        add_segments(p, segs)
    return cell


def table(container, rows, widths=None, header=True, head_fill="D9D9D9", style="Table Grid"):
    t = container.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            c = t.cell(i, j)
            cell_write(c, val, "b" if (header and i == 0) else "")
            if header and i == 0 and head_fill:
                shade(c, head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def boxed(container, paras, fill="EDEDED"):
    """A one-cell shaded table holding paragraphs (list of segs lists)."""
    t = container.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    first = True
    for segs in paras:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        add_segments(p, segs)
    return t


def delete_row(row):
    """Mark a table row and all its text as a tracked deletion."""
    trpr = row._tr.get_or_add_trPr()
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _nid())
    d.set(qn("w:author"), TRACK["author"])
    d.set(qn("w:date"), TRACK["date"])
    trpr.append(d)
    for r in row._tr.iter(qn("w:r")):
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        parent = r.getparent()
        if parent.tag != qn("w:del"):
            wrap = _wrap("del", [])
            parent.replace(r, wrap)
            wrap.append(r)


def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)


def page_field(p):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def landscape(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    if w < h:
        sec.page_width, sec.page_height = h, w
    return sec


def portrait(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    w, h = sec.page_width, sec.page_height
    if w > h:
        sec.page_width, sec.page_height = h, w
    return sec


class Footnotes:
    CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def ref(self, p, text):
        n = len(self.notes) + 1
        self.notes.append((n, text))
        r = parse_xml(f'<w:r xmlns:w="{W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                      f'<w:footnoteReference w:id="{n}"/></w:r>')
        p._p.append(r)

    def save(self):
        from xml.sax.saxutils import escape
        body = (f'<w:footnotes xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for n, text in self.notes:
            body += (f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
        body += "</w:footnotes>"
        part = Part(PackURI("/word/footnotes.xml"), self.CT, body.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def text_box(p, paras, width_pt=430, height_pt=120):
    """A VML text box (w:pict) anchored inline in paragraph p; paras: list of plain strings (first bold)."""
    from xml.sax.saxutils import escape
    inner = ""
    for i, s in enumerate(paras):
        b = "<w:rPr><w:b/></w:rPr>" if i == 0 else ""
        inner += f'<w:p><w:r>{b}<w:t xml:space="preserve">{escape(s)}</w:t></w:r></w:p>'
    xml = (f'<w:r xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           f'<v:shape id="tb{_nid()}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" '
           f'fillcolor="#F2F2F2" strokecolor="#404040"><v:textbox><w:txbxContent>{inner}</w:txbxContent>'
           f'</v:textbox></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))


def h(doc, text, level=1):
    return doc.add_heading(text, level=level)
# ---------------------------------------------------------------- end helpers

TRACK["author"] = "Kate Tregear (Quality Office)"
TRACK["date"] = "2009-01-12T09:30:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

hp = sec.header.paragraphs[0]
hp.text = "University of Westhaven  |  Quality Office  |  Approval event report QO/AE/08/31"
fp = sec.footer.paragraphs[0]
fp.text = "QO/AE/08/31  Final report incorporating the response to conditions  |  Page "
page_field(fp)

boxed(doc, [
    [("b", "Note to the TDA approval panel")],
    ["The Ardmere Peninsula SENCO Partnership sends the University's report of our joint approval event, "
     "with the team's response to the conditions and the Chair's sign-off, as the main part of our application. "
     "We have not written a separate narrative: the report records what the University's panel tested and what we "
     "told it, and Appendix A sets out the programme as approved. Appendix B is the outcome map the panel asked us "
     "to add. Queries to Dr Morwenna Pascoe, Programme Leader, CLOL, University of Westhaven."],
    [("i", "Morwenna Pascoe, 21 January 2009")],
])
para(doc, "")

para(doc, [("b", "UNIVERSITY OF WESTHAVEN")], align="c")
t = doc.add_heading("Report of the Joint Approval Event", level=0)
para(doc, [("b", "Postgraduate Certificate in Special Educational Needs Coordination (PGCert SENCo)")], align="c")
para(doc, "")

table(doc, [
    ["Item", "Detail"],
    ["Programme", "Postgraduate Certificate in Special Educational Needs Coordination (PGCert SENCo)"],
    ["Awarding body", "University of Westhaven"],
    ["Delivering partners", "Centre for Lifelong and Outreach Learning (CLOL), University of Westhaven; Ardmere Council; Polvenna Borough Council; Tremorva Council (together the Ardmere Peninsula SENCO Partnership)"],
    ["Credit and level", "60 credits at Level 7 of the University Credit Framework (masters level)"],
    ["Mode", "Part-time; taught by video-conference to four outreach centres, by tutor visits to participants' schools and on three campus Study Days"],
    ["Event type", "Joint approval of a new collaborative programme"],
    ["Date and place of event", "27 November 2008, Boardroom, Tregothnan Building, Westhaven campus, with a video-conference link to Porthkennow Learning Centre and St Ewyn Community College for meeting 3"],
    ["Report status", "Final. Conditions 1 and 3 signed off 16 January 2009. Condition 2 outstanding."],
    ["Secretary", "Kate Tregear, Quality Office"],
], widths=[4.5, 12])

h(doc, "1. The panel", 1)
table(doc, [
    ["Role", "Name", "Post"],
    ["Chair", "Professor Graham Lusk", "Pro Vice-Chancellor (Academic Quality), University of Westhaven"],
    ["Internal member", "Dr Yvonne Retallick", "Principal Lecturer, School of Health and Social Care"],
    ["External academic", "Dr Ian Medlyn", "Reader in Inclusive Education, Haddon University"],
    ["External practitioner", "Carol Jory", "SENCO and Assistant Head, Trelowen Primary School (outside the peninsula)"],
    ["Student member", "Luke Varcoe", "Students' Union postgraduate officer"],
    ["Secretary", "Kate Tregear", "Quality Officer"],
], widths=[3.5, 4.5, 8.5])

h(doc, "2. Meetings held", 1)
para(doc, "The panel held four meetings during the day.")
table(doc, [
    ["Meeting", "With", "Where"],
    ["1", "Senior staff of the Partnership: Director of CLOL (Professor Alison Hocking); Assistant Director (Inclusion), Ardmere Council (Neil Trebilcock); Principal Educational Psychologist, Polvenna Borough Council (Peter Rowe); Head of Learning Support Service, Tremorva Council (Sue Angove)", "Boardroom"],
    ["2", "The programme team (see Appendix A, part A6)", "Boardroom"],
    ["3", "Seven SENCOs who took part in the 2007-08 unaccredited pilot, three headteachers and the manager of the Polvenna Parent Partnership Service", "By video-conference from Porthkennow and St Ewyn"],
    ["4", "CLOL's learning technologist, the outreach centres' coordinator and a subject librarian, with a demonstration of a Link Session", "Video-conference suite, Westhaven"],
], widths=[1.8, 11, 3.7])

h(doc, "3. Documents received", 1)
for s in [
    "Programme specification and regulations (draft 4, October 2008)",
    "Module descriptors SEN701 and SEN702",
    "Partnership Handbook for participants (draft)",
    "Report of the Peninsula SENCO Needs Survey, January 2008",
    "Evaluation of the 2007-08 unaccredited pilot",
    "Staff curricula vitae",
    "Resources statement, including the video-conference network and library services for distant students",
    "Draft Memorandum of Co-operation between the University and the three councils",
]:
    para(doc, s, style="List Bullet")

h(doc, "4. Background", 1)
para(doc, "4.1  The three councils of the Ardmere peninsula are among the smallest education authorities in England. Between them they maintain 141 schools, 97 of them primary schools with fewer than 100 pupils on roll. The furthest schools are two hours by road from the Westhaven campus, and for some the journey depends on the Carn Ferry. Until 2008 new SENCOs attended each council's own induction course, of between three and six twilight sessions, with no accreditation.")
para(doc, "4.2  In 2007-08 the councils and CLOL ran an unaccredited pilot for fourteen SENCOs, testing whether a course could be taught mainly by video-conference to outreach centres, with tutors travelling to schools instead of SENCOs travelling to the University. The proposal before the panel builds on that pilot and is intended to become the Partnership's route to the national award for SENCOs, for which the Partnership will apply to the Training and Development Agency for Schools.")
para(doc, "4.3  The programme is a 60-credit Postgraduate Certificate made up of two 30-credit modules: SEN701 Coordinating SEN: Law, Policy and the Inclusive School, and SEN702 Leading Provision for Learning. It is described in Appendix A.")

h(doc, "5. Findings", 1)
para(doc, "The panel's discussions are recorded under its own themes. Paragraph numbers are the report's own.")

h(doc, "Rationale and the needs of schools", 2)
para(doc, "5.1  The panel read the report of the Needs Survey, sent to all 141 schools in autumn 2007 (96 returns, and a further 38 responses from SENCOs at the three councils' SENCO forums). Schools' chief concerns were the time and cost of travel, release from class for SENCOs who also teach full time, and the lack of any local accredited route. The priorities SENCOs gave for content were autistic spectrum disorders, speech, language and communication needs, provision mapping, and managing teaching assistants.")
para(doc, "5.2  The panel heard from the headteachers in meeting 3 that they had asked for no more than three days out of school in the year. The team explained that this request shaped the design: teaching is in twilight Link Sessions received at an outreach centre within 40 minutes of each school, and only the three Study Days need supply cover, which the councils pay. The SENCO forums' priorities became the four specialist Link Sessions (5 to 8 in Appendix A), and provision mapping was moved from the optional list into SEN702 at the forums' request. The Parent Partnership manager told the panel that her service had asked for a session on working with families, and that she will co-teach it.")
para(doc, "5.3  The panel was satisfied that the aims of the programme are directed at the achievement and well-being of children and young people with SEN and/or disabilities, expressed in terms of the five Every Child Matters outcomes, and that the Practice Enquiry in SEN702 requires participants to show the effect of a change in provision on pupils' learning or well-being.")

h(doc, "Curriculum", 2)
para(doc, "5.4  SEN701 covers the legal and policy framework: the Education Act 1996, the SEN Code of Practice (2001), the Special Educational Needs and Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005 and the disability equality duty, Every Child Matters, Removing Barriers to Achievement (2004) and the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008. Participants apply it in Task 1, a review of their own school's SEN policy and its practice against the law and the Code.")
para(doc, "5.5  The panel explored how far the curriculum reflects recent research and inspection evidence. The team said that Link Sessions draw throughout on current research. The panel found the module reading lists thin on recent work: several of the key texts predate the 2001 Code, and the team could not say where inspection evidence is used in the modules. The panel makes a recommendation (recommendation 1).")
para(doc, "5.6  Working with colleagues is well developed. Every participant leads a development session for staff in their own school and collects feedback for the Practice Portfolio, and participants meet in SENCO Cluster Groups of four or five, linked by video-conference between Link Sessions, to share casework and plan joint training. Educational psychologists, the councils' specialist teachers and a speech and language therapist from the primary care trust teach in the specialist Link Sessions, and participants are expected to arrange at least one joint planning meeting with an outside professional for the Portfolio.")
para(doc, "5.7  Working with parents and carers is taught in Link Session 8, Working with Families, co-taught by the Polvenna Parent Partnership Service, and assessed: the Portfolio must include the participant's record of a review meeting they led with parents, with a reflective commentary, and the SEN701 Case Presentation asks how the family's views were sought.")
para(doc, "5.8  The panel asked how participants learn to consult children and young people. Pupils' views are discussed in Link Session 7, Hearing the Child. No task asks participants to consult pupils, and the panel heard from one of the pilot SENCOs that the pilot had not required it. The panel makes a recommendation (recommendation 3).")

h(doc, "Admission, prior learning and needs assessment", 2)
para(doc, "5.9  Applicants must hold Qualified Teacher Status, work in a maintained school or academy on the peninsula, and be the school's SENCO or be designated to take up the role within the year. They apply with a Nomination Form signed by their headteacher, who commits to at least half a day a fortnight of SENCO time and to releasing the participant for Study Days.")
para(doc, "5.10  Before a place is confirmed each applicant completes the Starting Point Profile, a self-assessment against each of the national outcomes on a four-point scale with a short example of practice for each. The Programme Leader reads every Profile with the Nomination Form. Where an applicant appears unlikely to meet the outcomes within the year (for example a newly qualified teacher with no responsibility for SEN), the Programme Leader telephones the headteacher, and the applicant is offered a place on the councils' SENCO Foundations twilight course and a deferred start in September.")
p = para(doc, "5.11  ")
add_segments(p, [
    "Applicants with certificated study at masters level in SEN within the last five years may claim credit for up to 30 credits (normally against SEN701) under the University's Accreditation of Prior Certificated Learning procedures. ",
    ("-", "Experiential learning may also be credited through a reflective claim mapped to the national outcomes. "),
    ("+", "The programme's regulations do not provide for the accreditation of experiential learning. "),
    "Claims are considered by the Programme Leader and confirmed by the Faculty APL Panel.",
])
para(doc, "5.12  At the first Visit Tutorial, in the participant's school, the tutor and participant agree an Individual Learning Plan from the Starting Point Profile. It names the outcomes on which the participant will concentrate, the optional Link Session strands they will follow and the focus of the Practice Enquiry, and it is reviewed at each later visit. The panel saw three anonymised plans from the pilot and found them specific and personal.")
p = para(doc, "5.13  The panel asked whether an experienced SENCO or a specialist teacher who already meets the outcomes could be assessed without following the programme. The team said that this had not been decided. The panel sets a condition (condition 2).")
comment(doc, p.runs[-1:], "This is the one the TDA will look at. Please chase the team before the application goes.", "Graham Lusk", "GL")

h(doc, "Delivery, video-conferencing and distance", 2)
para(doc, "5.14  The panel watched part of a Link Session from the video-conference suite, received live at Porthkennow, St Ewyn, Carn Dhu and Helwith. Each outreach centre has a two-way room with a camera that can be directed at the speaker, a document camera and a trained Centre Host who runs the equipment and keeps the register. Participants at each centre took part in a paired task and reported back to the other centres; the panel was impressed by how naturally the centres questioned one another.")
para(doc, "5.15  Between Link Sessions participants use WestNet, the University's Blackboard site. Each module has a discussion board that tutors read and answer on Mondays and Thursdays; the Cluster Groups have private areas; and tutors hold a video-conference surgery on Thursday evenings, bookable from any outreach centre or from a school with a desktop link. Recordings of Link Sessions are placed on WestNet within two days for participants who miss one.")
para(doc, "5.16  The programme has two entry points, January and September, and the modules may be taken in either order, so a participant who starts in September takes SEN702 first. A participant who cannot reach an outreach centre on a Link Session evening may join from the campus or, with the technologist's help, from their own school. The panel considered this flexibility a strength.")
para(doc, "5.17  The team explained that tutors, rather than participants, do the travelling: each participant has four Visit Tutorials a year in their own school, each of about two hours, in which the tutor observes the participant at work where appropriate, reviews the Individual Learning Plan and discusses the Portfolio.")
p = para(doc, "5.18  Specialist expertise is available through the councils' educational psychology services, the sensory support teachers, the autism outreach team and the primary care trust's speech and language therapists, all of whom teach on the programme. Participants may visit a special school or resource base where time and travel allow, and the programme team keeps a list of willing settings. ")
add_segments(p, [("-", "Every participant will spend a day in a special school or resource base, arranged by the Partnership.")])
para(doc, "5.19  The panel asked about placements. The team referred to the University's Placements Office, which arranges school placements for around 400 PGCE trainees each year and has agreements with all three councils. It was not clear to the panel how that office would serve participants on this programme.")

h(doc, "Assessment", 2)
para(doc, "5.20  Assessment is set out in Appendix A. SEN701 is assessed by Task 1, the Policy Review (4,000 words), and a 20-minute Case Presentation given by video-conference to a tutor and the participant's centre group. SEN702 is assessed by Task 2, the Practice Enquiry (6,000 words), and the Practice Portfolio (pass/fail). The programme ends with a 30-minute Professional Review by video-conference with a tutor and a second assessor, at which the participant's Outcome Record is reviewed.")
para(doc, "5.21  All tasks are marked against published criteria at masters level. A quarter of written work, and every fail, is second marked. The team holds a moderation meeting after each submission at which tutors from all four outreach centres mark a common sample, and the External Examiner sees a sample of every task, including recorded Case Presentations. The panel was concerned that Case Presentations given at different centres might be judged differently and sets a condition (condition 3).")
para(doc, "5.22  The panel examined the outcome map and found it incomplete at the event; the team undertook to add it (see Appendix B). The panel noted that the regulations allow a mark between 40 and 49 in one task to be compensated by the other task in the same module.")

h(doc, "Staffing and resources", 2)
para(doc, "5.23  The Programme Leader, Dr Morwenna Pascoe, was a SENCO for nine years and an SEN adviser to Ardmere Council before joining CLOL; her doctorate concerned inclusion in small rural schools. The tutors include the councils' SEN advisers and specialist teachers and a senior educational psychologist, all currently in practice, and each holds a masters qualification or is working towards one. CVs were provided and the panel found the team well qualified.")
para(doc, "5.24  New tutors attend the University's Introduction to Teaching in Higher Education and CLOL's one-day workshop on teaching by video-conference, and all tutors meet each term to plan and to mark together. A Tutor Handbook sets out the duties of tutors and Centre Hosts.")
para(doc, "5.25  Headteachers nominate a Link Mentor in school, normally the head or a deputy, who meets the participant each half term. The panel noted that the Link Mentor's role is not yet written down and that Link Mentors have had no briefing. The panel makes a recommendation (recommendation 2).")
para(doc, "5.26  Resources are sufficient. Each outreach centre has its video-conference room and a loan box of assessment materials and assistive technology (including reading and spelling tests, a speech-to-text package and a set of communication aids). Distant students may borrow books by post at no charge and have Athens access to the University's electronic journals. The subject librarian teaches a Link Session on finding and using research.")
para(doc, "5.27  The panel was told that all tutors who visit schools, and the Centre Hosts, hold enhanced disclosures from the Criminal Records Bureau obtained through the University or their council. The panel asked what checks are made on participants and sets a condition (condition 1).")

h(doc, "Quality and evaluation", 2)
para(doc, "5.28  The programme falls under the University's annual monitoring. Participants evaluate every Link Session by a short online form and each module by questionnaire; Centre Hosts log technical failures; the External Examiner reports each year; and the team writes an annual monitoring report with an action plan, which goes to the Faculty Quality Committee and to the Partnership's Steering Group.")
para(doc, "5.29  The Steering Group is chaired in turn by the three councils' Assistant Directors and includes two headteachers, a SENCO from the pilot cohort and the Parent Partnership manager. It meets each term, receives the monitoring report and the External Examiner's report, agrees the action plan and reports to the councils' Children's Trust partnerships. Headteachers are surveyed each summer about the effect of the programme on their schools, and the results go to the Steering Group.")
para(doc, "5.30  The team measures participants' confidence by asking them to complete the Starting Point Profile again at the Professional Review and comparing the two ratings. The team hopes in future to track the progress of pupils whose provision participants change, but has not yet decided how. The panel makes a recommendation (recommendation 5).")

h(doc, "Equality and access", 2)
para(doc, "5.31  The team confirmed that the University's Equality and Diversity Policy and its Disability Policy apply to all students on collaborative programmes, and that participants may contact the University's Disability Advice Service. The panel noted that the outreach centres are not University premises and makes a recommendation (recommendation 4).")

h(doc, "The end of the programme", 2)
para(doc, "5.32  The panel asked what happens when participants complete. The team said that the Professional Review concentrates on the Outcome Record and that completing SENCOs are welcome at the councils' SENCO forums. The panel makes a recommendation (recommendation 6).")
para(doc, "5.33  The panel commends the pilot SENCOs' accounts of changes they had made in their schools, several of which had already altered provision for particular pupils.")
para(doc, "5.34  Students will be registered with the University and will have full access to its student services.")

h(doc, "6. Outcome", 1)
boxed(doc, [
    [("b", "Outcome of the event")],
    ["The panel recommends to the Academic Standards Committee that the Postgraduate Certificate in Special Educational Needs Coordination be approved for five years from January 2009, for delivery by the University with the Ardmere Peninsula SENCO Partnership, subject to the conditions below, and commends the recommendations to the team."],
], fill="DEEAF6")

h(doc, "7. Conditions", 1)
ct = table(doc, [
    ["No.", "Condition", "Deadline", "Status"],
    ["1", "Set out the procedure by which the Partnership verifies that every participant accepted has a current enhanced CRB disclosure and has had the other checks required for work with children.", "9 January 2009", ""],
    ["2", "Provide an assessment-only route for suitably experienced candidates, with its procedure and fee.", "9 January 2009", "Outstanding"],
    ["3", "Show how Case Presentations given at different outreach centres will be moderated.", "9 January 2009", ""],
], widths=[1.2, 9.5, 2.8, 3])
for i in (1, 3):
    c = ct.cell(i, 3)
    add_segments(c.paragraphs[-1], [("+", "Met. Signed off by the Chair, 16 January 2009")])

h(doc, "8. Recommendations", 1)
para(doc, "The following are advisory. The team will report on them in its first annual monitoring report.")
for s in [
    "Update the module reading lists and show where recent research and inspection findings are used in teaching.",
    "Write down the role of the Link Mentor and brief Link Mentors before the first cohort starts.",
    "Consider building the consultation of pupils into Task 2.",
    "Consider an access audit of the four outreach centres and a question on the Nomination Form inviting applicants to tell the team about a disability.",
    "Consider how the effect of participants' work on pupils' progress might be measured.",
    "Consider building a discussion of each participant's next professional steps into the Professional Review.",
]:
    para(doc, s, style="List Number")

h(doc, "9. Commendations", 1)
for s in [
    "The design of the programme around the geography of the peninsula, so that tutors travel rather than SENCOs.",
    "The quality of the Link Session the panel observed and the confidence of the Centre Hosts.",
    "The Individual Learning Plans seen from the pilot.",
]:
    para(doc, s, style="List Bullet")

h(doc, "Addendum: the team's response to the conditions", 1)
para(doc, [("i", "Received 9 January 2009 from Dr Morwenna Pascoe on behalf of the programme team.")])
para(doc, [("b", "Condition 1. ")], space_after=2)
para(doc, "The Nomination Form now includes a declaration by the headteacher that the applicant holds a current enhanced CRB disclosure, with its date and number, that the applicant has been checked against List 99, that references were taken from previous employers, and that there are no current disciplinary proceedings. The CLOL administrator checks every declaration before a place is confirmed and does not confirm a place without one. An applicant who has not worked in a school or college in a post with regular contact with children in the last three months must obtain a new enhanced disclosure through the University's Human Resources department before starting. The declaration is kept on the participant's file and checked again at the start of SEN702.")
para(doc, [("b", "Condition 2. ")], space_after=2)
para(doc, "The team accepts the condition. The councils have few SENCOs with long experience who have not already trained, and the team will bring proposals for an assessment-only route to the Steering Group for the 2009-10 review.")
para(doc, [("b", "Condition 3. ")], space_after=2)
para(doc, "Every Case Presentation is recorded by the Centre Host. At the moderation meeting after each presentation round, tutors from all four centres view and mark a sample of recordings (at least two from each centre and every borderline or fail), and the External Examiner receives a further sample of recordings with the written work.")
para(doc, "The team adds that the outcome map is now attached as Appendix B and that every one of the 28 national outcomes is assessed.")
para(doc, [("b", "Chair's sign-off: "), "Conditions 1 and 3 met, 16 January 2009. Condition 2 remains outstanding. G. Lusk."])

doc.add_page_break()
h(doc, "Appendix A. The programme as approved", 1)
h(doc, "A1 Aims", 2)
para(doc, "The programme aims to improve the achievement and well-being of children and young people with SEN and/or disabilities in the schools of the peninsula, in all five Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being), by developing the knowledge, understanding and skills that teachers need to lead the coordination of provision in their schools.")
h(doc, "A2 Study pattern", 2)
sp = table(doc, [
    ["Term", "Link Sessions (video-conference, Tuesdays 4.15 to 6.30)", "Other contact"],
    ["Spring (SEN701)", "1 The SENCO's role and the law\n\n2 The Code of Practice in a small school\n\n3 Disability equality in practice\n\n4 Every Child Matters and the SENCO", "Study Day 1 (campus): Managing the role. Visit Tutorial 1 and 2. Case Presentation (by video-conference)"],
    ["Summer (SEN702)", "5 Autism and communication\n\n6 Specific learning difficulties and dyslexia\n\n7 Hearing the Child; behaviour, emotional and social needs\n\n8 Working with Families", "Study Day 2 (campus): Provision mapping and deploying support staff. Visit Tutorial 3"],
    ["Summer (SEN702)", "9 Self-evaluation and improvement for SEN\n\n10 Finding and using research", "Study Day 3 (campus): Leading learning, presenting enquiries. Visit Tutorial 4. Professional Review (by video-conference)"],
], widths=[3, 8, 5.5])
a = sp.cell(2, 0)
b = sp.cell(3, 0)
m = a.merge(b)
for p in m.paragraphs[1:]:
    p._p.getparent().remove(p._p)
para(doc, "Participants starting in September take the summer-term sessions in the autumn term and SEN701 in the spring.")
h(doc, "A3 Assessment", 2)
table(doc, [
    ["Module", "Task", "Weighting"],
    ["SEN701", "Task 1 Policy Review (4,000 words)", "70%"],
    ["SEN701", "Case Presentation by video-conference (20 minutes with questions)", "30%"],
    ["SEN702", "Task 2 Practice Enquiry (6,000 words): a change in provision led by the participant in their school, and an evaluation of its effect", "100%"],
    ["SEN702", "Practice Portfolio, including the Outcome Record, the staff session, the record of a review meeting with parents and the Visit Tutorial notes", "Pass/fail"],
    ["Both", "Professional Review by video-conference (30 minutes)", "Pass/fail"],
], widths=[2.2, 11.3, 3])
h(doc, "A4 The award", 2)
para(doc, "The Postgraduate Certificate is awarded to a participant who passes both modules, the Practice Portfolio and the Professional Review. The pass mark for each task is 50%; a mark of 40 to 49 in one task may be compensated within the module. The Outcome Record, kept by the participant and signed by the tutor at each Visit Tutorial, is reviewed at the Professional Review to inform the award.")
h(doc, "A5 Fees", 2)
para(doc, "The fee is £1,650 for the programme. For 2009 and 2010 the three councils pay the fee for every SENCO they nominate, from their Standards Fund allocations, together with supply cover for the three Study Days and travel to the campus. The councils calculate that teaching by video-conference saves about £210 per participant in travel and cover compared with a campus-taught course.")
h(doc, "A6 Programme team", 2)
table(doc, [
    ["Name", "Role", "Background"],
    ["Dr Morwenna Pascoe", "Programme Leader (CLOL)", "Former SENCO and SEN adviser; PhD (inclusion in small rural schools)"],
    ["Jenna Kitto", "Tutor (Ardmere Council)", "SEN adviser; MA Special and Inclusive Education"],
    ["Peter Rowe", "Tutor (Polvenna Borough Council)", "Principal Educational Psychologist; DEdPsy"],
    ["Sue Angove", "Tutor (Tremorva Council)", "Head of Learning Support Service; MEd; specialist teacher (dyslexia)"],
    ["Alan Trewin", "Tutor", "Teacher of the deaf, sensory support service; MA"],
    ["Rachel Dunstan", "Tutor", "Autism outreach teacher; studying for MA Autism"],
    ["Helen Bawden", "Contributor", "Speech and language therapist, Ardmere Primary Care Trust"],
    ["Dr Farida Okafor", "External Examiner", "Senior Lecturer in Inclusive Education, Eastfield University"],
], widths=[3.8, 4.8, 7.9])

landscape(doc)
h(doc, "Appendix B. Outcome map", 1)
para(doc, "Added after the event at the panel's request. The outcome wording is shortened.")
rows = [["National outcome", "Where developed", "How assessed"]]
groups = {
    "Professional attributes": [
        ["Fair, respectful relationships with pupils and their parents or carers", "Link Sessions 7 and 8", "Portfolio: record of review meeting with parents; Visit Tutorial observation"],
        ["Gaining the commitment of colleagues, including the head and senior leaders", "Study Day 3; Visit Tutorials", "Task 2 (securing agreement for the change); Portfolio: staff session"],
        ["Prioritising, managing time and delegating", "Study Day 1, Managing the role", "Not separately assessed"],
        ["Anticipating and resolving problems; sound judgement on provision", "Link Session 2; Cluster Group casework", "Case Presentation"],
        ["Clear speech and writing; listening to others", "Throughout", "All written tasks; Case Presentation; Professional Review"],
        ["Using research and external advice to improve practice", "Link Session 10", "Task 2 literature review"],
        ["Keeping up to date and taking responsibility for own CPD", "Throughout; reflective log on WestNet", "The log is not assessed"],
    ],
    "Professional knowledge and understanding": [
        ["SEN law and guidance, including the Code of Practice", "Link Sessions 1 and 2", "Task 1"],
        ["Every Child Matters and the SENCO's part", "Link Session 4", "Task 1"],
        ["Disability equality law and the actions it requires", "Link Session 3", "Task 1"],
        ["The common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD)", "Link Sessions 5, 6 and 7", "Case Presentation"],
        ["Approaches, strategies and resources, including ICT", "Link Sessions 5 and 6; loan boxes", "Task 2"],
        ["School self-evaluation and improvement", "Link Session 9", "Formative only: feedback on a draft self-evaluation summary"],
        ["Best practice and research in meeting SEN", "Link Session 10", "Task 2"],
        ["External agencies and specialist support", "Link Sessions 5 to 7; joint planning meeting", "Portfolio: joint planning record; Case Presentation"],
    ],
    "Professional skills": [
        ["Strategic development of an inclusive ethos, policies and resources with senior colleagues and governors", "Link Sessions 1 and 9", "Task 1 (recommendations to governors)"],
        ["Identifying pupils, setting targets, planning interventions, reviewing progress", "Link Sessions 2 and 5 to 7", "Case Presentation; Task 2"],
        ["Using assessments from other professionals", "Link Sessions 5 to 7", "Case Presentation"],
        ["Using summative assessments, including national tests, to track progress", "Study Day 2", "Task 2 (baseline and outcome data)"],
        ["Encouraging colleagues' formative assessment", "Study Day 3", "Portfolio: staff session"],
        ["Special arrangements for national tests and examinations", "Not covered: each council's Assessment Team briefs schools on access arrangements", "Not assessed"],
        ["Provision mapping and management", "Study Day 2", "Task 2; Portfolio: provision map"],
        ["Deploying and managing staff", "Study Day 2", "Portfolio: deployment plan for teaching assistants"],
        ["Supporting colleagues' professional development", "Study Day 3; Visit Tutorials", "Portfolio: staff session and observation feedback given to a colleague"],
        ["Reviewing provision with colleagues to inform self-evaluation", "Link Session 9", "Task 2 (evaluation)"],
        ["Involving pupils in planning and reviewing their provision", "Link Session 7", "Not assessed"],
        ["Liaising with parents and carers", "Link Session 8", "Portfolio: record of review meeting with parents"],
        ["Partnership with other services and voluntary organisations", "Link Sessions 5 to 8", "Portfolio: joint planning record"],
    ],
}
group_rows = []
for g, items in groups.items():
    group_rows.append(len(rows))
    rows.append([g, "", ""])
    rows.extend(items)
om = table(doc, rows, widths=[9, 7.5, 8.5])
for gi in group_rows:
    c = om.cell(gi, 0).merge(om.cell(gi, 2))
    for p in c.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    shade(c, "F2F2F2")
    for r in c.paragraphs[0].runs:
        r.bold = True
# comment on the knowledge group row
kr = om.cell(group_rows[1], 0).paragraphs[0].runs
comment(doc, kr, "KT: I could not find child development in this map. Can the team confirm it is in Link Session 5?", "Kate Tregear", "KT")

doc.save(OUT)
print("wrote", OUT)
