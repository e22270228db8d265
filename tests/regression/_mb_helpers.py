"""Shared helpers for the mb-* build scripts: raw OOXML for tracked changes, text boxes, merged and shaded cells,
header/footer text and comments (python-docx 1.2 add_comment)."""
import copy
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

_ID = [100]


def _nid():
    _ID[0] += 1
    return str(_ID[0])


def para(doc, text="", bold=False, italic=False, size=None, align=None, style=None, shade=None, caps=False):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if caps:
            r.font.all_caps = True
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if shade:
        pPr = p._p.get_or_add_pPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        pPr.append(shd)
    return p


def runs(p, *parts):
    """parts: str or (str, 'b'|'i'|'bi')."""
    for part in parts:
        if isinstance(part, tuple):
            t, f = part
            r = p.add_run(t)
            r.bold = "b" in f
            r.italic = "i" in f
        else:
            p.add_run(part)
    return p


def _run_el(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rPr = OxmlElement("w:rPr")
        b = OxmlElement("w:b")
        rPr.append(b)
        r.append(rPr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _change(tag, author, date):
    el = OxmlElement(tag)
    el.set(qn("w:id"), _nid())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    return el


def tracked_insert(p, text, author, date, bold=False):
    ins = _change("w:ins", author, date)
    ins.append(_run_el(text, bold=bold))
    p._p.append(ins)
    return p


def tracked_delete(p, text, author, date):
    d = _change("w:del", author, date)
    d.append(_run_el(text, deleted=True))
    p._p.append(d)
    return p


def mark_paragraph(p, kind, author, date):
    """Mark the paragraph mark itself as inserted or deleted (whole-paragraph change)."""
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    rPr.append(_change("w:" + kind, author, date))
    pPr.append(rPr)


def inserted_paragraph(doc, text, author, date):
    p = doc.add_paragraph()
    tracked_insert(p, text, author, date)
    mark_paragraph(p, "ins", author, date)
    return p


def deleted_paragraph(doc, text, author, date):
    p = doc.add_paragraph()
    tracked_delete(p, text, author, date)
    mark_paragraph(p, "del", author, date)
    return p


def delete_row(row, author, date):
    """Mark a whole table row as deleted and turn its text into delText."""
    trPr = row._tr.get_or_add_trPr()
    trPr.append(_change("w:del", author, date))
    for tc in row._tr.findall(qn("w:tc")):
        for p in tc.findall(qn("w:p")):
            rs = p.findall(qn("w:r"))
            for r in rs:
                d = _change("w:del", author, date)
                p.replace(r, d)
                for t in r.findall(qn("w:t")):
                    t.tag = qn("w:delText")
                d.append(r)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
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
    return cell


def table(doc, rows, header=True, style="Table Grid", widths=None, size=None, head_fill="D9D9D9"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0 and head_fill:
                shade(t.cell(i, j), head_fill)
    return t


def text_box(doc, lines, width_emu=5400000, height_emu=1500000, bold_first=True):
    """A floating wps text box anchored in a new paragraph, with a VML fallback. lines: list of str."""
    p = doc.add_paragraph()
    body = []
    for i, line in enumerate(lines):
        b = '<w:rPr><w:b/></w:rPr>' if (bold_first and i == 0) else ''
        esc = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        body.append(f'<w:p><w:r>{b}<w:t xml:space="preserve">{esc}</w:t></w:r></w:p>')
    content = "".join(body)
    nid = _nid()
    xml = f'''<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word">
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{nid}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{width_emu}" cy="{height_emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="{nid}" name="Text Box {nid}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width_emu}" cy="{height_emu}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2EBDD"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="5A3A1E"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>
</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="tb{nid}" type="#_x0000_t202" style="width:425pt;height:118pt" fillcolor="#F2EBDD" strokecolor="#5A3A1E"><v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>'''
    from docx.oxml import parse_xml
    p._p.append(parse_xml(xml))
    return p


def header_footer(doc, header_text, footer_text):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text


def comment(doc, run_or_runs, text, author, initials):
    return doc.add_comment(run_or_runs, text=text, author=author, initials=initials)


def word_count(doc_path):
    import re, zipfile
    xml = zipfile.ZipFile(doc_path).read("word/document.xml").decode()
    return len(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).split())
