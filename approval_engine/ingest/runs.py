"""A paragraph's text from docx2python's runs.

docx2python (``html=False``) gives each paragraph as runs of text with its
own inline markers: the ``footnote1)\\t`` it queues before a note's first
paragraph, the generated list number or bullet, ``----footnote1----``
references, image alt text, hyperlinks, LaTeX for equations and Symbol-font
characters. :func:`par_text` joins the runs without them (keeping the note
references aside) and :func:`normalise_space` makes the spacing plain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

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
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))  # soft hyphen, zero-width space, word joiner, BOM
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
    """Line breaks, tabs, non-breaking and other spaces (every character
    ``str.isspace`` calls one) -> one space; strip. Invisible characters and
    joiners beside Latin letters are dropped (looked for only outside ASCII)."""
    if not text.isascii():
        text = text.translate(_INVISIBLE)
        if "\u200c" in text or "\u200d" in text:
            text = _LATIN_JOINER_RE.sub("", text)
    return " ".join(text.split())


def clean_fragment(text: str) -> str:
    """Remove docx2python's inline markers from joined text (comment anchors)."""
    text = _NOTE_REF_RE.sub("", text)
    text = _ARTIFACT_RUN_RE.sub("", text)
    text = re.sub(r'<a href="[^"]*">(.*?)</a>', r"\1", text, flags=re.S)
    text = re.sub(r"</?latex>", "", text)
    text = _SYM_RE.sub(_sym, text)
    return text


@dataclass
class RunText:
    text: str
    note_prefix: tuple[str, int] | None = None  # ("footnote", id) for a note's first paragraph
    note_refs: list[tuple[str, int]] = field(default_factory=list)


def par_text(par: Any, numbered: bool) -> RunText:
    """Join a docx2python paragraph's runs, dropping docx2python's markers."""
    runs = [getattr(r, "text", "") or "" for r in par.runs]
    out = RunText("")
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
