"""Shared helpers for the ph-* build scripts: raw OOXML that python-docx cannot write
(text boxes, tracked changes, footnotes, fields, shading, strike-through)."""
import copy
from datetime import datetime

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell_text(cell, text, bold=False, italic=False, size=None, align=None, font=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
        if align is not None:
            p.alignment = align
    return cell


def table_borders(table, sz=4, color="000000"):
    tblPr = table._tbl.tblPr
    xml = (f'<w:tblBorders {nsdecls("w")}>'
           + "".join(f'<w:{e} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>'
                     for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
           + "</w:tblBorders>")
    for old in tblPr.findall(qn("w:tblBorders")):
        tblPr.remove(old)
    tblPr.append(parse_xml(xml))


def add_field(paragraph, instr, placeholder="1"):
    """A simple field (PAGE, NUMPAGES) as begin/instr/separate/result/end runs."""
    p = paragraph._p
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t>{placeholder}</w:t></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def _run_xml(text, bold=False, italic=False, size=None, strike=False, deleted=False):
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if strike:
        rpr += "<w:strike/>"
    if size:
        rpr += f'<w:sz w:val="{int(size*2)}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'


class Revisions:
    """Tracked changes: w:ins and w:del with author and date."""

    def __init__(self, start_id=100):
        self.n = start_id

    def _attrs(self, author, date):
        self.n += 1
        return f'w:id="{self.n}" w:author="{esc(author)}" w:date="{date}"'

    def ins(self, paragraph, text, author, date, **kw):
        el = parse_xml(f'<w:ins {nsdecls("w")} {self._attrs(author, date)}>{_run_xml(text, **kw)}</w:ins>')
        paragraph._p.append(el)
        return el

    def dele(self, paragraph, text, author, date, **kw):
        el = parse_xml(f'<w:del {nsdecls("w")} {self._attrs(author, date)}>{_run_xml(text, deleted=True, **kw)}</w:del>')
        paragraph._p.append(el)
        return el

    def mark_paragraph(self, paragraph, kind, author, date):
        """Mark the paragraph mark itself inserted ('ins') or deleted ('del')."""
        pPr = paragraph._p.get_or_add_pPr()
        rPr = pPr.find(qn("w:rPr"))
        if rPr is None:
            rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
            pPr.append(rPr)
        rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} {self._attrs(author, date)}/>'))

    def inserted_paragraph(self, doc_or_cell, text, author, date, style=None, **kw):
        p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
        self.mark_paragraph(p, "ins", author, date)
        self.ins(p, text, author, date, **kw)
        return p

    def deleted_paragraph(self, doc_or_cell, text, author, date, style=None, **kw):
        p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
        self.mark_paragraph(p, "del", author, date)
        self.dele(p, text, author, date, **kw)
        return p


class Footnotes:
    """Real Word footnotes: a footnotes part with the two separators and numbered notes."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, paragraph, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        paragraph._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))

    def finish(self):
        body = (
            f'<w:footnotes {nsdecls("w")}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for fid, text in self.notes:
            body += (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                     f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
        body += "</w:footnotes>"
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    body.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def add_textbox(paragraph, title, paras, width_cm=14.5, height_cm=5.0, fill="F2F2F2", shape_id=1):
    """An inline-anchored text box (wps) with a VML fallback, holding a bold title and paragraphs."""
    emu_w, emu_h = int(width_cm * 360000), int(height_cm * 360000)
    pt_w, pt_h = width_cm * 28.3465, height_cm * 28.3465

    def inner():
        x = f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{_run_xml(title, bold=True, size=10)}</w:p>'
        for t in paras:
            x += f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{_run_xml(t, size=9.5)}</w:p>'
        return x

    xml = (
        f'<w:r {nsdecls("w", "wp")} '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240+shape_id}" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{emu_w}" cy="{emu_h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{shape_id}" name="Text Box {shape_id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu_w}" cy="{emu_h}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="404040"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{inner()}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict>'
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Text Box {shape_id}" o:spid="_x0000_s{1024+shape_id}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{pt_w:.1f}pt;height:{pt_h:.1f}pt;z-index:{shape_id}" '
        f'fillcolor="#{fill}" strokecolor="#404040" strokeweight="1pt">'
        f'<v:textbox><w:txbxContent>{inner()}</w:txbxContent></v:textbox>'
        '<w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    paragraph._p.append(parse_xml(xml))


def strike_run(paragraph, text, italic=False):
    r = paragraph.add_run(text)
    r.font.strike = True
    r.italic = italic
    return r


def page_margins(section, top=2.0, bottom=2.0, left=2.2, right=2.2):
    from docx.shared import Cm
    section.top_margin, section.bottom_margin = Cm(top), Cm(bottom)
    section.left_margin, section.right_margin = Cm(left), Cm(right)
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
