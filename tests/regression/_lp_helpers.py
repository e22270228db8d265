"""Shared helpers for the lp-* build scripts: python-docx plus raw OOXML for what it cannot do
(tracked changes, footnotes, VML text boxes, cell shading)."""
from docx import Document
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def _rid():
    _rev[0] += 1
    return _rev[0]


def para(doc_or_cell, text="", style=None, bold=False, italic=False, size=None, colour=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    return p


def runs(p, *parts):
    """parts: str or (str, 'b'/'i'/'bi')."""
    for part in parts:
        if isinstance(part, tuple):
            t, f = part
            r = p.add_run(t)
            r.bold = "b" in f
            r.italic = "i" in f
        else:
            p.add_run(part)
    return p


def _run_xml(text, deleted=False, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r {W}>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def ins_run(p, text, author, date):
    el = parse_xml(f'<w:ins {W} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}">'
                   f'{_run_xml(text)}</w:ins>')
    p._p.append(el)


def del_run(p, text, author, date):
    el = parse_xml(f'<w:del {W} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}">'
                   f'{_run_xml(text, deleted=True)}</w:del>')
    p._p.append(el)


def _mark_para(p, kind, author, date):
    ppr = p._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f"<w:rPr {W}/>")
        ppr.append(rpr)
    rpr.append(parse_xml(f'<w:{kind} {W} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}"/>'))


def deleted_para(doc, text, author, date, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    del_run(p, text, author, date)
    _mark_para(p, "del", author, date)
    return p


def inserted_para(doc, text, author, date, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    ins_run(p, text, author, date)
    _mark_para(p, "ins", author, date)
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_para(p, fill):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(doc, rows, header=True, style="Table Grid", widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if header and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
                shade(c, "D9E2F3")
    return t


def text_box(doc, paragraphs, width="440pt", height="120pt", fill="FFF2CC"):
    """A VML text box anchored in its own paragraph. paragraphs: list of (text, bold)."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        for t, b in paragraphs)
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{_rid()}" o:spid="_x0000_s{_rid()}" type="#_x0000_t202" '
           f'style="width:{width};height:{height};mso-wrap-style:square" fillcolor="#{fill}" strokecolor="#1F3864">'
           f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


class Footnotes:
    """Adds a footnotes part to the document and lets paragraphs carry footnote references."""

    def __init__(self, doc):
        self.doc = doc
        self.next_id = 1
        self.notes = []

    def ref(self, p, text):
        fid = self.next_id
        self.next_id += 1
        self.notes.append((fid, text))
        p._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))

    def finish(self):
        body = "".join(
            f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>'
            for fid, t in self.notes)
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>'
               f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               f'{body}</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def header_footer(doc, head, foot):
    s = doc.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot


def word_count(doc):
    n = sum(len(p.text.split()) for p in doc.paragraphs)
    for t in doc.tables:
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                n += len(c.text.split())
    return n
