"""Word file -> :class:`~approval_engine.ingest.document.ExtractedDocument`.

One call, :func:`extract`, turns a submitted ``.docx`` (or ``.docm``: only its
XML is read, nothing is ever executed) into blocks of text in reading order,
each with the place a reviewer can find it: its heading path, its paragraph
number among the body's blocks, its table/row/column for table cells, its
note number for footnotes and endnotes.

How it works
------------
1. **Preflight** (:func:`_preflight`). Before any XML is parsed the file is
   checked: it exists, is a regular, non-empty file under
   :data:`MAX_FILE_BYTES`; it is not an OLE2 compound file (a legacy ``.doc``
   or a password-protected Word file, which Word stores as an encrypted OLE2
   container); it is a zip whose directory declares no more than
   :data:`MAX_UNCOMPRESSED_BYTES` in total and no member inflating more than
   :data:`MAX_MEMBER_RATIO` times beyond :data:`RATIO_CHECK_MIN_BYTES` (a
   zip bomb); and it holds ``word/document.xml``.

2. **The package** (:func:`_sanitise`). The declared sizes are not enough on
   their own: ``ZipFile.read`` inflates a deflated member in one call with no
   output limit before cutting it to its declared size, so a member that lies
   about its size could still take gigabytes. Every XML part is therefore
   inflated once, in small bounded reads (which also checks its CRC), and
   copied *uncompressed* into an in-memory package; media, embedded objects
   and macros are left out (only XML is ever read, nothing is executed).
   Two repairs for files not written by Word happen on the way: Strict Open
   XML namespaces become the transitional ones, and every ``word/*.xml`` part
   declares the ``r`` prefix (docx2python fails on parts that do not).

3. **Parse once** with docx2python (``html=False``) from that package. Every
   exception raised by docx2python or lxml becomes an
   :class:`~approval_engine.errors.InputError`. docx2python's view of tracked
   changes is kept: inserted text is read, deleted text is not (the text as
   submitted, "accept all changes").

4. **Formatting.** docx2python exposes run formatting only in html mode, and
   in plain mode it even merges adjacent runs whatever their formatting. The
   typed-heading test needs to know whether *every* run is bold, so the main
   document part is parsed once more with lxml (a safe parser:
   ``resolve_entities=False, no_network=True, huge_tree=False``), which costs
   about a millisecond against docx2python's tens, and is cheaper and more
   exact than a second docx2python pass in html mode followed by tag
   stripping. ``word/styles.xml`` is parsed with the same parser to resolve
   ``basedOn`` chains (custom heading styles, ``w:outlineLvl``, list styles,
   bold styles). The two trees hold the same ``w:p`` elements in the same
   order, which maps each docx2python paragraph to its untouched original.

5. **Structure from the XML, text from docx2python.** docx2python's nested
   ``[table][row][cell][paragraph]`` lists lose nested tables (an inner table
   splits the outer one, and the outer cell's later paragraphs lose their
   ``tbl`` lineage) and copy merged cells' text into every cell they span. So
   table, row and grid column are taken from each paragraph's own
   ``w:tbl``/``w:tr``/``w:tc`` ancestors (the outermost table: nested tables
   are flattened into the outer cell), and docx2python's copies of merged
   cells (detached deep copies of the original paragraph) never become
   blocks, while identical text typed in two separate cells stays two blocks;
   :attr:`Table.rows` stays rectangular by repeating a merged cell's text in
   every grid cell it spans. Text boxes: Word writes each twice (a
   DrawingML ``mc:Choice`` and a VML ``mc:Fallback``); the Fallback copy is
   dropped.

6. **Kinds.** Headings come from styles (``HeadingN`` and styles based on
   them or carrying ``w:outlineLvl``; ``Title`` is the document title, not a
   heading) or from typing: a short Normal paragraph (at most 15 words, no
   final full stop) that is all bold or in capitals, or that starts with
   hand-typed section numbering ("Section 3 –", "Criterion four", "3(b)",
   "Part C", "4.2 Title"). List items come from list styles, Word numbering
   or typed bullets (stripped). Paragraphs broken mid-sentence by hard
   returns are joined. Table-of-contents entries (``toc N`` styles) are
   skipped: they repeat the headings.

The wording of no particular document is assumed anywhere here.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import warnings
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from docx2python import docx2python
from lxml import etree

from approval_engine.ingest.document import (
    Block,
    BlockKind,
    Comment,
    ExtractedDocument,
    Location,
    Part,
    Table,
)
from approval_engine.errors import InputError

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_MEMBER_RATIO",
    "MAX_MEMBERS",
    "MAX_UNCOMPRESSED_BYTES",
    "RATIO_CHECK_MIN_BYTES",
    "extract",
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

DOCUMENT_XML = "word/document.xml"
OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")

# ------------------------------------------------------------------ XML names

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


W_P, W_R, W_T, W_TBL, W_TR, W_TC = (_w(t) for t in ("p", "r", "t", "tbl", "tr", "tc"))
W_PPR, W_RPR, W_TCPR, W_TRPR = (_w(t) for t in ("pPr", "rPr", "tcPr", "trPr"))
W_VAL, W_ID = _w("val"), _w("id")
W_TXBX = _w("txbxContent")
W_FOOTNOTE, W_ENDNOTE = _w("footnote"), _w("endnote")
W_INS, W_DEL, W_MOVE_FROM, W_MOVE_TO = _w("ins"), _w("del"), _w("moveFrom"), _w("moveTo")
MC_FALLBACK, MC_CHOICE = f"{{{MC}}}Fallback", f"{{{MC}}}Choice"

#: Run containers the formatting walk never enters: deleted text, nested
#: paragraphs (text boxes), drawings, VML, the Fallback copy, properties.
_SKIP_IN_RUN_WALK = {
    W_DEL,
    W_MOVE_FROM,
    W_P,
    W_PPR,
    W_RPR,
    W_TXBX,
    _w("drawing"),
    _w("pict"),
    _w("object"),
    MC_FALLBACK,
}


def _safe_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
    )


# ----------------------------------------------------------------- preflight


def _fail(path: str, message: str) -> InputError:
    return InputError(message, path=path)


def _preflight(path: Path, source: str) -> tuple[bytes, zipfile.ZipFile]:
    """Check the file before docx2python sees it; return its bytes and zip."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise _fail(source, "file not found") from None
    except OSError as exc:
        raise _fail(source, f"cannot open the file ({exc.strerror or exc})") from None
    if not stat.S_ISREG(st.st_mode):
        raise _fail(source, "not a regular file")
    if st.st_size == 0:
        raise _fail(source, "the file is empty (0 bytes)")
    if st.st_size > MAX_FILE_BYTES:
        raise _fail(
            source,
            f"the file is too large ({st.st_size / MB:.1f} MB; the limit is {MAX_FILE_BYTES / MB:.0f} MB)",
        )
    try:
        with open(path, "rb") as fh:
            # read(n) allocates n bytes up front: ask for what stat reported (+1 to see growth)
            data = fh.read(min(st.st_size, MAX_FILE_BYTES) + 1)
    except OSError as exc:
        raise _fail(source, f"cannot read the file ({exc.strerror or exc})") from None
    if not data:
        raise _fail(source, "the file is empty (0 bytes)")
    if len(data) > MAX_FILE_BYTES:
        raise _fail(source, f"the file is too large (the limit is {MAX_FILE_BYTES / MB:.0f} MB)")
    if len(data) != st.st_size:
        raise _fail(source, "the file changed while it was being read")

    if data.startswith(OLE2_MAGIC):
        if ENCRYPTION_INFO in data:
            raise _fail(
                source,
                "an encrypted (password-protected) Word file: save it again without a password",
            )
        raise _fail(
            source,
            "a legacy Word 97–2003 .doc file: open it in Word and save it as .docx",
        )
    if not data.startswith(ZIP_MAGICS):
        raise _fail(source, "not a Word .docx file")

    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except Exception as exc:  # noqa: BLE001 - BadZipFile, NotImplementedError, EOFError, ...
        raise _fail(source, f"a damaged .docx file: the zip is corrupt ({_short(exc)})") from None

    if len(infos) > MAX_MEMBERS:
        raise _fail(source, f"refused: the zip has {len(infos)} members (limit {MAX_MEMBERS})")
    total = 0
    for info in infos:
        size = max(int(info.file_size), 0)
        total += size
        if size > RATIO_CHECK_MIN_BYTES and size / max(int(info.compress_size), 1) > MAX_MEMBER_RATIO:
            raise _fail(
                source,
                f"refused as a possible zip bomb: {info.filename} would inflate "
                f"{size / max(int(info.compress_size), 1):.0f} times to {size / MB:.0f} MB",
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise _fail(
            source,
            f"refused as a possible zip bomb: its members would inflate to {total / MB:.0f} MB "
            f"(limit {MAX_UNCOMPRESSED_BYTES / MB:.0f} MB)",
        )
    if DOCUMENT_XML not in zf.NameToInfo:
        raise _fail(source, "not a Word document: no word/document.xml")
    return data, zf


def _short(exc: BaseException, limit: int = 160) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _read_member(zf: zipfile.ZipFile, name: str, source: str) -> bytes:
    """Read one member, turning CRC and inflate errors into InputError."""
    try:
        return zf.read(name)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError) as exc:
        raise _fail(source, f"a damaged .docx file: {name} cannot be read ({_short(exc)})") from None


def _parse_xml(blob: bytes, name: str, source: str) -> etree._Element:
    try:
        return etree.fromstring(blob, parser=_safe_parser())
    except (etree.LxmlError, ValueError) as exc:
        raise _fail(source, f"could not read the Word content: {name}: {_short(exc)}") from None


# ------------------------------------------------------------------- styles


@dataclass
class _Style:
    sid: str
    name: str
    kind: str
    based_on: str | None
    outline: int | None
    numbered: bool
    bold: bool | None
    caps: bool | None


def _on_off(el: etree._Element | None) -> bool | None:
    """A w:b / w:caps style toggle: None when absent."""
    if el is None:
        return None
    val = el.get(W_VAL)
    return val is None or val.lower() not in {"0", "false", "off", "none"}


def _int_attr(el: etree._Element | None, default: int | None = None) -> int | None:
    if el is None:
        return default
    try:
        return int(el.get(W_VAL, ""))
    except ValueError:
        return default


class _Styles:
    """Paragraph and character styles of word/styles.xml, basedOn resolved."""

    def __init__(self, root: etree._Element | None):
        self.by_id: dict[str, _Style] = {}
        self.default_paragraph: str | None = None
        self._chains: dict[str, list[_Style]] = {}
        if root is None:
            return
        for el in root.iterchildren(_w("style")):
            sid = el.get(_w("styleId")) or ""
            if not sid:
                continue
            name_el = el.find(_w("name"))
            based = el.find(_w("basedOn"))
            ppr = el.find(W_PPR)
            rpr = el.find(W_RPR)
            outline = _int_attr(ppr.find(_w("outlineLvl"))) if ppr is not None else None
            num = ppr.find(_w("numPr")) if ppr is not None else None
            numbered = num is not None and _int_attr(num.find(_w("numId")), 1) != 0
            kind = el.get(_w("type")) or "paragraph"
            self.by_id[sid] = _Style(
                sid=sid,
                name=(name_el.get(W_VAL) if name_el is not None else sid) or sid,
                kind=kind,
                based_on=based.get(W_VAL) if based is not None else None,
                outline=outline,
                numbered=numbered,
                bold=_on_off(rpr.find(_w("b"))) if rpr is not None else None,
                caps=_on_off(rpr.find(_w("caps"))) if rpr is not None else None,
            )
            if kind == "paragraph" and _on_off_attr(el.get(_w("default"))):
                self.default_paragraph = sid

    def chain(self, sid: str | None) -> list[_Style]:
        """The style and its basedOn ancestors, nearest first (cycle-safe)."""
        sid = sid or self.default_paragraph or ""
        if sid in self._chains:
            return self._chains[sid]
        out: list[_Style] = []
        seen: set[str] = set()
        cur: str | None = sid
        while cur and cur not in seen and len(out) < 32:
            seen.add(cur)
            st = self.by_id.get(cur)
            if st is None:
                break
            out.append(st)
            cur = st.based_on
        self._chains[sid] = out
        return out

    def heading_level(self, sid: str | None) -> int | None:
        for st in self.chain(sid):
            if st.outline is not None:
                return st.outline + 1 if 0 <= st.outline <= 8 else None
            level = _builtin_heading_level(st.sid, st.name)
            if level:
                return level
        if sid and not self.chain(sid):  # style missing from styles.xml
            return _builtin_heading_level(sid, sid)
        return None

    def names(self, sid: str | None) -> list[str]:
        chain = self.chain(sid)
        if not chain and sid:
            return [sid.lower()]
        return [n for st in chain for n in (st.sid.lower(), st.name.lower())]

    def is_title(self, sid: str | None) -> bool:
        return any(n == "title" for n in self.names(sid))

    def is_subtitle(self, sid: str | None) -> bool:
        return any(n == "subtitle" for n in self.names(sid))

    def is_list(self, sid: str | None) -> bool:
        if any(st.numbered for st in self.chain(sid)):
            return True
        return any("list" in n for n in self.names(sid))

    def blocks_typed_heading(self, sid: str | None) -> bool:
        """Styles whose paragraphs are never typed headings (titles, TOC, captions…)."""
        return any(
            n in {"title", "subtitle", "caption", "quote", "intensequote", "intense quote"}
            or n.startswith("toc")
            or "footnote" in n
            or "endnote" in n
            or n in {"header", "footer"}
            for n in self.names(sid)
        )

    def is_toc(self, sid: str | None) -> bool:
        """Table-of-contents entries (Word's "toc 1".."toc 9" styles)."""
        return any(_TOC_NAME_RE.fullmatch(n) for n in self.names(sid))

    def bold(self, sid: str | None) -> bool | None:
        for st in self.chain(sid):
            if st.bold is not None:
                return st.bold
        return None

    def caps(self, sid: str | None) -> bool | None:
        for st in self.chain(sid):
            if st.caps is not None:
                return st.caps
        return None


def _on_off_attr(val: str | None) -> bool:
    return val is not None and val.lower() in {"1", "true", "on"}


_HEADING_NAME_RE = re.compile(r"heading\s*([1-9])", re.I)
_TOC_NAME_RE = re.compile(r"toc\s*[1-9]")


def _builtin_heading_level(sid: str, name: str) -> int | None:
    for candidate in (name, sid):
        m = _HEADING_NAME_RE.fullmatch(candidate.strip())
        if m:
            return int(m.group(1))
    return None


# ---------------------------------------------------------------- run text

_FOOTNOTE_PREFIX_RE = re.compile(r"(footnote|endnote)(-?\d+)\)\t")
_NOTE_REF_RE = re.compile(r"----(footnote|endnote)(-?\d+)----")
_ARTIFACT_RUN_RE = re.compile(
    r"----Image alt text---->.*<|----[^\s<>]+----|--checkbox failed--|--dropdown failed--",
    re.S,
)
_HYPERLINK_RE = re.compile(r'<a href="[^"]*">(.*)</a>', re.S)
_LATEX_RE = re.compile(r"<latex>(.*)</latex>", re.S)
_SYM_RE = re.compile(r"<span style=font-family:[^>]*>&#x([0-9A-Fa-f]+);</span>")
_BULLET_RUN_RE = re.compile(r"\t*[^\t\n]{0,16}\t")
# Symbol/Wingdings code points (low byte) that Word uses for list bullets.
_SYMBOL_BULLETS = {0xB7: "•", 0xA7: "▪", 0xA8: "▪", 0xD8: "➢", 0x6C: "●", 0x6E: "■", 0x71: "❑", 0x76: "❖"}
_SPACE_RE = re.compile(r"[\s\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
_INVISIBLE_RE = re.compile(r"[\u00ad\u200b\u2060\ufeff]")
# Zero-width (non-)joiners are Word's no-width breaks inside Latin words, but
# part of the text in emoji sequences and Arabic, Persian and Indic scripts:
# dropped only beside a Latin letter.
_LATIN_JOINER_RE = re.compile(r"(?<=[A-Za-z\u00c0-\u024f])[\u200c\u200d]+|[\u200c\u200d]+(?=[A-Za-z\u00c0-\u024f])")


def _sym(m: re.Match[str]) -> str:
    try:
        code = int(m.group(1), 16)
    except ValueError:
        return ""
    low = code & 0xFF if code >= 0xF000 or code < 0x100 else code
    if low in _SYMBOL_BULLETS:
        return _SYMBOL_BULLETS[low]
    if code == 0xFC or low == 0xFC:
        return "✓"
    return ""


def normalise_space(text: str) -> str:
    """Line breaks, tabs, non-breaking and other spaces -> one space; strip."""
    text = _LATIN_JOINER_RE.sub("", _INVISIBLE_RE.sub("", text))
    return _SPACE_RE.sub(" ", text).strip()


def _clean_fragment(text: str) -> str:
    """Remove docx2python's inline markers from joined text (comment anchors)."""
    text = _NOTE_REF_RE.sub("", text)
    text = _ARTIFACT_RUN_RE.sub("", text)
    text = re.sub(r'<a href="[^"]*">(.*?)</a>', r"\1", text, flags=re.S)
    text = re.sub(r"</?latex>", "", text)
    text = _SYM_RE.sub(_sym, text)
    return text


@dataclass
class _RunText:
    text: str
    note_prefix: tuple[str, int] | None = None  # ("footnote", id) for a note's first paragraph
    note_refs: list[tuple[str, int]] = field(default_factory=list)


def _par_text(par: Any, numbered: bool) -> _RunText:
    """Join a docx2python paragraph's runs, dropping docx2python's markers."""
    runs = [getattr(r, "text", "") or "" for r in par.runs]
    out = _RunText("")
    i = 0
    # docx2python queues "footnote1)\t" before a note's first paragraph
    while i < len(runs) and not runs[i]:
        i += 1
    if i < len(runs):
        m = _FOOTNOTE_PREFIX_RE.fullmatch(runs[i])
        if m:
            out.note_prefix = (m.group(1), int(m.group(2)))
            i += 1
    # ...and inserts the generated list number/bullet ("--\t", "1)\t") as a run
    if numbered:
        j = i
        while j < len(runs) and not runs[j]:
            j += 1
        if j < len(runs) and _BULLET_RUN_RE.fullmatch(runs[j]):
            i = j + 1
    parts: list[str] = []
    for raw in runs[i:]:
        if not raw:
            continue
        m = _NOTE_REF_RE.fullmatch(raw)
        if m:
            out.note_refs.append((m.group(1), int(m.group(2))))
            continue
        if _ARTIFACT_RUN_RE.fullmatch(raw):
            continue
        m = _HYPERLINK_RE.fullmatch(raw)
        if m:
            raw = m.group(1)
        m = _LATEX_RE.fullmatch(raw)
        if m:
            raw = m.group(1)
        if "<span style=font-family:" in raw:
            raw = _SYM_RE.sub(_sym, raw)
        parts.append(raw)
    out.text = normalise_space("".join(parts))
    return out


# ------------------------------------------------------------ formatting


def _runs_with_text(p: etree._Element) -> Iterable[etree._Element]:
    """The w:r elements of a paragraph whose text is shown (not deleted, not in a text box)."""
    stack = list(reversed(list(p)))
    while stack:
        el = stack.pop()
        tag = el.tag
        if tag == W_R:
            yield el
            continue
        if not isinstance(tag, str) or tag in _SKIP_IN_RUN_WALK:
            continue
        stack.extend(reversed(list(el)))


def _run_has_text(r: etree._Element) -> bool:
    return any((t.text or "").strip() for t in r.iterchildren(W_T))


def _run_flag(r: etree._Element, tag: str, styles: _Styles, para_style: str | None) -> bool:
    rpr = r.find(W_RPR)
    if rpr is not None:
        direct = _on_off(rpr.find(_w(tag)))
        if direct is not None:
            return direct
        rstyle = rpr.find(_w("rStyle"))
        if rstyle is not None:
            v = styles.bold(rstyle.get(W_VAL)) if tag == "b" else styles.caps(rstyle.get(W_VAL))
            if v is not None:
                return v
    v = styles.bold(para_style) if tag == "b" else styles.caps(para_style)
    return bool(v)


def _formatting(p: etree._Element | None, styles: _Styles, style: str | None) -> tuple[bool, bool]:
    """(all text runs bold, all text runs in caps formatting)."""
    if p is None:
        return False, False
    runs = [r for r in _runs_with_text(p) if _run_has_text(r)]
    if not runs:
        return False, False
    bold = all(_run_flag(r, "b", styles, style) for r in runs)
    caps = all(_run_flag(r, "caps", styles, style) for r in runs)
    return bold, caps


# ---------------------------------------------------------- typed headings

_NUM_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|first|second|third|fourth|fifth|"
    "sixth|seventh|eighth|ninth|tenth"
)
_AFTER_NUMBER = r"(?=\s*$|\s*[–—:.)\-]|\s+[^\sa-z])"
_KEYWORD_HEADING_RE = re.compile(
    r"^(?i:section|criterion|criteria|part|chapter|standard|appendix|annexe?|schedule)\s+"
    rf"(?P<num>\d{{1,3}}(?:\.\d{{1,3}})*[a-z]?|[IVXLC]{{1,6}}|[ivxlc]{{1,6}}|[A-Z]|(?i:{_NUM_WORDS}))"
    + _AFTER_NUMBER
)
_DOTTED_HEADING_RE = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){1,4})\.?(?=\s+[^\sa-z]|\s*$)")
_SUBLETTER_HEADING_RE = re.compile(
    r"^\d{1,2}\s*\((?P<a>[a-z]{1,4}|[A-Z])\)(?:\s*\((?P<b>[a-z]{1,4})\))?(?=\s|$|[:.–—\-])"
    r"|^\d{1,2}[a-z]\)?[.:]?(?=\s+[^\sa-z]|\s*$)"
)
_PLAIN_NUMBER_HEADING_RE = re.compile(r"^\d{1,2}[.)]?\s+(?=[A-Z])")
_LETTER_HEADING_RE = re.compile(r"^(?:[A-Z]|[IVX]{1,5})[.)]\s+(?=[A-Z])")
_CAPTION_RE = re.compile(r"^(?:table|figure|fig\.|chart|diagram)\s+\w+\s*[:.–—-]", re.I)

MAX_HEADING_WORDS = 15
MAX_TABLE_COLUMNS = 256


def _numbered_heading_level(text: str, emphasised: bool) -> int | None:
    """Level of a heading typed with hand numbering, or None.

    A bare "1 Title" / "A. Title" / "IV. Title" is also how people type a
    numbered list, so it counts only when the paragraph is also bold or in
    capitals; keyword numbering ("Section 3 –", "Criterion four", "Part C"),
    sub-numbering ("3(b)") and dotted numbering ("4.2 Title") count alone.
    """
    m = _KEYWORD_HEADING_RE.match(text)
    if m:
        return 1 + m.group("num").count(".")
    m = _SUBLETTER_HEADING_RE.match(text)
    if m:
        return 3 if m.group("b") else 2
    m = _DOTTED_HEADING_RE.match(text)
    if m:
        return min(m.group("num").count(".") + 1, 9)
    if emphasised and (_PLAIN_NUMBER_HEADING_RE.match(text) or _LETTER_HEADING_RE.match(text)):
        return 1
    return None


def _is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(not c.islower() for c in letters) and any(c.isupper() for c in letters)


def _short_unfinished(text: str) -> bool:
    return (
        bool(text)
        and len(text.split()) <= MAX_HEADING_WORDS
        and not text.endswith((".", ",", ";"))
        and any(c.isalnum() for c in text)
    )


_BULLETS_ONLY_RE = re.compile(r"[•▪·◦‣⁃●■□➢►❖❑\-–—*\s]+")
_TYPED_BULLET_RE = re.compile(r"^(?:[•▪·◦‣⁃●■□➢►❖❑✓]\s*|[-–—*]\s+|o\s+)(?=\S)")


# ------------------------------------------------------------------- tables


@dataclass
class _Grid:
    """A top-level table's grid: where each w:tc stands and how far it spans."""

    index: int  # 0-based
    element: etree._Element
    cells: dict[etree._Element, tuple[int, int, int, str | None]]  # tc -> row, col, span, vMerge
    n_rows: int
    n_cols: int
    heading_path: tuple[str, ...] | None = None


def _children_through_wrappers(el: etree._Element, wanted: str, stop: set[str]) -> list[etree._Element]:
    """Children named `wanted`, looking through wrappers such as w:sdt/w:customXml."""
    out: list[etree._Element] = []
    stack = list(reversed(list(el)))
    while stack:
        ch = stack.pop()
        if ch.tag == wanted:
            out.append(ch)
        elif isinstance(ch.tag, str) and ch.tag not in stop:
            stack.extend(reversed(list(ch)))
    return out


def _build_grid(index: int, tbl: etree._Element) -> _Grid:
    stop = {W_TBL, W_TR, W_TC, W_P, _w("tblPr"), _w("tblGrid"), W_TRPR, W_TCPR, _w("tblPrEx")}
    cells: dict[etree._Element, tuple[int, int, int, str | None]] = {}
    n_cols = 0
    grid = tbl.find(_w("tblGrid"))
    if grid is not None:
        n_cols = len(grid.findall(_w("gridCol")))
    rows = _children_through_wrappers(tbl, W_TR, stop)
    for r, tr in enumerate(rows):
        trpr = tr.find(W_TRPR)
        col = 0
        after = 0
        if trpr is not None:
            col = min(max(_int_attr(trpr.find(_w("gridBefore")), 0) or 0, 0), MAX_TABLE_COLUMNS)
            after = min(max(_int_attr(trpr.find(_w("gridAfter")), 0) or 0, 0), MAX_TABLE_COLUMNS)
        for tc in _children_through_wrappers(tr, W_TC, stop):
            tcpr = tc.find(W_TCPR)
            span = 1
            vmerge: str | None = None
            if tcpr is not None:
                span = min(max(_int_attr(tcpr.find(_w("gridSpan")), 1) or 1, 1), 64)
                vm = tcpr.find(_w("vMerge"))
                if vm is not None:
                    vmerge = vm.get(W_VAL) or "continue"
            cells[tc] = (r, col, span, vmerge)
            col += span
        n_cols = max(n_cols, col + after)
    # Word allows 63 columns; a larger grid is malformed and would only cost memory
    n_cols = min(n_cols, MAX_TABLE_COLUMNS)
    return _Grid(index=index, element=tbl, cells=cells, n_rows=len(rows), n_cols=n_cols)


# ------------------------------------------------------------- paragraphs


@dataclass
class _Para:
    """A kept paragraph before block ids and numbers are given."""

    text: str
    kind: BlockKind
    style: str
    part: Part = "body"
    level: int | None = None
    heading_path: tuple[str, ...] = ()
    container: tuple[Any, ...] = ("body",)
    grid: _Grid | None = None
    cell: etree._Element | None = None
    note: int | None = None
    typed_heading: bool = False
    mergeable: bool = False  # a plain paragraph that a PDF line break may have split
    follows_gap: bool = False  # an empty paragraph stood just before it


def _ancestors(el: etree._Element) -> list[etree._Element]:
    return list(el.iterancestors())


def _in_dropped_fallback(ancestors: list[etree._Element]) -> bool:
    """True inside an mc:Fallback whose mc:Choice has paragraphs of its own (a copy)."""
    for a in ancestors:
        if a.tag == MC_FALLBACK:
            alt = a.getparent()
            if alt is None:
                return True
            for choice in alt.iterchildren(MC_CHOICE):
                if next(choice.iter(W_P), None) is not None:
                    return True
    return False


def _flatten(tables: Any) -> Iterable[Any]:
    for tbl in tables:
        for row in tbl:
            for cell in row:
                yield from cell


class _Extractor:
    def __init__(self, source: str, styles: _Styles, pristine: dict[etree._Element, etree._Element]):
        self.source = source
        self.styles = styles
        self.pristine = pristine  # docx2python's w:p -> the untouched original w:p
        self.grids: dict[etree._Element, _Grid] = {}
        self.grid_list: list[_Grid] = []
        self.nested_tables: set[etree._Element] = set()
        self.text_boxes: set[etree._Element] = set()
        self.stack: list[tuple[int, str]] = []  # open headings (level, text)
        self.anchor_level = 0  # level of the last styled or numbered heading
        self.typed_headings = 0
        self.toc_entries = 0
        self.note_order: dict[tuple[str, int], int] = {}

    # -- tables
    def _index_tables(self, root: etree._Element) -> None:
        for tbl in root.iter(W_TBL):
            anc = _ancestors(tbl)
            if _in_dropped_fallback(anc):
                continue
            if any(a.tag == W_TBL for a in anc):
                self.nested_tables.add(tbl)
                continue
            grid = _build_grid(len(self.grid_list), tbl)
            self.grids[tbl] = grid
            self.grid_list.append(grid)

    # -- headings
    def _open_heading(self, level: int, text: str) -> tuple[str, ...]:
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        path = tuple(t for _, t in self.stack)
        self.stack.append((level, text))
        return path

    def _path(self) -> tuple[str, ...]:
        return tuple(t for _, t in self.stack)

    # -- body
    def body(self, body_pars: Any, root: etree._Element | None) -> list[_Para]:
        if root is not None:
            self._index_tables(root)
        out: list[_Para] = []
        gap = False
        seen: set[etree._Element] = set()
        for par in _flatten(body_pars):
            elem = getattr(par, "elem", None)
            if elem is None or elem.getparent() is None or elem in seen:
                # docx2python's copy of a merged cell's paragraph
                continue
            seen.add(elem)
            anc = _ancestors(elem)
            if _in_dropped_fallback(anc):
                continue
            original = self.pristine.get(elem)
            fmt_el = original if original is not None else elem
            style = par.style or ""
            numbered = _has_numbering(fmt_el) or bool(par.list_position and par.list_position[0])
            rt = _par_text(par, numbered)
            for ref in rt.note_refs:
                self.note_order.setdefault(ref, len(self.note_order) + 1)

            # where it stands
            outer_tbl = outer_tc = None
            last_tc = None
            txbx = None
            for a in anc:
                if a.tag == W_TC:
                    last_tc = a
                elif a.tag == W_TBL:
                    outer_tbl, outer_tc = a, last_tc
                elif a.tag == W_TXBX and txbx is None and outer_tbl is None:
                    txbx = a
            grid = self.grids.get(outer_tbl) if outer_tbl is not None else None
            if grid is not None and grid.heading_path is None:
                grid.heading_path = self._path()
            if rt.text and self.styles.is_toc(style):
                self.toc_entries += 1
                continue
            if txbx is not None and rt.text:
                self.text_boxes.add(txbx)

            text = rt.text
            if not text or (outer_tc is None and _BULLETS_ONLY_RE.fullmatch(text)):
                gap = True
                continue

            if grid is not None and outer_tc is not None:
                bullet = _TYPED_BULLET_RE.match(text)
                if bullet is not None:
                    text = text[bullet.end() :]
                out.append(
                    _Para(
                        text=text,
                        kind="cell",
                        style=style,
                        heading_path=self._path(),
                        container=("cell", outer_tc),
                        grid=grid,
                        cell=outer_tc,
                        mergeable=bullet is None and not numbered and not self.styles.is_list(style),
                        follows_gap=gap,
                    )
                )
                gap = False
                continue

            para = self._classify(text, style, numbered, fmt_el, in_text_box=txbx is not None)
            para.container = ("txbx", txbx) if txbx is not None else ("body",)
            para.follows_gap = gap
            gap = False
            out.append(para)
        return out

    def _classify(
        self, text: str, style: str, numbered: bool, p: etree._Element | None, *, in_text_box: bool
    ) -> _Para:
        styles = self.styles
        level = None if in_text_box else styles.heading_level(style)
        if level is None and not in_text_box and p is not None:
            ppr = p.find(W_PPR)
            lvl = _int_attr(ppr.find(_w("outlineLvl"))) if ppr is not None else None
            if lvl is not None and 0 <= lvl <= 8:
                level = lvl + 1
        if level is not None and not styles.is_title(style):
            path = self._open_heading(level, text)
            self.anchor_level = level
            return _Para(text=text, kind="heading", style=style, level=level, heading_path=path)

        bullet = _TYPED_BULLET_RE.match(text)
        is_list = numbered or styles.is_list(style) or bullet is not None
        keyword = _KEYWORD_HEADING_RE.match(text) is not None
        if (
            not in_text_box
            and (not is_list or (keyword and bullet is None))
            and not styles.blocks_typed_heading(style)
            and _short_unfinished(text)
        ):
            bold, caps_fmt = _formatting(p, styles, style)
            emphasised = bold or caps_fmt or _is_all_caps(text)
            typed = _numbered_heading_level(text, emphasised)
            if typed is not None:
                self.anchor_level = typed
            elif emphasised and not _CAPTION_RE.match(text):
                typed = min(max(2, self.anchor_level + 1), 9)
            if typed is not None:
                self.typed_headings += 1
                path = self._open_heading(typed, text)
                return _Para(
                    text=text, kind="heading", style=style, level=typed, heading_path=path, typed_heading=True
                )

        if is_list:
            if bullet is not None:
                text = text[bullet.end() :]
            return _Para(text=text, kind="list_item", style=style, heading_path=self._path())
        return _Para(
            text=text,
            kind="paragraph",
            style=style,
            heading_path=self._path(),
            mergeable=not styles.is_title(style) and not styles.is_subtitle(style),
        )

    # -- notes
    def notes(self, pars: Any, part: Part) -> list[_Para]:
        out: list[_Para] = []
        tag = W_FOOTNOTE if part == "footnote" else W_ENDNOTE
        current: int | None = None
        for par in _flatten(pars):
            elem = getattr(par, "elem", None)
            note_id: int | None = None
            if elem is not None:
                for a in elem.iterancestors(tag):
                    try:
                        note_id = int(a.get(W_ID, ""))
                    except ValueError:
                        note_id = None
                    break
                if _in_dropped_fallback(_ancestors(elem)):
                    continue
            numbered = elem is not None and _has_numbering(elem)
            rt = _par_text(par, numbered)
            if note_id is None and rt.note_prefix is not None:
                note_id = rt.note_prefix[1]
            if note_id is None:
                note_id = current
            current = note_id
            if not rt.text:
                continue
            kind: BlockKind = "paragraph"
            text = rt.text
            bullet = _TYPED_BULLET_RE.match(text)
            if bullet is not None or numbered or self.styles.is_list(par.style):
                kind = "list_item"
                if bullet is not None:
                    text = text[bullet.end() :]
            shown = self.note_order.get((part, note_id)) if note_id is not None else None
            out.append(
                _Para(
                    text=text,
                    kind=kind,
                    style=par.style or "",
                    part=part,
                    note=shown if shown is not None else note_id,
                    container=(part, note_id),
                    mergeable=kind == "paragraph",
                )
            )
        return out


def _has_numbering(p: etree._Element) -> bool:
    ppr = p.find(W_PPR)
    if ppr is None:
        return False
    num = ppr.find(_w("numPr"))
    if num is None:
        return False
    return _int_attr(num.find(_w("numId")), 1) != 0


_TERMINAL = (".", "!", "?", ":", ";")


def _join_broken(paras: list[_Para]) -> tuple[list[_Para], int]:
    """Join paragraphs split by hard returns mid-sentence (pasted from a PDF)."""
    out: list[_Para] = []
    joined = 0
    for p in paras:
        prev = out[-1] if out else None
        if (
            prev is not None
            and p.mergeable
            and prev.mergeable
            and not p.follows_gap
            and p.kind == prev.kind
            and (p.style or "Normal") == (prev.style or "Normal")
            and p.container == prev.container
            and p.part == prev.part
            and not prev.text.rstrip("\"'”’)]").endswith(_TERMINAL)
            and p.text[:1].islower()
        ):
            prev.text = f"{prev.text} {p.text}"
            joined += 1
            continue
        out.append(p)
    return out, joined


# ------------------------------------------------------------------- extract


def extract(path: str | Path) -> ExtractedDocument:
    """Read a Word application into blocks with their locations.

    Raises :class:`~approval_engine.errors.InputError` (message naming the
    file) for anything that is not a readable Word .docx/.docm.
    """
    source = str(path)
    data, zf = _preflight(Path(path), source)
    try:
        return _extract(source, Path(path), data, zf)
    finally:
        zf.close()


def _optional(what: str, notes: list[str], read: Any, default: Any) -> Any:
    """Read a part the submission can do without; note a failure instead of failing."""
    try:
        return read()
    except RecursionError:
        notes.append(f"{what} could not be read (nested too deeply) and were skipped")
    except Exception as exc:  # noqa: BLE001 - docx2python and lxml raise many kinds
        notes.append(f"{what} could not be read ({type(exc).__name__}: {_short(exc, 80)}) and were skipped")
    return default


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
_R_DECLARATION = b' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_ROOT_TAG_RE = re.compile(rb"<(?![?!])[^>]*?(/?)>")
_READ_CHUNK = 1 << 16


def _is_xml_part(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels"))


_XML_ENCODING_DECL = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?\bencoding\s*=\s*[\"']([^\"']{1,40})[\"']")


def _refuse_dtd(blob: bytes, name: str, source: str) -> None:
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
        raise _fail(source, f"refused: {name} is not UTF-8 or UTF-16 XML")
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
                raise _fail(source, f"refused: {name} is in the encoding {declared!r}, not UTF-8 or UTF-16")
    if b"<!DOCTYPE" in text or b"<!ENTITY" in text:
        raise _fail(
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
        raise _fail(source, f"not a Word .docx file: {info.filename} uses an unsupported zip compression")
    if info.flag_bits & 0x1:
        raise _fail(source, f"an encrypted zip: {info.filename} needs a password")
    parts: list[bytes] = []
    try:
        with zf.open(info) as fp:
            while True:
                chunk = fp.read(_READ_CHUNK)
                if not chunk:
                    break
                parts.append(chunk)
    except Exception as exc:  # noqa: BLE001 - BadZipFile (CRC), zlib.error, EOFError, ...
        raise _fail(source, f"a damaged .docx file: {info.filename} cannot be read ({_short(exc)})") from None
    return b"".join(parts)


def _sanitise(zf: zipfile.ZipFile, source: str) -> bytes:
    """The package as docx2python will read it: only its XML parts, each
    inflated once with bounded reads (checking its CRC) and stored
    uncompressed, so nothing docx2python reads can inflate again.

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
            _refuse_dtd(blob, info.filename, source)
            for strict, transitional in _STRICT_NAMESPACES.items():
                if strict in blob:
                    blob = blob.replace(strict, transitional)
            name = info.filename.lower()
            if name.startswith("word/") and name.endswith(".xml"):
                m = _ROOT_TAG_RE.search(blob, 0, 1 << 16)
                if m is not None and b"xmlns:r=" not in m.group(0):
                    at = m.end() - 1 - len(m.group(1))
                    blob = blob[:at] + _R_DECLARATION + blob[at:]
            new.writestr(zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0)), blob)
    return out.getvalue()


@dataclass
class _Parsed:
    body_pars: Any
    dx_root: etree._Element | None
    footnote_pars: Any
    endnote_pars: Any
    comments: list[tuple[str, str, str, str]]
    core: dict[str, Any]
    styles_path: str
    main_path: str


def _docx2python(package: bytes, notes: list[str]) -> _Parsed:
    """The one docx2python pass (its exceptions are left to the caller)."""
    with docx2python(io.BytesIO(package), html=False) as content:
        reader = content.docx_reader
        main = reader.file_of_type("officeDocument")
        body_pars = content.body_pars
        return _Parsed(
            body_pars=body_pars,
            dx_root=main.root_element,
            footnote_pars=_optional("footnotes", notes, lambda: content.footnotes_pars, []),
            endnote_pars=_optional("endnotes", notes, lambda: content.endnotes_pars, []),
            comments=_comments(content, notes),
            core=_optional("document properties", notes, lambda: content.core_properties, {}) or {},
            styles_path=next((f.path for f in reader.files_of_type("styles")), "word/styles.xml"),
            main_path=main.path,
        )


def _extract(source: str, path: Path, data: bytes, original_zip: zipfile.ZipFile) -> ExtractedDocument:
    package = _sanitise(original_zip, source)  # every XML part inflated once, CRC-checked
    zf = zipfile.ZipFile(io.BytesIO(package))
    notes: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            parsed = _docx2python(package, notes)
        except InputError:
            raise
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise _fail(source, f"a damaged .docx file: the zip is corrupt ({_short(exc)})") from None
        except RecursionError:
            raise _fail(source, "could not read the Word content: the XML is nested too deeply") from None
        except etree.XMLSyntaxError as exc:
            if "Excessive depth" in str(exc):  # libxml2's limit without huge_tree
                raise _fail(
                    source,
                    "could not read the Word content: the XML is nested too deeply "
                    "(over 256 levels, e.g. tables nested about 80 deep)",
                ) from None
            raise _fail(source, f"could not read the Word content: {type(exc).__name__}: {_short(exc)}") from None
        except KeyError as exc:
            if "officeDocument" in str(exc):
                raise _fail(
                    source, "not a Word document: its _rels/.rels names no main document part"
                ) from None
            raise _fail(source, f"could not read the Word content: KeyError: {_short(exc)}") from None
        except Exception as exc:  # docx2python and lxml raise many kinds
            raise _fail(source, f"could not read the Word content: {type(exc).__name__}: {_short(exc)}") from None
    body_pars, dx_root = parsed.body_pars, parsed.dx_root
    footnote_pars, endnote_pars = parsed.footnote_pars, parsed.endnote_pars
    raw_comments, core = parsed.comments, parsed.core
    styles_path, main_path = parsed.styles_path, parsed.main_path
    doc_blob = zf.read(main_path if main_path in zf.NameToInfo else DOCUMENT_XML)

    doc_root = _parse_xml(doc_blob, main_path, source)
    styles_root = None
    if styles_path in zf.NameToInfo:
        try:
            styles_root = _parse_xml(_read_member(zf, styles_path, source), styles_path, source)
        except InputError as exc:
            notes.append(f"styles could not be read, headings found from text only ({_short(exc, 80)})")
    styles = _Styles(styles_root)

    pristine: dict[etree._Element, etree._Element] = {}
    if dx_root is not None:
        dx_ps = list(dx_root.iter(W_P))
        orig_ps = list(doc_root.iter(W_P))
        if len(dx_ps) == len(orig_ps):
            pristine = dict(zip(dx_ps, orig_ps))
        else:
            notes.append("formatting read from docx2python's tree (paragraph counts differ)")

    try:
        ex = _Extractor(source, styles, pristine)
        body = ex.body(body_pars, dx_root)
        body, joined = _join_broken(body)
        foot = ex.notes(footnote_pars, "footnote")
        end = ex.notes(endnote_pars, "endnote")
        foot, joined_f = _join_broken(foot)
        end, joined_e = _join_broken(end)
    except InputError:
        raise
    except RecursionError:
        raise _fail(source, "could not read the Word content: the XML is nested too deeply") from None
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, etree.LxmlError) as exc:
        raise _fail(source, f"could not read the Word content: {type(exc).__name__}: {_short(exc)}") from None

    blocks: list[Block] = []
    cell_ids: dict[etree._Element, list[str]] = {}
    cell_texts: dict[etree._Element, list[str]] = {}
    for n, p in enumerate(body, start=1):
        bid = f"b{len(blocks) + 1}"
        loc = Location(part="body", heading_path=p.heading_path, paragraph=n)
        if p.grid is not None and p.cell is not None:
            r, c, _span, _vm = p.grid.cells.get(p.cell, (None, None, 1, None))
            loc = Location(
                part="body",
                heading_path=p.heading_path,
                paragraph=n,
                table=p.grid.index + 1,
                row=r + 1 if r is not None else None,
                column=c + 1 if c is not None else None,
            )
            cell_ids.setdefault(p.cell, []).append(bid)
            cell_texts.setdefault(p.cell, []).append(p.text)
        blocks.append(
            Block(id=bid, kind=p.kind, text=p.text, location=loc, style=p.style, level=p.level)
        )
    for p in foot + end:
        bid = f"b{len(blocks) + 1}"
        loc = Location(part=p.part, heading_path=(), paragraph=None, note=p.note)
        blocks.append(Block(id=bid, kind=p.kind, text=p.text, location=loc, style=p.style))

    tables = [_table(g, cell_ids, cell_texts) for g in ex.grid_list]

    comments = [
        Comment(
            anchor=normalise_space(_clean_fragment(anchor or "")),
            author=author or "",
            date=date or "",
            text="\n".join(
                t for t in (normalise_space(x) for x in re.split(r"\n\s*\n|\n", text or "")) if t
            ),
        )
        for anchor, author, date, text in raw_comments
    ]

    title = _title(core, body, styles, path)
    warns = _warnings(ex, doc_root, original_zip, joined + joined_f + joined_e, len(comments), body, notes, caught)

    return ExtractedDocument(
        source=source,
        sha256=hashlib.sha256(data).hexdigest(),
        title=title,
        blocks=blocks,
        tables=tables,
        comments=comments,
        warnings=warns,
    )


def _comments(content: Any, notes: list[str]) -> list[tuple[str, str, str, str]]:
    """docx2python's comments; on its failure, the comment texts without anchors."""
    try:
        found = list(content.comments)
    except Exception:  # noqa: BLE001 - a failure here must not lose the document
        found = []
    try:
        elements = content.docx_reader.comments
    except Exception:  # noqa: BLE001
        elements = []
    if len(found) >= len(elements):
        return found
    notes.append("comment anchors could not be matched; comments kept without their anchor text")
    out = []
    for el in elements:
        paras = ["".join(t.text or "" for t in p.iter(W_T)) for p in el.iter(W_P)]
        out.append(("", el.get(_w("author")) or "", el.get(_w("date")) or "", "\n".join(paras)))
    return out


def _table(
    grid: _Grid, cell_ids: dict[etree._Element, list[str]], cell_texts: dict[etree._Element, list[str]]
) -> Table:
    rows = [["" for _ in range(grid.n_cols)] for _ in range(grid.n_rows)]
    ids: list[list[list[str]]] = [[[] for _ in range(grid.n_cols)] for _ in range(grid.n_rows)]
    for tc, (r, c, span, vmerge) in sorted(grid.cells.items(), key=lambda kv: (kv[1][0], kv[1][1])):
        text = "\n".join(cell_texts.get(tc, []))
        bids = list(cell_ids.get(tc, []))
        if vmerge == "continue" and not bids and r > 0 and c < grid.n_cols:
            text, bids = rows[r - 1][c], list(ids[r - 1][c])
        for k in range(c, min(c + span, grid.n_cols)):
            rows[r][k] = text
            ids[r][k] = list(bids)
    return Table(
        index=grid.index + 1,
        heading_path=grid.heading_path or (),
        rows=rows,
        cell_blocks=ids,
    )


def _title(core: dict[str, Any], body: list[_Para], styles: _Styles, path: Path) -> str:
    title = normalise_space(str(core.get("title") or ""))
    if title:
        return title
    for p in body:
        if p.kind == "paragraph" and p.style and styles.is_title(p.style):
            return p.text
    return path.stem


def _warnings(
    ex: _Extractor,
    doc_root: etree._Element,
    zf: zipfile.ZipFile,
    joined: int,
    n_comments: int,
    body: list[_Para],
    notes: list[str],
    caught: list[warnings.WarningMessage],
) -> list[str]:
    out: list[str] = []
    if not body:
        out.append("the document body has no text")
    if ex.text_boxes:
        n = len(ex.text_boxes)
        out.append(f"{n} text box{'es' if n != 1 else ''} read")
    ins = sum(1 for el in doc_root.iter(W_INS, W_MOVE_TO) if next(el.iter(W_T), None) is not None)
    dels = sum(
        1 for el in doc_root.iter(W_DEL, W_MOVE_FROM) if next(el.iter(_w("delText")), None) is not None
    )
    if ins or dels:
        out.append(
            f"tracked changes: {ins} insertion{'s' if ins != 1 else ''} kept and "
            f"{dels} deletion{'s' if dels != 1 else ''} dropped (the text as submitted, all changes accepted)"
        )
    if n_comments:
        out.append(f"{n_comments} comment{'s' if n_comments != 1 else ''} kept aside (not part of the submission)")
    if ex.typed_headings:
        out.append(
            f"{ex.typed_headings} heading{'s' if ex.typed_headings != 1 else ''} recognised from "
            "typing (bold, capitals or hand numbering) rather than Word heading styles"
        )
    if joined:
        out.append(f"{joined} paragraph break{'s' if joined != 1 else ''} inside sentences joined (text pasted with hard returns)")
    if ex.toc_entries:
        out.append(f"table of contents skipped ({ex.toc_entries} entries)")
    if ex.nested_tables:
        n = len(ex.nested_tables)
        out.append(f"{n} nested table{'s' if n != 1 else ''} flattened into the outer table's cells")
    if next(doc_root.iter(_w("altChunk")), None) is not None:
        out.append("embedded documents (altChunk) are not read")
    names = zf.NameToInfo
    if any(n.lower().endswith("vbaproject.bin") for n in names):
        out.append("macro-enabled document: its macros were ignored (only the text is read)")
    out.extend(notes)
    seen: set[str] = set()
    for w in caught:
        msg = _short(w.message if isinstance(w.message, str) else str(w.message), 120)
        if "core-properties" in msg or msg in seen:
            continue
        seen.add(msg)
        out.append(f"docx2python: {msg}")
    return out
