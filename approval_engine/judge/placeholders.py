"""Placeholders: text the provider has not written yet ("[To be completed]", "TBC",
"JW to add a summary"). A match inside a placeholder, or near one (in the same
sentence, passage or answer), is unfinished. Perception only: the claims table
decides what an unfinished match counts for.
"""

from __future__ import annotations

import re

from approval_engine.ingest.model import Passage
from approval_engine.judge.text import Sentence

NOT_TEXT = ("heading", "label", "prompt")  # passage kinds that are never the provider's statements
NEAR_PASSAGES = 3  # how far in the same answer a placeholder leaves the text around it unfinished


class PlaceholderReader:
    """Placeholders for a perceiver (mixed into it: it reads ``self.sig``, ``self.app``,
    ``self._ph_cache``, ``self._unfinished`` and ``self._position``)."""

    def placeholders(self, text: str) -> list[tuple[int, int]]:
        cached = self._ph_cache.get(text)
        if cached is None:
            pat = self.sig["placeholder"]
            cached = [m.span() for m in pat.finditer(text)] if pat is not None else []
            self._ph_cache[text] = cached
        return cached

    def sentence_placeholder(self, s: Sentence) -> str:
        """A sentence that is all placeholder ("To be completed"), one near a placeholder, or none."""
        spans = self.placeholders(s.text)
        if spans and sum(b - a for a, b in spans) * 2 >= len(s.text.strip()):
            return "inside"
        return self._near(s, spans)

    def _near(self, s: Sentence, spans: list[tuple[int, int]]) -> str:
        """Near a placeholder when one is in the sentence (``spans``), its passage or its answer; else none."""
        return "near" if spans or self.placeholders(s.passage.text) or self._section_unfinished(s) else "none"

    def _section_unfinished(self, s: Sentence) -> bool:
        """A placeholder elsewhere in the same answer, a few passages away at most: the
        passages under the same headings, or for a table cell, the cells of its row (a
        form's other answers are other answers). A long section under one heading is
        many answers: one "[name to be confirmed]" in its twentieth numbered paragraph
        leaves that part unfinished, not the first nineteen."""
        key = _answer(s.passage)
        if key is None:
            return False
        if self._unfinished is None:
            self._unfinished = {}
            for i, p in enumerate(self.app.passages):
                self._position[p.id] = i
                if p.kind not in NOT_TEXT and self.placeholders(p.text):
                    self._unfinished.setdefault(_answer(p), []).append(i)
        here = self._position.get(s.passage.id)
        own = _CLAUSE_NUMBER.match(s.passage.text)
        return any(here is None or (abs(here - i) <= NEAR_PASSAGES and not _other_clause(own, self.app.passages[i]))
                   for i in self._unfinished.get(key, ()))

    def _placeholder(self, s: Sentence, m: re.Match) -> str:
        """The match inside a placeholder (or in a sentence that is mostly one: "Core reading list: [to be
        inserted by the library]"), near one, or none."""
        spans = self.placeholders(s.text)
        if any(a <= m.start() < b for a, b in spans):
            return "inside"
        if spans and sum(b - a for a, b in spans) * 2 >= len(s.text.strip()):
            return "inside"
        return self._near(s, spans)


# a hand-numbered clause ("5.4 Assessment-Only Route. ...", "12.3 ...", a lettered note's "F12 Marking and
# moderation. ..."): each is an answer of its own
_CLAUSE_NUMBER = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){1,3}|[A-Z]{1,2}\d{1,2}(?:\.\d{1,2}){0,2})[.)]?\s")


def _other_clause(own: re.Match | None, p: Passage) -> bool:
    """The passage is another numbered clause than the one ``own`` numbers ("5.5 The fee ... [TBC]" beside "5.4")."""
    other = _CLAUSE_NUMBER.match(p.text)
    return own is not None and other is not None and own.group(1) != other.group(1)


def _answer(p: Passage) -> tuple | None:
    """The answer a passage belongs to: its table row, or the headings above it."""
    loc = p.location
    if loc.table is not None:
        return ("row", loc.part, loc.table, loc.row)
    return ("headings", loc.heading_path) if loc.heading_path else None
