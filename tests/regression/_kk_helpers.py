"""Shared helpers for the kk-* build scripts (python-docx plus raw OOXML)."""
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from xml.sax.saxutils import escape

GREY = RGBColor(0x80, 0x80, 0x80)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def new_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def P(doc_or_cell, *runs, style=None, align=None, space_after=None):
    """runs: str or (text, 'b'/'i'/'g'/'bi'/'gi'/'s12' flags)."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    for r in runs:
        if isinstance(r, str):
            p.add_run(r)
        else:
            t, f = r
            run = p.add_run(t)
            run.bold = "b" in f
            run.italic = "i" in f
            if "g" in f:
                run.font.color.rgb = GREY
            if "u" in f:
                run.underline = True
            if "L" in f:
                run.font.size = Pt(14)
            if "X" in f:
                run.font.size = Pt(20)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cellp(cell, *runs, first=True):
    """Write into a cell: reuse its empty first paragraph."""
    if first and cell.paragraphs and not cell.paragraphs[0].text:
        p = cell.paragraphs[0]
        for r in runs:
            if isinstance(r, str):
                p.add_run(r)
            else:
                t, f = r
                run = p.add_run(t)
                run.bold = "b" in f
                run.italic = "i" in f
                if "g" in f:
                    run.font.color.rgb = GREY
        return p
    return P(cell, *runs)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    tcPr.append(sh)


def table(doc, rows, widths=None, head_fill="D9D9D9", bold_head=True, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            if val is None:
                continue
            if isinstance(val, tuple):
                cellp(c, val)
            else:
                cellp(c, (val, "b") if (i == 0 and bold_head) else val)
            if i == 0 and head_fill:
                shade(c, head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text=None, fill=None, fmt="b"):
    """Merge a whole row into one cell (horizontal merge)."""
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    for p in a.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    if text is not None:
        a.paragraphs[0].text = ""
        a.paragraphs[0].runs and None
        r = a.paragraphs[0].add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
    if fill:
        shade(a, fill)
    return a


def ins_run(p, text, author="Ruth Amberley", date="2009-01-27T10:12:00Z", rid=101):
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{rid}" w:author="{escape(author)}" w:date="{date}"><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))


def del_run(p, text, author="Ruth Amberley", date="2009-01-27T10:14:00Z", rid=102):
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{rid}" w:author="{escape(author)}" w:date="{date}"><w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))


def text_box(doc, paras, width_pt=430, height_pt=110, fill="#FFF2CC"):
    """An inline VML text box holding paragraphs (list of (text, bold) pairs)."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        for t, b in paras)
    xml = (f'<w:p {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:r><w:pict><v:shape id="tb{abs(hash(paras[0][0])) % 99999}" type="#_x0000_t202" '
           f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="{fill}" strokecolor="#7F7F7F">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    el = parse_xml(xml)
    doc.element.body.append(el)
    # keep sectPr last
    sp = doc.element.body.find(qn("w:sectPr"))
    if sp is not None:
        doc.element.body.remove(sp)
        doc.element.body.append(sp)
    return el


def header_footer(doc, head, foot):
    s = doc.sections[0]
    hp = s.header.paragraphs[0]
    hp.text = head
    hp.runs[0].font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    r = fp.add_run(foot + "  Page ")
    r.font.size = Pt(8)
    for xml in (f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r {W}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>',
                f'<w:r {W}><w:t>1</w:t></w:r>',
                f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'):
        fp._p.append(parse_xml(xml))


def comment(doc, para, text, author="Dr Simon Pryce", initials="SP"):
    doc.add_comment(para.runs, text=text, author=author, initials=initials)


def word_count(doc_path):
    import zipfile, re
    xml = zipfile.ZipFile(doc_path).read("word/document.xml").decode()
    return len(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).split())
