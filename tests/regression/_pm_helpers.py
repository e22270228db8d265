"""Shared python-docx helpers for the pm-* build scripts (raw OOXML where python-docx has no API):
cell shading, merged cells, tracked insertions and deletions (w:ins / w:del), whole deleted paragraphs,
a footnotes part, VML text boxes, PAGE fields in headers and footers, landscape sections."""
import copy
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm
from xml.sax.saxutils import escape

_ID = [900]


def _next_id():
    _ID[0] += 1
    return _ID[0]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, italic=False, size=None, fill=None, color=None):
    """Replace a cell's text (first paragraph); lines split on \n become separate paragraphs."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if fill:
        shade(cell, fill)
    return cell


def table(doc, rows, cols, widths=None, style="Table Grid"):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = doc.styles[style]
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def _run_xml(text, rpr="", deleted=False):
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{("<w:rPr>" + rpr + "</w:rPr>") if rpr else ""}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def add_ins(paragraph, text, author, date, rpr=""):
    """Append a tracked insertion to a paragraph (part of the submission)."""
    el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
                   f'{_run_xml(text, rpr)}</w:ins>')
    paragraph._p.append(el)
    return el


def add_del(paragraph, text, author, date, rpr=""):
    """Append a tracked deletion to a paragraph (not part of the submission)."""
    el = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
                   f'{_run_xml(text, rpr, deleted=True)}</w:del>')
    paragraph._p.append(el)
    return el


def mark_paragraph(paragraph, kind, author, date):
    """Mark the paragraph mark itself as inserted or deleted (kind = 'ins' or 'del')."""
    pPr = paragraph._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))


def deleted_paragraph(doc_or_cell, text, author, date, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    add_del(p, text, author, date)
    mark_paragraph(p, "del", author, date)
    return p


def inserted_paragraph(doc_or_cell, text, author, date, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    add_ins(p, text, author, date)
    mark_paragraph(p, "ins", author, date)
    return p


def add_field(paragraph, instr):
    for xml in (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
                f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
                f'<w:r {nsdecls("w")}><w:t>1</w:t></w:r>',
                f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml))


def header_footer(section, header_text, footer_text, size=8):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(header_text)
    r.font.size = Pt(size)
    fp = section.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run(footer_text + "   Page ")
    r.font.size = Pt(size)
    add_field(fp, "PAGE")


def landscape(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    if w < h:
        sec.page_width, sec.page_height = h, w
    return sec


def portrait(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    w, h = sec.page_width, sec.page_height
    if w > h:
        sec.page_width, sec.page_height = h, w
    return sec


def text_box(paragraph, lines, width_pt=430, height_pt=150, fill="F2F2F2", bold_first=True):
    """A VML text box anchored in a paragraph. Its text is in document.xml (w:txbxContent)."""
    paras = []
    for i, line in enumerate(lines):
        rpr = "<w:b/>" if (bold_first and i == 0) else ""
        paras.append(f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{_run_xml(line, rpr)}</w:p>')
    ns = (nsdecls("w") + ' xmlns:v="urn:schemas-microsoft-com:vml"'
          ' xmlns:o="urn:schemas-microsoft-com:office:office"')
    xml = (f'<w:r {ns}><w:pict>'
           '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="tb{_next_id()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" '
           f'fillcolor="#{fill}" strokecolor="#404040" strokeweight="1pt">'
           f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{"".join(paras)}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


class Footnotes:
    """A footnotes part. add(paragraph, text) puts a reference mark at the end of the paragraph."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []
        self.n = 0

    def add(self, paragraph, text):
        self.n += 1
        fid = self.n
        self.notes.append((fid, text))
        paragraph._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))

    def save_part(self):
        body = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for fid, text in self.notes:
            body.append(
                f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<w:footnotes {nsdecls("w", "r")}>' + "".join(body) + "</w:footnotes>")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)
        settings = self.doc.settings.element
        fpr = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
        compat = settings.find(qn("w:compat"))
        if compat is not None:
            compat.addprevious(fpr)
        else:
            settings.append(fpr)


def bold_para(doc, text, size=None, caps=False, space_before=8, color=None):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(space_before)
    r = p.add_run(text.upper() if caps else text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def para(doc, text, bold_lead=None, italic=False, size=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if bold_lead:
        r = p.add_run(bold_lead)
        r.bold = True
        if size:
            r.font.size = Pt(size)
    r = p.add_run(text)
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def word_count(path):
    import re, zipfile
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    return len(text.split())


def comment(doc, run, text, author, initials, date):
    """A Word comment anchored on a run, dated as the author wrote it (comments are never evidence)."""
    c = doc.add_comment(run, text=text, author=author, initials=initials)
    from docx.oxml.ns import qn as _qn
    c._comment_elm.set(_qn("w:date"), date)
    return c
