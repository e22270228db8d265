"""The judgement block: decisions live in the ruleset, compile into
durable-rules and change when the YAML changes.

Each policy test edits the shipped ruleset's judgement block the way a panel
would, and shows the verdict on the same text move with it; nothing in
Python changes between the two runs.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from approval_engine.errors import RulesetError
from approval_engine.judge.evaluate import Engine, default_ruleset_path, read_application
from approval_engine.rules import engine as durable
from approval_engine.rules.compile_judgement import compile_judgement
from approval_engine.rules.judgement import Judgement
from approval_engine.rules.loader import load_ruleset
from conftest import make_app, verdicts

BASE = default_ruleset_path().read_text()
PACKAGE = Path(__file__).resolve().parents[1] / "approval_engine"
SAMPLE = Path(__file__).resolve().parents[1] / "applications" / "riverside-senco-2009.docx"


def _variant(tmp_path, old: str, new: str, name: str = "policy.yaml") -> Path:
    assert old in BASE, old
    p = tmp_path / name
    p.write_text(BASE.replace(old, new, 1))
    return p


def _verdict(engine: Engine, req: str, *texts: str) -> str:
    return verdicts(engine.evaluate(make_app(*texts)))[req]


# ------------------------------------------------------------------ policy is data


def test_a_hope_counted_as_tentative_is_a_change_of_yaml(tmp_path, engine):
    text = "We are considering an assessment-only route for future cohorts."
    assert _verdict(engine, "2.3", text) == "not_met"
    lenient = Engine(_variant(tmp_path, """      when: {hope: yes}
      status: aspiration""", """      when: {hope: yes}
      status: tentative"""))
    assert _verdict(lenient, "2.3", text) == "partially_met"


def test_precedence_is_the_rulesets(tmp_path, engine):
    texts = ("Experienced SENCOs may take an assessment-only route, with a portfolio and a viva.",
             "An assessment-only route, with a portfolio and a viva, is not offered to anyone.")
    assert _verdict(engine, "2.3", *texts) == "met"  # support outranks a negation elsewhere
    strict = Engine(_variant(tmp_path, "precedence: [contradicted, supported, tentative, deferred, negated,",
                             "precedence: [contradicted, negated, supported, tentative, deferred,"))
    assert _verdict(strict, "2.3", *texts) == "not_met"


def test_an_answer_that_says_it_both_ways_is_a_revision(tmp_path, engine):
    both = ("Experienced SENCOs may take an assessment-only route, with a portfolio and a viva. However, this year "
            "an assessment-only route is not offered.")
    assert _verdict(engine, "2.3", both) == "partially_met"
    without = BASE[BASE.index("    - name: says_it_both_ways"):BASE.index("  # Which claim decides an aspect")]
    relaxed = Engine(_variant(tmp_path, without, ""))
    assert _verdict(relaxed, "2.3", both) == "met"


def test_assessed_only_through_an_assessment_tied_to_the_outcome(tmp_path, engine):
    """The panel's example: an outcome counts as assessed only through an
    assessment tied to it, not because the module that teaches it is assessed."""
    app_texts = ("Module EDU701 develops knowledge of the principles of Every Child Matters.",
                 "Module EDU701 is assessed by a 4,000-word assignment.")
    assert _verdict(engine, "6.K2", *app_texts) == "met"
    start = BASE.index("    - name: assessed_in_the_module_that_teaches_it")
    end = BASE.index("    - name: outcome_not_assessed\n")
    tied = Engine(_variant(tmp_path, BASE[start:end], ""))
    assert _verdict(tied, "6.K2", *app_texts) == "partially_met"


def test_a_row_the_outcomes_not_terms_refuse_is_not_placed_by_its_place_in_the_map(tmp_path, engine):
    """An Annex-ordered map's row in K7's place that is a participant's own self-review: K7's not_terms keep it from
    K7; without them, its place puts it there."""
    from test_phenomena import build
    titles = ["Bringing the head and colleagues with you", "Managing time, priorities and delegation",
              "Solving problems and making decisions about provision",
              "Speaking and writing clearly and listening to others", "Using research and outside advice",
              "Keeping up to date with your own development", "SEN law and the Code of Practice",
              "Every Child Matters and the SENCO's part", "Disability equality law and its duties",
              "How children develop and learn", "The most common kinds of SEN and disability",
              "Approaches, strategies and resources, including ICT", "Self-review: weighing your own growth honestly",
              "Best practice and research on SEN", "The roles of other professionals and agencies"]
    f = build(tmp_path, "refused", [("table", [["Area", "Taught in", "Assessed in"]]
                                     + [[t, f"Day {i}", "Task 2"] for i, t in enumerate(titles, start=1)])])
    assert verdicts(engine.evaluate(read_application(f)))["6.K7"] == "not_met"
    start = BASE.index("      not_terms:\n", BASE.index('  - id: 6.K7'))
    end = BASE.index("    examples:", start)
    placed = Engine(_variant(tmp_path, BASE[start:end], ""))
    assert verdicts(placed.evaluate(read_application(f)))["6.K7"] == "met"


def test_the_e_learning_condition_is_decided_by_votes_in_the_rules(tmp_path, engine):
    texts = ("Participants use the Moodle VLE between sessions.", "The course makes no use of e-learning.",
             "There is no online forum.")
    app = make_app(*texts)
    assert verdicts(engine.evaluate(app))["3.3"] == "not_applicable"  # two against, one for
    flipped = Engine(_variant(tmp_path, "      when: {t: {fact: tally, for: {gt: $.against}}}",
                              "      when: {t: {fact: tally, for: {gt: -1}}}"))
    assert verdicts(flipped.evaluate(make_app(*texts)))["3.3"] != "not_applicable"


def test_which_aspects_a_cue_counts_for_is_the_rulesets(tmp_path, engine):
    """What participants are taught is the wrong context for how the programme
    is evaluated (cue_scope curriculum), and a change of YAML says otherwise."""
    taught = ("Module 2 covers how to evaluate a school's SEN provision, with questionnaires to parents and an "
              "annual review of interventions that is used to improve them.")
    assert _verdict(engine, "5.1", taught) == "not_met"
    wider = Engine(_variant(tmp_path, "    curriculum: {about: [provision, evaluation]}",
                            "    curriculum: {about: [provision]}"))
    assert _verdict(wider, "5.1", taught) != "not_met"


# ------------------------------------------------------------------ the language checks itself


@pytest.mark.parametrize("old,new,expect", [
    ("    - name: outcome_not_assessed\n      phase: outcome_gaps", "    - name: outcome_not_assessed\n      phase: modules",
     "rule outcome_not_assessed (phase modules) uses 'assessed' facts, derived in phase 'coverage'"),
    ("    - name: no_subject\n      status: tentative", "    - name: no_subject\n      when: {hope: no}\n      status: tentative",
     "must have no 'when'"),
    ("      derive: {fact: unassessed, outcome: $o.outcome}", "      derive: {fact: unassessed, outcome: $x.outcome}",
     "$x.outcome names no binding"),
    ("  phases: [claims, passages,", "  phases: [passages, claims,", "'claims' comes before 'passages'"),
    ("    findings: {not_about: [needs, design]}", "    findings: {not_about: [wants]}", "unknown kind(s) of aspect ['wants']"),
    ("    findings: {not_about: [needs, design]}", "    findings: {about: [any], not_about: [needs]}",
     "'about' or 'not_about' (one of them)"),
])
def test_judgement_errors_name_the_rule(tmp_path, old, new, expect):
    with pytest.raises(RulesetError) as exc:
        load_ruleset(_variant(tmp_path, old, new))
    assert expect in str(exc.value) and "\n" not in str(exc.value)


def test_claims_rows_are_exclusive_one_claim_per_match(engine):
    """Every match gets exactly one claim, whatever its cues (durable-rules
    fires once per alternative of an $or, so the rows' negations must be disjoint)."""
    found = engine.find(read_application(SAMPLE))
    rows = {r.name for r in engine.ruleset.judgement.claims}
    claimed = sorted(d.fact["match"] for d in found.derived if d.rule in rows)  # a claim, or a final one at once
    assert len(claimed) > 100 and claimed == sorted(found.perception.matches)
    assert len({d.rule for d in found.derived if d.rule in rows}) > 5
    # and every match ends as exactly one final claim
    finals = sorted(d.fact["match"] for d in found.derived if d.fact["kind"] == "final")
    assert finals == claimed


# ------------------------------------------------------------------ durable-rules as the engine


def _session(tmp_path, rules_yaml: str, facts: list[dict], phases: list[str]) -> list[dict]:
    data = yaml.safe_load(rules_yaml)
    j = Judgement.model_validate({"phases": ["claims", "passages", *phases, "aspects"],
                                  "claims": [{"name": "all", "status": "supported"}],
                                  "precedence": ["supported"], **data})
    prefix = f"t{abs(hash(rules_yaml))}."
    compiled = compile_judgement(j, prefix=prefix)
    names = durable.register({prefix: compiled.rules}, compiled.actions, prefix)
    return [d.fact for d in durable.run(names[prefix], facts, j.phases)]


def test_a_join_through_a_list_of_values_keeps_its_references(tmp_path):
    """durable-rules loses a condition's references when it also holds an $or;
    the compiler expands such conditions, so only true pairs join."""
    rules = """
rules:
  - name: pair
    phase: p
    when:
      a: {fact: row}
      b: {fact: module_note, row: $a.id, says: [yes_one, yes_two]}
    derive: {fact: paired, row: $a.id, note: $b.id}
"""
    facts = [{"id": "r1", "n": 1, "kind": "row"}, {"id": "r2", "n": 2, "kind": "row"},
             {"id": "x1", "n": 3, "kind": "module_note", "row": "r1", "says": "yes_two"},
             {"id": "x2", "n": 4, "kind": "module_note", "row": "r3", "says": "yes_one"}]
    got = {(f["row"], f["note"]) for f in _session(tmp_path, rules, facts, ["p"]) if f["kind"] == "paired"}
    assert got == {("r1", "x1")}


def test_a_three_way_join_finds_every_match_after_an_earlier_phase(tmp_path):
    """Facts derived in one phase join facts asserted before it: all matches found
    (durable-rules misses some when a rule's first condition arrives last)."""
    rules = """
rules:
  - name: lift
    phase: p1
    when: {m: {fact: module_note}}
    derive: {fact: good_module, module: $m.module}
  - name: reach
    phase: p2
    when:
      r: {fact: row}
      rm: {fact: row_module, row: $r.id}
      g: {fact: good_module, module: $rm.module}
    derive: {fact: reached, row: $r.id}
    key: [row]
"""
    facts, n = [], 0
    for i in range(30):
        facts.append({"id": f"row{i}", "n": (n := n + 1), "kind": "row"})
        for mod in ("A", "B") if i % 3 else ("A",):
            facts.append({"id": f"row{i}{mod}", "n": (n := n + 1), "kind": "row_module", "row": f"row{i}", "module": mod})
    facts.append({"id": "note", "n": n + 1, "kind": "module_note", "module": "B"})
    reached = {f["row"] for f in _session(tmp_path, rules, facts, ["p1", "p2"]) if f["kind"] == "reached"}
    assert reached == {f"row{i}" for i in range(30) if i % 3}


# ------------------------------------------------------------------ perception does not judge


def test_no_status_is_decided_in_python():
    """The judge stage reads statuses the rules derived; no module that reads,
    judges, reports or advises assigns an aspect's or a claim's status, or a verdict."""
    offenders = []
    for path in [p for d in ("ingest", "judge", "rules", "report", "provider") for p in (PACKAGE / d).rglob("*.py")]:
        text = path.read_text()
        for n, line in enumerate(text.splitlines(), 1):
            if re.search(r"\.status\s*=(?!=)|\bstatus\s*=\s*(SUPPORTED|TENTATIVE|\"(supported|tentative|negated|"
                         r"aspiration|wrong_context|deferred|contradicted|absent)\")|verdict\s*=\s*Verdict\.", line):
                offenders.append(f"{path.relative_to(PACKAGE)}:{n}: {line.strip()}")
    assert not offenders, offenders


def test_claims_table_gives_every_combination_of_cues_exactly_one_row():
    """Evaluated over every combination of the cues its rows read, the compiled
    claims conditions hold for exactly one row (first match wins, nothing falls through)."""
    import itertools

    from approval_engine.rules.compile_judgement import compile_judgement

    j = load_ruleset(default_ruleset_path()).judgement
    compiled = compile_judgement(j)
    claim_rules = {name: rule for name, rule in compiled.rules.items() if name.startswith("claims.")}
    values: dict[str, set] = {}
    for row in j.claims:
        for field, v in row.when.items():
            vals = v if isinstance(v, list) else [v]
            values.setdefault(field, set()).update("yes" if x is True else "no" if x is False else x for x in vals)
    for field in values:
        values[field] |= {"no" if values[field] <= {"yes", "no"} else "other"}
    fields = sorted(values)

    def holds(cond, fact) -> bool:
        if "$and" in cond:
            return all(holds(c, fact) for c in cond["$and"])
        if "$or" in cond:
            return any(holds(c, fact) for c in cond["$or"])
        if "$neq" in cond:
            (k, v), = cond["$neq"].items()
            return fact.get(k) != v
        (k, v), = cond.items()
        return fact.get(k) == v

    def ways(cond, fact) -> int:
        """How many of durable-rules' alternatives (the condition's disjunctive
        form) the fact meets: durable-rules fires the rule once for each."""
        if "$and" in cond:
            n = 1
            for c in cond["$and"]:
                n *= ways(c, fact)
            return n
        if "$or" in cond:
            return sum(ways(c, fact) for c in cond["$or"])
        return int(holds(cond, fact))

    # every combination would be 2**len(fields): take every combination of up to two cues
    # away from their default, and a fixed random sample of the rest
    import random

    default = {f: ("no" if "no" in values[f] else sorted(values[f])[-1]) for f in fields}
    combos = [dict(default)]
    for a, b in itertools.combinations_with_replacement(fields, 2):
        for va in sorted(values[a]):
            for vb in sorted(values[b]):
                combos.append({**default, a: va, b: vb})
    rng = random.Random(2009)
    combos += [{f: rng.choice(sorted(values[f])) for f in fields} for _ in range(3000)]
    for combo in combos:
        fact = {"kind": "match", **combo}
        fired = [name for name, rule in claim_rules.items() if holds(rule["all"][0]["m"], fact)]
        assert len(fired) == 1, (fact, fired)
        assert ways(claim_rules[fired[0]]["all"][0]["m"], fact) == 1, (fact, fired)  # fires once
