"""What kind of statement each sentence of an application is, and why.

Perception reads every sentence's cues (a question, a condition, the
provider's past, a value, a commitment, the law's requirement, course
content, a prompt, a title, a placeholder, a negation ...), exactly as it
does for a sentence an aspect's pattern matched; the ruleset's claims table
then classifies each one in durable-rules, first row that holds. Only a
sentence the table leaves ``supported`` is a statement of what the programme
does, the one kind that can carry a verdict. Nothing is decided here: the
kind is the name of the claims row that fired and its reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from approval_engine.ingest.model import Application
from approval_engine.judge.perceive import CUE_DEFAULTS, YES, Perceiver
from approval_engine.rules import engine as durable

STATEMENT = "statement"  # the kind of a sentence no claims row sets aside


@dataclass
class SentenceKind:
    number: int
    where: str
    text: str
    kind: str  # the claims row that classified the sentence, or STATEMENT
    status: str
    reason: str
    cues: list[str]  # the cues perception found in it


def sentence_kinds(engine, app: Application) -> list[SentenceKind]:
    """Every sentence of ``app`` with the kind the ruleset's claims table gives it."""
    p = Perceiver(app, engine.compiled, engine.spec_wording)
    facts = []
    for s in p.sentences:
        # a negation's scope is worked out against what it negates: a sentence alone has no match
        # to negate, so its negation cue is shown, not used
        cues = {**CUE_DEFAULTS, **p.sentence_cues(s), "placeholder": p.sentence_placeholder(s), "negation": "no"}
        facts.append({"id": f"s{s.number}", "kind": "match", "role": "sentence", "req": "", "aspect": "",
                      "condition": "", "outcome": "", "sentence": s.number, "passage": s.passage.id,
                      "pattern": "", **cues})
    derived = durable.run(engine.names[engine.judgement_name], facts, ["claims"])
    by_match = {d.fact["match"]: d.fact for d in derived if d.fact.get("kind") in ("claim", "final")}
    out = []
    for s, f in zip(p.sentences, facts):
        claim = by_match.get(f["id"], {})
        kind = claim.get("by", "")
        status = claim.get("status", "")
        if status == "supported":
            kind = STATEMENT
        found = sorted(k for k, v in f.items() if v == YES)
        if p.sig.get("negation") is not None and p.sig["negation"].search(s.text):
            found.append("negation word")
        out.append(SentenceKind(s.number, s.passage.location.label(), " ".join(s.text.split()), kind or STATEMENT,
                                status, claim.get("reason", ""), found))
    return out


def render_kinds(kinds: list[SentenceKind]) -> str:
    lines = []
    for k in kinds:
        why = f" — {k.reason}" if k.reason else ""
        cues = f" [cues: {', '.join(k.cues)}]" if k.cues else ""
        lines.append(f"{k.where}: {k.kind}{why}{cues}")
        lines.append(f"    \"{k.text[:240]}\"")
    counts: dict[str, int] = {}
    for k in kinds:
        counts[k.kind] = counts.get(k.kind, 0) + 1
    lines.append("")
    lines.append("kinds: " + ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items(), key=lambda x: -x[1])))
    return "\n".join(lines)
