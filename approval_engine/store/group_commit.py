"""Group commit: many small writes from many threads, one SQLite transaction
(and one flush to disk) for all that are waiting.

A thread hands its change (a function of a connection) to :meth:`GroupCommit.run`
and waits. One writer thread takes every change waiting, applies each inside
its own savepoint (a change that raises is undone alone and its caller gets
the exception), commits once, and only then answers the callers. So a caller
is told "saved" only once its change is on disk, and under load the cost of
the commit (a flush with ``synchronous = FULL``) is shared by every change
made meanwhile instead of paid by each in turn.

Its connection does not checkpoint the write-ahead log as part of a commit
(SQLite's default every 1,000 pages, which stalls every caller waiting on
that commit); a second thread checkpoints it once a second instead, without
blocking the writer (``PASSIVE``).
"""

from __future__ import annotations

import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from approval_engine.store.db import transaction

#: at most this many changes in one transaction
MAX_BATCH = 500
#: seconds between checkpoints of the write-ahead log
CHECKPOINT_EVERY = 1.0


class GroupCommit:
    def __init__(self, connect: Callable[[], sqlite3.Connection], path: Path, lock: threading.Lock):
        self._connect, self._path, self._lock = connect, path, lock
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    def run(self, change: Callable[[sqlite3.Connection], Any]) -> Any:
        """Apply ``change`` in a committed transaction; return what it returned (or raise what it raised)."""
        future: Future = Future()
        self._ensure_thread()
        self._queue.put((change, future))
        return future.result()

    def _ensure_thread(self) -> None:
        if self._thread is None:
            with self._start_lock:
                if self._thread is None:
                    self._thread = threading.Thread(target=self._loop, name="group-commit", daemon=True)
                    self._thread.start()
                    threading.Thread(target=self._checkpoints, name="checkpoint", daemon=True).start()

    def _checkpoints(self) -> None:
        db = self._connect()
        while True:
            time.sleep(CHECKPOINT_EVERY)
            try:
                db.execute("PRAGMA wal_checkpoint(PASSIVE)")
            except sqlite3.Error:
                pass  # busy or failing now: the next one catches up

    def _loop(self) -> None:
        db = self._connect()
        db.execute("PRAGMA wal_autocheckpoint = 0")
        while True:
            batch = [self._queue.get()]
            while len(batch) < MAX_BATCH:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            answers: list[tuple[Future, Any, BaseException | None]] = []
            try:
                with self._lock, transaction(db, self._path):
                    for change, future in batch:
                        db.execute("SAVEPOINT change")
                        try:
                            result = change(db)
                        except Exception as exc:  # noqa: BLE001 - handed back to the caller
                            db.execute("ROLLBACK TO change")
                            answers.append((future, None, exc))
                        else:
                            answers.append((future, result, None))
                        db.execute("RELEASE change")
            except Exception as exc:  # noqa: BLE001 - the commit failed: nothing of the batch was saved
                for _, future in batch:
                    future.set_exception(exc)
                continue
            for future, result, exc in answers:
                if exc is None:
                    future.set_result(result)
                else:
                    future.set_exception(exc)
