"""Shared helpers for the jb-* build scripts: python-docx plus raw OOXML
(tracked changes, comments, VML text boxes, merged and shaded cells)."""
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
_rev = [100]


def new_doc(font="Arial", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return doc


def runs(p, parts):
    """parts: str or list of str / (text, dict(b=, i=, color=, size=, u=))."""
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
            continue
        text, f = part
        r = p.add_run(text)
        r.bold = f.get("b")
        r.italic = f.get("i")
        r.underline = f.get("u")
        if f.get("color"):
            r.font.color.rgb = RGBColor.from_string(f["color"])
        if f.get("size"):
            r.font.size = Pt(f["size"])
    return p


def para(doc_or_cell, parts="", style=None, align=None, space_after=None, b=None, i=None, size=None, color=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if isinstance(parts, str) and (b or i or size or color):
        parts = [(parts, dict(b=b, i=i, size=size, color=color))]
    runs(p, parts)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, parts, b=None, i=None, size=None, color=None, shade=None):
    """Replace the cell's first paragraph with parts; '\n' in a str starts a new paragraph."""
    cell.paragraphs[0].text = ""
    if isinstance(parts, str):
        chunks = parts.split("\n")
        runs(cell.paragraphs[0], [(chunks[0], dict(b=b, i=i, size=size, color=color))])
        for c in chunks[1:]:
            runs(cell.add_paragraph(), [(c, dict(b=b, i=i, size=size, color=color))])
    else:
        runs(cell.paragraphs[0], parts)
    if shade:
        shade_cell(cell, shade)
    return cell


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(doc, rows, widths=None, header_fill="D9D9D9", style="Table Grid", size=9.5, bold_first_row=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            if val is None:
                continue
            c = t.cell(ri, ci)
            cell_text(c, val, b=(bold_first_row and ri == 0) or None, size=size)
            if ri == 0 and header_fill:
                shade_cell(c, header_fill)
    if widths:
        for row in t.rows:
            for ci, w in enumerate(widths):
                row.cells[ci].width = Cm(w)
    return t


def merged_row(t, ri, text, fill="EDEDED", b=True, size=9.5, i=None):
    row = t.rows[ri]
    c = row.cells[0].merge(row.cells[-1])
    cell_text(c, text, b=b, size=size, i=i, shade=fill)
    return c


def _r(text, rpr=""):
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def ins_run(p, text, author="A. Author", date="2008-11-20T10:00:00Z"):
    _rev[0] += 1
    p._p.append(parse_xml(f'<w:ins {W} w:id="{_rev[0]}" w:author="{escape(author)}" w:date="{date}">{_r(text)}</w:ins>'))


def del_run(p, text, author="A. Author", date="2008-11-20T10:00:00Z"):
    _rev[0] += 1
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{_rev[0]}" w:author="{escape(author)}" w:date="{date}">'
        f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))


def tracked_para(doc, pieces, author="A. Author", date="2008-11-20T10:00:00Z", whole=None, style=None):
    """pieces: list of ('=', text) | ('+', text) | ('-', text). whole='ins'/'del' marks the paragraph mark too."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    for kind, text in pieces:
        if kind == "=":
            p.add_run(text)
        elif kind == "+":
            ins_run(p, text, author, date)
        else:
            del_run(p, text, author, date)
    if whole:
        _rev[0] += 1
        pPr = p._p.get_or_add_pPr()
        rPr = parse_xml(f'<w:rPr {W}><w:{whole} w:id="{_rev[0]}" w:author="{escape(author)}" w:date="{date}"/></w:rPr>')
        pPr.append(rPr)
    return p


def comment(doc, p, text, author="Reviewer", initials="R"):
    rs = p.runs
    doc.add_comment(rs if rs else p.add_run(""), text=text, author=author, initials=initials)


def text_box(doc, paragraphs, width_pt=430, height_pt=120, fill="FFF2CC", stroke="BF9000"):
    """A VML text box anchored in its own paragraph. paragraphs: list of (text, bold)."""
    inner = ""
    for text, bold in paragraphs:
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        inner += f"<w:p>{_r(text, rpr)}</w:p>"
    xml = (f'<w:p {W} {V}><w:r><w:pict>'
           f'<v:shape id="tb{_rev[0]}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" '
           f'fillcolor="#{fill}" strokecolor="#{stroke}">'
           f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r></w:p>')
    _rev[0] += 1
    el = parse_xml(xml)
    doc.element.body.insert(len(doc.element.body) - 1, el)
    return el


def header_footer(doc, header, footer):
    s = doc.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer
    for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)
