"""``approval-engine rules test``: every rule's own examples, run through the
whole engine without pytest (like ``opa test``).

Each example is a short passage (paragraphs separated by a blank line) that
the rule must judge as its kind says: ``met``, ``partially_met``, ``not_met``,
and ``negation`` and ``aspiration`` (both not met). For each example the
result names what decided it: every aspect's status and the judgement rule
that gave it, and for the claim that carried it the claims row, the pattern
and the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from approval_engine.ingest.document import Location
from approval_engine.ingest.model import Application, Passage

EXPECTED = {
    "met": "met",
    "partially_met": "partially_met",
    "not_met": "not_met",
    "negation": "not_met",
    "aspiration": "not_met",
}


def application_from_texts(*texts: str, heading: str = "Our programme", title: str = "Rule example") -> Application:
    """An application whose answer is the given paragraphs, under one heading."""
    passages = [Passage(id="h1", kind="heading", text=heading, location=Location(heading_path=(), paragraph=1))]
    for i, text in enumerate(texts, start=2):
        passages.append(Passage(id=f"b{i}", text=text, location=Location(heading_path=(heading,), paragraph=i)))
    return Application(title=title, source="rule example", passages=passages)


@dataclass
class AspectTrace:
    name: str
    status: str
    rule: str
    claim_rule: str = ""
    pattern: str = ""
    sentence: str = ""


@dataclass
class ExampleResult:
    rule_id: str
    kind: str
    index: int
    text: str
    expected: str
    got: str
    aspects: list[AspectTrace] = field(default_factory=list)
    problem: str = ""

    @property
    def passed(self) -> bool:
        return self.got == self.expected and not self.problem

    @property
    def name(self) -> str:
        return f"{self.rule_id} {self.kind}[{self.index}]"


def run_examples(engine, only: list[str] | None = None) -> list[ExampleResult]:
    """Judge every example of every rule (or of the rules in ``only``)."""
    results = []
    for rule in engine.ruleset.requirements:
        if only and rule.id not in only:
            continue
        for kind, texts in rule.examples.model_dump().items():
            for i, text in enumerate(texts):
                results.append(run_example(engine, rule, kind, i, text))
    return results


def run_example(engine, rule, kind: str, index: int, text: str) -> ExampleResult:
    app = application_from_texts(*text.split("\n\n"))
    found = engine.find(app)
    decisions = engine.decide(found.requirements)
    rf = next(f for f in found.requirements if f.rule.id == rule.id)
    got = decisions[rule.id].verdict.value
    res = ExampleResult(rule.id, kind, index, text, EXPECTED[kind], got)
    for name, a in rf.aspects.items():
        trace = AspectTrace(name, a.status, a.rule)
        deciding = next((h for h in a.hits if h.status == a.status), None)
        if deciding is not None:
            trace.claim_rule, trace.pattern, trace.sentence = deciding.rule, deciding.pattern, deciding.sentence.text
        res.aspects.append(trace)
    if res.got in ("met", "partially_met") and not any(a.evidence for a in rf.aspects.values()):
        res.problem = "a met or partially met verdict must quote its evidence"
    return res


def format_results(results: list[ExampleResult], verbose: bool = False) -> str:
    lines = []
    for r in results:
        if r.passed and not verbose:
            continue
        head = "PASS" if r.passed else "FAIL"
        lines.append(f"{head} {r.name}: expected {r.expected}, got {r.got}" + (f" ({r.problem})" if r.problem else ""))
        if not r.passed:
            lines.append(f"     example: {' '.join(r.text.split())[:200]}")
        for a in r.aspects:
            detail = f"  aspect {a.name}: {a.status} (by {a.rule or '-'})"
            if a.claim_rule:
                detail += f"; claim row {a.claim_rule}; pattern {a.pattern[:80]}; sentence \"{' '.join(a.sentence.split())[:120]}\""
            lines.append("    " + detail.strip())
    failed = [r for r in results if not r.passed]
    rules = len({r.rule_id for r in results})
    lines.append(f"{len(results) - len(failed)} of {len(results)} examples passed ({rules} rules)"
                 + (f"; FAILED: {', '.join(r.name for r in failed)}" if failed else ""))
    return "\n".join(lines)
