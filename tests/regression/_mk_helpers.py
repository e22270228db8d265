"""Shared helpers for the mk-* build scripts: python-docx plus raw OOXML for tracked changes,
text boxes, shading, grey prompts and comments."""
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.enum.text import WD_ALIGN_PARAGRAPH
import itertools

_ids = itertools.count(100)
DATE = "2008-11-24T10:00:00Z"


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(1.8)
    return d


def para(d, text="", bold=False, italic=False, size=None, color=None, align=None, style=None, space_after=4):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        run(p, text, bold, italic, size, color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(space_after)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def prompt(d, text):
    """Grey italic guidance left in from the blank form."""
    return para(d, text, italic=True, color="808080", size=8)


def title(d, text, size=11, shade=None):
    p = para(d, text.upper(), bold=True, size=size, space_after=6)
    if shade:
        pPr = p._p.get_or_add_pPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), shade)
        pPr.append(shd)
    return p


def _rpr_xml(bold=False):
    return "<w:rPr><w:b/></w:rPr>" if bold else ""


def _mk(xml):
    from docx.oxml import parse_xml
    return parse_xml(xml)


NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ins(p, text, author="J. Penhale", date=DATE, bold=False):
    el = _mk(f'<w:ins {NS} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"><w:r>{_rpr_xml(bold)}'
             f'<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>')
    p._p.append(el)
    return el


def dele(p, text, author="J. Penhale", date=DATE, bold=False):
    el = _mk(f'<w:del {NS} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"><w:r>{_rpr_xml(bold)}'
             f'<w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>')
    p._p.append(el)
    return el


def mark_para(p, kind, author="J. Penhale", date=DATE):
    """Mark the paragraph mark itself inserted/deleted (whole-paragraph change)."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr"); pPr.append(rPr)
    m = OxmlElement("w:" + kind)
    m.set(qn("w:id"), str(next(_ids))); m.set(qn("w:author"), author); m.set(qn("w:date"), date)
    rPr.append(m)


def ins_para(d, text, author="J. Penhale", date=DATE):
    p = d.add_paragraph(); ins(p, text, author, date); mark_para(p, "ins", author, date); return p


def del_para(d, text, author="J. Penhale", date=DATE):
    p = d.add_paragraph(); dele(p, text, author, date); mark_para(p, "del", author, date); return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=9, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run(p, line, bold, italic, size, color)
    return cell


def table(d, rows, widths=None, header_fill="D9D9D9", size=9, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v is None:
                continue
            cell_text(t.cell(i, j), v, bold=(i == 0 and header_fill is not None), size=size)
            if i == 0 and header_fill:
                shade(t.cell(i, j), header_fill)
    if widths:
        for r in t.rows:
            for j, w in enumerate(widths):
                r.cells[j].width = Cm(w)
    d.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def textbox(d, lines, width_pt=440, height_pt=120, fill="FFF2CC"):
    """A VML text box anchored in its own paragraph; lines = list of (text, bold)."""
    inner = "".join(
        f'<w:p><w:r>{_rpr_xml(b)}<w:t xml:space="preserve">{_esc(t)}</w:t></w:r></w:p>' for t, b in lines)
    xml = (f'<w:p {NS} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:r><w:pict><v:shape id="tb{next(_ids)}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" fillcolor="#{fill}" strokeweight="1.5pt">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    el = _mk(xml)
    d.element.body.append(el)
    # keep sectPr last
    sect = d.element.body.find(qn("w:sectPr"))
    if sect is not None:
        d.element.body.remove(sect); d.element.body.append(sect)
    return el


def header_footer(d, head, foot):
    s = d.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot
    for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)


def comment(d, p, text, author="R. Tolley", initials="RT"):
    d.add_comment(p.runs if p.runs else [p.add_run("")], text=text, author=author, initials=initials)


def tick(on):
    return "\u2612" if on else "\u2610"
