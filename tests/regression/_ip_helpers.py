"""Shared helpers for the ip-* build scripts: python-docx plus raw OOXML for
shading, merged cells, text boxes, footnotes, comments and tracked changes."""
import copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2009-01-14T10:00:00Z"


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def header_footer(d, head, foot):
    s = d.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot
    for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)


def para(d, text="", bold=False, italic=False, size=None, style=None, align=None, color=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runin(d, lead, text, style=None):
    """Bold run-in lead followed by plain text, in one paragraph."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    p.add_run(lead).bold = True
    p.add_run(text)
    return p


def bullets(d, items, mark="\u2022"):
    for it in items:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.5)
        p.add_run(f"{mark}\t{it}")


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, widths=None, header_fill="BFBFBF", bold_header=True, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            c.paragraphs[0].add_run(str(val)).bold = bold_header and i == 0
            if i == 0 and header_fill:
                shade(c, header_fill)
            if widths:
                c.width = Cm(widths[j])
    return t


def band(t, row_idx, text, fill="D9E2F3"):
    """Merge a whole row into one shaded band cell carrying text."""
    row = t.rows[row_idx]
    c = row.cells[0].merge(row.cells[-1])
    c.text = ""
    c.paragraphs[0].add_run(text).bold = True
    shade(c, fill)
    return c


def text_box(d, lines, width_pt=440, height_pt=120):
    """A VML text box anchored in its own paragraph."""
    body = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if i == 0 else ""}<w:t xml:space="preserve">{esc(l)}</w:t></w:r></w:p>'
        for i, l in enumerate(lines))
    xml = (f'<w:p {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict>'
           f'<v:shape id="tb{abs(hash(lines[0])) % 99999}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" '
           f'fillcolor="#F2F2F2" strokecolor="#7F7F7F"><v:textbox><w:txbxContent>{body}'
           f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    d.element.body.append(parse_xml(xml))
    # keep sectPr last
    sp = d.element.body.find(qn("w:sectPr"))
    if sp is not None:
        d.element.body.remove(sp)
        d.element.body.append(sp)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_rev = [100]


def tracked(p, kind, text, author="J. Okafor", date=DATE):
    """Append a tracked insertion ('ins') or deletion ('del') run to paragraph p."""
    _rev[0] += 1
    if kind == "ins":
        xml = (f'<w:ins {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}">'
               f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    else:
        xml = (f'<w:del {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}">'
               f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(xml))


def mark_para(p, kind, author="J. Okafor", date=DATE):
    """Mark a whole paragraph (its runs and its mark) as inserted or deleted."""
    _rev[0] += 1
    tag = "w:ins" if kind == "ins" else "w:del"
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {W}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<{tag} {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/>'))
    for r in list(p._p.findall(qn("w:r"))):
        _rev[0] += 1
        wrap = parse_xml(f'<{tag} {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/>')
        r.addprevious(wrap)
        p._p.remove(r)
        if kind == "del":
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")
        wrap.append(r)


class Footnotes:
    def __init__(self, d):
        self.d = d
        self.n = 0
        self.xml = parse_xml(
            f'<w:footnotes {W}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            '</w:footnotes>')

    def add(self, p, text):
        self.n += 1
        p._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{self.n}"/></w:r>'))
        self.xml.append(parse_xml(
            f'<w:footnote {W} w:id="{self.n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>'))

    def finish(self):
        from lxml import etree
        blob = etree.tostring(self.xml, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES)


def comment(d, p, text, author="Reviewer"):
    runs = p.runs
    d.add_comment(runs, text=text, author=author, initials="".join(w[0] for w in author.split()))
