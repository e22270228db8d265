"""Shared helpers for the jz-* build scripts (python-docx plus raw OOXML)."""
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def _id():
    _rev[0] += 1
    return _rev[0]


def run_xml(text, bold=False, italic=False, size=None, deleted=False, color=None):
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{int(size*2)}"/>'
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r><w:rPr>{rpr}</w:rPr><{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def para_mixed(p, pieces, author="Learning and Literacy Team", date="2009-01-09T10:00:00Z"):
    """pieces: list of (kind, text[, opts]) where kind is 't', 'b', 'i', 'ins', 'del'."""
    for piece in pieces:
        kind, text = piece[0], piece[1]
        if kind == "t":
            p.add_run(text)
        elif kind == "b":
            p.add_run(text).bold = True
        elif kind == "i":
            p.add_run(text).italic = True
        elif kind == "ins":
            p._p.append(parse_xml(f'<w:ins {W} w:id="{_id()}" w:author="{author}" w:date="{date}">{run_xml(text)}</w:ins>'))
        elif kind == "del":
            p._p.append(parse_xml(f'<w:del {W} w:id="{_id()}" w:author="{author}" w:date="{date}">{run_xml(text, deleted=True)}</w:del>'))
    return p


def mark_para_inserted(p, author, date):
    ppr = p._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f"<w:rPr {W}/>")
        ppr.append(rpr)
    rpr.append(parse_xml(f'<w:ins {W} w:id="{_id()}" w:author="{author}" w:date="{date}"/>'))
    for r in list(p._p.findall(qn("w:r"))):
        ins = parse_xml(f'<w:ins {W} w:id="{_id()}" w:author="{author}" w:date="{date}"/>')
        r.addprevious(ins)
        ins.append(r)


def mark_para_deleted(p, author, date):
    ppr = p._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f"<w:rPr {W}/>")
        ppr.append(rpr)
    rpr.append(parse_xml(f'<w:del {W} w:id="{_id()}" w:author="{author}" w:date="{date}"/>'))
    for r in list(p._p.findall(qn("w:r"))):
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        d = parse_xml(f'<w:del {W} w:id="{_id()}" w:author="{author}" w:date="{date}"/>')
        r.addprevious(d)
        d.append(r)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, italic=False, size=None, fill=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if fill:
        shade(cell, fill)
    return cell


def table(doc, rows, widths=None, header_fill="D9D9D9", size=9, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(i == 0), size=size, fill=header_fill if i == 0 else None)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def textbox(doc, lines, title=None, width_pt=430, height_pt=150, fill="FFF2CC"):
    """A VML text box anchored in its own paragraph; lines are paragraphs inside it."""
    inner = ""
    if title:
        inner += f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(title)}</w:t></w:r></w:p>'
    for ln in lines:
        inner += f'<w:p><w:r><w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>'
    xml = (f'<w:p {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:r><w:pict><v:shape id="tb{_id()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" fillcolor="#{fill}">'
           f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r></w:p>')
    el = parse_xml(xml)
    doc.element.body.append(el)
    # keep sectPr last
    sect = doc.element.body.find(qn("w:sectPr"))
    if sect is not None:
        doc.element.body.remove(sect)
        doc.element.body.append(sect)
    return el


def header_footer(doc, header, footer):
    s = doc.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer
    for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)


def comment(doc, run, text, author, initials):
    doc.add_comment(run, text=text, author=author, initials=initials)
