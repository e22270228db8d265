"""Shared helpers for the kr-* build scripts (python-docx plus raw OOXML)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

DATE = "2009-01-14T10:00:00Z"
_rev = [100]


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def header_footer(d, head, foot):
    sec = d.sections[0]
    sec.header.paragraphs[0].text = head
    sec.footer.paragraphs[0].text = foot


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


def runin(d, lead, text):
    """Bold run-in lead followed by ordinary text in one paragraph."""
    p = d.add_paragraph()
    p.add_run(lead).bold = True
    p.add_run(" " + text)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(d, rows, header_fill="D9D9D9", bold_header=True, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(str(val))
            r.font.size = Pt(9)
            if i == 0 and bold_header:
                r.bold = True
                if header_fill:
                    shade(c, header_fill)
    return t


def merge_row(t, i, text=None, fill=None, bold=True):
    """Merge a whole row into one cell (horizontal merge)."""
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    if text is not None:
        for p in a.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        a.paragraphs[0].text = ""
        r = a.paragraphs[0].add_run(text)
        r.bold = bold
        r.font.size = Pt(9)
    if fill:
        shade(a, fill)
    return a


def _run_el(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _rev_el(kind, author):
    _rev[0] += 1
    e = OxmlElement(kind)
    e.set(qn("w:id"), str(_rev[0]))
    e.set(qn("w:author"), author)
    e.set(qn("w:date"), DATE)
    return e


def ins_run(p, text, author):
    e = _rev_el("w:ins", author)
    e.append(_run_el(text))
    p._p.append(e)


def del_run(p, text, author):
    e = _rev_el("w:del", author)
    e.append(_run_el(text, deleted=True))
    p._p.append(e)


def deleted_paragraph(d, text, author):
    """A whole paragraph deleted as a tracked change (text and paragraph mark)."""
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    rPr.append(_rev_el("w:del", author))
    pPr.append(rPr)
    del_run(p, text, author)
    return p


def inserted_paragraph(d, text, author):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    rPr.append(_rev_el("w:ins", author))
    pPr.append(rPr)
    ins_run(p, text, author)
    return p


def comment(d, run, text, author, initials):
    d.add_comment(run, text=text, author=author, initials=initials)


def text_box(d, lines, fill="FFF2CC"):
    """A floating-free inline text box (wps:wsp inside an inline drawing, VML fallback omitted)."""
    p = d.add_paragraph()
    body = "".join(
        '<w:p><w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
        % ("<w:b/>" if i == 0 else "", l.replace("&", "&amp;").replace("<", "&lt;"))
        for i, l in enumerate(lines))
    h = 360000 * (len(lines) + 2)
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="5600000" cy="%d"/><wp:docPr id="%d" name="Text Box %d"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5600000" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="%s"/></a:solidFill>'
        '<a:ln><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
    ) % (h, _rev[0], _rev[0], h, fill, body)
    from docx.oxml import parse_xml
    _rev[0] += 1
    p._p.append(parse_xml(xml))
    return p


def footnote(d, p, text):
    """Add a real footnote (creates the footnotes part if needed) referenced at the end of paragraph p."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from lxml import etree
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    dp = d.part
    fp = None
    for rel in dp.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            fp = rel.target_part
    if fp is None:
        xml = ('<w:footnotes xmlns:w="%s"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>') % W
        fp = Part(PackURI("/word/footnotes.xml"),
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                  xml.encode(), dp.package)
        dp.relate_to(fp, RT.FOOTNOTES)
        d._kr_fn = []
    d._kr_fn = getattr(d, "_kr_fn", [])
    fid = len(d._kr_fn) + 1
    d._kr_fn.append(text)
    root = etree.fromstring(fp.blob)
    fn = etree.SubElement(root, "{%s}footnote" % W)
    fn.set("{%s}id" % W, str(fid))
    fpp = etree.SubElement(fn, "{%s}p" % W)
    r = etree.SubElement(fpp, "{%s}r" % W)
    rpr = etree.SubElement(r, "{%s}rPr" % W)
    va = etree.SubElement(rpr, "{%s}vertAlign" % W)
    va.set("{%s}val" % W, "superscript")
    etree.SubElement(r, "{%s}footnoteRef" % W)
    r2 = etree.SubElement(fpp, "{%s}r" % W)
    t = etree.SubElement(r2, "{%s}t" % W)
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = " " + text
    fp._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    ref = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    ref.append(rpr)
    fr = OxmlElement("w:footnoteReference")
    fr.set(qn("w:id"), str(fid))
    ref.append(fr)
    p._p.append(ref)
