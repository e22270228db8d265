"""The panel's commands, ``review`` and ``panel``, as importable click commands
(``cli.py`` adds them to the ``approval-engine`` group).

Each command maps the engine's errors to one line on standard error and exit
status 2 by itself, so it behaves the same inside the group or on its own.
"""

from __future__ import annotations

from pathlib import Path

import click

from approval_engine.cli.support import one_line, user_errors
from approval_engine.errors import EngineError


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="APPLICATION_OR_REPORT...")
@click.option("--reviewer", "reviewers", multiple=True, required=True, metavar="NAME",
              help="The reviewer's name (repeat for several reviewers: one sheet each).")
@click.option("-o", "--output", "--out", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("reviews"), show_default=True,
              help="Folder to write the review sheets into.")
@click.option("--format", "fmt", type=click.Choice(["xlsx", "csv"]), default="xlsx", show_default=True,
              help="Sheet format: an Excel workbook (drop-down verdicts, locked engine columns) or CSV (UTF-8).")
@click.option("--ruleset", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Ruleset to evaluate applications with (default: the shipped 2008 ruleset).")
@click.option("--force", is_flag=True, help="Replace review sheets already in --out.")
@click.option("--blank", is_flag=True,
              help="Withhold the engine's pre-assessment: every verdict is the reviewer's own, so that agreement "
                   "between reviewers is not raised by a starting point they share.")
@user_errors
def review(inputs: tuple[Path, ...], reviewers: tuple[str, ...], out: Path, fmt: str, ruleset: Path | None,
           force: bool, blank: bool) -> None:
    """Give each reviewer a review sheet per application, prefilled with the
    engine's verdicts. Inputs are applications (.docx, .json, .yaml), which are
    evaluated, or engine JSON reports, which are read as they are.

    \b
    Examples:
      approval-engine review round/applications/*.json --reviewer "A. Patel" --reviewer "B. Jones" -o reviews/
      approval-engine review app.docx --reviewer "A. Patel" --blank -o reviews/   # no engine verdicts shown
    """
    from approval_engine.catalogue import load_catalogue
    from approval_engine.panel.inputs import load_report_or_evaluate
    from approval_engine.panel.sheet_write import write_sheet
    from approval_engine.panel.sheets import ReviewSheet, check_reviewer, sheet_filename, sheet_from_report, slug

    names = [check_reviewer(r) for r in reviewers]
    if len({n.lower() for n in names}) != len(names):
        raise EngineError("--reviewer: the same reviewer is named twice")
    catalogue = load_catalogue()
    engine = None

    def get_engine():
        nonlocal engine
        if engine is None:
            from approval_engine.judge.evaluate import Engine

            engine = Engine(ruleset)
        return engine

    # every input is read, and every target checked, before any sheet is written
    reports = [(path, *load_report_or_evaluate(path, get_engine)) for path in inputs]
    planned: list[tuple[Path, ReviewSheet, Path]] = []
    taken: dict[Path, str] = {}
    for path, report, file_sha in reports:
        for name in names:
            sheet = sheet_from_report(report, name, catalogue=catalogue, file_sha256=file_sha, blank=blank)
            target = out / sheet_filename(sheet, fmt)
            if taken.get(target) == sheet.key:
                continue  # the same application given twice
            if target in taken:  # two applications with the same file name
                target = out / sheet_filename(sheet, fmt).replace(".review.", f"-{slug(sheet.key[-8:])}.review.", 1)
            taken[target] = sheet.key
            if target.exists() and not force:
                raise EngineError("a review sheet is already there and may hold a reviewer's work "
                                  "(use --force to replace it, or another --out)", path=str(target))
            planned.append((path, sheet, target))
    for path, sheet, target in planned:
        write_sheet(sheet, target)
        if sheet.blank:
            what = "the engine's verdicts withheld"
        else:
            what = f"{sum(r.engine_verdict.is_gap for r in sheet.rows if r.engine_verdict)} with gaps"
        click.echo(f"{path.name}: review sheet for {sheet.reviewer} ({len(sheet.rows)} requirements, "
                   f"{what}) -> {target}", err=True)


@click.command()
@click.argument("sheets_dir", type=click.Path(path_type=Path), metavar="SHEETS_DIR")
@click.option("-o", "--output", "--out", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("panel"), show_default=True,
              help="Folder for the decision sheets, the agreement figures and (without --store) panel.sqlite.")
@click.option("--store", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="A batch round's round.sqlite to add the panel's tables to (default: panel.sqlite in --output).")
@click.option("--chair", default=None, metavar="NAME",
              help="Also write the chair's sheet per application (OUT/agreed/): the panel verdicts, for the chair "
                   "to change to what the panel agreed after discussion; put it back in SHEETS_DIR and run again.")
@click.option("--rule", "rule", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Decision rule: a ruleset whose panel: block holds it, or a standalone panel rule file "
                   "(default: the shipped rule).")
@user_errors
def panel(sheets_dir: Path, out: Path, store: Path | None, chair: str | None, rule: Path | None) -> None:
    """Import the reviewers' edited sheets, show how far they agree with each
    other and with the engine, and write a decision sheet per application.

    \b
    \b
    Examples:
      approval-engine panel reviews/ -o panel/
      approval-engine panel reviews/ -o panel/ --chair "Dr R. Okafor"   # then the chair records what was agreed
    """
    from approval_engine.panel.run import run_panel
    from approval_engine.panel.sheets import SheetProblems

    try:
        result = run_panel(sheets_dir, out, store=store, rule_path=rule)
    except SheetProblems as exc:  # every problem on a line of its own, then the count
        for problem in exc.problems:
            click.echo(f"approval-engine: {one_line(str(problem))}", err=True)
        raise

    echo = click.echo
    for d in result.decisions:
        echo(f"{d.application} [{d.source or d.key}]: {d.outcome_label.upper()}  "
             f"({len(d.reviewers)} reviewer{'s' if len(d.reviewers) != 1 else ''}: {', '.join(d.reviewers)}; "
             f"{len(d.disagreements)} requirement(s) where they disagree; {len(d.overrides)} override(s) of the engine)")
        if d.conditions:
            echo("  conditions: " + ", ".join(r.id for r in d.conditions))
    ag = result.agreement
    echo("\nAgreement (% on all four verdicts; weighted kappa on not met < partially met < met):")
    width = max((len(p.label) for p in ag.pairs), default=10)
    for p in ag.pairs:
        pct = "—" if p.percent is None else f"{p.percent:5.1f}%"
        kap = "   —" if p.kappa is None else f"{p.kappa:5.2f}"
        echo(f"  {p.label:<{width}}  {pct}  κw {kap}  (n={p.n})")
    if ag.disagreements:
        echo("\nDisagreements (between reviewers first):")
        for dis in ag.disagreements:
            views = ", ".join(f"{v.reviewer}: {v.label}" for v in dis.reviews)
            kind = "reviewers disagree" if dis.between_reviewers else "engine overridden"
            echo(f"  {dis.requirement:<6} {kind:<18} engine: {dis.engine.label if dis.engine else 'withheld'}; "
                 f"{views}  [{dis.application}]")
    echo(f"\nrecorded in {result.store}; wrote {', '.join(str(p) for p in result.files)}", err=True)
    if chair is not None:
        from approval_engine.panel.sheet_write import write_sheet
        from approval_engine.panel.sheets import chair_sheet, sheet_filename

        for d in result.decisions:
            if d.chair:
                continue  # the panel's agreed verdicts are in already
            sheet = chair_sheet(d, chair)
            target = write_sheet(sheet, out / "agreed" / sheet_filename(sheet))
            echo(f"{d.file_name}: the chair's sheet for {sheet.reviewer} -> {target}", err=True)
