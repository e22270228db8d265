"""Shared python-docx and raw OOXML helpers for the of-* build scripts.

Tracked changes (w:ins / w:del, whole inserted or deleted paragraphs), footnotes (a footnotes part made by hand),
VML text boxes, cell shading, merged cells, PAGE fields in footers, runs split by manual line breaks.
"""
from xml.sax.saxutils import escape

from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

_ids = [900]


def _nid():
    _ids[0] += 1
    return str(_ids[0])


def _rpr(bold=False, italic=False, font=None, size=None, color=None, caps=False):
    rpr = OxmlElement("w:rPr")
    if font:
        f = OxmlElement("w:rFonts")
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            f.set(qn(a), font)
        rpr.append(f)
    if bold:
        rpr.append(OxmlElement("w:b"))
    if italic:
        rpr.append(OxmlElement("w:i"))
    if caps:
        rpr.append(OxmlElement("w:caps"))
    if color:
        c = OxmlElement("w:color")
        c.set(qn("w:val"), color)
        rpr.append(c)
    if size:
        s = OxmlElement("w:sz")
        s.set(qn("w:val"), str(int(size * 2)))
        rpr.append(s)
    return rpr


def _run_el(text, deleted=False, **fmt):
    r = OxmlElement("w:r")
    r.append(_rpr(**fmt))
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def run(p, text, bold=False, italic=False, font=None, size=None, color=None):
    """Add a run; '\n' in text becomes a manual line break."""
    parts = text.split("\n")
    last = None
    for i, part in enumerate(parts):
        r = p.add_run(part)
        r.bold = bold or None
        r.italic = italic or None
        if font:
            r.font.name = font
            r._element.rPr.rFonts.set(qn("w:cs"), font)
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
        last = r
    return last


def ins(p, text, author, date="2008-10-24T10:00:00Z", **fmt):
    el = OxmlElement("w:ins")
    el.set(qn("w:id"), _nid())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run_el(text, **fmt))
    p._p.append(el)
    return el


def dele(p, text, author, date="2008-10-24T10:00:00Z", **fmt):
    el = OxmlElement("w:del")
    el.set(qn("w:id"), _nid())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run_el(text, deleted=True, **fmt))
    p._p.append(el)
    return el


def _mark_paragraph(p, kind, author, date):
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    m = OxmlElement(kind)
    m.set(qn("w:id"), _nid())
    m.set(qn("w:author"), author)
    m.set(qn("w:date"), date)
    rpr.append(m)
    ppr.append(rpr)


def ins_paragraph(doc_or_cell, text, author, date="2008-10-24T10:00:00Z", style=None, **fmt):
    p = doc_or_cell.add_paragraph(style=style)
    _mark_paragraph(p, "w:ins", author, date)
    ins(p, text, author, date, **fmt)
    return p


def del_paragraph(doc_or_cell, text, author, date="2008-10-24T10:00:00Z", style=None, **fmt):
    p = doc_or_cell.add_paragraph(style=style)
    _mark_paragraph(p, "w:del", author, date)
    dele(p, text, author, date, **fmt)
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None, font=None, fill=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n\n")
    for i, chunk in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run(p, chunk, bold=bold, italic=italic, size=size, font=font, color=color)
    if fill:
        shade(cell, fill)
    return cell


def table_borders(table):
    tbl = table._tbl
    tblpr = tbl.tblPr
    b = parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(
            f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="444444"/>'
            for s in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + "</w:tblBorders>"
    )
    tblpr.append(b)


def textbox(p, paras, width_pt=440, height_pt=110, fill="FFFFFF", bold_first=True, size=10):
    """Put a VML text box (v:rect with v:textbox) into paragraph p. paras: list of strings."""
    inner = ""
    for i, t in enumerate(paras):
        b = "<w:b/>" if (bold_first and i == 0) else ""
        inner += (
            f'<w:p><w:r><w:rPr>{b}<w:sz w:val="{size*2}"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        )
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml">'
        f'<w:pict><v:rect style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="#{fill}" '
        f'strokecolor="#333333" strokeweight="1.25pt"><v:textbox inset="8pt,6pt,8pt,6pt">'
        f"<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:rect></w:pict></w:r>"
    )
    p._p.append(parse_xml(xml))


class Footnotes:
    """A footnotes part made by hand (python-docx has none)."""

    def __init__(self, doc):
        self.doc = doc
        xml = (
            f'<w:footnotes {nsdecls("w")}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
            "</w:p></w:footnote></w:footnotes>"
        )
        self.part = XmlPart(
            PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            parse_xml(xml),
            doc.part.package,
        )
        doc.part.relate_to(self.part, RT.FOOTNOTES)
        self.n = 0

    def add(self, p, text):
        self.n += 1
        n = self.n
        p._p.append(
            parse_xml(
                f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{n}"/></w:r>'
            )
        )
        self.part.element.append(
            parse_xml(
                f'<w:footnote {nsdecls("w")} w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
                f'</w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
                f'<w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'
            )
        )


def page_field(p, size=8):
    p._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="{size*2}"/></w:rPr>'
            "<w:t>1</w:t></w:r></w:fldSimple>"
        )
    )


def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)


def word_count(path):
    import re
    import zipfile

    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    return len(text.split())
