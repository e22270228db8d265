"""The self-check's explanations, in a course leader's words: why a passage
does not count (:func:`explain`: "you say this is not offered", "this is
only a hope for the future", "this is about your tutors, not your
candidates") and what would satisfy a panel (:func:`advice`, from the rule's
aspects)."""

from __future__ import annotations

import re

from approval_engine.catalogue import OUTCOME_ID_PATTERN
from approval_engine.judge.facts import Hit, RequirementFacts
from approval_engine.rules.compile import SUPPORTED, TENTATIVE
from approval_engine.rules.language import Rule
from approval_engine.rules.patterns import CompiledAspect

_VOCAB_NAMES = {
    "candidates": "your candidates (the course participants)",
    "staff": "your tutors and staff",
    "pupils": "pupils",
    "parents": "parents and carers",
    "stakeholders": "your stakeholders",
}

# ---- why a passage does not count


def explain(h: Hit, describe: str, ca: CompiledAspect | None = None) -> str:
    """Why a passage does not count, in a course leader's words."""
    reason = h.reason or ""
    prefix = ""
    m = re.match(rf"^({OUTCOME_ID_PATTERN}): (.*)$", reason)
    if m:  # 1.9: an outcome that is not assessed
        prefix, reason = f"Outcome {m.group(1)}: ", m.group(2)
    status = h.status
    if status == "negated":
        if "turned down" in reason:
            text = "You say you considered this and decided against it, so it does not count."
        elif "not assessed" in reason:
            text = "You say this is not assessed, so it does not count towards the outcome."
        else:
            text = "You say this is not offered, so it does not count."
    elif status == "aspiration":
        text = "This is only a hope or a plan for the future; a panel needs what the programme does now."
    elif status == "wrong_context":
        text = _wrong_subject(h, ca)
    elif status == "deferred":
        text = (
            "This leaves the responsibility to someone else (such as schools or employers); "
            "a panel needs your own arrangement."
        )
    elif status == "contradicted":
        word = ""
        if ca is not None:
            found = _first_match(ca.patterns.get("contradicted_by", []), h.sentence.text)
            word = f" (“{found}”)" if found else ""
        text = f"This works against the requirement{word}, so the panel cannot count it."
    elif status == TENTATIVE:
        if "placeholder" in reason or "unfinished" in reason:
            text = "This answer is unfinished: it still has placeholders such as [TBC] or [insert …]."
        elif "who or what" in reason:
            text = f"This does not say who it applies to; make clear it is about {_expected(ca)}."
        elif "also says it is not offered" in reason:
            text = "The same paragraph also says it is not offered, so the answer is unclear."
        else:
            text = "This is shown only in part, or only in general terms."
    elif "no module" in reason:
        text = "Your outcome table names no module where this is developed."
    elif "no assessment" in reason:
        text = "Your outcome table shows no assessment for this outcome."
    else:
        text = "This does not show it clearly enough."
    return prefix + text


def _first_match(patterns: list[re.Pattern], text: str) -> str:
    for p in patterns:
        m = p.search(text)
        if m:
            return " ".join(m.group(0).split())
    return ""


def _expected(ca: CompiledAspect | None) -> str:
    """Who or what the aspect is about, in plain words, from its first subject pattern."""
    if ca is not None:
        for raw in ca.aspect.subject:
            m = re.search(r"\{([a-z_]+)\}", raw)
            if m:
                return _VOCAB_NAMES.get(m.group(1), m.group(1).replace("_", " "))
    return "what the requirement asks for"


def _wrong_subject(h: Hit, ca: CompiledAspect | None) -> str:
    expected = _expected(ca)
    found = ""
    if ca is not None:
        p = h.sentence.passage
        found = _first_match(ca.patterns.get("not_subject", []), h.sentence.text) or _first_match(
            ca.patterns.get("not_subject", []), " ".join((*p.location.heading_path, p.label, p.text))
        )
    if found:
        about = re.sub(r"^(?:for|of)\s+", "", found.lower())
        if not re.match(r"^(?:the|a|an|their|your|our|its|his|her)\b", about) and not re.match(
            r"^(?:pupil|child|young|learner|parent|carer|famil)", about
        ):
            about = f"your {about}"
        return f"This is about {about}, not {expected}."
    return f"This is about someone or something else, not {expected}."


# ---- what would satisfy a panel


_WH = ("how", "where", "what", "which", "who", "when", "whether", "why")


def advice_line(describe: str) -> str:
    """An aspect's ``describe`` text as advice: "Say concretely how …"."""
    d = " ".join(describe.split()).rstrip(".")
    first = d.split()[0].lower() if d else ""
    if first in _WH:
        return f"Say concretely {d}."
    if first.endswith("ing") and len(first) > 4:
        return f"Say concretely how the programme goes about {d}."
    return f"Describe concretely {d}."


def advice(rule: Rule, rf: RequirementFacts, unassessed: list[str]) -> tuple[list[str], list[str]]:
    """(what is missing, as the aspects describe it; the advice lines for it)."""
    expr = rule.met_expr
    names = expr.names()
    missing_aspects = [a for a in rule.aspects if a.name in names and rf.aspects[a.name].status != SUPPORTED]
    missing = [a.describe for a in missing_aspects]
    lines: list[str] = []
    if expr.at_least:
        have = len([n for n in names if rf.aspects[n].status == SUPPORTED])
        lines.append(f"Show at least {expr.at_least} of these ({have} shown so far):")
    for a in missing_aspects:
        if a.coverage == "developed":
            lines.append(
                "Name the module(s) where the programme develops this outcome, in your outcome matrix or in "
                "the module descriptions."
            )
        elif a.coverage == "assessed":
            lines.append(
                "Say how this outcome is assessed (which assignment, task or portfolio element), for example "
                "in a “how assessed” column of your outcome matrix."
            )
        elif a.coverage == "all_assessed":
            todo = [i for i in unassessed if i != rule.id]
            which = f" Not yet shown for: {', '.join(todo)}." if todo else ""
            lines.append(
                "Show that every minimum outcome is assessed: give the assessment for each row of your outcome "
                f"matrix.{which}"
            )
        else:
            lines.append(advice_line(a.describe))
    return missing, lines
