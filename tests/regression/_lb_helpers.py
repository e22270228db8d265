"""Shared helpers for the lb-* build scripts: python-docx plus raw OOXML for
tracked changes, footnotes, VML text boxes, shading and merged cells."""
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2008-11-14T10:00:00Z"


def new_doc(font="Times New Roman", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def bold_title(d, text, size=12, caps=False, shade=None, center=False):
    p = d.add_paragraph()
    r = p.add_run(text.upper() if caps else text)
    r.bold = True
    r.font.size = Pt(size)
    if center:
        p.alignment = 1
    if shade:
        shade_par(p, shade)
    return p


def para(d, text, bold_lead=None, italic=False, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if bold_lead:
        p.add_run(bold_lead).bold = True
    r = p.add_run(text)
    r.italic = italic
    return p


def shade_par(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, widths=None, header_fill="D9D9D9", style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if i == 0 and header_fill:
                shade_cell(c, header_fill)
                for r in c.paragraphs[0].runs:
                    r.bold = True
    return t


def _run_xml(text, deleted=False, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


_rev = [100]


def _rid():
    _rev[0] += 1
    return _rev[0]


def tracked_para(d, pieces, author="M. Trevose", date=DATE):
    """pieces: list of (kind, text) with kind in 'n' (normal), 'i' (inserted), 'd' (deleted)."""
    p = d.add_paragraph()
    for kind, text in pieces:
        if kind == "n":
            p._p.append(parse_xml(f"<w:r {W}><w:t xml:space=\"preserve\">{escape(text)}</w:t></w:r>"))
        elif kind == "i":
            p._p.append(parse_xml(f'<w:ins {W} w:id="{_rid()}" w:author="{author}" w:date="{date}">'
                                  f'{_run_xml(text)}</w:ins>'))
        else:
            p._p.append(parse_xml(f'<w:del {W} w:id="{_rid()}" w:author="{author}" w:date="{date}">'
                                  f'{_run_xml(text, deleted=True)}</w:del>'))
    return p


def deleted_para(d, text, author="M. Trevose", date=DATE):
    """A whole paragraph deleted as a tracked change (paragraph mark deleted too)."""
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:del w:id="{_rid()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    p._p.append(parse_xml(f'<w:del {W} w:id="{_rid()}" w:author="{author}" w:date="{date}">'
                          f'{_run_xml(text, deleted=True)}</w:del>'))
    return p


def inserted_para(d, text, author="M. Trevose", date=DATE):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:ins w:id="{_rid()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    p._p.append(parse_xml(f'<w:ins {W} w:id="{_rid()}" w:author="{author}" w:date="{date}">'
                          f'{_run_xml(text)}</w:ins>'))
    return p


def merge_row(t, row, text, fill=None, bold=True):
    a = t.cell(row, 0)
    b = t.cell(row, len(t.columns) - 1)
    m = a.merge(b)
    m.text = text
    if bold:
        for r in m.paragraphs[0].runs:
            r.bold = True
    if fill:
        shade_cell(m, fill)
    return m


def text_box(d, lines, width_pt=400, height_pt=120):
    """A VML text box anchored in its own paragraph; lines is a list of strings (first bold)."""
    inner = ""
    for i, ln in enumerate(lines):
        inner += f"<w:p>{_run_xml(ln, bold=(i == 0))}</w:p>"
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{_rid()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt" stroked="t">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


class Footnotes:
    def __init__(self, d):
        self.d = d
        self.n = 0
        xml = (f'<w:footnotes {W}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.el = parse_xml(xml)
        self.part = None

    def add(self, paragraph, text):
        self.n += 1
        fid = self.n
        self.el.append(parse_xml(
            f'<w:footnote {W} w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'))
        paragraph._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))

    def finish(self):
        from lxml import etree
        blob = etree.tostring(self.el, xml_declaration=True, encoding="UTF-8", standalone=True)
        dp = self.d.part
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, dp.package)
        dp.relate_to(part, RT.FOOTNOTES)


def header_footer(d, head, foot):
    s = d.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot


def bullets(d, items, mark="\u2022"):
    for it in items:
        d.add_paragraph(f"{mark}\t{it}")
