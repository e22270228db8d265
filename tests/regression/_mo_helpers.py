"""Shared helpers for the mo-* build scripts: python-docx plus raw OOXML for what it cannot do
(tracked changes, footnotes, text boxes, fields, shading, cell borders)."""
from copy import deepcopy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def esc(t):
    return escape(t)


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_paragraph(par, fill):
    pPr = par._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def border_paragraph(par, color="7F5F3F", sz=8):
    pPr = par._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}>'
        f'<w:top w:val="single" w:sz="{sz}" w:space="4" w:color="{color}"/>'
        f'<w:left w:val="single" w:sz="{sz}" w:space="4" w:color="{color}"/>'
        f'<w:bottom w:val="single" w:sz="{sz}" w:space="4" w:color="{color}"/>'
        f'<w:right w:val="single" w:sz="{sz}" w:space="4" w:color="{color}"/></w:pBdr>'))


def table_borders(table, color="5A4632", sz=4):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{e} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>'
                  for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders>'))


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, align=None):
    """Replace a cell's text. `text` may contain \n for separate paragraphs."""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    first = True
    for part in parts:
        if not first:
            p = cell.add_paragraph()
        first = False
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell


def add_run(par, text, bold=False, italic=False, size=None, color=None, caps=False):
    r = par.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    return r


def _rpr(bold=False, italic=False, size=None):
    x = ""
    if bold:
        x += "<w:b/>"
    if italic:
        x += "<w:i/>"
    if size:
        x += f'<w:sz w:val="{int(size * 2)}"/>'
    return f"<w:rPr>{x}</w:rPr>" if x else ""


def ins_run(par, text, author, date, bold=False, italic=False, size=None):
    """Append a tracked insertion to a paragraph."""
    el = parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
        f'<w:r>{_rpr(bold, italic, size)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    par._p.append(el)
    return el


def del_run(par, text, author, date, bold=False, italic=False, size=None):
    """Append a tracked deletion to a paragraph (text survives only as w:delText)."""
    el = parse_xml(
        f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
        f'<w:r>{_rpr(bold, italic, size)}<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    par._p.append(el)
    return el


def mark_paragraph(par, kind, author, date):
    """Mark the paragraph mark itself as inserted or deleted (kind 'ins' or 'del')."""
    pPr = par._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(
        f'<w:{kind} {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>'))


def deleted_paragraph(doc, text, author, date, style=None):
    p = doc.add_paragraph(style=style)
    del_run(p, text, author, date)
    mark_paragraph(p, "del", author, date)
    return p


def inserted_paragraph(doc, text, author, date, style=None):
    p = doc.add_paragraph(style=style)
    ins_run(p, text, author, date)
    mark_paragraph(p, "ins", author, date)
    return p


def add_field(par, instr, shown):
    """A complex field (PAGE, NUMPAGES, DATE ...) with a cached result."""
    for xml in (
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {nsdecls("w")}><w:t>{esc(shown)}</w:t></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        par._p.append(parse_xml(xml))


def text_box(par, paragraphs, width_cm=15.5, height_cm=4.0, fill="F3EBDD", line="7F5F3F"):
    """An anchored-inline text box (wps with a VML fallback) holding `paragraphs`:
    a list of (text, bold) pairs."""
    body = "".join(
        f'<w:p><w:r>{_rpr(bold=b, size=10)}<w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'
        for t, b in paragraphs)
    emu_w, emu_h = int(width_cm * 360000), int(height_cm * 360000)
    n = _next_id()
    xml = (
        f'<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{emu_w}" cy="{emu_h}"/>'
        f'<wp:docPr id="{n}" name="Text Box {n}"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu_w}" cy="{emu_h}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        f'<a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict>'
        f'<v:shape id="tb{n}" type="#_x0000_t202" style="width:{width_cm}cm;height:{height_cm}cm" '
        f'fillcolor="#{fill}" strokecolor="#{line}"><v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape>'
        '</w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    par._p.append(parse_xml(xml))


class Footnotes:
    """Collects footnotes; attach() writes word/footnotes.xml and relates it to the document."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, par, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        par._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))
        return fid

    def attach(self):
        body = (
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for fid, text in self.notes:
            body += (
                f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
        blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
                'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
                'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
                + body + '</w:footnotes>').encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def header_footer(doc, header_text, footer_text, with_pages=True, size=8):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    add_run(hp, header_text, size=size, color="5A4632")
    fp = sec.footer.paragraphs[0]
    add_run(fp, footer_text, size=size, color="5A4632")
    if with_pages:
        add_run(fp, "    Page ", size=size)
        add_field(fp, "PAGE", "1")
        add_run(fp, " of ", size=size)
        add_field(fp, "NUMPAGES", "9")


def base_document(font="Georgia", size=10.5, margins_cm=2.0):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    rfonts.set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(margins_cm)
    return doc


def comment(doc, runs, text, author, initials, date):
    """A Word comment anchored on `runs`, dated `date` (ISO, e.g. 2009-02-10T09:00:00Z)."""
    c = doc.add_comment(runs, text=text, author=author, initials=initials)
    c._comment_elm.set(qn("w:date"), date)
    return c
