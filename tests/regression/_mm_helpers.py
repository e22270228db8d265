"""Shared raw-OOXML helpers for the mm-* build scripts (tracked changes, footnotes,
text boxes, shading, merged cells, comments)."""
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def _id():
    _rev[0] += 1
    return _rev[0]


def run_xml(text, bold=False, italic=False, deleted=False, size=None):
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if size:
        rpr += f'<w:sz w:val="{size}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r {W}>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def para(container, text="", style=None, bold=False, italic=False, size=None, color=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def runs(p, parts):
    """parts: list of (text, bold) or str."""
    for x in parts:
        if isinstance(x, str):
            p.add_run(x)
        else:
            r = p.add_run(x[0])
            r.bold = x[1]
    return p


def ins_runs(p, text, author="Controller", date="2008-10-14T09:00:00Z", bold=False):
    el = parse_xml(f'<w:ins {W} w:id="{_id()}" w:author="{author}" w:date="{date}">'
                   f'{run_xml(text, bold=bold)}</w:ins>')
    p._p.append(el)
    return p


def del_runs(p, text, author="Controller", date="2008-10-14T09:00:00Z", bold=False):
    el = parse_xml(f'<w:del {W} w:id="{_id()}" w:author="{author}" w:date="{date}">'
                   f'{run_xml(text, bold=bold, deleted=True)}</w:del>')
    p._p.append(el)
    return p


def _mark(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {W}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {W} w:id="{_id()}" w:author="{author}" w:date="{date}"/>'))


def ins_para(container, text, author="Controller", date="2008-10-14T09:00:00Z", style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    _mark(p, "ins", author, date)
    return ins_runs(p, text, author, date)


def del_para(container, text, author="Controller", date="2008-10-14T09:00:00Z", style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    _mark(p, "del", author, date)
    return del_runs(p, text, author, date)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def table(doc, rows, widths=None, header_fill="BFBFBF", style="Table Grid", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(i == 0), size=size)
            if i == 0 and header_fill:
                shade(t.cell(i, j), header_fill)
    return t


def text_box(doc, lines, width="420pt", height="110pt", title=None):
    """A VML text box anchored in its own paragraph; lines are paragraphs inside it."""
    inner = ""
    if title:
        inner += f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(title)}</w:t></w:r></w:p>'
    for ln in lines:
        inner += f'<w:p><w:r><w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>'
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{_id()}" type="#_x0000_t202" '
           f'style="width:{width};height:{height};mso-position-horizontal:center" strokeweight="1.5pt">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


class Footnotes:
    """Adds a footnotes part to a python-docx Document and footnote references to runs."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []
        self.next = 1

    def ref(self, p, text):
        n = self.next
        self.next += 1
        self.notes.append((n, text))
        p._p.append(parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              f'<w:footnoteReference w:id="{n}"/></w:r>'))
        return p

    def finish(self):
        body = (f'<w:footnotes {W}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for n, text in self.notes:
            body += (f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
        body += "</w:footnotes>"
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    body.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def header_footer(doc, header, footer):
    s = doc.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer


def comment(doc, run_list, text, author="Reviewer", initials="R"):
    return doc.add_comment(run_list, text=text, author=author, initials=initials)


def count_words(path):
    import re
    import zipfile
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    return len(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).split())
