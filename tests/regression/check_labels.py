#!/usr/bin/env python3
"""Validate the regression label files and documents in this folder.

For every NAME.labels.json here:
  - "application" is NAME and "file" is NAME.docx, which exists;
  - "verdicts" holds exactly the requirement ids of
    ../../../shared/spec/requirement-ids.md (as many as it says it lists), each one of
    met / partially_met / not_met / not_applicable, and not_applicable is
    used only for 3.3;
  - "why" has a non-empty reason for every id whose verdict is not met, and
    no reason keyed by an unknown id;
  - "features" is a non-empty list of strings;
  - NAME.docx opens with python-docx.
Prints, per application, the submission word count (body, tables, text
boxes counted once, footnotes; not deleted text, comments, headers or
footers) and the verdict counts. Exits 1 on any problem.

Run with the project virtualenv:  .venv/bin/python tests/regression/check_labels.py
"""
from __future__ import annotations

import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEC_IDS = HERE.parents[2] / "shared" / "spec" / "requirement-ids.md"
VERDICTS = {"met", "partially_met", "not_met", "not_applicable"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def spec_ids() -> list[str]:
    ids = []
    for line in SPEC_IDS.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*([0-9E]\.[0-9A-Za-z]+)\s*\|", line)
        if m:
            ids.append(m.group(1))
    return ids


def word_count(docx: Path) -> int:
    from lxml import etree

    words = 0
    with zipfile.ZipFile(docx) as z:
        for part in ("word/document.xml", "word/footnotes.xml"):
            if part not in z.namelist():
                continue
            root = etree.fromstring(z.read(part))
            for t in root.iter(W + "t"):
                if any(a.tag == MC_FALLBACK for a in t.iterancestors()):
                    continue  # the VML copy of a text box
                words += len((t.text or "").split())
    return words


def check(lf: Path, ids: list[str]) -> list[str]:
    errs: list[str] = []
    name = lf.name[: -len(".labels.json")]
    try:
        lab = json.loads(lf.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [f"{lf.name}: not valid JSON ({exc})"]
    if lab.get("application") != name:
        errs.append(f"{lf.name}: application is {lab.get('application')!r}, expected {name!r}")
    if lab.get("file") != f"{name}.docx":
        errs.append(f"{lf.name}: file is {lab.get('file')!r}, expected {name + '.docx'!r}")
    v = lab.get("verdicts", {})
    missing = [i for i in ids if i not in v]
    extra = [i for i in v if i not in ids]
    if missing:
        errs.append(f"{lf.name}: missing ids {missing}")
    if extra:
        errs.append(f"{lf.name}: unknown ids {extra}")
    for rid, verdict in v.items():
        if verdict not in VERDICTS:
            errs.append(f"{lf.name}: {rid} has invalid verdict {verdict!r}")
        if verdict == "not_applicable" and rid != "3.3":
            errs.append(f"{lf.name}: {rid} is not_applicable (only 3.3 may be)")
    why = lab.get("why", {})
    for rid, verdict in v.items():
        if verdict != "met" and not str(why.get(rid, "")).strip():
            errs.append(f"{lf.name}: {rid} is {verdict} but has no 'why'")
    for rid in why:
        if rid not in ids:
            errs.append(f"{lf.name}: 'why' for unknown id {rid}")
    feats = lab.get("features")
    if not isinstance(feats, list) or not feats or not all(isinstance(f, str) for f in feats):
        errs.append(f"{lf.name}: features must be a non-empty list of strings")
    docx = lf.with_name(f"{name}.docx")
    if not docx.exists():
        errs.append(f"{lf.name}: {docx.name} does not exist (run {name}.build.py)")
    else:
        try:
            from docx import Document

            Document(str(docx))
        except Exception as exc:  # noqa: BLE001
            errs.append(f"{docx.name}: python-docx cannot open it ({exc})")
    return errs


def main() -> int:
    ids = spec_ids()
    problems: list[str] = []
    stated = re.search(r"^(\d+) identifiers in all\.", SPEC_IDS.read_text(encoding="utf-8"), re.M)
    total = int(stated[1]) if stated else None  # the file states its own total
    if total is None or len(ids) != total or len(set(ids)) != total:
        problems.append(f"expected {total} distinct ids in {SPEC_IDS} (its stated total), found {len(set(ids))} of {len(ids)}")
    files = sorted(HERE.glob("*.labels.json"))
    if not files:
        problems.append("no *.labels.json files")
    for lf in files:
        errs = check(lf, ids)
        problems += errs
        lab = json.loads(lf.read_text(encoding="utf-8"))
        c = Counter(lab.get("verdicts", {}).values())
        docx = lf.with_name(lab.get("file", ""))
        wc = word_count(docx) if docx.exists() else 0
        print(f"{lab.get('application')}: {wc} words; met {c['met']}, partially_met {c['partially_met']}, "
              f"not_met {c['not_met']}, not_applicable {c['not_applicable']}"
              f"{'  OK' if not errs else '  PROBLEMS'}")
    for p in problems:
        print("ERROR:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
