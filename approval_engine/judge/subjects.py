"""Whom a match is about: the cues an aspect's ``subject`` and ``not_subject`` patterns raise on
one match (perception only; the claims table decides what each counts for).

- ``subject_here`` / ``wrong_subject_here``: the aspect's subject / not_subject in the sentence;
- ``wrong_subject_nearer``: both in the sentence, the not_subject nearer the matched words (read only for
  an aspect marked ``subject_nearest``, whose words name something someone holds or is given);
- ``subject_around`` / ``wrong_subject_around``: in the passage and its headings.

An aspect that names only whom it is not about reads them in the match's own clause, or in the
headings over it ("What we ask of your headteacher"), and names a subject only where they are named.
"""

from __future__ import annotations

import re

from approval_engine.judge.clauses import clause_after, clause_before
from approval_engine.judge.text import Sentence, holds, nearest
from approval_engine.rules.patterns import CompiledAspect

YES, NO = "yes", "no"


def subject_cues(ca: CompiledAspect, s: Sentence, m: re.Match, context: str) -> dict[str, str]:
    """The subject cues of a match ``m`` of aspect ``ca`` in sentence ``s``; ``context`` is its passage
    with its headings."""
    pats = ca.any
    wrong = pats["not_subject"]

    def read(text: str, span: tuple[int, int]) -> tuple[bool, bool, bool]:
        """(subject here, not_subject here, the not_subject nearer the match) in one reading of the sentence."""
        here = holds(pats["subject"], text)
        near = text if ca.patterns["subject"] else \
            f"{clause_before(text, span[0])} {text[span[0]:span[1]]} {clause_after(text, span[1])}"
        wrong_here = wrong is not None and holds(wrong, near)
        nearer = (ca.aspect.subject_nearest and here and wrong_here
                  and nearest(ca.patterns["not_subject"], text, span)
                  < nearest(ca.patterns["subject"], text, span, within=ca.patterns["not_subject"]))
        return here, wrong_here, nearer

    found = [read(s.text, m.span())]
    if s.aliased is not None:  # named in the provider's own words ("Each Walker spends ...", "New Groundstaff shadow ...")
        found.append(read(s.aliased.text, (s.aliased.at(m.start()), s.aliased.at(m.end()))))
    here, wrong_here, nearer = (any(f[k] for f in found) for k in range(3))
    ctx = context if ca.patterns["subject"] else " ".join(s.passage.location.heading_path)
    cues = {
        "has_subject": bool(ca.patterns["subject"]) or wrong_here or holds(wrong, ctx),
        "subject_here": here,
        "wrong_subject_here": wrong_here,
        "wrong_subject_nearer": nearer,
        "subject_around": holds(pats["subject"], ctx),
        "wrong_subject_around": wrong is not None and holds(wrong, ctx),
    }
    return {name: YES if flag else NO for name, flag in cues.items()}
