"""Shared helpers for the ld-* build scripts: python-docx plus raw OOXML for
tracked changes (w:ins / w:del), a VML text box, shaded and merged cells."""
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from xml.sax.saxutils import escape

_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def new_doc(header_text=None, footer_text=None, font="Georgia", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    return doc


def para(doc, text="", bold=False, italic=False, size=None, style=None, align=None, caps=False, shade=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if caps:
            r.font.all_caps = True
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if shade:
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{shade}"/>'))
    return p


def runs(doc, parts, style=None):
    """parts: list of (text, fmt) with fmt a string containing b / i."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
    return p


def _run_xml(text, deleted=False):
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r><{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def ins(p, text, author="J. Thwaite", date="2008-10-14T09:30:00Z"):
    p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}">{_run_xml(text)}</w:ins>'))


def dele(p, text, author="J. Thwaite", date="2008-10-14T09:30:00Z"):
    p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}">{_run_xml(text, True)}</w:del>'))


def plain(p, text, bold=False, italic=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    return r


def deleted_paragraph(doc, text, author="J. Thwaite", date="2008-10-14T09:30:00Z"):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="{_next_id()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    dele(p, text, author, date)
    return p


def inserted_paragraph(doc, text, author="J. Thwaite", date="2008-10-14T09:30:00Z"):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:ins w:id="{_next_id()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    ins(p, text, author, date)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(doc, rows, head_fill="D9D9D9", bold_head=True, style="Table Grid"):
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = style
    for i, r in enumerate(rows):
        for j in range(ncols):
            val = r[j] if j < len(r) else ""
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(val)
            if i == 0 and bold_head:
                run.bold = True
        if i == 0 and head_fill:
            for j in range(ncols):
                shade(t.cell(i, j), head_fill)
    return t


def merge_row(t, i, text, fill="EEEEEE", bold=True):
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    a.text = ""
    r = a.paragraphs[0].add_run(text)
    r.bold = bold
    if fill:
        shade(a, fill)
    return a


def textbox(doc, lines, width="420pt", height="150pt", title=None):
    """A VML text box anchored in its own paragraph; lines are plain strings."""
    inner = ""
    if title:
        inner += f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(title)}</w:t></w:r></w:p>'
    for ln in lines:
        inner += f'<w:p><w:r><w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>'
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shape id="tb{_next_id()}" type="#_x0000_t202" style="width:{width};height:{height}" '
           f'strokecolor="#7F7F7F" fillcolor="#F2F2E6"><v:textbox><w:txbxContent>{inner}</w:txbxContent>'
           f'</v:textbox></v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def comment(doc, p, text, author="R. Dent", initials="RD"):
    rs = p.runs
    if not rs:
        rs = [p.add_run("")]
    return doc.add_comment(rs, text=text, author=author, initials=initials)
