"""A development record or log kept entry by entry, each headed by its date: the heading
("MONDAY 20 OCTOBER 2008 Prior learning and an assessment-only route") is a title, not the
provider's statement, so what the entries under it say decides."""

from __future__ import annotations

from test_phenomena import build, judge


def test_a_dated_entry_heading_is_a_title_not_an_arrangement(tmp_path, engine):
    f = build(tmp_path, "diary", [
        ("p", "MONDAY 20 OCTOBER 2008 Prior learning and an assessment-only route"),
        ("p", "Agreed in principle with the University that an assessment-only route would be offered to a few "
              "very experienced candidates."),
        ("p", "TUESDAY 27 JANUARY 2009 Validation"),
        ("p", "The assessment-only route was dropped: the University will not register assessment-only candidates "
              "this year, and every participant takes all three blocks."),
    ])
    assert judge(engine, f)["2.3"] == "not_met"
