"""Outcome tables turned so that outcomes run down their first column.

A matrix with the outcomes across its header row is read transposed; a first
column that only numbers the rows is set aside; a marking grid whose outcomes
stand in a later column ("Code | Criterion | National outcomes evidenced | At
pass level the work ...") has that column moved first.
"""

from __future__ import annotations

import re
from typing import Callable

from approval_engine.judge.assessment_cells import ASSESSMENT_COLUMN
from approval_engine.judge.table_cells import BARE_ID, DOTTED_CELL, ITEM_HEADER, OUTCOME_HEADER, SESSION_HEADER, numbering_column
from approval_engine.judge.text import holds
from approval_engine.judge.typed_tables import header_index, worksheet_row_numbers

MIN_OUTCOME_ROWS = 4  # a table that names at least this many outcomes maps outcomes
MIN_NAMED_ROWS = 2  # ... or this many, each named outright, under a header that says they are outcomes
MAX_NUMBERING_COLUMNS = 2  # a worksheet's row numbers, then the provider's own reference
# a column that says which rows count ("Counts towards the award?"): such a table is read as it stands
_COUNTS_HEADER = re.compile(r"\bcounts?\b|\baward\b", re.I)
# a column headed as the outcome itself ("Award outcome", "National outcome", "Outcome")
_OUTCOME_COLUMN = re.compile(r"^\W*(?:the\s)?(?:[\w-]+\s){0,2}outcomes?\W*$", re.I)


def group_row(row: list[str]) -> bool:
    """An empty row, or one whose cells all hold the same text: a group's title merged across the table."""
    return len(set(c.strip() for c in row)) <= 1


def question_bank(header: list[str], rows: list[list[str]]) -> bool:
    """Most rows that name an outcome are questions ("What does the disability equality duty mean for your school?"):
    a bank of what candidates are asked, unless the table has a column for how each is assessed (a map that puts each
    outcome as a question to the participant: "Do you know the law ...? | Day 1 | Task 3" under "The query | Where you
    meet it | How it is judged")."""
    asked = sum(1 for row in rows if row and row[0].rstrip().endswith("?"))
    return asked * 2 > len(rows) and not any(ASSESSMENT_COLUMN.search(h) for h in header[1:])


SIGNS = 3  # a column of signs holds at most this many different values
_SIGN = re.compile(r"^\W*[A-Za-z]*\W*$")  # one word or a mark ("Circle", "●", "(T)")


def _sign_column(grid: list[list[str]], names: Callable[[str], bool]) -> bool:
    """A first column of a few signs that sort the rows ("Sign | What it tells you | Where you meet it | Tested in":
    "Circle", "Triangle"), the outcome named beside it in most rows: set aside like a numbering column (what each sign
    means is said again, row by row, in the columns after the outcome)."""
    body = [row for row in grid[1:] if not group_row(row)]
    if len(body) < MIN_OUTCOME_ROWS or len(grid[0]) < 3 or any(len(row) < 2 for row in body):
        return False
    values = {row[0].strip().lower() for row in body}
    return (len(values) <= SIGNS and all(_SIGN.match(row[0]) and row[0].strip() for row in body)
            and not any(names(row[0]) for row in body) and sum(1 for row in body if names(row[1])) * 2 > len(body))


def _item_column(grid: list[list[str]], names: Callable[[str], bool]) -> bool:
    """A first column headed "Item" that numbers the rows in parts ("1.1", "2.8") or by a name and a number ("Castle 1"),
    an outcome named beside it in most rows ("Item | Fitting | Bench Day | Site Work | Finish"): set aside like a
    numbering column."""
    body = [row for row in grid[1:] if not group_row(row)]
    if len(body) < MIN_OUTCOME_ROWS or not grid[0] or not ITEM_HEADER.match(grid[0][0]):
        return False
    return (all(len(row) > 1 and (DOTTED_CELL.match(row[0]) or _NAMED_ITEM.match(row[0])) for row in body)
            and sum(1 for row in body if names(row[1])) * 2 > len(body))


_NAMED_ITEM = re.compile(r"^\s*[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)? \d{1,2}[a-z]?\s*$")


def _blank_column(grid: list[list[str]], names: Callable[[str], bool] | None = None) -> bool:
    """A first column blank in every row but its header and the group rows merged across it ("Group | National
    outcome | ..." over "A Professional attributes"): the groups' column, set aside like a numbering column. The
    second column is headed as the outcomes, or (``names``) names one in most rows under a header of the provider's
    own ("Drawer | Card | Worked on in | Shown in")."""
    body = [row for row in grid[1:] if not group_row(row)]
    if not (len(body) >= MIN_OUTCOME_ROWS and all(not row[0].strip() for row in body) and len(grid[0]) > 1):
        return False
    if OUTCOME_HEADER.search(grid[0][1]):
        return True
    return names is not None and sum(1 for row in body if len(row) > 1 and names(row[1])) * 2 > len(body)


class Grids:
    """Each table's rows, turned once, and how each was turned."""

    def __init__(self, match_outcomes: Callable[[str], list[tuple[str, float]]], sig: dict,
                 corrections: dict[str, list[tuple[str, str]]] | None = None):
        self.match_outcomes = match_outcomes
        self.sig = sig
        self.corrections = corrections or {}  # a row's reference -> (what it said, what it now says)
        self.fixed: dict[tuple[int, int], list[tuple[str, str]]] = {}  # (table, row) -> the corrections made in it
        self._done: dict[int, list[list[str]]] = {}
        self.lead: dict[int, int] = {}  # table index -> group rows above its header ("Professional skills")
        self.transposed: set[int] = set()
        # tables whose first columns only number the rows: how many (a worksheet's row numbers, then the
        # provider's own reference: "12 | O9 | ECM principles ...")
        self.numbered: dict[int, int] = {}
        self.moved: dict[int, int] = {}  # tables whose outcomes stand in a later column: which
        self.marking: set[int] = set()  # ... of them, marking grids (a column of the outcomes each row marks)
        self.labelled: set[int] = set()  # ... of them, tables whose first column only labels the rows ("Gull Rock")
        self.records: set[int] = set()  # tables typed as entries of labelled lines: each row's first cell its title

    def timetable(self, t) -> bool:
        """A programme of days ("Study Day | Theme | Who teaches", "Day | Title | Where"): each row a day, its number
        set aside, its theme naming what it teaches; not a map whose first column names the outcome under its own
        header."""
        grid = self(t)
        if t.index in self.transposed:
            return False
        if not self.numbered.get(t.index):
            return _coded_days(grid)
        lead = self.lead.get(t.index, 0)
        first = t.rows[lead][0] if lead < len(t.rows) and t.rows[lead] else ""
        return bool(SESSION_HEADER.match(first)) and not OUTCOME_HEADER.search(grid[0][0] if grid and grid[0] else "")

    def _names(self, cell: str) -> bool:
        """The cell names a minimum outcome plainly."""
        return any(score >= 1.0 for _, score in self.match_outcomes(cell))

    def outcome_column(self, index: int) -> int:
        """The column of the document's table that names each row's outcome."""
        return self.moved.get(index, self.numbered.get(index, 0))

    def __call__(self, t) -> list[list[str]]:
        """A table's rows, turned so that outcomes run down its first column: a matrix
        with the outcomes across its header row is read transposed, a first column
        that only numbers the rows is set aside, and a marking grid's column of the
        outcomes it marks is moved first."""
        grid = self._done.get(t.index)
        if grid is None:
            lead = self.lead[t.index] = header_index(t.rows, body=1)
            grid = rows = t.rows[lead:]
            if self.corrections:
                grid = rows = [self._corrected(t.index, i, row) for i, row in enumerate(rows)]
            if rows and len(rows[0]) > MIN_OUTCOME_ROWS:
                across = sum(1 for c in rows[0][1:] if self._names(c))
                down = sum(1 for row in rows[1:] if row and self._names(row[0]))
                if across >= MIN_OUTCOME_ROWS and across > down:
                    width = max(len(row) for row in rows)
                    grid = [[row[j] if j < len(row) else "" for row in rows] for j in range(width)]
                    self.transposed.add(t.index)
            if t.index not in self.transposed and worksheet_row_numbers(grid):
                grid = [row[1:] for row in grid]  # "12 | O9 | ECM principles ...": a printed worksheet's frame
                self.numbered[t.index] = 1
            while (t.index not in self.transposed and self.numbered.get(t.index, 0) < MAX_NUMBERING_COLUMNS
                   and (numbering_column(grid, MIN_OUTCOME_ROWS) or _blank_column(grid, self._names)
                        or _sign_column(grid, self._names) or _item_column(grid, self._names))):
                grid = [row[1:] for row in grid]  # "No. | What a SENCO can do | Taught in | Assessed by"
                self.numbered[t.index] = self.numbered.get(t.index, 0) + 1
            if t.index not in self.transposed:
                grid = self._outcomes_first(t.index, grid)
            self._done[t.index] = grid
        return grid

    def _corrected(self, index: int, i: int, row: list[str]) -> list[str]:
        """A row as a correction printed elsewhere has it ("HN 14 ... For "Iso" read "Fl NL3""): in the row whose
        reference the correction names, the cell that said the old words says the new (kept in ``fixed``, so that the
        row is quoted as the document prints it, with its correction)."""
        fixes = [f for cell in row for f in self.corrections.get(_ref(cell), [])
                 if any(c.strip().lower() == f[0].lower() for c in row)]
        if not fixes:
            return row
        self.fixed[(index, i)] = fixes
        return [next((new for old, new in fixes if cell.strip().lower() == old.lower()), cell) for cell in row]

    def _outcomes_first(self, index: int, grid: list[list[str]]) -> list[list[str]]:
        """A marking grid's column of the outcomes each criterion is marked for, not the first ("Code |
        Criterion | National outcomes evidenced | At pass level"): moved first, the others kept in order."""
        if not grid or len(grid) < MIN_NAMED_ROWS + 1:
            return grid
        body = [row for row in grid[1:] if not group_row(row)]
        labelled = self._labelled_rows(body, grid[0], index in self.records)
        if labelled:  # "Mark | To round it the Competitor must | Laid on | Scored in" over "Gull Rock | Build fair ..."
            self.moved[index] = labelled + self.numbered.get(index, 0)
            self.labelled.add(index)
            return [[row[labelled], *row[:labelled], *row[labelled + 1:]] if labelled < len(row) else row for row in grid]

        # one column of outcomes, and no column that says which rows count ("Counts towards the award?"): a
        # table of what was developed and what assessed, or of which tasks count, is read as it stands
        if sum(1 for h in grid[0] if OUTCOME_HEADER.search(h)) != 1 or any(
                _COUNTS_HEADER.search(h) and not _OUTCOME_COLUMN.match(h) for h in grid[0]):
            return grid

        def named(j: int) -> int:
            return sum(1 for row in grid[1:] if j < len(row) and self._names(row[j]))

        def best(row: list[str], j: int) -> float:
            return max((sc for _, sc in self.match_outcomes(row[j])), default=0.0) if j < len(row) else 0.0

        first = named(0)
        for j, h in enumerate(grid[0]):
            # "Indicator | Award outcome | Developed in | Evidence": the column headed as the outcome, naming one
            # more plainly than the first column does in most rows (the first: the provider's own indicator)
            # (not a key of the provider's codes, "Code | Outcome": its first column codes, no other column beside)
            headed = (_OUTCOME_COLUMN.match(h) and len(grid[0]) > 2
                      and sum(best(row, j) > best(row, 0) for row in body) * 2 > len(body)
                      and sum(len(row[0].split()) > 2 for row in body) * 2 > len(body))
            evidenced = holds(self.sig.get("evidenced_column"), h)
            if j and (headed or evidenced) and named(j) >= max(MIN_NAMED_ROWS, first + 1):
                self.moved[index] = j + self.numbered.get(index, 0)
                if evidenced:
                    self.marking.add(index)
                return [[row[j], *row[:j], *row[j + 1:]] if j < len(row) else row for row in grid]
        return grid


    def _labelled_rows(self, body: list[list[str]], header: list[str], record: bool = False) -> int:
        """The column that names the rows' outcomes where the first only labels them in the provider's own names ("Gull
        Rock", "Black Ledge"): no first cell names an outcome or says more than a few words, and one other column, alone,
        names an outcome in nearly every row (0 where there is none). (In entries of labelled lines, ``record``, each
        entry's title labels it whatever the label of the line that names the outcome: "Cask 1.1 Open Door", then
        "Nose: The member builds fair ... relationships".)"""
        # (an entry's title may be longer, and a name that echoes its outcome: "Cask 2.2 Five Outcomes")
        if len(body) < MIN_OUTCOME_ROWS or any(not row or len(row[0].split()) > (TITLE_WORDS if record else LABEL_WORDS)
                                               or (self._names(row[0]) and not record) for row in body):
            return 0
        width = max(len(row) for row in body)
        # (a bare code names no outcome here: "S2" in a "Judged in" column is the course's Section 2)
        counts = [sum(1 for row in body if j < len(row) and self._names(row[j]) and not BARE_ID.match(row[j]))
                  for j in range(width)]
        strong = [j for j in range(1, width) if counts[j] * 4 >= len(body) * 3]
        weak = [j for j in range(1, width) if counts[j] * 4 > len(body)]
        # (under a header that opens the sentence each cell finishes: "To round it the Competitor must", "The SENCO ...",
        # "Duties (the SENCo learns to)")
        if record:  # (its other lines may name outcomes too, in saying where each is worked on or how it is judged)
            return strong[0] if len(strong) == 1 and all(counts[j] * 2 < counts[strong[0]] for j in weak if j != strong[0]) else 0
        if not (len(strong) == 1 and weak == strong and strong[0] < len(header)):
            return 0
        # (or whatever its header, where its rows name most of the outcomes, each a different one: "No. | Tool | What it
        # is for in a SENCO's hands", 29 tools, one to each outcome; not a programme's days, a few outcomes named in each)
        j = strong[0]
        if _STEM.search(header[j]):
            return j
        named = {rid for row in body if j < len(row) for rid, score in self.match_outcomes(row[j])[:1] if score >= 1.0}
        return j if len(named) >= MAP_OUTCOMES else 0


MAP_OUTCOMES = 20  # rows naming this many different outcomes, one to each, are a map of them
LABEL_WORDS = 4  # a row's label in the provider's own names ("Gull Rock", "Harbour Light"), not a sentence
TITLE_WORDS = 8  # ... or an entry's title ("Cask 1.2 The Head's Dram")
# (or "What the participant will be able to do", over "No. | Stop | Pitch")
# (or what they must show, with a note in brackets: "What the paddler must show (our words)")
_STEM = re.compile(r"(?:\b(?:must|can|will|should|is able to|are able to|(?:will|can|should) be able to(?: do)?|can do|knows?|"
                   r"understands?|learns? to|(?:must|can|will|should) (?:show|demonstrate|know|do))|\.{3}|…)"
                   r"(?:\s*\([^()]{1,30}\))?\W*$", re.I)


# a cell that opens with its day's code and goes on to describe the day ("D4 Listening to children. Ways of consulting
# children ...", "Day 3: How children develop ...")
_DAY_CODED = re.compile(r"^\W*(?:(?:(?:study|conference|training|taught|centre|course|school) )?(?:day|session|week|workshop)s?"
                        r"\s*\d{1,2}|D\d{1,2})\b[.:)]?\s+\S", re.I)
DAY_WORDS = 12  # a day's description, not an outcome's name


def _coded_days(grid: list[list[str]]) -> bool:
    """Most of the first column's cells (the header aside) open with a day's code and describe the day at length:
    a programme of days whose descriptions mention outcomes, not a map of them."""
    cells = [row[0] for row in grid[1:] if row and row[0].strip()]
    coded = [c for c in cells if _DAY_CODED.match(c) and len(c.split()) >= DAY_WORDS]
    return len(coded) >= 3 and len(coded) * 2 > len(cells)


# a correction printed apart from the table ("Notice 1/08. HN 14 (school self-evaluation). For "Iso" read "Fl NL3".")
# names the row by its reference and says what a cell now reads
_CORRECTION = re.compile(r"\bfor [\"“‘']([^\"“”‘’]{1,30})[\"”’],? read [\"“‘']([^\"“”‘’]{1,30})[\"”’]", re.I)
_ROW_REF = re.compile(r"\b[A-Z]{1,4}[ ./-]?\d{1,3}[a-z]?\b")
_BEFORE = 160  # how far before the correction its row's reference stands


def _ref(text: str) -> str:
    return re.sub(r"[ ./-]", "", text.strip().upper())


def corrections(passages) -> dict[str, list[tuple[str, str]]]:
    """{row reference: [(old words, new words)]} from the document's printed corrections: the reference the nearest
    before each "For "X" read "Y"" in its passage."""
    out: dict[str, list[tuple[str, str]]] = {}
    for p in passages:
        if p.kind not in ("paragraph", "list_item", "cell"):
            continue
        for m in _CORRECTION.finditer(p.text):
            refs = _ROW_REF.findall(p.text[max(0, m.start() - _BEFORE):m.start()])
            if refs:
                out.setdefault(_ref(refs[-1]), []).append((m.group(1).strip(), m.group(2).strip()))
    return out
