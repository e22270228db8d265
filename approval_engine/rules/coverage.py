"""``approval-engine rules coverage DIR``: which parts of a ruleset ever fire
over a folder of applications.

For every aspect pattern (``match``), contradiction pattern and outcome, how
many sentences it matched; for every judgement rule (claims rows, revisions,
precedence, general rules) and verdict rule, how many times it fired. What
never fires is listed first: a pattern no application ever uses is either
dead or waiting for a phrasing the folder lacks.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

APPLICATION_SUFFIXES = (".docx", ".docm", ".json", ".yaml", ".yml")


@dataclass
class Coverage:
    applications: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    patterns: Counter = field(default_factory=Counter)  # (rule id, aspect, field, pattern) -> sentences matched
    judgement: Counter = field(default_factory=Counter)  # judgement rule name -> facts derived
    verdicts: Counter = field(default_factory=Counter)  # "rule id:verdict" -> applications

    def never(self, engine) -> tuple[list[tuple[str, str, str, str]], list[str], list[str]]:
        patterns = [k for k in _all_patterns(engine) if self.patterns[k] == 0]
        judgement = [n for n in _judgement_names(engine) if self.judgement[n] == 0]
        verdicts = [f"{r.id}:{v}" for r in engine.ruleset.requirements
                    for v in ("met", "partially_met", "not_met") if self.verdicts[f"{r.id}:{v}"] == 0]
        return patterns, judgement, verdicts


def _all_patterns(engine) -> list[tuple[str, str, str, str]]:
    out = []
    for rule in engine.ruleset.requirements:
        for a in rule.aspects:
            out += [(rule.id, a.name, "match", p) for p in a.match]
            out += [(rule.id, a.name, "contradicted_by", p) for p in a.contradicted_by]
    return out


def _judgement_names(engine) -> list[str]:
    j = engine.ruleset.judgement
    names = [r.name for r in j.claims] + [r.name for r in j.revisions] + ["keep"]
    names += [f"precedence.{s}" for s in (*j.precedence, "absent")]
    names += [r.name for r in j.rules]
    return names


def find_applications(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in APPLICATION_SUFFIXES
                  and not p.name.endswith(".labels.json") and not p.name.startswith((".", "~$")))


def measure(engine, folder: Path) -> Coverage:
    from approval_engine.errors import EngineError
    from approval_engine.judge.evaluate import read_application

    cov = Coverage()
    for path in find_applications(folder):
        try:
            found = engine.find(read_application(path))
            decisions = engine.decide(found.requirements)
        except EngineError as exc:
            cov.failed.append((str(path), str(exc)))
            continue
        cov.applications.append(str(path))
        for m in found.perception.matches.values():
            if m.role == "aspect":
                cov.patterns[(m.req, m.aspect, "match", m.pattern)] += 1
            elif m.role == "contradiction":
                cov.patterns[(m.req, m.aspect, "contradicted_by", m.pattern)] += 1
        for d in found.derived:
            cov.judgement[d.rule] += 1
        for rid, dec in decisions.items():
            cov.verdicts[f"{rid}:{dec.verdict.value}"] += 1
    return cov


def format_coverage(engine, cov: Coverage) -> str:
    patterns, judgement, verdicts = cov.never(engine)
    total_patterns = len(_all_patterns(engine))
    lines = [f"{len(cov.applications)} applications read" + (f", {len(cov.failed)} could not be read" if cov.failed else "")]
    for path, problem in cov.failed:
        lines.append(f"  unreadable: {path}: {problem}")
    lines.append("")
    lines.append(f"patterns that matched nothing: {len(patterns)} of {total_patterns}")
    for rid, aspect, fld, p in patterns:
        lines.append(f"  {rid} {aspect} {fld}: {p}")
    lines.append("")
    lines.append(f"judgement rules that never fired: {len(judgement)} of {len(_judgement_names(engine))}")
    lines += [f"  {n}" for n in judgement]
    lines.append("")
    lines.append(f"verdicts never given: {len(verdicts)}")
    lines += [f"  {v}" for v in verdicts]
    lines.append("")
    lines.append("judgement rules by facts derived:")
    lines += [f"  {n:40} {c}" for n, c in cov.judgement.most_common()]
    return "\n".join(lines)
