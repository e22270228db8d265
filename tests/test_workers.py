"""The round's worker pool (approval_engine.round.workers) on its own: real
spawned workers evaluating the sample application, with faults injected from
outside through the pool's initializer (tests/worker_faults.py)."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

import worker_faults
from approval_engine.round import workers
from approval_engine.round.discover import sha256_of
from approval_engine.round.evaluation import Task
from approval_engine.store.schema import ErrorKind, ResultStatus
from conftest import N_REQUIREMENTS, ROOT

SAMPLE = ROOT / "applications" / "riverside-senco-2009.docx"


def tasks_for(folder: Path, names: list[str]) -> list[Task]:
    reports = folder / "reports"
    reports.mkdir()
    out = []
    for n, name in enumerate(names):
        shutil.copy(SAMPLE, folder / name)
        out.append(Task(index=n, path=str(folder / name), rel=name, sha256=sha256_of(folder / name),
                        output_name=Path(name).stem, reports_dir=str(reports), formats=("json",)))
    return out


def run(tasks: list[Task], jobs: int = 1, timeout: float = 60) -> dict[str, object]:
    results: dict[str, object] = {}
    left = workers.WorkerPool(jobs, None, timeout).run(tasks, lambda t, o: results.setdefault(t.rel, o))
    assert left == []
    return results


def test_a_worker_retires_after_a_rule_engine_error_and_its_next_application_is_not_lost(tmp_path, monkeypatch):
    """One worker: 'a' fails in the rule engine, whose fault stays in that
    worker's Engine; the worker ends when handed 'b' (RETIRE_EXIT), and 'b'
    and 'c' are evaluated by a fresh worker (without the retirement they
    would fail too)."""
    monkeypatch.setattr(workers, "start_worker", worker_faults.starter("engine-error:a.docx"))
    results = run(tasks_for(tmp_path, ["a.docx", "b.docx", "c.docx"]), jobs=1)
    assert results["a.docx"].status == ResultStatus.FAILED and results["a.docx"].error_kind == ErrorKind.ENGINE
    assert "injected rule-engine failure" in results["a.docx"].error
    for name in ("b.docx", "c.docx"):
        assert results[name].status == ResultStatus.OK and len(results[name].verdicts) == N_REQUIREMENTS
    assert (tmp_path / "reports" / "b.json").is_file() and not (tmp_path / "reports" / "a.json").exists()


def test_a_stopped_pool_returns_what_it_did_not_finish(tmp_path, monkeypatch):
    monkeypatch.setattr(workers, "start_worker", worker_faults.starter("hang:*"))
    stop = threading.Event()
    tasks = tasks_for(tmp_path, ["a.docx", "b.docx"])
    timer = threading.Timer(3, stop.set)
    timer.start()
    try:
        left = workers.WorkerPool(1, None, 600, stop=stop).run(tasks, lambda t, o: pytest.fail("nothing finishes"))
    finally:
        timer.cancel()
    assert [t.rel for t in left] == ["a.docx", "b.docx"]


@pytest.mark.parametrize("code, text", [(-11, "was killed by SIGSEGV"), (70, "exited with status 70"),
                                        (None, "did not report how it ended")])
def test_signal_name(code, text):
    assert workers.signal_name(code) == text
