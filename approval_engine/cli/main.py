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
    and report, with evidence, where it falls short.

    \b
    Examples:
      approval-engine evaluate application.docx
      approval-engine check draft.docx
      approval-engine batch submissions/ -o round-2009/
    """


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "html", "md", "json"], case_sensitive=False), default=None,
              help="Report format. Default: a short summary (text) on the terminal; with --output, the "
                   "output file's suffix decides (.html, .md, .json), html for a folder.")
@click.option("--output", "-o", type=click.Path(), default=None,
              help="Write the report here (a file, or a folder to write FILE's report into: "
                   "an existing folder, or a path ending in '/'). "
                   "Default: standard output.")
@ruleset_option
def evaluate(file: Path, fmt: str | None, output: str | None, ruleset: Path | None) -> None:
    """Evaluate one application (.docx, or .json/.yaml in the application model).

    Exit status: 0 every requirement met or not applicable, 1 gaps, 2 the
    input or the command could not be used.

    \b
    Examples:
      approval-engine evaluate application.docx                  # a short summary
      approval-engine evaluate application.docx --format json    # the whole report as JSON
      approval-engine evaluate application.docx -o reports/      # reports/application.html
    """
    from approval_engine.report import render, suffix, summary_text

    if not file.exists():
        raise EngineError("no such file", path=str(file))
    if file.is_dir():
        raise EngineError("is a folder, not an application file (use 'batch' for a folder)", path=str(file))
    into = output is not None and (Path(output).is_dir() or output.endswith(("/", os.sep)))  # Path() drops a final '/'
    fmt = (fmt or _format_for(output, into)).lower()
    if fmt == "text" and output is not None:
        raise EngineError("--format text is the terminal summary: write a report with --format html, md or json")
    engine = _engine(ruleset)
    report = engine.evaluate_file(file)
    text = summary_text(report) if fmt == "text" else render(report, fmt)
    if output is None:
        click.echo(text)
    else:
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


def _format_for(output: str | None, into: bool) -> str:
    """The format an --output names by its suffix; html for a folder; the summary without one."""
    if output is None:
        return "text"
    if into:
        return "html"
    by_suffix = {".html": "html", ".htm": "html", ".md": "md", ".json": "json"}
    found = by_suffix.get(Path(output).suffix.lower())
    if found is None:
        raise EngineError("cannot tell the report format from the file's suffix: give --format html, md or json",
                          path=output)
    return found


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

    \b
    Example:
      approval-engine annotate draft.docx -o draft.annotated.docx
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
    """List the specification's requirements, a criterion's, or show one in full.

    Identifiers are read in any case ("6.s2d" is 6.S2d).

    \b
    Examples:
      approval-engine criteria          # every requirement, by criterion
      approval-engine criteria 5        # criterion 5's requirements
      approval-engine criteria 6.k1     # one requirement in full, with its guidance
    """
    from approval_engine.catalogue import load_catalogue

    cat = load_catalogue()
    crit_id = cat.resolve_criterion(req_id) if req_id is not None else None
    if req_id is None or crit_id is not None:
        for crit in cat.criteria:
            if crit_id is not None and crit.id != crit_id:
                continue
            click.echo(f"\n{crit.id}  {crit.title}")
            for req in cat.requirements_for(crit.id):
                click.echo(f"  {req.id:<6} {req.short}")
        return
    req = cat.get(cat.resolve(req_id))
    click.echo(f"{req.id}  {req.short}\nSource: {req.source}\n\n{req.text}")
    for g in cat.guidance_for(req.id):
        click.echo(f"\nGuidance, para {g.paragraph}:\n{g.text}")


@main.command()
def schema() -> None:
    """Print the application model's JSON Schema.

    \b
    Example:
      approval-engine schema > application.schema.json
    """
    from approval_engine.ingest.model import application_schema

    click.echo(json.dumps(application_schema(), indent=2))


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.argument("req_id", required=False)
@click.option("--sentences", is_flag=True, help="List every sentence with the kind of statement it is, and why.")
@click.option("--rules", "show_rules", is_flag=True,
              help="The ruleset's own terms as well: the verdict rule that fired, each aspect's judgement rule, "
                   "patterns and claims rows.")
@ruleset_option
def explain(file: Path, req_id: str | None, sentences: bool, show_rules: bool, ruleset: Path | None) -> None:
    """Show how one requirement was decided, in plain words: the verdict and
    why, and for each part of the requirement every passage read for it,
    which words matched and why it counted or did not. With --rules, the
    rules behind it too. With --sentences, what kind of statement every
    sentence is (only a statement of what the programme does can carry a
    verdict), and why.

    \b
    Examples:
      approval-engine explain application.docx 2.3
      approval-engine explain application.docx 2.3 --rules
      approval-engine explain application.docx --sentences
    """
    if not file.exists():
        raise EngineError("no such file", path=str(file))
    if not sentences and not req_id:
        raise EngineError("give a requirement id to explain, or --sentences")
    engine = _engine(ruleset)
    if req_id:  # an unknown id is named, with the nearest, before the application is read
        tailored = [r.id for r in engine.ruleset.requirements if r.id.startswith("X.")]
        req_id = engine.catalogue.resolve(req_id, extra=tailored)
    if sentences:
        from approval_engine.judge.evaluate import read_application
        from approval_engine.judge.kinds import render_kinds, sentence_kinds

        click.echo(render_kinds(sentence_kinds(engine, read_application(file))))
    if req_id:
        from approval_engine.judge.explain import explain_requirement

        if sentences:
            click.echo("")
        click.echo(explain_requirement(engine, file, req_id, rules=show_rules), nl=False)


def _add_commands() -> None:
    """Commands that live in their own modules: providers' self-check tools, the
    secretariat's rounds, the panel's review sheets and decisions."""
    from approval_engine.cli.panel import panel, review
    from approval_engine.cli.provider import COMMANDS as provider_commands
    from approval_engine.cli.round import batch
    from approval_engine.cli.rules import rules
    from approval_engine.cli.web import COMMANDS as web_commands

    for command in (rules, *provider_commands, batch, review, panel, *web_commands):
        main.add_command(command)


_add_commands()

if __name__ == "__main__":  # pragma: no cover
    main()
