"""Shared helpers for the lt-* build scripts: python-docx plus raw OOXML for tracked changes,
footnotes, VML text boxes, shading and merged cells."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2008-12-11T10:00:00Z"
_rev = [100]


def _id():
    _rev[0] += 1
    return _rev[0]


def new_doc(font="Calibri", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def para(d, text="", bold=False, italic=False, size=None, style=None, align=None, shade=None, color=None,
         space_after=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold or None, italic or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if shade:
        shade_par(p, shade)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(d, parts, style=None):
    """parts: list of (text, dict(bold=, italic=, color=))"""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = f.get("bold")
        r.italic = f.get("italic")
        if f.get("color"):
            r.font.color.rgb = RGBColor.from_string(f["color"])
    return p


def shade_par(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, header_fill="D9D9D9", bold_header=True, style="Table Grid", widths=None, size=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val if val is not None else "")
            if size:
                r.font.size = Pt(size)
            if i == 0 and bold_header:
                r.bold = True
                if header_fill:
                    shade_cell(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill=None, bold=True):
    """Merge a whole row into one cell holding text (a group row)."""
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    a.text = ""
    r = a.paragraphs[0].add_run(text)
    r.bold = bold
    if fill:
        shade_cell(a, fill)
    return a


def _run_xml(text, kind="n", rpr=""):
    text = escape(text)
    if kind == "del":
        return (f'<w:del w:id="{_id()}" w:author="{AUTHOR[0]}" w:date="{DATE}"><w:r>{rpr}'
                f'<w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>')
    r = f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'
    if kind == "ins":
        return f'<w:ins w:id="{_id()}" w:author="{AUTHOR[0]}" w:date="{DATE}">{r}</w:ins>'
    return r


AUTHOR = ["Reviewer"]


def tracked(d_or_cell, segments, whole=None, style=None):
    """Add a paragraph of segments [(kind, text)], kind n / ins / del. whole='ins' or 'del' marks the
    paragraph mark too (a whole inserted or deleted paragraph)."""
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    if whole:
        tag = "ins" if whole == "ins" else "del"
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:{tag} w:id="{_id()}" w:author="{AUTHOR[0]}" '
                             f'w:date="{DATE}"/></w:rPr>'))
    for kind, text in segments:
        for el in parse_xml(f'<w:x {nsdecls("w")}>{_run_xml(text, kind)}</w:x>'):
            p._p.append(copy.deepcopy(el))
    return p


def tracked_cell(cell, segments):
    """Replace a cell's text with tracked segments."""
    p = cell.paragraphs[0]
    for r in list(p._p):
        if r.tag != qn("w:pPr"):
            p._p.remove(r)
    for kind, text in segments:
        for el in parse_xml(f'<w:x {nsdecls("w")}>{_run_xml(text, kind)}</w:x>'):
            p._p.append(copy.deepcopy(el))


def delete_row(t, i):
    """Mark table row i as a tracked deletion (its text becomes deleted text)."""
    tr = t.rows[i]._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_id()}" w:author="{AUTHOR[0]}" w:date="{DATE}"/>'))
    for tc in tr.findall(qn("w:tc")):
        for p in tc.findall(qn("w:p")):
            for r in p.findall(qn("w:r")):
                for t_ in r.findall(qn("w:t")):
                    dt = parse_xml(f'<w:delText {nsdecls("w")} xml:space="preserve">{escape(t_.text or "")}</w:delText>')
                    r.replace(t_, dt)
                wrap = parse_xml(f'<w:del {nsdecls("w")} w:id="{_id()}" w:author="{AUTHOR[0]}" w:date="{DATE}"/>')
                p.replace(r, wrap)
                wrap.append(r)


def text_box(d, paragraphs, width_pt=430, height_pt=120, fill="FFF8E1"):
    """A floating-free inline VML text box holding paragraphs [(text, bold)]."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        for t, b in paragraphs)
    xml = (f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
           f'<v:shape id="tb{_id()}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" '
           f'fillcolor="#{fill}" strokecolor="#7F6000"><v:textbox style="mso-fit-shape-to-text:t">'
           f'<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    el = parse_xml(xml)
    d.element.body.insert(len(d.element.body) - 1, el)
    return el


class Footnotes:
    def __init__(self, d):
        self.d = d
        self.n = 0
        xml = (f'<w:footnotes {W}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
               '</w:p></w:footnote></w:footnotes>')
        self.root = parse_xml(xml)
        self.part = None

    def add(self, paragraph, text):
        self.n += 1
        fid = self.n
        self.root.append(parse_xml(
            f'<w:footnote {W} w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'))
        paragraph._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))

    def save_into(self):
        from lxml import etree
        blob = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES)


def header_footer(d, header, footer):
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer


def comment(d, paragraph, text, author, initials):
    d.add_comment(paragraph.runs, text=text, author=author, initials=initials)


def word_count(d):
    import re
    n = sum(len(p.text.split()) for p in d.paragraphs)
    for t in d.tables:
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                n += len(c.text.split())
    return n
