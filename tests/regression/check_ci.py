"""Check the ci labels files: 61 ids, valid verdicts, why for every non-met, docx opens, quoted phrases occur."""
import json, re, sys
from pathlib import Path
from docx import Document
from docx.oxml.ns import qn

HERE = Path(__file__).parent
ids = re.findall(r"^\| (E\.\d|\d\.\d|6\.[AKS]\d+[a-d]?) \|", (Path(__file__).resolve().parents[3] / "shared" / "spec" / "requirement-ids.md").read_text(), re.M)
assert len(ids) == 61 and len(set(ids)) == 61, len(ids)
VALID = {"met", "partially_met", "not_met", "not_applicable"}
norm = lambda t: t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", "-")
ok = True
for lf in sorted(HERE.glob("ci-0*.labels.json")):
    d = json.loads(lf.read_text())
    name = lf.name[:-len(".labels.json")]
    assert d["application"] == name and d["file"] == name + ".docx"
    v, w = d["verdicts"], d["why"]
    assert set(v) == set(ids), set(v) ^ set(ids)
    for k, x in v.items():
        assert x in VALID, (k, x)
        if x == "not_applicable": assert k == "3.3"
        if x != "met": assert k in w and w[k].strip(), k
        else: assert k not in w, ("why on met", k)
    for k in d.get("notes_on_met", {}): assert v[k] == "met", k
    doc = Document(HERE / d["file"])
    body = norm(" ".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in doc.element.body.iter(qn("w:p"))))
    for k, txt in list(w.items()) + list(d.get("notes_on_met", {}).items()):
        for q in re.findall(r'"([^"]+)"', norm(txt)):
            if q not in body:
                ok = False; print("MISSING QUOTE", name, k, q)
    words = len(body.split())
    c = {x: sum(1 for y in v.values() if y == x) for x in ["met", "partially_met", "not_met", "not_applicable"]}
    print(name, "words", words, c)
print("OK" if ok else "PROBLEMS")
