"""Check the ce labels files against requirement-ids.md and their .docx."""
import json, re, sys
from pathlib import Path
from collections import Counter
from docx import Document

HERE = Path(__file__).parent
spec = (Path(__file__).resolve().parents[3] / "shared" / "spec" / "requirement-ids.md").read_text()
IDS = re.findall(r"^\| (E\.\d|\d\.\d|6\.[AKS]\d[a-d]?) \|", spec, re.M)
assert len(IDS) == 61 and len(set(IDS)) == 61, len(IDS)
VALID = {"met", "partially_met", "not_met", "not_applicable"}
ok = True


def doc_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells:
                parts.append(c.text)
    return "\n".join(parts)


for lf in sorted(HERE.glob("ce-*.labels.json")):
    lab = json.loads(lf.read_text())
    name = lf.name[:-len(".labels.json")]
    errs = []
    if lab["application"] != name or lab["file"] != name + ".docx":
        errs.append("application/file mismatch")
    v = lab["verdicts"]
    if set(v) != set(IDS):
        errs.append(f"ids differ: missing {set(IDS)-set(v)} extra {set(v)-set(IDS)}")
    for k, x in v.items():
        if x not in VALID:
            errs.append(f"{k}: bad verdict {x}")
        if x == "not_applicable" and k != "3.3":
            errs.append(f"{k}: not_applicable outside 3.3")
        if x != "met" and not lab["why"].get(k):
            errs.append(f"{k}: no why")
        if x == "met" and k in lab["why"]:
            errs.append(f"{k}: why on a met verdict")
    txt = doc_text(HERE / lab["file"]).replace("\u2019", "'")
    flat = re.sub(r"\s+", " ", txt)
    for k, w in lab["why"].items():
        for q in re.findall(r"(?<![A-Za-z0-9])'([^']{6,}?)'(?![A-Za-z])", w):
            if q not in flat:
                errs.append(f"{k}: quoted phrase not in document: {q!r}")
    c = Counter(v.values())
    print(name, "words", len(txt.split()), {x: c.get(x, 0) for x in
          ["met", "partially_met", "not_met", "not_applicable"]},
          f"met {c['met']/61:.0%}")
    by_crit = {}
    for k in IDS:
        crit = "E" if k.startswith("E") else k[0]
        by_crit.setdefault(crit, Counter())[v[k]] += 1
    print("   ", {k: dict(x) for k, x in by_crit.items()})
    for e in errs:
        ok = False
        print("  ERROR", e)
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
