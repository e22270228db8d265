"""Shared python-docx helpers for the nb-* blind applications: shading, merged cells, typed titles,
tracked changes (w:ins / w:del), whole inserted or deleted paragraphs, footnotes (a real footnotes part),
VML text boxes, headers and footers with PAGE fields, and Word comments (python-docx 1.2)."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import parse_xml, OxmlElement
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WNS = f'xmlns:w="{W}"'
_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def new_document(font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:cs"), font)
    st.paragraph_format.space_after = Pt(4)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = Cm(2.0)
        s.bottom_margin = Cm(1.8)
    return doc


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- shading, cells, titles

def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def set_cell(cell, text, bold=False, size=None, fill=None, italic=False, color=None, align=None):
    """Write text into a cell's first paragraph; lines split on \n become separate paragraphs."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        if align:
            p.alignment = align
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if fill:
        shade_cell(cell, fill)
    return cell


def table(doc, rows, cols, widths=None, style="Table Grid"):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = doc.styles[style]
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def typed_title(doc, text, fill="1F4E79", color="FFFFFF", size=12, before=10):
    """A section title typed as a bold capitalised Normal paragraph with paragraph shading (no heading style)."""
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text.upper())
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor.from_string(color)
    shade_para(p, fill)
    return p


def para(doc, text="", lead=None, italic=False, size=None, style=None, align=None, color=None):
    """A Normal paragraph; `lead` is a bold run-in label before the text."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if lead:
        r = p.add_run(lead)
        r.bold = True
        if size:
            r.font.size = Pt(size)
    if text:
        r = p.add_run(text)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = align
    return p


def typed_list(doc, items, mark="\u2022", indent=0.6):
    """Items typed with a bullet character and a tab, not a Word list."""
    out = []
    for it in items:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(indent)
        p.paragraph_format.first_line_indent = Cm(-0.4)
        p.paragraph_format.space_after = Pt(2)
        if isinstance(it, tuple):
            r = p.add_run(f"{mark}\t{it[0]}")
            r.bold = True
            p.add_run(it[1])
        else:
            p.add_run(f"{mark}\t{it}")
        out.append(p)
    return out


# ---------------------------------------------------------------- tracked changes

def ins_run(p, text, author, date, bold=False):
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    el = parse_xml(f'<w:ins {WNS} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
                   f'<w:r>{b}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    p._p.append(el)
    return el


def del_run(p, text, author, date, bold=False):
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    el = parse_xml(f'<w:del {WNS} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
                   f'<w:r>{b}<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(el)
    return el


def _mark_para(p, kind, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {WNS} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>'))


def deleted_paragraph(doc, text, author, date, lead=None):
    """A whole paragraph removed with Track Changes on: runs in w:del, paragraph mark deleted."""
    p = doc.add_paragraph()
    _mark_para(p, "del", author, date)
    if lead:
        del_run(p, lead, author, date, bold=True)
    del_run(p, text, author, date)
    return p


def inserted_paragraph(doc, text, author, date, lead=None):
    """A whole paragraph added with Track Changes on: runs in w:ins, paragraph mark inserted."""
    p = doc.add_paragraph()
    _mark_para(p, "ins", author, date)
    if lead:
        ins_run(p, lead, author, date, bold=True)
    ins_run(p, text, author, date)
    return p


# ---------------------------------------------------------------- footnotes

class Footnotes:
    CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, p, text):
        n = len(self.notes) + 1
        self.notes.append((n, text))
        p._p.append(parse_xml(
            f'<w:r {WNS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))
        return n

    def save_part(self):
        body = [f'<w:footnotes {WNS}>',
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
                'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
                'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for n, text in self.notes:
            body.append(f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                        f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r>'
                        f'</w:p></w:footnote>')
        body.append("</w:footnotes>")
        blob = "".join(body).encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"), self.CT, blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- text box (VML)

def text_box(doc, paragraphs, width_pt=440, height_pt=110, fill="FFF2CC", stroke="C00000", shape_id=1):
    """A floating-free inline VML text box; `paragraphs` is a list of (text, bold) pairs."""
    inner = []
    for text, bold in paragraphs:
        b = "<w:b/>" if bold else ""
        inner.append(f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr>{b}<w:sz w:val="19"/></w:rPr>'
                     f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>')
    xml = (f'<w:r {WNS} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="TextBox{shape_id}" o:spid="_x0000_s{1024 + shape_id}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" fillcolor="#{fill}" '
           f'strokecolor="#{stroke}" strokeweight="1.5pt"><v:textbox><w:txbxContent>{"".join(inner)}'
           f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


# ---------------------------------------------------------------- header and footer

def _field(p, instr):
    p._p.append(parse_xml(f'<w:fldSimple {WNS} w:instr=" {instr} "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def header_footer(doc, header_text, footer_text, page=True, size=8):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run(header_text)
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run(footer_text)
    r.font.size = Pt(size)
    if page:
        fp.add_run("   Page ").font.size = Pt(size)
        _field(fp, "PAGE")
        fp.add_run(" of ").font.size = Pt(size)
        _field(fp, "NUMPAGES")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
