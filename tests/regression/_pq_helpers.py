"""Shared helpers for the pq-* build scripts: raw OOXML where python-docx has no API
(tracked changes, footnotes, VML text boxes, shading, fields, landscape sections)."""
import copy
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(doc_or_cell, text="", style=None, bold=False, italic=False, size=None, align=None,
         space_after=None, color=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
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
    return p


def runs(p, *pieces):
    """pieces: str or (str, 'b'|'i'|'bi')"""
    out = []
    for pc in pieces:
        if isinstance(pc, tuple):
            t, fmt = pc
            r = p.add_run(t)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
        else:
            r = p.add_run(pc)
        out.append(r)
    return out


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.insert_element_before(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
        "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
        "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
        "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
        "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
        "w:pPrChange")


def cell_text(cell, text, bold=False, italic=False, size=None, fill=None, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade_cell(cell, fill)
    return cell


def table(doc, rows, widths=None, style="Table Grid", header_fill=None, size=None, bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(bold_header and i == 0 and header_fill is not None),
                      size=size, fill=(header_fill if i == 0 and header_fill else None))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def tracked_ins(p, text, author="Schools Office", date="2009-01-14T10:00:00Z"):
    x = (f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{_esc(author)}" w:date="{date}">'
         f'<w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>')
    el = parse_xml(x)
    p._p.append(el)
    return el


def tracked_del(p, text, author="Schools Office", date="2009-01-14T10:00:00Z"):
    x = (f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{_esc(author)}" w:date="{date}">'
         f'<w:r><w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>')
    el = parse_xml(x)
    p._p.append(el)
    return el


def deleted_paragraph(doc, text, author="Schools Office", date="2009-01-14T10:00:00Z"):
    """A whole paragraph deleted as a tracked change (its mark deleted too)."""
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="{_next_id()}" w:author="{_esc(author)}" '
                    f'w:date="{date}"/></w:rPr>')
    pPr.append(rPr)
    tracked_del(p, text, author, date)
    return p


def mark_row_deleted(row, author="Schools Office", date="2009-01-14T10:00:00Z"):
    """Tracked deletion of a table row: trPr/w:del plus every run turned into delText."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{_esc(author)}" w:date="{date}"/>'))
    for p in tr.iter(qn("w:p")):
        rs = list(p.findall(qn("w:r")))
        for r in rs:
            texts = "".join(t.text or "" for t in r.findall(qn("w:t")))
            d = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{_esc(author)}" w:date="{date}">'
                          f'<w:r><w:delText xml:space="preserve">{_esc(texts)}</w:delText></w:r></w:del>')
            p.replace(r, d)


def mark_row_inserted(row, author="Schools Office", date="2009-01-14T10:00:00Z"):
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{_esc(author)}" w:date="{date}"/>'))
    for p in tr.iter(qn("w:p")):
        for r in list(p.findall(qn("w:r"))):
            ins = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{_esc(author)}" w:date="{date}"/>')
            p.replace(r, ins)
            ins.append(r)


def text_box(doc, paragraphs, width_pt=430, height_pt=120, fill="F2F2F2"):
    """An inline VML text box holding paragraphs (list of (text, bold))."""
    inner = ""
    for t, b in paragraphs:
        rpr = "<w:rPr><w:b/></w:rPr>" if b else ""
        inner += f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{_esc(t)}</w:t></w:r></w:p>'
    x = (f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
         f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
         f'<v:shape id="tb{_next_id()}" type="#_x0000_t202" '
         f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" fillcolor="#{fill}" strokecolor="#404040">'
         f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    el = parse_xml(x)
    doc.element.body.append(el)
    # keep sectPr last
    sect = doc.element.body.find(qn("w:sectPr"))
    if sect is not None:
        doc.element.body.remove(sect)
        doc.element.body.append(sect)
    return el


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []
        self.n = 0

    def add(self, p, text):
        self.n += 1
        fid = self.n
        self.notes.append((fid, text))
        r = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                      f'<w:footnoteReference w:id="{fid}"/></w:r>')
        p._p.append(r)

    def finish(self):
        if not self.notes:
            return
        body = (f'<w:footnotes {nsdecls("w")}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for fid, text in self.notes:
            body += (f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r></w:p></w:footnote>')
        body += "</w:footnotes>"
        dp = self.doc.part
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    body.encode("utf-8"), dp.package)
        dp.relate_to(part, RT.FOOTNOTES)


def page_field(p, prefix="Page "):
    if prefix:
        p.add_run(prefix)
    p._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def header_footer(doc, header_text, footer_text, page=True):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = footer_text
    for r in fp.runs:
        r.font.size = Pt(8)
    if page:
        page_field(fp, "   |   Page ")


def new_section(doc, landscape):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape and sec.orientation != WD_ORIENT.LANDSCAPE:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    elif not landscape and sec.orientation == WD_ORIENT.LANDSCAPE:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    return sec


def base_doc(font="Arial", size=10):
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


def word_count(path):
    import re, zipfile
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    return len(text.split())
