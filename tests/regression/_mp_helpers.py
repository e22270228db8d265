"""Shared python-docx and raw OOXML helpers for the mp-* build scripts.

Inline markup in the text helpers: **bold** and //italic//. Everything else is written as it stands.
Raw OOXML is used for what python-docx cannot write: tracked changes (w:ins / w:del, including a whole
deleted paragraph), footnotes (a footnotes part), VML text boxes, cell shading and borders.
"""
import re
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TOKEN = re.compile(r"(\*\*.+?\*\*|//.+?//)")


def new_document(font="Georgia", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(5)
    return doc


def add_runs(par, text, size=None, color=None, bold=None, italic=None, smallcaps=False):
    """Append text to a paragraph, honouring **bold** and //italic// markup."""
    runs = []
    for piece in _TOKEN.split(text):
        if not piece:
            continue
        b, i = bold, italic
        if piece.startswith("**") and piece.endswith("**"):
            piece, b = piece[2:-2], True
        elif piece.startswith("//") and piece.endswith("//"):
            piece, i = piece[2:-2], True
        r = par.add_run(piece)
        if b:
            r.bold = True
        if i:
            r.italic = True
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if smallcaps:
            r.font.small_caps = True
        runs.append(r)
    return runs


def para(doc_or_cell, text="", style=None, size=None, color=None, bold=None, italic=None, align=None,
         space_after=None, smallcaps=False, indent=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        add_runs(p, text, size=size, color=color, bold=bold, italic=italic, smallcaps=smallcaps)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Pt(indent)
    return p


def shade_paragraph(p, fill):
    ppr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.append(shd)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    for old in tcpr.findall(qn("w:shd")):
        tcpr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_text(cell, text, bold=None, italic=None, size=None, fill=None, color=None, align=None):
    """Replace a cell's text; several paragraphs may be given separated by '\n\n'."""
    cell.text = ""
    parts = text.split("\n\n") if text else [""]
    first = cell.paragraphs[0]
    for k, t in enumerate(parts):
        p = first if k == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        if t:
            add_runs(p, t, size=size, bold=bold, italic=italic, color=color)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade(cell, fill)
    return cell


def table(doc, rows, cols, style="Table Grid", widths=None):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = style
    if widths:
        from docx.shared import Cm
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


# ---------------------------------------------------------------- tracked changes
_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def _run_xml(text, tag="w:t", rpr=""):
    return (f'<w:r {nsdecls("w")}>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>')


def ins(par, text, author, date, rpr=""):
    """Append an inserted (tracked) run to a paragraph."""
    el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" '
                   f'w:date="{date}">{_run_xml(text, rpr=rpr)}</w:ins>')
    par._p.append(el)
    return el


def dele(par, text, author, date, rpr=""):
    """Append a deleted (tracked) run to a paragraph."""
    el = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" '
                   f'w:date="{date}">{_run_xml(text, tag="w:delText", rpr=rpr)}</w:del>')
    par._p.append(el)
    return el


def deleted_paragraph(doc, text, author, date):
    """A whole paragraph deleted with tracked changes (its mark deleted too)."""
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _next_id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    rpr.append(d)
    ppr.append(rpr)
    dele(p, text, author, date)
    return p


def inserted_paragraph(doc, text, author, date):
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    i = OxmlElement("w:ins")
    i.set(qn("w:id"), _next_id())
    i.set(qn("w:author"), author)
    i.set(qn("w:date"), date)
    rpr.append(i)
    ppr.append(rpr)
    ins(p, text, author, date)
    return p


# ---------------------------------------------------------------- footnotes
class Footnotes:
    def __init__(self):
        self.notes = []

    def add(self, par, text):
        """Put a footnote reference at the end of par; text is the footnote's text."""
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        el = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                       f'<w:footnoteReference w:id="{fid}"/></w:r>')
        par._p.append(el)
        return fid

    def finish(self, doc):
        body = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for fid, text in self.notes:
            body.append(
                f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
                f'</w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">'
               + "".join(body) + "</w:footnotes>")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- text box (VML)
_shape = [0]


def text_box(doc, paragraphs, width_pt=440, fill="#F4F0E6", stroke="#6B4E2E", size=10):
    """A VML text box in its own paragraph. paragraphs: list of strings with **bold** / //italic// markup."""
    _shape[0] += 1
    inner = []
    for t in paragraphs:
        runs = []
        for piece in _TOKEN.split(t):
            if not piece:
                continue
            rpr = f'<w:sz w:val="{int(size * 2)}"/>'
            if piece.startswith("**") and piece.endswith("**"):
                piece, rpr = piece[2:-2], "<w:b/>" + rpr
            elif piece.startswith("//") and piece.endswith("//"):
                piece, rpr = piece[2:-2], "<w:i/>" + rpr
            runs.append(f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
        inner.append('<w:p><w:pPr><w:spacing w:after="80"/></w:pPr>' + "".join(runs) + "</w:p>")
    xml = (
        f'<w:r xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<w:pict><v:shape id="mpTextBox{_shape[0]}" o:spid="_x0000_s10{_shape[0]:02d}" type="#_x0000_t202" '
        f'style="width:{width_pt}pt;height:auto;mso-wrap-style:square" fillcolor="{fill}" strokecolor="{stroke}" '
        f'strokeweight="1.25pt"><v:textbox style="mso-fit-shape-to-text:t" inset="8pt,6pt,8pt,6pt">'
        f'<w:txbxContent>{"".join(inner)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


# ---------------------------------------------------------------- header / footer
def header_footer(doc, header_text, footer_text, size=8, color="6B4E2E"):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    add_runs(hp, header_text, size=size, color=color)
    fp = sec.footer.paragraphs[0]
    add_runs(fp, footer_text, size=size, color=color)
    # page number field, one run per field part
    for kind in ("begin", "instr", "end"):
        r = fp.add_run()
        r.font.size = Pt(size)
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = " PAGE "
            r._r.append(it)
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)


def vmerge(table_, col, r0, r1):
    a = table_.cell(r0, col)
    b = table_.cell(r1, col)
    return a.merge(b)
