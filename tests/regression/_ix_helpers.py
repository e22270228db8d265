"""Shared python-docx and raw OOXML helpers for the ix-* build scripts."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm
from xml.sax.saxutils import escape

DATE = "2009-02-11T10:00:00Z"
_rev = [100]


def _id():
    _rev[0] += 1
    return _rev[0]


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def para(d, text="", bold=False, italic=False, style=None, size=None, color=None, align=None, caps=False):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.all_caps = caps
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    return p


def runs(d, parts, style=None):
    """parts: list of (text, fmt) with fmt a string of b/i letters."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, head_fill="1F5C3A", head_color="FFFFFF", style="Table Grid", bold_first_col=False, size=9):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = d.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            r = p.add_run(val)
            r.font.size = Pt(size)
            if i == 0 and head_fill:
                r.bold = True
                r.font.color.rgb = RGBColor.from_string(head_color)
                shade(c, head_fill)
            elif j == 0 and bold_first_col:
                r.bold = True
    return t


def merge_row(t, i, text, fill="D9EAD3", bold=True, size=9):
    """Merge a whole row into one shaded cell holding text."""
    a = t.cell(i, 0)
    b = t.cell(i, len(t.columns) - 1)
    m = a.merge(b)
    for p in m.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    m.paragraphs[0].text = ""
    r = m.paragraphs[0].add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    shade(m, fill)
    return m


def vmerge(t, col, r0, r1, text=None, size=9):
    m = t.cell(r0, col).merge(t.cell(r1, col))
    if text is not None:
        for p in m.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        m.paragraphs[0].text = ""
        rr = m.paragraphs[0].add_run(text)
        rr.bold = True
        rr.font.size = Pt(size)
    return m


def header_footer(d, head, foot):
    s = d.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot
    for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)
            r.font.color.rgb = RGBColor.from_string("666666")


def _run_xml(text, deleted=False, bold=False):
    tag = "w:delText" if deleted else "w:t"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def tracked_para(d, parts, author="R. Okafor", date=DATE, style=None):
    """parts: list of (kind, text) with kind '', 'ins' or 'del'."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for kind, text in parts:
        if kind == "":
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'))
        elif kind == "ins":
            p._p.append(parse_xml(
                f'<w:ins {nsdecls("w")} w:id="{_id()}" w:author="{author}" w:date="{date}">{_run_xml(text)}</w:ins>'))
        else:
            p._p.append(parse_xml(
                f'<w:del {nsdecls("w")} w:id="{_id()}" w:author="{author}" w:date="{date}">'
                f'{_run_xml(text, deleted=True)}</w:del>'))
    return p


def deleted_para(d, text, author="R. Okafor", date=DATE):
    """A whole paragraph deleted as a tracked change (mark included)."""
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:rPr {nsdecls("w")}><w:del w:id="{_id()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    p._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="{_id()}" w:author="{author}" w:date="{date}">'
        f'{_run_xml(text, deleted=True)}</w:del>'))
    return p


def comment(d, paragraph, text, author="J. Pritchard", initials="JP"):
    rs = paragraph.runs
    if not rs:
        rs = [paragraph.add_run("")]
    d.add_comment(rs, text=text, author=author, initials=initials)


def text_box(d, lines, width_cm=15.5, height_cm=4.0, fill="FFF2CC"):
    """A VML text box anchored in its own paragraph; lines is a list of strings (first bold)."""
    inner = ""
    for k, line in enumerate(lines):
        b = "<w:rPr><w:b/></w:rPr>" if k == 0 else ""
        inner += f'<w:p><w:r>{b}<w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shape id="tb{_id()}" type="#_x0000_t202" '
           f'style="width:{width_cm}cm;height:{height_cm}cm;mso-position-horizontal:center" '
           f'fillcolor="#{fill}" strokecolor="#7F6000">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def landscape_section(d):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    return s


def portrait_section(d):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    if s.page_width > s.page_height:
        s.page_width, s.page_height = s.page_height, s.page_width
    return s
