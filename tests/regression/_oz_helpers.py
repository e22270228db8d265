"""Shared helpers for the oz-* build scripts (python-docx plus raw OOXML).

Tracked changes (w:ins / w:del, a deleted table row), footnotes (a footnotes part built by hand),
VML text boxes, cell and paragraph shading, merged cells, a PAGE field, landscape sections.
"""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Mm
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WNS = f'xmlns:w="{W}"'
VNS = 'xmlns:v="urn:schemas-microsoft-com:vml"'

_ids = {"rev": 100, "fn": 0, "shape": 0}


def _next(kind):
    _ids[kind] += 1
    return _ids[kind]


def rpr_xml(bold=False, italic=False, size=None, color=None, font=None, sup=False):
    parts = []
    if font:
        parts.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>')
    if bold:
        parts.append("<w:b/>")
    if italic:
        parts.append("<w:i/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        parts.append(f'<w:sz w:val="{int(size * 2)}"/>')
    if sup:
        parts.append('<w:vertAlign w:val="superscript"/>')
    return "<w:rPr>" + "".join(parts) + "</w:rPr>" if parts else ""


def run(par, text, bold=False, italic=False, size=None, color=None, font=None):
    r = par.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    return r


def ins(par, text, author="Lorna Pickavance", date="2008-09-18T10:00:00Z", **fmt):
    """Append a tracked insertion (part of the submission)."""
    x = (f'<w:ins {WNS} w:id="{_next("rev")}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r>{rpr_xml(**fmt)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    par._p.append(parse_xml(x))


def dele(par, text, author="Lorna Pickavance", date="2008-09-18T10:00:00Z", **fmt):
    """Append a tracked deletion (not part of the submission)."""
    x = (f'<w:del {WNS} w:id="{_next("rev")}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r>{rpr_xml(**fmt)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    par._p.append(parse_xml(x))


def delete_row(row, author="Lorna Pickavance", date="2008-09-18T10:00:00Z"):
    """Mark a whole table row as a tracked deletion: trPr/w:del, and every run's text as delText."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {WNS} w:id="{_next("rev")}" w:author="{escape(author)}" w:date="{date}"/>'))
    for r in list(tr.iter(qn("w:r"))):
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        parent = r.getparent()
        wrapper = parse_xml(f'<w:del {WNS} w:id="{_next("rev")}" w:author="{escape(author)}" w:date="{date}"/>')
        parent.replace(r, wrapper)
        wrapper.append(r)


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {WNS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_par(par, fill, border=None):
    pPr = par._p.get_or_add_pPr()
    if border:
        pPr.append(parse_xml(
            f'<w:pBdr {WNS}><w:top w:val="single" w:sz="6" w:space="1" w:color="{border}"/>'
            f'<w:left w:val="single" w:sz="6" w:space="4" w:color="{border}"/>'
            f'<w:bottom w:val="single" w:sz="6" w:space="1" w:color="{border}"/>'
            f'<w:right w:val="single" w:sz="6" w:space="4" w:color="{border}"/></w:pBdr>'))
    pPr.append(parse_xml(f'<w:shd {WNS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_col_widths(table, widths_mm):
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            if i < len(row.cells):
                row.cells[i].width = Mm(w)


def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    """Write text into a cell (first paragraph), '\n' starting new paragraphs."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    run(p, lines[0], bold=bold, italic=italic, size=size, color=color)
    for ln in lines[1:]:
        p = cell.add_paragraph()
        run(p, ln, bold=bold, italic=italic, size=size, color=color)
    return cell


def grid_table(doc, rows, widths_mm=None, header_fill=None, style="Table Grid", size=None, bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v is None:
                continue
            cell_text(t.cell(i, j), v, bold=(bold_header and i == 0), size=size)
            if header_fill and i == 0:
                shade_cell(t.cell(i, j), header_fill)
    if widths_mm:
        set_col_widths(t, widths_mm)
    return t


def page_field(par):
    for x in ('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % WNS,
              '<w:r %s><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' % WNS,
              '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % WNS,
              '<w:r %s><w:t>1</w:t></w:r>' % WNS,
              '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % WNS):
        par._p.append(parse_xml(x))


def textbox(par, paras, width_pt=220, height_pt=150, fill="FFF7E0", stroke="8B5A2B", float_right=True):
    """A floating VML text box anchored in `par`. paras: list of (text, bold) tuples."""
    n = _next("shape")
    pos = ("position:absolute;margin-left:0;margin-top:0;mso-position-horizontal:right;"
           "mso-position-horizontal-relative:margin;z-index:251659264;" if float_right else "")
    body = ""
    for text, bold in paras:
        body += (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>{rpr_xml(bold=bold, size=9)}'
                 f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
    x = (f'<w:r {WNS} {VNS}><w:pict><v:shape id="ozbox{n}" type="#_x0000_t202" '
         f'style="{pos}width:{width_pt}pt;height:{height_pt}pt" fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1pt">'
         f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    par._p.append(parse_xml(x))


class Footnotes:
    """Builds word/footnotes.xml by hand and relates it to the document part."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, par, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        par._p.append(parse_xml(
            f'<w:r {WNS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))

    def finish(self):
        body = (f'<w:footnotes {WNS}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for fid, text in self.notes:
            body += (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                     f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
        body += "</w:footnotes>"
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    body.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def merge_down(table, col, r0, r1, text=None, fill=None, bold=True, size=None):
    c = table.cell(r0, col).merge(table.cell(r1, col))
    for p in c.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    if text is not None:
        for r in list(c.paragraphs[0].runs):
            r._r.getparent().remove(r._r)
        run(c.paragraphs[0], text, bold=bold, size=size)
    if fill:
        shade_cell(c, fill)
    return c


def merge_across(table, row, c0, c1, text=None, fill=None, bold=True, size=None, italic=False):
    c = table.cell(row, c0).merge(table.cell(row, c1))
    for p in c.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    if text is not None:
        for r in list(c.paragraphs[0].runs):
            r._r.getparent().remove(r._r)
        run(c.paragraphs[0], text, bold=bold, size=size, italic=italic)
    if fill:
        shade_cell(c, fill)
    return c


def new_section(doc, landscape):
    from docx.enum.section import WD_SECTION
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Mm(297), Mm(210)
    else:
        s.orientation = WD_ORIENT.PORTRAIT
        s.page_width, s.page_height = Mm(210), Mm(297)
    return s


def base_doc(font="Calibri", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.left_margin = s.right_margin = Mm(20)
    s.top_margin = s.bottom_margin = Mm(20)
    return doc
