"""The self-check rendered: text for a terminal (80 columns; colour only when
asked, i.e. on a TTY) or one self-contained, printable HTML page
(``report/templates/check.html.j2``, autoescaped: the draft's text is never
trusted)."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import click
import jinja2

from approval_engine.judge.verdicts import Verdict
from approval_engine.provider.readiness import CheckReport
from approval_engine.report.render import environment

WIDTH = 80
FORMATS = ("text", "html")
SUFFIXES = {"text": ".check.txt", "html": ".check.html"}


def render_check(report: CheckReport, fmt: str, color: bool = False) -> str:
    if fmt == "text":
        return render_text(report, color=color)
    if fmt == "html":
        return render_html(report)
    raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")


def percent(x: float | None) -> str:
    return "n/a" if x is None else f"{round(x * 100)}%"


def bar(x: float | None, width: int = 10) -> str:
    if x is None:
        return "·" * width
    full = round(x * width)
    return "█" * full + "░" * (width - full)


class _Text:
    """Lines of at most WIDTH columns; styles are applied after wrapping, only when colour is on."""

    def __init__(self, color: bool):
        self.color = color
        self.lines: list[str] = []

    def style(self, text: str, **kw) -> str:
        return click.style(text, **kw) if self.color else text

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def para(self, text: str, indent: int = 0, hang: int | None = None, **style) -> None:
        first = " " * indent
        rest = " " * (indent if hang is None else hang)
        wrapped = textwrap.wrap(
            text, width=WIDTH, initial_indent=first, subsequent_indent=rest, break_long_words=True,
            break_on_hyphens=False,
        ) or [first.rstrip()]
        for ln in wrapped:
            self.lines.append(self.style(ln, **style) if style else ln)

    def raw(self, line: str) -> None:
        self.lines.append(line)


_VERDICT_STYLE = {
    Verdict.not_met: {"fg": "red", "bold": True},
    Verdict.partially_met: {"fg": "yellow", "bold": True},
    Verdict.met: {"fg": "green", "bold": True},
    Verdict.not_applicable: {"fg": "bright_black"},
}


def render_text(report: CheckReport, color: bool = False) -> str:
    t = _Text(color)
    t.para("Self-check of a draft application", bold=True)
    t.para(f"Draft: {Path(report.source).name or report.source}", hang=7)
    if report.application and report.application != Path(report.source).name:
        t.para(f"Title: {report.application}", hang=7)
    if report.provider and report.provider != report.application:
        t.para(f"Provider: {report.provider}", hang=10)
    t.para(
        f"Checked against: ruleset {report.ruleset} {report.ruleset_version} "
        f"(specification {report.specification}), approval-engine {report.engine_version}",
        hang=17,
    )
    if report.warnings:
        t.blank()
        t.para("Please note:", bold=True)
        for w in report.warnings:
            t.para(f"! {w}", indent=2, hang=4, fg="yellow")
    t.blank()

    o = report.overall
    t.raw(t.style(f"READINESS: {percent(o.readiness)} overall", bold=True))
    t.para(
        f"{o.met} of {o.applicable} requirements met, {o.partially_met} partly met, {o.not_met} not met"
        + (f" ({o.not_applicable} not applicable)." if o.not_applicable else ".")
        + " Readiness counts met as 1 and partly met as ½."
    )
    t.blank()
    title_w = WIDTH - 2 - 3 - 1 - 10 - 1 - 4 - 2 - 9  # indent, id, bar, pct, "n to fix"
    t.raw(f"  {'Criterion':<{title_w + 3}} {'Ready':<15}  To fix")
    for c in report.criteria:
        title = c.title if len(c.title) <= title_w else c.title[: title_w - 1].rstrip() + "…"
        fix = f"{c.gaps}" if c.gaps else "-"
        line = f"  {c.id:<2} {title:<{title_w}} {bar(c.readiness)} {percent(c.readiness):>4}  {fix:>6}"
        t.raw(t.style(line, fg="green") if c.gaps == 0 and c.applicable else line)
    t.blank()

    if not report.gaps:
        t.para("Nothing to fix: every requirement is met or does not apply. Well done.", bold=True, fg="green")
        return "\n".join(t.lines).rstrip() + "\n"

    t.raw(t.style(f"WHAT TO FIX: {len(report.gaps)} gap{'s' if len(report.gaps) != 1 else ''}, most serious first", bold=True))
    t.para(
        f"{len(report.not_met)} not met, then {len(report.partially_met)} partly met; within each, in the order "
        "of the criteria."
    )
    for n, g in enumerate(report.gaps, start=1):
        t.blank()
        t.raw("─" * WIDTH)
        head = f"{n}. {g.verdict_words.upper()} · {g.id} {g.title}"
        wrapped = textwrap.wrap(head, width=WIDTH, subsequent_indent=" " * (len(str(n)) + 2))
        for i, ln in enumerate(wrapped):
            if i == 0:
                label = f"{n}. {g.verdict_words.upper()}"
                ln = t.style(label, **_VERDICT_STYLE[g.verdict]) + t.style(ln[len(label):], bold=True)
            else:
                ln = t.style(ln, bold=True)
            t.raw(ln)
        ind = len(str(n)) + 2
        crit = "Eligibility" if g.criterion == "E" else (
            g.criterion_title if g.criterion == "X" else f"Criterion {g.criterion}: {g.criterion_title}")
        t.para(crit, indent=ind, fg="bright_black")
        t.blank()
        t.para("What is asked", indent=ind, bold=True)
        t.para(g.plain, indent=ind + 2)
        t.blank()
        t.para("What your draft says now", indent=ind, bold=True)
        if not g.said:
            t.para("Nothing found.", indent=ind + 2)
        for q in g.said:
            t.para(f"“{q.text}”", indent=ind + 2, hang=ind + 3)
            t.para(f"({q.where})", indent=ind + 3, hang=ind + 4, fg="bright_black")
            for note in q.notes:
                mark = "✓" if q.counts and note.startswith("This counts") else "✗"
                t.para(f"{mark} {note}", indent=ind + 3, hang=ind + 5,
                       **({"fg": "green"} if mark == "✓" else {"fg": "red"}))
        t.blank()
        t.para(g.asks_heading, indent=ind, bold=True, hang=ind + 2)
        parts = _paragraphs(g.requirement)
        for i, part in enumerate(parts):
            text = ("“" if i == 0 else "") + part + ("”" if i == len(parts) - 1 else "")
            bullet = part.startswith("- ")
            t.para(text, indent=ind + (2 if i == 0 else 3), hang=ind + (5 if bullet else 3))
        for gd in g.guidance:
            if gd.first_under:
                t.para(f"Guidance: Section 1, para {gd.paragraph} (quoted above under {gd.first_under}).",
                       indent=ind + 2)
                continue
            parts = _paragraphs(gd.text)
            t.para(f"Guidance, Section 1, para {gd.paragraph}: {parts[0]}", indent=ind + 2, hang=ind + 2)
            for part in parts[1:]:
                t.para(part, indent=ind + 2, hang=ind + (4 if part.startswith("- ") else 2))
        t.blank()
        t.para("What would satisfy a panel", indent=ind, bold=True)
        for line in g.advice:
            t.para(f"• {line}", indent=ind + 2, hang=ind + 4)
        if g.example:
            t.para(f"For example: “{' '.join(g.example.split())}”", indent=ind + 2, hang=ind + 4, fg="cyan")
    t.blank()
    t.raw("─" * WIDTH)
    t.para(
        "This is the engine's reading of your draft, to help you prepare; the panel decides. "
        "Run 'approval-engine check' again after each revision, or 'approval-engine diff OLD NEW' to see "
        "what changed.",
        fg="bright_black",
    )
    return "\n".join(t.lines).rstrip() + "\n"


def _paragraphs(text: str) -> list[str]:
    """Catalogue text as display paragraphs: blank lines separate them, '- ' lines are bullets."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        current: list[str] = []
        for ln in block.splitlines():
            ln = ln.strip()
            if ln.startswith("- "):
                if current:
                    out.append(" ".join(current))
                    current = []
                out.append(ln)
            elif ln:
                if out and out[-1].startswith("- ") and not current:
                    out.append(ln)
                else:
                    current.append(ln)
        if current:
            out.append(" ".join(current))
    return out or [text.strip()]


def _environment() -> jinja2.Environment:
    env = environment()
    env.filters["percent"] = percent
    env.filters["paragraphs"] = _paragraphs
    return env


def render_html(report: CheckReport) -> str:
    return _environment().get_template("check.html.j2").render(report=report, Verdict=Verdict)
