"""Shared helpers for the jm-* build scripts: raw OOXML that python-docx cannot write.

Tracked changes (w:ins / w:del), Word comments (python-docx 1.2 add_comment), a footnotes part,
VML text boxes, cell shading, merged cells, header/footer text with PAGE fields.
"""
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def _id():
    _rev[0] += 1
    return _rev[0]


def run_xml(text, bold=False, italic=False, deleted=False, color=None, size=None):
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{size}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def add_ins(paragraph, text, author="J. Pellow", date="2009-01-14T10:12:00Z", bold=False):
    el = parse_xml(f'<w:ins {W} w:id="{_id()}" w:author="{author}" w:date="{date}">'
                   f'{run_xml(text, bold=bold)}</w:ins>')
    paragraph._p.append(el)
    return el


def add_del(paragraph, text, author="J. Pellow", date="2009-01-14T10:12:00Z", bold=False):
    el = parse_xml(f'<w:del {W} w:id="{_id()}" w:author="{author}" w:date="{date}">'
                   f'{run_xml(text, bold=bold, deleted=True)}</w:del>')
    paragraph._p.append(el)
    return el


def deleted_paragraph(doc, text, author="J. Pellow", date="2009-01-14T10:12:00Z", style=None):
    """A whole paragraph deleted as a tracked change (paragraph mark deleted too)."""
    p = doc.add_paragraph(style=style)
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:rPr {W}><w:del w:id="{_id()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    add_del(p, text, author, date)
    return p


def inserted_paragraph(doc, text, author="J. Pellow", date="2009-01-14T10:12:00Z", style=None):
    p = doc.add_paragraph(style=style)
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:rPr {W}><w:ins w:id="{_id()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    add_ins(p, text, author, date)
    return p


def comment(doc, runs, text, author="Univ. Partnership Office", initials="UPO"):
    if not isinstance(runs, (list, tuple)):
        runs = [runs]
    return doc.add_comment(runs, text=text, author=author, initials=initials)


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, italic=False, size=None, fill=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if fill:
        shade(cell, fill)
    return cell


def table(doc, rows, widths=None, header_fill="D9D9D9", style="Table Grid", size=9, bold_first=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(i == 0 and bold_first), size=size,
                     fill=header_fill if (i == 0 and header_fill) else None)
    return t


def text_box(paragraph, lines, width_pt=430, height_pt=120, fill="FFF2CC", title=None):
    """A VML text box anchored in `paragraph`; `lines` are its paragraphs (first may be bold via title)."""
    inner = ""
    if title:
        inner += f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{run_xml(title, bold=True)}</w:p>'
    for line in lines:
        inner += f"<w:p>{run_xml(line)}</w:p>"
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{_id()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" '
           f'fillcolor="#{fill}" strokecolor="#C00000" strokeweight="1.5pt">'
           f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


def header_footer(doc, header_text, footer_text):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run(footer_text + "   Page ")
    r.font.size = Pt(8)
    fp._p.append(parse_xml(f'<w:fldSimple {W} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


class Footnotes:
    """Adds a footnotes part to the document and footnote references to runs."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []
        self.next = 1

    def ref(self, paragraph, text):
        n = self.next
        self.next += 1
        self.notes.append((n, text))
        paragraph._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))

    def finish(self):
        body = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for n, text in self.notes:
            body += (f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteRef/></w:r>{run_xml(" " + text, size=18)}</w:p></w:footnote>')
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>{body}</w:footnotes>'
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def bold_para(doc, text, size=None, caps=False, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text.upper() if caps else text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def runin(doc, label, text, style=None):
    p = doc.add_paragraph(style=style)
    p.add_run(label).bold = True
    p.add_run(text)
    return p


def grey(doc, text):
    """A form's grey guidance prompt left in the document."""
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return p


def words(doc):
    n = sum(len(p.text.split()) for p in doc.paragraphs)
    for t in doc.tables:
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                n += len(c.text.split())
    return n
