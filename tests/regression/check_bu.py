"""Check the bu-* labels files in this folder.

For every NAME.labels.json next to this script:
- exactly the 61 requirement ids, each with a valid verdict
  (met, partially_met, not_met, not_applicable; not_applicable only for 3.3);
- a non-empty `why` for every verdict that is not `met`, and no `why` for a
  `met` verdict; `notes_on_met` only on `met` verdicts;
- `application` is NAME and `file` is NAME.docx;
- `features` is a non-empty list of strings;
- NAME.docx exists and opens with python-docx;
- every phrase quoted with double quotes in a `why` occurs in the document
  (compared after folding typographic quotes, dashes and spaces, ignoring
  case).
It prints word counts and verdict counts, and exits non-zero on any failure.

Run from the project root:  .venv/bin/python tests/regression/check_bu.py
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent

IDS = (
    ["E.1", "E.2"]
    + [f"1.{i}" for i in range(1, 10)]
    + [f"2.{i}" for i in range(1, 6)]
    + ["3.1", "3.2", "3.3", "4.1", "4.2", "4.3"]
    + [f"5.{i}" for i in range(1, 10)]
    + ["6.0"]
    + [f"6.A{i}" for i in range(1, 8)]
    + [f"6.K{i}" for i in range(1, 10)]
    + ["6.S1", "6.S2", "6.S2a", "6.S2b", "6.S2c", "6.S2d"]
    + [f"6.S{i}" for i in range(3, 10)]
)
VERDICTS = {"met", "partially_met", "not_met", "not_applicable"}

FOLD = {
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
    "\u2013": "-", "\u2014": "-", "\u2011": "-", "\u00a0": " ", "\u2026": "...",
}


def fold(text: str) -> str:
    for a, b in FOLD.items():
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text).strip().lower()


def spec_ids() -> list[str] | None:
    """The ids listed in the shared requirement-ids.md, if it can be found."""
    for base in [HERE, *HERE.parents]:
        f = base / "shared" / "spec" / "requirement-ids.md"
        if f.is_file():
            found = re.findall(r"^\| (E\.\d|\d\.\d|6\.[AKS]\d[a-d]?) \|", f.read_text(), re.M)
            return found
    return None


def doc_text(path: Path) -> tuple[str, int]:
    d = Document(str(path))
    parts = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in d.element.body.iter(qn("w:p"))]
    words = sum(len(p.split()) for p in parts)
    for s in d.sections:
        for hf in (s.header, s.footer):
            parts.extend(p.text for p in hf.paragraphs)
    return "\n".join(parts), words


def check(labels_path: Path) -> list[str]:
    errs: list[str] = []
    name = labels_path.name[: -len(".labels.json")]
    data = json.loads(labels_path.read_text())
    if data.get("application") != name:
        errs.append(f"application is {data.get('application')!r}, expected {name!r}")
    if data.get("file") != f"{name}.docx":
        errs.append(f"file is {data.get('file')!r}")
    verdicts = data.get("verdicts", {})
    why = data.get("why", {})
    notes = data.get("notes_on_met", {})
    missing = [i for i in IDS if i not in verdicts]
    extra = [i for i in verdicts if i not in IDS]
    if missing:
        errs.append(f"missing ids: {missing}")
    if extra:
        errs.append(f"unknown ids: {extra}")
    for rid, v in verdicts.items():
        if v not in VERDICTS:
            errs.append(f"{rid}: invalid verdict {v!r}")
        if v == "not_applicable" and rid != "3.3":
            errs.append(f"{rid}: not_applicable is allowed only for 3.3")
        if v != "met" and not str(why.get(rid, "")).strip():
            errs.append(f"{rid}: {v} without a why")
        if v == "met" and rid in why:
            errs.append(f"{rid}: met but has a why (use notes_on_met)")
    for rid in why:
        if rid not in verdicts:
            errs.append(f"why for unknown id {rid}")
    for rid in notes:
        if verdicts.get(rid) != "met":
            errs.append(f"notes_on_met for {rid}, which is not met")
    feats = data.get("features")
    if not isinstance(feats, list) or not feats or not all(isinstance(f, str) for f in feats):
        errs.append("features must be a non-empty list of strings")

    docx_path = labels_path.with_name(f"{name}.docx")
    try:
        text, words = doc_text(docx_path)
    except Exception as exc:  # noqa: BLE001 - report any failure to open
        errs.append(f"{docx_path.name} does not open: {exc}")
        return errs
    folded = fold(text)
    for rid, reason in {**why, **notes}.items():
        for phrase in re.findall(r'"([^"]+)"', reason):
            if fold(phrase) not in folded:
                errs.append(f"{rid}: quoted phrase not in document: {phrase!r}")
    counts = Counter(verdicts.values())
    print(f"{name}: {words} words; met {counts['met']}, partially_met {counts['partially_met']}, "
          f"not_met {counts['not_met']}, not_applicable {counts['not_applicable']}")
    return errs


def main() -> int:
    ids = spec_ids()
    if ids is not None and sorted(ids) != sorted(IDS):
        print("warning: the ids in requirement-ids.md differ from this checker's list")
    files = sorted(HERE.glob("bu-*.labels.json"))
    if not files:
        print("no bu-*.labels.json files found")
        return 1
    failed = 0
    for f in files:
        errs = check(f)
        for e in errs:
            print(f"  FAIL {f.name}: {e}")
        failed += bool(errs)
    print(f"{len(files)} labels files checked, {failed} with errors")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
