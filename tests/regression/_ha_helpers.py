"""Small helpers shared by the ha-* build scripts (tracked changes, shading, tables, comments)."""
import copy
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

_ID = [900]


def _nid():
    _ID[0] += 1
    return str(_ID[0])


def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _run(text, deleted=False, bold=False):
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


def ins(par, text, author="J. Okafor", date="2009-02-11T10:00:00Z"):
    w = OxmlElement("w:ins")
    w.set(qn("w:id"), _nid()); w.set(qn("w:author"), author); w.set(qn("w:date"), date)
    w.append(_run(text))
    par._p.append(w)
    return par


def dele(par, text, author="J. Okafor", date="2009-02-11T10:00:00Z"):
    w = OxmlElement("w:del")
    w.set(qn("w:id"), _nid()); w.set(qn("w:author"), author); w.set(qn("w:date"), date)
    w.append(_run(text, deleted=True))
    par._p.append(w)
    return par


def delete_row(row, author="J. Okafor", date="2009-02-11T10:00:00Z"):
    """Mark a whole table row as a tracked deletion (its text becomes w:delText)."""
    trPr = row._tr.get_or_add_trPr()
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _nid()); d.set(qn("w:author"), author); d.set(qn("w:date"), date)
    trPr.append(d)
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in list(p._p.findall(qn("w:r"))):
                wd = OxmlElement("w:del")
                wd.set(qn("w:id"), _nid()); wd.set(qn("w:author"), author); wd.set(qn("w:date"), date)
                for t in r.findall(qn("w:t")):
                    t.tag = qn("w:delText")
                p._p.replace(r, wd)
                wd.append(r)


def table(doc, rows, header=True, style="Table Grid", fill="D9E2F3", bold_first_col=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            lines = str(val).split("\n")
            for k, line in enumerate(lines):
                if k:
                    p = c.add_paragraph()
                run = p.add_run(line)
                run.font.size = Pt(9)
                if (header and i == 0) or (bold_first_col and j == 0):
                    run.bold = True
            if header and i == 0:
                shade(c, fill)
    return t


def boxed(doc, paras, fill="EDEDED"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    c.text = ""
    for k, (txt, bold) in enumerate(paras):
        p = c.paragraphs[0] if k == 0 else c.add_paragraph()
        r = p.add_run(txt)
        r.bold = bold
        r.font.size = Pt(10)
    return t


def field_page(par):
    r = OxmlElement("w:r")
    f = OxmlElement("w:fldSimple")
    f.set(qn("w:instr"), "PAGE")
    f.append(_run("1"))
    par._p.append(f)
