"""The rule language: what a ruleset file in ``rulesets/`` may say, and the
loader that validates it.

A ruleset is YAML data. Each requirement's rule names the specification
paragraph it enforces (``cites``), splits the requirement into *aspects* (the
parts a panel looks for), says how each aspect is recognised in the text
(patterns over sentences, with a required subject, contradicting phrases) or
taken from the outcome-coverage analysis, and says which aspects make the
requirement met and which make it partially met. General mechanisms
(negation, hollow aspiration, placeholders, deferred responsibility) are
ruleset-wide ``signals``; reusable term lists are ``vocabulary``, written
``{name}`` inside a pattern.

Loading never executes anything (safe YAML, regular expressions compiled
with a size limit) and every problem is reported as a
:class:`~approval_engine.errors.RulesetError` naming the file, the rule and
the problem.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from approval_engine.errors import RulesetError
from approval_engine.rules.judgement import Judgement

VERDICTS = ("met", "partially_met", "not_met", "not_applicable")
EXAMPLE_KINDS = ("met", "partially_met", "not_met", "negation", "aspiration")
_VOCAB_REF = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_NAME = r"^[a-z][a-z0-9_]*$"
MAX_PATTERN_LENGTH = 2000


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Expr(_Strict):
    """A condition over aspects: ``all`` of them, ``any`` of them, or ``at_least`` n of them."""

    all: list[str] | None = None
    any: list[str] | None = None
    at_least: int | None = Field(default=None, ge=1)
    of: list[str] | None = None

    @model_validator(mode="after")
    def _one_form(self) -> "Expr":
        forms = [self.all is not None, self.any is not None, self.at_least is not None]
        if sum(forms) != 1:
            raise ValueError("give exactly one of 'all', 'any' or 'at_least' (with 'of')")
        if self.at_least is not None and not self.of:
            raise ValueError("'at_least' needs 'of': the aspects counted")
        return self

    def names(self) -> list[str]:
        return list(self.all or self.any or self.of or [])


class Aspect(_Strict):
    """One part of a requirement that the panel looks for."""

    name: str = Field(pattern=_NAME)
    describe: str = Field(min_length=3, description="what the aspect asks for, in plain words")
    match: list[str] = Field(default_factory=list, description="any of these patterns in a sentence")
    with_: list[str] = Field(default_factory=list, alias="with", description="each of these in the same sentence too")
    near: list[str] = Field(
        default_factory=list,
        description="any of these in the same passage or its headings (context, not the sentence)",
    )
    subject: list[str] = Field(default_factory=list, description="the sentence must be about one of these")
    not_subject: list[str] = Field(
        default_factory=list, description="sentences about these (and none of 'subject') are the wrong context"
    )
    contradicted_by: list[str] = Field(
        default_factory=list, description="a sentence matching any of these defeats the aspect"
    )
    coverage: Literal["developed", "assessed", "all_assessed"] | None = Field(
        default=None,
        description="taken from the outcome-coverage analysis instead of patterns: where this outcome is"
        " developed, whether it is assessed, or whether every outcome is assessed",
    )
    optional: bool = Field(default=False, description="counts towards partially met only")

    @model_validator(mode="after")
    def _has_source(self) -> "Aspect":
        if self.coverage is None and not self.match:
            raise ValueError(f"aspect '{self.name}' needs 'match' patterns or a 'coverage' source")
        return self

    def pattern_fields(self) -> dict[str, list[str]]:
        return {
            "match": self.match,
            "with": self.with_,
            "near": self.near,
            "subject": self.subject,
            "not_subject": self.not_subject,
            "contradicted_by": self.contradicted_by,
        }


class Examples(_Strict):
    """Short passages the rule must judge as labelled (run by the test suite)."""

    met: list[str] = Field(default_factory=list)
    partially_met: list[str] = Field(default_factory=list)
    not_met: list[str] = Field(default_factory=list)
    negation: list[str] = Field(default_factory=list, description="explicitly not offered: not met")
    aspiration: list[str] = Field(default_factory=list, description="only hoped for: not met")


class Outcome(_Strict):
    """How a minimum outcome is recognised in outcome tables and module text."""

    terms: list[str] = Field(min_length=1, description="patterns that name this outcome")
    keywords: list[str] = Field(default_factory=list, description="extra words for matching table rows")


class Rule(_Strict):
    """The rule for one requirement."""

    id: str
    title: str = Field(min_length=3)
    cites: str = Field(min_length=3, description="the specification paragraph(s) this rule enforces")
    doc: str = Field(min_length=10, description="what the rule checks and why")
    applies_when: str | None = Field(default=None, description="a ruleset condition; not_applicable when false")
    aspects: list[Aspect] = Field(min_length=1)
    outcome: Outcome | None = None
    met: Expr | None = None
    partially_met: Expr | None = None
    examples: Examples = Field(default_factory=Examples)

    @field_validator("id")
    @classmethod
    def _strip(cls, v: str) -> str:
        return v.strip()

    @model_validator(mode="after")
    def _check_names(self) -> "Rule":
        names = [a.name for a in self.aspects]
        dupes = {n for n in names if names.count(n) > 1}
        if dupes:
            raise ValueError(f"duplicate aspect name(s): {', '.join(sorted(dupes))}")
        for label, expr in (("met", self.met), ("partially_met", self.partially_met)):
            if expr is not None:
                unknown = [n for n in expr.names() if n not in names]
                if unknown:
                    raise ValueError(f"'{label}' names unknown aspect(s): {', '.join(unknown)}")
        if any(a.coverage in ("developed", "assessed") for a in self.aspects) and self.outcome is None:
            raise ValueError("aspects with 'coverage' need an 'outcome' block")
        return self

    @cached_property
    def met_expr(self) -> Expr:
        return self.met or Expr(all=[a.name for a in self.aspects if not a.optional])

    @cached_property
    def partial_expr(self) -> Expr:
        return self.partially_met or Expr(any=[a.name for a in self.aspects])


class Condition(_Strict):
    """A fact about the programme decided from the text, e.g. whether it uses e-learning."""

    describe: str
    cites: str = ""
    match: list[str] = Field(min_length=1)
    default: bool = False


class Signals(_Strict):
    """Ruleset-wide mechanisms that apply to every aspect."""

    negation: list[str] = Field(min_length=1, description="cues that negate a match in the same clause")
    negation_after: list[str] = Field(default_factory=list, description="cues after a match that negate it")
    aspiration: list[str] = Field(min_length=1, description="cues that make a sentence only a hope or plan")
    placeholder: list[str] = Field(default_factory=list, description="unfinished text: never evidence")
    declined: list[str] = Field(default_factory=list, description="an option considered and turned down")
    unfinished_heading: list[str] = Field(
        default_factory=list, description="headings of to-do lists and notes to the drafting team: nothing under them is offered"
    )
    deferral: list[str] = Field(default_factory=list, description="responsibility passed to someone else")
    blanket: list[str] = Field(default_factory=list, description="blanket claims that show nothing")
    not_assessed: list[str] = Field(default_factory=list, description="an outcome explicitly not assessed")
    assessed: list[str] = Field(default_factory=list, description="a passage says how something is assessed")


class Decision(_Strict):
    """How much agreement is enough: confidence below this is flagged for the reviewer."""

    low_confidence_below: float = Field(default=0.6, ge=0, le=1)


class Ruleset(_Strict):
    """A validated ruleset."""

    ruleset: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    version: str = Field(pattern=r"^\d+\.\d+(\.\d+)?$")
    specification: str
    title: str = ""
    description: str = ""
    extends: str | None = Field(default=None, description="a base ruleset file this one layers over")
    vocabulary: dict[str, list[str]] = Field(default_factory=dict)
    signals: Signals | None = None
    conditions: dict[str, Condition] = Field(default_factory=dict)
    judgement: Judgement | None = Field(default=None, description="how claims, aspects, outcomes and conditions are decided")
    decision: Decision = Field(default_factory=Decision)
    panel: dict | None = Field(
        default=None, description="the panel's decision rule (criterion verdicts and overall outcome), validated by approval_engine.panel.rule"
    )
    requirements: list[Rule]
    source: str = Field(default="", exclude=True)

    def rule(self, req_id: str) -> Rule:
        for r in self.requirements:
            if r.id == req_id:
                return r
        raise KeyError(f"no rule for requirement {req_id!r} in ruleset {self.ruleset}")

    @property
    def label(self) -> str:
        return f"{self.ruleset} {self.version}"


# --------------------------------------------------------------- loading


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
        return re.compile(r"(?<![\w])(?:" + expanded + ")", re.IGNORECASE)
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
        self.any: dict[str, re.Pattern | None] = {field: combine(p) for field, p in self.patterns.items()}
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
        self.signal_any: dict[str, re.Pattern | None] = {name: combine(p) for name, p in self.signals.items()}
        self.conditions = {
            name: [compile_pattern(p, vocab, f"{src}: conditions.{name}") for p in cond.match]
            for name, cond in ruleset.conditions.items()
        }
        self.aspects: dict[str, list[CompiledAspect]] = {}
        self.outcomes: dict[str, list[re.Pattern]] = {}
        self.outcome_required: dict[str, frozenset[str] | None] = {}
        for rule in ruleset.requirements:
            where = f"{src}: rule {rule.id}"
            self.aspects[rule.id] = [CompiledAspect(a, vocab, where) for a in rule.aspects]
            if rule.outcome:
                terms = combine([compile_pattern(p, vocab, f"{where}, outcome.terms") for p in rule.outcome.terms])
                self.outcomes[rule.id] = [terms]
                self.outcome_required[rule.id] = required_literals(terms)


def _merge(base: dict, child: dict) -> dict:
    """Layer a child ruleset over its base: requirements by id (a child rule
    replaces the base rule of the same id, new ids are added), vocabulary and
    conditions by name, scalars replaced."""
    out = dict(base)
    for key, value in child.items():
        if key == "requirements":
            merged = {r.get("id"): r for r in base.get("requirements", []) if isinstance(r, dict)}
            order = list(merged)
            for r in value or []:
                rid = r.get("id") if isinstance(r, dict) else None
                if rid not in merged:
                    order.append(rid)
                merged[rid] = r
            out[key] = [merged[i] for i in order]
        elif key in ("vocabulary", "conditions") and isinstance(value, dict):
            out[key] = {**base.get(key, {}), **value}
        elif key == "extends":
            continue
        else:
            out[key] = value
    return out


def _read(path: Path, chain: tuple[Path, ...] = ()) -> dict:
    from approval_engine.ingest.model import load_structured

    if path in chain:
        raise RulesetError("'extends' makes a cycle", path=str(path))
    try:
        data = load_structured(path)
    except Exception as exc:  # InputError from the shared safe loader
        raise RulesetError(str(exc).split(": ", 1)[-1], path=str(path)) from None
    if not isinstance(data, dict):
        raise RulesetError("expected a mapping at the top level", path=str(path))
    parent = data.get("extends")
    if parent:
        base_path = (path.parent / str(parent)).resolve()
        if not base_path.is_file():
            raise RulesetError(f"extends {parent!r}, which does not exist", path=str(path))
        data = _merge(_read(base_path, chain + (path,)), data)
        data["extends"] = str(parent)
    return data


def _where(loc: tuple, data: dict) -> str:
    parts = []
    for i, x in enumerate(loc):
        if isinstance(x, int):
            parts[-1] = f"{parts[-1]}[{x}]"
            if loc[i - 1] == "requirements" and isinstance(data.get("requirements"), list):
                try:
                    rid = data["requirements"][x].get("id")
                    parts[-1] += f" (rule {rid})"
                except (IndexError, AttributeError):
                    pass
        else:
            parts.append(str(x))
    return ".".join(parts)


def load_ruleset(path: Path, *, known_ids: list[str] | None = None) -> Ruleset:
    """Load and validate a ruleset file; ``known_ids`` are the catalogue's identifiers
    (a rule for any other id is an error)."""
    path = Path(path)
    if not path.is_file():
        raise RulesetError("no such ruleset file", path=str(path))
    data = _read(path)
    try:
        rs = Ruleset.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        more = f" (and {len(exc.errors()) - 1} more problems)" if len(exc.errors()) > 1 else ""
        raise RulesetError(f"{_where(err['loc'], data)}: {err['msg']}{more}", path=str(path)) from None
    rs.source = str(path)
    ids = [r.id for r in rs.requirements]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise RulesetError(f"duplicate rule for requirement(s) {', '.join(dupes)}", path=str(path))
    if known_ids is not None:
        unknown = [i for i in ids if i not in known_ids and not i.startswith("X.")]
        if unknown:
            raise RulesetError(
                f"rule {unknown[0]}: unknown requirement identifier (not in the specification's catalogue;"
                " a tailored requirement's id must start with 'X.')",
                path=str(path),
            )
    if rs.judgement is None:
        raise RulesetError("'judgement' is required (directly or through 'extends')", path=str(path))
    for rule in rs.requirements:
        if rule.applies_when and rule.applies_when not in rs.conditions:
            raise RulesetError(f"rule {rule.id}: applies_when names unknown condition {rule.applies_when!r}", path=str(path))
    CompiledRuleset(rs)  # compile every pattern now, so a bad one is reported at load time
    return rs
