"""Explain one decision. In plain words first: the verdict and why, then for
each part of the requirement every passage read for it, whether it counted,
which of its words were what the part looks for, and why it was accepted or
set aside. With ``rules``, the same in the ruleset's own terms too: the
verdict rule that fired and its condition, each aspect's status and the
judgement rule that gave it, the pattern, the claims row and any revision."""

from __future__ import annotations

import json
from pathlib import Path

from approval_engine.errors import EngineError
from approval_engine.judge.evaluate import Engine, read_application, search_snippet
from approval_engine.rules.compile import to_durable, verdict_conditions


_MARKS = {"supported": ("✓", "counted as evidence"), "tentative": ("◐", "counted in part")}


def _plain(file: Path, rf, result) -> list[str]:
    """The decision in plain words: verdict, reason, and each part's passages."""
    lines = [f"{result.rationale} (Confidence {result.confidence:.2f}.)", ""]
    for a in rf.aspects.values():
        lines.append(f"Part: {a.describe}")
        if not a.hits:
            lines.append(f"  nothing in the application states it ({a.considered} sentences had the words it looks "
                         "for, none of them as an arrangement)" if a.considered else
                         "  no sentence in the application has the words it looks for")
        for h in a.hits:
            mark, what = _MARKS.get(h.status, ("✗", "not counted"))
            lines.append(f"  {mark} {what}" + (f": {h.reason}" if h.reason else ": a statement of what the programme does"))
            lines.append(f"      \"{' '.join(h.sentence.text.split())[:300]}\"")
            loc = h.sentence.passage.location.label()
            lines.append(f"      at {loc} · find in Word: \"{search_snippet(h.sentence.text)}\"")
            if h.words and h.words != h.sentence.text:
                lines.append(f"      the words \"{' '.join(h.words.split())[:120]}\" are what this part looks for")
        lines.append("")
    lines.append(f"The rules behind this: approval-engine explain {file} {rf.rule.id} --rules")
    return lines


def explain_requirement(engine: Engine, file: Path, req_id: str, rules: bool = False) -> str:
    try:
        rule = engine.ruleset.rule(req_id)
    except KeyError:
        raise EngineError(f"no rule for requirement {req_id!r} in ruleset {engine.ruleset.label}") from None
    app = read_application(Path(file))
    found = engine.find(app)
    decisions = engine.decide(found.requirements)
    rf = next(f for f in found.requirements if f.rule.id == req_id)
    decision = decisions[req_id]
    report = engine.report(app, found.requirements, decisions)
    result = next(r for r in report.requirements if r.id == req_id)
    head = [f"{req_id}  {rule.title}  ({rule.cites})", ""]
    if not rules:
        return "\n".join(head + _plain(file, rf, result)).rstrip() + "\n"
    lines = [
        f"{req_id}  {rule.title}",
        f"cites: {rule.cites}",
        f"ruleset: {engine.ruleset.label} ({engine.ruleset_path})",
        "",
        f"verdict: {decision.verdict.value}  (verdict rule {decision.rule})",
        "",
        "the requirement's record, as the judgement rules left it:",
        "  " + json.dumps({k: v for k, v in rf.as_fact().items() if k not in ("id", "kind")}),
        "",
        "verdict rules (the one that fired marked ->):",
    ]
    for verdict, cond in verdict_conditions(rule).items():
        mark = "->" if verdict == decision.verdict.value else "  "
        lines.append(f"  {mark} {verdict}: {json.dumps(to_durable(cond))}")
    for note in rf.notes:
        lines.append(f"note: {note}")
    for name, a in rf.aspects.items():
        lines += ["", f"aspect {name}: {a.status}  ({a.describe})", f"  status from judgement rule: {a.rule or '-'}"]
        if not a.hits:
            lines.append(f"  no passage kept ({a.considered} sentences matched its patterns)")
        for h in a.hits:
            loc = h.sentence.passage.location.label()
            verdict = "evidence" if h.status in ("supported", "tentative") else "against"
            how = f"{h.status}, by {h.rule}" if h.rule else h.status
            lines.append(f"  [{verdict}: {how}] {loc}")
            if h.reason:
                lines.append(f"      why: {h.reason}")
            if h.pattern:
                lines.append(f"      pattern: {h.pattern[:200]}")
            if h.words and h.words != h.sentence.text:
                lines.append(f"      matched: \"{' '.join(h.words.split())[:200]}\"")
            text = " ".join(h.sentence.text.split())
            lines.append(f"      \"{text[:300]}\"")
    dropped = [d for d in found.derived if d.fact.get("kind") == "final" and d.fact.get("req") == req_id
               and d.fact.get("status") == "ignore"]
    if dropped:
        lines += ["", "matches the judgement rules set aside:"]
        for d in dropped:
            m = found.perception.matches.get(d.fact["match"]) if found.perception else None
            if m is not None:
                why = d.fact.get("reason") or d.rule
                lines.append(f"  [{d.fact.get('by')}] {m.sentence.passage.location.label()}: \"{' '.join(m.sentence.text.split())[:200]}\""
                             + (f" ({why})" if why else ""))
    return "\n".join(lines)
