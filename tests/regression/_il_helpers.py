"""Shared helpers for the il-* build scripts: python-docx plus raw OOXML for
tracked changes, comments, footnotes, VML text boxes, merged and shaded cells."""
import re
import shutil
import zipfile
from xml.sax.saxutils import escape

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'


class Builder:
    def __init__(self):
        self.doc = docx.Document()
        self.footnotes = []
        self._rev = 100
        st = self.doc.styles["Normal"]
        st.font.name = "Arial"
        st.font.size = Pt(10.5)

    # ---- plain text -------------------------------------------------
    def h(self, text, level=1):
        return self.doc.add_heading(text, level=level)

    def p(self, text="", style=None, bold=False, italic=False, grey=False, size=None):
        para = self.doc.add_paragraph(style=style) if style else self.doc.add_paragraph()
        if text:
            r = para.add_run(text)
            r.bold = bold
            r.italic = italic
            if grey:
                r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            if size:
                r.font.size = Pt(size)
        return para

    def runs(self, parts, style=None):
        """parts: list of (text, fmt) with fmt a string containing b/i/g."""
        para = self.doc.add_paragraph(style=style) if style else self.doc.add_paragraph()
        for text, fmt in parts:
            r = para.add_run(text)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
            if "g" in fmt:
                r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        return para

    def bullets(self, items, style="List Bullet"):
        for it in items:
            self.p(it, style=style)

    # ---- tracked changes ----------------------------------------------
    def _rid(self):
        self._rev += 1
        return self._rev

    def tracked(self, parts, author="Editor", date="2008-11-20T10:00:00Z", style=None):
        """parts: list of (kind, text) with kind in n / ins / del."""
        para = self.doc.add_paragraph(style=style) if style else self.doc.add_paragraph()
        for kind, text in parts:
            t = escape(text)
            if kind == "n":
                para.add_run(text)
                continue
            if kind == "ins":
                xml = (f'<w:ins {W} w:id="{self._rid()}" w:author="{author}" w:date="{date}">'
                       f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:ins>')
            else:
                xml = (f'<w:del {W} w:id="{self._rid()}" w:author="{author}" w:date="{date}">'
                       f'<w:r><w:delText xml:space="preserve">{t}</w:delText></w:r></w:del>')
            para._p.append(parse_xml(xml))
        return para

    def deleted_paragraph(self, text, author="Editor", date="2008-11-20T10:00:00Z"):
        para = self.doc.add_paragraph()
        rid = self._rid()
        ppr = para._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:rPr {W}><w:del w:id="{rid}" w:author="{author}" w:date="{date}"/></w:rPr>'))
        para._p.append(parse_xml(
            f'<w:del {W} w:id="{self._rid()}" w:author="{author}" w:date="{date}">'
            f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))
        return para

    def inserted_paragraph(self, text, author="Editor", date="2008-11-20T10:00:00Z", style=None):
        para = self.doc.add_paragraph(style=style) if style else self.doc.add_paragraph()
        ppr = para._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:rPr {W}><w:ins w:id="{self._rid()}" w:author="{author}" w:date="{date}"/></w:rPr>'))
        para._p.append(parse_xml(
            f'<w:ins {W} w:id="{self._rid()}" w:author="{author}" w:date="{date}">'
            f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))
        return para

    # ---- comments ------------------------------------------------------
    def comment(self, para, text, author="Reviewer", initials="R"):
        runs = para.runs or [para.add_run("")]
        self.doc.add_comment(runs=[runs[0], runs[-1]] if len(runs) > 1 else runs[0],
                             text=text, author=author, initials=initials)

    # ---- footnotes -----------------------------------------------------
    def footnote(self, para, text):
        self.footnotes.append(text)
        fid = len(self.footnotes)
        para._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))

    # ---- text box --------------------------------------------------------
    def textbox(self, paragraphs, width="430pt", height="120pt", fill="#F2F2F2"):
        body = "".join(
            f'<w:p><w:r><w:rPr>{"<w:b/>" if i == 0 else ""}</w:rPr><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
            for i, t in enumerate(paragraphs))
        para = self.doc.add_paragraph()
        para._p.append(parse_xml(
            f'<w:r {W} {V}><w:pict><v:shape id="tb{self._rid()}" type="#_x0000_t202" '
            f'style="width:{width};height:{height}" fillcolor="{fill}" strokecolor="#404040">'
            f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
        return para

    # ---- tables ----------------------------------------------------------
    def table(self, rows, widths=None, header=True, style="Table Grid"):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = style
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.cell(i, j)
                c.text = val if val is not None else ""
                if header and i == 0:
                    for r in c.paragraphs[0].runs:
                        r.bold = True
                    shade(c, "D9D9D9")
        return t

    # ---- save --------------------------------------------------------------
    def save(self, path, header=None, footer=None):
        sec = self.doc.sections[0]
        if header:
            sec.header.paragraphs[0].text = header
        if footer:
            sec.footer.paragraphs[0].text = footer
        self.doc.save(path)
        if self.footnotes:
            add_footnotes(path, self.footnotes)


def shade(cell, hexcolour):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{hexcolour}"/>'))


def band(table, row, text, colour="BFBFBF"):
    """Merge a whole row into one shaded band cell."""
    cells = table.rows[row].cells
    m = cells[0].merge(cells[-1])
    m.text = text
    for r in m.paragraphs[0].runs:
        r.bold = True
    shade(m, colour)
    return m


def add_footnotes(path, notes):
    sep = (f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>'
        for i, t in enumerate(notes, 1))
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{sep}{body}</w:footnotes>'
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.decode().replace(
                    "</Types>",
                    '<Override PartName="/word/footnotes.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>').encode()
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.decode().replace(
                    "</Relationships>",
                    '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/footnotes" Target="footnotes.xml"/></Relationships>').encode()
            zout.writestr(item, data)
        zout.writestr("word/footnotes.xml", xml)
    shutil.move(tmp, path)
