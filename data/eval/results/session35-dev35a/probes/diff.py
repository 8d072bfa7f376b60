"""diff.py A.json B.json: every probe digest whose concepts or papers changed (matching, ids, titles)."""
import json
import sys

a = {r["topic"]: r for r in json.load(open(sys.argv[1]))}
b = {r["topic"]: r for r in json.load(open(sys.argv[2]))}
same = 0
for t in b:
    x, y = a.get(t, {}), b[t]
    px = [p[0] for p in x.get("papers", [])]
    py = [p[0] for p in y.get("papers", [])]
    if px == py and x.get("concepts") == y.get("concepts"):
        same += 1
        continue
    print(f"== {t}: {x.get('concepts')} {x.get('matching')} -> {y.get('concepts')} {y.get('matching')}")
    for c in y.get("concepts_full", []):
        print("   C", json.dumps(c, ensure_ascii=False)[:300])
    for p in y.get("papers", []):
        print("   ", "+" if p[0] not in px else " ", p[0], p[1][:90])
    for p in x.get("papers", []):
        if p[0] not in py:
            print("    -", p[0], p[1][:90])
print("unchanged", same, "of", len(b))
