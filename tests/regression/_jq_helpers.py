"""Shared helpers for the jq-* build scripts (python-docx plus raw OOXML)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

_rev = [100]


def new_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def header_footer(doc, header, footer):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = footer
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(doc, text="", bold=False, italic=False, size=None, align=None, style=None, color=None):
    """Add a paragraph. Text may contain **bold** segments."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    add_runs(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def add_runs(p, text, bold=False, italic=False, size=None, color=None):
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


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(doc, rows, widths=None, header_fill="D9E2C4", style="Table Grid", bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            add_runs(c.paragraphs[0], val, bold=(bold_header and i == 0))
            if i == 0 and header_fill:
                shade(c, header_fill)
    return t


def merge_row(t, r, c0, c1, text=None, fill=None, bold=True):
    a = t.cell(r, c0).merge(t.cell(r, c1))
    if text is not None:
        for p in a.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        a.paragraphs[0].text = ""
        add_runs(a.paragraphs[0], text, bold=bold)
    if fill:
        shade(a, fill)
    return a


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


def _change(kind, author, date):
    el = OxmlElement(kind)
    _rev[0] += 1
    el.set(qn("w:id"), str(_rev[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    return el


def tracked(p, pieces, author="Author", date="2009-01-20T10:00:00Z"):
    """Append pieces to paragraph p: list of (kind, text) with kind in 'n' (normal), 'i' (insert), 'd' (delete)."""
    for kind, text in pieces:
        if kind == "n":
            add_runs(p, text)
        elif kind == "i":
            ins = _change("w:ins", author, date)
            ins.append(_run_el(text))
            p._p.append(ins)
        elif kind == "d":
            de = _change("w:del", author, date)
            de.append(_run_el(text, deleted=True))
            p._p.append(de)
    return p


def deleted_paragraph(doc, text, author="Author", date="2009-01-20T10:00:00Z"):
    """A whole paragraph deleted as a tracked change (its mark too)."""
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    rPr.append(_change("w:del", author, date))
    pPr.append(rPr)
    de = _change("w:del", author, date)
    de.append(_run_el(text, deleted=True))
    p._p.append(de)
    return p


def inserted_paragraph(doc, text, author="Author", date="2009-01-20T10:00:00Z"):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    rPr.append(_change("w:ins", author, date))
    pPr.append(rPr)
    ins = _change("w:ins", author, date)
    ins.append(_run_el(text))
    p._p.append(ins)
    return p


def comment(doc, paragraph, text, author="Reviewer", initials="R"):
    runs = paragraph.runs
    if not runs:
        runs = [paragraph.add_run(" ")]
    doc.add_comment(runs, text=text, author=author, initials=initials)


_tb = [500]


def text_box(doc, lines, width_in=5.8, height_in=1.6, fill="FFF2CC"):
    """Anchor a wps text box (with a VML fallback) in a new paragraph. lines: list of strings (**bold** allowed)."""
    from lxml import etree
    _tb[0] += 1
    n = _tb[0]
    W = int(width_in * 914400)
    H = int(height_in * 914400)

    def ps(ns_w):
        out = []
        for line in lines:
            segs = line.split("**")
            runs = ""
            for i, s in enumerate(segs):
                if not s:
                    continue
                b = "<w:rPr><w:b/></w:rPr>" if i % 2 else ""
                s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                runs += f'<w:r>{b}<w:t xml:space="preserve">{s}</w:t></w:r>'
            out.append(f"<w:p>{runs}</w:p>")
        return "".join(out)

    body = ps(None)
    xml = f'''<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"
 xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing">
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{W}" cy="{H}"/><wp:docPr id="{n}" name="Text Box {n}"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{W}" cy="{H}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="7F6000"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>
</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="tb{n}" type="#_x0000_t202" style="width:{width_in}in;height:{height_in}in" fillcolor="#{fill}"><v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''
    p = doc.add_paragraph()
    p._p.append(etree.fromstring(xml))
    return p


def bullet(doc, text, char="\u2022"):
    return para(doc, f"{char}\t{text}")


def word_count(path):
    import re, zipfile
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    return len(text.split())
