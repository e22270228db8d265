"""The command line: parse options, call the pipeline, map errors to exit
statuses. Nothing else lives here.

Exit statuses: 0 evaluated, every requirement met or not applicable;
1 evaluated with gaps; 2 the input or the command could not be used (one
line on standard error, never a traceback).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from approval_engine import __version__
from approval_engine.cli.support import EXIT_GAPS, EXIT_OK, one_line, ruleset_option, user_errors
from approval_engine.errors import EngineError


class _Group(click.Group):
    """Usage errors exit 2 (click's default too); engine errors become one line and exit 2."""

    def invoke(self, ctx: click.Context):
        return user_errors(super().invoke)(ctx)


def _engine(ruleset: Path | None):
    from approval_engine.judge.evaluate import Engine

    return Engine(ruleset)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="approval-engine")
def main() -> None:
    """Judge a training provider's application for approval to run
    nationally accredited SENCO training against the TDA 2008 specification,
    and report, with evidence, where it falls short."""


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["html", "md", "json"]), default="json", show_default=True,
              help="Report format.")
@click.option("--output", "-o", type=click.Path(), default=None,
              help="Write the report here (a file, or a folder to write FILE's report into: "
                   "an existing folder, or a path ending in '/'). "
                   "Default: standard output.")
@ruleset_option
def evaluate(file: Path, fmt: str, output: str | None, ruleset: Path | None) -> None:
    """Evaluate one application (.docx, or .json/.yaml in the application model)."""
    from approval_engine.report import render, suffix

    if not file.exists():
        raise EngineError("no such file", path=str(file))
    if file.is_dir():
        raise EngineError("is a folder, not an application file (use 'batch' for a folder)", path=str(file))
    engine = _engine(ruleset)
    report = engine.evaluate_file(file)
    text = render(report, fmt)
    if output is None:
        click.echo(text)
    else:
        into = Path(output).is_dir() or output.endswith(("/", os.sep))  # Path() drops a final '/'
        target = Path(output) / (file.stem + suffix(fmt)) if into else Path(output)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise EngineError(f"cannot write the report: {exc.strerror}", path=str(target)) from None
        counts = report.counts
        click.echo(
            one_line(f"{file.name}: {counts['met']} met, {counts['partially_met']} partially met, "
                      f"{counts['not_met']} not met, {counts['not_applicable']} not applicable -> {target}"),
            err=True,
        )
    sys.exit(EXIT_GAPS if report.has_gaps else EXIT_OK)


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None,
              help="Where to write the annotated copy. Default: FILE's name with '.annotated.docx', beside it.")
@ruleset_option
def annotate(file: Path, output: Path | None, ruleset: Path | None) -> None:
    """Write a copy of a Word application with a comment at every quoted passage.

    Each comment names the requirements, aspects and verdicts the passage is
    evidence for; a comment on the first paragraph lists the gaps, most
    serious first. The application itself is never changed.

    Example: approval-engine annotate draft.docx -o draft.annotated.docx
    """
    from approval_engine.report.annotate import annotate as write_annotated

    if not file.exists():
        raise EngineError("no such file", path=str(file))
    if file.is_dir() or file.suffix.lower() != ".docx":
        raise EngineError("annotate needs a Word application (.docx)", path=str(file))
    report = _engine(ruleset).evaluate_file(file)
    target = output if output is not None else file.with_name(file.stem + ".annotated.docx")
    placed, unplaced = write_annotated(report, file, target)
    note = f", {unplaced} quote(s) not found in the text" if unplaced else ""
    click.echo(one_line(f"{file.name}: {placed} passage(s) commented{note} -> {target}"), err=True)
    sys.exit(EXIT_GAPS if report.has_gaps else EXIT_OK)


@main.command()
@click.argument("req_id", required=False)
def criteria(req_id: str | None) -> None:
    """List the specification's requirements, or show one in full."""
    from approval_engine.catalogue import load_catalogue

    cat = load_catalogue()
    if req_id is None:
        for crit in cat.criteria:
            click.echo(f"\n{crit.id}  {crit.title}")
            for req in cat.requirements_for(crit.id):
                click.echo(f"  {req.id:<6} {req.short}")
        return
    try:
        req = cat.get(req_id)
    except KeyError:
        raise EngineError(f"unknown requirement identifier {req_id!r} (see 'approval-engine criteria')") from None
    click.echo(f"{req.id}  {req.short}\nSource: {req.source}\n\n{req.text}")
    for g in cat.guidance_for(req.id):
        click.echo(f"\nGuidance, para {g.paragraph}:\n{g.text}")


@main.command()
def schema() -> None:
    """Print the application model's JSON Schema."""
    from approval_engine.ingest.model import application_schema

    click.echo(json.dumps(application_schema(), indent=2))


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.argument("req_id", required=False)
@click.option("--sentences", is_flag=True, help="List every sentence with the kind of statement it is, and why.")
@ruleset_option
def explain(file: Path, req_id: str | None, sentences: bool, ruleset: Path | None) -> None:
    """Show how one requirement was decided: facts, the rule that fired, and
    every passage considered with why it was accepted or rejected. With
    --sentences, what kind of statement every sentence is (only a statement of
    what the programme does can carry a verdict), and why.

    \b
    Examples:
      approval-engine explain application.docx 2.3
      approval-engine explain application.docx --sentences
    """
    if not file.exists():
        raise EngineError("no such file", path=str(file))
    if not sentences and not req_id:
        raise EngineError("give a requirement id to explain, or --sentences")
    engine = _engine(ruleset)
    if sentences:
        from approval_engine.judge.evaluate import read_application
        from approval_engine.judge.kinds import render_kinds, sentence_kinds

        click.echo(render_kinds(sentence_kinds(engine, read_application(file))))
    if req_id:
        from approval_engine.judge.explain import explain_requirement

        if sentences:
            click.echo("")
        click.echo(explain_requirement(engine, file, req_id))


def _add_commands() -> None:
    """Commands that live in their own modules: providers' self-check tools, the
    secretariat's rounds, the panel's review sheets and decisions."""
    from approval_engine.cli.panel import panel, review
    from approval_engine.cli.provider import COMMANDS as provider_commands
    from approval_engine.cli.round import batch
    from approval_engine.cli.rules import rules

    for command in (rules, *provider_commands, batch, review, panel):
        main.add_command(command)


_add_commands()

if __name__ == "__main__":  # pragma: no cover
    main()
