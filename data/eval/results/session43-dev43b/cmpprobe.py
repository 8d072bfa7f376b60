import json, sys
a = {(r["topic"]): r for r in json.load(open(sys.argv[1]))}
b = json.load(open(sys.argv[2]))
same = 0
for r in b:
    s = a.get(r["topic"])
    if s is None: continue
    ia = [p[0] for p in s.get("papers", [])]; ib = [p[0] for p in r.get("papers", [])]
    ca = [json.dumps(c, ensure_ascii=False) for c in s.get("concepts_full", [])]
    cb = [json.dumps(c, ensure_ascii=False) for c in r.get("concepts_full", [])]
    if ia == ib and ca == cb:
        same += 1; continue
    print(f"{r['topic']}: {len(ia)} -> {len(ib)} listed; concepts {s.get('concepts')} -> {r.get('concepts')}")
    if ca != cb:
        for c in cb:
            if c not in ca: print("    now", c[:300])
    add = [p for p in r.get("papers", []) if p[0] not in ia]; drop = [p for p in s.get("papers", []) if p[0] not in ib]
    for p in add: print("    +", p[0], p[1][:90])
    for p in drop: print("    -", p[0], p[1][:90])
print("unchanged", same, "of", len(b))
