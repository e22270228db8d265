"""Shared python-docx / raw OOXML helpers for the jf-* build scripts."""
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
_ids = [900]


def nid():
    _ids[0] += 1
    return _ids[0]


def _rpr(bold=False, italic=False, color=None, size=None, strike=False):
    r = ""
    if bold:
        r += "<w:b/>"
    if italic:
        r += "<w:i/>"
    if strike:
        r += "<w:strike/>"
    if color:
        r += f'<w:color w:val="{color}"/>'
    if size:
        r += f'<w:sz w:val="{int(size * 2)}"/>'
    return f"<w:rPr>{r}</w:rPr>" if r else ""


def _run(text, deleted=False, **kw):
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{_rpr(**kw)}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def new_doc(base_size=10.5, font="Calibri"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(base_size)
    return doc


def para(container, text="", bold=False, italic=False, color=None, size=None, style=None, align=None,
         space_after=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        add_run(p, text, bold=bold, italic=italic, color=color, size=size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_run(p, text, bold=False, italic=False, color=None, size=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if size:
        r.font.size = Pt(size)
    return r


def runs_para(container, parts, style=None):
    """parts: list of (text, dict-of-formatting) or plain strings."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            add_run(p, part)
        else:
            add_run(p, part[0], **part[1])
    return p


def ins(p, text, author, date, **kw):
    p._p.append(parse_xml(f'<w:ins {W} w:id="{nid()}" w:author="{author}" w:date="{date}">'
                          f'{_run(text, **kw)}</w:ins>'))


def dele(p, text, author, date, **kw):
    p._p.append(parse_xml(f'<w:del {W} w:id="{nid()}" w:author="{author}" w:date="{date}">'
                          f'{_run(text, deleted=True, **kw)}</w:del>'))


def mark_para(p, kind, author, date):
    """Mark the paragraph mark itself as inserted or deleted (kind 'ins' or 'del')."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {W}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {W} w:id="{nid()}" w:author="{author}" w:date="{date}"/>'))


def del_para(container, text, author, date, **kw):
    p = container.add_paragraph()
    dele(p, text, author, date, **kw)
    mark_para(p, "del", author, date)
    return p


def ins_para(container, text, author, date, **kw):
    p = container.add_paragraph()
    ins(p, text, author, date, **kw)
    mark_para(p, "ins", author, date)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, color=None, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        add_run(p, line, bold=bold, italic=italic, color=color, size=size)
    return cell


def table(doc, rows, header=True, fill="D9D9D9", style="Table Grid", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0 and fill:
                shade(t.cell(i, j), fill)
    return t


def merge_row(t, i, text, fill=None, bold=True, size=9, italic=False):
    row = t.rows[i]
    c = row.cells[0].merge(row.cells[-1])
    cell_text(c, text, bold=bold, size=size, italic=italic)
    if fill:
        shade(c, fill)
    return c


def delete_row(t, i, author, date, size=9):
    """Turn row i into a tracked deleted row (its text becomes w:delText)."""
    tr = t.rows[i]._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {W} w:id="{nid()}" w:author="{author}" w:date="{date}"/>'))
    for tc in tr.findall(qn("w:tc")):
        for p in tc.findall(qn("w:p")):
            texts = []
            for r in list(p.findall(qn("w:r"))):
                texts.append("".join(x.text or "" for x in r.findall(qn("w:t"))))
                p.remove(r)
            txt = "".join(texts)
            if txt:
                p.append(parse_xml(f'<w:del {W} w:id="{nid()}" w:author="{author}" w:date="{date}">'
                                   f'{_run(txt, deleted=True, size=size)}</w:del>'))


def textbox(doc, paragraphs, width_pt=440, height_pt=170, fill="FFF8E1"):
    """A VML text box anchored inline in its own paragraph. paragraphs: list of (text, fmt-dict)."""
    inner = ""
    for text, fmt in paragraphs:
        inner += f"<w:p>{_run(text, **fmt)}</w:p>"
    xml = (f'<w:p {W} {V}><w:r><w:pict><v:shape id="tb{nid()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="#{fill}" strokeweight="1pt">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    el = parse_xml(xml)
    doc.element.body.append(el)
    # keep sectPr last
    body = doc.element.body
    sect = body.find(qn("w:sectPr"))
    if sect is not None:
        body.remove(sect)
        body.append(sect)
    return el


def header_footer(doc, header_text, footer_text):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    add_run(hp, header_text, size=8, color="595959")
    fp = sec.footer.paragraphs[0]
    add_run(fp, footer_text + "  Page ", size=8, color="595959")
    fp._p.append(parse_xml(f'<w:fldSimple {W} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def comment(doc, run, text, author, initials):
    doc.add_comment(run, text=text, author=author, initials=initials)


def word_count(doc_path):
    import re
    import zipfile
    xml = zipfile.ZipFile(doc_path).read("word/document.xml").decode()
    return len(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).split())
