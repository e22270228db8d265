"""Shared helpers for the jg-* build scripts (python-docx plus raw OOXML)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor

_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def para(doc, text="", bold=False, italic=False, size=None, color=None, style=None, align=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runs(p, *pieces):
    """pieces: (text, dict(bold=, italic=, size=, color=)) or plain strings."""
    out = []
    for pc in pieces:
        if isinstance(pc, str):
            pc = (pc, {})
        t, f = pc
        r = p.add_run(t)
        r.bold = f.get("bold")
        r.italic = f.get("italic")
        if f.get("size"):
            r.font.size = Pt(f["size"])
        if f.get("color"):
            r.font.color.rgb = RGBColor.from_string(f["color"])
        out.append(r)
    return out


def _run_xml(text, tag="w:t", rpr=""):
    from xml.sax.saxutils import escape
    return ('<w:r %s>%s<%s xml:space="preserve">%s</%s></w:r>'
            % (nsdecls("w"), rpr, tag, escape(text), tag))


def tracked_ins(p, text, author="Editor", date="2008-11-20T10:00:00Z"):
    ins = parse_xml('<w:ins %s w:id="%s" w:author="%s" w:date="%s">%s</w:ins>'
                    % (nsdecls("w"), _next_id(), author, date, _run_xml(text)[0:].replace(' %s' % nsdecls("w"), "", 1)))
    p._p.append(ins)
    return ins


def tracked_del(p, text, author="Editor", date="2008-11-20T10:00:00Z"):
    del_ = parse_xml('<w:del %s w:id="%s" w:author="%s" w:date="%s">%s</w:del>'
                     % (nsdecls("w"), _next_id(), author, date,
                        _run_xml(text, "w:delText").replace(' %s' % nsdecls("w"), "", 1)))
    p._p.append(del_)
    return del_


def mark_para_deleted(p, author="Editor", date="2008-11-20T10:00:00Z"):
    """Mark the paragraph mark itself as deleted (so a wholly deleted paragraph merges away)."""
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _next_id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    rPr.append(d)
    pPr.append(rPr)


def mark_para_inserted(p, author="Editor", date="2008-11-20T10:00:00Z"):
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    d = OxmlElement("w:ins")
    d.set(qn("w:id"), _next_id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    rPr.append(d)
    pPr.append(rPr)


def textbox(p, lines, width_pt=430, height_pt=120, fill="FFF8DC"):
    """A VML text box anchored inline in paragraph p; lines is a list of (text, bold)."""
    from xml.sax.saxutils import escape
    body = ""
    for t, b in lines:
        rpr = "<w:rPr><w:b/></w:rPr>" if b else ""
        body += ('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, escape(t)))
    xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pict><v:shape id="tb%s" o:spid="_x0000_s%s" type="#_x0000_t202" '
           'style="width:%spt;height:%spt" fillcolor="#%s" strokecolor="#444444">'
           '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
           % (nsdecls("w"), _next_id(), _next_id(), width_pt, height_pt, fill, body))
    p._p.append(parse_xml(xml))


def set_header_footer(doc, header, footer):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = footer
    for p in (sec.header.paragraphs[0], sec.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)


def table(doc, rows, widths=None, style="Table Grid", header_fill=None, bold_header=True, size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(bold_header and i == 0), size=size)
            if i == 0 and header_fill:
                shade(t.cell(i, j), header_fill)
    return t


def word_count(doc):
    import re
    xml = doc.element.xml
    return len(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).split())
