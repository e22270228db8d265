"""Word file -> :class:`~approval_engine.ingest.document.ExtractedDocument`.

One call, :func:`extract`, turns a submitted ``.docx`` (or ``.docm``: only its
XML is read, nothing is ever executed) into blocks of text in reading order,
each with the place a reviewer can find it: its heading path, its paragraph
number among the body's blocks, its table/row/column for table cells, its
note number for footnotes and endnotes.

How it works, one module per step:

1. :mod:`~approval_engine.ingest.package`: the file is checked before any
   XML is parsed (empty, legacy ``.doc``, encrypted, not a zip, zip bombs,
   the limits re-exported here), and its XML parts are inflated once with
   bounded reads into an uncompressed package, refusing DTDs.
2. :mod:`~approval_engine.ingest.parse`: one docx2python pass (``html=False``)
   over that package.
3. :mod:`~approval_engine.ingest.styles`: the main document and
   ``word/styles.xml`` are parsed once more with a safe lxml parser for what
   docx2python does not keep: styles' ``basedOn`` chains and run formatting.
   The two trees hold the same ``w:p`` elements in the same order, which maps
   each docx2python paragraph to its untouched original.
4. :mod:`~approval_engine.ingest.paragraphs` (with
   :mod:`~approval_engine.ingest.headings`,
   :mod:`~approval_engine.ingest.tables` and
   :mod:`~approval_engine.ingest.runs`): structure from the XML, text from
   docx2python; kinds, heading paths, table cells; broken paragraphs joined.
5. :mod:`~approval_engine.ingest.notes`: footnotes and endnotes after the
   body, comments kept aside, tracked changes counted.

This module numbers the blocks, lays out the tables and writes the
document's warnings. The wording of no particular document is assumed
anywhere here.
"""

from __future__ import annotations

import hashlib
import io
import warnings
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

from approval_engine.errors import InputError
from approval_engine.ingest.document import Block, ExtractedDocument, Location
from approval_engine.ingest.notes import comments as plain_comments
from approval_engine.ingest.notes import note_paras, tracked_changes
from approval_engine.ingest.ooxml import W_P, w
from approval_engine.ingest.package import (
    DOCUMENT_XML,
    MAX_FILE_BYTES,
    MAX_MEMBER_RATIO,
    MAX_MEMBERS,
    MAX_UNCOMPRESSED_BYTES,
    RATIO_CHECK_MIN_BYTES,
    fail,
    parse_xml,
    preflight,
    read_member,
    sanitise,
    short,
)
from approval_engine.ingest.paragraphs import BodyReader, Para, join_broken
from approval_engine.ingest.parse import parse
from approval_engine.ingest.runs import normalise_space
from approval_engine.ingest.styles import Styles
from approval_engine.ingest.tables import table

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_MEMBER_RATIO",
    "MAX_MEMBERS",
    "MAX_UNCOMPRESSED_BYTES",
    "RATIO_CHECK_MIN_BYTES",
    "extract",
    "normalise_space",
]


def extract(path: str | Path) -> ExtractedDocument:
    """Read a Word application into blocks with their locations.

    Raises :class:`~approval_engine.errors.InputError` (message naming the
    file) for anything that is not a readable Word .docx/.docm.
    """
    source = str(path)
    data, zf = preflight(Path(path), source)
    try:
        return _extract(source, Path(path), data, zf)
    finally:
        zf.close()


def _extract(source: str, path: Path, data: bytes, original_zip: zipfile.ZipFile) -> ExtractedDocument:
    package = sanitise(original_zip, source)  # every XML part inflated once, CRC-checked
    zf = zipfile.ZipFile(io.BytesIO(package))
    notes: list[str] = []
    parsed, caught = parse(package, source, notes)
    main_path = parsed.main_path
    doc_blob = zf.read(main_path if main_path in zf.NameToInfo else DOCUMENT_XML)

    doc_root = parse_xml(doc_blob, main_path, source)
    styles_root = None
    if parsed.styles_path in zf.NameToInfo:
        try:
            styles_root = parse_xml(read_member(zf, parsed.styles_path, source), parsed.styles_path, source)
        except InputError as exc:
            notes.append(f"styles could not be read, headings found from text only ({short(exc, 80)})")
    styles = Styles(styles_root)

    pristine: dict[etree._Element, etree._Element] = {}
    if parsed.dx_root is not None:
        dx_ps = list(parsed.dx_root.iter(W_P))
        orig_ps = list(doc_root.iter(W_P))
        if len(dx_ps) == len(orig_ps):
            pristine = dict(zip(dx_ps, orig_ps))
        else:
            notes.append("formatting read from docx2python's tree (paragraph counts differ)")

    try:
        reader = BodyReader(styles, pristine)
        body = reader.body(parsed.body_pars, parsed.dx_root)
        body, joined = join_broken(body)
        foot = note_paras(parsed.footnote_pars, "footnote", styles, reader.note_order)
        end = note_paras(parsed.endnote_pars, "endnote", styles, reader.note_order)
        foot, joined_f = join_broken(foot)
        end, joined_e = join_broken(end)
    except InputError:
        raise
    except RecursionError:
        raise fail(source, "could not read the Word content: the XML is nested too deeply") from None
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, etree.LxmlError) as exc:
        raise fail(source, f"could not read the Word content: {type(exc).__name__}: {short(exc)}") from None

    blocks: list[Block] = []
    cell_ids: dict[etree._Element, list[str]] = {}
    cell_texts: dict[etree._Element, list[str]] = {}
    for p in body:
        bid = f"b{len(blocks) + 1}"
        # the paragraph as a reader counts it in Word; a cell is found by its table, row and column
        loc = Location(part="body", heading_path=p.heading_path, paragraph=p.word_paragraph)
        if p.grid is not None and p.cell is not None:
            r, c, _span, _vm = p.grid.cells.get(p.cell, (None, None, 1, None))
            loc = Location(
                part="body",
                heading_path=p.heading_path,
                paragraph=None,
                table=p.grid.index + 1,
                row=r + 1 if r is not None else None,
                column=c + 1 if c is not None else None,
            )
            cell_ids.setdefault(p.cell, []).append(bid)
            cell_texts.setdefault(p.cell, []).append(p.text)
        refs = tuple(reader.note_order[r] for r in p.refs if r[0] == "footnote" and r in reader.note_order)
        blocks.append(Block(id=bid, kind=p.kind, text=p.text, location=loc, style=p.style, level=p.level, notes=refs))
    for p in foot + end:
        bid = f"b{len(blocks) + 1}"
        loc = Location(part=p.part, heading_path=(), paragraph=None, note=p.note)
        blocks.append(Block(id=bid, kind=p.kind, text=p.text, location=loc, style=p.style))

    tables = [table(g, cell_ids, cell_texts) for g in reader.grid_list]
    comments = plain_comments(parsed.comments)
    title = _title(parsed.core, body, styles, path)
    warns = _warnings(reader, doc_root, original_zip, joined + joined_f + joined_e, len(comments), body, notes, caught)

    return ExtractedDocument(
        source=source,
        sha256=hashlib.sha256(data).hexdigest(),
        title=title,
        blocks=blocks,
        tables=tables,
        comments=comments,
        warnings=warns,
    )


def _title(core: dict[str, Any], body: list[Para], styles: Styles, path: Path) -> str:
    title = normalise_space(str(core.get("title") or ""))
    if title:
        return title
    for p in body:
        if p.kind == "paragraph" and p.style and styles.is_title(p.style):
            return p.text
    return path.stem


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _warnings(
    reader: BodyReader,
    doc_root: etree._Element,
    zf: zipfile.ZipFile,
    joined: int,
    n_comments: int,
    body: list[Para],
    notes: list[str],
    caught: list[warnings.WarningMessage],
) -> list[str]:
    out: list[str] = []
    if not body:
        out.append("the document body has no text")
    if reader.text_boxes:
        out.append(f"{_plural(len(reader.text_boxes), 'text box', 'text boxes')} read")
    ins, dels = tracked_changes(doc_root)
    if ins or dels:
        out.append(
            f"tracked changes: {_plural(ins, 'insertion')} kept and "
            f"{_plural(dels, 'deletion')} dropped (the text as submitted, all changes accepted)"
        )
    if n_comments:
        out.append(f"{_plural(n_comments, 'comment')} kept aside (not part of the submission)")
    if reader.typed_headings:
        out.append(
            f"{_plural(reader.typed_headings, 'heading')} recognised from "
            "typing (bold, capitals or hand numbering) rather than Word heading styles"
        )
    if joined:
        out.append(f"{_plural(joined, 'paragraph break')} inside sentences joined (text pasted with hard returns)")
    if reader.toc_entries:
        out.append(f"table of contents skipped ({reader.toc_entries} entries)")
    if reader.struck:
        out.append(f"{_plural(reader.struck, 'paragraph')} struck through left unread (crossed out, as deleted text is)")
    if reader.nested_tables:
        out.append(f"{_plural(len(reader.nested_tables), 'nested table')} read row by row in the outer table's cells")
    if next(doc_root.iter(w("altChunk")), None) is not None:
        out.append("embedded documents (altChunk) are not read")
    if any(n.lower().endswith("vbaproject.bin") for n in zf.NameToInfo):
        out.append("macro-enabled document: its macros were ignored (only the text is read)")
    out.extend(notes)
    seen: set[str] = set()
    for wm in caught:
        msg = short(wm.message if isinstance(wm.message, str) else str(wm.message), 120)
        if "core-properties" in msg or msg in seen:
            continue
        seen.add(msg)
        out.append(f"docx2python: {msg}")
    return out
