"""Shared helpers for the ly-* build scripts: raw OOXML bits python-docx lacks
(tracked changes, deleted rows, shading, merged cells, text boxes, footnotes, fields)."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2008-10-14T09:30:00Z"
_rev = [100]


def _id():
    _rev[0] += 1
    return _rev[0]


def run_xml(text, bold=False, italic=False, color=None, size=None, deleted=False):
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{size * 2}"/>'
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r {W}><w:rPr>{rpr}</w:rPr><{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def add_ins(paragraph, text, author="M. Quayle", bold=False):
    """Append a tracked insertion to a paragraph."""
    x = parse_xml(f'<w:ins {W} w:id="{_id()}" w:author="{author}" w:date="{DATE}">{run_xml(text, bold=bold)}</w:ins>')
    paragraph._p.append(x)


def add_del(paragraph, text, author="M. Quayle"):
    """Append a tracked deletion to a paragraph."""
    x = parse_xml(f'<w:del {W} w:id="{_id()}" w:author="{author}" w:date="{DATE}">{run_xml(text, deleted=True)}</w:del>')
    paragraph._p.append(x)


def mark_para(paragraph, kind, author="M. Quayle"):
    """Mark the paragraph mark itself as inserted or deleted (whole-paragraph change)."""
    pPr = paragraph._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {W}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {W} w:id="{_id()}" w:author="{author}" w:date="{DATE}"/>'))


def deleted_paragraph(doc, text, author="M. Quayle", style=None):
    p = doc.add_paragraph(style=style)
    add_del(p, text, author)
    mark_para(p, "del", author)
    return p


def inserted_paragraph(doc, text, author="M. Quayle", style=None):
    p = doc.add_paragraph(style=style)
    add_ins(p, text, author)
    mark_para(p, "ins", author)
    return p


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def delete_row(row, author="M. Quayle"):
    """Mark a table row deleted: trPr/w:del, and every run turned into w:del/w:delText."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {W} w:id="{_id()}" w:author="{author}" w:date="{DATE}"/>'))
    for p in tr.iter(qn("w:p")):
        runs = p.findall(qn("w:r"))
        for r in runs:
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")
            wrap = parse_xml(f'<w:del {W} w:id="{_id()}" w:author="{author}" w:date="{DATE}"/>')
            r.addprevious(wrap)
            wrap.append(r)


def prompt(doc, text):
    """A form's grey italic prompt, left in."""
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return p


def bold_para(doc, text, size=None, shade_fill=None, caps=False):
    p = doc.add_paragraph()
    r = p.add_run(text.upper() if caps else text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if shade_fill:
        p._p.get_or_add_pPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{shade_fill}"/>'))
    return p


def page_field(paragraph):
    for xml in ('<w:r {0}><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r {0}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                '<w:r {0}><w:fldChar w:fldCharType="separate"/></w:r>',
                '<w:r {0}><w:t>1</w:t></w:r>',
                '<w:r {0}><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml.format(W)))


def text_box(paragraph, lines, width_pt=430, height_pt=120):
    """A VML text box anchored in the paragraph; lines are (text, bold) pairs."""
    inner = "".join(
        f'<w:p><w:r><w:rPr>{"<w:b/>" if b else ""}<w:sz w:val="19"/></w:rPr><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        for t, b in lines)
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{_id()}" o:spid="_x0000_s{_id()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" strokeweight="1pt">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


class Footnotes:
    """Adds a footnotes part to a document and footnote references to runs."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, paragraph, text):
        n = len(self.notes) + 1
        self.notes.append(text)
        paragraph._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))

    def finish(self):
        body = (f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for i, t in enumerate(self.notes, 1):
            body += (f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>')
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>{body}</w:footnotes>'
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def merge_row(table, r, text, fill="D9D9D9", bold=True, italic=False):
    row = table.rows[r]
    c = row.cells[0].merge(row.cells[-1])
    cell_text(c, text, bold=bold, italic=italic)
    shade(c, fill)
    return c


def word_count(doc):
    import re
    xml = doc.element.xml
    return len(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).split())
