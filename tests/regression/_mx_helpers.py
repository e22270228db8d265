"""Shared helpers for the mx-* build scripts: raw OOXML that python-docx cannot write
(tracked insertions and deletions, deleted paragraphs and table rows, footnotes, text boxes,
cell shading, page fields) plus small conveniences for tables and runs."""
from copy import deepcopy
from xml.sax.saxutils import escape

from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
EXTRA_NS = ('xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')
_rev = [900]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def _rpr_xml(bold=False, italic=False, size=None, color=None, font=None):
    parts = []
    if font:
        parts.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>')
    if bold:
        parts.append("<w:b/>")
    if italic:
        parts.append("<w:i/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        parts.append(f'<w:sz w:val="{int(size * 2)}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


# ---------------------------------------------------------------- runs
def run(par, text, bold=False, italic=False, size=None, color=None, font=None):
    r = par.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    return r


def ins(par, text, author, date, **fmt):
    """A tracked insertion at the end of paragraph `par`."""
    x = (f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r>{_rpr_xml(**fmt)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    el = parse_xml(x)
    par._p.append(el)
    return el


def dele(par, text, author, date, **fmt):
    """A tracked deletion at the end of paragraph `par`."""
    x = (f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r>{_rpr_xml(**fmt)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    el = parse_xml(x)
    par._p.append(el)
    return el


def _mark_para(par, kind, author, date):
    pPr = par._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))


def deleted_paragraph(doc_or_cell, text, author, date, style=None, **fmt):
    """A whole paragraph removed with tracking on: its text is w:delText, its mark deleted."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    _mark_para(p, "del", author, date)
    dele(p, text, author, date, **fmt)
    return p


def inserted_paragraph(doc_or_cell, text, author, date, style=None, **fmt):
    """A whole paragraph added with tracking on."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    _mark_para(p, "ins", author, date)
    ins(p, text, author, date, **fmt)
    return p


def delete_row(row, author, date):
    """Mark a table row as deleted and turn every run in it into deleted text."""
    tr = row._tr
    trPr = tr.find(qn("w:trPr"))
    if trPr is None:
        trPr = parse_xml(f"<w:trPr {nsdecls('w')}/>")
        tr.insert(0, trPr) if tr.find(qn("w:tblPrEx")) is None else tr.insert(1, trPr)
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))
    for p in tr.iter(qn("w:p")):
        _mark_para_el(p, "del", author, date)
        for r in list(p.findall(qn("w:r"))):
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")
            wrapper = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>')
            r.addprevious(wrapper)
            wrapper.append(r)


def _mark_para_el(p, kind, author, date):
    pPr = p.find(qn("w:pPr"))
    if pPr is None:
        pPr = parse_xml(f"<w:pPr {nsdecls('w')}/>")
        p.insert(0, pPr)
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))


def enable_track_revisions_view(doc):
    """Leave revisions visible as Word shows them (no w:trackRevisions switch needed to display)."""
    settings = doc.settings.element
    if settings.find(qn("w:trackRevisions")) is None:
        settings.append(parse_xml(f"<w:trackRevisions {nsdecls('w')}/>"))


# ---------------------------------------------------------------- tables
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_par(par, fill):
    pPr = par._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, font=None):
    """Replace a cell's text with one run (keeps the first paragraph)."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color, font=font)
    return p


def set_col_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


# ---------------------------------------------------------------- fields
def page_field(par, **fmt):
    """PAGE field as fldChar runs."""
    rpr = _rpr_xml(**fmt)
    for x in (f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>',
              f'<w:r {nsdecls("w")}>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
              f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>',
              f'<w:r {nsdecls("w")}>{rpr}<w:t>1</w:t></w:r>',
              f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'):
        par._p.append(parse_xml(x))


# ---------------------------------------------------------------- footnotes
class Footnotes:
    """Adds word/footnotes.xml to the package and footnote references to runs."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, par, text, font=None, size=9):
        n = len(self.notes) + 1
        self.notes.append((n, text, font, size))
        par._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{n}"/></w:r>'))
        return n

    def finish(self):
        if not self.notes:
            return
        body = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for n, text, font, size in self.notes:
            rpr = _rpr_xml(font=font, size=size)
            body.append(
                f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteRef/></w:r><w:r>{rpr}<w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<w:footnotes xmlns:w="{W_NS}" '
               f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
               + "".join(body) + "</w:footnotes>")
        part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode("utf-8"),
                    self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- text box
def text_box(par, paragraphs, width_cm=15.5, height_cm=4.0, fill="F3EEE4", line="7A2E3B", font=None, size=10):
    """An inline DrawingML text box (wps) with a VML fallback, holding `paragraphs`:
    a list of (text, bold, italic) tuples."""
    emu_w, emu_h = int(width_cm * 360000), int(height_cm * 360000)
    inner = ""
    for text, bold, italic in paragraphs:
        inner += (f'<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r>{_rpr_xml(bold=bold, italic=italic, font=font, size=size)}'
                  f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
    did = _next_id()
    x = f'''<w:r {nsdecls("w", "wp", "a")} {EXTRA_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{emu_w}" cy="{emu_h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:docPr id="{did}" name="Text Box {did}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu_w}" cy="{emu_h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="TextBox{did}" o:spid="_x0000_s{did}" type="#_x0000_t202" style="width:{width_cm}cm;height:{height_cm}cm" fillcolor="#{fill}" strokecolor="#{line}" strokeweight="1pt">
<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''
    par._p.append(parse_xml(x))


def word_count(doc_path):
    import re
    import zipfile
    xml = zipfile.ZipFile(doc_path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    return len(text.split())


def comment(doc, runs_, text, author, initials, date):
    """A Word comment anchored on `runs_`, dated as the author wrote it."""
    c = doc.add_comment(runs_, text=text, author=author, initials=initials)
    c._comment_elm.set(qn("w:date"), date)
    return c
