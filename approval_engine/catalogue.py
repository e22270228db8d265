"""The criteria catalogue: the SENCO specification loaded from ``criteria/*.yaml``."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator

from approval_engine.errors import EngineError
from approval_engine.safeyaml import safe_load

__all__ = [
    "CATALOGUE_FILE",
    "Catalogue",
    "CatalogueError",
    "Criterion",
    "GuidanceParagraph",
    "Requirement",
    "Specification",
    "default_catalogue_path",
    "load_catalogue",
]

CATALOGUE_FILE = "tda-senco-2008.yaml"
# a minimum outcome's identifier ("6.S7", "6.S2d"), the one pattern every module uses
OUTCOME_ID_PATTERN = r"6\.[AKS]\d[a-d]?"
# at the start of a text, in any case (group 1 is the identifier as written)
OUTCOME_ID = re.compile(r"^\s*(" + OUTCOME_ID_PATTERN + r")\b", re.I)


def outcome_id(written: str) -> str:
    """An outcome identifier as the catalogue spells it ("6.s2D" -> "6.S2d")."""
    return written[:2] + written[2:3].upper() + written[3:4] + written[4:].lower()

OutcomeGroup = Literal[
    "Professional attributes",
    "Professional knowledge and understanding",
    "Professional skills",
]
Text = Annotated[str, Field(min_length=1)]
ParagraphRefs = tuple[Annotated[int, Field(ge=1)], ...]


class CatalogueError(EngineError):
    """The catalogue file is missing, unreadable or invalid; the message names the file."""


class Specification(BaseModel):
    """The source document."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Text
    title: Text
    issuer: Text
    year: int
    source: Text


class Criterion(BaseModel):
    """A criterion ("E" for eligibility, "1".."6") with its heading wording."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Text
    title: Text
    text: Text
    guidance: ParagraphRefs


class GuidanceParagraph(BaseModel):
    """A numbered paragraph of Section 1 (introduction and guidance)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    paragraph: Annotated[int, Field(ge=1)]
    criterion: Text | None
    text: Text


class Requirement(BaseModel):
    """One requirement that an application is judged against."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Text
    criterion: Text
    group: OutcomeGroup | None
    short: Text
    text: Text
    source: Text
    guidance: ParagraphRefs
    applies_when: Text | None = None


class Catalogue(BaseModel):
    """The whole specification: criteria, requirements and guidance."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    specification: Specification
    criteria: tuple[Criterion, ...]
    requirements: tuple[Requirement, ...]
    guidance: tuple[GuidanceParagraph, ...]

    _requirements: dict[str, Requirement] = PrivateAttr(default_factory=dict)
    _criteria: dict[str, Criterion] = PrivateAttr(default_factory=dict)
    _paragraphs: dict[int, GuidanceParagraph] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _check_references(self) -> Catalogue:
        problems = [
            *_duplicates("criteria", "id", [c.id for c in self.criteria]),
            *_duplicates("requirements", "id", [r.id for r in self.requirements]),
            *_duplicates("guidance", "paragraph", [g.paragraph for g in self.guidance]),
        ]
        criteria = {c.id for c in self.criteria}
        paragraphs = {g.paragraph for g in self.guidance}
        for i, req in enumerate(self.requirements):
            if req.criterion not in criteria:
                problems.append(
                    f"requirements[{i}].criterion: unknown criterion {req.criterion!r} "
                    f"(requirement {req.id!r})"
                )
        for i, para in enumerate(self.guidance):
            if para.criterion is not None and para.criterion not in criteria:
                problems.append(
                    f"guidance[{i}].criterion: unknown criterion {para.criterion!r}"
                )
        referrers: list[tuple[str, ParagraphRefs]] = [
            *((f"criteria[{i}]", c.guidance) for i, c in enumerate(self.criteria)),
            *((f"requirements[{i}]", r.guidance) for i, r in enumerate(self.requirements)),
        ]
        for place, refs in referrers:
            for n in refs:
                if n not in paragraphs:
                    problems.append(f"{place}.guidance: no guidance paragraph {n}")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def model_post_init(self, __context: Any) -> None:
        self._requirements = {r.id: r for r in self.requirements}
        self._criteria = {c.id: c for c in self.criteria}
        self._paragraphs = {g.paragraph: g for g in self.guidance}

    def get(self, req_id: str) -> Requirement:
        """The requirement with this id; KeyError if there is none."""
        try:
            return self._requirements[req_id]
        except KeyError:
            raise KeyError(f"unknown requirement id {req_id!r}") from None

    def resolve(self, written: str, extra: Iterable[str] = ()) -> str:
        """The requirement id a person meant, in any case ("6.s2D" -> "6.S2d"); ``extra``
        are ids outside the catalogue that are also known (a tailored ruleset's own).
        An unknown id raises :class:`~approval_engine.errors.EngineError` naming the
        nearest known ids."""
        known = [*self.ids(), *extra]
        by_fold = {k.casefold(): k for k in known}
        text = written.strip()
        if text.casefold() in by_fold:
            return by_fold[text.casefold()]
        import difflib

        near = difflib.get_close_matches(text.casefold(), list(by_fold), n=3, cutoff=0.5)
        hint = f"; did you mean {' or '.join(by_fold[n] for n in near)}?" if near else ""
        raise EngineError(f"unknown requirement identifier {written!r}{hint} (see 'approval-engine criteria')")

    def resolve_criterion(self, written: str) -> str | None:
        """The criterion id a person meant ("e" -> "E", "5" -> "5"), or None."""
        by_fold = {c.id.casefold(): c.id for c in self.criteria}
        return by_fold.get(written.strip().casefold())

    def short_for(self, req_id: str, default: str) -> str:
        """The requirement's short text, or ``default`` for an id outside the
        catalogue (a tailored ruleset's own requirement)."""
        req = self._requirements.get(req_id)
        return req.short if req is not None else default

    def ids(self) -> list[str]:
        """All requirement ids, in document order."""
        return [r.id for r in self.requirements]

    def criterion(self, crit_id: str) -> Criterion:
        """The criterion with this id; KeyError if there is none."""
        try:
            return self._criteria[crit_id]
        except KeyError:
            raise KeyError(f"unknown criterion id {crit_id!r}") from None

    def requirements_for(self, crit_id: str) -> list[Requirement]:
        """The requirements under a criterion, in document order; KeyError if unknown."""
        self.criterion(crit_id)
        return [r for r in self.requirements if r.criterion == crit_id]

    def guidance_for(self, req_id: str) -> list[GuidanceParagraph]:
        """The Section 1 paragraphs that explain a requirement."""
        return [self._paragraphs[n] for n in self.get(req_id).guidance]


def _duplicates(section: str, key: str, values: Iterable[object]) -> list[str]:
    first: dict[object, int] = {}
    problems = []
    for i, value in enumerate(values):
        if value in first:
            problems.append(
                f"{section}[{i}].{key}: duplicate {key} {value!r} "
                f"(first at {section}[{first[value]}])"
            )
        else:
            first[value] = i
    return problems


def _place(loc: tuple[int | str, ...]) -> str:
    place = ""
    for part in loc:
        place += f"[{part}]" if isinstance(part, int) else (f".{part}" if place else part)
    return place


def _describe(error: ValidationError) -> str:
    messages = []
    for err in error.errors(include_url=False):
        if err["type"] == "value_error":
            msg = str(err.get("ctx", {}).get("error", err["msg"]))
        else:
            msg = err["msg"][:1].lower() + err["msg"][1:]
        place = _place(err["loc"])
        messages.append(f"{place}: {msg}" if place else msg)
    return "; ".join(messages)


def _yaml_problem(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    if mark is None:
        return problem
    return f"line {mark.line + 1}, column {mark.column + 1}: {problem}"


def _parse(text: str, name: str) -> Catalogue:
    try:
        data = safe_load(text)
    except yaml.YAMLError as exc:
        raise CatalogueError(f"invalid YAML: {_yaml_problem(exc)}", path=name) from None
    if not isinstance(data, dict):
        raise CatalogueError("expected a mapping at the top level", path=name)
    try:
        return Catalogue.model_validate(data)
    except ValidationError as exc:
        raise CatalogueError(f"invalid catalogue: {_describe(exc)}", path=name) from None


def default_catalogue_path() -> Path | Traversable:
    """The bundled catalogue: inside the installed package, else in the repository."""
    try:
        bundled = resources.files("approval_engine") / "criteria" / CATALOGUE_FILE
        if bundled.is_file():
            return bundled
    except (OSError, TypeError, ValueError):
        pass
    return Path(__file__).resolve().parent.parent / "criteria" / CATALOGUE_FILE


@functools.lru_cache(maxsize=1)
def _default_catalogue() -> Catalogue:
    return _load(default_catalogue_path())


def _load(path: Path | Traversable) -> Catalogue:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(f"cannot read catalogue: {exc}", path=str(path)) from None
    return _parse(text, str(path))


def load_catalogue(path: Path | None = None) -> Catalogue:
    """Load and validate a catalogue; the bundled one (cached) when no path is given."""
    if path is None:
        return _default_catalogue()
    return _load(Path(path))
