"""Shared helpers for the iy-* build scripts: raw OOXML for what python-docx cannot do
(tracked changes, footnotes, VML text boxes, shading, fields, typed tick boxes)."""
import datetime
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def _rid():
    _rev[0] += 1
    return _rev[0]


def new_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def run_xml(text, bold=False, italic=False, color=None, size=None, deleted=False):
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{size*2}"/>'
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r><w:rPr>{rpr}</w:rPr><{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def add_ins(par, text, author="Author", date="2008-11-20T10:00:00Z", bold=False):
    x = f'<w:ins {W} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}">{run_xml(text, bold=bold)}</w:ins>'
    par._p.append(parse_xml(x))


def add_del(par, text, author="Author", date="2008-11-20T10:00:00Z"):
    x = f'<w:del {W} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}">{run_xml(text, deleted=True)}</w:del>'
    par._p.append(parse_xml(x))


def deleted_paragraph(doc, text, author, date, style=None):
    """A whole paragraph deleted as a tracked change (its mark too)."""
    p = doc.add_paragraph(style=style)
    ppr = p._p.get_or_add_pPr()
    rpr = parse_xml(f'<w:rPr {W}><w:del w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}"/></w:rPr>')
    ppr.append(rpr)
    add_del(p, text, author, date)
    return p


def inserted_paragraph(doc, text, author, date, style=None):
    p = doc.add_paragraph(style=style)
    ppr = p._p.get_or_add_pPr()
    rpr = parse_xml(f'<w:rPr {W}><w:ins w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}"/></w:rPr>')
    ppr.append(rpr)
    add_ins(p, text, author, date)
    return p


def shade_cell(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_par(par, fill):
    ppr = par._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, color=None, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if size:
        r.font.size = Pt(size)
    return p


def table(doc, rows, header=None, widths=None, style="Table Grid", header_fill="D9D9D9", size=None):
    ncols = len(header) if header else len(rows[0])
    t = doc.add_table(rows=0, cols=ncols)
    t.style = style
    if header:
        cells = t.add_row().cells
        for c, h in zip(cells, header):
            cell_text(c, h, bold=True, size=size)
            if header_fill:
                shade_cell(c, header_fill)
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v, size=size)
    if widths:
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Cm(w)
    return t


def merged_row(t, text, fill="BFBFBF", bold=True, italic=False):
    cells = t.add_row().cells
    m = cells[0].merge(cells[-1])
    cell_text(m, text, bold=bold, italic=italic)
    if fill:
        shade_cell(m, fill)
    return m


def grey_prompt(doc, text, italic=True):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = italic
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    r.font.size = Pt(9)
    return p


def page_field_par(par, prefix="Page "):
    par.add_run(prefix)
    par._p.append(parse_xml(f'<w:fldSimple {W} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def text_box(doc, paras, width_pt=440, height_pt=120, fill="FFF2CC"):
    """A legacy VML text box anchored in its own paragraph. paras: list of (text, bold)."""
    inner = ""
    for txt, b in paras:
        inner += f"<w:p>{run_xml(txt, bold=b)}</w:p>"
    x = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
         f'<w:pict><v:shape id="tb{_rid()}" o:spid="" type="#_x0000_t202" '
         f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" fillcolor="#{fill}" strokecolor="#7F7F7F">'
         f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
         f'</v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(x))
    return p


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def ref(self, par, text):
        n = len(self.notes) + 1
        self.notes.append(text)
        par._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))

    def finish(self):
        body = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for i, t in enumerate(self.notes, 1):
            body += (f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                     f'{run_xml(" " + t, size=9)}</w:p></w:footnote>')
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{body}</w:footnotes>'
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def comment(doc, runs, text, author="Reviewer", initials="R"):
    doc.add_comment(runs, text=text, author=author, initials=initials)


def word_count(path):
    import re, zipfile
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    return len(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).split())
