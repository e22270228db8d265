"""Every rule carries its own examples (met, partially met, not met, a negated
and a hedged one); this runs each through the whole engine, one example per
application, and checks the verdict its rule gives. A meta-test fails a rule
that lacks the examples every rule must have."""

from __future__ import annotations

import pytest

from approval_engine.judge.evaluate import Engine
from approval_engine.rules.testing import run_example

_ENGINE = Engine()
REQUIRED_KINDS = ("met", "not_met", "negation", "aspiration")


def _cases():
    for rule in _ENGINE.ruleset.requirements:
        for kind, texts in rule.examples.model_dump().items():
            for i, text in enumerate(texts):
                yield pytest.param(rule.id, kind, i, id=f"{rule.id}-{kind}-{i}")


@pytest.mark.parametrize("rule_id,kind,index", list(_cases()))
def test_rule_example(rule_id: str, kind: str, index: int) -> None:
    """The same runner as `approval-engine rules test`: the verdict its kind asks
    for, and a met or partially met verdict quotes its evidence."""
    rule = _ENGINE.ruleset.rule(rule_id)
    result = run_example(_ENGINE, rule, kind, index, getattr(rule.examples, kind)[index])
    assert result.passed, f"{result.name}: expected {result.expected}, got {result.got} {result.problem}"


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
