"""The literals every pattern of a ruleset requires, found in a text at once.

One :class:`LiteralScan` (an Aho-Corasick automaton, ``pyahocorasick``) holds every
literal the ruleset's patterns require (``approval_engine.rules.prefilter`` reads them
from the parsed expressions). For each text perception reads, it finds those literals
once, the text lower-cased for the patterns' lower-case variants
(``approval_engine.rules.lowercase``), and which parts of the combined signals the
literals let match (each part has a bit); all three are remembered until it starts
on another application.
"""

from __future__ import annotations

import re
from itertools import chain
from operator import itemgetter

from approval_engine.rules.lowercase import lowered

_second = itemgetter(1)
#: stands in a set for "a decimal digit" (what ``\\d`` or ``[0-9]`` needs): no pattern's literal has a NUL
DIGIT = "\x00digit"
_DIGIT_RE = re.compile(r"\d")


def fold(text: str) -> str:
    """``text`` as the case-insensitive regex engine compares it with ASCII letters:
    lower case, and the three characters it matches with an ASCII letter that
    ``str.lower`` leaves apart: dotless ı and long ſ (i, s), and the dot that
    ``str.lower`` adds after the i of İ."""
    lower = text.lower()
    if not lower.isascii():
        lower = lower.replace("\u0307", "").replace("\u0131", "i").replace("\u017f", "s")
    return lower


class LiteralScan:
    """One Aho-Corasick automaton (``pyahocorasick``) over every literal the
    ruleset's patterns require: a text is scanned once for all of them, and the
    literals found in it are remembered until :meth:`forget` (perception tests
    one sentence, one passage, against many patterns, and forgets when it starts
    on another application)."""

    REMEMBERED = 4096  # texts; forgotten all at once beyond this

    def __init__(self, literals: set[str]):
        self._finder = None
        self._digits = DIGIT in literals  # a digit is looked for by a regex, not the automaton
        literals = literals - {DIGIT}
        if literals:
            import ahocorasick

            self._finder = ahocorasick.Automaton()
            for lit in literals:
                self._finder.add_word(lit, lit)
            self._finder.make_automaton()
        self._runtime()

    def _runtime(self) -> None:
        """What a scan learns while it runs (never pickled with a compiled ruleset)."""
        self._seen: dict[str, frozenset[str]] = {}
        self._low: dict[str, str | None] = {}
        # every registered part of a combined pattern has a bit; a literal names the parts it may let match
        self._part_bits: dict[str, int] = {}
        self._always = 0  # the bits of parts that need no literal
        self._next_bit = 0
        self._masks: dict[str, int] = {}  # text -> the bits of the parts its literals let match

    def __getstate__(self) -> dict:
        return {"_finder": self._finder, "_digits": self._digits}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._runtime()

    def register(self, parts: list) -> int:
        """Give each part (pattern, its required sets or None) a bit, filed under the
        literals of its first set (a match holds one of them), and return the first bit.
        Every text's parts are then read anew: none is missed for a part registered late."""
        base = self._next_bit
        for j, (_, sets, *_rest) in enumerate(parts):
            bit = 1 << (base + j)
            if sets is None:
                self._always |= bit
                continue
            for lit in sets[0]:
                self._part_bits[lit] = self._part_bits.get(lit, 0) | bit
        self._next_bit = base + len(parts)
        self._masks = {}
        return base

    def part_mask(self, text: str) -> int:
        """The bits of the registered parts whose first set of literals ``text`` holds
        (and of those that need none), remembered."""
        try:
            return self._masks[text]
        except KeyError:
            if len(self._masks) >= self.REMEMBERED:
                self._masks.clear()
            mask = self._always
            bits_of = self._part_bits.get
            for lit in self.folded(text):
                mask |= bits_of(lit, 0)
            self._masks[text] = mask
            return mask

    def lowered(self, text: str) -> str | None:
        """``lowercase.lowered(text)``, remembered like :meth:`folded`."""
        try:
            return self._low[text]
        except KeyError:
            if len(self._low) >= self.REMEMBERED:
                self._low.clear()
            low = self._low[text] = lowered(text)
            return low

    def found(self, lower: str) -> frozenset[str]:
        """The literals in a text already in lower case (or folded)."""
        found = map(_second, self._finder.iter(lower)) if self._finder is not None else ()  # (end, literal) each
        if self._digits and _DIGIT_RE.search(lower):
            return frozenset(chain(found, (DIGIT,)))
        return frozenset(found)

    def folded(self, text: str) -> frozenset[str]:
        """The literals in ``fold(text)``, remembered."""
        got = self._seen.get(text)
        if got is None:
            if len(self._seen) >= self.REMEMBERED:
                self._seen.clear()
            got = self._seen[text] = self.found(fold(text))
        return got

    def remember(self, text: str, literals: frozenset[str]) -> None:
        """What :meth:`folded` would find in ``text``, found already."""
        if len(self._seen) < self.REMEMBERED:
            self._seen[text] = literals

    def forget(self) -> None:
        self._seen = {}
        self._low = {}
        self._masks = {}
