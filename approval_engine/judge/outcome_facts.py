"""Perception for the minimum outcomes (criterion 6): outcome tables and
their rows, modules and what is said of their assessment, outcome mentions
in the text and the modules around them (:mod:`approval_engine.judge.outcome_mentions`).

Whether an outcome is developed or assessed is decided by the ruleset's
judgement rules over these facts, not here.
"""

from __future__ import annotations

import functools
import re
import weakref
from collections import Counter
from typing import TYPE_CHECKING

from approval_engine.catalogue import OUTCOME_ID, outcome_id
from approval_engine.ingest.model import Passage
from approval_engine.judge.assessment_cells import AssessmentCells
from approval_engine.judge.activity_codes import ActivityCodes
from approval_engine.judge.assessment_items import own_piece_openings
from approval_engine.judge.module_notes import module_notes, named_as_assessed
from approval_engine.judge.outcome_codes import CodeReader
from approval_engine.judge.outcome_keys import keyed_none
from approval_engine.judge.outcome_mentions import MentionReader
from approval_engine.judge.outcome_grid import MIN_NAMED_ROWS, MIN_OUTCOME_ROWS, Grids, corrections, group_row, question_bank
from approval_engine.judge.outcome_order import fill_gaps, reorder
from approval_engine.judge.row_facts import row_facts
from approval_engine.judge.table_cells import BARE_ID, OUTCOME_CODE, OUTCOME_HEADER, numbered_parts as read_numbered_parts, rating_scale
from approval_engine.judge.typed_tables import tables_typed_as_text
from approval_engine.judge.text import first, holds, tester, words

if TYPE_CHECKING:
    from approval_engine.judge.perceive import Perceiver

_EMPTY_CELL = re.compile(r"^[\s\-–—_.?xX✗✘/]*$|^(n/?a|none|no|nil|tbc|tba|tbd|to be (confirmed|decided|agreed)"
                         r"|(none|nothing|not) (identified|found|specified|stated|given|mapped|yet))\.?$", re.I)
# (any letter: "A1 Statutory framework", "B1 Provision management", "C2 Families" are a framework's own codes)
_LEAD_CODE = re.compile(r"^\s*(?:6\.)?([A-Z]\d{1,2})(?![\w.])")
_BOXES = re.compile(r"^[\s☐□▢|]*$")  # unticked boxes only
MIN_PARTS = 2  # a map in parts: this many tables under the same headers
MAP_SHARE = 3  # ... and an outcome map names outcomes in at least a third of its rows
MIN_OWN_NUMBERED = 3  # rows whose words name another outcome than their identifier: a table numbering its own way
OWN_CODE_SCORE = 0.3  # ... and whose words say next to nothing of the identifier's own outcome
# the first column of a table that is not an outcome map, whatever outcomes its rows name: an action plan's "Action",
# a self-assessment's "Key strengths" or "Areas for improvement", a register's "Issue" or "Risk"
_NOT_A_MAP_HEADER = re.compile(r"^\W*(?:(?:key |main )?(?:actions?|strengths|weaknesses)|areas? for (?:improvement|development)|"
                               r"issues?|risks?|recommendations?|(?:key )?findings?)\W*$", re.I)


PROSE_WORDS = 40  # a first column whose cells run to this many words, in most rows, is prose, not outcomes named


def _prose_first_column(grid: list[list[str]]) -> bool:
    """Most of the table's rows open with a paragraph of prose ("What the day is about. The SENCO role in law and in
    practice. The morning works through ..."), not an outcome's name."""
    firsts = [len(row[0].split()) for row in grid[1:] if row and row[0].strip()]
    return bool(firsts) and sum(n >= PROSE_WORDS for n in firsts) * 2 > len(firsts)


def _headers(head: list[str]) -> tuple[str, ...]:
    """A table's headers as a map in parts repeats them, case and spacing aside."""
    return tuple(" ".join(h.lower().split()) for h in head)


class OutcomeReader(MentionReader):
    """Finds the outcome facts of one application."""

    def __init__(self, perceiver: "Perceiver"):
        # a weak reference back to the perceiver that holds this reader: its perception freed without the cycle collector
        self.p = weakref.proxy(perceiver)
        self.app = perceiver.app
        # the document's tables, and the tables typed as text: lines ("A1 ... — Day 4 — Part A") and entries of
        # labelled lines ("Where you meet it: ..." under each outcome)
        typed = tables_typed_as_text(self.app, max((t.index for t in self.app.tables), default=0) + 1)
        self.tables = [*self.app.tables, *typed]
        self.sig = perceiver.sig
        self.terms = perceiver.compiled.outcomes  # rule id -> term patterns
        # rule id -> whether a text names the outcome by its terms (the test bound once)
        self._named = {rid: tester(pats[0] if len(pats) == 1 else pats) for rid, pats in self.terms.items()}
        self.parts = perceiver.compiled.outcome_parts  # the sides of a two-sided outcome (pupils; parents)
        refusals = perceiver.compiled.outcome_refusals  # rule id -> words saying a row is not the outcome
        self._refused = lambda text, rid: rid in refusals and refusals[rid].search(text) is not None
        self._tables: dict[int, list[tuple[int, list[str], str, float]]] | None = None
        self._timetables: set[int] | None = None
        self.cells = AssessmentCells(self)
        self.grids = Grids(self.match_outcomes, self.sig, corrections(self.app.passages))
        self.grids.records = {t.index for t in typed if t.records}
        self._forms: set[int] = set()  # outcome tables that are blank forms: they map nothing
        self.placed: set[tuple[int, int]] = set()  # (table, row) of rows whose outcome their place in the map says
        self.keywords: dict[str, set[str]] = {}
        for rule in perceiver.compiled.ruleset.requirements:
            if rule.outcome:
                self.keywords[rule.id] = words(" ".join(rule.outcome.keywords) + " " + rule.title)
        # row fact id -> (anchor, quote, table, outcome, the headers over the quoted cells)
        self.rows: dict[str, tuple[Passage | None, str, int, str, str]] = {}
        self.references: dict[str, tuple[Passage | None, str, str, str]] = {}  # coded fact id -> (..., outcome, headers)
        self._key: set[str] = set()  # passages of a key to the provider's outcome codes
        self._openings: dict[str, bool] = {}  # passage id -> its first sentence names an assessment
        self._best: dict[str, dict[str, float]] = {}  # list item id -> how well its words name each outcome
        self.key_values: dict[str, str] = {}  # what the document's keys say its cells' values mean (row_facts)
        self.untaught: set[str] = set()  # ... and the values it says no taught piece covers (row_facts)
        self.key_states: set[str] = set()  # every value the document's keys define, whatever it means (row_facts)
        self.footnotes: dict[int, str] = {}  # each footnote's text by its number, read once (row_facts)
        self.graded: bool | None = None  # the document grades its award pass, merit and distinction (outcome_rows)
        self.award_rule: str | None = None  # the sentences that make the award rest on something (outcome_rows)
        self.pass_rule: str | None = None  # ... and those that make it rest on passing named pieces (outcome_rows)
        self.judged_kinds: set[str] | None = None  # kinds of piece the text says are judged against criteria (outcome_rows)
        self.marking_verbs: set[str] | None = None  # verbs the prose anywhere glosses as assessed (outcome_rows)
        self.glossed: dict[tuple[str, ...], set[str]] = {}  # heading path -> verbs its prose glosses as assessed
        self.named_columns: set[str] | None = None  # headers the text names anywhere as where outcomes are marked
        # "Avodah 1: ..." and "Practice Task 2, Pupil Focus Study. ..." open what that piece assesses
        self._own_pieces = own_piece_openings(self.app.passages, self.p.sentences)

    # ------------------------------------------------------------ cells and rows

    @functools.cached_property
    def numbered_parts(self) -> dict[str, set[str]]:
        """What the document numbers as its parts by its own name ("Trick 2", "Trick 3"): a column of those numbers
        places each outcome (read once, when a map has a column of numbers)."""
        return read_numbered_parts(p.text for p in self.app.passages)

    def present(self, cell: str) -> bool:
        """A cell that says something (not empty, a dash, "n/a" or only a placeholder)."""
        cell = cell.strip()
        if not cell or _EMPTY_CELL.match(cell) or _BOXES.match(cell) or keyed_none(self.key_values, cell):
            return False  # (nor does an unticked box, or a value the key says means nothing is there: "NI: not inspected")
        m = first(self.sig["placeholder"], cell)
        return not (m and len(m.group(0)) >= len(cell) - 2)

    def match_outcome(self, text: str) -> tuple[str | None, float]:
        """The minimum outcome a table row names: by an explicit identifier at its
        start ("6.S7 Involve pupils…"), else by its terms and keywords."""
        m = OUTCOME_ID.match(text)
        if m:
            rid = outcome_id(m.group(1))
            if rid in self.terms:
                return rid, 10.0
        best, best_score = None, 0.0
        for rid, score in self.outcome_scores(text).items():
            if score > best_score:
                best, best_score = rid, score
        return best, best_score

    def outcome_scores(self, text: str) -> dict[str, float]:
        """How well the text names each outcome: 1 for the outcome's terms, and the share of its keywords."""
        found = words(text)
        scores = {}
        for rid, named in self._named.items():
            score = 1.0 if named(text) else 0.0
            kw = self.keywords.get(rid, set())
            if kw and found:
                score += len(found & kw) / max(4, len(kw))
            scores[rid] = score
        return scores

    def match_outcomes(self, text: str) -> list[tuple[str, float]]:
        """Every minimum outcome a table row names: each identifier written in it
        ("K3 and S2d"), else the one its terms and keywords name best."""
        ids = [outcome_id("6." + re.sub(r"[()]", "", m.group(1))) for m in OUTCOME_CODE.finditer(text)]
        ids = [rid for rid in dict.fromkeys(ids) if rid in self.terms]
        if ids:
            return [(rid, 10.0) for rid in ids]
        # two outcomes in words, a semicolon between ("How children develop ...; the most common types of SEN ...")
        parts = dict(self.match_outcome(part) for part in text.split("; ")) if "; " in text else {}
        named = [(rid, score) for rid, score in parts.items() if rid and score >= 1.0]
        if len(named) > 1:
            return named
        rid, score = self.match_outcome(text)
        return [(rid, score)] if rid else []

    def _own_numbering(self, rows: list) -> list:
        """A table that numbers the outcomes its own way ("A3 Makes sound decisions on provision", Annex 3's 6.A4;
        "K4 The common kinds of SEN", its 6.K5): where several rows' words name another outcome than their
        identifier, and nothing of the identifier's own, each such row is the outcome its words name."""
        moved = []
        for i, (r, row, rid, score) in enumerate(rows):
            if score < 10.0:
                continue
            words = OUTCOME_CODE.sub(" ", row[0])
            scores = self.outcome_scores(words)
            best = max(scores, key=scores.get) if scores else None
            if best and best != rid and scores[best] >= 1.0 and scores.get(rid, 0.0) < OWN_CODE_SCORE:
                moved.append((i, best))
        if len(moved) < MIN_OWN_NUMBERED:
            return rows
        out = list(rows)
        for i, best in moved:
            r, row, _, score = out[i]
            out[i] = (r, row, best, score)
        return out

    def grid(self, t) -> list[list[str]]:
        """A table's rows, turned so that outcomes run down its first column (:class:`Grids`)."""
        return self.grids(t)

    def outcome_tables(self) -> dict[int, list[tuple[int, list[str], str, float]]]:
        """Tables that map minimum outcomes, with their rows naming one:
        {table index: [(row, cells, outcome id, score)]}. A row naming two outcomes
        counts for each."""
        if self._tables is not None:
            return self._tables
        found: dict[int, list[tuple[int, list[str], str, float]]] = {}
        few: dict[int, tuple] = {}  # tables naming too few outcomes to be a map alone
        order = {rid: i for i, rid in enumerate(self.terms)}  # each outcome's place in Annex 3
        for t in self.tables:
            grid = self.grid(t)
            if len(grid) < MIN_NAMED_ROWS + 1:
                continue
            rows = []
            # the first column's header names outcomes, or is blank over the codes beside an "Outcome" column
            head = grid[0]
            if t.index >= len(self.app.tables) and _prose_first_column(grid):
                continue  # fields typed as paragraphs, each record led by a paragraph of prose (a day's notes): not a map
            if head and _NOT_A_MAP_HEADER.match(head[0]):
                continue  # an action plan's actions, a review's strengths: what is to be done or was found, not a map
            outcome_header = bool(head and (OUTCOME_HEADER.search(head[0]) or (
                len(head) > 1 and not head[0].strip() and OUTCOME_HEADER.search(head[1]))))
            body = 0  # rows that are not group rows: a map names outcomes in a good share of them
            # rows numbered with the provider's own codes, some of which no outcome has ("A1 Dr Imogen Saltash", ...,
            # "A12 Ms Beatrix Colley"): a code there is not the outcome's identifier unless the row names the outcome
            leads = [m.group(1) for row in grid[1:] if row and (m := _LEAD_CODE.match(row[0]))]
            own_codes = len(leads) >= MIN_NAMED_ROWS and any(outcome_id("6." + c) not in self.terms for c in leads)
            for r, row in enumerate(grid[1:], start=1):
                if group_row(row):
                    continue  # group row (merged across) or empty
                body += 1
                for rid, score in self.match_outcomes(row[0]):
                    if score >= 10.0 and BARE_ID.match(row[0]) and not outcome_header and not any(
                            self._named[rid](c) for c in row[1:]):
                        continue  # "A1 | M1 | Essay": an assessment's code, not the outcome's identifier
                    if score >= 10.0 and own_codes and not self._named[rid](" ".join(row)):
                        continue  # "A1 Dr Imogen Saltash | ...": the provider's code for a person
                    if score >= 0.5:
                        rows.append((r, row, rid, score))
            rows = self._own_numbering(rows)
            rows, placed = fill_gaps(reorder(rows, order, self.outcome_scores), grid, order, self._refused)
            named = sum(1 for *_, score in rows if score >= 1.0)
            if question_bank(grid[0], [row for _, row, _, _ in rows]):
                continue  # what candidates are asked, not where the programme develops or assesses an outcome
            if len({r for r, *_ in rows}) * MAP_SHARE < body:
                continue  # a few rows of another table (a form's requirements and answers) that echo outcomes
            if len(rows) >= MIN_OUTCOME_ROWS or (named >= MIN_NAMED_ROWS and outcome_header):
                self._found(found, t.index, rows, placed)
            elif named * 2 > body:  # (most of its rows name an outcome outright)
                few[t.index] = (rows, placed, _headers(head))
        # a map in parts, one table to a module under the same headers (two parts at least found already): a part with
        # few rows is a part of it all the same
        heads = Counter(_headers(self.grid(t)[0]) for t in self.tables if t.index in found)
        for index, (rows, placed, head) in few.items():
            if heads[head] >= MIN_PARTS:
                self._found(found, index, rows, placed)
        self._tables = found
        return found

    def _found(self, found: dict, index: int, rows: list, placed: list) -> None:
        found[index] = rows
        self.placed |= {(index, r) for r in placed}
        if not any(self.present(c) and not _BOXES.match(c) and not rating_scale(c) for _, row, _, _ in rows for c in row[1:]):
            # a form to fill in: outcomes listed against empty boxes ("☐ | ☐") or a scale to rate oneself on ("1 2 3 4": a
            # starting profile)
            self._forms.add(index)

    def timetables(self) -> set[int]:
        """The outcome tables that are programmes of days ("Study Day | Theme | Who teaches", "Day | Title | Where"):
        each row a day, its number set aside, its theme naming what it teaches. Their rows say where outcomes are
        developed; their themes are the programme's content as well, read as sentences for the other criteria."""
        if self._timetables is None:
            tables = self.outcome_tables()
            self._timetables = {t.index for t in self.tables if t.index in tables and self.grids.timetable(t)}
        return self._timetables

    def matrix_passages(self) -> set[str]:
        """The passages of the outcome tables typed as lines (read as rows, not sentences)."""
        typed = {t.index: t for t in self.tables[len(self.app.tables):]}
        return {bid for i in self.outcome_tables() if i in typed
                for row in typed[i].cell_blocks for cell in row for bid in cell}

    def _anchor(self, t, r: int) -> Passage | None:
        lead = self.grids.lead.get(t.index, 0)
        if t.index in self.grids.transposed:  # the outcome is named in the header row's column r
            header = t.cell_blocks[lead] if t.cell_blocks and lead < len(t.cell_blocks) else []
            passages = self._passages(header[r] if r < len(header) else [])
        else:
            passages = self.cell_passages(t, r, self.grids.outcome_column(t.index))
        return passages[0] if passages else None

    def cell_passages(self, t, r: int, col: int) -> list[Passage]:
        """The passages of the grid's row ``r`` (not a map read across), in the document's column ``col`` of table ``t``."""
        r += self.grids.lead.get(t.index, 0)
        row_blocks = t.cell_blocks[r] if t.cell_blocks and r < len(t.cell_blocks) else []
        return self._passages(row_blocks[col] if col < len(row_blocks) else [])

    def document_column(self, t, col: int) -> int:
        """The document's column of the grid's column ``col``: after the columns that only number the rows ("KV 106 |
        Use research evidence ... | W2 | TC3"), and with the outcomes' column put back where it stands."""
        numbered = self.grids.numbered.get(t.index, 0)
        moved = self.grids.moved.get(t.index)
        if moved is not None:
            m = moved - numbered  # (the outcomes' column, among those left)
            col = m if col == 0 else (col - 1 if col - 1 < m else col)
        return col + numbered

    def _passages(self, block_ids: list[str]) -> list[Passage]:
        out = []
        for bid in block_ids:
            try:
                out.append(self.app.passage(bid))
            except KeyError:
                continue
        return out

    def perceive(self) -> None:
        facts = self.p.out.facts
        for rid in self.terms:
            facts.append({"id": f"outcome:{rid}", "kind": "outcome", "outcome": rid})
        row_facts(self, facts)
        codes = CodeReader(self)
        codes.read_definitions()
        for n, (fact, anchor, quote, columns) in enumerate(codes.facts(), start=1):
            fact["id"] = f"coded:{n}"
            facts.append(fact)
            self.references[fact["id"]] = (anchor, quote, fact["outcome"], columns)
        self._key = codes.key_passages
        activities = ActivityCodes(self)  # an outcome map listing the provider's activity codes
        activities.read()
        for n, (fact, anchor, quote, columns) in enumerate(activities.facts(), start=1):
            fact["id"] = f"activity:{n}"
            facts.append(fact)
            self.references[fact["id"]] = (anchor, quote, fact["outcome"], columns)
        module_notes(self, facts)
        programme = {"id": "programme", "kind": "programme",
                     "assessment_cue": "yes" if any(holds(self.sig["assessed"], s.text) for s in self.p.sentences) else "no"}
        facts.append(programme)
        self._mentions()
        programme["assessed_named"] = len(named_as_assessed(facts))
        # an outcome a sentence says is taken out ("Section 5 (access arrangements) is removed from Block 3"): its row
        # shows the course before the change
        out = {f["outcome"] for f in facts if f["kind"] == "match" and f["role"] == "outcome" and f["withdrawn"] == "yes"}
        for f in facts:
            if f["kind"] == "row":
                f["withdrawn_in_text"] = "yes" if f["outcome"] in out else "no"
