"""Shared python-docx helpers for the no-* blind applications (raw OOXML where python-docx has no API:
tracked changes, deleted table rows, footnotes, VML text boxes, shading, merged cells, fields)."""
import copy
import itertools

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_ids = itertools.count(901)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_document(font="Calibri", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(5)
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin = Cm(2.0)
        sec.bottom_margin = Cm(1.8)
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, size=None, align=None, style=None, color=None,
         space_after=None, keep=False):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, caps=False, font=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if font:
        r.font.name = font
    return r


_PPR_AFTER_SHD = ("w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
                  "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                  "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
                  "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
                  "w:sectPr", "w:pPrChange")


def shade_paragraph(p, fill):
    ppr = p._p.get_or_add_pPr()
    shd = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    for child in ppr.iterchildren():
        if child.tag in [qn(t) for t in _PPR_AFTER_SHD]:
            child.addprevious(shd)
            return
    ppr.append(shd)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    for old in tcpr.findall(qn("w:shd")):
        tcpr.remove(old)
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, fill=None, align=None):
    """Replace a cell's content with text; '\n' starts a new paragraph inside the cell."""
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        if part:
            run(p, part, bold=bold, italic=italic, size=size, color=color)
        p.paragraph_format.space_after = Pt(2)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade(cell, fill)
    return cell


def table(doc, rows, cols, widths=None, style="Table Grid", size=None):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def fill_row(row, values, bold=False, size=None, fill=None, italic=False):
    for c, v in zip(row.cells, values):
        cell_text(c, v, bold=bold, size=size, fill=fill, italic=italic)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


# ---------------------------------------------------------------- tracked changes

def _rpr_xml(bold=False, italic=False, size=None):
    bits = ""
    if bold:
        bits += "<w:b/>"
    if italic:
        bits += "<w:i/>"
    if size:
        bits += f'<w:sz w:val="{int(size * 2)}"/>'
    return f"<w:rPr>{bits}</w:rPr>" if bits else ""


def ins(p, text, author, date, bold=False, italic=False, size=None):
    el = parse_xml(
        f'<w:ins {W_NS} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}">'
        f'<w:r>{_rpr_xml(bold, italic, size)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    p._p.append(el)
    return el


def dele(p, text, author, date, bold=False, italic=False, size=None):
    el = parse_xml(
        f'<w:del {W_NS} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}">'
        f'<w:r>{_rpr_xml(bold, italic, size)}<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(el)
    return el


def mark_paragraph(p, kind, author, date):
    """Mark a paragraph's mark as inserted or deleted (kind 'ins' or 'del')."""
    ppr = p._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        ppr.append(rpr)
    rpr.append(parse_xml(f'<w:{kind} {W_NS} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}"/>'))


def deleted_paragraph(doc, text, author, date, bold=False, italic=False):
    p = doc.add_paragraph()
    dele(p, text, author, date, bold=bold, italic=italic)
    mark_paragraph(p, "del", author, date)
    return p


def inserted_paragraph(doc, text, author, date, bold=False, italic=False):
    p = doc.add_paragraph()
    ins(p, text, author, date, bold=bold, italic=italic)
    mark_paragraph(p, "ins", author, date)
    return p


def delete_row(row, author, date):
    """Turn a filled table row into a tracked deletion: the row mark and every run are deleted."""
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(f'<w:del {W_NS} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}"/>'))
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in list(p._p.findall(qn("w:r"))):
                for t in r.findall(qn("w:t")):
                    t.tag = qn("w:delText")
                wrapper = parse_xml(f'<w:del {W_NS} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}"/>')
                r.addprevious(wrapper)
                wrapper.append(r)
            mark_paragraph(p, "del", author, date)


def insert_row_mark(row, author, date):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(f'<w:ins {W_NS} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}"/>'))
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in list(p._p.findall(qn("w:r"))):
                wrapper = parse_xml(f'<w:ins {W_NS} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}"/>')
                r.addprevious(wrapper)
                wrapper.append(r)


def replace_in_cell(cell, before, old, new, after, author, date):
    """A cell whose text was changed with tracking on: before + del(old) + ins(new) + after."""
    cell.text = ""
    p = cell.paragraphs[0]
    if before:
        run(p, before)
    dele(p, old, author, date)
    ins(p, new, author, date)
    if after:
        run(p, after)
    p.paragraph_format.space_after = Pt(2)


def turn_on_track_revisions(doc):
    settings = doc.settings.element
    settings.append(parse_xml(f"<w:trackRevisions {nsdecls('w')}/>"))


# ---------------------------------------------------------------- footnotes

_FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _footnotes_part(doc):
    for rel in doc.part.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            return rel.target_part
    xml = (f'<w:footnotes {W_NS}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
           'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           '</w:footnotes>')
    part = XmlPart(PackURI("/word/footnotes.xml"), _FOOTNOTES_CT, parse_xml(xml), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    doc._no_fn = 0
    return part


def footnote(doc, p, text):
    part = _footnotes_part(doc)
    doc._no_fn = getattr(doc, "_no_fn", 0) + 1
    fid = doc._no_fn
    part.element.append(parse_xml(
        f'<w:footnote {W_NS} w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>'))
    p._p.append(parse_xml(
        f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))


# ---------------------------------------------------------------- text box (VML, as Word 2007 writes it)

def text_box(p, paragraphs, width_pt=200, height_pt=150, fill="FFFFFF", stroke="000000", float_right=True):
    """paragraphs: list of (text, bold) tuples. Anchored floating VML text box in paragraph p."""
    inner = ""
    for text, bold in paragraphs:
        rpr = "<w:rPr><w:b/><w:sz w:val=\"18\"/></w:rPr>" if bold else "<w:rPr><w:sz w:val=\"18\"/></w:rPr>"
        inner += (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>{rpr}'
                  f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>')
    pos = ("position:absolute;margin-left:0;margin-top:0;z-index:251659264;mso-position-horizontal:right;"
           "mso-position-horizontal-relative:margin" if float_right else
           "position:absolute;margin-left:0;margin-top:0;z-index:251659264;mso-position-horizontal:center;"
           "mso-position-horizontal-relative:margin")
    xml = (f'<w:r {W_NS} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           f'xmlns:w10="urn:schemas-microsoft-com:office:word"><w:pict>'
           f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="TextBox{next(_ids)}" o:spid="_x0000_s{next(_ids)}" type="#_x0000_t202" '
           f'style="{pos};width:{width_pt}pt;height:{height_pt}pt" fillcolor="#{fill}" strokecolor="#{stroke}" '
           f'strokeweight="1pt"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           f'<w10:wrap type="square"/></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))


# ---------------------------------------------------------------- fields, header, footer, sections

def page_field(p, size=8):
    for xml in (f'<w:r {W_NS}><w:rPr><w:sz w:val="{size*2}"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r {W_NS}><w:rPr><w:sz w:val="{size*2}"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                f'<w:r {W_NS}><w:rPr><w:sz w:val="{size*2}"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>',
                f'<w:r {W_NS}><w:rPr><w:sz w:val="{size*2}"/></w:rPr><w:t>1</w:t></w:r>',
                f'<w:r {W_NS}><w:rPr><w:sz w:val="{size*2}"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(xml))


def header_footer(doc, header_text, footer_text, size=8):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    run(hp, header_text, size=size, italic=True, color="555555")
    fp = sec.footer.paragraphs[0]
    run(fp, footer_text + "   Page ", size=size, color="555555")
    page_field(fp, size)


def landscape_section(doc):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    if w < h:
        sec.page_width, sec.page_height = h, w
    return sec


def portrait_section(doc):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    w, h = sec.page_width, sec.page_height
    if w > h:
        sec.page_width, sec.page_height = h, w
    return sec


def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)
