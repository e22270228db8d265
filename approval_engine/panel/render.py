"""The panel's documents: a decision sheet per application (HTML or Markdown,
from the templates in the shared jinja2 environment of
:mod:`approval_engine.report.render`) and the agreement figures in Markdown."""

from __future__ import annotations

import re

import jinja2

from approval_engine.judge.verdicts import Verdict
from approval_engine.panel.agreement import MIN_KAPPA_ITEMS, Agreement, PairStat
from approval_engine.panel.decide import ApplicationDecision
from approval_engine.report.render import environment, md_escape


def _environment() -> jinja2.Environment:
    env = environment()
    env.filters["pct"] = lambda x: "—" if x is None else f"{x:.0f}%"
    env.filters["kappa"] = lambda x: "—" if x is None else f"{x:.2f}"
    return env


def render_decision(decision: ApplicationDecision, fmt: str) -> str:
    """The decision sheet for one application, ``"html"`` or ``"md"``."""
    if fmt not in ("html", "md"):
        raise ValueError(f"unknown decision sheet format {fmt!r}")
    out = _environment().get_template(f"decision.{fmt}.j2").render(d=decision, Verdict=Verdict)
    if fmt == "md":
        out = re.sub(r"\n(?:[ \t]*\n){2,}", "\n\n", out).strip() + "\n"
    return out


def render_agreement_md(ag: Agreement) -> str:
    e = md_escape

    def cell(p: PairStat | None) -> str:
        if p is None:
            return "—"
        text = f"{p.percent:.0f}% ({p.agreed}/{p.n})"
        return text + (f" κw {p.kappa:.2f}" if p.kappa is not None else "")

    lines = ["# Panel agreement", ""]
    lines.append(f"{ag.applications} application{'s' if ag.applications != 1 else ''}; raters: "
                 + ", ".join(e(r) for r in ag.raters) + ".")
    lines += ["", "Percentage agreement on all four verdicts; κw is Cohen's kappa with quadratic weights on "
              "not met < partially met < met (items rated n/a by either rater left out; — where undefined or "
              f"over fewer than {MIN_KAPPA_ITEMS} items).", ""]
    lines += ["## Overall", "", "| raters | items | agreed | % agreement | κw (items) |", "| --- | ---: | ---: | ---: | ---: |"]
    for p in ag.pairs:
        pct = "—" if p.percent is None else f"{p.percent:.1f}%"
        kap = "—" if p.kappa is None else f"{p.kappa:.2f}"
        lines.append(f"| {e(p.label)} | {p.n} | {p.agreed} | {pct} | {kap} ({p.n_kappa}) |")
    lines += ["", "## Disagreements", ""]
    if not ag.disagreements:
        lines.append("None: every reviewer agrees with every other and with the engine.")
    for d in ag.disagreements:
        kind = "reviewers disagree" if d.between_reviewers else "engine overridden"
        views = "; ".join(f"{e(v.reviewer)}: {e(v.label)}" + (f" — “{e(v.justification)}”" if v.justification else "")
                          for v in d.reviews)
        lines.append(f"- **{e(d.requirement)}** ({kind}) in {e(d.application)}: engine {e(d.engine.label) if d.engine else 'withheld'}; {views}")
    lines += ["", "## Per requirement", "", "Disagreements first."]
    if ag.pairs:
        head = [p.label for p in ag.pairs]
        lines += ["", "| id | requirement | status | " + " | ".join(e(h) for h in head) + " |",
                  "| --- | --- | --- | " + " | ".join("---" for _ in head) + " |"]
        for r in ag.requirements:
            by = {(p.a, p.b): p for p in r.pairs}
            lines.append(f"| {e(r.id)} | {e(r.short)} | {r.status} | "
                         + " | ".join(cell(by.get((p.a, p.b))) for p in ag.pairs) + " |")
    return "\n".join(lines) + "\n"
