"""Shared python-docx helpers for the og-* build scripts (Word structures python-docx lacks:
tracked insertions and deletions, footnotes, text boxes, merged and shaded cells, PAGE fields)."""
import copy
import itertools
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ids = itertools.count(100)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_document(font="Calibri", size=11, a4=True):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    if a4:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.3)
        sec.top_margin = sec.bottom_margin = Cm(2.2)
    return doc


def run(p, text, b=False, i=False, size=None, color=None, caps=False, font=None, rtl=False):
    r = p.add_run(text)
    r.bold = b or None
    r.italic = i or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if font:
        r.font.name = font
        rpr = r._r.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        rf.set(qn("w:cs"), font)
    if rtl:
        rpr = r._r.get_or_add_rPr()
        rpr.append(parse_xml(f'<w:rtl {nsdecls("w")}/>'))
    return r


def para(doc_or_cell, text="", style=None, b=False, i=False, size=None, align=None, color=None,
         space_after=None, space_before=None, keep=False, indent=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        run(p, text, b=b, i=i, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    if keep:
        p.paragraph_format.keep_with_next = True
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def rich(doc_or_cell, parts, style=None, align=None, indent=None, space_after=None):
    """parts: list of str or (str, dict(b=, i=, ...))."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            run(p, part)
        else:
            run(p, part[0], **part[1])
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def first_cell_para(cell):
    """Return the empty first paragraph of a new cell (to write into instead of adding one)."""
    return cell.paragraphs[0]


def cell_text(cell, text, b=False, i=False, size=None, align=None, shade=None, color=None):
    p = cell.paragraphs[0]
    if p.text:
        p = cell.add_paragraph()
    for k, line in enumerate(text.split("\n")):
        if k:
            p = cell.add_paragraph()
        run(p, line, b=b, i=i, size=size, color=color)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(2)
    if shade:
        shade_cell(cell, shade)
    return p


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def border_para(p):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}>'
        '<w:top w:val="single" w:sz="6" w:space="4" w:color="auto"/>'
        '<w:left w:val="single" w:sz="6" w:space="4" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="6" w:space="4" w:color="auto"/>'
        '<w:right w:val="single" w:sz="6" w:space="4" w:color="auto"/></w:pBdr>'))


def table(doc, rows, cols, widths=None, style="Table Grid", size=None):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = doc.styles[style]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths:
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Cm(w)
    return t


def fill_table(t, data, header_shade=None, size=None, bold_header=True):
    for r, row in enumerate(data):
        for c, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(r, c), val, b=(bold_header and r == 0), size=size,
                      shade=(header_shade if r == 0 else None))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


# ---------- tracked changes ----------

def _stamp(author, date):
    return f'w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}"'


def ins_run(p, text, author, date="2008-10-14T10:12:00Z", b=False, i=False):
    rpr = "<w:rPr>" + ("<w:b/>" if b else "") + ("<w:i/>" if i else "") + "</w:rPr>"
    el = parse_xml(f'<w:ins {nsdecls("w")} {_stamp(author, date)}><w:r>{rpr}'
                   f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    p._p.append(el)
    return el


def del_run(p, text, author, date="2008-10-14T10:12:00Z", b=False, i=False):
    rpr = "<w:rPr>" + ("<w:b/>" if b else "") + ("<w:i/>" if i else "") + "</w:rPr>"
    el = parse_xml(f'<w:del {nsdecls("w")} {_stamp(author, date)}><w:r>{rpr}'
                   f'<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(el)
    return el


def mark_para_inserted(p, author, date="2008-10-14T10:12:00Z"):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:ins {nsdecls("w")} {_stamp(author, date)}/>'))


def mark_para_deleted(p, author, date="2008-10-14T10:12:00Z"):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:del {nsdecls("w")} {_stamp(author, date)}/>'))


def inserted_para(doc_or_cell, text, author, date="2008-10-14T10:12:00Z", style=None, lead=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if lead:
        ins_run(p, lead, author, date, b=True)
    ins_run(p, text, author, date)
    mark_para_inserted(p, author, date)
    return p


def deleted_para(doc_or_cell, text, author, date="2008-10-14T10:12:00Z", style=None, lead=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if lead:
        del_run(p, lead, author, date, b=True)
    del_run(p, text, author, date)
    mark_para_deleted(p, author, date)
    return p


def deleted_row(table_, author, date="2008-10-14T10:12:00Z"):
    """Mark the last row of table_ as a deleted row, converting its text to delText."""
    tr = table_.rows[-1]._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} {_stamp(author, date)}/>'))
    for r in tr.iter(qn("w:r")):
        parent = r.getparent()
        d = parse_xml(f'<w:del {nsdecls("w")} {_stamp(author, date)}/>')
        parent.replace(r, d)
        d.append(r)
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")


# ---------- comments ----------

def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)


# ---------- footnotes ----------

_FOOT_HDR = (
    f'<w:footnotes {nsdecls("w", "r")}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '</w:footnotes>')


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.n = 0
        self.el = parse_xml(_FOOT_HDR)
        self.part = Part(PackURI("/word/footnotes.xml"),
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                         b"", doc.part.package)
        doc.part.relate_to(self.part, RT.FOOTNOTES)

    def add(self, p, text):
        self.n += 1
        fid = self.n
        self.el.append(parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>'))
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))

    def finish(self):
        from lxml import etree
        self.part._blob = etree.tostring(self.el, xml_declaration=True, encoding="UTF-8", standalone=True)


# ---------- text box ----------

def text_box(doc, paragraphs, width_cm=14.5, height_cm=4.0, fill="FFF8E7", anchor_para=None):
    """paragraphs: list of (text, bold) tuples. Adds an anchored text box (DrawingML with VML fallback)
    in its own paragraph (or in anchor_para)."""
    p = anchor_para if anchor_para is not None else doc.add_paragraph()
    inner = "".join(
        f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}'
        f'<w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>' for t, bold in paragraphs)
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    sid = next(_ids)
    xml = (
        f'<w:r {nsdecls("w", "wp", "a", "pic", "r")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{sid}" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{sid}" name="Text Box {sid}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>'
        '</wps:spPr><wps:txbx><w:txbxContent>' + inner + '</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict>'
        f'<v:shape id="tb{sid}" type="#_x0000_t202" style="width:{width_cm}cm;height:{height_cm}cm;mso-position-horizontal-relative:column" '
        f'fillcolor="#{fill}"><v:textbox><w:txbxContent>' + inner + '</w:txbxContent></v:textbox></v:shape>'
        '</w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    p._p.append(parse_xml(xml))
    return p


# ---------- header / footer ----------

def header_footer(doc, header_text, footer_text, page_field=True, size=8):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    run(hp, header_text, size=size, i=True)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    run(fp, footer_text, size=size)
    if page_field:
        run(fp, "   Page ", size=size)
        fp._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="{size*2}"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'))
        fp._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="{size*2}"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'))
        fp._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="{size*2}"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'))
        fp._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="{size*2}"/></w:rPr><w:t>1</w:t></w:r>'))
        fp._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="{size*2}"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'))
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def landscape_section(doc):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    return sec


def portrait_section(doc):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    return sec


def merge_row(t, r, text, shade=None, b=True, size=None, i=False):
    row = t.rows[r]
    m = row.cells[0].merge(row.cells[-1])
    for p in m.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    m.paragraphs[0].text = ""
    cell_text(m, text, b=b, size=size, shade=shade, i=i)
    return m
