"""Agreement between the engine's verdicts and a panel's labels.

The same definitions as the shared corpus scorer (``scripts/score_corpus.py``
beside the corpus), written out again here so that the suite does not depend
on that script being present:

- ``kappa_w``: Cohen's kappa with quadratic weights on the ordinal scale
  not_met < partially_met < met; ``not_applicable`` (and a missing verdict)
  is its own category, at full distance from every other;
- ``exact``: share of identifiers with exactly the labelled verdict;
- ``false_assurance``: share of labelled ``not_met`` that the engine calls
  ``met`` (0 when nothing is labelled ``not_met``);
- ``gap_recall``: share of labelled ``not_met``/``partially_met`` that the
  engine does not call ``met`` (1 when nothing is labelled a gap).

Figures are kept unrounded; the scorer prints them rounded to 3 places, so
compare with ``Figures.rounded()``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

MISSING = "<missing>"
CATEGORIES = ("not_met", "partially_met", "met", "not_applicable", MISSING)
RANK = {"not_met": 0, "partially_met": 1, "met": 2}
GAPS = ("not_met", "partially_met")

Pair = tuple[str, str]  # (label, engine verdict)


def weight(a: str, b: str) -> float:
    """Disagreement weight: quadratic on the ordinal scale, 1 for anything else."""
    if a == b:
        return 0.0
    if a in RANK and b in RANK:
        return ((RANK[a] - RANK[b]) / 2) ** 2
    return 1.0


def weighted_kappa(pairs: list[Pair]) -> float:
    n = len(pairs)
    if n == 0:
        return float("nan")
    observed = Counter(pairs)
    truth = Counter(t for t, _ in pairs)
    pred = Counter(p for _, p in pairs)
    disagreement = sum(weight(t, p) * c for (t, p), c in observed.items())
    expected = sum(weight(t, p) * truth[t] * pred[p] / n for t in CATEGORIES for p in CATEGORIES)
    return 1.0 - disagreement / expected if expected else 1.0


@dataclass(frozen=True)
class Figures:
    n: int
    kappa_w: float
    exact: float
    false_assurance: float
    gap_recall: float
    missing: int

    def rounded(self) -> dict[str, float | int]:
        """As the scorer prints them: ratios rounded to 3 places."""
        return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in asdict(self).items()}

    def line(self) -> str:
        r = self.rounded()
        return " ".join(f"{k}={v}" for k, v in r.items())


def score(pairs: list[Pair]) -> Figures:
    n = len(pairs)
    gaps = [p for t, p in pairs if t in GAPS]
    not_met = [p for t, p in pairs if t == "not_met"]
    return Figures(
        n=n,
        kappa_w=weighted_kappa(pairs),
        exact=sum(t == p for t, p in pairs) / n if n else float("nan"),
        false_assurance=sum(p == "met" for p in not_met) / len(not_met) if not_met else 0.0,
        gap_recall=sum(p not in ("met", MISSING) for p in gaps) / len(gaps) if gaps else 1.0,
        missing=sum(p == MISSING for _, p in pairs),
    )


def pairs_for(labels: Mapping[str, str], verdicts: Mapping[str, str]) -> list[Pair]:
    """(label, verdict) for every labelled identifier, in the labels' order."""
    return [(want, verdicts.get(rid, MISSING)) for rid, want in labels.items()]


@dataclass(frozen=True)
class Labelled:
    """One labelled application: its name, its Word file and its verdicts."""

    name: str
    docx: Path
    verdicts: dict[str, str]


def labelled_set(folder: Path) -> list[Labelled]:
    """Every ``NAME.labels.json`` in a folder (sorted), as the scorer reads them."""
    found = []
    for path in sorted(Path(folder).glob("*.labels.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found.append(Labelled(name=data["application"], docx=path.parent / data["file"], verdicts=dict(data["verdicts"])))
    return found


def overall(results: Iterable[tuple[Labelled, Mapping[str, str]]]) -> Figures:
    """Figures over every identifier of every application, pooled."""
    return score([pair for labelled, got in results for pair in pairs_for(labelled.verdicts, got)])
