"""Validate the bv-* labels files in this folder.

For each bv-*.labels.json: exactly the 61 requirement ids (cross-checked
with shared/spec/requirement-ids.md when it can be found), valid verdicts
(not_applicable only for 3.3), a `why` for every verdict that is not `met`
and none for a `met` one, `application` and `file` consistent, the .docx
opens with python-docx, 3,000-6,000 words, and every phrase in double
quotes inside a `why` or a `notes_on_met` entry occurs verbatim in the
document text (curly quotes, apostrophes and dashes normalised; body,
tables, headers and footers). Prints word and verdict counts.

Run: .venv/bin/python tests/regression/check_bv.py
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import docx
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent

IDS = (["E.1", "E.2"] + [f"1.{i}" for i in range(1, 10)] + [f"2.{i}" for i in range(1, 6)]
       + ["3.1", "3.2", "3.3", "4.1", "4.2", "4.3"] + [f"5.{i}" for i in range(1, 10)] + ["6.0"]
       + [f"6.A{i}" for i in range(1, 8)] + [f"6.K{i}" for i in range(1, 10)]
       + ["6.S1", "6.S2", "6.S2a", "6.S2b", "6.S2c", "6.S2d"] + [f"6.S{i}" for i in range(3, 10)])
VERDICTS = {"met", "partially_met", "not_met", "not_applicable"}


def spec_ids() -> set[str] | None:
    for base in [HERE, *HERE.parents]:
        f = base / "shared" / "spec" / "requirement-ids.md"
        if f.exists():
            return set(re.findall(r"^\|\s*(E\.\d|\d\.[0-9A-Z]+[a-d]?)\s*\|", f.read_text(), re.M))
    return None


def norm(s: str) -> str:
    s = (s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
         .replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " "))
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> tuple[str, int]:
    d = docx.Document(str(path))
    paras = []
    roots = [d.element.body]
    for sec in d.sections:
        for part in (sec.header, sec.footer):
            roots.append(part._element)
    for root in roots:
        for p in root.iter(qn("w:p")):
            paras.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    body_words = 0
    for p in d.element.body.iter(qn("w:p")):
        body_words += len("".join(t.text or "" for t in p.iter(qn("w:t"))).split())
    return norm("\n".join(paras)), body_words


def check(label_file: Path) -> list[str]:
    errs: list[str] = []
    lab = json.loads(label_file.read_text(encoding="utf-8"))
    name = label_file.name[: -len(".labels.json")]
    if lab.get("application") != name:
        errs.append(f"application {lab.get('application')!r} != {name!r}")
    if lab.get("file") != name + ".docx":
        errs.append(f"file {lab.get('file')!r} != {name + '.docx'!r}")
    v = lab.get("verdicts", {})
    if set(v) != set(IDS) or len(v) != 61:
        errs.append(f"ids: missing {sorted(set(IDS) - set(v))}, extra {sorted(set(v) - set(IDS))}")
    sids = spec_ids()
    if sids is not None and sids != set(IDS):
        errs.append(f"requirement-ids.md disagrees: {sorted(sids ^ set(IDS))}")
    why = lab.get("why", {})
    for i, val in v.items():
        if val not in VERDICTS:
            errs.append(f"{i}: invalid verdict {val!r}")
        if val == "not_applicable" and i != "3.3":
            errs.append(f"{i}: not_applicable only allowed for 3.3")
        if val != "met" and not str(why.get(i, "")).strip():
            errs.append(f"{i}: {val} without a why")
        if val == "met" and i in why:
            errs.append(f"{i}: met but has a why")
    for i in why:
        if i not in v:
            errs.append(f"why for unknown id {i}")
    docx_path = label_file.with_name(name + ".docx")
    try:
        text, words = doc_text(docx_path)
    except Exception as e:  # noqa: BLE001
        errs.append(f"docx does not open: {e}")
        return errs
    if not 3000 <= words <= 6000:
        errs.append(f"word count {words} outside 3,000-6,000")
    notes = lab.get("notes_on_met", {})
    for src, d in (("why", why), ("notes_on_met", notes)):
        for i, s in d.items():
            for q in re.findall(r'"([^"]+)"', s):
                if norm(q) not in text:
                    errs.append(f"{src}[{i}]: quote not in document: {q!r}")
    c = Counter(v.values())
    print(f"{name}: {words} words; met {c['met']} / partially {c['partially_met']} / "
          f"not met {c['not_met']} / n.a. {c['not_applicable']}")
    return errs


def main() -> int:
    files = sorted(HERE.glob("bv-*.labels.json"))
    if not files:
        print("no bv-*.labels.json found")
        return 1
    bad = 0
    total = Counter()
    for f in files:
        errs = check(f)
        total.update(json.loads(f.read_text(encoding="utf-8"))["verdicts"].values())
        for e in errs:
            print("  ERROR", e)
        bad += len(errs)
    print(f"total: {dict(total)}")
    print("OK" if not bad else f"{bad} error(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
