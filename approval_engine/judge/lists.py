"""Multi-level lists: the items a list item is nested under, and the cue a
short parent item gives the items under it ("Not offered:", "Under
discussion:"), or the paragraph that introduces them ("These are the changes the
team would like to make:"). Perception only: the claims table decides what the cue counts
for."""

from __future__ import annotations

from approval_engine.ingest.model import Passage
from approval_engine.judge.text import holds, split_sentences

LIST_PARENT_WORDS = 6  # a list item this short that its items hang from is their title ("Not offered:")
LEAD_CUE_WORDS = 25  # the sentence that introduces a list speaks for each item when it is no longer than this


def list_parents(passages: list[Passage], skip: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """For each list item nested in a multi-level list, the texts of the items above it,
    outermost first (a list ends at the first passage that is not a list item)."""
    out: dict[str, tuple[str, ...]] = {}
    open_items: list[tuple[int, str]] = []  # (level, text)
    for p in passages:
        if p.kind in skip:
            continue
        if p.kind != "list_item":
            open_items = []
            continue
        level = p.level or 1
        while open_items and open_items[-1][0] >= level:
            open_items.pop()
        if open_items:
            out[p.id] = tuple(t for _, t in open_items)
        open_items.append((level, p.text))
    return out


def nested_cue(parents: tuple[str, ...], sig: dict) -> str:
    """The cue an item takes from a short item it is nested under: "declined" under a
    negation ("Not offered:"), "hope" under a hedge or a to-do ("Under discussion:"); else ""."""
    for parent in parents:
        if len(parent.split()) > LIST_PARENT_WORDS:
            continue
        if holds(sig.get("negation"), parent) or holds(sig.get("declined"), parent):
            return "declined"
        if holds(sig.get("aspiration"), parent) or holds(sig.get("unfinished_heading"), parent):
            return "hope"
    return ""


def list_cue(parents: tuple[str, ...], lead: str, sig: dict) -> str:
    """The cue an item takes from a short item it is nested under (``nested_cue``) or, failing that, from the last
    sentence of the paragraph that introduces its list, where that sentence hopes or declines ("These are the
    modifications the team would like to make for the 2009-10 cohort if the first run allows:", "We have decided
    not to offer:"); else ""."""
    got = nested_cue(parents, sig)
    if got or not lead:
        return got
    last = (split_sentences(lead) or [""])[-1]
    if not last.rstrip().endswith(":") or len(last.split()) > LEAD_CUE_WORDS:
        return ""
    if holds(sig.get("declined"), last):
        return "declined"
    return "hope" if holds(sig.get("aspiration"), last) else ""
