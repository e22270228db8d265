"""Shared helpers for the ll-* build scripts: python-docx plus raw OOXML for
tracked changes (w:ins / w:del), comments, footnotes, VML text boxes, merged and
shaded cells, and grey form prompts."""
import copy
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2008-11-14T09:30:00Z"
_rev = [100]


def _id():
    _rev[0] += 1
    return _rev[0]


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def para(d, text="", bold=False, italic=False, size=None, style=None, color=None, align=None, shade=None, runs=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    parts = runs if runs is not None else [(text, bold, italic)]
    for t, b, i in parts:
        r = p.add_run(t)
        r.bold = b
        r.italic = i
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if shade:
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{shade}"/>'))
    return p


def prompt(d, text):
    """Grey italic guidance left in from the template: never an answer."""
    return para(d, text, italic=True, color="808080", size=8)


def bullets(d, items, style="List Bullet"):
    for it in items:
        d.add_paragraph(it, style=style)


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, widths=None, header_fill="D9D9D9", style="Table Grid", bold_header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = "" if val is None else str(val)
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(9)
                    if i == 0 and bold_header:
                        r.bold = True
            if i == 0 and header_fill:
                shade_cell(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill="F2DCDB", bold=True):
    """Merge a whole row into one shaded band cell."""
    a = t.cell(i, 0)
    b = t.cell(i, len(t.columns) - 1)
    m = a.merge(b)
    m.text = text
    for p in m.paragraphs:
        for r in p.runs:
            r.bold = bold
            r.font.size = Pt(9)
    shade_cell(m, fill)
    return m


def merge_down(t, col, r0, r1, text):
    m = t.cell(r0, col).merge(t.cell(r1, col))
    m.text = text
    for p in m.paragraphs:
        for r in p.runs:
            r.font.size = Pt(9)
    return m


def _run_xml(text, deleted=False, bold=False):
    tag = "w:delText" if deleted else "w:t"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def tracked_para(d, pieces, author="R. Trethewey", date=DATE, style=None):
    """pieces: list of (kind, text) with kind in 'n' (normal), 'i' (inserted), 'd' (deleted).
    A paragraph made only of 'i' or only of 'd' also marks its paragraph mark."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    kinds = {k for k, _ in pieces}
    if kinds == {"d"} or kinds == {"i"}:
        tag = "w:del" if kinds == {"d"} else "w:ins"
        pPr = p._p.get_or_add_pPr()
        rpr = parse_xml(f'<w:rPr {W}><{tag} w:id="{_id()}" w:author="{author}" w:date="{date}"/></w:rPr>')
        pPr.append(rpr)
    for k, text in pieces:
        if k == "n":
            p._p.append(parse_xml(f"<w:r {W}><w:t xml:space=\"preserve\">{escape(text)}</w:t></w:r>"))
        elif k == "i":
            p._p.append(parse_xml(f'<w:ins {W} w:id="{_id()}" w:author="{author}" w:date="{date}">{_run_xml(text)}</w:ins>'))
        else:
            p._p.append(parse_xml(f'<w:del {W} w:id="{_id()}" w:author="{author}" w:date="{date}">{_run_xml(text, True)}</w:del>'))
    return p


def tracked_cell(cell, pieces, author="R. Trethewey", date=DATE):
    """Replace a cell's text by tracked pieces."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    for k, text in pieces:
        if k == "n":
            p._p.append(parse_xml(f"<w:r {W}><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:t xml:space=\"preserve\">{escape(text)}</w:t></w:r>"))
        elif k == "i":
            p._p.append(parse_xml(f'<w:ins {W} w:id="{_id()}" w:author="{author}" w:date="{date}">{_run_xml(text)}</w:ins>'))
        else:
            p._p.append(parse_xml(f'<w:del {W} w:id="{_id()}" w:author="{author}" w:date="{date}">{_run_xml(text, True)}</w:del>'))


def comment(d, paragraph, text, author="Reviewer", initials="RV"):
    runs = paragraph.runs
    if not runs:
        runs = [paragraph.add_run("")]
    d.add_comment(runs, text=text, author=author, initials=initials)


def text_box(d, paras, width_pt=440, height_pt=120, fill="FFF2CC"):
    """A VML text box anchored in its own paragraph."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if i == 0 else ""}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        for i, t in enumerate(paras))
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{_id()}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" '
           f'fillcolor="#{fill}" strokecolor="#7F7F7F"><v:textbox><w:txbxContent>{inner}</w:txbxContent>'
           f'</v:textbox></v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


class Footnotes:
    def __init__(self, d):
        self.d = d
        self.notes = []

    def add(self, paragraph, text):
        n = len(self.notes) + 1
        self.notes.append((n, text))
        paragraph._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))

    def finish(self):
        body = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for n, t in self.notes:
            body += (f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>')
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{body}</w:footnotes>'
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.d.part.package)
        self.d.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")


def header_footer(d, head, foot):
    s = d.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot
    for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)
