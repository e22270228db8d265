"""Small python-docx helpers shared by gr-01 and gr-02 build scripts (raw OOXML
for tracked changes, shading, merged cells, fields and landscape sections)."""
import copy
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def para(doc_or_cell, text="", bold=False, italic=False, style=None, size=None, align=None, space_after=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runin(doc_or_cell, lead, text, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    run(p, lead, bold=True)
    run(p, text)
    return p


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


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run(p, line, bold=bold, size=size, italic=italic)
    return cell


def table(doc, rows, widths=None, header=True, size=9, style="Table Grid", header_fill="D9D9D9"):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, val in enumerate(row):
            cell_text(cells[j], val, bold=(header and i == 0), size=size)
            if header and i == 0 and header_fill:
                shade(cells[j], header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merged_row(t, text, fill="EDEDED", size=9, bold=True):
    cells = t.add_row().cells
    m = cells[0].merge(cells[-1])
    cell_text(m, text, bold=bold, size=size)
    shade(m, fill)
    return m


def add_field(p, instr, placeholder="1"):
    r = p.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = p.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; r2._r.append(it)
    r3 = p.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    p.add_run(placeholder)
    r5 = p.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._r.append(e)


def _wrap(p, tag, text, author, date, deleted=False):
    w = OxmlElement(tag)
    w.set(qn("w:id"), _next_id())
    w.set(qn("w:author"), author)
    w.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    w.append(r)
    p._p.append(w)
    return w


def ins(p, text, author, date):
    return _wrap(p, "w:ins", text, author, date)


def dele(p, text, author, date):
    return _wrap(p, "w:del", text, author, date, deleted=True)


def _mark_para(p, tag, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr"); pPr.append(rPr)
    m = OxmlElement(tag)
    m.set(qn("w:id"), _next_id()); m.set(qn("w:author"), author); m.set(qn("w:date"), date)
    rPr.append(m)


def deleted_paragraph(container, text, author, date, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    dele(p, text, author, date)
    _mark_para(p, "w:del", author, date)
    return p


def inserted_paragraph(container, text, author, date, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    ins(p, text, author, date)
    _mark_para(p, "w:ins", author, date)
    return p


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


def base(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Cm(2.2)
    return d
