"""approval_engine.ingest.headings: which typed paragraphs are headings, at what level."""

from __future__ import annotations

import pytest

from approval_engine.ingest.headings import (
    MAX_HEADING_WORDS,
    TYPED_BULLET_RE,
    is_all_caps,
    numbered_heading_level,
    short_unfinished,
)


@pytest.mark.parametrize(
    "text,level",
    [
        ("Section 3 – Assessment", 1),
        ("Criterion four: partnership", 1),
        ("Part C", 1),
        ("Standard 2.1 Entry", 2),
        ("3(b) Prior learning", 2),
        ("3(b)(ii) Evidence", 3),
        ("4.2 Tutors", 2),
        ("4.2.1 Tutors' experience", 3),
    ],
)
def test_hand_numbering_is_a_heading_alone(text, level):
    assert numbered_heading_level(text, emphasised=False) == level


@pytest.mark.parametrize("text", ["1 Introduction", "A. Partners", "IV. Quality"])
def test_bare_numbering_needs_emphasis(text):
    assert numbered_heading_level(text, emphasised=False) is None
    assert numbered_heading_level(text, emphasised=True) == 1


@pytest.mark.parametrize("text", ["Sections of the course are taught weekly", "4.2 per cent of candidates", "3 days a week"])
def test_sentences_starting_with_numbers_are_not_headings(text):
    assert numbered_heading_level(text, emphasised=False) is None


def test_capitals_and_length():
    assert is_all_caps("PARTNERSHIP WORKING")
    assert not is_all_caps("SEN")  # too few letters to tell
    assert not is_all_caps("Partnership working")
    assert short_unfinished("Partnership working")
    assert not short_unfinished("We work in partnership.")
    assert not short_unfinished(" ".join(["word"] * (MAX_HEADING_WORDS + 1)))
    assert not short_unfinished("— –")


@pytest.mark.parametrize("text,rest", [("• Tutors", "Tutors"), ("- Tutors", "Tutors"), ("o Tutors", "Tutors")])
def test_typed_bullets(text, rest):
    m = TYPED_BULLET_RE.match(text)
    assert m is not None and text[m.end():] == rest


@pytest.mark.parametrize("text", ["-5 degrees", "online tutors", "Tutors"])
def test_not_bullets(text):
    assert TYPED_BULLET_RE.match(text) is None


@pytest.mark.parametrize("text", [
    "7. “Will they learn how to work with parents, especially parents who are angry with the school?”",
    "3. Did you actually ask schools what they need, or is this the course you were going to run anyway?",
])
def test_a_question_typed_as_a_numbered_title_may_be_long_and_say_will(text):
    assert short_unfinished(text)  # so a bold one is a heading (ingest.paragraphs)


def test_a_long_question_or_a_regulations_clause_is_still_no_heading():
    assert not short_unfinished(" ".join(["word"] * 30) + "?")
    assert not short_unfinished("1.1 Candidates for admission shall normally be qualified teachers in a SENCO role")
