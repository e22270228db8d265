"""Shared python-docx helpers for the ow-* build scripts (raw OOXML where python-docx cannot do it):
tracked insertions and deletions (runs and whole table rows), footnotes (a footnotes part is added),
VML text boxes, cell shading, PAGE fields in headers and footers, typed paragraphs with manual breaks."""
import copy
import itertools

from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ids = itertools.count(9001)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_col_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


def run_xml(text, bold=False, italic=False, size=None, font=None, deleted=False, color=None):
    rpr = ""
    if font:
        rpr += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{int(size * 2)}"/>'
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<{tag} xml:space="preserve">{_esc(text)}</{tag}></w:r>'


def add_ins(paragraph, text, author, date, **kw):
    el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{date}">'
                   f'{run_xml(text, **kw)}</w:ins>')
    paragraph._p.append(el)
    return el


def add_del(paragraph, text, author, date, **kw):
    el = parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{date}">'
                   f'{run_xml(text, deleted=True, **kw)}</w:del>')
    paragraph._p.append(el)
    return el


def mark_paragraph(paragraph, kind, author, date):
    """Mark a whole paragraph as inserted or deleted (its runs and its paragraph mark)."""
    p = paragraph._p
    pPr = p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/>'))
    for r in list(p.findall(qn("w:r"))):
        if kind == "del":
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")
        wrap = parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/>')
        r.addprevious(wrap)
        wrap.append(r)


def mark_row(row, kind, author, date):
    """Mark a whole table row as a tracked insertion or deletion."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/>'))
    for cell in row.cells:
        for par in cell.paragraphs:
            mark_paragraph(par, kind, author, date)


def add_field(paragraph, instr, placeholder="1"):
    p = paragraph._p
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t>{placeholder}</w:t></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def typed(container, parts, style=None, size=None, font=None, space_after=None):
    """A paragraph from parts: str, ('b', s), ('i', s), ('bi', s), ('br',) manual line break."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for part in parts if isinstance(parts, (list, tuple)) else [parts]:
        if isinstance(part, str):
            r = p.add_run(part)
        elif part[0] == "br":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        else:
            r = p.add_run(part[1])
            r.bold = "b" in part[0]
            r.italic = "i" in part[0]
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def text_box(paragraph, paras, width_pt=430, height_pt=120, border="1F3864", fill="F2F2F2"):
    """Append a VML text box (inline-anchored shape) holding the given paragraphs (lists of parts)."""
    inner = ""
    for parts in paras:
        runs = ""
        for part in parts:
            if isinstance(part, str):
                runs += run_xml(part)
            else:
                runs += run_xml(part[1], bold="b" in part[0], italic="i" in part[0])
        inner += f"<w:p>{runs}</w:p>"
    sid = next(_ids)
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shape id="TextBox{sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" '
           f'fillcolor="#{fill}" strokecolor="#{border}" strokeweight="1.5pt">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


class Footnotes:
    """Collects footnotes; call attach(doc) once after the body is written."""

    def __init__(self):
        self.notes = []

    def ref(self, paragraph, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        paragraph._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))

    def attach(self, doc):
        body = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                '</w:r></w:p></w:footnote>')
        for fid, text in self.notes:
            body += (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                     f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r>'
                     f'</w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<w:footnotes xmlns:w="{W_NS}">{body}</w:footnotes>').encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml, doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)


def para_style(doc, name, size=10.5, bold=False, color=None, font=None, space_before=0, space_after=4, caps=False):
    from docx.enum.style import WD_STYLE_TYPE
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles["Normal"]
    st.font.size = Pt(size)
    st.font.bold = bold
    st.font.all_caps = caps
    if color:
        st.font.color.rgb = RGBColor.from_string(color)
    if font:
        st.font.name = font
    st.paragraph_format.space_before = Pt(space_before)
    st.paragraph_format.space_after = Pt(space_after)
    return st


def band(paragraph, fill="1F3864", color="FFFFFF"):
    """Shade a whole paragraph (a typed title band) and colour its runs."""
    pPr = paragraph._p.get_or_add_pPr()
    shd = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    before = {"pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
              "suppressLineNumbers", "pBdr"}
    idx = 0
    for i, ch in enumerate(pPr):
        if ch.tag.split("}")[1] in before:
            idx = i + 1
    pPr.insert(idx, shd)
    for r in paragraph.runs:
        r.font.color.rgb = RGBColor.from_string(color)
