"""Patterns: a ruleset's regular expressions, with ``{vocabulary}`` expanded,
compiled once (case-insensitive, anchored at a word start), each with the
literal strings any match must contain, so that sentences which cannot match
are skipped without running the expression."""

from __future__ import annotations

import re
from functools import cached_property

from approval_engine.errors import RulesetError
from approval_engine.rules.language import Aspect, Ruleset

_VOCAB_REF = re.compile(r"\{([a-z][a-z0-9_]*)\}")
MAX_PATTERN_LENGTH = 2000
WORD_START = r"(?<![\w])(?:"  # every pattern is anchored at a word start


def _expand(pattern: str, vocab: dict[str, list[str]], where: str, seen: tuple[str, ...] = ()) -> str:
    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name not in vocab:
            raise RulesetError(f"{where}: unknown vocabulary {{{name}}}")
        if name in seen:
            raise RulesetError(f"{where}: vocabulary {{{name}}} refers to itself")
        alts = [_expand(t, vocab, where, seen + (name,)) for t in vocab[name]]
        return "(?:" + "|".join(alts) + ")"

    return _VOCAB_REF.sub(sub, pattern)


def compile_pattern(pattern: str, vocab: dict[str, list[str]], where: str) -> re.Pattern:
    """Expand ``{vocab}`` references and compile, case-insensitive, anchored at a word start."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise RulesetError(f"{where}: pattern longer than {MAX_PATTERN_LENGTH} characters")
    expanded = _expand(pattern, vocab, where)
    try:
        return re.compile(WORD_START + expanded + ")", re.IGNORECASE)
    except re.error as exc:
        raise RulesetError(f"{where}: bad pattern {pattern!r}: {exc}") from None


def _required_in(items, sre_constants) -> set[str] | None:
    """A set of lower-case strings one of which any match of this parsed
    sequence must contain, or None when no such set of useful length exists."""
    C = sre_constants
    best: set[str] | None = None
    run = ""

    def consider(cands: set[str] | None) -> None:
        nonlocal best
        if not cands or min(len(c) for c in cands) < 3:
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
            consider(_required_in(av[-1], C))
        elif op is C.BRANCH:
            alts = [_required_in(b, C) for b in av[1]]
            if all(a is not None for a in alts):
                consider(set().union(*alts))  # type: ignore[arg-type]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            consider(_required_in(av[2], C))
    consider({run} if run else None)
    return best


def required_literals(pattern: re.Pattern | None) -> frozenset[str] | None:
    """Strings of which every match must contain one (lower case): a cheap
    prefilter that lets the fact finder skip sentences that cannot match.
    None when the pattern offers no such guarantee."""
    if pattern is None:
        return None
    try:
        import re._constants as sre_constants  # Python 3.11+
        import re._parser as sre_parse
    except ImportError:  # pragma: no cover
        import sre_constants  # type: ignore[no-redef]
        import sre_parse  # type: ignore[no-redef]
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - no prefilter is always safe
        return None
    found = _required_in(list(parsed), sre_constants)
    return frozenset(found) if found else None


def combine(patterns: list[re.Pattern]) -> re.Pattern | None:
    """One alternation for a list of compiled patterns: a single search instead of one per pattern."""
    if not patterns:
        return None
    if all(p.pattern.startswith(WORD_START) and p.pattern.endswith(")") for p in patterns):
        # one shared word-start look-behind, not one per alternative: the regex engine
        # then tests it once at each position instead of once per alternative
        inner = "|".join(f"(?:{p.pattern[len(WORD_START):-1]})" for p in patterns)
        return re.compile(WORD_START + inner + ")", re.IGNORECASE)
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)


def fold(text: str) -> str:
    """``text`` as the case-insensitive regex engine compares it with ASCII letters:
    lower case, and the three characters it matches with an ASCII letter that
    ``str.lower`` leaves apart: dotless ı and long ſ (i, s), and the dot that
    ``str.lower`` adds after the i of İ."""
    lower = text.lower()
    if not lower.isascii():
        lower = lower.replace("\u0307", "").replace("\u0131", "i").replace("\u017f", "s")
    return lower


class Folded:
    """:func:`fold` of the last text asked for: perception tests one sentence against
    many patterns in a row."""

    def __init__(self) -> None:
        self._last: tuple[str | None, str] = (None, "")

    def __call__(self, text: str) -> str:
        last = self._last
        if last[0] is text:
            return last[1]
        lower = fold(text)
        self._last = (text, lower)
        return lower


_DELEGATED = frozenset({"pattern", "flags", "groups", "groupindex", "match", "fullmatch", "finditer", "findall",
                        "sub", "subn", "split", "scanner"})


class Prefiltered:
    """A compiled pattern whose ``search`` first looks for the literals every match
    must contain (one Aho-Corasick scan, ``pyahocorasick``, stopping at the first
    found) and runs the expression only where one is; everything else is the
    pattern's own (``.pattern``, ``.finditer``, ``.sub``...)."""

    __slots__ = ("re", "required", "_finder", "_fold")

    def __init__(self, pattern: re.Pattern, required: frozenset[str], folded: Folded):
        import ahocorasick

        self.re = pattern
        self.required = required
        self._fold = folded
        self._finder = ahocorasick.Automaton()
        for lit in required:
            self._finder.add_word(lit, lit)
        self._finder.make_automaton()

    def search(self, text: str, *args) -> re.Match | None:
        if next(self._finder.iter(self._fold(text)), None) is None:
            return None
        return self.re.search(text, *args)

    def __getattr__(self, name: str):
        if name in _DELEGATED:
            return getattr(self.re, name)
        raise AttributeError(name)

    def __repr__(self) -> str:
        return f"Prefiltered({self.re!r})"


def ascii_required(pattern: re.Pattern | None) -> frozenset[str] | None:
    """:func:`required_literals`, when they are all ASCII (:func:`fold` is exact for those)."""
    required = required_literals(pattern)
    return required if required is not None and all(r.isascii() for r in required) else None


class CompiledAspect:
    """An aspect with its patterns compiled."""

    def __init__(self, aspect: Aspect, vocab: dict[str, list[str]], where: str):
        self.aspect = aspect
        self.name = aspect.name
        self.patterns: dict[str, list[re.Pattern]] = {
            field: [compile_pattern(p, vocab, f"{where}, aspect '{aspect.name}', {field}") for p in pats]
            for field, pats in aspect.pattern_fields().items()
        }
        self.any: dict[str, re.Pattern | Prefiltered | None] = {field: combine(p) for field, p in self.patterns.items()}
        self.required = required_literals(self.any["match"])
        # each match pattern with its own prefilter: only patterns that can match are searched
        self.match_items = [(p, required_literals(p)) for p in self.patterns["match"]]


class CompiledRuleset:
    """A ruleset with every pattern compiled once, ready for the facts stage."""

    def __init__(self, ruleset: Ruleset):
        self.ruleset = ruleset
        vocab = ruleset.vocabulary
        src = ruleset.source or ruleset.ruleset
        sig = ruleset.signals
        if sig is None:
            raise RulesetError(f"{src}: 'signals' is required (directly or through 'extends')")
        self.signals: dict[str, list[re.Pattern]] = {
            name: [compile_pattern(p, vocab, f"{src}: signals.{name}") for p in pats]
            for name, pats in sig.model_dump().items()
        }
        self.signal_any: dict[str, re.Pattern | Prefiltered | None] = {name: combine(p) for name, p in self.signals.items()}
        self.conditions = {
            name: [compile_pattern(p, vocab, f"{src}: conditions.{name}") for p in cond.match]
            for name, cond in ruleset.conditions.items()
        }
        self.aspects: dict[str, list[CompiledAspect]] = {}
        self.outcomes: dict[str, list[re.Pattern | Prefiltered]] = {}
        self.outcome_required: dict[str, frozenset[str] | None] = {}
        for rule in ruleset.requirements:
            where = f"{src}: rule {rule.id}"
            self.aspects[rule.id] = [CompiledAspect(a, vocab, where) for a in rule.aspects]
            if rule.outcome:
                terms = combine([compile_pattern(p, vocab, f"{where}, outcome.terms") for p in rule.outcome.terms])
                self.outcomes[rule.id] = [terms]
                self.outcome_required[rule.id] = required_literals(terms)
        self._prefilter()

    def _prefilter(self) -> None:
        """The patterns perception searches whole sentences and passages with (signals,
        outcome terms, an aspect's other fields: its match patterns have their own
        prefilter) become :class:`Prefiltered` where every match needs one of a few
        literals."""
        wrap: list[tuple[dict | list, object, re.Pattern, frozenset[str]]] = []
        places: list[tuple[dict | list, object]] = [(self.signal_any, k) for k in self.signal_any]
        places += [(terms, 0) for terms in self.outcomes.values()]
        for aspects in self.aspects.values():
            for ca in aspects:
                places += [(ca.any, k) for k in ca.any if k != "match"]
                places += [(ca.patterns["with"], i) for i in range(len(ca.patterns["with"]))]
        for where, key in places:
            pattern = where[key]
            required = ascii_required(pattern) if isinstance(pattern, re.Pattern) else None
            if required is not None:
                wrap.append((where, key, pattern, required))
        folded = Folded()
        for where, key, pattern, required in wrap:
            where[key] = Prefiltered(pattern, required, folded)

    @cached_property
    def literal_finder(self):
        """One Aho-Corasick automaton over every literal the patterns require:
        a sentence is scanned once for all of them (:meth:`literals_in`)."""
        import ahocorasick

        finder = ahocorasick.Automaton()
        literals: set[str] = set()
        for aspects in self.aspects.values():
            for ca in aspects:
                literals |= ca.required or set()
                for _, required in ca.match_items:
                    literals |= required or set()
        for required in self.outcome_required.values():
            literals |= required or set()
        for lit in literals:
            finder.add_word(lit, lit)
        if literals:
            finder.make_automaton()
        return finder if literals else None

    def literals_in(self, lower: str) -> frozenset[str]:
        """The required literals a (lower-case) sentence contains."""
        finder = self.literal_finder
        if finder is None:
            return frozenset()
        return frozenset(lit for _, lit in finder.iter(lower))
