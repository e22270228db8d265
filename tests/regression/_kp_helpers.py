"""Shared helpers for the kp-* build scripts (python-docx plus raw OOXML)."""
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.enum.text import WD_ALIGN_PARAGRAPH

_rev = [100]


def _nid():
    _rev[0] += 1
    return str(_rev[0])


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def para(d_or_cell, text="", bold=False, italic=False, size=None, style=None, align=None, colour=None):
    """Add a paragraph. Text segments wrapped in ** are bold runs."""
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    parts = text.split("**")
    for i, part in enumerate(parts):
        if not part:
            continue
        r = p.add_run(part)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_text(cell, text, bold=False, size=None, shade_hex=None):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("**")
    for i, part in enumerate(parts):
        if part:
            r = p.add_run(part)
            r.bold = bold or (i % 2 == 1)
            if size:
                r.font.size = Pt(size)
    if shade_hex:
        shade(cell, shade_hex)
    return cell


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hex_}"/>'))


def table(d, rows, widths=None, header_shade="D9E2D0", style="Table Grid", size=9):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, bold=(i == 0), size=size,
                      shade_hex=header_shade if i == 0 and header_shade else None)
    return t


def merged_row(t, text, hex_="BFD0B0", size=9):
    """Append a row whose cells are merged across the table, shaded."""
    row = t.add_row()
    c = row.cells[0].merge(row.cells[-1])
    cell_text(c, text, bold=True, size=size, shade_hex=hex_)
    return row


def add_row(t, vals, size=9):
    row = t.add_row()
    for j, v in enumerate(vals):
        cell_text(row.cells[j], v, size=size)
    return row


def ins_run(p, text, author="Editor", date="2009-01-12T10:00:00Z"):
    w = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_nid()}" w:author="{author}" w:date="{date}">'
                  f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    p._p.append(w)


def del_run(p, text, author="Editor", date="2009-01-12T10:00:00Z"):
    w = parse_xml(f'<w:del {nsdecls("w")} w:id="{_nid()}" w:author="{author}" w:date="{date}">'
                  f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(w)


def delete_row(row, author="Editor", date="2009-01-12T10:00:00Z"):
    """Mark a whole table row as a tracked deletion."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_nid()}" w:author="{author}" w:date="{date}"/>'))
    for r in list(tr.iter(qn("w:r"))):
        for t in r.findall(qn("w:t")):
            dt = OxmlElement("w:delText")
            dt.set(qn("xml:space"), "preserve")
            dt.text = t.text
            t.addprevious(dt)
            r.remove(t)
        wrap = parse_xml(f'<w:del {nsdecls("w")} w:id="{_nid()}" w:author="{author}" w:date="{date}"/>')
        r.addprevious(wrap)
        wrap.append(r)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_box(d, title, lines, width="430pt", height="150pt"):
    """A VML text box (w:pict) anchored in its own paragraph."""
    body = f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{esc(title)}</w:t></w:r></w:p>'
    for ln in lines:
        body += f'<w:p><w:r><w:t xml:space="preserve">{esc(ln)}</w:t></w:r></w:p>'
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="tb{_nid()}" type="#_x0000_t202" style="width:{width};height:{height}" '
           f'fillcolor="#F2F2E6" strokecolor="#4F6228"><v:textbox><w:txbxContent>{body}'
           f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
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
