"""Shared helpers for the ib-* build scripts (python-docx plus raw OOXML).

Provides: shaded and merged table cells, tracked insertions and deletions,
Word comments (python-docx 1.2 native), footnotes (a footnotes part added by
hand), VML text boxes, header and footer text, and a word count.
"""
import copy
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_BREAK

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
WNS = 'xmlns:w="%s"' % W
_rev = [100]
DATE = '2008-11-20T10:00:00Z'


def esc(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def new_doc(font='Calibri', size=11):
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    return doc


def para(doc_or_cell, text='', bold=False, italic=False, size=None, style=None,
         color=None, align=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        add_run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align is not None:
        p.alignment = align
    return p


def add_run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def runin(doc_or_cell, lead, text):
    """Paragraph with a bold run-in lead."""
    p = doc_or_cell.add_paragraph()
    add_run(p, lead, bold=True)
    add_run(p, text)
    return p


def first_para(cell, text, bold=False, italic=False, size=None):
    p = cell.paragraphs[0]
    if text:
        add_run(p, text, bold=bold, italic=italic, size=size)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (WNS, fill)))


def table(doc, rows, widths=None, header_fill='D9D9D9', style='Table Grid', bold_header=True):
    """rows: list of lists of str (or None for an empty cell)."""
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            if v:
                lines = v.split('\n')
                first_para(c, lines[0], bold=(i == 0 and bold_header))
                for ln in lines[1:]:
                    c.add_paragraph(ln)
            if i == 0 and header_fill:
                shade(c, header_fill)
    return t


def merge_row(t, i, text, fill='F2F2F2', bold=True):
    """Merge a whole row into one cell carrying text."""
    row = t.rows[i]
    a = row.cells[0].merge(row.cells[-1])
    for p in a.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    p = a.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    add_run(p, text, bold=bold)
    if fill:
        shade(a, fill)
    return a


def ins_run(p, text, author='Editor', bold=False):
    """Append a tracked insertion (counts as part of the submission)."""
    _rev[0] += 1
    b = '<w:rPr><w:b/></w:rPr>' if bold else ''
    x = ('<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
         % (WNS, _rev[0], esc(author), DATE, b, esc(text)))
    p._p.append(parse_xml(x))


def del_run(p, text, author='Editor'):
    """Append a tracked deletion (not part of the submission)."""
    _rev[0] += 1
    x = ('<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
         % (WNS, _rev[0], esc(author), DATE, esc(text)))
    p._p.append(parse_xml(x))


def delete_row(t, i, author='Editor'):
    """Mark a table row as a tracked deletion: row property and every run."""
    tr = t.rows[i]._tr
    _rev[0] += 1
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:del %s w:id="%d" w:author="%s" w:date="%s"/>' % (WNS, _rev[0], esc(author), DATE)))
    for r in tr.iter(qn('w:r')):
        for tt in r.findall(qn('w:t')):
            tt.tag = qn('w:delText')
        _rev[0] += 1
        d = parse_xml('<w:del %s w:id="%d" w:author="%s" w:date="%s"/>' % (WNS, _rev[0], esc(author), DATE))
        r.addprevious(d)
        d.append(r)


def comment(doc, p, text, author='Reviewer', initials='R'):
    runs = p.runs
    if not runs:
        runs = [p.add_run('')]
    doc.add_comment(runs, text=text, author=author, initials=initials)


_FN = {}


def _footnotes_part(doc):
    if 'part' in _FN and _FN.get('doc') is doc:
        return _FN['part']
    xml = ('<w:footnotes %s xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           '</w:footnotes>' % WNS)
    part = Part(PackURI('/word/footnotes.xml'),
                'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
                xml.encode('utf-8'), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    el = parse_xml(xml)
    _FN.update(doc=doc, part=part, el=el, n=0)
    return part


def footnote(doc, p, text):
    part = _footnotes_part(doc)
    _FN['n'] += 1
    n = _FN['n']
    _FN['el'].append(parse_xml(
        '<w:footnote %s w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (WNS, n, esc(text))))
    p._p.append(parse_xml('<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>' % (WNS, n)))


def finish_footnotes(doc):
    if _FN.get('doc') is doc:
        from lxml import etree
        _FN['part']._blob = etree.tostring(_FN['el'], xml_declaration=True, encoding='UTF-8', standalone=True)


def textbox(doc, paragraphs, fill='FFF2CC', height='150pt'):
    """A VML text box anchored in its own paragraph. paragraphs: list of (text, bold)."""
    inner = ''.join(
        '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
        % ('<w:rPr><w:b/></w:rPr>' if b else '', esc(t)) for t, b in paragraphs)
    xml = ('<w:p %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:r><w:pict><v:shape id="tb%d" type="#_x0000_t202" style="width:450pt;height:%s" fillcolor="#%s">'
           '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'
           % (WNS, _rev[0], height, fill, inner))
    _rev[0] += 1
    p = doc.add_paragraph()
    new = parse_xml(xml)
    p._p.addprevious(new)
    p._p.getparent().remove(p._p)
    return new


def header_footer(doc, header, footer):
    s = doc.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer


def word_count(path):
    d = Document(path)
    n = 0
    for p in d.paragraphs:
        n += len(p.text.split())
    for t in d.tables:
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                n += len(c.text.split())
    return n
