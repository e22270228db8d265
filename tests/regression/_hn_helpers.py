"""Shared helpers for the hn-* build scripts (python-docx plus raw OOXML)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

DATE = "2008-11-20T10:00:00Z"
_rev = [100]


def new_doc(font="Arial", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def para(d_or_cell, text="", bold=False, italic=False, size=None, align=None, style=None, color=None):
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
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


def runin(d_or_cell, lead, text):
    """A paragraph with a bold run-in lead and normal text."""
    p = d_or_cell.add_paragraph()
    r = p.add_run(lead)
    r.bold = True
    p.add_run(text)
    return p


def bullets(d_or_cell, items, mark="\u2022"):
    for it in items:
        d_or_cell.add_paragraph(f"{mark}\t{it}")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, fill=None, size=None):
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
    if fill:
        shade(cell, fill)
    return cell


def table(d, rows, widths=None, style="Table Grid", header_fill=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(i == 0 and header_fill is not None),
                      fill=(header_fill if i == 0 and header_fill else None))
    return t


def ins(p, text, author="J. Rowe"):
    _rev[0] += 1
    p._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{_rev[0]}" w:author="{author}" w:date="{DATE}">'
        f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))


def dele(p, text, author="J. Rowe"):
    _rev[0] += 1
    p._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="{_rev[0]}" w:author="{author}" w:date="{DATE}">'
        f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))


def textbox(d, lines, fill="FFF7D6", width="420pt", height="110pt"):
    """A floating VML text box anchored in its own paragraph; lines[0] bold."""
    inner = ""
    for i, line in enumerate(lines):
        b = "<w:rPr><w:b/></w:rPr>" if i == 0 else ""
        inner += f'<w:p><w:r>{b}<w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
    p = d.add_paragraph()
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml">'
        f'<w:pict><v:shape id="tb{_rev[0]}" type="#_x0000_t202" '
        f'style="width:{width};height:{height};mso-position-horizontal:center" fillcolor="#{fill}">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    _rev[0] += 1
    return p


def header_footer(d, header, footer):
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = footer


def comment(d, p, text, author="Reviewer", initials="R"):
    d.add_comment(p.runs, text=text, author=author, initials=initials)
