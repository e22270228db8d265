"""Shared python-docx and raw OOXML helpers for the mq-* build scripts.

python-docx writes the body, tables, headers, footers and comments; raw OOXML is
used for what it cannot do: tracked changes (w:ins / w:del, including whole
paragraphs), footnotes (a footnotes part related to the document part), VML text
boxes, cell and paragraph shading and simple fields.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REV = [900]

PPR_AFTER_SHD = ["w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
                 "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
                 "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                 "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                 "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"]


def _rid():
    _REV[0] += 1
    return _REV[0]


def new_document(font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(4)
    return doc


def fmt_run(r, bold=False, italic=False, size=None, color=None, caps=False):
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    return r


def add_runs(p, text, **kw):
    """text: a str, or a list of str / (str, dict-of-format) pieces."""
    if isinstance(text, str):
        text = [text]
    runs = []
    for piece in text:
        if isinstance(piece, tuple):
            t, f = piece
            k = dict(kw)
            k.update(f)
        else:
            t, k = piece, kw
        runs.append(fmt_run(p.add_run(t), **k))
    return runs


def para(container, text="", style=None, align=None, shade=None, space_after=None, keep=False, **kw):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        add_runs(p, text, **kw)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep:
        p.paragraph_format.keep_with_next = True
    if shade:
        shade_par(p, shade)
    return p


def shade_par(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.insert_element_before(shd, *PPR_AFTER_SHD)


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.insert_element_before(shd, "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText",
                               "w:vAlign", "w:hideMark", "w:headers", "w:cellIns", "w:cellDel",
                               "w:cellMerge", "w:tcPrChange")


def set_cell(cell, text, fill=None, **kw):
    """Write text into a cell (replacing its first empty paragraph). Lines split on '\n' become paragraphs."""
    lines = text if isinstance(text, list) and text and isinstance(text[0], list) else None
    p = cell.paragraphs[0]
    if lines is None:
        chunks = text.split("\n") if isinstance(text, str) else [text]
    else:
        chunks = lines
    for i, ch in enumerate(chunks):
        q = p if i == 0 else cell.add_paragraph()
        q.paragraph_format.space_after = Pt(1)
        if ch:
            add_runs(q, ch, **kw)
    if fill:
        shade_cell(cell, fill)
    return cell


def table(doc, rows, cols, style="Table Grid"):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = style
    return t


# ---------------------------------------------------------------- tracked changes

def _run_xml(text, deleted=False, bold=False, italic=False):
    tag = "w:delText" if deleted else "w:t"
    rpr = ""
    if bold or italic:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def ins(p, text, author, date, bold=False, italic=False):
    el = parse_xml(f'<w:ins xmlns:w="{W_NS}" w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}">'
                   f'{_run_xml(text, bold=bold, italic=italic)}</w:ins>')
    p._p.append(el)
    return el


def dele(p, text, author, date, bold=False, italic=False):
    el = parse_xml(f'<w:del xmlns:w="{W_NS}" w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}">'
                   f'{_run_xml(text, deleted=True, bold=bold, italic=italic)}</w:del>')
    p._p.append(el)
    return el


def _mark_par(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.insert_element_before(rPr, "w:sectPr", "w:pPrChange")
    m = parse_xml(f'<w:{kind} xmlns:w="{W_NS}" w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}"/>')
    rPr.insert(0, m)


def inserted_paragraph(container, text, author, date, **kw):
    p = container.add_paragraph()
    for piece in (text if isinstance(text, list) else [text]):
        if isinstance(piece, tuple):
            ins(p, piece[0], author, date, **piece[1])
        else:
            ins(p, piece, author, date, **kw)
    _mark_par(p, "ins", author, date)
    return p


def deleted_paragraph(container, text, author, date, **kw):
    p = container.add_paragraph()
    dele(p, text, author, date, **kw)
    _mark_par(p, "del", author, date)
    return p


# ---------------------------------------------------------------- footnotes

class Footnotes:
    def __init__(self):
        self.notes = []

    def ref(self, p, text):
        """Append a footnote reference to paragraph p; text is the note's text."""
        n = len(self.notes) + 1
        self.notes.append(text)
        p._p.append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              f'<w:footnoteReference w:id="{n}"/></w:r>'))
        return n

    def install(self, doc):
        body = [f'<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                f'<w:r><w:separator/></w:r></w:p></w:footnote>',
                f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                f'<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for i, t in enumerate(self.notes, 1):
            body.append(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                        f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<w:footnotes xmlns:w="{W_NS}">' + "".join(body) + "</w:footnotes>")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- text box (VML, as Word 2003/2007 wrote it)

def text_box(p, paragraphs, width_pt=430, height_pt=80, fill="#F2F2F2", stroke="#808080"):
    """paragraphs: list of (text, bold, italic) tuples."""
    inner = ""
    for t, b, i in paragraphs:
        rpr = "<w:rPr>" + ("<w:b/>" if b else "") + ("<w:i/>" if i else "") + "</w:rPr>"
        inner += f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>{rpr}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
    sid = _rid()
    xml = (f'<w:r xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="TextBox{sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="{fill}" strokecolor="{stroke}">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))


def page_field(p, instr="PAGE"):
    p._p.append(parse_xml(f'<w:fldSimple xmlns:w="{W_NS}" w:instr=" {instr} "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
