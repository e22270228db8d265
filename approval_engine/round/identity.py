"""The ruleset a round judges by, and its fingerprint: a stored result is
reused only while the ruleset and the catalogue are unchanged."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path


@dataclass
class RulesetIdentity:
    path: Path
    name: str
    version: str
    fingerprint: str
    requirement_ids: list[str]


def ruleset_identity(ruleset_path: Path | None) -> RulesetIdentity:
    """Load and validate the ruleset (raising RulesetError if it is unusable)
    and fingerprint it with the catalogue. The parent process of a round never
    builds an Engine: durable-rules runs in the workers only."""
    from approval_engine.catalogue import load_catalogue
    from approval_engine.judge.evaluate import default_ruleset_path
    from approval_engine.rules.loader import load_ruleset

    path = Path(ruleset_path) if ruleset_path else default_ruleset_path()
    catalogue = load_catalogue()
    rs = load_ruleset(path, known_ids=catalogue.ids())
    payload = json.dumps(
        {"ruleset": rs.model_dump(mode="json"), "catalogue": catalogue.model_dump(mode="json")},
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    return RulesetIdentity(
        path=path,
        name=rs.ruleset,
        version=rs.version,
        fingerprint=hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16],
        requirement_ids=[r.id for r in rs.requirements],
    )
