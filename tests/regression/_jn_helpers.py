"""Shared python-docx / raw OOXML helpers for the jn-* build scripts.

Paragraph content is given as a list of parts:
    "plain text"                   a plain run
    ("b", text) / ("i", text) / ("bi", text)   bold / italic runs
    ("ins", text) / ("del", text)  tracked insertion / deletion (author and date from the Doc)
    ("fn", text)                   a footnote reference whose footnote holds text
    ("c", text, comment)           a run carrying a Word comment
"""
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f'xmlns:w="{WNS}"'
VNS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


class Doc:
    def __init__(self, author="Author", date="2008-11-20T10:00:00Z", font="Calibri", size=11):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        self.author, self.date = author, date
        self._id = 1
        self._fns = []
        for s in self.d.sections:
            s.left_margin = s.right_margin = Cm(2.2)

    # -- runs -------------------------------------------------------------
    def _nid(self):
        self._id += 1
        return self._id

    def _run_xml(self, text, bold=False, italic=False, deleted=False, color=None, size=None):
        rpr = ""
        if bold:
            rpr += "<w:b/>"
        if italic:
            rpr += "<w:i/>"
        if color:
            rpr += f'<w:color w:val="{color}"/>'
        if size:
            rpr += f'<w:sz w:val="{size * 2}"/>'
        tag = "w:delText" if deleted else "w:t"
        return f'<w:r {W}><w:rPr>{rpr}</w:rPr><{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'

    def _add_parts(self, para, parts, bold=False, italic=False, color=None, size=None):
        if isinstance(parts, str):
            parts = [parts]
        for part in parts:
            if isinstance(part, str):
                r = para.add_run(part)
                r.bold, r.italic = bold or None, italic or None
                if color:
                    r.font.color.rgb = RGBColor.from_string(color)
                if size:
                    r.font.size = Pt(size)
                continue
            kind, text = part[0], part[1]
            if kind in ("b", "i", "bi"):
                r = para.add_run(text)
                r.bold = "b" in kind or bold or None
                r.italic = "i" in kind or italic or None
                if color:
                    r.font.color.rgb = RGBColor.from_string(color)
            elif kind == "ins":
                x = (f'<w:ins {W} w:id="{self._nid()}" w:author="{self.author}" w:date="{self.date}">'
                     + self._run_xml(text, bold, italic) + "</w:ins>")
                para._p.append(parse_xml(x))
            elif kind == "del":
                x = (f'<w:del {W} w:id="{self._nid()}" w:author="{self.author}" w:date="{self.date}">'
                     + self._run_xml(text, bold, italic, deleted=True) + "</w:del>")
                para._p.append(parse_xml(x))
            elif kind == "fn":
                fid = len(self._fns) + 1
                self._fns.append(text)
                para._p.append(parse_xml(
                    f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{fid}"/></w:r>'))
            elif kind == "c":
                r = para.add_run(text)
                r.bold, r.italic = bold or None, italic or None
                self.d.add_comment(r, text=part[2], author=part[3] if len(part) > 3 else "Reviewer",
                                   initials="RV")
            elif kind == "br":
                para.add_run().add_break(WD_BREAK.LINE)
        return para

    # -- blocks -----------------------------------------------------------
    def h(self, text, level=1):
        return self.d.add_heading(text, level)

    def p(self, parts="", style=None, bold=False, italic=False, color=None, size=None, align=None, space_after=None):
        para = self.d.add_paragraph(style=style)
        self._add_parts(para, parts, bold, italic, color, size)
        if align is not None:
            para.alignment = align
        if space_after is not None:
            para.paragraph_format.space_after = Pt(space_after)
        return para

    def bullet(self, parts, style="List Bullet"):
        return self.p(parts, style=style)

    def ins_para(self, text, style=None):
        """A whole paragraph inserted as a tracked change (paragraph mark too)."""
        para = self.d.add_paragraph(style=style)
        ppr = para._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:rPr {W}><w:ins w:id="{self._nid()}" w:author="{self.author}" '
                             f'w:date="{self.date}"/></w:rPr>'))
        self._add_parts(para, [("ins", text)])
        return para

    def del_para(self, text, style=None):
        """A whole paragraph deleted as a tracked change (paragraph mark too)."""
        para = self.d.add_paragraph(style=style)
        ppr = para._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:rPr {W}><w:del w:id="{self._nid()}" w:author="{self.author}" '
                             f'w:date="{self.date}"/></w:rPr>'))
        self._add_parts(para, [("del", text)])
        return para

    def table(self, rows, widths=None, header_shade="D9D9D9", merges=(), shade=None, style="Table Grid",
              bold_header=True, size=None, del_rows=()):
        """rows: list of lists of cell content (str or parts list). merges: (r1, c1, r2, c2).
        del_rows: row indexes whose content is a tracked deletion (the row itself deleted)."""
        ncols = max(len(r) for r in rows)
        t = self.d.add_table(rows=len(rows), cols=ncols)
        if style:
            t.style = self.d.styles[style]
        for i, row in enumerate(rows):
            for j in range(ncols):
                val = row[j] if j < len(row) else ""
                cell = t.cell(i, j)
                para = cell.paragraphs[0]
                if i in del_rows:
                    self._add_parts(para, [("del", val if isinstance(val, str) else "")], size=size)
                else:
                    self._add_parts(para, val, bold=(i == 0 and bold_header), size=size)
                if i == 0 and header_shade:
                    self._shade(cell, header_shade)
                if shade and (i, j) in shade:
                    self._shade(cell, shade[(i, j)])
            if i in del_rows:
                trpr = t.rows[i]._tr.get_or_add_trPr()
                trpr.append(parse_xml(f'<w:del {W} w:id="{self._nid()}" w:author="{self.author}" '
                                      f'w:date="{self.date}"/>'))
        for (r1, c1, r2, c2) in merges:
            a, b = t.cell(r1, c1), t.cell(r2, c2)
            m = a.merge(b)
            # merging concatenates paragraphs; keep only the first cell's text
            for extra in m.paragraphs[1:]:
                if not extra.text.strip():
                    extra._p.getparent().remove(extra._p)
        if widths:
            for row in t.rows:
                for j, wdt in enumerate(widths):
                    if j < len(row.cells):
                        row.cells[j].width = Cm(wdt)
        self.d.add_paragraph()
        return t

    @staticmethod
    def _shade(cell, fill):
        tcpr = cell._tc.get_or_add_tcPr()
        tcpr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))

    def textbox(self, paragraphs, width_pt=420, height_pt=150, fill="EAF3E0"):
        """A VML text box anchored in its own paragraph; paragraphs is a list of parts lists."""
        inner = ""
        for parts in paragraphs:
            tmp = self.d.add_paragraph()
            self._add_parts(tmp, parts)
            inner += tmp._p.xml.replace(f' {W}', "")
            tmp._p.getparent().remove(tmp._p)
        para = self.d.add_paragraph()
        x = (f'<w:r {W} {VNS}><w:pict><v:shape id="tb{self._nid()}" type="#_x0000_t202" '
             f'style="width:{width_pt}pt;height:{height_pt}pt" fillcolor="#{fill}" strokecolor="#4F7F3A">'
             f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
        para._p.append(parse_xml(x))
        return para

    def header_footer(self, header=None, footer=None):
        s = self.d.sections[0]
        if header:
            s.header.paragraphs[0].text = header
        if footer:
            s.footer.paragraphs[0].text = footer

    def page_break(self):
        self.d.add_page_break()

    # -- save ---------------------------------------------------------------
    def _footnotes_part(self):
        body = (f'<w:footnotes {W}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                '</w:r></w:p></w:footnote>')
        for i, text in enumerate(self._fns, start=1):
            body += (f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p>'
                     '</w:footnote>')
        body += "</w:footnotes>"
        return body.encode()

    def save(self, path):
        if self._fns:
            dp = self.d.part
            for rid, rel in list(dp.rels.items()):
                if rel.reltype == RT.FOOTNOTES:
                    del dp.rels[rid]
            part = Part(PackURI("/word/footnotes.xml"),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                        self._footnotes_part(), dp.package)
            dp.relate_to(part, RT.FOOTNOTES)
        self.d.save(path)
