"""Small python-docx helpers shared by gs-01 and gs-02 build scripts (raw OOXML where
python-docx has no API: shading, merged cells, tracked changes, fields, footnotes)."""
import copy
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.shared import Pt, RGBColor

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2009-02-20T10:00:00Z"


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(doc, rows, header=True, style="Table Grid", fill="D9D9D9", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            lines = str(v).split("\n")
            for k, line in enumerate(lines):
                if k:
                    p = c.add_paragraph()
                run = p.add_run(line)
                run.font.size = Pt(size)
                if header and i == 0:
                    run.bold = True
            if header and i == 0:
                shade(c, fill)
    return t


def boxed(doc, paras, fill="EDEDED", bold_first=True):
    """A single-cell shaded table used as a note box."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    c.text = ""
    for k, text in enumerate(paras):
        p = c.paragraphs[0] if k == 0 else c.add_paragraph()
        r = p.add_run(text)
        r.font.size = Pt(9.5)
        if k == 0 and bold_first:
            r.bold = True
    doc.add_paragraph()
    return t


def para_with_changes(doc, pieces, style=None):
    """pieces: list of (kind, text) with kind in {'n','ins','del'}; author fixed."""
    p = doc.add_paragraph(style=style)
    for i, (kind, text) in enumerate(pieces):
        esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if kind == "n":
            p.add_run(text)
        elif kind == "ins":
            p._p.append(parse_xml(
                f'<w:ins {W} w:id="{900+i}" w:author="{pieces_author[0]}" w:date="{DATE}">'
                f'<w:r><w:t xml:space="preserve">{esc}</w:t></w:r></w:ins>'))
        elif kind == "del":
            p._p.append(parse_xml(
                f'<w:del {W} w:id="{950+i}" w:author="{pieces_author[0]}" w:date="{DATE}">'
                f'<w:r><w:delText xml:space="preserve">{esc}</w:delText></w:r></w:del>'))
    return p


pieces_author = ["Author"]


def mark_paragraph_deleted(p, author, rid):
    """Turn every run of paragraph p into deleted text, and mark its mark deleted."""
    for r in list(p._p.findall(qn("w:r"))):
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        d = parse_xml(f'<w:del {W} w:id="{rid}" w:author="{author}" w:date="{DATE}"/>')
        r.addprevious(d)
        d.append(r)
    pPr = p._p.get_or_add_pPr()
    rPr = parse_xml(f'<w:rPr {W}><w:del w:id="{rid+1}" w:author="{author}" w:date="{DATE}"/></w:rPr>')
    pPr.append(rPr)


def mark_paragraph_inserted(p, author, rid):
    for r in list(p._p.findall(qn("w:r"))):
        d = parse_xml(f'<w:ins {W} w:id="{rid}" w:author="{author}" w:date="{DATE}"/>')
        r.addprevious(d)
        d.append(r)
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:ins w:id="{rid+1}" w:author="{author}" w:date="{DATE}"/></w:rPr>'))


def add_field(paragraph, instr, placeholder="1"):
    for xml in (f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r {W}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
                f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>',
                f'<w:r {W}><w:t>{placeholder}</w:t></w:r>',
                f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml))


def merge_row(t, row, text=None, fill=None, bold=True, size=9):
    a = t.cell(row, 0).merge(t.cell(row, len(t.columns) - 1))
    if text is not None:
        a.text = ""
        r = a.paragraphs[0].add_run(text)
        r.bold = bold
        r.font.size = Pt(size)
    if fill:
        shade(a, fill)
    return a


class Footnotes:
    """Adds a footnotes part to a python-docx Document and lets you add footnotes."""
    HEAD = ('<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, paragraph, text):
        n = len(self.notes) + 1
        self.notes.append(text)
        paragraph._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))

    def finish(self):
        body = ""
        for i, t in enumerate(self.notes, 1):
            esc = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            body += (f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                     f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc}</w:t></w:r></w:p></w:footnote>')
        blob = (self.HEAD + body + "</w:footnotes>").encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)
