"""Shared helpers for the lw-* build scripts: python-docx plus raw OOXML for tracked changes,
footnotes, VML text boxes, shading and merged cells."""
import copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn, nsdecls
from docx.oxml import parse_xml, OxmlElement
from docx.opc.part import Part
from docx.opc.packuri import PackURI

_rev = [100]


def _nid():
    _rev[0] += 1
    return str(_rev[0])


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(1.8)
    return d


def shade(el, fill):
    """Shade a paragraph or a cell."""
    if hasattr(el, "_tc"):
        tcPr = el._tc.get_or_add_tcPr()
        tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
    else:
        pPr = el._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def para(d, text="", bold=False, italic=False, size=None, caps=False, fill=None, align=None,
         style=None, color=None, space_after=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text.upper() if caps else text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if fill:
        shade(p, fill)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(d, parts, style=None):
    """parts: list of (text, dict(bold=..., italic=...))"""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = f.get("bold", False)
        r.italic = f.get("italic", False)
        if f.get("color"):
            r.font.color.rgb = RGBColor.from_string(f["color"])
    return p


def table(d, rows, widths=None, head_fill="D9D9D9", bold_head=True, size=9, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = d.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if i == 0 and bold_head:
                r.bold = True
            if i == 0 and head_fill:
                shade(c, head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill="EFEFEF", bold=True, size=9):
    """Merge a whole row into one shaded cell holding text."""
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    for p in a.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    a.paragraphs[0].text = ""
    r = a.paragraphs[0].add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if fill:
        shade(a, fill)
    return a


def set_cell(c, text, bold=False, size=9, fill=None):
    for p in c.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    c.paragraphs[0].text = ""
    r = c.paragraphs[0].add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if fill:
        shade(c, fill)


def _run_xml(text, deleted=False, bold=False):
    tag = "w:delText" if deleted else "w:t"
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<w:r>{b}<{tag} xml:space="preserve">{text}</{tag}></w:r>'


def ins_para(d, text, author="J. Marwood", date="2008-11-20T10:14:00Z"):
    """A whole paragraph inserted as a tracked change."""
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:ins w:id="{_nid()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{_nid()}" w:author="{author}" w:date="{date}">'
                          f'{_run_xml(text)}</w:ins>'))
    return p


def del_para(d, text, author="J. Marwood", date="2008-11-20T10:16:00Z"):
    """A whole paragraph deleted as a tracked change."""
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="{_nid()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_nid()}" w:author="{author}" w:date="{date}">'
                          f'{_run_xml(text, deleted=True)}</w:del>'))
    return p


def tracked_in_para(p, before, deleted, inserted, after, author="J. Marwood", date="2008-11-21T09:02:00Z"):
    """Append to paragraph p: before + <del>deleted</del><ins>inserted</ins> + after."""
    if before:
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{before}</w:t></w:r>'))
    if deleted:
        p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_nid()}" w:author="{author}" w:date="{date}">'
                              f'{_run_xml(deleted, deleted=True)}</w:del>'))
    if inserted:
        p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{_nid()}" w:author="{author}" w:date="{date}">'
                              f'{_run_xml(inserted)}</w:ins>'))
    if after:
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{after}</w:t></w:r>'))
    return p


def del_row(t, i, author="J. Marwood", date="2008-11-20T10:20:00Z"):
    """Mark table row i as a deleted row: row property and every run deleted."""
    tr = t.rows[i]._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_nid()}" w:author="{author}" w:date="{date}"/>'))
    for r in list(tr.iter(qn("w:r"))):
        for t_ in r.findall(qn("w:t")):
            t_.tag = qn("w:delText")
        parent = r.getparent()
        wrap = parse_xml(f'<w:del {nsdecls("w")} w:id="{_nid()}" w:author="{author}" w:date="{date}"/>')
        parent.replace(r, wrap)
        wrap.append(r)


def text_box(d, lines, width_pt=440, height_pt=120, fill="FFF2CC", bold_first=True):
    """A floating VML text box anchored in a new paragraph; lines become paragraphs inside it."""
    inner = ""
    for k, ln in enumerate(lines):
        ln = ln.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        b = "<w:rPr><w:b/></w:rPr>" if (bold_first and k == 0) else ""
        inner += f'<w:p><w:r>{b}<w:t xml:space="preserve">{ln}</w:t></w:r></w:p>'
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shape id="tb{_nid()}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" '
           f'fillcolor="#{fill}" strokecolor="#7F6000"><v:textbox><w:txbxContent>{inner}'
           f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


class Footnotes:
    """Creates a footnotes part on first use and adds footnote references to runs."""

    def __init__(self, d):
        self.d = d
        self.n = 0
        xml = (f'<w:footnotes {nsdecls("w")}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.root = parse_xml(xml)
        self.part = None

    def add(self, p, text):
        self.n += 1
        fid = self.n
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              f'<w:footnoteReference w:id="{fid}"/></w:r>'))
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        self.root.append(parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'))

    def finish(self):
        from lxml import etree
        blob = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.d.part.package)
        self.d.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")


def header_footer(d, head, foot):
    s = d.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot
    for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)


def comment(d, run_or_par, text, author="Reviewer", initials="R"):
    runs_ = run_or_par.runs if hasattr(run_or_par, "runs") else [run_or_par]
    d.add_comment(runs_, text=text, author=author, initials=initials)
