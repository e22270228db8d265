"""Shared helpers for the kg-* build scripts (python-docx plus raw OOXML)."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

_ID = [900]


def next_id():
    _ID[0] += 1
    return str(_ID[0])


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def fmt_run(r, bold=False, italic=False, size=None, color=None, caps=False, underline=False):
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if underline:
        r.underline = True
    return r


def para(target, text="", style=None, align=None, space_after=None, **fmt):
    """Add a paragraph. text may be a str or a list of (text, dict-of-fmt) segments."""
    p = target.add_paragraph(style=style) if style else target.add_paragraph()
    segs = [(text, fmt)] if isinstance(text, str) else text
    for t, f in segs:
        if t:
            fmt_run(p.add_run(t), **f)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, text, **fmt):
    """Replace a cell's first paragraph with text (str or segments); extra lines with '\n\n'."""
    parts = text.split("\n\n") if isinstance(text, str) else [text]
    first = cell.paragraphs[0]
    for i, part in enumerate(parts):
        p = first if i == 0 else cell.add_paragraph()
        segs = [(part, fmt)] if isinstance(part, str) else part
        for t, f in segs:
            if t:
                fmt_run(p.add_run(t), **f)
    return cell


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(doc, rows, header_fill=None, bold_header=True, style="Table Grid", widths=None, size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            if val is None:
                continue
            f = {"bold": bold_header and i == 0}
            if size:
                f["size"] = size
            cell_text(c, val, **f)
            if header_fill and i == 0:
                shade(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, r, c0, c1, text=None, fill=None, **fmt):
    c = t.cell(r, c0).merge(t.cell(r, c1))
    if text is not None:
        for p in c.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        for r_ in list(c.paragraphs[0].runs):
            r_._r.getparent().remove(r_._r)
        cell_text(c, text, **fmt)
    if fill:
        shade(c, fill)
    return c


def _run_xml(text, deleted=False, bold=False, italic=False):
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


def tracked(p, text, kind="ins", author="Reviewer", date="2009-01-20T10:00:00Z", **fmt):
    """Append an inserted (kind='ins') or deleted (kind='del') run to paragraph p."""
    w = OxmlElement("w:" + kind)
    w.set(qn("w:id"), next_id())
    w.set(qn("w:author"), author)
    w.set(qn("w:date"), date)
    w.append(_run_xml(text, deleted=(kind == "del"), **fmt))
    p._p.append(w)
    return w


def deleted_paragraph(doc, text, author="Reviewer", date="2009-01-20T10:00:00Z"):
    """A whole paragraph removed by a tracked deletion (its mark deleted too)."""
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    d = OxmlElement("w:del")
    d.set(qn("w:id"), next_id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    rPr.append(d)
    pPr.append(rPr)
    tracked(p, text, "del", author, date)
    return p


def textbox(doc, lines, width_pt=440, height_pt=110, fill="#F2F2F2"):
    """A VML text box anchored in its own paragraph; lines are (text, bold) pairs."""
    from docx.oxml import parse_xml
    from xml.sax.saxutils import escape
    p = doc.add_paragraph()
    paras = "".join(
        '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
        % ("<w:rPr><w:b/></w:rPr>" if b else "", escape(t)) for t, b in lines)
    xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           '<v:shape id="kgbox%s" type="#_x0000_t202" style="width:%spt;height:%spt" fillcolor="%s">'
           '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
           % (next_id(), width_pt, height_pt, fill, paras))
    p._p.append(parse_xml(xml))
    return p


def header_footer(doc, header, footer):
    s = doc.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer
    for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)


def comment(doc, para_, text, author="Reviewer", initials="R"):
    runs = para_.runs
    doc.add_comment(runs, text=text, author=author, initials=initials)
