"""Patterns: a ruleset's regular expressions, with ``{vocabulary}`` expanded,
compiled once (case-insensitive, anchored at a word start), each with the
literal strings any match must contain, so that sentences which cannot match
are skipped without running the expression (:mod:`approval_engine.rules.prefilter`)."""

from __future__ import annotations

import re

from approval_engine.errors import RulesetError
from approval_engine.rules.language import Aspect, Ruleset
from approval_engine.rules.prefilter import (
    LiteralScan,
    anchored,
    Prefiltered,
    fold,
    holds_all,
    prefilter_sets,
    required_literals,
    required_sets,
)

__all__ = ["CompiledAspect", "CompiledRuleset", "Prefiltered", "combine", "compile_pattern", "fold", "holds_all",
           "required_literals", "required_sets"]

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


def either_apostrophe(pattern: str) -> str:
    """A straight apostrophe in a pattern also matches the typographic one Word
    types ("professionals’ assessments"): ``'`` becomes ``['’]``, and a character
    class holding ``'`` holds ``’`` too."""
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            if ch == "]":
                in_class = False
            elif ch == "'":
                out.append("'’")
                continue
        elif ch == "[":
            in_class = True
        elif ch == "'":
            out.append("['’]")
            continue
        out.append(ch)
    return "".join(out)


def compile_pattern(pattern: str, vocab: dict[str, list[str]], where: str) -> re.Pattern:
    """Expand ``{vocab}`` references and compile, case-insensitive, anchored at a word start
    (a straight apostrophe matching either kind)."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise RulesetError(f"{where}: pattern longer than {MAX_PATTERN_LENGTH} characters")
    expanded = either_apostrophe(_expand(pattern, vocab, where))
    try:
        return re.compile(WORD_START + expanded + ")", re.IGNORECASE)
    except re.error as exc:
        raise RulesetError(f"{where}: bad pattern {pattern!r}: {exc}") from None


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
        # (the literals one of which every match holds, and the ASCII sets it needs one of each)
        self.match_items = [(p, required_literals(p), required_sets(p)) for p in self.patterns["match"]]


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
        self.condition_sets = {name: [required_sets(p) for p in pats] for name, pats in self.conditions.items()}
        self.aspects: dict[str, list[CompiledAspect]] = {}
        self.outcomes: dict[str, list[re.Pattern | Prefiltered]] = {}
        self.outcome_required: dict[str, frozenset[str] | None] = {}
        self.outcome_sets: dict[str, tuple[frozenset[str], ...] | None] = {}
        outcome_terms: dict[str, list[re.Pattern]] = {}  # each term on its own
        self.outcome_parts: dict[str, list[re.Pattern]] = {}  # the sides of a two-sided outcome, each a pattern
        self.outcome_refusals: dict[str, re.Pattern] = {}  # a row that is not the outcome, wherever it is
        for rule in ruleset.requirements:
            where = f"{src}: rule {rule.id}"
            self.aspects[rule.id] = [CompiledAspect(a, vocab, where) for a in rule.aspects]
            if rule.outcome:
                outcome_terms[rule.id] = [compile_pattern(p, vocab, f"{where}, outcome.terms") for p in rule.outcome.terms]
                terms = combine(outcome_terms[rule.id])
                self.outcomes[rule.id] = [terms]
                self.outcome_required[rule.id] = required_literals(terms)
                self.outcome_sets[rule.id] = prefilter_sets(terms)
                if rule.outcome.not_terms:
                    self.outcome_refusals[rule.id] = combine(
                        [compile_pattern(p, vocab, f"{where}, outcome.not_terms") for p in rule.outcome.not_terms])
                if rule.outcome.parts:
                    self.outcome_parts[rule.id] = [compile_pattern(p, vocab, f"{where}, outcome.parts")
                                                   for p in rule.outcome.parts]
        self._prefilter(outcome_terms)

    def _prefilter(self, outcome_terms: dict[str, list[re.Pattern]]) -> None:
        """The patterns perception searches whole sentences and passages with (signals,
        outcome terms, an aspect's other fields: its match patterns have their own
        prefilter) become :class:`Prefiltered` where every match needs one of a few
        literals, or where they combine several patterns (each part then has its own
        prefilter); one :class:`LiteralScan` finds the literals of all of them."""
        wrap: list[tuple[dict | list, object, re.Pattern, tuple[frozenset[str], ...], list | None]] = []
        places: list[tuple[dict | list, object, list[re.Pattern]]] = [
            (self.signal_any, k, self.signals[k]) for k in self.signal_any]
        places += [(terms, 0, outcome_terms[rid]) for rid, terms in self.outcomes.items()]
        for aspects in self.aspects.values():
            for ca in aspects:
                places += [(ca.any, k, ca.patterns[k]) for k in ca.any if k != "match"]
                places += [(ca.patterns["with"], i, []) for i in range(len(ca.patterns["with"]))]
        for where, key, combined in places:
            pattern = where[key]
            if not isinstance(pattern, re.Pattern):
                continue
            sets = prefilter_sets(pattern) or ()
            # parts with groups are not tried apart: a back-reference counts groups across the combination
            apart = len(combined) > 1 and not any(p.groups for p in combined)
            parts = [(p, prefilter_sets(p)) for p in combined] if apart else None
            if sets or parts or anchored(pattern):
                wrap.append((where, key, pattern, sets, parts))
        literals: set[str] = set()
        for aspects in self.aspects.values():
            for ca in aspects:
                literals |= ca.required or set()
                for _, required, sets in ca.match_items:
                    literals |= required or set()
                    for s in sets or ():
                        literals |= s
        for required in self.outcome_required.values():
            literals |= required or set()
        for sets in [*(s for pats in self.condition_sets.values() for s in pats), *self.outcome_sets.values(),
                     *(sets for *_, sets, _ in wrap), *(s for *_, parts in wrap for _, s in parts or ())]:
            for s in sets or ():
                literals |= s
        self.scan = LiteralScan(literals)
        for where, key, pattern, sets, parts in wrap:
            where[key] = Prefiltered(pattern, sets, self.scan, parts)

    def literals_in(self, lower: str) -> frozenset[str]:
        """The required literals a (lower-case) sentence contains."""
        return self.scan.found(lower)
