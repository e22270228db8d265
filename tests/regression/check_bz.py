"""Check the bz-* labels files in this folder (blind set 2026-12e, writer bz).

For each bz-*.labels.json:
- exactly the 61 requirement ids (compared with shared/spec/requirement-ids.md
  when that file can be found);
- every verdict is met, partially_met, not_met or not_applicable, and
  not_applicable is used only for 3.3;
- every verdict that is not met has a non-empty "why", and no met verdict has one;
- "application" and "file" agree with the labels file name;
- the .docx exists and opens with python-docx;
- every phrase in double quotes inside a "why" or a "notes_on_met" entry occurs
  verbatim in the document body (paragraphs and table cells; curly quotes,
  dashes and whitespace normalised; headers and footers are not searched).
Prints word and verdict counts. Exit status 1 on any failure.

Run from the project root: python tests/regression/check_bz.py
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent
VALID = {"met", "partially_met", "not_met", "not_applicable"}


def expected_ids() -> list[str]:
    ids = ["E.1", "E.2"] + [f"1.{i}" for i in range(1, 10)] + [f"2.{i}" for i in range(1, 6)]
    ids += ["3.1", "3.2", "3.3", "4.1", "4.2", "4.3"] + [f"5.{i}" for i in range(1, 10)] + ["6.0"]
    ids += [f"6.A{i}" for i in range(1, 8)] + [f"6.K{i}" for i in range(1, 10)]
    ids += ["6.S1", "6.S2", "6.S2a", "6.S2b", "6.S2c", "6.S2d"] + [f"6.S{i}" for i in range(3, 10)]
    for base in [HERE, *HERE.parents]:
        spec = base / "shared" / "spec" / "requirement-ids.md"
        if not spec.exists():
            spec = base.parent / "shared" / "spec" / "requirement-ids.md"
        if spec.exists():
            found = re.findall(r"^\|\s*([E0-9]\.[0-9A-Za-z]+)\s*\|", spec.read_text(), flags=re.M)
            if found:
                assert sorted(found) == sorted(ids), "requirement-ids.md differs from built-in list"
            break
    assert len(ids) == 61
    return ids


def norm(text: str) -> str:
    text = (text.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"')
            .replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " "))
    return re.sub(r"\s+", " ", text).strip()


def table_text(table, out):
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                out.append(p.text)
            for t in cell.tables:
                table_text(t, out)


def doc_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        table_text(t, parts)
    return "\n".join(parts)


def main() -> int:
    ids = expected_ids()
    files = sorted(HERE.glob("bz-*.labels.json"))
    if not files:
        print("no bz-*.labels.json found")
        return 1
    failures = 0
    for lf in files:
        errs = []
        lab = json.loads(lf.read_text())
        name = lf.name[: -len(".labels.json")]
        if lab.get("application") != name:
            errs.append(f"application {lab.get('application')!r} != {name!r}")
        if lab.get("file") != name + ".docx":
            errs.append(f"file {lab.get('file')!r} != {name + '.docx'!r}")
        v = lab.get("verdicts", {})
        why = lab.get("why", {})
        notes = lab.get("notes_on_met", {})
        if sorted(v) != sorted(ids):
            errs.append(f"ids differ: missing {sorted(set(ids) - set(v))}, extra {sorted(set(v) - set(ids))}")
        for k, val in v.items():
            if val not in VALID:
                errs.append(f"{k}: invalid verdict {val!r}")
            if val == "not_applicable" and k != "3.3":
                errs.append(f"{k}: not_applicable only allowed for 3.3")
            if val != "met" and not str(why.get(k, "")).strip():
                errs.append(f"{k}: {val} without a why")
            if val == "met" and k in why:
                errs.append(f"{k}: met but has a why")
        for k in why:
            if k not in v:
                errs.append(f"why for unknown id {k}")
        for k in notes:
            if v.get(k) != "met":
                errs.append(f"notes_on_met for {k}, which is not met")
        docx_path = HERE / (name + ".docx")
        text = ""
        try:
            text = norm(doc_text(docx_path))
        except Exception as exc:  # noqa: BLE001
            errs.append(f"cannot open {docx_path.name}: {exc}")
        if text:
            for k, t in list(why.items()) + list(notes.items()):
                for q in re.findall(r'"([^"]+)"', t):
                    if norm(q) not in text:
                        errs.append(f"{k}: quote not in document: {q!r}")
        words = len(text.split())
        counts = Counter(v.values())
        print(f"{name}: {words} words; met {counts['met']}, partially_met {counts['partially_met']}, "
              f"not_met {counts['not_met']}, not_applicable {counts['not_applicable']}")
        if not 3000 <= words <= 6500:
            errs.append(f"word count {words} outside 3,000-6,000 (allowing for merged-cell repeats)")
        for e in errs:
            print("  FAIL", e)
        failures += len(errs)
    print("OK" if not failures else f"{failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
