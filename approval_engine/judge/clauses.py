"""Clauses around a match, as negation scope reads them: the clause a negation cue must
sit in to govern a match (not an opening subordinate clause, not a relative clause, not
the subject of another verb), the main predicate of a match that is its clause's subject,
and the negations that withhold nothing (a cited title, what a check looks for, "no one
is refused", "with ... but no ...").

Perception helpers only, for :mod:`approval_engine.judge.negation`.
"""

from __future__ import annotations

import re

# "however" as a concession inside the clause is no boundary ("Experience as a SENCO, however long, is not accredited"):
# follow "however" with this where it would otherwise turn to another clause
CONCEDING = r"(?!\s+(?:long|much|many|good|well|experienced|senior|often|small|large)\b)"
_CLAUSE_BOUNDARY = re.compile(r"[;:]|,\s+(?:but|although|though|whereas|while|and|so)\b|\b(?:but|however" + CONCEDING
                              + r"|although|whereas)\b", re.I)
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that|where|when|if|unless|until|whether)\W+(?:\w+\W+){0,2}$", re.I)
# a relative clause whose pronoun is its subject, with its verb and an object pronoun already said ("decisions that
# affect them"): what follows is the main clause's verb
_CLOSED_RELATIVE = re.compile(r"\b(?:who|which|that)\W+(?!(?:we|they|you|he|she|it|i|the|a|an|this|these|those)\b)\w+\W+"
                              r"(?:them|it|us|him|her|me)\W*$", re.I)
# "that" after a verb of saying, knowing or deciding opens what is said, not a relative clause ("We should say plainly
# that we have not surveyed ...", "Council resolved that no January intake should be offered"), and so does the "that"
# opening a lettered item of a resolution ("(e) that no January intake should be offered")
_SAID_THAT = re.compile(r"(?:\b(?:say|says|said|state|states|stated|confirm|confirms|confirmed|note|notes|noted|know|knows|"
                         r"recognise|recognises|recognize|recognizes|accept|accepts|admit|admits|explain|explains|report|"
                         r"reports|reported|acknowledge|acknowledges|plainly|clearly|frankly|honestly|resolved|resolves|"
                         r"agreed|agrees|decided|decides|determined|ruled|recommended|recommends|proposed|proposes)\W+|"
                         r"^\W*[a-z0-9]{1,3}[).]\s+)that\W+(?:\w+\W+){0,2}$",
                         re.I)
# a participle clause after a comma ("for a pupil you have not worked with before, using the reports of two other
# professionals"): a negation before it is the clause before's (not "including": what it lists is what was negated)
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?!(?:including|excluding|notably|especially|particularly|regarding|concerning)\b)"
                                r"[a-z]{2,}ing\b")
NEGATION_BEFORE_WORDS = 12  # "we do not currently offer any X": the cue must precede the match closely
NEGATION_AFTER_WORDS = 5  # "X is not offered": the cue must follow the match closely
# a sentence that opens with a subordinate clause ("If it was issued ... by an employer other than your school, the
# College will ...", "Where a candidate has not worked in a school since ..., we obtain ..."): the clause ends at the
# comma after which the main clause's subject comes
_OPENING_SUBORDINATE = re.compile(
    r"^\W*(?:if|when|whenever|where|unless|once|until|although|though|while|whereas|because|since|provided)\b[^;:]*?,\s+"
    r"(?=(?:we|i|you|they|he|she|it|the|our|your|their|this|these|each|every|all|a|an|participants?|candidates?)\b)", re.I)
# what a check looks for, said as a state ("We confirm with the school that the candidate is not on List 99", "checks
# that there are no outstanding concerns"): a negation there is what is checked for, not a refusal
# a verb whose "that" clause says what is checked for
_CHECK_VERB = (r"checks?|checked|checking|confirms?|confirmed|confirming|verif(?:y|ies|ied|ying)|ensures?|ensured|ensuring|"
               r"makes? sure")
_CHECKED_STATE = re.compile(
    r"\b(?:" + _CHECK_VERB + r"|establish(?:es)?|satisf(?:y|ies) (?:ourselves|itself|themselves))\b"
    r"(?:\s+[\w’'-]+){0,6}?\s+that\s+"
    r"(?!(?:we|i|our|us)\b)(?:[\w’'-]+\s+){1,4}?(?:is|are|was|were|has|have|had|holds?)\s*$", re.I)


# a negation that says nothing is withheld: part of a cited title ("Ofsted's review A statement is not enough (2010)");
# "no one is refused" (nobody is); or a "with ... but no ..." phrase that describes who ("Candidates with
# substantial experience but no such credit may instead make a claim ...")
_CITED_TITLE = re.compile(r"^\W*(?:[\w’'-]+\s+){0,4}?[\w’'-]+\s*\((?:19|20)\d\d[a-z]?\)")
_NONE_REFUSED = re.compile(r"^\W*(?:[\w’'-]+\s+){1,4}?(?:is|are|will be|shall be|can be|may be|would be)\s+(?:ever\s+)?"
                           r"(?:refused|denied|turned away|excluded|prevented|disadvantaged)\b", re.I)
_TITLE_AFTER = re.compile(r"\W*(?:[\w’'-]+\s+){0,6}?(?:not|no|never)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+\s*\((?:19|20)\d\d[a-z]?\)",
                          re.I)
_WITH_BUT = re.compile(r"\bwith\b[^,;.:]{1,80}?\b(?:but|and|or)\s*$", re.I)
_NO_WORD = re.compile(r"\W*no\W*", re.I)


def describes_not_denies(before_cue: str, cue: str, after_cue: str) -> bool:
    """The negation cue ``cue``, with the sentence's words before it and its clause's words after
    it, withholds nothing: it sits in a cited title, says that no one is refused something,
    or ends a "with ... but no ..." phrase."""
    if _CITED_TITLE.match(after_cue):
        return True
    if _NO_WORD.fullmatch(cue):
        return bool(_NONE_REFUSED.match(after_cue) or _WITH_BUT.search(before_cue))
    return False


def title_follows(text: str, end: int) -> bool:
    """The words after a match are a cited title with a negation in it, then its year
    ("Ofsted's review A statement is not enough (2010)"): the negation is the title's."""
    return bool(_TITLE_AFTER.match(text, end))


# a match inside what a check looks for ("... require each head to confirm that the candidate holds a current enhanced
# disclosure and has not been barred"): a negation after it is part of what is checked
_IN_CHECKED_CLAUSE = re.compile(r"\b(?:" + _CHECK_VERB + r")\b[^;:.]{0,60}?\bthat\s+(?!(?:we|i|our|us)\b)[^;:.]{0,80}$",
                                re.I)


def in_checked_clause(before_match: str) -> bool:
    """The words before a match end inside the clause a checking verb opens with "that"."""
    return bool(_IN_CHECKED_CLAUSE.search(before_match))


def checked_state(before_cue: str) -> bool:
    """The words before a negation cue end in what a check looks for, said as a state of the
    person or thing checked ("... confirm with the school that the candidate is | not on List 99")."""
    return bool(_CHECKED_STATE.search(before_cue))


def clause_before(text: str, start: int) -> str:
    """The words a negation must sit in to govern a match: the same clause (not a
    subordinate clause that opens the sentence before it), and no more than
    NEGATION_BEFORE_WORDS words before it."""
    head = text[:start]
    opening = _OPENING_SUBORDINATE.match(head)
    cut = opening.end() if opening else 0
    for m in _CLAUSE_BOUNDARY.finditer(head, cut):
        cut = m.end()
    # ... or one that opens the clause after a semicolon ("...; because SENCOs said they could not travel far, the
    # course was built around four regional hubs and online Learning Circles")
    opening = _OPENING_SUBORDINATE.match(head[cut:]) if cut else None
    if opening:
        cut += opening.end()
    for m in _PARTICIPLE_CLAUSE.finditer(head, cut):
        cut = m.start() + 1
    words = head[cut:].split()
    return " ".join(words[-NEGATION_BEFORE_WORDS:])


FIELD_LABEL_WORDS = 4  # "APL: not available": a match in a field's label, its value after the colon


def clause_after(text: str, end: int, words: int | None = NEGATION_AFTER_WORDS) -> str:
    """The first NEGATION_AFTER_WORDS words after a match, in its clause (for a match
    in a field's label, "APL: not available", the field's value); all of it with ``words=None``."""
    tail = text[end:]
    m = _CLAUSE_BOUNDARY.search(tail)
    if (m and m.group(0) == ":" and len(tail[: m.start()].split()) <= 2
            and len(text[:end].split()) <= FIELD_LABEL_WORDS):
        tail = tail[m.end():]
        m = _CLAUSE_BOUNDARY.search(tail)
    return " ".join((tail[: m.start()] if m else tail).split()[:words])


_AUXILIARY = re.compile(r"\b(?:is|are|was|were|will|would|can|cannot|could|has|have|had|does|do|did|shall|should|must|may|might)\b", re.I)
_PRONOUN_OR_AUX = re.compile(r"\b(?:we|i|you|they|he|she|it|is|are|was|were|will|would|can|cannot|could|has|have|does|do|did)\b", re.I)
SUBJECT_WORDS = 8  # a match this close to the start of its sentence, with no verb before it, is in the subject
PREDICATE_WORDS = 45  # how far the main verb may follow its subject


def main_predicate(text: str, start: int, end: int, words: int | None = NEGATION_AFTER_WORDS) -> str:
    """When the match is its clause's subject ("The assessment-only route that ...,
    which we discussed ..., is not something we can offer"), the first words of the main
    predicate: from the first auxiliary after the match that does not open a relative
    clause. Else ""."""
    head = text[:start]
    cut = 0  # the subject of the match's own clause ("One point the panel raised: access arrangements ... are not")
    for b in _CLAUSE_BOUNDARY.finditer(head):
        cut = b.end()
    head = head[cut:]
    if len(head.split()) > SUBJECT_WORDS or _PRONOUN_OR_AUX.search(head):
        return ""
    tail = text[end:]
    stop = _CLAUSE_BOUNDARY.search(tail)  # "... contribute to teaching but have no part in conferring it": another clause
    tail = " ".join((tail[: stop.start()] if stop else tail).split()[:PREDICATE_WORDS])
    for aux in _AUXILIARY.finditer(tail):
        if not in_relative_clause(tail[: aux.start()]):
            return " ".join(tail[aux.start():].split()[:words])
    return ""


def in_relative_clause(before_cue: str) -> bool:
    """The words before a cue open a relative or conditional clause ("an applicant who has not ..."), one
    not already closed by its own verb and object ("decisions that affect them | is not ...")."""
    return bool(_RELATIVE.search(before_cue)) and not _SAID_THAT.search(before_cue) \
        and not _CLOSED_RELATIVE.search(before_cue)

_NOT = re.compile(r"not|\w+n't", re.I)
_COMPLEMENT = re.compile(r"\b(?:how|what|whether|when|where|why|who|which|that|if|yet|to)\b", re.I)
_LATER_VERB = re.compile(r"\b(?:will|shall|would|can|may|must|should)\b", re.I)


def governs_subject(cue: re.Match, before: str) -> bool:
    """A "not" inside the subject, with the sentence's own verb still to come before the
    match ("students who ... are not fully qualified teachers will be awarded the PG
    Certificate"): it negates the subject's clause, not the match."""
    if not _NOT.fullmatch(cue.group(0).strip()):
        return False
    verb = _LATER_VERB.search(before, cue.end())
    # "have not yet worked out how participants will ...": the verb is the negated clause's own object
    return verb is not None and not _COMPLEMENT.search(before[cue.end(): verb.start()])


# a relative clause that describes people ("Six testers, all of whom manage teaching assistants, ..."), still open
_PERSONS_CLAUSE = re.compile(r",\s*(?:(?:all|some|most|many|each|both|several|none|one|two|three|four|five|six|half) of )?"
                             r"(?:whom|who)\b[^,;()]*$", re.I)


def past_persons_clause(search, text: str) -> re.Match | None:
    """The first match of ``search`` that is not inside a relative clause describing people: what "testers, all of
    whom manage teaching assistants, said the block says nothing about managing support staff" says of managing
    staff is in its main clause, not in what the testers do. Where every match is in such a clause, the first."""
    first_m = m = search(text)
    while m is not None and _PERSONS_CLAUSE.search(text, 0, m.start()):
        m = search(" " * m.end() + text[m.end():])  # (the same offsets, the words before blanked)
    return m or first_m


def semicolon_clause_cue(text: str, start: int, end: int, test, raised: bool, clauses: int = 2) -> bool:
    """Whether a cue found by ``test`` (a pointer, a hope) speaks for the match at ``text[start:end]`` in a sentence of
    semicolon clauses: one in a later clause is that clause's ("... draw on the Bercow review; and the Lamb Inquiry,
    which the team intends to build in", "...; Appendix A shows which outcomes each unit develops"); one in the match's
    own clause or before it (a lead: "In 2010 we will add: X; Y") is the match's. ``raised`` is the sentence's own
    reading, which stands where the sentence has fewer than ``clauses`` clauses (a hope in a second clause most often
    looks back at the first: "Measuring pupils' progress is harder; we hope to report on this from 2010")."""
    if text.count(";") < clauses - 1:
        return raised
    first = text.rfind(";", 0, start) + 1
    last = len(text) if (k := text.find(";", end)) < 0 else k
    return test(text[:last]) if raised else test(text[first:last])
