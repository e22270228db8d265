"""Shared helpers for the la-* build scripts: raw OOXML for tracked changes, footnotes,
VML text boxes, shading, PAGE fields and whole deleted table rows."""
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn, nsdecls
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

_ids = [100]


def _nid():
    _ids[0] += 1
    return _ids[0]


def _run_xml(text, bold=False, tag="w:t", italic=False):
    rpr = ""
    if bold or italic:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    return f'<w:r {nsdecls("w")}>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def add_ins(par, text, author, date="2008-10-14T09:00:00Z", bold=False):
    el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}">'
                   + _run_xml(text, bold).replace(f' {nsdecls("w")}', "") + "</w:ins>")
    par._p.append(el)
    return el


def add_del(par, text, author, date="2008-10-14T09:00:00Z", bold=False):
    el = parse_xml(f'<w:del {nsdecls("w")} w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}">'
                   + _run_xml(text, bold, "w:delText").replace(f' {nsdecls("w")}', "") + "</w:del>")
    par._p.append(el)
    return el


def mark_par_deleted(par, author, date="2008-10-14T09:00:00Z"):
    pPr = par._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}"/>'))


def mark_par_inserted(par, author, date="2008-10-14T09:00:00Z"):
    pPr = par._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}"/>'))


def deleted_paragraph(doc, text, author, date="2008-10-14T09:00:00Z", style=None):
    p = doc.add_paragraph(style=style)
    add_del(p, text, author, date)
    mark_par_deleted(p, author, date)
    return p


def inserted_paragraph(doc, text, author, date="2008-10-14T09:00:00Z", style=None):
    p = doc.add_paragraph(style=style)
    add_ins(p, text, author, date)
    mark_par_inserted(p, author, date)
    return p


def delete_row(row, author, date="2008-10-14T09:00:00Z"):
    """Turn every run in the row into deleted text and mark the row itself deleted."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}"/>'))
    for cell in row.cells:
        for p in cell.paragraphs:
            texts = [r.text for r in p.runs]
            for r in list(p.runs):
                r._r.getparent().remove(r._r)
            if texts:
                add_del(p, "".join(texts), author, date)
            mark_par_deleted(p, author, date)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def add_page_field(par):
    for xml in ('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r %s><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>',
                '<w:r %s><w:t>1</w:t></w:r>',
                '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>'):
        par._p.append(parse_xml(xml % nsdecls("w")))


def add_textbox(par, paragraphs, width_pt=440, height_pt=150, fill="FFFDE7"):
    """A VML text box anchored inline in par. paragraphs: list of (text, bold)."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        for t, b in paragraphs)
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           f'<v:shape id="la_tb{_nid()}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" '
           f'fillcolor="#{fill}" strokecolor="#555555"><v:textbox><w:txbxContent>{inner}</w:txbxContent>'
           f'</v:textbox></v:shape></w:pict></w:r>')
    par._p.append(parse_xml(xml))


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, par, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        par._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))

    def finish(self):
        body = "".join(
            f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>'
            for fid, t in self.notes)
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {nsdecls("w")}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               + body + "</w:footnotes>")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def bullets(doc, items, style="List Bullet"):
    for it in items:
        doc.add_paragraph(it, style=style)
