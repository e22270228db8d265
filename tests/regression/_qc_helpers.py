"""Shared helpers for the qc-* build scripts: shading, merged cells, tracked changes (w:ins / w:del),
comments, footnotes, VML text boxes, PAGE fields, typed titles. Raw OOXML where python-docx has no API."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_document(font="Arial", size=10.5, landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return doc


def para(container, text="", style=None, bold=False, italic=False, size=None, color=None,
         align=None, space_after=None, keep=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold or None, italic or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def runs(p, parts):
    """parts: list of str or (str, dict(bold=, italic=, size=, color=))."""
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(p.add_run(part))
            continue
        text, fmt = part
        r = p.add_run(text)
        r.bold = fmt.get("bold")
        r.italic = fmt.get("italic")
        if fmt.get("size"):
            r.font.size = Pt(fmt["size"])
        if fmt.get("color"):
            r.font.color.rgb = RGBColor.from_string(fmt["color"])
        out.append(r)
    return out


def typed_title(container, text, size=12, color="1F3A5F", caps=True, shade_hex=None):
    """A section title typed as a bold Normal paragraph (no heading style)."""
    p = para(container, text.upper() if caps else text, bold=True, size=size, color=color, keep=True)
    p.paragraph_format.space_before = Pt(10)
    if shade_hex:
        shade_paragraph(p, shade_hex)
    return p


def shade_paragraph(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, align=None):
    """Replace a cell's text; text may hold '\n' for further paragraphs."""
    pieces = text.split("\n")
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    first = True
    for piece in pieces:
        if not first:
            p = cell.add_paragraph()
        first = False
        r = p.add_run(piece)
        r.bold, r.italic = bold or None, italic or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell


def table(doc, rows, cols, style="Table Grid", widths=None):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = doc.styles[style]
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def ins_run(p, text, author, date="2008-11-24T10:00:00Z", bold=False):
    """Append a tracked insertion to paragraph p (counts as part of the submission)."""
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    el = parse_xml(
        f'<w:ins xmlns:w="{W_NS}" w:id="{_next_id()}" w:author="{_esc(author)}" w:date="{date}">'
        f'<w:r>{b}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>')
    p._p.append(el)
    return el


def del_run(p, text, author, date="2008-11-24T10:00:00Z"):
    """Append a tracked deletion to paragraph p (not part of the submission)."""
    el = parse_xml(
        f'<w:del xmlns:w="{W_NS}" w:id="{_next_id()}" w:author="{_esc(author)}" w:date="{date}">'
        f'<w:r><w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>')
    p._p.append(el)
    return el


def deleted_paragraph(container, text, author, date="2008-11-24T10:00:00Z"):
    """A whole paragraph deleted as a tracked change (its mark deleted too)."""
    p = container.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = parse_xml(f'<w:rPr xmlns:w="{W_NS}"><w:del w:id="{_next_id()}" w:author="{_esc(author)}" '
                    f'w:date="{date}"/></w:rPr>')
    pPr.append(rPr)
    del_run(p, text, author, date)
    return p


def inserted_paragraph(container, text, author, date="2008-11-24T10:00:00Z"):
    p = container.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = parse_xml(f'<w:rPr xmlns:w="{W_NS}"><w:ins w:id="{_next_id()}" w:author="{_esc(author)}" '
                    f'w:date="{date}"/></w:rPr>')
    pPr.append(rPr)
    ins_run(p, text, author, date)
    return p


def comment(doc, run_or_runs, text, author, initials):
    return doc.add_comment(run_or_runs, text=text, author=author, initials=initials)


# ---------------------------------------------------------------- footnotes
_FOOT_XML = (
    f'<w:footnotes xmlns:w="{W_NS}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '</w:footnotes>')


def _footnotes_part(doc):
    part = getattr(doc, "_qc_foot", None)
    if part is None:
        part = XmlPart(PackURI("/word/footnotes.xml"),
                       "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                       parse_xml(_FOOT_XML), doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)
        doc._qc_foot = part
        doc._qc_foot_n = 0
    return part


def footnote(doc, p, text):
    """Add a footnote reference at the end of paragraph p, with text in footnotes.xml."""
    part = _footnotes_part(doc)
    doc._qc_foot_n += 1
    n = doc._qc_foot_n
    part.element.append(parse_xml(
        f'<w:footnote xmlns:w="{W_NS}" w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="17"/></w:rPr><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r></w:p>'
        f'</w:footnote>'))
    p._p.append(parse_xml(
        f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{n}"/></w:r>'))
    return n


# ---------------------------------------------------------------- text boxes
def text_box(container, paragraphs, width_pt=430, height_pt=120, fill="#FFF6D5", stroke="#8A6D1F",
             title=None):
    """An inline VML text box holding paragraphs (list of str; a str starting '**' is bold)."""
    sid = _next_id()
    inner = ""
    if title:
        inner += (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="20"/></w:rPr>'
                  f'<w:t xml:space="preserve">{_esc(title)}</w:t></w:r></w:p>')
    for t in paragraphs:
        b = ""
        if t.startswith("**"):
            t, b = t[2:], "<w:b/>"
        inner += (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr>{b}<w:sz w:val="19"/></w:rPr>'
                  f'<w:t xml:space="preserve">{_esc(t)}</w:t></w:r></w:p>')
    xml = (
        f'<w:r xmlns:w="{W_NS}" xmlns:v="{V_NS}" xmlns:o="{O_NS}"><w:pict>'
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="TextBox{sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202" '
        f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" '
        f'fillcolor="{fill}" strokecolor="{stroke}" strokeweight="1pt">'
        f'<v:textbox style="mso-fit-shape-to-text:t" inset="6pt,4pt,6pt,4pt"><w:txbxContent>{inner}'
        f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = container.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


# ---------------------------------------------------------------- header / footer
def page_field(p):
    for kind, extra in (("begin", ""), (None, " PAGE "), ("separate", ""), (None, "1"), ("end", "")):
        if kind:
            p._p.append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="{kind}"/></w:r>'))
        elif extra == " PAGE ":
            p._p.append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'))
        else:
            p._p.append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:t>{extra}</w:t></w:r>'))


def header_footer(doc, header_text, footer_text, size=8):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run(header_text)
    r.font.size = Pt(size)
    r.italic = True
    fp = sec.footer.paragraphs[0]
    r = fp.add_run(footer_text + "   Page ")
    r.font.size = Pt(size)
    page_field(fp)


def set_col_widths(t, widths_cm):
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def core_props(doc, title, author, subject="National Award for SEN Coordination"):
    cp = doc.core_properties
    cp.title, cp.author, cp.subject = title, author, subject
    cp.last_modified_by = author
