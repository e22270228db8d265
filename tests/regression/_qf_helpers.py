"""Shared python-docx helpers for the qf-* build scripts (raw OOXML where python-docx cannot do it:
tracked changes, footnotes, VML text boxes, cell shading, check boxes)."""
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def run(p, text, bold=False, italic=False, size=None, color=None, font=None, underline=False, strike=False):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    r.underline = underline or None
    if strike:
        r.font.strike = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    return r


def para(doc_or_cell, text="", bold=False, italic=False, size=None, color=None, style=None, align=None,
         space_after=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runin(doc, lead, text, size=None):
    """A paragraph with a bold run-in lead word ("LOTTO:") and plain text after it."""
    p = doc.add_paragraph()
    run(p, lead, bold=True, size=size)
    run(p, " " + text, size=size)
    return p


def _rpr(bold=False, italic=False, color=None, size=None):
    parts = []
    if bold:
        parts.append("<w:b/>")
    if italic:
        parts.append("<w:i/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        parts.append(f'<w:sz w:val="{int(size * 2)}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def ins(p, text, author, date, bold=False, italic=False):
    """Append a tracked insertion (w:ins) to paragraph p."""
    x = (f'<w:ins {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r>{_rpr(bold, italic)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(x))


def dele(p, text, author, date, bold=False, italic=False):
    """Append a tracked deletion (w:del with w:delText) to paragraph p."""
    x = (f'<w:del {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r>{_rpr(bold, italic)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))


def mark_paragraph_inserted(p, author, date):
    """Mark the paragraph mark itself as inserted (a whole inserted paragraph)."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {W_NS}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:ins {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))


def mark_paragraph_deleted(p, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {W_NS}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:del {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


_PPR_AFTER_SHD = ("w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
                  "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
                  "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                  "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                  "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.insert_element_before(parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
                              *_PPR_AFTER_SHD)


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, fill=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if fill:
        shade(cell, fill)
    return p


def add_cell_para(cell, text, bold=False, italic=False, size=None, color=None):
    p = cell.add_paragraph()
    run(p, text, bold=bold, italic=italic, size=size, color=color)
    return p


def line_breaks(p, lines, bold=False, size=None):
    """One paragraph, lines separated by manual line breaks (w:br)."""
    for i, line in enumerate(lines):
        r = run(p, line, bold=bold, size=size)
        if i < len(lines) - 1:
            r.add_break()
    return p


def checkbox(p, checked, label, size=None):
    run(p, ("\u2612 " if checked else "\u2610 ") + label, size=size)


# ---------------------------------------------------------------- text boxes (VML)
def text_box(p, paragraphs, width_pt=430, height_pt=170, fill="FFFFFF", stroke="000000"):
    """Append a floating-inline VML text box to paragraph p. paragraphs: list of (text, bold, italic)."""
    body = []
    for item in paragraphs:
        text, bold, italic = (item + (False, False))[:3] if isinstance(item, tuple) else (item, False, False)
        body.append(f'<w:p><w:r>{_rpr(bold, italic)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
    x = (f'<w:r {W_NS} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
         f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
         f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
         f'<v:shape id="tb{_next_id()}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" '
         f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1.5pt"><v:textbox inset="6pt,6pt,6pt,6pt">'
         f'<w:txbxContent>{"".join(body)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(x))


# ---------------------------------------------------------------- footnotes
_FOOT_HEAD = ('<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
              '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, p, text):
        n = len(self.notes) + 1
        self.notes.append(text)
        p._p.append(parse_xml(f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              f'<w:footnoteReference w:id="{n}"/></w:r>'))
        return n

    def save_part(self):
        if not self.notes:
            return
        xml = _FOOT_HEAD
        for i, t in enumerate(self.notes, 1):
            xml += (f'<w:footnote w:id="{i}"><w:p><w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:pPr>'
                    f'<w:r><w:rPr><w:sz w:val="18"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                    f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>')
        xml += "</w:footnotes>"
        dp = self.doc.part
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), dp.package)
        dp.relate_to(part, RT.FOOTNOTES)


def landscape(section):
    from docx.enum.section import WD_ORIENT
    w, h = section.page_width, section.page_height
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = h, w


def set_col_widths(table, widths):
    from docx.shared import Cm
    table.autofit = False
    for row in table.rows:
        for i, wdt in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = Cm(wdt)
