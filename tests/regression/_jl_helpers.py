"""Shared raw-OOXML helpers for the jl-* build scripts (python-docx plus lxml fragments)."""
from xml.sax.saxutils import escape

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Pt
from docx.text.paragraph import Paragraph

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NS_ALL = (W + ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
          ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
DATE = "2009-02-11T10:14:00Z"
import itertools
_IDS = itertools.count(600)


def rpr(b=False, i=False, color=None, sz=None, caps=False, strike=False, font=None):
    x = ""
    if font:
        x += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>'
    if b:
        x += "<w:b/>"
    if i:
        x += "<w:i/>"
    if caps:
        x += "<w:caps/>"
    if strike:
        x += "<w:strike/>"
    if color:
        x += f'<w:color w:val="{color}"/>'
    if sz:
        x += f'<w:sz w:val="{int(sz * 2)}"/>'
    return f"<w:rPr>{x}</w:rPr>" if x else ""


def run(text, **kw):
    parts = text.split("\n")
    out = ""
    for n, t in enumerate(parts):
        if n:
            out += "<w:br/>"
        out += f'<w:t xml:space="preserve">{escape(t)}</w:t>'
    return f"<w:r>{rpr(**kw)}{out}</w:r>"


def runs_xml(content, **kw):
    """content: str or list of str / (str, dict) / raw-xml marker ('<raw>', xml)."""
    if isinstance(content, str):
        return run(content, **kw)
    out = ""
    for c in content:
        if isinstance(c, str):
            out += run(c, **kw)
        elif c[0] == "<raw>":
            out += c[1]
        else:
            d = dict(kw)
            d.update(c[1])
            out += run(c[0], **d)
    return out


def ppr(style=None, align=None, shade=None, ind=None, before=None, after=None, keep=False):
    x = ""
    if style:
        x += f'<w:pStyle w:val="{style}"/>'
    if keep:
        x += "<w:keepNext/>"
    if shade:
        x += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if before is not None or after is not None:
        x += f'<w:spacing w:before="{before or 0}" w:after="{after if after is not None else 120}"/>'
    if ind:
        x += f'<w:ind w:left="{ind}"/>'
    if align:
        x += f'<w:jc w:val="{align}"/>'
    return f"<w:pPr>{x}</w:pPr>" if x else ""


def p_xml(content="", style=None, align=None, shade=None, ind=None, before=None, after=None, keep=False, **kw):
    return f"<w:p>{ppr(style, align, shade, ind, before, after, keep)}{runs_xml(content, **kw) if content else ''}</w:p>"


def ins_run(text, author="Ruth Aske", date=DATE, rid=[900], **kw):
    rid[0] += 1
    return ("<raw>", f'<w:ins w:id="{next(_IDS)}" w:author="{author}" w:date="{date}">{run(text, **kw)}</w:ins>')


def del_run(text, author="Ruth Aske", date=DATE, rid=[700], **kw):
    rid[0] += 1
    r = run(text, **kw).replace("<w:t ", "<w:delText ").replace("</w:t>", "</w:delText>")
    return ("<raw>", f'<w:del w:id="{next(_IDS)}" w:author="{author}" w:date="{date}">{r}</w:del>')


def fn_ref(n):
    return ("<raw>", f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>')


class Doc:
    def __init__(self, base_font="Calibri", size=10.5):
        self.d = docx.Document()
        st = self.d.styles["Normal"]
        st.font.name = base_font
        st.font.size = Pt(size)
        self.body = self.d.element.body
        self.sect = self.body[-1]
        self.footnotes = []

    def add(self, xml):
        el = parse_xml(xml.replace("<w:p>", f"<w:p {NS_ALL}>", 1) if xml.startswith("<w:p>") else
                       xml.replace("<w:tbl>", f"<w:tbl {NS_ALL}>", 1))
        self.sect.addprevious(el)
        return el

    def p(self, content="", **kw):
        return Paragraph(self.add(p_xml(content, **kw)), self.d._body)

    def h(self, text, level=1):
        return self.p(text, style=f"Heading{level}")

    def bullets(self, items, mark="\u2022", ind=360):
        for it in items:
            c = [mark + "\t"] + ([it] if isinstance(it, str) else list(it))
            self.p(c, ind=ind)

    def deleted_para(self, text, author="Ruth Aske", date=DATE, **kw):
        r = run(text, **kw).replace("<w:t ", "<w:delText ").replace("</w:t>", "</w:delText>")
        xml = (f'<w:p><w:pPr><w:rPr><w:del w:id="{next(_IDS)}" w:author="{author}" w:date="{date}"/></w:rPr></w:pPr>'
               f'<w:del w:id="{next(_IDS)}" w:author="{author}" w:date="{date}">{r}</w:del></w:p>')
        return self.add(xml)

    def inserted_para(self, text, author="Ruth Aske", date=DATE, **kw):
        xml = (f'<w:p><w:pPr><w:rPr><w:ins w:id="{next(_IDS)}" w:author="{author}" w:date="{date}"/></w:rPr></w:pPr>'
               f'<w:ins w:id="{next(_IDS)}" w:author="{author}" w:date="{date}">{run(text, **kw)}</w:ins></w:p>')
        return self.add(xml)

    def table(self, rows, widths, border="808080", header_shade=None, font_sz=None):
        """rows: list of rows; a cell is str, list-of-runs, or dict(text=, span=, vmerge='restart'|'cont',
        shade=, b=, i=, paras=[...])."""
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        bd = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="{border}"/>'
                     for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        x = (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
             f'<w:tblBorders>{bd}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>')
        for ri, row in enumerate(rows):
            x += "<w:tr>"
            ci = 0
            for cell in row:
                if not isinstance(cell, dict):
                    cell = {"text": cell}
                span = cell.get("span", 1)
                w = sum(widths[ci:ci + span])
                tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
                if span > 1:
                    tcpr += f'<w:gridSpan w:val="{span}"/>'
                if cell.get("vmerge") == "restart":
                    tcpr += '<w:vMerge w:val="restart"/>'
                elif cell.get("vmerge") == "cont":
                    tcpr += "<w:vMerge/>"
                sh = cell.get("shade") or (header_shade if ri == 0 else None)
                if sh:
                    tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{sh}"/>'
                kw = {k: cell[k] for k in ("b", "i", "color") if k in cell}
                if font_sz:
                    kw["sz"] = font_sz
                if ri == 0 and header_shade:
                    kw.setdefault("b", True)
                paras = cell.get("paras", [cell.get("text", "")])
                body = "".join(p_xml(pc, after=40, **kw) if pc else "<w:p/>" for pc in paras) or "<w:p/>"
                if cell.get("vmerge") == "cont":
                    body = "<w:p/>"
                x += f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{body}</w:tc>"
                ci += span
            x += "</w:tr>"
        x += "</w:tbl>"
        el = self.add(x)
        self.p("", after=60)
        return el

    def textbox(self, paras, width_pt=430, height_pt=120, fill="F2F2F2"):
        inner = "".join(p_xml(pc, after=60) for pc in paras)
        xml = (f'<w:p><w:r><w:pict><v:shape id="tb{len(paras)}{width_pt}" type="#_x0000_t202" '
               f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center" '
               f'fillcolor="#{fill}" strokecolor="#4F6228"><v:textbox><w:txbxContent>{inner}'
               f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
        return self.add(xml)

    def footnote(self, text):
        self.footnotes.append(text)
        return fn_ref(len(self.footnotes))

    def comment(self, para, text, author="Ruth Aske", initials="RA"):
        self.d.add_comment(para.runs, text=text, author=author, initials=initials)

    def header_footer(self, header, footer):
        s = self.d.sections[0]
        s.header.paragraphs[0].text = header
        s.footer.paragraphs[0].text = footer

    def landscape_none(self):
        pass

    def save(self, path):
        if self.footnotes:
            fx = (f'<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
                  '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
                  '<w:continuationSeparator/></w:r></w:p></w:footnote>')
            for n, t in enumerate(self.footnotes, 1):
                fx += (f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                       f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>')
            fx += "</w:footnotes>"
            part = Part(PackURI("/word/footnotes.xml"),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                        fx.encode("utf-8"), self.d.part.package)
            self.d.part.relate_to(part, RT.FOOTNOTES)
        self.d.save(path)
