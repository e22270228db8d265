"""Shared helpers for the kt-* build scripts: shading, merged cells, tracked changes,
VML text boxes, footnotes (raw OOXML, added to the package after python-docx saves)."""
import re
import shutil
import zipfile
from pathlib import Path

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, size=None, italic=False, grey=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if grey:
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        if i < len(lines) - 1:
            r.add_break()
    return p


def table(doc, rows, widths=None, header_fill="D9D9D9", style="Table Grid", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(i == 0), size=size)
            if i == 0 and header_fill:
                shade(t.cell(i, j), header_fill)
    return t


def ins_run(p, text, author="J. Pellow", date="2008-10-14T09:12:00Z"):
    _rev[0] += 1
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>'))


def del_run(p, text, author="J. Pellow", date="2008-10-14T09:12:00Z"):
    _rev[0] += 1
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"><w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>'))


def mark_paragraph(p, kind, author="J. Pellow", date="2008-10-14T09:12:00Z"):
    """Mark a whole paragraph as inserted ('ins') or deleted ('del'), runs and paragraph mark."""
    _rev[0] += 1
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {W}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/>'))
    for r in list(p._p.findall(qn("w:r"))):
        _rev[0] += 1
        wrap = parse_xml(f'<w:{kind} {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/>')
        r.addprevious(wrap)
        wrap.append(r)
        if kind == "del":
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")


def text_box(p, paragraphs, width="430pt", height="150pt", fill="#F2F2F2"):
    """A VML text box anchored in paragraph p; paragraphs is a list of (text, bold)."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'
        for t, b in paragraphs)
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{_rev[0]}" o:spt="202" type="#_x0000_t202" '
           f'style="width:{width};height:{height}" fillcolor="{fill}" strokecolor="#404040">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    _rev[0] += 1
    p._p.append(parse_xml(xml))


class Footnotes:
    """Collect footnotes while building; call .write(path) after doc.save(path)."""

    def __init__(self):
        self.notes = []

    def ref(self, p, text):
        self.notes.append(text)
        n = len(self.notes)
        p._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))

    def write(self, path):
        path = Path(path)
        body = "".join(
            f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {esc(t)}</w:t></w:r></w:p></w:footnote>'
            for i, t in enumerate(self.notes, start=1))
        fxml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                f'{body}</w:footnotes>')
        tmp = path.with_suffix(".tmp")
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
        shutil.move(tmp, path)


def header_footer(doc, header, footer):
    s = doc.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer
    for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)


def bold_para(doc, text, size=None, caps=False):
    p = doc.add_paragraph()
    r = p.add_run(text.upper() if caps else text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def grey_para(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return p
