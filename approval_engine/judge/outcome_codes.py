"""The provider's own codes for the minimum outcomes, and where they are used.

Programme documents often number the outcomes their own way ("KU1 SEN law and the
Code of Practice", "LO-B3", "702.3") in one place, then refer to them by code
alone in another: a task's "Outcomes assessed: KU1, KU3, PS7", a session plan's
"Outcomes: PA2, PS8", "Assignment 2 assesses LO-B3 and LO-C1". This module reads
the codes' definitions (a code beside, or before, the words that name an outcome)
and asserts a ``coded`` fact for every later use of them, with the role the place
gives it (an assessment's or a place of teaching). Whether that counts as the
outcome assessed or developed is the ruleset's decision.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from approval_engine.judge.table_cells import cell_anchor, cell_passages, column_names, notes_say_not_assessed, row_passages
from approval_engine.judge.text import holds, modules_in
from approval_engine.judge.typed_tables import header_index

if TYPE_CHECKING:
    from approval_engine.ingest.model import Passage
    from approval_engine.judge.outcome_facts import OutcomeReader

# "KU1", "PS10", "K&U 4", "Att 3", "Sk 2(iii)", "LO-B3", "LO 2.1", "702.3"
_CODE = r"(?:[A-Z][A-Za-z&]{0,4}(?:[-\s]?[A-Z](?![a-z]))?[-\s]?\d{1,3}(?:\.\d{1,2})?[a-z]?(?:\s?\([ivx]{1,4}\))?|\d{1,3}\.\d{1,2})"
_CODE_ALONE = re.compile(rf"^\s*({_CODE})\s*[.:)]?\s*$")
_CODE_FIRST = re.compile(rf"^\s*({_CODE})\s*[.:)\-–—]?\s+(\S.*)$", re.S)
_CODE_ANY = re.compile(rf"(?<![\w.&-])({_CODE})(?![\w&]|\.\d)")
_TIME = re.compile(r"^\s*(?:[01]?\d|2[0-3])[.:][0-5]\d\s*$")  # "10.00", "1.30"
_SEPARATORS = re.compile(r"[\s,;/&+]+|\band\b|\bor\b", re.I)
# words that number other things, not outcomes: "Task 2", "Session 4", "Week 3", "Level 7"
_NOT_A_CODE = re.compile(
    r"^(?:task|tasks|unit|units|module|week|weeks|session|day|days|year|level|table|section|page|part|step|stage|"
    r"term|block|phase|para|paragraph|item|no|question|q|appendix|annex|criterion|box|row|col|slide|chapter|"
    r"hours?|credits?|cohort|group|room|grade|key|ks|nvq)\b",
    re.I,
)
_ASSESS_COLUMN = re.compile(r"assess|evidenc|examin|marked|summative|\b(?:scored|graded|judged)\b", re.I)
_ASSESSMENT_NAMED = re.compile(r"\b(?:task|assignment|essay|portfolio|presentation|examination|exam|viva|assessment|case study|project)\b", re.I)
# a sentence that says how to read a table, not where anything is assessed
# codes in brackets after the name of what they number ("the taught days are Field Days (FD1 to FD9)"): the text names
# its pieces, it does not use the codes
_NAMED_CODES = re.compile(r"\b(?:are|is|called|known as)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)*\s\(([^()]{1,40})\)")
_READING_GUIDE = re.compile(r"\b(?:rows?|columns?|tables?)\b[^.;]{0,60}\b(?:show|shows|showing|sets? out|setting out|lists?|listing)\b", re.I)
_ONLY_IF = re.compile(r"\b(?:only if|unless|if (?:your|their|his|her|the participant's))\b", re.I)
_ASSESS_VERB = re.compile(r"\b(?:assess(?:es|ed)?|marked|examined|graded)\b", re.I)  # "Assesses LO3.1 and LO3.3"
_DEVELOP_VERB = re.compile(r"\b(?:develop|taught|teach|cover|explore|introduc|address|focus|session)", re.I)
# a sentence declaring that codes number the national outcomes in the order Annex 3 prints them ("A1-A7,
# K1-K9 and S1-S9 stand for the national minimum outcomes in Annex 3, numbered in the order printed there")
_DECLARES_ORDER = re.compile(r"\b(?:in (?:the|their) order|numbered (?:as|in)|as (?:printed|listed|numbered) in)\b", re.I)
_NATIONAL = re.compile(r"\b(?:annex\s*3|national (?:minimum )?outcomes|minimum outcomes)\b", re.I)
_RANGE = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{0,2})[-\s]?(\d{1,2})([a-d])?\s?[–—-]\s?\1[-\s]?(\d{1,2})([a-d])?(?![\w])")
_GROUP_SIZE = {"K": 9, "S": 9, "A": 7}
MIN_CODES = 3  # a coding scheme names several outcomes; one code beside one outcome is not a scheme
MAX_DEFINITION_WORDS = 30  # the words after a code that name the outcome are a title, not a paragraph
MAX_KEY_WORDS = 10  # a key's entry ("KU4 How children develop") names the outcome; it says nothing is taught


# a module's learning outcome says what participants will be able to do ("use provision
# mapping to ...", "critically evaluate ..."): what the module teaches, not a key's title
_OUTCOME_VERB = re.compile(
    r"^(?:critically |effectively )?(?:use|identify|explain|evaluate|analyse|analyze|demonstrate|apply|plan|lead|work|"
    r"develop|deploy|support|describe|discuss|review|reflect|understand|know|recognise|recognize|establish|"
    r"promote|manage|gain|draw|express|liaise|involve|secure|set|track|encourage|ensure|build|make|assess|"
    r"communicate|implement|design|organise|organize|prioritise|prioritize|contribute|take|keep)\b",
    re.I,
)


def _key_title(title: str) -> bool:
    """The words beside a code are a key's title ("How children develop"), not a module's
    learning outcome ("use provision mapping to plan provision;")."""
    title = title.strip()
    return (0 < len(title.split()) <= MAX_KEY_WORDS and not title[0].islower() and not title.endswith(";")
            and not _OUTCOME_VERB.match(title))


def _key(code: str) -> str:
    return re.sub(r"[\s\-]", "", code).upper()


_ONE_LETTER = re.compile(r"^[A-Z][-\s]?\d{1,3}[a-z]?$")  # "M2", "A1": a module's or an assignment's name


def _usable(code: str) -> bool:
    return not _NOT_A_CODE.match(code) and not modules_in(code) and not _ONE_LETTER.match(code)


class CodeReader:
    """Reads one application's outcome codes and their uses."""

    def __init__(self, reader: "OutcomeReader"):
        self.r = reader
        self.app = reader.app
        self.codes: dict[str, set[str]] = defaultdict(set)  # code key -> outcome ids
        self._definitions: set[tuple] = set()  # cells and passages that define a code
        self.key_passages: set[str] = set()  # passages of a key to the codes: titles, not teaching

    # ------------------------------------------------------------ definitions

    def _names(self, text: str) -> list[str]:
        if len(text.split()) > MAX_DEFINITION_WORDS:
            return []
        return [rid for rid, score in self.r.match_outcomes(text) if score >= 1.0]

    def _define(self, code: str, outcomes: list[str], where: tuple, title: str, passages: list[str]) -> None:
        if outcomes and _usable(code):
            self.codes[_key(code)].update(outcomes)
            self._definitions.add(where)
            if _key_title(title):
                self.key_passages.update(passages)

    def read_definitions(self) -> None:
        for t in self.r.tables:
            # a column where the same code stands in several rows points elsewhere ("See | 7.3"):
            # a code names one outcome, so it is not a code for the outcomes on those rows
            seen: dict[tuple[int, str], int] = defaultdict(int)
            for row in t.rows:
                for c, cell in enumerate(row):
                    alone = _CODE_ALONE.match(cell)
                    if alone:
                        seen[(c, _key(alone.group(1)))] += 1
            # a column of times of day ("Bell | 10.00 | 10.40 | 12.00"): a timetable's, not codes
            times = {c for c in {c for c, _ in seen} if sum(1 for row in t.rows if c < len(row) and _TIME.match(row[c])) >= 2
                     and any(c < len(row) and _TIME.match(row[c]) and row[c].strip().endswith("00") for row in t.rows)}
            for r, row in enumerate(t.rows):
                for c, cell in enumerate(row):
                    alone = _CODE_ALONE.match(cell)
                    if alone and (seen[(c, _key(alone.group(1)))] > 1 or c in times):
                        continue
                    # (a task's code in a column of the tasks set, "Beat Task set | BT5", is the task's, not an outcome's)
                    if alone and c < len(t.rows[0]) and r > 0 and _ASSESSMENT_NAMED.search(t.rows[0][c]):
                        continue
                    if alone:  # "PA1 | Good relationships with pupils and their families"
                        others = [x for j, x in enumerate(row) if j != c and x.strip() and not _CODE_ALONE.match(x)]
                        named = [rid for x in others for rid in self._names(x)]
                        self._define(alone.group(1), list(dict.fromkeys(named))[:2], ("cell", t.index, r, c),
                                     " ".join(others), row_passages(t, r))
                        continue
                    lead = _CODE_FIRST.match(cell)  # "K&U 4 Child development"
                    if lead:
                        self._define(lead.group(1), self._names(lead.group(2)), ("cell", t.index, r, c),
                                     lead.group(2), cell_passages(t, r, c))
        for p in self.app.passages:
            if p.location.table is None and p.kind in ("paragraph", "list_item"):
                lead = _CODE_FIRST.match(p.text)  # "LO-B3: critically evaluate ..."
                if lead and not holds(self.r.sig["not_assessed"], p.text):  # a note about the code, not its title
                    self._define(lead.group(1), self._names(lead.group(2)), ("passage", p.id), lead.group(2), [p.id])
        self._declared_order()
        if len(self.codes) < MIN_CODES:
            self.codes.clear()
            self.key_passages.clear()

    def _declared_order(self) -> None:
        """Codes the application says number the national outcomes in Annex 3's own order:
        the knowledge (K), skills (S) and attributes (A) are numbered there as our ids are."""
        for s in self.r.p.sentences:
            if not (_NATIONAL.search(s.text) and _DECLARES_ORDER.search(s.text)):
                continue
            for m in _RANGE.finditer(s.text):
                prefix, first, sub1, last, sub2 = m.groups()
                group = prefix[-1].upper() if prefix[-1].upper() in _GROUP_SIZE else next(
                    (g for g in _GROUP_SIZE if g in prefix.upper()), None)
                if group is None:
                    continue
                if sub1 and sub2 and first == last and group == "S":  # "S2a-S2d", the points under S2
                    for sub in "abcd"[ord(sub1) - 97:ord(sub2) - 96]:
                        self.codes[_key(f"{prefix}{first}{sub}")].add(f"6.S{first}{sub}")
                    continue
                if sub1 or sub2 or int(first) != 1 or int(last) > _GROUP_SIZE[group]:
                    continue
                for n in range(1, int(last) + 1):
                    self.codes[_key(f"{prefix}{n}")].add(f"6.{group}{n}")

    # ------------------------------------------------------------ uses

    def _coded(self, text: str) -> list[str] | None:
        """The outcomes a text refers to by code when it is no more than a list of
        codes ("KU1, KU3, PS7 and PS10"), else None."""
        found = [m for m in _CODE_ANY.finditer(text) if _key(m.group(1)) in self.codes]
        if not found:
            return None
        rest = _CODE_ANY.sub(" ", text)
        if _SEPARATORS.sub("", rest).strip(".()[]-–— *†‡"):  # a starred code points to a note: still a code
            return None
        return list(dict.fromkeys(rid for m in found for rid in sorted(self.codes[_key(m.group(1))])))

    @staticmethod
    def _learning_outcome(s) -> bool:
        """The sentence is a module's learning outcome under its code ("LO4 lead colleagues
        in planning provision;", "LO2: Analyse how ..."): what the module teaches."""
        lead = _CODE_FIRST.match(s.text) if s.index == 0 else None
        return bool(lead and _OUTCOME_VERB.match(re.sub(r"^(?:to|be able to)\s+", "", lead.group(2).strip(), flags=re.I)))

    def facts(self) -> list[tuple[dict, "Passage | None", str, str]]:
        """(fact, anchor passage, quote) for each outcome referred to by code."""
        if not self.codes:
            return []
        out: list[tuple[dict, Passage | None, str, str]] = []
        sig = self.r.sig
        for t in self.r.tables:
            if len(t.rows) < 2:
                continue
            lead = header_index(t.rows)
            header = t.rows[lead]
            for r in range(lead + 1, len(t.rows)):
                row = t.rows[r]
                for c, cell in enumerate(row):
                    if ("cell", t.index, r, c) in self._definitions:
                        continue
                    outcomes = self._coded(cell)
                    if not outcomes:
                        continue
                    head = header[c] if c < len(header) else ""
                    # what the row is: its first cell ("Task 1: Policy review" is an assessment; "3", a
                    # session's number, is not, whatever its follow-up task column says)
                    label = row[0] if c != 0 else ""
                    if _ASSESS_COLUMN.search(head) or (not _DEVELOP_VERB.search(head) and _ASSESSMENT_NAMED.search(label)):
                        role = "assessed"
                    else:
                        role = "developed"
                    # the row says its task is not assessed for the award ("0% (formative; not graded)"):
                    # its short cells, not a criteria text that may name formative assessment as a topic
                    others = (x for j, x in enumerate(row) if j != c)
                    said_not = holds(sig["not_assessed"], cell) or notes_say_not_assessed(others, sig["not_assessed"])
                    says = "not_assessed" if said_not else "so"
                    # a row led by another national outcome ("6.S5 | ... | Heat 3"): the cell says where that outcome
                    # is taught or marked, not that every outcome the code's own piece covers is
                    led_by = set(self._names(row[0])) if c else set()
                    outcomes = [rid for rid in outcomes if not led_by or rid in led_by]
                    anchor = cell_anchor(self.app, t, r, c)
                    quote = " | ".join(x.strip() for x in (row[0], cell) if x.strip())
                    columns = column_names([header[0] if header else "", head], [row[0], cell])
                    for rid in outcomes:
                        out.append(({"kind": "coded", "outcome": rid, "role": role, "says": says,
                                     "place": "table"}, anchor, quote, columns))
        for s in self.r.p.sentences:
            if s.passage.location.table is not None:
                continue
            learning_outcome = self._learning_outcome(s)
            if ("passage", s.passage.id) in self._definitions and not learning_outcome:
                continue  # a key's title defines the code; a module's learning outcome also teaches it
            named = [g.span(1) for g in _NAMED_CODES.finditer(s.text)]
            found = [m for m in _CODE_ANY.finditer(s.text) if _key(m.group(1)) in self.codes
                     and not any(a <= m.start() < b for a, b in named)]
            if not found or _READING_GUIDE.search(s.text):  # "rows MO-01 to MO-24 show where each is assessed"
                continue
            if holds(sig.get("conditional"), s.text) or _ONLY_IF.search(s.text):
                continue  # "LO3.2 is assessed only if your role includes it"
            if learning_outcome:  # "LO3 assess pupils' needs ...": what the module teaches
                role = "developed"
            elif holds(sig["assessed"], s.text) or _ASSESS_VERB.search(s.text):
                role = "assessed"
            elif _DEVELOP_VERB.search(s.text):
                role = "developed"
            else:
                continue
            says = "not_assessed" if holds(sig["not_assessed"], s.text) else "so"
            # a hope, or a negation other than the one that says the coded outcome is not assessed
            # ("NA-K2: ... is not assessed in Task 1"), says nothing about where it is assessed
            if holds(sig["aspiration"], s.text) or (says == "so" and holds(sig["negation"], s.text)):
                continue
            # ... nor what was done before ("TS-2d was assessed in version 1.0 through a task in Assay 2")
            if holds(sig.get("past"), s.text):
                continue
            for rid in dict.fromkeys(rid for m in found for rid in sorted(self.codes[_key(m.group(1))])):
                out.append(({"kind": "coded", "outcome": rid, "role": role, "says": says, "place": "text"},
                            s.passage, s.text, ""))
        # where assessments list the codes they assess, an outcome whose code none lists
        listed = {f["outcome"] for f, *_ in out if f["role"] == "assessed" and f["says"] == "so"}
        if listed:
            for rid in sorted(set().union(*self.codes.values()) - listed):
                out.append(({"kind": "coded", "outcome": rid, "role": "unlisted", "says": "so", "place": "scheme"},
                            None, "", ""))
        return out
