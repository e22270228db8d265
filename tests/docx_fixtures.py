"""Small Word files built on the fly for the extractor's tests.

Each builder writes one .docx (with python-docx, plus raw OOXML where
python-docx has no API) showing one way people really write Word files:
tracked changes, comments, footnotes, text boxes, page headers and footers,
custom heading styles, typed headings and bullets, paragraphs broken by hard
returns, merged and nested table cells. Bad-input builders write files that
are not usable .docx at all.

The wording is invented and deliberately unlike the corpus.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
V_NS = "urn:schemas-microsoft-com:vml"

FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
ENDNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"

AUTHOR = "Pat Reviewer"
DATE = "2009-03-02T10:15:00Z"


# ----------------------------------------------------------------- helpers


def _run_xml(text: str, *, deleted: bool = False, bold: bool = False) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def _append_xml(paragraph, xml: str) -> None:
    """Append raw run-level OOXML (one element) to a python-docx paragraph."""
    paragraph._p.append(parse_xml(xml))


def _ins(text: str, rev_id: int) -> str:
    return (
        f'<w:ins xmlns:w="{W_NS}" w:id="{rev_id}" w:author="{AUTHOR}" w:date="{DATE}">'
        f"{_run_xml(text)}</w:ins>"
    )


def _del(text: str, rev_id: int) -> str:
    return (
        f'<w:del xmlns:w="{W_NS}" w:id="{rev_id}" w:author="{AUTHOR}" w:date="{DATE}">'
        f"{_run_xml(text, deleted=True)}</w:del>"
    )


def _save(doc, path: Path) -> Path:
    path = Path(path)
    doc.save(str(path))
    return path


# --------------------------------------------------------------- features


def tracked_changes(path: Path) -> Path:
    """Inserted and deleted runs, and a whole deleted paragraph whose mark is deleted."""
    doc = docx.Document()
    doc.add_heading("Admissions", level=1)
    p = doc.add_paragraph("Applicants are interviewed by ")
    _append_xml(p, _del("a single tutor from the faculty", 1))
    _append_xml(p, _ins("two tutors, one from a partner council", 2))
    p.add_run(" before an offer is made.")

    # A whole paragraph deleted, including its paragraph mark.
    gone = doc.add_paragraph()
    gone._p.insert(
        0,
        parse_xml(
            f'<w:pPr xmlns:w="{W_NS}"><w:rPr><w:del w:id="3" w:author="{AUTHOR}" '
            f'w:date="{DATE}"/></w:rPr></w:pPr>'
        ),
    )
    _append_xml(gone, _del("Weekend residentials are compulsory for every cohort.", 4))

    # A whole paragraph inserted.
    added = doc.add_paragraph()
    added._p.insert(
        0,
        parse_xml(
            f'<w:pPr xmlns:w="{W_NS}"><w:rPr><w:ins w:id="5" w:author="{AUTHOR}" '
            f'w:date="{DATE}"/></w:rPr></w:pPr>'
        ),
    )
    _append_xml(added, _ins("Mentors receive a stipend from the partnership budget.", 6))
    doc.add_paragraph("Offers are confirmed in writing within ten days.")
    return _save(doc, path)


def comments(path: Path) -> Path:
    """A comment anchored on a body paragraph."""
    doc = docx.Document()
    doc.add_heading("Resources", level=1)
    p = doc.add_paragraph()
    run = p.add_run("Learners borrow laptops from the loan desk.")
    doc.add_comment(
        run,
        text="Ask the librarian whether the quoted laptop budget is secured.",
        author="Jo Checker",
        initials="JC",
    )
    doc.add_paragraph("Opening hours are posted each term.")
    return _save(doc, path)


def footnote(path: Path) -> Path:
    """A real footnote: word/footnotes.xml, its relationship and a reference in the body."""
    doc = docx.Document()
    doc.add_heading("Staffing", level=1)
    p = doc.add_paragraph("The tutor team is small but experienced.")
    run = p.add_run()
    run._r.append(parse_xml(f'<w:footnoteReference xmlns:w="{W_NS}" w:id="1"/>'))
    doc.add_paragraph("Each tutor has a named deputy.")
    notes = (
        f'<w:footnotes xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> Both senior tutors hold doctorates in dyslexia research.</w:t>'
        "</w:r></w:p></w:footnote>"
        "</w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, notes.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    return _save(doc, path)


def endnote(path: Path) -> Path:
    """A real endnote (word/endnotes.xml), referenced from a body paragraph."""
    doc = docx.Document()
    doc.add_heading("Partners", level=1)
    p = doc.add_paragraph("Two councils co-teach the law module.")
    run = p.add_run()
    run._r.append(parse_xml(f'<w:endnoteReference xmlns:w="{W_NS}" w:id="1"/>'))
    notes = (
        f'<w:endnotes xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
        '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:endnote>"
        '<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> Agreements were signed by both chief officers.</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>They are renewed every third year.</w:t></w:r></w:p></w:endnote>'
        "</w:endnotes>"
    )
    part = Part(PackURI("/word/endnotes.xml"), ENDNOTES_CT, notes.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.ENDNOTES)
    return _save(doc, path)


def text_box(path: Path) -> Path:
    """A text box as Word writes it: mc:AlternateContent with a DrawingML Choice and a VML Fallback."""
    doc = docx.Document()
    doc.add_heading("Case study", level=1)
    doc.add_paragraph("See the box for a participant's account.")
    anchor = doc.add_paragraph()
    box_text = "Our mentor visited fortnightly and reviewed every lesson plan."
    inner = f'<w:p><w:r><w:t xml:space="preserve">{escape(box_text)}</w:t></w:r></w:p>'
    xml = (
        f'<w:r xmlns:w="{W_NS}" xmlns:mc="{MC_NS}" xmlns:wp="{WP_NS}" xmlns:a="{A_NS}" '
        f'xmlns:wps="{WPS_NS}" xmlns:v="{V_NS}">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset>'
        '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>'
        '</wp:positionV><wp:extent cx="2743200" cy="914400"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr/>"
        f"<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/>"
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape id="Text Box 1" type="#_x0000_t202" style="width:216pt;height:72pt">'
        f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    _append_xml(anchor, xml)
    doc.add_paragraph("The account is typical of our mentoring reports.")
    return _save(doc, path)


def content_controls(path: Path) -> Path:
    """A Word form: answers in content controls (w:sdt), one a block, one inline in a table cell, and
    two never filled, still showing their placeholder text (w:showingPlcHdr)."""
    from docx.oxml import parse_xml

    def sdt(inner: str, placeholder: bool) -> str:
        flag = "<w:showingPlcHdr/>" if placeholder else ""
        return (f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:alias w:val="Answer"/>{flag}</w:sdtPr>'
                f"<w:sdtContent>{inner}</w:sdtContent></w:sdt>")

    def para(text: str) -> str:
        return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'

    doc = docx.Document()
    doc.add_paragraph("2.4 Arrangements for taking the award over more than one year.")
    body = doc.element.body
    body.insert(len(body) - 1, parse_xml(sdt(para("Participants may spread the two modules over two years."), False)))
    doc.add_paragraph("2.3 The assessment-only route.")
    body.insert(len(body) - 1, parse_xml(sdt(para("Enter your response to 2.3 here, describing the route."), True)))
    t = doc.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Named tutor"
    cell_p = t.cell(0, 1).paragraphs[0]
    _append_xml(cell_p, sdt(_run_xml("Click here to enter text."), True))
    return _save(doc, path)


def header_footer(path: Path) -> Path:
    """Page header and footer text that must never become evidence."""
    doc = docx.Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Confidential draft prepared by the quality office"
    section.footer.paragraphs[0].text = "Page footer: printed copies are uncontrolled"
    doc.add_heading("Quality", level=1)
    doc.add_paragraph("External examiners report annually to the board.")
    return _save(doc, path)


def headings(path: Path) -> Path:
    """Styled, custom-styled and typed headings as people really write them."""
    doc = docx.Document()
    doc.add_paragraph("Harbourside Training Consortium", style="Title")
    custom = doc.styles.add_style("Provider Heading", WD_STYLE_TYPE.PARAGRAPH)
    custom.base_style = doc.styles["Heading 1"]
    outline = doc.styles.add_style("Side Title", WD_STYLE_TYPE.PARAGRAPH)
    outline.base_style = doc.styles["Normal"]
    outline.element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl xmlns:w="{W_NS}" w:val="1"/>'))

    doc.add_paragraph("Who we are", style="Provider Heading")  # custom based on Heading 1 -> 1
    doc.add_paragraph("We have trained teachers since the late eighties.")
    doc.add_paragraph("Local partners", style="Side Title")  # outlineLvl 1 -> 2
    doc.add_paragraph("Three councils share the steering group.")

    p = doc.add_paragraph()
    p.add_run("Criterion four").bold = False  # typed numbering, Normal style
    doc.add_paragraph("Participants complete a placement log.")
    doc.add_paragraph("3(b) Recognising earlier study")  # typed sub-numbering -> 2
    doc.add_paragraph("Credit from earlier modules is mapped by the registry.")

    b = doc.add_paragraph()
    b.add_run("Support for ").bold = True
    b.add_run("learners").bold = True  # entirely bold, short -> one below current (3)
    doc.add_paragraph("Every learner has a personal tutor.")

    doc.add_paragraph("Section 5 – Quality and review")  # typed numbering -> 1
    doc.add_paragraph("MONITORING AND EVALUATION")  # ALL CAPS -> 2
    doc.add_paragraph("Evaluations are summarised for the board.")
    doc.add_paragraph("4.2 Annual reporting")  # dotted numbering -> 2
    doc.add_paragraph("The board receives a report each July.")
    doc.add_heading("Appendix material", level=1)
    doc.add_paragraph("Part C")  # typed keyword numbering -> 1
    doc.add_paragraph("Section 3 covers the admissions cycle in full")  # a sentence, not a heading
    # a long bold paragraph is not a heading
    long_bold = doc.add_paragraph()
    long_bold.add_run(
        "This bold paragraph is far too long to be a heading because it runs on for well over fifteen words in total"
    ).bold = True
    doc.add_paragraph("1) Bring your own laptop")  # a typed list line, not a heading
    doc.add_paragraph().add_run("Table 2: Costs per learner").bold = True  # a caption
    doc.add_paragraph().add_run("7 Closing statement").bold = True  # bold + plain number -> 1
    doc.add_paragraph("We thank the panel for its time.")
    return _save(doc, path)


def table_of_contents(path: Path) -> Path:
    """A typed table of contents in Word's "toc 1" style: not evidence, skipped."""
    doc = docx.Document()
    toc = doc.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    toc.base_style = doc.styles["Normal"]
    doc.add_paragraph("Contents", style="TOC Heading")
    doc.add_paragraph("Governance\t2", style="toc 1")
    doc.add_paragraph("Delivery\t4", style="toc 1")
    doc.add_heading("Governance", level=1)
    doc.add_paragraph("A board meets each term.")
    return _save(doc, path)


def typed_bullets(path: Path) -> Path:
    """Lists typed by hand and lists made with Word's list styles."""
    doc = docx.Document()
    doc.add_heading("Delivery", level=1)
    doc.add_paragraph("Sessions include:")
    doc.add_paragraph("•\tlectures on the statutory framework")
    doc.add_paragraph("- peer observation in pairs")
    doc.add_paragraph("– case reviews with an educational psychologist")
    doc.add_paragraph("online discussion between sessions", style="List Bullet")
    for text in ("register with the library", "complete the self-audit"):
        p = doc.add_paragraph(text)  # Word numbering set on the paragraph itself
        p._p.insert(
            0,
            parse_xml(
                f'<w:pPr xmlns:w="{W_NS}"><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/>'
                "</w:numPr></w:pPr>"
            ),
        )
    sym = doc.add_paragraph()  # a bullet typed with Insert > Symbol (Symbol font F0B7)
    _append_xml(
        sym,
        f'<w:r xmlns:w="{W_NS}"><w:sym w:font="Symbol" w:char="F0B7"/><w:tab/>'
        "<w:t>a reflective journal</w:t></w:r>",
    )
    doc.add_paragraph("A final presentation closes the course.")
    return _save(doc, path)


def pdf_paste(path: Path) -> Path:
    """A paragraph broken by hard returns (and one by manual line breaks) as if pasted from a PDF."""
    doc = docx.Document()
    doc.add_heading("Assessment", level=1)
    doc.add_paragraph("Each participant submits a portfolio of evidence that is")
    doc.add_paragraph("moderated by a second marker drawn from another")
    doc.add_paragraph("partner institution.")
    doc.add_paragraph("Feedback is returned within three weeks.")
    doc.add_paragraph("Resubmission is allowed once.")
    p = doc.add_paragraph()
    r = p.add_run("Marks are confirmed at the exam board")
    r.add_break()
    r2 = p.add_run("held\teach June.")
    _ = r2
    return _save(doc, path)


def tables(path: Path) -> Path:
    """A table with a merged header row, a vertical merge, and a nested table."""
    doc = docx.Document()
    doc.add_heading("Module map", level=1)
    t = doc.add_table(rows=4, cols=3)
    t.cell(0, 0).merge(t.cell(0, 2))
    t.cell(0, 0).text = "Outcomes and where they are taught"
    t.cell(1, 0).text = "Outcome"
    t.cell(1, 1).text = "Module"
    t.cell(1, 2).text = "Assessed"
    t.cell(2, 0).text = "Working with parents"
    t.cell(2, 1).text = "Module two"
    t.cell(2, 2).text = "Yes"
    t.cell(3, 0).text = "Using data"
    t.cell(3, 1).text = "Module three"
    t.cell(3, 2).text = "Yes"
    merged = t.cell(2, 1).merge(t.cell(3, 1))  # vertical merge
    merged.text = "Modules two and three"
    doc.add_paragraph("Notes follow the second table.")

    outer = doc.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Placement"
    cell = outer.cell(0, 1)
    cell.text = "Arrangements:"
    inner = cell.add_table(rows=2, cols=2)
    inner.cell(0, 0).text = "Term one"
    inner.cell(0, 1).text = "Observation"
    inner.cell(1, 0).text = "Term two"
    inner.cell(1, 1).text = "Leading a review"
    cell.add_paragraph("Reviewed by the mentor.")
    doc.add_paragraph("End of tables.")
    return _save(doc, path)


def everything(path: Path) -> Path:
    """One document with several features at once (a smoke test)."""
    doc = docx.Document()
    doc.core_properties.title = "Combined sample application"
    doc.sections[0].header.paragraphs[0].text = "Running header text"
    doc.add_paragraph("SECTION A – ABOUT US")
    doc.add_paragraph("We are a teaching school alliance.")
    p = doc.add_paragraph("Our offer is ")
    _append_xml(p, _ins("free to member schools", 1))
    _append_xml(p, _del("charged at cost", 2))
    t = doc.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Contact"
    t.cell(0, 1).text = "The alliance office"
    return _save(doc, path)


# -------------------------------------------------------------- bad input


def empty_file(path: Path) -> Path:
    Path(path).write_bytes(b"")
    return Path(path)


def random_bytes(path: Path) -> Path:
    Path(path).write_bytes(bytes((i * 37 + 11) % 256 for i in range(4096)))
    return Path(path)


def truncated_zip(path: Path, source: Path) -> Path:
    data = Path(source).read_bytes()
    Path(path).write_bytes(data[: len(data) // 2])
    return Path(path)


def zip_without_document(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    return Path(path)


OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


def ole2_doc(path: Path) -> Path:
    Path(path).write_bytes(OLE2_MAGIC + b"\x00" * 1024 + "WordDocument".encode("utf-16-le") + b"\x00" * 512)
    return Path(path)


def ole2_encrypted(path: Path) -> Path:
    Path(path).write_bytes(
        OLE2_MAGIC + b"\x00" * 1024 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 512
    )
    return Path(path)


def zip_bomb(path: Path, uncompressed_bytes: int) -> Path:
    """A valid-looking .docx whose one extra member inflates enormously (zeros compress ~1000:1).

    Streams the member so the test never holds it in memory.
    """
    source = tables(Path(path).with_suffix(".src.docx"))
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        chunk = b"\x00" * (1 << 20)
        with zout.open("word/media/padding.bin", "w", force_zip64=True) as member:
            left = uncompressed_bytes
            while left > 0:
                n = min(left, len(chunk))
                member.write(chunk[:n])
                left -= n
    source.unlink()
    return Path(path)


def lying_zip_bomb(path: Path, real_bytes: int, declared_bytes: int = 1000) -> Path:
    """A .docx with an XML member whose zip directory understates its size.

    ``word/padding.xml`` really inflates to `real_bytes` of zeros but both its
    local header and the central directory declare `declared_bytes`, with the
    CRC of that many zeros, so the size checks on the directory pass.
    """
    import struct
    import zlib

    source = tables(Path(path).with_suffix(".src.docx"))
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        chunk = b"\x00" * (1 << 20)
        with zout.open("word/padding.xml", "w") as member:
            left = real_bytes
            while left > 0:
                n = min(left, len(chunk))
                member.write(chunk[:n])
                left -= n
    source.unlink()
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("word/padding.xml")
    data = bytearray(Path(path).read_bytes())
    crc = zlib.crc32(b"\x00" * declared_bytes)
    local = info.header_offset
    assert data[local : local + 4] == b"PK\x03\x04"
    struct.pack_into("<I", data, local + 14, crc)
    struct.pack_into("<I", data, local + 22, declared_bytes)
    name = b"word/padding.xml"
    central = data.find(b"PK\x01\x02")
    while central >= 0 and data[central + 46 : central + 46 + len(name)] != name:
        central = data.find(b"PK\x01\x02", central + 4)
    assert central > 0
    struct.pack_into("<I", data, central + 16, crc)
    struct.pack_into("<I", data, central + 24, declared_bytes)
    Path(path).write_bytes(bytes(data))
    return Path(path)


def corrupt_crc(path: Path) -> Path:
    """A .docx whose word/document.xml is stored uncompressed and then altered, breaking its CRC."""
    source = tables(Path(path).with_suffix(".src.docx"))
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=item.date_time)
            info.compress_type = zipfile.ZIP_STORED
            zout.writestr(info, zin.read(item.filename))
    source.unlink()
    data = bytearray(Path(path).read_bytes())
    marker = b"Working with parents"
    at = data.find(marker)
    assert at > 0
    data[at : at + 7] = b"WORKING"
    Path(path).write_bytes(bytes(data))
    return Path(path)


def malformed_xml(path: Path) -> Path:
    """A zip laid out like a .docx whose word/document.xml is not well-formed XML."""
    source = comments(Path(path).with_suffix(".src.docx"))
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            zout.writestr(item, data)
    source.unlink()
    return Path(path)


_CT = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)


def bare_package(path: Path, *, with_rels: bool = True) -> Path:
    """A minimal package as non-Word producers write it: no styles.xml, no core
    properties, and no ``r`` namespace declared (docx2python fails on that)."""
    body = (
        '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Overview</w:t></w:r></w:p>'
        "<w:p><w:r><w:t>Sessions run on Tuesday evenings.</w:t></w:r></w:p>"
        "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Venue</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>The town library hosts every session.</w:t></w:r></w:p>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        if with_rels:
            zf.writestr("_rels/.rels", _RELS)
        zf.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>{body}'
            "</w:body></w:document>",
        )
    return Path(path)


def footnote_part_without_r(path: Path) -> Path:
    """The footnote fixture with the r prefix undeclared in word/footnotes.xml only."""
    source = footnote(Path(path).with_suffix(".src.docx"))
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/footnotes.xml":
                data = data.replace(f' xmlns:r="{R_NS}"'.encode(), b"")
            zout.writestr(item, data)
    source.unlink()
    return Path(path)


STRICT = {
    W_NS: "http://purl.oclc.org/ooxml/wordprocessingml/main",
    R_NS: "http://purl.oclc.org/ooxml/officeDocument/relationships",
}


def strict_ooxml(path: Path) -> Path:
    """The tables fixture saved as Strict Open XML (purl.oclc.org namespaces)."""
    source = tables(Path(path).with_suffix(".src.docx"))
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.endswith((".xml", ".rels")):
                for transitional, strict in STRICT.items():
                    data = data.replace(transitional.encode(), strict.encode())
            zout.writestr(item, data)
    source.unlink()
    return Path(path)


def docm(path: Path) -> Path:
    """A macro-enabled document: a .docm with a (dummy) vbaProject.bin that must never run."""
    source = headings(Path(path).with_suffix(".src.docx"))
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    b"application/vnd.ms-word.document.macroEnabled.main+xml",
                )
            zout.writestr(item, data)
        zout.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0not really a macro project")
    source.unlink()
    return Path(path)
