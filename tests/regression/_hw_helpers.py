"""Shared helpers for the hw-* build scripts: python-docx plus raw OOXML for
tracked changes, footnotes, text boxes, shading, merged cells and fields."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2008-10-14T09:00:00Z"


def new_doc(font="Arial", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(container, text="", style=None, bold=False, italic=False, size=None, align=None, caps=False):
    """Add a paragraph. `text` may be a str or a list of (text, 'b'/'i'/'bi'/'') segments."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    segs = text if isinstance(text, list) else [(text, ("b" if bold else "") + ("i" if italic else ""))]
    for t, f in segs:
        r = p.add_run(t)
        r.bold = "b" in f or None
        r.italic = "i" in f or None
        if size:
            r.font.size = Pt(size)
        if caps:
            r.font.all_caps = True
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def cell_text(cell, text, bold=False, italic=False, size=None, shade=None):
    """Replace a cell's text (str or list of segments; '\n' starts a new paragraph)."""
    cell.text = ""
    parts = text.split("\n") if isinstance(text, str) else [text]
    first = True
    for part in parts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        segs = part if isinstance(part, list) else [(part, ("b" if bold else "") + ("i" if italic else ""))]
        for t, f in segs:
            r = p.add_run(t)
            r.bold = "b" in f or None
            r.italic = "i" in f or None
            if size:
                r.font.size = Pt(size)
    if shade:
        shade_cell(cell, shade)
    return cell


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(container, rows, cols, style="Table Grid", widths=None):
    t = container.add_table(rows=rows, cols=cols)
    t.style = style
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def ins(paragraph, text, author="R. Pengelly", date=DATE, rid=[100]):
    rid[0] += 1
    x = (f'<w:ins {W_NS} w:id="{rid[0]}" w:author="{esc(author)}" w:date="{date}">'
         f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    paragraph._p.append(parse_xml(x))


def dele(paragraph, text, author="R. Pengelly", date=DATE, rid=[500]):
    rid[0] += 1
    x = (f'<w:del {W_NS} w:id="{rid[0]}" w:author="{esc(author)}" w:date="{date}">'
         f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    paragraph._p.append(parse_xml(x))


def run(paragraph, text, bold=False, italic=False):
    r = paragraph.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    return r


# ---------------------------------------------------------------- footnotes
def _footnotes_part(doc):
    dp = doc.part
    for rel in dp.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            return rel.target_part
    xml = (f'<w:footnotes {W_NS}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           '</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), dp.package)
    dp.relate_to(part, RT.FOOTNOTES)
    part._hw_notes = []
    return part


def footnote(doc, paragraph, text, _n=[0]):
    part = _footnotes_part(doc)
    _n[0] += 1
    fid = _n[0]
    blob = part.blob.decode("utf-8")
    note = (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
    part._blob = blob.replace("</w:footnotes>", note + "</w:footnotes>").encode("utf-8")
    paragraph._p.append(parse_xml(
        f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))


# ---------------------------------------------------------------- text box
def textbox(paragraph, lines, width_pt=420, height_pt=120):
    """A VML text box anchored in `paragraph`; `lines` are its paragraphs (str or (str, bold))."""
    ps = ""
    for ln in lines:
        t, b = (ln, False) if isinstance(ln, str) else ln
        rpr = "<w:rPr><w:b/></w:rPr>" if b else ""
        ps += f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'
    x = (f'<w:r {W_NS} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
         f'<w:pict><v:shape id="hwbox{id(paragraph)}" type="#_x0000_t202" '
         f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" strokeweight="1pt">'
         f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{ps}</w:txbxContent></v:textbox>'
         '</v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(x))


# ---------------------------------------------------------------- header / footer
def header_footer(doc, header_text, footer_text):
    s = doc.sections[0]
    hp = s.header.paragraphs[0]
    hp.text = header_text
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    r = fp.add_run(footer_text + "   Page ")
    r.font.size = Pt(8)
    fp._p.append(parse_xml(
        f'<w:fldSimple {W_NS} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'))
    r2 = fp.add_run(" of ")
    r2.font.size = Pt(8)
    fp._p.append(parse_xml(
        f'<w:fldSimple {W_NS} w:instr=" NUMPAGES "><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'))


def comment(doc, runs, text, author="Reviewer", initials="RV"):
    return doc.add_comment(runs, text=text, author=author, initials=initials)
