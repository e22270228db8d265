"""Judging one application: perception's facts into durable-rules, the
judgement rules' conclusions back out.

1. Perception asserts its facts into a fresh session of the judgement
   ruleset; the phases run in turn (claims, passages, ..., aspects); after a
   phase, the ruleset's ``counts`` are asserted.
2. From what the rules derived, each requirement's record (applicability
   from its condition's value, each aspect's status) is asserted into its
   criterion's verdict ruleset, whose rules give the verdict and roll the
   criterion's verdicts up.

Nothing here decides: this module carries facts between sessions and
gathers the derived facts, with the passages they stand for, for the report.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from approval_engine.errors import EvaluationError
from approval_engine.ingest.model import Application
from approval_engine.judge.facts import AspectFacts, Hit, RequirementFacts
from approval_engine.judge.perceive import Perceiver, Sentence
from approval_engine.judge.perception import Perception
from approval_engine.judge.verdicts import Verdict
from approval_engine.rules import engine as durable
from approval_engine.rules.compile import VERDICT_PHASES
from approval_engine.rules.compile_judgement import IGNORE
from approval_engine.rules.judgement import Judgement


@dataclass
class Decision:
    verdict: Verdict
    rule: str  # the verdict rule that gave it


class Decisions(dict):
    """Requirement id -> :class:`Decision`, and each criterion's roll-up."""

    criteria_gaps: dict[str, bool]


@dataclass
class Found:
    """What the judgement rules concluded for one application, before its verdicts."""

    requirements: list[RequirementFacts]
    conditions: dict[str, bool]
    derived: list[durable.Derived] = field(default_factory=list)
    perception: Perception | None = None


def counts(judgement: Judgement):
    """The ``between`` hook: the ruleset's counts over what a phase derived."""

    def between(phase: str, derived: list[durable.Derived]) -> list[dict]:
        out = []
        for c in judgement.counts:
            if c.after != phase:
                continue
            groups: dict[tuple, Counter] = defaultdict(Counter)
            for d in derived:
                if d.fact.get("kind") == c.count:
                    groups[tuple(d.fact.get(b, "") for b in c.by)][str(d.fact.get(c.split, ""))] += 1
            for key, tally in groups.items():
                fact = {"id": f"{c.fact}:" + "|".join(map(str, key)), "kind": c.fact, **dict(zip(c.by, key))}
                fact.update({v: tally.get(v, 0) for v in c.values})
                out.append(fact)
        return out

    return between


class Gatherer:
    """Turns derived facts back into hits on the application's own sentences."""

    def __init__(self, perception: Perception, perceiver: Perceiver, derived: list[durable.Derived]):
        self.p = perception
        self.rows = perceiver.outcomes.rows
        self.references = perceiver.outcomes.references
        self.by_kind: dict[str, list[dict]] = defaultdict(list)
        self.rule_of: dict[str, str] = {}
        for d in derived:
            self.by_kind[d.fact["kind"]].append(d.fact)
            self.rule_of[d.fact["id"]] = d.rule
        self.finals: dict[tuple[str, str], list[dict]] = defaultdict(list)
        self.outcome_finals: dict[str, list[dict]] = defaultdict(list)
        for f in self.by_kind["final"]:
            if f["status"] == IGNORE:
                continue
            if f["role"] == "outcome":
                self.outcome_finals[f["outcome"]].append(f)
            elif f["role"] in ("aspect", "contradiction"):
                self.finals[(f["req"], f["aspect"])].append(f)
        self.aspect_status = {(a["req"], a["aspect"]): a for a in self.by_kind["aspect_status"]}
        self.conditions = {c["condition"]: c["holds"] == "yes" for c in self.by_kind["condition_value"]}
        # by outcome, in the order derived (and the outcome table rows in theirs)
        self.covered: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for which in ("developed", "assessed"):
            for d in self.by_kind[which]:
                self.covered[(which, d["outcome"])].append(d)
        self.rows_of: dict[str, list[tuple]] = defaultdict(list)
        for row in self.rows.values():
            self.rows_of[row[3]].append(row)
        self.outcomes = [f["outcome"] for f in perception.facts if f["kind"] == "outcome"]
        self.unassessed = {u["outcome"] for u in self.by_kind["unassessed"]}

    def hit_for_match(self, f: dict, status: str | None = None, reason: str | None = None, aspect: str = "") -> Hit:
        m = self.p.matches[f["match"]]
        hit = Hit(status or f["status"], m.sentence, f["reason"] if reason is None else reason, aspect or m.aspect,
                  rule=f["by"], pattern=m.pattern, words=m.words)
        if m.pointer is not None:
            where = m.pointer.label or " › ".join(m.pointer.location.heading_path) or m.pointer.location.label()
            hit.via = f"read as the answer to \"{' '.join(where.split())[:80]}\", which points here"
        return hit

    def hit_for(self, via: str, status: str, reason: str, aspect: str, rule: str) -> Hit | None:
        if via in self.p.matches:
            m = self.p.matches[via]
            return Hit(status, m.sentence, reason, aspect, rule=rule, pattern=m.pattern, words=m.words)
        if via in self.rows:
            anchor, quote, _table, _outcome, columns = self.rows[via]
            if anchor is None:
                return None
            return Hit(status, Sentence(quote, anchor, 0, -1), reason, aspect, rule=rule, pattern="outcome table row", words=quote,
                       columns=columns)
        if via in self.references:
            anchor, quote, _outcome, columns = self.references[via]
            if anchor is None:
                return None
            return Hit(status, Sentence(quote, anchor, 0, -1), reason, aspect, rule=rule, pattern="the provider's code for the outcome",
                       words=quote, columns=columns)
        return None

    def text_hits(self, req: str, aspect: str) -> list[Hit]:
        finals = sorted(self.finals.get((req, aspect), []), key=lambda f: self.p.matches[f["match"]].sentence.number)
        return [self.hit_for_match(f, aspect=aspect) for f in finals]

    def coverage_hits(self, outcome: str, which: str) -> tuple[list[Hit], list[Hit], str]:
        """(evidence, concerns, where) for one outcome's developed or assessed aspect."""
        evidence = []
        for d in self.covered.get((which, outcome), ()):
            h = self.hit_for(d["via"], "supported", d["reason"], which, self.rule_of.get(d["id"], ""))
            if h is not None:
                evidence.append(h)
        concerns: list[Hit] = []
        tables = []
        for anchor, quote, table, _outcome, columns in self.rows_of.get(outcome, ()):
            tables.append(table)
            if anchor is None or any(h.sentence.passage is anchor and h.sentence.text == quote for h in evidence):
                continue
            what = "gives no module where it is developed" if which == "developed" else "shows no assessment for it"
            concerns.append(Hit("absent", Sentence(quote, anchor, 0, -1), f"the outcome table {what}", which,
                                pattern="outcome table row", words=quote, columns=columns))
        for f in self.outcome_finals.get(outcome, []):
            said_not = f["not_assessed_cue"] == "yes"
            if which == "assessed" and said_not:
                concerns.append(self.hit_for_match(f, "negated", "stated as not assessed", which))
            elif which == "developed" and not said_not and f["status"] != "supported":
                concerns.append(self.hit_for_match(f, aspect=which))
        where = f"outcome table {tables[-1]}" if tables else ("module text" if self.outcome_finals.get(outcome) else "")
        key = lambda h: h.sentence.number  # noqa: E731
        return sorted(evidence, key=key), sorted(concerns, key=key), where


def find(app: Application, engine) -> Found:
    """Perceive one application and run the judgement rules over it
    (``engine`` is a loaded :class:`~approval_engine.judge.evaluate.Engine`)."""
    perceiver = Perceiver(app, engine.compiled, engine.spec_wording)
    perception = perceiver.perceive()
    judgement = engine.ruleset.judgement
    derived = durable.run(engine.names[engine.judgement_name], perception.facts, judgement.phases, counts(judgement))
    g = Gatherer(perception, perceiver, derived)
    requirements = [_requirement(rule, g, perception) for rule in engine.ruleset.requirements]
    return Found(requirements, g.conditions, derived, perception)


def _requirement(rule, g: Gatherer, perception: Perception) -> RequirementFacts:
    notes: list[str] = []
    applicable = True
    if rule.applies_when:
        applicable = g.conditions.get(rule.applies_when, False)
        if not applicable:
            notes.append(f"condition '{rule.applies_when}' is false for this application")
    aspects: dict[str, AspectFacts] = {}
    for a in rule.aspects:
        st = g.aspect_status.get((rule.id, a.name))
        if st is None:
            raise EvaluationError(f"rule {rule.id}: no judgement rule gave aspect '{a.name}' a status")
        af = AspectFacts(a.name, a.describe, status=st["status"], rule=g.rule_of.get(st["id"], ""))
        if a.coverage in ("developed", "assessed"):
            evidence, concerns, where = g.coverage_hits(rule.id, a.coverage)
            af.hits = evidence + concerns
            af.considered = len(af.hits)
            if where:
                notes.append(where)
        elif a.coverage == "all_assessed":
            outcomes, unassessed = g.outcomes, g.unassessed
            af.considered = len(outcomes)
            for rid in outcomes:
                evidence, concerns, _ = g.coverage_hits(rid, "assessed")
                if rid not in unassessed:
                    af.hits += evidence[:1]
                else:
                    af.hits += [Hit(h.status, h.sentence, f"{rid}: {h.reason}", a.name, h.rule, h.pattern, h.words,
                                    columns=h.columns) for h in concerns][:1]
            if unassessed and len(unassessed) < len(outcomes):
                notes.append(f"{len(unassessed)} of {len(outcomes)} minimum outcomes are not shown to be assessed")
        else:
            af.hits = g.text_hits(rule.id, a.name)
            af.considered = perception.considered.get((rule.id, a.name), 0)
        aspects[a.name] = af
    return RequirementFacts(rule, applicable, aspects, list(dict.fromkeys(notes)))


def decide(engine, requirements: list[RequirementFacts], derived: list | None = None) -> Decisions:
    """Each requirement's record through its criterion's verdict rules."""
    from approval_engine.rules.compile import durable_name, group_of

    groups: dict[str, list[dict]] = defaultdict(list)
    for rf in requirements:
        groups[durable_name(engine.ruleset, group_of(rf.rule))].append(rf.as_fact())
    decisions = Decisions()
    decisions.criteria_gaps = {}
    for name, records in groups.items():
        for d in durable.run(engine.names[name], records, VERDICT_PHASES):
            if derived is not None:
                derived.append(d)
            if d.fact["kind"] == "verdict":
                decisions[d.fact["req"]] = Decision(Verdict(d.fact["verdict"]), d.rule)
            elif d.fact["kind"] == "criterion":
                decisions.criteria_gaps[d.fact["criterion"]] = d.fact["gaps"] == "yes"
    missing = [rf.rule.id for rf in requirements if rf.rule.id not in decisions]
    if missing:
        raise EvaluationError(f"no rule fired for requirement(s) {', '.join(missing)}")
    return decisions
