"""Shared python-docx helpers for the ob-* blind applications.

Raw OOXML for what python-docx cannot do: tracked insertions and deletions
(runs, whole paragraphs, table rows), footnotes, VML text boxes, cell shading,
PAGE fields in footers. Comments use python-docx's own Document.add_comment.
"""
import datetime
from xml.sax.saxutils import escape

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V_NS = "urn:schemas-microsoft-com:vml"
NSW = f'xmlns:w="{W_NS}"'
DATE = "2009-02-11T10:00:00Z"

_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def _rpr_xml(bold=False, italic=False, size=None, caps=False, smallcaps=False, color=None):
    bits = []
    if bold:
        bits.append("<w:b/>")
    if italic:
        bits.append("<w:i/>")
    if caps:
        bits.append("<w:caps/>")
    if smallcaps:
        bits.append("<w:smallCaps/>")
    if color:
        bits.append(f'<w:color w:val="{color}"/>')
    if size:
        bits.append(f'<w:sz w:val="{int(size * 2)}"/>')
    return "<w:rPr>" + "".join(bits) + "</w:rPr>" if bits else ""


def run(par, text, bold=False, italic=False, size=None, caps=False, smallcaps=False, color=None):
    r = par.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if caps:
        r.font.all_caps = True
    if smallcaps:
        r.font.small_caps = True
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def para(doc_or_cell, text="", bold=False, italic=False, size=None, style=None, align=None,
         space_after=None, caps=False, smallcaps=False, color=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, caps=caps, smallcaps=smallcaps, color=color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(par, parts):
    """parts: list of (text, dict-of-format) or plain strings."""
    for pt in parts:
        if isinstance(pt, str):
            run(par, pt)
        else:
            run(par, pt[0], **pt[1])
    return par


def ins_run(par, text, author="J. Hartley", bold=False, italic=False):
    """Append a tracked insertion (a run inside w:ins) to a paragraph."""
    x = (f'<w:ins {NSW} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{DATE}">'
         f'<w:r>{_rpr_xml(bold, italic)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    par._p.append(parse_xml(x))


def del_run(par, text, author="J. Hartley", bold=False, italic=False):
    """Append a tracked deletion (w:del with w:delText) to a paragraph."""
    x = (f'<w:del {NSW} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{DATE}">'
         f'<w:r>{_rpr_xml(bold, italic)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    par._p.append(parse_xml(x))


def _mark_para(par, kind, author):
    pPr = par._p.get_or_add_pPr()
    rpr = pPr.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f"<w:rPr {NSW}/>")
        pPr.append(rpr)
    rpr.append(parse_xml(f'<w:{kind} {NSW} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{DATE}"/>'))


def ins_para(container, text, author="J. Hartley", bold=False, italic=False):
    p = container.add_paragraph()
    _mark_para(p, "ins", author)
    ins_run(p, text, author, bold, italic)
    return p


def del_para(container, text, author="J. Hartley", bold=False, italic=False):
    p = container.add_paragraph()
    _mark_para(p, "del", author)
    del_run(p, text, author, bold, italic)
    return p


def delete_row(row, author="J. Hartley"):
    """Mark a table row as a tracked deletion and turn its text into deleted text."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {NSW} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{DATE}"/>'))
    for cell in row.cells:
        for p in cell.paragraphs:
            _mark_para(p, "del", author)
            for r in list(p._p.findall(qn("w:r"))):
                if r.find(qn("w:t")) is None:
                    continue  # e.g. a comment reference run: leave it where it is
                texts = "".join(t.text or "" for t in r.findall(qn("w:t")))
                rpr = r.find(qn("w:rPr"))
                rpr_xml = "" if rpr is None else rpr.xml
                x = (f'<w:del {NSW} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{DATE}">'
                     f'<w:r>{rpr_xml}<w:delText xml:space="preserve">{escape(texts)}</w:delText></w:r></w:del>')
                r.addprevious(parse_xml(x))
                p._p.remove(r)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {NSW} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


_SHD_SUCC = ("w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
             "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
             "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
             "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
             "w:sectPr", "w:pPrChange")


def shade_para(par, fill="D9D9D9"):
    pPr = par._p.get_or_add_pPr()
    pPr.insert_element_before(parse_xml(f'<w:shd {NSW} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
                              *_SHD_SUCC)


def set_col_widths(table, widths):
    from docx.shared import Cm
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def cell_text(cell, text, bold=False, italic=False, size=None):
    p = cell.paragraphs[0]
    if text:
        run(p, text, bold=bold, italic=italic, size=size)
    return p


def text_box(par, paragraphs, width_pt=420, height_pt=150, fill="F2F2F2"):
    """Insert a VML text box anchored in `par`. paragraphs: list of (text, bold, italic)."""
    inner = ""
    for t, b, i in paragraphs:
        inner += f'<w:p><w:r>{_rpr_xml(b, i)}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
    x = (f'<w:r {NSW} xmlns:v="{V_NS}" xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
         f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
         f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
         f'<v:shape id="tb{_next_id()}" type="#_x0000_t202" '
         f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" '
         f'fillcolor="#{fill}" strokecolor="#404040">'
         f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    par._p.append(parse_xml(x))


def page_field(par, prefix="Page "):
    run(par, prefix)
    for x in (f'<w:r {NSW}><w:fldChar w:fldCharType="begin"/></w:r>',
              f'<w:r {NSW}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
              f'<w:r {NSW}><w:fldChar w:fldCharType="separate"/></w:r>',
              f'<w:r {NSW}><w:t>1</w:t></w:r>',
              f'<w:r {NSW}><w:fldChar w:fldCharType="end"/></w:r>'):
        par._p.append(parse_xml(x))


class Footnotes:
    """Collects footnotes and writes word/footnotes.xml at save time."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, par, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        x = (f'<w:r {NSW}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
             f'<w:footnoteReference w:id="{fid}"/></w:r>')
        par._p.append(parse_xml(x))

    def finish(self):
        body = (f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for fid, text in self.notes:
            body += (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:pPr>'
                     f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<w:footnotes {NSW} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{body}</w:footnotes>').encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def comment(doc, runs_, text, author="Reviewer", initials="R"):
    return doc.add_comment(runs_, text=text, author=author, initials=initials)


def count_words(path):
    import re
    import zipfile
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    return len(text.split())
