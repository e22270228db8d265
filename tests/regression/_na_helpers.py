"""Shared python-docx helpers for the na-* build scripts (blind set, writer a).

python-docx for ordinary paragraphs, tables, styles, headers, footers and comments; raw OOXML for what it cannot
do: tracked changes (w:ins / w:del with author and date), footnotes (a footnotes part built at save time), text boxes
(a wps shape with a VML fallback, as Word writes them), cell shading, merged cells and simple fields.
"""
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


PPR_SEQ = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
           "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
           "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
           "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
           "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]
RPR_SEQ = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
           "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w",
           "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign",
           "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath", "ins", "del"]
TCPR_SEQ = ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
            "textDirection", "tcFitText", "vAlign", "hideMark"]


def insert_ordered(parent, el, seq):
    """Insert el among parent's children in schema order (Word rejects out-of-order properties)."""
    name = el.tag.split("}")[1]
    pos = seq.index(name)
    for child in parent:
        cname = child.tag.split("}")[1] if "}" in child.tag else child.tag
        if cname in seq and seq.index(cname) > pos:
            child.addprevious(el)
            return el
    parent.append(el)
    return el


def _segments(text):
    """A paragraph's text: a str, or a list of str / (str, {fmt}) pieces."""
    if isinstance(text, str):
        return [(text, {})]
    out = []
    for s in text:
        out.append((s, {}) if isinstance(s, str) else s)
    return out


def _rpr_xml(fmt):
    x = ""
    if fmt.get("font"):
        f = fmt["font"]
        x += f'<w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:cs="{f}"/>'
    if fmt.get("bold"):
        x += "<w:b/>"
    if fmt.get("italic"):
        x += "<w:i/>"
    if fmt.get("caps"):
        x += "<w:caps/>"
    if fmt.get("color"):
        x += f'<w:color w:val="{fmt["color"]}"/>'
    if fmt.get("size"):
        x += f'<w:sz w:val="{int(fmt["size"] * 2)}"/>'
    return f"<w:rPr>{x}</w:rPr>" if x else ""


class Builder:
    def __init__(self, font="Calibri", size=10.5, margins_cm=2.0, landscape=False):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
            rpr.append(rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(a), font)
        st.paragraph_format.space_after = Pt(4)
        sec = self.doc.sections[0]
        if landscape:
            from docx.enum.section import WD_ORIENT
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = sec.page_height, sec.page_width
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Cm(margins_cm))
        self._rev = 900
        self._shape = 1
        self.footnotes = []

    # ------------------------------------------------------------------ styles
    def para_style(self, name, size=None, bold=False, italic=False, caps=False, color=None, align=None,
                   before=None, after=None, font=None, small_caps=False, spacing=None, base="Normal"):
        st = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = self.doc.styles[base]
        st.quick_style = True
        f = st.font
        if size:
            f.size = Pt(size)
        f.bold = bold or None
        f.italic = italic or None
        f.all_caps = caps or None
        f.small_caps = small_caps or None
        if font:
            f.name = font
        if color:
            f.color.rgb = RGBColor.from_string(color)
        pf = st.paragraph_format
        if align:
            pf.alignment = ALIGN[align]
        if before is not None:
            pf.space_before = Pt(before)
        if after is not None:
            pf.space_after = Pt(after)
        if spacing:
            rpr = st.element.get_or_add_rPr()
            insert_ordered(rpr, parse_xml(f'<w:spacing {nsdecls("w")} w:val="{spacing}"/>'), RPR_SEQ)
        return st

    # ------------------------------------------------------------- paragraphs
    def add_runs(self, par, text, **base):
        runs = []
        for s, fmt in _segments(text):
            f = dict(base)
            f.update(fmt)
            r = par.add_run(s)
            if f.get("bold"):
                r.bold = True
            if f.get("italic"):
                r.italic = True
            if f.get("caps"):
                r.font.all_caps = True
            if f.get("size"):
                r.font.size = Pt(f["size"])
            if f.get("color"):
                r.font.color.rgb = RGBColor.from_string(f["color"])
            if f.get("font"):
                r.font.name = f["font"]
            if f.get("underline"):
                r.underline = True
            runs.append(r)
        return runs

    def p(self, text="", style=None, align=None, shade=None, after=None, before=None, indent_cm=None,
          keep_next=False, border=None, container=None, **fmt):
        c = container if container is not None else self.doc
        par = c.add_paragraph(style=style) if style else c.add_paragraph()
        if text:
            self.add_runs(par, text, **fmt)
        if align:
            par.alignment = ALIGN[align]
        pf = par.paragraph_format
        if after is not None:
            pf.space_after = Pt(after)
        if before is not None:
            pf.space_before = Pt(before)
        if indent_cm is not None:
            pf.left_indent = Cm(indent_cm)
        if keep_next:
            pf.keep_with_next = True
        if shade:
            self.shade_par(par, shade)
        if border:
            self.border_par(par, border)
        return par

    def shade_par(self, par, fill):
        ppr = par._p.get_or_add_pPr()
        insert_ordered(ppr, parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
                       PPR_SEQ)

    def border_par(self, par, sides="bottom", sz=8, color="000000"):
        ppr = par._p.get_or_add_pPr()
        inner = "".join(f'<w:{s} w:val="single" w:sz="{sz}" w:space="1" w:color="{color}"/>'
                        for s in sides.split(","))
        insert_ordered(ppr, parse_xml(f'<w:pBdr {nsdecls("w")}>{inner}</w:pBdr>'), PPR_SEQ)

    def page_break(self):
        from docx.enum.text import WD_BREAK
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ----------------------------------------------------------------- tables
    def table(self, rows, widths_cm=None, style="Table Grid", header_fill=None, size=9, header_bold=True,
              container=None, align_center=False):
        c = container if container is not None else self.doc
        ncols = max(len(r) for r in rows)
        t = c.add_table(rows=len(rows), cols=ncols)
        if style:
            t.style = self.doc.styles[style]
        if align_center:
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                if val is None:
                    continue
                bold = header_bold and header_fill is not None and i == 0
                self.cell_text(cell, val, size=size, bold=bold)
            if i == 0 and header_fill:
                for j in range(ncols):
                    self.shade_cell(t.cell(0, j), header_fill)
        if widths_cm:
            for row in t.rows:
                for j, w in enumerate(widths_cm):
                    if j < len(row.cells):
                        row.cells[j].width = Cm(w)
        return t

    def cell_text(self, cell, val, size=9, bold=False, italic=False, align=None):
        """Write val into a cell: a str, a list of segments, or a list of paragraphs ("\n\n"-free lists)."""
        paras = val if isinstance(val, tuple) else (val,)
        first = True
        for pv in paras:
            par = cell.paragraphs[0] if first else cell.add_paragraph()
            if first:
                for r in list(par.runs):
                    r._r.getparent().remove(r._r)
            first = False
            self.add_runs(par, pv, size=size, bold=bold, italic=italic)
            par.paragraph_format.space_after = Pt(1)
            if align:
                par.alignment = ALIGN[align]
        return cell

    def shade_cell(self, cell, fill):
        tcpr = cell._tc.get_or_add_tcPr()
        for old in tcpr.findall(qn("w:shd")):
            tcpr.remove(old)
        insert_ordered(tcpr, parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
                       TCPR_SEQ)

    def merge_row(self, table, r, text, fill=None, size=9, bold=True, italic=False):
        a = table.cell(r, 0)
        b = table.cell(r, len(table.columns) - 1)
        m = a.merge(b)
        for par in m.paragraphs[1:]:
            par._p.getparent().remove(par._p)
        self.cell_text(m, text, size=size, bold=bold, italic=italic)
        if fill:
            self.shade_cell(m, fill)
        return m

    def merge_down(self, table, c, r1, r2, text=None, size=9, bold=False):
        m = table.cell(r1, c).merge(table.cell(r2, c))
        for par in m.paragraphs[1:]:
            par._p.getparent().remove(par._p)
        if text is not None:
            self.cell_text(m, text, size=size, bold=bold)
        return m

    # ---------------------------------------------------------- tracked changes
    def _rid(self):
        self._rev += 1
        return self._rev

    def _run_xml(self, text, fmt=None, deleted=False):
        tag = "w:delText" if deleted else "w:t"
        return f'<w:r>{_rpr_xml(fmt or {})}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'

    def ins_runs(self, par, text, author, date, **fmt):
        """Append text to a paragraph as a tracked insertion."""
        runs = "".join(self._run_xml(s, {**fmt, **f}) for s, f in _segments(text))
        el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{self._rid()}" w:author="{escape(author)}" '
                       f'w:date="{date}">{runs}</w:ins>')
        par._p.append(el)
        return el

    def del_runs(self, par, text, author, date, **fmt):
        """Append text to a paragraph as a tracked deletion (w:delText: not part of the submission)."""
        runs = "".join(self._run_xml(s, {**fmt, **f}, deleted=True) for s, f in _segments(text))
        el = parse_xml(f'<w:del {nsdecls("w")} w:id="{self._rid()}" w:author="{escape(author)}" '
                       f'w:date="{date}">{runs}</w:del>')
        par._p.append(el)
        return el

    def _mark_para(self, par, kind, author, date):
        ppr = par._p.get_or_add_pPr()
        rpr = ppr.find(qn("w:rPr"))
        if rpr is None:
            rpr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
            insert_ordered(ppr, rpr, PPR_SEQ)
        rpr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{self._rid()}" w:author="{escape(author)}" '
                             f'w:date="{date}"/>'))

    def ins_par(self, text, author, date, style=None, container=None, **fmt):
        """A whole paragraph inserted with tracked changes on (its mark too)."""
        c = container if container is not None else self.doc
        par = c.add_paragraph(style=style) if style else c.add_paragraph()
        self._mark_para(par, "ins", author, date)
        self.ins_runs(par, text, author, date, **fmt)
        return par

    def del_par(self, text, author, date, style=None, container=None, **fmt):
        """A whole paragraph deleted with tracked changes on (its mark too)."""
        c = container if container is not None else self.doc
        par = c.add_paragraph(style=style) if style else c.add_paragraph()
        self._mark_para(par, "del", author, date)
        self.del_runs(par, text, author, date, **fmt)
        return par

    # --------------------------------------------------------------- footnotes
    def footnote(self, par, text):
        """Add a footnote reference at the end of par; the note's text goes to footnotes.xml."""
        fid = len(self.footnotes) + 1
        self.footnotes.append(text)
        par._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))
        return fid

    def _footnotes_part(self):
        notes = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for i, t in enumerate(self.footnotes, 1):
            notes.append(
                f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="17"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="17"/></w:rPr><w:t xml:space="preserve"> {escape(t)}</w:t></w:r>'
                f'</w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<w:footnotes xmlns:w="{W_NS}" '
               f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
               + "".join(notes) + "</w:footnotes>")
        part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)

    # --------------------------------------------------------------- text boxes
    def textbox(self, paragraphs, width_cm=16.0, height_cm=4.0, fill="F2F2F2", line="404040", container=None,
                size=9.5, align=None):
        """An inline text box (wps shape, VML fallback) in its own paragraph. paragraphs: list of texts."""
        c = container if container is not None else self.doc
        host = c.add_paragraph()
        if align:
            host.alignment = ALIGN[align]
        body = ""
        for pv in paragraphs:
            fmt_base = {"size": size}
            runs = "".join(self._run_xml(s, {**fmt_base, **f}) for s, f in _segments(pv))
            body += f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{runs}</w:p>'
        cx, cy = int(width_cm * 360000), int(height_cm * 360000)
        n = self._shape
        self._shape += 1
        wpt, hpt = width_cm * 28.3465, height_cm * 28.3465
        xml = f'''<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>
<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{500 + n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t">
<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"
 path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>
</v:shapetype><v:shape id="Text Box {n}" o:spid="_x0000_s{1024 + n}" type="#_x0000_t202"
 style="width:{wpt:.1f}pt;height:{hpt:.1f}pt;mso-position-horizontal-relative:char;mso-position-vertical-relative:line"
 fillcolor="#{fill}" strokecolor="#{line}" strokeweight="1pt"><v:textbox><w:txbxContent>{body}</w:txbxContent>
</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''
        host._p.append(parse_xml(xml))
        return host

    # ------------------------------------------------------------------ comments
    def comment(self, runs, text, author, initials):
        if not isinstance(runs, (list, tuple)):
            runs = [runs]
        return self.doc.add_comment(runs, text=text, author=author, initials=initials)

    # ----------------------------------------------------------- header, footer
    def header_footer(self, header, footer, page_label="Page ", size=8):
        sec = self.doc.sections[0]
        hp = sec.header.paragraphs[0]
        self.add_runs(hp, header, size=size)
        fp = sec.footer.paragraphs[0]
        self.add_runs(fp, footer, size=size)
        if page_label is not None:
            fp2 = sec.footer.add_paragraph()
            fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            self.add_runs(fp2, page_label, size=size)
            fp2._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr>'
                                    f'<w:sz w:val="{size * 2}"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'))
        return hp, fp

    # --------------------------------------------------------------------- save
    def save(self, path):
        if self.footnotes:
            self._footnotes_part()
        self.doc.save(path)
