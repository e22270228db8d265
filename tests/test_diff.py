"""Comparing two drafts: the requirements whose verdict changed, with the
evidence gained or lost, a one-line summary, three formats; and the two
Allerton drafts of the development corpus, whose labels say how the panel saw
each draft."""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from approval_engine.cli.provider import diff as diff_command
from approval_engine.provider.diff import DraftDiff, _kind, diff_reports, render_diff
from approval_engine.judge.verdicts import Verdict
from conftest import make_app

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DRAFT1 = SHARED / "corpus" / "dev-02-allerton-draft1.docx"
DRAFT2 = SHARED / "corpus" / "dev-02-allerton-draft2.docx"
needs_corpus = pytest.mark.skipif(not (DRAFT1.is_file() and DRAFT2.is_file()), reason="the shared corpus is not available")
SUMMARY = re.compile(  # regressions first, each named
    r"^(?P<opened>\d+) gaps? opened(?: \((?P<opened_ids>[^)]+)\))?"
    r"(?:, (?P<widened>\d+) gaps? widened \((?P<widened_ids>[^)]+)\))?"
    r", (?P<closed>\d+) gaps? closed(?:, (?P<narrowed>\d+) gaps? narrowed)?"
    r"(?:, (?P<other>\d+) other changes?)?, (?P<unchanged>\d+) unchanged$"
)

NEGATED_2_3 = "We do not offer an assessment-only route; every participant follows the taught programme."
MET_2_3 = ("In exceptional circumstances an experienced SENCO may take an assessment-only route, submitting a "
           "portfolio of evidence and a viva without attending the taught modules.")
MET_E_2 = "The award is a Postgraduate Certificate of 60 credits at Level 7."


def word_file(path: Path, *paragraphs: str) -> Path:
    d = docx.Document()
    d.add_heading("Our programme", level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(str(path))
    return path


@pytest.fixture(scope="module")
def small_diff(engine) -> DraftDiff:
    old = engine.evaluate(make_app(NEGATED_2_3, MET_E_2))
    new = engine.evaluate(make_app(MET_2_3))
    return diff_reports(old, new)


def test_kinds_of_change():
    m, p, n, na = Verdict.met, Verdict.partially_met, Verdict.not_met, Verdict.not_applicable
    assert _kind(n, m) == _kind(p, m) == _kind(n, na) == "closed"
    assert _kind(m, n) == _kind(m, p) == _kind(na, p) == "opened"
    assert _kind(n, p) == "narrowed" and _kind(p, n) == "widened"
    assert _kind(na, m) == _kind(m, na) == "other"


def test_changed_requirements_with_gained_and_lost_evidence(small_diff, engine):
    d = small_diff
    closed = {c.id: c for c in d.of_kind("closed")}
    opened = {c.id: c for c in d.of_kind("opened")}
    assert "2.3" in closed and "E.2" in opened
    c = closed["2.3"]
    assert (c.old, c.new) == (Verdict.not_met, Verdict.met)
    assert [q.quote for q in c.new_evidence] == [MET_2_3]
    assert c.new_evidence[0].where  # a location
    assert [q.quote for q in c.resolved_concerns] == [NEGATED_2_3]  # the negation is gone
    o = opened["E.2"]
    assert MET_E_2 in [q.quote for q in o.lost_evidence] and not o.new_evidence
    # every other requirement is counted unchanged, and the summary adds up
    total = len(engine.ruleset.requirements)
    assert d.unchanged + len(d.changes) == total
    m = SUMMARY.match(d.summary())
    assert m, d.summary()
    assert int(m["closed"]) == len(closed) and int(m["opened"]) == len(opened)
    assert m["opened_ids"].split(", ") == list(opened)  # the regressions named
    assert int(m["unchanged"]) == d.unchanged
    assert d.regressed


def test_summary_wording():
    d = DraftDiff("a", "b", "A", "B", "rs", "1.0", changes=[], unchanged=61)
    assert d.summary() == "0 gaps opened, 0 gaps closed, 61 unchanged"
    assert not d.regressed


def test_formats(small_diff):
    text = render_diff(small_diff, "text")
    assert all(len(line) <= 80 for line in text.splitlines())
    assert small_diff.summary() in text
    assert "GAPS CLOSED" in text and "New evidence:" in text and "Evidence no longer found:" in text
    data = json.loads(render_diff(small_diff, "json"))
    assert data["summary"] == small_diff.summary()
    assert {c["id"] for c in data["changes"]} == {c.id for c in small_diff.changes}
    c23 = next(c for c in data["changes"] if c["id"] == "2.3")
    assert c23["change"] == "closed" and c23["new_evidence"][0]["where"]
    md = render_diff(small_diff, "md")
    assert md.startswith("# Changes between drafts")
    assert "> In exceptional circumstances" in md
    with pytest.raises(ValueError):
        render_diff(small_diff, "pdf")


def test_markdown_escapes_draft_text(engine):
    old = engine.evaluate(make_app("Nothing here."))
    new = engine.evaluate(make_app("<img src=x> " + MET_2_3 + " [link](http://x) # not a heading"))
    md = render_diff(diff_reports(old, new), "md")
    assert "<img" not in md and "&lt;img src=x&gt;" in md
    assert "[link](http://x)" not in md


# ------------------------------------------------------------------ the Allerton drafts


@needs_corpus
def test_allerton_drafts_against_their_labels(engine):
    labels1 = json.loads(DRAFT1.with_name("dev-02-allerton-draft1.labels.json").read_text())
    labels2 = json.loads(DRAFT2.with_name("dev-02-allerton-draft2.labels.json").read_text())
    assert labels1["draft_of"] == labels2["draft_of"] == "dev-02-allerton"
    r1, r2 = engine.evaluate_file(DRAFT1), engine.evaluate_file(DRAFT2)
    d = diff_reports(r1, r2)
    v1 = {r.id: r.verdict for r in r1.requirements}
    v2 = {r.id: r.verdict for r in r2.requirements}
    assert {c.id for c in d.changes} == {i for i in v1 if v1[i] != v2[i]}
    assert SUMMARY.match(d.summary()), d.summary()

    rank = {"not_met": 0, "partially_met": 1, "met": 2, "not_applicable": 2}
    l1, l2 = labels1["verdicts"], labels2["verdicts"]
    panel_closed = {i for i in l1 if l1[i] in ("not_met", "partially_met") and l2[i] in ("met", "not_applicable")}
    engine_closed = {c.id for c in d.of_kind("closed")}
    # draft 2 answers most of draft 1's gaps: the comparison finds most of those the panel saw closed
    assert len(panel_closed & engine_closed) >= 0.8 * len(panel_closed), sorted(panel_closed - engine_closed)
    # and no change goes against the panel's reading of the two drafts
    for c in d.changes:
        panel = rank[l2[c.id]] - rank[l1[c.id]]
        mine = rank[c.new.value] - rank[c.old.value]
        assert panel * mine >= 0, (c.id, l1[c.id], l2[c.id], c.old.value, c.new.value)
    # a closed gap shows where its new evidence stands
    for c in d.of_kind("closed"):
        if c.new.value == "met":
            assert c.new_evidence and all(q.where for q in c.new_evidence), c.id


@needs_corpus
def test_diff_command_on_the_allerton_drafts(tmp_path):
    runner = CliRunner()
    result = runner.invoke(diff_command, [str(DRAFT1), str(DRAFT2)])
    assert result.exit_code in (0, 1), result.output
    lines = result.output.splitlines()
    summary = next(line for line in lines if SUMMARY.match(line.rstrip(".")))
    data = json.loads(runner.invoke(diff_command, [str(DRAFT1), str(DRAFT2), "--format", "json"]).output)
    assert summary.rstrip(".") == data["summary"]
    regressed = data["counts"]["opened"] + data["counts"]["widened"] > 0
    assert result.exit_code == (1 if regressed else 0)
    out = tmp_path / "changes.md"
    result = runner.invoke(diff_command, [str(DRAFT1), str(DRAFT2), "--format", "md", "--output", str(out)])
    assert out.read_text(encoding="utf-8").startswith("# Changes between drafts")
    assert data["summary"] in result.output  # echoed on standard error


def test_diff_command_same_draft_and_bad_input(tmp_path):
    runner = CliRunner()
    f = word_file(tmp_path / "a.docx", MET_2_3)
    result = runner.invoke(diff_command, [str(f), str(f)])
    assert result.exit_code == 0
    assert re.search(r"^0 gaps opened, 0 gaps closed, \d+ unchanged\.$", result.output, re.M)
    result = runner.invoke(diff_command, [str(f), str(tmp_path / "missing.docx")])
    assert result.exit_code == 2 and "missing.docx" in result.output and "no such file" in result.output
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    result = runner.invoke(diff_command, [str(empty), str(f)])
    assert result.exit_code == 2 and "Traceback" not in result.output


@needs_corpus
def test_diff_html_puts_regressions_first_and_names_them(tmp_path):
    runner = CliRunner()
    out = tmp_path / "changes.html"
    # the second draft back to the first: gaps open, and a few close
    result = runner.invoke(diff_command, [str(DRAFT2), str(DRAFT1), "--format", "html", "-o", str(out)])
    assert result.exit_code == 1  # regressions
    html = out.read_text(encoding="utf-8")
    sections = re.findall(r'<section id="(\w+)" class="(\w+)">', html)
    kinds = [k for k, _ in sections]
    assert kinds[0] == "opened" and kinds.index("opened") < kinds.index("closed")
    assert dict(sections)["opened"] == "regression"
    data = json.loads(runner.invoke(diff_command, [str(DRAFT2), str(DRAFT1), "--format", "json"]).output)
    opened = [c["id"] for c in data["changes"] if c["change"] == "opened"]
    summary = re.search(r'<p class="summary">(.*?)</p>', html).group(1)
    assert summary.startswith(f"{len(opened)} gaps opened ({', '.join(opened)})")
    assert "<script" not in html
