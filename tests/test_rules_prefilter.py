"""The prefilter (approval_engine.rules.prefilter): a combined pattern asked whether it
holds tries only the parts whose literals a text has, found through the bits each part
is given in the scan, yet says exactly what its expression says; a part registered
after a text was read is not missed; a search hands back the pattern's own match."""

from __future__ import annotations

import pickle
import re

import pytest

from approval_engine.rules.patterns import combine
from approval_engine.rules.prefilter import LiteralScan, Prefiltered, prefilter_sets

SOURCES = [
    r"\b(?:second|double)[- ]marked\b",
    r"\bmoderat(?:ed|ion) by (?:the )?external examiners?\b",
    r"\bstandardis(?:ation|ed)\b",
    r"^\W*assessment[:–—]",  # anchored: tried at the start only
    r"\b[A-Z]{2,4}\d{3}\b",  # a code: no literal, tried on every text
]
TEXTS = [
    "All work is Second-Marked, and a sample is moderated by the External Examiner.",
    "Assessment: two assignments.",
    "Module SEN701 covers the law.",
    "Markers meet for standardisation.",
    "Nothing to see here.",
    "double marked",
]


def prefiltered(sources: list[str], scan_literals: set[str] | None = None) -> tuple[Prefiltered, re.Pattern]:
    parts = [re.compile(s, re.IGNORECASE) for s in sources]
    whole = combine(parts)
    pairs = [(p, prefilter_sets(p)) for p in parts]
    literals = set(scan_literals or ())
    for _, sets in pairs:
        for s in sets or ():
            literals |= s
    scan = LiteralScan(literals)
    return Prefiltered(whole, prefilter_sets(whole) or (), scan, pairs), whole


@pytest.mark.parametrize("text", TEXTS)
def test_holds_says_what_the_expression_says(text):
    p, whole = prefiltered(SOURCES)
    assert p.holds(text) == (whole.search(text) is not None)
    assert p.holds(text) == (p.search(text) is not None)


def test_a_search_hands_back_the_patterns_own_match_on_the_text():
    p, whole = prefiltered(SOURCES)
    m = p.search(TEXTS[0])
    assert m is not None and m.re is whole and m.group(0) == "Second-Marked"
    assert m.span() == whole.search(TEXTS[0]).span()


def test_a_part_registered_after_a_text_was_read_is_not_missed():
    early = [r"\bexternal examiners? (?:visits|reports)\b", r"\bmoderation panel\b"]
    literals = {x for src in SOURCES + early for s in prefilter_sets(re.compile(src, re.IGNORECASE)) or () for x in s}
    first, _ = prefiltered(early, literals)  # one scan for every pattern, as a compiled ruleset has
    scan = first._scan
    text = "A sample is moderated by the external examiner."
    assert first.holds(text) is False  # its literal is there, its parts are not: the text's part bits are read
    assert text in scan._masks
    parts = [re.compile(s, re.IGNORECASE) for s in SOURCES[1:3]]
    second = Prefiltered(combine(parts), (), scan, [(q, prefilter_sets(q)) for q in parts])
    assert second.holds(text) is True


def test_the_run_time_state_is_not_pickled_and_comes_back_empty():
    p, _ = prefiltered(SOURCES)
    assert p.holds(TEXTS[0])
    back = pickle.loads(pickle.dumps(p))
    assert back._base == -1 and back._variants is None and back._scan._masks == {}
    assert [back.holds(t) for t in TEXTS] == [p.holds(t) for t in TEXTS]
