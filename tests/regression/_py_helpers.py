"""Shared helpers for the py-* build scripts: raw OOXML that python-docx cannot write itself
(tracked changes, footnotes, VML text boxes, shading, merged cells, fields, landscape sections)."""
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"

_ids = [900]


def _nid():
    _ids[0] += 1
    return str(_ids[0])


def _t(text):
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def _rpr(bold=False, italic=False, size=None, color=None, strike=False):
    bits = []
    if bold:
        bits.append("<w:b/>")
    if italic:
        bits.append("<w:i/>")
    if strike:
        bits.append("<w:strike/>")
    if color:
        bits.append(f'<w:color w:val="{color}"/>')
    if size:
        bits.append(f'<w:sz w:val="{int(size * 2)}"/>')
    return f"<w:rPr>{''.join(bits)}</w:rPr>" if bits else ""


# ---------------------------------------------------------------- runs and paragraphs

def para(container, text="", style=None, bold=False, italic=False, size=None, align=None, color=None,
         space_after=None, keep=False):
    """Add a paragraph to a document, cell or header; text may be a list of (text, fmt) pieces."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    pieces = text if isinstance(text, list) else [(text, {})]
    for piece in pieces:
        if isinstance(piece, str):
            piece = (piece, {})
        t, fmt = piece
        if not t:
            continue
        r = p.add_run(t)
        r.bold = fmt.get("bold", bold) or None
        r.italic = fmt.get("italic", italic) or None
        sz = fmt.get("size", size)
        if sz:
            r.font.size = Pt(sz)
        c = fmt.get("color", color)
        if c:
            r.font.color.rgb = RGBColor.from_string(c)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def add_run_xml(p, xml):
    el = parse_xml(xml)
    p._p.append(el)
    return el


def ins_run(p, text, author, date, bold=False, italic=False, size=None):
    """Append a tracked insertion (w:ins) to paragraph p."""
    return add_run_xml(p, f'<w:ins {nsdecls("w")} w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}">'
                          f'<w:r>{_rpr(bold, italic, size)}{_t(text)}</w:r></w:ins>')


def del_run(p, text, author, date, bold=False, italic=False, size=None):
    """Append a tracked deletion (w:del with w:delText) to paragraph p."""
    return add_run_xml(p, f'<w:del {nsdecls("w")} w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}">'
                          f'<w:r>{_rpr(bold, italic, size)}<w:delText xml:space="preserve">{escape(text)}</w:delText>'
                          f'</w:r></w:del>')


def _mark_para(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}"/>'))


def ins_para(container, text, author, date, style=None, bold=False):
    """A whole paragraph inserted with tracked changes."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    _mark_para(p, "ins", author, date)
    ins_run(p, text, author, date, bold=bold)
    return p


def del_para(container, text, author, date, style=None, bold=False):
    """A whole paragraph deleted with tracked changes (not part of the submission)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    _mark_para(p, "del", author, date)
    del_run(p, text, author, date, bold=bold)
    return p


def del_row(row, author, date):
    """Mark a table row as deleted and turn its text into w:delText."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}"/>'))
    for r in tr.iter(qn("w:r")):
        parent = r.getparent()
        if parent.tag == qn("w:del"):
            continue
        wrapper = parse_xml(f'<w:del {nsdecls("w")} w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}"/>')
        parent.replace(r, wrapper)
        wrapper.append(r)
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
    for p in tr.iter(qn("w:p")):
        pPr = p.find(qn("w:pPr"))
        if pPr is None:
            pPr = parse_xml(f'<w:pPr {nsdecls("w")}/>')
            p.insert(0, pPr)
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}"/></w:rPr>')
        pPr.append(rPr)


def ins_row(row, author, date):
    """Mark a table row (already filled) as inserted."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}"/>'))
    for r in list(tr.iter(qn("w:r"))):
        parent = r.getparent()
        wrapper = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}"/>')
        parent.replace(r, wrapper)
        wrapper.append(r)


# ---------------------------------------------------------------- tables

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, fill=None, color=None, align=None):
    """Replace a cell's text; text may contain newlines (one paragraph each) or be a list of pieces."""
    cell.text = ""
    first = cell.paragraphs[0]
    lines = text if isinstance(text, list) else str(text).split("\n")
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        pieces = line if isinstance(line, list) else [(line, {})]
        for piece in pieces:
            if isinstance(piece, str):
                piece = (piece, {})
            t, fmt = piece
            if not t:
                continue
            r = p.add_run(t)
            r.bold = fmt.get("bold", bold) or None
            r.italic = fmt.get("italic", italic) or None
            sz = fmt.get("size", size)
            if sz:
                r.font.size = Pt(sz)
            c = fmt.get("color", color)
            if c:
                r.font.color.rgb = RGBColor.from_string(c)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade(cell, fill)
    return cell


def table(doc, rows, cols, style="Table Grid", widths=None):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = style
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def fill_row(row, values, bold=False, size=None, fill=None):
    for c, v in zip(row.cells, values):
        cell_text(c, v, bold=bold, size=size, fill=fill)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


# ---------------------------------------------------------------- text boxes, fields, footnotes

def textbox(p, paragraphs, width_pt=440, height_pt=120, fill="F2F2F2", stroke="000000"):
    """An inline VML text box in paragraph p. paragraphs: list of (text, bold) or strings."""
    body = []
    for item in paragraphs:
        if isinstance(item, str):
            item = (item, False)
        text, bold = item
        body.append(f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>{_rpr(bold=bold, size=9.5)}{_t(text)}</w:r></w:p>')
    xml = (f'<w:r {nsdecls("w")} xmlns:v="{V_NS}" xmlns:o="{O_NS}"><w:pict>'
           f'<v:shape id="tb{_nid()}" o:spid="_x0000_s{_nid()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" '
           f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1pt">'
           f'<v:textbox inset="6pt,6pt,6pt,6pt"><w:txbxContent>{"".join(body)}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r>')
    return add_run_xml(p, xml)


def page_field(p, prefix=""):
    if prefix:
        p.add_run(prefix)
    add_run_xml(p, f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')


class Footnotes:
    """Collects footnotes and writes word/footnotes.xml at save time."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, p, text):
        n = len(self.notes) + 1
        self.notes.append((n, text))
        add_run_xml(p, f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                       f'<w:footnoteReference w:id="{n}"/></w:r>')
        return n

    def attach(self):
        if not self.notes:
            return
        parts = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for n, text in self.notes:
            parts.append(f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                         f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
                         f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr>{_t(" " + text)}</w:r></w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
               + "".join(parts) + "</w:footnotes>")
        dp = self.doc.part
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), dp.package)
        dp.relate_to(part, RT.FOOTNOTES)


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


def base_doc(font="Calibri", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is not None:
        rfonts.set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return doc


def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)
