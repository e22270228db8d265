"""Shared python-docx helpers for the nw-* blind documents (raw OOXML where python-docx has no API:
tracked insertions and deletions, footnotes, VML text boxes, shading, PAGE fields, landscape sections)."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from xml.sax.saxutils import escape

_ids = [500]


def _nid():
    _ids[0] += 1
    return _ids[0]


def _rpr_xml(bold=False, italic=False, size=None, caps=False, smallcaps=False, color=None, font=None):
    x = ""
    if font:
        x += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>'
    if bold:
        x += "<w:b/>"
    if italic:
        x += "<w:i/>"
    if caps:
        x += "<w:caps/>"
    if smallcaps:
        x += "<w:smallCaps/>"
    if color:
        x += f'<w:color w:val="{color}"/>'
    if size:
        x += f'<w:sz w:val="{int(size * 2)}"/>'
    return f"<w:rPr>{x}</w:rPr>" if x else ""


def run(p, text, bold=False, italic=False, size=None, caps=False, smallcaps=False, color=None, font=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if caps:
        r.font.all_caps = True
    if smallcaps:
        r.font.small_caps = True
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    return r


def para(container, text="", style=None, bold=False, italic=False, size=None, align=None, after=None,
         before=None, indent=None, caps=False, keep=False):
    """Add a paragraph. `text` may be a string or a list of (text, fmt) pairs, fmt a string of b/i/c
    (bold, italic, caps)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if isinstance(text, str):
        if text:
            run(p, text, bold=bold, italic=italic, size=size, caps=caps)
    else:
        for t, fmt in text:
            run(p, t, bold=bold or "b" in fmt, italic=italic or "i" in fmt, size=size, caps=caps or "c" in fmt)
    pf = p.paragraph_format
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if keep:
        pf.keep_with_next = True
    return p


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def border_para(p, sz=8):
    pPr = p._p.get_or_add_pPr()
    b = "".join(f'<w:{s} w:val="single" w:sz="{sz}" w:space="4" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right"))
    pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}>{b}</w:pBdr>'))


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, fill=None, align=None):
    """Write text into a cell (replacing its first empty paragraph); text may hold '\n' for new
    paragraphs or be a list of (text, fmt) pairs."""
    first = cell.paragraphs[0]
    chunks = text.split("\n") if isinstance(text, str) else [text]
    for i, ch in enumerate(chunks):
        p = first if i == 0 else cell.add_paragraph()
        if isinstance(ch, str):
            if ch:
                run(p, ch, bold=bold, italic=italic, size=size)
        else:
            for t, fmt in ch:
                run(p, t, bold=bold or "b" in fmt, italic=italic or "i" in fmt, size=size)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(2)
    if fill:
        shade_cell(cell, fill)
    return cell


def table(doc, rows, cols, style="Table Grid", widths=None):
    t = doc.add_table(rows=rows, cols=cols)
    if style:
        t.style = style
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def _rev_attrs(author, date):
    return f'w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}"'


def ins_run(p, text, author, date, bold=False, italic=False):
    """Append a tracked insertion (a run inside <w:ins>) to paragraph p."""
    x = (f'<w:ins {nsdecls("w")} {_rev_attrs(author, date)}><w:r>{_rpr_xml(bold, italic)}'
         f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    el = parse_xml(x)
    p._p.append(el)
    return el


def del_run(p, text, author, date, bold=False, italic=False):
    """Append a tracked deletion (a run of w:delText inside <w:del>) to paragraph p."""
    x = (f'<w:del {nsdecls("w")} {_rev_attrs(author, date)}><w:r>{_rpr_xml(bold, italic)}'
         f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    el = parse_xml(x)
    p._p.append(el)
    return el


def _mark_para(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} {_rev_attrs(author, date)}/>'))


def ins_para(container, text, author, date, style=None, bold_lead=None):
    """A whole paragraph inserted with tracked changes on (its mark too)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    _mark_para(p, "ins", author, date)
    if bold_lead:
        ins_run(p, bold_lead, author, date, bold=True)
    ins_run(p, text, author, date)
    return p


def del_para(container, text, author, date, style=None, bold_lead=None):
    """A whole paragraph deleted with tracked changes on (its mark too)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    _mark_para(p, "del", author, date)
    if bold_lead:
        del_run(p, bold_lead, author, date, bold=True)
    del_run(p, text, author, date)
    return p


class Footnotes:
    """Collects footnotes; call attach(doc) once, before saving."""

    def __init__(self):
        self.notes = []

    def add(self, p, text):
        n = len(self.notes) + 1
        self.notes.append(text)
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{n}"/></w:r>'))
        return n

    def attach(self, doc):
        body = "".join(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>'
            for i, t in enumerate(self.notes, 1))
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {nsdecls("w")}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
               f'</w:r></w:p></w:footnote>{body}</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)


def text_box(container, paras, width_pt=430, fill="F2F2F2", stroke="404040", align_center=True):
    """A floating VML text box anchored in a new paragraph. `paras` is a list of strings or
    (text, fmt) lists; fmt as in para()."""
    inner = ""
    for pp in paras:
        segs = [(pp, "")] if isinstance(pp, str) else pp
        runs = "".join(
            f'<w:r>{_rpr_xml(bold="b" in f, italic="i" in f, size=10)}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>'
            for t, f in segs)
        inner += f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{runs}</w:p>'
    pos = "mso-position-horizontal:center;" if align_center else ""
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word"><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" '
           f'o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
           f'<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="nwbox{_nid()}" type="#_x0000_t202" style="position:absolute;margin-left:0;'
           f'margin-top:0;width:{width_pt}pt;height:40pt;z-index:1;{pos}mso-wrap-style:square" '
           f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1pt">'
           f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           f'<w10:wrap type="topAndBottom"/></v:shape></w:pict></w:r>')
    p = container.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def page_field(p, prefix="", size=8):
    if prefix:
        run(p, prefix, size=size)
    p._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="{size * 2}"/></w:rPr>'
        f'<w:t>1</w:t></w:r></w:fldSimple>'))


def header_footer(section, header_text, footer_text, size=8):
    h = section.header.paragraphs[0]
    run(h, header_text, italic=True, size=size)
    h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    f = section.footer.paragraphs[0]
    page_field(f, footer_text + "  ·  page ", size=size)
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER


def landscape(doc):
    s = doc.add_section()
    s.orientation = WD_ORIENT.LANDSCAPE
    w, h = s.page_width, s.page_height
    if w < h:
        s.page_width, s.page_height = h, w
    return s


def portrait(doc):
    s = doc.add_section()
    s.orientation = WD_ORIENT.PORTRAIT
    w, h = s.page_width, s.page_height
    if w > h:
        s.page_width, s.page_height = h, w
    return s


def base_document(font="Georgia", size=10.5, margins_cm=2.2):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(5)
    for s in doc.sections:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return doc


def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)
