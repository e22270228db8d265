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
    # (or named in the provider's own words: "Each Walker spends two placement days", where a Walker is a participant)
    here = holds(pats["subject"], s.text) or (s.aliased is not None and holds(pats["subject"], s.aliased.text))
    near, ctx = s.text, context
    if not ca.patterns["subject"]:
        near = f"{clause_before(s.text, m.start())} {m.group(0)} {clause_after(s.text, m.end())}"
        ctx = " ".join(s.passage.location.heading_path)
    wrong_here = wrong is not None and holds(wrong, near)
    cues = {
        "has_subject": bool(ca.patterns["subject"]) or wrong_here or holds(wrong, ctx),
        "subject_here": here,
        "wrong_subject_here": wrong_here,
        "wrong_subject_nearer": (ca.aspect.subject_nearest and here and wrong_here
                                 and nearest(ca.patterns["not_subject"], s.text, m.span())
                                 < nearest(ca.patterns["subject"], s.text, m.span(), within=ca.patterns["not_subject"])),
        "subject_around": holds(pats["subject"], ctx),
        "wrong_subject_around": wrong is not None and holds(wrong, ctx),
    }
    return {name: YES if flag else NO for name, flag in cues.items()}
