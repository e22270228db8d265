"""Shared python-docx / raw OOXML helpers for the nd-* build scripts.

Tracked changes (w:ins / w:del, whole paragraphs or runs), footnotes (a footnotes
part written by hand), VML text boxes, cell shading, merged cells, PAGE fields and
typed letterheads with manual line breaks.
"""
from docx import Document
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.oxml import OxmlElement
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

_ID = [100]


def _next_id():
    _ID[0] += 1
    return _ID[0]


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _run_xml(text, bold=False, italic=False, deleted=False, size=None, color=None):
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{int(size * 2)}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r {W_NS}>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def ins_run(par, text, author, date, bold=False, italic=False):
    """Append a tracked insertion to a paragraph."""
    el = parse_xml(f'<w:ins {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
                   f'{_run_xml(text, bold, italic)}</w:ins>')
    par._p.append(el)
    return el


def del_run(par, text, author, date, bold=False, italic=False):
    """Append a tracked deletion to a paragraph."""
    el = parse_xml(f'<w:del {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
                   f'{_run_xml(text, bold, italic, deleted=True)}</w:del>')
    par._p.append(el)
    return el


def _mark_paragraph(par, kind, author, date):
    ppr = par._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        ppr.append(rpr)
    mark = parse_xml(f'<w:{kind} {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>')
    rpr.append(mark)


def inserted_paragraph(doc_or_cell, pieces, author, date, style=None):
    """A whole paragraph that is a tracked insertion. pieces: list of (text, bold)."""
    par = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    for text, bold in pieces:
        ins_run(par, text, author, date, bold=bold)
    _mark_paragraph(par, "ins", author, date)
    return par


def deleted_paragraph(doc_or_cell, pieces, author, date, style=None):
    """A whole paragraph that is a tracked deletion. pieces: list of (text, bold)."""
    par = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    for text, bold in pieces:
        del_run(par, text, author, date, bold=bold)
    _mark_paragraph(par, "del", author, date)
    return par


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def shade_paragraph(par, fill):
    ppr = par._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    """Replace a cell's text with one run."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def set_col_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def add_page_field(par, prefix="Page "):
    if prefix:
        par.add_run(prefix)
    r = par.add_run()
    fld = parse_xml(f'<w:fldSimple {W_NS} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    r._r.addnext(fld)


def letterhead(doc, lines, bold_first=True, size=None, align=None):
    """One paragraph with manual line breaks between the lines."""
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    for i, line in enumerate(lines):
        r = p.add_run(line)
        if i == 0 and bold_first:
            r.bold = True
            if size:
                r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def add_textbox(par, paragraphs, width_pt=430, height_pt=150, fill="F2F2F2", stroke="595959"):
    """An inline VML text box. paragraphs: list of lists of (text, bold)."""
    body = ""
    for pieces in paragraphs:
        runs = "".join(_run_xml(t, bold=b) for t, b in pieces)
        body += f"<w:p>{runs}</w:p>"
    sid = _next_id()
    xml = (f'<w:r {W_NS} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="TextBox{sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1.25pt">'
           f'<v:textbox inset="7pt,5pt,7pt,5pt"><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    par._p.append(parse_xml(xml))


class Footnotes:
    """A hand-made footnotes part."""

    CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, par, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        r = parse_xml(f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                      f'<w:footnoteReference w:id="{fid}"/></w:r>')
        par._p.append(r)

    def finish(self):
        body = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for fid, text in self.notes:
            body += (f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<w:footnotes {W_NS}>{body}</w:footnotes>').encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"), self.CT, xml, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)
