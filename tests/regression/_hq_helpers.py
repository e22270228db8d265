"""Shared python-docx helpers for the hq-* build scripts (tracked changes, comments,
footnotes, VML text boxes, shading, merged cells, header/footer)."""
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
DATE = "2008-11-20T10:00:00Z"
_ids = {"n": 100}


def _nid():
    _ids["n"] += 1
    return _ids["n"]


class Doc:
    def __init__(self, header=None, footer=None, font="Arial", size=10.5):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        self.footnotes = []
        sec = self.d.sections[0]
        if header:
            sec.header.paragraphs[0].text = header
        if footer:
            sec.footer.paragraphs[0].text = footer

    # ---- text
    def h(self, text, level=1):
        return self.d.add_heading(text, level)

    def p(self, *parts, style=None, align=None):
        """parts: str or (text, 'b'|'i'|'bi'|'') tuples."""
        par = self.d.add_paragraph(style=style)
        for part in parts:
            if isinstance(part, str):
                part = (part, "")
            t, f = part
            r = par.add_run(t)
            r.bold = "b" in f
            r.italic = "i" in f
        if align is not None:
            par.alignment = align
        return par

    def bullets(self, items, style="List Bullet"):
        return [self.p(*(it if isinstance(it, tuple) else (it,)), style=style) for it in items]

    def typed_title(self, text, size=13):
        par = self.d.add_paragraph()
        r = par.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
        return par

    # ---- tracked changes
    def ins(self, par, text, author="Ruth Okafor"):
        par._p.append(parse_xml(
            f'<w:ins {W} w:id="{_nid()}" w:author="{author}" w:date="{DATE}"><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))

    def dele(self, par, text, author="Ruth Okafor"):
        par._p.append(parse_xml(
            f'<w:del {W} w:id="{_nid()}" w:author="{author}" w:date="{DATE}"><w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))

    def comment(self, par, text, author="Ruth Okafor", initials="RO"):
        self.d.add_comment(par.runs, text=text, author=author, initials=initials)

    # ---- footnotes
    def footnote(self, par, text):
        fid = len(self.footnotes) + 2
        self.footnotes.append((fid, text))
        par._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))

    # ---- text box
    def textbox(self, paras, fill="FFF2CC", height=None):
        par = self.d.add_paragraph()
        inner = ""
        for t in paras:
            bold = ""
            if isinstance(t, tuple):
                t, f = t
                bold = "<w:rPr><w:b/></w:rPr>" if "b" in f else ""
            inner += f'<w:p><w:r>{bold}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        h = height or (30 + 16 * sum(1 + len(x if isinstance(x, str) else x[0]) // 85 for x in paras))
        par._p.append(parse_xml(
            f'<w:r {W} {V}><w:pict><v:shape id="tb{_nid()}" type="#_x0000_t202" '
            f'style="width:440pt;height:{h}pt" fillcolor="#{fill}" strokecolor="#7F7F7F">'
            f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
        return par

    # ---- tables
    def table(self, rows, shade_header="D9E2F3", style="Table Grid", bold_header=True):
        t = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = style
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                if val is None:
                    continue
                c = t.cell(i, j)
                c.text = ""
                r = c.paragraphs[0].add_run(val)
                if i == 0 and bold_header:
                    r.bold = True
                if i == 0 and shade_header:
                    shade(c, shade_header)
        return t

    def landscape(self):
        from docx.enum.section import WD_SECTION
        s = self.d.add_section(WD_SECTION.NEW_PAGE)
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
        return s

    def portrait(self):
        from docx.enum.section import WD_SECTION
        s = self.d.add_section(WD_SECTION.NEW_PAGE)
        s.orientation = WD_ORIENT.PORTRAIT
        s.page_width, s.page_height = s.page_height, s.page_width
        return s

    def save(self, path):
        if self.footnotes:
            body = (f'<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                    f'<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
            for fid, text in self.footnotes:
                body += (f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                         f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
            xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>{body}</w:footnotes>'
            part = Part(PackURI("/word/footnotes.xml"),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                        xml.encode("utf-8"), self.d.part.package)
            self.d.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")
        self.d.save(path)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def merge(t, r1, c1, r2, c2, text=None, fill=None, bold=False):
    c = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        for p in c.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        c.paragraphs[0].text = ""
        r = c.paragraphs[0].add_run(text)
        r.bold = bold
    if fill:
        shade(c, fill)
    return c


def del_row(t, idx, author="Ruth Okafor"):
    """Mark a table row as a tracked deletion (its text becomes w:delText)."""
    tr = t.rows[idx]._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:del {W} w:id="{_nid()}" w:author="{author}" w:date="{DATE}"/>'))
    for r in tr.iter(qn("w:r")):
        for tnode in r.findall(qn("w:t")):
            tnode.tag = qn("w:delText")
        parent = r.getparent()
        wrap = parse_xml(f'<w:del {W} w:id="{_nid()}" w:author="{author}" w:date="{DATE}"/>')
        parent.replace(r, wrap)
        wrap.append(r)
