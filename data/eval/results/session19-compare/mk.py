import json
R="/work/main/data/eval/results"
def items(p):
    d=json.load(open(p)); return d["answers"]["items"] if "answers" in d else d["items"]
out={}
for i in items("/tmp/lead16/recorded16.json"): out[i["id"]]=i
for p in [f"{R}/session16-blind/answers/ede5d4d/eval-report.json", f"{R}/session17-blind/answers/de7bbeb/eval-report.json",
          f"{R}/session18-blind/answers/80bdc76/eval-report.json"]:
    for i in items(p): out.setdefault(i["id"], i)
lines=open("/tmp/cmp19/wt/data/eval/questions.jsonl",encoding="utf-8").read().splitlines()
hdr=[]; qs=[]; cmp=[]
for l in lines:
    if '"question"' not in l:
        if l.startswith("{"):
            d=json.loads(l); d["corpus"]=["/tmp/cmp19/wt/data/eval/corpus","/tmp/cmp19/wt/data/sample"]; l=json.dumps(d,ensure_ascii=False)
        hdr.append(l); continue
    d=json.loads(l)
    if d["id"].startswith("h15-"): continue
    qs.append(l)
    import re
    m=re.match(r"h(\d+)-",d["id"])
    if d.get("kind")=="compare" and ((m and 3<=int(m.group(1))<=14) or d["id"].startswith("c-")):
        cmp.append(l)
open("q-all.jsonl","w").write("\n".join(hdr+qs)+"\n")
open("q-compare.jsonl","w").write("\n".join(hdr+cmp)+"\n")
ids=[json.loads(l)["id"] for l in qs]
print(len(qs), len(cmp), sum(1 for i in ids if i in out), [i for i in ids if i not in out][:10])
json.dump({"items":[out[i] for i in ids if i in out]}, open("recorded-all.json","w"), ensure_ascii=False)
