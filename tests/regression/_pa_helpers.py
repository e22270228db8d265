"""Shared python-docx / raw OOXML helpers for the pa-* build scripts.

Paragraphs with mixed formatting, shaded paragraphs, tables with merged and shaded cells, VML text boxes,
tracked insertions and deletions (w:ins / w:del with w:delText), Word comments, footnotes (a footnotes part
added by hand), page-number fields in footers and custom paragraph styles.
"""
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
DATE = "2009-01-19T10:30:00Z"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Builder:
    def __init__(self, font="Calibri", size=11, margins_cm=2.2):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        st.paragraph_format.space_after = Pt(6)
        for s in self.doc.sections:
            s.left_margin = s.right_margin = Cm(margins_cm)
            s.top_margin = s.bottom_margin = Cm(2.0)
        self._rev = 900
        self._fn_id = 0
        self._footnotes = None
        self._tb = 0

    # ---------------------------------------------------------------- styles
    def add_par_style(self, name, size=None, bold=False, italic=False, color=None, space_before=0,
                      space_after=6, base="Normal", font=None, align=None, keep_next=False):
        st = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = self.doc.styles[base]
        if size:
            st.font.size = Pt(size)
        st.font.bold = bold
        st.font.italic = italic
        if font:
            st.font.name = font
        if color:
            st.font.color.rgb = RGBColor.from_string(color)
        st.paragraph_format.space_before = Pt(space_before)
        st.paragraph_format.space_after = Pt(space_after)
        if align:
            st.paragraph_format.alignment = align
        st.paragraph_format.keep_with_next = keep_next
        return st

    # ------------------------------------------------------------- paragraphs
    def _runs(self, p, segs):
        if isinstance(segs, str):
            segs = [segs]
        runs = []
        for seg in segs:
            if isinstance(seg, str):
                text, fmt = seg, {}
            else:
                text, fmt = seg
            r = p.add_run(text)
            r.bold = fmt.get("b")
            r.italic = fmt.get("i")
            if fmt.get("size"):
                r.font.size = Pt(fmt["size"])
            if fmt.get("color"):
                r.font.color.rgb = RGBColor.from_string(fmt["color"])
            if fmt.get("caps"):
                r.font.all_caps = True
            runs.append(r)
        return runs

    def p(self, segs="", style=None, align=None, shade=None, container=None, space_after=None, indent_cm=None,
          keep_next=False):
        cont = container if container is not None else self.doc
        par = cont.add_paragraph(style=style) if style else cont.add_paragraph()
        self._runs(par, segs)
        if align == "center":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if shade:
            self.shade_par(par, shade)
        if space_after is not None:
            par.paragraph_format.space_after = Pt(space_after)
        if indent_cm:
            par.paragraph_format.left_indent = Cm(indent_cm)
        if keep_next:
            par.paragraph_format.keep_with_next = True
        return par

    def shade_par(self, par, fill, border=True):
        pPr = par._p.get_or_add_pPr()
        if border:
            pPr.append(parse_xml(
                f'<w:pBdr xmlns:w="{W_NS}">'
                '<w:top w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
                '<w:left w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
                '<w:bottom w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
                '<w:right w:val="single" w:sz="4" w:space="4" w:color="808080"/></w:pBdr>'))
        pPr.append(parse_xml(f'<w:shd xmlns:w="{W_NS}" w:val="clear" w:color="auto" w:fill="{fill}"/>'))

    # ------------------------------------------------------------------ tables
    def table(self, rows, widths_cm=None, style="Table Grid", header_fill=None, font_size=None, bold_first_col=False):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = self.doc.styles[style]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                if val is None:
                    continue
                self.cell_text(cell, val, size=font_size,
                               bold=(i == 0 and header_fill is not None) or (bold_first_col and j == 0))
                if i == 0 and header_fill:
                    self.shade_cell(cell, header_fill)
        if widths_cm:
            for row in t.rows:
                for j, w in enumerate(widths_cm):
                    row.cells[j].width = Cm(w)
        return t

    def cell_text(self, cell, segs, size=None, bold=False, italic=False, align=None):
        par = cell.paragraphs[0]
        for r in list(par.runs):
            r._r.getparent().remove(r._r)
        if isinstance(segs, list) and segs and isinstance(segs[0], list):
            # several paragraphs
            first = True
            for sub in segs:
                pp = par if first else cell.add_paragraph()
                first = False
                for r in self._runs(pp, sub):
                    if size:
                        r.font.size = Pt(size)
                    if bold and r.bold is None:
                        r.bold = True
                    if italic:
                        r.italic = True
            return
        for r in self._runs(par, segs):
            if size:
                r.font.size = Pt(size)
            if bold and r.bold is None:
                r.bold = True
            if italic:
                r.italic = True
        if align == "center":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def shade_cell(self, cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        for old in tcPr.findall(qn("w:shd")):
            tcPr.remove(old)
        tcPr.append(parse_xml(f'<w:shd xmlns:w="{W_NS}" w:val="clear" w:color="auto" w:fill="{fill}"/>'))

    def merge(self, table, r1, c1, r2, c2, segs=None, fill=None, size=None, bold=False, italic=False, align=None):
        a = table.cell(r1, c1).merge(table.cell(r2, c2))
        if segs is not None:
            # drop the extra empty paragraphs merging leaves behind
            for extra in a.paragraphs[1:]:
                extra._p.getparent().remove(extra._p)
            self.cell_text(a, segs, size=size, bold=bold, italic=italic, align=align)
        if fill:
            self.shade_cell(a, fill)
        return a

    # --------------------------------------------------------------- text box
    def textbox(self, paragraphs, width_pt=440, fill="FFFFFF", stroke="7F7F7F", container=None):
        """paragraphs: list of segment lists. A VML text box anchored in its own paragraph."""
        self._tb += 1
        inner = []
        for segs in paragraphs:
            if isinstance(segs, str):
                segs = [segs]
            rs = []
            for seg in segs:
                text, fmt = (seg, {}) if isinstance(seg, str) else seg
                rpr = ""
                if fmt.get("b"):
                    rpr += "<w:b/>"
                if fmt.get("i"):
                    rpr += "<w:i/>"
                if fmt.get("size"):
                    rpr += f'<w:sz w:val="{int(fmt["size"] * 2)}"/>'
                rs.append(f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r>')
            inner.append(f'<w:p><w:pPr><w:spacing w:after="80"/></w:pPr>{"".join(rs)}</w:p>')
        xml = (f'<w:r xmlns:w="{W_NS}" xmlns:v="{V_NS}" xmlns:o="{O_NS}"><w:pict>'
               f'<v:shape id="pa_tb{self._tb}" o:spid="_x0000_s10{self._tb:02d}" type="#_x0000_t202" '
               f'style="width:{width_pt}pt;height:60pt;mso-wrap-style:square;mso-position-horizontal:center;'
               f'mso-fit-shape-to-text:t" fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1pt">'
               f'<v:textbox style="mso-fit-shape-to-text:t" inset="7pt,5pt,7pt,5pt"><w:txbxContent>{"".join(inner)}'
               '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
        par = (container or self.doc).add_paragraph()
        par._p.append(parse_xml(xml))
        return par

    # ----------------------------------------------------------- revisions
    def _next_rev(self):
        self._rev += 1
        return self._rev

    def ins(self, par, text, author, date=DATE, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        par._p.append(parse_xml(
            f'<w:ins xmlns:w="{W_NS}" w:id="{self._next_rev()}" w:author="{esc(author)}" w:date="{date}">'
            f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>'))

    def dele(self, par, text, author, date=DATE):
        par._p.append(parse_xml(
            f'<w:del xmlns:w="{W_NS}" w:id="{self._next_rev()}" w:author="{esc(author)}" w:date="{date}">'
            f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>'))

    def run(self, par, text, **fmt):
        return self._runs(par, [(text, fmt)])[0]

    # -------------------------------------------------------------- comments
    def comment(self, runs, text, author, initials):
        return self.doc.add_comment(runs, text=text, author=author, initials=initials)

    # ------------------------------------------------------------- footnotes
    def _fn_part(self):
        if self._footnotes is None:
            xml = (f'<w:footnotes xmlns:w="{W_NS}">'
                   '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                   '<w:r><w:separator/></w:r></w:p></w:footnote>'
                   '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                   '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>')
            part = XmlPart(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, parse_xml(xml), self.doc.part.package)
            self.doc.part.relate_to(part, RT.FOOTNOTES)
            self._footnotes = part
        return self._footnotes

    def footnote(self, par, text):
        part = self._fn_part()
        self._fn_id += 1
        fid = self._fn_id
        part.element.append(parse_xml(
            f'<w:footnote xmlns:w="{W_NS}" w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>'))
        par._p.append(parse_xml(
            f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))

    # ------------------------------------------------------ header / footer
    def header_footer(self, header_segs, footer_segs, page_field=True):
        sec = self.doc.sections[0]
        hp = sec.header.paragraphs[0]
        self._runs(hp, header_segs)
        for r in hp.runs:
            r.font.size = Pt(8.5)
        fp = sec.footer.paragraphs[0]
        self._runs(fp, footer_segs)
        for r in fp.runs:
            r.font.size = Pt(8.5)
        if page_field:
            fp.add_run("  Page ").font.size = Pt(8.5)
            fp._p.append(parse_xml(f'<w:fldSimple xmlns:w="{W_NS}" w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="17"/>'
                                   '</w:rPr><w:t>1</w:t></w:r></w:fldSimple>'))

    def page_break(self):
        from docx.enum.text import WD_BREAK
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def save(self, path):
        self.doc.save(path)
