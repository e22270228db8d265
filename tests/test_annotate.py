"""``approval-engine annotate``: a copy of the application with a Word comment on
every passage the report quotes, anchored on that passage, and the gaps listed on
the first paragraph; the application itself is never changed."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from approval_engine.cli.main import main
from approval_engine.judge.evaluate import Engine
from approval_engine.report.annotate import _norm

SAMPLE = Path(__file__).resolve().parent.parent / "applications" / "riverside-senco-2009.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _anchored_text(document) -> dict[str, str]:
    """Comment id -> the text of the paragraph where its range starts."""
    out = {}
    for p in document.element.body.iter(f"{W}p"):
        text = "".join(t.text or "" for t in p.iter(f"{W}t"))
        for start in p.iter(f"{W}commentRangeStart"):
            out[start.get(f"{W}id")] = text
    return out


@pytest.fixture(scope="module")
def annotated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("annotate")
    source = folder / SAMPLE.name
    shutil.copyfile(SAMPLE, source)
    before = _sha(source)
    target = folder / "sample.annotated.docx"
    result = CliRunner().invoke(main, ["annotate", str(source), "-o", str(target)])
    return source, before, target, result


def test_the_original_is_unchanged_and_the_copy_written(annotated):
    source, before, target, result = annotated
    assert result.exit_code == 1  # the sample has gaps, as evaluate says
    assert _sha(source) == before
    assert target.exists() and _sha(target) != before
    assert "passage(s) commented" in result.output
    assert "not found" not in result.output  # every quote of the sample is placed, shortened ones too


def test_one_comment_per_quoted_passage_anchored_on_its_text(annotated):
    _source, _before, target, _result = annotated
    report = Engine().evaluate_file(SAMPLE)
    quotes = {}
    for r in report.requirements:
        for ev in r.evidence:
            quotes.setdefault(r.id, []).append(max((_norm(x).strip("…. ") for x in ev.quote.split(" | ")), key=len))
    document = docx.Document(str(target))
    comments = list(document.comments)
    anchored = _anchored_text(document)
    assert len(anchored) == len(comments)
    gap_comments = [c for c in comments if c.text.startswith("Pre-assessment by")]
    assert len(gap_comments) == 1
    passages = set()
    for c in comments:
        if c is gap_comments[0]:
            continue
        text = _norm(anchored[str(c.comment_id)])
        ids = re.findall(r"^(\S+) \((?:met|partially met|not met)\)", c.text, re.M)
        assert ids, c.text
        # every requirement the comment names quotes this very passage
        for rid in ids:
            assert any(q in text for q in quotes[rid]), (rid, text[:80])
        assert text not in passages  # one comment per passage
        passages.add(text)
    assert len(passages) >= 20


def test_the_first_comment_lists_the_gaps_most_serious_first(annotated):
    _source, _before, target, _result = annotated
    report = Engine().evaluate_file(SAMPLE)
    gaps = [r for r in report.requirements if r.verdict.is_gap]
    document = docx.Document(str(target))
    summary = next(c for c in document.comments if c.text.startswith("Pre-assessment by"))
    lines = summary.text.splitlines()[1:]
    assert [line.split()[0] for line in lines] == [r.id for r in sorted(gaps, key=lambda r: r.verdict != r.verdict.not_met)]


def test_refuses_to_write_over_the_application(tmp_path):
    source = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, source)
    before = _sha(source)
    result = CliRunner().invoke(main, ["annotate", str(source), "-o", str(source)])
    assert result.exit_code == 2
    assert "overwrite" in result.output and "Traceback" not in result.output
    assert _sha(source) == before
