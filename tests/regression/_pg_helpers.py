"""Shared helpers for the pg-* build scripts: raw OOXML for what python-docx cannot do
(tracked insertions and deletions, footnotes, text boxes, fields, shading)."""
from xml.sax.saxutils import escape

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ids = {"n": 900}


def _next_id():
    _ids["n"] += 1
    return _ids["n"]


def rpr_xml(bold=False, italic=False, strike=False, size=None, color=None, font=None, vert=None):
    parts = []
    if font:
        parts.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>')
    if bold:
        parts.append("<w:b/>")
    if italic:
        parts.append("<w:i/>")
    if strike:
        parts.append("<w:strike/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        parts.append(f'<w:sz w:val="{int(size * 2)}"/>')
    if vert:
        parts.append(f'<w:vertAlign w:val="{vert}"/>')
    return "<w:rPr>" + "".join(parts) + "</w:rPr>" if parts else ""


def run_xml(text, **fmt):
    return f'<w:r>{rpr_xml(**fmt)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def add_ins(par, text, author="Translator", date="2008-12-04T10:00:00Z", **fmt):
    """A tracked insertion: part of the submitted text."""
    el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
                   f'{run_xml(text, **fmt)}</w:ins>')
    par._p.append(el)
    return el


def add_del(par, text, author="Translator", date="2008-12-04T10:00:00Z", **fmt):
    """A tracked deletion: not part of the submitted text."""
    el = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
                   f'<w:r>{rpr_xml(**fmt)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    par._p.append(el)
    return el


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_par(par, fill):
    pPr = par._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def border_par(par, color="000000"):
    pPr = par._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}>' + "".join(
            f'<w:{s} w:val="single" w:sz="6" w:space="4" w:color="{color}"/>' for s in ("top", "left", "bottom", "right"))
        + "</w:pBdr>"))


def add_field(par, instr, placeholder="1"):
    par._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr="{instr}"><w:r><w:t>{placeholder}</w:t></w:r></w:fldSimple>'))


def set_cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if i < len(lines) - 1:
            r.add_break()
    return p


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def col_widths(table, widths):
    from docx.shared import Cm
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


class Footnotes:
    """Real footnotes in word/footnotes.xml (text there is not in document.xml)."""

    def __init__(self):
        self.notes = []

    def add(self, par, text, mark_fmt=None):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        par._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))
        return fid

    def finalize(self, doc):
        body = []
        body.append('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>')
        body.append('<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                    '</w:r></w:p></w:footnote>')
        for fid, text in self.notes:
            body.append(
                f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
                f'</w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               f'<w:footnotes xmlns:w="{W_NS}" '
               f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
               + "".join(body) + "</w:footnotes>")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)


def textbox(par, paragraphs, width_pt=420, fill="F2F2F2", line="404040"):
    """Append an inline text box (wps, with a VML fallback) to par.
    paragraphs: list of (text, fmt dict) tuples; text may be '' for a blank line."""
    def ps(items):
        out = []
        for text, fmt in items:
            out.append(f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{run_xml(text, **fmt) if text else ""}</w:p>')
        return "".join(out)
    inner = ps(paragraphs)
    n = _next_id()
    cx = int(width_pt * 12700)
    cy = int((len(paragraphs) * 16 + 20) * 12700)
    xml = (
        f'<w:r {nsdecls("w", "wp")} xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        f'xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        f'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
        f'<wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        f'<a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t">'
        f'<a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:shape id="TextBox{n}" type="#_x0000_t202" '
        f'style="width:{width_pt}pt;height:{cy / 12700:.0f}pt;mso-fit-shape-to-text:t" fillcolor="#{fill}" strokecolor="#{line}">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        f'</mc:AlternateContent></w:r>')
    par._p.append(parse_xml(xml))
