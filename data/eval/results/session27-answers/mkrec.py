"""Session-27 replay set, rebuilt from the repository (session 26's /tmp is gone): every eval-report.json tracked in
git, overlaid in the order of their 'created' stamps (latest wins), so each question gets its latest recorded raw
answer; q-all.jsonl = data/eval/questions.jsonl of the checkout given, corpus paths made absolute, minus EXCLUDE
prefixes. Usage: python mkrec.py CHECKOUT OUTDIR [EXCLUDE_PREFIX ...]"""
import json, subprocess, sys, os
co, out = sys.argv[1], sys.argv[2]
excl = tuple(sys.argv[3:])
files = subprocess.run(["git", "-C", co, "ls-files", "data/eval/results/*eval-report.json"], capture_output=True,
                       text=True).stdout.split()
reps = []
for f in files:
    d = json.load(open(os.path.join(co, f)))
    a = d["answers"] if "answers" in d else d
    if not a or "items" not in a:
        continue
    reps.append((d.get("created", ""), f, a["items"]))
reps.sort()
rec, src = {}, {}
for created, f, items in reps:
    for i in items:
        if i.get("id"):
            rec[i["id"]] = i; src[i["id"]] = f
qpath = os.path.join(co, "data/eval/questions.jsonl")
lines = open(qpath, encoding="utf-8").read().splitlines()
qout, ids, missing = [], [], []
for line in lines:
    if line.startswith("{") and '"corpus"' in line and '"question"' not in line:
        h = json.loads(line)
        h["corpus"] = [os.path.normpath(os.path.join(os.path.dirname(qpath), c)) for c in h["corpus"]]
        qout.append(json.dumps(h, ensure_ascii=False)); continue
    if '"question"' in line:
        q = json.loads(line)
        if q["id"].startswith(excl) if excl else False:
            continue
        if q["id"] not in rec:
            missing.append(q["id"]); continue
        ids.append(q["id"])
    qout.append(line)
os.makedirs(out, exist_ok=True)
open(os.path.join(out, "q-all.jsonl"), "w", encoding="utf-8").write("\n".join(qout) + "\n")
base = {"version": 1, "created": "rebuilt", "answers": {"items": [rec[i] for i in ids]}}
json.dump(base, open(os.path.join(out, "recorded-all.json"), "w"), ensure_ascii=False)
json.dump({i: src[i] for i in ids}, open(os.path.join(out, "sources.json"), "w"), indent=0)
print(len(ids), "questions; missing:", missing)
