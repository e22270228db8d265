"""Shared python-docx helpers for the pu-* build scripts (raw OOXML where python-docx cannot do it:
tracked changes, footnotes, VML text boxes, cell merges and shading, PAGE fields)."""
import re
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

_ID = [100]


def next_id():
    _ID[0] += 1
    return _ID[0]


def new_doc(font="Arial", size=10, margins_cm=2.0):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(4)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(margins_cm)
    return doc


def _shd(fill):
    return parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')


def shade_par(p, fill):
    p._p.get_or_add_pPr().append(_shd(fill))


def shade_cell(cell, fill):
    cell._tc.get_or_add_tcPr().append(_shd(fill))


def add_runs(p, text, bold=False, italic=False, size=None, color=None, caps=False, font=None):
    """Add text to paragraph p. **x** marks bold, __x__ italic, \n a manual line break."""
    runs = []
    parts = re.split(r"(\*\*.+?\*\*|__.+?__)", text)
    for part in parts:
        if not part:
            continue
        b, i = bold, italic
        if part.startswith("**") and part.endswith("**"):
            part, b = part[2:-2], True
        elif part.startswith("__") and part.endswith("__"):
            part, i = part[2:-2], True
        lines = part.split("\n")
        for k, line in enumerate(lines):
            r = p.add_run(line)
            r.bold = b or None
            r.italic = i or None
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
            if caps:
                r.font.all_caps = True
            if font:
                r.font.name = font
            if k < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
            runs.append(r)
    return runs


def para(container, text="", style=None, bold=False, italic=False, size=None, color=None, fill=None,
         align=None, before=None, after=None, caps=False, indent_cm=None, keep=False, font=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, italic=italic, size=size, color=color, caps=caps, font=font)
    if fill:
        shade_par(p, fill)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if indent_cm is not None:
        pf.left_indent = Cm(indent_cm)
    if keep:
        pf.keep_with_next = True
    return p


def _run_xml(text, bold=False, deleted=False, size=None):
    rpr = ""
    bits = []
    if bold:
        bits.append("<w:b/>")
    if size:
        bits.append(f'<w:sz w:val="{int(size * 2)}"/>')
    if bits:
        rpr = "<w:rPr>" + "".join(bits) + "</w:rPr>"
    tag = "w:delText" if deleted else "w:t"
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{esc}</{tag}></w:r>'


def tracked_ins(p, text, author="Author", date="2008-10-20T10:00:00Z", bold=False, size=None):
    el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{next_id()}" w:author="{author}" w:date="{date}">'
                   + _run_xml(text, bold, size=size) + "</w:ins>")
    p._p.append(el)
    return el


def tracked_del(p, text, author="Author", date="2008-10-20T10:00:00Z", bold=False, size=None):
    el = parse_xml(f'<w:del {nsdecls("w")} w:id="{next_id()}" w:author="{author}" w:date="{date}">'
                   + _run_xml(text, bold, deleted=True, size=size) + "</w:del>")
    p._p.append(el)
    return el


def table(doc_or_cell, rows, widths_cm=None, header_fill=None, size=None, style="Table Grid", bold_header=True,
          header_color=None):
    t = doc_or_cell.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            p = cell.paragraphs[0]
            if val is None:
                continue
            chunks = str(val).split("\n\n")
            for k, chunk in enumerate(chunks):
                pp = p if k == 0 else cell.add_paragraph()
                add_runs(pp, chunk, bold=(i == 0 and bold_header and header_fill is not None), size=size,
                         color=(header_color if i == 0 else None))
                pp.paragraph_format.space_after = Pt(2)
            if i == 0 and header_fill:
                shade_cell(cell, header_fill)
    if widths_cm:
        for row in t.rows:
            for j, w in enumerate(widths_cm):
                row.cells[j].width = Cm(w)
    return t


def merge(t, r1, c1, r2, c2, text=None, bold=False, fill=None, size=None, align=None, color=None):
    a = t.cell(r1, c1)
    b = t.cell(r2, c2)
    m = a.merge(b)
    if text is not None:
        for p in m.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        m.paragraphs[0].text = ""
        for r in list(m.paragraphs[0].runs):
            r._r.getparent().remove(r._r)
        chunks = text.split("\n\n")
        for k, chunk in enumerate(chunks):
            pp = m.paragraphs[0] if k == 0 else m.add_paragraph()
            add_runs(pp, chunk, bold=bold, size=size, color=color)
            if align == "center":
                pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        # drop empty paragraphs left over by the merge
        ps = m.paragraphs
        for p in ps[1:]:
            if not p.text.strip():
                p._p.getparent().remove(p._p)
    if fill:
        shade_cell(m, fill)
    return m


def add_field(p, instr, placeholder="1"):
    r1 = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1.append(fc)
    r2 = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r2.append(it)
    r3 = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3.append(fc)
    r4 = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = placeholder
    r4.append(t)
    r5 = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5.append(fc)
    for r in (r1, r2, r3, r4, r5):
        p._p.append(r)


def header_footer(section, header_text, footer_text, size=8):
    hp = section.header.paragraphs[0]
    add_runs(hp, header_text, size=size, color="555555")
    fp = section.footer.paragraphs[0]
    add_runs(fp, footer_text + "  |  Page ", size=size, color="555555")
    add_field(fp, "PAGE")


def text_box(p, paragraphs, width_pt=420, height_pt=90, fill="FFF2CC", stroke="7F6000"):
    """Append a VML text box (anchored in paragraph p). paragraphs: list of (text, bold, italic)."""
    inner = []
    for text, b, i in paragraphs:
        rpr = ("<w:b/>" if b else "") + ("<w:i/>" if i else "")
        rpr = f"<w:rPr>{rpr}<w:sz w:val=\"19\"/></w:rPr>"
        esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        inner.append(f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>{rpr}<w:t xml:space="preserve">{esc}</w:t></w:r></w:p>')
    ns = (nsdecls("w") + ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')
    xml = (f'<w:r {ns}><w:pict>'
           f'<v:shape id="tb{next_id()}" o:spid="_x0000_s{next_id()}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" '
           f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1pt">'
           f'<v:textbox inset="6pt,4pt,6pt,4pt"><w:txbxContent>{"".join(inner)}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))


class Footnotes:
    """Adds a footnotes part to the document and footnote references to paragraphs."""

    def __init__(self, doc):
        self.doc = doc
        self.n = 0
        xml = (f'<w:footnotes {nsdecls("w")}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.root = parse_xml(xml)
        self.part = None

    def add(self, p, text):
        self.n += 1
        fid = self.n
        r = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                      f'<w:footnoteReference w:id="{fid}"/></w:r>')
        p._p.append(r)
        esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        fn = parse_xml(f'<w:footnote {nsdecls("w")} w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                       f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                       f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc}</w:t></w:r></w:p></w:footnote>')
        self.root.append(fn)

    def finish(self):
        from lxml import etree
        blob = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
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
