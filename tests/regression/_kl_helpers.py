"""Shared helpers for the kl-* build scripts: raw OOXML bits python-docx lacks."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

DATE = "2009-01-14T10:20:00Z"


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell(c, text, bold=False, size=None, fill=None, italic=False):
    c.text = ""
    p = c.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = c.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if fill:
        shade(c, fill)
    return c


def table(doc, rows, widths=None, header_fill="D9D9D9", style="Table Grid", size=9, bold_first_row=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell(t.cell(i, j), val, bold=(i == 0 and bold_first_row), size=size,
                 fill=(header_fill if i == 0 and bold_first_row and header_fill else None))
    return t


def para(doc, text="", bold=False, italic=False, size=None, style=None, align=None, color=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
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


def runs(doc, parts):
    """parts: list of (text, bold) tuples in one paragraph."""
    p = doc.add_paragraph()
    for t, b in parts:
        r = p.add_run(t)
        r.bold = b
    return p


def _run_xml(text, deleted=False, bold=False):
    tag = "w:delText" if deleted else "w:t"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def tracked(p, text, kind, author="R. Ashworth", rid=1, date=DATE):
    """Append a tracked insertion (kind='ins') or deletion (kind='del') run to paragraph p."""
    el = parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{rid}" w:author="{author}" w:date="{date}">'
                   f'{_run_xml(text, deleted=(kind == "del"))}</w:{kind}>')
    p._p.append(el)
    return p


def tracked_para(doc, text, kind, author="R. Ashworth", rid=1, date=DATE):
    """A whole paragraph inserted or deleted (paragraph mark tracked too)."""
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:{kind} w:id="{rid + 500}" w:author="{author}" '
                         f'w:date="{date}"/></w:rPr>'))
    tracked(p, text, kind, author, rid, date)
    return p


def text_box(doc, title, lines, rid=1, width_emu=5400000, height_emu=1500000):
    """A floating-free inline text box (wps with a VML fallback) holding title and lines."""
    def ps(bold_title=True):
        out = f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(title)}</w:t></w:r></w:p>'
        for ln in lines:
            out += f'<w:p><w:r><w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>'
        return out
    body = ps()
    xml = f'''<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml">
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{width_emu}" cy="{height_emu}"/>
<wp:docPr id="{900 + rid}" name="Text Box {rid}"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width_emu}" cy="{height_emu}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFF2CC"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>
</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="tb{rid}" type="#_x0000_t202" style="width:425pt;height:118pt" fillcolor="#FFF2CC">
<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>'''
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def header_footer(doc, header, footer):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = footer


def word_count(doc_path):
    import re, zipfile
    xml = zipfile.ZipFile(doc_path).read("word/document.xml").decode()
    return len(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).split())
