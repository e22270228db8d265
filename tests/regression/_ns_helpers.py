"""Shared python-docx / raw OOXML helpers for the ns-* build scripts.

Tracked insertions and deletions (w:ins / w:del), footnotes (a real footnotes part), VML text boxes,
cell shading, PAGE fields, landscape sections and small conveniences for typed (style-less) titles.
"""
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ids = [900]


def _nid():
    _ids[0] += 1
    return str(_ids[0])


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def shade_par(par, fill):
    pPr = par._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def set_cell(cell, text, bold=False, size=None, italic=False):
    """Replace a cell's text (one paragraph; '\n' gives further paragraphs)."""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def table(doc, rows, widths=None, style="Table Grid", header_fill=None, size=9, bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(bold_header and i == 0), size=size)
            if i == 0 and header_fill:
                shade(t.cell(i, j), header_fill)
    return t


def typed_title(doc, text, size=12, fill=None, caps=True):
    """A title typed as a bold Normal paragraph (no heading style)."""
    p = doc.add_paragraph()
    r = p.add_run(text.upper() if caps else text)
    r.bold = True
    r.font.size = Pt(size)
    if fill:
        shade_par(p, fill)
    return p


def para(doc, text, bold=False, italic=False, size=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    return p


def broken_para(doc, lines, size=None):
    """One paragraph whose lines are separated by manual line breaks (as if pasted from a PDF)."""
    p = doc.add_paragraph()
    for i, line in enumerate(lines):
        r = p.add_run(line)
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    return p


def _run_xml(text, tag="w:t", bold=False, italic=False):
    rpr = ""
    if bold or italic:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    return f'<w:r {NS}>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


NS = f'xmlns:w="{W}"'


def ins(par, text, author="Ruth Askew", date="2008-11-12T10:00:00Z", bold=False):
    """Append a tracked insertion to a paragraph."""
    el = parse_xml(f'<w:ins {NS} w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}">'
                   + _run_xml(text, bold=bold).replace(f" {NS}", "") + "</w:ins>")
    par._p.append(el)
    return el


def dele(par, text, author="Ruth Askew", date="2008-11-12T10:00:00Z", bold=False):
    """Append a tracked deletion to a paragraph."""
    el = parse_xml(f'<w:del {NS} w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}">'
                   + _run_xml(text, tag="w:delText", bold=bold).replace(f" {NS}", "") + "</w:del>")
    par._p.append(el)
    return el


def mark_par_deleted(par, author="Ruth Askew", date="2008-11-12T10:00:00Z"):
    """Mark the paragraph mark itself as deleted (whole paragraph removed in tracked changes)."""
    pPr = par._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    d = parse_xml(f'<w:del {NS} w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}"/>')
    rPr.append(d)
    pPr.append(rPr)


def mark_par_inserted(par, author="Ruth Askew", date="2008-11-12T10:00:00Z"):
    pPr = par._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    d = parse_xml(f'<w:ins {NS} w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}"/>')
    rPr.append(d)
    pPr.append(rPr)


def deleted_paragraph(doc, text, author="Ruth Askew", date="2008-11-12T10:00:00Z"):
    p = doc.add_paragraph()
    dele(p, text, author, date)
    mark_par_deleted(p, author, date)
    return p


def inserted_paragraph(doc, text, author="Ruth Askew", date="2008-11-12T10:00:00Z"):
    p = doc.add_paragraph()
    ins(p, text, author, date)
    mark_par_inserted(p, author, date)
    return p


def page_field(par, prefix="Page "):
    par.add_run(prefix)
    fld = parse_xml(f'<w:fldSimple {NS} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    par._p.append(fld)


def text_box(doc, paragraphs, width_pt=420, height_pt=110, fill="F2F2F2"):
    """A VML text box in its own paragraph. paragraphs: list of (text, bold)."""
    inner = ""
    for text, bold in paragraphs:
        inner += "<w:p>" + _run_xml(text, bold=bold).replace(f" {NS}", "") + "</w:p>"
    xml = (f'<w:r {NS} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           f'<v:shape id="tb{_nid()}" type="#_x0000_t202" filled="t" fillcolor="#{fill}" '
           f'style="width:{width_pt}pt;height:{height_pt}pt">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


class Footnotes:
    """Real footnotes: call ref(par, text) to add a reference; call attach(doc) once before saving."""

    def __init__(self):
        self.notes = []

    def ref(self, par, text):
        nid = len(self.notes) + 1
        self.notes.append((nid, text))
        par._p.append(parse_xml(
            f'<w:r {NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{nid}"/></w:r>'))

    def attach(self, doc):
        body = (f'<w:footnotes {NS}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                '</w:r></w:p></w:footnote>')
        for nid, text in self.notes:
            body += (f'<w:footnote w:id="{nid}"><w:p><w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:pPr>'
                     f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
                     '</w:p></w:footnote>')
        body += "</w:footnotes>"
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    body.encode("utf-8"), doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)


def landscape(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    if w < h:
        sec.page_width, sec.page_height = h, w
    return sec


def portrait(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    w, h = sec.page_width, sec.page_height
    if w > h:
        sec.page_width, sec.page_height = h, w
    return sec


def base_font(doc, name="Arial", size=10.5):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def cell_ins(cell, text, author, date):
    """Add a tracked insertion as a new run in the cell's first paragraph."""
    return ins(cell.paragraphs[0], text, author, date)


def cell_del(cell, text, author, date):
    return dele(cell.paragraphs[0], text, author, date)
