"""Who may see which application. A reviewer sees only the applications
assigned to them and never one they have declared a conflict on; asking for
another by its address gets 404, as if it did not exist. The chair and the
secretariat see every application."""

from __future__ import annotations

from flask import abort, g

from approval_engine.store.web import User
from approval_engine.web.auth import ext
from approval_engine.web.round_data import Application


def visible(user: User) -> list[Application]:
    data = ext()["data"]
    if not user.is_reviewer:
        return list(data.applications)
    store = ext()["store"]
    mine = {r["application_key"] for r in store.assignments(g.db) if r["user_id"] == user.id}
    conflicted = {r["application_key"] for r in store.conflicts(g.db) if r["user_id"] == user.id}
    return [a for a in data.applications if a.key in mine and a.key not in conflicted]


def application_or_404(name: str, user: User) -> Application:
    data = ext()["data"]
    app = data.by_name(name)
    if app is None:
        abort(404)
    if user.is_reviewer:
        store = ext()["store"]
        g.assignment = store.open_assignment(g.db, app.key, user.id)
        if g.assignment is None:
            abort(404)
    return app
