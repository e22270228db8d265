"""Shared python-docx and raw OOXML helpers for the mz-* build scripts.

Runs are given as a list of parts: a plain string, or a tuple (text, fmt) where fmt is a dict with any of
b (bold), i (italic), size (points), color (hex), caps, ins / dele (wrap the run in a tracked w:ins / w:del by
the author and date set in REV). Paragraph helpers accept a document, a cell or a header/footer as container.
"""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REV = {"author": "Author", "date": "2009-01-12T09:00:00Z"}
_ids = [700]


def _nid():
    _ids[0] += 1
    return str(_ids[0])


def new_document(font="Arial", size=10, margins_cm=2.0):
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
        s.top_margin = s.bottom_margin = Cm(margins_cm)
    return doc


def _rev_wrapper(kind, author=None, date=None):
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), _nid())
    el.set(qn("w:author"), author or REV["author"])
    el.set(qn("w:date"), date or REV["date"])
    return el


def _fmt_run(run, fmt):
    f = run.font
    if fmt.get("b"):
        f.bold = True
    if fmt.get("i"):
        f.italic = True
    if fmt.get("caps"):
        f.all_caps = True
    if fmt.get("size"):
        f.size = Pt(fmt["size"])
    if fmt.get("color"):
        f.color.rgb = RGBColor.from_string(fmt["color"])
    if fmt.get("strike"):
        f.strike = True


def add_runs(p, parts):
    """Append runs to paragraph p; returns the python-docx Run objects (tracked runs are moved into w:ins/w:del)."""
    out = []
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        text, fmt = (part, {}) if isinstance(part, str) else part
        r = p.add_run(text)
        _fmt_run(r, fmt)
        if fmt.get("ins") or fmt.get("dele"):
            kind = "ins" if fmt.get("ins") else "del"
            wrap = _rev_wrapper(kind, fmt.get("author"), fmt.get("date"))
            r._r.addprevious(wrap)
            wrap.append(r._r)
            if kind == "del":
                for t in r._r.findall(qn("w:t")):
                    t.tag = qn("w:delText")
        out.append(r)
    return out


def para(container, parts="", style=None, align=None, shade=None, after=None, before=None, indent_cm=None,
         keep=False, first=False):
    """Add a paragraph. first=True reuses the empty first paragraph of a fresh table cell."""
    if first and hasattr(container, "paragraphs") and container.paragraphs and not container.paragraphs[0].text \
            and len(container.paragraphs) == 1:
        p = container.paragraphs[0]
        if style:
            p.style = style
    else:
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
    add_runs(p, parts)
    pf = p.paragraph_format
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if indent_cm is not None:
        pf.left_indent = Cm(indent_cm)
    if keep:
        pf.keep_with_next = True
    if shade:
        shade_paragraph(p, shade)
    return p


def shade_paragraph(p, fill):
    ppr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    after = ["tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
             "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
             "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
             "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]
    for child in ppr:
        if child.tag in [qn("w:" + a) for a in after]:
            child.addprevious(shd)
            break
    else:
        ppr.append(shd)


def mark_paragraph(p, kind, author=None, date=None):
    """Mark the paragraph mark itself as inserted ('ins') or deleted ('del') (a whole tracked paragraph)."""
    ppr = p._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        ppr.append(rpr)
    rpr.append(_rev_wrapper(kind, author, date))


def tracked_paragraph(container, parts, kind, author=None, date=None, **kw):
    """A whole paragraph inserted or deleted as a tracked change."""
    flag = "ins" if kind == "ins" else "dele"
    new_parts = []
    for part in ([parts] if isinstance(parts, str) else parts):
        text, fmt = (part, {}) if isinstance(part, str) else part
        fmt = dict(fmt)
        fmt[flag] = True
        if author:
            fmt["author"] = author
        if date:
            fmt["date"] = date
        new_parts.append((text, fmt))
    p = para(container, new_parts, **kw)
    mark_paragraph(p, "ins" if kind == "ins" else "del", author, date)
    return p


def shade_cell(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_text(cell, parts, shade=None, align=None, size=None, bold=False):
    if size or bold:
        plist = [parts] if isinstance(parts, (str, tuple)) else parts
        newp = []
        for part in plist:
            text, fmt = (part, {}) if isinstance(part, str) else part
            fmt = dict(fmt)
            if size:
                fmt.setdefault("size", size)
            if bold:
                fmt["b"] = True
            newp.append((text, fmt))
        parts = newp
    p = para(cell, parts, align=align, after=1, first=True)
    if shade:
        shade_cell(cell, shade)
    return p


def set_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def delete_row(row, author=None, date=None):
    """Mark a table row as a tracked deletion: the row itself and every run in it."""
    tr = row._tr
    trpr = tr.get_or_add_trPr()
    trpr.append(_rev_wrapper("del", author, date))
    for r in list(tr.iter(qn("w:r"))):
        parent = r.getparent()
        if parent.tag in (qn("w:del"), qn("w:ins")):
            continue
        wrap = _rev_wrapper("del", author, date)
        r.addprevious(wrap)
        wrap.append(r)
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
    for p in tr.iter(qn("w:p")):
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            ppr = OxmlElement("w:pPr")
            p.insert(0, ppr)
        rpr = ppr.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            ppr.append(rpr)
        rpr.append(_rev_wrapper("del", author, date))


def add_field(p, instr, size=None):
    def r_with(child):
        r = OxmlElement("w:r")
        if size:
            rpr = OxmlElement("w:rPr")
            sz = OxmlElement("w:sz")
            sz.set(qn("w:val"), str(int(size * 2)))
            rpr.append(sz)
            r.append(rpr)
        r.append(child)
        p._p.append(r)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r_with(b)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r_with(it)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r_with(s)
    t = OxmlElement("w:t")
    t.text = "1"
    r_with(t)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r_with(e)


def _run_xml(text, b=False, i=False, size=None):
    rpr = ""
    if b or i or size:
        rpr = "<w:rPr>%s%s%s</w:rPr>" % ("<w:b/>" if b else "", "<w:i/>" if i else "",
                                         '<w:sz w:val="%d"/>' % int(size * 2) if size else "")
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))


def textbox(container, paragraphs, width_pt=440, height_pt=120, fill="F2F2F2", stroke="404040", size=9):
    """An inline VML text box (w:pict / v:shape / v:textbox / w:txbxContent) in a paragraph of its own.
    paragraphs: list of lists of parts (text or (text, {b, i})).
    Returns the host paragraph."""
    host = container.add_paragraph()
    body = []
    for parts in paragraphs:
        runs = []
        for part in ([parts] if isinstance(parts, str) else parts):
            text, fmt = (part, {}) if isinstance(part, str) else part
            runs.append(_run_xml(text, fmt.get("b"), fmt.get("i"), fmt.get("size", size)))
        body.append('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>%s</w:p>' % "".join(runs))
    xml = (
        '<w:r xmlns:w="%s" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox%s" o:spid="_x0000_s%s" type="#_x0000_t202" style="width:%spt;height:%spt" '
        'fillcolor="#%s" strokecolor="#%s" strokeweight="1pt"><v:textbox inset="6pt,4pt,6pt,4pt">'
        '<w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
        % (W_NS, _nid(), _nid(), width_pt, height_pt, fill, stroke, "".join(body)))
    host._p.append(parse_xml(xml))
    return host


class Footnotes:
    """Creates word/footnotes.xml and adds footnote references."""

    CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"

    def __init__(self, doc):
        self.doc = doc
        self.n = 0
        xml = ('<w:footnotes xmlns:w="%s">'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
               '</w:p></w:footnote></w:footnotes>' % W_NS)
        self.root = parse_xml(xml)
        self.part = None

    def add(self, p, text, size=8):
        self.n += 1
        fid = self.n
        ref = parse_xml('<w:r xmlns:w="%s"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                        '<w:footnoteReference w:id="%d"/></w:r>' % (W_NS, fid))
        p._p.append(ref)
        fn = parse_xml(
            '<w:footnote xmlns:w="%s" w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="%d"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:rPr><w:sz w:val="%d"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
            % (W_NS, fid, size * 2, size * 2, escape(text)))
        self.root.append(fn)

    def finish(self):
        from lxml import etree
        blob = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", standalone=True)
        doc_part = self.doc.part
        part = Part(PackURI("/word/footnotes.xml"), self.CT, blob, doc_part.package)
        doc_part.relate_to(part, RT.FOOTNOTES)


def comment(doc, runs, text, author, initials):
    return doc.add_comment(runs, text=text, author=author, initials=initials)


def word_count(path):
    import re
    import zipfile
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    return len(text.split())
