"""Shared helpers for the pz-* build scripts: python-docx plus raw OOXML for what python-docx cannot do
(shading, merged-cell tidy-up, text boxes with a VML fallback, tracked changes, footnotes, fields,
landscape sections)."""
import copy
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DATE = "2008-11-19T10:00:00Z"


def new_document(font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return doc


def add_runs(p, parts):
    """parts: str or list of str / (str, dict) with keys bold, italic, size, color, caps."""
    if isinstance(parts, str):
        parts = [parts]
    runs = []
    for part in parts:
        if isinstance(part, str):
            text, fmt = part, {}
        else:
            text, fmt = part
        r = p.add_run(text)
        if fmt.get("bold"):
            r.bold = True
        if fmt.get("italic"):
            r.italic = True
        if fmt.get("size"):
            r.font.size = Pt(fmt["size"])
        if fmt.get("color"):
            r.font.color.rgb = RGBColor.from_string(fmt["color"])
        if fmt.get("caps"):
            r.font.all_caps = True
        if fmt.get("strike"):
            r.font.strike = True
        runs.append(r)
    return runs


def para(doc_or_cell, parts="", style=None, align=None, space_after=None, keep=False):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    add_runs(p, parts)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def lines_para(doc_or_cell, lines, bold=False, size=None):
    """One paragraph whose lines are separated by manual line breaks (w:br)."""
    p = doc_or_cell.add_paragraph()
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def cell_text(cell, parts, bold=False, size=None, align=None):
    """Replace the first paragraph of a cell with parts."""
    p = cell.paragraphs[0]
    if isinstance(parts, str):
        parts = [(parts, {"bold": bold, "size": size})]
    add_runs(p, parts)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def table(doc, rows, widths=None, header_fill="D9D9D9", style="Table Grid", size=None, bold_header=True):
    """rows: list of lists of str (or parts lists). First row is the header."""
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            if isinstance(val, str):
                cell_text(c, [(val, {"bold": (i == 0 and bold_header), "size": size})])
            else:
                cell_text(c, val)
            if i == 0 and header_fill:
                shade(c, header_fill)
    if widths:
        set_col_widths(t, widths)
    return t


def merge_row(t, row_idx, text, fill=None, bold=True, size=None):
    """Merge a whole row into one cell with text."""
    row = t.rows[row_idx]
    a, b = row.cells[0], row.cells[len(row.cells) - 1]
    m = a.merge(b)
    for p in m.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    p = m.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    add_runs(p, [(text, {"bold": bold, "size": size})])
    if fill:
        shade(m, fill)
    return m


def clean_merged(cell):
    """After a merge python-docx keeps the paragraphs of every merged cell; drop empty ones."""
    ps = cell.paragraphs
    for p in ps[1:]:
        if not p.text.strip():
            p._p.getparent().remove(p._p)


def page_field(paragraph, instr="PAGE"):
    r1 = parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>')
    r2 = parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>')
    r3 = parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>')
    r4 = parse_xml(f'<w:r {nsdecls("w")}><w:t>1</w:t></w:r>')
    r5 = parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>')
    for r in (r1, r2, r3, r4, r5):
        paragraph._p.append(r)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def ins_run(p, text, author, date=DATE, bold=False):
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    el = parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}">'
        f'<w:r>{b}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>')
    p._p.append(el)
    return el


def del_run(p, text, author, date=DATE, bold=False):
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    el = parse_xml(
        f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}">'
        f'<w:r>{b}<w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>')
    p._p.append(el)
    return el


def mark_para_inserted(p, author, date=DATE):
    """Mark the paragraph mark as inserted and wrap its runs in w:ins."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>'))
    runs = [r for r in p._p if r.tag == qn("w:r")]
    if runs:
        ins = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>')
        runs[0].addprevious(ins)
        for r in runs:
            ins.append(r)


def mark_para_deleted(p, author, date=DATE):
    """Turn the paragraph's runs into deleted text and mark its paragraph mark deleted."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>'))
    runs = [r for r in p._p if r.tag == qn("w:r")]
    if runs:
        d = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>')
        runs[0].addprevious(d)
        for r in runs:
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")
            d.append(r)


def mark_row_deleted(row, author, date=DATE):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>'))
    for tc in row._tr.findall(qn("w:tc")):
        for p in tc.findall(qn("w:p")):
            pPr = p.find(qn("w:pPr"))
            if pPr is None:
                pPr = parse_xml(f'<w:pPr {nsdecls("w")}/>')
                p.insert(0, pPr)
            rPr = pPr.find(qn("w:rPr"))
            if rPr is None:
                rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
                pPr.append(rPr)
            rPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>'))
            runs = [r for r in p if r.tag == qn("w:r")]
            if runs:
                d = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>')
                runs[0].addprevious(d)
                for r in runs:
                    for t in r.findall(qn("w:t")):
                        t.tag = qn("w:delText")
                    d.append(r)


def mark_row_inserted(row, author, date=DATE):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>'))
    for tc in row._tr.findall(qn("w:tc")):
        for p in tc.findall(qn("w:p")):
            runs = [r for r in p if r.tag == qn("w:r")]
            if runs:
                ins = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>')
                runs[0].addprevious(ins)
                for r in runs:
                    ins.append(r)


def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)


_tb = [500]


def text_box(doc, paragraphs, width_cm=15.5, height_cm=5.0, fill="F2F2F2", line="404040", anchor_para=None):
    """An inline DrawingML text box (wps) with a VML fallback, in its own paragraph.
    paragraphs: list of parts lists (see add_runs) or strings; a part dict may hold bold/italic/size."""
    _tb[0] += 1
    n = _tb[0]
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)

    def ps_xml():
        out = []
        for parts in paragraphs:
            if isinstance(parts, str):
                parts = [parts]
            rs = []
            for part in parts:
                text, fmt = (part, {}) if isinstance(part, str) else part
                rpr = ""
                if fmt.get("bold"):
                    rpr += "<w:b/>"
                if fmt.get("italic"):
                    rpr += "<w:i/>"
                if fmt.get("size"):
                    rpr += f'<w:sz w:val="{int(fmt["size"] * 2)}"/>'
                rs.append(f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{_esc(text)}</w:t></w:r>')
            out.append(f"<w:p>{''.join(rs)}</w:p>")
        return "".join(out)

    body = ps_xml()
    xml = f'''<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{n}" name="Text Box {n}"/>
<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:spAutoFit/></wps:bodyPr></wps:wsp>
</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="TextBox{n}" o:spid="_x0000_s{1024 + n}" type="#_x0000_t202" style="width:{width_cm}cm;height:{height_cm}cm" fillcolor="#{fill}" strokecolor="#{line}">
<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''
    p = anchor_para if anchor_para is not None else doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


class Footnotes:
    """A footnotes part built by hand; add() puts a reference run at the end of a paragraph."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []
        self.next = 1

    def add(self, p, text):
        fid = self.next
        self.next += 1
        self.notes.append((fid, text))
        r = parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>')
        p._p.append(r)
        return fid

    def finish(self):
        if not self.notes:
            return
        notes = "".join(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r></w:p></w:footnote>'
            for fid, text in self.notes)
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<w:footnotes xmlns:w="{W_NS}">'
               f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               f'{notes}</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def landscape_section(doc):
    from docx.enum.section import WD_SECTION
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    w, h = s.page_width, s.page_height
    if w < h:
        s.page_width, s.page_height = h, w
    return s


def portrait_section(doc):
    from docx.enum.section import WD_SECTION
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    w, h = s.page_width, s.page_height
    if w > h:
        s.page_width, s.page_height = h, w
    return s
