"""Small helpers shared by gx-01 and gx-02 build scripts (python-docx + raw OOXML)."""
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def shade(cell, fill):
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


def box_para(p):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:space"), "4")
        e.set(qn("w:color"), "808080")
        bdr.append(e)
    pPr.append(bdr)


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


def ins_run(p, text, author, date="2008-11-03T10:00:00Z", bold=False):
    w = OxmlElement("w:ins")
    w.set(qn("w:id"), _next_id())
    w.set(qn("w:author"), author)
    w.set(qn("w:date"), date)
    w.append(_run(text, bold=bold))
    p._p.append(w)


def del_run(p, text, author, date="2008-11-03T10:00:00Z", bold=False):
    w = OxmlElement("w:del")
    w.set(qn("w:id"), _next_id())
    w.set(qn("w:author"), author)
    w.set(qn("w:date"), date)
    w.append(_run(text, deleted=True, bold=bold))
    p._p.append(w)


def mark_para(p, kind, author, date="2008-11-03T10:00:00Z"):
    """Mark the paragraph mark itself as inserted/deleted (whole-paragraph change)."""
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    w = OxmlElement(f"w:{kind}")
    w.set(qn("w:id"), _next_id())
    w.set(qn("w:author"), author)
    w.set(qn("w:date"), date)
    rPr.append(w)
    pPr.append(rPr)


def deleted_paragraph(doc_or_cell, text, author, date="2008-11-03T10:00:00Z", style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    mark_para(p, "del", author, date)
    del_run(p, text, author, date)
    return p


def inserted_paragraph(doc_or_cell, text, author, date="2008-11-03T10:00:00Z", style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    mark_para(p, "ins", author, date)
    ins_run(p, text, author, date)
    return p


def delete_row(row, author, date="2008-11-03T10:00:00Z"):
    """Turn an existing table row into a tracked deleted row."""
    trPr = row._tr.get_or_add_trPr()
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _next_id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    trPr.append(d)
    for cell in row.cells:
        for p in cell.paragraphs:
            txt = "".join(r.text for r in p.runs)
            for r in list(p.runs):
                r._r.getparent().remove(r._r)
            if txt:
                del_run(p, txt, author, date)


def add_field(p, instr, placeholder="1"):
    r1 = OxmlElement("w:r"); fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r1.append(fc)
    r2 = OxmlElement("w:r"); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; r2.append(it)
    r3 = OxmlElement("w:r"); fc3 = OxmlElement("w:fldChar"); fc3.set(qn("w:fldCharType"), "separate"); r3.append(fc3)
    r4 = _run(placeholder)
    r5 = OxmlElement("w:r"); fc5 = OxmlElement("w:fldChar"); fc5.set(qn("w:fldCharType"), "end"); r5.append(fc5)
    for r in (r1, r2, r3, r4, r5):
        p._p.append(r)


def set_cell(cell, text, bold=False, size=None, italic=False):
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


def table(doc, rows, widths=None, header=True, size=9, style="Table Grid", head_fill="D9D9D9"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            set_cell(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0 and head_fill:
                shade(t.cell(i, j), head_fill)
    return t


def landscape_section(doc, landscape=True):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    w, h = sec.page_width, sec.page_height
    if landscape and w < h or (not landscape and w > h):
        sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = h, w
    return sec
