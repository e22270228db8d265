"""Shared python-docx / raw OOXML helpers for the iv-* build scripts."""
import re
import zipfile
import shutil
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_doc(font="Arial", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def header_footer(d, header_lines, footer_lines):
    sec = d.sections[0]
    h = sec.header.paragraphs[0]
    for i, line in enumerate(header_lines):
        p = h if i == 0 else sec.header.add_paragraph()
        r = p.add_run(line)
        r.font.size = Pt(8)
        r.bold = i == 0
    f = sec.footer.paragraphs[0]
    for i, line in enumerate(footer_lines):
        p = f if i == 0 else sec.footer.add_paragraph()
        r = p.add_run(line)
        r.font.size = Pt(7.5)
        r.italic = True


def para(d, text="", style=None, bold=False, italic=False, size=None, color=None, align=None, space_after=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def rich(p, segs):
    """segs: list of str or (text, fmt) where fmt has 'b', 'i', 'g' (grey)."""
    for s in segs:
        if isinstance(s, str):
            run(p, s)
        else:
            t, f = s
            run(p, t, bold="b" in f, italic="i" in f, color="7F7F7F" if "g" in f else None)
    return p


def prompt(d, text):
    """A form's grey italic guidance prompt, left in."""
    return para(d, text, italic=True, size=8.5, color="7F7F7F")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, widths=None, header_fill="D9D9D9", bold_header=True, style="Table Grid", size=9):
    """rows: list of lists of str (None = leave empty). Returns table."""
    ncol = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncol)
    t.style = style
    for i, r in enumerate(rows):
        for j in range(ncol):
            txt = r[j] if j < len(r) else None
            c = t.cell(i, j)
            if txt:
                lines = txt.split("\n")
                c.paragraphs[0].text = ""
                for k, line in enumerate(lines):
                    p = c.paragraphs[0] if k == 0 else c.add_paragraph()
                    rr = p.add_run(line)
                    rr.font.size = Pt(size)
                    rr.bold = bold_header and i == 0 and header_fill is not None
            if i == 0 and header_fill:
                shade(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill="EDEDED", bold=True, size=9):
    """Merge all cells of row i into one band row with text."""
    row = t.rows[i]
    a = row.cells[0].merge(row.cells[-1])
    for p in a.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    a.paragraphs[0].text = ""
    r = a.paragraphs[0].add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if fill:
        shade(a, fill)
    return a


def vmerge(t, col, r0, r1):
    a = t.cell(r0, col).merge(t.cell(r1, col))
    # drop empty paragraphs left by merge
    ps = a.paragraphs
    keep = [p for p in ps if p.text.strip()]
    for p in ps:
        if not p.text.strip() and len(ps) > 1 and keep:
            p._p.getparent().remove(p._p)
    return a


def _rid():
    _rev[0] += 1
    return _rev[0]


def tracked(p, segs, author="A. Author", date="2008-10-20T10:00:00Z"):
    """Append runs to paragraph p; segs: list of (text, kind) kind in None/'ins'/'del'."""
    for text, kind in segs:
        t = esc(text)
        if kind is None:
            p._p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve">{t}</w:t></w:r>'))
        elif kind == "ins":
            p._p.append(parse_xml(
                f'<w:ins {W} w:id="{_rid()}" w:author="{author}" w:date="{date}">'
                f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:ins>'))
        elif kind == "del":
            p._p.append(parse_xml(
                f'<w:del {W} w:id="{_rid()}" w:author="{author}" w:date="{date}">'
                f'<w:r><w:delText xml:space="preserve">{t}</w:delText></w:r></w:del>'))
    return p


def tracked_para(d, text, kind, author, date, style=None):
    """A whole paragraph inserted or deleted (paragraph mark tracked too)."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    tag = "w:ins" if kind == "ins" else "w:del"
    pPr.append(parse_xml(f'<w:rPr {W}><{tag} w:id="{_rid()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    tracked(p, [(text, kind)], author, date)
    return p


def comment(d, p, text, author, initials):
    runs = p.runs
    if not runs:
        runs = [p.add_run("")]
    d.add_comment(runs, text=text, author=author, initials=initials)


def textbox(d, title, lines, width_pt=430, height_pt=120, fill="FFF2CC"):
    """A VML text box anchored in its own paragraph; lines are paragraphs in the box."""
    inner = ""
    for k, line in enumerate([title] + lines):
        b = "<w:rPr><w:b/></w:rPr>" if k == 0 else ""
        inner += f'<w:p><w:r>{b}<w:t xml:space="preserve">{esc(line)}</w:t></w:r></w:p>'
    xml = (
        f'<w:p {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<w:r><w:pict><v:shape id="tb{_rid()}" type="#_x0000_t202" '
        f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" '
        f'fillcolor="#{fill}" strokecolor="#7F6000"><v:textbox style="mso-fit-shape-to-text:t">'
        f'<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    el = parse_xml(xml)
    d.element.body.append(el)
    # keep sectPr last
    sp = d.element.body.find(qn("w:sectPr"))
    if sp is not None:
        d.element.body.remove(sp)
        d.element.body.append(sp)
    return el


FOOTREF = '<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'


def footnote_ref(p, n):
    p._p.append(parse_xml(FOOTREF.format(W=W, n=n)))


def add_footnotes(path, notes):
    """notes: dict n -> text. Post-processes the saved docx to add a footnotes part."""
    tmp = str(path) + ".tmp"
    shutil.copy(path, tmp)
    zin = zipfile.ZipFile(tmp)
    zout = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)
    body = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    for n, text in notes.items():
        body += (f'<w:footnote w:id="{n}"><w:p><w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:pPr>'
                 f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                 f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
    body += "</w:footnotes>"
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "[Content_Types].xml":
            data = data.decode().replace(
                "</Types>",
                '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>').encode()
        if item.filename == "word/_rels/document.xml.rels":
            data = data.decode().replace(
                "</Relationships>",
                '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>').encode()
        zout.writestr(item, data)
    zout.writestr("word/footnotes.xml", body)
    zout.close()
    zin.close()
    import os
    os.remove(tmp)


def word_count(path):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    return len(text.split())
