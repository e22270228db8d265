"""Shared raw-OOXML helpers for the nv-* build scripts (python-docx 1.2).

python-docx cannot write tracked changes, footnotes, VML text boxes, cell shading or
fields, so these helpers add them as raw WordprocessingML:

- ins(par, text) / dele(par, text): a run wrapped in <w:ins> / <w:del> (deleted text is
  written as <w:delText>, so it is not part of the submission);
- Footnotes(doc): collects footnotes and writes word/footnotes.xml at save time;
- textbox(par, paras): an inline VML text box (<w:pict><v:shape><v:textbox>);
- shade(cell, fill), cell_text(cell, text, bold), merge helpers;
- page_field(par): a PAGE field;
- typed_title(doc, text): a bold capitalised Normal paragraph (no heading style).
"""
from xml.sax.saxutils import escape

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_ids = {"n": 900}


def _next_id():
    _ids["n"] += 1
    return _ids["n"]


def _rpr(bold=False, italic=False, size=None, color=None):
    parts = []
    if bold:
        parts.append("<w:b/>")
    if italic:
        parts.append("<w:i/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        parts.append(f'<w:sz w:val="{int(size * 2)}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def ins(par, text, author="Ruth Addyman", date="2008-05-14T09:12:00Z", bold=False, italic=False):
    """Append an inserted (tracked) run to paragraph `par`."""
    xml = (f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
           f'<w:r>{_rpr(bold, italic)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    par._p.append(parse_xml(xml))


def dele(par, text, author="Ruth Addyman", date="2008-05-14T09:12:00Z", bold=False, italic=False):
    """Append a deleted (tracked) run to paragraph `par`."""
    xml = (f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
           f'<w:r>{_rpr(bold, italic)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    par._p.append(parse_xml(xml))


def run(par, text, bold=False, italic=False, size=None, color=None):
    r = par.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def para(doc_or_cell, text="", bold=False, italic=False, style=None, size=None, color=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        run(p, text, bold, italic, size, color)
    return p


def typed_title(doc, text, size=12):
    """A section title typed as a bold capitalised Normal paragraph."""
    p = doc.add_paragraph()
    r = p.add_run(text.upper())
    r.bold = True
    r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.keep_with_next = True
    return p


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_par(par, fill="EDEDED"):
    pPr = par._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
    pPr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="4" w:space="1" w:color="808080"/>'
        '<w:left w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="808080"/>'
        '<w:right w:val="single" w:sz="4" w:space="4" w:color="808080"/></w:pBdr>'))


def cell_text(cell, text, bold=False, italic=False, size=None):
    """Replace a cell's text with one run (keeps the first paragraph)."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    if text:
        run(p, text, bold, italic, size)
    return p


def table(doc, rows, cols, style="Table Grid"):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = style
    return t


def page_field(par):
    """PAGE field as fldChar begin / instrText / separate / result / end."""
    for xml in (
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {nsdecls("w")}><w:t>1</w:t></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        par._p.append(parse_xml(xml))


def textbox(par, paragraphs, width_pt=440, height_pt=150, fill="F2F2F2"):
    """Append an inline VML text box to `par`. `paragraphs` is a list of (text, bold) pairs."""
    body = "".join(
        f'<w:p><w:r>{_rpr(bold=b)}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        for t, b in paragraphs)
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict>'
        f'<v:shape id="nvTextBox{_next_id()}" o:spid="_x0000_s{_next_id()}" type="#_x0000_t202" '
        f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="#{fill}" strokecolor="#7F7F7F">'
        f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>')
    par._p.append(parse_xml(xml))


class Footnotes:
    """Collect footnotes; call .write() once before saving."""
    CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, par, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        par._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))
        return fid

    def write(self):
        for rel in self.doc.part.rels.values():
            if rel.reltype == RT.FOOTNOTES:
                raise RuntimeError("template already has footnotes")
        notes = "".join(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p>'
            '</w:footnote>'
            for fid, t in self.notes)
        xml = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W_NS}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
            '</w:p></w:footnote>' + notes + '</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"), self.CT, xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def comment(doc, runs, text, author, initials):
    """Anchor a margin comment to a run or list of runs (python-docx 1.2)."""
    return doc.add_comment(runs, text=text, author=author, initials=initials)


def set_col_widths(tbl, widths):
    from docx.shared import Cm
    for row in tbl.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)
