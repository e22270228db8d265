"""Shared helpers for the mf-* build scripts: raw OOXML for tracked changes, footnotes,
VML text boxes, shading and merged cells, on top of python-docx."""
import datetime
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def run_el(text, bold=False, italic=False, colour=None, size=None, deleted=False):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if bold:
        rpr.append(OxmlElement("w:b"))
    if italic:
        rpr.append(OxmlElement("w:i"))
    if colour:
        c = OxmlElement("w:color"); c.set(qn("w:val"), colour); rpr.append(c)
    if size:
        s = OxmlElement("w:sz"); s.set(qn("w:val"), str(int(size * 2))); rpr.append(s)
    if len(rpr):
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(kind, text, author="C. Lisle", date="2008-10-14T10:00:00Z", **kw):
    """A w:ins or w:del wrapper holding one run."""
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), _next_id())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(run_el(text, deleted=(kind == "del"), **kw))
    return el


def mixed_para(container, parts, style=None):
    """parts: list of (text, kind) with kind None, 'ins', 'del', 'b' (bold) or 'i' (italic).
    container is a Document or a table cell."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for part in parts:
        text, kind = part[0], part[1]
        author = part[2] if len(part) > 2 else "C. Lisle"
        if kind in ("ins", "del"):
            p._p.append(tracked(kind, text, author=author))
        else:
            p._p.append(run_el(text, bold=(kind == "b"), italic=(kind == "i")))
    return p


def whole_para_tracked(container, text, kind, author="C. Lisle", bold_lead=None):
    """A whole paragraph inserted or deleted (paragraph mark tracked too)."""
    p = container.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    mark = OxmlElement("w:" + kind)
    mark.set(qn("w:id"), _next_id()); mark.set(qn("w:author"), author)
    mark.set(qn("w:date"), "2008-10-14T10:00:00Z")
    rpr.append(mark)
    ppr.append(rpr)
    if bold_lead:
        p._p.append(tracked(kind, bold_lead, author=author, bold=True))
    p._p.append(tracked(kind, text, author=author))
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def set_cell(cell, text, bold=False, italic=False, colour=None, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if colour:
        r.font.color.rgb = RGBColor.from_string(colour)
    if size:
        r.font.size = Pt(size)
    return cell


def table(doc, rows, widths=None, header=True, style="Table Grid", head_fill="D9D2E9"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(header and i == 0))
            if header and i == 0 and head_fill:
                shade(t.cell(i, j), head_fill)
    return t


def bold_caps(doc, text, size=11, fill=None):
    p = doc.add_paragraph()
    r = p.add_run(text.upper()); r.bold = True; r.font.size = Pt(size)
    if fill:
        ppr = p._p.get_or_add_pPr()
        shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill); ppr.append(shd)
    return p


def para(doc, text, bold=False, italic=False, size=None, colour=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size:
        r.font.size = Pt(size)
    if colour:
        r.font.color.rgb = RGBColor.from_string(colour)
    return p


# ---------------------------------------------------------------- footnotes
_FOOT_XML = (
    '<w:footnotes %s>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '</w:footnotes>' % nsdecls("w"))


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.el = parse_xml(_FOOT_XML)
        self.n = 0

    def add(self, paragraph, text):
        """Append a footnote reference at the end of paragraph, with text."""
        self.n += 1
        fid = str(self.n)
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr"); va = OxmlElement("w:vertAlign"); va.set(qn("w:val"), "superscript")
        rpr.append(va); r.append(rpr)
        ref = OxmlElement("w:footnoteReference"); ref.set(qn("w:id"), fid); r.append(ref)
        paragraph._p.append(r)
        fn = parse_xml(
            '<w:footnote %s w:id="%s"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            '<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
            % (nsdecls("w"), fid, text.replace("&", "&amp;").replace("<", "&lt;")))
        self.el.append(fn)

    def attach(self):
        from lxml import etree
        blob = etree.tostring(self.el, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- text box (VML)
def text_box(doc, lines, width_pt=420, height_pt=150, title=None):
    """A floating VML text box anchored to a new paragraph; lines are plain strings."""
    p = doc.add_paragraph()
    inner = ""
    if title:
        inner += ('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                  % title.replace("&", "&amp;"))
    for ln in lines:
        inner += '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % ln.replace("&", "&amp;")
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shape id="tb%s" o:spid="_x0000_s%s" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:%spt;height:%spt;z-index:1;'
        'mso-position-horizontal:center" fillcolor="#F3EFE6" strokecolor="#7F6A3C">'
        '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
        % (nsdecls("w"), _next_id(), _next_id(), width_pt, height_pt, inner))
    p._p.append(parse_xml(xml))
    # reserve space under the floating box
    for _ in range(int(height_pt // 16)):
        doc.add_paragraph()
    return p


def header_footer(doc, header_text, footer_text):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
