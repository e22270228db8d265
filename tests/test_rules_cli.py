"""``approval-engine rules test`` and ``rules coverage`` through the real command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from approval_engine.judge.evaluate import default_ruleset_path

ROOT = Path(__file__).resolve().parents[1]
BASE = default_ruleset_path().read_text()


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "approval_engine", *args], capture_output=True, text=True, timeout=300)


def test_rules_test_passes_on_the_shipped_rulesets():
    for ruleset in ("tda-senco-2008.yaml", "tda-senco-2008-tailored.yaml"):
        proc = run("rules", "test", str(ROOT / "rulesets" / ruleset))
        assert proc.returncode == 0, proc.stdout[-2000:]
        last = proc.stdout.strip().splitlines()[-1]
        assert "examples passed" in last and "FAILED" not in last


def test_rules_test_names_the_broken_example_and_what_decided_it(tmp_path):
    # 2.3's met example rewritten so the route is not offered: the example now fails
    start = BASE.index('  - id: "2.3"')
    block = BASE[start:]
    met = block.index("met:\n", block.index("examples:"))
    line_start = met + len("met:\n")
    line_end = block.index("\n", line_start)
    broken = block[:line_start] + "        - We do not offer an assessment-only route to anyone." + block[line_end:]
    p = tmp_path / "broken.yaml"
    p.write_text(BASE[:start] + broken)
    proc = run("rules", "test", str(p), "--rule", "2.3")
    assert proc.returncode == 1
    assert "FAIL 2.3 met[0]: expected met, got not_met" in proc.stdout
    assert "claim row negated" in proc.stdout  # what decided it, in the ruleset's own terms
    assert proc.stdout.strip().splitlines()[-1].endswith("FAILED: 2.3 met[0]")


def test_rules_test_unknown_rule_is_one_line_exit_2():
    proc = run("rules", "test", "--rule", "9.9")
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1 and "9.9" in proc.stderr


def test_rules_coverage_lists_what_never_fires(tmp_path):
    from docx import Document

    d = Document()
    d.add_paragraph("All assignments are second-marked and moderated, and the external examiner samples every module.")
    d.save(tmp_path / "one.docx")
    (tmp_path / "broken.docx").write_bytes(b"not a zip")
    proc = run("rules", "coverage", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("1 applications read, 1 could not be read")
    assert "broken.docx" in out
    never = out[out.index("patterns that matched nothing"):out.index("judgement rules that never fired")]
    from approval_engine.rules.loader import load_ruleset

    rule = load_ruleset(default_ruleset_path()).rule("5.8")
    moderation = next(a for a in rule.aspects if a.name == "moderation")
    unused = [line for line in never.splitlines() if line.strip().startswith("5.8 moderation match:")]
    assert len(unused) == len(moderation.match) - 1  # the one pattern the application's sentence matched
    assert "2.3 route match" in never
    fired = out[out.index("judgement rules by facts derived"):]
    assert "asserted" in fired
