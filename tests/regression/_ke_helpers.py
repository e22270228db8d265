"""Shared helpers for the ke-* build scripts: python-docx plus raw OOXML for
shading, merged cells, text boxes, tracked changes, comments and footnotes."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm
from xml.sax.saxutils import escape

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2009-02-11T10:00:00Z"


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
    return d


def para(d_or_cell, *runs, style=None, align=None, space_after=None):
    """runs: str or (text, fmt) with fmt a string of b/i/u/s plus optional colour 'c:RRGGBB'."""
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    for r in runs:
        add_run(p, r)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_run(p, r):
    if isinstance(r, str):
        return p.add_run(r)
    text, fmt = r
    run = p.add_run(text)
    for f in fmt.split(","):
        f = f.strip()
        if f == "b":
            run.bold = True
        elif f == "i":
            run.italic = True
        elif f == "u":
            run.underline = True
        elif f.startswith("c:"):
            run.font.color.rgb = RGBColor.from_string(f[2:])
        elif f.startswith("sz:"):
            run.font.size = Pt(float(f[3:]))
    return run


def cell_text(cell, *runs, shade=None):
    """Replace a cell's first paragraph with runs; further paragraphs via '\n\n' in a str run."""
    cell.paragraphs[0].text = ""
    p = cell.paragraphs[0]
    first = True
    for r in runs:
        if isinstance(r, str) and "\n\n" in r:
            parts = r.split("\n\n")
            add_run(p, parts[0])
            for part in parts[1:]:
                p = cell.add_paragraph()
                add_run(p, part)
        else:
            add_run(p, r)
    if shade:
        shade_cell(cell, shade)
    return cell


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, widths=None, style="Table Grid", header_fill="1F3864", header_font="FFFFFF", bold_header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            if val is None:
                continue
            if i == 0 and header_fill:
                cell_text(c, (val, f"b,c:{header_font}") if bold_header else val, shade=header_fill)
            else:
                cell_text(c, *(val if isinstance(val, tuple) and isinstance(val[0], tuple) else (val,)))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text=None, fill=None, fmt="b"):
    row = t.rows[i]
    c = row.cells[0].merge(row.cells[-1])
    if text is not None:
        for p in c.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        cell_text(c, (text, fmt), shade=fill)
    return c


# ---------- tracked changes ----------

def ins_run(p, text, author, date=DATE, rid=[900]):
    rid[0] += 1
    el = parse_xml(f'<w:ins {W_NS} w:id="{rid[0]}" w:author="{escape(author)}" w:date="{date}">'
                   f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    p._p.append(el)


def del_run(p, text, author, date=DATE, rid=[950]):
    rid[0] += 1
    el = parse_xml(f'<w:del {W_NS} w:id="{rid[0]}" w:author="{escape(author)}" w:date="{date}">'
                   f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    p._p.append(el)


def mark_para_inserted(p, author, date=DATE, rid=[1000]):
    """Whole paragraph inserted: wrap its runs in w:ins and mark the paragraph mark."""
    rid[0] += 1
    pPr = p._p.get_or_add_pPr()
    rPr = parse_xml(f'<w:rPr {W_NS}><w:ins w:id="{rid[0]}" w:author="{escape(author)}" w:date="{date}"/></w:rPr>')
    pPr.append(rPr)
    rid[0] += 1
    wrap = parse_xml(f'<w:ins {W_NS} w:id="{rid[0]}" w:author="{escape(author)}" w:date="{date}"/>')
    for r in list(p._p.findall(qn("w:r"))):
        wrap.append(r)
    p._p.append(wrap)


def mark_para_deleted(p, author, date=DATE, rid=[1100]):
    rid[0] += 1
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W_NS}><w:del w:id="{rid[0]}" w:author="{escape(author)}" w:date="{date}"/></w:rPr>'))
    rid[0] += 1
    wrap = parse_xml(f'<w:del {W_NS} w:id="{rid[0]}" w:author="{escape(author)}" w:date="{date}"/>')
    for r in list(p._p.findall(qn("w:r"))):
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        wrap.append(r)
    p._p.append(wrap)


# ---------- comments ----------

class Comments:
    def __init__(self, d):
        self.d = d
        self.items = []

    def add(self, p, text, author="Reviewer", initials="R"):
        cid = len(self.items)
        self.items.append((cid, author, initials, text))
        start = parse_xml(f'<w:commentRangeStart {W_NS} w:id="{cid}"/>')
        end = parse_xml(f'<w:commentRangeEnd {W_NS} w:id="{cid}"/>')
        ref = parse_xml(f'<w:r {W_NS}><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                        f'<w:commentReference w:id="{cid}"/></w:r>')
        pPr = p._p.find(qn("w:pPr"))
        if pPr is not None:
            pPr.addnext(start)
        else:
            p._p.insert(0, start)
        p._p.append(end)
        p._p.append(ref)

    def finish(self):
        if not self.items:
            return
        body = "".join(
            f'<w:comment w:id="{cid}" w:author="{escape(a)}" w:date="{DATE}" w:initials="{i}">'
            f'<w:p><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p></w:comment>'
            for cid, a, i, t in self.items)
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W_NS}>{body}</w:comments>'
        part = Part(PackURI("/word/comments.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                    xml.encode("utf-8"), self.d.part.package)
        self.d.part.relate_to(part, RT.COMMENTS)


# ---------- footnotes ----------

class Footnotes:
    def __init__(self, d):
        self.d = d
        self.items = []

    def add(self, p, text):
        fid = len(self.items) + 1
        self.items.append((fid, text))
        p._p.append(parse_xml(f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              f'<w:footnoteReference w:id="{fid}"/></w:r>'))

    def finish(self):
        if not self.items:
            return
        sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        body = "".join(
            f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>' for fid, t in self.items)
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W_NS}>{sep}{body}</w:footnotes>'
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES)


# ---------- text box ----------

def text_box(d, paragraphs, fill="FFF2CC", width_cm=15, height_cm=5, rid=[2000]):
    """An anchored wps text box (with a VML fallback) in its own paragraph.
    paragraphs: list of (text, bold) pairs."""
    rid[0] += 1
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        for t, b in paragraphs)
    xml = f'''<w:r {W_NS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>
<wp:docPr id="{rid[0]}" name="Text Box {rid[0]}"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>
</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="tb{rid[0]}" type="#_x0000_t202" style="width:{width_cm}cm;height:{height_cm}cm" fillcolor="#{fill}">
<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>'''
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def header_footer(d, header, footer):
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer
