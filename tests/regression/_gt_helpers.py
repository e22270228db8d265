"""Small OOXML helpers shared by gt-01 and gt-02 build scripts (tracked changes,
text boxes, page fields, shading, merged cells). Not an application."""
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

_rev = [100]
DATE = "2009-01-09T10:00:00Z"


def _rid():
    _rev[0] += 1
    return str(_rev[0])


def shade(cell_or_par, fill="D9D9D9"):
    """Shade a table cell or a paragraph."""
    el = cell_or_par._tc if hasattr(cell_or_par, "_tc") else cell_or_par._p
    pr = el.get_or_add_tcPr() if hasattr(cell_or_par, "_tc") else el.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pr.append(shd)


def border_par(par):
    pPr = par._p.get_or_add_pPr()
    xml = ('<w:pBdr %s>' % nsdecls("w") + "".join(
        '<w:%s w:val="single" w:sz="6" w:space="4" w:color="808080"/>' % s
        for s in ("top", "left", "bottom", "right")) + "</w:pBdr>")
    pPr.append(parse_xml(xml))


def ins_run(par, text, author="Registry (Wexcombe)", bold=False):
    """Append a tracked insertion to a paragraph."""
    r = '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (
        "<w:rPr><w:b/></w:rPr>" if bold else "", escape(text))
    el = parse_xml('<w:ins %s w:id="%s" w:author="%s" w:date="%s">%s</w:ins>'
                   % (nsdecls("w"), _rid(), escape(author), DATE, r))
    par._p.append(el)


def del_run(par, text, author="Registry (Wexcombe)"):
    """Append a tracked deletion to a paragraph."""
    el = parse_xml('<w:del %s w:id="%s" w:author="%s" w:date="%s"><w:r>'
                   '<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                   % (nsdecls("w"), _rid(), escape(author), DATE, escape(text)))
    par._p.append(el)


def mark_par_deleted(par, author="Registry (Wexcombe)"):
    """Mark the paragraph mark itself as deleted (whole paragraph removed)."""
    pPr = par._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    d = parse_xml('<w:del %s w:id="%s" w:author="%s" w:date="%s"/>'
                  % (nsdecls("w"), _rid(), escape(author), DATE))
    rPr.append(d)
    pPr.append(rPr)


def deleted_paragraph(doc, text, author="Registry (Wexcombe)", style=None):
    p = doc.add_paragraph(style=style)
    del_run(p, text, author)
    mark_par_deleted(p, author)
    return p


def page_field(par, prefix="Page "):
    par.add_run(prefix)
    r = par.add_run()
    for t, v in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        if t == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = v
            r._r.append(it)
        elif t == "text":
            r2 = par.add_run("1")
            r = par.add_run()
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), t)
            r._r.append(fc)


_tb = [500]


def text_box(par, lines, width_cm=15.5, height_cm=5.0, fill="F2F2F2"):
    """Anchor a floating text box (wps with VML fallback) in a paragraph.
    lines: list of (text, bold)."""
    _tb[0] += 1
    emu_w, emu_h = int(width_cm * 360000), int(height_cm * 360000)
    paras = "".join(
        '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
        % ("<w:rPr><w:b/></w:rPr>" if b else "", escape(t)) for t, b in lines)
    xml = f'''<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{_tb[0]}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{emu_w}" cy="{emu_h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="{_tb[0]}" name="Text Box {_tb[0]}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu_w}" cy="{emu_h}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln w="9525"><a:solidFill><a:srgbClr val="404040"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>
</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="tb{_tb[0]}" type="#_x0000_t202" style="width:{width_cm}cm;height:{height_cm}cm" fillcolor="#{fill}"><v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>'''
    par._p.append(parse_xml(xml))


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p
