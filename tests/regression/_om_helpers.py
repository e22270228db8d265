"""Shared python-docx helpers for the om-* build scripts (tracked changes, comments,
footnotes, VML text boxes, shading, merged cells, fields). Raw OOXML where python-docx
has no API."""
from itertools import count
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V_NS = "urn:schemas-microsoft-com:vml"
NS = f'xmlns:w="{W_NS}" xmlns:v="{V_NS}"'

_rev = count(101)
_shape = count(1)


def new_doc(font="Calibri", size=11, margins_cm=2.2, landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f'<w:rFonts {NS}/>')
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    doc._om_footnotes = []
    return doc


def fmt_run(run, bold=None, italic=None, size=None, color=None, font=None, caps=None, underline=None):
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic
    if size is not None:
        run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)
    if font is not None:
        run.font.name = font
        rpr = run._r.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = parse_xml(f'<w:rFonts {NS}/>')
            rpr.insert(0, rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(a), font)
    if caps is not None:
        run.font.all_caps = caps
    if underline is not None:
        run.underline = underline
    return run


def para(container, parts=None, style=None, align=None, space_after=None, space_before=None,
         shade=None, indent_cm=None, keep=False, **fmt):
    """Add a paragraph. parts: a str or a list of str / (str, dict-of-format) items."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if parts is None:
        parts = []
    if isinstance(parts, str):
        parts = [parts]
    for item in parts:
        if isinstance(item, tuple):
            text, f = item
            f = {**fmt, **f}
        else:
            text, f = item, fmt
        fmt_run(p.add_run(text), **f)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf = p.paragraph_format
    if space_after is not None:
        pf.space_after = Pt(space_after)
    if space_before is not None:
        pf.space_before = Pt(space_before)
    if indent_cm is not None:
        pf.left_indent = Cm(indent_cm)
    if keep:
        pf.keep_with_next = True
    if shade:
        shade_para(p, shade)
    return p


def add_runs(p, parts, **fmt):
    for item in parts:
        if isinstance(item, tuple):
            text, f = item
            f = {**fmt, **f}
        else:
            text, f = item, fmt
        fmt_run(p.add_run(text), **f)
    return p


def shade_para(p, fill):
    ppr = p._p.get_or_add_pPr()
    ppr.insert_element_before(parse_xml(f'<w:shd {NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
                              "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc", "w:rPr",
                              "w:sectPr", "w:pPrChange")


def shade_cell(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    for old in tcpr.findall(qn("w:shd")):
        tcpr.remove(old)
    tcpr.append(parse_xml(f'<w:shd {NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def cell_text(cell, parts, bold=None, italic=None, size=None, shade=None, align=None):
    """Replace a cell's first paragraph with runs; parts may be a str, a list, or a list of lists
    (one list per paragraph)."""
    if isinstance(parts, str):
        parts = [[parts]]
    elif parts and not isinstance(parts[0], list):
        parts = [parts]
    first = True
    for ppart in parts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        add_runs(p, ppart, bold=bold, italic=italic, size=size)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if shade:
        shade_cell(cell, shade)
    return cell


def _run_xml(text, bold=False, italic=False, size=None, deleted=False, color=None):
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{int(size * 2)}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def ins(p, text, author, date, **fmt):
    """Append a tracked insertion to paragraph p."""
    el = parse_xml(f'<w:ins {NS} w:id="{next(_rev)}" w:author="{escape(author)}" w:date="{date}">'
                   f'{_run_xml(text, **fmt)}</w:ins>')
    p._p.append(el)
    return el


def dele(p, text, author, date, **fmt):
    """Append a tracked deletion to paragraph p."""
    el = parse_xml(f'<w:del {NS} w:id="{next(_rev)}" w:author="{escape(author)}" w:date="{date}">'
                   f'{_run_xml(text, deleted=True, **fmt)}</w:del>')
    p._p.append(el)
    return el


def mark_para_inserted(p, author, date):
    """Mark the paragraph mark itself as inserted (a whole inserted paragraph)."""
    ppr = p._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f"<w:rPr {NS}/>")
        ppr.append(rpr)
    rpr.append(parse_xml(f'<w:ins {NS} w:id="{next(_rev)}" w:author="{escape(author)}" w:date="{date}"/>'))


def mark_para_deleted(p, author, date):
    ppr = p._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f"<w:rPr {NS}/>")
        ppr.append(rpr)
    rpr.append(parse_xml(f'<w:del {NS} w:id="{next(_rev)}" w:author="{escape(author)}" w:date="{date}"/>'))


def inserted_para(container, parts, author, date, style=None, **fmt):
    """A whole paragraph that is a tracked insertion. parts: list of str/(str, fmt)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for item in parts:
        text, f = (item if isinstance(item, tuple) else (item, {}))
        ins(p, text, author, date, **{**fmt, **f})
    mark_para_inserted(p, author, date)
    return p


def deleted_para(container, parts, author, date, style=None, **fmt):
    """A whole paragraph that is a tracked deletion."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for item in parts:
        text, f = (item if isinstance(item, tuple) else (item, {}))
        dele(p, text, author, date, **{**fmt, **f})
    mark_para_deleted(p, author, date)
    return p


def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)


def footnote(doc, p, text):
    """Add a footnote reference at the end of paragraph p; text goes in footnotes.xml."""
    fid = len(doc._om_footnotes) + 1
    doc._om_footnotes.append((fid, text))
    p._p.append(parse_xml(f'<w:r {NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                          f'<w:footnoteReference w:id="{fid}"/></w:r>'))
    return fid


def _finish_footnotes(doc):
    if not doc._om_footnotes:
        return
    body = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for fid, text in doc._om_footnotes:
        body.append(f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                    f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
                    f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
                    f'</w:p></w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:footnotes xmlns:w="{W_NS}" '
           f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           + "".join(body) + "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    settings = doc.settings.element
    if settings.find(qn("w:footnotePr")) is None:
        settings.insert_element_before(
            parse_xml(f'<w:footnotePr {NS}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'),
            "w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema", "w:themeFontLang",
            "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
            "w:captions", "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults",
            "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator")


def textbox(p, paras, width_pt=440, fill="F2F2F2", stroke="808080", float_right=False):
    """Put a VML text box in paragraph p. paras: list of paragraphs, each a list of str/(str, fmt)."""
    inner = []
    for pp in paras:
        if isinstance(pp, str):
            pp = [pp]
        runs = ""
        for item in pp:
            text, f = (item if isinstance(item, tuple) else (item, {}))
            runs += _run_xml(text, bold=f.get("bold", False), italic=f.get("italic", False),
                             size=f.get("size"), color=f.get("color"))
        inner.append(f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{runs}</w:p>')
    n = next(_shape)
    pos = ("position:absolute;margin-left:0;margin-top:0;z-index:251659264;mso-position-horizontal:right;"
           "mso-position-horizontal-relative:margin;" if float_right else "")
    xml = (f'<w:r {NS}><w:pict><v:shape id="om_tb{n}" o:spid="_x0000_s10{n}" type="#_x0000_t202" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office" '
           f'style="{pos}width:{width_pt}pt;height:auto;mso-fit-shape-to-text:t" fillcolor="#{fill}" '
           f'strokecolor="#{stroke}" strokeweight="1pt"><v:textbox style="mso-fit-shape-to-text:t" '
           f'inset="6pt,6pt,6pt,6pt"><w:txbxContent>{"".join(inner)}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))
    return p


def page_field(p, prefix="Page "):
    if prefix:
        p.add_run(prefix)
    p._p.append(parse_xml(f'<w:fldSimple {NS} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def page_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save(doc, path):
    _finish_footnotes(doc)
    doc.save(path)
