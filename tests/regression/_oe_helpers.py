"""Shared python-docx helpers for the oe-* build scripts: runs with light formatting, shading, borders,
merged cells, tracked insertions and deletions (w:ins / w:del, including a deleted table row), comments,
footnotes (a footnotes part made by hand), VML text boxes and a PAGE field."""
import copy
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ids = {"rev": 100, "fn": 0, "shape": 0}


def new_doc(font="Calibri", size=10.5, margins_cm=2.2):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(4)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return doc


def runs(par, parts):
    """parts: str or list of str / (text, fmt) where fmt is a string of flags: b i u s(mall caps) g(rey)."""
    if isinstance(parts, str):
        parts = [parts]
    out = []
    for part in parts:
        if isinstance(part, str):
            text, fmt = part, ""
        else:
            text, fmt = part
        r = par.add_run(text)
        r.bold = "b" in fmt or None
        r.italic = "i" in fmt or None
        r.underline = "u" in fmt or None
        if "s" in fmt:
            r.font.small_caps = True
        if "g" in fmt:
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        out.append(r)
    return out


def p(container, parts="", style=None, align=None, size=None, before=None, after=None, keep=False):
    par = container.add_paragraph(style=style) if style else container.add_paragraph()
    rs = runs(par, parts) if parts else []
    if size:
        for r in rs:
            r.font.size = Pt(size)
    if align == "c":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if before is not None:
        par.paragraph_format.space_before = Pt(before)
    if after is not None:
        par.paragraph_format.space_after = Pt(after)
    if keep:
        par.paragraph_format.keep_with_next = True
    return par


def cell_text(cell, parts, size=None, align=None):
    """Write into a cell's first paragraph (or add one if it already has text)."""
    par = cell.paragraphs[0]
    if par.text or par.runs:
        par = cell.add_paragraph()
    rs = runs(par, parts)
    if size:
        for r in rs:
            r.font.size = Pt(size)
    if align == "c":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return par


def shade(cell_or_par, fill):
    el = cell_or_par._tc if hasattr(cell_or_par, "_tc") else cell_or_par._p
    if hasattr(cell_or_par, "_tc"):
        pr = el.get_or_add_tcPr()
    else:
        pr = el.get_or_add_pPr()
    for old in pr.findall(qn("w:shd")):
        pr.remove(old)
    pr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def par_border(par, sides=("top", "left", "bottom", "right"), sz=8, color="000000", space=4):
    pPr = par._p.get_or_add_pPr()
    inner = "".join(f'<w:{s} w:val="single" w:sz="{sz}" w:space="{space}" w:color="{color}"/>' for s in sides)
    pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}>{inner}</w:pBdr>'))


def table_borders(table, sz=4, color="000000", val="single"):
    tblPr = table._tbl.tblPr
    inner = "".join(f'<w:{s} w:val="{val}" w:sz="{sz}" w:space="0" w:color="{color}"/>'
                    for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{inner}</w:tblBorders>'))


def col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def _date():
    return "2009-02-18T10:00:00Z"


def _next_rev():
    _ids["rev"] += 1
    return _ids["rev"]


def ins(par, text, author="Author", date=None, fmt=""):
    """Append a tracked insertion to a paragraph."""
    el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_rev()}" w:author="{author}" w:date="{date or _date()}"/>')
    r = par.add_run(text)
    if "b" in fmt:
        r.bold = True
    if "i" in fmt:
        r.italic = True
    r._r.addprevious(el)
    el.append(r._r)
    return el


def dele(par, text, author="Author", date=None, fmt=""):
    """Append a tracked deletion to a paragraph (the text is kept as w:delText)."""
    el = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_rev()}" w:author="{author}" w:date="{date or _date()}"/>')
    r = par.add_run("")
    if "b" in fmt:
        r.bold = True
    if "i" in fmt:
        r.italic = True
    dt = parse_xml(f'<w:delText {nsdecls("w")} xml:space="preserve"></w:delText>')
    dt.text = text
    for t in r._r.findall(qn("w:t")):
        r._r.remove(t)
    r._r.append(dt)
    r._r.addprevious(el)
    el.append(r._r)
    return el


def delete_row(row, author="Author", date=None):
    """Mark a whole table row as a tracked deletion: trPr/w:del, and each run's text turned into w:delText."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_rev()}" w:author="{author}" w:date="{date or _date()}"/>'))
    for pel in tr.iter(qn("w:p")):
        pPr = pel.find(qn("w:pPr"))
        if pPr is None:
            pPr = parse_xml(f'<w:pPr {nsdecls("w")}/>')
            pel.insert(0, pPr)
        rPr = pPr.find(qn("w:rPr"))
        if rPr is None:
            rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
            pPr.append(rPr)
        rPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_rev()}" w:author="{author}" w:date="{date or _date()}"/>'))
        for r in list(pel.findall(qn("w:r"))):
            for t in r.findall(qn("w:t")):
                dt = parse_xml(f'<w:delText {nsdecls("w")} xml:space="preserve"></w:delText>')
                dt.text = t.text
                t.addprevious(dt)
                r.remove(t)
            wrap = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_rev()}" w:author="{author}" w:date="{date or _date()}"/>')
            r.addprevious(wrap)
            wrap.append(r)


def insert_row_mark(row, author="Author", date=None):
    """Mark a whole table row as a tracked insertion."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_rev()}" w:author="{author}" w:date="{date or _date()}"/>'))
    for pel in tr.iter(qn("w:p")):
        for r in list(pel.findall(qn("w:r"))):
            wrap = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_rev()}" w:author="{author}" w:date="{date or _date()}"/>')
            r.addprevious(wrap)
            wrap.append(r)


def comment(doc, run_list, text, author="Reviewer", initials="R", date="2009-02-20T12:00:00Z"):
    c = doc.add_comment(run_list, text=text, author=author, initials=initials)
    c._comment_elm.set(qn("w:date"), date)
    return c


def set_core(doc, author, title, when=(2009, 2, 27)):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = datetime.datetime(*when, 9, 0, 0)
    cp.modified = datetime.datetime(*when, 17, 30, 0)


_FN_XML = (
    f'<w:footnotes {nsdecls("w", "r")}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '</w:footnotes>'
)


class _FootnotesPart(Part):
    def __init__(self, partname, content_type, element, package):
        super().__init__(partname, content_type, package=package)
        self._element = element

    @property
    def blob(self):
        from lxml import etree
        return etree.tostring(self._element, xml_declaration=True, encoding="UTF-8", standalone=True)


def _footnotes_part(doc):
    dp = doc.part
    for rel in dp.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            return rel.target_part
    part = _FootnotesPart(PackURI("/word/footnotes.xml"),
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                          parse_xml(_FN_XML), dp.package)
    dp.relate_to(part, RT.FOOTNOTES)
    return part


def footnote(doc, par, text):
    """Add a footnote reference at the end of par, with text as the note."""
    part = _footnotes_part(doc)
    _ids["fn"] += 1
    n = _ids["fn"]
    note = parse_xml(
        f'<w:footnote {nsdecls("w")} w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> </w:t></w:r></w:p></w:footnote>')
    note.findall(qn("w:p"))[0].findall(qn("w:r"))[1].find(qn("w:t")).text = " " + text
    part._element.append(note)
    par._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))


def text_box(par, paragraphs, width_pt=430, height_pt=110, fill="FFFFFF", stroke="000000"):
    """Put a VML text box (anchored inline in par) holding paragraphs: list of (parts, fmt-dict) or str."""
    _ids["shape"] += 1
    inner = []
    for item in paragraphs:
        if isinstance(item, str):
            item = [item]
        ps = []
        for part in item:
            text, fmt = (part, "") if isinstance(part, str) else part
            rpr = ("<w:b/>" if "b" in fmt else "") + ("<w:i/>" if "i" in fmt else "")
            t = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
            ps.append(f'<w:r><w:rPr>{rpr}<w:sz w:val="19"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r>')
        inner.append(f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{"".join(ps)}</w:p>')
    VNS = ('xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w10="urn:schemas-microsoft-com:office:word"')
    xml = (f'<w:r {nsdecls("w")} {VNS}><w:pict>'
           '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="oeTextBox{_ids["shape"]}" o:spid="_x0000_s{1024 + _ids["shape"]}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" fillcolor="#{fill}" strokecolor="#{stroke}">'
           f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{"".join(inner)}</w:txbxContent></v:textbox>'
           f'<w10:wrap type="topAndBottom"/></v:shape></w:pict></w:r>')
    par._p.append(parse_xml(xml))


def page_field(par, prefix="Page "):
    if prefix:
        par.add_run(prefix)
    par._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
    par._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'))
    par._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    par._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t>1</w:t></w:r>'))
    par._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def header_footer(doc, header_text, footer_parts, page=True):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    runs(hp, header_text)
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    runs(fp, footer_parts)
    if page:
        page_field(fp, "   Page ")
    for r in fp.runs:
        r.font.size = Pt(8)


def word_count(doc_path):
    import re, zipfile
    xml = zipfile.ZipFile(doc_path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    return len(text.split())
