"""Shared python-docx helpers for the px-* build scripts (a magicians' society's two applications).

Raw OOXML where python-docx has no API: tracked changes (w:ins / w:del, whole inserted or deleted
paragraphs), footnotes (a footnotes part built here), VML text boxes, cell shading, vertical merges,
paragraph shading and borders, PAGE fields.
"""
import copy
import re

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_ids = {"rev": 900, "fn": 0}
_footnotes = []


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_document(font="Calibri", size=10.5, margins_cm=2.2):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(5)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(margins_cm)
    _ids["rev"] = 900
    _ids["fn"] = 0
    _ids["tb"] = 0
    _footnotes.clear()
    return doc


_TOKEN = re.compile(r"(\*\*.+?\*\*|__.+?__)")


def add_runs(p, text, bold=None, italic=None, size=None, color=None, font=None):
    """Add text to paragraph p. **x** is bold, __x__ is italic. Returns the runs."""
    runs = []
    for piece in _TOKEN.split(text):
        if not piece:
            continue
        b, i = bold, italic
        if piece.startswith("**") and piece.endswith("**"):
            piece, b = piece[2:-2], True
        elif piece.startswith("__") and piece.endswith("__"):
            piece, i = piece[2:-2], True
        r = p.add_run(piece)
        if b is not None:
            r.bold = b
        if i is not None:
            r.italic = i
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
        runs.append(r)
    return runs


def para(container, text="", style=None, bold=None, italic=None, size=None, color=None, align=None,
         space_after=None, space_before=None, shade=None, indent_cm=None, keep=False, font=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, italic=italic, size=size, color=color, font=font)
    pf = p.paragraph_format
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        pf.space_after = Pt(space_after)
    if space_before is not None:
        pf.space_before = Pt(space_before)
    if indent_cm is not None:
        pf.left_indent = Cm(indent_cm)
    if keep:
        pf.keep_with_next = True
    if shade:
        shade_paragraph(p, shade)
    return p


_PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
              "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
              "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
              "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
              "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
              "sectPr", "pPrChange"]


def _insert_ppr(ppr, el):
    """Insert el into pPr in schema order."""
    name = el.tag.split("}")[1]
    idx = _PPR_ORDER.index(name)
    for child in ppr:
        cname = child.tag.split("}")[1]
        if cname in _PPR_ORDER and _PPR_ORDER.index(cname) > idx:
            child.addprevious(el)
            return el
    ppr.append(el)
    return el


def shade_paragraph(p, fill):
    ppr = p._p.get_or_add_pPr()
    _insert_ppr(ppr, parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def border_paragraph(p, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    sides = "".join(f'<w:{s} w:val="single" w:sz="{sz}" w:space="4" w:color="{color}"/>'
                    for s in ("top", "left", "bottom", "right"))
    _insert_ppr(ppr, parse_xml(f'<w:pBdr {nsdecls("w")}>{sides}</w:pBdr>'))


def page_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- tracked changes
def _rev_attrs(author, date):
    _ids["rev"] += 1
    return f'w:id="{_ids["rev"]}" w:author="{xml_escape(author)}" w:date="{date}"'


def _rpr_xml(bold=False, italic=False):
    inner = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    return f"<w:rPr>{inner}</w:rPr>" if inner else ""


def ins_run(p, text, author, date, bold=False, italic=False):
    el = parse_xml(f'<w:ins {nsdecls("w")} {_rev_attrs(author, date)}><w:r>{_rpr_xml(bold, italic)}'
                   f'<w:t xml:space="preserve">{xml_escape(text)}</w:t></w:r></w:ins>')
    p._p.append(el)
    return el


def del_run(p, text, author, date, bold=False, italic=False):
    el = parse_xml(f'<w:del {nsdecls("w")} {_rev_attrs(author, date)}><w:r>{_rpr_xml(bold, italic)}'
                   f'<w:delText xml:space="preserve">{xml_escape(text)}</w:delText></w:r></w:del>')
    p._p.append(el)
    return el


def _mark_paragraph(p, kind, author, date):
    ppr = p._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = _insert_ppr(ppr, parse_xml(f'<w:rPr {nsdecls("w")}/>'))
    rpr.append(parse_xml(f'<w:{kind} {nsdecls("w")} {_rev_attrs(author, date)}/>'))


def inserted_paragraph(container, text, author, date, style=None, italic=False, bold=False):
    """A whole paragraph added with track changes on (it IS part of the submission)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    _mark_paragraph(p, "ins", author, date)
    ins_run(p, text, author, date, bold=bold, italic=italic)
    return p


def deleted_paragraph(container, text, author, date, style=None, italic=False, bold=False):
    """A whole paragraph deleted with track changes on (NOT part of the submission)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    _mark_paragraph(p, "del", author, date)
    del_run(p, text, author, date, bold=bold, italic=italic)
    return p


# ---------------------------------------------------------------- comments
def comment(doc, runs, text, author, initials):
    if not isinstance(runs, (list, tuple)):
        runs = [runs]
    return doc.add_comment(runs, text=text, author=author, initials=initials)


# ---------------------------------------------------------------- footnotes
def footnote(p, text):
    """Append a footnote reference to paragraph p; the note text goes into word/footnotes.xml."""
    _ids["fn"] += 1
    n = _ids["fn"]
    _footnotes.append((n, text))
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{n}"/></w:r>'))
    return n


def finish_footnotes(doc):
    if not _footnotes:
        return
    body = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for n, text in _footnotes:
        body.append(
            f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:sz w:val="16"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {xml_escape(text)}</w:t></w:r>'
            f'</w:p></w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:footnotes xmlns:w="{W_NS}" '
           f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           + "".join(body) + "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    # settings: footnote properties are optional; Word accepts the part without them.


# ---------------------------------------------------------------- text boxes (VML)
def textbox(container, paragraphs, width_pt=440, height_pt=120, fill="FFFFFF", stroke="000000",
            anchor_text=""):
    """An inline VML text box holding `paragraphs` (a list of (text, dict(bold=, italic=, size=, align=)))."""
    inner = []
    for item in paragraphs:
        if isinstance(item, str):
            text, fmt = item, {}
        else:
            text, fmt = item
        rpr = ""
        if fmt.get("bold"):
            rpr += "<w:b/>"
        if fmt.get("italic"):
            rpr += "<w:i/>"
        if fmt.get("size"):
            rpr += f'<w:sz w:val="{int(fmt["size"] * 2)}"/>'
        jc = f'<w:jc w:val="{fmt["align"]}"/>' if fmt.get("align") else ""
        inner.append(f'<w:p><w:pPr><w:spacing w:after="60"/>{jc}</w:pPr><w:r><w:rPr>{rpr}</w:rPr>'
                     f'<w:t xml:space="preserve">{xml_escape(text)}</w:t></w:r></w:p>')
    p = container.add_paragraph()
    if anchor_text:
        p.add_run(anchor_text)
    _ids["rev"] += 1
    shapetype = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                 'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
                 '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>') if not _ids.get("tb") else ""
    _ids["tb"] = 1
    pict = parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        f'{shapetype}'
        f'<v:shape id="TextBox{_ids["rev"]}" o:spid="_x0000_s{_ids["rev"]}" type="#_x0000_t202" '
        f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" fillcolor="#{fill}" '
        f'strokecolor="#{stroke}" strokeweight="1pt">'
        f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{"".join(inner)}</w:txbxContent></v:textbox>'
        f'</v:shape></w:pict></w:r>')
    p._p.append(pict)
    return p


# ---------------------------------------------------------------- tables
def shade_cell(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    for old in tcpr.findall(qn("w:shd")):
        tcpr.remove(old)
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=None, italic=None, size=None, align=None, fill=None, color=None):
    """Replace a cell's text (first paragraph) with marked-up text; extra lines split on \n."""
    lines = text.split("\n")
    p0 = cell.paragraphs[0]
    for r in list(p0.runs):
        r._r.getparent().remove(r._r)
    add_runs(p0, lines[0], bold=bold, italic=italic, size=size, color=color)
    p0.paragraph_format.space_after = Pt(2)
    if align == "center":
        p0.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for ln in lines[1:]:
        p = cell.add_paragraph()
        add_runs(p, ln, bold=bold, italic=italic, size=size, color=color)
        p.paragraph_format.space_after = Pt(2)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade_cell(cell, fill)
    return p0


def table(container, rows, widths_cm=None, header_fill=None, size=None, style="Table Grid", bold_header=True):
    """rows: list of lists of strings. Returns the table."""
    ncols = max(len(r) for r in rows)
    t = container.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    for i, r in enumerate(rows):
        for j in range(ncols):
            txt = r[j] if j < len(r) else ""
            cell_text(t.cell(i, j), txt, bold=(True if (i == 0 and bold_header and header_fill) else None),
                      size=size, fill=(header_fill if i == 0 and header_fill else None))
    if widths_cm:
        set_widths(t, widths_cm)
    return t


def set_widths(t, widths_cm):
    t.autofit = False
    for row in t.rows:
        for j, w in enumerate(widths_cm):
            if j < len(row.cells):
                row.cells[j].width = Cm(w)


def merge_row(t, i, text, fill=None, bold=True, size=None, italic=None):
    """Merge the whole row i into one cell holding text."""
    a = t.cell(i, 0)
    b = t.cell(i, len(t.columns) - 1)
    m = a.merge(b)
    for p in m.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    cell_text(m, text, bold=bold, size=size, fill=fill, italic=italic)
    return m


def set_cell_tracked(cell, old, new, author, date, size=None):
    """Cell whose text was changed with track changes on: `old` deleted, `new` inserted."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    if old:
        el = del_run(p, old, author, date)
        if size:
            _size_rev(el, size)
    if new:
        el = ins_run(p, new, author, date)
        if size:
            _size_rev(el, size)


def _size_rev(el, size):
    for r in el.iter(qn("w:r")):
        rpr = r.find(qn("w:rPr"))
        if rpr is None:
            rpr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
            r.insert(0, rpr)
        rpr.append(parse_xml(f'<w:sz {nsdecls("w")} w:val="{int(size * 2)}"/>'))


# ---------------------------------------------------------------- headers / footers / fields
def add_page_field(p):
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t>1</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def header_footer(section, header_text, footer_text, page=True, size=8):
    hp = section.header.paragraphs[0]
    add_runs(hp, header_text, size=size)
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = section.footer.paragraphs[0]
    add_runs(fp, footer_text, size=size)
    if page:
        add_runs(fp, "   page ", size=size)
        add_page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def landscape_section(doc):
    from docx.enum.section import WD_SECTION
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    w, h = s.page_width, s.page_height
    if w < h:
        s.page_width, s.page_height = h, w
    return s


def portrait_section(doc):
    from docx.enum.section import WD_SECTION
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    w, h = s.page_width, s.page_height
    if w > h:
        s.page_width, s.page_height = h, w
    return s
