"""An application's page: the engine's verdicts with their evidence beside
the application's own text, and a reviewer's scoring.

A reviewer's verdict is saved the moment it changes (the page's script posts
it; without scripts each requirement's Save button does). A verdict that
differs from the engine's is refused without a justification. A reviewer
starts either from the engine's verdicts or blank (the engine's
pre-assessment then stays hidden from them, as on a blank review sheet).
Review sheets can be downloaded and uploaded for reviewers working offline.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from flask import Blueprint, abort, flash, g, redirect, render_template, request, send_file, url_for

from approval_engine.errors import EngineError
from approval_engine.judge.verdicts import Verdict
from approval_engine.panel.sheets import has_text, sheet_filename
from approval_engine.web.access import application_or_404
from approval_engine.web.auth import current_user, ext, login_required, wants_json
from approval_engine.web.decisions import reviewer_sheet
from approval_engine.web.document import anchor, blocks

bp = Blueprint("applications", __name__, url_prefix="/applications")

MAX_JUSTIFICATION = 4000



@bp.route("/<name>")
@login_required
def page(name: str):
    user = current_user()
    app = application_or_404(name, user)
    data, store = ext()["data"], ext()["store"]
    report = data.report(app)
    if report is None:
        abort(404)
    text = data.text(app)
    mode = g.assignment["mode"] if user.is_reviewer else ""  # found by application_or_404
    scores = store.scores(g.db, app.key, user.id) if user.is_reviewer else {}
    hide_engine = user.is_reviewer and mode != "engine"
    cat = ext()["catalogue"]
    return render_template(
        "application.html.j2", app=app, report=report, mode=mode, scores=scores, hide_engine=hide_engine,
        blocks=blocks(text, report, show_quotes=not hide_engine) if text else None, anchor=anchor,
        comments=(text or {}).get("comments", report.comments), verdicts=list(Verdict),
        short={r.id: cat.short_for(r.id, r.title) for r in report.requirements},
        decision=store.decision(g.db, app.key) if not user.is_reviewer else None)


@bp.route("/<name>/start", methods=["POST"])
@login_required
def start(name: str):
    user = current_user()
    app = application_or_404(name, user)
    if not user.is_reviewer:
        abort(403)
    mode = request.form.get("mode", "")
    if mode not in ("engine", "blank"):
        abort(400)
    report = ext()["data"].report(app)
    ext()["store"].start(g.db, app.key, user, mode, {r.id: r.verdict.value for r in report.requirements})
    return redirect(url_for(".page", name=name))


def _refuse(name: str, rid: str, message: str, status: int = 422):
    if wants_json():
        return {"ok": False, "error": message, "requirement": rid}, status
    flash(message, "error")
    return redirect(url_for(".page", name=name) + f"#req-{rid}")


@bp.route("/<name>/scores/<rid>", methods=["POST"])
@login_required
def save_score(name: str, rid: str):
    user = current_user()
    app = application_or_404(name, user)
    if not user.is_reviewer:
        abort(403)
    store = ext()["store"]
    report = ext()["data"].report(app)
    req = next((r for r in report.requirements if r.id == rid), None)
    if req is None:
        abort(404)
    assignment = g.assignment  # found by application_or_404
    if not assignment["mode"]:
        return _refuse(name, rid, "Choose how to start (from the engine's verdicts, or blank) before scoring.", 409)
    try:
        verdict = Verdict(request.form.get("verdict", ""))
    except ValueError:
        return _refuse(name, rid, f"{rid}: choose a verdict (met, partially met, not met or not applicable).")
    justification = request.form.get("justification", "").strip()
    if len(justification) > MAX_JUSTIFICATION:
        return _refuse(name, rid, f"{rid}: the justification is longer than {MAX_JUSTIFICATION} characters.")
    if assignment["mode"] == "engine" and verdict != req.verdict and not has_text(justification):
        return _refuse(name, rid, f"{rid}: your verdict ({verdict.label}) differs from the engine's "
                                  f"({req.verdict.label}): say why in the justification. Nothing was saved.")
    audit_id = store.save_score(g.db, app.key, user, rid, verdict.value, justification)
    if wants_json():
        return {"ok": True, "requirement": rid, "changed": audit_id is not None, "audit_id": audit_id,
                "verdict": verdict.value}
    flash(f"{rid}: saved ({verdict.label}).")
    return redirect(url_for(".page", name=name) + f"#req-{rid}")


@bp.route("/<name>/sheets/<reviewer>.<fmt>")
@login_required
def download_sheet(name: str, reviewer: str, fmt: str):
    """A reviewer's review sheet as it stands: their own, to work on offline, or
    any reviewer's for the chair and the secretariat. Another reviewer's is 404."""
    user = current_user()
    app = application_or_404(name, user)
    store = ext()["store"]
    owner = store.user_named(g.db, reviewer)
    if fmt not in ("xlsx", "csv") or owner is None or not owner.is_reviewer:
        abort(404)
    if user.is_reviewer and owner.id != user.id:
        abort(404)
    assignment = store.assignment(g.db, app.key, owner.id)
    scores = store.scores(g.db, app.key, owner.id)
    if assignment is None and not scores:
        abort(404)
    from approval_engine.panel.sheet_write import write_sheet

    mode = (assignment["mode"] if assignment else "") or "engine"
    sheet = reviewer_sheet(ext()["data"].report(app), owner.name, mode, scores, ext()["catalogue"])
    with tempfile.TemporaryDirectory() as tmp:
        path = write_sheet(sheet, Path(tmp) / sheet_filename(sheet, fmt))
        payload = path.read_bytes()
    return send_file(io.BytesIO(payload), as_attachment=True, download_name=sheet_filename(sheet, fmt))


@bp.route("/<name>/sheet", methods=["POST"])
@login_required
def upload_sheet(name: str):
    """A review sheet filled in offline: every row checked as ``panel`` checks it,
    then each verdict that changed recorded (and audited) in one transaction."""
    user = current_user()
    app = application_or_404(name, user)
    if not user.is_reviewer:
        abort(403)
    from approval_engine.panel.sheet_read import read_sheet
    from approval_engine.panel.sheets import SheetProblems

    upload = request.files.get("sheet")
    suffix = Path(upload.filename or "").suffix.lower() if upload else ""
    if upload is None or suffix not in (".xlsx", ".csv"):
        flash("Choose a review sheet (.xlsx or .csv) to upload.", "error")
        return redirect(url_for(".page", name=name))
    store = ext()["store"]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"upload{suffix}"
        upload.save(path)
        try:
            sheet = read_sheet(path, catalogue=ext()["catalogue"])
        except SheetProblems as exc:
            flash("; ".join(str(p).replace(str(path), upload.filename or "sheet") for p in exc.problems[:10]), "error")
            return redirect(url_for(".page", name=name))
        except EngineError as exc:
            flash(str(exc).replace(str(path), upload.filename or "sheet"), "error")
            return redirect(url_for(".page", name=name))
    if sheet.key != app.key:
        flash(f"{upload.filename}: this sheet is for another application ({sheet.application}).", "error")
        return redirect(url_for(".page", name=name))
    if sheet.reviewer.lower() != user.name.lower():
        flash(f"{upload.filename}: this is {sheet.reviewer}'s sheet, not yours.", "error")
        return redirect(url_for(".page", name=name))
    wanted = {r.id for r in ext()["data"].report(app).requirements}
    verdicts = [(r.id, r.reviewer_verdict.value, r.justification) for r in sheet.rows
                if r.id in wanted and r.reviewer_verdict is not None]
    changed = store.import_scores(g.db, app.key, user, verdicts, mode="blank" if sheet.blank else "engine")
    flash(f"{upload.filename}: {changed} verdict{'s' if changed != 1 else ''} recorded from the sheet.")
    return redirect(url_for(".page", name=name))
