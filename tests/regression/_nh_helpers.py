"""Shared python-docx and raw OOXML helpers for the nh-* blind applications.

Nothing here writes evidence: it only builds Word structure (shaded cells, merged cells, tracked
insertions and deletions with author and date, comments, footnotes, VML text boxes, PAGE / NUMPAGES
fields, headers and footers) so that each build script reads as a document and not as plumbing.
"""
import copy
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev_id = [100]


def _next_id():
    _rev_id[0] += 1
    return str(_rev_id[0])


def new_document(font="Calibri", size=10.5, margins_cm=2.0):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(5)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(margins_cm)
    return doc


def style_heading(doc, level, font, size, rgb, bold=True, caps=False, before=12, after=4):
    st = doc.styles[f"Heading {level}"]
    st.font.name = font
    st.font.size = Pt(size)
    st.font.bold = bold
    st.font.italic = False
    st.font.all_caps = caps
    st.font.color.rgb = RGBColor.from_string(rgb)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if rfonts.get(qn(a)) is not None:
            del rfonts.attrib[qn(a)]
    st.paragraph_format.space_before = Pt(before)
    st.paragraph_format.space_after = Pt(after)


def add_runs(p, parts):
    """parts: str, or list of str / (str, dict) with keys bold, italic, size, color, caps, underline."""
    if isinstance(parts, str):
        parts = [parts]
    runs = []
    for part in parts:
        if isinstance(part, tuple):
            text, fmt = part
        else:
            text, fmt = part, {}
        r = p.add_run(text)
        if fmt.get("bold"):
            r.bold = True
        if fmt.get("italic"):
            r.italic = True
        if fmt.get("underline"):
            r.underline = True
        if fmt.get("caps"):
            r.font.all_caps = True
        if fmt.get("size"):
            r.font.size = Pt(fmt["size"])
        if fmt.get("color"):
            r.font.color.rgb = RGBColor.from_string(fmt["color"])
        runs.append(r)
    return runs


def para(container, parts="", style=None, align=None, before=None, after=None, indent_cm=None,
         keep=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    add_runs(p, parts)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if indent_cm is not None:
        p.paragraph_format.left_indent = Cm(indent_cm)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def cell_text(cell, parts, bold=False, size=None, align=None, fill=None, color=None):
    """Write into a cell's first paragraph (replacing it)."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    if isinstance(parts, str):
        parts = [(parts, {"bold": bold, "size": size, "color": color})]
    add_runs(p, parts)
    p.paragraph_format.space_after = Pt(1)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade_cell(cell, fill)
    return p


def cell_para(cell, parts, size=None):
    p = cell.add_paragraph()
    if isinstance(parts, str):
        parts = [(parts, {"size": size})]
    add_runs(p, parts)
    p.paragraph_format.space_after = Pt(1)
    return p


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def border_para(p, color="6B7F3A", sz=8):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}>'
        + "".join(f'<w:{s} w:val="single" w:sz="{sz}" w:space="4" w:color="{color}"/>'
                  for s in ("top", "left", "bottom", "right"))
        + "</w:pBdr>"))


def table(container, rows, widths_cm, header_fill=None, size=9, style="Table Grid", bold_first_row=True):
    t = container.add_table(rows=len(rows), cols=len(widths_cm))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            if val is None:
                continue
            if isinstance(val, (list, tuple)) and val and isinstance(val[0], tuple):
                cell_text(c, list(val))
                for r in c.paragraphs[0].runs:
                    if r.font.size is None:
                        r.font.size = Pt(size)
            else:
                cell_text(c, str(val), bold=(bold_first_row and i == 0), size=size)
            if i == 0 and header_fill:
                shade_cell(c, header_fill)
    set_widths(t, widths_cm)
    return t


def set_widths(t, widths_cm):
    t.autofit = False
    tblPr = t._tbl.tblPr
    lay = tblPr.find(qn("w:tblLayout"))
    if lay is None:
        tblPr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


# ---------------------------------------------------------------- tracked changes

def _run_xml(text, rpr="", deleted=False):
    tag = "w:delText" if deleted else "w:t"
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<w:r>{("<w:rPr>" + rpr + "</w:rPr>") if rpr else ""}<{tag} xml:space="preserve">{text}</{tag}></w:r>'


def ins_run(p, text, author, date, rpr=""):
    el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}">'
                   + _run_xml(text, rpr) + "</w:ins>")
    p._p.append(el)
    return el


def del_run(p, text, author, date, rpr=""):
    el = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}">'
                   + _run_xml(text, rpr, deleted=True) + "</w:del>")
    p._p.append(el)
    return el


def mark_para(p, kind, author, date):
    """Mark the paragraph mark itself as inserted or deleted ('ins' / 'del')."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>'))


def deleted_para(container, text, author, date, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    mark_para(p, "del", author, date)
    del_run(p, text, author, date)
    return p


def inserted_para(container, text, author, date, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    mark_para(p, "ins", author, date)
    ins_run(p, text, author, date)
    return p


def cell_change(cell, old, new, author, date, size=9):
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    rpr = f'<w:sz w:val="{int(size * 2)}"/>'
    del_run(p, old, author, date, rpr)
    ins_run(p, new, author, date, rpr)
    p.paragraph_format.space_after = Pt(1)


# ---------------------------------------------------------------- comments

def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)


# ---------------------------------------------------------------- footnotes

_FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def ref(self, p, text):
        """Append a footnote reference to paragraph p; text is the note's text."""
        n = len(self.notes) + 1
        self.notes.append(text)
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{n}"/></w:r>'))
        return n

    def finish(self):
        if not self.notes:
            return
        body = ""
        for i, t in enumerate(self.notes, start=1):
            t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            body += (f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                     f'<w:r><w:rPr><w:sz w:val="16"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               f'<w:footnotes xmlns:w="{W_NS}">'
               f'<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
               f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               + body + "</w:footnotes>")
        part = Part(PackURI("/word/footnotes.xml"), _FOOTNOTES_CT, xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- text boxes

def text_box(p, paragraphs, width_pt=200, height_pt=120, fill="F3F6EA", stroke="6B7F3A", float_right=True):
    """Anchor a VML text box in paragraph p. paragraphs: list of list-of-(text, fmt) or str."""
    inner = ""
    for item in paragraphs:
        parts = [item] if isinstance(item, str) else item
        runs = ""
        for part in parts:
            text, fmt = (part, {}) if isinstance(part, str) else part
            rpr = ""
            if fmt.get("bold"):
                rpr += "<w:b/>"
            if fmt.get("italic"):
                rpr += "<w:i/>"
            if fmt.get("color"):
                rpr += f'<w:color w:val="{fmt["color"]}"/>'
            rpr += f'<w:sz w:val="{int(fmt.get("size", 9) * 2)}"/>'
            text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            runs += f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'
        inner += f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{runs}</w:p>'
    pos = ("position:absolute;margin-left:0;margin-top:0;mso-position-horizontal:right;"
           "mso-position-horizontal-relative:margin" if float_right else
           "position:absolute;margin-left:0;margin-top:0;mso-position-horizontal:center;"
           "mso-position-horizontal-relative:margin")
    decl = (f'{nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
            f'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word"')
    xml = (f'<w:r {decl}><w:pict>'
           f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="TextBox{_next_id()}" o:spid="_x0000_s{_next_id()}" type="#_x0000_t202" '
           f'style="{pos};width:{width_pt}pt;height:{height_pt}pt;z-index:251659264" '
           f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1pt">'
           f'<v:textbox inset="6pt,4pt,6pt,4pt"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           f'<w10:wrap type="square"/></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))


# ---------------------------------------------------------------- fields, header and footer

def field(p, instr, placeholder="1", size=None):
    rpr = f'<w:rPr><w:sz w:val="{int(size * 2)}"/></w:rPr>' if size else ""
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}>{rpr}<w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}>{rpr}<w:t>{placeholder}</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'))


def _sized(parts, size):
    out = []
    for x in parts:
        t, f = (x, {}) if isinstance(x, str) else x
        out.append((t, dict(f, size=size)))
    return out


def header_footer(doc, header_parts, footer_parts, page_numbers=True, size=8):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    add_runs(hp, _sized(header_parts, size))
    fp = sec.footer.paragraphs[0]
    add_runs(fp, _sized(footer_parts, size))
    if page_numbers:
        fp2 = sec.footer.add_paragraph()
        fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        add_runs(fp2, [("Page ", {"size": size})])
        field(fp2, "PAGE", "1", size)
        add_runs(fp2, [(" of ", {"size": size})])
        field(fp2, "NUMPAGES", "1", size)
    return hp, fp


def page_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def word_count(doc_path):
    import re
    import zipfile
    xml = zipfile.ZipFile(doc_path).read("word/document.xml").decode()
    return len(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).split())
