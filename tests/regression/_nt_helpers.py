"""Shared python-docx and raw OOXML helpers for the nt-* build scripts.

Tracked changes (w:ins / w:del), footnotes (a footnotes part added by hand), comments (python-docx 1.2),
VML text boxes, cell shading, landscape sections and page-number fields.
"""
import copy
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Pt, RGBColor, Cm

W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
_rev = [100]


def _next_rev():
    _rev[0] += 1
    return _rev[0]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run_xml(text, bold=False, italic=False, deleted=False, size=None, color=None):
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{int(size*2)}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r {nsdecls("w")}>{rpr}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'


def add_ins(paragraph, text, author="Editor", date="2009-03-02T10:00:00Z", bold=False, italic=False):
    """Append a tracked insertion to the paragraph (it is part of the submission)."""
    el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_rev()}" w:author="{esc(author)}" w:date="{date}">'
                   f'{run_xml(text, bold, italic)}</w:ins>')
    paragraph._p.append(el)
    return el


def add_del(paragraph, text, author="Editor", date="2009-03-02T10:00:00Z", bold=False, italic=False):
    """Append a tracked deletion to the paragraph (it is not part of the submission)."""
    el = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_rev()}" w:author="{esc(author)}" w:date="{date}">'
                   f'{run_xml(text, bold, italic, deleted=True)}</w:del>')
    paragraph._p.append(el)
    return el


def mark_paragraph_deleted(paragraph, author="Editor", date="2009-03-02T10:00:00Z"):
    """Mark the paragraph mark itself as deleted (for wholly deleted paragraphs)."""
    pPr = paragraph._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_rev()}" w:author="{esc(author)}" w:date="{date}"/>'))


def deleted_paragraph(doc_or_cell, text, author="Editor", date="2009-03-02T10:00:00Z", style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    add_del(p, text, author, date)
    mark_paragraph_deleted(p, author, date)
    return p


def inserted_paragraph(doc_or_cell, text, author="Editor", date="2009-03-02T10:00:00Z", style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    add_ins(p, text, author, date)
    pPr = p._p.get_or_add_pPr()
    rPr = parse_xml(f'<w:rPr {nsdecls("w")}><w:ins w:id="{_next_rev()}" w:author="{esc(author)}" '
                    f'w:date="{date}"/></w:rPr>')
    pPr.append(rPr)
    return p


def delete_table_row(row, author="Editor", date="2009-03-02T10:00:00Z"):
    """Mark a whole table row as a tracked deletion: trPr/w:del and every run's text as delText."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_rev()}" w:author="{esc(author)}" w:date="{date}"/>'))
    for p in tr.iter(qn("w:p")):
        runs = [r for r in p if r.tag == qn("w:r")]
        for r in runs:
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")
            d = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_rev()}" w:author="{esc(author)}" w:date="{date}"/>')
            r.addprevious(d)
            d.append(r)
        pPr = p.find(qn("w:pPr"))
        if pPr is None:
            pPr = parse_xml(f'<w:pPr {nsdecls("w")}/>')
            p.insert(0, pPr)
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="{_next_rev()}" w:author="{esc(author)}" '
                        f'w:date="{date}"/></w:rPr>')
        pPr.append(rPr)


# ---------------------------------------------------------------- footnotes
_FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _footnotes_part(doc):
    part = doc.part
    for rel in part.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            return rel.target_part
    xml = (f'<w:footnotes {nsdecls("w")}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
           'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           '</w:footnotes>')
    fpart = Part(PackURI("/word/footnotes.xml"), _FOOTNOTES_CT, xml.encode("utf-8"), part.package)
    part.relate_to(fpart, RT.FOOTNOTES)
    fpart._nt_xml = parse_xml(xml)
    fpart._nt_next = 1
    return fpart


def add_footnote(doc, paragraph, text):
    """Put a footnote reference at the end of paragraph, with text in the footnotes part."""
    fpart = _footnotes_part(doc)
    fid = fpart._nt_next
    fpart._nt_next += 1
    fn = parse_xml(
        f'<w:footnote {nsdecls("w")} w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
    fpart._nt_xml.append(fn)
    from lxml import etree
    fpart._blob = etree.tostring(fpart._nt_xml, xml_declaration=True, encoding="UTF-8", standalone=True)
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{fid}"/></w:r>'))
    return fid


# ---------------------------------------------------------------- shapes, shading, sections
def add_textbox(paragraph, paras, width_pt=430, height_pt=110, fill="FFFFFF", stroke="7F7F7F"):
    """An inline-positioned VML text box holding paras (list of (text, bold)) inside paragraph."""
    inner = ""
    for text, bold in paras:
        inner += f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{run_xml(text, bold=bold)}</w:p>'
    inner = inner.replace(f' {nsdecls("w")}', "")
    ns = (f'{nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:o="urn:schemas-microsoft-com:office:office"')
    xml = (f'<w:r {ns}><w:pict>'
           '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="tb{_next_rev()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" '
           f'fillcolor="#{fill}" strokecolor="#{stroke}">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hex_fill}"/>'))


def shade_paragraph(paragraph, hex_fill):
    pPr = paragraph._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hex_fill}"/>'))


def set_cell_text(cell, text, bold=False, size=None, italic=False, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def table_borders(table, sz=4, color="808080"):
    tblPr = table._tbl.tblPr
    anchor = None
    for tag in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription"):
        anchor = tblPr.find(qn(tag))
        if anchor is not None:
            break
    el = (parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{e} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>'
            for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>'))
    if anchor is not None:
        anchor.addprevious(el)
    else:
        tblPr.append(el)


def landscape_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    if w < h:
        sec.page_width, sec.page_height = h, w
    return sec


def portrait_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    w, h = sec.page_width, sec.page_height
    if w > h:
        sec.page_width, sec.page_height = h, w
    return sec


def add_page_field(paragraph, prefix="Page "):
    if prefix:
        paragraph.add_run(prefix)
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def keep_table_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def para(doc, text="", bold=False, italic=False, style=None, size=None, align=None, space_after=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(paragraph, parts):
    """parts: list of str or (str, 'b'|'i'|'bi')."""
    for part in parts:
        if isinstance(part, str):
            paragraph.add_run(part)
        else:
            t, f = part
            r = paragraph.add_run(t)
            r.bold = "b" in f
            r.italic = "i" in f
    return paragraph
