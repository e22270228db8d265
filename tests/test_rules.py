"""The rule language, its loader's messages, the compiler's guarantees, and
the durable-rules adapter's session hygiene."""

from __future__ import annotations

import itertools

import pytest

from approval_engine.errors import RulesetError
from approval_engine.judge.evaluate import Engine, default_ruleset_path
from approval_engine.rules import engine as durable
from approval_engine.rules.compile import VERDICT_PHASES, compile_ruleset, durable_name, group_of, verdict_conditions
from approval_engine.rules.loader import load_ruleset
from conftest import make_app

BASE = default_ruleset_path().read_text()


def _variant(tmp_path, old: str, new: str, name="variant.yaml"):
    assert old in BASE
    p = tmp_path / name
    p.write_text(BASE.replace(old, new, 1))
    return p


@pytest.mark.parametrize(
    "old,new,expect",
    [
        ("- id: E.1", "- id: E.9", "E.9: unknown requirement identifier"),
        ("    title: Academic accreditation by a higher education institution\n", "", "title: Field required"),
        ("- (?:validat|accredit|award|confer|approv)\\w*", "- (?:validat|accredit", "bad pattern"),
        ('- "{hei}"', '- "{nosuchlist}"', "unknown vocabulary {nosuchlist}"),
        ("applies_when: uses_elearning", "applies_when: uses_telepathy", "unknown condition 'uses_telepathy'"),
        ("      all: [partnership_skills]", "      all: [no_such_aspect]", "unknown aspect(s): no_such_aspect"),
        ('version: "1.0.0"', 'version: "one"', "version"),
    ],
)
def test_loader_names_file_rule_and_problem(tmp_path, old, new, expect):
    path = _variant(tmp_path, old, new)
    with pytest.raises(RulesetError) as exc:
        load_ruleset(path, known_ids=Engine().catalogue.ids())
    msg = str(exc.value)
    assert str(path) in msg and expect in msg
    assert "\n" not in msg


def test_loader_rejects_yaml_tags_and_syntax(tmp_path):
    p = tmp_path / "tag.yaml"
    p.write_text("ruleset: !!python/object/apply:os.system ['echo hi']\n")
    with pytest.raises(RulesetError, match="tag.yaml"):
        load_ruleset(p)
    p.write_text("ruleset: [unclosed\n")
    with pytest.raises(RulesetError, match="line 2"):
        load_ruleset(p)


def test_duplicate_rule_rejected(tmp_path):
    text = BASE + BASE[BASE.index("  - id: E.1"): BASE.index('  - id: E.2')]
    p = tmp_path / "dup.yaml"
    p.write_text(text)
    with pytest.raises(RulesetError, match="duplicate rule for requirement"):
        load_ruleset(p)


def test_every_rule_cites_the_specification():
    rs = load_ruleset(default_ruleset_path())
    for rule in rs.requirements:
        assert any(w in rule.cites for w in ("Annex", "Section", "para")), rule.id


def test_verdict_conditions_are_exclusive_and_exhaustive():
    """For every rule and every assignment of statuses to its aspects, exactly
    one of the four compiled conditions holds (checked by evaluating the
    compiled expressions directly)."""
    rs = load_ruleset(default_ruleset_path())

    def holds(e, fact):
        op = e[0]
        if op == "eq":
            return fact.get(e[1]) == e[2]
        if op == "neq":
            return fact.get(e[1]) != e[2]
        vals = [holds(x, fact) for x in e[1]]
        return all(vals) if op == "and" else any(vals)

    statuses = (*rs.judgement.precedence, "absent")
    for rule in rs.requirements:
        conds = verdict_conditions(rule)
        names = [a.name for a in rule.aspects]
        for combo in itertools.product(statuses, repeat=len(names)):
            for applicable in ("yes", "no"):
                fact = {"req": rule.id, "applicable": applicable, **{f"a_{n}": s for n, s in zip(names, combo)}}
                fired = [v for v, c in conds.items() if holds(c, fact)]
                assert len(fired) == 1, (rule.id, fact, fired)


def test_durable_rules_decide_not_python(engine):
    """The compiled durable rulesets are what the host holds, and decisions come back from it."""
    compiled, actions = compile_ruleset(engine.ruleset)
    groups = {group_of(r) for r in engine.ruleset.requirements}
    # four verdict rules per requirement, and each criterion's two roll-up rules
    assert sum(len(v) for v in compiled.values()) == 4 * len(engine.ruleset.requirements) + 2 * len(groups)
    assert set(actions) == {name for rules in compiled.values() for name in rules}
    facts = engine.facts(make_app("We do not offer an assessment-only route."))
    for f in facts:
        if f.rule.id == "2.3":
            for aspect in f.aspects.values():
                aspect.status = "supported"  # force the facts: the rule, not the text, decides
    assert engine.decide(facts)["2.3"].verdict.value == "met"


def test_sessions_released_after_more_than_1100_evaluations(engine):
    """durable-rules crashes at 1,024 live sessions: every evaluation must delete its session."""
    app = make_app("All work is second-marked and moderated, and the external examiner reviews a sample.",
                   "We do not offer an assessment-only route.")
    facts = engine.facts(app)
    for _ in range(1100):
        decisions = engine.decide(facts)
    assert decisions["5.8"].verdict.value == "met"
    assert decisions["2.3"].verdict.value == "not_met"
    assert durable.live_sessions() == 0


def test_session_deleted_when_evaluation_fails(engine):
    facts = engine.facts(make_app("Nothing."))
    records = [f.as_fact() for f in facts if group_of(f.rule) == "E"]
    target = engine.names[durable_name(engine.ruleset, "E")]
    # two facts with one identity: durable-rules refuses the second
    with pytest.raises(Exception, match="durable-rules could not take the facts"):
        durable.run(target, records + records[:1], VERDICT_PHASES)
    assert durable.live_sessions() == 0
    assert engine.decide(facts)  # the host still works


def test_a_straight_apostrophe_in_a_pattern_matches_the_typographic_one():
    from approval_engine.rules.patterns import compile_pattern

    p = compile_pattern("other professionals'? assessments", {}, "test")
    assert p.search("using other professionals’ assessments to plan teaching")
    assert p.search("using other professionals' assessments to plan teaching")
    cls = compile_pattern("[\\w']+ assessments", {}, "test")  # inside a class too
    assert cls.search("professionals’ assessments").group(0) == "professionals’ assessments"
