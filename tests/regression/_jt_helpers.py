"""Shared helpers for the jt-* build scripts (python-docx plus raw OOXML)."""
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def new_doc(header_text, footer_text, font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for p in (sec.header.paragraphs[0], sec.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)
    return d


def para(d, text="", style=None, bold=False, italic=False, size=None, color=None):
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
    """parts: list of (text, flags) where flags is a string containing b/i/g (grey)."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    out = []
    for text, flags in parts:
        r = p.add_run(text)
        r.bold = "b" in flags
        r.italic = "i" in flags
        if "g" in flags:
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        out.append(r)
    return p, out


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, fill=None, size=None):
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


def table(d, rows, header_fill="D9D9D9", bold_first_col=False, style="Table Grid", size=9):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(i == 0) or (bold_first_col and j == 0),
                     fill=header_fill if i == 0 else None, size=size)
    return t


def merge_row(t, i, text, fill="EDEDED", bold=True, size=9):
    row = t.rows[i]
    c = row.cells[0].merge(row.cells[-1])
    set_cell(c, text, bold=bold, fill=fill, size=size)
    return c


def _run_xml(text, deleted=False, bold=False):
    tag = "w:delText" if deleted else "w:t"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r {W}>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


_rid = [100]


def _next():
    _rid[0] += 1
    return _rid[0]


def add_ins(p, text, author="Editor", date="2008-12-10T09:00:00Z"):
    from docx.oxml import parse_xml
    el = parse_xml(f'<w:ins {W} w:id="{_next()}" w:author="{escape(author)}" w:date="{date}">'
                   f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    p._p.append(el)


def add_del(p, text, author="Editor", date="2008-12-10T09:00:00Z"):
    from docx.oxml import parse_xml
    el = parse_xml(f'<w:del {W} w:id="{_next()}" w:author="{escape(author)}" w:date="{date}">'
                   f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    p._p.append(el)


def deleted_paragraph(d, text, author="Editor", date="2008-12-10T09:00:00Z"):
    """A whole paragraph removed as a tracked change (its mark is deleted too)."""
    from docx.oxml import parse_xml
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:del w:id="{_next()}" w:author="{escape(author)}" w:date="{date}"/></w:rPr>'))
    add_del(p, text, author, date)
    return p


def inserted_paragraph(d, text, author="Editor", date="2008-12-10T09:00:00Z"):
    from docx.oxml import parse_xml
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:ins w:id="{_next()}" w:author="{escape(author)}" w:date="{date}"/></w:rPr>'))
    add_ins(p, text, author, date)
    return p


def text_box(d, title, lines, fill="FFF2CC", width_pt=440, height_pt=150):
    """A VML text box anchored inline in its own paragraph."""
    from docx.oxml import parse_xml
    inner = f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(title)}</w:t></w:r></w:p>'
    for ln in lines:
        inner += f'<w:p><w:r><w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>'
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           f'<v:shape id="tb{_next()}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" '
           f'fillcolor="#{fill}" strokeweight="1.5pt"><v:textbox style="mso-fit-shape-to-text:t">'
           f'<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def comment(d, run_list, text, author="Reviewer", initials="R"):
    return d.add_comment(run_list, text=text, author=author, initials=initials)
