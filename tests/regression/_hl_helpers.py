"""Shared helpers for the hl-* build scripts (python-docx plus raw OOXML)."""
import copy
import datetime
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

_ID = [9000]


def _next_id():
    _ID[0] += 1
    return str(_ID[0])


def new_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return doc


def para(container, text="", style=None, bold=False, italic=False, size=None, align=None,
         color=None, space_after=None):
    """Add a paragraph. `text` may be a string or a list of (text, 'b'/'i'/'bi'/'') pieces."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    pieces = text if isinstance(text, list) else [(text, ("b" if bold else "") + ("i" if italic else ""))]
    for t, f in pieces:
        r = p.add_run(t)
        r.bold = "b" in f or None
        r.italic = "i" in f or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
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


def set_cell(cell, text, bold=False, italic=False, size=None):
    """Replace a cell's text. `text` may contain '\n' for several paragraphs."""
    lines = text.split("\n") if isinstance(text, str) else [text]
    cell.text = ""
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        pieces = line if isinstance(line, list) else [(line, ("b" if bold else "") + ("i" if italic else ""))]
        for t, f in pieces:
            r = p.add_run(t)
            r.bold = "b" in f or None
            r.italic = "i" in f or None
            if size:
                r.font.size = Pt(size)
    return cell


def table(doc, rows, widths=None, style="Table Grid", header_fill="D9D9D9", size=None, bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(i == 0 and bold_header), size=size)
            if i == 0 and header_fill:
                shade(t.cell(i, j), header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill=None, bold=True, size=None):
    """Merge all cells of row i into one, with text."""
    row = t.rows[i]
    c = row.cells[0].merge(row.cells[-1])
    set_cell(c, text, bold=bold, size=size)
    if fill:
        shade(c, fill)
    return c


def _run_el(text, tag="w:t", bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement(tag)
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


DATE = "2009-02-10T09:00:00Z"


def ins(p, text, author, date=DATE):
    """Append tracked-inserted text to paragraph p."""
    el = OxmlElement("w:ins")
    el.set(qn("w:id"), _next_id())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run_el(text))
    p._p.append(el)
    return el


def dele(p, text, author, date=DATE):
    """Append tracked-deleted text to paragraph p."""
    el = OxmlElement("w:del")
    el.set(qn("w:id"), _next_id())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run_el(text, tag="w:delText"))
    p._p.append(el)
    return el


def delete_row(row, author, date=DATE):
    """Mark a whole table row as a tracked deletion (row mark plus its text)."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _next_id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    trPr.append(d)
    for r in tr.iter(qn("w:r")):
        parent = r.getparent()
        wrap = OxmlElement("w:del")
        wrap.set(qn("w:id"), _next_id())
        wrap.set(qn("w:author"), author)
        wrap.set(qn("w:date"), date)
        parent.replace(r, wrap)
        wrap.append(r)
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")


def insert_row_mark(row, author, date=DATE):
    """Mark a table row as tracked-inserted (row mark plus its runs)."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    d = OxmlElement("w:ins")
    d.set(qn("w:id"), _next_id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    trPr.append(d)
    for r in list(tr.iter(qn("w:r"))):
        parent = r.getparent()
        wrap = OxmlElement("w:ins")
        wrap.set(qn("w:id"), _next_id())
        wrap.set(qn("w:author"), author)
        wrap.set(qn("w:date"), date)
        parent.replace(r, wrap)
        wrap.append(r)


def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)


def textbox(doc, lines, width_pt=420, height_pt=110, fill="#F2F2F2"):
    """Add a paragraph holding a VML text box whose content is `lines` (list of (text, bold))."""
    p = doc.add_paragraph()
    r = p.add_run()
    pict = OxmlElement("w:pict")
    from lxml import etree
    V = "urn:schemas-microsoft-com:vml"
    shape = etree.SubElement(pict, "{%s}shape" % V, nsmap={"v": V})
    shape.set("id", "tb" + _next_id())
    shape.set("type", "#_x0000_t202")
    shape.set("style", f"width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center")
    shape.set("fillcolor", fill)
    tb = etree.SubElement(shape, "{%s}textbox" % V)
    tx = OxmlElement("w:txbxContent")
    for text, bold in lines:
        pp = OxmlElement("w:p")
        pp.append(_run_el(text, bold=bold))
        tx.append(pp)
    tb.append(tx)
    r._r.append(pict)
    return p


def header_footer(doc, header_text, footer_text):
    for s in doc.sections:
        hp = s.header.paragraphs[0]
        hp.text = header_text
        for r in hp.runs:
            r.font.size = Pt(8)
        fp = s.footer.paragraphs[0]
        fp.text = footer_text
        for r in fp.runs:
            r.font.size = Pt(8)


def bullets(doc, items, style="List Bullet"):
    out = []
    for it in items:
        out.append(para(doc, it, style=style))
    return out


def typed_bullets(doc, items, mark="\u2022"):
    """Bullets typed by hand into Normal paragraphs."""
    out = []
    for it in items:
        p = para(doc, f"{mark}\t{it}")
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        out.append(p)
    return out


def landscape_section(doc):
    from docx.enum.section import WD_SECTION
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    return s
