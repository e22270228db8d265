"""The panel's web page in a real headless Chromium (Debian's, driven by
Playwright), against the real server (`approval-engine serve`, waitress) on
loopback: the secretariat assigns, two reviewers log in and score (one
override refused until it is justified, the saved verdict still there after a
reload), a quote scrolls the document to its passage, the chair sees the
agreement and records the decision. Every page is screenshotted and must log
no console error (the Content-Security-Policy reports a blocked inline script
or style there too).

Skipped only when Chromium or Playwright is absent and the CI variable is not
set; in CI (.ci/run installs Debian's chromium) it must run.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from web_support import PASSWORD, build_round

CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")) if p
                 and Path(p).exists()), None)
try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # pragma: no cover
    sync_playwright = None

if (CHROMIUM is None or sync_playwright is None) and not os.environ.get("CI"):
    pytest.skip("chromium or playwright is not installed (in CI both are, and this test runs)", allow_module_level=True)

SAMPLE = "riverside"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    round_dir = build_round(tmp_path_factory.mktemp("browser"))
    port = _free_port()
    exe = Path(sys.executable).with_name("approval-engine")
    proc = subprocess.Popen([str(exe), "serve", str(round_dir), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/login", timeout=2)
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"the server did not start: {proc.stdout.read().decode(errors='replace')}")
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM, "CI is set but chromium is not installed: .ci/run should have installed it"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Person:
    """One person's own browser context (their own cookies), collecting console errors."""

    def __init__(self, browser, base: str, name: str, shots: Path):
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.base, self.name, self.shots = base, name, shots
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(base + "/login")
        self.page.fill("input[name=name]", name)
        self.page.fill("input[name=password]", PASSWORD)
        self.page.click("form.login button[type=submit]")
        self.page.wait_for_url(base + "/")

    def go(self, path: str) -> None:
        self.page.goto(self.base + path)

    def shot(self, label: str) -> Path:
        path = self.shots / f"{label}.png"
        self.page.screenshot(path=str(path), full_page=False)
        assert path.stat().st_size > 5_000, f"{label}: the screenshot is empty"
        return path


def test_a_round_scored_in_the_browser(server, browser, tmp_path):
    shots = tmp_path
    people = []

    # the secretariat assigns the sample to both reviewers
    sec = Person(browser, server, "Sam Secretary", shots)
    people.append(sec)
    sec.shot("overview-secretariat")
    sec.go("/admin/")
    row = sec.page.locator(f"tr#app-{SAMPLE}")
    for reviewer in ("Rhea Reviewer", "Rob Reviewer"):
        row.locator("form.assign select").select_option(reviewer)
        row.locator("form.assign button").click()
        sec.page.wait_for_load_state()
        row = sec.page.locator(f"tr#app-{SAMPLE}")
    expect(row).to_contain_text("Rhea Reviewer")
    expect(row).to_contain_text("Rob Reviewer")
    sec.shot("assignments")

    # Rhea starts from the engine's verdicts and overrides one
    rhea = Person(browser, server, "Rhea Reviewer", shots)
    people.append(rhea)
    rhea.go(f"/applications/{SAMPLE}")
    rhea.page.click("button[value=engine]")
    form = rhea.page.locator('form.score[data-rid="E.1"]')
    engine = form.get_attribute("data-engine")
    new = "not_met" if engine != "not_met" else "met"
    form.locator("select").select_option(new)
    expect(form.locator("output.status")).to_contain_text("say why")  # refused: no justification
    # what was refused is not lost: a reload puts it back, marked as not saved
    rhea.page.reload()
    form = rhea.page.locator('form.score[data-rid="E.1"]')
    expect(form.locator("select")).to_have_value(new)
    expect(form.locator("output.status")).to_contain_text("not saved yet")
    form.locator("textarea").fill("The university's validation is only planned.")
    form.locator("textarea").blur()  # a change event: saved
    expect(form.locator("output.status")).to_contain_text("saved")
    rhea.shot("application-reviewer")
    rhea.page.reload()
    expect(rhea.page.locator('form.score[data-rid="E.1"] select')).to_have_value(new)
    expect(rhea.page.locator('form.score[data-rid="E.1"] textarea')).to_have_value(
        "The university's validation is only planned.")

    # a quote scrolls the document view to its passage, highlighted
    quote = rhea.page.locator('article#req-E\\.1 a.quote').first
    target_id = quote.get_attribute("href")[1:]
    quote.click()
    target = rhea.page.locator(f"#{target_id}")
    assert target.evaluate("el => el.matches(':target')")
    assert target.evaluate("""el => { const pane = document.querySelector('section.doc').getBoundingClientRect();
                                      const r = el.getBoundingClientRect();
                                      return r.top >= pane.top - 1 && r.top < pane.bottom; }""")
    assert target.evaluate("el => getComputedStyle(el).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    rhea.shot("quote-highlighted")

    # Rob starts blank (no engine verdicts shown) and scores every requirement
    rob = Person(browser, server, "Rob Reviewer", shots)
    people.append(rob)
    rob.go(f"/applications/{SAMPLE}")
    rob.page.click("button[value=blank]")
    assert rob.page.locator("span.badge.met").count() == 0
    forms = rob.page.locator("form.score")
    total = forms.count()
    for i in range(total):
        f = forms.nth(i)
        f.locator("select").select_option("met")
        expect(f.locator("output.status")).to_contain_text("saved")
    expect(rob.page.locator("#scored")).to_have_text(str(total))
    rob.shot("application-blank")

    # the chair: agreement and the decision
    chair = Person(browser, server, "Chris Chair", shots)
    people.append(chair)
    chair.go("/agreement")
    expect(chair.page.locator("#pairs")).to_contain_text("Rhea Reviewer vs Rob Reviewer")
    expect(chair.page.locator("#pairs")).to_contain_text("Rob Reviewer vs engine")
    chair.shot("agreement")
    chair.go(f"/applications/{SAMPLE}/panel")
    chair.page.click("section.decision form button")
    expect(chair.page.locator("p.recorded")).to_contain_text("Recorded by Chris Chair")
    chair.shot("decision")
    chair.go("/audit")
    expect(chair.page.locator("table.audit")).to_contain_text("decide")
    chair.shot("audit")

    # the refused override is the one error Chromium logs by itself (a 422 answer to the page's save)
    refused = [e for e in rhea.errors if "status of 422" in e]
    assert len(refused) == 1, rhea.errors
    rhea.errors.remove(refused[0])
    for p in people:
        assert p.errors == [], f"{p.name}: console errors {p.errors}"
        p.context.close()
