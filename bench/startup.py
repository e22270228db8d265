"""Start-up and a whole command, timed as whole processes.

    python bench/startup.py [FILE.docx] [--runs 15]

Each figure is the median (with minimum and maximum) of ``--runs`` fresh
processes, run in turn:

- *python*: the interpreter alone (``python -c pass``), the floor;
- *start-up, cached*: imports and an ``Engine`` ready (catalogue, ruleset,
  durable-rules), the compiled ruleset read from its on-disk cache, as every
  command after the first finds it;
- *start-up, cold*: the same with the cache turned off
  (``APPROVAL_ENGINE_CACHE_DIR=off``): loading, validating and compiling the
  ruleset, as the very first command does;
- *evaluate, cached* / *evaluate, cold*: ``approval-engine evaluate FILE
  --format json`` as a provider runs it (default: the shipped sample).

The cache used is a fresh folder of its own, filled by one run before the
timings. Run it with the project's interpreter (``.venv/bin/python``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import machine  # bench/run.py, beside this file

ROOT = Path(__file__).resolve().parents[1]
STARTUP = ("import approval_engine.cli.main; from approval_engine.judge.evaluate import Engine; Engine()")


def timed(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - t0
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)}: exit status {done.returncode}: {done.stderr.decode()[-300:]}")
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", type=Path, default=ROOT / "applications" / "riverside-senco-2009.docx")
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    py = sys.executable
    cache = tempfile.mkdtemp(prefix="approval-engine-bench-cache-")
    warm = {**os.environ, "APPROVAL_ENGINE_CACHE_DIR": cache}
    cold = {**os.environ, "APPROVAL_ENGINE_CACHE_DIR": "off"}
    evaluate = [py, "-m", "approval_engine", "evaluate", str(args.file), "--format", "json"]
    cases = {
        "python": ([py, "-c", "pass"], warm),
        "start-up, cached": ([py, "-c", STARTUP], warm),
        "start-up, cold": ([py, "-c", STARTUP], cold),
        "evaluate, cached": (evaluate, warm),
        "evaluate, cold": (evaluate, cold),
    }
    timed(evaluate, warm)  # fills the cache
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.runs):
        for name, (cmd, env) in cases.items():
            times[name].append(timed(cmd, env))
    print(machine())
    print(f"{args.file.name}, {args.runs} runs each, seconds")
    print(f"| {'':18} | median | min | max |\n|---|---:|---:|---:|")
    for name, ts in times.items():
        print(f"| {name:18} | {statistics.median(ts):.3f} | {min(ts):.3f} | {max(ts):.3f} |")


if __name__ == "__main__":
    main()
