"""Shared helpers for the md-* build scripts: python-docx plus raw OOXML for
tracked changes, shading, merged cells, text boxes, headers and footers."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rid = [100]


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_doc(font="Georgia", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def para(d, text="", bold=False, italic=False, size=None, color=None, align=None, style=None, space_after=4):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
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
    p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(p, parts):
    """parts: list of (text, dict(bold=, italic=, color=)) or plain strings."""
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(p.add_run(part))
        else:
            t, f = part
            r = p.add_run(t)
            r.bold = f.get("bold")
            r.italic = f.get("italic")
            if f.get("color"):
                r.font.color.rgb = RGBColor.from_string(f["color"])
            if f.get("size"):
                r.font.size = Pt(f["size"])
            out.append(r)
    return out


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell.paragraphs[0]


def table(d, rows, widths=None, head_fill="D9D9D9", size=9, bold_first_col=False, head=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            if val is None:
                continue
            cell_text(c, val, bold=(head and i == 0) or (bold_first_col and j == 0), size=size)
            if head and i == 0 and head_fill:
                shade(c, head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def ins_run(p, text, author="Editor", date="2008-10-20T09:00:00Z", bold=False):
    _rid[0] += 1
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    x = (f'<w:ins {W} w:id="{_rid[0]}" w:author="{_esc(author)}" w:date="{date}">'
         f'<w:r>{b}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(x))


def del_run(p, text, author="Editor", date="2008-10-20T09:00:00Z", bold=False):
    _rid[0] += 1
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    x = (f'<w:del {W} w:id="{_rid[0]}" w:author="{_esc(author)}" w:date="{date}">'
         f'<w:r>{b}<w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))


def mark_para(p, kind, author="Editor", date="2008-10-20T09:00:00Z"):
    """Mark the paragraph mark itself as inserted or deleted (whole-paragraph change)."""
    _rid[0] += 1
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {W}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {W} w:id="{_rid[0]}" w:author="{_esc(author)}" w:date="{date}"/>'))


def ins_para(d, text, author="Editor", date="2008-10-20T09:00:00Z"):
    p = d.add_paragraph()
    ins_run(p, text, author, date)
    mark_para(p, "ins", author, date)
    return p


def del_para(d, text, author="Editor", date="2008-10-20T09:00:00Z"):
    p = d.add_paragraph()
    del_run(p, text, author, date)
    mark_para(p, "del", author, date)
    return p


def text_box(d, lines, width_pt=430, height_pt=110, fill="FFF4E0", bold_first=True):
    """A floating VML text box anchored to a new paragraph."""
    body = ""
    for i, line in enumerate(lines):
        b = "<w:rPr><w:b/></w:rPr>" if (bold_first and i == 0) else ""
        body += f'<w:p><w:r>{b}<w:t xml:space="preserve">{_esc(line)}</w:t></w:r></w:p>'
    _rid[0] += 1
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{_rid[0]}" o:spid="_x0000_s{_rid[0]}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" fillcolor="#{fill}" strokecolor="#7B3F00">'
           f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def header_footer(d, header, footer):
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    hp.text = header
    hp.runs[0].font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fp.text = footer
    fp.runs[0].font.size = Pt(8)


def comment(d, run_or_runs, text, author="Reviewer", initials="RV"):
    d.add_comment(run_or_runs, text=text, author=author, initials=initials)
