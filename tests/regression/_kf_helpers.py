"""Shared helpers for the kf-* build scripts (python-docx plus raw OOXML)."""
import copy
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn, nsdecls

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev_id = [900]


def new_doc(font="Arial", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def para(d, text="", bold=False, italic=False, size=None, color=None, align=None,
         style=None, space_after=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        add_run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def runs(d, parts, align=None):
    """parts: list of (text, 'b'/'i'/'bi'/'' ) tuples."""
    p = d.add_paragraph()
    for t, f in parts:
        add_run(p, t, bold="b" in f, italic="i" in f)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill))
    tcPr.append(shd)


def table(d, rows, header=True, shade_header="D9D9D9", style="Table Grid", bold_first_col=False,
          size=None):
    ncols = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncols)
    t.style = style
    for i, row in enumerate(rows):
        for j in range(ncols):
            txt = row[j] if j < len(row) else ""
            cell = t.cell(i, j)
            cell.text = ""
            lines = txt.split("\n")
            p = cell.paragraphs[0]
            for k, line in enumerate(lines):
                if k:
                    p = cell.add_paragraph()
                r = p.add_run(line)
                if (header and i == 0) or (bold_first_col and j == 0):
                    r.bold = True
                if size:
                    r.font.size = Pt(size)
            if header and i == 0 and shade_header:
                shade(cell, shade_header)
    return t


def merge(t, r1, c1, r2, c2, text=None, bold=False, fill=None):
    a = t.cell(r1, c1)
    b = t.cell(r2, c2)
    m = a.merge(b)
    if text is not None:
        for p in list(m.paragraphs)[1:]:
            p._p.getparent().remove(p._p)
        m.paragraphs[0].text = ""
        r = m.paragraphs[0].add_run(text)
        r.bold = bold
    if fill:
        shade(m, fill)
    return m


def _next_id():
    _rev_id[0] += 1
    return _rev_id[0]


def _run_xml(text, deleted=False, bold=False):
    tag = "w:delText" if deleted else "w:t"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return '<w:r %s>%s<%s xml:space="preserve">%s</%s></w:r>' % (
        W_NS, rpr, tag, _esc(text), tag)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ins(p, text, author="Author", date="2009-01-12T10:00:00Z", bold=False):
    x = '<w:ins %s w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (
        W_NS, _next_id(), author, date, _run_xml(text, bold=bold).replace(" " + W_NS, ""))
    p._p.append(parse_xml(x))


def dele(p, text, author="Author", date="2009-01-12T10:00:00Z"):
    x = '<w:del %s w:id="%d" w:author="%s" w:date="%s">%s</w:del>' % (
        W_NS, _next_id(), author, date, _run_xml(text, deleted=True).replace(" " + W_NS, ""))
    p._p.append(parse_xml(x))


def mark_para(p, kind, author="Author", date="2009-01-12T10:00:00Z"):
    """Mark the paragraph mark itself as inserted or deleted (kind 'ins'/'del')."""
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    el = parse_xml('<w:%s %s w:id="%d" w:author="%s" w:date="%s"/>' % (
        kind, W_NS, _next_id(), author, date))
    rPr.append(el)
    pPr.append(rPr)


def textbox(d, title, lines, fill="FFF2CC", width_pt=430, height_pt=150):
    """An inline-anchored VML text box holding a bold title and paragraphs."""
    inner = '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _esc(title)
    for ln in lines:
        inner += '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _esc(ln)
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shape id="tb%d" type="#_x0000_t202" style="width:%dpt;height:%dpt;mso-position-horizontal:center" '
        'fillcolor="#%s" strokecolor="#7F7F7F"><v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>%s'
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    ) % (W_NS, _next_id(), width_pt, height_pt, fill, inner)
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def header_footer(d, header, footer):
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer


def comment(d, run_or_runs, text, author="Reviewer", initials="R"):
    return d.add_comment(run_or_runs, text=text, author=author, initials=initials)


def word_count(path):
    d = Document(path)
    n = 0
    for p in d.paragraphs:
        n += len(p.text.split())
    for t in d.tables:
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                n += len(c.text.split())
    return n
