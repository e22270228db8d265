"""Shared helpers for the pj-* build scripts: python-docx plus raw OOXML for what it cannot do
(tracked changes, footnotes, VML text boxes, shading, merged-cell helpers, fields, landscape sections)."""
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor
from xml.sax.saxutils import escape

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_ids = {"rev": 900}


def _next_id():
    _ids["rev"] += 1
    return _ids["rev"]


def new_document(font="Georgia", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {W_NS}/>")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    doc._pj_footnotes = []
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, size=None, align=None, style=None,
         space_after=None, color=None, caps=False):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if caps:
            r.font.all_caps = True
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(p, *pieces):
    """pieces: (text, 'b'|'i'|'bi'|'') tuples or plain strings."""
    out = []
    for pc in pieces:
        if isinstance(pc, str):
            pc = (pc, "")
        t, f = pc
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
        out.append(r)
    return out


def cell_text(cell, text, bold=False, italic=False, size=None, align=None, fill=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade(cell, fill)
    return cell


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_paragraph(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(doc, rows, cols, widths=None, style="Table Grid", size=None):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = style
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def fill_row(row, values, bold=False, size=None, fill=None, italic=False):
    for c, v in zip(row.cells, values):
        cell_text(c, v, bold=bold, size=size, fill=fill, italic=italic)


def _run_xml(text, rpr=""):
    return (f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')


def tracked_insert(p, text, author, date, rpr=""):
    """Append an inserted run (w:ins) to paragraph p."""
    el = parse_xml(f'<w:ins {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
                   f'{_run_xml(text, rpr)}</w:ins>')
    p._p.append(el)
    return el


def tracked_delete(p, text, author, date, rpr=""):
    """Append a deleted run (w:del with w:delText) to paragraph p."""
    el = parse_xml(f'<w:del {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
                   f'<w:r>{rpr}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    p._p.append(el)
    return el


def mark_paragraph_inserted(p, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {W_NS}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:ins {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))


def mark_paragraph_deleted(p, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {W_NS}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:del {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))


def deleted_paragraph(doc, text, author, date, bold_lead=None):
    """A whole paragraph deleted with tracked changes."""
    p = doc.add_paragraph()
    mark_paragraph_deleted(p, author, date)
    if bold_lead:
        tracked_delete(p, bold_lead, author, date, rpr="<w:rPr><w:b/></w:rPr>")
    tracked_delete(p, text, author, date)
    return p


def inserted_paragraph(doc, text, author, date, bold_lead=None):
    p = doc.add_paragraph()
    mark_paragraph_inserted(p, author, date)
    if bold_lead:
        tracked_insert(p, bold_lead, author, date, rpr="<w:rPr><w:b/></w:rPr>")
    tracked_insert(p, text, author, date)
    return p


def delete_table_row(row, author, date):
    """Mark a table row deleted (w:trPr/w:del) and its runs as deleted text."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))
    for r in tr.iter(qn("w:r")):
        for t in r.findall(qn("w:t")):
            dt = parse_xml(f'<w:delText {W_NS} xml:space="preserve">{escape(t.text or "")}</w:delText>')
            r.replace(t, dt)
        parent = r.getparent()
        wrapper = parse_xml(f'<w:del {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>')
        parent.replace(r, wrapper)
        wrapper.append(r)


def footnote(doc, p, text):
    """Add a footnote reference at the end of paragraph p; the footnotes part is written by finish()."""
    fid = len(doc._pj_footnotes) + 2
    doc._pj_footnotes.append((fid, text))
    p._p.append(parse_xml(
        f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{fid}"/></w:r>'))


def _write_footnotes(doc):
    if not doc._pj_footnotes:
        return
    body = [
        '<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for fid, text in doc._pj_footnotes:
        body.append(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W_NS}>'
           + "".join(body) + "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def text_box(doc, title, lines, width_pt=430, height_pt=120, fill="FFF8E7"):
    """An inline VML text box (w:pict/v:shape/v:textbox) holding a bold title and paragraphs."""
    p = doc.add_paragraph()
    inner = f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(title)}</w:t></w:r></w:p>'
    for ln in lines:
        inner += f'<w:p><w:r><w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>'
    xml = (f'<w:r {W_NS} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           f'<v:shape id="pjbox{_next_id()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="#{fill}" strokeweight="1pt">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))
    return p


def page_field(p, prefix="Page "):
    if prefix:
        p.add_run(prefix)
    p._p.append(parse_xml(f'<w:fldSimple {W_NS} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def header_footer(section, header_text, footer_text, size=8):
    h = section.header.paragraphs[0]
    h.text = ""
    r = h.add_run(header_text)
    r.font.size = Pt(size)
    r.italic = True
    f = section.footer.paragraphs[0]
    f.text = ""
    r = f.add_run(footer_text + "   ")
    r.font.size = Pt(size)
    page_field(f, "Page ")


def landscape_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    return sec


def portrait_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    return sec


def comment(doc, run_list, text, author, initials):
    return doc.add_comment(run_list, text=text, author=author, initials=initials)


def finish(doc, path):
    _write_footnotes(doc)
    doc.save(path)
