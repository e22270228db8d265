"""Shared OOXML helpers for the pf-* build scripts (python-docx plus raw OOXML for what it cannot do:
tracked insertions and deletions, deleted table rows, footnotes, VML text boxes, shading, PAGE fields)."""
from copy import deepcopy
import itertools

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ids = itertools.count(900)
DATE = "2009-01-19T10:00:00Z"


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
        x += f'<w:sz w:val="{int(size * 2)}"/>'
    return f"<w:rPr>{x}</w:rPr>" if x else ""


def run(p, text, bold=False, italic=False, size=None, color=None, font=None):
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


def para(container, text="", style=None, bold=False, italic=False, size=None, align=None, color=None,
         space_after=None, font=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run(p, text, bold, italic, size, color, font)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def ins(p, text, author="Guild Secretary", date=DATE, bold=False, italic=False):
    """Append a tracked insertion (part of the submission)."""
    el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}">'
                   f'<w:r>{_rpr(bold, italic)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    p._p.append(el)
    return el


def dele(p, text, author="Guild Secretary", date=DATE, bold=False, italic=False):
    """Append a tracked deletion (not part of the submission)."""
    el = parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}">'
                   f'<w:r>{_rpr(bold, italic)}<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(el)
    return el


def delete_row(row, author="Guild Secretary", date=DATE):
    """Mark a whole table row as a tracked deletion: the row mark and every run in it."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}"/>'))
    for p in tr.iter(qn("w:p")):
        for r in list(p.findall(qn("w:r"))):
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")
            wrap = parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}"/>')
            r.addprevious(wrap)
            wrap.append(r)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def border_para(p, color="808080", sz=6):
    pPr = p._p.get_or_add_pPr()
    b = "".join(f'<w:{s} w:val="single" w:sz="{sz}" w:space="4" w:color="{color}"/>'
                for s in ("top", "left", "bottom", "right"))
    pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}>{b}</w:pBdr>'))


def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    """Replace a cell's first paragraph text; extra lines separated by \n become new paragraphs."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    run(p, lines[0], bold, italic, size, color)
    for ln in lines[1:]:
        q = cell.add_paragraph()
        run(q, ln, bold, italic, size, color)
    return p


def table_borders(table, sz=4, color="000000"):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = "".join(f'<w:{s} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{b}</w:tblBorders>'))


def textbox(p, paragraphs, width_pt=420, fill="FFFFFF", stroke="000000", dashed=False, rotation=0):
    """Add an inline VML text box to paragraph p. paragraphs: list of (text, dict(bold, italic, size))."""
    body = ""
    for item in paragraphs:
        if isinstance(item, str):
            text, fmt = item, {}
        else:
            text, fmt = item
        body += f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>{_rpr(**fmt)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'
    import math
    cpl = max(10, width_pt / 5.2)
    lines = sum(math.ceil(len(it if isinstance(it, str) else it[0]) / cpl) for it in paragraphs)
    height = int(lines * 14 + 6 * len(paragraphs) + 12)
    rot = f";rotation:{rotation}" if rotation else ""
    dash = '<v:stroke dashstyle="dash"/>' if dashed else ""
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{next(_ids)}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height}pt;mso-fit-shape-to-text:t{rot}" fillcolor="#{fill}" strokecolor="#{stroke}">'
           f'{dash}<v:textbox style="mso-fit-shape-to-text:t" inset="6pt,4pt,6pt,4pt"><w:txbxContent>{body}</w:txbxContent>'
           f'</v:textbox></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))


def page_field(p):
    for x in ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
              '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
              '<w:r><w:t>1</w:t></w:r>',
              '<w:r><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(x.replace("<w:r>", f'<w:r {nsdecls("w")}>', 1)))


class Footnotes:
    """A footnotes part built by hand (the default template has none)."""

    def __init__(self, doc):
        self.doc = doc
        self.n = 0
        self.root = parse_xml(
            f'<w:footnotes {nsdecls("w")}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            '</w:footnotes>')

    def add(self, p, text):
        self.n += 1
        i = self.n
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              f'<w:footnoteReference w:id="{i}"/></w:r>'))
        self.root.append(parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>'))

    def attach(self):
        from lxml import etree
        blob = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)


def set_margins(doc, cm=2.2):
    from docx.shared import Cm
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(cm)
        s.top_margin = s.bottom_margin = Cm(2.0)


def landscape(section):
    from docx.enum.section import WD_ORIENT
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if h > w:
        section.page_width, section.page_height = h, w
