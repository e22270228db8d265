"""Shared helpers for the lr-* build scripts: raw OOXML for what python-docx cannot do
(tracked changes, footnotes, text boxes, merged and shaded cells, header/footer)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2008-11-{:02d}T10:00:00Z"
_rev = [100]


def _id():
    _rev[0] += 1
    return _rev[0]


def new_doc(font="Times New Roman", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def para(d, text="", bold=False, italic=False, size=None, align=None, style=None, grey=False, caps=False):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text.upper() if caps else text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if grey:
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runs(d, parts):
    """parts: list of (text, bold) tuples in one paragraph."""
    p = d.add_paragraph()
    for t, b in parts:
        r = p.add_run(t)
        r.bold = b
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, widths=None, header_fill="D9D9D9", style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
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


def group_row(t, i, text, fill="EDEDED"):
    """Merge row i across all columns and shade it (a group row)."""
    row = t.rows[i]
    a = row.cells[0]
    b = row.cells[len(row.cells) - 1]
    m = a.merge(b)
    m.text = text
    for r in m.paragraphs[0].runs:
        r.bold = True
    shade(m, fill)
    return m


def ins_para(d, text, author="J. Pennock", day=20):
    """A whole paragraph inserted as a tracked change."""
    p = d.add_paragraph()
    rid = _id()
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{rid}" w:author="{escape(author)}" w:date="{DATE.format(day)}">'
        f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:ins w:id="{_id()}" w:author="{escape(author)}" '
                         f'w:date="{DATE.format(day)}"/></w:rPr>'))
    return p


def del_para(d, text, author="J. Pennock", day=20):
    """A whole paragraph deleted as a tracked change."""
    p = d.add_paragraph()
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{_id()}" w:author="{escape(author)}" w:date="{DATE.format(day)}">'
        f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:del w:id="{_id()}" w:author="{escape(author)}" '
                         f'w:date="{DATE.format(day)}"/></w:rPr>'))
    return p


def ins_run(p, text, author="J. Pennock", day=20):
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{_id()}" w:author="{escape(author)}" w:date="{DATE.format(day)}">'
        f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))


def del_run(p, text, author="J. Pennock", day=20):
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{_id()}" w:author="{escape(author)}" w:date="{DATE.format(day)}">'
        f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))


def cell_change(cell, old, new, author="J. Pennock", day=20):
    """Replace a cell's text by a tracked deletion of old and insertion of new."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    del_run(p, old, author, day)
    ins_run(p, new, author, day)


def text_box(d, lines, width_in=5.5, height_in=1.6):
    """A floating text box (wps with VML fallback) anchored in its own paragraph."""
    cx, cy = int(width_in * 914400), int(height_in * 914400)
    body = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if i == 0 else ""}<w:t xml:space="preserve">{escape(l)}</w:t></w:r></w:p>'
        for i, l in enumerate(lines))
    n = _id()
    xml = f'''<w:p {nsdecls("w", "wp", "a", "pic")}
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"><w:r>
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="tb{n}" type="#_x0000_t202" style="width:{width_in*72:.0f}pt;height:{height_in*72:.0f}pt"><v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r></w:p>'''
    el = parse_xml(xml)
    d.element.body.append(el)
    # keep sectPr last
    sect = d.element.body.find(qn("w:sectPr"))
    if sect is not None:
        d.element.body.remove(sect)
        d.element.body.append(sect)
    return el


class Footnotes:
    def __init__(self, d):
        self.d = d
        self.notes = []

    def add(self, p, text):
        n = len(self.notes) + 1
        self.notes.append((n, text))
        p._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))

    def finish(self):
        if not self.notes:
            return
        items = "".join(
            f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>' for n, t in self.notes)
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               f'{items}</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES)


def header_footer(d, header, footer):
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer


def comment(d, paragraph, text, author="R. Quayle"):
    rs = paragraph.runs
    d.add_comment(rs if rs else paragraph.add_run(""), text=text, author=author, initials="".join(x[0] for x in author.split()))


def words(d):
    import re
    return len(re.findall(r"\S+", "\n".join(p.text for p in d.paragraphs) + " ".join(
        c.text for t in d.tables for row in t.rows for c in row.cells)))
