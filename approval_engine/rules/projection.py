"""What of a fact durable-rules is given: only what some condition can tell apart.

durable-rules' C core, at every node of its alpha network a fact reaches,
looks the node's property up by walking all of the fact's properties. A
perception fact carries some sixty cues, nearly all "no", and the claims
table tests them at hundreds of nodes, so most of the core's work was
skipping properties. Two reductions, each exact:

- a property no condition reads is not handed over at all (a sentence's
  number, a pattern's name: what actions and reports use);
- a *flag*, a property that conditions only ever compare with ``"yes"`` or
  ``"no"`` (never joined on, never read by another fact's condition), is
  handed over only when it is ``"yes"``; its conditions are rewritten to
  match: ``flag == "no"`` and ``flag != "yes"`` become "has no ``flag``",
  ``flag != "no"`` becomes "has ``flag``".

The whole fact stays with the evaluation (``engine.Session.facts``): actions
derive from it by id, so what the rules derive, and every field of it, is
the same as when whole facts were asserted: ``tests/test_rules_projection.py``
checks it through durable-rules, and the corpus snapshot (``tests/test_snapshot.py``)
and all the regression applications gave identical reports, field by field.
"""

from __future__ import annotations

from dataclasses import dataclass

from approval_engine.errors import EvaluationError

YES_NO = frozenset(("yes", "no"))
ALWAYS = frozenset(("id", "sid", "kind"))  # durable-rules' own, and the fact's identity
_COMPARISONS = frozenset(("$eq", "$neq", "$lt", "$lte", "$gt", "$gte", "$mt", "$imt", "$ex", "$nex"))


def _survey(expr: object, read: set[str], refs: set[str], flag_uses: dict[str, bool]) -> None:
    """Every name a condition may read (``read``, an over-estimate: binding names are
    in it too), the fields a join references (``refs``: {"req": {"c": "req"}},
    {"$m": "against"}), and, for each property compared directly, whether every
    such comparison is an equality or inequality with yes/no (``flag_uses``)."""
    if isinstance(expr, list):
        for x in expr:
            _survey(x, read, refs, flag_uses)
        return
    if isinstance(expr, str):
        if expr not in YES_NO:
            read.add(expr)
            refs.add(expr)
        return
    if not isinstance(expr, dict):
        return
    for key, value in expr.items():
        if key in _COMPARISONS and isinstance(value, dict):
            for name, operand in value.items():
                read.add(name)
                yes_no = key in ("$eq", "$neq") and isinstance(operand, str) and operand in YES_NO and len(value) == 1
                flag_uses[name] = flag_uses.get(name, True) and yes_no
                _survey(operand, read, refs, flag_uses)
        elif key.startswith("$"):
            _survey(value, read, refs, flag_uses)
        else:
            read.add(key)
            simple = isinstance(value, str) and value in YES_NO and len(expr) == 1
            flag_uses[key] = flag_uses.get(key, True) and simple
            _survey(value, read, refs, flag_uses)


def _rewrite(expr: object, flags: frozenset[str]) -> object:
    if isinstance(expr, list):
        return [_rewrite(x, flags) for x in expr]
    if not isinstance(expr, dict):
        return expr
    if len(expr) == 1:
        ((key, value),) = expr.items()
        if key in flags:
            return expr if value == "yes" else {"$nex": {key: 1}}
        if key in ("$eq", "$neq") and isinstance(value, dict) and len(value) == 1:
            ((name, operand),) = value.items()
            if name in flags:
                holds = (operand == "yes") == (key == "$eq")
                return {"$ex": {name: 1}} if holds else {"$nex": {name: 1}}
    return {key: _rewrite(value, flags) for key, value in expr.items()}


@dataclass(frozen=True)
class Projection:
    """For one registered ruleset: the properties its conditions read, and its flags."""

    read: frozenset[str]
    flags: frozenset[str]

    @classmethod
    def of(cls, definition: dict) -> tuple["Projection", dict]:
        """The projection for a compiled ruleset, and the ruleset with its flag tests rewritten."""
        read: set[str] = set()
        refs: set[str] = set()
        flag_uses: dict[str, bool] = {}
        for rule in definition.values():
            _survey({k: v for k, v in rule.items() if k != "run"}, read, refs, flag_uses)
        flags = frozenset(name for name, only in flag_uses.items() if only and name not in refs) - ALWAYS
        rewritten = {name: {k: (v if k == "run" else _rewrite(v, flags)) for k, v in rule.items()}
                     for name, rule in definition.items()}
        return cls(frozenset(read) | ALWAYS, flags), rewritten

    def __call__(self, fact: dict) -> dict:
        """What durable-rules is given of ``fact``."""
        out = {}
        read, flags = self.read, self.flags
        for key, value in fact.items():
            if key not in read:
                continue
            if key in flags:
                if value == "no":
                    continue
                if value != "yes":
                    raise EvaluationError(f"fact {fact.get('id')}: the rules compare '{key}' only with yes or no, "
                                          f"but it is {value!r}")
            out[key] = value
        return out
