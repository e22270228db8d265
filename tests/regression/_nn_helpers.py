"""Shared raw-OOXML helpers for the nn-* build scripts (python-docx 1.2).

Tracked changes (w:ins / w:del), whole inserted or deleted paragraphs, a footnotes part, VML text boxes,
cell shading and merging, paragraph shading, PAGE fields in footers, and plain run helpers.
"""
from copy import deepcopy

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _tabs(s, tag):
    return s.replace("\t", f'</{tag}><w:tab/><{tag} xml:space="preserve">')


def _rpr_xml(bold=False, italic=False, size=None, color=None):
    parts = []
    if bold:
        parts.append("<w:b/>")
    if italic:
        parts.append("<w:i/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        parts.append(f'<w:sz w:val="{int(size * 2)}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def run(par, text, bold=False, italic=False, size=None, color=None):
    r = par.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def para(doc_or_cell, text="", style=None, bold=False, italic=False, size=None, align=None, space_after=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, text, bold=False, italic=False, size=None):
    """Replace a cell's first paragraph text; extra lines separated by \n become paragraphs."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    run(p, lines[0], bold=bold, italic=italic, size=size)
    for ln in lines[1:]:
        q = cell.add_paragraph()
        run(q, ln, bold=bold, italic=italic, size=size)
    return p


def ins_run(par, text, author, date, bold=False, italic=False):
    x = (f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{_esc(author)}" w:date="{date}">'
         f'<w:r>{_rpr_xml(bold, italic)}<w:t xml:space="preserve">{_tabs(_esc(text), "w:t")}</w:t></w:r></w:ins>')
    el = parse_xml(x)
    par._p.append(el)
    return el


def del_run(par, text, author, date, bold=False, italic=False):
    x = (f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{_esc(author)}" w:date="{date}">'
         f'<w:r>{_rpr_xml(bold, italic)}<w:delText xml:space="preserve">{_tabs(_esc(text), "w:delText")}'
         f'</w:delText></w:r></w:del>')
    el = parse_xml(x)
    par._p.append(el)
    return el


def _mark_paragraph_mark(par, kind, author, date):
    pPr = par._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.append(rPr)
    m = OxmlElement(f"w:{kind}")
    m.set(qn("w:id"), _next_id())
    m.set(qn("w:author"), author)
    m.set(qn("w:date"), date)
    rPr.append(m)


def inserted_paragraph(doc, text, author, date, style=None, bold_lead=None):
    """A whole paragraph inserted as a tracked change (its mark too)."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    _mark_paragraph_mark(p, "ins", author, date)
    if bold_lead:
        ins_run(p, bold_lead, author, date, bold=True)
    ins_run(p, text, author, date)
    return p


def deleted_paragraph(doc, text, author, date, style=None, bold_lead=None):
    """A whole paragraph deleted as a tracked change (its mark too)."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    _mark_paragraph_mark(p, "del", author, date)
    if bold_lead:
        del_run(p, bold_lead, author, date, bold=True)
    del_run(p, text, author, date)
    return p


def changed_cell(cell, old, new, author, date, prefix=""):
    """A cell whose value was changed as a tracked change: old deleted, new inserted."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    if prefix:
        run(p, prefix)
    del_run(p, old, author, date)
    ins_run(p, new, author, date)
    return p


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def shade_paragraph(par, fill):
    pPr = par._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def set_col_widths(table, widths):
    """Set preferred widths on every real cell (a merged cell gets the sum of the columns it spans)."""
    from docx.shared import Cm
    from docx.table import _Cell
    for row in table.rows:
        col = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            _Cell(tc, table).width = Cm(sum(widths[col:col + span]))
            col += span


def add_page_field(par, prefix="Page "):
    run(par, prefix)
    r1 = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1.append(fc)
    r2 = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2.append(it)
    r3 = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3.append(fc)
    r4 = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r4.append(t)
    r5 = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5.append(fc)
    for r in (r1, r2, r3, r4, r5):
        par._p.append(r)


def text_box(par, paragraphs, width_pt=430, height_pt=150, fill="F2F2F2", stroke="4F6228"):
    """Put a VML text box (w:pict / v:shape / v:textbox / w:txbxContent) into a paragraph.

    paragraphs: list of (text, bold) tuples.
    """
    body = ""
    for text, bold in paragraphs:
        body += f'<w:p><w:r>{_rpr_xml(bold=bold)}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>'
    x = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
         f'xmlns:o="urn:schemas-microsoft-com:office:office">'
         f'<w:pict><v:shape id="nnbox{_next_id()}" '
         f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" '
         f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1.5pt">'
         f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{body}</w:txbxContent></v:textbox>'
         f'</v:shape></w:pict></w:r>')
    par._p.append(parse_xml(x))


class Footnotes:
    """Collects footnotes; attach() adds the footnotes part to the document before saving."""

    def __init__(self):
        self.notes = []

    def ref(self, par, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        x = (f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
             f'<w:footnoteReference w:id="{fid}"/></w:r>')
        par._p.append(parse_xml(x))

    def attach(self, doc):
        body = (f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                f'</w:r></w:p></w:footnote>')
        for fid, text in self.notes:
            body += (f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
                     f'<w:t xml:space="preserve"> {_esc(text)}</w:t></w:r></w:p></w:footnote>')
        blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:footnotes xmlns:w="{W_NS}">{body}</w:footnotes>').encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)


def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)


def keep_table_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)
