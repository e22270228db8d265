"""Shared helpers for the nu-* build scripts: raw OOXML for what python-docx cannot do
(tracked insertions and deletions, VML text boxes, fields, footnotes, cell shading)."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------- runs and paragraphs ----------

def para(container, text="", bold=False, italic=False, size=None, style=None, align=None, color=None,
         space_after=None, caps=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        add_run(p, text, bold=bold, italic=italic, size=size, color=color, caps=caps)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_run(p, text, bold=False, italic=False, size=None, color=None, caps=False, font=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.small_caps = True
    if font:
        r.font.name = font
    return r


def rich(container, parts, style=None, space_after=None):
    """parts: list of (text, dict(bold=.., italic=..)) or plain strings."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            add_run(p, part)
        else:
            add_run(p, part[0], **part[1])
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def _run_xml(text, tag="w:t", bold=False, italic=False, size=None):
    rpr = ""
    if bold or italic or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + (
            f'<w:sz w:val="{int(size*2)}"/>' if size else "") + "</w:rPr>"
    return f'<w:r {nsdecls("w")}>{rpr}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'


def add_ins_run(p, text, author, date, bold=False, italic=False):
    ins = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>')
    ins.append(parse_xml(_run_xml(text, bold=bold, italic=italic)))
    p._p.append(ins)
    return ins


def add_del_run(p, text, author, date, bold=False, italic=False):
    d = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>')
    d.append(parse_xml(_run_xml(text, tag="w:delText", bold=bold, italic=italic)))
    p._p.append(d)
    return d


def _mark_para(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>'))


def deleted_paragraph(container, text, author, date, style=None, lead=None):
    """A whole paragraph deleted by a tracked change (text and paragraph mark)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if lead:
        add_del_run(p, lead, author, date, bold=True)
    add_del_run(p, text, author, date)
    _mark_para(p, "del", author, date)
    return p


def inserted_paragraph(container, text, author, date, style=None, lead=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if lead:
        add_ins_run(p, lead, author, date, bold=True)
    add_ins_run(p, text, author, date)
    _mark_para(p, "ins", author, date)
    return p


# ---------- tables ----------

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        add_run(p, line, bold=bold, italic=italic, size=size, color=color)
    return cell


def table(doc, rows, widths=None, style="Table Grid", header=True, size=9, header_fill="D9D9D9"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0 and header_fill:
                shade(t.cell(i, j), header_fill)
    if widths:
        from docx.shared import Cm
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def band_row(t, i, text, fill="EDEDED", size=9):
    """Merge a whole row into one shaded band."""
    row = t.rows[i]
    c = row.cells[0].merge(row.cells[-1])
    cell_text(c, text, bold=True, size=size)
    shade(c, fill)
    return c


# ---------- text boxes, fields, headers ----------

def textbox(container, lines, width_pt=430, height_pt=150, border="000000", fill="FFFFFF"):
    """A VML text box anchored in its own paragraph. lines: list of (text, bold)."""
    inner = ""
    for text, bold in lines:
        inner += (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>'
                  + ("<w:rPr><w:b/></w:rPr>" if bold else "")
                  + f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>')
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="tb{_next_id()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" '
           f'strokecolor="#{border}" fillcolor="#{fill}" strokeweight="1.25pt">'
           f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r>')
    p = container.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def add_field(p, instr, placeholder="1"):
    for frag in (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
                 f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
                 f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
                 f'<w:r {nsdecls("w")}><w:t>{placeholder}</w:t></w:r>',
                 f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(frag))


# ---------- footnotes ----------

class Footnotes:
    """Collect footnotes, then attach a footnotes part before saving."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, p, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))
        return fid

    def attach(self):
        body = (f'<w:footnotes {nsdecls("w")}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for fid, text in self.notes:
            body += (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                     '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
        body += "</w:footnotes>"
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    body.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def base_document(font="Calibri", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is not None:
        rfonts.set(qn("w:eastAsia"), font)
    return doc


def word_count(path):
    import re, zipfile
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    return len(text.split())
