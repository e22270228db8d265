"""Shared helpers for the hp-* build scripts: python-docx plus raw OOXML for
tracked changes, comments, footnotes, VML text boxes, merged and shaded cells."""
import copy
import datetime
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2008-11-20T10:00:00Z"
_rev = [100]


def _next():
    _rev[0] += 1
    return _rev[0]


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_doc(font="Arial", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    rfonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def header_footer(d, head, foot):
    s = d.sections[0]
    s.header.paragraphs[0].text = head
    s.header.paragraphs[0].runs[0].font.size = Pt(8)
    s.footer.paragraphs[0].text = foot
    s.footer.paragraphs[0].runs[0].font.size = Pt(8)


def p(d, text="", bold=False, italic=False, size=None, style=None, align=None, color=None, space_after=None):
    par = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        add_runs(par, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        par.paragraph_format.space_after = Pt(space_after)
    return par


def add_runs(par, text, bold=False, italic=False, size=None, color=None):
    """**bold** spans inside text become bold runs."""
    parts = text.split("**")
    out = []
    for i, chunk in enumerate(parts):
        if not chunk:
            continue
        r = par.add_run(chunk)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        out.append(r)
    return out


def title(d, text, size=13):
    return p(d, text, bold=True, size=size, space_after=4)


def shade_par(par, fill="E7E6E6"):
    ppr = par._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
    ppr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
        f'<w:left w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
        f'<w:bottom w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
        f'<w:right w:val="single" w:sz="4" w:space="4" w:color="808080"/></w:pBdr>'))
    return par


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, size=9, italic=False):
    cell.text = ""
    lines = text.split("\n")
    par = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            par = cell.add_paragraph()
        add_runs(par, line, bold=bold, size=size, italic=italic)
    return cell


def table(d, rows, header=True, widths=None, size=9, head_fill="D9D9D9"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(t.cell(i, j), head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill="EDEDED", bold=True, size=9):
    c = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    cell_text(c, text, bold=bold, size=size)
    shade(c, fill)
    return c


def ins(par, text, author="J. Pardoe", bold=False):
    el = parse_xml(
        f'<w:ins {W} w:id="{_next()}" w:author="{author}" w:date="{DATE}"><w:r>'
        + ('<w:rPr><w:b/></w:rPr>' if bold else '')
        + f'<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>')
    par._p.append(el)
    return el


def dele(par, text, author="J. Pardoe"):
    el = parse_xml(
        f'<w:del {W} w:id="{_next()}" w:author="{author}" w:date="{DATE}"><w:r>'
        f'<w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>')
    par._p.append(el)
    return el


def deleted_row(t, values, author="J. Pardoe", size=9):
    """Append a table row whose insertion is undone: the row and its text are tracked deletions."""
    row = t.add_row()
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(f'<w:del {W} w:id="{_next()}" w:author="{author}" w:date="{DATE}"/>'))
    for j, val in enumerate(values):
        cell = row.cells[j]
        cell.text = ""
        par = cell.paragraphs[0]
        el = dele(par, val, author)
        el.find(qn("w:r")).insert(0, parse_xml(f'<w:rPr {W}><w:sz w:val="{size*2}"/></w:rPr>'))
    return row


def inserted_row(t, values, author="J. Pardoe", size=9):
    row = t.add_row()
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(f'<w:ins {W} w:id="{_next()}" w:author="{author}" w:date="{DATE}"/>'))
    for j, val in enumerate(values):
        cell = row.cells[j]
        cell.text = ""
        ins(cell.paragraphs[0], val, author)
    return row


def comment(d, runs, text, author="Reviewer", initials="R"):
    if not isinstance(runs, list):
        runs = [runs]
    return d.add_comment(runs, text=text, author=author, initials=initials)


_fn = {"part": None, "n": 0}


def footnote(d, par, text):
    """Add a footnote reference at the end of par with the given footnote text."""
    if _fn["part"] is None or _fn.get("doc") is not d:
        xml = (f'<w:footnotes {W}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode(), d.part.package)
        d.part.relate_to(part, RT.FOOTNOTES)
        _fn.update(part=part, n=0, doc=d, items=[])
    _fn["n"] += 1
    n = _fn["n"]
    _fn["items"].append(
        f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r></w:p></w:footnote>')
    body = "".join(_fn["items"])
    _fn["part"]._blob = (
        f'<w:footnotes {W}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        + body + '</w:footnotes>').encode()
    par._p.append(parse_xml(
        f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))


def textbox(d, lines, width_pt=440, height_pt=120, fill="#F2F2F2"):
    """An inline VML text box holding the given lines (first line bold)."""
    paras = ""
    for i, line in enumerate(lines):
        b = "<w:b/>" if i == 0 else ""
        paras += (f'<w:p><w:r><w:rPr>{b}<w:sz w:val="18"/></w:rPr>'
                  f'<w:t xml:space="preserve">{_esc(line)}</w:t></w:r></w:p>')
    par = d.add_paragraph()
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{_next()}" o:spt="202" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="{fill}" strokecolor="#7F7F7F">'
           f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    par._p.append(parse_xml(xml))
    return par


def landscape_section(d):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    return s


def portrait_section(d):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = s.page_height, s.page_width
    return s


def bullets(d, items, mark="•"):
    out = []
    for it in items:
        par = d.add_paragraph()
        par.paragraph_format.left_indent = Cm(0.6)
        par.paragraph_format.first_line_indent = Cm(-0.4)
        par.paragraph_format.space_after = Pt(2)
        add_runs(par, f"{mark}\t{it}" if mark else it)
        out.append(par)
    return out
