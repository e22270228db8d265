"""Shared helpers for the mi-* build scripts: raw OOXML for what python-docx cannot do
(tracked insertions and deletions, footnotes, VML text boxes, shading, field codes)."""
from copy import deepcopy
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def shade(cell_or_par, fill):
    """Shade a table cell or a paragraph."""
    el = cell_or_par._tc if hasattr(cell_or_par, "_tc") else cell_or_par._p
    pr = el.get_or_add_tcPr() if hasattr(cell_or_par, "_tc") else el.get_or_add_pPr()
    pr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def bold_par(doc_or_cell, text, size=None, caps=False, fill=None, italic=False, align=None):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(text.upper() if caps else text)
    r.bold = True
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if fill:
        shade(p, fill)
    if align is not None:
        p.alignment = align
    return p


def runin(doc_or_cell, label, text, italic_label=False):
    """A paragraph with a bold run-in label followed by plain text."""
    p = doc_or_cell.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    r.italic = italic_label
    p.add_run(" " + text)
    return p


def grey(p_or_run, colour="808080"):
    runs = p_or_run.runs if hasattr(p_or_run, "runs") else [p_or_run]
    for r in runs:
        r.font.color.rgb = RGBColor.from_string(colour)


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def _run_xml(text, tag="w:t", rpr=""):
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def ins_paragraph(doc, text, author, date, before=None):
    """A whole paragraph inserted as a tracked change (its mark too)."""
    rid, mid = _next_id(), _next_id()
    xml = (f'<w:p {W}><w:pPr><w:rPr><w:ins w:id="{mid}" w:author="{escape(author)}" w:date="{date}"/></w:rPr></w:pPr>'
           f'<w:ins w:id="{rid}" w:author="{escape(author)}" w:date="{date}">{_run_xml(text)}</w:ins></w:p>')
    p = parse_xml(xml)
    _place(doc, p, before)
    return p


def del_paragraph(doc, text, author, date, before=None):
    """A whole paragraph deleted as a tracked change (its mark too)."""
    rid, mid = _next_id(), _next_id()
    xml = (f'<w:p {W}><w:pPr><w:rPr><w:del w:id="{mid}" w:author="{escape(author)}" w:date="{date}"/></w:rPr></w:pPr>'
           f'<w:del w:id="{rid}" w:author="{escape(author)}" w:date="{date}">{_run_xml(text, "w:delText")}</w:del></w:p>')
    p = parse_xml(xml)
    _place(doc, p, before)
    return p


def _place(doc, p, before):
    if before is not None:
        before._p.addprevious(p) if hasattr(before, "_p") else before.addprevious(p)
    else:
        body = doc.element.body
        body.insert(len(body) - 1, p)  # before sectPr


def add_del_run(paragraph, text, author, date):
    rid = _next_id()
    paragraph._p.append(parse_xml(
        f'<w:del {W} w:id="{rid}" w:author="{escape(author)}" w:date="{date}">{_run_xml(text, "w:delText")}</w:del>'))


def add_ins_run(paragraph, text, author, date):
    rid = _next_id()
    paragraph._p.append(parse_xml(
        f'<w:ins {W} w:id="{rid}" w:author="{escape(author)}" w:date="{date}">{_run_xml(text)}</w:ins>'))


def add_field(paragraph, instr, shown="1"):
    """A simple complex field (PAGE, NUMPAGES, DATE) with a cached result."""
    for frag in (f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>',
                 f'<w:r {W}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
                 f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>',
                 f'<w:r {W}><w:t>{shown}</w:t></w:r>',
                 f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(frag))


def text_box(paragraph, paras, width_pt=420, height_pt=110, fill="F2F2F2"):
    """A VML text box anchored in `paragraph`; `paras` is a list of (text, bold) pairs."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        for t, b in paras)
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="tb{_next_id()}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" '
           f'fillcolor="#{fill}" strokecolor="#404040"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


class Footnotes:
    """Adds a footnotes part to the document and footnote references to runs."""

    def __init__(self, doc):
        self.doc = doc
        self.n = 0
        xml = (f'<w:footnotes {W}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
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

    def finish(self):
        from lxml import etree
        blob = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def comment(doc, paragraph, text, author, initials):
    runs = paragraph.runs
    doc.add_comment(runs, text=text, author=author, initials=initials)


def words(doc):
    n = sum(len(p.text.split()) for p in doc.paragraphs)
    for t in doc.tables:
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                n += sum(len(p.text.split()) for p in c.paragraphs)
    return n
