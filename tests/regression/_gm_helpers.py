"""Small OOXML helpers shared by the gm-* build scripts (python-docx plus raw XML)."""
import copy
import itertools
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

_ids = itertools.count(900)


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_par(par, fill, border=True):
    pPr = par._p.get_or_add_pPr()
    if border:
        pPr.append(parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
            f'<w:left w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
            f'<w:bottom w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
            f'<w:right w:val="single" w:sz="4" w:space="4" w:color="808080"/></w:pBdr>'))
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def page_field(par, prefix="Page "):
    par.add_run(prefix)
    r = par.add_run()
    r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r2 = par.add_run()
    r2._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>'))
    r3 = par.add_run()
    r3._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    par.add_run("1")
    r5 = par.add_run()
    r5._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ins_run(par, text, author, date):
    """Append a tracked insertion to a paragraph."""
    el = parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{date}">'
        f'<w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>')
    par._p.append(el)


def del_run(par, text, author, date):
    """Append a tracked deletion to a paragraph."""
    el = parse_xml(
        f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{date}">'
        f'<w:r><w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>')
    par._p.append(el)


def mark_par_deleted(par, author, date):
    """Turn every run of a paragraph into deleted text and mark the paragraph mark deleted."""
    p = par._p
    pPr = p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/>'))
    for r in list(p.findall(qn("w:r"))):
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        d = parse_xml(f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/>')
        r.addprevious(d)
        d.append(r)


def mark_par_inserted(par, author, date):
    p = par._p
    pPr = p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        pPr.append(rPr)
    rPr.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/>'))
    for r in list(p.findall(qn("w:r"))):
        i = parse_xml(f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/>')
        r.addprevious(i)
        i.append(r)


def text_box(par, paragraphs, width_pt=200, height_pt=150, fill="FFF2CC"):
    """Anchor a floating VML text box in `par`, holding the given paragraph strings
    (a string starting with '**' is bold)."""
    inner = ""
    for t in paragraphs:
        bold = t.startswith("**")
        t = t[2:] if bold else t
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        inner += f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{_esc(t)}</w:t></w:r></w:p>'
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        f'<v:shape id="tb{next(_ids)}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:290pt;margin-top:0;width:{width_pt}pt;height:{height_pt}pt;'
        f'z-index:1;mso-position-horizontal-relative:margin" fillcolor="#{fill}">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    par._p.append(parse_xml(xml))


def set_cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def grey(run):
    run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    run.italic = True
