"""`approval-engine batch`: an application round in worker processes.

A round of generated applications plus broken files; a re-run that skips what
is unchanged; workers that crash or hang; a round interrupted (Ctrl-C, and
the parent process killed outright) and resumed to completion; hostile file
names. Worker faults are injected from outside: the pool's initializer is
replaced by one from the test-only module worker_faults, which wraps the
evaluation in each (spawned) worker; the pool, the evaluation and the store
are the real ones.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import worker_faults
from approval_engine.cli.round import batch
from approval_engine.round import discover, workers
from approval_engine.round import run as rounds
from approval_engine.store.round import Store
from conftest import N_REQUIREMENTS, ROOT

N_GENERATED = 30
OLE2 = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504
BROKEN = {"empty.docx": b"", "legacy.doc": OLE2, "corrupt.docx": b"PK\x03\x04" + b"\x14\x00\x00\x00garbage" * 50}


def _generator():
    if "bench_generate" not in sys.modules:
        spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules["bench_generate"] = mod  # dataclasses look their module up
        spec.loader.exec_module(mod)
    return sys.modules["bench_generate"]


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """30 generated applications (every layout and gap profile)."""
    folder = tmp_path_factory.mktemp("generated")
    entries = _generator().generate_round(folder, N_GENERATED, seed=7)
    assert {e["layout"] for e in entries} == set(_generator().LAYOUTS)
    return folder


@pytest.fixture(scope="module")
def round_dir(generated, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("round")
    for p in generated.iterdir():
        shutil.copy(p, folder / p.name)
    for name, data in BROKEN.items():
        (folder / name).write_bytes(data)
    return folder


def invoke(*args: str):
    return CliRunner().invoke(batch, list(args), catch_exceptions=False)


@pytest.fixture
def faults(monkeypatch):
    """faults(spec): the round's workers start with these faults."""
    return lambda spec: monkeypatch.setattr(workers, "start_worker", worker_faults.starter(spec))


@pytest.fixture(scope="module")
def first_round(round_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "round"
    result = invoke(str(round_dir), "--out", str(out), "--jobs", "2")
    return result, out


def open_store(out: Path) -> Store:
    return Store(out / "round.sqlite")


def results_of(out: Path, run: int | None = None) -> dict[str, sqlite3.Row]:
    s = open_store(out)
    try:
        run = run or s.db.execute("SELECT max(id) FROM runs").fetchone()[0]
        return {r.path: r for r in s.rows(run)}
    finally:
        s.close()


# ------------------------------------------------------------------ unit level


def test_output_names_are_safe_and_unique():
    rels = ["a.docx", "A.json", "sub/b.docx", "sub-b.docx", "..docx", ".hidden.docx", "CON.docx",
            "x" * 250 + ".docx", "ü ber.docx", "a\\..\\..\\evil.docx", "<img src=x>.docx"]
    names = discover.output_names(rels)
    assert len(set(n.lower() for n in names.values())) == len(rels)
    for n in names.values():
        assert n and not n.startswith(".") and "/" not in n and "\\" not in n and len(n) <= discover.MAX_NAME
        assert all(c.isalnum() and c.isascii() or c in "._-" for c in n)
    assert names["ü ber.docx"] == "u-ber"
    assert names["CON.docx"] == "CON-file"
    assert discover.output_names(rels) == names  # deterministic


def test_discover_lists_every_file_and_skips_the_output_folder(tmp_path):
    (tmp_path / "a.docx").write_bytes(b"x")
    (tmp_path / "b.pdf").write_bytes(b"x")
    (tmp_path / "~$a.docx").write_bytes(b"x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.yaml").write_text("x")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "report.json").write_text("{}")
    items = {i.rel: i for i in discover.discover(tmp_path, exclude=[tmp_path / "out"])}
    assert set(items) == {"a.docx", "b.pdf", "~$a.docx", "sub/c.yaml"}
    assert items["a.docx"].problem == "" and items["sub/c.yaml"].problem == ""
    assert "not an application" in items["b.pdf"].problem
    assert "lock file" in items["~$a.docx"].problem


@pytest.mark.parametrize("case", ["missing", "file", "empty", "format", "ruleset", "out-is-dir"])
def test_an_unusable_folder_or_option_exits_2(tmp_path, case):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.docx").write_bytes(b"")
    args = [str(folder), "--out", str(tmp_path / "out")]
    if case == "missing":
        args[0] = str(tmp_path / "nowhere")
    elif case == "file":
        args[0] = str(folder / "a.docx")
    elif case == "empty":
        (folder / "a.docx").unlink()
    elif case == "format":
        args += ["--format", "html,pdf"]
    elif case == "out-is-dir":
        args[2] = str(folder)
    elif case == "ruleset":
        bad = tmp_path / "bad.yaml"
        bad.write_text("ruleset: [unclosed\n")
        args += ["--ruleset", str(bad)]
    result = invoke(*args)
    assert result.exit_code == 2, result.output
    if case != "format":
        assert result.stderr.startswith("approval-engine: ") and "Traceback" not in result.output
    assert not (tmp_path / "out" / "round.sqlite").exists() and not (folder / "round.sqlite").exists()


# ------------------------------------------------------------------ a round


def test_a_round_evaluates_every_application_and_records_every_failure(first_round, round_dir):
    result, out = first_round
    assert result.exit_code == 1, result.output  # generated applications have gaps; 3 files failed
    assert result.stdout.strip() == str(out / "summary.html")
    assert f"round of {N_GENERATED + 3}: {N_GENERATED} evaluated" in result.stderr
    rows = results_of(out)
    assert len(rows) == N_GENERATED + 3
    failed = {p: r for p, r in rows.items() if r.status == "failed"}
    assert set(failed) == set(BROKEN)
    assert "empty" in failed["empty.docx"].error
    assert "legacy" in failed["legacy.doc"].error and ".doc" in failed["legacy.doc"].error
    assert "corrupt" in failed["corrupt.docx"].error or "damaged" in failed["corrupt.docx"].error
    for name in BROKEN:
        assert f"failed: {name}: " in result.stderr

    ok = [r for r in rows.values() if r.status == "ok"]
    assert len(ok) == N_GENERATED
    for r in ok:
        assert len(r.verdicts) == N_REQUIREMENTS and sum(r.counts.values()) == N_REQUIREMENTS
        assert all(r.timings[s] is not None for s in ("extract", "model", "facts", "rules", "report", "total"))
        for suffix in (".html", ".json"):
            assert (out / "applications" / f"{r.output_name}{suffix}").is_file()
        report = json.loads((out / "applications" / f"{r.output_name}.json").read_text())
        assert {x["id"]: x["verdict"] for x in report["requirements"]} == r.verdicts
    assert not any((out / "applications").glob("empty.*")) and not any((out / "applications").glob("corrupt.*"))

    s = open_store(out)
    try:
        assert s.check() == []
        (run,) = s.runs()
        assert run["status"] == "finished" and run["ruleset"] == "tda-senco-2008" and len(run["ruleset_fingerprint"]) == 16
        n_evidence = s.db.execute("SELECT count(*) FROM evidence").fetchone()[0]
        assert n_evidence > N_GENERATED * 20
    finally:
        s.close()

    # the summary: one matrix row per file, every requirement, totals, failures with their errors
    html = (out / "summary.html").read_text()
    assert html.count('<tr class="ok">') == N_GENERATED and html.count('<tr class="failed">') == 3
    assert html.count('class="req" scope="col"') == N_REQUIREMENTS
    for name in BROKEN:
        assert name in html
    assert "Totals per criterion" in html and "Failed applications" in html
    assert "<script" in html and "src=" not in html.split("<script", 1)[1].split(">", 1)[0]  # inline only
    with open(out / "summary.csv", encoding="utf-8-sig", newline="") as fh:
        table = list(csv.DictReader(fh))
    assert len(table) == N_GENERATED + 3
    req_cols = [c for c in table[0] if c[:1] in "E123456" and "." in c]
    assert len(req_cols) == N_REQUIREMENTS
    by_file = {t["file"]: t for t in table}
    for path, r in rows.items():
        assert by_file[path]["status"] == r.status
        if r.status == "ok":
            assert {c: by_file[path][c] for c in req_cols} == r.verdicts
    assert by_file["legacy.doc"]["error"] == failed["legacy.doc"].error


def test_a_rerun_skips_everything_unchanged(first_round, round_dir, tmp_path, generated):
    _, out0 = first_round
    out = tmp_path / "rerun"
    shutil.copytree(out0, out)
    before = results_of(out)
    victim = next(r for r in before.values() if r.status == "ok")
    (out / "applications" / f"{victim.output_name}.html").unlink()  # a lost report is written again

    result = invoke(str(round_dir), "--out", str(out), "--jobs", "2")
    assert result.exit_code == 1, result.output
    # the empty and the corrupt .docx failed on their own content: not tried again while unchanged
    # (the .doc is never sent to a worker at all)
    assert f"0 evaluated, {N_GENERATED} unchanged since an earlier run, 3 failed (2 unchanged" in result.stderr
    rows = results_of(out)
    assert sum(r.status == "skipped" for r in rows.values()) == N_GENERATED
    assert {p for p, r in rows.items() if r.status == "failed" and r.reused_result_id} == {"empty.docx", "corrupt.docx"}
    for path, r in rows.items():
        assert r.verdicts == before[path].verdicts  # the summary reads them from the store
    assert (out / "applications" / f"{victim.output_name}.html").is_file()
    html = (out / "summary.html").read_text()
    assert html.count('<tr class="skipped">') == N_GENERATED

    # a changed file (and only it) is evaluated again; --force evaluates everything
    changed = sorted(p for p in round_dir.iterdir() if p.suffix == ".docx" and p.name.startswith("app-"))[0]
    other_round = tmp_path / "changed"
    shutil.copytree(round_dir, other_round)
    shutil.copy(sorted(generated.iterdir())[-1], other_round / changed.name)
    result = invoke(str(other_round), "--out", str(out), "--jobs", "2")
    assert f"1 evaluated, {N_GENERATED - 1} unchanged" in result.stderr, result.output
    s = open_store(out)
    try:
        assert s.check() == []
        assert [r["status"] for r in s.runs()] == ["finished"] * 3
    finally:
        s.close()


def test_crashing_and_hanging_workers_fail_one_application_each_and_the_round_completes(generated, tmp_path, faults,
                                                                                        monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    files = sorted(generated.iterdir())[:5]
    for p in files:
        shutil.copy(p, folder / p.name)
    segv, exits, hangs = files[0].name, files[1].name, files[2].name
    out = tmp_path / "out"
    faults(f"segv:{segv},crash:{exits},hang:{hangs}")
    result = invoke(str(folder), "--out", str(out), "--jobs", "2", "--timeout", "6")
    assert result.exit_code == 1, result.output
    rows = results_of(out)
    assert "killed by SIGSEGV" in rows[segv].error and rows[segv].error_kind == "crash"
    assert "exited with status 70" in rows[exits].error and rows[exits].error_kind == "crash"
    assert "time limit of 6 s" in rows[hangs].error and rows[hangs].error_kind == "timeout"
    assert [rows[p.name].status for p in files[3:]] == ["ok", "ok"]
    s = open_store(out)
    try:
        assert s.check() == []
    finally:
        s.close()

    # run again without the faults: the three are tried again, the rest reused
    monkeypatch.undo()
    result = invoke(str(folder), "--out", str(out), "--jobs", "2")
    assert "3 evaluated, 2 unchanged since an earlier run, 0 failed" in result.stderr, result.output
    rows = results_of(out)
    assert all(r.evaluated and len(r.verdicts) == N_REQUIREMENTS for r in rows.values())


def test_workers_that_cannot_start_stop_the_round_with_status_2(generated, tmp_path, faults):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(sorted(generated.iterdir())[0], folder / "a.docx")
    out = tmp_path / "out"
    faults("init-fail:*")
    result = invoke(str(folder), "--out", str(out), "--jobs", "1")
    assert result.exit_code == 2, result.output
    assert f"worker processes cannot start: internal error (RuntimeError: {worker_faults.INIT_FAILURE})" in result.stderr
    s = open_store(out)
    try:
        (run,) = s.runs()
        assert run["status"] == "aborted" and "cannot start" in run["note"]
        assert s.check() == []
    finally:
        s.close()


_WITH_FAULTS = """
import sys
sys.path.insert(0, sys.argv.pop(1))
import worker_faults
from approval_engine.round import workers
workers.start_worker = worker_faults.starter(sys.argv.pop(1))
from approval_engine.cli.round import batch
batch()
"""


def _start_round(folder: Path, out: Path, fault: str | None) -> subprocess.Popen:
    args = [str(folder), "--out", str(out), "--jobs", "2", "--format", "json"]
    if fault:
        command = [sys.executable, "-c", _WITH_FAULTS, str(Path(__file__).parent), fault, *args]
    else:
        command = [sys.executable, "-m", "approval_engine.cli.round", *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=str(ROOT))


def _ok_results(out: Path) -> int:
    try:
        db = sqlite3.connect(f"file:{out / 'round.sqlite'}?mode=ro", uri=True, timeout=5)
        try:
            return db.execute("SELECT count(*) FROM results WHERE status = 'ok'").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:
        return 0


def _wait_for(out: Path, n: int, proc: subprocess.Popen, limit: float = 40) -> None:
    deadline = time.monotonic() + limit
    while _ok_results(out) < n:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the round made no progress"
        time.sleep(0.1)


def test_an_interrupted_round_is_resumed_to_completion(generated, tmp_path):
    """Ctrl-C stops the round after recording what finished; a round whose
    process is killed outright leaves a consistent store too; running the
    same command again completes the round."""
    folder = tmp_path / "in"
    folder.mkdir()
    files = sorted(generated.iterdir())[:10]
    for p in files:
        shutil.copy(p, folder / p.name)
    out = tmp_path / "out"
    slow = "sleep:0.6:*"

    proc = _start_round(folder, out, slow)
    _wait_for(out, 2, proc)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == rounds.EXIT_INTERRUPTED, err
    assert "interrupted" in err and f"--out {out}" in err
    s = open_store(out)
    try:
        assert s.check() == []
        (run,) = s.runs()
        assert run["status"] == "interrupted"
        done = {r.path for r in s.rows(run["id"])}
    finally:
        s.close()
    assert 2 <= len(done) < len(files)
    assert "This round is incomplete" in (out / "summary.html").read_text()

    proc = _start_round(folder, out, slow)
    _wait_for(out, len(done) + 1, proc)
    proc.kill()  # no chance to clean up at all
    proc.communicate(timeout=30)
    s = open_store(out)
    try:
        assert s.check() == []
        assert [r["status"] for r in s.runs()] == ["interrupted", "running"]
    finally:
        s.close()

    proc = _start_round(folder, out, None)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err  # complete now (generated applications have gaps)
    s = open_store(out)
    try:
        assert s.check() == []
        assert [r["status"] for r in s.runs()] == ["interrupted", "interrupted", "finished"]
        last = s.runs()[-1]["id"]
        rows = s.rows(last)
        assert {r.path for r in rows} == {p.name for p in files}
        assert all(r.evaluated and len(r.verdicts) == N_REQUIREMENTS for r in rows)
        assert sum(r.status == "skipped" for r in rows) > len(done)  # the killed run's results were kept
    finally:
        s.close()


def test_output_stays_inside_out_whatever_the_files_are_called(generated, tmp_path):
    src = sorted(generated.iterdir())[0]
    folder = tmp_path / "in"
    folder.mkdir()
    hostile = ["..docx", ".hidden.docx", "<img src=x onerror=alert(1)>.docx", "a\\..\\..\\evil.docx", "CON.docx",
               "=HYPERLINK(evil).docx", "new\nline.docx", "x" * 250 + ".docx", "summary.docx", "round.sqlite.docx",
               "Same.docx", "same.docx", "ünïcødé naïve.docx"]
    for name in hostile:
        shutil.copy(src, folder / name)
    (folder / "sub").mkdir()
    shutil.copy(src, folder / "sub" / "deep.docx")
    with open(os.fsencode(folder) + b"/undecodable-\xff\xfe.docx", "wb") as fh:  # not UTF-8
        fh.write(src.read_bytes())
    out = folder / "reports"  # the output folder inside the round's folder is not read as input
    outside_before = sorted(p.name for p in tmp_path.iterdir())

    result = invoke(str(folder), "--out", str(out), "--jobs", "2", "--format", "html,json,md")
    assert result.exit_code == 1, result.output
    rows = results_of(out)
    assert len(rows) == len(hostile) + 2 and all(r.status == "ok" for r in rows.values()), result.output
    assert "undecodable-\\udcff\\udcfe.docx" in rows  # stored (and shown) escaped
    assert sorted(p.name for p in tmp_path.iterdir()) == outside_before
    out_real = out.resolve()
    written = [p for p in out.rglob("*") if p.is_file()]
    assert all(out_real in p.resolve().parents for p in written)
    reports = {p.name for p in (out / "applications").iterdir()}
    assert len(reports) == 3 * len(rows)  # nothing overwrote anything else
    for r in rows.values():
        assert {f"{r.output_name}.html", f"{r.output_name}.json", f"{r.output_name}.md"} <= reports
    assert (out / "summary.html").is_file() and (out / "round.sqlite").is_file()

    html = (out / "summary.html").read_text()
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    csv_text = (out / "summary.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK(evil).docx" in csv_text

    # a second run does not take the reports folder for applications
    result = invoke(str(folder), "--out", str(out), "--jobs", "2", "--format", "html,json,md")
    assert f"0 evaluated, {len(rows)} unchanged" in result.stderr, result.output
