"""Perception: what the text says, as facts for the judgement rules.

For every sentence an aspect's, a contradiction's or a condition's patterns
match, a ``match`` fact records where it is and the cues around it (a
placeholder, a to-do heading, a hedge, a negation governing the match, the
aspect's subject in the sentence or around it). Nothing here decides whether
a match is evidence: the ruleset's ``judgement`` block does.

Each sentence's cues are read once, when a pattern first matches in it, and
what belongs to its passage or its headings once for the passage or headings
(:mod:`approval_engine.judge.sentence_cues`).
"""

from __future__ import annotations

import re

from approval_engine.ingest.model import Application, Passage
from approval_engine.judge.aliases import AliasMatch, AliasReading, outcome_names, read_aliases, table_aliases
from approval_engine.judge.key_entries import term_tables
from approval_engine.judge.response_tables import TableCells
from approval_engine.judge.lists import list_parents
from approval_engine.judge.negation import NegationReader, withdraws
from approval_engine.judge.clauses import semicolon_clause_cue
from approval_engine.judge.subjects import subject_cues
from approval_engine.judge.placeholders import NOT_TEXT, PlaceholderReader
from approval_engine.judge.heading_cues import (HeadingCues, declined_by_code, declined_codes,
                                                rejected_by_code, rejected_proposals)
from approval_engine.judge.outcome_facts import OutcomeReader
from approval_engine.judge.passage_context import read_context
from approval_engine.judge.perception import Match, Perception
from approval_engine.judge.restatement import RestatementReader
from approval_engine.judge.sentence_cues import NO, YES, SentenceCueReader, yn
from approval_engine.judge.text import (Sentence, SentenceIndex, bits, cross_references, holds,
                                        split_sentences, tester, which)
from approval_engine.rules.judgement import ABOUT
from approval_engine.rules import lowercase
from approval_engine.rules.lowercase import variant
from approval_engine.rules.patterns import CompiledAspect, CompiledRuleset
from approval_engine.rules.prefilter import fold

_WHOLE = re.compile(r".+", re.S)
POINTER_WORDS = 25  # an answer that is a pointer is short: "See our answer to 1.2."
# cues read over the whole sentence: (the cue's name on a match fact, the signal that finds it)
SENTENCE_CUES = (("hope", "aspiration"), ("declined", "declined"), ("deferral", "deferral"), ("question", "question"),
                 ("conditional", "conditional"), ("on_request", "on_request"), ("slight", "slight"), ("urged", "urged"), ("past", "past"), ("other_provider", "other_provider"),
                 ("elsewhere", "elsewhere"),
                 ("belief", "belief"), ("general_basis", "general_basis"), ("curriculum", "curriculum"), ("commitment", "commitment"), ("background", "background"),
                 ("title_list", "title_list"), ("findings", "findings"), ("not_admitted", "not_admitted"),
                 ("testimony", "testimony"), ("proposal", "proposal"), ("contact", "contact"), ("glossary", "glossary"), ("self_declared", "self_declared"),
                 ("participant_assessment", "participant_assessment"))
# every match fact has every cue, so a rule's condition never meets a missing field
CUE_DEFAULTS = {
    "has_subject": NO, "subject_here": NO, "wrong_subject_here": NO, "wrong_subject_nearer": NO, "subject_around": NO,
    "wrong_subject_around": NO,
    "blanket": NO, "not_assessed_cue": NO, "develop_cue": NO, "assessed_cue": NO, "cell": NO,
    "via_reference": NO, "pointer": "", "about": "any", "echoes_spec": NO, "withdrawn": NO,
}


class Perceiver(SentenceCueReader, NegationReader, RestatementReader, PlaceholderReader):
    """Reads one application with one compiled ruleset."""

    def __init__(self, app: Application, compiled: CompiledRuleset, spec: list[frozenset[str]] = ()):
        self.app = app
        self.compiled = compiled
        self.spec = spec  # the specification's wording: a word set per requirement and per guidance sentence
        self.sig = compiled.signal_any
        self._ph_cache: dict[str, list[tuple[int, int]]] = {}
        self._headings: dict[tuple[str, ...], HeadingCues] = {}  # heading path -> what its headings say
        self._unfinished: dict[tuple, list[int]] | None = None  # answers with a placeholder -> where in them
        self._position: dict[str, int] = {}  # passage id -> its place in the application
        # passage id -> (concrete, prompt, quoted, a cue its place gives it, the sentences the next one declines)
        self._passage_cues: dict[str, tuple[str, str, str, str, set[int]]] = {}
        self._titles: dict[str, bool] = {}  # paragraph id -> a few words or a title typed as a paragraph
        self._framed: dict[str, bool] = {}  # text -> it holds a specification frame (signals.spec_frame)
        self._own_words: dict[str, set[str]] = {}  # text -> its words, framing aside
        self._read_negation()
        judgement = compiled.ruleset.judgement
        scopes = judgement.cue_scope if judgement is not None else {}
        # an aspect's kind (about:) -> the cues that do not count for it
        self._out_of_scope = {about: tuple(c for c, sc in scopes.items() if not sc.counts_for(about)) for about in ABOUT}
        self._rows: dict[tuple, list[tuple[int, int]]] | None = None  # a table row's cells: (column, words)
        self._sentence_tests = tuple((name, tester(self.sig.get(signal))) for name, signal in SENTENCE_CUES)
        self._cue_test = {signal: test for (_, signal), (_, test) in zip(SENTENCE_CUES, self._sentence_tests)}
        self.sentences: list[Sentence] = []
        self._texts: dict[str, list[str]] = {}  # passage id -> its sentences' texts, in order
        scan = compiled.scan
        scan.forget()  # what was found in another application's texts
        self._list_parents = list_parents(app.passages, NOT_TEXT)  # list item id -> the items it hangs from
        self.declined_codes = declined_codes(app.passages)  # "R3.3 DEFERRED": read once, here and by outcome rows
        self._rejected = (rejected_proposals(app.passages, self.sig.get("proposal_rejected"))
                          | rejected_by_code(app.passages, self.sig.get("proposal_refused_by_code"))
                          | declined_by_code(app.passages, self.declined_codes))
        where = read_context(app.passages, NOT_TEXT, self._list_parents, self.sig.get("field_label"))
        self.context, self._before, self.introducers = where.context, where.before, where.introducers
        self.after, self._options = where.after, where.options
        self.field_values, self.short_leads, self._clause_leads = where.field_values, where.short_leads, where.clause_leads
        self.heading_leads = where.heading_leads
        self._lead_not: dict[str, bool] = {}  # list item id -> its lead says it is not assessed
        for p in app.passages:
            if p.kind in NOT_TEXT:
                continue
            for i, s in enumerate(split_sentences(p.text)):
                sentence = Sentence(s, p, i, len(self.sentences))
                lower = sentence.lower
                sentence.literals = scan.found(lower)
                folded = lower if lower.isascii() else fold(s)
                sentence.folded = sentence.literals if folded == lower else scan.found(folded)
                scan.remember(s, sentence.folded)
                sentence.low = scan.lowered(s)
                self.sentences.append(sentence)
                self._texts.setdefault(p.id, []).append(s)
        self._read_aliases(scan)
        self.pointers = cross_references([p for p in app.passages if p.kind not in NOT_TEXT],
                                         compiled.signals.get("cross_reference") or [], POINTER_WORDS)
        self.outcomes = OutcomeReader(self)
        # an outcome matrix's cells are read as rows, not sentences (a programme of days's themes are read as both)
        matrix = set(self.outcomes.outcome_tables()) - self.outcomes.timetables()
        if matrix:
            typed = self.outcomes.matrix_passages()
            self.sentences = [s for s in self.sentences
                              if s.passage.location.table not in matrix and s.passage.id not in typed]
        self.out = Perception()
        self.index = SentenceIndex(self.sentences)  # which sentences hold which literals
        self.cells = TableCells.read(app.passages, self.sig)  # what the tables' columns and rows say of their cells

    def _read_aliases(self, scan) -> None:
        """The provider's own names for the course's tutors and mentors, and for the national outcomes
        (judge.aliases): each sentence using one is given a second reading with the role's word ("outcomes" for the
        outcomes) in its place, and the literals found there."""
        defined = read_aliases(p.text for p in self.app.passages if p.kind not in NOT_TEXT)
        terms = list(term_tables(self.app.passages, lower=False))
        tabled = table_aliases(terms)  # "Desk editor | A tutor. ..."
        # (and the course's own name for the national outcomes: "Lines | ... our wording of the national outcomes")
        named = outcome_names((p.text for p in self.app.passages if p.kind not in NOT_TEXT), terms)
        reading = AliasReading({**named, **tabled, **defined})  # a term defined in prose and in a table: the prose's
        if not reading.aliases:
            return
        for s in self.sentences:
            aliased = reading.read(s.text)
            if aliased is not None:
                s.aliased = aliased
                more = scan.found(aliased.text.lower())
                if s.literals is not None:
                    s.literals = s.literals | more
                if s.folded is not None:
                    s.folded = s.folded | more

    def _around(self, patterns, s: Sentence) -> tuple[bool, Passage | None]:
        """Whether patterns hold around a sentence: in its own passage and headings, or
        else in the place of an answer that points to it (its row label and headings)."""
        if holds(patterns, self.context[s.passage.id]):
            return True, None
        if s.index == 0 and holds(self.sig.get("points_back"), s.text) and holds(patterns, self._before.get(s.passage.id, "")):
            return True, None  # "As a result, ...": what the paragraph before said
        for pointer in self.pointers.get(s.passage.id, ()):
            if holds(patterns, " ".join((*pointer.location.heading_path, pointer.label))):
                return True, pointer
        return False, None

    # ---------------------------------------------------------------- facts

    def add_match(self, s: Sentence, m: re.Match, role: str, pattern: str, **fields: str) -> dict:
        out = self.out
        mid = f"m{len(out.matches)}"
        out.matches[mid] = Match(mid, s, role, fields.get("req", ""), fields.get("aspect", ""), pattern, m.group(0))
        fact = {"id": mid, "kind": "match", "role": role, "req": "", "aspect": "", "condition": "", "outcome": "",
                "sentence": s.number, "passage": s.passage.id, "pattern": pattern, **CUE_DEFAULTS}
        # the cues (self.cues), then the caller's fields, filled in place: the same fact, one dict fewer
        fact["placeholder"] = self._placeholder(s, m)
        fact.update(self._flags(s))
        # a pointer in a later clause is its own; so is a hope in a later item of a list of three or more
        for cue, signal, clauses in (("elsewhere", "elsewhere", 2), ("hope", "aspiration", 3)):
            if ";" in s.text and (fact[cue] == NO or self._cue_test[signal](s.text)):
                fact[cue] = yn(semicolon_clause_cue(s.text, m.start(), m.end(), self._cue_test[signal], fact[cue] == YES,
                                                    clauses))
        if role == "contradiction":  # a hope for later beside it ("has not yet surveyed ...; it intends to") leaves it
            fact["hope"] = NO        # standing, and so does an "Out of scope" heading over it
            if fact["declined"] == YES and not holds(self.sig.get("declined"), s.text):
                fact["declined"] = NO
        # (a contradiction's own words say no: only a negation around them withdraws it)
        fact["negation"] = yn(self._negated(s, m, inside=role != "contradiction"))
        fact["withdrawn"] = yn(fact["negation"] == YES and withdraws(self.sig.get("withdrawal"), s.text, m))
        fact.update(fields)
        # a cue that counts only for some kinds of aspect is left unraised for the others (judgement.cue_scope)
        for cue in self._out_of_scope.get(fact["about"], ()):
            fact[cue] = NO
        out.facts.append(fact)
        return fact

    def may_contain(self, required: frozenset[str] | None, sets: tuple[frozenset[str], ...] | None = None) -> list[Sentence]:
        """The sentences, in order, that hold one of the ``required`` literals and one of
        each of ``sets`` (all of them when neither narrows them)."""
        mask = self.index.mask(required, sets)
        if mask == -1:
            return self.sentences
        return [self.sentences[k] for k in bits(mask)]

    def aspect_matches(self, req: str, ca: CompiledAspect) -> None:
        pats = ca.any
        considered = 0
        gate = self.index.mask(ca.required)
        items = [(pattern, self.index.mask(required, sets) & gate, variant(pattern))
                 for pattern, required, sets in ca.match_items]
        # only sentences holding what a match needs (every sentence when the aspect has contradictions, looked for everywhere)
        union = 0
        for _, mask, _ in items:
            union |= mask
        every = pats["contradicted_by"] is not None or union < 0
        for k in range(len(self.sentences)) if every else bits(union):
            s = self.sentences[k]
            hit = None
            if union >> k & 1:  # (every sentence is visited for contradictions; few can match)
                for i, (pattern, mask, lower) in enumerate(items):
                    if mask >> k & 1:
                        m = lowercase.search(pattern, lower, s.text, s.low)  # (asked of its lower-case variant)
                        if m is None and s.aliased is not None:  # (or of its reading with the people by role)
                            m = pattern.search(s.aliased.text)
                            m = AliasMatch(m, s.aliased, s.text) if m else None
                        if m:
                            hit = (i, m, pattern)
                            break
            if hit is not None:
                considered += 1
                self._aspect_match(req, ca, s, hit)
            # (looked for in every sentence, those the aspect's words are in too)
            if pats["contradicted_by"] is not None:
                c = pats["contradicted_by"].search(s.text)
                if c:
                    self.add_match(s, c, "contradiction", which(ca.aspect.contradicted_by, ca.patterns["contradicted_by"], c),
                                   req=req, aspect=ca.name)
        if ca.aspect.changes_made or ca.aspect.what_was_heard:  # "What we heard | What we did": the changes, or what was heard
            titled = self.sig.get("change_heading")  # (its run-in title itself is no change)
            cells, why = ((self.cells.changes, "a change made for what was heard (its column or heading)") if ca.aspect.changes_made
                          else (self.cells.heard, "what stakeholders said (its column, beside what was done)"))
            for s in (s for s in self.sentences if s.passage.id in cells and not holds(titled, s.text)):
                considered += 1
                self.add_match(s, _WHOLE.match(s.text), "aspect", why, req=req, aspect=ca.name, about=ca.aspect.about)
        self.out.considered[(req, ca.name)] = considered

    def _aspect_match(self, req: str, ca: CompiledAspect, s: Sentence, hit: tuple) -> None:
        """An aspect's words found in a sentence: read, and asserted as a match fact unless what must
        come with them is missing."""
        pats = ca.any
        with_ = ca.patterns["with"]
        lead = self._clause_leads.get(s.passage.id, "")  # (or in the lead whose sentence the item finishes)
        if with_ and not all(holds(p, s.text) or holds(p, lead) or (s.aliased is not None and holds(p, s.aliased.text))
                             for p in with_):
            return  # the aspect's words without what must come with them: not read further
        pointer = None
        if pats["near"] is not None:
            near, pointer = self._around(pats["near"], s)
            if not near:
                return
        i, m, pattern = hit
        m = self._unnegated(s, m, pattern)
        fact = self.add_match(s, m, "aspect", ca.aspect.match[i], req=req, aspect=ca.name, about=ca.aspect.about)
        # the aspect's words in the specification's own terms, naming no arrangement: the requirement said back in general
        fact["echoes_spec"] = yn(fact["concrete_here"] == NO and self.echoes_spec(s.text))
        if ca.aspect.concrete_from == "sentence":
            fact["concrete"] = fact["concrete_here"]  # general support beside an arrangement is still general
        if not ca.aspect.every_participant:
            # only an arrangement owed to every participant is weakened by it; the claims row tests the one field, as a
            # second field there takes the claims table past durable-rules' expression limit (error 113)
            fact["on_request"] = NO
        if ca.patterns["subject"] or ca.patterns["not_subject"]:
            subject = subject_cues(ca, s, m, self.context[s.passage.id])
            if subject["subject_here"] == NO and subject["subject_around"] == NO:
                around, via = self._around(pats["subject"], s)
                if around:
                    subject["subject_around"], pointer = YES, pointer or via
            fact.update(subject)
        if pointer is not None:
            fact.update(via_reference=YES, pointer=pointer.id)
            self.out.matches[fact["id"]].pointer = pointer

    def condition_matches(self) -> None:
        for name, patterns in self.compiled.conditions.items():
            default = self.compiled.ruleset.conditions[name].default
            self.out.facts.append({"id": f"condition:{name}", "kind": "condition", "condition": name, "default": yn(default)})
            source = self.compiled.ruleset.conditions[name].match
            masks = [self.index.mask(None, sets) for sets in self.compiled.condition_sets[name]]
            for n, s in enumerate(self.sentences):
                for k, p in enumerate(patterns):
                    if masks[k] >> n & 1:
                        for m in p.finditer(s.text):
                            self.add_match(s, m, "condition", source[k], condition=name)

    def perceive(self) -> Perception:
        for rule in self.compiled.ruleset.requirements:
            for ca in self.compiled.aspects[rule.id]:
                source = ca.aspect.coverage or "text"
                outcome = rule.id if ca.aspect.coverage in ("developed", "assessed") else ""
                self.out.facts.append({"id": f"aspect:{rule.id}:{ca.name}", "kind": "aspect", "req": rule.id,
                                       "aspect": ca.name, "source": source, "outcome": outcome})
                if not ca.aspect.coverage:
                    self.aspect_matches(rule.id, ca)
        self.condition_matches()
        self.outcomes.perceive()
        for n, fact in enumerate(self.out.facts):
            fact["n"] = n  # every fact is numbered, so a rule can take "the first such fact"
        return self.out

