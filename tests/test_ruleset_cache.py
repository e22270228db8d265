"""The compiled ruleset kept on disk (approval_engine.rules.cache): a second
load reads the entry, an entry is never used once any file it was read from
has changed, and a cache that cannot be used is no cache."""

from __future__ import annotations

import re
import shutil

import pytest

from approval_engine.judge.evaluate import default_ruleset_path
from approval_engine.rules import cache
from approval_engine.rules.loader import load_compiled

SENTENCE = "Each participant is allocated a personal tutor who meets them every half term."


@pytest.fixture()
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("APPROVAL_ENGINE_CACHE_DIR", str(folder))
    return folder


@pytest.fixture()
def ruleset(tmp_path):
    """A copy of the shipped ruleset that a test may edit."""
    target = tmp_path / "rules" / default_ruleset_path().name
    target.parent.mkdir()
    shutil.copy(default_ruleset_path(), target)
    return target


def _patterns(compiled):
    return [p for pats in compiled.signals.values() for p in pats]


def test_second_load_reads_the_entry_with_patterns_compiled_at_first_use(cache_dir, ruleset):
    rs1, c1 = load_compiled(ruleset)
    assert isinstance(_patterns(c1)[0], re.Pattern)  # compiled afresh
    assert len(list(cache_dir.glob("ruleset-*.pickle"))) == 1
    rs2, c2 = load_compiled(ruleset)
    lazy = _patterns(c2)
    assert all(isinstance(p, cache.LazyPattern) for p in lazy)
    assert rs2.model_dump() == rs1.model_dump()
    # a pattern read back finds what the one compiled afresh finds
    for fresh, read in zip(_patterns(c1), lazy):
        assert read.pattern == fresh.pattern
        assert bool(read.search(SENTENCE)) == bool(fresh.search(SENTENCE))
    assert "search" in lazy[0].__dict__  # compiled once, then called directly


def _add_signal(ruleset, name: str, phrase: str) -> None:
    text = ruleset.read_text(encoding="utf-8")
    assert f"\n  {name}:\n" in text
    ruleset.write_text(text.replace(f"\n  {name}:\n", f"\n  {name}:\n    - '{phrase}'\n", 1), encoding="utf-8")


def test_an_edited_ruleset_is_compiled_again(cache_dir, ruleset):
    _, before = load_compiled(ruleset)
    _add_signal(ruleset, "negation", "zebra crossing")
    _, after = load_compiled(ruleset)
    assert any(p.search("a zebra crossing") for p in after.signals["negation"])
    assert not any(p.search("a zebra crossing") for p in before.signals["negation"])


def test_an_edited_base_ruleset_is_compiled_again(cache_dir, ruleset):
    child = ruleset.parent / "child.yaml"
    child.write_text(f"extends: {ruleset.name}\nruleset: child\nversion: '1.0'\n", encoding="utf-8")
    load_compiled(child)
    _add_signal(ruleset, "negation", "zebra crossing")  # the child's own bytes are unchanged
    _, after = load_compiled(child)
    assert any(p.search("a zebra crossing") for p in after.signals["negation"])


def test_a_damaged_entry_is_passed_over(cache_dir, ruleset):
    load_compiled(ruleset)
    (entry,) = cache_dir.glob("ruleset-*.pickle")
    entry.write_bytes(b"not a pickle")
    _, compiled = load_compiled(ruleset)
    assert isinstance(_patterns(compiled)[0], re.Pattern)


def test_the_cache_can_be_turned_off(tmp_path, monkeypatch, ruleset):
    monkeypatch.setenv("APPROVAL_ENGINE_CACHE_DIR", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    load_compiled(ruleset)
    _, compiled = load_compiled(ruleset)
    assert isinstance(_patterns(compiled)[0], re.Pattern)
    assert not (tmp_path / "xdg").exists()


def test_an_unwritable_cache_still_loads(tmp_path, monkeypatch, ruleset):
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    monkeypatch.setenv("APPROVAL_ENGINE_CACHE_DIR", str(blocker / "cache"))
    rs, compiled = load_compiled(ruleset)
    assert rs.requirements and isinstance(_patterns(compiled)[0], re.Pattern)
