"""Shared python-docx helpers for the pn-* blind applications.

Raw OOXML where python-docx has no API: tracked insertions and deletions (w:ins / w:del),
footnotes (a footnotes part added to the package), VML text boxes, shaded cells, merged
cells, PAGE / NUMPAGES fields.
"""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSW = f'xmlns:w="{W_NS}"'
NSV = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'

_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def new_document(font="Calibri", size=10.5, margins_cm=2.2):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {NSW}/>")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(5)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    return doc


def add_runs(p, parts):
    """parts: str or list of (text, fmt) where fmt is a string of flags b i u c(aps) s(mall) or ''."""
    if isinstance(parts, str):
        parts = [(parts, "")]
    for item in parts:
        text, fmt = item if isinstance(item, tuple) else (item, "")
        r = p.add_run(text)
        r.bold = "b" in fmt or None
        r.italic = "i" in fmt or None
        r.underline = "u" in fmt or None
        if "c" in fmt:
            r.font.all_caps = True
        if "s" in fmt:
            r.font.size = Pt(8.5)
    return p


def para(doc_or_cell, parts="", style=None, align=None, space_after=None, keep=False):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    add_runs(p, parts)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {NSW} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, parts, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if isinstance(parts, str):
        parts = [(parts, "b" if bold else "")]
    add_runs(p, parts)
    if size:
        for r in p.runs:
            r.font.size = Pt(size)
    return p


def cell_lines(cell, lines, size=None):
    """Several paragraphs in one cell; each line is str or list of (text, fmt)."""
    cell.text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        add_runs(p, ln)
        if size:
            for r in p.runs:
                r.font.size = Pt(size)


def table(doc, rows, widths_cm=None, header_fill="D9E2F3", style="Table Grid", size=9.5, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            c = t.cell(i, j)
            if isinstance(val, list) and val and isinstance(val[0], list):
                cell_lines(c, val, size=size)
            else:
                set_cell(c, val, bold=(header and i == 0), size=size)
            if header and i == 0 and header_fill:
                shade(c, header_fill)
    if widths_cm:
        for row in t.rows:
            for j, w in enumerate(widths_cm):
                row.cells[j].width = Cm(w)
    return t


def merge(t, r1, c1, r2, c2, text=None, bold=False, fill=None, size=9.5):
    a = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        set_cell(a, text, bold=bold, size=size)
        # drop empty paragraphs left by merging
        for p in a.paragraphs[1:]:
            if not p.text:
                p._p.getparent().remove(p._p)
    if fill:
        shade(a, fill)
    return a


def _run_xml(text, bold=False, italic=False, deleted=False):
    rpr = ""
    if bold or italic:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r {NSW}>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def ins_run(p, text, author="Editor", date="2008-06-02T10:00:00Z", bold=False):
    """Append a tracked insertion to paragraph p."""
    xml = (f'<w:ins {NSW} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
           f'<w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(xml))
    return p


def del_run(p, text, author="Editor", date="2008-06-02T10:00:00Z", bold=False):
    xml = (f'<w:del {NSW} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
           f'<w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(xml))
    return p


def mark_paragraph(p, kind, author="Editor", date="2008-06-02T10:00:00Z"):
    """Mark the paragraph mark itself as inserted ('ins') or deleted ('del')."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {NSW}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {NSW} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))


def inserted_paragraph(doc, text, author="Editor", date="2008-06-02T10:00:00Z", style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    ins_run(p, text, author, date)
    mark_paragraph(p, "ins", author, date)
    return p


def deleted_paragraph(doc, text, author="Editor", date="2008-06-02T10:00:00Z", style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    del_run(p, text, author, date)
    mark_paragraph(p, "del", author, date)
    return p


def comment(doc, run_or_runs, text, author="Reviewer", initials="R"):
    return doc.add_comment(run_or_runs, text=text, author=author, initials=initials)


def text_box(doc, paragraphs, width_pt=430, height_pt=110, fill="#F2F2F2", stroke="#404040"):
    """An inline VML text box; paragraphs is a list of str or list-of-(text, fmt)."""
    inner = ""
    for ln in paragraphs:
        if isinstance(ln, str):
            ln = [(ln, "")]
        runs = ""
        for text, fmt in ln:
            rpr = ("<w:b/>" if "b" in fmt else "") + ("<w:i/>" if "i" in fmt else "")
            runs += f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
        inner += f"<w:p><w:pPr><w:spacing w:after=\"60\"/></w:pPr>{runs}</w:p>"
    sid = _next_id()
    xml = (f'<w:p {NSW} {NSV}><w:r><w:pict>'
           f'<v:shape id="TextBox{sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="{fill}" strokecolor="{stroke}" strokeweight="1pt">'
           f'<v:textbox inset="6pt,4pt,6pt,4pt"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r></w:p>')
    el = parse_xml(xml)
    body = doc.element.body
    body.insert(len(body) - 1, el)  # before sectPr
    return el


def add_field(p, instr, placeholder="1"):
    p._p.append(parse_xml(f'<w:r {NSW}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {NSW}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {NSW}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {NSW}><w:t>{placeholder}</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {NSW}><w:fldChar w:fldCharType="end"/></w:r>'))


class Footnotes:
    """Collects footnotes and writes a footnotes part at save time."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, p, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        p._p.append(parse_xml(
            f'<w:r {NSW}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))
        return fid

    def finish(self):
        body = (f'<w:footnotes {NSW}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for fid, text in self.notes:
            body += (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                     f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="17"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
        body += "</w:footnotes>"
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    body.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def landscape_section(doc):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    return sec


def portrait_section(doc):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    return sec
