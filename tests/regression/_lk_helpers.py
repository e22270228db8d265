"""Shared python-docx / raw OOXML helpers for the lk-* build scripts."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm
from xml.sax.saxutils import escape

W = nsdecls("w")
DATE = "2008-11-14T10:00:00Z"
_id = [900]


def nid():
    _id[0] += 1
    return _id[0]


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(2)
    return d


def P(d, text="", bold=False, italic=False, size=None, style=None, align=None, grey=False, shade=None, caps=False):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.all_caps = caps
        if size:
            r.font.size = Pt(size)
        if grey:
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if shade:
        p._p.get_or_add_pPr().append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{shade}"/>'))
    return p


def runs(d, parts, style=None):
    """parts: list of (text, bold) tuples in one paragraph."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for t, b in parts:
        r = p.add_run(t)
        r.bold = b
    return p


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, widths=None, header_fill="D9D9D9", bold_header=True, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val if val is not None else ""
            if i == 0 and bold_header:
                for r in c.paragraphs[0].runs:
                    r.bold = True
                if header_fill:
                    shade_cell(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill="EDEDED", bold=True):
    """Merge a whole row into one cell (group row)."""
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    a.text = text
    for r in a.paragraphs[0].runs:
        r.bold = bold
    if fill:
        shade_cell(a, fill)
    return a


def _run_xml(text, deleted=False, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def ins_para(d, text, author="J. Okafor", bold=False):
    """A whole paragraph inserted as a tracked change."""
    i1, i2 = nid(), nid()
    p = parse_xml(
        f'<w:p {W}><w:pPr><w:rPr><w:ins w:id="{i1}" w:author="{author}" w:date="{DATE}"/></w:rPr></w:pPr>'
        f'<w:ins w:id="{i2}" w:author="{author}" w:date="{DATE}">{_run_xml(text, bold=bold)}</w:ins></w:p>')
    d.element.body.append(p)
    _move_sectpr(d)
    return p


def del_para(d, text, author="J. Okafor"):
    """A whole paragraph deleted as a tracked change."""
    i1, i2 = nid(), nid()
    p = parse_xml(
        f'<w:p {W}><w:pPr><w:rPr><w:del w:id="{i1}" w:author="{author}" w:date="{DATE}"/></w:rPr></w:pPr>'
        f'<w:del w:id="{i2}" w:author="{author}" w:date="{DATE}">{_run_xml(text, deleted=True)}</w:del></w:p>')
    d.element.body.append(p)
    _move_sectpr(d)
    return p


def mixed_para(d, pieces, author="J. Okafor"):
    """pieces: list of (kind, text) with kind in 'n' (normal), 'i' (inserted), 'd' (deleted)."""
    xml = f'<w:p {W}>'
    for kind, text in pieces:
        if kind == "n":
            xml += _run_xml(text)
        elif kind == "i":
            xml += f'<w:ins w:id="{nid()}" w:author="{author}" w:date="{DATE}">{_run_xml(text)}</w:ins>'
        else:
            xml += f'<w:del w:id="{nid()}" w:author="{author}" w:date="{DATE}">{_run_xml(text, deleted=True)}</w:del>'
    xml += "</w:p>"
    p = parse_xml(xml)
    d.element.body.append(p)
    _move_sectpr(d)
    return p


def cell_change(cell, old, new, author="J. Okafor"):
    """Replace a cell's text with a tracked deletion of old and insertion of new."""
    tc = cell._tc
    for p in list(tc.findall(qn("w:p"))):
        tc.remove(p)
    tc.append(parse_xml(
        f'<w:p {W}><w:del w:id="{nid()}" w:author="{author}" w:date="{DATE}">{_run_xml(old, deleted=True)}</w:del>'
        f'<w:ins w:id="{nid()}" w:author="{author}" w:date="{DATE}">{_run_xml(new)}</w:ins></w:p>'))


def delete_row(row, author="J. Okafor"):
    """Mark a whole table row as a tracked deletion."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {W} w:id="{nid()}" w:author="{author}" w:date="{DATE}"/>'))
    for tc in tr.findall(qn("w:tc")):
        for p in tc.findall(qn("w:p")):
            texts = "".join(t.text or "" for t in p.iter(qn("w:t")))
            for r in list(p.findall(qn("w:r"))):
                p.remove(r)
            if texts:
                p.append(parse_xml(
                    f'<w:del {W} w:id="{nid()}" w:author="{author}" w:date="{DATE}">{_run_xml(texts, deleted=True)}</w:del>'))


def textbox(d, paras, width_pt=430, height_pt=150, fill="FFF2CC"):
    """A floating-free inline VML text box holding the given paragraphs (list of (text, bold))."""
    inner = "".join(f'<w:p>{_run_xml(t, bold=b)}</w:p>' for t, b in paras)
    xml = (f'<w:p {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="tb{nid()}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="#{fill}">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    p = parse_xml(xml)
    d.element.body.append(p)
    _move_sectpr(d)
    return p


def _move_sectpr(d):
    body = d.element.body
    s = body.find(qn("w:sectPr"))
    if s is not None:
        body.remove(s)
        body.append(s)


def header_footer(d, head, foot):
    s = d.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot


def comment(d, paragraph, text, author="R. Pemberton", initials="RP"):
    d.add_comment(paragraph.runs, text=text, author=author, initials=initials)


def bullet(d, text):
    return d.add_paragraph(text, style="List Bullet")


def number(d, text):
    return d.add_paragraph(text, style="List Number")
