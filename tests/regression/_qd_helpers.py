"""Shared helpers for the qd-* build scripts: python-docx plus the raw OOXML it cannot write
(tracked insertions and deletions, deleted table rows, footnotes, VML text boxes, shading,
merged cells, PAGE fields, landscape sections)."""
import copy
import itertools

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

_ids = itertools.count(101)
DATE = "2009-01-14T10:00:00Z"


def new_doc(font="Arial", size=10):
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
    st.paragraph_format.space_after = Pt(4)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return doc


def _style_run(r, bold=None, italic=None, color=None, size=None, font=None, strike=None, caps=None):
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
        rpr = r._r.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
            rpr.insert(0, rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(a), font)
    if strike:
        r.font.strike = True
    if caps:
        r.font.all_caps = True
    return r


def add_runs(p, parts):
    """parts: str, or list of str / (text, dict). A text with '\n' gets manual line breaks."""
    if isinstance(parts, str):
        parts = [parts]
    out = []
    for part in parts:
        if isinstance(part, tuple):
            text, fmt = part
        else:
            text, fmt = part, {}
        lines = text.split("\n")
        r = p.add_run()
        for i, line in enumerate(lines):
            if i:
                r.add_break()
            if line:
                r.add_text(line)
        _style_run(r, **fmt)
        out.append(r)
    return out


def para(doc_or_cell, parts="", style=None, align=None, shade=None, space_after=None, space_before=None,
         indent=None, keep=False, size=None, bold=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if parts:
        runs = add_runs(p, parts)
        if size or bold is not None:
            for r in runs:
                _style_run(r, size=size, bold=bold)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if shade:
        shade_para(p, shade)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


_PPR_AFTER_SHD = ("w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
                  "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                  "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
                  "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
                  "w:sectPr", "w:pPrChange")


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.insert_element_before(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
                              *_PPR_AFTER_SHD)


def border_para(p, color="000000", sz=8):
    pPr = p._p.get_or_add_pPr()
    pPr.insert_element_before(parse_xml(
        f'<w:pBdr {nsdecls("w")}>' + "".join(
            f'<w:{s} w:val="single" w:sz="{sz}" w:space="4" w:color="{color}"/>' for s in ("top", "left", "bottom", "right"))
        + "</w:pBdr>"), "w:shd", *_PPR_AFTER_SHD)


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, parts, bold=None, size=None, shade=None, italic=None, color=None):
    """Replace a cell's text with runs (first paragraph); '\n\n' starts a new paragraph."""
    cell.text = ""
    if isinstance(parts, str):
        chunks = parts.split("\n\n")
        first = True
        for ch in chunks:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            for r in add_runs(p, ch):
                _style_run(r, bold=bold, size=size, italic=italic, color=color)
    else:
        p = cell.paragraphs[0]
        for r in add_runs(p, parts):
            _style_run(r, size=size)
    if shade:
        shade_cell(cell, shade)
    return cell


def table(doc, rows, widths=None, style="Table Grid", header_shade=None, size=9, bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(bold_header if i == 0 and header_shade else None), size=size,
                     shade=(header_shade if i == 0 else None))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge(t, r1, c1, r2, c2, text=None, bold=None, shade=None, size=9):
    c = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        set_cell(c, text, bold=bold, size=size, shade=shade)
    elif shade:
        shade_cell(c, shade)
    return c


# ---------------------------------------------------------------- tracked changes
def _rpr_xml(bold=False, italic=False, size=None):
    x = ""
    if bold:
        x += "<w:b/>"
    if italic:
        x += "<w:i/>"
    if size:
        x += f'<w:sz w:val="{int(size*2)}"/>'
    return f"<w:rPr>{x}</w:rPr>" if x else ""


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ins_run(p, text, author="K. Ashdown", bold=False, italic=False, size=None):
    """Append a tracked insertion (part of the submission)."""
    x = (f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{DATE}">'
         f'<w:r>{_rpr_xml(bold, italic, size)}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(x))


def del_run(p, text, author="K. Ashdown", bold=False, italic=False, size=None):
    """Append a tracked deletion (not part of the submission)."""
    x = (f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{DATE}">'
         f'<w:r>{_rpr_xml(bold, italic, size)}<w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))


def delete_row(row, author="K. Ashdown"):
    """Mark a whole table row as a tracked deletion: row mark and every run become deleted."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{DATE}"/>'))
    for r in list(tr.iter(qn("w:r"))):
        for t in r.findall(qn("w:t")):
            dt = parse_xml(f'<w:delText {nsdecls("w")} xml:space="preserve">{_esc(t.text or "")}</w:delText>')
            r.replace(t, dt)
        parent = r.getparent()
        wrapper = parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{DATE}"/>')
        parent.replace(r, wrapper)
        wrapper.append(r)


def insert_row_mark(row, author="K. Ashdown"):
    """Mark a table row as a tracked insertion (its text is part of the submission)."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{DATE}"/>'))
    for r in list(tr.iter(qn("w:r"))):
        parent = r.getparent()
        wrapper = parse_xml(f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{DATE}"/>')
        parent.replace(r, wrapper)
        wrapper.append(r)


def replace_in_cell(cell, old, new, author="K. Ashdown", size=9):
    """Cell text shown as a tracked change: old deleted, new inserted."""
    cell.text = ""
    p = cell.paragraphs[0]
    del_run(p, old, author, size=size)
    ins_run(p, new, author, size=size)


# ---------------------------------------------------------------- comments
def comment(doc, runs, text, author="Reviewer", initials="R"):
    if not isinstance(runs, (list, tuple)):
        runs = [runs]
    return doc.add_comment(runs, text=text, author=author, initials=initials)


# ---------------------------------------------------------------- footnotes
_FN_HEAD = (f'<w:footnotes {nsdecls("w")}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')


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

    def finish(self):
        if not self.notes:
            return
        body = "".join(
            f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {_esc(t)}</w:t></w:r></w:p></w:footnote>'
            for n, t in self.notes)
        xml = (_FN_HEAD + body + "</w:footnotes>").encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- text boxes (VML)
def text_box(doc, paragraphs, width_pt=440, height_pt=120, fill="FFFFFF", stroke="000000", anchor_para=None):
    """A floating-looking VML text box anchored in its own paragraph. paragraphs: list of (text, bold, size)."""
    inner = ""
    for item in paragraphs:
        text, bold, size = (item + (False, 9))[:3] if isinstance(item, tuple) else (item, False, 9)
        rpr = _rpr_xml(bold=bold, size=size)
        inner += (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>{rpr}'
                  f'<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>')
    sid = next(_ids)
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="TextBox{sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1pt">'
           f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = anchor_para if anchor_para is not None else doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


# ---------------------------------------------------------------- header / footer / sections
def page_field_run(p):
    p._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def header_footer(section, header_text, footer_text, page=True):
    hp = section.header.paragraphs[0]
    hp.text = ""
    add_runs(hp, [(header_text, {"size": 8, "color": "555555"})])
    fp = section.footer.paragraphs[0]
    fp.text = ""
    add_runs(fp, [(footer_text, {"size": 8, "color": "555555"})])
    if page:
        add_runs(fp, [("   Page ", {"size": 8})])
        page_field_run(fp)


def landscape_section(doc):
    from docx.enum.section import WD_SECTION
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    w, h = s.page_width, s.page_height
    if w < h:
        s.page_width, s.page_height = h, w
    return s


def portrait_section(doc):
    from docx.enum.section import WD_SECTION
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    w, h = s.page_width, s.page_height
    if w > h:
        s.page_width, s.page_height = h, w
    return s
