"""Small OOXML helpers shared by the gp-0*.build.py scripts."""
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_BREAK

_rev = [100]


def _rid():
    _rev[0] += 1
    return str(_rev[0])


def run_el(text, bold=False, italic=False, deleted=False):
    r = OxmlElement("w:r")
    if bold or italic:
        rpr = OxmlElement("w:rPr")
        if bold:
            rpr.append(OxmlElement("w:b"))
        if italic:
            rpr.append(OxmlElement("w:i"))
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def ins(par, text, author="Author", date="2008-10-20T10:00:00Z", bold=False):
    el = OxmlElement("w:ins")
    el.set(qn("w:id"), _rid()); el.set(qn("w:author"), author); el.set(qn("w:date"), date)
    el.append(run_el(text, bold=bold))
    par._p.append(el)
    return el


def dele(par, text, author="Author", date="2008-10-20T10:00:00Z"):
    el = OxmlElement("w:del")
    el.set(qn("w:id"), _rid()); el.set(qn("w:author"), author); el.set(qn("w:date"), date)
    el.append(run_el(text, deleted=True))
    par._p.append(el)
    return el


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def boxed(doc, lines, fill="EDEDED", bold_first=True):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    c.paragraphs[0].add_run(lines[0]).bold = bold_first
    for ln in lines[1:]:
        c.add_paragraph(ln)
    doc.add_paragraph()
    return t


def page_field(par, prefix="Page "):
    if prefix:
        par.add_run(prefix)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        r = OxmlElement("w:r")
        if kind == "instr":
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; r.append(it)
        elif kind == "text":
            t = OxmlElement("w:t"); t.text = txt; r.append(t)
        else:
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); r.append(fc)
        par._p.append(r)


def lines_par(doc, lines, bold=False, size=None):
    """One paragraph whose lines are separated by manual line breaks."""
    p = doc.add_paragraph()
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def table(doc, header, rows, style="Table Grid", head_fill="BFBFBF"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t
