"""summary.html in a real browser (headless Chromium): it renders (a
screenshot is written), its inline script logs nothing to the console, and
clicking a column heading sorts the matrix.

Skipped only when Chromium is absent and the CI variable is not set; in CI
(.ci/run installs Debian's chromium) it must run.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

from approval_engine.catalogue import load_catalogue
from approval_engine.round.identity import ruleset_identity
from approval_engine.round.summary import write_summary
from approval_engine.store.round import STAGES, Outcome, RunInfo, Store

CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")) if p
                 and Path(p).exists()), None)

if CHROMIUM is None and not os.environ.get("CI"):
    pytest.skip("chromium is not installed (in CI it is, and this test runs)", allow_module_level=True)

CONSOLE = re.compile(r"\bCONSOLE\b")
VERDICTS = ["met", "partially_met", "not_met", "not_applicable"]


def chromium(tmp_path: Path, url: str, *, screenshot: Path | None = None, dump_dom: bool = False) -> subprocess.CompletedProcess:
    assert CHROMIUM, "CI is set but chromium is not installed: .ci/run should have installed it"
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
            "--enable-logging=stderr", "--v=0", "--window-size=1400,900"]
    if screenshot is not None:
        args.append(f"--screenshot={screenshot}")
    if dump_dom:
        args.append("--dump-dom")
    args.append(url)
    return subprocess.run(args, capture_output=True, text=True, timeout=90)


def console_lines(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if CONSOLE.search(ln)]


@pytest.fixture(scope="module")
def summary(tmp_path_factory) -> Path:
    """A summary.html from a store holding a small round: evaluated, unchanged,
    failed applications, one with a hostile name (no engine needed)."""
    out = tmp_path_factory.mktemp("round")
    ids = load_catalogue().ids()
    identity = ruleset_identity(None)
    store = Store(out / "round.sqlite")
    try:
        run = store.begin_run(RunInfo(input_dir="/round", ruleset=identity.name, ruleset_version=identity.version,
                                      ruleset_fingerprint=identity.fingerprint, ruleset_path=str(identity.path),
                                      engine_version="0.1.0", jobs=2, timeout=120.0, formats="html,json"))
        for n, name in enumerate(["b-weak.docx", "a-strong.docx", "<img src=x onerror=alert(1)>.docx", "c.docx"]):
            verdicts = {rid: VERDICTS[(i * (n + 1)) % 4] if n != 1 else "met" for i, rid in enumerate(ids)}
            counts = {v: sum(1 for x in verdicts.values() if x == v) for v in VERDICTS}
            outcome = Outcome(
                status="ok", title=f"Application {n}", counts=counts, timings={s: 0.1 for s in STAGES},
                verdicts=[(i, rid, rid.split(".")[0], v, 0.8, 0, "why") for i, (rid, v) in enumerate(verdicts.items())],
                report_z=zlib.compress(b"{}"),
            )
            store.record(run, name, f"h{n}", 1000, f"app-{n}", outcome)
        store.record(run, "legacy.doc", "h9", 512, "legacy", Outcome(
            status="failed", error="a legacy Word 97-2003 .doc file: save it as .docx and send it again",
            error_kind="input"))
        store.record(run, "crash.docx", "h8", 512, "crash", Outcome(
            status="failed", error="the worker process evaluating this application was killed by SIGSEGV",
            error_kind="crash"))
        store.finish_run(run)
        write_summary(store, run, out, identity, ("html", "json"))
    finally:
        store.close()
    return out / "summary.html"


def test_the_console_check_catches_errors(tmp_path):
    """Control: the way this test reads Chromium's log does see console errors."""
    bad = tmp_path / "bad.html"
    bad.write_text("<!DOCTYPE html><p>x</p><script>console.error('boom'); nosuchfunction();</script>")
    proc = chromium(tmp_path, bad.as_uri(), screenshot=tmp_path / "bad.png")
    lines = console_lines(proc.stderr)
    assert any("boom" in ln for ln in lines), proc.stderr[-3000:]
    assert any("nosuchfunction" in ln for ln in lines), proc.stderr[-3000:]


def test_summary_renders_without_console_errors(summary, tmp_path):
    shot = tmp_path / "summary.png"
    proc = chromium(tmp_path, summary.as_uri(), screenshot=shot)
    assert shot.is_file() and shot.stat().st_size > 10_000, proc.stderr[-3000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert console_lines(proc.stderr) == [], "the summary logged to the console"


def test_clicking_a_column_heading_sorts_the_matrix(summary, tmp_path):
    """A probe page (the summary plus a script run after the summary's own)
    clicks column headings and records the row order in the DOM."""
    probe_script = """
<script>
(function () {
  function order() {
    return Array.prototype.map.call(document.querySelectorAll("#matrix tbody tr"),
      function (tr) { return tr.cells[0].getAttribute("data-sort"); });
  }
  function click(text) {
    var b = Array.prototype.find.call(document.querySelectorAll("#matrix thead th button"),
      function (b) { return b.textContent.trim() === text; });
    b.click();
    return b.parentNode.getAttribute("aria-sort");
  }
  var result = {initial: order()};
  result.gapsSort1 = click("Gaps"); result.gapsAsc = order();
  result.gapsSort2 = click("Gaps"); result.gapsDesc = order();
  result.nameSort = click("Application"); result.byName = order();
  result.reqSort1 = click("1.1"); result.req11 = order();
  document.documentElement.setAttribute("data-probe", JSON.stringify(result));
}());
</script>
"""
    html = summary.read_text(encoding="utf-8")
    probe = tmp_path / "probe.html"
    probe.write_text(html.replace("</body>", probe_script + "</body>"), encoding="utf-8")
    proc = chromium(tmp_path, probe.as_uri(), dump_dom=True)
    assert console_lines(proc.stderr) == [], "the summary's script (or the probe) logged to the console"
    m = re.search(r'data-probe="([^"]*)"', proc.stdout)
    assert m, proc.stdout[:2000]
    result = json.loads(m.group(1).replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
    img = "<img src=x onerror=alert(1)>.docx"
    # files in path order as the store lists them
    assert result["initial"] == [img, "a-strong.docx", "b-weak.docx", "c.docx", "crash.docx", "legacy.doc"]
    # gaps: failed rows have none (sorted first going up), a-strong and c have 0, b-weak and the other 30;
    # ties are broken by name
    assert result["gapsSort1"] == "ascending"
    assert result["gapsAsc"] == ["crash.docx", "legacy.doc", "a-strong.docx", "c.docx", img, "b-weak.docx"]
    assert result["gapsSort2"] == "descending"
    assert result["gapsDesc"] == [img, "b-weak.docx", "a-strong.docx", "c.docx", "crash.docx", "legacy.doc"]
    assert result["nameSort"] == "ascending" and result["byName"] == result["initial"]
    # requirement 1.1: met before not met, failed rows (no verdict) first
    assert result["reqSort1"] == "ascending"
    assert result["req11"] == ["crash.docx", "legacy.doc", "a-strong.docx", "c.docx", img, "b-weak.docx"]
