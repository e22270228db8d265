"""Loading a ruleset file: safe YAML, ``extends:`` layered over its base,
validation into the rule language's models, and every pattern compiled once
so that a bad one is reported at load time, naming the file, the rule and the
problem."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from approval_engine.errors import RulesetError
from approval_engine.rules import cache
from approval_engine.rules.language import Ruleset
from approval_engine.rules.patterns import CompiledRuleset


def _merge(base: dict, child: dict) -> dict:
    """Layer a child ruleset over its base: requirements by id (a child rule
    replaces the base rule of the same id, new ids are added), vocabulary and
    conditions by name, scalars replaced."""
    out = dict(base)
    for key, value in child.items():
        if key == "requirements":
            merged = {r.get("id"): r for r in base.get("requirements", []) if isinstance(r, dict)}
            order = list(merged)
            for r in value or []:
                rid = r.get("id") if isinstance(r, dict) else None
                if rid not in merged:
                    order.append(rid)
                merged[rid] = r
            out[key] = [merged[i] for i in order]
        elif key in ("vocabulary", "conditions") and isinstance(value, dict):
            out[key] = {**base.get(key, {}), **value}
        elif key == "extends":
            continue
        else:
            out[key] = value
    return out


def _read(path: Path, chain: tuple[Path, ...] = (), files: list[Path] | None = None) -> dict:
    from approval_engine.ingest.model import load_structured

    if path in chain:
        raise RulesetError("'extends' makes a cycle", path=str(path))
    try:
        data = load_structured(path)
    except Exception as exc:  # InputError from the shared safe loader
        raise RulesetError(str(exc).split(": ", 1)[-1], path=str(path)) from None
    if files is not None:
        files.append(path)
    if not isinstance(data, dict):
        raise RulesetError("expected a mapping at the top level", path=str(path))
    parent = data.get("extends")
    if parent:
        base_path = (path.parent / str(parent)).resolve()
        if not base_path.is_file():
            raise RulesetError(f"extends {parent!r}, which does not exist", path=str(path))
        data = _merge(_read(base_path, chain + (path,), files), data)
        data["extends"] = str(parent)
    return data


def _where(loc: tuple, data: dict) -> str:
    parts = []
    for i, x in enumerate(loc):
        if isinstance(x, int):
            parts[-1] = f"{parts[-1]}[{x}]"
            if loc[i - 1] == "requirements" and isinstance(data.get("requirements"), list):
                try:
                    rid = data["requirements"][x].get("id")
                    parts[-1] += f" (rule {rid})"
                except (IndexError, AttributeError):
                    pass
        else:
            parts.append(str(x))
    return ".".join(parts)


def load_ruleset(path: Path, *, known_ids: list[str] | None = None) -> Ruleset:
    """Load and validate a ruleset file; ``known_ids`` are the catalogue's identifiers
    (a rule for any other id is an error)."""
    return load_compiled(path, known_ids=known_ids)[0]


def load_compiled(path: Path, *, known_ids: list[str] | None = None) -> tuple[Ruleset, CompiledRuleset]:
    """The ruleset with its patterns compiled, from the on-disk cache where an
    entry for these very files exists (:mod:`approval_engine.rules.cache`),
    else loaded, validated and compiled, and the entry written."""
    path = Path(path)
    if not path.is_file():
        raise RulesetError("no such ruleset file", path=str(path))
    cached = cache.load(path, known_ids)
    if cached is not None:
        cached.ruleset.source = str(path)  # as this caller named it
        return cached.ruleset, cached.compiled
    files: list[Path] = []
    rs, compiled = _compile(path, known_ids, files)
    cache.store(path, known_ids, cache.CachedRuleset(rs, compiled, [(str(f), cache.file_hash(f)) for f in files]))
    return rs, compiled


def _compile(path: Path, known_ids: list[str] | None, files: list[Path]) -> tuple[Ruleset, CompiledRuleset]:
    data = _read(path, files=files)
    try:
        rs = Ruleset.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        more = f" (and {len(exc.errors()) - 1} more problems)" if len(exc.errors()) > 1 else ""
        raise RulesetError(f"{_where(err['loc'], data)}: {err['msg']}{more}", path=str(path)) from None
    rs.source = str(path)
    ids = [r.id for r in rs.requirements]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise RulesetError(f"duplicate rule for requirement(s) {', '.join(dupes)}", path=str(path))
    if known_ids is not None:
        unknown = [i for i in ids if i not in known_ids and not i.startswith("X.")]
        if unknown:
            raise RulesetError(
                f"rule {unknown[0]}: unknown requirement identifier (not in the specification's catalogue;"
                " a tailored requirement's id must start with 'X.')",
                path=str(path),
            )
    if rs.judgement is None:
        raise RulesetError("'judgement' is required (directly or through 'extends')", path=str(path))
    for rule in rs.requirements:
        if rule.applies_when and rule.applies_when not in rs.conditions:
            raise RulesetError(f"rule {rule.id}: applies_when names unknown condition {rule.applies_when!r}", path=str(path))
    return rs, CompiledRuleset(rs)  # every pattern compiled now: a bad one is reported at load time
