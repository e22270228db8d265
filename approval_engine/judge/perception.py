"""What perception asserts for one application: its facts (plain dicts the judgement
rules read) and, for each match fact, the sentence and words it stands for."""

from __future__ import annotations

from dataclasses import dataclass, field

from approval_engine.ingest.model import Passage
from approval_engine.judge.text import Sentence


@dataclass
class Match:
    """What perception found: a sentence (or table row) and the words a pattern matched there."""

    id: str
    sentence: Sentence
    role: str
    req: str = ""
    aspect: str = ""
    pattern: str = ""
    words: str = ""
    pointer: Passage | None = None  # the answer that points here, when its place was needed to read this


@dataclass
class Perception:
    """Every fact asserted for one application, and what each fact id stands for."""

    facts: list[dict] = field(default_factory=list)
    matches: dict[str, Match] = field(default_factory=dict)
    considered: dict[tuple[str, str], int] = field(default_factory=dict)
