"""The application's own text as the web page shows it beside the report:
paragraphs and headings in order, table cells gathered back into their
tables, each passage with an anchor (``p-<passage id>``) that the engine's
quotes link to, and the quoted words marked."""

from __future__ import annotations

from dataclasses import dataclass, field

from approval_engine.judge.verdicts import Report


@dataclass
class Piece:
    text: str
    quoted: bool = False


@dataclass
class Block:
    kind: str  # heading, paragraph, list_item, footnote, endnote, prompt, table
    id: str = ""
    pieces: list[Piece] = field(default_factory=list)
    rows: list[list["Block"]] = field(default_factory=list)  # a table's rows of cells
    label: str = ""  # a table's number, a note's part
    quoted_by: list[str] = field(default_factory=list)  # requirement ids quoting this passage


def anchor(passage_id: str) -> str:
    return f"p-{passage_id}"


def _pieces(text: str, quotes: list[str]) -> list[Piece]:
    """The passage's text with every quoted stretch marked (overlaps merged)."""
    spans: list[tuple[int, int]] = []
    for q in quotes:
        q = q.strip().rstrip("…").strip()
        if not q:
            continue
        at = text.find(q)
        if at < 0:
            at = text.find(q[:60])
            q = q[:60]
        if at >= 0:
            spans.append((at, at + len(q)))
    spans.sort()
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out, pos = [], 0
    for a, b in merged:
        if a > pos:
            out.append(Piece(text[pos:a]))
        out.append(Piece(text[a:b], quoted=True))
        pos = b
    if pos < len(text):
        out.append(Piece(text[pos:]))
    return out or [Piece(text)]


def blocks(text: dict, report: Report | None, *, show_quotes: bool = True) -> list[Block]:
    quotes: dict[str, list[str]] = {}
    quoted_by: dict[str, list[str]] = {}
    if report is not None and show_quotes:
        for r in report.requirements:
            for e in [*r.evidence, *r.concerns]:
                if e.passage_id:
                    quotes.setdefault(e.passage_id, []).append(e.quote)
                    if r.id not in quoted_by.setdefault(e.passage_id, []):
                        quoted_by[e.passage_id].append(r.id)
    out: list[Block] = []
    table: Block | None = None
    rows: dict[int, dict[int, Block]] = {}

    def close_table() -> None:
        nonlocal table, rows
        if table is not None:
            table.rows = [[cells[c] for c in sorted(cells)] for _, cells in sorted(rows.items())]
            out.append(table)
        table, rows = None, {}

    for p in text.get("passages", []):
        loc = p.get("location") or {}
        pid = p["id"]
        block = Block(p.get("kind", "paragraph"), pid, _pieces(p.get("text", ""), quotes.get(pid, [])),
                      quoted_by=quoted_by.get(pid, []))
        if loc.get("table") is not None:
            key = f"{loc.get('part', 'body')}:{loc['table']}"
            if table is None or table.label != key:
                close_table()
                table = Block("table", label=key)
            rows.setdefault(loc.get("row") or 0, {})[loc.get("column") or len(rows.get(loc.get("row") or 0, {}))] = block
            continue
        close_table()
        if loc.get("part", "body") != "body":
            block.label = loc["part"]
        out.append(block)
    close_table()
    return out
