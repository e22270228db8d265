"""Shared helpers for the lq-* build scripts (python-docx plus raw OOXML)."""
import zipfile, shutil, os, itertools
from xml.sax.saxutils import escape
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_ids = itertools.count(900)


def new_doc(font="Times New Roman", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    d._footnotes = []
    return d


def para(d, parts, bold=False, italic=False, size=None, align=None, shade=None, style=None,
         color=None, space_after=None, caps=False):
    """parts: a string, or a list of strings / (text, dict(bold=, italic=, ...)) tuples."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if isinstance(part, tuple):
            t, f = part
        else:
            t, f = part, {}
        r = p.add_run(t)
        r.bold = f.get("bold", bold)
        r.italic = f.get("italic", italic)
        if f.get("size", size):
            r.font.size = Pt(f.get("size", size))
        c = f.get("color", color)
        if c:
            r.font.color.rgb = RGBColor.from_string(c)
        if f.get("caps", caps):
            r.font.all_caps = True
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if shade:
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{shade}"/>'))
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def shade_cell(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, header_fill="D9D9D9", widths=None, style="Table Grid", size=9, bold_first_col=False):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            r = p.add_run("" if val is None else str(val))
            r.font.size = Pt(size)
            if i == 0 and header_fill:
                r.bold = True
                shade_cell(c, header_fill)
            if bold_first_col and j == 0 and i > 0:
                r.bold = True
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill=None, size=9, bold=True, italic=False):
    """Merge a whole row into one cell (a band / group row)."""
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    a.text = ""
    r = a.paragraphs[0].add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    if fill:
        shade_cell(a, fill)
    return a


def _run_xml(text, deleted=False, rpr=""):
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def tracked_para(d, parts, author="A. Ringer", date="2008-11-04T10:00:00Z", whole=None, bold=False):
    """parts: list of (kind, text), kind in t/ins/del. whole='ins' or 'del' marks the paragraph mark too."""
    p = d.add_paragraph()
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    xml = []
    for kind, text in parts:
        if kind == "t":
            xml.append(_run_xml(text, rpr=rpr))
        elif kind == "ins":
            xml.append(f'<w:ins {W} w:id="{next(_ids)}" w:author="{author}" w:date="{date}">'
                       f'{_run_xml(text, rpr=rpr)}</w:ins>')
        elif kind == "del":
            xml.append(f'<w:del {W} w:id="{next(_ids)}" w:author="{author}" w:date="{date}">'
                       f'{_run_xml(text, True, rpr)}</w:del>')
    for x in xml:
        if not x.startswith("<w:ins") and not x.startswith("<w:del"):
            x = x.replace("<w:r>", f"<w:r {W}>", 1)
        p._p.append(parse_xml(x))
    if whole in ("ins", "del"):
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:rPr {W}><w:{whole} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    return p


def cell_tracked(cell, parts, author="A. Ringer", date="2008-11-04T10:00:00Z", size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    for kind, text in parts:
        rpr = f'<w:rPr><w:sz w:val="{size*2}"/></w:rPr>'
        if kind == "t":
            p._p.append(parse_xml(f'<w:r {W}>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'))
        else:
            tag = "ins" if kind == "ins" else "del"
            p._p.append(parse_xml(f'<w:{tag} {W} w:id="{next(_ids)}" w:author="{author}" w:date="{date}">'
                                  f'{_run_xml(text, kind == "del", rpr)}</w:{tag}>'))


def delete_table_row(row, author="A. Ringer", date="2008-11-04T10:00:00Z"):
    """Mark a whole table row as a tracked deletion."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {W} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/>'))
    for t in tr.iter(qn("w:t")):
        t.tag = qn("w:delText")
    for r in tr.iter(qn("w:r")):
        parent = r.getparent()
        if parent.tag != qn("w:del"):
            wrapper = parse_xml(f'<w:del {W} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/>')
            parent.replace(r, wrapper)
            wrapper.append(r)


def textbox(d, paragraphs, width_pt=430, height_pt=150, fill="FFF8DC"):
    """A VML text box anchored in its own paragraph. paragraphs: list of (text, bold)."""
    inner = ""
    for text, bold in paragraphs:
        b = "<w:b/>" if bold else ""
        inner += (f'<w:p><w:r><w:rPr>{b}<w:sz w:val="20"/></w:rPr>'
                  f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{next(_ids)}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" '
           f'fillcolor="#{fill}" strokecolor="#7F6000">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def footnote(d, p, text):
    """Add a footnote reference at the end of paragraph p; the text goes to footnotes.xml on finish()."""
    fid = len(d._footnotes) + 2
    d._footnotes.append((fid, text))
    p._p.append(parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                          f'<w:footnoteReference w:id="{fid}"/></w:r>'))


def header_footer(d, header, footer):
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    hp.text = header
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fp.text = footer
    for r in fp.runs:
        r.font.size = Pt(8)


def finish(d, path):
    d.save(path)
    if not d._footnotes:
        return
    fn = [f'<w:footnotes {W}>',
          '<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for fid, text in d._footnotes:
        fn.append(f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                  f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
    fn.append("</w:footnotes>")
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.decode().replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType='
                                             '"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>').encode()
            if item.filename == "word/_rels/document.xml.rels":
                data = data.decode().replace("</Relationships>", '<Relationship Id="rIdFn1" Type='
                                             '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" '
                                             'Target="footnotes.xml"/></Relationships>').encode()
            zout.writestr(item, data)
        zout.writestr("word/footnotes.xml", "".join(fn))
    shutil.move(tmp, path)
