"""The provider's codes for its own activities and assessments, and an outcome
map that lists them.

A programme may number its activities ("A1 Pre-course audit", "A10 Assignment
1: policy audit", "T3 Case study") and map each outcome to the codes of the
activities that develop and show it ("Winning the commitment of colleagues |
A4, A10"), saying elsewhere which of them are assessed for the award ("A10
Policy audit (3,500 words; 30%)") and which are not ("A5 online tasks receive
written tutor comments ... None of these is graded"; "A1 and the study days
are recorded for attendance only"). An outcome is then assessed where one of
its codes is an assessment that counts for the award, and only there.

This module reads the codes' definitions and what is said of them, and
asserts a ``coded`` fact with the role ``assessed`` for each outcome whose map
lists such a code, in the same form as the outcome codes of
:mod:`approval_engine.judge.outcome_codes`; the ruleset decides what it counts
for.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from approval_engine.judge.table_cells import cell_anchor, column_names
from approval_engine.judge.typed_tables import header_index
from approval_engine.judge.text import holds, split_sentences

if TYPE_CHECKING:
    from approval_engine.ingest.model import Passage
    from approval_engine.judge.outcome_facts import OutcomeReader

# "A10", "T3", "AS2": a letter or two and a number, at the start of a definition
_CODE = r"[A-Z]{1,2}\d{1,2}"
_DEFINITION = re.compile(rf"^\s*({_CODE})\b\s*[.:)\-–—]?\s+(\S.*)$", re.S)
_CODE_LIST = re.compile(rf"^\s*{_CODE}(?:\s*(?:,|;|/|&|\band\b|-|–)\s*{_CODE})*\s*\.?\s*$")
_CODES = re.compile(rf"(?<![\w-])({_CODE})(?:\s*[-–]\s*({_CODE}))?(?![\w])")
# an assessment that counts for the award: a task named with its length or weighting, or said to be summative
_SUMMATIVE = re.compile(
    r"\(\s*\d[\d,]*\s*words?|\b\d{1,3}\s?%|\bsummative\b"
    r"|\b(?:assignment|essay|portfolio|case study|project|presentation|examination|exam|viva|dialogue|audit)\b"
    r"[^.;]{0,80}?\b(?:marked|graded|pass(?:ed|ing)?|assessed)\b",
    re.I,
)
_NOT_COUNTED = re.compile(
    r"\b(?:formative|not (?:graded|marked|assessed|summatively)|ungraded|none of (?:these|them) (?:is|are) "
    r"(?:graded|marked|assessed)|do(?:es)? not count|attendance only|for attendance)\b",
    re.I,
)
MIN_CODES = 3  # a scheme numbers several activities


def _expand(text: str) -> list[str]:
    """The codes a text names, ranges expanded ("A2-A4" is A2, A3, A4)."""
    out: list[str] = []
    for m in _CODES.finditer(text):
        first, last = m.group(1), m.group(2)
        prefix = first.rstrip("0123456789")
        if last and last.rstrip("0123456789") == prefix:
            a, b = int(first[len(prefix):]), int(last[len(prefix):])
            out += [f"{prefix}{n}" for n in range(a, b + 1)] if 0 < b - a <= 20 else [first, last]
        else:
            out += [first] + ([last] if last else [])
    return out


class ActivityCodes:
    """One application's activity codes: which count as assessment for the award."""

    def __init__(self, reader: "OutcomeReader"):
        self.r = reader
        self.counted: set[str] = set()  # codes of assessments that count for the award
        self.defined: set[str] = set()
        self.anchor: dict[str, "Passage"] = {}

    def read(self) -> None:
        not_counted: set[str] = set()
        for p in self.r.app.passages:
            if p.kind not in ("paragraph", "list_item", "cell"):
                continue
            for s in split_sentences(p.text):
                m = _DEFINITION.match(s)
                if m:
                    code, what = m.group(1), m.group(2)
                    if _NOT_COUNTED.search(what):
                        not_counted.add(code)
                    elif _SUMMATIVE.search(what):  # an assessment, whatever outcome it names
                        self.counted.add(code)
                        self.anchor.setdefault(code, p)
                    elif any(score >= 1.0 for _, score in self.r.match_outcomes(what[:200])):
                        continue  # an outcome's own code ("KU1 SEN law and the Code of Practice")
                    self.defined.add(code)
                if _NOT_COUNTED.search(s):  # "A5 online tasks ...; A6 ...; None of these is graded."
                    not_counted.update(_expand(s))
            # a passage that names codes and then says none of them counts
            if _NOT_COUNTED.search(p.text) and len(split_sentences(p.text)) <= 4:
                not_counted.update(_expand(p.text))
        self.counted -= not_counted
        if len(self.defined) < MIN_CODES:
            self.counted.clear()

    def facts(self) -> list[tuple[dict, "Passage | None", str, str]]:
        """(fact, anchor passage, quote): each outcome whose row in an outcome map lists the
        code of an assessment that counts for the award is assessed there."""
        if not self.counted:
            return []
        out: list[tuple[dict, Passage | None, str, str]] = []
        for t in self.r.tables:
            lead = header_index(t.rows)
            for r, row in enumerate(t.rows):
                cells = [c for c in row if c.strip()]
                lists = [c for c in cells if _CODE_LIST.match(c)]
                if not lists:
                    continue
                named = [rid for c in cells if not _CODE_LIST.match(c)
                         for rid, score in self.r.match_outcomes(c) if score >= 1.0]
                counted = [code for c in lists for code in _expand(c) if code in self.counted]
                if not named or not counted:
                    continue
                if any(holds(self.r.sig["not_assessed"], c) for c in cells if not _CODE_LIST.match(c)):
                    continue  # the row's own cell says it is not assessed ("CD3 | Not separately assessed")
                quote = " | ".join(cells)
                columns = column_names(t.rows[lead], row) if r > lead else ""
                # the quote is the row's: it is found where the row is (its first cell that names the outcome), not
                # where the counted code is defined
                column = next(j for j, c in enumerate(row) if c.strip() and not _CODE_LIST.match(c))
                anchor = cell_anchor(self.r.app, t, r, column) or self.anchor.get(counted[0])
                for rid in dict.fromkeys(named[:2]):
                    out.append(({"kind": "coded", "outcome": rid, "role": "assessed", "says": "so",
                                 "place": "table"}, anchor, quote, columns))
        return out
