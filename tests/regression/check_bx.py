"""Validate the bx-* labels files in this folder.

For every bx-*.labels.json next to this script it checks:
- `application` is the file's stem and `file` is `application + ".docx"`;
- exactly the 61 requirement ids (compared with shared/spec/requirement-ids.md
  when that file can be found, and with the built-in list in any case);
- every verdict is met / partially_met / not_met / not_applicable, and
  not_applicable appears only for 3.3;
- every verdict that is not `met` has a non-empty `why`, and no `met` verdict
  has one;
- the .docx opens with python-docx;
- every phrase in double quotes inside a `why` (or a `notes_on_met` entry)
  occurs verbatim in the document text (body paragraphs, tables at any depth,
  headers and footers), after normalising curly quotes and whitespace.
It prints word counts and verdict counts, and exits non-zero on any failure.

Run from anywhere:  .venv/bin/python tests/regression/check_bx.py
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent
IDS = ("E.1 E.2 1.1 1.2 1.3 1.4 1.5 1.6 1.7 1.8 1.9 2.1 2.2 2.3 2.4 2.5 3.1 3.2 3.3 4.1 4.2 4.3 "
       "5.1 5.2 5.3 5.4 5.5 5.6 5.7 5.8 5.9 6.0 6.A1 6.A2 6.A3 6.A4 6.A5 6.A6 6.A7 "
       "6.K1 6.K2 6.K3 6.K4 6.K5 6.K6 6.K7 6.K8 6.K9 "
       "6.S1 6.S2 6.S2a 6.S2b 6.S2c 6.S2d 6.S3 6.S4 6.S5 6.S6 6.S7 6.S8 6.S9").split()
VALID = {"met", "partially_met", "not_met", "not_applicable"}


def spec_ids() -> list[str] | None:
    for base in [HERE, *HERE.parents]:
        f = base / "shared" / "spec" / "requirement-ids.md"
        if f.exists():
            return re.findall(r"^\|\s*((?:E\.\d)|(?:\d\.\d)|(?:6\.[AKS]\d[a-d]?))\s*\|", f.read_text(), re.M)
    return None


def norm(s: str) -> str:
    s = s.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def table_text(tables) -> list[str]:
    out = []
    for t in tables:
        for row in t.rows:
            for cell in row.cells:
                out.extend(p.text for p in cell.paragraphs)
                out.extend(table_text(cell.tables))
    return out


def doc_text(d) -> str:
    parts = [p.text for p in d.paragraphs]
    parts += table_text(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer):
            parts += [p.text for p in hf.paragraphs]
            parts += table_text(hf.tables)
    return norm("\n".join(parts))


def main() -> int:
    errors: list[str] = []
    sids = spec_ids()
    if sids is not None and sorted(sids) != sorted(IDS):
        errors.append(f"built-in id list differs from requirement-ids.md: {sorted(set(sids) ^ set(IDS))}")
    files = sorted(HERE.glob("bx-*.labels.json"))
    if not files:
        errors.append("no bx-*.labels.json files found")
    for lf in files:
        name = lf.name[: -len(".labels.json")]
        lab = json.loads(lf.read_text())
        e = []
        if lab.get("application") != name:
            e.append(f"application is {lab.get('application')!r}, expected {name!r}")
        if lab.get("file") != name + ".docx":
            e.append(f"file is {lab.get('file')!r}")
        v = lab.get("verdicts", {})
        if sorted(v) != sorted(IDS) or len(v) != 61:
            e.append(f"ids wrong: missing {sorted(set(IDS) - set(v))}, extra {sorted(set(v) - set(IDS))}")
        for i, verdict in v.items():
            if verdict not in VALID:
                e.append(f"{i}: invalid verdict {verdict!r}")
            if verdict == "not_applicable" and i != "3.3":
                e.append(f"{i}: not_applicable is only allowed for 3.3")
        why = lab.get("why", {})
        for i, verdict in v.items():
            if verdict != "met" and not str(why.get(i, "")).strip():
                e.append(f"{i}: {verdict} without a why")
            if verdict == "met" and i in why:
                e.append(f"{i}: met but has a why")
        for i in why:
            if i not in v:
                e.append(f"why for unknown id {i}")
        docpath = HERE / (name + ".docx")
        try:
            d = docx.Document(str(docpath))
        except Exception as exc:  # noqa: BLE001
            e.append(f"docx does not open: {exc}")
            d = None
        words = 0
        if d is not None:
            text = doc_text(d)
            words = len(text.split())
            if not 3000 <= words <= 6000:
                e.append(f"word count {words} outside 3,000-6,000")
            texts = [("why", k, s) for k, s in why.items()]
            texts += [("notes_on_met", k, s) for k, s in lab.get("notes_on_met", {}).items()]
            for kind, k, s in texts:
                for q in re.findall(r'"([^"]+)"', norm(s)):
                    if norm(q) not in text:
                        e.append(f"{kind} {k}: quoted phrase not in document: {q!r}")
        c = Counter(v.values())
        print(f"{name}: {words} words; met {c['met']}, partially_met {c['partially_met']}, "
              f"not_met {c['not_met']}, not_applicable {c['not_applicable']}")
        for x in e:
            print("  ERROR", x)
        errors += [f"{name}: {x}" for x in e]
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
