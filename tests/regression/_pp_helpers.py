"""Shared helpers for the pp-* build scripts: raw OOXML that python-docx cannot write
(tracked insertions and deletions, deleted table rows, footnotes, VML text boxes, cell and
paragraph shading, PAGE fields)."""
from xml.sax.saxutils import escape

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

_ids = [700]


def _nid():
    _ids[0] += 1
    return str(_ids[0])


def _text(text, tag="w:t"):
    t = OxmlElement(tag)
    t.set(qn("xml:space"), "preserve")
    t.text = text
    return t


def make_run(text, bold=False, italic=False, size=None, deleted=False, caps=False):
    r = OxmlElement("w:r")
    if bold or italic or size or caps:
        rPr = OxmlElement("w:rPr")
        if bold:
            rPr.append(OxmlElement("w:b"))
        if italic:
            rPr.append(OxmlElement("w:i"))
        if caps:
            rPr.append(OxmlElement("w:caps"))
        if size:
            sz = OxmlElement("w:sz")
            sz.set(qn("w:val"), str(int(size * 2)))
            rPr.append(sz)
        r.append(rPr)
    r.append(_text(text, "w:delText" if deleted else "w:t"))
    return r


def _rev(tag, author, date):
    el = OxmlElement(tag)
    el.set(qn("w:id"), _nid())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    return el


def ins_run(paragraph, text, author, date, bold=False, italic=False):
    el = _rev("w:ins", author, date)
    el.append(make_run(text, bold=bold, italic=italic))
    paragraph._p.append(el)
    return el


def del_run(paragraph, text, author, date, bold=False, italic=False):
    el = _rev("w:del", author, date)
    el.append(make_run(text, bold=bold, italic=italic, deleted=True))
    paragraph._p.append(el)
    return el


def _mark_paragraph(paragraph, tag, author, date):
    pPr = paragraph._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.append(rPr)
    rPr.append(_rev(tag, author, date))


def deleted_paragraph(container, text, author, date, style=None, bold_lead=None):
    """A whole paragraph removed with tracked changes on."""
    p = container.add_paragraph(style=style)
    _mark_paragraph(p, "w:del", author, date)
    if bold_lead:
        del_run(p, bold_lead, author, date, bold=True)
    del_run(p, text, author, date)
    return p


def inserted_paragraph(container, text, author, date, style=None, bold_lead=None):
    """A whole paragraph added with tracked changes on."""
    p = container.add_paragraph(style=style)
    _mark_paragraph(p, "w:ins", author, date)
    if bold_lead:
        ins_run(p, bold_lead, author, date, bold=True)
    ins_run(p, text, author, date)
    return p


def delete_row(row, author, date):
    """Mark a table row as deleted and turn every run in it into deleted text."""
    trPr = row._tr.get_or_add_trPr()
    trPr.append(_rev("w:del", author, date))
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in list(p._p.findall(qn("w:r"))):
                for t in r.findall(qn("w:t")):
                    dt = _text(t.text, "w:delText")
                    r.replace(t, dt)
                wrapper = _rev("w:del", author, date)
                r.addprevious(wrapper)
                wrapper.append(r)
            _mark_paragraph(p, "w:del", author, date)


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    # keep schema order: shd goes before noWrap/tcMar/textDirection/tcFitText/vAlign/hideMark
    after = [qn(x) for x in ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark")]
    for child in tcPr:
        if child.tag in after:
            child.addprevious(shd)
            break
    else:
        tcPr.append(shd)


_PPR_AFTER_SHD = [qn("w:" + x) for x in (
    "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
    "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
    "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId",
    "cnfStyle", "rPr", "sectPr", "pPrChange")]


def shade_paragraph(paragraph, fill):
    pPr = paragraph._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    for child in pPr:
        if child.tag in _PPR_AFTER_SHD:
            child.addprevious(shd)
            break
    else:
        pPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None):
    """Replace a cell's text with one run."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return run


_VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
_box_no = [0]


def add_textbox(paragraph, lines, width_pt=440, height_pt=120, fill="F2F2F2"):
    """A VML text box anchored in `paragraph`. `lines` is a list of (text, bold) pairs, one paragraph each."""
    _box_no[0] += 1
    body = ""
    for text, bold in lines:
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body += ('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                 % (rpr, escape(text)))
    xml = (
        '<w:r %s %s><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="ppTextBox%d" o:spid="_x0000_s%d" type="#_x0000_t202" '
        'style="width:%dpt;height:%dpt;mso-wrap-style:square;mso-fit-shape-to-text:t" '
        'fillcolor="#%s" strokecolor="#404040" strokeweight="1pt">'
        '<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>'
        % (nsdecls("w"), _VML, _box_no[0], 2048 + _box_no[0], width_pt, height_pt, fill, body))
    paragraph._p.append(parse_xml(xml))


_FN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _footnotes_root(doc):
    for rel in doc.part.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            return rel.target_part.element
    xml = ('<w:footnotes %s>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
           '</w:footnote></w:footnotes>' % nsdecls("w"))
    part = XmlPart(PackURI("/word/footnotes.xml"), _FN_CT, parse_xml(xml), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    return part.element


def add_footnote(doc, paragraph, text):
    root = _footnotes_root(doc)
    n = len(root.findall(qn("w:footnote"))) - 1  # separators are -1 and 0
    fid = str(n)
    fn = OxmlElement("w:footnote")
    fn.set(qn("w:id"), fid)
    p = OxmlElement("w:p")
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rPr.append(va)
    r.append(rPr)
    r.append(OxmlElement("w:footnoteRef"))
    p.append(r)
    r2 = OxmlElement("w:r")
    r2.append(_text(" " + text))
    p.append(r2)
    fn.append(p)
    root.append(fn)
    ref = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rPr.append(va)
    ref.append(rPr)
    fr = OxmlElement("w:footnoteReference")
    fr.set(qn("w:id"), fid)
    ref.append(fr)
    paragraph._p.append(ref)


def add_page_field(paragraph):
    fld = parse_xml('<w:fldSimple %s w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>' % nsdecls("w"))
    paragraph._p.append(fld)


def set_cell_width(table, widths_cm):
    from docx.shared import Cm
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def grey(run):
    run.font.color.rgb = RGBColor(0x60, 0x60, 0x60)
    return run
