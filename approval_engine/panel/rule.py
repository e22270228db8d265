"""The panel's decision rule, as data: the ``panel:`` block of a ruleset file
(the shipped one is in ``rulesets/tda-senco-2008.yaml``), validated by
:class:`PanelRule` when it is loaded.

It says how the reviewers' verdicts combine into the panel's verdict on a
requirement (``consensus``), how the requirements' panel verdicts give a
criterion's verdict (``criterion_verdict``) and how the verdicts give the
overall outcome (``outcome``: approve, approve with conditions, not
approved). Conditions are counts ("at most 5 requirements partially met")
and lists ("E.1 and E.2 met"); nothing of the rule is in this code.
It is compiled into durable-rules by :mod:`approval_engine.panel.compile` and
evaluated by :mod:`approval_engine.panel.evaluate`; :mod:`approval_engine.panel.decide`
gathers the decision.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, ValidationError, field_validator, model_validator

from approval_engine.catalogue import Catalogue, load_catalogue
from approval_engine.errors import RulesetError

VerdictName = Literal["met", "partially_met", "not_met", "not_applicable"]
OutcomeName = Literal["approve", "approve_with_conditions", "not_approved"]
OUTCOME_LABELS = {
    "approve": "Approve",
    "approve_with_conditions": "Approve with conditions",
    "not_approved": "Not approved",
}


class PanelRuleError(RulesetError):
    """A decision rule that is missing, malformed or does not validate."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _listify(value):
    return [value] if isinstance(value, str) else value


class CountCondition(_Strict):
    """How many requirements (or criteria) have one of ``verdict``:
    ``at_most`` and/or ``at_least`` that many. ``within`` limits the count to
    the requirements (or criteria) of the criteria named."""

    count: Literal["requirements", "criteria"]
    verdict: list[VerdictName] = Field(min_length=1)
    within: list[str] | None = Field(default=None, min_length=1)
    at_most: int | None = Field(default=None, ge=0)
    at_least: int | None = Field(default=None, ge=0)
    describe: str = Field(default="", description="wording for the decision sheet (default: generated)")

    _verdict_list = field_validator("verdict", mode="before")(_listify)

    @model_validator(mode="after")
    def _bounds(self) -> "CountCondition":
        if self.at_most is None and self.at_least is None:
            raise ValueError("a count needs 'at_most' or 'at_least'")
        if self.at_most is not None and self.at_least is not None and self.at_least > self.at_most:
            raise ValueError("'at_least' is greater than 'at_most': the condition can never hold")
        return self


class EachCondition(_Strict):
    """Each of the named requirements (or criteria) has one of ``verdict``."""

    requirements: list[str] | None = Field(default=None, min_length=1)
    criteria: list[str] | None = Field(default=None, min_length=1)
    verdict: list[VerdictName] = Field(min_length=1)
    describe: str = ""

    _verdict_list = field_validator("verdict", mode="before")(_listify)

    @model_validator(mode="after")
    def _one_list(self) -> "EachCondition":
        if (self.requirements is None) == (self.criteria is None):
            raise ValueError("name either 'requirements' or 'criteria' (a list of ids), or give a 'count'")
        return self


def _condition_kind(value) -> str | None:
    if isinstance(value, dict):
        return "count_condition" if "count" in value else "each_condition"
    if isinstance(value, CountCondition):
        return "count_condition"
    if isinstance(value, EachCondition):
        return "each_condition"
    return None


Condition = Annotated[
    Union[Annotated[CountCondition, Tag("count_condition")], Annotated[EachCondition, Tag("each_condition")]],
    Discriminator(
        _condition_kind,
        custom_error_type="condition",
        custom_error_message="a condition is a mapping: {count: ..., verdict: ..., at_most: ...} "
                             "or {requirements: [...], verdict: ...}",
    ),
]


class Consensus(_Strict):
    """How reviewers' verdicts on one requirement combine into the panel's verdict."""

    method: Literal["most_cautious"] = "most_cautious"
    order: list[VerdictName] = Field(description="the four verdicts, most cautious first")

    @field_validator("order")
    @classmethod
    def _all_four(cls, v: list[str]) -> list[str]:
        if sorted(v) != sorted(VerdictName.__args__):
            raise ValueError("list each of met, partially_met, not_met, not_applicable exactly once")
        return v


class CriterionCase(_Strict):
    verdict: VerdictName
    when: list[Condition] = Field(min_length=1)


class CriterionRule(_Strict):
    """A criterion's verdict: the first case whose conditions all hold, else ``otherwise``.
    Inside a criterion, ``count: requirements`` counts that criterion's requirements."""

    first_match: list[CriterionCase] = Field(min_length=1)
    otherwise: VerdictName


class OutcomeCase(_Strict):
    outcome: OutcomeName
    when: list[Condition] = Field(min_length=1)
    conditions_from: list[VerdictName] = Field(
        default_factory=list,
        description="requirements whose panel verdict is one of these become the conditions of approval",
    )

    _conditions_list = field_validator("conditions_from", mode="before")(_listify)


class OutcomeRule(_Strict):
    """The overall outcome: the first case whose conditions all hold, else ``otherwise``."""

    first_match: list[OutcomeCase] = Field(min_length=1)
    otherwise: OutcomeName


class PanelRule(_Strict):
    """The panel's decision rule (a ruleset's ``panel:`` block)."""

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    version: str = Field(pattern=r"^\d+\.\d+(\.\d+)?$")
    description: str = ""
    consensus: Consensus
    criterion_verdict: CriterionRule
    outcome: OutcomeRule
    source: str = Field(default="", exclude=True)

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}"

    def problems(self, catalogue: Catalogue) -> list[str]:
        """References the schema cannot check: ids that the specification does not know,
        and conditions that make no sense inside one criterion."""
        req_ids = set(catalogue.ids())
        crit_ids = {c.id for c in catalogue.criteria} | {"X"}
        out: list[str] = []

        def check(where: str, cond, in_criterion: bool) -> None:
            if isinstance(cond, CountCondition):
                if in_criterion and cond.count == "criteria":
                    out.append(f"{where}.count: a criterion's verdict can only count its requirements")
                if in_criterion and cond.within:
                    out.append(f"{where}.within: not allowed in a criterion's verdict (it counts its own requirements)")
                for c in cond.within or []:
                    if c not in crit_ids:
                        out.append(f"{where}.within: unknown criterion {c!r}")
            else:
                if in_criterion and cond.criteria:
                    out.append(f"{where}.criteria: not allowed in a criterion's verdict")
                for r in cond.requirements or []:
                    if r not in req_ids and not r.startswith("X."):
                        out.append(f"{where}.requirements: unknown requirement id {r!r}")
                for c in cond.criteria or []:
                    if c not in crit_ids:
                        out.append(f"{where}.criteria: unknown criterion {c!r}")

        for i, case in enumerate(self.criterion_verdict.first_match):
            for j, cond in enumerate(case.when):
                check(f"criterion_verdict.first_match[{i}].when[{j}]", cond, True)
        for i, case in enumerate(self.outcome.first_match):
            for j, cond in enumerate(case.when):
                check(f"outcome.first_match[{i}].when[{j}]", cond, False)
        return out


def panel_rule_schema() -> dict:
    return PanelRule.model_json_schema()


def _where(loc: tuple, prefix: str) -> str:
    parts: list[str] = [prefix] if prefix else []
    for x in loc:
        if x in ("count_condition", "each_condition"):
            continue
        if isinstance(x, int):
            if parts:
                parts[-1] = f"{parts[-1]}[{x}]"
            else:
                parts.append(f"[{x}]")
        else:
            parts.append(str(x))
    return ".".join(parts) or "(top level)"


def default_rule_path() -> Path:
    """The shipped decision rule: the ``panel:`` block of the default ruleset."""
    from approval_engine.judge.evaluate import default_ruleset_path

    return default_ruleset_path()


def _read_resolved(path: Path) -> dict:
    """The file's data with its ``extends`` chain merged, by the rules loader's own
    resolution; its errors become :class:`PanelRuleError` (the same one-line messages)."""
    from approval_engine.rules.loader import _read

    try:
        return _read(path)
    except RulesetError as exc:
        if exc.path is None:
            raise PanelRuleError(str(exc)) from None
        raise PanelRuleError(str(exc).removeprefix(f"{exc.path}: "), path=exc.path) from None


def _panel_block(path: Path) -> tuple[object, str]:
    """The decision rule's data in a file (a ruleset's ``panel:`` block, through
    ``extends`` if need be, or a standalone rule), and where it sits (for messages)."""
    data = _read_resolved(path)
    if "panel" in data:
        if not data["panel"]:
            raise PanelRuleError("the 'panel:' block is empty", path=str(path))
        return data["panel"], "panel"
    if "requirements" in data:
        raise PanelRuleError("this ruleset has no 'panel:' block (the panel's decision rule)", path=str(path))
    if "outcome" in data or "criterion_verdict" in data:
        return data, ""
    raise PanelRuleError("no 'panel:' block (the panel's decision rule) in this file", path=str(path))


def load_panel_rule(path: Path | None = None, *, catalogue: Catalogue | None = None) -> PanelRule:
    """Load and validate a decision rule: a ruleset file whose ``panel:`` key holds
    it, or the standalone panel rule file. Every problem is a :class:`PanelRuleError`
    naming the file and where in it."""
    path = Path(path) if path else default_rule_path()
    if not path.is_file():
        raise PanelRuleError("no such decision rule file", path=str(path))
    block, prefix = _panel_block(path)
    if not isinstance(block, dict):
        raise PanelRuleError(f"{prefix or '(top level)'}: expected a mapping (the decision rule)", path=str(path))
    try:
        rule = PanelRule.model_validate(block)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        err = errors[0]
        msg = err["msg"]
        if err["type"] == "value_error":
            msg = str(err.get("ctx", {}).get("error", msg))
        more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
        raise PanelRuleError(f"{_where(err['loc'], prefix)}: {msg}{more}", path=str(path)) from None
    problems = rule.problems(catalogue or load_catalogue())
    if problems:
        more = f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})" if len(problems) > 1 else ""
        raise PanelRuleError(f"{prefix + '.' if prefix else ''}{problems[0]}{more}", path=str(path))
    rule.source = str(path)
    return rule
