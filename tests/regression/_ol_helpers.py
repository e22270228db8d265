"""Shared python-docx / raw OOXML helpers for the ol-* build scripts.

Tracked changes (w:ins / w:del), comments (python-docx's own comments part),
footnotes (a footnotes part added by hand), VML text boxes, cell shading,
manual line breaks, typed bullets and page fields.
"""
import copy
from docx import Document
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DATE = "2009-02-18T10:00:00Z"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
    return "<w:rPr>" + "".join(parts) + "</w:rPr>" if parts else ""


# ---------------------------------------------------------------- runs
def run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def para(doc_or_cell, text="", style=None, bold=False, italic=False, size=None, space_after=None, align=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if align is not None:
        p.alignment = align
    return p


def lead_para(container, lead, text, style=None):
    """A paragraph with a bold run-in lead followed by ordinary text."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    run(p, lead, bold=True)
    run(p, " " + text)
    return p


def broken_para(container, lines, bold_first=False):
    """One paragraph whose lines are separated by manual line breaks (as if pasted from a PDF)."""
    p = container.add_paragraph()
    for i, line in enumerate(lines):
        r = p.add_run(line)
        if bold_first and i == 0:
            r.bold = True
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def typed_bullets(container, items, mark="\u2022"):
    out = []
    for it in items:
        p = container.add_paragraph()
        p.paragraph_format.left_indent = Pt(18)
        p.paragraph_format.first_line_indent = Pt(-12)
        p.paragraph_format.space_after = Pt(2)
        run(p, f"{mark}\t{it}" if mark else it)
        out.append(p)
    return out


# ---------------------------------------------------------------- tracked changes
def ins(p, text, author="Margaret Ashdown", date=DATE, bold=False):
    el = parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}">'
        f'<w:r>{_rpr(bold=bold)}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>')
    p._p.append(el)
    return el


def dele(p, text, author="Margaret Ashdown", date=DATE, bold=False):
    el = parse_xml(
        f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}">'
        f'<w:r>{_rpr(bold=bold)}<w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>')
    p._p.append(el)
    return el


def inserted_paragraph(container, text, author="Margaret Ashdown", date=DATE, lead=None):
    """A whole paragraph inserted with tracking on (paragraph mark marked inserted too)."""
    p = container.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rpr = parse_xml(f'<w:rPr {nsdecls("w")}><w:ins w:id="{_next_id()}" w:author="{author}" w:date="{date}"/></w:rPr>')
    pPr.append(rpr)
    if lead:
        ins(p, lead + " ", author, date, bold=True)
    ins(p, text, author, date)
    return p


def deleted_paragraph(container, text, author="Margaret Ashdown", date=DATE, lead=None):
    p = container.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rpr = parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="{_next_id()}" w:author="{author}" w:date="{date}"/></w:rPr>')
    pPr.append(rpr)
    if lead:
        dele(p, lead + " ", author, date, bold=True)
    dele(p, text, author, date)
    return p


# ---------------------------------------------------------------- comments
def comment(doc, runs, text, author="Owen Pryce", initials="OP"):
    return doc.add_comment(runs, text=text, author=author, initials=initials)


# ---------------------------------------------------------------- footnotes
class Footnotes:
    """Adds a footnotes part to the document and footnote references to runs."""

    def __init__(self, doc):
        self.doc = doc
        self.n = 0
        xml = (f'<w:footnotes {nsdecls("w")}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
               '<w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
               '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.root = parse_xml(xml)
        self.part = None

    def add(self, p, text):
        self.n += 1
        fid = self.n
        r = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                      f'<w:footnoteReference w:id="{fid}"/></w:r>')
        p._p.append(r)
        fn = parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:sz w:val="16"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r></w:p></w:footnote>')
        self.root.append(fn)

    def finish(self):
        from lxml import etree
        blob = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")


# ---------------------------------------------------------------- tables
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, italic=False, size=None, fill=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if fill:
        shade(cell, fill)
    return p


def col_widths(table, widths):
    from docx.shared import Cm
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def borders(table, sz=8, color="000000"):
    tblPr = table._tbl.tblPr
    el = parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{e} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>'
            for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>')
    # keep schema order: tblBorders comes before shd, tblLayout, tblCellMar and tblLook
    succ = [c for c in tblPr if c.tag in (qn("w:shd"), qn("w:tblLayout"), qn("w:tblCellMar"), qn("w:tblLook"),
                                          qn("w:tblCaption"), qn("w:tblDescription"))]
    if succ:
        succ[0].addprevious(el)
    else:
        tblPr.append(el)


# ---------------------------------------------------------------- text box (VML)
def text_box(p, paragraphs, width_pt=430, height_pt=120, fill="FFF8E1", stroke="7F6000"):
    """Append an inline-positioned VML text box to paragraph p. paragraphs: list of (text, bold)."""
    body = "".join(
        f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>{_rpr(bold=b)}<w:t xml:space="preserve">{_esc(t)}</w:t></w:r></w:p>'
        for t, b in paragraphs)
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="tb{_next_id()}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" '
           f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1pt">'
           f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{body}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))


# ---------------------------------------------------------------- fields
def page_field(p):
    for xml in ('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r %s><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>',
                '<w:r %s><w:t>1</w:t></w:r>',
                '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(xml % nsdecls("w")))
