"""Shared helpers for the mn-* build scripts: python-docx plus raw OOXML for tracked changes,
footnotes, text boxes, shading and merged cells."""
import copy
import re
import shutil
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2008-10-14T09:30:00Z"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Builder:
    def __init__(self, font="Garamond", size=11):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        self.footnotes = []
        self._rev = 100

    # ----- basic text
    def p(self, text="", style=None, bold=False, italic=False, size=None, align=None, color=None, caps=False):
        para = self.doc.add_paragraph(style=style) if style else self.doc.add_paragraph()
        if text:
            r = para.add_run(text)
            r.bold = bold
            r.italic = italic
            r.font.all_caps = caps
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
        if align == "c":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return para

    def runs(self, parts, style=None):
        """parts: list of (text, fmt) with fmt a string of b/i."""
        para = self.doc.add_paragraph(style=style) if style else self.doc.add_paragraph()
        for text, fmt in parts:
            r = para.add_run(text)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
        return para

    def h(self, text, level=1):
        return self.doc.add_heading(text, level=level)

    def bullet(self, text, style="List Bullet"):
        return self.doc.add_paragraph(text, style=style)

    # ----- tracked changes
    def _rid(self):
        self._rev += 1
        return self._rev

    def tracked(self, segments, author="Ruth Penhale", para=None, style=None):
        """segments: list of (kind, text); kind 'n' normal, 'ins' inserted, 'del' deleted."""
        if para is None:
            para = self.doc.add_paragraph(style=style) if style else self.doc.add_paragraph()
        self.fill_tracked(para._p, segments, author)
        return para

    def fill_tracked(self, p_el, segments, author="Ruth Penhale"):
        for kind, text in segments:
            if kind == "n":
                p_el.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'))
            elif kind == "ins":
                p_el.append(parse_xml(
                    f'<w:ins {W} w:id="{self._rid()}" w:author="{author}" w:date="{DATE}">'
                    f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>'))
            elif kind == "del":
                p_el.append(parse_xml(
                    f'<w:del {W} w:id="{self._rid()}" w:author="{author}" w:date="{DATE}">'
                    f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>'))

    def deleted_para(self, text, author="Ruth Penhale"):
        """A whole paragraph deleted, including its mark."""
        para = self.doc.add_paragraph()
        ppr = para._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:rPr {W}><w:del w:id="{self._rid()}" w:author="{author}" w:date="{DATE}"/></w:rPr>'))
        self.fill_tracked(para._p, [("del", text)], author)
        return para

    def inserted_para(self, text, author="Ruth Penhale"):
        para = self.doc.add_paragraph()
        ppr = para._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:rPr {W}><w:ins w:id="{self._rid()}" w:author="{author}" w:date="{DATE}"/></w:rPr>'))
        self.fill_tracked(para._p, [("ins", text)], author)
        return para

    # ----- comments
    def comment(self, para, text, author="Ruth Penhale", initials="RP"):
        runs = para.runs
        if not runs:
            runs = [para.add_run("")]
        self.doc.add_comment(runs, text=text, author=author, initials=initials)

    # ----- footnotes
    def footnote(self, para, text):
        fid = len(self.footnotes) + 1
        self.footnotes.append(text)
        para._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))
        return fid

    # ----- text box (wps inside a drawing, anchored inline in a paragraph)
    def text_box(self, paragraphs, name="Text Box 1", width_emu=5200000, height_emu=1300000):
        body = "".join(
            f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if i == 0 else ""}<w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'
            for i, t in enumerate(paragraphs))
        xml = f'''<w:p {W} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:v="urn:schemas-microsoft-com:vml"><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{width_emu}" cy="{height_emu}"/>
<wp:docPr id="{self._rid()}" name="{name}"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width_emu}" cy="{height_emu}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline>
</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape style="width:400pt;height:100pt"><v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>'''
        el = parse_xml(xml)
        self.doc.element.body.append(el)
        # keep sectPr last
        sect = self.doc.element.body.find(qn("w:sectPr"))
        if sect is not None:
            self.doc.element.body.remove(sect)
            self.doc.element.body.append(sect)
        return el

    # ----- tables
    def table(self, rows, widths=None, header_shade="D9D9D9", style="Table Grid", bold_header=True):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = style
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.cell(i, j)
                c.text = val if val is not None else ""
                if i == 0 and bold_header:
                    for r in c.paragraphs[0].runs:
                        r.bold = True
                    if header_shade:
                        shade(c, header_shade)
        return t

    def header_footer(self, header, footer):
        sec = self.doc.sections[0]
        sec.header.paragraphs[0].text = header
        sec.footer.paragraphs[0].text = footer

    # ----- save
    def save(self, path):
        path = Path(path)
        self.doc.save(str(path))
        if self.footnotes:
            add_footnotes(path, self.footnotes)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def add_footnotes(path, notes):
    tmp = path.with_suffix(".tmp")
    zin = zipfile.ZipFile(path)
    zout = zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED)
    fn = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, t in enumerate(notes, 1):
        fn.append(f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                  f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {esc(t)}</w:t></w:r></w:p></w:footnote>')
    fxml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:footnotes {W}>' + "".join(fn) + '</w:footnotes>')
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "[Content_Types].xml":
            data = data.decode().replace("</Types>",
                '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>').encode()
        if item.filename == "word/_rels/document.xml.rels":
            data = data.decode().replace("</Relationships>",
                '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>').encode()
        zout.writestr(item, data)
    zout.writestr("word/footnotes.xml", fxml)
    zout.close()
    zin.close()
    shutil.move(tmp, path)


def merge(table, r1, c1, r2, c2, text=None):
    a = table.cell(r1, c1).merge(table.cell(r2, c2))
    if text is not None:
        a.text = text
    return a
