"""What keeps a round's output folder consistent while the round runs: one
round at a time per folder (:func:`folder_lock`), and Ctrl-C that stops
the round only after what is finished is recorded (:func:`graceful_interrupts`)."""

from __future__ import annotations

import errno
import os
import signal
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from approval_engine.round.errors import RoundError
from approval_engine.store.round import now

LOCK_FILE = ".round.lock"


@contextmanager
def folder_lock(out: Path) -> Iterator[None]:
    """One round at a time per output folder."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: no lock
        yield
        return

    path = out / LOCK_FILE
    fh = open(path, "a+")
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                raise RoundError("another round is writing into this folder; wait for it or use another --out",
                                 path=str(out)) from None
            raise
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()} {socket.gethostname()} {now()}\n")
        fh.flush()
        yield
    finally:
        fh.close()


@contextmanager
def graceful_interrupts(stop: threading.Event) -> Iterator[None]:
    """The first Ctrl-C (or SIGTERM) sets ``stop``: the round stops after
    recording what is finished; a second Ctrl-C raises KeyboardInterrupt at once."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {}

    def handler(signum, frame):  # noqa: ARG001
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        try:
            sys.stderr.write("\napproval-engine: stopping after recording finished applications "
                             "(Ctrl-C again to stop at once)\n")
        except Exception:  # noqa: BLE001
            pass

    for sig in (signal.SIGINT, signal.SIGTERM):
        previous[sig] = signal.signal(sig, handler)
    try:
        yield
    finally:
        for sig, h in previous.items():
            signal.signal(sig, h)
