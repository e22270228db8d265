"""Check the labels of bs-04 to bs-06: 61 ids exactly, valid verdicts, a `why` for every verdict that
is not `met`, consistent `application`/`file`, that the .docx opens, and that every phrase quoted
in a `why` (fragments split at "...") occurs in the document (quotes and dashes normalised). Prints verdict counts.

Run from the project root: .venv/bin/python tests/regression/check_bs04_06.py
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import docx

HERE = Path(__file__).parent
SPEC_IDS = Path(__file__).resolve().parents[3] / "shared" / "spec" / "requirement-ids.md"
NAMES = ["bs-04-appendix-tables", "bs-05-bullets-and-fields", "bs-06-narrative-with-negations"]
VALID = {"met", "partially_met", "not_met", "not_applicable"}


def spec_ids() -> list[str]:
    ids = re.findall(r"^\| (E\.\d|\d\.\d|6\.[AKS]\d[a-d]?) \|", SPEC_IDS.read_text(), flags=re.M)
    assert len(ids) == 61 and len(set(ids)) == 61, len(ids)
    return ids


def all_text(d) -> list[str]:
    out = [p.text for p in d.paragraphs]
    out += [c.text for t in d.tables for r in t.rows for c in r.cells]
    return out


def norm(s: str) -> str:
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).lower()


def main() -> int:
    ids = spec_ids()
    bad = 0
    for name in NAMES:
        lab = json.loads((HERE / f"{name}.labels.json").read_text())
        errs = []
        v, why = lab["verdicts"], lab.get("why", {})
        if lab.get("application") != name or lab.get("file") != f"{name}.docx":
            errs.append("application/file mismatch")
        if set(v) != set(ids) or len(v) != 61:
            errs.append(f"ids: missing {sorted(set(ids) - set(v))} extra {sorted(set(v) - set(ids))}")
        for k, x in v.items():
            if x not in VALID:
                errs.append(f"{k}: invalid verdict {x}")
            if x == "not_applicable" and k != "3.3":
                errs.append(f"{k}: not_applicable only for 3.3")
            if x != "met" and not why.get(k, "").strip():
                errs.append(f"{k}: no why")
        for k in why:
            if k not in v:
                errs.append(f"why for unknown id {k}")
        text = norm("\n".join(all_text(docx.Document(str(HERE / f"{name}.docx")))))
        for k, w in why.items():
            for quoted in re.findall(r'"([^"]+)"', w):
                for frag in (f.strip() for f in quoted.split("...")):
                    if frag and norm(frag) not in text:
                        errs.append(f"{k}: quoted phrase not in document: {frag!r}")
        if not lab.get("features"):
            errs.append("no features")
        d = docx.Document(str(HERE / f"{name}.docx"))
        words = sum(len(p.text.split()) for p in d.paragraphs) + sum(
            len(c.text.split()) for t in d.tables for r in t.rows for c in r.cells)
        c = Counter(v.values())
        print(f"{name}: {words} words; met {c['met']}, partially_met {c['partially_met']}, "
              f"not_met {c['not_met']}, not_applicable {c['not_applicable']}")
        for e in errs:
            print("  ERROR", e)
        bad += len(errs)
    print("OK" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
