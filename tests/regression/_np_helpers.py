"""Shared python-docx and raw-OOXML helpers for the np-* build scripts.

Tracked changes (w:ins / w:del, whole inserted or deleted paragraphs), VML text boxes,
cell and paragraph shading, PAGE fields, grey prompt runs and a footnotes part added
after saving (python-docx cannot write footnotes).
"""
import re
import shutil
import tempfile
import zipfile
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
GREY = RGBColor(0x80, 0x80, 0x80)

_ids = [900]


def next_id():
    _ids[0] += 1
    return _ids[0]


def _rpr(bold=False, italic=False, color=None, size=None, superscript=False):
    parts = []
    if bold:
        parts.append("<w:b/>")
    if italic:
        parts.append("<w:i/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        parts.append(f'<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>')
    if superscript:
        parts.append('<w:vertAlign w:val="superscript"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def run_xml(text, deleted=False, **fmt):
    tag = "w:delText" if deleted else "w:t"
    pieces = [f'<{tag} xml:space="preserve">{escape(part)}</{tag}>' if part else "" for part in text.split("\t")]
    return f'<w:r>{_rpr(**fmt)}{"<w:tab/>".join(pieces)}</w:r>'


def add_run(par, text, bold=False, italic=False, grey=False, size=None):
    r = par.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if grey:
        r.font.color.rgb = GREY
    if size:
        r.font.size = Pt(size)
    return r


def add_ins(par, text, author, date, **fmt):
    el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{next_id()}" w:author="{author}" w:date="{date}">'
                   f"{run_xml(text, **fmt)}</w:ins>")
    par._p.append(el)
    return el


def add_del(par, text, author, date, **fmt):
    el = parse_xml(f'<w:del {nsdecls("w")} w:id="{next_id()}" w:author="{author}" w:date="{date}">'
                   f"{run_xml(text, deleted=True, **fmt)}</w:del>")
    par._p.append(el)
    return el


def _mark_par(par, kind, author, date):
    pPr = par._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        sect = pPr.find(qn("w:sectPr"))
        if sect is not None:
            sect.addprevious(rPr)
        else:
            pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {nsdecls("w")} w:id="{next_id()}" w:author="{author}" w:date="{date}"/>'))


def inserted_paragraph(doc_or_cell, text, author, date, style=None, bold_lead=None):
    """A whole paragraph that is a tracked insertion (text and paragraph mark)."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if bold_lead:
        add_ins(p, bold_lead, author, date, bold=True)
    add_ins(p, text, author, date)
    _mark_par(p, "ins", author, date)
    return p


def deleted_paragraph(doc_or_cell, text, author, date, style=None, bold_lead=None):
    """A whole paragraph that is a tracked deletion (text and paragraph mark)."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if bold_lead:
        add_del(p, bold_lead, author, date, bold=True)
    add_del(p, text, author, date)
    _mark_par(p, "del", author, date)
    return p


_PPR_AFTER_SHD = ["w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
                  "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
                  "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                  "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                  "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"]


def shade_paragraph(par, fill="D9D9D9"):
    pPr = par._p.get_or_add_pPr()
    shd = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    for tag in _PPR_AFTER_SHD:
        nxt = pPr.find(qn(tag))
        if nxt is not None:
            nxt.addprevious(shd)
            return
    pPr.append(shd)


def shade_cell(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    for tag in ["w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"]:
        nxt = tcPr.find(qn(tag))
        if nxt is not None:
            nxt.addprevious(shd)
            return
    tcPr.append(shd)


def set_table_borders(table, sz=4):
    tblPr = table._tbl.tblPr
    b = "".join(f'<w:{e} w:val="single" w:sz="{sz}" w:space="0" w:color="000000"/>'
                for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    el = parse_xml(f'<w:tblBorders {nsdecls("w")}>{b}</w:tblBorders>')
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    # tblBorders comes after tblW/jc/tblCellSpacing/tblInd and before shd/tblLayout/tblCellMar/tblLook
    for tag in ["w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"]:
        nxt = tblPr.find(qn(tag))
        if nxt is not None:
            nxt.addprevious(el)
            return
    tblPr.append(el)


def cell_text(cell, text, bold=False, italic=False, size=None, grey=False):
    """Replace the cell's first paragraph text with one run."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    add_run(p, text, bold=bold, italic=italic, size=size, grey=grey)
    return p


def add_page_field(par, prefix="Page "):
    if prefix:
        par.add_run(prefix)
    par._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def add_numpages_field(par, prefix=" of "):
    if prefix:
        par.add_run(prefix)
    par._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def textbox_paragraph_xml(runs, shade=None):
    """runs: list of (text, fmt dict). Returns a w:p string for inside w:txbxContent."""
    ppr = f'<w:pPr><w:shd w:val="clear" w:color="auto" w:fill="{shade}"/></w:pPr>' if shade else ""
    return "<w:p>" + ppr + "".join(run_xml(t, **f) for t, f in runs) + "</w:p>"


_shapetype_done = []


def add_textbox(par, paragraphs_xml, width_pt=430, height_pt=150, floating=False, left_pt=0, top_pt=0,
                shape_id="npTextBox1"):
    """Put a VML text box in a run of `par`. paragraphs_xml: list of w:p strings."""
    if floating:
        style = (f"position:absolute;margin-left:{left_pt}pt;margin-top:{top_pt}pt;width:{width_pt}pt;"
                 f"height:{height_pt}pt;z-index:251659264;mso-position-horizontal-relative:margin;"
                 f"mso-position-vertical-relative:paragraph")
    else:
        style = f"width:{width_pt}pt;height:{height_pt}pt"
    wrap = '<w10:wrap type="square"/>' if floating else ""
    shapetype = ""
    if not _shapetype_done:
        _shapetype_done.append(True)
        shapetype = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                     'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
                     '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word">'
           f'<w:pict>{shapetype}'
           f'<v:shape id="{shape_id}" o:spid="_x0000_s{next_id()}" type="#_x0000_t202" style="{style}" '
           f'strokeweight="1pt" fillcolor="#FFFFFF">'
           f'<v:textbox inset="6pt,6pt,6pt,6pt"><w:txbxContent>{"".join(paragraphs_xml)}</w:txbxContent></v:textbox>'
           f'{wrap}</v:shape></w:pict></w:r>')
    par._p.append(parse_xml(xml))


def footnote_ref(par, fn_id):
    """A footnote reference mark; the footnote text is added by add_footnotes_part after saving."""
    par._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                            f'<w:footnoteReference w:id="{fn_id}"/></w:r>'))


def add_footnotes_part(path, notes):
    """notes: {id: text}, ids from 1. Adds word/footnotes.xml, its relationship and content type."""
    body = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, text in sorted(notes.items()):
        body.append(f'<w:footnote w:id="{i}"><w:p>'
                    f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                    f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
    fxml = (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            f'<w:footnotes xmlns:w="{W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            + "".join(body) + "</w:footnotes>")
    tmp = tempfile.mktemp(suffix=".docx")
    shutil.copy(path, tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                s = data.decode()
                s = s.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType='
                              '"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
                data = s.encode()
            elif item.filename == "word/_rels/document.xml.rels":
                s = data.decode()
                s = s.replace("</Relationships>", '<Relationship Id="rIdNpFootnotes" Type='
                              '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" '
                              'Target="footnotes.xml"/></Relationships>')
                data = s.encode()
            elif item.filename == "word/settings.xml":
                s = data.decode()
                if "<w:footnotePr>" not in s:
                    s = re.sub(r"(<w:settings[^>]*>)", r'\1<w:footnotePr><w:footnote w:id="-1"/>'
                               r'<w:footnote w:id="0"/></w:footnotePr>', s, count=1)
                    # footnotePr must follow a handful of earlier settings; Word tolerates it after
                    # w:zoom etc. only in order, so move it after the last of those if present.
                    s = _reorder_footnotepr(s)
                data = s.encode()
            zout.writestr(item, data)
        zout.writestr("word/footnotes.xml", fxml)
    os = __import__("os")
    os.remove(tmp)


_SETTINGS_BEFORE_FOOTNOTEPR = [
    "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime", "doNotDisplayPageBoundaries",
    "displayBackgroundShape", "printPostScriptOverText", "printFractionalCharacterWidth", "printFormsData",
    "embedTrueTypeFonts", "embedSystemFonts", "saveSubsetFonts", "saveFormsData", "mirrorMargins",
    "alignBordersAndEdges", "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter", "gutterAtTop",
    "hideSpellingErrors", "hideGrammaticalErrors", "activeWritingStyle", "proofState", "formsDesign",
    "attachedTemplate", "linkStyles", "stylePaneFormatFilter", "stylePaneSortMethod", "documentType",
    "mailMerge", "revisionView", "trackRevisions", "doNotTrackMoves", "doNotTrackFormatting",
    "documentProtection", "autoFormatOverride", "styleLockTheme", "styleLockQFSet", "defaultTabStop",
    "autoHyphenation", "consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps",
    "showEnvelope", "summaryLength", "clickAndTypeStyle", "defaultTableStyle", "evenAndOddHeaders",
    "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets", "drawingGridHorizontalSpacing",
    "drawingGridVerticalSpacing", "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery",
    "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin", "drawingGridVerticalOrigin",
    "doNotShadeFormData", "noPunctuationKerning", "characterSpacingControl", "printTwoOnOne",
    "strictFirstAndLastChars", "noLineBreaksAfter", "noLineBreaksBefore", "savePreviewPicture",
    "doNotValidateAgainstSchema", "saveInvalidXml", "ignoreMixedContent", "alwaysShowPlaceholderText",
    "doNotDemarcateInvalidXml", "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt",
    "showXMLTags", "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults"]


def _reorder_footnotepr(s):
    fp = '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    s = s.replace(fp, "", 1)
    last_end = None
    for name in _SETTINGS_BEFORE_FOOTNOTEPR:
        for m in re.finditer(rf"<w:{name}\b[^>]*/>|<w:{name}\b[^>]*>.*?</w:{name}>", s, re.S):
            if last_end is None or m.end() > last_end:
                last_end = m.end()
    if last_end is None:
        m = re.search(r"<w:settings[^>]*>", s)
        last_end = m.end()
    return s[:last_end] + fp + s[last_end:]
