"""Shared python-docx / raw OOXML helpers for the my-* build scripts.

Tracked changes (w:ins / w:del, whole paragraphs and table rows), footnotes (a footnotes part built by hand),
VML text boxes, cell shading and widths, a PAGE field in footers, and a thin wrapper over python-docx comments.
"""
import copy
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ids = {"n": 900}


def _next_id():
    _ids["n"] += 1
    return str(_ids["n"])


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _rpr(bold=False, italic=False, size=None, color=None, caps=False):
    x = ""
    if bold:
        x += "<w:b/>"
    if italic:
        x += "<w:i/>"
    if caps:
        x += "<w:caps/>"
    if color:
        x += f'<w:color w:val="{color}"/>'
    if size:
        x += f'<w:sz w:val="{int(size * 2)}"/>'
    return f"<w:rPr>{x}</w:rPr>" if x else ""


def run(p, text, bold=False, italic=False, size=None, color=None, caps=False):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    return r


def para(doc_or_cell, text="", style=None, bold=False, italic=False, size=None, color=None, align=None,
         space_after=None, caps=False):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color, caps=caps)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def rich(doc_or_cell, parts, style=None, size=None):
    """parts: list of (text, fmt) where fmt is a string containing b/i."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    for text, fmt in parts:
        run(p, text, bold="b" in fmt, italic="i" in fmt, size=size)
    return p


def ins(p, text, author, date, bold=False, italic=False, size=None):
    """Append a tracked insertion to paragraph p."""
    xml = (f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
           f'<w:r>{_rpr(bold, italic, size)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(xml))


def dele(p, text, author, date, bold=False, italic=False, size=None):
    """Append a tracked deletion to paragraph p."""
    xml = (f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
           f'<w:r>{_rpr(bold, italic, size)}<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(xml))


def _mark_para(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>'))


def deleted_paragraph(container, text, author, date, style=None, bold=False, italic=False, size=None):
    """A whole paragraph removed with tracking on: its text is only in w:delText."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    dele(p, text, author, date, bold, italic, size)
    _mark_para(p, "del", author, date)
    return p


def inserted_paragraph(container, text, author, date, style=None, bold=False, italic=False, size=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    ins(p, text, author, date, bold, italic, size)
    _mark_para(p, "ins", author, date)
    return p


def delete_row(row, author, date):
    """Mark a table row as a tracked deletion; its runs become w:del/w:delText."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>'))
    for p in tr.iter(qn("w:p")):
        runs = [r for r in p if r.tag == qn("w:r")]
        if not runs:
            continue
        d = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>')
        runs[0].addprevious(d)
        for r in runs:
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")
            d.append(r)
        pPr = p.find(qn("w:pPr"))
        if pPr is None:
            pPr = parse_xml(f"<w:pPr {nsdecls('w')}/>")
            p.insert(0, pPr)
        rPr = pPr.find(qn("w:rPr"))
        if rPr is None:
            rPr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
            pPr.append(rPr)
        rPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>'))


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, fill=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if line:
            run(p, line, bold=bold, italic=italic, size=size, color=color)
    if fill:
        shade(cell, fill)
    return cell


def table(doc, rows, widths=None, header_fill=None, size=9, style="Table Grid", bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v is None:
                continue
            cell_text(t.cell(i, j), v, bold=(bold_header and i == 0), size=size,
                      fill=(header_fill if i == 0 and header_fill else None))
    if widths:
        from docx.shared import Cm
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def page_field(p, size=8):
    for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None), ("t", "1"), ("end", None)):
        if kind == "instr":
            x = f'<w:r {nsdecls("w")}>{_rpr(size=size)}<w:instrText xml:space="preserve">{text}</w:instrText></w:r>'
        elif kind == "t":
            x = f'<w:r {nsdecls("w")}>{_rpr(size=size)}<w:t>{text}</w:t></w:r>'
        else:
            x = f'<w:r {nsdecls("w")}>{_rpr(size=size)}<w:fldChar w:fldCharType="{kind}"/></w:r>'
        p._p.append(parse_xml(x))


def textbox(container, paras, width_pt=400, height_pt=150, fill="F2F2F2", stroke="404040"):
    """A floating VML text box anchored in a new paragraph. paras: list of (text, bold, italic)."""
    p = container.add_paragraph()
    inner = ""
    for text, bold, italic in paras:
        inner += (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>{_rpr(bold, italic, 9)}'
                  f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>')
    ns = (f'{nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          f'xmlns:w10="urn:schemas-microsoft-com:office:word"')
    xml = (f'<w:r {ns}><w:pict>'
           f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="TextBox{_next_id()}" o:spid="_x0000_s{_next_id()}" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:20pt;margin-top:4pt;width:{width_pt}pt;height:{height_pt}pt;'
           f'z-index:251659264;mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
           f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1pt">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           f'<w10:wrap type="topAndBottom"/></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))
    return p


class Footnotes:
    """Builds word/footnotes.xml by hand; call attach(doc) once before saving."""

    def __init__(self):
        self.notes = []

    def add(self, p, text, size=9):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))
        return fid

    def attach(self, doc):
        body = ""
        for fid, text in self.notes:
            body += (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                     f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r>'
                     f'</w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {nsdecls("w", "r")}>'
               f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
               f'</w:p></w:footnote>{body}</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)


def comment(doc, runs, text, author, initials):
    if not isinstance(runs, (list, tuple)):
        runs = [runs]
    return doc.add_comment(runs, text=text, author=author, initials=initials)


def set_margins(doc, cm=2.0):
    from docx.shared import Cm
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(cm)
        s.top_margin = s.bottom_margin = Cm(cm)


def base_font(doc, name="Calibri", size=10.5):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(a), name)
