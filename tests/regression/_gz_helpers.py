"""Shared python-docx helpers for the gz-* build scripts (tracked changes,
comments, shading, merged cells, typed headings, header/footer fields)."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def new_doc(font="Arial", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(6)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def p(d, text="", bold=False, italic=False, size=None, align=None, style=None, color=None):
    para = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "c":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return para


def runs(d, parts, style=None):
    """parts: list of (text, fmt) with fmt a string of b/i."""
    para = d.add_paragraph(style=style) if style else d.add_paragraph()
    for t, f in parts:
        r = para.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
    return para


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
    cell.text = ""
    lines = text.split("\n")
    para = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        r = para.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def table(d, rows, header=True, size=9.5, widths=None, head_fill="D9D9D9", style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            if header and i == 0 and head_fill:
                shade(c, head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def box(d, text_lines, fill="EDEDED", size=10, bold_first=True):
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    c.text = ""
    for i, line in enumerate(text_lines):
        para = c.paragraphs[0] if i == 0 else c.add_paragraph()
        r = para.add_run(line)
        r.font.size = Pt(size)
        r.bold = bold_first and i == 0
    d.add_paragraph()
    return t


def _run_el(text, tag="w:t", bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        b = OxmlElement("w:b")
        rpr.append(b)
        r.append(rpr)
    t = OxmlElement(tag)
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def ins_run(para, text, author, date):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), _next_id())
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), date)
    ins.append(_run_el(text))
    para._p.append(ins)
    return ins


def del_run(para, text, author, date):
    de = OxmlElement("w:del")
    de.set(qn("w:id"), _next_id())
    de.set(qn("w:author"), author)
    de.set(qn("w:date"), date)
    de.append(_run_el(text, "w:delText"))
    para._p.append(de)
    return de


def _mark_para(para, kind, author, date):
    pPr = para._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    m = OxmlElement(kind)
    m.set(qn("w:id"), _next_id())
    m.set(qn("w:author"), author)
    m.set(qn("w:date"), date)
    rPr.append(m)
    pPr.append(rPr)


def del_para(d, text, author, date, bold_lead=None):
    """A whole paragraph deleted as a tracked change."""
    para = d.add_paragraph()
    if bold_lead:
        de = del_run(para, bold_lead, author, date)
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        de[0].insert(0, rpr)
    del_run(para, text, author, date)
    _mark_para(para, "w:del", author, date)
    return para


def ins_para(d, text, author, date):
    para = d.add_paragraph()
    ins_run(para, text, author, date)
    _mark_para(para, "w:ins", author, date)
    return para


def comment(d, para, text, author, initials):
    rs = para.runs
    if not rs:
        rs = [para.add_run("")]
    d.add_comment(rs, text=text, author=author, initials=initials)


def add_field(para, instr):
    r1 = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1.append(fc)
    r2 = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r2.append(it)
    r3 = OxmlElement("w:r")
    fc3 = OxmlElement("w:fldChar")
    fc3.set(qn("w:fldCharType"), "separate")
    r3.append(fc3)
    r4 = _run_el("1")
    r5 = OxmlElement("w:r")
    fc5 = OxmlElement("w:fldChar")
    fc5.set(qn("w:fldCharType"), "end")
    r5.append(fc5)
    for r in (r1, r2, r3, r4, r5):
        para._p.append(r)


def header_footer(d, header_text, footer_text, page_field=True, size=8):
    for s in d.sections:
        hp = s.header.paragraphs[0]
        hp.text = ""
        r = hp.add_run(header_text)
        r.font.size = Pt(size)
        fp = s.footer.paragraphs[0]
        fp.text = ""
        r = fp.add_run(footer_text)
        r.font.size = Pt(size)
        if page_field:
            fp.add_run("   Page ").font.size = Pt(size)
            add_field(fp, "PAGE")


def landscape_section(d):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    w, h = s.page_width, s.page_height
    if w < h:
        s.page_width, s.page_height = h, w
    return s


def portrait_section(d):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    w, h = s.page_width, s.page_height
    if w > h:
        s.page_width, s.page_height = h, w
    return s


def merge_row(t, i, text, fill="F2F2F2", bold=True, size=9.5):
    row = t.rows[i]
    c = row.cells[0].merge(row.cells[-1])
    cell_text(c, text, bold=bold, size=size)
    shade(c, fill)
    return c
