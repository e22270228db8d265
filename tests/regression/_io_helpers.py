"""Shared helpers for the io-* build scripts: python-docx plus raw OOXML for
tracked changes, comments, footnotes, text boxes, shading and merged cells."""
import copy
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import parse_xml, OxmlElement
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def _id():
    _rev[0] += 1
    return _rev[0]


def para(doc_or_cell, text="", style=None, bold=False, italic=False, size=None, align=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def run(p, text, bold=False, italic=False, size=None):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return r


def ins(p, text, author="Author", date="2008-10-20T10:00:00Z"):
    el = parse_xml(f'<w:ins {W} w:id="{_id()}" w:author="{escape(author)}" w:date="{date}">'
                   f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    p._p.append(el)


def dele(p, text, author="Author", date="2008-10-20T10:00:00Z"):
    el = parse_xml(f'<w:del {W} w:id="{_id()}" w:author="{escape(author)}" w:date="{date}">'
                   f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    p._p.append(el)


def _mark_para(p, tag, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn('w:rPr'))
    if rPr is None:
        rPr = OxmlElement('w:rPr')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{tag} {W} w:id="{_id()}" w:author="{escape(author)}" w:date="{date}"/>'))


def ins_para(doc, text, author="Author", date="2008-10-20T10:00:00Z", style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    ins(p, text, author, date)
    _mark_para(p, 'ins', author, date)
    return p


def del_para(doc, text, author="Author", date="2008-10-20T10:00:00Z", style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    dele(p, text, author, date)
    _mark_para(p, 'del', author, date)
    return p


def comment(doc, p, text, author="Reviewer", initials="R"):
    runs = p.runs
    if not runs:
        runs = [p.add_run("")]
    doc.add_comment(runs, text=text, author=author, initials=initials)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, t in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def textbox(doc, lines, width_pt=430, height_pt=150):
    """A VML text box anchored inline in its own paragraph; lines are (text, bold)."""
    body = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        for t, b in lines)
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{_id()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt" strokecolor="#7F7F7F" fillcolor="#F2F2F2">'
           f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, p, text):
        n = len(self.notes) + 1
        self.notes.append((n, text))
        p._p.append(parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              f'<w:footnoteReference w:id="{n}"/></w:r>'))

    def finish(self):
        notes = "".join(
            f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>'
            for n, t in self.notes)
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               f'{notes}</w:footnotes>').encode()
        part = Part(PackURI('/word/footnotes.xml'),
                    'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
                    xml, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def header_footer(doc, header, footer):
    s = doc.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer
