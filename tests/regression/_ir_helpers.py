"""Shared python-docx helpers for the ir-* build scripts (raw OOXML where python-docx cannot do it)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def _rid():
    _rev[0] += 1
    return _rev[0]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def para(doc_or_cell, text="", style=None, bold=False, italic=False, size=None, color=None, align=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
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
    """parts: list of (text, fmt) where fmt is a string containing b/i."""
    out = []
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
        if "r" in fmt:
            r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        out.append(r)
    return out


def cell_text(cell, text, bold=False, italic=False, fill=None, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if fill:
        shade(cell, fill)
    return cell


def table(doc, rows, header=True, style="Table Grid", fill_header="D9D9D9", widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(header and i == 0), fill=(fill_header if header and i == 0 else None))
    return t


def ins_run(p, text, author="Author", date="2008-11-20T10:00:00Z", bold=False):
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    el = parse_xml(f'<w:ins {W} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}">'
                   f'<w:r>{b}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    p._p.append(el)
    return el


def del_run(p, text, author="Author", date="2008-11-20T10:00:00Z"):
    el = parse_xml(f'<w:del {W} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}">'
                   f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    p._p.append(el)
    return el


def deleted_paragraph(doc, text, author="Author", date="2008-11-20T10:00:00Z"):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:del w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}"/></w:rPr>'))
    del_run(p, text, author, date)
    return p


def inserted_paragraph(doc, text, author="Author", date="2008-11-20T10:00:00Z"):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:ins w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}"/></w:rPr>'))
    ins_run(p, text, author, date)
    return p


def text_box(doc, lines, width_pt=440, height_pt=120, fill="#FFF2CC"):
    """A VML text box anchored inline in its own paragraph; lines is a list of (text, bold)."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        for t, b in lines)
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{_rid()}" o:spid="_x0000_s{_rid()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" fillcolor="{fill}" strokecolor="#7F6000">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def header_footer(doc, header, footer):
    s = doc.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer


def comment(doc, run_list, text, author="Reviewer", initials="R"):
    return doc.add_comment(run_list, text=text, author=author, initials=initials)
