"""Shared helpers for the ja-* build scripts: python-docx plus raw OOXML for
tracked changes, comments, footnotes, VML text boxes, merged and shaded cells."""
import datetime
from docx import Document
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_REV = [100]


def _rid():
    _REV[0] += 1
    return _REV[0]


def new_doc(font="Calibri", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def para(d, text="", bold=False, italic=False, style=None, size=None, color=None, align=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    return p


def runs(d, parts, style=None):
    """parts: list of (text, 'b'/'i'/'bi'/'') tuples."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, widths=None, header_fill="D9E2D0", style="Table Grid", bold_header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            r = p.add_run(val)
            if i == 0 and bold_header:
                r.bold = True
                if header_fill:
                    shade(c, header_fill)
    return t


def merge_row(t, i, text, fill="EAEAEA", bold=True):
    row = t.rows[i]
    a = row.cells[0].merge(row.cells[-1])
    a.text = ""
    r = a.paragraphs[0].add_run(text)
    r.bold = bold
    if fill:
        shade(a, fill)
    return a


def ins_run(p, text, author="R. Ashdown", date="2008-11-20T10:00:00Z"):
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{_rid()}" w:author="{author}" w:date="{date}"><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))


def del_run(p, text, author="R. Ashdown", date="2008-11-20T10:00:00Z"):
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{_rid()}" w:author="{author}" w:date="{date}"><w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))


def plain_run(p, text, bold=False, italic=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    return r


def deleted_paragraph(d, text, author="R. Ashdown", date="2008-11-20T10:00:00Z"):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:del w:id="{_rid()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    del_run(p, text, author, date)
    return p


def inserted_paragraph(d, text, author="R. Ashdown", date="2008-11-20T10:00:00Z"):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:ins w:id="{_rid()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    ins_run(p, text, author, date)
    return p


def comment(d, run_or_runs, text, author="Reviewer", initials="RV"):
    return d.add_comment(run_or_runs, text=text, author=author, initials=initials)


def text_box(d, paragraphs, width_pt=440, height_pt=150, fill="F3F7EE"):
    """A VML text box anchored inline in its own paragraph. paragraphs: list of (text, bold)."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        for t, b in paragraphs)
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="tb{_rid()}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="#{fill}" strokecolor="#557A3B">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


class Footnotes:
    def __init__(self, d):
        self.d = d
        self.notes = []

    def add(self, p, text):
        n = len(self.notes) + 1
        self.notes.append(text)
        p._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))

    def finish(self):
        body = (f'<w:footnotes {W}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for i, t in enumerate(self.notes, 1):
            body += (f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>')
        body += '</w:footnotes>'
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    body.encode("utf-8"), self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES)


def header_footer(d, header, footer):
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
