"""Shared helpers for the mc-* build scripts: python-docx plus raw OOXML for
tracked changes, footnotes, VML text boxes, shading and merged cells."""
import re
import shutil
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_ids = {"rev": 900}
FOOTNOTES = []


def _next():
    _ids["rev"] += 1
    return _ids["rev"]


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    tcPr.append(shd)


def runs(p, text, bold=False, italic=False, size=None, color=None):
    """Add text to p; **x** makes bold runs, _x_ italics are not parsed (kept simple)."""
    parts = re.split(r"(\*\*[^*]+\*\*)", text)
    for part in parts:
        if not part:
            continue
        b = bold
        if part.startswith("**") and part.endswith("**"):
            part, b = part[2:-2], True
        r = p.add_run(part)
        r.bold = b
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def para(container, text="", style=None, bold=False, italic=False, size=None, align=None, color=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    runs(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def cell_text(cell, text, bold=False, size=None, fill=None, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    runs(p, lines[0], bold=bold, size=size, italic=italic)
    for ln in lines[1:]:
        p2 = cell.add_paragraph()
        runs(p2, ln, bold=bold, size=size, italic=italic)
    if fill:
        shade(cell, fill)
    return cell


def table(doc, rows, widths=None, header_fill="D9D9D9", size=9, style="Table Grid", bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(i == 0 and bold_header), size=size,
                      fill=header_fill if (i == 0 and header_fill) else None)
    return t


def _run_xml(text, tag="w:t", rpr=""):
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'


def add_ins(p, text, author, date, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    el = parse_xml(f'<w:ins {W_NS} w:id="{_next()}" w:author="{author}" w:date="{date}">'
                   f'{_run_xml(text, rpr=rpr)}</w:ins>')
    p._p.append(el)


def add_del(p, text, author, date):
    el = parse_xml(f'<w:del {W_NS} w:id="{_next()}" w:author="{author}" w:date="{date}">'
                   f'{_run_xml(text, tag="w:delText")}</w:del>')
    p._p.append(el)


def ins_para(doc, text, author, date):
    """A whole inserted paragraph (paragraph mark inserted too)."""
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = parse_xml(f'<w:rPr {W_NS}><w:ins w:id="{_next()}" w:author="{author}" w:date="{date}"/></w:rPr>')
    pPr.append(rPr)
    add_ins(p, text, author, date)
    return p


def del_para(doc, text, author, date):
    """A whole deleted paragraph (paragraph mark deleted too)."""
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = parse_xml(f'<w:rPr {W_NS}><w:del w:id="{_next()}" w:author="{author}" w:date="{date}"/></w:rPr>')
    pPr.append(rPr)
    add_del(p, text, author, date)
    return p


def footnote(p, text):
    """Append a footnote reference to paragraph p; text goes to footnotes.xml on finish()."""
    n = len(FOOTNOTES) + 1
    FOOTNOTES.append((n, text))
    r = parse_xml(f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                  f'<w:footnoteReference w:id="{n}"/></w:r>')
    p._p.append(r)


def text_box(doc, paragraphs, width_pt=430, height_pt=120, fill="F2F2F2"):
    """A VML text box anchored in its own paragraph. paragraphs: list of (text, bold)."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'
        for t, b in paragraphs)
    sid = _next()
    xml = (f'<w:p {W_NS} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:r><w:pict><v:shape id="TextBox{sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" '
           f'fillcolor="#{fill}" strokecolor="#7F7F7F"><v:textbox style="mso-fit-shape-to-text:t">'
           f'<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    el = parse_xml(xml)
    doc.element.body.append(el)
    # keep sectPr last
    body = doc.element.body
    sect = body.find(qn("w:sectPr"))
    if sect is not None:
        body.remove(sect)
        body.append(sect)
    return el


def hf(doc, header, footer):
    s = doc.sections[0]
    hp = s.header.paragraphs[0]
    runs(hp, header, size=8, color="595959")
    fp = s.footer.paragraphs[0]
    runs(fp, footer, size=8, color="595959")


def finish(doc, path):
    """Save, then add the footnotes part if any footnotes were used."""
    path = Path(path)
    doc.save(str(path))
    if not FOOTNOTES:
        return
    notes = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {esc(t)}</w:t></w:r></w:p></w:footnote>' for n, t in FOOTNOTES)
    fxml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W_NS}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            f'{notes}</w:footnotes>')
    tmp = Path(tempfile.mkdtemp()) / path.name
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.decode().replace(
                    "</Types>",
                    '<Override PartName="/word/footnotes.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>').encode()
            if item.filename == "word/_rels/document.xml.rels":
                data = data.decode().replace(
                    "</Relationships>",
                    '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/footnotes" Target="footnotes.xml"/></Relationships>').encode()
            zout.writestr(item, data)
        zout.writestr("word/footnotes.xml", fxml)
    shutil.move(str(tmp), str(path))
