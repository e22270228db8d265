"""Shared python-docx helpers for the oc-* blind test documents.

Raw OOXML is used where python-docx has no API: tracked insertions and deletions
(w:ins / w:del, a deleted table row), footnotes (a footnotes part is added to the
package), VML text boxes, simple fields (PAGE), cell shading and paragraph borders.
Comments use python-docx's own Document.add_comment.
"""
import copy
import itertools

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ids = itertools.count(900)


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- runs and paragraphs
def add_runs(par, segments, size=None, font=None):
    """segments: a str, or a list of str / (str, "b"/"i"/"bi"/"u") tuples."""
    if isinstance(segments, str):
        segments = [segments]
    for seg in segments:
        if isinstance(seg, tuple):
            text, fmt = seg
        else:
            text, fmt = seg, ""
        r = par.add_run(text)
        r.bold = "b" in fmt or None
        r.italic = "i" in fmt or None
        if "u" in fmt:
            r.underline = True
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
    return par


def para(container, segments="", style=None, size=None, align=None, space_after=None,
         indent=None, keep=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    add_runs(p, segments, size=size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Pt(indent)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def shade_paragraph(p, fill="D9D9D9"):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def border_paragraph(p):
    pPr = p._p.get_or_add_pPr()
    sides = "".join(f'<w:{s} w:val="single" w:sz="6" w:space="4" w:color="000000"/>'
                    for s in ("top", "left", "bottom", "right"))
    pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}>{sides}</w:pBdr>'))


# ---------------------------------------------------------------- tables
def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, segments, size=9, bold=False, align=None):
    """Replace a cell's text. segments as in add_runs; '\n' starts a new paragraph."""
    cell.text = ""
    if isinstance(segments, str):
        segments = [segments]
    # split into paragraphs on '\n' inside plain strings
    paras = [[]]
    for seg in segments:
        text, fmt = seg if isinstance(seg, tuple) else (seg, "")
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                paras.append([])
            if part:
                paras[-1].append((part, fmt + ("b" if bold else "")))
    first = True
    for segs in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        add_runs(p, segs, size=size)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell


def table(doc, rows, widths=None, style="Table Grid", header=True, size=9, header_fill="D9D9D9"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, size=size, bold=(header and i == 0))
            if header and i == 0:
                shade(t.cell(i, j), header_fill)
    if widths:
        from docx.shared import Cm
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merged_row(t, i, text, fill="D9D9D9", size=9, bold=True):
    row = t.rows[i]
    c = row.cells[0].merge(row.cells[-1])
    cell_text(c, text, size=size, bold=bold)
    shade(c, fill)
    return c


def add_table_row(t, values, size=9):
    row = t.add_row()
    for j, v in enumerate(values):
        cell_text(row.cells[j], v, size=size)
    return row


# ---------------------------------------------------------------- tracked changes
def _rev_attrs(author, date):
    return f'w:id="{next(_ids)}" w:author="{_esc(author)}" w:date="{date}"'


def ins_run(par, text, author, date, fmt=""):
    rpr = ""
    if "b" in fmt:
        rpr += "<w:b/>"
    if "i" in fmt:
        rpr += "<w:i/>"
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    el = parse_xml(f'<w:ins {nsdecls("w")} {_rev_attrs(author, date)}><w:r>{rpr}'
                   f'<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>')
    par._p.append(el)
    return el


def del_run(par, text, author, date, fmt=""):
    rpr = ""
    if "b" in fmt:
        rpr += "<w:b/>"
    if "i" in fmt:
        rpr += "<w:i/>"
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    el = parse_xml(f'<w:del {nsdecls("w")} {_rev_attrs(author, date)}><w:r>{rpr}'
                   f'<w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>')
    par._p.append(el)
    return el


def mark_paragraph_inserted(par, author, date):
    """Mark the paragraph mark as inserted and wrap its existing runs in w:ins."""
    pPr = par._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:ins {nsdecls("w")} {_rev_attrs(author, date)}/>'))
    _wrap_runs(par._p, "ins", author, date)


def mark_paragraph_deleted(par, author, date):
    pPr = par._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:del {nsdecls("w")} {_rev_attrs(author, date)}/>'))
    _wrap_runs(par._p, "del", author, date)


def _wrap_runs(p_el, kind, author, date):
    for r in list(p_el.findall(qn("w:r"))):
        if kind == "del":
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")
        wrapper = parse_xml(f'<w:{kind} {nsdecls("w")} {_rev_attrs(author, date)}/>')
        r.addprevious(wrapper)
        wrapper.append(r)


def delete_row(row, author, date):
    """Mark a whole table row as a tracked deletion."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} {_rev_attrs(author, date)}/>'))
    for p_el in tr.iter(qn("w:p")):
        _wrap_runs(p_el, "del", author, date)


# ---------------------------------------------------------------- footnotes
class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.next_id = 1
        xml = (f'<w:footnotes {nsdecls("w")}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
               'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
               'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.part = XmlPart(PackURI("/word/footnotes.xml"),
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                            parse_xml(xml), doc.part.package)
        doc.part.relate_to(self.part, RT.FOOTNOTES)

    def add(self, par, text):
        fid = self.next_id
        self.next_id += 1
        par._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))
        self.part.element.append(parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r>'
            f'</w:p></w:footnote>'))
        return fid


# ---------------------------------------------------------------- text boxes and fields
def text_box(doc, paragraphs, width_pt=440, height_pt=120, fill="F2F2F2"):
    """Add a paragraph holding an inline VML text box. paragraphs: list of segment lists / strs."""
    inner = ""
    for segs in paragraphs:
        if isinstance(segs, str):
            segs = [segs]
        runs = ""
        for seg in segs:
            text, fmt = seg if isinstance(seg, tuple) else (seg, "")
            rpr = ("<w:b/>" if "b" in fmt else "") + ("<w:i/>" if "i" in fmt else "") + '<w:sz w:val="19"/>'
            runs += f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'
        inner += f'<w:p><w:pPr><w:spacing w:after="80"/></w:pPr>{runs}</w:p>'
    p = doc.add_paragraph()
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        f'<v:rect id="tb{next(_ids)}" style="width:{width_pt}pt;height:{height_pt}pt" '
        f'fillcolor="#{fill}" strokecolor="#000000" strokeweight="1pt">'
        f'<v:textbox style="mso-fit-shape-to-text:t" inset="6pt,6pt,6pt,6pt"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
        f'</v:rect></w:pict></w:r>'))
    return p


def page_field(par, size=8):
    par._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="{size*2}"/></w:rPr>'
        f'<w:t>1</w:t></w:r></w:fldSimple>'))


def header_footer(doc, header_text, footer_text, page=True, size=8):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    add_runs(hp, header_text, size=size)
    fp = sec.footer.paragraphs[0]
    add_runs(fp, footer_text, size=size)
    if page:
        add_runs(fp, "   Page ", size=size)
        page_field(fp, size=size)
    return hp, fp


def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)


def word_count(doc_path):
    import re
    import zipfile
    xml = zipfile.ZipFile(doc_path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    return len(text.split())
