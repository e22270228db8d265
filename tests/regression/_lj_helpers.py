"""Shared helpers for the lj-* build scripts: python-docx plus raw OOXML for
tracked changes, footnotes, text boxes, shading, merged cells and fields."""
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def para(doc_or_cell, text="", bold=False, italic=False, size=None, style=None, align=None, color=None,
         shade=None, keep=False):
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
    if shade:
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{shade}"/>'))
    return p


def runs(p, *parts):
    """parts: strings, or (text, 'b'/'i'/'bi') tuples."""
    for part in parts:
        if isinstance(part, tuple):
            t, f = part
            r = p.add_run(t)
            r.bold = "b" in f
            r.italic = "i" in f
        else:
            p.add_run(part)
    return p


def _run_xml(text, deleted=False, bold=False):
    tag = "w:delText" if deleted else "w:t"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r {W_NS}>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def ins(p, text, author="M. Trethewey", date="2008-10-02T09:12:00Z", bold=False):
    el = parse_xml(f'<w:ins {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
                   f'{_run_xml(text, bold=bold)}</w:ins>')
    p._p.append(el)
    return p


def dele(p, text, author="M. Trethewey", date="2008-10-02T09:12:00Z", bold=False):
    el = parse_xml(f'<w:del {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
                   f'{_run_xml(text, deleted=True, bold=bold)}</w:del>')
    p._p.append(el)
    return p


def mark_para_inserted(p, author="M. Trethewey", date="2008-10-02T09:12:00Z"):
    """Mark a whole paragraph (its runs and its mark) as a tracked insertion."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {W_NS}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:ins {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))
    for r in list(p._p.findall(qn("w:r"))):
        wrap = parse_xml(f'<w:ins {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>')
        r.addprevious(wrap)
        wrap.append(r)
    return p


def mark_para_deleted(p, author="M. Trethewey", date="2008-10-02T09:12:00Z"):
    """Mark a whole paragraph as a tracked deletion (text becomes w:delText)."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {W_NS}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:del {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))
    for r in list(p._p.findall(qn("w:r"))):
        for t in r.findall(qn("w:t")):
            dt = parse_xml(f'<w:delText {W_NS} xml:space="preserve">{escape(t.text or "")}</w:delText>')
            t.addprevious(dt)
            r.remove(t)
        wrap = parse_xml(f'<w:del {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>')
        r.addprevious(wrap)
        wrap.append(r)
    return p


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def table(doc, rows, widths=None, header_fill="D9E2C6", style="Table Grid", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(i == 0), size=size)
            if i == 0 and header_fill:
                shade_cell(t.cell(i, j), header_fill)
    return t


def text_box(doc, lines, width_pt=420, height_pt=150, fill="#F2F2E6", title=None):
    """A VML text box anchored in its own paragraph; lines are strings."""
    body = ""
    if title:
        body += (f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(title)}</w:t></w:r></w:p>')
    for ln in lines:
        body += f'<w:p><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>'
    xml = (f'<w:p {W_NS} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:r><w:pict><v:shape id="tb{_next_id()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" fillcolor="{fill}">'
           f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    el = parse_xml(xml)
    doc.element.body.append(el)
    # keep sectPr last
    sect = doc.element.body.find(qn("w:sectPr"))
    if sect is not None:
        doc.element.body.remove(sect)
        doc.element.body.append(sect)
    return el


def page_field(paragraph):
    paragraph._p.append(parse_xml(f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"/></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {W_NS}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {W_NS}><w:fldChar w:fldCharType="separate"/></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {W_NS}><w:t>1</w:t></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>'))


class Footnotes:
    """Collects footnotes; call attach(doc) once before saving."""

    def __init__(self):
        self.notes = []

    def add(self, p, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        p._p.append(parse_xml(
            f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))
        return fid

    def attach(self, doc):
        xml = (f'<w:footnotes {W_NS}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for fid, text in self.notes:
            xml += (f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
        xml += '</w:footnotes>'
        part = Part(PackURI('/word/footnotes.xml'),
                    'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
                    xml.encode('utf-8'), doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d
