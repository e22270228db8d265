"""The error that stops a whole round before or while it runs."""

from __future__ import annotations

from approval_engine.errors import EngineError


class RoundError(EngineError):
    """The round cannot run at all (unusable folder, ruleset, output folder,
    or worker processes that cannot start)."""
