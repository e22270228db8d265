"""Shared helpers for the iz-* build scripts: paragraphs with mixed runs, tables with
shading and merged cells, tracked changes (w:ins / w:del), VML text boxes, comments."""
import copy
import datetime
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm

_REV = [100]


def new_doc(font="Arial", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rf.set(qn(a), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def _style_run(r, fmt):
    if not fmt:
        return r
    if fmt.get("b"):
        r.bold = True
    if fmt.get("i"):
        r.italic = True
    if fmt.get("u"):
        r.underline = True
    if fmt.get("size"):
        r.font.size = Pt(fmt["size"])
    if fmt.get("color"):
        r.font.color.rgb = RGBColor.from_string(fmt["color"])
    if fmt.get("caps"):
        r.font.all_caps = True
    if fmt.get("shade"):
        rpr = r._r.get_or_add_rPr()
        rpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fmt["shade"]}"/>'))
    return r


def para(container, content="", style=None, align=None, space_after=None, **fmt):
    """content: a string, or a list of strings / (text, fmt) tuples."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if isinstance(content, str):
        content = [(content, fmt)]
    for piece in content:
        if isinstance(piece, str):
            _style_run(p.add_run(piece), fmt)
        else:
            t, f = piece
            _style_run(p.add_run(t), {**fmt, **f})
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, content, **fmt):
    """Replace a cell's text; content may be a list of paragraphs (each str or run list)."""
    cell.text = ""
    paras = content if isinstance(content, list) and content and isinstance(content[0], list) else [content]
    first = True
    for pc in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        pieces = [(pc, {})] if isinstance(pc, str) else pc
        for piece in pieces:
            if isinstance(piece, str):
                _style_run(p.add_run(piece), fmt)
            else:
                t, f = piece
                _style_run(p.add_run(t), {**fmt, **f})
    return cell


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    for old in tcpr.findall(qn("w:shd")):
        tcpr.remove(old)
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(container, rows, widths=None, header_fill=None, style="Table Grid", size=9.5, bold_header=True):
    t = container.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            c = t.cell(i, j)
            cell_text(c, val, size=size, b=(bold_header and i == 0 and header_fill is not None))
            if i == 0 and header_fill:
                shade(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge(t, r1, c1, r2, c2, content=None, fill=None, **fmt):
    c = t.cell(r1, c1).merge(t.cell(r2, c2))
    if content is not None:
        cell_text(c, content, **fmt)
    if fill:
        shade(c, fill)
    return c


def _rev_attrs(author, date):
    _REV[0] += 1
    return f'w:id="{_REV[0]}" w:author="{author}" w:date="{date}"'


def _run_xml(text, fmt=None, deleted=False):
    fmt = fmt or {}
    rpr = ""
    if fmt.get("b"):
        rpr += "<w:b/>"
    if fmt.get("i"):
        rpr += "<w:i/>"
    if fmt.get("color"):
        rpr += f'<w:color w:val="{fmt["color"]}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    tag = "w:delText" if deleted else "w:t"
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{esc}</{tag}></w:r>'


def ins_run(p, text, author, date="2009-01-14T10:00:00Z", **fmt):
    el = parse_xml(f'<w:ins {nsdecls("w")} {_rev_attrs(author, date)}>{_run_xml(text, fmt)}</w:ins>')
    p._p.append(el)
    return el


def del_run(p, text, author, date="2009-01-14T10:00:00Z", **fmt):
    el = parse_xml(f'<w:del {nsdecls("w")} {_rev_attrs(author, date)}>{_run_xml(text, fmt, True)}</w:del>')
    p._p.append(el)
    return el


def tracked_para(container, pieces, author, date="2009-01-14T10:00:00Z", whole=None, **fmt):
    """pieces: list of ('t'|'ins'|'del', text[, fmt]). whole='ins'|'del' marks the paragraph mark too."""
    p = container.add_paragraph()
    for piece in pieces:
        kind, text = piece[0], piece[1]
        f = {**fmt, **(piece[2] if len(piece) > 2 else {})}
        if kind == "t":
            _style_run(p.add_run(text), f)
        elif kind == "ins":
            ins_run(p, text, author, date, **f)
        else:
            del_run(p, text, author, date, **f)
    if whole:
        ppr = p._p.get_or_add_pPr()
        rpr = OxmlElement("w:rPr")
        mark = parse_xml(f'<w:{whole} {nsdecls("w")} {_rev_attrs(author, date)}/>')
        rpr.append(mark)
        ppr.append(rpr)
    return p


def text_box(container, paragraphs, width_pt=440, height_pt=120, fill="F2F2F2", stroke="808080"):
    """A VML text box anchored in its own paragraph. paragraphs: list of (text, fmt) or str."""
    p = container.add_paragraph()
    inner = ""
    for item in paragraphs:
        if isinstance(item, str):
            item = (item, {})
        text, fmt = item
        inner += f"<w:p>{_run_xml(text, fmt)}</w:p>"
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        f'<v:shape id="tb{_REV[0]}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt;'
        f'mso-position-horizontal:center" fillcolor="#{fill}" strokecolor="#{stroke}">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    )
    _REV[0] += 1
    p._p.append(parse_xml(xml))
    return p


def comment(doc, paragraph, text, author, initials):
    runs = paragraph.runs
    if not runs:
        runs = [paragraph.add_run("")]
    return doc.add_comment(runs, text=text, author=author, initials=initials)


def header_footer(doc, header, footer, size=8):
    s = doc.sections[0]
    hp = s.header.paragraphs[0]
    hp.text = ""
    _style_run(hp.add_run(header), {"size": size, "color": "666666"})
    fp = s.footer.paragraphs[0]
    fp.text = ""
    _style_run(fp.add_run(footer), {"size": size, "color": "666666"})


def bullet(container, content, **fmt):
    return para(container, content, style="List Bullet", **fmt)


def word_count(doc):
    n = 0
    for p in doc.element.body.iter(qn("w:t")):
        n += len((p.text or "").split())
    return n
