"""Shared helpers for the ih-* build scripts: python-docx plus raw OOXML for
tracked changes (w:ins / w:del), footnotes, a VML text box, merged and shaded
cells, headers and footers. Comments use python-docx's own add_comment."""
import copy
from docx import Document
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2009-01-14T10:00:00Z"


class Builder:
    def __init__(self, header=None, footer=None, font="Garamond", size=11):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        self._rev = 100
        self._fn = []  # (id, text)
        sec = self.doc.sections[0]
        if header:
            sec.header.paragraphs[0].text = header
        if footer:
            sec.footer.paragraphs[0].text = footer

    # ---- paragraphs -------------------------------------------------
    def p(self, segs, style=None, where=None, bold=False, italic=False, size=None, shade=None):
        """segs: a str or a list of str / (kind, ...) tuples.
        kinds: b, i, bi, ins, del, fn (footnote), cm (anchor, comment), br (line break)"""
        tgt = where if where is not None else self.doc
        para = tgt.add_paragraph(style=style) if style else tgt.add_paragraph()
        if isinstance(segs, str):
            segs = [segs]
        for s in segs:
            if isinstance(s, str):
                r = para.add_run(s)
                r.bold = bold or None
                r.italic = italic or None
                if size:
                    r.font.size = Pt(size)
                continue
            k = s[0]
            if k in ("b", "i", "bi"):
                r = para.add_run(s[1])
                r.bold = "b" in k
                r.italic = "i" in k
                if size:
                    r.font.size = Pt(size)
            elif k == "br":
                para.add_run().add_break(WD_BREAK.LINE)
            elif k == "ins":
                self._track(para, "ins", s[1], s[2] if len(s) > 2 else "J. Aldous")
            elif k == "del":
                self._track(para, "del", s[1], s[2] if len(s) > 2 else "J. Aldous")
            elif k == "fn":
                self._footnote_ref(para, s[1])
            elif k == "cm":
                r = para.add_run(s[1])
                self.doc.add_comment(r, text=s[2], author=s[3] if len(s) > 3 else "M. Okafor",
                                     initials="MO")
        if shade:
            pPr = para._p.get_or_add_pPr()
            pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{shade}"/>'))
        return para

    def _track(self, para, kind, text, author):
        self._rev += 1
        t = escape(text)
        if kind == "ins":
            xml = (f'<w:ins {W} w:id="{self._rev}" w:author="{author}" w:date="{DATE}">'
                   f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:ins>')
        else:
            xml = (f'<w:del {W} w:id="{self._rev}" w:author="{author}" w:date="{DATE}">'
                   f'<w:r><w:delText xml:space="preserve">{t}</w:delText></w:r></w:del>')
        para._p.append(parse_xml(xml))

    def _footnote_ref(self, para, text):
        fid = len(self._fn) + 1
        self._fn.append((fid, text))
        para._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))

    def bullets(self, items, where=None, style="List Bullet"):
        for it in items:
            self.p(it, style=style, where=where)

    def h(self, text, level=1):
        return self.doc.add_heading(text, level=level)

    # ---- tables -----------------------------------------------------
    def table(self, rows, widths=None, style="Table Grid", header_fill="D9D9D9", merges=(), fills=None,
              bold_first_col=False):
        """rows: list of lists of cell content (str or segs list). merges: (r1,c1,r2,c2) tuples.
        fills: {(r,c): hex}."""
        nrows, ncols = len(rows), max(len(r) for r in rows)
        t = self.doc.add_table(rows=nrows, cols=ncols)
        t.style = style
        for ri, row in enumerate(rows):
            for ci in range(ncols):
                val = row[ci] if ci < len(row) else ""
                cell = t.cell(ri, ci)
                cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
                parts = val if isinstance(val, list) and val and isinstance(val[0], list) else [val]
                for part in parts:
                    bold = (ri == 0 and header_fill) or (bold_first_col and ci == 0)
                    self.p(part if part != "" else "", where=cell, bold=bool(bold))
        if header_fill:
            for ci in range(ncols):
                self.shade(t.cell(0, ci), header_fill)
        for (r, c), f in (fills or {}).items():
            self.shade(t.cell(r, c), f)
        for (r1, c1, r2, c2) in merges:
            a = t.cell(r1, c1)
            keep = a.text
            m = a.merge(t.cell(r2, c2))
            # python-docx concatenates paragraphs; keep only the first text
            ps = m.paragraphs
            for extra in ps[1:]:
                if not extra.text.strip():
                    extra._p.getparent().remove(extra._p)
        return t

    @staticmethod
    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))

    # ---- text box ---------------------------------------------------
    def textbox(self, paras, fill="F2F2F2", height_pt=150):
        """A VML text box anchored in its own paragraph. paras: list of str."""
        inner = "".join(
            f'<w:p><w:r><w:t xml:space="preserve">{escape(x)}</w:t></w:r></w:p>' for x in paras)
        xml = (f'<w:p {W} xmlns:v="urn:schemas-microsoft-com:vml" '
               f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
               f'<v:shape id="tb{len(paras)}{height_pt}" type="#_x0000_t202" '
               f'style="width:440pt;height:{height_pt}pt;mso-position-horizontal:center" fillcolor="#{fill}" strokecolor="#7F7F7F">'
               f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape>'
               f'</w:pict></w:r></w:p>')
        self.doc.element.body.append(parse_xml(xml))
        # keep sectPr last
        body = self.doc.element.body
        sp = body.find(qn("w:sectPr"))
        if sp is not None:
            body.remove(sp)
            body.append(sp)

    # ---- save -------------------------------------------------------
    def save(self, path):
        if self._fn:
            items = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                     '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
            for fid, text in self._fn:
                items.append(
                    f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                    f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                    f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
            xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>' + "".join(items) + '</w:footnotes>'
            part = Part(PackURI("/word/footnotes.xml"),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                        xml.encode("utf-8"), self.doc.part.package)
            self.doc.part.relate_to(part, RT.FOOTNOTES)
        self.doc.save(path)
