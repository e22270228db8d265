"""The whole panel run: import every reviewer's sheet in a folder, check that
the sheets for each application agree with each other, decide, measure the
agreement, record it all in the store and write the decision sheets.

The **store** is SQLite (:mod:`approval_engine.panel.store`): the ``panel_*``
tables, added to a batch round's ``round.sqlite`` when one is given, else in
a ``panel.sqlite`` of their own.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from approval_engine.catalogue import Catalogue, load_catalogue
from approval_engine.errors import EngineError
from approval_engine.panel.agreement import Agreement, agreement
from approval_engine.panel.decide import ApplicationDecision, decide
from approval_engine.panel.render import render_agreement_md, render_decision
from approval_engine.panel.rule import load_panel_rule
from approval_engine.panel.sheet_read import find_sheets, read_sheet
from approval_engine.panel.sheets import ReviewSheet, SheetError, SheetProblems, slug
from approval_engine.panel.store import STORE_FILE, open_store, save


@dataclass
class PanelRun:
    sheets: list[ReviewSheet]
    decisions: list[ApplicationDecision]
    agreement: Agreement
    store: Path
    files: list[Path]


def _check_consistent(group: list[ReviewSheet]) -> None:
    """Sheets for the same application: one per reviewer, the same requirements,
    the same engine verdicts (the pre-assessment every reviewer saw)."""
    seen: dict[str, ReviewSheet] = {}
    for s in group:
        other = seen.get(s.reviewer.lower())
        if other:
            raise SheetError(f"a second sheet by {s.reviewer} for {s.application!r} (the first is {other.file})",
                             path=s.file)
        seen[s.reviewer.lower()] = s
    base = group[0]
    base_rows = {r.id: r for r in base.rows}
    for s in group[1:]:
        ids = {r.id for r in s.rows}
        if ids != set(base_rows):
            diff = sorted(ids ^ set(base_rows))
            raise SheetError(f"lists different requirements from {base.file} ({', '.join(diff[:5])})", path=s.file)
    shown = [s for s in group if not s.blank]  # a blank sheet withholds the engine's verdicts: nothing to compare
    if not shown:
        return
    base = shown[0]
    base_rows = {r.id: r for r in base.rows}
    for s in shown[1:]:
        for r in s.rows:
            if r.engine_verdict != base_rows[r.id].engine_verdict:
                raise SheetError(
                    f"row {r.row} ({r.id}): engine_verdict {r.engine_verdict.label} differs from "
                    f"{base_rows[r.id].engine_verdict.label} in {base.file} (sheets made with different engine "
                    "versions, or an edited engine column)",
                    path=s.file,
                )


def run_panel(sheets_dir: Path, out: Path, *, store: Path | None = None, rule_path: Path | None = None,
              catalogue: Catalogue | None = None, now: datetime | None = None) -> PanelRun:
    """Import every sheet in ``sheets_dir``, record them, and write the agreement
    figures and one decision sheet (HTML and Markdown) per application into ``out``.
    Nothing is recorded or written unless every sheet is valid."""
    cat = catalogue or load_catalogue()
    rule = load_panel_rule(rule_path, catalogue=cat)
    sheets_dir = Path(sheets_dir)
    if not sheets_dir.is_dir():
        raise EngineError("no such folder of review sheets", path=str(sheets_dir))
    files = find_sheets(sheets_dir)
    if not files:
        raise EngineError("no review sheets (.xlsx or .csv) in this folder", path=str(sheets_dir))
    sheets: list[ReviewSheet] = []
    problems: list[SheetError] = []  # every problem in every sheet, reported together
    for p in files:
        try:
            sheets.append(read_sheet(p, catalogue=cat))
        except SheetProblems as exc:
            problems += exc.problems
        except SheetError as exc:
            problems.append(exc)
    groups: dict[str, list[ReviewSheet]] = defaultdict(list)
    agreed: dict[str, ReviewSheet] = {}  # the chair's sheet of agreed verdicts, per application
    for s in sheets:
        if not s.chair:
            groups[s.key].append(s)
        elif s.key in agreed:
            problems.append(SheetError(f"a second chair's sheet for {s.application!r} (the first is "
                                       f"{agreed[s.key].file})", path=s.file))
        else:
            agreed[s.key] = s
    for key, s in agreed.items():
        if key not in groups:
            problems.append(SheetError(f"a chair's sheet for {s.application!r}, which no reviewer's sheet is for",
                                       path=s.file))
        elif {r.id for r in s.rows} != {r.id for r in groups[key][0].rows}:
            problems.append(SheetError(f"lists different requirements from {groups[key][0].file}", path=s.file))
    for group in groups.values():
        try:
            _check_consistent(group)
        except SheetError as exc:
            problems.append(exc)
    if problems:
        raise SheetProblems(problems)
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M UTC")
    decisions = sorted((decide(rule, g, cat, agreed=agreed.get(k)) for k, g in groups.items()),
                       key=lambda d: (d.application.lower(), d.key))
    for d in decisions:
        d.decided_at = stamp
    ag = agreement(decisions)

    out = Path(out)
    store_path = Path(store) if store else out / STORE_FILE
    conn = open_store(store_path, must_exist=store is not None)
    try:
        save(conn, sheets, decisions, now=stamp)
    finally:
        conn.close()

    written: list[Path] = []
    used: set[str] = set()
    try:
        out.mkdir(parents=True, exist_ok=True)
        for d in decisions:
            stem = d.stem
            if stem in used:
                stem = f"{stem}-{slug(d.sha256[:8] or str(len(used)))}"
            used.add(stem)
            for fmt in ("html", "md"):
                target = out / f"{stem}.decision.{fmt}"
                target.write_text(render_decision(d, fmt), encoding="utf-8")
                written.append(target)
        target = out / "agreement.md"
        target.write_text(render_agreement_md(ag), encoding="utf-8")
        written.append(target)
        target = out / "agreement.json"
        target.write_text(json.dumps(ag.as_dict(), indent=2, ensure_ascii=False), encoding="utf-8")
        written.append(target)
    except OSError as exc:
        raise EngineError(f"cannot write the panel's results: {exc.strerror}", path=str(out)) from None
    return PanelRun(sheets, decisions, ag, store_path, written)
