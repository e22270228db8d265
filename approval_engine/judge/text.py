"""Reading sentences: splitting, module names, word sets, titles, the specification's
wording, which sentences hold which literals (the clauses around a match are
:mod:`approval_engine.judge.clauses`).

Perception helpers only: nothing here decides anything about a requirement.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from approval_engine.rules.prefilter import holds_all

if TYPE_CHECKING:
    from approval_engine.ingest.model import Passage

_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_CITATION = re.compile(r"\((?:[A-Z][\w&.’' ]{0,40},\s*)?(?:19|20)\d\d[a-z]?\)")
_ABBREV = re.compile(r"\b(e\.g|i\.e|eg|ie|Dr|Mr|Mrs|Ms|Prof|St|No|cf|etc|para|vol)\.$", re.I)
_MODULE = re.compile(r"\b([A-Z]{2,5})\s?(\d{3,4}[A-Z]?)\b|\b(?:Module|Unit)\s+([A-Z]\b|\d{1,2}\b)")
_MODULE_LIST = re.compile(r"\b(?:Modules|Units)\s+((?:[A-Z]|\d{1,2})(?:\s*(?:,|and|&)\s*(?:[A-Z]|\d{1,2})\b)+)")
_WORD = re.compile(r"[a-z]{3,}")
_STOP = set(
    "the and for with their they them this that from into have has are was were will can not all own "
    "including incl other others its how who what which when where been being use using sen send pupils pupil "
    "children young people disabilities disability and/or".split()
)


def split_sentences(text: str) -> list[str]:
    """Sentences, never splitting after an abbreviation or inside brackets
    ("[TBC – entry requirements? Check guidance]" stays one piece), nor before the year
    that cites a title ending in a question mark ("Ofsted's Inclusion: does it matter
    where pupils are taught? (2006), the Bercow Report ...")."""
    parts = _SENT_SPLIT.split(text)
    out: list[str] = []
    for part in parts:
        if out and (_ABBREV.search(out[-1]) or out[-1].count("[") > out[-1].count("]")
                    or out[-1].count("(") > out[-1].count(")") or _CITATION.match(part)):
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


def holds(patterns, text: str) -> bool:
    """Whether any pattern matches (``first`` as a yes or no, which a prefiltered
    pattern answers trying only the parts that can match)."""
    if patterns is None:
        return False
    test = getattr(patterns, "holds", None)
    if test is not None:
        return test(text)
    if getattr(patterns, "search", None) is not None:
        return patterns.search(text) is not None
    return any(holds(p, text) for p in patterns)


def nearest(patterns, text: str, span: tuple[int, int], within=()) -> float:
    """How many characters separate ``span`` from the nearest match of any pattern
    (0 where one overlaps it; infinity where none matches). A match inside one of the
    patterns ``within`` does not count ("trainee" in "every PGCE trainee"), nor one that
    names them again ("For GTP trainees, the school obtains the disclosure before the
    trainee starts")."""
    # (a match inside theirs is their words too: its text stands in theirs)
    named = [x.group(0).lower() for p in within for x in p.finditer(text)]
    best = float("inf")
    for p in patterns:
        for x in p.finditer(text):
            again = x.group(0).lower().rstrip("s")
            if again and any(again in n for n in named):
                continue
            best = min(best, max(0, x.start() - span[1], span[0] - x.end()))
    return best


def tester(patterns):
    """``holds`` bound to ``patterns`` once: a yes-or-no test of a text."""
    test = getattr(patterns, "holds", None)
    if test is not None:
        return test
    return lambda text: holds(patterns, text)


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


def opens_with(text: str, prefix: str) -> bool:
    """``text`` begins with ``prefix`` and the prefix ends where a word ends ("task 3 (presentation)" opens
    with "task 3"; "task 30" does not)."""
    return text.startswith(prefix) and (len(text) == len(prefix) or not text[len(prefix)].isalnum())


# ---------------------------------------------------------------- titles, subjects, wording

FRAGMENT_WORDS = 4  # a paragraph shorter than this is a title, not a statement
TITLE_WORDS = 12  # a paragraph longer than this is not a title typed as a paragraph
TITLE_SHARE = 0.75  # of its longer words, the share a title capitalises
FIELD = re.compile(r":\s*\S|\s[–—-]\s")  # "Label: value", "Label – value"


_DATED = re.compile(r"^\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|"
                    r"april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d\b", re.I)


def title_like(text: str) -> bool:
    """A heading typed as a paragraph: a few words, no closing punctuation, most of
    its longer words capitalised ("Postgraduate Certificate Special Educational Needs")."""
    words_ = text.split()
    if len(words_) > TITLE_WORDS or text.rstrip()[-1:] in ".!?:;,)" or FIELD.search(text):
        return False  # "Awarding body: University of ..." is a field and its value, not a title
    if _DATED.match(text):
        return True  # a diary's or a log's entry headed by its date ("MONDAY 20 OCTOBER 2008 Prior learning ...")
    long_ = [w for w in words_ if len(w) > 3]
    return bool(long_) and sum(w[0].isupper() for w in long_) >= TITLE_SHARE * len(long_)


def which(sources: list[str], patterns: list[re.Pattern], m: re.Match) -> str:
    """The ruleset's own words for the pattern that made a combined match."""
    for src, p in zip(sources, patterns):
        if p.match(m.string, m.start()):
            return src
    return sources[0] if sources else ""


def cross_references(texts: list, patterns: list[re.Pattern], pointer_words: int) -> dict[str, list]:
    """Answers that point to another ("See our answer to 1.2"): {the passage pointed
    to: [the passages pointing to it]}, among ``texts`` (the provider's passages). An
    answer is found by its row's label or a heading above it that starts with the
    identifier pointed to; an answer that points is short (``pointer_words`` at most)."""
    out: dict[str, list] = {}
    for p in texts:
        if len(p.text.split()) > pointer_words:
            continue  # a reference in passing, not an answer that stands for another
        for pat in patterns:
            m = pat.search(p.text)
            if not m or "target" not in m.re.groupindex or not m.group("target"):
                continue
            starts = re.compile(r"^\W*(?:criterion |requirement |section |question )?" + re.escape(m.group("target")) + r"(?![\d.]*\d)", re.I)
            for t in texts:
                if t is p or (t.location.table is not None and t.location.table == p.location.table
                              and t.location.row == p.location.row):
                    continue
                if starts.match(t.label) or any(starts.match(h) for h in t.location.heading_path):
                    out.setdefault(t.id, []).append(p)
            break
    return out


class WordSets:
    """Word sets (the specification's wording, one set per requirement and guidance
    sentence) indexed by word, to ask whether a text's words are nearly all one set's."""

    def __init__(self, sets: list[frozenset[str]]):
        self.by_word: dict[str, list[int]] = {}
        self.sets = sets
        self._by_rare: dict[float, dict[str, list[int]]] = {}  # per share: a set under each of its rarest words
        for i, s in enumerate(sets):
            for w in s:
                self.by_word.setdefault(w, []).append(i)

    def shares(self, own: set[str], need: float) -> bool:
        """Some set holds at least ``need`` of the words ``own`` (counted by
        :class:`collections.Counter`, in C, over the sets filed under each word)."""
        counts = Counter(chain.from_iterable(filter(None, map(self.by_word.get, own))))
        return bool(counts) and max(counts.values()) >= need

    def copies(self, own: set[str], of_own: float, of_set: float) -> bool:
        """``own`` is one set copied out: that set holds ``of_own`` of its words, and
        they are ``of_set`` of the set's (a requirement pasted whole, not a phrase of it).
        A set of which ``own`` holds that share holds one of its rarest few words, so only
        the sets filed under one of ``own``'s words are compared."""
        index = self._by_rare.get(of_set)
        if index is None:
            index = self._by_rare[of_set] = {}
            for i, ws in enumerate(self.sets):
                keep = int(len(ws) * (1 - of_set)) + 1  # missing more than keep - 1 words fails the share
                for w in sorted(ws, key=lambda w: (len(self.by_word[w]), w))[:keep]:
                    index.setdefault(w, []).append(i)
        seen: set[int] = set()
        for w in own:
            for i in index.get(w, ()):
                if i not in seen:
                    seen.add(i)
                    c = len(own & self.sets[i])
                    if c >= of_own * len(own) and c >= of_set * len(self.sets[i]):
                        return True
        return False


_indexed: dict[int, tuple[object, WordSets]] = {}


def word_sets(sets: list[frozenset[str]]) -> WordSets:
    """The index of a list of word sets, built once for each list (an engine's
    specification wording lives as long as the engine)."""
    got = _indexed.get(id(sets))
    if got is None or got[0] is not sets:
        if len(_indexed) > 16:
            _indexed.clear()
        got = _indexed[id(sets)] = (sets, WordSets(list(sets)))
    return got[1]


# ---------------------------------------------------------------- which sentences hold which literals


@dataclass
class Sentence:
    """One sentence of a passage, as perception reads it."""

    text: str
    passage: Passage
    index: int  # position in the passage
    number: int = 0  # position in the application
    lower: str = ""
    literals: frozenset[str] | None = None  # the ruleset's required literals found here, when scanned
    folded: frozenset[str] | None = None  # ... found in its text folded as the regex engine compares it
    low: str | None = None  # its text lower-cased for patterns' lower-case variants (rules.lowercase), when set
    cues: dict[str, str] | None = field(default=None, repr=False, compare=False)  # its sentence-wide cues, once read
    aliased: object = field(default=None, repr=False, compare=False)  # read with the course's people by role (judge.aliases)

    def __post_init__(self) -> None:
        self.lower = self.text.lower()

    def may_contain(self, required: frozenset[str] | None) -> bool:
        """False only when no match is possible (none of the pattern's required strings is here)."""
        if required is None:
            return True
        if self.literals is not None:
            return not required.isdisjoint(self.literals)
        return any(r in self.lower for r in required)

    def may_match(self, sets: tuple[frozenset[str], ...] | None) -> bool:
        """False only when no match is possible (some set of strings a match needs one of is all absent)."""
        return self.folded is None or holds_all(sets, self.folded)


def bits(mask: int):
    """The positions of the bits set in a (non-negative) mask, lowest first."""
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low


class SentenceIndex:
    """Which sentences hold each literal the ruleset's patterns require, as bit masks
    over the list of sentences (each sentence has ``literals``, found in its text in
    lower case, and ``folded``, found as the regex engine folds case; under "" are
    those not scanned, which may hold anything)."""

    def __init__(self, sentences: list) -> None:
        self.holding = self._index(sentences, "literals")
        # folding differs from lower case only in a few letters (ı, ſ, İ): mostly one index serves both
        same = all(s.folded is s.literals for s in sentences)
        self.holding_folded = self.holding if same else self._index(sentences, "folded")

    @staticmethod
    def _index(sentences: list, which: str) -> dict[str, int]:
        index: dict[str, int] = {}
        get = index.get
        for k, s in enumerate(sentences):
            bit = 1 << k
            found = getattr(s, which)
            for lit in found if found is not None else ("",):
                index[lit] = get(lit, 0) | bit
        return index

    def mask(self, required: frozenset[str] | None, sets: tuple[frozenset[str], ...] | None = None) -> int:
        """The sentences that hold one of the ``required`` literals and one of each of
        ``sets``: those a match may be in (-1: every sentence)."""
        mask = -1
        for index, group in ((self.holding, (required,) if required is not None else ()), (self.holding_folded, sets or ())):
            get = index.get
            for literals in group:
                found = get("", 0)
                for lit in literals:
                    found |= get(lit, 0)
                mask &= found
        return mask


def singular(term: str) -> str:
    """A noun or a name in the singular ("Lengthsmen", "Coaches", "Harvests"), by the rules English spells most by."""
    if term.lower().endswith("men"):
        return term[:-2] + "an"
    if term.endswith(("ches", "shes", "sses")):
        return term[:-2]
    if term.endswith("s") and not term.endswith("ss"):
        return term[:-1]
    return term


def plural(term: str) -> str:
    """A noun or a name in the plural, by the same rules."""
    if term.lower().endswith("man"):
        return term[:-2] + "en"
    if term.endswith(("ch", "sh", "ss")):
        return term + "es"
    return term + "s"
