# replay input of session 21 (comparison helper): the 312 recorded raw answers of session 20 (h20cmp's recorded-all.json,
# rebuilt from committed reports), the h16- after run (97792d7), and the comparisons' recorded syntheses of session 20's
# live runs (live-after-A, live-after-B0); questions: data/eval/questions.jsonl at 49ee442 (328 questions, no h17-)
import json
R = "/work/main/data/eval/results"
C = "/tmp/h21cmp/corpus"
def items(p):
    d = json.load(open(p)); return d["answers"]["items"] if "answers" in d else d["items"]
out = {i["id"]: i for i in items("/tmp/h20cmp/run/recorded-all.json")}
for i in items(f"{R}/session20-blind/answers/97792d7/eval-report.json"): out[i["id"]] = i
syn = set()
for c in ("A", "B0"):
    for i in items(f"{R}/session20-compare/live-after-{c}/eval-report.json"): out[i["id"]] = i; syn.add(i["id"])
lines = open(f"{C}/data/eval/questions.jsonl", encoding="utf-8").read().splitlines()
hdr, qs, cmp = [], [], []
for l in lines:
    if '"question"' not in l:
        if l.startswith("{"):
            d = json.loads(l); d["corpus"] = [f"{C}/data/eval/corpus", f"{C}/data/sample"]; l = json.dumps(d, ensure_ascii=False)
        hdr.append(l); continue
    d = json.loads(l)
    assert not d["id"].startswith("h17-")
    qs.append(l)
    if d.get("kind") == "compare":
        cmp.append(l)
open("q-all.jsonl", "w").write("\n".join(hdr + qs) + "\n")
open("q-compare.jsonl", "w").write("\n".join(hdr + cmp) + "\n")
ids = [json.loads(l)["id"] for l in qs]
print(len(qs), len(cmp), sum(1 for i in ids if i in out), "syntheses", len(syn), [i for i in ids if i not in out][:10])
json.dump({"items": [out[i] for i in ids if i in out]}, open("recorded-all.json", "w"), ensure_ascii=False)
