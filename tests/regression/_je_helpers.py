"""Shared helpers for the je-* build scripts: python-docx plus raw OOXML for what python-docx
cannot do (tracked changes, footnotes, VML text boxes, cell shading, field codes)."""
import datetime
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
_rev = [100]


def _rid():
    _rev[0] += 1
    return _rev[0]


def new_doc(font="Arial", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    rfonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def para(d_or_cell, text="", bold=False, italic=False, size=None, color=None, style=None,
         align=None, space_after=None):
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, shade=None):
    """Replace a cell's text; lines split on \n into paragraphs."""
    lines = text.split("\n")
    p0 = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = p0 if i == 0 else cell.add_paragraph()
        if line:
            run(p, line, bold=bold, italic=italic, size=size, color=color)
    if shade:
        shade_cell(cell, shade)
    return cell


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, cols, style="Table Grid", widths=None):
    t = d.add_table(rows=rows, cols=cols)
    t.style = style
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def ins(p, text, author="Author", date="2009-01-12T10:00:00Z", bold=False, italic=False):
    """Append a tracked insertion to paragraph p."""
    rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    x = (f'<w:ins {nsdecls("w")} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(x))


def dele(p, text, author="Author", date="2009-01-12T10:00:00Z"):
    """Append a tracked deletion to paragraph p."""
    x = (f'<w:del {nsdecls("w")} w:id="{_rid()}" w:author="{escape(author)}" w:date="{date}">'
         f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))


def deleted_paragraph(d, text, author="Author", date="2009-01-12T10:00:00Z"):
    """A whole paragraph deleted with tracked changes (its mark too)."""
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="{_rid()}" w:author="{escape(author)}" '
                         f'w:date="{date}"/></w:rPr>'))
    dele(p, text, author, date)
    return p


def inserted_paragraph(d, text, author="Author", date="2009-01-12T10:00:00Z"):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:ins w:id="{_rid()}" w:author="{escape(author)}" '
                         f'w:date="{date}"/></w:rPr>'))
    ins(p, text, author, date)
    return p


def comment(d, runs, text, author="Reviewer", initials="R"):
    if not isinstance(runs, (list, tuple)):
        runs = [runs]
    return d.add_comment(runs, text=text, author=author, initials=initials)


# ---------- footnotes ----------
_FN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_FN_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


class Footnotes:
    def __init__(self, d):
        self.d = d
        self.notes = []

    def add(self, p, text):
        n = len(self.notes) + 1
        self.notes.append(text)
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{n}"/></w:r>'))

    def finish(self):
        body = (f'<w:footnotes {W_NS}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                '</w:r></w:p></w:footnote>')
        for i, t in enumerate(self.notes, 1):
            body += (f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p>'
                     '</w:footnote>')
        body += "</w:footnotes>"
        part = Part(PackURI("/word/footnotes.xml"), _FN_CT, body.encode("utf-8"), self.d.part.package)
        self.d.part.relate_to(part, _FN_RT)


# ---------- text box (VML, readable by Word) ----------
def textbox(d, paragraphs, width_pt=440, height_pt=120, fill="#FFF8E1", stroke="#8D6E63"):
    """A floating-free (inline) VML text box holding the given list of (text, bold) tuples."""
    inner = ""
    for item in paragraphs:
        text, bold = (item, False) if isinstance(item, str) else item
        b = "<w:rPr><w:b/></w:rPr>" if bold else ""
        inner += f'<w:p><w:r>{b}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
    p = d.add_paragraph()
    x = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
         f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
         f'<v:shape id="tb{_rid()}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" '
         f'fillcolor="{fill}" strokecolor="{stroke}"><v:textbox style="mso-fit-shape-to-text:t">'
         f'<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(x))
    return p


def page_field(p, prefix="Page "):
    run(p, prefix)
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t>1</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def header_footer(d, header, footer):
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    run(hp, header, size=8, color="555555")
    fp = s.footer.paragraphs[0]
    run(fp, footer + "    ", size=8, color="555555")
    page_field(fp)


def page_break(d):
    from docx.enum.text import WD_BREAK
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def word_count(path):
    import re, zipfile
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    return len(text.split())
