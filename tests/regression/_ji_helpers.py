"""Shared helpers for the ji-* build scripts: python-docx plus raw OOXML for
tracked changes, text boxes, shading, footnotes and header/footer text."""
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
_rev = [100]


def _rid():
    _rev[0] += 1
    return _rev[0]


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def add_runs(p, parts):
    """parts: str or list of str / (str, dict) with keys b, i, color, size."""
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if isinstance(part, tuple):
            text, fmt = part
        else:
            text, fmt = part, {}
        r = p.add_run(text)
        r.bold = fmt.get("b")
        r.italic = fmt.get("i")
        if fmt.get("color"):
            r.font.color.rgb = RGBColor.from_string(fmt["color"])
        if fmt.get("size"):
            r.font.size = Pt(fmt["size"])
        if fmt.get("caps"):
            r.font.all_caps = True
    return p


def para(d, parts="", style=None, align=None, space_after=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    add_runs(p, parts)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, parts, bold=False):
    p = cell.paragraphs[0]
    if isinstance(parts, str):
        parts = [(parts, {"b": bold})] if bold else [parts]
    add_runs(p, parts)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, widths=None, style="Table Grid", header_fill=None, bold_header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(i == 0 and bold_header))
            if i == 0 and header_fill:
                shade(t.cell(i, j), header_fill)
    return t


def ins_run(p, text, author="Editor", date="2009-03-02T10:00:00Z", bold=False):
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{_rid()}" w:author="{author}" w:date="{date}">'
        f'<w:r>{b}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))


def del_run(p, text, author="Editor", date="2009-03-02T10:00:00Z", bold=False):
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{_rid()}" w:author="{author}" w:date="{date}">'
        f'<w:r>{b}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))


def mark_para_deleted(p, author="Editor", date="2009-03-02T10:00:00Z"):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:rPr {W}><w:del w:id="{_rid()}" w:author="{author}" w:date="{date}"/></w:rPr>'))


def deleted_para(d, text, author="Editor", date="2009-03-02T10:00:00Z"):
    p = d.add_paragraph()
    del_run(p, text, author, date)
    mark_para_deleted(p, author, date)
    return p


def inserted_para(d, text, author="Editor", date="2009-03-02T10:00:00Z"):
    p = d.add_paragraph()
    ins_run(p, text, author, date)
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:rPr {W}><w:ins w:id="{_rid()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    return p


def textbox(d, paragraphs, width_pt=430, height_pt=120, fill="FFF7D6"):
    """A VML text box anchored in its own paragraph. paragraphs: list of
    (text, bold) tuples."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}'
        f'<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>' for t, b in paragraphs)
    p = d.add_paragraph()
    p._p.append(parse_xml(
        f'<w:r {W} {V}><w:pict><v:shape id="tb{_rid()}" type="#_x0000_t202" '
        f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="#{fill}" strokecolor="#1F3864">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    return p


def comment(d, run, text, author="Reviewer", initials="R"):
    d.add_comment([run], text=text, author=author, initials=initials)


def set_header_footer(d, header, footer):
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = footer
    for p in (sec.header.paragraphs[0], sec.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)


# ---- footnotes (added after save) ----
_FOOTNOTES = []


def footnote(p, text):
    """Append a footnote reference to paragraph p; the footnote text is
    written into word/footnotes.xml by finish()."""
    fid = len(_FOOTNOTES) + 1
    _FOOTNOTES.append((fid, text))
    p._p.append(parse_xml(
        f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{fid}"/></w:r>'))


def finish(d, path):
    path = Path(path)
    d.save(str(path))
    if not _FOOTNOTES:
        return
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = (f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    for fid, text in _FOOTNOTES:
        body += (f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                 f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
    fxml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {ns}>{body}</w:footnotes>'
    zin = zipfile.ZipFile(path)
    items = {n: zin.read(n) for n in zin.namelist()}
    zin.close()
    items["word/footnotes.xml"] = fxml.encode()
    ct = items["[Content_Types].xml"].decode()
    ct = ct.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
    items["[Content_Types].xml"] = ct.encode()
    rels = items["word/_rels/document.xml.rels"].decode()
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    items["word/_rels/document.xml.rels"] = rels.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in items.items():
            z.writestr(n, b)


def word_count(path):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    return len(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).split())
