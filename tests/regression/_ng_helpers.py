"""Shared helpers for the ng-* build scripts: python-docx plus raw OOXML for the things
python-docx cannot do (tracked changes, footnotes, VML text boxes, shading, row deletion).
"""
import re
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run_xml(text, bold=False, italic=False, deleted=False, size=None, colour=None):
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if colour:
        rpr += f'<w:color w:val="{colour}"/>'
    if size:
        rpr += f'<w:sz w:val="{size * 2}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r {nsdecls("w")}>{rpr}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'


def add_ins(paragraph, text, author, date, bold=False, italic=False):
    """Append a tracked insertion (w:ins) holding one run."""
    el = parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
        + _inner_run(text, bold, italic) + "</w:ins>"
    )
    paragraph._p.append(el)
    return el


def add_del(paragraph, text, author, date, bold=False, italic=False):
    """Append a tracked deletion (w:del) holding one run of w:delText."""
    el = parse_xml(
        f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
        + _inner_run(text, bold, italic, deleted=True) + "</w:del>"
    )
    paragraph._p.append(el)
    return el


def _inner_run(text, bold=False, italic=False, deleted=False):
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'


def mark_paragraph(paragraph, kind, author, date):
    """Mark the paragraph mark itself as inserted or deleted (kind 'ins' or 'del')."""
    pPr = paragraph._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(
        f'<w:{kind} {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>'))


def deleted_paragraph(doc_or_cell, text, author, date, style=None):
    p = doc_or_cell.add_paragraph(style=style)
    add_del(p, text, author, date)
    mark_paragraph(p, "del", author, date)
    return p


def inserted_paragraph(doc_or_cell, text, author, date, style=None, lead=None):
    p = doc_or_cell.add_paragraph(style=style)
    if lead:
        add_ins(p, lead, author, date, bold=True)
    add_ins(p, text, author, date)
    mark_paragraph(p, "ins", author, date)
    return p


def delete_row(row, author, date):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>'))
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in list(p._p.findall(qn("w:r"))):
                text = "".join(t.text or "" for t in r.findall(qn("w:t")))
                p._p.remove(r)
                add_del(p, text, author, date)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_col_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


def cell_text(cell, text, bold=False, italic=False, size=None):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def header_footer(doc, header_text, footer_text, size=8):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hr = hp.add_run(header_text)
    hr.font.size = Pt(size)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fr = fp.add_run(footer_text)
    fr.font.size = Pt(size)
    # page number field
    fp.add_run("  Page ").font.size = Pt(size)
    fld = parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    fp._p.append(fld)


# ---------------------------------------------------------------- footnotes
_FN_XML = (
    f'<w:footnotes {nsdecls("w")}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '</w:footnotes>'
)


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.el = parse_xml(_FN_XML)
        self.n = 0

    def add(self, paragraph, text):
        self.n += 1
        fid = self.n
        self.el.append(parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>'))
        paragraph._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))

    def attach(self):
        from lxml import etree
        blob = etree.tostring(self.el, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- text box (VML)
def textbox(paragraph, lines, width_pt=430, height_pt=110, fill="#F2F2F2", bold_first=True):
    """Put a floating-free (inline) VML text box into `paragraph` holding `lines` as paragraphs."""
    inner = ""
    for i, ln in enumerate(lines):
        b = "<w:b/>" if (bold_first and i == 0) else ""
        inner += (f'<w:p><w:r><w:rPr>{b}<w:sz w:val="19"/></w:rPr>'
                  f'<w:t xml:space="preserve">{esc(ln)}</w:t></w:r></w:p>')
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        f'<v:rect id="tb{_next_id()}" '
        f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="{fill}" strokecolor="#404040">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:rect></w:pict></w:r>'
    )
    paragraph._p.append(parse_xml(xml))


# ---------------------------------------------------------------- checks
def body_words(path):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    return len(text.split())


def base_document(font="Calibri", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return doc
