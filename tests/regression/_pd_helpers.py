"""Shared python-docx / raw OOXML helpers for the pd-* build scripts.

Everything python-docx cannot do on its own is written here as raw WordprocessingML:
cell and paragraph shading, borders, tracked changes (w:ins / w:del on runs, whole
paragraphs and table rows), footnotes (a footnotes part added to the package),
VML text boxes, PAGE fields, landscape sections.
"""
import copy
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Emu
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')

_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


# ---------------------------------------------------------------- formatting
def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
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


def para_border(p, sides=("top", "bottom"), sz=8, color="000000"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for s in sides:
        e = OxmlElement("w:" + s)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "1")
        e.set(qn("w:color"), color)
        bdr.append(e)
    pPr.append(bdr)


def table_borders(table, sz=4, color="000000", inside=True):
    tblPr = table._tbl.tblPr
    for old in tblPr.findall(qn("w:tblBorders")):
        tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    sides = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for s in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        e = OxmlElement("w:" + s)
        if s in sides and sz:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), color)
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def col_widths(table, widths_pt):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_pt):
            if i < len(row.cells):
                row.cells[i].width = Pt(w)


def cell_write(cell, text, bold=False, italic=False, size=None, align=None, color=None, font=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
        if i < len(lines) - 1:
            r.add_break()
    if align:
        p.alignment = align
    return p


def cell_para(cell, text="", bold=False, italic=False, size=None):
    p = cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def run(p, text, bold=False, italic=False, size=None, font=None, color=None, caps=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    return r


def row_cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit")
    trPr.append(e)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    trPr.append(e)


def row_height(row, pt, exact=True):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:trHeight")
    e.set(qn("w:val"), str(int(pt * 20)))
    e.set(qn("w:hRule"), "exact" if exact else "atLeast")
    trPr.append(e)


def cell_valign(cell, val="center"):
    tcPr = cell._tc.get_or_add_tcPr()
    e = OxmlElement("w:vAlign")
    e.set(qn("w:val"), val)
    tcPr.append(e)


# ---------------------------------------------------------------- tracked changes
def _rpr_xml(bold=False, italic=False, size=None):
    x = ""
    if bold:
        x += "<w:b/>"
    if italic:
        x += "<w:i/>"
    if size:
        x += '<w:sz w:val="%d"/>' % int(size * 2)
    return "<w:rPr>%s</w:rPr>" % x if x else ""


def ins_run(p, text, author, date, bold=False, italic=False, size=None):
    x = ('<w:ins %s w:id="%s" w:author="%s" w:date="%s"><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
         % (NSDECL, _next_id(), escape(author), date, _rpr_xml(bold, italic, size), escape(text)))
    el = parse_xml(x)
    p._p.append(el)
    return el


def del_run(p, text, author, date, bold=False, italic=False, size=None):
    x = ('<w:del %s w:id="%s" w:author="%s" w:date="%s"><w:r>%s<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
         % (NSDECL, _next_id(), escape(author), date, _rpr_xml(bold, italic, size), escape(text)))
    el = parse_xml(x)
    p._p.append(el)
    return el


def _mark_para(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.append(rPr)
    m = OxmlElement("w:" + kind)
    m.set(qn("w:id"), _next_id())
    m.set(qn("w:author"), author)
    m.set(qn("w:date"), date)
    rPr.append(m)


def insert_paragraph_whole(p, author, date):
    """Mark every run of p, and its paragraph mark, as inserted."""
    _mark_para(p, "ins", author, date)
    for r in list(p._p.findall(qn("w:r"))):
        ins = OxmlElement("w:ins")
        ins.set(qn("w:id"), _next_id())
        ins.set(qn("w:author"), author)
        ins.set(qn("w:date"), date)
        r.addprevious(ins)
        ins.append(r)


def delete_paragraph_whole(p, author, date):
    """Mark every run of p, and its paragraph mark, as deleted (w:t becomes w:delText)."""
    _mark_para(p, "del", author, date)
    for r in list(p._p.findall(qn("w:r"))):
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        d = OxmlElement("w:del")
        d.set(qn("w:id"), _next_id())
        d.set(qn("w:author"), author)
        d.set(qn("w:date"), date)
        r.addprevious(d)
        d.append(r)


def delete_row(row, author, date):
    trPr = row._tr.get_or_add_trPr()
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _next_id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    trPr.append(d)
    for cell in row.cells:
        for p in cell.paragraphs:
            delete_paragraph_whole(p, author, date)


def insert_row_mark(row, author, date):
    trPr = row._tr.get_or_add_trPr()
    d = OxmlElement("w:ins")
    d.set(qn("w:id"), _next_id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    trPr.append(d)
    for cell in row.cells:
        for p in cell.paragraphs:
            insert_paragraph_whole(p, author, date)


# ---------------------------------------------------------------- footnotes
_FN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_FN_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


class _Footnotes:
    def __init__(self, doc):
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<w:footnotes %s>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>') % NSDECL
        self.el = parse_xml(xml.encode())
        self.doc = doc
        self.n = 0
        self.part = XmlPart(PackURI("/word/footnotes.xml"), _FN_CT, self.el, doc.part.package)
        doc.part.relate_to(self.part, _FN_RT)

    def add(self, paragraph, text):
        self.n += 1
        fid = str(self.n)
        fn = parse_xml(
            '<w:footnote %s w:id="%s"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
            % (NSDECL, fid, escape(text)))
        self.el.append(fn)
        ref = parse_xml('<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="%s"/></w:r>'
                        % (NSDECL, fid))
        paragraph._p.append(ref)
        return fid


def footnotes(doc):
    if not hasattr(doc, "_pd_fn"):
        doc._pd_fn = _Footnotes(doc)
    return doc._pd_fn


# ---------------------------------------------------------------- text box (VML)
def textbox(paragraph, paras, width_pt=200, height_pt=120, fill="FFFFFF", anchor_left_pt=0, float_right=True,
            stroke="000000"):
    """Append a floating VML text box to paragraph. paras: list of (text, bold, italic)."""
    body = ""
    for t, b, i in paras:
        body += ('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                 % (_rpr_xml(b, i, 9), escape(t)))
    style = ("position:absolute;margin-left:%spt;margin-top:0;width:%spt;height:%spt;z-index:251659264;"
             "mso-position-horizontal:%s;mso-position-horizontal-relative:margin;mso-wrap-style:square"
             % (anchor_left_pt, width_pt, height_pt, "right" if float_right else "left"))
    x = ('<w:r %s><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
         '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
         '<v:shape id="TB%s" type="#_x0000_t202" style="%s" fillcolor="#%s" strokecolor="#%s">'
         '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict></w:r>'
         % (NSDECL, _next_id(), style, fill, stroke, body))
    paragraph._p.append(parse_xml(x))


# ---------------------------------------------------------------- fields, sections
def page_field(paragraph, prefix="Page "):
    if prefix:
        paragraph.add_run(prefix)
    fld = parse_xml('<w:fldSimple %s w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>' % NSDECL)
    paragraph._p.append(fld)


def landscape_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    if w < h:
        sec.page_width, sec.page_height = h, w
    return sec


def portrait_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    w, h = sec.page_width, sec.page_height
    if w > h:
        sec.page_width, sec.page_height = h, w
    return sec


def a4(section):
    from docx.shared import Mm
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.left_margin = section.right_margin = Mm(22)
    section.top_margin = section.bottom_margin = Mm(20)
