"""What a review sheet is prefilled from: an engine report, read as it is, or
an application, evaluated."""

from __future__ import annotations

import hashlib
from pathlib import Path

from approval_engine.errors import EngineError
from approval_engine.judge.verdicts import Report


def load_report_or_evaluate(path: Path, engine_factory) -> tuple[Report, str]:
    """An engine report for ``path``: read it when ``path`` is an engine JSON
    report, else evaluate the application with ``engine_factory()``.
    Returns the report and, for an evaluated application, the SHA-256 of
    the file itself (a report carries its application's own)."""
    path = Path(path)
    if not path.exists():
        raise EngineError("no such file", path=str(path))
    if path.is_dir():
        raise EngineError("is a folder, not an application or a report", path=str(path))
    try:
        file_sha = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise EngineError(f"cannot read the file: {exc.strerror}", path=str(path)) from None
    if path.suffix.lower() == ".json":
        from approval_engine.ingest.model import load_structured

        data = load_structured(path)
        if isinstance(data, dict) and "engine_version" in data and "requirements" in data:
            from pydantic import ValidationError

            from approval_engine.ingest.model import validation_message

            data = {k: v for k, v in data.items() if k != "summary"}
            try:
                return Report.model_validate(data), ""
            except ValidationError as exc:
                raise EngineError(f"not a valid engine report: {validation_message(exc)}", path=str(path)) from None
        if not isinstance(data, dict):
            raise EngineError("expected an engine report or an application object", path=str(path))
        # otherwise an application in the application model: evaluated below
    report = engine_factory().evaluate_file(path)
    return report, file_sha
