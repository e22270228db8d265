"""The round store: every run of an application round, in one SQLite file.

``round.sqlite`` sits in a round's output folder and keeps, for every run of
the round:

* ``applications`` -- each file received (its path relative to the round's
  folder, the sha256 of its content, its size). A file whose content changes
  becomes a new row; the old row and its results stay.
* ``runs`` -- each time the round was run: the ruleset (name, version,
  fingerprint), the engine version, when it started and finished, and how it
  ended (``running`` while under way, then ``finished``, ``interrupted`` or
  ``aborted``).
* ``results`` -- one row per application per run: ``ok``, ``failed`` (with the
  error message and its kind) or ``skipped`` (unchanged since an earlier
  ``ok`` result, which ``reused_result_id`` points to; a file that failed
  because of its own content -- ``error_kind = 'input'`` -- and is unchanged is
  not tried again either: its failure is copied, pointing to the earlier
  one), the seconds spent in each stage, the
  verdict counts and the full JSON report (zlib-compressed), so a report can
  be written again without evaluating the file again.
* ``verdicts`` -- per ``ok`` result and requirement: verdict, confidence,
  rationale.
* ``evidence`` -- per verdict, the quotes behind it (and the concerns against
  it) with their location.

Consistency: each application's result, verdicts and evidence are written in
one transaction (:meth:`Store.record`), so a round stopped by Ctrl-C, a
killed process or a power cut leaves whole results or none; the next run of
the round evaluates whatever has no ``ok`` result yet. Only the parent
process of a round writes to the store; workers send their results back.

The tables are the ``round`` group of :mod:`approval_engine.store.schema`,
created and migrated by :mod:`approval_engine.store.db` like the panel's; a
store written with a newer schema is refused rather than misread.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from approval_engine.store.db import StoreError, encodable, ensure_schema, now, transaction
from approval_engine.store.schema import ROUND, ErrorKind, ResultStatus, RunStatus

__all__ = ["STAGES", "STORE_FILE", "ErrorKind", "Outcome", "ResultStatus", "Row", "RunInfo", "RunStatus", "Store",
           "StoreError", "encodable", "now"]

STORE_FILE = "round.sqlite"


def _clean(values: tuple) -> tuple:
    return tuple(encodable(v) if isinstance(v, str) else v for v in values)


@dataclass
class RunInfo:
    """What a run records about itself when it starts."""

    input_dir: str
    ruleset: str
    ruleset_version: str
    ruleset_fingerprint: str
    ruleset_path: str
    engine_version: str
    jobs: int
    timeout: float
    formats: str
    host: str = ""


@dataclass
class Outcome:
    """One application's result as a worker (or the parent) reports it.

    ``verdicts`` rows: (ordinal, requirement, criterion, verdict, confidence,
    low_confidence, rationale); ``evidence`` rows: (requirement, ordinal,
    kind, quote, location, location_json, aspect).
    """

    status: str  # ResultStatus.OK or .FAILED
    error: str = ""
    error_kind: str = ""  # an ErrorKind, for a failure
    reused_result_id: int | None = None  # a failure copied from an earlier run
    title: str = ""
    provider: str = ""
    started: str | None = None
    finished: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    low_confidence: int = 0
    warnings: list[str] = field(default_factory=list)
    verdicts: list[tuple] = field(default_factory=list)
    evidence: list[tuple] = field(default_factory=list)
    report_z: bytes | None = None  # zlib-compressed JSON report
    application_z: bytes | None = None  # zlib-compressed JSON of the application's text (passages, sections, comments)
    sha256: str = ""  # the content the worker actually read ('' if not checked)


STAGES = ("extract", "model", "facts", "rules", "report", "total")


@dataclass
class Row:
    """One application of a run, as the summary shows it."""

    result_id: int
    path: str
    sha256: str
    size: int
    status: str  # ok / failed / skipped
    error: str
    error_kind: str
    reused_result_id: int | None
    output_name: str
    title: str
    provider: str
    source_result_id: int | None  # the result holding the verdicts (itself, or the reused one)
    source_run_id: int | None
    counts: dict[str, int]
    low_confidence: int
    timings: dict[str, float | None]
    verdicts: dict[str, str] = field(default_factory=dict)

    @property
    def evaluated(self) -> bool:
        return self.status in (ResultStatus.OK, ResultStatus.SKIPPED)

    @property
    def has_gaps(self) -> bool:
        return self.counts.get("partially_met", 0) + self.counts.get("not_met", 0) > 0


class Store:
    """The SQLite store of a round. Only one process writes to it at a time
    (the round holds a lock on its output folder)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self.db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the round store: {exc}", path=str(self.path)) from None
        self.db.row_factory = sqlite3.Row
        try:
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            ensure_schema(self.db, ROUND, self.path, advice="use another --out folder")
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise StoreError(f"not a usable round store ({exc}); use another --out folder", path=str(self.path)) from None
        except StoreError:
            self.db.close()
            raise

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One transaction (see :func:`approval_engine.store.db.transaction`)."""
        with transaction(self.db, self.path) as db:
            yield db

    def close(self) -> None:
        try:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
        self.db.close()

    # ------------------------------------------------------------ runs

    def mark_stale_runs(self) -> int:
        """Runs left 'running' by a process that was killed become 'interrupted'.
        Call only while holding the round's lock."""
        with self.transaction():
            cur = self.db.execute(
                "UPDATE runs SET status = ?, note = 'the process ended without finishing the run' WHERE status = ?",
                (RunStatus.INTERRUPTED, RunStatus.RUNNING),
            )
        return cur.rowcount

    def begin_run(self, info: RunInfo) -> int:
        with self.transaction():
            cur = self.db.execute(
                "INSERT INTO runs (started, status, input_dir, ruleset, ruleset_version, ruleset_fingerprint, "
                "ruleset_path, engine_version, jobs, timeout, formats, host) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _clean((now(), RunStatus.RUNNING, info.input_dir, info.ruleset, info.ruleset_version, info.ruleset_fingerprint,
                        info.ruleset_path, info.engine_version, info.jobs, info.timeout, info.formats, info.host)),
            )
        return int(cur.lastrowid)

    def finish_run(self, run_id: int, status: RunStatus = RunStatus.FINISHED, note: str = "") -> None:
        with self.transaction():
            self.db.execute("UPDATE runs SET finished = ?, status = ?, note = ? WHERE id = ?",
                            (now(), status, encodable(note), run_id))

    def run(self, run_id: int) -> sqlite3.Row:
        row = self.db.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()
        if row is None:
            raise KeyError(run_id)
        return row

    def runs(self) -> list[sqlite3.Row]:
        return self.db.execute("SELECT * FROM runs ORDER BY id").fetchall()

    # ------------------------------------------------------------ results

    def reusable(self, path: str, sha256: str, fingerprint: str, engine_version: str) -> sqlite3.Row | None:
        """The latest result for this file content under this ruleset and engine
        that need not be repeated: an 'ok' result, or a failure caused by the
        file's own content (``error_kind = 'input'``). Crashes, time-outs and
        other failures are always tried again."""
        return self.db.execute(
            "SELECT r.id, r.status, r.error, r.error_kind, r.output_name FROM results r "
            "JOIN applications a ON a.id = r.application_id JOIN runs u ON u.id = r.run_id "
            "WHERE a.path = ? AND a.sha256 = ? AND u.ruleset_fingerprint = ? AND u.engine_version = ? "
            "AND (r.status = ? OR (r.status = ? AND r.error_kind = ?)) "
            "ORDER BY r.id DESC LIMIT 1",
            _clean((path, sha256, fingerprint, engine_version, ResultStatus.OK, ResultStatus.FAILED, ErrorKind.INPUT)),
        ).fetchone()

    def _application(self, path: str, sha256: str, size: int) -> int:
        path = encodable(path)
        row = self.db.execute("SELECT id FROM applications WHERE path = ? AND sha256 = ?", (path, sha256)).fetchone()
        if row is not None:
            return int(row[0])
        cur = self.db.execute(
            "INSERT INTO applications (path, sha256, size, first_seen) VALUES (?, ?, ?, ?)", (path, sha256, size, now())
        )
        return int(cur.lastrowid)

    def record(self, run_id: int, path: str, sha256: str, size: int, output_name: str, outcome: Outcome) -> int:
        """Write one application's result, verdicts and evidence in one transaction."""
        if outcome.status not in (ResultStatus.OK, ResultStatus.FAILED):
            raise ValueError(f"status {outcome.status!r}")
        error = outcome.error or ("" if outcome.status == ResultStatus.OK else "failed (no message)")
        c = outcome.counts
        t = outcome.timings
        with self.transaction():
            app_id = self._application(path, sha256, size)
            cur = self.db.execute(
                "INSERT INTO results (run_id, application_id, status, error, error_kind, reused_result_id, output_name, "
                "title, provider, started, finished, t_extract, t_model, t_facts, t_rules, t_report, t_total, "
                "n_requirements, met, partially_met, not_met, not_applicable, low_confidence, warnings, report_json, "
                "application_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _clean((run_id, app_id, outcome.status, error, outcome.error_kind if outcome.status == ResultStatus.FAILED else "",
                 outcome.reused_result_id, output_name, outcome.title, outcome.provider,
                 outcome.started, outcome.finished or now(),
                 t.get("extract"), t.get("model"), t.get("facts"), t.get("rules"), t.get("report"), t.get("total"),
                 len(outcome.verdicts), c.get("met", 0), c.get("partially_met", 0), c.get("not_met", 0),
                 c.get("not_applicable", 0), outcome.low_confidence, json.dumps(outcome.warnings, ensure_ascii=False),
                 outcome.report_z, outcome.application_z)),
            )
            result_id = int(cur.lastrowid)
            if outcome.verdicts:
                self.db.executemany(
                    "INSERT INTO verdicts (result_id, ordinal, requirement, criterion, verdict, confidence, "
                    "low_confidence, rationale) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [_clean((result_id, *v)) for v in outcome.verdicts],
                )
            if outcome.evidence:
                self.db.executemany(
                    "INSERT INTO evidence (result_id, requirement, ordinal, kind, quote, location, location_json, aspect) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [_clean((result_id, *e)) for e in outcome.evidence],
                )
        return result_id

    def record_skip(self, run_id: int, path: str, sha256: str, size: int, reused_result_id: int,
                    output_name: str) -> int:
        """This run reuses an earlier 'ok' result for an unchanged file."""
        with self.transaction():
            app_id = self._application(path, sha256, size)
            old = self.db.execute(
                "SELECT output_name, title, provider, n_requirements, met, partially_met, not_met, not_applicable, "
                "low_confidence, warnings FROM results WHERE id = ?",
                (reused_result_id,),
            ).fetchone()
            cur = self.db.execute(
                "INSERT INTO results (run_id, application_id, status, reused_result_id, output_name, title, provider, "
                "started, finished, n_requirements, met, partially_met, not_met, not_applicable, low_confidence, warnings) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)",
                (run_id, app_id, ResultStatus.SKIPPED, reused_result_id, encodable(output_name), old["title"], old["provider"], now(), now(),
                 old["met"], old["partially_met"], old["not_met"], old["not_applicable"], old["low_confidence"],
                 old["warnings"]),
            )
        return int(cur.lastrowid)

    def report(self, result_id: int) -> dict[str, Any] | None:
        """The JSON report stored with an 'ok' result (following a 'skipped' result to the one it reused)."""
        row = self.db.execute("SELECT status, reused_result_id, report_json FROM results WHERE id = ?", (result_id,)).fetchone()
        if row is None:
            return None
        if row["status"] == "skipped":
            return self.report(row["reused_result_id"])
        if row["report_json"] is None:
            return None
        return json.loads(zlib.decompress(row["report_json"]))

    def application(self, result_id: int) -> dict[str, Any] | None:
        """The application's text stored with an 'ok' result (following a 'skipped' result
        to the one it reused): passages, sections and comments; None when the round was
        run before the text was kept."""
        row = self.db.execute("SELECT status, reused_result_id, application_json FROM results WHERE id = ?",
                              (result_id,)).fetchone()
        if row is None:
            return None
        if row["status"] == "skipped":
            return self.application(row["reused_result_id"])
        if row["application_json"] is None:
            return None
        return json.loads(zlib.decompress(row["application_json"]))

    def latest_run(self) -> sqlite3.Row | None:
        """The most recent run that recorded any result."""
        return self.db.execute(
            "SELECT * FROM runs WHERE id IN (SELECT run_id FROM results) ORDER BY id DESC LIMIT 1").fetchone()

    def rows(self, run_id: int) -> list[Row]:
        """Every application of a run, in path order, with its verdicts (from
        the result it reused, for a skipped one)."""
        out: list[Row] = []
        for r in self.db.execute(
            "SELECT r.*, a.path, a.sha256, a.size, "
            "CASE WHEN r.status = 'skipped' THEN r.reused_result_id WHEN r.status = 'ok' THEN r.id END AS src, "
            "(SELECT run_id FROM results s WHERE s.id = CASE WHEN r.status = 'skipped' THEN r.reused_result_id ELSE r.id END) AS src_run "
            "FROM results r JOIN applications a ON a.id = r.application_id WHERE r.run_id = ? ORDER BY a.path",
            (run_id,),
        ):
            src = r["src"]
            timings: dict[str, float | None] = {s: r[f"t_{s}"] for s in STAGES}
            if r["status"] == "skipped" and src is not None:
                t = self.db.execute(
                    "SELECT " + ", ".join(f"t_{s}" for s in STAGES) + " FROM results WHERE id = ?", (src,)
                ).fetchone()
                timings = {s: t[f"t_{s}"] for s in STAGES}
            out.append(
                Row(
                    result_id=r["id"], path=r["path"], sha256=r["sha256"], size=r["size"], status=r["status"],
                    error=r["error"], error_kind=r["error_kind"], reused_result_id=r["reused_result_id"],
                    output_name=r["output_name"], title=r["title"], provider=r["provider"],
                    source_result_id=src, source_run_id=r["src_run"] if src is not None else None,
                    counts={k: r[k] for k in ("met", "partially_met", "not_met", "not_applicable")},
                    low_confidence=r["low_confidence"], timings=timings,
                )
            )
        by_source = {row.source_result_id: row for row in out if row.source_result_id is not None}
        ids = list(by_source)
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            for v in self.db.execute(
                f"SELECT result_id, requirement, verdict FROM verdicts WHERE result_id IN ({marks}) ORDER BY ordinal",
                chunk,
            ):
                by_source[v["result_id"]].verdicts[v["requirement"]] = v["verdict"]
        return out

    # ------------------------------------------------------------ checks

    def check(self) -> list[str]:
        """Problems that would make the store inconsistent (empty when it is sound)."""
        problems: list[str] = []
        ok = self.db.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            problems.append(f"integrity_check: {ok}")
        for fk in self.db.execute("PRAGMA foreign_key_check"):
            problems.append(f"foreign key: table {fk[0]} row {fk[1]} -> {fk[2]}")
        for r in self.db.execute(
            "SELECT r.id, r.n_requirements, r.met + r.partially_met + r.not_met + r.not_applicable AS counted, "
            "(SELECT count(*) FROM verdicts v WHERE v.result_id = r.id) AS stored, r.report_json IS NOT NULL AS has_report "
            "FROM results r WHERE r.status = 'ok'"
        ):
            if r["stored"] != r["n_requirements"] or r["counted"] != r["n_requirements"] or r["n_requirements"] == 0:
                problems.append(
                    f"result {r['id']}: {r['stored']} verdicts stored, {r['n_requirements']} expected, {r['counted']} counted"
                )
            if not r["has_report"]:
                problems.append(f"result {r['id']}: no stored report")
        for r in self.db.execute(
            "SELECT r.id FROM results r LEFT JOIN results o ON o.id = r.reused_result_id "
            "WHERE r.status = 'skipped' AND (o.id IS NULL OR o.status <> 'ok')"
        ):
            problems.append(f"result {r['id']}: skipped, but the result it reuses is not an ok result")
        for r in self.db.execute(
            "SELECT r.id FROM results r WHERE r.status <> 'ok' AND EXISTS (SELECT 1 FROM verdicts v WHERE v.result_id = r.id)"
        ):
            problems.append(f"result {r['id']}: verdicts stored for a result that is not ok")
        return problems


def _chunks(items: list, n: int) -> Iterable[list]:
    for i in range(0, len(items), n):
        yield items[i : i + n]
