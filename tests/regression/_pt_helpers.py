"""Shared raw-OOXML helpers for the pt-* build scripts (python-docx cannot make tracked changes, footnotes,
text boxes, shaded paragraphs or fields on its own)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor

_ids = {"rev": 100, "shape": 1}
DATE = "2009-03-02T10:00:00Z"


def _next(kind):
    _ids[kind] += 1
    return _ids[kind]


def set_font(doc, name="Arial", size=10):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)


def runs(p, parts):
    """parts: str or list of (text, fmt) where fmt is a string of letters b/i/u/s(mall caps)."""
    if isinstance(parts, str):
        parts = [(parts, "")]
    out = []
    for item in parts:
        text, fmt = (item, "") if isinstance(item, str) else item
        r = p.add_run(text)
        r.bold = "b" in fmt or None
        r.italic = "i" in fmt or None
        r.underline = "u" in fmt or None
        if "s" in fmt:
            r.font.small_caps = True
        if "w" in fmt:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        out.append(r)
    return out


def para(doc_or_cell, parts="", style=None, align=None, size=None, space_after=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    rs = runs(p, parts) if parts else []
    if size:
        for r in rs:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def shade_para(p, fill):
    ppr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.append(shd)
    return p


def border_para(p, sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "4")
        e.set(qn("w:color"), "000000")
        bdr.append(e)
    ppr.append(bdr)
    return p


def shade_cell(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_text(cell, parts, size=None, fill=None):
    """Replace a cell's text with parts (str or list); '\n' in a str starts a new paragraph."""
    cell.text = ""
    p = cell.paragraphs[0]
    if isinstance(parts, str):
        chunks = parts.split("\n")
        rs = runs(p, chunks[0])
        for ch in chunks[1:]:
            p = cell.add_paragraph()
            rs += runs(p, ch)
    else:
        rs = runs(p, parts)
    if size:
        for r in rs:
            r.font.size = Pt(size)
    if fill:
        shade_cell(cell, fill)
    return cell


def table(doc, rows, widths=None, style="Table Grid", size=9, header_fill=None, bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            c = t.cell(i, j)
            if i == 0 and bold_header and isinstance(val, str):
                val = [(val, "b")]
            cell_text(c, val, size=size, fill=header_fill if i == 0 else None)
    if widths:
        from docx.shared import Cm
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill=None, size=9, fmt="b"):
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    cell_text(a, [(text, fmt)], size=size, fill=fill)
    return a


def _rev(tag, author):
    e = OxmlElement(tag)
    e.set(qn("w:id"), str(_next("rev")))
    e.set(qn("w:author"), author)
    e.set(qn("w:date"), DATE)
    return e


def ins_run(p, text, author, fmt=""):
    """Append an inserted (tracked) run to paragraph p."""
    ins = _rev("w:ins", author)
    r = OxmlElement("w:r")
    if fmt:
        rpr = OxmlElement("w:rPr")
        if "b" in fmt:
            rpr.append(OxmlElement("w:b"))
        if "i" in fmt:
            rpr.append(OxmlElement("w:i"))
        r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    ins.append(r)
    p._p.append(ins)
    return ins


def del_run(p, text, author):
    """Append a deleted (tracked) run to paragraph p."""
    d = _rev("w:del", author)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    d.append(r)
    p._p.append(d)
    return d


def mixed(p, parts, author):
    """parts: list of ('n'|'i'|'d', text[, fmt]) : normal, inserted, deleted."""
    for part in parts:
        kind, text = part[0], part[1]
        fmt = part[2] if len(part) > 2 else ""
        if kind == "n":
            runs(p, [(text, fmt)])
        elif kind == "i":
            ins_run(p, text, author, fmt)
        else:
            del_run(p, text, author)
    return p


def delete_row(row, author):
    """Mark a whole table row as a tracked deletion (its text becomes delText)."""
    tr = row._tr
    trpr = tr.get_or_add_trPr()
    trpr.append(_rev("w:del", author))
    for r in tr.iter(qn("w:r")):
        parent = r.getparent()
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        d = _rev("w:del", author)
        parent.replace(r, d)
        d.append(r)


def insert_row_mark(row, author):
    """Mark a whole table row as a tracked insertion."""
    tr = row._tr
    trpr = tr.get_or_add_trPr()
    trpr.append(_rev("w:ins", author))
    for r in list(tr.iter(qn("w:r"))):
        parent = r.getparent()
        if parent.tag == qn("w:ins"):
            continue
        i = _rev("w:ins", author)
        parent.replace(r, i)
        i.append(r)


def textbox(doc, lines, width_pt=420, height_pt=90, fill="FFFFFF", anchor_text=None):
    """A floating VML text box anchored in a new paragraph. lines: list of parts (str or list of tuples)."""
    p = doc.add_paragraph()
    if anchor_text:
        runs(p, anchor_text)
    inner = ""
    for line in lines:
        if isinstance(line, str):
            line = [(line, "")]
        rs = ""
        for text, fmt in line:
            rpr = ""
            if fmt:
                rpr = "<w:rPr>" + ("<w:b/>" if "b" in fmt else "") + ("<w:i/>" if "i" in fmt else "") + "</w:rPr>"
            esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            rs += f'<w:r>{rpr}<w:t xml:space="preserve">{esc}</w:t></w:r>'
        inner += f"<w:p>{rs}</w:p>"
    n = _next("shape")
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        f'<v:shape id="TextBox{n}" o:spid="_x0000_s10{n:02d}" '
        f'style="position:absolute;margin-left:0;margin-top:4pt;width:{width_pt}pt;height:{height_pt}pt;'
        f'z-index:{n};mso-position-horizontal:center;mso-wrap-style:square" fillcolor="#{fill}" strokeweight="1.5pt">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    )
    p._p.append(parse_xml(xml))
    return p


def page_field(p):
    fld = parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
    )
    p._p.append(fld)


def header_footer(doc, header_text, footer_text, page=True):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in hp.runs:
        r.font.size = Pt(8)
        r.bold = True
    fp = sec.footer.paragraphs[0]
    fp.text = footer_text
    for r in fp.runs:
        r.font.size = Pt(7)
    if page:
        runs(fp, "  |  Page ")
        page_field(fp)


class Footnotes:
    """Adds a footnotes part and footnote references."""

    def __init__(self, doc):
        self.doc = doc
        self.xml = parse_xml(
            f'<w:footnotes {nsdecls("w")}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            "</w:footnotes>"
        )
        self.n = 0

    def add(self, p, text):
        self.n += 1
        fid = self.n
        fn = parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {text.replace("&", "&amp;")}</w:t></w:r></w:p></w:footnote>'
        )
        self.xml.append(fn)
        ref = parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'
        )
        p._p.append(ref)

    def finish(self):
        from lxml import etree
        blob = etree.tostring(self.xml, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def comment(doc, run_list, text, author, initials):
    return doc.add_comment(run_list, text=text, author=author, initials=initials)
