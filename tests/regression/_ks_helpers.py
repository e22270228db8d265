"""Shared helpers for the ks-* build scripts: python-docx plus raw OOXML for
tracked changes, text boxes, footnotes, shading, merged cells and fields."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def para(doc_or_cell, text="", bold=False, italic=False, size=None, style=None, align=None,
         color=None, shade=None, caps=False):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        add_run(p, text, bold=bold, italic=italic, size=size, color=color, caps=caps)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if shade:
        shade_para(p, shade)
    return p


def add_run(p, text, bold=False, italic=False, size=None, color=None, caps=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    return r


def runs(doc_or_cell, parts, style=None):
    """parts: list of (text, flags) where flags is a string containing b / i."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    for t, f in parts:
        add_run(p, t, bold="b" in f, italic="i" in f)
    return p


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    pPr.append(shd)


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(doc, rows, header_fill="D9D9D9", bold_header=True, style="Table Grid", col_fill=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            if val is None:
                continue
            add_run(p, str(val), bold=(i == 0 and bold_header))
            if i == 0 and header_fill:
                shade_cell(c, header_fill)
            if col_fill and j in col_fill and i > 0:
                shade_cell(c, col_fill[j])
    return t


def merge(t, r1, c1, r2, c2, text=None, bold=False, fill=None):
    a = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        for p in a.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        a.paragraphs[0].text = ""
        add_run(a.paragraphs[0], text, bold=bold)
    if fill:
        shade_cell(a, fill)
    return a


def _run_xml(text, bold=False, deleted=False):
    tag = "w:delText" if deleted else "w:t"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{text}</{tag}></w:r>'


def ins_run(p, text, author="Loading Office", date="2008-03-04T10:00:00Z", bold=False):
    x = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}">'
                  f'{_run_xml(text, bold)}</w:ins>')
    p._p.append(x)


def del_run(p, text, author="Loading Office", date="2008-03-04T10:00:00Z", bold=False):
    x = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}">'
                  f'{_run_xml(text, bold, deleted=True)}</w:del>')
    p._p.append(x)


def mark_para(p, kind, author, date):
    """Mark the paragraph mark itself as inserted or deleted (whole-paragraph change)."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>'))


def deleted_para(doc, text, author, date):
    p = doc.add_paragraph()
    del_run(p, text, author, date)
    mark_para(p, "del", author, date)
    return p


def inserted_para(doc, text, author, date):
    p = doc.add_paragraph()
    ins_run(p, text, author, date)
    mark_para(p, "ins", author, date)
    return p


def text_box(doc, paragraphs, width_pt=430, height_pt=120, fill="FFF2CC"):
    """A VML text box anchored inline in its own paragraph. paragraphs: list of (text, bold)."""
    body = "".join(
        f'<w:p>{_run_xml(t, b)}</w:p>' for t, b in paragraphs)
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="#{fill}" strokecolor="#7F7F7F">'
           f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.items = []

    def ref(self, p, text):
        n = len(self.items) + 1
        self.items.append(text)
        r = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                      f'<w:footnoteReference w:id="{n}"/></w:r>')
        p._p.append(r)

    def finish(self):
        if not self.items:
            return
        fns = [f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
               f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for i, t in enumerate(self.items, 1):
            t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            fns.append(f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                       f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:footnote>')
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W_NS}">' + "".join(fns) + "</w:footnotes>"
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def header_footer(doc, header, footer, page_field=True):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    fp = sec.footer.paragraphs[0]
    fp.text = footer
    if page_field:
        fp.add_run("   Page ")
        fp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def comment(doc, p, text, author, initials):
    doc.add_comment(p.runs, text=text, author=author, initials=initials)
