"""Shared helpers for the jv-* build scripts: raw OOXML that python-docx cannot write directly
(tracked changes, text boxes, footnotes, shading, fields)."""
from xml.sax.saxutils import escape

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

_ID = [900]
VML = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def nid():
    _ID[0] += 1
    return str(_ID[0])


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _rpr(bold=False, italic=False, color=None, size=None):
    s = ""
    if bold:
        s += "<w:b/>"
    if italic:
        s += "<w:i/>"
    if color:
        s += f'<w:color w:val="{color}"/>'
    if size:
        s += f'<w:sz w:val="{size * 2}"/>'
    return f"<w:rPr>{s}</w:rPr>" if s else ""


def ins_run(par, text, author, date, bold=False):
    x = (f'<w:ins {nsdecls("w")} w:id="{nid()}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r>{_rpr(bold)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    par._p.append(parse_xml(x))


def del_run(par, text, author, date, bold=False):
    x = (f'<w:del {nsdecls("w")} w:id="{nid()}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r>{_rpr(bold)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    par._p.append(parse_xml(x))


def _mark_para(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    m = OxmlElement(f"w:{kind}")
    m.set(qn("w:id"), nid())
    m.set(qn("w:author"), author)
    m.set(qn("w:date"), date)
    rPr.append(m)
    pPr.append(rPr)


def deleted_paragraph(container, text, author, date, style=None):
    p = container.add_paragraph(style=style)
    _mark_para(p, "del", author, date)
    del_run(p, text, author, date)
    return p


def inserted_paragraph(container, text, author, date, style=None):
    p = container.add_paragraph(style=style)
    _mark_para(p, "ins", author, date)
    ins_run(p, text, author, date)
    return p


def textbox(container, lines, width=430, height=150, fill="FFF4D6"):
    """A floating-looking VML text box anchored in its own paragraph. First line bold."""
    p = container.add_paragraph()
    inner = "".join(
        f'<w:p><w:r>{_rpr(bold=(i == 0))}<w:t xml:space="preserve">{escape(l)}</w:t></w:r></w:p>'
        for i, l in enumerate(lines))
    x = (f'<w:r {nsdecls("w")} {VML}><w:pict><v:rect id="tb{nid()}" '
         f'style="width:{width}pt;height:{height}pt" fillcolor="#{fill}" strokeweight="1.5pt">'
         f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:rect></w:pict></w:r>')
    p._p.append(parse_xml(x))
    return p


def page_field(par, prefix="Page "):
    par.add_run(prefix)
    x = (f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    par._p.append(parse_xml(x))


def run(par, text, bold=False, italic=False, color=None, size=None):
    r = par.add_run(text)
    r.bold = bold
    r.italic = italic
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if size:
        r.font.size = Pt(size)
    return r


def para(container, text="", bold_lead=None, style=None, italic=False, color=None):
    p = container.add_paragraph(style=style)
    if bold_lead:
        run(p, bold_lead, bold=True)
        run(p, " ")
    if text:
        run(p, text, italic=italic, color=color)
    return p


def table(container, rows, widths=None, header_fill="1F3864", header_color="FFFFFF", style="Table Grid"):
    t = container.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            if i == 0 and header_fill:
                r.bold = True
                r.font.color.rgb = RGBColor.from_string(header_color)
                shade(c, header_fill)
    return t


class Footnotes:
    """Collects footnotes and writes word/footnotes.xml at save time."""

    def __init__(self):
        self.notes = []

    def ref(self, par, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        x = (f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
             f'<w:footnoteReference w:id="{fid}"/></w:r>')
        par._p.append(parse_xml(x))

    def attach(self, doc):
        body = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for fid, text in self.notes:
            body += (f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
        xml = f'<w:footnotes {nsdecls("w")}>{body}</w:footnotes>'.encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml, doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)
