"""Applying the panel's decision rule (:mod:`approval_engine.panel.rule`) to
the reviewers' sheets for one application: the panel's verdict on each
requirement, each criterion's verdict and the overall outcome, with every
condition of the rule as it was checked.

The rule is evaluated in durable-rules (:mod:`approval_engine.panel.compile`,
:mod:`approval_engine.panel.evaluate`): every verdict, every condition's
holding or not, the case chosen and the outcome are what the rules derived;
this module only words the conditions and gathers the records.

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
from approval_engine.panel.compile import cond_id
from approval_engine.panel.evaluate import Findings, Row, evaluate
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


def _text(cond, scope: str = "") -> str:
    """A condition in words, for the decision sheet."""
    if cond.describe:
        return cond.describe
    vs = _or_list(cond.verdict)
    if isinstance(cond, CountCondition):
        one, many = ("requirement", "requirements") if cond.count == "requirements" else ("criterion", "criteria")
        where = f" of criteria {', '.join(cond.within)}" if cond.within else (f" of {scope}" if scope else "")
        if cond.at_most == 0 and cond.at_least is None:
            return f"no {one}{where} {vs}"
        if cond.at_least is None:
            return f"at most {cond.at_most} {_plural(cond.at_most, one, many)}{where} {vs}"
        if cond.at_most is None:
            return f"at least {cond.at_least} {_plural(cond.at_least, one, many)}{where} {vs}"
        return f"between {cond.at_least} and {cond.at_most} {many}{where} {vs}"
    ids = cond.requirements or cond.criteria or []
    if len(ids) == 1:
        return f"{'requirement' if cond.requirements else 'criterion'} {ids[0]} {vs}"
    return f"{'requirements' if cond.requirements else 'criteria'} {', '.join(ids)} each {vs}"


def _check(cond, cid: str, found: Findings, scope: str, reqs: dict[str, Verdict], crits: dict[str, Verdict]) -> Check:
    """One condition as the rules checked it (``scope``: a criterion, or "" for the
    application); what was found is worded from the tally or the verdicts."""
    holds = found.holds(cid, scope)
    text = _text(cond, f"criterion {scope}" if scope else "")
    if isinstance(cond, CountCondition):
        tally = found.tallies[(cid, scope)]
        hits = f": {', '.join(tally.hits)}" if tally.hits else ""
        return Check(text=text, holds=holds, found=f"{tally.count} {_or_list(cond.verdict)}{hits}")
    pool = reqs if cond.requirements else crits
    failing = []
    for i in cond.requirements or cond.criteria or []:
        v = pool.get(i)
        if v is None:
            failing.append(f"{i} has no verdict")
        elif v.value not in cond.verdict:
            failing.append(f"{i} is {v.label}")
    return Check(text=text, holds=holds, found="; ".join(failing) if failing else "yes")


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
    engine_verdict: Verdict | None  # None: every sheet withheld it (blank sheets)
    engine_confidence: float | None
    reviews: list[Review]
    panel_verdict: Verdict
    reviewers_disagree: bool
    overridden_by: list[str]
    consensus: Verdict | None = None  # the reviewers' verdict by the rule, where the chair agreed another
    agreed_note: str = ""  # the chair's justification for the agreed verdict

    @property
    def anchor(self) -> str:
        return "req-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", self.id).strip("-") or "x")

    @property
    def differs_from_engine(self) -> bool:
        return self.engine_verdict is not None and self.panel_verdict != self.engine_verdict

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
    decided_by: str = ""  # the rule that gave the verdict

    @property
    def flagged(self) -> list[RequirementDecision]:
        return [r for r in self.requirements if r.flagged]


@dataclass
class OutcomeStep:
    outcome: str
    label: str
    checks: list[Check]
    chosen: bool
    decided_by: str = ""  # for the chosen step, the rule that chose it


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
    decided_by: str = ""  # the rule that chose the outcome
    fired: list[str] = field(default_factory=list)  # every rule that derived something, in order
    chair: str = ""  # who recorded the verdicts the panel agreed after discussion, if anyone did
    chair_sheet: str = ""

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


def decide(rule: PanelRule, sheets: list[ReviewSheet], catalogue: Catalogue | None = None,
           agreed: ReviewSheet | None = None) -> ApplicationDecision:
    """The panel's decision on one application from its reviewers' sheets
    (all for the same application, already checked to list the same requirements),
    as the panel rule evaluated in durable-rules decides it. With the chair's sheet
    (``agreed``), the verdicts the panel agreed after discussion stand in place of the
    reviewers' consensus, and the rule decides the criteria and the outcome from them."""
    cat = catalogue or load_catalogue()
    sheets = sorted(sheets, key=lambda s: s.reviewer.lower())
    first = sheets[0]
    by_sheet = [{r.id: r for r in s.rows} for s in sheets]
    # the engine's pre-assessment, from a sheet that showed it (a blank sheet withholds it)
    engine_rows = next(({r.id: r for r in s.rows} for s in sheets if not s.blank), {})
    saw_engine = {s.reviewer for s in sheets if not s.blank}
    reviews = {row.id: [Review(s.reviewer, m[row.id].reviewer_verdict, m[row.id].justification, Path(s.file).name,
                               m[row.id].row) for s, m in zip(sheets, by_sheet)] for row in first.rows}
    consensus = evaluate(rule, [Row(row.id, row.criterion, tuple(r.verdict.value for r in reviews[row.id]))
                                for row in first.rows]) if agreed is not None else None
    chair_rows = {r.id: r for r in agreed.rows} if agreed is not None else {}
    found = evaluate(rule, [Row(row.id, row.criterion, (chair_rows[row.id].reviewer_verdict.value,) if chair_rows
                                else tuple(r.verdict.value for r in reviews[row.id])) for row in first.rows])
    reqs: list[RequirementDecision] = []
    for row in first.rows:
        verdicts = [r.verdict for r in reviews[row.id]]
        reqs.append(RequirementDecision(
            id=row.id,
            criterion=row.criterion,
            requirement=cat.short_for(row.id, row.requirement),
            engine_verdict=engine_rows[row.id].engine_verdict if engine_rows else None,
            engine_confidence=engine_rows[row.id].engine_confidence if engine_rows else None,
            reviews=reviews[row.id],
            panel_verdict=Verdict(found.verdicts[row.id].value),
            reviewers_disagree=len(set(verdicts)) > 1,
            # an override is a change from the engine's verdict the reviewer saw
            overridden_by=[r.reviewer for r in reviews[row.id] if r.reviewer in saw_engine
                           and r.verdict != engine_rows[row.id].engine_verdict],
        ))
        if consensus is not None:
            by_reviewers = Verdict(consensus.verdicts[row.id].value)
            if by_reviewers != reqs[-1].panel_verdict:
                reqs[-1].consensus = by_reviewers
                reqs[-1].agreed_note = chair_rows[row.id].justification
    req_verdicts = {r.id: r.panel_verdict for r in reqs}

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
        choice = found.criteria[cid]
        because: list[Check] = []
        if choice.index is not None:
            scoped = {r.id: r.panel_verdict for r in mine}
            because = [_check(c, cond_id("criterion", choice.index, j), found, cid, scoped, {})
                       for j, c in enumerate(rule.criterion_verdict.first_match[choice.index].when)]
        counts = Counter(r.panel_verdict.value for r in mine)
        criteria.append(CriterionDecision(cid, title, Verdict(choice.value),
                                          {v.value: counts.get(v.value, 0) for v in Verdict}, mine, because,
                                          decided_by=choice.by))
    crit_verdicts = {c.id: c.verdict for c in criteria}

    assert found.outcome is not None  # evaluate refuses an application without one
    chosen = found.outcome
    tried = rule.outcome.first_match if chosen.index is None else rule.outcome.first_match[:chosen.index + 1]
    steps = [OutcomeStep(case.outcome, OUTCOME_LABELS[case.outcome],
                         [_check(c, cond_id("outcome", i, j), found, "", req_verdicts, crit_verdicts)
                          for j, c in enumerate(case.when)],
                         i == chosen.index, chosen.by if i == chosen.index else "")
             for i, case in enumerate(tried)]
    if chosen.index is None:
        steps.append(OutcomeStep(chosen.value, OUTCOME_LABELS[chosen.value], [], True, chosen.by))
    conditions = [r for r in reqs if r.id in set(found.conditions)]
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
        outcome=chosen.value,
        steps=steps,
        conditions=conditions,
        stem=first.stem,
        decided_by=chosen.by,
        fired=found.fired,
        chair=agreed.reviewer if agreed is not None else "",
        chair_sheet=Path(agreed.file).name if agreed is not None else "",
    )
