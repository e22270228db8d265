"""The prefilter of a ruleset's patterns: the literal strings any match of a
pattern must contain, found by reading the parsed expression, so that a
sentence lacking them is skipped without running the expression.

A pattern's :func:`required_literals` are one set of strings any match holds
one of; its :func:`required_sets` are every such set it can tell (a match holds
one string of each). One :class:`~approval_engine.rules.literal_scan.LiteralScan`
(an Aho-Corasick automaton) finds every literal of every pattern in a text at once;
:class:`Prefiltered` wraps a compiled pattern so that ``search`` looks there
first. Every prefilter is a necessary condition only: a match is never missed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from approval_engine.rules.literal_scan import DIGIT, LiteralScan, fold  # noqa: F401 - fold is read from here too
from approval_engine.rules import lowercase
from approval_engine.rules.lowercase import variant

MIN_LITERAL = 3  # shorter strings are in nearly every sentence: no use as a prefilter


def _required_in(items, sre_constants, shortest: int = MIN_LITERAL) -> set[str] | None:
    """A set of lower-case strings one of which any match of this parsed
    sequence must contain, or None when no such set of useful length exists
    (every string ``shortest`` characters or more)."""
    C = sre_constants
    best: set[str] | None = None
    run = ""

    def consider(cands: set[str] | None) -> None:
        nonlocal best
        if not cands or min(len(c) for c in cands) < shortest:
            return
        key = (min(len(c) for c in cands), -len(cands))
        if best is None or key > (min(len(c) for c in best), -len(best)):
            best = cands

    for op, av in items:
        if op is C.LITERAL:
            run += chr(av).lower()
            continue
        consider({run} if run else None)
        run = ""
        if op is C.SUBPATTERN:
            consider(_required_in(av[-1], C, shortest))
        elif op is C.BRANCH:
            alts = [_required_in(b, C, shortest) for b in av[1]]
            if all(a is not None for a in alts):
                consider(set().union(*alts))  # type: ignore[arg-type]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            consider(_required_in(av[2], C, shortest))
    consider({run} if run else None)
    return best


def _parser():
    try:
        import re._constants as sre_constants  # Python 3.11+
        import re._parser as sre_parse
    except ImportError:  # pragma: no cover
        import sre_constants  # type: ignore[no-redef]
        import sre_parse  # type: ignore[no-redef]
    return sre_constants, sre_parse


def _parsed(pattern: re.Pattern):
    _, sre_parse = _parser()
    try:
        return list(sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - no prefilter is always safe
        return None


def required_literals(pattern: re.Pattern | None) -> frozenset[str] | None:
    """Strings of which every match must contain one (lower case): a cheap
    prefilter that lets the fact finder skip sentences that cannot match.
    None when the pattern offers no such guarantee."""
    if pattern is None:
        return None
    parsed = _parsed(pattern)
    if parsed is None:
        return None
    found = _required_in(parsed, _parser()[0])
    return frozenset(found) if found and _selective(found) else None


#: words in nearly every sentence: a set of literals holding one of them rules nothing out
COMMON_WORDS = frozenset("the and of in to for on with is are was a an or as at by be it this that from will can has have".split())


def _selective(literals) -> bool:
    """Some sentences lack every one of ``literals`` (none of them is a common word)."""
    return not any(lit.strip() in COMMON_WORDS for lit in literals)


def _useful(literal: str) -> bool:
    """Rare enough to be worth looking for: three characters or more, or a symbol
    outside ASCII ("£")."""
    return len(literal) >= MIN_LITERAL or not literal.isascii()


def _exact(literal: str) -> bool:
    """Found by :func:`fold` exactly where the case-insensitive regex engine finds
    it: ASCII, or symbols outside ASCII that have no case (not letters)."""
    return all(c.isascii() or not (c.isalpha() or c.lower() != c or c.upper() != c or c == "\u0307") for c in literal)


def _leading(items, C) -> str:
    """The literal characters a parsed sequence starts with."""
    run = ""
    for op, av in items:
        if op is not C.LITERAL:
            break
        run += chr(av).lower()
    return run


def _all_required_in(items, C) -> list[frozenset[str]]:
    """Every set of lower-case strings one of which any match of this parsed
    sequence must contain (a match needs one of each set: its literal runs, in
    order, and what its groups, alternatives and repeats need)."""
    sets: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av).lower()
            continue
        if op is C.BRANCH:
            # the parser moves a prefix the alternatives share out in front ("f(?:ace...|2f)"):
            # each alternative needs that prefix followed by its own first characters
            alts = []
            for b in av[1]:
                own = _required_in(b, C)
                joined = run + _leading(b, C)
                if _useful(joined) and (own is None or len(joined) >= min(len(x) for x in own)):
                    own = {joined}
                alts.append(own)
            if all(a is not None for a in alts):
                sets.append(frozenset().union(*alts))  # type: ignore[arg-type]
        if _useful(run):
            sets.append(frozenset({run}))
        run = ""
        if op is C.SUBPATTERN:
            sets += _all_required_in(av[-1], C)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            sets += _all_required_in(av[2], C)
        elif op is C.IN and _digits_only(av, C):
            sets.append(frozenset({DIGIT}))
    if _useful(run):
        sets.append(frozenset({run}))
    return sets


def _digits_only(items, C) -> bool:
    """A character class every member of which is a decimal digit (``\\d``, ``[0-9]``)."""
    for op, av in items:
        if op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            continue
        if op is C.RANGE and 48 <= av[0] <= av[1] <= 57:
            continue
        if op is C.LITERAL and 48 <= av <= 57:
            continue
        return False
    return bool(items)


def required_sets(pattern: re.Pattern | None) -> tuple[frozenset[str], ...] | None:
    """Sets of lower-case strings such that every match contains one string of
    *each* set (``required_literals`` is one such set): a sentence that lacks
    every string of any one set cannot match. None when there is no such set.
    Only strings :func:`fold` finds exactly (:func:`_exact`)."""
    if pattern is None:
        return None
    parsed = _parsed(pattern)
    if parsed is None:
        return None
    sets = [s for s in dict.fromkeys(_all_required_in(parsed, _parser()[0])) if all(_exact(x) for x in s) and _selective(s)]
    return tuple(sets) or None


def holds_all(sets: tuple[frozenset[str], ...] | None, literals: frozenset[str]) -> bool:
    """``literals`` meets every one of ``sets`` (so a match is possible)."""
    if sets is not None:
        for s in sets:
            if s.isdisjoint(literals):
                return False
    return True


def _part_holds(part, lower, at_start: bool, text: str, low: str | None) -> bool:
    """One part of a combined pattern matches ``text`` (asked of its variant on ``low`` where both exist)."""
    if low is not None and lower is not None:
        return (lower.match(low) if at_start else lower.search(low)) is not None
    return (part.match(text) if at_start else part.search(text)) is not None


_DELEGATED = frozenset({"pattern", "flags", "groups", "groupindex", "match", "fullmatch", "finditer", "findall",
                        "subn", "split", "scanner"})


class Prefiltered:
    """A compiled pattern whose ``search`` first looks for the literals every match
    must contain (:class:`LiteralScan`: one of each of its sets) and runs the
    expression only where they are; everything else is the pattern's own
    (``.pattern``, ``.finditer``, ``.sub``...). For a pattern :func:`combine`
    made of several, :meth:`holds` asks only whether it matches: each part
    whose literals are there is tried on its own. A pattern :func:`anchored` at
    the start of the text is tried there only (``match``), with no scan."""

    __slots__ = ("re", "required", "sets", "parts", "anchored", "_scan", "_variants", "_base", "_width")

    def __init__(self, pattern: re.Pattern, sets: tuple[frozenset[str], ...], scan: LiteralScan,
                 parts: list[tuple[re.Pattern, tuple[frozenset[str], ...] | None]] | None = None):
        self.re = pattern
        self.sets = sets
        self.required = sets[0] if sets else None
        # the patterns combined into this one, each with its prefilter and whether it is anchored
        self.parts = [(p, s, anchored(p)) for p, s in parts] if parts is not None else None
        self.anchored = anchored(pattern)
        self._scan = scan
        self._variants = None
        self._base = -1  # the first bit of its parts in the scan (LiteralScan.register), once registered
        self._width = 0

    _PICKLED = 6  # the slots before the run-time ones

    def __getstate__(self):
        return tuple(getattr(self, k) for k in self.__slots__[: self._PICKLED])

    def __setstate__(self, state) -> None:
        for k, v in zip(self.__slots__, state):
            setattr(self, k, v)
        self._variants = None
        self._base, self._width = -1, 0

    def _lower(self) -> tuple:
        """The pattern's lower-case variant and each part's (``lowercase.variant``), made at first use."""
        if self._variants is None:
            parts = tuple(variant(p) for p, _, _ in self.parts) if self.parts is not None else None
            self._variants = (variant(self.re), parts)
        return self._variants

    def search(self, text: str, *args) -> re.Match | None:
        if self.anchored and not args:
            return self.re.match(text)
        literals = self._scan.folded(text)
        for s in self.sets:
            if s.isdisjoint(literals):
                return None
        if not args:
            return lowercase.search(self.re, self._lower()[0], text, self._scan.lowered(text))
        return self.re.search(text, *args)

    def holds(self, text: str) -> bool:
        """Whether ``search`` would find a match (a match of the combined pattern is
        a match of one of its parts, and a part without its literals has none). Each
        is asked of its lower-case variant where there is one (``lowercase``)."""
        if self.anchored:
            return self.re.match(text) is not None
        literals = self._scan.folded(text)
        for s in self.sets:
            if s.isdisjoint(literals):
                return False
        scan = self._scan
        low = scan.lowered(text)
        whole, variants = self._lower()
        parts = self.parts
        if parts is None:
            if low is not None and whole is not None:
                return whole.search(low) is not None
            return self.re.search(text) is not None
        if self._base < 0:
            self._base, self._width = scan.register(parts), (1 << len(parts)) - 1
        # only the parts the text's literals let match, found by their bits, in their order
        candidates = (scan.part_mask(text) >> self._base) & self._width
        while candidates:
            k = (candidates & -candidates).bit_length() - 1
            candidates &= candidates - 1
            part, sets, at_start = parts[k]
            if sets is not None and len(sets) > 1:
                for s in sets:  # (its first set is met: the bit says so)
                    if s.isdisjoint(literals):
                        break
                else:
                    if _part_holds(part, variants[k], at_start, text, low):
                        return True
                continue
            if _part_holds(part, variants[k], at_start, text, low):
                return True
        return False

    def sub(self, repl, string: str, count: int = 0) -> str:
        literals = self._scan.folded(string)
        for s in self.sets:
            if s.isdisjoint(literals):
                return string  # nothing to replace
        if self.parts is not None and not any(holds_all(sets, literals) for _, sets, _ in self.parts):
            return string  # no part can match here
        return self.re.sub(repl, string, count)

    def __getattr__(self, name: str):
        if name in _DELEGATED:
            return getattr(self.re, name)
        raise AttributeError(name)

    def __repr__(self) -> str:
        return f"Prefiltered({self.re!r})"


@lru_cache(maxsize=256)  # a property of the compiled pattern: read once, not per application
def short_literals(pattern: re.Pattern | None) -> frozenset[str] | None:
    """Strings, two characters or more, one of which every match contains, for a
    plain substring test on a short text (a clause) where a scan would cost more
    than it saves; None when the pattern offers none, or one :func:`fold` would
    not find exactly."""
    parsed = _parsed(pattern) if pattern is not None else None
    found = _required_in(parsed, _parser()[0], shortest=2) if parsed else None
    return frozenset(found) if found and all(_exact(x) for x in found) else None


def anchored(pattern: re.Pattern | None) -> bool:
    """Every match starts at the start of the text (``^`` or ``\\A`` after the word-start
    look-behind, in every alternative, without MULTILINE): ``search`` is then ``match``."""
    if pattern is None or pattern.flags & re.MULTILINE:
        return False
    parsed = _parsed(pattern)
    if not parsed:
        return False
    C = _parser()[0]
    while parsed and parsed[0][0] in (C.ASSERT, C.ASSERT_NOT) and parsed[0][1][0] == -1:
        parsed = parsed[1:]  # a look-behind: at the start of the text it has nothing to look at
    return _starts_anchored(parsed, C)


def _starts_anchored(items, C) -> bool:
    if not items:
        return False
    op, av = items[0]
    if op is C.AT:
        return av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING)
    if op is C.SUBPATTERN:
        return not (av[1] & re.MULTILINE) and _starts_anchored(list(av[-1]), C)
    if op is C.BRANCH:
        return all(_starts_anchored(list(b), C) for b in av[1])
    return False


def ascii_required(pattern: re.Pattern | None) -> frozenset[str] | None:
    """:func:`required_literals`, when they are all ASCII (:func:`fold` is exact for those)."""
    required = required_literals(pattern)
    return required if required is not None and all(r.isascii() for r in required) else None


def prefilter_sets(pattern: re.Pattern | None) -> tuple[frozenset[str], ...] | None:
    """Every set of ASCII literals a match of ``pattern`` needs one of: its
    :func:`required_literals` (when ASCII) and its :func:`required_sets`."""
    sets = [s for s in (ascii_required(pattern),) if s is not None] + list(required_sets(pattern) or ())
    return tuple(dict.fromkeys(sets)) or None
