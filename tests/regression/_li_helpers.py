"""Shared helpers for the li-* build scripts (python-docx plus raw OOXML)."""
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rid = [100]


def new_doc(header, footer, font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = footer
    return d


def para(d, text="", bold=False, italic=False, style=None, size=None, caps=False, shade=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text.upper() if caps else text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if shade:
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{shade}"/>'))
    return p


def runs(d, parts, style=None):
    """parts: list of (text, 'b'|'i'|''|'ins'|'del')."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for t, f in parts:
        if f == "ins":
            ins(p, t)
        elif f == "del":
            dele(p, t)
        else:
            r = p.add_run(t)
            r.bold = "b" in f
            r.italic = "i" in f
    return p


def _next():
    _rid[0] += 1
    return _rid[0]


def ins(p, text, author="R. Penhale", date="2008-11-04T10:12:00Z"):
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{_next()}" w:author="{author}" w:date="{date}"><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))


def dele(p, text, author="R. Penhale", date="2008-11-04T10:12:00Z"):
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{_next()}" w:author="{author}" w:date="{date}"><w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))


def shade_cell(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, header_fill="D9D9D9", style="Table Grid"):
    """rows: list of lists; a cell value may be a str, or a list of (text, fmt) parts
    (fmt '', 'b', 'ins', 'del'). None means 'merge into the cell to the left'."""
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            if val is None:
                continue
            p = c.paragraphs[0]
            if isinstance(val, str):
                r = p.add_run(val)
                r.bold = i == 0
            else:
                for txt, f in val:
                    if f == "ins":
                        ins(p, txt)
                    elif f == "del":
                        dele(p, txt)
                    else:
                        r = p.add_run(txt)
                        r.bold = "b" in f
            if i == 0 and header_fill:
                shade_cell(c, header_fill)
    # horizontal merges
    for i, row in enumerate(rows):
        j = 0
        while j < len(row):
            k = j
            while k + 1 < len(row) and row[k + 1] is None:
                k += 1
            if k > j:
                t.cell(i, j).merge(t.cell(i, k))
            j = k + 1
    return t


def vmerge(t, col, r0, r1):
    a = t.cell(r0, col)
    b = t.cell(r1, col)
    for r in range(r0 + 1, r1 + 1):
        for p in t.cell(r, col).paragraphs:
            for run in list(p.runs):
                run._r.getparent().remove(run._r)
    a.merge(b)


def textbox(d, lines, width="430pt", height="120pt"):
    """A VML text box anchored in its own paragraph; lines: list of str."""
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(l)}</w:t></w:r></w:p>' for l in lines)
    xml = (f'<w:p {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict>'
           f'<v:shape id="tb{_next()}" type="#_x0000_t202" style="width:{width};height:{height}" strokeweight="1pt">'
           f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    d.element.body.append(parse_xml(xml))
    # keep sectPr last
    body_el = d.element.body
    sp = body_el.find(qn("w:sectPr"))
    if sp is not None:
        body_el.remove(sp)
        body_el.append(sp)


def comment(d, p, text, author="Audit Team", initials="AT"):
    d.add_comment(p.runs, text=text, author=author, initials=initials)
