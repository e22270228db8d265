"""The provider's self-check: gaps most serious first, what the draft says now
(or "nothing found"), why a passage does not count in plain words, the
specification and its guidance, advice from the rule, readiness figures, an
80-column terminal report and a self-contained HTML page, and exit statuses."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from approval_engine.provider.check import (
    advice_line,
    check_application,
    check_file,
    render_html,
    render_text,
)
from approval_engine.cli.provider import check as check_command
from approval_engine.judge.verdicts import Verdict
from conftest import CORPUS, make_app
from test_template import fill

DRAFT1 = CORPUS / "dev-02-allerton-draft1.docx"
needs_corpus = pytest.mark.skipif(not DRAFT1.is_file(), reason="the shared corpus is not available")
ANSI = re.compile(r"\x1b\[")


def word_file(path: Path, *paragraphs: str, heading: str = "Our programme") -> Path:
    d = docx.Document()
    d.add_heading(heading, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(str(path))
    return path


def gap(report, rid):
    return next(g for g in report.gaps if g.id == rid)


@pytest.fixture(scope="module")
def draft1(engine):
    if not DRAFT1.is_file():
        pytest.skip("the shared corpus is not available")
    return check_file(engine, DRAFT1)


# ------------------------------------------------------------------ order and readiness


@needs_corpus
def test_gaps_most_serious_first_then_criterion_order(draft1, engine):
    assert draft1.gaps
    verdicts = [g.verdict for g in draft1.gaps]
    n_not = verdicts.count(Verdict.not_met)
    assert verdicts == [Verdict.not_met] * n_not + [Verdict.partially_met] * (len(verdicts) - n_not)
    crit_order = [c.id for c in engine.catalogue.criteria]
    req_order = engine.catalogue.ids()
    for block in (draft1.not_met, draft1.partially_met):
        keys = [(crit_order.index(g.criterion), req_order.index(g.id)) for g in block]
        assert keys == sorted(keys)


@needs_corpus
def test_readiness_counts_met_as_one_and_partly_met_as_half(draft1, engine):
    report = engine.evaluate_file(DRAFT1)
    for c in draft1.criteria:
        mine = [r for r in report.requirements if r.criterion == c.id and r.verdict is not Verdict.not_applicable]
        met = sum(r.verdict is Verdict.met for r in mine)
        half = sum(r.verdict is Verdict.partially_met for r in mine)
        assert c.readiness == pytest.approx((met + 0.5 * half) / len(mine))
        assert c.gaps == len(mine) - met
    applicable = [r for r in report.requirements if r.verdict is not Verdict.not_applicable]
    met = sum(r.verdict is Verdict.met for r in applicable)
    half = sum(r.verdict is Verdict.partially_met for r in applicable)
    assert draft1.overall.readiness == pytest.approx((met + 0.5 * half) / len(applicable))
    assert {g.id for g in draft1.gaps} == {r.id for r in report.requirements if r.verdict.is_gap}
    assert [c.id for c in draft1.criteria] == [c.id for c in engine.catalogue.criteria]


@needs_corpus
def test_each_gap_says_what_is_asked_found_and_needed(draft1, engine):
    for g in draft1.gaps:
        rule = engine.ruleset.rule(g.id)
        assert g.plain and g.requirement and g.source
        assert g.advice, g.id
        for q in g.said:
            assert q.text and q.where and q.notes
        if rule.examples.met:
            assert g.example == rule.examples.met[0].split("\n\n")[0]  # of several paragraphs, the first
        if not any(a.coverage for a in rule.aspects):
            assert all(re.match(r"^(Say concretely|Describe concretely|Show at least)", a) for a in g.advice), g.advice
        paras = [p.paragraph for p in engine.catalogue.guidance_for(g.id)]
        assert [x.paragraph for x in g.guidance] == paras
    # a guidance paragraph is quoted in full once, then referred to
    seen = set()
    for g in draft1.gaps:
        for x in g.guidance:
            assert bool(x.first_under) == (x.paragraph in seen)
            seen.add(x.paragraph)


# ------------------------------------------------------------------ plain words for what does not count


@pytest.mark.parametrize(
    "text,rid,says",
    [
        ("We do not offer an assessment-only route; every participant follows the taught programme.",
         "2.3", "You say this is not offered"),
        ("We hope in future to introduce arrangements for accrediting prior learning.",
         "2.1", "only a hope or a plan for the future"),
        ("All our tutors hold a current enhanced CRB disclosure.",
         "5.3", "This is about your tutors, not your candidates"),
        ("The programme will be validated by Eastfield University [TBC].",
         "E.1", "unfinished"),
    ],
)
def test_passages_that_do_not_count_are_explained(engine, text, rid, says):
    report = check_application(engine, make_app(text))
    g = gap(report, rid)
    notes = [n for q in g.said for n in q.notes]
    assert any(says in n for n in notes), notes
    quoted = next(q for q in g.said if any(says in n for n in q.notes))
    assert quoted.text in text and quoted.where


def test_nothing_found(engine):
    report = check_application(engine, make_app("The course runs on Tuesday evenings."))
    g = gap(report, "2.3")
    assert g.verdict is Verdict.not_met and g.said == []
    out = render_text(report)
    block = out.split("2.3 Assessment-only route", 1)[1].split("────", 1)[0]
    assert "Nothing found." in block
    assert "What the specification asks (Annex 2, 2.3" in block
    assert "Guidance, Section 1, para 16:" in block
    assert "Describe concretely an assessment-only route" in block
    assert "For example: “In exceptional circumstances" in block


def test_partly_met_gap_shows_what_counts_and_what_is_missing(engine):
    report = check_application(engine, make_app("The award is a Postgraduate Certificate at masters level."))
    g = gap(report, "E.2")
    assert g.verdict is Verdict.partially_met
    assert any(q.counts and any("counts towards" in n for n in q.notes) for q in g.said)
    assert g.missing == [engine.ruleset.rule("E.2").aspects[1].describe]
    assert g.advice == [advice_line(g.missing[0])]


def test_advice_wording():
    assert advice_line("how stakeholders have shaped the programme") == (
        "Say concretely how stakeholders have shaped the programme.")
    assert advice_line("developing skills in consulting children") == (
        "Say concretely how the programme goes about developing skills in consulting children.")
    assert advice_line("an assessment-only route for suitably experienced candidates") == (
        "Describe concretely an assessment-only route for suitably experienced candidates.")


# ------------------------------------------------------------------ rendering


def test_text_fits_80_columns_and_has_no_colour_unless_asked(engine):
    report = check_application(engine, make_app(
        "We do not offer an assessment-only route; " + "every participant follows the taught programme " * 6 + ".",
        "Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword.",
    ))
    plain = render_text(report)
    assert all(len(line) <= 80 for line in plain.splitlines())
    assert not ANSI.search(plain)
    coloured = render_text(report, color=True)
    assert ANSI.search(coloured)
    assert ANSI.sub("", re.sub(r"\x1b\[[0-9;]*m", "", coloured)) == plain
    assert "tda-senco-2008 1.0.0" in plain or f"{report.ruleset} {report.ruleset_version}" in plain


def test_html_is_self_contained_and_escapes_the_draft(engine):
    evil = "<script>alert('x')</script> We do not offer an assessment-only route & never will."
    report = check_application(engine, make_app(evil, title="<b>Evil</b> & Co"))
    html = render_html(report)
    assert "<script" not in html.lower()
    assert "&lt;script&gt;" in html
    assert "<b>Evil</b>" not in html and "&lt;b&gt;Evil&lt;/b&gt; &amp; Co" in html
    for external in ("<link", "src=", "http://", "https://", "@import"):
        assert external not in html
    assert f"{report.ruleset} {report.ruleset_version}" in html
    assert "@media print" in html
    assert html.count('class="gap ') == len(report.gaps)


@needs_corpus
def test_first_screen_of_the_terminal_report(draft1):
    out = render_text(draft1)
    lines = out.splitlines()
    assert all(len(line) <= 80 for line in lines)
    head = "\n".join(lines[:40])
    assert "READINESS:" in head and "WHAT TO FIX" in head
    assert f"ruleset {draft1.ruleset} {draft1.ruleset_version}" in head
    assert "1. NOT MET · " in head


# ------------------------------------------------------------------ the command


@needs_corpus
def test_command_gaps_exit_1_text_and_html(tmp_path):
    runner = CliRunner()
    result = runner.invoke(check_command, [str(DRAFT1)])
    assert result.exit_code == 1, result.output
    assert "WHAT TO FIX" in result.output and not ANSI.search(result.output)

    out = tmp_path / "report.html"
    result = runner.invoke(check_command, [str(DRAFT1), "--format", "html", "--output", str(out)])
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "% ready" in result.output  # the one-line summary on standard error

    folder = tmp_path / "reports"
    folder.mkdir()
    result = runner.invoke(check_command, [str(DRAFT1), "--output", str(folder)])
    assert result.exit_code == 1
    assert (folder / "dev-02-allerton-draft1.check.txt").read_text(encoding="utf-8").startswith("Self-check")


def test_command_no_gaps_exit_0(engine, tmp_path):
    from approval_engine.provider.template import write_template

    blank = write_template(tmp_path / "template.docx", engine.catalogue, engine.ruleset)
    filled = fill(blank, engine, tmp_path / "complete.docx")
    result = CliRunner().invoke(check_command, [str(filled)])
    assert result.exit_code == 0, result.output
    assert "Nothing to fix" in result.output
    assert "READINESS: 100% overall" in result.output


@pytest.mark.parametrize(
    "name,content,expect",
    [
        ("empty.docx", b"", "empty"),
        ("random.docx", b"\x00\x01garbage" * 50, "not a Word"),
        ("legacy.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, ".docx"),
    ],
)
def test_command_unusable_input_exit_2(tmp_path, name, content, expect):
    f = tmp_path / name
    f.write_bytes(content)
    result = CliRunner().invoke(check_command, [str(f)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and expect.lower() in lines[0].lower()
    assert "Traceback" not in result.output


def test_command_missing_file_and_bad_ruleset(tmp_path):
    runner = CliRunner()
    result = runner.invoke(check_command, [str(tmp_path / "nope.docx")])
    assert result.exit_code == 2 and "no such file" in result.output
    f = word_file(tmp_path / "draft.docx", "We run a course.")
    bad = tmp_path / "bad.yaml"
    bad.write_text("ruleset: [unclosed\n")
    result = runner.invoke(check_command, [str(f), "--ruleset", str(bad)])
    assert result.exit_code == 2 and "bad.yaml" in result.output and "Traceback" not in result.output


def test_command_reads_word_and_reports_comments_aside(tmp_path):
    d = docx.Document()
    d.add_heading("Criterion 2", level=1)
    p = d.add_paragraph()
    run = p.add_run("We do not offer an assessment-only route.")
    d.add_comment(run, text="Should we offer APL here?", author="Reviewer", initials="R")
    d.save(str(tmp_path / "c.docx"))
    result = CliRunner().invoke(check_command, [str(tmp_path / "c.docx")])
    assert result.exit_code == 1
    assert "1 comment." in result.output and "never read as part of" in result.output
    assert "You say this is not offered" in result.output


# --- evaluate and check agree ---------------------------------------------------------------

_AGREEMENT_FILES = sorted(CORPUS.glob("*.docx")) + sorted((Path(__file__).parent / "regression").glob("*.docx")) + sorted(
    (Path(__file__).resolve().parents[1] / "applications").glob("*.docx")
)


@pytest.mark.parametrize("path", _AGREEMENT_FILES, ids=lambda p: p.stem)
def test_check_reports_exactly_the_gaps_evaluate_finds(engine, path):
    """A provider's self-check and the panel's evaluation are one judgement: every
    requirement evaluate calls not met or partially met is a gap in check, with the
    same verdict, and check reports no other gap."""
    evaluated = {r.id: r.verdict for r in engine.evaluate_file(path).requirements if r.verdict.is_gap}
    checked = {g.id: g.verdict for g in check_file(engine, path).gaps}
    assert checked == evaluated
