"""Shared python-docx / raw OOXML helpers for the iw-* build scripts."""
import copy
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2009-01-12T10:00:00Z"


def new_doc(font="Arial", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.3)
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, size=None, align=None, color=None,
         style=None, space_after=None, indent=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, underline=False):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    r.underline = underline or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, align=None):
    """Replace the cell's first paragraph text; extra lines split on \n become paragraphs."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    run(p, lines[0], bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for ln in lines[1:]:
        q = cell.add_paragraph()
        run(q, ln, bold=bold, italic=italic, size=size, color=color)
    return cell


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(doc, rows, widths=None, style="Table Grid", header_fill=None, size=9.5, bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            c = t.cell(i, j)
            cell_text(c, val, bold=(i == 0 and bold_header), size=size)
            if i == 0 and header_fill:
                shade(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill=None, bold=True, size=9.5, italic=False):
    """Merge the whole of row i into one cell holding text."""
    a = t.cell(i, 0)
    b = t.cell(i, len(t.columns) - 1)
    m = a.merge(b)
    for p in list(m.paragraphs)[1:]:
        p._p.getparent().remove(p._p)
    for r in list(m.paragraphs[0].runs):
        r._r.getparent().remove(r._r)
    run(m.paragraphs[0], text, bold=bold, size=size, italic=italic)
    if fill:
        shade(m, fill)
    return m


def _rpr(bold=False, italic=False, size=None):
    x = "<w:rPr>"
    if bold:
        x += "<w:b/>"
    if italic:
        x += "<w:i/>"
    if size:
        x += f'<w:sz w:val="{int(size*2)}"/>'
    return x + "</w:rPr>"


_rev = [100]


def _rid():
    _rev[0] += 1
    return _rev[0]


def ins(p, text, author="Priya Nandra", date=DATE, bold=False):
    el = parse_xml(f'<w:ins {W_NS} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}">'
                   f'<w:r>{_rpr(bold)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    p._p.append(el)


def dele(p, text, author="Priya Nandra", date=DATE, bold=False):
    el = parse_xml(f'<w:del {W_NS} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}">'
                   f'<w:r>{_rpr(bold)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    p._p.append(el)


def mark_para_inserted(p, author="Priya Nandra", date=DATE):
    """Wrap all runs of p in w:ins and mark its paragraph mark inserted."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {W_NS}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:ins {W_NS} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}"/>'))
    wrapper = parse_xml(f'<w:ins {W_NS} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}"/>')
    runs = p._p.findall(qn("w:r"))
    for r in runs:
        p._p.remove(r)
        wrapper.append(r)
    p._p.append(wrapper)


def mark_para_deleted(p, author="Priya Nandra", date=DATE):
    """Turn every run of p into deleted text and mark its paragraph mark deleted."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {W_NS}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:del {W_NS} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}"/>'))
    wrapper = parse_xml(f'<w:del {W_NS} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}"/>')
    for r in p._p.findall(qn("w:r")):
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        p._p.remove(r)
        wrapper.append(r)
    p._p.append(wrapper)


def comment(doc, p, text, author="Reviewer", initials="R"):
    runs = p.runs
    if not runs:
        runs = [p.add_run("")]
    doc.add_comment(runs, text=text, author=author, initials=initials)


# ---------------------------------------------------------------- footnotes
_FN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, p, text):
        n = len(self.notes) + 1
        self.notes.append(text)
        r = parse_xml(f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                      f'<w:footnoteReference w:id="{n}"/></w:r>')
        p._p.append(r)

    def save_part(self):
        body = (f'<w:footnotes {W_NS}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for i, t in enumerate(self.notes, 1):
            body += (f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>')
        body += "</w:footnotes>"
        dp = self.doc.part
        part = Part(PackURI("/word/footnotes.xml"), _FN_CT, body.encode("utf-8"), dp.package)
        dp.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- text box
def text_box(doc, paras, width_pt=430, height_pt=110, fill="FFF7D6"):
    """A floating VML text box anchored in a new paragraph. paras: list of (text, bold)."""
    inner = ""
    for text, bold in paras:
        inner += f'<w:p><w:r>{_rpr(bold, size=9.5)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
    xml = (f'<w:p {W_NS} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:r><w:pict><v:shape id="tb{_rid()}" type="#_x0000_t202" '
           f'style="position:relative;margin-left:0;margin-top:4pt;width:{width_pt}pt;height:{height_pt}pt;'
           f'mso-wrap-style:square;z-index:1" fillcolor="#{fill}" strokecolor="#7F7F7F">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    el = parse_xml(xml)
    doc.element.body.append(el)
    # keep sectPr last
    sect = doc.element.body.find(qn("w:sectPr"))
    if sect is not None:
        doc.element.body.remove(sect)
        doc.element.body.append(sect)
    return el


def header_footer(doc, header, footer):
    s = doc.sections[0]
    hp = s.header.paragraphs[0]
    run(hp, header, size=8, color="595959")
    fp = s.footer.paragraphs[0]
    run(fp, footer, size=8, color="595959")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
