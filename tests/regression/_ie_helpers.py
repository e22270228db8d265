"""Shared helpers for the ie-* build scripts: python-docx plus raw OOXML for
tracked changes (w:ins / w:del, deleted table rows), VML text boxes, shading,
merged cells, PAGE fields in footers and Word comments."""
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
_ids = [500]


def _nid():
    _ids[0] += 1
    return str(_ids[0])


def new_document(font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return doc


def runs(par, text, size=None):
    """Add text to a paragraph; **...** marks bold segments."""
    parts = text.split("**")
    out = []
    for i, part in enumerate(parts):
        if not part:
            continue
        r = par.add_run(part)
        r.bold = bool(i % 2)
        if size:
            r.font.size = Pt(size)
        out.append(r)
    return out


def para(doc_or_cell, text="", style=None, size=None, align=None, space_after=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    runs(p, text, size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, fill=None, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if bold:
            line = "**" + line + "**" if line else line
        runs(p, line, size)
    if fill:
        shade(cell, fill)
    return cell


def table(doc, header, rows, widths=None, header_fill="D9D9D9", size=9, style="Table Grid"):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = style
    for j, h in enumerate(header):
        set_cell(t.cell(0, j), h, bold=True, fill=header_fill, size=size)
    for i, row in enumerate(rows, start=1):
        for j, val in enumerate(row):
            set_cell(t.cell(i, j), val, size=size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def band(t, row_idx, text, fill="BFBFBF", size=9):
    """Merge a whole row into one shaded band."""
    row = t.rows[row_idx]
    c = row.cells[0].merge(row.cells[-1])
    set_cell(c, text, bold=True, fill=fill, size=size)
    return c


def _run_xml(text, deleted=False, bold=False, size=None):
    tag = "w:delText" if deleted else "w:t"
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size * 2}"/>' if size else "") + "</w:rPr>"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def ins(par, text, author, date, bold=False, size=None):
    el = parse_xml(f'<w:ins xmlns:w="{W}" w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}">'
                   + _run_xml(text, bold=bold, size=size) + "</w:ins>")
    par._p.append(el)
    return el


def dele(par, text, author, date, bold=False, size=None):
    el = parse_xml(f'<w:del xmlns:w="{W}" w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}">'
                   + _run_xml(text, deleted=True, bold=bold, size=size) + "</w:del>")
    par._p.append(el)
    return el


def deleted_paragraph(doc, text, author, date, style=None):
    """A whole paragraph deleted as a tracked change (text and paragraph mark)."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = parse_xml(f'<w:rPr xmlns:w="{W}"><w:del w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}"/></w:rPr>')
    pPr.append(rPr)
    dele(p, text, author, date)
    return p


def delete_row(t, row_idx, texts, author, date, size=9):
    """Mark a table row as deleted (tracked) and fill its cells with deleted text."""
    row = t.rows[row_idx]
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del xmlns:w="{W}" w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}"/>'))
    for cell, txt in zip(row.cells, texts):
        cell.text = ""
        dele(cell.paragraphs[0], txt, author, date, size=size)


def insert_row_mark(t, row_idx, author, date):
    row = t.rows[row_idx]
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:ins xmlns:w="{W}" w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}"/>'))


def textbox(doc, paragraphs, fill="F2F2F2", width_pt=470, height_pt=150):
    """An inline VML text box holding the given paragraphs (list of strings, **bold** allowed)."""
    inner = ""
    for text in paragraphs:
        rs = ""
        for i, part in enumerate(text.split("**")):
            if part:
                rs += _run_xml(part, bold=bool(i % 2), size=9)
        inner += f"<w:p>{rs}</w:p>"
    xml = (f'<w:p xmlns:w="{W}" xmlns:v="{V}"><w:r><w:pict>'
           f'<v:shape id="tb{_nid()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-fit-shape-to-text:t" '
           f'fillcolor="#{fill}" strokecolor="#7F7F7F">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r></w:p>')
    el = parse_xml(xml)
    doc.element.body.append(el)
    # keep sectPr last
    sectPr = doc.element.body.find(qn("w:sectPr"))
    if sectPr is not None:
        doc.element.body.remove(sectPr)
        doc.element.body.append(sectPr)
    return el


def header_footer(doc, header_text, footer_text):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    runs(hp, header_text, 8)
    fp = sec.footer.paragraphs[0]
    runs(fp, footer_text + "   Page ", 8)
    fld = parse_xml(f'<w:fldSimple xmlns:w="{W}" w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    fp._p.append(fld)


def comment(doc, run_list, text, author, initials):
    return doc.add_comment(run_list, text=text, author=author, initials=initials)


def word_count(doc):
    n = 0
    for p in doc.paragraphs:
        n += len(p.text.split())
    for t in doc.tables:
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                n += len(c.text.split())
    return n
