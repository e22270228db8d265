"""Shared python-docx helpers for the oa-* blind applications (raw OOXML where python-docx has no API):
tracked insertions and deletions (runs, whole paragraphs, table rows), footnotes, VML text boxes, cell
shading and borders, complex fields (PAGE, NUMPAGES) and small typographic conveniences."""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def _run_xml(text, tag="w:t", bold=False, italic=False, size=None, smallcaps=False, font=None):
    rpr = ""
    if font:
        rpr += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>'
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if smallcaps:
        rpr += "<w:smallCaps/>"
    if size:
        rpr += f'<w:sz w:val="{int(size * 2)}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    t = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{t}</{tag.split(" ")[0]}></w:r>'


def add_ins(paragraph, text, author, date, **fmt):
    """Append a tracked insertion (w:ins) holding one run to the paragraph."""
    el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}">'
                   f'{_run_xml(text, **fmt)}</w:ins>')
    paragraph._p.append(el)
    return el


def add_del(paragraph, text, author, date, **fmt):
    """Append a tracked deletion (w:del with w:delText) to the paragraph."""
    el = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}">'
                   f'{_run_xml(text, tag="w:delText", **fmt)}</w:del>')
    paragraph._p.append(el)
    return el


def _mark_para(paragraph, kind, author, date):
    pPr = paragraph._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>'))


def inserted_paragraph(doc_or_cell, text, author, date, style=None, **fmt):
    p = doc_or_cell.add_paragraph(style=style)
    _mark_para(p, "ins", author, date)
    add_ins(p, text, author, date, **fmt)
    return p


def deleted_paragraph(doc_or_cell, text, author, date, style=None, **fmt):
    p = doc_or_cell.add_paragraph(style=style)
    _mark_para(p, "del", author, date)
    add_del(p, text, author, date, **fmt)
    return p


def delete_row(row, author, date):
    """Mark a table row as a tracked deletion: trPr/w:del plus every run in it turned to w:delText."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>'))
    for cell in row.cells:
        for p in cell.paragraphs:
            _mark_para(p, "del", author, date)
            for r in list(p._p.findall(qn("w:r"))):
                wrapper = parse_xml(f'<w:del {nsdecls("w")} w:id="{_next_id()}" w:author="{author}" w:date="{date}"/>')
                r.addprevious(wrapper)
                wrapper.append(r)
                for t in r.findall(qn("w:t")):
                    t.tag = qn("w:delText")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.insert_element_before(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
                               'w:noWrap', 'w:tcMar', 'w:textDirection', 'w:tcFitText', 'w:vAlign', 'w:hideMark',
                               'w:headers', 'w:cellIns', 'w:cellDel', 'w:cellMerge', 'w:tcPrChange')


def para_shade(paragraph, fill):
    pPr = paragraph._p.get_or_add_pPr()
    pPr.insert_element_before(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
                              'w:tabs','w:suppressAutoHyphens','w:kinsoku','w:wordWrap','w:overflowPunct','w:topLinePunct','w:autoSpaceDE','w:autoSpaceDN','w:bidi','w:adjustRightInd','w:snapToGrid','w:spacing','w:ind','w:contextualSpacing','w:mirrorIndents','w:suppressOverlap','w:jc','w:textDirection','w:textAlignment','w:textboxTightWrap','w:outlineLvl','w:divId','w:cnfStyle','w:rPr','w:sectPr','w:pPrChange')


def para_border(paragraph, sides=("top", "bottom"), sz=6, color="000000", space=4):
    pPr = paragraph._p.get_or_add_pPr()
    inner = "".join(f'<w:{s} w:val="single" w:sz="{sz}" w:space="{space}" w:color="{color}"/>' for s in sides)
    pPr.insert_element_before(parse_xml(f'<w:pBdr {nsdecls("w")}>{inner}</w:pBdr>'), 'w:shd',
                              'w:tabs','w:suppressAutoHyphens','w:kinsoku','w:wordWrap','w:overflowPunct','w:topLinePunct','w:autoSpaceDE','w:autoSpaceDN','w:bidi','w:adjustRightInd','w:snapToGrid','w:spacing','w:ind','w:contextualSpacing','w:mirrorIndents','w:suppressOverlap','w:jc','w:textDirection','w:textAlignment','w:textboxTightWrap','w:outlineLvl','w:divId','w:cnfStyle','w:rPr','w:sectPr','w:pPrChange')


def table_borders(table, sz=4, color="000000"):
    tblPr = table._tbl.tblPr
    inner = "".join(f'<w:{s} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>'
                    for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblPr.insert_element_before(parse_xml(f'<w:tblBorders {nsdecls("w")}>{inner}</w:tblBorders>'),
                                'w:shd', 'w:tblLayout', 'w:tblCellMar', 'w:tblLook', 'w:tblCaption',
                                'w:tblDescription', 'w:tblPrChange')


def cell_text(cell, text, bold=False, italic=False, size=None, align=None, smallcaps=False):
    """Replace the cell's first paragraph with text (one run)."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.small_caps = smallcaps
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def cell_add(cell, text, bold=False, italic=False, size=None, style=None):
    p = cell.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def add_field(paragraph, instr, placeholder="1", size=None):
    """A complex field (e.g. ' PAGE ', ' NUMPAGES ') as begin / instrText / separate / result / end runs."""
    sz = f'<w:rPr><w:sz w:val="{int(size * 2)}"/></w:rPr>' if size else ""
    for x in (f'<w:r {nsdecls("w")}>{sz}<w:fldChar w:fldCharType="begin"/></w:r>',
              f'<w:r {nsdecls("w")}>{sz}<w:instrText xml:space="preserve">{instr}</w:instrText></w:r>',
              f'<w:r {nsdecls("w")}>{sz}<w:fldChar w:fldCharType="separate"/></w:r>',
              f'<w:r {nsdecls("w")}>{sz}<w:t>{placeholder}</w:t></w:r>',
              f'<w:r {nsdecls("w")}>{sz}<w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(x))


def text_box(paragraph, paras, width_pt=440, height_pt=160, fill="F2EFE6", anchor_inline=True):
    """Append a VML text box to the paragraph. paras: list of (text, dict(bold=, italic=, size=))."""
    body = ""
    for text, fmt in paras:
        body += f"<w:p>{_run_xml(text, **fmt)}</w:p>"
    pos = "" if anchor_inline else "position:absolute;margin-left:0;margin-top:6pt;mso-position-horizontal:center;z-index:251659264;"
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="TextBox{_next_id()}" o:spid="_x0000_s{_next_id()}" type="#_x0000_t202" '
           f'style="{pos}width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" fillcolor="#{fill}" strokecolor="#7F7F7F">'
           f'<v:textbox style="mso-fit-shape-to-text:t" inset="7pt,5pt,7pt,5pt"><w:txbxContent>{body}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


class Footnotes:
    """Collects footnotes and writes word/footnotes.xml at save time."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, paragraph, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        paragraph._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))
        return fid

    def write(self):
        if not self.notes:
            return
        items = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for fid, text in self.notes:
            t = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            items += (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                      f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                      f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:footnote>')
        blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:footnotes xmlns:w="{W_NS}">{items}</w:footnotes>').encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def base_document(font="Georgia", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(5)
    return doc


def para(container, text="", bold=False, italic=False, size=None, align=None, smallcaps=False,
         style=None, space_after=None, space_before=None, color=None):
    p = container.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.small_caps = smallcaps
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    return p


def runs(paragraph, pieces):
    """pieces: list of (text, dict) appended as separate runs; returns the runs."""
    out = []
    for text, fmt in pieces:
        r = paragraph.add_run(text)
        r.bold = fmt.get("bold", False)
        r.italic = fmt.get("italic", False)
        r.font.small_caps = fmt.get("smallcaps", False)
        if fmt.get("size"):
            r.font.size = Pt(fmt["size"])
        out.append(r)
    return out


CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
