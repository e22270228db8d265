"""Shared python-docx helpers for the hu-* build scripts (raw OOXML where python-docx cannot do it:
tracked changes, footnotes, text boxes, shading, merged cells)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
DATE = "2009-06-22T10:00:00Z"


class Builder:
    def __init__(self, font="Arial", size=10.5):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        self.footnotes = []
        self._rev = 100

    # ---- text -------------------------------------------------------------
    def p(self, text="", bold=False, italic=False, size=None, style=None, align=None, color=None):
        para = self.doc.add_paragraph(style=style)
        if text:
            r = para.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
        if align == "center":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return para

    def runs(self, parts, style=None):
        """parts: list of (text, 'b'|'i'|'') tuples or plain strings."""
        para = self.doc.add_paragraph(style=style)
        for part in parts:
            if isinstance(part, str):
                para.add_run(part)
            else:
                t, f = part
                r = para.add_run(t)
                r.bold = "b" in f
                r.italic = "i" in f
        return para

    def h(self, text, level=1):
        return self.doc.add_heading(text, level=level)

    def bullets(self, items, mark="\u2022"):
        for it in items:
            para = self.doc.add_paragraph()
            para.paragraph_format.left_indent = Cm(0.8)
            para.paragraph_format.first_line_indent = Cm(-0.5)
            para.add_run(mark + "\t" + it)

    def listed(self, items, style="List Bullet"):
        for it in items:
            self.doc.add_paragraph(it, style=style)

    # ---- tables -----------------------------------------------------------
    @staticmethod
    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        tcPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))

    def table(self, rows, header=True, head_fill="D9E2F3", widths=None, style="Table Grid", size=9.5):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = style
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.cell(i, j)
                c.text = ""
                r = c.paragraphs[0].add_run(val)
                r.font.size = Pt(size)
                if header and i == 0:
                    r.bold = True
                    self.shade(c, head_fill)
        if widths:
            for row in t.rows:
                for j, wdt in enumerate(widths):
                    row.cells[j].width = Cm(wdt)
        return t

    def group_row(self, t, i, text, fill="E7E6E6"):
        """Merge row i across all columns and shade it, holding text."""
        row = t.rows[i]
        a = row.cells[0].merge(row.cells[-1])
        for para in a.paragraphs[1:]:
            para._p.getparent().remove(para._p)
        a.paragraphs[0].text = ""
        r = a.paragraphs[0].add_run(text)
        r.bold = True
        r.font.size = Pt(9.5)
        self.shade(a, fill)
        return a

    def box(self, paras, fill="EDEDED", width=16):
        t = self.doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.cell(0, 0)
        self.shade(c, fill)
        c.width = Cm(width)
        first = True
        for item in paras:
            para = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            if isinstance(item, tuple):
                r = para.add_run(item[0])
                r.bold = "b" in item[1]
                r.italic = "i" in item[1]
            else:
                para.add_run(item)
        self.doc.add_paragraph()
        return t

    # ---- tracked changes ----------------------------------------------------
    def tracked(self, parts, author="R. Okafor", para=None):
        """parts: list of ('t'|'ins'|'del', text). Adds a paragraph with tracked changes."""
        para = para or self.doc.add_paragraph()
        for kind, text in parts:
            self._rev += 1
            tx = escape(text)
            if kind == "t":
                para.add_run(text)
            elif kind == "ins":
                para._p.append(parse_xml(
                    f'<w:ins {W} w:id="{self._rev}" w:author="{author}" w:date="{DATE}">'
                    f'<w:r><w:t xml:space="preserve">{tx}</w:t></w:r></w:ins>'))
            else:
                para._p.append(parse_xml(
                    f'<w:del {W} w:id="{self._rev}" w:author="{author}" w:date="{DATE}">'
                    f'<w:r><w:delText xml:space="preserve">{tx}</w:delText></w:r></w:del>'))
        return para

    def deleted_paragraph(self, text, author="R. Okafor"):
        para = self.doc.add_paragraph()
        self._rev += 1
        para._p.get_or_add_pPr().append(parse_xml(
            f'<w:rPr {W}><w:del w:id="{self._rev}" w:author="{author}" w:date="{DATE}"/></w:rPr>'))
        self.tracked([("del", text)], author, para)
        return para

    def delete_row(self, row, author="R. Okafor"):
        """Mark a table row as a tracked deletion (row mark and its text)."""
        self._rev += 1
        trPr = row._tr.get_or_add_trPr()
        trPr.append(parse_xml(f'<w:del {W} w:id="{self._rev}" w:author="{author}" w:date="{DATE}"/>'))
        for tc in row._tr.findall(qn("w:tc")):
            for p_ in tc.findall(qn("w:p")):
                for r in list(p_.findall(qn("w:r"))):
                    self._rev += 1
                    d = parse_xml(f'<w:del {W} w:id="{self._rev}" w:author="{author}" w:date="{DATE}"/>')
                    r.addprevious(d)
                    d.append(r)
                    for t in r.findall(qn("w:t")):
                        t.tag = qn("w:delText")

    # ---- comments -----------------------------------------------------------
    def comment(self, para, text, author="J. Whitfield", initials="JW"):
        runs = para.runs
        if not runs:
            runs = [para.add_run("")]
        self.doc.add_comment(runs, text=text, author=author, initials=initials)

    # ---- footnotes ----------------------------------------------------------
    def footnote(self, para, text):
        n = len(self.footnotes) + 1
        self.footnotes.append(text)
        para._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{n}"/></w:r>'))

    def _write_footnotes(self):
        if not self.footnotes:
            return
        body = [f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for i, t in enumerate(self.footnotes, 1):
            body.append(f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                        f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>'
               + "".join(body) + "</w:footnotes>")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)

    # ---- text box -----------------------------------------------------------
    def textbox(self, paras, width=440, height=150):
        para = self.doc.add_paragraph()
        inner = "".join(
            f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if i == 0 else ""}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
            for i, t in enumerate(paras))
        para._p.append(parse_xml(
            f'<w:r {W} {V}><w:pict><v:shape id="tb{len(paras)}{width}" type="#_x0000_t202" '
            f'style="width:{width}pt;height:{height}pt" strokecolor="#7F7F7F">'
            f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
        return para

    # ---- header / footer ----------------------------------------------------
    def header_footer(self, header, footer):
        s = self.doc.sections[0]
        s.header.paragraphs[0].text = header
        s.footer.paragraphs[0].text = footer

    def save(self, path):
        self._write_footnotes()
        self.doc.save(path)
