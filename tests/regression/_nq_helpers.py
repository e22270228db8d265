"""Shared python-docx / raw OOXML helpers for the nq-* build scripts.

Everything python-docx cannot do directly is written as raw OOXML here:
tracked insertions and deletions (w:ins / w:del, runs and whole paragraphs),
cell shading, a floating text box (wps with a VML fallback), a footnotes part,
a PAGE field, landscape sections.
"""
import itertools
from xml.sax.saxutils import escape

from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

_ids = itertools.count(501)
_shape_ids = itertools.count(1)


def esc(s):
    return escape(s)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def shade_paragraph(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def fmt(run, bold=False, italic=False, size=None, color=None, caps=False, font=None):
    run.bold = bold or None
    run.italic = italic or None
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if caps:
        run.font.all_caps = True
    if font:
        run.font.name = font
    return run


def para(container, text="", style=None, bold=False, italic=False, size=None, color=None, align=None,
         space_after=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        fmt(p.add_run(text), bold=bold, italic=italic, size=size, color=color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runin(container, lead, rest, style=None, size=None):
    """A paragraph with a bold run-in lead and ordinary text after it."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    fmt(p.add_run(lead), bold=True, size=size)
    fmt(p.add_run(" " + rest), size=size)
    return p


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, align=None):
    """Write text into a cell's first paragraph (extra lines as further paragraphs on '\\n')."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    fmt(p.add_run(lines[0]), bold=bold, italic=italic, size=size, color=color)
    if align is not None:
        p.alignment = align
    for line in lines[1:]:
        q = cell.add_paragraph()
        fmt(q.add_run(line), bold=bold, italic=italic, size=size, color=color)
        if align is not None:
            q.alignment = align
    return p


def _run_xml(text, bold=False, size=None, deleted=False, color=None):
    rpr = ""
    if bold or size or color:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:color w:val="{color}"/>' if color else "") + \
              (f'<w:sz w:val="{int(size * 2)}"/>' if size else "") + "</w:rPr>"
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'


def ins_run(p, text, author, date, bold=False, size=None):
    el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}">'
                   f'{_run_xml(text, bold, size)}</w:ins>')
    p._p.append(el)
    return el


def del_run(p, text, author, date, bold=False, size=None):
    el = parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}">'
                   f'{_run_xml(text, bold, size, deleted=True)}</w:del>')
    p._p.append(el)
    return el


def _mark_paragraph(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    m = OxmlElement(kind)
    m.set(qn("w:id"), str(next(_ids)))
    m.set(qn("w:author"), author)
    m.set(qn("w:date"), date)
    rPr.append(m)
    pPr.append(rPr)


def ins_paragraph(container, parts, author, date, style=None):
    """A whole inserted paragraph. parts: str or list of (text, bold)."""
    if isinstance(parts, str):
        parts = [(parts, False)]
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    _mark_paragraph(p, "w:ins", author, date)
    for text, bold in parts:
        ins_run(p, text, author, date, bold=bold)
    return p


def del_paragraph(container, parts, author, date, style=None):
    """A whole deleted paragraph. parts: str or list of (text, bold)."""
    if isinstance(parts, str):
        parts = [(parts, False)]
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    _mark_paragraph(p, "w:del", author, date)
    for text, bold in parts:
        del_run(p, text, author, date, bold=bold)
    return p


def page_field(p, size=None):
    sz = f'<w:rPr><w:sz w:val="{int(size * 2)}"/></w:rPr>' if size else ""
    for frag in (f'<w:r {nsdecls("w")}>{sz}<w:fldChar w:fldCharType="begin"/></w:r>',
                 f'<w:r {nsdecls("w")}>{sz}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                 f'<w:r {nsdecls("w")}>{sz}<w:fldChar w:fldCharType="separate"/></w:r>',
                 f'<w:r {nsdecls("w")}>{sz}<w:t>1</w:t></w:r>',
                 f'<w:r {nsdecls("w")}>{sz}<w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(frag))


def _txbx_paras(paras):
    out = []
    for item in paras:
        text, bold = (item, False) if isinstance(item, str) else item
        out.append(f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{_run_xml(text, bold, 10)}</w:p>')
    return "".join(out)


def textbox(p, paras, width_in=6.0, height_in=2.0, fill="FFFFFF", line="000000"):
    """Append a floating text box (wps, VML fallback) anchored in paragraph p.

    paras: list of str or (str, bold)."""
    sid = next(_shape_ids)
    cx, cy = int(width_in * 914400), int(height_in * 914400)
    body = _txbx_paras(paras)
    NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
    xml = f'''<w:r {NS}>
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + sid}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="{1000 + sid}" name="Text Box {sid}"/><wp:cNvGraphicFramePr/>
<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="19050"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict>
<v:shape id="Text Box {sid}" o:spid="_x0000_s{1025 + sid}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:{width_in * 72:.0f}pt;height:{height_in * 72:.0f}pt;z-index:{251659264 + sid};mso-wrap-style:square" fillcolor="#{fill}" strokecolor="#{line}" strokeweight="1.5pt">
<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{body}</w:txbxContent></v:textbox>
<w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''
    p._p.append(parse_xml(xml))


class Footnotes:
    """Adds a footnotes part to the document; note(p, text) appends a reference in p."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def note(self, p, text):
        n = len(self.notes) + 1
        self.notes.append(text)
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{n}"/></w:r>'))

    def finish(self):
        W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        parts = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>',
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
                 'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
                 'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for i, t in enumerate(self.notes, 1):
            parts.append(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                         f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr>'
                         f'<w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
                         f'<w:t xml:space="preserve"> {esc(t)}</w:t></w:r></w:p></w:footnote>')
        parts.append("</w:footnotes>")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    "".join(parts).encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)
        settings = self.doc.settings.element
        fpr = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/>'
                        '</w:footnotePr>')
        compat = settings.find(qn("w:compat"))
        if compat is not None:
            compat.addprevious(fpr)
        else:
            settings.append(fpr)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    w, h = section.page_width, section.page_height
    if w > h:
        section.page_width, section.page_height = h, w


def widths(table, inches):
    from docx.shared import Inches
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, inches):
            cell.width = Inches(w)


def table_borders(table):
    table.style = "Table Grid"


def word_count(doc_path):
    import re
    import zipfile
    xml = zipfile.ZipFile(doc_path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    return len(text.split())
