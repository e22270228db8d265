"""Shared helpers for the ko-* build scripts: shading, merged cells, tracked changes,
VML text boxes, footnotes, grey prompts. python-docx plus raw OOXML."""
import copy
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


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def para(doc_or_cell, text="", bold=False, italic=False, size=None, grey=False, align=None, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if grey:
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runs(p, *parts):
    """parts: str (plain) or (text, 'b'|'i'|'bi'|'g')"""
    for x in parts:
        if isinstance(x, str):
            p.add_run(x)
        else:
            t, f = x
            r = p.add_run(t)
            r.bold = "b" in f
            r.italic = "i" in f
            if "g" in f:
                r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return p


def table(doc, rows, widths=None, header_fill="D9D9D9", style="Table Grid", bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            if val is None:
                continue
            r = c.paragraphs[0].add_run(str(val))
            if i == 0 and bold_header:
                r.bold = True
                if header_fill:
                    shade(c, header_fill)
    return t


def _run_xml(text, tag="w:t", rpr=""):
    return (f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag.split()[0]}></w:r>')


def add_ins(p, text, author, date, rid=[100]):
    rid[0] += 1
    p._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{rid[0]}" w:author="{escape(author)}" w:date="{date}">'
        f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))


def add_del(p, text, author, date, rid=[500]):
    rid[0] += 1
    p._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="{rid[0]}" w:author="{escape(author)}" w:date="{date}">'
        f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))


def mark_para_deleted(p, author, date, rid=[900]):
    """Mark the paragraph mark as deleted too (whole-paragraph deletion)."""
    rid[0] += 1
    pPr = p._p.get_or_add_pPr()
    rPr = parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="{rid[0]}" w:author="{escape(author)}" w:date="{date}"/></w:rPr>')
    pPr.append(rPr)


def textbox(doc, lines, width_pt=430, height_pt=120, fill="FFF2CC", title=None):
    """A VML text box anchored inline in its own paragraph. lines: list of str or (str, 'b')."""
    inner = ""
    if title:
        inner += f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(title)}</w:t></w:r></w:p>'
    for ln in lines:
        if isinstance(ln, tuple):
            inner += f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(ln[0])}</w:t></w:r></w:p>'
        else:
            inner += f'<w:p><w:r><w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>'
    p = doc.add_paragraph()
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shape id="tb{id(p)}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" '
           f'fillcolor="#{fill}" strokecolor="#7F6000"><v:textbox style="mso-fit-shape-to-text:t">'
           f'<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))
    return p


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def ref(self, p, text):
        n = len(self.notes) + 1
        self.notes.append((n, text))
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{n}"/></w:r>'))

    def finish(self):
        body = (f'<w:footnotes {W_NS}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for n, t in self.notes:
            body += (f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>')
        body += '</w:footnotes>'
        part = Part(PackURI('/word/footnotes.xml'),
                    'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
                    body.encode('utf-8'), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def header_footer(doc, header, footer):
    s = doc.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer
    for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)


def merge_row(t, row, a, b, text=None, fill=None, bold=True):
    c = t.cell(row, a).merge(t.cell(row, b))
    if text is not None:
        for p in c.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        c.paragraphs[0].text = ""
        r = c.paragraphs[0].add_run(text)
        r.bold = bold
    if fill:
        shade(c, fill)
    return c


def words(doc_path):
    import re, zipfile
    xml = zipfile.ZipFile(doc_path).read("word/document.xml").decode()
    return len(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).split())
