"""Shared python-docx helpers for the ov-* build scripts (tai chi and qigong school applications).

Inline markup in text passed to add_text/para: **bold**, __italic__.
Raw OOXML is used for what python-docx cannot do: tracked insertions and deletions (w:ins / w:del,
including a deleted table row), footnotes (a footnotes part built by hand), VML text boxes,
cell shading, PAGE fields and manual line breaks.
"""
import re
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ids = [900]


def _nid():
    _ids[0] += 1
    return str(_ids[0])


def new_document(font="Georgia", size=10.5, margins_cm=2.2):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(a), font)
    rfonts.set(qn("w:eastAsia"), "SimSun")
    st.paragraph_format.space_after = Pt(5)
    for s in doc.sections:
        s.top_margin = s.bottom_margin = Cm(margins_cm)
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    return doc


def add_text(p, text, bold=False, italic=False, size=None, color=None, font=None):
    """Append runs to paragraph p, honouring **bold** and __italic__ toggles. Returns the runs."""
    runs = []
    b, i = bold, italic
    for tok in re.split(r"(\*\*|__)", text):
        if tok == "**":
            b = not b
            continue
        if tok == "__":
            i = not i
            continue
        if not tok:
            continue
        r = p.add_run(tok)
        r.bold = b or None
        r.italic = i or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
        runs.append(r)
    return runs


def para(container, text="", style=None, bold=False, italic=False, size=None, align=None,
         space_after=None, color=None, keep=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        add_text(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def lines_para(container, lines, bold_first=False, size=None):
    """One paragraph whose lines are separated by manual line breaks (w:br), as if pasted."""
    p = container.add_paragraph()
    for n, ln in enumerate(lines):
        runs = add_text(p, ln, bold=(bold_first and n == 0), size=size)
        if n < len(lines) - 1 and runs:
            runs[-1].add_break(WD_BREAK.LINE)
    return p


def _run_el(text, tag="w:t", bold=False, italic=False, size=None):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if bold:
        rpr.append(OxmlElement("w:b"))
    if italic:
        rpr.append(OxmlElement("w:i"))
    if size:
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rpr.append(sz)
    if len(rpr):
        r.append(rpr)
    t = OxmlElement(tag)
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked_insert(p, text, author, date, bold=False, italic=False, size=None):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), _nid())
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), date)
    ins.append(_run_el(text, "w:t", bold, italic, size))
    p._p.append(ins)
    return ins


def tracked_delete(p, text, author, date, bold=False, italic=False, size=None):
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _nid())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    d.append(_run_el(text, "w:delText", bold, italic, size))
    p._p.append(d)
    return d


def delete_row(table, texts, author, date, size=None):
    """Append a table row whose whole content is a tracked deletion."""
    row = table.add_row()
    trpr = row._tr.get_or_add_trPr()
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _nid())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    trpr.append(d)
    for cell, txt in zip(row.cells, texts):
        p = cell.paragraphs[0]
        tracked_delete(p, txt, author, date, size=size)
    return row


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None, fill=None, align=None):
    """Write text (may contain '\n' for new paragraphs) into a cell."""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for n, part in enumerate(parts):
        if n:
            p = cell.add_paragraph()
        add_text(p, part, bold=bold, italic=italic, size=size)
        p.paragraph_format.space_after = Pt(2)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade(cell, fill)
    return cell


def table(doc, rows, cols, widths_cm=None, style="Table Grid"):
    t = doc.add_table(rows=rows, cols=cols)
    try:
        t.style = style
    except Exception:
        pass
    if widths_cm:
        for row in t.rows:
            for c, w in zip(row.cells, widths_cm):
                c.width = Cm(w)
    return t


def header_footer(section, header_text, footer_text, size=8):
    hp = section.header.paragraphs[0]
    hp.text = ""
    add_text(hp, header_text, size=size, italic=True)
    fp = section.footer.paragraphs[0]
    fp.text = ""
    add_text(fp, footer_text + "  ·  page ", size=size)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    fld.append(_run_el("1", size=size))
    fp._p.append(fld)


def landscape_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    return sec


def portrait_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    return sec


def text_box(doc, paragraphs, width_pt=430, fill="#F3F0E6", stroke="#7A6A3A"):
    """A VML text box (inline) in its own paragraph; paragraphs is a list of strings (markup allowed)."""
    inner = []
    for txt in paragraphs:
        runs = []
        b = i = False
        for tok in re.split(r"(\*\*|__)", txt):
            if tok == "**":
                b = not b
                continue
            if tok == "__":
                i = not i
                continue
            if not tok:
                continue
            rpr = ("<w:rPr>" + ("<w:b/>" if b else "") + ("<w:i/>" if i else "") + "<w:sz w:val=\"19\"/></w:rPr>")
            esc = tok.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            runs.append(f"<w:r>{rpr}<w:t xml:space=\"preserve\">{esc}</w:t></w:r>")
        inner.append("<w:p><w:pPr><w:spacing w:after=\"60\"/></w:pPr>" + "".join(runs) + "</w:p>")
    xml = (
        f'<w:r xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<w:pict><v:shape id="tb{_nid()}" o:spid="_x0000_s{_nid()}" type="#_x0000_t202" '
        f'style="width:{width_pt}pt;height:40pt;mso-wrap-style:square" fillcolor="{fill}" strokecolor="{stroke}" strokeweight="1pt">'
        f'<v:textbox style="mso-fit-shape-to-text:t" inset="6pt,6pt,6pt,6pt"><w:txbxContent>' + "".join(inner) +
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    )
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


class Footnotes:
    """Collects footnotes and writes a footnotes part at the end."""

    CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, p, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript")
        rpr.append(va)
        r.append(rpr)
        fr = OxmlElement("w:footnoteReference")
        fr.set(qn("w:id"), str(fid))
        r.append(fr)
        p._p.append(r)

    def finish(self):
        def esc(s):
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        body = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for fid, text in self.notes:
            body.append(
                f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>'
            )
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' + "".join(body) + "</w:footnotes>"
        part = Part(PackURI("/word/footnotes.xml"), self.CT, xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, self.RT)


def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)


def bullet(doc, text, style="List Bullet"):
    return para(doc, text, style=style)


def typed_bullet(doc, text, mark="•", indent_cm=0.6):
    p = para(doc, f"{mark}\t{text}")
    p.paragraph_format.left_indent = Cm(indent_cm)
    p.paragraph_format.first_line_indent = Cm(-indent_cm)
    p.paragraph_format.space_after = Pt(3)
    return p
