"""``approval-engine batch``: evaluate an application round (a folder of
applications) for the secretariat. The work is in :mod:`approval_engine.round.run`;
this module parses options, shows progress and maps the outcome to an exit
status.

Exit statuses: 0 every file evaluated and no gaps; 1 gaps, or files that
could not be evaluated (or not evaluated yet); 2 the folder, the ruleset,
the options or the output folder cannot be used (one line on standard error);
130 interrupted (Ctrl-C) -- run the same command again to complete the round.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import click

from approval_engine.cli.support import fail, one_line, ruleset_option
from approval_engine.errors import EngineError
from approval_engine.store.round import STORE_FILE, encodable


def _formats(value: str) -> tuple[str, ...]:
    from approval_engine.report import FORMATS

    wanted = tuple(dict.fromkeys(f.strip().lower() for f in value.split(",") if f.strip()))
    bad = [f for f in wanted if f not in FORMATS]
    if not wanted or bad:
        raise click.BadParameter(
            f"{', '.join(bad) or 'nothing given'}: expected a comma-separated list of {', '.join(FORMATS)} (e.g. html,json)",
            param_hint="'--format'",
        )
    return wanted


def _display(text: str) -> str:
    """A file name or message as one printable line (control characters and
    undecodable bytes escaped)."""
    return one_line(encodable(text))


def _short(text: str, limit: int = 40) -> str:
    text = _display(text)
    return text if len(text) <= limit else "…" + text[-(limit - 1):]


@click.command(
    "batch",
    context_settings={"help_option_names": ["-h", "--help"]},
    short_help="Evaluate every application in a folder (an application round).",
)
@click.argument("folder", metavar="DIR", type=click.Path(path_type=Path, file_okay=True, dir_okay=True))
@click.option("-o", "--output", "--out", "out", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Output folder for the reports, summary.html, summary.csv and round.sqlite "
                   "[default: reports/round-<timestamp>]. Give the same folder again to re-run or "
                   "resume a round: unchanged applications are not evaluated again.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, show_default="one per CPU",
              help="Worker processes (0: one per CPU).")
@click.option("--format", "fmt", default="html,json", show_default=True,
              help="Report formats for each application, comma-separated: html, md, json.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=120.0, show_default=True,
              help="Seconds one application may take before it is recorded as failed.")
@ruleset_option
@click.option("--force", is_flag=True, default=False,
              help="Evaluate every application again, even those unchanged since an earlier run into --out.")
def batch(folder: Path, out: Path | None, jobs: int, fmt: str, timeout: float, ruleset: Path | None,
          force: bool) -> None:
    """Evaluate every application in DIR (an application round).

    Every .docx, .docm, .json, .yaml and .yml file under DIR is evaluated in
    parallel worker processes; every other file found (a legacy .doc, a PDF)
    is recorded as failed, so nothing received is silently ignored. Each
    application's reports go to OUT/applications/, the round's matrix to
    OUT/summary.html and OUT/summary.csv, and every run to OUT/round.sqlite.

    Exit status: 0 every application evaluated and no gaps; 1 gaps or files
    that could not be evaluated; 2 DIR (or an option) cannot be used;
    130 interrupted.

    \b
    Examples:
      approval-engine batch submissions/ -o round-2009/            # evaluate a round
      approval-engine batch submissions/ -o round-2009/ --jobs 2   # again: only what changed
    """
    from approval_engine.round import run as rounds

    formats = _formats(fmt)
    out = out if out is not None else rounds.default_out()
    stack = contextlib.ExitStack()
    bar_holder: dict[str, object] = {}

    def on_start(total: int, to_evaluate: int, unchanged: int, unusable: int) -> None:
        detail = [f"{to_evaluate} to evaluate"]
        if unchanged:
            detail.append(f"{unchanged} unchanged since an earlier run")
        if unusable:
            detail.append(f"{unusable} not application files")
        click.echo(
            f"approval-engine: {total} file{'s' if total != 1 else ''} in {_display(str(folder))} "
            f"({', '.join(detail)}) -> {_display(str(out))}",
            err=True,
        )
        bar_holder["bar"] = stack.enter_context(
            click.progressbar(length=total, label="Evaluating", file=sys.stderr, show_pos=True, show_eta=True,
                              item_show_func=lambda name: _short(name) if name else None)
        )

    def progress(item, status: str) -> None:
        bar = bar_holder.get("bar")
        if bar is not None:
            bar.update(1, item.rel)

    try:
        with stack:
            result = rounds.run_round(
                rounds.RoundOptions(folder=folder, out=out, jobs=jobs, formats=formats, timeout=timeout,
                                    ruleset=ruleset, force=force),
                progress=progress,
                on_start=on_start,
            )
    except EngineError as exc:
        fail(str(exc))  # one line, exit 2
    except MemoryError:
        fail("out of memory")
    except KeyboardInterrupt:
        click.echo(
            f"\napproval-engine: stopped. Every finished application is recorded in {out / STORE_FILE}; "
            f"run the same command with --out {out} to complete the round.",
            err=True,
        )
        sys.exit(rounds.EXIT_INTERRUPTED)

    done = result.ok + result.skipped
    parts = [f"{result.ok} evaluated"]
    if result.skipped:
        parts.append(f"{result.skipped} unchanged since an earlier run")
    parts.append(f"{result.failed} failed" + (
        f" ({result.failed_unchanged} unchanged since they failed before, not tried again; --force tries them)"
        if result.failed_unchanged else ""))
    if result.pending:
        parts.append(f"{result.pending} not evaluated yet")
    click.echo(
        f"approval-engine: round of {result.total}: {', '.join(parts)}; "
        f"{result.with_gaps} of {done} with gaps.",
        err=True,
    )
    for name, error in sorted(result.failures):
        click.echo(f"  failed: {_display(name)}: {_display(error)}", err=True)
    if result.interrupted:
        click.echo(
            f"approval-engine: interrupted; run the same command with --out {out} to evaluate the "
            f"{result.pending} remaining.",
            err=True,
        )
    click.echo(f"approval-engine: summary {result.summary_html} (and {result.summary_csv.name}); store {result.store}",
               err=True)
    click.echo(str(result.summary_html))
    sys.exit(result.exit_status)


if __name__ == "__main__":  # pragma: no cover
    batch()
