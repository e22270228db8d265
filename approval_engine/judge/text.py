"""Reading sentences: splitting, clauses around a match, module names, word sets,
titles, the specification's wording, which sentences hold which literals.

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
_CLAUSE_BOUNDARY = re.compile(r"[;:]|,\s+(?:but|although|though|whereas|while|and|so)\b|\b(?:but|however|although|whereas)\b", re.I)
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that|where|when|if|unless|until|whether)\W+(?:\w+\W+){0,2}$", re.I)
# a relative clause whose pronoun is its subject, with its verb and an object pronoun already said ("decisions that
# affect them"): what follows is the main clause's verb
_CLOSED_RELATIVE = re.compile(r"\b(?:who|which|that)\W+(?!(?:we|they|you|he|she|it|i|the|a|an|this|these|those)\b)\w+\W+"
                              r"(?:them|it|us|him|her|me)\W*$", re.I)
# "that" after a verb of saying or knowing opens what is said, not a relative clause ("We should say plainly that
# we have not surveyed ...")
_SAID_THAT = re.compile(r"\b(?:say|says|said|state|states|stated|confirm|confirms|confirmed|note|notes|noted|know|knows|"
                         r"recognise|recognises|recognize|recognizes|accept|accepts|admit|admits|explain|explains|report|"
                         r"reports|reported|acknowledge|acknowledges|plainly|clearly|frankly|honestly)\W+that\W+(?:\w+\W+){0,2}$",
                         re.I)
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


def tester(patterns):
    """``holds`` bound to ``patterns`` once: a yes-or-no test of a text."""
    test = getattr(patterns, "holds", None)
    if test is not None:
        return test
    return lambda text: holds(patterns, text)


# a sentence that opens with a subordinate clause ("If it was issued ... by an employer other than your school, the
# College will ...", "Where a candidate has not worked in a school since ..., we obtain ..."): the clause ends at the
# comma after which the main clause's subject comes
_OPENING_SUBORDINATE = re.compile(
    r"^\W*(?:if|when|whenever|where|unless|once|until|although|though|while|whereas|because|since|provided)\b[^;:]*?,\s+"
    r"(?=(?:we|i|you|they|he|she|it|the|our|your|their|this|these|each|every|all|a|an|participants?|candidates?)\b)", re.I)
# what a check looks for, said as a state ("We confirm with the school that the candidate is not on List 99", "checks
# that there are no outstanding concerns"): a negation there is what is checked for, not a refusal
_CHECKED_STATE = re.compile(
    r"\b(?:checks?|checked|checking|confirms?|confirmed|confirming|verif(?:y|ies|ied|ying)|ensures?|ensured|ensuring|"
    r"makes? sure|establish(?:es)?|satisf(?:y|ies) (?:ourselves|itself|themselves))\b(?:\s+[\w’'-]+){0,6}?\s+that\s+"
    r"(?!(?:we|i|our|us)\b)(?:[\w’'-]+\s+){1,4}?(?:is|are|was|were|has|have|had|holds?)\s*$", re.I)


# a negation that says nothing is withheld: part of a cited title ("Ofsted's review A statement is not enough (2010)");
# "no one is refused" (nobody is); or a "with ... but no ..." phrase that describes who ("Candidates with
# substantial experience but no such credit may instead make a claim ...")
_CITED_TITLE = re.compile(r"^\W*(?:[\w’'-]+\s+){0,4}?[\w’'-]+\s*\((?:19|20)\d\d[a-z]?\)")
_NONE_REFUSED = re.compile(r"^\W*(?:[\w’'-]+\s+){1,4}?(?:is|are|will be|shall be|can be|may be|would be)\s+(?:ever\s+)?"
                           r"(?:refused|denied|turned away|excluded|prevented|disadvantaged)\b", re.I)
_TITLE_AFTER = re.compile(r"\W*(?:[\w’'-]+\s+){0,6}?(?:not|no|never)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+\s*\((?:19|20)\d\d[a-z]?\)",
                          re.I)
_WITH_BUT = re.compile(r"\bwith\b[^,;.:]{1,80}?\b(?:but|and|or)\s*$", re.I)
_NO_WORD = re.compile(r"\W*no\W*", re.I)


def describes_not_denies(before_cue: str, cue: str, after_cue: str) -> bool:
    """The negation cue ``cue``, with the sentence's words before it and its clause's words after
    it, withholds nothing: it sits in a cited title, says that no one is refused something,
    or ends a "with ... but no ..." phrase."""
    if _CITED_TITLE.match(after_cue):
        return True
    if _NO_WORD.fullmatch(cue):
        return bool(_NONE_REFUSED.match(after_cue) or _WITH_BUT.search(before_cue))
    return False


def title_follows(text: str, end: int) -> bool:
    """The words after a match are a cited title with a negation in it, then its year
    ("Ofsted's review A statement is not enough (2010)"): the negation is the title's."""
    return bool(_TITLE_AFTER.match(text, end))


# a match inside what a check looks for ("... require each head to confirm that the candidate holds a current enhanced
# disclosure and has not been barred"): a negation after it is part of what is checked
_IN_CHECKED_CLAUSE = re.compile(
    r"\b(?:checks?|checked|checking|confirms?|confirmed|confirming|verif(?:y|ies|ied|ying)|ensures?|ensured|ensuring|"
    r"makes? sure)\b[^;:.]{0,60}?\bthat\s+(?!(?:we|i|our|us)\b)[^;:.]{0,80}$", re.I)


def in_checked_clause(before_match: str) -> bool:
    """The words before a match end inside the clause a checking verb opens with "that"."""
    return bool(_IN_CHECKED_CLAUSE.search(before_match))


def checked_state(before_cue: str) -> bool:
    """The words before a negation cue end in what a check looks for, said as a state of the
    person or thing checked ("... confirm with the school that the candidate is | not on List 99")."""
    return bool(_CHECKED_STATE.search(before_cue))


def clause_before(text: str, start: int) -> str:
    """The words a negation must sit in to govern a match: the same clause (not a
    subordinate clause that opens the sentence before it), and no more than
    NEGATION_BEFORE_WORDS words before it."""
    head = text[:start]
    opening = _OPENING_SUBORDINATE.match(head)
    cut = opening.end() if opening else 0
    for m in _CLAUSE_BOUNDARY.finditer(head, cut):
        cut = m.end()
    words = head[cut:].split()
    return " ".join(words[-NEGATION_BEFORE_WORDS:])


FIELD_LABEL_WORDS = 4  # "APL: not available": a match in a field's label, its value after the colon


def clause_after(text: str, end: int) -> str:
    """The first NEGATION_AFTER_WORDS words after a match, in its clause (for a match
    in a field's label, "APL: not available", the field's value)."""
    tail = text[end:]
    m = _CLAUSE_BOUNDARY.search(tail)
    if (m and m.group(0) == ":" and len(tail[: m.start()].split()) <= 2
            and len(text[:end].split()) <= FIELD_LABEL_WORDS):
        tail = tail[m.end():]
        m = _CLAUSE_BOUNDARY.search(tail)
    return " ".join((tail[: m.start()] if m else tail).split()[:NEGATION_AFTER_WORDS])


_AUXILIARY = re.compile(r"\b(?:is|are|was|were|will|would|can|cannot|could|has|have|had|does|do|did|shall|should|must|may|might)\b", re.I)
_PRONOUN_OR_AUX = re.compile(r"\b(?:we|i|you|they|he|she|it|is|are|was|were|will|would|can|cannot|could|has|have|does|do|did)\b", re.I)
SUBJECT_WORDS = 8  # a match this close to the start of its sentence, with no verb before it, is in the subject
PREDICATE_WORDS = 45  # how far the main verb may follow its subject


def main_predicate(text: str, start: int, end: int) -> str:
    """When the match is its clause's subject ("The assessment-only route that ...,
    which we discussed ..., is not something we can offer"), the first words of the main
    predicate: from the first auxiliary after the match that does not open a relative
    clause. Else ""."""
    head = text[:start]
    cut = 0  # the subject of the match's own clause ("One point the panel raised: access arrangements ... are not")
    for b in _CLAUSE_BOUNDARY.finditer(head):
        cut = b.end()
    head = head[cut:]
    if len(head.split()) > SUBJECT_WORDS or _PRONOUN_OR_AUX.search(head):
        return ""
    tail = text[end:]
    stop = _CLAUSE_BOUNDARY.search(tail)  # "... contribute to teaching but have no part in conferring it": another clause
    tail = " ".join((tail[: stop.start()] if stop else tail).split()[:PREDICATE_WORDS])
    for aux in _AUXILIARY.finditer(tail):
        if not in_relative_clause(tail[: aux.start()]):
            return " ".join(tail[aux.start():].split()[:NEGATION_AFTER_WORDS])
    return ""


def in_relative_clause(before_cue: str) -> bool:
    """The words before a cue open a relative or conditional clause ("an applicant who has not ..."), one
    not already closed by its own verb and object ("decisions that affect them | is not ...")."""
    return bool(_RELATIVE.search(before_cue)) and not _SAID_THAT.search(before_cue) \
        and not _CLOSED_RELATIVE.search(before_cue)


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


def title_like(text: str) -> bool:
    """A heading typed as a paragraph: a few words, no closing punctuation, most of
    its longer words capitalised ("Postgraduate Certificate Special Educational Needs")."""
    words_ = text.split()
    if len(words_) > TITLE_WORDS or text.rstrip()[-1:] in ".!?:;,)" or FIELD.search(text):
        return False  # "Awarding body: University of ..." is a field and its value, not a title
    long_ = [w for w in words_ if len(w) > 3]
    return bool(long_) and sum(w[0].isupper() for w in long_) >= TITLE_SHARE * len(long_)


_NOT = re.compile(r"not|\w+n't", re.I)
_COMPLEMENT = re.compile(r"\b(?:how|what|whether|when|where|why|who|which|that|if|yet|to)\b", re.I)
_LATER_VERB = re.compile(r"\b(?:will|shall|would|can|may|must|should)\b", re.I)


def governs_subject(cue: re.Match, before: str) -> bool:
    """A "not" inside the subject, with the sentence's own verb still to come before the
    match ("students who ... are not fully qualified teachers will be awarded the PG
    Certificate"): it negates the subject's clause, not the match."""
    if not _NOT.fullmatch(cue.group(0).strip()):
        return False
    verb = _LATER_VERB.search(before, cue.end())
    # "have not yet worked out how participants will ...": the verb is the negated clause's own object
    return verb is not None and not _COMPLEMENT.search(before[cue.end(): verb.start()])


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
