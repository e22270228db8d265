"""Shared python-docx helpers for the mr-* build scripts: shading, merged cells, tracked changes
(w:ins / w:del), a footnotes part, VML text boxes, page-number fields and simple table writing."""
import itertools

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm

_ids = itertools.count(9001)
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- runs and paragraphs
def rpr_xml(bold=False, italic=False, size=None, color=None, caps=False):
    x = ""
    if bold:
        x += "<w:b/>"
    if italic:
        x += "<w:i/>"
    if caps:
        x += "<w:caps/>"
    if color:
        x += f'<w:color w:val="{color}"/>'
    if size:
        x += f'<w:sz w:val="{int(size * 2)}"/>'
    return f"<w:rPr>{x}</w:rPr>" if x else ""


def para(doc_or_cell, text="", style=None, bold=False, italic=False, size=None, color=None, align=None,
         space_after=None, keep=False):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold or None
        r.italic = italic or None
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
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def runs(p, parts):
    """parts: list of str or (str, dict(bold=, italic=, size=, color=))."""
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(p.add_run(part))
        else:
            t, f = part
            r = p.add_run(t)
            r.bold = f.get("bold") or None
            r.italic = f.get("italic") or None
            if f.get("size"):
                r.font.size = Pt(f["size"])
            if f.get("color"):
                r.font.color.rgb = RGBColor.from_string(f["color"])
            out.append(r)
    return out


def shade_paragraph(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


# ---------------------------------------------------------------- tracked changes
def ins_run(p, text, author, date, **fmt):
    el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}">'
                   f'<w:r>{rpr_xml(**fmt)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    p._p.append(el)
    return el


def del_run(p, text, author, date, **fmt):
    el = parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}">'
                   f'<w:r>{rpr_xml(**fmt)}<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(el)
    return el


def _mark_paragraph(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}"/>'))


def ins_paragraph(container, text, author, date, style=None, **fmt):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    _mark_paragraph(p, "ins", author, date)
    ins_run(p, text, author, date, **fmt)
    return p


def del_paragraph(container, text, author, date, style=None, **fmt):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    _mark_paragraph(p, "del", author, date)
    del_run(p, text, author, date, **fmt)
    return p


# ---------------------------------------------------------------- footnotes
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        xml = (f'<w:footnotes {W_NS}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
               'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
               'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.part = XmlPart(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, parse_xml(xml), doc.part.package)
        doc.part.relate_to(self.part, RT.FOOTNOTES)
        self.n = 0

    def add(self, p, text):
        """Append a footnote reference at the end of paragraph p with the given note text."""
        self.n += 1
        i = self.n
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              f'<w:footnoteReference w:id="{i}"/></w:r>'))
        self.part.element.append(parse_xml(
            f'<w:footnote {W_NS} w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="17"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p>'
            f'</w:footnote>'))
        return i


# ---------------------------------------------------------------- text box (VML)
def text_box(doc, paragraphs, fill="EAF4F7", stroke="1F5F7A", width_pt=420, height_pt=150):
    """paragraphs: list of (text, dict(bold=, italic=, size=, color=)). Returns the anchoring paragraph."""
    inner = ""
    for t, f in paragraphs:
        inner += (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>{rpr_xml(**f)}'
                  f'<w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>')
    sid = next(_ids)
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="TextBox{sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" fillcolor="#{fill}" '
           f'strokecolor="#{stroke}" strokeweight="1.25pt"><v:textbox style="mso-fit-shape-to-text:t">'
           f'<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


# ---------------------------------------------------------------- tables
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if isinstance(text, str) else [text]
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        if line:
            r = p.add_run(line)
            r.bold = bold or None
            r.italic = italic or None
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell


def table(doc, rows, widths=None, style="Table Grid", header_fill=None, size=9, bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            c = t.cell(i, j)
            cell_text(c, val, bold=(bold_header and i == 0), size=size)
            if i == 0 and header_fill:
                shade(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def page_field(p, prefix="Page "):
    if prefix:
        p.add_run(prefix)
    p._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def body_font(doc, name="Calibri", size=10.5):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)
    st.paragraph_format.space_after = Pt(6)


def new_document(margins_cm=2.2):
    doc = Document()
    for s in doc.sections:
        s.page_width = Cm(21.0)
        s.page_height = Cm(29.7)
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return doc
