"""Check the ch-* labels (or those a glob names: `check_ch.py 'c[klm]-*'`): the 61 ids, valid verdicts, whys,
the .docx opens, quoted phrases occur (a phrase with "..." piece by piece)."""
import json, re, sys, zipfile
from pathlib import Path
import docx

HERE = Path(__file__).parent
ids = re.findall(r"^\| (E\.\d|\d\.\d|6\.[AKS]\d+[a-d]?|6\.0) \|",
                 (Path(__file__).resolve().parents[3] / "shared" / "spec" / "requirement-ids.md").read_text(), re.M)
assert len(ids) == 61 and len(set(ids)) == 61, len(ids)
VALID = {"met", "partially_met", "not_met", "not_applicable"}


def norm(s):
    return (s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
            .replace("\u2013", "-").replace("\u2014", "-"))


ok = True
PATTERN = sys.argv[1] if len(sys.argv) > 1 else "ch-*"
for lab in sorted(HERE.glob(PATTERN + ".labels.json")):
    L = json.loads(lab.read_text())
    name = lab.name[: -len(".labels.json")]
    errs = []
    if L["application"] != name or L["file"] != name + ".docx":
        errs.append("name/file mismatch")
    v = L["verdicts"]
    if set(v) != set(ids):
        errs.append(f"ids differ: missing {set(ids)-set(v)} extra {set(v)-set(ids)}")
    for k, x in v.items():
        if x not in VALID:
            errs.append(f"bad verdict {k}={x}")
        if x == "not_applicable" and k != "3.3":
            errs.append(f"n/a on {k}")
        if x != "met" and not L["why"].get(k):
            errs.append(f"no why for {k}")
        if x == "met" and k in L["why"]:
            errs.append(f"why on met {k}")
    path = HERE / L["file"]
    d = docx.Document(str(path))
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    text = norm(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).replace("&amp;", "&"))
    text = re.sub(r"\s+", " ", text)
    for k, w in list(L["why"].items()) + list(L.get("notes_on_met", {}).items()):
        for q in re.findall(r'"([^"]+)"', norm(w)):
            if any(part.strip() not in text for part in re.split(r"\.\.\.|\u2026", q) if part.strip()):
                errs.append(f"quote not in doc ({k}): {q}")
    c = {x: list(v.values()).count(x) for x in ("met", "partially_met", "not_met", "not_applicable")}
    print(name, "words~", len(text.split()), c, "ERRORS:" if errs else "OK")
    for e in errs:
        print("   ", e)
    ok &= not errs
sys.exit(0 if ok else 1)
