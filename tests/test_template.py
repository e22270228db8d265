"""The Word application template: its layout, that its guidance is never
evidence, and the round trip — fill the template with each rule's own met
example and an outcome matrix, and every requirement is met; blank a few
answers, and exactly those are the gaps."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from approval_engine.ingest.prompts import PROMPT_KIND, is_prompt
from approval_engine.judge.evaluate import read_application
from approval_engine.provider.check import check_file
from approval_engine.cli.provider import template as template_command
from approval_engine.rules.compile import SUPPORTED
from approval_engine.provider.template import (
    DETAILS_ROWS,
    GUIDANCE_MARKER,
    OUTCOME_COLUMNS,
    build_template,
    outcome_rows,
    write_template,
)

MODULE = "EDU701"
ASSESSMENT = "Assignment 1: a 4,000-word case study, marked against the outcomes"


@pytest.fixture(scope="module")
def blank_template(engine, tmp_path_factory) -> Path:
    return write_template(tmp_path_factory.mktemp("template") / "template.docx", engine.catalogue, engine.ruleset)


def _heading_id(text: str) -> str | None:
    m = re.match(r"^(E\.\d|\d\.\d|X\.\d+)\s", text)
    return m.group(1) if m else None


def answer_for(rule) -> str:
    """A rule's own met example; 1.9 has none (met needs every outcome assessed,
    which the matrix shows), so its partially met example says how assessment works.
    6.0's is the award rule followed by every outcome mapped: the matrix does the
    mapping here, so its first paragraph, the award rule, is the answer."""
    ex = rule.examples
    return (ex.met or ex.partially_met)[0].split("\n\n")[0]


def fill(template: Path, engine, out: Path, *, blank: tuple[str, ...] = (), unassessed: tuple[str, ...] = ()) -> Path:
    """Fill the template as a provider would: delete every guidance paragraph, write
    an answer under each requirement heading, fill the outcome matrix."""
    d = docx.Document(str(template))
    details = d.tables[0]
    for row, value in zip(details.rows, ("Eastfield University School of Education", "Eastfield University",
                                         "Northshire County Council", "National Award for SEN Coordination")):
        row.cells[1].text = value
    current: str | None = None
    for para in list(d.paragraphs):
        if para.style.name == "Heading 2":
            current = _heading_id(para.text)
            continue
        if para.style.name.startswith("Heading") or para.style.name == "Title":
            current = None
            continue
        if is_prompt(para.text):
            para._p.getparent().remove(para._p)
            continue
        if current and not para.text.strip():
            if current not in blank:
                para.text = answer_for(engine.ruleset.rule(current))
            current = None
    rows = outcome_rows(d)
    for rid, row in rows.items():
        row.cells[1].text = MODULE
        row.cells[2].text = "" if rid in unassessed else ASSESSMENT
    d.save(str(out))
    return out


# ------------------------------------------------------------------ layout


def test_layout_follows_the_catalogue(blank_template, engine):
    cat = engine.catalogue
    d = docx.Document(str(blank_template))
    paras = d.paragraphs
    h1 = [p.text for p in paras if p.style.name == "Heading 1"]
    assert h1[0] == "Provider and programme details"
    assert h1[1:] == ["Eligibility"] + [f"Criterion {c.id}: {c.title}" for c in cat.criteria if c.id != "E"]

    h2 = [(i, p) for i, p in enumerate(paras) if p.style.name == "Heading 2"]
    ids = [_heading_id(p.text) for _, p in h2]
    expected = [r.id for r in cat.requirements if r.group is None]
    assert [i for i in ids if i] == expected
    for i, p in h2:
        rid = _heading_id(p.text)
        if rid is None:
            continue
        # "<id> <short title>", then the italic, marked guidance, then an empty answer paragraph
        assert p.text == f"{rid} {engine.ruleset.rule(rid).title}"
        prompt, answer = paras[i + 1], paras[i + 2]
        assert prompt.text.startswith(GUIDANCE_MARKER) and is_prompt(prompt.text)
        assert all(run.italic for run in prompt.runs if run.text.strip())
        req = cat.get(rid)
        assert req.source in prompt.text
        first_words = " ".join(req.text.split()[:6])
        assert first_words in prompt.text, f"{rid}: the prompt does not quote the specification"
        for g in cat.guidance_for(rid):
            assert f"para {g.paragraph}" in prompt.text
        assert answer.text == "" and answer.style.name == "Normal"


def test_outcome_matrix_has_a_row_per_minimum_outcome(blank_template, engine):
    d = docx.Document(str(blank_template))
    matrix = [t for t in d.tables if tuple(c.text for c in t.rows[0].cells) == OUTCOME_COLUMNS]
    assert len(matrix) == 1
    rows = outcome_rows(d)
    outcomes = [r.id for r in engine.catalogue.requirements if r.group is not None]
    assert list(rows) == outcomes
    for rid, row in rows.items():
        assert row.cells[1].text == "" and row.cells[2].text == ""
        # short enough to read as the row's question, never as an answer
        assert len(row.cells[0].text.split()) <= 25
    details = d.tables[0]
    assert [r.cells[0].text for r in details.rows] == list(DETAILS_ROWS)


def test_without_a_ruleset_headings_use_the_catalogue(engine):
    d = build_template(engine.catalogue)
    h2 = [p.text for p in d.paragraphs if p.style.name == "Heading 2"]
    assert f"2.3 {' '.join(engine.catalogue.get('2.3').short.split())}" in h2


def test_tailored_ruleset_adds_a_section_for_additional_requirements(engine):
    from approval_engine.rules.loader import load_ruleset

    root = Path(__file__).resolve().parents[1]
    rs = load_ruleset(root / "rulesets" / "tda-senco-2008-tailored.yaml", known_ids=engine.catalogue.ids())
    d = build_template(engine.catalogue, rs)
    texts = [(p.style.name, p.text) for p in d.paragraphs]
    assert ("Heading 1", "Additional requirements") in texts
    assert ("Heading 2", f"X.1 {rs.rule('X.1').title}") in texts
    assert ("Heading 2", f"X.2 {rs.rule('X.2').title}") in texts


# ------------------------------------------------------------------ guidance is never evidence


def test_guidance_left_in_a_draft_is_never_evidence(blank_template, engine):
    """The blank template is nothing but headings, prompts and empty answers: every
    requirement is not met (3.3 may not apply), whatever the prompts quote, and
    ``check`` and ``evaluate`` read it alike, verdict for verdict."""
    app = read_application(blank_template)
    prompts = [p for p in docx.Document(str(blank_template)).paragraphs if is_prompt(p.text)]
    read_as_prompts = [p for p in app.passages if p.kind == PROMPT_KIND]
    assert len(read_as_prompts) == len(prompts) > 30
    assert all(p.text.startswith(GUIDANCE_MARKER) for p in read_as_prompts)

    report = engine.evaluate_file(blank_template)
    verdicts = {r.id: r.verdict.value for r in report.requirements}
    assert set(verdicts) == set(engine.catalogue.ids())
    wrong = {rid: v for rid, v in verdicts.items() if v != "not_met" and not (rid == "3.3" and v == "not_applicable")}
    assert not wrong, wrong
    prompt_ids = {p.id for p in read_as_prompts}
    for r in report.requirements:
        cited = {e.passage_id for e in (*r.evidence, *r.concerns)}
        assert not cited & prompt_ids, (r.id, cited & prompt_ids)

    checked = check_file(engine, blank_template)
    assert checked.ignored_guidance == len(prompts)
    assert "template guidance" in checked.warnings[0]
    gaps = {g.id: g.verdict.value for g in checked.gaps}
    assert gaps == {rid: v for rid, v in verdicts.items() if v in ("not_met", "partially_met")}
    readiness = checked.overall
    assert (readiness.met, readiness.partially_met) == (0, 0)
    assert readiness.not_met + readiness.not_applicable == len(verdicts)
    assert not [q.text for g in checked.gaps for q in g.said if "Guidance" in q.text]


# ------------------------------------------------------------------ round trip


def test_round_trip_every_requirement_met(blank_template, engine, tmp_path):
    filled = fill(blank_template, engine, tmp_path / "filled.docx")
    report = engine.evaluate_file(filled)
    not_met = {r.id: (r.verdict.value, r.rationale) for r in report.requirements if r.verdict.value != "met"}
    assert not not_met, not_met
    assert {r.id for r in report.requirements} == set(engine.catalogue.ids())
    assert report.provider == "Eastfield University School of Education"
    # 3.3 applies (the answers use e-learning) and is met, not merely not applicable
    assert next(r for r in report.requirements if r.id == "3.3").verdict.value == "met"
    # every met verdict rests on the answer written under its own heading, or on the matrix
    for r in report.requirements:
        assert r.evidence, r.id


def test_round_trip_blanked_answers_are_exactly_the_gaps(blank_template, engine, tmp_path):
    blank = ("2.3", "4.1", "5.6")
    unassessed = ("6.K4", "6.S3")
    filled = fill(blank_template, engine, tmp_path / "blanked.docx", blank=blank, unassessed=unassessed)
    report = engine.evaluate_file(filled)
    gaps = {r.id: r.verdict.value for r in report.requirements if r.verdict.is_gap}
    # 1.9 (every outcome assessed) follows from the two blank assessment cells, and so does 6.0
    # (an award on every outcome cannot be applied to outcomes assessed nowhere)
    assert set(gaps) == {*blank, *unassessed, "1.9", "6.0"}, gaps
    for rid in blank:
        assert gaps[rid] == "not_met", (rid, gaps[rid])
    for rid in unassessed:
        assert gaps[rid] == "partially_met"  # developed (a module is named) but not assessed
    facts = {rf.rule.id: rf for rf in engine.facts(engine_app(filled))}
    for rid in unassessed:
        assert facts[rid].aspects["developed"].status == SUPPORTED
    # and the self-check names exactly these, not met first
    checked = check_file(engine, filled)
    assert {g.id for g in checked.gaps} == set(gaps)
    order = [g.verdict.value for g in checked.gaps]
    assert order == sorted(order, key=lambda v: v != "not_met")


def test_round_trip_blank_4_2_is_a_gap(blank_template, engine, tmp_path):
    filled = fill(blank_template, engine, tmp_path / "no-4.2.docx", blank=("4.2",))
    report = engine.evaluate_file(filled)
    assert next(r for r in report.requirements if r.id == "4.2").verdict.is_gap


def engine_app(path: Path):
    from approval_engine.judge.evaluate import read_application

    return read_application(path)


# ------------------------------------------------------------------ the command


def test_template_command(tmp_path, engine):
    runner = CliRunner()
    target = tmp_path / "mine.docx"
    result = runner.invoke(template_command, ["--output", str(target)])
    assert result.exit_code == 0, result.output
    assert target.is_file()
    d = docx.Document(str(target))
    assert any(p.text.startswith(GUIDANCE_MARKER) for p in d.paragraphs)

    again = runner.invoke(template_command, ["--output", str(target)])
    assert again.exit_code == 2
    assert "already exists" in again.output and "Traceback" not in again.output
    assert runner.invoke(template_command, ["--output", str(target), "--force"]).exit_code == 0

    folder = tmp_path / "out"
    folder.mkdir()
    assert runner.invoke(template_command, ["--output", str(folder)]).exit_code == 0
    assert (folder / "senco-application-template.docx").is_file()

    wrong = runner.invoke(template_command, ["--output", str(tmp_path / "mine.txt")])
    assert wrong.exit_code == 2 and ".docx" in wrong.output


def test_template_command_default_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(template_command, [])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "senco-application-template.docx").is_file()
