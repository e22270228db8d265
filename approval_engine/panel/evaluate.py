"""Evaluating the compiled panel rule (:mod:`approval_engine.panel.compile`) in
durable-rules for one application: the reviewers' verdicts go in as facts,
the rules derive the panel's verdicts, every condition's check, each
criterion's verdict and the outcome; this module reads them back.

Between phases it asserts the ``tally`` facts the count conditions compare
with their thresholds: how many requirements (or criteria) the rules gave one
of a condition's verdicts, per criterion for a criterion's verdict. Counting
is arithmetic; the comparison is a rule.

Whatever the rules derive must be one answer per requirement, condition,
criterion and application: anything else (none, or two) is an
:class:`~approval_engine.errors.EvaluationError`, never papered over.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from approval_engine.errors import EvaluationError
from approval_engine.panel.compile import LEVELS, OTHERWISE, PHASES, CompiledPanel, compile_panel, cond_id
from approval_engine.panel.rule import CountCondition, PanelRule
from approval_engine.rules import engine

FIRST_TALLY = 500_000  # tallies are numbered after the perceived facts, before the derived ones
_registered: dict[str, str] = {}  # fingerprint -> the ruleset's name in the durable host


@dataclass(frozen=True)
class Row:
    """One requirement of the application and the reviewers' verdicts on it."""

    id: str
    criterion: str
    verdicts: tuple[str, ...]


@dataclass(frozen=True)
class Tally:
    count: int
    hits: tuple[str, ...]


@dataclass(frozen=True)
class Choice:
    """What the rules chose: a verdict or outcome, the case (an index, or ``otherwise``),
    and the rule that fired."""

    value: str
    case: str
    by: str

    @property
    def index(self) -> int | None:
        return None if self.case == OTHERWISE else int(self.case)


@dataclass
class Findings:
    """Everything the panel rules derived for one application."""

    verdicts: dict[str, Choice] = field(default_factory=dict)  # requirement -> panel verdict
    checks: dict[tuple[str, str], Choice] = field(default_factory=dict)  # (condition, scope) -> "yes"/"no"
    tallies: dict[tuple[str, str], Tally] = field(default_factory=dict)
    criteria: dict[str, Choice] = field(default_factory=dict)
    outcome: Choice | None = None
    conditions: list[str] = field(default_factory=list)
    fired: list[str] = field(default_factory=list)  # every rule that derived something, in order

    def holds(self, cid: str, scope: str = "") -> bool:
        return self.checks[(cid, scope)].value == "yes"


def registered(compiled: CompiledPanel) -> str:
    """The compiled rule's name in the durable host, registering it on first use
    (once per distinct rule per process)."""
    if compiled.fingerprint not in _registered:
        names = engine.register({compiled.name: compiled.rules}, compiled.actions, compiled.fingerprint)
        _registered[compiled.fingerprint] = names[compiled.name]
    return _registered[compiled.fingerprint]


def _facts(rows: list[Row]) -> list[dict]:
    facts: list[dict] = []
    for row in rows:
        for i, verdict in enumerate(row.verdicts):
            facts.append({"id": f"review:{row.id}:{i}", "kind": "review", "req": row.id, "crit": row.criterion,
                          "verdict": verdict, "reviewer": i})
    for crit in dict.fromkeys(r.criterion for r in rows):
        facts.append({"id": f"criterion:{crit}", "kind": "criterion", "crit": crit})
    return [{**f, "n": n} for n, f in enumerate(facts, start=1)]


def _tallies(rule: PanelRule, level: str, derived: list[engine.Derived], rows: list[Row], first: int) -> list[dict]:
    """The tallies of one level's count conditions, from the verdicts the rules derived."""
    place = {r.id: k for k, r in enumerate(rows)}
    crit_place = {c: k for k, c in enumerate(dict.fromkeys(r.criterion for r in rows))}
    reqs = sorted((d.fact for d in derived if d.fact["kind"] == "panel_verdict"), key=lambda f: place.get(f["req"], 0))
    crits = sorted((d.fact for d in derived if d.fact["kind"] == "criterion_verdict"),
                   key=lambda f: crit_place.get(f["crit"], 0))
    cases = rule.criterion_verdict.first_match if level == "criterion" else rule.outcome.first_match
    out: list[dict] = []
    for i, case in enumerate(cases):
        for j, cond in enumerate(case.when):
            if not isinstance(cond, CountCondition):
                continue
            cid = cond_id(level, i, j)
            if level == "criterion":
                pools = {c: [f["req"] for f in reqs if f["crit"] == c and f["verdict"] in cond.verdict] for c in crit_place}
            elif cond.count == "requirements":
                pools = {"": [f["req"] for f in reqs if (not cond.within or f["crit"] in cond.within)
                              and f["verdict"] in cond.verdict]}
            else:
                pools = {"": [f["crit"] for f in crits if (not cond.within or f["crit"] in cond.within)
                              and f["verdict"] in cond.verdict]}
            for scope, hits in pools.items():
                out.append({"id": f"tally:{cid}:{scope}", "kind": "tally", "cond": cid, "scope": scope,
                            "count": len(hits), "hits": ",".join(hits)})
    return [{**f, "n": n} for n, f in enumerate(out, start=first)]


def _one(found: dict, key, choice: Choice, what: str) -> None:
    if key in found and found[key] != choice:
        raise EvaluationError(f"the panel rules decided {what} twice: {found[key].by} and {choice.by}")
    found[key] = choice


def _read(rule: PanelRule, rows: list[Row], derived: list[engine.Derived], tallies: list[dict]) -> Findings:
    out = Findings(fired=[d.rule for d in derived])
    for t in tallies:
        out.tallies[(t["cond"], t["scope"])] = Tally(t["count"], tuple(h for h in t["hits"].split(",") if h))
    for d in derived:
        f = d.fact
        if f["kind"] == "panel_verdict":
            _one(out.verdicts, f["req"], Choice(f["verdict"], "", d.rule), f"requirement {f['req']}")
        elif f["kind"] == "check":
            _one(out.checks, (f["cond"], f["scope"]), Choice(f["holds"], "", d.rule), f"condition {f['cond']}")
        elif f["kind"] == "criterion_verdict":
            _one(out.criteria, f["crit"], Choice(f["verdict"], f["case"], d.rule), f"criterion {f['crit']}")
        elif f["kind"] == "outcome":
            if out.outcome is not None:
                raise EvaluationError(f"the panel rules decided the outcome twice: {out.outcome.by} and {d.rule}")
            out.outcome = Choice(f["outcome"], f["case"], d.rule)
        elif f["kind"] == "condition":
            out.conditions.append(f["req"])
    missing = [r.id for r in rows if r.id not in out.verdicts]
    missing += [c for c in dict.fromkeys(r.criterion for r in rows) if c not in out.criteria]
    if out.outcome is None:
        missing.append("the outcome")
    if missing:
        raise EvaluationError(f"the panel rules decided nothing for {', '.join(missing)}")
    _check_every_condition(rule, rows, out)
    return out


def _check_every_condition(rule: PanelRule, rows: list[Row], out: Findings) -> None:
    scopes = {"criterion": list(dict.fromkeys(r.criterion for r in rows)), "outcome": [""]}
    for level, cases in (("criterion", rule.criterion_verdict.first_match), ("outcome", rule.outcome.first_match)):
        for i, case in enumerate(cases):
            for j in range(len(case.when)):
                for scope in scopes[level]:
                    if (cond_id(level, i, j), scope) not in out.checks:
                        where = f" for criterion {scope}" if scope else ""
                        raise EvaluationError(f"the panel rules did not check {cond_id(level, i, j)}{where}")


def evaluate(rule: PanelRule, rows: list[Row]) -> Findings:
    """Run the panel rule in durable-rules over one application's reviewers' verdicts."""
    compiled = compile_panel(rule)
    target = registered(compiled)
    tallies: list[dict] = []

    def between(phase: str, derived: list[engine.Derived]) -> list[dict]:
        level = {"consensus": "criterion", LEVELS["criterion"][3]: "outcome"}.get(phase)
        if level is None:
            return []
        new = _tallies(rule, level, derived, rows, first=FIRST_TALLY + len(tallies))
        tallies.extend(new)
        return new

    derived = engine.run(target, _facts(rows), PHASES, between)
    return _read(rule, rows, derived, tallies)
