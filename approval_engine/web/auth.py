"""Logging in and out, who is logged in, and what each role may do.

A session cookie holds the user's id and a fingerprint of their password
hash, so changing a password ends every session made with the old one.
"""

from __future__ import annotations

import functools
import hashlib

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, session, url_for

from approval_engine.store.web import Role, User
from approval_engine.web.passwords import needs_rehash, verify, hash_password

bp = Blueprint("auth", __name__)


def ext() -> dict:
    return current_app.extensions["approval_engine"]


def wants_json() -> bool:
    """The page's script (or any client) asked for a JSON answer."""
    return request.accept_mimetypes.best == "application/json" or request.is_json


@functools.lru_cache(maxsize=1024)
def _fingerprint(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]


def current_user() -> User | None:
    if "user" in g:
        return g.user
    user = None
    uid = session.get("uid")
    if uid is not None:
        user = ext()["store"].user(g.db, uid)
        if user is None or not user.active or session.get("fp") != _fingerprint(user.password_hash):
            session.clear()
            user = None
    g.user = user
    return user


def login_required(view=None, *, roles: tuple[Role, ...] = ()):
    """The view needs a logged-in user (of one of ``roles``, if given: else 403)."""
    if view is None:
        return functools.partial(login_required, roles=roles)

    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        user = current_user()
        if user is None:
            if request.method == "GET":
                return redirect(url_for("auth.login", next=request.full_path if request.query_string else request.path))
            abort(401)
        if roles and user.role not in roles:
            abort(403)
        return view(*args, **kwargs)

    return wrapped


@bp.app_context_processor
def _user() -> dict:
    return {"user": current_user()}


def _safe_next(target: str | None) -> str:
    """Only a path on this site (never another site's address)."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("overview.index")


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html.j2", next=request.args.get("next", ""))
    name = " ".join(request.form.get("name", "").split())
    password = request.form.get("password", "")
    limiter, limits = ext()["limiter"], ext()["limits"]
    account = ("login-account", name.lower())
    address = ("login-address", request.remote_addr or "")
    if not limiter.test(limits["account"], *account) or not limiter.test(limits["address"], *address):
        return render_template("login.html.j2", next=request.form.get("next", ""), name=name,
                               error="Too many failed attempts: wait a minute and try again."), 429
    store = ext()["store"]
    user = store.user_named(g.db, name) if name else None
    if not verify(user.password_hash if user else None, password) or not user.active:
        limiter.hit(limits["account"], *account)
        limiter.hit(limits["address"], *address)
        return render_template("login.html.j2", next=request.form.get("next", ""), name=name,
                               error="That name and password do not match."), 401
    if needs_rehash(user.password_hash):
        store.set_password(g.db, user.name, hash_password(password), actor=user.name)
        user = store.user(g.db, user.id)
    session.clear()
    session.permanent = True
    session["uid"] = user.id
    session["fp"] = _fingerprint(user.password_hash)
    return redirect(_safe_next(request.form.get("next")))


@bp.route("/logout", methods=["POST"])
def logout():
    session.clear()
    flash("You are logged out.")
    return redirect(url_for("auth.login"))
