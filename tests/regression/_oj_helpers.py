"""Shared helpers for the oj-* build scripts (python-docx plus raw OOXML).

Paragraph content is given as a string or as a list of pieces; a piece is a string
(plain run) or a tuple (text, flags) where flags may contain 'b' (bold), 'i' (italic),
'u' (underline), 'c' (small capitals), 's' (superscript), '9' (9 pt), '8' (8 pt).
"""
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY

_ids = {"n": 100}


def next_id():
    _ids["n"] += 1
    return _ids["n"]


def new_doc(font="Georgia", size=11, margins_cm=2.3):
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
    st.paragraph_format.space_after = Pt(6)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(2.2)
    return doc


def add_style(doc, name, base="Normal", size=None, bold=None, italic=None, smallcaps=None,
              align=None, before=None, after=None, color=None, indent_cm=None, keep_next=False):
    from docx.enum.style import WD_STYLE_TYPE
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles[base]
    if size:
        st.font.size = Pt(size)
    if bold is not None:
        st.font.bold = bold
    if italic is not None:
        st.font.italic = italic
    if smallcaps is not None:
        st.font.small_caps = smallcaps
    if color:
        st.font.color.rgb = RGBColor.from_string(color)
    pf = st.paragraph_format
    if align is not None:
        pf.alignment = align
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if indent_cm is not None:
        pf.left_indent = Cm(indent_cm)
        pf.right_indent = Cm(indent_cm)
    if keep_next:
        pf.keep_with_next = True
    return st


def _fmt_run(run, flags):
    if "b" in flags:
        run.bold = True
    if "i" in flags:
        run.italic = True
    if "u" in flags:
        run.underline = True
    if "c" in flags:
        run.font.small_caps = True
    if "s" in flags:
        run.font.superscript = True
    if "9" in flags:
        run.font.size = Pt(9)
    if "8" in flags:
        run.font.size = Pt(8)


def add_runs(p, content):
    runs = []
    if isinstance(content, str):
        content = [content]
    for piece in content:
        if isinstance(piece, str):
            runs.append(p.add_run(piece))
        else:
            text, flags = piece
            r = p.add_run(text)
            _fmt_run(r, flags)
            runs.append(r)
    return runs


def para(container, content="", style=None, align=None, after=None, before=None, indent_cm=None,
         first_cm=None, keep_next=False, size=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    add_runs(p, content)
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if indent_cm is not None:
        pf.left_indent = Cm(indent_cm)
    if first_cm is not None:
        pf.first_line_indent = Cm(first_cm)
    if keep_next:
        pf.keep_with_next = True
    if size:
        for r in p.runs:
            r.font.size = Pt(size)
    return p


def shade_paragraph(p, fill):
    ppr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.append(shd)


def border_paragraph(p, color="7F6A3F", sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "4")
        e.set(qn("w:color"), color)
        bdr.append(e)
    ppr.append(bdr)


def shade_cell(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_text(cell, content, align=None, size=None, after=2):
    """Replace a cell's text with content (first paragraph reused)."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    add_runs(p, content)
    if align is not None:
        p.paragraph_format.alignment = align
    p.paragraph_format.space_after = Pt(after)
    if size:
        for r in p.runs:
            r.font.size = Pt(size)
    return p


def cell_para(cell, content, size=None, after=2, align=None):
    p = cell.add_paragraph()
    add_runs(p, content)
    p.paragraph_format.space_after = Pt(after)
    if align is not None:
        p.paragraph_format.alignment = align
    if size:
        for r in p.runs:
            r.font.size = Pt(size)
    return p


def table(doc, rows, cols, widths_cm=None, style="Table Grid"):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = doc.styles[style]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths_cm:
        for row in t.rows:
            for i, w in enumerate(widths_cm):
                row.cells[i].width = Cm(w)
    return t


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trpr.append(e)


# ---------------------------------------------------------------- tracked changes

def _run_xml(text, flags="", deleted=False):
    rpr = ""
    if flags:
        rpr = "<w:rPr>" + ("<w:b/>" if "b" in flags else "") + ("<w:i/>" if "i" in flags else "") + "</w:rPr>"
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r {NSDECL}>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def ins_run(p, text, author, date, flags=""):
    """Append an inserted (tracked) run to paragraph p."""
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), str(next_id()))
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), date)
    ins.append(parse_xml(_run_xml(text, flags)))
    p._p.append(ins)
    return ins


def del_run(p, text, author, date, flags=""):
    d = OxmlElement("w:del")
    d.set(qn("w:id"), str(next_id()))
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    d.append(parse_xml(_run_xml(text, flags, deleted=True)))
    p._p.append(d)
    return d


def mark_paragraph_inserted(p, author, date):
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    e = OxmlElement("w:ins")
    e.set(qn("w:id"), str(next_id()))
    e.set(qn("w:author"), author)
    e.set(qn("w:date"), date)
    rpr.append(e)
    ppr.append(rpr)


def mark_paragraph_deleted(p, author, date):
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    e = OxmlElement("w:del")
    e.set(qn("w:id"), str(next_id()))
    e.set(qn("w:author"), author)
    e.set(qn("w:date"), date)
    rpr.append(e)
    ppr.append(rpr)


# ---------------------------------------------------------------- footnotes

FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


class Footnotes:
    def __init__(self, doc):
        xml = (f'<w:footnotes {NSDECL}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
               'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
               'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.part = XmlPart(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, parse_xml(xml), doc.part.package)
        doc.part.relate_to(self.part, RT.FOOTNOTES)
        settings = doc.settings.element
        fpr = parse_xml(f'<w:footnotePr {NSDECL}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
        compat = settings.find(qn("w:compat"))
        if compat is not None:
            compat.addprevious(fpr)
        else:
            settings.append(fpr)
        self.n = 0

    def add(self, p, text):
        """Put a footnote reference at the end of paragraph p, with the note's text."""
        self.n += 1
        fid = self.n
        ref = parse_xml(f'<w:r {NSDECL}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                        f'<w:footnoteReference w:id="{fid}"/></w:r>')
        p._p.append(ref)
        note = parse_xml(
            f'<w:footnote {NSDECL} w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p>'
            f'</w:footnote>')
        self.part.element.append(note)
        return fid


# ---------------------------------------------------------------- text box (VML)

def text_box(doc, paragraphs, width_pt=430, fill="#F4F0E6", stroke="#7F6A3F"):
    """A new paragraph holding an inline VML text box; paragraphs is a list of (content, flags-for-paragraph)
    where content is a list of pieces as for add_runs and paragraph flags may contain 'c' (centre)."""
    inner = []
    for content, pflags in paragraphs:
        if isinstance(content, str):
            content = [content]
        ppr = '<w:pPr><w:spacing w:after="80"/>' + ('<w:jc w:val="center"/>' if "c" in pflags else "") + "</w:pPr>"
        runs = ""
        for piece in content:
            text, flags = (piece, "") if isinstance(piece, str) else piece
            rpr = ("<w:rPr>" + ("<w:b/>" if "b" in flags else "") + ("<w:i/>" if "i" in flags else "")
                   + ("<w:smallCaps/>" if "c" in flags else "") + '<w:sz w:val="20"/></w:rPr>')
            runs += f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
        inner.append(f"<w:p>{ppr}{runs}</w:p>")
    sid = next_id()
    xml = (f'<w:r {NSDECL}><w:pict>'
           '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="TextBox{sid}" o:spid="_x0000_s{1025 + sid}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:60pt;mso-wrap-style:square" fillcolor="{fill}" strokecolor="{stroke}" '
           'strokeweight="1pt">'
           '<v:textbox style="mso-fit-shape-to-text:t" inset="8pt,6pt,8pt,6pt"><w:txbxContent>'
           + "".join(inner) +
           '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p.alignment = CENTER
    p._p.append(parse_xml(xml))
    return p


# ---------------------------------------------------------------- header / footer

def page_field(p):
    fld = parse_xml(f'<w:fldSimple {NSDECL} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    p._p.append(fld)


def header_footer(doc, header_content, footer_content, footer_page=True, size=8):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    add_runs(hp, header_content)
    hp.alignment = CENTER
    for r in hp.runs:
        r.font.size = Pt(size)
    fp = sec.footer.paragraphs[0]
    add_runs(fp, footer_content)
    fp.alignment = CENTER
    for r in fp.runs:
        r.font.size = Pt(size)
    if footer_page:
        fp.add_run("  ·  page ").font.size = Pt(size)
        page_field(fp)


def word_count(path):
    import re
    import zipfile
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    return len(text.split())
