"""Shared helpers for the mu-* build scripts: shading, merged title rows, typed runs,
tracked changes (w:ins / w:del), a footnotes part, VML text boxes, page fields."""
import re
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_BREAK

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)

_ids = {"n": 900}


def _next_id():
    _ids["n"] += 1
    return _ids["n"]


def X(xml):
    """Parse one element, adding the namespace declarations to its first tag."""
    m = re.match(r"<[\w:]+", xml)
    i = m.end()
    return parse_xml(xml[:i] + " " + NSDECL + xml[i:])


def rpr_xml(bold=False, italic=False, color=None, size=None, strike=False, caps=False):
    parts = []
    if bold:
        parts.append("<w:b/>")
    if italic:
        parts.append("<w:i/>")
    if caps:
        parts.append("<w:caps/>")
    if strike:
        parts.append("<w:strike/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        parts.append(f'<w:sz w:val="{int(size * 2)}"/>')
    return "<w:rPr>" + "".join(parts) + "</w:rPr>" if parts else ""


def run(par, text, bold=False, italic=False, color=None, size=None, caps=False):
    r = par.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if size:
        r.font.size = Pt(size)
    if caps:
        r.font.all_caps = True
    return r


def para(doc_or_cell, text="", bold=False, italic=False, color=None, size=None, style=None,
         space_after=None, align=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, color=color, size=size)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if align is not None:
        p.alignment = align
    return p


def cell_text(cell, text, bold=False, italic=False, color=None, size=None, first=True):
    """Write text into a cell (first paragraph reused); '\n' makes new paragraphs."""
    chunks = text.split("\n")
    for k, chunk in enumerate(chunks):
        if k == 0 and first:
            p = cell.paragraphs[0]
        else:
            p = cell.add_paragraph()
        if chunk:
            run(p, chunk, bold=bold, italic=italic, color=color, size=size)
    return cell.paragraphs[-1]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(f"{{{W_NS}}}shd"):
        tcPr.remove(old)
    tcPr.append(X(f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_par(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(X(f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_col_widths(table, widths):
    from docx.shared import Cm
    for row in table.rows:
        for k, w in enumerate(widths):
            if k < len(row.cells):
                row.cells[k].width = Cm(w)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


# ---------------------------------------------------------------- tracked changes

def _run_xml(text, rpr="", deleted=False):
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def ins_run(par, text, author, date, **fmt):
    """Append an inserted run (w:ins) to a paragraph."""
    el = X(f'<w:ins w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
           f'{_run_xml(text, rpr_xml(**fmt))}</w:ins>')
    par._p.append(el)
    return el


def del_run(par, text, author, date, **fmt):
    """Append a deleted run (w:del / w:delText) to a paragraph."""
    el = X(f'<w:del w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}">'
           f'{_run_xml(text, rpr_xml(**fmt), deleted=True)}</w:del>')
    par._p.append(el)
    return el


def _mark_par(par, kind, author, date):
    pPr = par._p.get_or_add_pPr()
    rPr = pPr.find(f"{{{W_NS}}}rPr")
    if rPr is None:
        rPr = X("<w:rPr/>")
        pPr.append(rPr)
    rPr.append(X(f'<w:{kind} w:id="{_next_id()}" w:author="{escape(author)}" w:date="{date}"/>'))


def inserted_paragraph(container, text, author, date, **fmt):
    p = container.add_paragraph()
    _mark_par(p, "ins", author, date)
    ins_run(p, text, author, date, **fmt)
    return p


def deleted_paragraph(container, text, author, date, **fmt):
    p = container.add_paragraph()
    _mark_par(p, "del", author, date)
    del_run(p, text, author, date, **fmt)
    return p


# ---------------------------------------------------------------- footnotes

class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, par, text):
        n = len(self.notes) + 1
        self.notes.append((n, text))
        par._p.append(X(f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                        f'<w:footnoteReference w:id="{n}"/></w:r>'))
        return n

    def finish(self):
        body = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for n, text in self.notes:
            body.append(
                f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
                f'</w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {NSDECL}>'
               + "".join(body) + "</w:footnotes>")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- text box, fields

def text_box(par, paragraphs, width_pt=460, height_pt=110, fill="FFF4D6", stroke="8A6D1F"):
    """An inline VML text box holding the given paragraphs [(text, bold, italic), ...]."""
    inner = []
    for text, bold, italic in paragraphs:
        inner.append(f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>'
                     f'{_run_xml(text, rpr_xml(bold=bold, italic=italic, size=10))}</w:p>')
    sid = _next_id()
    xml = (
        '<w:r><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="TextBox{sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202" '
        f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="#{fill}" strokecolor="#{stroke}" '
        'strokeweight="1.25pt"><v:textbox inset="7pt,5pt,7pt,5pt"><w:txbxContent>'
        + "".join(inner) +
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    )
    par._p.append(X(xml))


def page_field(par):
    par._p.append(X('<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def numpages_field(par):
    par._p.append(X('<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
