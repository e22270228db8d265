"""Where an outcome is assessed, when the application itself says so outcome by
outcome: an outcome taught in an assessed module counts as assessed through that
module only where the application does not name, outcome by outcome, what its
assessments assess (rule ``assessment_named_outcome_by_outcome``), or where the
module is marked against its own list of outcomes. And a form's table of
requirements and answers, a few of whose rows echo outcomes, is not an outcome map."""

from __future__ import annotations

from conftest import make_app, verdicts
from test_phenomena import build, judge

# fifteen outcomes named as what one assignment assesses (deploying teaching assistants not among them)
LISTED = ("Assignment 1 is assessed against these outcomes: SEN law and the SEN Code of Practice; the principles of "
          "Every Child Matters; disability equality law; how children develop; the most common types of SEN and how "
          "they affect learning; approaches, strategies and resources for teaching and learning, including ICT; "
          "school self-evaluation and improvement; best practice and research outcomes in meeting SEN; the scope and "
          "role of external agencies; provision mapping and management; liaising with parents and carers; involving "
          "pupils in planning and reviewing their provision; coaching colleagues; prioritising, managing time and "
          "delegating.")
TAUGHT = "Module 2 covers deploying and managing teaching assistants. Module 2 is assessed by a 4,000-word assignment."


def test_a_module_assessment_covers_what_it_teaches_when_nothing_is_named_outcome_by_outcome(engine):
    assert verdicts(engine.evaluate(make_app(TAUGHT)))["6.S4"] == "met"


def test_where_the_application_names_what_is_assessed_an_outcome_it_leaves_out_is_not_assessed(engine):
    found = engine.find(make_app(LISTED, TAUGHT))
    programme = next(f for f in found.perception.facts if f["kind"] == "programme")
    assert programme["assessed_named"] >= 14
    assert verdicts(engine.evaluate(make_app(LISTED, TAUGHT)))["6.S4"] == "partially_met"


def test_a_module_marked_against_its_own_outcomes_assesses_each_of_them(engine):
    against = TAUGHT + " It is marked against the outcomes above."
    assert verdicts(engine.evaluate(make_app(LISTED, against)))["6.S4"] == "met"


def test_a_response_table_echoing_a_few_outcomes_is_not_an_outcome_map(tmp_path, engine):
    rows = [["Requirement", "Our response"]]
    rows += [[f"{n}. Requirement {n} of the specification", f"Our answer on point {n} is given in section {n}."]
             for n in range(1, 13)]
    rows += [
        ["Reflect research and best practice in meeting SEN", "Reading lists are revised every summer."],
        ["Skills in liaising with parents and carers", "A parent partnership officer co-teaches Day 4."],
        ["Working with other services and agencies", "Each participant spends two days on placement in a special "
                                                     "school, and educational psychologists lead two sessions."],
        ["Approaches, strategies and resources, including ICT", "Participants borrow assistive technology."],
    ]
    f = build(tmp_path, "responses", [("h1", "Our responses"), ("table", rows)])
    assert judge(engine, f)["5.5"] == "met"  # the answers are read as sentences, not as an outcome map's cells
