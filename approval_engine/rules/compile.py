"""Compile a validated ruleset into durable-rules' own JSON rulesets.

Each requirement's rule becomes four durable rules, one per verdict, whose
conditions are mutually exclusive and together exhaustive over the
requirement's record (its applicability and each aspect's status, as the
judgement rules derived them), so exactly one fires for every requirement:

    not_applicable  applicable == "no"
    met             applicable == "yes" and MET
    partially_met   applicable == "yes" and not MET and PARTIAL
    not_met         applicable == "yes" and not MET and not PARTIAL

MET and PARTIAL come from the rule's ``met`` and ``partially_met``
expressions over its aspects' statuses. Rules are grouped into one durable
ruleset per criterion, to keep each durable ruleset small; each group also
rolls its verdicts up: a criterion has gaps when any of its requirements is
partially met or not met.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re

from approval_engine.rules.engine import Action
from approval_engine.rules.language import Expr, Rule, Ruleset

# the aspect statuses the verdict conditions read (the judgement block's precedence names the rest)
SUPPORTED = "supported"
TENTATIVE = "tentative"
GAPS = ("partially_met", "not_met")
VERDICT_PHASES = ["verdicts", "criteria"]

# A tiny boolean algebra: ("and", [..]), ("or", [..]), ("eq", field, value), ("neq", field, value)


def _not(e: tuple) -> tuple:
    op = e[0]
    if op == "eq":
        return ("neq", e[1], e[2])
    if op == "neq":
        return ("eq", e[1], e[2])
    if op == "and":
        return ("or", [_not(x) for x in e[1]])
    if op == "or":
        return ("and", [_not(x) for x in e[1]])
    raise ValueError(op)


def _field(aspect: str) -> str:
    return f"a_{aspect}"


def _met(expr: Expr) -> tuple:
    def ok(name: str) -> tuple:
        return ("eq", _field(name), SUPPORTED)

    if expr.all is not None:
        return ("and", [ok(n) for n in expr.all])
    if expr.any is not None:
        return ("or", [ok(n) for n in expr.any])
    combos = itertools.combinations(expr.of or [], expr.at_least or 1)
    return ("or", [("and", [ok(n) for n in c]) for c in combos])


def _partial(expr: Expr) -> tuple:
    def some(name: str) -> tuple:
        return ("or", [("eq", _field(name), SUPPORTED), ("eq", _field(name), TENTATIVE)])

    if expr.all is not None:
        return ("and", [some(n) for n in expr.all])
    if expr.any is not None:
        return ("or", [some(n) for n in expr.any])
    combos = itertools.combinations(expr.of or [], expr.at_least or 1)
    return ("or", [("and", [some(n) for n in c]) for c in combos])


def to_durable(e: tuple) -> dict:
    op = e[0]
    if op == "eq":
        return {e[1]: e[2]}
    if op == "neq":
        return {"$neq": {e[1]: e[2]}}
    parts = [to_durable(x) for x in e[1]]
    if len(parts) == 1:
        return parts[0]
    return {"$and" if op == "and" else "$or": parts}


def verdict_conditions(rule: Rule) -> dict[str, tuple]:
    """The four mutually exclusive conditions of a rule, as boolean expressions."""
    req = ("eq", "req", rule.id)
    app_yes = ("eq", "applicable", "yes")
    met = _met(rule.met_expr)
    partial = _partial(rule.partial_expr)
    return {
        "not_applicable": ("and", [req, ("eq", "applicable", "no")]),
        "met": ("and", [req, app_yes, met]),
        "partially_met": ("and", [req, app_yes, _not(met), partial]),
        "not_met": ("and", [req, app_yes, _not(met), _not(partial)]),
    }


def group_of(rule: Rule) -> str:
    return rule.id.split(".", 1)[0] if "." in rule.id else "x"


def durable_name(ruleset: Ruleset, group: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", f"{ruleset.ruleset}_{ruleset.version}").strip("_")
    return f"{base}__{group}"


def action_name(group_name: str, rule_id: str, verdict: str) -> str:
    return f"{group_name}.{rule_id}.{verdict}"


def _phase(name: str) -> dict:
    return {"ph": {"$and": [{"kind": "phase"}, {"name": name}]}}


def compile_ruleset(ruleset: Ruleset) -> tuple[dict[str, dict], dict[str, Action]]:
    """durable-rules ruleset definitions keyed by durable ruleset name, and each rule's action."""
    out: dict[str, dict] = {}
    actions: dict[str, Action] = {}
    for rule in ruleset.requirements:
        name = durable_name(ruleset, group_of(rule))
        rules = out.setdefault(name, {})
        for verdict, cond in verdict_conditions(rule).items():
            act = action_name(name, rule.id, verdict)
            rules[act] = {"all": [{"m": to_durable(("and", [("eq", "kind", "requirement"), cond]))}, _phase("verdicts")], "run": act}
            actions[act] = Action(rule=f"{rule.id}:{verdict}", kind="verdict",
                                  fields=(("req", rule.id), ("verdict", verdict)), key=("req",))
    for name, rules in out.items():
        group = name.rsplit("__", 1)[-1]
        gap = {"$and": [{"kind": "verdict"}, {"$or": [{"verdict": v} for v in GAPS]}]}
        for label, body in (("gaps", [{"v": gap}, _phase("criteria")]), ("no_gaps", [_phase("criteria"), {"n0$not": gap}])):
            act = f"{name}.criterion.{label}"
            rules[act] = {"all": body, "run": act}
            actions[act] = Action(rule=f"criterion {group}: {label.replace('_', ' ')}", kind="criterion",
                                  fields=(("criterion", group), ("gaps", "yes" if label == "gaps" else "no")), key=("criterion",))
    return out, actions


def fingerprint(compiled: dict[str, dict]) -> str:
    return hashlib.sha256(json.dumps(compiled, sort_keys=True).encode()).hexdigest()[:12]
