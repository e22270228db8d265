"""Records typed as field lines: a run of entries, each a title (a heading or a
line or two naming the thing) followed by lines that open with the same labels
("Where you meet it: Study Day 4; your Focus Visits." / "How it is checked:
Practice Portfolio."), as a booklet or a text-only edition sets out what a
table would. Read as a table whose header is the labels, so that criterion 6's
mapping is found whether or not the provider used one.
"""

from __future__ import annotations

import re
from collections import Counter

from approval_engine.ingest.document import Table
from approval_engine.ingest.model import Application, Passage

# "Where you meet it: ...", "How it is checked: ...": a short label, a colon, the value
_FIELD = re.compile(r"^\s*([A-Z][\w'’ /()-]{1,40}?)\s*:\s+(\S.*)$", re.S)
MAX_LABEL_WORDS = 6
MIN_RECORDS = 4  # entries in a run: fewer are prose with a label or two
MAX_TITLE = 2  # lines naming an entry: its heading, and the line that states it
MIN_LABELS = 2  # labels every entry gives: a single label is a list of fields, not a table
_STATE = re.compile(r"\s+[·|]\s+([^·|]{1,40})$")  # "Cask 1.4 Steady Hand · Bottled (B2)": the entry's state after it


def _field(p: Passage) -> tuple[str, str] | None:
    m = _FIELD.match(p.text)
    if m is None or len(m.group(1).split()) > MAX_LABEL_WORDS:
        return None
    return m.group(1).strip(), m.group(2).strip()


# an entry: its title's passages, and {label: (the field's passage, its value)}
Entry = tuple[list[Passage], dict[str, tuple[Passage, str]]]


def _records(lines: list[tuple[Passage, tuple[str, str] | None]], labels: set[str]) -> list[list[Entry]]:
    """The runs of entries, from each line and its field (label, value) where it has one."""
    runs: list[list[Entry]] = []
    run: list[Entry] = []
    title: list[Passage] = []
    fields: dict[str, tuple[Passage, str]] = {}
    loose = 0  # lines since the last field: prose between entries ends a run
    for p, f in lines:
        if f is not None and f[0] in labels and f[0] not in fields:
            fields[f[0]] = (p, f[1])
            loose = 0
            continue
        if fields:  # the entry is complete: this line opens the next
            run.append((title, fields))
            title, fields = [], {}
        if p.kind == "heading":
            title = []  # an entry's title starts at its heading
        title = (title + [p])[-MAX_TITLE:]
        loose += 1
        if loose > MAX_TITLE + 1 and run:
            runs.append(run)
            run = []
    if fields:
        run.append((title, fields))
    if run:
        runs.append(run)
    return runs


def field_records(app: Application, first_index: int) -> list[Table]:
    """The tables typed as entries of field lines, numbered from ``first_index`` on."""
    lines = [(p, _field(p)) for p in app.passages
             if p.location.table is None and p.kind in ("heading", "paragraph", "list_item")]
    counts = Counter(f[0] for _, f in lines if f is not None)
    labels = {label for label, n in counts.items() if n >= MIN_RECORDS}
    if len(labels) < MIN_LABELS:
        return []
    out: list[Table] = []
    for run in _records(lines, labels):
        entries = [(title, fields) for title, fields in run if title and len(fields) >= MIN_LABELS]
        if len(entries) < MIN_RECORDS:
            continue
        header = [label for label in counts if label in {k for _, fields in entries for k in fields}]
        # (each entry's title giving its state after a separator, "Cask 1.4 Steady Hand · Bottled (B2)": the state a
        # column of its own, where a key's values are read)
        states = [_STATE.search(title[-1].text) for title, _ in entries]
        stated = all(states)
        # (its column last: the columns before a row's outcome are its labels)
        rows: list[list[str]] = [[""] + header + [""] * stated]
        blocks: list[list[list[str]]] = [[[]] + [[] for _ in header] + [[]] * stated]
        for (title, fields), state in zip(entries, states):
            named = " ".join(p.text for p in title)
            rows.append([named[:len(named) - len(state.group(0))] if stated else named]
                        + [fields[h][1] if h in fields else "" for h in header] + ([state.group(1)] if stated else []))
            blocks.append([[p.id for p in title]] + [[fields[h][0].id] if h in fields else [] for h in header]
                          + [[title[-1].id]] * stated)
        out.append(Table(index=first_index + len(out), heading_path=entries[0][0][0].location.heading_path,
                         rows=rows, cell_blocks=blocks, records=True))
    return out
