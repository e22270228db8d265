"""Shared python-docx / raw OOXML helpers for the kd-* build scripts."""
from copy import deepcopy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm
from xml.sax.saxutils import escape

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def new_doc(font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(2)
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, size=None, color=None, style=None,
         align=None, space_after=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, caps=False):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    return r


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, shade=None):
    """Replace a cell's text; lines split on \n become paragraphs."""
    lines = text.split("\n")
    cell.paragraphs[0].text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if ln:
            run(p, ln, bold=bold, italic=italic, size=size, color=color)
    if shade:
        shade_cell(cell, shade)
    return cell


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def table(doc, rows, widths=None, style="Table Grid", header_fill=None, size=9, bold_header=True):
    """rows: list of lists of str. Returns the table."""
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v is None:
                continue
            cell_text(t.cell(i, j), v, bold=(bold_header and i == 0), size=size,
                      shade=(header_fill if i == 0 and header_fill else None))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def _rpr_xml(bold=False, italic=False, color=None):
    parts = []
    if bold:
        parts.append("<w:b/>")
    if italic:
        parts.append("<w:i/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def tracked_insert(p, text, author="J. Pellow", date="2009-02-11T10:14:00Z", bold=False):
    x = (f'<w:ins {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r>{_rpr_xml(bold)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(x))


def tracked_delete(p, text, author="J. Pellow", date="2009-02-11T10:14:00Z", bold=False):
    x = (f'<w:del {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r>{_rpr_xml(bold)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))


def mark_para_deleted(p, author="J. Pellow", date="2009-02-11T10:14:00Z"):
    """Mark a whole paragraph's runs as deleted (wrap every run in w:del and change w:t to w:delText)."""
    for r in list(p._p.findall(qn("w:r"))):
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        d = parse_xml(f'<w:del {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>')
        r.addprevious(d)
        d.append(r)
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:del {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))


def text_box(doc, lines, width_cm=15, height_cm=4, fill="F2F2F2"):
    """Anchored-inline text box (wps) with a VML fallback. lines: list of (text, bold)."""
    def paras():
        out = []
        for text, bold in lines:
            out.append(f'<w:p><w:r>{_rpr_xml(bold)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
        return "".join(out)
    emu_w, emu_h = int(width_cm * 360000), int(height_cm * 360000)
    bid = _next_id()
    xml = f'''<w:p {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{emu_w}" cy="{emu_h}"/><wp:docPr id="{bid}" name="Text Box {bid}"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu_w}" cy="{emu_h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{paras()}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>
</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="tb{bid}" type="#_x0000_t202" style="width:{width_cm*28.35:.0f}pt;height:{height_cm*28.35:.0f}pt" fillcolor="#{fill}">
<v:textbox><w:txbxContent>{paras()}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>'''
    el = parse_xml(xml)
    doc.element.body.append(el)
    # keep sectPr last
    sectPr = doc.element.body.find(qn("w:sectPr"))
    if sectPr is not None:
        doc.element.body.remove(sectPr)
        doc.element.body.append(sectPr)
    return el


class Footnotes:
    """Minimal footnotes part."""
    CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, p, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        p._p.append(parse_xml(
            f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))
        return fid

    def finish(self):
        body = "".join(
            f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>' for fid, t in self.notes)
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W_NS}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               f'{body}</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"), self.CT, xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def header_footer(doc, header, footer):
    s = doc.sections[0]
    hp = s.header.paragraphs[0]
    hp.text = header
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fp.text = footer
    for r in fp.runs:
        r.font.size = Pt(8)


def word_count(doc):
    n = sum(len(p.text.split()) for p in doc.paragraphs)
    for t in doc.tables:
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                n += len(c.text.split())
    return n
