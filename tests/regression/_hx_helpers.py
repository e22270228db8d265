"""Shared helpers for the hx-* build scripts: python-docx plus raw OOXML for
tracked changes, text boxes, shading, merged cells and fields."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import nsdecls, qn
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
_id = [900]


def nid():
    _id[0] += 1
    return _id[0]


def new_doc(font="Arial", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def para(d, *runs, style=None, align=None, space_after=None):
    """runs: str or (text, 'b'/'i'/'bi'/'g' grey) tuples."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for r in runs:
        if isinstance(r, str):
            p.add_run(r)
        else:
            t, f = r
            run = p.add_run(t)
            run.bold = "b" in f
            run.italic = "i" in f
            if "g" in f:
                run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            if "s" in f:
                run.font.size = Pt(9)
            if "L" in f:
                run.font.size = Pt(14)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_para(cell, *runs, first=True):
    p = cell.paragraphs[0] if first and not cell.paragraphs[0].text else cell.add_paragraph()
    for r in runs:
        if isinstance(r, str):
            p.add_run(r)
        else:
            t, f = r
            run = p.add_run(t)
            run.bold = "b" in f
            run.italic = "i" in f
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, widths=None, header_fill="D9D9D9", bold_header=True, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            if val is None:
                continue
            lines = val.split("\n") if isinstance(val, str) else [val]
            for k, ln in enumerate(lines):
                if k == 0:
                    p = c.paragraphs[0]
                else:
                    p = c.add_paragraph()
                if isinstance(ln, tuple):
                    r = p.add_run(ln[0]); r.bold = "b" in ln[1]; r.italic = "i" in ln[1]
                else:
                    r = p.add_run(ln)
                    if i == 0 and bold_header:
                        r.bold = True
            if i == 0 and header_fill:
                shade(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text=None, fill=None, bold=True):
    """Merge the whole row i into one cell (text replaces)."""
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    if text is not None:
        for p in a.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        p = a.paragraphs[0]
        for r in list(p.runs):
            r._r.getparent().remove(r._r)
        r = p.add_run(text); r.bold = bold
    if fill:
        shade(a, fill)
    return a


def ins(p, text, author="D. Ashe", date="2009-07-02T09:00:00Z"):
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{nid()}" w:author="{escape(author)}" w:date="{date}"><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))


def dele(p, text, author="D. Ashe", date="2009-07-02T09:00:00Z"):
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{nid()}" w:author="{escape(author)}" w:date="{date}"><w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))


def deleted_paragraph(d, text, author="D. Ashe", date="2009-07-02T09:00:00Z"):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:del w:id="{nid()}" w:author="{escape(author)}" w:date="{date}"/></w:rPr>'))
    dele(p, text, author, date)
    return p


def delete_row(t, i, author="D. Ashe", date="2009-07-02T09:00:00Z"):
    """Mark row i as a tracked deletion, turning its text into delText."""
    tr = t.rows[i]._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {W} w:id="{nid()}" w:author="{escape(author)}" w:date="{date}"/>'))
    for tc in tr.findall(qn("w:tc")):
        for p in tc.findall(qn("w:p")):
            texts = "".join(x.text or "" for x in p.iter(qn("w:t")))
            for r in p.findall(qn("w:r")):
                p.remove(r)
            if texts:
                p.append(parse_xml(
                    f'<w:del {W} w:id="{nid()}" w:author="{escape(author)}" w:date="{date}"><w:r><w:delText xml:space="preserve">{escape(texts)}</w:delText></w:r></w:del>'))


def textbox(d, paras, fill="EAF1DD", width="440pt", height="150pt"):
    """A floating-looking VML text box anchored in its own paragraph; paras is a list of (text, bold)."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        for t, b in paras)
    p = d.add_paragraph()
    p._p.append(parse_xml(
        f'<w:r {W} {V}><w:pict><v:shape id="tb{nid()}" type="#_x0000_t202" '
        f'style="width:{width};height:{height};mso-position-horizontal:center" fillcolor="#{fill}" strokecolor="#4F6228">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    return p


def header_footer(d, header_text, footer_text):
    for s in d.sections:
        s.header.paragraphs[0].text = header_text
        fp = s.footer.paragraphs[0]
        fp.text = footer_text + "   Page "
        fp._p.append(parse_xml(f'<w:fldSimple {W} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def comment(d, run_or_para, text, author="Reviewer", initials="RV"):
    runs = run_or_para.runs if hasattr(run_or_para, "runs") else [run_or_para]
    d.add_comment(runs, text=text, author=author, initials=initials)
