"""Check the cf labels: 61 ids, valid verdicts, a why for every non-met, docx opens, quoted phrases occur."""
import json, re, zipfile
from collections import Counter
from pathlib import Path
from docx import Document

HERE = Path(__file__).parent
ids = []
for l in open(Path(__file__).resolve().parents[3] / "shared" / "spec" / "requirement-ids.md"):
    if l.startswith("| "):
        c = l.split("|")[1].strip()
        if c and c[0] in "E123456" and c != "id":
            ids.append(c)
assert len(ids) == 61

def norm(s):
    return (s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
             .replace("\u2013", "-").replace("\u2014", "-"))

for lf in sorted(HERE.glob("cf-*.labels.json")):
    d = json.load(open(lf))
    name = lf.name[: -len(".labels.json")]
    assert d["application"] == name and d["file"] == name + ".docx"
    v = d["verdicts"]
    assert list(v) == ids or set(v) == set(ids), "ids"
    for k, x in v.items():
        assert x in ("met", "partially_met", "not_met", "not_applicable"), (k, x)
        if x == "not_applicable":
            assert k == "3.3"
        if x != "met":
            assert d["why"].get(k), ("missing why", k)
        else:
            assert k not in d["why"], ("why on met", k)
    Document(HERE / d["file"])  # opens
    z = zipfile.ZipFile(HERE / d["file"])
    xml = "".join(z.read(n).decode() for n in z.namelist()
                  if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n))
    text = norm(re.sub(r"<[^>]+>", "", re.sub(r"</w:p>", "\n", xml)))
    bad = []
    for k, w in list(d["why"].items()) + list(d.get("notes_on_met", {}).items()):
        for q in re.findall(r'"([^"]+)"', norm(w)):
            if q not in text:
                bad.append((k, q))
    c = Counter(v.values())
    per = {}
    for k, x in v.items():
        g = k.split(".")[0]
        per.setdefault(g, Counter())[x] += 1
    words = len(text.split())
    print(name, dict(c), "words~", words)
    for g in sorted(per):
        print("   ", g, dict(per[g]))
    print("   unquoted:", bad)
