"""Shared helpers for the kv-* build scripts: raw OOXML for what python-docx cannot do
(tracked changes, text boxes, footnotes, shading, merged cells)."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def _id():
    _rev[0] += 1
    return _rev[0]


def para(doc, text="", bold=False, size=None, italic=False, style=None, align=None, color=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runs(p, parts):
    """parts: list of (text, fmt) where fmt is a string of b/i."""
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
    return p


def _run_xml(text, deleted=False, bold=False):
    tag = "w:delText" if deleted else "w:t"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def add_ins(p, text, author="R. Ashworth", date="2008-10-14T09:12:00Z"):
    el = parse_xml(f'<w:ins {W_NS} w:id="{_id()}" w:author="{author}" w:date="{date}">'
                   f'{_run_xml(text)}</w:ins>')
    p._p.append(el)


def add_del(p, text, author="R. Ashworth", date="2008-10-14T09:12:00Z"):
    el = parse_xml(f'<w:del {W_NS} w:id="{_id()}" w:author="{author}" w:date="{date}">'
                   f'{_run_xml(text, deleted=True)}</w:del>')
    p._p.append(el)


def deleted_paragraph(doc, text, author="R. Ashworth", date="2008-10-14T09:12:00Z"):
    p = doc.add_paragraph()
    add_del(p, text, author, date)
    # mark the paragraph mark deleted too
    ppr = p._p.get_or_add_pPr()
    rpr = parse_xml(f'<w:rPr {W_NS}><w:del w:id="{_id()}" w:author="{author}" w:date="{date}"/></w:rPr>')
    ppr.append(rpr)
    return p


def inserted_paragraph(doc, text, author="R. Ashworth", date="2008-10-14T09:12:00Z"):
    p = doc.add_paragraph()
    add_ins(p, text, author, date)
    ppr = p._p.get_or_add_pPr()
    rpr = parse_xml(f'<w:rPr {W_NS}><w:ins w:id="{_id()}" w:author="{author}" w:date="{date}"/></w:rPr>')
    ppr.append(rpr)
    return p


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def table(doc, rows, header=True, style="Table Grid", size=9, shade_header="D9D9D9"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            set_cell(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0 and shade_header:
                shade(t.cell(i, j), shade_header)
    return t


def merged_row(t, i, text, fill="EDEDED", size=9):
    c = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    set_cell(c, text, bold=True, size=size)
    shade(c, fill)
    return c


def header_footer(doc, head, foot):
    s = doc.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot
    for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)


def text_box(doc, paragraphs, width_emu=5400000, height_emu=1500000):
    """A floating DrawingML text box (wps) anchored in a new paragraph, with a VML fallback."""
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>' for t in paragraphs)
    n = _id()
    xml = f'''<w:p {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><w:r><mc:AlternateContent><mc:Choice Requires="wps">
<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{width_emu}" cy="{height_emu}"/>
<wp:docPr id="{n}" name="Text Box {n}"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width_emu}" cy="{height_emu}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="12700"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing>
</mc:Choice><mc:Fallback><w:pict><v:shape id="tb{n}" style="width:425pt;height:118pt" type="#_x0000_t202"><v:textbox>
<w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>'''
    el = parse_xml(xml)
    doc.element.body.insert(len(doc.element.body) - 1, el)
    return el


class Footnotes:
    """Adds a footnotes part and lets the caller put footnote references in paragraphs."""

    def __init__(self, doc):
        self.doc = doc
        self.n = 0
        xml = (f'<w:footnotes {nsdecls("w")}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.el = parse_xml(xml)
        self.part = None

    def add(self, p, text):
        self.n += 1
        i = self.n
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              f'<w:footnoteReference w:id="{i}"/></w:r>'))
        self.el.append(parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'))

    def finish(self):
        from lxml import etree
        blob = etree.tostring(self.el, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)
