"""Shared helpers for the pw-* build scripts (python-docx plus raw OOXML).

Inline markup in text passed to `para`/`cell_text`: **bold**, //italic//.
Raw OOXML is used for what python-docx cannot do: tracked changes (w:ins, w:del),
footnotes (a footnotes part created here), VML text boxes, cell shading.
"""
import copy
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev_id = [100]


def _next_id():
    _rev_id[0] += 1
    return str(_rev_id[0])


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def add_runs(p, text, bold=False, italic=False, size=None, color=None, font=None):
    """Add text with **bold** and //italic// markup to paragraph p."""
    parts = re.split(r"(\*\*.+?\*\*|//.+?//)", text)
    runs = []
    for part in parts:
        if not part:
            continue
        b, i, t = bold, italic, part
        if part.startswith("**") and part.endswith("**"):
            b, t = True, part[2:-2]
        elif part.startswith("//") and part.endswith("//"):
            i, t = True, part[2:-2]
        r = p.add_run(t)
        r.bold = b or None
        r.italic = i or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
        runs.append(r)
    return runs


def para(container, text="", style=None, bold=False, italic=False, size=None, align=None,
         color=None, space_after=None, indent=None, font=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, italic=italic, size=size, color=color, font=font)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def cell_text(cell, text, bold=False, italic=False, size=None, fill=None, align=None, color=None):
    """Replace a cell's content with text (may hold several paragraphs split on \n)."""
    lines = text.split("\n")
    first = cell.paragraphs[0]
    for r in list(first.runs):
        r._r.getparent().remove(r._r)
    add_runs(first, lines[0], bold=bold, italic=italic, size=size, color=color)
    for ln in lines[1:]:
        p = cell.add_paragraph()
        add_runs(p, ln, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        for p in cell.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade(cell, fill)
    return cell


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(doc, rows, cols, style="Table Grid", widths=None):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = style
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


# ---------------------------------------------------------------- tracked changes

def ins_run(p, text, author, date, bold=False, italic=False):
    """Append an inserted (tracked) run to paragraph p."""
    rpr = ""
    if bold or italic:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    el = parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}">'
        f'<w:r>{rpr}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>')
    p._p.append(el)
    return el


def del_run(p, text, author, date, bold=False, italic=False):
    """Append a deleted (tracked) run to paragraph p."""
    rpr = ""
    if bold or italic:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    el = parse_xml(
        f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}">'
        f'<w:r>{rpr}<w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>')
    p._p.append(el)
    return el


def _mark_paragraph(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(
        f'<w:{kind} {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>'))


def deleted_paragraph(container, text, author, date, style=None):
    """A whole paragraph removed with tracked changes (text and paragraph mark)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    del_run(p, text, author, date)
    _mark_paragraph(p, "del", author, date)
    return p


def inserted_paragraph(container, text, author, date, style=None):
    """A whole paragraph added with tracked changes."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    ins_run(p, text, author, date)
    _mark_paragraph(p, "ins", author, date)
    return p


def deleted_row(row, author, date):
    """Mark a table row as deleted (w:trPr/w:del) and turn its text into delText."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>'))
    for r in tr.iter(qn("w:r")):
        parent = r.getparent()
        if parent.tag == qn("w:del"):
            continue
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        wrapper = parse_xml(
            f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>')
        parent.replace(r, wrapper)
        wrapper.append(r)


# ---------------------------------------------------------------- footnotes

_FOOTNOTES_XML = (
    f'<w:footnotes {nsdecls("w")}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '</w:footnotes>')


def _footnotes_part(doc):
    part = doc.part
    for rel in part.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            return rel.target_part
    fpart = XmlPart(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    parse_xml(_FOOTNOTES_XML), part.package)
    part.relate_to(fpart, RT.FOOTNOTES)
    return fpart


def footnote(doc, p, text):
    """Add a footnote reference at the end of paragraph p, with text (markup allowed)."""
    fpart = _footnotes_part(doc)
    root = fpart.element
    fid = max([int(f.get(qn("w:id"))) for f in root.findall(qn("w:footnote"))] + [0]) + 1
    runs = []
    for part in re.split(r"(\*\*.+?\*\*|//.+?//)", text):
        if not part:
            continue
        rpr = '<w:rPr><w:sz w:val="18"/></w:rPr>'
        t = part
        if part.startswith("**"):
            rpr, t = '<w:rPr><w:b/><w:sz w:val="18"/></w:rPr>', part[2:-2]
        elif part.startswith("//"):
            rpr, t = '<w:rPr><w:i/><w:sz w:val="18"/></w:rPr>', part[2:-2]
        runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{_esc(t)}</w:t></w:r>')
    root.append(parse_xml(
        f'<w:footnote {nsdecls("w")} w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
        f'<w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>'
        + "".join(runs) + '</w:p></w:footnote>'))
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{fid}"/></w:r>'))
    return fid


# ---------------------------------------------------------------- text boxes (VML)

_shapetype_done = set()


def _shapetype(doc):
    """The text-box shapetype, written once per document as Word does."""
    if id(doc) in _shapetype_done:
        return ""
    _shapetype_done.add(id(doc))
    return ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
            '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')


def textbox(doc, paragraphs, width_pt=430, height_pt=120, fill="FFFFFF", stroke="000000",
            anchor_paragraph=None):
    """An inline-anchored VML text box holding the given paragraphs (markup allowed)."""
    p = anchor_paragraph if anchor_paragraph is not None else doc.add_paragraph()
    inner = []
    for text in paragraphs:
        runs = []
        for part in re.split(r"(\*\*.+?\*\*|//.+?//)", text):
            if not part:
                continue
            rpr, t = "", part
            if part.startswith("**"):
                rpr, t = "<w:rPr><w:b/></w:rPr>", part[2:-2]
            elif part.startswith("//"):
                rpr, t = "<w:rPr><w:i/></w:rPr>", part[2:-2]
            runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{_esc(t)}</w:t></w:r>')
        inner.append("<w:p>" + "".join(runs) + "</w:p>")
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<w:pict>{_shapetype(doc)}<v:shape id="tb{_next_id()}" type="#_x0000_t202" '
        f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" '
        f'fillcolor="#{fill}" strokecolor="#{stroke}">'
        f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>' + "".join(inner) +
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))
    return p


# ---------------------------------------------------------------- misc

def set_margins(section, cm=2.0):
    section.left_margin = section.right_margin = Cm(cm)
    section.top_margin = section.bottom_margin = Cm(cm)


def header_footer(section, header_text, footer_text, size=8):
    hp = section.header.paragraphs[0]
    add_runs(hp, header_text, size=size)
    fp = section.footer.paragraphs[0]
    add_runs(fp, footer_text, size=size)


def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)


def word_count(path):
    import zipfile
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    return len(text.split())


def inserted_row_mark(row, author, date):
    """Mark a table row as inserted (w:trPr/w:ins); put its text in with ins_run."""
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>'))
