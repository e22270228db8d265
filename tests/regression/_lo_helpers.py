"""Shared helpers for the lo-* build scripts: raw OOXML for what python-docx cannot do
(tracked changes, text boxes, footnotes, shading, merged cells)."""
import itertools
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_ids = itertools.count(9001)


def esc(t):
    return escape(t)


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
    if align is not None:
        p.alignment = align
    return p


def runin(doc_or_cell, lead, text, italic_lead=False):
    """Paragraph with a bold run-in title followed by normal text (separate runs)."""
    p = doc_or_cell.add_paragraph()
    r = p.add_run(lead)
    r.bold = True
    r.italic = italic_lead
    p.add_run(" " + text)
    return p


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill))
    tcPr.append(shd)


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def _rpr(bold=False, italic=False):
    s = ""
    if bold:
        s += "<w:b/>"
    if italic:
        s += "<w:i/>"
    return "<w:rPr>%s</w:rPr>" % s if s else ""


def add_ins_run(p, text, author, date, bold=False):
    x = ('<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
         % (W_NS, next(_ids), esc(author), date, _rpr(bold), esc(text)))
    p._p.append(parse_xml(x))


def add_del_run(p, text, author, date, bold=False):
    x = ('<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
         % (W_NS, next(_ids), esc(author), date, _rpr(bold), esc(text)))
    p._p.append(parse_xml(x))


def _mark_para(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = parse_xml('<w:rPr %s><w:%s w:id="%d" w:author="%s" w:date="%s"/></w:rPr>'
                    % (W_NS, kind, next(_ids), esc(author), date))
    pPr.append(rPr)


def ins_para(container, parts, author, date):
    """A whole inserted paragraph. parts: list of (text, bold)."""
    p = container.add_paragraph()
    _mark_para(p, "ins", author, date)
    for text, bold in parts:
        add_ins_run(p, text, author, date, bold)
    return p


def del_para(container, parts, author, date):
    """A whole deleted paragraph. parts: list of (text, bold)."""
    p = container.add_paragraph()
    _mark_para(p, "del", author, date)
    for text, bold in parts:
        add_del_run(p, text, author, date, bold)
    return p


def text_box(container, paragraphs, width_pt=430, height_pt=150, fill="FFF8E7"):
    """A VML text box anchored in its own paragraph. paragraphs: list of (text, bold)."""
    inner = "".join('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (_rpr(b), esc(t))
                    for t, b in paragraphs)
    x = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
         '<w:pict><v:shape id="lotb%d" o:spid="_x0000_s%d" type="#_x0000_t202" '
         'style="width:%dpt;height:%dpt;mso-wrap-style:square" fillcolor="#%s" strokecolor="#7A5C2E">'
         '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
         % (W_NS, next(_ids), next(_ids), width_pt, height_pt, fill, inner))
    p = container.add_paragraph()
    p._p.append(parse_xml(x))
    return p


class Footnotes:
    """Adds a footnotes part to the document and lets callers attach footnotes to paragraphs."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []
        self.n = 0

    def add(self, p, text):
        self.n += 1
        fid = self.n
        self.notes.append((fid, text))
        r = parse_xml('<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                      '<w:footnoteReference w:id="%d"/></w:r>' % (W_NS, fid))
        p._p.append(r)

    def finish(self):
        body = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for fid, text in self.notes:
            body += ('<w:footnote w:id="%d"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     '<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
                     % (fid, esc(text)))
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>%s</w:footnotes>'
               % (W_NS, body))
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def table(doc, rows, widths=None, style="Table Grid", header_fill=None, bold_header=True, size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(bold_header and i == 0), size=size)
            if header_fill and i == 0:
                shade(t.cell(i, j), header_fill)
    return t


def footer_header(doc, header, footer):
    s = doc.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer
