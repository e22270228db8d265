"""Shared helpers for the ku-* build scripts (python-docx plus raw OOXML)."""
import itertools
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

_ids = itertools.count(900)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_doc(font="Calibri", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def para(d, text="", bold=False, italic=False, size=None, color=None, align=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def add_runs(p, text, bold=False, italic=False, size=None, color=None):
    """Text with **bold** spans."""
    parts = text.split("**")
    for i, part in enumerate(parts):
        if not part:
            continue
        r = p.add_run(part)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, header_fill="1F2A44", header_color="FFFFFF", widths=None, style="Table Grid", bold_first_col=False):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            if val is None:
                continue
            add_runs(p, val, bold=(i == 0) or (bold_first_col and j == 0),
                     color=header_color if (i == 0 and header_fill) else None, size=9.5)
            if i == 0 and header_fill:
                shade(c, header_fill)
    return t


def merge_row(t, r, text, fill="D9D9D9"):
    """Merge a whole row into one cell carrying text."""
    a = t.cell(r, 0).merge(t.cell(r, len(t.columns) - 1))
    a.text = ""
    add_runs(a.paragraphs[0], text, bold=True, size=9.5)
    shade(a, fill)
    return a


def header_footer(d, header, footer):
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer
    for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)
            r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)


def tracked(p, text, kind, author="Reviewer", date="2009-01-20T10:00:00Z"):
    """Append a tracked insertion ('ins') or deletion ('del') run to paragraph p."""
    i = next(_ids)
    if kind == "ins":
        x = (f'<w:ins {nsdecls("w")} w:id="{i}" w:author="{author}" w:date="{date}">'
             f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    else:
        x = (f'<w:del {nsdecls("w")} w:id="{i}" w:author="{author}" w:date="{date}">'
             f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))
    return p


def tracked_para(d, text, kind, author="Reviewer", date="2009-01-20T10:00:00Z"):
    """A whole paragraph inserted or deleted (paragraph mark tracked too)."""
    p = d.add_paragraph()
    i = next(_ids)
    tag = "w:ins" if kind == "ins" else "w:del"
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><{tag} w:id="{i}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    tracked(p, text, kind, author, date)
    return p


def text_box(d, lines, width_pt=430, height_pt=150, fill="FFF8DC"):
    """A VML text box anchored inline in its own paragraph; lines are paragraphs inside it."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if k == 0 else ""}<w:t xml:space="preserve">{esc(l)}</w:t></w:r></w:p>'
        for k, l in enumerate(lines))
    i = next(_ids)
    x = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
         f'<v:shape id="tb{i}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" '
         f'fillcolor="#{fill}" strokecolor="#1F2A44">'
         f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(x))
    return p


def comment(d, p, text, author="J. Hale", initials="JH"):
    runs = p.runs
    d.add_comment(runs, text=text, author=author, initials=initials)


def heading(d, text, level=1):
    return d.add_heading(text, level=level)
