"""Shared python-docx and raw OOXML helpers for the mw-* build scripts.

Tracked changes (w:ins / w:del), whole deleted paragraphs, Word comments (python-docx 1.2), a footnotes part
written by hand, VML text boxes, merged and shaded cells, headers and footers with a PAGE field.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

_ids = {"rev": 100, "fn": 0}


def new_doc(font="Garamond", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(5)
    return doc


def add_runs(p, runs):
    """runs: a str, or a list of str / (text, fmt) where fmt is a string of flags b i u s (small caps) g (grey)."""
    if isinstance(runs, str):
        runs = [runs]
    for r in runs:
        text, fmt = (r, "") if isinstance(r, str) else r
        run = p.add_run(text)
        run.bold = "b" in fmt or None
        run.italic = "i" in fmt or None
        run.underline = "u" in fmt or None
        if "s" in fmt:
            run.font.small_caps = True
        if "g" in fmt:
            run.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
        if "r" in fmt:
            run.font.color.rgb = RGBColor(0x9A, 0x1B, 0x1B)
    return p


def para(container, runs="", style=None, align=None, size=None, space_after=None, indent=None, keep=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    add_runs(p, runs)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if size:
        for r in p.runs:
            r.font.size = Pt(size)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent:
        p.paragraph_format.left_indent = Pt(indent)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def _rev_attrs(author, date):
    _ids["rev"] += 1
    return f'w:id="{_ids["rev"]}" w:author="{escape(author)}" w:date="{date}"'


def _rpr(fmt):
    bits = ""
    if "b" in fmt:
        bits += "<w:b/>"
    if "i" in fmt:
        bits += "<w:i/>"
    return f"<w:rPr>{bits}</w:rPr>" if bits else ""


def add_ins(p, text, author, date, fmt=""):
    el = parse_xml(f'<w:ins {nsdecls("w")} {_rev_attrs(author, date)}><w:r>{_rpr(fmt)}'
                   f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    p._p.append(el)
    return el


def add_del(p, text, author, date, fmt=""):
    el = parse_xml(f'<w:del {nsdecls("w")} {_rev_attrs(author, date)}><w:r>{_rpr(fmt)}'
                   f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    p._p.append(el)
    return el


def mark_paragraph(p, kind, author, date):
    """Mark the paragraph mark itself as inserted ('ins') or deleted ('del')."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} {_rev_attrs(author, date)}/>'))


def deleted_paragraph(container, text, author, date, fmt=""):
    p = container.add_paragraph()
    add_del(p, text, author, date, fmt)
    mark_paragraph(p, "del", author, date)
    return p


def inserted_paragraph(container, text, author, date, fmt=""):
    p = container.add_paragraph()
    add_ins(p, text, author, date, fmt)
    mark_paragraph(p, "ins", author, date)
    return p


def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)


_FN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _footnotes_part(doc):
    dp = doc.part
    for rel in dp.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            return rel.target_part
    xml = (f'<w:footnotes {nsdecls("w")}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
           'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           '</w:footnotes>')
    part = XmlPart(PackURI("/word/footnotes.xml"), _FN_CT, parse_xml(xml), dp.package)
    dp.relate_to(part, RT.FOOTNOTES)
    return part


def footnote(doc, p, text):
    """Append a footnote reference to paragraph p, with the note's text in word/footnotes.xml."""
    part = _footnotes_part(doc)
    _ids["fn"] += 1
    n = _ids["fn"]
    part.element.append(parse_xml(
        f'<w:footnote {nsdecls("w")} w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p>'
        f'</w:footnote>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                          f'<w:footnoteReference w:id="{n}"/></w:r>'))


def textbox(container, paras, width_pt=380, height_pt=150, fill="F3EFE4", stroke="7A5C2E"):
    """A floating VML text box anchored in a new paragraph. paras: list of runs-specs (see add_runs)."""
    inner = ""
    for runs in paras:
        if isinstance(runs, str):
            runs = [runs]
        rs = ""
        for r in runs:
            text, fmt = (r, "") if isinstance(r, str) else r
            rs += f'<w:r>{_rpr(fmt)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
        inner += f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{rs}</w:p>'
    p = container.add_paragraph()
    pict = parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" '
        f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1pt">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p._p.append(pict)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, runs, size=None, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    add_runs(p, runs)
    if size:
        for r in p.runs:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, rows, widths=None, style="Table Grid", size=None, header_fill=None):
    """rows: list of lists of runs-specs. Returns the table."""
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, size=size)
            if header_fill and i == 0:
                shade(t.cell(i, j), header_fill)
    if widths:
        from docx.shared import Cm
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merged_row(t, i, runs, fill=None, size=None):
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    cell_text(a, runs, size=size)
    if fill:
        shade(a, fill)
    return a


def page_field_paragraph(p, before="", after=""):
    if before:
        p.add_run(before)
    p._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    if after:
        p.add_run(after)


def header_footer(doc, header_runs, footer_before, footer_after="", size=8):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    add_runs(hp, header_runs)
    for r in hp.runs:
        r.font.size = Pt(size)
    fp = sec.footer.paragraphs[0]
    page_field_paragraph(fp, footer_before, footer_after)
    for r in fp.runs:
        r.font.size = Pt(size)
