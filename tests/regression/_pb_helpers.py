"""Shared python-docx helpers for the pb-* blind applications (bookbinders' guilds).

Raw OOXML where python-docx cannot do it: tracked changes (w:ins / w:del), footnotes (a footnotes part built at save
time), VML text boxes, cell shading, cell merges, PAGE fields in footers, landscape sections. Comments use
python-docx's own Document.add_comment.
"""
from copy import deepcopy
import itertools

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WDECL = f'xmlns:w="{W_NS}"'
VDECL = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'

_ids = itertools.count(101)
DATE = "2009-01-16T10:00:00Z"


def new_doc(base_font="Cambria", size=10.5, a4=True):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = base_font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), base_font)
    st.paragraph_format.space_after = Pt(4)
    for sec in doc.sections:
        if a4:
            sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin = sec.bottom_margin = Cm(2.0)
    doc._pb_footnotes = []
    return doc


def fmt_run(run, bold=None, italic=None, size=None, caps=None, color=None, font=None, smallcaps=None):
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic
    if size is not None:
        run.font.size = Pt(size)
    if caps is not None:
        run.font.all_caps = caps
    if smallcaps is not None:
        run.font.small_caps = smallcaps
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)
    if font is not None:
        run.font.name = font
    return run


def para(container, parts=(), style=None, align=None, space_after=None, space_before=None, indent=None,
         first=None, keep=False):
    """parts: a str, or a list of str / (str, dict-of-run-format)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if isinstance(part, tuple):
            text, f = part
            fmt_run(p.add_run(text), **f)
        else:
            p.add_run(part)
    pf = p.paragraph_format
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        pf.space_after = Pt(space_after)
    if space_before is not None:
        pf.space_before = Pt(space_before)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    if keep:
        pf.keep_with_next = True
    return p


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {WDECL} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def border_para(p, sz=6, color="000000"):
    pPr = p._p.get_or_add_pPr()
    sides = "".join(f'<w:{s} w:val="single" w:sz="{sz}" w:space="4" w:color="{color}"/>'
                    for s in ("top", "left", "bottom", "right"))
    pPr.append(parse_xml(f'<w:pBdr {WDECL}>{sides}</w:pBdr>'))


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {WDECL} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, parts, size=None, bold=None, italic=None, align=None):
    """Replace a cell's text with one paragraph of parts (str or (str, fmt))."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if isinstance(part, tuple):
            text, f = part
            f = dict(f)
        else:
            text, f = part, {}
        if size is not None:
            f.setdefault("size", size)
        if bold is not None:
            f.setdefault("bold", bold)
        if italic is not None:
            f.setdefault("italic", italic)
        fmt_run(p.add_run(text), **f)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(1)
    return p


def col_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def _run_xml(text, rpr=""):
    return (f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>')


def _rpr(bold=False, italic=False, size=None):
    s = ""
    if bold:
        s += "<w:b/>"
    if italic:
        s += "<w:i/>"
    if size:
        s += f'<w:sz w:val="{int(size * 2)}"/>'
    return s


def add_ins(p, text, author="Hester Quayle", date=DATE, **f):
    """Append a tracked insertion (part of the submission)."""
    el = parse_xml(f'<w:ins {WDECL} w:id="{next(_ids)}" w:author="{escape(author)}" w:date="{date}">'
                   f'{_run_xml(text, _rpr(**f))}</w:ins>')
    p._p.append(el)
    return el


def add_del(p, text, author="Hester Quayle", date=DATE, **f):
    """Append a tracked deletion (not part of the submission)."""
    el = parse_xml(f'<w:del {WDECL} w:id="{next(_ids)}" w:author="{escape(author)}" w:date="{date}">'
                   f'<w:r><w:rPr>{_rpr(**f)}</w:rPr><w:delText xml:space="preserve">{escape(text)}</w:delText>'
                   f'</w:r></w:del>')
    p._p.append(el)
    return el


def add_run(p, text, **f):
    return fmt_run(p.add_run(text), **f)


def add_footnote(doc, p, text):
    """Append a footnote reference to paragraph p; the note text goes into word/footnotes.xml at save."""
    fid = len(doc._pb_footnotes) + 1
    doc._pb_footnotes.append((fid, text))
    p._p.append(parse_xml(f'<w:r {WDECL}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                          f'<w:footnoteReference w:id="{fid}"/></w:r>'))
    return fid


def _write_footnotes(doc):
    if not doc._pb_footnotes:
        return
    notes = [f'<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
             f'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
             f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
             f'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for fid, text in doc._pb_footnotes:
        notes.append(f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                     f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="17"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="17"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
                     f'</w:p></w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {WDECL} '
           f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{"".join(notes)}'
           f'</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    settings = doc.settings.element
    if settings.find(qn("w:footnotePr")) is None:
        settings.insert(0, parse_xml(f'<w:footnotePr {WDECL}><w:footnote w:id="-1"/><w:footnote w:id="0"/>'
                                     f'</w:footnotePr>'))


def add_textbox(container, paragraphs, width_pt=440, height_pt=120, fill="F2F2F2", stroke="404040"):
    """An inline VML text box in a new paragraph. paragraphs: list of lists of (text, fmt) or str."""
    inner = []
    for parts in paragraphs:
        if isinstance(parts, str):
            parts = [parts]
        runs = ""
        for part in parts:
            if isinstance(part, tuple):
                text, f = part
            else:
                text, f = part, {}
            runs += _run_xml(text, _rpr(bold=f.get("bold", False), italic=f.get("italic", False),
                                        size=f.get("size")))
        inner.append(f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{runs}</w:p>')
    host = container.add_paragraph()
    sid = next(_ids)
    xml = (f'<w:r {WDECL} {VDECL}><w:pict><v:shape id="TextBox{sid}" o:spid="_x0000_s{sid}" '
           f'type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" '
           f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="0.75pt">'
           f'<v:textbox inset="7pt,5pt,7pt,5pt"><w:txbxContent>{"".join(inner)}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r>')
    host._p.append(parse_xml(xml))
    return host


def page_field_footer(section, prefix_text, size=8, after_text=""):
    f = section.footer
    p = f.paragraphs[0]
    p.text = ""
    fmt_run(p.add_run(prefix_text), size=size)
    p._p.append(parse_xml(f'<w:fldSimple {WDECL} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="{size*2}"/></w:rPr>'
                          f'<w:t>1</w:t></w:r></w:fldSimple>'))
    if after_text:
        fmt_run(p.add_run(after_text), size=size)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def header_text(section, parts, size=8, align="right"):
    p = section.header.paragraphs[0]
    p.text = ""
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if isinstance(part, tuple):
            fmt_run(p.add_run(part[0]), size=size, **part[1])
        else:
            fmt_run(p.add_run(part), size=size)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align == "right" else WD_ALIGN_PARAGRAPH.CENTER
    return p


def landscape_section(doc):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    if w < h:
        sec.page_width, sec.page_height = h, w
    return sec


def portrait_section(doc):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    w, h = sec.page_width, sec.page_height
    if w > h:
        sec.page_width, sec.page_height = h, w
    return sec


def table_borders(table, sz=4, color="808080"):
    tblPr = table._tbl.tblPr
    sides = "".join(f'<w:{s} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>'
                    for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblPr.append(parse_xml(f'<w:tblBorders {WDECL}>{sides}</w:tblBorders>'))


def cell_ins_del(cell, deleted, inserted, author, date=DATE, size=None):
    """Make a cell read: deleted text (tracked) then inserted text (tracked)."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    if deleted:
        add_del(p, deleted, author=author, date=date, size=size)
    if inserted:
        add_ins(p, inserted, author=author, date=date, size=size)
    return p


def save(doc, path):
    _write_footnotes(doc)
    doc.save(path)
