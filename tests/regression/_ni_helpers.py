"""Shared python-docx / raw OOXML helpers for the ni-* blind test applications.

Tracked changes (w:ins / w:del on runs, paragraph marks and table rows), Word
comments (python-docx 1.2's own add_comment), a footnotes part built by hand,
text boxes (DrawingML wps with a VML fallback), cell and paragraph shading,
PAGE fields in footers.
"""
from xml.sax.saxutils import escape

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def _rpr_xml(bold=False, italic=False, size=None, color=None, caps=False, strike=False, font=None):
    parts = []
    if font:
        parts.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>')
    if bold:
        parts.append("<w:b/>")
    if italic:
        parts.append("<w:i/>")
    if caps:
        parts.append("<w:caps/>")
    if strike:
        parts.append("<w:strike/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        parts.append(f'<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def _run_xml(text, deleted=False, **fmt):
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r {nsdecls("w")}>{_rpr_xml(**fmt)}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def add_run(p, text, bold=False, italic=False, size=None, color=None, caps=False, font=None):
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


def ins_run(p, text, author, date, **fmt):
    """Append a tracked insertion (w:ins) holding one run."""
    el = parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
        f"{_run_xml(text, **fmt)}</w:ins>"
    )
    p._p.append(el)
    return el


def del_run(p, text, author, date, **fmt):
    """Append a tracked deletion (w:del) holding one run of w:delText."""
    el = parse_xml(
        f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
        f"{_run_xml(text, deleted=True, **fmt)}</w:del>"
    )
    p._p.append(el)
    return el


def _mark_paragraph(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(
        f'<w:{kind} {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))


def inserted_paragraph(doc_or_cell, text, author, date, style=None, **fmt):
    """A whole paragraph inserted with tracked changes on (text and paragraph mark)."""
    p = doc_or_cell.add_paragraph(style=style)
    _mark_paragraph(p, "ins", author, date)
    ins_run(p, text, author, date, **fmt)
    return p


def deleted_paragraph(doc_or_cell, text, author, date, style=None, **fmt):
    """A whole paragraph deleted with tracked changes on (text and paragraph mark)."""
    p = doc_or_cell.add_paragraph(style=style)
    _mark_paragraph(p, "del", author, date)
    del_run(p, text, author, date, **fmt)
    return p


def delete_row(row, author, date):
    """Mark a table row deleted: w:del in trPr and every run turned into w:delText inside w:del."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))
    for tc in tr.findall(qn("w:tc")):
        for p in tc.findall(qn("w:p")):
            pPr = p.find(qn("w:pPr"))
            if pPr is None:
                pPr = parse_xml(f"<w:pPr {nsdecls('w')}/>")
                p.insert(0, pPr)
            rPr = pPr.find(qn("w:rPr"))
            if rPr is None:
                rPr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
                pPr.append(rPr)
            rPr.append(parse_xml(
                f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))
            for r in list(p.findall(qn("w:r"))):
                for t in r.findall(qn("w:t")):
                    t.tag = qn("w:delText")
                wrapper = parse_xml(
                    f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>')
                r.addprevious(wrapper)
                wrapper.append(r)


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_paragraph(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    later = {qn("w:" + t) for t in (
        "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
        "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
        "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
        "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")}
    for child in pPr:
        if child.tag in later:
            child.addprevious(shd)
            return
    pPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None, align=None, color=None):
    """Replace a cell's text with one paragraph (or several, split on \\n)."""
    lines = text.split("\n")
    first = cell.paragraphs[0]
    for r in list(first.runs):
        r._r.getparent().remove(r._r)
    add_run(first, lines[0], bold=bold, italic=italic, size=size, color=color)
    if align:
        first.alignment = align
    for ln in lines[1:]:
        p = cell.add_paragraph()
        add_run(p, ln, bold=bold, italic=italic, size=size, color=color)
        if align:
            p.alignment = align
    return first


def set_col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def add_page_field(p):
    """Append a PAGE field (fldChar begin / instrText / separate / result / end)."""
    for xml in (
        '<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r %s><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
        '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>',
        '<w:r %s><w:t>1</w:t></w:r>',
        '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        p._p.append(parse_xml(xml % nsdecls("w")))


# ---------------------------------------------------------------- footnotes
_FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


class _Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, paragraph, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        paragraph._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))
        return fid

    def finish(self):
        if not self.notes:
            return
        body = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for fid, text in self.notes:
            body.append(
                f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                f'<w:r><w:rPr><w:sz w:val="16"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
                f"</w:p></w:footnote>")
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {nsdecls("w", "r")}>'
               + "".join(body) + "</w:footnotes>")
        part = Part(PackURI("/word/footnotes.xml"), _FOOTNOTES_CT, xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)
        # Word wants footnotePr in settings to know the separators
        settings = self.doc.settings.element
        fpr = parse_xml(
            f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
        compat = settings.find(qn("w:compat"))
        if compat is not None:
            compat.addprevious(fpr)
        else:
            settings.append(fpr)


def footnotes(doc):
    return _Footnotes(doc)


# ---------------------------------------------------------------- text boxes
NSX = " ".join('xmlns:%s="%s"' % kv for kv in [
    ("w", W_NS),
    ("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
    ("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006"),
    ("v", "urn:schemas-microsoft-com:vml"),
    ("o", "urn:schemas-microsoft-com:office:office"),
    ("w10", "urn:schemas-microsoft-com:office:word"),
    ("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"),
])


def add_textbox(paragraph, paras, width_cm=7.5, height_cm=5.0, fill="FFF8E1", line="8A6D1E", name="Text Box"):
    """Anchor a floating text box (wps shape, VML fallback) in `paragraph`.

    `paras` is a list of (text, bold, italic) tuples; each becomes a paragraph in the box.
    """
    emu_w, emu_h = int(width_cm * 360000), int(height_cm * 360000)
    sid = _next_id()

    def body(for_vml=False):
        out = []
        for text, bold, italic in paras:
            out.append(
                f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>{_rpr_xml(bold=bold, italic=italic, size=9)}'
                f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
        return "".join(out)

    xml = f"""
<w:r {NSX}>
 <mc:AlternateContent>
  <mc:Choice Requires="wps">
   <w:drawing>
    <wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + sid}"
      behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
     <wp:simplePos x="0" y="0"/>
     <wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
     <wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
     <wp:extent cx="{emu_w}" cy="{emu_h}"/>
     <wp:effectExtent l="0" t="0" r="0" b="0"/>
     <wp:wrapSquare wrapText="bothSides"/>
     <wp:docPr id="{sid}" name="{name} {sid}"/>
     <wp:cNvGraphicFramePr/>
     <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
      <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
       <wps:wsp>
        <wps:cNvSpPr txBox="1"/>
        <wps:spPr>
         <a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu_w}" cy="{emu_h}"/></a:xfrm>
         <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
         <a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
         <a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln>
        </wps:spPr>
        <wps:txbx><w:txbxContent>{body()}</w:txbxContent></wps:txbx>
        <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t">
         <a:noAutofit/>
        </wps:bodyPr>
       </wps:wsp>
      </a:graphicData>
     </a:graphic>
    </wp:anchor>
   </w:drawing>
  </mc:Choice>
  <mc:Fallback>
   <w:pict>
    <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
     <v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>
    </v:shapetype>
    <v:shape id="{name.replace(' ', '')}{sid}" o:spid="_x0000_s{1025 + sid}" type="#_x0000_t202"
      style="position:absolute;margin-left:0;margin-top:0;width:{width_cm}cm;height:{height_cm}cm;z-index:{sid};mso-position-horizontal:right;mso-position-horizontal-relative:margin"
      fillcolor="#{fill}" strokecolor="#{line}" strokeweight="1pt">
     <v:textbox><w:txbxContent>{body(True)}</w:txbxContent></v:textbox>
     <w10:wrap type="square"/>
    </v:shape>
   </w:pict>
  </mc:Fallback>
 </mc:AlternateContent>
</w:r>"""
    paragraph._p.append(parse_xml(xml))


def base_document(font="Georgia", size=10.5, margins_cm=2.2):
    from docx import Document
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    return doc


CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
