"""Shared OOXML helpers for the pe-* build scripts (python-docx plus raw XML where python-docx has no API:
tracked insertions and deletions, deleted table rows, VML text boxes, footnotes, shading, fields)."""
import copy
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def run(p, text, bold=False, italic=False, size=None, font=None, color=None, caps=False, underline=False):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
        rpr = r._r.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        rf.set(qn("w:eastAsia"), font)
        rf.set(qn("w:hAnsi"), font)
        rf.set(qn("w:cs"), font)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if underline:
        r.underline = True
    return r


def para(container, text="", style=None, bold=False, italic=False, size=None, align=None, font=None,
         space_after=None, space_before=None, indent=None, color=None, keep=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, font=font, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf = p.paragraph_format
    if space_after is not None:
        pf.space_after = Pt(space_after)
    if space_before is not None:
        pf.space_before = Pt(space_before)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if keep:
        pf.keep_with_next = True
    return p


def segs(p, parts, size=None, font=None):
    """parts: list of str or (text, 'b'/'i'/'bi'/'u')."""
    for x in parts:
        if isinstance(x, str):
            run(p, x, size=size, font=font)
        else:
            t, f = x
            run(p, t, bold="b" in f, italic="i" in f, underline="u" in f, size=size, font=font)
    return p


def _rpr_xml(bold=False, italic=False, size=None):
    s = ""
    if bold:
        s += "<w:b/>"
    if italic:
        s += "<w:i/>"
    if size:
        s += f'<w:sz w:val="{int(size * 2)}"/>'
    return f"<w:rPr>{s}</w:rPr>" if s else ""


def ins(p, text, author, date, bold=False, italic=False, size=None):
    """Append a tracked insertion to paragraph p."""
    x = (f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r>{_rpr_xml(bold, italic, size)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    el = parse_xml(x)
    p._p.append(el)
    return el


def dele(p, text, author, date, bold=False, italic=False, size=None):
    """Append a tracked deletion to paragraph p."""
    x = (f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r>{_rpr_xml(bold, italic, size)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    el = parse_xml(x)
    p._p.append(el)
    return el


def mark_para_deleted(p, author, date):
    """Mark the paragraph mark as deleted (use with a paragraph whose content is all dele())."""
    pPr = p._p.get_or_add_pPr()
    rpr = pPr.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        pPr.append(rpr)
    rpr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))


def deleted_para(container, text, author, date, style=None, bold=False, italic=False, size=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    dele(p, text, author, date, bold=bold, italic=italic, size=size)
    mark_para_deleted(p, author, date)
    return p


def mark_para_inserted(p, author, date):
    pPr = p._p.get_or_add_pPr()
    rpr = pPr.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        pPr.append(rpr)
    rpr.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))


def inserted_para(container, text, author, date, style=None, bold=False, size=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    ins(p, text, author, date, bold=bold, size=size)
    mark_para_inserted(p, author, date)
    return p


def delete_row(row, author, date):
    """Turn every run in a table row into deleted text and mark the row deleted."""
    tr = row._tr
    trPr = tr.find(qn("w:trPr"))
    if trPr is None:
        trPr = parse_xml(f"<w:trPr {nsdecls('w')}/>")
        tr.insert(0, trPr) if tr.find(qn("w:tblPrEx")) is None else tr.insert(1, trPr)
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))
    for r in list(tr.iter(qn("w:r"))):
        for t in r.findall(qn("w:t")):
            dt = parse_xml(f'<w:delText {nsdecls("w")} xml:space="preserve">{escape(t.text or "")}</w:delText>')
            t.addprevious(dt)
            r.remove(t)
        parent = r.getparent()
        d = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>')
        r.addprevious(d)
        d.append(r)
    for p in tr.iter(qn("w:p")):
        pPr = p.find(qn("w:pPr"))
        if pPr is None:
            pPr = parse_xml(f"<w:pPr {nsdecls('w')}/>")
            p.insert(0, pPr)
        rpr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        rpr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))
        pPr.append(rpr)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def border_para(p, sz=6):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="{sz}" w:space="1" w:color="auto"/>'
        f'<w:left w:val="single" w:sz="{sz}" w:space="4" w:color="auto"/>'
        f'<w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="auto"/>'
        f'<w:right w:val="single" w:sz="{sz}" w:space="4" w:color="auto"/></w:pBdr>'))


def cell_text(cell, text, bold=False, italic=False, size=None, fill=None, align=None, font=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if isinstance(text, str) else None
    if lines is None:
        segs(p, text, size=size, font=font)
    else:
        for i, line in enumerate(lines):
            if i:
                p = cell.add_paragraph()
            run(p, line, bold=bold, italic=italic, size=size, font=font)
            if align == "center":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "center":
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade(cell, fill)
    return cell


def table(doc, rows, widths=None, style="Table Grid", header_fill=None, size=9, bold_header=True, font=None):
    """rows: list of lists of cell texts (str or segs list). Returns the table."""
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v is None:
                continue
            cell_text(t.cell(i, j), v, bold=(i == 0 and bold_header), size=size,
                      fill=(header_fill if i == 0 else None), font=font)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def textbox(p, paragraphs, width_pt=420, height_pt=120, fill="F2F2F2", size=9):
    """Anchor a VML text box in paragraph p. paragraphs: list of (text, bold) tuples or str."""
    inner = ""
    for x in paragraphs:
        t, b = (x, False) if isinstance(x, str) else x
        inner += (f'<w:p><w:r>{_rpr_xml(bold=b, size=size)}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>')
    sid = _next_id()
    x = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         f'xmlns:w10="urn:schemas-microsoft-com:office:word"><w:pict>'
         f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
         f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
         f'<v:shape id="TextBox{sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202" '
         f'style="position:absolute;margin-left:0;margin-top:0;width:{width_pt}pt;height:{height_pt}pt;z-index:{sid};'
         f'mso-position-horizontal:center;mso-wrap-style:square" fillcolor="#{fill}" strokecolor="#404040">'
         f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
         f'<w10:wrap type="topAndBottom"/></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(x))
    return p


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, p, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))

    def finish(self):
        if not self.notes:
            return
        body = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for fid, text in self.notes:
            body += (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                     f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               f'<w:footnotes xmlns:w="{W_NS}">{body}</w:footnotes>').encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def page_field(p, size=8):
    p._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="{size*2}"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'))


def header_footer(section, header_text, footer_text, size=8):
    hp = section.header.paragraphs[0]
    run(hp, header_text, size=size, italic=True)
    fp = section.footer.paragraphs[0]
    run(fp, footer_text, size=size)
    run(fp, "   Page ", size=size)
    page_field(fp, size)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)


def a4(doc, margins_cm=2.2):
    for s in doc.sections:
        s.page_width = Cm(21.0)
        s.page_height = Cm(29.7)
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(2.0)


def base_font(doc, name="Arial", size=10):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
