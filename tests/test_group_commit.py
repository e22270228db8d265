"""Group commit (approval_engine/store/group_commit.py): changes from many
threads share transactions, each caller is answered only after the commit,
and a change that fails is undone alone."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from approval_engine.store.group_commit import GroupCommit


def _connect(path: Path):
    def connect() -> sqlite3.Connection:
        db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30)
        db.execute("PRAGMA journal_mode = WAL")
        return db
    return connect


@pytest.fixture()
def store(tmp_path):
    path = tmp_path / "t.sqlite"
    db = _connect(path)()
    db.execute("CREATE TABLE t (who INTEGER, n INTEGER, UNIQUE (who, n))")
    db.close()
    return path, GroupCommit(_connect(path), path, threading.Lock())


def test_every_change_from_many_threads_is_committed_when_its_caller_is_answered(store):
    path, group = store
    answered: list[tuple[int, int]] = []
    seen_at_answer: list[bool] = []

    def worker(who: int) -> None:
        check = sqlite3.connect(str(path))
        for n in range(50):
            group.run(lambda db, who=who, n=n: db.execute("INSERT INTO t VALUES (?, ?)", (who, n)))
            answered.append((who, n))
            # another connection sees it the moment the caller is told
            seen_at_answer.append(check.execute("SELECT 1 FROM t WHERE who = ? AND n = ?", (who, n)).fetchone()
                                  is not None)
        check.close()

    threads = [threading.Thread(target=worker, args=(w,)) for w in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    db = sqlite3.connect(str(path))
    assert db.execute("SELECT count(*) FROM t").fetchone()[0] == len(answered) == 20 * 50
    assert all(seen_at_answer)


def test_a_failing_change_is_undone_alone_and_its_caller_gets_the_error(store):
    path, group = store
    group.run(lambda db: db.execute("INSERT INTO t VALUES (1, 1)"))

    def bad(db):
        db.execute("INSERT INTO t VALUES (2, 1)")  # undone with the failure below
        db.execute("INSERT INTO t VALUES (1, 1)")  # breaks UNIQUE

    results: dict[str, object] = {}
    barrier = threading.Barrier(2)

    def run(name, change):
        barrier.wait()
        try:
            results[name] = group.run(change)
        except sqlite3.IntegrityError as exc:
            results[name] = exc

    a = threading.Thread(target=run, args=("bad", bad))
    b = threading.Thread(target=run, args=("good", lambda db: db.execute("INSERT INTO t VALUES (3, 1)") and "ok"))
    a.start(), b.start()
    a.join(timeout=30), b.join(timeout=30)
    assert isinstance(results["bad"], sqlite3.IntegrityError) and results["good"] == "ok"
    rows = sorted(sqlite3.connect(str(path)).execute("SELECT who FROM t"))
    assert rows == [(1,), (3,)]
