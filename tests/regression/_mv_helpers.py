"""Shared raw-OOXML helpers for the mv-* build scripts (python-docx 1.2 plus hand-made XML).

Tracked insertions and deletions (w:ins / w:del with author and date), whole inserted or deleted paragraphs,
cell shading, merged cells, a VML text box, a footnotes part, simple fields, and small run helpers.
"""
import itertools
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn, nsdecls
from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

_ids = itertools.count(9100)

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V_NS = 'xmlns:v="urn:schemas-microsoft-com:vml"'
O_NS = 'xmlns:o="urn:schemas-microsoft-com:office:office"'


def _rpr(bold=False, italic=False, size=None, color=None, strike=False):
    x = ""
    if bold:
        x += "<w:b/>"
    if italic:
        x += "<w:i/>"
    if strike:
        x += "<w:strike/>"
    if color:
        x += f'<w:color w:val="{color}"/>'
    if size:
        x += f'<w:sz w:val="{int(size*2)}"/>'
    return f"<w:rPr>{x}</w:rPr>" if x else ""


def run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def ins(p, text, author, date, bold=False, italic=False):
    """Append a tracked insertion to paragraph p."""
    x = (f'<w:ins {W_NS} w:id="{next(_ids)}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r>{_rpr(bold, italic)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(x))


def dele(p, text, author, date, bold=False, italic=False):
    """Append a tracked deletion to paragraph p."""
    x = (f'<w:del {W_NS} w:id="{next(_ids)}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r>{_rpr(bold, italic)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))


def mark_paragraph(p, kind, author, date):
    """Mark the paragraph mark itself inserted or deleted ('ins' / 'del') so a whole paragraph is tracked."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        _insert_ppr(pPr, rPr)
    rPr.append(parse_xml(f'<w:{kind} {W_NS} w:id="{next(_ids)}" w:author="{escape(author)}" w:date="{date}"/>'))


def deleted_paragraph(doc_or_cell, text, author, date, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    dele(p, text, author, date)
    mark_paragraph(p, "del", author, date)
    return p


def inserted_paragraph(doc_or_cell, text, author, date, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    ins(p, text, author, date)
    mark_paragraph(p, "ins", author, date)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
             "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
             "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]


def _insert_ppr(pPr, el):
    name = el.tag.split("}")[1]
    later = set(PPR_ORDER[PPR_ORDER.index(name) + 1:])
    for child in pPr:
        if child.tag.split("}")[1] in later:
            child.addprevious(el)
            return
    pPr.append(el)


def shade_paragraph(p, fill):
    pPr = p._p.get_or_add_pPr()
    _insert_ppr(pPr, parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def border_paragraph(p, color="808080"):
    pPr = p._p.get_or_add_pPr()
    b = "".join(f'<w:{s} w:val="single" w:sz="6" w:space="4" w:color="{color}"/>'
                for s in ("top", "left", "bottom", "right"))
    _insert_ppr(pPr, parse_xml(f'<w:pBdr {W_NS}>{b}</w:pBdr>'))


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, fill=None):
    """Replace a cell's text (first paragraph) with one run."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if fill:
        shade(cell, fill)
    return p


def table_fill(table, rows, header_fill=None, size=None, bold_header=True):
    """Fill a table (already sized) row by row; returns table."""
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(table.cell(i, j), val, bold=(bold_header and i == 0), size=size,
                      fill=(header_fill if i == 0 else None))
    return table


def text_box(p, paragraphs, width_pt=430, height_pt=120, fill="FFFFFF", stroke="7F7F7F"):
    """Put a VML text box (floating, top-and-bottom wrap) into paragraph p.
    paragraphs: list of (text, bold, italic) tuples."""
    body = ""
    for text, bold, italic in paragraphs:
        body += (f'<w:p><w:r>{_rpr(bold, italic)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
    sid = next(_ids)
    x = (f'<w:r {W_NS} {V_NS} {O_NS}><w:pict>'
         f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
         f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
         f'<v:shape id="TextBox{sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202" '
         f'style="position:absolute;margin-left:0;margin-top:4pt;width:{width_pt}pt;height:{height_pt}pt;'
         f'z-index:{sid};mso-wrap-style:square;mso-position-horizontal:center;'
         f'mso-position-horizontal-relative:margin;mso-position-vertical-relative:text;v-text-anchor:top" '
         f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1pt">'
         f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{body}</w:txbxContent></v:textbox>'
         f'<w10:wrap xmlns:w10="urn:schemas-microsoft-com:office:word" type="topAndBottom"/>'
         f'</v:shape></w:pict></w:r>')
    p._p.append(parse_xml(x))


class Footnotes:
    """A footnotes part added to the document by hand."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []
        self.next = 1

    def ref(self, p, text):
        nid = self.next
        self.next += 1
        self.notes.append((nid, text))
        p._p.append(parse_xml(
            f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{nid}"/></w:r>'))

    def save_part(self):
        sep = (f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
               f'</w:p></w:footnote>')
        body = ""
        for nid, text in self.notes:
            body += (f'<w:footnote w:id="{nid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                     f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr>'
                     f'<w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
                     f'<w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<w:footnotes {W_NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
               f'{sep}{body}</w:footnotes>').encode("utf-8")
        dpart = self.doc.part
        part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml, dpart.package)
        dpart.relate_to(part, RT.FOOTNOTES)


def field(p, instr, shown="1"):
    """A simple field (e.g. PAGE) in paragraph p."""
    p._p.append(parse_xml(
        f'<w:fldSimple {W_NS} w:instr=" {instr} "><w:r><w:t>{shown}</w:t></w:r></w:fldSimple>'))


def keep_table_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {W_NS}/>'))


def set_col_widths(table, widths):
    from docx.shared import Cm
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def landscape(section):
    from docx.enum.section import WD_ORIENT
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if h > w:
        section.page_width, section.page_height = h, w


def word_count(doc):
    n = 0
    for p in doc.paragraphs:
        n += len(p.text.split())
    for t in doc.tables:
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                n += len(c.text.split())
    return n
