"""Every bad input the engine is known to meet, and what it answers.

This module is the one list of bad inputs. Each case builds its own file in
``tmp_path`` and runs the real command line, as a user would::

    python -m approval_engine evaluate FILE [--ruleset RULES]

A file the engine cannot use gets exactly one line on standard error, naming
the file and the problem, exit status 2, nothing on standard output and no
traceback. A file that is unusual but valid Word (a macro-enabled ``.docm``,
1,000 pages, tables nested 50 deep, images and no text, right-to-left and
astral-plane text, a file name full of shell and HTML metacharacters) is
evaluated normally (exit 0 or 1) and nothing in it is lost or run.

``docs/bad-input.md`` is generated from :data:`CASES` by running this file::

    .venv/bin/python tests/test_bad_input.py      # rewrites docs/bad-input.md

and :func:`test_docs_table_lists_every_case` fails when the two disagree.
"""

from __future__ import annotations

import base64
import json
import os
import re
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Inches

try:
    import docx_fixtures as fx
except ImportError:  # pytest run with --import-mode=importlib
    from tests import docx_fixtures as fx

from approval_engine.catalogue import load_catalogue
from approval_engine.ingest import package as extract_module

ROOT = Path(__file__).resolve().parents[1]
RULESET = ROOT / "rulesets" / "tda-senco-2008.yaml"
DOC = ROOT / "docs" / "bad-input.md"
MB = 1024 * 1024
REQUIREMENT_IDS = load_catalogue().ids()
SECRET = "SECRET-7f3a9c-never-in-any-output"
W_NS = fx.W_NS
R_NS = fx.R_NS
VERDICTS = {"met", "partially_met", "not_met", "not_applicable"}
#: a sentence the shipped ruleset quotes as evidence (requirement 5.8, moderation)
MODERATED = "All assignments are second-marked and moderated by the external examiner."


# --------------------------------------------------------------------- runs


@dataclass
class Run:
    """One command-line run of a case."""

    proc: subprocess.CompletedProcess
    file: Path  # the application file
    named: str  # the file name the one-line message must contain
    seconds: float
    cwd: Path


def cli(*args: str, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """The real command line, in a child process (a hang fails the test at `timeout`)."""
    return subprocess.run(
        [sys.executable, "-m", "approval_engine", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        cwd=str(cwd) if cwd else None,
    )


# ------------------------------------------------------------------ helpers


def _rewrite(src: Path, dst: Path, parts: dict[str, Callable[[bytes], bytes]] | None = None,
             extra: dict[str, bytes] | None = None) -> Path:
    """Copy a package, changing some parts and adding others."""
    parts = dict(parts or {})
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        names = zin.namelist()
        missing = [p for p in parts if p not in names]
        assert not missing, (missing, names)
        for name in names:
            data = zin.read(name)
            if name in parts:
                data = parts[name](data)
            zout.writestr(name, data)
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    src.unlink()
    return dst


def _base(tmp: Path) -> Path:
    """A small valid application with a heading, a quotable sentence, a comment and a footnote."""
    d = docx.Document()
    d.add_heading("Assessment", level=1)
    p = d.add_paragraph()
    run = p.add_run(MODERATED)
    d.add_comment(run, text="Check the examiner's report.", author="Jo Checker", initials="JC")
    p2 = d.add_paragraph("Feedback is returned within three weeks.")
    p2.add_run()._r.append(parse_xml(f'<w:footnoteReference xmlns:w="{W_NS}" w:id="1"/>'))
    notes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:footnotes xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
        "</w:p></w:footnote>"
        '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> The examiner visits each spring.</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"), fx.FOOTNOTES_CT, notes.encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    path = tmp / "base.src.docx"
    d.save(str(path))
    return path


def _after_prolog(xml: bytes, insert: bytes) -> bytes:
    """`insert` placed after the XML declaration (or at the very start)."""
    if xml.startswith(b"<?xml"):
        end = xml.index(b"?>") + 2
        return xml[:end] + insert + xml[end:]
    return insert + xml


# The place in each part where an entity reference would surface if it were
# ever expanded: body text, comment text, footnote text, the document title,
# and (styles.xml has no text) text content of its root element.
ENTITY_TARGETS: dict[str, tuple[bytes, Callable[[bytes], bytes]]] = {
    "word/document.xml": (b"All assignments", lambda ref: ref + b" All assignments"),
    "word/comments.xml": (b"Check the examiner", lambda ref: ref + b" Check the examiner"),
    "word/footnotes.xml": (b" The examiner visits", lambda ref: b" " + ref + b" The examiner visits"),
    "docProps/core.xml": (b"<dc:title/>", lambda ref: b"<dc:title>" + ref + b"</dc:title>"),
    "word/styles.xml": (b"<w:docDefaults>", lambda ref: ref + b"<w:docDefaults>"),
}


def _with_entity(part: str, dtd: str, ref: str) -> Callable[[Path], Path]:
    def build(tmp: Path) -> Path:
        marker, place = ENTITY_TARGETS[part]

        def change(xml: bytes) -> bytes:
            assert marker in xml, (part, marker)
            return _after_prolog(xml, dtd.encode()).replace(marker, place(ref.encode()), 1)

        stem = part.split("/")[-1].split(".")[0]
        return _rewrite(_base(tmp), tmp / f"entity-{stem}.docx", {part: change})

    return build


def billion_laughs_dtd(root: str) -> str:
    """Ten entities, each ten of the one before: 10^9 'lol's from a few hundred bytes."""
    ents = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10)
    ]
    return f"<!DOCTYPE {root} [{''.join(ents)}]>"


def xxe_dtd(root: str, target: str) -> str:
    return f'<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "{target}">]>'


def secret_file(tmp: Path) -> Path:
    path = tmp / "secret.txt"
    path.write_text(SECRET + "\n", encoding="utf-8")
    return path


def _streamed_member(zout: zipfile.ZipFile, name: str, head: bytes, filler: bytes, size: int) -> None:
    """Write a member of `size` bytes without ever holding it in memory."""
    chunk = filler * (MB // len(filler))
    with zout.open(name, "w") as member:
        member.write(head)
        left = size - len(head)
        while left > 0:
            n = min(left, len(chunk))
            member.write(chunk[:n])
            left -= n


def _docx_with_huge_document_xml(tmp: Path, size: int) -> Path:
    """A package whose word/document.xml inflates to `size` bytes (a well-formed start, then spaces)."""
    src = _base(tmp)
    path = tmp / "bomb.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename == "word/document.xml":
                head = zin.read(item.filename)[:200]
                _streamed_member(zout, item.filename, head, b" ", size)
            else:
                zout.writestr(item, zin.read(item.filename))
    src.unlink()
    return path


# ----------------------------------------------------------------- builders


def build_empty(tmp: Path) -> Path:
    return fx.empty_file(tmp / "empty.docx")


def build_random(tmp: Path) -> Path:
    return fx.random_bytes(tmp / "noise.docx")


def build_truncated(tmp: Path) -> Path:
    return fx.truncated_zip(tmp / "half.docx", _base(tmp))


def build_no_document_xml(tmp: Path) -> Path:
    return fx.zip_without_document(tmp / "spreadsheet.docx")


def build_no_main_relationship(tmp: Path) -> Path:
    return fx.bare_package(tmp / "norels.docx", with_rels=False)


def build_bad_crc(tmp: Path) -> Path:
    return fx.corrupt_crc(tmp / "crc.docx")


def build_legacy_doc(tmp: Path) -> Path:
    return fx.ole2_doc(tmp / "legacy.doc")


def build_legacy_renamed(tmp: Path) -> Path:
    return fx.ole2_doc(tmp / "renamed-legacy.docx")


# A compound file (OLE2, [MS-CFB] version 3) as Word writes a password-protected
# .docx: a root storage holding the EncryptionInfo and EncryptedPackage streams.
_FREE, _END, _FATSECT, _NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _cfb_dir_entry(name: str, kind: int, left: int, right: int, child: int, start: int, size: int) -> bytes:
    encoded = (name + "\0").encode("utf-16-le") if name else b""
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        encoded.ljust(64, b"\0"),
        len(encoded),
        kind,  # 5 root storage, 2 stream, 0 unused
        1 if name else 0,  # black
        left,
        right,
        child,
        b"\0" * 16,
        0,
        0,
        0,
        start,
        size,
    )


def build_encrypted_ooxml(tmp: Path) -> Path:
    info = struct.pack("<HHI", 4, 4, 0x40) + (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption">'
        b'<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
        b'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>'
        b"</encryption>"
    )
    info = info.ljust(4096, b"\0")  # streams of 4096 bytes or more live in ordinary sectors
    package = struct.pack("<Q", 12345) + bytes((i * 131 + 7) % 256 for i in range(8184))
    sectors_info, sectors_pkg = len(info) // 512, len(package) // 512
    first_info, first_pkg = 2, 2 + sectors_info
    n_sectors = first_pkg + sectors_pkg
    fat = [_FATSECT, _END]
    for first, count in ((first_info, sectors_info), (first_pkg, sectors_pkg)):
        fat += [first + k + 1 for k in range(count - 1)] + [_END]
    fat += [_FREE] * (128 - len(fat))
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        bytes.fromhex("D0CF11E0A1B11AE1"),
        b"\0" * 16,
        0x003E,
        0x0003,
        0xFFFE,
        9,
        6,
        b"\0" * 6,
        0,  # directory sectors (always 0 in version 3)
        1,  # FAT sectors
        1,  # first directory sector
        0,
        4096,  # mini stream cutoff
        _END,
        0,
        _END,
        0,
    ) + struct.pack("<109I", 0, *([_FREE] * 108))
    directory = b"".join(
        [
            _cfb_dir_entry("Root Entry", 5, _NOSTREAM, _NOSTREAM, 1, _END, 0),
            _cfb_dir_entry("EncryptionInfo", 2, _NOSTREAM, 2, _NOSTREAM, first_info, len(info)),
            _cfb_dir_entry("EncryptedPackage", 2, _NOSTREAM, _NOSTREAM, _NOSTREAM, first_pkg, len(package)),
            _cfb_dir_entry("", 0, _NOSTREAM, _NOSTREAM, _NOSTREAM, 0, 0),
        ]
    )
    data = header + struct.pack("<128I", *fat) + directory + info + package
    assert len(data) == 512 * (n_sectors + 1)
    path = tmp / "password-protected.docx"
    path.write_bytes(data)
    return path


def build_encrypted_zip(tmp: Path) -> Path:
    """A zip whose members carry the 'encrypted' flag (zip passwords, not Word's)."""
    path = tmp / "zip-password.docx"
    src = _base(tmp)
    path.write_bytes(src.read_bytes())
    src.unlink()
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        offsets = [i.header_offset for i in zf.infolist()]
    for off in offsets:  # local headers: general purpose flags at +6
        data[off + 6] |= 0x01
    at = data.find(b"PK\x01\x02")
    while at >= 0:  # central directory: flags at +8
        data[at + 8] |= 0x01
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))
    return path


def build_unsupported_compression(tmp: Path) -> Path:
    src = _base(tmp)
    path = tmp / "bzip2.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            method = zipfile.ZIP_BZIP2 if item.filename == "word/document.xml" else zipfile.ZIP_DEFLATED
            zout.writestr(item.filename, zin.read(item.filename), compress_type=method)
    src.unlink()
    return path


def build_too_many_members(tmp: Path) -> Path:
    src = _base(tmp)
    extra = {f"customXml/item{i}.bin": b"" for i in range(extract_module.MAX_MEMBERS + 1)}
    return _rewrite(src, tmp / "many-members.docx", extra=extra)


def build_oversized(tmp: Path) -> Path:
    """A file one byte over the size limit (sparse: costs no disk)."""
    path = tmp / "oversized.docx"
    src = _base(tmp)
    data = src.read_bytes()
    src.unlink()
    with open(path, "wb") as fh:
        fh.write(data)
        fh.truncate(extract_module.MAX_FILE_BYTES + 1)
    return path


def build_zip_bomb_document(tmp: Path) -> Path:
    """word/document.xml inflates past the uncompressed limit (~1000:1)."""
    return _docx_with_huge_document_xml(tmp, extract_module.MAX_UNCOMPRESSED_BYTES + MB)


def build_zip_bomb_members(tmp: Path) -> Path:
    """Many members, each under the ratio check, together past the uncompressed limit."""
    src = _base(tmp)
    path = tmp / "bomb-members.docx"
    each = extract_module.RATIO_CHECK_MIN_BYTES - 1
    count = extract_module.MAX_UNCOMPRESSED_BYTES // each + 1
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        for i in range(count):
            _streamed_member(zout, f"word/media/pad{i}.bin", b"", b"\0", each)
    src.unlink()
    return path


def build_zip_bomb_lying(tmp: Path) -> Path:
    """word/document.xml really inflates to 150 MB but its zip directory declares 1,000 bytes
    (with the CRC of those 1,000 bytes), so the size checks pass: only the declared bytes are read."""
    src = _base(tmp)
    path = tmp / "liar.docx"
    declared = 1000
    with zipfile.ZipFile(src) as zin:
        head = zin.read("word/document.xml")[:declared]
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename == "word/document.xml":
                _streamed_member(zout, item.filename, head, b" ", 150 * MB)
            else:
                zout.writestr(item, zin.read(item.filename))
    src.unlink()
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("word/document.xml")
    data = bytearray(path.read_bytes())
    crc = zlib.crc32(head)
    local = info.header_offset  # local header: CRC at +14, uncompressed size at +22
    assert data[local: local + 4] == b"PK\x03\x04"
    struct.pack_into("<I", data, local + 14, crc)
    struct.pack_into("<I", data, local + 22, declared)
    name = b"word/document.xml"
    central = data.find(b"PK\x01\x02")  # central directory: CRC at +16, uncompressed size at +24
    while central >= 0 and data[central + 46: central + 46 + len(name)] != name:
        central = data.find(b"PK\x01\x02", central + 4)
    assert central > 0
    struct.pack_into("<I", data, central + 16, crc)
    struct.pack_into("<I", data, central + 24, declared)
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo("word/document.xml").file_size == declared
    return path


def build_external_dtd(tmp: Path) -> Path:
    secret = secret_file(tmp)
    src = _base(tmp)
    return _rewrite(
        src,
        tmp / "external-dtd.docx",
        {"word/document.xml": lambda x: _after_prolog(x, f'<!DOCTYPE w:document SYSTEM "file://{secret}">'.encode())},
    )


def build_xxe_passwd(tmp: Path) -> Path:
    return _with_entity("word/document.xml", xxe_dtd("w:document", "file:///etc/passwd"), "&xxe;")(tmp)


def _xxe(part: str, root: str) -> Callable[[Path], Path]:
    def build(tmp: Path) -> Path:
        return _with_entity(part, xxe_dtd(root, f"file://{secret_file(tmp)}"), "&xxe;")(tmp)

    return build


def _laughs(part: str, root: str) -> Callable[[Path], Path]:
    return _with_entity(part, billion_laughs_dtd(root), "&lol9;")


def build_xxe_utf16(tmp: Path) -> Path:
    """The external entity in a UTF-16 document.xml (so a byte search for ASCII would miss it)."""
    secret = secret_file(tmp)

    def change(xml: bytes) -> bytes:
        xml = _after_prolog(xml, xxe_dtd("w:document", f"file://{secret}").encode())
        xml = xml.replace(b"All assignments", b"&xxe; All assignments", 1)
        text = xml.decode("utf-8").replace("encoding='UTF-8'", "encoding='UTF-16'")
        return text.encode("utf-16")

    return _rewrite(_base(tmp), tmp / "xxe-utf16.docx", {"word/document.xml": change})


def build_utf32_part(tmp: Path) -> Path:
    def change(xml: bytes) -> bytes:
        return xml.decode("utf-8").replace("encoding='UTF-8'", "encoding='UTF-32'").encode("utf-32")

    return _rewrite(_base(tmp), tmp / "utf32.docx", {"word/document.xml": change})


def build_invalid_xml(tmp: Path) -> Path:
    return fx.malformed_xml(tmp / "broken-xml.docx")


def build_invalid_utf8(tmp: Path) -> Path:
    return _rewrite(
        _base(tmp),
        tmp / "bad-utf8.docx",
        {"word/document.xml": lambda x: x.replace(b"All assignments", b"All caf\xe9 \xff\xfe assignments", 1)},
    )


def _nested(tmp: Path, depth: int, name: str) -> Path:
    d = docx.Document()
    d.add_heading("Placement arrangements", level=1)
    cell = d.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "Nesting level 0."
    for i in range(1, depth):
        cell = cell.add_table(rows=1, cols=1).cell(0, 0)
        cell.text = f"Nesting level {i}."
    d.add_paragraph(MODERATED)
    path = tmp / name
    d.save(str(path))
    return path


def build_nested_50(tmp: Path) -> Path:
    return _nested(tmp, 50, "nested-50.docx")


def build_nested_100(tmp: Path) -> Path:
    return _nested(tmp, 100, "nested-100.docx")


HUGE_PARAGRAPHS = 20_000


def build_huge(tmp: Path) -> Path:
    """About 1,000 pages: 20,000 paragraphs under 200 headings."""
    d = docx.Document()
    for i in range(HUGE_PARAGRAPHS):
        if i % 100 == 0:
            d.add_heading(f"Chapter {i // 100 + 1}", level=1)
        d.add_paragraph(
            f"Paragraph {i + 1}: participants keep a reflective log of session {i % 37} and "
            "discuss it with their mentor each half term."
        )
    d.add_paragraph(MODERATED)
    path = tmp / "thousand-pages.docx"
    d.save(str(path))
    return path


PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def build_images_only(tmp: Path) -> Path:
    image = tmp / "pixel.png"
    image.write_bytes(PNG)
    d = docx.Document()
    for _ in range(3):
        d.add_picture(str(image), width=Inches(2))
    path = tmp / "scanned-pages.docx"
    d.save(str(path))
    return path


RTL_TITLE = "طلب الموافقة 🎓 בקשה לאישור 𝔘"
RTL_HEADING = "التقييم והערכה 📚"
RTL_SENTENCE = (
    "All assignments are second-marked and moderated by the external examiner "
    "(يتم تقييم جميع المهام — כל המטלות נבדקות פעמיים 👩‍🏫 𝔘𝔫𝔦𝔠𝔬𝔡𝔢)."
)


def build_rtl_astral(tmp: Path) -> Path:
    d = docx.Document()
    d.core_properties.title = RTL_TITLE
    d.add_heading(RTL_HEADING, level=1)
    p = d.add_paragraph(RTL_SENTENCE)
    p.paragraph_format.alignment = 2  # right-aligned, as RTL text usually is
    p._p.get_or_add_pPr().append(parse_xml(f'<w:bidi xmlns:w="{W_NS}"/>'))
    d.add_paragraph("نص عربي فقط بدون ترجمة. 𝟙𝟚𝟛 🧪")
    path = tmp / "rtl-astral.docx"
    d.save(str(path))
    return path


ODD_NAME = '$(touch pwned); <b>x</b> & "q".docx'


def build_odd_name(tmp: Path) -> Path:
    """The name holds a '/' (in '</b>'), so on disk it is a folder '$(touch pwned); <b>x<'
    holding 'b> & "q".docx': the path given to the engine ends with the whole name."""
    d = docx.Document()
    d.add_heading("Assessment", level=1)
    d.add_paragraph(MODERATED)
    path = tmp / ODD_NAME
    path.parent.mkdir(parents=True)
    d.save(str(path))
    assert str(path).endswith(ODD_NAME)
    return path


MACRO = b"Attribute VB_Name = \"ThisDocument\"\r\nSub AutoOpen()\r\n    Shell \"touch pwned-by-macro\"\r\nEnd Sub\r\n"


def build_docm(tmp: Path) -> Path:
    """A macro-enabled document whose vbaProject.bin holds an AutoOpen macro."""
    src = _base(tmp)

    def content_types(xml: bytes) -> bytes:
        xml = xml.replace(
            b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            b"application/vnd.ms-word.document.macroEnabled.main+xml",
        )
        return xml.replace(
            b"</Types>",
            b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
        )

    def rels(xml: bytes) -> bytes:
        return xml.replace(
            b"</Relationships>",
            b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/'
            b'vbaProject" Target="vbaProject.bin"/></Relationships>',
        )

    vba = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504 + MACRO
    return _rewrite(
        src,
        tmp / "macro-enabled.docm",
        {"[Content_Types].xml": content_types, "word/_rels/document.xml.rels": rels},
        extra={"word/vbaProject.bin": vba},
    )


def build_json_wrong_types(tmp: Path) -> Path:
    path = tmp / "wrong-types.json"
    path.write_text(json.dumps({"title": 3, "passages": [{"id": 1, "text": ["not", "a", "string"]}],
                                "programme": {"credits": "sixty"}}))
    return path


def build_yaml_wrong_types(tmp: Path) -> Path:
    path = tmp / "wrong-types.yaml"
    path.write_text("title: [a, list]\npassages: just a string\ncomments: 7\n")
    return path


def build_json_not_an_object(tmp: Path) -> Path:
    path = tmp / "list.json"
    path.write_text("[1, 2, 3]")
    return path


def build_json_syntax(tmp: Path) -> Path:
    path = tmp / "syntax.json"
    path.write_text('{"title": "x", "passages": [')
    return path


def build_json_not_utf8(tmp: Path) -> Path:
    path = tmp / "latin1.json"
    path.write_bytes('{"title": "café", "passages": []}'.encode("latin-1"))
    return path


def build_empty_yaml(tmp: Path) -> Path:
    path = tmp / "blank.yaml"
    path.write_text("\n  \n")
    return path


def build_yaml_python_tag(tmp: Path) -> Path:
    path = tmp / "tagged.yaml"
    path.write_text(
        "title: !!python/object/apply:os.system ['touch pwned-by-yaml']\n"
        "passages: []\n"
    )
    return path


def _ruleset_case(tmp: Path, change: Callable[[str], str], name: str) -> tuple[Path, list[str], str]:
    app = tmp / "app.docx"
    d = docx.Document()
    d.add_paragraph(MODERATED)
    d.save(str(app))
    rules = tmp / name
    text = RULESET.read_text(encoding="utf-8")
    changed = change(text)
    assert changed != text
    rules.write_text(changed, encoding="utf-8")
    return app, ["--ruleset", str(rules)], rules.name


_ONE_RULE = """
requirements:
  - id: "{rid}"
    title: Moderated assessment
    cites: Annex 2, 5.8
    doc: Assessments are moderated by someone else.
    aspects:
      - name: moderation
        describe: moderation of assessment
        match: ["{pattern}"]
"""


def _one_rule(text: str, rid: str, pattern: str) -> str:
    head = text.split("\nrequirements:")[0]
    return head + _ONE_RULE.format(rid=rid, pattern=pattern)


def build_ruleset_bad_pattern(tmp: Path):
    return _ruleset_case(tmp, lambda t: _one_rule(t, "5.8", "moderat(ion|ed"), "bad-pattern.yaml")


def build_ruleset_unknown_requirement(tmp: Path):
    return _ruleset_case(tmp, lambda t: _one_rule(t, "9.99", "moderat"), "unknown-requirement.yaml")


def build_ruleset_unknown_aspect(tmp: Path):
    def change(t: str) -> str:
        return _one_rule(t, "5.8", "moderat") + "    met:\n      all: [moderation, second_marking]\n"

    return _ruleset_case(tmp, change, "unknown-aspect.yaml")


def build_ruleset_python_tag(tmp: Path):
    def change(t: str) -> str:
        return "pwned: !!python/object/apply:os.system ['touch pwned-by-ruleset']\n" + t

    return _ruleset_case(tmp, change, "tagged-rules.yaml")


def build_ruleset_yaml_syntax(tmp: Path):
    return _ruleset_case(tmp, lambda t: t + "\n  - id: [unclosed\n", "broken-rules.yaml")


CONTROL_NAME = "evil\n\x1b[31mred\x1b[0m.docx"


def build_control_name(tmp: Path):
    """An empty file whose name holds a newline and terminal colour escapes."""
    path = tmp / CONTROL_NAME
    path.write_bytes(b"")
    return path, [], "evil\\n\\x1b[31mred\\x1b[0m.docx"


def check_control_name(r: Run) -> None:
    """the newline and escapes are shown escaped: no raw control character on stderr"""
    assert "\x1b" not in r.proc.stderr and r.proc.stderr.count("\n") == 1


UNDECODABLE_NAME = b"caf\xe9-latin1.docx"  # a Latin-1 name on a UTF-8 file system


def build_undecodable_name(tmp: Path) -> Path:
    d = docx.Document()
    d.add_heading("Assessment", level=1)
    d.add_paragraph(MODERATED)
    path = Path(os.fsdecode(os.path.join(os.fsencode(tmp), UNDECODABLE_NAME)))
    d.save(str(path))
    return path


def _run_bytes(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "approval_engine", *args], capture_output=True,
                          timeout=300, cwd=str(cwd))


def check_undecodable_name(r: Run) -> None:
    """stdout and every written report are valid UTF-8; JSON `source` round-trips the exact name"""
    proc = _run_bytes("evaluate", str(r.file), "--format", "json", cwd=r.cwd)
    report = json.loads(proc.stdout.decode("utf-8"))  # strict: valid UTF-8
    assert report["source"] == str(r.file)
    out = r.file.parent / "reports"
    for fmt in ("html", "md", "json"):
        proc = _run_bytes("evaluate", str(r.file), "--format", fmt, "--output", str(out) + "/", cwd=r.cwd)
        assert proc.returncode == 1, proc.stderr
        assert proc.stderr.count(b"\n") == 1 and b"\\udce9" in proc.stderr
    for written in out.iterdir():
        written.read_bytes().decode("utf-8")
        assert os.fsencode(written.name).startswith(b"caf\xe9-latin1.")
    assert len(list(out.iterdir())) == 3


def build_json_lone_surrogate(tmp: Path) -> Path:
    path = tmp / "surrogate.json"
    path.write_text(
        '{"title": "Caf\\udce9 application", "passages": [{"id": "b1", "text": '
        '"All assignments are second-marked and moderated by the external examiner \\ud83d."}]}',
        encoding="utf-8",
    )
    return path


def check_lone_surrogate(r: Run) -> None:
    """stdout is valid UTF-8 and the JSON report gives back the exact strings, lone surrogates and all"""
    proc = _run_bytes("evaluate", str(r.file), "--format", "json", cwd=r.cwd)
    report = json.loads(proc.stdout.decode("utf-8"))
    assert report["application"] == "Caf\udce9 application"
    assert any(q.endswith("examiner \ud83d.") for q in _quotes(report))
    out = r.file.parent / "reports"
    for fmt in ("html", "md"):
        proc = _run_bytes("evaluate", str(r.file), "--format", fmt, "--output", str(out) + "/", cwd=r.cwd)
        assert proc.returncode == 1, proc.stderr
    for written in out.iterdir():
        assert "\\udce9" in written.read_bytes().decode("utf-8")


def build_missing(tmp: Path) -> Path:
    return tmp / "nowhere.docx"


def build_folder(tmp: Path) -> Path:
    path = tmp / "a-folder.docx"
    path.mkdir()
    return path


# -------------------------------------------------------------------- cases


@dataclass(frozen=True)
class Case:
    id: str
    input: str  # the bad input, as the table shows it
    build: Callable[[Path], object]  # -> file, or (file, extra args, name to be named)
    expect: tuple[str, ...] = ()  # fragments of the one-line message (refusals)
    valid: bool = False  # a valid document: evaluated normally
    secret: bool = False  # an entity case: the secret file's text never appears
    note: str = ""  # for the table
    check: Callable[[Run], None] | None = field(default=None, compare=False)


def _json_report(r: Run) -> dict:
    assert r.proc.returncode in (0, 1), (r.proc.returncode, r.proc.stderr)
    assert r.proc.stderr == "", r.proc.stderr
    report = json.loads(r.proc.stdout)
    ids = [x["id"] for x in report["requirements"]]
    assert len(ids) == len(REQUIREMENT_IDS) and set(ids) == set(REQUIREMENT_IDS)
    assert {x["verdict"] for x in report["requirements"]} <= VERDICTS
    return report


def _verdict(report: dict, rid: str) -> str:
    return next(x["verdict"] for x in report["requirements"] if x["id"] == rid)


def _quotes(report: dict) -> list[str]:
    return [e["quote"] for x in report["requirements"] for e in x["evidence"] + x["concerns"]]


def check_docm(r: Run) -> None:
    """5.8 met from the text; a warning says the macros were ignored; no `pwned*` file; the macro's text in no output"""
    report = _json_report(r)
    assert _verdict(report, "5.8") == "met"
    assert any("macro" in w for w in report["warnings"]), report["warnings"]
    assert not list(r.cwd.glob("pwned*")) and not list(r.file.parent.glob("pwned*"))
    assert "AutoOpen" not in r.proc.stdout and "touch" not in r.proc.stdout


def check_huge(r: Run) -> None:
    """5.8 met; every one of the 20,000 paragraphs is a passage (its time is measured in bench/, not here)"""
    report = _json_report(r)
    assert _verdict(report, "5.8") == "met"
    from approval_engine.judge.evaluate import read_application

    app = read_application(r.file)  # nothing lost: every paragraph is a passage
    body = [p for p in app.passages if p.kind == "paragraph"]
    assert len(body) == HUGE_PARAGRAPHS + 1
    assert body[-2].text.startswith(f"Paragraph {HUGE_PARAGRAPHS}:")


def check_nested(r: Run) -> None:
    """5.8 met; a warning says nested tables were read row by row in the outer cell; the text of all 50 levels is read"""
    report = _json_report(r)
    assert _verdict(report, "5.8") == "met"
    assert any("nested table" in w for w in report["warnings"]), report["warnings"]
    from approval_engine.judge.evaluate import read_application

    text = "\n".join(p.text for p in read_application(r.file).passages)
    for i in range(50):  # nothing lost: every level's text is read
        assert f"Nesting level {i}." in text


def check_images_only(r: Run) -> None:
    """exit 1; warning 'the document body has no text'; nothing met, nothing quoted"""
    report = _json_report(r)
    assert r.proc.returncode == 1
    assert "the document body has no text" in report["warnings"]
    assert {x["verdict"] for x in report["requirements"]} <= {"not_met", "not_applicable"}
    assert _quotes(report) == []


def check_rtl(r: Run) -> None:
    """title, heading path and quoted sentence kept exactly (the zero-width joiner in 👩‍🏫 too)"""
    report = _json_report(r)
    assert report["application"] == RTL_TITLE
    quotes = _quotes(report)
    assert RTL_SENTENCE in quotes, quotes
    evidence = next(e for x in report["requirements"] if x["id"] == "5.8" for e in x["evidence"])
    assert evidence["location"]["heading_path"] == [RTL_HEADING]
    from approval_engine.judge.evaluate import read_application

    texts = [p.text for p in read_application(r.file).passages]
    assert texts == [RTL_HEADING, RTL_SENTENCE, "نص عربي فقط بدون ترجمة. 𝟙𝟚𝟛 🧪"]


def check_odd_name(r: Run) -> None:
    """no `pwned*` file; JSON `source` is the exact path; `--output DIR` writes only DIR/`b> & "q"`.html and .md; the name escaped in HTML and Markdown"""
    report = _json_report(r)
    assert report["source"] == str(r.file)
    assert not list(r.cwd.glob("pwned*")) and not list(r.file.parent.glob("pwned*"))
    # the other formats, written into a folder: the report keeps the hostile name, escaped
    out = r.file.parent / "reports"
    out.mkdir()
    for fmt in ("html", "md"):
        proc = cli("evaluate", str(r.file), "--format", fmt, "--output", str(out), cwd=r.cwd, timeout=120)
        assert proc.returncode == 1, proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1  # the summary line
    written = sorted(p.name for p in out.iterdir())
    stem = r.file.stem  # 'b> & "q"'
    assert written == sorted([stem + ".html", stem + ".md"])
    html = (out / (stem + ".html")).read_text(encoding="utf-8")
    assert "<b>x</b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html
    md = (out / (stem + ".md")).read_text(encoding="utf-8")
    assert "<b>x</b>" not in md
    assert not list(r.cwd.glob("pwned*")) and not list(r.file.parent.glob("pwned*"))


def check_nothing_ran(r: Run) -> None:
    """no `pwned*` file appears"""
    assert not list(r.cwd.glob("pwned*")) and not list(r.file.parent.glob("pwned*"))


def check_no_passwd(r: Run) -> None:
    """no line of /etc/passwd in any output"""
    passwd = Path("/etc/passwd").read_text(errors="replace").splitlines()
    out = r.proc.stdout + r.proc.stderr
    assert not any(line and line in out for line in passwd[:3])


CASES: list[Case] = [
    # --- not a Word file at all
    Case("empty-file", "Empty file (0 bytes) named .docx", build_empty, ("empty",)),
    Case("random-bytes", "4 KB of random bytes named .docx", build_random, ("not a Word .docx file",)),
    Case("missing-file", "A path that does not exist", build_missing, ("no such file",)),
    Case("folder", "A folder instead of a file", build_folder, ("folder",)),
    Case("file-name-control-characters", "An empty file whose name holds a newline and terminal escapes",
         build_control_name, ("empty",), check=check_control_name,
         note="control characters in any message are shown escaped"),
    Case("oversized-file", "A file one byte over the size limit", build_oversized, ("too large",),
         note="checked with stat() before anything is read"),
    Case("legacy-doc", "Legacy Word 97–2003 `.doc` (OLE2)", build_legacy_doc, ("legacy", ".doc", ".docx")),
    Case("legacy-doc-renamed", "Legacy `.doc` (OLE2) renamed to `.docx`", build_legacy_renamed,
         ("Word 97–2003", "save it as .docx")),
    Case("encrypted-ooxml", "Password-protected `.docx` (OLE2 compound file with EncryptionInfo and "
         "EncryptedPackage streams)", build_encrypted_ooxml, ("encrypted", "without a password")),
    # --- a damaged or unusual zip
    Case("truncated-zip", "A `.docx` cut off half way", build_truncated, ("damaged", "zip")),
    Case("no-document-xml", "A zip without `word/document.xml` (e.g. a spreadsheet)", build_no_document_xml,
         ("no word/document.xml",)),
    Case("no-main-relationship", "A zip whose `_rels/.rels` names no main document", build_no_main_relationship,
         ("names no main document part",)),
    Case("bad-crc", "A member whose bytes do not match its CRC", build_bad_crc,
         ("damaged", "word/document.xml")),
    Case("encrypted-zip", "Zip members flagged as password-encrypted", build_encrypted_zip,
         ("encrypted zip", "password")),
    Case("unsupported-compression", "`word/document.xml` compressed with bzip2", build_unsupported_compression,
         ("unsupported zip compression",)),
    Case("too-many-members", f"A zip of {extract_module.MAX_MEMBERS + 1:,} members", build_too_many_members,
         ("members", f"limit {extract_module.MAX_MEMBERS}")),
    # --- zip bombs
    Case("zip-bomb-document-xml", "`word/document.xml` inflating past the uncompressed limit (~1000:1)",
         build_zip_bomb_document, ("zip bomb", "word/document.xml"),
         note="refused from the zip directory; nothing is inflated"),
    Case("zip-bomb-many-members", "Many members, each under the ratio check, together past the limit",
         build_zip_bomb_members, ("zip bomb", "would inflate to")),
    Case("zip-bomb-lying-size", "`word/document.xml` declaring 1,000 bytes (with a matching CRC) that "
         "really inflates to 150 MB", build_zip_bomb_lying, ("could not read the Word content",),
         note="only the declared 1,000 bytes are ever inflated; the cut-off XML is reported"),
    # --- XML attacks: DTDs, entities, encodings
    *[
        Case(f"billion-laughs-{part.split('/')[-1].split('.')[0]}",
             f"Entity expansion (\"billion laughs\") in `{part}`", _laughs(part, root),
             ("refused", part, "DTD"), note="refused before any XML parser sees the part")
        for part, root in (
            ("word/document.xml", "w:document"),
            ("word/styles.xml", "w:styles"),
            ("word/footnotes.xml", "w:footnotes"),
            ("word/comments.xml", "w:comments"),
            ("docProps/core.xml", "cp:coreProperties"),
        )
    ],
    *[
        Case(f"external-entity-{part.split('/')[-1].split('.')[0]}",
             f"External entity `SYSTEM \"file:///…/secret.txt\"` in `{part}`", _xxe(part, root),
             ("refused", part, "DTD"), secret=True, note="the secret file's text appears nowhere")
        for part, root in (
            ("word/document.xml", "w:document"),
            ("word/styles.xml", "w:styles"),
            ("word/footnotes.xml", "w:footnotes"),
            ("word/comments.xml", "w:comments"),
            ("docProps/core.xml", "cp:coreProperties"),
        )
    ],
    Case("external-entity-etc-passwd", "External entity `file:///etc/passwd` in `word/document.xml`",
         build_xxe_passwd, ("refused", "DTD"), check=check_no_passwd),
    Case("external-entity-utf16", "External entity in a UTF-16 `word/document.xml`", build_xxe_utf16,
         ("refused", "word/document.xml", "DTD"), secret=True),
    Case("external-dtd", "`<!DOCTYPE … SYSTEM \"file:///…\">` (an external DTD)", build_external_dtd,
         ("refused", "DTD"), secret=True),
    Case("xml-in-utf32", "`word/document.xml` encoded as UTF-32", build_utf32_part, ("not UTF-8 or UTF-16",),
         note="a package's XML is UTF-8 or UTF-16; other encodings could hide a DTD"),
    Case("invalid-xml", "`word/document.xml` cut off (not well-formed XML)", build_invalid_xml,
         ("could not read the Word content",)),
    Case("invalid-utf8", "Invalid UTF-8 bytes in `word/document.xml`", build_invalid_utf8,
         ("could not read the Word content", "encoding")),
    Case("tables-nested-100", "Tables nested 100 deep (XML deeper than 256 levels)", build_nested_100,
         ("nested too deeply",)),
    # --- valid documents: evaluated normally, nothing lost, nothing run
    Case("docm-macros", "Macro-enabled `.docm` with a `vbaProject.bin` holding an AutoOpen macro", build_docm,
         valid=True, check=check_docm, note="text read; the macro part is never even unpacked"),
    Case("thousand-pages", f"About 1,000 pages ({HUGE_PARAGRAPHS:,} paragraphs)", build_huge, valid=True,
         check=check_huge, note="every paragraph read (its time is measured, not asserted)"),
    Case("tables-nested-50", "Tables nested 50 deep", build_nested_50, valid=True, check=check_nested,
         note="read row by row in the outer cell, every level's text kept"),
    Case("images-only", "Images and no text", build_images_only, valid=True, check=check_images_only,
         note="no requirement met; warning: the document body has no text"),
    Case("rtl-astral", "Arabic and Hebrew (right-to-left), emoji and 𝔘 (astral plane) text", build_rtl_astral,
         valid=True, check=check_rtl, note="text and title kept exactly"),
    Case("hostile-file-name", f"File named `{ODD_NAME}`", build_odd_name, valid=True, check=check_odd_name,
         note="nothing runs (no shell); the name is escaped in HTML and Markdown"),
    Case("file-name-undecodable", "A file name that is not valid UTF-8 (`caf\\xe9-latin1.docx`)",
         build_undecodable_name, valid=True, check=check_undecodable_name,
         note="reports are valid UTF-8; the name is written `\\udce9`"),
    # --- application given as JSON / YAML
    Case("json-lone-surrogate", "Application JSON with lone surrogates (`\\udce9`, `\\ud83d`) in its text",
         build_json_lone_surrogate, valid=True, check=check_lone_surrogate,
         note="reports are valid UTF-8; JSON gives back the exact strings"),
    Case("json-wrong-types", "Application JSON with wrong types", build_json_wrong_types,
         ("not a valid application", "title")),
    Case("yaml-wrong-types", "Application YAML with wrong types", build_yaml_wrong_types,
         ("not a valid application",)),
    Case("json-not-an-object", "Application JSON that is a list", build_json_not_an_object,
         ("expected a mapping",)),
    Case("json-syntax-error", "Malformed JSON", build_json_syntax, ("invalid JSON", "line 1")),
    Case("json-not-utf8", "JSON in Latin-1, not UTF-8", build_json_not_utf8, ("not valid UTF-8",)),
    Case("yaml-empty", "A blank YAML file", build_empty_yaml, ("empty",)),
    Case("yaml-python-tag", "YAML with a `!!python/object/apply:os.system` tag", build_yaml_python_tag,
         ("invalid YAML", "python/object/apply"), check=check_nothing_ran, note="safe loader: nothing runs"),
    # --- rulesets (--ruleset)
    Case("ruleset-bad-pattern", "Ruleset with a malformed regular expression", build_ruleset_bad_pattern,
         ("rule 5.8", "bad pattern")),
    Case("ruleset-unknown-requirement", "Ruleset with a rule for an unknown requirement",
         build_ruleset_unknown_requirement, ("9.99", "unknown requirement")),
    Case("ruleset-unknown-aspect", "Ruleset whose `met` names an aspect the rule does not have",
         build_ruleset_unknown_aspect, ("unknown aspect", "second_marking")),
    Case("ruleset-python-tag", "Ruleset YAML with a `!!python/object/apply` tag", build_ruleset_python_tag,
         ("python/object/apply",), check=check_nothing_ran, note="safe loader: nothing runs"),
    Case("ruleset-yaml-syntax", "Ruleset that is not valid YAML", build_ruleset_yaml_syntax, ("invalid YAML",)),
]


def run_case(case: Case, tmp: Path) -> Run:
    built = case.build(tmp)
    if isinstance(built, tuple):
        path, args, named = built
    else:
        path, args, named = built, [], built.name
    cwd = tmp / "cwd"
    cwd.mkdir(exist_ok=True)
    started = time.perf_counter()
    proc = cli("evaluate", str(path), "--format", "json", *args, cwd=cwd)
    return Run(proc=proc, file=path, named=named, seconds=time.perf_counter() - started, cwd=cwd)


# -------------------------------------------------------------------- tests


def test_case_ids_are_unique():
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(case: Case, tmp_path: Path):
    r = run_case(case, tmp_path)
    out, err = r.proc.stdout, r.proc.stderr
    assert "Traceback" not in out + err
    if case.valid:
        assert r.proc.returncode in (0, 1), err
    else:
        assert r.proc.returncode == 2, (r.proc.returncode, err, out[:500])
        assert out == ""
        lines = err.splitlines()
        assert len(lines) == 1, err
        line = lines[0]
        assert line.startswith("approval-engine: ")
        assert r.named in line, line
        for fragment in case.expect:
            assert fragment.lower() in line.lower(), (fragment, line)
    if case.secret:
        assert SECRET not in out + err
        assert "secret.txt" not in out
    if case.check is not None:
        case.check(r)


# ----------------------------------------------------------- the docs table


LIMITS = [
    ("Largest file", "MAX_FILE_BYTES", lambda v: f"{v // MB} MB", "checked with `stat()` before reading"),
    ("Largest total uncompressed size", "MAX_UNCOMPRESSED_BYTES", lambda v: f"{v // MB} MB",
     "sum of the zip directory's declared sizes, before anything is inflated"),
    ("Largest compression ratio of one member", "MAX_MEMBER_RATIO", lambda v: f"{v}:1",
     "for members larger than the next row"),
    ("Ratio checked above", "RATIO_CHECK_MIN_BYTES", lambda v: f"{v // MB} MB", "XML compresses well: "
     "smaller members are not ratio-checked"),
    ("Most zip members", "MAX_MEMBERS", lambda v: f"{v:,}", "a real .docx has a few dozen"),
    ("Inflate step (per-part streaming)", "_READ_CHUNK", lambda v: f"{v // 1024} KiB",
     "each XML part is inflated in steps of this size and never past its declared size, "
     "so a member that lies about its size costs no more than it declares"),
]


def limits_table() -> str:
    rows = ["| limit | value | constant in `approval_engine/ingest/package.py` | how |", "|---|---|---|---|"]
    for label, name, fmt, how in LIMITS:
        rows.append(f"| {label} | {fmt(getattr(extract_module, name))} | `{name}` | {how} |")
    return "\n".join(rows)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _expect_cell(case: Case) -> str:
    return ", ".join(f"“{_cell(f)}”" for f in case.expect)


def cases_table(messages: dict[str, str], exits: dict[str, int] | None = None) -> str:
    """The table of cases; `messages` and `exits` are what was seen when the docs were generated."""
    exits = exits or {}
    rows = [
        "| test id | bad input | exit | the engine's answer (one line on stderr) | the test asserts |",
        "|---|---|---|---|---|",
    ]
    for c in CASES:
        if c.valid:
            answer = "evaluated normally" + (f": {c.note}" if c.note else "")
            asserted = f"exit 0/1, {len(REQUIREMENT_IDS)} valid verdicts, nothing on stderr"
            exit_ = str(exits.get(c.id, "0/1"))
        else:
            answer = messages.get(c.id, "")
            if c.note:
                answer = f"{answer} *({c.note})*" if answer else f"*{c.note}*"
            asserted = f"exit 2, one line naming the file, containing {_expect_cell(c)}"
            if c.secret:
                asserted += "; the secret file's text appears in no output"
            exit_ = "2"
        if c.check is not None and c.check.__doc__:
            asserted += "; " + " ".join(c.check.__doc__.split())
        rows.append(f"| `{c.id}` | {_cell(c.input)} | {exit_} | {_cell(answer)} | {asserted} |")
    return "\n".join(rows)


def _parse_doc_rows(text: str) -> dict[str, str]:
    rows = {}
    for line in text.splitlines():
        m = re.match(r"^\| `([a-z0-9-]+)` \|", line)
        if m:
            rows[m.group(1)] = line
    return rows


def test_docs_table_lists_every_case():
    """docs/bad-input.md is generated from CASES: every case has its row, no row is stale,
    every row shows what its test asserts, and the limits are ingest/package.py's."""
    text = DOC.read_text(encoding="utf-8")
    rows = _parse_doc_rows(text)
    ids = [c.id for c in CASES]
    assert sorted(rows) == sorted(ids), (
        "docs/bad-input.md is out of date: run `.venv/bin/python tests/test_bad_input.py`"
    )
    for c in CASES:
        row = rows[c.id]
        for fragment in c.expect:
            assert _cell(fragment) in row, (c.id, fragment)
            if not c.valid:  # the recorded answer itself holds the fragment
                answer = row.split(" | ")[3]
                assert fragment.lower() in answer.lower(), (c.id, fragment, answer)
    assert limits_table() in text, "the limits in docs/bad-input.md differ from ingest/package.py"


# ----------------------------------------------------------- generating docs


_INTRO = """# Bad input: what the engine answers

Whatever arrives, the engine answers with a clear message and carries on:
it never hangs, never runs anything it was given, and loses nothing. A file
it cannot use gets **one line on standard error** naming the file and the
problem, and **exit status 2** (no traceback, nothing on standard output); a
file that is unusual but valid is evaluated normally (exit 0, or 1 with gaps).

Generated by `.venv/bin/python tests/test_bad_input.py` from the cases in
`tests/test_bad_input.py` (one test id per row: `pytest
tests/test_bad_input.py -k ID`), which build each file themselves and run it
through the real command line. `test_docs_table_lists_every_case` fails when
this page and the suite disagree. The answers below are what the engine
printed when the page was generated (temporary paths shortened to the file
name; the messages also name the ruleset file for `--ruleset` cases).
"""

_AFTER = """
## Limits

Read from the constants in `approval_engine/ingest/package.py`:

{limits}

Other bounds:

- **XML parsing.** Every part is refused before parsing if it declares a DTD
  (`<!DOCTYPE`/`<!ENTITY`: entity expansion, external entities, external
  DTDs) or is in an encoding other than UTF-8 or UTF-16 (in which a DTD
  could hide from that check). docx2python parses with lxml's default
  parser; the engine's own parses use `resolve_entities=False,
  no_network=True, load_dtd=False, huge_tree=False`. Without `huge_tree`
  libxml2 also refuses XML nested deeper than 256 levels (tables nested about
  80 deep) and single text nodes over 10 MB.
- **Memory.** Only XML parts are inflated (media, embedded objects and macros
  never are), each into memory at most up to its declared size, so the
  package copy is bounded by the uncompressed limit above; the file itself is
  read once (at most the file-size limit).
- **Time.** Nothing waits on anything outside the process, and the time
  grows about linearly with the length of the text (checked from 2,500 to
  20,000 paragraphs). {timing}
- **Nothing runs.** Macros (`vbaProject.bin`) are never unpacked; YAML is read
  with a safe loader (no Python tags) for applications and rulesets alike;
  rule patterns are compiled as regular expressions with a length limit; the
  file name is never passed to a shell and is escaped in every report format.
- **Durable-rules sessions** are deleted after every evaluation (see
  `docs/long-run.md`).
"""


def write_docs() -> None:  # pragma: no cover - run by hand
    import tempfile

    messages: dict[str, str] = {}
    exits: dict[str, int] = {}
    timing = ""
    for case in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            r = run_case(case, Path(tmp))
            line = r.proc.stderr.strip().splitlines()[0] if r.proc.stderr.strip() else ""
            line = line.replace(str(Path(tmp)) + os.sep, "").replace(str(ROOT) + os.sep, "")
            print(f"{case.id}: exit {r.proc.returncode} in {r.seconds:.1f} s: {line}", file=sys.stderr)
            exits[case.id] = r.proc.returncode
            if not case.valid:
                messages[case.id] = f"`{line}`" if line else ""
            if case.id == "thousand-pages":
                from approval_engine.judge.evaluate import Engine
                from approval_engine.ingest.extract import extract
                from approval_engine.ingest.model import build_application

                engine = Engine()
                t0 = time.perf_counter()
                doc = extract(r.file)
                t1 = time.perf_counter()
                engine.evaluate(build_application(doc))
                t2 = time.perf_counter()
                timing = (
                    f"Measured when this page was generated: the {HUGE_PARAGRAPHS:,}-paragraph document "
                    f"took {r.seconds:.0f} s end to end through the command line (in one process: "
                    f"extraction {t1 - t0:.1f} s, evaluation {t2 - t1:.1f} s); speed is checked by benchmarks, not by this test."
                )
    DOC.parent.mkdir(exist_ok=True)
    DOC.write_text(
        _INTRO + "\n" + cases_table(messages, exits) + "\n" + _AFTER.format(limits=limits_table(), timing=timing),
        encoding="utf-8",
    )
    print(f"wrote {DOC}", file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    write_docs()
