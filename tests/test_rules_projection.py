"""rules/projection.py: durable-rules is given only what a condition can tell
apart, and the rules derive exactly what they derive from whole facts."""

from __future__ import annotations

import uuid

import pytest

from approval_engine.errors import EvaluationError
from approval_engine.rules import engine as durable
from approval_engine.rules.engine import Action
from approval_engine.rules.projection import Projection


def _rule(name: str, test: dict) -> dict:
    return {name: {"all": [{"m": {"$and": [{"kind": "match"}, test]}}], "run": name}}


RULES = {
    **_rule("hoped", {"hope": "yes"}),
    **_rule("not_hoped", {"hope": "no"}),
    **_rule("hope_not_yes", {"$neq": {"hope": "yes"}}),
    **_rule("hope_not_no", {"$neq": {"hope": "no"}}),
    **_rule("inside", {"placeholder": "inside"}),  # compared with another value: not a flag
    # "req" is joined on: not a flag, whatever its values
    "joined": {"all": [{"a": {"$and": [{"kind": "aspect"}, {"req": "yes"}]}},
                       {"m": {"$and": [{"kind": "match"}, {"req": {"a": "req"}}]}}], "run": "joined"},
}


def test_flags_are_the_properties_compared_only_with_yes_or_no():
    projection, _ = Projection.of(RULES)
    assert projection.flags == {"hope"}
    assert {"hope", "placeholder", "req", "kind"} <= projection.read
    assert "sentence" not in projection.read


def test_a_flag_that_is_no_and_what_no_condition_reads_are_left_out():
    projection, _ = Projection.of(RULES)
    fact = {"id": "m1", "kind": "match", "hope": "no", "placeholder": "no", "sentence": 4, "req": "no"}
    assert projection(fact) == {"id": "m1", "kind": "match", "placeholder": "no", "req": "no"}
    assert projection({**fact, "hope": "yes"})["hope"] == "yes"


def test_a_flag_with_another_value_is_refused():
    projection, _ = Projection.of(RULES)
    with pytest.raises(EvaluationError, match="'hope' only with yes or no, but it is 'maybe'"):
        projection({"id": "m1", "kind": "match", "hope": "maybe"})


def test_flag_tests_are_rewritten_as_presence():
    _, rewritten = Projection.of(RULES)
    tests = {name: rule["all"][0]["m"]["$and"][1] for name, rule in rewritten.items() if name != "joined"}
    assert tests == {"hoped": {"hope": "yes"}, "not_hoped": {"$nex": {"hope": 1}},
                     "hope_not_yes": {"$nex": {"hope": 1}}, "hope_not_no": {"$ex": {"hope": 1}},
                     "inside": {"placeholder": "inside"}}


def test_the_rules_derive_the_same_from_projected_facts_as_whole_facts_would_give():
    """Through durable-rules itself: each rule fires on exactly the facts its
    condition holds for when read on the whole fact, and what it derives copies
    the whole fact (the sentence number no condition reads included)."""
    name = f"projection_{uuid.uuid4().hex[:8]}"
    actions = {rule: Action(rule, rule, (("of", "$m.id"), ("sentence", "$m.sentence")), ("of",))
               for rule in RULES}
    target = durable.register({name: RULES}, actions, "test")[name]
    facts = [{"id": "a1", "kind": "aspect", "req": "yes"}]
    for n, (hope, placeholder) in enumerate([("yes", "no"), ("no", "inside"), ("no", "no")]):
        facts.append({"id": f"m{n}", "kind": "match", "hope": hope, "placeholder": placeholder,
                      "req": "yes", "sentence": 10 + n})
    derived = durable.run(target, facts, ["only"])
    fired = {(d.rule, d.fact["of"]) for d in derived}
    assert fired == {("hoped", "m0"), ("hope_not_no", "m0"),
                     ("not_hoped", "m1"), ("hope_not_yes", "m1"), ("not_hoped", "m2"), ("hope_not_yes", "m2"),
                     ("inside", "m1"), ("joined", "m0"), ("joined", "m1"), ("joined", "m2")}
    by_rule = {(d.rule, d.fact["of"]): d for d in derived}
    assert by_rule[("not_hoped", "m2")].fact["sentence"] == 12
    assert by_rule[("not_hoped", "m2")].matched["m"]["hope"] == "no"  # the whole fact, as perceived
