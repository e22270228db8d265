"""Negation scope: whether a negation cue governs a match.

A cue governs a match when it stands close before it in its clause (not in a
relative clause, not in the subject of another verb), inside a long match, or
close after it; when the match is a subject whose main verb comes far after it;
and not when the match sits in a relative clause that a comma closes before the
negated main verb. A negated match gives way to the same words again in a later
clause that is not negated. Perception only: the claims table decides what a
negated match counts for.
"""

from __future__ import annotations

import re

from approval_engine.judge.clauses import (CONCEDING, NEGATION_AFTER_WORDS, checked_state, clause_after, clause_before,
                                           describes_not_denies, governs_subject, in_checked_clause, in_relative_clause,
                                           main_predicate, title_follows)
from approval_engine.judge.text import Sentence, holds
from approval_engine.rules.prefilter import fold, short_literals


class NegationReader:
    """Negation scope for a perceiver (mixed into it: it reads ``self.sig``)."""

    def _read_negation(self) -> None:
        self._clauses: dict[tuple[int, int, bool], bool] = {}  # (sentence, offset, after) -> a negation there
        self._verdicts: dict[tuple, bool] = {}  # (sentence, start, end, pattern) -> negated: a match is read once
        # strings every negation cue holds ("no", "not", "n't", ...): a clause without one is not searched
        self._neg_cues, self._after_cues = (short_literals(getattr(self.sig.get(k), "re", self.sig.get(k)))
                                            for k in ("negation", "negation_after"))

    def _negated(self, s: Sentence, m: re.Match, inside: bool = True) -> bool:
        """A negation governs the match: a cue close before it in its clause (not in a
        relative clause), inside a long match (unless the pattern asks for that word, or
        the cue is in a relative clause there: "Mentors who cannot attend are briefed"),
        or close after it. (A clause is searched only when it holds a string every cue
        has: "no", "not", "n't", ...)"""
        key = (s.number, m.start(), m.end(), m.re, inside)
        got = self._verdicts.get(key)
        if got is None:
            got = self._verdicts[key] = self._read_negated(s, m, inside)
        return got

    def _read_negated(self, s: Sentence, m: re.Match, inside: bool = True) -> bool:
        neg = self.sig["negation"]
        if neg is not None:
            key = (s.number, m.start(), False)
            before_negates = self._clauses.get(key)
            if before_negates is None:
                before = clause_before(s.text, m.start())
                before_negates = self._clauses[key] = may_hold(self._neg_cues, before) and any(
                    not in_relative_clause(before[: cue.start()]) and not governs_subject(cue, before)
                    and not checked_state(before[: cue.start()])
                    and not describes_not_denies(_lead(s.text, m.start(), before) + before[: cue.start()], cue.group(0),
                                                 before[cue.end():])
                    for cue in neg.finditer(before))
            # "cannot start the school-based tasks until it comes back": a wait on a check, not a refusal; so is "No
            # place is confirmed until the Course Office has seen the applicant's enhanced CRB disclosure", nor "No one
            # receives the Award until every national outcome is signed off", where the wait holds the match itself (read
            # over the whole sentence: "No candidate shall be admitted unless ... every one of the outcomes ... has been
            # shown" holds the match between its words)
            until = self.sig.get("negation_until")
            if before_negates and not holds(until, s.text):
                return True
            # what a lead says was not done, listed after its colon ("Two objectives were not fully achieved: an
            # assessment-only route for experienced practitioners, and a second intake")
            if _NOT_DONE_LEAD.search(s.text, 0, m.start()):
                return True
            words_ = m.group(0)
            if inside and may_hold(self._neg_cues, words_):
                # (the pattern's own words: an escape such as \b before "no" is not a letter of a word)
                source = _ESCAPE.sub(" ", m.re.pattern).lower()
                for cue in neg.finditer(words_):
                    word = cue.group(0).strip().lower()
                    if in_relative_clause(s.text[:m.start() + cue.start()]):
                        continue  # "Mentors who cannot attend are briefed ...": it says which mentors
                    if _BUT_NOT.search(words_, 0, cue.start()):
                        continue  # "ten days a year but not fifteen, so it is ten": "but not" sets aside one phrase
                    if word and not re.search(r"(?<![a-z])" + re.escape(word) + r"(?![a-z])", source):
                        return True
        key = (s.number, m.end(), True)
        after = self._clauses.get(key)
        if after is None:
            # (a cue must be close after the match; what follows is read whole: "was cut from fourteen days to ten")
            whole = clause_after(s.text, m.end(), words=None)
            clause = _window(whole)
            # a cited title ("Ofsted's review A statement is not enough (2010)"), or what a check looks for ("confirm
            # that the candidate holds ... and has not been barred"): a negation after the match is theirs
            titled = title_follows(s.text, m.end()) or in_checked_clause(s.text[: m.start()])
            after = not titled and self._negates_after(whole, len(clause)) and not _closes_relative(s.text, m.start(), clause)
            if not after and not titled and may_hold(self._after_cues, s.text[m.end():]):
                # the match is the subject, its main verb far after it
                predicate = main_predicate(s.text, m.start(), m.end(), words=None)
                after = self._negates_after(predicate, len(_window(predicate))) \
                    or self._negated_by_next_clause(s.text, m.end())
            if not after and not titled:
                # the match is what a lead names ("Second, on the assessment-only route: our regulations don't
                # permit ..."): the clause after the colon says it, and a negation early in its main clause denies it
                said = _after_topic(s.text, m.start(), m.end())
                if said is not None and neg is not None:
                    clause = clause_after(said, 0)
                    after = any(cue.start() <= TOPIC_REACH and not in_relative_clause(clause[: cue.start()])
                                for cue in neg.finditer(clause))
            self._clauses[key] = after
        return after

    def _unnegated(self, s: Sentence, m: re.Match, pattern) -> re.Match:
        """A negated match, or the same words again in a later clause that is not negated
        ("... are not verified by the University; it does, however, require each head to
        confirm that the candidate holds a current enhanced disclosure")."""
        if not self._negated(s, m):
            return m
        turn = _NEXT_CLAUSE.search(s.text, m.end())
        again = pattern.search(s.text, turn.end()) if turn else None
        return again if again is not None and not self._negated(s, again) else m

    def _negated_by_next_clause(self, text: str, end: int) -> bool:
        """The next clause, after a semicolon, a colon or ", but", opens by pointing back at
        what was just named and negates it ("... asks about access arrangements for the tests;
        these are not part of the programme", "Your experience counts ..., but it can't be
        turned into credit")."""
        back = self.sig.get("negation_back")
        turn = _LATER_CLAUSE.search(text, end)
        if back is not None and turn is not None and holds(back, text[turn.end():]):
            return True  # "..., and the programme does not address it directly"
        stop = _CLAUSE_STOP.search(text, end)
        if stop is None:
            return False
        clause = text[stop.end():]
        return bool(_POINTS_BACK.match(clause)) and self._negates_after(clause_after(clause, 0))

    def _negates_after(self, clause: str, reach: int | None = None) -> bool:
        """A negation after a match governs it unless a relative clause holds it
        ("the route, which is not yet common, is open to ..."); with ``reach``, only a cue
        within the clause's first ``reach`` characters (what follows is read only by its look-aheads)."""
        if not may_hold(self._after_cues, clause[:reach] if reach is not None else clause):
            return False
        after = self.sig["negation_after"]
        cues = after.finditer(clause) if hasattr(after, "finditer") else (m for p in after for m in p.finditer(clause))
        return any((reach is None or cue.end() <= reach) and not in_relative_clause(clause[: cue.start()])
                   for cue in cues)


def _window(clause: str) -> str:
    """The first NEGATION_AFTER_WORDS words of a clause already read whole (its words one space apart): where a
    cue after a match must stand to govern it."""
    return " ".join(clause.split(" ")[:NEGATION_AFTER_WORDS]) if clause else ""


def _lead(text: str, start: int, before: str) -> str:
    """The sentence's words before ``before``, the clause words read for a negation (which end at ``start``)."""
    head = " ".join(text[:start].split())
    return head[: len(head) - len(before)] if head.endswith(before) else ""


_NOT_DONE_LEAD = re.compile(r"\b(?:not|never) (?:fully |yet |been |all )?(?:achieved|met|delivered|completed|agreed|"
                            r"established|set up|possible|funded|approved|done)\s*:[^:.;]*$", re.I)
_STOP = re.compile(r"[;.]")
_BUT_NOT = re.compile(r"\bbut\s+$", re.I)  # the words before a cue end with "but"
_ESCAPE = re.compile(r"\\[a-zA-Z]")  # an escape in a pattern's source ("\\b", "\\s", "\\w")
TOPIC_REACH = 50  # characters into the clause after a topic's colon that its main verb's negation stands within
# a lead that names a topic and ends in a colon ("Second, on the assessment-only route:", "As for mentors:")
_TOPIC_OPEN = re.compile(r"(?:^|[.;]\s+)\W*(?:(?:first|second|third|fourth|finally|lastly|next|and|but|so)\W+)?"
                         r"(?:on|as for|as to|as regards|regarding|about|turning to)\s+[^:;.]{0,60}$"
                         # an answer to a question named as its topic ("back to your question about being assessed
                         # without the course: no")
                         r"|\bquestions?\b[^:;.]{0,40}?\b(?:about|on|whether)\s+[^:;.]{0,60}$", re.I)


def _after_topic(text: str, start: int, end: int) -> str | None:
    """What follows the colon of a lead that names the match as its topic, or None."""
    colon = text.find(":", end)
    if colon < 0 or colon - end > 40 or _STOP.search(text, end, colon) or not _TOPIC_OPEN.search(text[:start]):
        return None
    return text[colon + 1:]


_OPENS_RELATIVE = re.compile(r",\s*(?:[\w\x27’-]+\s+){0,3}?(?:which|who|whom|whose)\b[^,]*$", re.I)


def _closes_relative(text: str, start: int, clause: str) -> bool:
    """The match sits in a relative clause that a comma closes before the negation
    ("the route, which we discussed with the University's validation team, is not
    offered"): the negation is the main verb's, not the match's."""
    return "," in clause.split(" not")[0] and bool(_OPENS_RELATIVE.search(text[:start]))


_CLAUSE_STOP = re.compile(r"[;:]|,\s+(?:but|yet)\b")
_POINTS_BACK = re.compile(r"\s*(?:these|this|they|it|those|neither|none of (?:these|them))\b", re.I)
_LATER_CLAUSE = re.compile(r"[;:]|,\s+(?:and|but|so)\b|\b(?:but|however" + CONCEDING + r")\b", re.I)
_NEXT_CLAUSE = re.compile(r"[;:]|\b(?:however" + CONCEDING + r"|but|although|whereas|instead)\b", re.I)


def may_hold(strings: frozenset[str] | None, text: str) -> bool:
    """False only when a pattern whose every match holds one of ``strings`` cannot match ``text``."""
    if strings is None:
        return True
    low = fold(text)
    for x in strings:
        if x in low:
            return True
    return False


WITHDRAWN_REACH = 60  # characters between a withdrawn arrangement and the words that take it back
# a withdrawal whose object is the arrangement ("did not approve the route", "withdrew the route"): the words before
# it are who withdrew it
_TAKES_OBJECT = re.compile(r"(?:approved?|validated?|agreed? to|withdrew|scrapped|cancell?ed)(?:\s+\w+)?$", re.I)
# what ends the clause a withdrawal speaks in: the reason or the time that follows is another clause
_CLAUSE_BREAK = re.compile(r"[;:.]|,\s+(?:and|but|so|while|whereas)\b|\b(?:because|once|since|until|unless|when|after|"
                           r"before|as|which|who|where)\b", re.I)


def withdraws(pattern, text: str, m: re.Match) -> bool:
    """The match is what a withdrawal takes back, in the same clause: its subject just before it ("the blended
    route will not run", "has been withdrawn") or the object of a verb that takes one ("did not approve the
    assessment-only route", "withdrew the route")."""
    if pattern is None:
        return False
    for cue in pattern.finditer(text):
        takes_object = bool(_TAKES_OBJECT.search(cue.group(0)))
        if cue.start() >= m.end() and not takes_object:
            if in_relative_clause(text[:m.start()]):
                continue  # "The steering group, which reviewed the evaluations, will not continue": not the evaluations
            gap = text[m.end():cue.start()]
        elif m.start() >= cue.end() and takes_object:
            gap = text[cue.end():m.start()]
        elif cue.start() < m.end() and m.start() < cue.end():
            return True
        else:
            continue
        if len(gap) <= WITHDRAWN_REACH and not _CLAUSE_BREAK.search(gap):
            return True
    return False
