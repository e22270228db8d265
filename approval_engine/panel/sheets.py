"""Review sheets as data: one per application and reviewer, prefilled with the
engine's pre-assessment (:func:`sheet_from_report`), edited by a panel member,
read back for the panel.

Writing a sheet (``.xlsx`` or ``.csv``) is in :mod:`approval_engine.panel.sheet_write`,
reading and validating one in :mod:`approval_engine.panel.sheet_read`.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from approval_engine.catalogue import Catalogue, load_catalogue
from approval_engine.errors import EngineError
from approval_engine.judge.verdicts import Report, RequirementResult, Verdict

COLUMNS = (
    "id",
    "criterion",
    "requirement",
    "engine_verdict",
    "engine_confidence",
    "engine_reason",
    "engine_evidence",
    "reviewer_verdict",
    "justification",
)
#: the columns a reviewer edits; every other column is the engine's
REVIEWER_COLUMNS = ("reviewer_verdict", "justification")
#: the columns a sheet must have to be read back
REQUIRED_COLUMNS = ("id", "engine_verdict", "reviewer_verdict", "justification")
SHEET_SUFFIXES = (".xlsx", ".csv")
ENGINE_RATER = "engine"

MAX_CELL = 32_000  # Excel's limit is 32,767 characters
MAX_EVIDENCE_QUOTES = 3
MAX_QUOTE = 160

#: how a verdict is written in a sheet (and offered in the drop-down): the
#: verdict's own label, but "n/a" for not applicable, short enough for a drop-down
SHEET_LABELS = {v: ("n/a" if v is Verdict.not_applicable else v.label) for v in Verdict}
_NAMES = list(SHEET_LABELS.values())
#: the spellings a sheet offers, as a message puts them
ACCEPTED = f"{', '.join(_NAMES[:-1])} or {_NAMES[-1]}"


class SheetError(EngineError):
    """A review sheet that cannot be used; the message names the file (and the row)."""


class SheetProblems(EngineError):
    """Every problem found in one or more review sheets, each a :class:`SheetError`
    naming its file and row: a reviewer mends them all at once, not one per run."""

    def __init__(self, problems: list[SheetError]):
        self.problems = problems
        files = len({p.path for p in problems})
        super().__init__(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in {files} review "
                         f"sheet{'s' if files != 1 else ''}; nothing was recorded")


def has_text(s: str) -> bool:
    """A justification counts when it has at least one letter or digit."""
    return any(ch.isalnum() for ch in s or "")


def slug(text: str, fallback: str = "x") -> str:
    s = re.sub(r"[^A-Za-z0-9._-]+", "-", text.strip()).strip("-.")
    return s[:60] or fallback


# --------------------------------------------------------------------------
# The sheet as data


class SheetRow(BaseModel):
    """One requirement on a review sheet."""

    model_config = ConfigDict(extra="forbid")

    id: str
    criterion: str
    requirement: str = ""
    engine_verdict: Verdict | None = Field(default=None, description="None on a blank sheet: withheld")
    engine_confidence: float | None = None
    low_confidence: bool = False
    engine_reason: str = ""
    engine_evidence: str = ""
    reviewer_verdict: Verdict | None = Field(default=None, description="None until the reviewer gives one")
    justification: str = ""
    row: int = Field(default=0, description="the spreadsheet row it was read from (0: not read from a file)")

    @property
    def changed(self) -> bool:
        """The reviewer's verdict differs from the engine's (an override; never on a blank sheet)."""
        return self.engine_verdict is not None and self.reviewer_verdict != self.engine_verdict


class ReviewSheet(BaseModel):
    """A reviewer's sheet for one application."""

    model_config = ConfigDict(extra="forbid")

    application: str
    source: str
    sha256: str = ""
    provider: str = ""
    reviewer: str
    engine_version: str = ""
    ruleset: str = ""
    prepared: str = ""
    rows: list[SheetRow]
    file: str = Field(default="", description="the file it was read from")
    file_sha256: str = ""
    blank: bool = Field(default=False, description="issued without the engine's verdicts, so that reviewers "
                                                   "judge from the application alone")
    chair: bool = Field(default=False, description="the chair's sheet: the verdicts the panel agreed after "
                                                   "discussion, which decide in place of the reviewers' consensus")

    @property
    def key(self) -> str:
        """What identifies the application across sheets: its SHA-256, else its source."""
        return self.sha256 or f"source:{self.source}"

    @property
    def stem(self) -> str:
        name = Path(self.source.replace("\\", "/")).stem if self.source else ""
        return slug(name or self.application, "application")


def short_where(loc) -> str:
    """Where a quote stands, short enough for a sheet cell: the nearest heading
    and the paragraph (or table cell, or note)."""
    bits = []
    if loc.heading_path:
        h = loc.heading_path[-1]
        bits.append(h if len(h) <= 50 else h[:49].rstrip() + "…")
    if loc.part != "body":
        bits.append(f"{loc.part} {loc.note}" if loc.note is not None else loc.part)
    if loc.table is not None:
        bits.append(f"table {loc.table}" + (f", row {loc.row}" if loc.row is not None else ""))
    if loc.paragraph is not None:
        bits.append(f"¶{loc.paragraph}")
    return ", ".join(bits) or "document"


def _short_evidence(r: RequirementResult) -> str:
    def one(e, prefix: str = "") -> str:
        q = " ".join(e.quote.split())
        if len(q) > MAX_QUOTE:
            q = q[: MAX_QUOTE - 1].rstrip() + "…"
        return f"{prefix}“{q}” ({short_where(e.location)})"

    lines = [one(e) for e in r.evidence[:MAX_EVIDENCE_QUOTES]]
    if not lines:
        lines = [one(e, "against: ") for e in r.concerns[:MAX_EVIDENCE_QUOTES]]
    return "\n".join(lines)


def sheet_from_report(report: Report, reviewer: str, *, catalogue: Catalogue | None = None,
                      file_sha256: str = "", prepared: str | None = None, blank: bool = False) -> ReviewSheet:
    """A review sheet prefilled with the engine's verdicts: the reviewer's verdict
    starts as the engine's and the justification starts empty. A ``blank`` sheet
    withholds the engine's pre-assessment (verdict, confidence, reason, evidence):
    every verdict is the reviewer's own, so that agreement between reviewers is
    not raised by a starting point they share."""
    reviewer = check_reviewer(reviewer)
    cat = catalogue or load_catalogue()
    rows = []
    for r in report.requirements:
        rows.append(SheetRow(
            id=r.id,
            criterion=r.criterion,
            requirement=cat.short_for(r.id, r.title),
            engine_verdict=None if blank else r.verdict,
            engine_confidence=None if blank else r.confidence,
            low_confidence=False if blank else r.low_confidence,
            engine_reason="" if blank else r.rationale,
            engine_evidence="" if blank else _short_evidence(r),
            reviewer_verdict=None if blank else r.verdict,
            justification="",
        ))
    return ReviewSheet(
        application=report.application,
        source=report.source,
        sha256=report.sha256 or file_sha256,
        provider=report.provider,
        reviewer=reviewer,
        engine_version=report.engine_version,
        ruleset=f"{report.ruleset} {report.ruleset_version}",
        prepared=prepared or datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        rows=rows,
        blank=blank,
    )


def check_reviewer(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise EngineError("--reviewer: give the reviewer's name")
    if name.lower() == ENGINE_RATER:
        raise EngineError(f"--reviewer: {name!r} is reserved for the engine's own verdicts; use the reviewer's name")
    if len(name) > 100:
        raise EngineError("--reviewer: the name is longer than 100 characters")
    return name


#: the About line that marks a blank sheet, and its value
MODE_KEY, BLANK_MODE = "Mode", "blank: the engine's pre-assessment is withheld"
#: the About line that marks the chair's sheet of agreed verdicts, and its value
ROLE_KEY, CHAIR_ROLE = "Role", "chair: the verdicts the panel agreed after discussion"


def chair_sheet(decision, chair: str, *, prepared: str | None = None) -> ReviewSheet:
    """The chair's sheet for one application, after the panel has met: each requirement's
    verdict starts as the panel's (the decision rule's consensus of the reviewers), for the
    chair to change to what the panel agreed; the justification starts as the reviewers'."""
    chair = check_reviewer(chair)
    rows = []
    for r in decision.requirements:
        said = "; ".join(f"{v.reviewer}: {v.justification}" for v in r.reviews if has_text(v.justification))
        rows.append(SheetRow(
            id=r.id, criterion=r.criterion, requirement=r.requirement, engine_verdict=r.engine_verdict,
            engine_confidence=r.engine_confidence,
            engine_reason="reviewers: " + ", ".join(f"{v.reviewer} {v.label}" for v in r.reviews),
            reviewer_verdict=r.panel_verdict, justification=said[:MAX_CELL],
        ))
    return ReviewSheet(
        application=decision.application, source=decision.source, sha256=decision.sha256,
        provider=decision.provider, reviewer=chair, engine_version=decision.engine_version,
        ruleset=decision.ruleset, prepared=prepared or datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        rows=rows, blank=all(r.engine_verdict is None for r in decision.requirements), chair=True,
    )


def sheet_filename(sheet: ReviewSheet, fmt: str = "xlsx") -> str:
    kind = "agreed" if sheet.chair else "review"
    return f"{sheet.stem}.{kind}.{slug(sheet.reviewer, 'reviewer')}.{fmt}"
