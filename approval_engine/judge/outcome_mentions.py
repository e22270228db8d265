"""Outcome mentions in the text (criterion 6): sentences and list items that name a minimum outcome, with what the
text around them says of where it is developed and whether it is assessed (the modules around them, a note after the
item, an assessment described beside it).

A mixin of :class:`approval_engine.judge.outcome_facts.OutcomeReader`: it reads the reader's perceiver, terms and
cells.
"""

from __future__ import annotations

import re

from approval_engine.judge.clauses import past_persons_clause
from approval_engine.judge.list_items import LIST_ITEM_WORDS, item, item_around, item_notes, numbered_items
from approval_engine.judge.outcome_keys import keyed
from approval_engine.judge.outcome_rows import CHECKED_COLUMN
from approval_engine.judge.table_cells import OUTCOME_CODE
from approval_engine.judge.text import first, holds, modules_in, split_sentences

_DEVELOP = re.compile(r"develop|taught|teach|cover|explore|introduc|address|session|workshop|study day|tutorial|studied", re.I)
ONE_OUTCOME_MARGIN = 0.6  # ... named by its words clearly better than by another outcome's
# a short note that follows a task, labelled as where the task counts ("Where it counts. Assignment 1, Part A.",
# "Marked in: Task 2", "Counts towards: Assignment 3"): its label, then its value
_COUNTS_NOTE = re.compile(r"^\W*((?:\w+\W+){0,5}?\w+)\s*[.:\u2013\u2014-]\s+(.+)$")
_COUNTS_LABEL = re.compile(r"\b(?:assessed|marked|counts?) (?:in|by|through|at|for|towards?)\b", re.I)
NOTE_WORDS = 14  # ... and it is short, as is the task (a whole section's prose before it is not one task)
_TRAILING_TAG = re.compile(r"\[([^\[\]]{1,40})\]\W*$")  # a tag in square brackets closing the sentence
TASK_WORDS = 120
_ASSESSED_IN = re.compile(r"\b(?:assessed|marked|examined) (?:in|by|through|via)\b", re.I)


class MentionReader:
    """Outcome mentions in the text (mixed into the outcome reader)."""

    def _mentions(self) -> None:
        p = self.p
        timetables = self.timetables()  # (their days are read as rows)
        # sentence number -> what it says, and whether its place says what it holds is assessed, read once
        cues: dict[int, tuple[dict[str, str], bool]] = {}
        modules: dict[str, list[str]] = {}  # passage id -> the modules around it
        for rid, pats in self.terms.items():
            for s in p.may_contain(p.compiled.outcome_required.get(rid), p.compiled.outcome_sets.get(rid)):
                if s.passage.id in self._key or s.passage.location.table in timetables or not self._named[rid](s.text):
                    continue  # (asked first: only the terms whose literals are here are tried)
                if self._names_another(s.passage, rid):
                    continue
                m = past_persons_clause(lambda t: first(pats, t), s.text)
                got = cues.get(s.number)
                if got is None:
                    # assessed by its place (an assessment's description or table, a brief's heading), or by its words
                    # an item of a list of outcomes that says, after the outcome, where it is assessed or that it
                    # is not ("... what they require of the school. Assessed in: Task 2.", "... Taught on study day 1;
                    # not separately assessed.")
                    rest = self._rest_of_item(s)
                    counts = False
                    if not rest:
                        rest, counts = self._note_after(s)
                    # a tag the document's key defines ("[Full out: Variation 1]", where "Full out means ... graded there"),
                    # after the sentence or closing it ("... into practice [Gauged: G1]")
                    tagged = rest or (t.group(1) if (t := _TRAILING_TAG.search(s.text)) else "")
                    tag = keyed(self.key_values, tagged.strip(" []().")) if tagged and len(tagged.split()) <= NOTE_WORDS else None
                    rest_not = holds(self.sig["not_assessed"], rest) or tag in ("not_assessed", "none")
                    placed = (tag == "assessed" or self._describes_assessment(s) or (counts and not rest_not) or self.cells.listed(s) or self.cells.in_its_row(s)
                              or p.under_assessment_heading(s.passage) or self._lead_assessed(s.passage.id)
                              or (self._own_pieces is not None and self._own_pieces.match(s.text) is not None)
                              or (not rest_not and holds(self.sig["assessed"], rest)))
                    said = {
                        "blanket": "yes" if holds(self.sig["blanket"], s.text) else "no",
                        # (or the paragraph its list hangs from: "Worked on in the films but not assessed:")
                        "not_assessed_cue": "yes" if holds(self.sig["not_assessed"], s.text) or rest_not
                        or p.lead_not_assessed(s.passage.id) else "no",
                        # (or the lead its list hangs from: "Also studied (not separately assessed):")
                        # (or a task the programme sets, its note saying where it counts, marked or not)
                        # (or a tag the key says is worked on but not marked: "[Marked]", "the exercise is walked through")
                        "develop_cue": "yes" if counts or tag == "not_assessed" or _DEVELOP.search(s.text) or _DEVELOP.search(rest)
                        or _DEVELOP.search(p.introducers.get(s.passage.id, "")) else "no",
                        "assessed_cue": "yes" if placed or holds(self.sig["assessed"], s.text) else "no",
                        "cell": "yes" if s.passage.kind == "cell" else "no",
                    }
                    got = cues[s.number] = (said, placed, tag == "none")
                said, placed, elsewhere = got
                if elsewhere:
                    continue  # tagged as nothing of the course's ("[Guest class]": "... not part of our Award")
                if said["assessed_cue"] == "yes" and not placed and not self._assessed_beside(s.text, m):
                    # the outcome's own words are all the assessment there is ("encouraging colleagues to use
                    # formative assessment", "assessment for learning"): naming it is not assessing it
                    said = {**said, "assessed_cue": "no"}
                if said["assessed_cue"] == "yes" and not placed and numbered_items(s.text) \
                        and not holds(self.sig["assessed"], item_around(s.text, m.start(), m.end())):
                    # a list of numbered sessions ("...; 7 EHC needs assessment and other agencies; ...; 10
                    # Assignment clinic"): an assignment in one item is that item's, not the other sessions'
                    said = {**said, "assessed_cue": "no"}
                if said["not_assessed_cue"] == "yes" and s.text.count(";") >= 2:
                    # a list's item says it is not marked ("...; managing time (a workshop, not marked)"): the
                    # note is that item's, not the other items'
                    said = {**said, "not_assessed_cue": "yes" if holds(self.sig["not_assessed"], item(s.text, m.start()))
                            else "no"}
                fact = p.add_match(s, m, "outcome", "outcome.terms", outcome=rid, **said)
                around = modules.get(s.passage.id)
                if around is None:
                    around = modules[s.passage.id] = sorted(modules_in(p.context[s.passage.id]))
                for mod in around:
                    p.out.facts.append({"id": f"{fact['id']}:{mod}", "kind": "mention_module", "match": fact["id"], "module": mod})

    def names(self, rid: str, text: str) -> bool:
        """The text names outcome ``rid`` by its terms."""
        return self._named[rid](text)

    def _lead_assessed(self, passage_id: str) -> bool:
        """The lead a list item hangs from says its items are assessed ("Assessed in this assignment:", "Task 2
        assesses whether the participant can:"), and not that they are not."""
        lead = self.p.short_leads.get(passage_id, "")
        if not lead:  # (or the heading the list comes straight under, when it says where its items are assessed: "Part
            # A - taught by the University in the Ends and assessed in Component 1 or Component 3"; not "Assessing the
            # outcomes", over what is said of the assessment)
            heading = self.p.heading_leads.get(passage_id, "")
            return bool(_ASSESSED_IN.search(heading)) and not holds(self.sig["not_assessed"], heading)
        return holds(self.sig["assessed"], lead) and not self.p.lead_not_assessed(passage_id)

    def _rest_of_item(self, s) -> str:
        """The short notes after the sentence in a short list item (:func:`item_notes`)."""
        return item_notes(s.passage.kind, s.passage.text, s.index)

    def _note_after(self, s) -> tuple[str, bool]:
        """The note in the paragraph after the sentence's, when it is labelled as where the work counts
        ("Your task. Write a briefing ..." then "Where it counts. Assignment 1, Part A."): (its value, True); the
        value says whether the work counts ("Study Circle 1 (discussed, not marked)" does not)."""
        after = self.p.after.get(s.passage.id)
        if not after or len(after.split()) > NOTE_WORDS or len(s.passage.text.split()) > TASK_WORDS:
            return "", False
        m = _COUNTS_NOTE.match(after)
        if not m or not (CHECKED_COLUMN.search(m.group(1)) or _COUNTS_LABEL.search(m.group(1))):
            return "", False
        return m.group(2), True

    def _names_another(self, passage, rid: str) -> bool:
        """A short item of a list of outcomes under its lead ("Task 2 assesses whether the participant can:", "...
        but not separately assessed:") names one outcome: the one its words name best, when that is another."""
        if passage.kind != "list_item" or not self.p.introducers.get(passage.id) \
                or len(passage.text.split()) > LIST_ITEM_WORDS:
            return False
        scores = self._best.get(passage.id)
        if scores is None:
            scores = self._best[passage.id] = {} if OUTCOME_CODE.search(passage.text) else self.outcome_scores(passage.text)
        best = max(scores.values(), default=0.0)
        # (an item that names two outcomes about as well, or by their codes, names both)
        return best >= 1.0 and scores.get(rid, 0.0) <= best - ONE_OUTCOME_MARGIN

    def _assessed_beside(self, text: str, m) -> bool:
        """The sentence says its work is assessed in words other than the outcome's own (the
        outcome's matched words blanked out)."""
        blank = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end():]
        return holds(self.sig["assessed"], blank)

    def _describes_assessment(self, s) -> bool:
        """The sentence is part of an assessment's description: its passage opens by
        naming the assessment ("Assignment 2 (Unit 2): Case study. ... It must show that
        they can ..."), so what it says participants must show is what is assessed."""
        if s.index == 0:
            return False
        opening = self._openings.get(s.passage.id)
        if opening is None:
            head = split_sentences(s.passage.text)[:1]
            opening = self._openings[s.passage.id] = bool(head and (
                holds(self.sig["assessed"], head[0])
                or (self._own_pieces is not None and self._own_pieces.opening.match(head[0]) is not None)))
        return opening
