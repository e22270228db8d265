"""Shared helpers for the mg-* build scripts: raw OOXML for what python-docx cannot do directly
(tracked changes, shading, text boxes, footnotes), plus small conveniences."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def _rid():
    _rev[0] += 1
    return _rev[0]


def title(doc, text, size=12, shade=None, align=None):
    """A section title typed as a bold capitalised Normal paragraph (no heading style)."""
    p = doc.add_paragraph()
    r = p.add_run(text.upper())
    r.bold = True
    r.font.size = Pt(size)
    if shade:
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{shade}"/>'))
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def para(doc, text, bold_lead=None, style=None, italic=False, grey=False):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if bold_lead:
        p.add_run(bold_lead).bold = True
    r = p.add_run(text)
    r.italic = italic
    if grey:
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return p


def ins_run(p, text, author="Academy Office", date="2008-05-12T10:00:00Z"):
    """Append an inserted (tracked) run to paragraph p."""
    x = (f'<w:ins {nsdecls("w")} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(x))


def del_run(p, text, author="Academy Office", date="2008-05-12T10:00:00Z"):
    """Append a deleted (tracked) run to paragraph p."""
    x = (f'<w:del {nsdecls("w")} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))


def deleted_paragraph(doc, text, author="Academy Office", date="2008-05-12T10:00:00Z"):
    """A whole paragraph deleted as a tracked change (mark included)."""
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="{_rid()}" w:author="{escape(author)}" '
                         f'w:date="{date}"/></w:rPr>'))
    del_run(p, text, author, date)
    return p


def inserted_paragraph(doc, text, author="Academy Office", date="2008-05-12T10:00:00Z", bold_lead=None):
    """A whole paragraph inserted as a tracked change (mark included)."""
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:ins w:id="{_rid()}" w:author="{escape(author)}" '
                         f'w:date="{date}"/></w:rPr>'))
    if bold_lead:
        x = (f'<w:ins {nsdecls("w")} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}">'
             f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(bold_lead)}</w:t></w:r></w:ins>')
        p._p.append(parse_xml(x))
    ins_run(p, text, author, date)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def table(doc, rows, header=True, style="Table Grid", widths=None, size=9, head_fill="D9D9D9"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0 and head_fill:
                shade(t.cell(i, j), head_fill)
    return t


def text_box(doc, lines, width_pt=430, height_pt=110):
    """A VML text box anchored in its own paragraph; lines is a list of (bold, text)."""
    inner = ""
    for bold, text in lines:
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        inner += f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
    x = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
         f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
         f'<v:shape id="tb{_rid()}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" '
         f'strokeweight="1pt"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape>'
         f'</w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(x))
    return p


class Footnotes:
    """Adds a footnotes part to the document and lets footnote references be placed in runs."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []
        self.next_id = 1

    def ref(self, p, text):
        fid = self.next_id
        self.next_id += 1
        self.notes.append((fid, text))
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              f'<w:footnoteReference w:id="{fid}"/></w:r>'))

    def finish(self):
        body = (f'<w:footnotes {W}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                '</w:r></w:p></w:footnote>')
        for fid, text in self.notes:
            body += (f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p>'
                     f'</w:footnote>')
        body += '</w:footnotes>'
        part = Part(PackURI('/word/footnotes.xml'),
                    'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
                    body.encode('utf-8'), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def header_footer(doc, header, footer):
    s = doc.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer


def comment(doc, runs, text, author="Reviewer", initials="RV"):
    doc.add_comment(runs, text=text, author=author, initials=initials)


def base_doc(font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return doc
