"""Running an application round (:func:`run_round`).

1. **Discover** every file under the round's folder (:mod:`.discover`) and
   name each application's reports so they cannot leave ``<out>/applications/``.
2. **Skip** files whose content (sha256) was evaluated before into this store
   with the same ruleset fingerprint and engine version (:mod:`.identity`):
   their stored result is reused (their reports written again from the store
   if missing). A file that failed on its own content before is not tried
   again while unchanged.
3. **Evaluate** the rest in worker processes (:mod:`.workers`).
4. **Record** each result in the store (:mod:`approval_engine.store.round`)
   as it arrives, one transaction per application, so a round stopped
   half-way (Ctrl-C, a killed process) keeps every finished result and the
   next run completes the rest.
5. **Summarise** the round from the store (:mod:`.summary`).

Only this process writes to the store; workers write each application's own
report files (atomically) and send the rest back.
"""

from __future__ import annotations

import os
import socket
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from approval_engine import __version__
from approval_engine.report import FORMATS
from approval_engine.round.discover import REPORTS_SUBDIR, Item, discover, output_names, safe_target, sha256_of, write_atomic
from approval_engine.round.errors import RoundError
from approval_engine.round.evaluation import Task, describe
from approval_engine.round.guards import folder_lock, graceful_interrupts
from approval_engine.round.identity import RulesetIdentity, ruleset_identity
from approval_engine.round.summary import write_summary
from approval_engine.round.workers import WorkerPool
from approval_engine.store.round import STORE_FILE, ErrorKind, Outcome, ResultStatus, RunInfo, RunStatus, Store, now

DEFAULT_FORMATS = ("html", "json")
DEFAULT_TIMEOUT = 120.0

# exit statuses of the batch command
EXIT_OK, EXIT_GAPS, EXIT_UNUSABLE, EXIT_INTERRUPTED = 0, 1, 2, 130


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


#: ``progress(item, status)`` after each file is settled (ok, failed, skipped).
ProgressFn = Callable[[Item, str], None]


def run_round(opts: RoundOptions, progress: ProgressFn | None = None,
              on_start: Callable[[int, int, int, int], None] | None = None) -> RoundResult:
    """Run (or re-run, or resume) a round. ``on_start(total, to_evaluate,
    unchanged, not_applications)`` is called once the files are known;
    ``progress(item, status)`` after each file is settled."""
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
    with folder_lock(out), graceful_interrupts(stop):
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
            pending = _settle_all(store, run_id, items, identity, opts, formats, jobs, reports_dir, result, stop,
                                  progress, on_start)
            result.pending = len(pending)
            result.interrupted = stop.is_set() and bool(pending)
            store.finish_run(run_id, RunStatus.INTERRUPTED if result.interrupted else RunStatus.FINISHED,
                             note=f"{len(pending)} application(s) not evaluated" if pending else "")
            rows = store.rows(run_id)
            result.with_gaps = sum(1 for r in rows if r.evaluated and r.has_gaps)
            html, csv_path = write_summary(store, run_id, out, identity, formats, pending=[p.rel for p in pending])
            result.summary_html, result.summary_csv = html, csv_path
        except KeyboardInterrupt:
            # a second Ctrl-C: every finished result is already committed
            _finish_quietly(store, run_id, RunStatus.INTERRUPTED, "stopped at once (Ctrl-C twice)")
            raise
        except BaseException as exc:
            _finish_quietly(store, run_id, RunStatus.ABORTED, describe(exc))
            raise
        finally:
            store.close()
    return result


def _finish_quietly(store: Store, run_id: int | None, status: RunStatus, note: str) -> None:
    if run_id is None:
        return
    try:
        if store.run(run_id)["status"] == RunStatus.RUNNING:
            store.finish_run(run_id, status, note)
    except Exception:  # noqa: BLE001 - the store itself may be what failed
        pass


def _settle_all(store: Store, run_id: int, items: list[Item], identity: RulesetIdentity, opts: RoundOptions,
                formats: tuple[str, ...], jobs: int, reports_dir: Path, result: RoundResult, stop: threading.Event,
                progress: ProgressFn | None, on_start) -> list[Item]:
    """Settle every item; return those left unsettled when stopped early."""
    settled: set[str] = set()

    def settle(item: Item, outcome: Outcome) -> None:
        store.record(run_id, item.rel, item.sha256, item.size, item.output_name, outcome)
        settled.add(item.rel)
        if outcome.status == ResultStatus.OK:
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
                             f"from the store ({describe(exc)})\n")
        if progress:
            progress(item, ResultStatus.SKIPPED)

    to_evaluate: list[Item] = []
    early: list[tuple[Item, Outcome | int]] = []
    unchanged = 0
    for item in items:
        kind = ErrorKind.INPUT
        if not item.problem:
            try:
                item.sha256 = sha256_of(item.path)
            except OSError as exc:
                item.problem, kind = f"cannot be read ({exc.strerror or exc})", ErrorKind.IO
        if item.problem:
            item.sha256 = item.sha256 or _sha256_or_blank(item.path)
            early.append((item, Outcome(status=ResultStatus.FAILED, error=item.problem, error_kind=kind, started=now())))
            continue
        reuse = None if opts.force else store.reusable(item.rel, item.sha256, identity.fingerprint, __version__)
        if reuse is None:
            to_evaluate.append(item)
            continue
        unchanged += 1
        if reuse["status"] == ResultStatus.OK:
            early.append((item, int(reuse["id"])))
        else:  # the same content failed on its own account before: it would again
            early.append((item, Outcome(status=ResultStatus.FAILED, error=reuse["error"],
                                        error_kind=reuse["error_kind"], reused_result_id=int(reuse["id"]),
                                        started=now())))
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
    from approval_engine.report import suffix

    for fmt in FORMATS:
        try:
            safe_target(reports_dir, name, suffix(fmt)).unlink(missing_ok=True)
        except (OSError, ValueError):
            pass


def _ensure_reports(store: Store, result_id: int, reports_dir: Path, name: str, formats: tuple[str, ...]) -> None:
    """A skipped application's reports, written again from the store if missing."""
    from approval_engine.judge.verdicts import Report
    from approval_engine.report import render, suffix

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
