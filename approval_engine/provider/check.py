"""The provider's self-check: what a draft still needs before it goes to a panel.

``approval-engine check DRAFT.docx`` runs the same pipeline as ``evaluate``
(same ruleset, same verdicts) and turns the result into advice for a course
leader rather than a judgement for a panel:

- a readiness figure per criterion and overall (met counts 1, partially met
  ½, not applicable is left out);
- the gaps, most serious first (not met before partially met; within each,
  criterion order), and for each: the requirement in plain words, what the
  draft says now (quotes with where they stand, or "nothing found"), why a
  passage does not count, in plain words ("you say this is not offered",
  "this is only a hope for the future", "this is about your tutors, not your
  candidates"), what the specification and its guidance ask, and the kind of
  evidence that would satisfy a panel (from the rule's aspects and its met
  example).

Paragraphs of template guidance left in the draft (``[Guidance – delete …]``,
see :mod:`approval_engine.provider.template`) are left out of the check and reported.

Rendered as text for a terminal (80 columns; colour only when asked, i.e. on a
TTY) or as one self-contained, printable HTML page
(``report/templates/check.html.j2``, autoescaped: the draft's text is never
trusted).
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import click
import jinja2

from approval_engine.catalogue import GuidanceParagraph
from approval_engine.judge.evaluate import Engine, read_application
from approval_engine.judge.facts import Hit, RequirementFacts
from approval_engine.ingest.model import Application
from approval_engine.report.render import environment
from approval_engine.rules.compile import SUPPORTED, TENTATIVE
from approval_engine.rules.language import CompiledAspect, Rule
from approval_engine.provider.template import is_template_guidance
from approval_engine.judge.verdicts import Report, RequirementResult, Verdict

WIDTH = 80
MAX_QUOTES = 5
MAX_QUOTE_CHARS = 320
FORMATS = ("text", "html")
SUFFIXES = {"text": ".check.txt", "html": ".check.html"}

# the words a course leader reads for a verdict
VERDICT_WORDS = {
    Verdict.met: "met",
    Verdict.partially_met: "partly met",
    Verdict.not_met: "not met",
    Verdict.not_applicable: "not applicable",
}
_VOCAB_NAMES = {
    "candidates": "your candidates (the course participants)",
    "staff": "your tutors and staff",
    "pupils": "pupils",
    "parents": "parents and carers",
    "stakeholders": "your stakeholders",
}


# --------------------------------------------------------------------- the data


@dataclass
class Quote:
    """A passage of the draft, where it stands, and what it does for the requirement."""

    text: str
    where: str
    counts: bool  # True: it counts towards the requirement
    notes: list[str] = field(default_factory=list)


@dataclass
class Guidance:
    paragraph: int
    text: str
    first_under: str = ""  # the gap under which this paragraph was first shown ("" = here)


@dataclass
class Gap:
    id: str
    title: str
    criterion: str
    criterion_title: str
    verdict: Verdict
    plain: str  # the requirement in plain words
    requirement: str  # the specification's wording
    source: str
    guidance: list[Guidance]
    said: list[Quote]
    missing: list[str]
    advice: list[str]
    example: str = ""
    tailored: bool = False  # an additional requirement of a tailored ruleset: not in the specification

    @property
    def asks_heading(self) -> str:
        who = "This additional requirement asks" if self.tailored else "What the specification asks"
        return f"{who} ({self.source})"

    @property
    def verdict_words(self) -> str:
        return VERDICT_WORDS[self.verdict]


@dataclass
class CriterionReadiness:
    id: str
    title: str
    met: int = 0
    partially_met: int = 0
    not_met: int = 0
    not_applicable: int = 0

    @property
    def applicable(self) -> int:
        return self.met + self.partially_met + self.not_met

    @property
    def gaps(self) -> int:
        return self.partially_met + self.not_met

    @property
    def readiness(self) -> float | None:
        if not self.applicable:
            return None
        return (self.met + 0.5 * self.partially_met) / self.applicable

    @property
    def heading(self) -> str:
        if self.id in ("E", "X"):
            return self.title
        return f"Criterion {self.id}: {self.title}"


@dataclass
class CheckReport:
    application: str
    source: str
    provider: str
    ruleset: str
    ruleset_version: str
    specification: str
    engine_version: str
    criteria: list[CriterionReadiness]
    overall: CriterionReadiness
    gaps: list[Gap]
    warnings: list[str] = field(default_factory=list)
    ignored_guidance: int = 0

    @property
    def has_gaps(self) -> bool:
        return bool(self.gaps)

    @property
    def not_met(self) -> list[Gap]:
        return [g for g in self.gaps if g.verdict is Verdict.not_met]

    @property
    def partially_met(self) -> list[Gap]:
        return [g for g in self.gaps if g.verdict is Verdict.partially_met]


# --------------------------------------------------------------------- building


def check_file(engine: Engine, path: Path) -> CheckReport:
    """Read a draft (Word, or JSON/YAML in the application model) and check it."""
    return check_application(engine, read_application(Path(path)))


def check_application(engine: Engine, app: Application) -> CheckReport:
    """Evaluate ``app`` with ``engine`` and turn the verdicts into a provider's self-check."""
    kept = [p for p in app.passages if not is_template_guidance(p.text)]
    ignored = len(app.passages) - len(kept)
    if ignored:
        app.passages = kept
    facts = engine.facts(app)
    decisions = engine.decide(facts)
    report = engine.report(app, facts, decisions)
    return build_check(engine, report, facts, ignored_guidance=ignored)


def build_check(engine: Engine, report: Report, facts: list[RequirementFacts], ignored_guidance: int = 0) -> CheckReport:
    by_id = {rf.rule.id: rf for rf in facts}
    titles = {c.id: c.title for c in report.criteria}
    order = [c.id for c in engine.catalogue.criteria]
    crit_rank = {cid: i for i, cid in enumerate(order)}
    req_rank = {r.id: i for i, r in enumerate(report.requirements)}

    criteria: dict[str, CriterionReadiness] = {}
    overall = CriterionReadiness(id="all", title="Overall")
    for r in report.requirements:
        c = criteria.setdefault(r.criterion, CriterionReadiness(id=r.criterion, title=titles.get(r.criterion, "")))
        for target in (c, overall):
            setattr(target, r.verdict.value, getattr(target, r.verdict.value) + 1)
    ordered = sorted(criteria.values(), key=lambda c: crit_rank.get(c.id, len(order)))

    unassessed = [
        rf.rule.id
        for rf in facts
        if any(a.coverage == "assessed" for a in rf.rule.aspects)
        and any(rf.aspects[a.name].status != SUPPORTED for a in rf.rule.aspects if a.coverage == "assessed")
    ]
    shown: dict[int, str] = {}
    gaps: list[Gap] = []
    results = sorted(
        (r for r in report.requirements if r.verdict.is_gap),
        key=lambda r: (r.verdict is not Verdict.not_met, crit_rank.get(r.criterion, len(order)), req_rank[r.id]),
    )
    for r in results:
        gaps.append(_gap(engine, r, by_id[r.id], titles, shown, unassessed))

    # the extractor's notes, minus the one about comments (said below in a provider's words)
    warnings = [w for w in report.warnings if not re.search(r"\bcomments?\b.*\bkept aside\b", w)]
    if ignored_guidance:
        warnings.insert(
            0,
            f"Your draft still contains {ignored_guidance} paragraph{'s' if ignored_guidance != 1 else ''} of "
            "template guidance (beginning “[Guidance – delete …]”). They were left out of this check: delete "
            "them before you submit — a panel reads them as unfinished answers.",
        )
    if report.comments:
        n = len(report.comments)
        warnings.append(
            f"Your Word file carries {n} comment{'s' if n != 1 else ''}. Comments are never read as part of "
            "the application: anything a panel should see must be in the text itself."
        )
    return CheckReport(
        application=report.application or Path(report.source).name,
        source=report.source,
        provider=report.provider,
        ruleset=report.ruleset,
        ruleset_version=report.ruleset_version,
        specification=report.specification,
        engine_version=report.engine_version,
        criteria=ordered,
        overall=overall,
        gaps=gaps,
        warnings=warnings,
        ignored_guidance=ignored_guidance,
    )


def _gap(
    engine: Engine,
    r: RequirementResult,
    rf: RequirementFacts,
    titles: dict[str, str],
    shown: dict[int, str],
    unassessed: list[str],
) -> Gap:
    rule = rf.rule
    tailored = False
    try:
        req = engine.catalogue.get(rule.id)
        plain = _sentence(" ".join(req.short.split()))
        paragraphs: list[GuidanceParagraph] = engine.catalogue.guidance_for(rule.id)
    except KeyError:  # a tailored requirement: the rule is its own specification
        plain = _sentence(rule.title)
        paragraphs = []
        tailored = True
    guidance = []
    for g in paragraphs:
        guidance.append(Guidance(g.paragraph, g.text, shown.get(g.paragraph, "")))
        shown.setdefault(g.paragraph, rule.id)
    compiled = {ca.name: ca for ca in engine.compiled.aspects.get(rule.id, [])}
    missing, advice = _advice(rule, rf, unassessed)
    crit_title = titles.get(r.criterion, "")
    return Gap(
        id=rule.id,
        title=rule.title,
        criterion=r.criterion,
        criterion_title=crit_title,
        verdict=r.verdict,
        plain=plain,
        requirement=r.requirement,
        source=r.source,
        guidance=guidance,
        said=_quotes(rule, rf, compiled),
        missing=missing,
        advice=advice,
        example=(rule.examples.met[0] if rule.examples.met else ""),
        tailored=tailored,
    )


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


# ---- what the draft says now


def _quotes(rule: Rule, rf: RequirementFacts, compiled: dict[str, CompiledAspect]) -> list[Quote]:
    """The passages behind the verdict: problems first (they say why it is a gap), then support."""
    problems: dict[tuple[str, str], Quote] = {}
    support: dict[tuple[str, str], Quote] = {}
    for aspect in rule.aspects:
        a = rf.aspects.get(aspect.name)
        if a is None:
            continue
        if aspect.coverage == "all_assessed":
            # one hit per outcome: show only the outcomes that are not assessed
            hits = [h for h in a.hits if h.status != SUPPORTED][:3]
        else:
            good = [h for h in a.hits if h.status == SUPPORTED]
            good.sort(key=lambda h: len(h.sentence.text) < 40)
            hits = [h for h in a.hits if h.status != SUPPORTED][:2] + good[:2]
        for h in hits:
            key = (h.sentence.passage.id, h.sentence.text)
            if h.status == SUPPORTED:
                q = support.setdefault(key, _quote(h, counts=True))
                note = f"This counts towards: {aspect.describe}."
            else:
                q = problems.setdefault(key, _quote(h, counts=False))
                note = explain(h, aspect.describe, compiled.get(aspect.name))
            if note not in q.notes:
                q.notes.append(note)
    for key in list(support):
        if key in problems:  # the same passage helps one part and fails another: show it once
            problems[key].notes += [n for n in support.pop(key).notes if n not in problems[key].notes]
    return (list(problems.values()) + list(support.values()))[:MAX_QUOTES]


def _quote(h: Hit, counts: bool) -> Quote:
    text = " ".join(h.sentence.text.split())
    if len(text) > MAX_QUOTE_CHARS:
        text = text[: MAX_QUOTE_CHARS - 1].rstrip() + "…"
    return Quote(text=text, where=h.sentence.passage.location.label(), counts=counts)


def explain(h: Hit, describe: str, ca: CompiledAspect | None = None) -> str:
    """Why a passage does not count, in a course leader's words."""
    reason = h.reason or ""
    prefix = ""
    m = re.match(r"^(6\.[A-Z]\d+[a-z]?): (.*)$", reason)
    if m:  # 1.9: an outcome that is not assessed
        prefix, reason = f"Outcome {m.group(1)}: ", m.group(2)
    status = h.status
    if status == "negated":
        if "turned down" in reason:
            text = "You say you considered this and decided against it, so it does not count."
        elif "not assessed" in reason:
            text = "You say this is not assessed, so it does not count towards the outcome."
        else:
            text = "You say this is not offered, so it does not count."
    elif status == "aspiration":
        text = "This is only a hope or a plan for the future; a panel needs what the programme does now."
    elif status == "wrong_context":
        text = _wrong_subject(h, ca)
    elif status == "deferred":
        text = (
            "This leaves the responsibility to someone else (such as schools or employers); "
            "a panel needs your own arrangement."
        )
    elif status == "contradicted":
        word = ""
        if ca is not None:
            found = _first_match(ca.patterns.get("contradicted_by", []), h.sentence.text)
            word = f" (“{found}”)" if found else ""
        text = f"This works against the requirement{word}, so the panel cannot count it."
    elif status == TENTATIVE:
        if "placeholder" in reason or "unfinished" in reason:
            text = "This answer is unfinished: it still has placeholders such as [TBC] or [insert …]."
        elif "who or what" in reason:
            text = f"This does not say who it applies to; make clear it is about {_expected(ca)}."
        elif "also says it is not offered" in reason:
            text = "The same paragraph also says it is not offered, so the answer is unclear."
        else:
            text = "This is shown only in part, or only in general terms."
    elif "no module" in reason:
        text = "Your outcome table names no module where this is developed."
    elif "no assessment" in reason:
        text = "Your outcome table shows no assessment for this outcome."
    else:
        text = "This does not show it clearly enough."
    return prefix + text


def _first_match(patterns: list[re.Pattern], text: str) -> str:
    for p in patterns:
        m = p.search(text)
        if m:
            return " ".join(m.group(0).split())
    return ""


def _expected(ca: CompiledAspect | None) -> str:
    """Who or what the aspect is about, in plain words, from its first subject pattern."""
    if ca is not None:
        for raw in ca.aspect.subject:
            m = re.search(r"\{([a-z_]+)\}", raw)
            if m:
                return _VOCAB_NAMES.get(m.group(1), m.group(1).replace("_", " "))
    return "what the requirement asks for"


def _wrong_subject(h: Hit, ca: CompiledAspect | None) -> str:
    expected = _expected(ca)
    found = ""
    if ca is not None:
        p = h.sentence.passage
        found = _first_match(ca.patterns.get("not_subject", []), h.sentence.text) or _first_match(
            ca.patterns.get("not_subject", []), " ".join((*p.location.heading_path, p.label, p.text))
        )
    if found:
        about = re.sub(r"^(?:for|of)\s+", "", found.lower())
        if not re.match(r"^(?:the|a|an|their|your|our|its|his|her)\b", about) and not re.match(
            r"^(?:pupil|child|young|learner|parent|carer|famil)", about
        ):
            about = f"your {about}"
        return f"This is about {about}, not {expected}."
    return f"This is about someone or something else, not {expected}."


# ---- what would satisfy a panel


_WH = ("how", "where", "what", "which", "who", "when", "whether", "why")


def advice_line(describe: str) -> str:
    """An aspect's ``describe`` text as advice: "Say concretely how …"."""
    d = " ".join(describe.split()).rstrip(".")
    first = d.split()[0].lower() if d else ""
    if first in _WH:
        return f"Say concretely {d}."
    if first.endswith("ing") and len(first) > 4:
        return f"Say concretely how the programme goes about {d}."
    return f"Describe concretely {d}."


def _advice(rule: Rule, rf: RequirementFacts, unassessed: list[str]) -> tuple[list[str], list[str]]:
    expr = rule.met_expr
    names = expr.names()
    missing_aspects = [a for a in rule.aspects if a.name in names and rf.aspects[a.name].status != SUPPORTED]
    missing = [a.describe for a in missing_aspects]
    lines: list[str] = []
    if expr.at_least:
        have = len([n for n in names if rf.aspects[n].status == SUPPORTED])
        lines.append(f"Show at least {expr.at_least} of these ({have} shown so far):")
    for a in missing_aspects:
        if a.coverage == "developed":
            lines.append(
                "Name the module(s) where the programme develops this outcome, in your outcome matrix or in "
                "the module descriptions."
            )
        elif a.coverage == "assessed":
            lines.append(
                "Say how this outcome is assessed (which assignment, task or portfolio element), for example "
                "in a “how assessed” column of your outcome matrix."
            )
        elif a.coverage == "all_assessed":
            todo = [i for i in unassessed if i != rule.id]
            which = f" Not yet shown for: {', '.join(todo)}." if todo else ""
            lines.append(
                "Show that every minimum outcome is assessed: give the assessment for each row of your outcome "
                f"matrix.{which}"
            )
        else:
            lines.append(advice_line(a.describe))
    return missing, lines


# --------------------------------------------------------------------- rendering


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
