"""Shared helpers for the hg-* build scripts (python-docx plus raw OOXML)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

DATE = "2008-11-20T10:00:00Z"


def new_doc(font="Arial", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def header_footer(d, header, footer):
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer


def para(d_or_cell, text="", bold=False, italic=False, style=None, size=None, align=None, colour=None):
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runin(d, label, text):
    """A paragraph with a bold run-in label."""
    p = d.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(text)
    return p


def bullets(d, items, mark="\u2022"):
    for it in items:
        d.add_paragraph(f"{mark}\t{it}")


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(d, rows, header=True, style="Table Grid", fill="D9D9D9"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if header and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
                shade(c, fill)
    return t


def merge_row(t, i, text, fill="EDEDED", bold=True):
    """Merge a whole row into one cell (a group row)."""
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    a.text = text
    for r in a.paragraphs[0].runs:
        r.bold = bold
    shade(a, fill)
    return a


def box(d, lines, fill="F2F2F2", title=None):
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    first = True
    if title:
        c.paragraphs[0].add_run(title).bold = True
        first = False
    for ln in lines:
        if first:
            c.paragraphs[0].add_run(ln)
            first = False
        else:
            c.add_paragraph(ln)
    d.add_paragraph()
    return t


_rev = [100]


def _run(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def ins_run(p, text, author="Reviewer"):
    """Append a tracked insertion to paragraph p."""
    _rev[0] += 1
    w = OxmlElement("w:ins")
    w.set(qn("w:id"), str(_rev[0]))
    w.set(qn("w:author"), author)
    w.set(qn("w:date"), DATE)
    w.append(_run(text))
    p._p.append(w)


def del_run(p, text, author="Reviewer"):
    """Append a tracked deletion to paragraph p."""
    _rev[0] += 1
    w = OxmlElement("w:del")
    w.set(qn("w:id"), str(_rev[0]))
    w.set(qn("w:author"), author)
    w.set(qn("w:date"), DATE)
    w.append(_run(text, deleted=True))
    p._p.append(w)


def delete_row(row, author="Reviewer"):
    """Mark a table row as a tracked deletion (row mark and its text)."""
    _rev[0] += 1
    trPr = row._tr.get_or_add_trPr()
    dm = OxmlElement("w:del")
    dm.set(qn("w:id"), str(_rev[0]))
    dm.set(qn("w:author"), author)
    dm.set(qn("w:date"), DATE)
    trPr.append(dm)
    for c in row.cells:
        for p in c.paragraphs:
            texts = [r.text for r in p.runs]
            for r in list(p.runs):
                r._r.getparent().remove(r._r)
            for tx in texts:
                del_run(p, tx, author)


def comment(d, para_or_run, text, author="Reviewer", initials="R"):
    runs = para_or_run.runs if hasattr(para_or_run, "runs") else [para_or_run]
    d.add_comment(runs, text=text, author=author, initials=initials)


def word_count(d):
    n = sum(len(p.text.split()) for p in d.paragraphs)
    for t in d.tables:
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                n += len(c.text.split())
    return n
