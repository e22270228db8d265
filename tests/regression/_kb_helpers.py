"""Shared helpers for the kb-* build scripts: raw OOXML for python-docx gaps
(shading, merged cells, text boxes, tracked changes, footnotes, fields)."""
import copy
import re
import shutil
import tempfile
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2009-02-16T09:30:00Z"


def new_doc(font="Arial", size=9.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    rf.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(3)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = s.bottom_margin = Cm(1.8)
    return d


def para(d_or_cell, text="", bold=False, italic=False, size=None, color=None, align=None, style=None,
         caps=False, space_after=None):
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color, caps=caps)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, caps=False, underline=False):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    r.underline = underline or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    return r


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, fill=None):
    """Replace the cell's text; '\n' starts a new paragraph."""
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        if part:
            run(p, part, bold=bold, italic=italic, size=size, color=color)
    if fill:
        shade(cell, fill)
    return cell


def table(d, rows, widths=None, header_fill="1F3864", header_color="FFFFFF", size=8.5, style="Table Grid",
          header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            if header and i == 0:
                cell_text(c, val, bold=True, size=size, color=header_color, fill=header_fill)
            else:
                cell_text(c, val, size=size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, r, c1, c2, text=None, fill=None, bold=True, size=8.5, color=None):
    a = t.cell(r, c1).merge(t.cell(r, c2))
    if text is not None:
        cell_text(a, text, bold=bold, size=size, fill=fill, color=color)
    elif fill:
        shade(a, fill)
    return a


def header_footer(d, header_left, header_right, footer_text):
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    hp.text = ""
    run(hp, header_left, bold=True, size=8)
    run(hp, "\t\t" + header_right, size=8)
    fp = s.footer.paragraphs[0]
    fp.text = ""
    run(fp, footer_text + "   Page ", size=7.5)
    add_field(fp, "PAGE", size=7.5)


def add_field(p, instr, size=None):
    sz = f'<w:sz w:val="{int(size*2)}"/>' if size else ""
    xml = (f'<w:r {W}><w:rPr>{sz}</w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
           f'<w:r {W}><w:rPr>{sz}</w:rPr><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
           f'<w:r {W}><w:rPr>{sz}</w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
           f'<w:r {W}><w:rPr>{sz}</w:rPr><w:t>1</w:t></w:r>'
           f'<w:r {W}><w:rPr>{sz}</w:rPr><w:fldChar w:fldCharType="end"/></w:r>')
    for el in parse_xml(f"<w:x {W}>{xml}</w:x>"):
        p._p.append(copy.deepcopy(el))


def _rpr(bold=False, italic=False, size=None):
    s = ""
    if bold:
        s += "<w:b/>"
    if italic:
        s += "<w:i/>"
    if size:
        s += f'<w:sz w:val="{int(size*2)}"/>'
    return f"<w:rPr>{s}</w:rPr>" if s else ""


_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def ins_run(p, text, author="J. Okafor", date=DATE, bold=False, size=None):
    xml = (f'<w:ins {W} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
           f'<w:r>{_rpr(bold, size=size)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(xml))


def del_run(p, text, author="J. Okafor", date=DATE, bold=False, size=None):
    xml = (f'<w:del {W} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
           f'<w:r>{_rpr(bold, size=size)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(xml))


def mark_para_inserted(p, author="J. Okafor", date=DATE):
    """Mark a whole paragraph (its runs and its mark) as inserted."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {W}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:ins {W} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))
    for r in list(p._p.findall(qn("w:r"))):
        wrap = parse_xml(f'<w:ins {W} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>')
        r.addprevious(wrap)
        wrap.append(r)


def deleted_para(d, text, author="J. Okafor", date=DATE, size=None):
    """A whole paragraph deleted as a tracked change."""
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:del w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/></w:rPr>'))
    del_run(p, text, author, date, size=size)
    return p


# ---- footnotes -------------------------------------------------------------
_footnotes = []


def footnote(p, text, size=None):
    """Append a footnote reference to paragraph p; text goes into footnotes.xml at save."""
    fid = len(_footnotes) + 1
    _footnotes.append((fid, text))
    xml = (f'<w:r {W}><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
           f'<w:footnoteReference w:id="{fid}"/></w:r>')
    p._p.append(parse_xml(xml))


def _footnotes_xml():
    body = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    for fid, text in _footnotes:
        body += (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                 f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                 f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{body}</w:footnotes>')


# ---- text boxes ------------------------------------------------------------
_tb = [1]


def text_box(d, paragraphs, width_cm=16.0, height_cm=3.0, fill="FFF2CC", border="BF9000"):
    """A floating-free inline text box (wps with VML fallback) holding paragraphs [(text, bold)]."""
    _tb[0] += 1
    inner = ""
    for text, bold in paragraphs:
        inner += f'<w:p><w:r>{_rpr(bold, size=8.5)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    xml = f'''<w:p {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word"><w:r>
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">
<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{900+_tb[0]}" name="Text Box {_tb[0]}"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>
<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="{border}"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>
</wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="tb{_tb[0]}" style="width:{width_cm}cm;height:{height_cm}cm" fillcolor="#{fill}" strokecolor="#{border}">
<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>'''
    el = parse_xml(xml)
    d.element.body.append(el)
    # keep sectPr last
    sect = d.element.body.find(qn("w:sectPr"))
    if sect is not None:
        d.element.body.remove(sect)
        d.element.body.append(sect)
    return el


def save(d, path):
    d.save(path)
    if not _footnotes:
        return
    tmp = tempfile.mktemp(suffix=".docx")
    shutil.copy(path, tmp)
    zin = zipfile.ZipFile(tmp)
    zout = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "[Content_Types].xml":
            s = data.decode()
            if "footnotes.xml" not in s:
                s = s.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/'
                              'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            data = s.encode()
        elif item.filename == "word/_rels/document.xml.rels":
            s = data.decode()
            if "footnotes.xml" not in s:
                s = s.replace("</Relationships>", '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/'
                              'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
            data = s.encode()
        elif item.filename == "word/footnotes.xml":
            continue
        zout.writestr(item, data)
    zout.writestr("word/footnotes.xml", _footnotes_xml())
    zout.close()
    zin.close()
