"""Shared helpers for the jo-* build scripts: python-docx plus raw OOXML for
tracked changes (w:ins / w:del), footnotes, text boxes, shading, merged cells,
grey form prompts, typed tick boxes and headers / footers."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def header_footer(d, header_text, footer_text):
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in hp.runs:
        r.bold = True
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = footer_text
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs:
        r.font.size = Pt(7.5)


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


def runin(d, label, text, style=None):
    """Bold run-in label followed by plain text, in one paragraph."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(text)
    return p


def prompt(d, text):
    """A grey italic form prompt left in the document (never an answer)."""
    p = d.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, size=None, italic=False, grey=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if grey:
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return cell


def table(d, rows, header=True, widths=None, size=8.5, head_fill="D9D9D9", style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = d.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(t.cell(i, j), head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    d.add_paragraph()
    return t


def merge_row(t, i, text, fill="EDEDED", bold=True, size=8.5):
    """Merge a whole row into one shaded cell holding text."""
    row = t.rows[i]
    c = row.cells[0].merge(row.cells[-1])
    set_cell(c, text, bold=bold, size=size)
    shade(c, fill)
    return c


def ins_run(p, text, author, date, bold=False):
    rid = _next_id()
    b = "<w:b/>" if bold else ""
    p._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{rid}" w:author="{esc(author)}" w:date="{date}">'
        f'<w:r><w:rPr>{b}</w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>'))


def del_run(p, text, author, date):
    rid = _next_id()
    p._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="{rid}" w:author="{esc(author)}" w:date="{date}">'
        f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>'))


def deleted_paragraph(d, text, author, date):
    """A whole paragraph removed as a tracked change (its mark deleted too)."""
    p = d.add_paragraph()
    rid = _next_id()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:rPr {nsdecls("w")}><w:del w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/></w:rPr>'))
    del_run(p, text, author, date)
    return p


def inserted_paragraph(d, text, author, date):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:rPr {nsdecls("w")}><w:ins w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/></w:rPr>'))
    ins_run(p, text, author, date)
    return p


def text_box(d, lines, width_cm=15.5, height_cm=4.0, fill="F2F2F2", title=None):
    """An inline DrawingML text box (wps) holding the given lines."""
    body = ""
    if title:
        body += (f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{esc(title)}</w:t></w:r></w:p>')
    for ln in lines:
        body += f'<w:p><w:r><w:t xml:space="preserve">{esc(ln)}</w:t></w:r></w:p>'
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    did = _next_id()
    xml = f'''<w:r {nsdecls("w")} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">
<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{did}" name="Text Box {did}"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>
</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'''
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


class Footnotes:
    """Minimal footnotes part: call add(paragraph, text) to append a reference."""

    def __init__(self, d):
        self.d = d
        self.n = 0
        self.xml = parse_xml(
            f'<w:footnotes {nsdecls("w")}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            '</w:footnotes>')

    def add(self, p, text):
        self.n += 1
        i = self.n
        self.xml.append(parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>'))
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{i}"/></w:r>'))

    def finish(self):
        from lxml import etree
        blob = etree.tostring(self.xml, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES)


def comment(d, p, text, author, initials):
    runs = p.runs
    if runs:
        d.add_comment(runs, text=text, author=author, initials=initials)


def words(d):
    n = 0
    for p in d.paragraphs:
        n += len(p.text.split())
    for t in d.tables:
        seen = set()
        for row in t.rows:
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                n += len(c.text.split())
    return n
