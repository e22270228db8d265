"""Shared helpers for the kh-* build scripts (python-docx plus raw OOXML)."""
import itertools
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor

_ids = itertools.count(101)
DATE = "2009-01-14T10:00:00Z"


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runs(doc, parts):
    """parts: list of (text, 'b'|'i'|'' ) -> one paragraph."""
    p = doc.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(doc, rows, header_fill="D9D9D9", widths=None, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
                if header_fill:
                    shade(c, header_fill)
    return t


def merge(t, r1, c1, r2, c2, text=None):
    a = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        for p in a.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        a.paragraphs[0].text = text
    return a


def ins_para(doc, text, author="R. Fairweather"):
    """A whole paragraph inserted as a tracked change (it IS part of the submission)."""
    i = next(_ids)
    xml = (f'<w:p {nsdecls("w")}><w:pPr><w:rPr><w:ins w:id="{i}" w:author="{author}" w:date="{DATE}"/></w:rPr></w:pPr>'
           f'<w:ins w:id="{next(_ids)}" w:author="{author}" w:date="{DATE}"><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins></w:p>')
    el = parse_xml(xml)
    doc.element.body.append(el)
    return el


def del_para(doc, text, author="R. Fairweather"):
    """A whole paragraph deleted as a tracked change (NOT part of the submission)."""
    i = next(_ids)
    xml = (f'<w:p {nsdecls("w")}><w:pPr><w:rPr><w:del w:id="{i}" w:author="{author}" w:date="{DATE}"/></w:rPr></w:pPr>'
           f'<w:del w:id="{next(_ids)}" w:author="{author}" w:date="{DATE}"><w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del></w:p>')
    el = parse_xml(xml)
    doc.element.body.append(el)
    return el


def mixed_para(container_p, pieces, author="R. Fairweather"):
    """Append pieces to an existing paragraph: ('t', text) plain, ('i', text) inserted, ('d', text) deleted."""
    p = container_p._p
    for kind, text in pieces:
        if kind == "t":
            p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'))
        elif kind == "i":
            p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{DATE}">'
                               f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>'))
        else:
            p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{DATE}">'
                               f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>'))
    return container_p


def comment(doc, paragraph, text, author="Trust Office", initials="TO"):
    return doc.add_comment(paragraph.runs, text=text, author=author, initials=initials)


def text_box(doc, lines, width_emu=5400000, height_emu=1500000):
    """A floating-free inline DrawingML text box (wps) with a VML fallback, holding lines of text."""
    inner = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(l)}</w:t></w:r></w:p>' for l in lines)
    i = next(_ids)
    xml = f'''<w:p {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><w:r><mc:AlternateContent><mc:Choice Requires="wps">
<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{width_emu}" cy="{height_emu}"/>
<wp:docPr id="{i}" name="Text Box {i}"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width_emu}" cy="{height_emu}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing>
</mc:Choice><mc:Fallback><w:pict><v:shape id="tb{i}" type="#_x0000_t202" style="width:425pt;height:118pt" fillcolor="#F2F2F2">
<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>'''
    el = parse_xml(xml)
    doc.element.body.append(el)
    return el


def header_footer(doc, header, footer):
    s = doc.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer


def base(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def fix_body_order(doc):
    """Keep sectPr last after raw appends."""
    body = doc.element.body
    sp = body.find(qn("w:sectPr"))
    if sp is not None:
        body.remove(sp)
        body.append(sp)
