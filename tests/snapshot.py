"""The corpus snapshot: every corpus application's verdicts, confidences,
rationales, evidence (each quote with its location and aspect), concerns and
warnings, as the engine gives them now, kept in ``tests/snapshots/`` so that a
change meant only to make the engine faster is shown to change none of them
(``tests/test_snapshot.py``).

A change meant to move verdicts writes the snapshot again, and the diff of
``tests/snapshots/corpus.json`` shows, requirement by requirement, what moved::

    python tests/snapshot.py --write

Quotes and rationales are kept as short hashes beside their locations: the
file stays small and a difference still names the requirement and the field.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SNAPSHOT = ROOT / "tests" / "snapshots" / "corpus.json"


def corpus_files() -> list[Path]:
    """The development corpus and the shipped sample."""
    return sorted(CORPUS.glob("*.docx")) + sorted((ROOT / "applications").glob("*.docx"))


def _h(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def summarise(report: dict) -> dict:
    """What the snapshot keeps of one JSON report."""
    return {
        "warnings": report["warnings"],
        "comments": _h(json.dumps(report["comments"], sort_keys=True)),
        "requirements": {
            r["id"]: {
                "verdict": r["verdict"],
                "confidence": r["confidence"],
                "low_confidence": r["low_confidence"],
                "rationale": _h(r["rationale"]),
                "evidence": [f'{e["where"]} | {_h(e["aspect"])} | {_h(e["quote"])}' for e in r["evidence"]],
                "concerns": [_h(json.dumps(c, sort_keys=True)) for c in r.get("concerns", [])],
                "missing": r.get("missing", []),
            }
            for r in report["requirements"]
        },
    }


def take(engine, files: list[Path] | None = None) -> dict:
    """The snapshot of these files (default: the corpus and the sample) as ``engine`` judges them."""
    out = {}
    for path in files or corpus_files():
        report = engine.evaluate_file(path).to_json_dict()
        out[path.name] = summarise(report)
    return out


def dumps(snapshot: dict) -> str:
    """JSON with one line per requirement, so that a diff names what moved."""
    def line(value) -> str:
        return json.dumps(value, sort_keys=True, ensure_ascii=False)

    files = []
    for name, report in sorted(snapshot.items()):
        reqs = ",\n".join(f"   {line(rid)}: {line(r)}" for rid, r in report["requirements"].items())
        files.append(f' {line(name)}: {{\n  "comments": {line(report["comments"])},\n'
                     f'  "warnings": {line(report["warnings"])},\n  "requirements": {{\n{reqs}\n  }}\n }}')
    return "{\n" + ",\n".join(files) + "\n}\n"


def main(argv: list[str]) -> int:
    if argv != ["--write"]:
        print(__doc__.strip().splitlines()[0] + "\nusage: python tests/snapshot.py --write", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from approval_engine.judge.evaluate import Engine

    SNAPSHOT.parent.mkdir(exist_ok=True)
    SNAPSHOT.write_text(dumps(take(Engine())), encoding="utf-8")
    print(f"wrote {SNAPSHOT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
