"""Shared python-docx helpers for the ii-* build scripts (raw OOXML where needed)."""
import datetime
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def header_footer(d, header, footer):
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer


def para(d, text="", bold=False, italic=False, style=None, size=None, color=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def runs(d, parts, style=None):
    """parts: list of (text, fmt) where fmt contains 'b' and/or 'i'."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, widths=None, header_fill="D9D9D9", style="Table Grid", bold_header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            lines = val.split("\n") if val else [""]
            p = c.paragraphs[0]
            for k, ln in enumerate(lines):
                if k:
                    p = c.add_paragraph()
                r = p.add_run(ln)
                if i == 0 and bold_header:
                    r.bold = True
            if i == 0 and header_fill:
                shade(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill="BFBFBF", bold=True):
    """Merge the whole of row i into one cell with text."""
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    a.text = ""
    r = a.paragraphs[0].add_run(text)
    r.bold = bold
    if fill:
        shade(a, fill)
    return a


def _now():
    return "2009-02-11T10:%02d:00Z" % (_rev[0] % 60)


def tracked(p, text, kind, author="Author", date=None):
    """Append a tracked insertion (kind='ins') or deletion (kind='del') run to paragraph p."""
    _rev[0] += 1
    date = date or _now()
    if kind == "ins":
        x = (f'<w:ins {W} w:id="{_rev[0]}" w:author="{esc(author)}" w:date="{date}">'
             f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    else:
        x = (f'<w:del {W} w:id="{_rev[0]}" w:author="{esc(author)}" w:date="{date}">'
             f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))


def deleted_para(d, text, author="Author", style=None):
    """A whole paragraph that is a tracked deletion (its mark deleted too)."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    _rev[0] += 1
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:del w:id="{_rev[0]}" w:author="{esc(author)}" w:date="{_now()}"/></w:rPr>'))
    tracked(p, text, "del", author)
    return p


def inserted_para(d, text, author="Author", style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    _rev[0] += 1
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:ins w:id="{_rev[0]}" w:author="{esc(author)}" w:date="{_now()}"/></w:rPr>'))
    tracked(p, text, "ins", author)
    return p


def comment(d, p, text, author="Reviewer", initials="R"):
    d.add_comment(p.runs, text=text, author=author, initials=initials)


def text_box(d, lines, fill="F2F2F2", width_cm=15, height_cm=4):
    """An inline DrawingML text box (wps) holding the lines (first bold), with a VML fallback."""
    emu_w, emu_h = int(width_cm * 360000), int(height_cm * 360000)
    _rev[0] += 1
    body = ""
    for k, ln in enumerate(lines):
        b = "<w:rPr><w:b/></w:rPr>" if k == 0 else ""
        body += f'<w:p><w:r>{b}<w:t xml:space="preserve">{esc(ln)}</w:t></w:r></w:p>'
    xml = f'''<w:p {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{emu_w}" cy="{emu_h}"/>
<wp:docPr id="{_rev[0]}" name="Text Box {_rev[0]}"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu_w}" cy="{emu_h}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline>
</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape style="width:{width_cm}cm;height:{height_cm}cm" fillcolor="#{fill}"><v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>'''
    el = parse_xml(xml)
    d.element.body.append(el)
    # keep sectPr last
    sect = d.element.body.find(qn("w:sectPr"))
    if sect is not None:
        d.element.body.remove(sect)
        d.element.body.append(sect)


def landscape(d):
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
