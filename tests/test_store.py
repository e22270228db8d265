"""The round store: schema and versioning, one transaction per application,
reuse of unchanged results, and consistency when the writing process is
killed half-way."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import zlib

import pytest

from approval_engine.store.round import STAGES, Outcome, RunInfo, Store, StoreError
from approval_engine.store.schema import ROUND
from conftest import N_REQUIREMENTS

IDS = ["E.1", "E.2", "1.1", "1.2", "6.S9"]


def info(fp: str = "fp1", engine: str = "0.1.0") -> RunInfo:
    return RunInfo(input_dir="/round", ruleset="tda-senco-2008", ruleset_version="1.0.0", ruleset_fingerprint=fp,
                   ruleset_path="rulesets/x.yaml", engine_version=engine, jobs=2, timeout=60.0, formats="html,json")


def ok_outcome(verdicts: dict[str, str] | None = None) -> Outcome:
    verdicts = verdicts or {i: "met" for i in IDS}
    rows = [(n, rid, rid.split(".")[0], v, 0.9, 0, f"{v}: because") for n, (rid, v) in enumerate(verdicts.items())]
    evidence = [(rid, 0, "evidence", f"quote for {rid}", "Criterion 1, ¶3", '{"paragraph": 3}', "aspect")
                for rid in verdicts]
    counts = {k: sum(1 for v in verdicts.values() if v == k) for k in ("met", "partially_met", "not_met", "not_applicable")}
    return Outcome(status="ok", title="An application", provider="A provider", counts=counts, verdicts=rows,
                   evidence=evidence, report_z=zlib.compress(b'{"requirements": []}'),
                   timings={s: 0.01 for s in STAGES})


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "round.sqlite")
    yield s
    s.close()


def test_schema_is_created_versioned_and_reopened(tmp_path):
    path = tmp_path / "round.sqlite"
    Store(path).close()
    db = sqlite3.connect(path)
    assert db.execute("SELECT tables, version FROM store_schema").fetchall() == [("round", ROUND.version)]
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"applications", "runs", "results", "verdicts", "evidence"} <= tables
    db.close()
    Store(path).close()  # reopening an existing store is fine


def test_a_newer_schema_or_a_foreign_database_is_refused(tmp_path):
    newer = tmp_path / "newer.sqlite"
    Store(newer).close()
    db = sqlite3.connect(newer)
    db.execute("UPDATE store_schema SET version = ? WHERE tables = 'round'", (ROUND.version + 1,))
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer approval-engine"):
        Store(newer)

    foreign = tmp_path / "foreign.sqlite"
    db = sqlite3.connect(foreign)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="not a round store"):
        Store(foreign)

    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError):
        Store(junk)


def test_record_writes_result_verdicts_and_evidence(store):
    run = store.begin_run(info())
    rid = store.record(run, "a.docx", "h1", 123, "a", ok_outcome({**{i: "met" for i in IDS}, "1.2": "not_met"}))
    store.record(run, "b.doc", "h2", 9, "b", Outcome(status="failed", error="a legacy .doc", error_kind="input"))
    store.finish_run(run)
    assert store.check() == []
    rows = {r.path: r for r in store.rows(run)}
    assert rows["a.docx"].status == "ok" and rows["a.docx"].verdicts["1.2"] == "not_met"
    assert rows["a.docx"].has_gaps and rows["a.docx"].counts["met"] == len(IDS) - 1
    assert rows["b.doc"].status == "failed" and rows["b.doc"].error == "a legacy .doc" and not rows["b.doc"].verdicts
    assert store.report(rid) == {"requirements": []}
    n_ev = store.db.execute("SELECT count(*) FROM evidence WHERE result_id = ?", (rid,)).fetchone()[0]
    assert n_ev == len(IDS)
    assert store.run(run)["status"] == "finished" and store.run(run)["finished"]


def test_a_failed_write_leaves_nothing_behind(store):
    """One transaction per application: an error half-way (here a duplicate
    verdict) rolls back the result row too."""
    run = store.begin_run(info())
    bad = ok_outcome()
    bad.verdicts.append(bad.verdicts[0])  # the same requirement twice: primary key violation
    with pytest.raises(sqlite3.IntegrityError):
        store.record(run, "a.docx", "h1", 1, "a", bad)
    assert store.db.execute("SELECT count(*) FROM results").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM verdicts").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM applications").fetchone()[0] == 0
    assert store.check() == []


def test_reuse_only_for_unchanged_content_ruleset_and_engine(store):
    run1 = store.begin_run(info())
    ok_id = store.record(run1, "a.docx", "h1", 1, "a", ok_outcome())
    store.record(run1, "b.docx", "h2", 1, "b", Outcome(status="failed", error="worker crashed", error_kind="crash"))
    store.record(run1, "c.docx", "h3", 1, "c", Outcome(status="failed", error="the file is empty", error_kind="input"))
    store.finish_run(run1)

    assert store.reusable("a.docx", "h1", "fp1", "0.1.0")["id"] == ok_id
    assert store.reusable("a.docx", "CHANGED", "fp1", "0.1.0") is None  # content changed
    assert store.reusable("a.docx", "h1", "fp2", "0.1.0") is None  # ruleset changed
    assert store.reusable("a.docx", "h1", "fp1", "0.2.0") is None  # engine changed
    assert store.reusable("b.docx", "h2", "fp1", "0.1.0") is None  # a crash is tried again
    again = store.reusable("c.docx", "h3", "fp1", "0.1.0")  # the file's own fault: not tried again
    assert again["status"] == "failed" and again["error"] == "the file is empty"

    run2 = store.begin_run(info())
    store.record_skip(run2, "a.docx", "h1", 1, ok_id, "a")
    store.finish_run(run2)
    (row,) = store.rows(run2)
    assert row.status == "skipped" and row.source_result_id == ok_id and row.source_run_id == run1
    assert row.verdicts == {i: "met" for i in IDS} and row.timings["total"] == 0.01
    assert store.report(row.result_id) == {"requirements": []}
    assert store.check() == []


def test_runs_left_running_are_marked_interrupted(store):
    run = store.begin_run(info())
    assert store.mark_stale_runs() == 1
    assert store.run(run)["status"] == "interrupted"


def test_check_reports_an_inconsistent_store(store):
    run = store.begin_run(info())
    rid = store.record(run, "a.docx", "h1", 1, "a", ok_outcome())
    store.db.execute("DELETE FROM evidence WHERE result_id = ?", (rid,))
    store.db.execute("DELETE FROM verdicts WHERE result_id = ? AND requirement = '1.1'", (rid,))
    problems = store.check()
    assert problems and "verdicts stored" in problems[0]


WRITER = textwrap.dedent(
    """
    import sys, zlib
    from approval_engine.store.round import Outcome, RunInfo, Store
    s = Store(sys.argv[1])
    run = s.begin_run(RunInfo(input_dir="/r", ruleset="r", ruleset_version="1.0", ruleset_fingerprint="fp",
                              ruleset_path="r.yaml", engine_version="0", jobs=1, timeout=1.0, formats="json"))
    ids = [f"R.{i}" for i in range(int(sys.argv[2]))]  # as many as the catalogue has
    n = 0
    print("ready", flush=True)
    while True:
        n += 1
        verdicts = [(k, rid, "R", "met", 0.9, 0, "x" * 200) for k, rid in enumerate(ids)]
        evidence = [(rid, j, "evidence", "q" * 300, "here", "{}", "") for rid in ids for j in range(4)]
        s.record(run, f"app-{n}.docx", f"h{n}", n, f"app-{n}",
                 Outcome(status="ok", counts={"met": len(ids)}, verdicts=verdicts, evidence=evidence, report_z=zlib.compress(b"{}")))
    """
)


def test_store_stays_consistent_when_the_writer_is_killed(tmp_path):
    """SIGKILL a process in the middle of writing results, several times:
    every result in the store is whole (a verdict per requirement), none is half-written."""
    path = tmp_path / "round.sqlite"
    for attempt in range(3):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(N_REQUIREMENTS)], stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(0.4 + 0.13 * attempt)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        s = Store(path)
        try:
            assert s.check() == []
            n_ok = s.db.execute("SELECT count(*) FROM results WHERE status = 'ok'").fetchone()[0]
            n_verdicts = s.db.execute("SELECT count(*) FROM verdicts").fetchone()[0]
            assert n_ok > 0 and n_verdicts == N_REQUIREMENTS * n_ok
            assert s.mark_stale_runs() == 1  # the killed run is now 'interrupted'
        finally:
            s.close()
