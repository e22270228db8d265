"""An application round: every application in a folder, evaluated in
parallel worker processes, with a report per application, a round summary
(``summary.html``, ``summary.csv``) and a store of every run
(``round.sqlite``, see :mod:`approval_engine.round.store`).

How a round runs (:func:`run_round`)
------------------------------------
1. **Discover** every file under the round's folder (sub-folders included,
   the output folder excluded, symlinked folders not followed). Files with an
   application suffix (``.docx .docm .json .yaml .yml``) are evaluated; every
   other file -- a legacy ``.doc``, a PDF, a Word lock file -- is recorded as
   failed with the reason, so nothing received is silently ignored.
2. **Name** each application's reports from its path in a way that cannot
   leave ``<out>/applications/`` (:func:`output_names`).
3. **Skip** files whose content (sha256) was evaluated before into this store
   with the same ruleset fingerprint and engine version: their stored result
   is reused (their reports are written again from the store if missing).
4. **Evaluate** the rest in worker *processes* (:class:`WorkerPool`).
   durable-rules keeps a process-global host whose C core can crash the
   process, so each worker builds one :class:`~approval_engine.judge.evaluate.Engine`
   when it starts and evaluates one application at a time. A worker that dies
   is replaced and its application recorded as failed; an application over
   the time limit is recorded as failed and its worker killed and replaced; a
   worker whose rule engine reported an error retires after answering. The
   round goes on in every case.
5. **Record** each result in the store as it arrives, one transaction per
   application, so a round stopped half-way (Ctrl-C, a killed process) keeps
   every finished result and the next run completes the rest.
6. **Summarise** the round from the store.

Only the parent process writes to the store; workers write the application's
own report files (atomically) and send the rest back.

Test-only hook
--------------
``APPROVAL_ENGINE_TEST_WORKER_FAULT`` (read by each worker when it starts)
injects faults so the tests can exercise crash and timeout handling:
comma-separated ``crash:GLOB`` (the worker ``os._exit``\\ s while evaluating a
file whose name matches GLOB), ``segv:GLOB`` (it kills itself with SIGSEGV),
``hang:GLOB`` (it sleeps for an hour), ``sleep:SECONDS:GLOB`` (it sleeps
that long before evaluating) and ``init-fail:*`` (every worker fails while
starting). Never set it outside tests.
"""

from __future__ import annotations

import csv
import errno
import fnmatch
import hashlib
import io
import json
import multiprocessing
import os
import re
import signal
import socket
import sys
import threading
import time
import traceback
import unicodedata
import zlib
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from multiprocessing.connection import wait as mp_wait
from pathlib import Path
from typing import Any

from approval_engine import __version__
from approval_engine.errors import EngineError
from approval_engine.round.store import STORE_FILE, Outcome, Row, RunInfo, Store, encodable, now

APPLICATION_SUFFIXES = (".docx", ".docm", ".json", ".yaml", ".yml")
FORMATS = ("html", "md", "json")
DEFAULT_FORMATS = ("html", "json")
DEFAULT_TIMEOUT = 120.0
REPORTS_SUBDIR = "applications"
LOCK_FILE = ".round.lock"
SUMMARY_HTML = "summary.html"
SUMMARY_CSV = "summary.csv"
#: A worker evaluates at most this many applications before it is replaced
#: (a guard against slow growth in a long round; memory is flat in practice).
MAX_TASKS_PER_WORKER = 2000
#: Seconds a worker may take to start (import the engine, compile the ruleset).
WORKER_START_TIMEOUT = 180.0
FAULT_ENV = "APPROVAL_ENGINE_TEST_WORKER_FAULT"
VERDICTS = ("met", "partially_met", "not_met", "not_applicable")

# exit statuses of the batch command
EXIT_OK, EXIT_GAPS, EXIT_UNUSABLE, EXIT_INTERRUPTED = 0, 1, 2, 130


class RoundError(EngineError):
    """The round cannot run at all (unusable folder, ruleset, output folder)."""


# =========================================================================
# Discovery and names


@dataclass
class Item:
    """One file received for the round."""

    path: Path  # absolute
    rel: str  # relative to the round's folder, '/'-separated
    problem: str = ""  # set when the file is not evaluated at all (recorded as failed)
    size: int = 0
    sha256: str = ""
    output_name: str = ""

    @property
    def name(self) -> str:
        return self.rel


def _not_an_application(name: str, suffix: str) -> str:
    if name.startswith("~$"):
        return "a Word lock file (Word writes one while a document is open), not an application"
    if name.startswith("._"):
        return "a macOS metadata file (written when copying from a Mac), not an application"
    if suffix == ".doc":
        return "a legacy Word 97-2003 .doc file: save it as .docx and send it again"
    if suffix in (".pdf", ".rtf", ".odt", ".txt", ".pages"):
        return f"a {suffix} file, not an application: the round reads Word .docx/.docm (or .json/.yaml in the application model)"
    return "not an application file: the round reads .docx, .docm, .json, .yaml and .yml files"


def discover(folder: Path, exclude: list[Path] = ()) -> list[Item]:
    """Every file under ``folder`` (sorted by path), except under ``exclude``.

    Raises :class:`RoundError` if the folder cannot be used at all.
    """
    folder = Path(folder)
    if not folder.exists():
        raise RoundError("no such folder", path=str(folder))
    if not folder.is_dir():
        raise RoundError("not a folder (give the folder holding the round's applications)", path=str(folder))
    try:
        os.listdir(folder)
    except OSError as exc:
        raise RoundError(f"cannot read the folder: {exc.strerror}", path=str(folder)) from None
    root = folder.resolve()
    excluded = {p.resolve() for p in exclude}
    items: list[Item] = []

    def rel(p: Path) -> str:
        return p.relative_to(root).as_posix()

    def onerror(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else root
        items.append(Item(path=where, rel=rel(where) + "/", problem=f"a folder that cannot be read ({exc.strerror})"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=False):
        here = Path(dirpath)
        keep = []
        for d in sorted(dirnames):
            p = here / d
            if p.resolve() in excluded:
                continue
            if p.is_symlink():
                items.append(Item(path=p, rel=rel(p) + "/", problem="a link to a folder, not followed: put the files in the round's folder"))
                continue
            keep.append(d)
        dirnames[:] = keep
        for name in sorted(filenames):
            p = here / name
            item = Item(path=p, rel=rel(p))
            suffix = p.suffix.lower()
            try:
                st = p.stat()
            except OSError as exc:
                item.problem = f"cannot be read ({exc.strerror or exc})"
                items.append(item)
                continue
            if not os.path.isfile(p):
                item.problem = "not a regular file"
            elif suffix not in APPLICATION_SUFFIXES or name.startswith(("~$", "._")):
                item.problem = _not_an_application(name, suffix)
            item.size = st.st_size
            items.append(item)
    items.sort(key=lambda i: i.rel)
    return items


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
MAX_NAME = 80


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = _UNSAFE.sub("-", text)
    text = re.sub(r"-{2,}", "-", text).strip(".-_ ")
    text = text[:MAX_NAME].rstrip(".-_ ")
    if text.lower() in _RESERVED:
        text += "-file"
    return text


def output_names(rels: list[str]) -> dict[str, str]:
    """A file-name stem for each application's reports, derived from its path.

    Only ASCII letters, digits, ``.``, ``_`` and ``-`` are kept, never a path
    separator, never a leading dot, at most 80 characters, so a report name
    can never leave the reports folder whatever the file is called. Names
    that would collide (also ignoring case) get the file type and then a short
    hash of the path appended. Deterministic for a given set of paths.
    """
    base: dict[str, str] = {}
    for r in rels:
        p = Path(r)
        stem = p.as_posix()[: -len(p.suffix)] if p.suffix else p.as_posix()
        base[r] = _slug(stem.replace("/", "-")) or "application"

    def collisions(names: dict[str, str]) -> set[str]:
        seen: dict[str, int] = {}
        for n in names.values():
            seen[n.lower()] = seen.get(n.lower(), 0) + 1
        return {r for r, n in names.items() if seen[n.lower()] > 1}

    names = dict(base)
    for r in collisions(names):
        ext = _slug(Path(r).suffix.lstrip("."))
        names[r] = f"{base[r][: MAX_NAME - 6]}-{ext}" if ext else base[r]
    for r in collisions(names):
        digest = hashlib.sha1(r.encode("utf-8", "surrogateescape")).hexdigest()[:8]
        names[r] = f"{names[r][: MAX_NAME - 9]}-{digest}"
    return names


def safe_target(reports_dir: Path, name: str, suffix: str) -> Path:
    """``reports_dir/name+suffix``, refusing anything that would land elsewhere."""
    if not name or "/" in name or "\\" in name or name.startswith(".") or "\0" in name:
        raise ValueError(f"unsafe report name {name!r}")
    target = reports_dir / f"{name}{suffix}"
    if target.parent.resolve() != reports_dir.resolve():
        raise ValueError(f"report name {name!r} leaves the reports folder")
    return target


def write_atomic(target: Path, text: str) -> None:
    """Write a file so a reader sees the old content or the new, never half of it."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# =========================================================================
# The ruleset's identity


@dataclass
class RulesetIdentity:
    path: Path
    name: str
    version: str
    fingerprint: str
    requirement_ids: list[str]


def ruleset_identity(ruleset_path: Path | None) -> RulesetIdentity:
    """Load and validate the ruleset (raising RulesetError if it is unusable)
    and fingerprint it with the catalogue: a result is reused only when both
    are unchanged. The parent never touches durable-rules."""
    from approval_engine.catalogue import load_catalogue
    from approval_engine.judge.evaluate import default_ruleset_path
    from approval_engine.rules.language import load_ruleset

    path = Path(ruleset_path) if ruleset_path else default_ruleset_path()
    catalogue = load_catalogue()
    rs = load_ruleset(path, known_ids=catalogue.ids())
    payload = json.dumps(
        {"ruleset": rs.model_dump(mode="json"), "catalogue": catalogue.model_dump(mode="json")},
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    return RulesetIdentity(
        path=path,
        name=rs.ruleset,
        version=rs.version,
        fingerprint=hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16],
        requirement_ids=[r.id for r in rs.requirements],
    )


# =========================================================================
# The worker process


@dataclass
class Task:
    index: int
    path: str  # absolute
    rel: str
    sha256: str
    output_name: str
    reports_dir: str
    formats: tuple[str, ...]


def _faults() -> list[tuple[str, str, float]]:
    spec = os.environ.get(FAULT_ENV, "")
    out = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        bits = part.split(":")
        if bits[0] == "sleep" and len(bits) == 3:
            out.append(("sleep", bits[2], float(bits[1])))
        elif len(bits) == 2:
            out.append((bits[0], bits[1], 0.0))
    return out


def _inject_fault(faults: list[tuple[str, str, float]], name: str) -> None:
    for action, pattern, seconds in faults:
        if not fnmatch.fnmatch(name, pattern):
            continue
        if action == "crash":
            os._exit(70)
        if action == "segv":
            os.kill(os.getpid(), signal.SIGSEGV)
            time.sleep(5)
        if action == "hang":
            time.sleep(3600)
        if action == "sleep":
            time.sleep(seconds)


def _worker_main(conn, ruleset_path: str | None) -> None:
    """A worker: build one Engine, then evaluate tasks until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C means
    try:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    except ValueError:
        pass
    try:
        from approval_engine.judge.evaluate import Engine

        faults = _faults()
        if any(action == "init-fail" for action, _, _ in faults):
            raise RuntimeError("injected start-up failure (test hook)")
        engine = Engine(Path(ruleset_path) if ruleset_path else None)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which aborts the round
        try:
            conn.send(("init_failed", _describe(exc)))
        finally:
            conn.close()
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the parent has gone
        if task is None:
            return
        if faults:
            _inject_fault(faults, Path(task.path).name)
        outcome, retire = evaluate_task(engine, task)
        try:
            conn.send(("done", task.index, outcome, retire))
        except (BrokenPipeError, OSError):
            return
        if retire:
            return


def _describe(exc: BaseException) -> str:
    """A one-line message for an error; for an unexpected one, where it happened."""
    if isinstance(exc, EngineError):
        msg = str(exc)
        if exc.path and msg.startswith(f"{exc.path}: "):
            msg = msg[len(exc.path) + 2 :]
        return msg
    if isinstance(exc, MemoryError):
        return "out of memory while evaluating the application"
    if isinstance(exc, RecursionError):
        return "the document is nested too deeply to evaluate"
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot be read or written ({exc.strerror}{': ' + exc.filename if exc.filename else ''})"
    tb = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else ""
    text = " ".join(str(exc).split())[:300]
    return f"internal error ({type(exc).__name__}: {text}){where}"


class FileChanged(EngineError):
    """The file's content changed between discovery and evaluation."""


def _kind(exc: BaseException) -> str:
    """What kind of failure: 'input' failures are caused by the file's own
    content and are not tried again while it is unchanged; the rest are."""
    from approval_engine.errors import EvaluationError, InputError

    if isinstance(exc, FileChanged):
        return "changed"
    if isinstance(exc, InputError):
        return "input"
    if isinstance(exc, EvaluationError):
        return "engine"
    if isinstance(exc, EngineError):
        return "engine"
    if isinstance(exc, OSError):
        return "io"
    return "internal"


def _outcome_from_report(report, report_json: str) -> Outcome:
    verdicts, evidence = [], []
    for i, r in enumerate(report.requirements):
        verdicts.append((i, r.id, r.criterion, r.verdict.value, float(r.confidence), int(r.low_confidence), r.rationale))
        for kind, items in (("evidence", r.evidence), ("concern", r.concerns)):
            for j, e in enumerate(items):
                evidence.append((r.id, j, kind, e.quote, e.where, e.location.model_dump_json(), e.aspect))
    return Outcome(
        status="ok",
        title=report.application,
        provider=report.provider,
        counts=report.counts,
        low_confidence=sum(1 for r in report.requirements if r.low_confidence),
        warnings=list(report.warnings),
        verdicts=verdicts,
        evidence=evidence,
        report_z=zlib.compress(report_json.encode("utf-8"), 6),
    )


def evaluate_task(engine, task: Task) -> tuple[Outcome, bool]:
    """Evaluate one application and write its reports. Returns the outcome and
    whether this worker should retire (after a rule-engine error)."""
    from approval_engine.errors import EvaluationError
    from approval_engine.report import render, suffix

    started = now()
    timings: dict[str, float] = {}
    path = Path(task.path)
    t0 = time.perf_counter()
    try:
        if sha256_of(path) != task.sha256:
            raise FileChanged("the file changed while the round was running: run the round again")
        t = time.perf_counter()
        if path.suffix.lower() in (".json", ".yaml", ".yml"):
            from approval_engine.ingest.model import load_application_file

            app = load_application_file(path)
            timings["extract"] = time.perf_counter() - t
            timings["model"] = 0.0
        else:
            from approval_engine.ingest.extract import extract
            from approval_engine.ingest.model import build_application

            doc = extract(path)
            timings["extract"] = time.perf_counter() - t
            t = time.perf_counter()
            app = build_application(doc)
            timings["model"] = time.perf_counter() - t
        t = time.perf_counter()
        facts = engine.facts(app)
        timings["facts"] = time.perf_counter() - t
        t = time.perf_counter()
        decisions = engine.decide(facts)
        timings["rules"] = time.perf_counter() - t
        t = time.perf_counter()
        report = engine.report(app, facts, decisions)
        texts = {fmt: render(report, fmt) for fmt in task.formats}
        report_json = texts.get("json") or render(report, "json")
        reports_dir = Path(task.reports_dir)
        for fmt, text in texts.items():
            write_atomic(safe_target(reports_dir, task.output_name, suffix(fmt)), text)
        timings["report"] = time.perf_counter() - t
        outcome = _outcome_from_report(report, report_json)
        retire = False
    except BaseException as exc:  # noqa: BLE001 - every failure is recorded, the round goes on
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        outcome = Outcome(status="failed", error=_describe(exc), error_kind=_kind(exc))
        retire = isinstance(exc, (EvaluationError, MemoryError))
    timings["total"] = time.perf_counter() - t0
    outcome.timings = timings
    outcome.started = started
    outcome.finished = now()
    outcome.sha256 = task.sha256
    return outcome, retire


# =========================================================================
# The pool of worker processes


class PoolAborted(RoundError):
    """Workers cannot start (a ruleset durable-rules refuses, a broken install)."""


@dataclass
class _Worker:
    proc: Any
    conn: Any
    started_at: float
    ready: bool = False
    task: Task | None = None
    deadline: float = 0.0
    done: int = 0
    broken: bool = False  # its pipe failed: treat as dead
    retired: bool = False  # handled and no longer in use


def _signal_name(code: int | None) -> str:
    if code is None:
        return "did not report how it ended"
    if code < 0:
        try:
            return f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"was killed by signal {-code}"
    return f"exited with status {code}"


class WorkerPool:
    """A fixed number of worker processes, each evaluating one task at a time.

    Unlike :mod:`concurrent.futures` (whose pool breaks for good when a
    worker dies) and :class:`multiprocessing.Pool` (which loses the task of a
    dead worker and can hang), a worker that dies or overruns the time limit
    here costs exactly one application: it is recorded as failed and the
    worker replaced.
    """

    def __init__(self, jobs: int, ruleset_path: Path | None, timeout: float, stop: threading.Event | None = None):
        self.jobs = max(1, jobs)
        self.ruleset_path = str(ruleset_path) if ruleset_path else None
        self.timeout = timeout
        # spawn: a fresh interpreter per worker, never a fork of a process
        # that may hold durable-rules' threads or an open store
        self.ctx = multiprocessing.get_context("spawn")
        self.workers: list[_Worker] = []
        self.start_failures = 0
        self.stop = stop or threading.Event()
        self.started = 0  # worker processes started, replacements included

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe(duplex=True)
        proc = self.ctx.Process(target=_worker_main, args=(child, self.ruleset_path), name="approval-engine-worker",
                                daemon=True)
        proc.start()
        child.close()
        self.started += 1
        return _Worker(proc=proc, conn=parent, started_at=time.monotonic())

    @staticmethod
    def _kill(w: _Worker) -> int | None:
        try:
            if w.proc.is_alive():
                w.proc.kill()
            w.proc.join(10)
        except Exception:  # noqa: BLE001
            pass
        try:
            w.conn.close()
        except Exception:  # noqa: BLE001
            pass
        w.retired = True
        return w.proc.exitcode

    def shutdown(self, kill: bool = False) -> None:
        live = [w for w in self.workers if not w.retired]
        for w in live:
            if kill or w.task is not None:
                self._kill(w)
            else:
                try:
                    w.conn.send(None)
                except Exception:  # noqa: BLE001
                    pass
        deadline = time.monotonic() + 10
        for w in live:
            if not w.retired:
                w.proc.join(max(0.1, deadline - time.monotonic()))
                self._kill(w)
        self.workers = []

    def run(self, tasks: list[Task], on_result: Callable[[Task, Outcome], None]) -> list[Task]:
        """Evaluate every task, calling ``on_result`` (in this process) for each
        as it finishes. Returns the tasks not started when stopped early
        (a task under way when stopped is neither returned nor reported)."""
        queue: deque[Task] = deque(tasks)
        self.workers = [self._start() for _ in range(min(self.jobs, len(queue)))]
        try:
            while queue or any(w.task is not None for w in self.workers if not w.retired):
                if self.stop.is_set():
                    break
                for w in self.workers:
                    if w.ready and w.task is None and queue and not w.retired and not w.broken:
                        task = queue.popleft()
                        try:
                            w.conn.send(task)
                        except (BrokenPipeError, OSError):
                            queue.appendleft(task)
                            w.broken = True  # replaced below
                            continue
                        w.task = task
                        w.deadline = time.monotonic() + self.timeout
                live = [w for w in self.workers if not w.retired]
                waitables = [x for w in live for x in (w.conn, w.proc.sentinel)]
                nearest = min(
                    [w.deadline for w in live if w.task is not None]
                    + [w.started_at + WORKER_START_TIMEOUT for w in live if not w.ready],
                    default=time.monotonic() + 0.5,
                )
                if waitables:
                    mp_wait(waitables, timeout=min(0.5, max(0.0, nearest - time.monotonic())))
                for i, w in enumerate(self.workers):
                    self._service(i, w, queue, on_result)
        finally:
            self.shutdown(kill=self.stop.is_set())
        return list(queue)

    def _drain(self, w: _Worker, on_result) -> tuple[bool, bool]:
        """Read every message waiting from a worker. Returns (pipe closed, retire)."""
        retire = False
        while True:
            try:
                if not w.conn.poll():
                    return False, retire
                msg = w.conn.recv()
            except (EOFError, OSError):
                return True, retire
            kind = msg[0]
            if kind == "ready":
                w.ready = True
                self.start_failures = 0
            elif kind == "init_failed":
                self._kill(w)
                raise PoolAborted(f"the worker processes cannot start: {msg[1]}")
            elif kind == "done":
                _, _index, outcome, retire = msg
                task, w.task = w.task, None
                w.done += 1
                if task is not None:
                    on_result(task, outcome)

    def _service(self, i: int, w: _Worker, queue: deque[Task], on_result) -> None:
        if w.retired:
            return
        closed, retire = self._drain(w, on_result)
        dead = closed or w.broken
        if not dead and not w.proc.is_alive():
            # it may have answered just before it ended: read that first
            _, retire2 = self._drain(w, on_result)
            retire = retire or retire2
            dead = True
        if dead:
            code = self._kill(w)
            if w.task is not None:
                task, w.task = w.task, None
                on_result(task, Outcome(status="failed", error_kind="crash", error=(
                    f"the worker process evaluating this application {_signal_name(code)} "
                    "(a crash in the rule engine or the Word reader); the round went on without it")))
            elif not w.ready:
                self.start_failures += 1
                if self.start_failures >= 3:
                    raise PoolAborted(
                        f"the worker processes cannot start: the last one {_signal_name(code)} while starting")
            self._replace(i, queue)
            return
        now_ = time.monotonic()
        if w.task is not None and now_ > w.deadline:
            task, w.task = w.task, None
            self._kill(w)
            on_result(task, Outcome(status="failed", error_kind="timeout", error=(
                f"took longer than the time limit of {self.timeout:g} s, so its evaluation was stopped "
                "(raise --timeout if the file is simply very large)")))
            self._replace(i, queue)
            return
        if not w.ready and now_ > w.started_at + WORKER_START_TIMEOUT:
            self._kill(w)
            raise PoolAborted(f"a worker process did not start within {WORKER_START_TIMEOUT:g} s")
        if w.task is None and (retire or w.done >= MAX_TASKS_PER_WORKER):
            try:
                w.conn.send(None)
            except Exception:  # noqa: BLE001
                pass
            w.proc.join(5)
            self._kill(w)
            self._replace(i, queue)

    def _replace(self, i: int, queue: deque[Task]) -> None:
        if queue and not self.stop.is_set():
            self.workers[i] = self._start()


# =========================================================================
# The round


@dataclass
class RoundOptions:
    folder: Path
    out: Path
    jobs: int = 0  # 0: one per CPU
    formats: tuple[str, ...] = DEFAULT_FORMATS
    timeout: float = DEFAULT_TIMEOUT
    ruleset: Path | None = None
    force: bool = False  # evaluate again even what is unchanged


@dataclass
class RoundResult:
    run_id: int
    out: Path
    total: int
    ok: int = 0
    skipped: int = 0
    failed: int = 0
    failed_unchanged: int = 0  # failed before on their own content, unchanged, not tried again
    pending: int = 0
    with_gaps: int = 0
    interrupted: bool = False
    failures: list[tuple[str, str]] = field(default_factory=list)
    summary_html: Path | None = None
    summary_csv: Path | None = None
    store: Path | None = None

    @property
    def exit_status(self) -> int:
        if self.interrupted:
            return EXIT_INTERRUPTED
        if self.failed or self.with_gaps or self.pending:
            return EXIT_GAPS
        return EXIT_OK


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def default_out(base: Path = Path("reports")) -> Path:
    return base / f"round-{datetime.now().strftime('%Y%m%d-%H%M%S')}"


@contextmanager
def _folder_lock(out: Path) -> Iterator[None]:
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
def _graceful_interrupts(stop: threading.Event) -> Iterator[None]:
    """The first Ctrl-C (or SIGTERM) asks the round to stop after recording
    what is finished; a second Ctrl-C stops at once."""
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


ProgressFn = Callable[[Item, str], None]


def run_round(opts: RoundOptions, progress: ProgressFn | None = None,
              on_start: Callable[[int, int, int, int], None] | None = None) -> RoundResult:
    """Run (or re-run, or resume) a round. ``on_start(total, to_evaluate,
    unchanged, not_applications)`` is
    called once the files are known; ``progress(item, status)`` after each
    file is settled (status: ok, failed, skipped)."""
    folder = Path(opts.folder)
    out = Path(opts.out)
    formats = tuple(dict.fromkeys(opts.formats))
    for f in formats:
        if f not in FORMATS:
            raise RoundError(f"unknown report format {f!r} (expected {', '.join(FORMATS)})")
    if opts.timeout <= 0:
        raise RoundError("--timeout must be a positive number of seconds")
    jobs = opts.jobs or default_jobs()

    if out.exists() and folder.exists() and out.resolve() == folder.resolve():
        raise RoundError("--out must not be the round's own folder (its reports would be read as applications); "
                         "give a folder beside it or inside it", path=str(out))
    items = discover(folder, exclude=[out])
    if not items:
        raise RoundError("the folder holds no files to evaluate", path=str(folder))
    identity = ruleset_identity(opts.ruleset)  # RulesetError: exit 2 before anything is written

    try:
        out.mkdir(parents=True, exist_ok=True)
        reports_dir = out / REPORTS_SUBDIR
        reports_dir.mkdir(exist_ok=True)
    except OSError as exc:
        raise RoundError(f"cannot create the output folder: {exc.strerror}", path=str(out)) from None

    names = output_names([i.rel for i in items])
    for item in items:
        item.output_name = names[item.rel]

    stop = threading.Event()
    with _folder_lock(out), _graceful_interrupts(stop):
        for stale in reports_dir.glob(".*.tmp"):  # left by a worker killed while writing a report
            try:
                stale.unlink()
            except OSError:
                pass
        store = Store(out / STORE_FILE)
        run_id = None
        try:
            store.mark_stale_runs()
            run_id = store.begin_run(RunInfo(
                input_dir=str(folder.resolve()), ruleset=identity.name, ruleset_version=identity.version,
                ruleset_fingerprint=identity.fingerprint, ruleset_path=str(identity.path), engine_version=__version__,
                jobs=jobs, timeout=opts.timeout, formats=",".join(formats), host=socket.gethostname(),
            ))
            result = RoundResult(run_id=run_id, out=out, total=len(items), store=out / STORE_FILE)
            pending = _run(store, run_id, items, identity, opts, formats, jobs, reports_dir, result, stop,
                           progress, on_start)
            result.pending = len(pending)
            result.interrupted = stop.is_set() and bool(pending)
            store.finish_run(run_id, "interrupted" if result.interrupted else "finished",
                             note=f"{len(pending)} application(s) not evaluated" if pending else "")
            rows = store.rows(run_id)
            result.with_gaps = sum(1 for r in rows if r.evaluated and r.has_gaps)
            html, csv_path = write_summary(store, run_id, out, identity, formats, pending=[p.rel for p in pending])
            result.summary_html, result.summary_csv = html, csv_path
        except KeyboardInterrupt:
            # a second Ctrl-C: every finished result is already committed
            _finish_quietly(store, run_id, "interrupted", "stopped at once (Ctrl-C twice)")
            raise
        except BaseException as exc:
            _finish_quietly(store, run_id, "aborted", _describe(exc))
            raise
        finally:
            store.close()
    return result


def _finish_quietly(store: Store, run_id: int | None, status: str, note: str) -> None:
    if run_id is None:
        return
    try:
        if store.run(run_id)["status"] == "running":
            store.finish_run(run_id, status, note)
    except Exception:  # noqa: BLE001 - the store itself may be what failed
        pass


def _run(store: Store, run_id: int, items: list[Item], identity: RulesetIdentity, opts: RoundOptions,
         formats: tuple[str, ...], jobs: int, reports_dir: Path, result: RoundResult, stop: threading.Event,
         progress: ProgressFn | None, on_start) -> list[Item]:
    """Settle every item; return those left unsettled when stopped early."""
    settled: set[str] = set()

    def settle(item: Item, outcome: Outcome) -> None:
        store.record(run_id, item.rel, item.sha256, item.size, item.output_name, outcome)
        settled.add(item.rel)
        if outcome.status == "ok":
            result.ok += 1
        else:
            result.failed += 1
            if outcome.reused_result_id is not None:
                result.failed_unchanged += 1
            result.failures.append((item.rel, outcome.error))
            _remove_reports(reports_dir, item.output_name)
        if progress:
            progress(item, outcome.status)

    def skip(item: Item, reused_id: int) -> None:
        store.record_skip(run_id, item.rel, item.sha256, item.size, reused_id, item.output_name)
        settled.add(item.rel)
        result.skipped += 1
        try:
            _ensure_reports(store, reused_id, reports_dir, item.output_name, formats)
        except Exception as exc:  # noqa: BLE001 - the verdicts are safe in the store; say so and go on
            sys.stderr.write(f"approval-engine: {item.rel}: its reports could not be written again "
                             f"from the store ({_describe(exc)})\n")
        if progress:
            progress(item, "skipped")

    to_evaluate: list[Item] = []
    early: list[tuple[Item, Outcome | int]] = []
    unchanged = 0
    for item in items:
        kind = "input"
        if not item.problem:
            try:
                item.sha256 = sha256_of(item.path)
            except OSError as exc:
                item.problem, kind = f"cannot be read ({exc.strerror or exc})", "io"
        if item.problem:
            item.sha256 = item.sha256 or _sha256_or_blank(item.path)
            early.append((item, Outcome(status="failed", error=item.problem, error_kind=kind, started=now())))
            continue
        reuse = None if opts.force else store.reusable(item.rel, item.sha256, identity.fingerprint, __version__)
        if reuse is None:
            to_evaluate.append(item)
            continue
        unchanged += 1
        if reuse["status"] == "ok":
            early.append((item, int(reuse["id"])))
        else:  # the same content failed on its own account before: it would again
            early.append((item, Outcome(status="failed", error=reuse["error"], error_kind=reuse["error_kind"],
                                        reused_result_id=int(reuse["id"]), started=now())))
    if on_start:
        on_start(len(items), len(to_evaluate), unchanged, len(early) - unchanged)

    for item, what in early:
        if stop.is_set():
            break
        if isinstance(what, Outcome):
            settle(item, what)
        else:
            skip(item, what)

    if to_evaluate and not stop.is_set():
        tasks = [
            Task(index=n, path=str(item.path.resolve()), rel=item.rel, sha256=item.sha256,
                 output_name=item.output_name, reports_dir=str(reports_dir.resolve()), formats=formats)
            for n, item in enumerate(to_evaluate)
        ]
        pool = WorkerPool(min(jobs, len(tasks)), identity.path, opts.timeout, stop=stop)
        pool.run(tasks, lambda task, outcome: settle(to_evaluate[task.index], outcome))
    return [i for i in items if i.rel not in settled]


def _sha256_or_blank(path: Path) -> str:
    try:
        return sha256_of(path) if path.is_file() else ""
    except OSError:
        return ""


def _remove_reports(reports_dir: Path, name: str) -> None:
    """A failed application must not keep an older report that looks current."""
    for fmt in FORMATS:
        from approval_engine.report import suffix

        try:
            safe_target(reports_dir, name, suffix(fmt)).unlink(missing_ok=True)
        except (OSError, ValueError):
            pass


def _ensure_reports(store: Store, result_id: int, reports_dir: Path, name: str, formats: tuple[str, ...]) -> None:
    """A skipped application's reports, written again from the store if missing."""
    from approval_engine.report import render, suffix
    from approval_engine.judge.verdicts import Report

    missing = [f for f in formats if not safe_target(reports_dir, name, suffix(f)).exists()]
    if not missing:
        return
    data = store.report(result_id)
    if data is None:
        return
    data.pop("summary", None)
    report = Report.model_validate(data)
    for fmt in missing:
        write_atomic(safe_target(reports_dir, name, suffix(fmt)), render(report, fmt))


# =========================================================================
# The summary


@dataclass
class CriterionColumns:
    id: str
    title: str
    requirements: list[str]


def _columns(identity: RulesetIdentity, rows: list[Row]) -> list[CriterionColumns]:
    from approval_engine.catalogue import load_catalogue

    cat = load_catalogue()
    in_ruleset = set(identity.requirement_ids)
    seen_in_rows = {rid for r in rows for rid in r.verdicts}
    wanted = in_ruleset | seen_in_rows
    groups: list[CriterionColumns] = []
    placed: set[str] = set()
    for crit in cat.criteria:
        ids = [r.id for r in cat.requirements_for(crit.id) if r.id in wanted]
        if ids:
            groups.append(CriterionColumns(crit.id, crit.title, ids))
            placed.update(ids)
    extra = [i for i in identity.requirement_ids if i not in placed] + sorted(seen_in_rows - placed - in_ruleset)
    if extra:
        groups.append(CriterionColumns("X", "Additional requirements", extra))
    return groups


_HINTS = {
    "input": "Ask the provider for a readable Word .docx (or correct the file); it is not tried again until it changes.",
    "io": "Check that the file can be read (permissions, a network drive); it is tried again next run.",
    "changed": "The file changed during the round: run the round again.",
    "crash": "Run the round again (it is tried again); if it crashes again, report the file to the engine's maintainers.",
    "timeout": "Run the round again with a longer --timeout; if it still overruns, report the file.",
    "engine": "The rule engine failed on this file: run the round again, and report the file if it fails again.",
    "internal": "An error in approval-engine: report the file and the message to the maintainers.",
}
_SORT_RANK = {"met": 0, "not_applicable": 1, "partially_met": 2, "not_met": 3}
_ABBREV = {"met": "M", "partially_met": "P", "not_met": "N", "not_applicable": "NA"}


def _csv_cell(value: object) -> str:
    """Text from an application, made safe to open in a spreadsheet (no formulas)."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def write_summary(store: Store, run_id: int, out: Path, identity: RulesetIdentity, formats: tuple[str, ...],
                  pending: list[str] = ()) -> tuple[Path, Path]:
    """Write ``summary.html`` and ``summary.csv`` for a run, from the store."""
    from approval_engine.report import suffix

    rows = store.rows(run_id)
    run = store.run(run_id)
    groups = _columns(identity, rows)
    req_ids = [r for g in groups for r in g.requirements]
    evaluated = [r for r in rows if r.evaluated]

    per_req = {rid: {v: 0 for v in VERDICTS} for rid in req_ids}
    for r in evaluated:
        for rid, v in r.verdicts.items():
            if rid in per_req and v in per_req[rid]:
                per_req[rid][v] += 1
    criteria_totals = []
    for g in groups:
        counts = {v: sum(per_req[rid][v] for rid in g.requirements) for v in VERDICTS}
        with_gaps = sum(
            1 for r in evaluated if any(r.verdicts.get(rid) in ("partially_met", "not_met") for rid in g.requirements)
        )
        criteria_totals.append({"group": g, "counts": counts, "with_gaps": with_gaps,
                                "cells": sum(counts.values())})

    html_link = "html" in formats
    view_rows = []
    for r in rows:
        cells = []
        for rid in req_ids:
            v = r.verdicts.get(rid)
            cells.append({
                "id": rid,
                "verdict": v or "",
                "label": _ABBREV.get(v, "–") if r.evaluated else "",
                "title": f"{rid}: {v.replace('_', ' ')}" if v else (f"{rid}: no verdict" if r.evaluated else ""),
                "rank": _SORT_RANK.get(v, -1),
            })
        gaps = r.counts["partially_met"] + r.counts["not_met"]
        view_rows.append({
            "row": r,
            "name": r.path,
            "link": f"{REPORTS_SUBDIR}/{r.output_name}{suffix('html')}" if (html_link and r.evaluated) else "",
            "status_label": {"ok": "evaluated", "skipped": "unchanged", "failed": "failed"}[r.status],
            "gaps": gaps if r.evaluated else None,
            "cells": cells,
        })
    failures = [{"row": r, "hint": _HINTS.get(r.error_kind, _HINTS["internal"]),
                 "again": r.reused_result_id is not None} for r in rows if r.status == "failed"]
    stats = {
        "total": len(rows) + len(pending),
        "ok": sum(1 for r in rows if r.status == "ok"),
        "skipped": sum(1 for r in rows if r.status == "skipped"),
        "failed": len(failures),
        "failed_unchanged": sum(1 for f in failures if f["again"]),
        "pending": len(pending),
        "with_gaps": sum(1 for r in evaluated if r.has_gaps),
        "without_gaps": sum(1 for r in evaluated if not r.has_gaps),
    }
    from approval_engine.report.render import environment

    html = environment().get_template("round.html.j2").render(
        run=dict(run),
        identity=identity,
        stats=stats,
        groups=groups,
        req_ids=req_ids,
        per_req=per_req,
        criteria_totals=criteria_totals,
        rows=view_rows,
        failures=failures,
        pending=[encodable(p) for p in pending],
        verdicts=VERDICTS,
        abbrev=_ABBREV,
        generated=now(),
        engine_version=__version__,
        formats=formats,
    )
    html_path = out / SUMMARY_HTML
    write_atomic(html_path, html)

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["file", "report", "status", "error", "title", "provider", *VERDICTS, "low_confidence", *req_ids])
    for r in rows:
        w.writerow([
            _csv_cell(r.path), r.output_name if r.evaluated else "", r.status, _csv_cell(r.error), _csv_cell(r.title),
            _csv_cell(r.provider), *[r.counts[v] if r.evaluated else "" for v in VERDICTS],
            r.low_confidence if r.evaluated else "", *[r.verdicts.get(rid, "") for rid in req_ids],
        ])
    for p in pending:
        w.writerow([_csv_cell(encodable(p)), "", "not_evaluated", "the round was interrupted before this file was evaluated",
                    "", "", *[""] * len(VERDICTS), "", *[""] * len(req_ids)])
    csv_path = out / SUMMARY_CSV
    write_atomic(csv_path, "\ufeff" + buf.getvalue())  # BOM: spreadsheets then read UTF-8 names correctly
    return html_path, csv_path
