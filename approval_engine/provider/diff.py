"""Compare two drafts of an application: which verdicts changed, and why.

``diff_reports(old, new)`` takes the reports of two drafts evaluated with the
same ruleset and lists every requirement whose verdict changed, with the
evidence the new draft gained or lost (quotes with where they stand) and the
passages that newly speak against it (or no longer do). Each change is one of

    closed    a gap (not met / partially met) is now met or not applicable
    opened    a requirement that was met or not applicable is now a gap
    narrowed  still a gap, but better (not met -> partially met)
    widened   still a gap, but worse (partially met -> not met)
    other     met <-> not applicable (e.g. e-learning introduced, and supported)

and ``summary()`` gives one line: "3 gaps closed, 1 gap opened, 57 unchanged".
Rendered as text (80 columns), JSON or Markdown (every quote escaped).
"""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from approval_engine.report.render import md_escape, md_quote
from approval_engine.judge.verdicts import Evidence, Report, RequirementResult, Verdict

FORMATS = ("text", "json", "md", "html")
WIDTH = 80
#: in the order a reader needs them: regressions first
KINDS = ("opened", "widened", "closed", "narrowed", "other")
REGRESSIONS = ("opened", "widened")
_RANK = {Verdict.not_met: 0, Verdict.partially_met: 1, Verdict.met: 2, Verdict.not_applicable: 2}
_WORDS = {
    Verdict.met: "met",
    Verdict.partially_met: "partially met",
    Verdict.not_met: "not met",
    Verdict.not_applicable: "not applicable",
}


@dataclass
class Quote:
    quote: str
    where: str
    aspect: str = ""

    @classmethod
    def of(cls, e: Evidence) -> Quote:
        return cls(quote=e.quote, where=e.where or e.location.label(), aspect=e.aspect)

    def as_dict(self) -> dict:
        return {"quote": self.quote, "where": self.where, "aspect": self.aspect}


@dataclass
class Change:
    id: str
    title: str
    criterion: str
    old: Verdict
    new: Verdict
    kind: str
    new_evidence: list[Quote] = field(default_factory=list)
    lost_evidence: list[Quote] = field(default_factory=list)
    new_concerns: list[Quote] = field(default_factory=list)
    resolved_concerns: list[Quote] = field(default_factory=list)
    rationale: str = ""

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "criterion": self.criterion,
            "old": self.old.value,
            "new": self.new.value,
            "change": self.kind,
            "rationale": self.rationale,
            "new_evidence": [q.as_dict() for q in self.new_evidence],
            "lost_evidence": [q.as_dict() for q in self.lost_evidence],
            "new_concerns": [q.as_dict() for q in self.new_concerns],
            "resolved_concerns": [q.as_dict() for q in self.resolved_concerns],
        }


@dataclass
class DraftDiff:
    old_source: str
    new_source: str
    old_title: str
    new_title: str
    ruleset: str
    ruleset_version: str
    changes: list[Change]
    unchanged: int
    only_old: list[str] = field(default_factory=list)
    only_new: list[str] = field(default_factory=list)
    old_counts: dict[str, int] = field(default_factory=dict)
    new_counts: dict[str, int] = field(default_factory=dict)

    def of_kind(self, kind: str) -> list[Change]:
        return [c for c in self.changes if c.kind == kind]

    @property
    def counts(self) -> dict[str, int]:
        return {k: len(self.of_kind(k)) for k in KINDS}

    @property
    def regressed(self) -> bool:
        """A gap opened or widened: the new draft is worse somewhere."""
        return any(c.kind in ("opened", "widened") for c in self.changes)

    def summary(self) -> str:
        """One line, regressions first and named ("2 gaps opened (2.3, 5.3), 1 gap closed, ...")."""
        c = self.counts

        def named(kind: str) -> str:
            ids = [x.id for x in self.of_kind(kind)]
            return f" ({', '.join(ids)})" if ids else ""

        parts = [_n(c["opened"], "gap opened", "gaps opened") + named("opened")]
        if c["widened"]:
            parts.append(_n(c["widened"], "gap widened", "gaps widened") + named("widened"))
        parts.append(_n(c["closed"], "gap closed", "gaps closed"))
        if c["narrowed"]:
            parts.append(_n(c["narrowed"], "gap narrowed", "gaps narrowed"))
        if c["other"]:
            parts.append(_n(c["other"], "other change", "other changes"))
        parts.append(f"{self.unchanged} unchanged")
        return ", ".join(parts)

    def as_dict(self) -> dict:
        return {
            "old": {"source": self.old_source, "application": self.old_title, "counts": self.old_counts},
            "new": {"source": self.new_source, "application": self.new_title, "counts": self.new_counts},
            "ruleset": self.ruleset,
            "ruleset_version": self.ruleset_version,
            "summary": self.summary(),
            "counts": {**self.counts, "unchanged": self.unchanged},
            "changes": [c.as_dict() for c in self.changes],
            "only_in_old": self.only_old,
            "only_in_new": self.only_new,
        }


def _n(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _key(q: Evidence) -> str:
    return " ".join(q.quote.lower().split())


def _kind(old: Verdict, new: Verdict) -> str:
    if old.is_gap and not new.is_gap:
        return "closed"
    if new.is_gap and not old.is_gap:
        return "opened"
    if old.is_gap and new.is_gap:
        return "narrowed" if _RANK[new] > _RANK[old] else "widened"
    return "other"


def _gained(new: list[Evidence], old: list[Evidence]) -> list[Quote]:
    seen = {_key(e) for e in old}
    out, mine = [], set()
    for e in new:
        k = _key(e)
        if k not in seen and k not in mine:
            mine.add(k)
            out.append(Quote.of(e))
    return out


def compare(old: RequirementResult, new: RequirementResult) -> Change:
    return Change(
        id=new.id,
        title=new.title,
        criterion=new.criterion,
        old=old.verdict,
        new=new.verdict,
        kind=_kind(old.verdict, new.verdict),
        new_evidence=_gained(new.evidence, old.evidence),
        lost_evidence=_gained(old.evidence, new.evidence),
        new_concerns=_gained(new.concerns, old.concerns),
        resolved_concerns=_gained(old.concerns, new.concerns),
        rationale=new.rationale,
    )


def diff_reports(old: Report, new: Report) -> DraftDiff:
    """The requirements whose verdict differs between two reports (same ruleset), in the new report's order."""
    olds = {r.id: r for r in old.requirements}
    news = {r.id: r for r in new.requirements}
    changes: list[Change] = []
    unchanged = 0
    for rid, n in news.items():
        o = olds.get(rid)
        if o is None:
            continue
        if o.verdict == n.verdict:
            unchanged += 1
        else:
            changes.append(compare(o, n))
    return DraftDiff(
        old_source=old.source,
        new_source=new.source,
        old_title=old.application,
        new_title=new.application,
        ruleset=new.ruleset,
        ruleset_version=new.ruleset_version,
        changes=changes,
        unchanged=unchanged,
        only_old=[i for i in olds if i not in news],
        only_new=[i for i in news if i not in olds],
        old_counts=old.counts,
        new_counts=new.counts,
    )


# --------------------------------------------------------------------- rendering

_HEADINGS = {
    "closed": "Gaps closed",
    "opened": "Gaps opened",
    "narrowed": "Gaps narrowed (still a gap, but better)",
    "widened": "Gaps widened (still a gap, and worse)",
    "other": "Other changes",
}
_LISTS = (
    ("new_evidence", "New evidence"),
    ("lost_evidence", "Evidence no longer found"),
    ("new_concerns", "Now speaks against it"),
    ("resolved_concerns", "No longer speaks against it"),
)
MAX_QUOTES = 4
# what each kind of change is explained by (all four lists are in the JSON)
_RELEVANT = {
    "closed": ("new_evidence", "resolved_concerns"),
    "narrowed": ("new_evidence", "resolved_concerns"),
    "opened": ("lost_evidence", "new_concerns"),
    "widened": ("lost_evidence", "new_concerns"),
    "other": ("new_evidence", "lost_evidence", "new_concerns", "resolved_concerns"),
}


def shown_lists(c: Change) -> list[tuple[str, str, list[Quote]]]:
    """The quote lists that explain a change: gains for an improvement, losses for a regression
    (all non-empty lists when those are empty)."""
    lists = [(attr, label, getattr(c, attr)) for attr, label in _LISTS]
    relevant = [x for x in lists if x[0] in _RELEVANT[c.kind] and x[2]]
    return relevant or [x for x in lists if x[2]]


def render_diff(d: DraftDiff, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(d.as_dict(), indent=2, ensure_ascii=False) + "\n"
    if fmt == "md":
        return _markdown(d)
    if fmt == "text":
        return _text(d)
    if fmt == "html":
        from approval_engine.report.render import environment

        return environment().get_template("diff.html.j2").render(
            d=d, kinds=[(k, _HEADINGS[k], d.of_kind(k)) for k in KINDS if d.of_kind(k)], words=_WORDS,
            shown_lists=shown_lists, max_quotes=MAX_QUOTES, regressions=REGRESSIONS, name=lambda p: Path(p).name)
    raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")


def _wrap(text: str, indent: int, hang: int | None = None) -> list[str]:
    return textwrap.wrap(
        text, width=WIDTH, initial_indent=" " * indent, subsequent_indent=" " * (indent if hang is None else hang),
        break_on_hyphens=False,
    ) or [""]


def _text(d: DraftDiff) -> str:
    out: list[str] = []
    out += _wrap(f"Changes between drafts: {Path(d.old_source).name} -> {Path(d.new_source).name}", 0, 2)
    out += _wrap(f"Ruleset {d.ruleset} {d.ruleset_version}", 0, 2)
    out.append("")
    out.append(d.summary() + ".")  # one line, however long: it is what a script looks for
    for kind in KINDS:
        items = d.of_kind(kind)
        if not items:
            continue
        out.append("")
        out.append(f"{_HEADINGS[kind].upper()} ({len(items)})")
        for c in items:
            out.append("")
            out += _wrap(f"{c.id} {c.title}: {_WORDS[c.old]} -> {_WORDS[c.new]}", 2, 4)
            for _attr, label, quotes in shown_lists(c):
                out.append(f"    {label}:")
                for q in quotes[:MAX_QUOTES]:
                    out += _wrap(f"“{q.quote}”", 6, 7)
                    out += _wrap(f"({q.where})", 7, 8)
                if len(quotes) > MAX_QUOTES:
                    out.append(f"      … and {len(quotes) - MAX_QUOTES} more")
            if not shown_lists(c):
                out += _wrap(c.rationale, 4)
    if d.only_old or d.only_new:
        out.append("")
        if d.only_old:
            out += _wrap("Only in the old report: " + ", ".join(d.only_old), 0, 2)
        if d.only_new:
            out += _wrap("Only in the new report: " + ", ".join(d.only_new), 0, 2)
    return "\n".join(out).rstrip() + "\n"


def _markdown(d: DraftDiff) -> str:
    out = [
        f"# Changes between drafts: {md_escape(Path(d.old_source).name)} → {md_escape(Path(d.new_source).name)}",
        "",
        f"- **Old draft:** {md_escape(d.old_source)}",
        f"- **New draft:** {md_escape(d.new_source)}",
        f"- **Ruleset:** {md_escape(d.ruleset)} {md_escape(d.ruleset_version)}",
        "",
        f"**{md_escape(d.summary())}.**",
    ]
    for kind in KINDS:
        items = d.of_kind(kind)
        if not items:
            continue
        out += ["", f"## {_HEADINGS[kind]} ({len(items)})"]
        for c in items:
            out += ["", f"### {md_escape(c.id)} {md_escape(c.title)}: {_WORDS[c.old]} → {_WORDS[c.new]}"]
            for _attr, label, quotes in shown_lists(c):
                out += ["", f"**{label}:**", ""]
                for q in quotes[:MAX_QUOTES]:
                    out += [md_quote(q.quote), "", f"*{md_escape(q.where)}*", ""]
            if not shown_lists(c):
                out += ["", md_escape(c.rationale)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).rstrip() + "\n"
