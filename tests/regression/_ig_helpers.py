"""Shared helpers for the ig-* build scripts: python-docx plus raw OOXML for
shading, merged cells, VML text boxes, tracked changes (w:ins / w:del) and comments."""
import itertools
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

_ids = itertools.count(900)
DATE = "2008-10-02T10:00:00Z"


def new_doc(font="Arial", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return d


def header_footer(d, header=None, footer=None):
    s = d.sections[0]
    if header:
        p = s.header.paragraphs[0]
        p.text = header
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in p.runs:
            r.font.size = Pt(8)
    if footer:
        p = s.footer.paragraphs[0]
        p.text = footer
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in p.runs:
            r.font.size = Pt(8)


def para(d, text="", bold=False, italic=False, style=None, size=None, color=None, align=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
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


def runs(d, parts, style=None):
    """parts: list of (text, fmt) where fmt contains 'b' and/or 'i'."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
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


def table(d, rows, header_fill="D9D9D9", bold_header=True, style="Table Grid", size=9):
    """rows: list of lists of strings. None in a cell means 'merge with the cell to the left'.
    A string starting with '^' means 'merge with the cell above' (vertical merge)."""
    ncols = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncols)
    t.style = style
    for i, row in enumerate(rows):
        for j in range(ncols):
            val = row[j] if j < len(row) else ""
            if val is None or (isinstance(val, str) and val.startswith("^")):
                continue
            set_cell(t.cell(i, j), val, bold=(bold_header and i == 0), size=size)
            if i == 0 and header_fill:
                shade(t.cell(i, j), header_fill)
    # horizontal merges
    for i, row in enumerate(rows):
        j = 0
        while j < ncols:
            k = j + 1
            while k < ncols and k < len(row) and row[k] is None:
                k += 1
            if k - j > 1:
                t.cell(i, j).merge(t.cell(i, k - 1))
            j = k
    # vertical merges
    for j in range(ncols):
        i = 0
        while i < len(rows):
            k = i + 1
            while k < len(rows) and j < len(rows[k]) and isinstance(rows[k][j], str) and rows[k][j].startswith("^"):
                k += 1
            if k - i > 1:
                keep = t.cell(i, j).text
                m = t.cell(i, j).merge(t.cell(k - 1, j))
                set_cell(m, keep, size=size)
            i = k
    return t


def shade_row(t, i, fill, bold=True):
    seen = set()
    for c in t.rows[i].cells:
        if id(c._tc) in seen:
            continue
        seen.add(id(c._tc))
        shade(c, fill)
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = bold


def _run_el(text, bold=False, deleted=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        b = OxmlElement("w:b")
        rpr.append(b)
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def ins(p, text, author="Jan Pelling", date=DATE, bold=False):
    el = OxmlElement("w:ins")
    el.set(qn("w:id"), str(next(_ids)))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run_el(text, bold))
    p._p.append(el)
    return el


def dele(p, text, author="Jan Pelling", date=DATE, bold=False):
    el = OxmlElement("w:del")
    el.set(qn("w:id"), str(next(_ids)))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run_el(text, bold, deleted=True))
    p._p.append(el)
    return el


def mark_para(p, kind, author="Jan Pelling", date=DATE):
    """Mark the paragraph mark itself inserted or deleted (whole-paragraph change)."""
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    m = OxmlElement("w:" + kind)
    m.set(qn("w:id"), str(next(_ids)))
    m.set(qn("w:author"), author)
    m.set(qn("w:date"), date)
    rPr.append(m)
    pPr.append(rPr)


def deleted_para(d, text, author="Jan Pelling", date=DATE):
    p = d.add_paragraph()
    dele(p, text, author, date)
    mark_para(p, "del", author, date)
    return p


def inserted_para(d, text, author="Jan Pelling", date=DATE):
    p = d.add_paragraph()
    ins(p, text, author, date)
    mark_para(p, "ins", author, date)
    return p


def comment(d, run_or_runs, text, author="Reviewer", initials="R"):
    return d.add_comment(run_or_runs, text=text, author=author, initials=initials)


def text_box(d, lines, fill="#F2F2F2", width="440pt", height="150pt"):
    """A VML text box anchored in its own paragraph. lines: list of (text, bold)."""
    from lxml import etree
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    V = "urn:schemas-microsoft-com:vml"
    paras = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{_esc(t)}</w:t></w:r></w:p>'
        for t, b in lines)
    xml = (f'<w:r xmlns:w="{W}" xmlns:v="{V}"><w:pict>'
           f'<v:shape id="tb{next(_ids)}" type="#_x0000_t202" style="width:{width};height:{height};mso-wrap-style:square" '
           f'fillcolor="{fill}" strokecolor="#7F7F7F"><v:textbox style="mso-fit-shape-to-text:t">'
           f'<w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(etree.fromstring(xml))
    return p


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def bullets(d, items, style="List Bullet"):
    for it in items:
        d.add_paragraph(it, style=style)
