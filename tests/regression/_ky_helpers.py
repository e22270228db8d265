"""Shared helpers for the ky-* build scripts (python-docx plus raw OOXML)."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rid = [900]


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
    return d


def para(d, text="", bold=False, italic=False, size=None, align=None, color=None, style=None):
    p = d.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runs(d, parts):
    """parts: list of (text, bold) pairs in one paragraph."""
    p = d.add_paragraph()
    for t, b in parts:
        r = p.add_run(t)
        r.bold = b
    return p


def typed_bullets(d, items, mark="\u2022"):
    for it in items:
        para(d, f"{mark}  {it}")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    tcPr.append(sh)


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)


def table(d, rows, widths=None, header_fill="D9D9D9", size=9, style="Table Grid", header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            if header and i == 0 and header_fill:
                shade(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge(t, r1, c1, r2, c2, text=None, bold=False, fill=None, size=9):
    m = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        cell_text(m, text, bold=bold, size=size)
    if fill:
        shade(m, fill)
    return m


def header_footer(d, head, foot):
    s = d.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot


def _rid_next():
    _rid[0] += 1
    return _rid[0]


def tracked_para(d, text, kind, author, date="2008-10-14T10:00:00Z", bold=False):
    """A whole paragraph inserted ('ins') or deleted ('del') as a tracked change."""
    p = d.add_paragraph()
    tag = "w:ins" if kind == "ins" else "w:del"
    ttag = "w:t" if kind == "ins" else "w:delText"
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    el = parse_xml(f'<{tag} {W} w:id="{_rid_next()}" w:author="{author}" w:date="{date}">'
                   f'<w:r>{b}<{ttag} xml:space="preserve">{_esc(text)}</{ttag}></w:r></{tag}>')
    p._p.append(el)
    # mark the paragraph mark as inserted/deleted too
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    mk = parse_xml(f'<{tag} {W} w:id="{_rid_next()}" w:author="{author}" w:date="{date}"/>')
    rPr.append(mk)
    pPr.append(rPr)
    return p


def tracked_inline(d, pieces, author, date="2008-10-14T10:00:00Z"):
    """pieces: list of (kind, text) with kind in {'', 'ins', 'del'}."""
    p = d.add_paragraph()
    for kind, text in pieces:
        if not kind:
            p.add_run(text)
        elif kind == "ins":
            p._p.append(parse_xml(f'<w:ins {W} w:id="{_rid_next()}" w:author="{author}" w:date="{date}">'
                                  f'<w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>'))
        else:
            p._p.append(parse_xml(f'<w:del {W} w:id="{_rid_next()}" w:author="{author}" w:date="{date}">'
                                  f'<w:r><w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>'))
    return p


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_box(d, lines, width_cm=15, height_cm=5):
    """An anchored VML text box (w:pict/v:shape/v:textbox) holding paragraphs."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if i == 0 else ""}<w:t xml:space="preserve">{_esc(l)}</w:t></w:r></w:p>'
        for i, l in enumerate(lines))
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           f'<v:shape id="tb{_rid_next()}" type="#_x0000_t202" '
           f'style="width:{width_cm}cm;height:{height_cm}cm;mso-position-horizontal:center" '
           f'fillcolor="#F2F2F2" strokecolor="#7F7F7F"><v:textbox><w:txbxContent>{inner}'
           f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p
