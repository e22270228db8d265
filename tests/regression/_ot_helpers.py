"""Shared python-docx / raw OOXML helpers for the ot-* build scripts.

Tracked changes (w:ins / w:del, whole paragraphs, runs and table rows), Word
comments (python-docx 1.2), a footnotes part, text boxes (DrawingML shape with a
VML fallback), cell and paragraph shading, merged cells, page fields in
headers and footers.
"""
import copy
import itertools
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
EXTRA_NS = ('xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w10="urn:schemas-microsoft-com:office:word" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
_ids = itertools.count(9001)


def new_doc(font="Calibri", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    pf = st.paragraph_format
    pf.space_after = Pt(4)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return doc


# ---------------------------------------------------------------- paragraphs
def para(container, text="", style=None, bold=False, italic=False, size=None,
         align=None, color=None, space_after=None, keep=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        add_text(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def add_text(p, text, bold=False, italic=False, size=None, color=None, font=None,
             caps=False, underline=False):
    """Add text; '\n' inside text becomes a manual line break."""
    parts = text.split("\n")
    last = None
    for i, part in enumerate(parts):
        r = p.add_run(part)
        r.bold, r.italic = bold or None, italic or None
        if underline:
            r.underline = True
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
        if caps:
            r.font.all_caps = True
        if i < len(parts) - 1:
            r.add_break()
        last = r
    return last


def rich(p, segments):
    """segments: list of str, or (fmt, text) with fmt a string of flags b i u."""
    out = []
    for s in segments:
        if isinstance(s, str):
            out.append(add_text(p, s))
        else:
            f, t = s
            out.append(add_text(p, t, bold="b" in f, italic="i" in f, underline="u" in f))
    return out


TAG_SEQ = {
    qn("w:pPr"): ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
                  "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens",
                  "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
                  "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                  "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
                  "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
                  "w:sectPr", "w:pPrChange"),
    qn("w:tcPr"): ("w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd",
                   "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
                   "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange"),
    qn("w:trPr"): ("w:cnfStyle", "w:divId", "w:gridBefore", "w:gridAfter", "w:wBefore", "w:wAfter",
                   "w:cantSplit", "w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden",
                   "w:ins", "w:del", "w:trPrChange"),
}


def insert_ordered(parent, el):
    """Insert el into a pPr / tcPr / trPr in schema order (uses python-docx's _tag_seq)."""
    seq = TAG_SEQ[parent.tag]
    tag = el.tag
    names = [qn(t) for t in seq]
    idx = names.index(tag)
    parent.insert_element_before(el, *seq[idx + 1:])
    return el


def shade_par(p, fill):
    ppr = p._p.get_or_add_pPr()
    insert_ordered(ppr, parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def border_par(p, color="000000", sz=6):
    ppr = p._p.get_or_add_pPr()
    insert_ordered(ppr, parse_xml(
        f'<w:pBdr {nsdecls("w")}>'
        + "".join(f'<w:{s} w:val="single" w:sz="{sz}" w:space="4" w:color="{color}"/>'
                  for s in ("top", "left", "bottom", "right"))
        + "</w:pBdr>"))


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- tracked changes
def _rpr_xml(bold=False, italic=False):
    inner = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    return f"<w:rPr>{inner}</w:rPr>" if inner else ""


def tracked_run(p, kind, text, author, date, bold=False, italic=False):
    """Append an inserted (kind='ins') or deleted (kind='del') run to paragraph p."""
    i = next(_ids)
    t_tag = "w:delText" if kind == "del" else "w:t"
    xml = (f'<w:{kind} {nsdecls("w")} w:id="{i}" w:author="{escape(author)}" w:date="{date}">'
           f'<w:r>{_rpr_xml(bold, italic)}<{t_tag} xml:space="preserve">{escape(text)}</{t_tag}></w:r>'
           f"</w:{kind}>")
    el = parse_xml(xml)
    p._p.append(el)
    return el


def tracked_par(container, kind, text, author, date, style=None, bold=False, italic=False):
    """A whole paragraph inserted or deleted (runs and paragraph mark)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = insert_ordered(ppr, parse_xml(f'<w:rPr {nsdecls("w")}/>'))
    rpr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{next(_ids)}" w:author="{escape(author)}" w:date="{date}"/>'))
    tracked_run(p, kind, text, author, date, bold, italic)
    return p


def mixed(p, segments, author, date):
    """segments: str (plain), ('ins', text), ('del', text), ('b', text)."""
    for s in segments:
        if isinstance(s, str):
            add_text(p, s)
        elif s[0] in ("ins", "del"):
            tracked_run(p, s[0], s[1], author, date)
        else:
            add_text(p, s[1], bold="b" in s[0], italic="i" in s[0])
    return p


def track_row(row, kind, author, date):
    """Mark a whole table row as inserted or deleted; text in deleted rows becomes delText."""
    tr = row._tr
    trpr = tr.get_or_add_trPr()
    insert_ordered(trpr, parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{next(_ids)}" w:author="{escape(author)}" w:date="{date}"/>'))
    for r in list(tr.iter(qn("w:r"))):
        parent = r.getparent()
        if parent.tag in (qn("w:ins"), qn("w:del")):
            continue
        wrapper = parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{next(_ids)}" w:author="{escape(author)}" w:date="{date}"/>')
        parent.replace(r, wrapper)
        wrapper.append(r)
        if kind == "del":
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")
    for p in tr.iter(qn("w:p")):
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            ppr = parse_xml(f'<w:pPr {nsdecls("w")}/>')
            p.insert(0, ppr)
        rpr = ppr.find(qn("w:rPr"))
        if rpr is None:
            rpr = insert_ordered(ppr, parse_xml(f'<w:rPr {nsdecls("w")}/>'))
        rpr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{next(_ids)}" w:author="{escape(author)}" w:date="{date}"/>'))


# ---------------------------------------------------------------- tables
def table(container, rows, cols, widths=None, style="Table Grid", size=None):
    t = container.add_table(rows=rows, cols=cols)
    t.style = style
    if widths:
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Cm(w)
    return t


def cell_text(cell, text, bold=False, italic=False, size=None, fill=None, color=None, align=None):
    """Replace the cell's text; '\n\n' splits paragraphs, '\n' is a line break."""
    first = True
    for chunk in text.split("\n\n"):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        if first:
            for r in list(p.runs):
                r._r.getparent().remove(r._r)
        first = False
        add_text(p, chunk, bold=bold, italic=italic, size=size, color=color)
        p.paragraph_format.space_after = Pt(2)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade_cell(cell, fill)
    return cell


def shade_cell(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    for old in tcpr.findall(qn("w:shd")):
        tcpr.remove(old)
    insert_ordered(tcpr, parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def fill_row(row, values, bold=False, fill=None, size=None, italic=False):
    for c, v in zip(row.cells, values):
        cell_text(c, v, bold=bold, fill=fill, size=size, italic=italic)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    insert_ordered(trpr, parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def table_font(t, size):
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(size)


# ---------------------------------------------------------------- comments
def comment(doc, runs, text, author, initials):
    if not isinstance(runs, (list, tuple)):
        runs = [runs]
    return doc.add_comment(runs, text=text, author=author, initials=initials)


# ---------------------------------------------------------------- footnotes
class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.n = 0
        xml = (f'<w:footnotes {nsdecls("w", "r")}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.root = parse_xml(xml)
        self.part = None

    def add(self, p, text):
        """Put a footnote reference at the end of paragraph p with the given text."""
        self.n += 1
        i = self.n
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{i}"/></w:r>'))
        self.root.append(parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:sz w:val="16"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'))

    def finish(self):
        from lxml import etree
        blob = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- text boxes
def textbox(p, paragraphs, width_cm=7.0, height_cm=4.0, fill="FFFFFF", line="000000",
            anchor_inline=False, size_pt=9, bold_first=True):
    """Append an anchored (square-wrapped) text box to paragraph p.

    paragraphs: list of strings; the first is bold when bold_first.
    """
    i = next(_ids)
    emu_w, emu_h = int(width_cm * 360000), int(height_cm * 360000)
    half = size_pt * 2

    def body():
        out = []
        for k, t in enumerate(paragraphs):
            b = "<w:b/>" if (bold_first and k == 0) else ""
            out.append(f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr>{b}<w:sz w:val="{half}"/></w:rPr>'
                       f'<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>')
        return "".join(out)

    xml = f'''<w:r {nsdecls("w", "wp", "a", "r")} {EXTRA_NS}>
<mc:AlternateContent><mc:Choice Requires="wps">
<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + i}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="column"><wp:align>right</wp:align></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>
<wp:extent cx="{emu_w}" cy="{emu_h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="{i}" name="Text Box {i}"/><wp:cNvGraphicFramePr/>
<a:graphic>
<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu_w}" cy="{emu_h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body()}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>
</mc:Choice><mc:Fallback>
<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="TextBox{i}" o:spid="_x0000_s{i}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:3.6pt;width:{width_cm}cm;height:{height_cm}cm;z-index:{i};mso-position-horizontal:right;mso-wrap-style:square" fillcolor="#{fill}" strokecolor="#{line}">
<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{body()}</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict>
</mc:Fallback></mc:AlternateContent></w:r>'''
    el = parse_xml(xml.replace("\n", ""))
    p._p.append(el)
    return el


# ---------------------------------------------------------------- header / footer
def page_field_run(p):
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t>1</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def header_footer(doc, header_text, footer_text, page_numbers=True, size=8):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    add_text(hp, header_text, size=size, color="555555")
    fp = sec.footer.paragraphs[0]
    add_text(fp, footer_text, size=size, color="555555")
    if page_numbers:
        add_text(fp, "   Page ", size=size, color="555555")
        page_field_run(fp)


def landscape_section(doc):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    return sec


def portrait_section(doc):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    return sec
