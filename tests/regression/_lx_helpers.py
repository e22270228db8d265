"""Shared helpers for the lx-* build scripts: plain python-docx plus raw OOXML for
tracked changes (w:ins / w:del), footnotes, shading and merged cells."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def para(doc_or_cell, text="", bold=False, italic=False, size=None, style=None, shade=None,
         align=None, colour=None, caps=False):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if caps:
            r.font.all_caps = True
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    if shade:
        shade_para(p, shade)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def runs(doc_or_cell, parts):
    """parts: list of (text, dict(bold=.., italic=..)) or plain strings."""
    p = doc_or_cell.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            t, fmt = part
            r = p.add_run(t)
            r.bold = fmt.get("bold")
            r.italic = fmt.get("italic")
            if fmt.get("colour"):
                r.font.color.rgb = RGBColor.from_string(fmt["colour"])
    return p


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    pPr.append(shd)


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, italic=False, fill=None, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if fill:
        shade_cell(cell, fill)
    return cell


def table(doc, rows, widths=None, header_fill="D9D9D9", style="Table Grid", size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(i == 0 and header_fill is not None),
                     fill=(header_fill if i == 0 else None), size=size)
    return t


def _run_xml(text, deleted=False, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def ins_para(doc, text, author, date, bold_lead=None):
    """A whole inserted paragraph (the paragraph mark and its text are tracked insertions)."""
    rid = _next_id()
    lead = _run_xml(bold_lead, bold=True) if bold_lead else ""
    xml = (f'<w:p {W_NS}><w:pPr><w:rPr><w:ins w:id="{rid}" w:author="{author}" w:date="{date}"/></w:rPr></w:pPr>'
           f'<w:ins w:id="{_next_id()}" w:author="{author}" w:date="{date}">{lead}{_run_xml(text)}</w:ins></w:p>')
    el = parse_xml(xml)
    doc.element.body.append(el)
    _move_before_sectpr(doc, el)
    return el


def del_para(doc, text, author, date, bold_lead=None):
    """A whole deleted paragraph."""
    rid = _next_id()
    lead = _run_xml(bold_lead, deleted=True, bold=True) if bold_lead else ""
    xml = (f'<w:p {W_NS}><w:pPr><w:rPr><w:del w:id="{rid}" w:author="{author}" w:date="{date}"/></w:rPr></w:pPr>'
           f'<w:del w:id="{_next_id()}" w:author="{author}" w:date="{date}">{lead}{_run_xml(text, deleted=True)}</w:del></w:p>')
    el = parse_xml(xml)
    doc.element.body.append(el)
    _move_before_sectpr(doc, el)
    return el


def mixed_para(container_p, pieces, author, date):
    """Append to an existing python-docx paragraph: pieces of ("keep"|"ins"|"del", text)."""
    for kind, text in pieces:
        if kind == "keep":
            container_p._p.append(parse_xml(f'<w:r {W_NS}><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'))
        elif kind == "ins":
            container_p._p.append(parse_xml(
                f'<w:ins {W_NS} w:id="{_next_id()}" w:author="{author}" w:date="{date}">{_run_xml(text)}</w:ins>'))
        else:
            container_p._p.append(parse_xml(
                f'<w:del {W_NS} w:id="{_next_id()}" w:author="{author}" w:date="{date}">{_run_xml(text, deleted=True)}</w:del>'))
    return container_p


def _move_before_sectpr(doc, el):
    body = doc.element.body
    sect = body.find(qn("w:sectPr"))
    if sect is not None:
        body.remove(el)
        sect.addprevious(el)


class Footnotes:
    """Minimal footnotes part."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, paragraph, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        paragraph._p.append(parse_xml(
            f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))
        return fid

    def finish(self):
        body = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for fid, text in self.notes:
            body.append(
                f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W_NS}>'
               + "".join(body) + "</w:footnotes>")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def header_footer(doc, header, footer):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = footer
