"""Small OOXML helpers shared by go-01 and go-02 build scripts (python-docx 1.2)."""
import itertools
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, RGBColor

_ids = itertools.count(9001)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def shade_par(par, fill):
    pPr = par._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def _run(text, deleted=False, bold=False, italic=False):
    r = OxmlElement("w:r")
    if bold or italic:
        rPr = OxmlElement("w:rPr")
        if bold:
            rPr.append(OxmlElement("w:b"))
        if italic:
            rPr.append(OxmlElement("w:i"))
        r.append(rPr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def ins(par, text, author, date, bold=False):
    el = OxmlElement("w:ins")
    el.set(qn("w:id"), str(next(_ids)))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run(text, bold=bold))
    par._p.append(el)
    return el


def dele(par, text, author, date, bold=False):
    el = OxmlElement("w:del")
    el.set(qn("w:id"), str(next(_ids)))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run(text, deleted=True, bold=bold))
    par._p.append(el)
    return el


def mark_par(par, kind, author, date):
    """Mark the paragraph mark itself as inserted/deleted (kind 'ins' or 'del')."""
    pPr = par._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    m = OxmlElement("w:" + kind)
    m.set(qn("w:id"), str(next(_ids)))
    m.set(qn("w:author"), author)
    m.set(qn("w:date"), date)
    rPr.append(m)
    pPr.append(rPr)


def deleted_paragraph(doc, text, author, date, style=None):
    p = doc.add_paragraph(style=style)
    dele(p, text, author, date)
    mark_par(p, "del", author, date)
    return p


def inserted_paragraph(doc, text, author, date, style=None):
    p = doc.add_paragraph(style=style)
    ins(p, text, author, date)
    mark_par(p, "ins", author, date)
    return p


def delete_row(row, author, date):
    """Turn a filled table row into a tracked row deletion."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    d = OxmlElement("w:del")
    d.set(qn("w:id"), str(next(_ids)))
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    trPr.append(d)
    for r in list(tr.iter(qn("w:r"))):
        for t in r.findall(qn("w:t")):
            dt = OxmlElement("w:delText")
            dt.set(qn("xml:space"), "preserve")
            dt.text = t.text
            r.replace(t, dt)
        parent = r.getparent()
        w = OxmlElement("w:del")
        w.set(qn("w:id"), str(next(_ids)))
        w.set(qn("w:author"), author)
        w.set(qn("w:date"), date)
        parent.replace(r, w)
        w.append(r)


def field(par, instr, placeholder="1"):
    def fc(kind):
        r = OxmlElement("w:r")
        f = OxmlElement("w:fldChar")
        f.set(qn("w:fldCharType"), kind)
        r.append(f)
        return r
    par._p.append(fc("begin"))
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r.append(it)
    par._p.append(r)
    par._p.append(fc("separate"))
    par._p.append(_run(placeholder))
    par._p.append(fc("end"))


def placeholder_control(par, text, tag="date"):
    """A content control still showing its placeholder text."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    pr.append(t)
    pr.append(OxmlElement("w:showingPlcHdr"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = _run(text)
    rPr = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rPr.append(col)
    r.insert(0, rPr)
    content.append(r)
    sdt.append(content)
    par._p.append(sdt)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    w, h = section.page_width, section.page_height
    if w > h:
        section.page_width, section.page_height = h, w


def table(doc, rows, header=True, style="Table Grid", head_fill="D9D9D9", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            run = p.add_run(val)
            run.font.size = Pt(size)
            if header and i == 0:
                run.bold = True
                shade(c, head_fill)
    return t


def group_row(t, idx, text, fill="BDD7EE", size=9):
    row = t.rows[idx]
    merged = row.cells[0].merge(row.cells[-1])
    merged.text = ""
    r = merged.paragraphs[0].add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    shade(merged, fill)
    return merged


def grey(par, text, italic=True):
    r = par.add_run(text)
    r.italic = italic
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return r
