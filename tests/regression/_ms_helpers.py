"""Shared python-docx helpers for the ms-* build scripts.

Plain paragraphs with run formatting, shaded paragraphs and cells, tables with
merged cells, tracked insertions and deletions (w:ins / w:del, and a deleted
paragraph mark), Word comments, a footnotes part written by hand, a VML text
box, PAGE / NUMPAGES fields, typed tick boxes.
"""
from copy import deepcopy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ALIGN = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER,
         "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY}

_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def new_doc(font="Georgia", size=10.5, margins=2.0):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(4)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(margins)
    return doc


def fmt_run(run, f):
    if not f:
        return run
    if f.get("b"):
        run.bold = True
    if f.get("i"):
        run.italic = True
    if f.get("u"):
        run.underline = True
    if f.get("caps"):
        run.font.all_caps = True
    if f.get("size"):
        run.font.size = Pt(f["size"])
    if f.get("color"):
        run.font.color.rgb = RGBColor.from_string(f["color"])
    if f.get("font"):
        run.font.name = f["font"]
    if f.get("sup"):
        run.font.superscript = True
    return run


def add_runs(p, parts):
    """parts: a str, or a list of str / (text, fmt) items. Returns the runs."""
    if isinstance(parts, str):
        parts = [parts]
    runs = []
    for item in parts:
        if isinstance(item, str):
            runs.append(p.add_run(item))
        else:
            text, f = item
            runs.append(fmt_run(p.add_run(text), f))
    return runs


def shade_p(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.insert_element_before(shd, *_AFTER_SHD)


_AFTER_SHD = ("w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
              "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
              "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
              "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
              "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def border_p(p, color="808080", sz=6):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "4")
        e.set(qn("w:color"), color)
        bdr.append(e)
    pPr.insert_element_before(bdr, "w:shd", *_AFTER_SHD)


def P(container, parts="", style=None, align=None, fill=None, after=None, before=None,
      indent=None, keep=False, size=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    runs = add_runs(p, parts)
    if size:
        for r in runs:
            if r.font.size is None:
                r.font.size = Pt(size)
    if align:
        p.alignment = ALIGN[align]
    if fill:
        shade_p(p, fill)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, parts, size=None, align=None, fill=None):
    """Write parts into a cell; parts may be a list of paragraphs when given as
    {'paras': [...]}."""
    paras = parts["paras"] if isinstance(parts, dict) else [parts]
    first = True
    out = []
    for para in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        runs = add_runs(p, para)
        if size:
            for r in runs:
                if r.font.size is None:
                    r.font.size = Pt(size)
        if align:
            p.alignment = ALIGN[align]
        p.paragraph_format.space_after = Pt(2)
        out.append(p)
    if fill:
        shade_cell(cell, fill)
    return out


def table(container, rows, widths=None, style="Table Grid", head_fill=None, size=None,
          head_bold=True):
    nrows, ncols = len(rows), max(len(r) for r in rows)
    t = container.add_table(rows=nrows, cols=ncols)
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            c = t.cell(i, j)
            if i == 0 and head_bold and isinstance(val, str):
                val = [(val, {"b": True})]
            cell_text(c, val, size=size, fill=head_fill if i == 0 else None)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    return t


def merge(t, r1, c1, r2, c2, parts=None, size=None, fill=None, align=None):
    a = t.cell(r1, c1)
    b = t.cell(r2, c2)
    m = a.merge(b)
    if parts is not None:
        for p in list(m.paragraphs)[1:]:
            p._p.getparent().remove(p._p)
        for r in list(m.paragraphs[0].runs):
            r._r.getparent().remove(r._r)
        cell_text(m, parts, size=size, align=align)
    if fill:
        shade_cell(m, fill)
    return m


# ---------- tracked changes ----------

def _run_el(text, deleted=False, f=None):
    r = OxmlElement("w:r")
    if f:
        rpr = OxmlElement("w:rPr")
        if f.get("b"):
            rpr.append(OxmlElement("w:b"))
        if f.get("i"):
            rpr.append(OxmlElement("w:i"))
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    r.append(t)
    return r


def ins(p, text, author, date, f=None):
    e = OxmlElement("w:ins")
    e.set(qn("w:id"), _next_id())
    e.set(qn("w:author"), author)
    e.set(qn("w:date"), date)
    e.append(_run_el(text, False, f))
    p._p.append(e)
    return e


def dele(p, text, author, date, f=None):
    e = OxmlElement("w:del")
    e.set(qn("w:id"), _next_id())
    e.set(qn("w:author"), author)
    e.set(qn("w:date"), date)
    e.append(_run_el(text, True, f))
    p._p.append(e)
    return e


def mark_para(p, kind, author, date):
    """Mark the paragraph mark itself as inserted ('ins') or deleted ('del')."""
    pPr = p._p.get_or_add_pPr()
    rpr = pPr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        pPr.append(rpr)
    e = OxmlElement(f"w:{kind}")
    e.set(qn("w:id"), _next_id())
    e.set(qn("w:author"), author)
    e.set(qn("w:date"), date)
    rpr.append(e)


def deleted_para(container, parts, author, date):
    """A whole paragraph deleted as a tracked change. parts: list of (text, fmt)."""
    p = container.add_paragraph()
    if isinstance(parts, str):
        parts = [(parts, None)]
    for item in parts:
        text, f = (item, None) if isinstance(item, str) else item
        dele(p, text, author, date, f)
    mark_para(p, "del", author, date)
    return p


def inserted_para(container, parts, author, date):
    p = container.add_paragraph()
    if isinstance(parts, str):
        parts = [(parts, None)]
    for item in parts:
        text, f = (item, None) if isinstance(item, str) else item
        ins(p, text, author, date, f)
    mark_para(p, "ins", author, date)
    return p


# ---------- comments ----------

def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)


# ---------- footnotes ----------

class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.n = 0
        xml = (f'<w:footnotes {nsdecls("w", "r")}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
               '<w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
               '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.el = parse_xml(xml)
        self.part = Part(PackURI("/word/footnotes.xml"),
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                         b"", doc.part.package)
        doc.part.relate_to(self.part, RT.FOOTNOTES)

    def add(self, p, text):
        self.n += 1
        fid = str(self.n)
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript")
        rpr.append(va)
        r.append(rpr)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), fid)
        r.append(ref)
        p._p.append(r)
        fn = parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> </w:t></w:r></w:p></w:footnote>')
        t = OxmlElement("w:t")
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        t.text = text
        rr = OxmlElement("w:r")
        rp = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), "18")
        rp.append(sz)
        rr.append(rp)
        rr.append(t)
        fn.find(qn("w:p")).append(rr)
        self.el.append(fn)
        return r

    def finish(self):
        from lxml import etree
        self.part._blob = etree.tostring(self.el, xml_declaration=True, encoding="UTF-8", standalone=True)


# ---------- text box (VML) ----------

def text_box(container, paras, width_pt=430, height_pt=90, fill="F2F2F2"):
    """A floating-in-line VML text box holding paragraphs. paras: list of parts lists."""
    host = container.add_paragraph()
    inner = ""
    from xml.sax.saxutils import escape
    for parts in paras:
        if isinstance(parts, str):
            parts = [parts]
        runs = ""
        for item in parts:
            text, f = (item, {}) if isinstance(item, str) else item
            rpr = ""
            if f.get("b"):
                rpr += "<w:b/>"
            if f.get("i"):
                rpr += "<w:i/>"
            if f.get("size"):
                rpr += f'<w:sz w:val="{int(f["size"] * 2)}"/>'
            runs += f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
        inner += f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{runs}</w:p>'
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shape id="tb{_next_id()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" '
           f'fillcolor="#{fill}" strokecolor="#7F7F7F" strokeweight="1pt">'
           f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           '</v:shape></w:pict></w:r>')
    host._p.append(parse_xml(xml))
    return host


# ---------- fields ----------

def field(p, instr, placeholder="1"):
    fld = parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" {instr} "><w:r><w:t>{placeholder}</w:t></w:r></w:fldSimple>')
    p._p.append(fld)
    return fld


def set_cell_margins_tight(t):
    pass


def landscape(section):
    from docx.enum.section import WD_ORIENT
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w
