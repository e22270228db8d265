"""Shared helpers for the it-* build scripts: python-docx plus raw OOXML for shading,
merged cells, tracked changes (w:ins / w:del), VML text boxes, comments and headers/footers."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
_rev = [100]


def new_doc(font="Arial", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def para(d, text="", bold=False, italic=False, style=None, size=None, align=None, color=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
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


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)


def table(d, header, rows, head_fill="D9D9D9", style="Table Grid", size=9):
    t = d.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, bold=True, size=size)
        shade(t.rows[0].cells[i], head_fill)
    for row in rows:
        cells = t.add_row().cells
        if isinstance(row, tuple) and row and row[0] == "BAND":
            m = cells[0].merge(cells[-1])
            cell_text(m, row[1], bold=True, size=size)
            shade(m, row[2] if len(row) > 2 else "EDEDED")
            continue
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=size)
    d.add_paragraph()
    return t


def ins(p, text, author="Reviewer", date="2009-01-12T10:00:00Z"):
    _rev[0] += 1
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{_rev[0]}" w:author="{escape(author)}" w:date="{date}"><w:r><w:t xml:space="preserve">'
        f'{escape(text)}</w:t></w:r></w:ins>'))


def dele(p, text, author="Reviewer", date="2009-01-12T10:00:00Z"):
    _rev[0] += 1
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{_rev[0]}" w:author="{escape(author)}" w:date="{date}"><w:r><w:delText xml:space="preserve">'
        f'{escape(text)}</w:delText></w:r></w:del>'))


def plain(p, text, bold=False):
    r = p.add_run(text)
    r.bold = bold
    return r


def textbox(d, paragraphs, height=150, fill="F2F2F2"):
    """A VML text box (w:pict / v:shape / v:textbox / w:txbxContent) anchored in its own paragraph."""
    ps = "".join(
        f'<w:p><w:r><w:rPr>{"<w:b/>" if i == 0 else ""}<w:sz w:val="19"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>' for i, t in enumerate(paragraphs))
    xml = (f'<w:r {W} {V}><w:pict><v:shape id="tb{_rev[0]}" type="#_x0000_t202" '
           f'style="width:450pt;height:{height}pt" fillcolor="#{fill}" strokecolor="#7F7F7F">'
           f'<v:textbox><w:txbxContent>{ps}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    _rev[0] += 1
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def comment(d, run_list, text, author, initials):
    d.add_comment(run_list, text=text, author=author, initials=initials)


def header_footer(d, head, foot):
    s = d.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot
    for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)
