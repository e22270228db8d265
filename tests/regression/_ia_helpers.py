"""Shared helpers for the ia-* build scripts (python-docx plus raw OOXML).

Tracked changes (w:ins / w:del), Word comments, a footnotes part, text boxes
(wps with a VML fallback), merged and shaded table cells, headers and footers.
"""
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from docx.enum.section import WD_ORIENT
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_ids = [500]


def nid():
    _ids[0] += 1
    return str(_ids[0])


def _run(text, bold=False, italic=False, deleted=False, size=None, color=None):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if bold:
        rpr.append(OxmlElement("w:b"))
    if italic:
        rpr.append(OxmlElement("w:i"))
    if color:
        c = OxmlElement("w:color")
        c.set(qn("w:val"), color)
        rpr.append(c)
    if size:
        s = OxmlElement("w:sz")
        s.set(qn("w:val"), str(int(size * 2)))
        rpr.append(s)
    if len(rpr):
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def new_doc(font="Arial", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    doc._ia_footnotes = []
    return doc


def para(doc_or_cell, text="", style=None, bold=False, italic=False, size=None,
         color=None, align=None, space_after=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        add_text(p, text, bold=bold, italic=italic, size=size, color=color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_text(p, text, bold=False, italic=False, size=None, color=None):
    """Add text; '\n' inside text becomes a manual line break."""
    parts = text.split("\n")
    last = None
    for i, part in enumerate(parts):
        r = p.add_run(part)
        r.bold = bold or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if i < len(parts) - 1:
            r.add_break()
        last = r
    return last


def rich(p, segments):
    """segments: list of (text, fmt) with fmt a string of b/i."""
    runs = []
    for text, fmt in segments:
        r = p.add_run(text)
        if "b" in fmt:
            r.bold = True
        if "i" in fmt:
            r.italic = True
        runs.append(r)
    return runs


def ins(p, text, author, date, bold=False):
    e = OxmlElement("w:ins")
    e.set(qn("w:id"), nid())
    e.set(qn("w:author"), author)
    e.set(qn("w:date"), date)
    e.append(_run(text, bold=bold))
    p._p.append(e)
    return e


def dele(p, text, author, date, bold=False):
    e = OxmlElement("w:del")
    e.set(qn("w:id"), nid())
    e.set(qn("w:author"), author)
    e.set(qn("w:date"), date)
    e.append(_run(text, bold=bold, deleted=True))
    p._p.append(e)
    return e


def mark_paragraph(p, kind, author, date):
    """Mark the paragraph mark itself as inserted or deleted (kind 'ins'/'del')."""
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    m = OxmlElement("w:" + kind)
    m.set(qn("w:id"), nid())
    m.set(qn("w:author"), author)
    m.set(qn("w:date"), date)
    rPr.append(m)
    pPr.append(rPr)


def deleted_paragraph(doc_or_cell, text, author, date, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    dele(p, text, author, date)
    mark_paragraph(p, "del", author, date)
    return p


def inserted_paragraph(doc_or_cell, text, author, date, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    ins(p, text, author, date)
    mark_paragraph(p, "ins", author, date)
    return p


def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)


def footnote(doc, p, text):
    """Append a footnote reference to paragraph p; the note text is stored."""
    notes = doc._ia_footnotes
    fid = len(notes) + 1
    notes.append((fid, text))
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r.append(ref)
    p._p.append(r)


def _finish_footnotes(doc):
    notes = doc._ia_footnotes
    if not notes:
        return
    body = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for fid, text in notes:
        body.append(
            '<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
            % (fid, escape(text)))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:footnotes xmlns:w="%s" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">%s</w:footnotes>' % (W_NS, "".join(body)))
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def text_box(doc, paragraphs, fill="EDEDED", height_cm=4.0, width_cm=16.0):
    """Insert an inline text box holding paragraphs [(text, bold), ...]."""
    inner = []
    for text, bold in paragraphs:
        b = "<w:b/>" if bold else ""
        inner.append('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr>%s<w:sz w:val="19"/></w:rPr>'
                     '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (b, escape(text)))
    content = "".join(inner)
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    n = nid()
    xml = (
        '<w:r xmlns:w="%s" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/>'
        '<wp:docPr id="%s" name="Text Box %s"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="%s"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="404040"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shape id="tb%s" style="width:%.1fcm;height:%.1fcm" fillcolor="#%s">'
        '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>'
        % (W_NS, cx, cy, n, n, cx, cy, fill, content, n, width_cm, height_cm, fill, content))
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def cell_text(cell, text, bold=False, italic=False, size=None):
    """Replace a cell's text; '\n\n' starts a new paragraph, '\n' a line break."""
    blocks = text.split("\n\n")
    first = cell.paragraphs[0]
    for i, block in enumerate(blocks):
        p = first if i == 0 else cell.add_paragraph()
        add_text(p, block, bold=bold, italic=italic, size=size)
    return cell


def table(doc, rows, widths=None, style="Table Grid", header=True, size=9, header_fill="D9D9D9"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0 and header_fill:
                shade(t.cell(i, j), header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def band(t, row_idx, text, fill="BFBFBF", size=9):
    """Merge a whole table row into one shaded band cell."""
    row = t.rows[row_idx]
    a = row.cells[0]
    b = row.cells[len(row.cells) - 1]
    m = a.merge(b)
    for p in m.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    m.paragraphs[0].text = ""
    add_text(m.paragraphs[0], text, bold=True, size=size)
    shade(m, fill)
    return m


def header_footer(doc, header_text, footer_text):
    s = doc.sections[0]
    hp = s.header.paragraphs[0]
    add_text(hp, header_text, size=8, color="595959")
    fp = s.footer.paragraphs[0]
    add_text(fp, footer_text, size=8, color="595959")


def save(doc, path):
    _finish_footnotes(doc)
    doc.save(path)
