"""The worker processes of a round: a :class:`pebble.ProcessPool` whose
workers each build one :class:`~approval_engine.judge.evaluate.Engine` when
they start (:func:`start_worker`) and then evaluate one application at a
time (:func:`run_task`).

durable-rules keeps a process-global host whose C core can crash the
process, so evaluation never happens in the round's own process. pebble
replaces a worker that dies (a segfault, ``os._exit``, killed) and reports its
application as :class:`~pebble.ProcessExpired`; it stops a worker whose
application overruns the time limit and reports :class:`TimeoutError`. Each
costs exactly one application, recorded as failed; the round goes on.

Two things the old hand-written pool did that pebble does not, added here:

* a worker that cannot build its Engine answers every task with the reason
  (:class:`StartFailed`) and the round stops with it (pebble would only log it
  and start the worker again and again); a pool in which no application has
  started after :data:`WORKER_START_TIMEOUT` stops the round too;
* a worker whose rule engine failed (or ran out of memory) evaluates nothing
  more: it ends with :data:`RETIRE_EXIT` when handed its next application,
  which is handed out again to a fresh worker.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from pebble import ProcessExpired, ProcessPool

from approval_engine.round import evaluation
from approval_engine.round.errors import RoundError
from approval_engine.store.round import ErrorKind, Outcome, ResultStatus

#: A worker evaluates at most this many applications before it is replaced
#: (a guard against slow growth in a long round; memory is flat in practice).
MAX_TASKS_PER_WORKER = 2000
#: Seconds the pool may take to start evaluating anything (a worker imports the
#: engine and compiles the ruleset when it starts).
WORKER_START_TIMEOUT = 180.0
#: The exit status of a worker that ends itself rather than evaluate another
#: application after its rule engine failed (EX_TEMPFAIL).
RETIRE_EXIT = 75


class PoolAborted(RoundError):
    """Workers cannot start (a ruleset durable-rules refuses, a broken install)."""


@dataclass
class StartFailed:
    """A worker's answer when it could not build its Engine."""

    reason: str


# ------------------------------------------------------------ in the worker

_engine = None
_start_error = ""
_unsettled = False


def start_worker(ruleset_path: str | None) -> None:
    """The pool's initializer: build this worker's Engine once."""
    global _engine, _start_error
    try:
        from approval_engine.judge.evaluate import Engine

        _engine = Engine(Path(ruleset_path) if ruleset_path else None)
    except BaseException as exc:  # noqa: BLE001 - reported with the first task, the round stops
        _start_error = evaluation.describe(exc)


def run_task(task: evaluation.Task) -> Outcome | StartFailed:
    """Evaluate one application in this worker."""
    global _unsettled
    if _start_error:
        return StartFailed(_start_error)
    if _unsettled:
        os._exit(RETIRE_EXIT)
    outcome, _unsettled = evaluation.evaluate_task(_engine, task)
    return outcome


# ------------------------------------------------------------ in the round's process


def signal_name(code: int | None) -> str:
    if code is None:
        return "did not report how it ended"
    if code < 0:
        try:
            return f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"was killed by signal {-code}"
    return f"exited with status {code}"


class WorkerPool:
    """Evaluate tasks in ``jobs`` worker processes, each application at most
    ``timeout`` seconds, until done or until ``stop`` is set."""

    def __init__(self, jobs: int, ruleset_path: Path | None, timeout: float, stop: threading.Event | None = None):
        self.jobs = max(1, jobs)
        self.ruleset_path = str(ruleset_path) if ruleset_path else None
        self.timeout = timeout
        self.stop = stop or threading.Event()

    def run(self, tasks: list[evaluation.Task], on_result: Callable[[evaluation.Task, Outcome], None]) -> list[evaluation.Task]:
        """Evaluate every task, calling ``on_result`` (in this process) for each
        as it finishes. Returns the tasks not finished when stopped early (a
        task under way when stopped is stopped and returned too)."""
        pool = ProcessPool(
            max_workers=min(self.jobs, len(tasks)) or 1,
            max_tasks=MAX_TASKS_PER_WORKER,
            initializer=start_worker,
            initargs=(self.ruleset_path,),
            # spawn: a fresh interpreter per worker, never a fork of a process
            # that holds an open store (or, in tests, durable-rules' threads)
            context=multiprocessing.get_context("spawn"),
        )
        pending = {self._schedule(pool, task): task for task in tasks}
        began = time.monotonic()
        started = False
        try:
            while pending and not self.stop.is_set():
                done, _ = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                for future in done:
                    task = pending.pop(future)
                    outcome = self._outcome(future)
                    if outcome is None:  # a retired worker handed it back
                        pending[self._schedule(pool, task)] = task
                    else:
                        on_result(task, outcome)
                started = started or bool(done) or any(f.running() for f in pending)
                if not started and time.monotonic() - began > WORKER_START_TIMEOUT:
                    raise PoolAborted(f"the worker processes did not start within {WORKER_START_TIMEOUT:g} s")
        finally:
            if pending:
                pool.stop()
            else:
                pool.close()
            pool.join()
        return sorted(pending.values(), key=lambda t: t.index)

    def _schedule(self, pool: ProcessPool, task: evaluation.Task):
        # run_task is looked up when called, so a test can hand the pool another
        return pool.schedule(run_task, args=(task,), timeout=self.timeout)

    def _outcome(self, future) -> Outcome | None:
        """The outcome of a finished future; None to hand the task out again."""
        try:
            answer = future.result()
        except TimeoutError:
            return Outcome(status=ResultStatus.FAILED, error_kind=ErrorKind.TIMEOUT, error=(
                f"took longer than the time limit of {self.timeout:g} s, so its evaluation was stopped "
                "(raise --timeout if the file is simply very large)"))
        except ProcessExpired as exc:
            if exc.exitcode == RETIRE_EXIT:
                return None
            return Outcome(status=ResultStatus.FAILED, error_kind=ErrorKind.CRASH, error=(
                f"the worker process evaluating this application {signal_name(exc.exitcode)} "
                "(a crash in the rule engine or the Word reader); the round went on without it"))
        except BrokenProcessPool as exc:
            raise PoolAborted(f"the worker processes cannot start: {exc or 'every worker ended while starting'}") from None
        except Exception as exc:  # noqa: BLE001 - an answer that could not be sent back
            return Outcome(status=ResultStatus.FAILED, error_kind=ErrorKind.INTERNAL, error=evaluation.describe(exc))
        if isinstance(answer, StartFailed):
            raise PoolAborted(f"the worker processes cannot start: {answer.reason}")
        return answer
