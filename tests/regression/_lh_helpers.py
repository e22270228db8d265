"""Shared helpers for the lh-* build scripts: python-docx plus raw OOXML for
tracked changes, footnotes, VML text boxes, merged and shaded cells."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_doc(font="Garamond", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def para(d, text="", bold=False, italic=False, size=None, align=None, shade=None, color=None, style=None,
         space_after=None, container=None):
    c = container if container is not None else d
    p = c.add_paragraph(style=style) if style else c.add_paragraph()
    if text:
        add_run(p, text, bold, italic, size, color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if shade:
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{shade}"/>'))
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def runin(d, lead, text, container=None, italic_lead=False):
    """A paragraph with a bold run-in title (its own run) then the text."""
    p = para(d, container=container)
    add_run(p, lead, bold=True, italic=italic_lead)
    add_run(p, " " + text)
    return p


def _rpr(bold=False, italic=False):
    x = ""
    if bold:
        x += "<w:b/>"
    if italic:
        x += "<w:i/>"
    return f"<w:rPr>{x}</w:rPr>" if x else ""


def ins_run(p, text, author="J. Pargeter", date="2009-02-11T10:00:00Z", bold=False):
    _rev[0] += 1
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"><w:r>{_rpr(bold)}'
        f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>'))


def del_run(p, text, author="J. Pargeter", date="2009-02-11T10:00:00Z", bold=False):
    _rev[0] += 1
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"><w:r>{_rpr(bold)}'
        f'<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>'))


def mark_para_inserted(p, author="J. Pargeter", date="2009-02-11T10:00:00Z"):
    """Mark a whole paragraph (its mark and all runs) as inserted."""
    _rev[0] += 1
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:ins {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/>'))
    for r in list(p._p.findall(qn("w:r"))):
        _rev[0] += 1
        ins = parse_xml(f'<w:ins {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/>')
        r.addprevious(ins)
        ins.append(r)


def mark_para_deleted(p, author="J. Pargeter", date="2009-02-11T10:00:00Z"):
    """Mark a whole paragraph as deleted: runs become w:del with w:delText."""
    _rev[0] += 1
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:del {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/>'))
    for r in list(p._p.findall(qn("w:r"))):
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        _rev[0] += 1
        de = parse_xml(f'<w:del {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/>')
        r.addprevious(de)
        de.append(r)


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, widths=None, header_fill="D9D9D9", bold_header=True, style="Table Grid", size=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            p = cell.paragraphs[0]
            if val is None:
                continue
            add_run(p, val, bold=(i == 0 and bold_header), size=size)
            if i == 0 and header_fill:
                shade_cell(cell, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill="EAEAEA", bold=True):
    """Merge row i across all columns and put text in it."""
    row = t.rows[i]
    a = row.cells[0].merge(row.cells[len(row.cells) - 1])
    a.text = ""
    add_run(a.paragraphs[0], text, bold=bold)
    if fill:
        shade_cell(a, fill)
    return a


def set_cell(cell, text, bold=False, italic=False):
    cell.text = ""
    add_run(cell.paragraphs[0], text, bold=bold, italic=italic)
    return cell.paragraphs[0]


def text_box(d, lines, width_pt=420, height_pt=150, title=None):
    """A VML text box anchored in its own paragraph; lines are paragraphs inside it."""
    inner = ""
    if title:
        inner += f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{esc(title)}</w:t></w:r></w:p>'
    for ln in lines:
        inner += f'<w:p><w:r><w:t xml:space="preserve">{esc(ln)}</w:t></w:r></w:p>'
    p = d.add_paragraph()
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{_rev[0]}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt;'
           f'mso-position-horizontal:center" strokeweight="1pt" fillcolor="#F2F2F2">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    _rev[0] += 1
    p._p.append(parse_xml(xml))
    return p


class Footnotes:
    def __init__(self, d):
        self.d = d
        self.notes = []
        self.n = 0

    def add(self, p, text):
        self.n += 1
        fid = self.n
        p._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))
        self.notes.append((fid, text))

    def finish(self):
        body = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for fid, text in self.notes:
            body += (f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{body}</w:footnotes>'
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES)


def header_footer(d, head, foot):
    s = d.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot


def comment(d, runs, text, author="Clerk", initials="CL"):
    d.add_comment(runs, text=text, author=author, initials=initials)
