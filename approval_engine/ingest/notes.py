"""Footnotes, endnotes, comments and tracked changes.

- **Notes** become paragraphs after the body, numbered as the reader sees
  them (by first reference in the body), every paragraph of a note sharing
  its number.
- **Comments** are never part of the submission: they are kept aside, with
  the text they are anchored to, for the reviewer. When docx2python cannot
  match comments to their anchors, their texts are kept without anchors.
- **Tracked changes**: docx2python reads inserted text and drops deleted
  text (the text as submitted, "accept all changes"); :func:`tracked_changes`
  counts both for the document's warnings.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from approval_engine.ingest.document import BlockKind, Comment, Part
from approval_engine.ingest.headings import TYPED_BULLET_RE
from approval_engine.ingest.ooxml import (
    W_DEL,
    W_ENDNOTE,
    W_FOOTNOTE,
    W_ID,
    W_INS,
    W_MOVE_FROM,
    W_MOVE_TO,
    W_P,
    W_T,
    has_numbering,
    in_dropped_fallback,
    w,
)
from approval_engine.ingest.paragraphs import Para, flatten
from approval_engine.ingest.runs import clean_fragment, normalise_space, par_text
from approval_engine.ingest.styles import Styles

RawComment = tuple[str, str, str, str]  # anchor, author, date, text


def note_paras(pars: Any, part: Part, styles: Styles, note_order: dict[tuple[str, int], int]) -> list[Para]:
    """The paragraphs of the footnotes (or endnotes), each with its note's number."""
    out: list[Para] = []
    tag = W_FOOTNOTE if part == "footnote" else W_ENDNOTE
    current: int | None = None
    for par in flatten(pars):
        elem = getattr(par, "elem", None)
        note_id: int | None = None
        if elem is not None:
            for a in elem.iterancestors(tag):
                try:
                    note_id = int(a.get(W_ID, ""))
                except ValueError:
                    note_id = None
                break
            if in_dropped_fallback(list(elem.iterancestors())):
                continue
        numbered = elem is not None and has_numbering(elem)
        rt = par_text(par, numbered)
        if note_id is None and rt.note_prefix is not None:
            note_id = rt.note_prefix[1]
        if note_id is None:
            note_id = current
        current = note_id
        if not rt.text:
            continue
        kind: BlockKind = "paragraph"
        text = rt.text
        bullet = TYPED_BULLET_RE.match(text)
        if bullet is not None or numbered or styles.is_list(par.style):
            kind = "list_item"
            if bullet is not None:
                text = text[bullet.end() :]
        shown = note_order.get((part, note_id)) if note_id is not None else None
        out.append(
            Para(
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


def raw_comments(content: Any, notes: list[str]) -> list[RawComment]:
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
        out.append(("", el.get(w("author")) or "", el.get(w("date")) or "", "\n".join(paras)))
    return out


def comments(raw: list[RawComment]) -> list[Comment]:
    """Comments with plain text: anchor on one line, one line per comment paragraph."""
    return [
        Comment(
            anchor=normalise_space(clean_fragment(anchor or "")),
            author=author or "",
            date=date or "",
            text="\n".join(
                t for t in (normalise_space(x) for x in re.split(r"\n\s*\n|\n", text or "")) if t
            ),
        )
        for anchor, author, date, text in raw
    ]


def tracked_changes(doc_root: etree._Element) -> tuple[int, int]:
    """(insertions with text, deletions with text) in the main document."""
    ins = sum(1 for el in doc_root.iter(W_INS, W_MOVE_TO) if next(el.iter(W_T), None) is not None)
    dels = sum(
        1 for el in doc_root.iter(W_DEL, W_MOVE_FROM) if next(el.iter(w("delText")), None) is not None
    )
    return ins, dels
