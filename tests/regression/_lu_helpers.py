"""Shared python-docx / raw OOXML helpers for the lu-* build scripts."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev = [100]


def _rid():
    _rev[0] += 1
    return str(_rev[0])


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(doc_or_cell, text="", style=None, bold=False, italic=False, size=None, colour=None,
         shade=None, align=None, space_after=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    if shade:
        shade_par(p, shade)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(doc_or_cell, parts, style=None):
    """parts: list of (text, fmt) where fmt is '' or a mix of 'b', 'i', 'g' (grey)."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
        if "g" in fmt:
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return p


def shade_par(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, italic=False, size=None):
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
    return cell


def table(doc, rows, header_fill="D9D9D9", style="Table Grid", size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(i == 0 and header_fill is not None), size=size)
            if i == 0 and header_fill:
                shade_cell(t.cell(i, j), header_fill)
    return t


def group_row(t, i, text, fill="EDEDED"):
    """Merge row i across all columns and write a shaded group label."""
    row = t.rows[i]
    c = row.cells[0].merge(row.cells[-1])
    set_cell(c, text, bold=True)
    shade_cell(c, fill)
    return c


# ---- tracked changes ----------------------------------------------------
def _rpr(bold=False):
    return "<w:rPr><w:b/></w:rPr>" if bold else ""


def ins_run(p, text, author, date, bold=False):
    x = (f'<w:ins {nsdecls("w")} w:id="{_rid()}" w:author="{esc(author)}" w:date="{date}">'
         f'<w:r>{_rpr(bold)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(x))


def del_run(p, text, author, date, bold=False):
    x = (f'<w:del {nsdecls("w")} w:id="{_rid()}" w:author="{esc(author)}" w:date="{date}">'
         f'<w:r>{_rpr(bold)}<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))


def _mark_par(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{_rid()}" w:author="{esc(author)}" w:date="{date}"/>'))


def ins_par(doc, text, author, date, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    _mark_par(p, "ins", author, date)
    ins_run(p, text, author, date)
    return p


def del_par(doc, text, author, date, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    _mark_par(p, "del", author, date)
    del_run(p, text, author, date)
    return p


def cell_change(cell, old, new, author, date):
    cell.text = ""
    p = cell.paragraphs[0]
    del_run(p, old, author, date)
    ins_run(p, new, author, date)


def del_row(t, i, author, date):
    """Mark table row i as a deleted row and turn its text into deleted text."""
    tr = t.rows[i]._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_rid()}" w:author="{esc(author)}" w:date="{date}"/>'))
    for r in tr.iter(qn("w:r")):
        for tnode in r.findall(qn("w:t")):
            tnode.tag = qn("w:delText")
        d = parse_xml(f'<w:del {nsdecls("w")} w:id="{_rid()}" w:author="{esc(author)}" w:date="{date}"/>')
        r.addprevious(d)
        d.append(r)


# ---- text box (VML) -------------------------------------------------------
def text_box(doc, paragraphs, width_pt=430, height_pt=150, fill="FFF2CC"):
    """Add a paragraph holding a VML text box with the given (text, bold) paragraphs."""
    inner = ""
    for text, bold in paragraphs:
        inner += f'<w:p><w:r>{_rpr(bold)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'
    x = (f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
         f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
         f'<v:shape id="tb{_rid()}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" '
         f'fillcolor="#{fill}" strokecolor="#7F7F7F"><v:textbox><w:txbxContent>{inner}'
         f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    el = parse_xml(x)
    doc.element.body.append(el)
    # keep sectPr last
    sect = doc.element.body.find(qn("w:sectPr"))
    if sect is not None:
        doc.element.body.remove(sect)
        doc.element.body.append(sect)
    return el


# ---- footnotes --------------------------------------------------------------
class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.n = 0
        xml = (f'<w:footnotes {nsdecls("w")}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.root = parse_xml(xml)
        self.part = None

    def add(self, p, text):
        self.n += 1
        i = self.n
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              f'<w:footnoteReference w:id="{i}"/></w:r>'))
        self.root.append(parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>'))

    def finish(self):
        from lxml import etree
        blob = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def header_footer(doc, header, footer):
    s = doc.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer
