"""Shared helpers for the ny-* build scripts: python-docx plus the raw OOXML python-docx cannot write
(tracked insertions and deletions, footnotes, VML text boxes, cell and paragraph shading, PAGE fields)."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev_id = [900]


def _next_id():
    _rev_id[0] += 1
    return str(_rev_id[0])


def new_document(font="Calibri", size=10.5, margins_cm=2.2):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(5)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(2.0)
    doc._ny_footnotes = []
    return doc


def _apply(run, fmt):
    if not fmt:
        return
    if "b" in fmt:
        run.bold = True
    if "i" in fmt:
        run.italic = True
    if "u" in fmt:
        run.underline = True
    if "s" in fmt:
        run.font.size = Pt(8.5)
    if "L" in fmt:
        run.font.size = Pt(14)
    if "X" in fmt:
        run.font.size = Pt(18)
    if "g" in fmt:
        run.font.color.rgb = RGBColor(0x2E, 0x5E, 0x1E)
    if "r" in fmt:
        run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def P(container, *runs, style=None, shade=None, align=None, after=None, before=None, indent=None):
    """Add a paragraph. runs are strings or (text, fmt) with fmt letters b i u s L X g r."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for r in runs:
        if isinstance(r, str):
            p.add_run(r)
        else:
            _apply(p.add_run(r[0]), r[1])
    if shade:
        shade_par(p, shade)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


_PPR_AFTER_SHD = ("w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
                  "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
                  "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                  "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                  "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def shade_par(p, fill):
    """Shade and box a paragraph, keeping w:pBdr then w:shd in schema order inside w:pPr."""
    pPr = p._p.get_or_add_pPr()
    pPr.insert_element_before(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
                              *_PPR_AFTER_SHD)
    pPr.insert_element_before(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
        f'<w:left w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
        f'<w:bottom w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
        f'<w:right w:val="single" w:sz="4" w:space="4" w:color="808080"/></w:pBdr>'), "w:shd", *_PPR_AFTER_SHD)


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, *runs, shade=None, size=None):
    """Replace a cell's text with runs (strings or (text, fmt)); a '\n' in a string starts a new paragraph."""
    cell.text = ""
    p = cell.paragraphs[0]
    first = True
    for r in runs:
        text, fmt = (r, "") if isinstance(r, str) else r
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i > 0:
                p = cell.add_paragraph()
            if part:
                run = p.add_run(part)
                _apply(run, fmt)
                if size:
                    run.font.size = Pt(size)
        first = False
    for para in cell.paragraphs:
        para.paragraph_format.space_after = Pt(2)
    if shade:
        shade_cell(cell, shade)
    return cell


def table(container, rows, widths_cm=None, header_shade="D9E4CF", size=9, style="Table Grid"):
    """rows: list of lists of cell contents (str or tuple-of-runs). The first row is the header."""
    t = container.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            if val is None:
                continue
            runs = val if isinstance(val, tuple) else (val,)
            if i == 0:
                runs = tuple((r, "b") if isinstance(r, str) else r for r in runs)
            cell_text(c, *runs, shade=header_shade if i == 0 and header_shade else None, size=size)
    if widths_cm:
        for row in t.rows:
            for j, w in enumerate(widths_cm):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    return t


def ins(p, text, author, date="2009-06-02T10:00:00Z", fmt=""):
    """Append a tracked insertion to paragraph p."""
    rpr = "<w:rPr><w:b/></w:rPr>" if "b" in fmt else ""
    el = parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}">'
        f'<w:r>{rpr}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>')
    p._p.append(el)
    return el


def dele(p, text, author, date="2009-06-02T10:00:00Z", fmt=""):
    """Append a tracked deletion to paragraph p."""
    rpr = "<w:rPr><w:b/></w:rPr>" if "b" in fmt else ""
    el = parse_xml(
        f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}">'
        f'<w:r>{rpr}<w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>')
    p._p.append(el)
    return el


def run(p, text, fmt=""):
    r = p.add_run(text)
    _apply(r, fmt)
    return r


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def footnote(doc, p, text):
    """Add a footnote reference at the end of paragraph p; the note text goes to word/footnotes.xml."""
    fid = len(doc._ny_footnotes) + 1
    doc._ny_footnotes.append((fid, text))
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{fid}"/></w:r>'))


def _footnotes_xml(notes):
    body = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    for fid, text in notes:
        body += (
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r></w:p></w:footnote>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:footnotes xmlns:w="{W_NS}">{body}</w:footnotes>').encode("utf-8")


def textbox(container, paras, fill="EEF4E8", stroke="4E7A2E", width_pt=440):
    """A VML text box (inline) holding paras: list of lists of (text, fmt) or strings."""
    inner = ""
    for para in paras:
        runs = para if isinstance(para, list) else [para]
        rx = ""
        for r in runs:
            text, fmt = (r, "") if isinstance(r, str) else r
            rpr = ""
            if "b" in fmt or "i" in fmt:
                rpr = "<w:rPr>" + ("<w:b/>" if "b" in fmt else "") + ("<w:i/>" if "i" in fmt else "") + "</w:rPr>"
            rx += f'<w:r>{rpr}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'
        inner += f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{rx}</w:p>'
    p = container.add_paragraph()
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        f'<v:shape id="tb{_next_id()}" type="#_x0000_t202" '
        f'style="width:{width_pt}pt;height:60pt;mso-wrap-style:square" fillcolor="#{fill}" strokecolor="#{stroke}" '
        f'strokeweight="1pt"><v:textbox style="mso-fit-shape-to-text:t" inset="6pt,4pt,6pt,4pt">'
        f'<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))
    return p


def page_field(p, prefix="Page "):
    if prefix:
        p.add_run(prefix)
    p._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def header_footer(doc, header_runs, footer_runs, page=True):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    for r in header_runs:
        text, fmt = (r, "") if isinstance(r, str) else r
        _apply(hp.add_run(text), fmt + "s")
    fp = sec.footer.paragraphs[0]
    for r in footer_runs:
        text, fmt = (r, "") if isinstance(r, str) else r
        _apply(fp.add_run(text), fmt + "s")
    if page:
        fp2 = sec.footer.add_paragraph()
        fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        page_field(fp2)
    return hp, fp


def save(doc, path):
    if doc._ny_footnotes:
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    _footnotes_xml(doc._ny_footnotes), doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)
    doc.save(path)
