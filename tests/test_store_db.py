"""One store, one schema-version scheme: the round's and the panel's table
groups in one file or two, versioned in ``store_schema``, migrated the same
way, and stores written before that scheme taken over as they are."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from approval_engine.store import db as store_db
from approval_engine.store.db import STORE_FORMAT, StoreError, ensure_schema
from approval_engine.store.panel import open_store
from approval_engine.store.round import Store
from approval_engine.store.schema import PANEL, ROUND


def versions(path) -> dict[str, int]:
    db = sqlite3.connect(path)
    try:
        return dict(db.execute("SELECT tables, version FROM store_schema"))
    finally:
        db.close()


def test_round_and_panel_share_one_file_and_one_version_table(tmp_path):
    path = tmp_path / "round.sqlite"
    Store(path).close()
    open_store(path, must_exist=True).close()
    assert versions(path) == {"round": ROUND.version, "panel": PANEL.version}
    Store(path).close()  # the round reopens its store with the panel's tables in it
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == STORE_FORMAT
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {*ROUND.tables, *PANEL.tables, "store_schema"} == tables
    db.close()


def test_a_panel_store_of_its_own_holds_only_the_panel_tables(tmp_path):
    path = tmp_path / "panel.sqlite"
    open_store(path, must_exist=False).close()
    assert versions(path) == {"panel": PANEL.version}
    with pytest.raises(StoreError, match="no such store file"):
        open_store(tmp_path / "missing.sqlite", must_exist=True)


def test_a_newer_panel_schema_is_refused(tmp_path):
    path = tmp_path / "panel.sqlite"
    open_store(path, must_exist=False).close()
    db = sqlite3.connect(path)
    db.execute("UPDATE store_schema SET version = version + 1 WHERE tables = 'panel'")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match=r"newer approval-engine \(its panel tables are schema version 2"):
        open_store(path, must_exist=True)


def test_a_group_is_migrated_step_by_step(tmp_path, monkeypatch):
    """A group at an older version gets each migration in turn, in one transaction."""
    path = tmp_path / "panel.sqlite"
    open_store(path, must_exist=False).close()
    newer = dataclasses.replace(PANEL, version=PANEL.version + 2, migrations={
        PANEL.version: "ALTER TABLE panel_decisions ADD COLUMN chair TEXT NOT NULL DEFAULT ''",
        PANEL.version + 1: "CREATE INDEX panel_verdicts_by_requirement ON panel_verdicts (requirement)",
    })
    db = sqlite3.connect(path)
    ensure_schema(db, newer, path)
    columns = {r[1] for r in db.execute("PRAGMA table_info(panel_decisions)")}
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    db.close()
    assert "chair" in columns and "panel_verdicts_by_requirement" in indexes
    assert versions(path) == {"panel": PANEL.version + 2}


def test_a_failed_migration_leaves_the_store_as_it_was(tmp_path):
    path = tmp_path / "panel.sqlite"
    open_store(path, must_exist=False).close()
    broken = dataclasses.replace(PANEL, version=PANEL.version + 2, migrations={
        PANEL.version: "ALTER TABLE panel_decisions ADD COLUMN chair TEXT NOT NULL DEFAULT ''",
        PANEL.version + 1: "ALTER TABLE no_such_table ADD COLUMN x",
    })
    db = sqlite3.connect(path)
    with pytest.raises(StoreError, match="no such table: no_such_table"):
        ensure_schema(db, broken, path)
    columns = {r[1] for r in db.execute("PRAGMA table_info(panel_decisions)")}
    db.close()
    assert "chair" not in columns
    assert versions(path) == {"panel": PANEL.version}


def test_tables_of_a_group_not_recorded_are_not_taken_for_it(tmp_path):
    """A file already holding a table named like the panel's, unrecorded, is refused."""
    path = tmp_path / "odd.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE panel_sheets (x)")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="not a panel store"):
        open_store(path, must_exist=True)


def test_stores_written_before_store_schema_are_taken_over(tmp_path):
    # a round store of before: user_version 1 (and the panel's tables versioned in panel_meta)
    path = tmp_path / "round.sqlite"
    db = sqlite3.connect(path)
    # the round tables at version 1: before results.application_json (version 2)
    round_v1 = "\n".join(line for line in ROUND.ddl.splitlines() if "application_json" not in line)
    for statement in store_db.statements(round_v1):
        db.execute(statement)
    db.execute("INSERT INTO runs (started, status, input_dir, ruleset, ruleset_version, ruleset_fingerprint, "
               "ruleset_path, engine_version, jobs, timeout, formats) "
               "VALUES ('t', 'finished', 'in', 'r', '1', 'fp', 'r.yaml', '0.1.0', 1, 1.0, 'json')")
    for statement in store_db.statements(PANEL.ddl):
        db.execute(statement)
    db.execute("CREATE TABLE panel_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("INSERT INTO panel_meta VALUES ('schema_version', '1')")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()

    s = Store(path)
    try:
        assert [r["status"] for r in s.runs()] == ["finished"]  # its data kept
    finally:
        s.close()
    assert versions(path) == {"round": ROUND.version, "panel": 1}  # taken over as version 1, then migrated
    open_store(path, must_exist=True).close()
    db = sqlite3.connect(path)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    db.close()
    assert "panel_meta" not in tables
