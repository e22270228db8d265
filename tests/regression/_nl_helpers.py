"""Shared python-docx helpers for the nl-* build scripts (raw OOXML where python-docx cannot do it:
tracked changes, footnotes, text boxes, fields, shading, merged cells)."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev_id = [100]


def _next_id():
    _rev_id[0] += 1
    return _rev_id[0]


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- shading, cells, tables

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_par(par, fill):
    pPr = par._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, align=None, fill=None):
    """Replace a cell's text. Lines split on '\n' become separate paragraphs."""
    lines = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade(cell, fill)
    return cell


def set_col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def table_borders(table, sz=4, color="808080"):
    tblPr = table._tbl.tblPr
    xml = (f'<w:tblBorders {nsdecls("w")}>'
           + "".join(f'<w:{e} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>'
                     for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
           + "</w:tblBorders>")
    tblPr.append(parse_xml(xml))


# ---------------------------------------------------------------- runs and paragraphs

def add_par(doc_or_cell, text="", bold=False, italic=False, size=None, color=None, style=None, align=None,
            space_after=None):
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


def runs(p, parts):
    """parts: list of (text, dict(bold=, italic=)) or plain strings."""
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(p.add_run(part))
        else:
            t, fmt = part
            r = p.add_run(t)
            r.bold = fmt.get("bold")
            r.italic = fmt.get("italic")
            if fmt.get("color"):
                r.font.color.rgb = RGBColor.from_string(fmt["color"])
            out.append(r)
    return out


# ---------------------------------------------------------------- tracked changes

def _run_xml(text, deleted=False, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'


def ins_run(p, text, author, date, bold=False):
    """Append a tracked insertion to paragraph p."""
    xml = (f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}">'
           + _run_xml(text, bold=bold) + "</w:ins>")
    el = parse_xml(xml)
    p._p.append(el)
    return el


def del_run(p, text, author, date, bold=False):
    """Append a tracked deletion to paragraph p."""
    xml = (f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}">'
           + _run_xml(text, deleted=True, bold=bold) + "</w:del>")
    el = parse_xml(xml)
    p._p.append(el)
    return el


def mark_par_inserted(p, author, date):
    """Mark the paragraph mark as inserted too (whole inserted paragraph)."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>'))


def mark_par_deleted(p, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>'))


def inserted_paragraph(container, text, author, date, bold_lead=None):
    p = container.add_paragraph()
    if bold_lead:
        ins_run(p, bold_lead, author, date, bold=True)
    ins_run(p, text, author, date)
    mark_par_inserted(p, author, date)
    return p


def deleted_paragraph(container, text, author, date, bold_lead=None):
    p = container.add_paragraph()
    if bold_lead:
        del_run(p, bold_lead, author, date, bold=True)
    del_run(p, text, author, date)
    mark_par_deleted(p, author, date)
    return p


def delete_row(row, author, date):
    """Mark a whole table row as deleted: trPr/w:del and every run's text as w:delText."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>'))
    for cell in row.cells:
        for p in cell.paragraphs:
            texts = [r.text for r in p.runs]
            for r in list(p.runs):
                p._p.remove(r._r)
            for t in texts:
                if t:
                    del_run(p, t, author, date)
            mark_par_deleted(p, author, date)


# ---------------------------------------------------------------- text box (VML, as Word 2003/2007 writes it)

def text_box(doc, paragraphs, width_pt=430, height_pt=150, fill="F2F2F2", stroke="2E5E2E"):
    """paragraphs: list of (text, bold) tuples. Anchors an inline VML text box in a new paragraph."""
    inner = ""
    for text, bold in paragraphs:
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        inner += f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="TextBox{_next_id()}" o:spid="_x0000_s{_next_id()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" '
           f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1.5pt">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


# ---------------------------------------------------------------- fields, header, footer

def add_field(p, instr):
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t>1</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def header_footer(section, header_text, footer_text, page_numbers=True, size=8):
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(header_text)
    r.font.size = Pt(size)
    fp = section.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run(footer_text)
    r.font.size = Pt(size)
    if page_numbers:
        r2 = fp.add_run("    Page ")
        r2.font.size = Pt(size)
        add_field(fp, "PAGE")


# ---------------------------------------------------------------- footnotes

_FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, p, text):
        n = len(self.notes) + 1
        self.notes.append((n, text))
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{n}"/></w:r>'))
        return n

    def save_part(self):
        body = (f'<w:footnotes {nsdecls("w")}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for n, text in self.notes:
            body += (f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                     f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
        body += "</w:footnotes>"
        part = Part(PackURI("/word/footnotes.xml"), _FOOTNOTES_CT, body.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- misc

def landscape(section):
    from docx.enum.section import WD_ORIENT
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def base_font(doc, name="Arial", size=10):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)
