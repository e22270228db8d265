"""Shared helpers for the qe-* build scripts: raw OOXML that python-docx does not write itself
(tracked insertions and deletions, footnotes, VML text boxes, cell and paragraph shading,
paragraph borders), plus a few small writers used by both scripts."""
from xml.sax.saxutils import escape

from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = f'xmlns:w="{W_NS}"'

_ids = {"rev": 900, "fn": 0, "shape": 0}


def _rev_id():
    _ids["rev"] += 1
    return _ids["rev"]


def _rpr(bold=False, italic=False, size=None, font=None, sup=False, strike=False):
    parts = []
    if font:
        parts.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>')
    if bold:
        parts.append("<w:b/>")
    if italic:
        parts.append("<w:i/>")
    if strike:
        parts.append("<w:strike/>")
    if size:
        parts.append(f'<w:sz w:val="{int(size * 2)}"/>')
    if sup:
        parts.append('<w:vertAlign w:val="superscript"/>')
    return "<w:rPr>" + "".join(parts) + "</w:rPr>" if parts else ""


def _run_xml(text, deleted=False, **fmt):
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{_rpr(**fmt)}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def add_ins(paragraph, text, author, date="2008-09-24T09:00:00Z", **fmt):
    """Append a tracked insertion (part of the submission) to a paragraph."""
    xml = (f'<w:ins {NSDECL} w:id="{_rev_id()}" w:author="{escape(author)}" w:date="{date}">'
           f"{_run_xml(text, **fmt)}</w:ins>")
    paragraph._p.append(parse_xml(xml))


def add_del(paragraph, text, author, date="2008-09-24T09:00:00Z", **fmt):
    """Append a tracked deletion (not part of the submission) to a paragraph."""
    xml = (f'<w:del {NSDECL} w:id="{_rev_id()}" w:author="{escape(author)}" w:date="{date}">'
           f"{_run_xml(text, deleted=True, **fmt)}</w:del>")
    paragraph._p.append(parse_xml(xml))


def mark_para_deleted(paragraph, author, date="2008-09-24T09:00:00Z"):
    """Mark a paragraph mark as deleted, so a paragraph holding only a deletion disappears."""
    pPr = paragraph._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.append(rPr)
    d = parse_xml(f'<w:del {NSDECL} w:id="{_rev_id()}" w:author="{escape(author)}" w:date="{date}"/>')
    rPr.append(d)


def mark_para_inserted(paragraph, author, date="2008-09-24T09:00:00Z"):
    pPr = paragraph._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:ins {NSDECL} w:id="{_rev_id()}" w:author="{escape(author)}" w:date="{date}"/>'))


def delete_row(row, author, date="2008-09-24T09:00:00Z"):
    """Mark a table row and all its text as a tracked deletion."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {NSDECL} w:id="{_rev_id()}" w:author="{escape(author)}" w:date="{date}"/>'))
    for r in tr.iter(qn("w:r")):
        parent = r.getparent()
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        wrapper = parse_xml(f'<w:del {NSDECL} w:id="{_rev_id()}" w:author="{escape(author)}" w:date="{date}"/>')
        parent.replace(r, wrapper)
        wrapper.append(r)


# ---------------------------------------------------------------- footnotes
def _footnotes_part(doc):
    main = doc.part
    for rel in main.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            return rel.target_part
    xml = (f'<w:footnotes {NSDECL}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           "</w:footnotes>")
    part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, parse_xml(xml), main.package)
    main.relate_to(part, RT.FOOTNOTES)
    return part


def add_footnote(doc, paragraph, text):
    """Add a footnote reference at the end of the paragraph and its text in footnotes.xml."""
    part = _footnotes_part(doc)
    _ids["fn"] += 1
    fid = _ids["fn"]
    note = parse_xml(
        f'<w:footnote {NSDECL} w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
    part.element.append(note)
    paragraph._p.append(parse_xml(
        f'<w:r {NSDECL}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))


# ---------------------------------------------------------------- text boxes
def add_textbox(doc, paragraphs, width_pt=440, height_pt=150, fill="F2F2F2", border="808080"):
    """Add an inline VML text box in a new body paragraph. `paragraphs` is a list of
    (text, bold, italic) tuples or plain strings."""
    _ids["shape"] += 1
    inner = []
    for item in paragraphs:
        if isinstance(item, str):
            item = (item, False, False)
        text, bold, italic = item
        inner.append(f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{_run_xml(text, bold=bold, italic=italic, size=10)}</w:p>')
    host = doc.add_paragraph()
    xml = (f'<w:r {NSDECL} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="qeTextBox{_ids["shape"]}" o:spid="_x0000_s{1024 + _ids["shape"]}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="#{fill}" strokecolor="#{border}">'
           f'<v:textbox inset="6pt,4pt,6pt,4pt"><w:txbxContent>{"".join(inner)}</w:txbxContent></v:textbox>'
           f"</v:shape></w:pict></w:r>")
    host._p.append(parse_xml(xml))
    return host


# ---------------------------------------------------------------- shading, borders
def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def shade_para(paragraph, fill):
    pPr = paragraph._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def bottom_rule(paragraph, color="404040", size=8):
    pPr = paragraph._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:pBdr {NSDECL}><w:bottom w:val="single" w:sz="{size}" w:space="1" w:color="{color}"/></w:pBdr>'))


def set_col_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


def cell_text(cell, text, bold=False, italic=False, size=None, font=None):
    """Replace a cell's text with one run (lines split on \n become paragraphs)."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if font:
            run.font.name = font
            run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    return p


def grid_table(doc, rows, header=True, style="Table Grid", widths=None, size=9.5, header_fill="D9D9D9"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade_cell(t.cell(i, j), header_fill)
    if widths:
        set_col_widths(t, widths)
    return t


def merged_band(table, row_idx, text, fill="BFBFBF", size=9.5):
    row = table.rows[row_idx]
    first, last = row.cells[0], row.cells[len(row.cells) - 1]
    m = first.merge(last)
    cell_text(m, text, bold=True, size=size)
    shade_cell(m, fill)
    return m


def landscape_section(doc):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    if w < h:
        sec.page_width, sec.page_height = h, w
    return sec


def portrait_section(doc):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    w, h = sec.page_width, sec.page_height
    if w > h:
        sec.page_width, sec.page_height = h, w
    return sec


GREY = RGBColor(0x59, 0x59, 0x59)
