"""Shared helpers for the lz-* build scripts: python-docx plus raw OOXML for
tracked changes, footnotes, VML text boxes, shading and merged cells."""
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
DATE = "2009-02-11T10:00:00Z"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_doc(font="Times New Roman", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def header_footer(d, head, foot):
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = head
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = foot
    fp.runs[0].font.size = Pt(8)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def shade(el, fill):
    """Shade a paragraph (w:pPr) or a cell (w:tcPr)."""
    if el.tag == qn("w:p"):
        pr = el.get_or_add_pPr()
    else:
        pr = el.get_or_add_tcPr()
    pr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def para(d, text="", bold=False, size=None, italic=False, caps=False, fill=None, align=None, style=None,
         color=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if caps:
            r.font.all_caps = True
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if fill:
        shade(p._p, fill)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runs(p, parts):
    """parts: list of (text, kind) where kind is '', 'b', 'i', 'ins', 'del'."""
    for text, kind in parts:
        if kind in ("", "b", "i"):
            r = p.add_run(text)
            r.bold = kind == "b"
            r.italic = kind == "i"
        elif kind == "ins":
            ins_run(p, text)
        elif kind == "del":
            del_run(p, text)
    return p


def ins_run(p, text, author="R. Ashdown"):
    x = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{DATE}">'
                  f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    p._p.append(x)


def del_run(p, text, author="R. Ashdown"):
    x = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{DATE}">'
                  f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(x)


def whole_para(d, text, kind, author="R. Ashdown"):
    """A whole inserted or deleted paragraph, paragraph mark included."""
    p = d.add_paragraph()
    tag = "w:ins" if kind == "ins" else "w:del"
    pPr = p._p.get_or_add_pPr()
    rPr = parse_xml(f'<w:rPr {nsdecls("w")}><{tag} w:id="{_next_id()}" w:author="{author}" w:date="{DATE}"/></w:rPr>')
    pPr.append(rPr)
    (ins_run if kind == "ins" else del_run)(p, text, author)
    return p


def cell_text(cell, text, bold=False, fill=None, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if fill:
        shade(cell._tc, fill)
    return cell


def table(d, rows, widths=None, header_fill="D9D9D9", size=9, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(i == 0 and header_fill is not None),
                      fill=(header_fill if i == 0 and header_fill else None), size=size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def text_box(d, lines, width_pt=420, height_pt=110, fill="F2F2F2"):
    """A VML text box anchored in its own paragraph (its text is in document.xml)."""
    inner = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(l)}</w:t></w:r></w:p>' for l in lines)
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shape id="tb{_next_id()}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" '
           f'fillcolor="#{fill}" strokecolor="#404040"><v:textbox><w:txbxContent>{inner}'
           f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


# ---------------------------------------------------------------- footnotes
_FN_HEAD = (f'<w:footnotes {nsdecls("w")}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')


class Footnotes:
    def __init__(self, d):
        self.d = d
        self.notes = []

    def add(self, p, text):
        n = len(self.notes) + 1
        self.notes.append(text)
        r = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                      f'<w:footnoteReference w:id="{n}"/></w:r>')
        p._p.append(r)

    def finish(self):
        body = "".join(
            f'<w:footnote w:id="{i + 1}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {esc(t)}</w:t></w:r></w:p></w:footnote>'
            for i, t in enumerate(self.notes))
        blob = (_FN_HEAD + body + "</w:footnotes>").encode("utf-8")
        main = self.d.part
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, main.package)
        main.relate_to(part, RT.FOOTNOTES)


def comment(d, run_list, text, author="J. Penhale", initials="JP"):
    d.add_comment(run_list, text=text, author=author, initials=initials)


def merge(t, r1, c1, r2, c2, text=None, bold=False, fill=None, size=9):
    c = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        cell_text(c, text, bold=bold, fill=fill, size=size)
    return c


def word_count(d):
    n = sum(len(p.text.split()) for p in d.paragraphs)
    for t in d.tables:
        seen = set()
        for row in t.rows:
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                n += len(c.text.split())
    return n
