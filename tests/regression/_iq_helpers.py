"""Shared helpers for the iq-* build scripts (python-docx plus raw OOXML).

Tracked changes (w:ins / w:del), Word comments, footnotes, text boxes
(wps with a VML fallback), merged and shaded table cells, headers and footers.
"""
import copy
from datetime import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_document(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return doc


def set_header_footer(doc, header_text, footer_text):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text


def para(doc_or_cell, text="", style=None, bold=False, italic=False, size=None, colour=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        add_run(p, text, bold=bold, italic=italic, size=size, colour=colour)
    return p


def add_run(p, text, bold=False, italic=False, size=None, colour=None):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if colour:
        r.font.color.rgb = RGBColor.from_string(colour)
    return r


def runs(p, parts):
    """parts: list of (text, fmt) where fmt is '' or a string of b/i."""
    for text, fmt in parts:
        add_run(p, text, bold="b" in fmt, italic="i" in fmt)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        add_run(p, line, bold=bold, italic=italic)
    return cell


def table(doc, rows, widths=None, header=True, style="Table Grid", head_fill="D9D9D9"):
    """rows: list of lists of str. Returns the table."""
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, r in enumerate(rows):
        for j, val in enumerate(r):
            cell_text(t.cell(i, j), val, bold=(header and i == 0))
            if header and i == 0 and head_fill:
                shade(t.cell(i, j), head_fill)
    return t


def band_row(t, i, text, fill="BFBFBF"):
    """Merge row i across all columns into one shaded band."""
    a = t.cell(i, 0)
    b = t.cell(i, len(t.columns) - 1)
    m = a.merge(b)
    cell_text(m, text, bold=True)
    shade(m, fill)
    return m


# ---------------------------------------------------------------- tracked changes
def _rpr_xml(bold=False, italic=False):
    inner = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    return f"<w:rPr>{inner}</w:rPr>" if inner else ""


def ins_run(p, text, author="Tour Office", date="2008-11-20T10:00:00Z", bold=False):
    el = parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
        f'<w:r>{_rpr_xml(bold)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    p._p.append(el)
    return el


def del_run(p, text, author="Tour Office", date="2008-11-20T10:00:00Z", bold=False):
    el = parse_xml(
        f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
        f'<w:r>{_rpr_xml(bold)}<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(el)
    return el


def deleted_paragraph(doc, text, author="Tour Office", date="2008-11-20T10:00:00Z"):
    """A whole paragraph deleted with its mark."""
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="{_next_id()}" w:author="{esc(author)}" '
                    f'w:date="{date}"/></w:rPr>')
    pPr.append(rPr)
    del_run(p, text, author, date)
    return p


def inserted_paragraph(doc, text, author="Tour Office", date="2008-11-20T10:00:00Z"):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = parse_xml(f'<w:rPr {nsdecls("w")}><w:ins w:id="{_next_id()}" w:author="{esc(author)}" '
                    f'w:date="{date}"/></w:rPr>')
    pPr.append(rPr)
    ins_run(p, text, author, date)
    return p


# ---------------------------------------------------------------- comments
def comment(doc, run_or_runs, text, author="Reviewer", initials="R"):
    return doc.add_comment(run_or_runs, text=text, author=author, initials=initials)


# ---------------------------------------------------------------- footnotes
_FOOT_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_FOOT_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.items = []
        self.n = 0

    def add(self, p, text):
        self.n += 1
        fid = self.n
        self.items.append((fid, text))
        r = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                      f'<w:footnoteReference w:id="{fid}"/></w:r>')
        p._p.append(r)
        return fid

    def save_part(self):
        body = (f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                f'</w:r></w:p></w:footnote>')
        for fid, text in self.items:
            body += (f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p>'
                     f'</w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               f'<w:footnotes xmlns:w="{W_NS}">{body}</w:footnotes>').encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"), _FOOT_CT, xml, self.doc.part.package)
        self.doc.part.relate_to(part, _FOOT_RT)


# ---------------------------------------------------------------- text boxes
def text_box(doc, paragraphs, width_emu=5400000, height_emu=1500000, fill="F2F2F2"):
    """An anchored text box (wps) with a VML fallback; paragraphs: list of (text, bold)."""
    inner = ""
    for text, bold in paragraphs:
        inner += f'<w:p><w:r>{_rpr_xml(bold)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'
    n = _next_id()
    xml = f'''<w:p {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{width_emu}" cy="{height_emu}"/>
<wp:docPr id="{n}" name="Text Box {n}"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width_emu}" cy="{height_emu}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square"/></wps:wsp>
</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="tb{n}" type="#_x0000_t202" style="width:425pt;height:118pt" fillcolor="#{fill}">
<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r></w:p>'''
    el = parse_xml(xml)
    doc.element.body.append(el)
    # keep sectPr last
    sect = doc.element.body.find(qn("w:sectPr"))
    if sect is not None:
        doc.element.body.remove(sect)
        doc.element.body.append(sect)
    return el


def word_count(doc):
    n = 0
    for p in doc.paragraphs:
        n += len(p.text.split())
    for t in doc.tables:
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                n += len(c.text.split())
    return n
