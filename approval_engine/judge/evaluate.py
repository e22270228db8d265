"""The pipeline, end to end: file -> extracted document -> application ->
facts -> durable-rules decisions -> report.

An :class:`Engine` loads the catalogue and a ruleset once (validating and
compiling the ruleset, registering it with durable-rules) and then evaluates
any number of applications; nothing is re-parsed per application.
"""

from __future__ import annotations

import gc
import importlib.resources
from pathlib import Path

from approval_engine import __version__
from approval_engine.catalogue import Catalogue, load_catalogue
from approval_engine.ingest.document import Location
from approval_engine.errors import InputError
from approval_engine.judge.decide import Decision, Decisions, Found, decide, find
from approval_engine.judge.evidence import against, shown
from approval_engine.judge.facts import AspectFacts, Hit, RequirementFacts
from approval_engine.judge.list_items import item_notes
from approval_engine.ingest.model import Application, build_application, load_application_file
from approval_engine.rules import engine as durable
from approval_engine.rules.compile import SUPPORTED, TENTATIVE, compile_ruleset, durable_name, fingerprint
from approval_engine.rules.compile_judgement import compile_judgement
from approval_engine.rules.language import Confidence, Ruleset
from approval_engine.rules.loader import load_compiled
from approval_engine.rules.patterns import CompiledRuleset
from approval_engine.judge.verdicts import AspectResult, CriterionSummary, Evidence, Report, RequirementResult, Verdict

DEFAULT_RULESET = "tda-senco-2008.yaml"
MAX_QUOTE = 400
MAX_EVIDENCE = 4


def data_dir(name: str) -> Path:
    """A top-level data folder: inside the installed package, or beside it in a checkout."""
    try:
        packaged = importlib.resources.files("approval_engine") / name
        if packaged.is_dir():
            return Path(str(packaged))
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[2] / name


def default_ruleset_path() -> Path:
    return data_dir("rulesets") / DEFAULT_RULESET


APPLICATION_SUFFIXES = (".docx", ".docm", ".json", ".yaml", ".yml")
_settled = False


def _settle_heap() -> None:
    """Once per process, when its first engine is built: what is alive then (the
    engine's ruleset, catalogue and compiled patterns, the modules) is moved out of
    the garbage collector's generations (``gc.freeze``). An engine lives as long as
    its process, and without this every full collection an evaluation triggers
    walks its tens of thousands of objects again (measured: about half of the
    collector's time per application). Objects frozen are still freed when their
    last reference goes; only cycles among them are no longer looked for."""
    global _settled
    if not _settled:
        _settled = True
        gc.collect()
        gc.freeze()


def read_application(path: Path) -> Application:
    """Read a Word, JSON or YAML application into the application model."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".json", ".yaml", ".yml"):
        return load_application_file(path)
    if suffix == ".doc":
        raise InputError("a legacy Word 97-2003 .doc file: save it as .docx and try again", path=str(path))
    from approval_engine.ingest.extract import extract

    return build_application(extract(path))


class Engine:
    """A loaded, compiled ruleset ready to evaluate applications."""

    def __init__(self, ruleset_path: Path | None = None, catalogue: Catalogue | None = None):
        self.catalogue = catalogue or load_catalogue()
        self.ruleset_path = Path(ruleset_path) if ruleset_path else default_ruleset_path()
        self.ruleset: Ruleset
        self.compiled: CompiledRuleset
        self.ruleset, self.compiled = load_compiled(self.ruleset_path, known_ids=self.catalogue.ids())
        verdict_rules, actions = compile_ruleset(self.ruleset)
        self.judgement_name = durable_name(self.ruleset, "judgement")
        judgement = compile_judgement(self.ruleset.judgement, prefix=f"{self.judgement_name}.")
        self.durable_rulesets = {self.judgement_name: judgement.rules, **verdict_rules}
        self.actions = {**judgement.actions, **actions}
        self.names = durable.register(self.durable_rulesets, self.actions, fingerprint(self.durable_rulesets))
        self.spec_wording = spec_wording(self.catalogue)
        _settle_heap()

    # ------------------------------------------------------------ stages

    def find(self, app: Application) -> Found:
        """Perception and the judgement rules: each requirement's aspects, claims and applicability."""
        found = find(app, self)
        if "uses_elearning" in found.conditions:
            app.programme.uses_elearning = found.conditions["uses_elearning"]
        return found

    def facts(self, app: Application) -> list[RequirementFacts]:
        return self.find(app).requirements

    def decide(self, facts: list[RequirementFacts]) -> Decisions:
        """The verdict rules over each requirement's record."""
        return decide(self, facts)

    def evaluate(self, app: Application) -> Report:
        facts = self.facts(app)
        decisions = self.decide(facts)
        return self.report(app, facts, decisions)

    def evaluate_file(self, path: Path) -> Report:
        return self.evaluate(read_application(Path(path)))

    # ------------------------------------------------------------ report

    def report(self, app: Application, facts: list[RequirementFacts], decisions: Decisions) -> Report:
        results = [self._result(rf, decisions[rf.rule.id]) for rf in facts]
        criteria = []
        for crit in self.catalogue.criteria:
            mine = [r for r in results if r.criterion == crit.id]
            if not mine:
                continue
            counts = {v.value: sum(r.verdict == v for r in mine) for v in Verdict}
            criteria.append(CriterionSummary(id=crit.id, title=crit.title, counts=counts,
                                             has_gaps=decisions.criteria_gaps.get(crit.id, False)))
        extra = [r for r in results if r.criterion not in {c.id for c in self.catalogue.criteria}]
        if extra:
            counts = {v.value: sum(r.verdict == v for r in extra) for v in Verdict}
            criteria.append(CriterionSummary(id="X", title="Additional requirements", counts=counts,
                                             has_gaps=decisions.criteria_gaps.get("X", False)))
        return Report(
            engine_version=__version__,
            ruleset=self.ruleset.ruleset,
            ruleset_version=self.ruleset.version,
            specification=self.ruleset.specification,
            application=app.title,
            source=app.source,
            sha256=app.sha256,
            provider=app.provider,
            requirements=results,
            criteria=criteria,
            comments=app.comments,
            warnings=app.warnings,
        )

    def _result(self, rf: RequirementFacts, decision: Decision) -> RequirementResult:
        rule = rf.rule
        try:
            req = self.catalogue.get(rule.id)
            criterion, text, source = req.criterion, req.text, req.source
            guidance = [f"Para {g.paragraph}: {g.text}" for g in self.catalogue.guidance_for(rule.id)]
        except KeyError:
            criterion, text, source, guidance = "X", rule.doc, rule.cites, []
        verdict = Verdict(decision.verdict)
        evidence: list[Evidence] = []
        concerns: list[Evidence] = []
        aspects = list(rf.aspects.values())
        shown_texts: set[str] = set()
        for a in aspects:  # the claims that carry each aspect's status, strongest first
            for h in shown(a):
                evidence.append(_evidence(h, a))
                shown_texts.add(h.sentence.text)
        for h, a in against(aspects, shown_texts, limit=2):  # never a sentence shown as evidence
            concerns.append(_evidence(h, a, concern=True))
        missing = [a.describe for a in rf.aspects.values() if a.status != SUPPORTED]
        if verdict in (Verdict.not_met, Verdict.not_applicable):
            # nothing carries a not-met verdict: what was found is shown as context only
            concerns = concerns + [e for e in evidence if e not in concerns]
            evidence = []
        confidence = _confidence(rf, verdict, self.ruleset.decision.confidence)
        return RequirementResult(
            id=rule.id,
            criterion=criterion,
            title=rule.title,
            requirement=text,
            source=source,
            guidance=guidance,
            verdict=verdict,
            confidence=confidence,
            low_confidence=confidence < self.ruleset.decision.low_confidence_below,
            rationale=_rationale(rf, verdict),
            evidence=_dedupe(evidence)[: MAX_EVIDENCE * 2],
            concerns=_dedupe(concerns)[:MAX_EVIDENCE],
            missing=missing if verdict.is_gap else [],
            aspects=[AspectResult(name=a.name, describe=a.describe, status=a.status) for a in rf.aspects.values()],
            rule=f"{self.ruleset.ruleset} {self.ruleset.version} / {decision.rule} ({rule.cites})",
        )


def spec_wording(catalogue: Catalogue) -> list[frozenset[str]]:
    """The specification's own wording, for perception to recognise it given back:
    a word set for each criterion's and requirement's text and for each sentence of the guidance."""
    from approval_engine.judge.text import split_sentences, words

    out = [frozenset(words(s)) for c in catalogue.criteria for s in split_sentences(c.text)]
    out += [frozenset(words(r.text)) for r in catalogue.requirements]
    out += [frozenset(words(s)) for g in catalogue.guidance for s in split_sentences(g.text)]
    return [w for w in out if w]


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1].rstrip() + "…"


def _evidence(h: Hit, a: AspectFacts, concern: bool = False) -> Evidence:
    loc: Location = h.sentence.passage.location
    aspect = a.describe
    if concern or h.status != SUPPORTED:
        aspect = f"{a.describe} — {h.reason or h.status.replace('_', ' ')}"
    if h.via:
        aspect = f"{aspect} ({h.via})"
    # a short list item's own notes after the sentence ("Knows best practice and research. Assessed: Task 3.") are
    # part of what it says, and often what decides
    notes = item_notes(h.sentence.passage.kind, h.sentence.passage.text, h.sentence.index)
    return Evidence(
        quote=_quote(f"{h.sentence.text} {notes}" if notes else h.sentence.text),
        location=loc,
        # a quoted row's cells mean what their columns say they mean ("F2" under "Fitted at"): its headers are shown
        where=f"{loc.label()} — headers: {h.columns}" if h.columns else loc.label(),
        columns=h.columns,
        aspect=aspect,
        passage_id=h.sentence.passage.id,
        find=search_snippet(h.sentence.text),
    )


def search_snippet(text: str, words: int = 7) -> str:
    """The first few words of a quote, as typed into Word's Find box: enough to be unique,
    short enough to sit on one line of the text (Find does not cross a paragraph). A table row
    quoted as its cells ("outcome | module | assessment") is searched for by its first cell."""
    first = text.split(" | ", 1)[0]
    return " ".join(first.split()[:words]).rstrip(",;:")


def _dedupe(items: list[Evidence]) -> list[Evidence]:
    seen, out = set(), []
    for e in items:
        key = (e.passage_id, e.quote)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


_STATUS_WORDS = {
    "negated": "is stated as not offered",
    "aspiration": "is only hoped for or planned, not offered",
    "not_a_statement": "is only asked about or recalled, not stated as an arrangement",
    "wrong_context": "is mentioned only about the wrong subject",
    "deferred": "is left to someone else",
    "contradicted": "is contradicted by the application",
    TENTATIVE: "is shown only in part, or only in unfinished or general terms",
    "absent": "is not addressed",
}


def _rationale(rf: RequirementFacts, verdict: Verdict) -> str:
    if verdict == Verdict.not_applicable:
        return f"Not applicable: {'; '.join(rf.notes) or 'its condition does not hold'}."
    shown = [a.describe for a in rf.aspects.values() if a.status == SUPPORTED]
    gaps = [f"{a.describe} {_STATUS_WORDS.get(a.status, a.status)}" for a in rf.aspects.values() if a.status != SUPPORTED]
    if verdict == Verdict.met:
        return "Met: the application shows " + "; ".join(shown) + "."
    head = "Partially met" if verdict == Verdict.partially_met else "Not met"
    parts = []
    if shown:
        parts.append("it shows " + "; ".join(shown))
    if gaps:
        parts.append("but " + "; ".join(gaps) if shown else "; ".join(gaps))
    text = f"{head}: " + " ".join(parts) + "."
    return text[0].upper() + text[1:]


def _confidence(rf: RequirementFacts, verdict: Verdict, c: Confidence) -> float:
    """How sure the engine is, by the ruleset's ``decision.confidence`` scores: high
    when the evidence is plentiful and unequivocal, lower when claims disagree or
    the verdict rests on one claim."""
    if verdict == Verdict.not_applicable:
        return c.not_applicable
    scores = []
    for a in rf.aspects.values():
        n_ok = len([h for h in a.hits if h.status == SUPPORTED])
        if a.status == SUPPORTED:
            s = c.supported + min(n_ok, c.supporting_claims_counted) * c.per_supporting_claim
            s += c.opposed if a.concerns else 0.0
        elif a.status == "absent":
            s = c.absent_unmatched if a.considered == 0 else c.absent_set_aside
        elif a.status == TENTATIVE:
            s = c.tentative
        else:  # negated, contradicted, hoped for ...: less sure where something else says it in full or in part
            n_for = n_ok + len([h for h in a.hits if h.status == TENTATIVE])
            s = c.against_unopposed if n_for == 0 else c.against_with_support
        scores.append(max(c.floor, min(s, c.ceiling)))
    return round(min(scores) if scores else c.tentative, 2)
