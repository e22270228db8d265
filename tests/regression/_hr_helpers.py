"""Shared python-docx helpers for the hr-* blind test applications.

Raw OOXML is used where python-docx has no API: tracked insertions and
deletions (w:ins / w:del), footnotes (a footnotes part), VML text boxes,
cell shading, merged cells via python-docx merge, and simple fields.
"""
import copy
import datetime
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2008-11-20T10:00:00Z"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_document(font="Arial", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, size=None, style=None, align=None,
         color=None, space_after=None, shade=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
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
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if shade:
        shade_paragraph(p, shade)
    return p


def runs(doc_or_cell, parts, style=None):
    """parts: list of (text, fmt) where fmt contains 'b' and/or 'i'."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    for item in parts:
        if isinstance(item, str):
            text, fmt = item, ""
        else:
            text, fmt = item
        r = p.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
    return p


def shade_paragraph(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def table(doc, rows, widths=None, header=True, head_fill="D9D9D9", style="Table Grid", size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0 and head_fill:
                shade_cell(t.cell(i, j), head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill="E7E6E6", bold=True):
    """Merge a whole table row into one cell with text (group row)."""
    a = t.cell(i, 0)
    b = t.cell(i, len(t.columns) - 1)
    m = a.merge(b)
    set_cell(m, text, bold=bold)
    if fill:
        shade_cell(m, fill)
    return m


def ins_run_xml(text, author, bold=False):
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return (f'<w:ins {W_NS} w:id="{_next_id()}" w:author="{_esc(author)}" w:date="{DATE}">'
            f'<w:r>{b}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>')


def del_run_xml(text, author):
    return (f'<w:del {W_NS} w:id="{_next_id()}" w:author="{_esc(author)}" w:date="{DATE}">'
            f'<w:r><w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>')


def tracked_para(doc_or_cell, parts, author="Editor"):
    """parts: list of (kind, text) with kind in 'n' (normal), 'i' (inserted), 'd' (deleted), 'b' (bold)."""
    p = doc_or_cell.add_paragraph()
    for kind, text in parts:
        if kind == "n":
            p.add_run(text)
        elif kind == "b":
            p.add_run(text).bold = True
        elif kind == "i":
            p._p.append(parse_xml(ins_run_xml(text, author)))
        elif kind == "d":
            p._p.append(parse_xml(del_run_xml(text, author)))
    return p


def tracked_cell(cell, parts, author="Editor"):
    cell.text = ""
    p = cell.paragraphs[0]
    for kind, text in parts:
        if kind == "n":
            p.add_run(text)
        elif kind == "i":
            p._p.append(parse_xml(ins_run_xml(text, author)))
        elif kind == "d":
            p._p.append(parse_xml(del_run_xml(text, author)))


def deleted_paragraph(doc, text, author="Editor"):
    """A whole paragraph deleted as a tracked change (paragraph mark deleted too)."""
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W_NS}><w:del w:id="{_next_id()}" w:author="{_esc(author)}" w:date="{DATE}"/></w:rPr>'))
    p._p.append(parse_xml(del_run_xml(text, author)))
    return p


def delete_table_row(row, author="Editor"):
    """Mark a table row and its text as a tracked deletion."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {W_NS} w:id="{_next_id()}" w:author="{_esc(author)}" w:date="{DATE}"/>'))
    for r in tr.iter(qn("w:r")):
        for t in r.findall(qn("w:t")):
            dt = parse_xml(f'<w:delText {W_NS} xml:space="preserve">{_esc(t.text or "")}</w:delText>')
            t.addprevious(dt)
            r.remove(t)
        parent = r.getparent()
        d = parse_xml(f'<w:del {W_NS} w:id="{_next_id()}" w:author="{_esc(author)}" w:date="{DATE}"/>')
        parent.replace(r, d)
        d.append(r)


def comment(doc, paragraph, text, author="Reviewer", initials="R"):
    rs = paragraph.runs
    if not rs:
        rs = [paragraph.add_run("")]
    doc.add_comment(rs, text=text, author=author, initials=initials)


def text_box(doc, paragraphs, width_pt=440, height_pt=120, fill="FFF2CC"):
    """A VML text box anchored in its own paragraph; paragraphs: list of (text, bold)."""
    inner = ""
    for text, bold in paragraphs:
        b = "<w:rPr><w:b/></w:rPr>" if bold else ""
        inner += f'<w:p><w:r>{b}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>'
    xml = (f'<w:r {W_NS} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{_next_id()}" o:spid="_x0000_s{_next_id()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" fillcolor="#{fill}" stroked="t">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.n = 0
        xml = (f'<w:footnotes {W_NS}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.el = parse_xml(xml)
        self.part = None

    def add(self, paragraph, text):
        self.n += 1
        fid = self.n
        fn = parse_xml(
            f'<w:footnote {W_NS} w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r></w:p></w:footnote>')
        self.el.append(fn)
        paragraph._p.append(parse_xml(
            f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))

    def finish(self):
        from lxml import etree
        blob = etree.tostring(self.el, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def header_footer(doc, header_text, footer_text, page_field=True):
    s = doc.sections[0]
    s.header.paragraphs[0].text = header_text
    fp = s.footer.paragraphs[0]
    fp.text = footer_text
    if page_field:
        fp.add_run("   Page ")
        fp._p.append(parse_xml(f'<w:fldSimple {W_NS} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def bullets(doc, items, style="List Bullet"):
    out = []
    for it in items:
        if isinstance(it, (list, tuple)):
            out.append(runs(doc, it, style=style))
        else:
            out.append(doc.add_paragraph(it, style=style))
    return out


def typed_bullets(doc, items, mark="\u2022"):
    return [doc.add_paragraph(f"{mark}\t{it}") for it in items]
