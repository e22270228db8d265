"""Shared python-docx / raw OOXML helpers for the hy-* build scripts."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ids = {"rev": 100}


def _next():
    _ids["rev"] += 1
    return _ids["rev"]


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    d._hy_footnotes = []
    return d


def para(d, text="", style=None, bold=False, italic=False, size=None):
    p = d.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def runs(p, *parts):
    """parts: str or (str, 'b'|'i'|'bi')"""
    out = []
    for part in parts:
        if isinstance(part, tuple):
            t, f = part
            r = p.add_run(t)
            r.bold = "b" in f
            r.italic = "i" in f
        else:
            r = p.add_run(part)
        out.append(r)
    return out


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, fill=None, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
    if fill:
        shade(cell, fill)


def table(d, rows, header_fill="D9D9D9", style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(i == 0 and header_fill is not None),
                     fill=(header_fill if i == 0 else None))
    return t


def group_row(t, i, text, fill="DCE6F1"):
    """merge row i across and shade it"""
    c = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    set_cell(c, text, bold=True, fill=fill)
    return c


def _run_xml(text, tag="w:t", rpr=""):
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def ins_run(p, text, author="Author", date="2008-12-01T10:00:00Z"):
    el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next()}" w:author="{author}" w:date="{date}">'
                   f'{_run_xml(text)}</w:ins>')
    p._p.append(el)


def del_run(p, text, author="Author", date="2008-12-01T10:00:00Z"):
    el = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next()}" w:author="{author}" w:date="{date}">'
                   f'{_run_xml(text, "w:delText")}</w:del>')
    p._p.append(el)


def _mark_para(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    m = OxmlElement(kind)
    m.set(qn("w:id"), str(_next()))
    m.set(qn("w:author"), author)
    m.set(qn("w:date"), date)
    rPr.append(m)
    pPr.append(rPr)


def deleted_para(d, text, author="Author", date="2008-12-01T10:00:00Z", style=None):
    p = d.add_paragraph(style=style)
    _mark_para(p, "w:del", author, date)
    del_run(p, text, author, date)
    return p


def inserted_para(d, text, author="Author", date="2008-12-01T10:00:00Z", style=None):
    p = d.add_paragraph(style=style)
    _mark_para(p, "w:ins", author, date)
    ins_run(p, text, author, date)
    return p


def comment(d, run_list, text, author="Reviewer", initials="R"):
    return d.add_comment(run_list, text=text, author=author, initials=initials)


def footnote(d, p, text):
    d._hy_footnotes.append(text)
    n = len(d._hy_footnotes)
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                          f'<w:footnoteReference w:id="{n}"/></w:r>'))


def _write_footnotes(d):
    if not d._hy_footnotes:
        return
    body = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, t in enumerate(d._hy_footnotes, 1):
        body.append(f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>')
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">' + "".join(body) + "</w:footnotes>"
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)


def textbox(d, paras, fill="EEF3F8", height=150):
    """paras: list of (text, bold) ; VML text box anchored inline in its own paragraph"""
    inner = ""
    for text, bold in paras:
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        inner += f"<w:p>{_run_xml(text, rpr=rpr)}</w:p>"
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           f'<v:shape id="hyTB{_next()}" type="#_x0000_t202" style="width:440pt;height:{height}pt" '
           f'fillcolor="#{fill}" strokecolor="#1F497D"><v:textbox><w:txbxContent>{inner}'
           f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def header_footer(d, header, footer):
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer


def save(d, path):
    _write_footnotes(d)
    d.save(path)
