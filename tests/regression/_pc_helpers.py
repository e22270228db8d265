"""Shared python-docx helpers for the pc-* blind applications (snooker and billiards academies).

Raw OOXML where python-docx cannot do it: cell shading, merged cells (python-docx merge), tracked
insertions and deletions (w:ins / w:del, also a deleted table row), footnotes (a footnotes part made
here), VML text boxes, header and footer text, grey form prompts, typed tick boxes.
"""
import copy
import datetime
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DATE = "2008-05-19T10:00:00Z"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_document(font="Calibri", size=10.5):
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
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, size=None, color=None, style=None, align=None,
         space_after=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        add_run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_run(p, text, bold=False, italic=False, size=None, color=None, font=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    return r


def runs(p, parts):
    """parts: list of str or (str, dict(bold=, italic=, color=, size=))."""
    for part in parts:
        if isinstance(part, str):
            add_run(p, part)
        else:
            add_run(p, part[0], **part[1])
    return p


def prompt(doc_or_cell, text, size=8.5):
    """A grey form prompt left in the document (never an answer)."""
    return para(doc_or_cell, text, italic=True, size=size, color="808080", space_after=2)


def shade_cell(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_para(p, fill="D9D9D9"):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, fill=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        add_run(p, text, bold=bold, italic=italic, size=size, color=color)
    if fill:
        shade_cell(cell, fill)
    return p


_TABLES = []


def table(doc, rows, cols, style="Table Grid", widths=None):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = doc.styles[style]
    if widths:
        _TABLES.append((t._tbl, widths))
    return t


def apply_widths():
    """Set grid and cell widths on every table made by table(), honouring gridSpan (call before saving)."""
    for tbl, widths in _TABLES:
        grid = tbl.find(qn("w:tblGrid"))
        for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(Cm(w).twips)))
        for tr in tbl.findall(qn("w:tr")):
            col = 0
            for tc in tr.findall(qn("w:tc")):
                tcPr = tc.get_or_add_tcPr()
                span_el = tcPr.find(qn("w:gridSpan"))
                span = int(span_el.get(qn("w:val"))) if span_el is not None else 1
                w = sum(widths[col:col + span])
                tcW = tcPr.find(qn("w:tcW"))
                if tcW is None:
                    tcW = parse_xml(f'<w:tcW {nsdecls("w")}/>')
                    tcPr.insert(0, tcW)
                tcW.set(qn("w:type"), "dxa")
                tcW.set(qn("w:w"), str(int(Cm(w).twips)))
                col += span


def fill_row(row, values, bold=False, size=None, fill=None, italic=False):
    for c, v in zip(row.cells, values):
        cell_text(c, v, bold=bold, size=size, fill=fill, italic=italic)


def tracked_insert_run(p, text, author="Sandra Pell", bold=False):
    """Append a tracked insertion (counts as part of the submission)."""
    i = _next_id()
    b = "<w:b/>" if bold else ""
    x = (f'<w:ins {nsdecls("w")} w:id="{i}" w:author="{esc(author)}" w:date="{DATE}">'
         f'<w:r><w:rPr>{b}</w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(x))
    return p


def tracked_delete_run(p, text, author="Sandra Pell"):
    """Append a tracked deletion (not part of the submission)."""
    i = _next_id()
    x = (f'<w:del {nsdecls("w")} w:id="{i}" w:author="{esc(author)}" w:date="{DATE}">'
         f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))
    return p


def mark_paragraph_inserted(p, author="Sandra Pell"):
    """Mark the paragraph mark of p as inserted too (a wholly inserted paragraph)."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{DATE}"/>'))


def inserted_paragraph(doc, text, author="Sandra Pell"):
    p = doc.add_paragraph()
    tracked_insert_run(p, text, author=author)
    mark_paragraph_inserted(p, author)
    return p


def deleted_paragraph(doc, text, author="Sandra Pell"):
    p = doc.add_paragraph()
    tracked_delete_run(p, text, author=author)
    pPr = p._p.get_or_add_pPr()
    rPr = parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="{_next_id()}" w:author="{esc(author)}" w:date="{DATE}"/></w:rPr>')
    pPr.append(rPr)
    return p


def delete_row(row, author="Sandra Pell"):
    """Turn an already-filled table row into a tracked deleted row."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{DATE}"/>'))
    for r in list(tr.iter(qn("w:r"))):
        parent = r.getparent()
        for t in r.findall(qn("w:t")):
            dt = parse_xml(f'<w:delText {nsdecls("w")} xml:space="preserve">{esc(t.text or "")}</w:delText>')
            r.replace(t, dt)
        d = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{DATE}"/>')
        parent.replace(r, d)
        d.append(r)


def comment(doc, run_or_runs, text, author="Frank Ashdown", initials="FA"):
    return doc.add_comment(run_or_runs, text=text, author=author, initials=initials)


def text_box(p, lines, width_pt=430, height_pt=110, fill="F2F2F2"):
    """A VML text box anchored in paragraph p. lines: list of (text, bold)."""
    inner = ""
    for t, b in lines:
        bb = "<w:b/>" if b else ""
        inner += (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr>{bb}<w:sz w:val="19"/></w:rPr>'
                  f'<w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>')
    sid = _next_id()
    x = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
         f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
         f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
         f'<v:shape id="TextBox{sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202" '
         f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" fillcolor="#{fill}" strokecolor="#404040">'
         f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(x))
    return p


class Footnotes:
    """Creates a footnotes part; add(p, text) puts a reference at the end of paragraph p."""

    def __init__(self, doc):
        self.doc = doc
        self.n = 0
        xml = (f'<w:footnotes {nsdecls("w")}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.el = parse_xml(xml)
        self.part = None

    def add(self, p, text):
        self.n += 1
        fid = self.n
        self.el.append(parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>'))
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))

    def finish(self):
        from lxml import etree
        blob = etree.tostring(self.el, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def header_footer(doc, header_text, footer_text):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor.from_string("595959")
    fp = sec.footer.paragraphs[0]
    fp.text = footer_text
    for r in fp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor.from_string("595959")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def landscape_section(doc):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    return sec


def portrait_section(doc):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    return sec


def word_count(path):
    import re, zipfile
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    return len(text.split())
