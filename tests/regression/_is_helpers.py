"""Shared python-docx helpers for the is-* blind applications (raw OOXML where python-docx cannot)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def new_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def para(d, text="", style=None, bold=False, italic=False, size=None, align=None, color=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def runs(p, parts):
    """parts: list of (text, dict(bold=, italic=)) or plain strings."""
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            t, f = part
            r = p.add_run(t)
            r.bold = f.get("bold")
            r.italic = f.get("italic")
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)


def table(d, rows, header=True, style="Table Grid", head_fill="D9D9D9", size=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0 and head_fill:
                shade(t.cell(i, j), head_fill)
    return t


def band(t, i, text, fill="F2DCDB", bold=True):
    """Merge row i across all columns and shade it."""
    n = len(t.rows[i].cells)
    c = t.cell(i, 0).merge(t.cell(i, n - 1))
    set_cell(c, text, bold=bold)
    shade(c, fill)
    return c


def _rpr(bold=False, italic=False):
    s = ""
    if bold:
        s += "<w:b/>"
    if italic:
        s += "<w:i/>"
    return f"<w:rPr>{s}</w:rPr>" if s else ""


def tracked_para(d, pieces, author="Editor", date="2008-10-14T09:00:00Z", style=None):
    """pieces: list of (kind, text) with kind in 'n' (normal), 'ins', 'del'. Appends a paragraph."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for kind, text in pieces:
        t = escape(text)
        if kind == "n":
            p._p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve">{t}</w:t></w:r>'))
        elif kind == "ins":
            _rev[0] += 1
            p._p.append(parse_xml(
                f'<w:ins {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}">'
                f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:ins>'))
        elif kind == "del":
            _rev[0] += 1
            p._p.append(parse_xml(
                f'<w:del {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}">'
                f'<w:r><w:delText xml:space="preserve">{t}</w:delText></w:r></w:del>'))
    return p


def deleted_para(d, text, author="Editor", date="2008-10-14T09:00:00Z", style=None):
    """A whole paragraph deleted as a tracked change (runs and paragraph mark)."""
    p = tracked_para(d, [("del", text)], author, date, style)
    _rev[0] += 1
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:del w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    return p


def inserted_para(d, text, author="Editor", date="2008-10-14T09:00:00Z", style=None):
    p = tracked_para(d, [("ins", text)], author, date, style)
    _rev[0] += 1
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:ins w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    return p


def comment(d, paragraph, text, author="Reviewer", initials="R"):
    rs = paragraph.runs
    if not rs:
        rs = [paragraph.add_run("")]
    return d.add_comment(rs, text=text, author=author, initials=initials)


def textbox(d, lines, width_pt=430, height_pt=150, fill="FFF2CC"):
    """A VML text box anchored in its own paragraph; lines: list of (text, bold)."""
    inner = ""
    for text, bold in lines:
        inner += (f'<w:p><w:r>{_rpr(bold)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
    xml = (
        f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<w:pict><v:shape id="tb{_rev[0]}" o:spid="_x0000_s{1025 + _rev[0]}" type="#_x0000_t202" '
        f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" fillcolor="#{fill}">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    _rev[0] += 1
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def header_footer(d, header, footer):
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer
