"""The tailored ruleset (rulesets/tda-senco-2008-tailored.yaml): it extends the
2008 rules with two additional requirements and a stricter 5.8, inherits every
other rule unchanged, and its name and version appear in every report."""

from __future__ import annotations

import json

import pytest
import yaml
from click.testing import CliRunner

from approval_engine.provider.check import check_application, render_html, render_text
from approval_engine.cli.main import main
from approval_engine.cli.provider import check as check_command
from approval_engine.judge.evaluate import Engine
from approval_engine.report import render
from approval_engine.rules.loader import load_ruleset
from conftest import ROOT, make_app

TAILORED = ROOT / "rulesets" / "tda-senco-2008-tailored.yaml"
BASE = ROOT / "rulesets" / "tda-senco-2008.yaml"
ADDED = ("X.1", "X.2")
TIGHTENED = ("5.8",)
EXPECTED = {"met": "met", "partially_met": "partially_met", "not_met": "not_met", "negation": "not_met",
            "aspiration": "not_met"}


@pytest.fixture(scope="module")
def tailored() -> Engine:
    return Engine(TAILORED)


def verdict(engine: Engine, rid: str, *texts: str) -> str:
    report = engine.evaluate(make_app(*texts))
    return next(r for r in report.requirements if r.id == rid).verdict.value


def test_loads_and_extends_without_copying_the_base(tailored, engine):
    rs = tailored.ruleset
    assert (rs.ruleset, rs.version, rs.extends) == ("tda-senco-2008-tailored", "1.0.0", "tda-senco-2008.yaml")
    raw = yaml.safe_load(TAILORED.read_text(encoding="utf-8"))
    assert raw["extends"] == "tda-senco-2008.yaml"
    assert "signals" not in raw and "conditions" not in raw
    assert sorted(r["id"] for r in raw["requirements"]) == sorted((*TIGHTENED, *ADDED))
    ids = [r.id for r in rs.requirements]
    assert ids[: len(engine.ruleset.requirements)] == [r.id for r in engine.ruleset.requirements]
    assert ids[-2:] == list(ADDED)


def test_base_rules_inherited_unchanged(tailored, engine):
    mine = {r.id: r for r in tailored.ruleset.requirements}
    for rule in engine.ruleset.requirements:
        if rule.id in TIGHTENED:
            continue
        assert mine[rule.id].model_dump() == rule.model_dump(), rule.id
    assert tailored.ruleset.signals == engine.ruleset.signals
    assert tailored.ruleset.conditions == engine.ruleset.conditions
    for name, terms in engine.ruleset.vocabulary.items():
        assert tailored.ruleset.vocabulary[name] == terms


def test_inherited_rules_decide_as_the_base_does(tailored, engine):
    sample = ROOT / "applications" / "riverside-senco-2009.docx"
    mine = {r.id: r.verdict for r in tailored.evaluate_file(sample).requirements}
    base = {r.id: r.verdict for r in engine.evaluate_file(sample).requirements}
    for rid, v in base.items():
        if rid not in TIGHTENED:
            assert mine[rid] == v, rid


@pytest.mark.parametrize(
    "rid,kind,text",
    [
        pytest.param(rule_id, kind, text, id=f"{rule_id}-{kind}-{i}")
        for rule_id in (*ADDED, *TIGHTENED)
        for kind, texts in load_ruleset(TAILORED).rule(rule_id).examples.model_dump().items()
        for i, text in enumerate(texts)
    ],
)
def test_tailored_rule_examples(tailored, rid, kind, text):
    assert verdict(tailored, rid, text) == EXPECTED[kind]


def test_additional_requirements_are_evaluated(tailored):
    report = tailored.evaluate(make_app(
        "The partnership agreement for the programme was signed by each of the three partner local authorities.",
        "The second module includes a session on autism.",
    ))
    got = {r.id: r for r in report.requirements}
    assert got["X.1"].verdict.value == "met" and got["X.1"].evidence
    assert got["X.1"].criterion == "X" and got["X.1"].title.startswith("Partnership agreement")
    assert got["X.2"].verdict.value == "partially_met"
    assert "X" in [c.id for c in report.criteria]
    # an agreement signed by only some of the partners is not enough
    assert verdict(tailored, "X.1", "The partnership agreement has been signed by two of the three local authorities.") == "partially_met"
    # nothing about either: not met
    report = tailored.evaluate(make_app("The course runs on Tuesday evenings."))
    assert {r.id: r.verdict.value for r in report.requirements if r.id in ADDED} == {"X.1": "not_met", "X.2": "not_met"}


def test_tightened_rule_is_stricter_than_the_base(tailored, engine):
    # the base asks for a check from outside the team, which the university's own moderation gives;
    # the tailored rule asks for an external examiner
    university = "All work is second-marked across the tutor team, and the University's link tutor moderates a sample."
    assert verdict(engine, "5.8", university) == "met"
    assert verdict(tailored, "5.8", university) == "partially_met"
    internal_only = "All work is second-marked and moderated across the tutor team."
    assert verdict(engine, "5.8", internal_only) == verdict(tailored, "5.8", internal_only) == "partially_met"
    examiner_only = "The external examiner reviews a sample of work from every module."
    assert verdict(engine, "5.8", examiner_only) == "met"
    assert verdict(tailored, "5.8", examiner_only) == "partially_met"
    both = "All work is second-marked and moderated, and the external examiner reviews a sample from every module."
    assert verdict(engine, "5.8", both) == verdict(tailored, "5.8", both) == "met"


def test_rules_check_passes():
    result = CliRunner().invoke(main, ["rules", "check", str(TAILORED)])
    assert result.exit_code == 0, result.output
    assert "ruleset tda-senco-2008-tailored 1.0.0 is valid" in result.output
    assert "warning" not in result.output


def test_name_and_version_in_every_report_format(tailored, tmp_path):
    label = "tda-senco-2008-tailored 1.0.0"
    app = make_app("The second module includes a session on autism.")
    report = tailored.evaluate(app)
    assert json.loads(render(report, "json"))["ruleset"] == "tda-senco-2008-tailored"
    assert json.loads(render(report, "json"))["ruleset_version"] == "1.0.0"
    for fmt in ("html", "md"):
        assert label in render(report, fmt), fmt
    checked = check_application(tailored, make_app("The second module includes a session on autism."))
    assert label in render_text(checked)
    assert label in render_html(checked)
    x1 = next(g for g in checked.gaps if g.id == "X.1")
    assert x1.tailored and x1.guidance == [] and x1.asks_heading.startswith("This additional requirement asks")
    assert "This additional requirement asks" in render_text(checked)
    assert checked.criteria[-1].id == "X"


def test_selectable_with_ruleset_option(tmp_path):
    import docx

    f = tmp_path / "draft.docx"
    d = docx.Document()
    d.add_heading("Our programme", level=1)
    d.add_paragraph("All work is second-marked and moderated across the tutor team.")
    d.save(str(f))
    runner = CliRunner()
    result = runner.invoke(main, ["evaluate", str(f), "--ruleset", str(TAILORED), "--format", "json"])
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert (data["ruleset"], data["ruleset_version"]) == ("tda-senco-2008-tailored", "1.0.0")
    verdicts = {r["id"]: r["verdict"] for r in data["requirements"]}
    assert verdicts["5.8"] == "partially_met" and set(ADDED) <= set(verdicts)
    for fmt in ("html", "md"):
        out = tmp_path / f"r.{fmt}"
        result = runner.invoke(main, ["evaluate", str(f), "--ruleset", str(TAILORED), "--format", fmt,
                                      "--output", str(out)])
        assert result.exit_code == 1
        assert "tda-senco-2008-tailored 1.0.0" in out.read_text(encoding="utf-8")
    result = runner.invoke(check_command, [str(f), "--ruleset", str(TAILORED)])
    assert result.exit_code == 1
    assert "ruleset tda-senco-2008-tailored 1.0.0" in result.output
    assert "X.1 Partnership agreement signed by every partner local authority" in result.output
    html = tmp_path / "c.html"
    result = runner.invoke(check_command, [str(f), "--ruleset", str(TAILORED), "--format", "html", "--output", str(html)])
    assert "tda-senco-2008-tailored 1.0.0" in html.read_text(encoding="utf-8")


def test_base_path_is_relative_to_the_tailored_file(tmp_path):
    """A copy of the tailored file elsewhere needs its base beside it: the error says so in one line."""
    copy = tmp_path / "tailored.yaml"
    copy.write_text(TAILORED.read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "check", str(copy)])
    assert result.exit_code == 2 and "tda-senco-2008.yaml" in result.output
    (tmp_path / "tda-senco-2008.yaml").write_text(BASE.read_text(encoding="utf-8"), encoding="utf-8")
    assert CliRunner().invoke(main, ["rules", "check", str(copy)]).exit_code == 0
