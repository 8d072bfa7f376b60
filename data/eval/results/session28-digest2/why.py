import json, sys
from collections import Counter, defaultdict
G = json.load(open(sys.argv[1]))
def reason(r):
    m, f = r["matched"], r["focus"]
    head = r["head"]
    if head and not f.get(head): return "head-not-focus"
    if any(not f.get(l) for l in r["roles"]): return "role"
    if any(l in r["listed"] and (l == head or head is None or not f.get(l)) for l in m): return "listed"
    fails = [l for l, how in m.items() if not (how == "title" or l in r["titled"] or r["mentions"].get(l, 0) >= 2 or (l == head and r["claimed"]) or (l in r["settings"] and f.get(l)))]
    return "recur:" + ("head" if head in fails else "qual") + (":sem" if any(m[l] == "semantic" for l in fails) else "") + (":foc" if all(f.get(l) for l in fails) else ":nofoc")
c = Counter(); ex = defaultdict(list)
for tid, v in G.items():
    for r in v["rows"]:
        if r["gate"] != "notfocus": continue
        k = reason(r); c[(k, r["label"])] += 1; ex[k].append((tid, r))
for k in sorted(set(a for a, _ in c)):
    print(k, {l: c[(k, l)] for l in ("on", "off", "unl")})
import random
random.seed(1)
for lab in ("on", "off"):
    rows = [(t, r) for t, r in ex["head-not-focus"] if r["label"] == lab]
    print("=====", lab)
    for t, r in random.sample(rows, 14):
        print(f"  {t:18} {r['matched']} m{r['mentions']} f{r['focus']} tog{int(r['together'])} rk{r['rank']} | {r['title'][:70]}")
