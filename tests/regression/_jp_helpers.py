"""Shared python-docx / raw OOXML helpers for the jp-* build scripts."""
import itertools
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

_ids = itertools.count(900)
W = nsdecls("w")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(4)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(1.8)
    return d


def para(d, text="", bold=False, italic=False, size=None, align=None, style=None, color=None, after=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def runs(d, parts, style=None):
    """parts: list of (text, dict(bold=, italic=)) or plain strings."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            t, f = part
            r = p.add_run(t)
            r.bold = f.get("b", False)
            r.italic = f.get("i", False)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, widths=None, header_fill="D9D9D9", bold_header=True, size=9, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            lines = val.split("\n") if val else [""]
            for k, line in enumerate(lines):
                if k:
                    p = c.add_paragraph()
                r = p.add_run(line)
                r.font.size = Pt(size)
                if i == 0 and bold_header:
                    r.bold = True
            if i == 0 and header_fill:
                shade(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_text(t, r1, c1, r2, c2, text, bold=False, fill=None, size=9):
    c = t.cell(r1, c1).merge(t.cell(r2, c2))
    for p in c.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    c.paragraphs[0].text = ""
    r = c.paragraphs[0].add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if fill:
        shade(c, fill)
    return c


def _run_xml(text, deleted=False, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'


def tracked(d, parts, author="A. N. Other", date="2008-10-01T10:00:00Z", style=None):
    """parts: list of ("", text) plain, ("ins", text), ("del", text)."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for kind, text in parts:
        if kind == "":
            p._p.append(parse_xml(f"<w:r {W}><w:t xml:space=\"preserve\">{esc(text)}</w:t></w:r>"))
        elif kind == "ins":
            p._p.append(parse_xml(f'<w:ins {W} w:id="{next(_ids)}" w:author="{author}" w:date="{date}">'
                                  f'{_run_xml(text)}</w:ins>'))
        elif kind == "del":
            p._p.append(parse_xml(f'<w:del {W} w:id="{next(_ids)}" w:author="{author}" w:date="{date}">'
                                  f'{_run_xml(text, deleted=True)}</w:del>'))
    return p


def whole_para_tracked(d, text, kind, author, date, bold_lead=None):
    """A whole paragraph inserted or deleted (paragraph mark included)."""
    p = d.add_paragraph()
    tag = "w:ins" if kind == "ins" else "w:del"
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><{tag} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    inner = ""
    if bold_lead:
        inner += _run_xml(bold_lead, deleted=(kind == "del"), bold=True)
    inner += _run_xml(text, deleted=(kind == "del"))
    p._p.append(parse_xml(f'<{tag} {W} w:id="{next(_ids)}" w:author="{author}" w:date="{date}">{inner}</{tag}>'))
    return p


def text_box(d, title, lines, width_pt=440, height_pt=150, fill="FFF2CC"):
    """A VML text box anchored inline in its own paragraph."""
    body = f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{esc(title)}</w:t></w:r></w:p>'
    for ln in lines:
        body += f'<w:p><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{esc(ln)}</w:t></w:r></w:p>'
    xml = (f'<w:p {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:r><w:pict><v:shape id="tb{next(_ids)}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="#{fill}" strokecolor="#7F6000">'
           f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    el = parse_xml(xml)
    d.element.body.append(el)
    # keep sectPr last
    sect = d.element.body.find(qn("w:sectPr"))
    if sect is not None:
        d.element.body.remove(sect)
        d.element.body.append(sect)
    return el


def header_footer(d, header, footer):
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    hp.text = header
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fp.text = footer
    for r in fp.runs:
        r.font.size = Pt(8)


def comment(d, paragraph, text, author, initials):
    d.add_comment(paragraph.runs, text=text, author=author, initials=initials)


def page_break(d):
    from docx.enum.text import WD_BREAK
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
