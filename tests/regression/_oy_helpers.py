"""Shared python-docx / raw OOXML helpers for the oy-* build scripts.

Covers what python-docx cannot do directly: tracked insertions and deletions
(runs, whole paragraphs, whole table rows), VML text boxes, footnotes,
cell and paragraph shading, manual line breaks.  Comments use python-docx's
own Document.add_comment.
"""
import itertools
from xml.sax.saxutils import escape

from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

_rev = itertools.count(901)
_shapetype_done = [False]
_SHAPETYPE = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
              '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')


def _rpr_xml(bold=False, italic=False, size=None, color=None, font=None, strike=False):
    bits = []
    if font:
        bits.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>')
    if bold:
        bits.append("<w:b/>")
    if italic:
        bits.append("<w:i/>")
    if strike:
        bits.append("<w:strike/>")
    if color:
        bits.append(f'<w:color w:val="{color}"/>')
    if size:
        bits.append(f'<w:sz w:val="{int(size * 2)}"/>')
    return "<w:rPr>" + "".join(bits) + "</w:rPr>" if bits else ""


def fmt_run(run, bold=False, italic=False, size=None, color=None, font=None):
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if font:
        run.font.name = font
    return run


def para(container, segments="", style=None, align=None, space_after=None, shade=None, **fmt):
    """Add a paragraph. segments: a string or a list of (text, dict-of-format) pairs."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if isinstance(segments, str):
        segments = [(segments, fmt)] if segments else []
    for text, f in segments:
        fmt_run(p.add_run(text), **f)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if shade:
        shade_par(p, shade)
    return p


def lines_par(container, lines, style=None, **fmt):
    """One paragraph whose lines are separated by manual line breaks."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for i, line in enumerate(lines):
        r = fmt_run(p.add_run(line), **fmt)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def shade_par(p, fill):
    pPr = p._p.get_or_add_pPr()
    for old in pPr.findall(qn("w:shd")):
        pPr.remove(old)
    pPr.insert_element_before(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
        *["w:" + t for t in ("tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
                                 "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
                                 "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
                                 "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
                                 "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")])


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.insert_element_before(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
        *["w:" + t for t in ("noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark",
                                 "headers", "cellIns", "cellDel", "cellMerge", "tcPrChange")])


def cell_text(cell, segments, style=None, **fmt):
    """Replace a cell's first paragraph text; segments as in para()."""
    p = cell.paragraphs[0]
    if style:
        p.style = style
    if isinstance(segments, str):
        segments = [(segments, fmt)] if segments else []
    for text, f in segments:
        fmt_run(p.add_run(text), **f)
    return p


def _ins_run_xml(text, author, date, rpr=""):
    rid = next(_rev)
    return (f'<w:ins {nsdecls("w")} w:id="{rid}" w:author="{escape(author)}" w:date="{date}">'
            f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')


def _del_run_xml(text, author, date, rpr=""):
    rid = next(_rev)
    return (f'<w:del {nsdecls("w")} w:id="{rid}" w:author="{escape(author)}" w:date="{date}">'
            f'<w:r>{rpr}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


def run_ins(p, text, author, date, **fmt):
    p._p.append(parse_xml(_ins_run_xml(text, author, date, _rpr_xml(**fmt))))


def run_del(p, text, author, date, **fmt):
    p._p.append(parse_xml(_del_run_xml(text, author, date, _rpr_xml(**fmt))))


def _mark_par(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.append(rPr)
    rid = next(_rev)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{rid}" w:author="{escape(author)}" w:date="{date}"/>'))


def par_inserted(container, text, author, date, style=None, **fmt):
    """A whole paragraph added with track changes on (part of the submission)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    _mark_par(p, "ins", author, date)
    run_ins(p, text, author, date, **fmt)
    return p


def par_deleted(container, text, author, date, style=None, **fmt):
    """A whole paragraph deleted with track changes on (not part of the submission)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    _mark_par(p, "del", author, date)
    run_del(p, text, author, date, **fmt)
    return p


def row_deleted(row, author, date):
    """Mark a table row as deleted and turn every run's text in it into deleted text."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_rev)}" w:author="{escape(author)}" w:date="{date}"/>'))
    for r in list(tr.iter(qn("w:r"))):
        parent = r.getparent()
        if parent.tag in (qn("w:ins"), qn("w:del")):
            continue
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        wrapper = parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_rev)}" w:author="{escape(author)}" w:date="{date}"/>')
        parent.replace(r, wrapper)
        wrapper.append(r)


def textbox(container, paragraphs, width_pt=430, height_pt=150, fill="FFFFFF", stroke="808080"):
    """A VML text box anchored in its own paragraph. paragraphs: list of segment lists or strings."""
    inner = []
    for segs in paragraphs:
        if isinstance(segs, str):
            segs = [(segs, {})]
        runs = "".join(f'<w:r>{_rpr_xml(**f)}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>' for t, f in segs)
        inner.append(f"<w:p><w:pPr><w:spacing w:after=\"80\"/></w:pPr>{runs}</w:p>")
    sid = next(_rev)
    ns = (nsdecls("w") + ' xmlns:v="urn:schemas-microsoft-com:vml"'
          ' xmlns:o="urn:schemas-microsoft-com:office:office"')
    st = "" if _shapetype_done[0] else _SHAPETYPE
    _shapetype_done[0] = True
    xml = (f'<w:r {ns}><w:pict>{st}'
           f'<v:shape id="TextBox{sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" '
           f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1pt">'
           f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{"".join(inner)}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r>')
    p = container.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


class Footnotes:
    """Collects footnotes and writes word/footnotes.xml when finish() is called."""

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

    def finish(self):
        if not self.notes:
            return
        body = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for fid, text in self.notes:
            body.append(
                f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               f'<w:footnotes {nsdecls("w", "r")}>' + "".join(body) + "</w:footnotes>")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def header_footer(doc, header_segments, footer_segments, page_number=True):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    for t, f in header_segments:
        fmt_run(hp.add_run(t), **f)
    fp = sec.footer.paragraphs[0]
    for t, f in footer_segments:
        fmt_run(fp.add_run(t), **f)
    if page_number:
        fp.add_run("  page ")
        fp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def set_col_widths(table, widths):
    for row in table.rows:
        for idx, w in enumerate(widths):
            if idx < len(row.cells):
                row.cells[idx].width = w
