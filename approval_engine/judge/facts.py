"""Facts: what the application shows for each aspect of each requirement.

This stage reads the application model with a compiled ruleset and, for
every rule, classifies every sentence that an aspect's patterns match:

    supported      says concretely that the provider does it
    tentative      matched, but in unfinished text (a placeholder) or without
                   the subject the aspect needs
    negated        "we do not offer ..." (a negation cue in the same clause)
    aspiration     "we hope in future to ..." (a hedge in the same sentence)
    wrong_context  the right words about the wrong subject (tutors' checks,
                   not candidates')
    deferred       the responsibility is passed to someone else
    contradicted   a sentence that defeats the aspect (e.g. award by compensation)

and summarises each aspect as one status, the strongest found, with the
sentences behind it. For the minimum outcomes (criterion 6) it also reads
outcome tables (one matrix, or an outcomes-to-modules table followed across
to a modules-to-assessment table) and module text, to say where each outcome
is developed and whether it is assessed.

The facts are data; the decisions are made by the rules (durable-rules).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from approval_engine.ingest.model import Application, Passage
from approval_engine.rules.compile import SUPPORTED, TENTATIVE
from approval_engine.rules.language import CompiledAspect, CompiledRuleset, Rule

# the order in which an aspect's status is chosen when several sentences speak to it
PRECEDENCE = ("contradicted", SUPPORTED, TENTATIVE, "deferred", "negated", "aspiration", "wrong_context", "absent")
NEGATION_BEFORE_WORDS = 12  # "we do not currently offer any X": the cue must precede the match closely
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that|where|when|if|unless|until|whether)\W+(?:\w+\W+){0,2}$", re.I)
NEGATION_AFTER_WORDS = 5  # "X is not offered": the cue must follow the match closely
CONCERN_STATUSES = ("contradicted", "deferred", "negated", "aspiration", "wrong_context", "absent")

_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_ABBREV = re.compile(r"\b(e\.g|i\.e|eg|ie|Dr|Mr|Mrs|Ms|Prof|St|No|cf|etc|para|vol)\.$", re.I)
_CLAUSE_BOUNDARY = re.compile(r"[;:]|,\s+(?:but|although|though|whereas|while|and)\b|\b(?:but|however|although|whereas)\b", re.I)
_MODULE = re.compile(r"\b([A-Z]{2,5})\s?(\d{3,4}[A-Z]?)\b|\bModule\s+([A-Z]\b|\d{1,2}\b)")
_EMPTY_CELL = re.compile(r"^[\s\-–—_.?xX✗✘/]*$|^(n/?a|none|no|nil|tbc|tba|tbd|to be (confirmed|decided|agreed))\.?$", re.I)
_WORD = re.compile(r"[a-z]{3,}")
_OUTCOME_ID = re.compile(r"^\s*6\.([AKS])(\d)([a-d])?\b", re.I)
_STOP = set(
    "the and for with their they them this that from into have has are was were will can not all own "
    "including incl other others its how who what which when where been being use using sen send pupils pupil "
    "children young people disabilities disability and/or".split()
)


@dataclass
class Sentence:
    text: str
    passage: Passage
    index: int  # position in the passage
    lower: str = ""

    def __post_init__(self) -> None:
        self.lower = self.text.lower()

    def may_contain(self, required: frozenset[str] | None) -> bool:
        """False only when no match is possible (none of the pattern's required strings is here)."""
        return required is None or any(r in self.lower for r in required)


@dataclass
class Hit:
    """A sentence an aspect matched, and what it was judged to be."""

    status: str
    sentence: Sentence
    reason: str = ""
    aspect: str = ""


@dataclass
class AspectFacts:
    name: str
    describe: str
    status: str = "absent"
    hits: list[Hit] = field(default_factory=list)
    considered: int = 0

    @property
    def evidence(self) -> list[Hit]:
        return [h for h in self.hits if h.status in (SUPPORTED, TENTATIVE)]

    @property
    def concerns(self) -> list[Hit]:
        return [h for h in self.hits if h.status in CONCERN_STATUSES]


@dataclass
class RequirementFacts:
    """Everything the rules need to decide one requirement."""

    rule: Rule
    applicable: bool
    aspects: dict[str, AspectFacts]
    notes: list[str] = field(default_factory=list)

    def as_fact(self) -> dict:
        """The flat fact asserted into durable-rules (small: ids and statuses only)."""
        fact = {"req": self.rule.id, "applicable": "yes" if self.applicable else "no"}
        for name, a in self.aspects.items():
            fact[f"a_{name}"] = a.status
        return fact


@dataclass
class OutcomeCoverage:
    developed: bool = False
    assessed: bool = False
    developed_hits: list[Hit] = field(default_factory=list)
    assessed_hits: list[Hit] = field(default_factory=list)
    concern_hits: list[Hit] = field(default_factory=list)
    source: str = ""


# --------------------------------------------------------------- text helpers


def split_sentences(text: str) -> list[str]:
    """Sentences, never splitting after an abbreviation or inside brackets
    ("[TBC – entry requirements? Check guidance]" stays one piece)."""
    parts = _SENT_SPLIT.split(text)
    out: list[str] = []
    for part in parts:
        if out and (_ABBREV.search(out[-1]) or out[-1].count("[") > out[-1].count("]")
                    or out[-1].count("(") > out[-1].count(")")):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return [p.strip() for p in out if p.strip()]


def _any(patterns: list[re.Pattern] | re.Pattern | None, text: str) -> re.Match | None:
    """The first match of any pattern (a list, or one combined alternation)."""
    if patterns is None:
        return None
    if isinstance(patterns, re.Pattern):
        return patterns.search(text)
    for p in patterns:
        m = p.search(text)
        if m:
            return m
    return None


def _first_match(items: list[tuple[re.Pattern, frozenset[str] | None]], s: "Sentence") -> re.Match | None:
    """The first match of any pattern, searching only those whose required strings are present."""
    for pattern, required in items:
        if s.may_contain(required):
            m = pattern.search(s.text)
            if m:
                return m
    return None


def _clause_before(text: str, start: int) -> str:
    """The words a negation must sit in to govern a match: the same clause, and
    no more than NEGATION_BEFORE_WORDS words before it ("we do not offer X",
    not "an applicant who has not worked in a school ... must obtain X")."""
    head = text[:start]
    cut = 0
    for m in _CLAUSE_BOUNDARY.finditer(head):
        cut = m.end()
    words = head[cut:].split()
    return " ".join(words[-NEGATION_BEFORE_WORDS:])


def _clause_after(text: str, end: int) -> str:
    tail = text[end:]
    m = _CLAUSE_BOUNDARY.search(tail)
    return tail[: m.start()] if m else tail


def _module_key(m: re.Match) -> str:
    if m.group(3):
        return f"MODULE{m.group(3).upper()}"
    return f"{m.group(1)}{m.group(2)}".upper()


def modules_in(text: str) -> set[str]:
    keys = {_module_key(m) for m in _MODULE.finditer(text)}
    # "Modules A and B", "Modules 1, 2 and 3"
    for m in re.finditer(r"\bModules\s+((?:[A-Z]|\d{1,2})(?:\s*(?:,|and|&)\s*(?:[A-Z]|\d{1,2})\b)+)", text):
        for k in re.findall(r"\b([A-Z]|\d{1,2})\b", m.group(1)):
            keys.add(f"MODULE{k}")
    return keys


def _words(text: str) -> set[str]:
    return {w[:6] for w in _WORD.findall(text.lower()) if w not in _STOP}


# --------------------------------------------------------------- the stage


class FactFinder:
    """Finds facts in one application with one compiled ruleset."""

    def __init__(self, app: Application, compiled: CompiledRuleset):
        self.app = app
        self.compiled = compiled
        self.sig = compiled.signal_any
        self._ph_cache: dict[str, list[tuple[int, int]]] = {}
        self.sentences: list[Sentence] = []
        self.context: dict[str, str] = {}
        for p in app.passages:
            if p.kind in ("heading", "label"):
                continue
            self.context[p.id] = " ".join((*p.location.heading_path, p.label, p.text))
            for i, s in enumerate(split_sentences(p.text)):
                self.sentences.append(Sentence(s, p, i))
        # an outcome matrix maps outcomes to modules: its cells are the coverage analysis's,
        # not evidence for criteria 1-5 (a long outcome statement is not provision)
        self.outcome_analysis = OutcomeAnalysis(self)
        matrix = set(self.outcome_analysis.outcome_tables())
        if matrix:
            self.sentences = [s for s in self.sentences if s.passage.location.table not in matrix]
        self.conditions = {name: self._condition(name) for name in compiled.conditions}
        self._coverage: dict[str, OutcomeCoverage] | None = None

    # ---- conditions

    def _condition(self, name: str) -> bool:
        pats = self.compiled.conditions[name]
        default = self.compiled.ruleset.conditions[name].default
        positive = negative = 0
        for s in self.sentences:
            judged = {self._judge(s, m)[0] for p in pats for m in p.finditer(s.text)}
            if not judged:
                continue
            if "negated" in judged:
                negative += 1  # "we are considering a VLE, but ... makes no use of e-learning"
            elif SUPPORTED in judged:  # a hope for the future is neither for nor against
                positive += 1
        if positive == 0 and negative == 0:
            return default
        return positive > negative

    # ---- judging one matched sentence

    def _placeholders(self, text: str) -> list[tuple[int, int]]:
        cached = self._ph_cache.get(text)
        if cached is None:
            pat = self.sig["placeholder"]
            cached = [m.span() for m in pat.finditer(text)] if pat is not None else []
            self._ph_cache[text] = cached
        return cached

    def _judge(self, s: Sentence, m: re.Match) -> tuple[str, str]:
        text = s.text
        spans = self._placeholders(text)
        if any(a <= m.start() < b for a, b in spans):
            return "absent", "only inside a placeholder"
        if spans or self._placeholders(s.passage.text):
            return TENTATIVE, "unfinished text (the answer still has placeholders)"
        flags = self._flags(s)
        if flags["unfinished"]:
            return "aspiration", "in a to-do list or a note to the drafting team, not an arrangement"
        if flags["aspiration"]:
            return "aspiration", "only hoped for or planned, not offered"
        if flags["declined"]:
            return "negated", "considered and turned down"
        before = _clause_before(text, m.start())
        if self._governing_negation(before) or self._negated_inside(m):
            return "negated", "stated as not offered"
        after = " ".join(_clause_after(text, m.end()).split()[:NEGATION_AFTER_WORDS])
        if _any(self.sig["negation_after"], after):
            return "negated", "stated as not offered"
        if flags["deferral"]:
            return "deferred", "the responsibility is left to someone else"
        return SUPPORTED, ""

    def _governing_negation(self, before: str) -> bool:
        """A negation cue in the words before a match, unless it sits in a relative or
        conditional clause ("an applicant who has not worked in a school ... must obtain")."""
        neg = self.sig["negation"]
        if neg is None:
            return False
        return any(not _RELATIVE.search(before[: cue.start()]) for cue in neg.finditer(before))

    def _negated_inside(self, m: re.Match) -> bool:
        """A negation inside a long match ("tutors receive no training"), unless the
        pattern itself asks for that word ("not yet ready")."""
        neg = self.sig["negation"]
        if neg is None:
            return False
        source = m.re.pattern.lower()
        for cue in neg.finditer(m.group(0)):
            word = cue.group(0).strip().lower()
            if word and not re.search(r"(?<![a-z])" + re.escape(word) + r"(?![a-z])", source):
                return True
        return False

    def _flags(self, s: Sentence) -> dict[str, bool]:
        """Sentence-wide signals, computed once per sentence."""
        flags = getattr(s, "_flags", None)
        if flags is None:
            flags = {name: bool(_any(self.sig[name], s.text)) for name in ("aspiration", "declined", "deferral")}
            flags["unfinished"] = any(_any(self.sig["unfinished_heading"], h) for h in s.passage.location.heading_path)
            s._flags = flags  # type: ignore[attr-defined]
        return flags

    def _aspect_hits(self, ca: CompiledAspect) -> tuple[list[Hit], int]:
        pats = ca.any
        with_ = ca.patterns["with"]
        hits: list[Hit] = []
        considered = 0
        required = ca.required
        for s in self.sentences:
            if not s.may_contain(required):
                continue
            m = _first_match(ca.match_items, s)
            if not m:
                continue
            considered += 1
            if with_ and not all(p.search(s.text) for p in with_):
                continue
            ctx = self.context[s.passage.id]
            if pats["near"] is not None and not _any(pats["near"], ctx):
                continue
            if self._contradicts(pats["contradicted_by"], s):
                hits.append(Hit("contradicted", s, "this defeats the requirement", ca.name))
                continue
            status, reason = self._judge(s, m)
            if status == "absent":
                continue
            if status == SUPPORTED and pats["subject"]:
                if _any(pats["subject"], s.text):
                    pass
                elif pats["not_subject"] and _any(pats["not_subject"], s.text):
                    status, reason = "wrong_context", "about someone or something else than the requirement asks"
                elif _any(pats["subject"], ctx) and not (pats["not_subject"] and _any(pats["not_subject"], ctx)):
                    pass
                elif pats["not_subject"] and _any(pats["not_subject"], ctx):
                    status, reason = "wrong_context", "about someone or something else than the requirement asks"
                else:
                    status, reason = TENTATIVE, "does not say who or what it applies to"
            hits.append(Hit(status, s, reason, ca.name))
        # an answer that says it both ways is not a clear yes: support in a passage that
        # also negates the same aspect counts only as tentative
        negated_in = {h.sentence.passage.id for h in hits if h.status == "negated"}
        for h in hits:
            if h.status == SUPPORTED and h.sentence.passage.id in negated_in:
                h.status, h.reason = TENTATIVE, "the same passage also says it is not offered"
        for s in self.sentences if pats["contradicted_by"] is not None else ():
            # contradictions that do not mention the aspect's own words
            if not (s.may_contain(required) and _any(pats["match"], s.text)) and self._contradicts(pats["contradicted_by"], s):
                hits.append(Hit("contradicted", s, "this defeats the requirement", ca.name))
        return hits, considered

    def _contradicts(self, patterns: list[re.Pattern], s: Sentence) -> bool:
        """A contradicting phrase counts unless it is itself negated or hedged
        ("no compensation is allowed")."""
        if not patterns:
            return False
        m = _any(patterns, s.text)
        return bool(m) and self._judge(s, m)[0] in (SUPPORTED, TENTATIVE)

    # ---- outcome coverage (criterion 6)

    def coverage(self) -> dict[str, OutcomeCoverage]:
        if self._coverage is None:
            self._coverage = self.outcome_analysis.run()
        return self._coverage

    # ---- all requirements

    def requirement_facts(self, rule: Rule) -> RequirementFacts:
        applicable = True
        notes: list[str] = []
        if rule.applies_when:
            applicable = self.conditions.get(rule.applies_when, False)
            if not applicable:
                notes.append(f"condition '{rule.applies_when}' is false for this application")
        aspects: dict[str, AspectFacts] = {}
        for ca in self.compiled.aspects[rule.id]:
            a = AspectFacts(ca.name, ca.aspect.describe)
            if ca.aspect.coverage == "all_assessed":
                covs = self.coverage()
                assessed = [rid for rid, c in covs.items() if c.assessed]
                a.considered = len(covs)
                if covs and len(assessed) == len(covs):
                    a.status = SUPPORTED
                elif assessed:
                    a.status = TENTATIVE
                    notes.append(f"{len(covs) - len(assessed)} of {len(covs)} minimum outcomes are not shown to be assessed")
                for rid, c in covs.items():
                    a.hits += c.assessed_hits[:1]
                    if not c.assessed:
                        a.hits += [Hit(h.status, h.sentence, f"{rid}: {h.reason}", ca.name)
                                   for h in c.concern_hits if h.aspect == "assessed"][:1]
            elif ca.aspect.coverage:
                cov = self.coverage().get(rule.id, OutcomeCoverage())
                ok = cov.developed if ca.aspect.coverage == "developed" else cov.assessed
                a.hits = list(cov.developed_hits if ca.aspect.coverage == "developed" else cov.assessed_hits)
                a.hits += [h for h in cov.concern_hits if h.aspect == ca.name]
                explicit_no = any(h.reason.startswith("stated as not") for h in a.concerns)
                a.status = SUPPORTED if ok else ("negated" if explicit_no else "absent")
                a.considered = len(a.hits)
                if cov.source:
                    notes.append(cov.source)
            else:
                hits, considered = self._aspect_hits(ca)
                a.hits, a.considered = hits, considered
                found = {h.status for h in hits}
                a.status = next((st for st in PRECEDENCE if st in found), "absent")
            aspects[ca.name] = a
        return RequirementFacts(rule, applicable, aspects, notes)


class OutcomeAnalysis:
    """Where each minimum outcome is developed and whether it is assessed."""

    def __init__(self, finder: FactFinder):
        self.f = finder
        self.app = finder.app
        self.sig = finder.sig
        self.outcomes = finder.compiled.outcomes  # rule id -> term patterns
        self._tables: dict[int, list[tuple[int, list[str], str, float]]] | None = None
        self.keywords: dict[str, set[str]] = {}
        for rule in finder.compiled.ruleset.requirements:
            if rule.outcome:
                self.keywords[rule.id] = _words(" ".join(rule.outcome.keywords) + " " + rule.title)

    def _present(self, cell: str) -> bool:
        cell = cell.strip()
        if not cell or _EMPTY_CELL.match(cell):
            return False
        if _any(self.sig["placeholder"], cell) and len(_any(self.sig["placeholder"], cell).group(0)) >= len(cell) - 2:
            return False
        return True

    def match_outcome(self, text: str) -> tuple[str | None, float]:
        """The minimum outcome a table row names: by an explicit identifier at its
        start ("6.S7 Involve pupils…"), else by its terms and keywords."""
        m = _OUTCOME_ID.match(text)
        if m:
            rid = f"6.{m.group(1).upper()}{m.group(2)}{(m.group(3) or '').lower()}"
            if rid in self.outcomes:
                return rid, 10.0
        best, best_score = None, 0.0
        words = _words(text)
        for rid, pats in self.outcomes.items():
            score = 0.0
            if _any(pats, text):
                score += 1.0
            kw = self.keywords.get(rid, set())
            if kw and words:
                score += len(words & kw) / max(4, len(kw)) * 1.0
            if score > best_score:
                best, best_score = rid, score
        return best, best_score

    def module_assessment(self) -> dict[str, bool]:
        """Module -> assessed? from tables with an assessment column, then from text."""
        status: dict[str, bool] = {}
        for t in self.app.tables:
            if not t.rows:
                continue
            header = t.rows[0]
            acols = [j for j, h in enumerate(header) if re.search(r"assess|assignment|task", h, re.I) and j > 0]
            if not acols:
                continue
            for row in t.rows[1:]:
                others = " ".join(c for j, c in enumerate(row) if j not in acols)
                mods = modules_in(others)
                if not mods:
                    continue
                acell = " ".join(row[j] for j in acols if j < len(row))
                assessed = self._present(acell) and not _any(self.sig["not_assessed"], acell)
                for mod in mods:
                    status[mod] = status.get(mod, False) or assessed
        for s in self.f.sentences:
            mods = modules_in(s.text)
            if not mods:
                continue
            if _any(self.sig["not_assessed"], s.text):
                for mod in mods:
                    status.setdefault(mod, False)
            elif _any(self.sig["assessed"], s.text) and not _any(self.sig["aspiration"], s.text):
                for mod in mods:
                    status.setdefault(mod, True)
        return status

    def _table_columns(self, header: list[str]) -> tuple[list[int], list[int]]:
        develop, assess = [], []
        for j, h in enumerate(header):
            if j == 0:
                continue
            if re.search(r"assess", h, re.I):
                assess.append(j)
            else:
                develop.append(j)
        return develop, assess

    def outcome_tables(self) -> dict[int, list[tuple[int, list[str], str, float]]]:
        """Tables that map minimum outcomes (at least four rows naming one), with
        their matched rows: {table index: [(row, cells, outcome id, score)]}."""
        if self._tables is not None:
            return self._tables
        found: dict[int, list[tuple[int, list[str], str, float]]] = {}
        for t in self.app.tables:
            if len(t.rows) < 4:
                continue
            rows = []
            for r, row in enumerate(t.rows[1:], start=1):
                if not row or len(set(c.strip() for c in row)) == 1:
                    continue  # group row (merged across) or empty
                rid, score = self.match_outcome(row[0])
                if rid and score >= 0.5:
                    rows.append((r, row, rid, score))
            if len(rows) >= 4:
                found[t.index] = rows
        self._tables = found
        return found

    def run(self) -> dict[str, OutcomeCoverage]:
        cov: dict[str, OutcomeCoverage] = {}
        mod_assessed = self.module_assessment()
        any_assessment = any(mod_assessed.values()) or any(
            _any(self.sig["assessed"], s.text) for s in self.f.sentences
        )
        in_table: set[str] = set()
        # 1. outcome tables
        outcome_tables = self.outcome_tables()
        for t in self.app.tables:
            if t.index not in outcome_tables:
                continue
            matched = outcome_tables[t.index]
            develop, assess = self._table_columns(t.rows[0])
            taken: dict[str, float] = {}
            for r, row, rid, score in sorted(matched, key=lambda x: -x[3]):
                if rid in taken:
                    continue
                taken[rid] = score
                c = cov.setdefault(rid, OutcomeCoverage())
                in_table.add(rid)
                block_ids = t.cell_blocks[r][0] if t.cell_blocks and r < len(t.cell_blocks) else []
                anchor = self._passage(block_ids)
                dev_cells = [row[j] for j in develop if j < len(row) and self._present(row[j])]
                developed = bool(dev_cells)
                if assess:
                    a_cells = [row[j] for j in assess if j < len(row)]
                    assessed = any(self._present(x) and not _any(self.sig["not_assessed"], x) for x in a_cells)
                else:
                    mods = set().union(*(modules_in(x) for x in dev_cells)) if dev_cells else set()
                    assessed = any(mod_assessed.get(m, False) for m in mods)
                quote = " | ".join(x.strip() for x in row if x.strip())
                if anchor is not None:
                    hit = Hit(SUPPORTED, Sentence(quote, anchor, 0), "outcome table row", "")
                    if developed:
                        c.developed_hits.append(Hit(SUPPORTED, hit.sentence, "mapped to where it is developed", "developed"))
                    if assessed:
                        c.assessed_hits.append(Hit(SUPPORTED, hit.sentence, "mapped to how it is assessed", "assessed"))
                    if not developed:
                        c.concern_hits.append(Hit("absent", hit.sentence, "the outcome table gives no module where it is developed", "developed"))
                    if not assessed:
                        c.concern_hits.append(Hit("absent", hit.sentence, "the outcome table shows no assessment for it", "assessed"))
                c.developed = c.developed or developed
                c.assessed = c.assessed or assessed
                c.source = f"outcome table {t.index}"
        # 2. module and programme text
        for rid, pats in self.outcomes.items():
            c = cov.setdefault(rid, OutcomeCoverage())
            required = self.f.compiled.outcome_required.get(rid)
            for s in self.f.sentences:
                if not s.may_contain(required):
                    continue
                if s.passage.kind == "cell" and rid in in_table:
                    continue
                m = _any(pats, s.text)
                if not m or _any(self.sig["blanket"], s.text):
                    continue
                status, reason = self.f._judge(s, m)
                if status == "absent":
                    continue
                if _any(self.sig["not_assessed"], s.text):
                    c.concern_hits.append(Hit("negated", s, "stated as not assessed", "assessed"))
                    if status == SUPPORTED and rid not in in_table and re.search(
                        r"develop|taught|cover|explore|introduc|address", s.text, re.I
                    ):
                        c.developed = True
                        c.developed_hits.append(Hit(SUPPORTED, s, "developed (but stated as not assessed)", "developed"))
                    c.assessed = False if rid not in in_table else c.assessed
                    c.source = c.source or "module text"
                    continue
                if status != SUPPORTED:
                    c.concern_hits.append(Hit(status, s, reason, "developed"))
                    continue
                if rid in in_table:
                    continue  # the table is the provider's own account of coverage
                c.developed = True
                c.developed_hits.append(Hit(SUPPORTED, s, "developed in the programme", "developed"))
                ctx = self.f.context[s.passage.id]
                mods = modules_in(ctx)
                explicit_no = any(h.aspect == "assessed" and h.status == "negated" for h in c.concern_hits)
                if not explicit_no and any_assessment and (
                    _any(self.sig["assessed"], s.text) or any(mod_assessed.get(mm, False) for mm in mods)
                ):
                    c.assessed = True
                    c.assessed_hits.append(Hit(SUPPORTED, s, "assessed where it is developed", "assessed"))
                c.source = c.source or "module text"
        return cov

    def _passage(self, block_ids: list[str]) -> Passage | None:
        for bid in block_ids:
            try:
                return self.app.passage(bid)
            except KeyError:
                continue
        return None
