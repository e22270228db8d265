"""Small python-docx helpers shared by the hb-* build scripts (shading, boxes,
tracked changes, merged cells, typed headings)."""
import copy
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

_REV = [100]
DATE = "2009-02-12T10:00:00Z"


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def box(doc, paras, fill="E7EEF6", bold_first=True):
    """A one-cell shaded table holding several paragraphs."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    first = True
    for p in paras:
        para = c.paragraphs[0] if first else c.add_paragraph()
        r = para.add_run(p)
        if first and bold_first:
            r.bold = True
        first = False
    doc.add_paragraph()
    return t


def typed_heading(doc, text, size=12, caps=False, fill=None):
    """A heading typed as a bold Normal paragraph (no heading style)."""
    p = doc.add_paragraph()
    r = p.add_run(text.upper() if caps else text)
    r.bold = True
    r.font.size = Pt(size)
    if fill:
        pPr = p._p.get_or_add_pPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        pPr.append(shd)
    return p


def grey(par, text, italic=True):
    r = par.add_run(text)
    r.italic = italic
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return r


def table(doc, header, rows, widths=None, head_fill="D9D9D9", style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        shade(c, head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


def merged_row(t, text, fill="EDEDED"):
    """Append a row whose cells are merged into one (a group row)."""
    cells = t.add_row().cells
    m = cells[0].merge(cells[-1])
    m.text = ""
    r = m.paragraphs[0].add_run(text)
    r.bold = True
    shade(m, fill)
    return m


def _run(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(par, text, kind, author="J. Okafor"):
    """Append a tracked insertion ('ins') or deletion ('del') to a paragraph."""
    _REV[0] += 1
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), str(_REV[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), DATE)
    el.append(_run(text, deleted=(kind == "del")))
    par._p.append(el)
    return el


def header_footer(doc, header, footer):
    s = doc.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer


def delete_row(row, author="J. Okafor"):
    """Mark a table row and all its text as a tracked deletion."""
    _REV[0] += 1
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    d = OxmlElement("w:del")
    d.set(qn("w:id"), str(_REV[0]))
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), DATE)
    trPr.append(d)
    for r in list(tr.iter(qn("w:r"))):
        for t in r.findall(qn("w:t")):
            dt = OxmlElement("w:delText")
            dt.set(qn("xml:space"), "preserve")
            dt.text = t.text
            r.replace(t, dt)
        _REV[0] += 1
        w = OxmlElement("w:del")
        w.set(qn("w:id"), str(_REV[0]))
        w.set(qn("w:author"), author)
        w.set(qn("w:date"), DATE)
        r.addprevious(w)
        w.append(r)
