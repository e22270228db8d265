"""What the web page reads of a round: the latest run's applications, their
reports and their text, from the round's store (written by ``batch``).

The store is checked for a newer run at most once a second, so a round run
again while the server is up is shown without a restart.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from approval_engine.judge.verdicts import Report
from approval_engine.store.round import Row, Store


@dataclass(frozen=True)
class Application:
    """One application of the round as the panel names it."""

    name: str  # the round's file stem: the page's address
    key: str  # SHA-256 of the file: what scores, sheets and decisions are keyed by
    path: str
    title: str
    provider: str
    result_id: int
    verdicts: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    counts: dict[str, int] = field(default_factory=dict, compare=False, hash=False)
    low_confidence: int = 0


@dataclass(frozen=True)
class Failure:
    path: str
    error: str
    error_kind: str


class RoundData:
    def __init__(self, store_path: Path):
        self.store = Store(store_path)
        self._lock = threading.Lock()
        self._run_id: int | None = None
        self._checked = float("-inf")
        self.run = None
        self.applications: list[Application] = []
        self.failures: list[Failure] = []
        self._by_name: dict[str, Application] = {}
        self._by_key: dict[str, Application] = {}
        self.refresh()

    def refresh(self, *, every: float = 1.0) -> None:
        """Read the latest run again if there is a newer one (checked at most every ``every`` seconds)."""
        if time.monotonic() - self._checked < every:
            return
        with self._lock:
            self._checked = time.monotonic()
            run = self.store.latest_run()
            if run is None or run["id"] == self._run_id:
                if run is None:
                    self.run = None
                return
            rows: list[Row] = self.store.rows(run["id"])
            apps, failures = [], []
            for r in rows:
                if r.evaluated and r.source_result_id is not None:
                    apps.append(Application(r.output_name, r.sha256, r.path, r.title or r.path, r.provider,
                                            r.source_result_id, dict(r.verdicts), dict(r.counts), r.low_confidence))
                else:
                    failures.append(Failure(r.path, r.error, r.error_kind))
            self.run, self._run_id = run, run["id"]
            self.applications, self.failures = apps, failures
            self._by_name = {a.name: a for a in apps}
            self._by_key = {a.key: a for a in apps}
            self._report.cache_clear()
            self._text.cache_clear()

    def by_name(self, name: str) -> Application | None:
        return self._by_name.get(name)

    def by_key(self, key: str) -> Application | None:
        return self._by_key.get(key)

    @property
    def ruleset_path(self) -> Path | None:
        if self.run is None or not self.run["ruleset_path"]:
            return None
        path = Path(self.run["ruleset_path"])
        return path if path.is_file() else None

    def report(self, app: Application) -> Report | None:
        return self._report(app.result_id)

    def text(self, app: Application) -> dict | None:
        """The application's passages, sections and comments (None for a round run before they were kept)."""
        return self._text(app.result_id)

    @lru_cache(maxsize=64)
    def _report(self, result_id: int) -> Report | None:
        with self._lock:
            data = self.store.report(result_id)
        if data is None:
            return None
        return Report.model_validate({k: v for k, v in data.items() if k != "summary"})

    @lru_cache(maxsize=32)
    def _text(self, result_id: int) -> dict | None:
        with self._lock:
            return self.store.application(result_id)

    def close(self) -> None:
        self.store.close()
