"""The Word package: checks on the file before anything is parsed, and its XML
parts read safely.

1. **Preflight** (:func:`preflight`). Before any XML is parsed the file is
   checked: it exists, is a regular, non-empty file under
   :data:`MAX_FILE_BYTES`; it is not an OLE2 compound file (a legacy ``.doc``
   or a password-protected Word file, which Word stores as an encrypted OLE2
   container); it is a zip whose directory declares no more than
   :data:`MAX_UNCOMPRESSED_BYTES` in total and no member inflating more than
   :data:`MAX_MEMBER_RATIO` times beyond :data:`RATIO_CHECK_MIN_BYTES` (a
   zip bomb); and it holds ``word/document.xml``.

2. **The package** (:func:`sanitise`). The declared sizes are not enough on
   their own: ``ZipFile.read`` inflates a deflated member in one call with no
   output limit before cutting it to its declared size, so a member that lies
   about its size could still take gigabytes. Every XML part is therefore
   inflated once, in small bounded reads (which also checks its CRC), and
   copied *uncompressed* into an in-memory package; media, embedded objects
   and macros are left out (only XML is ever read, nothing is executed).
   A part that declares a DTD is refused (:func:`refuse_dtd`). Two repairs
   for files not written by Word happen on the way: Strict Open XML
   namespaces become the transitional ones, and every ``word/*.xml`` part
   declares the ``r`` prefix (docx2python fails on parts that do not).

3. **Parsing** (:func:`parse_xml`) uses a safe lxml parser:
   ``resolve_entities=False, no_network=True, huge_tree=False``.

Every problem is an :class:`~approval_engine.errors.InputError` naming the file.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from approval_engine.errors import InputError
from approval_engine.ingest.ooxml import W

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_MEMBER_RATIO",
    "MAX_MEMBERS",
    "MAX_UNCOMPRESSED_BYTES",
    "RATIO_CHECK_MIN_BYTES",
    "fail",
    "parse_xml",
    "preflight",
    "read_member",
    "sanitise",
    "short",
]

MB = 1024 * 1024

#: Largest file accepted, in bytes.
MAX_FILE_BYTES = 50 * MB
#: Largest sum of the zip members' declared uncompressed sizes.
MAX_UNCOMPRESSED_BYTES = 200 * MB
#: Largest compression ratio of one member bigger than RATIO_CHECK_MIN_BYTES.
MAX_MEMBER_RATIO = 200
#: Members smaller than this are not ratio-checked (XML compresses well).
RATIO_CHECK_MIN_BYTES = 10 * MB
#: Most zip members accepted (a real .docx has a few dozen).
MAX_MEMBERS = 10_000
#: Each XML part is inflated in steps of this size, never past its declared size.
_READ_CHUNK = 1 << 16

DOCUMENT_XML = "word/document.xml"
OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")


def fail(path: str, message: str) -> InputError:
    return InputError(message, path=path)


def short(exc: BaseException, limit: int = 160) -> str:
    """An exception's message on one line, at most ``limit`` characters."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ----------------------------------------------------------------- preflight


def preflight(path: Path, source: str) -> tuple[bytes, zipfile.ZipFile]:
    """Check the file before docx2python sees it; return its bytes and zip."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise fail(source, "file not found") from None
    except OSError as exc:
        raise fail(source, f"cannot open the file ({exc.strerror or exc})") from None
    if not stat.S_ISREG(st.st_mode):
        raise fail(source, "not a regular file")
    if st.st_size == 0:
        raise fail(source, "the file is empty (0 bytes)")
    if st.st_size > MAX_FILE_BYTES:
        raise fail(
            source,
            f"the file is too large ({st.st_size / MB:.1f} MB; the limit is {MAX_FILE_BYTES / MB:.0f} MB)",
        )
    try:
        with open(path, "rb") as fh:
            # read(n) allocates n bytes up front: ask for what stat reported (+1 to see growth)
            data = fh.read(min(st.st_size, MAX_FILE_BYTES) + 1)
    except OSError as exc:
        raise fail(source, f"cannot read the file ({exc.strerror or exc})") from None
    if not data:
        raise fail(source, "the file is empty (0 bytes)")
    if len(data) > MAX_FILE_BYTES:
        raise fail(source, f"the file is too large (the limit is {MAX_FILE_BYTES / MB:.0f} MB)")
    if len(data) != st.st_size:
        raise fail(source, "the file changed while it was being read")

    if data.startswith(OLE2_MAGIC):
        if ENCRYPTION_INFO in data:
            raise fail(
                source,
                "an encrypted (password-protected) Word file: save it again without a password",
            )
        raise fail(
            source,
            "a legacy Word 97–2003 .doc file: open it in Word and save it as .docx",
        )
    if not data.startswith(ZIP_MAGICS):
        raise fail(source, "not a Word .docx file")

    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except Exception as exc:  # noqa: BLE001 - BadZipFile, NotImplementedError, EOFError, ...
        raise fail(source, f"a damaged .docx file: the zip is corrupt ({short(exc)})") from None

    if len(infos) > MAX_MEMBERS:
        raise fail(source, f"refused: the zip has {len(infos)} members (limit {MAX_MEMBERS})")
    total = 0
    for info in infos:
        size = max(int(info.file_size), 0)
        total += size
        if size > RATIO_CHECK_MIN_BYTES and size / max(int(info.compress_size), 1) > MAX_MEMBER_RATIO:
            raise fail(
                source,
                f"refused as a possible zip bomb: {info.filename} would inflate "
                f"{size / max(int(info.compress_size), 1):.0f} times to {size / MB:.0f} MB",
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise fail(
            source,
            f"refused as a possible zip bomb: its members would inflate to {total / MB:.0f} MB "
            f"(limit {MAX_UNCOMPRESSED_BYTES / MB:.0f} MB)",
        )
    if DOCUMENT_XML not in zf.NameToInfo:
        raise fail(source, "not a Word document: no word/document.xml")
    return data, zf


# ------------------------------------------------------------ reading parts


def _safe_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
    )


def read_member(zf: zipfile.ZipFile, name: str, source: str) -> bytes:
    """Read one member, turning CRC and inflate errors into InputError."""
    try:
        return zf.read(name)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError) as exc:
        raise fail(source, f"a damaged .docx file: {name} cannot be read ({short(exc)})") from None


def parse_xml(blob: bytes, name: str, source: str) -> etree._Element:
    """Parse one part with the safe parser."""
    try:
        return etree.fromstring(blob, parser=_safe_parser())
    except (etree.LxmlError, ValueError) as exc:
        raise fail(source, f"could not read the Word content: {name}: {short(exc)}") from None


# ------------------------------------------------------------ the package

#: Strict Open XML namespaces -> the transitional ones Word normally writes.
_STRICT_NAMESPACES = {
    b"http://purl.oclc.org/ooxml/wordprocessingml/main": W.encode(),
    b"http://purl.oclc.org/ooxml/officeDocument/relationships": (
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    ),
    b"http://purl.oclc.org/ooxml/drawingml/main": b"http://schemas.openxmlformats.org/drawingml/2006/main",
    b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing": (
        b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    ),
    b"http://purl.oclc.org/ooxml/officeDocument/math": b"http://schemas.openxmlformats.org/officeDocument/2006/math",
}
_STRICT_MARK = b"http://purl.oclc.org/ooxml/"  # the start of every Strict namespace above
_R_DECLARATION = b' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_ROOT_TAG_RE = re.compile(rb"<(?![?!])[^>]*?(/?)>")


def _is_xml_part(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels"))


_XML_ENCODING_DECL = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?\bencoding\s*=\s*[\"']([^\"']{1,40})[\"']")


def refuse_dtd(blob: bytes, name: str, source: str) -> None:
    """Refuse a part that declares a DTD, before any XML parser sees it.

    Word never writes a DTD (the Open Packaging Conventions do not allow one),
    and a DTD is what XML entity attacks need: entities that expand without
    limit ("billion laughs") or that read other files (``SYSTEM
    "file:///etc/passwd"``). docx2python parses with lxml's default parser,
    so nothing reaches it that declares one. ``<!DOCTYPE`` is looked for in
    the part's own encoding; encodings in which it would not be seen as ASCII
    bytes (UTF-32, EBCDIC, UTF-7, ...) are refused too: a package's XML is
    UTF-8 or UTF-16.
    """
    head = blob[:4]
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"\x00\x00\x00<", b"<\x00\x00\x00", b"\x4c\x6f\xa7\x94")):
        raise fail(source, f"refused: {name} is not UTF-8 or UTF-16 XML")
    if head.startswith((b"\xff\xfe", b"<\x00")):
        text = blob.decode("utf-16-le", errors="replace").encode("utf-8", errors="replace")
    elif head.startswith((b"\xfe\xff", b"\x00<")):
        text = blob.decode("utf-16-be", errors="replace").encode("utf-8", errors="replace")
    else:
        text = blob
        m = _XML_ENCODING_DECL.match(blob)
        if m is not None:
            declared = m.group(1).decode("ascii", errors="replace")
            try:
                ascii_compatible = declared.lower().replace("_", "-").startswith(("utf-16", "utf16")) or (
                    "<!DOCTYPE>".encode(declared) == b"<!DOCTYPE>"
                )
            except (LookupError, ValueError):
                ascii_compatible = False
            if not ascii_compatible:
                raise fail(source, f"refused: {name} is in the encoding {declared!r}, not UTF-8 or UTF-16")
    if b"<!DOCTYPE" in text or b"<!ENTITY" in text:
        raise fail(
            source,
            f"refused: {name} declares a DTD (<!DOCTYPE>), which Word never writes "
            "(XML entity expansion or external entities)",
        )


def _read_bounded(zf: zipfile.ZipFile, info: zipfile.ZipInfo, source: str) -> bytes:
    """Inflate one member in small steps, never past its declared size.

    ``ZipFile.read`` inflates a deflated member in one call with no output
    limit before cutting it to the declared size, so a member that lies about
    its size could still take gigabytes; small reads keep each step bounded.
    Only stored and deflated members are accepted (all Word ever writes):
    bzip2 and LZMA have no output limit at all.
    """
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise fail(source, f"not a Word .docx file: {info.filename} uses an unsupported zip compression")
    if info.flag_bits & 0x1:
        raise fail(source, f"an encrypted zip: {info.filename} needs a password")
    parts: list[bytes] = []
    try:
        with zf.open(info) as fp:
            while True:
                chunk = fp.read(_READ_CHUNK)
                if not chunk:
                    break
                parts.append(chunk)
    except Exception as exc:  # noqa: BLE001 - BadZipFile (CRC), zlib.error, EOFError, ...
        raise fail(source, f"a damaged .docx file: {info.filename} cannot be read ({short(exc)})") from None
    return b"".join(parts)


def sanitise(zf: zipfile.ZipFile, source: str) -> bytes:
    """The package as docx2python will read it: only its XML parts, each
    inflated once with bounded reads (checking its CRC) and stored
    uncompressed, so nothing docx2python reads can inflate again.

    A content control still showing its placeholder text ("Click here to enter
    text.", or a form's own "Enter your response here") is blanked: the form
    wrote those words, not the provider, and the answer is empty.

    Two repairs for files not written by Word: Strict Open XML namespaces
    become the transitional ones, and every ``word/*.xml`` root declares the
    ``r`` prefix (docx2python's run merging looks it up and fails on parts
    that do not declare it, as some other producers write them).
    """
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as new:
        for info in zf.infolist():
            if info.is_dir() or not _is_xml_part(info.filename):
                continue  # media, embedded objects and macros are never read
            blob = _read_bounded(zf, info, source)
            refuse_dtd(blob, info.filename, source)
            if _STRICT_MARK in blob:  # one scan for all of them: Word itself writes transitional
                for strict, transitional in _STRICT_NAMESPACES.items():
                    if strict in blob:
                        blob = blob.replace(strict, transitional)
            name = info.filename.lower()
            if name.startswith("word/") and name.endswith(".xml"):
                m = _ROOT_TAG_RE.search(blob, 0, 1 << 16)
                if m is not None and b"xmlns:r=" not in m.group(0):
                    at = m.end() - 1 - len(m.group(1))
                    blob = blob[:at] + _R_DECLARATION + blob[at:]
                if _PLACEHOLDER_MARK in blob:
                    blob = blank_placeholders(blob, info.filename, source)
            new.writestr(zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0)), blob)
    return out.getvalue()


_PLACEHOLDER_MARK = b"showingPlcHdr"
_SDT, _SDT_PR, _SDT_CONTENT, _SHOWING, _T = (f"{{{W}}}{t}" for t in ("sdt", "sdtPr", "sdtContent", "showingPlcHdr", "t"))


def blank_placeholders(blob: bytes, name: str, source: str) -> bytes:
    """The part with the text of every content control that shows its placeholder removed."""
    root = parse_xml(blob, name, source)
    for sdt in root.iter(_SDT):
        pr = sdt.find(_SDT_PR)
        content = sdt.find(_SDT_CONTENT)
        if pr is not None and content is not None and pr.find(_SHOWING) is not None:
            for t in content.iter(_T):
                t.text = ""
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
