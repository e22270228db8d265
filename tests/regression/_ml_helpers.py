"""Shared python-docx / raw OOXML helpers for the ml-* build scripts.

Tracked changes (w:ins / w:del, whole paragraphs or runs), Word comments (python-docx 1.2),
a footnotes part, a VML text box, cell shading, header and footer text.
"""
import copy
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def _id():
    _rev[0] += 1
    return _rev[0]


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def bold_par(doc, text, size=None, caps=False, align=None, space_before=6):
    p = doc.add_paragraph()
    r = p.add_run(text.upper() if caps else text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(space_before)
    return p


def ins_run(par, text, author="Author", date="2008-06-12T10:00:00Z", bold=False):
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    par._p.append(parse_xml(
        f'<w:ins {W} w:id="{_id()}" w:author="{author}" w:date="{date}"><w:r>{b}'
        f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>'))


def del_run(par, text, author="Author", date="2008-06-12T10:00:00Z"):
    par._p.append(parse_xml(
        f'<w:del {W} w:id="{_id()}" w:author="{author}" w:date="{date}"><w:r>'
        f'<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>'))


def tracked_par(doc, text, kind, author="Author", date="2008-06-12T10:00:00Z", style=None):
    """A whole paragraph inserted (kind='ins') or deleted (kind='del'), paragraph mark included."""
    p = doc.add_paragraph(style=style)
    pPr = p._p.get_or_add_pPr()
    tag = "w:ins" if kind == "ins" else "w:del"
    pPr.append(parse_xml(f'<w:rPr {W}><{tag} w:id="{_id()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    (ins_run if kind == "ins" else del_run)(p, text, author, date)
    return p


def cell_change(cell, old, new, author="Author", date="2008-06-12T10:00:00Z"):
    """Replace a cell's text by a tracked deletion of old and insertion of new."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    del_run(p, old, author, date)
    ins_run(p, new, author, date)


def comment(doc, par, text, author="Reviewer", initials="R"):
    runs = par.runs
    doc.add_comment(runs=[runs[0], runs[-1]] if len(runs) > 1 else runs[0], text=text,
                    author=author, initials=initials)


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.n = 0
        xml = (f'<w:footnotes {W}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.el = parse_xml(xml)
        self.part = None

    def add(self, par, text):
        self.n += 1
        i = self.n
        self.el.append(parse_xml(
            f'<w:footnote {W} w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>'))
        par._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{i}"/></w:r>'))

    def finish(self):
        from lxml import etree
        blob = etree.tostring(self.el, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def text_box(doc, lines, width_pt=380, height_pt=120, title=None):
    """A VML text box anchored in its own paragraph; lines become paragraphs inside it."""
    inner = ""
    if title:
        inner += f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{esc(title)}</w:t></w:r></w:p>'
    for ln in lines:
        inner += f'<w:p><w:r><w:t xml:space="preserve">{esc(ln)}</w:t></w:r></w:p>'
    p = doc.add_paragraph()
    p._p.append(parse_xml(
        f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<w:pict><v:shape id="tb{_id()}" type="#_x0000_t202" '
        f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" '
        f'strokecolor="#1F3864" strokeweight="1.25pt" fillcolor="#F2F2F2">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    return p


def set_header_footer(doc, header, footer):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = footer
    for p in (sec.header.paragraphs[0], sec.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)
            r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def table(doc, rows, widths=None, style="Table Grid", header_fill="D9E2F3", bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if i == 0 and bold_header:
                for r in c.paragraphs[0].runs:
                    r.bold = True
                if header_fill:
                    shade(c, header_fill)
    return t


def word_count(doc_path):
    import re, zipfile
    xml = zipfile.ZipFile(doc_path).read("word/document.xml").decode()
    return len(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).split())
