"""Shared helpers for the ho-* build scripts: python-docx plus raw OOXML for
tracked changes, footnotes, shading, merged cells, landscape sections."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml
from docx.opc.part import Part
from docx.opc.packuri import PackURI

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(2)
    d._footnotes = []
    return d


def para(d, text="", bold=False, italic=False, style=None, size=None, align=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def runin(d, lead, text):
    """Bold run-in lead followed by text, as separate runs."""
    p = d.add_paragraph()
    r = p.add_run(lead)
    r.bold = True
    p.add_run(" " + text)
    return p


def bullet(d, text, mark="\u2022"):
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.6)
    p.add_run(mark + "\t" + text)
    return p


def shade_para(p, fill="F2F2F2"):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)
    bdr = parse_xml('<w:pBdr xmlns:w="%s"><w:top w:val="single" w:sz="4" w:space="1" w:color="808080"/>'
                    '<w:left w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
                    '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="808080"/>'
                    '<w:right w:val="single" w:sz="4" w:space="4" w:color="808080"/></w:pBdr>' % W)
    pPr.insert(0, bdr)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def table(d, rows, header=True, fill="D9D9D9", size=None, widths=None):
    ncols = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            set_cell(c, v, bold=(header and i == 0), size=size)
            if header and i == 0 and fill:
                shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill="BFBFBF", bold=True, size=None):
    """Merge a whole row into one cell (a block / group row)."""
    row = t.rows[i]
    a = row.cells[0].merge(row.cells[len(row.cells) - 1])
    set_cell(a, text, bold=bold, size=size)
    if fill:
        shade(a, fill)
    return a


def ins_para(d, text, author="Author", date="2008-10-01T09:00:00Z", bold=False):
    p = d.add_paragraph()
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), _next_id())
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    if bold:
        rPr = OxmlElement("w:rPr")
        rPr.append(OxmlElement("w:b"))
        r.append(rPr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    ins.append(r)
    p._p.append(ins)
    return p


def del_para(d, text, author="Author", date="2008-10-01T09:00:00Z"):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    dm = OxmlElement("w:del")
    dm.set(qn("w:id"), _next_id())
    dm.set(qn("w:author"), author)
    dm.set(qn("w:date"), date)
    rPr.append(dm)
    pPr.append(rPr)
    dl = OxmlElement("w:del")
    dl.set(qn("w:id"), _next_id())
    dl.set(qn("w:author"), author)
    dl.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    dl.append(r)
    p._p.append(dl)
    return p


def ins_run(p, text, author="Author", date="2008-10-01T09:00:00Z"):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), _next_id())
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    ins.append(r)
    p._p.append(ins)


def del_run(p, text, author="Author", date="2008-10-01T09:00:00Z"):
    dl = OxmlElement("w:del")
    dl.set(qn("w:id"), _next_id())
    dl.set(qn("w:author"), author)
    dl.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    dl.append(r)
    p._p.append(dl)


def del_row(t, i, author="Author", date="2008-10-01T09:00:00Z"):
    """Mark a table row as deleted and turn its text into delText."""
    tr = t.rows[i]._tr
    trPr = tr.get_or_add_trPr()
    dm = OxmlElement("w:del")
    dm.set(qn("w:id"), _next_id())
    dm.set(qn("w:author"), author)
    dm.set(qn("w:date"), date)
    trPr.append(dm)
    for r in tr.iter(qn("w:r")):
        parent = r.getparent()
        dl = OxmlElement("w:del")
        dl.set(qn("w:id"), _next_id())
        dl.set(qn("w:author"), author)
        dl.set(qn("w:date"), date)
        parent.replace(r, dl)
        dl.append(r)
        for tt in r.findall(qn("w:t")):
            tt.tag = qn("w:delText")


def comment(d, p, text, author="Reviewer", initials="R"):
    runs = p.runs
    if not runs:
        runs = [p.add_run("")]
    d.add_comment(runs=runs, text=text, author=author, initials=initials)


def footnote(d, p, text):
    fid = len(d._footnotes) + 1
    d._footnotes.append((fid, text))
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rPr.append(va)
    r.append(rPr)
    fr = OxmlElement("w:footnoteReference")
    fr.set(qn("w:id"), str(fid))
    r.append(fr)
    p._p.append(r)


def _write_footnotes(d):
    if not d._footnotes:
        return
    from xml.sax.saxutils import escape
    body = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for fid, text in d._footnotes:
        body.append('<w:footnote w:id="%d"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    '<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
                    % (fid, escape(text)))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="%s">%s</w:footnotes>'
           % (W, "".join(body))).encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml, d.part.package)
    d.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")


def header_footer(section, head, foot):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = head
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = section.footer.paragraphs[0]
    fp.text = foot
    for r in fp.runs:
        r.font.size = Pt(8)


def landscape(d):
    s = d.add_section()
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    return s


def portrait(d):
    s = d.add_section()
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = s.page_height, s.page_width
    return s


def save(d, path):
    _write_footnotes(d)
    d.save(path)
