"""Case-insensitive patterns run as case-sensitive ones over lower-cased text.

Python's regular expression engine is several times slower on a pattern with
``re.IGNORECASE`` than on the same pattern without it: every character is
lower-cased as it is compared, and the search cannot skip ahead to the
characters a match may start with. Nearly every pattern of a ruleset is
case-insensitive, and perception runs thousands of them per application.

So each such pattern has a *lower-case variant*: the same parsed expression
with every literal and character range lower-cased, compiled without the flag.
On a text lower-cased by :func:`lowered`, the variant matches exactly where
the pattern matches on the original text (the engine's case-insensitive
comparison is "the lower cases are equal", ``re._casefix`` aside). Where that
cannot be promised, there is no variant (:func:`variant` gives None) or no
lower-cased text (:func:`lowered` gives None), and the pattern itself is run:

- a pattern without ``re.IGNORECASE``, or with ``re.ASCII`` or ``re.LOCALE``,
  or one that turns the flag off or on inside itself (``(?-i:...)``);
- a literal or range whose lower case is not one character, or a range too
  wide to lower-case character by character;
- a text whose lower case is not as long as itself (İ), or that holds a
  character the engine equates with another beyond their lower cases (the
  dotless ı, the long ſ, Greek letters with two small forms: ``re._casefix``).

Only whether and where a pattern matches are taken from the variant; a match
handed back to a caller is always the pattern's own, on the original text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from re import _casefix, _compiler, _constants as C, _parser  # type: ignore[attr-defined]

__all__ = ["lowered", "search", "variant"]

_WIDEST_RANGE = 2048  # characters: a wider range (rare in a ruleset) keeps the pattern as it is
# characters the engine equates with others beyond their lower case (besides ASCII i and s themselves)
_UNSAFE = frozenset(chr(c) for k, v in _casefix._EXTRA_CASES.items() for c in (k, *v)) - {"i", "s"}


class _Unsupported(Exception):
    """The expression holds something its lower-case variant could not promise to match alike."""


def lowered(text: str) -> str | None:
    """``text`` lower-cased, character for character, or None when a variant could
    not be promised to match there as its pattern does on ``text``."""
    low = text.lower()
    if len(low) != len(text):
        return None
    if not low.isascii() and not _UNSAFE.isdisjoint(low):
        return None
    return low


@lru_cache(maxsize=None)
def _variant(source: str, flags: int) -> re.Pattern | None:
    if not flags & re.IGNORECASE or flags & (re.ASCII | re.LOCALE):
        return None
    try:
        tree = _parser.parse(source, flags)
        if tree.state.flags & (re.ASCII | re.LOCALE):
            return None
        _lower_all(tree)
        tree.state.flags &= ~re.IGNORECASE
        return _compiler.compile(tree, flags & ~re.IGNORECASE)
    except (_Unsupported, re.error, RecursionError):
        return None


def variant(pattern) -> re.Pattern | None:
    """The lower-case variant of a compiled pattern (anything with ``pattern``
    and ``flags``), compiled once per expression; None when it has none."""
    source, flags = getattr(pattern, "pattern", None), getattr(pattern, "flags", 0)
    if not isinstance(source, str):
        return None
    return _variant(source, flags)


def search(pattern, lower: re.Pattern | None, text: str, low: str | None) -> re.Match | None:
    """``pattern.search(text)``, asked of its lower-case variant ``lower`` on ``low`` (the text
    lower-cased) where both exist: the match handed back is the pattern's own, on the text,
    found from where the variant's begins."""
    if lower is None or low is None:
        return pattern.search(text)
    found = lower.search(low)
    return None if found is None else pattern.search(text, found.start())


def _low(code: int) -> int:
    low = chr(code).lower()
    if len(low) != 1:
        raise _Unsupported(chr(code))
    return ord(low)


def _lower_set(items: list) -> list:
    out: list = []
    for op, av in items:
        if op is C.LITERAL:
            out.append((op, _low(av)))
        elif op is C.RANGE:
            lo, hi = av
            if hi - lo > _WIDEST_RANGE:
                raise _Unsupported("range")
            codes = sorted({_low(c) for c in range(lo, hi + 1)})
            start = prev = codes[0]
            for c in codes[1:] + [None]:
                if c is not None and c == prev + 1:
                    prev = c
                    continue
                out.append((C.LITERAL, start) if start == prev else (C.RANGE, (start, prev)))
                if c is not None:
                    start = prev = c
        elif op in (C.NEGATE, C.CATEGORY):
            out.append((op, av))
        else:
            raise _Unsupported(str(op))
    return out


def _lower_all(sub) -> None:
    """Lower-case every literal and character set of a parsed expression, in place."""
    data = sub.data
    for i, (op, av) in enumerate(data):
        if op in (C.LITERAL, C.NOT_LITERAL):
            data[i] = (op, _low(av))
        elif op is C.IN:
            data[i] = (op, _lower_set(av))
        elif op is C.BRANCH:
            for alt in av[1]:
                _lower_all(alt)
        elif op is C.SUBPATTERN:
            _group, add, remove, p = av
            if (add | remove) & (re.IGNORECASE | re.ASCII | re.LOCALE):
                raise _Unsupported("inline flags")
            _lower_all(p)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            _lower_all(av[2])
        elif op in (C.ASSERT, C.ASSERT_NOT):
            _lower_all(av[1])
        elif op is C.ATOMIC_GROUP:
            _lower_all(av)
        elif op is C.GROUPREF_EXISTS:
            _lower_all(av[1])
            if av[2] is not None:
                _lower_all(av[2])
        elif op in (C.AT, C.ANY, C.CATEGORY, C.GROUPREF):
            continue
        else:
            raise _Unsupported(str(op))
