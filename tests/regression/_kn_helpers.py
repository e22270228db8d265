"""Shared helpers for the kn-* build scripts: python-docx plus raw OOXML for
tracked changes (w:ins / w:del), text boxes, cell shading, merged cells and
page-number fields. Nothing here reads anything outside this folder."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_ids = [900]


def nid():
    _ids[0] += 1
    return _ids[0]


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(1.8)
    return d


def p(d, text="", bold=False, size=None, italic=False, colour=None, align=None, style=None, caps=False):
    para = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if caps:
            r.font.all_caps = True
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    if align == "c":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


def runs(d, parts, style=None):
    """parts: list of (text, fmt) where fmt is a str containing b/i/g (grey)."""
    para = d.add_paragraph(style=style) if style else d.add_paragraph()
    for text, fmt in parts:
        r = para.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
        if "g" in fmt:
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return para


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, size=None, grey=False):
    cell.text = ""
    para = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        r = para.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if grey:
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return cell


def table(d, rows, widths=None, header_fill="D9D9D9", size=9, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(i == 0 and header_fill is not None), size=size)
            if i == 0 and header_fill:
                shade(t.cell(i, j), header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill="F2F2F2", bold=True, size=9):
    c = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    cell_text(c, text, bold=bold, size=size)
    shade(c, fill)
    return c


def _rpr(bold=False):
    return "<w:rPr><w:b/></w:rPr>" if bold else ""


def tracked(para, segments, author="A. Pritchard", date="2008-11-20T10:15:00Z"):
    """Append to `para` a sequence of segments: ("t", text) plain, ("ins", text), ("del", text)."""
    for kind, text in segments:
        t = escape(text)
        if kind == "t":
            para._p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve">{t}</w:t></w:r>'))
        elif kind == "ins":
            para._p.append(parse_xml(
                f'<w:ins {W} w:id="{nid()}" w:author="{author}" w:date="{date}">'
                f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:ins>'))
        elif kind == "del":
            para._p.append(parse_xml(
                f'<w:del {W} w:id="{nid()}" w:author="{author}" w:date="{date}">'
                f'<w:r><w:delText xml:space="preserve">{t}</w:delText></w:r></w:del>'))
    return para


def deleted_paragraph(d, text, author="A. Pritchard", date="2008-11-20T10:15:00Z"):
    """A whole paragraph removed by a tracked change (its mark too)."""
    para = d.add_paragraph()
    pPr = para._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:del w:id="{nid()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    tracked(para, [("del", text)], author, date)
    return para


def inserted_paragraph(d, text, author="A. Pritchard", date="2008-11-20T10:15:00Z"):
    para = d.add_paragraph()
    pPr = para._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:ins w:id="{nid()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    tracked(para, [("ins", text)], author, date)
    return para


def text_box(d, title, lines, width_cm=16, height_cm=5, fill="FFF2CC"):
    """An inline DrawingML text box (wps) holding a bold title and paragraphs."""
    emu_w, emu_h = int(width_cm * 360000), int(height_cm * 360000)
    body = f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(title)}</w:t></w:r></w:p>'
    for line in lines:
        body += f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
    n = nid()
    xml = f'''<w:r {W} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{emu_w}" cy="{emu_h}"/><wp:docPr id="{n}" name="Text Box {n}"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu_w}" cy="{emu_h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="19050"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720"><a:spAutoFit/></wps:bodyPr></wps:wsp>
</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict><w:p><w:r><w:t xml:space="preserve">{escape(title)}</w:t></w:r></w:p></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''
    para = d.add_paragraph()
    para._p.append(parse_xml(xml))
    return para


def header_footer(d, header_text, footer_text):
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    hp.text = header_text
    for r in hp.runs:
        r.font.size = Pt(8)
        r.bold = True
    fp = s.footer.paragraphs[0]
    r = fp.add_run(footer_text + "   Page ")
    r.font.size = Pt(8)
    fp._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'))
    fp._p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'))
    fp._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
    fp._p.append(parse_xml(f'<w:r {W}><w:t>1</w:t></w:r>'))
    fp._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))


def comment(d, para, text, author="Reviewer", initials="RV"):
    d.add_comment(para.runs if para.runs else [para.add_run(" ")], text=text, author=author, initials=initials)
