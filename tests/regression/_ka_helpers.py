"""Shared python-docx helpers for the ka-* build scripts (raw OOXML for tracked
changes, text boxes, shading and merged cells)."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_id = [900]


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


def para(d, text="", bold=False, italic=False, size=None, color=None, style=None,
         align=None, space_after=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def runs(d, parts, style=None):
    """parts: list of (text, dict(bold=, italic=, color=))"""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for t, kw in parts:
        run(p, t, **kw)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, widths=None, header_fill="D9D9D9", bold_header=True, size=9):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            if val is None:
                continue
            lines = val.split("\n")
            for k, line in enumerate(lines):
                if k:
                    p = c.add_paragraph()
                r = p.add_run(line)
                r.font.size = Pt(size)
                if i == 0 and bold_header:
                    r.bold = True
            if i == 0 and header_fill:
                shade(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge(t, r1, c1, r2, c2, text=None, fill=None, bold=False, size=9):
    a = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        for p in a.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        a.paragraphs[0].text = ""
        r = a.paragraphs[0].add_run(text)
        r.bold = bold or None
        r.font.size = Pt(size)
    if fill:
        shade(a, fill)
    return a


def _rpr(size=None, color=None, bold=False, italic=False):
    s = ""
    if bold:
        s += "<w:b/>"
    if italic:
        s += "<w:i/>"
    if color:
        s += f'<w:color w:val="{color}"/>'
    if size:
        s += f'<w:sz w:val="{int(size*2)}"/>'
    return f"<w:rPr>{s}</w:rPr>" if s else ""


def ins(p, text, author, date, **kw):
    _id[0] += 1
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{_id[0]}" w:author="{escape(author)}" w:date="{date}">'
        f'<w:r>{_rpr(**kw)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))


def dele(p, text, author, date, **kw):
    _id[0] += 1
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{_id[0]}" w:author="{escape(author)}" w:date="{date}">'
        f'<w:r>{_rpr(**kw)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))


def ins_para_mark(p, author, date):
    """Mark the paragraph mark itself as inserted (whole inserted paragraph)."""
    _id[0] += 1
    pPr = p._p.get_or_add_pPr()
    rPr = parse_xml(f'<w:rPr {W}><w:ins w:id="{_id[0]}" w:author="{escape(author)}" w:date="{date}"/></w:rPr>')
    pPr.append(rPr)


def del_para_mark(p, author, date):
    _id[0] += 1
    pPr = p._p.get_or_add_pPr()
    rPr = parse_xml(f'<w:rPr {W}><w:del w:id="{_id[0]}" w:author="{escape(author)}" w:date="{date}"/></w:rPr>')
    pPr.append(rPr)


def text_box(d, paras, width_pt=430, height_pt=150, fill="F2F2F2"):
    """A VML text box anchored inline in its own paragraph. paras: list of (text, bold)."""
    body = "".join(
        f'<w:p><w:r>{_rpr(size=9, bold=b)}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        for t, b in paras)
    _id[0] += 1
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shape id="tb{_id[0]}" o:spid="_x0000_s{_id[0]}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" '
           f'fillcolor="#{fill}" strokecolor="#404040">'
           f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{body}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def header_footer(d, header, footer):
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    for r in s.header.paragraphs[0].runs:
        r.font.size = Pt(8)
    s.footer.paragraphs[0].text = footer
    for r in s.footer.paragraphs[0].runs:
        r.font.size = Pt(8)


def bullet(d, text, sym="\u2022"):
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.first_line_indent = Cm(-0.5)
    run(p, f"{sym}\t{text}")
    return p
