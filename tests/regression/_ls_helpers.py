"""Shared helpers for the ls-* build scripts: python-docx plus raw OOXML for
tracked changes, shading, merged cells, VML text boxes and headers/footers."""
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def new_doc(header, footer, font="Georgia", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = footer
    return d


def p(doc, text="", bold=False, italic=False, style=None, size=None, grey=False, shade=None, align=None):
    para = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if grey:
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    if shade:
        para._p.get_or_add_pPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{shade}"/>'))
    if align == "center":
        para.alignment = 1
    return para


def runs(para, parts):
    """parts: list of str | (str, 'b') | (str, 'i') | (str, 'ins'|'del', author, date)"""
    for part in parts:
        if isinstance(part, str):
            para.add_run(part)
        elif part[1] == "b":
            para.add_run(part[0]).bold = True
        elif part[1] == "i":
            para.add_run(part[0]).italic = True
        elif part[1] in ("ins", "del"):
            tracked(para, part[0], part[1], part[2], part[3])
    return para


def tracked(para, text, kind, author, date):
    _rev[0] += 1
    t = escape(text)
    if kind == "ins":
        xml = (f'<w:ins {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}T10:00:00Z">'
               f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:ins>')
    else:
        xml = (f'<w:del {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}T10:00:00Z">'
               f'<w:r><w:delText xml:space="preserve">{t}</w:delText></w:r></w:del>')
    para._p.append(parse_xml(xml))


def tracked_para(doc, text, kind, author, date, bold=False):
    """A whole paragraph inserted or deleted, paragraph mark included."""
    para = doc.add_paragraph()
    _rev[0] += 1
    mark = "ins" if kind == "ins" else "del"
    para._p.get_or_add_pPr().append(parse_xml(
        f'<w:rPr {W}><w:{mark} w:id="{_rev[0]}" w:author="{author}" w:date="{date}T10:00:00Z"/></w:rPr>'))
    tracked(para, text, kind, author, date)
    return para


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(doc, rows, widths=None, header_fill="D9D9D9", style="Table Grid", bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val if val is not None else ""
            if i == 0 and header_fill:
                shade_cell(c, header_fill)
                if bold_header:
                    for r in c.paragraphs[0].runs:
                        r.bold = True
    return t


def cell_tracked(cell, keep, old, new, author, date):
    """Replace a cell's text with keep + deleted old + inserted new."""
    cell.text = ""
    para = cell.paragraphs[0]
    if keep:
        para.add_run(keep)
    if old:
        tracked(para, old, "del", author, date)
    if new:
        tracked(para, new, "ins", author, date)


def delete_row(row, author, date):
    """Mark a whole table row as deleted (w:trPr/w:del) and its text as deleted."""
    _rev[0] += 1
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}T10:00:00Z"/>'))
    for c in row.cells:
        for para in c.paragraphs:
            texts = [r.text for r in para.runs]
            for r in list(para.runs):
                r._r.getparent().remove(r._r)
            for tx in texts:
                if tx:
                    tracked(para, tx, "del", author, date)


def text_box(doc, lines, width_pt=430, height_pt=120, fill="FFF8E1"):
    """A floating VML text box anchored in its own paragraph; lines: list of (text, bold)."""
    inner = ""
    for text, bold in lines:
        b = "<w:rPr><w:b/></w:rPr>" if bold else ""
        inner += f'<w:p><w:r>{b}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
    xml = (f'<w:p {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict>'
           f'<v:shape id="tb{_rev[0]}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt;'
           f'mso-position-horizontal:center" fillcolor="#{fill}" strokecolor="#7F6000">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    _rev[0] += 1
    el = parse_xml(xml)
    doc.element.body.append(el)
    # keep sectPr last
    body = doc.element.body
    sect = body.find(qn("w:sectPr"))
    if sect is not None:
        body.remove(sect)
        body.append(sect)
    return el


def comment(doc, para, text, author, initials):
    r = para.runs[0] if para.runs else para.add_run("")
    doc.add_comment(r, text=text, author=author, initials=initials)
