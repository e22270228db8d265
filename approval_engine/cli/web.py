"""The panel's web page: ``serve`` and ``users``."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

import click

from approval_engine.cli.support import user_errors
from approval_engine.errors import EngineError

ROLES = ("secretariat", "reviewer", "chair")


@click.command()
@click.argument("round_dir", type=click.Path(path_type=Path), metavar="ROUND_DIR")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (the default is this machine only; 0.0.0.0 listens on every network).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--secure-cookies", is_flag=True,
              help="Send the session cookie over HTTPS only (behind a TLS-terminating proxy).")
@user_errors
def serve(round_dir: Path, host: str, port: int, secure_cookies: bool) -> None:
    """Serve the panel's web page over a round (the output folder of `batch`):
    the round's matrix, each application's verdicts and evidence beside its
    text, reviewers' scores saved as they go, agreement and the decision.
    Add the first user with `approval-engine users add NAME --role secretariat
    --round ROUND_DIR`.

    \b
    Examples:
      approval-engine serve round/                  # then open http://127.0.0.1:8000/
      approval-engine serve round/ --host 0.0.0.0 --port 8080 --secure-cookies   # behind a TLS proxy
    """
    from approval_engine.web.serve import serve as run

    def ready(server) -> None:
        h, p = server.effective_host, server.effective_port
        click.echo(f"approval-engine: serving {round_dir} at http://{h}:{p}/ (Ctrl-C stops)", err=True)

    try:
        run(round_dir, host, port, secure_cookies=secure_cookies, on_ready=ready)
    except OSError as exc:
        raise EngineError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    except KeyboardInterrupt:
        pass


round_option = click.option("--round", "round_dir", type=click.Path(path_type=Path), default=Path("."),
                            show_default=True, help="The round's folder (the output folder of `batch`).")


@contextmanager
def _opened(round_dir: Path):
    """The round's web tables and a connection to them, closed afterwards."""
    from approval_engine.store.web import WebStore, store_path

    store = WebStore(store_path(round_dir))
    db = store.connect()
    try:
        yield store, db
    finally:
        db.close()


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


@click.group()
def users() -> None:
    """The people who use the panel's web page, and their roles.

    \b
    Examples:
      approval-engine users add "S. Secretary" --role secretariat --round round/
      approval-engine users list --round round/
    """


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True,
              help="secretariat: assigns applications; reviewer: scores what is assigned; chair: sees everything, decides.")
@round_option
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input instead of asking.")
@user_errors
def add(name: str, role: str, round_dir: Path, password_stdin: bool) -> None:
    """Add a user; the password is asked for (twice) and stored hashed (argon2id).

    \b
    Example:
      approval-engine users add "A. Patel" --role reviewer --round round/
    """
    from approval_engine.store.web import Role
    from approval_engine.web.passwords import hash_password

    name = " ".join(name.split())
    if not name or len(name) > 100 or name.lower() == "engine":
        raise EngineError("give the person's name (up to 100 characters; 'engine' is reserved)")
    with _opened(round_dir) as (store, db):
        store.add_user(db, name, Role(role), hash_password(_password(password_stdin)), actor="command line")
    click.echo(f"added {name} ({role})")


@users.command("passwd")
@click.argument("name")
@round_option
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input instead of asking.")
@user_errors
def passwd(name: str, round_dir: Path, password_stdin: bool) -> None:
    """Set a user's password (their sessions end).

    \b
    Example:
      approval-engine users passwd "A. Patel" --round round/
    """
    from approval_engine.web.passwords import hash_password

    with _opened(round_dir) as (store, db):
        store.set_password(db, name, hash_password(_password(password_stdin)), actor="command line")
    click.echo(f"password changed for {name}")


@users.command("list")
@round_option
@user_errors
def list_users(round_dir: Path) -> None:
    """List the users and their roles.

    \b
    Example:
      approval-engine users list --round round/
    """
    with _opened(round_dir) as (store, db):
        for u in store.users(db):
            click.echo(f"{u.name}\t{u.role.value}")


COMMANDS = (serve, users)
