"""Shared helpers for the kw-* build scripts (python-docx plus raw OOXML)."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

DATE = "2008-11-14T10:00:00Z"
_rev = [100]


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def para(d, text="", bold=False, italic=False, size=None, align=None, style=None, color=None, space_after=None,
         caps=False):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        add_run(p, text, bold=bold, italic=italic, size=size, color=color, caps=caps)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_run(p, text, bold=False, italic=False, size=None, color=None, caps=False, strike=False):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if strike:
        r.font.strike = True
    return r


def rich(d_or_cell, parts, align=None):
    """parts: list of str or (str, 'b'/'i'/'bi'/'g' grey)"""
    p = d_or_cell.add_paragraph()
    for x in parts:
        if isinstance(x, str):
            add_run(p, x)
        else:
            t, f = x
            add_run(p, t, bold="b" in f, italic="i" in f, color="808080" if "g" in f else None)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill))
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None, fill=None, align=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if isinstance(text, str) else [text]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if isinstance(ln, str):
            add_run(p, ln, bold=bold, italic=italic, size=size, color=color)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade(cell, fill)
    return cell


def table(d, rows, widths=None, header_fill="D9D9D9", size=9, style="Table Grid", header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(header and i == 0), size=size,
                     fill=(header_fill if header and i == 0 else None))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill="EDEDED", bold=True, size=9, italic=False):
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    set_cell(a, text, bold=bold, fill=fill, size=size, italic=italic)
    return a


def _rid():
    _rev[0] += 1
    return str(_rev[0])


def ins_run(p, text, author, date=DATE, bold=False):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), _rid())
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    ins.append(r)
    p._p.append(ins)
    return ins


def del_run(p, text, author, date=DATE):
    de = OxmlElement("w:del")
    de.set(qn("w:id"), _rid())
    de.set(qn("w:author"), author)
    de.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    de.append(r)
    p._p.append(de)
    return de


def mark_para(p, kind, author, date=DATE):
    """Mark the paragraph mark as inserted or deleted (whole-paragraph change)."""
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    m = OxmlElement("w:" + kind)
    m.set(qn("w:id"), _rid())
    m.set(qn("w:author"), author)
    m.set(qn("w:date"), date)
    rPr.append(m)
    pPr.append(rPr)


def deleted_para(d_or_cell, text, author, date=DATE):
    p = d_or_cell.add_paragraph()
    del_run(p, text, author, date)
    mark_para(p, "del", author, date)
    return p


def inserted_para(d_or_cell, text, author, date=DATE):
    p = d_or_cell.add_paragraph()
    ins_run(p, text, author, date)
    mark_para(p, "ins", author, date)
    return p


def delete_row(row, author, date=DATE):
    """Turn every run in a table row into deleted text and mark the row deleted."""
    trPr = row._tr.get_or_add_trPr()
    m = OxmlElement("w:del")
    m.set(qn("w:id"), _rid())
    m.set(qn("w:author"), author)
    m.set(qn("w:date"), date)
    trPr.append(m)
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in list(p._p.findall(qn("w:r"))):
                de = OxmlElement("w:del")
                de.set(qn("w:id"), _rid())
                de.set(qn("w:author"), author)
                de.set(qn("w:date"), date)
                r.addprevious(de)
                de.append(r)
                for t in r.findall(qn("w:t")):
                    t.tag = qn("w:delText")


def text_box(d, paras, width_cm=15, height_cm=5, fill="FFF8DC"):
    """A VML text box in its own paragraph. paras: list of (text, bold)."""
    inner = ""
    for text, bold in paras:
        b = "<w:rPr><w:b/></w:rPr>" if bold else ""
        t = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        inner += f'<w:p><w:r>{b}<w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shape id="tb{_rid()}" type="#_x0000_t202" style="width:{width_cm}cm;height:{height_cm}cm" '
           f'fillcolor="#{fill}" strokecolor="#7F7F7F"><v:textbox><w:txbxContent>{inner}'
           f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def header_footer(d, head, foot):
    s = d.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot
    for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)


def comment(d, paragraph, text, author, initials):
    runs = paragraph.runs
    if runs:
        d.add_comment(runs, text=text, author=author, initials=initials)


def word_count(d):
    n = sum(len(p.text.split()) for p in d.paragraphs)
    for t in d.tables:
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                n += len(c.text.split())
    return n
