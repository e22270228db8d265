"""Serving the panel's web page with waitress, a production WSGI server
(pure Python, a pool of threads; one process serves a national panel).
Bound to 127.0.0.1 unless told otherwise."""

from __future__ import annotations

from pathlib import Path

THREADS = 16


def serve(round_dir: Path, host: str = "127.0.0.1", port: int = 8000, *, threads: int = THREADS,
          secure_cookies: bool = False, on_ready=None) -> None:
    from waitress import create_server

    from approval_engine.web.app import create_app

    app = create_app(round_dir, secure_cookies=secure_cookies)
    server = create_server(app, host=host, port=port, threads=threads, ident="approval-engine",
                           clear_untrusted_proxy_headers=True)
    if on_ready is not None:
        on_ready(server)
    try:
        server.run()
    finally:
        server.close()
