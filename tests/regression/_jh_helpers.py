"""Shared helpers for the jh-* build scripts: python-docx plus raw OOXML for
tracked changes (w:ins / w:del), shading, merged cells, a text box, PAGE fields."""
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import copy

AUTHOR = "J. Okafor"
DATE = "2009-03-02T10:15:00Z"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return d


def para(d_or_cell, text="", bold=False, italic=False, size=None, color=None, style=None, align=None, caps=False):
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color, caps=caps)
    if align is not None:
        p.alignment = align
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, caps=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    return r


def runs(p, parts):
    """parts: list of (text, 'b'|'i'|'bi'|'')"""
    for t, f in parts:
        run(p, t, bold="b" in f, italic="i" in f)
    return p


def _r_el(text, deleted=False, bold=False):
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


def ins_run(p, text, author=AUTHOR, date=DATE, bold=False):
    e = OxmlElement("w:ins")
    e.set(qn("w:id"), _next_id())
    e.set(qn("w:author"), author)
    e.set(qn("w:date"), date)
    e.append(_r_el(text, bold=bold))
    p._p.append(e)


def del_run(p, text, author=AUTHOR, date=DATE, bold=False):
    e = OxmlElement("w:del")
    e.set(qn("w:id"), _next_id())
    e.set(qn("w:author"), author)
    e.set(qn("w:date"), date)
    e.append(_r_el(text, deleted=True, bold=bold))
    p._p.append(e)


def mark_para(p, kind, author=AUTHOR, date=DATE):
    """Mark a whole paragraph as inserted or deleted: paragraph mark and every run."""
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    m = OxmlElement("w:" + kind)
    m.set(qn("w:id"), _next_id())
    m.set(qn("w:author"), author)
    m.set(qn("w:date"), date)
    rPr.append(m)
    pPr.append(rPr)
    for r in list(p._p.findall(qn("w:r"))):
        w = OxmlElement("w:" + kind)
        w.set(qn("w:id"), _next_id())
        w.set(qn("w:author"), author)
        w.set(qn("w:date"), date)
        r.addprevious(w)
        w.append(r)
        if kind == "del":
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    return p


def table(d, rows, widths=None, header_fill=None, style="Table Grid", bold_header=True, size=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is None:
                continue
            cell_text(t.cell(i, j), v, bold=(bold_header and i == 0), size=size)
            if i == 0 and header_fill:
                shade(t.cell(i, j), header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def field(p, instr):
    r1 = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1.append(fc)
    r2 = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2.append(it)
    r3 = OxmlElement("w:r")
    fc3 = OxmlElement("w:fldChar")
    fc3.set(qn("w:fldCharType"), "separate")
    r3.append(fc3)
    r4 = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r4.append(t)
    r5 = OxmlElement("w:r")
    fc5 = OxmlElement("w:fldChar")
    fc5.set(qn("w:fldCharType"), "end")
    r5.append(fc5)
    for r in (r1, r2, r3, r4, r5):
        p._p.append(r)


def header_footer(d, header, footer):
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header
    fp = sec.footer.paragraphs[0]
    fp.text = footer + "   Page "
    field(fp, "PAGE")


def text_box(p, lines, width_cm=15, height_cm=4):
    """Anchor a VML text box in paragraph p; lines: list of (text, bold)."""
    from docx.oxml import parse_xml
    from xml.sax.saxutils import escape
    W = int(width_cm * 28.35)
    H = int(height_cm * 28.35)
    body = "".join(
        '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
        % ("<w:rPr><w:b/></w:rPr>" if b else "", escape(t)) for t, b in lines)
    xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           '<v:shape id="tb%s" type="#_x0000_t202" style="width:%dpt;height:%dpt" strokecolor="#1F4E79">'
           '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
           % (_next_id(), W, H, body))
    p._p.append(parse_xml(xml))


def comment(d, para_obj, text, author="R. Bellamy", initials="RB"):
    runs_ = para_obj.runs
    d.add_comment(runs_, text=text, author=author, initials=initials)
