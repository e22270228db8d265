"""Small helpers shared by the gw-0* build scripts: shading, merged cells,
tracked insertions and deletions (w:ins / w:del), Word comments, page fields
in headers and footers, landscape sections."""
import datetime
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def shade_par(p, fill="EDEDED"):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def border_par(p):
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


def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def table(doc, rows, header=True, widths=None, style="Table Grid", size=9, head_fill="D9D9D9"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            c = t.cell(i, j)
            cell_text(c, str(val), bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(c, head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def _run_el(text, tag="w:t", bold=False, italic=False):
    r = OxmlElement("w:r")
    if bold or italic:
        rPr = OxmlElement("w:rPr")
        if bold:
            rPr.append(OxmlElement("w:b"))
        if italic:
            rPr.append(OxmlElement("w:i"))
        r.append(rPr)
    t = OxmlElement(tag)
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _wrap(kind, author, date):
    w = OxmlElement(kind)
    w.set(qn("w:id"), _next_id())
    w.set(qn("w:author"), author)
    w.set(qn("w:date"), date)
    return w


def ins_run(p, text, author, date="2008-10-20T10:00:00Z", bold=False):
    w = _wrap("w:ins", author, date)
    w.append(_run_el(text, bold=bold))
    p._p.append(w)


def del_run(p, text, author, date="2008-10-20T10:00:00Z", bold=False):
    w = _wrap("w:del", author, date)
    w.append(_run_el(text, tag="w:delText", bold=bold))
    p._p.append(w)


def mark_par(p, kind, author, date="2008-10-20T10:00:00Z"):
    """Mark a whole paragraph (mark and runs) as inserted or deleted."""
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    rPr.append(_wrap("w:" + kind, author, date))
    pPr.append(rPr)
    for r in list(p._p.findall(qn("w:r"))):
        w = _wrap("w:" + kind, author, date)
        r.addprevious(w)
        w.append(r)
        if kind == "del":
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")


def mark_row(row, kind, author, date="2008-10-20T10:00:00Z"):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(_wrap("w:" + kind, author, date))
    for c in row.cells:
        for p in c.paragraphs:
            mark_par(p, kind, author, date)


def comment(doc, par, text, author, initials):
    runs = par.runs
    if not runs:
        runs = [par.add_run("")]
    doc.add_comment(runs, text=text, author=author, initials=initials)


def field(p, instr):
    r = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r.append(fc)
    p._p.append(r)
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r.append(it)
    p._p.append(r)
    r = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r.append(fc)
    p._p.append(r)
    p._p.append(_run_el("1"))
    r = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r.append(fc)
    p._p.append(r)


def header_footer(section, head, foot):
    hp = section.header.paragraphs[0]
    hp.text = head
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = section.footer.paragraphs[0]
    fp.text = foot + "   Page "
    for r in fp.runs:
        r.font.size = Pt(8)
    field(fp, "PAGE")


def landscape(doc):
    s = doc.add_section()
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    return s


def portrait(doc):
    s = doc.add_section()
    s.orientation = WD_ORIENT.PORTRAIT
    if s.page_width > s.page_height:
        s.page_width, s.page_height = s.page_height, s.page_width
    return s


def base_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d
