"""An annotated copy of the application: a Word comment at every passage the report
quotes as evidence, naming the requirements, aspects and verdicts it supports, and a
comment on the first paragraph listing the gaps. The original is never written to.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterator

from approval_engine.errors import EngineError
from approval_engine.judge.verdicts import Report, Verdict

AUTHOR, INITIALS = "approval-engine", "AE"
_SEVERITY = {Verdict.not_met: 0, Verdict.partially_met: 1}  # the most serious gaps first


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").split()).lower()


def _paragraphs(container) -> Iterator:
    """Every paragraph in reading order, those in table cells (and nested tables) too."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            yield block
        elif isinstance(block, Table):
            for row in block.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell is listed once per grid column
                        continue
                    seen.add(id(cell._tc))
                    yield from _paragraphs(cell)


def _find(paragraphs: list, texts: list[str], quote: str) -> int | None:
    """The paragraph that holds the quote (for a table row quoted as "a | b | c", the
    cell that holds its longest part)."""
    # a long quote is shortened with an ellipsis: what is left of it is what to look for
    parts = sorted((_norm(p).strip("…. ") for p in quote.split(" | ")), key=len, reverse=True)
    for part in parts[:1] if parts else []:
        if not part:
            return None
        for i, text in enumerate(texts):
            if part in text and paragraphs[i].runs:
                return i
    return None


def annotate(report: Report, source: Path, target: Path) -> tuple[int, int]:
    """Write ``target``, a copy of ``source`` with the report's comments; returns
    (passages commented, quotes that could not be placed)."""
    import docx

    if target.resolve() == source.resolve():
        raise EngineError("the annotated copy would overwrite the application; give another --output", path=str(target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)  # the copy is what is opened and changed, never the original
        doc = docx.Document(str(target))
    except OSError as exc:
        raise EngineError(f"cannot write the annotated copy: {exc.strerror}", path=str(target)) from None
    paragraphs = list(_paragraphs(doc))
    texts = [_norm(p.text) for p in paragraphs]
    notes: dict[int, list[str]] = {}
    unplaced = 0
    for r in report.requirements:
        for ev in r.evidence:
            at = _find(paragraphs, texts, ev.quote)
            if at is None:
                unplaced += 1
                continue
            line = f"{r.id} ({r.verdict.label}): {ev.aspect or r.title}"
            if line not in notes.setdefault(at, []):
                notes[at].append(line)
    for at in sorted(notes):
        runs = paragraphs[at].runs
        doc.add_comment([runs[0], runs[-1]], text="\n".join(notes[at]), author=AUTHOR, initials=INITIALS)
    gaps = sorted((r for r in report.requirements if r.verdict.is_gap), key=lambda r: _SEVERITY[r.verdict])
    first = next((p for p in paragraphs if p.runs), None)
    if first is not None:
        summary = (f"Pre-assessment by {AUTHOR}: {len(gaps)} requirement(s) with gaps."
                   if gaps else f"Pre-assessment by {AUTHOR}: every requirement met or not applicable.")
        lines = [summary, *(f"{r.id} {r.verdict.label}: {r.title}" for r in gaps)]
        doc.add_comment([first.runs[0], first.runs[-1]], text="\n".join(lines), author=AUTHOR, initials=INITIALS)
    try:
        doc.save(str(target))
    except OSError as exc:
        raise EngineError(f"cannot write the annotated copy: {exc.strerror}", path=str(target)) from None
    return len(notes), unplaced
