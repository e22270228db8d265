"""Shared helpers for the mh-* build scripts: python-docx plus raw OOXML for
tracked changes, footnotes, VML text boxes, shading and merged cells."""
import copy
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def _rid():
    _rev[0] += 1
    return _rev[0]


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.footer.paragraphs[0].text = foot
    for p in (sec.header.paragraphs[0], sec.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)


def para(doc_or_cell, text="", bold=False, italic=False, size=None, style=None, shade=None,
         caps=False, color=None, align=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text.upper() if caps else text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if shade:
        shade_par(p, shade)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runs(p, *parts):
    """parts: str or (str, 'b'|'i'|'bi')"""
    for x in parts:
        if isinstance(x, tuple):
            r = p.add_run(x[0])
            r.bold = "b" in x[1]
            r.italic = "i" in x[1]
        else:
            p.add_run(x)
    return p


def shade_par(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(doc, rows, header_fill="D9D9D9", bold_header=True, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            if val is None:
                continue
            c.paragraphs[0].add_run(val).bold = (i == 0 and bold_header)
            if i == 0 and header_fill:
                shade_cell(c, header_fill)
    return t


def set_cell(cell, text, bold=False, fill=None):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = bold
    if fill:
        shade_cell(cell, fill)


def _run_xml(text, bold=False, italic=False, deleted=False):
    rpr = ""
    if bold or italic:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def tracked_par(doc, text, kind, author="R. Pellow", date="2008-11-03T10:12:00Z", bold=False):
    """A whole paragraph inserted (kind='ins') or deleted (kind='del')."""
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rpr = parse_xml(f'<w:rPr {W}><w:{kind} w:id="{_rid()}" w:author="{author}" w:date="{date}"/></w:rPr>')
    pPr.append(rpr)
    x = f'<w:{kind} {W} w:id="{_rid()}" w:author="{author}" w:date="{date}">' + \
        _run_xml(text, bold=bold, deleted=(kind == "del")) + f'</w:{kind}>'
    p._p.append(parse_xml(x))
    return p


def tracked_inline(p, kind, text, author="R. Pellow", date="2008-11-03T10:12:00Z"):
    x = f'<w:{kind} {W} w:id="{_rid()}" w:author="{author}" w:date="{date}">' + \
        _run_xml(text, deleted=(kind == "del")) + f'</w:{kind}>'
    p._p.append(parse_xml(x))
    return p


def tracked_cell(cell, before, deleted, inserted, after="", author="R. Pellow"):
    cell.text = ""
    p = cell.paragraphs[0]
    if before:
        p.add_run(before)
    if deleted:
        tracked_inline(p, "del", deleted, author)
    if inserted:
        tracked_inline(p, "ins", inserted, author)
    if after:
        p.add_run(after)


def merge(t, r1, c1, r2, c2, text=None, bold=False, fill=None):
    c = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        set_cell(c, text, bold=bold, fill=fill)
    return c


def text_box(doc, paragraphs, width_pt=430, height_pt=110, fill="#F2F2F2"):
    """A VML text box anchored inline in its own paragraph."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        for t, b in paragraphs)
    xml = (f'<w:p {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:r><w:pict><v:shape id="tb{_rid()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="{fill}" strokecolor="#404040">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    el = parse_xml(xml)
    doc.element.body.append(el)
    # keep sectPr last
    sectPr = doc.element.body.find(qn("w:sectPr"))
    if sectPr is not None:
        doc.element.body.remove(sectPr)
        doc.element.body.append(sectPr)
    return el


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.items = []

    def add(self, p, text):
        n = len(self.items) + 1
        self.items.append((n, text))
        p._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))

    def finish(self):
        body = "".join(
            f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>' for n, t in self.items)
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               + body + '</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def comment(doc, paragraph, text, author="D. Harker", initials="DH"):
    doc.add_comment(paragraph.runs, text=text, author=author, initials=initials)


def words(doc_path):
    import re, zipfile
    xml = zipfile.ZipFile(doc_path).read("word/document.xml").decode()
    return len(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).split())
