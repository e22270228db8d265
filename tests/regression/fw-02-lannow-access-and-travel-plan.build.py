"""fw-02-lannow-access-and-travel-plan

Provider (invented): the Lannow SENCO Consortium -- three small councils on the
Lannow peninsula (Helmouth Borough Council, Carnseth Council, Trelask Council)
with the University of Chellowby's Outreach and Community Learning Unit (OCLU).
SENCOs live up to two hours from the Chellowby campus, so the course is taught
by video-conference "Link" sessions received at four Link Centres, by tutors'
visits to schools, online, and on three campus days.

Kind of document: the consortium's ACCESS AND TRAVEL PLAN 2009-2011 for the
course, version 1.2, approved by its Board, written in the first person plural
("we") in the manner of a council travel plan (baseline travel survey, journey
times, objectives and targets, measures, monitoring, action plan), and sent
whole as the application under a short foreword. The course itself is described
in Part 6 ("The course the plan serves") because the plan must say what people
travel for.

Layout: NO heading styles -- part titles are bold capitalised Normal paragraphs
typed "PART 3 - ..."; hand-typed target codes T1-T7 and measure codes M1-M10;
a journey-times table with a merged header cell; a survey results table; a VML
text box ("Car-share: how it works"); an action plan table with a Status
column; Annex A, a landscape outcome table ("Mainly met on" / "Assessed in")
with merged group rows; Annex B, the Link Centres. Footnotes; a header and a
footer (the footer claims a personal learning plan for everyone); tracked
changes by the Board's clerk; Word comments by the councils' sustainability
officer.

Traps (requirement ids):
- Credit value left as a bracketed placeholder "[credit value to be confirmed
  at validation, May 2009]"; masters level is stated (E.2 partially_met).
- Aims are written as attainment and "narrowing the gap" only; ECM is taught
  in Link 3 but well-being is not in aims or assessment (1.1 partially_met).
- Parents: the 2007-08 pilot's parents' panel has ended; one Link session
  remains, not assessed (1.7 partially_met, 6.S8 partially_met).
- Needs assessment: a self-audit at Campus Day 1 that the tutor "looks at"; no
  individual plan or personalised outcomes; the footer's "personal learning
  plan" is not evidence (2.2 partially_met).
- Online support: the forum is unmoderated; a sentence promising replies
  within two working days is a tracked deletion; email answered "at the next
  Link session" (3.3 partially_met).
- Stakeholders in evaluation: the Board reviews only the plan's travel
  targets; parents and young people only "we hope" from 2010 (4.3
  partially_met).
- Evaluation methods: end-of-unit questionnaires and the travel survey only,
  used "as the Board sees fit" (5.1 partially_met); impact measures (5.9) are
  concrete and met.
- CRB: the plan covers checks on tutors and the consortium's taxi drivers
  (wrong context) and assumes schools have checked participants; a comment
  suggesting otherwise is not part of the submission (5.3 not_met).
- Specialist resources: no collection of its own; participants borrow from
  their schools "where available" (5.6 partially_met).
- Moderation: tutors mark their own groups; only fails second-marked;
  external examiner "[name to be confirmed]" (5.8 partially_met).
- Award: attendance plus two Unit Tasks, with the blanket claim that the
  tasks "cover all of the national outcomes" (6.0 not_met; 1.9 partially_met).
- Annex A: 6.A3 "Not part of this course" -- left to the councils' Middle
  Leaders programme (another provider's route, not_met); the 6.S2c row is a
  tracked DELETION (not_met); 6.A2, 6.K3, 6.S4, 6.S8 developed but "-" in
  "Assessed in" (partially_met).
- Met despite appearances: the assessment-only route (2.3) and next-steps
  planning (2.5) sit in Part 6 in plain prose; APEL (2.1) is offered.
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

TRACK["author"] = "Rosalind Penhale (Board clerk)"
TRACK["date"] = "2009-02-25T14:00:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Verdana"
st.font.size = Pt(10)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
sec.header.paragraphs[0].text = "Lannow SENCO Consortium  -  Access and Travel Plan 2009-2011  -  Version 1.2"
fp = sec.footer.paragraphs[0]
fp.text = "Closer to every school: a personal learning plan for every SENCO, a Link Centre within 40 minutes.   Page "
page_field(fp)
FN = Footnotes(doc)


def title(text):
    return para(doc, [("b", text)], space_after=4)


def sub(text):
    return para(doc, [("b", text)], space_after=2)


para(doc, [("b", "LANNOW SENCO CONSORTIUM")], align="c")
para(doc, [("b", "Helmouth Borough Council  |  Carnseth Council  |  Trelask Council  |  University of Chellowby")], align="c")
para(doc, "")
para(doc, [("b", "ACCESS AND TRAVEL PLAN 2009-2011")], align="c")
para(doc, [("b", "for the Postgraduate Certificate in SEN Coordination (Lannow)")], align="c")
para(doc, "")
table(doc, [
    ["Version", "1.2"],
    ["Approved by", "Lannow SENCO Consortium Board, 24 February 2009"],
    ["Plan owner", "Tamsin Hosken, Consortium Programme Manager and Travel Plan Coordinator"],
    ["Review date", "February 2010"],
], header=False, widths=[4, 12])
para(doc, "")

title("FOREWORD")
para(doc, "This plan sets out how the three councils of the Lannow peninsula and the University of Chellowby will bring an accredited SENCO course within reach of every school on the peninsula. We send it to the Training and Development Agency as our application because it is the document in which we worked out the course: where it is taught, who travels, how often, and why. Part 6 describes the course itself and Annex A shows where each of the national outcomes is met. The Board approved the plan on 24 February 2009.")
para(doc, [("i", "Councillor Jane Tremayne, Chair of the Consortium Board")])

title("PART 1 - WHY WE NEED A TRAVEL PLAN")
para(doc, "1.1  The Lannow peninsula is 48 miles long and has no railway west of Helmouth. Its 118 schools are served by three small councils, and the nearest university campus, at Chellowby, lies beyond the peninsula's neck. A SENCO at Porthgwidden Primary, at the far end, needs one hour and fifty minutes to reach Chellowby by car, and more than three hours by bus. A course taught on campus on weekday evenings would be out of reach for most of our SENCOs, and a course that took them out of school for whole days would be out of reach for their schools, many of which have three or four teachers.")
p = para(doc, "1.2  Each council has signed the Nottingham Declaration on climate change and has a target in its Local Transport Plan to reduce car journeys made for work.")
FN.ref(p, "Helmouth Borough Council Local Transport Plan 2006-2011, objective 4; Carnseth and Trelask share a joint plan with the same objective.")
add_segments(p, " A course that sent 60 SENCOs to Chellowby every week would add about 140,000 car miles a year. This plan is therefore both an access plan, to make the course reachable, and a travel plan, to keep the miles it generates as low as we can.")
para(doc, "1.3  Until July 2008 each council ran its own unaccredited induction course for new SENCOs, and in 2007-08 the three councils piloted a shared course with the University for 16 SENCOs. What we learned from the pilot, and from the survey described in Part 3, shapes everything that follows.")

title("PART 2 - THE GEOGRAPHY")
para(doc, "2.1  The table gives typical journey times from the main school localities to the Chellowby campus and to the nearest of the four Link Centres described in Annex B.")
jt = table(doc, [
    ["Locality", "Schools", "Journey time", None, None],
    [None, None, "To Chellowby by car", "To Chellowby by bus", "To nearest Link Centre by car"],
    ["Helmouth and the Roseland side", "31", "55 min", "1 hr 40", "10 min (Helmouth Quay)"],
    ["Carnseth and the north coast", "27", "1 hr 15", "2 hr 20", "15 min (Polgarrow)"],
    ["Trelask and the moor villages", "22", "1 hr 30", "2 hr 45", "25 min (Tresawle)"],
    ["The far west and Porthgwidden", "24", "1 hr 50", "3 hr 10", "35 min (Kerris Cross)"],
    ["St Eval's Island (by causeway)", "2", "2 hr, tide permitting", "not possible", "40 min (Kerris Cross)"],
    ["Chellowby fringe", "12", "15 min", "30 min", "campus"],
], widths=[5, 1.8, 3.2, 3.2, 4])
hdr = jt.cell(0, 2).merge(jt.cell(0, 4))
for p in hdr.paragraphs[1:]:
    p._p.getparent().remove(p._p)
for col in (0, 1):
    mc = jt.cell(0, col).merge(jt.cell(1, col))
    for p in mc.paragraphs[1:]:
        p._p.getparent().remove(p._p)
for j in range(5):
    shade(jt.cell(1, j), "D9D9D9")
para(doc, "2.2  Winter weather closes the moor road several times each year, and the causeway to St Eval's Island is passable for about five hours either side of low tide.")

title("PART 3 - WHERE WE STARTED: THE BASELINE")
para(doc, "3.1  In October 2008 we surveyed every school's SENCO or, where the post was vacant, the headteacher. We asked how they would travel to a course, how far they could go after school, what stopped them taking courses now, and what they most needed to learn. We had 87 replies from 118 schools. We also held three headteachers' meetings, one in each council, and a meeting by video-conference with the SENCOs from the pilot.")
p = para(doc, "3.2  The main findings were these.")
FN.ref(p, "Survey by the Consortium with the University's Outreach and Community Learning Unit; full report available from the Programme Manager.")
table(doc, [
    ["Question", "Finding"],
    ["How would you travel?", "Car alone 71%; car share if arranged 18%; bus 6%; cannot travel without help 5% (no car, or a disability that prevents driving)"],
    ["Longest journey you could make after school", "30 minutes or less 58%; up to an hour 34%; more than an hour 8%"],
    ["What stops you taking courses now?", "Travel time 79%; release from class 64%; cost 41%; childcare 22%"],
    ["What do you most need to learn?", "Provision mapping 68%; autism 61%; managing teaching assistants 55%; working with outside agencies 49%; the law 44%"],
    ["When could you attend?", "After school, starting no earlier than 4.30 pm (school buses leave at 3.30 to 3.45) 83%; Saturdays 9%"],
], widths=[5.5, 11])
para(doc, "3.3  Headteachers told us that they could release a SENCO for no more than three whole days in a year, that they wanted the course to be about the SENCO's work in their own school, and that a course taught only on screen would not be taken seriously by staff. The pilot SENCOs told us that the video-conference sessions worked well when groups at each centre were small, and that the tutor's visits to their schools were the most useful part of the pilot. In the pilot a panel of parents from the councils' Parent Partnership Services met each group at the Link Centres; we have not continued it, because of the travel it asked of parents.")

title("PART 4 - WHAT WE WANT TO ACHIEVE: OBJECTIVES AND TARGETS")
para(doc, "4.1  Our objective is that every SENCO on the peninsula can take the accredited course without a journey of more than 40 minutes for any regular session, and that the course generates as few car miles as possible. Our targets for the first two cohorts are:")
for s in [
    "T1  Every participant has a Link Centre within 40 minutes by car, or is taught from their own school.",
    "T2  No more than three campus days in the course.",
    "T3  At least 75% of teaching hours taken without travelling to Chellowby.",
    "T4  At least a quarter of campus-day journeys made by car share or the consortium minibus.",
    "T5  No Link session lost to a failed video link without a recording available within two days.",
    "T6  Every participant who cannot drive, for any reason, has transport arranged for every session that needs it.",
    "T7  Car miles per participant at least 60% lower than for a campus-taught course.",
]:
    para(doc, s)

title("PART 5 - HOW WE WILL DO IT: THE MEASURES")
sub("M1  Teaching comes to the Link Centres")
para(doc, "Ten of the course's teaching sessions are Link sessions: two-hour twilight sessions (4.45 to 6.45 pm, to allow for school buses) taught live from the Chellowby studio by video-conference and received at the four Link Centres and on campus. Each Link Centre has a two-way video-conference room and a Centre Facilitator who runs the equipment, takes the register and leads local group work. Participants at each centre can see, hear and question the tutor and the other centres. Groups at each centre are kept to eight or fewer.")
sub("M2  Tutors travel, SENCOs stay in school")
para(doc, "Each participant has four School Visits from their tutor during the year, in their own school, planned so that the tutor visits two or three schools in the same area on one day. On a visit the tutor observes the participant's work where this fits (for example leading a review meeting or a teaching assistants' briefing), discusses the Practice File and meets the participant's Practice Mentor.")
sub("M3  Three campus days only")
para(doc, "Only the three Campus Days, at the start, middle and end of the course, bring participants to Chellowby. The councils pay for supply cover on those days.")
sub("M4  Study online")
p = para(doc, "")
add_segments(p, [
    "Course materials, readings and recordings of every Link session are on the University's learning platform, Chellowby Online. Each cohort has a discussion forum, which is not moderated; participants are encouraged to use it to support one another. ",
    ("-", "Tutors will answer forum posts within two working days. "),
    "Participants may email their tutor, who will reply at the next Link session, and the University's IT helpdesk is open until 8 pm on weekdays. The University lends a laptop with a webcam to any participant without one at home.",
])
sub("M5  Timing that fits the bus and the tide")
para(doc, "Link sessions start at 4.45 pm. Campus Days start at 10 am and finish at 3 pm so that the far west can travel in daylight in winter. The two schools on St Eval's Island join every Link session from their own school by desktop link, and their School Visits are timed to the tide.")
sub("M6  Paying for travel and cover")
para(doc, "The councils reimburse mileage at the council's casual user rate for travel to Link Centres and campus and pay for supply cover on Campus Days and for the placement day (M9).")
sub("M7  Travel for participants who cannot drive")
para(doc, "Where a participant cannot drive, because of a disability or for any other reason, the consortium books a taxi through the Trelask Council transport unit for each session, at no cost to the participant or the school. The taxi firms used are the council's contracted firms for home-to-school transport.")
sub("M8  Car share and the minibus")
p = para(doc, "We match participants who live near one another for Campus Days and run the Trelask Council minibus from Kerris Cross to Chellowby on each Campus Day.")
tb = para(doc, "")
text_box(tb, [
    "Car-share: how it works",
    "When you enrol, tick the car-share box. The Programme Manager sends you the names of others within ten miles who have also ticked it, at least a week before each Campus Day.",
    "The driver claims the mileage; passengers claim nothing. If the driver cannot go, the minibus will wait at Kerris Cross until 8.15 am.",
], height_pt=110)
comment(doc, p.runs[:1], "Do drivers need business insurance for this? Please check with the councils' insurers before we publish.", "Ellen Rowse", "ER")
sub("M9  A placement day close to home")
para(doc, "Every participant spends a placement day in a special school or a resource base chosen from the consortium's list of eleven host settings, the nearest suitable one to their school. The consortium arranges the day with the host and pays supply cover and mileage. Hosts agree to show participants how provision is planned and reviewed and to give time with the setting's SENCO.")
sub("M10  Assessment without travel")
para(doc, "Written tasks are handed in online. The Unit A presentation is given at the participant's Link Centre by video-conference. No part of the assessment requires a journey to Chellowby.")

title("PART 6 - THE COURSE THE PLAN SERVES")
para(doc, "6.1  What the course is.  The Postgraduate Certificate in SEN Coordination (Lannow) is an award of the University of Chellowby, which is validating it in May 2009 for a first intake in September 2009. It is a postgraduate certificate at masters level (Level 7) carrying [credit value to be confirmed at validation, May 2009] credits. It is taught jointly by the University's Outreach and Community Learning Unit and the three councils' SEN services, and is the consortium's route to the national award for SENCOs.")
para(doc, "6.2  Aims.  The course aims to raise the attainment of pupils with special educational needs and disabilities in the peninsula's schools and to narrow the gap between their results and those of other pupils, by equipping SENCOs to lead provision in their schools.")
para(doc, "6.3  Who can join.  Participants must have Qualified Teacher Status, be the SENCO in a maintained school on the peninsula or be designated to become one within a year, and be nominated by their headteacher, who agrees to give them protected time for the course and a Practice Mentor (normally a deputy or assistant head). The Programme Leader holds a 20-minute entry conversation with each applicant by video-conference, using the national outcomes as a guide, to check that the applicant has the experience and knowledge to reach the outcomes in a year. Applicants who are not yet ready are offered the councils' New SENCO Network for a year and a place in the following intake; the Programme Leader explains the decision to their headteacher.")
p = para(doc, "6.4  Checks.  Participants are serving teachers, and their schools will have carried out the checks required for their employment. All our tutors and Centre Facilitators hold enhanced CRB disclosures, and the taxi firms used under M7 are required by the council's contract to hold enhanced disclosures for every driver.")
comment(doc, p.runs[:1], "Should we say that we check participants' CRBs ourselves? Schools say they do it, but the TDA may want to see that we verify it.", "Ellen Rowse", "ER")
para(doc, "6.5  Prior learning.  Participants may claim credit for up to 30 credits (Unit A) for earlier masters-level study in SEN, or for experience, by a claim mapped against the national outcomes with evidence from their work, considered by the Programme Leader and a second tutor and confirmed by the University's credit panel.")
para(doc, "6.6  Starting the course.  At Campus Day 1 each participant completes a self-audit against the national outcomes, which their tutor looks at on the first School Visit.")
para(doc, "6.7  Units and sessions.  The course has two units, which can be taken in either order; there are intakes in September and January. The survey's priorities decided the balance of the content: provision mapping and deploying teaching assistants have a whole Campus Day, and autism has the largest share of Link 5. A participant who misses a Link session watches the recording and discusses it at the next School Visit.")
table(doc, [
    ["Session", "Mode", "Content"],
    ["Campus Day 1", "Chellowby", "The SENCO's role; self-audit; using Chellowby Online"],
    ["Link 1", "Video-conference", "Unit A: The law: Education Act 1996, SEN Code of Practice 2001, SENDA 2001, the SENCO regulations 2008"],
    ["Link 2", "Video-conference", "Unit A: Disability equality: the DDA 1995 and 2005 and the disability equality duty"],
    ["Link 3", "Video-conference", "Unit A: Every Child Matters and the SENCO"],
    ["Link 4", "Video-conference", "Unit A: Child development and learning, and how SEN and the setting affect it"],
    ["Link 5", "Video-conference", "Unit A: The common types of SEN: autism, speech, language and communication (with the Bercow Review, 2008), dyslexia and the Inclusion Development Programme, BESD, MLD"],
    ["Link 6", "Video-conference", "Unit A: Working with parents and carers"],
    ["Campus Day 2", "Chellowby", "Unit B: Provision mapping; managing and deploying teaching assistants; using data including national tests; access arrangements"],
    ["Link 7", "Video-conference", "Unit B: Listening to pupils: methods for consulting children and young people, including those with little or no speech"],
    ["Link 8", "Video-conference", "Unit B: Coaching, observation and feedback for colleagues"],
    ["Link 9", "Video-conference", "Unit B: Self-evaluation and inclusion: Ofsted's 2006 report Inclusion: does it matter where pupils are taught? and the school's SEF"],
    ["Link 10", "Video-conference", "Unit B: Research and evidence: reading and using studies"],
    ["Campus Day 3", "Chellowby", "Presenting enquiries; next steps"],
], widths=[2.8, 3.2, 10.5])
para(doc, "6.8  Specialist input.  The councils' educational psychologists, the autism outreach team, the hearing and vision support teachers and a speech and language therapist from the primary care trust each teach a Link session and answer participants' questions about their own cases in the session's second hour.")
para(doc, "6.9  In school.  Much of the course happens in the participant's school. The Practice File records tasks carried out there: leading a staff training session, observing a colleague and giving feedback, a provision map with an analysis of gaps, a review meeting planned with a pupil, a joint meeting with an outside agency, and a short paper to governors on the school's SEN priorities. Each task is tied to national outcomes, as Annex A shows.")
para(doc, "6.10  Unit Tasks.  Unit A is assessed by the A-Task, a report (4,000 words) on how the school meets its duties under SEN and disability law and the Code of Practice, with a 15-minute presentation by video-conference of one pupil's case, drawing on the assessments of other professionals. Unit B is assessed by the B-Task, a practitioner enquiry (6,000 words) in which the participant leads a change in provision, consults the pupils concerned, takes baseline measures of those pupils' attainment or well-being before the change and measures again at least a term later. The Practice File must be complete, and checked by the tutor at the final School Visit, to pass Unit B.")
para(doc, "6.11  Marking.  Tutors mark the work of their own groups against the University's masters-level criteria. Any work marked as a fail is second-marked by another tutor. The University will appoint an external examiner [name to be confirmed].")
para(doc, "6.12  The award.  The Certificate is awarded to participants who attend at least 80 per cent of sessions and pass both Unit Tasks. Between them the two Unit Tasks cover all of the national outcomes.")
para(doc, "6.13  Assessment-only route.  An experienced SENCO or specialist teacher who already meets the national outcomes may apply to be assessed without attending. After an entry conversation the candidate submits the A-Task, the B-Task and a Practice File, and has a 30-minute professional discussion with two tutors by video-conference. The fee is £450. We expect very few candidates.")
para(doc, "6.14  Next steps.  The afternoon of Campus Day 3 is given to next steps. Each participant drafts a two-year professional development plan with targets, using a template that links to the school's performance management cycle, and takes it to a meeting with their headteacher within half a term. Tutors ask about it at a follow-up call by video-conference six months later.")
para(doc, "6.15  Tailoring and cost.  Participants choose the focus of their B-Task and of the Practice File tasks to suit their school, and the School Visits are planned around each participant's questions and their school's priorities. The fee is £1,500, paid by the councils from their Standards Fund allocations; with video-conference teaching, the whole cost per participant, including cover and travel, is about £1,950, against about £2,600 for a campus-taught course.")
para(doc, "6.16  Staff.")
table(doc, [
    ["Name", "Role", "Experience"],
    ["Dr Keren Pellow", "Programme Leader (University)", "Former SENCO and LA SEN adviser; PhD on rural inclusion; MA tutor since 2003"],
    ["Mark Chenoweth", "Tutor (Helmouth)", "Senior SEN adviser; MA Special Educational Needs; SENCO for eight years"],
    ["Dr Lisa Teague", "Tutor (Carnseth)", "Senior educational psychologist"],
    ["Anne Lugg", "Tutor (Trelask)", "Head of learning support service; specialist teacher (SpLD), AMBDA"],
    ["Gwen Pascoe", "Contributor", "Autism outreach teacher"],
    ["Colin Hichens", "Contributor", "Speech and language therapist, Lannow Primary Care Trust"],
], widths=[3.5, 4.5, 8.5])
para(doc, "6.17  Preparing tutors, Facilitators and Mentors.  Every tutor completes the University's two-day course on teaching by video-conference and is observed teaching a Link session in the first term. Centre Facilitators have a day's training from the University's video-conference team and a written guide to their duties. Practice Mentors receive the Mentor Guide, which sets out what they do each half term, and a one-hour briefing by video-conference before the course begins; the Programme Manager telephones any mentor who misses it.")
para(doc, "6.18  Resources.  Each Link Centre has its video-conference room, a data projector and wireless internet. Participants have full access to the University library's electronic journals and e-books through Chellowby Online, and the library posts books to distant students. We do not hold a collection of assessment materials or assistive technology for the course; participants use those in their own schools or borrow from the councils' learning support services where available.")
para(doc, "6.19  Disabled participants and equality.  We want the course to be open to every teacher on the peninsula, and we meet our duties under the Disability Discrimination Act and the councils' Disability Equality Schemes in these ways. The application form and the course leaflet, which is available in large print and on audio CD, invite applicants to tell us about a disability or a health condition so that we can plan. The Programme Manager meets each applicant who does so, before the course starts, to agree an access plan: for example taxis under M7, a ground-floor room, an induction loop (all four Link Centres have one), a British Sign Language interpreter at the Link Centre, papers in large print or electronic form, extra time or an alternative form of presentation for assessed tasks, and adjustments for the placement day and School Visits. The plan is reviewed at each School Visit. Link 3 includes disabled teachers and young people speaking about their own experience of school.")

title("PART 7 - HOW WE KNOW IT IS WORKING: MONITORING AND REVIEW")
para(doc, "7.1  Travel.  Participants keep a simple travel diary for each session (mode, miles, time). The Centre Facilitators log every video link failure. We repeat the travel survey each October. The Programme Manager reports against targets T1 to T7 to the Board each term.")
para(doc, "7.2  The course.  Participants complete a questionnaire at the end of each unit. The results, with the travel figures, go to the Board, which will use them as it sees fit in planning the next intake.")
para(doc, "7.3  Impact.  Participants rate their confidence against each national outcome at Campus Day 1 and again at Campus Day 3. The B-Task's baseline and follow-up measures of pupils' attainment or well-being are collected from every participant, with their consent, and summarised each year for the Board and the three councils, together with any changes schools report in their pupils' progress data for pupils with SEN.")
para(doc, "7.4  Who reviews the plan.  The Board, made up of the three councils' heads of SEN services, the University's Head of Outreach and a councillor from each council, reviews this plan's travel targets each February. We hope that parents and young people will help us review the course from 2010; we have not yet decided how schools, parents and young people will take part in reviewing the course itself.")

title("PART 8 - ACTION PLAN")
table(doc, [
    ["Action", "Lead", "By", "Status"],
    ["Video-conference rooms installed at Kerris Cross and Tresawle", "University IT", "July 2009", "Complete"],
    ["Centre Facilitators trained", "University VC team", "August 2009", "Booked"],
    ["Taxi arrangements agreed with Trelask transport unit", "Programme Manager", "June 2009", "Complete"],
    ["Host setting agreements signed for placement days", "Programme Manager", "July 2009", "8 of 11 signed"],
    ["Mentor Guide printed and briefing held", "Programme Leader", "September 2009", "Guide drafted"],
    ["Course validated by the University", "Programme Leader", "May 2009", "Event booked"],
    ["Travel survey repeated", "Programme Manager", "October 2009", "Not started"],
], widths=[8, 3.5, 2.5, 2.5])

landscape(doc)
para(doc, [("b", "ANNEX A - THE NATIONAL OUTCOMES: WHERE THEY ARE MET AND WHERE THEY ARE ASSESSED")])
para(doc, "Our own wording. \"Mainly met on\" shows the mode of study, which is what this plan is about; \"Assessed in\" shows the task. PF = Practice File; - = not assessed.")
rows = [["National outcome", "Mainly met on", "Assessed in"]]
groups = [
    ("Attributes", [
        ["Relationships with pupils and their parents or carers that are fair, respectful and supportive", "School Visits; Link 6", "PF: review meeting planned with a pupil, with the parents' views recorded"],
        ["Winning the commitment of colleagues, the head and senior leaders", "School Visits (talked through with the tutor)", "-"],
        ["Prioritising, managing time and delegating", "Not part of this course: covered in the councils' Middle Leaders programme", "-"],
        ["Anticipating and resolving problems; sound judgements on provision", "Link 5; School Visits", "A-Task case presentation"],
        ["Clear speaking and writing; listening to others", "Throughout", "A-Task; B-Task"],
        ["Drawing on research and external advice", "Link 10", "B-Task"],
        ["Keeping up to date; own CPD", "Campus Day 3", "PF: professional development plan"],
    ]),
    ("Knowledge and understanding", [
        ["SEN law and guidance, including the Code of Practice", "Link 1", "A-Task"],
        ["Every Child Matters", "Link 3", "A-Task"],
        ["Disability equality law", "Link 2", "-"],
        ["Child development and the effect of SEN and the setting", "Link 4", "A-Task case presentation"],
        ["Common types of SEN and disability", "Link 5", "A-Task case presentation"],
        ["Approaches, strategies and resources, including ICT", "Link 5; Link 8", "B-Task"],
        ["School self-evaluation and improvement", "Link 9", "B-Task"],
        ["Best practice and research", "Link 9; Link 10", "B-Task"],
        ["External agencies and specialist support", "Link 5; placement day", "PF: joint meeting with an outside agency"],
    ]),
    ("Skills", [
        ["Influencing strategy, ethos, policy and resources with senior colleagues and governors", "School Visits", "PF: paper to governors"],
        ["Identifying needs, setting targets, planning and reviewing interventions", "Campus Day 2", "B-Task"],
        ["Using other professionals' assessments", "Link 5", "A-Task case presentation"],
        ["Using summative data and national tests to track progress", "Campus Day 2", "B-Task (baseline and follow-up)"],
        ["Encouraging colleagues' formative assessment", "Link 8", "PF: observation and feedback"],
        ["Access arrangements for tests and examinations", "Campus Day 2", "PF: access arrangements checklist for the school"],
        ["Provision mapping; finding ineffective or missing provision", "Campus Day 2", "PF: provision map with gap analysis"],
        ["Deploying and managing staff", "Campus Day 2; School Visit 2", "-"],
        ["Supporting colleagues' development", "Link 8", "PF: staff training session; observation and feedback"],
        ["Reviewing provision with staff for self-evaluation", "Link 9", "B-Task"],
        ["Involving pupils in planning and reviewing their provision", "Link 7", "B-Task (pupil consultation); PF: review meeting planned with a pupil"],
        ["Liaising with parents and carers", "Link 6", "-"],
        ["Working with other services and voluntary organisations", "Link 5; placement day", "PF: joint meeting with an outside agency"],
    ]),
]
grow = []
s2c_index = None
for g, items in groups:
    grow.append(len(rows))
    rows.append([g, "", ""])
    for it in items:
        rows.append(it)
am = table(doc, rows, widths=[10, 7, 8])
for gi in grow:
    c = am.cell(gi, 0).merge(am.cell(gi, 2))
    for p in c.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    shade(c, "E7E6E6")
    for r in c.paragraphs[0].runs:
        r.bold = True
for i, row in enumerate(am.rows):
    if row.cells[0].text.startswith("Encouraging colleagues' formative"):
        delete_row(row)

portrait(doc)
para(doc, [("b", "ANNEX B - THE LINK CENTRES")])
table(doc, [
    ["Centre", "Where", "Video-conference", "Access"],
    ["Helmouth Quay Centre", "Adult education centre, Helmouth harbour", "Room for 10; two-way; document camera", "Level access; parking for blue badge holders at the door; induction loop"],
    ["Polgarrow Community Learning Centre", "Carnseth Council learning centre", "Room for 8; two-way", "Ground floor; induction loop; accessible toilet"],
    ["Tresawle Library and Learning Centre", "Branch library, Trelask", "Room for 8; installed 2009", "Lift to first floor; induction loop"],
    ["Kerris Cross Centre", "Community college annexe", "Room for 10; installed 2009", "Level access; induction loop; minibus pick-up point"],
], widths=[3.8, 4, 4, 4.7])
p = para(doc, "Centre Facilitators are employed by the host centre and trained by the University.")
FN.ref(p, "The Kerris Cross and Tresawle rooms are funded by the councils' share of the regional broadband grant for 2008-09.")

FN.save()
doc.save(OUT)
print("wrote", OUT)
