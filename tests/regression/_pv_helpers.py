"""Shared helpers for the pv-* build scripts: python-docx plus raw OOXML for what python-docx
cannot do (tracked changes, footnotes, VML text boxes, cell shading, merged cells, landscape
sections, simple fields). Nothing here is specific to either application."""
import copy
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_document(font="Arial", size=10, a4=True):
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
    st.paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    if a4:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return doc


def run_fmt(run, bold=None, italic=None, size=None, color=None, font=None, caps=None, strike=None,
            underline=None):
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
            rf = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
            rpr.insert(0, rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(a), font)
    if caps is not None:
        run.font.all_caps = caps
    if strike is not None:
        run.font.strike = strike
    if underline is not None:
        run.underline = underline
    return run


def para(container, runs="", style=None, align=None, space_after=None, space_before=None, shade=None,
         keep=False, indent=None, **fmt):
    """Add a paragraph. runs: a string, or a list of str / (str, dict-of-format)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if isinstance(runs, str):
        runs = [runs]
    for r in runs:
        if isinstance(r, tuple):
            t, f = r
            ff = dict(fmt)
            ff.update(f)
        else:
            t, ff = r, fmt
        if t:
            run_fmt(p.add_run(t), **ff)
    pf = p.paragraph_format
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        pf.space_after = Pt(space_after)
    if space_before is not None:
        pf.space_before = Pt(space_before)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if keep:
        pf.keep_with_next = True
    if shade:
        shade_para(p, shade)
    return p


def shade_para(p, fill):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_cell(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    for old in tcpr.findall(qn("w:shd")):
        tcpr.remove(old)
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_write(cell, runs, shade=None, **fmt):
    """Replace the cell's first paragraph text with runs; extra strings separated by '\n\n' become
    new paragraphs."""
    if isinstance(runs, str):
        parts = runs.split("\n\n")
    else:
        parts = [runs]
    first = cell.paragraphs[0]
    for i, part in enumerate(parts):
        p = first if i == 0 else cell.add_paragraph()
        rl = [part] if isinstance(part, str) else part
        for r in rl:
            if isinstance(r, tuple):
                t, f = r
                ff = dict(fmt)
                ff.update(f)
            else:
                t, ff = r, fmt
            if t:
                run_fmt(p.add_run(t), **ff)
        p.paragraph_format.space_after = Pt(2)
    if shade:
        shade_cell(cell, shade)
    return cell


def table(container, rows, cols, widths=None, style="Table Grid"):
    t = container.add_table(rows=rows, cols=cols)
    if style:
        t.style = style
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    for row in t.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


# ---------------------------------------------------------------- tracked changes

def _rpr_xml(bold=False, italic=False, size=None):
    s = ""
    if bold:
        s += "<w:b/>"
    if italic:
        s += "<w:i/>"
    if size:
        s += f'<w:sz w:val="{int(size*2)}"/>'
    return f"<w:rPr>{s}</w:rPr>" if s else ""


def ins_run(p, text, author, date, bold=False, italic=False, size=None):
    x = (f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
         f'<w:r>{_rpr_xml(bold, italic, size)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    el = parse_xml(x)
    p._p.append(el)
    return el


def del_run(p, text, author, date, bold=False, italic=False, size=None):
    x = (f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}">'
         f'<w:r>{_rpr_xml(bold, italic, size)}<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    el = parse_xml(x)
    p._p.append(el)
    return el


def mark_para(p, kind, author, date):
    """Mark the paragraph mark itself as inserted or deleted (a whole-paragraph change)."""
    ppr = p._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        ppr.append(rpr)
    rpr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>'))


def deleted_para(container, text, author, date, **fmt):
    p = container.add_paragraph()
    del_run(p, text, author, date, bold=fmt.get("bold", False), italic=fmt.get("italic", False),
            size=fmt.get("size"))
    mark_para(p, "del", author, date)
    return p


def inserted_para(container, text, author, date, **fmt):
    p = container.add_paragraph()
    ins_run(p, text, author, date, bold=fmt.get("bold", False), italic=fmt.get("italic", False),
            size=fmt.get("size"))
    mark_para(p, "ins", author, date)
    return p


def deleted_row(row, author, date):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>'))
    for tc in row._tr.findall(qn("w:tc")):
        for p in tc.findall(qn("w:p")):
            for r in p.findall(qn("w:r")):
                for t in r.findall(qn("w:t")):
                    dt = parse_xml(f'<w:delText {nsdecls("w")} xml:space="preserve">{esc(t.text or "")}</w:delText>')
                    r.replace(t, dt)
                d = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{esc(author)}" w:date="{date}"/>')
                p.replace(r, d)
                d.append(r)


# ---------------------------------------------------------------- comments

def comment(doc, runs, text, author, initials):
    if not isinstance(runs, (list, tuple)):
        runs = [runs]
    return doc.add_comment(runs, text=text, author=author, initials=initials)


# ---------------------------------------------------------------- footnotes

FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, p, text):
        n = len(self.notes) + 1
        self.notes.append(text)
        r = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                      f'<w:footnoteReference w:id="{n}"/></w:r>')
        p._p.append(r)
        return n

    def finish(self):
        body = (f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for i, t in enumerate(self.notes, 1):
            body += (f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                     f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc(t)}</w:t></w:r></w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<w:footnotes {W_NS}>{body}</w:footnotes>').encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- text boxes (VML)

def textbox(container, paras, width_pt=440, height_pt=120, fill="FFFFFF", stroke="000000", anchor_text=""):
    """A VML text box anchored in a new paragraph. paras: list of str / (str, fmt) / list-of-runs.
    fmt keys: bold, italic, size."""
    inner = ""
    for pdef in paras:
        if isinstance(pdef, str):
            pdef = [(pdef, {})]
        elif isinstance(pdef, tuple):
            pdef = [pdef]
        rr = ""
        for r in pdef:
            if isinstance(r, str):
                r = (r, {})
            t, f = r
            rr += f'<w:r>{_rpr_xml(f.get("bold", False), f.get("italic", False), f.get("size"))}<w:t xml:space="preserve">{esc(t)}</w:t></w:r>'
        inner += f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{rr}</w:p>'
    sid = _next_id()
    x = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
         f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
         f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
         f'<v:shape id="TextBox{sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202" '
         f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square;v-text-anchor:top" '
         f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1pt">'
         f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
         f'</v:shape></w:pict></w:r>')
    p = container.add_paragraph()
    if anchor_text:
        p.add_run(anchor_text)
    p._p.append(parse_xml(x))
    return p


# ---------------------------------------------------------------- header / footer / sections / fields

def page_field(p):
    for x in ('<w:r {ns}><w:fldChar w:fldCharType="begin"/></w:r>',
              '<w:r {ns}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
              '<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>',
              '<w:r {ns}><w:t>1</w:t></w:r>',
              '<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(x.format(ns=nsdecls("w"))))


def header_footer(section, header_text, footer_text, size=8):
    hp = section.header.paragraphs[0]
    run_fmt(hp.add_run(header_text), size=size, color="555555")
    fp = section.footer.paragraphs[0]
    run_fmt(fp.add_run(footer_text), size=size, color="555555")
    run_fmt(fp.add_run("   Page "), size=size, color="555555")
    page_field(fp)


def landscape_section(doc):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    if w < h:
        sec.page_width, sec.page_height = h, w
    return sec


def portrait_section(doc):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    w, h = sec.page_width, sec.page_height
    if w > h:
        sec.page_width, sec.page_height = h, w
    return sec


def page_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def word_count(path):
    import re
    import zipfile
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    text = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    return len(text.split())
