"""Shared helpers for the ki-* build scripts (python-docx plus raw OOXML)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm
from xml.sax.saxutils import escape

_ID = [900]


def nid():
    _ID[0] += 1
    return _ID[0]


def new_doc(font="Garamond", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def para(d, text="", bold=False, italic=False, size=None, color=None, align=None, style=None,
         space_after=None, caps=False):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        run(p, text, bold, italic, size, color, caps)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, caps=False):
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


def rich(d, parts, style=None):
    """parts: list of (text, fmt) where fmt has b/i/g (grey) letters."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for text, fmt in parts:
        run(p, text, bold="b" in fmt, italic="i" in fmt, color="808080" if "g" in fmt else
            ("A00000" if "r" in fmt else None))
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, widths=None, header_fill="D9D9D9", size=9, bold_header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            r = p.add_run(val if val is not None else "")
            r.font.size = Pt(size)
            if i == 0 and bold_header:
                r.bold = True
            if i == 0 and header_fill:
                shade(c, header_fill)
            if widths:
                c.width = Cm(widths[j])
    return t


def merge_row(t, i, text, fill="EFEFEF", size=9, bold=True):
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    a.text = ""
    r = a.paragraphs[0].add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if fill:
        shade(a, fill)
    return a


def _runxml(text, bold=False, italic=False, deleted=False):
    rpr = ""
    if bold or italic:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def tracked_para(d, segments, author="Canon R. Peverell", date="2008-10-14T09:30:00Z", whole=None):
    """segments: list of (kind, text) with kind in '', 'ins', 'del' (optionally 'ins-b').
    whole='ins' or 'del' marks the paragraph mark too."""
    p = d.add_paragraph()
    if whole:
        tag = "w:ins" if whole == "ins" else "w:del"
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:rPr {nsdecls("w")}><{tag} w:id="{nid()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    for kind, text in segments:
        b = kind.endswith("-b")
        kind = kind.replace("-b", "")
        if kind == "":
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}>' + _runxml(text, b)[5:]))
        elif kind == "ins":
            p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{nid()}" w:author="{author}" w:date="{date}">'
                                  + _runxml(text, b) + "</w:ins>"))
        elif kind == "del":
            p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{nid()}" w:author="{author}" w:date="{date}">'
                                  + _runxml(text, b, deleted=True) + "</w:del>"))
    return p


def text_box(d, lines, width_pt=430, height_pt=120, fill="F2F2F2"):
    """A VML text box (w:pict) anchored in its own paragraph. lines: list of (text, bold)."""
    inner = "".join(f'<w:p>{_runxml(t, b)}</w:p>' for t, b in lines)
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shape id="tb{nid()}" o:spt="202" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="#{fill}" strokecolor="#404040">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def header_footer(d, head, foot):
    s = d.sections[0]
    s.header.paragraphs[0].text = head
    s.header.paragraphs[0].runs[0].font.size = Pt(8)
    s.footer.paragraphs[0].text = foot
    s.footer.paragraphs[0].runs[0].font.size = Pt(8)


def comment(d, runs_, text, author="Revd Dr A. Linforth", initials="AL"):
    d.add_comment(runs_, text=text, author=author, initials=initials)


def words(d):
    n = 0
    for p in d.paragraphs:
        n += len(p.text.split())
    for t in d.tables:
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                n += len(c.text.split())
    return n
