"""Shared helpers for the hd-* build scripts: python-docx plus raw OOXML for
tracked changes, footnotes, shading, merged cells and fields."""
import re
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT

_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def new_doc(font="Arial", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    d._hd_footnotes = []
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def _runs(par, text, bold=False, italic=False, size=None, color=None):
    """Add text to par. '**x**' marks bold, '__x__' italic. Returns the runs."""
    out = []
    for piece in re.split(r"(\*\*.+?\*\*|__.+?__)", text):
        if not piece:
            continue
        b, i = bold, italic
        if piece.startswith("**"):
            piece, b = piece[2:-2], True
        elif piece.startswith("__"):
            piece, i = piece[2:-2], True
        r = par.add_run(piece)
        r.bold, r.italic = b or None, i or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        out.append(r)
    return out


def p(d, text="", style=None, bold=False, italic=False, size=None, align=None, color=None, space_after=None):
    par = d.add_paragraph(style=style)
    _runs(par, text, bold, italic, size, color)
    if align == "center":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        par.paragraph_format.space_after = Pt(space_after)
    return par


def lines(d, parts, **kw):
    """One paragraph whose lines are separated by manual line breaks."""
    par = d.add_paragraph()
    for k, t in enumerate(parts):
        rs = _runs(par, t, **kw)
        if k < len(parts) - 1:
            rs[-1].add_break()
    return par


def h(d, text, level=1):
    return d.add_heading(text, level=level)


def bullet(d, text, style="List Bullet"):
    return p(d, text, style=style)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    paras = text.split("\n")
    first = cell.paragraphs[0]
    _runs(first, paras[0], bold, italic, size)
    for t in paras[1:]:
        _runs(cell.add_paragraph(), t, bold, italic, size)


def table(d, rows, widths=None, header_fill="D9D9D9", style="Table Grid", size=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            c = t.cell(i, j)
            cell_text(c, val, bold=(i == 0 and header_fill is not None), size=size)
            if i == 0 and header_fill:
                shade(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def box(d, text_paras, fill="EDEDED"):
    """A one-cell shaded table used as a boxed note."""
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    c.text = ""
    for k, tx in enumerate(text_paras):
        par = c.paragraphs[0] if k == 0 else c.add_paragraph()
        _runs(par, tx)
    d.add_paragraph()
    return t


def _rpr_xml(bold=False):
    return "<w:rPr><w:b/></w:rPr>" if bold else ""


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def add_ins(par, text, author, date, bold=False):
    el = parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{_esc(author)}" w:date="{date}">'
        f'<w:r>{_rpr_xml(bold)}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>')
    par._p.append(el)
    return el


def add_del(par, text, author, date, bold=False):
    el = parse_xml(
        f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{_esc(author)}" w:date="{date}">'
        f'<w:r>{_rpr_xml(bold)}<w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>')
    par._p.append(el)
    return el


def _mark_para(par, kind, author, date):
    pPr = par._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.append(rPr)
    m = OxmlElement(f"w:{kind}")
    m.set(qn("w:id"), _next_id())
    m.set(qn("w:author"), author)
    m.set(qn("w:date"), date)
    rPr.append(m)


def ins_para(d, text, author, date, style=None):
    par = d.add_paragraph(style=style)
    add_ins(par, text, author, date)
    _mark_para(par, "ins", author, date)
    return par


def del_para(d, text, author, date, style=None):
    par = d.add_paragraph(style=style)
    add_del(par, text, author, date)
    _mark_para(par, "del", author, date)
    return par


def comment(d, run_or_runs, text, author, initials):
    return d.add_comment(run_or_runs, text=text, author=author, initials=initials)


def footnote(d, par, text):
    """Add a footnote reference at the end of par; text goes into footnotes.xml."""
    fid = len(d._hd_footnotes) + 1
    d._hd_footnotes.append((fid, text))
    par._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{fid}"/></w:r>'))


def _footnotes_part(d):
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = [f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for fid, text in d._hd_footnotes:
        body.append(
            f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r></w:p></w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">'
           + "".join(body) + "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)


def page_field(par):
    for xml in ('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r %s><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>',
                '<w:r %s><w:t>1</w:t></w:r>',
                '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>'):
        par._p.append(parse_xml(xml % nsdecls("w")))


def header_footer(d, header, footer):
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    _runs(hp, header, size=8)
    fp = s.footer.paragraphs[0]
    _runs(fp, footer + "   Page ", size=8)
    page_field(fp)


def landscape(d):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    return s


def portrait(d):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = s.page_height, s.page_width
    return s


def save(d, path):
    if d._hd_footnotes:
        _footnotes_part(d)
    d.save(path)
