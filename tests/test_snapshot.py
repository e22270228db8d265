"""The engine judges the corpus exactly as the snapshot in ``tests/snapshots/``
says (verdicts, confidences, rationales, evidence and its locations): a change
meant only for speed must leave every one of them as it was. A change meant to
move verdicts writes the snapshot again (``python tests/snapshot.py --write``)
and shows what moved in its diff."""

from __future__ import annotations

import json

import pytest

from approval_engine.judge.evaluate import Engine
from tests.snapshot import CORPUS, SNAPSHOT, corpus_files, take

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not present beside the project")


def _differences(now: dict, kept: dict, limit: int = 25) -> list[str]:
    out = [f"{name}: not in the snapshot" for name in now if name not in kept]
    out += [f"{name}: in the snapshot, not in the corpus" for name in kept if name not in now]
    for name in sorted(set(now) & set(kept)):
        a, b = now[name], kept[name]
        for key in ("warnings", "comments"):
            if a[key] != b[key]:
                out.append(f"{name} {key}: {b[key]!r} -> {a[key]!r}")
        for rid in sorted(set(a["requirements"]) | set(b["requirements"])):
            ra, rb = a["requirements"].get(rid), b["requirements"].get(rid)
            if ra != rb:
                fields = [k for k in (ra or rb) if (ra or {}).get(k) != (rb or {}).get(k)]
                out.append(f"{name} {rid}: {', '.join(fields)} ({(rb or {}).get('verdict')} -> {(ra or {}).get('verdict')})")
    return out[:limit]


def test_the_corpus_is_judged_as_the_snapshot_says(engine):
    kept = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    now = take(engine)
    assert not _differences(now, kept), "\n".join(_differences(now, kept))


def test_a_ruleset_read_from_the_cache_judges_as_one_compiled_afresh(monkeypatch, tmp_path):
    files = corpus_files()[::4]
    monkeypatch.setenv("APPROVAL_ENGINE_CACHE_DIR", str(tmp_path))
    fresh = Engine()  # compiles, and writes the entry
    cached = Engine()  # reads it: its expressions are compiled at first use
    assert type(cached.compiled.signals["negation"][0]).__name__ == "LazyPattern"
    assert type(fresh.compiled.signals["negation"][0]).__name__ == "Pattern"
    assert take(cached, files) == take(fresh, files)
