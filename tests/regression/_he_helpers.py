"""Shared helpers for the he-* build scripts: python-docx plus raw OOXML for
shading, merged cells, tracked changes (w:ins / w:del), comments and footnotes."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def _rid():
    _rev[0] += 1
    return str(_rev[0])


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_doc(font="Arial", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def para(d, text="", bold=False, italic=False, size=None, align=None, style=None, space_after=6, color=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(space_after)
    return p


def add_runs(p, text, bold=False, italic=False, size=None, color=None):
    """Text with **bold** spans marked by double asterisks."""
    parts = text.split("**")
    for i, part in enumerate(parts):
        if not part:
            continue
        r = p.add_run(part)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, fill=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        add_runs(p, line, bold=bold, italic=italic, size=size)
        p.paragraph_format.space_after = Pt(2)
    if fill:
        shade(cell, fill)
    return cell


def table(d, rows, widths=None, header_fill="D9D9D9", size=9, style="Table Grid", header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size,
                      fill=(header_fill if header and i == 0 else None))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    d.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def boxed(d, lines, fill="EDEDED", size=None):
    """A one-cell shaded table used as a box; lines may use **bold**."""
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    c.text = ""
    p = c.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = c.add_paragraph()
        add_runs(p, line, size=size)
        p.paragraph_format.space_after = Pt(3)
    shade(c, fill)
    d.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def ins_run(p, text, author, date, bold=False):
    b = "<w:b/>" if bold else ""
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{_rid()}" w:author="{esc(author)}" w:date="{date}">'
        f'<w:r><w:rPr>{b}</w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>'))


def del_run(p, text, author, date, bold=False):
    b = "<w:b/>" if bold else ""
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{_rid()}" w:author="{esc(author)}" w:date="{date}">'
        f'<w:r><w:rPr>{b}</w:rPr><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>'))


def mark_para_deleted(p, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = parse_xml(f'<w:rPr {W}><w:del w:id="{_rid()}" w:author="{esc(author)}" w:date="{date}"/></w:rPr>')
    pPr.append(rPr)


def mark_para_inserted(p, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = parse_xml(f'<w:rPr {W}><w:ins w:id="{_rid()}" w:author="{esc(author)}" w:date="{date}"/></w:rPr>')
    pPr.append(rPr)


def deleted_para(d, text, author, date, before=None):
    """A whole paragraph deleted as a tracked change."""
    p = d.add_paragraph()
    del_run(p, text, author, date)
    mark_para_deleted(p, author, date)
    return p


def inserted_para(d, text, author, date):
    p = d.add_paragraph()
    ins_run(p, text, author, date)
    mark_para_inserted(p, author, date)
    return p


def delete_row(row, author, date):
    """Mark a table row deleted as a tracked change: trPr/w:del and every run as delText."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {W} w:id="{_rid()}" w:author="{esc(author)}" w:date="{date}"/>'))
    for r in tr.iter(qn("w:r")):
        for t in r.findall(qn("w:t")):
            dt = parse_xml(f'<w:delText {W} xml:space="preserve">{esc(t.text or "")}</w:delText>')
            r.replace(t, dt)
        parent = r.getparent()
        idx = parent.index(r)
        wrapper = parse_xml(f'<w:del {W} w:id="{_rid()}" w:author="{esc(author)}" w:date="{date}"/>')
        parent.remove(r)
        wrapper.append(r)
        parent.insert(idx, wrapper)


def comment(d, runs, text, author, initials):
    if not isinstance(runs, (list, tuple)):
        runs = [runs]
    return d.add_comment(runs, text=text, author=author, initials=initials)


_FOOT = None


def footnote(d, p, text):
    """Append a footnote reference at the end of paragraph p with the given text."""
    global _FOOT
    part = d.part
    if _FOOT is None or _FOOT[0] is not d:
        xml = (f'<w:footnotes {W}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        fpart = Part(PackURI("/word/footnotes.xml"),
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                     xml.encode(), part.package)
        part.relate_to(fpart, RT.FOOTNOTES)
        _FOOT = [d, fpart, 0, []]
    _FOOT[2] += 1
    n = _FOOT[2]
    _FOOT[3].append(
        f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
    fpart = _FOOT[1]
    base = fpart.blob.decode()
    head, tail = base.rsplit("</w:footnotes>", 1)
    fpart._blob = (head + _FOOT[3][-1] + "</w:footnotes>").encode()
    p._p.append(parse_xml(
        f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))


def header_footer(d, header, footer):
    for s in d.sections:
        s.header.paragraphs[0].text = header
        s.header.paragraphs[0].runs[0].font.size = Pt(8)
        s.footer.paragraphs[0].text = footer
        s.footer.paragraphs[0].runs[0].font.size = Pt(8)


def word_count(path):
    import re, zipfile
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    return len(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).split())
