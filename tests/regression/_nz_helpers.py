"""Shared python-docx helpers for the nz-* build scripts.

Raw OOXML is used where python-docx has no API: tracked insertions and deletions (w:ins / w:del, including a
deleted table row), footnotes (a footnotes part made by hand), VML text boxes, simple fields (PAGE), paragraph and
cell shading. Comments use python-docx 1.2's Document.add_comment.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

_rev = [200]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_document(font="Calibri", size=11, margins_cm=2.2):
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
    st.paragraph_format.space_after = Pt(5)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(2.0)
        s.page_width = Cm(21.0)
        s.page_height = Cm(29.7)
    return doc


def fmt_run(run, bold=None, italic=None, color=None, size=None, caps=None, underline=None, smallcaps=None):
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic
    if underline is not None:
        run.underline = underline
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if size:
        run.font.size = Pt(size)
    if caps:
        run.font.all_caps = True
    if smallcaps:
        run.font.small_caps = True
    return run


def para(container, parts=None, style=None, align=None, bold=None, italic=None, color=None, size=None,
         shade=None, space_after=None, space_before=None, indent_cm=None, keep=False):
    """parts: a string or a list of str / (str, dict) pieces. A '\n' inside a piece becomes a manual line break."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if parts is None:
        parts = []
    if isinstance(parts, str):
        parts = [parts]
    for piece in parts:
        if isinstance(piece, tuple):
            text, f = piece
        else:
            text, f = piece, {}
        f2 = dict(bold=bold, italic=italic, color=color, size=size)
        f2.update(f)
        lines = text.split("\n")
        for i, line in enumerate(lines):
            r = p.add_run(line)
            fmt_run(r, **f2)
            if i < len(lines) - 1:
                r.add_break()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if shade:
        shade_para(p, shade)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    if indent_cm is not None:
        p.paragraph_format.left_indent = Cm(indent_cm)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, parts, bold=None, italic=None, color=None, size=None, shade=None, align=None):
    """Replace a cell's first paragraph with parts; further list items become further paragraphs."""
    fresh = len(cell.paragraphs) == 1 and not cell.paragraphs[0].text
    first = cell.paragraphs[0] if fresh else None
    if isinstance(parts, str) or isinstance(parts, tuple):
        parts = [parts]
    # each element of `parts` that is a list is one paragraph; otherwise the whole is one paragraph
    if parts and all(isinstance(x, list) for x in parts):
        paras = parts
    else:
        paras = [parts]
    out = []
    for pp in paras:
        out.append(para(cell, pp, bold=bold, italic=italic, color=color, size=size, align=align, space_after=2))
    if first is not None:
        first._p.getparent().remove(first._p)
    if shade:
        shade_cell(cell, shade)
    return out


def table(container, rows, cols, widths_cm=None, style="Table Grid"):
    t = container.add_table(rows=rows, cols=cols)
    t.style = style
    if widths_cm:
        for row in t.rows:
            for i, w in enumerate(widths_cm):
                row.cells[i].width = Cm(w)
    return t


def grey_prompt(container, text):
    """A form's guidance prompt left in: grey italic."""
    return para(container, text, italic=True, color="808080", size=9)


# ---------------------------------------------------------------- tracked changes

def _w_t(text, tag="w:t"):
    return f'<{tag} xml:space="preserve">{esc(text)}</{tag}>'


def _rpr(bold=False, italic=False, color=None, size=None):
    s = ""
    if bold:
        s += "<w:b/>"
    if italic:
        s += "<w:i/>"
    if color:
        s += f'<w:color w:val="{color}"/>'
    if size:
        s += f'<w:sz w:val="{int(size * 2)}"/>'
    return f"<w:rPr>{s}</w:rPr>" if s else ""


def ins_run(p, text, author, date, **f):
    el = parse_xml(f'<w:ins {NS} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
                   f'<w:r>{_rpr(**f)}{_w_t(text)}</w:r></w:ins>')
    p._p.append(el)
    return el


def del_run(p, text, author, date, **f):
    el = parse_xml(f'<w:del {NS} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
                   f'<w:r>{_rpr(**f)}{_w_t(text, "w:delText")}</w:r></w:del>')
    p._p.append(el)
    return el


def mark_para(p, kind, author, date):
    """Mark the paragraph mark itself inserted ('ins') or deleted ('del')."""
    pPr = p._p.get_or_add_pPr()
    rpr = pPr.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f"<w:rPr {NS}/>")
        pPr.append(rpr)
    rpr.append(parse_xml(f'<w:{kind} {NS} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>'))


def inserted_para(container, text, author, date, style=None, **f):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    ins_run(p, text, author, date, **f)
    mark_para(p, "ins", author, date)
    return p


def deleted_para(container, text, author, date, style=None, **f):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    del_run(p, text, author, date, **f)
    mark_para(p, "del", author, date)
    return p


def delete_row(row, author, date):
    """Mark a whole table row deleted: trPr/w:del and every run in it turned into deleted text."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {NS} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>'))
    for cell in row.cells:
        for p in cell.paragraphs:
            texts = []
            for r in list(p.runs):
                texts.append((r.text, bool(r.bold), bool(r.italic)))
                r._r.getparent().remove(r._r)
            for t, b, i in texts:
                if t:
                    del_run(p, t, author, date, bold=b, italic=i)
            mark_para(p, "del", author, date)


# ---------------------------------------------------------------- footnotes

_FOOT = {}


def _footnotes_part(doc):
    if id(doc) in _FOOT:
        return _FOOT[id(doc)]
    xml = (f'<w:footnotes {NS}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
           'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           '</w:footnotes>')
    el = parse_xml(xml)
    part = XmlPart(PackURI("/word/footnotes.xml"),
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                   el, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    _FOOT[id(doc)] = [part, el, 0]
    return _FOOT[id(doc)]


def footnote(doc, p, text):
    """Append a footnote reference to paragraph p, with the footnote's text."""
    rec = _footnotes_part(doc)
    rec[2] += 1
    n = rec[2]
    rec[1].append(parse_xml(
        f'<w:footnote {NS} w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr>{_w_t(" " + text)}</w:r></w:p></w:footnote>'))
    p._p.append(parse_xml(f'<w:r {NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                          f'<w:footnoteReference w:id="{n}"/></w:r>'))


# ---------------------------------------------------------------- text box, fields

def text_box(container, paragraphs, width_pt=440, height_pt=150, fill="FFFFFF", stroke="404040"):
    """An inline VML text box. paragraphs: list of (text, dict(bold, italic, size, color, align))."""
    inner = ""
    for text, f in paragraphs:
        jc = f'<w:jc w:val="{f["align"]}"/>' if f.get("align") else ""
        runs = ""
        for i, line in enumerate(text.split("\n")):
            if i:
                runs += f"<w:r>{_rpr(f.get('bold'), f.get('italic'), f.get('color'), f.get('size'))}<w:br/></w:r>"
            runs += f"<w:r>{_rpr(f.get('bold'), f.get('italic'), f.get('color'), f.get('size'))}{_w_t(line)}</w:r>"
        inner += f'<w:p><w:pPr><w:spacing w:after="60"/>{jc}</w:pPr>{runs}</w:p>'
    p = container.add_paragraph()
    p._p.append(parse_xml(
        f'<w:r {NS}><w:pict><v:rect style="width:{width_pt}pt;height:{height_pt}pt;mso-fit-shape-to-text:t" '
        f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1pt">'
        f'<v:textbox inset="6pt,6pt,6pt,6pt"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
        f'</v:rect></w:pict></w:r>'))
    return p


def page_field(p, prefix="Page "):
    if prefix:
        p.add_run(prefix)
    p._p.append(parse_xml(f'<w:fldSimple {NS} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def set_landscape(section):
    from docx.enum.section import WD_ORIENT
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {NS}/>'))


def comment(doc, runs, author, initials, text, date):
    """A Word comment (python-docx 1.2) on the given runs, dated `date` (ISO, e.g. 2009-02-26T21:10:00Z)."""
    c = doc.add_comment(runs, text=text, author=author, initials=initials)
    c._comment_elm.set(qn("w:date"), date)
    return c


def core(doc, title, author, created):
    """Document properties as the provider's copy of Word would have left them."""
    import datetime as _dt
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = _dt.datetime.fromisoformat(created)
    cp.modified = _dt.datetime.fromisoformat(created)
    cp.revision = 7
    cp.comments = ""
