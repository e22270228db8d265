"""A key's values (approval_engine.judge.key_values): each entry split into its value and meaning, a value naming
several read as each of them, a passage's sentences not split inside a quoted value."""

from __future__ import annotations

from approval_engine.judge.key_values import each, entries, listed, sentences


def test_an_entry_s_value_and_meaning_and_a_part_without_a_value_going_on_the_meaning_before():
    got = list(entries(["Log = your learning log", "not graded.", "● taught and assessed"]))
    assert got == [("log", "your learning log not graded."), ("●", "taught and assessed")]


def test_a_value_in_a_column_is_the_value_alone():
    assert list(entries(["G in the Signed column: given, not signed for"])) == [("g", "given, not signed for")]


def test_a_value_naming_several_gives_each_the_meaning():
    assert list(entries(["Task 1, Task 2, Task 3 = graded"])) == [
        ("task 1", "graded"), ("task 2", "graded"), ("task 3", "graded")]
    # (the later ones a letter alone take the first's words)
    assert [v for v, _ in each("rating a, b, c", "m")] == ["rating a", "rating b", "rating c"]
    # a range by its ends, and a term with its codes in brackets
    assert [v for v, _ in each("r1 … r4", "m")] == ["r1", "r2", "r3", "r4"]
    assert [v for v, _ in each("core (c1, c2, c3)", "m")] == ["core", "c1", "c2", "c3"]
    # a label with its codes each in brackets of its own
    assert [v for v, _ in each("burnished (tb1), (tb2) or (tb3)", "m")] == [
        "burnished (tb1)", "burnished (tb2)", "burnished (tb3)"]


def test_a_pair_of_letters_is_one_value_and_a_long_phrase_is_no_list():
    assert listed("t/a") == []
    assert listed("taught in the first term and marked in the second") == []
    assert listed("Task 1, Task 2") == ["Task 1", "Task 2"]


def test_sentences_are_not_split_inside_a_quoted_value():
    assert sentences('"Sup. note" means your Supervisor writes a comment. "T" means taught.') == [
        '"Sup. note" means your Supervisor writes a comment.', '"T" means taught.']


def test_a_value_after_the_name_of_its_column_is_the_value():
    assert list(each("checked at: self-declared", "m")) == [("self-declared", "m")]
    assert list(each("checked at: rc1", "m")) == [("rc1", "m")]
