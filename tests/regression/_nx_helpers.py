"""Shared helpers for the nx-* build scripts: raw OOXML for what python-docx cannot do directly
(tracked insertions and deletions, footnotes, VML text boxes, shading, PAGE fields, merged-cell tables)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DATE = "2009-01-19T10:00:00Z"
_ids = {"rev": 100, "fn": 0, "shape": 0}


def _next(kind):
    _ids[kind] += 1
    return _ids[kind]


def esc(t):
    return escape(t, {'"': "&quot;"})


# ---------- runs and paragraphs ----------

def run_xml(text, bold=False, italic=False, size=None, color=None, deleted=False):
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
    return f'<w:r {nsdecls("w")}>{rpr}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'


def add_ins(par, text, author="Rosalind Maybury", **kw):
    """Append a tracked insertion to paragraph `par` (it is part of the submission)."""
    rid = _next("rev")
    x = f'<w:ins {nsdecls("w")} w:id="{rid}" w:author="{esc(author)}" w:date="{DATE}">' + \
        run_xml(text, **kw).replace(f' {nsdecls("w")}', "") + "</w:ins>"
    par._p.append(parse_xml(x))


def add_del(par, text, author="Rosalind Maybury", **kw):
    """Append a tracked deletion to paragraph `par` (it is not part of the submission)."""
    rid = _next("rev")
    x = f'<w:del {nsdecls("w")} w:id="{rid}" w:author="{esc(author)}" w:date="{DATE}">' + \
        run_xml(text, deleted=True, **kw).replace(f' {nsdecls("w")}', "") + "</w:del>"
    par._p.append(parse_xml(x))


def shade_par(par, fill="D9D9D9"):
    ppr = par._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_cell(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def para(doc_or_cell, text="", bold=False, italic=False, size=None, align=None, style=None, color=None,
         space_after=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
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
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(p, parts):
    """parts: list of (text, dict(bold=..., italic=...)) or plain strings."""
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            t, fmt = part
            r = p.add_run(t)
            r.bold = fmt.get("bold", False)
            r.italic = fmt.get("italic", False)
            if fmt.get("color"):
                r.font.color.rgb = RGBColor.from_string(fmt["color"])
            if fmt.get("size"):
                r.font.size = Pt(fmt["size"])
    return p


def cell_text(cell, text, bold=False, italic=False, size=None, fill=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if fill:
        shade_cell(cell, fill)
    return p


def table(doc, rows, cols, style="Table Grid"):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = style
    return t


# ---------- footnotes ----------

class Footnotes:
    """Collects footnotes; call attach(doc) once, after the body is written."""

    def __init__(self):
        self.notes = []

    def add(self, par, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        par._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))

    def attach(self, doc):
        body = "".join(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc(t)}</w:t></w:r></w:p></w:footnote>'
            for fid, t in self.notes)
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<w:footnotes xmlns:w="{W_NS}">'
               f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               f'{body}</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)


# ---------- text boxes ----------

def text_box(doc, paragraphs, width_pt=420, height_pt=110, fill="F2F2F2"):
    """A floating-free (inline) VML text box holding `paragraphs` (list of (text, bold, italic))."""
    sid = _next("shape")
    inner = ""
    for text, bold, italic in paragraphs:
        inner += f'<w:p>{run_xml(text, bold=bold, italic=italic).replace(" " + nsdecls("w"), "")}</w:p>'
    x = (f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
         f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
         f'<v:shape id="nxbox{sid}" o:spid="_x0000_s10{sid:02d}" type="#_x0000_t202" '
         f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" fillcolor="#{fill}" '
         f'strokecolor="#404040" strokeweight="1pt"><v:textbox style="mso-fit-shape-to-text:t">'
         f'<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    el = parse_xml(x)
    doc.element.body.append(el)
    # keep sectPr last
    sect = doc.element.body.find(qn("w:sectPr"))
    if sect is not None:
        doc.element.body.remove(sect)
        doc.element.body.append(sect)
    return el


# ---------- header / footer ----------

def page_field(par, prefix=""):
    if prefix:
        par.add_run(prefix)
    par._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def header_footer(doc, header_text, footer_text):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    for r in hp.runs:
        r.font.size = Pt(8)
        r.italic = True
    fp = sec.footer.paragraphs[0]
    r = fp.add_run(footer_text)
    r.font.size = Pt(8)
    page_field(fp, "  ·  Page ")


def base_doc(font="Cambria", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return doc
