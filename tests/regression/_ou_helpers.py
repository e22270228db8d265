"""Shared helpers for the ou-* build scripts: raw OOXML that python-docx cannot write itself
(tracked changes, footnotes, text boxes, shading, fields, borders) plus small conveniences."""
import itertools
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

_ids = itertools.count(100)
_shape_ids = itertools.count(20)

PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
             "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
             "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
             "sectPr", "pPrChange"]
TCPR_ORDER = ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
              "textDirection", "tcFitText", "vAlign", "hideMark"]


def _insert_ordered(parent, child, order):
    tag = child.tag.split("}")[1]
    idx = order.index(tag)
    for existing in parent:
        t = existing.tag.split("}")[1]
        if t in order and order.index(t) > idx:
            existing.addprevious(child)
            return child
    parent.append(child)
    return child


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- shading and borders
def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    _insert_ordered(tcPr, shd, TCPR_ORDER)


def shade_par(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    _insert_ordered(pPr, shd, PPR_ORDER)


def border_par(p, sides=("top", "bottom"), sz=8, color="1F3864"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for s in sides:
        e = OxmlElement(f"w:{s}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "1")
        e.set(qn("w:color"), color)
        bdr.append(e)
    _insert_ordered(pPr, bdr, PPR_ORDER)


def set_cell_text(cell, text, bold=False, size=None, italic=False, color=None, align=None):
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
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if align is not None:
            p.alignment = align
    return cell


def col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    trPr.append(e)


# ---------------------------------------------------------------- tracked changes
AUTHOR_DATE = {"author": "Author", "date": "2009-02-10T10:00:00Z"}


def _rpr_xml(bold=False, italic=False, size=None, font=None):
    parts = []
    if font:
        parts.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>')
    if bold:
        parts.append("<w:b/>")
    if italic:
        parts.append("<w:i/>")
    if size:
        parts.append(f'<w:sz w:val="{int(size*2)}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def add_ins(p, text, author, date, bold=False, italic=False, size=None, font=None):
    x = (f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{date}">'
         f'<w:r>{_rpr_xml(bold, italic, size, font)}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>')
    el = parse_xml(x)
    p._p.append(el)
    return el


def add_del(p, text, author, date, bold=False, italic=False, size=None, font=None):
    x = (f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{date}">'
         f'<w:r>{_rpr_xml(bold, italic, size, font)}<w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>')
    el = parse_xml(x)
    p._p.append(el)
    return el


def mark_par(p, kind, author, date):
    """Mark the paragraph mark itself as inserted or deleted (kind = 'ins' or 'del')."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        _insert_ordered(pPr, rPr, PPR_ORDER)
    e = OxmlElement(f"w:{kind}")
    e.set(qn("w:id"), str(next(_ids)))
    e.set(qn("w:author"), author)
    e.set(qn("w:date"), date)
    rPr.append(e)


def inserted_paragraph(doc_or_cell, text, author, date, style=None, bold=False, size=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    add_ins(p, text, author, date, bold=bold, size=size)
    mark_par(p, "ins", author, date)
    return p


def deleted_paragraph(doc_or_cell, text, author, date, style=None, size=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    add_del(p, text, author, date, size=size)
    mark_par(p, "del", author, date)
    return p


def delete_row(row, author, date):
    """Mark a table row deleted and turn its cell text into deleted runs."""
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:del")
    e.set(qn("w:id"), str(next(_ids)))
    e.set(qn("w:author"), author)
    e.set(qn("w:date"), date)
    trPr.append(e)
    for cell in row.cells:
        for p in cell.paragraphs:
            texts = [r.text for r in p.runs]
            for r in list(p.runs):
                r._r.getparent().remove(r._r)
            if texts:
                add_del(p, "".join(texts), author, date)
            mark_par(p, "del", author, date)


# ---------------------------------------------------------------- footnotes
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        xml = (f'<w:footnotes {nsdecls("w", "r")}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
               'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
               'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.part = XmlPart(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, parse_xml(xml), doc.part.package)
        doc.part.relate_to(self.part, RT.FOOTNOTES)
        self.n = 0

    def add(self, paragraph, text):
        self.n += 1
        fid = self.n
        ref = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                        f'<w:footnoteReference w:id="{fid}"/></w:r>')
        paragraph._p.append(ref)
        fn = parse_xml(f'<w:footnote {nsdecls("w")} w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                       f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
                       f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r>'
                       f'</w:p></w:footnote>')
        self.part.element.append(fn)
        return fid


# ---------------------------------------------------------------- text boxes
def text_box(paragraph, paras, width_cm=15.5, height_cm=4.0, fill="F2F2F2", line="1F3864", title=None):
    """Anchor a text box (wps with a VML fallback) in `paragraph`. `paras` is a list of strings or
    (text, bold) tuples."""
    sid = next(_shape_ids)
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)

    def body():
        out = []
        items = ([(title, True)] if title else []) + [x if isinstance(x, tuple) else (x, False) for x in paras]
        for t, b in items:
            out.append(f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>{_rpr_xml(bold=b, size=9.5)}'
                       f'<w:t xml:space="preserve">{_esc(t)}</w:t></w:r></w:p>')
        return "".join(out)

    xml = (
        f'<w:r {nsdecls("w", "wp")} '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251659264 + sid}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{sid}" name="Text Box {sid}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        f'<a:ln w="15875"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{body()}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict>'
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Text Box {sid}" o:spid="_x0000_s{1024 + sid}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{width_cm}cm;height:{height_cm}cm;z-index:{sid};'
        f'mso-wrap-style:square" fillcolor="#{fill}" strokecolor="#{line}" strokeweight="1.25pt">'
        f'<v:textbox><w:txbxContent>{body()}</w:txbxContent></v:textbox>'
        '<w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )
    paragraph._p.append(parse_xml(xml))


# ---------------------------------------------------------------- fields, headers, footers
def add_field(paragraph, instr, placeholder="1", size=None):
    rpr = f'<w:rPr><w:sz w:val="{int(size*2)}"/></w:rPr>' if size else ""
    for x in (f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>',
              f'<w:r {nsdecls("w")}>{rpr}<w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
              f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>',
              f'<w:r {nsdecls("w")}>{rpr}<w:t>{placeholder}</w:t></w:r>',
              f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(x))


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


def set_margins(section, cm=2.0):
    section.left_margin = section.right_margin = Cm(cm)
    section.top_margin = section.bottom_margin = Cm(cm)


def base_font(doc, name="Arial", size=10.5):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)
    st.paragraph_format.space_after = Pt(6)
