"""Shared helpers for the hk-* build scripts (python-docx plus raw OOXML)."""
import itertools
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

_ids = itertools.count(900)
DATE = "2009-01-08T10:00:00Z"


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2)
    return d


def rich(p, text, size=None, color=None, italic=False):
    """Add text to paragraph p; **...** toggles bold. Returns the runs."""
    runs = []
    for i, chunk in enumerate(text.split("**")):
        if not chunk:
            continue
        r = p.add_run(chunk)
        r.bold = bool(i % 2)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        runs.append(r)
    return runs


def para(container, text="", style=None, size=None, italic=False, color=None, align=None, space_after=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        rich(p, text, size=size, color=color, italic=italic)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, text, bold=False, size=None, italic=False, shade=None):
    """Replace a cell's text; '\n\n' splits paragraphs; **...** bold."""
    parts = text.split("\n\n")
    first = cell.paragraphs[0]
    for r in list(first.runs):
        r._r.getparent().remove(r._r)
    for i, part in enumerate(parts):
        p = first if i == 0 else cell.add_paragraph()
        rich(p, ("**" + part + "**") if bold else part, size=size, italic=italic)
    if shade:
        shade_cell(cell, shade)
    return cell


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(container, rows, header=True, shade_header="D9D9D9", size=9, widths=None, style="Table Grid"):
    t = container.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size,
                      shade=(shade_header if header and i == 0 else None))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def box(container, text, fill="F2F2F2", size=9):
    """A one-cell shaded box; paragraphs split on '\n\n'."""
    t = container.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), text, size=size, shade=fill)
    return t


def _run_el(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        b = OxmlElement("w:b")
        rpr.append(b)
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def ins(p, text, author="Author", date=DATE, bold=False):
    el = OxmlElement("w:ins")
    el.set(qn("w:id"), str(next(_ids)))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run_el(text, bold=bold))
    p._p.append(el)
    return el


def dele(p, text, author="Author", date=DATE, bold=False):
    el = OxmlElement("w:del")
    el.set(qn("w:id"), str(next(_ids)))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run_el(text, deleted=True, bold=bold))
    p._p.append(el)
    return el


def plain(p, text, bold=False):
    r = p.add_run(text)
    r.bold = bold
    return r


def delete_row(row, author="Author", date=DATE):
    """Mark a whole table row as a tracked deletion (row and its text)."""
    trPr = row._tr.get_or_add_trPr()
    d = OxmlElement("w:del")
    d.set(qn("w:id"), str(next(_ids)))
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    trPr.append(d)
    for tc in row._tr.findall(qn("w:tc")):
        for p in tc.findall(qn("w:p")):
            for r in list(p.findall(qn("w:r"))):
                for t in r.findall(qn("w:t")):
                    dt = OxmlElement("w:delText")
                    dt.set(qn("xml:space"), "preserve")
                    dt.text = t.text
                    r.replace(t, dt)
                wrap = OxmlElement("w:del")
                wrap.set(qn("w:id"), str(next(_ids)))
                wrap.set(qn("w:author"), author)
                wrap.set(qn("w:date"), date)
                p.replace(r, wrap)
                wrap.append(r)


def comment(doc, runs, text, author="Reviewer", initials="R"):
    if not isinstance(runs, (list, tuple)):
        runs = [runs]
    return doc.add_comment(runs, text=text, author=author, initials=initials)


def header_footer(doc, header=None, footer=None, size=8):
    for s in doc.sections:
        if header is not None:
            hp = s.header.paragraphs[0]
            hp.text = ""
            rich(hp, header, size=size)
        if footer is not None:
            fp = s.footer.paragraphs[0]
            fp.text = ""
            rich(fp, footer, size=size)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def landscape_section(doc):
    from docx.enum.section import WD_SECTION
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    return s


def portrait_section(doc):
    from docx.enum.section import WD_SECTION
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    if s.page_width > s.page_height:
        s.page_width, s.page_height = s.page_height, s.page_width
    return s


def footnote(doc, paragraph, text):
    """Add a real footnote (creates footnotes part on first use)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from lxml import etree
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    part = doc.part
    fpart = getattr(doc, "_hk_fn", None)
    if fpart is None:
        xml = (f'<w:footnotes xmlns:w="{W}">'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        fpart = Part(PackURI("/word/footnotes.xml"),
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                     xml.encode(), part.package)
        part.relate_to(fpart, RT.FOOTNOTES)
        doc._hk_fn = fpart
        doc._hk_fn_root = etree.fromstring(fpart.blob)
        doc._hk_fn_n = 0
    doc._hk_fn_n += 1
    n = doc._hk_fn_n
    root = doc._hk_fn_root
    fn = etree.SubElement(root, f"{{{W}}}footnote")
    fn.set(f"{{{W}}}id", str(n))
    p = etree.SubElement(fn, f"{{{W}}}p")
    r = etree.SubElement(p, f"{{{W}}}r")
    rpr = etree.SubElement(r, f"{{{W}}}rPr")
    va = etree.SubElement(rpr, f"{{{W}}}vertAlign")
    va.set(f"{{{W}}}val", "superscript")
    etree.SubElement(r, f"{{{W}}}footnoteRef")
    r2 = etree.SubElement(p, f"{{{W}}}r")
    t = etree.SubElement(r2, f"{{{W}}}t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = " " + text
    fpart._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    run = paragraph.add_run()
    rPr = OxmlElement("w:rPr")
    va2 = OxmlElement("w:vertAlign")
    va2.set(qn("w:val"), "superscript")
    rPr.append(va2)
    run._r.append(rPr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(n))
    run._r.append(ref)
    return run
