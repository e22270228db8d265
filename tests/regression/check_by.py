"""Check the by-* labels files (blind set 2026-12e, writer prefix by).

For each by-*.labels.json next to this script: exactly the 61 ids (matched
against shared/spec/requirement-ids.md when it can be found), valid verdicts
(not_applicable only for 3.3), a why for every non-met verdict and none for a
met one, consistent application and file, the .docx opens with python-docx,
its word count is 3,000-6,000, and every phrase in double quotes inside a
why or a note occurs verbatim in the document text (body paragraphs and
table cells). Prints word and verdict counts. Run with the project's .venv.
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
VALID = {"met", "partially_met", "not_met", "not_applicable"}
IDS = ("E.1 E.2 1.1 1.2 1.3 1.4 1.5 1.6 1.7 1.8 1.9 2.1 2.2 2.3 2.4 2.5 3.1 3.2 3.3 4.1 4.2 4.3 "
       "5.1 5.2 5.3 5.4 5.5 5.6 5.7 5.8 5.9 6.0 6.A1 6.A2 6.A3 6.A4 6.A5 6.A6 6.A7 6.K1 6.K2 6.K3 6.K4 "
       "6.K5 6.K6 6.K7 6.K8 6.K9 6.S1 6.S2 6.S2a 6.S2b 6.S2c 6.S2d 6.S3 6.S4 6.S5 6.S6 6.S7 6.S8 6.S9").split()


def spec_ids():
    for base in [HERE, *HERE.parents]:
        f = base / "shared" / "spec" / "requirement-ids.md"
        if not f.exists():
            f = base.parent / "shared" / "spec" / "requirement-ids.md"
        if f.exists():
            return re.findall(r"^\| (E\.\d|\d\.[0-9A-Za-z]+) \|", f.read_text(), re.M)
    return None


def doc_text(path):
    d = docx.Document(str(path))
    paras = []
    for p in d.element.body.iter(qn("w:p")):
        paras.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    text = "\n".join(paras)
    return d, re.sub(r"[ \t]+", " ", text)


def main():
    ok = True
    sids = spec_ids()
    if sids is not None and sorted(sids) != sorted(IDS):
        print("WARNING: requirement-ids.md ids differ from built-in list")
    files = sorted(HERE.glob("by-*.labels.json"))
    if not files:
        print("no by-*.labels.json found")
        return 1
    for lf in files:
        errs = []
        lab = json.loads(lf.read_text())
        name = lf.name[: -len(".labels.json")]
        if lab.get("application") != name:
            errs.append(f"application {lab.get('application')!r} != {name!r}")
        if lab.get("file") != name + ".docx":
            errs.append(f"file {lab.get('file')!r}")
        v = lab.get("verdicts", {})
        if sorted(v) != sorted(IDS):
            errs.append(f"ids: missing {sorted(set(IDS) - set(v))}, extra {sorted(set(v) - set(IDS))}")
        for k, val in v.items():
            if val not in VALID:
                errs.append(f"{k}: invalid verdict {val}")
            if val == "not_applicable" and k != "3.3":
                errs.append(f"{k}: not_applicable only allowed for 3.3")
        why = lab.get("why", {})
        for k, val in v.items():
            if val != "met" and not why.get(k, "").strip():
                errs.append(f"{k}: {val} without why")
            if val == "met" and k in why:
                errs.append(f"{k}: met but has a why")
        for k in why:
            if k not in v:
                errs.append(f"why for unknown id {k}")
        dpath = HERE / (name + ".docx")
        try:
            d, text = doc_text(dpath)
        except Exception as e:  # noqa: BLE001
            errs.append(f"docx does not open: {e}")
            text = ""
        words = len(text.split())
        if text and not (3000 <= words <= 6000):
            errs.append(f"word count {words} outside 3000-6000")
        for src in ("why", "notes_on_met"):
            for k, s in lab.get(src, {}).items():
                for q in re.findall(r'"([^"]+)"', s):
                    if q not in text:
                        errs.append(f"{src} {k}: quote not in document: {q!r}")
        c = Counter(v.values())
        print(f"{name}: words={words} met={c['met']} partially_met={c['partially_met']} "
              f"not_met={c['not_met']} not_applicable={c['not_applicable']}")
        for e in errs:
            print("  ERROR", e)
        ok = ok and not errs
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
