"""Shared helpers for the kx-* build scripts (python-docx plus raw OOXML)."""
import copy
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn, nsdecls
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rid = [100]


def new_doc(font="Times New Roman", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def title(d, text, size=12, center=False, caps=False, italic=False):
    """A typed title: a bold Normal paragraph, not a heading style."""
    p = d.add_paragraph()
    r = p.add_run(text.upper() if caps else text)
    r.bold = True
    r.italic = italic
    r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def para(d, text, bold_lead=None, italic=False, size=None, grey=False, center=False):
    p = d.add_paragraph()
    if bold_lead:
        r = p.add_run(bold_lead + " ")
        r.bold = True
    r = p.add_run(text)
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if grey:
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def typed_list(d, items, mark="\u2022"):
    for it in items:
        p = d.add_paragraph(f"{mark}\t{it}")
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.6)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, header_fill="D9D9D9", widths=None, bold_header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if i == 0 and header_fill:
                shade(c, header_fill)
                if bold_header:
                    for r in c.paragraphs[0].runs:
                        r.bold = True
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill="EDEDED"):
    """Merge all cells of row i into one group row."""
    a = t.cell(i, 0)
    b = t.cell(i, len(t.columns) - 1)
    m = a.merge(b)
    m.text = text
    for r in m.paragraphs[0].runs:
        r.bold = True
    shade(m, fill)
    return m


def _run_xml(text, tag="w:t"):
    return f'<w:r><w:rPr/><{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def tracked_para(d, pieces, author="R. Ainsworth", date="2008-11-20T10:00:00Z"):
    """pieces: list of (kind, text), kind in 'n' (normal), 'ins', 'del'."""
    p = d.add_paragraph()
    for kind, text in pieces:
        _rid[0] += 1
        if kind == "n":
            p._p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'))
        elif kind == "ins":
            p._p.append(parse_xml(
                f'<w:ins {W} w:id="{_rid[0]}" w:author="{author}" w:date="{date}">'
                f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))
        elif kind == "del":
            p._p.append(parse_xml(
                f'<w:del {W} w:id="{_rid[0]}" w:author="{author}" w:date="{date}">'
                f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))
    return p


def tracked_cell(cell, pieces, author="R. Ainsworth", date="2008-11-20T10:00:00Z"):
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    for kind, text in pieces:
        _rid[0] += 1
        if kind == "n":
            p._p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'))
        elif kind == "ins":
            p._p.append(parse_xml(
                f'<w:ins {W} w:id="{_rid[0]}" w:author="{author}" w:date="{date}">'
                f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))
        else:
            p._p.append(parse_xml(
                f'<w:del {W} w:id="{_rid[0]}" w:author="{author}" w:date="{date}">'
                f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))


def text_box(d, paras, width_pt=400, height_pt=150):
    """A VML text box anchored in its own paragraph; paras are strings (first bold)."""
    inner = ""
    for i, t in enumerate(paras):
        b = "<w:b/>" if i == 0 else ""
        inner += f'<w:p><w:r><w:rPr>{b}</w:rPr><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           f'<v:shape id="tb{_rid[0]}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" '
           f'strokeweight="1pt" fillcolor="#F2F2F2"><v:textbox><w:txbxContent>{inner}</w:txbxContent>'
           f'</v:textbox></v:shape></w:pict></w:r>')
    _rid[0] += 1
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def header_footer(d, head, foot):
    s = d.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot


class Footnotes:
    """Adds a footnotes part and footnote references."""

    def __init__(self, d):
        self.d = d
        self.notes = []

    def ref(self, paragraph, text):
        n = len(self.notes) + 1
        self.notes.append((n, text))
        paragraph._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))

    def ref_cell(self, cell, text):
        self.ref(cell.paragraphs[0], text)

    def finish(self):
        body = (f'<w:footnotes {W}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for n, t in self.notes:
            body += (f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>')
        body += '</w:footnotes>'
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    body.encode("utf-8"), self.d.part.package)
        self.d.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")
