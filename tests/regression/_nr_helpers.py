"""Shared python-docx and raw OOXML helpers for the nr-* build scripts.

Tracked changes (w:ins / w:del), a footnotes part, VML text boxes, shading, PAGE / NUMPAGES fields and a
small run-markup helper. Nothing here writes text of its own; the build scripts carry all the words.
"""
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V = "urn:schemas-microsoft-com:vml"

_rev = [300]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def _rpr_xml(bold=False, italic=False, size=None, color=None, caps=False):
    bits = []
    if bold:
        bits.append("<w:b/>")
    if italic:
        bits.append("<w:i/>")
    if caps:
        bits.append("<w:caps/>")
    if color:
        bits.append(f'<w:color w:val="{color}"/>')
    if size:
        bits.append(f'<w:sz w:val="{int(size * 2)}"/>')
    return "<w:rPr>" + "".join(bits) + "</w:rPr>" if bits else ""


def add_runs(par, segments, size=None):
    """segments: str, or list of str / (str, dict(b=, i=, color=, size=, caps=))."""
    if isinstance(segments, str):
        segments = [segments]
    for seg in segments:
        if isinstance(seg, str):
            text, fmt = seg, {}
        else:
            text, fmt = seg
        r = par.add_run(text)
        r.bold = fmt.get("b") or None
        r.italic = fmt.get("i") or None
        if fmt.get("caps"):
            r.font.all_caps = True
        if fmt.get("color"):
            r.font.color.rgb = RGBColor.from_string(fmt["color"])
        sz = fmt.get("size", size)
        if sz:
            r.font.size = Pt(sz)
    return par


def para(container, segments="", style=None, size=None, align=None, space_after=None, keep=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    add_runs(p, segments, size=size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def cell_text(cell, segments, size=None, bold=False, align=None):
    """Write into a cell's first paragraph (replacing nothing: cells start empty)."""
    p = cell.paragraphs[0]
    if isinstance(segments, str):
        segments = [(segments, {"b": bold})] if bold else [segments]
    add_runs(p, segments, size=size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_more(cell, segments, size=None):
    p = cell.add_paragraph()
    add_runs(p, segments, size=size)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def shade_par(par, fill, border=None):
    pPr = par._p.get_or_add_pPr()
    if border:
        pPr.append(parse_xml(
            f'<w:pBdr xmlns:w="{W}"><w:top w:val="single" w:sz="8" w:space="1" w:color="{border}"/>'
            f'<w:bottom w:val="single" w:sz="8" w:space="1" w:color="{border}"/></w:pBdr>'))
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def table_borders(table, color="808080", sz=4):
    tblPr = table._tbl.tblPr
    xml = (f'<w:tblBorders xmlns:w="{W}">' + "".join(
        f'<w:{e} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>'
        for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")
    for old in tblPr.findall(qn("w:tblBorders")):
        tblPr.remove(old)
    el = parse_xml(xml)
    after = [c for c in tblPr if c.tag in (qn("w:shd"), qn("w:tblLayout"), qn("w:tblCellMar"), qn("w:tblLook"))]
    if after:
        after[0].addprevious(el)
    else:
        tblPr.append(el)


def col_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trPr.append(el)


# ---------------------------------------------------------------- tracked changes

def ins_run(par, text, author, date, **fmt):
    """Append an inserted run (w:ins) to a paragraph."""
    rid = _next_id()
    xml = (f'<w:ins xmlns:w="{W}" w:id="{rid}" w:author="{escape(author)}" w:date="{date}">'
           f'<w:r>{_rpr_xml(**fmt)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    par._p.append(parse_xml(xml))


def del_run(par, text, author, date, **fmt):
    """Append a deleted run (w:del / w:delText) to a paragraph."""
    rid = _next_id()
    xml = (f'<w:del xmlns:w="{W}" w:id="{rid}" w:author="{escape(author)}" w:date="{date}">'
           f'<w:r>{_rpr_xml(**fmt)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    par._p.append(parse_xml(xml))


def _mark_par(par, kind, author, date):
    pPr = par._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.append(rPr)
    rPr.append(parse_xml(
        f'<w:{kind} xmlns:w="{W}" w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))


def inserted_paragraph(container, segments, author, date, style=None):
    """A whole paragraph inserted with tracking: every run in w:ins and the paragraph mark inserted."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if isinstance(segments, str):
        segments = [segments]
    for seg in segments:
        text, fmt = (seg, {}) if isinstance(seg, str) else (seg[0], {"bold": seg[1].get("b", False),
                                                                     "italic": seg[1].get("i", False)})
        ins_run(p, text, author, date, **fmt)
    _mark_par(p, "ins", author, date)
    return p


def deleted_paragraph(container, segments, author, date, style=None):
    """A whole paragraph deleted with tracking: every run in w:del and the paragraph mark deleted."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if isinstance(segments, str):
        segments = [segments]
    for seg in segments:
        text, fmt = (seg, {}) if isinstance(seg, str) else (seg[0], {"bold": seg[1].get("b", False),
                                                                     "italic": seg[1].get("i", False)})
        del_run(p, text, author, date, **fmt)
    _mark_par(p, "del", author, date)
    return p


def deleted_row(row, author, date):
    """Mark a whole table row as deleted and turn its text into w:delText."""
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(
        f'<w:del xmlns:w="{W}" w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in list(p._p.findall(qn("w:r"))):
                t = r.find(qn("w:t"))
                if t is not None:
                    t.tag = qn("w:delText")
                rid = _next_id()
                wrapper = parse_xml(
                    f'<w:del xmlns:w="{W}" w:id="{rid}" w:author="{escape(author)}" w:date="{date}"/>')
                r.addprevious(wrapper)
                wrapper.append(r)


# ---------------------------------------------------------------- footnotes

class Footnotes:
    """Collects footnotes; call attach(doc) once, after the body is written."""

    def __init__(self):
        self.notes = []

    def add(self, par, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        par._p.append(parse_xml(
            f'<w:r xmlns:w="{W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))
        return fid

    def attach(self, doc):
        body = "".join(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:sz w:val="18"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
            f'</w:p></w:footnote>' for fid, text in self.notes)
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<w:footnotes xmlns:w="{W}">'
               f'<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
               f'<w:r><w:separator/></w:r></w:p></w:footnote>'
               f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
               f'<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>{body}</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- text box (VML)

def text_box(par, paragraphs, width_pt=440, height_pt=120, fill="FFF4D6", stroke="8C6D1F", float_right=False):
    """A VML text box in a run of `par`. paragraphs: list of segment lists (see add_runs)."""
    inner = []
    for segs in paragraphs:
        if isinstance(segs, str):
            segs = [segs]
        runs = []
        for s in segs:
            text, fmt = (s, {}) if isinstance(s, str) else s
            runs.append(f'<w:r>{_rpr_xml(bold=fmt.get("b", False), italic=fmt.get("i", False), size=fmt.get("size", 9.5))}'
                        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')
        inner.append(f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{"".join(runs)}</w:p>')
    pos = ("position:absolute;margin-left:250pt;margin-top:0;z-index:2;mso-position-horizontal-relative:margin;"
           if float_right else "")
    xml = (f'<w:r xmlns:w="{W}" xmlns:v="{V}"><w:pict>'
           f'<v:rect style="{pos}width:{width_pt}pt;height:{height_pt}pt;mso-fit-shape-to-text:t" '
           f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1pt">'
           f'<v:textbox inset="6pt,4pt,6pt,4pt"><w:txbxContent>{"".join(inner)}</w:txbxContent></v:textbox>'
           f'</v:rect></w:pict></w:r>')
    par._p.append(parse_xml(xml))


# ---------------------------------------------------------------- fields

def field(par, instr, placeholder="1", size=None):
    rpr = _rpr_xml(size=size)
    for xml in (f'<w:r xmlns:w="{W}">{rpr}<w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r xmlns:w="{W}">{rpr}<w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
                f'<w:r xmlns:w="{W}">{rpr}<w:fldChar w:fldCharType="separate"/></w:r>',
                f'<w:r xmlns:w="{W}">{rpr}<w:t>{placeholder}</w:t></w:r>',
                f'<w:r xmlns:w="{W}">{rpr}<w:fldChar w:fldCharType="end"/></w:r>'):
        par._p.append(parse_xml(xml))
