"""Applying the panel's decision rule (:mod:`approval_engine.panel.rule`) to
the reviewers' sheets for one application: the panel's verdict on each
requirement, each criterion's verdict and the overall outcome, with every
condition of the rule as it was checked.

**Overrides are records**: the engine's verdict and each reviewer's verdict
and justification are kept side by side; the engine's verdict is never edited.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from approval_engine.catalogue import Catalogue, load_catalogue
from approval_engine.judge.verdicts import Verdict
from approval_engine.panel.rule import OUTCOME_LABELS, CountCondition, PanelRule
from approval_engine.panel.sheets import ReviewSheet

if TYPE_CHECKING:
    from approval_engine.panel.agreement import PairStat


def _or_list(names: list[str]) -> str:
    labels = [Verdict(v).label for v in names]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " or " + labels[-1]


@dataclass
class Check:
    """One condition of the rule, applied."""

    text: str
    holds: bool
    found: str


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def _apply(cond, reqs: dict[str, Verdict], crits: dict[str, Verdict], req_crit: dict[str, str],
           scope: str = "") -> Check:
    if isinstance(cond, CountCondition):
        if cond.count == "requirements":
            pool = {i: v for i, v in reqs.items() if not cond.within or req_crit.get(i) in cond.within}
            one, many = "requirement", "requirements"
        else:
            pool = {i: v for i, v in crits.items() if not cond.within or i in cond.within}
            one, many = "criterion", "criteria"
        hits = [i for i, v in pool.items() if v.value in cond.verdict]
        n = len(hits)
        holds = (cond.at_most is None or n <= cond.at_most) and (cond.at_least is None or n >= cond.at_least)
        vs = _or_list(cond.verdict)
        where = f" of criteria {', '.join(cond.within)}" if cond.within else (f" of {scope}" if scope else "")
        if cond.describe:
            text = cond.describe
        elif cond.at_most == 0 and cond.at_least is None:
            text = f"no {one}{where} {vs}"
        elif cond.at_least is None:
            text = f"at most {cond.at_most} {_plural(cond.at_most, one, many)}{where} {vs}"
        elif cond.at_most is None:
            text = f"at least {cond.at_least} {_plural(cond.at_least, one, many)}{where} {vs}"
        else:
            text = f"between {cond.at_least} and {cond.at_most} {many}{where} {vs}"
        found = f"{n} {vs}" + (f": {', '.join(hits)}" if hits else "")
        return Check(text=text, holds=holds, found=found)
    ids = cond.requirements or cond.criteria or []
    pool = reqs if cond.requirements else crits
    failing = []
    for i in ids:
        v = pool.get(i)
        if v is None:
            failing.append(f"{i} has no verdict")
        elif v.value not in cond.verdict:
            failing.append(f"{i} is {v.label}")
    vs = _or_list(cond.verdict)
    if cond.describe:
        text = cond.describe
    elif len(ids) == 1:
        text = f"{'requirement' if cond.requirements else 'criterion'} {ids[0]} {vs}"
    else:
        text = f"{'requirements' if cond.requirements else 'criteria'} {', '.join(ids)} each {vs}"
    return Check(text=text, holds=not failing, found="; ".join(failing) if failing else "yes")


@dataclass
class Review:
    reviewer: str
    verdict: Verdict
    justification: str
    sheet: str
    row: int

    @property
    def label(self) -> str:
        return self.verdict.label


@dataclass
class RequirementDecision:
    id: str
    criterion: str
    requirement: str
    engine_verdict: Verdict
    engine_confidence: float | None
    reviews: list[Review]
    panel_verdict: Verdict
    reviewers_disagree: bool
    overridden_by: list[str]

    @property
    def anchor(self) -> str:
        return "req-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", self.id).strip("-") or "x")

    @property
    def differs_from_engine(self) -> bool:
        return self.panel_verdict != self.engine_verdict

    @property
    def flagged(self) -> bool:
        return self.reviewers_disagree or bool(self.overridden_by)


@dataclass
class CriterionDecision:
    id: str
    title: str
    verdict: Verdict
    counts: dict[str, int]
    requirements: list[RequirementDecision]
    because: list[Check]

    @property
    def flagged(self) -> list[RequirementDecision]:
        return [r for r in self.requirements if r.flagged]


@dataclass
class OutcomeStep:
    outcome: str
    label: str
    checks: list[Check]
    chosen: bool


@dataclass
class ApplicationDecision:
    key: str
    application: str
    source: str
    sha256: str
    provider: str
    engine_version: str
    ruleset: str
    reviewers: list[str]
    sheets: list[str]
    rule: str
    rule_source: str
    requirements: list[RequirementDecision]
    criteria: list[CriterionDecision]
    outcome: str
    steps: list[OutcomeStep]
    conditions: list[RequirementDecision]
    agreement: list["PairStat"] = field(default_factory=list)
    decided_at: str = ""
    stem: str = ""

    @property
    def file_name(self) -> str:
        return Path(self.source.replace("\\", "/")).name if self.source else self.application

    @property
    def outcome_label(self) -> str:
        return OUTCOME_LABELS[self.outcome]

    @property
    def disagreements(self) -> list[RequirementDecision]:
        return [r for r in self.requirements if r.reviewers_disagree]

    @property
    def overrides(self) -> list[RequirementDecision]:
        return [r for r in self.requirements if r.overridden_by]

    def counts(self, attr: str = "panel_verdict") -> list[tuple[Verdict, int]]:
        c = Counter(getattr(r, attr) for r in self.requirements)
        return [(v, c.get(v, 0)) for v in Verdict]


def consensus(rule: PanelRule, verdicts: list[Verdict]) -> Verdict:
    """The panel's verdict on one requirement: the most cautious of the reviewers'
    verdicts, by the rule's order."""
    order = rule.consensus.order
    return min(verdicts, key=lambda v: order.index(v.value))


def decide(rule: PanelRule, sheets: list[ReviewSheet], catalogue: Catalogue | None = None) -> ApplicationDecision:
    """The panel's decision on one application from its reviewers' sheets
    (all for the same application, already checked to list the same requirements)."""
    cat = catalogue or load_catalogue()
    sheets = sorted(sheets, key=lambda s: s.reviewer.lower())
    first = sheets[0]
    by_sheet = [{r.id: r for r in s.rows} for s in sheets]
    reqs: list[RequirementDecision] = []
    for row in first.rows:
        reviews = [Review(s.reviewer, m[row.id].reviewer_verdict, m[row.id].justification, Path(s.file).name,
                          m[row.id].row) for s, m in zip(sheets, by_sheet)]
        verdicts = [r.verdict for r in reviews]
        reqs.append(RequirementDecision(
            id=row.id,
            criterion=row.criterion,
            requirement=cat.short_for(row.id, row.requirement),
            engine_verdict=row.engine_verdict,
            engine_confidence=row.engine_confidence,
            reviews=reviews,
            panel_verdict=consensus(rule, verdicts),
            reviewers_disagree=len(set(verdicts)) > 1,
            overridden_by=[r.reviewer for r in reviews if r.verdict != row.engine_verdict],
        ))
    req_verdicts = {r.id: r.panel_verdict for r in reqs}
    req_crit = {r.id: r.criterion for r in reqs}

    order = [c.id for c in cat.criteria] + sorted({r.criterion for r in reqs} - {c.id for c in cat.criteria})
    criteria: list[CriterionDecision] = []
    for cid in order:
        mine = [r for r in reqs if r.criterion == cid]
        if not mine:
            continue
        try:
            title = cat.criterion(cid).title
        except KeyError:
            title = "Additional requirements"
        scoped = {r.id: r.panel_verdict for r in mine}
        verdict, because = Verdict(rule.criterion_verdict.otherwise), []
        for case in rule.criterion_verdict.first_match:
            checks = [_apply(c, scoped, {}, req_crit, scope=f"criterion {cid}") for c in case.when]
            if all(c.holds for c in checks):
                verdict, because = Verdict(case.verdict), checks
                break
        counts = Counter(r.panel_verdict.value for r in mine)
        criteria.append(CriterionDecision(cid, title, verdict, {v.value: counts.get(v.value, 0) for v in Verdict},
                                          mine, because))
    crit_verdicts = {c.id: c.verdict for c in criteria}

    steps: list[OutcomeStep] = []
    outcome, conditions = rule.outcome.otherwise, []
    for case in rule.outcome.first_match:
        checks = [_apply(c, req_verdicts, crit_verdicts, req_crit) for c in case.when]
        chosen = all(c.holds for c in checks)
        steps.append(OutcomeStep(case.outcome, OUTCOME_LABELS[case.outcome], checks, chosen))
        if chosen:
            outcome = case.outcome
            conditions = [r for r in reqs if r.panel_verdict.value in case.conditions_from]
            break
    else:
        steps.append(OutcomeStep(outcome, OUTCOME_LABELS[outcome], [], True))
    return ApplicationDecision(
        key=first.key,
        application=first.application,
        source=first.source,
        sha256=first.sha256,
        provider=first.provider,
        engine_version=first.engine_version,
        ruleset=first.ruleset,
        reviewers=[s.reviewer for s in sheets],
        sheets=[Path(s.file).name for s in sheets],
        rule=rule.label,
        rule_source=rule.source,
        requirements=reqs,
        criteria=criteria,
        outcome=outcome,
        steps=steps,
        conditions=conditions,
        stem=first.stem,
    )
