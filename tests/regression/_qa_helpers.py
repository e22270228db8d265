"""Shared python-docx helpers for the qa-* build scripts (raw OOXML where python-docx cannot do it).

Provides: paragraphs with mixed runs, shaded paragraphs and cells, tables with merged cells, text boxes
(wps shape with a VML fallback), footnotes (a footnotes part added by hand), tracked insertions and
deletions (runs, whole paragraphs and table rows), comments (python-docx 1.2), fields, landscape sections,
headers and footers.
"""
from copy import deepcopy

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor, Emu

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DATE = "2009-01-19T10:00:00Z"
_ids = {"rev": 100, "shape": 1}


def _next(kind):
    _ids[kind] += 1
    return _ids[kind]


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
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    doc._qa_footnotes = []
    return doc


def runs(par, parts):
    """parts: list of str or (str, dict(bold, italic, size, color, underline, font, caps, strike))."""
    out = []
    for p in parts:
        if isinstance(p, str):
            p = (p, {})
        text, f = p
        r = par.add_run(text)
        r.bold = f.get("bold")
        r.italic = f.get("italic")
        if f.get("underline"):
            r.underline = True
        if f.get("size"):
            r.font.size = Pt(f["size"])
        if f.get("color"):
            r.font.color.rgb = RGBColor.from_string(f["color"])
        if f.get("font"):
            r.font.name = f["font"]
        if f.get("caps"):
            r.font.all_caps = True
        if f.get("strike"):
            r.font.strike = True
        out.append(r)
    return out


def para(container, parts="", style=None, align=None, space_after=None, shade=None, indent=None, keep=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if isinstance(parts, str):
        parts = [parts] if parts else []
    runs(p, parts)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if shade:
        shade_par(p, shade)
    return p


PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
             "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
             "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]
TCPR_ORDER = ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
              "textDirection", "tcFitText", "vAlign", "hideMark"]


def ordered_insert(parent, el, order):
    """Insert el into parent before the first child that must follow it in the schema order."""
    name = el.tag.split("}")[1]
    idx = order.index(name)
    for child in parent:
        cname = child.tag.split("}")[1] if "}" in str(child.tag) else ""
        if cname in order and order.index(cname) > idx:
            child.addprevious(el)
            return el
    parent.append(el)
    return el


def shade_par(p, fill):
    ppr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ordered_insert(ppr, shd, PPR_ORDER)


def border_par(p, sides=("top", "bottom"), sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for s in sides:
        e = OxmlElement(f"w:{s}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "1")
        e.set(qn("w:color"), "auto")
        bdr.append(e)
    ordered_insert(ppr, bdr, PPR_ORDER)


def shade_cell(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    old = tcpr.find(qn("w:shd"))
    if old is not None:
        tcpr.remove(old)
    ordered_insert(tcpr, shd, TCPR_ORDER)


def set_cell(cell, parts, bold=None, size=None, italic=None):
    """Write text (str, list of parts, or list of lines separated by '\n') into a cell."""
    cell.text = ""
    p = cell.paragraphs[0]
    if isinstance(parts, str):
        lines = parts.split("\n")
        for i, line in enumerate(lines):
            if i:
                p = cell.add_paragraph()
            r = p.add_run(line)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
    else:
        rs = runs(p, parts)
        for r in rs:
            if bold is not None and r.bold is None:
                r.bold = bold
            if size:
                r.font.size = Pt(size)
    return p


def table(doc, rows, widths=None, header_fill="D9D9D9", size=9.5, style="Table Grid", bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            c = t.cell(i, j)
            set_cell(c, val, bold=(bold_header if i == 0 and header_fill else None), size=size)
            if i == 0 and header_fill:
                shade_cell(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge(t, r1, c1, r2, c2, text=None, fill=None, bold=None, size=9.5):
    c = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        set_cell(c, text, bold=bold, size=size)
    if fill:
        shade_cell(c, fill)
    return c


def add_field(par, instr, placeholder="1"):
    r1 = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1.append(fc)
    r2 = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r2.append(it)
    r3 = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3.append(fc)
    r4 = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = placeholder
    r4.append(t)
    r5 = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5.append(fc)
    for r in (r1, r2, r3, r4, r5):
        par._p.append(r)


def header_footer(section, header_text, footer_text, page=True):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(header_text)
    r.font.size = Pt(8)
    r.italic = True
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = section.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run(footer_text)
    r.font.size = Pt(8)
    if page:
        r = fp.add_run("   Page ")
        r.font.size = Pt(8)
        add_field(fp, "PAGE")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def landscape_section(doc):
    sec = doc.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    return sec


def portrait_section(doc):
    sec = doc.add_section()
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    return sec


# ---------------------------------------------------------------- tracked changes

def _rev(tag, author):
    e = OxmlElement(tag)
    e.set(qn("w:id"), str(_next("rev")))
    e.set(qn("w:author"), author)
    e.set(qn("w:date"), DATE)
    return e


def _run(text, deleted=False, bold=None, italic=None):
    r = OxmlElement("w:r")
    if bold or italic:
        rpr = OxmlElement("w:rPr")
        if bold:
            rpr.append(OxmlElement("w:b"))
        if italic:
            rpr.append(OxmlElement("w:i"))
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def ins_text(par, text, author, bold=None):
    e = _rev("w:ins", author)
    e.append(_run(text, bold=bold))
    par._p.append(e)
    return e


def del_text(par, text, author, bold=None):
    e = _rev("w:del", author)
    e.append(_run(text, deleted=True, bold=bold))
    par._p.append(e)
    return e


def mark_par_inserted(par, author):
    """The whole paragraph is a tracked insertion: its mark and its runs."""
    ppr = par._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = ordered_insert(ppr, OxmlElement("w:rPr"), PPR_ORDER)
    rpr.append(_rev("w:ins", author))
    for r in list(par._p.findall(qn("w:r"))):
        wrap = _rev("w:ins", author)
        r.addprevious(wrap)
        wrap.append(r)


def mark_par_deleted(par, author):
    """The whole paragraph is a tracked deletion: its mark and its runs (w:t becomes w:delText)."""
    ppr = par._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = ordered_insert(ppr, OxmlElement("w:rPr"), PPR_ORDER)
    rpr.append(_rev("w:del", author))
    for r in list(par._p.findall(qn("w:r"))):
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        wrap = _rev("w:del", author)
        r.addprevious(wrap)
        wrap.append(r)


def mark_row(row, kind, author):
    """kind 'del' or 'ins': a tracked deleted or inserted table row."""
    trpr = row._tr.get_or_add_trPr()
    trpr.append(_rev("w:" + kind, author))
    for p in row._tr.iter(qn("w:p")):
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            ppr = OxmlElement("w:pPr")
            p.insert(0, ppr)
        rpr = ppr.find(qn("w:rPr"))
        if rpr is None:
            rpr = ordered_insert(ppr, OxmlElement("w:rPr"), PPR_ORDER)
        rpr.append(_rev("w:" + kind, author))
        for r in list(p.findall(qn("w:r"))):
            if kind == "del":
                for t in r.findall(qn("w:t")):
                    t.tag = qn("w:delText")
            wrap = _rev("w:" + kind, author)
            r.addprevious(wrap)
            wrap.append(r)


def cell_change(cell, old, new, author, size=9.5):
    """Replace a cell's text by a tracked deletion of `old` and insertion of `new`."""
    cell.text = ""
    p = cell.paragraphs[0]
    if old:
        e = del_text(p, old, author)
        _size(e, size)
    if new:
        e = ins_text(p, new, author)
        _size(e, size)
    return p


def _size(el, size):
    for r in el.findall(qn("w:r")):
        rpr = r.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            r.insert(0, rpr)
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rpr.append(sz)


# ---------------------------------------------------------------- comments

def comment(doc, run_or_runs, text, author, initials):
    return doc.add_comment(run_or_runs, text=text, author=author, initials=initials)


# ---------------------------------------------------------------- footnotes

def footnote(doc, par, text):
    """Add a footnote reference at the end of `par`; the note's text goes in word/footnotes.xml."""
    fid = len(doc._qa_footnotes) + 1
    doc._qa_footnotes.append((fid, text))
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r.append(ref)
    par._p.append(r)
    return fid


def _footnotes_xml(notes):
    body = [
        f'<w:footnotes xmlns:w="{W_NS}">',
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for fid, text in notes:
        body.append(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>'
        )
    body.append("</w:footnotes>")
    return "".join(body).encode("utf-8")


# ---------------------------------------------------------------- text boxes

def _txbx_paras(lines):
    out = []
    for line in lines:
        if isinstance(line, str):
            line = [(line, {})]
        rs = []
        for text, f in line:
            rpr = ""
            if f.get("bold"):
                rpr += "<w:b/>"
            if f.get("italic"):
                rpr += "<w:i/>"
            rpr += f'<w:sz w:val="{int(f.get("size", 9.5) * 2)}"/>'
            rs.append(f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r>')
        out.append(f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{"".join(rs)}</w:p>')
    return "".join(out)


def textbox(doc, lines, width_cm=15.5, height_cm=4.0, fill="F2F2F2", anchor_par=None):
    """A floating text box (wps, with a VML fallback) anchored in a new paragraph (or anchor_par)."""
    p = anchor_par if anchor_par is not None else doc.add_paragraph()
    sid = _next("shape")
    cx, cy = int(Cm(width_cm)), int(Cm(height_cm))
    content = _txbx_paras(lines)
    wpt, hpt = width_cm * 28.35, height_cm * 28.35
    xml = f'''<w:r xmlns:w="{W_NS}"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + sid}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="{1000 + sid}" name="Text Box {sid}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="404040"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:spAutoFit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="TextBox{sid}" o:spid="_x0000_s{1025 + sid}" type="#_x0000_t202" xmlns:o="urn:schemas-microsoft-com:office:office"
 style="position:absolute;margin-left:0;margin-top:0;width:{wpt:.1f}pt;height:{hpt:.1f}pt;z-index:{sid};mso-wrap-style:square;mso-position-horizontal-relative:text;mso-position-vertical-relative:text"
 fillcolor="#{fill}" strokecolor="#404040" strokeweight="1pt"><v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>'''
    p._p.append(parse_xml(xml))
    return p


# ---------------------------------------------------------------- save

def save(doc, path):
    if doc._qa_footnotes:
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    _footnotes_xml(doc._qa_footnotes), doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)
    doc.save(path)
