"""Validate the ca-* labels files (blind set 2026-12e, writer prefix ca).

For each ca-*.labels.json next to this script: exactly the 61 ids (as listed
in shared/spec/requirement-ids.md when it can be found), valid verdicts
(not_applicable only for 3.3), a `why` for every verdict that is not met and
none for a met one, consistent `application` and `file`, that the .docx opens
with python-docx, and that every phrase in double quotes inside a `why` or a
`notes_on_met` entry occurs verbatim in the document text (body, tables,
headers and footers; curly quotes, dashes and spaces normalised). Prints word
and verdict counts.
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
VALID = {"met", "partially_met", "not_met", "not_applicable"}
FALLBACK_IDS = (["E.1", "E.2"] + [f"1.{i}" for i in range(1, 10)] + [f"2.{i}" for i in range(1, 6)]
                + ["3.1", "3.2", "3.3", "4.1", "4.2", "4.3"] + [f"5.{i}" for i in range(1, 10)] + ["6.0"]
                + [f"6.A{i}" for i in range(1, 8)] + [f"6.K{i}" for i in range(1, 10)]
                + ["6.S1", "6.S2", "6.S2a", "6.S2b", "6.S2c", "6.S2d"] + [f"6.S{i}" for i in range(3, 10)])


def spec_ids():
    for base in [HERE, *HERE.parents]:
        f = base / "shared" / "spec" / "requirement-ids.md"
        if f.exists():
            ids = re.findall(r"^\|\s*([E0-9]\.[0-9A-Za-z]+)\s*\|", f.read_text(encoding="utf-8"), re.M)
            ids = [i for i in ids if i != "id"]
            if len(ids) == 61:
                return ids
    return FALLBACK_IDS


def norm(s: str) -> str:
    s = (s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
         .replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " "))
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> tuple[str, int]:
    d = Document(str(path))
    paras = []
    roots = [d.element.body]
    for s in d.sections:
        roots += [s.header._element, s.footer._element]
    for root in roots:
        for p in root.iter(qn("w:p")):
            paras.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    words = sum(len(x.split()) for x in paras)
    return "\n".join(norm(x) for x in paras), words


def main() -> int:
    ids = spec_ids()
    errors = []
    files = sorted(HERE.glob("ca-*.labels.json"))
    if not files:
        print("no ca-*.labels.json files found")
        return 1
    for lf in files:
        name = lf.name[: -len(".labels.json")]
        lab = json.loads(lf.read_text(encoding="utf-8"))
        err = []
        if lab.get("application") != name:
            err.append(f"application {lab.get('application')!r} != {name!r}")
        if lab.get("file") != name + ".docx":
            err.append(f"file {lab.get('file')!r} != {name + '.docx'!r}")
        v = lab.get("verdicts", {})
        if set(v) != set(ids) or len(v) != 61:
            err.append(f"ids: missing {sorted(set(ids) - set(v))}, extra {sorted(set(v) - set(ids))}")
        for k, val in v.items():
            if val not in VALID:
                err.append(f"{k}: invalid verdict {val!r}")
            if val == "not_applicable" and k != "3.3":
                err.append(f"{k}: not_applicable is allowed only for 3.3")
        why = lab.get("why", {})
        for k, val in v.items():
            if val != "met" and not why.get(k, "").strip():
                err.append(f"{k}: {val} without a why")
            if val == "met" and k in why:
                err.append(f"{k}: met but has a why")
        for k in why:
            if k not in v:
                err.append(f"why for unknown id {k}")
        docx = HERE / (name + ".docx")
        try:
            text, words = doc_text(docx)
        except Exception as e:  # noqa: BLE001
            err.append(f"docx does not open: {e}")
            text, words = "", 0
        if words and not 3000 <= words <= 6000:
            err.append(f"word count {words} outside 3,000-6,000")
        notes = lab.get("notes_on_met", {})
        for src, d in (("why", why), ("notes_on_met", notes)):
            for k, s in d.items():
                for q in re.findall(r'"([^"]+)"', s):
                    if norm(q) not in text:
                        err.append(f"{src} {k}: quote not in document: {q!r}")
        c = Counter(v.values())
        print(f"{name}: {words} words; met {c['met']} / partially_met {c['partially_met']} / "
              f"not_met {c['not_met']} / not_applicable {c['not_applicable']}")
        for e in err:
            print("  ERROR", e)
        errors += err
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
