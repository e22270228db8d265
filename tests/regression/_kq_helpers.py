"""Shared python-docx / raw OOXML helpers for the kq-* build scripts.

Tracked changes (w:ins / w:del), footnotes (a real footnotes part), VML text
boxes, cell shading, merged cells, typed (non-style) headings, headers and
footers. Comments use python-docx's own Document.add_comment.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2009-03-02T10:15:00Z"


def new_doc(font="Garamond", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def typed_heading(d, text, size=13, caps=True, color=None, align=None, italic=False):
    """A title typed as a bold Normal paragraph (no heading style)."""
    p = d.add_paragraph()
    r = p.add_run(text.upper() if caps else text)
    r.bold = True
    r.italic = italic
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def para(d, text="", bold_lead=None, italic=False, size=None, color=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if bold_lead:
        r = p.add_run(bold_lead)
        r.bold = True
        if size:
            r.font.size = Pt(size)
        p.add_run(" ")
    if text:
        r = p.add_run(text)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def table(d, rows, header=True, widths=None, style="Table Grid", size=9.5, shade_header="BFBFBF"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0 and shade_header:
                shade(t.cell(i, j), shade_header)
    return t


def _run_xml(text, tag="w:t", bold=False, italic=False):
    rpr = ""
    if bold or italic:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


_rev = [100]


def add_ins(p, text, author="J. Corrigan", date=DATE):
    _rev[0] += 1
    p._p.append(parse_xml(
        f'<w:ins {W_NS} w:id="{_rev[0]}" w:author="{escape(author)}" w:date="{date}">{_run_xml(text)}</w:ins>'))


def add_del(p, text, author="J. Corrigan", date=DATE):
    _rev[0] += 1
    p._p.append(parse_xml(
        f'<w:del {W_NS} w:id="{_rev[0]}" w:author="{escape(author)}" w:date="{date}">'
        f'{_run_xml(text, tag="w:delText")}</w:del>'))


def mark_para_inserted(p, author="J. Corrigan", date=DATE):
    """Wrap every run of p in w:ins and mark its paragraph mark inserted."""
    _rev[0] += 1
    ppr = p._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f"<w:rPr {W_NS}/>")
        ppr.append(rpr)
    rpr.append(parse_xml(f'<w:ins {W_NS} w:id="{_rev[0]}" w:author="{escape(author)}" w:date="{date}"/>'))
    _rev[0] += 1
    ins = parse_xml(f'<w:ins {W_NS} w:id="{_rev[0]}" w:author="{escape(author)}" w:date="{date}"/>')
    for r in list(p._p.findall(qn("w:r"))):
        p._p.remove(r)
        ins.append(r)
    p._p.append(ins)


def deleted_para(d, text, author="J. Corrigan", date=DATE):
    """A whole paragraph deleted as a tracked change."""
    p = d.add_paragraph()
    _rev[0] += 1
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:rPr {W_NS}><w:del w:id="{_rev[0]}" w:author="{escape(author)}" w:date="{date}"/></w:rPr>'))
    add_del(p, text, author, date)
    return p


# ---------------------------------------------------------------- footnotes
class Footnotes:
    def __init__(self, d):
        self.d = d
        self.items = []

    def ref(self, p, text):
        fid = len(self.items) + 1
        self.items.append((fid, text))
        p._p.append(parse_xml(
            f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))

    def finish(self):
        body = (f'<w:footnotes {W_NS}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for fid, text in self.items:
            body += (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:pPr>'
                     f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
        body += "</w:footnotes>"
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    body.encode("utf-8"), self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- text box
def text_box(d, title, lines, width_pt=430, height_pt=150, fill="FFF2CC"):
    """A VML text box (w:pict/v:shape/v:textbox/w:txbxContent) anchored in its own paragraph."""
    inner = ""
    if title:
        inner += f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(title)}</w:t></w:r></w:p>'
    for ln in lines:
        inner += f'<w:p><w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>'
    p = d.add_paragraph()
    xml = (f'<w:r {W_NS} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{_rev[0]}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" fillcolor="#{fill}">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    _rev[0] += 1
    p._p.append(parse_xml(xml))
    return p


def header_footer(d, header, footer):
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    s.header.paragraphs[0].runs[0].font.size = Pt(8)
    s.footer.paragraphs[0].text = footer
    s.footer.paragraphs[0].runs[0].font.size = Pt(8)
