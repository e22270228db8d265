"""Response tables: a form laid out as a table whose one column holds the
questions (the requirement, the criterion, the area asked about) and another
the provider's answers. The question column's cells are the form's, not the
provider's: perception marks them as prompts, whatever they say.

A table is a response table when its header row (the first row of the table)
has a column whose header is a question column (``signals.question_column``:
"Requirement", "Criterion", "Question", ...) and another whose header is an
answer column (``signals.answer_column``: "Response", "Our response",
"Evidence and commentary", ...). Both are needed: an outcome matrix's
"Outcome" column beside "Where developed" is not a form's question.

A table may also set what the provider said before beside what it does now
("What we said before" | "What we now do"): the earlier column's cells are the
provider's past (``cells_under``), as a staff table's "Qualifications and
experience" column holds people's records; and it may set what stakeholders said beside
what the provider did about it ("What we heard" | "What we did"): each cell of the second
column is a change made for what was heard.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from approval_engine.ingest.model import Passage
from approval_engine.judge.heading_cues import passages_titled
from approval_engine.judge.text import holds


Table = tuple[list[Passage], int, dict[int, str]]  # a table's cells, its first row, that row's text by column


def read_tables(passages: list[Passage]) -> list[Table]:
    """Each table's cells, its first row and that row's text by column (read once, for both
    readings below)."""
    tables: dict[tuple, list[Passage]] = {}
    for p in passages:
        loc = p.location
        # (a header cell may have been read as a label: it still names its column)
        if p.kind in ("cell", "label") and loc.table is not None and loc.row is not None and loc.column is not None:
            tables.setdefault((loc.part, loc.table), []).append(p)
    out = []
    for cells in tables.values():
        first = min(c.location.row for c in cells)
        out.append((cells, first, {c.location.column: c.text for c in cells if c.location.row == first}))
    return out


def question_cells(tables: list[Table], question_column, answer_column) -> set[str]:
    """The ids of the cells under a header ``question_column`` matches, in a table with another
    column ``answer_column`` matches: a response table's question column beside its answers,
    or an action log's "Action" column beside "Who" and "By"."""
    if question_column is None or answer_column is None:
        return set()
    out: set[str] = set()
    for cells, first, header in tables:
        asks = {col for col, text in header.items() if holds(question_column, text)}
        if not asks or not any(holds(answer_column, text) for col, text in header.items() if col not in asks):
            continue
        out |= {c.id for c in cells if c.location.column in asks and c.location.row != first}
    return out


def cells_under(tables: list[Table], column) -> set[str]:
    """The ids of the cells under a header the patterns ``column`` match, in a table with
    another column beside it. Under ``signals.superseded_column`` ("What we said before",
    "Previous arrangement"): the arrangement the provider replaced, not what it offers.
    Under ``signals.staff_column`` ("Qualifications and experience", "Background"): a
    person's record, not the programme's arrangement."""
    if column is None:
        return set()
    out: set[str] = set()
    for cells, first, header in tables:
        under = {col for col, text in header.items() if holds(column, text)}
        if under and len(header) > len(under):
            out |= {c.id for c in cells if c.location.column in under and c.location.row != first}
    return out


METADATA_CELL_WORDS = 12  # a document-control table's cells are short ("Owner | Programme Leader")
# a section's closing line of fields ("Owner: Dr Lorna Baptiste Status: Closed (see D14)")
_STATUS_FIELD = re.compile(r"\bstatus\s*[:–—]\s*(.+)$", re.I)
FIELDS_WORDS = 16  # ... a short line, not a paragraph that mentions a status


def not_current_cells(tables: list[Table], passages: list[Passage], label, status, row_status=None) -> set[str]:
    """The ids of the passages a "Status" row says are not running: every cell of a table
    with a row "Status | Withdrawn" (a product's card) and, when that table is a short
    document-control table ("Reference | AD-6", "Status | DRAFT – not yet approved"), every
    passage of the section it heads. In a register with a "Status" column ("Ref | Decision |
    Status"), every cell of a row whose status is not current ("Superseded by D31",
    "Rejected", "Open", ``row_status``). And every passage of a section whose closing line of fields gives such a
    status ("Owner: ... Status: Closed (see D14)")."""
    if label is None or status is None:
        return set()
    out = rows_marked(tables, label, row_status)
    for cells, first, header in tables:
        by_place = {(c.location.row, c.location.column): c for c in cells}
        # (a status is a few words: a glossary's "Status | each line has a status. C: confirmed ... W: withdrawn"
        # defines statuses and stops nothing)
        stopped = any(holds(label, c.text) and (nxt := by_place.get((c.location.row, c.location.column + 1)))
                      is not None and len(nxt.text.split()) <= METADATA_CELL_WORDS and holds(status, nxt.text)
                      for c in cells)
        if not stopped:
            continue
        out |= {c.id for c in cells}
        path = cells[0].location.heading_path
        if path and all(len(c.text.split()) <= METADATA_CELL_WORDS for c in cells):
            out |= _section(passages, path)
    # a section that closes with a line of fields whose status is not current ("E3 Credit for prior learning ...
    # Owner: Dr Lorna Baptiste Status: Closed (see D14)"): every passage of that section
    for p in passages:
        m = _STATUS_FIELD.search(p.text) if p.kind == "paragraph" and len(p.text.split()) <= FIELDS_WORDS else None
        path = p.location.heading_path
        if m and path and (holds(status, m.group(1)) or holds(row_status, m.group(1))):
            out |= _section(passages, path)
    return out


KEY_TERM_WORDS = 5  # a key's term is a name ("TIN", "SERVICE BOX"), not a sentence


def keyed_sections(tables: list[Table], passages: list[Passage], meaning) -> set[str]:
    """The ids of every passage of a section whose heading is a term that a two-column key
    says is not running ("List | What a card in it means": "TIN | Decided against. It will
    not happen."; then a heading "TIN (3 cards)" and the cards under it): the heading, and
    everything under it."""
    stopped: set[str] = set()
    for cells, first, header in tables:
        if len(header) != 2:
            continue
        for row in _by_row(cells).values():
            term, said = sorted(row, key=lambda c: c.location.column)[:2] if len(row) >= 2 else (None, None)
            if term is None or term.location.row == first or len(term.text.split()) > KEY_TERM_WORDS:
                continue
            if holds(meaning, said.text):
                stopped.add(term.text.strip().casefold())
    if not stopped:
        return set()
    out: set[str] = set()
    for p in passages:
        if p.kind != "heading":
            continue
        title = p.text.strip().casefold()
        if any(title.startswith(t) and _TERM_ENDS.match(title[len(t):]) for t in stopped):
            out.add(p.id)
            out |= _section(passages, p.location.heading_path + (p.text,))
    return out


_TERM_ENDS = re.compile(r"(?:\W|$)")  # "TIN (3 cards)", "TIN: decided against", not "TINDER"


def _section(passages: list[Passage], path) -> set[str]:
    """The ids of every passage under the headings ``path``, its subsections' too."""
    return {p.id for p in passages if p.location.heading_path[: len(path)] == path}


def _by_row(cells: list[Passage]) -> dict[int, list[Passage]]:
    """A table's cells, row by row."""
    rows: dict[int, list[Passage]] = {}
    for c in cells:
        rows.setdefault(c.location.row, []).append(c)
    return rows


def rows_marked(tables: list[Table], label, value) -> set[str]:
    """The ids of the cells of every row whose cell under a column headed ``label`` says
    ``value`` ("Status | Superseded by D31"; "Pri | C", "Priority | Won't": not committed)."""
    out: set[str] = set()
    if label is None or value is None:
        return out
    for cells, first, header in tables:
        columns = [col for col, text in header.items() if holds(label, text)]
        if not columns:
            continue
        for row, row_cells in _by_row(cells).items():
            if row != first and any(c.location.column in columns and holds(value, c.text) for c in row_cells):
                out |= {c.id for c in row_cells}
    return out


# a row of a scale of levels: its first cell the level alone ("+2", "0", "-1", "Level 3")
_LEVEL = re.compile(r"^\W*(?:level\s*)?[+−–-]?\s*\d\W*$", re.I)


def off_level_rows(tables: list[Table], marker) -> tuple[set[str], set[str]]:
    """A scale of levels, one row a level, with the row the programme stands at marked ("◄ NOW"): the rows above the
    mark are levels it aims for and has not arranged, the rows below it levels it has left or never meant (the
    cells of each, as two sets of passage ids). A table with no mark, or marks in more than one row, says nothing."""
    above: set[str] = set()
    below: set[str] = set()
    if marker is None:
        return above, below
    for cells, _first, _header in tables:
        rows = _by_row(cells)
        firsts = {r: min(c.location.column for c in row) for r, row in rows.items()}  # (the cell giving the row's level)
        levels = [r for r, row in sorted(rows.items())
                  if any(c.location.column == firsts[r] and _LEVEL.match(c.text) for c in row)]
        marked = [r for r in levels if any(holds(marker, c.text) for c in rows[r])]
        if len(levels) < 3 or len(marked) != 1:
            continue
        for r in levels:
            if r != marked[0]:
                (above if r < marked[0] else below).update(c.id for c in rows[r])
    return above, below


def titled_cells(tables: list[Table], title) -> set[str]:
    """The ids of the passages of a table cell whose first paragraph is a title of the kind
    ``title`` names (a "Hard words" box: its entries say what terms mean), the title's too."""
    if title is None:
        return set()
    out: set[str] = set()
    for cells, _first, _header in tables:
        boxes: dict[tuple[int, int], list[Passage]] = {}
        for c in cells:
            boxes.setdefault((c.location.row, c.location.column), []).append(c)
        out |= {c.id for box in boxes.values() if len(box) > 1 and holds(title, box[0].text) for c in box}
    return out


@dataclass(frozen=True)
class TableCells:
    """What the tables' columns and rows say of their cells (each a set of passage ids), read once per
    application for perception's cues."""

    question: frozenset[str]  # a response table's question column, or a column headed as the specification's words
    superseded: frozenset[str]  # "What we said before": the provider's past
    others: frozenset[str]  # "State in the similar variety", "Other providers": another provider's arrangements
    staff: frozenset[str]  # "Qualifications and experience": people's records
    content: frozenset[str]  # what a session teaches
    changes: frozenset[str]  # "What we did" beside "What we heard", or under "What we changed as a result"
    heard: frozenset[str]  # ... and "What we heard" itself: what stakeholders said or asked for, not an arrangement
    glossary: frozenset[str]  # a "Hard words" box
    action: frozenset[str]  # an action log's "Action" column: still to be done
    could: frozenset[str]  # a row only "Could" have (a priority column), or a scale's level above its mark
    wont: frozenset[str]  # ... or "Won't" have this time, or a decision turns it down ("Decision | Reject")
    not_current: frozenset[str]  # in a table or row whose status says it is not running, or a level below a mark

    @classmethod
    def read(cls, passages: list[Passage], sig) -> "TableCells":
        tables = read_tables(passages)
        levels = off_level_rows(tables, sig.get("current_level_marker"))
        return cls(
            question=frozenset(question_cells(tables, sig.get("question_column"), sig.get("answer_column"))
                               | cells_under(tables, sig.get("specification_column"))),
            superseded=frozenset(cells_under(tables, sig.get("superseded_column"))),
            others=frozenset(cells_under(tables, sig.get("other_provider_column"))),
            staff=frozenset(cells_under(tables, sig.get("staff_column"))),
            content=frozenset(cells_under(tables, sig.get("content_column"))),
            changes=frozenset(question_cells(tables, sig.get("change_column"), sig.get("heard_column"))
                              | passages_titled(passages, sig.get("change_heading"))),
            heard=frozenset(question_cells(tables, sig.get("heard_column"), sig.get("change_column"))),
            glossary=frozenset(titled_cells(tables, sig.get("glossary_heading"))),
            action=frozenset(question_cells(tables, sig.get("action_column"), sig.get("action_owner_column"))),
            # (and a scale's levels above the one the programme is marked at, "◄ NOW": aimed for, not arranged)
            could=frozenset(rows_marked(tables, sig.get("priority_label"), sig.get("priority_could")) | levels[0]),
            wont=frozenset(rows_marked(tables, sig.get("priority_label"), sig.get("priority_wont"))
                           | rows_marked(tables, sig.get("decision_label"), sig.get("decision_declined"))),
            # (and the levels below the mark: not the programme as it runs)
            not_current=frozenset(not_current_cells(tables, passages, sig.get("status_label"),
                                                    sig.get("status_not_current"), sig.get("row_status_not_current"))
                                  | levels[1] | keyed_sections(tables, passages,
                                                               (sig.get("key_not_current"), sig.get("status_not_current")))),
        )
