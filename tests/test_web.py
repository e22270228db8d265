"""The panel's web page through HTTP (Flask's test client over a real round
made by `batch`, users made by `users add`): roles and access, scoring and
its audit trail, the chair's decision, review sheets, and security (CSRF,
rate-limited logins, escaping, cookies)."""

from __future__ import annotations

import io
import re
import shutil
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from approval_engine.cli.main import main
from approval_engine.store.round import Store
from approval_engine.web.app import create_app
from web_support import HOSTILE_NAME, PASSWORD, PAYLOAD, USERS, Browserless, build_round

SAMPLE = "riverside"


@pytest.fixture(scope="module")
def template_round(tmp_path_factory) -> Path:
    return build_round(tmp_path_factory.mktemp("web"))


@pytest.fixture()
def round_dir(template_round, tmp_path) -> Path:
    """A copy of the round per test: each starts from the same state."""
    return Path(shutil.copytree(template_round, tmp_path / "round"))


@pytest.fixture()
def app(round_dir):
    a = create_app(round_dir)
    a.config["TESTING"] = True
    return a


def audit(round_dir: Path, action: str | None = None) -> list[sqlite3.Row]:
    db = sqlite3.connect(round_dir / "round.sqlite")
    db.row_factory = sqlite3.Row
    try:
        sql = "SELECT * FROM web_audit" + (" WHERE action = ?" if action else "") + " ORDER BY id"
        return db.execute(sql, (action,) if action else ()).fetchall()
    finally:
        db.close()


def assign(app, *pairs: tuple[str, str]) -> None:
    sec = Browserless(app, "Sam Secretary")
    sec.get("/admin/")
    for application, reviewer in pairs:
        r = sec.post("/admin/assign", {"application": application, "user": reviewer}, json_reply=False)
        assert r.status_code == 302


def started(app, name: str, mode: str = "engine", application: str = SAMPLE) -> Browserless:
    rev = Browserless(app, name)
    rev.get(f"/applications/{application}")
    assert rev.post(f"/applications/{application}/start", {"mode": mode}, json_reply=False).status_code == 302
    return rev


def engine_verdicts(round_dir: Path, application: str = SAMPLE) -> dict[str, str]:
    store = Store(round_dir / "round.sqlite")
    try:
        row = next(r for r in store.rows(store.latest_run()["id"]) if r.output_name == application)
        return dict(row.verdicts)
    finally:
        store.close()


def other(verdict: str) -> str:
    return "not_met" if verdict != "not_met" else "met"


# ---------------------------------------------------------------- the round


def test_round_keeps_each_applications_text_and_quotes_point_into_it(round_dir):
    store = Store(round_dir / "round.sqlite")
    try:
        row = next(r for r in store.rows(store.latest_run()["id"]) if r.output_name == SAMPLE)
        text, report = store.application(row.source_result_id), store.report(row.source_result_id)
    finally:
        store.close()
    ids = {p["id"] for p in text["passages"]}
    quoted = {e["passage_id"] for r in report["requirements"] for e in r["evidence"]}
    assert quoted and quoted <= ids


def test_overview_lists_the_round_and_its_failures_for_the_secretariat(app):
    html = Browserless(app, "Sam Secretary").get("/").get_data(as_text=True)
    assert f'href="/applications/{SAMPLE}"' in html and f'href="/applications/{HOSTILE_NAME}"' in html
    assert "broken.docx" in html  # the file the round could not evaluate
    filtered = Browserless(app, "Sam Secretary").get("/?q=riverside").get_data(as_text=True)
    assert f"/applications/{HOSTILE_NAME}" not in filtered and f"/applications/{SAMPLE}" in filtered


# ---------------------------------------------------------------- logging in


def test_login_needs_the_right_password_and_sets_a_hardened_cookie(app):
    c = Browserless(app)
    assert c.login("Rhea Reviewer", "wrong password").status_code == 401
    r = c.login("Rhea Reviewer", PASSWORD)
    assert r.status_code == 302
    cookie = r.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert c.get("/").status_code == 200


def test_pages_need_a_login(app):
    c = app.test_client()
    assert c.get("/").status_code == 302 and "/login" in c.get("/").headers["Location"]
    assert c.get(f"/applications/{SAMPLE}").status_code == 302


def test_wrong_passwords_are_rate_limited_per_account(app):
    c = Browserless(app)
    for _ in range(5):
        assert c.login("Rob Reviewer", "not the password").status_code == 401
    # the sixth attempt is refused before the password is even checked, right or wrong
    assert c.login("Rob Reviewer", "not the password").status_code == 429
    assert c.login("Rob Reviewer", PASSWORD).status_code == 429
    # another account from the same address is not locked out by it
    assert Browserless(app).login("Rhea Reviewer", PASSWORD).status_code == 302


def test_a_session_survives_a_restart_of_the_server(round_dir):
    first = create_app(round_dir)
    c = Browserless(first, "Chris Chair")
    second = create_app(round_dir)  # a new process would build the app again from the same store
    cookie = c.client.get_cookie("approval_engine_session")
    fresh = second.test_client()
    fresh.set_cookie("approval_engine_session", cookie.value)
    assert fresh.get("/").status_code == 200


def test_changing_a_password_ends_the_sessions_made_with_the_old_one(app, round_dir):
    c = Browserless(app, "Rob Reviewer")
    assert c.get("/").status_code == 200
    r = CliRunner().invoke(main, ["users", "passwd", "Rob Reviewer", "--round", str(round_dir), "--password-stdin"],
                           input="a brand new password\n")
    assert r.exit_code == 0, r.output
    assert c.get("/").status_code == 302  # back to the login page
    assert Browserless(app).login("Rob Reviewer", "a brand new password").status_code == 302


# ---------------------------------------------------------------- CSRF


def test_posts_without_a_csrf_token_are_refused_and_change_nothing(app, round_dir):
    assign(app, (SAMPLE, "Rhea Reviewer"))
    rev = started(app, "Rhea Reviewer")
    before = len(audit(round_dir))
    assert rev.post(f"/applications/{SAMPLE}/scores/E.1", {"verdict": "not_met", "justification": "x"},
                    token=False).status_code == 403
    assert rev.post(f"/applications/{SAMPLE}/scores/E.1", {"verdict": "not_met", "justification": "x",
                                                           "csrf_token": "forged"}, token=False).status_code == 403
    sec = Browserless(app, "Sam Secretary")
    assert sec.post("/admin/assign", {"application": HOSTILE_NAME, "user": "Rob Reviewer"},
                    token=False).status_code == 403
    assert Browserless(app).client.post("/login", data={"name": "Rob Reviewer", "password": PASSWORD}).status_code == 403
    assert len(audit(round_dir)) == before


# ---------------------------------------------------------------- who sees what


def test_a_reviewer_sees_only_what_is_assigned_and_never_a_conflicted_application(app):
    assign(app, (SAMPLE, "Rhea Reviewer"), (SAMPLE, "Cora Conflicted"), (HOSTILE_NAME, "Cora Conflicted"))
    rhea = Browserless(app, "Rhea Reviewer")
    home = rhea.get("/").get_data(as_text=True)
    assert f"/applications/{SAMPLE}" in home and f"/applications/{HOSTILE_NAME}" not in home
    assert rhea.get(f"/applications/{HOSTILE_NAME}").status_code == 404
    assert rhea.post(f"/applications/{HOSTILE_NAME}/scores/E.1", {"verdict": "met"}).status_code == 404

    sec = Browserless(app, "Sam Secretary")
    sec.get("/admin/")
    assert sec.post("/admin/conflict", {"application": SAMPLE, "user": "Cora Conflicted",
                                        "note": "was an external examiner of this programme"},
                    json_reply=False).status_code == 302
    cora = Browserless(app, "Cora Conflicted")
    assert cora.get(f"/applications/{SAMPLE}").status_code == 404
    assert f"/applications/{SAMPLE}" not in cora.get("/").get_data(as_text=True)
    assert cora.get(f"/applications/{HOSTILE_NAME}").status_code == 200
    # a conflicted person cannot be assigned it again
    sec.get("/admin/")
    sec.post("/admin/assign", {"application": SAMPLE, "user": "Cora Conflicted"}, json_reply=False)
    assert Browserless(app, "Cora Conflicted").get(f"/applications/{SAMPLE}").status_code == 404


def test_a_reviewer_cannot_open_another_reviewers_sheet_or_the_chairs_pages(app):
    assign(app, (SAMPLE, "Rhea Reviewer"), (SAMPLE, "Rob Reviewer"))
    started(app, "Rob Reviewer")
    rhea = Browserless(app, "Rhea Reviewer")
    assert rhea.get(f"/applications/{SAMPLE}/sheets/Rob Reviewer.xlsx").status_code == 404
    assert rhea.get(f"/applications/{SAMPLE}/sheets/Rhea Reviewer.xlsx").status_code == 200
    for url in (f"/applications/{SAMPLE}/panel", f"/applications/{SAMPLE}/decision.md", "/agreement", "/audit",
                "/admin/"):
        assert rhea.get(url).status_code == 403, url
    chair = Browserless(app, "Chris Chair")
    assert chair.get(f"/applications/{SAMPLE}/sheets/Rob Reviewer.xlsx").status_code == 200
    assert chair.get("/admin/").status_code == 403  # assigning is the secretariat's


# ---------------------------------------------------------------- scoring


def test_an_override_without_justification_is_refused_and_with_one_is_saved_and_audited(app, round_dir):
    assign(app, (SAMPLE, "Rhea Reviewer"))
    rev = started(app, "Rhea Reviewer")
    engine = engine_verdicts(round_dir)
    new = other(engine["E.1"])
    r = rev.post(f"/applications/{SAMPLE}/scores/E.1", {"verdict": new, "justification": "  "})
    assert r.status_code == 422 and "justification" in r.json["error"]
    r = rev.post(f"/applications/{SAMPLE}/scores/E.1", {"verdict": new, "justification": "The validation is only hoped for."})
    assert r.status_code == 200 and r.json["ok"] and r.json["changed"]
    last = audit(round_dir, "score")[-1]
    assert (last["subject"], last["requirement"], last["old_verdict"], last["new_verdict"]) == (
        "Rhea Reviewer", "E.1", engine["E.1"], new)
    assert last["new_justification"] == "The validation is only hoped for." and last["id"] == r.json["audit_id"]
    # the same save again changes nothing and adds no audit row
    again = rev.post(f"/applications/{SAMPLE}/scores/E.1", {"verdict": new, "justification": "The validation is only hoped for."})
    assert again.json["changed"] is False and audit(round_dir, "score")[-1]["id"] == last["id"]
    # a reload shows what was saved
    page = rev.get(f"/applications/{SAMPLE}").get_data(as_text=True)
    form = page[page.index('data-rid="E.1"'):]
    assert re.search(rf'<option value="{new}" selected>', form[: form.index("</form>")])


def test_starting_from_the_engine_records_its_verdicts_as_the_reviewers_with_an_audit_row_each(app, round_dir):
    assign(app, (SAMPLE, "Rhea Reviewer"))
    started(app, "Rhea Reviewer", "engine")
    rows = audit(round_dir, "start")
    engine = engine_verdicts(round_dir)
    assert {r["requirement"]: r["new_verdict"] for r in rows if r["requirement"]} == engine


def test_a_blank_start_hides_the_engines_verdicts_and_needs_no_justification(app, round_dir):
    assign(app, (SAMPLE, "Rob Reviewer"))
    rev = started(app, "Rob Reviewer", "blank")
    page = rev.get(f"/applications/{SAMPLE}").get_data(as_text=True)
    assert 'class="badge met"' not in page and 'class="badge not_met"' not in page and "<mark>" not in page
    engine = engine_verdicts(round_dir)
    r = rev.post(f"/applications/{SAMPLE}/scores/E.1", {"verdict": other(engine["E.1"]), "justification": ""})
    assert r.status_code == 200 and r.json["ok"]


def test_scoring_before_starting_is_refused(app):
    assign(app, (SAMPLE, "Rhea Reviewer"))
    rev = Browserless(app, "Rhea Reviewer")
    rev.get(f"/applications/{SAMPLE}")
    assert rev.post(f"/applications/{SAMPLE}/scores/E.1", {"verdict": "met"}).status_code == 409


# ---------------------------------------------------------------- the chair


def _score_all(rev: Browserless, ids: list[str], verdict: str, why: str = "") -> None:
    for rid in ids:
        r = rev.post(f"/applications/{SAMPLE}/scores/{rid}", {"verdict": verdict, "justification": why})
        assert r.status_code == 200, r.json


def test_the_chair_sees_agreement_records_agreed_verdicts_and_the_decision(app, round_dir):
    engine = engine_verdicts(round_dir)
    ids = list(engine)
    assign(app, (SAMPLE, "Rhea Reviewer"), (SAMPLE, "Rob Reviewer"))
    rhea = started(app, "Rhea Reviewer", "engine")  # agrees with the engine throughout
    rob = started(app, "Rob Reviewer", "blank")
    _score_all(rob, ids, "met")
    chair = Browserless(app, "Chris Chair")
    page = chair.get(f"/applications/{SAMPLE}/panel").get_data(as_text=True)
    assert "Rhea Reviewer" in page and "Rob Reviewer" in page and "Decision under the panel rule" in page
    disputed = next(rid for rid in ids if engine[rid] != "met")
    # reviewers disagree there: the agreed verdict needs a note when it differs from their consensus
    r = chair.post(f"/applications/{SAMPLE}/agreed/{disputed}", {"verdict": "not_met", "note": ""})
    consensus_refused = r.status_code == 422
    r2 = chair.post(f"/applications/{SAMPLE}/agreed/{disputed}", {"verdict": "not_met", "note": "Discussed: no arrangement."})
    assert r2.status_code == 200 and r2.json["ok"]
    assert consensus_refused or r.status_code == 200
    assert chair.post(f"/applications/{SAMPLE}/decision", json_reply=False).status_code == 302
    db = sqlite3.connect(round_dir / "round.sqlite")
    outcome = db.execute("SELECT outcome, recorded_by FROM web_decisions").fetchall()
    db.close()
    assert len(outcome) == 1 and outcome[0][1] == "Chris Chair"
    md = chair.get(f"/applications/{SAMPLE}/decision.md").get_data(as_text=True)
    assert "Panel decision" in md and "Rhea Reviewer" in md
    agreement = chair.get("/agreement").get_data(as_text=True)
    assert "Rhea Reviewer vs engine" in agreement and "Rhea Reviewer vs Rob Reviewer" in agreement
    # Rhea took the engine's verdicts: her agreement with the engine is complete
    row = agreement[agreement.index("Rhea Reviewer vs engine"):]
    assert re.search(r"<td>100%</td>", row[: row.index("</tr>")])
    assert rhea.get(f"/applications/{SAMPLE}/panel").status_code == 403
    # the reviewers' agreement shows disagreements first
    assert agreement.index('id="disagreements"') < agreement.index('id="pairs"')


def test_only_the_chair_records_agreed_verdicts_and_decisions(app):
    sec = Browserless(app, "Sam Secretary")
    sec.get("/")
    assert sec.post(f"/applications/{SAMPLE}/decision").status_code == 403
    assert sec.post(f"/applications/{SAMPLE}/agreed/E.1", {"verdict": "met"}).status_code == 403


# ---------------------------------------------------------------- review sheets


def test_a_sheet_filled_in_offline_is_imported_and_audited(app, round_dir):
    assign(app, (SAMPLE, "Rhea Reviewer"))
    rev = started(app, "Rhea Reviewer", "engine")
    engine = engine_verdicts(round_dir)
    data = rev.get(f"/applications/{SAMPLE}/sheets/Rhea Reviewer.xlsx").data
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb["Review"]
    header_row = next(r for r in ws.iter_rows() if r[0].value == "id")
    cols = {c.value: c.column for c in header_row}
    for row in ws.iter_rows(min_row=header_row[0].row + 1):
        if row[0].value == "E.1":
            ws.cell(row=row[0].row, column=cols["reviewer_verdict"], value=other(engine["E.1"]).replace("_", " "))
            ws.cell(row=row[0].row, column=cols["justification"], value="Checked against the validation letter.")
    buf = io.BytesIO()
    wb.save(buf)
    r = rev.client.post(f"/applications/{SAMPLE}/sheet", data={"csrf_token": rev.token,
                                                                "sheet": (io.BytesIO(buf.getvalue()), "mine.xlsx")},
                        content_type="multipart/form-data")
    assert r.status_code == 302
    imported = audit(round_dir, "import")
    assert [(a["requirement"], a["new_verdict"]) for a in imported] == [("E.1", other(engine["E.1"]))]
    # Rob cannot upload Rhea's sheet as his
    assign(app, (SAMPLE, "Rob Reviewer"))
    rob = started(app, "Rob Reviewer")
    rob.client.post(f"/applications/{SAMPLE}/sheet", data={"csrf_token": rob.token,
                                                            "sheet": (io.BytesIO(buf.getvalue()), "hers.xlsx")},
                    content_type="multipart/form-data")
    assert len(audit(round_dir, "import")) == 1


# ---------------------------------------------------------------- escaping


def test_a_script_in_application_text_is_inert_on_every_page(app):
    assign(app, (HOSTILE_NAME, "Rhea Reviewer"))
    rev = started(app, "Rhea Reviewer", "engine", application=HOSTILE_NAME)
    for rid in ("E.1", "1.1"):
        rev.post(f"/applications/{HOSTILE_NAME}/scores/{rid}", {"verdict": "met", "justification": PAYLOAD})
    chair = Browserless(app, "Chris Chair")
    sec = Browserless(app, "Sam Secretary")
    pages = [(rev, "/"), (rev, f"/applications/{HOSTILE_NAME}"), (chair, "/"), (chair, f"/applications/{HOSTILE_NAME}"),
             (chair, f"/applications/{HOSTILE_NAME}/panel"), (chair, "/agreement"), (chair, "/audit"), (sec, "/admin/")]
    for who, url in pages:
        r = who.get(url)
        html = r.get_data(as_text=True)
        assert r.status_code == 200, url
        assert "<script>window.__pwned" not in html and "onerror=\"window" not in html, url
        assert "&lt;script&gt;window.__pwned" in html, url  # shown, as text
        assert "script-src 'self'" in r.headers["Content-Security-Policy"], url
    login = Browserless(app).login(PAYLOAD, "whatever")
    assert "<script>window.__pwned" not in login.get_data(as_text=True)


# ---------------------------------------------------------------- the commands


def test_users_add_refuses_a_duplicate_or_a_short_password_in_one_line(round_dir):
    r = CliRunner().invoke(main, ["users", "add", "rhea reviewer", "--role", "reviewer", "--round", str(round_dir),
                                  "--password-stdin"], input=PASSWORD + "\n")
    assert r.exit_code == 2 and "already a user" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(main, ["users", "add", "New Person", "--role", "chair", "--round", str(round_dir),
                                  "--password-stdin"], input="short\n")
    assert r.exit_code == 2 and "at least 8" in r.output
    listed = CliRunner().invoke(main, ["users", "list", "--round", str(round_dir)]).output
    assert all(name in listed for name in USERS)


def test_stored_passwords_are_argon2_hashes(round_dir):
    db = sqlite3.connect(round_dir / "round.sqlite")
    hashes = [h for (h,) in db.execute("SELECT password_hash FROM web_users")]
    db.close()
    assert hashes and all(h.startswith("$argon2id$") and PASSWORD not in h for h in hashes)


def test_serve_refuses_a_folder_that_is_not_a_round(tmp_path):
    r = CliRunner().invoke(main, ["serve", str(tmp_path)])
    assert r.exit_code == 2 and "round.sqlite" in r.output and len(r.output.strip().splitlines()) == 1
