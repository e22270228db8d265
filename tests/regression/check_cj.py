"""Check the cj labels files: 61 ids, valid verdicts, whys, .docx opens, quoted phrases occur."""
import json, re, sys, zipfile
from collections import Counter
from pathlib import Path
import docx

HERE = Path(__file__).parent
ids = re.findall(r"^\| (E\.\d|\d\.\w+) \|", (Path(__file__).resolve().parents[3] / "shared" / "spec" / "requirement-ids.md").read_text(), re.M)
assert len(ids) == 61, len(ids)
VALID = {"met", "partially_met", "not_met", "not_applicable"}
norm = lambda t: t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-")
ok = True
for lf in sorted(HERE.glob("cj-*.labels.json")):
    L = json.loads(lf.read_text())
    name = lf.name[:-len(".labels.json")]
    assert L["application"] == name and L["file"] == name + ".docx"
    V, W = L["verdicts"], L["why"]
    if set(V) != set(ids): print(lf.name, "ids differ", set(ids) ^ set(V)); ok = False
    for k, v in V.items():
        if v not in VALID: print("bad verdict", k, v); ok = False
        if v == "not_applicable" and k != "3.3": print("n/a not on 3.3", k); ok = False
        if v != "met" and not W.get(k): print("missing why", k); ok = False
        if v == "met" and k in W: print("why on met", k); ok = False
    d = docx.Document(HERE / L["file"])
    z = zipfile.ZipFile(HERE / L["file"])
    xml = " ".join(z.read(n).decode() for n in z.namelist() if n in ("word/document.xml", "word/footnotes.xml"))
    text = norm(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", re.sub(r"</w:p>", " ", xml))))
    once = re.sub(r"<mc:Fallback>.*?</mc:Fallback>", "", xml, flags=re.S)
    words = len(re.sub(r"<[^>]+>", " ", re.sub(r"</w:p>", " ", once)).split())
    for k, why in list(W.items()) + list(L.get("notes_on_met", {}).items()):
        for q in re.findall(r'"([^"]+)"', norm(why)):
            if q not in text: print(lf.name, k, "quote not found:", q); ok = False
    c = Counter(V.values())
    print(f"{name}: words~{words} met={c['met']} partially_met={c['partially_met']} not_met={c['not_met']} "
          f"not_applicable={c['not_applicable']} (met {100*c['met']/61:.0f}%)")
    for crit in ["E", "1", "2", "3", "4", "5", "6"]:
        cc = Counter(v for k, v in V.items() if k.split(".")[0] == crit)
        print("   ", crit, dict(cc))
print("OK" if ok else "PROBLEMS"); sys.exit(0 if ok else 1)
