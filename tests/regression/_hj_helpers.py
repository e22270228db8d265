"""Shared helpers for the hj-* build scripts: python-docx plus raw OOXML for
tracked changes, footnotes, shading, merged cells, VML text boxes and comments."""
import copy
import re
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def _id():
    _rev[0] += 1
    return str(_rev[0])


def new_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def add_runs(p, text, size=None, color=None, italic=False):
    """Text with **bold** segments."""
    parts = re.split(r"(\*\*[^*]+\*\*)", text)
    runs = []
    for part in parts:
        if not part:
            continue
        b = part.startswith("**")
        r = p.add_run(part[2:-2] if b else part)
        r.bold = b or None
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        runs.append(r)
    return runs


def para(container, text="", style=None, size=None, color=None, italic=False, align=None, space_after=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    add_runs(p, text, size=size, color=color, italic=italic)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def border_para(p):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="6" w:space="4" w:color="808080"/>'
        '<w:left w:val="single" w:sz="6" w:space="4" w:color="808080"/>'
        '<w:bottom w:val="single" w:sz="6" w:space="4" w:color="808080"/>'
        '<w:right w:val="single" w:sz="6" w:space="4" w:color="808080"/></w:pBdr>'))


def cell_text(cell, text, bold=False, fill=None, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    add_runs(p, ("**" + lines[0] + "**") if bold and lines[0] else lines[0], size=size)
    for ln in lines[1:]:
        q = cell.add_paragraph()
        add_runs(q, ("**" + ln + "**") if bold and ln else ln, size=size)
    if fill:
        shade(cell, fill)


def table(container, rows, header_fill="D9D9D9", style="Table Grid", size=None, bold_first_col=False):
    t = container.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(i == 0 and header_fill is not None) or (bold_first_col and j == 0),
                      fill=header_fill if i == 0 and header_fill else None, size=size)
    return t


def ins_run(p, text, author="Author", date="2009-05-11T10:00:00Z"):
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{_id()}" w:author="{author}" w:date="{date}"><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>'))


def del_run(p, text, author="Author", date="2009-05-11T10:00:00Z"):
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{_id()}" w:author="{author}" w:date="{date}"><w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>'))


def ins_para(container, text, author="Author", date="2009-05-11T10:00:00Z"):
    p = container.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:ins w:id="{_id()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    ins_run(p, text, author, date)
    return p


def del_para(container, text, author="Author", date="2009-05-11T10:00:00Z"):
    p = container.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:del w:id="{_id()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    del_run(p, text, author, date)
    return p


def merge(t, r1, c1, r2, c2, text=None, bold=False, fill=None):
    c = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        cell_text(c, text, bold=bold, fill=fill)
    elif fill:
        shade(c, fill)
    return c


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.n = 0
        xml = (f'<w:footnotes {W}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.part = Part(PackURI("/word/footnotes.xml"),
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                         xml.encode(), doc.part.package)
        doc.part.relate_to(self.part, RT.FOOTNOTES)
        self.notes = []

    def add(self, p, text):
        self.n += 1
        fid = self.n
        p._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))
        self.notes.append(
            f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')

    def finish(self):
        xml = self.part.blob.decode().replace("</w:footnotes>", "".join(self.notes) + "</w:footnotes>")
        self.part._blob = xml.encode()


def textbox(container, lines, width_pt=430, height_pt=120, fill="F2F2F2"):
    """A VML text box anchored inline in a new paragraph; lines may carry **bold**."""
    inner = ""
    for ln in lines:
        runs = ""
        for part in re.split(r"(\*\*[^*]+\*\*)", ln):
            if not part:
                continue
            b = part.startswith("**")
            t = part[2:-2] if b else part
            runs += f'<w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{esc(t)}</w:t></w:r>'
        inner += f"<w:p>{runs}</w:p>"
    p = container.add_paragraph()
    p._p.append(parse_xml(
        f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<w:pict><v:shape id="tb{_id()}" o:spid="_x0000_s{_id()}" type="#_x0000_t202" '
        f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" fillcolor="#{fill}" strokecolor="#7F7F7F">'
        f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>'))
    return p


def header_footer(doc, header, footer):
    s = doc.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer
    for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)


def comment(doc, runs, text, author, initials):
    doc.add_comment(runs, text=text, author=author, initials=initials)
