"""Shared helpers for the jx-* build scripts (python-docx plus raw OOXML)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm

_ID = [900]


def nid():
    _ID[0] += 1
    return str(_ID[0])


def para(doc_or_cell, text="", bold=False, italic=False, size=None, style=None, align=None, color=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
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
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def runs(p, *pieces):
    """pieces: str or (text, 'b'|'i'|'bi')"""
    out = []
    for pc in pieces:
        if isinstance(pc, tuple):
            t, f = pc
            r = p.add_run(t)
            r.bold = "b" in f
            r.italic = "i" in f
        else:
            r = p.add_run(pc)
        out.append(r)
    return out


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None, fill=None):
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
    if fill:
        shade(cell, fill)
    return cell


def table(doc, rows, widths=None, header_fill="D9D9D9", style="Table Grid", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(i == 0 and header_fill is not None), size=size,
                      fill=(header_fill if i == 0 and header_fill else None))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def _run_el(text, tag="w:t", bold=False, italic=False):
    r = OxmlElement("w:r")
    if bold or italic:
        rpr = OxmlElement("w:rPr")
        if bold:
            rpr.append(OxmlElement("w:b"))
        if italic:
            rpr.append(OxmlElement("w:i"))
        r.append(rpr)
    t = OxmlElement(tag)
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def ins(p, text, author, date, bold=False):
    w = OxmlElement("w:ins")
    w.set(qn("w:id"), nid())
    w.set(qn("w:author"), author)
    w.set(qn("w:date"), date)
    w.append(_run_el(text, bold=bold))
    p._p.append(w)
    return w


def dele(p, text, author, date, bold=False):
    w = OxmlElement("w:del")
    w.set(qn("w:id"), nid())
    w.set(qn("w:author"), author)
    w.set(qn("w:date"), date)
    w.append(_run_el(text, tag="w:delText", bold=bold))
    p._p.append(w)
    return w


def deleted_paragraph(doc, text, author, date):
    """A whole paragraph removed with tracked changes (text and paragraph mark)."""
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    d = OxmlElement("w:del")
    d.set(qn("w:id"), nid())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    rPr.append(d)
    pPr.append(rPr)
    dele(p, text, author, date)
    return p


def inserted_paragraph(doc, text, author, date):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    d = OxmlElement("w:ins")
    d.set(qn("w:id"), nid())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    rPr.append(d)
    pPr.append(rPr)
    ins(p, text, author, date)
    return p


def textbox(doc, lines, width_pt=430, height_pt=150, fill="F2F2F2"):
    """A floating VML text box anchored in its own paragraph. lines: list of (text, bold)."""
    p = doc.add_paragraph()
    inner = "".join(
        '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
        % ("<w:rPr><w:b/></w:rPr>" if b else "", t.replace("&", "&amp;").replace("<", "&lt;"))
        for t, b in lines)
    xml = (
        '<w:r %s><w:pict><v:shape id="tb%s" type="#_x0000_t202" '
        'style="width:%dpt;height:%dpt;mso-position-horizontal:center" fillcolor="#%s" strokeweight="1pt">'
        '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
        % (nsdecls("w") + ' xmlns:v="urn:schemas-microsoft-com:vml"', nid(), width_pt, height_pt, fill, inner))
    p._p.append(parse_xml(xml))
    return p


def header_footer(doc, header_text=None, footer_text=None):
    sec = doc.sections[0]
    if header_text:
        hp = sec.header.paragraphs[0]
        hp.text = header_text
        for r in hp.runs:
            r.font.size = Pt(8)
    if footer_text:
        fp = sec.footer.paragraphs[0]
        fp.text = footer_text
        for r in fp.runs:
            r.font.size = Pt(8)


def merge(t, r1, c1, r2, c2, text=None, bold=False, fill=None, size=9):
    a = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        cell_text(a, text, bold=bold, fill=fill, size=size)
    return a


def word_count(doc):
    n = sum(len(p.text.split()) for p in doc.paragraphs)
    for t in doc.tables:
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                n += sum(len(p.text.split()) for p in c.paragraphs)
    return n
