"""``approval-engine rules``: check a ruleset, run its rules' examples, and
see which of its patterns and rules fire over a folder of applications."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from approval_engine.cli.support import EXIT_GAPS, EXIT_OK, user_errors
from approval_engine.errors import EngineError


def _engine(path: Path | None):
    from approval_engine.judge.evaluate import Engine, default_ruleset_path

    return Engine(path or default_ruleset_path())


@click.group()
def rules() -> None:
    """Check, test and measure rulesets.

    \b
    Examples:
      approval-engine rules check --ruleset our-rules.yaml
      approval-engine rules test
      approval-engine rules coverage submissions/
    """


@rules.command("check")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@user_errors
def rules_check(path: Path | None) -> None:
    """Validate and compile a ruleset without any application.

    \b
    Example:
      approval-engine rules check --ruleset rulesets/tda-senco-2008-tailored.yaml
    """
    engine = _engine(path)
    rs = engine.ruleset
    n_rules = sum(len(v) for v in engine.durable_rulesets.values())
    missing = [i for i in engine.catalogue.ids() if i not in {r.id for r in rs.requirements}]
    j = rs.judgement
    click.echo(
        f"{engine.ruleset_path}: ruleset {rs.ruleset} {rs.version} is valid: {len(rs.requirements)} rules; "
        f"judgement: {len(j.claims)} claims rows, {len(j.revisions)} revisions, {len(j.rules)} rules in "
        f"{len(j.phases)} phases; compiled into {len(engine.durable_rulesets)} durable-rules rulesets "
        f"({n_rules} durable rules)."
    )
    if missing:
        click.echo(f"warning: no rule for {len(missing)} requirement(s): {', '.join(missing)}", err=True)


@rules.command("test")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--rule", "only", multiple=True, help="Only this rule's examples (repeatable).")
@click.option("--verbose", "-v", is_flag=True, help="Show every example, passed ones too, with what decided it.")
@user_errors
def rules_test(path: Path | None, only: tuple[str, ...], verbose: bool) -> None:
    """Run every rule's examples through the engine; exit 1 naming each that fails.

    \b
    Example:
      approval-engine rules test
    """
    from approval_engine.rules.testing import format_results, run_examples

    engine = _engine(path)
    unknown = [r for r in only if r not in {x.id for x in engine.ruleset.requirements}]
    if unknown:
        raise EngineError(f"no rule {unknown[0]!r} in ruleset {engine.ruleset.label}")
    results = run_examples(engine, list(only) or None)
    click.echo(format_results(results, verbose))
    sys.exit(EXIT_OK if all(r.passed for r in results) else EXIT_GAPS)


@rules.command("coverage")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--ruleset", "path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Ruleset file (default: the shipped 2008 ruleset).")
@user_errors
def rules_coverage(folder: Path, path: Path | None) -> None:
    """Patterns and rules that never fire over a folder of applications.

    \b
    Example:
      approval-engine rules coverage submissions/
    """
    from approval_engine.rules.coverage import format_coverage, measure

    if not folder.is_dir():
        raise EngineError("not a folder of applications", path=str(folder))
    engine = _engine(path)
    click.echo(format_coverage(engine, measure(engine, folder)))
