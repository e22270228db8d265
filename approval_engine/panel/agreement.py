"""Agreement: for each pair of reviewers and each reviewer against the engine,
percentage agreement and Cohen's kappa weighted quadratically on
not met < partially met < met, overall, per requirement and per application."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from approval_engine.judge.verdicts import Verdict
from approval_engine.panel.decide import ApplicationDecision, Review
from approval_engine.panel.sheets import ENGINE_RATER

#: the ordinal scale the weighted kappa is computed on (n/a is not on it)
ORDINAL = {Verdict.not_met: 0, Verdict.partially_met: 1, Verdict.met: 2}
#: kappa is not reported over fewer items than this (one or two items give 0 or nothing)
MIN_KAPPA_ITEMS = 5


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
    engine: Verdict | None  # None: withheld from every sheet (blank sheets)
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
                {"application": d.application, "requirement": d.requirement,
             "engine": d.engine.value if d.engine else None,
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
            if r.engine_verdict is not None:  # withheld from blank sheets, the engine is not rated
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
        eng_dis = sum(1 for rated in apps if ENGINE_RATER in rated
                      and any(v != rated[ENGINE_RATER] for k, v in rated.items() if k != ENGINE_RATER))
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
