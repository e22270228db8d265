"""Shared helpers for the lm-* build scripts: python-docx plus raw OOXML for tracked
changes (w:ins / w:del), VML text boxes, merged and shaded cells, comments."""
import itertools
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

_ids = itertools.count(900)


def new_doc(font="Calibri", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return d


def para(d_or_cell, text="", bold=False, italic=False, size=None, style=None, shade=None,
         align=None, color=None, caps=False):
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.all_caps = caps
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if shade:
        shade_para(p, shade)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runs(p, *parts):
    """parts: str or (text, 'b'|'i'|'bi')"""
    out = []
    for x in parts:
        if isinstance(x, tuple):
            t, f = x
            r = p.add_run(t)
            r.bold = "b" in f
            r.italic = "i" in f
        else:
            r = p.add_run(x)
        out.append(r)
    return out


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, widths=None, header_fill="D9D9D9", style="Table Grid", bold_header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = "" if val is None else str(val)
            if i == 0 and bold_header:
                for r in c.paragraphs[0].runs:
                    r.bold = True
                if header_fill:
                    shade_cell(c, header_fill)
    return t


def _rpr(bold=False):
    return "<w:rPr><w:b/></w:rPr>" if bold else ""


def ins_run(p, text, author="Editor", date="2008-10-02T10:00:00Z", bold=False):
    x = (f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r>{_rpr(bold)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(x))


def del_run(p, text, author="Editor", date="2008-10-02T10:00:00Z", bold=False):
    x = (f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r>{_rpr(bold)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))


def deleted_paragraph(d, text, author="Editor", date="2008-10-02T10:00:00Z"):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="{next(_ids)}" w:author="{escape(author)}" '
                         f'w:date="{date}"/></w:rPr>'))
    del_run(p, text, author, date)
    return p


def inserted_paragraph(d, text, author="Editor", date="2008-10-02T10:00:00Z"):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:ins w:id="{next(_ids)}" w:author="{escape(author)}" '
                         f'w:date="{date}"/></w:rPr>'))
    ins_run(p, text, author, date)
    return p


def text_box(d, paragraphs, width_pt=430, height_pt=120, fill="FFF2CC", stroke="7F6000"):
    """A VML text box anchored in its own paragraph. paragraphs: list of (text, bold)."""
    inner = ""
    for t, b in paragraphs:
        inner += (f'<w:p><w:r>{_rpr(b)}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>')
    x = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
         f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
         f'<v:shape id="tb{next(_ids)}" type="#_x0000_t202" '
         f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" '
         f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1.5pt">'
         f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
         f'</v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(x))
    return p


def header_footer(d, header, footer):
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer
