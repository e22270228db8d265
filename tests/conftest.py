"""Shared fixtures: one engine per test session (durable-rules registers a
ruleset once per process), helpers to build applications in memory, and the
requirements of the catalogue (tests take the count from there, never write
it down)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The compiled-ruleset cache of this test process (and of the commands its tests
# run) is its own, not the user's: the first engine compiles and writes it, later
# ones read it, so both ways of loading a ruleset are exercised.
if "APPROVAL_ENGINE_CACHE_DIR" not in os.environ:
    os.environ["APPROVAL_ENGINE_CACHE_DIR"] = tempfile.mkdtemp(prefix="approval-engine-cache-")
    atexit.register(shutil.rmtree, os.environ["APPROVAL_ENGINE_CACHE_DIR"], ignore_errors=True)

from approval_engine.catalogue import load_catalogue
from approval_engine.ingest.document import Location
from approval_engine.judge.evaluate import Engine
from approval_engine.ingest.model import Application, Passage

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"

# The catalogue's requirement ids, in document order, and how many there are.
REQUIREMENT_IDS: tuple[str, ...] = tuple(load_catalogue().ids())
N_REQUIREMENTS = len(REQUIREMENT_IDS)


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine()


def make_app(*texts: str, headings: tuple[str, ...] = ("Our programme",), title: str = "Test application") -> Application:
    """An application whose passages are the given texts, under one heading."""
    passages = [Passage(id="h1", kind="heading", text=headings[-1], location=Location(heading_path=headings[:-1], paragraph=1))]
    for i, text in enumerate(texts, start=2):
        passages.append(Passage(id=f"b{i}", text=text, location=Location(heading_path=headings, paragraph=i)))
    return Application(title=title, source="memory", passages=passages)


def verdicts(report) -> dict[str, str]:
    return {r.id: r.verdict.value for r in report.requirements}
