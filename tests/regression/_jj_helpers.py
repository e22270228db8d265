"""Shared python-docx / raw OOXML helpers for the jj-* build scripts.

Tracked changes (w:ins / w:del), text boxes (wps with a VML fallback), merged and
shaded cells, footnotes (a footnotes part added after saving), headers and footers.
Comments use python-docx's own Document.add_comment.
"""
import re
import zipfile
from copy import deepcopy
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def new_doc(font="Calibri", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def p(d, text="", bold=False, italic=False, size=None, style=None, color=None, align=None, after=None):
    """A paragraph; `text` may contain **bold** spans."""
    para = d.add_paragraph(style=style) if style else d.add_paragraph()
    add_runs(para, text, bold, italic, size, color)
    if align == "center":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        para.paragraph_format.space_after = Pt(after)
    return para


def add_runs(para, text, bold=False, italic=False, size=None, color=None):
    parts = re.split(r"(\*\*[^*]+\*\*)", text)
    for part in parts:
        if not part:
            continue
        b = bold
        if part.startswith("**") and part.endswith("**"):
            part, b = part[2:-2], True
        r = para.add_run(part)
        r.bold = b
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return para


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    lines = text.split("\n")
    para = cell.paragraphs[0]
    add_runs(para, lines[0], bold, italic, size, color)
    for ln in lines[1:]:
        add_runs(cell.add_paragraph(), ln, bold, italic, size, color)


def table(d, rows, header=True, fill="1F4E5F", hcolor="FFFFFF", widths=None, size=9, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            c = t.cell(i, j)
            if header and i == 0:
                cell_text(c, val, bold=True, size=size, color=hcolor)
                shade(c, fill)
            else:
                cell_text(c, val, size=size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill="D9E2E7", bold=True, size=9):
    """Merge a whole row into one shaded cell."""
    row = t.rows[i]
    a = row.cells[0].merge(row.cells[-1])
    cell_text(a, text, bold=bold, size=size)
    shade(a, fill)
    return a


def _run_xml(text, tag="w:t", bold=False, italic=False):
    rpr = ""
    if bold or italic:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def ins(para, text, author="Reviewer", date="2008-10-14T10:00:00Z", bold=False):
    _rev[0] += 1
    para._p.append(parse_xml(
        f'<w:ins {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}">{_run_xml(text, bold=bold)}</w:ins>'))


def dele(para, text, author="Reviewer", date="2008-10-14T10:00:00Z"):
    _rev[0] += 1
    para._p.append(parse_xml(
        f'<w:del {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}">{_run_xml(text, "w:delText")}</w:del>'))


def deleted_paragraph(d, text, author="Reviewer", date="2008-10-14T10:00:00Z"):
    """A whole paragraph deleted as a tracked change (its mark too)."""
    para = d.add_paragraph()
    _rev[0] += 1
    pPr = para._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:del w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    dele(para, text, author, date)
    return para


def inserted_paragraph(d, text, author="Reviewer", date="2008-10-14T10:00:00Z"):
    para = d.add_paragraph()
    _rev[0] += 1
    pPr = para._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:ins w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    ins(para, text, author, date)
    return para


def text_box(d, lines, width_cm=15.5, height_cm=5.0, fill="FFF8E1", border="C58B00"):
    """A floating-free inline text box (wps) with a VML fallback. `lines` are paragraphs;
    a line starting with '!' is bold."""
    def paras():
        out = []
        for ln in lines:
            b = ln.startswith("!")
            out.append(f"<w:p>{_run_xml(ln.lstrip('!'), bold=b)}</w:p>")
        return "".join(out)
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    _rev[0] += 1
    xml = f'''<w:r {W} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{_rev[0]}" name="Text Box {_rev[0]}"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="19050"><a:solidFill><a:srgbClr val="{border}"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{paras()}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720"><a:spAutoFit/></wps:bodyPr></wps:wsp>
</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict>
<v:shape id="tb{_rev[0]}" type="#_x0000_t202" style="width:{width_cm}cm;height:{height_cm}cm" fillcolor="#{fill}" strokecolor="#{border}"><v:textbox>
<w:txbxContent>{paras()}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''
    para = d.add_paragraph()
    para._p.append(parse_xml(xml))
    return para


def header_footer(d, head, foot):
    s = d.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot
    for para in (s.header.paragraphs[0], s.footer.paragraphs[0]):
        for r in para.runs:
            r.font.size = Pt(8)


# ---- footnotes: marker runs in the body, part added after saving ----
_FOOT = []


def footnote(para, text):
    _FOOT.append(text)
    n = len(_FOOT)
    para._p.append(parse_xml(
        f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))


def save(d, path):
    d.save(path)
    if not _FOOT:
        return
    notes = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>'
        for i, t in enumerate(_FOOT, 1))
    fxml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            f'{notes}</w:footnotes>')
    zin = zipfile.ZipFile(path)
    items = {n: zin.read(n) for n in zin.namelist()}
    zin.close()
    ct = items["[Content_Types].xml"].decode()
    ct = ct.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
    items["[Content_Types].xml"] = ct.encode()
    rels = items["word/_rels/document.xml.rels"].decode()
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdFoot1" Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    items["word/_rels/document.xml.rels"] = rels.encode()
    items["word/footnotes.xml"] = fxml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in items.items():
            z.writestr(n, b)
