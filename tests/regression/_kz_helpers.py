"""Shared helpers for the kz-* build scripts: python-docx plus raw OOXML for
tracked changes (w:ins / w:del), shading, merged cells, text boxes and fields."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor

_rev = [100]


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def para(d, text="", bold=False, italic=False, size=None, style=None, align=None, color=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
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


def runs(d, parts, style=None):
    """parts: list of (text, fmt) where fmt is a string of b/i flags."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill))
    tcPr.append(shd)


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def table(d, rows, widths=None, header_fill="D9D9D9", style="Table Grid", bold_header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            if i == 0 and bold_header:
                r.bold = True
                if header_fill:
                    shade(c, header_fill)
    return t


def merge_row(t, i, text, fill=None, bold=True):
    a = t.cell(i, 0)
    b = t.cell(i, len(t.columns) - 1)
    m = a.merge(b)
    for p in m.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    m.paragraphs[0].text = ""
    r = m.paragraphs[0].add_run(text)
    r.bold = bold
    if fill:
        shade(m, fill)
    return m


def _rid():
    _rev[0] += 1
    return str(_rev[0])


def _run_xml(text, tag="w:t"):
    return ('<w:r %s><%s xml:space="preserve">%s</%s></w:r>'
            % (nsdecls("w"), tag, text.replace("&", "&amp;").replace("<", "&lt;"), tag))


def ins_run(p, text, author="Reviewer", date="2008-10-14T10:00:00Z"):
    el = parse_xml('<w:ins %s w:id="%s" w:author="%s" w:date="%s">%s</w:ins>'
                   % (nsdecls("w"), _rid(), author, date, _run_xml(text)))
    p._p.append(el)


def del_run(p, text, author="Reviewer", date="2008-10-14T10:00:00Z"):
    el = parse_xml('<w:del %s w:id="%s" w:author="%s" w:date="%s">%s</w:del>'
                   % (nsdecls("w"), _rid(), author, date, _run_xml(text, "w:delText")))
    p._p.append(el)


def mark_para(p, kind, author, date):
    """Mark the paragraph mark itself inserted/deleted (whole-paragraph change)."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.append(rPr)
    rPr.append(parse_xml('<w:%s %s w:id="%s" w:author="%s" w:date="%s"/>'
                         % (kind, nsdecls("w"), _rid(), author, date)))


def deleted_para(d, text, author="Reviewer", date="2008-10-14T10:00:00Z", style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    del_run(p, text, author, date)
    mark_para(p, "del", author, date)
    return p


def inserted_para(d, text, author="Reviewer", date="2008-10-14T10:00:00Z", style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    ins_run(p, text, author, date)
    mark_para(p, "ins", author, date)
    return p


def text_box(d, lines, width_in=5.5, height_in=1.6, fill="FFF2CC"):
    """A floating-free inline text box (wps) with a VML fallback, in its own paragraph."""
    emu_w, emu_h = int(width_in * 914400), int(height_in * 914400)
    body = "".join(
        '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
        % ('<w:rPr><w:b/></w:rPr>' if i == 0 else "", l.replace("&", "&amp;")) for i, l in enumerate(lines))
    xml = f'''<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml">
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">
<wp:extent cx="{emu_w}" cy="{emu_h}"/><wp:docPr id="{_rid()}" name="Text Box {_rev[0]}"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu_w}" cy="{emu_h}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>
</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape type="#_x0000_t202" style="width:{width_in*72}pt;height:{height_in*72}pt" fillcolor="#{fill}">
<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def header_footer(d, header, footer, page_field=True):
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    fp = s.footer.paragraphs[0]
    fp.text = footer
    if page_field:
        fp.add_run("   Page ")
        fp._p.append(parse_xml('<w:fldSimple %s w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>' % nsdecls("w")))


def comment(d, paragraph, text, author="QA", initials="QA"):
    d.add_comment(paragraph.runs, text=text, author=author, initials=initials)
