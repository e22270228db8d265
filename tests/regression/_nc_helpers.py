"""Shared python-docx / raw OOXML helpers for the nc-* blind build scripts.

Everything here writes ordinary WordprocessingML: single-run paragraphs, shaded paragraphs and cells, merged
cells, tracked insertions and deletions (w:ins / w:del, also on a paragraph mark and on a table row), VML text
boxes, a footnotes part, Word comments (python-docx's own add_comment), page fields in a footer.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
NS = f'xmlns:w="{W}" xmlns:v="{V}"'

_ids = {"rev": 100, "shape": 1}


def _rev():
    _ids["rev"] += 1
    return _ids["rev"]


def new_doc(font="Calibri", size=10.5, margins_cm=2.2):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml(f'<w:rFonts {NS}/>')
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    st.paragraph_format.space_after = Pt(5)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(2.0)
    doc._nc_footnotes = []
    return doc


def fmt_run(r, bold=None, italic=None, size=None, color=None, caps=None, font=None):
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if font:
        r.font.name = font
    return r


def para(container, text="", style=None, bold=None, italic=None, size=None, color=None, align=None,
         shade=None, space_after=None, space_before=None, indent_cm=None, keep=False):
    """One paragraph, one run (so a quoted phrase never straddles runs)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        fmt_run(p.add_run(text), bold, italic, size, color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if shade:
        shade_para(p, shade)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    if indent_cm is not None:
        p.paragraph_format.left_indent = Cm(indent_cm)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def runs(container, parts, style=None, shade=None, indent_cm=None, space_after=None):
    """A paragraph of several runs: parts is a list of (text, dict(bold=..., italic=...)) or plain strings."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(p.add_run(part))
        else:
            t, f = part
            out.append(fmt_run(p.add_run(t), **f))
    if shade:
        shade_para(p, shade)
    if indent_cm is not None:
        p.paragraph_format.left_indent = Cm(indent_cm)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    p._nc_runs = out
    return p


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=None, italic=None, size=None, color=None, shade=None, align=None):
    """Replace a cell's text with one run (several lines give several paragraphs)."""
    lines = text.split("\n") if isinstance(text, str) else text
    first = cell.paragraphs[0]
    for r in list(first.runs):
        r._r.getparent().remove(r._r)
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        if line:
            fmt_run(p.add_run(line), bold, italic, size, color)
        p.paragraph_format.space_after = Pt(2)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if shade:
        shade_cell(cell, shade)
    return cell


def table(container, rows, widths_cm=None, style="Table Grid", header_shade=None, size=None, bold_header=True):
    t = container.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(bold_header and i == 0 and header_shade is not None) or None,
                     size=size, shade=header_shade if i == 0 else None)
    if widths_cm:
        for row in t.rows:
            for j, w in enumerate(widths_cm):
                row.cells[j].width = Cm(w)
    return t


def _attrs(author, date):
    return f'w:id="{_rev()}" w:author="{escape(author, {chr(34): "&quot;"})}" w:date="{date}"'


def ins_run(p, text, author, date, bold=False, italic=False):
    rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    el = parse_xml(f'<w:ins {NS} {_attrs(author, date)}><w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t>'
                   f'</w:r></w:ins>')
    p._p.append(el)
    return el


def del_run(p, text, author, date, bold=False, italic=False):
    rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    el = parse_xml(f'<w:del {NS} {_attrs(author, date)}><w:r>{rpr}<w:delText xml:space="preserve">'
                   f'{escape(text)}</w:delText></w:r></w:del>')
    p._p.append(el)
    return el


def _mark_para(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {NS}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {NS} {_attrs(author, date)}/>'))


def ins_para(container, text, author, date, style=None, bold=False, indent_cm=None):
    """A whole paragraph inserted with tracked changes on (its mark too)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    _mark_para(p, "ins", author, date)
    ins_run(p, text, author, date, bold=bold)
    if indent_cm is not None:
        p.paragraph_format.left_indent = Cm(indent_cm)
    return p


def del_para(container, text, author, date, style=None, bold=False, indent_cm=None):
    """A whole paragraph deleted with tracked changes on (its mark too)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    _mark_para(p, "del", author, date)
    del_run(p, text, author, date, bold=bold)
    if indent_cm is not None:
        p.paragraph_format.left_indent = Cm(indent_cm)
    return p


def del_row(row, author, date):
    """Mark a table row, and every run in it, as a tracked deletion."""
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {NS} {_attrs(author, date)}/>'))
    for cell in row.cells:
        for p in cell.paragraphs:
            texts = [r.text for r in p.runs]
            for r in list(p.runs):
                r._r.getparent().remove(r._r)
            if texts:
                del_run(p, "".join(texts), author, date)
            _mark_para(p, "del", author, date)


def cell_change(cell, old, new, author, date, size=None):
    """A cell whose old value is a tracked deletion and new value a tracked insertion."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    del_run(p, old, author, date)
    ins_run(p, new, author, date)


def text_box(container, lines, width_pt=440, height_pt=110, fill="#F3EEE4", title=None):
    """A floating-looking VML text box anchored in its own paragraph; lines become paragraphs inside it."""
    _ids["shape"] += 1
    inner = ""
    if title:
        inner += (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
                  f'<w:t xml:space="preserve">{escape(title)}</w:t></w:r></w:p>')
    for line in lines:
        inner += (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr><w:sz w:val="19"/></w:rPr>'
                  f'<w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>')
    xml = (f'<w:r {NS}><w:pict><v:shape id="ncTextBox{_ids["shape"]}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" fillcolor="{fill}" '
           f'strokecolor="#8B6F47" strokeweight="1pt"><v:textbox inset="8pt,6pt,8pt,6pt">'
           f'<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = container.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def footnote(doc, p, text):
    """Append a footnote reference to paragraph p; the note's text goes into word/footnotes.xml."""
    n = len(doc._nc_footnotes) + 1
    doc._nc_footnotes.append((n, text))
    p._p.append(parse_xml(f'<w:r {NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                          f'<w:footnoteReference w:id="{n}"/></w:r>'))


def finish_footnotes(doc):
    if not doc._nc_footnotes:
        return
    body = (f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
            f'</w:p></w:footnote>')
    for n, text in doc._nc_footnotes:
        body += (f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr>'
                 f'<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/>'
                 f'</w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">{body}</w:footnotes>'
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def page_field(p, prefix="Page "):
    if prefix:
        p.add_run(prefix)
    p._p.append(parse_xml(f'<w:fldSimple {NS} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def comment(doc, run_or_runs, text, author, initials):
    return doc.add_comment(run_or_runs, text=text, author=author, initials=initials)


def word_count(docx_path):
    import re, zipfile
    xml = zipfile.ZipFile(docx_path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    return len(text.split())
