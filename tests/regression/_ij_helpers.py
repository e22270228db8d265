"""Shared helpers for the ij-* build scripts: python-docx plus raw OOXML for
tracked changes (w:ins / w:del), footnotes, VML text boxes, shading and
merged cells. Comments use python-docx's own add_comment."""
import copy
import itertools
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ids = itertools.count(900)


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_doc(font="Georgia", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def H(d, text, level=1):
    return d.add_heading(text, level)


def P(d, text="", bold=False, italic=False, style=None, size=None, align=None, color=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runs(d, parts, style=None):
    """parts: list of str | ("b", text) | ("i", text) | ("ins", text, author, date) | ("del", text, author, date)."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    add_parts(p, parts)
    return p


def add_parts(p, parts):
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        elif part[0] == "b":
            p.add_run(part[1]).bold = True
        elif part[0] == "i":
            p.add_run(part[1]).italic = True
        elif part[0] == "ins":
            ins(p, part[1], part[2], part[3])
        elif part[0] == "del":
            dele(p, part[1], part[2], part[3])
    return p


def ins(p, text, author, date):
    x = parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{date}">'
        f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    p._p.append(x)


def dele(p, text, author, date):
    x = parse_xml(
        f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{date}">'
        f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(x)


def deleted_paragraph(d, text, author, date, style=None):
    """A whole paragraph deleted as a tracked change (its mark too)."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rpr = parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/></w:rPr>')
    pPr.append(rpr)
    dele(p, text, author, date)
    return p


def inserted_paragraph(d, text, author, date, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rpr = parse_xml(f'<w:rPr {nsdecls("w")}><w:ins w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/></w:rPr>')
    pPr.append(rpr)
    ins(p, text, author, date)
    return p


def bullets(d, items, style="List Bullet"):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(d.add_paragraph(it, style=style))
        else:
            out.append(runs(d, it, style=style))
    return out


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    if isinstance(text, (list, tuple)):
        add_parts(p, text)
    else:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
    return cell


def table(d, rows, header_fill="D9D2C3", style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(i == 0))
            if i == 0 and header_fill:
                shade(t.cell(i, j), header_fill)
    return t


def band(t, r, text, fill="EFE8D8"):
    """Merge a whole row into one shaded band."""
    n = len(t.columns)
    c = t.cell(r, 0).merge(t.cell(r, n - 1))
    set_cell(c, text, bold=True)
    shade(c, fill)
    return c


def delete_row(t, r, author, date):
    """Mark a table row as a tracked deletion: its text becomes w:delText."""
    tr = t.rows[r]._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/>'))
    for rr in list(tr.iter(qn("w:r"))):
        parent = rr.getparent()
        if parent.tag == qn("w:del"):
            continue
        for t_el in rr.findall(qn("w:t")):
            t_el.tag = qn("w:delText")
        wrapper = parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/>')
        parent.replace(rr, wrapper)
        wrapper.append(rr)


def text_box(d, paragraphs, width="440pt", height="110pt", fill="#F4EFE4"):
    """A VML text box in its own paragraph. paragraphs: list of (text, bold, italic)."""
    inner = ""
    for text, bold, italic in paragraphs:
        rpr = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
        inner += (f'<w:p><w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>')
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shape id="tb{next(_ids)}" type="#_x0000_t202" style="width:{width};height:{height}" '
           f'fillcolor="{fill}" strokecolor="#8A7B5C"><v:textbox><w:txbxContent>{inner}'
           f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


class Footnotes:
    def __init__(self, d):
        self.d = d
        self.n = 0
        xml = (f'<w:footnotes {nsdecls("w")}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.el = parse_xml(xml)
        self.part = None

    def add(self, p, text):
        self.n += 1
        i = self.n
        self.el.append(parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>'))
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{i}"/></w:r>'))

    def finish(self):
        from lxml import etree
        blob = etree.tostring(self.el, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES)


def comment(d, paragraph, text, author, initials):
    rs = paragraph.runs
    if not rs:
        rs = [paragraph.add_run("")]
    d.add_comment(rs, text=text, author=author, initials=initials)


def header_footer(d, header, footer):
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer
