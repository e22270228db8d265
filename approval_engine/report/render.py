"""Render a :class:`~approval_engine.judge.verdicts.Report` for a panel.

``render(report, "html")`` gives one self-contained HTML page (inline CSS, no
scripts, no external resources, printable); ``"md"`` gives Markdown with the
same content; ``"json"`` gives the report's JSON form.

Everything taken from the application (quotes, headings, comments, file
names, the provider's name) is untrusted text. The HTML template relies on
Jinja's autoescaping and never marks application text ``|safe``; the Markdown
template passes every such string through :func:`md_escape` (or
:func:`md_quote` for blockquotes).
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field

import jinja2

from approval_engine.judge.verdicts import CriterionSummary, Report, RequirementResult, Verdict

FORMATS = ("html", "md", "json")

_SUFFIXES = {"html": ".html", "md": ".md", "json": ".json"}
_TEMPLATES = {"html": "report.html.j2", "md": "report.md.j2"}


def suffix(fmt: str) -> str:
    """The file suffix for a format: ``".html"``, ``".md"`` or ``".json"``."""
    try:
        return _SUFFIXES[fmt]
    except KeyError:
        raise ValueError(f"unknown report format {fmt!r} (expected one of {', '.join(FORMATS)})") from None


# --------------------------------------------------------------------------
# Markdown escaping

# Markdown metacharacters that shape structure anywhere in a line: emphasis,
# code, links and images, headings (and their closing ``#``), tables,
# strikethrough, templating braces. ``<``, ``>`` and ``&`` become entities.
_MD_META = re.compile(r"([\\`*_{}\[\]()#!|~])")
# these only shape structure at the start of a line: list bullets, setext underlines
_MD_LEADING = re.compile(r"^([-+=])")
_MD_ORDERED = re.compile(r"^(\d+)([.)])(?=\s|$)")
_BLANK_RUNS = re.compile(r"\n(?:[ \t]*\n){2,}")
_NEWLINES = re.compile(r"\r\n|\r|\n|\u2028|\u2029")


def _md_line(line: str) -> str:
    line = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    line = _MD_META.sub(r"\\\1", line)
    # "- ", "+ ", "===" or "1. " at the start of a line would open a list or a heading
    line = _MD_LEADING.sub(r"\\\1", line)
    line = _MD_ORDERED.sub(r"\1\\\2", line)
    return line


def md_escape(value: object) -> str:
    """Escape untrusted text for inline use in Markdown.

    Markdown metacharacters are backslash-escaped, ``<``, ``>`` and ``&``
    become entities, and line breaks are folded into spaces (so the text
    cannot start a heading, list, quote or code block of its own).
    """
    text = "" if value is None else str(value)
    lines = [ln.strip() for ln in _NEWLINES.split(text)]
    return " ".join(_md_line(ln) for ln in lines if ln)


def md_quote(value: object) -> str:
    """Untrusted text as a Markdown blockquote: each line escaped and
    prefixed with ``> ``; blank lines kept as ``>``."""
    text = "" if value is None else str(value)
    out = []
    for ln in _NEWLINES.split(text.strip()):
        ln = ln.strip()
        out.append(f"> {_md_line(ln)}" if ln else ">")
    return "\n".join(out) if out else ">"


# --------------------------------------------------------------------------
# The view the templates read

_ANCHOR_BAD = re.compile(r"[^A-Za-z0-9_-]+")


def _anchor(prefix: str, raw: str, used: set[str]) -> str:
    """A safe, unique HTML id: ``("req", "6.S2a")`` -> ``"req-6-S2a"``."""
    slug = _ANCHOR_BAD.sub("-", raw).strip("-") or "x"
    base = f"{prefix}-{slug}"
    anchor, n = base, 2
    while anchor in used:
        anchor = f"{base}-{n}"
        n += 1
    used.add(anchor)
    return anchor


@dataclass
class Item:
    result: RequirementResult
    anchor: str


@dataclass
class OutcomeRow:
    """A row of the outcome matrix: a requirement with a ``developed`` and an ``assessed`` aspect."""

    item: Item
    developed: str  # the aspect's status: supported, tentative, absent, ...
    assessed: str


#: how a matrix cell shows an aspect's status: (symbol, words, css class)
def cell(status: str) -> tuple[str, str, str]:
    if status == "supported":
        return "✓", "shown", "met"
    if status == "tentative":
        return "◐", "in part", "partially_met"
    return "✗", status.replace("_", " "), "not_met"


def severity(r: RequirementResult, order: int) -> tuple:
    """Most serious first: not met before partially met; eligibility before the criteria;
    then the less certain first (the panel has more to check), then document order."""
    return (r.verdict is not Verdict.not_met, r.criterion != "E", r.confidence, order)


def gaps_first(requirements: list[RequirementResult]) -> list[RequirementResult]:
    """The requirements not met or partially met, most serious first (:func:`severity`)."""
    return [r for n, r in sorted(enumerate(requirements), key=lambda p: severity(p[1], p[0])) if r.verdict.is_gap]


def summary_text(report: Report, width: int = 100) -> str:
    """A short summary for a terminal: the counts, then the gaps, most serious first,
    each with what is not evidenced, then the low-confidence verdicts to check."""
    c = report.counts
    lines = [f"{report.application} ({report.source})",
             f"{c['met']} met, {c['partially_met']} partially met, {c['not_met']} not met, "
             f"{c['not_applicable']} not applicable"]
    gaps = gaps_first(report.requirements)
    lines.append("")
    lines.append(f"Gaps ({len(gaps)}), most serious first:" if gaps else "No gaps: every requirement is met or not applicable.")
    for r in gaps:
        flag = ", low confidence" if r.low_confidence else ""
        lines.append(f"  {r.id:<6} {r.verdict.label}{flag}: {r.title}")
        if r.missing:
            missing = "not evidenced: " + "; ".join(r.missing)
            lines.append("         " + (missing if len(missing) <= width - 9 else missing[: width - 10] + "…"))
    low = [r.id for r in report.requirements if r.low_confidence and not r.verdict.is_gap]
    if low:
        lines.append("")
        lines.append(f"Met with low confidence, worth checking: {', '.join(low)}")
    lines.append("")
    lines.append("The full report: --format html -o DIR/ (or md, or json); one requirement: explain FILE ID.")
    return "\n".join(lines)


@dataclass
class Group:
    id: str
    title: str
    anchor: str
    items: list[Item] = field(default_factory=list)
    has_gaps: bool = False
    summary: CriterionSummary | None = None

    @property
    def counts(self) -> list[tuple[Verdict, int]]:
        return [(v, sum(1 for i in self.items if i.result.verdict is v)) for v in Verdict]


def _view(report: Report) -> dict:
    used: set[str] = set()
    groups: dict[str, Group] = {}
    for c in report.criteria:
        if c.id not in groups:
            groups[c.id] = Group(id=c.id, title=c.title, anchor=_anchor("crit", c.id, used), summary=c)
    for r in report.requirements:
        g = groups.get(r.criterion)
        if g is None:  # a criterion the report's summary does not list: keep it, in order of appearance
            g = groups[r.criterion] = Group(id=r.criterion, title="", anchor=_anchor("crit", r.criterion, used))
        g.items.append(Item(result=r, anchor=_anchor("req", r.id, used)))
    for g in groups.values():
        g.has_gaps = any(i.result.verdict.is_gap for i in g.items) or bool(g.summary and g.summary.has_gaps)

    items = [i for g in groups.values() for i in g.items]
    card = {id(i.result): i for i in items}
    gaps = [card[id(r)] for r in gaps_first([i.result for i in items])]
    outcomes = []
    for i in items:
        status = {a.name: a.status for a in i.result.aspects}
        if "developed" in status and "assessed" in status:
            outcomes.append(OutcomeRow(item=i, developed=status["developed"], assessed=status["assessed"]))
    counts = report.counts
    return {
        "report": report,
        "groups": list(groups.values()),
        "verdict_counts": [(v, counts[v.value]) for v in Verdict],
        "total": len(report.requirements),
        "gap_groups": [g for g in groups.values() if g.has_gaps],
        "low_confidence": [i for i in items if i.result.low_confidence],
        "gaps": gaps,
        "outcomes": outcomes,
        "cell": cell,
    }


# --------------------------------------------------------------------------
# Rendering


@functools.cache
def environment() -> jinja2.Environment:
    """The one jinja2 environment for every template of the package: HTML
    autoescaped, Markdown through the escaping filters, undefined names fatal.
    Modules with templates of their own add their filters to it."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("approval_engine", "report/templates"),
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html.j2", "html"), disabled_extensions=("md.j2",), default_for_string=True
        ),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md_escape"] = md_escape
    env.filters["md_quote"] = md_quote
    return env


def _encodable(text: str) -> str:
    """Lone surrogates (an undecodable byte in a file name, a ``\\udcXX`` escape in a
    JSON application) written as ``\\udcXX`` text, so every report is valid UTF-8;
    in JSON that is the same escape, so the exact string round-trips."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def render(report: Report, fmt: str) -> str:
    """Render ``report`` as ``"html"``, ``"md"`` or ``"json"``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r} (expected one of {', '.join(FORMATS)})")
    if fmt == "json":
        return _encodable(json.dumps(report.to_json_dict(), indent=2, ensure_ascii=False))
    out = environment().get_template(_TEMPLATES[fmt]).render(**_view(report))
    if fmt == "md":
        # the template is generous with blank lines; one blank line separates blocks
        out = _BLANK_RUNS.sub("\n\n", out).strip() + "\n"
    return _encodable(out)
