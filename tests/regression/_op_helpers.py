"""Shared python-docx / raw OOXML helpers for the op-* build scripts.

Nothing here writes content of its own: it only gives the scripts shading, borders, merged cells,
tracked changes (w:ins / w:del), footnotes, VML text boxes, simple fields and comments.
"""
import copy
import itertools
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm

_ids = itertools.count(1000)
DATE = "2008-09-22T10:15:00Z"


def nid():
    return str(next(_ids))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- paragraphs and runs
def para(doc_or_cell, text="", style=None, bold=False, italic=False, size=None, align=None, color=None,
         space_after=None, keep=False, font=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def runs(p, *parts):
    """parts: strings, or (text, dict(bold=, italic=, size=, color=)) tuples."""
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(p.add_run(part))
        else:
            t, f = part
            r = p.add_run(t)
            r.bold = f.get("bold")
            r.italic = f.get("italic")
            if f.get("size"):
                r.font.size = Pt(f["size"])
            if f.get("color"):
                r.font.color.rgb = RGBColor.from_string(f["color"])
            if f.get("caps"):
                r.font.all_caps = True
            out.append(r)
    return out


def _insert_before(parent, el, successors):
    for child in parent:
        if child.tag in [qn(x) for x in successors]:
            child.addprevious(el)
            return el
    parent.append(el)
    return el


_PPR_AFTER_SHD = ["w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
                  "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing",
                  "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                  "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
                  "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"]


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    _insert_before(pPr, parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
                   _PPR_AFTER_SHD)


def line_break_para(doc, lines, **kw):
    """One paragraph whose lines are separated by manual line breaks (w:br)."""
    p = doc.add_paragraph()
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        if kw.get("bold"):
            r.bold = True
        if kw.get("size"):
            r.font.size = Pt(kw["size"])
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    if kw.get("align") == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- tables
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    _insert_before(tcPr, parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
                   ["w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
                    "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange"])


def borders(table, sz=8, color="000000", val="single"):
    tblPr = table._tbl.tblPr
    xml = (f'<w:tblBorders {nsdecls("w")}>' +
           "".join(f'<w:{e} w:val="{val}" w:sz="{sz}" w:space="0" w:color="{color}"/>'
                   for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")
    for old in tblPr.findall(qn("w:tblBorders")):
        tblPr.remove(old)
    _insert_before(tblPr, parse_xml(xml), ["w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
                                           "w:tblDescription", "w:tblPrChange"])


def cell_text(cell, text, bold=False, italic=False, size=None, align=None, color=None):
    """Replace a cell's first paragraph text."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_add(cell, text, bold=False, italic=False, size=None):
    p = cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def table(doc, rows, widths=None, header=True, fill_head="D9D9D9", size=9, style="Table Grid"):
    """rows: list of lists of str. Returns the table."""
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    try:
        t.style = style
    except Exception:
        borders(t)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            if header and i == 0 and fill_head:
                shade(c, fill_head)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


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


# ---------------------------------------------------------------- tracked changes
def ins_run(p, text, author="J. Whitlock", date=DATE, bold=False):
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{nid()}" w:author="{esc(author)}" w:date="{date}">'
                   f'<w:r>{b}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    p._p.append(el)
    return el


def del_run(p, text, author="J. Whitlock", date=DATE, bold=False):
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    el = parse_xml(f'<w:del {nsdecls("w")} w:id="{nid()}" w:author="{esc(author)}" w:date="{date}">'
                   f'<w:r>{b}<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(el)
    return el


def deleted_paragraph(doc, text, author="J. Whitlock", date=DATE, style=None):
    """A whole paragraph deleted with its mark."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="{nid()}" w:author="{esc(author)}" '
                         f'w:date="{date}"/></w:rPr>'))
    del_run(p, text, author, date)
    return p


def inserted_paragraph(doc, text, author="J. Whitlock", date=DATE, style=None, bold_lead=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:ins w:id="{nid()}" w:author="{esc(author)}" '
                         f'w:date="{date}"/></w:rPr>'))
    if bold_lead:
        ins_run(p, bold_lead, author, date, bold=True)
    ins_run(p, text, author, date)
    return p


def mark_row(row, kind="del", author="J. Whitlock", date=DATE):
    """Mark a whole table row inserted or deleted; its text must already be in the matching form."""
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{nid()}" w:author="{esc(author)}" w:date="{date}"/>'))


def deleted_row(table_, values, author="J. Whitlock", date=DATE, size=9):
    row = table_.add_row()
    mark_row(row, "del", author, date)
    for c, v in zip(row.cells, values):
        p = c.paragraphs[0]
        if v:
            el = del_run(p, v, author, date)
            if size:
                for r in el.findall(qn("w:r")):
                    r.insert(0, parse_xml(f'<w:rPr {nsdecls("w")}><w:sz w:val="{size*2}"/></w:rPr>'))
    return row


def inserted_row(table_, values, author="J. Whitlock", date=DATE):
    row = table_.add_row()
    mark_row(row, "ins", author, date)
    for c, v in zip(row.cells, values):
        ins_run(c.paragraphs[0], v, author, date)
    return row


# ---------------------------------------------------------------- footnotes
_FN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word"')


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []
        self.n = 0

    def add(self, p, text):
        self.n += 1
        fid = self.n
        r = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                      f'<w:footnoteReference w:id="{fid}"/></w:r>')
        p._p.append(r)
        self.notes.append((fid, text))

    def finish(self):
        body = "".join(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:sz w:val="18"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc(t)}</w:t></w:r></w:p></w:footnote>'
            for fid, t in self.notes)
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {_W}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               + body + "</w:footnotes>")
        part = Part(PackURI("/word/footnotes.xml"), _FN_CT, xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- text box (VML)
def text_box(doc, paragraphs, width_pt=430, height_pt=120, fill="FFF8DC", stroke="7F7F7F", anchor_para=None,
             floating=False):
    """paragraphs: list of (text, bold) tuples. Inserts a VML text box in its own paragraph (or anchor_para)."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'
        for t, b in paragraphs)
    pos = ("position:absolute;margin-left:0;margin-top:0;z-index:251659264;mso-position-horizontal:right;"
           "mso-position-horizontal-relative:margin" if floating else "")
    style = f"width:{width_pt}pt;height:{height_pt}pt;{pos}"
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shape id="tb{nid()}" o:spt="202" type="#_x0000_t202" style="{style}" '
           f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1pt">'
           f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r>')
    p = anchor_para if anchor_para is not None else doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


# ---------------------------------------------------------------- fields, header, footer
def field(p, instr, placeholder="1"):
    p._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" {instr} "><w:r><w:t>{placeholder}</w:t></w:r>'
                          f'</w:fldSimple>'))


def header_footer(section, header_text, footer_text, page=True, size=8):
    h = section.header.paragraphs[0]
    h.text = ""
    r = h.add_run(header_text)
    r.font.size = Pt(size)
    f = section.footer.paragraphs[0]
    f.text = ""
    r = f.add_run(footer_text)
    r.font.size = Pt(size)
    if page:
        r2 = f.add_run("   Page ")
        r2.font.size = Pt(size)
        field(f, "PAGE")


def base_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d
