"""Shared helpers for the lv-* build scripts: python-docx plus raw OOXML for
tracked changes, shading, VML text boxes, merged cells and grey prompts."""
import itertools
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm

_ids = itertools.count(900)
GREY = RGBColor(0x80, 0x80, 0x80)


def new_doc(font="Calibri", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def para(d, text="", style=None, bold=False, italic=False, color=None, size=None, align=None, shade=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, color=color, size=size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if shade:
        shade_par(p, shade)
    return p


def run(p, text, bold=False, italic=False, color=None, size=None):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if color is not None:
        r.font.color.rgb = color
    if size:
        r.font.size = Pt(size)
    return r


def prompt(d, text):
    """A grey italic prompt left in from the template: never an answer."""
    return para(d, text, italic=True, color=GREY)


def shade_par(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _r_xml(text, deleted=False, bold=False):
    tag = "w:delText" if deleted else "w:t"
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<w:r {nsdecls("w")}>{b}<{tag} xml:space="preserve">{text}</{tag}></w:r>'


def ins(p, text, author="Author", date="2008-10-20T10:00:00Z", bold=False):
    el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/>')
    el.append(parse_xml(_r_xml(text, bold=bold)))
    p._p.append(el)
    return el


def dele(p, text, author="Author", date="2008-10-20T10:00:00Z"):
    el = parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/>')
    el.append(parse_xml(_r_xml(text, deleted=True)))
    p._p.append(el)
    return el


def mark_par(p, kind, author, date):
    """Mark the paragraph mark itself as inserted or deleted (whole-paragraph change)."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/>'))


def deleted_paragraph(d, text, author, date, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    mark_par(p, "del", author, date)
    dele(p, text, author, date)
    return p


def inserted_paragraph(d, text, author, date, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    mark_par(p, "ins", author, date)
    ins(p, text, author, date)
    return p


def table(d, rows, widths=None, header_fill="D9D9D9", style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = "" if val is None else str(val)
            if i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
                if header_fill:
                    shade_cell(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def delete_row(t, idx, author, date):
    """Turn a table row into a tracked row deletion."""
    tr = t.rows[idx]._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/>'))
    for tc in tr.findall(qn("w:tc")):
        for p in tc.findall(qn("w:p")):
            for r in list(p.findall(qn("w:r"))):
                txt = "".join(x.text or "" for x in r.findall(qn("w:t")))
                p.remove(r)
                el = parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/>')
                el.append(parse_xml(_r_xml(txt, deleted=True)))
                p.append(el)


def text_box(d, lines, width_pt=430, height_pt=120, fill="FFF8DC"):
    """A floating VML text box anchored in its own paragraph."""
    p = d.add_paragraph()
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if i == 0 else ""}<w:t xml:space="preserve">'
        f'{l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")}</w:t></w:r></w:p>'
        for i, l in enumerate(lines))
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shape id="tb{next(_ids)}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" '
           f'fillcolor="#{fill}" strokeweight="1pt"><v:textbox><w:txbxContent>{inner}</w:txbxContent>'
           f'</v:textbox></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))
    return p


def header_footer(d, head, foot):
    s = d.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot
