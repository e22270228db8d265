"""Panel scoring: reviewers' sheets in, agreement figures and one decision
sheet per application out.

* The **decision rule** is data: the ``panel:`` block of a ruleset file (the
  shipped one is in ``rulesets/tda-senco-2008.yaml``), validated by :class:`PanelRule`
  when it is loaded. It says how the reviewers' verdicts combine into the
  panel's verdict on a requirement (``consensus``), how the requirements'
  panel verdicts give a criterion's verdict (``criterion_verdict``) and how
  the verdicts give the overall outcome (``outcome``: approve, approve with
  conditions, not approved). Conditions are counts ("at most 5 requirements
  partially met") and lists ("E.1 and E.2 met"); nothing of the rule is in
  this code.
* **Agreement**: for each pair of reviewers and each reviewer against the
  engine, percentage agreement and Cohen's kappa weighted quadratically on
  not met < partially met < met, overall and per requirement.
* **Overrides are records**: the engine's verdict and each reviewer's verdict
  and justification are kept side by side, in the store and on the decision
  sheet; the engine's verdict is never edited.
* The **store** is SQLite: the ``panel_*`` tables, added to a batch round's
  ``round.sqlite`` when one is given, else in a ``panel.sqlite`` of their own.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import combinations
from pathlib import Path
from typing import Annotated, Literal, Union

import jinja2
from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, ValidationError, field_validator, model_validator

from approval_engine.catalogue import Catalogue, load_catalogue
from approval_engine.errors import EngineError, RulesetError
from approval_engine.report.render import environment, md_escape
from approval_engine.panel.review import ENGINE_RATER, ReviewSheet, SheetError, find_sheets, read_sheet, slug
from approval_engine.judge.verdicts import Verdict
from approval_engine.panel.store import PANEL_TABLES, STORE_FILE, STORE_SCHEMA_VERSION, StoreError, open_store, save  # noqa: F401

VerdictName = Literal["met", "partially_met", "not_met", "not_applicable"]
OutcomeName = Literal["approve", "approve_with_conditions", "not_approved"]
OUTCOME_LABELS = {
    "approve": "Approve",
    "approve_with_conditions": "Approve with conditions",
    "not_approved": "Not approved",
}
#: the ordinal scale the weighted kappa is computed on (n/a is not on it)
ORDINAL = {Verdict.not_met: 0, Verdict.partially_met: 1, Verdict.met: 2}
#: kappa is not reported over fewer items than this (one or two items give 0 or nothing)
MIN_KAPPA_ITEMS = 5


class PanelRuleError(RulesetError):
    """A decision rule that is missing, malformed or does not validate."""


# ==========================================================================
# The decision rule, as data


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _listify(value):
    return [value] if isinstance(value, str) else value


class CountCondition(_Strict):
    """How many requirements (or criteria) have one of ``verdict``:
    ``at_most`` and/or ``at_least`` that many. ``within`` limits the count to
    the requirements (or criteria) of the criteria named."""

    count: Literal["requirements", "criteria"]
    verdict: list[VerdictName] = Field(min_length=1)
    within: list[str] | None = Field(default=None, min_length=1)
    at_most: int | None = Field(default=None, ge=0)
    at_least: int | None = Field(default=None, ge=0)
    describe: str = Field(default="", description="wording for the decision sheet (default: generated)")

    _verdict_list = field_validator("verdict", mode="before")(_listify)

    @model_validator(mode="after")
    def _bounds(self) -> "CountCondition":
        if self.at_most is None and self.at_least is None:
            raise ValueError("a count needs 'at_most' or 'at_least'")
        if self.at_most is not None and self.at_least is not None and self.at_least > self.at_most:
            raise ValueError("'at_least' is greater than 'at_most': the condition can never hold")
        return self


class EachCondition(_Strict):
    """Each of the named requirements (or criteria) has one of ``verdict``."""

    requirements: list[str] | None = Field(default=None, min_length=1)
    criteria: list[str] | None = Field(default=None, min_length=1)
    verdict: list[VerdictName] = Field(min_length=1)
    describe: str = ""

    _verdict_list = field_validator("verdict", mode="before")(_listify)

    @model_validator(mode="after")
    def _one_list(self) -> "EachCondition":
        if (self.requirements is None) == (self.criteria is None):
            raise ValueError("name either 'requirements' or 'criteria' (a list of ids), or give a 'count'")
        return self


def _condition_kind(value) -> str | None:
    if isinstance(value, dict):
        return "count_condition" if "count" in value else "each_condition"
    if isinstance(value, CountCondition):
        return "count_condition"
    if isinstance(value, EachCondition):
        return "each_condition"
    return None


Condition = Annotated[
    Union[Annotated[CountCondition, Tag("count_condition")], Annotated[EachCondition, Tag("each_condition")]],
    Discriminator(
        _condition_kind,
        custom_error_type="condition",
        custom_error_message="a condition is a mapping: {count: ..., verdict: ..., at_most: ...} "
                             "or {requirements: [...], verdict: ...}",
    ),
]


class Consensus(_Strict):
    """How reviewers' verdicts on one requirement combine into the panel's verdict."""

    method: Literal["most_cautious"] = "most_cautious"
    order: list[VerdictName] = Field(description="the four verdicts, most cautious first")

    @field_validator("order")
    @classmethod
    def _all_four(cls, v: list[str]) -> list[str]:
        if sorted(v) != sorted(VerdictName.__args__):
            raise ValueError("list each of met, partially_met, not_met, not_applicable exactly once")
        return v


class CriterionCase(_Strict):
    verdict: VerdictName
    when: list[Condition] = Field(min_length=1)


class CriterionRule(_Strict):
    """A criterion's verdict: the first case whose conditions all hold, else ``otherwise``.
    Inside a criterion, ``count: requirements`` counts that criterion's requirements."""

    first_match: list[CriterionCase] = Field(min_length=1)
    otherwise: VerdictName


class OutcomeCase(_Strict):
    outcome: OutcomeName
    when: list[Condition] = Field(min_length=1)
    conditions_from: list[VerdictName] = Field(
        default_factory=list,
        description="requirements whose panel verdict is one of these become the conditions of approval",
    )

    _conditions_list = field_validator("conditions_from", mode="before")(_listify)


class OutcomeRule(_Strict):
    """The overall outcome: the first case whose conditions all hold, else ``otherwise``."""

    first_match: list[OutcomeCase] = Field(min_length=1)
    otherwise: OutcomeName


class PanelRule(_Strict):
    """The panel's decision rule (a ruleset's ``panel:`` block)."""

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    version: str = Field(pattern=r"^\d+\.\d+(\.\d+)?$")
    description: str = ""
    consensus: Consensus
    criterion_verdict: CriterionRule
    outcome: OutcomeRule
    source: str = Field(default="", exclude=True)

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}"

    def problems(self, catalogue: Catalogue) -> list[str]:
        """References the schema cannot check: ids that the specification does not know,
        and conditions that make no sense inside one criterion."""
        req_ids = set(catalogue.ids())
        crit_ids = {c.id for c in catalogue.criteria} | {"X"}
        out: list[str] = []

        def check(where: str, cond, in_criterion: bool) -> None:
            if isinstance(cond, CountCondition):
                if in_criterion and cond.count == "criteria":
                    out.append(f"{where}.count: a criterion's verdict can only count its requirements")
                if in_criterion and cond.within:
                    out.append(f"{where}.within: not allowed in a criterion's verdict (it counts its own requirements)")
                for c in cond.within or []:
                    if c not in crit_ids:
                        out.append(f"{where}.within: unknown criterion {c!r}")
            else:
                if in_criterion and cond.criteria:
                    out.append(f"{where}.criteria: not allowed in a criterion's verdict")
                for r in cond.requirements or []:
                    if r not in req_ids and not r.startswith("X."):
                        out.append(f"{where}.requirements: unknown requirement id {r!r}")
                for c in cond.criteria or []:
                    if c not in crit_ids:
                        out.append(f"{where}.criteria: unknown criterion {c!r}")

        for i, case in enumerate(self.criterion_verdict.first_match):
            for j, cond in enumerate(case.when):
                check(f"criterion_verdict.first_match[{i}].when[{j}]", cond, True)
        for i, case in enumerate(self.outcome.first_match):
            for j, cond in enumerate(case.when):
                check(f"outcome.first_match[{i}].when[{j}]", cond, False)
        return out


def panel_rule_schema() -> dict:
    return PanelRule.model_json_schema()


def _where(loc: tuple, prefix: str) -> str:
    parts: list[str] = [prefix] if prefix else []
    for x in loc:
        if x in ("count_condition", "each_condition"):
            continue
        if isinstance(x, int):
            if parts:
                parts[-1] = f"{parts[-1]}[{x}]"
            else:
                parts.append(f"[{x}]")
        else:
            parts.append(str(x))
    return ".".join(parts) or "(top level)"


def default_rule_path() -> Path:
    """The shipped decision rule: the ``panel:`` block of the default ruleset."""
    from approval_engine.judge.evaluate import default_ruleset_path

    return default_ruleset_path()


def _panel_block(path: Path, chain: tuple[Path, ...] = ()) -> tuple[object, str]:
    """The decision rule's data in a file, and where it sits (for messages)."""
    from approval_engine.ingest.model import load_structured

    if path in chain:
        raise PanelRuleError("'extends' makes a cycle", path=str(path))
    try:
        data = load_structured(path)
    except EngineError as exc:
        raise PanelRuleError(str(exc).split(": ", 1)[-1], path=str(path)) from None
    if not isinstance(data, dict):
        raise PanelRuleError("expected a mapping at the top level", path=str(path))
    if "panel" in data:
        if not data["panel"]:
            raise PanelRuleError("the 'panel:' block is empty", path=str(path))
        return data["panel"], "panel"
    if data.get("extends"):  # a ruleset layered over a base: the base may hold the panel block
        base = (path.parent / str(data["extends"])).resolve()
        if not base.is_file():
            raise PanelRuleError(f"extends {data['extends']!r}, which does not exist", path=str(path))
        return _panel_block(base, chain + (path,))
    if "requirements" in data:
        raise PanelRuleError("this ruleset has no 'panel:' block (the panel's decision rule)", path=str(path))
    if "outcome" in data or "criterion_verdict" in data:
        return data, ""
    raise PanelRuleError("no 'panel:' block (the panel's decision rule) in this file", path=str(path))


def load_panel_rule(path: Path | None = None, *, catalogue: Catalogue | None = None) -> PanelRule:
    """Load and validate a decision rule: a ruleset file whose ``panel:`` key holds
    it, or the standalone panel rule file. Every problem is a :class:`PanelRuleError`
    naming the file and where in it."""
    path = Path(path) if path else default_rule_path()
    if not path.is_file():
        raise PanelRuleError("no such decision rule file", path=str(path))
    block, prefix = _panel_block(path)
    if not isinstance(block, dict):
        raise PanelRuleError(f"{prefix or '(top level)'}: expected a mapping (the decision rule)", path=str(path))
    try:
        rule = PanelRule.model_validate(block)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        err = errors[0]
        msg = err["msg"]
        if err["type"] == "value_error":
            msg = str(err.get("ctx", {}).get("error", msg))
        more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
        raise PanelRuleError(f"{_where(err['loc'], prefix)}: {msg}{more}", path=str(path)) from None
    problems = rule.problems(catalogue or load_catalogue())
    if problems:
        more = f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})" if len(problems) > 1 else ""
        raise PanelRuleError(f"{prefix + '.' if prefix else ''}{problems[0]}{more}", path=str(path))
    rule.source = str(path)
    return rule


# ==========================================================================
# Applying the rule


def _label(v: Verdict | str) -> str:
    return Verdict(v).label


def _or_list(names: list[str]) -> str:
    labels = [_label(v) for v in names]
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
            failing.append(f"{i} is {_label(v)}")
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
        return _label(self.verdict)


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


# ==========================================================================
# Agreement


@dataclass
class PairStat:
    """Agreement between two raters over the items both rated."""

    a: str
    b: str
    n: int
    agreed: int
    kappa: float | None
    n_kappa: int

    @property
    def percent(self) -> float | None:
        return 100.0 * self.agreed / self.n if self.n else None

    @property
    def with_engine(self) -> bool:
        return ENGINE_RATER in (self.a, self.b)

    @property
    def label(self) -> str:
        return f"{self.a} vs {self.b}"

    def as_dict(self) -> dict:
        return {"a": self.a, "b": self.b, "n": self.n, "agreed": self.agreed,
                "percent": None if self.percent is None else round(self.percent, 1),
                "kappa_quadratic": None if self.kappa is None else round(self.kappa, 3), "n_kappa": self.n_kappa}


def weighted_kappa(pairs: list[tuple[Verdict, Verdict]]) -> tuple[float | None, int]:
    """Cohen's kappa with quadratic weights on not met < partially met < met.

    Items where either rater says not applicable are left out (n/a is not on
    the scale). Returns (kappa, number of items used); kappa is None when it
    is undefined: no items, or no expected disagreement (both raters gave
    one and the same verdict throughout)."""
    items = [(ORDINAL[a], ORDINAL[b]) for a, b in pairs if a in ORDINAL and b in ORDINAL]
    n = len(items)
    if n == 0:
        return None, 0
    k = len(ORDINAL)
    observed = [[0.0] * k for _ in range(k)]
    for i, j in items:
        observed[i][j] += 1 / n
    row = [sum(observed[i]) for i in range(k)]
    col = [sum(observed[i][j] for i in range(k)) for j in range(k)]
    w = [[(i - j) ** 2 / (k - 1) ** 2 for j in range(k)] for i in range(k)]
    obs = sum(w[i][j] * observed[i][j] for i in range(k) for j in range(k))
    exp = sum(w[i][j] * row[i] * col[j] for i in range(k) for j in range(k))
    if exp == 0:
        return None, n
    return 1.0 - obs / exp, n


def pair_stat(a: str, b: str, pairs: list[tuple[Verdict, Verdict]]) -> PairStat:
    """Agreement over ``pairs``; kappa only over at least :data:`MIN_KAPPA_ITEMS` items."""
    kappa, n_kappa = weighted_kappa(pairs)
    if n_kappa < MIN_KAPPA_ITEMS:
        kappa = None
    return PairStat(a, b, len(pairs), sum(x == y for x, y in pairs), kappa, n_kappa)


@dataclass
class Disagreement:
    application: str  # the application's file name (titles repeat across applications)
    requirement: str
    short: str
    engine: Verdict
    reviews: list[Review]
    between_reviewers: bool


@dataclass
class RequirementAgreement:
    id: str
    criterion: str
    short: str
    pairs: list[PairStat]
    reviewers_disagree: int  # applications where the reviewers disagree
    engine_differs: int  # applications where a reviewer differs from the engine

    @property
    def status(self) -> str:
        if self.reviewers_disagree:
            return "reviewers disagree"
        if self.engine_differs:
            return "engine overridden"
        return "agree"


@dataclass
class Agreement:
    raters: list[str]
    applications: int
    pairs: list[PairStat]
    requirements: list[RequirementAgreement]
    disagreements: list[Disagreement]

    def as_dict(self) -> dict:
        return {
            "raters": self.raters,
            "applications": self.applications,
            "kappa": "Cohen's kappa, quadratic weights on not_met < partially_met < met; n/a items left out",
            "pairs": [p.as_dict() for p in self.pairs],
            "requirements": [
                {"id": r.id, "criterion": r.criterion, "status": r.status,
                 "reviewers_disagree": r.reviewers_disagree, "engine_differs": r.engine_differs,
                 "pairs": [p.as_dict() for p in r.pairs]}
                for r in self.requirements
            ],
            "disagreements": [
                {"application": d.application, "requirement": d.requirement, "engine": d.engine.value,
                 "between_reviewers": d.between_reviewers,
                 "reviews": [{"reviewer": v.reviewer, "verdict": v.verdict.value, "justification": v.justification}
                             for v in d.reviews]}
                for d in self.disagreements
            ],
        }


def _rater_pairs(reviewers: list[str]) -> list[tuple[str, str]]:
    return list(combinations(reviewers, 2)) + [(r, ENGINE_RATER) for r in reviewers]


def agreement(decisions: list[ApplicationDecision]) -> Agreement:
    """Agreement between each pair of reviewers and each reviewer and the engine,
    overall and per requirement, over every application the pair both reviewed."""
    reviewers = sorted({r for d in decisions for r in d.reviewers}, key=str.lower)
    pairs = _rater_pairs(reviewers)
    # ratings[requirement id][application key][rater] = verdict
    ratings: dict[str, dict[str, dict[str, Verdict]]] = defaultdict(dict)
    meta: dict[str, tuple[str, str]] = {}
    disagreements: list[Disagreement] = []
    for d in decisions:
        for r in d.requirements:
            rated = {v.reviewer: v.verdict for v in r.reviews}
            rated[ENGINE_RATER] = r.engine_verdict
            ratings[r.id][d.key] = rated
            meta.setdefault(r.id, (r.criterion, r.requirement))
            if r.reviewers_disagree or r.overridden_by:
                disagreements.append(Disagreement(d.file_name, r.id, r.requirement, r.engine_verdict, r.reviews,
                                                  r.reviewers_disagree))

    def stats(req_ids: list[str]) -> list[PairStat]:
        out = []
        for a, b in pairs:
            items = [(rated[a], rated[b]) for rid in req_ids for rated in ratings[rid].values()
                     if a in rated and b in rated]
            if items:
                out.append(pair_stat(a, b, items))
        return out

    per_req = []
    for rid in ratings:
        apps = ratings[rid].values()
        rev_dis = sum(1 for rated in apps if len({v for k, v in rated.items() if k != ENGINE_RATER}) > 1)
        eng_dis = sum(1 for rated in apps if any(v != rated[ENGINE_RATER] for k, v in rated.items() if k != ENGINE_RATER))
        per_req.append(RequirementAgreement(rid, meta[rid][0], meta[rid][1], stats([rid]), rev_dis, eng_dis))
    position = {rid: i for i, rid in enumerate(ratings)}
    per_req.sort(key=lambda r: (r.reviewers_disagree == 0, r.engine_differs == 0, position[r.id]))
    disagreements.sort(key=lambda d: (not d.between_reviewers,))
    for d in decisions:
        mine = {r.id for r in d.requirements}
        d.agreement = []
        for a, b in pairs:
            items = [(ratings[rid][d.key][a], ratings[rid][d.key][b]) for rid in mine
                     if a in ratings[rid][d.key] and b in ratings[rid][d.key]]
            if items:
                d.agreement.append(pair_stat(a, b, items))
    return Agreement([*reviewers, ENGINE_RATER], len(decisions), stats(list(ratings)), per_req, disagreements)


# ==========================================================================
# Rendering


def _environment() -> jinja2.Environment:
    env = environment()
    env.filters["pct"] = lambda x: "—" if x is None else f"{x:.0f}%"
    env.filters["kappa"] = lambda x: "—" if x is None else f"{x:.2f}"
    return env


def render_decision(decision: ApplicationDecision, fmt: str) -> str:
    """The decision sheet for one application, ``"html"`` or ``"md"``."""
    if fmt not in ("html", "md"):
        raise ValueError(f"unknown decision sheet format {fmt!r}")
    out = _environment().get_template(f"decision.{fmt}.j2").render(d=decision, Verdict=Verdict)
    if fmt == "md":
        out = re.sub(r"\n(?:[ \t]*\n){2,}", "\n\n", out).strip() + "\n"
    return out


def render_agreement_md(ag: Agreement) -> str:
    e = md_escape

    def cell(p: PairStat | None) -> str:
        if p is None:
            return "—"
        text = f"{p.percent:.0f}% ({p.agreed}/{p.n})"
        return text + (f" κw {p.kappa:.2f}" if p.kappa is not None else "")

    lines = ["# Panel agreement", ""]
    lines.append(f"{ag.applications} application{'s' if ag.applications != 1 else ''}; raters: "
                 + ", ".join(e(r) for r in ag.raters) + ".")
    lines += ["", "Percentage agreement on all four verdicts; κw is Cohen's kappa with quadratic weights on "
              "not met < partially met < met (items rated n/a by either rater left out; — where undefined or "
              f"over fewer than {MIN_KAPPA_ITEMS} items).", ""]
    lines += ["## Overall", "", "| raters | items | agreed | % agreement | κw (items) |", "| --- | ---: | ---: | ---: | ---: |"]
    for p in ag.pairs:
        pct = "—" if p.percent is None else f"{p.percent:.1f}%"
        kap = "—" if p.kappa is None else f"{p.kappa:.2f}"
        lines.append(f"| {e(p.label)} | {p.n} | {p.agreed} | {pct} | {kap} ({p.n_kappa}) |")
    lines += ["", "## Disagreements", ""]
    if not ag.disagreements:
        lines.append("None: every reviewer agrees with every other and with the engine.")
    for d in ag.disagreements:
        kind = "reviewers disagree" if d.between_reviewers else "engine overridden"
        views = "; ".join(f"{e(v.reviewer)}: {e(v.label)}" + (f" — “{e(v.justification)}”" if v.justification else "")
                          for v in d.reviews)
        lines.append(f"- **{e(d.requirement)}** ({kind}) in {e(d.application)}: engine {e(d.engine.label)}; {views}")
    lines += ["", "## Per requirement", "", "Disagreements first."]
    if ag.pairs:
        head = [p.label for p in ag.pairs]
        lines += ["", "| id | requirement | status | " + " | ".join(e(h) for h in head) + " |",
                  "| --- | --- | --- | " + " | ".join("---" for _ in head) + " |"]
        for r in ag.requirements:
            by = {(p.a, p.b): p for p in r.pairs}
            lines.append(f"| {e(r.id)} | {e(r.short)} | {r.status} | "
                         + " | ".join(cell(by.get((p.a, p.b))) for p in ag.pairs) + " |")
    return "\n".join(lines) + "\n"


# ==========================================================================
# The whole run


@dataclass
class PanelRun:
    sheets: list[ReviewSheet]
    decisions: list[ApplicationDecision]
    agreement: Agreement
    store: Path
    files: list[Path]


def _check_consistent(group: list[ReviewSheet]) -> None:
    """Sheets for the same application: one per reviewer, the same requirements,
    the same engine verdicts (the pre-assessment every reviewer saw)."""
    seen: dict[str, ReviewSheet] = {}
    for s in group:
        other = seen.get(s.reviewer.lower())
        if other:
            raise SheetError(f"a second sheet by {s.reviewer} for {s.application!r} (the first is {other.file})",
                             path=s.file)
        seen[s.reviewer.lower()] = s
    base = group[0]
    base_rows = {r.id: r for r in base.rows}
    for s in group[1:]:
        ids = {r.id for r in s.rows}
        if ids != set(base_rows):
            diff = sorted(ids ^ set(base_rows))
            raise SheetError(f"lists different requirements from {base.file} ({', '.join(diff[:5])})", path=s.file)
        for r in s.rows:
            if r.engine_verdict != base_rows[r.id].engine_verdict:
                raise SheetError(
                    f"row {r.row} ({r.id}): engine_verdict {r.engine_verdict.label} differs from "
                    f"{base_rows[r.id].engine_verdict.label} in {base.file} (sheets made with different engine "
                    "versions, or an edited engine column)",
                    path=s.file,
                )


def run_panel(sheets_dir: Path, out: Path, *, store: Path | None = None, rule_path: Path | None = None,
              catalogue: Catalogue | None = None, now: datetime | None = None) -> PanelRun:
    """Import every sheet in ``sheets_dir``, record them, and write the agreement
    figures and one decision sheet (HTML and Markdown) per application into ``out``.
    Nothing is recorded or written unless every sheet is valid."""
    cat = catalogue or load_catalogue()
    rule = load_panel_rule(rule_path, catalogue=cat)
    sheets_dir = Path(sheets_dir)
    if not sheets_dir.is_dir():
        raise EngineError("no such folder of review sheets", path=str(sheets_dir))
    files = find_sheets(sheets_dir)
    if not files:
        raise EngineError("no review sheets (.xlsx or .csv) in this folder", path=str(sheets_dir))
    sheets = [read_sheet(p, catalogue=cat) for p in files]
    groups: dict[str, list[ReviewSheet]] = defaultdict(list)
    for s in sheets:
        groups[s.key].append(s)
    for group in groups.values():
        _check_consistent(group)
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M UTC")
    decisions = sorted((decide(rule, g, cat) for g in groups.values()), key=lambda d: (d.application.lower(), d.key))
    for d in decisions:
        d.decided_at = stamp
    ag = agreement(decisions)

    out = Path(out)
    store_path = Path(store) if store else out / STORE_FILE
    conn = open_store(store_path, must_exist=store is not None)
    try:
        save(conn, sheets, decisions, now=stamp)
    finally:
        conn.close()

    written: list[Path] = []
    used: set[str] = set()
    try:
        out.mkdir(parents=True, exist_ok=True)
        for d in decisions:
            stem = d.stem
            if stem in used:
                stem = f"{stem}-{slug(d.sha256[:8] or str(len(used)))}"
            used.add(stem)
            for fmt in ("html", "md"):
                target = out / f"{stem}.decision.{fmt}"
                target.write_text(render_decision(d, fmt), encoding="utf-8")
                written.append(target)
        target = out / "agreement.md"
        target.write_text(render_agreement_md(ag), encoding="utf-8")
        written.append(target)
        target = out / "agreement.json"
        target.write_text(json.dumps(ag.as_dict(), indent=2, ensure_ascii=False), encoding="utf-8")
        written.append(target)
    except OSError as exc:
        raise EngineError(f"cannot write the panel's results: {exc.strerror}", path=str(out)) from None
    return PanelRun(sheets, decisions, ag, store_path, written)
