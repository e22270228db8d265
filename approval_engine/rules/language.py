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

from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from approval_engine.rules.judgement import ABOUT, Judgement
from approval_engine.rules.signals import Signals

VERDICTS = ("met", "partially_met", "not_met", "not_applicable")
EXAMPLE_KINDS = ("met", "partially_met", "not_met", "negation", "aspiration")
_NAME = r"^[a-z][a-z0-9_]*$"


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
    subject_nearest: bool = Field(
        default=False,
        description="the matched words name something someone holds or is given (a disclosure, an adjustment, a"
        " placement): where a sentence names both a subject and a not_subject, the one nearer the match is whose"
        " it is (perception's wrong_subject_nearer); for other aspects, where the staff may be the ones acting"
        " for the subject, that cue is not read",
    )
    optional: bool = Field(default=False, description="counts towards partially met only")
    changes_made: bool = Field(
        default=False,
        description="a cell under a table's column of what was done (signals.change_column) beside one of what"
        " was heard (signals.heard_column), or a sentence under a heading or run-in title over such changes"
        " (signals.change_heading), is a match: a change made for what stakeholders said",
    )
    what_was_heard: bool = Field(
        default=False,
        description="a cell under a table's column of what stakeholders said (signals.heard_column) beside one of"
        " what was done (signals.change_column) is a match: what the evidence showed them to need",
    )
    every_participant: bool = Field(
        default=False,
        description="the requirement asks for this for every participant, so an arrangement offered only to those"
        " who ask for it (signals.on_request) is partly shown; for other aspects that cue is not read",
    )
    concrete_from: Literal["sentence", "passage"] = Field(
        default="sentence",
        description="where a concrete arrangement must be named for the aspect to be shown: in the sentence itself"
        " (a general sentence beside a concrete one is general support), or anywhere in its passage, for an"
        " aspect whose statement refers back to what its passage has just said (\"These findings shaped the"
        " design.\") or is by nature an aim",
    )
    about: Literal[ABOUT] = Field(
        default="any",
        description="what kind of thing the aspect is: the provider's own arrangement (provision), what"
        " stakeholders need (needs), how stakeholders shaped the design (design), the staff themselves (staff), how applicants are selected (admissions), how"
        " the programme is evaluated (evaluation), or any; the judgement's cue_scope says which cues count for"
        " which kinds (what participants are taught is the wrong context for an arrangement; what a survey"
        " found is evidence of needs and of nothing else)",
    )

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
    not_terms: list[str] = Field(
        default_factory=list,
        description="patterns that say a table row is not this outcome, though its place in a map in Annex 3's order"
        " would make it so ('Self-evaluation: weighing one's own growth')",
    )
    parts: list[str] = Field(
        default_factory=list,
        description="patterns naming each part of a two-sided outcome (pupils, parents): an assessment that names"
        " some of them and not the others assesses it in part",
    )


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


class Confidence(_Strict):
    """How sure a verdict is: the score of its least certain aspect, by the aspect's
    status and the claims behind it (clamped to ``floor``..``ceiling``)."""

    supported: float = Field(default=0.7, description="an aspect shown")
    per_supporting_claim: float = Field(default=0.08, description="added for each claim that shows it ...")
    supporting_claims_counted: int = Field(default=3, ge=0, description="... up to this many")
    opposed: float = Field(default=-0.2, description="added when any claim speaks against it")
    absent_unmatched: float = Field(default=0.85, description="an aspect nothing in the text came near")
    absent_set_aside: float = Field(default=0.6, description="an aspect whose matches were all set aside")
    tentative: float = 0.5
    against_unopposed: float = Field(default=0.75, description="negated, hoped for, wrong subject...: with no support")
    against_with_support: float = Field(default=0.5, description="... with some support elsewhere")
    not_applicable: float = 0.8
    floor: float = 0.1
    ceiling: float = 0.95


class Decision(_Strict):
    """How much agreement is enough: confidence below this is flagged for the reviewer."""

    low_confidence_below: float = Field(default=0.6, ge=0, le=1)
    confidence: Confidence = Field(default_factory=Confidence)


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
