"""Shared helpers for the pi-* build scripts: raw OOXML that python-docx cannot write by itself
(tracked insertions and deletions, a deleted table row, shading, PAGE fields, text boxes with a VML
fallback, a footnotes part, landscape sections, widths)."""
import itertools
from copy import deepcopy

from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_ALL = " ".join(f'xmlns:{k}="{v}"' for k, v in {
    "w": W_NS,
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
}.items())
_ids = itertools.count(100)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rpr_xml(bold=False, italic=False, size=None, color=None, font=None, caps=False):
    parts = []
    if font:
        parts.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>')
    if bold:
        parts.append("<w:b/>")
    if italic:
        parts.append("<w:i/>")
    if caps:
        parts.append("<w:caps/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        parts.append(f'<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>')
    return "<w:rPr>" + "".join(parts) + "</w:rPr>" if parts else ""


# ---------------------------------------------------------------- runs and paragraphs

def run(p, text, bold=False, italic=False, size=None, color=None, font=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    return r


def para(container, text="", style=None, bold=False, italic=False, size=None, align=None,
         space_after=None, color=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def rich(container, pieces, style=None, space_after=None):
    """pieces: list of str or (str, dict-of-run-options)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for piece in pieces:
        if isinstance(piece, str):
            run(p, piece)
        else:
            run(p, piece[0], **piece[1])
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def line_broken(container, lines, style=None, **kw):
    """One paragraph whose lines are separated by manual line breaks (w:br)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for i, ln in enumerate(lines):
        r = run(p, ln, **kw)
        if i < len(lines) - 1:
            r.add_break()
    return p


# ---------------------------------------------------------------- tracked changes

def ins_run(p, text, author, date, **fmt):
    i = next(_ids)
    x = (f'<w:ins {nsdecls("w")} w:id="{i}" w:author="{esc(author)}" w:date="{date}">'
         f'<w:r>{rpr_xml(**fmt)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    el = parse_xml(x)
    p._p.append(el)
    return el


def del_run(p, text, author, date, **fmt):
    i = next(_ids)
    x = (f'<w:del {nsdecls("w")} w:id="{i}" w:author="{esc(author)}" w:date="{date}">'
         f'<w:r>{rpr_xml(**fmt)}<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    el = parse_xml(x)
    p._p.append(el)
    return el


def mark_paragraph(p, kind, author, date):
    """Mark the paragraph mark itself as inserted (kind='ins') or deleted (kind='del')."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}"/>'))


def inserted_paragraph(container, text, author, date, style=None, **fmt):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    mark_paragraph(p, "ins", author, date)
    ins_run(p, text, author, date, **fmt)
    return p


def deleted_paragraph(container, text, author, date, style=None, **fmt):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    mark_paragraph(p, "del", author, date)
    del_run(p, text, author, date, **fmt)
    return p


def delete_row(row, author, date):
    """Turn every run of a table row into deleted text and mark the row itself as deleted."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}"/>'))
    for p in tr.iter(qn("w:p")):
        pPr = p.find(qn("w:pPr"))
        if pPr is None:
            pPr = parse_xml(f"<w:pPr {nsdecls('w')}/>")
            p.insert(0, pPr)
        rPr = pPr.find(qn("w:rPr"))
        if rPr is None:
            rPr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
            pPr.append(rPr)
        rPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}"/>'))
        for r in list(p.findall(qn("w:r"))):
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")
            wrapper = parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}"/>')
            r.addprevious(wrapper)
            wrapper.append(r)


def insert_row_mark(row, author, date):
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}"/>'))
    for p in tr.iter(qn("w:p")):
        for r in list(p.findall(qn("w:r"))):
            wrapper = parse_xml(f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{esc(author)}" w:date="{date}"/>')
            r.addprevious(wrapper)
            wrapper.append(r)


# ---------------------------------------------------------------- tables

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, align=None):
    """Replace the text of a cell; text may hold '\n' for separate paragraphs."""
    lines = text.split("\n") if isinstance(text, str) else text
    first = cell.paragraphs[0]
    for r in list(first.runs):
        r._r.getparent().remove(r._r)
    for i, ln in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        if ln:
            run(p, ln, bold=bold, italic=italic, size=size, color=color)
        if align is not None:
            p.alignment = align
    return cell


def col_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def set_table_borders(table, sz=4, color="000000"):
    tblPr = table._tbl.tblPr
    b = "".join(f'<w:{e} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>'
                for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{b}</w:tblBorders>'))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def table_font(table, size):
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for r in p.runs:
                    if r.font.size is None:
                        r.font.size = Pt(size)


# ---------------------------------------------------------------- fields

def add_field(p, instr, placeholder="1", **fmt):
    r1 = parse_xml(f'<w:r {nsdecls("w")}>{rpr_xml(**fmt)}<w:fldChar w:fldCharType="begin"/></w:r>')
    r2 = parse_xml(f'<w:r {nsdecls("w")}>{rpr_xml(**fmt)}<w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>')
    r3 = parse_xml(f'<w:r {nsdecls("w")}>{rpr_xml(**fmt)}<w:fldChar w:fldCharType="separate"/></w:r>')
    r4 = parse_xml(f'<w:r {nsdecls("w")}>{rpr_xml(**fmt)}<w:t>{placeholder}</w:t></w:r>')
    r5 = parse_xml(f'<w:r {nsdecls("w")}>{rpr_xml(**fmt)}<w:fldChar w:fldCharType="end"/></w:r>')
    for r in (r1, r2, r3, r4, r5):
        p._p.append(r)


# ---------------------------------------------------------------- sections

def landscape_section(doc, start_type):
    sec = doc.add_section(start_type)
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    if w < h:
        sec.page_width, sec.page_height = h, w
    return sec


def portrait_section(doc, start_type):
    sec = doc.add_section(start_type)
    sec.orientation = WD_ORIENT.PORTRAIT
    w, h = sec.page_width, sec.page_height
    if w > h:
        sec.page_width, sec.page_height = h, w
    return sec


# ---------------------------------------------------------------- text boxes

def _txbx_paras(paras):
    """paras: list of (text, fmt dict) or str."""
    out = []
    for item in paras:
        text, fmt = (item, {}) if isinstance(item, str) else item
        out.append(f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>{rpr_xml(**fmt)}'
                   f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>')
    return "".join(out)


def text_box(p, paras, width_cm=15.5, height_cm=6.0, fill="FFF8E1", line="7F6000", name="Text Box"):
    """Anchor a DrawingML text box (with a VML fallback, as Word writes it) in paragraph p."""
    n = next(_ids)
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    body = _txbx_paras(paras)
    xml = f'''<w:r {NS_ALL}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="{n}" name="{name} {n}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:spAutoFit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="TextBox{n}" o:spid="_x0000_s{1024 + n}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:{width_cm}cm;height:{height_cm}cm;z-index:{n};mso-wrap-style:square" fillcolor="#{fill}" strokecolor="#{line}" strokeweight="1pt">
<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''
    p._p.append(parse_xml(xml))
    return p


# ---------------------------------------------------------------- footnotes

FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


class Footnotes:
    """Collects footnotes; call .attach(doc) once at the end."""

    def __init__(self):
        self.notes = []

    def ref(self, p, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))
        return fid

    def attach(self, doc):
        notes = "".join(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc(t)}</w:t></w:r></w:p></w:footnote>'
            for fid, t in self.notes)
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<w:footnotes xmlns:w="{W_NS}">'
               f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               f'{notes}</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml.encode("utf-8"), doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)
        return part


def heading_runs_font(doc, font="Arial"):
    for s in ("Normal",):
        st = doc.styles[s]
        st.font.name = font
