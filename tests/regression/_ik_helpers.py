"""Shared helpers for the ik-* build scripts: raw OOXML bits python-docx lacks
(tracked changes, footnotes, VML text boxes, shading, check boxes)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2009-01-14T10:00:00Z"
_rev = [100]


def _id():
    _rev[0] += 1
    return _rev[0]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, fill=None):
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
        shade(cell, fill)
    return cell


def table(doc, rows, widths=None, header_fill="D9D9D9", style="Table Grid", bold_header=True, size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(i == 0 and bold_header), size=size,
                      fill=(header_fill if i == 0 and header_fill else None))
    return t


def para(doc, text, bold=False, italic=False, size=None, style=None, align=None, color=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runs(doc_or_par, parts, new=True):
    """parts: list of (text, fmt) where fmt is a string of b/i/g (grey)."""
    p = doc_or_par.add_paragraph() if new else doc_or_par
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
        if "g" in fmt:
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return p


def _r(text, deleted=False):
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r><{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def ins_run(p, text, author="Editor", date=DATE):
    p._p.append(parse_xml(f'<w:ins {W_NS} w:id="{_id()}" w:author="{author}" w:date="{date}">{_r(text)}</w:ins>'))


def del_run(p, text, author="Editor", date=DATE):
    p._p.append(parse_xml(f'<w:del {W_NS} w:id="{_id()}" w:author="{author}" w:date="{date}">{_r(text, True)}</w:del>'))


def deleted_paragraph(doc, text, author="Editor", date=DATE, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W_NS}><w:del w:id="{_id()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    del_run(p, text, author, date)
    return p


def inserted_paragraph(doc, text, author="Editor", date=DATE, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W_NS}><w:ins w:id="{_id()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    ins_run(p, text, author, date)
    return p


def text_box(doc, paragraphs, width="6.2in", height="1.6in", fill="#F2F2F2"):
    """A VML text box anchored in its own paragraph; paragraphs is a list of (text, bold)."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        for t, b in paragraphs)
    xml = (f'<w:r {W_NS} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{_id()}" type="#_x0000_t202" '
           f'style="width:{width};height:{height};mso-position-horizontal:center" fillcolor="{fill}" strokecolor="#404040">'
           f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.n = 0
        self.items = []

    def add(self, paragraph, text):
        self.n += 1
        fid = self.n
        self.items.append((fid, text))
        paragraph._p.append(parse_xml(
            f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))

    def finish(self):
        body = (f'<w:footnotes {W_NS}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for fid, text in self.items:
            body += (f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
        body += '</w:footnotes>'
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    body.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def header_footer(doc, header, footer):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = footer
    for p in (sec.header.paragraphs[0], sec.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)


def comment(doc, run_or_runs, text, author="Reviewer", initials="R"):
    return doc.add_comment(run_or_runs, text=text, author=author, initials=initials)


def word_count(doc_path):
    import re
    import zipfile
    xml = zipfile.ZipFile(doc_path).read("word/document.xml").decode()
    return len(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).split())
