"""Benchmarks for the engine and for application rounds.

    python bench/generate.py ROUND -n 1000           # a synthetic round first (ROUND: a folder of your choice)
    python bench/run.py stages  ROUND --sample 50    # per-stage time per application vs docx2python
    python bench/run.py round   ROUND --jobs 1,2     # a whole round with 1 and 2 worker processes
    python bench/run.py memory  ROUND -n 1000,5000   # RSS over N evaluations in one process
    python bench/run.py copies  ../shared/corpus ROUND -n 1000   # a round of copies of real applications
    python bench/run.py round   ROUND --jobs 1,2 --rerun         # ... and an unchanged re-run

``stages`` times each stage of an evaluation (extraction, application model,
facts, rules, report: building the report and rendering HTML and JSON) for a
sample of files, each file ``--repeat`` times (the median kept), beside
docx2python's own parse of the same file (``with docx2python(path) as d:
d.body_pars``), and compares evaluation with 1.25 x that parse time.

``round`` runs ``approval-engine batch`` (in this process, as the command
does) on the folder with each ``--jobs`` value into a fresh output folder,
and prints wall time, throughput, the speed-up over the first value, and the
peak RSS of the parent and of the largest worker.

``copies`` fills a folder with N copies of the Word files of another
(round-robin, ``0001-<name>.docx`` ...): a round of real applications, each
evaluated on its own (a round reuses a result only for the same file name
with the same content). With ``round --rerun`` the last ``--jobs`` value is
run a second time into the same output, nothing changed: the time a
secretariat waits to re-run a round is that of finding nothing to do.

``memory`` evaluates the folder's files over and over in one process (one
Engine, as a worker does) and prints the current RSS and the peak RSS
(``resource.getrusage(RUSAGE_SELF).ru_maxrss``) at each checkpoint: memory is
flat when the figures stop growing after the first few hundred evaluations.

Every command prints the machine (CPUs, load average) first: the figures mean
little without it.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

STAGES = ("extract", "model", "facts", "rules", "report")


def machine() -> str:
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover
        cpus = os.cpu_count()
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"{platform.system()} {platform.release()}, Python {platform.python_version()}, {cpus} CPUs"
            f"{' (' + model + ')' if model else ''}, load average {load}")


def rss_mb() -> float:
    """Current resident set size of this process, in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def maxrss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KB on Linux


class ChildPeak:
    """The largest peak RSS (VmHWM) seen among this process's children,
    sampled from /proc while a round runs. (getrusage(RUSAGE_CHILDREN) would
    not do: on Linux a child's ru_maxrss keeps the parent's size at fork,
    across exec.)"""

    def __init__(self, every: float = 0.25):
        import threading

        self.peak_kb = 0
        self.every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = str(os.getpid())
        while not self._stop.is_set():
            for d in Path("/proc").iterdir():
                if not d.name.isdigit():
                    continue
                try:
                    text = (d / "status").read_text()
                except OSError:
                    continue
                fields = dict(line.split(":", 1) for line in text.splitlines() if ":" in line)
                if fields.get("PPid", "").strip() == me and "VmHWM" in fields:
                    self.peak_kb = max(self.peak_kb, int(fields["VmHWM"].split()[0]))
            self._stop.wait(self.every)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(5)

    @property
    def peak_mb(self) -> float:
        return self.peak_kb / 1024


def files_of(folder: Path) -> list[Path]:
    files = sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in (".docx", ".docm"))
    if not files:
        sys.exit(f"run.py: no .docx files in {folder} (write some with bench/generate.py)")
    return files


def _layout(path: Path) -> str:
    """The layout of a generated file (app-00001-essay.docx), else 'other'."""
    parts = path.stem.split("-", 2)
    return parts[2] if len(parts) == 3 and parts[0] == "app" and parts[1].isdigit() else "other"


def _ms(x: float) -> str:
    return f"{x * 1000:7.1f}"


# ----------------------------------------------------------------- stages


def time_stages(engine, path: Path) -> dict[str, float]:
    from docx2python import docx2python

    from approval_engine.ingest.extract import extract
    from approval_engine.ingest.model import build_application
    from approval_engine.report import render

    t: dict[str, float] = {}
    t0 = time.perf_counter()
    doc = extract(path)
    t1 = time.perf_counter()
    app = build_application(doc)
    t2 = time.perf_counter()
    facts = engine.facts(app)
    t3 = time.perf_counter()
    decisions = engine.decide(facts)
    t4 = time.perf_counter()
    report = engine.report(app, facts, decisions)
    render(report, "html")
    render(report, "json")
    t5 = time.perf_counter()
    with docx2python(path) as d:
        d.body_pars
    t6 = time.perf_counter()
    t.update(extract=t1 - t0, model=t2 - t1, facts=t3 - t2, rules=t4 - t3, report=t5 - t4, total=t5 - t0,
             docx2python=t6 - t5)
    return t


def cmd_stages(args) -> None:
    from approval_engine.judge.evaluate import Engine

    files = files_of(args.folder)
    by_layout: dict[str, list[Path]] = {}
    for f in files:
        by_layout.setdefault(_layout(f), []).append(f)
    per = max(1, args.sample // max(1, len(by_layout)))
    sample = [f for group in by_layout.values() for f in group[:per]][: args.sample]
    print(f"# stages: {len(sample)} files from {args.folder}, each timed {args.repeat}x (median kept)")
    print(f"# machine: {machine()}")
    engine = Engine()
    time_stages(engine, sample[0])  # warm-up (imports, regex caches)
    rows = []
    for f in sample:
        runs = [time_stages(engine, f) for _ in range(args.repeat)]
        rows.append((f, {k: statistics.median(r[k] for r in runs) for k in runs[0]}))
    cols = (*STAGES, "total", "docx2python")
    if args.per_file:
        print(f"{'file':<44}" + "".join(f"{c:>12}" for c in cols) + f"{'ratio':>8}")
        for f, m in rows:
            print(f"{f.name[:43]:<44}" + "".join(f"{_ms(m[c]):>12}" for c in cols) + f"{m['total'] / m['docx2python']:8.2f}")
    print("\nmedian per application, milliseconds")
    print(f"{'layout':<22}{'n':>4}" + "".join(f"{c:>12}" for c in cols) + f"{'eval/d2p':>10}")
    groups = {**{k: [m for f, m in rows if _layout(f) == k] for k in by_layout}, "ALL": [m for _, m in rows]}
    for name, ms in groups.items():
        if not ms:
            continue
        med = {c: statistics.median(m[c] for m in ms) for c in cols}
        ratio = statistics.median(m["total"] / m["docx2python"] for m in ms)
        print(f"{name:<22}{len(ms):>4}" + "".join(f"{_ms(med[c]):>12}" for c in cols) + f"{ratio:10.2f}")
    allm = groups["ALL"]
    total = statistics.median(m["total"] for m in allm)
    d2p = statistics.median(m["docx2python"] for m in allm)
    share = {c: sum(m[c] for m in allm) / sum(m["total"] for m in allm) for c in STAGES}
    print("\nshare of evaluation time: " + ", ".join(f"{c} {share[c]:.0%}" for c in STAGES))
    verdict = "met" if total <= 1.25 * d2p else "MISSED"
    print(f"target: evaluation <= 1.25 x docx2python parse: {total * 1000:.1f} ms vs 1.25 x {d2p * 1000:.1f} ms = "
          f"{1.25 * d2p * 1000:.1f} ms -> {verdict} (ratio {total / d2p:.2f})")


# ----------------------------------------------------------------- round


def cmd_round(args) -> None:
    from approval_engine.round import run as rounds
    from approval_engine.store.round import STORE_FILE, Store

    jobs = [int(j) for j in args.jobs.split(",")]
    n = len([p for p in Path(args.folder).iterdir() if p.is_file()])
    print(f"# round: {n} files in {args.folder}, jobs {jobs}, formats {args.format}")
    print(f"# machine: {machine()}")
    base = Path(tempfile.mkdtemp(prefix="bench-round-"))
    times = {}
    try:
        for j in jobs:
            out = base / f"jobs-{j}"
            load_before = os.getloadavg()[0]
            cpu0 = resource.getrusage(resource.RUSAGE_SELF)
            t0 = time.perf_counter()
            with ChildPeak() as children:
                res = rounds.run_round(rounds.RoundOptions(folder=args.folder, out=out, jobs=j,
                                                           formats=tuple(args.format.split(",")), timeout=600))
            wall = time.perf_counter() - t0
            cpu1 = resource.getrusage(resource.RUSAGE_SELF)
            parent_cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
            times[j] = wall
            print(f"jobs={j}: {wall:7.1f} s wall, {res.ok} evaluated, {res.failed} failed, "
                  f"{res.ok / wall:5.2f} applications/s, {wall / max(1, res.ok) * 1000:6.0f} ms per application; "
                  f"peak RSS parent {maxrss_mb():.0f} MB, largest worker {children.peak_mb:.0f} MB; "
                  f"load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after; "
                  f"parent CPU {parent_cpu:.1f} s ({parent_cpu / max(1, res.ok + res.failed) * 1000:.1f} ms per file)")
            s = Store(out / STORE_FILE)
            try:
                run = s.runs()[-1]["id"]
                stage = {st: [r[f"t_{st}"] for r in s.db.execute(
                    f"SELECT t_{st} FROM results WHERE run_id = ? AND status = 'ok'", (run,))] for st in
                    (*STAGES, "total")}
                print("        median in the workers, ms: " + ", ".join(
                    f"{st} {statistics.median(v) * 1000:.1f}" for st, v in stage.items() if v))
            finally:
                s.close()
        if args.rerun:
            j = jobs[-1]
            t0 = time.perf_counter()
            res = rounds.run_round(rounds.RoundOptions(folder=args.folder, out=base / f"jobs-{j}", jobs=j,
                                                       formats=tuple(args.format.split(",")), timeout=600))
            wall = time.perf_counter() - t0
            print(f"re-run, unchanged, jobs={j}: {wall:7.2f} s wall, {res.ok} evaluated, {res.skipped} unchanged; "
                  f"{wall / times[j]:.1%} of the first run")
        first = jobs[0]
        for j in jobs[1:]:
            print(f"speed-up {first} -> {j} workers: {times[first] / times[j]:.2f}x")
        if 2 in times:
            per_1000 = times[2] / n * 1000
            print(f"target: a round of 1,000 in under 120 s on 2 cores: {per_1000:.0f} s per 1,000 files at jobs=2 -> "
                  f"{'met' if per_1000 < 120 else 'MISSED'}")
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
        else:
            print(f"outputs kept in {base}")


def cmd_copies(args) -> None:
    sources = sorted(p for p in Path(args.source).iterdir() if p.suffix.lower() == ".docx")
    if not sources:
        raise SystemExit(f"{args.source}: no .docx files")
    args.folder.mkdir(parents=True, exist_ok=True)
    width = len(str(args.n))
    for i in range(args.n):
        src = sources[i % len(sources)]
        shutil.copyfile(src, args.folder / f"{i + 1:0{width}d}-{src.name}")
    print(f"{args.n} copies of {len(sources)} files in {args.folder}")


# ----------------------------------------------------------------- memory


def cmd_memory(args) -> None:
    from approval_engine.judge.evaluate import Engine
    from approval_engine.report import render
    from approval_engine.rules import engine as durable

    targets = sorted(int(x) for x in args.n.split(","))
    files = files_of(args.folder)
    print(f"# memory: {targets[-1]} evaluations in one process, cycling over {len(files)} files in {args.folder}")
    print(f"# machine: {machine()}")
    print(f"{'evaluations':>12}{'RSS MB':>10}{'peak RSS MB':>13}{'s elapsed':>11}{'live sessions':>15}")
    engine = Engine()
    print(f"{0:>12}{rss_mb():>10.1f}{maxrss_mb():>13.1f}{0.0:>11.1f}{durable.live_sessions():>15}")
    t0 = time.perf_counter()
    checkpoints = set(targets) | set(range(args.every, targets[-1] + 1, args.every))
    marks = {}
    for i in range(1, targets[-1] + 1):
        report = engine.evaluate_file(files[(i - 1) % len(files)])
        render(report, "html")
        render(report, "json")
        del report
        if i in checkpoints:
            marks[i] = (rss_mb(), maxrss_mb())
            print(f"{i:>12}{marks[i][0]:>10.1f}{marks[i][1]:>13.1f}{time.perf_counter() - t0:>11.1f}"
                  f"{durable.live_sessions():>15}", flush=True)
    if len(targets) >= 2:
        a, b = targets[0], targets[-1]
        growth = marks[b][1] - marks[a][1]
        print(f"target: memory flat from {a:,} to {b:,} evaluations: peak RSS {marks[a][1]:.1f} -> {marks[b][1]:.1f} MB "
              f"(+{growth:.1f} MB, {growth / marks[a][1]:+.1%}); current RSS {marks[a][0]:.1f} -> {marks[b][0]:.1f} MB "
              f"-> {'flat' if growth <= 0.05 * marks[a][1] else 'GROWING'}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmarks for approval-engine (see the module docstring).")
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("stages", help="per-stage time per application beside docx2python's parse")
    p.add_argument("folder", type=Path)
    p.add_argument("--sample", type=int, default=50, help="files to time (spread over the layouts)")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--per-file", action="store_true", help="print every file's figures too")
    p.set_defaults(func=cmd_stages)
    p = sub.add_parser("round", help="a whole round with each --jobs value")
    p.add_argument("folder", type=Path)
    p.add_argument("--jobs", default="1,2")
    p.add_argument("--format", default="html,json")
    p.add_argument("--keep", action="store_true", help="keep the output folders")
    p.add_argument("--rerun", action="store_true", help="run the last --jobs value again, unchanged, and time it")
    p.set_defaults(func=cmd_round)
    p = sub.add_parser("copies", help="a folder of N copies of another folder's Word files")
    p.add_argument("source", type=Path)
    p.add_argument("folder", type=Path)
    p.add_argument("-n", type=int, default=1000)
    p.set_defaults(func=cmd_copies)
    p = sub.add_parser("memory", help="RSS over many evaluations in one process")
    p.add_argument("folder", type=Path)
    p.add_argument("-n", default="1000,5000", help="checkpoints to compare (comma-separated)")
    p.add_argument("--every", type=int, default=500, help="print RSS every this many evaluations")
    p.set_defaults(func=cmd_memory)
    args = ap.parse_args(argv)
    args.func(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
