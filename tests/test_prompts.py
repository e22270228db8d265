"""approval_engine.ingest.prompts: the template's prompt paragraphs are recognised
by their opening "[Guidance", however the marker was retyped, and nothing else is."""

from __future__ import annotations

import pytest

from approval_engine.ingest.prompts import GUIDANCE_MARKER, is_prompt


@pytest.mark.parametrize(
    "text",
    [
        GUIDANCE_MARKER,
        f"{GUIDANCE_MARKER} In short: accredit prior learning.",
        "[Guidance] say how candidates are supported",
        "  [ guidance – delete this ] ",
        "[GUIDANCE – delete this paragraph]",
    ],
)
def test_prompts_are_recognised(text):
    assert is_prompt(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        None,
        "Guidance for candidates is given in the handbook.",
        "We follow the [Guidance – delete this paragraph] we were sent.",
        "[Guidelines] for tutors",
        "[Guidanceless] text",
        "[insert the module title]",
    ],
)
def test_other_text_is_not_a_prompt(text):
    assert not is_prompt(text)
