"""Check the bt-01 to bt-03 labels files and documents in this folder.

For every NAME.labels.json here it checks: exactly the 61 requirement ids;
every verdict valid, with not_applicable only for 3.3; a `why` for every
verdict that is not `met` and none for a `met` one; `application` and `file`
consistent with the file name; the .docx exists and opens with python-docx;
every phrase quoted in double quotes in a `why` occurs in the document's text
(body, tables, headers and footers; curly quotes and dashes normalised). It
prints word counts and verdict counts. Exit status 1 on any problem.

Run from the project root:  .venv/bin/python tests/regression/check_bt.py
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
IDS = (["E.1", "E.2"] + [f"1.{i}" for i in range(1, 10)] + [f"2.{i}" for i in range(1, 6)]
       + ["3.1", "3.2", "3.3", "4.1", "4.2", "4.3"] + [f"5.{i}" for i in range(1, 10)] + ["6.0"]
       + [f"6.A{i}" for i in range(1, 8)] + [f"6.K{i}" for i in range(1, 10)]
       + ["6.S1", "6.S2", "6.S2a", "6.S2b", "6.S2c", "6.S2d"] + [f"6.S{i}" for i in range(3, 10)])
assert len(IDS) == 61
VERDICTS = {"met", "partially_met", "not_met", "not_applicable"}


def norm(text: str) -> str:
    text = (text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
            .replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " "))
    return re.sub(r"\s+", " ", text).strip().lower()


def doc_text(path: Path) -> tuple[str, int]:
    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]
    body_words = list(parts)

    def tables(ts):
        for t in ts:
            for row in t.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    parts.append(cell.text)
                    body_words.append(cell.text)
                    tables(cell.tables)

    tables(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer):
            parts.extend(p.text for p in hf.paragraphs)
    return norm(" ".join(parts)), len(" ".join(body_words).split())


def main() -> int:
    problems = []
    files = sorted(HERE.glob("bt-*.labels.json"))
    if not files:
        print("no labels files found")
        return 1
    total = Counter()
    for lf in files:
        name = lf.name[: -len(".labels.json")]
        lab = json.loads(lf.read_text(encoding="utf-8"))
        err = lambda m: problems.append(f"{name}: {m}")  # noqa: E731
        if lab.get("application") != name:
            err(f"application is {lab.get('application')!r}")
        if lab.get("file") != name + ".docx":
            err(f"file is {lab.get('file')!r}")
        verdicts, why = lab.get("verdicts", {}), lab.get("why", {})
        if set(verdicts) != set(IDS):
            err(f"ids missing {sorted(set(IDS) - set(verdicts))} extra {sorted(set(verdicts) - set(IDS))}")
        for i, v in verdicts.items():
            if v not in VERDICTS:
                err(f"{i}: invalid verdict {v!r}")
            if v == "not_applicable" and i != "3.3":
                err(f"{i}: not_applicable is only for 3.3")
            if v != "met" and not str(why.get(i, "")).strip():
                err(f"{i}: {v} without a why")
            if v == "met" and i in why:
                err(f"{i}: met but has a why")
        for i in why:
            if i not in verdicts:
                err(f"why for unknown id {i}")
        if not isinstance(lab.get("features"), list) or not lab["features"]:
            err("features missing")
        docx = HERE / (name + ".docx")
        try:
            text, words = doc_text(docx)
        except Exception as e:  # noqa: BLE001
            err(f"docx does not open: {e}")
            continue
        for i, w in why.items():
            for q in re.findall(r'"([^"]+)"', w):
                if norm(q) not in text:
                    err(f"{i}: quoted phrase not in document: {q!r}")
        c = Counter(verdicts.values())
        total.update(c)
        print(f"{name}: {words} words; met {c['met']}, partially_met {c['partially_met']}, "
              f"not_met {c['not_met']}, not_applicable {c['not_applicable']}")
    print(f"total: met {total['met']}, partially_met {total['partially_met']}, not_met {total['not_met']}, "
          f"not_applicable {total['not_applicable']}")
    for pr in problems:
        print("PROBLEM", pr)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
