"""Shared helpers for the ht-* build scripts (python-docx plus raw OOXML)."""
import itertools
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls

_ids = itertools.count(9001)


def new_doc(font="Arial", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    return d


def add_runs(p, text, bold=False, italic=False, size=None, color=None):
    """Text with **bold** spans."""
    parts = text.split("**")
    for i, part in enumerate(parts):
        if not part:
            continue
        r = p.add_run(part)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def para(where, text="", style=None, bold=False, italic=False, size=None, color=None, space_after=None):
    p = where.add_paragraph(style=style) if style else where.add_paragraph()
    add_runs(p, text, bold, italic, size, color)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def lines(where, text, **kw):
    """One paragraph broken by manual line breaks."""
    p = where.add_paragraph()
    for i, ln in enumerate(text.split("\n")):
        r = p.add_run(ln)
        if kw.get("bold"):
            r.bold = True
        if i < len(text.split("\n")) - 1:
            r.add_break()
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    chunks = text.split("\n")
    p = cell.paragraphs[0]
    add_runs(p, chunks[0], bold, italic, size)
    for c in chunks[1:]:
        add_runs(cell.add_paragraph(), c, bold, italic, size)


def table(where, rows, header_fill="D9D9D9", widths=None, bold_header=True, size=9.5, style="Table Grid"):
    t = where.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, txt in enumerate(row):
            c = t.cell(i, j)
            set_cell(c, txt, bold=(i == 0 and bold_header), size=size)
            if i == 0 and header_fill:
                shade(c, header_fill)
            if widths:
                c.width = Cm(widths[j])
    return t


def merge_row(t, i, text, fill=None, bold=True, size=9.5):
    row = t.rows[i]
    c = row.cells[0].merge(row.cells[-1])
    set_cell(c, text, bold=bold, size=size)
    if fill:
        shade(c, fill)
    return c


def shaded_box(doc, paras, fill="EDEDED", size=9.5):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    set_cell(c, paras[0], size=size)
    for x in paras[1:]:
        add_runs(c.add_paragraph(), x, size=size)
    doc.add_paragraph()
    return t


def _tc_attrs(el, author, date):
    el.set(qn("w:id"), str(next(_ids)))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)


def ins_text(p, text, author, date="2009-06-03T09:12:00Z"):
    ins = OxmlElement("w:ins")
    _tc_attrs(ins, author, date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    ins.append(r)
    p._p.append(ins)
    return ins


def del_text(p, text, author, date="2009-06-03T09:12:00Z"):
    d = OxmlElement("w:del")
    _tc_attrs(d, author, date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    d.append(r)
    p._p.append(d)
    return d


def deleted_paragraph(doc, text, author, date="2009-06-03T09:12:00Z"):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    dm = OxmlElement("w:del")
    _tc_attrs(dm, author, date)
    rPr.append(dm)
    pPr.append(rPr)
    del_text(p, text, author, date)
    return p


def delete_row(row, author, date="2009-06-03T09:12:00Z"):
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    dm = OxmlElement("w:del")
    _tc_attrs(dm, author, date)
    trPr.append(dm)
    for r in list(tr.iter(qn("w:r"))):
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        parent = r.getparent()
        wrapper = OxmlElement("w:del")
        _tc_attrs(wrapper, author, date)
        parent.replace(r, wrapper)
        wrapper.append(r)


def text_box(doc, paras, width_pt=420, height_pt=110):
    p = doc.add_paragraph()
    inner = "".join(
        '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
        % (x.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")) for x in paras)
    xml = (
        '<w:r %s><w:pict><v:shape id="tb%d" type="#_x0000_t202" '
        'style="width:%dpt;height:%dpt" strokecolor="#7F7F7F" fillcolor="#F2F2F2">'
        '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
        % (nsdecls("w") + ' xmlns:v="urn:schemas-microsoft-com:vml"', next(_ids), width_pt, height_pt, inner))
    p._p.append(parse_xml(xml))
    return p


def comment(doc, run, text, author, initials):
    return doc.add_comment(runs=[run], text=text, author=author, initials=initials)


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.footer.paragraphs[0].text = foot


def landscape_section(doc):
    from docx.enum.section import WD_SECTION
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    return s


def portrait_section(doc):
    from docx.enum.section import WD_SECTION
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    return s
