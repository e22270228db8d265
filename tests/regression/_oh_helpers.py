"""Shared python-docx and raw-OOXML helpers for the oh-* build scripts.

python-docx writes the ordinary structure; these helpers add what it cannot:
tracked changes (w:ins / w:del on runs, paragraphs and table rows), footnotes
(a footnotes part of its own), VML text boxes, paragraph and cell shading,
cell merging helpers, and PAGE fields in headers and footers.
"""
import itertools
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ids = itertools.count(9001)


def new_document(font="Calibri", size=10.5, margins_cm=2.0, landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(margins_cm)
    return doc


def run(p, text, bold=False, italic=False, size=None, color=None, caps=False, font=None,
        underline=False, highlight=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if underline:
        r.underline = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if font:
        r.font.name = font
        rpr = r._r.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        rf.set(qn("w:hAnsi"), font)
        rf.set(qn("w:cs"), font)
    if highlight:
        rpr = r._r.get_or_add_rPr()
        rpr.append(parse_xml(f'<w:highlight {nsdecls("w")} w:val="{highlight}"/>'))
    return r


def para(container, segments=None, style=None, align=None, after=None, before=None,
         shade_fill=None, indent_cm=None, keep_next=False, **fmt):
    """Add a paragraph. `segments` is a string or a list of strings / (text, dict) pairs."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if segments is not None:
        if isinstance(segments, str):
            segments = [segments]
        for seg in segments:
            if isinstance(seg, tuple):
                t, f = seg
                kw = dict(fmt)
                kw.update(f)
                run(p, t, **kw)
            else:
                run(p, seg, **fmt)
    pf = p.paragraph_format
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if indent_cm is not None:
        pf.left_indent = Cm(indent_cm)
    if keep_next:
        pf.keep_with_next = True
    if shade_fill:
        shade_paragraph(p, shade_fill)
    return p


_PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
              "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
              "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
              "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
              "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
              "sectPr", "pPrChange"]


def insert_ordered(parent, child, order=_PPR_ORDER):
    """Insert child into parent before the first existing sibling that comes later in `order`."""
    name = child.tag.split("}")[1]
    idx = order.index(name)
    for sib in list(parent):
        sname = sib.tag.split("}")[1]
        if sname in order and order.index(sname) > idx:
            sib.addprevious(child)
            return child
    parent.append(child)
    return child


def shade_paragraph(p, fill):
    pPr = p._p.get_or_add_pPr()
    insert_ordered(pPr, parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def border_paragraph(p, color="000000", sz=8):
    pPr = p._p.get_or_add_pPr()
    sides = "".join(f'<w:{s} w:val="single" w:sz="{sz}" w:space="4" w:color="{color}"/>'
                    for s in ("top", "left", "bottom", "right"))
    insert_ordered(pPr, parse_xml(f'<w:pBdr {nsdecls("w")}>{sides}</w:pBdr>'))


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, segments, bold=False, size=None, fill=None, align=None, italic=False, color=None):
    """Replace a cell's text with one paragraph (segments as in para)."""
    cell.text = ""
    p = cell.paragraphs[0]
    if isinstance(segments, str):
        segments = [segments]
    for seg in segments:
        if isinstance(seg, tuple):
            t, f = seg
            kw = dict(bold=bold, size=size, italic=italic, color=color)
            kw.update(f)
            run(p, t, **kw)
        else:
            run(p, seg, bold=bold, size=size, italic=italic, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade_cell(cell, fill)
    p.paragraph_format.space_after = Pt(1)
    return p


def cell_add_para(cell, segments, bold=False, size=None, italic=False):
    p = cell.add_paragraph()
    if isinstance(segments, str):
        segments = [segments]
    for seg in segments:
        if isinstance(seg, tuple):
            t, f = seg
            kw = dict(bold=bold, size=size, italic=italic)
            kw.update(f)
            run(p, t, **kw)
        else:
            run(p, seg, bold=bold, size=size, italic=italic)
    p.paragraph_format.space_after = Pt(1)
    return p


def table(container, rows, cols, style="Table Grid", widths_cm=None):
    t = container.add_table(rows=rows, cols=cols)
    if style:
        t.style = style
    if widths_cm:
        for row in t.rows:
            for i, w in enumerate(widths_cm):
                row.cells[i].width = Cm(w)
    return t


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


# ---------------------------------------------------------------- tracked changes

def _rpr_xml(bold=False, italic=False, size=None):
    inner = ""
    if bold:
        inner += "<w:b/>"
    if italic:
        inner += "<w:i/>"
    if size:
        inner += f'<w:sz w:val="{int(size * 2)}"/>'
    return f"<w:rPr>{inner}</w:rPr>" if inner else ""


def ins_run(p, text, author, date, bold=False, italic=False, size=None):
    """Append an inserted run (w:ins) to paragraph p."""
    x = (f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r>{_rpr_xml(bold, italic, size)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    el = parse_xml(x)
    p._p.append(el)
    return el


def del_run(p, text, author, date, bold=False, italic=False, size=None):
    """Append a deleted run (w:del with w:delText) to paragraph p."""
    x = (f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r>{_rpr_xml(bold, italic, size)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    el = parse_xml(x)
    p._p.append(el)
    return el


def _mark_para_mark(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{next(_ids)}" w:author="{escape(author)}" w:date="{date}"/>'))


def ins_paragraph(container, text, author, date, style=None, bold=False, italic=False):
    """A whole paragraph inserted with tracked changes on."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    _mark_para_mark(p, "ins", author, date)
    ins_run(p, text, author, date, bold=bold, italic=italic)
    return p


def del_paragraph(container, text, author, date, style=None, bold=False, italic=False):
    """A whole paragraph deleted with tracked changes on."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    _mark_para_mark(p, "del", author, date)
    del_run(p, text, author, date, bold=bold, italic=italic)
    return p


def delete_row(row, author, date):
    """Mark a table row as deleted: trPr/w:del and every run's text into w:delText inside w:del."""
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{escape(author)}" w:date="{date}"/>'))
    for tc in row._tr.findall(qn("w:tc")):
        for p in tc.findall(qn("w:p")):
            _mark_para_mark(_P(p), "del", author, date)
            for r in list(p.findall(qn("w:r"))):
                for t in r.findall(qn("w:t")):
                    dt = parse_xml(f'<w:delText {nsdecls("w")} xml:space="preserve">{escape(t.text or "")}</w:delText>')
                    r.replace(t, dt)
                wrapper = parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{escape(author)}" w:date="{date}"/>')
                p.replace(r, wrapper)
                wrapper.append(r)


def insert_row_mark(row, author, date):
    """Mark a table row as inserted and wrap its runs in w:ins."""
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{escape(author)}" w:date="{date}"/>'))
    for tc in row._tr.findall(qn("w:tc")):
        for p in tc.findall(qn("w:p")):
            _mark_para_mark(_P(p), "ins", author, date)
            for r in list(p.findall(qn("w:r"))):
                wrapper = parse_xml(f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{escape(author)}" w:date="{date}"/>')
                p.replace(r, wrapper)
                wrapper.append(r)


class _P:
    def __init__(self, p):
        self._p = p


# ---------------------------------------------------------------- footnotes

_FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _footnotes_part(doc):
    dp = doc.part
    for rel in dp.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            return rel.target_part
    xml = (f'<w:footnotes {nsdecls("w")}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
           '<w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
           '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           '</w:footnotes>')
    part = XmlPart(PackURI("/word/footnotes.xml"), _FOOTNOTES_CT, parse_xml(xml), dp.package)
    dp.relate_to(part, RT.FOOTNOTES)
    settings = doc.settings.element
    fpr = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    later = [qn("w:endnotePr"), qn("w:compat"), qn("w:docVars"), qn("w:rsids"),
             "{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr", qn("w:attachedSchema"),
             qn("w:themeFontLang"), qn("w:clrSchemeMapping"), qn("w:doNotIncludeSubdocsInStats"),
             qn("w:doNotAutoCompressPictures"), qn("w:forceUpgrade"), qn("w:captions"), qn("w:readModeInkLockDown"),
             qn("w:smartTagType"), qn("w:shapeDefaults"), qn("w:doNotEmbedSmartTags"), qn("w:decimalSymbol"),
             qn("w:listSeparator")]
    for sib in list(settings):
        if sib.tag in later:
            sib.addprevious(fpr)
            break
    else:
        settings.append(fpr)
    return part


def footnote(doc, p, text):
    """Append a footnote reference to paragraph p, with the note's text."""
    part = _footnotes_part(doc)
    root = part.element
    n = len(root.findall(qn("w:footnote"))) - 1
    root.append(parse_xml(
        f'<w:footnote {nsdecls("w")} w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="17"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'))
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))
    return n


# ---------------------------------------------------------------- text boxes

def textbox(p, paragraphs, width_pt=440, fill="FFFFFF", stroke="000000", font_size=9.5):
    """An inline VML text box in paragraph p. paragraphs: list of str or (str, {bold:..., italic:...})."""
    inner = ""
    for item in paragraphs:
        if isinstance(item, tuple):
            t, f = item
        else:
            t, f = item, {}
        inner += (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>'
                  f'{_rpr_xml(f.get("bold"), f.get("italic"), f.get("size", font_size))}'
                  f'<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>')
    sid = next(_ids)
    x = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
         f'<w:pict><v:shape id="oh_tb{sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202" '
         f'style="width:{width_pt}pt;mso-fit-shape-to-text:t" fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1pt">'
         f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
         f'</v:shape></w:pict></w:r>')
    p._p.append(parse_xml(x))
    return p


# ---------------------------------------------------------------- fields, headers, footers

def page_field(p, size=None):
    for kind, extra in (("begin", ""), (None, " PAGE "), ("end", "")):
        if kind:
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}>{_rpr_xml(size=size)}<w:fldChar w:fldCharType="{kind}"/></w:r>'))
        else:
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}>{_rpr_xml(size=size)}<w:instrText xml:space="preserve">{extra}</w:instrText></w:r>'))
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}>{_rpr_xml(size=size)}<w:fldChar w:fldCharType="separate"/></w:r>'))
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}>{_rpr_xml(size=size)}<w:t>1</w:t></w:r>'))


def set_header_footer(doc, header_text, footer_text, size=8, page=True):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    run(hp, header_text, size=size, color="595959")
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    run(fp, footer_text, size=size, color="595959")
    if page:
        run(fp, "   Page ", size=size, color="595959")
        page_field(fp, size=size)


def landscape_section(doc):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    if w < h:
        sec.page_width, sec.page_height = h, w
    return sec


def portrait_section(doc):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    w, h = sec.page_width, sec.page_height
    if w > h:
        sec.page_width, sec.page_height = h, w
    return sec


def comment(doc, runs, text, author, initials, date="2009-01-21T10:00:00Z"):
    c = doc.add_comment(runs, text=text, author=author, initials=initials)
    c._comment_elm.set(qn("w:date"), date)
    return c


def word_count(path):
    import re
    import zipfile
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    return len(text.split())
