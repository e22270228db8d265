"""The panel's tables in the store (the ``panel`` group of
:mod:`approval_engine.store.schema`): added to a batch round's
``round.sqlite`` when one is given, else in a ``panel.sqlite`` of their own."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from approval_engine.store.db import StoreError, ensure_schema
from approval_engine.store.schema import PANEL

if TYPE_CHECKING:
    from approval_engine.panel.decide import ApplicationDecision
    from approval_engine.panel.sheets import ReviewSheet

__all__ = ["STORE_FILE", "StoreError", "open_store", "save"]

STORE_FILE = "panel.sqlite"


def open_store(path: Path, *, must_exist: bool) -> sqlite3.Connection:
    """Open (or create) the SQLite file and make sure the ``panel_*`` tables are there.
    Other tables in the file (a batch round's) are left alone."""
    path = Path(path)
    if must_exist and not path.is_file():
        raise StoreError("no such store file (give a batch round's round.sqlite, or leave --store out "
                         "to create panel.sqlite in --out)", path=str(path))
    conn = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=30)
        conn.execute("PRAGMA foreign_keys = ON")
        ensure_schema(conn, PANEL, path, advice="give another --store")
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        raise StoreError(f"not a usable SQLite store ({exc})", path=str(path)) from None
    except OSError as exc:
        raise StoreError(f"cannot open the store: {exc.strerror}", path=str(path)) from None
    except StoreError:
        conn.close()
        raise
    return conn


def save(conn: sqlite3.Connection, sheets: list[ReviewSheet], decisions: list[ApplicationDecision],
         *, now: str) -> None:
    """Record the sheets and the decisions in one transaction. A reviewer's sheet
    for an application replaces that reviewer's earlier sheet for it."""
    try:
        with conn:
            for s in sheets:
                old = conn.execute("SELECT id FROM panel_sheets WHERE application_key = ? AND reviewer = ?",
                                   (s.key, s.reviewer)).fetchone()
                if old:
                    conn.execute("DELETE FROM panel_reviews WHERE sheet_id = ?", (old[0],))
                    conn.execute("DELETE FROM panel_sheets WHERE id = ?", (old[0],))
                cur = conn.execute(
                    "INSERT INTO panel_sheets (application_key, application, source, sha256, reviewer, sheet_file,"
                    " sheet_sha256, engine_version, ruleset, prepared, imported_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (s.key, s.application, s.source, s.sha256, s.reviewer, s.file, s.file_sha256,
                     s.engine_version, s.ruleset, s.prepared, now),
                )
                conn.executemany(
                    "INSERT INTO panel_reviews (sheet_id, requirement, criterion, engine_verdict, engine_confidence,"
                    " reviewer_verdict, justification, override, sheet_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(cur.lastrowid, r.id, r.criterion, r.engine_verdict.value if r.engine_verdict else "", r.engine_confidence,
                      r.reviewer_verdict.value, r.justification, int(r.changed), r.row) for r in s.rows],
                )
            for d in decisions:
                conn.execute("DELETE FROM panel_verdicts WHERE application_key = ?", (d.key,))
                conn.execute(
                    "INSERT OR REPLACE INTO panel_decisions (application_key, application, outcome, rule, rule_source,"
                    " reviewers, decided_at, criteria, conditions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (d.key, d.application, d.outcome, d.rule, d.rule_source, json.dumps(d.reviewers), now,
                     json.dumps({c.id: c.verdict.value for c in d.criteria}),
                     json.dumps([r.id for r in d.conditions])),
                )
                conn.executemany(
                    "INSERT INTO panel_verdicts (application_key, requirement, criterion, engine_verdict, panel_verdict,"
                    " reviewers_disagree, overridden_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [(d.key, r.id, r.criterion, r.engine_verdict.value if r.engine_verdict else "", r.panel_verdict.value,
                      int(r.reviewers_disagree), json.dumps(r.overridden_by)) for r in d.requirements],
                )
    except sqlite3.Error as exc:
        raise StoreError(f"cannot record the panel's results ({exc})") from None
