"""Small raw-OOXML helpers shared by the hc-* build scripts (python-docx 1.2)."""
import copy
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def run_xml(text, bold=False, italic=False):
    rpr = ""
    if bold or italic:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    return f'<w:r {W}>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


_rev = [900]


def tracked_ins(par, text, author="Editor", date="2009-06-02T10:00:00Z", bold=False):
    _rev[0] += 1
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    par._p.append(parse_xml(
        f'<w:ins {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"><w:r>{rpr}'
        f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>'))


def tracked_del(par, text, author="Editor", date="2009-06-02T10:00:00Z"):
    _rev[0] += 1
    par._p.append(parse_xml(
        f'<w:del {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"><w:r>'
        f'<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>'))


def textbox(par, paragraphs, width_pt=430, height_pt=170, shape_id=1):
    """paragraphs: list of (text, bold) pairs; a VML text box anchored inline in par."""
    body = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'
        for t, b in paragraphs)
    par._p.append(parse_xml(
        f'<w:r {W} {V}><w:pict><v:shape id="TextBox{shape_id}" type="#_x0000_t202" '
        f'style="width:{width_pt}pt;height:{height_pt}pt" strokeweight="1pt">'
        f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.items = []

    def add(self, par, text):
        n = len(self.items) + 1
        self.items.append((n, text))
        par._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))

    def finish(self):
        notes = "".join(
            f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {esc(t)}</w:t></w:r></w:p></w:footnote>' for n, t in self.items)
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               f'{notes}</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def set_cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    return p
