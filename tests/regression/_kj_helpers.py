"""Shared helpers for the kj-* build scripts (python-docx plus raw OOXML)."""
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def new_doc(font="Garamond", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def para(d_or_cell, text="", bold=False, italic=False, size=None, align=None, color=None, style=None, caps=False):
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.all_caps = caps
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def runs(p, parts):
    """parts: list of (text, dict(bold=, italic=, color=))."""
    out = []
    for t, f in parts:
        r = p.add_run(t)
        r.bold = f.get("bold", False)
        r.italic = f.get("italic", False)
        if f.get("color"):
            r.font.color.rgb = RGBColor.from_string(f["color"])
        out.append(r)
    return out


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    """Replace the cell's first paragraph with text; further paragraphs split on '\n\n'."""
    chunks = text.split("\n\n")
    p = cell.paragraphs[0]
    for i, ch in enumerate(chunks):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ch)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def table(d, rows, widths=None, style="Table Grid", header=True, size=None, head_fill="D9D9D9"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0 and head_fill:
                shade(t.cell(i, j), head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merged_row(t, i, text, fill="EDEDED", bold=True, size=None):
    """Merge row i across all columns and write text."""
    c = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    for p in c.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    for r in c.paragraphs[0].runs:
        r._r.getparent().remove(r._r)
    cell_text(c, text, bold=bold, size=size)
    shade(c, fill)
    return c


def _run_el(text, deleted=False, italic=False):
    r = OxmlElement("w:r")
    if italic:
        rpr = OxmlElement("w:rPr")
        i = OxmlElement("w:i")
        rpr.append(i)
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


_REV = [100]


def tracked(p, text, kind, author="J. Pengelly", date="2009-01-12T10:14:00Z"):
    """Append an inserted (kind='ins') or deleted (kind='del') run to paragraph p."""
    _REV[0] += 1
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), str(_REV[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run_el(text, deleted=(kind == "del")))
    p._p.append(el)
    return el


def header_footer(d, head, foot):
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    hp.text = head
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fp.text = foot
    for r in fp.runs:
        r.font.size = Pt(8)
