"""Shared helpers for the nf-* build scripts (python-docx plus raw OOXML).

Tracked changes (w:ins / w:del runs, whole inserted or deleted paragraphs, a change inside a table cell),
Word comments (python-docx 1.2's add_comment), a footnotes part built by hand, VML text boxes, cell and
paragraph shading, merged cells, PAGE fields in footers.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor
from xml.sax.saxutils import escape

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def new_doc(font="Calibri", size=10.5, margins_cm=2.2):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(4)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return doc


def add_runs(p, parts):
    """parts: str or list of str / (text, fmt) where fmt is a string of flags: b i u s(mall caps) and 'gN' grey."""
    if isinstance(parts, str):
        parts = [parts]
    out = []
    for part in parts:
        if isinstance(part, str):
            text, fmt = part, ""
        else:
            text, fmt = part
        r = p.add_run(text)
        if "b" in fmt:
            r.bold = True
        if "i" in fmt:
            r.italic = True
        if "u" in fmt:
            r.underline = True
        if "c" in fmt:
            r.font.small_caps = True
        if "g" in fmt:
            r.font.color.rgb = RGBColor(0x76, 0x76, 0x76)
        if "S" in fmt:
            r.font.size = Pt(8.5)
        if "L" in fmt:
            r.font.size = Pt(14)
        if "X" in fmt:
            r.font.size = Pt(20)
        out.append(r)
    return out


def para(container, parts="", style=None, align=None, space_after=None, indent_cm=None, keep=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    add_runs(p, parts)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent_cm is not None:
        p.paragraph_format.left_indent = Cm(indent_cm)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def shade_para(p, fill="D9D9D9"):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def border_para(p, sides=("top", "bottom"), sz=8):
    pPr = p._p.get_or_add_pPr()
    inner = "".join('<w:%s w:val="single" w:sz="%d" w:space="1" w:color="000000"/>' % (s, sz) for s in sides)
    pPr.append(parse_xml('<w:pBdr %s>%s</w:pBdr>' % (nsdecls("w"), inner)))


def shade_cell(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def cell_text(cell, parts, fill=None, align=None, size=None):
    """Replace the cell's first paragraph with runs; extra paragraphs via '\\n\\n' are not used: pass lists."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    runs = add_runs(p, parts)
    if size:
        for r in runs:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade_cell(cell, fill)
    p.paragraph_format.space_after = Pt(2)
    return p


def cell_para(cell, parts, size=None):
    p = cell.add_paragraph()
    runs = add_runs(p, parts)
    if size:
        for r in runs:
            r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    return p


def table(doc, rows, cols, widths_cm=None, style="Table Grid", size=None):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = doc.styles[style]
    if widths_cm:
        for row in t.rows:
            for i, w in enumerate(widths_cm):
                row.cells[i].width = Cm(w)
    return t


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


# ---------------------------------------------------------------- tracked changes
def _rpr_xml(bold=False, italic=False, size=None):
    inner = ""
    if bold:
        inner += "<w:b/>"
    if italic:
        inner += "<w:i/>"
    if size:
        inner += '<w:sz w:val="%d"/>' % int(size * 2)
    return "<w:rPr>%s</w:rPr>" % inner if inner else ""


def add_ins(p, text, author, date, bold=False, italic=False, size=None):
    xml = ('<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
           % (W_NS, _next_id(), escape(author), date, _rpr_xml(bold, italic, size), escape(text)))
    el = parse_xml(xml)
    p._p.append(el)
    return el


def add_del(p, text, author, date, bold=False, italic=False, size=None):
    xml = ('<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
           % (W_NS, _next_id(), escape(author), date, _rpr_xml(bold, italic, size), escape(text)))
    el = parse_xml(xml)
    p._p.append(el)
    return el


def deleted_paragraph(container, text, author, date, style=None):
    """A whole paragraph deleted with tracked changes (its mark too)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:rPr %s><w:del w:id="%d" w:author="%s" w:date="%s"/></w:rPr>'
                         % (W_NS, _next_id(), escape(author), date)))
    add_del(p, text, author, date)
    return p


def inserted_paragraph(container, parts, author, date, style=None):
    """A whole paragraph inserted with tracked changes. parts: list of (text, fmt)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:rPr %s><w:ins w:id="%d" w:author="%s" w:date="%s"/></w:rPr>'
                         % (W_NS, _next_id(), escape(author), date)))
    if isinstance(parts, str):
        parts = [(parts, "")]
    for item in parts:
        text, fmt = (item, "") if isinstance(item, str) else item
        add_ins(p, text, author, date, bold="b" in fmt, italic="i" in fmt)
    return p


def enable_track_revisions_view(doc):
    settings = doc.settings.element
    settings.append(parse_xml('<w:trackRevisions %s/>' % nsdecls("w")))


# ---------------------------------------------------------------- footnotes
_FN = {}


def _footnotes_part(doc):
    key = id(doc)
    if key in _FN:
        return _FN[key]
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:footnotes %s xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
           '<w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
           '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           '</w:footnotes>') % W_NS
    state = {"notes": [], "next": 1}
    _FN[key] = state

    # the part is written at save time from state
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                b"", doc.part.package)
    state["part"] = part
    state["head"] = xml
    doc.part.relate_to(part, RT.FOOTNOTES)
    # footnotePr in settings so Word numbers them
    return state


def add_footnote(doc, p, text):
    st = _footnotes_part(doc)
    n = st["next"]
    st["next"] += 1
    st["notes"].append((n, text))
    p._p.append(parse_xml('<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>'
                          % (W_NS, n)))
    return n


def _finalise_footnotes(doc):
    st = _FN.get(id(doc))
    if not st:
        return
    body = ""
    for n, text in st["notes"]:
        body += ('<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                 '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
                 '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
                 % (n, escape(text)))
    xml = st["head"].replace("</w:footnotes>", body + "</w:footnotes>")
    st["part"]._blob = xml.encode("utf-8")


def save(doc, path):
    _finalise_footnotes(doc)
    doc.save(path)


# ---------------------------------------------------------------- text box (VML)
def add_textbox(p, paragraphs, width_pt=190, height_pt=200, left_pt=290, top_pt=0, fill="F2F2F2"):
    """Anchor a floating VML text box in paragraph p. paragraphs: list of list-of-(text, fmt)."""
    inner = ""
    for parts in paragraphs:
        if isinstance(parts, str):
            parts = [(parts, "")]
        runs = ""
        for item in parts:
            text, fmt = (item, "") if isinstance(item, str) else item
            runs += '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (_rpr_xml("b" in fmt, "i" in fmt, 9.5), escape(text))
        inner += '<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>%s</w:p>' % runs
    xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="TextBox%d" o:spid="_x0000_s%d" type="#_x0000_t202" '
           'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;z-index:251659264;'
           'mso-wrap-style:square;mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph" '
           'fillcolor="#%s" strokeweight="1pt"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox>'
           '<w10:wrap type="square" xmlns:w10="urn:schemas-microsoft-com:office:word"/></v:shape></w:pict></w:r>'
           % (W_NS, _next_id(), 1025 + _rev[0], left_pt, top_pt, width_pt, height_pt, fill, inner))
    p._p.append(parse_xml(xml))


# ---------------------------------------------------------------- header / footer
def page_field(p):
    p._p.append(parse_xml('<w:fldSimple %s w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>' % W_NS))


def header_footer(doc, header_parts, footer_parts, page=True):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    add_runs(hp, header_parts)
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    add_runs(fp, footer_parts)
    for r in fp.runs:
        r.font.size = Pt(8)
    if page:
        page_field(fp)
    return hp, fp


def bullet(container, parts, style="List Bullet"):
    return para(container, parts, style=style)


def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs=runs, text=text, author=author, initials=initials)
