"""Shared python-docx helpers for the hv-* build scripts (raw OOXML for tracked
changes, shading, merged cells, VML text boxes)."""
import datetime
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2008-10-14T09:30:00Z"
_rev = [100]


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def header_footer(doc, header, footer):
    for s in doc.sections:
        s.header.is_linked_to_previous = False
        s.footer.is_linked_to_previous = False
        s.header.paragraphs[0].text = header
        s.footer.paragraphs[0].text = footer
        for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
            for r in p.runs:
                r.font.size = Pt(8)


def para(doc_or_cell, text="", style=None, bold=False, italic=False, size=None, color=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def rich(doc_or_cell, parts, style=None):
    """parts: list of (text, flags) where flags may contain 'b', 'i', 'br' (line break after)."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
        if "br" in f:
            r.add_break(WD_BREAK.LINE)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None):
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
    return cell


def table(doc, rows, header=True, fill="D9D9D9", size=9, widths=None, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            if header and i == 0 and fill:
                shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill="EDEDED", bold=True, size=9):
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    cell_text(a, text, bold=bold, size=size)
    if fill:
        shade(a, fill)
    return a


def _run_xml(text, deleted=False, bold=False):
    tag = "w:delText" if deleted else "w:t"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{esc}</{tag}></w:r>'


def tracked(p, kind, text, author="J. Okafor", date=DATE):
    """Append a tracked insertion ('ins') or deletion ('del') to paragraph p."""
    _rev[0] += 1
    el = parse_xml(f'<w:{kind} {W_NS} w:id="{_rev[0]}" w:author="{author}" w:date="{date}">'
                   f'{_run_xml(text, deleted=(kind == "del"))}</w:{kind}>')
    p._p.append(el)
    return p


def comment(doc, run, text, author="Reviewer", initials="RV"):
    return doc.add_comment(run, text=text, author=author, initials=initials)


def textbox(doc, lines, width_pt=430, height_pt=120, fill="#F2F2F2"):
    """A floating VML text box (w:pict) anchored in its own paragraph; lines are
    (text, bold) tuples, each a paragraph inside the box."""
    inner = ""
    for text, bold in lines:
        esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        inner += f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{esc}</w:t></w:r></w:p>'
    xml = (f'<w:p {W_NS} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:r><w:pict><v:shape id="tb{_rev[0]}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" fillcolor="{fill}">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    _rev[0] += 1
    el = parse_xml(xml)
    doc.element.body.append(el)
    # keep sectPr last
    sect = doc.element.body.find(qn("w:sectPr"))
    if sect is not None:
        doc.element.body.remove(sect)
        doc.element.body.append(sect)
    return el


def landscape_section(doc):
    from docx.enum.section import WD_SECTION
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    return s


def portrait_section(doc):
    from docx.enum.section import WD_SECTION
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    if s.page_width > s.page_height:
        s.page_width, s.page_height = s.page_height, s.page_width
    return s
