import json, re
R="/work/main/data/eval/results"
def items(p):
    d=json.load(open(p)); return d["answers"]["items"] if "answers" in d else d["items"]
out={}
for p in [f"{R}/session19-blind/answers/d5a26ee/eval-report.json", f"{R}/session18-blind/answers/80bdc76/eval-report.json",
          f"{R}/session17-blind/answers/de7bbeb/eval-report.json", f"{R}/session16-blind/answers/ede5d4d/eval-report.json",
          f"{R}/session15/replay-47ea66e.json", f"{R}/session15-blind/answers/342f719/eval-report.json"]:
    for i in items(p): out.setdefault(i["id"], i)
lines=open("/tmp/lead20/qwt/data/eval/questions.jsonl",encoding="utf-8").read().splitlines()
hdr=[]; qs=[]
for l in lines:
    if '"question"' not in l:
        if l.startswith("{"):
            d=json.loads(l); d["corpus"]=["/tmp/lead20/qwt/data/eval/corpus","/tmp/lead20/qwt/data/sample"]; l=json.dumps(d,ensure_ascii=False)
        hdr.append(l); continue
    qs.append(l)
open("q-all.jsonl","w").write("\n".join(hdr+qs)+"\n")
ids=[json.loads(l)["id"] for l in qs]
print(len(qs), sum(1 for i in ids if i in out), [i for i in ids if i not in out][:10])
json.dump({"items":[out[i] for i in ids if i in out]}, open("recorded-all.json","w"), ensure_ascii=False)
