"""Shared helpers for the id-* build scripts (python-docx plus raw OOXML).

Provides: a document with a house font, paragraphs built from run specs,
shaded and merged table cells, tracked insertions and deletions (w:ins/w:del),
Word comments, real footnotes (a footnotes part written by hand), a VML text
box, and page header/footer text with a PAGE field.
"""
import datetime
from copy import deepcopy

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DATE = "2009-01-12T10:00:00Z"
_rev = [100]


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    d._footnotes = []
    return d


def _fmt(run, spec):
    if "b" in spec:
        run.bold = True
    if "i" in spec:
        run.italic = True
    if "u" in spec:
        run.underline = True
    if "s" in spec:
        run.font.size = Pt(8)
    if "L" in spec:
        run.font.size = Pt(14)
    if "g" in spec:
        run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    if "w" in spec:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def para(target, *parts, style=None, align=None, space_after=4, first=False):
    """parts: strings, or (text, fmt) tuples; fmt letters b,i,u,s,L,g,w.
    If first=True and target is a cell, reuse the cell's empty first paragraph."""
    if first and hasattr(target, "paragraphs") and target.paragraphs and not target.paragraphs[0].text:
        p = target.paragraphs[0]
        if style:
            p.style = style
    else:
        p = target.add_paragraph(style=style) if style else target.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            t, f = part
            _fmt(p.add_run(t), f)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space_after)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def table(doc, rows, cols, widths=None, style="Table Grid"):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = style
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def cell_text(cell, *parts, fill=None, first=True):
    p = para(cell, *parts, first=first, space_after=2)
    if fill:
        shade(cell, fill)
    return p


def _run_xml(text, fmt="", deleted=False):
    tag = "w:delText" if deleted else "w:t"
    rpr = ""
    if fmt:
        rpr = "<w:rPr>" + ("<w:b/>" if "b" in fmt else "") + ("<w:i/>" if "i" in fmt else "") + "</w:rPr>"
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<w:r {nsdecls("w")}>{rpr}<{tag} xml:space="preserve">{esc}</{tag}></w:r>'


def tracked(p, text, kind="ins", author="R. Okonjo", fmt=""):
    """Append a tracked insertion or deletion to paragraph p."""
    _rev[0] += 1
    tag = "w:ins" if kind == "ins" else "w:del"
    el = parse_xml(f'<{tag} {nsdecls("w")} w:id="{_rev[0]}" w:author="{author}" w:date="{DATE}">'
                   f'{_run_xml(text, fmt, deleted=(kind == "del"))}</{tag}>')
    p._p.append(el)
    return el


def comment(doc, p, text, author="M. Hallam", initials="MH", run_index=-1):
    runs = p.runs
    if not runs:
        runs = [p.add_run("")]
    doc.add_comment(runs[run_index], text=text, author=author, initials=initials)


def footnote(doc, p, text):
    """Add a real footnote reference at the end of paragraph p."""
    fid = len(doc._footnotes) + 1
    doc._footnotes.append((fid, text))
    r = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                  f'<w:footnoteReference w:id="{fid}"/></w:r>')
    p._p.append(r)


def _write_footnotes(doc):
    if not doc._footnotes:
        return
    body = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for fid, text in doc._footnotes:
        esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        body.append(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc}</w:t></w:r></w:p></w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
           + "".join(body) + "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def text_box(doc, lines, width_pt=430, height_pt=110, fill="#EAF1F8"):
    """A VML text box anchored inline in its own paragraph. lines: list of (text, fmt)."""
    inner = ""
    for t, f in lines:
        inner += "<w:p>" + _run_xml(t, f).replace(f' {nsdecls("w")}', "") + "</w:p>"
    xml = (f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:r><w:pict><v:shape id="tb{_rev[0]}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="{fill}" strokecolor="#1F4E79">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    _rev[0] += 1
    el = parse_xml(xml)
    doc.element.body.append(el)
    # keep sectPr last
    sect = doc.element.body.find(qn("w:sectPr"))
    if sect is not None:
        doc.element.body.remove(sect)
        doc.element.body.append(sect)
    return el


def header_footer(doc, header, footer):
    s = doc.sections[0]
    hp = s.header.paragraphs[0]
    hp.text = header
    hp.runs[0].font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    r = fp.add_run(footer + "  |  page ")
    r.font.size = Pt(8)
    for frag in ('<w:fldChar w:fldCharType="begin"/>', '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
                 '<w:fldChar w:fldCharType="separate"/>', '<w:t>1</w:t>', '<w:fldChar w:fldCharType="end"/>'):
        fp._p.append(parse_xml(f'<w:r {nsdecls("w")}>{frag}</w:r>'))


def save(doc, path):
    _write_footnotes(doc)
    doc.save(path)


def rich(doc, container, segs, first=False, style=None, space_after=3):
    """A paragraph from segments: str, (text, fmt), ("+", text) tracked insertion,
    ("-", text) tracked deletion, ("fn", text) footnote, ("cm", text) comment on the last run."""
    if isinstance(segs, str):
        segs = [segs]
    p = para(container, first=first, style=style, space_after=space_after)
    for s in segs:
        if isinstance(s, str):
            p.add_run(s)
        elif s[0] == "+":
            tracked(p, s[1], "ins")
        elif s[0] == "-":
            tracked(p, s[1], "del")
        elif s[0] == "fn":
            footnote(doc, p, s[1])
        elif s[0] == "cm":
            comment(doc, p, s[1])
        else:
            _fmt(p.add_run(s[0]), s[1])
    return p
