"""Shared helpers for the in-* build scripts: python-docx plus raw OOXML for
tracked changes (w:ins / w:del), footnotes, text boxes, merged and shaded cells."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm
from xml.sax.saxutils import escape

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def new_doc(header_text, footer_text, font="Arial", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = footer_text
    fp.runs[0].font.size = Pt(8)
    doc._fn = None
    return doc


def para(doc, text="", style=None, bold=False, italic=False, size=None, align=None, color=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def add_runs(p, text, bold=False, italic=False, size=None, color=None):
    """Text with **bold** spans."""
    parts = text.split("**")
    for i, part in enumerate(parts):
        if not part:
            continue
        r = p.add_run(part)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def runin(doc, lead, text, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(lead)
    r.bold = True
    p.add_run(" " + text)
    return p


def bullets(doc, items, style="List Bullet"):
    for it in items:
        p = doc.add_paragraph(style=style)
        add_runs(p, it)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, size=9.5):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        add_runs(p, line, bold=bold, size=size)


def table(doc, rows, widths=None, header_fill="1F4E79", header_font="FFFFFF", band_rows=(), band_fill="D9E2F3",
          size=9.5):
    """rows: list of lists. A row of one item is a band row spanning every column (merged, shaded)."""
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=0, cols=ncols)
    t.style = "Table Grid"
    for ri, r in enumerate(rows):
        cells = t.add_row().cells
        if len(r) == 1 and ncols > 1:
            m = cells[0].merge(cells[-1])
            set_cell(m, r[0], bold=True, size=size)
            shade(m, band_fill)
            continue
        for ci, val in enumerate(r):
            set_cell(cells[ci], val, bold=(ri == 0 and header_fill is not None), size=size)
            if ri == 0 and header_fill:
                shade(cells[ci], header_fill)
                for run in cells[ci].paragraphs[0].runs:
                    run.font.color.rgb = RGBColor.from_string(header_font)
    if widths:
        for row in t.rows:
            for ci, w in enumerate(widths):
                if ci < len(row.cells):
                    row.cells[ci].width = Cm(w)
    doc.add_paragraph()
    return t


def vmerge(t, col, r0, r1):
    a = t.cell(r0, col)
    b = t.cell(r1, col)
    keep = a.text
    m = a.merge(b)
    set_cell(m, keep)
    return m


def _rpr(bold=False):
    return "<w:rPr><w:b/></w:rPr>" if bold else ""


def tracked_para(doc, pieces, style=None, author="R. Okafor", date="2008-11-14T10:00:00Z"):
    """pieces: list of (kind, text) with kind in 'n' (normal), 'i' (inserted), 'd' (deleted), 'b' (bold normal)."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    for kind, text in pieces:
        t = escape(text)
        if kind in ("n", "b"):
            p._p.append(parse_xml(f'<w:r {W_NS}>{_rpr(kind == "b")}<w:t xml:space="preserve">{t}</w:t></w:r>'))
        elif kind == "i":
            _rev[0] += 1
            p._p.append(parse_xml(
                f'<w:ins {W_NS} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:ins>'))
        elif kind == "d":
            _rev[0] += 1
            p._p.append(parse_xml(
                f'<w:del {W_NS} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"><w:r><w:delText xml:space="preserve">{t}</w:delText></w:r></w:del>'))
    return p


def deleted_para(doc, text, style=None, author="R. Okafor", date="2008-11-14T10:00:00Z"):
    """A whole paragraph deleted, paragraph mark included."""
    p = tracked_para(doc, [("d", text)], style=style, author=author, date=date)
    pPr = p._p.get_or_add_pPr()
    _rev[0] += 1
    pPr.append(parse_xml(f'<w:rPr {W_NS}><w:del w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    return p


def inserted_para(doc, text, style=None, author="R. Okafor", date="2008-11-14T10:00:00Z"):
    p = tracked_para(doc, [("i", text)], style=style, author=author, date=date)
    pPr = p._p.get_or_add_pPr()
    _rev[0] += 1
    pPr.append(parse_xml(f'<w:rPr {W_NS}><w:ins w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    return p


def comment(doc, paragraph, text, author="Dr P. Lacey", initials="PL"):
    runs = paragraph.runs
    if not runs:
        runs = [paragraph.add_run("")]
    doc.add_comment(runs, text=text, author=author, initials=initials)


def _footnotes_part(doc):
    if doc._fn is not None:
        return doc._fn
    xml = (f'<w:footnotes {W_NS}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           '</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode(), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    doc._fn = {"part": part, "items": [], "n": 0}
    return doc._fn


def footnote(doc, paragraph, text):
    fn = _footnotes_part(doc)
    fn["n"] += 1
    n = fn["n"]
    fn["items"].append(
        f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
    paragraph._p.append(parse_xml(
        f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))


def finish_footnotes(doc):
    fn = doc._fn
    if fn is None:
        return
    xml = (f'<w:footnotes {W_NS}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           + "".join(fn["items"]) + '</w:footnotes>')
    fn["part"]._blob = xml.encode()


def text_box(doc, paragraphs, fill="FFF2CC", width_cm=15.5, height_cm=5.0):
    """An inline-anchored DrawingML text box (wps) with a VML fallback. paragraphs: list of (text, bold)."""
    def ps():
        out = []
        for text, bold in paragraphs:
            out.append(f'<w:p><w:r>{_rpr(bold)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
        return "".join(out)
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    _rev[0] += 1
    xml = f'''<w:p {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:r>
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{_rev[0]}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="{_rev[0]}" name="Text Box {_rev[0]}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{ps()}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="tb{_rev[0]}" type="#_x0000_t202" style="width:{width_cm}cm;height:{height_cm}cm" fillcolor="#{fill}"><v:textbox><w:txbxContent>{ps()}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>'''
    el = parse_xml(xml)
    doc.element.body.append(el)
    # keep sectPr last
    sectPr = doc.element.body.find(qn("w:sectPr"))
    if sectPr is not None:
        doc.element.body.remove(sectPr)
        doc.element.body.append(sectPr)
    return el
