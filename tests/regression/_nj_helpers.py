"""Shared python-docx and raw-OOXML helpers for the nj-* build scripts.

Tracked changes (w:ins / w:del with author and date), footnotes (a footnotes part made by hand),
VML text boxes, cell shading, merged cells, boxed notes, headers and footers, landscape sections.
"""
from copy import deepcopy
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def new_document(font="Arial", size=10):
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
    for s in ("Heading 1", "Heading 2", "Heading 3"):
        hs = doc.styles[s]
        hs.font.name = font
        hs.font.color.rgb = RGBColor(0x1F, 0x2A, 0x44)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, size=None, align=None, style=None, color=None,
         space_after=None, caps=False):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if caps:
            r.font.all_caps = True
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
    return p


def runs(p, parts):
    """parts: list of (text, fmt) where fmt is a string of flags: b i u."""
    out = []
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
        r.underline = "u" in fmt
        out.append(r)
    return out


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def left_bar(p, color="000000", sz=18):
    """A revision bar in the margin, as flight manuals mark revised text."""
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:left w:val="single" w:sz="{sz}" w:space="8" w:color="{color}"/></w:pBdr>'))


def set_col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def cell_text(cell, text, bold=False, italic=False, size=None, fill=None, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if fill:
        shade(cell, fill)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, rows, widths=None, header_fill="D9D9D9", style="Table Grid", size=9, bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, bold=(i == 0 and bold_header), size=size,
                      fill=(header_fill if i == 0 and header_fill else None))
    if widths:
        set_col_widths(t, widths)
    return t


def note_box(doc, label, text, fill="F2F2F2", border="000000", label_color=None):
    """A WARNING / CAUTION / NOTE panel: one shaded, boxed cell."""
    t = doc.add_table(rows=1, cols=1)
    t.style = doc.styles["Table Grid"]
    c = t.cell(0, 0)
    shade(c, fill)
    c.text = ""
    p = c.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(label)
    r.bold = True
    if label_color:
        r.font.color.rgb = RGBColor.from_string(label_color)
    p2 = c.add_paragraph()
    p2.add_run(text)
    doc.add_paragraph()
    return t


# ---------------------------------------------------------------- tracked changes

def _run_xml(text, rpr="", deleted=False):
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def ins_run(p, text, author, date, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
                   f'{_run_xml(text, rpr)}</w:ins>')
    p._p.append(el)
    return el


def del_run(p, text, author, date, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    el = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
                   f'{_run_xml(text, rpr, deleted=True)}</w:del>')
    p._p.append(el)
    return el


def _mark_para(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))


def inserted_paragraph(doc, text, author, date, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    _mark_para(p, "ins", author, date)
    ins_run(p, text, author, date)
    return p


def deleted_paragraph(doc, text, author, date, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    _mark_para(p, "del", author, date)
    del_run(p, text, author, date)
    return p


def cell_change(cell, old, new, author, date, keep=""):
    """Replace a cell's text with a tracked deletion of old and insertion of new."""
    cell.text = ""
    p = cell.paragraphs[0]
    if keep:
        p.add_run(keep)
    if old:
        del_run(p, old, author, date)
    if new:
        ins_run(p, new, author, date)
    return p


# ---------------------------------------------------------------- footnotes

FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, p, text):
        n = len(self.notes) + 1
        self.notes.append(text)
        r = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                      f'<w:footnoteReference w:id="{n}"/></w:r>')
        p._p.append(r)
        return n

    def save_part(self):
        body = [f'<w:footnotes {nsdecls("w")}>',
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
                '</w:p></w:footnote>']
        for i, t in enumerate(self.notes, 1):
            body.append(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:pPr>'
                        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                        f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {escape(t)}</w:t></w:r>'
                        f'</w:p></w:footnote>')
        body.append("</w:footnotes>")
        part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, "".join(body).encode("utf-8"),
                    self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- text box

def text_box(doc, paragraphs, width_pt=430, height_pt=120, fill="FFFFFF", stroke="000000"):
    """An inline-anchored VML text box holding the given paragraphs (list of (text, bold))."""
    inner = []
    for text, bold in paragraphs:
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        inner.append(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')
    xml = (f'<w:p {ns}><w:r><w:pict>'
           '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="tb{_next_id()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" '
           f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1pt">'
           f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{"".join(inner)}</w:txbxContent></v:textbox>'
           f'<w10:wrap type="topAndBottom"/></v:shape></w:pict></w:r></w:p>')
    el = parse_xml(xml)
    doc.element.body.append(el)
    # keep sectPr last
    sect = doc.element.body.find(qn("w:sectPr"))
    if sect is not None:
        doc.element.body.remove(sect)
        doc.element.body.append(sect)
    return el


# ---------------------------------------------------------------- sections, header, footer

def header_footer(section, header_text, footer_text, size=8):
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(header_text)
    r.font.size = Pt(size)
    fp = section.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run(footer_text)
    r.font.size = Pt(size)
    # a PAGE field after the footer text
    fp._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">   Page </w:t></w:r>'))
    fp._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
    fp._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'))
    fp._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    fp._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t>1</w:t></w:r>'))
    fp._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def landscape_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    if w < h:
        sec.page_width, sec.page_height = h, w
    return sec


def portrait_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    w, h = sec.page_width, sec.page_height
    if w > h:
        sec.page_width, sec.page_height = h, w
    return sec


def page_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def merge_row(table, row_idx, text, fill="BFBFBF", bold=True, size=9):
    row = table.rows[row_idx]
    a = row.cells[0].merge(row.cells[-1])
    cell_text(a, text, bold=bold, size=size, fill=fill)
    return a
