"""Check the development set dv-01 .. dv-03 (or the applications named on the command line).

For each NAME.labels.json in this folder:
- exactly the 61 requirement ids (the list below; if the specification's
  requirement-ids.md is found at ../../../shared/spec/ relative to this file,
  the list is also checked against it);
- every verdict is met, partially_met, not_met or not_applicable, and
  not_applicable is used only for 3.3;
- a non-empty `why` for every verdict that is not met, and none for a met one;
- `notes_on_met`, if present, only on met verdicts; `features` a non-empty list;
- `application` and `file` agree with NAME, and NAME.docx opens with python-docx;
- every phrase quoted in a `why` (in "..." or curly double quotes) occurs in
  the document's text (body paragraphs and table cells; curly apostrophes and
  quotes and runs of white space are normalised before comparing).
Prints verdict counts and word counts. Exit status 1 on any error.

Run from the project root:  .venv/bin/python tests/development/check_dv.py
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
DEFAULT = ["dv-01-handbook", "dv-02-university-response", "dv-03-partnership-form"]
VERDICTS = {"met", "partially_met", "not_met", "not_applicable"}
IDS = (["E.1", "E.2"] + [f"1.{i}" for i in range(1, 10)] + [f"2.{i}" for i in range(1, 6)]
       + ["3.1", "3.2", "3.3", "4.1", "4.2", "4.3"] + [f"5.{i}" for i in range(1, 10)] + ["6.0"]
       + [f"6.A{i}" for i in range(1, 8)] + [f"6.K{i}" for i in range(1, 10)]
       + ["6.S1", "6.S2", "6.S2a", "6.S2b", "6.S2c", "6.S2d"] + [f"6.S{i}" for i in range(3, 10)])
assert len(IDS) == 61 and len(set(IDS)) == 61


def spec_ids():
    spec = HERE.parents[2] / "shared" / "spec" / "requirement-ids.md"
    if not spec.exists():
        return None
    return re.findall(r"^\| (E\.\d|\d\.\d|6\.[AKS]\d+[a-d]?) \|", spec.read_text(encoding="utf-8"), re.M)


def norm(s: str) -> str:
    s = (s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
         .replace("\u00a0", " "))
    return re.sub(r"\s+", " ", s)


def doc_text(path: Path) -> str:
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return norm("\n".join(parts))


def quotes(why: str):
    w = why.replace("\u201c", '"').replace("\u201d", '"')
    return [q for q in re.findall(r'"([^"]+)"', w)]


def check(name: str) -> list[str]:
    errs = []
    lab = json.loads((HERE / f"{name}.labels.json").read_text(encoding="utf-8"))
    v, why = lab.get("verdicts", {}), lab.get("why", {})
    if list(v) != IDS and set(v) != set(IDS):
        errs.append(f"id set differs: missing {sorted(set(IDS) - set(v))}, extra {sorted(set(v) - set(IDS))}")
    for k, x in v.items():
        if x not in VERDICTS:
            errs.append(f"{k}: invalid verdict {x!r}")
        if x == "not_applicable" and k != "3.3":
            errs.append(f"{k}: not_applicable is only for 3.3")
        if x != "met" and not str(why.get(k, "")).strip():
            errs.append(f"{k}: {x} without a why")
    for k in why:
        if v.get(k) == "met" or k not in v:
            errs.append(f"{k}: why on a met or unknown id")
    for k in lab.get("notes_on_met", {}):
        if v.get(k) != "met":
            errs.append(f"{k}: notes_on_met on a verdict that is not met")
    if not isinstance(lab.get("features"), list) or not lab["features"]:
        errs.append("features missing or empty")
    if lab.get("application") != name or lab.get("file") != f"{name}.docx":
        errs.append("application/file do not match the name")
    try:
        text = doc_text(HERE / lab["file"])
    except Exception as e:  # noqa: BLE001
        errs.append(f"docx does not open: {e}")
        return errs
    for k, w in why.items():
        for q in quotes(w):
            if norm(q) not in text:
                errs.append(f"{k}: quoted phrase not in the document: {q!r}")
    c = Counter(v.values())
    print(f"{name}: {len(text.split())} words; met {c['met']}, partially_met {c['partially_met']}, "
          f"not_met {c['not_met']}, not_applicable {c['not_applicable']}; "
          f"{sum(len(quotes(w)) for w in why.values())} quoted phrases checked")
    return errs


def main(argv):
    ok = True
    s = spec_ids()
    if s is not None and sorted(s) != sorted(IDS):
        print("ERROR: the id list differs from requirement-ids.md")
        ok = False
    elif s is None:
        print("(requirement-ids.md not found; using the built-in list of 61 ids)")
    total = Counter()
    for name in argv or DEFAULT:
        errs = check(name)
        lab = json.loads((HERE / f"{name}.labels.json").read_text(encoding="utf-8"))
        total.update(lab["verdicts"].values())
        for e in errs:
            print("  ERROR", e)
        ok = ok and not errs
    print("total:", dict(total))
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
