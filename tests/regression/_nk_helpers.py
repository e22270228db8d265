"""Shared helpers for the nk-* build scripts: raw OOXML that python-docx cannot write
(tracked changes, footnotes, VML text boxes, shading, page fields)."""
from xml.sax.saxutils import escape

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ids = [900]


def _nid():
    _ids[0] += 1
    return _ids[0]


def _rpr(bold=False, italic=False, size=None, caps=False, color=None):
    inner = ""
    if bold:
        inner += "<w:b/>"
    if italic:
        inner += "<w:i/>"
    if caps:
        inner += "<w:caps/>"
    if color:
        inner += f'<w:color w:val="{color}"/>'
    if size:
        inner += f'<w:sz w:val="{int(size * 2)}"/>'
    return f"<w:rPr>{inner}</w:rPr>" if inner else ""


def _run(text, deleted=False, **fmt):
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{_rpr(**fmt)}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def add_ins(par, text, author, date, **fmt):
    """Append an inserted run (w:ins) to a paragraph."""
    el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}">'
                   f"{_run(text, **fmt)}</w:ins>")
    par._p.append(el)
    return el


def add_del(par, text, author, date, **fmt):
    """Append a deleted run (w:del with w:delText) to a paragraph."""
    el = parse_xml(f'<w:del {nsdecls("w")} w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}">'
                   f"{_run(text, deleted=True, **fmt)}</w:del>")
    par._p.append(el)
    return el


def _mark_para(par, kind, author, date):
    pPr = par._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}"/>'))


def inserted_paragraph(doc_or_cell, text, author, date, style=None, **fmt):
    par = doc_or_cell.add_paragraph(style=style)
    add_ins(par, text, author, date, **fmt)
    _mark_para(par, "ins", author, date)
    return par


def deleted_paragraph(doc_or_cell, text, author, date, style=None, **fmt):
    par = doc_or_cell.add_paragraph(style=style)
    add_del(par, text, author, date, **fmt)
    _mark_para(par, "del", author, date)
    return par


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_par(par, fill):
    pPr = par._p.get_or_add_pPr()
    shd = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    pPr.insert_element_before(shd, "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                              "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
                              "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                              "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                              "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                              "w:pPrChange")


def cell_text(cell, text, bold=False, italic=False, size=None, align=None):
    """Replace a cell's first paragraph text."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def col_widths(table, widths):
    from docx.shared import Cm
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def add_page_field(par, prefix="Page "):
    if prefix:
        par.add_run(prefix)
    par._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def add_textbox(par, paragraphs, width_pt=430, height_pt=110, border="1F1F1F", fill="F2EFE6"):
    """An inline VML text box. paragraphs: list of (text, bold) tuples."""
    inner = ""
    for text, bold in paragraphs:
        inner += f"<w:p>{_run(text, bold=bold, size=9.5)}</w:p>"
    ns = (nsdecls("w") + ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')
    xml = (f'<w:r {ns}><w:pict>'
           '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="nkbox{_nid()}" o:spid="_x0000_s{_nid()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt" strokecolor="#{border}" strokeweight="1.5pt" '
           f'fillcolor="#{fill}"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           f"</v:shape></w:pict></w:r>")
    par._p.append(parse_xml(xml))


class Footnotes:
    """Collects footnotes and writes word/footnotes.xml at save time."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, par, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        par._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))
        return fid

    def finish(self):
        if not self.notes:
            return
        body = (f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                f"</w:r></w:p></w:footnote>")
        for fid, text in self.notes:
            body += (f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p>'
                     f"</w:footnote>")
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<w:footnotes xmlns:w="{W_NS}">{body}</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)
