"""The report stage: render a :class:`~approval_engine.judge.verdicts.Report` as
HTML (one self-contained file for a panel), Markdown or JSON."""

from approval_engine.report.render import FORMATS, md_escape, render, suffix

__all__ = ["FORMATS", "md_escape", "render", "suffix"]
