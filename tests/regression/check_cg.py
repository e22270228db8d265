"""Check the cg labels files: 61 ids, valid verdicts, a why for each non-met, quotes occur, docx opens."""
import json, re, sys
from collections import Counter
from pathlib import Path
from docx import Document

HERE = Path(__file__).parent
ids = re.findall(r"^\| (E\.\d|\d\.[0-9A-Za-z]+) \|", (Path(__file__).resolve().parents[3] / "shared" / "spec" / "requirement-ids.md").read_text(), re.M)
assert len(ids) == 61 and len(set(ids)) == 61, len(ids)
VALID = {"met", "partially_met", "not_met", "not_applicable"}

def norm(s):
    return (s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
             .replace("\u2013", "-").replace("\u2014", "-").lower())

def doc_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return norm("\n".join(parts)), sum(len(x.split()) for x in parts)

ok = True
for lab in sorted(HERE.glob("cg-*.labels.json")):
    L = json.loads(lab.read_text())
    name = lab.name[:-len(".labels.json")]
    errs = []
    if L["application"] != name or L["file"] != name + ".docx": errs.append("name/file")
    v = L["verdicts"]
    if set(v) != set(ids): errs.append(f"ids: missing {set(ids)-set(v)} extra {set(v)-set(ids)}")
    for k, x in v.items():
        if x not in VALID: errs.append(f"bad verdict {k}")
        if x == "not_applicable" and k != "3.3": errs.append(f"n/a on {k}")
        if x != "met" and not L["why"].get(k): errs.append(f"no why {k}")
        if x == "met" and k in L["why"]: errs.append(f"why on met {k}")
    text, words = doc_text(HERE / L["file"])
    for k, w in list(L["why"].items()) + list(L.get("notes_on_met", {}).items()):
        for q in re.findall(r'"([^"]+)"', w):
            if norm(q) not in text: errs.append(f"quote not in doc ({k}): {q}")
    c = Counter(v.values())
    print(name, f"words={words}", {k: c.get(k, 0) for k in ["met", "partially_met", "not_met", "not_applicable"]},
          f"met%={100*c['met']/61:.0f}")
    crit = {}
    for k, x in v.items():
        g = k.split(".")[0]
        crit.setdefault(g, Counter())[x] += 1
    print("   ", {g: dict(cc) for g, cc in crit.items()})
    for e in errs: print("   ERROR", e); ok = False
print("OK" if ok else "FAILED")
