"""Shared python-docx and raw OOXML helpers for the mt-* build scripts.

Tracked changes (w:ins / w:del), Word comments, a footnotes part, a text box
(wps with a VML fallback), cell and paragraph shading, simple fields.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
VML = ('xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
       'xmlns:w10="urn:schemas-microsoft-com:office:word" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"')
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
_rev = [100]
_shape = [1]


def _next_rev():
    _rev[0] += 1
    return _rev[0]


def _rpr_xml(bold=False, italic=False, size=None, font=None, color=None, caps=False, smallcaps=False,
             superscript=False, strike=False):
    parts = []
    if font:
        parts.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>')
    if bold:
        parts.append("<w:b/>")
    if italic:
        parts.append("<w:i/>")
    if caps:
        parts.append("<w:caps/>")
    if smallcaps:
        parts.append("<w:smallCaps/>")
    if strike:
        parts.append("<w:strike/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        parts.append(f'<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>')
    if superscript:
        parts.append('<w:vertAlign w:val="superscript"/>')
    return "<w:rPr>" + "".join(parts) + "</w:rPr>" if parts else ""


def run(p, text, bold=False, italic=False, size=None, font=None, color=None, caps=False, smallcaps=False):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
        rpr = r._r.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        rf.set(qn("w:cs"), font)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if smallcaps:
        r.font.small_caps = True
    return r


def para(container, text="", style=None, align=None, bold=False, italic=False, size=None, font=None,
         space_after=None, space_before=None, color=None, smallcaps=False, caps=False, indent_cm=None,
         keep_next=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, font=font, color=color, smallcaps=smallcaps, caps=caps)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf = p.paragraph_format
    if space_after is not None:
        pf.space_after = Pt(space_after)
    if space_before is not None:
        pf.space_before = Pt(space_before)
    if indent_cm is not None:
        pf.left_indent = Cm(indent_cm)
    if keep_next:
        pf.keep_with_next = True
    return p


def rich(container, pieces, style=None, align=None, space_after=None, indent_cm=None, font=None, size=None):
    """pieces: list of (text, dict-of-format) or plain strings."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for pc in pieces:
        if isinstance(pc, str):
            run(p, pc, font=font, size=size)
        else:
            t, f = pc
            f = dict(f)
            f.setdefault("font", font)
            f.setdefault("size", size)
            run(p, t, **f)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent_cm is not None:
        p.paragraph_format.left_indent = Cm(indent_cm)
    return p


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    tcPr.append(shd)


def shade_para(p, fill, border=None):
    pPr = p._p.get_or_add_pPr()
    if border:
        pPr.append(parse_xml(
            f'<w:pBdr {nsdecls("w")}>'
            f'<w:top w:val="single" w:sz="6" w:space="4" w:color="{border}"/>'
            f'<w:left w:val="single" w:sz="6" w:space="4" w:color="{border}"/>'
            f'<w:bottom w:val="single" w:sz="6" w:space="4" w:color="{border}"/>'
            f'<w:right w:val="single" w:sz="6" w:space="4" w:color="{border}"/></w:pBdr>'))
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, font=None, align=None, color=None):
    """Replace the cell's first paragraph text (keeps one paragraph); supports '\n' as new paragraphs."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    run(p, lines[0], bold=bold, italic=italic, size=size, font=font, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for ln in lines[1:]:
        q = cell.add_paragraph()
        run(q, ln, bold=bold, italic=italic, size=size, font=font, color=color)
        if align == "center":
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def set_col_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


# ---------------------------------------------------------------- tracked changes
def ins_run(p, text, author, date, **fmt):
    """Append an inserted (tracked) run to paragraph p."""
    rid = _next_rev()
    xml = (f'<w:ins {nsdecls("w")} w:id="{rid}" w:author="{escape(author)}" w:date="{date}">'
           f'<w:r>{_rpr_xml(**fmt)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    el = parse_xml(xml)
    p._p.append(el)
    return el


def del_run(p, text, author, date, **fmt):
    """Append a deleted (tracked) run to paragraph p."""
    rid = _next_rev()
    xml = (f'<w:del {nsdecls("w")} w:id="{rid}" w:author="{escape(author)}" w:date="{date}">'
           f'<w:r>{_rpr_xml(**fmt)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    el = parse_xml(xml)
    p._p.append(el)
    return el


def _mark_para(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{_next_rev()}" w:author="{escape(author)}" '
                         f'w:date="{date}"/>'))


def deleted_paragraph(container, pieces, author, date, **pfmt):
    """A whole paragraph deleted with tracked changes. pieces: list of (text, fmt) or str."""
    p = container.add_paragraph()
    if pfmt.get("indent_cm") is not None:
        p.paragraph_format.left_indent = Cm(pfmt["indent_cm"])
    _mark_para(p, "del", author, date)
    for pc in pieces:
        t, f = (pc, {}) if isinstance(pc, str) else pc
        del_run(p, t, author, date, **f)
    return p


def inserted_paragraph(container, pieces, author, date, **pfmt):
    p = container.add_paragraph()
    if pfmt.get("indent_cm") is not None:
        p.paragraph_format.left_indent = Cm(pfmt["indent_cm"])
    _mark_para(p, "ins", author, date)
    for pc in pieces:
        t, f = (pc, {}) if isinstance(pc, str) else pc
        ins_run(p, t, author, date, **f)
    return p


# ---------------------------------------------------------------- comments
def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)


# ---------------------------------------------------------------- footnotes
class Footnotes:
    CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"

    def __init__(self, doc):
        self.doc = doc
        xml = (f'<w:footnotes {nsdecls("w")}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
               'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
               'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.part = XmlPart(PackURI("/word/footnotes.xml"), self.CT, parse_xml(xml), doc.part.package)
        doc.part.relate_to(self.part, RT.FOOTNOTES)
        self.n = 0

    def add(self, p, text, size=8, font=None):
        self.n += 1
        fid = self.n
        rpr = _rpr_xml(size=size, font=font)
        fn = parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r>{rpr}<w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
        self.part.element.append(fn)
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              f'<w:footnoteReference w:id="{fid}"/></w:r>'))
        return fid


# ---------------------------------------------------------------- text box
def _txbx_paras(paras, font):
    out = []
    for pc in paras:
        if isinstance(pc, str):
            pc = (pc, {})
        text, f = pc
        f = dict(f)
        align = f.pop("align", None)
        f.setdefault("font", font)
        jc = f'<w:jc w:val="{align}"/>' if align else ""
        out.append(f'<w:p><w:pPr><w:spacing w:after="60"/>{jc}</w:pPr>'
                   f'<w:r>{_rpr_xml(**f)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
    return "".join(out)


def text_box(p, paras, width_cm=14.0, height_cm=6.0, fill="FFFDF3", line="333333", font=None):
    """Append a floating text box (top-and-bottom wrap) to paragraph p."""
    sid = _shape[0] = _shape[0] + 1
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    body = _txbx_paras(paras, font)
    wpt, hpt = width_cm * 28.35, height_cm * 28.35
    xml = (
        f'<w:r {nsdecls("w", "wp")} {WPS} {VML}><mc:AlternateContent><mc:Choice Requires="wps">'
        f'<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251658240 + sid}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:align>center</wp:align></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{sid}" name="Text Box {sid}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        f'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        f'<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        f'<a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        f'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        f'</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="TextBox{sid}" o:spid="_x0000_s{1024 + sid}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{wpt:.1f}pt;height:{hpt:.1f}pt;z-index:{sid};'
        f'mso-position-horizontal:center;mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
        f'fillcolor="#{fill}" strokecolor="#{line}" strokeweight="1pt"><v:textbox>'
        f'<w:txbxContent>{body}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape>'
        f'</w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    p._p.append(parse_xml(xml))


# ---------------------------------------------------------------- fields
def page_field(p, size=None, font=None):
    p._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r>{_rpr_xml(size=size, font=font)}<w:t>1</w:t></w:r>'
        f'</w:fldSimple>'))


def page_break(doc):
    from docx.enum.text import WD_BREAK
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def base_font(doc, name, size):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    rf.set(qn("w:cs"), name)
    rf.set(qn("w:eastAsia"), name)
