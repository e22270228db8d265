"""The report stage: render a :class:`~approval_engine.judge.verdicts.Report` as
HTML (one self-contained file for a panel), Markdown or JSON."""

from approval_engine.report.render import FORMATS, gaps_first, md_escape, render, suffix, summary_text

__all__ = ["FORMATS", "gaps_first", "md_escape", "render", "suffix", "summary_text"]
