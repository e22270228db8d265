"""Verdicts and the report: what the engine concluded, requirement by
requirement, with the evidence that carries each conclusion.

These are data (pydantic); :mod:`approval_engine.report` renders them.
"""

from __future__ import annotations

from collections import Counter
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

from approval_engine.ingest.document import Comment, Location


class Verdict(str, Enum):
    met = "met"
    partially_met = "partially_met"
    not_met = "not_met"
    not_applicable = "not_applicable"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")

    @property
    def is_gap(self) -> bool:
        return self in (Verdict.partially_met, Verdict.not_met)


class Evidence(BaseModel):
    """A quote from the application and where it stands."""

    model_config = ConfigDict(extra="forbid")

    quote: str
    location: Location
    where: str = Field(description="the location as a reviewer reads it")
    aspect: str = Field(default="", description="which part of the requirement this quote supports")
    passage_id: str = ""
    find: str = Field(default="", description="a few words of the quote to search for in Word (Ctrl+F)")
    columns: str = Field(default="", description="for a quoted table row, the headers over its cells, in the quote's "
                                                  "order ('Outcome | Taught at | Assessed at')")


class AspectResult(BaseModel):
    """One part of a requirement, and how far the application shows it."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="the aspect's name in the ruleset (for an outcome: developed, assessed)")
    describe: str = Field(description="what the aspect asks for, in plain words")
    status: str = Field(description="supported, tentative, absent, negated, aspiration, not_a_statement, "
                                    "wrong_context, deferred or contradicted")

    @property
    def shown(self) -> bool:
        return self.status == "supported"


class RequirementResult(BaseModel):
    """The verdict on one requirement."""

    model_config = ConfigDict(extra="forbid")

    id: str
    criterion: str
    title: str
    requirement: str = Field(description="the specification's wording")
    source: str = Field(description="the specification paragraph this requirement comes from")
    guidance: list[str] = Field(default_factory=list, description="Section 1 guidance paragraphs, as text")
    verdict: Verdict
    confidence: float = Field(ge=0.0, le=1.0)
    low_confidence: bool = False
    rationale: str
    evidence: list[Evidence] = Field(default_factory=list)
    concerns: list[Evidence] = Field(
        default_factory=list,
        description="passages that speak against the requirement: negations, hollow aspirations, wrong subject",
    )
    missing: list[str] = Field(default_factory=list, description="aspects of the requirement not evidenced")
    aspects: list[AspectResult] = Field(default_factory=list, description="every aspect and its status")
    rule: str = Field(default="", description="the rule that decided the verdict")


class CriterionSummary(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    counts: dict[str, int]
    has_gaps: bool


class Report(BaseModel):
    """The gap report for one application."""

    model_config = ConfigDict(extra="forbid")

    engine_version: str
    ruleset: str
    ruleset_version: str
    specification: str
    application: str = Field(description="the application's title")
    source: str
    sha256: str = ""
    provider: str = ""
    requirements: list[RequirementResult]
    criteria: list[CriterionSummary] = Field(default_factory=list)
    comments: list[Comment] = Field(default_factory=list, description="Word comments: shown aside, never evidence")
    warnings: list[str] = Field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        c = Counter(r.verdict.value for r in self.requirements)
        return {v.value: c.get(v.value, 0) for v in Verdict}

    @property
    def has_gaps(self) -> bool:
        return any(r.verdict.is_gap for r in self.requirements)

    def summary(self) -> dict:
        return {
            "counts": self.counts,
            "criteria_with_gaps": [c.id for c in self.criteria if c.has_gaps],
            "low_confidence": [r.id for r in self.requirements if r.low_confidence],
        }

    def to_json_dict(self) -> dict:
        data = self.model_dump(mode="json")
        data["summary"] = self.summary()
        return data
