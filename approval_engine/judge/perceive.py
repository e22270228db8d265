"""Perception: what the text says, as facts for the judgement rules.

For every sentence an aspect's, a contradiction's or a condition's patterns
match, a ``match`` fact records where it is and the cues around it (a
placeholder, a to-do heading, a hedge, a negation governing the match, the
aspect's subject in the sentence or around it). Nothing here decides whether
a match is evidence: the ruleset's ``judgement`` block does.

Each sentence's cues are read once, when a pattern first matches in it, and
what belongs to its passage or its headings once for the passage or headings.
"""

from __future__ import annotations

import re

from approval_engine.ingest.model import Application, Passage
from approval_engine.judge.response_tables import TableCells
from approval_engine.judge.lists import list_cue, list_parents
from approval_engine.judge.negation import NegationReader, withdraws
from approval_engine.judge.clauses import semicolon_clause_cue
from approval_engine.judge.subjects import subject_cues
from approval_engine.judge.placeholders import NOT_TEXT, PlaceholderReader
from approval_engine.judge.heading_cues import (HeadingCues, contents_entry, declined_by_code, declined_codes,
                                                read_heading_cues, rejected_by_code, rejected_proposals)
from approval_engine.judge.outcome_facts import OutcomeReader
from approval_engine.judge.passage_context import read_context
from approval_engine.judge.perception import Match, Perception
from approval_engine.judge.restatement import RestatementReader
from approval_engine.judge.text import (FRAGMENT_WORDS, Sentence, SentenceIndex, bits, cross_references, holds,
                                        split_sentences, tester, title_like, which)
from approval_engine.rules.judgement import ABOUT
from approval_engine.rules import lowercase
from approval_engine.rules.lowercase import variant
from approval_engine.rules.patterns import CompiledAspect, CompiledRuleset
from approval_engine.rules.prefilter import fold

_PLEASE = re.compile(r"\W*please\b", re.I)  # a request: "Please describe how you ..."
_WHOLE = re.compile(r".+", re.S)
_CODE = re.compile(r"\W*(?:[A-Z]{1,3}\d{0,2}[a-z]?|\d{1,2}(?:\.\d{1,2})*[a-z]?)[.)]?\s*")  # "T3.", "IP5.", "4.2"
POINTER_WORDS = 25  # an answer that is a pointer is short: "See our answer to 1.2."
YES, NO = "yes", "no"
# cues read over the whole sentence: (the cue's name on a match fact, the signal that finds it)
SENTENCE_CUES = (("hope", "aspiration"), ("declined", "declined"), ("deferral", "deferral"), ("question", "question"),
                 ("conditional", "conditional"), ("on_request", "on_request"), ("slight", "slight"), ("past", "past"), ("other_provider", "other_provider"),
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


def yn(flag: object) -> str:
    return YES if flag else NO


class Perceiver(NegationReader, RestatementReader, PlaceholderReader):
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

    # ---------------------------------------------------------------- cues

    def sentence_cues(self, s: Sentence) -> dict[str, str]:
        """The cues read over a whole sentence (its kind), whatever matched in it."""
        return dict(self._flags(s))

    def under_assessment_heading(self, passage) -> bool:
        """The passage stands under a heading that names one piece of assessed work
        (signals.assessment_heading: "Assignment 2 (summative, 4,000 words)", "Task B: ..."),
        not one that says it is formative: it is that assessment's brief. A list whose own
        introducer says its items are not assessed ("... but not part of the assessment:") is not."""
        return (passage.kind != "heading" and self._heading_cues(passage.location.heading_path).assessment_brief
                and not self.lead_not_assessed(passage.id))

    def lead_not_assessed(self, passage_id: str) -> bool:
        """The lead a list item hangs from says its items are not assessed ("... but not part of the assessment:"),
        read once per item."""
        got = self._lead_not.get(passage_id)
        if got is None:
            got = self._lead_not[passage_id] = holds(self.sig.get("not_assessed"), self.introducers.get(passage_id, ""))
        return got

    def _heading_cues(self, path: tuple[str, ...]) -> HeadingCues:
        """What the headings over a passage say of it, read once per heading path."""
        cues = self._headings.get(path)
        if cues is None:
            cues = self._headings[path] = read_heading_cues(self.sig, path)
        return cues

    def _flags(self, s: Sentence) -> dict[str, str]:
        """Sentence-wide cues, computed once per sentence (and what is its passage's
        or its headings', once for the passage or headings)."""
        flags = s.cues
        if flags is None:
            sig, text, passage = self.sig, s.text, s.passage
            flags = {name: yn(test(text)) for name, test in self._sentence_tests}
            got = self._passage_cues.get(passage.id)
            if got is None:
                # concreteness is the passage's ("These findings were built in." follows them); a question column is a prompt
                # a passage wholly in quotation marks is someone else's words (a testimonial, a panel's condition)
                # a list item nested under "Not offered:" takes its cue; a cell under "What we said before" is the past, under
                # "State in the similar variety" another provider's; and the sentences the next declines
                got = self._passage_cues[passage.id] = (
                    yn(holds(sig.get("concrete"), passage.text)),
                    yn(holds(sig.get("prompt"), passage.text) or passage.id in self.cells.question),
                    yn(holds(sig.get("quoted_passage"), passage.text)),
                    list_cue(self._list_parents.get(passage.id, ()), self.introducers.get(passage.id, ""), sig)
                    or ("past" if passage.id in self.cells.superseded else "other_provider" if passage.id in self.cells.others else ""),
                    {i for i, t in enumerate(self._texts[passage.id][1:]) if holds(sig.get("declines_the_last"), t)})
            flags["concrete"] = got[0]
            flags["quoted"] = got[2]
            if got[3]:
                flags[got[3]] = YES
            if s.index in got[4]:
                flags["declined"] = YES
            flags["concrete_here"] = yn(holds(sig.get("concrete"), text))
            flags["restates_spec"] = yn(self.restates_spec(text, frame=passage.text))
            # (a request further into a passage is a prompt too: "Your experience. Please describe how you ...";
            # a bare imperative there is more often a task's brief: "A case study. Identify the pupil's needs ...")
            flags["prompt"] = yn(got[1] == YES or (s.index > 0 and _PLEASE.match(text) is not None
                                                   and holds(sig.get("prompt"), text)))
            flags["staff_record"] = yn(passage.id in self.cells.staff or holds(sig.get("staff_own_record"), text))
            flags["fragment"] = yn(self._fragment(s))
            flags["past_narrative"] = yn(holds(sig.get("past_narrative"), text)
                                         and not holds(sig.get("present_tense"), text))
            headings = self._heading_cues(passage.location.heading_path)
            headings.raise_on(flags, text, sig, entry=headings.contents and contents_entry(passage.text))
            flags["assessment_brief"] = yn(headings.assessment_brief)  # its brief (sentences are never headings)
            if passage.id in self.cells.action and not holds(sig.get("action_statement"), text):  # still to be done
                flags["todo"] = YES
            if passage.id in self.cells.could:
                flags["hope"] = YES
            if passage.id in self._options:  # a question's lettered choices: offered to the reader, not stated
                flags["question"] = YES
            if passage.id in self.cells.wont or passage.id in self._rejected:
                flags["declined"] = YES
            flags["not_current"] = yn(passage.id in self.cells.not_current)  # in a table whose status is "Withdrawn"
            if passage.id in self.cells.glossary:
                flags["glossary"] = YES
            if passage.id in self.cells.content:
                flags["curriculum"] = YES
            if passage.id in self.cells.heard:  # "Comment (summary)" beside "Our response": what others asked for
                flags["testimony"] = YES
            if flags["assessment_brief"] == YES and passage.id not in self.cells.question:
                flags["prompt"] = NO  # "Describe how your school ..." under "Assignment 2": the brief, not the form's
            s.cues = flags
        return flags

    def _fragment(self, s: Sentence) -> bool:
        """A title, not a statement: a paragraph of a few words, or a few words that open a
        longer paragraph as its run-in title ("Assessment-only route. There is no ...")."""
        if s.passage.id in self.field_values:
            return False  # the value of a field whose label is the paragraph before ("Qualifications" / "PGCert")
        if s.passage.kind == "paragraph":
            title = self._titles.get(s.passage.id)  # the paragraph's own test, once for all its sentences
            if title is None:
                title = self._titles[s.passage.id] = len(s.passage.text.split()) < FRAGMENT_WORDS or title_like(s.passage.text)
            if title:
                return True
        if s.passage.kind == "cell" and self._label_cell(s.passage):
            return True
        # (a cell's run-in title too: "Background checks. All participants are ...", after its code: "T3. Prior credit. ...")
        lead = s.index == 0 or (s.index == 1 and _CODE.fullmatch(self._texts[s.passage.id][0]))
        return (s.passage.kind in ("paragraph", "list_item", "cell") and bool(lead)
                and len(s.text.split()) < FRAGMENT_WORDS and len(s.passage.text) > len(s.text) + 1)

    def _label_cell(self, p: Passage) -> bool:
        """A cell of a few words with the row's answer to its right ("Assessment-only route |
        We are exploring ..."): the question's title, not the answer."""
        if len(p.text.split()) >= FRAGMENT_WORDS:
            return False
        if self._rows is None:
            self._rows = {}
            for q in self.app.passages:
                if q.kind == "cell" and q.location.column is not None:
                    key = (q.location.part, q.location.table, q.location.row)
                    self._rows.setdefault(key, []).append((q.location.column, len(q.text.split())))
        loc = p.location
        return any(col > (loc.column or 0) and n >= FRAGMENT_WORDS
                   for col, n in self._rows.get((loc.part, loc.table, loc.row), ()))

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
        if with_ and not all(holds(p, s.text) or holds(p, lead) for p in with_):
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

