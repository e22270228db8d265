"""Compile a ruleset's ``judgement:`` block into one durable-rules ruleset.

Every durable rule joins the phase fact of its phase first, so it is tested
only once the facts it needs are all in the session. The sugar compiles so:

- ``claims``: row *i* fires for a ``match`` fact when its ``when`` holds and
  no earlier row's does (first match wins, exactly one row per match);
  it derives a ``claim`` with the match's fields, the row's status and reason.
- ``revisions``: revision *i* fires for a ``claim`` when its ``when`` holds,
  its partner (``with``) exists, and no earlier revision applies; one more
  rule keeps the claim's own status when none applies. Each derives a
  ``final`` claim.
- ``precedence``: for each status, an aspect takes it when a ``final`` claim
  of that aspect has it and none has a stronger one; ``absent`` when none
  has any.
"""

from __future__ import annotations

import re
from itertools import product

from approval_engine.rules.compile import _not, to_durable
from approval_engine.rules.engine import Action
from approval_engine.rules.judgement import IGNORE, Judgement, JudgementRule

_REF = re.compile(r"^\$([a-z][a-z0-9_]*)\.([a-z][a-z0-9_]*)$")
_SELF = re.compile(r"^\$\.([a-z][a-z0-9_]*)$")
_OPS = {"gt": "$gt", "lt": "$lt", "gte": "$gte", "lte": "$lte"}
ABSENT = "absent"


def _value(v: object) -> object:
    """A constant, a reference to a bound fact's field, or to this fact's own field."""
    if isinstance(v, str):
        m = _REF.match(v)
        if m:
            return {m.group(1): m.group(2)}
        m = _SELF.match(v)
        if m:
            return {"$m": m.group(1)}
    if isinstance(v, bool):
        return "yes" if v else "no"
    return v


def field_expr(name: str, v: object) -> tuple:
    """One field's condition in the small boolean algebra of rules.compile."""
    if isinstance(v, dict):
        (op, arg), = v.items()
        if op == "not":
            alts = arg if isinstance(arg, list) else [arg]
            return ("and", [("neq", name, _value(a)) for a in alts])
        return ("op", _OPS[op], name, _value(arg))
    if isinstance(v, list):
        return ("or", [("eq", name, _value(a)) for a in v])
    return ("eq", name, _value(v))


def pattern_expr(p: dict) -> tuple:
    parts = [("eq", "kind", p["fact"])]
    parts += [field_expr(k, v) for k, v in p.items() if k not in ("fact", "one")]
    return ("and", parts)


def one_of(binding: str, p: dict) -> tuple | None:
    """For a binding marked ``one: true`` (any one such fact will do), the
    condition that no such fact comes before it: the rule then fires once."""
    if not p.get("one"):
        return None
    return ("and", [pattern_expr(p), ("op", "$lt", "n", {binding: "n"})])


def durable(e: tuple) -> dict:
    if e[0] == "op":
        return {e[1]: {e[2]: e[3]}}
    if e[0] in ("and", "or"):
        parts = [durable(x) for x in e[1]]
        if not parts:  # durable-rules hangs on an empty $or / $and
            return {"kind": "__never__"} if e[0] == "or" else {"$ex": {"kind": 1}}
        if len(parts) == 1:
            return parts[0]
        return {"$and" if e[0] == "and" else "$or": parts}
    return to_durable(e)


# durable-rules 2.0.28 finds only some of a rule's matches when the fact of its
# *first* condition arrives after the others (measured: 10 to 12 of 17 joins of
# row, row module and assessed module); when the fact that completes a match
# is the *last* condition, it finds them all. So the phase fact, which always
# arrives after the facts a rule joins, follows them; only the rule's negated
# conditions (``none``) come after it, as durable-rules tests those last.


def _phase(name: str) -> dict:
    return {"ph": {"$and": [{"kind": "phase"}, {"name": name}]}}


def _has_ref(e: tuple) -> bool:
    if e[0] in ("and", "or"):
        return any(_has_ref(x) for x in e[1])
    value = e[-1]
    return isinstance(value, dict) and not ("$m" in value)


def dnf(e: tuple) -> list[list[tuple]]:
    """The expression as alternatives of conjunctions of atoms."""
    if e[0] == "and":
        out: list[list[tuple]] = [[]]
        for x in e[1]:
            out = [a + b for a in out for b in dnf(x)]
        return out
    if e[0] == "or":
        return [alt for x in e[1] for alt in dnf(x)]
    return [[e]]


class Compiled:
    """The durable ruleset and the action of each of its rules.

    durable-rules 2.0.28 drops the references to other facts from a condition
    that also holds an ``$or`` (measured: the join then matches any pair), so a
    condition that refers to another fact is expanded here into alternatives
    without ``$or``: one durable rule per alternative, one ``none`` per
    alternative of a negated condition. A rule firing through two
    alternatives derives its fact once (the action's key)."""

    def __init__(self) -> None:
        self.rules: dict[str, dict] = {}
        self.actions: dict[str, Action] = {}
        self.claim_fields: tuple[str, ...] = ()

    def add(self, name: str, phase: str, conds: list[tuple[str, tuple]], nones: list[tuple], action: Action) -> None:
        options = [[durable(e)] if not _has_ref(e) else [durable(("and", alt)) for alt in dnf(e)] for _, e in conds]
        negated: list[dict] = []
        for e in nones:
            negated += [durable(e)] if not _has_ref(e) else [durable(("and", alt)) for alt in dnf(e)]
        variants = list(product(*options))
        for k, choice in enumerate(variants):
            body = [{b: c} for (b, _), c in zip(conds, choice)]
            body.append(_phase(phase))  # after the facts it joins (see _phase)
            body += [{f"n{i}$not": c} for i, c in enumerate(negated)]  # tested once the rest matches
            rule = name if len(variants) == 1 else f"{name}#{k + 1}"
            self.rules[rule] = {"all": body, "run": rule}
            self.actions[rule] = action


def _derive(rule: str, kind: str, fields: dict, key: list[str], copy: str | None = None) -> Action:
    values = {k: ("yes" if v else "no") if isinstance(v, bool) else v for k, v in fields.items()}
    return Action(rule=rule, kind=kind, fields=tuple(values.items()), key=tuple(key), copy=copy)


def _claims(j: Judgement, out: Compiled, prefix: str) -> None:
    roles = revisable_roles(j)
    earlier: list[tuple] = []
    for row in j.claims:
        cond = ("and", [("eq", "kind", "match")] + [field_expr(k, v) for k, v in row.when.items()])
        exclusive = ("and", [cond] + [_not_any(e) for e in earlier])
        earlier.append(("and", [field_expr(k, v) for k, v in row.when.items()]) if row.when else ("and", []))
        fields = {f: f"$m.{f}" for f in out.claim_fields if f not in ("status", "reason", "by", "match")}
        fields.update({"status": row.status, "reason": row.reason, "by": row.name, "match": "$m.id"})
        if roles is None:
            out.add(f"{prefix}claims.{row.name}", "claims", [("m", exclusive)], [],
                    _derive(row.name, "claim", fields, ["match"]))
            continue
        # a claim no revision can touch is final at once: one rule firing, not two
        if not roles:
            out.add(f"{prefix}claims.{row.name}.final", "claims", [("m", exclusive)], [],
                    _derive(row.name, "final", {**fields, "revised": ""}, ["match"]))
            continue
        revisable = ("or", [("eq", "role", r) for r in roles])
        fixed = ("and", [("neq", "role", r) for r in roles])
        out.add(f"{prefix}claims.{row.name}", "claims", [("m", ("and", [exclusive, revisable]))], [],
                _derive(row.name, "claim", fields, ["match"]))
        out.add(f"{prefix}claims.{row.name}.final", "claims", [("m", ("and", [exclusive, fixed]))], [],
                _derive(row.name, "final", {**fields, "revised": ""}, ["match"]))


def revisable_roles(j: Judgement) -> list[str] | None:
    """The roles of claims a revision may touch (as a claim revised or as its
    partner), or None when some revision names no role."""
    roles: set[str] = set()
    for rev in j.revisions:
        for when in (rev.when, rev.with_.when if rev.with_ else None):
            if when is None:
                continue
            role = when.get("role")
            if role is None:
                return None
            roles |= set(role if isinstance(role, list) else [role])
    return sorted(roles)


def _not_any(e: tuple) -> tuple:
    if e[0] == "and" and not e[1]:
        return ("or", [("eq", "kind", "__never__")])
    return _negate(e)


def _negate(e: tuple) -> tuple:
    """The negation, with its alternatives disjoint: not (a and b) is (not a) or
    (a and not b), so a fact meets at most one alternative and a rule fires
    once for it (durable-rules fires once per alternative met)."""
    if e[0] == "op":
        inverse = {"$gt": "$lte", "$lt": "$gte", "$gte": "$lt", "$lte": "$gt"}
        return ("op", inverse[e[1]], e[2], e[3])
    if e[0] == "and":
        return ("or", [("and", [*e[1][:i], _negate(x)]) for i, x in enumerate(e[1])])
    if e[0] == "or":
        return ("and", [_negate(x) for x in e[1]])
    return _not(e)


def _partner(rev, binding: str) -> dict:
    assert rev.with_ is not None
    p = {"fact": "claim", **rev.with_.when}
    for f in rev.with_.same:
        p[f] = f"${binding}.{f}"
    p["match"] = {"not": f"${binding}.match"}
    return p


def _revisions(j: Judgement, out: Compiled, prefix: str) -> None:
    def own(rev) -> tuple:
        return ("and", [field_expr(k, v) for k, v in rev.when.items()])

    revs = list(j.revisions)
    for i, rev in enumerate(revs + [None]):
        before = revs[:i]
        joined = [r for r in before if r.with_ is not None]
        plain = [r for r in before if r.with_ is None]
        # a claim escapes a joined earlier revision when its own 'when' fails, or when no partner exists
        for choice in product((False, True), repeat=len(joined)):
            conds = [("eq", "kind", "claim")] + [_not_any(own(r)) if own(r)[1] else ("or", [("eq", "kind", "__never__")]) for r in plain]
            nones = []
            for r, via_none in zip(joined, choice):
                if via_none:
                    conds.append(own(r))
                    nones.append(pattern_expr(_partner(r, "c")))
                elif own(r)[1]:
                    conds.append(_not_any(own(r)))
                else:
                    conds = None  # a joined revision that applies to every claim: only the 'no partner' way out
                    break
            if conds is None:
                continue
            binds = []
            if rev is not None:
                conds.append(own(rev))
                binds_partner = [("p", pattern_expr(_partner(rev, "c")))] if rev.with_ else []
                fields = {"status": rev.status, "reason": rev.reason or "$c.reason", "by": rev.name, "revised": "$c.by"}
                name = f"{prefix}revisions.{rev.name}"
                label = rev.name
            else:
                binds_partner = []
                fields = {"status": "$c.status", "reason": "$c.reason", "by": "$c.by", "revised": ""}
                name = f"{prefix}revisions.keep"
                label = "keep"
            binds = [("c", ("and", conds))] + binds_partner
            suffix = "" if not any(choice) else "." + "".join("n" if x else "w" for x in choice)
            out.add(name + suffix, "passages", binds, nones, _derive(label, "final", fields, ["match"], copy="c"))


def _precedence(j: Judgement, out: Compiled, prefix: str) -> None:
    aspect = ("a", ("and", [("eq", "kind", "aspect"), ("eq", "source", "text")]))

    def final(statuses: list[str]) -> tuple:
        return ("and", [("eq", "kind", "final"), ("eq", "req", {"a": "req"}), ("eq", "aspect", {"a": "aspect"}),
                        ("or", [("eq", "status", s) for s in statuses])])

    fields = {"req": "$a.req", "aspect": "$a.aspect", "outcome": "$a.outcome"}
    for k, status in enumerate(j.precedence):
        stronger = j.precedence[:k]
        first = ("and", [final([status]), ("op", "$lt", "n", {"f": "n"})])  # the first such claim decides
        out.add(f"{prefix}precedence.{status}", "aspects", [aspect, ("f", final([status]))],
                ([final(stronger)] if stronger else []) + [first],
                _derive(f"precedence.{status}", "aspect_status", {**fields, "status": status, "via": "$f.match"}, ["req", "aspect"]))
    out.add(f"{prefix}precedence.{ABSENT}", "aspects", [aspect], [final(list(j.precedence))],
            _derive(f"precedence.{ABSENT}", "aspect_status", {**fields, "status": ABSENT, "via": ""}, ["req", "aspect"]))


def _general(r: JudgementRule, out: Compiled, prefix: str) -> None:
    conds = [(b, pattern_expr(p)) for b, p in r.when.items()]
    nones = [pattern_expr(p) for p in r.unless]
    nones += [x for b, p in r.when.items() if (x := one_of(b, p)) is not None]
    fields = {k: v for k, v in r.derive.items() if k != "fact"}
    fields.setdefault("by", r.name)
    key = r.key or [k for k in fields if k != "by"]
    out.add(f"{prefix}rules.{r.name}", r.phase, conds, nones, _derive(r.name, str(r.derive["fact"]), fields, key))


# the fields a claim always carries: its identity and where it stands
CLAIM_FIELDS = ("role", "req", "aspect", "outcome", "condition", "sentence", "passage", "match", "status", "reason", "by")


def claim_fields(j: Judgement) -> tuple[str, ...]:
    """The fields of a match that claims carry on: those some rule reads from a
    claim or a final claim, and their identity. (Facts stay small: durable-rules
    serialises every fact a rule matched, each time it fires.)"""
    used = set(CLAIM_FIELDS)
    for rev in j.revisions:
        used |= set(rev.when)
        if rev.with_ is not None:
            used |= set(rev.with_.when) | set(rev.with_.same)
    for r in j.rules:
        claims = {b for b, p in r.when.items() if p.get("fact") in ("claim", "final")}
        for p in [*r.when.values(), *r.unless]:
            if p.get("fact") in ("claim", "final"):
                used |= {k for k in p if k not in ("fact", "one")}
        for p in [*r.when.values(), *r.unless, r.derive]:
            for v in p.values():
                for x in (v.values() if isinstance(v, dict) else v if isinstance(v, list) else [v]):
                    m = _REF.match(x) if isinstance(x, str) else None
                    if m and m.group(1) in claims:
                        used.add(m.group(2))
    return tuple(sorted(used))


def compile_judgement(j: Judgement, prefix: str = "") -> Compiled:
    """The judgement block as durable rules (names prefixed, so several rulesets can share a host)."""
    out = Compiled()
    out.claim_fields = claim_fields(j)
    _claims(j, out, prefix)
    _revisions(j, out, prefix)
    _precedence(j, out, prefix)
    for r in j.rules:
        _general(r, out, prefix)
    return out


__all__ = ["compile_judgement", "Compiled", "IGNORE", "ABSENT"]
