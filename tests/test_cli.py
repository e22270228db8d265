"""The command line: the JSON contract, exit statuses, one-line errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from approval_engine.cli.main import main
from conftest import N_REQUIREMENTS, REQUIREMENT_IDS, ROOT

SAMPLE = ROOT / "applications" / "riverside-senco-2009.docx"


def run(*args: str) -> subprocess.CompletedProcess:
    """Run the installed console entry point as a user would."""
    return subprocess.run([sys.executable, "-m", "approval_engine", *args], capture_output=True, text=True, timeout=120)


def word_file(path: Path, *paragraphs: str) -> Path:
    d = docx.Document()
    d.add_heading("Application for approval", level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(str(path))
    return path


def test_evaluate_json_contract_on_the_sample():
    proc = run("evaluate", str(SAMPLE), "--format", "json")
    assert proc.returncode == 1, proc.stderr  # the sample has gaps by design
    report = json.loads(proc.stdout)
    ids = [r["id"] for r in report["requirements"]]
    assert len(ids) == N_REQUIREMENTS and set(ids) == set(REQUIREMENT_IDS)
    for r in report["requirements"]:
        assert r["verdict"] in ("met", "partially_met", "not_met", "not_applicable")
        assert {"id", "criterion", "verdict", "evidence", "rationale"} <= set(r)
        for e in r["evidence"]:
            assert e["quote"] and e["location"] and e["where"]
        if r["verdict"] in ("met", "partially_met"):
            assert r["evidence"], f"{r['id']} has no evidence"
    assert report["ruleset"] == "tda-senco-2008"
    verdicts = {r["id"]: r["verdict"] for r in report["requirements"]}
    assert verdicts["2.3"] == "not_met"  # "We do not offer an assessment-only route"
    assert verdicts["5.6"] == "not_met"  # absent from the sample


def test_exit_zero_when_everything_is_met(tmp_path, monkeypatch):
    """A ruleset whose only rule is met gives status 0."""
    rs = tmp_path / "one.yaml"
    base = (ROOT / "rulesets" / "tda-senco-2008.yaml").read_text()
    head = base.split("\nrequirements:")[0]
    rs.write_text(head.replace("ruleset: tda-senco-2008", "ruleset: one-rule-test") + """
requirements:
  - id: "5.8"
    title: Moderated assessment
    cites: Annex 2, 5.8
    doc: Assessments are moderated.
    aspects:
      - name: moderation
        describe: moderation of assessment
        match: ["moderat(?:ion|ed)"]
""")
    f = word_file(tmp_path / "app.docx", "All assignments are second-marked and moderated by the external examiner.")
    proc = run("evaluate", str(f), "--ruleset", str(rs), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["requirements"][0]["verdict"] == "met"


def test_exit_one_with_gaps(tmp_path):
    f = word_file(tmp_path / "thin.docx", "We run a short course for SENCOs.")
    proc = run("evaluate", str(f), "--format", "json")
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["summary"]["counts"]["not_met"] > 50


@pytest.mark.parametrize(
    "name,content,expect",
    [
        ("empty.docx", b"", "empty"),
        ("random.docx", b"\x00\x01garbage" * 50, "not a Word"),
        ("legacy.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, ".docx"),
        ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, ".doc"),
        ("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 600, "password"),
        ("bad.json", b"{not json", "invalid JSON"),
        ("bad.yaml", b"title: [unclosed", "invalid YAML"),
        ("wrongtypes.json", b'{"title": 3, "passages": "no"}', "passages"),
        ("tagged.yaml", b"title: !!python/object/apply:os.system ['echo pwned']\npassages: []\n", "YAML"),
    ],
)
def test_bad_input_one_line_exit_2(tmp_path, name, content, expect):
    f = tmp_path / name
    f.write_bytes(content)
    proc = run("evaluate", str(f))
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert name in lines[0] and expect.lower() in lines[0].lower()
    assert "Traceback" not in proc.stderr


def test_missing_file_and_folder(tmp_path):
    proc = run("evaluate", str(tmp_path / "nope.docx"))
    assert proc.returncode == 2 and "nope.docx" in proc.stderr and "no such file" in proc.stderr
    proc = run("evaluate", str(tmp_path))
    assert proc.returncode == 2 and "folder" in proc.stderr


def test_malformed_ruleset_named_with_place(tmp_path):
    rs = tmp_path / "broken.yaml"
    rs.write_text((ROOT / "rulesets" / "tda-senco-2008.yaml").read_text().replace('describe: a higher education', 'describx: a higher education', 1))
    proc = run("rules", "check", str(rs))
    assert proc.returncode == 2
    assert "broken.yaml" in proc.stderr and "E.1" in proc.stderr and "describe" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_output_file_and_formats(tmp_path):
    for fmt, marker in (("html", "<!DOCTYPE html>"), ("md", "# "), ("json", '"requirements"')):
        out = tmp_path / f"r.{fmt}"
        proc = run("evaluate", str(SAMPLE), "--format", fmt, "--output", str(out))
        assert proc.returncode == 1, proc.stderr
        assert proc.stdout == ""
        assert marker in out.read_text(encoding="utf-8")


def test_other_commands():
    r = CliRunner()
    assert r.invoke(main, ["--version"]).output.startswith("approval-engine, version")
    out = r.invoke(main, ["criteria"]).output
    assert "6.S2d" in out and "E.1" in out
    res = r.invoke(main, ["criteria", "2.3"])
    assert res.exit_code == 0 and "assessment-only" in res.output and "para 16" in res.output.lower()
    assert r.invoke(main, ["criteria", "9.9"]).exit_code == 2
    res = r.invoke(main, ["rules", "check"])
    assert res.exit_code == 0 and f"valid: {N_REQUIREMENTS} rules" in res.output  # one rule per requirement
    schema = json.loads(r.invoke(main, ["schema"]).output)
    assert "passages" in schema["properties"]
    for cmd in (["evaluate", "--help"], ["criteria", "--help"], ["rules", "check", "--help"], ["schema", "--help"], ["explain", "--help"]):
        assert r.invoke(main, cmd).exit_code == 0


def test_explain_shows_facts_rule_and_passages():
    res = CliRunner().invoke(main, ["explain", str(SAMPLE), "2.3", "--rules"])
    assert res.exit_code == 0, res.output
    out = res.output
    assert "verdict rule 2.3:not_met" in out and '"a_route": "negated"' in out  # the record the verdict rules read
    assert "status from judgement rule: precedence.negated" in out  # the judgement rule, in the ruleset's terms
    # each passage with the claims row that classified it, the pattern and the words it matched
    assert "[against: negated, by declined]" in out and "pattern: assessment[- ]only" in out
    assert 'matched: "assessment-only"' in out


def test_explain_says_in_plain_words_what_matched_and_why_it_counted_or_not():
    out = CliRunner().invoke(main, ["explain", str(SAMPLE), "2.3"]).output
    assert out.splitlines()[2].startswith("Not met: an assessment-only route")
    assert "{" not in out and "$neq" not in out  # no rule-engine JSON
    assert "✗ not counted: stated as not offered" in out
    assert '"We do not offer an assessment-only route."' in out
    assert 'the words "assessment-only" are what this part looks for' in out
    assert re.search(r'at .*¶\d+ · find in Word: "We do not offer', out)
    met = CliRunner().invoke(main, ["explain", str(SAMPLE), "5.8"]).output
    assert "✓ counted as evidence" in met


def test_explain_sentences_lists_every_sentence_with_its_kind():
    r = CliRunner()
    res = r.invoke(main, ["explain", str(SAMPLE), "--sentences"])
    assert res.exit_code == 0, res.output
    lines = [line for line in res.output.splitlines() if line.startswith("    \"")]
    assert len(lines) > 50  # every sentence, quoted under its location and kind
    assert ": statement" in res.output
    assert res.output.splitlines()[-1].startswith("kinds: ")
    # with neither a requirement nor --sentences there is nothing to explain: a one-line error
    res = r.invoke(main, ["explain", str(SAMPLE)])
    assert res.exit_code == 2 and "give a requirement id" in res.output


def test_application_given_as_json_and_yaml(tmp_path, engine):
    from approval_engine.judge.evaluate import read_application

    app = read_application(SAMPLE)
    j = tmp_path / "app.json"
    j.write_text(app.model_dump_json())
    y = tmp_path / "app.yaml"
    import yaml

    y.write_text(yaml.safe_dump(app.model_dump(mode="json"), allow_unicode=True))
    a = engine.evaluate(read_application(j))
    b = engine.evaluate(read_application(y))
    c = engine.evaluate(app)
    v = lambda rep: [(r.id, r.verdict) for r in rep.requirements]  # noqa: E731
    assert v(a) == v(b) == v(c)
