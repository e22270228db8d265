"""Shared helpers for the hh-* build scripts (python-docx plus raw OOXML)."""
import re
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def runs(p, text, italic=False, size=None):
    """Add text with **bold** segments to paragraph p; returns the runs."""
    out = []
    for i, seg in enumerate(re.split(r"\*\*", text)):
        if not seg:
            continue
        r = p.add_run(seg)
        r.bold = bool(i % 2)
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
        out.append(r)
    return out


def para(doc_or_cell, text="", style=None, italic=False, size=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    runs(p, text, italic=italic, size=size)
    return p


def cell_text(cell, text, bold=False, italic=False, size=None):
    """Replace a cell's text; text may hold \n for new paragraphs and **bold**."""
    cell.paragraphs[0].text = ""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        rs = runs(p, part, italic=italic, size=size)
        if bold:
            for r in rs:
                r.bold = True
    return cell


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(doc, rows, widths=None, style="Table Grid", header=True, size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(t.cell(i, j), "D9E2F3")
    return t


def boxed(doc, text, fill="EDEDED"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), text)
    shade(t.cell(0, 0), fill)
    return t


def _run_el(text, tag="w:t", bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        b = OxmlElement("w:b")
        rpr.append(b)
        r.append(rpr)
    t = OxmlElement(tag)
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def ins(p, text, author="Author", date="2009-02-19T10:00:00Z"):
    el = OxmlElement("w:ins")
    el.set(qn("w:id"), _next_id())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run_el(text))
    p._p.append(el)
    return el


def dele(p, text, author="Author", date="2009-02-19T10:00:00Z"):
    el = OxmlElement("w:del")
    el.set(qn("w:id"), _next_id())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run_el(text, tag="w:delText"))
    p._p.append(el)
    return el


def deleted_paragraph(doc, text, author="Author", date="2009-02-19T10:00:00Z"):
    """A whole paragraph deleted as a tracked change (its mark too)."""
    p = doc.add_paragraph()
    dele(p, text, author, date)
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _next_id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    rPr.append(d)
    pPr.append(rPr)
    return p


def comment(doc, run_list, text, author, initials):
    return doc.add_comment(run_list, text=text, author=author, initials=initials)


def header_footer(doc, header, footer):
    s = doc.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer


def custom_style(doc, name, size=12, bold=True, color=None, italic=False):
    from docx.enum.style import WD_STYLE_TYPE
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles["Normal"]
    st.font.size = Pt(size)
    st.font.bold = bold
    st.font.italic = italic
    if color:
        st.font.color.rgb = RGBColor.from_string(color)
    return st
