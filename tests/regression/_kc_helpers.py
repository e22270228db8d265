"""Shared helpers for the kc-* build scripts (python-docx plus raw OOXML)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor
from xml.sax.saxutils import escape

_rev = [100]


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def runs(p, spec):
    """spec: str or list of (text, flags) where flags has b/i/u/grey/caps."""
    if isinstance(spec, str):
        spec = [(spec, "")]
    for item in spec:
        if isinstance(item, str):
            item = (item, "")
        text, flags = item
        r = p.add_run(text)
        r.bold = "b" in flags or None
        r.italic = "i" in flags or None
        if "u" in flags:
            r.underline = True
        if "grey" in flags:
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        if "red" in flags:
            r.font.color.rgb = RGBColor(0xB0, 0x10, 0x10)
        if "big" in flags:
            r.font.size = Pt(16)
        if "small" in flags:
            r.font.size = Pt(8)
    return p


def para(d, spec="", style=None, align=None, shade=None, space_after=4, indent=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    runs(p, spec)
    p.paragraph_format.space_after = Pt(space_after)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.left_indent = Cm(indent)
    if shade:
        shade_par(p, shade)
    return p


def shade_par(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, widths=None, header_fill="D9D9D9", style="Table Grid", size=9):
    """rows: list of lists of cell specs (str or runs spec). Returns the table."""
    ncol = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncol)
    t.style = style
    for i, r in enumerate(rows):
        for j, spec in enumerate(r):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            runs(p, spec)
            for rr in p.runs:
                rr.font.size = Pt(size)
                if i == 0 and header_fill:
                    rr.bold = True
            if i == 0 and header_fill:
                shade_cell(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill=None, bold=True, size=9):
    """Merge the whole row i into one cell holding text."""
    a = t.cell(i, 0)
    b = t.cell(i, len(t.columns) - 1)
    m = a.merge(b)
    m.text = ""
    r = m.paragraphs[0].add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    for extra in m.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    if fill:
        shade_cell(m, fill)
    return m


def merge_cells(t, r1, c1, r2, c2, text=None, fill=None, size=9):
    m = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        m.text = ""
        r = m.paragraphs[0].add_run(text)
        r.font.size = Pt(size)
        for extra in m.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
    if fill:
        shade_cell(m, fill)
    return m


def _rid():
    _rev[0] += 1
    return _rev[0]


def ins(p, text, author, date="2009-01-14T10:00:00Z", bold=False):
    b = "<w:b/>" if bold else ""
    x = (f'<w:ins {nsdecls("w")} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r><w:rPr>{b}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(x))


def dele(p, text, author, date="2009-01-14T10:00:00Z"):
    x = (f'<w:del {nsdecls("w")} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))


def deleted_paragraph(d, text, author, date="2009-01-14T10:00:00Z"):
    p = d.add_paragraph()
    dele(p, text, author, date)
    pPr = p._p.get_or_add_pPr()
    rPr = parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}"/></w:rPr>')
    pPr.append(rPr)
    return p


def inserted_paragraph(d, text, author, date="2009-01-14T10:00:00Z"):
    p = d.add_paragraph()
    ins(p, text, author, date)
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:ins w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}"/></w:rPr>'))
    return p


def comment(d, p, text, author, initials):
    rs = p.runs
    if not rs:
        rs = [p.add_run("")]
    d.add_comment(rs, text=text, author=author, initials=initials)


def text_box(d, paras, width_pt=440, height_pt=120, fill="FFF2CC"):
    """A VML text box (w:pict) anchored in its own paragraph. paras: list of runs specs."""
    inner = ""
    for spec in paras:
        if isinstance(spec, str):
            spec = [(spec, "")]
        rr = ""
        for text, flags in spec:
            b = "<w:b/>" if "b" in flags else ""
            i = "<w:i/>" if "i" in flags else ""
            rr += f'<w:r><w:rPr>{b}{i}<w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
        inner += f"<w:p>{rr}</w:p>"
    x = (f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
         f'<v:shape id="tb{_rid()}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" '
         f'fillcolor="#{fill}" strokecolor="#7F7F7F">'
         f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
         f'</v:shape></w:pict></w:r></w:p>')
    el = parse_xml(x)
    d.element.body.insert(len(d.element.body) - 1, el)
    return el


def header_footer(d, header, footer):
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    runs(hp, [(header, "small")])
    fp = s.footer.paragraphs[0]
    runs(fp, [(footer, "small")])
    # page field
    fp.add_run(" Page ").font.size = Pt(8)
    fp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def word_count(d):
    import re
    xml = d.element.body.xml
    return len(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).split())
