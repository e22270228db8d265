"""Long run: 5,000 evaluations in one process, watching memory and durable-rules sessions.

Not a unit test. Run from the project root::

    .venv/bin/python bench/long_run.py                  # 5,000 evaluations, a line every 500
    .venv/bin/python bench/long_run.py --count 1000 --every 100 --json figures.json

One :class:`~approval_engine.judge.evaluate.Engine` evaluates, in turn:

* small applications built in memory (1–30 passages drawn, with a fixed seed,
  from the ruleset's own examples: met, partially met, not met, negated and
  hedged sentences, under varying headings, some as table cells);
* every 50th, a real ``.docx`` read from disk (the shipped sample application
  and a few Word files built here with comments, tables and footnote-like
  text), so extraction runs too;
* every 250th, a bad file (empty, random bytes, a truncated zip), which must
  end in the engine's own error and leave nothing behind.

Every report is rendered (HTML, Markdown and JSON in turn). Every
``--every`` evaluations it prints the peak RSS (``resource.getrusage``), the
current RSS (``VmRSS`` in ``/proc/self/status``), the rate, and
``approval_engine.rules.engine.live_sessions()``, which must be 0 between
evaluations: durable-rules fails at 1,024 live sessions. It exits 1 if a
session is left, if an unexpected exception occurs, or if the current RSS
grows by more than ``--max-growth-mb`` between the first checkpoint and the
last.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import docx  # noqa: E402

from approval_engine.ingest.document import Location  # noqa: E402
from approval_engine.errors import EngineError  # noqa: E402
from approval_engine.judge.evaluate import Engine  # noqa: E402
from approval_engine.ingest.model import Application, Passage  # noqa: E402
from approval_engine.report import render  # noqa: E402
from approval_engine.rules.engine import live_sessions  # noqa: E402

FORMATS = ("html", "md", "json")
HEADINGS = ["Entry requirements", "Programme design", "Assessment", "Partnership", "Quality assurance",
            "Criterion 2", "Section C – delivery", "Resources"]  # fmt: skip


def vm_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def sentence_pool(engine: Engine) -> list[str]:
    pool: list[str] = []
    for rule in engine.ruleset.requirements:
        ex = rule.examples
        for texts in (ex.met, ex.partially_met, ex.not_met, ex.negation, ex.aspiration):
            pool.extend(texts)
    return pool or ["We run a short course for SENCOs."]


def small_application(rng: random.Random, pool: list[str], n: int) -> Application:
    passages: list[Passage] = []
    heading_path: tuple[str, ...] = ()
    for i in range(rng.randint(1, 30)):
        if i == 0 or rng.random() < 0.15:
            heading = rng.choice(HEADINGS)
            heading_path = (heading,)
            passages.append(Passage(id=f"h{i}", kind="heading", text=heading,
                                    location=Location(paragraph=len(passages) + 1)))
            continue
        text = " ".join(rng.sample(pool, rng.randint(1, 3)))
        if rng.random() < 0.2:
            passages.append(Passage(id=f"c{i}", kind="cell", text=text, label="Arrangements",
                                    location=Location(heading_path=heading_path, paragraph=len(passages) + 1,
                                                      table=1, row=i, column=2)))
        else:
            passages.append(Passage(id=f"p{i}", text=text,
                                    location=Location(heading_path=heading_path, paragraph=len(passages) + 1)))
    return Application(title=f"Generated application {n}", source=f"memory:{n}", passages=passages)


def word_files(folder: Path, pool: list[str], rng: random.Random) -> list[Path]:
    files = []
    sample = ROOT / "applications" / "riverside-senco-2009.docx"
    if sample.is_file():
        files.append(sample)
    for k in range(3):
        d = docx.Document()
        d.core_properties.title = f"Built application {k}"
        for h in rng.sample(HEADINGS, 4):
            d.add_heading(h, level=1)
            run = d.add_paragraph().add_run(" ".join(rng.sample(pool, 3)))
            if rng.random() < 0.5:
                d.add_comment(run, text="Check this with the partner.", author="Reviewer", initials="R")
            t = d.add_table(rows=2, cols=2)
            t.cell(0, 0).text, t.cell(0, 1).text = "Arrangements", rng.choice(pool)
            t.cell(1, 0).text, t.cell(1, 1).text = "Assessment", rng.choice(pool)
        path = folder / f"built-{k}.docx"
        d.save(str(path))
        files.append(path)
    return files


def bad_files(folder: Path, good: Path) -> list[Path]:
    empty = folder / "empty.docx"
    empty.write_bytes(b"")
    noise = folder / "noise.docx"
    noise.write_bytes(bytes((i * 37 + 11) % 256 for i in range(4096)))
    cut = folder / "cut.docx"
    cut.write_bytes(good.read_bytes()[:2000])
    return [empty, noise, cut]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=5000)
    ap.add_argument("--every", type=int, default=500)
    ap.add_argument("--seed", type=int, default=2009)
    ap.add_argument("--max-growth-mb", type=float, default=64.0,
                    help="largest VmRSS growth allowed from the first checkpoint to the last")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args(argv)

    rng = random.Random(args.seed)
    started = time.perf_counter()
    rss_start = vm_rss_mb()
    engine = Engine()
    pool = sentence_pool(engine)
    rows: list[dict] = []
    counts = {"memory": 0, "docx": 0, "bad": 0, "gaps": 0, "engine_errors": 0}
    failures: list[str] = []
    print(f"python {platform.python_version()} on {platform.machine()}; VmRSS {rss_start:.1f} MB before the "
          f"engine, {vm_rss_mb():.1f} MB after loading it; {len(pool)} example sentences", flush=True)
    print(f"{'evaluations':>11} {'seconds':>8} {'per s':>6} {'peak RSS MB':>11} {'VmRSS MB':>9} "
          f"{'live sessions':>13} {'docx':>5} {'bad':>4}", flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        words = word_files(folder, pool, rng)
        bads = bad_files(folder, words[-1])
        window = time.perf_counter()
        for n in range(1, args.count + 1):
            fmt = FORMATS[n % len(FORMATS)]
            try:
                if n % 250 == 0:
                    path = bads[(n // 250) % len(bads)]
                    counts["bad"] += 1
                    try:
                        engine.evaluate_file(path)
                        failures.append(f"{path.name} was evaluated; it should have been refused")
                    except EngineError:
                        counts["engine_errors"] += 1
                    report = None
                elif n % 50 == 0:
                    report = engine.evaluate_file(words[(n // 50) % len(words)])
                    counts["docx"] += 1
                else:
                    report = engine.evaluate(small_application(rng, pool, n))
                    counts["memory"] += 1
                if report is not None:
                    text = render(report, fmt)
                    assert text and len(report.requirements) == 61
                    counts["gaps"] += report.has_gaps
            except Exception as exc:  # noqa: BLE001 - a long run reports, it does not stop
                failures.append(f"evaluation {n}: {type(exc).__name__}: {exc}")
            if live_sessions() != 0:
                failures.append(f"evaluation {n}: {live_sessions()} durable-rules session(s) left live")
            if n % args.every == 0 or n == args.count:
                gc.collect()
                now = time.perf_counter()
                row = {
                    "evaluations": n,
                    "seconds": round(now - started, 1),
                    "per_second": round(args.every / (now - window), 1) if n % args.every == 0 else None,
                    "peak_rss_mb": round(peak_rss_mb(), 1),
                    "vm_rss_mb": round(vm_rss_mb(), 1),
                    "live_sessions": live_sessions(),
                    "docx": counts["docx"],
                    "bad": counts["bad"],
                }
                window = now
                rows.append(row)
                print(f"{n:>11} {row['seconds']:>8} {row['per_second'] or '':>6} {row['peak_rss_mb']:>11} "
                      f"{row['vm_rss_mb']:>9} {row['live_sessions']:>13} {row['docx']:>5} {row['bad']:>4}",
                      flush=True)

    growth = rows[-1]["vm_rss_mb"] - rows[0]["vm_rss_mb"] if rows else 0.0
    if growth > args.max_growth_mb:
        failures.append(f"VmRSS grew {growth:.1f} MB from the first checkpoint to the last")
    if live_sessions() != 0:
        failures.append(f"{live_sessions()} durable-rules session(s) live at the end")
    summary = {
        "count": args.count,
        "seed": args.seed,
        "python": platform.python_version(),
        "total_seconds": round(time.perf_counter() - started, 1),
        "vm_rss_growth_mb": round(growth, 1),
        "live_sessions_at_end": live_sessions(),
        **counts,
        "failures": failures,
        "rows": rows,
    }
    print(f"done: {args.count} evaluations ({counts['memory']} in memory, {counts['docx']} .docx, "
          f"{counts['bad']} bad files refused with the engine's own error: {counts['engine_errors']}) in "
          f"{summary['total_seconds']} s; VmRSS {growth:+.1f} MB from the first checkpoint to the last; "
          f"live sessions at the end: {live_sessions()}", flush=True)
    for f in failures[:20]:
        print("FAILURE:", f, flush=True)
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
