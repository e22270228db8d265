"""Shared raw-OOXML helpers for the mj-* build scripts (python-docx 1.2).

Tracked changes (w:ins / w:del, paragraph and table-row level), footnotes (a
footnotes part added by hand), text boxes (wps with no fallback needed by Word
2010+, plus a VML fallback), shading, merged cells, PAGE fields and comments
(python-docx's own add_comment)."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev = [100]


def _rid():
    _rev[0] += 1
    return str(_rev[0])


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run_xml(text, bold=False, italic=False, size=None, color=None, deleted=False, caps=False):
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if caps:
        rpr += "<w:smallCaps/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{int(size*2)}"/>'
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r><w:rPr>{rpr}</w:rPr><{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'


def new_doc(font="Garamond", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    rf.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def para(d, text="", bold=False, italic=False, size=None, align=None, style=None, color=None, caps=False,
         space_after=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if caps:
            r.font.small_caps = True
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(d, parts, style=None):
    """parts: list of (text, dict) or str."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for x in parts:
        if isinstance(x, str):
            p.add_run(x)
        else:
            t, kw = x
            r = p.add_run(t)
            r.bold = kw.get("b")
            r.italic = kw.get("i")
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def para_shade(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)


def table(d, rows, widths=None, header=True, style="Table Grid", size=9.5, head_fill="D9D9D9"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0 and head_fill:
                shade(t.cell(i, j), head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def ins_para(d, text, author, date, bold=False):
    """A whole paragraph inserted as a tracked change."""
    rid = _rid()
    xml = (f'<w:p {nsdecls("w")}><w:pPr><w:rPr><w:ins w:id="{_rid()}" w:author="{author}" w:date="{date}"/></w:rPr></w:pPr>'
           f'<w:ins w:id="{rid}" w:author="{author}" w:date="{date}">{run_xml(text, bold=bold)}</w:ins></w:p>')
    el = parse_xml(xml)
    d.element.body.insert(len(d.element.body) - 1, el)
    return el


def del_para(d, text, author, date, bold=False):
    """A whole paragraph deleted as a tracked change."""
    rid = _rid()
    xml = (f'<w:p {nsdecls("w")}><w:pPr><w:rPr><w:del w:id="{_rid()}" w:author="{author}" w:date="{date}"/></w:rPr></w:pPr>'
           f'<w:del w:id="{rid}" w:author="{author}" w:date="{date}">{run_xml(text, bold=bold, deleted=True)}</w:del></w:p>')
    el = parse_xml(xml)
    d.element.body.insert(len(d.element.body) - 1, el)
    return el


def mixed_para(d, pieces, style=None):
    """pieces: list of ('t', text) | ('ins', text, author, date) | ('del', text, author, date) | ('b', text)."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    fill_mixed(p._p, pieces)
    return p


def fill_mixed(p_el, pieces):
    for pc in pieces:
        kind = pc[0]
        if kind == "t":
            p_el.append(parse_xml(run_xml(pc[1]).replace("<w:r>", f'<w:r {nsdecls("w")}>', 1)))
        elif kind == "b":
            p_el.append(parse_xml(run_xml(pc[1], bold=True).replace("<w:r>", f'<w:r {nsdecls("w")}>', 1)))
        elif kind == "ins":
            p_el.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{_rid()}" w:author="{pc[2]}" w:date="{pc[3]}">'
                                  f'{run_xml(pc[1])}</w:ins>'))
        elif kind == "del":
            p_el.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_rid()}" w:author="{pc[2]}" w:date="{pc[3]}">'
                                  f'{run_xml(pc[1], deleted=True)}</w:del>'))


def cell_change(cell, pieces, size=9.5):
    """Replace a cell's content with a paragraph holding tracked changes."""
    cell.text = ""
    p = cell.paragraphs[0]
    fill_mixed(p._p, pieces)
    for r in p._p.iter(qn("w:r")):
        rpr = r.find(qn("w:rPr"))
        if rpr is None:
            rpr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
            r.insert(0, rpr)
        rpr.append(parse_xml(f'<w:sz {nsdecls("w")} w:val="{int(size*2)}"/>'))


def mark_row(row, kind, author, date):
    """Mark a whole table row as inserted or deleted (w:trPr/w:ins|w:del), and its runs likewise."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{_rid()}" w:author="{author}" w:date="{date}"/>'))
    for r in list(tr.iter(qn("w:r"))):
        parent = r.getparent()
        wrap = parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{_rid()}" w:author="{author}" w:date="{date}"/>')
        parent.replace(r, wrap)
        wrap.append(r)
        if kind == "del":
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")


def text_box(d, lines, width_cm=15, height_cm=5, fill="F2F2F2"):
    """An anchored wps text box (with VML fallback) in its own paragraph. lines: list of (text, bold)."""
    inner = "".join(
        f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{run_xml(t, bold=b, size=9.5)}</w:p>' for t, b in lines)
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    rid = _rid()
    xml = f'''<w:p {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{rid}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="{rid}" name="Text Box {rid}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>
</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>
<v:shape id="tb{rid}" type="#_x0000_t202" style="width:{width_cm}cm;height:{height_cm}cm" fillcolor="#{fill}">
<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>'''
    el = parse_xml(xml)
    d.element.body.insert(len(d.element.body) - 1, el)
    return el


def add_page_field(paragraph, prefix="Page "):
    if prefix:
        paragraph.add_run(prefix)
    r = paragraph.add_run()
    r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r2 = paragraph.add_run()
    r2._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>'))
    r3 = paragraph.add_run()
    r3._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    paragraph.add_run("1")
    r4 = paragraph.add_run()
    r4._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


class Footnotes:
    """Adds a footnotes part by hand; call note(paragraph, text) then finish()."""

    def __init__(self, d):
        self.d = d
        self.notes = []

    def note(self, p, text):
        n = len(self.notes) + 1
        self.notes.append(text)
        r = p.add_run()
        r._r.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:vertAlign w:val="superscript"/></w:rPr>'))
        r._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{n}"/>'))

    def finish(self):
        body = (f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for i, t in enumerate(self.notes, 1):
            body += (f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteRef/></w:r>{run_xml(" " + t, size=9)}</w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               f'<w:footnotes xmlns:w="{W}">{body}</w:footnotes>').encode("utf-8")
        dp = self.d.part
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", xml, dp.package)
        dp.relate_to(part, RT.FOOTNOTES)


def header_footer(d, head, foot, page=True):
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    hp.text = head
    hp.runs[0].font.size = Pt(8.5)
    fp = s.footer.paragraphs[0]
    fp.text = foot
    fp.runs[0].font.size = Pt(8)
    if page:
        p2 = s.footer.add_paragraph()
        p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        add_page_field(p2)
