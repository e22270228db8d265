"""Shared helpers for the jr-* build scripts (python-docx plus raw OOXML)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm
from xml.sax.saxutils import escape

_REV = [100]


def _rid():
    _REV[0] += 1
    return str(_REV[0])


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def para(d_or_cell, text="", bold=False, italic=False, size=None, colour=None, style=None, align=None):
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runin(d_or_cell, label, text, label_colour=None):
    """A paragraph with a bold run-in label followed by plain text (two runs)."""
    p = d_or_cell.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    if label_colour:
        r.font.color.rgb = RGBColor.from_string(label_colour)
    p.add_run(text)
    return p


def run(p, text, bold=False, italic=False, colour=None, size=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if colour:
        r.font.color.rgb = RGBColor.from_string(colour)
    if size:
        r.font.size = Pt(size)
    return r


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, fill=None, colour=None, size=None):
    """Replace a cell's text; '\n' starts a new paragraph."""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        if part:
            r = p.add_run(part)
            r.bold, r.italic = bold, italic
            if colour:
                r.font.color.rgb = RGBColor.from_string(colour)
            if size:
                r.font.size = Pt(size)
    if fill:
        shade(cell, fill)
    return cell


def table(d, rows, widths=None, header_fill=None, style="Table Grid", bold_first_row=True, size=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(bold_first_row and i == 0),
                      fill=(header_fill if (i == 0 and header_fill) else None), size=size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def tracked(p, text, kind, author="Author", date="2009-01-12T10:00:00Z", bold=False):
    """Append a tracked insertion ('ins') or deletion ('del') run to paragraph p."""
    tag = "w:t" if kind == "ins" else "w:delText"
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    xml = (f'<w:{kind} {nsdecls("w")} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}">'
           f'<w:r>{b}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r></w:{kind}>')
    p._p.append(parse_xml(xml))


def deleted_paragraph(d, text, author="Author", date="2009-01-12T10:00:00Z"):
    """A whole paragraph deleted as a tracked change (text and paragraph mark)."""
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    dl = parse_xml(f'<w:del {nsdecls("w")} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}"/>')
    rPr.append(dl)
    pPr.append(rPr)
    tracked(p, text, "del", author, date)
    return p


def inserted_paragraph(d, text, author="Author", date="2009-01-12T10:00:00Z"):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    rPr.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}"/>'))
    pPr.append(rPr)
    tracked(p, text, "ins", author, date)
    return p


def textbox(d, lines, width_pt=430, height_pt=90, fill="#FFF2CC", bold_first=True):
    """A floating-free inline VML text box holding one paragraph per line."""
    inner = ""
    for i, ln in enumerate(lines):
        b = "<w:rPr><w:b/></w:rPr>" if (bold_first and i == 0) else ""
        inner += f'<w:p><w:r>{b}<w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>'
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shape id="tb{_rid()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="{fill}" strokecolor="#7F6000">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def header_footer(d, header, footer):
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer


def comment(d, runs, text, author="Reviewer", initials="R"):
    d.add_comment(runs, text=text, author=author, initials=initials)


def merge_row(t, row, c1, c2, text=None, bold=True, fill=None):
    c = t.cell(row, c1).merge(t.cell(row, c2))
    if text is not None:
        for p in c.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        c.paragraphs[0].text = ""
        cell_text(c, text, bold=bold, fill=fill)
    return c
