"""A small round for the web page's tests: the shipped sample and an
application whose every piece of text is a script payload, evaluated by the
real `batch` command; users made through the real `users add` command; a
Flask test client that logs in with a CSRF token like a browser."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from click.testing import CliRunner

from approval_engine.cli.main import main
from conftest import ROOT

PASSWORD = "correct horse battery"
PAYLOAD = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">"
HOSTILE_NAME = "hostile"

USERS = {"Sam Secretary": "secretariat", "Rhea Reviewer": "reviewer", "Rob Reviewer": "reviewer",
         "Cora Conflicted": "reviewer", "Chris Chair": "chair"}


def hostile_application() -> dict:
    """An application whose title, provider, text, table cells and comments all carry a payload."""
    passages = [{"id": "h1", "kind": "heading", "text": f"Criterion 1 {PAYLOAD}", "location": {"paragraph": 1}}]
    for i in range(2, 8):
        passages.append({"id": f"b{i}", "text": f"Participants attend six taught sessions at the university {PAYLOAD} "
                                                f"and complete a school-based assignment {i}.",
                         "location": {"heading_path": [f"Criterion 1 {PAYLOAD}"], "paragraph": i}})
    passages.append({"id": "c1", "kind": "cell", "text": f"Module 1 {PAYLOAD}",
                     "location": {"table": 1, "row": 1, "column": 2}})
    return {"title": f"Hostile {PAYLOAD}", "provider": f"Provider {PAYLOAD}", "passages": passages,
            "comments": [{"author": f"A {PAYLOAD}", "text": f"Comment {PAYLOAD}"}]}


def build_round(tmp: Path) -> Path:
    """A round folder (batch output) with two evaluated applications and one failed file."""
    apps = tmp / "apps"
    apps.mkdir()
    shutil.copy(ROOT / "applications" / "riverside-senco-2009.docx", apps / "riverside.docx")
    (apps / f"{HOSTILE_NAME}.json").write_text(json.dumps(hostile_application()), encoding="utf-8")
    (apps / "broken.docx").write_bytes(b"not a zip at all")
    out = tmp / "round"
    result = CliRunner().invoke(main, ["batch", str(apps), "-o", str(out), "--jobs", "1"])
    assert result.exit_code in (0, 1), result.output
    for name, role in USERS.items():
        r = CliRunner().invoke(main, ["users", "add", name, "--role", role, "--round", str(out), "--password-stdin"],
                               input=PASSWORD + "\n")
        assert r.exit_code == 0, r.output
    return out


_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf(html: str) -> str:
    m = _TOKEN.search(html)
    assert m, "no CSRF token on the page"
    return m.group(1)


class Browserless:
    """A Flask test client acting for one person."""

    def __init__(self, app, name: str | None = None, password: str = PASSWORD):
        self.client = app.test_client()
        self.token = ""
        if name:
            r = self.login(name, password)
            assert r.status_code == 302, (r.status_code, r.get_data(as_text=True)[:300])

    def login(self, name: str, password: str = PASSWORD):
        self.token = csrf(self.client.get("/login").get_data(as_text=True))
        return self.client.post("/login", data={"name": name, "password": password, "csrf_token": self.token})

    def get(self, url: str, **kw):
        r = self.client.get(url, **kw)
        if r.mimetype == "text/html" and r.status_code == 200:
            m = _TOKEN.search(r.get_data(as_text=True))
            if m:
                self.token = m.group(1)
        return r

    def post(self, url: str, data: dict | None = None, *, token: bool = True, json_reply: bool = True, **kw):
        data = dict(data or {})
        if token:
            data.setdefault("csrf_token", self.token)
        headers = {"Accept": "application/json"} if json_reply else {}
        return self.client.post(url, data=data, headers=headers, **kw)
