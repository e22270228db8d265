"""Shared helpers for the me-* build scripts: bold capital titles, tables with
merged and shaded cells, tracked insertions and deletions (w:ins / w:del), a VML
text box, headers and footers, Word comments."""
import copy
import itertools
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

_ids = itertools.count(9000)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_doc(font="Georgia", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(4)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def para(d_or_cell, text="", bold=False, italic=False, size=None, align=None, color=None, style=None):
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
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
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def runs(d_or_cell, parts, style=None):
    """parts: list of (text, fmt) where fmt contains b / i / g (grey prompt)."""
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
        if "g" in fmt:
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return p


def shade_par(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def title(d, text, fill=None, size=11.5):
    p = para(d, text.upper(), bold=True, size=size)
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    if fill:
        shade_par(p, fill)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def table(d, rows, widths=None, head_fill="D9D9D9", size=9, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(i == 0 and head_fill is not None), size=size)
            if i == 0 and head_fill:
                shade(t.cell(i, j), head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def _date():
    return "2008-11-21T10:00:00Z"


def ins_run(p, text, author="J. Marle", date=None, bold=False):
    """Append a tracked insertion to paragraph p."""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    x = (f'<w:ins {W} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date or _date()}">'
         f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(x))


def del_run(p, text, author="J. Marle", date=None):
    x = (f'<w:del {W} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date or _date()}">'
         f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))


def _mark(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = parse_xml(f'<w:rPr {W}><w:{kind} w:id="{next(_ids)}" w:author="{esc(author)}" '
                    f'w:date="{date or _date()}"/></w:rPr>')
    pPr.append(rPr)


def ins_para(d, text, author="J. Marle", date=None):
    p = d.add_paragraph()
    _mark(p, "ins", author, date)
    ins_run(p, text, author, date)
    return p


def del_para(d, text, author="J. Marle", date=None):
    p = d.add_paragraph()
    _mark(p, "del", author, date)
    del_run(p, text, author, date)
    return p


def textbox(d, lines, width_pt=430, height_pt=120, fill="F2F2F2"):
    """A VML text box anchored in its own paragraph. lines: list of (text, bold)."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'
        for t, b in lines)
    x = (f'<w:p {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
         f'<w:r><w:pict><v:shape id="tb{next(_ids)}" type="#_x0000_t202" '
         f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" '
         f'fillcolor="#{fill}" strokecolor="#404040"><v:textbox><w:txbxContent>{inner}'
         f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    d.element.body.append(parse_xml(x))
    # keep sectPr last
    body = d.element.body
    sect = body.find(qn("w:sectPr"))
    if sect is not None:
        body.remove(sect)
        body.append(sect)


def header_footer(d, head, foot):
    s = d.sections[0]
    s.header.paragraphs[0].text = head
    s.header.paragraphs[0].runs[0].font.size = Pt(8)
    s.footer.paragraphs[0].text = foot
    s.footer.paragraphs[0].runs[0].font.size = Pt(8)


def comment(d, p, text, author="House Secretary", initials="HS"):
    d.add_comment(p.runs, text=text, author=author, initials=initials)


def merge(t, r1, c1, r2, c2, text=None, bold=False, fill=None, size=9):
    c = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        set_cell(c, text, bold=bold, size=size)
    if fill:
        shade(c, fill)
    return c
