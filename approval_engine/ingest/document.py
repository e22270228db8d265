"""The extracted document: what a Word submission says, block by block, and
where each block stands.

This is the output of :mod:`approval_engine.ingest.extract` and the input of
:mod:`approval_engine.ingest.model`. It knows nothing about the specification.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Part = Literal["body", "footnote", "endnote"]
BlockKind = Literal["heading", "paragraph", "list_item", "cell"]


class Location(BaseModel):
    """Where a passage stands in the submitted document.

    ``paragraph`` counts the body's blocks in reading order (1-based), so a
    reviewer can find the passage; ``table``/``row``/``column`` (1-based) are
    set for table cells; ``heading_path`` is the chain of headings above it.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    part: Part = "body"
    heading_path: tuple[str, ...] = ()
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None
    note: int | None = Field(default=None, description="footnote or endnote number")

    def label(self) -> str:
        """A short human-readable location, e.g. ``Criterion 2 › Prior learning, ¶14``."""
        bits: list[str] = []
        if self.heading_path:
            bits.append(" › ".join(h[:60] for h in self.heading_path))
        if self.part != "body":
            bits.append(f"{self.part} {self.note}" if self.note is not None else self.part)
        if self.table is not None:
            cell = f"table {self.table}"
            if self.row is not None:
                cell += f", row {self.row}"
            if self.column is not None:
                cell += f", column {self.column}"
            bits.append(cell)
        if self.paragraph is not None:
            bits.append(f"¶{self.paragraph}")
        return ", ".join(bits) or "document"


class Block(BaseModel):
    """One paragraph of the submission (a heading, a paragraph, a list item or
    a paragraph inside a table cell)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    kind: BlockKind
    text: str
    location: Location
    style: str = ""
    level: int | None = Field(
        default=None, description="heading level, 1 = top; for a list item, its level in a multi-level list, 1 = top"
    )
    notes: tuple[int, ...] = Field(default=(), description="the footnotes it refers to, by the numbers Word shows")


class Table(BaseModel):
    """A table as rows of cell texts; ``cells[r][c]`` are block ids of the
    paragraphs in that cell (0-based indices here, 1-based in locations)."""

    model_config = ConfigDict(extra="forbid")

    index: int
    heading_path: tuple[str, ...] = ()
    rows: list[list[str]]
    cell_blocks: list[list[list[str]]] = Field(default_factory=list)
    records: bool = Field(default=False, description="typed as entries of labelled lines, each row's first cell its title")


class Comment(BaseModel):
    """A Word comment: never part of the submission, shown to the reviewer aside."""

    model_config = ConfigDict(extra="forbid")

    author: str = ""
    date: str = ""
    anchor: str = ""
    text: str


class ExtractedDocument(BaseModel):
    """Everything the engine takes from a Word file."""

    model_config = ConfigDict(extra="forbid")

    source: str
    sha256: str = ""
    title: str = ""
    blocks: list[Block]
    tables: list[Table] = Field(default_factory=list)
    comments: list[Comment] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)
