"""The panel's SQLite store: the ``panel_*`` tables, added to a batch round's
``round.sqlite`` when one is given, else in a ``panel.sqlite`` of their own."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from approval_engine.errors import EngineError

if TYPE_CHECKING:
    from approval_engine.panel.panel import ApplicationDecision
    from approval_engine.panel.review import ReviewSheet

STORE_FILE = "panel.sqlite"
STORE_SCHEMA_VERSION = 1

_DDL = """
CREATE TABLE IF NOT EXISTS panel_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS panel_sheets (
    id INTEGER PRIMARY KEY,
    application_key TEXT NOT NULL,
    application TEXT NOT NULL,
    source TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    sheet_file TEXT NOT NULL,
    sheet_sha256 TEXT NOT NULL,
    engine_version TEXT NOT NULL,
    ruleset TEXT NOT NULL,
    prepared TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    UNIQUE (application_key, reviewer)
);
CREATE TABLE IF NOT EXISTS panel_reviews (
    sheet_id INTEGER NOT NULL REFERENCES panel_sheets(id) ON DELETE CASCADE,
    requirement TEXT NOT NULL,
    criterion TEXT NOT NULL,
    engine_verdict TEXT NOT NULL,
    engine_confidence REAL,
    reviewer_verdict TEXT NOT NULL,
    justification TEXT NOT NULL,
    override INTEGER NOT NULL,
    sheet_row INTEGER NOT NULL,
    PRIMARY KEY (sheet_id, requirement)
);
CREATE TABLE IF NOT EXISTS panel_decisions (
    application_key TEXT PRIMARY KEY,
    application TEXT NOT NULL,
    outcome TEXT NOT NULL,
    rule TEXT NOT NULL,
    rule_source TEXT NOT NULL,
    reviewers TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    criteria TEXT NOT NULL,
    conditions TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS panel_verdicts (
    application_key TEXT NOT NULL,
    requirement TEXT NOT NULL,
    criterion TEXT NOT NULL,
    engine_verdict TEXT NOT NULL,
    panel_verdict TEXT NOT NULL,
    reviewers_disagree INTEGER NOT NULL,
    overridden_by TEXT NOT NULL,
    PRIMARY KEY (application_key, requirement)
);
"""
PANEL_TABLES = ("panel_meta", "panel_sheets", "panel_reviews", "panel_decisions", "panel_verdicts")


class StoreError(EngineError):
    """A store file that cannot be used."""


def open_store(path: Path, *, must_exist: bool) -> sqlite3.Connection:
    """Open (or create) the SQLite file and make sure the ``panel_*`` tables are there.
    Other tables in the file (a batch round's) are left alone."""
    path = Path(path)
    if must_exist and not path.is_file():
        raise StoreError("no such store file (give a batch round's round.sqlite, or leave --store out "
                         "to create panel.sqlite in --out)", path=str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=30)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.executescript(_DDL)
        row = conn.execute("SELECT value FROM panel_meta WHERE key = 'schema_version'").fetchone()
        if row is None:
            with conn:
                conn.execute("INSERT INTO panel_meta (key, value) VALUES ('schema_version', ?)",
                             (str(STORE_SCHEMA_VERSION),))
        elif row[0] != str(STORE_SCHEMA_VERSION):
            conn.close()
            raise StoreError(f"its panel tables are schema version {row[0]}; this engine writes version "
                             f"{STORE_SCHEMA_VERSION}", path=str(path))
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"not a usable SQLite store ({exc})", path=str(path)) from None
    except OSError as exc:
        raise StoreError(f"cannot open the store: {exc.strerror}", path=str(path)) from None
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
                    [(cur.lastrowid, r.id, r.criterion, r.engine_verdict.value, r.engine_confidence,
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
                    [(d.key, r.id, r.criterion, r.engine_verdict.value, r.panel_verdict.value,
                      int(r.reviewers_disagree), json.dumps(r.overridden_by)) for r in d.requirements],
                )
    except sqlite3.Error as exc:
        raise StoreError(f"cannot record the panel's results ({exc})") from None
