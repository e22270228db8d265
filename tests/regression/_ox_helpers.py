"""Shared python-docx helpers for the ox-* build scripts (raw OOXML where python-docx cannot do it):
tracked insertions and deletions, whole inserted or deleted paragraphs, footnotes, a VML text box,
cell shading, a PAGE field, custom paragraph styles, and a word count like the label checker's."""
import re
import zipfile

from docx.enum.style import WD_STYLE_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

_rev = [100]


def _next():
    _rev[0] += 1
    return str(_rev[0])


def style(doc, name, size=11, bold=False, italic=False, caps=False, font="Arial", space_before=0,
          space_after=6, color=None, align=None, keep_next=False, indent=None):
    """A custom paragraph style (not a Heading style)."""
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles["Normal"]
    f = st.font
    f.name, f.size, f.bold, f.italic, f.all_caps = font, Pt(size), bold, italic, caps
    if color:
        f.color.rgb = RGBColor.from_string(color)
    pf = st.paragraph_format
    pf.space_before, pf.space_after = Pt(space_before), Pt(space_after)
    pf.keep_with_next = keep_next
    if align is not None:
        pf.alignment = align
    if indent is not None:
        pf.left_indent = indent
    return st


def run(p, text, bold=None, italic=None, strike=None, caps=None, size=None, color=None, font=None):
    r = p.add_run(text)
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if strike is not None:
        r.font.strike = strike
    if caps is not None:
        r.font.all_caps = caps
    if size is not None:
        r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = RGBColor.from_string(color)
    if font is not None:
        r.font.name = font
    return r


def _r(text, bold=False, italic=False, deleted=False):
    r = OxmlElement("w:r")
    if bold or italic:
        rpr = OxmlElement("w:rPr")
        if bold:
            rpr.append(OxmlElement("w:b"))
        if italic:
            rpr.append(OxmlElement("w:i"))
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def ins(p, text, author, date, bold=False, italic=False):
    """Append a tracked insertion to paragraph p."""
    e = OxmlElement("w:ins")
    e.set(qn("w:id"), _next())
    e.set(qn("w:author"), author)
    e.set(qn("w:date"), date)
    e.append(_r(text, bold, italic))
    p._p.append(e)
    return e


def dele(p, text, author, date, bold=False, italic=False):
    """Append a tracked deletion to paragraph p."""
    e = OxmlElement("w:del")
    e.set(qn("w:id"), _next())
    e.set(qn("w:author"), author)
    e.set(qn("w:date"), date)
    e.append(_r(text, bold, italic, deleted=True))
    p._p.append(e)
    return e


def mark_para(p, kind, author, date):
    """Mark the paragraph mark itself as inserted ('ins') or deleted ('del')."""
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    e = OxmlElement("w:" + kind)
    e.set(qn("w:id"), _next())
    e.set(qn("w:author"), author)
    e.set(qn("w:date"), date)
    rpr.append(e)
    ppr.append(rpr)


def whole_para(doc, kind, text, author, date, style_name=None, lead=None):
    """A whole paragraph inserted or deleted as a tracked change (lead = bold run-in words)."""
    p = doc.add_paragraph(style=style_name)
    f = ins if kind == "ins" else dele
    if lead:
        f(p, lead, author, date, bold=True)
    f(p, text, author, date)
    mark_para(p, kind, author, date)
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None, fill=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run(p, line, bold=bold, italic=italic, size=size)
    if fill:
        shade(cell, fill)
    return cell


def page_field(p, prefix="Page "):
    if prefix:
        p.add_run(prefix)
    fld = parse_xml('<w:fldSimple %s w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>' % nsdecls("w"))
    p._p.append(fld)


def text_box(p, paragraphs, width_pt=440, height_pt=150, stroke="1.5pt"):
    """A VML text box anchored inline in paragraph p; paragraphs = list of (text, bold)."""
    body = "".join(
        '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
        % ("<w:rPr><w:b/></w:rPr>" if b else "", t.replace("&", "&amp;").replace("<", "&lt;"))
        for t, b in paragraphs)
    xml = ('<w:r %s><w:pict><v:shape id="tb%s" type="#_x0000_t202" style="width:%spt;height:%spt" '
           'strokeweight="%s"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
           % (nsdecls("w") + ' xmlns:v="urn:schemas-microsoft-com:vml"', _next(), width_pt, height_pt, stroke, body))
    p._p.append(parse_xml(xml))


class Footnotes:
    """Collects footnotes and writes word/footnotes.xml at the end."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, p, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        r = parse_xml('<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                      '<w:footnoteReference w:id="%d"/></w:r>' % (nsdecls("w"), fid))
        p._p.append(r)

    def finish(self):
        W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        parts = ['<w:footnotes xmlns:w="%s">' % W,
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                 '</w:r></w:p></w:footnote>']
        for fid, text in self.notes:
            t = text.replace("&", "&amp;").replace("<", "&lt;")
            parts.append('<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                         '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                         '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p>'
                         '</w:footnote>' % (fid, t))
        parts.append("</w:footnotes>")
        blob = "".join(parts).encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(
            part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")


def words(path):
    """Word count of the body as the label checker counts it (document.xml w:t text)."""
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).replace("&amp;", "&")
    return len(re.sub(r"\s+", " ", text).split())
