"""Panel scoring: review sheets out, reviewers' sheets back in, agreement,
the decision rule as data, decision sheets."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from pathlib import Path

import openpyxl
import pytest
import yaml
from click.testing import CliRunner

from approval_engine.catalogue import load_catalogue
from approval_engine.cli.panel import panel, review
from approval_engine.judge.verdicts import Verdict
from approval_engine.panel.agreement import agreement, weighted_kappa
from approval_engine.panel.decide import decide
from approval_engine.panel.render import render_decision
from approval_engine.panel.rule import PanelRuleError, load_panel_rule
from approval_engine.panel.sheet_read import parse_verdict, read_sheet
from approval_engine.panel.sheet_write import write_sheet
from approval_engine.panel.sheets import (
    COLUMNS,
    ReviewSheet,
    SheetError,
    SheetRow,
    sheet_filename,
    sheet_from_report,
    short_where,
)
from approval_engine.report import render
from conftest import N_REQUIREMENTS, ROOT

SAMPLE = ROOT / "applications" / "riverside-senco-2009.docx"
RULE = ROOT / "rulesets" / "tda-senco-2008.yaml"  # the decision rule is its panel: block
M, P, N, NA = Verdict.met, Verdict.partially_met, Verdict.not_met, Verdict.not_applicable


@pytest.fixture(scope="module")
def sample_report(engine):
    return engine.evaluate_file(SAMPLE)


def invoke(cmd, *args: str):
    return CliRunner().invoke(cmd, [str(a) for a in args], catch_exceptions=False)


def xlsx_rows(path: Path) -> tuple[dict[str, dict], dict[str, int]]:
    """{requirement id: {column: value}} and {requirement id: spreadsheet row}."""
    ws = openpyxl.load_workbook(path)["Review"]
    header = [c.value for c in ws[3]]
    rows, where = {}, {}
    for r in ws.iter_rows(min_row=4):
        if r[0].value:
            rows[r[0].value] = dict(zip(header, (c.value for c in r)))
            where[r[0].value] = r[0].row
    return rows, where


def edit_xlsx(path: Path, changes: dict[str, tuple[str, str]]) -> None:
    """Change reviewer verdicts and justifications as a reviewer would in Excel."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Review"]
    col = {c.value: c.column for c in ws[3]}
    for r in ws.iter_rows(min_row=4):
        if r[0].value in changes:
            verdict, justification = changes[r[0].value]
            ws.cell(row=r[0].row, column=col["reviewer_verdict"]).value = verdict
            ws.cell(row=r[0].row, column=col["justification"]).value = justification
    wb.save(path)


def edit_csv(path: Path, changes: dict[str, tuple[str, str]]) -> None:
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    h = next(i for i, r in enumerate(rows) if r and r[0] == "id")
    col = {name: i for i, name in enumerate(rows[h])}
    for r in rows[h + 1:]:
        if r and r[0] in changes:
            r[col["reviewer_verdict"]], r[col["justification"]] = changes[r[0]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8-sig", newline="")


def one_sheet(tmp_path: Path, reviewer: str, report, fmt: str = "xlsx") -> Path:
    """A fresh review sheet for the sample, written as ``review`` writes it."""
    sheet = sheet_from_report(report, reviewer)
    return write_sheet(sheet, tmp_path / "sheets" / sheet_filename(sheet, fmt))


# --------------------------------------------------------------------------- review sheets


def test_review_sheet_is_prefilled_with_the_engines_verdicts(tmp_path, sample_report):
    out = tmp_path / "sheets"
    result = invoke(review, SAMPLE, "--reviewer", "Alice Smith", "--reviewer", "Bob Jones", "--out", out)
    assert result.exit_code == 0, result.output
    sheets = sorted(p.name for p in out.iterdir())
    assert sheets == ["riverside-senco-2009.review.Alice-Smith.xlsx", "riverside-senco-2009.review.Bob-Jones.xlsx"]

    path = out / sheets[0]
    wb = openpyxl.load_workbook(path)
    about = {r[0]: r[1] for r in wb["About"].iter_rows(values_only=True) if r[0]}
    assert about["Reviewer"] == "Alice Smith"
    assert about["SHA-256"] == sample_report.sha256
    assert about["Application"] == sample_report.application
    assert about["Requirements"] == str(N_REQUIREMENTS)
    ws = wb["Review"]
    assert tuple(c.value for c in ws[3]) == COLUMNS

    rows, where = xlsx_rows(path)
    cat = load_catalogue()
    assert list(rows) == [r.id for r in sample_report.requirements]
    labels = {M: "met", P: "partially met", N: "not met", NA: "n/a"}
    for r in sample_report.requirements:
        row = rows[r.id]
        assert row["engine_verdict"] == labels[r.verdict]
        assert row["reviewer_verdict"] == labels[r.verdict]  # prefilled with the engine's verdict
        assert not row["justification"]
        assert row["requirement"] == cat.get(r.id).short
        assert row["criterion"] == r.criterion
        assert row["engine_confidence"] == pytest.approx(r.confidence)
        if r.evidence:  # short quotes with their locations
            first = r.evidence[0]
            assert " ".join(first.quote.split())[:40] in row["engine_evidence"]
            assert f"({short_where(first.location)})" in row["engine_evidence"]
            if first.location.paragraph is not None:
                assert f"¶{first.location.paragraph}" in row["engine_evidence"]

    # the reviewer's columns are editable, the engine's locked; verdicts come from a drop-down
    assert ws.protection.sheet
    r23 = where["2.3"]
    col = {name: i + 1 for i, name in enumerate(COLUMNS)}
    assert ws.cell(row=r23, column=col["engine_verdict"]).protection.locked
    assert not ws.cell(row=r23, column=col["reviewer_verdict"]).protection.locked
    assert not ws.cell(row=r23, column=col["justification"]).protection.locked
    (dv,) = ws.data_validations.dataValidation
    assert dv.formula1 == '"met,partially met,not met,n/a"'
    assert f"H{r23}" in dv.sqref

    # read back untouched: same verdicts, no override
    sheet = read_sheet(path)
    assert sheet.reviewer == "Alice Smith" and sheet.sha256 == sample_report.sha256
    assert {r.id: r.reviewer_verdict for r in sheet.rows} == {r.id: r.verdict for r in sample_report.requirements}
    assert not any(r.changed for r in sheet.rows)


def test_review_reads_an_engine_json_report_without_evaluating(tmp_path, sample_report, monkeypatch):
    report_file = tmp_path / "riverside.json"
    report_file.write_text(render(sample_report, "json"), encoding="utf-8")
    import approval_engine.judge.evaluate as evaluate

    def no_engine(*a, **k):
        raise AssertionError("a report must not be evaluated again")

    monkeypatch.setattr(evaluate, "Engine", no_engine)
    result = invoke(review, report_file, "--reviewer", "Carol", "--out", tmp_path / "s", "--format", "csv")
    assert result.exit_code == 0, result.output
    (path,) = (tmp_path / "s").iterdir()
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel opens it as UTF-8
    sheet = read_sheet(path)
    assert sheet.sha256 == sample_report.sha256
    assert {r.id: r.reviewer_verdict for r in sheet.rows} == {r.id: r.verdict for r in sample_report.requirements}


def test_review_refuses_a_missing_input_in_one_line(tmp_path):
    result = invoke(review, tmp_path / "nope.docx", "--reviewer", "Alice", "--out", tmp_path)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "nope.docx" in result.stderr


def test_review_never_overwrites_a_reviewers_sheet_unless_forced(tmp_path, sample_report):
    report_file = tmp_path / "riverside.json"
    report_file.write_text(render(sample_report, "json"), encoding="utf-8")
    out = tmp_path / "sheets"
    assert invoke(review, report_file, "--reviewer", "Alice", "--out", out).exit_code == 0
    (sheet,) = out.iterdir()
    edit_xlsx(sheet, {"2.3": ("met", "Found in the appendix.")})
    again = invoke(review, report_file, "--reviewer", "Alice", "--out", out)
    assert again.exit_code == 2 and sheet.name in again.stderr and "--force" in again.stderr
    assert {r.id: r.justification for r in read_sheet(sheet).rows}["2.3"] == "Found in the appendix."  # untouched
    assert invoke(review, report_file, "--reviewer", "Alice", "--out", out, "--force").exit_code == 0
    assert not any(r.changed for r in read_sheet(sheet).rows)


def test_sheet_text_is_never_a_formula(tmp_path, sample_report):
    sheet = sheet_from_report(sample_report, "Alice")
    sheet.rows[0].engine_evidence = '=HYPERLINK("http://evil.example","click")'
    sheet.application = "+cmd|' /C calc'!A0"
    path = write_sheet(sheet, tmp_path / "s.xlsx")
    wb = openpyxl.load_workbook(path)
    cell = wb["Review"].cell(row=4, column=COLUMNS.index("engine_evidence") + 1)
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    csv_text = write_sheet(sheet, tmp_path / "s.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in csv_text and "'+cmd" in csv_text


@pytest.mark.parametrize("text, verdict", [
    ("met", M), ("Met ", M), ("partially met", P), ("partially_met", P), ("Partially-Met", P),
    ("not met", N), ("NOT_MET", N), ("n/a", NA), ("N/A", NA), ("not applicable", NA),
])
def test_accepted_verdict_spellings(text, verdict):
    assert parse_verdict(text) is verdict


@pytest.mark.parametrize("text", ["", "partial", "yes", "mett", "not", None])
def test_other_spellings_are_not_verdicts(text):
    assert parse_verdict(text) is None


# --------------------------------------------------------------------------- import


def test_two_reviewers_sheets_imported_and_recorded(tmp_path, sample_report):
    engine = {r.id: r.verdict for r in sample_report.requirements}
    assert (engine["1.2"], engine["2.3"], engine["5.6"]) == (M, N, N), "the sample's verdicts this test builds on"
    alice = one_sheet(tmp_path, "Alice Smith", sample_report)
    bob = one_sheet(tmp_path, "Bob Jones", sample_report, fmt="csv")
    edit_xlsx(alice, {
        "2.3": ("partially met", "Para 4.2 allows an assessment-only route in exceptional cases."),
        "5.6": ("met", "Appendix C lists the resources and the ICT suite."),
        "1.9": ("partially met", "Agree: the assessment map leaves two outcomes out."),  # unchanged, commented
    })
    edit_csv(bob, {
        "5.6": ("partially_met", "Resources listed but no specialist technology."),
        "1.2": ("Partially Met", "School-based task not tied to the outcomes."),
    })
    out = tmp_path / "panel"
    result = invoke(panel, tmp_path / "sheets", "--out", out)
    assert result.exit_code == 0, result.output
    assert "NOT APPROVED" in result.stdout  # criteria 2, 5 and 6 keep a requirement not met
    for name in ("riverside-senco-2009.decision.html", "riverside-senco-2009.decision.md",
                 "agreement.md", "agreement.json", "panel.sqlite"):
        assert (out / name).is_file(), name

    db = sqlite3.connect(out / "panel.sqlite")
    sheets = db.execute("SELECT reviewer, sha256 FROM panel_sheets ORDER BY reviewer").fetchall()
    assert sheets == [("Alice Smith", sample_report.sha256), ("Bob Jones", sample_report.sha256)]
    assert db.execute("SELECT COUNT(*) FROM panel_reviews").fetchone()[0] == 2 * N_REQUIREMENTS
    # an override is a record beside the engine's verdict, which is kept as it was
    row = db.execute(
        "SELECT engine_verdict, reviewer_verdict, justification, override FROM panel_reviews"
        " JOIN panel_sheets ON panel_sheets.id = sheet_id WHERE reviewer = 'Alice Smith' AND requirement = '5.6'"
    ).fetchone()
    assert row == ("not_met", "met", "Appendix C lists the resources and the ICT suite.", 1)
    assert db.execute(
        "SELECT override, justification FROM panel_reviews JOIN panel_sheets ON panel_sheets.id = sheet_id"
        " WHERE reviewer = 'Alice Smith' AND requirement = '1.9'"
    ).fetchone() == (0, "Agree: the assessment map leaves two outcomes out.")
    # the panel verdict is the most cautious; disagreement flagged; engine verdict beside it
    verdicts = dict(db.execute("SELECT requirement, panel_verdict FROM panel_verdicts").fetchall())
    assert verdicts["5.6"] == "partially_met" and verdicts["2.3"] == "not_met" and verdicts["1.2"] == "partially_met"
    flagged = {r for (r,) in db.execute("SELECT requirement FROM panel_verdicts WHERE reviewers_disagree = 1")}
    assert flagged == {"1.2", "2.3", "5.6"}
    assert db.execute("SELECT outcome FROM panel_decisions").fetchone()[0] == "not_approved"
    db.close()

    md = (out / "riverside-senco-2009.decision.md").read_text(encoding="utf-8")
    assert "## Outcome: Not approved" in md
    assert "Appendix C lists the resources and the ICT suite." in md
    html = (out / "riverside-senco-2009.decision.html").read_text(encoding="utf-8")
    assert "Bob Jones" in html and "reviewers disagree" in html
    ag = json.loads((out / "agreement.json").read_text(encoding="utf-8"))
    assert [d["requirement"] for d in ag["disagreements"]] == ["1.2", "2.3", "5.6"]
    assert ag["requirements"][0]["status"] == "reviewers disagree"

    # importing again replaces each reviewer's sheet rather than adding to it
    assert invoke(panel, tmp_path / "sheets", "--out", out).exit_code == 0
    db = sqlite3.connect(out / "panel.sqlite")
    assert db.execute("SELECT COUNT(*) FROM panel_sheets").fetchone()[0] == 2
    assert db.execute("SELECT COUNT(*) FROM panel_reviews").fetchone()[0] == 2 * N_REQUIREMENTS
    db.close()


def test_panel_tables_added_to_a_batch_round_store(tmp_path, sample_report):
    one_sheet(tmp_path, "Alice", sample_report)
    store = tmp_path / "round" / "round.sqlite"
    store.parent.mkdir()
    db = sqlite3.connect(store)
    db.execute("CREATE TABLE applications (sha256 TEXT PRIMARY KEY, verdicts TEXT)")
    db.execute("INSERT INTO applications VALUES ('abc', '{}')")
    db.commit()
    db.close()
    result = invoke(panel, tmp_path / "sheets", "--out", tmp_path / "out", "--store", store)
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "out" / "panel.sqlite").exists()
    db = sqlite3.connect(store)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"applications", "panel_sheets", "panel_reviews", "panel_decisions", "panel_verdicts"} <= tables
    assert db.execute("SELECT COUNT(*) FROM applications").fetchone()[0] == 1  # the round's own data untouched
    assert db.execute("SELECT COUNT(*) FROM panel_reviews").fetchone()[0] == N_REQUIREMENTS
    db.close()

    missing = invoke(panel, tmp_path / "sheets", "--store", tmp_path / "no-such.sqlite")
    assert missing.exit_code == 2 and "no-such.sqlite" in missing.stderr
    not_db = tmp_path / "notes.sqlite"
    not_db.write_text("not a database")
    bad = invoke(panel, tmp_path / "sheets", "--store", not_db)
    assert bad.exit_code == 2 and "notes.sqlite" in bad.stderr and bad.stderr.count("\n") == 1


# --------------------------------------------------------------------------- refused sheets


def test_override_without_justification_is_refused_naming_sheet_and_row(tmp_path, sample_report):
    alice = one_sheet(tmp_path, "Alice", sample_report)
    _, where = xlsx_rows(alice)
    edit_xlsx(alice, {"2.3": ("met", "")})
    out = tmp_path / "out"
    result = invoke(panel, tmp_path / "sheets", "--out", out)
    assert result.exit_code == 2
    # the problem on a line of its own, then the count
    assert result.stderr.count("\n") == 2, result.stderr
    assert "1 problem in 1 review sheet; nothing was recorded" in result.stderr.splitlines()[-1]
    assert alice.name in result.stderr.splitlines()[0]
    assert f"row {where['2.3']} (2.3)" in result.stderr
    assert "changed from not met to met without a justification" in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()  # nothing recorded, nothing written

    edit_xlsx(alice, {"2.3": ("met", "   ")})  # blank is no justification either
    assert invoke(panel, tmp_path / "sheets", "--out", out).exit_code == 2


@pytest.mark.parametrize("change, message", [
    ({"2.3": ("probably", "")}, "reviewer_verdict 'probably' is not a verdict"),
    ({"2.3": ("", "")}, "reviewer_verdict is empty"),
])
def test_bad_verdict_values_are_refused(tmp_path, sample_report, change, message):
    bob = one_sheet(tmp_path, "Bob", sample_report, fmt="csv")
    edit_csv(bob, change)
    result = invoke(panel, tmp_path / "sheets", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert bob.name in result.stderr and "(2.3)" in result.stderr and message in result.stderr


def test_unknown_requirement_id_is_refused(tmp_path, sample_report):
    bob = one_sheet(tmp_path, "Bob", sample_report, fmt="csv")
    bob.write_text(bob.read_text(encoding="utf-8-sig").replace("\n5.6,", "\n5.66,"), encoding="utf-8-sig")
    result = invoke(panel, tmp_path / "sheets", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert bob.name in result.stderr and "unknown requirement id '5.66'" in result.stderr
    assert "row " in result.stderr


def test_deleted_rows_and_a_second_sheet_by_the_same_reviewer_are_refused(tmp_path, sample_report):
    alice = one_sheet(tmp_path, "Alice", sample_report, fmt="csv")
    copy = alice.with_name("copy-of-alice.csv")
    shutil.copy(alice, copy)
    result = invoke(panel, tmp_path / "sheets", "--out", tmp_path / "out")
    assert result.exit_code == 2 and "a second sheet by Alice" in result.stderr
    copy.unlink()
    rows = list(csv.reader(io.StringIO(alice.read_text(encoding="utf-8-sig"), newline="")))
    buf = io.StringIO()
    csv.writer(buf).writerows(r for r in rows if not (r and r[0] == "4.2"))
    alice.write_text(buf.getvalue(), encoding="utf-8-sig")
    result = invoke(panel, tmp_path / "sheets", "--out", tmp_path / "out")
    assert result.exit_code == 2 and f"issued with {N_REQUIREMENTS}" in result.stderr


def test_files_that_are_not_sheets_are_refused(tmp_path):
    fake = tmp_path / "notes.xlsx"
    fake.write_text("just text")
    with pytest.raises(SheetError, match=r"notes\.xlsx: not a readable \.xlsx workbook"):
        read_sheet(fake)
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)  # what Excel writes for a password
    with pytest.raises(SheetError, match="encrypted"):
        read_sheet(locked)
    other = tmp_path / "other.csv"
    other.write_text("name,score\nAlice,3\n", encoding="utf-8")
    with pytest.raises(SheetError, match="no header row starting with 'id'"):
        read_sheet(other)


# --------------------------------------------------------------------------- agreement


def test_weighted_kappa_hand_checked():
    # A = met, met, partially, not; B = met, partially, partially, not. Quadratic weights
    # (i-j)^2/4: observed disagreement 1/16, expected 5/16 -> kappa = 1 - 1/5 = 0.8
    kappa, n = weighted_kappa([(M, M), (M, P), (P, P), (N, N)])
    assert n == 4 and kappa == pytest.approx(0.8)
    # n/a is off the scale: left out of kappa
    assert weighted_kappa([(M, M), (M, P), (P, P), (N, N), (NA, M)]) == (pytest.approx(0.8), 4)
    assert weighted_kappa([(M, M), (M, M)]) == (None, 2)  # no variation: undefined
    assert weighted_kappa([(N, M), (M, N)])[0] == pytest.approx(-1.0)  # perfect disagreement


def _sheet(reviewer: str, engine: list[Verdict], mine: list[Verdict], ids: list[str]) -> ReviewSheet:
    cat = load_catalogue()
    rows = [SheetRow(id=i, criterion=cat.get(i).criterion, engine_verdict=e, reviewer_verdict=v,
                     justification="" if e == v else "because")
            for i, e, v in zip(ids, engine, mine)]
    return ReviewSheet(application="Small case", source="small.docx", sha256="ab" * 32, reviewer=reviewer,
                       rows=rows, file=f"{reviewer}.xlsx")


def test_agreement_on_a_hand_checked_small_case():
    ids = ["E.1", "E.2", "1.1", "1.2", "1.3", "1.4"]
    engine = [M, M, P, N, M, M]
    a = _sheet("Ann", engine, [M, P, P, N, M, M], ids)
    b = _sheet("Ben", engine, [M, P, N, N, NA, M], ids)
    decision = decide(load_panel_rule(RULE), [a, b])
    ag = agreement([decision])
    pairs = {(p.a, p.b): p for p in ag.pairs}
    assert list(pairs) == [("Ann", "Ben"), ("Ann", "engine"), ("Ben", "engine")]
    # Ann vs Ben: 4 of 6 agree; kappa over the 5 items without n/a:
    # Ann 2,1,1,0,2 / Ben 2,1,0,0,2 -> observed 0.05, expected 0.35 -> 1 - 1/7
    ab = pairs[("Ann", "Ben")]
    assert (ab.n, ab.agreed, ab.n_kappa) == (6, 4, 5)
    assert ab.percent == pytest.approx(400 / 6)
    assert ab.kappa == pytest.approx(6 / 7)
    # Ann vs engine: 5 of 6; observed 6/144, expected 42/144 -> 1 - 1/7
    ae = pairs[("Ann", "engine")]
    assert (ae.agreed, ae.n_kappa) == (5, 6) and ae.kappa == pytest.approx(6 / 7)
    # Ben vs engine: 3 of 6; over 5 items observed 0.1, expected 0.4 -> 0.75
    be = pairs[("Ben", "engine")]
    assert (be.agreed, be.n_kappa) == (3, 5) and be.kappa == pytest.approx(0.75)
    assert be.percent == pytest.approx(50.0)
    # per requirement, disagreements first: between reviewers, then with the engine only
    assert [r.id for r in ag.requirements[:3]] == ["1.1", "1.3", "E.2"]
    assert [r.status for r in ag.requirements[:3]] == ["reviewers disagree", "reviewers disagree", "engine overridden"]
    r11 = {(p.a, p.b): p for p in ag.requirements[0].pairs}
    assert r11[("Ann", "Ben")].agreed == 0 and r11[("Ann", "engine")].agreed == 1
    # panel verdict: the most cautious, flagged
    by_id = {r.id: r for r in decision.requirements}
    assert by_id["1.1"].panel_verdict is N and by_id["1.1"].reviewers_disagree
    assert by_id["1.3"].panel_verdict is M  # met is more cautious than n/a
    assert by_id["E.2"].panel_verdict is P and not by_id["E.2"].reviewers_disagree
    assert by_id["E.2"].overridden_by == ["Ann", "Ben"] and by_id["E.2"].engine_verdict is M


# --------------------------------------------------------------------------- the decision rule as data


CONDITIONS = ["1.9", "3.3", "6.A3", "6.K4"]


def _approvable_sheet(tmp_path: Path, sample_report) -> Path:
    """A reviewer who finds every requirement met except four partially met,
    whatever the engine said (a changed verdict carries a justification)."""
    sheet = sheet_from_report(sample_report, "Dana")
    for row in sheet.rows:
        row.reviewer_verdict = P if row.id in CONDITIONS else M
        if row.changed:
            row.justification = "Read against the appendices."
    return write_sheet(sheet, tmp_path / "sheets" / "dana.xlsx")


def test_the_outcome_follows_the_rule_file(tmp_path, sample_report):
    _approvable_sheet(tmp_path, sample_report)
    out = tmp_path / "out"
    result = invoke(panel, tmp_path / "sheets", "--out", out, "--rule", RULE)
    assert result.exit_code == 0, result.output
    assert "APPROVE WITH CONDITIONS" in result.stdout
    assert f"conditions: {', '.join(CONDITIONS)}" in result.stdout
    md = (out / "riverside-senco-2009.decision.md").read_text(encoding="utf-8")
    assert "## Outcome: Approve with conditions" in md and "### Conditions of approval" in md

    # the same sheets under a stricter threshold, changed in a copy of the rule file
    data = yaml.safe_load(RULE.read_text(encoding="utf-8"))
    count = data["panel"]["outcome"]["first_match"][1]["when"][1]
    assert count["verdict"] == "partially_met"
    count["at_most"] = 3
    strict = tmp_path / "strict.yaml"
    strict.write_text(yaml.safe_dump(data), encoding="utf-8")
    result = invoke(panel, tmp_path / "sheets", "--out", out, "--rule", strict)
    assert result.exit_code == 0, result.output
    assert "NOT APPROVED" in result.stdout
    md = (out / "riverside-senco-2009.decision.md").read_text(encoding="utf-8")
    assert "## Outcome: Not approved" in md
    assert "at most 3 requirements partially met (found: 4 partially met: 1.9, 3.3, 6.A3, 6.K4)" in md
    db = sqlite3.connect(out / "panel.sqlite")
    assert db.execute("SELECT outcome, rule_source FROM panel_decisions").fetchone() == ("not_approved", str(strict))
    db.close()


def test_rule_loads_from_a_rulesets_panel_block(tmp_path):
    data = yaml.safe_load(RULE.read_text(encoding="utf-8"))
    standalone = tmp_path / "panel-only.yaml"
    standalone.write_text(yaml.safe_dump({"panel": data["panel"]}), encoding="utf-8")
    assert load_panel_rule(standalone).model_dump() == load_panel_rule(RULE).model_dump()
    del data["panel"]
    without = tmp_path / "without-panel.yaml"
    without.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(PanelRuleError, match=r"without-panel\.yaml: this ruleset has no 'panel:' block"):
        load_panel_rule(without)


def test_rule_follows_extends_as_the_rules_loader_does(tmp_path):
    base = tmp_path / "base.yaml"
    shutil.copy(RULE, base)
    child = tmp_path / "child.yaml"
    child.write_text("extends: base.yaml\ntitle: tailored\n", encoding="utf-8")
    # no panel: block of its own: the base's is the rule
    assert load_panel_rule(child).model_dump() == load_panel_rule(RULE).model_dump()
    assert load_panel_rule(child).source == str(child)

    # a panel: block of its own replaces the base's
    panel_block = yaml.safe_load(RULE.read_text(encoding="utf-8"))["panel"]
    panel_block["name"] = "tailored-panel"
    panel_block["outcome"]["otherwise"] = "approve"
    child.write_text(yaml.safe_dump({"extends": "base.yaml", "panel": panel_block}), encoding="utf-8")
    rule = load_panel_rule(child)
    assert (rule.name, rule.outcome.otherwise) == ("tailored-panel", "approve")


@pytest.mark.parametrize("files, message", [
    ({"a.yaml": "extends: b.yaml\n", "b.yaml": "extends: a.yaml\n"}, "a.yaml: 'extends' makes a cycle"),
    ({"a.yaml": "extends: missing.yaml\n"}, "a.yaml: extends 'missing.yaml', which does not exist"),
    ({"a.yaml": "extends: b.yaml\n", "b.yaml": "- a list\n"}, "b.yaml: expected a mapping at the top level"),
])
def test_a_broken_extends_chain_is_a_panel_rule_error_naming_the_file(tmp_path, files, message):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(PanelRuleError) as err:
        load_panel_rule(tmp_path / "a.yaml")
    assert str(err.value).endswith(message)
    assert str(err.value).count("\n") == 0


def _bad_rule(tmp_path: Path, edit) -> Path:
    data = yaml.safe_load(RULE.read_text(encoding="utf-8"))
    edit(data["panel"])
    path = tmp_path / "bad-rule.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("edit, message", [
    (lambda p: p["outcome"]["first_match"][1]["when"][1].update(at_most=-1),
     "panel.outcome.first_match[1].when[1].at_most: Input should be greater than or equal to 0"),
    (lambda p: p["outcome"]["first_match"][1]["when"][1].pop("at_most"),
     "panel.outcome.first_match[1].when[1]: a count needs 'at_most' or 'at_least'"),
    (lambda p: p["outcome"]["first_match"][0]["when"][0].update(verdict="mett"),
     "panel.outcome.first_match[0].when[0].verdict[0]: Input should be 'met', 'partially_met', 'not_met' or "
     "'not_applicable'"),
    (lambda p: p["outcome"]["first_match"][1]["when"][2].update(requirements=["E.1", "E.3"]),
     "panel.outcome.first_match[1].when[2].requirements: unknown requirement id 'E.3'"),
    (lambda p: p["outcome"].pop("otherwise"), "panel.outcome.otherwise: Field required"),
    (lambda p: p["outcome"]["first_match"][0].update(outcome="approve_maybe"),
     "panel.outcome.first_match[0].outcome: Input should be 'approve', 'approve_with_conditions' or 'not_approved'"),
    (lambda p: p["consensus"].update(order=["not_met", "met"]),
     "panel.consensus.order: Value error, list each of met, partially_met, not_met, not_applicable exactly once"),
    (lambda p: p["criterion_verdict"]["first_match"][0]["when"].append({"count": "criteria", "verdict": "met",
                                                                          "at_most": 0}),
     "panel.criterion_verdict.first_match[0].when[1].count: a criterion's verdict can only count its requirements"),
    (lambda p: p.update(threshold=3), "panel.threshold: Extra inputs are not permitted"),
])
def test_a_malformed_rule_is_refused_with_a_clear_message(tmp_path, edit, message):
    path = _bad_rule(tmp_path, edit)
    with pytest.raises(PanelRuleError) as err:
        load_panel_rule(path)
    assert str(err.value).startswith(f"{path}: ")
    assert message.replace("Value error, ", "") in str(err.value)


def test_a_malformed_rule_stops_the_panel_command_with_exit_2(tmp_path, sample_report):
    one_sheet(tmp_path, "Alice", sample_report, fmt="csv")
    bad = tmp_path / "broken.yaml"
    bad.write_text("panel:\n  name: x\n  version: '1.0'\n  outcome: [oops\n", encoding="utf-8")
    result = invoke(panel, tmp_path / "sheets", "--out", tmp_path / "out", "--rule", bad)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"approval-engine: {bad}: invalid YAML")
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "out").exists()


# --------------------------------------------------------------------------- the decision sheet


HOSTILE = '<script>alert("x")</script> <img src=x onerror=alert(1)> {{ 7*7 }} ]]> **bold** [link](http://e.vil)'


def test_the_decision_sheet_escapes_hostile_justifications(tmp_path, sample_report):
    path = one_sheet(tmp_path, "Eve <b>Mallory</b>", sample_report, fmt="csv")
    edit_csv(path, {"2.3": ("met", HOSTILE)})
    sheet = read_sheet(path)
    assert next(r for r in sheet.rows if r.id == "2.3").justification == HOSTILE
    decision = decide(load_panel_rule(RULE), [sheet])

    html = render_decision(decision, "html")
    assert "<script>" not in html and "<img" not in html and "<b>Mallory" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "Eve &lt;b&gt;Mallory&lt;/b&gt;" in html
    assert "{{ 7*7 }}" in html and "49" not in html.split("{{ 7*7 }}")[0][-5:]
    assert "<link" not in html and "http://" not in html.replace("http://e.vil)", "")  # no external resources

    md = render_decision(decision, "md")
    assert "<script>" not in md and "<img" not in md
    assert "&lt;script&gt;" in md and r"\*\*bold\*\*" in md and r"\[link\]\(http://e.vil\)" in md

    # end to end, the files written by the command are escaped too
    result = invoke(panel, tmp_path / "sheets", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    written = (tmp_path / "out" / "riverside-senco-2009.decision.html").read_text(encoding="utf-8")
    assert "<script>" not in written and "&lt;script&gt;" in written


def test_every_bad_row_in_every_sheet_is_reported_in_one_run(tmp_path, sample_report):
    alice = one_sheet(tmp_path, "Alice", sample_report)
    bob = one_sheet(tmp_path, "Bob", sample_report)
    _, where = xlsx_rows(alice)
    edit_xlsx(alice, {"2.3": ("met", ""), "5.6": ("probably", "")})
    edit_xlsx(bob, {"5.3": ("", "")})
    out = tmp_path / "out"
    result = invoke(panel, tmp_path / "sheets", "--out", out)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 4, result.stderr
    assert any(alice.name in ln and f"row {where['2.3']} (2.3)" in ln and "without a justification" in ln for ln in lines)
    assert any(alice.name in ln and f"row {where['5.6']} (5.6)" in ln and "'probably' is not a verdict" in ln for ln in lines)
    assert any(bob.name in ln and "(5.3)" in ln and "reviewer_verdict is empty" in ln for ln in lines)
    assert lines[-1].endswith("3 problems in 2 review sheets; nothing was recorded")
    assert not out.exists()


# --------------------------------------------------------------------------- blank sheets


def _blank_sheet(tmp_path: Path, reviewer: str, report, fmt: str = "xlsx") -> Path:
    sheet = sheet_from_report(report, reviewer, blank=True)
    return write_sheet(sheet, tmp_path / "sheets" / sheet_filename(sheet, fmt))


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_blank_sheet_withholds_every_engine_column(tmp_path, sample_report, fmt):
    path = _blank_sheet(tmp_path, "Alice", sample_report, fmt)
    text = (path.read_text(encoding="utf-8-sig") if fmt == "csv"
            else " ".join(str(c.value) for ws in openpyxl.load_workbook(path) for row in ws.iter_rows() for c in row))
    for r in sample_report.requirements:
        assert r.rationale not in text  # no reason, no quote, no verdict to anchor on
        for e in r.evidence[:1]:
            assert " ".join(e.quote.split())[:40] not in text
    assert "withheld" in text


def test_review_blank_writes_sheets_without_the_engines_verdicts(tmp_path, sample_report):
    report_json = tmp_path / "sample.json"
    report_json.write_text(sample_report.model_dump_json(), encoding="utf-8")
    out = tmp_path / "reviews"
    result = invoke(review, report_json, "--reviewer", "Alice", "--blank", "-o", out)
    assert result.exit_code == 0, result.output
    (sheet,) = out.glob("*.xlsx")
    rows, _ = xlsx_rows(sheet)
    assert all(not row["engine_verdict"] and not row["reviewer_verdict"] for row in rows.values())


def test_blank_sheets_are_judged_without_overrides_and_the_engine_from_a_shown_sheet(tmp_path, sample_report):
    alice = _blank_sheet(tmp_path, "Alice", sample_report)
    bob = _blank_sheet(tmp_path, "Bob", sample_report)
    # each reviewer gives every verdict; no justification is needed where none differs from a shown verdict
    verdicts = {r.id: ("met" if r.verdict.value == "met" else "not met", "") for r in sample_report.requirements}
    edit_xlsx(alice, verdicts)
    edit_xlsx(bob, {**verdicts, "1.1": ("partially met", "")})
    out = tmp_path / "out"
    result = invoke(panel, tmp_path / "sheets", "-o", out)
    assert result.exit_code == 0, result.output + result.stderr
    assert "engine overridden" not in result.output  # nothing was shown to override
    assert "Alice vs engine" not in result.output and "Alice vs Bob" in result.output
    md = next(out.glob("*.decision.md")).read_text(encoding="utf-8")
    assert "withheld" in md and "(override)" not in md
    # a third reviewer with the engine's pre-assessment shown: the engine is rated again, against everyone
    carol = one_sheet(tmp_path, "Carol", sample_report)
    result = invoke(panel, tmp_path / "sheets", "-o", tmp_path / "out2")
    assert result.exit_code == 0, result.output + result.stderr
    assert "Alice vs engine" in result.output


def test_a_blank_sheet_whose_engine_column_was_filled_in_is_refused(tmp_path, sample_report):
    alice = _blank_sheet(tmp_path, "Alice", sample_report)
    wb = openpyxl.load_workbook(alice)
    ws = wb["Review"]
    col = {c.value: c.column for c in ws[3]}
    ws.protection.sheet = False
    ws.cell(row=4, column=col["engine_verdict"]).value = "met"
    ws.cell(row=4, column=col["reviewer_verdict"]).value = "met"
    wb.save(alice)
    result = invoke(panel, tmp_path / "sheets", "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert "a blank sheet's engine columns must stay empty" in result.stderr


# --------------------------------------------------------------------------- the chair's agreed verdicts


def test_the_chair_records_the_verdicts_agreed_after_discussion(tmp_path, sample_report):
    alice = one_sheet(tmp_path, "Alice", sample_report)
    one_sheet(tmp_path, "Bob", sample_report)
    assert next(r for r in sample_report.requirements if r.id == "2.3").verdict.value == "not_met"
    edit_xlsx(alice, {"2.3": ("met", "The route is in Appendix C.")})
    first = invoke(panel, tmp_path / "sheets", "-o", tmp_path / "out", "--chair", "Chris")
    assert first.exit_code == 0, first.output + first.stderr
    (agreed,) = (tmp_path / "out" / "agreed").glob("*.agreed.Chris.xlsx")
    rows, _ = xlsx_rows(agreed)
    assert rows["2.3"]["reviewer_verdict"] == "not met"  # the reviewers' consensus (most cautious) to start from
    assert "The route is in Appendix C." in rows["2.3"]["justification"]
    # after discussion the chair records what the panel agreed, and puts the sheet with the others
    edit_xlsx(agreed, {"2.3": ("partially met", "Agreed: the route exists but its assessment is not described.")})
    shutil.copy(agreed, tmp_path / "sheets" / agreed.name)
    second = invoke(panel, tmp_path / "sheets", "-o", tmp_path / "out2")
    assert second.exit_code == 0, second.output + second.stderr
    assert "Chris" not in second.output.split("Agreement")[1].split("Disagreements")[0]  # the chair is not a rater
    md = next((tmp_path / "out2").glob("*.decision.md")).read_text(encoding="utf-8")
    assert "recorded by the chair, Chris, after discussion" in md
    agreed_part = md.split("## Agreed after discussion")[1].split("## For the panel to discuss")[0]
    assert "**2.3**" in agreed_part and "reviewers not met → agreed **partially met**" in agreed_part
    assert "its assessment is not described" in agreed_part
    db = sqlite3.connect(tmp_path / "out2" / "panel.sqlite")
    (verdict,) = db.execute("SELECT panel_verdict FROM panel_verdicts WHERE requirement = '2.3'").fetchone()
    assert verdict == "partially_met"


def test_a_second_chairs_sheet_for_one_application_is_refused(tmp_path, sample_report):
    one_sheet(tmp_path, "Alice", sample_report)
    assert invoke(panel, tmp_path / "sheets", "-o", tmp_path / "out", "--chair", "Chris").exit_code == 0
    (agreed,) = (tmp_path / "out" / "agreed").glob("*.xlsx")
    shutil.copy(agreed, tmp_path / "sheets" / agreed.name)
    shutil.copy(agreed, tmp_path / "sheets" / ("copy-" + agreed.name))
    result = invoke(panel, tmp_path / "sheets", "-o", tmp_path / "out2")
    assert result.exit_code == 2 and "a second chair's sheet" in result.stderr
