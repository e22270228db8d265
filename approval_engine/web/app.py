"""The panel's web application (Flask, jinja2 templates rendered on the
server, served by waitress: see :mod:`approval_engine.web.serve`).

:func:`create_app` builds it over a round's output folder. It holds no state
of its own: users, assignments, scores and the audit trail are in the round's
SQLite store, the reports and the applications' text too, so the server can
be stopped and started again at any time without losing anything it
acknowledged.

Security, all in one place here:

* sessions are Flask's signed cookies (itsdangerous), HttpOnly and
  SameSite=Strict, signed with a key kept in the store;
* every POST needs a CSRF token (Flask-WTF), in the form or in the
  ``X-CSRFToken`` header;
* failed logins are rate-limited per account and per address (the ``limits``
  library, in memory: one server process serves the panel);
* templates escape everything (autoescape is on for every template, whatever
  its name), and the Content-Security-Policy allows scripts only from the
  server's own static files, so text from an application is never run.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from flask import Flask, g, render_template
from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import FixedWindowRateLimiter
from flask_wtf.csrf import CSRFError, CSRFProtect

from approval_engine import __version__
from approval_engine.catalogue import load_catalogue
from approval_engine.panel.rule import load_panel_rule
from approval_engine.store.web import WebStore, store_path
from approval_engine.web.round_data import RoundData

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")

csrf = CSRFProtect()

#: what an error page says
ERRORS = {
    403: "You may not see or change this.",
    404: "There is nothing here (or nothing you may see).",
    413: "The file is too large to be a review sheet.",
    429: "Too many failed attempts: wait a minute and try again.",
}


def create_app(round_dir: Path, *, secure_cookies: bool = False, login_limit: str = "5 per minute",
               address_limit: str = "30 per minute") -> Flask:
    """The web application over a batch round's output folder (or its ``round.sqlite``)."""
    path = store_path(round_dir)
    store = WebStore(path)
    data = RoundData(path)
    catalogue = load_catalogue()
    rule = load_panel_rule(data.ruleset_path, catalogue=catalogue)

    app = Flask(__name__)
    db = store.connect()
    try:
        secret = store.secret_key(db)
    finally:
        db.close()
    app.config.update(
        SECRET_KEY=secret,
        SESSION_COOKIE_NAME="approval_engine_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_SECURE=secure_cookies,
        PERMANENT_SESSION_LIFETIME=timedelta(hours=12),  # from logging in: a panel's day
        SESSION_REFRESH_EACH_REQUEST=False,  # no new cookie signed on every save
        WTF_CSRF_TIME_LIMIT=None,  # the token lives as long as the session
        MAX_CONTENT_LENGTH=10 * 1024 * 1024,  # an uploaded review sheet
    )
    app.jinja_env.autoescape = True  # every template, '.html.j2' included
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.extensions["approval_engine"] = {
        "store": store, "data": data, "catalogue": catalogue, "rule": rule,
        # failed logins: per account, and per address across accounts
        "limiter": FixedWindowRateLimiter(MemoryStorage()),
        "limits": {"account": parse(login_limit), "address": parse(address_limit)},
    }
    csrf.init_app(app)

    from approval_engine.web import admin, applications, auth, overview, panel
    from approval_engine.web.auth import wants_json

    for module in (auth, overview, applications, panel, admin):
        app.register_blueprint(module.bp)

    @app.before_request
    def _open() -> None:
        g.db = store.thread_connection()  # kept by the server's thread from one request to the next
        data.refresh()

    @app.after_request
    def _headers(response):
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "same-origin"
        if response.mimetype == "text/html":
            response.headers["Cache-Control"] = "no-store"
        return response

    @app.context_processor
    def _globals() -> dict:
        return {"engine_version": __version__, "run": data.run}

    def _error(status: int, message: str):
        if wants_json():
            return {"ok": False, "error": message}, status
        return render_template("error.html.j2", status=status, message=message), status

    @app.errorhandler(CSRFError)
    def _csrf(exc):
        return _error(403, f"refused: {exc.description} Reload the page and try again.")

    for status, message in ERRORS.items():
        app.register_error_handler(status, lambda exc, status=status, message=message: _error(status, message))

    return app
