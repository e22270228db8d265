"""Shared python-docx helpers for the pl-* build scripts (a photographic society's two applications).

Raw OOXML where python-docx cannot do it: tracked insertions and deletions (w:ins / w:del), footnotes
(a footnotes part made at save time), VML text boxes, cell shading, merged cells, PAGE / NUMPAGES fields.
Comments use python-docx's own Document.add_comment.
"""
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ids = [900]


def _nid():
    _ids[0] += 1
    return _ids[0]


def _rpr(bold=False, italic=False, size=None, color=None, font=None):
    parts = []
    if font:
        parts.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>')
    if bold:
        parts.append("<w:b/>")
    if italic:
        parts.append("<w:i/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        parts.append(f'<w:sz w:val="{int(size * 2)}"/>')
    return "<w:rPr>" + "".join(parts) + "</w:rPr>" if parts else ""


def run(p, text, bold=False, italic=False, size=None, color=None, font=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    return r


def para(container, text="", style=None, bold=False, italic=False, size=None, color=None, align=None,
         space_after=None, font=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color, font=font)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runin(container, label, text, style=None, size=None):
    """A paragraph with a bold run-in label then plain text."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    run(p, label, bold=True, size=size)
    run(p, text, size=size)
    return p


def ins(p, text, author, date, **fmt):
    """Append a tracked insertion to paragraph p."""
    x = (f'<w:ins {nsdecls("w")} w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r>{_rpr(**fmt)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(x))


def dele(p, text, author, date, **fmt):
    """Append a tracked deletion to paragraph p (the text is w:delText: not part of the submission)."""
    x = (f'<w:del {nsdecls("w")} w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r>{_rpr(**fmt)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, font=None):
    """Replace a cell's text; '\n' starts a new paragraph in the cell."""
    lines = text.split("\n")
    first = cell.paragraphs[0]
    for r in list(first.runs):
        r._r.getparent().remove(r._r)
    run(first, lines[0], bold=bold, italic=italic, size=size, color=color, font=font)
    for line in lines[1:]:
        p = cell.add_paragraph()
        run(p, line, bold=bold, italic=italic, size=size, color=color, font=font)
    return first


def table(doc, rows, cols, style="Table Grid", widths=None):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = style
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
    return t


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def field(p, instr, placeholder="1", size=None):
    """A complex field (PAGE, NUMPAGES ...) in paragraph p."""
    rp = _rpr(size=size)
    for x in (f'<w:r {nsdecls("w")}>{rp}<w:fldChar w:fldCharType="begin"/></w:r>',
              f'<w:r {nsdecls("w")}>{rp}<w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
              f'<w:r {nsdecls("w")}>{rp}<w:fldChar w:fldCharType="separate"/></w:r>',
              f'<w:r {nsdecls("w")}>{rp}<w:t>{placeholder}</w:t></w:r>',
              f'<w:r {nsdecls("w")}>{rp}<w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(x))


VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


def text_box(doc, paragraphs, width_pt=430, height_pt=120, fill="F2F2F2", stroke="7F7F7F"):
    """An inline VML text box holding paragraphs: a list of (text, bold, italic, size) or str."""
    inner = []
    for item in paragraphs:
        if isinstance(item, str):
            item = (item, False, False, 10)
        text, bold, italic, size = item
        inner.append(f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>{_rpr(bold=bold, italic=italic, size=size)}'
                     f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
    sid = _nid()
    x = (f'<w:r {nsdecls("w")} {VML}><w:pict>'
         f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
         f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
         f'<v:shape id="TextBox{sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202" '
         f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" fillcolor="#{fill}" '
         f'strokecolor="#{stroke}" strokeweight="1pt">'
         f'<v:textbox inset="6pt,6pt,6pt,6pt"><w:txbxContent>{"".join(inner)}</w:txbxContent></v:textbox>'
         f'</v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(x))
    return p


class Footnotes:
    """Footnotes collected while building; the part is written by finish() before saving."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, p, text):
        fid = len(self.notes) + 1
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              f'<w:footnoteReference w:id="{fid}"/></w:r>'))
        self.notes.append((fid, text))

    def finish(self):
        if not self.notes:
            return
        body = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                '</w:r></w:p></w:footnote>']
        for fid, text in self.notes:
            body.append(f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
                        f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
                        f'</w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}" '
               f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
               + "".join(body) + "</w:footnotes>")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def new_document(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return doc


def comment(doc, runs, text, author, initials, date):
    """A Word comment (not part of the submission) anchored on runs, with a fixed date."""
    c = doc.add_comment(runs, text=text, author=author, initials=initials)
    el = getattr(c, "_comment_elm", None)
    if el is None:
        el = getattr(c, "_element", None)
    if el is not None:
        el.set(qn("w:date"), date)
    return c
