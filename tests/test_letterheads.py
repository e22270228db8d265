"""A letterhead or contact block says nothing of what the programme does, and a body named
for an outcome's topic (a "School Improvement Service") is not that outcome taught."""

from __future__ import annotations

from test_phenomena import build, judge


def test_a_letterhead_and_the_providers_own_name_are_not_where_an_outcome_is_developed(tmp_path, engine):
    f = build(tmp_path, "letterhead", [
        ("p", "Harbury Borough Council – School Improvement Service, Kingsway Education Centre, Kingsway, "
              "Harbury HB4 7LT Tel 01774 602 330"),
        ("p", "The School Improvement Service teaches the study days and visits participants in school."),
        ("p", "Day 3 develops the principles of school self-evaluation and improvement; this is assessed through "
              "Task 2, a 4,000-word review of provision."),
    ])
    v = judge(engine, f)
    assert v["6.K7"] == "met"
    g = build(tmp_path, "letterhead-only", [
        ("p", "Harbury Borough Council – School Improvement Service, Kingsway Education Centre, Kingsway, "
              "Harbury HB4 7LT Tel 01774 602 330"),
        ("p", "The School Improvement Service teaches the study days and visits participants in school."),
    ])
    assert judge(engine, g)["6.K7"] == "not_met"
