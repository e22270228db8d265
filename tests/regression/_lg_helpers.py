"""Shared helpers for the lg-* build scripts (python-docx plus raw OOXML)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def new_doc(font="Georgia", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def para(d, text="", bold=False, italic=False, size=None, align=None, color=None, after=None):
    p = d.add_paragraph()
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
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def runin(d, lead, text):
    """A paragraph with a bold run-in lead and its text in separate runs."""
    p = d.add_paragraph()
    r = p.add_run(lead + " ")
    r.bold = True
    p.add_run(text)
    return p


def title(d, text, size=12, shade=None):
    """A typed title: bold capitals in a Normal paragraph, optionally shaded."""
    p = para(d, text, bold=True, size=size)
    if shade:
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{shade}"/>'))
    return p


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def table(d, rows, widths=None, header_fill="D9D9D9", style="Table Grid", size=9):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(i == 0), size=size)
            if i == 0 and header_fill:
                shade(t.cell(i, j), header_fill)
    return t


def _run_xml(text, tag="w:t", bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def ins_run(p, text, author, date, bold=False):
    _rev[0] += 1
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}">{_run_xml(text, bold=bold)}</w:ins>'))


def del_run(p, text, author, date):
    _rev[0] += 1
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}">'
        f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))


def deleted_paragraph(d, text, author, date):
    """A whole paragraph deleted as a tracked change (its mark too)."""
    p = d.add_paragraph()
    _rev[0] += 1
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:rPr {W}><w:del w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    del_run(p, text, author, date)
    return p


def inserted_paragraph(d, text, author, date):
    p = d.add_paragraph()
    _rev[0] += 1
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:rPr {W}><w:ins w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    ins_run(p, text, author, date)
    return p


def text_box(d, paragraphs, width="430pt", height="130pt", fill="#F2F2F2"):
    """A VML text box anchored in its own paragraph; paragraphs is a list of (text, bold)."""
    inner = "".join(
        f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{_run_xml(t, bold=b)}</w:p>' for t, b in paragraphs)
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{_rev[0]}" type="#_x0000_t202" '
           f'style="width:{width};height:{height};mso-wrap-style:square" fillcolor="{fill}" strokeweight="1pt">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    _rev[0] += 1
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def header_footer(d, header, footer):
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer
    s.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def comment(d, run_or_runs, text, author="Reviewer", initials="R"):
    d.add_comment(run_or_runs, text=text, author=author, initials=initials)
