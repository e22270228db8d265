"""Shared python-docx / raw OOXML helpers for the js-* build scripts."""
import itertools

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

_ids = itertools.count(901)
WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_doc(font="Garamond", size=11, landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return doc


def add_runs(p, text, bold=False, italic=False, size=None, color=None, caps=False):
    """text: a str, or a list of str / (str, flags) where flags holds 'b', 'i'."""
    segs = text if isinstance(text, list) else [text]
    runs = []
    for s in segs:
        flags = ""
        if isinstance(s, tuple):
            s, flags = s
        r = p.add_run(s)
        r.bold = bold or ("b" in flags) or None
        r.italic = italic or ("i" in flags) or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if caps:
            r.font.all_caps = True
        runs.append(r)
    return runs


def P(where, text="", bold=False, italic=False, size=None, style=None, align=None, color=None,
      after=None, before=None, caps=False):
    p = where.add_paragraph(style=style) if style else where.add_paragraph()
    if text:
        add_runs(p, text, bold, italic, size, color, caps)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, fill=None, align=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        add_runs(p, text, bold, italic, size, color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade(cell, fill)
    return p


def table(doc, rows, widths=None, head_fill=None, size=9.5, style="Table Grid", head_bold=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(i == 0 and head_bold), size=size,
                      fill=(head_fill if i == 0 else None))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def band(t, row_idx, text, fill="D9D9D9", size=9.5, italic=False):
    """Merge a whole row into one shaded band cell."""
    row = t.rows[row_idx]
    c = row.cells[0].merge(row.cells[-1])
    cell_text(c, text, bold=True, italic=italic, size=size, fill=fill)
    return c


def _rpr(size=None, bold=False, italic=False):
    s = ""
    if bold:
        s += "<w:b/>"
    if italic:
        s += "<w:i/>"
    if size:
        s += f'<w:sz w:val="{int(size * 2)}"/>'
    return f"<w:rPr>{s}</w:rPr>" if s else ""


def ins(p, text, author, date, size=None, bold=False, italic=False):
    el = parse_xml(
        f'<w:ins {WNS} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}">'
        f'<w:r>{_rpr(size, bold, italic)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    p._p.append(el)
    return el


def dele(p, text, author, date, size=None, bold=False, italic=False):
    el = parse_xml(
        f'<w:del {WNS} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}">'
        f'<w:r>{_rpr(size, bold, italic)}<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(el)
    return el


def deleted_paragraph(where, text, author, date, size=None):
    p = where.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:rPr {WNS}><w:del w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}"/></w:rPr>'))
    dele(p, text, author, date, size)
    return p


def inserted_paragraph(where, text, author, date, size=None):
    p = where.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:rPr {WNS}><w:ins w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}"/></w:rPr>'))
    ins(p, text, author, date, size)
    return p


def comment(doc, runs, text, author, initials):
    if not isinstance(runs, list):
        runs = [runs]
    return doc.add_comment(runs, text=text, author=author, initials=initials)


def textbox(where, paras, width_cm=16.0, height_cm=5.0, fill="F2F2F2", line="404040"):
    """An inline wps text box.  paras: list of str or (str, 'b'/'i'/'bi')."""
    body = ""
    for s in paras:
        flags = ""
        if isinstance(s, tuple):
            s, flags = s
        body += (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>{_rpr(10, "b" in flags, "i" in flags)}'
                 f'<w:t xml:space="preserve">{esc(s)}</w:t></w:r></w:p>')
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    n = next(_ids)
    xml = f'''<w:r {nsdecls("w", "wp", "a")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{n}" name="Text Box {n}"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:spAutoFit/></wps:bodyPr></wps:wsp>
</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice></mc:AlternateContent></w:r>'''
    p = where.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def page_field(p):
    for kind, extra in (("begin", ""), (None, " PAGE "), ("end", "")):
        if kind:
            p._p.append(parse_xml(f'<w:r {WNS}><w:fldChar w:fldCharType="{kind}"/></w:r>'))
        else:
            p._p.append(parse_xml(f'<w:r {WNS}><w:instrText xml:space="preserve">{extra}</w:instrText></w:r>'))


def header_footer(doc, header, footer, size=8):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    add_runs(hp, header, size=size, italic=True)
    fp = sec.footer.paragraphs[0]
    add_runs(fp, footer + "   Page ", size=size)
    page_field(fp)


def vmerge(t, col, r0, r1, text, size=9.5, fill=None):
    c = t.cell(r0, col).merge(t.cell(r1, col))
    cell_text(c, text, size=size, fill=fill)
    return c
