"""The row facts of the outcome maps: for each row naming a minimum outcome, a fact saying whether the row gives
where the outcome is developed and how it is assessed for the award (read by :mod:`approval_engine.judge.outcome_rows`),
with the document's keys read once for every map, and the row quoted as the document prints it. Perception only: the
ruleset's judgement rules decide what the row facts count for.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from approval_engine.judge.assessment_items import ItemKey
from approval_engine.judge.column_glosses import marking_verbs
from approval_engine.judge.key_entries import key_entries
from approval_engine.judge.outcome_keys import keyed, read_key, untaught_values
from approval_engine.judge.outcome_rows import (assessment_cell, columns, developed_cells, points_to_declined,
                                                points_to_row)
from approval_engine.judge.table_cells import column_names
from approval_engine.judge.text import holds, modules_in

if TYPE_CHECKING:
    from approval_engine.judge.outcome_facts import OutcomeReader


def row_facts(r: "OutcomeReader", facts: list[dict]) -> None:
    """A row fact (and its row_module facts) for each outcome an outcome table's rows name."""
    entries = list(key_entries(r.app.passages))  # the document's keys, read once for both
    r.items = ItemKey(r, entries)
    r.key_values = read_key(entries, r.sig, marking_verbs(r))
    r.untaught = untaught_values(entries)
    r.key_states = {value.strip().lower() for value, _ in entries}
    r.footnotes = {}
    for p in r.app.passages:  # (a note of several paragraphs is one text)
        if p.kind == "footnote" and p.location.note is not None:
            r.footnotes[p.location.note] = (r.footnotes.get(p.location.note, "") + " " + p.text).strip()
    tables = r.outcome_tables()
    declined = r.p.declined_codes
    programme = r.timetables()  # (a programme of days: its rows are days, each naming what it teaches)
    for t in r.tables:
        if t.index not in tables or t.index in r._forms:
            continue
        header = r.grid(t)[0]
        cols = columns(r, t, tables[t.index])
        # a map whose first row already names an outcome has no headers
        headed = bool(header) and not any(score >= 1.0 for _, score in r.match_outcomes(header[0]))
        # a cell that only sends the reader to another row ("See Skills 5") names no place of its own
        labels = [row[0].strip().lower() for _, row, _, _ in tables[t.index] if row and row[0].strip()]
        # ... or only to an item a decision turned down ("see R11.2", "R11.2 DEFERRED"): no place at all
        taken: set[str] = set()
        for n, row, rid, _score in sorted(tables[t.index], key=lambda x: -x[3]):
            if rid in taken:
                continue  # the row that names the outcome best
            taken.add(rid)
            row = [("" if j and (points_to_row(x, labels) or points_to_declined(x, declined)) else x)
                   for j, x in enumerate(row)]
            fid = f"row:{t.index}:{n}:{rid}"  # a row naming two outcomes is a row for each
            filled = [j for j in cols.develop if j < len(row) and r.present(row[j])]
            dev_cells = developed_cells(r, header, row, filled, rid, len(cols.develop), (t.index, n) in r.placed)
            facts.append({"id": fid, "kind": "row", "outcome": rid, "table": t.index, "row": n,
                          "developed_cell": "present" if dev_cells else ("ticked" if filled else "empty"),
                          "assessment_column": "yes" if cols.assess or cols.by_key or cols.combined else "no",
                          "assessment_cell": _noted(r, t, n, cols, assessment_cell(r, header, row, rid, cols, dev_cells)),
                          "development_column": "yes" if cols.develop else "no",
                          "programme": "yes" if t.index in programme else "no"})
            for mod in sorted(set().union(*(modules_in(x) for x in dev_cells)) if dev_cells else set()):
                facts.append({"id": f"{fid}:{mod}", "kind": "row_module", "row": fid, "outcome": rid, "module": mod})
            r.rows[fid] = (r._anchor(t, n), _as_printed(row, r.grids.fixed.get((t.index, n), [])), t.index, rid,
                           column_names(header, row) if headed else "")


# a footnote that takes the mark away from the cell it stands on ("the coaching part of Task 3 is formative only: ... no
# mark"; "leaves TI4 and is looked at only in Callus check 3", where the key says a Callus check is not marked)
_FORMATIVE_ONLY = re.compile(r"\bformative(?:ly)?(?: assessment)? only\b|\bonly formatively\b", re.I)
_ONLY_IN = re.compile(r"\bonly (?:in|at|on|through|by) (?:an? |the )?([A-Z][\w’'-]*(?: [a-z][\w’'-]*)?(?: \d{1,2})?)")


def _noted(r: "OutcomeReader", t, n: int, cols, cell: str) -> str:
    """The row's assessment cell, unless a footnote on it says the outcome is not marked there."""
    if cell not in ("present", "some"):
        return cell
    for text in _cell_notes(r, t, n, cols.assess or cols.keys):
        if (holds(r.sig["not_assessed"], text) or _FORMATIVE_ONLY.search(text)
                or any(keyed(r.key_values, m.group(1)) == "not_assessed" for m in _ONLY_IN.finditer(text))):
            return "not_assessed"
    return cell


def _cell_notes(r: "OutcomeReader", t, n: int, cols: list[int]) -> list[str]:
    """The text of the footnotes the row's cells in ``cols`` refer to (none in a map read across)."""
    if t.index in r.grids.transposed:
        return []
    return [r.footnotes[k] for j in cols for p in r.cell_passages(t, n, r.document_column(t, j)) for k in p.notes
            if k in r.footnotes]


def _as_printed(row: list[str], fixes: list[tuple[str, str]]) -> str:
    """A row quoted as the document prints it, and the correction printed elsewhere that changed it."""
    back = {new.lower(): old for old, new in fixes}
    quote = " | ".join(back.get(x.strip().lower(), x.strip()) for x in row if x.strip())
    return quote + "".join(f' (corrected: for "{old}" read "{new}")' for old, new in fixes)
