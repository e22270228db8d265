"""Shared python-docx / raw OOXML helpers for the po-* build scripts.

Nothing here writes content of its own: the scripts call these to get
shading, merged cells, tracked changes (w:ins / w:del), footnotes, VML text
boxes, page fields, landscape sections and grey form prompts.
"""
import copy
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev_id = [900]


def _next_id():
    _rev_id[0] += 1
    return str(_rev_id[0])


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- basics
def new_document(font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    pf = st.paragraph_format
    pf.space_after = Pt(4)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return doc


def para(container, text="", bold=False, italic=False, size=None, color=None, align=None,
         style=None, space_after=None, font=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(p, parts):
    """parts: list of (text, dict(bold=, italic=, color=, size=, font=))"""
    out = []
    for item in parts:
        if isinstance(item, str):
            text, fmt = item, {}
        else:
            text, fmt = item
        r = p.add_run(text)
        r.bold = fmt.get("bold")
        r.italic = fmt.get("italic")
        if fmt.get("size"):
            r.font.size = Pt(fmt["size"])
        if fmt.get("color"):
            r.font.color.rgb = RGBColor.from_string(fmt["color"])
        if fmt.get("font"):
            r.font.name = fmt["font"]
        out.append(r)
    return out


def prompt(container, text, size=8):
    """A form's own guidance note: grey italic. Never an answer."""
    return para(container, text, italic=True, size=size, color="808080", space_after=2)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, fill=None, font=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if line:
            r = p.add_run(line)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
            if font:
                r.font.name = font
        p.paragraph_format.space_after = Pt(1)
    if fill:
        shade(cell, fill)
    return cell


def table(container, rows, cols, style="Table Grid", widths=None):
    t = container.add_table(rows=rows, cols=cols)
    t.style = style
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def fill_table(t, data, header_fill=None, size=9, font=None, bold_first_col=False):
    for i, row in enumerate(data):
        for j, val in enumerate(row):
            if val is None:
                continue
            c = t.cell(i, j)
            cell_text(c, val, bold=(i == 0 and header_fill is not None) or (bold_first_col and j == 0),
                      size=size, fill=header_fill if i == 0 else None, font=font)


# ---------------------------------------------------------------- tracked changes
def ins_run(p, text, author, date, bold=False, italic=False):
    x = (f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
         f'<w:r><w:rPr>{"<w:b/>" if bold else ""}{"<w:i/>" if italic else ""}</w:rPr>'
         f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(x))


def del_run(p, text, author, date, bold=False, italic=False):
    x = (f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
         f'<w:r><w:rPr>{"<w:b/>" if bold else ""}{"<w:i/>" if italic else ""}</w:rPr>'
         f'<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))


def _mark_paragraph(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>'))


def deleted_paragraph(container, text, author, date, italic=False):
    p = container.add_paragraph()
    _mark_paragraph(p, "del", author, date)
    del_run(p, text, author, date, italic=italic)
    return p


def inserted_paragraph(container, text, author, date, bold=False):
    p = container.add_paragraph()
    _mark_paragraph(p, "ins", author, date)
    ins_run(p, text, author, date, bold=bold)
    return p


def delete_row(row, author, date):
    """Mark a whole table row as deleted (w:trPr/w:del) and its text as w:delText."""
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>'))
    for tc in row._tr.findall(qn("w:tc")):
        for r in list(tc.iter(qn("w:r"))):
            parent = r.getparent()
            if parent.tag == qn("w:del"):
                continue
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")
            d = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>')
            parent.replace(r, d)
            d.append(r)


def insert_row_mark(row, author, date):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>'))
    for tc in row._tr.findall(qn("w:tc")):
        for r in list(tc.iter(qn("w:r"))):
            parent = r.getparent()
            i = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>')
            parent.replace(r, i)
            i.append(r)


# ---------------------------------------------------------------- footnotes
_FOOT_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _footnotes_part(doc):
    dp = doc.part
    for rel in dp.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            return rel.target_part
    xml = (f'<w:footnotes {nsdecls("w")}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           '</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"), _FOOT_CT, xml.encode("utf-8"), dp.package)
    dp.relate_to(part, RT.FOOTNOTES)
    part._po_xml = parse_xml(xml)
    part._po_next = 1
    return part


def footnote(doc, p, text):
    part = _footnotes_part(doc)
    fid = part._po_next
    part._po_next += 1
    fn = parse_xml(
        f'<w:footnote {nsdecls("w")} w:id="{fid}"><w:p><w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
    part._po_xml.append(fn)
    from lxml import etree
    part._blob = etree.tostring(part._po_xml, xml_declaration=True, encoding="UTF-8", standalone=True)
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{fid}"/></w:r>'))


# ---------------------------------------------------------------- text box (VML)
def text_box(p, paragraphs, width_pt=440, height_pt=150, fill="F2F2F2", stroke="000000"):
    """paragraphs: list of (text, bold) shown in a floating-free inline VML text box."""
    inner = ""
    for text, bold in paragraphs:
        inner += (f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r><w:rPr>{"<w:b/>" if bold else ""}'
                  f'<w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>')
    x = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
         f'<w:pict><v:shape id="po_tb{_next_id()}" '
         f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1.5pt">'
         f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(x))


# ---------------------------------------------------------------- fields, sections
def page_field(p):
    for x in ('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>',
              '<w:r %s><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
              '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>',
              '<w:r %s><w:t>1</w:t></w:r>',
              '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(x % nsdecls("w")))


def landscape_section(doc):
    from docx.enum.section import WD_SECTION
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    w, h = s.page_width, s.page_height
    if w < h:
        s.page_width, s.page_height = h, w
    return s


def portrait_section(doc):
    from docx.enum.section import WD_SECTION
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    w, h = s.page_width, s.page_height
    if w > h:
        s.page_width, s.page_height = h, w
    return s


def keep_table_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
