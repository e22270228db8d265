"""Every rule carries its own examples (met, partially met, not met, a negated
and a hedged one); this runs each through the whole engine, one example per
application, and checks the verdict its rule gives. A meta-test fails a rule
that lacks the examples every rule must have."""

from __future__ import annotations

import pytest

from approval_engine.judge.evaluate import Engine
from conftest import make_app

_ENGINE = Engine()
EXPECTED = {
    "met": "met",
    "partially_met": "partially_met",
    "not_met": "not_met",
    "negation": "not_met",
    "aspiration": "not_met",
}
REQUIRED_KINDS = ("met", "not_met", "negation", "aspiration")


def _cases():
    for rule in _ENGINE.ruleset.requirements:
        for kind, texts in rule.examples.model_dump().items():
            for i, text in enumerate(texts):
                yield pytest.param(rule.id, kind, text, id=f"{rule.id}-{kind}-{i}")


@pytest.mark.parametrize("rule_id,kind,text", list(_cases()))
def test_rule_example(rule_id: str, kind: str, text: str) -> None:
    rule = _ENGINE.ruleset.rule(rule_id)
    report = _ENGINE.evaluate(make_app(*text.split("\n\n")))
    got = next(r for r in report.requirements if r.id == rule_id)
    assert got.verdict.value == EXPECTED[kind], f"{rule_id} {kind}: {got.rationale}"
    if got.verdict.value in ("met", "partially_met"):
        assert got.evidence, "a met or partially met verdict must quote its evidence"


@pytest.mark.parametrize("rule_id", [r.id for r in _ENGINE.ruleset.requirements])
def test_rule_has_examples_and_docs(rule_id: str) -> None:
    rule = _ENGINE.ruleset.rule(rule_id)
    required = REQUIRED_KINDS
    if any(a.coverage == "all_assessed" for a in rule.aspects):
        # met needs every outcome assessed: shown by the corpus and template tests, not one passage
        required = tuple(k for k in REQUIRED_KINDS if k != "met")
    missing = [k for k in required if not getattr(rule.examples, k)]
    assert not missing, f"rule {rule_id} lacks examples: {missing}"
    assert rule.cites and rule.doc and rule.title
    multi = len([a for a in rule.aspects if not a.optional]) > 1 or rule.partially_met is not None
    if multi:
        assert rule.examples.partially_met, f"rule {rule_id} has several aspects but no partially_met example"
