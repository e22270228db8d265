"""Shared helpers for the ne-* build scripts: python-docx plus the raw OOXML python-docx cannot write
(tracked changes w:ins / w:del, footnotes, VML text boxes, shading, merged cells, fields)."""
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'

_ids = {"n": 100}


def _next_id():
    _ids["n"] += 1
    return _ids["n"]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_para(par, fill):
    pPr = par._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def cell_runs(cell, parts, size=None):
    """parts: list of (text, style) where style is '' or a combination of 'b', 'i'."""
    cell.text = ""
    p = cell.paragraphs[0]
    for text, st in parts:
        r = p.add_run(text)
        r.bold = "b" in st
        r.italic = "i" in st
        if size:
            r.font.size = Pt(size)
    return p


def _rpr(bold=False, italic=False):
    x = ""
    if bold:
        x += "<w:b/>"
    if italic:
        x += "<w:i/>"
    return f"<w:rPr>{x}</w:rPr>" if x else ""


def ins_run(par, text, author, date, bold=False, italic=False):
    """Append an inserted (tracked) run to a paragraph."""
    el = parse_xml(
        f'<w:ins {W} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
        f'<w:r>{_rpr(bold, italic)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    par._p.append(el)
    return el


def del_run(par, text, author, date, bold=False, italic=False):
    """Append a deleted (tracked) run to a paragraph."""
    el = parse_xml(
        f'<w:del {W} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
        f'<w:r>{_rpr(bold, italic)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    par._p.append(el)
    return el


def mark_para(par, kind, author, date):
    """Mark the paragraph mark itself as inserted or deleted (kind 'ins' or 'del')."""
    pPr = par._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {W}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {W} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))


def inserted_paragraph(doc_or_cell, text, author, date, style=None, lead=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    mark_para(p, "ins", author, date)
    if lead:
        ins_run(p, lead, author, date, bold=True)
    ins_run(p, text, author, date)
    return p


def deleted_paragraph(doc_or_cell, text, author, date, style=None, lead=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    mark_para(p, "del", author, date)
    if lead:
        del_run(p, lead, author, date, bold=True)
    del_run(p, text, author, date)
    return p


def replace_in_cell(cell, before, deleted, inserted, after, author, date):
    """Cell text with a tracked replacement: before + [deleted -> inserted] + after."""
    cell.text = ""
    p = cell.paragraphs[0]
    if before:
        p.add_run(before)
    del_run(p, deleted, author, date)
    ins_run(p, inserted, author, date)
    if after:
        p.add_run(after)
    return p


def merge_row(table, row_idx, text, fill=None, bold=True, italic=False):
    row = table.rows[row_idx]
    c = row.cells[0].merge(row.cells[-1])
    cell_text(c, text, bold=bold, italic=italic)
    if fill:
        shade(c, fill)
    return c


def set_col_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


def add_page_field(par, prefix="", suffix=""):
    if prefix:
        par.add_run(prefix)
    par._p.append(parse_xml(
        f'<w:fldSimple {W} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    if suffix:
        par.add_run(suffix)


def text_box(par, paragraphs, width_pt=220, height_pt=120, fill="FFF8E1", align="right"):
    """A floating VML text box anchored in `par`. paragraphs: list of (text, bold) tuples."""
    inner = ""
    for text, bold in paragraphs:
        inner += (f'<w:p><w:r>{_rpr(bold)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
    style = (f"position:absolute;margin-left:0;margin-top:0;width:{width_pt}pt;height:{height_pt}pt;"
             f"z-index:251659264;mso-position-horizontal:{align};mso-position-horizontal-relative:margin;"
             f"mso-wrap-style:square")
    xml = (f'<w:r {W} {V}><w:pict><v:rect style="{style}" fillcolor="#{fill}" strokecolor="#7F6000" '
           f'strokeweight="1pt"><v:textbox inset="6pt,6pt,6pt,6pt"><w:txbxContent>{inner}</w:txbxContent>'
           f'</v:textbox></v:rect></w:pict></w:r>')
    par._p.append(parse_xml(xml))


class Footnotes:
    """Collect footnotes, then write word/footnotes.xml at the end."""
    CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, par, text):
        n = len(self.notes) + 1
        self.notes.append((n, text))
        par._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))
        return n

    def finish(self):
        body = (f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                f'</w:r></w:p></w:footnote>')
        for n, text in self.notes:
            body += (f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                     f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
                     f'</w:p></w:footnote>')
        blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{body}'
                f'</w:footnotes>').encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"), self.CT, blob, self.doc.part.package)
        self.doc.part.relate_to(part, self.RT)


def run_in(par, lead, text, lead_small_caps=False):
    """A paragraph opening with a bold run-in label."""
    r = par.add_run(lead)
    r.bold = True
    if lead_small_caps:
        r.font.small_caps = True
    return par.add_run(text)
