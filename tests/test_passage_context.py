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
