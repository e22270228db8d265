"""Shared helpers for the jd-* build scripts: inline markup, shading, merged cells,
tracked changes (w:ins / w:del), footnotes (a real footnotes part), comments,
a VML text box, header and footer with a PAGE field."""
import re
from copy import deepcopy

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev = [100]


def new_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return doc


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def runs(p, text, size=None, color=None, font=None):
    """Add runs to paragraph p; **bold**, _italic_ markup."""
    for part in re.split(r"(\*\*[^*]+\*\*|_[^_]+_)", text):
        if not part:
            continue
        bold = part.startswith("**")
        ital = part.startswith("_") and part.endswith("_") and len(part) > 1
        t = part[2:-2] if bold else part[1:-1] if ital else part
        r = p.add_run(t)
        r.bold = bold or None
        r.italic = ital or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
    return p


def para(container, text="", style=None, size=None, color=None, align=None, space_after=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    runs(p, text, size=size, color=color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, text, size=None, bold=False, color=None):
    """Replace a cell's text; paragraphs split on '\n'."""
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    cell.paragraphs[0].text = ""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        runs(p, f"**{line}**" if bold and line else line, size=size, color=color)
    return cell


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(doc, rows, widths=None, style="Table Grid", size=None, header_fill=None):
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = doc.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, size=size, bold=(i == 0 and header_fill is not None))
            if i == 0 and header_fill:
                shade(t.cell(i, j), header_fill)
    return t


def band(t, i, text, fill="D9D9D9", size=None):
    """Merge a whole row into one shaded cell."""
    c = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    cell_text(c, text, bold=True, size=size)
    shade(c, fill)
    return c


def _run_xml(text, tag="w:t", rpr=""):
    sp = ' xml:space="preserve"'
    return f"<w:r>{rpr}<{tag}{sp}>{_esc(text)}</{tag}></w:r>"


def ins(p, text, author="Kendra office", date="2008-11-20T10:00:00Z"):
    _rev[0] += 1
    p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{_rev[0]}" w:author="{author}" w:date="{date}">'
                          f'{_run_xml(text)}</w:ins>'))


def dele(p, text, author="Kendra office", date="2008-11-20T10:00:00Z"):
    _rev[0] += 1
    p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_rev[0]}" w:author="{author}" w:date="{date}">'
                          f'{_run_xml(text, "w:delText")}</w:del>'))


def deleted_paragraph(doc, text, author="Kendra office", date="2008-11-20T10:00:00Z"):
    p = doc.add_paragraph()
    _rev[0] += 1
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    dele(p, text, author, date)
    return p


def inserted_paragraph(doc, text, author="Kendra office", date="2008-11-20T10:00:00Z"):
    p = doc.add_paragraph()
    _rev[0] += 1
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:ins w:id="{_rev[0]}" w:author="{author}" w:date="{date}"/></w:rPr>'))
    ins(p, text, author, date)
    return p


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.n = 0
        self.el = parse_xml(
            f'<w:footnotes {nsdecls("w")}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            '</w:footnotes>')

    def add(self, p, text):
        self.n += 1
        n = self.n
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              f'<w:footnoteReference w:id="{n}"/></w:r>'))
        self.el.append(parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{n}"><w:p><w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r></w:p></w:footnote>'))

    def attach(self):
        from lxml import etree
        blob = etree.tostring(self.el, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def textbox(doc, lines, width="430pt", height="120pt", fill="#FFF8E7"):
    """A VML text box anchored in its own paragraph; lines are markup strings."""
    body = ""
    for line in lines:
        tmp = doc.add_paragraph()
        runs(tmp, line)
        body += tmp._p.xml
        tmp._p.getparent().remove(tmp._p)
    body = re.sub(r'<w:p xmlns:[^>]*?>', "<w:p>", body)
    body = re.sub(r' xmlns:\w+="[^"]*"', "", body)
    p = doc.add_paragraph()
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="tb{_rev[0]}" type="#_x0000_t202" style="width:{width};height:{height}" fillcolor="{fill}" strokecolor="#996600">'
           f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    _rev[0] += 1
    p._p.append(parse_xml(xml))
    return p


def header_footer(doc, header, footer):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    runs(hp, header, size=8, color="666666")
    fp = sec.footer.paragraphs[0]
    runs(fp, footer + "   Page ", size=8, color="666666")
    fp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def comment(doc, p, text, author="Reviewer", initials="R"):
    doc.add_comment(p.runs, text=text, author=author, initials=initials)
