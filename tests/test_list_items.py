"""A list typed as one sentence: which lists are numbered sessions or tasks, and one item's words."""

from __future__ import annotations

import pytest

from approval_engine.judge.list_items import item, item_around, numbered_items


@pytest.mark.parametrize("text,expected", [
    ("Sessions: 1-2 The law and the Code; 3 Areas of need; 4 Teaching assistants; 10 Assignment clinic", True),
    ("T1: Law and the Code; T2: Case study; T3: Presentation to governors", True),
    ("b) Provision mapping; c) Deploying staff; d) Coaching colleagues", True),
    # items that open with a capital "A" are not lettered items
    ("A review of policy; A case study; A presentation", False),
    ("Provision mapping; deploying teaching assistants; coaching colleagues", False),
    ("1 The law; 2 Areas of need", False),  # two items are not a list of sessions
])
def test_numbered_items(text, expected):
    assert numbered_items(text) is expected


def test_an_items_words_are_its_own():
    text = "3 Areas of need; 7 Needs assessment and other agencies; 10 Assignment clinic"
    at = text.index("other agencies")
    assert item(text, at).strip() == "7 Needs assessment and other agencies"
    around = item_around(text, at, at + len("other agencies"))
    assert "Assignment" not in around and "Needs assessment" in around


@pytest.mark.parametrize("lead,expected", [
    ("These are the changes the team would like to make for the next cohort if the first run allows:", "not_met"),
    ("We have decided not to include:", "not_met"),
    ("The course includes:", "met"),
])
def test_a_paragraph_that_introduces_a_list_hopes_or_declines_for_each_item(tmp_path, engine, lead, expected):
    """The sentence that introduces a list speaks for each of its items: a list of what the team "would like" to add
    describes nothing the programme does yet, and neither does a list of what it has decided not to include."""
    from test_phenomena import build, judge

    f = build(tmp_path, "lead", [
        ("h1", "The course"),
        ("p", lead),
        ("bullet", "a session in which participants practise consulting pupils with SEN about their support, and a task "
                   "in school to involve pupils in reviewing their own provision;"),
        ("bullet", "a second visit to a special school."),
    ])
    assert judge(engine, f)["1.5"] == expected
