"""The adapter around durable-rules: the only module that imports it.

durable-rules keeps one process-global host with a C Rete core; a ruleset
name can be registered once per host, and every session must be deleted or
the host fails at 1,024 live sessions. So: one host per process, created on
first use; each evaluation runs in a fresh session whose state is deleted in
``finally``; every fact carries a unique id; an action that fails is
reported, never swallowed.
"""

from __future__ import annotations

import copy
import threading
import uuid
from collections import defaultdict

from approval_engine.errors import EvaluationError

_lock = threading.RLock()
_host = None
_registered: dict[str, str] = {}  # durable name -> fingerprint
_fired: dict[str, list[tuple[str, str]]] = defaultdict(list)  # sid -> [(rule_id, verdict)]


def _get_host():
    global _host
    if _host is None:
        from durable.engine import Host

        class _Host(Host):
            def get_action(self, action_name: str):
                rule_id, _, verdict = action_name.partition("|")

                def record(c) -> None:
                    _fired[c.m.sid].append((rule_id, verdict))

                return record

        _host = _Host()
    return _host


def register(compiled: dict[str, dict], fingerprint: str) -> dict[str, str]:
    """Register compiled rulesets once; return {group name: name registered in the host}.

    A name already registered with other content (a changed file in the same
    process) is registered again under a name suffixed with the fingerprint.
    """
    names: dict[str, str] = {}
    with _lock:
        host = _get_host()
        todo = {}
        for name, definition in compiled.items():
            target = name
            if name in _registered and _registered[name] != fingerprint:
                target = f"{name}__{fingerprint}"
            names[name] = target
            if target not in _registered:
                todo[target] = copy.deepcopy(definition)  # set_rulesets deletes the 'run' keys
        if todo:
            try:
                host.set_rulesets(todo)
            except Exception as exc:  # the C core reports problems as bare Exceptions
                raise EvaluationError(f"durable-rules refused the compiled ruleset: {exc}") from None
            for target in todo:
                _registered[target] = fingerprint
    return names


def decide(names: dict[str, str], facts_by_group: dict[str, list[dict]]) -> list[tuple[str, str]]:
    """Assert each group's facts in one fresh session per group; return the
    (rule id, verdict) pairs that fired. The sessions are deleted afterwards."""
    sid = uuid.uuid4().hex
    used: list[str] = []
    with _lock:
        host = _get_host()
        try:
            for group, facts in facts_by_group.items():
                target = names[group]
                used.append(target)
                for i, fact in enumerate(facts):
                    try:
                        host.assert_fact(target, {**fact, "sid": sid, "id": f"{sid}-{i}"})
                    except Exception as exc:
                        raise EvaluationError(
                            f"durable-rules could not decide requirement {fact.get('req')}: "
                            f"{type(exc).__name__}: {exc}"
                        ) from None
                state = host.get_state(target, sid)
                if isinstance(state, dict) and state.get("exception"):
                    raise EvaluationError(f"a rule action failed: {state['exception']}")
            return list(_fired.get(sid, []))
        finally:
            _fired.pop(sid, None)
            for target in used:
                try:
                    host.delete_state(target, sid)
                except Exception:  # noqa: BLE001 - nothing to delete when the first assert failed
                    pass


def live_sessions() -> int:
    """Sessions whose actions are still recorded (0 between evaluations)."""
    return len(_fired)
