"""The lower-case variants of case-insensitive patterns (approval_engine.rules.lowercase):
on the lower-cased text, a variant matches exactly where its pattern matches on the
text, for every pattern of the shipped ruleset; where that could not be promised
there is no variant or no lower-cased text, and the pattern itself is run."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from approval_engine.rules.lowercase import lowered, variant


def spans(pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def ruleset_patterns(engine) -> list[re.Pattern]:
    """Every compiled expression perception runs: signals, their parts, aspects' match items."""
    out = []
    for p in engine.compiled.signal_any.values():
        if p is None:
            continue
        out.append(getattr(p, "re", p))
        out += [part for part, _, _ in getattr(p, "parts", None) or ()]
    for aspects in engine.compiled.aspects.values():
        out += [p for ca in aspects for p, _, _ in ca.match_items]
    return [p for p in out if isinstance(getattr(p, "pattern", None), str)]


TEXTS = [
    "All assignments are Second-Marked and MODERATED by the External Examiner (Dr A. Smith), every term.",
    "Day 3 — ‘Working with Parents’: the LA’s Parent Partnership Service leads the session.",
    "We do NOT offer an APL route; candidates may claim up to 30 credits (APCL) instead.",
    "Unit 2: The SENCO and the Law. Participants WILL be able to: 1. identify; 2. plan; 3. review.",
    "Is there an assessment-only route? No.",
    "ÉCOLE Café naïve façade – the Kelvin sign \u212a and the ligature \ufb03 stay one character each.",
]


def test_every_pattern_of_the_ruleset_has_a_variant_that_matches_alike(engine):
    patterns = ruleset_patterns(engine)
    assert len(patterns) > 500
    for pattern in patterns:
        low_pattern = variant(pattern)
        assert low_pattern is not None, pattern.pattern
        for text in TEXTS:
            low = lowered(text)
            assert low is not None
            assert spans(low_pattern, low) == spans(pattern, text), (pattern.pattern, text)


@pytest.mark.parametrize("source, text", [
    (r"[A-Z]{2}\d", "ab1 AB2 aB3"),  # a range lower-cased: every case, as the flag would
    (r"\bSENCOs?\b", "The Sencos and the SENCO"),
    (r"\S+\s\W", "Word ! other ?"),  # escapes that are upper-case letters are not lower-cased
    (r"(?P<Code>[KS]\d)\s(?P=Code)", "k1 K1 s2 S2"),  # a back-reference compares ignoring case
    (r"[^A-Z ]+", "abc DEF 123"),  # a negated set
    (r"(?<![\w])LA\b", "the LA, an LA-led day, ALA"),
])
def test_a_variant_matches_on_lower_case_text_as_the_pattern_does_on_the_text(source, text):
    pattern = re.compile(source, re.IGNORECASE)
    assert spans(variant(pattern), lowered(text)) == spans(pattern, text)


def test_a_pattern_that_cares_for_case_has_no_variant():
    assert variant(re.compile(r"[A-Z]{2}\d")) is None  # case-sensitive: lower-casing the text would change it
    assert variant(re.compile(r"LA\b", re.IGNORECASE | re.ASCII)) is None  # ASCII folding differs from lower()
    assert variant(re.compile(r"(?-i:LA) officers", re.IGNORECASE)) is None  # the flag turned off inside
    assert variant(re.compile(r"[\u0100-\uffff]x", re.IGNORECASE)) is None  # too wide to lower-case one by one


def test_a_text_whose_lower_case_is_not_its_own_length_or_has_folded_letters_is_not_lowered():
    assert lowered("İstanbul") is None  # lower-cases to two characters
    assert lowered("ſome ſtudents") is None  # the long s is an s to the flag, not to lower()
    assert lowered("ΣΟΦΙΑΣ") is None  # final and medial sigma
    assert lowered("Dotless ı") is None
    assert lowered("Plain TEXT – with ‘quotes’") == "plain text – with ‘quotes’"


@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from(list("aAsSkKiIıſİ\u212a Σσς-’'1.:;()LA") + ["SENCO", "senco", " la ", "Kelvin"]),
                     max_size=25).map("".join))
def test_on_any_text_a_variant_finds_what_its_pattern_finds_or_the_text_is_not_lowered(text):
    for source in (r"(?<![\w])(?:la|senco)s?\b", r"[a-z]+\s[k-s]", r"\bi[^a]s", r"[\w’']+ \(?[A-Z]"):
        pattern = re.compile(source, re.IGNORECASE)
        low = lowered(text)
        if low is not None:
            assert spans(variant(pattern), low) == spans(pattern, text), (source, text)
