"""Shared helpers for the ic-* build scripts: python-docx plus raw OOXML for
tracked changes, text boxes, shading, merged cells and fields."""
import copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls

DATE = "2009-03-02T09:00:00Z"
_id = [100]


def nid():
    _id[0] += 1
    return str(_id[0])


def new_doc(font="Arial", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def P(d, parts, style=None, size=None, align=None, shade=None):
    """parts: str or list of (text, flags) with flags in 'b','i','u'."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    add_runs(p, parts, size)
    if align == "c":
        p.alignment = 1
    if shade:
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{shade}"/>'))
    return p


def add_runs(p, parts, size=None):
    if isinstance(parts, str):
        parts = [(parts, "")]
    for text, fl in parts:
        r = p.add_run(text)
        r.bold = "b" in fl
        r.italic = "i" in fl
        r.underline = "u" in fl
        if size:
            r.font.size = Pt(size)
        if "g" in fl:
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return p


def H(d, text, level=1):
    return d.add_heading(text, level=level)


def bullets(d, items, typed=None):
    for it in items:
        if typed:
            P(d, [(typed + " ", "")] + ([(it, "")] if isinstance(it, str) else it))
        else:
            p = d.add_paragraph(style="List Bullet")
            add_runs(p, it)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, head_fill="D9D9D9", bold_head=True, style="Table Grid", widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            if isinstance(val, list):
                add_runs(p, val)
            else:
                r = p.add_run(str(val))
                r.bold = bold_head and i == 0
            if i == 0 and head_fill:
                shade(c, head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text=None, fill=None, bold=True):
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    if text is not None:
        for p in a.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        a.paragraphs[0].text = ""
        r = a.paragraphs[0].add_run(text)
        r.bold = bold
    if fill:
        shade(a, fill)
    return a


def _run_xml(text, tag="w:t", b=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if b else ""
    t = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{t}</{tag}></w:r>'


def ins(p, text, author="J. Okafor", b=False):
    p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{nid()}" w:author="{author}" w:date="{DATE}">'
                          + _run_xml(text, b=b) + "</w:ins>"))


def dele(p, text, author="J. Okafor"):
    p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{nid()}" w:author="{author}" w:date="{DATE}">'
                          + _run_xml(text, "w:delText") + "</w:del>"))


def deleted_para(d, text, author="J. Okafor"):
    p = d.add_paragraph()
    dele(p, text, author)
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="{nid()}" w:author="{author}" w:date="{DATE}"/></w:rPr>'))
    return p


def comment(d, p, text, author="Governor (R. Tann)", initials="RT"):
    runs = p.runs
    d.add_comment(runs, text=text, author=author, initials=initials)


def textbox(d, paras, width_pt=440, height_pt=120, fill="F2F2F2"):
    """paras: list of parts (as for P). Inline VML text box in its own paragraph."""
    inner = ""
    for parts in paras:
        if isinstance(parts, str):
            parts = [(parts, "")]
        inner += "<w:p>" + "".join(_run_xml(t, b="b" in f) for t, f in parts) + "</w:p>"
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shape id="tb{nid()}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" '
           f'fillcolor="#{fill}" strokecolor="#404040"><v:textbox style="mso-fit-shape-to-text:t">'
           f'<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def header_footer(d, header, footer, page_field=True):
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    fp = s.footer.paragraphs[0]
    fp.text = footer + ("   Page " if page_field else "")
    if page_field:
        fp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def line_break_para(d, lines, bold_first=False):
    p = d.add_paragraph()
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        r.bold = bold_first and i == 0
        if i < len(lines) - 1:
            r.add_break()
    return p
