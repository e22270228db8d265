"""Shared helpers for the if-* build scripts: python-docx plus raw OOXML for
tracked changes, shading, merged cells, text boxes and comments."""
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    return d


def para(d, text="", bold=False, italic=False, style=None, size=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def runin(d, lead, text, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(lead)
    r.bold = True
    p.add_run(text)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, header_fill="D9D9D9", widths=None, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
                if header_fill:
                    shade(c, header_fill)
    return t


def band(t, row_idx, text, fill="BFD7EA"):
    """Merge a whole row into one shaded band."""
    row = t.rows[row_idx]
    c = row.cells[0].merge(row.cells[-1])
    c.text = text
    for r in c.paragraphs[0].runs:
        r.bold = True
    shade(c, fill)
    return c


def ins(p, text, author="Helen Darby", date="2008-11-20T10:00:00Z"):
    _rev[0] += 1
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{_rev[0]}" w:author="{escape(author)}" w:date="{date}">'
        f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))


def dele(p, text, author="Helen Darby", date="2008-11-20T10:00:00Z"):
    _rev[0] += 1
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{_rev[0]}" w:author="{escape(author)}" w:date="{date}">'
        f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))


def textbox(d, paras, fill="FFF2CC", width="440pt", height="150pt"):
    """A VML text box anchored in its own paragraph."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if i == 0 else ""}'
        f'<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>' for i, t in enumerate(paras))
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shape id="tb{_rev[0]}" type="#_x0000_t202" style="width:{width};height:{height};'
           f'mso-position-horizontal:center" fillcolor="#{fill}" strokecolor="#7F7F7F">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    _rev[0] += 1
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def comment(d, p, text, author="Helen Darby", initials="HD"):
    runs = p.runs
    d.add_comment(runs, text=text, author=author, initials=initials)


def header_footer(d, head, foot):
    s = d.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot
