"""Shared python-docx helpers for the on-* build scripts (raw OOXML where python-docx cannot do it:
tracked changes, footnotes, text boxes, shading, merged cells, fields)."""
import copy
import re
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DATE = "2008-10-14T09:00:00Z"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def new_document(font="Arial", size=10.5):
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
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return doc


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def add_runs(p, text, bold=False, italic=False, size=None, color=None, font=None):
    """Add text with light markup: **bold**, __italic__, and \\n as a manual line break."""
    parts = re.split(r"(\*\*.+?\*\*|__.+?__)", text)
    for part in parts:
        if not part:
            continue
        b, i, t = bold, italic, part
        if part.startswith("**") and part.endswith("**"):
            b, t = True, part[2:-2]
        elif part.startswith("__") and part.endswith("__"):
            i, t = True, part[2:-2]
        lines = t.split("\n")
        for k, line in enumerate(lines):
            r = p.add_run(line)
            r.bold = b or None
            r.italic = i or None
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
            if font:
                r.font.name = font
            if k < len(lines) - 1:
                r.add_break()
    return p


def para(doc_or_cell, text="", style=None, bold=False, italic=False, size=None, color=None,
         align=None, shade=None, space_after=None, font=None, indent=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, italic=italic, size=size, color=color, font=font)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if shade:
        shade_para(p, shade)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, shade=None, color=None):
    """Replace a cell's text (first paragraph), markup allowed; extra paragraphs with '\\n\\n'."""
    chunks = text.split("\n\n")
    p = cell.paragraphs[0]
    add_runs(p, chunks[0], bold=bold, italic=italic, size=size, color=color)
    for ch in chunks[1:]:
        q = cell.add_paragraph()
        add_runs(q, ch, bold=bold, italic=italic, size=size, color=color)
    if shade:
        shade_cell(cell, shade)
    return cell


def table(doc, rows, header=True, widths=None, style="Table Grid", size=9, head_shade="D9D9D9",
          merged_rows=(), merged_shade="EDEDED"):
    """rows: list of lists of strings. merged_rows: indexes of rows whose cells are merged into one
    (band rows), shaded."""
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = style
    for i, r in enumerate(rows):
        if i in merged_rows:
            c = t.rows[i].cells[0].merge(t.rows[i].cells[ncol - 1])
            cell_text(c, r[0], bold=True, size=size, shade=merged_shade)
            continue
        for j in range(ncol):
            txt = r[j] if j < len(r) else ""
            cell_text(t.rows[i].cells[j], txt, bold=(header and i == 0), size=size,
                      shade=(head_shade if header and i == 0 else None))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    return t


# ---------- tracked changes ----------
def ins_run(p, text, author="Referee", date=DATE, bold=False):
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    x = (f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
         f'<w:r>{b}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(x))


def del_run(p, text, author="Referee", date=DATE, bold=False):
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    x = (f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
         f'<w:r>{b}<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))


def deleted_paragraph(doc, text, author="Referee", date=DATE):
    """A whole paragraph deleted as a tracked change (its mark too)."""
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="{_next_id()}" w:author="{esc(author)}" '
                         f'w:date="{date}"/></w:rPr>'))
    del_run(p, text, author, date)
    return p


def inserted_paragraph(doc, text, author="Referee", date=DATE):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:ins w:id="{_next_id()}" w:author="{esc(author)}" '
                         f'w:date="{date}"/></w:rPr>'))
    ins_run(p, text, author, date)
    return p


# ---------- comments ----------
def comment(doc, paragraph, text, author="Referee", initials="R"):
    runs = paragraph.runs
    if not runs:
        runs = [paragraph.add_run("")]
    return doc.add_comment(runs, text=text, author=author, initials=initials)


# ---------- footnotes ----------
_FOOT = {}


def _footnotes_part(doc):
    if "part" in _FOOT and _FOOT.get("doc") is doc:
        return _FOOT["part"]
    xml = (f'<w:footnotes {nsdecls("w")}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           '</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode(), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    _FOOT.clear()
    _FOOT.update(doc=doc, part=part, els=[], n=0)
    return part


def footnote(doc, p, text):
    _footnotes_part(doc)
    _FOOT["n"] += 1
    fid = _FOOT["n"]
    r = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                  f'<w:footnoteReference w:id="{fid}"/></w:r>')
    p._p.append(r)
    _FOOT["els"].append(
        f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')


def finish_footnotes(doc):
    if _FOOT.get("doc") is not doc:
        return
    part = _FOOT["part"]
    xml = (f'<w:footnotes {nsdecls("w")}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           + "".join(_FOOT["els"]) + '</w:footnotes>')
    part._blob = xml.encode()


# ---------- text box ----------
def text_box(doc, paragraphs, width_pt=430, height_pt=120, fill="FFF8DC", stroke="808080"):
    """An inline-anchored VML text box holding paragraphs (list of strings, **bold** allowed)."""
    inner = ""
    for t in paragraphs:
        runs = ""
        for part in re.split(r"(\*\*.+?\*\*)", t):
            if not part:
                continue
            if part.startswith("**"):
                runs += f'<w:r><w:rPr><w:b/><w:sz w:val="19"/></w:rPr><w:t xml:space="preserve">{esc(part[2:-2])}</w:t></w:r>'
            else:
                runs += f'<w:r><w:rPr><w:sz w:val="19"/></w:rPr><w:t xml:space="preserve">{esc(part)}</w:t></w:r>'
        inner += f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{runs}</w:p>'
    p = doc.add_paragraph()
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:rect id="tb{_next_id()}" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" '
           f'fillcolor="#{fill}" strokecolor="#{stroke}">'
           f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           f'</v:rect></w:pict></w:r>')
    p._p.append(parse_xml(xml))
    return p


# ---------- header / footer ----------
def header_footer(doc, header_text, footer_text, page_field=True):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    add_runs(hp, header_text, size=8, color="595959")
    fp = sec.footer.paragraphs[0]
    add_runs(fp, footer_text, size=8, color="595959")
    if page_field:
        fp.add_run("   Page ").font.size = Pt(8)
        fp._p.append(parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
            f'<w:t>1</w:t></w:r></w:fldSimple>'))


def page_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def landscape_section(doc):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    return s


def portrait_section(doc):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    if s.page_width > s.page_height:
        s.page_width, s.page_height = s.page_height, s.page_width
    return s


def save(doc, path):
    finish_footnotes(doc)
    doc.save(path)
