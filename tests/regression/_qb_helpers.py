"""Shared python-docx helpers for the qb-* build scripts: raw OOXML for what python-docx cannot do
(tracked insertions and deletions, deleted table rows, footnotes, VML text boxes, shading, fields)."""
import copy
import itertools

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ids = itertools.count(100)
DATE = "2009-03-12T10:00:00Z"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_document(font="Calibri", size=10.5, margins_cm=2.0):
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
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    return doc


# ---------------------------------------------------------------- runs and paragraphs
def _rpr_xml(bold=False, italic=False, size=None, color=None, caps=False, strike=False):
    x = ""
    if bold:
        x += "<w:b/>"
    if italic:
        x += "<w:i/>"
    if caps:
        x += "<w:caps/>"
    if strike:
        x += "<w:strike/>"
    if color:
        x += f'<w:color w:val="{color}"/>'
    if size:
        x += f'<w:sz w:val="{int(size * 2)}"/>'
    return f"<w:rPr>{x}</w:rPr>" if x else ""


def ins_run(p, text, author="M. Haworth", bold=False, italic=False, size=None):
    """A tracked insertion (part of the submission)."""
    el = parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{DATE}">'
        f'<w:r>{_rpr_xml(bold, italic, size)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    p._p.append(el)
    return el


def del_run(p, text, author="M. Haworth", bold=False, italic=False, size=None):
    """A tracked deletion (not part of the submission)."""
    el = parse_xml(
        f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{DATE}">'
        f'<w:r>{_rpr_xml(bold, italic, size)}<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(el)
    return el


def run(p, text, bold=False, italic=False, size=None, color=None, caps=False, font=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if font:
        r.font.name = font
        r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:hAnsi"), font)
    return r


def add_segments(p, segs, size=None):
    """segs: list of str or (kind, text) with kind in b, i, bi, ins, del, br (line break)."""
    out = []
    for s in segs:
        if isinstance(s, str):
            out.append(run(p, s, size=size))
            continue
        k, t = s
        if k == "b":
            out.append(run(p, t, bold=True, size=size))
        elif k == "i":
            out.append(run(p, t, italic=True, size=size))
        elif k == "bi":
            out.append(run(p, t, bold=True, italic=True, size=size))
        elif k == "ins":
            ins_run(p, t, size=size)
        elif k == "del":
            del_run(p, t, size=size)
        elif k == "br":
            r = p.add_run()
            r.add_break(WD_BREAK.LINE)
        else:
            raise ValueError(k)
    return out


def para(container, segs, style=None, size=None, align=None, space_after=None, indent_cm=None, keep=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if isinstance(segs, str):
        segs = [segs]
    add_segments(p, segs, size=size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent_cm is not None:
        p.paragraph_format.left_indent = Cm(indent_cm)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def shade_paragraph(p, fill):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def border_paragraph(p, sides=("top", "bottom"), sz=8, color="000000"):
    ppr = p._p.get_or_add_pPr()
    inner = "".join(f'<w:{s} w:val="single" w:sz="{sz}" w:space="1" w:color="{color}"/>' for s in sides)
    ppr.append(parse_xml(f'<w:pBdr {nsdecls("w")}>{inner}</w:pBdr>'))


def inserted_paragraph_mark(p, author="M. Haworth"):
    """Mark the paragraph mark itself as inserted (a whole inserted paragraph)."""
    ppr = p._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        ppr.append(rpr)
    rpr.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{DATE}"/>'))


def deleted_paragraph_mark(p, author="M. Haworth"):
    ppr = p._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        ppr.append(rpr)
    rpr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{DATE}"/>'))


# ---------------------------------------------------------------- tables
def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, segs, bold=False, size=None, italic=False, align=None):
    """Replace the cell's text with segments (str or (kind, text))."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    if isinstance(segs, str):
        segs = [("b", segs)] if bold else ([("i", segs)] if italic else [segs])
    add_segments(p, segs, size=size)
    if align is not None:
        p.alignment = align
    return p


def cell_paras(cell, paras, size=None):
    """Fill a cell with several paragraphs (each a str or a segs list)."""
    first = True
    for segs in paras:
        if first:
            cell_text(cell, segs, size=size)
            first = False
        else:
            p = cell.add_paragraph()
            add_segments(p, [segs] if isinstance(segs, str) else segs, size=size)


def table(container, rows, cols, widths_cm=None, style="Table Grid", size=None):
    t = container.add_table(rows=rows, cols=cols)
    if style:
        t.style = style
    if widths_cm:
        for row in t.rows:
            for i, w in enumerate(widths_cm):
                row.cells[i].width = Cm(w)
    return t


def fill_row(row, values, size=None, bold=False, fill=None):
    for c, v in zip(row.cells, values):
        cell_text(c, v, bold=bold, size=size)
        if fill:
            shade(c, fill)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def mark_row_deleted(row, author="M. Haworth"):
    """A deleted table row: the row mark and every run in it are tracked deletions."""
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{DATE}"/>'))
    for r in list(row._tr.iter(qn("w:r"))):
        if r.getparent().tag in (qn("w:del"), qn("w:ins")):
            continue
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        wrapper = parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{DATE}"/>')
        r.addprevious(wrapper)
        wrapper.append(r)


def mark_row_inserted(row, author="M. Haworth"):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{DATE}"/>'))
    for r in list(row._tr.iter(qn("w:r"))):
        if r.getparent().tag in (qn("w:del"), qn("w:ins")):
            continue
        wrapper = parse_xml(f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{DATE}"/>')
        r.addprevious(wrapper)
        wrapper.append(r)


# ---------------------------------------------------------------- footnotes
class Footnotes:
    CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"

    def __init__(self, doc):
        xml = (f'<w:footnotes {nsdecls("w", "r", "wp", "w14")} xmlns:v="urn:schemas-microsoft-com:vml" '
               'xmlns:w10="urn:schemas-microsoft-com:office:word" '
               'xmlns:o="urn:schemas-microsoft-com:office:office">'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
               '</w:p></w:footnote></w:footnotes>')
        self.part = XmlPart(PackURI("/word/footnotes.xml"), self.CT, parse_xml(xml), doc.part.package)
        doc.part.relate_to(self.part, RT.FOOTNOTES)
        self.n = 0

    def add(self, p, text):
        self.n += 1
        n = self.n
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w", "r")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{n}"/></w:r>'))
        self.part.element.append(parse_xml(
            f'<w:footnote {nsdecls("w", "r")} w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r>'
            f'</w:p></w:footnote>'))
        return n


# ---------------------------------------------------------------- text boxes
def text_box(container, paragraphs, width_pt=430, height_pt=150, fill="FFFFFF", stroke="1.25pt"):
    """A VML text box anchored in its own paragraph. paragraphs: list of segs (str or list of (kind,text))."""
    inner = ""
    for segs in paragraphs:
        if isinstance(segs, str):
            segs = [segs]
        runs = ""
        for s in segs:
            if isinstance(s, str):
                runs += f'<w:r><w:rPr><w:sz w:val="19"/></w:rPr><w:t xml:space="preserve">{esc(s)}</w:t></w:r>'
            else:
                k, t = s
                rp = {"b": "<w:b/>", "i": "<w:i/>", "bi": "<w:b/><w:i/>"}.get(k, "")
                if k == "ins":
                    runs += (f'<w:ins w:id="{next(_ids)}" w:author="M. Haworth" w:date="{DATE}"><w:r><w:rPr>'
                             f'<w:sz w:val="19"/></w:rPr><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:ins>')
                else:
                    runs += (f'<w:r><w:rPr>{rp}<w:sz w:val="19"/></w:rPr>'
                             f'<w:t xml:space="preserve">{esc(t)}</w:t></w:r>')
        inner += f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{runs}</w:p>'
    p = container.add_paragraph()
    r = parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word"><w:pict>'
        f'<v:rect id="tb{next(_ids)}" style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square;'
        f'mso-position-horizontal:center" fillcolor="#{fill}" strokeweight="{stroke}">'
        f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
        f'<w10:wrap type="topAndBottom"/></v:rect></w:pict></w:r>')
    p._p.append(r)
    return p


# ---------------------------------------------------------------- fields, sections
def add_field(p, instr, placeholder="1", size=None):
    sz = f'<w:sz w:val="{int(size * 2)}"/>' if size else ""
    for x in (f'<w:r {nsdecls("w")}><w:rPr>{sz}</w:rPr><w:fldChar w:fldCharType="begin"/></w:r>',
              f'<w:r {nsdecls("w")}><w:rPr>{sz}</w:rPr><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
              f'<w:r {nsdecls("w")}><w:rPr>{sz}</w:rPr><w:fldChar w:fldCharType="separate"/></w:r>',
              f'<w:r {nsdecls("w")}><w:rPr>{sz}</w:rPr><w:t>{placeholder}</w:t></w:r>',
              f'<w:r {nsdecls("w")}><w:rPr>{sz}</w:rPr><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(x))


def landscape_section(doc):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    return sec


def portrait_section(doc):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    return sec


def bullet(container, segs, char="\u2022", size=None, indent_cm=0.6):
    """A typed bullet (no Word list numbering)."""
    if isinstance(segs, str):
        segs = [segs]
    p = container.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent_cm)
    p.paragraph_format.first_line_indent = Cm(-0.4)
    p.paragraph_format.space_after = Pt(2)
    add_segments(p, [char + "\t"] + list(segs), size=size)
    return p
