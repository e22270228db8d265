"""Shared helpers for the jw-* build scripts (python-docx plus raw OOXML)."""
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2009-01-12T10:00:00Z"
_rid = [100]


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def para(d, text="", bold=False, italic=False, size=None, colour=None, style=None, align=None, caps=False):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if caps:
            r.font.all_caps = True
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runs(d, parts):
    """parts: list of (text, dict) where dict may hold bold/italic."""
    p = d.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = f.get("b", False)
        r.italic = f.get("i", False)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, widths=None, header_fill="1F4E79", header_font="FFFFFF", style="Table Grid", bold_first_col=False):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(9)
            if i == 0 and header_fill:
                r.bold = True
                r.font.color.rgb = RGBColor.from_string(header_font)
                shade(c, header_fill)
            elif j == 0 and bold_first_col:
                r.bold = True
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_h(t, r, c1, c2, text=None, fill=None, bold=True):
    a = t.cell(r, c1).merge(t.cell(r, c2))
    if text is not None:
        a.text = ""
        run = a.paragraphs[0].add_run(text)
        run.bold = bold
        run.font.size = Pt(9)
    if fill:
        shade(a, fill)
    return a


def merge_v(t, c, r1, r2, text=None):
    a = t.cell(r1, c).merge(t.cell(r2, c))
    if text is not None:
        a.text = ""
        run = a.paragraphs[0].add_run(text)
        run.font.size = Pt(9)
    return a


def _rpr(bold=False, italic=False):
    s = ""
    if bold:
        s += "<w:b/>"
    if italic:
        s += "<w:i/>"
    return f"<w:rPr>{s}</w:rPr>" if s else ""


def tracked(d, segments, author="K. Penhaligon"):
    """A paragraph mixing plain, inserted and deleted runs.
    segments: list of (kind, text) with kind in 'n', 'ins', 'del'."""
    p = d.add_paragraph()
    for kind, text in segments:
        t = escape(text)
        _rid[0] += 1
        if kind == "n":
            p._p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve">{t}</w:t></w:r>'))
        elif kind == "ins":
            p._p.append(parse_xml(
                f'<w:ins {W} w:id="{_rid[0]}" w:author="{author}" w:date="{DATE}"><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:ins>'))
        else:
            p._p.append(parse_xml(
                f'<w:del {W} w:id="{_rid[0]}" w:author="{author}" w:date="{DATE}"><w:r><w:delText xml:space="preserve">{t}</w:delText></w:r></w:del>'))
    return p


def deleted_paragraph(d, text, author="K. Penhaligon"):
    """A whole paragraph deleted as a tracked change (mark and content)."""
    p = d.add_paragraph()
    _rid[0] += 1
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:del w:id="{_rid[0]}" w:author="{author}" w:date="{DATE}"/></w:rPr>'))
    _rid[0] += 1
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{_rid[0]}" w:author="{author}" w:date="{DATE}"><w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))
    return p


def text_box(d, title, lines, fill="DEEBF7", width_cm=15, height_cm=5):
    """A floating-free inline text box (wps with VML fallback) holding title + lines."""
    _rid[0] += 1
    emu_w, emu_h = int(width_cm * 360000), int(height_cm * 360000)
    inner = f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(title)}</w:t></w:r></w:p>'
    for ln in lines:
        inner += f'<w:p><w:r><w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>'
    xml = f'''<w:r {W} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{emu_w}" cy="{emu_h}"/><wp:docPr id="{_rid[0]}" name="Text Box {_rid[0]}"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu_w}" cy="{emu_h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape type="#_x0000_t202" style="width:{width_cm}cm;height:{height_cm}cm" fillcolor="#{fill}"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def comment(d, paragraph, text, author="Reviewer", initials="RV"):
    d.add_comment(paragraph.runs, text=text, author=author, initials=initials)


def header_footer(d, header_text, footer_text):
    s = d.sections[0]
    s.header.paragraphs[0].text = header_text
    s.footer.paragraphs[0].text = footer_text
    for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)
            r.font.color.rgb = RGBColor.from_string("595959")


def bullets(d, items, mark="•"):
    for it in items:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6)
        p.add_run(f"{mark}\t{it}")
