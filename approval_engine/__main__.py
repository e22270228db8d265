"""``python -m approval_engine``: the same as the ``approval-engine`` command."""

from approval_engine.cli.main import main

main()
