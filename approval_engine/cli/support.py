"""What every command shares: exit statuses, one-line error messages, the
--ruleset option. Commands defined in other modules use these so that they
behave the same inside the main group and when invoked on their own."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from approval_engine.errors import EngineError

EXIT_OK, EXIT_GAPS, EXIT_UNUSABLE = 0, 1, 2

ruleset_option = click.option(
    "--ruleset",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Ruleset file, e.g. a tailored one (default: the shipped 2008 ruleset).",
)


def one_line(text: str) -> str:
    """Control and format characters (a newline or a terminal escape in a file
    name) shown escaped, so a message stays one line and cannot drive the terminal."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def fail(message: str) -> None:
    click.echo(f"approval-engine: {one_line(message)}", err=True)
    sys.exit(EXIT_UNUSABLE)


def user_errors(fn):
    """EngineError (and running out of memory) -> one line on standard error, exit 2."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except EngineError as exc:
            fail(str(exc))
        except MemoryError:
            fail("out of memory while reading the input")

    return wrapper
