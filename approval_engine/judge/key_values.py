"""A key's values: each entry of a key split into the value it defines and what that value means, a value that
names several ("Task 1, Task 2, Task 3 = graded", "Core (C1, C2, C3)") read as each of them, and a passage's
sentences as a key's parts (:mod:`approval_engine.judge.key_entries` finds the keys)."""

from __future__ import annotations

import re
from typing import Iterable

from approval_engine.judge.outcome_keys import SEVERAL as _SEVERAL, code_range

# "Main focus: ...", "● = taught and assessed", "F – formative only"; a symbol or a capital letter needs no
# sign ("○ taught only", "F formative task only")
# ... or a capitalised word or code, the meaning after it ("Log Reflective Log (formative, not graded)")
_COLUMN = r"\s+(?:in|under)\s+(?:the\s+[\w’' -]{1,30}?\s+column|(?:both|either|any|all)\s+columns?)"
KEY_ENTRY = re.compile(r"^\s*(?:([^\w\s]{1,3})\s|([^:=.;]{1,30}?(?:" + _COLUMN + r")?)\s*(?:[:=]|\s[–—-]\s)|([A-Z]{1,2}(?:/[A-Z]{1,2})?|"
                        r"[A-Z][\w’'-]{1,15})\s)\s*(.+)$", re.S)
_IN_COLUMN = re.compile(_COLUMN + "$", re.I)
_CODE_PAIR = re.compile(r"^[a-z]{1,2}/[a-z]{1,2}$")  # "T/A": one value, not two
_SEPARATE_CODES = re.compile(r"([^():]+?)\s*\([a-z]{1,3}\d{1,2}\)(?:(?:,|,? or|,? and)\s+\([a-z]{1,3}\d{1,2}\))+")
_IN_COLUMN_NAMED = re.compile(r"[a-z][\w’' -]{1,30}?\b(?:in|at|on|by|for)\s*:\s*(\S.{0,40})")
MAX_VALUE_WORDS = 3  # "Task 1", "PD", "Unit 3 essay"
_TERM_CODES = re.compile(r"([a-z][\w’'-]*(?: [\w’'-]+){0,2})\s*\(((?:[a-z]{1,3}\d{0,2})(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[a-z]{1,3}\d{0,2})*)\)")
# a value in quotation marks (or brackets), and one of several listed
ONE_NAME = r"(?:[\[“\"][^\[\]“”\"]{1,30}[\]”\"]|[‘'][^‘’'\[\]“”\"]{1,30}[’'])"
LISTED_VALUE = re.compile(r"[\[“\"]([^\[\]“”\"]{1,30})[\]”\"]|[‘']([^‘’'\[\]“”\"]{1,30})[’']")
_SENTENCES = re.compile(r"(?<=[.;])\s+")


def sentences(text: str) -> list[str]:
    """A passage's sentences, not split inside a quoted value ('"Sup. note" means your Supervisor writes a comment')."""
    out: list[str] = []
    for part in _SENTENCES.split(text):
        if out and (out[-1].count('"') % 2 == 1 or out[-1].rfind("“") > out[-1].rfind("”")):
            out[-1] += " " + part  # (a quotation still open: the value goes on)
        else:
            out.append(part)
    return out


def entries(parts: Iterable[str]) -> Iterable[tuple[str, str]]:
    """Each (value, meaning) of a key's parts. A part with no value of its own goes on the meaning
    before it ("Log = your learning log; not graded."); a value that lists several ("Task 1, Task 2,
    Task 3 = graded") gives each of them that meaning."""
    got: list[list[str]] = []
    for part in parts:
        m = KEY_ENTRY.match(part)
        if m:  # (the value without the column it stands in: "G in the Signed column: given, not signed for")
            value = _IN_COLUMN.sub("", (m.group(1) or m.group(2) or m.group(3)).strip())
            got.append([value.lower(), m.group(4)])
        elif got:
            got[-1][1] += " " + part
    for value, meaning in got:
        yield from each(value, meaning)


def each(value: str, meaning: str) -> Iterable[tuple[str, str]]:
    """(value, meaning), or each of the values it names with that meaning ("Task 1, Task 2, Task 3 = graded", "R1 … R4")."""
    if codes := code_range(value):
        yield from ((code, meaning) for code in codes)
        return
    # a term with its codes in brackets ("Core (C1, C2, C3)", "Grab (G)"): the term, and each code, mean the same
    if (m := _TERM_CODES.fullmatch(value)) and (codes := [c for c in _SEVERAL.split(m.group(2)) if c]):
        yield m.group(1), meaning
        yield from ((code, meaning) for code in codes)
        return
    # a value after the name of the column it stands in ("checked at: self-declared"): the value
    if (m := _IN_COLUMN_NAMED.fullmatch(value)) is not None:
        yield from each(m.group(1), meaning)
        return
    # a label with its codes each in brackets of its own ("burnished (tb1), (tb2) or (tb3)"): the label's words with each
    if (m := _SEPARATE_CODES.fullmatch(value)) is not None:
        yield from ((f"{m.group(1)} ({code})", meaning) for code in re.findall(r"\(([a-z]{1,3}\d{1,2})\)", value))
        return
    several = listed(value)
    if several:
        # (the later ones a letter or number alone take the first's words: "Rating A, B, C" is "Rating B", "Rating C")
        head = several[0].rsplit(" ", 1)[0] + " " if " " in several[0] else ""
        yield from ((v if " " in v or not head or len(v) > 2 else head + v, meaning) for v in several)
    else:
        yield value, meaning


def listed(value: str) -> list[str]:
    """The values a key's term lists ("Task 1, Task 2, Task 3"; not "T/A", one value), or none."""
    several = [v.strip() for v in _SEVERAL.split(value)]
    if len(several) > 1 and not _CODE_PAIR.match(value.lower()) and all(0 < len(v.split()) <= MAX_VALUE_WORDS for v in several):
        return several
    return []
