"""Shared helpers for the jk-* build scripts (python-docx plus raw OOXML)."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm
from xml.sax.saxutils import escape

_ID = [900]
DATE = "2009-02-11T10:00:00Z"


def nid():
    _ID[0] += 1
    return _ID[0]


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return d


def para(d, text="", bold=False, italic=False, size=None, color=None, align=None, caps=False, space_after=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if caps:
            r.font.all_caps = True
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runin(d, label, text, label_color=None):
    """Bold run-in label followed by text in a separate run."""
    p = d.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    if label_color:
        r.font.color.rgb = RGBColor.from_string(label_color)
    p.add_run(text)
    return p


def typed_title(d, text, size=12, color="1F3864", shade=None):
    """A title typed as a bold Normal paragraph (no heading style)."""
    p = para(d, text, bold=True, size=size, color=color)
    if shade:
        shade_para(p, shade)
    return p


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, italic=False, size=None, fill=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if fill:
        shade_cell(cell, fill)


def table(d, rows, header_fill="D9E2F3", widths=None, size=9, style="Table Grid", bold_first_col=False):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(i == 0) or (bold_first_col and j == 0), size=size,
                     fill=header_fill if i == 0 and header_fill else None)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge(t, r1, c1, r2, c2, text=None, bold=False, fill=None, size=9, italic=False):
    c = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        set_cell(c, text, bold=bold, fill=fill, size=size, italic=italic)
    return c


def tracked(d, parts, author="J. Pellow", date=DATE, p=None):
    """parts: list of (text, kind) with kind in (None, 'ins', 'del', 'b')."""
    if p is None:
        p = d.add_paragraph()
    for text, kind in parts:
        t = escape(text)
        if kind == "ins":
            xml = (f'<w:ins {nsdecls("w")} w:id="{nid()}" w:author="{author}" w:date="{date}">'
                   f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:ins>')
            p._p.append(parse_xml(xml))
        elif kind == "del":
            xml = (f'<w:del {nsdecls("w")} w:id="{nid()}" w:author="{author}" w:date="{date}">'
                   f'<w:r><w:delText xml:space="preserve">{t}</w:delText></w:r></w:del>')
            p._p.append(parse_xml(xml))
        else:
            r = p.add_run(text)
            if kind == "b":
                r.bold = True
    return p


def deleted_paragraph(d, text, author="J. Pellow", date=DATE):
    """A whole paragraph deleted as a tracked change (paragraph mark deleted too)."""
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="{nid()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    tracked(d, [(text, "del")], author, date, p=p)
    return p


def inserted_paragraph(d, text, author="J. Pellow", date=DATE):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:ins w:id="{nid()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    tracked(d, [(text, "ins")], author, date, p=p)
    return p


def comment(d, run_or_runs, text, author="Reviewer", initials="R"):
    return d.add_comment(run_or_runs, text=text, author=author, initials=initials)


def text_box(d, lines, width_pt=430, height_pt=120, fill="FFF2CC", title=None):
    """A VML text box anchored in its own paragraph. lines: list of strings."""
    inner = ""
    if title:
        inner += (f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(title)}</w:t></w:r></w:p>')
    for ln in lines:
        inner += f'<w:p><w:r><w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>'
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shape id="tb{nid()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" '
           f'fillcolor="#{fill}" strokecolor="#7F6000"><v:textbox style="mso-fit-shape-to-text:t">'
           f'<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def header_footer(d, header, footer):
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer
    for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)


def landscape_section(d):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    return s


def portrait_section(d):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    if s.page_width > s.page_height:
        s.page_width, s.page_height = s.page_height, s.page_width
    return s


def bullets(d, items, mark="\u2022"):
    for it in items:
        p = d.add_paragraph(f"{mark} {it}")
        p.paragraph_format.left_indent = Cm(0.6)
