"""Opening a store file and keeping its schema current, the same way for
every table group (:mod:`approval_engine.store.schema`).

``store_schema`` has one row per table group the file holds, with the
group's version. :func:`ensure_schema` creates a group's tables the first
time, brings them up to date through the group's migrations, and refuses a
file written by a newer approval-engine or one that is not a store at all.
All of it happens in one transaction, so two processes opening the same new
file do not both create the tables.

SQLite's ``user_version`` is set to :data:`STORE_FORMAT` in every store: an
approval-engine from before ``store_schema`` read its round tables' version
there (1), so it refuses such a store as newer rather than misread it. Stores
of that time -- a round store at ``user_version`` 1, panel tables versioned
in a ``panel_meta`` table -- are taken over as they are.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from approval_engine.errors import EngineError
from approval_engine.store.schema import GROUPS, TableGroup

VERSION_TABLE = "store_schema"
STORE_FORMAT = 2


class StoreError(EngineError):
    """A store file that cannot be opened, written, or is not one this version can use."""


def encodable(text: str) -> str:
    """Text SQLite (and any UTF-8 file) can hold: a lone surrogate (an
    undecodable byte in a file name, a ``\\udcXX`` escape in a JSON
    application) becomes ``\\udcXX`` text, as the reports write it."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


@contextmanager
def transaction(db: sqlite3.Connection, path: Path) -> Iterator[sqlite3.Connection]:
    """One transaction: committed if the block ends normally, rolled back
    otherwise. A store that cannot be written (disk full, read-only, locked
    for too long) raises :class:`StoreError`."""
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        else:
            db.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        raise StoreError(f"cannot write the store: {exc}", path=str(path)) from None


def statements(script: str) -> list[str]:
    """Split a schema script into statements (no semicolons inside strings here)."""
    lines = [ln.split("--", 1)[0] for ln in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def _tables(db: sqlite3.Connection) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _take_over_older(db: sqlite3.Connection, tables: set[str]) -> None:
    """Record the table groups of a store written before ``store_schema``."""
    db.execute(f"CREATE TABLE {VERSION_TABLE} (tables TEXT PRIMARY KEY, version INTEGER NOT NULL)")
    if db.execute("PRAGMA user_version").fetchone()[0] == 1 and "runs" in tables:
        db.execute(f"INSERT INTO {VERSION_TABLE} VALUES ('round', 1)")
    if "panel_meta" in tables:
        row = db.execute("SELECT value FROM panel_meta WHERE key = 'schema_version'").fetchone()
        if row is not None and str(row[0]).isdigit():
            db.execute(f"INSERT INTO {VERSION_TABLE} VALUES ('panel', ?)", (int(row[0]),))
            db.execute("DROP TABLE panel_meta")


def ensure_schema(db: sqlite3.Connection, group: TableGroup, path: Path, advice: str = "use another store") -> None:
    """Make sure ``group``'s tables are in the store, at its current version.
    ``advice``: what to do instead when the file cannot be used."""
    with transaction(db, path):
        tables = _tables(db)
        if VERSION_TABLE not in tables:
            _take_over_older(db, tables)
        db.execute(f"PRAGMA user_version = {STORE_FORMAT}")
        row = db.execute(f"SELECT version FROM {VERSION_TABLE} WHERE tables = ?", (group.name,)).fetchone()
        if row is None:
            known = {VERSION_TABLE, *(t for g in GROUPS for t in g.tables)}
            foreign = {t for t in tables if not t.startswith("sqlite_")} - known
            if (group.exclusive and foreign) or set(group.tables) & tables:
                raise StoreError(f"a SQLite file that is not {group.label}; {advice}", path=str(path))
            for statement in statements(group.ddl):
                db.execute(statement)
            db.execute(f"INSERT INTO {VERSION_TABLE} VALUES (?, ?)", (group.name, group.version))
            return
        version = int(row[0])
        if version > group.version:
            raise StoreError(
                f"written by a newer approval-engine (its {group.name} tables are schema version {version}, "
                f"this version reads up to {group.version}); upgrade, or {advice}",
                path=str(path),
            )
        while version < group.version:
            for statement in statements(group.migrations[version]):
                db.execute(statement)
            version += 1
        db.execute(f"UPDATE {VERSION_TABLE} SET version = ? WHERE tables = ?", (version, group.name))
