"""The command line: click commands only; each command calls one stage and maps errors to exit statuses."""


def main() -> None:
    """The ``approval-engine`` entry point."""
    from approval_engine.cli.main import main as run

    run()
