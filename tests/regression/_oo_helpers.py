"""Shared python-docx / raw OOXML helpers for the oo-* build scripts.

Tracked changes (w:ins / w:del on runs, paragraphs and table rows), footnotes (a
footnotes part made by hand), VML text boxes, cell shading, merged cells via
python-docx, PAGE fields in footers, and Word comments (python-docx 1.2).
"""
import copy
import itertools

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WDECL = f'xmlns:w="{W_NS}"'
_rev = itertools.count(3001)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def base_document(font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {WDECL}/>")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return doc


def add_runs(p, parts):
    """parts: str or list of str / (str, dict) with keys b, i, u, size, color, font."""
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
            continue
        text, fmt = part
        r = p.add_run(text)
        r.bold = fmt.get("b")
        r.italic = fmt.get("i")
        r.underline = fmt.get("u")
        if "size" in fmt:
            r.font.size = Pt(fmt["size"])
        if "color" in fmt:
            r.font.color.rgb = RGBColor.from_string(fmt["color"])
        if "font" in fmt:
            r.font.name = fmt["font"]
    return p


def para(container, parts="", style=None, align=None, space_after=None, keep=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    add_runs(p, parts)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def cell_text(cell, parts, bold=False, size=None, align=None):
    """Replace the first paragraph of a cell with runs."""
    p = cell.paragraphs[0]
    if isinstance(parts, str):
        parts = [(parts, {"b": bold} | ({"size": size} if size else {}))]
    add_runs(p, parts)
    if align is not None:
        p.alignment = align
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {WDECL} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_paragraph(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {WDECL} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def col_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def set_table_borders(table, sz=4, color="000000"):
    tblPr = table._tbl.tblPr
    xml = (f'<w:tblBorders {WDECL}>' + "".join(
        f'<w:{e} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>'
        for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")
    for old in tblPr.findall(qn("w:tblBorders")):
        tblPr.remove(old)
    tblPr.append(parse_xml(xml))


# ---------------------------------------------------------------- tracked changes
def _run_xml(text, deleted=False, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'


def ins_run(p, text, author, date, bold=False):
    el = parse_xml(f'<w:ins {WDECL} w:id="{next(_rev)}" w:author="{esc(author)}" w:date="{date}">'
                   f'{_run_xml(text, bold=bold)}</w:ins>')
    p._p.append(el)
    return el


def del_run(p, text, author, date, bold=False):
    el = parse_xml(f'<w:del {WDECL} w:id="{next(_rev)}" w:author="{esc(author)}" w:date="{date}">'
                   f'{_run_xml(text, deleted=True, bold=bold)}</w:del>')
    p._p.append(el)
    return el


def _mark_paragraph(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {WDECL}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {WDECL} w:id="{next(_rev)}" w:author="{esc(author)}" w:date="{date}"/>'))


def deleted_paragraph(container, text, author, date, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    del_run(p, text, author, date)
    _mark_paragraph(p, "del", author, date)
    return p


def inserted_paragraph(container, text, author, date, style=None, bold=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    ins_run(p, text, author, date, bold=bold)
    _mark_paragraph(p, "ins", author, date)
    return p


def cell_tracked(cell, deleted_text, inserted_text, author, date, keep=None):
    """Cell's first paragraph: optional kept text, then a deletion and an insertion."""
    p = cell.paragraphs[0]
    if keep:
        p.add_run(keep)
    if deleted_text:
        del_run(p, deleted_text, author, date)
    if inserted_text:
        ins_run(p, inserted_text, author, date)
    return p


def mark_row(row, kind, author, date):
    """kind 'del' or 'ins': mark a whole table row as deleted/inserted (row and its runs)."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:{kind} {WDECL} w:id="{next(_rev)}" w:author="{esc(author)}" w:date="{date}"/>'))
    for p in tr.iter(qn("w:p")):
        for r in list(p.findall(qn("w:r"))):
            wrapper = parse_xml(f'<w:{kind} {WDECL} w:id="{next(_rev)}" w:author="{esc(author)}" w:date="{date}"/>')
            r.addprevious(wrapper)
            wrapper.append(r)
            if kind == "del":
                for t in r.findall(qn("w:t")):
                    t.tag = qn("w:delText")
        pPr = p.find(qn("w:pPr"))
        if pPr is None:
            pPr = parse_xml(f"<w:pPr {WDECL}/>")
            p.insert(0, pPr)
        rPr = pPr.find(qn("w:rPr"))
        if rPr is None:
            rPr = parse_xml(f"<w:rPr {WDECL}/>")
            pPr.append(rPr)
        rPr.append(parse_xml(f'<w:{kind} {WDECL} w:id="{next(_rev)}" w:author="{esc(author)}" w:date="{date}"/>'))


# ---------------------------------------------------------------- footnotes
_FN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _footnotes_part(doc):
    dp = doc.part
    for rel in dp.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            return rel.target_part
    xml = (f'<w:footnotes {WDECL}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
           '<w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
           '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           '</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"), _FN_CT, xml.encode("utf-8"), dp.package)
    dp.relate_to(part, RT.FOOTNOTES)
    part._fn_next = 1
    return part


def add_footnote(doc, p, text):
    """Append a footnote reference to paragraph p with the given note text."""
    part = _footnotes_part(doc)
    from lxml import etree
    root = etree.fromstring(part.blob)
    n = len(root.findall(qn("w:footnote"))) - 1  # separators are -1 and 0
    fid = n
    note = parse_xml(
        f'<w:footnote {WDECL} w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
    root.append(note)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    p._p.append(parse_xml(
        f'<w:r {WDECL}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))
    return fid


# ---------------------------------------------------------------- text boxes (VML)
def add_textbox(container, paragraphs, width_pt=420, height_pt=90, fill="FFFFFF", stroke="000000", weight="1.5pt"):
    """A paragraph holding an inline VML text box; paragraphs is a list of run-part lists."""
    inner = ""
    for parts in paragraphs:
        if isinstance(parts, str):
            parts = [parts]
        runs = ""
        for part in parts:
            if isinstance(part, str):
                runs += _run_xml(part)
            else:
                runs += _run_xml(part[0], bold=part[1].get("b", False))
        inner += f"<w:p><w:pPr><w:spacing w:after=\"60\"/></w:pPr>{runs}</w:p>"
    xml = (f'<w:r {WDECL} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{next(_rev)}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="{weight}">'
           f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r>')
    p = container.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


# ---------------------------------------------------------------- header / footer
def header_footer(section, header_text, footer_text, page=True):
    hp = section.header.paragraphs[0]
    hp.text = header_text
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = section.footer.paragraphs[0]
    fp.text = footer_text
    for r in fp.runs:
        r.font.size = Pt(8)
    if page:
        fp.add_run("   Page ").font.size = Pt(8)
        fp._p.append(parse_xml(
            f'<w:fldSimple {WDECL} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'))


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    w, h = section.page_width, section.page_height
    if w > h:
        section.page_width, section.page_height = h, w


def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)
