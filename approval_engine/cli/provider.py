"""Commands for providers preparing an application: ``check``, ``diff`` and
``template``. Importable click commands; ``approval_engine.cli.main`` adds them to
the main group (``main.add_command(check)`` …). Thin: parse
options, call :mod:`approval_engine.provider.check`, :mod:`approval_engine.provider.diff` or
:mod:`approval_engine.provider.template`, map errors to exit statuses.

Exit statuses:

- ``check``: 0 every requirement met or not applicable; 1 gaps; 2 unusable input.
- ``diff``: 0 compared and nothing got worse; 1 a gap opened or widened; 2 unusable input.
- ``template``: 0 written; 2 the file cannot be written (or exists: ``--force``).

Every user-facing error is one line on standard error, never a traceback.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from approval_engine.cli.support import EXIT_GAPS, EXIT_OK, ruleset_option, user_errors
from approval_engine.errors import EngineError




def _input(path: Path) -> Path:
    if not path.exists():
        raise EngineError("no such file", path=str(path))
    if path.is_dir():
        raise EngineError("is a folder, not an application file", path=str(path))
    return path


def _engine(ruleset: Path | None):
    from approval_engine.judge.evaluate import Engine

    return Engine(ruleset)


def _write(text: str, target: Path) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise EngineError(f"cannot write the report: {exc.strerror or exc}", path=str(target)) from None


def _color_wanted() -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set."""
    if os.environ.get("NO_COLOR"):
        return False
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


# ------------------------------------------------------------------ check


@click.command()
@click.argument("draft", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "html"]), default="text", show_default=True,
              help="text for the terminal, html for one printable page.")
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None,
              help="Write the report here (a file, or a folder to write DRAFT's report into). "
                   "Default: standard output.")
@ruleset_option
@user_errors
def check(draft: Path, fmt: str, output: Path | None, ruleset: Path | None) -> None:
    """Self-check a draft application: what to fix before it goes to a panel,
    most serious first, with what the draft says now, what the specification
    asks and what evidence would satisfy a panel.

    \b
    Examples:
      approval-engine check draft.docx
      approval-engine check draft.docx --format html -o draft-check.html
    """
    from approval_engine.provider.check import SUFFIXES, check_application, render_check
    from approval_engine.judge.evaluate import read_application

    app = read_application(_input(draft))  # an unusable draft fails fast, before the ruleset is compiled
    report = check_application(_engine(ruleset), app)
    if output is None:
        color = fmt == "text" and _color_wanted()
        click.echo(render_check(report, fmt, color=color), nl=False, color=color or None)
    else:
        target = output / (draft.stem + SUFFIXES[fmt]) if output.is_dir() else output
        _write(render_check(report, fmt), target)
        o = report.overall
        click.echo(
            f"{draft.name}: {round((o.readiness or 0) * 100)}% ready; {o.not_met} not met, "
            f"{o.partially_met} partly met -> {target}",
            err=True,
        )
    sys.exit(EXIT_GAPS if report.has_gaps else EXIT_OK)


# ------------------------------------------------------------------ diff


@click.command()
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md", "html"]), default="text", show_default=True,
              help="Output format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the comparison to this file (default: standard output).")
@ruleset_option
@user_errors
def diff(old: Path, new: Path, fmt: str, output: Path | None, ruleset: Path | None) -> None:
    """Compare two drafts: the requirements whose verdict changed, with the
    evidence gained or lost, and a one-line summary. Exits 1 if a gap opened
    or widened.

    \b
    Examples:
      approval-engine diff draft1.docx draft2.docx
      approval-engine diff draft1.docx draft2.docx --format html -o changes.html
    """
    from approval_engine.provider.diff import diff_reports, render_diff

    from approval_engine.judge.evaluate import read_application

    old_app, new_app = read_application(_input(old)), read_application(_input(new))
    engine = _engine(ruleset)
    result = diff_reports(engine.evaluate(old_app), engine.evaluate(new_app))
    text = render_diff(result, fmt)
    if output is None:
        click.echo(text, nl=False)
    else:
        _write(text, output)
        click.echo(f"{result.summary()} -> {output}", err=True)
    sys.exit(EXIT_GAPS if result.regressed else EXIT_OK)


# ------------------------------------------------------------------ template


@click.command()
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None,
              help="The .docx file to write (or a folder). Default: ./senco-application-template.docx")
@click.option("--force", is_flag=True, help="Overwrite the file if it exists.")
@ruleset_option
@user_errors
def template(output: Path | None, force: bool, ruleset: Path | None) -> None:
    """Write a Word application template: a section per requirement with the
    specification's wording as guidance to delete, and the criterion 6
    outcome matrix.

    \b
    Example:
      approval-engine template -o our-application.docx
    """
    from approval_engine.provider.template import DEFAULT_TEMPLATE_NAME, write_template

    target = output or Path(DEFAULT_TEMPLATE_NAME)
    if target.is_dir():
        target = target / DEFAULT_TEMPLATE_NAME
    if target.suffix.lower() != ".docx":
        raise EngineError("the template is a Word file: give a name ending in .docx", path=str(target))
    if target.exists() and not force:
        raise EngineError("already exists (use --force to overwrite it, or --output to choose another name)",
                          path=str(target))
    from approval_engine.catalogue import load_catalogue
    from approval_engine.judge.evaluate import default_ruleset_path
    from approval_engine.rules.loader import load_ruleset

    catalogue = load_catalogue()
    rules = load_ruleset(ruleset or default_ruleset_path(), known_ids=catalogue.ids())
    write_template(target, catalogue, rules)
    click.echo(f"wrote the application template -> {target}", err=True)
    sys.exit(EXIT_OK)


COMMANDS = (check, diff, template)
