"""Explain one decision: the facts asserted, the durable rule that fired, and
every sentence each aspect considered, with why it was accepted or rejected."""

from __future__ import annotations

import json
from pathlib import Path

from approval_engine.errors import EngineError
from approval_engine.judge.evaluate import Engine, read_application
from approval_engine.rules.compile import to_durable, verdict_conditions


def explain_requirement(engine: Engine, file: Path, req_id: str) -> str:
    try:
        rule = engine.ruleset.rule(req_id)
    except KeyError:
        raise EngineError(f"no rule for requirement {req_id!r} in ruleset {engine.ruleset.label}") from None
    app = read_application(Path(file))
    facts = engine.facts(app)
    decisions = engine.decide(facts)
    rf = next(f for f in facts if f.rule.id == req_id)
    decision = decisions[req_id]
    lines = [
        f"{req_id}  {rule.title}",
        f"cites: {rule.cites}",
        f"ruleset: {engine.ruleset.label} ({engine.ruleset_path})",
        "",
        f"verdict: {decision.verdict.value}  (durable rule {decision.rule})",
        "",
        "fact asserted:",
        "  " + json.dumps(rf.as_fact()),
        "",
        "rule conditions (durable-rules):",
    ]
    for verdict, cond in verdict_conditions(rule).items():
        mark = "->" if verdict == decision.verdict.value else "  "
        lines.append(f"  {mark} {verdict}: {json.dumps(to_durable(cond))}")
    for note in rf.notes:
        lines.append(f"note: {note}")
    for name, a in rf.aspects.items():
        lines += ["", f"aspect {name}: {a.status}  ({a.describe})"]
        if not a.hits:
            lines.append(f"  no sentence matched ({a.considered} considered)")
        for h in a.hits:
            loc = h.sentence.passage.location.label()
            verdict = "accepted" if h.status == "supported" else f"rejected: {h.status}"
            if h.reason:
                verdict += f" ({h.reason})"
            text = " ".join(h.sentence.text.split())
            lines.append(f"  [{verdict}] {loc}\n      \"{text[:300]}\"")
    return "\n".join(lines)
