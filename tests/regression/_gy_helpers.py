"""Small helpers shared by the gy-0* build scripts (python-docx plus raw OOXML)."""
import datetime
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

_rev = [100]


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def para(d, text="", bold=False, italic=False, size=None, style=None, align=None, color=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runs(d, parts, style=None):
    """parts: list of (text, fmt) with fmt containing 'b' and/or 'i'."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
    return p


def shade_cell(cell, fill):
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


def table(d, rows, header=True, widths=None, style="Table Grid", head_fill="D9D9D9"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            lines = val.split("\n") if isinstance(val, str) else [str(val)]
            for k, line in enumerate(lines):
                if k:
                    p = c.add_paragraph()
                r = p.add_run(line)
                if header and i == 0:
                    r.bold = True
            if header and i == 0 and head_fill:
                shade_cell(c, head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_down(t, col, r0, r1):
    a = t.cell(r0, col)
    b = t.cell(r1, col)
    text = a.text
    m = a.merge(b)
    # keep only the first cell's text
    for p in m.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    m.paragraphs[0].text = text if not m.paragraphs[0].text else m.paragraphs[0].text
    return m


def _rid():
    _rev[0] += 1
    return str(_rev[0])


def _run_el(text, deleted=False, bold=False):
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


def tracked(p, text, kind, author="Programme Office", date="2008-05-12T10:00:00Z"):
    """Append an inserted ('ins') or deleted ('del') run to paragraph p."""
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), _rid())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run_el(text, deleted=(kind == "del")))
    p._p.append(el)
    return el


def deleted_paragraph(d, text, author="Programme Office", date="2008-05-12T10:00:00Z"):
    """A whole paragraph deleted as a tracked change (mark included)."""
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    dl = OxmlElement("w:del")
    dl.set(qn("w:id"), _rid())
    dl.set(qn("w:author"), author)
    dl.set(qn("w:date"), date)
    rpr.append(dl)
    pPr.append(rpr)
    tracked(p, text, "del", author, date)
    return p


def comment(d, p, text, author="Reviewer", initials="R"):
    rs = p.runs
    if not rs:
        rs = [p.add_run("")]
    d.add_comment(rs, text=text, author=author, initials=initials)


def header_footer(d, header_text, footer_text, page_field=True):
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    hp.text = header_text
    fp = s.footer.paragraphs[0]
    fp.text = footer_text
    if page_field:
        r = fp.add_run("  Page ")
        for kind, val in (("begin", None), ("instr", " PAGE "), ("end", None)):
            run = OxmlElement("w:r")
            if kind == "instr":
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = val
                run.append(it)
            else:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind)
                run.append(fc)
            fp._p.append(run)


def bullet(d, text, char="\u2022"):
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.4)
    p.add_run(char + "\t" + text)
    return p


def line_break_para(d, lines, bold_first=False):
    p = d.add_paragraph()
    for i, line in enumerate(lines):
        r = p.add_run(line)
        if bold_first and i == 0:
            r.bold = True
        if i < len(lines) - 1:
            r.add_break()
    return p


def landscape_section(d):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    return s


def portrait_section(d):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    if s.page_width > s.page_height:
        s.page_width, s.page_height = s.page_height, s.page_width
    return s
