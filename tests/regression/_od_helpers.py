"""Shared python-docx / raw OOXML helpers for the od-* build scripts.

Tracked changes (w:ins / w:del on runs, paragraphs and table rows), footnotes (a footnotes part built by hand),
VML text boxes, cell shading, a PAGE field, and small conveniences for typed headings and lists.
"""
import copy
import datetime
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run_xml(text, bold=False, italic=False, deleted=False, size=None, color=None):
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
    return f'<w:r {nsdecls("w")}>{rpr}<{tag} xml:space="preserve">{_esc(text)}</{tag}></w:r>'


def add_run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def add_ins(p, text, author, date, bold=False, italic=False):
    """Append an inserted run (tracked insertion) to paragraph p."""
    x = (f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}">'
         + run_xml(text, bold, italic) + "</w:ins>")
    p._p.append(parse_xml(x))


def add_del(p, text, author, date, bold=False, italic=False):
    """Append a deleted run (tracked deletion) to paragraph p."""
    x = (f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}">'
         + run_xml(text, bold, italic, deleted=True) + "</w:del>")
    p._p.append(parse_xml(x))


def _mark_para(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>'))


def deleted_paragraph(doc_or_cell, text, author, date, style=None):
    p = doc_or_cell.add_paragraph(style=style)
    add_del(p, text, author, date)
    _mark_para(p, "del", author, date)
    return p


def inserted_paragraph(doc_or_cell, text, author, date, style=None, bold_lead=None):
    p = doc_or_cell.add_paragraph(style=style)
    if bold_lead:
        add_ins(p, bold_lead, author, date, bold=True)
    add_ins(p, text, author, date)
    _mark_para(p, "ins", author, date)
    return p


def delete_row(row, author, date):
    """Mark a table row as a tracked deletion: trPr/w:del plus every run turned into w:del/w:delText."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>'))
    for p in tr.iter(qn("w:p")):
        runs = list(p.findall(qn("w:r")))
        for r in runs:
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")
            d = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>')
            r.addprevious(d)
            d.append(r)
        pPr = p.find(qn("w:pPr"))
        if pPr is None:
            pPr = parse_xml(f"<w:pPr {nsdecls('w')}/>")
            p.insert(0, pPr)
        rPr = pPr.find(qn("w:rPr"))
        if rPr is None:
            rPr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
            pPr.append(rPr)
        rPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>'))


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    add_run(p, text, bold=bold, italic=italic, size=size)
    return p


def table_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
                  for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


def text_box(doc, paragraphs, width_pt=440, height_pt=120, fill="FFF8E7", stroke="8B5A2B"):
    """Add an inline-anchored VML text box holding paragraphs: list of (text, bold) tuples."""
    inner = ""
    for text, bold in paragraphs:
        inner += f"<w:p>{run_xml(text, bold=bold).replace(' ' + nsdecls('w'), '')}</w:p>"
    x = (f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
         f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
         f'<v:shape id="tb{_next_id()}" type="#_x0000_t202" '
         f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" '
         f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1.5pt">'
         f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
         f'</v:shape></w:pict></w:r></w:p>')
    el = parse_xml(x)
    doc.element.body.append(el)
    return el


def page_field(paragraph):
    for frag in ('<w:fldChar w:fldCharType="begin"/>', '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
                 '<w:fldChar w:fldCharType="separate"/>', '<w:t>1</w:t>', '<w:fldChar w:fldCharType="end"/>'):
        paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}>{frag}</w:r>'))


class Footnotes:
    """A hand-built footnotes part. Call add(paragraph, text) to put a reference at the end of paragraph."""

    def __init__(self, doc):
        self.doc = doc
        self.n = 0
        xml = (f'<w:footnotes {nsdecls("w")}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.el = parse_xml(xml)
        self.part = None

    def add(self, paragraph, text):
        self.n += 1
        fid = self.n
        self.el.append(parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r></w:p></w:footnote>'))
        paragraph._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))

    def attach(self):
        from lxml import etree
        blob = etree.tostring(self.el, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)
        self.part = part


def bullet(doc, text, style="List Bullet", bold_lead=None):
    p = doc.add_paragraph(style=style)
    if bold_lead:
        add_run(p, bold_lead, bold=True)
    add_run(p, text)
    return p


def typed_heading(doc, text, size=12, color=None, caps=False, space_before=10):
    p = doc.add_paragraph()
    add_run(p, text.upper() if caps else text, bold=True, size=size, color=color)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.keep_with_next = True
    return p
