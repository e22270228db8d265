"""Check the labels of bs-01..bs-03 (or the applications named on the command line).

61 ids exactly as in requirement-ids.md, valid verdicts, not_applicable only
for 3.3, a `why` for every verdict that is not met and none for met ones,
consistent `application`/`file`, the .docx opens, and every phrase quoted in
a `why` appears in the document. Prints verdict counts and word counts.
Reads only the labels, the .docx files and the spec's requirement ids.
"""
import json, re, sys
from pathlib import Path
from docx import Document
D = Path(__file__).resolve().parent
spec = (D.parents[2] / "shared" / "spec" / "requirement-ids.md").read_text()
ids = re.findall(r"^\| (E\.\d|\d\.\d|6\.[AKS]\d+[a-d]?) \|", spec, re.M)
assert len(ids) == 61 and len(set(ids)) == 61, len(ids)
ok = True
for name in (sys.argv[1:] or ["bs-01-programme-spec", "bs-02-consortium-qa", "bs-03-weak-draft"]):
    lab = json.loads((D / f"{name}.labels.json").read_text())
    v = lab["verdicts"]
    errs = []
    if set(v) != set(ids) or len(v) != 61: errs.append("id set mismatch")
    for k, x in v.items():
        if x not in ("met", "partially_met", "not_met", "not_applicable"): errs.append(f"bad {k}")
        if x == "not_applicable" and k != "3.3": errs.append(f"n/a on {k}")
        if x != "met" and not lab["why"].get(k): errs.append(f"no why {k}")
    for k in lab["why"]:
        if v.get(k) == "met": errs.append(f"why on met {k}")
    if lab["application"] != name or lab["file"] != name + ".docx": errs.append("name/file")
    doc = Document(D / lab["file"])
    text = "\n".join(p.text for p in doc.paragraphs)
    for t in doc.tables:
        for row in t.rows:
            for c in row.cells: text += "\n" + c.text
    # quoted phrases in why must occur in the document
    for k, w in lab["why"].items():
        for q in [q for q in re.findall(r"(?:^|(?<=[\s(]))'(.+?)'(?=[\s.,;)]|$)", w) if len(q) >= 6]:
            if q.replace("'", "\u2019") not in text.replace("'", "\u2019"):
                errs.append(f"quote not in doc for {k}: {q!r}")
    c = {x: list(v.values()).count(x) for x in ("met", "partially_met", "not_met", "not_applicable")}
    print(name, c, len(text.split()), "words", "ERR" if errs else "ok", errs)
    ok &= not errs
sys.exit(0 if ok else 1)
