"""Shared helpers for the ju-* build scripts: runs, tables with merged and shaded
cells, tracked changes (w:ins / w:del), VML text boxes, headers and footers."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm

RED = RGBColor(0xB0, 0x10, 0x10)
GREY = RGBColor(0x70, 0x70, 0x70)
DATE = "2008-09-02T10:15:00Z"


def new_doc(font="Garamond", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def para(d, *runs, align=None, space_after=4, style=None):
    """runs: str or (text, dict(b=, i=, color=, size=, caps=))"""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for r in runs:
        if isinstance(r, str):
            p.add_run(r)
        else:
            t, f = r
            run = p.add_run(t)
            run.bold = f.get("b")
            run.italic = f.get("i")
            if f.get("color") is not None:
                run.font.color.rgb = f["color"]
            if f.get("size"):
                run.font.size = Pt(f["size"])
            if f.get("caps"):
                run.font.small_caps = True
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space_after)
    return p


def rubric(d, text):
    return para(d, (text, dict(i=True, color=RED, size=10)))


def title(d, text, size=13, align=None):
    return para(d, (text, dict(b=True, size=size)), align=align, space_after=6)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill))
    tcPr.append(shd)


def table(d, rows, widths=None, header_fill="D9D9D9", bold_header=True, size=9.5):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            lines = val.split("\n") if val else [""]
            for k, line in enumerate(lines):
                if k:
                    p = c.add_paragraph()
                run = p.add_run(line)
                run.font.size = Pt(size)
                if i == 0 and bold_header:
                    run.bold = True
            if i == 0 and header_fill:
                shade(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    d.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def merge_row(t, i, text=None, fill=None, bold=True):
    """Merge a whole row into one cell (horizontal merge)."""
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    if text is not None:
        a.text = ""
        r = a.paragraphs[0].add_run(text)
        r.bold = bold
        r.font.size = Pt(9.5)
    if fill:
        shade(a, fill)
    return a


def vmerge(t, col, r0, r1):
    top = t.cell(r0, col)
    keep = top.text
    m = top.merge(t.cell(r1, col))
    # merge concatenates text; keep only the first
    for p in m.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    m.paragraphs[0].text = ""
    r = m.paragraphs[0].add_run(keep)
    r.font.size = Pt(9.5)
    return m


def _run_xml(text, deleted=False, italic=False):
    tag = "w:delText" if deleted else "w:t"
    rpr = "<w:rPr><w:i/></w:rPr>" if italic else ""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return '<w:r>%s<%s xml:space="preserve">%s</%s></w:r>' % (rpr, tag, text, tag)


_rev = [100]


def _rid():
    _rev[0] += 1
    return _rev[0]


def tracked(p, pieces, author="J. Fairhurst"):
    """Append to paragraph p a sequence of pieces: str (plain), ('ins', text), ('del', text)."""
    for pc in pieces:
        if isinstance(pc, str):
            p._p.append(parse_xml('<w:r %s><w:t xml:space="preserve">%s</w:t></w:r>' % (
                nsdecls("w"), pc.replace("&", "&amp;"))))
        else:
            kind, text = pc
            if kind == "ins":
                x = '<w:ins %s w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (
                    nsdecls("w"), _rid(), author, DATE, _run_xml(text))
            else:
                x = '<w:del %s w:id="%d" w:author="%s" w:date="%s">%s</w:del>' % (
                    nsdecls("w"), _rid(), author, DATE, _run_xml(text, deleted=True))
            p._p.append(parse_xml(x))
    return p


def deleted_paragraph(d, text, author="J. Fairhurst"):
    """A whole paragraph deleted as a tracked change (text and paragraph mark)."""
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rpr = parse_xml('<w:rPr %s><w:del w:id="%d" w:author="%s" w:date="%s"/></w:rPr>' % (
        nsdecls("w"), _rid(), author, DATE))
    pPr.append(rpr)
    tracked(p, [("del", text)], author)
    return p


def inserted_paragraph(d, text, author="J. Fairhurst"):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rpr = parse_xml('<w:rPr %s><w:ins w:id="%d" w:author="%s" w:date="%s"/></w:rPr>' % (
        nsdecls("w"), _rid(), author, DATE))
    pPr.append(rpr)
    tracked(p, [("ins", text)], author)
    return p


def text_box(d, paragraphs, width_pt=430, height_pt=150, fill="#F2F2F2"):
    """A VML text box anchored inline in its own paragraph. paragraphs: list of (text, bold)."""
    inner = ""
    for text, bold in paragraphs:
        b = "<w:b/>" if bold else ""
        t = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        inner += ('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr>%s<w:sz w:val="19"/></w:rPr>'
                  '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (b, t))
    xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pict><v:shape id="tb%d" type="#_x0000_t202" style="width:%dpt;height:%dpt" fillcolor="%s" strokecolor="#7F7F7F">'
           '<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
           % (nsdecls("w"), _rid(), width_pt, height_pt, fill, inner))
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def header_footer(d, header, footer):
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    hp.text = header
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.italic = True
    fp = s.footer.paragraphs[0]
    fp.text = footer
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs:
        r.font.size = Pt(8)


def comment(d, paragraph, text, author="Canon Chancellor", initials="CC"):
    runs = paragraph.runs
    d.add_comment(runs, text=text, author=author, initials=initials)


def page_break(d):
    from docx.enum.text import WD_BREAK
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
