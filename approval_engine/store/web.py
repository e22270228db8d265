"""The panel web page's tables in a round's store (the ``web`` group of
:mod:`approval_engine.store.schema`): users, assignments, declared conflicts,
reviewers' scores, the chair's agreed verdicts, recorded decisions, and the
audit trail of every change.

Every change writes the new state and its audit row together, in one
transaction, so the audit trail holds exactly the changes that were
acknowledged. Commits are made with ``synchronous = FULL``, and a save is
acknowledged only once it is committed: it survives the server being killed
(or the machine losing power). Reviewers' and the chair's saves, the
frequent writes, go through a group commit
(:mod:`approval_engine.store.group_commit`): one transaction for every save
waiting.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from approval_engine.store.db import StoreError, encodable, ensure_schema, now, transaction
from approval_engine.store.group_commit import GroupCommit
from approval_engine.store.round import STORE_FILE
from approval_engine.store.schema import ROUND, WEB, Role

__all__ = ["Role", "StoreError", "User", "WebStore", "store_path"]

SECRET_KEY = "session_secret"


def store_path(round_dir: Path) -> Path:
    """The round's store in a batch output folder (a path to the file itself is accepted too)."""
    round_dir = Path(round_dir)
    if round_dir.is_file():
        return round_dir
    path = round_dir / STORE_FILE
    if not path.is_file():
        raise StoreError(f"no {STORE_FILE} here: give the output folder of 'approval-engine batch'", path=str(round_dir))
    return path


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: Role
    password_hash: str
    active: bool = True

    @property
    def is_chair(self) -> bool:
        return self.role is Role.CHAIR

    @property
    def is_secretariat(self) -> bool:
        return self.role is Role.SECRETARIAT

    @property
    def is_reviewer(self) -> bool:
        return self.role is Role.REVIEWER


def _user(row: sqlite3.Row | None) -> User | None:
    if row is None:
        return None
    return User(row["id"], row["name"], Role(row["role"]), row["password_hash"], bool(row["active"]))


class WebStore:
    """The web tables of one round store. One connection per thread
    (:meth:`thread_connection`; the web server's threads each keep theirs).
    Writers in this process take turns on a lock before they ask SQLite for
    its write lock: a thread waiting on the lock wakes the moment it is free,
    where one waiting on SQLite's busy handler sleeps in growing steps."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._group = GroupCommit(self.connect, self.path, self._write_lock)
        db = self.connect()
        try:
            ensure_schema(db, ROUND, self.path, advice="give the output folder of 'approval-engine batch'")
            ensure_schema(db, WEB, self.path, advice="give the output folder of 'approval-engine batch'")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"not a usable round store ({exc})", path=str(self.path)) from None
        finally:
            db.close()

    def connect(self) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None, check_same_thread=False)
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the round store: {exc}", path=str(self.path)) from None
        return db

    def thread_connection(self) -> sqlite3.Connection:
        """This thread's connection, opened the first time it is asked for."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = self.connect()
        return db

    @contextmanager
    def write(self, db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        with self._write_lock, transaction(db, self.path) as tx:
            yield tx

    # ------------------------------------------------------------ settings

    def secret_key(self, db: sqlite3.Connection) -> str:
        """The key that signs session cookies: made once per store, so sessions
        outlive a restart of the server."""
        row = db.execute("SELECT value FROM web_settings WHERE key = ?", (SECRET_KEY,)).fetchone()
        if row:
            return row[0]
        with self.write(db):
            db.execute("INSERT OR IGNORE INTO web_settings VALUES (?, ?)", (SECRET_KEY, secrets.token_hex(32)))
        return db.execute("SELECT value FROM web_settings WHERE key = ?", (SECRET_KEY,)).fetchone()[0]

    # ------------------------------------------------------------ users

    def add_user(self, db: sqlite3.Connection, name: str, role: Role, password_hash: str, actor: str) -> User:
        with self.write(db):
            if db.execute("SELECT 1 FROM web_users WHERE name = ?", (name,)).fetchone():
                raise StoreError(f"there is already a user called {name!r}", path=str(self.path))
            cur = db.execute("INSERT INTO web_users (name, role, password_hash, created) VALUES (?, ?, ?, ?)",
                             (encodable(name), role.value, password_hash, now()))
            self._audit(db, actor, "user", subject=name, detail=f"added as {role.value}")
        return self.user(db, int(cur.lastrowid))

    def set_password(self, db: sqlite3.Connection, name: str, password_hash: str, actor: str) -> None:
        with self.write(db):
            cur = db.execute("UPDATE web_users SET password_hash = ? WHERE name = ?", (password_hash, name))
            if cur.rowcount == 0:
                raise StoreError(f"no user called {name!r}", path=str(self.path))
            self._audit(db, actor, "user", subject=name, detail="password changed")

    def user(self, db: sqlite3.Connection, user_id: int) -> User | None:
        return _user(db.execute("SELECT * FROM web_users WHERE id = ?", (user_id,)).fetchone())

    def user_named(self, db: sqlite3.Connection, name: str) -> User | None:
        return _user(db.execute("SELECT * FROM web_users WHERE name = ?", (name,)).fetchone())

    def users(self, db: sqlite3.Connection, role: Role | None = None) -> list[User]:
        rows = db.execute("SELECT * FROM web_users" + (" WHERE role = ?" if role else "") + " ORDER BY name",
                          (role.value,) if role else ())
        return [_user(r) for r in rows]

    # ------------------------------------------------------------ assignments and conflicts

    def assign(self, db: sqlite3.Connection, key: str, user: User, actor: str) -> bool:
        """Assign an application to a reviewer; False if it already was."""
        with self.write(db):
            if self.conflict(db, key, user.id) is not None:
                raise StoreError(f"{user.name} has declared a conflict of interest with this application")
            cur = db.execute("INSERT OR IGNORE INTO web_assignments (application_key, user_id, assigned_by, assigned_at)"
                             " VALUES (?, ?, ?, ?)", (key, user.id, actor, now()))
            if cur.rowcount:
                self._audit(db, actor, "assign", key, subject=user.name)
        return bool(cur.rowcount)

    def unassign(self, db: sqlite3.Connection, key: str, user: User, actor: str) -> bool:
        """Take an application from a reviewer; their scores stay (and stay audited)."""
        with self.write(db):
            cur = db.execute("DELETE FROM web_assignments WHERE application_key = ? AND user_id = ?", (key, user.id))
            if cur.rowcount:
                self._audit(db, actor, "unassign", key, subject=user.name)
        return bool(cur.rowcount)

    def declare_conflict(self, db: sqlite3.Connection, key: str, user: User, note: str, actor: str) -> None:
        """Record a declared conflict of interest; it ends any assignment of that application to that person."""
        with self.write(db):
            db.execute("INSERT OR REPLACE INTO web_conflicts VALUES (?, ?, ?, ?, ?)",
                       (key, user.id, encodable(note), actor, now()))
            db.execute("DELETE FROM web_assignments WHERE application_key = ? AND user_id = ?", (key, user.id))
            self._audit(db, actor, "conflict", key, subject=user.name, detail=encodable(note))

    def conflict(self, db: sqlite3.Connection, key: str, user_id: int) -> sqlite3.Row | None:
        return db.execute("SELECT * FROM web_conflicts WHERE application_key = ? AND user_id = ?",
                          (key, user_id)).fetchone()

    def conflicts(self, db: sqlite3.Connection) -> list[sqlite3.Row]:
        return db.execute("SELECT c.*, u.name FROM web_conflicts c JOIN web_users u ON u.id = c.user_id "
                          "ORDER BY c.application_key, u.name").fetchall()

    def assignment(self, db: sqlite3.Connection, key: str, user_id: int) -> sqlite3.Row | None:
        return db.execute("SELECT * FROM web_assignments WHERE application_key = ? AND user_id = ?",
                          (key, user_id)).fetchone()

    def assignments(self, db: sqlite3.Connection) -> list[sqlite3.Row]:
        return db.execute("SELECT a.*, u.name FROM web_assignments a JOIN web_users u ON u.id = a.user_id "
                          "ORDER BY a.application_key, u.name").fetchall()

    def open_assignment(self, db: sqlite3.Connection, key: str, user_id: int) -> sqlite3.Row | None:
        """The assignment of an application to a reviewer, unless they are conflicted on it."""
        return db.execute("SELECT * FROM web_assignments a WHERE application_key = ? AND user_id = ? AND NOT EXISTS "
                          "(SELECT 1 FROM web_conflicts c WHERE c.application_key = a.application_key "
                          "AND c.user_id = a.user_id)", (key, user_id)).fetchone()

    def start(self, db: sqlite3.Connection, key: str, user: User, mode: str, engine: dict[str, str]) -> None:
        """A reviewer starts scoring: from the engine's verdicts (each recorded as theirs, audited) or blank."""
        if mode not in ("engine", "blank"):
            raise ValueError(mode)
        with self.write(db):
            row = self.assignment(db, key, user.id)
            if row is None or row["mode"]:
                return
            db.execute("UPDATE web_assignments SET mode = ? WHERE application_key = ? AND user_id = ?",
                       (mode, key, user.id))
            self._audit(db, user.name, "start", key, subject=user.name, detail=mode)
            if mode == "engine":
                for rid, verdict in engine.items():
                    self._score(db, key, user, rid, verdict, "", action="start")

    # ------------------------------------------------------------ scores

    def save_score(self, db: sqlite3.Connection, key: str, user: User, requirement: str, verdict: str,
                   justification: str) -> int | None:
        """Record a reviewer's verdict; returns the audit row's id, or None when nothing changed."""
        return self._group.run(lambda tx: self._score(tx, key, user, requirement, verdict, justification,
                                                      action="score"))

    def import_scores(self, db: sqlite3.Connection, key: str, user: User, verdicts: list[tuple[str, str, str]],
                      mode: str) -> int:
        """Record a review sheet's verdicts (requirement, verdict, justification) in one
        transaction; returns how many changed. Starts the reviewer in ``mode`` if they had not started."""
        with self.write(db):
            db.execute("UPDATE web_assignments SET mode = ? WHERE application_key = ? AND user_id = ? AND mode = ''",
                       (mode, key, user.id))
            return sum(self._score(db, key, user, rid, verdict, justification, action="import") is not None
                       for rid, verdict, justification in verdicts)

    def _score(self, db, key, user, requirement, verdict, justification, *, action: str) -> int | None:
        old = db.execute("SELECT verdict, justification FROM web_scores WHERE application_key = ? AND user_id = ? "
                         "AND requirement = ?", (key, user.id, requirement)).fetchone()
        justification = encodable(justification)
        if old is not None and old["verdict"] == verdict and old["justification"] == justification:
            return None
        db.execute("INSERT OR REPLACE INTO web_scores VALUES (?, ?, ?, ?, ?, ?)",
                   (key, user.id, requirement, verdict, justification, now()))
        return self._audit(db, user.name, action, key, subject=user.name, requirement=requirement,
                           old=(old["verdict"], old["justification"]) if old else (None, None),
                           new=(verdict, justification))

    def scores(self, db: sqlite3.Connection, key: str, user_id: int) -> dict[str, sqlite3.Row]:
        return {r["requirement"]: r for r in db.execute(
            "SELECT * FROM web_scores WHERE application_key = ? AND user_id = ?", (key, user_id))}

    def all_scores(self, db: sqlite3.Connection, key: str) -> dict[str, dict[str, sqlite3.Row]]:
        """Every reviewer's scores of one application: reviewer name -> requirement -> row."""
        out: dict[str, dict[str, sqlite3.Row]] = {}
        for r in db.execute("SELECT s.*, u.name FROM web_scores s JOIN web_users u ON u.id = s.user_id "
                            "WHERE s.application_key = ? AND u.role = ? ORDER BY u.name", (key, Role.REVIEWER.value)):
            out.setdefault(r["name"], {})[r["requirement"]] = r
        return out

    def progress(self, db: sqlite3.Connection, key: str | None = None) -> list[sqlite3.Row]:
        """Per assignment (of one application, with ``key``): how many requirements the reviewer has scored."""
        return db.execute(
            "SELECT a.application_key, a.mode, u.id AS user_id, u.name, "
            "(SELECT count(*) FROM web_scores s WHERE s.application_key = a.application_key AND s.user_id = a.user_id)"
            " AS scored FROM web_assignments a JOIN web_users u ON u.id = a.user_id"
            + (" WHERE a.application_key = ?" if key is not None else "") + " ORDER BY u.name",
            (key,) if key is not None else ()).fetchall()

    # ------------------------------------------------------------ the chair

    def save_agreed(self, db: sqlite3.Connection, key: str, chair: User, requirement: str, verdict: str,
                    note: str) -> int | None:
        return self._group.run(lambda tx: self._agreed(tx, key, chair, requirement, verdict, note))

    def _agreed(self, db, key, chair, requirement, verdict, note) -> int | None:
        old = db.execute("SELECT verdict, note FROM web_agreed WHERE application_key = ? AND requirement = ?",
                         (key, requirement)).fetchone()
        note = encodable(note)
        if old is not None and old["verdict"] == verdict and old["note"] == note:
            return None
        db.execute("INSERT OR REPLACE INTO web_agreed VALUES (?, ?, ?, ?, ?, ?)",
                   (key, requirement, verdict, note, chair.name, now()))
        return self._audit(db, chair.name, "agree", key, requirement=requirement,
                           old=(old["verdict"], old["note"]) if old else (None, None), new=(verdict, note))

    def agreed(self, db: sqlite3.Connection, key: str) -> dict[str, sqlite3.Row]:
        return {r["requirement"]: r for r in db.execute("SELECT * FROM web_agreed WHERE application_key = ?", (key,))}

    def record_decision(self, db: sqlite3.Connection, key: str, application: str, outcome: str, chair: User,
                        decision: dict) -> None:
        with self.write(db):
            db.execute("INSERT OR REPLACE INTO web_decisions VALUES (?, ?, ?, ?, ?, ?)",
                       (key, encodable(application), outcome, chair.name, now(), json.dumps(decision)))
            self._audit(db, chair.name, "decide", key, detail=outcome)

    def decision(self, db: sqlite3.Connection, key: str) -> sqlite3.Row | None:
        return db.execute("SELECT * FROM web_decisions WHERE application_key = ?", (key,)).fetchone()

    # ------------------------------------------------------------ audit

    def _audit(self, db, actor: str, action: str, key: str = "", *, subject: str = "", requirement: str = "",
               old: tuple = (None, None), new: tuple = (None, None), detail: str = "") -> int:
        cur = db.execute(
            "INSERT INTO web_audit (at, actor, action, application_key, subject, requirement, old_verdict, new_verdict,"
            " old_justification, new_justification, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (now(), actor, action, key, subject, requirement, old[0], new[0], old[1], new[1], detail))
        return int(cur.lastrowid)

    def audit(self, db: sqlite3.Connection, key: str | None = None, limit: int = 500) -> list[sqlite3.Row]:
        if key is None:
            return db.execute("SELECT * FROM web_audit ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return db.execute("SELECT * FROM web_audit WHERE application_key = ? ORDER BY id DESC LIMIT ?",
                          (key, limit)).fetchall()
