"""Shared helpers for the hi-* build scripts (python-docx plus raw OOXML)."""
import datetime
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

_rev = [100]


def new_doc(font="Arial", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def header_footer(d, head, foot):
    sec = d.sections[0]
    sec.header.paragraphs[0].text = head
    sec.footer.paragraphs[0].text = foot
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(d, text="", bold=False, italic=False, size=None, style=None, align=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runin(d, label, text):
    """Bold run-in label then plain text, in one paragraph."""
    p = d.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(text)
    return p


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def box(d, paragraphs, fill="E7EEF6"):
    """A one-cell bordered, shaded table holding paragraphs (list of str or (bold, str))."""
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade_cell(c, fill)
    first = True
    for item in paragraphs:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        if isinstance(item, tuple):
            p.add_run(item[0]).bold = True
            if len(item) > 1:
                p.add_run(item[1])
        else:
            p.add_run(item)
    d.add_paragraph()
    return t


def table(d, rows, header=True, widths=None, head_fill="D9D9D9"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val if val is not None else "")
            if header and i == 0:
                r.bold = True
                shade_cell(c, head_fill)
    return t


def merge_row(t, i, text, fill="EDEDED", bold=True):
    row = t.rows[i]
    m = row.cells[0].merge(row.cells[-1])
    for p in m.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    m.paragraphs[0].text = ""
    r = m.paragraphs[0].add_run(text)
    r.bold = bold
    shade_cell(m, fill)
    return m


def _run_xml(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(p, text, kind, author, date="2009-03-02T10:00:00Z"):
    """Append a tracked insertion ('ins') or deletion ('del') run to paragraph p."""
    _rev[0] += 1
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), str(_rev[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run_xml(text, deleted=(kind == "del")))
    p._p.append(el)
    return el


def deleted_paragraph(d, text, author, date="2009-03-02T10:00:00Z"):
    """A whole paragraph deleted as a tracked change (mark on the paragraph mark too)."""
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    _rev[0] += 1
    dl = OxmlElement("w:del")
    dl.set(qn("w:id"), str(_rev[0]))
    dl.set(qn("w:author"), author)
    dl.set(qn("w:date"), date)
    rPr.append(dl)
    pPr.append(rPr)
    tracked(p, text, "del", author, date)
    return p


def inserted_paragraph(d, text, author, date="2009-03-02T10:00:00Z"):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    _rev[0] += 1
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), str(_rev[0]))
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), date)
    rPr.append(ins)
    pPr.append(rPr)
    tracked(p, text, "ins", author, date)
    return p


def comment(d, p, text, author, initials):
    runs = p.runs
    if not runs:
        runs = [p.add_run("")]
    d.add_comment(runs, text=text, author=author, initials=initials)
