"""Shared helpers for the hs-* build scripts (python-docx plus raw OOXML)."""
import copy
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.shared import Pt, RGBColor

DATE = "2008-10-14T09:00:00Z"
_rev = [100]


def _id():
    _rev[0] += 1
    return str(_rev[0])


def para(doc_or_cell, text="", bold=False, italic=False, size=None, style=None, align=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def runs(p, *parts):
    """parts: strings or (text, 'b'/'i'/'bi')."""
    out = []
    for x in parts:
        if isinstance(x, tuple):
            r = p.add_run(x[0])
            r.bold = "b" in x[1]
            r.italic = "i" in x[1]
        else:
            r = p.add_run(x)
        out.append(r)
    return out


def cell_text(cell, text, bold=False, italic=False, size=None):
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
    return cell


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(doc, rows, header=True, style="Table Grid", size=None, shade_header="D9D9D9"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0 and shade_header:
                shade(t.cell(i, j), shade_header)
    return t


def ins_run(p, text, author="J. Fairweather", date=DATE):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), _id())
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    ins.append(r)
    p._p.append(ins)
    return ins


def del_run(p, text, author="J. Fairweather", date=DATE):
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    d.append(r)
    p._p.append(d)
    return d


def deleted_paragraph(doc, text, author="J. Fairweather", date=DATE):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    dm = OxmlElement("w:del")
    dm.set(qn("w:id"), _id())
    dm.set(qn("w:author"), author)
    dm.set(qn("w:date"), date)
    rPr.append(dm)
    pPr.append(rPr)
    del_run(p, text, author, date)
    return p


def delete_row(row, author="J. Fairweather", date=DATE):
    trPr = row._tr.get_or_add_trPr()
    dm = OxmlElement("w:del")
    dm.set(qn("w:id"), _id())
    dm.set(qn("w:author"), author)
    dm.set(qn("w:date"), date)
    trPr.append(dm)
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in list(p._p.findall(qn("w:r"))):
                text = "".join(t.text or "" for t in r.findall(qn("w:t")))
                p._p.remove(r)
                del_run(p, text, author, date)


def comment(doc, run_or_runs, text, author="Reviewer", initials="R"):
    return doc.add_comment(run_or_runs, text=text, author=author, initials=initials)


_FOOT_XML = ('<w:footnotes %s>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
             '</w:footnotes>' % nsdecls("w"))


def _footnotes_part(doc):
    dp = doc.part
    for rel in dp.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            return rel.target_part
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                _FOOT_XML.encode(), dp.package)
    part._el = parse_xml(part.blob)
    dp.relate_to(part, RT.FOOTNOTES)
    return part


def footnote(doc, p, text):
    part = _footnotes_part(doc)
    el = part._el
    n = len(el.findall(qn("w:footnote"))) - 1
    fn = parse_xml('<w:footnote %s w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                   '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                   '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
                   % (nsdecls("w"), n, text.replace("&", "&amp;").replace("<", "&lt;")))
    el.append(fn)
    part._blob = None
    r = parse_xml('<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>'
                  % (nsdecls("w"), n))
    p._p.append(r)


def finish(doc, path):
    for rel in doc.part.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            part = rel.target_part
            from lxml import etree
            part._blob = etree.tostring(part._el, xml_declaration=True, encoding="UTF-8", standalone=True)
            part.__class__ = _BlobPart
    doc.save(path)


class _BlobPart(Part):
    @property
    def blob(self):
        return self._blob


def text_box(p, lines, width_pt=220, height_pt=120, bold_first=True):
    """A floating VML text box anchored in paragraph p."""
    inner = ""
    for i, line in enumerate(lines):
        b = "<w:rPr><w:b/></w:rPr>" if (bold_first and i == 0) else ""
        inner += ('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                  % (b, line.replace("&", "&amp;").replace("<", "&lt;")))
    xml = ('<w:r %s><w:pict><v:shape id="tb%s" type="#_x0000_t202" '
           'style="position:absolute;margin-left:260pt;margin-top:0;width:%dpt;height:%dpt;z-index:1" '
           'stroked="t" fillcolor="#F2F2F2"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox>'
           '</v:shape></w:pict></w:r>'
           % (nsdecls("w") + ' xmlns:v="urn:schemas-microsoft-com:vml"', _id(), width_pt, height_pt, inner))
    p._p.append(parse_xml(xml))


def header_footer(doc, header, footer):
    s = doc.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
