"""The panel report in a real browser (headless Chromium, Debian's package):
screenshots of its top, its gaps list and its outcome matrix render with
nothing on the console, and the show-filter (radio buttons read by CSS, no
script in the report) hides what it says it hides.

The report carries no script (``test_report_safety``), so the filter works
the same with JavaScript turned off; the page that measures it here is a
harness of the test's own, which holds the report in a frame, ticks each
radio button in turn and counts the cards still displayed.

Skipped only when Chromium is absent and the CI variable is not set.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from approval_engine.report import render

CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")) if p
                 and Path(p).exists()), None)
if CHROMIUM is None and not os.environ.get("CI"):
    pytest.skip("chromium is not installed (in CI it is, and this test runs)", allow_module_level=True)

SAMPLE = Path(__file__).resolve().parents[1] / "applications" / "riverside-senco-2009.docx"
CONSOLE = re.compile(r"\bCONSOLE\b")

HARNESS = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>harness</title></head><body>
<iframe id="r" src="report.html" style="width:1200px;height:900px"></iframe>
<pre id="out"></pre>
<script>
document.getElementById("r").addEventListener("load", () => {
  const doc = document.getElementById("r").contentDocument;
  const shown = () => [...doc.querySelectorAll("article.req")]
    .filter(a => doc.defaultView.getComputedStyle(a).display !== "none").map(a => a.id);
  const out = {initial: shown()};
  for (const id of ["show-gaps", "show-low", "show-all"]) {
    doc.getElementById(id).checked = true;
    out[id] = shown();
  }
  document.getElementById("out").textContent = JSON.stringify(out);
});
</script></body></html>"""


def chromium(tmp_path: Path, url: str, *extra: str) -> subprocess.CompletedProcess:
    assert CHROMIUM, "CI is set but chromium is not installed: .ci/run should have installed it"
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
         "--enable-logging=stderr", "--v=0", "--window-size=1200,1400", *extra, url],
        capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=120)


@pytest.fixture(scope="module")
def report(engine, tmp_path_factory) -> tuple[Path, object]:
    folder = tmp_path_factory.mktemp("report")
    result = engine.evaluate_file(SAMPLE)
    page = folder / "report.html"
    page.write_text(render(result, "html"), encoding="utf-8")
    return page, result


#: a page showing the report at one of its anchors (headless Chromium's screenshot of a
#: URL with a fragment is blank; a frame scrolled to the fragment is not)
FRAME = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>html, body {{ margin: 0 }}
iframe {{ border: 0; width: 100vw; height: 100vh; display: block }}</style></head>
<body><iframe src="report.html{where}"></iframe></body></html>"""


@pytest.mark.parametrize("where", ["", "#gaps", "#outcomes"], ids=["top", "gaps", "outcome-matrix"])
def test_screenshots_render_with_a_silent_console(report, tmp_path, where):
    page, _ = report
    frame = page.parent / f"frame{where.replace('#', '-')}.html"
    frame.write_text(FRAME.format(where=where), encoding="utf-8")
    shot = tmp_path / f"report{where.replace('#', '-') or '-top'}.png"
    proc = chromium(tmp_path, frame.as_uri(), "--virtual-time-budget=3000", f"--screenshot={shot}")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert [ln for ln in proc.stderr.splitlines() if CONSOLE.search(ln)] == []
    # a page with something on it: a blank one is a few kilobytes of one colour
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000


def test_the_filter_shows_all_then_gaps_then_low_confidence(report, tmp_path):
    page, result = report
    (page.parent / "harness.html").write_text(HARNESS, encoding="utf-8")
    proc = chromium(tmp_path, (page.parent / "harness.html").as_uri(), "--allow-file-access-from-files",
                    "--virtual-time-budget=5000", "--dump-dom")
    assert proc.returncode == 0, proc.stderr[-2000:]
    shown = json.loads(re.search(r'<pre id="out">(.*?)</pre>', proc.stdout, re.S).group(1).replace("&quot;", '"'))
    cards = lambda ids: sorted(i.replace("req-", "") for i in ids)  # noqa: E731
    anchor = lambda r: r.id.replace(".", "-")  # noqa: E731
    every = sorted(anchor(r) for r in result.requirements)
    gaps = sorted(anchor(r) for r in result.requirements if r.verdict.is_gap)
    low = sorted(anchor(r) for r in result.requirements if r.low_confidence)
    assert gaps and low and len(gaps) < len(every)
    assert cards(shown["initial"]) == every  # nothing hidden until the reader asks
    assert cards(shown["show-gaps"]) == gaps
    assert cards(shown["show-low"]) == low
    assert cards(shown["show-all"]) == every
