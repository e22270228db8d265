"""The body's paragraphs in reading order, each with its kind and place.

:class:`BodyReader` walks docx2python's body paragraphs (text from
docx2python, structure from the XML):

- each paragraph's table, row and grid column come from its own
  ``w:tbl``/``w:tr``/``w:tc`` ancestors (the outermost table; see
  :mod:`approval_engine.ingest.tables`), and docx2python's copies of merged
  cells (detached deep copies of the original paragraph) never become
  paragraphs, while identical text typed in two separate cells stays two;
- text boxes are read once (the ``mc:Fallback`` copy is dropped);
- kinds: headings from styles (:mod:`approval_engine.ingest.styles`) or from
  typing (:mod:`approval_engine.ingest.headings`), list items from list
  styles, Word numbering or typed bullets (stripped), table cells, plain
  paragraphs; table-of-contents entries are skipped (they repeat the
  headings).

:func:`join_broken` then joins paragraphs broken mid-sentence by hard
returns (text pasted from a PDF).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from lxml import etree

from approval_engine.ingest.document import BlockKind, Part
from approval_engine.ingest.headings import (
    BULLETS_ONLY_RE,
    CAPTION_RE,
    KEYWORD_HEADING_RE,
    TYPED_BULLET_RE,
    is_all_caps,
    numbered_heading_level,
    short_unfinished,
)
from approval_engine.ingest.ooxml import W_TBL, W_TC, W_TXBX, has_numbering, in_dropped_fallback, list_level
from approval_engine.ingest.runs import par_text
from approval_engine.ingest.styles import Styles, formatting, outline_level, struck
from approval_engine.ingest.tables import Grid, build_grid


# a key or legend's label on a line of its own ("Key:", "Legend"): the short lines under it are its entries
KEY_LABEL_RE = re.compile(r"^\W*(?:key|legend)\W*$", re.I)
KEY_ENTRY_WORDS = 12


@dataclass
class Para:
    """A kept paragraph before block ids and numbers are given."""

    text: str
    kind: BlockKind
    style: str
    part: Part = "body"
    level: int | None = None
    heading_path: tuple[str, ...] = ()
    container: tuple[Any, ...] = ("body",)
    grid: Grid | None = None
    cell: etree._Element | None = None
    note: int | None = None
    typed_heading: bool = False
    mergeable: bool = False  # a plain paragraph that a PDF line break may have split
    follows_gap: bool = False  # an empty paragraph stood just before it
    #: its number as a reader counts the body's paragraphs in Word: those with text, outside tables
    #: and text boxes, from the start (headings and contents entries too); None in a table or text box
    word_paragraph: int | None = None
    #: for a row of a table nested in a cell: that row, and the nested cell its text last came from
    nested_row: etree._Element | None = None
    nested_cell: etree._Element | None = None
    #: the footnotes and endnotes it refers to, as docx2python numbers them: (part, id)
    refs: tuple[tuple[str, int], ...] = ()


def flatten(tables: Any) -> Iterable[Any]:
    """docx2python's ``[table][row][cell][paragraph]`` nesting as one list of paragraphs."""
    for tbl in tables:
        for row in tbl:
            for cell in row:
                yield from cell


class BodyReader:
    """Reads the body once; keeps what the document's warnings report."""

    def __init__(self, styles: Styles, pristine: dict[etree._Element, etree._Element]):
        self.styles = styles
        self.pristine = pristine  # docx2python's w:p -> the untouched original w:p
        self.grids: dict[etree._Element, Grid] = {}
        self.grid_list: list[Grid] = []
        self.nested_tables: set[etree._Element] = set()
        self.text_boxes: set[etree._Element] = set()
        self.stack: list[tuple[int, str]] = []  # open headings (level, text)
        self.anchor_level = 0  # level of the last styled or numbered heading
        self.key_open = False  # the last paragraphs were a key ("Key:", "● Taught and assessed")
        self.typed_headings = 0
        self.toc_entries = 0
        self.struck = 0  # paragraphs crossed out (every run struck through), left unread
        self.note_order: dict[tuple[str, int], int] = {}  # (part, note id) -> number shown, by first reference

    # -- tables
    def _index_tables(self, root: etree._Element) -> None:
        for tbl in root.iter(W_TBL):
            anc = list(tbl.iterancestors())
            if in_dropped_fallback(anc):
                continue
            if any(a.tag == W_TBL for a in anc):
                self.nested_tables.add(tbl)
                continue
            grid = build_grid(len(self.grid_list), tbl)
            self.grids[tbl] = grid
            self.grid_list.append(grid)

    # -- headings
    def _open_heading(self, level: int, text: str) -> tuple[str, ...]:
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        path = tuple(t for _, t in self.stack)
        self.stack.append((level, text))
        return path

    def _path(self) -> tuple[str, ...]:
        return tuple(t for _, t in self.stack)

    # -- body
    def body(self, body_pars: Any, root: etree._Element | None) -> list[Para]:
        if root is not None:
            self._index_tables(root)
        out: list[Para] = []
        gap = False
        word_n = 0  # the body's paragraphs with text, outside tables and text boxes, as Word shows them
        seen: set[etree._Element] = set()
        for par in flatten(body_pars):
            elem = getattr(par, "elem", None)
            if elem is None or elem.getparent() is None or elem in seen:
                # docx2python's copy of a merged cell's paragraph
                continue
            seen.add(elem)
            anc = list(elem.iterancestors())
            if in_dropped_fallback(anc):
                continue
            original = self.pristine.get(elem)
            fmt_el = original if original is not None else elem
            style = par.style or ""
            numbered = has_numbering(fmt_el) or bool(par.list_position and par.list_position[0])
            rt = par_text(par, numbered)
            for ref in rt.note_refs:
                self.note_order.setdefault(ref, len(self.note_order) + 1)

            # where it stands (and, inside a table nested in a cell, the nested cell and row)
            outer_tbl = outer_tc = None
            last_tc = None
            txbx = None
            inner_tc = None
            for a in anc:
                if a.tag == W_TC:
                    last_tc = a
                    inner_tc = a if inner_tc is None else inner_tc
                elif a.tag == W_TBL:
                    outer_tbl, outer_tc = a, last_tc
                elif a.tag == W_TXBX and txbx is None and outer_tbl is None:
                    txbx = a
            grid = self.grids.get(outer_tbl) if outer_tbl is not None else None
            if grid is not None and grid.heading_path is None:
                grid.heading_path = self._path()
            top_level = outer_tbl is None and txbx is None
            if rt.text and top_level:
                word_n += 1
            if rt.text and self.styles.is_toc(style):
                self.toc_entries += 1
                continue
            if txbx is not None and rt.text:
                self.text_boxes.add(txbx)

            text = rt.text
            if not text or (outer_tc is None and BULLETS_ONLY_RE.fullmatch(text)):
                gap = True
                continue
            if struck(fmt_el):  # crossed out: withdrawn, as a tracked deletion is
                self.struck += 1
                gap = True
                continue

            if grid is not None and outer_tc is not None and inner_tc is not outer_tc:
                # a table nested in the cell: each of its rows one line, its cells set apart by " | " ("manage your
                # time | Unit 7 | Learning Log (not marked)"), never joined to the next row as a broken sentence
                row = inner_tc.getparent()
                last = out[-1] if out else None
                if last is not None and last.nested_row is row:
                    last.text += (" " if last.nested_cell is inner_tc else " | ") + text
                    last.nested_cell = inner_tc
                    last.refs += tuple(rt.note_refs)
                    continue
                out.append(Para(text=text, kind="cell", style=style, heading_path=self._path(),
                                container=("cell", outer_tc), grid=grid, cell=outer_tc, mergeable=False,
                                follows_gap=gap, nested_row=row, nested_cell=inner_tc, refs=tuple(rt.note_refs)))
                gap = False
                continue

            if grid is not None and outer_tc is not None:
                bullet = TYPED_BULLET_RE.match(text)
                if bullet is not None:
                    text = text[bullet.end() :]
                out.append(
                    Para(
                        text=text,
                        kind="cell",
                        style=style,
                        heading_path=self._path(),
                        container=("cell", outer_tc),
                        grid=grid,
                        cell=outer_tc,
                        mergeable=bullet is None and not numbered and not self.styles.is_list(style),
                        follows_gap=gap,
                        refs=tuple(rt.note_refs),
                    )
                )
                gap = False
                continue

            para = self._classify(text, style, numbered, fmt_el, in_text_box=txbx is not None)
            self.key_open = bool(KEY_LABEL_RE.match(text)) or (
                self.key_open and para.kind != "heading" and len(text.split()) <= KEY_ENTRY_WORDS)
            para.container = ("txbx", txbx) if txbx is not None else ("body",)
            para.word_paragraph = word_n if top_level else None
            para.follows_gap = gap
            para.refs = tuple(rt.note_refs)
            gap = False
            out.append(para)
        return out

    def _classify(
        self, text: str, style: str, numbered: bool, p: etree._Element | None, *, in_text_box: bool
    ) -> Para:
        styles = self.styles
        level = None if in_text_box else styles.heading_level(style)
        if level is None and not in_text_box:
            level = outline_level(p)
        if level is not None and not styles.is_title(style):
            path = self._open_heading(level, text)
            self.anchor_level = level
            return Para(text=text, kind="heading", style=style, level=level, heading_path=path)

        bullet = TYPED_BULLET_RE.match(text)
        if bullet is not None and self.key_open and not text[0].isalnum():
            bullet = None  # a key's entry ("● Taught and assessed"): its symbol is what it explains
        is_list = numbered or styles.is_list(style) or bullet is not None
        keyword = KEYWORD_HEADING_RE.match(text) is not None
        if (
            not in_text_box
            and (not is_list or (keyword and bullet is None))
            and not styles.blocks_typed_heading(style)
            and short_unfinished(text)
        ):
            bold, caps_fmt = formatting(p, styles, style)
            emphasised = bold or caps_fmt or is_all_caps(text)
            typed = numbered_heading_level(text, emphasised)
            if typed is not None:
                self.anchor_level = typed
            elif emphasised and not CAPTION_RE.match(text):
                typed = min(max(2, self.anchor_level + 1), 9)
            if typed is not None:
                self.typed_headings += 1
                path = self._open_heading(typed, text)
                return Para(
                    text=text, kind="heading", style=style, level=typed, heading_path=path, typed_heading=True
                )

        if is_list:
            if bullet is not None:
                text = text[bullet.end() :]
            # a list item's level in a multi-level list (1 = top): an item under "Not offered:" is one
            depth = list_level(p) + 1 if numbered and p is not None else 1
            return Para(text=text, kind="list_item", style=style, level=depth, heading_path=self._path())
        return Para(
            text=text,
            kind="paragraph",
            style=style,
            heading_path=self._path(),
            mergeable=not styles.is_title(style) and not styles.is_subtitle(style),
        )


_TERMINAL = (".", "!", "?", ":", ";")


def join_broken(paras: list[Para]) -> tuple[list[Para], int]:
    """Join paragraphs split by hard returns mid-sentence (pasted from a PDF)."""
    out: list[Para] = []
    joined = 0
    for p in paras:
        prev = out[-1] if out else None
        if (
            prev is not None
            and p.mergeable
            and prev.mergeable
            and not p.follows_gap
            and p.kind == prev.kind
            and (p.style or "Normal") == (prev.style or "Normal")
            and p.container == prev.container
            and p.part == prev.part
            and not prev.text.rstrip("\"'”’)]").endswith(_TERMINAL)
            and p.text[:1].islower()
        ):
            prev.text = f"{prev.text} {p.text}"
            prev.refs += p.refs
            joined += 1
            continue
        out.append(p)
    return out, joined
