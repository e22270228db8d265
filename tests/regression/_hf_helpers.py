"""Shared helpers for the hf-* build scripts (python-docx plus raw OOXML)."""
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.enum.section import WD_ORIENT
import re

DATE = "2009-01-14T10:00:00Z"
_rid = [100]


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def _runs(p, text):
    """Add text with **bold** and _italic_ markup as runs; return the runs."""
    out = []
    for part in re.split(r"(\*\*[^*]+\*\*|__[^_]+__)", text):
        if not part:
            continue
        if part.startswith("**"):
            r = p.add_run(part[2:-2]); r.bold = True
        elif part.startswith("__"):
            r = p.add_run(part[2:-2]); r.italic = True
        else:
            r = p.add_run(part)
        out.append(r)
    return out


def para(d, text="", style=None, size=None, bold=False, color=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    rs = _runs(p, text)
    for r in rs:
        if size:
            r.font.size = Pt(size)
        if bold:
            r.bold = True
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def cell_text(cell, text, bold=False, size=None, shade=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        for r in _runs(p, line):
            if bold:
                r.bold = True
            if size:
                r.font.size = Pt(size)
    if shade:
        shade_cell(cell, shade)
    return cell


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(d, rows, widths=None, header_shade="D9D9D9", style="Table Grid", size=9):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(i == 0 and header_shade is not None), size=size,
                      shade=header_shade if i == 0 and header_shade else None)
    return t


def merge_row(t, i, text, shade="EDEDED", bold=True, size=9):
    c = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    cell_text(c, text, bold=bold, size=size, shade=shade)
    return c


def boxed(d, text_lines, fill="F2F2F2", size=9):
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    c.text = ""
    for i, line in enumerate(text_lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        for r in _runs(p, line):
            r.font.size = Pt(size)
    shade_cell(c, fill)
    d.add_paragraph()
    return t


def _mk_run(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr"); b = OxmlElement("w:b"); rpr.append(b); r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(p, text, kind, author="Contracts Office", date=DATE):
    """Append a tracked insertion (kind='ins') or deletion (kind='del') to paragraph p."""
    _rid[0] += 1
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), str(_rid[0])); el.set(qn("w:author"), author); el.set(qn("w:date"), date)
    el.append(_mk_run(text, deleted=(kind == "del")))
    p._p.append(el)
    return el


def tracked_para(d, text, kind, author="Contracts Office", style=None):
    """A whole paragraph inserted or deleted (the paragraph mark too)."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    tracked(p, text, kind, author)
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    _rid[0] += 1
    m = OxmlElement("w:" + kind)
    m.set(qn("w:id"), str(_rid[0])); m.set(qn("w:author"), author); m.set(qn("w:date"), DATE)
    rPr.append(m); pPr.append(rPr)
    return p


def delete_row(row, author="Contracts Office"):
    """Mark a table row as deleted and turn its text into deleted text."""
    trPr = row._tr.get_or_add_trPr()
    _rid[0] += 1
    m = OxmlElement("w:del")
    m.set(qn("w:id"), str(_rid[0])); m.set(qn("w:author"), author); m.set(qn("w:date"), DATE)
    trPr.append(m)
    for tc in row._tr.iter(qn("w:tc")):
        for r in list(tc.iter(qn("w:r"))):
            parent = r.getparent()
            for t in r.findall(qn("w:t")):
                dt = OxmlElement("w:delText"); dt.set(qn("xml:space"), "preserve"); dt.text = t.text
                r.replace(t, dt)
            _rid[0] += 1
            w = OxmlElement("w:del")
            w.set(qn("w:id"), str(_rid[0])); w.set(qn("w:author"), author); w.set(qn("w:date"), DATE)
            parent.replace(r, w); w.append(r)


def comment(d, runs, text, author="Reviewer", initials="R"):
    return d.add_comment(runs, text=text, author=author, initials=initials)


def header_footer(d, header, footer):
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    fp = s.footer.paragraphs[0]
    fp.text = footer + "  Page "
    fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r.append(t); fld.append(r)
    fp._p.append(fld)


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
