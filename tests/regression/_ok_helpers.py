"""Shared helpers for the ok-* build scripts: python-docx plus raw OOXML for the things python-docx
cannot do (tracked changes, footnotes, VML text boxes, cell shading, simple fields)."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor
from xml.sax.saxutils import escape

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def new_doc(font="Arial", size=10.5, margins_cm=2.0, landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(4)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(margins_cm)
    return doc


def add_style(doc, name, base="Normal", size=None, bold=False, caps=False, color=None, italic=False,
              space_before=None, space_after=None, font=None, keep_next=False):
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles[base]
    if size:
        st.font.size = Pt(size)
    st.font.bold = bold
    st.font.italic = italic
    st.font.all_caps = caps
    if font:
        st.font.name = font
    if color:
        st.font.color.rgb = RGBColor.from_string(color)
    if space_before is not None:
        st.paragraph_format.space_before = Pt(space_before)
    if space_after is not None:
        st.paragraph_format.space_after = Pt(space_after)
    if keep_next:
        st.paragraph_format.keep_with_next = True
    return st


def _fmt_run(r, fmt):
    if not fmt:
        return
    if fmt.get("b"):
        r.bold = True
    if fmt.get("i"):
        r.italic = True
    if fmt.get("u"):
        r.underline = True
    if fmt.get("size"):
        r.font.size = Pt(fmt["size"])
    if fmt.get("color"):
        r.font.color.rgb = RGBColor.from_string(fmt["color"])
    if fmt.get("font"):
        r.font.name = fmt["font"]
    if fmt.get("caps"):
        r.font.all_caps = True


def para(container, parts, style=None, align=None, shade=None, indent_cm=None, space_after=None, keep_next=False):
    """parts: a string or a list of strings / (text, fmt) tuples / callables(paragraph)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if callable(part):
            part(p)
        elif isinstance(part, tuple):
            r = p.add_run(part[0])
            _fmt_run(r, part[1])
        else:
            p.add_run(part)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if shade:
        shade_par(p, shade)
    if indent_cm is not None:
        p.paragraph_format.left_indent = Cm(indent_cm)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep_next:
        p.paragraph_format.keep_with_next = True
    return p


def shade_par(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.insert_element_before(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
        "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
        "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
        "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
        "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
        "w:pPrChange")


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.insert_element_before(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
        "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
        "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange")


def _rpr(fmt):
    if not fmt:
        return ""
    x = ""
    if fmt.get("b"):
        x += "<w:b/>"
    if fmt.get("i"):
        x += "<w:i/>"
    if fmt.get("size"):
        x += f'<w:sz w:val="{int(fmt["size"]*2)}"/>'
    return f"<w:rPr>{x}</w:rPr>" if x else ""


def ins(text, author="Dave Kerrigan", date="2009-01-14T10:12:00Z", fmt=None):
    """A callable for para(): an inserted tracked run."""
    def f(p):
        p._p.append(parse_xml(
            f'<w:ins {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
            f'<w:r>{_rpr(fmt)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))
    return f


def dele(text, author="Dave Kerrigan", date="2009-01-14T10:12:00Z", fmt=None):
    """A callable for para(): a deleted tracked run."""
    def f(p):
        p._p.append(parse_xml(
            f'<w:del {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
            f'<w:r>{_rpr(fmt)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))
    return f


def mark_par_deleted(p, author="Dave Kerrigan", date="2009-01-14T10:12:00Z"):
    """Convert all plain runs of a paragraph into a deleted paragraph (runs and paragraph mark)."""
    rid = _next_id()
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {W_NS}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:del {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))
    for r in list(p._p.findall(qn("w:r"))):
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        wrap = parse_xml(f'<w:del {W_NS} w:id="{rid}" w:author="{escape(author)}" w:date="{date}"/>')
        r.addprevious(wrap)
        wrap.append(r)


def mark_par_inserted(p, author="Dave Kerrigan", date="2009-01-14T10:12:00Z"):
    rid = _next_id()
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {W_NS}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:ins {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))
    for r in list(p._p.findall(qn("w:r"))):
        wrap = parse_xml(f'<w:ins {W_NS} w:id="{rid}" w:author="{escape(author)}" w:date="{date}"/>')
        r.addprevious(wrap)
        wrap.append(r)


def mark_row_deleted(row, author="Dave Kerrigan", date="2009-01-14T10:12:00Z"):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))
    for cell in row.cells:
        for p in cell.paragraphs:
            mark_par_deleted(p, author, date)


def mark_row_inserted(row, author="Dave Kerrigan", date="2009-01-14T10:12:00Z"):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:ins {W_NS} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))
    for cell in row.cells:
        for p in cell.paragraphs:
            mark_par_inserted(p, author, date)


def set_cell(cell, parts, bold=False, size=None, shade=None, align=None):
    """Replace a cell's content with one paragraph (parts as in para()); extra paragraphs via '\n\n'."""
    cell.text = ""
    p = cell.paragraphs[0]
    if isinstance(parts, str):
        chunks = parts.split("\n\n")
        for i, ch in enumerate(chunks):
            q = p if i == 0 else cell.add_paragraph()
            r = q.add_run(ch)
            r.bold = bold or None
            if size:
                r.font.size = Pt(size)
            if align == "center":
                q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        for part in parts:
            if callable(part):
                part(p)
            elif isinstance(part, tuple):
                r = p.add_run(part[0])
                _fmt_run(r, dict(part[1], **({"size": size} if size and "size" not in part[1] else {})))
            else:
                r = p.add_run(part)
                r.bold = bold or None
                if size:
                    r.font.size = Pt(size)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if shade:
        shade_cell(cell, shade)
    return cell


def table(doc, rows, widths_cm=None, style="Table Grid", header_shade="D9D9D9", size=9, bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(i == 0 and bold_header), size=size,
                     shade=(header_shade if i == 0 and header_shade else None))
    if widths_cm:
        for row in t.rows:
            for j, w in enumerate(widths_cm):
                row.cells[j].width = Cm(w)
    return t


def field_run(p, instr, placeholder="1"):
    p._p.append(parse_xml(
        f'<w:fldSimple {W_NS} w:instr=" {instr} "><w:r><w:t>{placeholder}</w:t></w:r></w:fldSimple>'))


def textbox(p, paragraphs, width_pt=430, height_pt=120, fill="FFF2CC", stroke="7F6000"):
    """Add a VML text box (inline-anchored in the run) holding the given paragraphs (list of list of
    (text, fmt) or strings)."""
    body = ""
    for par_parts in paragraphs:
        if isinstance(par_parts, str):
            par_parts = [par_parts]
        runs = ""
        for part in par_parts:
            if isinstance(part, tuple):
                runs += f'<w:r>{_rpr(part[1])}<w:t xml:space="preserve">{escape(part[0])}</w:t></w:r>'
            else:
                runs += f'<w:r><w:t xml:space="preserve">{escape(part)}</w:t></w:r>'
        body += f"<w:p>{runs}</w:p>"
    xml = (f'<w:r {W_NS} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
           f'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
           f'<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="tb{_next_id()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" '
           f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1pt">'
           f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{body}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))


class Footnotes:
    """A footnotes part added by hand: python-docx has no footnote API."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []
        self.next = 1

    def ref(self, text):
        """A callable for para(): a footnote reference whose footnote holds text."""
        fid = self.next
        self.next += 1
        self.notes.append((fid, text))

        def f(p):
            p._p.append(parse_xml(
                f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{fid}"/></w:r>'))
        return f

    def finish(self):
        if not self.notes:
            return
        body = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                '</w:r></w:p></w:footnote>')
        for fid, text in self.notes:
            body += (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:pPr>'
                     f'<w:r><w:rPr><w:sz w:val="16"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
                     f'</w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W_NS}>{body}</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def header_footer(doc, header_text, footer_parts, header_align="right"):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(header_text)
    r.font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if header_align == "right" else WD_ALIGN_PARAGRAPH.LEFT
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    for part in footer_parts:
        if callable(part):
            part(fp)
        else:
            rr = fp.add_run(part)
            rr.font.size = Pt(8)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def page_field(p):
    field_run(p, "PAGE", "1")


def comment(doc, paragraph, text, author="Pat Mulrooney", initials="PM"):
    runs = paragraph.runs
    if not runs:
        runs = [paragraph.add_run("")]
    doc.add_comment(runs, text=text, author=author, initials=initials)


def merge_row(t, row, start, end, parts, shade=None, bold=True, size=9):
    c = t.cell(row, start).merge(t.cell(row, end))
    set_cell(c, parts, bold=bold, size=size, shade=shade)
    return c
