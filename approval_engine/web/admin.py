"""The secretariat's page: who reviews which application, and the conflicts
of interest people have declared. A declared conflict ends that person's
assignment to the application and prevents another."""

from __future__ import annotations

from collections import defaultdict

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for

from approval_engine.store.db import StoreError
from approval_engine.store.web import Role
from approval_engine.web.auth import current_user, ext, login_required

bp = Blueprint("admin", __name__, url_prefix="/admin")

SECRETARIAT = (Role.SECRETARIAT,)


@bp.route("/")
@login_required(roles=SECRETARIAT)
def index():
    store, data = ext()["store"], ext()["data"]
    assigned, conflicts = defaultdict(list), defaultdict(list)
    for r in store.assignments(g.db):
        assigned[r["application_key"]].append(r)
    for r in store.conflicts(g.db):
        conflicts[r["application_key"]].append(r)
    return render_template("admin.html.j2", apps=data.applications, assigned=assigned, conflicts=conflicts,
                           reviewers=store.users(g.db, Role.REVIEWER), users=store.users(g.db))


def _target():
    store, data = ext()["store"], ext()["data"]
    app = data.by_name(request.form.get("application", ""))
    user = store.user_named(g.db, request.form.get("user", ""))
    if app is None or user is None:
        abort(400)
    return store, app, user


@bp.route("/assign", methods=["POST"])
@login_required(roles=SECRETARIAT)
def assign():
    store, app, user = _target()
    if not user.is_reviewer:
        flash(f"{user.name} is not a reviewer.", "error")
    else:
        try:
            if store.assign(g.db, app.key, user, current_user().name):
                flash(f"{app.title}: assigned to {user.name}.")
            else:
                flash(f"{app.title} was already assigned to {user.name}.")
        except StoreError as exc:
            flash(f"{app.title}: not assigned: {exc}.", "error")
    return redirect(url_for(".index") + f"#app-{app.name}")


@bp.route("/unassign", methods=["POST"])
@login_required(roles=SECRETARIAT)
def unassign():
    store, app, user = _target()
    if store.unassign(g.db, app.key, user, current_user().name):
        flash(f"{app.title}: no longer assigned to {user.name} (their scores are kept).")
    return redirect(url_for(".index") + f"#app-{app.name}")


@bp.route("/conflict", methods=["POST"])
@login_required(roles=SECRETARIAT)
def conflict():
    store, app, user = _target()
    note = request.form.get("note", "").strip()
    if not note:
        flash("Say what the conflict of interest is.", "error")
    else:
        store.declare_conflict(g.db, app.key, user, note, current_user().name)
        flash(f"{app.title}: conflict of interest recorded for {user.name}.")
    return redirect(url_for(".index") + f"#app-{app.name}")
