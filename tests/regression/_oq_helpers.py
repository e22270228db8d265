"""Shared python-docx helpers for the oq-* blind test applications.

Raw OOXML where python-docx cannot do it: tracked insertions and deletions (w:ins / w:del), footnotes (a
footnotes part built by hand), VML text boxes, cell shading, merged cells, page headers and footers.
Comments use python-docx's own Document.add_comment.
"""
from copy import deepcopy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def new_doc(font="Calibri", size=11):
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
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return doc


def add_runs(p, parts):
    """parts: str or list of str / (text, dict(bold=, italic=, color=, size=, caps=))."""
    if isinstance(parts, str):
        parts = [parts]
    runs = []
    for part in parts:
        if isinstance(part, str):
            text, fmt = part, {}
        else:
            text, fmt = part
        r = p.add_run(text)
        if fmt.get("bold"):
            r.bold = True
        if fmt.get("italic"):
            r.italic = True
        if fmt.get("underline"):
            r.underline = True
        if fmt.get("color"):
            r.font.color.rgb = RGBColor.from_string(fmt["color"])
        if fmt.get("size"):
            r.font.size = Pt(fmt["size"])
        if fmt.get("caps"):
            r.font.all_caps = True
        runs.append(r)
    return runs


def para(doc_or_cell, parts="", style=None, align=None, space_after=None, keep=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    add_runs(p, parts)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, parts, bold=False, size=None, shade=None, color=None):
    """Replace a cell's text with parts (first paragraph); parts may contain '\n\n' splits into paragraphs."""
    if isinstance(parts, str):
        chunks = parts.split("\n\n")
    else:
        chunks = [parts]
    first = True
    for ch in chunks:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        rs = add_runs(p, ch)
        for r in rs:
            if bold:
                r.bold = True
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
    if shade:
        shade_cell(cell, shade)
    return cell


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def border_para(p):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}>'
        '<w:top w:val="single" w:sz="8" w:space="4" w:color="444444"/>'
        '<w:left w:val="single" w:sz="8" w:space="4" w:color="444444"/>'
        '<w:bottom w:val="single" w:sz="8" w:space="4" w:color="444444"/>'
        '<w:right w:val="single" w:sz="8" w:space="4" w:color="444444"/>'
        '</w:pBdr>'))


def table(doc, rows, cols, style="Table Grid", widths=None):
    t = doc.add_table(rows=rows, cols=cols)
    if style:
        t.style = style
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def _run_xml(text, rpr=""):
    return (f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>')


def _delrun_xml(text, rpr=""):
    return (f'<w:r><w:rPr>{rpr}</w:rPr><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r>')


def add_ins(p, text, author="Tracked author", date="2008-10-20T10:00:00Z", rpr=""):
    el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
                   f'{_run_xml(text, rpr)}</w:ins>')
    p._p.append(el)
    return el


def add_del(p, text, author="Tracked author", date="2008-10-20T10:00:00Z", rpr=""):
    el = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
                   f'{_delrun_xml(text, rpr)}</w:del>')
    p._p.append(el)
    return el


def mark_para_inserted(p, author="Tracked author", date="2008-10-20T10:00:00Z"):
    """Mark the paragraph mark itself as inserted (a wholly inserted paragraph: use with add_ins runs)."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))


def mark_para_deleted(p, author="Tracked author", date="2008-10-20T10:00:00Z"):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))


def deleted_para(doc, text, author="Tracked author", date="2008-10-20T10:00:00Z"):
    p = doc.add_paragraph()
    add_del(p, text, author, date)
    mark_para_deleted(p, author, date)
    return p


def inserted_para(doc, text, author="Tracked author", date="2008-10-20T10:00:00Z"):
    p = doc.add_paragraph()
    add_ins(p, text, author, date)
    mark_para_inserted(p, author, date)
    return p


def mark_row_deleted(row, author="Tracked author", date="2008-10-20T10:00:00Z"):
    """Delete a table row as a tracked change: trPr/w:del, and every run's text turned into delText."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))
    for p in tr.iter(qn("w:p")):
        runs = list(p.findall(qn("w:r")))
        for r in runs:
            for t in r.findall(qn("w:t")):
                dt = parse_xml(f'<w:delText {nsdecls("w")} xml:space="preserve">{escape(t.text or "")}</w:delText>')
                r.replace(t, dt)
            wrapper = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>')
            r.addprevious(wrapper)
            wrapper.append(r)
        mark = p.find(qn("w:pPr"))
        if mark is None:
            mark = parse_xml(f'<w:pPr {nsdecls("w")}/>')
            p.insert(0, mark)
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/></w:rPr>')
        mark.append(rPr)


def mark_row_inserted(row, author="Tracked author", date="2008-10-20T10:00:00Z"):
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))
    for p in tr.iter(qn("w:p")):
        for r in list(p.findall(qn("w:r"))):
            wrapper = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>')
            r.addprevious(wrapper)
            wrapper.append(r)


# ---------------------------------------------------------------- footnotes
_FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _footnotes_part(doc):
    dp = doc.part
    for rel in dp.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            return rel.target_part
    xml = (f'<w:footnotes {nsdecls("w", "r")}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           '</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"), _FOOTNOTES_CT, xml.encode("utf-8"), dp.package)
    part._oq_xml = parse_xml(xml)
    dp.relate_to(part, RT.FOOTNOTES)
    doc._oq_fn = part
    return part


def add_footnote(doc, p, text):
    part = _footnotes_part(doc)
    root = part._oq_xml
    n = len(root.findall(qn("w:footnote"))) - 1
    fn = parse_xml(
        f'<w:footnote {nsdecls("w")} w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
    root.append(fn)
    part._blob = root.xml.encode("utf-8") if hasattr(root, "xml") else None
    from lxml import etree
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))
    return n


# ---------------------------------------------------------------- text boxes
def add_textbox(doc, paragraphs, width_pt=420, height_pt=150, fill="F2F2F2"):
    """A VML text box anchored inline in its own paragraph. paragraphs: list of str or (text, bold)."""
    inner = ""
    for item in paragraphs:
        if isinstance(item, tuple):
            t, b = item
        else:
            t, b = item, False
        rpr = "<w:b/>" if b else ""
        inner += f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{_run_xml(t, rpr)}</w:p>'
    p = doc.add_paragraph()
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shape id="tb{_next_id()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" fillcolor="#{fill}" strokecolor="#555555">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))
    return p


# ---------------------------------------------------------------- headers / footers
def header_footer(doc, header_text, footer_text):
    for s in doc.sections:
        hp = s.header.paragraphs[0]
        hp.text = header_text
        for r in hp.runs:
            r.font.size = Pt(8)
        fp = s.footer.paragraphs[0]
        fp.text = footer_text
        for r in fp.runs:
            r.font.size = Pt(8)


def comment(doc, runs, text, author="Reviewer", initials="R"):
    return doc.add_comment(runs, text=text, author=author, initials=initials)
