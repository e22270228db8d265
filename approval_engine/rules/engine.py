"""The adapter around durable-rules: the only module that imports it.

durable-rules keeps one process-global host with a C Rete core; a ruleset
name can be registered once per host, and every session must be deleted or
the host fails at 1,024 live sessions. So: one host per process, created on
first use; each evaluation runs in a fresh session whose state is deleted in
``finally``; every fact carries a unique id; an action that fails is
reported, never swallowed.

Every compiled rule has one action, named after the rule: it *derives* a
fact (``derive`` in the ruleset) from the facts the rule matched. Actions
only record what they derive; the session runs in *phases*: the perception
facts are asserted, then a phase fact for each phase in turn, and what the
rules of one phase derived is asserted before the next phase begins (the
compiler checks that no rule uses a fact derived in its own or a later
phase, so an action that has fired never needs taking back).
"""

from __future__ import annotations

import copy
import json
import threading
import uuid
from dataclasses import dataclass, field

from pydantic_core import from_json, to_json

from approval_engine.errors import EvaluationError
from approval_engine.rules.projection import Projection

_lock = threading.RLock()
_host = None
_registered: dict[str, str] = {}  # durable name -> fingerprint
_actions: dict[str, "Action"] = {}  # action name -> what it derives
_sessions: dict[str, "Session"] = {}  # sid -> the evaluation in progress
_stateless: set[str] = set()  # registered rulesets no condition of which can take a session's state fact
_projections: dict[str, Projection] = {}  # registered ruleset -> what of a fact its conditions can tell apart


FIRST_DERIVED = 1_000_000


@dataclass(frozen=True)
class Action:
    """What a rule derives when it fires: a fact of ``kind`` whose fields are
    constants or ``$binding.field`` references to the matched facts; ``copy``
    names a binding whose fields are copied first; ``key`` are the fields that
    make the derived fact's identity (a rule firing twice for one key derives
    it once)."""

    rule: str
    kind: str
    fields: tuple[tuple[str, object], ...]
    key: tuple[str, ...]
    copy: str | None = None

    def __post_init__(self) -> None:
        # each field as (name, binding, field of the bound fact) or (name, None, constant)
        plan = []
        for name, value in self.fields:
            if isinstance(value, str) and value.startswith("$") and "." in value:
                binding, _, ref = value[1:].partition(".")
                plan.append((name, binding, ref))
            else:
                plan.append((name, None, value))
        object.__setattr__(self, "plan", tuple(plan))


@dataclass
class Derived:
    """A fact derived by a rule, and the facts that rule matched."""

    rule: str
    fact: dict
    matched: dict[str, dict]


@dataclass
class Session:
    sid: str
    facts: dict[str, dict] = field(default_factory=dict)  # id -> the whole fact, as asserted or derived
    derived: list[Derived] = field(default_factory=list)
    pending: list[dict] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    error: str = ""


# durable-rules refuses a fact no rule's condition can take (MessageNotHandledException)
# and drops the rest of its batch; this rule takes every fact and never fires
KEEP_EVERY_FACT = {"keep_every_fact": {"all": [{"never": {"kind": "__never__"}}, {"any": {"$ex": {"id": 1}}}],
                                       "run": "keep_every_fact"}}


_NOT_COPIED = frozenset(("sid", "id", "kind", "n"))
_NOTHING: dict = {}


def _fire(action: Action, message: dict, session: Session) -> None:
    """What ``action`` derives from the facts its rule matched (``message``: binding -> fact,
    as durable-rules was given it; the whole fact is the session's)."""
    whole = session.facts
    matched = {k: whole.get(v.get("id"), v) for k, v in message.items() if isinstance(v, dict)}
    try:
        fact: dict = {}
        if action.copy:
            fact.update({k: v for k, v in matched.get(action.copy, _NOTHING).items() if k not in _NOT_COPIED})
        for name, binding, value in action.plan:  # type: ignore[attr-defined]
            fact[name] = value if binding is None else matched.get(binding, _NOTHING).get(value, "")
        fact["kind"] = action.kind
        ident = action.kind + ":" + "|".join(str(fact.get(k, "")) for k in action.key)
        if ident in session.seen:
            return
        session.seen.add(ident)
        fact["id"] = ident
        fact["n"] = FIRST_DERIVED + len(session.derived)  # facts are numbered: perceived first, then derived
        session.derived.append(Derived(action.rule, fact, matched))
        session.pending.append(fact)
    except Exception as exc:  # noqa: BLE001 - reported to the caller, never swallowed
        session.error = session.error or f"rule {action.rule}: {type(exc).__name__}: {exc}"


def _get_host():
    global _host
    if _host is None:
        from durable.engine import Host

        class _Host(Host):
            def _run(self) -> None:
                """No background dispatch: the stock host starts two timer threads that take
                pending actions from any session at any moment, racing the evaluation that
                asserted the facts (measured: joins lost at random). Every action here runs
                inside the assert call that caused it."""

            def get_action(self, action_name: str):
                def run(c) -> None:  # actions are run by _assert_all, never through the host
                    raise EvaluationError(f"durable-rules ran action {action_name} outside an evaluation")

                return run

        _host = _Host()
    return _host


def _needs_kind(expr: object) -> bool:
    """A condition that only a fact with a ``kind`` can meet."""
    if isinstance(expr, dict) and len(expr) == 1:
        ((key, value),) = expr.items()
        if key == "kind":
            return isinstance(value, str)
        if key == "$and" and isinstance(value, list):
            return any(_needs_kind(x) for x in value)
        if key == "$or" and isinstance(value, list):
            return bool(value) and all(_needs_kind(x) for x in value)
    return False


def _ignores_state(definition: dict) -> bool:
    """No rule's condition (negated ones too) can take the session's state fact,
    ``{"sid": ..., "id": "sid-...", "$s": 1}``, which has no ``kind``: writing the
    state back after an action (retracting that fact and asserting it again)
    then changes nothing any rule can see."""
    for rule in definition.values():
        conditions = rule.get("all") if isinstance(rule, dict) else None
        if not isinstance(conditions, list):
            return False
        for condition in conditions:
            if not isinstance(condition, dict) or not all(_needs_kind(expr) for expr in condition.values()):
                return False
    return True


def register(compiled: dict[str, dict], actions: dict[str, Action], fingerprint: str) -> dict[str, str]:
    """Register compiled rulesets once; return {ruleset name: name registered in the host}.

    A name already registered with other content (a changed file in the same
    process) is registered again under a name suffixed with the fingerprint.
    """
    names: dict[str, str] = {}
    with _lock:
        host = _get_host()
        todo = {}
        for name, definition in compiled.items():
            definition = {**definition, **KEEP_EVERY_FACT}
            target = name
            if name in _registered and _registered[name] != fingerprint:
                target = f"{name}__{fingerprint}"
            names[name] = target
            if target not in _registered:
                projection, definition = Projection.of(definition)
                _projections[target] = projection
                todo[target] = copy.deepcopy(definition)  # set_rulesets deletes the 'run' keys
                if _ignores_state(compiled[name]):
                    _stateless.add(target)
        _actions.update(actions)
        if todo:
            try:
                host.set_rulesets(todo)
            except Exception as exc:  # the C core reports problems as bare Exceptions
                raise EvaluationError(f"durable-rules refused the compiled ruleset: {exc}") from None
            for target in todo:
                _registered[target] = fingerprint
    return names


def run(target: str, facts: list[dict], phases: list[str], between=None) -> list[Derived]:
    """Evaluate one application in one fresh session of ``target``: assert the
    perception ``facts``, then each phase in turn; return every derived fact.

    ``between(phase, derived_so_far)`` may return more facts to assert before
    the next phase (an aggregate of what was derived, e.g. a count). The
    session is deleted afterwards, also when evaluation fails."""
    sid = uuid.uuid4().hex
    session = Session(sid)
    with _lock:
        host = _get_host()
        _sessions[sid] = session
        try:
            batch = [{**f, "sid": sid} for f in facts]
            for phase in phases:
                batch.append({"sid": sid, "id": f"phase:{phase}", "kind": "phase", "name": phase})
                _assert_all(host, target, batch, session)
                batch = [{**f, "sid": sid} for f in session.pending]
                session.pending.clear()
                if between is not None:
                    batch += [{**f, "sid": sid} for f in between(phase, session.derived) or ()]
                if session.error:
                    raise EvaluationError(f"a rule action failed: {session.error}")
            state = host.get_state(target, sid)
            if isinstance(state, dict) and state.get("exception"):
                raise EvaluationError(f"a rule action failed: {state['exception']}")
            return list(session.derived)
        finally:
            _sessions.pop(sid, None)
            try:
                host.delete_state(target, sid)
            except Exception:  # noqa: BLE001 - nothing to delete when the first assert failed
                pass


def _assert_all(host, target: str, facts: list[dict], session: Session) -> None:
    """Assert ``facts`` and run every action they cause, as durable-rules' own host
    does (``Host.assert_facts``), with the actions called directly: each in turn,
    the session's state written back after each (``update_state``; left out for
    a ruleset no condition of which can see the state, :func:`_ignores_state`:
    an action here never changes it), until the engine has no more for this
    session. durable-rules is given each fact's projection (:mod:`.projection`:
    only what a condition can tell apart); the whole fact is kept in the
    session for the actions. Facts and the matches the engine hands back go
    through pydantic-core's JSON (the same values as the standard library's
    ``json``, a few times faster)."""
    if not facts:
        return
    import durable_rules_engine as core

    rules = host.get_ruleset(target)
    handle = rules._handle
    project = _projections[target]
    for f in facts:
        session.facts[f["id"]] = f
    given = [project(f) for f in facts]
    try:
        state_handle = rules._handle_result(core.assert_facts(handle, to_json(given).decode()), given)
        result = core.start_action_for_state(handle, state_handle)
        if not result:
            return
        write_state = target not in _stateless  # (an action here never changes the state)
        state = json.dumps(json.loads(result[0]), ensure_ascii=False) if write_state else ""
        pending = from_json(result[1])
        while pending:
            for name, message in pending.items():
                break
            action = _actions.get(name)
            if action is not None:
                _fire(action, message, session)
            if write_state:
                core.update_state(handle, state)
            following = core.complete_and_start_action(handle, state_handle)
            pending = from_json(following) if following else None
    except EvaluationError:
        raise
    except Exception as exc:
        name = type(exc).__name__
        raise EvaluationError(f"durable-rules could not take the facts: {name}: {exc}") from None


def live_sessions() -> int:
    """Evaluations still holding a session (0 between evaluations)."""
    return len(_sessions)
