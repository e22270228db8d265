"""Shared python-docx / raw OOXML helpers for the oi-* blind applications.

Tracked insertions and deletions (w:ins / w:del, also a whole deleted or inserted paragraph), comments (python-docx),
footnotes (a hand-made footnotes part), text boxes (wps shape with a VML fallback, as Word writes them), cell shading,
merged cells, PAGE / NUMPAGES fields, paragraphs broken by manual line breaks.
"""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)

_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def new_document(font="Arial", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f'<w:rFonts {NSDECL}/>')
        rpr.append(rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(k), font)
    pf = st.paragraph_format
    pf.space_after = Pt(5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return doc


def para(container, text="", style=None, bold=False, italic=False, size=None, align=None, color=None,
         space_after=None, caps=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color, caps=caps)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, caps=False, font=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if font:
        r.font.name = font
    return r


def broken_para(container, lines, bold_first=False, size=None):
    """One paragraph whose lines are separated by manual line breaks (w:br), as if pasted from a PDF."""
    p = container.add_paragraph()
    for i, line in enumerate(lines):
        r = p.add_run(line)
        if size:
            r.font.size = Pt(size)
        if bold_first and i == 0:
            r.bold = True
        if i < len(lines) - 1:
            r.add_break()
    return p


_AFTER_SHD = {qn("w:" + t) for t in (
    "tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
    "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection "
    "textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange").split()}


def shade_paragraph(p, fill):
    """Paragraph shading, placed where the schema wants w:shd inside w:pPr."""
    pPr = p._p.get_or_add_pPr()
    shd = parse_xml(f'<w:shd {NSDECL} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    for child in pPr:
        if child.tag in _AFTER_SHD:
            child.addprevious(shd)
            return
    pPr.append(shd)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {NSDECL} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, align=None, fill=None, color=None):
    """Replace a cell's content with text; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    first = cell.paragraphs[0]
    for r in list(first.runs):
        r._r.getparent().remove(r._r)
    for i, part in enumerate(parts):
        p = first if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        if part:
            run(p, part, bold=bold, italic=italic, size=size, color=color)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade(cell, fill)
    return cell


def table(container, rows, cols, widths_cm=None, style="Table Grid"):
    t = container.add_table(rows=rows, cols=cols)
    t.style = style
    if widths_cm:
        for row in t.rows:
            for i, w in enumerate(widths_cm):
                row.cells[i].width = Cm(w)
    return t


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {NSDECL}/>'))


# ---------------------------------------------------------------- tracked changes

def _attrs(author, date):
    return f'w:id="{_next_id()}" w:author="{escape(author, {chr(34): "&quot;"})}" w:date="{date}"'


def tracked_run(p, text, kind, author="Author", date="2008-07-10T10:00:00Z", bold=False):
    """Append an inserted (kind='ins') or deleted (kind='del') run to paragraph p."""
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    t = escape(text)
    if kind == "ins":
        xml = f'<w:ins {NSDECL} {_attrs(author, date)}><w:r>{b}<w:t xml:space="preserve">{t}</w:t></w:r></w:ins>'
    else:
        xml = (f'<w:del {NSDECL} {_attrs(author, date)}><w:r>{b}<w:delText xml:space="preserve">{t}</w:delText>'
               f'</w:r></w:del>')
    el = parse_xml(xml)
    p._p.append(el)
    return el


def tracked_para(container, text, kind, author="Author", date="2008-07-10T10:00:00Z", style=None, bold=False):
    """A whole paragraph inserted or deleted with tracked changes (its paragraph mark too)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    tag = "w:ins" if kind == "ins" else "w:del"
    pPr.append(parse_xml(f'<w:rPr {NSDECL}><{tag} {_attrs(author, date)}/></w:rPr>'))
    tracked_run(p, text, kind, author, date, bold=bold)
    return p


def cell_change(cell, old, new, author="Author", date="2008-07-10T10:00:00Z", size=None):
    """Replace a cell's text by a tracked deletion of old followed by a tracked insertion of new."""
    first = cell.paragraphs[0]
    for r in list(first.runs):
        r._r.getparent().remove(r._r)
    if old:
        tracked_run(first, old, "del", author, date)
    if new:
        tracked_run(first, new, "ins", author, date)
    return cell


# ---------------------------------------------------------------- comments

def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)


# ---------------------------------------------------------------- footnotes

class Footnotes:
    """Collects footnotes and writes a footnotes part at save time."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, p, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        p._p.append(parse_xml(
            f'<w:r {NSDECL}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))
        return fid

    def finish(self):
        if not self.notes:
            return
        body = [
            f'<w:footnotes {NSDECL}>',
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
            '</w:p></w:footnote>',
        ]
        for fid, text in self.notes:
            body.append(
                f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
                f'</w:p></w:footnote>')
        body.append('</w:footnotes>')
        blob = "".join(body).encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- text boxes

_shape = [1]


def textbox(container, paras, width_cm=15.5, height_cm=5.0, border="1F3864", fill="FFFFFF"):
    """A floating text box anchored in a new paragraph: a wps shape with a VML fallback (as Word saves it).
    paras: list of (text, dict(bold=, italic=, size=, center=))."""
    _shape[0] += 1
    sid = _shape[0]
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)

    def content():
        out = []
        for text, f in paras:
            ppr = '<w:pPr><w:spacing w:after="60"/>' + ('<w:jc w:val="center"/>' if f.get("center") else "") + '</w:pPr>'
            rpr = "<w:rPr>" + ("<w:b/>" if f.get("bold") else "") + ("<w:i/>" if f.get("italic") else "") + \
                  (f'<w:sz w:val="{int(f["size"] * 2)}"/>' if f.get("size") else "") + "</w:rPr>"
            out.append(f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
        return "".join(out)

    xml = (
        f'<w:r {NSDECL}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + sid}" '
        f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">'
        f'<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{sid}" name="Text Box {sid}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        f'<a:ln w="19050"><a:solidFill><a:srgbClr val="{border}"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{content()}</w:txbxContent></wps:txbx>'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t">'
        f'<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        f'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>'
        f'</v:shapetype><v:shape id="Text Box {sid}" o:spid="_x0000_s{1024 + sid}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{width_cm * 28.35:.1f}pt;height:{height_cm * 28.35:.1f}pt;'
        f'z-index:{sid}" fillcolor="#{fill}" strokecolor="#{border}" strokeweight="1.5pt"><v:textbox>'
        f'<w:txbxContent>{content()}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict>'
        f'</mc:Fallback></mc:AlternateContent></w:r>'
    )
    p = container.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


# ---------------------------------------------------------------- fields, header, footer, sections

def field(p, instr, shown="1", size=None):
    sz = f'<w:sz w:val="{int(size * 2)}"/>' if size else ""
    for xml in (
        f'<w:r {NSDECL}><w:rPr>{sz}</w:rPr><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {NSDECL}><w:rPr>{sz}</w:rPr><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
        f'<w:r {NSDECL}><w:rPr>{sz}</w:rPr><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {NSDECL}><w:rPr>{sz}</w:rPr><w:t>{shown}</w:t></w:r>',
        f'<w:r {NSDECL}><w:rPr>{sz}</w:rPr><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        p._p.append(parse_xml(xml))


def landscape_section(doc):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    return sec


def portrait_section(doc):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    return sec
