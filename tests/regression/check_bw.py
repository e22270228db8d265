"""Validate the bw-* labels files in this folder.

For each NAME.labels.json starting with "bw-":
- exactly the 61 requirement ids (checked against shared/spec/requirement-ids.md
  when it can be found, otherwise against the built-in list);
- every verdict is met / partially_met / not_met / not_applicable, and
  not_applicable is used only for 3.3;
- every verdict that is not met has a non-empty "why", and no met verdict has one;
- "application" and "file" agree with the file name, and the .docx exists and opens
  with python-docx;
- every phrase in double quotes inside a "why" or a "notes_on_met" entry occurs
  verbatim in the document text (body paragraphs and table cells; curly quotes,
  dashes and white space normalised);
- the document has 3,000 to 6,000 words.
Prints word and verdict counts. Exit status 1 on any failure.

Run: .venv/bin/python tests/regression/check_bw.py
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
BUILTIN_IDS = (
    ["E.1", "E.2"] + [f"1.{i}" for i in range(1, 10)] + [f"2.{i}" for i in range(1, 6)]
    + ["3.1", "3.2", "3.3", "4.1", "4.2", "4.3"] + [f"5.{i}" for i in range(1, 10)] + ["6.0"]
    + [f"6.A{i}" for i in range(1, 8)] + [f"6.K{i}" for i in range(1, 10)]
    + ["6.S1", "6.S2", "6.S2a", "6.S2b", "6.S2c", "6.S2d"] + [f"6.S{i}" for i in range(3, 10)]
)
VALID = {"met", "partially_met", "not_met", "not_applicable"}


def spec_ids() -> list[str]:
    for base in [HERE, *HERE.parents]:
        f = base / "shared" / "spec" / "requirement-ids.md"
        if f.exists():
            ids = re.findall(r"^\|\s*(E\.\d|\d\.\d|6\.[AKS]\d[a-d]?)\s*\|", f.read_text(), re.M)
            if len(ids) == 61:
                return ids
    return BUILTIN_IDS


def norm(s: str) -> str:
    s = (s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
         .replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " ").replace("\u2026", "..."))
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> tuple[str, int]:
    d = docx.Document(str(path))
    paras = []
    for p in d.element.body.iter(qn("w:p")):
        paras.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    # words: paragraphs only once each (merged cells are one w:tc in the XML)
    words = sum(len(x.split()) for x in paras)
    return norm("\n".join(paras)), words


def main() -> int:
    ids = spec_ids()
    assert len(ids) == 61 and len(set(ids)) == 61, "requirement id list is not 61 unique ids"
    errors: list[str] = []
    files = sorted(HERE.glob("bw-*.labels.json"))
    if not files:
        print("no bw-*.labels.json files found")
        return 1
    for lf in files:
        name = lf.name[: -len(".labels.json")]
        err = lambda m: errors.append(f"{name}: {m}")  # noqa: E731
        lab = json.loads(lf.read_text())
        if lab.get("application") != name:
            err(f"application is {lab.get('application')!r}")
        if lab.get("file") != name + ".docx":
            err(f"file is {lab.get('file')!r}")
        v = lab.get("verdicts", {})
        if set(v) != set(ids) or len(v) != 61:
            err(f"ids differ: missing {sorted(set(ids) - set(v))}, extra {sorted(set(v) - set(ids))}")
        for k, val in v.items():
            if val not in VALID:
                err(f"{k}: invalid verdict {val!r}")
            if val == "not_applicable" and k != "3.3":
                err(f"{k}: not_applicable is allowed only for 3.3")
        why = lab.get("why", {})
        for k, val in v.items():
            if val != "met" and not str(why.get(k, "")).strip():
                err(f"{k}: {val} without a why")
            if val == "met" and k in why:
                err(f"{k}: met but has a why")
        for k in why:
            if k not in v:
                err(f"why for unknown id {k}")
        docx_path = HERE / (name + ".docx")
        try:
            text, words = doc_text(docx_path)
        except Exception as e:  # noqa: BLE001
            err(f"cannot open {docx_path.name}: {e}")
            continue
        if not 3000 <= words <= 6000:
            err(f"{words} words, outside 3,000-6,000")
        notes = lab.get("notes_on_met", {})
        for k in notes:
            if v.get(k) != "met":
                err(f"notes_on_met for {k}, which is not met")
        for where, d in (("why", why), ("notes_on_met", notes)):
            for k, s in d.items():
                s = norm(s)
                if s.count('"') % 2:
                    err(f"{where}[{k}]: unbalanced double quotes")
                for phrase in re.findall(r'"([^"]+)"', s):
                    if phrase not in text:
                        err(f"{where}[{k}]: quoted phrase not in document: {phrase!r}")
        c = Counter(v.values())
        print(f"{name}: {words} words; met {c['met']}, partially_met {c['partially_met']}, "
              f"not_met {c['not_met']}, not_applicable {c['not_applicable']}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
