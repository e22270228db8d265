"""Shared helpers for the im-* build scripts (python-docx plus raw OOXML)."""
import copy
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

_ID = [100]


def nid():
    _ID[0] += 1
    return str(_ID[0])


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


def para(container, text="", bold=False, italic=False, size=None, style=None, align=None, color=None, smallcaps=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color, smallcaps=smallcaps)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, smallcaps=False):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if smallcaps:
        r.font.small_caps = True
    return r


def _rpr(italic=False, bold=False):
    rPr = OxmlElement("w:rPr")
    if bold:
        rPr.append(OxmlElement("w:b"))
    if italic:
        rPr.append(OxmlElement("w:i"))
    return rPr


def ins(p, text, author, date, italic=False, bold=False):
    """Tracked insertion of a run at the end of paragraph p."""
    w = OxmlElement("w:ins")
    w.set(qn("w:id"), nid()); w.set(qn("w:author"), author); w.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    r.append(_rpr(italic, bold))
    t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = text
    r.append(t); w.append(r); p._p.append(w)


def dele(p, text, author, date, italic=False, bold=False):
    """Tracked deletion of a run at the end of paragraph p."""
    w = OxmlElement("w:del")
    w.set(qn("w:id"), nid()); w.set(qn("w:author"), author); w.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    r.append(_rpr(italic, bold))
    t = OxmlElement("w:delText"); t.set(qn("xml:space"), "preserve"); t.text = text
    r.append(t); w.append(r); p._p.append(w)


def mark_para(p, kind, author, date):
    """Mark the paragraph mark itself as inserted or deleted (kind 'ins' or 'del')."""
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    m = OxmlElement("w:" + kind)
    m.set(qn("w:id"), nid()); m.set(qn("w:author"), author); m.set(qn("w:date"), date)
    rPr.append(m); pPr.append(rPr)


def ins_para(container, text, author, date, italic=False):
    p = container.add_paragraph()
    mark_para(p, "ins", author, date)
    ins(p, text, author, date, italic=italic)
    return p


def del_para(container, text, author, date, italic=False):
    p = container.add_paragraph()
    mark_para(p, "del", author, date)
    dele(p, text, author, date, italic=italic)
    return p


def del_row(row, author, date):
    """Mark a whole table row as deleted, converting its text to delText."""
    trPr = row._tr.get_or_add_trPr()
    m = OxmlElement("w:del")
    m.set(qn("w:id"), nid()); m.set(qn("w:author"), author); m.set(qn("w:date"), date)
    trPr.append(m)
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in list(p._p.findall(qn("w:r"))):
                w = OxmlElement("w:del")
                w.set(qn("w:id"), nid()); w.set(qn("w:author"), author); w.set(qn("w:date"), date)
                for t in r.findall(qn("w:t")):
                    t.tag = qn("w:delText")
                r.addprevious(w); w.append(r)
            mark_para(p, "del", author, date)


def ins_row(row, author, date):
    trPr = row._tr.get_or_add_trPr()
    m = OxmlElement("w:ins")
    m.set(qn("w:id"), nid()); m.set(qn("w:author"), author); m.set(qn("w:date"), date)
    trPr.append(m)
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in list(p._p.findall(qn("w:r"))):
                w = OxmlElement("w:ins")
                w.set(qn("w:id"), nid()); w.set(qn("w:author"), author); w.set(qn("w:date"), date)
                r.addprevious(w); w.append(r)
            mark_para(p, "ins", author, date)


def textbox(doc, paras, width_pt=420, fill="F2F2F2"):
    """An inline VML text box holding paras: list of (text, bold, italic)."""
    from lxml import etree
    p = doc.add_paragraph()
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    V = "urn:schemas-microsoft-com:vml"
    body = "".join(
        '<w:p><w:r><w:rPr>%s%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
        % ("<w:b/>" if b else "", "<w:i/>" if i else "",
           t.replace("&", "&amp;").replace("<", "&lt;"))
        for t, b, i in paras)
    h = 30 + 16 * sum(1 + len(t) // 80 for t, _, _ in paras)
    xml = ('<w:r xmlns:w="%s" xmlns:v="%s"><w:pict><v:shape id="tb%s" type="#_x0000_t202" '
           'style="width:%dpt;height:%dpt" fillcolor="#%s" strokecolor="#7F7F7F">'
           '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
           % (W, V, nid(), width_pt, h, fill, body))
    p._p.append(etree.fromstring(xml))
    return p


def table(doc, rows, widths=None, header_fill="D9D9D9", style="Table Grid", bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            if val:
                r = p.add_run(val)
                if i == 0 and bold_header:
                    r.bold = True
            if i == 0 and header_fill:
                shade(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def band(t, r, text, fill="E7E6E6"):
    """Merge row r across all columns as a shaded band with text."""
    a = t.cell(r, 0); b = t.cell(r, len(t.columns) - 1)
    m = a.merge(b)
    for p in m.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    m.paragraphs[0].text = ""
    rr = m.paragraphs[0].add_run(text); rr.bold = True
    shade(m, fill)
    return m


def header_footer(doc, head, foot):
    s = doc.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot


def words(doc):
    import re, zipfile, io
    return None
