"""The panel's decision rule evaluated in durable-rules: the outcome follows the
``panel:`` block, the decisions are what the rules derived, the compiled
first-match rules are mutually exclusive, and every session is released."""

from __future__ import annotations

import itertools
import uuid
from pathlib import Path

import pytest
import yaml

from approval_engine.catalogue import load_catalogue
from approval_engine.errors import EvaluationError
from approval_engine.judge.verdicts import Verdict
from approval_engine.panel import evaluate as panel_evaluate
from approval_engine.panel.compile import PHASES, compile_panel
from approval_engine.panel.decide import decide
from approval_engine.panel.evaluate import Row, evaluate
from approval_engine.panel.rule import PanelRule, load_panel_rule
from approval_engine.panel.sheets import ReviewSheet, SheetRow
from approval_engine.rules import engine
from conftest import REQUIREMENT_IDS, ROOT

RULE = ROOT / "rulesets" / "tda-senco-2008.yaml"
M, P, N, NA = Verdict.met, Verdict.partially_met, Verdict.not_met, Verdict.not_applicable
CONDITIONS = ["1.9", "3.3", "6.A3", "6.K4"]
ORDER = ["not_met", "partially_met", "met", "not_applicable"]  # the shipped consensus order


def sheet(reviewer: str, verdicts: dict[str, Verdict], default: Verdict = M) -> ReviewSheet:
    """A reviewer's sheet over every requirement of the catalogue: ``default`` unless
    ``verdicts`` says otherwise (the engine said met throughout)."""
    cat = load_catalogue()
    rows = []
    for k, i in enumerate(REQUIREMENT_IDS):
        v = verdicts.get(i, default)
        rows.append(SheetRow(id=i, criterion=cat.get(i).criterion, engine_verdict=M, reviewer_verdict=v,
                             justification="" if v == M else "read again", row=k + 4))
    return ReviewSheet(application="Test", source="test.docx", sha256="cd" * 32, reviewer=reviewer,
                       rows=rows, file=f"{reviewer}.xlsx")


def variant(tmp_path: Path, edit, name: str = "variant.yaml") -> PanelRule:
    """The shipped ruleset with its panel: block edited, written out and loaded as a file."""
    data = yaml.safe_load(RULE.read_text(encoding="utf-8"))
    edit(data["panel"])
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return load_panel_rule(path)


# --------------------------------------------------------------------------- (a) policy is YAML


def test_a_threshold_changed_in_the_yaml_changes_the_outcome(tmp_path):
    sheets = [sheet("Ann", {i: P for i in CONDITIONS}), sheet("Ben", {})]
    shipped = decide(load_panel_rule(RULE), sheets)
    assert shipped.outcome == "approve_with_conditions"
    assert [r.id for r in shipped.conditions] == CONDITIONS

    def stricter(panel):
        count = panel["outcome"]["first_match"][1]["when"][1]
        assert count == {"count": "requirements", "verdict": "partially_met", "at_most": 6}
        count["at_most"] = 3

    strict = decide(variant(tmp_path, stricter), sheets)
    assert strict.outcome == "not_approved" and strict.conditions == []
    step = strict.steps[1]
    assert not step.chosen and [c.holds for c in step.checks] == [True, False, True]
    assert step.checks[1].found == "4 partially met: 1.9, 3.3, 6.A3, 6.K4"

    def looser(panel):
        panel["outcome"]["first_match"][1]["when"][1]["at_most"] = 4

    assert decide(variant(tmp_path, looser), sheets).outcome == "approve_with_conditions"


def test_a_criterion_threshold_changed_in_the_yaml_changes_the_criterion_and_the_outcome(tmp_path):
    # one requirement of criterion 2 not met: under the shipped rule criterion 2 is not met
    sheets = [sheet("Ann", {"2.3": N})]
    shipped = decide(load_panel_rule(RULE), sheets)
    assert {c.id: c.verdict for c in shipped.criteria}["2"] is N
    assert shipped.outcome == "not_approved"

    def tolerant(panel):  # a criterion with at most one requirement not met is partially met
        panel["criterion_verdict"]["first_match"][2]["when"][0]["at_most"] = 1
        panel["outcome"]["first_match"][1]["conditions_from"] = ["partially_met", "not_met"]

    lenient = decide(variant(tmp_path, tolerant), sheets)
    assert {c.id: c.verdict for c in lenient.criteria}["2"] is P
    assert lenient.outcome == "approve_with_conditions"
    assert [r.id for r in lenient.conditions] == ["2.3"]


def test_the_consensus_order_comes_from_the_yaml(tmp_path):
    sheets = [sheet("Ann", {"3.3": NA}), sheet("Ben", {})]
    assert {r.id: r.panel_verdict for r in decide(load_panel_rule(RULE), sheets).requirements}["3.3"] is M

    def na_first(panel):
        panel["consensus"]["order"] = ["not_applicable", "not_met", "partially_met", "met"]

    decision = decide(variant(tmp_path, na_first), sheets)
    assert {r.id: r.panel_verdict for r in decision.requirements}["3.3"] is NA


# --------------------------------------------------------------------------- (b) decided by the rules


def test_the_decision_names_the_durable_rules_that_fired():
    rule = load_panel_rule(RULE)
    decision = decide(rule, [sheet("Ann", {i: P for i in CONDITIONS} | {"2.3": N})])
    compiled = compile_panel(rule)
    durable_names = {name.split("#")[0].removeprefix(compiled.prefix) for name in compiled.rules}
    assert decision.decided_by == "outcome.otherwise.not_approved"
    by = {c.id: c.decided_by for c in decision.criteria}
    assert by["2"] == "criterion_verdict.otherwise.not_met"
    assert by["1"] == "criterion_verdict.first_match.2.partially_met"
    assert by["4"] == "criterion_verdict.first_match.1.met"
    assert {decision.decided_by, *by.values()} <= durable_names
    assert set(decision.fired) <= durable_names
    assert "consensus.not_met" in decision.fired and "consensus.partially_met" in decision.fired
    assert decision.steps[-1].decided_by == decision.decided_by and decision.steps[-1].chosen


def _rewriting_run(monkeypatch, rewrite):
    """engine.run as the panel calls it, with what the rules derived passed through ``rewrite``."""
    real = engine.run

    def run(target, facts, phases, between=None):
        return rewrite(real(target, facts, phases, between))

    monkeypatch.setattr(engine, "run", run)


def test_the_decision_is_what_the_rules_derived_not_recomputed(monkeypatch):
    rule = load_panel_rule(RULE)
    sheets = [sheet("Ann", {"2.3": N})]
    assert decide(rule, sheets).outcome == "not_approved"

    def rewrite(derived):
        for d in derived:
            if d.fact["kind"] == "outcome":
                d.fact.update(outcome="approve", case="0")
            if d.fact["kind"] == "criterion_verdict" and d.fact["crit"] == "2":
                d.fact.update(verdict="met", case="1")
        return derived

    _rewriting_run(monkeypatch, rewrite)
    decision = decide(rule, sheets)
    assert decision.outcome == "approve"
    assert {c.id: c.verdict for c in decision.criteria}["2"] is M


def test_rules_that_decide_nothing_or_twice_are_an_error(monkeypatch):
    rule = load_panel_rule(RULE)
    sheets = [sheet("Ann", {})]
    _rewriting_run(monkeypatch, lambda derived: [d for d in derived if d.fact["kind"] != "outcome"])
    with pytest.raises(EvaluationError, match="decided nothing for the outcome"):
        decide(rule, sheets)

    def twice(derived):
        extra = next(d for d in derived if d.fact["kind"] == "criterion_verdict")
        return derived + [engine.Derived("made.up", {**extra.fact, "verdict": "not_met", "case": "otherwise"}, {})]

    _rewriting_run(monkeypatch, twice)
    with pytest.raises(EvaluationError, match="decided criterion .* twice"):
        decide(rule, sheets)


# --------------------------------------------------------------------------- (c) exclusivity


def _derived(monkeypatch) -> list[list[engine.Derived]]:
    """Record what each evaluation derived."""
    seen: list[list[engine.Derived]] = []
    real = engine.run

    def run(target, facts, phases, between=None):
        out = real(target, facts, phases, between)
        seen.append(out)
        return out

    monkeypatch.setattr(engine, "run", run)
    return seen


def _expected_criterion(verdicts: tuple[str, ...]) -> str:
    """The shipped criterion_verdict, written out by hand."""
    if all(v == "not_applicable" for v in verdicts):
        return "not_applicable"
    if not {"partially_met", "not_met"} & set(verdicts):
        return "met"
    return "partially_met" if "not_met" not in verdicts else "not_met"


def test_every_combination_of_a_small_criterions_verdicts_gives_exactly_one_verdict(monkeypatch):
    rule = load_panel_rule(RULE)
    seen = _derived(monkeypatch)
    verdicts = [v.value for v in Verdict]
    for combo in itertools.product(verdicts, repeat=3):
        rows = [Row(f"1.{k + 1}", "1", (v,)) for k, v in enumerate(combo)] + [Row("E.1", "E", ("met",))]
        found = evaluate(rule, rows)
        chosen = [d for d in seen[-1] if d.fact["kind"] == "criterion_verdict" and d.fact["crit"] == "1"]
        assert len(chosen) == 1, (combo, [d.rule for d in chosen])
        assert chosen[0].fact["verdict"] == _expected_criterion(combo) == found.criteria["1"].value, combo
        cases = [d.fact for d in seen[-1] if d.fact["kind"] == "case" and d.fact["scope"] == "1"]
        assert sorted(f["case"] for f in cases) == ["0", "1", "2"]  # each case holds or fails, once
        assert len([d for d in seen[-1] if d.fact["kind"] == "outcome"]) == 1


def test_every_pair_of_reviewers_verdicts_gives_the_most_cautious_once(monkeypatch):
    rule = load_panel_rule(RULE)
    seen = _derived(monkeypatch)
    verdicts = [v.value for v in Verdict]
    for a, b in itertools.product(verdicts, repeat=2):
        found = evaluate(rule, [Row("E.1", "E", (a, b))])
        panel = [d.fact["verdict"] for d in seen[-1] if d.fact["kind"] == "panel_verdict"]
        assert panel == [min(a, b, key=ORDER.index)], (a, b)
        assert found.verdicts["E.1"].by == f"consensus.{panel[0]}"


@pytest.mark.parametrize("count", range(5))
def test_a_count_between_two_bounds_holds_or_fails_exactly_once(monkeypatch, count):
    data = load_panel_rule(RULE).model_dump()
    data["outcome"]["first_match"] = [{"outcome": "approve", "when": [
        {"count": "requirements", "verdict": "partially_met", "at_least": 1, "at_most": 3}]}]
    rule = PanelRule.model_validate(data)
    seen = _derived(monkeypatch)
    rows = [Row(f"1.{k + 1}", "1", ("partially_met" if k < count else "met",)) for k in range(4)]
    found = evaluate(rule, rows)
    checks = [d for d in seen[-1] if d.fact["kind"] == "check" and d.fact["scope"] == ""]
    assert len(checks) == 1
    assert found.holds("outcome.first_match.0.when.0") is (1 <= count <= 3)
    assert found.outcome.value == ("approve" if 1 <= count <= 3 else "not_approved")
    assert found.tallies[("outcome.first_match.0.when.0", "")].count == count


def test_list_conditions_inside_a_criterion_name_its_own_requirements(tmp_path):
    def listed(panel):  # criterion verdict met when 1.1 and 1.2 are met (one of them may be n/a)
        panel["criterion_verdict"]["first_match"].insert(0, {
            "verdict": "met", "when": [{"requirements": ["1.1", "1.2"], "verdict": ["met", "not_applicable"]}]})

    rule = variant(tmp_path, listed)
    found = evaluate(rule, [Row("1.1", "1", ("met",)), Row("1.2", "1", ("not_applicable",)),
                            Row("1.3", "1", ("not_met",)), Row("2.1", "2", ("met",))])
    assert found.holds("criterion_verdict.first_match.0.when.0", "1")
    assert not found.holds("criterion_verdict.first_match.0.when.0", "2")  # not criterion 2's requirements
    assert found.criteria["1"].value == "met" and found.criteria["1"].case == "0"
    assert found.criteria["2"].value == "met" and found.criteria["2"].case == "2"


# --------------------------------------------------------------------------- (d) sessions and registration


def test_sessions_are_released_after_decisions_and_failures(monkeypatch):
    rule = load_panel_rule(RULE)
    for verdicts in ({}, {"2.3": N}, {i: P for i in CONDITIONS}):
        decide(rule, [sheet("Ann", verdicts), sheet("Ben", {})])
        assert engine.live_sessions() == 0

    def broken(*args, **kwargs):
        raise RuntimeError("tally failed")

    monkeypatch.setattr(panel_evaluate, "_tallies", broken)
    with pytest.raises(RuntimeError, match="tally failed"):
        decide(rule, [sheet("Ann", {})])
    assert engine.live_sessions() == 0


def test_each_distinct_rule_is_registered_once_per_process(monkeypatch):
    data = load_panel_rule(RULE).model_dump()
    data["name"] = "panel-" + uuid.uuid4().hex[:8]  # a rule this process has not seen
    rule = PanelRule.model_validate(data)
    calls: list[dict] = []
    real = engine.register

    def register(compiled, actions, fingerprint):
        calls.append(compiled)
        return real(compiled, actions, fingerprint)

    monkeypatch.setattr(engine, "register", register)
    for _ in range(3):
        decide(rule, [sheet("Ann", {})])
    assert len(calls) == 1 and list(calls[0]) == [compile_panel(rule).name]
    assert compile_panel(rule).name != compile_panel(load_panel_rule(RULE)).name
    assert set(PHASES) >= {"consensus", "criteria", "outcome"}
