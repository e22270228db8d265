"""An outcome map follows Annex 3's order. Where a map runs in that order, a row's place says which outcome it is
when its words do not say it clearly: a row naming two outcomes is the one that fits between its neighbours, and a
row with a short title of its own ("Problems and decisions", "Common SEN") between two rows whose outcomes have just
as many outcomes between them in the Annex is the one in its place.

Rows are ``(row index, cells, outcome id, score)``, as :class:`~approval_engine.judge.outcome_facts.OutcomeReader`
finds them; ``order`` gives each outcome id its place in the Annex.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Callable

from approval_engine.judge.outcome_grid import group_row
from approval_engine.judge.table_cells import OUTCOME_CODE

Row = tuple[int, list[str], str, float]
PLACED = 0.5  # the score of a row placed by its position: counted, but not a row that names its outcome
IN_ORDER_AT_LEAST = 8  # ... and only in a map whose rows run in the Annex's order for at least this many rows


def reorder(rows: list[Row], order: dict[str, int], scores: Callable[[str], dict[str, float]]) -> list[Row]:
    """A row whose words name two outcomes ("Reviews with colleagues how well provision works, feeding school
    self-evaluation", between the rows for S5 and S7) is the one that fits between its neighbours, when its words
    name that one too and the map runs in order on either side."""
    single = [r for r, *_ in rows]
    out = list(rows)
    for i in range(2, len(rows) - 2):
        r, row, rid, score = rows[i]
        before, after = order[rows[i - 1][2]], order[rows[i + 1][2]]
        # (the map in order on each side: two rows before in order, and two after)
        if score >= 10.0 or single.count(r) > 1 or not order[rows[i - 2][2]] < before < after < order[rows[i + 2][2]] \
                or before < order[rid] < after:
            continue
        fits = {k: s for k, s in scores(row[0]).items() if s >= 1.0 and before < order[k] < after}
        if fits:
            k = max(fits, key=fits.get)
            out[i] = (r, row, k, fits[k])
    return out


def fill_gaps(rows: list[Row], grid: list[list[str]], order: dict[str, int],
              refused: Callable[[str, str], bool] = lambda text, rid: False) -> tuple[list[Row], set[int]]:
    """Rows that name no outcome, between two rows in the Annex's order whose outcomes have exactly as many
    outcomes between them, none of them named elsewhere in the map, are those outcomes in turn; so are the rows
    before the map's first named row and after its last, when as many outcomes come before or after it in the
    Annex. A row naming an outcome that an earlier row names, out of order there, is taken as one that names none;
    a row whose words say it is not the outcome in its place (``refused``: "Self-evaluation: weighing one's own
    growth" in K7's) leaves its stretch unplaced. Returns the rows and the indexes of those placed."""
    ids = sorted(order, key=order.get)
    best: dict[int, Row] = {}
    for entry in rows:  # a row naming two outcomes: its better-named one places it
        if entry[0] not in best or entry[3] > best[entry[0]][3]:
            best[entry[0]] = entry
    anchors = _longest_in_order([best[r] for r in sorted(best)], order)
    seen = {rid for _, _, rid, _ in rows}
    if len(anchors) < IN_ORDER_AT_LEAST:
        return rows, set()
    named_rows = {r for r, *_ in anchors}
    body = [r for r in range(1, len(grid)) if not group_row(grid[r]) and grid[r] and grid[r][0].strip()]
    # a row led by an outcome's code ("S2d") that named no outcome was set aside for a reason (an assessment's code that
    # looks like one): its place overrules that only where the code is the outcome's own (the provider's own scheme,
    # "O1", "P4", says nothing either way)
    codes = {r: m.group(1).replace("(", "").replace(")", "") for r in body
             if (m := OUTCOME_CODE.match(grid[r][0].lstrip()))}
    added: list[Row] = []
    bounds = [(None, anchors[0])] + [(a, b) for a, b in zip(anchors, anchors[1:])] + [(anchors[-1], None)]
    for first, last in bounds:
        between = [r for r in body if (first is None or first[0] < r) and (last is None or r < last[0])
                   and r not in named_rows]
        start = order[first[2]] + 1 if first is not None else 0
        end = order[last[2]] if last is not None else len(ids)
        missing = ids[start:end]
        if not between or len(between) != len(missing) or any(m in seen for m in missing) or any(
                r in codes and "6." + codes[r] != rid or refused(grid[r][0], rid) for r, rid in zip(between, missing)):
            continue
        added += [(r, grid[r], rid, PLACED) for r, rid in zip(between, missing)]
    placed = {r for r, *_ in added}
    kept = [e for e in rows if e[0] not in placed]
    return sorted(kept + added, key=lambda e: e[0]), placed


def _longest_in_order(rows: list[Row], order: dict[str, int]) -> list[Row]:
    """The longest run of rows, in the table's order, whose outcomes come later and later in the Annex (a row out of
    order, such as a second row for K9 among the S rows, is left out of it)."""
    ends: list[int] = []  # ends[k]: index in rows of the last row of the best run of length k + 1
    back: list[int] = [-1] * len(rows)
    for i, (_, _, rid, _) in enumerate(rows):
        lo = bisect_left(ends, order[rid], key=lambda k: order[rows[k][2]])
        back[i] = ends[lo - 1] if lo else -1
        if lo == len(ends):
            ends.append(i)
        else:
            ends[lo] = i
    run, i = [], ends[-1] if ends else -1
    while i >= 0:
        run.append(rows[i])
        i = back[i]
    return run[::-1]
