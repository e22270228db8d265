"""Shared python-docx / raw OOXML helpers for the nm-* build scripts.

Nothing here decides a verdict; it only writes Word structure: shaded and merged table cells, tracked
insertions and deletions (w:ins / w:del with author and date), whole inserted or deleted paragraphs, a
footnotes part, DrawingML text boxes, PAGE fields in headers and footers, and Word comments (python-docx 1.2).
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ids = {"rev": 900, "fn": 0, "shape": 400}


def _next(kind):
    _ids[kind] += 1
    return _ids[kind]


def esc(t):
    return escape(t, {'"': "&quot;"})


# ----------------------------------------------------------------- document set-up
def new_document(font="Georgia", size=10.5, margins_cm=2.2, landscape=False):
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
    st.paragraph_format.space_after = Pt(5)
    sec = doc.sections[0]
    # A4
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    return doc


def add_para_style(doc, name, size=None, bold=None, italic=None, smallcaps=False, colour=None, align=None,
                   space_before=None, space_after=None, font=None, keep_next=False):
    from docx.enum.style import WD_STYLE_TYPE
    s = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    s.base_style = doc.styles["Normal"]
    f = s.font
    if size:
        f.size = Pt(size)
    if bold is not None:
        f.bold = bold
    if italic is not None:
        f.italic = italic
    if smallcaps:
        f.small_caps = True
    if colour:
        f.color.rgb = RGBColor.from_string(colour)
    if font:
        f.name = font
    pf = s.paragraph_format
    if align:
        pf.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                        "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
    if space_before is not None:
        pf.space_before = Pt(space_before)
    if space_after is not None:
        pf.space_after = Pt(space_after)
    if keep_next:
        pf.keep_with_next = True
    return s


def para(doc_or_cell, text="", style=None, bold=False, italic=False, size=None, align=None, colour=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    if align:
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    return p


def runs(p, *parts):
    """parts: str (plain) or (text, 'b'|'i'|'bi') tuples."""
    out = []
    for x in parts:
        if isinstance(x, tuple):
            t, f = x
            r = p.add_run(t)
            r.bold = "b" in f or None
            r.italic = "i" in f or None
        else:
            r = p.add_run(x)
        out.append(r)
    return out


def line_break(p):
    p.add_run().add_break()


# ----------------------------------------------------------------- tables
def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, italic=False, size=None, fill=None, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if isinstance(text, str) else [text]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    if fill:
        shade(cell, fill)
    return cell


def table(doc, rows, widths_cm=None, style="Table Grid", header_fill=None, size=9.5, bold_first_row=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(i == 0 and bold_first_row), size=size,
                     fill=(header_fill if i == 0 and header_fill else None))
    if widths_cm:
        for row in t.rows:
            for j, w in enumerate(widths_cm):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill="BFBFBF", bold=True, size=9.5, italic=False):
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    set_cell(a, text, bold=bold, size=size, fill=fill, italic=italic)
    return a


# ----------------------------------------------------------------- tracked changes
AUTHOR_DATE = {"author": "Unknown", "date": "2008-11-20T09:00:00Z"}


def _rpr_xml(bold=False, italic=False, size=None):
    inner = ""
    if bold:
        inner += "<w:b/>"
    if italic:
        inner += "<w:i/>"
    if size:
        inner += f'<w:sz w:val="{int(size * 2)}"/>'
    return f"<w:rPr>{inner}</w:rPr>" if inner else ""


def ins_run(p, text, author=None, date=None, bold=False, italic=False, size=None):
    a = author or AUTHOR_DATE["author"]
    d = date or AUTHOR_DATE["date"]
    x = (f'<w:ins {nsdecls("w")} w:id="{_next("rev")}" w:author="{esc(a)}" w:date="{d}">'
         f'<w:r>{_rpr_xml(bold, italic, size)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    el = parse_xml(x)
    p._p.append(el)
    return el


def del_run(p, text, author=None, date=None, bold=False, italic=False, size=None):
    a = author or AUTHOR_DATE["author"]
    d = date or AUTHOR_DATE["date"]
    x = (f'<w:del {nsdecls("w")} w:id="{_next("rev")}" w:author="{esc(a)}" w:date="{d}">'
         f'<w:r>{_rpr_xml(bold, italic, size)}<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    el = parse_xml(x)
    p._p.append(el)
    return el


def mark_paragraph(p, kind, author=None, date=None):
    """Mark the paragraph mark itself as inserted ('ins') or deleted ('del')."""
    a = author or AUTHOR_DATE["author"]
    d = date or AUTHOR_DATE["date"]
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{_next("rev")}" w:author="{esc(a)}" w:date="{d}"/>'))


def deleted_paragraph(doc_or_cell, text, author=None, date=None, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    del_run(p, text, author, date)
    mark_paragraph(p, "del", author, date)
    return p


def inserted_paragraph(doc_or_cell, text, author=None, date=None, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    ins_run(p, text, author, date)
    mark_paragraph(p, "ins", author, date)
    return p


def deleted_row(t_row, author=None, date=None):
    """Mark a table row as deleted, and turn its text into deleted text."""
    a = author or AUTHOR_DATE["author"]
    d = date or AUTHOR_DATE["date"]
    trPr = t_row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next("rev")}" w:author="{esc(a)}" w:date="{d}"/>'))
    for tc in t_row._tr.findall(qn("w:tc")):
        for p in tc.findall(qn("w:p")):
            for r in list(p.findall(qn("w:r"))):
                texts = "".join(t.text or "" for t in r.findall(qn("w:t")))
                p.remove(r)
                if not texts:
                    continue
                el = parse_xml(
                    f'<w:del {nsdecls("w")} w:id="{_next("rev")}" w:author="{esc(a)}" w:date="{d}">'
                    f'<w:r><w:delText xml:space="preserve">{esc(texts)}</w:delText></w:r></w:del>')
                p.append(el)


# ----------------------------------------------------------------- footnotes
class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def ref(self, p, text):
        """Add a footnote reference at the end of paragraph p; text is the note."""
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        x = (f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
             f'<w:footnoteReference w:id="{fid}"/></w:r>')
        p._p.append(parse_xml(x))
        return fid

    def finish(self):
        if not self.notes:
            return
        body = (f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
                f'</w:p></w:footnote>')
        for fid, text in self.notes:
            body += (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                     f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="17"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r>'
                     f'</w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<w:footnotes xmlns:w="{W_NS}" '
               f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{body}</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


# ----------------------------------------------------------------- text boxes
def text_box(doc, paragraphs, width_cm=15.5, height_cm=4.0, fill="F2F2F2", border="7F7F7F"):
    """An anchored DrawingML text box (top-and-bottom wrap) in its own paragraph.
    paragraphs: list of str or list of (text, flags) tuples for runs."""
    sid = _next("shape")
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    inner = ""
    for item in paragraphs:
        parts = item if isinstance(item, list) else [item]
        rr = ""
        for part in parts:
            t, f = (part, "") if isinstance(part, str) else part
            rr += (f'<w:r>{_rpr_xml("b" in f, "i" in f, 9.5)}'
                   f'<w:t xml:space="preserve">{esc(t)}</w:t></w:r>')
        inner += f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{rr}</w:p>'
    ns = (nsdecls("w", "wp", "a", "r") +
          ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
    x = f'''<w:r {ns}><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + sid}"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapTopAndBottom/>
<wp:docPr id="{sid}" name="Text Box {sid}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="{border}"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:spAutoFit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'''
    p = doc.add_paragraph()
    p._p.append(parse_xml(x))
    return p


# ----------------------------------------------------------------- header / footer
def add_field(p, instr, placeholder="1"):
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t>{placeholder}</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def header_footer(doc, header_text, footer_before_page, footer_after_page="", size=8):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(header_text)
    r.font.size = Pt(size)
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run(footer_before_page)
    r.font.size = Pt(size)
    add_field(fp, "PAGE")
    if footer_after_page:
        r = fp.add_run(footer_after_page)
        r.font.size = Pt(size)
    return hp, fp


def word_count(doc):
    import re
    n = 0
    body = doc.element.body
    for t in body.iter(qn("w:t")):
        n += len((t.text or "").split())
    return n
