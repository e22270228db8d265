"""Shared helpers for the km-* build scripts: raw OOXML for what python-docx cannot do
(tracked changes, footnotes, VML text boxes, shading, merged cells, header/footer text)."""
import copy
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2008-11-14T10:00:00Z"
_rev = [100]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_doc(font="Calibri", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def header_footer(d, header, footer):
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = footer
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(d, text="", bold=False, italic=False, size=None, style=None, align=None, color=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
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


def runs(d, parts, style=None):
    """parts: list of (text, fmt) where fmt is a string containing b/i."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    out = []
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
        out.append(r)
    return p, out


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, widths=None, header_fill="1F4E3D", header_font="FFFFFF", style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if i == 0 and header_fill:
                shade(c, header_fill)
                for r in c.paragraphs[0].runs:
                    r.bold = True
                    r.font.color.rgb = RGBColor.from_string(header_font)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, j1, j2, text=None, fill=None, bold=True):
    c = t.cell(i, j1).merge(t.cell(i, j2))
    if text is not None:
        for p in c.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        c.paragraphs[0].text = ""
        r = c.paragraphs[0].add_run(text)
        r.bold = bold
    if fill:
        shade(c, fill)
    return c


def _rpr(bold=False, italic=False):
    s = ""
    if bold:
        s += "<w:b/>"
    if italic:
        s += "<w:i/>"
    return f"<w:rPr>{s}</w:rPr>" if s else ""


def tracked_para(d, pieces, author="J. Pardew"):
    """pieces: list of (kind, text) with kind in 'n' (normal), 'ins', 'del'. Adds one paragraph."""
    p = d.add_paragraph()
    xml = []
    for kind, text in pieces:
        _rev[0] += 1
        if kind == "n":
            xml.append(f'<w:r {W_NS}><w:t xml:space="preserve">{esc(text)}</w:t></w:r>')
        elif kind == "ins":
            xml.append(f'<w:ins {W_NS} w:id="{_rev[0]}" w:author="{author}" w:date="{DATE}"><w:r>'
                       f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
        elif kind == "del":
            xml.append(f'<w:del {W_NS} w:id="{_rev[0]}" w:author="{author}" w:date="{DATE}"><w:r>'
                       f'<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    for x in xml:
        p._p.append(parse_xml(x))
    return p


def deleted_para(d, text, author="J. Pardew"):
    """A whole paragraph deleted as a tracked change (paragraph mark deleted too)."""
    p = d.add_paragraph()
    _rev[0] += 1
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W_NS}><w:del w:id="{_rev[0]}" w:author="{author}" w:date="{DATE}"/></w:rPr>'))
    _rev[0] += 1
    p._p.append(parse_xml(f'<w:del {W_NS} w:id="{_rev[0]}" w:author="{author}" w:date="{DATE}"><w:r>'
                          f'<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>'))
    return p


def inserted_para(d, text, author="J. Pardew"):
    p = d.add_paragraph()
    _rev[0] += 1
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W_NS}><w:ins w:id="{_rev[0]}" w:author="{author}" w:date="{DATE}"/></w:rPr>'))
    _rev[0] += 1
    p._p.append(parse_xml(f'<w:ins {W_NS} w:id="{_rev[0]}" w:author="{author}" w:date="{DATE}"><w:r>'
                          f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>'))
    return p


def text_box(d, title, lines, width_pt=430, height_pt=170, fill="F2F2E6"):
    """A floating-free VML text box (inline pict) holding a title and paragraphs."""
    inner = f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{esc(title)}</w:t></w:r></w:p>'
    for ln in lines:
        inner += f'<w:p><w:r><w:t xml:space="preserve">{esc(ln)}</w:t></w:r></w:p>'
    p = d.add_paragraph()
    xml = (f'<w:r {W_NS} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{_rev[0]}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="#{fill}" strokecolor="#1F4E3D">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    _rev[0] += 1
    p._p.append(parse_xml(xml))
    return p


class Footnotes:
    """Adds a footnotes part; note(paragraph, text) appends a reference run."""

    def __init__(self, d):
        self.d = d
        self.n = 0
        xml = (f'<w:footnotes {W_NS}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.el = parse_xml(xml)
        self.part = None

    def note(self, p, text):
        self.n += 1
        i = self.n
        self.el.append(parse_xml(
            f'<w:footnote {W_NS} w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>'))
        p._p.append(parse_xml(
            f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{i}"/></w:r>'))

    def save(self):
        from lxml import etree
        dp = self.d.part
        blob = etree.tostring(self.el, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, dp.package)
        dp.relate_to(part, RT.FOOTNOTES)


def word_count(d):
    import re
    n = 0
    for p in d.element.body.iter(qn("w:t")):
        n += len((p.text or "").split())
    return n
