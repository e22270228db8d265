"""Small OOXML helpers shared by the gv-* build scripts."""
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

DATE = "2009-01-12T10:00:00Z"
_ids = [900]


def _nid():
    _ids[0] += 1
    return str(_ids[0])


def shade_par(p, fill="E7E6E6"):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    pPr.append(shd)
    return p


def shade_cell(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _run(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rPr = OxmlElement("w:rPr"); b = OxmlElement("w:b"); rPr.append(b); r.append(rPr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def ins(p, text, author, bold=False):
    w = OxmlElement("w:ins")
    w.set(qn("w:id"), _nid()); w.set(qn("w:author"), author); w.set(qn("w:date"), DATE)
    w.append(_run(text, bold=bold))
    p._p.append(w)


def dele(p, text, author, bold=False):
    w = OxmlElement("w:del")
    w.set(qn("w:id"), _nid()); w.set(qn("w:author"), author); w.set(qn("w:date"), DATE)
    w.append(_run(text, deleted=True, bold=bold))
    p._p.append(w)


def delete_row(row, author):
    """Mark a whole table row as a tracked deletion (its text becomes delText)."""
    trPr = row._tr.get_or_add_trPr()
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _nid()); d.set(qn("w:author"), author); d.set(qn("w:date"), DATE)
    trPr.append(d)
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in list(p._p.findall(qn("w:r"))):
                for t in r.findall(qn("w:t")):
                    t.tag = qn("w:delText")
                wrap = OxmlElement("w:del")
                wrap.set(qn("w:id"), _nid()); wrap.set(qn("w:author"), author); wrap.set(qn("w:date"), DATE)
                r.addprevious(wrap); wrap.append(r)


def page_field(p, prefix="Page "):
    p.add_run(prefix)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    fld.append(_run("1"))
    p._p.append(fld)


def bold_para(doc, text, size=None, caps=False, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text.upper() if caps else text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def table(doc, rows, widths=None, header=True, style="Table Grid", fill="D9D9D9"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if header and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
                shade_cell(c, fill)
    return t


def grey(run):
    run.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
    run.italic = True
