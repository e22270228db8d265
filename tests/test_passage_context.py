"""Where each passage stands (approval_engine/judge/passage_context.py): its context, the lead a list hangs from, a
field's value and the paragraph before."""

from __future__ import annotations

import re

from approval_engine.judge.passage_context import read_context
from approval_engine.judge.placeholders import NOT_TEXT
from test_phenomena import build
from approval_engine.judge.evaluate import read_application

FIELD_LABEL = [re.compile(r"^(?:qualifications|fee)$", re.I)]


def _read(tmp_path, blocks):
    app = read_application(build(tmp_path, "where", blocks))
    by_text = {p.text: p.id for p in app.passages}
    return read_context(app.passages, NOT_TEXT, {}, FIELD_LABEL), by_text


def test_a_list_hangs_from_its_colon_ended_lead_under_the_same_headings(tmp_path):
    where, ids = _read(tmp_path, [
        ("h1", "Outcomes"),
        ("p", "Worked on at the study days but not part of the assessment:"),
        ("p", "– managing time and delegating"),
        ("h2", "Task 2 is the evidence for:"),
        ("p", "– knowing the Code of Practice"),
        ("h2", "Units"),
        ("p", "Unit 1 covers the law."),
        ("p", "– the Code of Practice"),
    ])
    assert where.introducers[ids["managing time and delegating"]].endswith("not part of the assessment:")
    assert where.introducers[ids["knowing the Code of Practice"]] == "Task 2 is the evidence for:"  # a lead as heading
    assert ids["the Code of Practice"] not in where.introducers  # its paragraph ends in a full stop
    assert "Unit 1 covers the law." in where.context[ids["the Code of Practice"]]  # still its context


def test_a_fields_value_and_the_paragraph_before(tmp_path):
    where, ids = _read(tmp_path, [
        ("h1", "Entry"),
        ("p", "Qualifications"),
        ("p", "Qualified teacher status and the SENCO post."),
        ("p", "As a result, each applicant is interviewed."),
    ])
    assert ids["Qualified teacher status and the SENCO post."] in where.field_values
    assert ids["As a result, each applicant is interviewed."] not in where.field_values
    assert where.before[ids["As a result, each applicant is interviewed."]] == "Qualified teacher status and the SENCO post."


def test_the_paragraph_before_takes_in_the_list_between_them(tmp_path):
    where, ids = _read(tmp_path, [
        ("h1", "Evaluation"),
        ("p", "The course is reviewed the way a trip is."),
        ("bullet", "After each day every participant fills in a card."),
        ("bullet", "The University reviews the course each year."),
        ("p", "All of this goes into the annual report, which the leader writes each August with an action plan."),
        ("h1", "Resources"),
        ("bullet", "A library of tests."),
        ("p", "The library is open on study days."),
    ])
    before = where.before[ids["All of this goes into the annual report, which the leader writes each August with an action plan."]]
    assert before.startswith("The course is reviewed the way a trip is.")
    assert "The University reviews the course each year." in before
    # (a list under other headings, with no paragraph before it there, is no paragraph before)
    assert ids["The library is open on study days."] not in where.before


def test_all_of_this_after_a_list_of_evaluation_methods_reads_them(tmp_path, engine):
    from test_phenomena import judge
    path = build(tmp_path, "derig", [
        ("h1", "After the course"),
        ("p", "The course is taken apart and checked, as a rope is after a trip."),
        ("bullet", "After each day every participant fills in a card, and the external examiner reports each year."),
        ("bullet", "The University reviews the course each year through its annual monitoring."),
        ("p", "All of this goes into the annual report, which the leader writes each August with an action plan."),
    ])
    assert judge(engine, path)["5.1"] == "met"


def test_a_list_straight_under_its_heading_has_the_heading_as_its_lead(tmp_path):
    where, ids = _read(tmp_path, [
        ("h1", "Part A - assessed in Component 1"),
        ("bullet", "Know the law and guidance on SEN"),
        ("h1", "Part B - developed in school"),
        ("p", "These are worked on between the Ends."),
        ("bullet", "Prioritise and manage time"),
    ])
    assert where.heading_leads[ids["Know the law and guidance on SEN"]] == "Part A - assessed in Component 1"
    assert ids["Prioritise and manage time"] not in where.heading_leads  # (a paragraph comes between)
