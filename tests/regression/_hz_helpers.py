"""Shared helpers for the hz-* build scripts: paragraphs, tables with merges and
shading, tracked changes (w:ins / w:del), comments, footnotes, VML text boxes,
headers and footers."""
import copy
import datetime
from docx import Document
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DATE = "2008-09-22T10:00:00Z"
_rev = [100]


def new_doc(font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    doc._hz_footnotes = []
    return doc


def para(doc_or_cell, text="", style=None, bold=False, italic=False, size=None, colour=None):
    """Add a paragraph. text may be a str or a list of (text, 'b'/'i'/'bi'/'') pieces."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    pieces = text if isinstance(text, list) else [(text, ("b" if bold else "") + ("i" if italic else ""))]
    for t, fmt in pieces:
        r = p.add_run(t)
        r.bold = "b" in fmt or None
        r.italic = "i" in fmt or None
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    return p


def cell_text(cell, text, bold=False, italic=False, size=None):
    """Replace a cell's first paragraph with text (str or pieces); extra lines with '\n\n'."""
    chunks = text.split("\n\n") if isinstance(text, str) else [text]
    first = cell.paragraphs[0]
    for i, chunk in enumerate(chunks):
        p = first if i == 0 else cell.add_paragraph()
        pieces = chunk if isinstance(chunk, list) else [(chunk, ("b" if bold else "") + ("i" if italic else ""))]
        for t, fmt in pieces:
            r = p.add_run(t)
            r.bold = "b" in fmt or None
            r.italic = "i" in fmt or None
            if size:
                r.font.size = Pt(size)
    return cell


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(doc, rows, header=True, style="Table Grid", size=9, fill="D9D9D9"):
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = doc.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(t.cell(i, j), fill)
    return t


def merge_row(t, i, text, fill="EDEDED", size=9, bold=True):
    """Merge the whole row i into one cell holding text."""
    a = t.cell(i, 0)
    b = t.cell(i, len(t.columns) - 1)
    m = a.merge(b)
    for p in m.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    for r in list(m.paragraphs[0].runs):
        r._r.getparent().remove(r._r)
    cell_text(m, text, bold=bold, size=size)
    shade(m, fill)
    return m


def _rid():
    _rev[0] += 1
    return _rev[0]


def _run_xml(text, deleted=False, bold=False):
    tag = "w:delText" if deleted else "w:t"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{text}</{tag}></w:r>'


def ins(p, text, author="R. Okafor", bold=False):
    el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_rid()}" w:author="{author}" w:date="{DATE}">'
                   f'{_run_xml(text, bold=bold)}</w:ins>')
    p._p.append(el)
    return el


def dele(p, text, author="R. Okafor", bold=False):
    el = parse_xml(f'<w:del {nsdecls("w")} w:id="{_rid()}" w:author="{author}" w:date="{DATE}">'
                   f'{_run_xml(text, deleted=True, bold=bold)}</w:del>')
    p._p.append(el)
    return el


def delete_row(row, author="R. Okafor"):
    """Mark a whole table row and its text as a tracked deletion."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_rid()}" w:author="{author}" w:date="{DATE}"/>'))
    for r in tr.iter(qn("w:r")):
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        wrap = parse_xml(f'<w:del {nsdecls("w")} w:id="{_rid()}" w:author="{author}" w:date="{DATE}"/>')
        r.addprevious(wrap)
        wrap.append(r)


def comment(doc, p, text, author="J. Whitlock", initials="JW"):
    runs = p.runs or [p.add_run("")]
    doc.add_comment(runs, text=text, author=author, initials=initials)


def footnote(doc, p, text):
    fid = len(doc._hz_footnotes) + 1
    doc._hz_footnotes.append((fid, text))
    r = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                  f'<w:footnoteReference w:id="{fid}"/></w:r>')
    p._p.append(r)


def _finish_footnotes(doc):
    if not doc._hz_footnotes:
        return
    body = [f'<w:footnotes xmlns:w="{W_NS}">',
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for fid, text in doc._hz_footnotes:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        body.append(f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>')
    body.append("</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                "".join(body).encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def textbox(doc, lines, width_pt=430, height_pt=120, fill="FFF2CC"):
    """A VML text box anchored in its own paragraph; lines are strings (first one bold)."""
    inner = []
    for i, line in enumerate(lines):
        inner.append(f'<w:p>{_run_xml(line, bold=(i == 0))}</w:p>')
    xml = (f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
           f'<v:shape id="tb{_rid()}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" '
           f'fillcolor="#{fill}" strokecolor="#7F7F7F"><v:textbox style="mso-fit-shape-to-text:t">'
           f'<w:txbxContent>{"".join(inner)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
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
    s.header.paragraphs[0].text = header
    fp = s.footer.paragraphs[0]
    fp.text = footer + "  Page "
    fld = parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    fp._p.append(fld)


def line_break_para(doc, lines, bold_first=False):
    p = doc.add_paragraph()
    for i, line in enumerate(lines):
        r = p.add_run(line)
        if i == 0 and bold_first:
            r.bold = True
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def save(doc, path):
    _finish_footnotes(doc)
    doc.save(path)
