"""Tables: where each cell stands, merged and nested cells.

docx2python's nested ``[table][row][cell][paragraph]`` lists lose nested
tables (an inner table splits the outer one, and the outer cell's later
paragraphs lose their ``tbl`` lineage) and copy merged cells' text into every
cell they span. So table, row and grid column are taken from the XML: each
top-level ``w:tbl`` gets a :class:`Grid` mapping its ``w:tc`` elements to
their row, grid column, horizontal span and vertical merge (a nested table's
rows are lines of the outer cell, its cells set apart by " | ": paragraphs.py). :func:`table` then lays the cells'
blocks out as a rectangular :class:`~approval_engine.ingest.document.Table`,
repeating a merged cell's text in every grid cell it spans.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from approval_engine.ingest.document import Table
from approval_engine.ingest.ooxml import W_P, W_TBL, W_TC, W_TCPR, W_TR, W_TRPR, W_VAL, int_attr, w

#: Widest grid kept (Word allows 63 columns; a larger grid is malformed).
MAX_TABLE_COLUMNS = 256
#: Widest horizontal span of one cell.
MAX_SPAN = 64


@dataclass
class Grid:
    """A top-level table's grid: where each w:tc stands and how far it spans."""

    index: int  # 0-based
    element: etree._Element
    cells: dict[etree._Element, tuple[int, int, int, str | None]]  # tc -> row, col, span, vMerge
    n_rows: int
    n_cols: int
    heading_path: tuple[str, ...] | None = None


def _children_through_wrappers(el: etree._Element, wanted: str, stop: set[str]) -> list[etree._Element]:
    """Children named `wanted`, looking through wrappers such as w:sdt/w:customXml."""
    out: list[etree._Element] = []
    stack = list(reversed(list(el)))
    while stack:
        ch = stack.pop()
        if ch.tag == wanted:
            out.append(ch)
        elif isinstance(ch.tag, str) and ch.tag not in stop:
            stack.extend(reversed(list(ch)))
    return out


def build_grid(index: int, tbl: etree._Element) -> Grid:
    stop = {W_TBL, W_TR, W_TC, W_P, w("tblPr"), w("tblGrid"), W_TRPR, W_TCPR, w("tblPrEx")}
    cells: dict[etree._Element, tuple[int, int, int, str | None]] = {}
    n_cols = 0
    grid = tbl.find(w("tblGrid"))
    if grid is not None:
        n_cols = len(grid.findall(w("gridCol")))
    rows = _children_through_wrappers(tbl, W_TR, stop)
    for r, tr in enumerate(rows):
        trpr = tr.find(W_TRPR)
        col = 0
        after = 0
        if trpr is not None:
            col = min(max(int_attr(trpr.find(w("gridBefore")), 0) or 0, 0), MAX_TABLE_COLUMNS)
            after = min(max(int_attr(trpr.find(w("gridAfter")), 0) or 0, 0), MAX_TABLE_COLUMNS)
        for tc in _children_through_wrappers(tr, W_TC, stop):
            tcpr = tc.find(W_TCPR)
            span = 1
            vmerge: str | None = None
            if tcpr is not None:
                span = min(max(int_attr(tcpr.find(w("gridSpan")), 1) or 1, 1), MAX_SPAN)
                vm = tcpr.find(w("vMerge"))
                if vm is not None:
                    vmerge = vm.get(W_VAL) or "continue"
            cells[tc] = (r, col, span, vmerge)
            col += span
        n_cols = max(n_cols, col + after)
    # Word allows 63 columns; a larger grid is malformed and would only cost memory
    n_cols = min(n_cols, MAX_TABLE_COLUMNS)
    return Grid(index=index, element=tbl, cells=cells, n_rows=len(rows), n_cols=n_cols)


def table(grid: Grid, cell_ids: dict[etree._Element, list[str]], cell_texts: dict[etree._Element, list[str]]) -> Table:
    """The table as rows of cell texts and block ids, merged cells repeated across their span."""
    rows = [["" for _ in range(grid.n_cols)] for _ in range(grid.n_rows)]
    ids: list[list[list[str]]] = [[[] for _ in range(grid.n_cols)] for _ in range(grid.n_rows)]
    for tc, (r, c, span, vmerge) in sorted(grid.cells.items(), key=lambda kv: (kv[1][0], kv[1][1])):
        text = "\n".join(cell_texts.get(tc, []))
        bids = list(cell_ids.get(tc, []))
        if vmerge == "continue" and not bids and r > 0 and c < grid.n_cols:
            text, bids = rows[r - 1][c], list(ids[r - 1][c])
        for k in range(c, min(c + span, grid.n_cols)):
            rows[r][k] = text
            ids[r][k] = list(bids)
    return Table(
        index=grid.index + 1,
        heading_path=grid.heading_path or (),
        rows=rows,
        cell_blocks=ids,
    )
