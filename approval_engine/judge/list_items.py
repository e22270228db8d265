"""The items of a list typed as one sentence ("Sessions: 1-2 The law and the Code;
3 Areas of need; ...; 10 Assignment clinic"): what one item says is that item's,
not the others'; and the short notes after a sentence in a short list item ("...
in school. Assessed: Task 1."), which belong to it. Perception helpers only."""

from __future__ import annotations

import re

from approval_engine.judge.text import split_sentences

LIST_ITEM_WORDS = 30  # an item of a list of outcomes is short: one outcome in the provider's words
ITEM_NOTE_WORDS = 10  # a note after an outcome in its item is short: "Assessed in: Task 2."

# "3 Areas of need", "1-2 The law", "T2. Case study", "b) Provision mapping" (not "A review of ...")
_NUMBERED = re.compile(r"^\s*(?:[A-Z]{0,3}\d{1,2}(?:\s*[-–]\s*\d{1,2})?[.):]?|[A-Za-z][.)])\s+[A-Z]")
_LEAD = re.compile(r"^\W*[A-Za-z]+:\s*")  # the list's own label before its first item ("Sessions: ")


def _bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the item of a semicolon list that holds ``text[start:end]`` begins and ends."""
    last = text.find(";", end)
    return text.rfind(";", 0, start) + 1, last if last >= 0 else len(text)


def item(text: str, at: int) -> str:
    """The item of a semicolon list that holds the position ``at``."""
    first, last = _bounds(text, at, at)
    return text[first:last]


def item_around(text: str, start: int, end: int) -> str:
    """The item that holds ``text[start:end]``, with those words blanked out."""
    first, last = _bounds(text, start, end)
    return text[first:start] + " " + text[end:last]


def numbered_items(text: str) -> bool:
    """A semicolon list of three or more numbered items ("1-2 The law and the Code; 3 Areas of
    need; ..."): a timetable's sessions or a list of tasks, each item a thing of its own."""
    items = text.split(";")
    items[0] = _LEAD.sub("", items[0], count=1)
    return len(items) >= 3 and sum(1 for i in items if _NUMBERED.match(i)) >= 3


def item_notes(kind: str, text: str, index: int) -> str:
    """The short notes after the sentence ``index`` of a short list item ("Assessed in: Task 2.", "Taught on
    study day 1; not separately assessed."); "" for anything else. A longer sentence there is a statement of its own
    ("Forum posts for this week are logged in the participation record, which is not marked")."""
    if kind != "list_item" or len(text.split()) > 2 * LIST_ITEM_WORDS:
        return ""
    return " ".join(x for i, x in enumerate(split_sentences(text)) if i > index and len(x.split()) <= ITEM_NOTE_WORDS)
