"""Shared helpers for the le-* build scripts (python-docx plus raw OOXML)."""
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def new_doc(font="Calibri", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def para(d, text="", bold=False, italic=False, size=None, style=None, breaks=False):
    """A paragraph; with breaks=True each '|' becomes a manual line break."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    parts = text.split("|") if breaks else [text]
    for i, t in enumerate(parts):
        r = p.add_run(t)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if breaks and i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def runs(d, pieces):
    """pieces: list of (text, bold) pairs in one paragraph."""
    p = d.add_paragraph()
    for t, b in pieces:
        p.add_run(t).bold = b
    return p


def shade_para(p, fill="D9D9D9"):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
    return p


def shade_cell(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, header=True, widths=None, style="Table Grid", bold_first_col=False):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            if (header and i == 0) or (bold_first_col and j == 0):
                r.bold = True
            if header and i == 0:
                shade_cell(c, "BFBFBF")
    return t


def merge_row(t, i, text, fill="E7E6E6"):
    """Merge a whole row into one cell holding text (a group row)."""
    row = t.rows[i]
    c = row.cells[0].merge(row.cells[-1])
    c.text = ""
    c.paragraphs[0].add_run(text).bold = True
    shade_cell(c, fill)
    return c


def _run_xml(text, deleted=False, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    tag = "w:delText" if deleted else "w:t"
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{text}</{tag}></w:r>'


def tracked(p, kind, text, author="R. Penhallow", date="2008-09-22T10:14:00Z"):
    """Append a tracked insertion (kind='ins') or deletion (kind='del') run to paragraph p."""
    _rev[0] += 1
    el = parse_xml(f'<w:{kind} {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}">'
                   f'{_run_xml(text, deleted=(kind == "del"))}</w:{kind}>')
    p._p.append(el)
    return el


def tracked_para(d, kind, text, author="R. Penhallow", date="2008-09-22T10:14:00Z"):
    """A whole paragraph inserted or deleted (paragraph mark tracked too)."""
    p = d.add_paragraph()
    _rev[0] += 1
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:{kind} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    tracked(p, kind, text, author, date)
    return p


def text_box(d, paragraphs, width_pt=430, height_pt=150, fill="FFF2CC"):
    """A VML text box anchored in its own paragraph; paragraphs is a list of (text, bold)."""
    _rev[0] += 1
    inner = "".join(
        f'<w:p>{_run_xml(t, bold=b)}</w:p>' for t, b in paragraphs)
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{_rev[0]}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" fillcolor="#{fill}">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
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
            r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def comment(d, p, text, author="J. Marsh", initials="JM"):
    d.add_comment(p.runs, text=text, author=author, initials=initials)
