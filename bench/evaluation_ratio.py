"""Evaluation time against docx2python's own parse, per Word file.

    python bench/evaluation_ratio.py ../shared/corpus [--repeat 7] [--runs 3]

In one process, with one ``Engine``: for every ``.docx`` in the folder, one
warm-up of each, then ``--repeat`` timings of a full
``Engine().evaluate_file(path)`` (extraction, application model, facts,
durable-rules, the report object; no rendering) and of docx2python's bare
parse of the same file (``with docx2python(path) as d: d.text``),
alternating, the median of each kept. Prints a per-file table and the median
over files of the ratio evaluation / parse.

On a shared machine one run's figure moves with the load; ``--runs N``
measures the whole folder N times over, prints each run's median ratio, and
tables each file's median over the runs (the figure to quote is then the
median of the runs' medians).

To measure a given commit rather than the working tree, check it out in a git
worktree and run this script with ``PYTHONPATH=<worktree>``; the first line
of output names the ``approval_engine`` that was imported.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from importlib import metadata
from pathlib import Path

from run import machine  # bench/run.py, beside this file


def parse_time(path: Path) -> float:
    from docx2python import docx2python

    t0 = time.perf_counter()
    with docx2python(path) as d:
        d.text
    return time.perf_counter() - t0


def evaluation_time(engine, path: Path) -> float:
    t0 = time.perf_counter()
    engine.evaluate_file(path)
    return time.perf_counter() - t0


def measure(engine, path: Path, repeat: int) -> tuple[float, float]:
    """Median evaluation and parse time of one file, after one warm-up of each."""
    evaluation_time(engine, path)
    parse_time(path)
    evals, parses = [], []
    for _ in range(repeat):
        evals.append(evaluation_time(engine, path))
        parses.append(parse_time(path))
    return statistics.median(evals), statistics.median(parses)


def report(rows: list[tuple[Path, float, float]]) -> None:
    """The median line of a per-file table."""
    med_ev = statistics.median(ev for _, ev, _ in rows)
    med_pa = statistics.median(pa for _, _, pa in rows)
    med_ratio = statistics.median(ev / pa for _, ev, pa in rows)
    print(f"{'median':<36}{med_ev * 1000:>15.1f}{med_pa * 1000:>10.1f}{med_ratio:>8.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Evaluation time against docx2python's parse (see the module docstring).")
    ap.add_argument("folder", type=Path, help="a folder of .docx files, e.g. the development corpus")
    ap.add_argument("--repeat", type=int, default=7, help="timings per file after the warm-up (median kept)")
    ap.add_argument("--runs", type=int, default=1, help="measure the whole folder this many times over")
    args = ap.parse_args(argv)

    import approval_engine
    from approval_engine.judge.evaluate import Engine

    files = sorted(p for p in args.folder.iterdir() if p.suffix.lower() == ".docx")
    if not files:
        print(f"evaluation_ratio.py: no .docx files in {args.folder}", file=sys.stderr)
        return 2
    print(f"# approval_engine {approval_engine.__version__} from {Path(approval_engine.__file__).parent}")
    print(f"# docx2python {metadata.version('docx2python')}; {len(files)} files, {args.repeat} timings each after one warm-up")
    print(f"# machine: {machine()}")
    engine = Engine()
    per_file: dict[Path, list[tuple[float, float]]] = {f: [] for f in files}
    run_medians = []
    for run in range(args.runs):
        if args.runs > 1:
            print(f"\n# run {run + 1} of {args.runs}, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        rows = []
        print(f"\n{'file':<36}{'evaluation ms':>15}{'parse ms':>10}{'ratio':>8}")
        for f in files:
            ev, pa = measure(engine, f, args.repeat)
            rows.append((f, ev, pa))
            per_file[f].append((ev, pa))
            print(f"{f.stem[:35]:<36}{ev * 1000:>15.1f}{pa * 1000:>10.1f}{ev / pa:>8.2f}", flush=True)
        report(rows)
        run_medians.append(statistics.median(ev / pa for _, ev, pa in rows))
        print(f"\nmedian ratio evaluation / parse over {len(rows)} files: {run_medians[-1]:.2f}x")
    if args.runs > 1:
        rows = [(f, statistics.median(ev for ev, _ in v), statistics.median(pa for _, pa in v)) for f, v in per_file.items()]
        print(f"\n# each file's median over the {args.runs} runs")
        print(f"{'file':<36}{'evaluation ms':>15}{'parse ms':>10}{'ratio':>8}")
        for f, ev, pa in rows:
            print(f"{f.stem[:35]:<36}{ev * 1000:>15.1f}{pa * 1000:>10.1f}{ev / pa:>8.2f}")
        report(rows)
        print(f"\nmedian ratio per run: {', '.join(f'{r:.2f}x' for r in run_medians)}; "
              f"median of the runs: {statistics.median(run_medians):.2f}x")
    print(f"# load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
