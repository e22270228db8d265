"""Shared python-docx / raw OOXML helpers for the lc-* build scripts."""
import copy
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


def p(doc, text="", bold=False, italic=False, style=None, size=None, align=None, shade=None, color=None,
      space_after=None):
    para = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if shade:
        pPr = para._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{shade}"/>'))
    if space_after is not None:
        para.paragraph_format.space_after = Pt(space_after)
    return para


def runs(doc_or_para, parts, style=None):
    """parts: list of (text, fmt) where fmt contains b/i."""
    para = doc_or_para if hasattr(doc_or_para, "add_run") else doc_or_para.add_paragraph(style=style)
    for t, f in parts:
        r = para.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
    return para


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(doc, rows, header=True, widths=None, head_fill="D9D9D9", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if header and i == 0:
                r.bold = True
                shade_cell(c, head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def set_cell(cell, text, bold=False, size=9, fill=None, italic=False):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    if fill:
        shade_cell(cell, fill)


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tracked(para, parts, author="Reviewer", date="2008-10-14T10:00:00Z"):
    """Append to paragraph: parts = [(kind, text)], kind 'n' normal, 'i' inserted, 'd' deleted."""
    for kind, text in parts:
        if kind == "n":
            para.add_run(text)
            continue
        _rev[0] += 1
        if kind == "i":
            el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_rev[0]}" w:author="{author}" w:date="{date}">'
                           f'<w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>')
        else:
            el = parse_xml(f'<w:del {nsdecls("w")} w:id="{_rev[0]}" w:author="{author}" w:date="{date}">'
                           f'<w:r><w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>')
        para._p.append(el)
    return para


def cell_tracked(cell, parts, author="Reviewer", date="2008-10-14T10:00:00Z", size=9):
    cell.text = ""
    para = cell.paragraphs[0]
    tracked(para, parts, author, date)
    for r in para._p.iter(qn("w:r")):
        rPr = r.find(qn("w:rPr"))
        if rPr is None:
            rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
            r.insert(0, rPr)
        rPr.append(parse_xml(f'<w:sz {nsdecls("w")} w:val="{size * 2}"/>'))
    return para


def mark_para_deleted(para, author="Reviewer", date="2008-10-14T10:00:00Z"):
    """Whole paragraph deleted: wrap runs in w:del, convert w:t to w:delText, mark paragraph mark deleted."""
    _rev[0] += 1
    p_el = para._p
    rs = [r for r in p_el if r.tag == qn("w:r")]
    d = parse_xml(f'<w:del {nsdecls("w")} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/>')
    for r in rs:
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        p_el.remove(r)
        d.append(r)
    p_el.append(d)
    _rev[0] += 1
    pPr = p_el.get_or_add_pPr()
    rPr = parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/></w:rPr>')
    pPr.append(rPr)


def mark_row_deleted(row, author="Reviewer", date="2008-10-14T10:00:00Z"):
    _rev[0] += 1
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/>'))
    for c in row.cells:
        for para in c.paragraphs:
            mark_para_deleted(para, author, date)


def textbox(doc, paras, width_pt=430, height_pt=150, fill="F2F2F2"):
    """VML text box in its own paragraph; paras = list of (text, bold)."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{_esc(t)}</w:t></w:r></w:p>'
        for t, b in paras)
    xml = (f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
           f'<v:shape id="tb{_rev[0]}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" '
           f'fillcolor="#{fill}" strokecolor="#404040">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    _rev[0] += 1
    el = parse_xml(xml)
    doc.element.body.append(el)
    # keep sectPr last
    body = doc.element.body
    sp = body.find(qn("w:sectPr"))
    if sp is not None:
        body.remove(sp)
        body.append(sp)
    return el


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.n = 0
        xml = (f'<w:footnotes {nsdecls("w")}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.el = parse_xml(xml)
        self.part = None

    def add(self, para, text):
        self.n += 1
        i = self.n
        para._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{i}"/></w:r>'))
        self.el.append(parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r></w:p></w:footnote>'))

    def finish(self):
        from lxml import etree
        blob = etree.tostring(self.el, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def header_footer(doc, header, footer):
    s = doc.sections[0]
    hp = s.header.paragraphs[0]
    hp.text = header
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fp.text = footer
    for r in fp.runs:
        r.font.size = Pt(8)
