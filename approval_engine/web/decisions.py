"""The panel's scores on the web page as the panel's own data: each
reviewer's scores become a :class:`ReviewSheet`, and the decision and the
agreement figures come from the same code as the ``panel`` command
(:func:`approval_engine.panel.decide.decide` under the ruleset's ``panel:``
rule, :func:`approval_engine.panel.agreement.agreement`). A sheet counts once
every requirement on it has a verdict.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from approval_engine.catalogue import Catalogue
from approval_engine.judge.verdicts import Report, Verdict
from approval_engine.panel.agreement import Agreement, agreement
from approval_engine.panel.decide import ApplicationDecision, decide
from approval_engine.panel.rule import PanelRule
from approval_engine.panel.sheets import ReviewSheet, SheetRow, sheet_from_report
from approval_engine.store.web import WebStore
from approval_engine.web.round_data import Application, RoundData


@dataclass
class Scoring:
    """Where an application's scoring stands."""

    complete: list[ReviewSheet] = field(default_factory=list)  # reviewers who scored every requirement
    in_progress: dict[str, int] = field(default_factory=dict)  # reviewer -> requirements scored so far
    decision: ApplicationDecision | None = None  # None until a reviewer has scored every requirement


def reviewer_sheet(report: Report, reviewer: str, mode: str, scores: dict[str, sqlite3.Row],
                   catalogue: Catalogue) -> ReviewSheet:
    """A reviewer's review sheet as it stands on the web page: the engine's
    pre-assessment (withheld when they started blank) and their own verdicts."""
    sheet = sheet_from_report(report, reviewer, catalogue=catalogue, blank=(mode == "blank"))
    sheet.file = f"web page: {reviewer}"
    for row in sheet.rows:
        s = scores.get(row.id)
        row.reviewer_verdict = Verdict(s["verdict"]) if s is not None else (None if mode != "engine" else row.reviewer_verdict)
        row.justification = s["justification"] if s is not None else ""
    return sheet


def _agreed_sheet(first: ApplicationDecision, agreed: dict[str, sqlite3.Row], chair: str) -> ReviewSheet:
    rows = [SheetRow(id=r.id, criterion=r.criterion, requirement=r.requirement, engine_verdict=r.engine_verdict,
                     reviewer_verdict=Verdict(agreed[r.id]["verdict"]) if r.id in agreed else r.panel_verdict,
                     justification=agreed[r.id]["note"] if r.id in agreed else "")
            for r in first.requirements]
    return ReviewSheet(application=first.application, source=first.source, sha256=first.sha256,
                       provider=first.provider, reviewer=chair, engine_version=first.engine_version,
                       ruleset=first.ruleset, rows=rows, chair=True, file="web page: the chair's agreed verdicts")


def scoring(data: RoundData, store: WebStore, db: sqlite3.Connection, app: Application, rule: PanelRule,
            catalogue: Catalogue) -> Scoring:
    report = data.report(app)
    out = Scoring()
    if report is None:
        return out
    modes = {r["name"]: r["mode"] for r in store.progress(db, app.key)}
    wanted = {r.id for r in report.requirements}
    for reviewer, scores in store.all_scores(db, app.key).items():
        done = wanted & set(scores)
        if done == wanted:
            out.complete.append(reviewer_sheet(report, reviewer, modes.get(reviewer, "engine") or "engine", scores,
                                               catalogue))
        else:
            out.in_progress[reviewer] = len(done)
    for reviewer, mode in modes.items():
        if reviewer not in out.in_progress and all(s.reviewer != reviewer for s in out.complete):
            out.in_progress[reviewer] = 0
    if out.complete:
        first = decide(rule, out.complete, catalogue)
        agreed = store.agreed(db, app.key)
        if agreed:
            chair = next(iter(agreed.values()))["chair"]
            out.decision = decide(rule, out.complete, catalogue, agreed=_agreed_sheet(first, agreed, chair))
            out.decision.chair = chair
        else:
            out.decision = first
        out.decision.stem = app.name
    return out


def round_agreement(data: RoundData, store: WebStore, db: sqlite3.Connection, rule: PanelRule,
                    catalogue: Catalogue) -> tuple[Agreement, list[ApplicationDecision]]:
    """Agreement between reviewers, and between each reviewer and the engine, over
    every application with at least one complete set of scores."""
    decisions = [s.decision for app in data.applications
                 if (s := scoring(data, store, db, app, rule, catalogue)).decision is not None]
    return agreement(decisions), decisions
