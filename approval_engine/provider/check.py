"""The provider's self-check: what a draft still needs before it goes to a panel.

``approval-engine check DRAFT.docx`` runs the same pipeline as ``evaluate``
(same ruleset, same verdicts) and turns the result into advice for a course
leader rather than a judgement for a panel (:mod:`approval_engine.provider.readiness`):

- a readiness figure per criterion and overall (met counts 1, partially met
  ½, not applicable is left out);
- the gaps, most serious first (not met before partially met; within each,
  criterion order), and for each: the requirement in plain words, what the
  draft says now (quotes with where they stand, or "nothing found"), why a
  passage does not count, in plain words, what the specification and its
  guidance ask, and the kind of evidence that would satisfy a panel
  (:mod:`approval_engine.provider.advice`, from the rule's aspects and its
  met example).

Paragraphs of template guidance left in the draft (``[Guidance – delete …]``)
are the form's own prompts: reading the application gives them the passage
kind ``"prompt"`` (:mod:`approval_engine.ingest.prompts`), which is never
evidence, for ``check`` as for ``evaluate``. The check counts them and tells
the provider to delete them.

Rendering is :mod:`approval_engine.provider.check_render` (text or HTML).
"""

from __future__ import annotations

import re
from pathlib import Path

from approval_engine.catalogue import GuidanceParagraph
from approval_engine.ingest.model import Application
from approval_engine.ingest.prompts import PROMPT_KIND
from approval_engine.judge.evaluate import Engine, read_application
from approval_engine.judge.facts import Hit, RequirementFacts
from approval_engine.judge.verdicts import Report, RequirementResult, Verdict
from approval_engine.provider.advice import advice, advice_line, explain
from approval_engine.provider.check_render import FORMATS, SUFFIXES, render_check, render_html, render_text
from approval_engine.provider.readiness import CheckReport, CriterionReadiness, Gap, Guidance, Quote
from approval_engine.rules.compile import SUPPORTED
from approval_engine.rules.language import Rule
from approval_engine.rules.patterns import CompiledAspect

__all__ = [
    "FORMATS",
    "SUFFIXES",
    "CheckReport",
    "advice_line",
    "build_check",
    "check_application",
    "check_file",
    "explain",
    "render_check",
    "render_html",
    "render_text",
]

MAX_QUOTES = 5
MAX_QUOTE_CHARS = 320


def check_file(engine: Engine, path: Path) -> CheckReport:
    """Read a draft (Word, or JSON/YAML in the application model) and check it."""
    return check_application(engine, read_application(Path(path)))


def check_application(engine: Engine, app: Application) -> CheckReport:
    """Evaluate ``app`` with ``engine`` and turn the verdicts into a provider's self-check."""
    prompts = sum(1 for p in app.passages if p.kind == PROMPT_KIND)
    facts = engine.facts(app)
    decisions = engine.decide(facts)
    report = engine.report(app, facts, decisions)
    return build_check(engine, report, facts, ignored_guidance=prompts)


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
        c.count(r.verdict)
        overall.count(r.verdict)
    ordered = sorted(criteria.values(), key=lambda c: crit_rank.get(c.id, len(order)))

    unassessed = [
        rf.rule.id
        for rf in facts
        if any(a.coverage == "assessed" for a in rf.rule.aspects)
        and any(rf.aspects[a.name].status != SUPPORTED for a in rf.rule.aspects if a.coverage == "assessed")
    ]
    shown: dict[int, str] = {}
    results = sorted(
        (r for r in report.requirements if r.verdict.is_gap),
        key=lambda r: (r.verdict is not Verdict.not_met, crit_rank.get(r.criterion, len(order)), req_rank[r.id]),
    )
    gaps = [_gap(engine, r, by_id[r.id], titles, shown, unassessed) for r in results]

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
    missing, lines = advice(rule, rf, unassessed)
    return Gap(
        id=rule.id,
        title=rule.title,
        criterion=r.criterion,
        criterion_title=titles.get(r.criterion, ""),
        verdict=r.verdict,
        plain=plain,
        requirement=r.requirement,
        source=r.source,
        guidance=guidance,
        said=_quotes(rule, rf, compiled),
        missing=missing,
        advice=lines,
        # an example of several paragraphs (6.0's award rule, then every outcome mapped) leads with what it illustrates
        example=(rule.examples.met[0].split("\n\n")[0] if rule.examples.met else ""),
        tailored=tailored,
    )


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


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
