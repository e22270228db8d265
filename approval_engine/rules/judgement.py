"""The judgement language: the part of a ruleset that decides over the facts
perception asserts (``judgement:`` in a ruleset file).

Perception (``approval_engine.judge``) asserts facts: each pattern match with
the cues around it (``match``), each aspect a rule asks for (``aspect``),
outcome table rows, modules and their assessment cells, mentions of modules.
Everything decided over those facts is written here, as data:

``cue_scope``
    for a cue that counts for some kinds of aspect only (their ``about:``),
    which kinds: perception leaves it unraised for the others.
``claims``
    a decision table over each ``match`` fact's cues; the first row whose
    ``when`` holds gives the claim its ``status`` (``ignore`` drops it).
``revisions``
    how claims combine: the first revision whose ``when`` holds for a claim
    (and, with ``with``, for another claim sharing the ``same`` fields) gives
    it a new status; a claim no revision touches keeps its own.
``precedence``
    which claim wins when several speak to one aspect (strongest first);
    an aspect no claim speaks to is ``absent``.
``rules``
    general rules: ``when`` binds facts by name (``{fact: KIND, field: value}``;
    a value may be a list of alternatives, ``$binding.field``, or
    ``{not: v}``, ``{gt: v}``, ``{lt: v}`` with ``$.field`` for another field of
    the same fact; ``one: true`` when any one such fact will do, so the rule
    fires once), ``unless`` lists facts that must not exist, ``derive``
    says what fact follows (``$binding.field`` copies a value) and ``key``
    which of its fields make it one fact.

Every rule runs in a ``phase``; a rule may only use facts that perception
asserted or that rules derived in an earlier phase, so the order in which
facts arrive never changes a decision. Everything compiles into
durable-rules (:mod:`approval_engine.rules.compile_judgement`).
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

IGNORE = "ignore"
_NAME = r"^[a-z][a-z0-9_]*$"
_REF = re.compile(r"^\$([a-z][a-z0-9_]*)\.([a-z][a-z0-9_]*)$")

# the facts perception asserts, and the phase in which each derived kind first exists
PERCEIVED = ("match", "aspect", "outcome", "row", "row_module", "coded", "module_note", "mention_module", "programme", "condition")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _check_pattern(p: dict, where: str) -> dict:
    if not isinstance(p, dict) or "fact" not in p:
        raise ValueError(f"{where}: a fact pattern is a mapping with 'fact: KIND'")
    if "one" in p and p["one"] is not True:
        raise ValueError(f"{where}: 'one' can only be true")
    for k, v in p.items():
        if not re.match(_NAME, str(k)):
            raise ValueError(f"{where}: bad field name {k!r}")
        if isinstance(v, dict):
            bad = set(v) - {"not", "gt", "lt", "gte", "lte"}
            if bad or len(v) != 1:
                raise ValueError(f"{where}: field {k!r}: use one of not, gt, lt, gte, lte")
    return p


class ClaimRow(_Strict):
    """One row of the claims table."""

    name: str = Field(pattern=_NAME)
    doc: str = ""
    when: dict[str, Any] = Field(default_factory=dict, description="cue field -> value or list of values")
    status: str = Field(pattern=_NAME)
    reason: str = ""


class Partner(_Strict):
    """Another claim that must exist for a revision to apply."""

    when: dict[str, Any] = Field(default_factory=dict)
    same: list[str] = Field(min_length=1, description="fields the two claims share")


class Revision(_Strict):
    name: str = Field(pattern=_NAME)
    doc: str = ""
    when: dict[str, Any] = Field(default_factory=dict)
    with_: Partner | None = Field(default=None, alias="with")
    status: str = Field(pattern=_NAME)
    reason: str = ""


class JudgementRule(_Strict):
    """A general rule over facts."""

    name: str = Field(pattern=_NAME)
    doc: str = ""
    phase: str = Field(pattern=_NAME)
    when: dict[str, dict[str, Any]] = Field(min_length=1)
    unless: list[dict[str, Any]] = Field(default_factory=list)
    derive: dict[str, Any]
    key: list[str] | None = None

    @model_validator(mode="after")
    def _check(self) -> "JudgementRule":
        for b, p in self.when.items():
            if not re.match(_NAME, b):
                raise ValueError(f"rule {self.name}: bad binding name {b!r}")
            _check_pattern(p, f"rule {self.name}, when.{b}")
        for i, p in enumerate(self.unless):
            _check_pattern(p, f"rule {self.name}, unless[{i}]")
        if "fact" not in self.derive:
            raise ValueError(f"rule {self.name}: 'derive' needs 'fact: KIND'")
        bound = set(self.when)
        for p in [*self.when.values(), *self.unless, self.derive]:
            for v in p.values():
                for x in v.values() if isinstance(v, dict) else (v if isinstance(v, list) else [v]):
                    m = _REF.match(x) if isinstance(x, str) else None
                    if m and m.group(1) not in bound:
                        raise ValueError(f"rule {self.name}: {x} names no binding of 'when'")
        return self


class Count(_Strict):
    """A count over derived facts, asserted as a fact after a phase: one fact
    per group of ``by`` fields, with a field per value of ``split``."""

    fact: str = Field(pattern=_NAME)
    after: str = Field(pattern=_NAME)
    count: str = Field(pattern=_NAME)
    by: list[str] = Field(min_length=1)
    split: str = Field(pattern=_NAME)
    values: list[str] = Field(min_length=1)


ABOUT = ("provision", "any", "needs", "design", "staff", "admissions", "evaluation", "checks")  # an aspect's ``about:``


class CueScope(_Strict):
    """The kinds of aspect (their ``about:``) for which a cue counts: a cue
    that is the wrong context for one kind of aspect may be the very evidence
    of another (what a survey found is no arrangement, but it is what 4.1
    asks for). For the others perception leaves the cue unraised, so the
    claims row that reads it tests one field, not two."""

    about: list[str] | None = Field(default=None, description="the cue counts only for aspects of these kinds")
    not_about: list[str] | None = Field(default=None, description="the cue counts for every kind of aspect but these")

    @model_validator(mode="after")
    def _one(self) -> "CueScope":
        given = [v for v in (self.about, self.not_about) if v is not None]
        if len(given) != 1:
            raise ValueError("a cue scope gives 'about' or 'not_about' (one of them)")
        unknown = sorted(set(given[0]) - set(ABOUT))
        if unknown:
            raise ValueError(f"unknown kind(s) of aspect {unknown}: expected some of {list(ABOUT)}")
        return self

    def counts_for(self, about: str) -> bool:
        return about in self.about if self.about is not None else about not in (self.not_about or ())


class Judgement(_Strict):
    """How the engine judges: claims, their combination, precedence, general rules."""

    phases: list[str] = Field(min_length=1)
    cue_scope: dict[str, CueScope] = Field(
        default_factory=dict, description="cue name -> the kinds of aspect (about:) for which it counts")
    claims: list[ClaimRow] = Field(min_length=1)
    revisions: list[Revision] = Field(default_factory=list)
    precedence: list[str] = Field(min_length=1)
    rules: list[JudgementRule] = Field(default_factory=list)
    counts: list[Count] = Field(default_factory=list)

    @field_validator("phases")
    @classmethod
    def _phases(cls, v: list[str]) -> list[str]:
        for name in ("claims", "passages", "aspects"):
            if name not in v:
                raise ValueError(f"phases must include '{name}'")
        if not v.index("claims") < v.index("passages") < v.index("aspects"):
            raise ValueError("phases: 'claims' comes before 'passages', which comes before 'aspects'")
        return v

    @model_validator(mode="after")
    def _check(self) -> "Judgement":
        names = [r.name for r in self.claims] + [r.name for r in self.revisions] + [r.name for r in self.rules]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"duplicate judgement rule name(s): {', '.join(dupes)}")
        if self.claims[-1].when:
            raise ValueError(f"the last claims row ({self.claims[-1].name}) must have no 'when': every match gets a status")
        # phase discipline: a fact kind may be used only after the phase that derives it
        derived_in = {"claim": "claims", "final": "passages", "aspect_status": "aspects"}
        order = {p: i for i, p in enumerate(self.phases)}
        for c in self.counts:
            if c.after not in order:
                raise ValueError(f"count {c.fact}: unknown phase {c.after!r}")
            derived_in[c.fact] = c.after
        for r in self.rules:
            if r.phase not in order:
                raise ValueError(f"rule {r.name}: unknown phase {r.phase!r}")
            kind = str(r.derive["fact"])
            if kind in PERCEIVED or kind in ("claim", "final", "phase"):
                raise ValueError(f"rule {r.name}: may not derive '{kind}' facts")
            prev = derived_in.setdefault(kind, r.phase)
            if prev != r.phase:
                raise ValueError(f"rule {r.name}: '{kind}' facts are derived in phase {prev!r} already")
        for r in self.rules:
            for p in [*r.when.values(), *r.unless]:
                kind = str(p["fact"])
                if kind in PERCEIVED:
                    continue
                if kind not in derived_in:
                    raise ValueError(f"rule {r.name}: no rule derives '{kind}' facts")
                if order[derived_in[kind]] >= order[r.phase]:
                    raise ValueError(
                        f"rule {r.name} (phase {r.phase}) uses '{kind}' facts, derived in phase "
                        f"{derived_in[kind]!r}: a rule may only use facts derived in an earlier phase"
                    )
        return self

    def derived_kinds(self) -> dict[str, str]:
        out = {"claim": "claims", "final": "passages", "aspect_status": "aspects"}
        out.update({c.fact: c.after for c in self.counts})
        for r in self.rules:
            out.setdefault(str(r.derive["fact"]), r.phase)
        return out
