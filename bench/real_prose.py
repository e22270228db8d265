"""How much of real programme prose the engine credits, and how much it credits wrongly.

    python bench/real_prose.py DIR [--show]

DIR holds excerpts of real, public programme documents (specifications,
handbooks, regulations, course pages), each as ``NAME.txt`` (paragraphs
separated by a blank line; a line starting ``- `` is a bullet) with
``NAME.labels.json`` beside it, labelled blind before the engine first ran on
them::

    {"id": "...", "institution": "...", "source": "<address>",
     "speaks_to": {"E.2": "met", "3.2": "partially_met"}, "why": {...}}

``speaks_to`` lists the requirements the excerpt gives evidence for; every
other requirement is one it does not speak to. A requirement labelled
``not_met`` there is one the excerpt says is not offered ("accreditation of
prior learning is not permitted"): crediting it is counted as over-crediting. Each excerpt is written into a
Word file (one paragraph a paragraph, bullets as Word list items) and
evaluated like an application. Prints, per excerpt and in all:

- credited: of the requirements an excerpt speaks to, the share the engine
  calls met or partially met;
- over-credited: of those it does not speak to, the share the engine calls
  met or partially met;
- met where labelled met, and met where the label is only partially met.

The excerpts are other people's text: keep them out of the repository
(``docs/agreement.md`` records their addresses and the figures).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

CREDIT = ("met", "partially_met")


def to_docx(text: str, out: Path) -> Path:
    import docx

    d = docx.Document()
    for block in text.split("\n\n"):
        lines = [line.rstrip() for line in block.strip().splitlines() if line.strip()]
        for line in lines:
            if line.startswith("- "):
                d.add_paragraph(line[2:].strip(), style="List Bullet")
            else:
                d.add_paragraph(line)
    d.save(out)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--show", action="store_true", help="list every disagreement with the labels")
    args = ap.parse_args(argv)

    from approval_engine.judge.evaluate import Engine

    engine = Engine()
    labels = sorted(args.folder.glob("*.labels.json"))
    if not labels:
        print(f"{args.folder}: no *.labels.json here", file=sys.stderr)
        return 2
    totals = {"spoken": 0, "credited": 0, "unspoken": 0, "over": 0, "met_labels": 0, "met_met": 0, "partial_labels": 0, "partial_met": 0}
    institutions = set()
    print(f"{'excerpt':34} {'spoken':>6} {'credited':>8} {'unspoken':>8} {'over':>5}")
    with tempfile.TemporaryDirectory() as tmp:
        for lab in labels:
            meta = json.loads(lab.read_text(encoding="utf-8"))
            name = lab.name[: -len(".labels.json")]
            institutions.add(meta.get("institution", name).split("(")[0].strip())
            path = to_docx((args.folder / f"{name}.txt").read_text(encoding="utf-8"), Path(tmp) / f"{name}.docx")
            report = engine.evaluate_file(path)
            verdicts = {r.id: (r.verdict.value if hasattr(r.verdict, "value") else str(r.verdict)) for r in report.requirements}
            spoken = {rid: v for rid, v in meta["speaks_to"].items() if v != "not_met"}
            row = {"spoken": 0, "credited": 0, "unspoken": 0, "over": 0}
            for rid, got in verdicts.items():
                if got == "not_applicable":
                    continue
                if rid in spoken:
                    row["spoken"] += 1
                    row["credited"] += got in CREDIT
                    if spoken[rid] == "met":
                        totals["met_labels"] += 1
                        totals["met_met"] += got == "met"
                    else:
                        totals["partial_labels"] += 1
                        totals["partial_met"] += got == "met"
                    if args.show and got not in CREDIT:
                        print(f"    missed   {rid:5} labelled {spoken[rid]:13} got {got}")
                else:
                    row["unspoken"] += 1
                    row["over"] += got in CREDIT
                    if args.show and got in CREDIT:
                        print(f"    credited {rid:5} not spoken to          got {got}")
            for k, v in row.items():
                totals[k] += v
            print(f"{name:34} {row['spoken']:6} {row['credited']:8} {row['unspoken']:8} {row['over']:5}")
    t = totals
    print(
        f"\nOVERALL excerpts={len(labels)} institutions={len(institutions)} "
        f"credited={t['credited']}/{t['spoken']} ({t['credited'] / max(t['spoken'], 1):.1%}) "
        f"over-credited={t['over']}/{t['unspoken']} ({t['over'] / max(t['unspoken'], 1):.1%}) "
        f"met-where-met={t['met_met']}/{t['met_labels']} met-where-partial={t['partial_met']}/{t['partial_labels']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
