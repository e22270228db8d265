"""Shared helpers for the jc-* build scripts (python-docx plus raw OOXML)."""
import copy
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

_rev = [100]


def new_doc(font="Arial", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def para(d, text="", bold=False, italic=False, size=None, color=None, align=None, style=None, space_after=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(d, parts, style=None):
    """parts: list of (text, fmt) where fmt holds letters b/i/u."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
        r.underline = "u" in f
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def table(d, rows, widths=None, header_fill="D9D9D9", bold_header=True, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            r = p.add_run(val if val is not None else "")
            if i == 0 and bold_header:
                r.bold = True
                if header_fill:
                    shade(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill=None, bold=True):
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    a.text = ""
    r = a.paragraphs[0].add_run(text)
    r.bold = bold
    if fill:
        shade(a, fill)
    return a


def _run_el(text, dele=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if dele else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(p, text, kind, author="Family Learning Team", date="2009-01-14T10:00:00Z"):
    """Append a w:ins or w:del run to paragraph p."""
    _rev[0] += 1
    el = OxmlElement("w:ins" if kind == "ins" else "w:del")
    el.set(qn("w:id"), str(_rev[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run_el(text, dele=(kind == "del")))
    p._p.append(el)
    return el


def tracked_para(d, text, kind, author="Family Learning Team", date="2009-01-14T10:00:00Z"):
    """A whole paragraph inserted or deleted (paragraph mark too)."""
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    _rev[0] += 1
    m = OxmlElement("w:ins" if kind == "ins" else "w:del")
    m.set(qn("w:id"), str(_rev[0]))
    m.set(qn("w:author"), author)
    m.set(qn("w:date"), date)
    rPr.append(m)
    pPr.append(rPr)
    tracked(p, text, kind, author, date)
    return p


def comment(d, p, text, author="Reviewer", initials="R"):
    rs = p.runs
    if not rs:
        rs = [p.add_run("")]
    d.add_comment(rs, text=text, author=author, initials=initials)


def text_box(d, title, lines, fill="FFF2CC"):
    """A floating-free inline text box (wps with a VML fallback) in its own paragraph."""
    p = d.add_paragraph()
    body = "".join(
        '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
        % ("<w:rPr><w:b/></w:rPr>" if i == 0 else "", _esc(x))
        for i, x in enumerate([title] + lines)
    )
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        '<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5600000" cy="%d"/>'
        '<wp:docPr id="%d" name="Text Box %d"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"5600000\" cy=\"%d\"/></a:xfrm>"
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="%s"/></a:solidFill></wps:spPr>'
        "<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape style="width:441pt;height:%dpt" fillcolor="#%s"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        "</mc:AlternateContent></w:r>"
    )
    _rev[0] += 1
    h = 300000 + 260000 * (len(lines) + 1)
    from lxml import etree
    el = etree.fromstring(xml % (h, _rev[0], _rev[0], h, fill, body, h // 12700, fill, body))
    p._p.append(el)
    return p


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def header_footer(d, head, foot):
    s = d.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot
