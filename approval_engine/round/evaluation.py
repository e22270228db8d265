"""What a worker process does for one application of a round: read it,
evaluate it with the worker's :class:`~approval_engine.judge.evaluate.Engine`,
write its reports (atomically) and describe the outcome for the store
(:func:`evaluate_task`). Every failure becomes a failed
:class:`~approval_engine.store.round.Outcome` with a one-line message and its
kind; nothing is raised to the pool."""

from __future__ import annotations

import json
import time
import traceback
import zlib
from dataclasses import dataclass
from pathlib import Path

from approval_engine.errors import EngineError, EvaluationError, InputError
from approval_engine.round.discover import safe_target, sha256_of, write_atomic
from approval_engine.store.round import ErrorKind, Outcome, ResultStatus, now


@dataclass
class Task:
    """One application for a worker to evaluate."""

    index: int
    path: str  # absolute
    rel: str
    sha256: str
    output_name: str
    reports_dir: str
    formats: tuple[str, ...]


class FileChanged(EngineError):
    """The file's content changed between discovery and evaluation."""


def describe(exc: BaseException) -> str:
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


def failure_kind(exc: BaseException) -> ErrorKind:
    """What kind of failure: an ``input`` failure is caused by the file's own
    content and is not tried again while the file is unchanged; the rest are."""
    if isinstance(exc, FileChanged):
        return ErrorKind.CHANGED
    if isinstance(exc, InputError):
        return ErrorKind.INPUT
    if isinstance(exc, EngineError):  # EvaluationError included
        return ErrorKind.ENGINE
    if isinstance(exc, OSError):
        return ErrorKind.IO
    return ErrorKind.INTERNAL


def unsettles_the_worker(exc: BaseException) -> bool:
    """After a rule-engine error or running out of memory, the worker's
    process may be in a bad state: it evaluates nothing more."""
    return isinstance(exc, (EvaluationError, MemoryError))


#: what of the application the round keeps for the panel's web page: its text, not its facts
APPLICATION_TEXT = {"title", "source", "provider", "sections", "passages", "comments"}


def application_text_z(app) -> bytes:
    """The application's text (passages with their locations, sections, comments), compressed."""
    # ensure_ascii: a lone surrogate (an undecodable byte in a file name) is written as its \\udcXX escape
    return zlib.compress(json.dumps(app.model_dump(mode="json", include=APPLICATION_TEXT)).encode("ascii"), 6)


def outcome_from_report(report, report_json: str) -> Outcome:
    verdicts, evidence = [], []
    for i, r in enumerate(report.requirements):
        verdicts.append((i, r.id, r.criterion, r.verdict.value, float(r.confidence), int(r.low_confidence), r.rationale))
        for kind, items in (("evidence", r.evidence), ("concern", r.concerns)):
            for j, e in enumerate(items):
                evidence.append((r.id, j, kind, e.quote, e.where, e.location.model_dump_json(), e.aspect))
    return Outcome(
        status=ResultStatus.OK,
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
    whether the worker must evaluate nothing more (:func:`unsettles_the_worker`)."""
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
        outcome = outcome_from_report(report, report_json)
        outcome.application_z = application_text_z(app)
        unsettled = False
    except BaseException as exc:  # noqa: BLE001 - every failure is recorded, the round goes on
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        outcome = Outcome(status=ResultStatus.FAILED, error=describe(exc), error_kind=failure_kind(exc))
        unsettled = unsettles_the_worker(exc)
    timings["total"] = time.perf_counter() - t0
    outcome.timings = timings
    outcome.started = started
    outcome.finished = now()
    outcome.sha256 = task.sha256
    return outcome, unsettled
