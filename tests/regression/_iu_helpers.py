"""Shared helpers for the iu-* build scripts (python-docx plus raw OOXML)."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor

_rev = [100]


def _next():
    _rev[0] += 1
    return str(_rev[0])


def para(doc_or_cell, text="", style=None, bold=False, italic=False, size=None, align=None, color=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def run(p, text, bold=False, italic=False, color=None, size=None, smallcaps=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if size:
        r.font.size = Pt(size)
    if smallcaps:
        r.font.small_caps = True
    return r


def _track_run(tag, text, author, date, italic=False):
    w = OxmlElement(tag)
    w.set(qn("w:id"), _next())
    w.set(qn("w:author"), author)
    w.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    if italic:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:i"))
        r.append(rpr)
    t = OxmlElement("w:delText" if tag == "w:del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    w.append(r)
    return w


def ins_run(p, text, author, date):
    p._p.append(_track_run("w:ins", text, author, date))


def del_run(p, text, author, date):
    p._p.append(_track_run("w:del", text, author, date))


def _mark_para(p, tag, author, date):
    ppr = p._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        ppr.append(rpr)
    m = OxmlElement(tag)
    m.set(qn("w:id"), _next())
    m.set(qn("w:author"), author)
    m.set(qn("w:date"), date)
    rpr.append(m)


def deleted_para(doc_or_cell, text, author, date, style=None):
    """A whole paragraph deleted as a tracked change."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    _mark_para(p, "w:del", author, date)
    del_run(p, text, author, date)
    return p


def inserted_para(doc_or_cell, text, author, date, style=None):
    """A whole paragraph inserted as a tracked change."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    _mark_para(p, "w:ins", author, date)
    ins_run(p, text, author, date)
    return p


def comment(doc, p, text, author, initials):
    runs = p.runs
    if not runs:
        runs = [p.add_run("")]
    doc.add_comment(runs, text=text, author=author, initials=initials)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcpr.append(s)


def set_cell(cell, text, bold=False, italic=False, fill=None, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if fill:
        shade(cell, fill)
    return cell


def table(doc, rows, widths=None, style="Table Grid", header_fill="D9D9D9", size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(i == 0), fill=(header_fill if i == 0 else None), size=size)
    return t


def band(t, row_idx, text, fill="E7E0CC"):
    """Merge a whole row into one shaded band cell."""
    row = t.rows[row_idx]
    a = row.cells[0].merge(row.cells[-1])
    set_cell(a, text, bold=True, fill=fill)
    return a


def text_box(doc, lines, width_emu=5200000, height_emu=1500000, title=None):
    """Anchored wps text box with a VML fallback; lines are paragraphs inside it."""
    def ps():
        out = ""
        if title:
            out += f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_esc(title)}</w:t></w:r></w:p>'
        for ln in lines:
            out += f'<w:p><w:r><w:t xml:space="preserve">{_esc(ln)}</w:t></w:r></w:p>'
        return out
    p = doc.add_paragraph()
    xml = f'''<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{width_emu}" cy="{height_emu}"/>
<wp:docPr id="{_next()}" name="Text Box {_rev[0]}"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width_emu}" cy="{height_emu}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F5F1E6"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="7F6A3A"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{ps()}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>
</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="tb{_rev[0]}" type="#_x0000_t202" style="width:409pt;height:118pt" fillcolor="#F5F1E6">
<v:textbox><w:txbxContent>{ps()}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''
    p._p.append(parse_xml(xml))
    return p


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def field(p, instr, shown):
    """A simple field (PAGE, DATE, MERGEFIELD ...) with its cached result."""
    for kind in ("begin",):
        r = OxmlElement("w:r"); fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); r.append(fc); p._p.append(r)
    r = OxmlElement("w:r"); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; r.append(it); p._p.append(r)
    r = OxmlElement("w:r"); fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r.append(fc); p._p.append(r)
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = shown; r.append(t); p._p.append(r)
    r = OxmlElement("w:r"); fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r.append(fc); p._p.append(r)


def header_footer(doc, header, footer, page_field=True):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    fp = sec.footer.paragraphs[0]
    fp.text = footer
    if page_field:
        fp.add_run("   Page ")
        field(fp, "PAGE", "1")
