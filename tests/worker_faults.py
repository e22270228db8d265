"""Test-only: faults in a round's worker processes, injected from outside.

The round starts its workers (spawned, fresh interpreters) with
``approval_engine.round.workers.start_worker`` as the pool's initializer.
A test replaces it with :func:`starter` ``(spec)``: in each worker that
wraps the evaluation of one application with the faults, then starts the
worker as usual, so the real pool, the real evaluation and the real store
are exercised.

``spec``: comma-separated ``crash:GLOB`` (the worker ``os._exit(70)``\\ s
while evaluating a file whose name matches GLOB), ``segv:GLOB`` (it kills
itself with SIGSEGV), ``hang:GLOB`` (it sleeps for an hour),
``sleep:SECONDS:GLOB`` (it sleeps that long first), ``engine-error:GLOB``
(the rule engine raises EvaluationError) and ``init-fail:*`` (building the
worker's Engine fails).
"""

from __future__ import annotations

import fnmatch
import functools
import os
import signal
import time
from pathlib import Path

INIT_FAILURE = "injected start-up failure (test)"


def parse(spec: str) -> list[tuple[str, str, float]]:
    out = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        bits = part.split(":")
        if bits[0] == "sleep" and len(bits) == 3:
            out.append(("sleep", bits[2], float(bits[1])))
        elif len(bits) == 2:
            out.append((bits[0], bits[1], 0.0))
        else:
            raise ValueError(f"bad fault {part!r}")
    return out


def inject(faults: list[tuple[str, str, float]], name: str, engine) -> None:
    for action, pattern, seconds in faults:
        if not fnmatch.fnmatch(name, pattern):
            continue
        if action == "crash":
            os._exit(70)
        if action == "segv":
            os.kill(os.getpid(), signal.SIGSEGV)
            time.sleep(5)
        if action == "hang":
            time.sleep(3600)
        if action == "sleep":
            time.sleep(seconds)
        if action == "engine-error":
            from approval_engine.errors import EvaluationError

            def failing_decide(facts):
                raise EvaluationError("injected rule-engine failure (test)")

            engine.decide = failing_decide  # this one application; the worker then retires


def start(spec: str, ruleset_path: str | None) -> None:
    """The pool's initializer, in a worker: install the faults, then start as usual."""
    from approval_engine.judge import evaluate
    from approval_engine.round import evaluation, workers

    faults = parse(spec)
    if any(action == "init-fail" for action, _, _ in faults):
        def failing_engine(*args, **kwargs):
            raise RuntimeError(INIT_FAILURE)

        evaluate.Engine = failing_engine
    real = evaluation.evaluate_task

    def faulty(engine, task):
        inject(faults, Path(task.path).name, engine)
        return real(engine, task)

    evaluation.evaluate_task = faulty
    workers.start_worker(ruleset_path)


def starter(spec: str):
    """What to put in place of ``workers.start_worker`` (picklable for spawn)."""
    parse(spec)  # a bad spec fails in the test, not in a worker
    return functools.partial(start, spec)
