import json, sys
from collections import Counter
exec(open("why.py").read().split("c = Counter()")[0])
G = json.load(open(sys.argv[1]))
tests = {
 "headm>=3": lambda r: r["mentions"].get(r["head"], 0) >= 3,
 "headm>=4": lambda r: r["mentions"].get(r["head"], 0) >= 4,
 "headm>=5": lambda r: r["mentions"].get(r["head"], 0) >= 5,
 "head-tldr": lambda r: r["matched"].get(r["head"]) == "tldr",
 "allm>=3": lambda r: all(r["mentions"].get(l, 0) >= 3 for l in r["matched"]),
 "allm>=3+tog": lambda r: r["together"] and all(r["mentions"].get(l, 0) >= 3 for l in r["matched"]),
 "headm>=3+tog+rk<30": lambda r: r["together"] and r["mentions"].get(r["head"], 0) >= 3 and r["rank"] < 30,
 "rk<10+tog": lambda r: r["together"] and r["rank"] < 10,
}
for name, f in tests.items():
    c = Counter()
    for t, v in G.items():
        for r in v["rows"]:
            if r["gate"] == "notfocus" and reason(r) == "head-not-focus" and f(r): c[r["label"]] += 1
    print(name, dict(c))
