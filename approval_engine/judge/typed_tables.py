"""Tables typed as lines: a run of list items or paragraphs whose fields are set
apart by the same separator ("A1 Relationships with pupils — Day 4 — Part A"),
often under a line naming the fields the same way ("Outcomes — session(s) —
assessment:"), or pasted from a spreadsheet with tabs. Read as tables, so that
criterion 6's mapping is found whether or not Word's table was used.
"""

from __future__ import annotations

import re

from approval_engine.ingest.document import Table
from approval_engine.ingest.model import Application
from approval_engine.judge.field_records import field_records

_SEPARATORS = (" — ", " – ", " | ", "\t", " -- ")
_BULLET = re.compile(r"^\s*[•◦▪‣·*\-–]\s*")
MIN_FIELDS = 3  # two separators: a single dash is prose ("Day 1 – SEND law")
MIN_LINES = 4
MIN_FRAME_LETTERS = 3  # a worksheet's column letters over at least this many columns ("A", "B", "C")
MIN_FRAME_ROWS = 5  # ... or its row numbers down at least this many rows


def spreadsheet_letters(row: list[str]) -> bool:
    """A worksheet printed with its column letters over the columns ("", "A", "B", "C", ...): the
    spreadsheet's frame, not the table's header."""
    cells = [c.strip() for c in row if c.strip()]
    return len(cells) >= MIN_FRAME_LETTERS and cells == [chr(ord("A") + k) for k in range(len(cells))]


def worksheet_row_numbers(rows: list[list[str]]) -> bool:
    """A worksheet printed with its row numbers down the first column ("1", "2", "3", ... from the header
    row down): the spreadsheet's frame, not the table's first column."""
    firsts = [row[0].strip() if row else "" for row in rows]
    return len(firsts) >= MIN_FRAME_ROWS and all(f.isdigit() for f in firsts) and all(
        int(b) == int(a) + 1 for a, b in zip(firsts, firsts[1:]))


def header_index(rows: list[list[str]], body: int = 0) -> int:
    """The row that is a table's header: a group row merged across the top
    ("Professional attributes") is not, nor a worksheet's column letters, so the
    header is the first row below any, leaving at least ``body`` rows under it."""
    lead = 0
    while lead < len(rows) - 1 - body and (len({c.strip() for c in rows[lead]}) == 1 or spreadsheet_letters(rows[lead])):
        lead += 1
    return lead


def _fields(text: str, sep: str) -> list[str]:
    return [f.strip() for f in _BULLET.sub("", text).rstrip(":").split(sep)]


def _separator(text: str) -> tuple[str, int] | None:
    body = _BULLET.sub("", text)
    for sep in _SEPARATORS:
        n = body.count(sep) + 1
        if n >= MIN_FIELDS and all(f.strip() for f in body.rstrip(":").split(sep)):
            return sep, n
    return None


def _place(p) -> tuple:
    """The cell a line stands in (lines outside tables are all in one place)."""
    loc = p.location
    return (loc.table, loc.row, loc.column) if p.kind == "cell" else (None, None, None)


def typed_tables(app: Application, first_index: int) -> list[Table]:
    """The tables typed as runs of lines, numbered from ``first_index`` on (after
    the document's own tables)."""
    out: list[Table] = []
    # (and the lines of one table cell: a table nested in a cell is read as such lines, "a | b | c")
    lines = [p for p in app.passages if (p.location.table is None and p.kind in ("heading", "paragraph", "list_item"))
             or (p.kind == "cell" and " | " in p.text)]
    i = 0
    while i < len(lines):
        shape = _separator(lines[i].text)
        if shape is None:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and _separator(lines[j + 1].text) == shape and _place(lines[j + 1]) == _place(lines[i]):
            j += 1
        run = lines[i:j + 1]
        sep, width = shape
        # the first line names the fields when it is set apart from the rest: a heading, a line
        # ending with a colon, or a paragraph over list items; a nested table's first row is its header
        named = (run[0].kind in ("heading", "cell") or run[0].text.rstrip().endswith(":")
                 or (run[0].kind == "paragraph" and len(run) > 1 and run[1].kind == "list_item"))
        body = run[1:] if named else run
        if len(body) >= MIN_LINES and all(p.kind != "heading" for p in body):
            rows = [_fields(p.text, sep) for p in run]
            blocks = [[[p.id] for _ in range(width)] for p in run]
            if not named:  # no line names the fields: an empty header row
                rows.insert(0, [""] * width)
                blocks.insert(0, [[] for _ in range(width)])
            out.append(Table(index=first_index + len(out), heading_path=run[0].location.heading_path,
                             rows=rows, cell_blocks=blocks))
        i = j + 1
    return out


def tables_typed_as_text(app: Application, first_index: int) -> list[Table]:
    """Every table typed as text: runs of separated lines, then entries of labelled lines, numbered on from
    ``first_index``."""
    typed = typed_tables(app, first_index)
    return typed + field_records(app, first_index + len(typed))
