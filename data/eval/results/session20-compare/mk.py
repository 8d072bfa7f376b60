import json, re
R = "/work/main/data/eval/results"
C = "/tmp/h20cmp/corpus"   # a detached worktree of af1c9bb (402 papers: corpus + sample)
def items(p):
    d = json.load(open(p)); return d["answers"]["items"] if "answers" in d else d["items"]
out = {}
for i in items(f"{R}/session15/replay-47ea66e.json"): out[i["id"]] = i
for p in ["session15-blind/answers/342f719", "session16-blind/answers/ede5d4d", "session17-blind/answers/de7bbeb",
          "session18-blind/answers/80bdc76", "session19-blind/answers/d5a26ee"]:
    for i in items(f"{R}/{p}/eval-report.json"): out.setdefault(i["id"], i)
lines = open(f"{C}/data/eval/questions.jsonl", encoding="utf-8").read().splitlines()
hdr = []; qs = []; cmp = []
for l in lines:
    if '"question"' not in l:
        if l.startswith("{"):
            d = json.loads(l); d["corpus"] = [f"{C}/data/eval/corpus", f"{C}/data/sample"]; l = json.dumps(d, ensure_ascii=False)
        hdr.append(l); continue
    d = json.loads(l)
    assert not d["id"].startswith("h16-")
    qs.append(l)
    if d.get("kind") == "compare":
        cmp.append(l)
open("q-all.jsonl", "w").write("\n".join(hdr + qs) + "\n")
open("q-compare.jsonl", "w").write("\n".join(hdr + cmp) + "\n")
ids = [json.loads(l)["id"] for l in qs]
print(len(qs), len(cmp), sum(1 for i in ids if i in out), [i for i in ids if i not in out][:10])
json.dump({"items": [out[i] for i in ids if i in out]}, open("recorded-all.json", "w"), ensure_ascii=False)
