"""The self-check's data: readiness per criterion and the gaps, each with what
the draft says now and what would satisfy a panel.

Readiness counts met as 1 and partially met as ½ over the applicable
requirements (not applicable is left out). Built by
:mod:`approval_engine.provider.check`, rendered by
:mod:`approval_engine.provider.check_render`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from approval_engine.judge.verdicts import Verdict

# the words a course leader reads for a verdict
VERDICT_WORDS = {
    Verdict.met: "met",
    Verdict.partially_met: "partly met",
    Verdict.not_met: "not met",
    Verdict.not_applicable: "not applicable",
}


@dataclass
class Quote:
    """A passage of the draft, where it stands, and what it does for the requirement."""

    text: str
    where: str
    counts: bool  # True: it counts towards the requirement
    notes: list[str] = field(default_factory=list)


@dataclass
class Guidance:
    paragraph: int
    text: str
    first_under: str = ""  # the gap under which this paragraph was first shown ("" = here)


@dataclass
class Gap:
    id: str
    title: str
    criterion: str
    criterion_title: str
    verdict: Verdict
    plain: str  # the requirement in plain words
    requirement: str  # the specification's wording
    source: str
    guidance: list[Guidance]
    said: list[Quote]
    missing: list[str]
    advice: list[str]
    example: str = ""
    tailored: bool = False  # an additional requirement of a tailored ruleset: not in the specification

    @property
    def asks_heading(self) -> str:
        who = "This additional requirement asks" if self.tailored else "What the specification asks"
        return f"{who} ({self.source})"

    @property
    def verdict_words(self) -> str:
        return VERDICT_WORDS[self.verdict]


@dataclass
class CriterionReadiness:
    id: str
    title: str
    met: int = 0
    partially_met: int = 0
    not_met: int = 0
    not_applicable: int = 0

    @property
    def applicable(self) -> int:
        return self.met + self.partially_met + self.not_met

    @property
    def gaps(self) -> int:
        return self.partially_met + self.not_met

    @property
    def readiness(self) -> float | None:
        if not self.applicable:
            return None
        return (self.met + 0.5 * self.partially_met) / self.applicable

    @property
    def heading(self) -> str:
        if self.id in ("E", "X"):
            return self.title
        return f"Criterion {self.id}: {self.title}"

    def count(self, verdict: Verdict) -> None:
        """Count one requirement's verdict."""
        setattr(self, verdict.value, getattr(self, verdict.value) + 1)


@dataclass
class CheckReport:
    application: str
    source: str
    provider: str
    ruleset: str
    ruleset_version: str
    specification: str
    engine_version: str
    criteria: list[CriterionReadiness]
    overall: CriterionReadiness
    gaps: list[Gap]
    warnings: list[str] = field(default_factory=list)
    ignored_guidance: int = 0  # prompt paragraphs of the template left in the draft

    @property
    def has_gaps(self) -> bool:
        return bool(self.gaps)

    @property
    def not_met(self) -> list[Gap]:
        return [g for g in self.gaps if g.verdict is Verdict.not_met]

    @property
    def partially_met(self) -> list[Gap]:
        return [g for g in self.gaps if g.verdict is Verdict.partially_met]
