"""Shared helpers for the lf-* build scripts: python-docx plus raw OOXML for shading, merged cells,
tracked changes (w:ins / w:del), footnotes, VML text boxes and header/footer text."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev = [100]


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def header_footer(d, header, footer):
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = footer
    for p in (sec.header.paragraphs[0], sec.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)


def shade(el, fill):
    """Shade a paragraph or a table cell."""
    if hasattr(el, "_tc"):
        pr = el._tc.get_or_add_tcPr()
    else:
        pr = el._p.get_or_add_pPr()
    pr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def para(d, text="", bold=False, italic=False, style=None, size=None, fill=None, color=None, align=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if fill:
        shade(p, fill)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runs(d, parts, style=None):
    """parts: list of (text, 'b'|'i'|'') tuples in one paragraph."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
    return p


def cell_text(cell, text, bold=False, fill=None, size=None, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def table(d, rows, widths=None, header_fill=None, size=9, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is None:
                continue
            cell_text(t.cell(i, j), v, bold=(i == 0 and header_fill is not None),
                      fill=header_fill if i == 0 else None, size=size)
    return t


def _run_xml(text, deleted=False, bold=False):
    tag = "w:delText" if deleted else "w:t"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def tracked(d, pieces, author="K. Oyelaran", date="2008-10-14T09:30:00Z", style=None):
    """A paragraph of pieces: (text, kind) with kind '' (plain), 'ins' or 'del'.
    If every piece is 'del' the paragraph mark is deleted too; if every piece is 'ins' the mark is inserted."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    kinds = {k for _, k in pieces}
    xml = []
    for text, kind in pieces:
        _rev[0] += 1
        if kind == "ins":
            xml.append(f'<w:ins {nsdecls("w")} w:id="{_rev[0]}" w:author="{author}" w:date="{date}">{_run_xml(text)}</w:ins>')
        elif kind == "del":
            xml.append(f'<w:del {nsdecls("w")} w:id="{_rev[0]}" w:author="{author}" w:date="{date}">{_run_xml(text, True)}</w:del>')
        else:
            xml.append(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{escape(text)}</w:t></w:r>')
    for x in xml:
        p._p.append(parse_xml(x))
    if kinds in ({"del"}, {"ins"}):
        _rev[0] += 1
        tag = "w:del" if kinds == {"del"} else "w:ins"
        ppr = p._p.get_or_add_pPr()
        rpr = parse_xml(f'<w:rPr {nsdecls("w")}><{tag} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/></w:rPr>')
        ppr.append(rpr)
    return p


def delete_row(row, author="K. Oyelaran", date="2008-10-14T09:30:00Z"):
    """Mark a table row as a tracked deletion (row and all its runs)."""
    _rev[0] += 1
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/>'))
    for r in row._tr.iter(qn("w:r")):
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        parent = r.getparent()
        _rev[0] += 1
        wrapper = parse_xml(f'<w:del {nsdecls("w")} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/>')
        parent.replace(r, wrapper)
        wrapper.append(r)


def comment(d, paragraph, text, author="Reviewer", initials="R"):
    d.add_comment(paragraph.runs if paragraph.runs else [], text=text, author=author, initials=initials)


_FN_XML = (f'<w:footnotes {nsdecls("w")}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')


class Footnotes:
    def __init__(self, d):
        self.d = d
        self.notes = []

    def add(self, paragraph, text):
        n = len(self.notes) + 1
        self.notes.append(text)
        paragraph._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))

    def save(self):
        body = "".join(
            f'<w:footnote w:id="{i + 1}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>' for i, t in enumerate(self.notes))
        xml = (_FN_XML + body + "</w:footnotes>").encode()
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", xml,
                    self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES)


def text_box(d, lines, width_pt=430, height_pt=120, fill="FFF2CC"):
    """A floating-looking VML text box anchored in its own paragraph. lines: list of (text, bold)."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        for t, b in lines)
    xml = (f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:r><w:pict><v:shape id="tb{_rev[0]}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" fillcolor="#{fill}" strokecolor="#7F6000">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    _rev[0] += 1
    d.element.body.append(parse_xml(xml))
    # keep sectPr last
    body = d.element.body
    sect = body.find(qn("w:sectPr"))
    if sect is not None:
        body.remove(sect)
        body.append(sect)


def word_count(d_path):
    import re, zipfile
    xml = zipfile.ZipFile(d_path).read("word/document.xml").decode()
    return len(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).split())
