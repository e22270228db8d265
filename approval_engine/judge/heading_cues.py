"""What the headings over a passage say of every sentence under it: a contents list, a
to-do list, assumptions, the past, a panel's words, works cited, a glossary, options weighed, the
provider's other courses, how participants are assessed, what the programme leaves out. Read once
per heading path (``signals.*_heading``); perception only: the claims table decides what each cue
counts for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from approval_engine.judge.text import holds

YES, NO = "yes", "no"


@dataclass(frozen=True)
class HeadingCues:
    contents: bool  # the last heading is "Contents", "Procedure index"
    todo: bool  # under a to-do, drafting-notes or "still open" heading
    assumption: bool  # under "Assumptions"
    past: bool  # under a heading over what was ("The pilot", "Background"): its past-tense sentences are the past
    panel: bool  # the last heading is over a panel's report or the deciding body's part of a form: the panel's words
    conditions: bool  # ... or over its "Conditions" or "Recommendations": what asks something of the provider there
    citation: bool  # under "References"
    glossary: bool  # under "Glossary", "Abbreviations": each entry says what a term means
    option: bool  # under "Options considered", "Option B", "Appraisal"
    other_courses: bool  # under "Other SEN courses"
    assessment_brief: bool  # the last heading names one piece of assessed work ("Assignment 2 (4,000 words)")
    assessing: bool = False  # under "How you will be assessed": the assessment of participants
    excluded: bool = False  # under "Exclusions", "Out of scope": what the programme leaves out

    def raise_on(self, flags: dict[str, str], text: str, sig, entry: bool = True) -> None:
        """Set the cues these headings raise on one sentence's flags. ``entry``: the sentence's passage is short enough
        to be an entry of a contents list (a "Contents" heading with no heading after it in a document without heading
        styles is over everything that follows, and only its entries are the list)."""
        flags["contents"], flags["todo"], flags["assumption"] = (YES if x else NO for x in
                                                                 (self.contents and entry, self.todo, self.assumption))
        flags["citation"], flags["option"] = (YES if self.citation else NO), (YES if self.option else NO)
        if self.glossary:
            flags["glossary"] = YES
        if self.other_courses:
            flags["other_provider"] = YES
        if self.assessing:
            flags["participant_assessment"] = YES
        if self.excluded:
            flags["declined"] = YES
        if self.past and holds(sig.get("past_tense"), text) and not holds(sig.get("present_tense"), text):
            flags["past"] = YES
        if self.panel or (self.conditions and holds(sig.get("panel_requirement"), text)):
            flags["quoted"] = YES


CONTENTS_ENTRY_WORDS = 20  # an entry of a contents list names a part and its page; a longer passage is prose


def contents_entry(text: str) -> bool:
    """A passage that could be an entry of a contents list: a part's title and its page, short, not a sentence
    ended with a full stop."""
    return len(text.split()) <= CONTENTS_ENTRY_WORDS and not text.rstrip().endswith((".", "!", "?"))


def read_heading_cues(sig, path: tuple[str, ...]) -> HeadingCues:
    def any_(name: str) -> bool:
        return any(holds(sig.get(name), h) for h in path)

    def last(name: str) -> bool:
        return bool(path) and holds(sig.get(name), path[-1])

    return HeadingCues(contents=last("contents_heading"), todo=any_("unfinished_heading"),
                       assumption=any_("assumption_heading"), past=any_("past_heading"), panel=last("panel_heading"),
                       conditions=last("conditions_heading"),
                       citation=any_("citation_heading"), glossary=any_("glossary_heading"),
                       option=any_("options_heading"),
                       other_courses=any_("other_courses_heading"),
                       assessing=any_("participant_assessment_heading"), excluded=any_("excluded_heading"),
                       assessment_brief=last("assessment_heading") and not holds(sig.get("not_assessed"), path[-1]))


def passages_titled(passages, heading) -> set[str]:
    """The ids of the passages under a heading ``heading`` matches (the last of their headings), or
    whose own run-in title it matches ("1.6 What changed as a result. No visit is made ...")."""
    if heading is None:
        return set()
    out: set[str] = set()
    for p in passages:
        path = p.location.heading_path
        if (path and holds(heading, path[-1])) or (p.kind == "paragraph" and holds(heading, _run_in(p.text))):
            out.add(p.id)
    return out


def _run_in(text: str) -> str:
    """A paragraph's opening words up to its first full stop or colon, when they are a short title."""
    head = _RUN_IN.match(text)
    return head.group(1) if head and head.end() < len(text) else ""


_RUN_IN = re.compile(r"^(.{3,80}?[.:])\s")


# a decision given under its label, whatever it is ("Management Response: Accepted.", "Council resolution: Not agreed")
_DECISION = re.compile(r"^\W*(?:[\w’'()-]+\s){0,4}(?:resolution|decision|outcome|response|ruling)\b[^:.]{0,40}:", re.I)


def rejected_proposals(passages, rejected) -> set[str]:
    """The ids of the passages a decision after them under the same heading turns down ("P5. Credit for earlier
    study | We propose that ... | Council resolution (17 January 2009): Not agreed"): what they propose is declined."""
    if rejected is None:
        return set()
    out: set[str] = set()
    section: list = []  # the passages so far under the current heading
    for p in passages:
        if p.kind == "heading" or (section and section[0].location.heading_path != p.location.heading_path):
            section = []
        if p.kind == "heading":
            continue
        if holds(rejected, p.text):
            out.update(q.id for q in section)
        if _DECISION.match(p.text):
            section = []  # a decision settles what came before it: the next one speaks only for what follows
            continue
        section.append(p)
    return out


_REFERRED_CODE = re.compile(r"\(([A-Z]{1,2}\d{1,2}[a-z]?)\)")  # "(A2)": a proposal named by its code
# an item's code ("A2", "R3.3", "R11.2b"), and a passage that opens with one ("A2 Units can be taken in any order.")
_CODE = r"[A-Z]{1,3}\d{1,2}(?:\.\d{1,2})?[a-z]?"
_OPENS_WITH_CODE = re.compile(rf"^\W*({_CODE})\b[.:)]?\s+\S")
_CLAUSE = re.compile(r"[;.]\s")


def rejected_by_code(passages, refused) -> set[str]:
    """The ids of the passages that open with a proposal's code ("A2 Units can be taken in any order.") which a
    decision elsewhere turns down by that code ("we did not accept a January intake (A1) or units in any order (A2)"):
    what they propose is declined."""
    if refused is None:
        return set()
    codes: set[str] = set()
    for p in passages:
        if "(" in p.text:
            for clause in _CLAUSE.split(p.text):
                if "(" in clause and holds(refused, clause):
                    codes.update(_REFERRED_CODE.findall(clause))
    if not codes:
        return set()
    return {p.id for p in passages if (m := _OPENS_WITH_CODE.match(p.text)) and m.group(1) in codes}


# a decision that turns down items by their codes ("Programme Board decision: R3.1, R3.2 and R3.4 AGREED. R3.3
# DEFERRED to 2010-11 while the University settles a fee structure.")
_DECLINED_RUN = re.compile(rf"\b({_CODE}(?:\s*(?:,|and|&)\s*{_CODE})*)\s+(?:(?:is|are|was|were|has been|have been)\s+)?"
                           r"(?i:deferred|rejected|not agreed|declined|withdrawn|not adopted|not accepted)\b")
_ONE_CODE = re.compile(_CODE)


# a schedule's decision cell that turns its row's item down ("C1.2 | ... | Declined: the University will not offer one")
_DECLINED_CELL = re.compile(r"^\W*(?i:declined|rejected|not (?:agreed|adopted|accepted|taken forward))\b")


def declined_codes(passages) -> set[str]:
    """The codes of the items a decision turns down ("R3.3 DEFERRED to 2010-11" gives "R3.3"; or a table row labelled
    "C1.2" whose decision cell opens "Declined: ...")."""
    codes = {c for p in passages for m in _DECLINED_RUN.finditer(p.text) for c in _ONE_CODE.findall(m.group(1))}
    labels: dict[tuple[int, int], str] = {}  # (table, row) -> its first cell, where that is a code alone
    declined_rows: set[tuple[int, int]] = set()
    for p in passages:
        loc = p.location
        if loc.table is None or loc.row is None:
            continue
        if loc.column == 1 and re.fullmatch(rf"\s*{_CODE}\W*", p.text):
            labels[(loc.table, loc.row)] = p.text.strip(" .:")
        elif (loc.column or 0) > 1 and _DECLINED_CELL.match(p.text):
            declined_rows.add((loc.table, loc.row))
    return codes | {code for at, code in labels.items() if at in declined_rows}


def declined_by_code(passages, codes: set[str]) -> set[str]:
    """The ids of the passages of items that a decision elsewhere turns down by their codes (``codes``, from
    :func:`declined_codes`): a passage that opens with the code, or a table cell whose row is labelled with it.
    What the item proposes is declined."""
    if not codes:
        return set()
    labels: dict[tuple[int, int], str] = {}  # (table, row) -> its first cell
    for p in passages:
        loc = p.location
        if loc.table is not None and loc.row is not None and loc.column == 1:
            labels[(loc.table, loc.row)] = p.text.strip()
    out: set[str] = set()
    for p in passages:
        loc = p.location
        if (m := _OPENS_WITH_CODE.match(p.text)) and m.group(1) in codes:
            out.add(p.id)
        elif loc.table is not None and loc.row is not None and (loc.column or 0) > 1 \
                and labels.get((loc.table, loc.row), "") in codes:
            out.add(p.id)
    return out
