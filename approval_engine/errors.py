"""The engine's own error types.

Every failure the user can cause (a bad input file, a malformed ruleset or
catalogue) is raised as an :class:`EngineError` whose message names the file
and the problem in one line; the CLI prints it and exits with status 2.
"""

from __future__ import annotations


class EngineError(Exception):
    """A problem with something the user gave the engine."""

    def __init__(self, message: str, *, path: str | None = None):
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class InputError(EngineError):
    """An application file that cannot be read as an application."""


class RulesetError(EngineError):
    """A ruleset file that is malformed or does not validate."""


class EvaluationError(EngineError):
    """The rule engine failed while evaluating an application."""
