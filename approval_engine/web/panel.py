"""The chair's pages: each application's reviewers' verdicts beside the
engine's, the verdict the panel agreed after discussion, the decision under
the ruleset's ``panel:`` rule (recorded by the chair, exported as the same
decision sheets as the ``panel`` command), the round's agreement figures,
and the audit trail. The secretariat may read them; only the chair changes
them."""

from __future__ import annotations

import json

from flask import Blueprint, Response, abort, flash, g, redirect, render_template, request, url_for

from approval_engine.judge.verdicts import Verdict
from approval_engine.panel.render import render_agreement_md, render_decision
from approval_engine.panel.sheets import has_text
from approval_engine.store.web import Role
from approval_engine.web.access import application_or_404
from approval_engine.web.auth import current_user, ext, login_required, wants_json
from approval_engine.web.decisions import round_agreement, scoring

bp = Blueprint("panel", __name__)

READERS = (Role.CHAIR, Role.SECRETARIAT)


def _scoring(name: str):
    user = current_user()
    app = application_or_404(name, user)
    e = ext()
    return app, scoring(e["data"], e["store"], g.db, app, e["rule"], e["catalogue"])


@bp.route("/applications/<name>/panel")
@login_required(roles=READERS)
def application_panel(name: str):
    app, s = _scoring(name)
    store = ext()["store"]
    agreed = store.agreed(g.db, app.key)
    d = s.decision
    reqs = sorted(d.requirements, key=lambda r: (not r.reviewers_disagree, not r.overridden_by)) if d else []
    return render_template("panel.html.j2", app=app, s=s, d=d, reqs=reqs, agreed=agreed,
                           verdicts=list(Verdict), recorded=store.decision(g.db, app.key),
                           audit=store.audit(g.db, app.key, limit=200))



@bp.route("/applications/<name>/agreed/<rid>", methods=["POST"])
@login_required(roles=(Role.CHAIR,))
def save_agreed(name: str, rid: str):
    app, s = _scoring(name)
    if s.decision is None:
        abort(409)
    req = next((r for r in s.decision.requirements if r.id == rid), None)
    if req is None:
        abort(404)
    try:
        verdict = Verdict(request.form.get("verdict", ""))
    except ValueError:
        abort(400)
    note = request.form.get("note", "").strip()
    consensus = req.consensus or req.panel_verdict
    if verdict != consensus and not has_text(note):
        message = (f"{rid}: the agreed verdict ({verdict.label}) differs from the reviewers' "
                   f"({consensus.label}): record why. Nothing was saved.")
        if wants_json():
            return {"ok": False, "error": message}, 422
        flash(message, "error")
        return redirect(url_for(".application_panel", name=name) + f"#{req.anchor}")
    audit_id = ext()["store"].save_agreed(g.db, app.key, current_user(), rid, verdict.value, note)
    if wants_json():
        return {"ok": True, "requirement": rid, "changed": audit_id is not None, "audit_id": audit_id}
    flash(f"{rid}: agreed verdict saved ({verdict.label}).")
    return redirect(url_for(".application_panel", name=name) + f"#{req.anchor}")


@bp.route("/applications/<name>/decision", methods=["POST"])
@login_required(roles=(Role.CHAIR,))
def record_decision(name: str):
    app, s = _scoring(name)
    d = s.decision
    if d is None:
        flash("No reviewer has scored every requirement yet: there is nothing to decide on.", "error")
        return redirect(url_for(".application_panel", name=name))
    summary = {
        "outcome": d.outcome, "rule": d.rule, "reviewers": d.reviewers, "chair": d.chair,
        "criteria": {c.id: c.verdict.value for c in d.criteria},
        "conditions": [r.id for r in d.conditions],
        "verdicts": {r.id: r.panel_verdict.value for r in d.requirements},
    }
    ext()["store"].record_decision(g.db, app.key, app.title, d.outcome, current_user(), summary)
    flash(f"Decision recorded: {d.outcome_label}.")
    return redirect(url_for(".application_panel", name=name))


@bp.route("/applications/<name>/decision.<fmt>")
@login_required(roles=READERS)
def export_decision(name: str, fmt: str):
    if fmt not in ("html", "md"):
        abort(404)
    app, s = _scoring(name)
    if s.decision is None:
        abort(404)
    recorded = ext()["store"].decision(g.db, app.key)
    s.decision.decided_at = recorded["recorded_at"] if recorded else "(not yet recorded)"
    body = render_decision(s.decision, fmt)
    mimetype = "text/html" if fmt == "html" else "text/markdown"
    headers = {"Content-Disposition": f'attachment; filename="{app.name}.decision.{fmt}"'}
    if fmt == "html":  # the decision sheet carries its own inline styles
        headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'"
    return Response(body, mimetype=mimetype, headers=headers)


@bp.route("/agreement")
@login_required(roles=READERS)
def agreement_page():
    e = ext()
    ag, decisions = round_agreement(e["data"], e["store"], g.db, e["rule"], e["catalogue"])
    names = {a.title: a.name for a in e["data"].applications}
    return render_template("agreement.html.j2", ag=ag, decisions=decisions, names=names)


@bp.route("/agreement.<fmt>")
@login_required(roles=READERS)
def agreement_export(fmt: str):
    e = ext()
    ag, _ = round_agreement(e["data"], e["store"], g.db, e["rule"], e["catalogue"])
    if fmt == "md":
        return Response(render_agreement_md(ag), mimetype="text/markdown")
    if fmt == "json":
        return Response(json.dumps(ag.as_dict(), indent=2, ensure_ascii=False), mimetype="application/json")
    abort(404)


@bp.route("/audit")
@login_required(roles=READERS)
def audit():
    store = ext()["store"]
    key = None
    if request.args.get("application"):
        key = application_or_404(request.args["application"], current_user()).key
    by_key = {a.key: a for a in ext()["data"].applications}
    return render_template("audit.html.j2", rows=store.audit(g.db, key, limit=1000), by_key=by_key)
