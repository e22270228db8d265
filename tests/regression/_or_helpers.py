"""Shared python-docx helpers for the or-* build scripts (raw OOXML where python-docx has no API:
tracked insertions and deletions, deleted table rows, footnotes, VML text boxes, cell shading, fields)."""
import re
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V_NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_document(font="Arial", size=10, margins_cm=2.2):
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
        s.top_margin = s.bottom_margin = Cm(2.0)
    return doc


def runs(p, text, bold=False, italic=False, size=None, color=None, font=None):
    """Add text to paragraph p; '**' toggles bold and '__' toggles italic inside text."""
    b, i = bold, italic
    out = []
    for part in re.split(r"(\*\*|__)", text):
        if part == "**":
            b = not b
            continue
        if part == "__":
            i = not i
            continue
        if not part:
            continue
        r = p.add_run(part)
        r.bold = b or None
        r.italic = i or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
        out.append(r)
    return out


def para(container, text="", style=None, bold=False, italic=False, size=None, color=None, align=None,
         space_after=None, space_before=None, indent_cm=None, shade=None, keep=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        runs(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    if indent_cm is not None:
        p.paragraph_format.left_indent = Cm(indent_cm)
    if shade:
        shade_par(p, shade)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


_PPR_AFTER_SHD = ("tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct",
                  "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
                  "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
                  "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")


def shade_par(p, fill):
    """Paragraph shading, placed where the schema wants w:shd inside w:pPr."""
    ppr = p._p.get_or_add_pPr()
    shd = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    for child in ppr:
        if child.tag.split("}")[1] in _PPR_AFTER_SHD:
            child.addprevious(shd)
            return
    ppr.append(shd)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    for old in tcpr.findall(qn("w:shd")):
        tcpr.remove(old)
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, fill=None, align=None, color=None):
    """Replace a cell's text; text may hold several paragraphs separated by '\n\n'."""
    for p in list(cell.paragraphs)[1:]:
        p._p.getparent().remove(p._p)
    first = cell.paragraphs[0]
    for r in list(first.runs):
        r._r.getparent().remove(r._r)
    chunks = text.split("\n\n") if text else [""]
    for k, chunk in enumerate(chunks):
        p = first if k == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        if chunk:
            runs(p, chunk, bold=bold, italic=italic, size=size, color=color)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade(cell, fill)
    return cell


def table(container, rows, widths_cm=None, style="Table Grid", header_fill=None, size=None, bold_header=True):
    ncols = max(len(r) for r in rows)
    t = container.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            hdr = (i == 0 and header_fill is not None)
            cell_text(t.cell(i, j), val, bold=(hdr and bold_header), size=size,
                      fill=(header_fill if hdr else None))
    if widths_cm:
        for row in t.rows:
            for j, w in enumerate(widths_cm):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    return t


def merge(t, r1, c1, r2, c2, text=None, bold=False, fill=None, size=None, italic=False):
    a = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        cell_text(a, text, bold=bold, fill=fill, size=size, italic=italic)
    elif fill:
        shade(a, fill)
    return a


def _run_xml(text, rpr=""):
    return (f'<w:r {W_NS}>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>')


def ins(p, text, author="Editor", date="2008-09-01T10:00:00Z", bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    el = parse_xml(f'<w:ins {W_NS} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
                   f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    p._p.append(el)
    return el


def dele(p, text, author="Editor", date="2008-09-01T10:00:00Z", bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    el = parse_xml(f'<w:del {W_NS} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
                   f'<w:r>{rpr}<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(el)
    return el


def _mark_par(p, kind, author, date):
    ppr = p._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        ppr.append(rpr)
    rpr.append(parse_xml(f'<w:{kind} {W_NS} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>'))


def deleted_par(container, text, author="Editor", date="2008-09-01T10:00:00Z", style=None):
    """A whole paragraph deleted as a tracked change (its mark and its text)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    dele(p, text, author, date)
    _mark_par(p, "del", author, date)
    return p


def inserted_par(container, text, author="Editor", date="2008-09-01T10:00:00Z", style=None, bold=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    ins(p, text, author, date, bold=bold)
    _mark_par(p, "ins", author, date)
    return p


def delete_row(row, author="Editor", date="2008-09-01T10:00:00Z"):
    """Turn an existing table row into a tracked row deletion: all its text becomes w:delText."""
    tr = row._tr
    trpr = tr.get_or_add_trPr()
    trpr.append(parse_xml(f'<w:del {W_NS} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>'))
    for p in tr.iter(qn("w:p")):
        texts = []
        for r in list(p.findall(qn("w:r"))):
            texts.append("".join(t.text or "" for t in r.findall(qn("w:t"))))
            p.remove(r)
        if "".join(texts):
            dp = parse_xml(f'<w:del {W_NS} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
                           f'<w:r><w:delText xml:space="preserve">{esc("".join(texts))}</w:delText></w:r></w:del>')
            p.append(dp)
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            ppr = OxmlElement("w:pPr")
            p.insert(0, ppr)
        rpr = OxmlElement("w:rPr")
        rpr.append(parse_xml(f'<w:del {W_NS} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>'))
        ppr.append(rpr)


def comment(doc, run_list, text, author="Reviewer", initials="R"):
    return doc.add_comment(run_list, text=text, author=author, initials=initials)


class Footnotes:
    CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"

    def __init__(self, doc):
        xml = (f'<w:footnotes {W_NS}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
               'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
               'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        self.part = XmlPart(PackURI("/word/footnotes.xml"), self.CT, parse_xml(xml), doc.part.package)
        doc.part.relate_to(self.part, RT.FOOTNOTES)
        self.n = 0

    def add(self, p, text):
        self.n += 1
        fid = self.n
        self.part.element.append(parse_xml(
            f'<w:footnote {W_NS} w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>'))
        p._p.append(parse_xml(f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              f'<w:footnoteReference w:id="{fid}"/></w:r>'))
        return fid


def text_box(container, paragraphs, width_pt=440, height_pt=90, fill="F2F2F2", stroke="404040", bold_first=False,
             size_half_points=18):
    """A VML text box anchored in its own paragraph. paragraphs: list of strings."""
    inner = ""
    for k, t in enumerate(paragraphs):
        b = "<w:b/>" if (bold_first and k == 0) else ""
        inner += (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr>{b}<w:sz w:val="{size_half_points}"/></w:rPr>'
                  f'<w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>')
    p = container.add_paragraph()
    shape_id = _next_id()
    p._p.append(parse_xml(
        f'<w:r {W_NS} {V_NS}><w:pict><v:rect id="tb{shape_id}" style="width:{width_pt}pt;height:{height_pt}pt;'
        f'mso-position-horizontal:center" fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1pt">'
        f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:rect></w:pict></w:r>'))
    return p


def field(p, instr, placeholder="1"):
    p._p.append(parse_xml(f'<w:fldSimple {W_NS} w:instr=" {instr} "><w:r><w:t>{placeholder}</w:t></w:r></w:fldSimple>'))


def header_footer(doc, header_text, footer_text, page=True, size=8):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    runs(hp, header_text, size=size)
    fp = sec.footer.paragraphs[0]
    runs(fp, footer_text, size=size)
    if page:
        runs(fp, "   Page ", size=size)
        field(fp, "PAGE")
    return hp, fp


def bullet(container, text, style="List Bullet", **kw):
    return para(container, text, style=style, **kw)


def word_count(path):
    import zipfile
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    return len(text.split())
