"""Shared helpers for the os-* build scripts (python-docx plus raw OOXML).

Tracked changes (w:ins / w:del), Word comments (python-docx 1.2 API), a footnotes part, VML text boxes,
cell shading, merged cells, PAGE fields, landscape sections.
"""
import copy
import datetime
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev_id = [100]


def _next_id():
    _rev_id[0] += 1
    return _rev_id[0]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _rpr(bold=False, italic=False, size=None, color=None, font=None):
    x = ""
    if font:
        x += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>'
    if bold:
        x += "<w:b/>"
    if italic:
        x += "<w:i/>"
    if color:
        x += f'<w:color w:val="{color}"/>'
    if size:
        x += f'<w:sz w:val="{int(size*2)}"/>'
    return f"<w:rPr>{x}</w:rPr>" if x else ""


def run_xml(text, **kw):
    return f'<w:r {nsdecls("w")}>{_rpr(**kw)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def add_run(p, text, bold=False, italic=False, size=None, color=None, font=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    return r


def add_ins(p, text, author="Author", date="2009-02-20T10:00:00Z", **kw):
    """Append an inserted (tracked) run to paragraph p."""
    x = (f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
         f'<w:r>{_rpr(**kw)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(x))


def add_del(p, text, author="Author", date="2009-02-20T10:00:00Z", **kw):
    """Append a deleted (tracked) run to paragraph p."""
    x = (f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
         f'<w:r>{_rpr(**kw)}<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))


def mark_para_deleted(p, author="Author", date="2009-02-20T10:00:00Z"):
    """Mark the paragraph mark as deleted (for a wholly deleted paragraph)."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>'))


def mark_para_inserted(p, author="Author", date="2009-02-20T10:00:00Z"):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>'))


def deleted_paragraph(doc_or_cell, text, author, date, style=None, **kw):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    add_del(p, text, author, date, **kw)
    mark_para_deleted(p, author, date)
    return p


def inserted_paragraph(doc_or_cell, text, author, date, style=None, **kw):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    add_ins(p, text, author, date, **kw)
    mark_para_inserted(p, author, date)
    return p


def comment(doc, runs, text, author, initials):
    """Anchor a Word comment on the given run(s)."""
    return doc.add_comment(runs, text=text, author=author, initials=initials)


# ---------------------------------------------------------------- footnotes
_FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, p, text):
        """Put a footnote reference at the end of paragraph p; text goes into footnotes.xml."""
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))

    def finish(self):
        body = (f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for fid, text in self.notes:
            body += (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                     f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               f'<w:footnotes xmlns:w="{W_NS}" '
               f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{body}</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"), _FOOTNOTES_CT, xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- text boxes
def text_box(doc, paragraphs, width_pt=430, height_pt=150, fill="F2F2F2", stroke="808080"):
    """Add a paragraph holding an inline-ish VML text box. paragraphs: list of (text, dict(bold=..,italic=..,size=..))."""
    inner = ""
    for text, kw in paragraphs:
        inner += (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>'
                  f'<w:r>{_rpr(**kw)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>')
    sid = _next_id()
    xml = (f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
           f'<v:shape id="TextBox{sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" '
           f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1pt">'
           f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r></w:p>')
    el = parse_xml(xml)
    doc.element.body.append(el)
    # keep sectPr last
    sectPr = doc.element.body.find(qn("w:sectPr"))
    if sectPr is not None:
        doc.element.body.remove(sectPr)
        doc.element.body.append(sectPr)
    return el


# ---------------------------------------------------------------- tables
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        add_run(p, part, bold=bold, italic=italic, size=size, color=color)
    return p


def table(doc, rows, widths=None, style="Table Grid", header=True, size=9, head_fill="D9D9D9"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            c = t.cell(i, j)
            set_cell(c, val, bold=(header and i == 0), size=size)
            if header and i == 0 and head_fill:
                shade(c, head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def band_row(t, i, text, fill="E2EFDA", size=9):
    """Merge row i across all columns into one shaded band."""
    a = t.cell(i, 0)
    b = t.cell(i, len(t.columns) - 1)
    m = a.merge(b)
    set_cell(m, text, bold=True, size=size)
    shade(m, fill)
    return m


# ---------------------------------------------------------------- fields, sections
def page_field(p):
    p._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def landscape_section(doc):
    from docx.enum.section import WD_SECTION
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    w, h = s.page_width, s.page_height
    if w < h:
        s.page_width, s.page_height = h, w
    return s


def portrait_a4(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2.2)
    s.top_margin = s.bottom_margin = Cm(2.2)
    return s


def words(path):
    import re, zipfile
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    return len(text.split())
