"""Shared python-docx / raw OOXML helpers for the hm-* blind applications.

Shading, merged cells, tracked insertions and deletions (w:ins / w:del),
comments (python-docx 1.2 native), footnotes (a footnotes part added by hand),
VML text boxes, and small conveniences for Normal-styled bold titles.
"""
import copy
from docx import Document
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DATE = "2008-05-14T10:00:00Z"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_par(par, fill):
    pPr = par._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, italic=False, size=None, fill=None, color=None):
    """Replace a cell's text; `text` may hold '\n' for separate paragraphs."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    first = True
    for part in parts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if fill:
        shade(cell, fill)
    return cell


def table(doc, rows, widths=None, style="Table Grid", header_fill=None, bold_header=True, size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(bold_header and i == 0), size=size,
                     fill=(header_fill if i == 0 and header_fill else None))
    return t


def bold_title(doc, text, size=12, caps=False, fill=None):
    p = doc.add_paragraph()
    r = p.add_run(text.upper() if caps else text)
    r.bold = True
    r.font.size = Pt(size)
    if fill:
        shade_par(p, fill)
    return p


def para(doc, text="", bold_lead=None, italic=False, style=None, color=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if bold_lead:
        r = p.add_run(bold_lead)
        r.bold = True
    if text:
        r = p.add_run(text)
        r.italic = italic
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def linebreak_para(doc, lines):
    """One paragraph whose lines are separated by manual line breaks."""
    p = doc.add_paragraph()
    for i, line in enumerate(lines):
        r = p.add_run(line)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def add_ins(par, text, author="Reviewer"):
    el = parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{DATE}">'
        f'<w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>')
    par._p.append(el)
    return el


def add_del(par, text, author="Reviewer"):
    el = parse_xml(
        f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{DATE}">'
        f'<w:r><w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>')
    par._p.append(el)
    return el


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def comment(doc, par, text, author="Reviewer", initials="R"):
    runs = par.runs
    if not runs:
        runs = [par.add_run("")]
    doc.add_comment(runs, text=text, author=author, initials=initials)


# ---------------------------------------------------------------- footnotes
_FOOT_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_FOOT_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.xml = parse_xml(
            f'<w:footnotes {nsdecls("w")}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            '</w:footnotes>')
        self.n = 0

    def add(self, par, text):
        self.n += 1
        fid = self.n
        self.xml.append(parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r></w:p></w:footnote>'))
        par._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))

    def finish(self):
        if not self.n:
            return
        from lxml import etree
        blob = etree.tostring(self.xml, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"), _FOOT_CT, blob, self.doc.part.package)
        self.doc.part.relate_to(part, _FOOT_RT)


# ---------------------------------------------------------------- text box
def text_box(doc, paragraphs, width_pt=430, height_pt=120, fill="FFF8DC", anchor_par=None):
    """A VML text box (v:shape with v:textbox and w:txbxContent) in its own paragraph."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if i == 0 else ""}'
        f'<w:t xml:space="preserve">{_esc(t)}</w:t></w:r></w:p>'
        for i, t in enumerate(paragraphs))
    p = anchor_par or doc.add_paragraph()
    pict = parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        f'<v:shape id="tb{_next_id()}" type="#_x0000_t202" '
        f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="#{fill}" strokecolor="#808080">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p._p.append(pict)
    return p


def header_footer(doc, header_text, footer_text):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text


def landscape(section):
    from docx.enum.section import WD_ORIENT
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w
