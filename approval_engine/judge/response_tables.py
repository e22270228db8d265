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
"""

from __future__ import annotations

from approval_engine.ingest.model import Passage
from approval_engine.judge.text import holds


def question_cells(passages: list[Passage], question_column, answer_column) -> set[str]:
    """The ids of the cells in the question column of every response table."""
    if question_column is None or answer_column is None:
        return set()
    tables: dict[tuple, list[Passage]] = {}
    for p in passages:
        loc = p.location
        if p.kind == "cell" and loc.table is not None and loc.row is not None and loc.column is not None:
            tables.setdefault((loc.part, loc.table), []).append(p)
    out: set[str] = set()
    for cells in tables.values():
        first = min(c.location.row for c in cells)
        header = {c.location.column: c.text for c in cells if c.location.row == first}
        asks = {col for col, text in header.items() if holds(question_column, text)}
        if not asks or not any(holds(answer_column, text) for col, text in header.items() if col not in asks):
            continue
        out |= {c.id for c in cells if c.location.column in asks and c.location.row != first}
    return out
