"""Sentence-wide cues for perception: what a sentence's own words, its passage, its table's columns and its headings
say of everything that matches in it (a prompt, a title, a to-do, a hope, another provider's, ...), read once per
sentence, and what is its passage's or its headings' once for the passage or headings.

A mixin of :class:`approval_engine.judge.perceive.Perceiver`: it reads the perceiver's signals, table cells, list
parents and context.
"""

from __future__ import annotations

import re

from approval_engine.ingest.model import Passage
from approval_engine.judge.heading_cues import HeadingCues, contents_entry, read_heading_cues
from approval_engine.judge.lists import list_cue
from approval_engine.judge.text import FRAGMENT_WORDS, Sentence, holds, title_like

YES, NO = "yes", "no"
_PLEASE = re.compile(r"\W*please\b", re.I)  # a request: "Please describe how you ..."
# "T3.", "IP5.", "4.2", or a numbered provision by its kind ("Condition 12.", "Rule 4.", "Article 10.")
_CODE = re.compile(r"\W*(?:[A-Z]{1,3}\d{0,2}[a-z]?|\d{1,2}(?:\.\d{1,2})*[a-z]?|(?:Condition|Clause|Rule|Article|Section|Paragraph|"
                   r"Para|Item|Order|Part|Question|Step|Note|Standard|Regulation|Schedule)\s+\d{1,2}(?:\.\d{1,2})*[a-z]?)[.)]?\s*")
# ... leading a run-in title ("D.5 Vetting of candidates.", "4.2 Prior credit.")
_LEAD_CODE = re.compile(r"^\W*(?:[A-Z]{1,3}\.?\d{1,2}(?:\.\d{1,2})*[a-z]?|\d{1,2}(?:\.\d{1,2})+[a-z]?)[.)]?\s+(?=[A-Z])")


def yn(flag: object) -> str:
    return YES if flag else NO


class SentenceCueReader:
    """Sentence-wide cues (mixed into the perceiver)."""

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
                    {i for i, t in enumerate(self._texts[passage.id][1:]) if holds(sig.get("declines_the_last"), t)},
                    {i for i, t in enumerate(self._texts[passage.id][1:]) if holds(sig.get("adopts_the_last"), t)})
            flags["concrete"] = got[0]
            flags["quoted"] = got[2]
            if got[3]:
                flags[got[3]] = YES
            if s.index in got[4]:
                flags["declined"] = YES
            if s.index in got[5]:  # (another's arrangement the next sentence says the provider shares)
                flags["other_provider"] = NO
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
        words = len(_LEAD_CODE.sub("", s.text, count=1).split())  # (its section's number is no word of it)
        return (s.passage.kind in ("paragraph", "list_item", "cell") and bool(lead)
                and words < FRAGMENT_WORDS and len(s.passage.text) > len(s.text) + 1)

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
