"""What the rules concluded about each requirement, with the passages behind it.

These are the judgement's results as data: for every aspect the status the
rules gave it and every claim (``Hit``) the rules kept, each with the rule
row that classified it, the pattern that matched and the words it matched.
:mod:`approval_engine.judge.decide` builds them from the facts durable-rules
derived; the report, the self-check and ``explain`` read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from approval_engine.judge.perceive import Sentence
from approval_engine.rules.compile import SUPPORTED, TENTATIVE
from approval_engine.rules.language import Rule

EVIDENCE_STATUSES = (SUPPORTED, TENTATIVE)


@dataclass
class Hit:
    """A sentence (or outcome-table row) and what the rules judged it to be."""

    status: str
    sentence: Sentence
    reason: str = ""
    aspect: str = ""
    rule: str = ""  # the judgement rule (claims row, revision or rule) that decided it
    pattern: str = ""  # the ruleset's pattern that matched
    words: str = ""  # the words it matched
    via: str = ""  # how the passage was reached, when another answer points to it
    columns: str = ""  # for a quoted table row, the headers over its cells ("Outcome | Taught at | Assessed at")


@dataclass
class AspectFacts:
    name: str
    describe: str
    status: str = "absent"
    hits: list[Hit] = field(default_factory=list)
    considered: int = 0
    rule: str = ""  # the judgement rule that gave the status

    @property
    def evidence(self) -> list[Hit]:
        return [h for h in self.hits if h.status in EVIDENCE_STATUSES]

    @property
    def concerns(self) -> list[Hit]:
        return [h for h in self.hits if h.status not in EVIDENCE_STATUSES]


@dataclass
class RequirementFacts:
    """Everything the verdict rules read for one requirement, and why."""

    rule: Rule
    applicable: bool
    aspects: dict[str, AspectFacts]
    notes: list[str] = field(default_factory=list)

    def as_fact(self) -> dict:
        """The requirement's record for the verdict rules: applicability and each aspect's status."""
        fact = {"id": f"requirement:{self.rule.id}", "kind": "requirement", "req": self.rule.id,
                "applicable": "yes" if self.applicable else "no"}
        for name, a in self.aspects.items():
            fact[f"a_{name}"] = a.status
        return fact
