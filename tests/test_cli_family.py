"""The command line as one family: the same option names everywhere, an example
in every --help, identifiers in any case with the nearest offered for an unknown
one before anything is evaluated, a short summary from evaluate by default, a
diff that puts regressions first, a panel that names every bad row at once."""

from __future__ import annotations

import json
import re

import click
import pytest
from click.testing import CliRunner

from approval_engine.cli.main import main
from conftest import ROOT

SAMPLE = ROOT / "applications" / "riverside-senco-2009.docx"
WRITERS = ("evaluate", "annotate", "check", "diff", "template", "batch", "review", "panel")


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    yield prefix, group
    for name, cmd in group.commands.items():
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, prefix + (name,))
        else:
            yield prefix + (name,), cmd


def invoke(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.mark.parametrize("path", [p for p, _ in _commands(main)], ids=lambda p: " ".join(p) or "main")
def test_every_help_has_an_example(path):
    res = invoke(*path, "--help")
    assert res.exit_code == 0
    block = re.search(r"^  Examples?:\n((?:    approval-engine .*\n)+)", res.output, re.M)
    assert block, res.output
    if path:  # the example runs the command it documents
        assert all(line.split()[1:1 + len(path)] == list(path) for line in block.group(1).splitlines())


@pytest.mark.parametrize("name", WRITERS)
def test_output_is_dash_o_and_dash_dash_output_everywhere(name):
    help_text = invoke(name, "--help").output
    assert re.search(r"^\s+-o, --output\b", help_text, re.M), help_text


def test_evaluate_prints_a_short_summary_by_default_and_json_on_request():
    res = invoke("evaluate", SAMPLE)
    assert res.exit_code == 1
    assert not res.output.lstrip().startswith("{")
    lines = res.output.splitlines()
    assert re.match(r"\d+ met, \d+ partially met, \d+ not met, \d+ not applicable$", lines[1])
    report = json.loads(invoke("evaluate", SAMPLE, "--format", "json").output)
    gaps = [r["id"] for r in report["requirements"] if r["verdict"] in ("not_met", "partially_met")]
    listed = re.findall(r"^  (\S+)\s+(?:not met|partially met)", res.output, re.M)
    assert sorted(listed) == sorted(gaps)
    # not met before partially met
    kinds = re.findall(r"^  \S+\s+(not met|partially met)", res.output, re.M)
    assert kinds == sorted(kinds, key=lambda k: k != "not met")
    assert len(res.output) < 4000  # short: the report itself is --format html/md/json


def test_evaluate_output_suffix_chooses_the_format(tmp_path):
    res = invoke("evaluate", SAMPLE, "-o", tmp_path / "r.md")
    assert res.exit_code == 1 and (tmp_path / "r.md").read_text(encoding="utf-8").startswith("# Gap report")
    res = invoke("evaluate", SAMPLE, "-o", tmp_path / "r.json")
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["requirements"]
    res = invoke("evaluate", SAMPLE, "-o", tmp_path / "r.txt")
    assert res.exit_code == 2 and "--format" in res.output


def test_requirement_ids_in_any_case_and_criteria_by_number():
    one = invoke("criteria", "6.k1")
    assert one.exit_code == 0 and one.output.startswith("6.K1 ")
    crit = invoke("criteria", "5")
    ids = re.findall(r"^  (\S+) ", crit.output, re.M)
    assert crit.exit_code == 0 and ids and all(i.startswith("5.") for i in ids)
    assert invoke("criteria", "e").output.strip().startswith("E ")


def test_an_unknown_id_names_the_nearest_before_any_evaluation(tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"")  # evaluating it would fail with "empty": the id is checked first
    res = invoke("explain", broken, "2.33")
    assert res.exit_code == 2
    assert "unknown requirement identifier '2.33'; did you mean 2.3" in res.output
    assert "empty" not in res.output
    res = invoke("criteria", "6.S10")
    assert res.exit_code == 2 and "did you mean 6.S1" in res.output


def test_explain_takes_an_id_in_any_case():
    res = invoke("explain", SAMPLE, "6.s2D")
    assert res.exit_code == 0 and res.output.startswith("6.S2d ")
