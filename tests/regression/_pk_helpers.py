"""Shared python-docx and raw OOXML helpers for the pk-* build scripts.

Tracked changes (w:ins / w:del runs, whole paragraphs and table rows), cell shading, merged title rows, a VML text
box, a footnotes part, header and footer text with a PAGE field, and section columns.
"""
import itertools

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V_NS = "urn:schemas-microsoft-com:vml"
_ids = itertools.count(900)


def _rev(tag, author, date):
    el = OxmlElement(tag)
    el.set(qn("w:id"), str(next(_ids)))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    return el


def _rpr(bold=False, italic=False, size=None):
    rPr = OxmlElement("w:rPr")
    if bold:
        rPr.append(OxmlElement("w:b"))
    if italic:
        rPr.append(OxmlElement("w:i"))
    if size:
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rPr.append(sz)
    return rPr


def run(p, text, bold=False, italic=False, size=None, color=None, caps=False):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    return r


def ins_run(p, text, author, date, bold=False, italic=False, size=None):
    """Append text to paragraph p as a tracked insertion."""
    ins = _rev("w:ins", author, date)
    r = OxmlElement("w:r")
    r.append(_rpr(bold, italic, size))
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    ins.append(r)
    p._p.append(ins)
    return ins


def del_run(p, text, author, date, bold=False, italic=False, size=None):
    """Append text to paragraph p as a tracked deletion (w:delText)."""
    d = _rev("w:del", author, date)
    r = OxmlElement("w:r")
    r.append(_rpr(bold, italic, size))
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    d.append(r)
    p._p.append(d)
    return d


def mark_paragraph(p, kind, author, date):
    """Mark the paragraph mark itself as inserted ('ins') or deleted ('del')."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        sect = pPr.find(qn("w:sectPr"))
        if sect is not None:
            sect.addprevious(rPr)
        else:
            pPr.append(rPr)
    rPr.append(_rev("w:" + kind, author, date))


def deleted_paragraph(container, text, author, date, style=None, bold_lead=None):
    p = container.add_paragraph(style=style)
    if bold_lead:
        del_run(p, bold_lead, author, date, bold=True)
    del_run(p, text, author, date)
    mark_paragraph(p, "del", author, date)
    return p


def inserted_paragraph(container, text, author, date, style=None, bold_lead=None):
    p = container.add_paragraph(style=style)
    if bold_lead:
        ins_run(p, bold_lead, author, date, bold=True)
    ins_run(p, text, author, date)
    mark_paragraph(p, "ins", author, date)
    return p


def mark_row(row, kind, author, date):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(_rev("w:" + kind, author, date))


def fill_row_tracked(row, values, kind, author, date, size=None):
    """Fill a table row whose every cell is a tracked insertion or deletion, and mark the row itself."""
    for cell, val in zip(row.cells, values):
        p = cell.paragraphs[0]
        (ins_run if kind == "ins" else del_run)(p, val, author, date, size=size)
    mark_row(row, kind, author, date)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None, align=None, color=None):
    p = cell.paragraphs[0]
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_para(cell, text="", bold=False, italic=False, size=None):
    p = cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size)
    return p


def set_col_widths(table, widths):
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


def page_field(p):
    fld = parse_xml(
        f'<w:fldSimple xmlns:w="{W_NS}" w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    p._p.append(fld)


def text_box(p, paragraphs, width_pt=440, height_pt=150, fill="FFFFFF", stroke="1.5pt"):
    """Insert a VML text box (v:rect with v:textbox) into paragraph p.

    paragraphs: list of (text, bold, italic, size, center) tuples.
    """
    body = []
    for text, bold, italic, size, center in paragraphs:
        rpr = ""
        if bold:
            rpr += "<w:b/>"
        if italic:
            rpr += "<w:i/>"
        if size:
            rpr += f'<w:sz w:val="{int(size * 2)}"/>'
        jc = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
        esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        body.append(f'<w:p>{jc}<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{esc}</w:t></w:r></w:p>')
    xml = (f'<w:r xmlns:w="{W_NS}" xmlns:v="{V_NS}"><w:pict>'
           f'<v:rect style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="#{fill}" strokeweight="{stroke}">'
           f'<v:textbox><w:txbxContent>{"".join(body)}</w:txbxContent></v:textbox></v:rect></w:pict></w:r>')
    p._p.append(parse_xml(xml))


def add_footnotes(document, notes):
    """Create a footnotes part with the given {id: text} notes. Returns nothing; use footnote_ref to cite."""
    items = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for fid, text in notes.items():
        esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        items.append(
            f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc}</w:t></w:r></w:p></w:footnote>')
    blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
            + "".join(items) + "</w:footnotes>").encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                blob, document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def footnote_ref(p, fid):
    r = parse_xml(f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                  f'<w:footnoteReference w:id="{fid}"/></w:r>')
    p._p.append(r)


def set_columns(section, num, space=425):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space))


def table_borders(table, sz=4):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)
