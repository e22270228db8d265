"""Shared helpers for the ma-* build scripts: python-docx plus raw OOXML for tracked changes, comments,
footnotes, text boxes, merged and shaded cells."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev = [100]


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def para(d, text="", bold=False, italic=False, size=None, align=None, style=None, color=None, caps=False):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if caps:
            r.font.all_caps = True
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runs(p, parts):
    """parts: list of str or (str, dict(bold=, italic=, color=))."""
    out = []
    for x in parts:
        if isinstance(x, str):
            out.append(p.add_run(x))
        else:
            t, kw = x
            r = p.add_run(t)
            r.bold = kw.get("bold")
            r.italic = kw.get("italic")
            if kw.get("color"):
                r.font.color.rgb = RGBColor.from_string(kw["color"])
            out.append(r)
    return out


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def table(d, rows, header=True, widths=None, style="Table Grid", head_fill="D9D9D9", size=9):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            c = t.cell(i, j)
            set_cell(c, val, bold=(header and i == 0), size=size)
            if header and i == 0 and head_fill:
                shade(c, head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def _rev_attrs(author, date):
    _rev[0] += 1
    return f'w:id="{_rev[0]}" w:author="{author}" w:date="{date}"'


def ins_run(p, text, author, date):
    """Append a tracked insertion run to paragraph p."""
    el = parse_xml(f'<w:ins {nsdecls("w")} {_rev_attrs(author, date)}><w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>')
    p._p.append(el)


def del_run(p, text, author, date):
    el = parse_xml(f'<w:del {nsdecls("w")} {_rev_attrs(author, date)}><w:r><w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>')
    p._p.append(el)


def ins_para(d, text, author, date, bold_lead=None):
    """A whole inserted paragraph (paragraph mark inserted too)."""
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:ins {_rev_attrs(author, date)}/></w:rPr>'))
    if bold_lead:
        p._p.append(parse_xml(f'<w:ins {nsdecls("w")} {_rev_attrs(author, date)}><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_esc(bold_lead)}</w:t></w:r></w:ins>'))
    ins_run(p, text, author, date)
    return p


def del_para(d, text, author, date, bold_lead=None):
    """A whole deleted paragraph (paragraph mark deleted too)."""
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:del {_rev_attrs(author, date)}/></w:rPr>'))
    if bold_lead:
        p._p.append(parse_xml(f'<w:del {nsdecls("w")} {_rev_attrs(author, date)}><w:r><w:rPr><w:b/></w:rPr><w:delText xml:space="preserve">{_esc(bold_lead)}</w:delText></w:r></w:del>'))
    del_run(p, text, author, date)
    return p


def del_row(table_, row_idx, author, date):
    """Mark a table row as deleted and its text as deleted text."""
    tr = table_.rows[row_idx]._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} {_rev_attrs(author, date)}/>'))
    for r in tr.iter(qn("w:r")):
        parent = r.getparent()
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        wrap = parse_xml(f'<w:del {nsdecls("w")} {_rev_attrs(author, date)}/>')
        parent.replace(r, wrap)
        wrap.append(r)


def comment(d, run_list, text, author, initials):
    d.add_comment(run_list, text=text, author=author, initials=initials)


def merge(t, r1, c1, r2, c2, text=None, bold=False, fill=None, size=9):
    c = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        set_cell(c, text, bold=bold, size=size)
    if fill:
        shade(c, fill)
    return c


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
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{i}"/></w:r>'))
        self.el.append(parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r></w:p></w:footnote>'))

    def finish(self):
        from lxml import etree
        blob = etree.tostring(self.el, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES)


def text_box(d, lines, width_pt=430, height_pt=120, fill="FFFFFF", border="000000"):
    """A VML text box anchored in its own paragraph. lines: list of (text, bold)."""
    inner = ""
    for t, b in lines:
        rpr = "<w:rPr><w:b/></w:rPr>" if b else ""
        inner += f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{_esc(t)}</w:t></w:r></w:p>'
    xml = (f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:r><w:pict><v:shape id="tb{_rev[0]}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" '
           f'fillcolor="#{fill}" strokecolor="#{border}" strokeweight="1.5pt">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    _rev[0] += 1
    el = parse_xml(xml)
    d.element.body.append(el)
    # keep sectPr last
    sp = d.element.body.find(qn("w:sectPr"))
    if sp is not None:
        d.element.body.remove(sp)
        d.element.body.append(sp)
    return el


def header_footer(d, head, foot):
    s = d.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot
    for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)


def page_break(d):
    from docx.enum.text import WD_BREAK
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
