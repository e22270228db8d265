"""Which quotes a verdict shows, strongest first.

A reviewer trusts a pre-assessment as far as its quotes bear it out, and reads
the first ones first. So each aspect shows only the claims that carry the
status the aspect was given (a supported aspect its supported claims, not the
tentative ones beside them), at most :data:`PER_ASPECT` of them, ranked by how
plainly each states an arrangement:

1. a sentence that names a concrete arrangement itself (who does what, when,
   where or how: ``concrete_here``) before one that only sits in such a passage;
2. a whole statement before a fragment of a few words (a cell label, a title);
3. a paragraph or list item before a table cell;
4. a claim the rules accepted outright before one read from an outcome table's
   row or the provider's code for an outcome;
5. then document order.

A sentence that speaks against a requirement (a negation, a hope, someone
else's arrangement) is never shown as its evidence, and one shown as its
evidence is never shown against it.
"""

from __future__ import annotations

from approval_engine.judge.facts import AspectFacts, Hit
from approval_engine.rules.compile import SUPPORTED, TENTATIVE

# the one that decides: a second quote per aspect was judged genuine less often than the first (45 % against 63 % on
# the labelled evidence sets) and not evidence more often (24 % against 17 %), so it cost a reviewer more than it gave
PER_ASPECT = 1
SHORT = 8  # words: fewer make a label or a title, not a statement
TABLE_PATTERNS = ("outcome table row", "the provider's code for the outcome")


def strength(h: Hit, order: int) -> tuple:
    """The sort key of a claim shown as evidence: strongest first (see the module docstring)."""
    s = h.sentence
    cues = s.cues or {}
    return (
        cues.get("concrete_here") != "yes",
        len(s.text.split()) < SHORT,
        s.passage.kind not in ("paragraph", "list_item"),
        h.pattern in TABLE_PATTERNS,
        order,
    )


def shown(a: AspectFacts) -> list[Hit]:
    """The claims an aspect shows as its evidence: those with the aspect's own status, strongest first."""
    if a.status not in (SUPPORTED, TENTATIVE):
        return []
    hits = [h for h in a.evidence if h.status == a.status]
    ranked = [h for _, h in sorted(enumerate(hits), key=lambda p: strength(p[1], p[0]))]
    out: list[Hit] = []
    seen: set[str] = set()
    for h in ranked:
        if h.sentence.text not in seen:
            seen.add(h.sentence.text)
            out.append(h)
        if len(out) == PER_ASPECT:
            break
    return out


def against(aspects: list[AspectFacts], evidence: set[str], limit: int) -> list[tuple[Hit, AspectFacts]]:
    """The claims that speak against the requirement, none of them a sentence shown as its evidence."""
    out: list[tuple[Hit, AspectFacts]] = []
    for a in aspects:
        for h in a.concerns:
            if h.sentence.text in evidence:
                continue
            out.append((h, a))
            if sum(1 for _, b in out if b is a) == limit:
                break
    return out
