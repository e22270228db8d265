"""Reading sentences: splitting, clauses around a match, module names, word sets.

Perception helpers only: nothing here decides anything about a requirement.
"""

from __future__ import annotations

import re

_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_ABBREV = re.compile(r"\b(e\.g|i\.e|eg|ie|Dr|Mr|Mrs|Ms|Prof|St|No|cf|etc|para|vol)\.$", re.I)
_CLAUSE_BOUNDARY = re.compile(r"[;:]|,\s+(?:but|although|though|whereas|while|and)\b|\b(?:but|however|although|whereas)\b", re.I)
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that|where|when|if|unless|until|whether)\W+(?:\w+\W+){0,2}$", re.I)
_MODULE = re.compile(r"\b([A-Z]{2,5})\s?(\d{3,4}[A-Z]?)\b|\b(?:Module|Unit)\s+([A-Z]\b|\d{1,2}\b)")
_MODULE_LIST = re.compile(r"\b(?:Modules|Units)\s+((?:[A-Z]|\d{1,2})(?:\s*(?:,|and|&)\s*(?:[A-Z]|\d{1,2})\b)+)")
_WORD = re.compile(r"[a-z]{3,}")
_STOP = set(
    "the and for with their they them this that from into have has are was were will can not all own "
    "including incl other others its how who what which when where been being use using sen send pupils pupil "
    "children young people disabilities disability and/or".split()
)
NEGATION_BEFORE_WORDS = 12  # "we do not currently offer any X": the cue must precede the match closely
NEGATION_AFTER_WORDS = 5  # "X is not offered": the cue must follow the match closely


def split_sentences(text: str) -> list[str]:
    """Sentences, never splitting after an abbreviation or inside brackets
    ("[TBC – entry requirements? Check guidance]" stays one piece)."""
    parts = _SENT_SPLIT.split(text)
    out: list[str] = []
    for part in parts:
        if out and (_ABBREV.search(out[-1]) or out[-1].count("[") > out[-1].count("]")
                    or out[-1].count("(") > out[-1].count(")")):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return [p.strip() for p in out if p.strip()]


def first(patterns, text: str) -> re.Match | None:
    """The first match of any pattern (a list, or one combined alternation; a
    pattern is anything with ``search``, e.g. a prefiltered one)."""
    if patterns is None:
        return None
    search = getattr(patterns, "search", None)
    if search is not None:
        return search(text)
    for p in patterns:
        m = p.search(text)
        if m:
            return m
    return None


def clause_before(text: str, start: int) -> str:
    """The words a negation must sit in to govern a match: the same clause, and
    no more than NEGATION_BEFORE_WORDS words before it."""
    head = text[:start]
    cut = 0
    for m in _CLAUSE_BOUNDARY.finditer(head):
        cut = m.end()
    words = head[cut:].split()
    return " ".join(words[-NEGATION_BEFORE_WORDS:])


def clause_after(text: str, end: int) -> str:
    """The first NEGATION_AFTER_WORDS words after a match, in its clause."""
    tail = text[end:]
    m = _CLAUSE_BOUNDARY.search(tail)
    return " ".join((tail[: m.start()] if m else tail).split()[:NEGATION_AFTER_WORDS])


def in_relative_clause(before_cue: str) -> bool:
    """The words before a cue open a relative or conditional clause ("an applicant who has not ...")."""
    return bool(_RELATIVE.search(before_cue))


def _module_key(m: re.Match) -> str:
    if m.group(3):
        return f"MODULE{m.group(3).upper()}"
    return f"{m.group(1)}{m.group(2)}".upper()


def modules_in(text: str) -> set[str]:
    """Module names in a text: "EDU702", "Module B", "Modules 1, 2 and 3"."""
    keys = {_module_key(m) for m in _MODULE.finditer(text)}
    for m in _MODULE_LIST.finditer(text):
        for k in re.findall(r"\b([A-Z]|\d{1,2})\b", m.group(1)):
            keys.add(f"MODULE{k}")
    return keys


def words(text: str) -> set[str]:
    """Content-word stems, for matching a table row to an outcome."""
    return {w[:6] for w in _WORD.findall(text.lower()) if w not in _STOP}
