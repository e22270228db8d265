"""The panel's web page: ``approval-engine serve ROUND_DIR``.

| module | does |
|---|---|
| ``app.py`` | builds the Flask application over a round's store; sessions, CSRF, security headers |
| ``auth.py`` | logging in (rate-limited) and out; the logged-in user; what each role may open |
| ``passwords.py`` | argon2id password hashes |
| ``access.py`` | which applications a user may see (assignments, conflicts) |
| ``round_data.py`` | the round's latest run, reports and application text, from the store |
| ``document.py`` | the application's text as blocks with anchors, quoted words marked |
| ``overview.py`` | the round: matrix, failures, reviewers' progress |
| ``applications.py`` | an application's page; scoring; review sheets out and in |
| ``decisions.py`` | scores as review sheets: the decision and agreement from the ``panel`` code |
| ``panel.py`` | the chair's pages: agreed verdicts, decision, agreement, audit trail |
| ``admin.py`` | the secretariat's page: assignments and conflicts of interest |
| ``serve.py`` | the production server (waitress) |
"""
