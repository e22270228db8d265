"""Compile the panel's decision rule (:class:`~approval_engine.panel.rule.PanelRule`)
into one durable-rules ruleset, evaluated in phases (``PHASES``):

``consensus``
    one rule per verdict in ``consensus.order``: a requirement's panel verdict
    is ``order[k]`` when some reviewer says it and none says anything earlier
    in the order (most cautious first). Derives ``panel_verdict``.
``criterion_checks``, ``outcome_checks``
    each condition of each case, checked: a count condition compares a
    ``tally`` (asserted between phases by :mod:`approval_engine.panel.evaluate`:
    counting is arithmetic) with its thresholds; a list condition joins the
    named requirements' (or criteria's) verdicts. Derives ``check`` with
    ``holds`` yes or no, per condition and scope (a criterion, or ``""`` for
    the application).
``criterion_cases``, ``outcome_cases``
    a case holds when all its checks hold, fails when one of them fails.
    Derives ``case``.
``criteria``, ``outcome``
    first match: case *i* is chosen when it holds and every earlier case
    fails; ``otherwise`` when every case fails. The rules are mutually
    exclusive, so exactly one fires per criterion (and one for the outcome).
    Derives ``criterion_verdict`` and ``outcome``.
``conditions``
    the requirements whose panel verdict is in the chosen case's
    ``conditions_from``. Derives ``condition``.

The durable-rules faults documented in :mod:`approval_engine.rules.compile_judgement`
are worked around by its :class:`Compiled` (conditions holding references
and an ``$or`` are expanded into alternatives; the phase fact follows the
facts a rule joins; negated conditions come last). Every derived fact's key
holds the value the rule chose, so two rules choosing differently for one
requirement, criterion or application would both show (and are refused by
the evaluation), never silently merged.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

from approval_engine.panel.rule import CountCondition, EachCondition, PanelRule
from approval_engine.rules.compile_judgement import Compiled
from approval_engine.rules.engine import Action

PHASES = ["consensus", "criterion_checks", "criterion_cases", "criteria",
          "outcome_checks", "outcome_cases", "outcome", "conditions"]
# where each level's conditions sit in the rule file, and the phases of that level
LEVELS = {
    "criterion": ("criterion_verdict", "criterion_checks", "criterion_cases", "criteria"),
    "outcome": ("outcome", "outcome_checks", "outcome_cases", "outcome"),
}
OTHERWISE = "otherwise"


def cond_id(level: str, case: int, index: int) -> str:
    """A condition's id: where it sits in the rule (``criterion_verdict.first_match.1.when.0``)."""
    return f"{LEVELS[level][0]}.first_match.{case}.when.{index}"


@dataclass(frozen=True)
class CompiledPanel:
    """A panel rule as a durable ruleset: its name, its rules, each rule's action."""

    name: str
    fingerprint: str
    rules: dict[str, dict]
    actions: dict[str, Action]

    @property
    def prefix(self) -> str:
        return self.name + "."


def _eq(name: str, value: object) -> tuple:
    return ("eq", name, value)


def _any(name: str, values: list[str]) -> tuple:
    return ("or", [_eq(name, v) for v in values])


def _fact(kind: str, *parts: tuple) -> tuple:
    return ("and", [_eq("kind", kind), *parts])


class _Builder:
    def __init__(self, name: str) -> None:
        self.name = name
        self.out = Compiled()

    def add(self, label: str, phase: str, conds: list[tuple[str, tuple]], nones: list[tuple],
            kind: str, fields: dict[str, object], key: list[str]) -> None:
        """A rule named ``label`` (recorded with what it derives; the durable rule is
        ``<ruleset name>.<label>``) deriving a ``kind`` fact."""
        action = Action(rule=label, kind=kind, fields=tuple({**fields, "by": label}.items()), key=tuple(key))
        self.out.add(f"{self.name}.{label}", phase, conds, nones, action)


def _consensus(b: _Builder, rule: PanelRule) -> None:
    order = rule.consensus.order
    for k, verdict in enumerate(order):
        said = ("v", _fact("review", _eq("verdict", verdict)))
        earlier = [_fact("review", _eq("req", {"v": "req"}), _eq("verdict", e)) for e in order[:k]]
        b.add(f"consensus.{verdict}", "consensus", [said], earlier, "panel_verdict",
              {"req": "$v.req", "crit": "$v.crit", "verdict": verdict}, ["req", "verdict"])


def _check_fields(cid: str, scope: str, holds: str) -> dict[str, object]:
    return {"cond": cid, "scope": scope, "holds": holds}


CHECK_KEY = ["cond", "scope", "holds"]


def _count_checks(b: _Builder, cid: str, cond: CountCondition, phase: str) -> None:
    tally = _fact("tally", _eq("cond", cid))
    lo, hi = cond.at_least, cond.at_most
    within = ([("op", "$lte", "count", hi)] if hi is not None else []) + \
             ([("op", "$gte", "count", lo)] if lo is not None else [])
    b.add(f"{cid}.holds", phase, [("t", ("and", [tally, *within]))], [], "check",
          _check_fields(cid, "$t.scope", "yes"), CHECK_KEY)
    if hi is not None:
        b.add(f"{cid}.above", phase, [("t", ("and", [tally, ("op", "$gt", "count", hi)]))], [], "check",
              _check_fields(cid, "$t.scope", "no"), CHECK_KEY)
    if lo is not None:  # below, and not above (so that one count fails one way)
        below = [("op", "$lt", "count", lo)] + ([("op", "$lte", "count", hi)] if hi is not None else [])
        b.add(f"{cid}.below", phase, [("t", ("and", [tally, *below]))], [], "check",
              _check_fields(cid, "$t.scope", "no"), CHECK_KEY)


def _each_checks(b: _Builder, cid: str, cond: EachCondition, phase: str, scoped: bool) -> None:
    """Each named requirement (criterion) has one of the verdicts. Inside a criterion
    (``scoped``), the named requirements must also be that criterion's own."""
    kind, name = ("panel_verdict", "req") if cond.requirements else ("criterion_verdict", "crit")
    ids = list(dict.fromkeys(cond.requirements or cond.criteria or []))

    def good(i: str, *more: tuple) -> tuple:
        return _fact(kind, _eq(name, i), _any("verdict", cond.verdict), *more)

    same = (lambda binding: (_eq("crit", {binding: "crit"}),)) if scoped else (lambda binding: ())
    binds = [(f"r{k}", good(i, *(same("r0") if k else ()))) for k, i in enumerate(ids)]
    b.add(f"{cid}.holds", phase, binds, [], "check", _check_fields(cid, "$r0.crit" if scoped else "", "yes"), CHECK_KEY)
    for k, i in enumerate(ids):
        scope = [("s", _fact("criterion"))] if scoped else []
        b.add(f"{cid}.fails.{k}", phase, scope, [good(i, *same("s"))], "check",
              _check_fields(cid, "$s.crit" if scoped else "", "no"), CHECK_KEY)


def _cases(b: _Builder, level: str, cases: list, chosen: str, otherwise: str) -> None:
    """Checks -> cases -> the first case that holds, else ``otherwise`` (``chosen`` names the
    field the choice sets)."""
    where, check_phase, case_phase, select_phase = LEVELS[level]
    scoped = level == "criterion"
    for i, case in enumerate(cases):
        cids = [cond_id(level, i, j) for j in range(len(case.when))]
        for j, cond in enumerate(case.when):
            if isinstance(cond, CountCondition):
                _count_checks(b, cids[j], cond, check_phase)
            else:
                _each_checks(b, cids[j], cond, check_phase, scoped)
        case_fields = {"level": level, "case": str(i)}
        key = ["level", "case", "scope", "holds"]
        binds = [(f"k{j}", _fact("check", _eq("cond", c), _eq("holds", "yes"),
                                 *([_eq("scope", {"k0": "scope"})] if j else [])))
                 for j, c in enumerate(cids)]
        b.add(f"{where}.first_match.{i}.holds", case_phase, binds, [], "case",
              {**case_fields, "scope": "$k0.scope", "holds": "yes"}, key)
        for j, c in enumerate(cids):
            b.add(f"{where}.first_match.{i}.fails.{j}", case_phase, [("k", _fact("check", _eq("cond", c), _eq("holds", "no")))],
                  [], "case", {**case_fields, "scope": "$k.scope", "holds": "no"}, key)

    for i, case in enumerate([*cases, None]):
        this = ([("c", _fact("case", _eq("level", level), _eq("case", str(i)), _eq("holds", "yes")))]
                if case is not None else [])
        first = "c" if case is not None else "f0"
        earlier = [(f"f{j}", _fact("case", _eq("level", level), _eq("case", str(j)), _eq("holds", "no"),
                                   *([_eq("scope", {first: "scope"})] if (this or j) else [])))
                   for j in range(i)]
        value = getattr(case, chosen) if case is not None else otherwise
        label = f"{where}.first_match.{i}.{value}" if case is not None else f"{where}.{OTHERWISE}.{value}"
        fields = {chosen: value, "case": str(i) if case is not None else OTHERWISE}
        if scoped:
            fields["crit"] = f"${first}.scope"
            b.add(label, select_phase, this + earlier, [], "criterion_verdict", fields, ["crit", "case"])
        else:
            b.add(label, select_phase, this + earlier, [], "outcome", fields, ["case"])


def _conditions(b: _Builder, rule: PanelRule) -> None:
    for i, case in enumerate(rule.outcome.first_match):
        if not case.conditions_from:
            continue
        binds = [("p", _fact("panel_verdict", _any("verdict", case.conditions_from))),
                 ("o", _fact("outcome", _eq("case", str(i))))]
        b.add(f"outcome.first_match.{i}.conditions", "conditions", binds, [], "condition",
              {"req": "$p.req", "crit": "$p.crit", "verdict": "$p.verdict"}, ["req"])


def fingerprint(rule: PanelRule) -> str:
    """The rule's identity: a digest of its JSON (the file it came from left out)."""
    return hashlib.sha256(rule.model_dump_json().encode()).hexdigest()[:12]


@lru_cache(maxsize=32)
def _compile(rule_json: str, fp: str) -> CompiledPanel:
    rule = PanelRule.model_validate_json(rule_json)
    b = _Builder(f"panel_{fp}")
    _consensus(b, rule)
    _cases(b, "criterion", rule.criterion_verdict.first_match, "verdict", rule.criterion_verdict.otherwise)
    _cases(b, "outcome", rule.outcome.first_match, "outcome", rule.outcome.otherwise)
    _conditions(b, rule)
    return CompiledPanel(b.name, fp, dict(b.out.rules), dict(b.out.actions))


def compile_panel(rule: PanelRule) -> CompiledPanel:
    """The rule as one durable ruleset named ``panel_<fingerprint>`` (its rules and
    actions named under it, so rules of different panel rules never collide)."""
    return _compile(rule.model_dump_json(), fingerprint(rule))
