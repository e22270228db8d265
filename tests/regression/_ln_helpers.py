"""Shared helpers for the ln-* build scripts: raw OOXML for tracked changes, text boxes,
footnotes, shading and grey prompts, on top of python-docx."""
import copy
from docx import Document
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def _rid():
    _rev[0] += 1
    return _rev[0]


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _run_xml(text, deleted=False, bold=False, italic=False):
    rpr = ""
    if bold or italic:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r {W}>{rpr}<{tag} xml:space="preserve">{_esc(text)}</{tag}></w:r>'


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def shade_par(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def bold_title(doc, text, size=12, fill=None):
    """A title typed as a bold capitalised Normal paragraph (no heading style)."""
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    if fill:
        shade_par(p, fill)
    return p


def prompt(doc_or_cell, text):
    """A grey italic form prompt left in the document."""
    p = doc_or_cell.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return p


def mixed(container, parts, author="Author", date="2008-11-20T10:00:00Z"):
    """A paragraph of ('t', text), ('b', bold text), ('ins', text), ('del', text) pieces."""
    p = container.add_paragraph()
    for kind, text in parts:
        if kind == "t":
            p.add_run(text)
        elif kind == "b":
            p.add_run(text).bold = True
        elif kind == "ins":
            el = parse_xml(f'<w:ins {W} w:id="{_rid()}" w:author="{author}" w:date="{date}">'
                           + _run_xml(text) + "</w:ins>")
            p._p.append(el)
        elif kind == "del":
            el = parse_xml(f'<w:del {W} w:id="{_rid()}" w:author="{author}" w:date="{date}">'
                           + _run_xml(text, deleted=True) + "</w:del>")
            p._p.append(el)
    return p


def tracked_par(container, text, kind, author="Author", date="2008-11-20T10:00:00Z"):
    """A whole paragraph inserted ('ins') or deleted ('del'), paragraph mark included."""
    p = container.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    mark = parse_xml(f'<w:{kind} {W} w:id="{_rid()}" w:author="{author}" w:date="{date}"/>')
    rPr.append(mark)
    pPr.append(rPr)
    el = parse_xml(f'<w:{kind} {W} w:id="{_rid()}" w:author="{author}" w:date="{date}">'
                   + _run_xml(text, deleted=(kind == "del")) + f"</w:{kind}>")
    p._p.append(el)
    return p


def text_box(container, paragraphs, width="420pt", height="150pt", fill="#F2F2F2"):
    """A floating VML text box anchored in a new paragraph; paragraphs is a list of
    strings (a string starting with '**' is bold)."""
    inner = ""
    for t in paragraphs:
        b = t.startswith("**")
        inner += f"<w:p>{_run_xml(t[2:] if b else t, bold=b).replace(' ' + W, '')}</w:p>"
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{_rid()}" o:spt="202" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:0;margin-top:0;width:{width};height:{height};'
           f'z-index:1;mso-position-horizontal:center;mso-wrap-style:square" fillcolor="{fill}" strokecolor="#404040">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = container.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


class Footnotes:
    """Adds a footnotes part to the document and footnote references to paragraphs."""

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
        fn = parse_xml(
            f'<w:footnote {W} w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r></w:p></w:footnote>')
        self.root.append(fn)
        ref = parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                        f'<w:footnoteReference w:id="{fid}"/></w:r>')
        paragraph._p.append(ref)

    def finish(self):
        from lxml import etree
        blob = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def header_footer(doc, head, foot):
    s = doc.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot
    s.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def table(container, rows, widths=None, header_fill="D9D9D9", style="Table Grid"):
    t = container.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            c = t.cell(i, j)
            c.text = val
            if i == 0 and header_fill:
                shade(c, header_fill)
                for r in c.paragraphs[0].runs:
                    r.bold = True
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def count_words(doc):
    import re, zipfile, io
    buf = io.BytesIO()
    doc.save(buf)
    xml = zipfile.ZipFile(buf).read("word/document.xml").decode()
    return len(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).split())
